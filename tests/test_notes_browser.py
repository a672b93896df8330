"""In a real browser: a note's marker opens the note in place by mouse, keyboard and touch."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED_SLUG, copy_project

# Debian's Chromium where installed; otherwise Playwright's own (python -m playwright install chromium).
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NOTE = "largest-investor"


@pytest.fixture(scope="module")
def brief_url(tmp_path_factory) -> str:
    project = copy_project(tmp_path_factory.mktemp("project"))
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=project, capture_output=True, text=True,
                            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    return (site / "briefs" / SEED_SLUG / "index.html").as_uri()


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        except Exception as err:  # no browser on this machine: say so rather than fail unrelated work
            pytest.skip(f"no Chromium to drive: {err}".splitlines()[0])
        yield browser
        browser.close()


def open_page(browser, url: str, **options):
    context = browser.new_context(**options)
    page = context.new_page()
    page.goto(url)
    return page


def test_click_opens_and_escape_closes(browser, brief_url):
    page = open_page(browser, brief_url)
    note = page.locator(f"#note-pop-{NOTE}")
    assert not note.is_visible()
    page.locator(f'button[popovertarget="note-pop-{NOTE}"].note-marker').click()
    assert note.is_visible()
    assert "largest foreign investor" in note.inner_text()
    page.keyboard.press("Escape")
    assert not note.is_visible()


def test_keyboard_focus_and_enter_open_the_note(browser, brief_url):
    page = open_page(browser, brief_url)
    marker = page.locator(f'button[popovertarget="note-pop-{NOTE}"].note-marker')
    marker.focus()
    page.keyboard.press("Enter")
    assert page.locator(f"#note-pop-{NOTE}").is_visible()
    page.locator(f"#note-pop-{NOTE} .note-close").click()
    assert not page.locator(f"#note-pop-{NOTE}").is_visible()


def test_tap_opens_the_note_on_a_phone(browser, brief_url):
    page = open_page(browser, brief_url, viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page.locator(f'button[popovertarget="note-pop-{NOTE}"].note-marker').tap()
    note = page.locator(f"#note-pop-{NOTE}")
    assert note.is_visible()
    box = note.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390  # fits the screen


def test_popovers_are_hidden_until_opened_and_the_list_is_visible(browser, brief_url):
    page = open_page(browser, brief_url)
    assert page.locator(".note-popover:visible").count() == 0
    assert page.locator(".brief-notes > li").count() == 14
    assert page.locator(f"#note-{NOTE}").is_visible()
