"""Browser test harness: build the site once, serve it on 127.0.0.1, drive Chromium.

A pytest plugin (loaded by `tests/conftest.py`). A browser test is one or two lines:

    pytestmark = pytest.mark.browser

    def test_home_lists_the_brief(visit):
        view = visit("")                       # opens http://127.0.0.1:PORT/ at desk width
        assert view.page.locator(".brief-cards a").count() == 1
        view.assert_clean()                    # no console error, failed or off-site request

Fixtures:
    builder: what builds `site`, "mkdocs" (`make site`) or "zensical" (`make zensical`): the
        `--builder` option (default mkdocs), or per module, to run tests against one builder:
            pytestmark = [pytest.mark.browser,
                          pytest.mark.parametrize("builder", ["zensical"], indirect=True)]
    site: the project built once per test session and builder (`BuiltSite`: folder and base URL).
    browser: one headless Chromium per session, driven by Playwright: the one
        `scripts/find_chromium.py` finds (BRIEFS_CHROMIUM, /usr/bin/chromium, Playwright's own).
        Without one the browser tests skip, saying how to install one; under CI=true they fail.
    visit: `visit(path, width=1280, height=900, site=site, **context_options) -> Visit`, a
        fresh page in its own browser context (so no stored state leaks between tests), with
        console messages, page errors and requests recorded; it returns once the page has
        loaded and its requests have settled (`Visit.wait_until_settled`).
    serve_project: `serve_project(project_dir) -> BuiltSite`, to build and serve another
        project (a copy of this one with extra test articles, say).

Every request a page makes is recorded. A request to any host but the test server is
refused and listed in `Visit.offsite_requests`, so `assert_clean` fails on it: the site
must not depend on, or leak its readers to, another host (web fonts, analytics, CDNs).
The browser refuses them itself (see CHROMIUM_ARGS' proxy), so no request waits for this
process to let it through.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, build_or_fail, copy_project, load_script


find_chromium = load_script("find_chromium")  # the one lookup `make chromium` and CI use too
BUILDERS = ("mkdocs", "zensical")  # `make site`, `make zensical`
# The proxy refuses every request but the test servers': it is an address where nothing
# listens (port 9, "discard", which no test machine serves), and only 127.0.0.1 bypasses it
# (`<-loopback>`, which must come first, takes away Chromium's own bypass for localhost and
# the rest of 127/8).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>;127.0.0.1"]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"  # gitignored; named in the README
SETTLED_MS = 200  # a visit returns once the page has loaded and no request was in flight this long
POLL_MS = 25  # how often `Visit.wait_until_settled` looks
DESK = (1280, 900)  # width, height in CSS pixels
PHONE = (390, 844)  # an iPhone 12-15 viewport


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--builder", choices=BUILDERS, default="mkdocs",
                     help="which build of the site the browser tests open (default: mkdocs)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Chromium against the built site (skips without one, see scripts/find_chromium.py)")


@dataclass(frozen=True, slots=True)
class BuiltSite:
    """A built site and the address it is served at."""

    folder: Path  # the site folder MkDocs wrote
    url: str  # base address, ending in "/", e.g. "http://127.0.0.1:43121/"

    def address(self, path: str) -> str:
        return self.url + path.lstrip("/")


@dataclass(slots=True)
class Visit:
    """One page opened in the browser, with everything it logged and requested."""

    page: object  # playwright.sync_api.Page
    base_url: str  # the test server's address
    console_errors: list[str] = field(default_factory=list)  # console.error() calls and uncaught exceptions
    failed_requests: list[str] = field(default_factory=list)  # "URL: reason or HTTP status"
    offsite_requests: list[str] = field(default_factory=list)  # requests to any other host (refused)
    dialogs: list[str] = field(default_factory=list)  # alert/confirm/prompt messages (dismissed)
    in_flight: set = field(default_factory=set)  # requests sent and neither answered nor failed yet

    def wait_until_settled(self, quiet_ms: int = SETTLED_MS, timeout_ms: int = 10_000) -> None:
        """Return once no request has been in flight for `quiet_ms`; fail after `timeout_ms`.

        Playwright's "networkidle" waits a fixed 500 ms of quiet; a static site on the loopback
        answers in a few, so a shorter quiet spell still sees the requests a page makes after
        its load event (Material's search worker and its index, the sitemap, the favicon).
        """
        waited = quiet = 0
        while quiet < quiet_ms:
            if waited > timeout_ms:
                pending = sorted(request.url for request in self.in_flight)
                raise AssertionError(f"requests still in flight after {timeout_ms} ms: {pending}")
            self.page.wait_for_timeout(POLL_MS)  # Playwright delivers the request events meanwhile
            waited += POLL_MS
            quiet = quiet + POLL_MS if not self.in_flight else 0

    def assert_clean(self) -> None:
        """Fail when the page logged an error, a request failed, it asked another host or opened a dialog."""
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"
        assert self.offsite_requests == [], f"requests off 127.0.0.1: {self.offsite_requests}"
        assert self.failed_requests == [], f"failed requests: {self.failed_requests}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"

    def screenshot(self, name: str, full_page: bool = True) -> Path:
        """Save a PNG under `test-artifacts/screenshots/NAME.png` and return its path."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    def horizontal_overflow(self) -> int:
        """How many CSS pixels the document is wider than the viewport (0 when it fits)."""
        return self.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the stdlib's name)
        pass


@pytest.fixture(scope="session")
def serve_project(tmp_path_factory) -> Iterator[Callable[[Path], BuiltSite]]:
    """Build a project and serve its site on a free port of 127.0.0.1 until the session ends."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def serve(project: Path) -> BuiltSite:
        return serve_folder(build_or_fail(project, tmp_path_factory.mktemp("site")))

    def serve_folder(folder: Path) -> BuiltSite:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return BuiltSite(folder, f"http://127.0.0.1:{server.server_address[1]}/")

    serve.folder = serve_folder  # serve an already built site: serve_project.folder(path)
    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def builder(request) -> str:
    """"mkdocs" or "zensical": a module's indirect parametrisation, else the --builder option."""
    return getattr(request, "param", None) or request.config.getoption("--builder")


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory) -> Path:
    """The frozen content's site built by Zensical (`scripts/zensical_build.py`), once per session."""
    if importlib.util.find_spec("zensical") is None:
        reason = "Zensical is not installed: run `make .venv/.installed` (requirements.lock pins it)"
        if find_chromium.in_ci():
            pytest.fail(f"CI=true, where both builds are tested: {reason}")
        pytest.skip(reason)
    zensical_build = load_script("zensical_build")
    project = copy_project(tmp_path_factory.mktemp("zensical-project"))
    site_dir = tmp_path_factory.mktemp("zensical-site") / "site"
    try:
        return zensical_build.build(project, project / "build" / "zensical", site_dir).site_dir
    except zensical_build.ZensicalBuildError as err:
        pytest.fail(f"zensical build failed:\n{err}")


@pytest.fixture(scope="session")
def site(request, serve_project, builder) -> BuiltSite:
    """This project's site, built once per session by `builder` (conftest's `project_site` for MkDocs), served."""
    folder = request.getfixturevalue("zensical_site" if builder == "zensical" else "project_site")
    return serve_project.folder(folder)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium driven by Playwright; skips (fails under CI=true) when there is none."""
    chromium = find_chromium.find_chromium()
    if chromium is None:
        reason = find_chromium.missing_reason()
        if find_chromium.in_ci():
            pytest.fail(f"CI=true, where the browser tests must run: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def visit(browser, site) -> Iterator[Callable[..., Visit]]:
    """Open pages in fresh browser contexts that record errors and requests."""
    contexts = []

    def open_page(path: str, width: int = DESK[0], height: int = DESK[1], site: BuiltSite = site,
                  **options) -> Visit:
        """Open `path` of `site`; `options` go to Playwright's `new_context` (e.g. color_scheme="dark")."""
        context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block", **options)
        contexts.append(context)
        context.set_default_timeout(10_000)  # a local static site answers in milliseconds
        page = context.new_page()
        view = Visit(page, site.url)
        _record(view, site.url)
        page.goto(site.address(path), wait_until="load")
        view.wait_until_settled()
        return view

    yield open_page
    for context in contexts:
        context.close()


def _record(view: Visit, base_url: str) -> None:
    page = view.page
    host = urlsplit(base_url).netloc

    def record_offsite(request):  # the browser's proxy refuses it (CHROMIUM_ARGS)
        if urlsplit(request.url).scheme in ("http", "https") and urlsplit(request.url).netloc != host:
            view.offsite_requests.append(request.url)

    page.on("request", record_offsite)
    page.on("request", lambda request: view.in_flight.add(request))
    page.on("requestfinished", lambda request: view.in_flight.discard(request))
    page.on("requestfailed", lambda request: view.in_flight.discard(request))
    page.on("dialog", lambda dialog: (view.dialogs.append(f"{dialog.type}: {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda message: message.type == "error" and view.console_errors.append(message.text))
    page.on("pageerror", lambda error: view.console_errors.append(f"uncaught: {error}"))
    page.on("requestfailed", lambda request: urlsplit(request.url).netloc == host and view.failed_requests.append(
        f"{request.url}: {request.failure}"))
    page.on("response", lambda response: response.status >= 400 and view.failed_requests.append(
        f"{response.url}: HTTP {response.status}"))


def copy_with_articles(destination: Path, articles: list[Path]) -> Path:
    """A copy of the project with extra seed files (e.g. from `tests/articles/`)."""
    destination.mkdir(parents=True, exist_ok=True)
    project = copy_project(destination)
    for article in articles:
        shutil.copy2(article, project / "seeds" / article.name)
    return project
