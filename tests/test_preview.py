"""The preview under `mkdocs serve --dirty` (`briefs.preview` and the hook): after an edit
only the pages it changes are written and rendered, and the served site is what a clean
build of the same files gives.

The first tests run the library in process; the last starts a real `mkdocs serve --dirty`
and edits a note, a seed and a glossary entry under it.
"""

from __future__ import annotations

import filecmp
import importlib.util
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import briefs.build as pipeline
from briefs.build import BuildCache, make_pages
from briefs.contribute.check import build_checks
from briefs.preview import (
    CachedCheckRun, PreviewMemory, merge_search_entries, remove_pages, write_if_changed, write_preview,
)
from briefs.settings import settings_from_config_file
from briefs.site_pages import documentation_pages, hand_written_files
from conftest import ROOT, SEED_SLUG, copy_project

ANNOTATION = f"annotations/{SEED_SLUG}.yml"
SEED = f"seeds/{SEED_SLUG}.txt"
BRIEF_PAGE = f"briefs/{SEED_SLUG}.md"
SECOND_SLUG = "2025-02-08-second-brief"


def replace_in(project: Path, relative: str, old: str, new: str) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- writing only what changed ----------------------------------------------------------


def test_a_page_is_written_when_new_or_different_and_left_alone_when_the_same(tmp_path):
    page = tmp_path / "briefs" / "a.md"
    assert write_if_changed(page, "# A\n")  # new, in a folder made for it
    os.utime(page, ns=(1, 1))
    assert not write_if_changed(page, "# A\n")
    assert page.stat().st_mtime_ns == 1  # not touched: MkDocs' dirty build skips it
    assert write_if_changed(page, "# A’\n")
    assert page.read_bytes() == "# A’\n".encode("utf-8")


def test_removing_pages_deletes_their_files_and_the_folders_left_empty(tmp_path):
    for uri in ("briefs/a.md", "briefs/b.md", "timeline/2025-01.md", "index.md"):
        write_if_changed(tmp_path / uri, uri)
    removed = remove_pages(tmp_path, ["timeline/2025-01.md", "briefs/a.md", "briefs/never-there.md"])
    assert removed == ["briefs/a.md", "timeline/2025-01.md"]
    assert sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*")) == [
        "briefs", "briefs/b.md", "index.md"]


# --- the preview build in process ------------------------------------------------------


@pytest.fixture
def project(tmp_path) -> Path:
    """The frozen project with a second brief (a copy of the first seed, no notes), so an
    edit of one brief has another to leave alone."""
    project = copy_project(tmp_path / "project")
    shutil.copy(project / SEED, project / "seeds" / f"{SECOND_SLUG}.txt")
    return project


class Preview:
    """One serve session's preview builds into one folder."""

    def __init__(self, project: Path):
        self.settings = settings_from_config_file(project / "mkdocs.yml")
        self.folder = project / ".cache" / "preview-pages"
        self.folder.mkdir(parents=True)
        self.cache, self.memory = BuildCache(), PreviewMemory()
        self.hand_written = documentation_pages(hand_written_files(self.settings))

    def build(self):
        return write_preview(self.settings, self.folder, self.cache, self.memory, self.hand_written)

    def pages(self) -> dict[str, str]:
        return {path.relative_to(self.folder).as_posix(): path.read_bytes().decode("utf-8")
                for path in self.folder.rglob("*") if path.is_file()}

    def clean_pages(self) -> dict[str, str]:
        """What a build from nothing gives, as the hook asks for it under serve."""
        pages: dict[str, str] = {}
        make_pages(self.settings, pages.__setitem__, BuildCache(), self.hand_written, preview=True,
                   found=build_checks(self.settings))
        return pages


@pytest.fixture
def preview(project) -> Preview:
    session = Preview(project)
    site, changes = session.build()
    assert set(changes.written) == set(site.pages) == set(session.clean_pages())
    return session


def test_a_rebuild_without_an_edit_writes_nothing(preview):
    _site, changes = preview.build()
    assert changes.written == changes.removed == ()
    assert not changes.tags_changed


EDITS = {
    "note": (ANNOTATION, "Article V of the 1960 treaty", "Article V of the treaty of 1960"),
    "seed correction": (SEED, "the world’s largest investor", "the world’s biggest investor"),
    "glossary short": ("glossary/white-house.yml", "short: The official residence", "short: The residence"),
    "glossary definition": ("glossary/white-house.yml", "is where the president", "is where the U.S. president"),
    "tag": (ANNOTATION, "  - Trade\n", "  - Trade\n  - Tariffs\n"),
    "a note that no longer anchors": (ANNOTATION, 'quote: "2% of its gross domestic product"', 'quote: "3% of its GDP"'),
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_after_an_edit_the_folder_holds_what_a_clean_build_gives(preview, project, edit):
    replace_in(project, *edit)
    _site, changes = preview.build()
    assert changes.written, "the edit changed no page"
    assert preview.pages() == preview.clean_pages()


@pytest.mark.parametrize("edit, written", [
    ("note", {BRIEF_PAGE}),
    # The term's page, the glossary, both briefs (the link's title) and the terms that list it under "see also".
    ("glossary short", {BRIEF_PAGE, f"briefs/{SECOND_SLUG}.md", "glossary/white-house.md", "glossary/index.md",
                        "glossary/donald-trump.md", "glossary/benjamin-netanyahu.md",
                        "glossary/prime-ministers-office-kantei.md"}),
    ("a note that no longer anchors", {BRIEF_PAGE, "index.md"}),  # the problem shows on both
])
def test_an_edit_writes_only_the_pages_it_changes(preview, project, edit, written):
    replace_in(project, *EDITS[edit])
    _site, changes = preview.build()
    assert set(changes.written) == written


def test_a_note_edit_anchors_only_that_briefs_notes_and_parses_no_seed(preview, project, monkeypatch):
    anchored = []
    real_anchor_notes = pipeline.anchor_notes

    def counting(article, notes, path, threshold):
        anchored.append(path)
        return real_anchor_notes(article, notes, path, threshold)

    def must_not_parse(*args, **kwargs):
        raise AssertionError("an unchanged seed was parsed again")

    monkeypatch.setattr(pipeline, "anchor_notes", counting)
    monkeypatch.setattr(pipeline, "parse_source", must_not_parse)
    replace_in(project, *EDITS["note"])
    preview.build()
    assert anchored == [ANNOTATION]


def test_a_brief_added_then_removed_adds_then_removes_its_page(preview, project):
    third = project / "seeds" / "2025-02-09-third-brief.txt"
    shutil.copy(project / SEED, third)
    _site, changes = preview.build()
    assert "briefs/2025-02-09-third-brief.md" in changes.written
    assert preview.pages() == preview.clean_pages()
    third.unlink()
    _site, changes = preview.build()
    assert changes.removed == ("briefs/2025-02-09-third-brief.md",)
    assert preview.pages() == preview.clean_pages()


@pytest.mark.parametrize("edit, changed", [("note", False), ("seed correction", False), ("tag", True)])
def test_tags_changed_says_whether_the_tags_page_must_be_rendered_again(preview, project, edit, changed):
    replace_in(project, *EDITS[edit])
    _site, changes = preview.build()
    assert changes.tags_changed is changed


def test_the_cached_check_run_finds_what_a_fresh_one_finds_after_lines_move(project):
    # A lower-case tag is a warning placed on its line; an edit above it moves the line.
    replace_in(project, ANNOTATION, "  - Trade\n", "  - trade policy\n")
    settings = settings_from_config_file(project / "mkdocs.yml")
    cache, lines = BuildCache(), PreviewMemory().key_lines
    cached = build_checks(settings, CachedCheckRun(settings, cache=cache, lines=lines))
    assert cached == build_checks(settings) and any("trade policy" in problem.message for problem in cached)
    replace_in(project, ANNOTATION, "key_points:\n", "key_points:\n  - One more point first.\n")
    moved = build_checks(settings, CachedCheckRun(settings, cache=cache, lines=lines))
    assert moved == build_checks(settings) != cached


# --- Material's search index after a dirty build ---------------------------------------


def entry(location: str, text: str = "") -> dict:
    return {"location": location, "title": location, "text": text}


@pytest.mark.parametrize("previous, new, replaced, expected", [
    pytest.param([entry(""), entry("a/"), entry("a/#x"), entry("b/")], [entry("a/", "new")], {"a/"},
                 [entry(""), entry("a/", "new"), entry("b/")], id="a page's section removed"),
    pytest.param([entry(""), entry("a/"), entry("b/"), entry("b/#y")], [entry("b/", "new"), entry("a/", "new")],
                 {"a/", "b/"}, [entry(""), entry("a/", "new"), entry("b/", "new")], id="two pages rendered"),
    pytest.param([entry(""), entry("a/"), entry("b/")], [], {"a/"}, [entry(""), entry("b/")], id="a page gone"),
    pytest.param([entry(""), entry("ab/"), entry("a/")], [entry("a/", "new")], {"a/"},
                 [entry(""), entry("ab/"), entry("a/", "new")], id="a page whose address starts another's"),
    pytest.param([entry("a/"), entry("b/")], [entry("", "home")], {""},
                 [entry("", "home"), entry("a/"), entry("b/")], id="the home page, whose address is empty"),
])
def test_search_entries_are_merged_as_a_clean_build_lists_them(previous, new, replaced, expected):
    order = {"": 0, "ab/": 1, "a/": 2, "b/": 3}
    assert merge_search_entries(previous, new, replaced, order) == expected


# --- the hook's filter for the dirty-build notice --------------------------------------


def load_hook():
    spec = importlib.util.spec_from_file_location("briefs_hook_under_test", ROOT / "hooks" / "briefs_hook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("level, message, lowered", [
    (logging.WARNING, "A 'dirty' build is being performed, this will likely lead to inaccurate navigation", True),
    (logging.WARNING, "Doc file 'x.md' contains a link 'y.md', but the target is not found", False),
    (logging.WARNING, "The 'dirty' build notice, quoted in another warning", False),
    (logging.ERROR, "A 'dirty' build is being performed, but as an error", False),
], ids=["the notice", "another warning", "not at the start", "an error"])
def test_only_the_dirty_build_notice_is_lowered_to_info(level, message, lowered):
    record = logging.LogRecord("mkdocs.commands.build", level, __file__, 1, message, None, None)
    assert load_hook()._DirtyBuildNotice().filter(record)
    assert record.levelno == (logging.INFO if lowered else level)


# --- a real `mkdocs serve --dirty` -----------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`mkdocs serve --dirty` on a project; its site folder is the one MkDocs makes in TMPDIR."""

    def __init__(self, project: Path, work: Path):
        self.project, self.port = project, free_port()
        self.base = f"http://127.0.0.1:{self.port}/briefs/"  # the path of site_url
        temporary = work / "serve-tmp"
        temporary.mkdir()
        self.env = {**os.environ, "TMPDIR": str(temporary), "NO_MKDOCS_2_WARNING": "1",
                    "SOURCE_DATE_EPOCH": "1738900000"}  # one build date for served and clean pages
        self.log = work / "serve.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{self.port}"],
                cwd=project, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                # Ctrl-C must stop it (stop()), also where this test runs with SIGINT ignored.
                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        self.fetch(f"briefs/{SEED_SLUG}/", deadline=time.monotonic() + 180)
        self.site = next(temporary.glob("mkdocs_*"))  # serve's `tempfile.mkdtemp(prefix='mkdocs_')`

    def fetch(self, path: str, deadline: float | None = None) -> str:
        while True:
            try:
                with urllib.request.urlopen(self.base + path, timeout=120) as response:
                    return response.read().decode("utf-8")
            except (urllib.error.URLError, ConnectionError):
                if deadline is None or time.monotonic() > deadline:
                    raise AssertionError(f"no answer for {path}:\n{self.log.read_text()[-3000:]}")
                time.sleep(0.5)

    def wait_for(self, path: str, new: str, old: str, seconds: float = 120) -> None:
        """Poll `path` until it shows `new`; then it must never show `old` again."""
        deadline = time.monotonic() + seconds
        while new not in (page := self.fetch(path)):
            assert time.monotonic() < deadline, f"{path} never showed {new!r}:\n{self.log.read_text()[-3000:]}"
            time.sleep(0.05)
        for _ in range(3):
            assert old not in page and new in page
            page = self.fetch(path)

    def built_times(self) -> dict[str, int]:
        return {path.relative_to(self.site).as_posix(): path.stat().st_mtime_ns for path in self.site.rglob("*.html")}

    def stop(self) -> str:
        self.process.send_signal(signal.SIGINT)  # as Ctrl-C: the hook's on_shutdown runs
        self.process.wait(timeout=60)
        return self.log.read_text()


def clean_site_differences(server: Server, work: Path) -> list[str]:
    """The files that differ between the served site and a clean `mkdocs build` of the same files."""
    project = work / "clean-project"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(server.project, project, ignore=shutil.ignore_patterns(".cache"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_url: https://annotated-briefs.github.io/briefs/", f"site_url: {server.base}"), encoding="utf-8")
    site = work / "clean-site"
    shutil.rmtree(site, ignore_errors=True)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)],
                            cwd=project, env=server.env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    clean = {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}
    served = {path.relative_to(server.site).as_posix() for path in server.site.rglob("*") if path.is_file()}
    return sorted((clean ^ served) | {name for name in clean & served
                                      if not filecmp.cmp(site / name, server.site / name, shallow=False)})


BRIEF_URL = f"briefs/{SEED_SLUG}/"
SERVE_EDITS = [
    # (what, file, old, new, the served page, its text before and after, a built page the edit must leave alone)
    ("note", ANNOTATION, "Article V of the 1960 treaty says", "Article V of the 1960 security pact says",
     BRIEF_URL, ("1960 treaty says", "1960 security pact says"), "glossary/white-house/index.html"),
    ("seed correction", SEED, "Ishiba has tried to meet with Trump twice", "Ishiba has tried to meet with Trump two times",
     BRIEF_URL, ("twice, as he has wanted", "two times, as he has wanted"), "about/index.html"),
    ("glossary entry", "glossary/white-house.yml", "short: The official residence", "short: The historic residence",
     "glossary/white-house/", ("The official residence", "The historic residence"), "glossary/akie-abe/index.html"),
    # Every page shows the tags page's list or the navigation: these render every page again.
    ("tag", ANNOTATION, "  - Trade\n", "  - Trade\n  - Tariffs\n", BRIEF_URL, ("no such text", "Tariffs"), None),
    ("hand-written page", "docs/about.md", "# About\n", "# About this site\n", "glossary/akie-abe/",
     ("no such text", "About this site"), None),
]


def test_serve_dirty_shows_each_edit_and_then_the_site_a_clean_build_gives(tmp_path):
    project = copy_project(tmp_path / "project")
    server = Server(project, tmp_path)
    try:
        assert clean_site_differences(server, tmp_path) == []
        for what, relative, old, new, url, (shown_before, shown_after), untouched in SERVE_EDITS:
            before = server.built_times()
            replace_in(project, relative, old, new)
            server.wait_for(url, shown_after, shown_before)
            if untouched:
                assert server.built_times()[untouched] == before[untouched], f"{what}: {untouched} was rendered again"
            assert clean_site_differences(server, tmp_path) == [], what
    finally:
        log = server.stop()
    assert "Aborted" not in log and "WARNING" not in log
    assert not list((project / ".cache" / "briefs").iterdir())  # the session's pages folder is gone
