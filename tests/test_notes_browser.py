"""In a real browser: a note's marker opens the note in place by mouse, keyboard and touch."""

from __future__ import annotations

import pytest

from browser import PHONE
from conftest import SEED_SLUG

pytestmark = pytest.mark.browser

BRIEF = f"briefs/{SEED_SLUG}/"
NOTE = "largest-investor"
MARKER = f'button[popovertarget="note-pop-{NOTE}"].note-marker'


def test_click_opens_and_escape_closes(visit):
    view = visit(BRIEF)
    note = view.page.locator(f"#note-pop-{NOTE}")
    assert not note.is_visible()
    view.page.locator(MARKER).click()
    assert note.is_visible()
    assert "largest foreign investor" in note.inner_text()
    view.page.keyboard.press("Escape")
    assert not note.is_visible()
    view.assert_clean()


def test_keyboard_focus_and_enter_open_the_note(visit):
    view = visit(BRIEF)
    view.page.locator(MARKER).focus()
    view.page.keyboard.press("Enter")
    assert view.page.locator(f"#note-pop-{NOTE}").is_visible()
    view.page.locator(f"#note-pop-{NOTE} .note-close").click()
    assert not view.page.locator(f"#note-pop-{NOTE}").is_visible()


def test_tap_opens_the_note_on_a_phone(visit):
    view = visit(BRIEF, width=PHONE[0], height=PHONE[1], has_touch=True, is_mobile=True)
    view.page.locator(MARKER).tap()
    note = view.page.locator(f"#note-pop-{NOTE}")
    assert note.is_visible()
    box = note.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE[0]  # fits the screen


def test_popovers_are_hidden_until_opened_and_the_list_is_visible(visit):
    view = visit(BRIEF)
    assert view.page.locator(".note-popover:visible").count() == 0
    assert view.page.locator(".brief-notes > li").count() == 14
    assert view.page.locator(f"#note-{NOTE}").is_visible()


def test_each_note_type_icon_is_drawn_by_the_stylesheet(visit):
    # The page carries an empty span per icon; the stylesheet's mask must paint it.
    view = visit(BRIEF)
    icons = view.page.eval_on_selector_all(".brief-notes .note-icon", """icons => icons.map(icon => {
        const style = getComputedStyle(icon);
        const box = icon.getBoundingClientRect();
        return {type: [...icon.classList].find(name => name.startsWith('note-icon--')),
                mask: style.maskImage || style.webkitMaskImage, width: box.width, height: box.height,
                paint: style.backgroundColor};
    })""")
    assert len(icons) >= 2 and len({icon["type"] for icon in icons}) >= 2
    for icon in icons:
        assert icon["mask"].startswith('url("data:image/svg+xml'), icon
        assert icon["width"] > 10 and icon["height"] > 10, icon
        assert icon["paint"] not in ("rgba(0, 0, 0, 0)", "transparent"), icon
    view.assert_clean()
