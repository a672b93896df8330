"""The benchmark's synthetic project: the same files for a seed, and a project that builds."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from briefs.sources.pasted_text import parse_article
from conftest import ROOT, mkdocs_build

sys.path.insert(0, str(ROOT / "scripts"))
from synthetic import KINDS, TERMS_PER_BRIEF, generate_project  # noqa: E402


def tree(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return generate_project(tmp_path_factory.mktemp("synthetic") / "project", briefs=3, terms=40, seed=7)


def test_same_seed_same_files(small, tmp_path):
    again = generate_project(tmp_path / "again", briefs=3, terms=40, seed=7)
    assert tree(again.root) == tree(small.root)


def test_other_seed_other_files(small, tmp_path):
    other = generate_project(tmp_path / "other", briefs=3, terms=40, seed=8)
    assert tree(other.root)["seeds/" + other.slugs[0] + ".txt"] != tree(small.root)["seeds/" + small.slugs[0] + ".txt"]


def test_the_generated_project_builds_strictly(small, tmp_path):
    result = mkdocs_build(small.root, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    for slug in small.slugs:
        assert (tmp_path / "site" / "briefs" / slug / "index.html").is_file()
    # Scale: the navigation of every page lists the sections, never each brief; the
    # all-briefs page lists them all.
    first, second = small.slugs[0], small.slugs[1]
    page = (tmp_path / "site" / "briefs" / first / "index.html").read_text(encoding="utf-8")
    navigation = page[page.index('<nav class="md-nav md-nav--primary"'): page.index("</nav>", page.index("md-nav--primary"))]
    assert second not in navigation and first not in navigation
    archive = (tmp_path / "site" / "briefs" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{slug}/"' in archive for slug in small.slugs)


def test_briefs_parse_in_the_seed_shape(small):
    for slug in small.slugs:
        article = parse_article((small.root / "seeds" / f"{slug}.txt").read_text(encoding="utf-8"))
        words = sum(len(paragraph.text.split()) for paragraph in article.paragraphs)
        assert 800 <= words <= 1000
        assert article.title and article.caption and article.published is not None and article.zone_name == "JST"
        assert article.section in ("Politics", "Business", "World", "Society", "Science")
        assert {line.reason for line in article.dropped} >= {"popular-list", "list-separator"}
        assert re.search(r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b|\bmid-[A-Z]", article.text)


def test_each_note_quote_occurs_once_within_a_paragraph(small):
    for slug in small.slugs:
        article = parse_article((small.root / "seeds" / f"{slug}.txt").read_text(encoding="utf-8"))
        notes = yaml.safe_load((small.root / "annotations" / f"{slug}.yml").read_text(encoding="utf-8"))["notes"]
        assert len(notes) >= 3
        for note in notes:
            assert article.text.count(note["quote"]) == 1
            assert any(note["quote"] in paragraph.text for paragraph in article.paragraphs)


def test_each_brief_mentions_about_fifteen_terms(small):
    for slug in small.slugs:
        text = (small.root / "seeds" / f"{slug}.txt").read_text(encoding="utf-8")
        mentioned = [term for term in small.terms if term.name in text or any(alias in text for alias in term.aliases)]
        assert len(mentioned) >= TERMS_PER_BRIEF
        assert any(" " in term.name for term in mentioned)
        surnames = [term.surname for term in mentioned if term.surname]
        assert all(re.search(rf"\b{surname}\b", text) for surname in surnames)


def test_glossary_entries_have_the_project_format(small):
    files = sorted((small.root / "glossary").glob("*.yml"))
    assert len(files) == 40
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# yaml-language-server: $schema=../schemas/glossary.schema.json\n")
        entry = yaml.safe_load(text)
        assert entry["kind"] in KINDS
        assert isinstance(entry["as_of"], date)
        assert entry["short"] and entry["definition"]
        assert all(source["url"].startswith("https://") for source in entry["sources"])
        assert ("surname" in entry) == (entry["kind"] == "person")
    assert {yaml.safe_load(path.read_text(encoding="utf-8"))["kind"] for path in files} == set(KINDS)
