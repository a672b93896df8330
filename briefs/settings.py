"""Project options: each declared once, as a field of `Settings`, and validated at start.

Options live under `extra.briefs` in `mkdocs.yml` (MkDocs has no config schema for hooks,
and `extra` is the documented place for site-specific values). A few of MkDocs' own
top-level keys (`site_url`, `site_name`, `docs_dir`) are read too. The CLI reads the same
file, so the hook and the CLI always agree.

Each field of `Settings` after `root` is declared with `option` (or `site_option`): its
type is the field's annotation, and its default, allowed values and one-line description
sit beside it. `OPTIONS` is read back from those fields, and the validation, the README's
table (`options_table`, printed by `python -m briefs options --markdown`) and the defaults
all come from it, so nothing about an option is written twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_type_hints

import yaml

from briefs.errors import BriefsError, Problem
from briefs.facts.anchor import DEFAULT_THRESHOLD
from briefs.search import PART_TEXT_MB

# Where an option is set in mkdocs.yml: our block, or MkDocs' own top level.
BRIEFS_SECTION = "extra.briefs"
SITE_SECTION = ""
# The key of a `Settings` field's metadata that holds its declaration.
_DECLARATION = "briefs.option"


def option(default: Any, description: str, *, choices: tuple[Any, ...] = (),
           minimum: float | None = None, maximum: float | None = None) -> Any:
    """Declare an option under `extra.briefs`: a dataclass field that carries its documentation.

    Args:
        default: the value when the key is absent.
        description: one line for the README's options table.
        choices: the allowed values, when only some are.
        minimum: the least allowed number, for numeric options.
        maximum: the greatest allowed number, for numeric options.
    """
    declaration = {"description": description, "choices": choices, "minimum": minimum, "maximum": maximum,
                   "section": BRIEFS_SECTION}
    return field(default=default, metadata={_DECLARATION: declaration})


def site_option(default: str, description: str) -> Any:
    """Declare one of MkDocs' own top-level keys that briefs reads (MkDocs validates it)."""
    declaration = {"description": description, "choices": (), "minimum": None, "maximum": None,
                   "section": SITE_SECTION}
    return field(default=default, metadata={_DECLARATION: declaration})


@dataclass(frozen=True, slots=True)
class Settings:
    """Validated options plus the project root they are relative to."""

    root: Path  # folder holding mkdocs.yml
    seeds_dir: str = option("seeds", "Folder of source articles, relative to mkdocs.yml.")
    annotations_dir: str = option("annotations", "Folder of annotation files, one per brief.")
    glossary_dir: str = option("glossary", "Folder of glossary entries, one per term.")
    briefs_uri: str = option("briefs", "Site folder that holds the brief pages.")
    glossary_uri: str = option("glossary", "Site folder that holds the term pages.")
    home_latest: int = option(50, "How many of the latest briefs the home page lists.", minimum=1)
    # The reasons for the default are beside it, in briefs.facts.anchor.
    notes_threshold: float = option(
        DEFAULT_THRESHOLD, "Least similarity for `check --fix` and `add --replace` to requote a note "
        "after its seed was corrected.", minimum=0.0, maximum=1.0)
    # Read by briefs.render.timeline.timeline_pages; 0 splits any timeline that has events.
    timeline_page_events: int = option(
        500, "Most dated events `timeline.md` shows itself; with more, it becomes an index of one page per "
        "month under `timeline/` (one page of every event weighs 17 MB at 1,000 briefs).", minimum=0)
    search_backend: str = option(
        "material", "Site search: `material` (one index, for small sites) or `pagefind` (index fetched in "
        "chunks, for thousands of briefs; disable Material's search plugin).", choices=("material", "pagefind"))
    # Read by briefs.search.index_site; the figures behind the default are in the README's "Scale".
    search_part_text_mb: float = option(
        PART_TEXT_MB, "With `search_backend: pagefind`, the most text (MB) one Pagefind run indexes; a bigger "
        "site is indexed in parts, one run after another, that readers search as one. A run takes about "
        "60 MB of memory per MB of text; each part adds about 100 KB to a reader's first search.", minimum=0.001)
    site_url: str = site_option("", "The site's public address, for absolute links in the feed.")
    site_name: str = site_option("Annotated briefs", "The feed's title.")
    docs_dir: str = site_option("docs", "Folder of hand-written pages; a generated page may not share a "
                                "path with one of them.")

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
    def docs_path(self) -> Path:
        return self.root / self.docs_dir

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


@dataclass(frozen=True, slots=True)
class Option:
    """One documented option, as `option` declared it on a field of `Settings`."""

    name: str  # the key: under extra.briefs, or at mkdocs.yml's top level for MkDocs' own
    kind: type  # the Python type a value must have (a whole number also passes for a float)
    default: Any  # value when the key is absent
    description: str  # one line for the README's options table
    choices: tuple[Any, ...] = ()  # the allowed values, when only some are; empty = any of `kind`
    minimum: float | None = None  # least allowed number; None = no lower bound
    maximum: float | None = None  # greatest allowed number; None = no upper bound
    section: str = BRIEFS_SECTION  # where in mkdocs.yml: BRIEFS_SECTION or SITE_SECTION (top level)

    @property
    def key(self) -> str:
        """The option's full key in mkdocs.yml, e.g. `extra.briefs.home_latest`."""
        return f"{self.section}.{self.name}" if self.section else self.name

    def allowed(self) -> str:
        """The allowed values in words, e.g. "a whole number from 1 up"."""
        if self.choices:
            return "one of " + ", ".join(map(str, self.choices))
        noun = {int: "a whole number", float: "a number", str: "text", bool: "true or false"}[self.kind]
        low, high = _number_text(self.minimum), _number_text(self.maximum)
        if low is not None and high is not None:
            return f"{noun} from {low} to {high}"
        if low is not None:
            return f"{noun} from {low} up"
        return f"{noun} up to {high}" if high is not None else noun

    def accepts(self, value: Any) -> bool:
        """Whether `value` has the option's type and lies among its choices or in its range."""
        if isinstance(value, bool) and self.kind is not bool:
            return False  # YAML's true is a Python int; no numeric option means it
        if not isinstance(value, self.kind) and not (self.kind is float and isinstance(value, int)):
            return False
        if self.choices:
            return value in self.choices
        # Written as "within", not "not outside", so that YAML's .nan is refused.
        return (self.minimum is None or value >= self.minimum) and (self.maximum is None or value <= self.maximum)

    def coerce(self, value: Any) -> Any:
        """An accepted `value` as the option holds it: `notes_threshold: 1` is the float 1.0."""
        return float(value) if self.kind is float else value


def _number_text(number: float | None) -> str | None:
    return None if number is None else f"{number:g}"


def _declared_options() -> tuple[Option, ...]:
    kinds = get_type_hints(Settings)
    return tuple(Option(item.name, kinds[item.name], item.default, **item.metadata[_DECLARATION])
                 for item in fields(Settings) if _DECLARATION in item.metadata)


# Every option, in the order `Settings` declares them.
OPTIONS: tuple[Option, ...] = _declared_options()
BRIEFS_OPTIONS = {item.name: item for item in OPTIONS if item.section == BRIEFS_SECTION}
SITE_OPTIONS = {item.name: item for item in OPTIONS if item.section == SITE_SECTION}


def settings_from_mapping(root: Path, options: dict[str, Any] | None, origin: str = "mkdocs.yml",
                          site: dict[str, Any] | None = None) -> Settings:
    """Validate `options` (the `extra.briefs` block) and build `Settings`.

    Args:
        root: the folder holding mkdocs.yml.
        options: the `extra.briefs` block, or None when mkdocs.yml has none.
        origin: the configuration file, for messages.
        site: mkdocs.yml's top-level keys; only those in SITE_OPTIONS are read.

    Raises:
        BriefsError: an option is unknown, of the wrong type or outside its allowed values;
            every such option is listed, not only the first.
    """
    if options is not None and not isinstance(options, dict):
        raise BriefsError([Problem(origin, None, f"{BRIEFS_SECTION} must be a mapping of options, got {options!r}",
                                   f"known: {', '.join(BRIEFS_OPTIONS)}")])
    values, problems = {}, []
    for name, value in (options or {}).items():
        declared = BRIEFS_OPTIONS.get(name)
        if declared is None:
            problems.append(Problem(origin, None, f"unknown option {BRIEFS_SECTION}.{name}",
                                    f"known: {', '.join(BRIEFS_OPTIONS)}"))
            continue
        if declared.accepts(value):
            values[name] = declared.coerce(value)
        else:
            problems.append(_refusal(declared, value, origin))
    if problems:
        raise BriefsError(problems)
    # MkDocs validated its own keys; an empty one means "not set".
    values.update({name: str(value) for name, value in (site or {}).items() if name in SITE_OPTIONS and value})
    return Settings(root=root, **values)


def _refusal(declared: Option, value: Any, origin: str) -> Problem:
    """The problem of a value `declared` does not allow: the key, the allowed values, what to do."""
    file_name = Path(origin).name
    return Problem(origin, None, f"{declared.key} must be {declared.allowed()}, got {value!r}",
                   f"change it in {file_name}, or delete the key to use the default {declared.default!r}")


def settings_from_config_file(config_file: Path) -> Settings:
    """Read `extra.briefs` from a mkdocs.yml without MkDocs (for the CLI)."""
    try:
        # mkdocs.yml may hold !!python/name tags for extensions; they are irrelevant here.
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_LenientLoader) or {}
    except (OSError, yaml.YAMLError) as err:
        raise BriefsError([Problem(str(config_file), None, f"cannot read the site configuration: {err}")]) from err
    options = (config.get("extra") or {}).get("briefs")
    return settings_from_mapping(config_file.parent.resolve(), options, str(config_file), config)


def options_table(section: str = BRIEFS_SECTION) -> str:
    """The Markdown table of the options set in `section`, as the README shows it."""
    rows = ["| option | default | allowed | meaning |", "| --- | --- | --- | --- |"]
    for item in OPTIONS:
        if item.section == section:
            rows.append(f"| `{item.name}` | {_default_text(item.default)} | {item.allowed()} | {item.description} |")
    return "\n".join(rows) + "\n"


def options_markdown() -> str:
    """The README's options section between its markers: both tables, from the declaration."""
    return (f"Set under `{BRIEFS_SECTION}` in `mkdocs.yml`:\n\n{options_table(BRIEFS_SECTION)}\n"
            f"Read from MkDocs' own keys at the top level of `mkdocs.yml`:\n\n{options_table(SITE_SECTION)}")


def _default_text(default: Any) -> str:
    if default == "":
        return "none"
    return f"`{default:g}`" if isinstance(default, float) else f"`{default}`"


class _LenientLoader(yaml.SafeLoader):
    """A safe loader that turns unknown tags (MkDocs' !ENV, !!python/name) into None."""


_LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_LenientLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
