"""The Zensical build in a real browser: the reader's tests of the MkDocs build, run again, and search.

The tests imported below are the MkDocs build's own (tests/test_browser.py, test_glossary_browser.py,
test_notes_browser.py, and the axe-core scans of test_a11y_axe.py); collected here they open the
site `make zensical` builds, once per session (`builder` is "zensical" for this module). Material's
search tests are not among them: Zensical's search is another engine with another dialog (in a
shadow root), so it has its own tests here. To run every browser
test against Zensical: `pytest -m browser --builder zensical`.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import SEED_SLUG
from test_a11y_axe import (  # noqa: F401 (collected again, against the Zensical build)
    assert_no_violations,
    open_in_scheme,
    test_open_note_has_no_axe_violations,
    test_page_type_has_no_axe_violations,
    test_shown_tooltip_has_no_axe_violations,
)
from test_browser import (  # noqa: F401 (collected again, against the Zensical build)
    test_brief_head_has_description_and_open_graph,
    test_brief_page_reads_top_to_bottom_in_order,
    test_brief_shows_its_tags_that_lead_to_the_tag_index,
    test_feed_is_linked_from_the_page_head_and_holds_the_brief,
    test_home_page_lists_the_brief_as_a_card,
    test_home_page_offers_the_tag_index,
    test_nothing_overflows_at_phone_width,
    test_pages_load_cleanly_in_light_and_dark,
    test_tag_page_lists_the_brief,
)
from test_glossary_browser import (  # noqa: F401
    test_following_the_link_opens_the_term_page_which_lists_the_brief,
    test_hover_shows_the_terms_short_definition,
    test_keyboard_focus_shows_the_tooltip,
)
from test_notes_browser import (  # noqa: F401
    test_click_opens_and_escape_closes,
    test_each_note_type_icon_is_drawn_by_the_stylesheet,
    test_keyboard_focus_and_enter_open_the_note,
    test_popovers_are_hidden_until_opened_and_the_list_is_visible,
    test_tap_opens_the_note_on_a_phone,
)

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("builder", ["zensical"], indirect=True)]

BRIEF = f"briefs/{SEED_SLUG}/"
TERM = "glossary/senkaku-islands/"
SMALL_PHONE = (375, 667)  # an iPhone SE viewport, the narrowest the site is checked at
READER_PAGES = ["", BRIEF, TERM, "tags/", "timeline/", "about/"]
# Zensical's search dialog, inside the open shadow root of its search component (Playwright's
# CSS locators pierce it): the query field, the "N results" status and the result links.
SEARCH_FIELD = "dialog[aria-label='Search'] input[role=combobox]"
SEARCH_STATUS = "dialog[aria-label='Search'] [role=status]"
SEARCH_RESULTS = "dialog[aria-label='Search'] ol[role=listbox] a[role=option]"


def search(view, query: str, found: bool = True) -> list[str]:
    """Type `query` into Zensical's search; the result pages, site-relative, without query or anchor.

    `found` says which status to wait for: "N results", or "No results" (which is also what the
    dialog says while its worker is still indexing, so a search that must find waits past it).
    """
    page = view.page
    opener = page.locator(".md-search__button")
    if not opener.is_visible():  # phone width: the search opens from the header's icon
        opener = page.locator(".md-header__button[for='__search']")
    opener.click()
    field = page.locator(SEARCH_FIELD)
    field.fill(query)  # one input event: no result list of a half-typed query to read by mistake
    expect(page.locator(SEARCH_STATUS)).to_have_text(re.compile(r"^\s*\d+ results?\s*$" if found else "No results"))
    if found:
        page.locator(SEARCH_RESULTS).first.wait_for()  # the status is announced before the list is drawn
    hrefs = page.eval_on_selector_all(SEARCH_RESULTS, "links => links.map(link => link.href)")
    pages = [href.removeprefix(view.base_url).split("#")[0].split("?")[0] for href in hrefs]
    return list(dict.fromkeys(pages))


def test_search_for_a_term_finds_its_page_first(visit):
    view = visit("")
    assert search(view, "Senkaku")[0] == TERM
    view.assert_clean()


def test_search_for_the_headline_finds_the_brief_first(visit):
    view = visit("about/")
    assert search(view, "Headed to White House")[0] == BRIEF
    view.assert_clean()


def test_search_finds_the_words_of_a_note(visit):
    # Only the note "largest-investor" says "largest foreign investor"; the article does not.
    view = visit("")
    assert BRIEF in search(view, "largest foreign investor")
    view.assert_clean()


def test_search_for_nonsense_says_no_results(visit):
    view = visit("")
    assert search(view, "xqzvwk", found=False) == []
    view.assert_clean()


def test_search_opens_at_phone_width(visit):
    view = visit("", *SMALL_PHONE)
    assert TERM in search(view, "Senkaku")
    view.assert_clean()


# Zensical 0.0.70's search dialog, drawn in its own shadow root, fails axe-core: grey result paths
# and "Tags" filter title below 4.5:1 contrast, and a scrollable result list that takes no focus.
# Strict: once Zensical (or a theme colour it inherits) fixes them, this fails until unmarked.
@pytest.mark.xfail(strict=True, reason="Zensical 0.0.70 search dialog: color-contrast, scrollable-region-focusable")
@pytest.mark.parametrize("preference", ["light", "dark"])
def test_open_search_with_results_has_no_axe_violations(visit, preference):
    view = open_in_scheme(visit, BRIEF, preference)
    assert TERM in search(view, "Senkaku")
    assert_no_violations(view.page, f"Zensical's open search dialog ({preference})")


@pytest.mark.parametrize("path, source", [(BRIEF, f"annotations/{SEED_SLUG}.yml"),
                                          (TERM, "glossary/senkaku-islands.yml"),
                                          ("about/", "docs/about.md")], ids=["brief", "term", "about"])
def test_edit_button_opens_the_file_a_contributor_edits(visit, path, source):
    view = visit(path)
    href = view.page.locator("a.md-content__button[rel=edit]").get_attribute("href")
    assert href == f"https://github.com/annotated-briefs/briefs/edit/main/{source}"


@pytest.mark.parametrize("path", ["", "briefs/", "timeline/"], ids=["home", "briefs", "timeline"])
def test_generated_pages_without_a_source_have_no_edit_button(visit, path):
    view = visit(path)
    assert view.page.locator("a.md-content__button[rel=edit]").count() == 0


def test_timeline_lists_dated_events_linking_to_the_brief(visit):
    view = visit("timeline/")
    dated = view.page.locator("article li", has=view.page.locator("time[datetime]"))
    assert dated.count() >= 1
    dated.first.locator(f'a[href$="{BRIEF}"]').click()
    view.page.wait_for_url(f"**/{BRIEF}")
    view.assert_clean()


@pytest.mark.parametrize("path", READER_PAGES, ids=["home", "brief", "term", "tags", "timeline", "about"])
def test_nothing_overflows_at_375_px(visit, path):
    view = visit(path, *SMALL_PHONE)
    assert view.horizontal_overflow() <= 0
    view.assert_clean()


def test_screenshots_of_the_zensical_brief(visit):
    for name, size in (("zensical-brief-desk", (1280, 900)), ("zensical-brief-375", SMALL_PHONE)):
        view = visit(BRIEF, *size)
        assert view.screenshot(name).stat().st_size > 10_000
        view.assert_clean()
