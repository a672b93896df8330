"""Hostile strings in a real browser: no payload runs, fetches or opens a dialog.

The site built by tests/hostile.py (one brief and one glossary term per payload, the
payload in every field) is served and each brief and term page is opened in Chromium.
Payloads that could run try to set `window.__pwned`, open a dialog or fetch from
evil.invalid; the harness refuses and records any request off 127.0.0.1.
"""

from __future__ import annotations

import pytest

from hostile import load_payloads

pytestmark = pytest.mark.browser

PAYLOADS = load_payloads()


@pytest.fixture(scope="module")
def hostile_site(serve_project, hostile_site_folder):
    """conftest's build of the hostile project (tests/test_hostile.py reads its HTML), served."""
    return serve_project.folder(hostile_site_folder)


CATEGORIES = sorted({payload.category for payload in PAYLOADS})


@pytest.mark.parametrize("category", CATEGORIES)
def test_no_payload_runs_on_its_brief_or_term_page(category, visit, hostile_site):
    view = visit("", site=hostile_site)  # one page, navigated from payload to payload
    for payload in (payload for payload in PAYLOADS if payload.category == category):
        view.page.goto(hostile_site.address(f"briefs/{payload.slug}/"), wait_until="load")
        links = view.page.locator('article p a[href*="glossary/hostile-"]')
        if links.count():  # the glossary link's tooltip holds the payload
            links.first.hover()
            links.first.focus()
        view.page.locator(".note-marker").first.click()  # the note whose body is the payload
        assert view.page.evaluate("typeof window.__pwned") == "undefined", payload.id
        view.page.goto(hostile_site.address(f"glossary/hostile-{payload.slug}/"), wait_until="load")
        assert view.page.evaluate("typeof window.__pwned") == "undefined", payload.id
    view.page.wait_for_load_state("networkidle")  # let any late request show
    assert view.dialogs == [] and view.offsite_requests == [] and view.console_errors == []
    # Moving on before a page finished loading aborts its requests; nothing else may fail.
    assert [failure for failure in view.failed_requests if "ERR_ABORTED" not in failure] == []
