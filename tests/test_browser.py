"""The reading experience in a real browser: pages, tags, feed, search, phone width, no stray requests."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest

from browser import DESK, PHONE, SCREENSHOTS
from conftest import SEED_SLUG

pytestmark = pytest.mark.browser

BRIEF = f"briefs/{SEED_SLUG}/"
HEADLINE = "Ishiba, Headed to White House, Aims to Convince Trump of Need for Strong Alliance"
PAGES = ["", BRIEF, "tags/", "about/"]


def search(view, query: str) -> list[str]:
    """Type `query` into Material's search box; the result pages, site-relative, without query or anchor."""
    page = view.page
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # phone width: the search box opens from the header's icon
        page.locator(".md-header__button[for='__search']").click()
    box.click()
    box.press_sequentially(query, delay=10)  # Material reacts to key events, not to a pasted value
    box.press("End")  # kanji are inserted as text without key events (as an IME commits them)
    page.wait_for_function(
        "/matching document|No matching/.test(document.querySelector('.md-search-result__meta').textContent)")
    hrefs = page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(link => link.href)")
    pages = [href.removeprefix(view.base_url).split("#")[0].split("?")[0] for href in hrefs]
    return list(dict.fromkeys(pages))


def test_home_page_lists_the_brief_as_a_card(visit):
    view = visit("")
    card = view.page.locator(".brief-cards li", has_text=HEADLINE)
    assert card.count() == 1
    assert "7 February 2025 · The Japan News by The Yomiuri Shimbun" in card.inner_text()
    assert "Prime Minister Shigeru Ishiba flew to Washington" in card.inner_text()
    card.get_by_role("link", name=HEADLINE).click()
    view.page.wait_for_load_state("networkidle")
    assert view.page.url.endswith(BRIEF)
    view.assert_clean()


def test_home_page_offers_the_tag_index(visit):
    view = visit("")
    view.page.get_by_role("link", name="By tag").click()
    view.page.wait_for_load_state("networkidle")
    assert view.page.url.endswith("/tags/")
    view.assert_clean()


def test_tag_page_lists_the_brief(visit):
    view = visit("tags/")
    section = view.page.locator("h2#tag\\:senkaku-islands")
    assert section.count() == 1
    listing = view.page.locator("h2#tag\\:senkaku-islands + ul")
    assert HEADLINE in listing.inner_text()
    view.assert_clean()


def test_brief_shows_its_tags_that_lead_to_the_tag_index(visit):
    view = visit(BRIEF)
    tag = view.page.locator(".md-tag", has_text="Senkaku Islands").first
    tag.click()
    view.page.wait_for_load_state("networkidle")
    assert "/tags/#tag:senkaku-islands" in view.page.url
    view.assert_clean()


def test_brief_page_reads_top_to_bottom_in_order(visit):
    view = visit(BRIEF)
    text = view.page.locator("article").inner_text()
    markers = [HEADLINE, "min\xa0read", "Original article", "At a glance", "Photo (not reproduced)",
               "Prime Minister Shigeru Ishiba, who arrived", "Provenance", "SHA-256 of the seed"]
    positions = [text.index(marker) for marker in markers]
    assert positions == sorted(positions)
    view.assert_clean()


def test_feed_is_linked_from_the_page_head_and_holds_the_brief(visit):
    view = visit(BRIEF)
    href = view.page.eval_on_selector("link[rel=alternate][type='application/rss+xml']", "link => link.href")
    response = view.page.request.get(href)
    assert response.ok
    items = ElementTree.fromstring(response.body()).findall("./channel/item")
    assert [item.findtext("title") for item in items] == [HEADLINE]
    assert items[0].findtext("link") == f"https://annotated-briefs.github.io/briefs/{BRIEF}"
    view.assert_clean()


def test_brief_head_has_description_and_open_graph(visit):
    view = visit(BRIEF)
    meta = view.page.eval_on_selector_all(
        "meta[property^='og:'], meta[name=description]",
        "tags => Object.fromEntries(tags.map(tag => [tag.getAttribute('property') || tag.getAttribute('name'), tag.content]))")
    assert meta["og:type"] == "article"
    assert meta["og:title"] == HEADLINE
    assert meta["description"].startswith("Prime Minister Shigeru Ishiba flew to Washington")
    assert meta["og:description"] == meta["description"]
    assert meta["og:url"] == f"https://annotated-briefs.github.io/briefs/{BRIEF}"


@pytest.mark.parametrize("query", ["Senkaku", "Article 5", "Ishiba's", "Ishiba’s", "U.S.-Japan", "Indo-Pacific"])
def test_search_finds_the_brief(visit, query):
    view = visit("")
    assert BRIEF in search(view, query)
    view.assert_clean()


def test_search_for_senkaku_lists_the_brief_first(visit):
    view = visit("about/")
    results = search(view, "Senkaku")
    assert results[0] == BRIEF
    view.assert_clean()


def test_search_finds_a_japanese_name_in_kanji(visit, serve_project, tmp_path):
    from browser import copy_with_articles
    from conftest import ARTICLES

    extra = copy_with_articles(tmp_path / "project", [ARTICLES / "2025-03-03-invented-kanji-profile.txt"])
    kanji_site = serve_project(extra)
    view = visit("", site=kanji_site)
    # 国会 and 演説 stand inside a sentence printed without spaces: only the Japanese
    # segmenter that `lang: [en, ja]` loads makes them words (with English alone they are not found).
    for query in ("石破茂", "石破", "国会", "演説"):
        results = search(view, query)
        assert "briefs/2025-03-03-invented-kanji-profile/" in results, query
        assert BRIEF not in results, query
    view.assert_clean()


def test_a_request_to_another_host_is_refused_and_listed(visit, site, serve_project):
    # The harness's own guard (tests/browser.py): the same pages served at a second address
    # answer under 127.0.0.1, and the browser refuses them under another host name.
    other = serve_project.folder(site.folder)
    view = visit("")
    fetch = "url => fetch(url, {mode: 'no-cors'}).then(() => 'answered', () => 'refused')"
    reachable, elsewhere = other.address("index.html"), other.address("index.html").replace("127.0.0.1", "localhost")
    assert view.page.evaluate(fetch, reachable) == "answered"
    assert view.page.evaluate(fetch, elsewhere) == "refused"
    assert view.offsite_requests == [reachable, elsewhere]
    with pytest.raises(AssertionError, match="requests off 127.0.0.1"):
        view.assert_clean()


@pytest.mark.parametrize("path", PAGES, ids=["home", "brief", "tags", "about"])
def test_pages_load_cleanly_in_light_and_dark(visit, path):
    for preference, scheme in (("light", "default"), ("dark", "slate")):
        view = visit(path, color_scheme=preference)
        assert view.page.evaluate("document.body.getAttribute('data-md-color-scheme')") == scheme
        view.assert_clean()


@pytest.mark.parametrize("path", PAGES, ids=["home", "brief", "tags", "about"])
def test_nothing_overflows_at_phone_width(visit, path):
    view = visit(path, *PHONE)
    assert view.horizontal_overflow() <= 0
    view.assert_clean()


def test_screenshots_of_the_brief_at_desk_and_phone_width(visit):
    for name, (width, height) in (("brief-desk", DESK), ("brief-phone", PHONE)):
        view = visit(BRIEF, width, height)
        path = view.screenshot(name)
        assert path.stat().st_size > 10_000
        view.assert_clean()
    visit(BRIEF, *PHONE, color_scheme="dark").screenshot("brief-phone-dark", full_page=False)
    home = visit("", *PHONE)
    home.screenshot("home-phone")


def test_print_layout_hides_the_site_chrome(visit):
    view = visit(BRIEF)
    view.page.emulate_media(media="print")
    hidden = view.page.evaluate(
        "['.md-header', '.md-sidebar--primary', '.md-footer'].map(s => getComputedStyle(document.querySelector(s)).display)")
    assert hidden == ["none", "none", "none"]
    assert view.page.locator("article h1").is_visible()
    view.screenshot("brief-print-media", full_page=False)
    view.page.pdf(path=str(SCREENSHOTS / "brief-print.pdf"))
    assert (SCREENSHOTS / "brief-print.pdf").read_bytes().startswith(b"%PDF")
