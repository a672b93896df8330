"""Resolve the date expressions of an article to real dates.

News text dates events relative to when it was written: "on Thursday", "in mid-January",
"Jan. 20", "last month", "three days earlier". This module turns each expression that
`briefs.facts.timeline_rules` finds into a `DateEvent` with an ISO date and a precision, resolved
against the publication time in the right zone (`local time`, `Japan time`) and by the
tense of its clause (`briefs.facts.timeline_tense`). An article in German, Spanish, French,
Italian, Portuguese, Dutch or Japanese has its expressions found by
`briefs.facts.timeline_languages`, told in the English rules' words and resolved here the same
way. An expression it cannot pin down ("three days earlier" with no day named before it in its
paragraph, "two days after the vote" with no day in its sentence) is left out, never guessed. It protects the rest of the code from news phrasing:
stages and pages only see events.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any, Callable

from briefs.model import Article
from briefs.sources.sentences import split_sentences
from briefs.facts.timeline_languages import (
    RULE_NAMES,
    article_language,
    default_tense,
    find_in_language,
    language_markers,
    language_sentences,
)
from briefs.facts.timeline_rules import RULES, Found, Places, find_expressions, local_zone, place_zone_of
from briefs.facts.timeline_tense import Marker, Tense, tense_at, tense_markers, verb_groups
from briefs.sources.vocab import (
    MONTH_PART_DAYS, MONTH_PARTS, NOT_PAST_ED, NUMBER_WORDS, PAST_WORDS, TIMELINE_MONTHS, TIMELINE_WEEKDAYS,
)

__all__ = ["DateEvent", "PRECISIONS", "events_to_json", "local_zone", "place_zone_of", "resolve_dates", "text_offsets"]

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
        return _first_day(self.date, self.precision, self.part)

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


# Sorting and labelling ask for it many times per event; a site has few distinct dates.
@lru_cache(maxsize=1 << 14)
def _first_day(iso: str, precision: str, part: str | None) -> date:
    year, month, day = (iso.split("-") + ["1", "1"])[:3]
    first = date(int(year), int(month), int(day))
    if part and precision == "part-of-month":
        first = first.replace(day=MONTH_PART_DAYS[part][0])
    return first


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a rule's expression means, before it is placed in the text."""

    date: str  # as DateEvent.date
    precision: str  # as DateEvent.precision
    part: str | None = None  # as DateEvent.part


@dataclass(frozen=True, slots=True)
class Situation:
    """What an expression is resolved against."""

    published: datetime | None  # the article's publication time (aware when its zone is known)
    zone: tzinfo | None  # the zone the expression speaks in (publication's, place's, Japan's)
    # Reads the tense, "past", "future" or None (no clear tense: the nearest date wins). A
    # callable because absolute dates never ask, and reading tense is half the cost of a sentence.
    tense_of: Callable[[], Tense]
    earlier_days: tuple[date, ...]  # days resolved before it in the same sentence, in order
    # (year, month) of the months and days resolved before it in the sentence: `the same month last year` is theirs
    earlier_months: tuple[tuple[int, int], ...] = ()
    lead: str = ""  # the sentence's words right before the expression (`was enacted `), at most _LEAD_CHARS
    paragraph_days: tuple[date, ...] = ()  # days resolved in the sentences before it in its paragraph
    story_day: date | None = None  # the first day the lead paragraph names: the day of the news

    @property
    def tense(self) -> Tense:
        return self.tense_of()

    @property
    def today(self) -> date | None:
        if self.published is None:
            return None
        if self.zone is None or self.published.tzinfo is None:
            return self.published.date()
        return self.published.astimezone(self.zone).date()


# ------------------------------------------------------------------------------ resolution


def _month(found: Found) -> int:
    return TIMELINE_MONTHS[found.group("month")]


def _day_result(day: date) -> Resolved:
    return Resolved(day.isoformat(), "day")


def _resolve_absolute_day(found: Found, situation: Situation) -> Resolved | None:
    if found.rule.name == "iso-date":
        year, month, day_number = (int(part) for part in found.group("iso").split("-"))
    elif found.group("year") or found.group("yearrel"):
        year = _stated_year(found, situation)
        if year is None:
            return None
        month, day_number = _month(found), int(found.group("day"))
    else:
        return _resolve_day_without_year(found, situation)
    # The rule has read every part; what is left is whether the day exists ("Feb. 30" does not).
    day = _safe_date(year, month, day_number)
    return _day_result(day) if day else None


def _stated_year(found: Found, situation: Situation) -> int | None:
    """The year printed after a date (`2025`), or named from the publication's (`next year`); None when unknown."""
    if found.group("year"):
        return int(found.group("year"))
    today = situation.today
    return today.year + _YEAR_RELATIONS[found.group("yearrel").lower()] if today else None


_YEAR_RELATIONS = {"last": -1, "this": 0, "next": 1}


def _resolve_day_without_year(found: Found, situation: Situation) -> Resolved | None:
    today = situation.today
    if today is None:
        return None
    month, day_number = _month(found), int(found.group("day"))
    candidates = [_safe_date(year, month, day_number) for year in range(today.year - 8, today.year + 9)]
    candidates = [day for day in candidates if day is not None]
    weekday = found.group("weekday")
    if weekday:  # "Tuesday, March 4": a year in which March 4 is a Tuesday
        matching = [day for day in candidates if day.weekday() == TIMELINE_WEEKDAYS[weekday]]
        candidates = matching or candidates
    tense = situation.tense
    if tense == "past" and _is_deadline(found, situation):
        tense = None  # `called for a review by May 31`: a deadline told in the past is the nearest such day
    chosen = _pick(candidates, today, tense, lambda day: (day, day), lambda: _past_is_governed(found, situation))
    if chosen is None and weekday:  # the weekday outweighs a misread tense
        chosen = _pick(candidates, today, None, lambda day: (day, day))
    return _day_result(chosen) if chosen else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick(
    candidates: list, today: date, tense: Tense, bounds: Callable[[Any], tuple[date, date]],
    past_is_sure: Callable[[], bool] | None = None,
):
    """The candidate the tense points to: past -> latest starting on or before today,
    future -> earliest ending on or after today, no tense -> nearest (ties go to the past).

    `past_is_sure`, given for a date written without its year, tells whether a past form
    governs it; without one, a past reading almost a year back gives way (`_soon_over_a_year_ago`)."""
    if tense == "past":
        fitting = [item for item in candidates if bounds(item)[0] <= today]
        chosen = max(fitting, key=lambda item: bounds(item)[0], default=None)
        return _soon_over_a_year_ago(chosen, candidates, today, bounds, past_is_sure) if past_is_sure else chosen
    if tense == "future":
        fitting = [item for item in candidates if bounds(item)[1] >= today]
        return min(fitting, key=lambda item: bounds(item)[1], default=None)

    def distance(item) -> tuple[int, bool]:
        first, last = bounds(item)
        gap = 0 if first <= today <= last else min(abs((first - today).days), abs((last - today).days))
        return gap, first > today

    return min(candidates, key=distance, default=None)


# A past reading this far back, of a date without its year, is a misread tense when the same
# date is only weeks ahead: writers give the year (or "last") to a date almost a year ago, and
# a past verb elsewhere in the sentence ("approved ... with the first phase beginning on July 1",
# "has listed the case for March 10") does not date the expression.
_PAST_READING_MAX_DAYS = 300
_SOON_AHEAD_DAYS = 65


# A past form right before the date governs it (`was enacted on March 3`, `began in May`): the
# past reading is the writer's, however far back. So does `since`, which only looks back.
_LEAD_CHARS = 40
_IRREGULAR_PAST = frozenset(PAST_WORDS - {"ago", "earlier", "previously", "was", "were", "had", "been"})
# The last word before the expression, and the two before it, with an optional preposition after it.
_LEAD_WORDS = re.compile(
    r"(?:([\w’']+)\s+)?(?:([\w’']+)\s+)?([\w’']+)\s+(?:(?:on|in|at|from|during|by|before|until|till)\s+)?$", re.I
)


# A deadline's word before a date (`by May 31`, `before June 30`, `no later than April 1`); a past of `be` or
# `have` before it (`had been repaid by March 3`, `was expected by March 18 but collapsed`) keeps the past.
_DEADLINE = re.compile(r"(?:\b(?:by|before|until|till)|\bno later than)\s*$", re.I)
_PAST_PERFECT = re.compile(r"\b(had|was|were)\b", re.I)


def _is_deadline(found: Found, situation: Situation) -> bool:
    words = found.match.group(0)
    opening = re.match(r"(by|before|until|till|no later than)\s", words, re.I)
    return bool(opening or _DEADLINE.search(situation.lead)) and not _PAST_PERFECT.search(situation.lead)


def _past_is_governed(found: Found, situation: Situation) -> bool:
    """A past form right before the expression (`was enacted on March 3`, `closed in March`,
    `began in May`), or its own `since`, makes its past reading sure. An "-ed" form after `with`
    and its noun describes the noun (`with services suspended from April 7`)."""
    if _looks_back(found.match.group(0), situation.lead):
        return True
    if not situation.lead.strip() and _past_after_fronted(found):
        return True
    if _past_verb_follows(found):
        return True
    words = _LEAD_WORDS.search(situation.lead)
    if words is None:
        return False
    two_before, one_before, verb = (word.lower() if word else "" for word in words.groups())
    if not _PREPOSITION_BEFORE.search(situation.lead) and not re.match(r"(since|on|in|from|during)\s", found.match.group(0), re.I):
        return False  # `The court fixed April 24 for mention`: the date is what was fixed, a day still to come
    if verb in _IRREGULAR_PAST:
        return True
    if len(verb) > 4 and verb.endswith("ed") and "with" not in (one_before, two_before):
        return True
    # ... or an irregular past with its one-word object between (`took effect in January`, `won office in May`), or
    # its object with a determiner (`began its definitive phase in January`, `took the top job in May`)
    if one_before in _IRREGULAR_PAST and two_before != "with":
        return True
    with_object = _PAST_WITH_OBJECT.search(situation.lead)
    return with_object is not None and with_object.group(1).lower() in _IRREGULAR_PAST


# A date opening its sentence, set off by a comma, and the clause's subject and past verb after it: `In February, a
# parachute landed ...`, `On March 3, two Chinese vessels loitered ...`.
_FRONTED_THEN_WORDS = re.compile(r",\s+(?P<words>(?:[\w’'-]+\s+){1,4}[\w’']+)")
_FRONTED_REACH = 60
_NOT_PAST_VERBS = frozenset({"is", "are", "has", "have", "will", "would", "can", "could", "may", "might", "plans", "expects"})


def _past_after_fronted(found: Found) -> bool:
    """The date fronts its sentence and the verb right after its subject (the subject a word to four) is past: the
    writer's past, however far back."""
    trail = _FRONTED_THEN_WORDS.match(found.match.string, found.match.end(), found.match.end() + _FRONTED_REACH)
    if trail is None:
        return False
    for word in trail["words"].lower().split()[1:]:
        if _is_past_form(word):
            return True
        if word in _NOT_PAST_VERBS:
            return False  # `In March, the board will ...`: the clause's verb tells another time
    return False


# The word right after the date, when it is a past verb: `a tabletop exercise in January showed ...`.
_NEXT_WORD = re.compile(r"\s+([a-z’']+)\b")


def _past_verb_follows(found: Found) -> bool:
    """The date closes its subject and a past verb follows it at once (`since a tabletop exercise in January showed it
    would take ...`, `the storm in March destroyed ...`): the writer's past, however far back."""
    following = _NEXT_WORD.match(found.match.string, found.match.end())
    if following is None:
        return False
    return _is_past_form(following.group(1))


def _is_past_form(word: str) -> bool:
    """An irregular past (`showed`, `began`) or a regular one in -ed (not `need`, `speed`), in lower case."""
    return word in _IRREGULAR_PAST or len(word) > 4 and word.endswith("ed") and word not in NOT_PAST_ED


_PAST_WITH_OBJECT = re.compile(r"\b([\w’']+)\s+(?:the|its|his|her|their|a|an|our|this|that)\s+(?:[\w’'-]+\s+){0,2}"
                               r"(?:(?:in|on|at|during)\s+)?$", re.I)


# `since` only looks back: on the expression (`since Nov. 28`), right before it (`ever since March`) or a few words
# before it (`since taking office in May`).
_SINCE = re.compile(r"since\b", re.I)
_SINCE_BEFORE = re.compile(r"\bsince(?:\s+[\w’']+){0,2}\s+(?:(?:on|in|at|from|during)\s+)?$", re.I)


def _looks_back(expression: str, lead: str) -> bool:
    """`since` governs the expression: its past reading is the only one."""
    return bool(_SINCE.match(expression) or _SINCE_BEFORE.search(lead))
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|from|during|by|before|until|till)\s+$", re.I)


def _soon_over_a_year_ago(
    chosen, candidates: list, today: date, bounds: Callable[[Any], tuple[date, date]], past_is_sure: Callable[[], bool]
):
    """`chosen`, or the candidate just ahead when `chosen` lies almost a year back, that one is
    weeks away, and no past form governs the expression (asked last: it reads the words before it)."""
    if chosen is None or (today - bounds(chosen)[0]).days <= _PAST_READING_MAX_DAYS or past_is_sure():
        return chosen
    ahead = [item for item in candidates if today < bounds(item)[0] <= today + timedelta(days=_SOON_AHEAD_DAYS)]
    return min(ahead, key=lambda item: bounds(item)[0], default=chosen)


def _month_bounds(year: int, month: int, part: str | None) -> tuple[date, date]:
    length = calendar.monthrange(year, month)[1]
    low, high = MONTH_PART_DAYS[part] if part else (1, length)
    return date(year, month, low), date(year, month, min(high, length))


def _resolve_month(found: Found, situation: Situation, part: str | None = None) -> Resolved | None:
    month = _month(found)
    precision = "part-of-month" if part else "month"
    if found.group("year") or found.group("yearrel"):
        stated = _stated_year(found, situation)
        return Resolved(f"{stated:04d}-{month:02d}", precision, part) if stated else None
    today = situation.today
    if today is None:
        return None
    relation = (found.group("rel") or "").lower()
    years = range(today.year - 1, today.year + 2)
    if relation == "this":
        return Resolved(f"{today.year:04d}-{month:02d}", precision, part)
    if relation in ("last", "next"):
        here = (today.year, today.month)
        fitting = [(year, month) for year in years if ((year, month) < here if relation == "last" else (year, month) > here)]
        year = max(fitting)[0] if relation == "last" else min(fitting)[0]
        return Resolved(f"{year:04d}-{month:02d}", precision, part)
    year = _pick(list(years), today, situation.tense, lambda year: _month_bounds(year, month, part),
                 lambda: _past_is_governed(found, situation))
    return Resolved(f"{year:04d}-{month:02d}", precision, part) if year else None


def _resolve_month_of_year(found: Found, situation: Situation) -> Resolved | None:
    """`September last year`: that month of the year before the publication's."""
    today = situation.today
    if today is None:
        return None
    year = today.year + _YEAR_RELATIONS[found.group("yearrel").lower()]
    return Resolved(f"{year:04d}-{_month(found):02d}", "month")


def _resolve_part_of_month(found: Found, situation: Situation) -> Resolved | None:
    word = (found.group("part") or found.group("edge").split()[1]).lower()
    return _resolve_month(found, situation, MONTH_PARTS[word])


# Where each season begins (northern): `next spring` said in December is the coming year's.
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}


def _resolve_season(found: Found, situation: Situation) -> Resolved | None:
    """`autumn 2027`: that year; `next spring`, `last summer`, `this autumn`: the season's year from the publication's."""
    if found.group("year"):
        return Resolved(found.group("year"), "year")
    today = situation.today
    if today is None:
        return None
    start = _SEASON_STARTS[found.group("season").lower()]
    relation = found.group("rel").lower()
    if relation == "this":
        year = today.year
    elif relation == "next":
        year = today.year if start > today.month else today.year + 1
    else:  # last: a season over by now (it runs three months) is this year's
        year = today.year if start + 2 < today.month else today.year - 1
    return Resolved(str(year), "year")


def _resolve_same_month(found: Found, situation: Situation) -> Resolved | None:
    """`312 floods in November, up from 204 in the same month last year`: the month named before it, a year earlier
    (none named: the publication's)."""
    if situation.earlier_months:
        year, month = situation.earlier_months[-1]
    elif situation.today is not None:
        year, month = situation.today.year, situation.today.month
    else:
        return None
    return Resolved(f"{year - 1:04d}-{month:02d}", "month")


_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}


def _resolve_nth_weekday(found: Found, situation: Situation) -> Resolved | None:
    """`the first Sunday in June`: the month is placed as a month is, then the weekday counted in it."""
    month_result = _resolve_month(found, situation)
    if month_result is None:
        return None
    year, month = (int(part) for part in month_result.date.split("-"))
    weekday = TIMELINE_WEEKDAYS[found.group("weekday")]
    days = [date(year, month, number) for number in range(1, calendar.monthrange(year, month)[1] + 1)]
    return _day_result([day for day in days if day.weekday() == weekday][_NTH[found.group("nth").lower()]])


def _resolve_month_year(found: Found, situation: Situation) -> Resolved | None:
    return _resolve_month(found, situation)


def _resolve_weekday(found: Found, situation: Situation) -> Resolved | None:
    today = situation.today
    if today is None:
        return None
    weekday = TIMELINE_WEEKDAYS[found.group("weekday")]
    back, ahead = (today.weekday() - weekday) % 7, (weekday - today.weekday()) % 7
    relation = (found.group("rel") or "").lower()
    if relation == "last":
        shift = -(back or 7)
    elif relation == "next":
        # The weekday of next week: a writer says "Thursday" for the coming one and "next Thursday"
        # for the one after (on a Wednesday, eight days ahead); from Sunday, the week is the next one.
        shift = 7 - today.weekday() + weekday
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
    return _day_result(today + timedelta(days=_DAY_WORDS[" ".join(found.group("word").lower().split())]))


# The last two are words of other languages ("vorgestern", "übermorgen"), told in English.
_DAY_WORDS = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "day before yesterday": -2, "day after tomorrow": 2,
    "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1,
}


def _resolve_day_of_month(found: Found, situation: Situation) -> Resolved | None:
    """A day of the month alone (Japanese "7日"): in this month, the one before or the one after, by tense."""
    today = situation.today
    if today is None:
        return None
    day_number = int(found.group("day"))
    candidates = [_safe_date(*_shift_month(today, months), day_number) for months in (-1, 0, 1)]
    chosen = _pick([day for day in candidates if day is not None], today, situation.tense, lambda day: (day, day))
    return _day_result(chosen) if chosen else None


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
    shift = {"last": -1, "this": 0, "next": 1}[found.group("rel").lower()]
    return _period(today, found.group("unit").lower(), shift)


def _resolve_edge_of_period(found: Found, situation: Situation) -> Resolved | None:
    """`the end of the year`: the present year (month, week), and the part of it for a month or a year."""
    today = situation.today
    if today is None:
        return None
    unit = found.group("unit").lower()
    period = _period(today, unit, 0)
    if unit == "week":
        return period
    return Resolved(period.date, period.precision, MONTH_PARTS[found.group("edge").split()[1].lower()])


def _count(found: Found) -> int:
    text = found.group("count")
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


def _resolve_ago(found: Found, situation: Situation) -> Resolved | None:
    today = situation.today
    if today is None:
        return None
    return _period(today, found.group("unit").lower(), -_count(found))


_CAME = re.compile(r"\b(?:came|comes|come|coming)\s+$", re.I)
# What each direction adds to the day counted from: `four days after` the flood is the flood's
# day, so it lies before the day the sentence is about.
_OFFSET_SIGNS = {"later": 1, "next": 1, "following": 1, "earlier": -1, "previous": -1, "after": -1, "before": 1}


def _offset_anchor(direction: str, situation: Situation) -> date | None:
    """The day an offset counts from: one named before it in its sentence, else, for `later`
    and `earlier`, one named before it in its paragraph (a narrative goes on from it). `After`
    and `before` name another event (`two days after the vote`), so without a day in their
    sentence they count only from the story's own day, when the sentence says the news `came`
    then; never from a day further off, which may be any event's."""
    if situation.earlier_days:
        return situation.earlier_days[-1]
    if direction in ("after", "before"):
        return situation.story_day if _CAME.search(situation.lead) else None
    return situation.paragraph_days[-1] if situation.paragraph_days else None


def _resolve_offset(found: Found, situation: Situation) -> Resolved | None:
    """`Two days later`, `a day after`: counted from the day `_offset_anchor` finds, or left out."""
    direction = found.group("direction").lower()
    anchor = _offset_anchor(direction, situation)
    if anchor is None:
        return None
    days = _count(found) * (7 if found.group("unit").lower() == "week" else 1)
    return _day_result(anchor + timedelta(days=_OFFSET_SIGNS[direction] * days))


def _resolve_next_day(found: Found, situation: Situation) -> Resolved | None:
    """`The next morning`: a day on from the one named before it in its sentence or paragraph."""
    direction = found.group("direction").lower()
    anchor = _offset_anchor(direction, situation)
    return None if anchor is None else _day_result(anchor + timedelta(days=_OFFSET_SIGNS[direction]))


def _resolve_decade(found: Found, situation: Situation) -> Resolved | None:
    part = found.group("part")
    return Resolved(found.group("decade"), "decade", MONTH_PARTS[part.lower()] if part else None)


def _resolve_year(found: Found, situation: Situation) -> Resolved | None:
    part = found.group("part")
    return Resolved(found.group("year"), "year", MONTH_PARTS[part.lower()] if part else None)


_RESOLVERS: dict[str, Callable[[Found, Situation], Resolved | None]] = {
    "weekday-date": _resolve_absolute_day,
    "weekday-day-month": _resolve_absolute_day,
    "nth-weekday": _resolve_nth_weekday,
    "season": _resolve_season,
    "same-month": _resolve_same_month,
    "iso-date": _resolve_absolute_day,
    "month-day": _resolve_absolute_day,
    "day-month": _resolve_absolute_day,
    "part-of-month": _resolve_part_of_month,
    "month-year": _resolve_month_year,
    "month-of-year": _resolve_month_of_year,
    "month": _resolve_month,
    "weekday": _resolve_weekday,
    "relative-day": _resolve_relative_day,
    "relative-period": _resolve_relative_period,
    "edge-of-period": _resolve_edge_of_period,
    "ago": _resolve_ago,
    "offset": _resolve_offset,
    "next-day": _resolve_next_day,
    "decade": _resolve_decade,
    "year": _resolve_year,
    "day-of-month": _resolve_day_of_month,
}
assert set(_RESOLVERS) == {rule.name for rule in RULES} | set(RULE_NAMES), "every rule needs a resolver"


# ------------------------------------------------------------------------------ the stage


def _expression_zone(found: Found, published: datetime | None, local: Callable[[], tzinfo | None]) -> tzinfo | None:
    zone_phrase = found.group("zone")
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
    language: str = "en",
    paragraph_days: tuple[date, ...] = (),
    story_day: date | None = None,
) -> list[DateEvent]:
    """The events of one sentence of a paragraph.

    Args:
        text: the paragraph's text.
        sentence: (start, end) of the sentence in `text`.
        published: the publication time; without it only absolute dates resolve.
        local: the zone "local time" means at an offset (None: the publication's zone).
        paragraph: the paragraph's index, recorded in each event.
        language: the article's language (`briefs.facts.timeline_languages.article_language`).
        paragraph_days: the days resolved in the paragraph's sentences before this one, in order.
        story_day: the first day the lead paragraph names (what `came two days after` counts from).
    """
    start, end = sentence
    english = language == "en"
    found = find_expressions(text, start, end) if english else find_in_language(language, text, start, end)
    if not found:
        return []
    markers: list[list[Marker]] = []  # the sentence's verb groups, read on the first question

    def tense_of(item: Found) -> Tense:
        if _looks_back(text[item.start : item.end], text[max(start, item.start - _LEAD_CHARS) : item.start]):
            return "past"  # `since Nov. 28, when Beijing announced it would ...`, `since taking office in September`
        if not markers:
            spans = [(each.start, each.end) for each in found]
            if english:
                markers.append(verb_groups(text, tense_markers(text, start, end, spans)))
            else:
                markers.append(verb_groups(text, language_markers(language, text, start, end, spans)))
        tense = tense_at(text, markers[0], start, end, item.start, item.end, clause_only=not english, grouped=True)
        return tense if english or tense else default_tense(item)  # type: ignore[return-value]

    events: list[DateEvent] = []
    for item in found:
        situation = Situation(
            published=published,
            zone=_expression_zone(item, published, lambda: local(item.start)),
            tense_of=lambda item=item: tense_of(item),
            earlier_days=tuple(date.fromisoformat(event.date) for event in events if event.precision == "day"),
            earlier_months=tuple((int(event.date[:4]), int(event.date[5:7])) for event in events
                                 if event.precision in ("day", "part-of-month", "month")),
            lead=text[max(start, item.start - _LEAD_CHARS) : item.start],
            paragraph_days=paragraph_days,
            story_day=story_day,
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
    published = article.published
    if published is not None and not article.published_has_time:
        published = published.replace(tzinfo=None)  # a date alone is that date in every zone
    language = article_language(article)
    events: list[DateEvent] = []
    places: list[Places] = []  # found on the first "local time" only: most articles have none
    story_day: date | None = None
    for index, paragraph in enumerate(article.paragraphs):
        text = paragraph.text
        paragraph_days: list[date] = []
        for sentence in split_sentences(text) if language == "en" else language_sentences(language, text):
            def local(offset: int, index=index, sentence=sentence) -> tzinfo | None:
                if place_zone:
                    return place_zone
                if not places:
                    places.append(Places(article))
                return places[0].zone_at(index, sentence[0], offset)

            found = resolve_sentence(
                paragraph.text, sentence, published, local, index, language, tuple(paragraph_days), story_day,
            )
            paragraph_days.extend(date.fromisoformat(event.date) for event in found if event.precision == "day")
            events.extend(found)
        if index == 0 and paragraph_days:
            story_day = paragraph_days[0]
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
