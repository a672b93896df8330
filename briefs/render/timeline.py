"""The timeline on the site: `<time>` marks in a brief's text, its Timeline section, the site page.

Each dated expression a brief holds (`briefs.facts.timeline.DateEvent`) is wrapped in a
`<time datetime=… title=…>` span (inner, beside glossary links, never across one: where a
link already covers part of an expression, the time mark keeps to the rest of it) and
listed in the brief's "Timeline" section; `timeline_pages` merges every brief's events
into `timeline.md`, grouped by year and month, or splits it by month when it is long.
A site has few distinct dates and each event's sentence shows twice (its brief's section
and the timeline page), so `DateMarks` makes each date's markup and each sentence once
per build.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from briefs.content.glossary import Glossary
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import BriefMentions
from briefs.facts.timeline import DateEvent
from briefs.model import Brief
from briefs.render.dates import day_month_year, format_time
from briefs.render.escape import UNSEARCHED_PAGE, escape_attribute, escape_text, front_matter, mark_language
from briefs.render.inline import Layer, Span, link, relative_uri, render_marked_text
from briefs.render.paths import TIMELINE_FOLDER, TIMELINE_URI, brief_uri, term_uri
from briefs.settings import Settings


def date_label(first: date, precision: str, part: str | None) -> str:
    """The date in words: "Thursday, 6 February 2025", "mid-January 2025", "the 1990s"."""
    part = f"{part}-" if part == "mid" else f"{part} " if part else ""
    if precision == "day":
        return f"{first:%A}, {day_month_year(first)}"
    if precision == "week":
        return f"the week of {day_month_year(first)}"
    if precision in ("month", "part-of-month"):
        return f"{part}{first:%B %Y}"
    if precision == "year":
        return f"{part}{first.year}"
    return f"the {part}{first.year}s"


def datetime_attribute(iso: str, first: date, precision: str) -> str:
    """The `datetime` attribute: a date, month, ISO week or year string (a decade gives its first year)."""
    if precision == "week":
        year, week, _ = first.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return iso


class DateMarks:
    """The markup of each date, and each event's sentence, made once per build.

    Not a module-level cache: one lives as long as the build that makes it, so nothing
    outlives the pages it served.
    """

    def __init__(self) -> None:
        self._dates: dict[tuple, tuple[str, str]] = {}
        self._sentences: dict[tuple[str, int, int], str] = {}

    def opening(self, event: DateEvent) -> str:
        """`<time datetime=… title=…>` for the event: the same for every event on that date."""
        return self._date(event)[0]

    def date_mark(self, event: DateEvent) -> str:
        """The event's date in words inside its `<time>` mark, for lists."""
        return self._date(event)[1]

    def _date(self, event: DateEvent) -> tuple[str, str]:
        key = (event.date, event.first_day, event.precision, event.part)
        if key not in self._dates:
            label = date_label(event.first_day, event.precision, event.part)
            attribute = datetime_attribute(event.date, event.first_day, event.precision)
            opening = f'<time datetime="{escape_attribute(attribute)}" title="{escape_attribute(label)}">'
            self._dates[key] = (opening, f"{opening}{escape_text(label)}</time>")
        return self._dates[key]

    def sentence(self, event: DateEvent) -> str:
        """The event's sentence, escaped, with its expression in bold."""
        key = (event.sentence, event.start - event.sentence_start, event.end - event.sentence_start)
        if key not in self._sentences:
            sentence, low, high = key
            self._sentences[key] = render_marked_text(sentence, [Span(low, high, "<strong>", "</strong>")])
        return self._sentences[key]


def time_spans(event: DateEvent, marks: DateMarks, existing: Iterable[Span] = ()) -> list[Span]:
    """The `<time>` span for `event`, kept clear of the layer-1 spans already there.

    A glossary link inside the expression ("early Saturday Japan time" with "Japan" linked)
    keeps its place; the time mark then covers the part of the expression before the link
    (or after it, when the link opens the expression). No part left: no mark, the text stays.
    """
    start, end = event.start, event.end
    for span in sorted(existing, key=lambda item: item.start):
        if span.layer != Layer.INNER or span.end <= start or end <= span.start:
            continue
        if span.start > start:
            end = span.start
        else:
            start = span.end
    part = event.expression[start - event.start : end - event.start]
    start += len(part) - len(part.lstrip())
    end -= len(part) - len(part.rstrip())
    if end <= start:
        return []
    return [Span(start, end, marks.opening(event), "</time>")]


def timeline_section(brief: Brief, events: tuple[DateEvent, ...], marks: DateMarks) -> str:
    """The brief's Timeline section: its events in date order, each with its sentence."""
    article = brief.article
    lines = []
    if article.published is not None:
        when = format_time(article.published, article.zone_name, article.published_has_time)
        lines.append(f"Dates in the text, resolved against the publication time ({escape_text(when)}).\n")
    for event in events:
        lines.append(f"- {marks.date_mark(event)} — {marks.sentence(event)}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- the site page


@dataclass(frozen=True, slots=True)
class _Site:
    """What every entry of the timeline pages needs besides its event and brief."""

    settings: Settings
    glossary: Glossary
    marks: DateMarks
    mentions: dict[str, BriefMentions]  # brief slug -> its glossary mentions


def _group(event: DateEvent) -> tuple[int, int, str]:
    """(first year, 0 for a decade / 1 for a year, heading) of the event's top-level group."""
    year = event.first_day.year
    if event.precision == "decade":
        return year, 0, f"The {year}s"
    return year, 1, str(year)


def _month_heading(event: DateEvent) -> str | None:
    if event.precision in ("decade", "year"):
        return None
    return f"{event.first_day:%B %Y}"


def _terms(brief: Brief, event: DateEvent, site: _Site, page: str) -> str:
    """Links to the terms the event's sentence mentions, once each, in text order."""
    slugs = site.mentions[brief.slug].in_range(event.paragraph, event.sentence_start, event.sentence_end)
    links = [link(mark_language(escape_text(site.glossary.terms[slug].term)),
                  relative_uri(page, term_uri(slug, site.settings.glossary_uri))) for slug in slugs]
    return f" · {', '.join(links)}" if links else ""


def _page_entry(brief: Brief, event: DateEvent, site: _Site, page: str = TIMELINE_URI) -> str:
    target = relative_uri(page, brief_uri(brief, site.settings.briefs_uri))
    title = link(mark_language(escape_text(brief.title)), target)
    return f"- {site.marks.date_mark(event)} — {site.marks.sentence(event)} — {title}{_terms(brief, event, site, page)}"


_INTRODUCTION = (
    "The dated events of every brief, oldest first. Each date was resolved from the article's own "
    "words against its publication time; the sentence it comes from follows it.\n"
)


def _dated_pairs(briefs: list[BriefFacts]) -> list[tuple[DateEvent, Brief]]:
    """Every (event, brief) of the build, in date order (then brief, then place in the text)."""
    pairs = [(event, facts.brief) for facts in briefs for event in facts.events]
    pairs.sort(key=lambda pair: (pair[0].sort_key[:2], pair[1].slug, pair[0].sort_key[2:]))
    return pairs


def _one_page(pairs: list[tuple[DateEvent, Brief]], site: _Site) -> str:
    """`timeline.md` with every event: under year (or decade) and month headings."""
    lines = [front_matter({"title": "Timeline", **UNSEARCHED_PAGE}), "# Timeline\n", _INTRODUCTION]
    if not pairs:
        lines.append("No dated events yet.\n")
    groups: dict[tuple, list] = defaultdict(list)
    for event, brief in pairs:
        groups[_group(event)].append((event, brief))
    for (_year, _kind, heading), items in sorted(groups.items()):
        lines.append(f"## {escape_text(heading)}\n")
        month = None
        for event, brief in items:
            if _month_heading(event) != month:
                month = _month_heading(event)
                lines.append(f"\n### {escape_text(month)}\n")
            lines.append(_page_entry(brief, event, site))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------------- a timeline of many pages

# Above `Settings.timeline_page_events` events the timeline is split: `timeline.md` becomes an
# index, and each month (and each year or decade, for events known only to that) gets its own
# page under `timeline/`. One page of every event grows with the site: 17 MB at 1,000 briefs.


def _period(event: DateEvent) -> tuple[str, str]:
    """(page name, heading) of the part of the timeline that holds `event`."""
    first = event.first_day
    if event.precision == "decade":
        return f"{first.year}s", f"The {first.year}s"
    if event.precision == "year":
        return f"{first.year}", f"{first.year}"
    return f"{first:%Y-%m}", f"{first:%B %Y}"


def render_period_page(uri: str, heading: str, items: list[tuple[DateEvent, Brief]], site: _Site) -> str:
    """One month's (or year's, or decade's) page of a split timeline."""
    back = relative_uri(uri, TIMELINE_URI)
    lines = [
        front_matter({"title": f"{heading} · Timeline", **UNSEARCHED_PAGE}),
        f"# {escape_text(heading)}\n",
        f"Part of the {link('timeline', back)}: the dated events of every brief in {escape_text(heading)}, oldest first.\n",
    ]
    lines += [_page_entry(brief, event, site, uri) for event, brief in items]
    return "\n".join(lines) + "\n"


def render_timeline_index(periods: list[tuple[tuple[int, int, str], str, str, int]]) -> str:
    """`timeline.md` of a split timeline: each year (or decade) with a link to each of its pages.

    Args:
        periods: (group key, page uri, heading, number of events), in date order.
    """
    lines = [front_matter({"title": "Timeline", **UNSEARCHED_PAGE}), "# Timeline\n", _INTRODUCTION,
             "There are too many to show on one page, so each month has its own.\n"]
    group = None
    for key, uri, heading, count in periods:
        if key != group:
            group = key
            lines.append(f"\n## {escape_text(key[2])}\n")
        label = f"{heading} as a whole" if heading == key[2] else heading
        lines.append(f"- {link(escape_text(label), relative_uri(TIMELINE_URI, uri))} — {count:,} event{'s' if count != 1 else ''}")
    return "\n".join(lines) + "\n"


def timeline_pages(briefs: list[BriefFacts], glossary: Glossary, settings: Settings, marks: DateMarks) -> dict[str, str]:
    """`timeline.md`, alone or (above `Settings.timeline_page_events`) as the index of one
    page per month, year or decade under `timeline/`."""
    site = _Site(settings, glossary, marks, {facts.slug: facts.mentions for facts in briefs})
    pairs = _dated_pairs(briefs)
    if len(pairs) <= settings.timeline_page_events:
        return {TIMELINE_URI: _one_page(pairs, site)}
    by_period: dict[tuple[str, str], list[tuple[DateEvent, Brief]]] = defaultdict(list)
    order: dict[tuple[str, str], tuple] = {}
    for event, brief in pairs:
        period = _period(event)
        by_period[period].append((event, brief))
        order.setdefault(period, (_group(event), event.sort_key[:2]))
    pages, periods = {}, []
    for period in sorted(by_period, key=lambda item: order[item]):
        name, heading = period
        uri = f"{TIMELINE_FOLDER}/{name}.md"
        pages[uri] = render_period_page(uri, heading, by_period[period], site)
        periods.append((order[period][0], uri, heading, len(by_period[period])))
    pages[TIMELINE_URI] = render_timeline_index(periods)
    return pages
