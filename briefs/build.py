"""The order of the stages, written once: read, find the facts, then render.

    seeds/X --parse--> Article --+-- annotations/X.yml --> Brief
    Brief --glossary, timeline, notes, related--> BriefFacts --render--> pages

Each stage is a function of what it needs, passed as arguments; no stage knows another.
The hook and the CLI both call `make_pages` (through `write_site` and `build_site`), so
the site and `python -m briefs render --out` always hold the same pages.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from briefs.content.annotations import empty_annotation, load_annotation
from briefs.content.glossary import Glossary, load_glossary
from briefs.errors import BriefsError, Problem, SourceError
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import BriefMentions, Matcher, mentions_of
from briefs.facts.notes import AnchoredNote, anchor_notes
from briefs.facts.related import Related, related_briefs
from briefs.facts.timeline import DateEvent, resolve_dates
from briefs.forked import can_fork, run_isolated
from briefs.model import Annotation, Article, Brief
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
# The name under which a `Memo` of `BuildCache` keeps its one value made from the whole site.
WHOLE = "whole"

Value = TypeVar("Value")


@dataclass(slots=True)
class Memo:
    """The last value made for each name, with the inputs it was made from (its key): the
    value is made again only when the key differs (`!=`). A name holds one value, so an
    edited file replaces its old result instead of adding to it."""

    entries: dict[str, tuple[object, object]] = field(default_factory=dict)  # name -> (key, value)

    def get(self, name: str, key: object, make: Callable[[], Value]) -> Value:
        entry = self.entries.get(name)
        if entry is None or entry[0] != key:
            entry = self.entries[name] = (key, make())
        return entry[1]  # type: ignore[return-value]

    def key_of(self, name: str) -> object:
        """The key `name`'s value was last made from (None when never)."""
        entry = self.entries.get(name)
        return entry[0] if entry else None


@dataclass(slots=True)
class BuildCache:
    """What survives between builds of one process (`mkdocs serve`), each result kept with
    the bytes it was made from (their SHA-256). A rebuild after editing one note parses no
    seed, resolves no date, reads no other annotation file and no glossary file, and finds
    no other brief's mentions or notes again; one after editing a glossary entry reads the
    glossary again and finds every brief's mentions again, but parses no seed.

    A single build fills it and reads nothing back: every key is new."""

    articles: dict[str, Article] = field(default_factory=dict)  # sha256 of seed bytes -> parsed article
    dates: dict[str, tuple[DateEvent, ...]] = field(default_factory=dict)  # sha256 of seed bytes -> its resolved dates
    # annotation file (as Problems name it) -> (Annotation, its problems), by the file's digest ("" when absent)
    annotations: Memo = field(default_factory=Memo)
    glossary: Memo = field(default_factory=Memo)  # WHOLE -> (Glossary, problems), by the folder's digest
    matcher: Memo = field(default_factory=Memo)  # WHOLE -> the glossary's Matcher, by the folder's digest
    mentions: Memo = field(default_factory=Memo)  # slug -> (BriefMentions, problems), by seed, annotation, glossary
    notes: Memo = field(default_factory=Memo)  # slug -> (anchored notes, problems), by seed, annotation, threshold
    related: Memo = field(default_factory=Memo)  # WHOLE -> slug -> related briefs, by every brief's title and terms

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
    annotation, found = read_annotation(settings.annotations_path / f"{seed.stem}.yml", settings, cache)
    problems.extend(found)
    return Brief(slug=seed.stem, seed_path=display, seed_sha256=digest, article=article, annotation=annotation)


def read_annotation(file: Path, settings: Settings, cache: BuildCache) -> tuple[Annotation, tuple[Problem, ...]]:
    """A brief's annotation file and its problems (an empty annotation when there is none),
    read again only when its bytes changed since `cache` last read it.

    The loader reads the file a second time. A file saved in between is kept as saved but
    under the earlier bytes' digest: the rebuild that the save starts under `mkdocs serve`
    sees another digest and reads it again.
    """
    display = settings.relative(file)
    try:
        digest = hashlib.sha256(file.read_bytes()).hexdigest()
    except FileNotFoundError:
        return cache.annotations.get(display, "", lambda: (empty_annotation(display), ()))
    except OSError:  # unreadable: the loader says why; a key equal to no other keeps nothing made from it
        return cache.annotations.get(display, object(), lambda: _loaded(load_annotation(file, display)))
    return cache.annotations.get(display, digest, lambda: _loaded(load_annotation(file, display)))


def _loaded(found: tuple[Annotation, list[Problem]]) -> tuple[Annotation, tuple[Problem, ...]]:
    return found[0], tuple(found[1])


def folder_digest(folder: Path) -> str:
    """One SHA-256 over the name and bytes of every file in `folder` (not below it): what
    `load_glossary` reads, and more, so a change it would see always changes the digest."""
    digest = hashlib.sha256()
    files = sorted(path for path in folder.iterdir() if path.is_file()) if folder.is_dir() else []
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:  # unreadable: a digest no later build repeats, so the loader reports it each time
            digest.update(os.urandom(32))
    return digest.hexdigest()


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


@dataclass(frozen=True, slots=True)
class Recall:
    """Where a stage finds each brief's result of the last build: kept in `memo` while what
    the result was made from, `inputs_of(brief)`, is unchanged."""

    memo: Memo  # slug -> (inputs, result)
    inputs_of: Callable[[Brief], object]  # everything the stage reads for one brief, to compare with ==

    def get(self, brief: Brief, make: Callable[[], Value]) -> Value:
        return self.memo.get(brief.slug, self.inputs_of(brief), make)


def _recalled(recall: Recall | None, brief: Brief, make: Callable[[], Value]) -> Value:
    return recall.get(brief, make) if recall else make()


def glossary_stage(briefs: list[Brief], glossary: Glossary, root: Path, problems: list[Problem],
                   recall: Recall | None = None, matcher: Callable[[], Matcher] | None = None) -> dict[str, BriefMentions]:
    """Each brief's glossary mentions (one matcher for all); bad pins go to `problems`.

    Args:
        recall: each brief's mentions of the last build, kept while its inputs are unchanged.
        matcher: makes the glossary's matcher (default: a new one), called only when a
            brief's mentions must be found.
    """
    the_matcher = functools.cache(matcher or (lambda: Matcher(glossary)))
    found = {}
    for brief in briefs:
        found[brief.slug], more = _recalled(recall, brief, lambda brief=brief: mentions_of(brief, the_matcher(), root))
        problems.extend(more)
    return found


def timeline_stage(briefs: list[Brief], cache: BuildCache) -> dict[str, tuple[DateEvent, ...]]:
    """Each brief's dated expressions, resolved (kept in `cache` by the seed's bytes)."""
    return {brief.slug: cache.events(brief.seed_sha256, lambda brief=brief: resolve_dates(brief.article))
            for brief in briefs}


def notes_stage(briefs: list[Brief], threshold: float, problems: list[Problem],
                recall: Recall | None = None) -> dict[str, tuple[AnchoredNote, ...]]:
    """Each brief's notes anchored in its article; every note that is not goes to `problems`.
    With `recall`, a brief whose inputs are unchanged keeps its last notes."""
    found = {}
    for brief in briefs:
        anchored, more = _recalled(recall, brief, lambda brief=brief: anchor_notes(
            brief.article, brief.annotation.notes, brief.annotation.path, threshold))
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
    """Run every stage, in order, on every brief; the problems go to `problems`.

    What `cache` kept from the last build is used where its inputs are unchanged: the
    glossary, each brief's mentions and notes, every brief's related briefs.
    """
    digest, glossary, more = read_glossary(settings, cache)
    problems.extend(more)
    mentions = glossary_stage(briefs, glossary, settings.root, problems,
                              Recall(cache.mentions, lambda brief: (_file_inputs(brief, cache), digest, settings.root)),
                              lambda: cache.matcher.get(WHOLE, digest, lambda: Matcher(glossary)))
    events = timeline_stage(briefs, cache)
    notes = notes_stage(briefs, settings.notes_threshold, problems,
                        Recall(cache.notes, lambda brief: (_file_inputs(brief, cache), settings.notes_threshold)))
    shared = (digest, tuple((brief.slug, brief.title, mentions[brief.slug].terms) for brief in briefs))
    related = cache.related.get(WHOLE, shared, lambda: related_stage(briefs, mentions, glossary))
    facts = [BriefFacts(brief, mentions[brief.slug], events[brief.slug], notes[brief.slug], related[brief.slug])
             for brief in briefs]
    return facts, glossary


def read_glossary(settings: Settings, cache: BuildCache) -> tuple[str, Glossary, tuple[Problem, ...]]:
    """The glossary folder's digest, and its terms and problems, read again only when the
    digest changed since `cache` last read it."""
    digest = folder_digest(settings.glossary_path)
    glossary, problems = cache.glossary.get(WHOLE, (digest, settings.root), lambda: _loaded(load_glossary(settings)))
    return digest, glossary, problems


def _file_inputs(brief: Brief, cache: BuildCache) -> tuple[str, object]:
    """What a brief was read from: its seed's digest and its annotation file's (`read_annotation`)."""
    return brief.seed_sha256, cache.annotations.key_of(brief.annotation.path)


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
    facts, glossary, problems = gather_facts(settings, cache, found)
    if not preview and any(problem.is_error for problem in problems):
        raise BriefsError(problems)
    if preview and problems:
        sink = with_problem_boxes(sink, problems, settings)
    for uri, text in render_site(facts, glossary, settings, existing_pages):
        sink(uri, text)
    return facts, tuple(problem for problem in problems if preview or not problem.is_error)


def gather_facts(settings: Settings, cache: BuildCache,
                 found: Iterable[Problem] = ()) -> tuple[list[BriefFacts], Glossary, list[Problem]]:
    """Every brief with its facts, the glossary, and every problem: `found`, then the build's."""
    problems = list(found)
    briefs = load_briefs(settings, cache, problems)
    facts, glossary = find_facts(briefs, settings, cache, problems)
    if not settings.site_url:
        problems.append(Problem("mkdocs.yml", None, "site_url is not set, so the feed is not written",
                                "set site_url to the site's public address", severity="warning"))
    return facts, glossary, problems


def with_problem_boxes(sink: PageSink, problems: list[Problem], settings: Settings) -> PageSink:
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
