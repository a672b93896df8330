"""Annotation files: every structural mistake is a Problem at the line of the offending key."""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date

import jsonschema
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from briefs.content.annotations import annotation_schema, parse_annotation
from briefs.model import Note
from briefs.render.escape import markdown_to_html, unsafe_links
from briefs.contribute.schema import schema_text
from conftest import FIXTURE_CONTENT, ROOT, SEED_SLUG

PATH = "annotations/x.yml"
GOOD_NOTE = """\
  - id: first-note
    quote: the plan
    type: context
    body: Some *context*.
    sources:
      - title: An outlet
        url: https://example.org/a
"""


# Every annotation file needs its source; the cases below are about other keys, so `parse`
# appends one at the end (no line number above it moves) unless the case writes its own.
SOURCE_BLOCK = "source:\n  name: The Example Times\n  url: https://example.org/article\n"


def parse(text: str):
    text = textwrap.dedent(text)
    if "source:" not in text and re.match(r"\A(#.*\n)*[a-z_]+:", text):
        text = text.rstrip("\n") + "\n" + SOURCE_BLOCK
    return parse_annotation(text, PATH)


def messages(problems) -> list[str]:
    return [problem.format() for problem in problems]


def test_the_seed_annotation_file_is_valid_and_has_its_notes():
    annotation, problems = parse((FIXTURE_CONTENT / "annotations" / f"{SEED_SLUG}.yml").read_text(encoding="utf-8"))
    assert problems == []
    assert len(annotation.notes) >= 6
    assert all(isinstance(note, Note) and note.sources for note in annotation.notes)
    assert len({note.note_id for note in annotation.notes}) == len(annotation.notes)
    assert annotation.retrieved and annotation.source.url.startswith("https://")


def test_a_good_note_is_read_with_its_line():
    annotation, problems = parse("notes:\n" + GOOD_NOTE)
    assert problems == []
    (note,) = annotation.notes
    assert (note.note_id, note.quote, note.prefix, note.suffix, note.note_type) == ("first-note", "the plan", "", "", "context")
    assert note.line == 3
    assert note.sources[0].url == "https://example.org/a"


@pytest.mark.parametrize("text, line, expected", [
    ("sauce:\n  name: X\n", 1, "unknown key 'sauce' in the file (did you mean 'source'?"),
    ("source:\n  name: X\n  url: https://x.org/a\n  adress: https://x.org\n", 4, "unknown key 'adress' in source"),
    ("notes:\n" + GOOD_NOTE.replace("    type: context\n", "    type: context\n    qoute: x\n"), 5,
     "unknown key 'qoute' in note 'first-note' (did you mean 'quote'?"),
    ("notes:\n" + GOOD_NOTE.replace("        url: https://example.org/a\n", "        url: https://example.org/a\n        date: 2025\n"),
     9, "unknown key 'date' in note 'first-note' sources #1"),
], ids=["top-level", "in-source", "in-note", "in-citation"])
def test_unknown_key_names_the_key_and_its_line(text, line, expected):
    _, problems = parse(text)
    assert len(problems) == 1, messages(problems)
    assert problems[0].line == line
    assert expected in problems[0].format()


@pytest.mark.parametrize("replace, line, expected", [
    ("    type: context\n", 2, "note 'first-note' has no 'type'"),
    ("    quote: the plan\n", 2, "note 'first-note' has no 'quote'"),
    ("  - id: first-note\n    quote", 2, "notes #1 has no 'id'"),
    ("    sources:\n      - title: An outlet\n        url: https://example.org/a\n", 2, "note 'first-note' has no 'sources'"),
], ids=["type", "quote", "id", "sources"])
def test_missing_field_names_the_note(replace, line, expected):
    note = GOOD_NOTE.replace(replace, "  - quote" if replace.endswith("quote") else "", 1)
    annotation, problems = parse("notes:\n" + note)
    assert [problem.line for problem in problems] == [line]
    assert expected in problems[0].message
    assert annotation.notes == ()  # left out, and said so


@pytest.mark.parametrize("old, new, line, expected", [
    ("type: context", "type: factcheck", 4, "note 'first-note' type must be one of context, fact-check, background, what-to-watch, got 'factcheck'"),
    ("body: Some *context*.", "body: [a, b]", 5, "note 'first-note' body must be text, got a list"),
    ("url: https://example.org/a", "url: example.org/a", 8, "must be an address starting with https:// or http://"),
    ("url: https://example.org/a", "url: javascript:alert(1)", 8, "must be an address starting with https://"),
    ("id: first-note", "id: First Note", 2, "note 'First Note' id must be lowercase letters, digits and single hyphens"),
    ("quote: the plan", "quote: 2025", 3, "note 'first-note' quote must be text, got the number 2025"),
    ("quote: the plan", "quote:", 3, "note 'first-note' 'quote' is empty"),
    ("    sources:\n      - title: An outlet\n        url: https://example.org/a\n", "    sources: []\n", 6,
     "note 'first-note' sources needs at least 1 item(s)"),
], ids=["type-choice", "body-list", "url-without-scheme", "url-javascript", "id-pattern", "quote-number",
        "quote-empty", "no-sources"])
def test_wrong_type_names_the_key_and_line(old, new, line, expected):
    annotation, problems = parse("notes:\n" + GOOD_NOTE.replace(old, new))
    assert [problem.line for problem in problems] == [line], messages(problems)
    assert expected in problems[0].message
    assert annotation.notes == ()


def test_type_typo_suggests_the_closest_type():
    _, problems = parse("notes:\n" + GOOD_NOTE.replace("type: context", "type: fact-chek"))
    assert "did you mean 'fact-check'?" in problems[0].hint


@pytest.mark.parametrize("text, line, expected", [
    ("key_points: one point\n", 1, "key_points must be a list"),
    ("tags:\n  - a\n  - {b: c}\n", 3, "tags #2 must be text, got a mapping"),
    ("source: The Outlet\n", 1, "source must be a mapping with keys name, url, retrieved"),
    ("source:\n  retrieved: yesterday\n  name: X\n  url: https://x.org/a\n", 2, "source retrieved must be a date written YYYY-MM-DD"),
    ("pin: [Abe]\n", 1, "pin must be a mapping"),
    ("pin:\n  Abe: Shinzo Abe\n", 2, "pin Abe must be a glossary file name without .yml"),
    ("notes:\n  first: x\n", 1, "notes must be a list"),
], ids=["key-points-text", "tag-mapping", "source-text", "retrieved", "pin-list", "pin-not-slug", "notes-mapping"])
def test_top_level_shapes(text, line, expected):
    _, problems = parse(text)
    assert [problem.line for problem in problems] == [line], messages(problems)
    assert expected in problems[0].message


def test_duplicate_note_ids_name_both_lines():
    second = GOOD_NOTE.replace("quote: the plan", "quote: other words")
    annotation, problems = parse("notes:\n" + GOOD_NOTE + second)
    assert [problem.line for problem in problems] == [9]
    assert "duplicate id 'first-note' in notes" in problems[0].message
    assert "first used at line 2" in problems[0].hint


@pytest.mark.parametrize("text, line, column_text", [
    ("source:\n  name: The Outlet: Weekend\n", 2, "mapping values are not allowed here"),
    ("notes:\n  - id: a\n\tquote: b\n", 3, "found character '\\t'"),
    ("key_points:\n  - \"unclosed\n", 3, "found unexpected end of stream"),
    ("notes:\n  - id: a\n   quote: b\n", 3, "expected <block end>"),
], ids=["colon-in-value", "tab", "unclosed-quote", "bad-indent"])
def test_bad_yaml_is_one_problem_with_line_and_column(text, line, column_text):
    annotation, problems = parse_annotation(text, PATH)
    assert len(problems) == 1
    assert problems[0].line == line
    assert "invalid YAML at column" in problems[0].message and column_text in problems[0].message
    assert problems[0].format().startswith(f"{PATH}:{line}: invalid YAML")
    assert annotation.notes == ()


def test_a_key_written_twice_is_reported():
    _, problems = parse("tags: [a]\ntags: [b]\n")
    assert [(problem.line, problem.message) for problem in problems] == [(2, "key 'tags' appears twice")]


@pytest.mark.parametrize("body, expected", [
    ("See [this](javascript:alert(1)).", "link 'javascript:alert(1)' is not an http, https or mailto address"),
    ("![tracker](https://example.org/p.gif)", "images are not shown in notes"),
    ("![x](data:image/png;base64,AAAA)", "images are not shown in notes"),
    ("See [local](../secret).", "link '../secret' is not an http"),
], ids=["javascript", "image", "data-image", "relative"])
def test_body_link_schemes_are_checked(body, expected):
    _, problems = parse("notes:\n" + GOOD_NOTE.replace("body: Some *context*.", f"body: {json.dumps(body)}"))
    assert [problem.line for problem in problems] == [5]
    assert expected in problems[0].message


def test_several_problems_are_all_reported_in_one_pass():
    text = "sauce: x\ntags: a\nnotes:\n" + GOOD_NOTE.replace("type: context", "type: nope").replace("id: first-note", "id: A")
    _, problems = parse(text)
    assert len(problems) == 4
    assert sorted(problem.line for problem in problems) == [1, 2, 4, 6]


# The schema is generated from the same declaration; editors and the check must agree.


def _as_editor_sees(data):
    """YAML 1.2 editors read an unquoted date as text; PyYAML reads it as a date."""
    if isinstance(data, dict):
        return {key: _as_editor_sees(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_as_editor_sees(value) for value in data]
    return data.isoformat() if isinstance(data, date) else data


def test_committed_schema_equals_the_generated_one():
    committed = (ROOT / "schemas" / "annotation.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text("annotation"), "run: python -m briefs schema --write"


@pytest.mark.parametrize("content", [FIXTURE_CONTENT, ROOT], ids=["frozen", "live"])
def test_every_annotation_file_validates_against_the_schema(content):
    for path in sorted((content / "annotations").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(annotation_schema()).validate(_as_editor_sees(data))


@pytest.mark.parametrize("text", [
    "sauce: x\n",
    "notes:\n" + GOOD_NOTE.replace("type: context", "type: nope"),
    "notes:\n" + GOOD_NOTE.replace("    quote: the plan\n", ""),
    "notes:\n" + GOOD_NOTE.replace("url: https://example.org/a", "url: ftp://example.org/a"),
    "tags: a\n",
    "pin:\n  Abe: Shinzo Abe\n",
], ids=["unknown-key", "bad-type", "missing-quote", "ftp-url", "tags-text", "pin-not-slug"])
def test_schema_rejects_what_the_check_rejects(text):
    _, problems = parse(text)
    assert problems
    errors = list(jsonschema.Draft202012Validator(annotation_schema()).iter_errors(_as_editor_sees(yaml.safe_load(text))))
    assert errors


# `unsafe_links` skips rendering a body with neither "[" nor "<": no link can be written then.
BODY_TEXT = st.text(alphabet=st.sampled_from("ab ():/!*_`\n#-.&;1hwtp"), max_size=60)


@given(BODY_TEXT)
def test_a_body_without_brackets_renders_no_link_or_image(body):
    rendered = markdown_to_html(body)
    assert "<a " not in rendered and "<img" not in rendered
    assert unsafe_links(body) == []


@pytest.mark.parametrize("body", ["[x][1]\n\n[1]: javascript:alert(1)", "<ftp://example.org>", "![t][p]\n\n[p]: https://example.org/p.gif"])
def test_autolinks_and_references_are_still_checked(body):
    assert unsafe_links(body)


@pytest.mark.parametrize("text, line, expected", [
    ("source:\n  name: X\n", 1, "source has no 'url'"),
    ("source:\n  url: https://x.org/a\n", 1, "source has no 'name'"),
    ("source:\n  name: X\n  url:\n", 3, "source 'url' is empty"),
    ("source:\n  name:\n  url: https://x.org/a\n", 2, "source 'name' is empty"),
    ("tags: [a]\n", 1, "the file has no 'source'"),
], ids=["no-url", "no-name", "null-url", "null-name", "no-source"])
def test_the_source_needs_its_name_and_address(text, line, expected):
    _, problems = parse_annotation(text, PATH)
    assert [(problem.line, problem.message) for problem in problems] == [(line, expected)]


def test_the_schema_rejects_what_the_check_rejects():
    import jsonschema
    import yaml

    from briefs.content.annotations import annotation_schema

    for text in ("source:\n  name: X\n", "source:\n  name: X\n  url:\n", "tags: [a]\n"):
        assert parse_annotation(text, PATH)[1]
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(yaml.safe_load(text), annotation_schema())
