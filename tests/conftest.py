"""Shared fixtures: the project root, the first seed, and a throwaway project builder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_SLUG = "2025-02-07-ishiba-headed-to-white-house"
SEED = ROOT / "seeds" / f"{SEED_SLUG}.txt"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


PROJECT_PARTS = ("mkdocs.yml", "docs", "hooks", "overrides", "seeds", "annotations", "glossary")


def copy_project(destination: Path) -> Path:
    """Copy the site configuration and content (not the library) to `destination`."""
    for name in PROJECT_PARTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        elif source.exists():
            shutil.copy2(source, destination / name)
    (destination / "glossary").mkdir(exist_ok=True)
    return destination


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's site configuration and content in a temporary folder."""
    return copy_project(tmp_path)
