"""Run a first search on a built site and list the files a reader's browser fetched for it.

Two ways, both used by `bench_site.py` and the tests:

- `run_search(site, backend, query)`: serves `site` on 127.0.0.1, opens the home page in
  headless Chromium (Playwright driving the system's /usr/bin/chromium), types `query` into
  the backend's search box, waits for results, and returns every search file requested
  from page load on (Material: the index and its worker; Pagefind: everything under
  `pagefind/`). Raises RuntimeError when no browser is available.
- `query_pagefind(bundle, word)`: reads Pagefind's index files in Python, as its loader
  does without Node.js or a browser: the gzipped CBOR metadata, the index chunk whose word
  range holds `word`, and the fragments (one JSON per page) of the pages that contain a word
  starting with `word`. It returns the pages' addresses and the files read, so a test can
  check that a query finds a brief and the benchmark can size a query without a browser.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
_SIGNATURE = b"pagefind_dcd"
# How many results Pagefind's interface loads (fragments) before the reader scrolls.
PAGEFIND_FIRST_RESULTS = 5


# --- Pagefind index files, read in Python -----------------------------------------------------

@dataclass(frozen=True, slots=True)
class PagefindHit:
    """The pages a one-word query finds, and the bundle files read to find them."""

    urls: tuple[str, ...]  # page addresses, in index order
    files: tuple[str, ...]  # bundle-relative paths: metadata, index chunk(s), fragments of the first results


def read_pagefind_file(path: Path) -> bytes:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_SIGNATURE):
        raise ValueError(f"{path} is not a Pagefind file")
    return data[len(_SIGNATURE):]


def decode_cbor(data: bytes, offset: int = 0):
    """Decode one CBOR item (the subset Pagefind writes); return (value, next offset)."""
    initial = data[offset]
    major, info = initial >> 5, initial & 0x1F
    offset += 1
    if info < 24:
        argument = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        argument = int.from_bytes(data[offset: offset + size], "big")
        offset += size
    else:
        raise ValueError(f"unsupported CBOR item 0x{initial:02x} at {offset - 1}")
    if major == 0:
        return argument, offset
    if major == 1:
        return -1 - argument, offset
    if major in (2, 3):
        raw = data[offset: offset + argument]
        return (raw if major == 2 else raw.decode("utf-8")), offset + argument
    if major == 4:
        items = []
        for _ in range(argument):
            item, offset = decode_cbor(data, offset)
            items.append(item)
        return items, offset
    if major == 5:
        mapping = {}
        for _ in range(argument):
            key, offset = decode_cbor(data, offset)
            mapping[key], offset = decode_cbor(data, offset)
        return mapping, offset
    if major == 6:
        return decode_cbor(data, offset)
    return argument, offset  # simple values: Pagefind writes none that matter here


def query_pagefind(bundle: Path, word: str, language: str | None = None) -> PagefindHit:
    """Pages with a word starting with `word` (lower case), from the index files in `bundle`."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    language = language or next(iter(entry["languages"]))
    meta_name = f"pagefind.{entry['languages'][language]['hash']}.pf_meta"
    meta, _ = decode_cbor(read_pagefind_file(bundle / meta_name))
    pages = [page[0] for page in meta[1]]  # [fragment hash, word count] per page number
    word = word.lower()
    files, numbers = [meta_name], set()
    for first, last, chunk_hash in meta[2]:
        if not (first <= word <= last or first.startswith(word)):
            continue
        name = f"index/{chunk_hash}.pf_index"
        files.append(name)
        chunk, _ = decode_cbor(read_pagefind_file(bundle / name))
        for entry_word, page_words, *_ in chunk[0]:
            if entry_word.startswith(word):
                numbers.update(_page_numbers(page_words))
    urls, fragments = [], []
    for number in sorted(numbers):
        name = f"fragment/{pages[number]}.pf_fragment"
        fragment = json.loads(read_pagefind_file(bundle / name))
        urls.append(fragment["url"])
        fragments.append(name)
    return PagefindHit(tuple(urls), tuple(files + fragments[:PAGEFIND_FIRST_RESULTS]))


def query_pagefind_parts(bundle: Path, word: str) -> PagefindHit:
    """`query_pagefind` over the primary bundle and every part it merges (`briefs.search.index_site`);
    the files are relative to the primary bundle, and the first results' fragments are counted once."""
    from briefs.search import part_bundles

    urls, files, fragments = [], [], []
    for part in part_bundles(bundle):
        hit = query_pagefind(part, word)
        prefix = part.relative_to(bundle).as_posix()
        named = [f"{prefix}/{name}" if prefix != "." else name for name in hit.files]
        urls.extend(hit.urls)
        files.extend(name for name in named if "/fragment/" not in f"/{name}")
        fragments.extend(name for name in named if "/fragment/" in f"/{name}")
    return PagefindHit(tuple(urls), tuple(files + fragments[:PAGEFIND_FIRST_RESULTS]))


def _page_numbers(page_words: list) -> list[int]:
    """Page numbers of a word's entry: stored as differences from the previous one."""
    numbers, number = [], 0
    for page_word in page_words:
        number += page_word[0]
        numbers.append(number)
    return numbers


def pagefind_fragment(bundle: Path, url: str) -> dict | None:
    """The indexed content of the page at `url`, in the bundle or any part it merges, or None."""
    from briefs.search import part_bundles

    for part in part_bundles(bundle):
        for path in sorted((part / "fragment").glob("*.pf_fragment")):
            fragment = json.loads(read_pagefind_file(path))
            if fragment["url"] == url:
                return fragment
    return None


# --- a first search in a headless browser -----------------------------------------------------

SEARCH_FILES = {
    "material": ("search/", "assets/javascripts/workers/search", "assets/javascripts/lunr/"),
    "pagefind": ("pagefind/",),
}
_RESULT = {"material": ".md-search-result__item", "pagefind": "#briefs-search .pagefind-ui__result"}


def run_search(site: Path, backend: str, query: str, timeout_ms: int = 60000) -> list[str]:
    """Site-relative paths of the search files fetched for a first search of `query`.

    Raises:
        RuntimeError: no Chromium or Playwright, or the search showed no result.
    """
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        raise RuntimeError("no Chromium to run the search in")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as err:
        raise RuntimeError("Playwright is not installed") from err
    server = _serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            try:
                return _search(browser, f"http://127.0.0.1:{server.server_port}/", backend, query, timeout_ms)
            except Error as err:
                raise RuntimeError(f"the {backend} search did not run: {str(err).splitlines()[0]}") from err
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()


def _serve(site: Path) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


def _search(browser, base: str, backend: str, query: str, timeout_ms: int) -> list[str]:
    fetched: list[str] = []
    page = browser.new_page()
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(base, wait_until="load")
    if backend == "material":
        # Typing before the worker has loaded the index is ignored: wait for it first.
        page.wait_for_function(
            "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initializing')",
            timeout=timeout_ms)
        field = "input.md-search__input"  # in the header at desktop widths
    else:
        field = "#briefs-search .pagefind-ui__search-input"
    # Typed key by key, as a reader does: Material searches on key events, not on a set value.
    page.locator(field).press_sequentially(query, delay=30)
    page.wait_for_selector(_RESULT[backend], timeout=timeout_ms)
    page.wait_for_load_state("networkidle")
    paths = sorted({url[len(base):].split("?")[0] for url in fetched if url.startswith(base)})
    return [path for path in paths if path.startswith(SEARCH_FILES[backend])]
