"""Find the date expressions in an article and resolve each to a real date.

News text dates events relative to when it was written: "on Thursday", "in mid-January",
"Jan. 20", "last month", "three days earlier". This module turns each expression it is
sure of into a `DateEvent` with an ISO date and a precision, resolved against the
publication time in the right zone and by the tense of its clause; an expression it cannot
pin down ("three days earlier" with no date to count from) is left out, never guessed.
It protects the rest of the code from news phrasing: stages and pages only see events.

The rules are one table, `RULES` (patterns, tried together, longest match wins), over the
words in `briefs.vocab` (months, tense markers, places and their zones). dateparser reads
the absolute dates ("Feb. 10, 2017", "March 2019"); the rules do the rest.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache
from typing import Any, Callable
from zoneinfo import ZoneInfo

from briefs.model import Article
from briefs.sentences import split_sentences
from briefs.timeline_tense import Tense, tense_markers, tense_at
from briefs.vocab import (
    COUNT_NOUNS,
    DATING_WORDS,
    INCLUDED_PREPOSITIONS,
    JAPAN_TIME_PHRASES,
    MONTH_PART_DAYS,
    MONTH_PARTS,
    NUMBER_WORDS,
    PLACE_ZONES,
    STREET_WORDS,
    TIMELINE_MONTHS,
    TIMELINE_WEEKDAYS,
    WEEKDAY_NAME_PREFIXES,
    WEEKDAY_NAME_SUFFIXES,
    YEAR_DETERMINERS,
)

# Broad to narrow: the order of events that start on the same day.
PRECISIONS = ("decade", "year", "month", "part-of-month", "week", "day")
PARTS = ("early", "mid", "late")
JAPAN_ZONE = timezone(timedelta(hours=9), "JST")


@dataclass(frozen=True, slots=True)
class DateEvent:
    """A date expression in an article, resolved to an absolute date."""

    date: str  # ISO: YYYY-MM-DD (day; week: its Monday), YYYY-MM (month, part-of-month), YYYY (year; decade: its first year)
    precision: str  # one of PRECISIONS
    part: str | None  # early | mid | late for a part of a month (or of a year or decade); None otherwise
    expression: str  # the words as printed, e.g. "on Friday morning local time"
    paragraph: int  # index into Article.paragraphs
    start: int  # offset of the expression in the paragraph's text
    end: int  # one past its last character
    sentence: str  # the sentence holding the expression, as printed
    sentence_start: int = 0  # offset of that sentence in the paragraph's text

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"offsets must satisfy 0 <= start < end, got {self.start}, {self.end}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")
        if self.part is not None and self.part not in PARTS:
            raise ValueError(f"unknown part {self.part!r}")

    @property
    def first_day(self) -> date:
        """The first day the event can fall on (for ordering)."""
        year, month, day = (self.date.split("-") + ["1", "1"])[:3]
        first = date(int(year), int(month), int(day))
        if self.part and self.precision == "part-of-month":
            first = first.replace(day=MONTH_PART_DAYS[self.part][0])
        return first

    @property
    def sort_key(self) -> tuple:
        return (self.first_day, PRECISIONS.index(self.precision), self.paragraph, self.start)

    @property
    def sentence_end(self) -> int:
        return self.sentence_start + len(self.sentence)

    def to_json(self, text_offset: int = 0) -> dict[str, Any]:
        """The CLI's form; `text_offset` is where the paragraph starts in `Article.text`."""
        data: dict[str, Any] = {
            "date": self.date,
            "precision": self.precision,
            "expression": self.expression,
            "start": text_offset + self.start,
            "end": text_offset + self.end,
            "sentence": self.sentence,
        }
        if self.part:
            data["part"] = self.part
        return data


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a rule's expression means, before it is placed in the text."""

    date: str  # as DateEvent.date
    precision: str  # as DateEvent.precision
    part: str | None = None  # as DateEvent.part
    day: date | None = None  # the day itself, for day precision (others count from it)


@dataclass(frozen=True, slots=True)
class Situation:
    """What an expression is resolved against."""

    published: datetime | None  # the article's publication time (aware when its zone is known)
    zone: tzinfo | None  # the zone the expression speaks in (publication's, place's, Japan's)
    tense: Tense  # "past", "future" or None (no clear tense: the nearest date wins)
    earlier_days: tuple[date, ...]  # days resolved before it in the same sentence, in order

    @property
    def today(self) -> date | None:
        if self.published is None:
            return None
        if self.zone is None or self.published.tzinfo is None:
            return self.published.date()
        return self.published.astimezone(self.zone).date()


# ------------------------------------------------------------------------------- the rules

_PREP = r"(?:(?P<prep>(?i:" + "|".join(INCLUDED_PREPOSITIONS) + r"))\s+)?"
_MONTH = (
    r"(?P<month>"
    + "|".join(re.escape(name) for name in sorted(TIMELINE_MONTHS, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
_YEAR = r"(?P<year>1\d{3}|2[01]\d{2})(?![\w]|[-–/]\d|,\d)"
_YEAR_TAIL = r"(?:,?\s+" + _YEAR + r")?"
_WEEKDAY = r"(?P<weekday>" + "|".join(TIMELINE_WEEKDAYS) + r")(?![A-Za-z])"
_COUNT = r"(?P<count>\d{1,2}|(?i:" + "|".join(NUMBER_WORDS) + r"))"
_PART = r"(?P<part>(?i:early|mid|late))(?:-|\s+)"
_ZONE_PHRASE = r"(?P<zone>(?i:local time)|" + "|".join(JAPAN_TIME_PHRASES) + r")"


@dataclass(frozen=True, slots=True)
class Rule:
    """One shape of date expression."""

    name: str  # also selects the resolver in `_RESOLVERS`
    pattern: re.Pattern[str]  # the expression, with an optional "on/in/since" before it
    accepts: Callable[[re.Match[str], str, int], bool] | None = None  # context check (match, text, sentence start)


def _rule(name: str, core: str, accepts=None) -> Rule:
    return Rule(name, re.compile(r"(?<![\w.$£€¥-])" + _PREP + core), accepts)


def _word_before(text: str, offset: int) -> str:
    match = re.search(r"([\w.’'-]+)[ \t]+$", text[max(0, offset - 40) : offset])
    return match.group(1) if match else ""


def _word_after(text: str, offset: int) -> str:
    match = re.match(r"[ \t]+([\w.%’'-]+)", text[offset : offset + 40])
    return match.group(1) if match else ""


def _core_start(match: re.Match[str]) -> int:
    return match.start() if match["prep"] is None else match.start() + len(match["prep"]) + 1


def _has_dating_word(match: re.Match[str], text: str) -> bool:
    if match["prep"] is not None:
        return True
    before = _word_before(text, match.start())
    if before.lower() in {"and", "or", "to"}:  # "from 2019 to 2021", "March and May"
        return bool(re.search(r"(\d{4}|" + _MONTH.replace("(?P<month>", "(?:") + r")[ \t]+\S+[ \t]+$", text[: match.start()]))
    return before.lower() in DATING_WORDS


def _accepts_month(match: re.Match[str], text: str, sentence_start: int) -> bool:
    if text[match.end() : match.end() + 2] in ("’s", "'s") and match["month"] == "May":
        return False  # "May's government": Theresa May
    return match["rel"] is not None or _has_dating_word(match, text)


def _accepts_year(match: re.Match[str], text: str, sentence_start: int) -> bool:
    after = _word_after(text, match.end())
    if after.rstrip(".,;:").lower() in COUNT_NOUNS or after in STREET_WORDS or text[match.end() : match.end() + 1] == "%":
        return False
    if match["part"] is not None or _has_dating_word(match, text):
        return True
    # A modifier: "the 2016 election", "its 2023 report".
    return _word_before(text, match.start()).lower() in YEAR_DETERMINERS and after[:1].islower()


def _accepts_weekday(match: re.Match[str], text: str, sentence_start: int) -> bool:
    core = _core_start(match)
    before = _word_before(text, core)
    if before in WEEKDAY_NAME_PREFIXES or _word_after(text, match.end()) in WEEKDAY_NAME_SUFFIXES:
        return False
    at_sentence_start = not text[sentence_start:core].strip(" “\"‘'([")
    named = before[:1].isupper() and not at_sentence_start and match["prep"] is None and match["rel"] is None
    return not named  # "Black Friday": a capitalised word before it makes it part of a name


def _accepts_period(match: re.Match[str], text: str, sentence_start: int) -> bool:
    return _word_before(text, match.start()).lower() != "the"  # "over the next week" is a duration


# Every shape of date expression, most specific first (it wins a tie in length).
RULES: tuple[Rule, ...] = (
    _rule("weekday-date", _WEEKDAY + r",?\s+" + _MONTH + r"\s+" + _DAY + _YEAR_TAIL),
    _rule("iso-date", r"(?P<iso>\d{4}-\d{2}-\d{2})(?![-\d])"),
    _rule("month-day", _MONTH + r"\s+" + _DAY + _YEAR_TAIL),
    _rule("day-month", _DAY + r"\s+" + _MONTH + _YEAR_TAIL),
    _rule("part-of-month", r"(?:" + _PART + r"|(?P<edge>(?i:the\s+(?:beginning|start|end|middle)\s+of))\s+)" + _MONTH + _YEAR_TAIL),
    _rule("month-year", _MONTH + r",?\s+" + _YEAR),
    _rule("month", r"(?:(?P<rel>(?i:last|next|this))\s+)?" + _MONTH, _accepts_month),
    _rule(
        "weekday",
        r"(?:(?P<rel>(?i:last|next|this|early|late))\s+)?" + _WEEKDAY
        + r"(?:\s+(?P<daypart>(?i:morning|afternoon|evening|night)))?(?:\s+" + _ZONE_PHRASE + r")?",
        _accepts_weekday,
    ),
    _rule("relative-day", r"(?P<word>(?i:today|tonight|yesterday|tomorrow))\b"),
    _rule("relative-period", r"(?P<rel>(?i:last|next|this))\s+(?P<unit>(?i:week|month|year))\b", _accepts_period),
    _rule("ago", _COUNT + r"\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b"),
    _rule("offset", _COUNT + r"\s+(?P<unit>(?i:day|week))s?\s+(?P<direction>(?i:earlier|later))\b"),
    _rule("decade", r"(?i:the)\s+(?:" + _PART + r")?(?P<decade>1\d{2}0|20\d0)s\b"),
    _rule("year", r"(?:" + _PART + r")?" + _YEAR, _accepts_year),
)


# Something every rule's match contains: a digit, a month or weekday, a relative word.
_TRIGGER = re.compile(
    r"\d|" + "|".join(re.escape(name) for name in (*TIMELINE_MONTHS, *TIMELINE_WEEKDAYS))
    + r"|(?i:day|tonight|tomorrow|week|month|year)"
)


@dataclass(frozen=True, slots=True)
class Found:
    """An expression a rule matched, before resolution."""

    rule: Rule  # the rule that matched
    match: re.Match[str]  # its match, offsets into the paragraph

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()


def find_expressions(text: str, sentence_start: int = 0, sentence_end: int | None = None) -> list[Found]:
    """Date expressions in `text[sentence_start:sentence_end]`, in text order, none overlapping.

    Where two rules match overlapping text, the longer match wins, then the earlier rule.
    """
    end = len(text) if sentence_end is None else sentence_end
    if not _TRIGGER.search(text, sentence_start, end):
        return []  # most sentences hold no date: one scan instead of one per rule
    candidates = []
    for order, rule in enumerate(RULES):
        for match in rule.pattern.finditer(text, sentence_start, end):
            if rule.accepts is None or rule.accepts(match, text, sentence_start):
                candidates.append((match.start(), -(match.end() - match.start()), order, Found(rule, match)))
    chosen: list[Found] = []
    for _start, _length, _order, found in sorted(candidates, key=lambda item: item[:3]):
        if all(found.end <= other.start or other.end <= found.start for other in chosen):
            chosen.append(found)
    return sorted(chosen, key=lambda found: found.start)


# ------------------------------------------------------------------------------ resolution


@cache
def _date_parser():
    from dateparser.date import DateDataParser  # imported late: it takes a while to load

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]})


@cache
def parse_absolute(expression: str) -> date | None:
    """An absolute date ("Feb. 10, 2017", "10 February 2017", "March 2019") read by dateparser."""
    data = _date_parser().get_date_data(expression)
    return data.date_obj.date() if data and data.date_obj else None


def _core(found: Found) -> str:
    return found.match.string[_core_start(found.match) : found.end]


def _month(found: Found) -> int:
    return TIMELINE_MONTHS[found.match["month"]]


def _day_result(day: date) -> Resolved:
    return Resolved(day.isoformat(), "day", None, day)


def _resolve_absolute_day(found: Found, situation: Situation) -> Resolved | None:
    if found.match.groupdict().get("year") or found.rule.name == "iso-date":
        day = parse_absolute(_core(found).replace("’", "'"))
        return _day_result(day) if day else None
    return _resolve_day_without_year(found, situation)


def _resolve_day_without_year(found: Found, situation: Situation) -> Resolved | None:
    today = situation.today
    if today is None:
        return None
    month, day_number = _month(found), int(found.match["day"])
    candidates = [_safe_date(year, month, day_number) for year in range(today.year - 8, today.year + 9)]
    candidates = [day for day in candidates if day is not None]
    weekday = found.match.groupdict().get("weekday")
    if weekday:  # "Tuesday, March 4": a year in which March 4 is a Tuesday
        matching = [day for day in candidates if day.weekday() == TIMELINE_WEEKDAYS[weekday]]
        candidates = matching or candidates
    chosen = _pick(candidates, today, situation.tense, lambda day: (day, day))
    if chosen is None and weekday:  # the weekday outweighs a misread tense
        chosen = _pick(candidates, today, None, lambda day: (day, day))
    return _day_result(chosen) if chosen else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list, today: date, tense: Tense, bounds: Callable[[Any], tuple[date, date]]):
    """The candidate the tense points to: past -> latest starting on or before today,
    future -> earliest ending on or after today, no tense -> nearest (ties go to the past)."""
    if tense == "past":
        fitting = [item for item in candidates if bounds(item)[0] <= today]
        return max(fitting, key=lambda item: bounds(item)[0], default=None)
    if tense == "future":
        fitting = [item for item in candidates if bounds(item)[1] >= today]
        return min(fitting, key=lambda item: bounds(item)[1], default=None)

    def distance(item) -> tuple[int, bool]:
        first, last = bounds(item)
        gap = 0 if first <= today <= last else min(abs((first - today).days), abs((last - today).days))
        return gap, first > today

    return min(candidates, key=distance, default=None)


def _month_bounds(year: int, month: int, part: str | None) -> tuple[date, date]:
    length = calendar.monthrange(year, month)[1]
    low, high = MONTH_PART_DAYS[part] if part else (1, length)
    return date(year, month, low), date(year, month, min(high, length))


def _resolve_month(found: Found, situation: Situation, part: str | None = None) -> Resolved | None:
    month = _month(found)
    precision = "part-of-month" if part else "month"
    year_text = found.match.groupdict().get("year")
    if year_text:
        return Resolved(f"{int(year_text):04d}-{month:02d}", precision, part)
    today = situation.today
    if today is None:
        return None
    relation = (found.match.groupdict().get("rel") or "").lower()
    years = range(today.year - 1, today.year + 2)
    if relation == "this":
        return Resolved(f"{today.year:04d}-{month:02d}", precision, part)
    if relation in ("last", "next"):
        here = (today.year, today.month)
        fitting = [(year, month) for year in years if ((year, month) < here if relation == "last" else (year, month) > here)]
        year = max(fitting)[0] if relation == "last" else min(fitting)[0]
        return Resolved(f"{year:04d}-{month:02d}", precision, part)
    year = _pick(list(years), today, situation.tense, lambda year: _month_bounds(year, month, part))
    return Resolved(f"{year:04d}-{month:02d}", precision, part) if year else None


def _resolve_part_of_month(found: Found, situation: Situation) -> Resolved | None:
    word = (found.match["part"] or found.match["edge"].split()[1]).lower()
    return _resolve_month(found, situation, MONTH_PARTS[word])


def _resolve_month_year(found: Found, situation: Situation) -> Resolved | None:
    if parse_absolute(_core(found)) is None:
        return None
    return _resolve_month(found, situation)


def _resolve_weekday(found: Found, situation: Situation) -> Resolved | None:
    today = situation.today
    if today is None:
        return None
    weekday = TIMELINE_WEEKDAYS[found.match["weekday"]]
    back, ahead = (today.weekday() - weekday) % 7, (weekday - today.weekday()) % 7
    relation = (found.match["rel"] or "").lower()
    if relation == "last":
        shift = -(back or 7)
    elif relation == "next":
        shift = ahead or 7
    elif relation == "this" or situation.tense == "future":
        shift = ahead
    elif situation.tense == "past":
        shift = -back
    else:
        shift = -back if back <= ahead else ahead
    return _day_result(today + timedelta(days=shift))


def _resolve_relative_day(found: Found, situation: Situation) -> Resolved | None:
    today = situation.today
    if today is None:
        return None
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[found.match["word"].lower()]
    return _day_result(today + timedelta(days=shift))


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _period(today: date, unit: str, shift: int) -> Resolved:
    if unit == "day":
        return _day_result(today + timedelta(days=shift))
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=shift)
        return Resolved(monday.isoformat(), "week")
    if unit == "month":
        year, month = _shift_month(today, shift)
        return Resolved(f"{year:04d}-{month:02d}", "month")
    return Resolved(f"{today.year + shift:04d}", "year")


def _resolve_relative_period(found: Found, situation: Situation) -> Resolved | None:
    today = situation.today
    if today is None:
        return None
    shift = {"last": -1, "this": 0, "next": 1}[found.match["rel"].lower()]
    return _period(today, found.match["unit"].lower(), shift)


def _count(found: Found) -> int:
    text = found.match["count"]
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


def _resolve_ago(found: Found, situation: Situation) -> Resolved | None:
    today = situation.today
    if today is None:
        return None
    return _period(today, found.match["unit"].lower(), -_count(found))


def _resolve_offset(found: Found, situation: Situation) -> Resolved | None:
    """"Two days later": only against a day resolved earlier in the same sentence."""
    if not situation.earlier_days:
        return None
    days = _count(found) * (7 if found.match["unit"].lower() == "week" else 1)
    sign = -1 if found.match["direction"].lower() == "earlier" else 1
    return _day_result(situation.earlier_days[-1] + timedelta(days=sign * days))


def _resolve_decade(found: Found, situation: Situation) -> Resolved | None:
    part = found.match["part"]
    return Resolved(found.match["decade"], "decade", part.lower() if part else None)


def _resolve_year(found: Found, situation: Situation) -> Resolved | None:
    part = found.match["part"]
    return Resolved(found.match["year"], "year", part.lower() if part else None)


_RESOLVERS: dict[str, Callable[[Found, Situation], Resolved | None]] = {
    "weekday-date": _resolve_absolute_day,
    "iso-date": _resolve_absolute_day,
    "month-day": _resolve_absolute_day,
    "day-month": _resolve_absolute_day,
    "part-of-month": _resolve_part_of_month,
    "month-year": _resolve_month_year,
    "month": _resolve_month,
    "weekday": _resolve_weekday,
    "relative-day": _resolve_relative_day,
    "relative-period": _resolve_relative_period,
    "ago": _resolve_ago,
    "offset": _resolve_offset,
    "decade": _resolve_decade,
    "year": _resolve_year,
}
assert set(_RESOLVERS) == {rule.name for rule in RULES}, "every rule needs a resolver"


# --------------------------------------------------------------------------------- places


@cache
def _place_pattern() -> re.Pattern[str]:
    names = sorted(PLACE_ZONES, key=len, reverse=True)
    # "Japan time" names a zone, not the story's place; "Japan-U.S." is no place either.
    return re.compile(r"\b(" + "|".join(re.escape(name) for name in names) + r")\b(?![-–]\w)(?! time\b)")


def place_zone_of(name: str | None) -> tzinfo | None:
    """The zone of a place named in `PLACE_ZONES` (or a dateline starting with one)."""
    if not name:
        return None
    # Datelines print places in capitals: "WASHINGTON (Kyodo)", "NEW YORK".
    match = _place_pattern().search(re.sub(r"\b[A-Z][A-Z'’.-]+\b", lambda word: word.group(0).title(), name))
    return ZoneInfo(PLACE_ZONES[match.group(1)]) if match else None


def _last_place(text: str) -> str | None:
    names = _place_pattern().findall(text)
    return names[-1] if names else None


def local_zone(article: Article, paragraph: int, sentence_start: int, offset: int) -> tzinfo | None:
    """The zone "local time" refers to at `offset`: the nearest place named before it in its
    sentence, else the dateline's place, else the nearest named earlier in the article."""
    text = article.paragraphs[paragraph].text
    place = _last_place(text[sentence_start:offset])
    if place:
        return ZoneInfo(PLACE_ZONES[place])
    dateline = place_zone_of(article.dateline)
    if dateline:
        return dateline
    earlier = " ".join(item.text for item in article.paragraphs[:paragraph]) + " " + text[:sentence_start]
    place = _last_place(earlier)
    return ZoneInfo(PLACE_ZONES[place]) if place else None


# ------------------------------------------------------------------------------ the stage


def _expression_zone(found: Found, published: datetime | None, local: Callable[[], tzinfo | None]) -> tzinfo | None:
    zone_phrase = found.match.groupdict().get("zone")
    publication_zone = published.tzinfo if published else None
    if zone_phrase and zone_phrase.lower() == "local time":
        return local() or publication_zone
    if zone_phrase:
        return JAPAN_ZONE
    return publication_zone


def resolve_sentence(
    text: str,
    sentence: tuple[int, int],
    published: datetime | None,
    local: Callable[[int], tzinfo | None] = lambda offset: None,
    paragraph: int = 0,
) -> list[DateEvent]:
    """The events of one sentence of a paragraph.

    Args:
        text: the paragraph's text.
        sentence: (start, end) of the sentence in `text`.
        published: the publication time; without it only absolute dates resolve.
        local: the zone "local time" means at an offset (None: the publication's zone).
        paragraph: the paragraph's index, recorded in each event.
    """
    start, end = sentence
    found = find_expressions(text, start, end)
    if not found:
        return []
    markers = tense_markers(text, start, end, [(item.start, item.end) for item in found])
    events: list[DateEvent] = []
    for item in found:
        situation = Situation(
            published=published,
            zone=_expression_zone(item, published, lambda: local(item.start)),
            tense=tense_at(text, markers, start, end, item.start, item.end),
            earlier_days=tuple(date.fromisoformat(event.date) for event in events if event.precision == "day"),
        )
        resolved = _RESOLVERS[item.rule.name](item, situation)
        if resolved is not None:
            events.append(DateEvent(
                resolved.date, resolved.precision, resolved.part, text[item.start : item.end],
                paragraph, item.start, item.end, text[start:end], start,
            ))
    return events


def resolve_dates(article: Article, place_zone: tzinfo | None = None) -> tuple[DateEvent, ...]:
    """Every date expression of the article's body that resolves, in date order.

    Args:
        article: the parsed article; its publication time is the reference.
        place_zone: the zone "local time" means; by default found from the text and dateline.
    """
    events: list[DateEvent] = []
    for index, paragraph in enumerate(article.paragraphs):
        for sentence in split_sentences(paragraph.text):
            def local(offset: int, index=index, sentence=sentence) -> tzinfo | None:
                return place_zone or local_zone(article, index, sentence[0], offset)

            events.extend(resolve_sentence(paragraph.text, sentence, article.published, local, index))
    return tuple(sorted(events, key=lambda event: event.sort_key))


def text_offsets(article: Article) -> list[int]:
    """Where each paragraph starts in `Article.text` (paragraphs joined by a blank line)."""
    offsets, position = [], 0
    for paragraph in article.paragraphs:
        offsets.append(position)
        position += len(paragraph.text) + 2
    return offsets


def events_to_json(article: Article, events: tuple[DateEvent, ...]) -> list[dict[str, Any]]:
    """The events as the CLI prints them, offsets into `Article.text`."""
    offsets = text_offsets(article)
    return [event.to_json(offsets[event.paragraph]) for event in events]
