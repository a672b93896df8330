"""The Zensical configuration and theme, generated from mkdocs.yml and overrides/ for every build.

Zensical reads mkdocs.yml, but it has no MkDocs plugin API: it ignores `hooks:`, so the briefs,
term pages and indexes the hook adds in memory must be on disk first (`python -m briefs render
--out`). This module turns the project's configuration into one for that build folder, so
mkdocs.yml stays the one source of truth and nothing here is a hand-kept copy of it:

- `zensical_config`: mkdocs.yml without `hooks:`, its docs_dir and site_dir in the build folder,
  Zensical's own search switched on (it replaces both lunr and Pagefind), Material's look;
- `write_theme`: overrides/ without the partials copied from Material 9.8.2, whose markup
  Zensical's templates replace, plus an edit button that opens a brief's annotation file;
- `add_edit_urls`: each generated page's edit address, from the library's `briefs.contribute.editlinks`.

It protects the library from Zensical: briefs/ never imports it, and only this module and
`scripts/zensical_build.py` know how Zensical's configuration and templates differ from MkDocs'.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import yaml

from briefs.contribute.editlinks import source_file_for
from briefs.fileio import write_atomic
from briefs.settings import Settings

# Copies of Material 9.8.2 partials in overrides/. Zensical's header tests `"search" in
# config.plugins` where Material's tests "material/search", and its search is a button that opens
# a dialog, not Material's form: with these copies the Zensical site has no search box at all.
# Zensical's own header and search (which name their dialog) take their place.
MATERIAL_COPIES = ("partials/header.html", "partials/search.html")
# Zensical's template for the page's edit and view buttons, rewritten by `edit_actions_template`.
ACTIONS_TEMPLATE = "partials/actions.html"
EDIT_URL_KEY = "edit_url"  # front-matter key: this page's edit address ("" for none)
SEARCH_PLUGIN = "search"
# Zensical's default look is its new "modern" variant (white header, other icons and spacing);
# "classic" is Material's, the look the MkDocs build has and the project's stylesheets were
# checked against (contrast, print). mkdocs.yml may choose: Material ignores the key.
DEFAULT_VARIANT = "classic"


class ZensicalConfigError(Exception):
    """The project's configuration cannot be turned into Zensical's; the message names the file."""


def read_mkdocs_config(path: Path) -> dict[str, Any]:
    """mkdocs.yml as a mapping.

    Raises:
        ZensicalConfigError: the file is unreadable, not YAML, or uses a tag (`!ENV`, `!!python/name`)
            that a generated copy could not reproduce faithfully.
    """
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ZensicalConfigError(f"{path}: cannot read the site configuration: {err.strerror}") from err
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ZensicalConfigError(f"{path}{line}: the Zensical build cannot read it: {err}") from err
    if not isinstance(config, dict):
        raise ZensicalConfigError(f"{path}: the site configuration is not a mapping")
    return config


def zensical_config(mkdocs: dict[str, Any], docs_dir: str, site_dir: str, custom_dir: str | None) -> dict[str, Any]:
    """Zensical's configuration for pages rendered to `docs_dir`: mkdocs.yml, adapted.

    Args:
        mkdocs: mkdocs.yml as read by `read_mkdocs_config` (not modified).
        docs_dir, site_dir: relative to the generated file; Zensical requires both inside its folder.
        custom_dir: the theme folder `write_theme` wrote, relative to the generated file, or None.

    Returns:
        The configuration to write beside `docs_dir`.
    """
    config = copy.deepcopy(mkdocs)
    config.pop("hooks", None)  # Zensical ignores it; the pages the hook adds are already in docs_dir
    config["docs_dir"] = docs_dir
    config["site_dir"] = site_dir
    theme = config.get("theme")
    if isinstance(theme, dict):
        theme.setdefault("variant", DEFAULT_VARIANT)
        theme.pop("custom_dir", None)
        if custom_dir is not None:
            theme["custom_dir"] = custom_dir
    config["plugins"] = with_search(config.get("plugins") or [])
    briefs = (config.get("extra") or {}).get("briefs")
    if isinstance(briefs, dict):
        # The templates place Pagefind only for this value; Zensical's engine always does the search.
        briefs["search_backend"] = "material"
    return config


def with_search(plugins: list[Any]) -> list[Any]:
    """`plugins` with the search plugin present and enabled (mkdocs.yml disables it for Pagefind)."""
    kept = []
    for plugin in plugins:
        name, options = _plugin_entry(plugin)
        if name == SEARCH_PLUGIN and isinstance(options, dict) and options.get("enabled") is False:
            plugin = {SEARCH_PLUGIN: {key: value for key, value in options.items() if key != "enabled"}}
        kept.append(plugin)
    if SEARCH_PLUGIN not in {_plugin_entry(plugin)[0] for plugin in kept}:
        kept.insert(0, SEARCH_PLUGIN)
    return kept


def _plugin_entry(plugin: Any) -> tuple[str, Any]:
    """A `plugins:` item, `name` or `{name: options}`, as (name without "material/", options)."""
    if isinstance(plugin, dict) and len(plugin) == 1:
        name, options = next(iter(plugin.items()))
    else:
        name, options = plugin, None
    return str(name).removeprefix("material/"), options


def write_config(config: dict[str, Any], path: Path) -> None:
    """Write the generated configuration, with a header saying where it comes from."""
    header = ("# Generated by scripts/zensical_config.py from mkdocs.yml for each `make zensical`:\n"
              "# edit mkdocs.yml, never this file.\n")
    text = yaml.safe_dump(config, sort_keys=False, allow_unicode=True, width=120)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, header + text)


def write_theme(overrides: Path, target: Path) -> None:
    """Copy `overrides` to `target` for Zensical: without the Material copies, with the edit button.

    Raises:
        ZensicalConfigError: Zensical's own actions template no longer reads as expected.
    """
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(overrides, target, ignore=_ignore_material_copies(overrides))
    actions = target / ACTIONS_TEMPLATE
    actions.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(actions, edit_actions_template(_builtin_template(ACTIONS_TEMPLATE)))


def _ignore_material_copies(overrides: Path):
    skipped = {(overrides / name).resolve() for name in MATERIAL_COPIES}

    def ignore(folder: str, names: list[str]) -> list[str]:
        return [name for name in names if (Path(folder) / name).resolve() in skipped]

    return ignore


def _builtin_template(name: str) -> str:
    from zensical.config import get_builtin_theme_dir  # only when building with Zensical

    return (Path(get_builtin_theme_dir()) / name).read_text(encoding="utf-8")


def edit_actions_template(upstream: str) -> str:
    """Zensical's edit and view buttons, reading the page's `edit_url` front matter first.

    Zensical builds every edit address from `edit_uri` and the page's path in docs_dir, and has
    no per-page override such as MkDocs' `File.edit_uri`, which the hook sets. A generated brief
    is no file a contributor can edit: its button must open the annotation file instead.

    Raises:
        ZensicalConfigError: `upstream` no longer uses `page.edit_url` (a Zensical upgrade).
    """
    if "page.edit_url" not in upstream:
        raise ZensicalConfigError(f"Zensical's {ACTIONS_TEMPLATE} no longer reads page.edit_url: "
                                  "update scripts/zensical_config.py edit_actions_template")
    choose = ("{#- briefs: a generated page names its own edit address (scripts/zensical_config.py). -#}\n"
              f"{{% if page.meta and page.meta.{EDIT_URL_KEY} is defined %}}"
              f"{{% set edit_url = page.meta.{EDIT_URL_KEY} %}}"
              "{% else %}{% set edit_url = page.edit_url %}{% endif %}\n")
    return choose + upstream.replace("page.edit_url", "edit_url")


def edit_url(src_uri: str, settings: Settings, mkdocs: dict[str, Any]) -> str:
    """The edit address of generated page `src_uri`: its annotation or glossary file, or "" for none.

    The same file as the hook's `File.edit_uri` (`briefs.contribute.editlinks`), resolved the way a browser
    resolves MkDocs' `repo_url` + `edit_uri` + `../annotations/<slug>.yml`.
    """
    source = source_file_for(src_uri, settings)
    repo_url, edit_uri = mkdocs.get("repo_url"), mkdocs.get("edit_uri")
    if source is None or not repo_url or not edit_uri:
        return ""
    docs = settings.root / str(mkdocs.get("docs_dir") or "docs")
    relative = Path(os.path.relpath(source.resolve(), docs.resolve())).as_posix()
    return urljoin(urljoin(repo_url.rstrip("/") + "/", edit_uri.rstrip("/") + "/"), relative)


def add_edit_urls(docs: Path, pages: list[str], settings: Settings, mkdocs: dict[str, Any]) -> None:
    """Give each generated page in `docs` its `edit_url` front matter (JSON is valid YAML)."""
    for src_uri in pages:
        if not src_uri.endswith(".md"):
            continue
        path = docs / src_uri
        line = f"{EDIT_URL_KEY}: {json.dumps(edit_url(src_uri, settings, mkdocs))}\n"
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            text = "---\n" + line + text[len("---\n"):]
        else:
            text = "---\n" + line + "---\n\n" + text
        write_atomic(path, text)
