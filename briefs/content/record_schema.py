"""Declare the shape of a contributed YAML file once; check files and emit JSON Schema from it.

A contributor learns about a mistake in two places: the editor, which validates as they
type against a JSON Schema referenced from the file's first line, and `python -m briefs
check`, which names the file and line. Both come from the one declaration here, so they
cannot disagree: `check_value` walks the data with the line of every key
(`briefs.content.yamlfile`), and `to_json_schema` writes the same rules as JSON Schema.

The vocabulary is small on purpose: text (optionally matching a pattern), address, date,
choice, list, map and record. Anything a schema cannot say (an id unique in the file, a
quote found in the article) is checked by the module that owns the file.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Union

from briefs.errors import Problem
from briefs.content.yamlfile import KeyPath, YamlDocument

JSON_SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
URL_PATTERN = r"^https?://[^\s/$.?#][^\s]*$"


@dataclass(frozen=True, slots=True)
class Text:
    """A string (or, with `allow_numbers`, a number read as text)."""

    description: str  # shown in editors and in the guide
    pattern: str | None = None  # a regular expression the whole text must match
    pattern_hint: str | None = None  # what the pattern means, for the message
    allow_numbers: bool = False  # accept 2025 for "2025" (tags, key points)


@dataclass(frozen=True, slots=True)
class Url:
    """An http or https address."""

    description: str


@dataclass(frozen=True, slots=True)
class Day:
    """A calendar date, YYYY-MM-DD."""

    description: str


@dataclass(frozen=True, slots=True)
class Choice:
    """One of a fixed set of words."""

    description: str
    values: tuple[str, ...]  # the allowed words, in the order the guide lists them


@dataclass(frozen=True, slots=True)
class ListOf:
    """A list of items of one shape."""

    description: str
    item: Spec  # the shape of each item
    unique_key: str | None = None  # for lists of records: a key whose value must not repeat
    min_items: int = 0


@dataclass(frozen=True, slots=True)
class MapOf:
    """A mapping from free-form keys (text) to values of one shape."""

    description: str
    value: Spec


@dataclass(frozen=True, slots=True)
class Key:
    """One key of a record."""

    name: str
    spec: Spec
    required: bool = False


@dataclass(frozen=True, slots=True)
class Record:
    """A mapping with known keys; any other key is a mistake."""

    description: str
    keys: tuple[Key, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(key.name for key in self.keys)


Spec = Union[Text, Url, Day, Choice, ListOf, MapOf, Record]


@dataclass(slots=True)
class Finding:
    """A problem and the key path it concerns, so callers can tell which item is broken."""

    key_path: KeyPath
    problem: Problem


@dataclass(slots=True)
class Checker:
    """Walks a document's data against a spec and collects findings."""

    document: YamlDocument
    findings: list[Finding] = field(default_factory=list)

    def report(self, key_path: KeyPath, message: str, hint: str | None = None) -> None:
        problem = Problem(self.document.path, self.document.line_of(key_path), message, hint)
        self.findings.append(Finding(key_path, problem))


def check_value(spec: Spec, value: Any, key_path: KeyPath, checker: Checker) -> None:
    """Report every way `value` (found at `key_path`) does not fit `spec`."""
    label = describe_path(key_path, checker.document.data)
    if isinstance(spec, Record):
        _check_record(spec, value, key_path, checker, label)
    elif isinstance(spec, ListOf):
        _check_list(spec, value, key_path, checker, label)
    elif isinstance(spec, MapOf):
        _check_map(spec, value, key_path, checker, label)
    elif isinstance(spec, Choice):
        _check_choice(spec, value, key_path, checker, label)
    elif isinstance(spec, Url):
        _check_url(value, key_path, checker, label)
    elif isinstance(spec, Day):
        _check_day(value, key_path, checker, label)
    else:
        _check_text(spec, value, key_path, checker, label)


def _check_record(spec: Record, value: Any, key_path: KeyPath, checker: Checker, label: str) -> None:
    if not isinstance(value, dict):
        checker.report(key_path, f"{label} must be a mapping with keys {', '.join(spec.names)}, got {kind_of(value)}")
        return
    for name in value:
        if name not in spec.names:
            checker.report(key_path + (str(name),), f"unknown key {str(name)!r} in {label}", _suggest(str(name), spec.names))
    for key in spec.keys:
        if key.name in value and value[key.name] is None:
            # `url:` with nothing after it reads as null: the JSON Schema rejects it too.
            checker.report(key_path + (key.name,), f"{label} {key.name!r} is empty",
                           f"fill it in ({key.spec.description}) or remove the line")
            continue
        if key.name not in value:
            if key.required:
                checker.report(key_path, f"{label} has no {key.name!r}", f"add `{key.name}:` ({key.spec.description})")
            continue
        check_value(key.spec, value[key.name], key_path + (key.name,), checker)


def _check_list(spec: ListOf, value: Any, key_path: KeyPath, checker: Checker, label: str) -> None:
    if not isinstance(value, list):
        checker.report(key_path, f"{label} must be a list (lines starting with '- '), got {kind_of(value)}")
        return
    if len(value) < spec.min_items:
        checker.report(key_path, f"{label} needs at least {spec.min_items} item(s)")
    for index, item in enumerate(value):
        check_value(spec.item, item, key_path + (index,), checker)
    if spec.unique_key:
        _check_unique(spec.unique_key, value, key_path, checker, label)


def _check_unique(unique_key: str, items: list, key_path: KeyPath, checker: Checker, label: str) -> None:
    first_line: dict[str, int | None] = {}
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get(unique_key), str):
            continue
        value = item[unique_key]
        line = checker.document.line_of(key_path + (index, unique_key))
        if value in first_line:
            checker.report(key_path + (index, unique_key), f"duplicate {unique_key} {value!r} in {label}",
                           f"first used at line {first_line[value]}; each {unique_key} must be unique in the file")
        else:
            first_line[value] = line


def _check_map(spec: MapOf, value: Any, key_path: KeyPath, checker: Checker, label: str) -> None:
    if not isinstance(value, dict):
        checker.report(key_path, f"{label} must be a mapping, got {kind_of(value)}")
        return
    for name, item in value.items():
        check_value(spec.value, item, key_path + (str(name),), checker)


def _check_choice(spec: Choice, value: Any, key_path: KeyPath, checker: Checker, label: str) -> None:
    if value not in spec.values:
        checker.report(key_path, f"{label} must be one of {', '.join(spec.values)}, got {value!r}",
                       _suggest(str(value), spec.values))


def _check_url(value: Any, key_path: KeyPath, checker: Checker, label: str) -> None:
    if not isinstance(value, str) or not re.match(URL_PATTERN, value.strip()):
        checker.report(key_path, f"{label} must be an address starting with https:// or http://, got {value!r}")


def _check_day(value: Any, key_path: KeyPath, checker: Checker, label: str) -> None:
    if isinstance(value, date):
        return
    if isinstance(value, str):
        try:
            date.fromisoformat(value)
            return
        except ValueError:
            pass
    checker.report(key_path, f"{label} must be a date written YYYY-MM-DD, got {value!r}")


def _check_text(spec: Text, value: Any, key_path: KeyPath, checker: Checker, label: str) -> None:
    numbers_ok = spec.allow_numbers and isinstance(value, (int, float)) and not isinstance(value, bool)
    if not isinstance(value, str) and not numbers_ok:
        checker.report(key_path, f"{label} must be text, got {kind_of(value)}",
                       "put the text on the same line, or after `|` on the lines below")
        return
    text = str(value)
    if not text.strip():
        checker.report(key_path, f"{label} is empty")
    elif spec.pattern and not re.match(spec.pattern, text):
        checker.report(key_path, f"{label} {spec.pattern_hint or 'does not match ' + spec.pattern}, got {text!r}")


def kind_of(value: Any) -> str:
    """A contributor's word for the YAML type of `value`."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if value is None:
        return "nothing"
    return f"text {value!r}"


def describe_path(key_path: KeyPath, data: Any = None) -> str:
    """`notes #3 quote` for ("notes", 2, "quote"): items counted from 1, as people count.

    Given the document's `data`, an item that has an `id` is named by it instead
    (`note 'article-5-scope' quote`): a number shifts whenever a note is added above it.
    """
    if not key_path:
        return "the file"
    words: list[str] = []
    for part in key_path:
        data = _child(data, part)
        item_id = data.get("id") if isinstance(part, int) and isinstance(data, dict) else None
        if isinstance(item_id, str) and item_id and words:
            words[-1] = f"{words[-1].removesuffix('s')} {item_id!r}"
        else:
            words.append(f"#{part + 1}" if isinstance(part, int) else str(part))
    return " ".join(words)


def _child(data: Any, part: str | int) -> Any:
    if isinstance(part, int):
        return data[part] if isinstance(data, list) and 0 <= part < len(data) else None
    return data.get(part) if isinstance(data, dict) else None


def _suggest(word: str, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, allowed, n=1, cutoff=0.6)
    listing = f"allowed: {', '.join(allowed)}"
    return f"did you mean {close[0]!r}? {listing}" if close else listing


def to_json_schema(spec: Spec) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) fragment for `spec`."""
    if isinstance(spec, Record):
        return {
            "type": "object",
            "description": spec.description,
            "properties": {key.name: to_json_schema(key.spec) for key in spec.keys},
            "required": [key.name for key in spec.keys if key.required],
            "additionalProperties": False,
        }
    if isinstance(spec, ListOf):
        schema = {"type": "array", "description": spec.description, "items": to_json_schema(spec.item)}
        return schema | ({"minItems": spec.min_items} if spec.min_items else {})
    if isinstance(spec, MapOf):
        return {"type": "object", "description": spec.description, "additionalProperties": to_json_schema(spec.value)}
    if isinstance(spec, Choice):
        return {"description": spec.description, "enum": list(spec.values)}
    if isinstance(spec, Url):
        return {"type": "string", "description": spec.description, "format": "uri", "pattern": URL_PATTERN}
    if isinstance(spec, Day):
        return {"type": "string", "description": spec.description, "format": "date"}
    schema: dict[str, Any] = {"type": ["string", "number"] if spec.allow_numbers else "string",
                              "description": spec.description}
    if not spec.allow_numbers:
        schema["minLength"] = 1
    return schema | ({"pattern": spec.pattern} if spec.pattern else {})


def file_schema(spec: Record, schema_id: str, title: str) -> dict[str, Any]:
    """A whole file's schema, with the draft, id and title editors show."""
    return {"$schema": JSON_SCHEMA_DRAFT, "$id": schema_id, "title": title, **to_json_schema(spec)}
