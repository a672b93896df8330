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
