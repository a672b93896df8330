"""The news-phrasing rules of the timeline: where date expressions are, and which place's
"local time" a story means.

One table, `RULES`: each rule is a pattern (with an optional "on", "in" or "since" before
it, which belongs to the expression) and a context check that keeps numbers and names
from passing as dates ("Article 5", "Vision 2030", "The Sunday Times", "by 2,024 votes").
The rules are tried together and the longest match wins, then the earlier rule. The words
they use (months, count nouns, places and their zones) are data in `briefs.vocab`; what an
expression means is decided by its resolver in `briefs.timeline`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import tzinfo
from functools import cache
from typing import Callable
from zoneinfo import ZoneInfo

from briefs.model import Article
from briefs.vocab import (
    COUNT_NOUNS,
    DATING_WORDS,
    INCLUDED_PREPOSITIONS,
    JAPAN_TIME_PHRASES,
    NUMBER_WORDS,
    PLACE_ZONES,
    STREET_WORDS,
    TIMELINE_MONTHS,
    TIMELINE_WEEKDAYS,
    WEEKDAY_NAME_PREFIXES,
    WEEKDAY_NAME_SUFFIXES,
    YEAR_DETERMINERS,
)

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

    name: str  # also selects the resolver in `briefs.timeline._RESOLVERS`
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


def core_start(match: re.Match[str]) -> int:
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
    core = core_start(match)
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


# ---------------------------------------------------------------------------- places


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
