"""The generated Markdown stays byte for byte what it was, page type by page type.

A golden copy of every page built from a fixed project (the frozen test content plus two
invented articles: one with kanji, one with a hostile headline) is kept under
`tests/golden/`. A change to the library that changes any page fails here, with the page
and the first differing line. When the change is meant, regenerate the copy and review
its diff like code:

    BRIEFS_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py

The build runs in process (no MkDocs): MkDocs adds nothing to what the library writes.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest

from briefs.build import build_site
from briefs.settings import Settings
from conftest import ARTICLES, copy_project

GOLDEN = Path(__file__).resolve().parent / "golden"
EXTRA_SEEDS = ("2025-03-03-invented-kanji-profile.txt", "2025-03-04-invented-hostile-headline.txt")
UPDATE = os.environ.get("BRIEFS_UPDATE_GOLDEN") == "1"

# Two shapes of the site: the default, and a timeline split into pages by month.
VARIANTS = {
    "default": {"site_url": "https://briefs.example.org/"},
    "split-timeline": {"site_url": "https://briefs.example.org/", "timeline_page_events": 3},
}


def golden_project(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    for name in EXTRA_SEEDS:
        shutil.copy2(ARTICLES / name, project / "seeds" / name)
    return project


def built_pages(tmp_path: Path, variant: str) -> dict[str, str]:
    settings = Settings(root=golden_project(tmp_path), **VARIANTS[variant])
    return build_site(settings).pages


def _first_difference(expected: str, actual: str) -> str:
    diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "golden", "built", n=1, lineterm="")
    return "\n".join(list(diff)[:12])


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_generated_pages_match_the_golden_copy(tmp_path, variant):
    pages = built_pages(tmp_path, variant)
    folder = GOLDEN / variant
    if UPDATE:
        shutil.rmtree(folder, ignore_errors=True)
        for uri, text in pages.items():
            target = folder / uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="")
    kept = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())
    assert kept == sorted(pages), "pages were added or removed; regenerate the golden copy if that is meant"
    for uri, text in pages.items():
        expected = (folder / uri).read_text(encoding="utf-8")
        assert text == expected, f"{uri} changed:\n{_first_difference(expected, text)}"


def test_the_golden_copy_covers_every_page_type(tmp_path):
    default = sorted(path.relative_to(GOLDEN / "default").as_posix() for path in (GOLDEN / "default").rglob("*.*"))
    split = sorted(path.relative_to(GOLDEN / "split-timeline").as_posix() for path in (GOLDEN / "split-timeline").rglob("*.*"))
    assert "index.md" in default and "feed.xml" in default and "timeline.md" in default
    assert any(uri.startswith("briefs/") for uri in default) and "glossary/index.md" in default
    assert any(uri.startswith("timeline/") for uri in split), "the split variant must hold month pages"
