"""Every page the site generates, in order, from what the stages found: the one list of them.

Brief pages first, then the term pages and the glossary index, the timeline, the feed and
the list of all briefs; the home page last, since it links only the index pages that exist.
Each Markdown page is narrowed (`narrow_page`) so MkDocs holds it at one byte per character.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from briefs.content.glossary import Glossary
from briefs.facts.brief_facts import BriefFacts
from briefs.render.archive import render_archive
from briefs.render.brief import render_brief
from briefs.render.escape import narrow_page
from briefs.render.feed import render_feed
from briefs.render.home import render_home
from briefs.render.paths import FEED_URI, HOME_URI, archive_uri, brief_uri
from briefs.render.terms import glossary_pages
from briefs.render.timeline import DateMarks, timeline_pages
from briefs.settings import Settings


def render_site(briefs: list[BriefFacts], glossary: Glossary, settings: Settings,
                existing_pages: Iterable[str] = ()) -> Iterator[tuple[str, str]]:
    """Each generated page as (site path, text), one at a time, so a caller can write each
    before the next is made (10,000 brief pages would not fit in memory twice).

    Args:
        briefs: every brief with its facts.
        glossary: the build's glossary.
        settings: the project's options.
        existing_pages: site paths of the hand-written pages (`docs/`), for the home page's links.
    """
    made: list[str] = []
    for uri, text in _pages_before_home(briefs, glossary, settings):
        made.append(uri)
        yield uri, _narrowed(uri, text)
    available = frozenset(existing_pages) | frozenset(made)
    plain = [facts.brief for facts in briefs]
    yield HOME_URI, _narrowed(HOME_URI, render_home(plain, settings.briefs_uri, settings.home_latest, available))


def _pages_before_home(briefs: list[BriefFacts], glossary: Glossary, settings: Settings) -> Iterator[tuple[str, str]]:
    marks = DateMarks()  # each date's markup and each event's sentence, shared by briefs and the timeline
    for facts in briefs:
        yield brief_uri(facts.brief, settings.briefs_uri), render_brief(facts, glossary, settings, marks)
    yield from glossary_pages(briefs, glossary, settings).items()
    yield from timeline_pages(briefs, glossary, settings, marks).items()
    plain = [facts.brief for facts in briefs]
    if settings.site_url:  # the feed's links must be absolute; `briefs.build` warns without it
        yield FEED_URI, render_feed(plain, settings.site_url, settings.site_name, settings.briefs_uri)
    yield archive_uri(settings.briefs_uri), render_archive(plain, settings.briefs_uri)


def _narrowed(uri: str, text: str) -> str:
    return narrow_page(text) if uri.endswith(".md") else text
