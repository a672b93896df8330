"""The strict MkDocs build with the glossary: links with tooltips, term pages, the index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import SEED_SLUG, copy_project, mkdocs_build
from test_build import page_text

PERSONS = ("shigeru-ishiba", "donald-trump", "benjamin-netanyahu", "akie-abe", "shinzo-abe", "yoshimasa-hayashi", "takeshi-iwaya")


@pytest.fixture
def site(project_site) -> Path:
    return project_site


def article_html(site: Path) -> str:
    page = page_text(site, f"briefs/{SEED_SLUG}")
    return page[page.index('<p class="brief-source">'):page.index('id="key-terms"')]


def glossary_links(html: str) -> list[tuple[str, str, str]]:
    """(slug, title, text) of every link to a term page."""
    return re.findall(r'<a href="\.\./\.\./glossary/([a-z0-9-]+)/" title="([^"]*)">([^<]*)</a>', html)


def test_seed_links_each_term_once_with_its_tooltip(site):
    links = glossary_links(article_html(site))
    slugs = [slug for slug, _title, _text in links]
    assert len(slugs) == len(set(slugs))
    shown = {slug: text for slug, _title, text in links}
    assert shown["senkaku-islands"] == "Senkaku Islands"
    assert shown["article-5-of-the-japan-us-security-treaty"] == "Article 5 of the Japan-U.S. Security Treaty"
    assert shown["free-and-open-indo-pacific"] == "free and open Indo-Pacific"
    for person in PERSONS:
        assert person in shown
    titles = {slug: title for slug, title, _text in links}
    assert titles["senkaku-islands"].startswith("A small group of uninhabited islets")
    assert all(title.endswith(".") for title in titles.values())


def test_headline_has_no_link(site):
    page = page_text(site, f"briefs/{SEED_SLUG}")
    headline = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
    assert "<a href=\"../../glossary" not in headline


def test_brief_ends_with_key_terms_and_people(site):
    page = page_text(site, f"briefs/{SEED_SLUG}")
    assert page.index('id="key-terms"') < page.index('id="people"')
    key_terms = page[page.index('id="key-terms"'):page.index('id="people"')]
    assert "Senkaku Islands</a> — A small group of uninhabited islets" in key_terms


@pytest.mark.parametrize("slug", ["senkaku-islands", "article-5-of-the-japan-us-security-treaty", "free-and-open-indo-pacific", *PERSONS])
def test_each_term_page_lists_the_brief_with_its_sentence(site, slug):
    page = page_text(site, f"glossary/{slug}")
    assert f'href="../../briefs/{SEED_SLUG}/"' in page
    assert re.search(r"<blockquote>\s*<p>[^<]*<mark>", page)


def test_abe_who_built_belongs_to_shinzo_abe(site):
    shinzo = page_text(site, "glossary/shinzo-abe")
    akie = page_text(site, "glossary/akie-abe")
    assert "<mark>Abe</mark>, who built a close relationship with Trump" in shinzo
    assert "who built" not in akie
    assert "<mark>Shinzo Abe</mark>, visited the United States." in shinzo


def test_glossary_index_lists_kinds_and_counts(site):
    index = page_text(site, "glossary")
    assert index.index(">People<") < index.index(">Places<")
    assert re.search(r'<a href="senkaku-islands/">Senkaku Islands</a> — A small group[^<]*\(1 brief\)', index)
    assert "(0 briefs)" in index


def test_a_broken_glossary_entry_fails_the_build_with_its_line(tmp_path):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    entry = project / "glossary" / "taiwan-strait.yml"
    entry.write_text(entry.read_text(encoding="utf-8").replace("kind: place", "kind: sea"), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "glossary/taiwan-strait.yml:8: kind must be one of" in result.stderr
    assert "Traceback" not in result.stderr
