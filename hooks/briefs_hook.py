"""MkDocs hook: hands the pages that the `briefs` library renders to MkDocs.

Named `briefs_hook`, not `briefs`: MkDocs imports a hook under its file name, which would
shadow the library package.

A thin adapter. Everything it does is a call into the library; it only translates
between MkDocs objects and ours, and library errors into `PluginError`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from briefs.contribute.editlinks import edit_uri_for
from briefs.errors import BriefsError, fail_on_errors
from briefs.build import BuildCache, pages_folder, write_site
from briefs.search import PAGEFIND, check_search_backend, index_site
from briefs.settings import Settings, settings_from_mapping
from briefs.site_pages import documentation_pages, page_clashes
from briefs.contribute.check import build_checks

log = get_plugin_logger("briefs")

# Under `mkdocs serve` a problem in a contributed file is shown on the previewed page and
# logged at INFO, and the build goes on: a WARNING would make `strict: true` abort the
# rebuild and leave the server stuck. A single `mkdocs build` fails on it.
_serving = False
# Survives rebuilds under `mkdocs serve`, so unchanged seeds are not parsed again. A single
# `mkdocs build` builds once, in a forked child whose cache goes with it (less memory at scale).
_cache = BuildCache()
# Where this build's generated pages are written for MkDocs to read; removed after the build.
_pages_folder: Path | None = None
# The generated pages' source paths: their Markdown is dropped once rendered, their HTML once written.
_generated: frozenset[str] = frozenset()


def on_startup(command: str, dirty: bool) -> None:
    global _cache, _serving
    _serving = command == "serve"
    _cache = BuildCache()


def _settings(config) -> Settings:
    root = Path(config.config_file_path).parent.resolve()
    # MkDocs makes docs_dir absolute; Settings holds it relative to mkdocs.yml, as written there.
    docs_dir = Path(os.path.relpath(config.docs_dir, root)).as_posix()
    site = {"site_url": config.site_url, "site_name": config.site_name, "docs_dir": docs_dir}
    return settings_from_mapping(root, (config.extra or {}).get("briefs"), config.config_file_path, site)


def on_config(config):
    try:
        settings = _settings(config)
    except BriefsError as err:
        raise PluginError(f"briefs: invalid options:\n{err}") from err
    search = config.plugins.get("material/search")
    enabled = search is not None and search.config.enabled
    problems = check_search_backend(settings.search_backend, enabled, config.config_file_path)
    if problems:
        raise PluginError("briefs: " + "\n".join(problem.format() for problem in problems))
    return config


def on_files(files: Files, config) -> Files:
    global _pages_folder, _generated
    settings = _settings(config)
    _remove_pages_folder()
    _pages_folder = pages_folder(settings)
    # Every file MkDocs already publishes, as `briefs render` lists docs_dir's.
    taken = {file.src_uri for file in files}
    try:
        site = write_site(settings, _pages_folder, _cache, documentation_pages(taken), preview=_serving,
                          found=build_checks(settings), isolated=not _serving)
        fail_on_errors(page_clashes(site.pages, taken, settings))
    except BriefsError as err:
        raise PluginError(f"briefs: the site cannot be built:\n{err}") from err
    # Warnings never fail the strict build (`briefs check` passes on them too): INFO.
    for problem in site.warnings:
        log.info(("problem, shown on its page: " if problem.is_error else "") + problem.format())
    for src_uri in site.pages:
        file = File.generated(config, src_uri, abs_src_path=str(site.folder / src_uri))
        file.edit_uri = edit_uri_for(src_uri, settings, settings.docs_path)  # the annotation or glossary file
        files.append(file)
    _generated = frozenset(site.pages)
    return files


def on_page_content(html: str, page, config, files) -> str:
    # MkDocs keeps every page's Markdown until the build ends though nothing reads it after
    # this point; for 10,000 briefs that is hundreds of megabytes. Ours can go. An empty
    # string, not None: MkDocs reads None as "not read yet" and then gives the page no title.
    if page.file.src_uri in _generated:
        page.markdown = ""
    return html


def on_post_page(output: str, page, config) -> str:
    # Written out, a generated page's HTML is not read again, yet MkDocs keeps every page's
    # until the build ends, while Material's search index is serialised. Ours can go.
    if page.file.src_uri in _generated:
        page.content = ""
    return output


def on_post_build(config) -> None:
    _remove_pages_folder()
    if _settings(config).search_backend == PAGEFIND:
        try:
            index_site(Path(config.site_dir))
        except BriefsError as err:
            raise PluginError(f"briefs: the search index cannot be written:\n{err}") from err


def on_build_error(error) -> None:
    _remove_pages_folder()


def _remove_pages_folder() -> None:
    global _pages_folder
    if _pages_folder is not None:
        shutil.rmtree(_pages_folder, ignore_errors=True)
        _pages_folder = None


def on_serve(server, config, builder):
    for folder in _settings(config).watched_paths:
        if folder.exists():
            server.watch(str(folder))
    return server
