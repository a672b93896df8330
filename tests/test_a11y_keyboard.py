"""Keyboard and screen-reader journeys through a brief, zoom and narrow screens, reduced motion.

Each journey uses the Tab key the way a keyboard user does (no `.focus()` shortcuts) to reach
a glossary link, a note's marker and search, opens each, closes it and checks where focus
went. The names and descriptions a screen reader announces are read from Chromium's
accessibility tree (Playwright's accessible-name and -description assertions).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import SEED_SLUG

pytestmark = pytest.mark.browser

BRIEF = f"briefs/{SEED_SLUG}/"
# A link that holds a tooltip: Material swaps its title for aria-describedby while it shows.
GLOSSARY_LINK = "article p a:is([title], [aria-describedby])"
MAX_TABS = 300  # more stops than any fixture page has: a journey that needs more is lost
NOTE_TYPES = "Context|Fact check|Background|What to watch"
# Every page type, for the checks that hold on each.
PAGES = ["", BRIEF, "glossary/shigeru-ishiba/", "glossary/", "timeline/", "tags/", "briefs/", "about/", "contributing/"]
PAGE_IDS = ["home", "brief", "term", "glossary", "timeline", "tags", "briefs", "about", "contributing"]


def tab_until(page, selector: str) -> dict:
    """Press Tab until the focused element matches `selector`; returns what each stop looked like."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return page.evaluate(FOCUS_RING)
    raise AssertionError(f"{MAX_TABS} presses of Tab never reached {selector}")


# The focused element and its focus indicator. A visually hidden control (Material's
# colour-scheme radio buttons) shows its ring on the visible label beside it, its icon.
FOCUS_RING = """() => {
    const element = document.activeElement;
    const box = element.getBoundingClientRect();
    const hidden = box.width < 2 || box.height < 2 || getComputedStyle(element).opacity === '0';
    const label = [...element.parentElement.querySelectorAll(':scope > label')].find(l => l.getClientRects().length);
    const shown = hidden && label ? label : element;
    const style = getComputedStyle(shown);
    return {element: element.outerHTML.slice(0, 120), style: style.outlineStyle,
            width: parseFloat(style.outlineWidth), visible: shown.getBoundingClientRect().width > 0};
}"""


def focused_link(page):
    """A locator that stays on the link focused now (`:focus` would follow the focus)."""
    href = page.evaluate("document.activeElement.getAttribute('href')")
    return page.locator(f'article p a[href="{href}"]').first


def active(page, script: str):
    return page.evaluate(f"(() => {{ const element = document.activeElement; return {script}; }})()")


# ---- keyboard journeys --------------------------------------------------------------


def test_tab_reaches_a_glossary_link_whose_tooltip_describes_it(visit):
    view = visit(BRIEF)
    page = view.page
    tab_until(page, GLOSSARY_LINK)
    link = focused_link(page)
    page.locator(".md-tooltip2--active").wait_for(state="visible")
    described_by = link.get_attribute("aria-describedby")
    assert described_by, "the tooltip on show is not the link's description"
    tooltip = page.locator(f"#{described_by}")
    expect(link).to_have_accessible_description(tooltip.inner_text().strip())
    page.keyboard.press("Tab")  # moving on hides the tooltip and gives the link its title back
    expect(tooltip).to_have_count(0)
    expect(link).to_have_attribute("title", re.compile(r"\S"))
    view.assert_clean()


# Where the shown tooltip sits against the link focused now, both read in one frame.
TOOLTIP_AT_LINK = """() => {
    const link = document.activeElement.getBoundingClientRect();
    const shown = document.querySelector('.md-tooltip2--active');
    const inner = shown && shown.querySelector('.md-tooltip2__inner');
    if (!inner) return null;
    const box = inner.getBoundingClientRect();
    return {in_main: shown.closest('main') !== null,
            overlaps: box.left < link.right && link.left < box.right,
            gap_below: box.top - link.bottom, gap_above: link.top - box.bottom};
}"""


def _at_its_link(where: dict | None) -> bool:
    return bool(where) and where["overlaps"] and (0 <= where["gap_below"] < 40 or 0 <= where["gap_above"] < 40)


def test_tooltip_sits_at_its_link(visit):
    # The tooltip is moved into <main> (overrides/partials/a11y.html): it must still show at its link.
    # Tab scrolls the link into view, and Material places the tooltip from the scroll offset it
    # hears of by the scroll event, a frame or more later on a loaded machine: so the test waits
    # (up to 5 s) for the tooltip to come to rest at the link, reading both boxes in one frame.
    view = visit(BRIEF)
    tab_until(view.page, GLOSSARY_LINK)
    view.page.locator(".md-tooltip2--active .md-tooltip2__inner").wait_for(state="visible")
    where = None
    for _ in range(50):
        where = view.page.evaluate(TOOLTIP_AT_LINK)
        if _at_its_link(where):
            break
        view.page.wait_for_timeout(100)
    assert where and where["in_main"], where
    assert _at_its_link(where), f"the tooltip is not just under or over its link: {where}"


def test_tab_reaches_a_note_marker_enter_opens_escape_closes_and_focus_returns(visit):
    view = visit(BRIEF)
    page = view.page
    tab_until(page, "button.note-marker")
    marker = page.locator("button.note-marker:focus")
    expect(marker).to_have_accessible_name(re.compile(rf"^Note \d+: ({NOTE_TYPES})$"))
    popover_id = marker.get_attribute("popovertarget")
    popover = page.locator(f"#{popover_id}")
    page.keyboard.press("Enter")
    expect(popover).to_be_visible()
    number = marker.inner_text()
    expect(popover).to_have_accessible_name(re.compile(rf"^({NOTE_TYPES}) · note {number}$"))
    page.keyboard.press("Escape")
    expect(popover).to_be_hidden()
    assert active(page, "element.getAttribute('popovertarget')") == popover_id  # back on its marker
    view.assert_clean()


def test_the_close_button_is_next_in_tab_order_and_returns_focus_to_the_marker(visit):
    view = visit(BRIEF)
    page = view.page
    tab_until(page, "button.note-marker")
    popover_id = active(page, "element.getAttribute('popovertarget')")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # an open popover follows its marker in the tab order
    assert active(page, "element.classList.contains('note-close') && element.closest('[popover]').id") == popover_id
    expect(page.locator(".note-close:focus")).to_have_accessible_name(re.compile(r"^Close note \d+$"))
    page.keyboard.press("Enter")
    expect(page.locator(f"#{popover_id}")).to_be_hidden()
    assert active(page, "element.getAttribute('popovertarget')") == popover_id


def test_keyboard_reaches_search_and_escape_leaves_it(visit):
    view = visit(BRIEF)
    page = view.page
    tab_until(page, "input.md-search__input")
    expect(page.locator(".md-search[role=dialog]")).to_have_accessible_name("Search")
    page.keyboard.type("Senkaku", delay=10)
    page.wait_for_function("/matching document/.test(document.querySelector('.md-search-result__meta').textContent)")
    # Material writes the count before the items: on a busy machine the list may still be empty.
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.keyboard.press("ArrowDown")  # Material moves through the results with the arrow keys
    # Focus moves on Material's next frame; waiting for it still fails when it never arrives.
    page.wait_for_function("!!document.activeElement.closest('.md-search-result__item')", timeout=5000)
    page.keyboard.press("Escape")
    assert not page.evaluate("document.querySelector('[data-md-toggle=search]').checked")  # closed
    page.keyboard.press("Tab")  # focus is not lost in the closed dialog: Tab goes on from search
    assert active(page, "!element.closest('.md-search') && element !== document.body")
    view.assert_clean()


def test_slash_opens_search_from_anywhere_on_the_page(visit):
    view = visit(BRIEF)
    view.page.keyboard.press("/")
    assert active(view.page, "element.matches('input.md-search__input')")


@pytest.mark.parametrize("preference", ["light", "dark"])
def test_every_stop_in_the_tab_order_of_a_brief_shows_a_focus_ring(visit, preference):
    view = visit(BRIEF, color_scheme=preference)
    page = view.page
    seen = set()
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        ring = page.evaluate(FOCUS_RING)
        if ring["element"] in seen:
            continue
        seen.add(ring["element"])
        if page.evaluate("document.activeElement === document.body"):
            break
        assert ring["visible"] and ring["style"] not in ("none", "hidden") and ring["width"] >= 2, ring
    assert len(seen) > 50  # the walk went through the header, the article and the notes


# ---- what a screen reader is told ---------------------------------------------------


def test_every_marker_and_popover_names_its_number_and_type(visit):
    view = visit(BRIEF)
    markers = view.page.locator("button.note-marker")
    assert markers.count() >= 2
    for index in range(markers.count()):
        marker = markers.nth(index)
        number = marker.inner_text()
        expect(marker).to_have_accessible_name(re.compile(rf"^Note {number}: ({NOTE_TYPES})$"))
        popover = view.page.locator(f"#{marker.get_attribute('popovertarget')}")
        assert popover.get_attribute("aria-labelledby")
        label = view.page.locator(f"#{popover.get_attribute('aria-labelledby')}").text_content()
        assert re.fullmatch(rf"({NOTE_TYPES}) · note {number}", label), label


def test_each_note_in_the_list_links_back_to_its_quote_and_marker(visit):
    view = visit(BRIEF)
    items = view.page.locator(".brief-notes > li")
    assert items.count() >= 2
    for index in range(items.count()):
        item = items.nth(index)
        key = item.get_attribute("id").removeprefix("note-")
        back = item.locator(f'a[href="#quote-{key}"]')
        expect(back).to_have_count(1)
        # The quote it points to is followed by the marker of the same note.
        assert view.page.evaluate(f"""document.getElementById('quote-{key}').nextElementSibling
                                      .getAttribute('popovertarget')""") == f"note-pop-{key}"
    first = items.first.locator('a[href^="#quote-"]')
    first.focus()
    view.page.keyboard.press("Enter")
    view.page.wait_for_url(re.compile(r"#quote-"))
    target = view.page.url.split("#")[1]
    expect(view.page.locator(f"#{target}")).to_be_in_viewport()


def test_glossary_link_title_is_its_description_before_any_tooltip(visit):
    view = visit(BRIEF)
    link = view.page.locator("article p a[title]").first
    expect(link).to_have_accessible_description(link.get_attribute("title"))


def test_timeline_is_a_list_of_dated_items(visit):
    view = visit("timeline/")
    items = view.page.locator("article li")
    assert items.count() >= 3
    for index in range(items.count()):
        item = items.nth(index)
        assert item.evaluate("item => item.parentElement.localName") in ("ul", "ol")
        stamp = item.locator("time").first
        expect(stamp).to_have_attribute("datetime", re.compile(r"^\d{4}(-\d\d){0,2}"))


@pytest.mark.parametrize("path", PAGES, ids=PAGE_IDS)
def test_headings_form_an_outline_with_no_skipped_level(visit, path):
    view = visit(path)
    levels = view.page.eval_on_selector_all("article :is(h1, h2, h3, h4, h5, h6)",
                                            "headings => headings.map(h => Number(h.localName[1]))")
    assert levels[:1] == [1] and levels.count(1) == 1, levels
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:])), levels


# ---- zoom, narrow screens, motion, print --------------------------------------------

# Overlaps between neighbouring blocks of the article, and blocks that stick out of the screen.
LAYOUT_PROBLEMS = """() => {
    const width = document.documentElement.clientWidth;
    const selector = 'article > :is(h1, h2, h3, p, ul, ol, figure, blockquote, div, details, aside)';
    const blocks = [...document.querySelectorAll(selector)]
        .filter(block => block.getClientRects().length && getComputedStyle(block).visibility !== 'hidden');
    const problems = [];
    blocks.forEach((block, index) => {
        const box = block.getBoundingClientRect();
        const name = `${block.localName}.${block.className}`;
        if (box.left < -1 || box.right > width + 1) problems.push(`${name} outside the screen`);
        const next = blocks[index + 1];
        if (next && next.getBoundingClientRect().top < box.bottom - 1) problems.push(`${name} overlaps the next block`);
        if (block.scrollWidth > block.clientWidth + 1 && getComputedStyle(block).overflowX === 'hidden')
            problems.push(`${name} cuts off its text`);
    });
    return problems;
}"""


@pytest.mark.parametrize(("width", "height", "scale"), [(640, 450, 2), (320, 640, 1)], ids=["zoom-200", "width-320"])
@pytest.mark.parametrize("path", PAGES, ids=PAGE_IDS)
def test_nothing_is_hidden_or_overlapping_at_200_percent_zoom_and_320_px(visit, path, width, height, scale):
    # 200% zoom of a 1280 px window is a 640 CSS px layout drawn at twice the pixels.
    view = visit(path, width, height, device_scale_factor=scale)
    assert view.horizontal_overflow() <= 0
    assert view.page.evaluate(LAYOUT_PROBLEMS) == []
    view.assert_clean()


def test_the_layout_check_finds_a_block_that_sticks_out(visit):
    view = visit("about/", 320, 640)
    view.page.evaluate("""document.querySelector('article > p').insertAdjacentHTML('afterend',
        '<p style="width: 600px; overflow: hidden; white-space: nowrap">a line wider than the screen</p>')""")
    assert any("outside the screen" in problem for problem in view.page.evaluate(LAYOUT_PROBLEMS))


def test_an_open_note_fits_a_320_px_screen(visit):
    view = visit(BRIEF, 320, 640)
    marker = view.page.locator("button.note-marker").first
    marker.focus()
    view.page.keyboard.press("Enter")
    box = view.page.locator(f"#{marker.get_attribute('popovertarget')}").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320


RUNNING_ANIMATIONS = """() => document.getAnimations()
    .filter(animation => animation.playState === 'running' && animation.effect.getComputedTiming().duration > 1)
    .map(animation => `${animation.constructor.name} ${animation.effect.target?.className || ''}`)"""


def show_tooltip_and_note(page) -> None:
    page.locator("article p a[title]").first.focus()
    page.locator("button.note-marker").first.focus()
    page.keyboard.press("Enter")


def test_reduced_motion_stops_every_animation(visit):
    moving = visit(BRIEF)
    show_tooltip_and_note(moving.page)
    assert moving.page.evaluate(RUNNING_ANIMATIONS)  # without the preference, something moves
    still = visit(BRIEF, reduced_motion="reduce")
    show_tooltip_and_note(still.page)
    assert still.page.evaluate(RUNNING_ANIMATIONS) == []
    assert still.page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"


@pytest.mark.parametrize("media", ["screen", "print"])
def test_links_are_underlined_on_screen_and_paper_glossary_terms_dotted(visit, media):
    view = visit(BRIEF)
    view.page.emulate_media(media=media)
    decoration = "element => ['textDecorationLine', 'textDecorationStyle'].map(key => getComputedStyle(element)[key])"
    assert view.page.locator("article p a[title]").first.evaluate(decoration) == ["underline", "dotted"]
    assert view.page.locator(".brief-source a").evaluate(decoration) == ["underline", "solid"]
    assert view.page.locator(".brief-notes a[href^='#quote-']").first.evaluate(decoration) == ["underline", "solid"]


def test_note_markers_print_without_their_background(visit):
    # Browsers drop backgrounds on paper by default: the number must read as dark on white.
    view = visit(BRIEF)
    view.page.emulate_media(media="print")
    marker = view.page.locator("button.note-marker").first
    style = marker.evaluate("m => ['backgroundColor', 'color', 'borderTopStyle'].map(key => getComputedStyle(m)[key])")
    assert style == ["rgba(0, 0, 0, 0)", "rgb(0, 0, 0)", "solid"]
