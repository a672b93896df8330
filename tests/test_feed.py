"""The RSS feed: newest first, absolute links, escaped fields, the same bytes every build."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from datetime import datetime, timedelta, timezone

import pytest

from briefs.render.feed import page_url, render_feed
from test_render import make_brief

JST = timezone(timedelta(hours=9))
SITE = "https://annotated-briefs.github.io/briefs/"


def items(xml: str):
    return ElementTree.fromstring(xml.encode()).findall("./channel/item")


def test_feed_lists_briefs_newest_first_with_absolute_links():
    old = make_brief(["x"], title="Older", published=datetime(2024, 1, 1, tzinfo=JST), slug="2024-01-01-older")
    new = make_brief(["x"], title="Newer", published=datetime(2025, 1, 1, tzinfo=JST), slug="2025-01-01-newer")
    feed = render_feed([old, new], SITE, "Annotated briefs")
    found = items(feed)
    assert [item.findtext("title") for item in found] == ["Newer", "Older"]
    assert found[0].findtext("link") == SITE + "briefs/2025-01-01-newer/"
    assert found[0].findtext("pubDate") == "Wed, 01 Jan 2025 00:00:00 +0900"
    channel = ElementTree.fromstring(feed.encode()).find("channel")
    assert channel.findtext("link") == SITE
    assert channel.findtext("lastBuildDate") == "Wed, 01 Jan 2025 00:00:00 +0900"


def test_feed_is_deterministic_and_escapes_text():
    brief = make_brief(["Body."], title="<script>alert(1)</script> & co", key_points=["A <b>point</b>."],
                       published=datetime(2025, 2, 7, 16, 9, tzinfo=JST))
    first, second = render_feed([brief], SITE, "S"), render_feed([brief], SITE, "S")
    assert first == second
    assert "<script>" not in first and "<b>" not in first
    item = items(first)[0]
    assert item.findtext("title") == "<script>alert(1)</script> & co"
    assert item.findtext("description") == "A <b>point</b>."


def test_feed_keeps_the_limit():
    briefs = [make_brief(["x"], slug=f"b{index:02d}", published=datetime(2025, 1, 1, index, tzinfo=JST)) for index in range(5)]
    assert [item.findtext("guid") for item in items(render_feed(briefs, SITE, "S", limit=2))] == [
        SITE + "briefs/b04/", SITE + "briefs/b03/"]


@pytest.mark.parametrize("site, uri, expected", [
    ("https://x.org/s/", "index.md", "https://x.org/s/"),
    ("https://x.org/s", "briefs/a.md", "https://x.org/s/briefs/a/"),
    ("https://x.org/", "glossary/index.md", "https://x.org/glossary/"),
], ids=["home", "no-slash", "section-index"])
def test_page_url_follows_directory_urls(site, uri, expected):
    assert page_url(site, uri) == expected


def test_control_characters_and_unsafe_addresses_never_break_or_reach_the_feed():
    from briefs.render.feed import render_feed, xml_text

    assert xml_text("a\x00b\x07c\u202ed") == "abcd"
    brief = make_brief(["x"], title="Bell\x07 and NUL\x00 title", published=datetime(2025, 2, 1, tzinfo=timezone.utc))
    feed = render_feed([brief], "https://example.org/", "Site")
    assert "<title>Bell and NUL title</title>" in feed
