"""The home page: the latest briefs as cards, newest first, then the ways in."""

from __future__ import annotations

from briefs.facts.summary import at_a_glance
from briefs.model import Brief
from briefs.render.dates import day_month_year
from briefs.render.escape import UNSEARCHED_PAGE, escape_text, front_matter, mark_language
from briefs.render.inline import link, relative_uri
from briefs.render.paths import HOME_URI, brief_uri, sort_newest_first

def render_home(briefs: list[Brief], briefs_uri: str = "briefs", latest: int = 50,
                available: frozenset[str] | set[str] = frozenset()) -> str:
    """The home page: the latest briefs as cards, newest first, then the ways in.

    Args:
        briefs: every brief.
        briefs_uri: the site folder of the brief pages.
        latest: how many briefs to show.
        available: source paths of every page of the site (generated and hand-written);
            the index pages (tags, glossary, timeline) are linked only when present.
    """
    lines = [
        front_matter({"title": "Annotated briefs", "description": HOME_DESCRIPTION, "hide": ["navigation", "toc"],
                      **UNSEARCHED_PAGE}),
        "# Annotated briefs\n",
        HOME_DESCRIPTION + "\n",
        "## Latest briefs\n",
    ]
    shown = sort_newest_first(briefs)[:latest]
    if shown:
        lines.append('<div class="grid cards brief-cards" markdown>\n')
        lines.extend(_home_card(brief, briefs_uri) for brief in shown)
        lines.append("</div>\n")
    else:
        lines.append("No briefs yet. See [Contributing](contributing.md) to add the first.\n")
    ways = _ways_in(available)
    if ways:
        lines.append("## Ways in\n")
        lines.append("\n".join(ways) + "\n")
    return "\n".join(lines) + "\n"


HOME_DESCRIPTION = (
    "News articles with the context a newcomer needs: key points first, every unfamiliar "
    "term explained on hover, contributors' notes beside the words they discuss, and the "
    "dates of the story resolved to real dates."
)

# Index pages the home page points to, when the site has them: (source path, label, what it offers).
WAYS_IN = (
    ("tags.md", "By tag", "every topic, with the briefs filed under it"),
    ("glossary/index.md", "By term", "people, places, organisations and treaties, each with the briefs that mention it"),
    ("timeline.md", "By date", "every dated event of every brief, in order"),
)


def _ways_in(available: frozenset[str] | set[str]) -> list[str]:
    return [f"- {link(f'**{label}**', target)}: {escape_text(offer)}"
            for target, label, offer in WAYS_IN if target in available]


def _home_card(brief: Brief, briefs_uri: str) -> str:
    article = brief.article
    date = day_month_year(article.published) if article.published else "Undated"
    outlet = brief.source.name if brief.source and brief.source.name else "Unknown outlet"
    target = relative_uri(HOME_URI, brief_uri(brief, briefs_uri))
    glance = at_a_glance(brief, sentences=1)
    lines = [f"-   {link(f'**{mark_language(escape_text(brief.title))}**', target)}", "", "    ---", "",
             f"    {escape_text(date)} · {mark_language(escape_text(outlet))}"]
    if glance.points:
        lines += ["", f"    {mark_language(escape_text(glance.points[0]))}"]
    return "\n".join(lines) + "\n"
