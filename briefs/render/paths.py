"""Where each generated page lives in the site (MkDocs source paths), and the order briefs are listed in."""

from __future__ import annotations

from datetime import datetime, timezone

from briefs.model import Brief

HOME_URI = "index.md"
TIMELINE_URI = "timeline.md"
TIMELINE_FOLDER = "timeline"  # a timeline split by month keeps its pages here
FEED_URI = "feed.xml"  # the theme override links it from every page head


def brief_uri(brief: Brief, briefs_uri: str) -> str:
    """`briefs/<slug>.md`."""
    return f"{briefs_uri}/{brief.slug}.md"


def term_uri(slug: str, glossary_uri: str) -> str:
    """`glossary/<slug>.md`."""
    return f"{glossary_uri}/{slug}.md"


def glossary_index_uri(glossary_uri: str) -> str:
    return f"{glossary_uri}/index.md"


def archive_uri(briefs_uri: str) -> str:
    """The page listing every brief: the index of the briefs folder."""
    return f"{briefs_uri}/index.md"


def sort_newest_first(briefs: list[Brief]) -> list[Brief]:
    """Newest first; undated briefs last; ties broken by slug so the order is stable."""
    oldest = datetime.min.replace(tzinfo=timezone.utc)

    def when(brief: Brief) -> datetime:
        published = brief.article.published
        if published is None:
            return oldest
        return published if published.tzinfo else published.replace(tzinfo=timezone.utc)

    return sorted(sorted(briefs, key=lambda brief: brief.slug), key=when, reverse=True)
