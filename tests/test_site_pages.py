"""Hand-written pages beside generated ones: `briefs render` and the hook read the same
`docs_dir` and refuse the same clashes in the same words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import get_files

from briefs.settings import Settings
from briefs.site_pages import documentation_pages, hand_written_files, page_clashes
from conftest import copy_project

CLASH = "docs/glossary/index.md: clashes with a generated page; rename or remove it"


def render(project: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefs", "--root", str(project), "render", "--out", str(out)],
                          capture_output=True, text=True)


def hook_files_error(project: Path, site: Path) -> str:
    """The hook's error when MkDocs hands it the project's files ("" when there is none)."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        config = config.plugins.on_config(config)
        config.plugins.on_files(get_files(config), config=config)
        config.plugins.on_post_build(config=config)  # removes the pages folder, as after a build
    except PluginError as err:
        config.plugins.on_build_error(error=err)  # as MkDocs does: the pages folder goes
        return str(err)
    finally:
        config.plugins.on_shutdown()
    return ""


@pytest.mark.parametrize(("docs_dir", "expected"), [("docs", "docs/tags.md"), ("site_docs", "site_docs/tags.md")])
def test_a_clash_names_the_hand_written_file_in_docs_dir(tmp_path, docs_dir, expected):
    settings = Settings(root=tmp_path, docs_dir=docs_dir)
    [problem] = page_clashes(["index.md", "tags.md"], ["tags.md", "about.md"], settings)
    assert problem.format() == f"{expected}: clashes with a generated page; rename or remove it"


def test_no_clash_when_no_path_is_shared(tmp_path):
    assert page_clashes(["index.md", "briefs/a.md"], ["about.md", "briefs/b.md"], Settings(root=tmp_path)) == []


def test_hand_written_files_lists_every_file_of_docs_dir_and_the_pages_among_them(tmp_path):
    docs = tmp_path / "site_docs"
    (docs / "assets").mkdir(parents=True)
    for name in ("about.md", "notes.markdown", "assets/site.css"):
        (docs / name).write_text("x", encoding="utf-8")
    files = hand_written_files(Settings(root=tmp_path, docs_dir="site_docs"))
    assert files == {"about.md", "notes.markdown", "assets/site.css"}
    assert documentation_pages(files) == {"about.md", "notes.markdown"}
    assert hand_written_files(Settings(root=tmp_path)) == set()  # no docs/ folder


def test_render_and_the_hook_refuse_a_hand_written_generated_page_in_the_same_words(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "glossary").mkdir()
    (project / "docs" / "glossary" / "index.md").write_text("# Glossary\n", encoding="utf-8")
    result = render(project, tmp_path / "out")
    assert result.returncode == 1
    assert CLASH in result.stderr.splitlines()
    assert not (tmp_path / "out").exists()  # nothing written
    error = hook_files_error(project, tmp_path / "site")
    assert CLASH in error.splitlines()
    assert not list((project / ".cache" / "briefs").iterdir())  # the hook's pages folder is removed


def test_render_and_the_hook_read_the_hand_written_pages_of_docs_dir(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs").rename(project / "site_docs")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("docs_dir: docs\n", "docs_dir: site_docs\n"),
                      encoding="utf-8")
    result = render(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    # The home page links the tag index only when the hand-written tags.md is there.
    assert "[**By tag**](tags.md)" in (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert hook_files_error(project, tmp_path / "site") == ""
    (project / "site_docs" / "timeline.md").write_text("# Timeline\n", encoding="utf-8")
    result = render(project, tmp_path / "out2")
    assert result.returncode == 1
    clash = "site_docs/timeline.md: clashes with a generated page; rename or remove it"
    assert clash in result.stderr.splitlines()
    assert clash in hook_files_error(project, tmp_path / "site").splitlines()
