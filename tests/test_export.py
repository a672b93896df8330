"""W3C Web Annotation export: every note validates against the model's required parts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest

from briefs.content.annotations import parse_annotation
from briefs.fileio import read_source
from briefs.sources.pasted_text import parse_article
from conftest import FIXTURE_CONTENT, SEED, SEED_SLUG, copy_project, run_briefs

# The MUSTs of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
# for what we export: the context, an IRI id, type Annotation, a target with a source IRI
# and selectors; a TextualBody has a value; the selectors have their required fields.
IRI = {"type": "string", "pattern": r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$"}
W3C_REQUIRED = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["@context", "id", "type", "target"],
    "properties": {
        "@context": {"anyOf": [{"const": "http://www.w3.org/ns/anno.jsonld"},
                               {"type": "array", "contains": {"const": "http://www.w3.org/ns/anno.jsonld"}}]},
        "id": IRI,
        "type": {"anyOf": [{"const": "Annotation"}, {"type": "array", "contains": {"const": "Annotation"}}]},
        "motivation": {"enum": ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
                                "highlighting", "identifying", "linking", "moderating", "questioning", "replying",
                                "tagging"]},
        "created": {"type": "string", "format": "date-time"},
        "creator": {"type": "object", "required": ["type"]},
        "body": {
            "type": "object",
            "required": ["type", "value"],
            "properties": {"type": {"const": "TextualBody"}, "value": {"type": "string"},
                           "format": {"type": "string", "pattern": r"^[a-z]+/[a-z0-9.+-]+$"}},
        },
        "target": {
            "type": "object",
            "required": ["source", "selector"],
            "properties": {
                "source": IRI,
                "selector": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"oneOf": [
                        {"type": "object", "required": ["type", "exact"],
                         "properties": {"type": {"const": "TextQuoteSelector"}, "exact": {"type": "string", "minLength": 1},
                                        "prefix": {"type": "string"}, "suffix": {"type": "string"}},
                         "additionalProperties": False},
                        {"type": "object", "required": ["type", "start", "end"],
                         "properties": {"type": {"const": "TextPositionSelector"},
                                        "start": {"type": "integer", "minimum": 0},
                                        "end": {"type": "integer", "minimum": 0}},
                         "additionalProperties": False},
                    ]},
                },
            },
        },
    },
}


AUTHOR = "Frozen Fixture"  # the author of the commit that adds the frozen content in `git_project`


@pytest.fixture(scope="module")
def git_project(tmp_path_factory) -> Path:
    """The frozen content in a git checkout of its own, so each note has a commit that added it."""
    project = copy_project(tmp_path_factory.mktemp("export-project"))
    identity = ["-c", f"user.name={AUTHOR}", "-c", "user.email=fixture@example.org"]
    for command in (["init", "-q"], ["add", "-A"], [*identity, "commit", "-q", "-m", "frozen content"]):
        subprocess.run(["git", *command], cwd=project, check=True, capture_output=True)
    return project


@pytest.fixture(scope="module")
def exported(git_project, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("w3c")
    result = run_briefs("export", "--format", "w3c", str(out), cwd=git_project)
    assert result.returncode == 0, result.stderr
    return out


def annotations_in(out: Path) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(out.rglob("*.jsonld"))]


def test_every_note_is_exported(exported):
    annotation, _ = parse_annotation((FIXTURE_CONTENT / "annotations" / f"{SEED_SLUG}.yml").read_text(encoding="utf-8"), "x")
    names = sorted(path.stem for path in (exported / SEED_SLUG).glob("*.jsonld"))
    assert names == sorted(note.note_id for note in annotation.notes)


def test_each_export_validates_against_the_w3c_required_fields(exported):
    validator = jsonschema.Draft202012Validator(W3C_REQUIRED, format_checker=jsonschema.FormatChecker())
    items = annotations_in(exported)
    assert items
    for item in items:
        validator.validate(item)
        assert item["motivation"] == "commenting"
        assert item["body"]["format"] == "text/markdown"
        assert item["target"]["source"] == "https://japannews.yomiuri.co.jp/politics/politics-government/20250207-237525/"


def test_creator_and_created_come_from_the_commit_that_added_the_note(exported):
    for item in annotations_in(exported):
        assert item["creator"] == {"type": "Person", "name": AUTHOR}
        assert item["created"][:4].isdigit() and item["created"][10] == "T"


def test_position_selector_slice_equals_the_quote(exported):
    text = parse_article(read_source(SEED), "seed").text
    for item in annotations_in(exported):
        quote, position = item["target"]["selector"]
        assert text[position["start"]:position["end"]] == quote["exact"]
        assert text[:position["start"]].endswith(quote["prefix"])
        assert text[position["end"]:].startswith(quote["suffix"])


def test_ids_are_unique_and_stable(exported, git_project, tmp_path):
    first = [item["id"] for item in annotations_in(exported)]
    assert len(set(first)) == len(first)
    again = run_briefs("export", "--format", "w3c", str(tmp_path), cwd=git_project)
    assert again.returncode == 0, again.stderr
    assert [item["id"] for item in annotations_in(tmp_path)] == first


def test_body_keeps_the_sources_addresses(exported):
    for item in annotations_in(exported):
        assert "Sources:\n\n- [" in item["body"]["value"]
        assert "](https://" in item["body"]["value"] or "](http://" in item["body"]["value"]


def test_base_url_makes_ids_addresses_on_the_site(project, tmp_path):
    result = run_briefs("--root", str(project), "export", "--format", "w3c",
                        "--base-url", "https://example.org/briefs/", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    items = annotations_in(tmp_path / "out")
    assert items and all(item["id"].startswith(f"https://example.org/briefs/{SEED_SLUG}/#note-") for item in items)
    # Outside a git checkout, creator and created are not known, so they are left out.
    assert all("creator" not in item and "created" not in item for item in items)


def test_a_broken_note_is_reported_not_silently_skipped(project, tmp_path):
    path = project / "annotations" / f"{SEED_SLUG}.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'quote: "2% of its gross domestic product"', 'quote: "nothing like it"'), encoding="utf-8")
    result = run_briefs("--root", str(project), "export", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "note 'two-percent-of-gdp': quote not found" in result.stderr
    assert not (tmp_path / "out" / SEED_SLUG / "two-percent-of-gdp.jsonld").exists()
