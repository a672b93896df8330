"""The preview under `mkdocs serve`: after an edit, render only the pages whose inputs
changed, and write only the pages whose bytes changed, into one folder kept for the session.

With `--dirty`, MkDocs renders a page again only when its source file is newer than the
HTML it last built (`File.is_modified`, mkdocs/structure/files.py), so the pages this
module rewrites are the pages MkDocs renders again: a note edited in one brief rewrites
that brief's page; a glossary entry edited rewrites its term page and the pages whose
text it changes. Everything else stays as the last build left it, which is what a clean
build would give, because each page is rendered again whenever anything it is rendered
from differs:

- a brief's page: its own facts, the glossary terms it mentions, the options, and the
  problems shown on it;
- the index pages (term pages, glossary index, timeline, feed, list of all briefs): every
  brief's facts except its notes, the glossary, the options, and their problems;
- the home page: rendered every time (it costs little), written only when it changed.

"Differs" is `!=` on frozen dataclasses: compared by value, and quickly where the
`BuildCache` handed back the very object of the last build.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from briefs.build import (
    BuildCache, Memo, WrittenSite, gather_facts, page_of_file, read_annotation, read_glossary, with_problem_boxes,
)
from briefs.contribute.check import CheckRun, build_checks
from briefs.content.glossary import Glossary
from briefs.model import Annotation
from briefs.errors import Problem
from briefs.facts.brief_facts import BriefFacts
from briefs.render.pages import render_brief_page, render_home_page, render_index_pages
from briefs.render.paths import HOME_URI, brief_uri
from briefs.render.timeline import DateMarks
from briefs.settings import Settings

log = logging.getLogger(__name__)

# The name of the index pages' group in `PreviewMemory.inputs` (never a page's site path).
INDEX = "(index pages)"
_NEVER = object()  # what no inputs equal: a page not rendered yet


@dataclass(slots=True)
class PreviewMemory:
    """What the last preview build rendered each page from; kept by the hook for the session."""

    inputs: dict[str, object] = field(default_factory=dict)  # brief page's site path, or INDEX -> its inputs
    index_pages: tuple[str, ...] = ()  # site paths of the index pages when last rendered
    pages: frozenset[str] = frozenset()  # site paths of every page in the folder
    tagged: object = _NEVER  # every tagged brief's page, title and tags (`tagged_briefs`) when last written
    key_lines: Memo = field(default_factory=Memo)  # annotation file -> where its keys are, by its digest


@dataclass(frozen=True, slots=True)
class PageChanges:
    """What one preview build did to the pages folder."""

    written: tuple[str, ...]  # site paths whose file was written: new, or different bytes
    removed: tuple[str, ...]  # site paths whose file was deleted: the page is gone
    # A brief's tags or title changed, or a tagged brief came or went: Material's tags page,
    # which lists every tagged page by title, must be rendered again from every page.
    tags_changed: bool = False


def write_preview(settings: Settings, folder: Path, cache: BuildCache, memory: PreviewMemory,
                  existing_pages: Iterable[str] = ()) -> tuple[WrittenSite, PageChanges]:
    """Bring `folder` up to date with the project: render the pages whose inputs changed since
    `memory`'s build, write those whose bytes changed, delete those that are gone.

    Runs the checks a build runs (`build_checks`), reading the files through `cache` too.
    Errors do not stop it: each problem is shown on its page, as `make_pages` does under
    `preview`. `folder` must be this session's (the pages of the last call are compared).

    Returns:
        Every page of the site (written or not) with the problems, and what changed.
    """
    existing = frozenset(existing_pages)
    found = build_checks(settings, CachedCheckRun(settings, cache=cache, lines=memory.key_lines))
    facts, glossary, problems = gather_facts(settings, cache, found)
    inputs = page_inputs(facts, glossary, settings, problems)
    stale = {name for name, value in inputs.items() if memory.inputs.get(name, _NEVER) != value}
    index_pages = list(memory.index_pages) if INDEX not in stale else []
    written: list[str] = []

    def write(src_uri: str, text: str) -> None:
        if write_if_changed(folder / src_uri, text):
            written.append(src_uri)

    sink = with_problem_boxes(write, problems, settings) if problems else write
    for uri, text in _stale_pages(facts, glossary, settings, stale, existing, index_pages):
        sink(uri, text)
    every = frozenset([brief_uri(item.brief, settings.briefs_uri) for item in facts] + index_pages + [HOME_URI])
    removed = remove_pages(folder, memory.pages - every)
    tagged = tagged_briefs(facts, settings)
    changes = PageChanges(tuple(written), tuple(removed), tagged != memory.tagged)
    # Only once every page is written: a build that failed before leaves the next one to render them.
    memory.inputs, memory.index_pages, memory.tagged, memory.pages = inputs, tuple(index_pages), tagged, every
    log.debug("preview: %d of %d pages rendered, %d written, %d removed", len(stale), len(every), len(written), len(removed))
    return WrittenSite(folder, tuple(sorted(every)), tuple(problems)), changes


def tagged_briefs(facts: list[BriefFacts], settings: Settings) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Each tagged brief's page, title and tags: what Material's tags page shows of it."""
    return tuple((brief_uri(item.brief, settings.briefs_uri), item.brief.title, item.brief.annotation.tags)
                 for item in facts if item.brief.annotation.tags)


@dataclass(slots=True)
class CachedCheckRun(CheckRun):
    """A check run that reads annotation files and the glossary through the build's cache:
    the same loaders, so the same results, read again only when a file changed."""

    cache: BuildCache = field(default_factory=BuildCache)
    lines: Memo = field(default_factory=Memo)  # `PreviewMemory.key_lines`

    def annotation(self, path: Path) -> tuple[Annotation, list[Problem]]:
        if path not in self._annotations:  # once per run, as CheckRun does
            annotation, problems = read_annotation(path, self.settings, self.cache)
            self._annotations[path] = annotation, list(problems)
        return self._annotations[path]

    def glossary(self) -> tuple[Glossary, list[Problem]]:
        if self._glossary is None:
            _digest, glossary, problems = read_glossary(self.settings, self.cache)
            self._glossary = glossary, list(problems)
        return self._glossary

    def key_lines(self, path: Path) -> Callable[[tuple], int | None]:
        # CheckRun.key_lines, not super(): a slotted dataclass is a new class, which the
        # zero-argument form does not know.
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return CheckRun.key_lines(self, path)
        return self.lines.get(self.settings.relative(path), digest, lambda: CheckRun.key_lines(self, path))


def page_inputs(facts: list[BriefFacts], glossary: Glossary, settings: Settings,
                problems: list[Problem]) -> dict[str, object]:
    """What each brief's page, and the index pages together, are rendered from (the home
    page aside: it is rendered every time)."""
    shown_on: dict[str, list[Problem]] = {}
    for problem in problems:
        shown_on.setdefault(page_of_file(problem.path, settings), []).append(problem)
    inputs: dict[str, object] = {}
    for item in facts:
        uri = brief_uri(item.brief, settings.briefs_uri)
        mentioned = tuple(glossary.terms.get(slug) for slug in sorted(item.mentions.terms))
        inputs[uri] = (item, mentioned, settings, tuple(shown_on.pop(uri, ())))
    index_problems = tuple((uri, tuple(found)) for uri, found in shown_on.items() if uri != HOME_URI)
    inputs[INDEX] = (tuple(_without_notes(item) for item in facts), glossary, settings, index_problems)
    return inputs


def _without_notes(facts: BriefFacts) -> BriefFacts:
    """A brief's facts as the index pages read them: no index page shows notes, so a note's
    edit must not render them again."""
    brief = dataclasses.replace(facts.brief, annotation=dataclasses.replace(facts.brief.annotation, notes=()))
    return dataclasses.replace(facts, brief=brief, notes=())


def _stale_pages(facts: list[BriefFacts], glossary: Glossary, settings: Settings, stale: set[str],
                 existing: frozenset[str], index_pages: list[str]) -> Iterator[tuple[str, str]]:
    """The pages of the `stale` groups, then the home page; fills `index_pages` when it renders them."""
    marks = DateMarks()
    made = []
    for item in facts:
        uri = brief_uri(item.brief, settings.briefs_uri)
        made.append(uri)
        if uri in stale:
            yield render_brief_page(item, glossary, settings, marks)
    if INDEX in stale:
        for uri, text in render_index_pages(facts, glossary, settings, marks):
            index_pages.append(uri)
            yield uri, text
    yield render_home_page(facts, settings, existing | frozenset(made) | frozenset(index_pages))


def write_if_changed(path: Path, text: str) -> bool:
    """Write `text` (UTF-8) to `path` unless the file already holds exactly those bytes.

    Returns:
        Whether the file was written.
    """
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    # Not atomic: MkDocs reads this private folder only while it builds, after this returns.
    path.write_bytes(data)
    return True


def remove_pages(folder: Path, site_paths: Iterable[str]) -> list[str]:
    """Delete these pages' files from `folder`, and the folders they leave empty; return the
    site paths deleted, sorted."""
    removed = []
    for uri in sorted(site_paths):
        path = folder / uri
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(uri)
        for parent in path.parents:
            if parent == folder or any(parent.iterdir()):
                break
            parent.rmdir()
    return removed


def merge_search_entries(previous: list[dict], new: list[dict], replaced: set[str],
                         order: dict[str, int]) -> list[dict]:
    """Material's search entries after a dirty build, as a clean build would list them.

    Args:
        previous: the last index's entries (each a dict whose "location" is a page's
            address, with "#anchor" for a section).
        new: the entries of the pages this build rendered.
        replaced: the addresses of the pages rendered (their entries are `new`) or gone.
        order: each page's position among the site's pages, the order a clean build indexes them.
    """
    kept = [entry for entry in previous if _page_of(entry) not in replaced]
    # A stable sort: a page's entries keep their order (the page, then its sections).
    return sorted(kept + new, key=lambda entry: order.get(_page_of(entry), len(order)))


def _page_of(entry: dict) -> str:
    return entry["location"].partition("#")[0]
