"""`write_site`: the pages the hook hands MkDocs, written to a private folder, in a forked
child for a single build and in this process under `mkdocs serve`; the same files either way."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import briefs.build as pipeline
from briefs.errors import BriefsError
from briefs.build import BuildCache, build_site, pages_folder, write_site
from briefs.forked import can_fork
from briefs.settings import settings_from_config_file
from conftest import SEED_SLUG, build_or_fail, copy_project, mkdocs_build

needs_fork = pytest.mark.skipif(not can_fork(), reason="this platform builds in-process")


def files_under(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


@pytest.fixture
def settings(tmp_path):
    return settings_from_config_file(copy_project(tmp_path / "project") / "mkdocs.yml")


def test_the_child_and_this_process_write_the_same_files_as_build_site(settings, monkeypatch):
    forked = write_site(settings, pages_folder(settings), BuildCache(), isolated=True)
    in_process = write_site(settings, pages_folder(settings), BuildCache(), isolated=False)
    monkeypatch.setattr(pipeline, "can_fork", lambda: False)
    without_fork = write_site(settings, pages_folder(settings), BuildCache(), isolated=True)
    expected = {uri: text.encode("utf-8") for uri, text in build_site(settings).pages.items()}
    for written in (forked, in_process, without_fork):
        assert files_under(written.folder) == expected
        assert written.pages == tuple(expected)
    assert forked.warnings == in_process.warnings == without_fork.warnings


def test_a_serve_rebuild_fills_the_callers_cache(settings):
    cache = BuildCache()
    write_site(settings, pages_folder(settings), cache, isolated=False)
    assert len(cache.articles) >= 1  # it ran here, not in a child whose cache would be lost


# Run in a fresh interpreter: this test process may hold other tests' threads (a served
# site), and then the library rightly refuses to fork.
_ISOLATED_BUILD = """
import sys
from briefs.build import BuildCache, pages_folder, write_site
from briefs.settings import settings_from_config_file
from pathlib import Path
settings = settings_from_config_file(Path(sys.argv[1]))
cache = BuildCache()
written = write_site(settings, pages_folder(settings), cache, isolated=True)
print(len(written.pages), len(cache.articles), len(cache.dates))
"""


@needs_fork
def test_an_isolated_build_runs_in_a_child_and_leaves_the_callers_cache_alone(settings):
    result = subprocess.run([sys.executable, "-c", _ISOLATED_BUILD, str(settings.root / "mkdocs.yml")],
                            capture_output=True, text=True, check=True)
    pages, articles, dates = map(int, result.stdout.split())
    assert pages > 1
    assert articles == dates == 0  # filled in the child, gone with it


def test_each_build_gets_its_own_folder_under_the_project_cache(settings):
    first, second = pages_folder(settings), pages_folder(settings)
    assert first != second and first.parent == second.parent == settings.root / ".cache" / "briefs"


def test_an_error_in_the_child_reaches_the_caller_with_its_problems(settings):
    annotation = settings.annotations_path / f"{SEED_SLUG}.yml"
    annotation.write_text(annotation.read_text(encoding="utf-8") + "\n  - this: [is not closed\n", encoding="utf-8")
    with pytest.raises(BriefsError) as caught:
        write_site(settings, pages_folder(settings), BuildCache(), isolated=True)
    assert any(problem.path.endswith(f"{SEED_SLUG}.yml") and problem.line for problem in caught.value.problems)


def test_a_build_leaves_no_pages_folder_behind_and_drops_no_page(tmp_path):
    project = copy_project(tmp_path / "project")
    site = build_or_fail(project, tmp_path / "site")
    assert (site / "briefs" / SEED_SLUG / "index.html").is_file()
    assert os.listdir(project / ".cache" / "briefs") == []
    broken = project / "annotations" / f"{SEED_SLUG}.yml"
    broken.write_text("notes: [\n", encoding="utf-8")
    assert mkdocs_build(project, tmp_path / "site2").returncode != 0
    assert os.listdir(project / ".cache" / "briefs") == []  # removed on a failed build too


def test_pages_whose_markdown_was_released_keep_their_titles(tmp_path):
    # The hook empties a generated page's Markdown once rendered; MkDocs must still title it.
    project = copy_project(tmp_path / "project")
    site = build_or_fail(project, tmp_path / "site")
    tags = (site / "tags" / "index.html").read_text(encoding="utf-8")
    assert "Ishiba, Headed to White House" in tags
    assert '<a href="../briefs/' in tags and ">None<" not in tags
    brief = (site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert "<title>Ishiba, Headed to White House" in brief

