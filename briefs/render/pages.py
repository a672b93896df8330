"""Every page the site generates, in order, from what the stages found: the one list of them.

Brief pages first, then the term pages and the glossary index, the timeline, the feed and
the list of all briefs; the home page last, since it links only the index pages that exist.
Each Markdown page is narrowed (`narrow_page`) so MkDocs holds it at one byte per character.
The three groups are also rendered alone (`briefs.preview` renders only those an edit changes).
"""

from __future__ import annotations

import itertools
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
    marks = DateMarks()  # each date's markup and each event's sentence, shared by briefs and the timeline
    brief_pages = (render_brief_page(facts, glossary, settings, marks) for facts in briefs)
    for uri, text in itertools.chain(brief_pages, render_index_pages(briefs, glossary, settings, marks)):
        made.append(uri)
        yield uri, text
    yield render_home_page(briefs, settings, frozenset(existing_pages) | frozenset(made))


def render_brief_page(facts: BriefFacts, glossary: Glossary, settings: Settings,
                      marks: DateMarks) -> tuple[str, str]:
    """One brief's page: it reads only its own facts and the glossary terms they mention."""
    uri = brief_uri(facts.brief, settings.briefs_uri)
    return uri, _narrowed(uri, render_brief(facts, glossary, settings, marks))


def render_index_pages(briefs: list[BriefFacts], glossary: Glossary, settings: Settings,
                       marks: DateMarks) -> Iterator[tuple[str, str]]:
    """The pages drawn from every brief, the home page aside: term pages and the glossary
    index, the timeline, the feed, the list of all briefs."""
    for uri, text in glossary_pages(briefs, glossary, settings).items():
        yield uri, _narrowed(uri, text)
    for uri, text in timeline_pages(briefs, glossary, settings, marks).items():  # made once the term pages are out
        yield uri, _narrowed(uri, text)
    plain = [facts.brief for facts in briefs]
    if settings.site_url:  # the feed's links must be absolute; `briefs.build` warns without it
        yield FEED_URI, render_feed(plain, settings.site_url, settings.site_name, settings.briefs_uri)
    uri = archive_uri(settings.briefs_uri)
    yield uri, _narrowed(uri, render_archive(plain, settings.briefs_uri))


def render_home_page(briefs: list[BriefFacts], settings: Settings, available: frozenset[str]) -> tuple[str, str]:
    """The home page, last: it links only the index pages in `available` (every page's site path)."""
    plain = [facts.brief for facts in briefs]
    return HOME_URI, _narrowed(HOME_URI, render_home(plain, settings.briefs_uri, settings.home_latest, available))


def _narrowed(uri: str, text: str) -> str:
    return narrow_page(text) if uri.endswith(".md") else text
