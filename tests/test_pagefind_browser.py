"""Pagefind search in a real browser: the box sits in the header and finds the brief and the term."""

from __future__ import annotations

import pytest

from browser import PHONE
from conftest import SEED_SLUG

pytestmark = pytest.mark.browser

BRIEF = f"briefs/{SEED_SLUG}/"


@pytest.fixture(scope="module")
def served_pagefind_site(serve_project, pagefind_site):
    """conftest's Pagefind build of the frozen project (shared with tests/test_search_backends.py), served."""
    return serve_project.folder(pagefind_site)


def pagefind_results(view, query: str, expected: tuple[str, ...]) -> list[str]:
    """The result links for `query`, once a link to each `expected` page has appeared.

    Pagefind's interface writes its result count first and each result as its fragment
    arrives, so reading the links as soon as the count shows can miss the slower ones.
    """
    box = view.page.locator("#briefs-search .pagefind-ui__search-input")
    box.fill(query)
    view.page.locator("#briefs-search .pagefind-ui__message").filter(has_text=query).wait_for()
    # Five results show at first; the rest behind "Load more results". Each part ranks its pages
    # by its own word counts, so with conftest's small parts the order says little: show them all.
    view.page.locator("#briefs-search .pagefind-ui__result-link").first.wait_for()
    more = view.page.locator("#briefs-search button.pagefind-ui__button")
    for _ in range(10):
        view.page.wait_for_timeout(300)  # the button is drawn after the results it follows
        if not more.count():
            break
        more.first.click()
    for page in expected:
        view.page.locator(f'#briefs-search .pagefind-ui__result-link[href*="{page}"]').first.wait_for(timeout=20_000)
    hrefs = view.page.eval_on_selector_all("#briefs-search .pagefind-ui__result-link", "links => links.map(l => l.href)")
    return [href.removeprefix(view.base_url).split("#")[0] for href in hrefs]


def test_pagefind_finds_the_brief_and_the_term_page(visit, served_pagefind_site):
    view = visit("", site=served_pagefind_site)
    assert view.page.locator("input.md-search__input").count() == 0  # Material's search is off
    results = pagefind_results(view, "Senkaku", (BRIEF, "glossary/senkaku-islands/"))
    assert BRIEF in results and "glossary/senkaku-islands/" in results
    view.assert_clean()


def test_pagefind_box_fits_a_phone(visit, served_pagefind_site):
    view = visit(BRIEF, width=PHONE[0], height=PHONE[1], site=served_pagefind_site)
    assert view.horizontal_overflow() <= 0
    view.assert_clean()
