"""The edit button of a generated page opens the contributed file it comes from."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from briefs.contribute.editlinks import edit_uri_for, source_file_for
from briefs.settings import Settings
from conftest import SEED_SLUG


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    for relative in (f"annotations/{SEED_SLUG}.yml", "glossary/senkaku-islands.yml"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    return Settings(root=tmp_path)


@pytest.mark.parametrize("src_uri, expected", [
    (f"briefs/{SEED_SLUG}.md", f"../annotations/{SEED_SLUG}.yml"),
    ("glossary/senkaku-islands.md", "../glossary/senkaku-islands.yml"),
    ("glossary/index.md", None),
    ("index.md", None),
    ("timeline.md", None),
    ("briefs/2025-01-01-no-annotation-yet.md", None),
    ("glossary/unknown-term.md", None),
    ("briefs/nested/x.md", None),
], ids=["brief", "term", "glossary-index", "home", "timeline", "brief-without-file", "unknown-term", "nested"])
def test_edit_path_of_each_generated_page(settings, src_uri, expected):
    assert edit_uri_for(src_uri, settings, settings.root / "docs") == expected
    assert (source_file_for(src_uri, settings) is None) == (expected is None)


def test_edit_path_follows_renamed_folders(tmp_path):
    settings = Settings(root=tmp_path, annotations_dir="contrib/notes", briefs_uri="news")
    (tmp_path / "contrib" / "notes").mkdir(parents=True)
    (tmp_path / "contrib" / "notes" / "a.yml").write_text("x: 1\n", encoding="utf-8")
    assert edit_uri_for("news/a.md", settings, tmp_path / "docs") == "../contrib/notes/a.yml"


def test_built_brief_has_an_edit_button_to_its_annotation_file(project_site):
    # conftest's strict build of the frozen project, shared with the other tests that read it.
    page = html.unescape((project_site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8"))
    assert (f'href="https://github.com/annotated-briefs/briefs/edit/main/annotations/{SEED_SLUG}.yml" '
            'title="Edit this page"') in page
    home = (project_site / "index.html").read_text(encoding="utf-8")
    assert 'title="Edit this page"' not in home  # generated from no file
