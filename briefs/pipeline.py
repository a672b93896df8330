"""The order of the stages, written once: load, parse, then each enrichment, then render.

    seeds/X --parse--> Article --+-- annotations/X.yml --+--> Brief --render--> Markdown pages

Each enrichment stage takes the list of briefs and the shared build context and returns
new briefs; `STAGES` lists them in order. The hook and the CLI both call `build_site`, so
the site and `python -m briefs render --out` always hold the same pages.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from briefs.annotations import empty_annotation, load_annotation
from briefs.archive import archive_uri, render_archive
from briefs.errors import BriefsError, Problem, SourceError
from briefs.fileio import read_source
from briefs.model import Article, Brief
from briefs.parse import parse_article
from briefs.render import brief_uri, render_brief, render_home
from briefs.settings import Settings

log = logging.getLogger(__name__)

SEED_SUFFIXES = (".txt",)


@dataclass(slots=True)
class BuildCache:
    """What survives between builds of one process (`mkdocs serve`): parsed seeds by content hash."""

    articles: dict[str, Article] = field(default_factory=dict)  # sha256 of seed bytes -> parsed article

    def article(self, digest: str, parse: Callable[[], Article]) -> Article:
        if digest not in self.articles:
            self.articles[digest] = parse()
        return self.articles[digest]


@dataclass(slots=True)
class BuildContext:
    """Everything a stage may need beyond the briefs themselves."""

    settings: Settings
    problems: list[Problem] = field(default_factory=list)  # collected from every stage


@dataclass(frozen=True, slots=True)
class SiteBuild:
    """The result of a build: pages by site path, and the warnings to show."""

    briefs: tuple[Brief, ...]
    pages: dict[str, str]  # src_uri ("briefs/x.md") -> Markdown
    warnings: tuple[Problem, ...]


Stage = Callable[[list[Brief], BuildContext], list[Brief]]
PageBuilder = Callable[[list[Brief], BuildContext], dict[str, str]]

# Enrichment stages, in order: each takes every brief and returns them enriched.
STAGES: list[tuple[str, Stage]] = []


def _home_page(briefs: list[Brief], context: BuildContext) -> dict[str, str]:
    settings = context.settings
    return {"index.md": render_home(briefs, settings.briefs_uri, settings.home_latest)}


def _brief_pages(briefs: list[Brief], context: BuildContext) -> dict[str, str]:
    uri = context.settings.briefs_uri
    return {brief_uri(brief, uri): render_brief(brief, uri) for brief in briefs}


def _archive_page(briefs: list[Brief], context: BuildContext) -> dict[str, str]:
    uri = context.settings.briefs_uri
    return {archive_uri(uri): render_archive(briefs, uri)}


# Producers of pages, each given every enriched brief (site-wide pages need them all).
PAGE_BUILDERS: list[tuple[str, PageBuilder]] = [
    ("home", _home_page),
    ("briefs", _brief_pages),
    ("archive", _archive_page),
]


def seed_files(settings: Settings) -> list[Path]:
    """Seed files in name order (stable across machines)."""
    if not settings.seeds_path.is_dir():
        return []
    return sorted(path for path in settings.seeds_path.iterdir() if path.suffix in SEED_SUFFIXES and path.is_file())


def load_brief(seed: Path, context: BuildContext, cache: BuildCache) -> Brief:
    """Parse one seed and read its annotation file."""
    settings = context.settings
    data = seed.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    display = settings.relative(seed)
    article = cache.article(digest, lambda: parse_article(read_source(seed), display))
    annotation_file = settings.annotations_path / f"{seed.stem}.yml"
    annotation_display = settings.relative(annotation_file)
    if annotation_file.exists():
        annotation, problems = load_annotation(annotation_file, annotation_display)
        context.problems.extend(problems)
    else:
        annotation = empty_annotation(annotation_display)
    return Brief(slug=seed.stem, seed_path=display, seed_sha256=digest, article=article, annotation=annotation)


def load_briefs(context: BuildContext, cache: BuildCache) -> list[Brief]:
    briefs = []
    for seed in seed_files(context.settings):
        try:
            briefs.append(load_brief(seed, context, cache))
        except SourceError as err:
            context.problems.extend(err.problems)
    return briefs


def build_site(settings: Settings, cache: BuildCache | None = None) -> SiteBuild:
    """Build every generated page.

    Raises:
        BriefsError: any file has an error; all problems are listed, not only the first.
    """
    context = BuildContext(settings)
    briefs = load_briefs(context, cache or BuildCache())
    for name, stage in STAGES:
        log.debug("stage %s on %d briefs", name, len(briefs))
        briefs = stage(briefs, context)
    errors = [problem for problem in context.problems if problem.is_error]
    if errors:
        raise BriefsError(context.problems)
    pages: dict[str, str] = {}
    for name, builder in PAGE_BUILDERS:
        log.debug("pages %s", name)
        pages.update(builder(briefs, context))
    warnings = tuple(problem for problem in context.problems if not problem.is_error)
    return SiteBuild(tuple(briefs), dict(sorted(pages.items())), warnings)
