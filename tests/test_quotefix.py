"""`briefs check --fix`: quotes rewritten in place after a seed correction, nothing else touched."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from briefs.facts.anchor import TextQuoteSelector, anchor_quote
from briefs.content.annotations import parse_annotation
from briefs.model import Article, Paragraph
from briefs.facts.notes import anchor_notes
from briefs.contribute.quotefix import apply_quote_fixes, plan_quote_fixes
from conftest import run_briefs

PATH = "annotations/2025-01-01-example.yml"
PARAGRAPHS = (
    "The harbour council met on Monday. The chair said the pier was “the heart of the harbour.”",
    "Fishing crews said the pier was unsafe. The council meets again on Monday.",
)


def article(paragraphs=PARAGRAPHS) -> Article:
    return Article(title="Council", caption=None, published=None, zone_name=None, published_has_time=False,
                   section=None, byline=None, dateline=None, source=None,
                   paragraphs=tuple(Paragraph(text, number) for number, text in enumerate(paragraphs, start=1)))


def annotation_text(notes_yaml: str) -> str:
    head = ("# yaml-language-server: $schema=../schemas/annotation.schema.json\n"
            "source:\n  name: The Harbour Example   # the outlet\n  url: https://example.org/a\n"
            "tags: [Harbour]\nnotes:\n")
    return head + textwrap.dedent(notes_yaml)


def fix(text: str, paragraphs=PARAGRAPHS) -> tuple[str, list]:
    annotation, problems = parse_annotation(text, PATH)
    assert problems == [], problems
    edits = plan_quote_fixes(article(paragraphs), annotation.notes, 0.75)
    return apply_quote_fixes(text, edits), edits


def anchors_cleanly(text: str, paragraphs=PARAGRAPHS) -> bool:
    annotation, problems = parse_annotation(text, PATH)
    anchored, more = anchor_notes(article(paragraphs), annotation.notes, PATH)
    return problems == [] and more == [] and len(anchored) == len(annotation.notes)


@pytest.mark.parametrize("written", [
    'quote: "the chair said the pier was"',  # double-quoted
    "quote: 'the chair said the pier was'",  # single-quoted
    "quote: the chair said the pier was",  # plain
    "quote: |\n            the chair said the pier was",  # block scalar
], ids=["double", "single", "plain", "block"])
def test_a_corrected_word_is_rewritten_in_any_quoting_style(written):
    text = annotation_text(f"""\
        - id: chair   # keep this comment
          {written}
          type: context
          body: |
            The chair's words.
          sources:
            - {{title: Minutes, url: "https://example.org/m"}}
        """)
    corrected = (PARAGRAPHS[0].replace("The chair said", "The chair says"), PARAGRAPHS[1])
    fixed, edits = fix(text, corrected)
    assert [edit.note_id for edit in edits] == ["chair"]
    assert 'quote: "The chair says the pier was"' in fixed
    assert anchors_cleanly(fixed, corrected)
    # Everything but the quote is as it was, comments included.
    untouched = [line for line in text.splitlines() if "chair said" not in line and line.strip() not in ("quote: |",)]
    assert all(line in fixed.splitlines() for line in untouched)


def test_a_repeated_replacement_gets_the_context_that_picks_it():
    text = annotation_text("""\
        - id: crews
          quote: "crews said the pier is unsafe"
          type: context
          body: Note.
          sources:
            - {title: T, url: "https://example.org/t"}
        """)
    fixed, _ = fix(text)
    assert 'quote: "crews said the pier was unsafe"' in fixed
    assert anchors_cleanly(fixed)


def test_a_stale_prefix_is_removed_when_the_quote_is_unique_and_replaced_when_needed():
    text = annotation_text("""\
        - id: unique
          quote: "Fishing crews"
          prefix: "words long gone"
          type: context
          body: Note.
          sources:
            - {title: T, url: "https://example.org/t"}
        - id: repeated
          quote: "on Monday"
          suffix: "no longer this"
          prefix: "meets again"
          type: context
          body: Note.
          sources:
            - {title: T, url: "https://example.org/t"}
        """)
    fixed, edits = fix(text)
    assert {edit.note_id for edit in edits} == {"unique", "repeated"}
    assert "words long gone" not in fixed and "no longer this" not in fixed
    assert anchors_cleanly(fixed)


def test_a_quote_far_from_any_text_is_left_for_a_person():
    text = annotation_text("""\
        - id: invented
          quote: "the mayor resigned in disgrace after the vote"
          type: context
          body: Note.
          sources:
            - {title: T, url: "https://example.org/t"}
        """)
    fixed, edits = fix(text)
    assert edits == [] and fixed == text


def test_a_clean_file_is_not_touched():
    text = annotation_text("""\
        - id: fine
          quote: "Fishing crews said the pier was unsafe"
          type: context
          body: Note.
          sources:
            - {title: T, url: "https://example.org/t"}
        """)
    assert fix(text) == (text, [])


def test_check_fix_on_a_corrected_seed_then_check_passes(project):
    from conftest import SEED_SLUG

    seed = project / "seeds" / f"{SEED_SLUG}.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("world’s largest investor", "world’s biggest investor"),
                    encoding="utf-8")
    assert run_briefs("check", cwd=project).returncode == 1
    fixed = run_briefs("check", "--fix", cwd=project)
    assert fixed.returncode == 0, fixed.stderr
    assert "note 'largest-investor': quote" in fixed.stdout and "biggest investor" in fixed.stdout
    assert run_briefs("check", cwd=project).returncode == 0


def test_check_outside_a_project_fails_and_writes_nothing(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    result = run_briefs("check", cwd=outside)
    assert result.returncode == 1
    assert f"no mkdocs.yml found in {outside} or above; run from the project or pass --root" in result.stderr
    assert list(outside.iterdir()) == []


def test_check_finds_the_project_from_a_subfolder(project):
    result = run_briefs("check", cwd=project / "glossary")
    assert result.returncode == 0 and "check: 0 error(s)" in result.stderr, result.stderr


def test_check_with_files_reports_those_files_and_the_clashes_they_touch(project):
    from conftest import SEED_SLUG

    (project / "glossary" / "zz-new.yml").write_text(
        "term: Pier\nkind: place\naliases: [Senkaku Islands]\nshort: A pier.\ndefinition: A pier.\n"
        "sources:\n  - {title: T, url: 'https://example.org/t'}\n", encoding="utf-8")
    annotation = project / "annotations" / f"{SEED_SLUG}.yml"
    annotation.write_text(annotation.read_text(encoding="utf-8").replace("type: background", "type: backgroundz", 1),
                          encoding="utf-8")
    only_glossary = run_briefs("check", "glossary/zz-new.yml", cwd=project)
    assert only_glossary.returncode == 1
    assert "glossary/zz-new.yml" in only_glossary.stderr and "backgroundz" not in only_glossary.stderr
    only_annotation = run_briefs("check", f"annotations/{SEED_SLUG}.yml", cwd=project)
    assert "backgroundz" in only_annotation.stderr and "zz-new" not in only_annotation.stderr
    missing = run_briefs("check", "glossary/nope.yml", cwd=project)
    assert missing.returncode == 1 and "glossary/nope.yml: no such file" in missing.stderr


def test_selectors_it_writes_anchor_exactly():
    # The fix's selector for a corrected quote is one the anchoring accepts as exact.
    text = annotation_text("""\
        - id: heart
          quote: "the heart of the harbor"
          type: context
          body: Note.
          sources:
            - {title: T, url: "https://example.org/t"}
        """)
    fixed, (edit,) = fix(text)
    assert anchor_quote(article().text, edit.new).status == "exact"
    assert isinstance(edit.new, TextQuoteSelector) and edit.new.exact == "the heart of the harbour"
