"""The order of the stages, written once: load, parse, then each enrichment, then render.

    seeds/X --parse--> Article --+-- annotations/X.yml --+--> Brief --render--> Markdown pages

Each enrichment stage takes the list of briefs and the shared build context and returns
new briefs; `STAGES` lists them in order. The hook and the CLI both call `build_site`, so
the site and `python -m briefs render --out` always hold the same pages.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from briefs.content.annotations import empty_annotation, load_annotation
from briefs.render.archive import archive_uri, render_archive
from briefs.errors import BriefsError, Problem, SourceError
from briefs.render.feed import FEED_URI, render_feed
from briefs.content.glossary import Glossary
from briefs.forked import can_fork, run_isolated, start_isolated
from briefs.facts.mentions import Mention, link_terms
from briefs.model import Article, Brief
from briefs.facts.notes import notes_stage
from briefs.sources.pasted_text import HTML_SUFFIXES, parse_source
from briefs.facts.related import add_related
from briefs.render.brief import brief_uri, narrow_page, render_brief, render_home, render_problem_box, with_problem_box
from briefs.render.sanitize import render_note_body
from briefs.sources.sentences import split_sentences
from briefs.settings import Settings
from briefs.render.terms import glossary_pages
from briefs.facts.timeline import DateEvent, resolve_dates
from briefs.render.timeline import add_timeline, release_timeline_caches, timeline_pages

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


# (brief, paragraph index, start, end) -> [(term name, term page src_uri), ...]
SentenceTerms = Callable[[Brief, int, int, int], Sequence[tuple[str, str]]]


@dataclass(slots=True)
class BuildContext:
    """Everything a stage may need beyond the briefs themselves."""

    settings: Settings
    problems: list[Problem] = field(default_factory=list)  # collected from every stage
    cache: BuildCache = field(default_factory=BuildCache)  # kept across builds by `mkdocs serve`
    glossary: Glossary = field(default_factory=Glossary)  # the build's glossary (set by the "glossary" stage)
    mentions: dict[str, tuple[Mention, ...]] = field(default_factory=dict)  # brief slug -> its term mentions
    timeline: dict[str, tuple[DateEvent, ...]] = field(default_factory=dict)  # brief slug -> its dates (timeline stage)
    # Glossary terms named in paragraph `p` of a brief between `start` and `end`, as (name,
    # term page src_uri) in text order; set by the glossary stage, read by the timeline page.
    sentence_terms: SentenceTerms | None = None
    # Filled by the glossary stage; read by the related-briefs stage (briefs.facts.related.add_related):
    brief_terms: dict[str, frozenset[str]] = field(default_factory=dict)  # brief slug -> term slugs it mentions
    term_names: dict[str, str] = field(default_factory=dict)  # term slug -> display name ("Senkaku Islands")
    # Source paths of every page of the site, hand-written and generated; set before the home page is built.
    available_pages: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class SiteBuild:
    """The result of a build: pages by site path, and the warnings to show."""

    briefs: tuple[Brief, ...]
    pages: dict[str, str]  # src_uri ("briefs/x.md") -> Markdown
    warnings: tuple[Problem, ...]


Stage = Callable[[list[Brief], BuildContext], list[Brief]]
# A page builder gives (site path, Markdown) pairs, as a mapping or one pair at a time.
PageBuilder = Callable[[list[Brief], BuildContext], Mapping[str, str] | Iterable[tuple[str, str]]]
# Where each finished page goes: into a dict (`build_site`) or a file (`write_site`).
PageSink = Callable[[str, str], None]

# Enrichment stages, in order: each takes every brief and returns them enriched.
STAGES: list[tuple[str, Stage]] = [
    ("glossary", link_terms),
    ("timeline", add_timeline),
    ("notes", notes_stage),
    ("related", add_related),  # after the glossary stage: it reads context.brief_terms
]


def _home_page(briefs: list[Brief], context: BuildContext) -> dict[str, str]:
    settings = context.settings
    return {"index.md": render_home(briefs, settings.briefs_uri, settings.home_latest, context.available_pages)}


def _brief_pages(briefs: list[Brief], context: BuildContext) -> Iterator[tuple[str, str]]:
    # One at a time: a write can take each page before the next is made (10,000 of them).
    uri = context.settings.briefs_uri
    return ((brief_uri(brief, uri), render_brief(brief, uri)) for brief in briefs)


def _feed(briefs: list[Brief], context: BuildContext) -> dict[str, str]:
    settings = context.settings
    if not settings.site_url:
        context.problems.append(Problem("mkdocs.yml", None, "site_url is not set, so the feed is not written",
                                        "set site_url to the site's public address", severity="warning"))
        return {}
    return {FEED_URI: render_feed(briefs, settings.site_url, settings.site_name, settings.briefs_uri)}


def _archive_page(briefs: list[Brief], context: BuildContext) -> dict[str, str]:
    uri = context.settings.briefs_uri
    return {archive_uri(uri): render_archive(briefs, uri)}


# Producers of pages, each given every enriched brief (site-wide pages need them all).
PAGE_BUILDERS: list[tuple[str, PageBuilder]] = [
    ("briefs", _brief_pages),
    ("glossary", glossary_pages),
    ("timeline", timeline_pages),
    ("feed", _feed),
    ("archive", _archive_page),
]
# Built last, when every other page is known: the home page links the index pages that exist.
HOME_BUILDER: tuple[str, PageBuilder] = ("home", _home_page)
# Builders that only read the context (no problems to add), so a forked child can run them
# while this process runs the others: the term pages are the costliest of all.
CHILD_BUILDERS = frozenset({"glossary"})
# Up to this many briefs only. A forked child shares its parent's memory until it writes to
# it, and CPython writes to every object it reads (reference counts): at 10,000 briefs the
# term-page child copied about a gigabyte and the build peaked at 2.2 GB. Beyond this size
# memory matters more than the second or so the child saves (1.3 s at 1,000 briefs).
MOST_BRIEFS_FOR_CHILD_BUILDERS = 2500


def seed_files(settings: Settings) -> list[Path]:
    """Seed files in name order (stable across machines)."""
    if not settings.seeds_path.is_dir():
        return []
    return sorted(path for path in settings.seeds_path.iterdir() if path.suffix.lower() in SEED_SUFFIXES and path.is_file())


def read_seed(seed: Path) -> tuple[bytes, str]:
    """A seed's bytes and their SHA-256, the key every cache of it uses."""
    data = seed.read_bytes()
    return data, hashlib.sha256(data).hexdigest()


def load_brief(seed: Path, context: BuildContext, cache: BuildCache) -> Brief:
    """Parse one seed and read its annotation file."""
    settings = context.settings
    data, digest = read_seed(seed)
    display = settings.relative(seed)
    article = cache.article(digest, lambda: parse_source(data, display))
    annotation_file = settings.annotations_path / f"{seed.stem}.yml"
    annotation_display = settings.relative(annotation_file)
    if annotation_file.exists():
        annotation, problems = load_annotation(annotation_file, annotation_display)
        context.problems.extend(problems)
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


def load_briefs(context: BuildContext, cache: BuildCache) -> list[Brief]:
    briefs = []
    seeds = seed_files(context.settings)
    context.problems.extend(duplicate_slug_problems(seeds, context.settings))
    for seed in seeds:
        problem = slug_problem(seed, context.settings.relative(seed))
        if problem:
            context.problems.append(problem)
            continue
        try:
            briefs.append(load_brief(seed, context, cache))
        except SourceError as err:
            context.problems.extend(err.problems)
    return briefs


def _page_items(pages: Mapping[str, str] | Iterable[tuple[str, str]]) -> Iterable[tuple[str, str]]:
    return pages.items() if isinstance(pages, Mapping) else pages


def _emit(builder: PageBuilder, briefs: list[Brief], context: BuildContext, sink: PageSink) -> list[str]:
    """Hand each page of `builder` to `sink`, narrowed (`narrow_page`); return their paths."""
    uris = []
    for uri, text in _page_items(builder(briefs, context)):
        sink(uri, narrow_page(text) if uri.endswith(".md") else text)
        uris.append(uri)
    return uris


def _emit_pages(briefs: list[Brief], context: BuildContext, sink: PageSink, processes: int) -> list[str]:
    # With processes, `CHILD_BUILDERS` run in forked children that hand their pages to the
    # same sink: only a sink that writes files may be shared so (a dict would stay in the child).
    children = []
    if processes > 1 and can_fork() and len(briefs) <= MOST_BRIEFS_FOR_CHILD_BUILDERS:
        children = [start_isolated(_emit, builder, briefs, context, sink) for name, builder in PAGE_BUILDERS
                    if name in CHILD_BUILDERS]
    uris: list[str] = []
    for name, builder in PAGE_BUILDERS:
        if not children or name not in CHILD_BUILDERS:
            log.debug("pages %s", name)
            uris += _emit(builder, briefs, context, sink)
    for child in children:
        uris += child.result()
    return uris


def release_caches() -> None:
    """Empty the caches that speed up rebuilds (sentences, rendered sentences and note bodies).

    A single `mkdocs build` calls this once its pages are made: at 10,000 briefs they hold
    hundreds of megabytes MkDocs can use while it renders. `mkdocs serve` keeps them.
    """
    split_sentences.cache_clear()
    render_note_body.cache_clear()
    release_timeline_caches()


def build_site(settings: Settings, cache: BuildCache | None = None, existing_pages: Iterable[str] = (),
               found: Iterable[Problem] = ()) -> SiteBuild:
    """Build every generated page, in memory.

    Args:
        settings: the project's options.
        cache: parsed seeds kept from an earlier build, if any.
        existing_pages: source paths of the hand-written pages (`docs/`), e.g. "tags.md".
        found: problems found before the build (the check's rules that read no seed).

    Raises:
        BriefsError: any file has an error; all problems are listed, not only the first.
    """
    pages: dict[str, str] = {}
    briefs, warnings = make_pages(settings, pages.__setitem__, cache, existing_pages, found=found)
    return SiteBuild(tuple(briefs), dict(sorted(pages.items())), warnings)


def make_pages(settings: Settings, sink: PageSink, cache: BuildCache | None = None,
               existing_pages: Iterable[str] = (), processes: int = 1, preview: bool = False,
               found: Iterable[Problem] = ()) -> tuple[list[Brief], tuple[Problem, ...]]:
    """Build every generated page and hand each to `sink` as soon as it is made.

    Returns the enriched briefs and the problems that did not stop the build: warnings,
    and under `preview` the errors too. With `processes` above 1 (only from a
    single-threaded process, never inside `mkdocs serve`, which runs threads), some pages
    are made in forked children, so `sink` must write files.

    Args:
        preview: build despite errors (for `mkdocs serve`), showing each problem in a box
            on the page of the file it is in, and every problem on the home page.
        found: problems found before the build (the check's rules that read no seed).

    Raises:
        BriefsError: any file has an error (not under `preview`); all problems are listed.
    """
    context = BuildContext(settings, problems=list(found), cache=cache or BuildCache())
    briefs = load_briefs(context, context.cache)
    for name, stage in STAGES:
        log.debug("stage %s on %d briefs", name, len(briefs))
        briefs = stage(briefs, context)
    errors = [problem for problem in context.problems if problem.is_error]
    if errors and not preview:
        raise BriefsError(context.problems)
    if preview and context.problems:
        sink = _with_problem_boxes(sink, context.problems, settings)
    uris = _emit_pages(briefs, context, sink, processes)
    context.available_pages = frozenset(existing_pages) | frozenset(uris)
    _emit(HOME_BUILDER[1], briefs, context, sink)
    return briefs, tuple(problem for problem in context.problems if preview or not problem.is_error)


HOME_PAGE = "index.md"


def _with_problem_boxes(sink: PageSink, problems: list[Problem], settings: Settings) -> PageSink:
    """A sink that puts each problem on the page of its file, and all of them on the home page."""
    by_page: dict[str, list[Problem]] = {}
    for problem in problems:
        by_page.setdefault(page_of_file(problem.path, settings), []).append(problem)

    def boxed(uri: str, text: str) -> None:
        if uri == HOME_PAGE:
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
    return HOME_PAGE


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


def write_site(settings: Settings, folder: Path, cache: BuildCache | None = None,
               existing_pages: Iterable[str] = (), preview: bool = False,
               found: Iterable[Problem] = ()) -> WrittenSite:
    """Build every page into `folder` (one UTF-8 file per site path) for MkDocs to read.

    MkDocs then reads each page when it renders it, as it reads `docs/`, instead of the
    build holding every page's Markdown a second time. Without a `cache` to fill for the
    next rebuild (a single `mkdocs build`), the pages are built in a forked child process
    (`briefs.forked`), so the memory parsing and rendering took is returned to the
    system before MkDocs starts; under `mkdocs serve` the cache lives here, so they are
    built in this process.

    Args:
        preview: build despite errors and show them on the pages (`make_pages`).
        found: problems found before the build (the check's rules that read no seed).

    Raises:
        BriefsError: any file has an error (not under `preview`); all problems are listed.
    """
    existing, found = tuple(existing_pages), tuple(found)
    if cache is not None:
        return _build_and_write(settings, folder, cache, existing, 1, preview, found)
    if can_fork():
        # The child is single-threaded, so it may fork again for side-by-side work.
        processes = settings.build_processes or usable_processors()
        return run_isolated(_build_and_write, settings, folder, BuildCache(), existing, processes, preview, found)
    written = _build_and_write(settings, folder, BuildCache(), existing, 1, preview, found)
    release_caches()  # a single build renders no page twice; MkDocs can use the memory
    return written


def _build_and_write(settings: Settings, folder: Path, cache: BuildCache, existing_pages: tuple[str, ...],
                     processes: int, preview: bool = False, found: tuple[Problem, ...] = ()) -> WrittenSite:
    fill_cache(settings, cache, processes)

    def write(src_uri: str, markdown: str) -> None:
        path = folder / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        # A private folder MkDocs reads once: no reader can see a half-written page, so
        # no atomic rename is needed here (unlike the project's own files).
        path.write_text(markdown, encoding="utf-8", newline="")

    _briefs, warnings = make_pages(settings, write, cache, existing_pages, processes, preview, found)
    # Listed from the folder: pages a forked child wrote are known only there.
    written = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())
    return WrittenSite(folder, tuple(written), warnings)


def usable_processors() -> int:
    """Processors this process may run on (a container may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def fill_cache(settings: Settings, cache: BuildCache, processes: int) -> None:
    """Parse every seed and resolve its dates in `processes` forked children, into `cache`.

    The two costliest steps of a build depend on a seed's bytes alone, so they can run side
    by side (this process and `processes - 1` forked children); the build that follows
    finds them in the cache, as a `mkdocs serve` rebuild does. A seed that fails here is
    left out: the build parses it again and reports it.
    With one process, or where fork is unavailable, nothing is done here.
    """
    if processes < 2 or not can_fork():
        return
    seeds = [seed for seed in seed_files(settings) if SLUG.match(seed.stem)]
    own_share, *other_shares = [seeds[index::processes] for index in range(processes)]
    # This process takes a share too: its results need no pickling.
    children = [start_isolated(_parse_and_date, settings, share) for share in other_shares if share]
    results = [_parse_and_date(settings, own_share)] + [child.result() for child in children]
    for digest, article, events in (item for result in results for item in result):
        cache.articles[digest] = article
        cache.dates[digest] = events


def _parse_and_date(settings: Settings, seeds: list[Path]) -> list[tuple[str, Article, tuple[DateEvent, ...]]]:
    done = []
    for seed in seeds:
        data, digest = read_seed(seed)
        try:
            article = parse_source(data, settings.relative(seed))
            done.append((digest, article, resolve_dates(article)))
        except BriefsError:
            continue  # reported by the build, which reads this seed again
    return done
