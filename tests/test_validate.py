"""`python -m briefs check`: every file checked, every problem printed as path:line: message, exit status."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from briefs.contribute.schema import SCHEMAS, schema_text
from briefs.contribute.check import CHECKERS, check_project
from briefs.settings import settings_from_config_file
from conftest import ROOT, SEED_SLUG, run_briefs

ANNOTATION = f"annotations/{SEED_SLUG}.yml"


def line_of(project: Path, needle: str, relative: str = ANNOTATION) -> int:
    lines = (project / relative).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if needle in line)


def run_check(project: Path) -> subprocess.CompletedProcess:
    return run_briefs("--root", str(project), "check")


def edit(project: Path, relative: str, old: str, new: str) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_project_passes_its_own_check():
    # The live content: whatever it holds, it must be valid (a warning is allowed).
    result = run_check(ROOT)
    assert result.returncode == 0, result.stderr
    assert "check: 0 error(s)" in result.stderr


@pytest.mark.parametrize("quote", ["3% of national income", "two percent of output", "defence outlays"])
def test_broken_quote_fails_with_file_line_and_closest_text(project, quote):
    number = line_of(project, 'quote: "2% of its gross domestic product"')
    edit(project, ANNOTATION, 'quote: "2% of its gross domestic product"', f'quote: "{quote}"')
    result = run_check(project)
    assert result.returncode == 1
    line = next(line for line in result.stderr.splitlines() if "two-percent-of-gdp" in line)
    assert line.startswith(f"{ANNOTATION}:{number}: note 'two-percent-of-gdp': quote not found in the article: '{quote}'")
    assert "closest text in the article (similarity 0." in line


def test_one_changed_word_in_a_long_quote_is_an_error_stating_the_replacement(project):
    edit(project, ANNOTATION, 'quote: "2% of its gross domestic product"', 'quote: "2% of its gross national product"')
    result = run_check(project)
    assert result.returncode == 1
    assert 'put in the file: quote: "2% of its gross domestic product"' in result.stderr


def test_an_invented_quote_fails_with_path_and_line(project):
    # Not in the article, though most of its words are: a similarity above the threshold
    # must not turn a made-up quote into a warning.
    number = line_of(project, 'quote: "2% of its gross domestic product"')
    invented = "I will work with him to build a relationship of mutual trust and respect"
    edit(project, ANNOTATION, 'quote: "2% of its gross domestic product"', f'quote: "{invented}"')
    result = run_check(project)
    assert result.returncode == 1
    line = next(line for line in result.stderr.splitlines() if "two-percent-of-gdp" in line)
    assert line.startswith(f"{ANNOTATION}:{number}: note 'two-percent-of-gdp': quote not found in the article")
    # The suggestion stops at the closing quotation mark: no "”" and no next word.
    assert 'put in the file: quote: "I will work with him to build a relationship of trust")' in line


def test_ambiguous_quote_fails_listing_where(project):
    number = line_of(project, 'quote: "2% of its gross domestic product"')
    edit(project, ANNOTATION, 'quote: "2% of its gross domestic product"', 'quote: "Trump"')
    result = run_check(project)
    assert result.returncode == 1
    line = next(line for line in result.stderr.splitlines() if "two-percent-of-gdp" in line)
    assert line.startswith(f"{ANNOTATION}:{number}: note 'two-percent-of-gdp': quote 'Trump' occurs ")
    assert "; and 11 more" in line
    assert "paragraph 1: “…with U.S. President Donald [Trump] at the White House" in line
    assert "add `prefix:`" in line


def test_bad_yaml_fails_with_line_and_column(project):
    edit(project, ANNOTATION, "  name: The Japan News by The Yomiuri Shimbun", "  name: The Japan News: Yomiuri")
    result = run_check(project)
    assert result.returncode == 1
    assert f"{ANNOTATION}:3: invalid YAML at column 23: mapping values are not allowed here" in result.stderr
    assert "a value holding ': ' must be quoted" in result.stderr


def test_unknown_key_fails_with_its_line_and_suggestion(project):
    edit(project, ANNOTATION, "    type: background\n", "    type: background\n    autor: someone\n")
    result = run_check(project)
    assert result.returncode == 1
    number = line_of(project, "autor: someone")
    assert f"{ANNOTATION}:{number}: unknown key 'autor' in note 'article-5-scope' (did you mean" not in result.stderr
    assert f"{ANNOTATION}:{number}: unknown key 'autor' in note 'article-5-scope' (allowed: id, quote," in result.stderr


def test_warnings_are_printed_but_do_not_fail(project):
    # A prefix that no longer fits a quote that is unique anyway: the note is in no doubt.
    number = line_of(project, 'quote: "2% of its gross domestic product"')
    edit(project, ANNOTATION, 'quote: "2% of its gross domestic product"',
         'quote: "2% of its gross domestic product"\n    prefix: "words that are not there"')
    result = run_check(project)
    assert result.returncode == 0, result.stderr
    assert f"{ANNOTATION}:{number}: warning: note 'two-percent-of-gdp': prefix" in result.stderr
    assert "check: 0 error(s), 1 warning(s)" in result.stderr


def test_annotation_without_a_seed_is_an_error(project):
    (project / "annotations" / "2025-01-01-orphan.yml").write_text("tags: [x]\n", encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 1
    assert "annotations/2025-01-01-orphan.yml: no seed for this annotation file: expected seeds/2025-01-01-orphan.txt" in result.stderr


@pytest.mark.parametrize("folder, names, expected", [
    ("annotations", [f"{SEED_SLUG}.yaml"], "two annotation files have the slug"),
    ("seeds", [f"{SEED_SLUG}.html"], "two seeds have the slug"),
], ids=["annotation-yml-and-yaml", "seed-txt-and-html"])
def test_duplicate_slugs_are_errors(project, folder, names, expected):
    for name in names:
        (project / folder / name).write_text("tags: [x]\n", encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 1
    assert expected in result.stderr and SEED_SLUG in result.stderr


def test_unreadable_seed_is_an_error(project):
    (project / "seeds" / "2025-01-02-empty.txt").write_bytes(b"\n \n")
    result = run_check(project)
    assert result.returncode == 1
    assert "seeds/2025-01-02-empty.txt: the file is empty" in result.stderr


def test_stale_schema_is_an_error(project):
    (project / "schemas" / "annotation.schema.json").write_text("{}\n", encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 1
    assert "schemas/annotation.schema.json: the schema is out of date (run: python -m briefs schema --write)" in result.stderr


def test_schema_write_regenerates_the_committed_files(project):
    (project / "schemas" / "annotation.schema.json").unlink()
    result = run_briefs("--root", str(project), "schema", "--write")
    assert result.returncode == 0 and "wrote schemas/annotation.schema.json" in result.stdout
    for name in SCHEMAS:
        assert (project / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8") == schema_text(name)
    assert run_check(project).returncode == 0


def test_every_problem_is_reported_not_only_the_first(project):
    edit(project, ANNOTATION, "    type: background\n", "    type: backgrounds\n")
    edit(project, ANNOTATION, 'quote: "2% of its gross domestic product"', 'quote: "Trump"')
    (project / "annotations" / "2025-01-01-orphan.yml").write_text("tags: [x]\n", encoding="utf-8")
    problems = check_project(settings_from_config_file(project / "mkdocs.yml"))
    assert len([problem for problem in problems if problem.is_error]) == 3


def test_checkers_are_a_list_of_named_functions():
    names = [name for name, _ in CHECKERS]
    assert names[:2] == ["seeds", "slugs"] and "annotations" in names and len(set(names)) == len(names)


@pytest.mark.parametrize("old, new", [
    ("the world’s largest investor", "the world’s biggest investor"),
    ("proposed acquisition of United States", "proposed takeover of United States"),
    ("peace and stability in the Taiwan Strait", "peace and security in the Taiwan Strait"),
], ids=["word-changed", "word-in-long-quote", "word-in-phrase"])
def test_pasting_the_suggested_quote_clears_the_error(project, old, new):
    import re

    edit(project, f"seeds/{SEED_SLUG}.txt", old, new)
    warning = next(line for line in run_check(project).stderr.splitlines() if "quote not found" in line)
    number = int(warning.split(":")[1])
    suggested = re.search(r"put in the file: (quote: \".*\")\)$", warning).group(1)
    path = project / ANNOTATION
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    indent = lines[number - 1][: len(lines[number - 1]) - len(lines[number - 1].lstrip())]
    lines[number - 1] = f"{indent}{suggested}\n"
    path.write_text("".join(lines), encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 0 and "check: 0 error(s), 0 warning(s)" in result.stderr, result.stderr


@pytest.mark.parametrize("tags, expected", [
    ("  - trade policy\n", ["tag 'trade policy' is not in sentence case"]),
    ("  - japan-U.S. relations\n", ["tag 'japan-U.S. relations' is not in sentence case",
                                   "tag 'japan-U.S. relations' is spelt 'Japan-U.S. relations' in"]),
    ("  - Japan-U.S. Relations\n", ["tag 'Japan-U.S. Relations' is spelt 'Japan-U.S. relations' in"]),
    ("  - Japan-U.S. relations\n  - 2025 summit\n", []),
], ids=["lower-case", "case-of-another", "title-case-of-another", "same-spelling"])
def test_tags_are_in_sentence_case_and_spelt_one_way(project, tags, expected):
    other = project / "annotations" / "2025-03-01-tags-example.yml"
    (project / "seeds" / "2025-03-01-tags-example.txt").write_text(
        "A Headline for the Tag Example Article\n\nMarch 1, 2025\n\nThe body of the tag example article, long enough to count.\n",
        encoding="utf-8")
    other.write_text("source:\n  name: The Example Times\n  url: https://example.org/a\ntags:\n" + tags, encoding="utf-8")
    problems = [problem for problem in check_project(settings_from_config_file(project / "mkdocs.yml"))
                if problem.message.startswith("tag ")]
    assert len(problems) == len(expected), problems
    for problem, start in zip(problems, expected):
        assert problem.message.startswith(start)
        assert problem.path == "annotations/2025-03-01-tags-example.yml" and problem.line == 5


def test_the_placeholders_are_those_suggest_a_note_writes():
    from briefs.contribute.check import SUGGESTION_PLACEHOLDERS

    script = (ROOT / "docs" / "assets" / "suggest-note.js").read_text(encoding="utf-8")
    assert all(placeholder in script for placeholder in SUGGESTION_PLACEHOLDERS)


@pytest.mark.parametrize("old, new", [
    ("    type: background\n", "    type: background\n    body: Replace this with what a reader needs to know about the quoted words, x\n"),
    ("https://asia.nikkei.com", "https://example.org/replace-with-the-source-address#"),
], ids=["body", "source-url"])
def test_a_note_left_with_placeholders_fails(project, old, new):
    path = project / ANNOTATION
    text = path.read_text(encoding="utf-8")
    if "body:" in new:  # replace the first note's body rather than add a second one
        start = text.index("    body: |", text.index(old))
        end = text.index("    sources:", start)
        text = text[:start] + new.split("\n")[1] + "\n" + text[end:]
    else:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 1 and "still holds the suggested note's placeholder text" in result.stderr, result.stderr
