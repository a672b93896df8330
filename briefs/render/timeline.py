"""The timeline on the site: `<time>` marks in each brief, its Timeline section, the site page.

`add_timeline` is the pipeline stage: it resolves each brief's dates (`briefs.facts.timeline`),
wraps every resolved expression in a `<time datetime=… title=…>` span (layer 1, beside
glossary links, never across one: where a link already covers part of an expression, the
time mark keeps to the rest of it), adds the "Timeline" section and keeps the events in
`context.timeline` for `timeline_pages`, which merges every brief's events into
`timeline.md`, grouped by year and month. All text goes through `briefs.render.brief` escaping.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from briefs.model import Brief, Span
from briefs.render.brief import (
    add_section,
    brief_uri,
    escape_attribute,
    escape_text,
    format_time,
    front_matter,
    link,
    mark_language,
    relative_uri,
    render_marked_text,
)
from briefs.facts.timeline import DateEvent, resolve_dates

if TYPE_CHECKING:
    from briefs.build import BuildContext

TIMELINE_URI = "timeline.md"


def event_label(event: DateEvent) -> str:
    """The date in words: "Thursday, 6 February 2025", "mid-January 2025", "the 1990s"."""
    return _label(event.first_day, event.precision, event.part)


def _label(first: date, precision: str, part: str | None) -> str:
    part = f"{part}-" if part == "mid" else f"{part} " if part else ""
    if precision == "day":
        return f"{first:%A}, {first.day} {first:%B %Y}"
    if precision == "week":
        return f"the week of {first.day} {first:%B %Y}"
    if precision in ("month", "part-of-month"):
        return f"{part}{first:%B %Y}"
    if precision == "year":
        return f"{part}{first.year}"
    return f"the {part}{first.year}s"


def event_datetime(event: DateEvent) -> str:
    """The `datetime` attribute: a date, month, ISO week or year string (a decade gives its first year)."""
    return _datetime(event.date, event.first_day, event.precision)


def _datetime(iso: str, first: date, precision: str) -> str:
    if precision == "week":
        year, week, _ = first.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return iso


def time_opening(event: DateEvent) -> str:
    """`<time datetime=… title=…>` for the event: the same for every event on that date."""
    return _markup(event.date, event.first_day, event.precision, event.part)[0]


def date_mark(event: DateEvent) -> str:
    """The event's date in words inside its `<time>` mark, for lists."""
    return _markup(event.date, event.first_day, event.precision, event.part)[1]


# Each event's mark is written three times (text, section, timeline page) and a site has
# few distinct dates: the markup is made once per date.
@lru_cache(maxsize=1 << 14)
def _markup(iso: str, first: date, precision: str, part: str | None) -> tuple[str, str]:
    label = _label(first, precision, part)
    opening = f'<time datetime="{escape_attribute(_datetime(iso, first, precision))}" title="{escape_attribute(label)}">'
    return opening, f"{opening}{escape_text(label)}</time>"


def time_spans(event: DateEvent, existing: Iterable[Span] = ()) -> list[Span]:
    """The `<time>` span for `event`, kept clear of the layer-1 spans already there.

    A glossary link inside the expression ("early Saturday Japan time" with "Japan" linked)
    keeps its place; the time mark then covers the part of the expression before the link
    (or after it, when the link opens the expression). No part left: no mark, the text stays.
    """
    start, end = event.start, event.end
    for span in sorted(existing, key=lambda item: item.start):
        if span.layer != 1 or span.end <= start or end <= span.start:
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
    return [Span(start, end, time_opening(event), "</time>", 1)]


def marked_sentence(event: DateEvent) -> str:
    """The event's sentence, escaped, with its expression in bold."""
    return _marked_sentence(event.sentence, event.start - event.sentence_start, event.end - event.sentence_start)


# Each event's sentence shows in its brief's Timeline section and again on the timeline page.
@lru_cache(maxsize=1 << 19)
def _marked_sentence(sentence: str, low: int, high: int) -> str:
    return render_marked_text(sentence, [Span(low, high, "<strong>", "</strong>", 1)])


def timeline_section(brief: Brief, events: tuple[DateEvent, ...]) -> str:
    """The brief's Timeline section: its events in date order, each with its sentence."""
    article = brief.article
    lines = []
    if article.published is not None:
        when = format_time(article.published, article.zone_name, article.published_has_time)
        lines.append(f"Dates in the text, resolved against the publication time ({escape_text(when)}).\n")
    for event in events:
        lines.append(f"- {date_mark(event)} — {marked_sentence(event)}")
    return "\n".join(lines) + "\n"


def add_timeline(briefs: list[Brief], context: BuildContext) -> list[Brief]:
    """The pipeline stage: resolve each brief's dates, mark them, add its Timeline section."""
    enriched = []
    for brief in briefs:
        events = context.cache.events(brief.seed_sha256, lambda: resolve_dates(brief.article))
        context.timeline[brief.slug] = events
        if events:
            brief = add_section(_with_time_spans(brief, events), "timeline", "Timeline", timeline_section(brief, events))
        enriched.append(brief)
    return enriched


def _with_time_spans(brief: Brief, events: tuple[DateEvent, ...]) -> Brief:
    count = len(brief.article.paragraphs)
    spans = [list(brief.spans[index]) if index < len(brief.spans) else [] for index in range(count)]
    for event in events:
        spans[event.paragraph].extend(time_spans(event, spans[event.paragraph]))
    return replace(brief, spans=tuple(tuple(items) for items in spans))


# ---------------------------------------------------------------------------- the site page


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


def _terms(brief: Brief, event: DateEvent, context: BuildContext, page: str) -> str:
    if context.sentence_terms is None:
        return ""
    found = context.sentence_terms(brief, event.paragraph, event.sentence_start, event.sentence_end)
    links = [link(mark_language(escape_text(name)), relative_uri(page, uri)) for name, uri in found]
    return f" · {', '.join(links)}" if links else ""


def _page_entry(brief: Brief, event: DateEvent, context: BuildContext, page: str = TIMELINE_URI) -> str:
    target = relative_uri(page, brief_uri(brief, context.settings.briefs_uri))
    title = link(mark_language(escape_text(brief.title)), target)
    return f"- {date_mark(event)} — {marked_sentence(event)} — {title}{_terms(brief, event, context, page)}"


_INTRODUCTION = (
    "The dated events of every brief, oldest first. Each date was resolved from the article's own "
    "words against its publication time; the sentence it comes from follows it.\n"
)


def _dated_pairs(briefs: list[Brief], context: BuildContext) -> list[tuple[DateEvent, Brief]]:
    """Every (event, brief) of the build, in date order (then brief, then place in the text)."""
    by_slug = {brief.slug: brief for brief in briefs}
    pairs = [(event, by_slug[slug]) for slug, events in context.timeline.items() if slug in by_slug for event in events]
    pairs.sort(key=lambda pair: (pair[0].sort_key[:2], pair[1].slug, pair[0].sort_key[2:]))
    return pairs


def render_timeline_page(briefs: list[Brief], context: BuildContext) -> str:
    """`timeline.md` with every event: under year (or decade) and month headings."""
    return _one_page(_dated_pairs(briefs, context), context)


def _one_page(pairs: list[tuple[DateEvent, Brief]], context: BuildContext) -> str:
    lines = [front_matter({"title": "Timeline"}), "# Timeline\n", _INTRODUCTION]
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
            lines.append(_page_entry(brief, event, context))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------------- a timeline of many pages

# Above `Settings.timeline_page_events` events the timeline is split: `timeline.md` becomes an
# index, and each month (and each year or decade, for events known only to that) gets its own
# page under `timeline/`. One page of every event grows with the site: 17 MB at 1,000 briefs.
TIMELINE_FOLDER = "timeline"


def _period(event: DateEvent) -> tuple[str, str]:
    """(page name, heading) of the part of the timeline that holds `event`."""
    first = event.first_day
    if event.precision == "decade":
        return f"{first.year}s", f"The {first.year}s"
    if event.precision == "year":
        return f"{first.year}", f"{first.year}"
    return f"{first:%Y-%m}", f"{first:%B %Y}"


def render_period_page(uri: str, heading: str, items: list[tuple[DateEvent, Brief]], context: BuildContext) -> str:
    """One month's (or year's, or decade's) page of a split timeline."""
    back = relative_uri(uri, TIMELINE_URI)
    lines = [
        front_matter({"title": f"{heading} · Timeline"}),
        f"# {escape_text(heading)}\n",
        f"Part of the {link('timeline', back)}: the dated events of every brief in {escape_text(heading)}, oldest first.\n",
    ]
    lines += [_page_entry(brief, event, context, uri) for event, brief in items]
    return "\n".join(lines) + "\n"


def render_timeline_index(periods: list[tuple[tuple[int, int, str], str, str, int]]) -> str:
    """`timeline.md` of a split timeline: each year (or decade) with a link to each of its pages.

    Args:
        periods: (group key, page uri, heading, number of events), in date order.
    """
    lines = [front_matter({"title": "Timeline"}), "# Timeline\n", _INTRODUCTION,
             "There are too many to show on one page, so each month has its own.\n"]
    group = None
    for key, uri, heading, count in periods:
        if key != group:
            group = key
            lines.append(f"\n## {escape_text(key[2])}\n")
        label = f"{heading} as a whole" if heading == key[2] else heading
        lines.append(f"- {link(escape_text(label), relative_uri(TIMELINE_URI, uri))} — {count:,} event{'s' if count != 1 else ''}")
    return "\n".join(lines) + "\n"


def timeline_pages(briefs: list[Brief], context: BuildContext) -> dict[str, str]:
    """The page builder: `timeline.md`, alone or (above `Settings.timeline_page_events`) as
    the index of one page per month, year or decade under `timeline/`."""
    pairs = _dated_pairs(briefs, context)
    if len(pairs) <= context.settings.timeline_page_events:
        return {TIMELINE_URI: _one_page(pairs, context)}
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
        pages[uri] = render_period_page(uri, heading, by_period[period], context)
        periods.append((order[period][0], uri, heading, len(by_period[period])))
    pages[TIMELINE_URI] = render_timeline_index(periods)
    return pages


def release_timeline_caches() -> None:
    """Empty this module's caches (see `briefs.build.release_caches`)."""
    _markup.cache_clear()
    _marked_sentence.cache_clear()
