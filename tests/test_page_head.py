"""Page head and theme override: descriptions, Open Graph tags, the feed link, and no markup from sources.

MkDocs renders templates without autoescaping, and Material prints a page's title in the
navigation, the header and the tags index as it is. A headline or key point holding markup
must come out as text everywhere, on every page.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest


from conftest import ARTICLES, SEED_SLUG, build_or_fail, copy_project

HOSTILE = "2025-03-04-invented-hostile-headline"
HEADLINE = 'Ishiba <script>alert(1)</script> Meets "Trump" & <b>Aides</b>'
KEY_POINT = 'A point with "quotes" and </p><script>alert(2)</script> in it.'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("project")
    copy_project(project)
    shutil.copy2(ARTICLES / f"{HOSTILE}.txt", project / "seeds")
    (project / "annotations" / f"{HOSTILE}.yml").write_text(
        "source:\n  name: Example <i>News</i>\n  url: https://example.org/a\n"
        f"key_points:\n  - '{KEY_POINT}'\ntags:\n  - '<b>Tag</b>'\n", encoding="utf-8")
    site = tmp_path_factory.mktemp("site")
    build_or_fail(project, site)
    return site


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_page_carries_live_markup_from_a_source(hostile_site):
    for page in pages(hostile_site):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text, page
        assert "<b>Aides" not in text and "<b>Tag" not in text and "<i>News" not in text, page


def test_headline_shows_as_text_in_title_navigation_and_open_graph(hostile_site):
    text = (hostile_site / "briefs" / HOSTILE / "index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", text, re.S).group(1)
    assert html.unescape(title) == f"{HEADLINE} - Annotated briefs"
    og_title = re.search(r'<meta property="og:title" content="([^"]*)">', text).group(1)
    assert html.unescape(og_title) == HEADLINE
    description = re.search(r'<meta name="description" content="([^"]*)">', text).group(1)
    assert html.unescape(description) == KEY_POINT
    assert html.escape(HEADLINE, quote=False) in text.replace("&#x27;", "'").replace("&quot;", '"')


def test_brief_head_has_open_graph_article_tags_and_feed_link(hostile_site):
    text = (hostile_site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert '<meta property="og:type" content="article">' in text
    assert '<meta property="article:published_time" content="2025-02-07T16:09:00+09:00">' in text
    assert '<meta property="article:tag" content="Senkaku Islands">' in text
    assert '<link rel="alternate" type="application/rss+xml" title="Annotated briefs: latest briefs" href="../../feed.xml">' in text
    assert f'<link rel="canonical" href="https://annotated-briefs.github.io/briefs/briefs/{SEED_SLUG}/">' in text


def test_other_pages_are_websites_with_the_site_description(hostile_site):
    text = (hostile_site / "about" / "index.html").read_text(encoding="utf-8")
    assert '<meta property="og:type" content="website">' in text
    assert '<link rel="alternate" type="application/rss+xml"' in text


def test_feed_carries_the_headline_as_text(hostile_site):
    feed = (hostile_site / "feed.xml").read_text(encoding="utf-8")
    assert "<script>" not in feed
    assert "<title>Ishiba &lt;script&gt;alert(1)&lt;/script&gt; Meets \"Trump\" &amp; &lt;b&gt;Aides&lt;/b&gt;</title>" in feed


def test_no_page_fetches_web_fonts(hostile_site):
    for page in pages(hostile_site):
        assert "fonts.googleapis.com" not in page.read_text(encoding="utf-8"), page
