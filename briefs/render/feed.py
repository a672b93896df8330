"""The site's RSS feed of briefs, newest first.

Written with `feedgen` (a maintained feed library that escapes every field), from the
briefs themselves rather than from git dates or page metadata, so a fresh clone, a copy
of the project without `.git`, and `python -m briefs render` all give the same feed. The
build time is not written anywhere: `lastBuildDate` is the newest brief's publication
time, so two builds of the same sources give the same bytes.
"""

from __future__ import annotations

import posixpath
from datetime import datetime, timezone

from feedgen.feed import FeedGenerator

from briefs.model import Brief
from briefs.render.brief import page_description
from briefs.render.escape import escape_html, safe_url, xml_text
from briefs.render.paths import FEED_URI, HOME_URI, brief_uri, sort_newest_first

FEED_LIMIT = 50  # how many of the latest briefs the feed carries
def page_url(site_url: str, src_uri: str) -> str:
    """The absolute address of a page built from `src_uri` (MkDocs' directory URLs)."""
    stem, _ = posixpath.splitext(src_uri)
    path = "" if stem == "index" else (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"
    return site_url.rstrip("/") + "/" + path


def render_feed(briefs: list[Brief], site_url: str, site_name: str, briefs_uri: str = "briefs",
                limit: int = FEED_LIMIT) -> str:
    """RSS 2.0 of the latest `limit` briefs, newest first.

    Args:
        briefs: every brief.
        site_url: the site's public address (`site_url` in mkdocs.yml); feed links are absolute.
        site_name: the channel title.
        briefs_uri: the site folder of the brief pages.
        limit: most items.
    """
    feed = FeedGenerator()
    feed.title(site_name)
    # feedgen writes RSS's single channel <link> from the last link given: the site, not the feed.
    feed.link(href=page_url(site_url, HOME_URI) + FEED_URI, rel="self")
    feed.link(href=page_url(site_url, HOME_URI), rel="alternate")
    feed.description("The latest annotated news briefs.")
    feed.language("en")
    feed.generator("briefs (python-feedgen)")
    latest = sort_newest_first(briefs)[:limit]
    dates = [_aware(brief.article.published) for brief in latest if brief.article.published]
    feed.lastBuildDate(max(dates) if dates else datetime(1970, 1, 1, tzinfo=timezone.utc))
    for brief in latest:
        _add_item(feed, brief, page_url(site_url, brief_uri(brief, briefs_uri)))
    return feed.rss_str(pretty=True).decode("utf-8")


def _add_item(feed: FeedGenerator, brief: Brief, url: str) -> None:
    item = feed.add_entry(order="append")
    item.title(xml_text(brief.title))
    item.link(href=url)
    item.guid(url, permalink=True)
    item.description(xml_text(page_description(brief) or brief.title))
    if brief.annotation.key_points:
        points = "".join(f"<li>{escape_html(xml_text(point))}</li>" for point in brief.annotation.key_points)
        item.content(f"<ul>{points}</ul>", type="CDATA")
    if brief.article.published is not None:
        item.pubDate(_aware(brief.article.published))
    for tag in brief.annotation.tags:
        item.category(term=xml_text(tag))
    if brief.source and brief.source.name:
        item.source(title=xml_text(brief.source.name), url=safe_url(brief.source.url) or url)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
