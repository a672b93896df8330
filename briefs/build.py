"""The order of the stages, written once: read, find the facts, then render.

    seeds/X --parse--> Article --+-- annotations/X.yml --> Brief
    Brief --glossary, timeline, notes, related--> BriefFacts --render--> pages

Each stage is a function of what it needs, passed as arguments; no stage knows another.
The hook and the CLI both call `make_pages` (through `write_site` and `build_site`), so
the site and `python -m briefs render --out` always hold the same pages.
"""

from __future__ import annotations

import hashlib
import logging
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from briefs.content.annotations import empty_annotation, load_annotation
from briefs.content.glossary import Glossary, load_glossary
from briefs.errors import BriefsError, Problem, SourceError
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import BriefMentions, Matcher, mentions_of
from briefs.facts.notes import AnchoredNote, anchor_notes
from briefs.facts.related import Related, related_briefs
from briefs.facts.timeline import DateEvent, resolve_dates
from briefs.forked import can_fork, run_isolated
from briefs.model import Article, Brief
from briefs.render.pages import render_site
from briefs.render.paths import HOME_URI
from briefs.render.problems import render_problem_box, with_problem_box
from briefs.settings import Settings
from briefs.sources.read import HTML_SUFFIXES, parse_source

log = logging.getLogger(__name__)

# Pasted text or a saved page; `briefs.sources.pasted_text.parse_source` picks the parser by suffix.
SEED_SUFFIXES = (".txt",) + HTML_SUFFIXES
# A slug becomes a folder of the site and part of every link to the brief: keep it plain.
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(slots=True)
class BuildCache:
    """What survives between builds of one process (`mkdocs serve`), by the seed's content
    hash: what depends on the seed's bytes alone. A rebuild after editing one note or one
    glossary entry parses no seed and resolves no date again."""

    articles: dict[str, Article] = field(default_factory=dict)  # sha256 of seed bytes -> parsed article
    dates: dict[str, tuple[DateEvent, ...]] = field(default_factory=dict)  # sha256 of seed bytes -> its resolved dates

    def article(self, digest: str, parse: Callable[[], Article]) -> Article:
        if digest not in self.articles:
            self.articles[digest] = parse()
        return self.articles[digest]

    def events(self, digest: str, resolve: Callable[[], tuple[DateEvent, ...]]) -> tuple[DateEvent, ...]:
        if not digest:  # a brief made in memory (tests) has no seed to key it by
            return resolve()
        if digest not in self.dates:
            self.dates[digest] = resolve()
        return self.dates[digest]


@dataclass(frozen=True, slots=True)
class SiteBuild:
    """The result of a build: pages by site path, and the warnings to show."""

    briefs: tuple[BriefFacts, ...]
    pages: dict[str, str]  # src_uri ("briefs/x.md") -> Markdown
    warnings: tuple[Problem, ...]


# Where each finished page goes: into a dict (`build_site`) or a file (`write_site`).
PageSink = Callable[[str, str], None]


def seed_files(settings: Settings) -> list[Path]:
    """Seed files in name order (stable across machines)."""
    if not settings.seeds_path.is_dir():
        return []
    return sorted(path for path in settings.seeds_path.iterdir() if path.suffix.lower() in SEED_SUFFIXES and path.is_file())


def read_seed(seed: Path) -> tuple[bytes, str]:
    """A seed's bytes and their SHA-256, the key every cache of it uses."""
    data = seed.read_bytes()
    return data, hashlib.sha256(data).hexdigest()


def load_brief(seed: Path, settings: Settings, cache: BuildCache, problems: list[Problem]) -> Brief:
    """Parse one seed and read its annotation file; the file's problems go to `problems`."""
    data, digest = read_seed(seed)
    display = settings.relative(seed)
    article = cache.article(digest, lambda: parse_source(data, display))
    annotation_file = settings.annotations_path / f"{seed.stem}.yml"
    annotation_display = settings.relative(annotation_file)
    if annotation_file.exists():
        annotation, found = load_annotation(annotation_file, annotation_display)
        problems.extend(found)
    else:
        annotation = empty_annotation(annotation_display)
    return Brief(slug=seed.stem, seed_path=display, seed_sha256=digest, article=article, annotation=annotation)


def slug_problem(seed: Path, display: str) -> Problem | None:
    """A Problem when the seed's file name cannot be a slug, else None."""
    if SLUG.match(seed.stem):
        return None
    return Problem(
        display, None, f"the file name {seed.stem!r} cannot be a brief's address",
        "rename it to lowercase letters, digits and hyphens, e.g. 2025-02-07-few-words" + seed.suffix,
    )


def duplicate_slug_problems(files: list[Path], settings: Settings, what: str = "seed") -> list[Problem]:
    """A Problem for each slug that two files share (`x.txt` and `x.html`): one brief each."""
    by_slug: dict[str, list[Path]] = {}
    for file in sorted(files):
        by_slug.setdefault(file.stem, []).append(file)
    return [
        Problem(settings.relative(paths[1]), None,
                f"two {what}s have the slug {slug!r}: {', '.join(settings.relative(path) for path in paths)}",
                "keep one, or rename the other")
        for slug, paths in sorted(by_slug.items())
        if len(paths) > 1
    ]


def load_briefs(settings: Settings, cache: BuildCache, problems: list[Problem]) -> list[Brief]:
    """Every seed with a good slug, parsed, with its annotation file; problems go to `problems`."""
    briefs = []
    seeds = seed_files(settings)
    problems.extend(duplicate_slug_problems(seeds, settings))
    for seed in seeds:
        problem = slug_problem(seed, settings.relative(seed))
        if problem:
            problems.append(problem)
            continue
        try:
            briefs.append(load_brief(seed, settings, cache, problems))
        except SourceError as err:
            problems.extend(err.problems)
    return briefs


# The stages ------------------------------------------------------------------------------


def glossary_stage(briefs: list[Brief], glossary: Glossary, root: Path,
                   problems: list[Problem]) -> dict[str, BriefMentions]:
    """Each brief's glossary mentions (one matcher for all); bad pins go to `problems`."""
    matcher = Matcher(glossary)
    found = {}
    for brief in briefs:
        found[brief.slug], more = mentions_of(brief, matcher, root)
        problems.extend(more)
    return found


def timeline_stage(briefs: list[Brief], cache: BuildCache) -> dict[str, tuple[DateEvent, ...]]:
    """Each brief's dated expressions, resolved (kept in `cache` by the seed's bytes)."""
    return {brief.slug: cache.events(brief.seed_sha256, lambda brief=brief: resolve_dates(brief.article))
            for brief in briefs}


def notes_stage(briefs: list[Brief], threshold: float, problems: list[Problem]) -> dict[str, tuple[AnchoredNote, ...]]:
    """Each brief's notes anchored in its article; every note that is not goes to `problems`."""
    found = {}
    for brief in briefs:
        anchored, more = anchor_notes(brief.article, brief.annotation.notes, brief.annotation.path, threshold)
        problems.extend(more)
        found[brief.slug] = tuple(anchored)
    return found


def related_stage(briefs: list[Brief], mentions: dict[str, BriefMentions],
                  glossary: Glossary) -> dict[str, tuple[Related, ...]]:
    """Each brief's related briefs, by the glossary terms they share."""
    return related_briefs(briefs, terms_of=lambda brief: mentions[brief.slug].terms,
                          names_of=lambda slug: glossary.terms[slug].term)


def find_facts(briefs: list[Brief], settings: Settings, cache: BuildCache,
               problems: list[Problem]) -> tuple[list[BriefFacts], Glossary]:
    """Run every stage, in order, on every brief; the problems go to `problems`."""
    glossary, more = load_glossary(settings)
    problems.extend(more)
    mentions = glossary_stage(briefs, glossary, settings.root, problems)
    events = timeline_stage(briefs, cache)
    notes = notes_stage(briefs, settings.notes_threshold, problems)
    related = related_stage(briefs, mentions, glossary)
    facts = [BriefFacts(brief, mentions[brief.slug], events[brief.slug], notes[brief.slug], related[brief.slug])
             for brief in briefs]
    return facts, glossary


# Building --------------------------------------------------------------------------------


def build_site(settings: Settings, cache: BuildCache | None = None, existing_pages: Iterable[str] = (),
               found: Iterable[Problem] = ()) -> SiteBuild:
    """Build every generated page, in memory.

    Args:
        settings: the project's options.
        cache: parsed seeds kept from an earlier build, to reuse and fill; a new one if not given.
        existing_pages: source paths of the hand-written pages (`docs/`), e.g. "tags.md".
        found: problems found before the build (the check's rules that read no seed).

    Raises:
        BriefsError: any file has an error; all problems are listed, not only the first.
    """
    pages: dict[str, str] = {}
    briefs, warnings = make_pages(settings, pages.__setitem__, cache or BuildCache(), existing_pages, found=found)
    return SiteBuild(tuple(briefs), dict(sorted(pages.items())), warnings)


def make_pages(settings: Settings, sink: PageSink, cache: BuildCache, existing_pages: Iterable[str] = (),
               preview: bool = False, found: Iterable[Problem] = ()) -> tuple[list[BriefFacts], tuple[Problem, ...]]:
    """Build every generated page and hand each to `sink` as soon as it is made.

    Returns every brief with its facts, and the problems that did not stop the build:
    warnings, and under `preview` the errors too.

    Args:
        cache: parsed seeds and resolved dates, reused and filled (`mkdocs serve` keeps one).
        preview: build despite errors (for `mkdocs serve`), showing each problem in a box
            on the page of the file it is in, and every problem on the home page.
        found: problems found before the build (the check's rules that read no seed).

    Raises:
        BriefsError: any file has an error (not under `preview`); all problems are listed.
    """
    problems = list(found)
    briefs = load_briefs(settings, cache, problems)
    facts, glossary = find_facts(briefs, settings, cache, problems)
    if not settings.site_url:
        problems.append(Problem("mkdocs.yml", None, "site_url is not set, so the feed is not written",
                                "set site_url to the site's public address", severity="warning"))
    if not preview and any(problem.is_error for problem in problems):
        raise BriefsError(problems)
    if preview and problems:
        sink = _with_problem_boxes(sink, problems, settings)
    for uri, text in render_site(facts, glossary, settings, existing_pages):
        sink(uri, text)
    return facts, tuple(problem for problem in problems if preview or not problem.is_error)


def _with_problem_boxes(sink: PageSink, problems: list[Problem], settings: Settings) -> PageSink:
    """A sink that puts each problem on the page of its file, and all of them on the home page."""
    by_page: dict[str, list[Problem]] = {}
    for problem in problems:
        by_page.setdefault(page_of_file(problem.path, settings), []).append(problem)

    def boxed(uri: str, text: str) -> None:
        if uri == HOME_URI:
            text = with_problem_box(text, render_problem_box(problems, "in the contributed files"))
        elif uri in by_page:
            text = with_problem_box(text, render_problem_box(by_page[uri], "in the files of this page"))
        sink(uri, text)

    return boxed


def page_of_file(path: str, settings: Settings) -> str:
    """The generated page a contributed file shows on: a brief's, a term's, else the home page."""
    folder, _, name = path.rpartition("/")
    stem = name.rsplit(".", 1)[0]
    if folder in (settings.seeds_dir, settings.annotations_dir) and SLUG.match(stem):
        return f"{settings.briefs_uri}/{stem}.md"
    if folder == settings.glossary_dir and SLUG.match(stem):
        return f"{settings.glossary_uri}/{stem}.md"
    return HOME_URI


@dataclass(frozen=True, slots=True)
class WrittenSite:
    """Pages written to a folder: where, which (site paths under it), and the warnings."""

    folder: Path
    pages: tuple[str, ...]  # src_uri ("briefs/x.md"), each a file under `folder`
    warnings: tuple[Problem, ...]


def pages_folder(settings: Settings) -> Path:
    """A new private folder for one build's pages, under the project's `.cache/briefs/`.

    Not the system temporary folder: that is often RAM-backed (tmpfs), and the pages of
    10,000 briefs are a third of a gigabyte.
    """
    parent = settings.root / ".cache" / "briefs"
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="pages-", dir=parent))


def write_site(settings: Settings, folder: Path, cache: BuildCache, existing_pages: Iterable[str] = (),
               preview: bool = False, found: Iterable[Problem] = (), *, isolated: bool) -> WrittenSite:
    """Build every page into `folder` (one UTF-8 file per site path) for MkDocs to read.

    MkDocs then reads each page when it renders it, as it reads `docs/`, instead of the
    build holding every page's Markdown a second time.

    Args:
        cache: parsed seeds and resolved dates to reuse and fill (see `BuildCache`).
        preview: build despite errors and show them on the pages (`make_pages`).
        found: problems found before the build (the check's rules that read no seed).
        isolated: build in a forked child (`briefs.forked`), so the memory that parsing and
            rendering took goes back to the system before MkDocs renders: for a single
            `mkdocs build`. Never under `mkdocs serve`, whose threads make fork unsafe and
            whose `cache` must be filled in this process. Ignored where fork is unavailable.

    Raises:
        BriefsError: any file has an error (not under `preview`); all problems are listed.
    """
    existing, found = tuple(existing_pages), tuple(found)
    if isolated and can_fork():
        return run_isolated(_build_and_write, settings, folder, cache, existing, preview, found)
    return _build_and_write(settings, folder, cache, existing, preview, found)


def _build_and_write(settings: Settings, folder: Path, cache: BuildCache, existing_pages: tuple[str, ...],
                     preview: bool, found: tuple[Problem, ...]) -> WrittenSite:
    written: list[str] = []

    def write(src_uri: str, markdown: str) -> None:
        path = folder / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        # A private folder MkDocs reads once: no reader can see a half-written page, so
        # no atomic rename is needed here (unlike the project's own files).
        path.write_text(markdown, encoding="utf-8", newline="")
        written.append(src_uri)

    _facts, warnings = make_pages(settings, write, cache, existing_pages, preview, found)
    return WrittenSite(folder, tuple(sorted(written)), warnings)
