"""MkDocs hook: hands the pages that the `briefs` library renders to MkDocs.

Named `briefs_hook`, not `briefs`: MkDocs imports a hook under its file name, which would
shadow the library package.

A thin adapter. Everything it does is a call into the library; it only translates
between MkDocs objects and ours, and library errors into `PluginError`. Under `mkdocs
serve --dirty` it also tells MkDocs which pages to render again and gives it what the
pages not rendered would have (`_plan_dirty_build`, `on_nav`, `on_post_build`); which
pages an edit changes is the library's answer (`briefs.preview`).
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
from pathlib import Path

from jinja2 import MemcachedBytecodeCache
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from briefs.contribute.editlinks import edit_uri_for
from briefs.errors import BriefsError, fail_on_errors
from briefs.build import BuildCache, pages_folder, write_site
from briefs.preview import PageChanges, PreviewMemory, merge_search_entries, write_preview
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
# Under `mkdocs serve`: what each page was last rendered from, so a rebuild renders only the
# pages an edit changes (`briefs.preview`).
_memory = PreviewMemory()
# Where the generated pages are written for MkDocs to read: a new folder for each `mkdocs
# build`, removed after it; one folder for a whole `mkdocs serve`, removed when it stops.
_pages_folder: Path | None = None
# The generated pages' source paths: their Markdown is dropped once rendered, their HTML once written.
_generated: frozenset[str] = frozenset()
# Under `mkdocs serve --dirty`: the addresses of the pages MkDocs rendered in this build, and
# of the generated pages gone since the last, whose search entries are replaced or dropped.
_rendered_urls: set[str] = set()
_gone_urls: set[str] = set()
# Every page's address, in the order a clean build indexes them for search.
_page_order: dict[str, int] = {}
# Under `mkdocs serve --dirty` (see `_plan_dirty_build`): whether MkDocs is still reading
# pages (from on_files to on_env), each page's title when MkDocs last rendered it, and what
# the hand-written pages and mkdocs.yml were then.
_dirty = False
_reading = False
_titles: dict[str, str | None] = {}
_site_sources: object = None
# Whether this dirty build renders every page, and whether one must (the last that was to failed).
_everything = False
_everything_pending = False


class _CompiledTemplates(dict):
    """The theme's templates compiled to Python bytecode, kept in memory for a `mkdocs serve`.

    MkDocs makes a new Jinja environment for every rebuild, so without this it compiles
    Material's 44 templates again each time (about half a second at any site size). Jinja
    keys each entry by the template's name and file and checks its source's checksum before
    using it, so an edited override is compiled again (jinja2/bccache.py, `Bucket`).
    Jinja's memcached cache takes any client with `get` and `set`: this dict is one.
    """

    def set(self, key: str, value: bytes, timeout: int | None = None) -> None:
        self[key] = value


_templates = MemcachedBytecodeCache(_CompiledTemplates())


class _DirtyBuildNotice(logging.Filter):
    """Lowers MkDocs' notice that a build is dirty from WARNING to INFO, and nothing else.

    `mkdocs serve --dirty` logs it as a warning before every build (MkDocs 1.6.1,
    mkdocs/commands/build.py, `build`: `log.warning("A 'dirty' build is being performed,
    ...")`), so `strict: true` aborts every rebuild and the preview never updates. The
    notice says that navigation may be inaccurate; here only the pages whose inputs
    changed are rewritten (`briefs.preview`), and the navigation lists no generated page.
    """

    NOTICE = "A 'dirty' build is being performed"

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and record.getMessage().startswith(self.NOTICE):
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


_dirty_notice = _DirtyBuildNotice()
_MKDOCS_BUILD_LOGGER = "mkdocs.commands.build"  # MkDocs' `log` in mkdocs/commands/build.py


def on_startup(command: str, dirty: bool) -> None:
    global _cache, _memory, _serving, _dirty, _site_sources, _everything_pending
    _serving = command == "serve"
    _dirty = _serving and dirty
    _cache, _memory, _site_sources, _everything_pending = BuildCache(), PreviewMemory(), None, False
    _titles.clear()
    if _dirty:
        logging.getLogger(_MKDOCS_BUILD_LOGGER).addFilter(_dirty_notice)


def on_shutdown() -> None:
    logging.getLogger(_MKDOCS_BUILD_LOGGER).removeFilter(_dirty_notice)
    _remove_pages_folder()


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
    global _generated
    settings = _settings(config)
    _rendered_urls.clear()
    _gone_urls.clear()
    # Every file MkDocs already publishes, as `briefs render` lists docs_dir's.
    taken = {file.src_uri for file in files}
    try:
        site, changes = _write_pages(settings, documentation_pages(taken))
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
    if changes is not None:
        _forget_built_pages(changes, files, config)
    if _dirty:
        _plan_dirty_build(files, config, changes)
    return files


def _write_pages(settings, hand_written: set[str]):
    """This build's pages in `_pages_folder`, and under serve what changed in it."""
    global _pages_folder
    if _serving:  # one folder for the session, brought up to date
        _pages_folder = _pages_folder or pages_folder(settings)
        return write_preview(settings, _pages_folder, _cache, _memory, hand_written)
    _remove_pages_folder()
    _pages_folder = pages_folder(settings)
    site = write_site(settings, _pages_folder, _cache, hand_written, found=build_checks(settings), isolated=True)
    return site, None


def _forget_built_pages(changes: PageChanges, files: Files, config) -> None:
    """Delete the HTML built from each page rewritten or gone, so a dirty build renders the
    first again (a missing page counts as modified: `File.is_modified`) whatever the file
    system's clock, and never serves the second."""
    for src_uri in changes.written:
        _remove_file(files.get_file_from_path(src_uri).abs_dest_path)
    for src_uri in changes.removed:
        gone = File(src_uri, None, config.site_dir, config.use_directory_urls)
        _gone_urls.add(_page_url(gone))
        _remove_file(gone.abs_dest_path)


def _plan_dirty_build(files: Files, config, changes: PageChanges) -> None:
    """Choose what a dirty build reads and renders, by answering MkDocs' `File.is_modified`.

    MkDocs reads (`_populate_page`) and renders (`_build_page`) only the pages for which it
    is true: the pages `briefs.preview` rewrote, whose HTML `_forget_built_pages` deleted.
    What other pages need of a page MkDocs did not read is supplied here:

    - the hand-written pages are read in every build, but rendered only when changed: a
      few small files, and one of them holds the list of Material's tags plugin, without
      which a rendered brief would show its tags unlinked;
    - each page in the navigation that is not read keeps its last title (`on_nav`), which
      every rendered page shows in its navigation;
    - every page is read and rendered when a change reaches beyond its own page: a brief's
      tags or title (the tags page lists them), a hand-written page or mkdocs.yml (the
      navigation, the theme's settings).
    """
    global _reading, _site_sources, _everything
    pages = files.documentation_pages()
    hand_written = [file for file in pages if file.src_uri not in _generated]
    sources = (Path(config.config_file_path).read_bytes(), frozenset(file.src_uri for file in hand_written))
    _everything = (_everything_pending or changes.tags_changed or sources != _site_sources
                   or any(file.is_modified() for file in hand_written))
    _site_sources = sources
    for file in pages:
        if _everything:
            file.is_modified = _always
        elif file.src_uri not in _generated:
            file.is_modified = functools.partial(_read_but_kept, file)
    _reading = True


def _always() -> bool:
    return True


def _read_but_kept(file: File) -> bool:
    """Modified while MkDocs reads pages, so it reads this one; then only if it really is."""
    return _reading or File.is_modified(file)


def _remove_file(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def on_nav(nav, config, files):
    if _dirty:  # a page MkDocs does not read has no title until it is read
        for page in nav.pages:
            if not page.file.is_modified() and page.file.src_uri in _titles:
                page.title = _titles[page.file.src_uri]
    return nav


def on_env(env, config, files):
    global _page_order, _reading
    _reading = False  # every page is read; from here MkDocs renders
    if _serving:
        env.bytecode_cache = _templates
    _page_order = {_page_url(file): position for position, file in enumerate(files.documentation_pages())}
    return env


def _page_url(file: File) -> str:
    """The address a page of `file` has, as search entries give it (`Page.url`: "" for the home page)."""
    return "" if file.url in (".", "./") else file.url


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
    if _serving:
        _rendered_urls.add(page.url)
        _titles[page.file.src_uri] = page.title
    return output


# Before Material's search writes its index (priority 0): under `mkdocs serve --dirty` it
# merges this build's entries into the last index by dropping the old entries of the first
# page rendered only (material/plugins/search/plugin.py, `generate_search_index`), which is
# wrong once an edit renders several pages again (a glossary entry). The merge is done here
# for every page rendered, and Material is handed no earlier index to merge into.
@event_priority(50)
def on_post_build(config) -> None:
    global _everything_pending
    _everything_pending = False
    if not _serving:
        _remove_pages_folder()
    search = config.plugins.get("material/search")
    if _serving and search is not None and getattr(search, "is_dirty", False) and search.search_index_prev:
        search.search_index.entries = merge_search_entries(
            search.search_index_prev.entries, search.search_index.entries, _rendered_urls | _gone_urls, _page_order)
        search.search_index_prev = None
    if _settings(config).search_backend == PAGEFIND:
        try:
            index_site(Path(config.site_dir), _settings(config).search_part_text_mb)
        except BriefsError as err:
            raise PluginError(f"briefs: the search index cannot be written:\n{err}") from err


def on_build_error(error) -> None:
    global _everything_pending
    # MkDocs calls this after on_post_build when strict mode aborts on a warning.
    _everything_pending = _dirty and _everything
    if not _serving:  # under serve the folder holds what the next rebuild compares with
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
