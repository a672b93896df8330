"""Load contributed YAML files with the line of every key, so problems can name it.

PyYAML's `safe_load` forgets where values came from and silently keeps the last of two
equal keys. Contributors need `path:line:` in messages, and a repeated key is almost
always a mistake, so this module composes the node tree once and records both.

Parsing uses LibYAML (PyYAML's C loader) when present: a site loads thousands of glossary
and annotation files per build, and the pure-Python parser costs ~7 ms per annotation
file. A file that fails to parse is parsed again with the pure-Python loader, whose error
messages are the ones contributors see, so messages do not depend on the installation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from briefs.errors import Problem

KeyPath = tuple[str | int, ...]
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(slots=True)
class YamlDocument:
    """A loaded YAML file: its data and the line where each key path starts."""

    path: str  # the file, for messages
    data: Any  # what the file holds, as plain Python values
    lines: dict[KeyPath, int] = field(default_factory=dict)  # key path -> 1-based line

    def line_of(self, key_path: KeyPath) -> int | None:
        """The line of `key_path`, or of its nearest parent that has one."""
        for end in range(len(key_path), -1, -1):
            line = self.lines.get(tuple(key_path[:end]))
            if line:
                return line
        return None


def load_yaml(text: str, path: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse `text`; return the document, or None with the syntax problem."""
    try:
        node, data = _compose_and_construct(text, _FAST_LOADER)
    except yaml.YAMLError:
        try:
            node, data = _compose_and_construct(text, yaml.SafeLoader)
        except yaml.YAMLError as err:
            return None, [_syntax_problem(err, path)]
    document = YamlDocument(path, data)
    problems: list[Problem] = []
    if node is not None:
        _record_lines(node, (), document, problems)
    return document, problems


def _compose_and_construct(text: str, loader_class: type) -> tuple[yaml.Node | None, Any]:
    """Parse once: the node tree (for lines) and the plain values built from it."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def _syntax_problem(err: yaml.YAMLError, path: str) -> Problem:
    mark = getattr(err, "problem_mark", None)
    reason = getattr(err, "problem", None) or str(err)
    if mark is None:
        return Problem(path, None, f"invalid YAML: {reason}")
    return Problem(path, mark.line + 1, f"invalid YAML at column {mark.column + 1}: {reason}", _syntax_hint(reason))


def _syntax_hint(reason: str) -> str | None:
    if "mapping values are not allowed" in reason:
        return "a value holding ': ' must be quoted, e.g. quote: \"…\""
    if "expected <block end>" in reason:
        return "check the indentation: the keys of one item must line up"
    if "found character '\\t'" in reason:
        return "indent with spaces, not tabs"
    return None


def _record_lines(node: yaml.Node, key_path: KeyPath, document: YamlDocument, problems: list[Problem]) -> None:
    document.lines[key_path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                problems.append(Problem(document.path, key_node.start_mark.line + 1, f"key {key!r} appears twice"))
            seen.add(key)
            _record_lines(value_node, key_path + (key,), document, problems)
            document.lines[key_path + (key,)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, key_path + (index,), document, problems)
