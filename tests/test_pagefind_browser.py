"""Pagefind search in a real browser: the box sits in the header and finds the brief and the term."""

from __future__ import annotations

import sys

import pytest

from browser import PHONE
from conftest import ROOT, SEED_SLUG, copy_project

sys.path.insert(0, str(ROOT / "scripts"))
from bench_site import with_search_backend  # noqa: E402

pytestmark = pytest.mark.browser

BRIEF = f"briefs/{SEED_SLUG}/"


@pytest.fixture(scope="module")
def pagefind_site(serve_project, tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("pagefind-project"))
    config = project / "mkdocs.yml"
    config.write_text(with_search_backend(config.read_text(encoding="utf-8"), "pagefind"), encoding="utf-8")
    return serve_project(project)


def pagefind_results(view, query: str, expected: tuple[str, ...]) -> list[str]:
    """The result links for `query`, once a link to each `expected` page has appeared.

    Pagefind's interface writes its result count first and each result as its fragment
    arrives, so reading the links as soon as the count shows can miss the slower ones.
    """
    box = view.page.locator("#briefs-search .pagefind-ui__search-input")
    box.fill(query)
    view.page.locator("#briefs-search .pagefind-ui__message").filter(has_text=query).wait_for()
    for page in expected:
        view.page.locator(f'#briefs-search .pagefind-ui__result-link[href*="{page}"]').first.wait_for(timeout=20_000)
    hrefs = view.page.eval_on_selector_all("#briefs-search .pagefind-ui__result-link", "links => links.map(l => l.href)")
    return [href.removeprefix(view.base_url).split("#")[0] for href in hrefs]


def test_pagefind_finds_the_brief_and_the_term_page(visit, pagefind_site):
    view = visit("", site=pagefind_site)
    assert view.page.locator("input.md-search__input").count() == 0  # Material's search is off
    results = pagefind_results(view, "Senkaku", (BRIEF, "glossary/senkaku-islands/"))
    assert BRIEF in results and "glossary/senkaku-islands/" in results
    view.assert_clean()


def test_pagefind_box_fits_a_phone(visit, pagefind_site):
    view = visit(BRIEF, width=PHONE[0], height=PHONE[1], site=pagefind_site)
    assert view.horizontal_overflow() <= 0
    view.assert_clean()
