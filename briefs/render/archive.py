"""The briefs' section index page (`briefs/index.md`): every brief, by month, newest first.

Brief pages are kept out of the site navigation (`not_in_nav` in mkdocs.yml): Material
writes the whole navigation tree into every page, so listing thousands of briefs there
would make each page, and the build, grow with the number of briefs. This one page lists
them all instead, and the navigation holds only the section.
"""

from __future__ import annotations

from itertools import groupby

from briefs.model import Brief
from briefs.render.escape import UNSEARCHED_PAGE, escape_text, front_matter
from briefs.render.inline import link, relative_uri
from briefs.render.paths import archive_uri, brief_uri, sort_newest_first

ARCHIVE_TITLE = "All briefs"


def render_archive(briefs: list[Brief], briefs_uri: str = "briefs") -> str:
    """The index page: a heading per month (undated briefs last), one line per brief."""
    lines = [front_matter({"title": ARCHIVE_TITLE, **UNSEARCHED_PAGE}), f"# {ARCHIVE_TITLE}\n"]
    if not briefs:
        lines.append("No briefs yet.\n")
    for month, group in groupby(sort_newest_first(briefs), key=_month):
        lines.append(f"## {escape_text(month)}\n")
        lines.extend(_entry(brief, briefs_uri) for brief in group)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _month(brief: Brief) -> str:
    published = brief.article.published
    return f"{published:%B %Y}" if published else "Undated"


def _entry(brief: Brief, briefs_uri: str) -> str:
    article = brief.article
    day = f"{article.published.day} {article.published:%b}" if article.published else "—"
    target = relative_uri(archive_uri(briefs_uri), brief_uri(brief, briefs_uri))
    outlet = f" · {escape_text(brief.source.name)}" if brief.source and brief.source.name else ""
    return f"- {escape_text(day)}{outlet} — {link(escape_text(brief.title), target)}"
