"""Load annotation files (`annotations/<slug>.yml`): source, key points, tags, pins, notes.

The file is contributor-written YAML. This module turns it into an `Annotation` and
reports every structural mistake as a `Problem` with its line; anchoring notes to the
article text is `briefs.anchor`'s job.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from briefs.errors import Problem
from briefs.model import Annotation, Source
from briefs.yamlfile import YamlDocument, load_yaml

TOP_LEVEL_KEYS = ("source", "key_points", "tags", "pin", "notes")
# An annotation file is a few kilobytes; a huge one is a mistake and slow to parse.
MAX_ANNOTATION_BYTES = 1024 * 1024
SOURCE_KEYS = ("name", "url", "retrieved")


def empty_annotation(path: str) -> Annotation:
    """The annotation of a brief that has no file yet."""
    return Annotation(path=path, source=None, retrieved=None)


def load_annotation(file: Path, display_path: str) -> tuple[Annotation, list[Problem]]:
    """Read one annotation file; return what could be read and every problem found."""
    try:
        size = file.stat().st_size
        if size > MAX_ANNOTATION_BYTES:
            message = f"the file is {size:,} bytes; an annotation file is at most {MAX_ANNOTATION_BYTES:,}"
            return empty_annotation(display_path), [Problem(display_path, None, message)]
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        problem = Problem(display_path, None, f"the file is not UTF-8 (byte {err.start})", "save it as UTF-8")
        return empty_annotation(display_path), [problem]
    except OSError as err:
        return empty_annotation(display_path), [Problem(display_path, None, f"cannot read the file: {err.strerror}")]
    document, problems = load_yaml(text, display_path)
    if document is None:
        return empty_annotation(display_path), problems
    if document.data is None:
        document.data = {}
    if not isinstance(document.data, dict):
        return empty_annotation(display_path), problems + [Problem(display_path, 1, "the file must be a mapping of keys")]
    problems += _unknown_keys(document, (), document.data, TOP_LEVEL_KEYS)
    source, retrieved = _read_source(document, problems)
    annotation = Annotation(
        path=display_path,
        source=source,
        retrieved=retrieved,
        key_points=tuple(_string_list(document, "key_points", problems)),
        tags=tuple(_string_list(document, "tags", problems)),
        pin=_pins(document, problems),
        notes=tuple(document.data.get("notes") or ()),
    )
    return annotation, problems


def _unknown_keys(document: YamlDocument, key_path: tuple, mapping: dict, allowed: tuple[str, ...]) -> list[Problem]:
    return [
        Problem(document.path, document.line_of(key_path + (key,)), f"unknown key {key!r}", f"allowed: {', '.join(allowed)}")
        for key in mapping
        if key not in allowed
    ]


def _read_source(document: YamlDocument, problems: list[Problem]) -> tuple[Source | None, str | None]:
    raw = document.data.get("source")
    if raw is None:
        return None, None
    if not isinstance(raw, dict):
        problems.append(Problem(document.path, document.line_of(("source",)), "source must be a mapping with name, url, retrieved"))
        return None, None
    problems += _unknown_keys(document, ("source",), raw, SOURCE_KEYS)
    retrieved = raw.get("retrieved")
    if isinstance(retrieved, date):
        retrieved = retrieved.isoformat()
    name, url = raw.get("name"), raw.get("url")
    if url is not None and not str(url).startswith(("https://", "http://")):
        problems.append(Problem(document.path, document.line_of(("source", "url")), "source.url must start with https:// or http://"))
        url = None
    return Source(_str_or_none(name), _str_or_none(url)), _str_or_none(retrieved)


def _string_list(document: YamlDocument, key: str, problems: list[Problem]) -> list[str]:
    raw = document.data.get(key)
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(item, (str, int, float)) for item in raw):
        problems.append(Problem(document.path, document.line_of((key,)), f"{key} must be a list of short texts"))
        return []
    return [str(item) for item in raw]


def _pins(document: YamlDocument, problems: list[Problem]) -> dict[str, str]:
    raw = document.data.get("pin")
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append(Problem(document.path, document.line_of(("pin",)), "pin must map an alias to a glossary term"))
        return {}
    return {str(alias): str(term) for alias, term in raw.items()}


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
