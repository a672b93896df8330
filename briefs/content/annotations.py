"""Load annotation files (`annotations/<slug>.yml`): source, key points, tags, pins, notes.

The file is contributor-written YAML. `ANNOTATION_FILE` declares its shape once; the
same declaration checks a file (every problem with its line) and produces the JSON Schema
editors use (`annotation_schema`, committed as `schemas/annotation.schema.json`). This
module turns a file into an `Annotation` and reports every structural mistake as a
`Problem`; anchoring notes to the article text is `briefs.facts.notes`'s job.

A note with a structural mistake is left out of the `Annotation`, and the mistake is an
error naming its line, so no note disappears without a message.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from briefs.errors import Problem
from briefs.content.record_schema import (
    SLUG_PATTERN,
    Checker,
    Choice,
    Day,
    Key,
    ListOf,
    MapOf,
    Record,
    Text,
    Url,
    check_value,
    describe_path,
    file_schema,
)
from briefs.model import NOTE_TYPES, Annotation, Citation, Note, Source
from briefs.render.escape import unsafe_links
from briefs.content.yamlfile import YamlDocument, load_yaml

# An annotation file is a few kilobytes; a huge one is a mistake and slow to parse.
MAX_ANNOTATION_BYTES = 1024 * 1024
SCHEMA_FILE = "annotation.schema.json"
SCHEMA_ID = "https://annotated-briefs.github.io/briefs/schemas/annotation.schema.json"

SOURCE = Record("Where the article was published and when it was retrieved.", (
    Key("name", Text("The outlet, e.g. The Japan News by The Yomiuri Shimbun."), required=True),
    Key("url", Url("The address of the original article."), required=True),
    Key("retrieved", Day("The date the article was retrieved, YYYY-MM-DD.")),
))

CITATION = Record("A source for the note's facts.", (
    Key("title", Text("What the source is called, e.g. the headline and the outlet."), required=True),
    Key("url", Url("The source's address (http or https)."), required=True),
))

NOTE = Record("A note on some words of the article.", (
    Key("id", Text("A short stable name for the note, unique in the file, e.g. article-5-scope.",
                   SLUG_PATTERN, "must be lowercase letters, digits and single hyphens"), required=True),
    Key("quote", Text("The exact words of the article the note comments on."), required=True),
    Key("prefix", Text("Words just before the quote, to tell a repeated quote apart.")),
    Key("suffix", Text("Words just after the quote, to tell a repeated quote apart.")),
    Key("type", Choice("The kind of note.", NOTE_TYPES), required=True),
    Key("body", Text("The note, in Markdown. Raw HTML is shown as text; links may be http, https or mailto."),
        required=True),
    Key("sources", ListOf("Where the note's facts come from.", CITATION, min_items=1), required=True),
))

ANNOTATION_FILE = Record("What contributors add to one brief: annotations/<slug>.yml.", (
    Key("source", SOURCE, required=True),
    Key("key_points", ListOf("The brief's summary, a few lines, shown first.", Text("One key point.", allow_numbers=True))),
    Key("tags", ListOf("Topic tags.", Text("One tag.", allow_numbers=True))),
    Key("pin", MapOf("For this brief only: which glossary term an alias means (alias: term-slug).",
                     Text("A glossary term's slug (its file name without .yml).", SLUG_PATTERN,
                          "must be a glossary file name without .yml"))),
    Key("notes", ListOf("Contributors' notes, each anchored by a quote.", NOTE, unique_key="id")),
))

TOP_LEVEL_KEYS = ANNOTATION_FILE.names


def annotation_schema() -> dict[str, Any]:
    """The JSON Schema of annotation files, from the same declaration the check uses."""
    return file_schema(ANNOTATION_FILE, SCHEMA_ID, "Annotated briefs: annotation file")


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
    return parse_annotation(text, display_path)


def parse_annotation(text: str, display_path: str) -> tuple[Annotation, list[Problem]]:
    """Check and read the text of an annotation file."""
    document, problems = load_yaml(text, display_path)
    if document is None:
        return empty_annotation(display_path), problems
    if document.data is None:
        document.data = {}
    if not isinstance(document.data, dict):
        return empty_annotation(display_path), problems + [Problem(display_path, 1, "the file must be a mapping of keys")]
    checker = Checker(document)
    check_value(ANNOTATION_FILE, document.data, (), checker)
    problems += [finding.problem for finding in checker.findings]
    broken = {finding.key_path[:2] for finding in checker.findings if finding.key_path[:1] == ("notes",)}
    notes = _read_notes(document, broken)
    problems += _body_link_problems(document)
    return _to_annotation(document, display_path, notes), problems


def _to_annotation(document: YamlDocument, display_path: str, notes: tuple[Note, ...]) -> Annotation:
    data = document.data
    source = data.get("source") if isinstance(data.get("source"), dict) else {}
    url = source.get("url")
    url = url.strip() if isinstance(url, str) and url.strip().startswith(("https://", "http://")) else None
    has_source = bool(source.get("name") or url)
    return Annotation(
        path=display_path,
        source=Source(_str_or_none(source.get("name")), url) if has_source else None,
        retrieved=_day(source.get("retrieved")),
        key_points=_texts(data.get("key_points")),
        tags=_texts(data.get("tags")),
        pin={str(alias): str(term) for alias, term in (data.get("pin") or {}).items()}
        if isinstance(data.get("pin"), dict) else {},
        notes=notes,
    )


def _read_notes(document: YamlDocument, broken: set[tuple]) -> tuple[Note, ...]:
    raw = document.data.get("notes")
    if not isinstance(raw, list):
        return ()
    return tuple(
        _to_note(item, document.line_of(("notes", index, "quote")))
        for index, item in enumerate(raw)
        if ("notes", index) not in broken and ("notes",) not in broken
    )


def _to_note(item: dict, line: int | None) -> Note:
    return Note(
        note_id=item["id"],
        quote=str(item["quote"]),
        prefix=str(item.get("prefix") or ""),
        suffix=str(item.get("suffix") or ""),
        note_type=item["type"],
        body=str(item["body"]),
        sources=tuple(Citation(str(source["title"]), source["url"].strip()) for source in item["sources"]),
        line=line,
    )


def _body_link_problems(document: YamlDocument) -> list[Problem]:
    problems = []
    raw = document.data.get("notes") or []
    for index, item in enumerate(raw):
        body = item.get("body") if isinstance(item, dict) else None
        if not isinstance(body, str):
            continue
        key_path = ("notes", index, "body")
        for message in unsafe_links(body):
            problems.append(Problem(document.path, document.line_of(key_path), f"{describe_path(key_path, document.data)}: {message}",
                                    "use a full https:// address"))
    return problems


def _texts(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(str(item) for item in raw if isinstance(item, (str, int, float)) and not isinstance(item, bool))


def _day(value: Any) -> str | None:
    if isinstance(value, date):
        return value.isoformat()
    return _str_or_none(value)


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
