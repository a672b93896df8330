"""Project options: declared once with type, default and description, validated at start.

Options live under `extra.briefs` in `mkdocs.yml` (MkDocs has no config schema for hooks,
and `extra` is the documented place for site-specific values). The CLI reads the same
block, so the hook and the CLI always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from briefs.errors import BriefsError, Problem


@dataclass(frozen=True, slots=True)
class Option:
    """One documented option."""

    name: str  # key under extra.briefs
    kind: type  # the Python type a value must have
    default: Any  # value when the key is absent
    description: str  # one line for the README's options table
    choices: tuple[Any, ...] = ()  # the allowed values, when only some are; empty = any of `kind`


OPTIONS: tuple[Option, ...] = (
    Option("seeds_dir", str, "seeds", "Folder of source articles, relative to mkdocs.yml."),
    Option("annotations_dir", str, "annotations", "Folder of annotation files, one per brief."),
    Option("glossary_dir", str, "glossary", "Folder of glossary entries, one per term."),
    Option("briefs_uri", str, "briefs", "Site folder that holds the brief pages."),
    Option("glossary_uri", str, "glossary", "Site folder that holds the term pages."),
    Option("home_latest", int, 50, "How many of the latest briefs the home page lists."),
    Option("notes_threshold", float, 0.75, "Least similarity (0-1) for `check --fix` and `add --replace` to requote a note after its seed was corrected."),
    Option("timeline_page_events", int, 500, "Most dated events `timeline.md` shows itself; with more, it becomes an "
           "index of one page per month under `timeline/` (one page of every event weighs 17 MB at 1,000 briefs)."),
    Option("build_processes", int, 0, "Processes that parse seeds and resolve dates side by side in `mkdocs build` "
           "(0: one per processor; 1: none). Linux and other Unix systems but macOS."),
    Option("search_backend", str, "material", "Site search: `material` (one index, for small sites) or `pagefind` "
           "(index fetched in chunks, for thousands of briefs; disable Material's search plugin).",
           ("material", "pagefind")),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Validated options plus the project root they are relative to."""

    root: Path  # folder holding mkdocs.yml
    seeds_dir: str = "seeds"
    annotations_dir: str = "annotations"
    glossary_dir: str = "glossary"
    briefs_uri: str = "briefs"
    glossary_uri: str = "glossary"
    home_latest: int = 50
    notes_threshold: float = 0.75  # see briefs.facts.anchor.DEFAULT_THRESHOLD
    timeline_page_events: int = 500  # see briefs.render.timeline.timeline_pages
    build_processes: int = 0  # see briefs.build.fill_cache
    # Read from mkdocs.yml's top level, not extra.briefs (MkDocs' own options):
    site_url: str = ""  # the site's public address, for absolute links in the feed
    site_name: str = "Annotated briefs"  # the feed's title
    search_backend: str = "material"

    @property
    def seeds_path(self) -> Path:
        return self.root / self.seeds_dir

    @property
    def annotations_path(self) -> Path:
        return self.root / self.annotations_dir

    @property
    def glossary_path(self) -> Path:
        return self.root / self.glossary_dir

    @property
    def watched_paths(self) -> list[Path]:
        """Folders whose changes must rebuild the site."""
        return [self.seeds_path, self.annotations_path, self.glossary_path]

    def relative(self, path: Path) -> str:
        """`path` relative to the root when inside it, for messages."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


# Settings fields that come from MkDocs' own options rather than from extra.briefs.
SITE_FIELDS = ("site_url", "site_name")


def settings_from_mapping(root: Path, options: dict[str, Any] | None, origin: str = "mkdocs.yml",
                          site: dict[str, Any] | None = None) -> Settings:
    """Validate `options` (the `extra.briefs` block) and build `Settings`.

    Raises:
        BriefsError: an option is unknown or has the wrong type.
    """
    options = options or {}
    known = {option.name: option for option in OPTIONS}
    problems = []
    for name, value in options.items():
        option = known.get(name)
        if option is None:
            problems.append(Problem(origin, None, f"unknown option extra.briefs.{name}", f"known: {', '.join(known)}"))
        elif not isinstance(value, option.kind) or isinstance(value, bool) and option.kind is not bool:
            problems.append(Problem(origin, None, f"extra.briefs.{name} must be {option.kind.__name__}, got {value!r}"))
        elif option.choices and value not in option.choices:
            choices = ", ".join(map(str, option.choices))
            problems.append(Problem(origin, None, f"extra.briefs.{name} must be one of {choices}, got {value!r}"))
    if problems:
        raise BriefsError(problems)
    assert {field.name for field in fields(Settings)} == {"root", *SITE_FIELDS, *known}, "OPTIONS and Settings disagree"
    site_values = {name: str(value) for name, value in (site or {}).items() if name in SITE_FIELDS and value}
    return Settings(root=root, **options, **site_values)


def settings_from_config_file(config_file: Path) -> Settings:
    """Read `extra.briefs` from a mkdocs.yml without MkDocs (for the CLI)."""
    try:
        # mkdocs.yml may hold !!python/name tags for extensions; they are irrelevant here.
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_LenientLoader) or {}
    except (OSError, yaml.YAMLError) as err:
        raise BriefsError([Problem(str(config_file), None, f"cannot read the site configuration: {err}")]) from err
    options = (config.get("extra") or {}).get("briefs")
    return settings_from_mapping(config_file.parent.resolve(), options, str(config_file), config)


class _LenientLoader(yaml.SafeLoader):
    """A safe loader that turns unknown tags (MkDocs' !ENV, !!python/name) into None."""


_LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_LenientLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
