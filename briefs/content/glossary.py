"""Load and check the glossary: one YAML file per term in `glossary/`.

A term file is contributor-written. This module turns every file into a frozen `Term`
and reports each mistake as a `Problem` with its line, so the matcher (`briefs.facts.mentions`) and
the pages can trust what they get: every kind is known, every source has an address,
every `see_also` names a term that exists and no two terms claim the same name.

The fields are declared once, in `FIELDS`; both the checks here and the JSON Schema
(`glossary_schema`, committed as `schemas/glossary.schema.json` for editors) come from
that one table, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from briefs.errors import Problem
from briefs.content.history import newest_first
from briefs.sources.sentences import ends_with_abbreviation
from briefs.settings import Settings
from briefs.content.yamlfile import YamlDocument, load_yaml

KINDS = ("person", "office", "place", "organisation", "treaty-or-law", "policy-or-concept", "event")
# Kinds whose facts go stale (people change posts, policies and events move on): they need `as_of`.
STALE_KINDS = ("person", "office", "organisation", "policy-or-concept", "event")
# Headings for the kinds, in the order the glossary index shows them.
KIND_LABELS = {
    "person": "People",
    "office": "Offices and posts",
    "place": "Places",
    "organisation": "Organisations",
    "treaty-or-law": "Treaties and laws",
    "policy-or-concept": "Policies and concepts",
    "event": "Events",
}
# The kind in the singular, as a term page shows it.
KIND_NAMES = {
    "person": "Person",
    "office": "Office or post",
    "place": "Place",
    "organisation": "Organisation",
    "treaty-or-law": "Treaty or law",
    "policy-or-concept": "Policy or concept",
    "event": "Event",
}
SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/glossary.schema.json"
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Typographic quotes and apostrophes read as their straight forms, and no-break spaces as
# spaces, so "Trump’s" in an article matches "Trump's" in an entry. Each maps one
# character to one, which keeps offsets in the folded text equal to the original's.
QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00a0": " ", "\u202f": " ", "\u2007": " ",
}
# A regex finds the few quotes fast; `str.translate` with a dict costs a lookup per character.
_QUOTE_PATTERN = re.compile("[" + "".join(QUOTES) + "]")


def fold_quotes(text: str) -> str:
    """`text` with typographic quotes, apostrophes and no-break spaces made plain."""
    return _QUOTE_PATTERN.sub(lambda match: QUOTES[match.group(0)], text)


@dataclass(frozen=True, slots=True)
class Field:
    """One key of a term file: its value type, whether it is required, and what it means."""

    name: str  # the YAML key
    kind: str  # value type: text, line, boolean, date, kind, names, sources, slugs
    required: bool  # True when every entry must have it
    description: str  # one line, shown by editors through the JSON Schema


FIELDS: tuple[Field, ...] = (
    Field("term", "line", True, "The term's name as the site shows it, e.g. Senkaku Islands."),
    Field("kind", "kind", True, "What the term is: " + ", ".join(KINDS) + "."),
    Field("surname", "line", False, "Persons only: the surname alone, linked to the person whose full name came last."),
    Field("ignore_case", "boolean", False, "Match the term and its aliases in any case (default: proper names match their case)."),
    Field("aliases", "names", False, "Other names and spellings, including other languages (e.g. kanji)."),
    Field("short", "line", True, "One plain-text sentence, shown as the tooltip."),
    Field("definition", "text", True, "A few paragraphs of Markdown in the project's own words."),
    Field("as_of", "date", False, "The date the facts were last checked against the sources (YYYY-MM-DD); "
          "required for kinds that go stale: " + ", ".join(STALE_KINDS) + "."),
    Field("sources", "sources", True, "Where the facts come from: a list of {title, url}, at least one."),
    Field("see_also", "slugs", False, "Related terms, by file name without .yml."),
    Field("reviewed_by", "line", False, "Who last reviewed the entry's facts (a name or handle)."),
    Field("reviewed", "date", False, "When that review happened (YYYY-MM-DD)."),
)
SOURCE_KEYS = ("title", "url")


@dataclass(frozen=True, slots=True)
class TermSource:
    """A reference an entry's facts come from."""

    title: str  # what the reader sees
    url: str  # http(s) address


@dataclass(frozen=True, slots=True)
class Term:
    """One glossary entry, checked."""

    slug: str  # file stem; the term page is glossary/<slug>.md
    term: str  # display name
    kind: str  # one of KINDS
    aliases: tuple[str, ...]  # other names the matcher links, in file order
    surname: str | None  # persons: bare surname, resolved by the last full name before it
    ignore_case: bool  # True: names match in any case
    short: str  # one plain sentence: the tooltip
    definition: str  # contributor Markdown; sanitised when rendered
    as_of: str | None  # ISO date the facts were checked
    sources: tuple[TermSource, ...]  # at least one, each with an address
    see_also: tuple[str, ...]  # slugs of related terms
    path: str  # the file, relative to the project root
    reviewed_by: str | None = None  # who last reviewed the facts, if the entry says
    reviewed: str | None = None  # ISO date of that review

    @property
    def names(self) -> tuple[str, ...]:
        """The term and its aliases: the full names the matcher links (not the surname)."""
        return (self.term, *self.aliases)


@dataclass(frozen=True, slots=True)
class Glossary:
    """Every valid term of a build, by slug."""

    terms: dict[str, Term] = field(default_factory=dict)  # slug -> term, slugs in A–Z order

    def get(self, slug: str) -> Term | None:
        return self.terms.get(slug)

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self):
        return iter(self.terms.values())


def load_glossary(settings: Settings) -> tuple[Glossary, list[Problem]]:
    """Read every `*.yml` in the glossary folder; return the valid terms and all problems."""
    folder = settings.glossary_path
    files = sorted(folder.glob("*.yml")) if folder.is_dir() else []
    terms, documents, problems = {}, {}, []
    for file in files:
        display = settings.relative(file)
        term, document, file_problems = load_term(file, display)
        problems += file_problems
        if term is not None:
            terms[term.slug], documents[term.slug] = term, document
    problems += check_see_also(terms, documents)
    problems += check_names(terms, documents, settings.root)
    return Glossary(dict(sorted(terms.items()))), problems


def load_term(file: Path, display: str) -> tuple[Term | None, YamlDocument | None, list[Problem]]:
    """Read one term file. The term is None when a required field is missing or wrong."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return None, None, [Problem(display, None, f"cannot read the file: {err}")]
    return parse_term(text, file.stem, display)


def parse_term(text: str, slug: str, display: str) -> tuple[Term | None, YamlDocument | None, list[Problem]]:
    """Check the text of one term file named `<slug>.yml`."""
    document, problems = load_yaml(text, display)
    if document is None:
        return None, None, problems
    if not SLUG_PATTERN.match(slug):
        problems.append(Problem(display, None, f"file name {slug!r} is not a slug", "use lower-case letters, digits and hyphens"))
    if not isinstance(document.data, dict):
        return None, document, problems + [Problem(display, 1, "the file must be a mapping of keys", "start with `term: …`")]
    if not text.startswith(SCHEMA_LINE):
        problems.append(Problem(display, 1, "the first line must name the schema", SCHEMA_LINE))
    values = _read_fields(document, problems)
    problems += _check_entry(document, values)
    if _missing(values):
        return None, document, problems
    return _term(slug, display, values), document, problems


def _missing(values: dict[str, Any]) -> bool:
    return any(item.required and values.get(item.name) is None for item in FIELDS)


def _read_fields(document: YamlDocument, problems: list[Problem]) -> dict[str, Any]:
    known = {item.name: item for item in FIELDS}
    values: dict[str, Any] = {}
    for key in document.data:
        if key not in known:
            hint = f"allowed: {', '.join(known)}"
            problems.append(Problem(document.path, document.line_of((key,)), f"unknown key {key!r}", hint))
    for item in FIELDS:
        raw = document.data.get(item.name)
        if raw is None:
            if item.required:
                problems.append(Problem(document.path, 1, f"missing required key {item.name!r}", item.description))
            continue
        value, message = READERS[item.kind](raw)
        if message:
            hint = None if item.kind == "kind" else item.description  # the message already lists the kinds
            problems.append(Problem(document.path, document.line_of((item.name,)), f"{item.name} {message}", hint))
        else:
            values[item.name] = value
    return values


def _check_entry(document: YamlDocument, values: dict[str, Any]) -> list[Problem]:
    """Rules that span fields: stale kinds need `as_of`, only persons have surnames, sources."""
    path, problems = document.path, []
    kind = values.get("kind")
    if kind in STALE_KINDS and "as_of" not in values:
        problems.append(Problem(path, document.line_of(("kind",)), f"a {kind} entry needs as_of",
                                "the date you last checked its facts against the sources, e.g. as_of: 2025-02-07 "
                                "(posts, policies and events change)"))
    if "reviewed_by" in values and "reviewed" not in values:
        problems.append(Problem(path, document.line_of(("reviewed_by",)), "reviewed_by needs reviewed",
                                "the date of that review, e.g. reviewed: 2025-02-07"))
    if "surname" in values and kind != "person":
        problems.append(Problem(path, document.line_of(("surname",)), "only person entries have a surname", "move it to aliases"))
    if "surname" in values and "term" in values and values["surname"] not in values["term"].split():
        problems.append(Problem(path, document.line_of(("surname",)), f"surname {values['surname']!r} is not a word of the term {values['term']!r}"))
    sources = document.data.get("sources")
    for index, source in enumerate(sources if isinstance(sources, list) else []):
        problems += _check_source(document, index, source)
    if "short" in values:
        problems += [Problem(path, document.line_of(("short",)), message, "one plain sentence, no Markdown") for message in short_problems(values["short"])]
    return problems


def _check_source(document: YamlDocument, index: int, source: Any) -> list[Problem]:
    where = document.line_of(("sources", index))
    if not isinstance(source, dict):
        return [Problem(document.path, where, "each source must be a mapping with title and url")]
    problems = [
        Problem(document.path, document.line_of(("sources", index, key)), f"unknown key {key!r} in a source", "allowed: title, url")
        for key in source if key not in SOURCE_KEYS
    ]
    url = source.get("url")
    if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+\.[^\s]+$", url.strip()):
        problems.append(Problem(document.path, document.line_of(("sources", index, "url")), f"source {index + 1} needs an http(s) url", "url: https://…"))
    if not isinstance(source.get("title"), str) or not source["title"].strip():
        problems.append(Problem(document.path, where, f"source {index + 1} needs a title"))
    return problems


# Abbreviations that end with a full stop inside a sentence ("U.S. president").
_MARKDOWN = re.compile(r"[*_`<>\[\]|]|^#|^\s*[-+]\s|^\s*\d+\.\s|\]\(")


def short_problems(short: str) -> list[str]:
    """What keeps `short` from being one plain sentence (empty when it is one)."""
    problems = []
    if "\n" in short.strip():
        problems.append("short must be on one line")
    if _MARKDOWN.search(short):
        problems.append("short must be plain text (no Markdown or HTML: * _ ` < > [ ] |)")
    if not short.rstrip().endswith((".", "!", "?")):
        problems.append("short must end with a full stop")
    for match in re.finditer(r"[.!?]\s+(?=[A-Z\"“'‘(])", short.rstrip()):
        if not ends_with_abbreviation(short[: match.start() + 1]):
            problems.append("short must be one sentence")
            break
    return problems


def _read_line(raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        return None, "must be a text on one line"
    text = str(raw).strip()
    if not text:
        return None, "must not be empty"
    return text, None


def _read_text(raw: Any) -> tuple[Any, str | None]:
    if not isinstance(raw, str) or not raw.strip():
        return None, "must be a non-empty text (Markdown)"
    return raw.strip() + "\n", None


def _read_boolean(raw: Any) -> tuple[Any, str | None]:
    return (raw, None) if isinstance(raw, bool) else (None, "must be true or false")


def _read_date(raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, date):
        return raw.isoformat(), None
    try:
        return date.fromisoformat(str(raw)).isoformat(), None
    except ValueError:
        return None, "must be a date, YYYY-MM-DD"


def _read_kind(raw: Any) -> tuple[Any, str | None]:
    if raw not in KINDS:
        return None, f"must be one of {', '.join(KINDS)}, not {raw!r}"
    return raw, None


def _read_names(raw: Any) -> tuple[Any, str | None]:
    if not isinstance(raw, list) or not all(isinstance(item, str) and item.strip() for item in raw):
        return None, "must be a list of non-empty names"
    return tuple(" ".join(item.split()) for item in raw), None


def _read_slugs(raw: Any) -> tuple[Any, str | None]:
    names, message = _read_names(raw)
    if message:
        return None, "must be a list of term file names (slugs)"
    return names, None


def _read_sources(raw: Any) -> tuple[Any, str | None]:
    if not isinstance(raw, list) or not raw:
        return None, "must be a list of {title, url}, at least one"
    good = [item for item in raw if isinstance(item, dict) and isinstance(item.get("url"), str) and isinstance(item.get("title"), str)]
    return tuple(TermSource(item["title"].strip(), item["url"].strip()) for item in good), None


READERS = {
    "line": _read_line,
    "text": _read_text,
    "boolean": _read_boolean,
    "date": _read_date,
    "kind": _read_kind,
    "names": _read_names,
    "slugs": _read_slugs,
    "sources": _read_sources,
}


def _term(slug: str, display: str, values: dict[str, Any]) -> Term:
    return Term(
        slug=slug,
        term=values["term"],
        kind=values["kind"],
        aliases=values.get("aliases", ()),
        surname=values.get("surname"),
        ignore_case=values.get("ignore_case", False),
        short=values["short"],
        definition=values["definition"],
        as_of=values.get("as_of"),
        sources=values["sources"],
        see_also=values.get("see_also", ()),
        path=display,
        reviewed_by=values.get("reviewed_by"),
        reviewed=values.get("reviewed"),
    )


def check_see_also(terms: dict[str, Term], documents: dict[str, YamlDocument]) -> list[Problem]:
    """Every `see_also` must name a term that exists (and not the term itself)."""
    problems = []
    for slug, term in terms.items():
        for index, other in enumerate(term.see_also):
            line = documents[slug].line_of(("see_also", index))
            if other == slug:
                problems.append(Problem(term.path, line, f"see_also names the term itself ({other!r})"))
            elif other not in terms:
                problems.append(Problem(term.path, line, f"see_also names an unknown term {other!r}", _closest_slug(other, terms)))
    return problems


def _closest_slug(slug: str, terms: dict[str, Term]) -> str:
    import difflib

    close = difflib.get_close_matches(slug, list(terms), n=1)
    return f"did you mean {close[0]!r}?" if close else "the slug is the term's file name without .yml"


def name_key(name: str, ignore_case: bool) -> str:
    """How the matcher compares a name: quotes folded, and case folded for ignore_case terms."""
    folded = fold_quotes(" ".join(name.split()))
    return folded.casefold() if ignore_case else folded


def check_names(terms: dict[str, Term], documents: dict[str, YamlDocument], root: Path | None = None) -> list[Problem]:
    """Two terms must not claim the same name. A surname is scoped (resolved by the full
    name before it), so persons may share one, and a surname may equal another's alias.

    A clash names both files, the newer first, and stands on the newer file's line: that is
    almost always the pull request's (`briefs.content.history`).
    """
    owners: dict[str, tuple[str, str, bool, int]] = {}  # casefolded name -> (slug, name, ignore_case, index)
    problems = []
    for slug, term in terms.items():
        for index, name in enumerate(term.names):
            key = name_key(name, True)
            owner = owners.get(key)
            if owner is None:
                owners[key] = (slug, name, term.ignore_case, index)
                continue
            other_slug, other_name, other_ignore, other_index = owner
            clash = term.ignore_case or other_ignore or name_key(name, False) == name_key(other_name, False)
            if other_slug != slug and clash:
                problems.append(_clash(terms, documents, root, (slug, name, index), (other_slug, other_name, other_index)))
    return problems


def _clash(terms: dict[str, Term], documents: dict[str, YamlDocument], root: Path | None,
           one: tuple[str, str, int], other: tuple[str, str, int]) -> Problem:
    by_path = {terms[one[0]].path: one, terms[other[0]].path: other}
    newer_path, older_path = newest_first(list(by_path), root) if root else list(by_path)
    (newer_slug, name, index), (older_slug, _, _) = by_path[newer_path], by_path[older_path]
    line = documents[newer_slug].line_of(("aliases", index - 1) if index else ("term",))
    return Problem(newer_path, line, f"{name!r} is a name of two entries: {newer_path} (newer) and {older_path}",
                   f"remove it from {newer_path} if it means {older_slug!r}, or pin it per brief in the annotation file (pin:)")


def glossary_schema() -> dict[str, Any]:
    """The JSON Schema of a term file, generated from `FIELDS` (editors validate with it)."""
    properties = {item.name: {"description": item.description, **_SCHEMA_TYPES[item.kind]} for item in FIELDS}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "glossary.schema.json",
        "title": "Glossary entry",
        "description": "One term of the annotated briefs' glossary (glossary/<slug>.yml).",
        "type": "object",
        "additionalProperties": False,
        "required": [item.name for item in FIELDS if item.required],
        "properties": properties,
        "allOf": [
            {"if": {"properties": {"kind": {"enum": list(STALE_KINDS)}}, "required": ["kind"]},
             "then": {"required": ["as_of"]}},
            {"if": {"properties": {"kind": {"const": "person"}}, "required": ["kind"]},
             "else": {"not": {"required": ["surname"]}}},
            {"if": {"required": ["reviewed_by"]}, "then": {"required": ["reviewed"]}},
        ],
    }


_SCHEMA_TYPES: dict[str, dict[str, Any]] = {
    "line": {"type": "string", "minLength": 1, "pattern": "^[^\\n]*$"},
    "text": {"type": "string", "minLength": 1},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"},
    "kind": {"enum": list(KINDS)},
    "names": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "slugs": {"type": "array", "items": {"type": "string", "pattern": SLUG_PATTERN.pattern}},
    "sources": {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "additionalProperties": False,
            "required": ["title", "url"],
            "properties": {
                "title": {"type": "string", "minLength": 1},
                "url": {"type": "string", "pattern": "^https?://"},
            },
        },
    },
}
