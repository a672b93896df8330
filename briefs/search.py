"""Site search backends: Material's built-in index (default) or Pagefind.

Material's search plugin writes one `search_index.json` that every reader downloads whole
before the first result (about 5.7 KB per brief: tens of MB at thousands of briefs).
Pagefind indexes the built HTML into small chunks; a reader's browser fetches its loader,
a WebAssembly module, and only the index chunks and result fragments a query needs.

This module runs the Pagefind binary that the pinned `pagefind[bin]` package ships (no
Node.js needed) over the built site, in parts when the site is large (`index_site`), and
checks that the configuration asks for exactly one search. The theme override (`overrides/partials/pagefind.html`) places Pagefind's
interface where Material's search sits and marks each page's article as the part to index.
"""

from __future__ import annotations

import ctypes
import gc
import json
import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import lxml.html
from lxml import etree

from briefs.errors import BriefsError, Problem
from briefs.fileio import write_atomic

log = logging.getLogger(__name__)

MATERIAL = "material"
PAGEFIND = "pagefind"
# Where Pagefind writes its bundle, relative to the site folder (its default).
PAGEFIND_BUNDLE = "pagefind"
# Inside the article, but not words of it: the headings' permalink signs; and what Material's
# search is told to skip (`data-search-exclude`), such as the note popovers that repeat the
# Notes list, so both backends index the same words once.
# `page_weight` reads the same two, so the weight counts what Pagefind indexes.
_LEFT_OUT_CLASS, _LEFT_OUT_ATTRIBUTE = "headerlink", "data-search-exclude"
EXCLUDE_SELECTORS = f".{_LEFT_OUT_CLASS}, [{_LEFT_OUT_ATTRIBUTE}]"
# The attribute the theme override puts on the article; pages without it are not indexed.
_BODY_MARK = b"data-pagefind-body"
# Most text one Pagefind run indexes, in MB (millions of characters), when not told (the
# `search_part_text_mb` option): about 1.5 GB of indexer memory, and at 10,000 briefs three
# parts, whose first search stays within 500 KB as sent (README, "Scale", run K).
PART_TEXT_MB = 26
# Pagefind's indexer takes some 25 KB for any page, whatever its length: this many characters' worth.
_PAGE_WEIGHT_CHARACTERS = 500
# Elements whose text is not a page's words.
_NOT_TEXT = frozenset({"script", "style", "template"})
# The script, in the primary bundle, that lists the other parts for the search box.
PART_LIST = "briefs-parts.js"


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


def index_site(site_dir: Path, part_text_mb: float = PART_TEXT_MB) -> Path:
    """Write the Pagefind index of the built site into `site_dir/pagefind`; return that folder.

    Pages are indexed from their `data-pagefind-body` element (the article), so navigation,
    header and footer stay out of results. Pagefind's indexer holds what it indexes until it
    writes, about 60 bytes per character of text (README, "Scale"), so a site with more than
    `part_text_mb` MB of text to index is indexed in parts, one indexer after another: part 1
    is the bundle in `pagefind/`, the others `pagefind/part-2/`..., listed in
    `pagefind/briefs-parts.js` for the search box to merge (Pagefind's `mergeIndex`), so
    readers search them as one.

    Raises:
        SearchIndexError: no page is marked for indexing, or the binary is missing or fails.
    """
    bundle = site_dir / PAGEFIND_BUNDLE
    shutil.rmtree(bundle, ignore_errors=True)  # a part left from a bigger build would be searched too
    weights = weigh_pages(site_dir)
    if not weights:
        raise SearchIndexError([Problem(str(site_dir), None, "no page is marked for Pagefind",
                                        "the theme override must mark the article with data-pagefind-body")])
    pages = sorted(weights)
    parts = split_into_parts([weights[page] for page in pages], round(part_text_mb * 1_000_000))
    give_back_free_memory()  # the indexer's peak adds to what this process still holds
    indexed = sum(_index_part(site_dir, pages[part.start:part.stop], bundle / part_folder(number))
                  for number, part in enumerate(parts, start=1))
    write_part_list(bundle, len(parts))
    log.debug("pagefind indexed %s of %s pages in %s parts", indexed, len(pages), len(parts))
    return bundle


def searchable_pages(site_dir: Path) -> list[str]:
    """Site-relative paths (POSIX, sorted) of the built pages that mark an article for Pagefind."""
    return sorted(weigh_pages(site_dir))


def weigh_pages(site_dir: Path) -> dict[str, int]:
    """Each built page that marks an article for Pagefind (site-relative POSIX path), with its weight."""
    bundle = site_dir / PAGEFIND_BUNDLE
    weights = {}
    for path in site_dir.rglob("*.html"):
        if bundle in path.parents or not path.is_file():
            continue
        weight = page_weight(path.read_bytes())
        if weight is not None:
            weights[path.relative_to(site_dir).as_posix()] = weight
    return weights


def page_weight(page: bytes) -> int | None:
    """About how much of Pagefind's indexer memory a page takes, in characters of text: the text
    of its `data-pagefind-body` element that Pagefind indexes (not what EXCLUDE_SELECTORS
    matches), plus a share every page takes whatever its length. None for an unmarked page."""
    if _BODY_MARK not in page:
        return None
    bodies = lxml.html.document_fromstring(page).xpath("//*[@data-pagefind-body]")
    if not bodies:
        return None  # the words were in a script or a comment, not on an element
    characters = 0
    left_out = None  # the element whose subtree is being skipped
    for event, element in etree.iterwalk(bodies[0], events=("start", "end")):
        if event == "start":
            if left_out is None and _left_out_of_search(element):
                left_out = element
            elif left_out is None and element.tag not in _NOT_TEXT:
                characters += len(element.text or "")
            continue
        if element is left_out:
            left_out = None
        if left_out is None and element is not bodies[0]:
            characters += len(element.tail or "")
    return characters + _PAGE_WEIGHT_CHARACTERS


def _left_out_of_search(element) -> bool:
    """What EXCLUDE_SELECTORS matches."""
    return _LEFT_OUT_ATTRIBUTE in element.attrib or _LEFT_OUT_CLASS in element.get("class", "").split()


def split_into_parts(weights: list[int], most: int) -> list[range]:
    """Cut pages, in order, into the fewest runs that each weigh at most `most` (a page heavier
    than that is a run of its own) and, of those, the cut whose heaviest run is lightest;
    return each run's positions.

    Sorted paths keep neighbours together (a month of briefs, the glossary). The heaviest run
    is the largest indexer run, which sets the build's peak memory.
    """
    if most < 1:
        raise ValueError(f"a part must weigh at least 1, not {most}")
    if not weights:
        return []
    fewest = len(_filled_runs(weights, most))
    lightest, heaviest = 1, most  # the least cap that still needs no more than `fewest` runs
    while lightest < heaviest:
        cap = (lightest + heaviest) // 2
        if len(_filled_runs(weights, cap)) <= fewest:
            heaviest = cap
        else:
            lightest = cap + 1
    return _filled_runs(weights, lightest)


def _filled_runs(weights: list[int], cap: int) -> list[range]:
    """Runs filled in order up to `cap` each: the fewest runs within `cap` that keep the order."""
    runs: list[range] = []
    start, load = 0, 0
    for position, weight in enumerate(weights):
        if position > start and load + weight > cap:
            runs.append(range(start, position))
            start, load = position, 0
        load += weight
    runs.append(range(start, len(weights)))
    return runs


def part_folder(number: int) -> str:
    """Where part `number` (from 1) is written, relative to the primary bundle."""
    return "" if number == 1 else f"part-{number}"


def write_part_list(bundle: Path, count: int) -> Path:
    """Write `briefs-parts.js`, which names the parts after the first for the search box to merge.

    Written even for one part, so every page's script finds the file it asks for.
    """
    folders = [f"{part_folder(number)}/" for number in range(2, count + 1)]
    path = bundle / PART_LIST
    write_atomic(path, f"window.briefsSearchParts = {json.dumps(folders)};\n")
    return path


def part_bundles(bundle: Path) -> list[Path]:
    """The primary bundle and the parts its `briefs-parts.js` names, in order (the primary alone
    when there is no list, as in a bundle written before parts)."""
    path = bundle / PART_LIST
    if not path.is_file():
        return [bundle]
    text = path.read_text(encoding="utf-8")
    folders = json.loads(text[text.index("["): text.rindex("]") + 1])
    return [bundle, *(bundle / folder for folder in folders)]


def give_back_free_memory() -> None:
    """Hand the memory this process has freed back to the system, where the C library allows it.

    MkDocs is still running when the hook indexes, and a build frees far more than it keeps:
    glibc holds freed memory for reuse unless asked (`malloc_trim`), and the indexer's peak
    adds to whatever this process holds (at 3,000 briefs, 313 MB before and 138 MB after).
    """
    gc.collect()
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):  # not glibc (macOS, Windows, musl): nothing to ask
        return
    trim(0)


def _index_part(site_dir: Path, pages: list[str], output: Path) -> int:
    """Run Pagefind over `pages` alone, writing its bundle to `output`; return the pages it indexed.

    Pagefind reads a folder, so the part is a folder of links to its pages at their own
    relative paths (the result addresses are made from those paths, as for the whole site).
    """
    with tempfile.TemporaryDirectory(prefix="briefs-pagefind-") as folder:
        part_site = Path(folder)
        for page in pages:
            _link(site_dir / page, part_site / page)
        command = [sys.executable, "-m", "pagefind", "--site", str(part_site), "--output-path", str(output.resolve()),
                   "--exclude-selectors", EXCLUDE_SELECTORS]
        try:
            result = subprocess.run(command, capture_output=True, text=True, check=False)
        except OSError as err:
            raise SearchIndexError([Problem(str(site_dir), None, f"cannot run Pagefind: {err}")]) from err
    if result.returncode != 0:
        output_lines = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise SearchIndexError([Problem(str(site_dir), None, "Pagefind failed: " + " / ".join(output_lines),
                                        "is the pinned pagefind[bin] installed? (make site installs it)")])
    indexed = indexed_page_count(result.stdout)
    if indexed == 0:
        raise SearchIndexError([Problem(str(site_dir), None, f"Pagefind indexed none of the {len(pages)} pages given",
                                        "the theme override must mark the article with data-pagefind-body")])
    return indexed or len(pages)


def _link(target: Path, link: Path) -> None:
    """Make `link` stand for `target`: a symbolic link (Pagefind follows links to files), else a copy."""
    link.parent.mkdir(parents=True, exist_ok=True)
    try:
        link.symlink_to(target.resolve())
    except OSError:  # no symbolic links here (Windows without the privilege)
        shutil.copyfile(target, link)


def indexed_page_count(output: str) -> int | None:
    """The number of pages Pagefind reports having indexed, or None when it does not say."""
    for line in output.splitlines():
        words = line.strip().split()
        # "Indexed 1234 pages"
        if len(words) >= 3 and words[0] == "Indexed" and words[2].startswith("page") and words[1].isdigit():
            return int(words[1])
    return None
