"""Contributors' pull requests, simulated on a copy of the live project.

Content changes by pull request every day, so nothing here depends on what today's content
says: each contribution is made from what the copy holds. A new note quotes words the parser
found in an existing brief; a seed correction changes one word inside a quote that a note
already anchors; the new article and the new glossary entry are written here. Each pull
request alone must pass `python -m briefs check`; all four together must also pass
`mkdocs build --strict` (one build, to keep the suite fast), with a page for every brief
and every term.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from briefs.facts.anchor import TextQuoteSelector, anchor_quote
from briefs.content.annotations import load_annotation
from briefs.errors import SourceError
from briefs.content.glossary import SCHEMA_LINE, load_glossary
from briefs.model import Article
from briefs.facts.notes import AnchoredNote, anchor_notes
from briefs.sources.read import parse_source
from briefs.build import seed_files
from briefs.settings import settings_from_config_file
from conftest import copy_live_project, mkdocs_build, run_briefs as briefs_command

NOTE_ID = "pull-request-simulation"  # the new note's id; no live note uses it
NOTE_WORDS = 6  # the new note quotes this many words
TERM_SLUG = "satsunan-island-ferry-council"  # an invented organisation, named in ARTICLE
TERM = f"""{SCHEMA_LINE}
term: Satsunan Island Ferry Council
aliases:
  - Satsunan ferry council
kind: organisation
short: The body through which the ferry operators serving the islands south of Kagoshima plan their sailings.
definition: |
  The council groups four ferry operators that sail between Kagoshima and the Satsunan Islands.
  It sets the season's timetables and speaks for the operators to the island towns.
as_of: 2025-03-21
sources:
  - title: Kagoshima Prefecture, island transport
    url: https://www.pref.kagoshima.jp/
"""
# A wire report in Kyodo's shape: headline, time line, dateline, one sentence per line.
ARTICLE = """Ferry Operators to Add Night Crossings to Southern Islands

18:40 JST, March 21, 2025

KAGOSHIMA (Kyodo) -- Ferry operators serving the islands south of Kagoshima will add night crossings from April, the Satsunan Island Ferry Council said on Friday.
The council, which groups four operators, said the extra sailings would run three times a week until the end of September.
Island towns asked for the change in January, after winter storms cancelled dozens of day crossings.
A council official said fares would stay the same and that a review is planned for October.
"""
CORRECTED_WORD = "revised"  # what a corrected seed says instead of one word of a noted quote
FIX_HINT = "put in the file: "  # the check's hint before the selector lines to paste


@dataclass(frozen=True, slots=True)
class AnnotatedBrief:
    """One brief of the copy that has an annotation file."""

    seed: Path  # the seed file
    annotation_file: Path  # annotations/<slug>.yml
    article: Article  # the parsed seed
    anchored: tuple[AnchoredNote, ...]  # its notes that anchor, in reading order


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one simulated pull request changed, for the build to look for."""

    brief: str = ""  # slug of the brief the pull request touched or added
    marker: str = ""  # an HTML fragment the brief's built page must then hold


def run_briefs(project: Path, *args: str) -> subprocess.CompletedProcess:
    return briefs_command(*args, cwd=project)


def annotated_briefs(project: Path) -> list[AnnotatedBrief]:
    """Every brief of `project` with an annotation file, in slug order."""
    settings = settings_from_config_file(project / "mkdocs.yml")
    briefs = []
    for seed in seed_files(settings):
        annotation_file = settings.annotations_path / f"{seed.stem}.yml"
        if not annotation_file.exists():
            continue
        try:
            article = parse_source(seed, settings.relative(seed))
        except SourceError:
            continue  # the check reports it; it is no place for a contribution
        display = settings.relative(annotation_file)
        annotation, _ = load_annotation(annotation_file, display)
        anchored, _ = anchor_notes(article, annotation.notes, display, settings.notes_threshold)
        briefs.append(AnnotatedBrief(seed, annotation_file, article, tuple(anchored)))
    return briefs


# (a) A new note on an existing brief ------------------------------------------------------


def add_note(project: Path, _work: Path) -> Contribution:
    """Add a note quoting words of the first brief that has a free, unique run of words."""
    for brief in annotated_briefs(project):
        quote = free_quote(brief)
        if quote is not None:
            write_note(brief.annotation_file, quote)
            annotation, _ = load_annotation(brief.annotation_file, "x")
            assert NOTE_ID in [note.note_id for note in annotation.notes], "the note was not written where YAML reads it"
            return Contribution(brief.seed.stem, f'id="note-{NOTE_ID}"')
    pytest.fail("no annotated brief has six words in a row that occur once and no note quotes")


def free_quote(brief: AnnotatedBrief) -> str | None:
    """NOTE_WORDS words of one paragraph that occur once in the article and overlap no note's quote."""
    text = brief.article.text
    taken = [(note.text_start, note.text_end) for note in brief.anchored]
    for paragraph in brief.article.paragraphs:
        words = list(re.finditer(r"\S+", paragraph.text))
        for first in range(len(words) - NOTE_WORDS + 1):
            quote = paragraph.text[words[first].start():words[first + NOTE_WORDS - 1].end()]
            anchoring = anchor_quote(text, TextQuoteSelector(quote))
            if anchoring.status != "exact":
                continue
            start, end = anchoring.match.start, anchoring.match.end
            if all(end <= taken_start or taken_end <= start for taken_start, taken_end in taken):
                return quote
    return None


def write_note(annotation_file: Path, quote: str) -> None:
    """Insert a note as a contributor would: a new item at the head of the `notes:` list."""
    text = annotation_file.read_text(encoding="utf-8")
    found = re.search(r"^notes:[ \t]*(\[\])?[ \t]*(#.*)?$", text, re.MULTILINE)
    if found is None:
        text = text.rstrip("\n") + "\nnotes:\n" + note_lines(quote, "  ")
    elif found.group(1):
        text = text[:found.start()] + "notes:\n" + note_lines(quote, "  ") + text[found.end() + 1:]
    else:
        following = text[found.end() + 1:]
        item = re.search(r"^([ \t]*)- ", following, re.MULTILINE)
        indent = item.group(1) if item else "  "
        text = text[:found.end() + 1] + note_lines(quote, indent) + following
    annotation_file.write_text(text, encoding="utf-8")


def note_lines(quote: str, indent: str) -> str:
    lines = [
        f"- id: {NOTE_ID}",
        f"  quote: {json.dumps(quote, ensure_ascii=False)}",  # a JSON string is a YAML double-quoted scalar
        "  type: context",
        "  body: |",
        "    A contributor's context on these words, added by a simulated pull request.",
        "  sources:",
        "    - title: Example source",
        "      url: https://example.org/source",
    ]
    return "".join(f"{indent}{line}\n" for line in lines)


# (b) A new glossary entry -------------------------------------------------------------------


def add_term(project: Path, _work: Path) -> Contribution:
    (project / "glossary" / f"{TERM_SLUG}.yml").write_text(TERM, encoding="utf-8")
    glossary, _ = load_glossary(settings_from_config_file(project / "mkdocs.yml"))
    assert TERM_SLUG in glossary.terms
    return Contribution()


# (c) A new article, through `python -m briefs add` -------------------------------------------


def add_article(project: Path, work: Path) -> Contribution:
    article = work / "ferry-night-crossings.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run_briefs(project, "add", str(article), "--url", "https://english.kyodonews.net/news/2025/03/ferry.html",
                        "--source", "Kyodo News")
    assert result.returncode == 0, result.stderr
    seed = re.search(r"^added seeds/(\S+)", result.stdout, re.MULTILINE).group(1)
    slug = Path(seed).stem
    assert (project / "seeds" / seed).is_file() and (project / "annotations" / f"{slug}.yml").is_file()
    return Contribution(slug, "Ferry Operators to Add Night Crossings to Southern Islands")


# (d) A seed correction: one word of a noted quote changes ------------------------------------


@dataclass(frozen=True, slots=True)
class Correction:
    """One word changed in a seed, inside the quote of one note."""

    brief: AnnotatedBrief  # the brief whose seed changed
    note: AnchoredNote  # the note whose quote no longer matches word for word
    word: str  # the word the seed said before


def correct_seed(project: Path, _work: Path, slug: str | None = None) -> Contribution:
    """Change a word of a noted quote in its seed (of brief `slug`, or any), then fix the annotation as the check says."""
    correction = choose_correction(project, slug)
    note = correction.note.note
    relative = correction.brief.annotation_file.relative_to(project).as_posix()
    result = run_briefs(project, "check")
    assert result.returncode != 0, f"a quote no longer in the seed must fail the check:\n{result.stderr}"
    problem = next((line for line in result.stderr.splitlines() if line.startswith(f"{relative}:{note.line}: ")), None)
    assert problem is not None, f"no problem names {relative}:{note.line}:\n{result.stderr}"
    assert FIX_HINT in problem, f"the problem gives no replacement to put in the file:\n{problem}"
    apply_fix(correction.brief.annotation_file, note.line, suggested_selector(problem))
    return Contribution(correction.brief.seed.stem, f'id="quote-{note.note_id}"')


def choose_correction(project: Path, slug: str | None = None) -> Correction:
    """Change one word inside the longest noted quote that a text seed holds once, word for word."""
    choices = correction_choices(project, slug)
    if not choices and slug is None:  # no live note fits: a contributor's new note is corrected instead
        add_note(project, project)
        choices = correction_choices(project)
    assert choices, "no noted quote in a text seed has an inner word of five letters or more"
    chosen = max(choices, key=lambda choice: len(choice.note.exact))
    raw = _seed_text(chosen.brief.seed)
    start = raw.index(chosen.note.exact)
    corrected = re.sub(rf"\b{chosen.word}\b", CORRECTED_WORD, chosen.note.exact, count=1)
    chosen.brief.seed.write_bytes((raw[:start] + corrected + raw[start + len(chosen.note.exact):]).encode("utf-8"))
    return chosen


def correction_choices(project: Path, slug: str | None = None) -> list[Correction]:
    """Each note whose quote a text seed holds once, word for word, with the word to change in it."""
    choices = []
    for brief in annotated_briefs(project):
        if slug is not None and brief.seed.stem != slug:
            continue
        raw = _seed_text(brief.seed)
        for anchored in brief.anchored:
            word = inner_word(anchored.exact)
            if raw is not None and word and raw.count(anchored.exact) == 1:
                choices.append(Correction(brief, anchored, word))
    return choices


def _seed_text(seed: Path) -> str | None:
    """A text seed's exact characters (line ends kept), or None for an HTML or non-UTF-8 seed."""
    if seed.suffix != ".txt":
        return None
    try:
        return seed.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return None


def inner_word(quote: str) -> str | None:
    """A lower-case word of five letters or more, neither the quote's first nor its last word."""
    words = quote.split()
    inner = [word for word in words[1:-1] if re.fullmatch(r"[a-z]{5,}", word) and word != CORRECTED_WORD]
    return max(inner, key=len) if len(words) >= 4 and inner else None


def suggested_selector(problem: str) -> dict[str, str]:
    """The keys and values after "put in the file:", e.g. {"quote": "…", "prefix": "…"}."""
    rest = problem.split(FIX_HINT, 1)[1]
    decoder, selector = json.JSONDecoder(), {}
    while (found := re.match(r"\s*,?\s*(quote|prefix|suffix): ", rest)):
        selector[found.group(1)], end = decoder.raw_decode(rest, found.end())
        rest = rest[end:]
    assert "quote" in selector, f"no quote to put in the file:\n{problem}"
    return selector


def apply_fix(annotation_file: Path, line: int, selector: dict[str, str]) -> None:
    """Write each key of `selector` in the note whose `quote:` is on `line`, as a contributor pastes it."""
    lines = annotation_file.read_text(encoding="utf-8").splitlines(keepends=True)
    column = lines[line - 1].index("quote:")
    first, last = note_extent(lines, line - 1, column)
    for key, value in selector.items():
        written = " " * column + f"{key}: {json.dumps(value, ensure_ascii=False)}\n"
        at = next((index for index in range(first, last) if lines[index][column:].startswith(f"{key}:")
                   and not lines[index][:column].strip(" -")), None)
        if at is None:
            lines.insert(line, written)
            last += 1
        else:
            end = _value_end(lines, at, column)
            lines[at:end] = [written]
            last -= end - at - 1
    annotation_file.write_text("".join(lines), encoding="utf-8")


def note_extent(lines: list[str], index: int, column: int) -> tuple[int, int]:
    """The lines [first, last) of the note (a list item) whose keys start at `column`, around `index`."""
    first = index
    while first > 0 and not lines[first][column - 2:column] == "- ":
        first -= 1
    last = index + 1
    while last < len(lines) and (not lines[last].strip() or _indent(lines[last]) >= column):
        last += 1
    return first, last


def _value_end(lines: list[str], index: int, column: int) -> int:
    """One past the last line of the value that starts on `index` (continuation lines are deeper)."""
    end = index + 1
    while end < len(lines) and lines[end].strip() and _indent(lines[end]) > column:
        end += 1
    return end


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


# The pull requests --------------------------------------------------------------------------

CONTRIBUTIONS: dict[str, Callable[[Path, Path], Contribution]] = {
    "seed-correction": correct_seed,  # first: the other contributions quote the corrected text
    "new-note": add_note,
    "new-term": add_term,
    "new-article": add_article,
}


def test_the_live_content_passes_the_check_before_any_pull_request(tmp_path):
    # When this fails, the cases below fail for the same reason: the live content, not a contribution.
    result = run_briefs(copy_live_project(tmp_path / "project"), "check")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name", list(CONTRIBUTIONS))
def test_each_pull_request_passes_the_check(name, tmp_path):
    project = copy_live_project(tmp_path / "project")
    CONTRIBUTIONS[name](project, tmp_path)
    result = run_briefs(project, "check")
    assert result.returncode == 0, result.stderr


def test_all_pull_requests_together_pass_the_check_and_the_strict_build(tmp_path):
    project = copy_live_project(tmp_path / "project")
    made = [contribute(project, tmp_path) for contribute in CONTRIBUTIONS.values()]
    result = run_briefs(project, "check")
    assert result.returncode == 0, result.stderr
    built = mkdocs_build(project, tmp_path / "site")
    assert built.returncode == 0, built.stderr[-3000:]
    site = tmp_path / "site"
    assert_every_page_renders(project, site)
    for contribution in made:
        if contribution.brief:
            assert contribution.marker in brief_page(site, contribution.brief), contribution
    new_brief = made[list(CONTRIBUTIONS).index("new-article")].brief
    term_page = (site / "glossary" / TERM_SLUG / "index.html").read_text(encoding="utf-8")
    assert f'href="../../briefs/{new_brief}/"' in term_page  # the new term lists the new brief
    assert f"glossary/{TERM_SLUG}/" in brief_page(site, new_brief)  # and the brief links the term


def test_a_new_brief_takes_its_first_note_and_then_a_seed_correction(tmp_path):
    # `briefs add` writes `notes: []`; the first note replaces it, and the correction finds that note.
    project = copy_live_project(tmp_path / "project")
    slug = add_article(project, tmp_path).brief
    brief = next(item for item in annotated_briefs(project) if item.seed.stem == slug)
    write_note(brief.annotation_file, free_quote(brief))
    first_note = run_briefs(project, "check")
    assert first_note.returncode == 0, first_note.stderr
    correct_seed(project, tmp_path, slug)
    result = run_briefs(project, "check")
    assert result.returncode == 0, result.stderr
    assert CORRECTED_WORD in (project / "annotations" / f"{slug}.yml").read_text(encoding="utf-8")


def assert_every_page_renders(project: Path, site: Path) -> None:
    """A page for each seed and each glossary entry: valid content of any size builds whole."""
    settings = settings_from_config_file(project / "mkdocs.yml")
    for seed in seed_files(settings):
        assert (site / "briefs" / seed.stem / "index.html").is_file(), seed.name
    for entry in settings.glossary_path.glob("*.yml"):
        assert (site / "glossary" / entry.stem / "index.html").is_file(), entry.name


def brief_page(site: Path, slug: str) -> str:
    return (site / "briefs" / slug / "index.html").read_text(encoding="utf-8")
