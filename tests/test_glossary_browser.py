"""Glossary links in a real browser: tooltip on hover and on keyboard focus, the term page, search."""

from __future__ import annotations

import pytest

from conftest import SEED_SLUG
from test_browser import search

pytestmark = pytest.mark.browser

BRIEF = f"briefs/{SEED_SLUG}/"
TERM = "glossary/senkaku-islands/"
SHORT = "A small group of uninhabited islets in the East China Sea"
FIRST_LINK = f'article p a[href$="{TERM}"]'


def tooltip_text(view) -> str:
    tooltip = view.page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible")
    return tooltip.inner_text()


def test_hover_shows_the_terms_short_definition(visit):
    view = visit(BRIEF)
    assert view.page.locator(FIRST_LINK).count() == 1  # first mention only
    view.page.locator(FIRST_LINK).hover()
    assert SHORT in tooltip_text(view)
    view.assert_clean()


def test_keyboard_focus_shows_the_tooltip(visit):
    view = visit(BRIEF)
    view.page.locator(FIRST_LINK).focus()
    assert SHORT in tooltip_text(view)


def test_following_the_link_opens_the_term_page_which_lists_the_brief(visit):
    view = visit(BRIEF)
    view.page.locator(FIRST_LINK).click()
    view.page.wait_for_url(f"**/{TERM}")
    mentioned = view.page.locator("article", has_text="Mentioned in")
    assert mentioned.locator(f'a[href$="{BRIEF}"]').count() >= 1
    assert view.page.locator("article mark", has_text="Senkaku Islands").count() >= 1
    assert "applies to the Senkaku Islands in Okinawa Prefecture" in view.page.locator("article").inner_text()
    view.assert_clean()


def test_abe_after_shinzo_abe_belongs_to_him_on_his_term_page(visit):
    # Further mentions sit in a collapsed block: read the text, shown or not.
    view = visit("glossary/shinzo-abe/")
    assert "Abe, who built a close relationship with Trump" in view.page.locator("article").text_content()
    akie = visit("glossary/akie-abe/")
    assert "Abe, who built a close relationship with Trump" not in akie.page.locator("article").text_content()


def test_search_for_senkaku_lists_the_brief_and_the_term_page(visit):
    view = visit("")
    results = search(view, "Senkaku")
    assert BRIEF in results and TERM in results
    view.assert_clean()


def test_search_for_a_name_in_kanji_finds_the_person(visit):
    view = visit("")
    assert "glossary/shigeru-ishiba/" in search(view, "石破茂")
