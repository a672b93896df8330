"""Site search backends: Material's built-in index (default) or Pagefind.

Material's search plugin writes one `search_index.json` that every reader downloads whole
before the first result (about 5.7 KB per brief: tens of MB at thousands of briefs).
Pagefind indexes the built HTML into small chunks; a reader's browser fetches its loader,
a WebAssembly module, and only the index chunks and result fragments a query needs.

This module runs the Pagefind binary that the pinned `pagefind[bin]` package ships (no
Node.js needed) over the built site, and checks that the configuration asks for exactly
one search. The theme override (`overrides/partials/pagefind.html`) places Pagefind's
interface where Material's search sits and marks each page's article as the part to index.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from briefs.errors import BriefsError, Problem

log = logging.getLogger(__name__)

MATERIAL = "material"
PAGEFIND = "pagefind"
# Where Pagefind writes its bundle, relative to the site folder (its default).
PAGEFIND_BUNDLE = "pagefind"
# Inside the article, but not words of it: the headings' permalink signs; and what Material's
# search is told to skip (`data-search-exclude`), such as the note popovers that repeat the
# Notes list, so both backends index the same words once.
EXCLUDE_SELECTORS = ".headerlink, [data-search-exclude]"


class SearchIndexError(BriefsError):
    """The search index could not be written."""


def check_search_backend(backend: str, material_search_enabled: bool, origin: str = "mkdocs.yml") -> list[Problem]:
    """Problems with the search configuration: Pagefind and Material's search exclude each other.

    Args:
        backend: the `search_backend` option.
        material_search_enabled: whether Material's search plugin is listed and enabled.
        origin: the configuration file, for messages.
    """
    if backend == PAGEFIND and material_search_enabled:
        return [Problem(origin, None, "search_backend is pagefind but Material's search plugin is enabled",
                        "remove `- search` from plugins, or set `enabled: false` under it")]
    return []


def index_site(site_dir: Path) -> Path:
    """Write the Pagefind index of the built site into `site_dir/pagefind`; return that folder.

    Pages are indexed from their `data-pagefind-body` element (the article), so navigation,
    header and footer stay out of results.

    Raises:
        SearchIndexError: the binary is missing, fails, or indexes no page.
    """
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", PAGEFIND_BUNDLE,
               "--exclude-selectors", EXCLUDE_SELECTORS]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as err:
        raise SearchIndexError([Problem(str(site_dir), None, f"cannot run Pagefind: {err}")]) from err
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise SearchIndexError([Problem(str(site_dir), None, "Pagefind failed: " + " / ".join(output),
                                        "is the pinned pagefind[bin] installed? (make site installs it)")])
    pages = indexed_page_count(result.stdout)
    if pages == 0:
        raise SearchIndexError([Problem(str(site_dir), None, "Pagefind indexed no page",
                                        "the theme override must mark the article with data-pagefind-body")])
    log.debug("pagefind indexed %s pages", pages)
    return site_dir / PAGEFIND_BUNDLE


def indexed_page_count(output: str) -> int | None:
    """The number of pages Pagefind reports having indexed, or None when it does not say."""
    for line in output.splitlines():
        words = line.strip().split()
        # "Indexed 1234 pages"
        if len(words) >= 3 and words[0] == "Indexed" and words[2].startswith("page") and words[1].isdigit():
            return int(words[1])
    return None
