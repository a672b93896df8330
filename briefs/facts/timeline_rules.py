"""The news-phrasing rules of the timeline: where date expressions are, and which place's
"local time" a story means.

One table, `RULES`: each rule is a pattern (with an optional "on", "in" or "since" before
it, which belongs to the expression) and a context check that keeps numbers and names
from passing as dates ("Article 5", "Vision 2030", "The Sunday Times", "by 2,024 votes").
The rules are tried together and the longest match wins, then the earlier rule. The words
they use (months, count nouns, places and their zones) are data in `briefs.sources.vocab`; what an
expression means is decided by its resolver in `briefs.facts.timeline`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import tzinfo
from functools import cache
from typing import Callable
from zoneinfo import ZoneInfo

from briefs.model import Article
from briefs.facts.regex_trie import alternation
from briefs.sources.vocab import (
    COUNT_NOUNS,
    DATING_WORDS,
    DOTLESS_MONTHS,
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

_PREP = r"(?:(?P<prep>(?i:" + alternation(INCLUDED_PREPOSITIONS) + r"))\s+)?"
_MONTH = (
    r"(?P<month>" + alternation(TIMELINE_MONTHS) + r")(?![A-Za-z])"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
_YEAR = r"(?P<year>1\d{3}|2[01]\d{2})(?![\w]|[-–/]\d|,\d)"
# A year after a date: `March 3, 2025`, or one relative to the publication's: `June 30 next year`.
_YEAR_TAIL = r"(?:,?\s+" + _YEAR + r"|\s+(?:(?i:of)\s+)?(?P<yearrel>(?i:last|next|this))\s+(?i:year)\b)?"
_WEEKDAY = r"(?P<weekday>" + alternation(TIMELINE_WEEKDAYS) + r")(?![A-Za-z])"
_COUNT = r"(?P<count>\d{1,2}|(?i:" + alternation(NUMBER_WORDS) + r"))"
# `end-June 2025`, `start-2026`: as central banks and the IMF write a month's or a year's edge.
_PART = r"(?P<part>(?i:early|mid|late)|(?i:end|start)(?=-))(?:-|\s+)"
_ZONE_PHRASE = r"(?P<zone>(?i:local time)|" + "|".join(JAPAN_TIME_PHRASES) + r")"


@dataclass(frozen=True, slots=True)
class Rule:
    """One shape of date expression."""

    name: str  # also selects the resolver in `briefs.facts.timeline._RESOLVERS`
    pattern: re.Pattern[str]  # the expression, with an optional "on/in/since" before it
    accepts: Callable[[re.Match[str], str, int], bool] | None = None  # context check (match, text, sentence start)
    needs: tuple[str, ...] = ()  # names in `_CLUES` that every match contains: without them the rule is not tried


def _rule(name: str, core: str, accepts=None, *, needs: tuple[str, ...]) -> Rule:
    return Rule(name, re.compile(r"(?<![\w.$£€¥-])" + _PREP + core), accepts, needs)


def _word_before(text: str, offset: int) -> str:
    match = re.search(r"([\w.’'-]+)[ \t]+$", text[max(0, offset - 40) : offset])
    return match.group(1) if match else ""


def _word_after(text: str, offset: int) -> str:
    match = re.match(r"[ \t]+([\w.%’'-]+)", text[offset : offset + 40])
    return match.group(1) if match else ""


def core_start(match: re.Match[str]) -> int:
    return match.start() if match["prep"] is None else match.start() + len(match["prep"]) + 1


# A year after "to" is a date ("delayed the release to 2026") unless "to" ends a change of
# quantity ("the count rose to 2026").
_QUANTITY_VERBS = frozenset({
    "rose", "risen", "rises", "rise", "fell", "fallen", "falls", "fall", "climbed", "jumped", "dropped",
    "increased", "decreased", "grew", "grown", "reached", "doubled", "surged", "soared", "slipped", "declined",
    "up", "down", "amounting", "amounted", "totalling", "totaling", "equal", "close", "compared",
})
# Words before "for" that make the month after it a date ("planned for May"): "for May" alone
# may be Theresa May ("support for May").
_SCHEDULE_WORDS = frozenset({
    "planned", "scheduled", "set", "slated", "due", "expected", "pencilled", "penciled", "booked",
    "earmarked", "targeted", "postponed", "delayed", "moved", "rescheduled", "pushed", "brought", "called",
})


_AS_LIMITS = frozenset({"back", "early", "late", "soon", "recently"})
_LIMIT_AT_LEAST = re.compile(r"(?<![\w’'])(?i:until|till|through|by|from|to|before|after|since)\s+(?i:at)\s+(?i:least|most)\s+$")


def _has_dating_word(match: re.Match[str], text: str) -> bool:
    if match["prep"] is not None:
        return True
    before = _word_before(text, match.start())
    lowered = before.lower()
    if lowered in {"and", "or", "to"} and re.search(  # "from 2019 to 2021", "March and May"
        r"(\d{4}|" + _MONTH.replace("(?P<month>", "(?:") + r")[ \t]+\S+[ \t]+$", text[: match.start()]
    ):
        return True
    if lowered in ("least", "most") and _LIMIT_AT_LEAST.search(text, 0, match.start()):
        return True  # `until at least February`
    if lowered == "as":  # `as far back as August`, `as early as March`: a limit in time (`such as May` is Theresa May)
        return _word_before(text, match.start() - len(before) - 1).lower() in _AS_LIMITS
    if lowered in ("to", "for"):
        verb = _word_before(text, match.start() - len(before) - 1).lower()
        if lowered == "to" and match.groupdict().get("month") != "May":
            return verb not in _QUANTITY_VERBS
        return verb in _SCHEDULE_WORDS  # "planned for May", "moved to May": a month, not Theresa May
    return lowered in DATING_WORDS


def _accepts_month(match: re.Match[str], text: str, sentence_start: int) -> bool:
    if text[match.end() : match.end() + 2] in ("’s", "'s") and match["month"] == "May":
        return False  # "May's government": Theresa May
    if match["month"] in DOTLESS_MONTHS:
        return False  # "Jan" alone is a name; "Jan 5" is read by the rules with a day
    return match["rel"] is not None or _has_dating_word(match, text)


def _accepts_year(match: re.Match[str], text: str, sentence_start: int) -> bool:
    after = _word_after(text, match.end())
    if after.rstrip(".,;:").lower() in COUNT_NOUNS or after in STREET_WORDS or text[match.end() : match.end() + 1] == "%":
        return False
    if match["part"] is not None or _has_dating_word(match, text):
        return True
    if _word_before(text, match.start()).lower() == "for":
        return True  # `the budget for 2027`, `targets for 2030` (a count after it was refused above: `for 2000 people`)
    # A modifier: "the 2016 election", "its 2023 report".
    return _word_before(text, match.start()).lower() in YEAR_DETERMINERS and after[:1].islower()


_COUNTING_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth"})


def _accepts_weekday(match: re.Match[str], text: str, sentence_start: int) -> bool:
    core = core_start(match)
    before = _word_before(text, core)
    if before in WEEKDAY_NAME_PREFIXES or _word_after(text, match.end()) in WEEKDAY_NAME_SUFFIXES:
        return False
    if before.lower() in _COUNTING_ORDINALS and match["prep"] is None:
        return False  # `the third Tuesday of the month`: a weekday that recurs (with a month, `nth-weekday` reads it)
    at_sentence_start = not text[sentence_start:core].strip(" “\"‘'([")
    # `By Thursday, the company had ...`: a dating word opening the sentence is capitalised, not a name's.
    opens_with_dating_word = before.lower() in DATING_WORDS and not text[sentence_start : core - len(before) - 1].strip(" “\"‘'([")
    named = (before[:1].isupper() and not at_sentence_start and not opens_with_dating_word
             and match["prep"] is None and match["rel"] is None)
    return not named  # "Black Friday": a capitalised word before it makes it part of a name


def _accepts_period(match: re.Match[str], text: str, sentence_start: int) -> bool:
    return _word_before(text, match.start()).lower() != "the"  # "over the next week" is a duration


# Every shape of date expression, most specific first (it wins a tie in length).
RULES: tuple[Rule, ...] = (
    _rule("weekday-date", _WEEKDAY + r",?\s+" + _MONTH + r"\s+" + _DAY + _YEAR_TAIL,
          needs=("weekday-month",)),
    # `Monday 14 April 2025`, `Friday, the 3rd of May`: British and Commonwealth order.
    _rule("weekday-day-month", _WEEKDAY + r",?\s+(?:(?i:the)\s+)?" + _DAY + r"\s+(?:(?i:of)\s+)?" + _MONTH + _YEAR_TAIL,
          needs=("weekday", "number-month")),
    # `the first Sunday in June`, `the last Friday of March 2026`: a weekday counted in a month.
    _rule("nth-weekday", r"(?i:the)\s+(?P<nth>(?i:first|second|third|fourth|last))\s+" + _WEEKDAY
          + r"\s+(?i:in|of)\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?", needs=("weekday", "month")),
    _rule("iso-date", r"(?P<iso>\d{4}-\d{2}-\d{2})(?![-\d])", needs=("iso",)),
    _rule("month-day", _MONTH + r"\s+" + _DAY + _YEAR_TAIL, needs=("month-number",)),
    _rule("day-month", _DAY + r"\s+" + _MONTH + _YEAR_TAIL, needs=("number-month",)),
    _rule("part-of-month", r"(?:" + _PART + r"|(?P<edge>(?i:the\s+(?:beginning|start|end|middle)\s+of))\s+)" + _MONTH + _YEAR_TAIL,
          needs=("month", "part")),
    _rule("month-year", _MONTH + r",?\s+" + _YEAR, needs=("month-number",)),
    # `September last year`, `March of next year`: a month of the year before or after.
    _rule("month-of-year", _MONTH + r"\s+(?:(?i:of)\s+)?(?P<yearrel>(?i:last|next|this))\s+(?i:year)\b",
          needs=("month", "period")),
    _rule("month", r"(?:(?P<rel>(?i:last|next|this))\s+)?" + _MONTH, _accepts_month, needs=("month",)),
    _rule(
        "weekday",
        r"(?:(?P<rel>(?i:last|next|this|early|late))\s+)?" + _WEEKDAY
        + r"(?:\s+(?P<daypart>(?i:morning|afternoon|evening|night)))?(?:\s+" + _ZONE_PHRASE + r")?",
        _accepts_weekday,
        needs=("weekday",),
    ),
    # `agreed on the 7th`: a day of this month or the last, as wires translated from Japanese or Korean write it.
    _rule("day-of-month", r"(?i:the)\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?i:of|century|anniversary|floor|time|day|round|fleet|army))",
          lambda match, text, start: (match["prep"] or "").lower() == "on", needs=("ordinal-day",)),
    _rule("relative-day", r"(?P<word>(?i:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night))\b",
          needs=("day-word",)),
    _rule("relative-period", r"(?P<rel>(?i:last|next|this))\s+(?P<unit>(?i:week|month|year))\b", _accepts_period, needs=("period",)),
    # `by the end of the year`, `the middle of the month`: a part of the present one.
    _rule("edge-of-period", r"(?P<edge>(?i:the\s+(?:beginning|start|end|middle)\s+of))\s+(?i:the)\s+(?P<unit>(?i:week|month|year))\b",
          needs=("part", "the-period")),
    _rule("ago", _COUNT + r"\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b", needs=("ago",)),
    # `two days later`, `a week earlier`, `four days after`: counted from a day named before it
    # (`briefs.facts.timeline._resolve_offset` says which). `Three days earlier in his term`, `a
    # week later than planned` compare spans; they name no day.
    _rule("offset", _COUNT + r"\s+(?P<unit>(?i:day|week))s?\s+(?P<direction>(?i:earlier|later|after|before))\b"
          r"(?!\s+(?i:than|in|into|on|for)\b)", needs=("offset",)),
    # `the next morning`, `the following day`, `the previous evening`: a day on from the one named before.
    _rule("next-day", r"(?i:the)\s+(?P<direction>(?i:next|following|previous))\s+(?i:day|morning|afternoon|evening|night)\b",
          needs=("next-day",)),
    _rule("decade", r"(?i:the)\s+(?:" + _PART + r")?(?P<decade>1\d{2}0|20\d0)s\b", needs=("decade",)),
    _rule("year", r"(?:" + _PART + r")?" + _YEAR, _accepts_year, needs=("year",)),
    # `in autumn 2027`, `next spring`, `last summer`: a season placed by a year or by the publication's
    # (`the spring` alone is any spring; `fall` alone a verb or a noun).
    _rule("season", r"(?:(?P<rel>(?i:last|next|this))\s+)?(?:(?i:early|late)\s+)?(?P<season>(?i:spring|summer|autumn|fall))"
          r"(?:\s+(?:(?i:of)\s+)?" + _YEAR + r")?", lambda match, text, start: bool(match["rel"] or match["year"]),
          needs=("season",)),
    # `in the same month last year`: the publication's month, a year before.
    _rule("same-month", r"(?i:the\s+same\s+month\s+(?:of\s+)?last\s+year)", needs=("period",)),
)


# What every match of a rule contains, by name (`Rule.needs`). A rule whose clues are not all in
# a sentence cannot match there, so it is not tried: one cheap search per clue instead of a
# full scan per rule, and most sentences need only one or two rules.
_CLUES: dict[str, re.Pattern[str]] = {
    "iso": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "year": re.compile(r"1\d{3}|2[01]\d{2}"),
    "decade": re.compile(r"\d0s"),
    "month": re.compile(alternation(TIMELINE_MONTHS)),
    "month-number": re.compile("(?:" + alternation(TIMELINE_MONTHS) + r"),?\s+\d"),
    "number-month": re.compile(r"\d(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?:" + alternation(TIMELINE_MONTHS) + ")"),
    "weekday": re.compile(alternation(TIMELINE_WEEKDAYS)),
    "weekday-month": re.compile("(?:" + alternation(TIMELINE_WEEKDAYS) + r"),?\s+(?:" + alternation(TIMELINE_MONTHS) + ")"),
    "part": re.compile(r"\b(?i:early|mid|late|beginning|start|end|middle)\b"),
    "ordinal-day": re.compile(r"\d{1,2}(?:st|nd|rd|th)\b"),
    "day-word": re.compile(r"\b(?i:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b"),
    "period": re.compile(r"\b(?i:last|next|this)\s+(?i:week|month|year)\b"),
    "the-period": re.compile(r"\b(?i:the)\s+(?i:week|month|year)\b"),
    "ago": re.compile(r"(?i:ago)\b"),
    "offset": re.compile(r"(?i:earlier|later|after|before)\b"),
    "next-day": re.compile(r"\b(?i:next|following|previous)\s+(?i:day|morning|afternoon|evening|night)\b"),
    "season": re.compile(r"\b(?i:spring|summer|autumn|fall)\b"),
}
assert {clue for rule in RULES for clue in rule.needs} == set(_CLUES) and all(rule.needs for rule in RULES)


# Before a case-insensitive clue's pattern runs, `in` looks for its words in the lowercased
# sentence: one word of each group must be there. That is a fraction of the pattern's cost,
# and most sentences stop there.
_CLUE_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "part": (("early", "mid", "late", "beginning", "start", "end"),),  # "mid" is in "middle"
    "day-word": (("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"),),
    "period": (("last", "next", "this"), ("week", "month", "year")),
    "the-period": (("the",), ("week", "month", "year")),
    "ago": (("ago",),),
    "offset": (("earlier", "later", "after", "before"), ("day", "week")),
    "next-day": (("next", "following", "previous"),),
    "season": (("spring", "summer", "autumn", "fall"),),
}
# Characters `(?i)` matches to an ASCII letter that `str.lower` does not turn into it
# (İ, dotless ı, long ſ, the Kelvin sign): in a sentence holding one, only patterns decide.
_CASE_ODDITIES = re.compile("[\u0130\u0131\u017f\u212a]")
assert all(all(word.islower() for group in groups for word in group) for groups in _CLUE_WORDS.values())


# Most sentences hold no date: a first look tells them apart before any rule is asked. A match
# holds every clue of its rule, so a sentence holding no rule's first-look clue holds no date.
# Each rule's first-look clue is a pattern clue where it has one, the wider one where a clue
# holds another ("March 4" holds "March"), else its word clue's last group of words.
_WIDER_CLUE = {"month-number": "month", "number-month": "month", "weekday-month": "weekday"}


def _first_look(rule: Rule) -> str:
    pattern_clues = [_WIDER_CLUE.get(clue, clue) for clue in rule.needs if clue not in _CLUE_WORDS]
    return pattern_clues[0] if pattern_clues else rule.needs[0]


_FIRST_LOOK = sorted({_first_look(rule) for rule in RULES})
# Those patterns start with a digit or a name's capital: a lookahead for one skips the other
# characters at once (a quarter of the cost of trying each pattern everywhere).
_CLUE_STARTS = r"[\d" + "".join(sorted({name[0] for name in (*TIMELINE_MONTHS, *TIMELINE_WEEKDAYS)})) + "]"
_ANY_PATTERN_CLUE = re.compile(
    "(?=" + _CLUE_STARTS + ")(?:"
    + "|".join("(?:" + _CLUES[clue].pattern + ")" for clue in _FIRST_LOOK if clue not in _CLUE_WORDS)
    + ")"
)
_ANY_CLUE_WORD = tuple(word for clue in _FIRST_LOOK if clue in _CLUE_WORDS for word in _CLUE_WORDS[clue][-1])


class _Clues:
    """Which clues one sentence holds, each looked for at most once."""

    __slots__ = ("text", "start", "end", "found", "lowered")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.found: dict[str, bool] = {}
        self.lowered: str | None = None  # the sentence lowercased, made on first need ("" when it holds an oddity)

    def any(self) -> bool:
        """Whether the sentence may hold a clue at all (False: it holds none)."""
        if _ANY_PATTERN_CLUE.search(self.text, self.start, self.end):
            return True
        return self._lowered() == "" or any(word in self.lowered for word in _ANY_CLUE_WORD)  # type: ignore[operator]

    def _lowered(self) -> str:
        if self.lowered is None:
            sentence = self.text[self.start : self.end]
            self.lowered = "" if _CASE_ODDITIES.search(sentence) else sentence.lower()
        return self.lowered

    def has(self, needs: tuple[str, ...]) -> bool:
        for clue in needs:
            present = self.found.get(clue)
            if present is None:
                present = self.found[clue] = self._words_there(clue) and _CLUES[clue].search(self.text, self.start, self.end) is not None
            if not present:
                return False
        return True

    def _words_there(self, clue: str) -> bool:
        groups = _CLUE_WORDS.get(clue)
        if groups is None:
            return True
        lowered = self._lowered()
        if not lowered:
            return True  # an oddity, or nothing: let the pattern decide
        return all(any(word in lowered for word in group) for group in groups)


@dataclass(frozen=True, slots=True)
class Found:
    """An expression a rule matched, before resolution."""

    rule: Rule  # the rule that matched
    match: re.Match[str]  # its match, offsets into the paragraph
    # What the match means in the English rules' words, for a rule of another language
    # (`briefs.facts.timeline_languages`): {"weekday": "Friday", "rel": "last"}. None: the match's groups.
    words: dict[str, str] | None = None

    def group(self, name: str) -> str | None:
        """The text of the part `name` ("month", "weekday", "rel"...), None when it is not there."""
        if self.words is not None:
            return self.words.get(name)
        try:
            return self.match[name]
        except IndexError:  # the rule's pattern has no such part
            return None

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
    clues = _Clues(text, sentence_start, end)
    if not clues.any():
        return []
    candidates = []
    for order, rule in enumerate(RULES):
        if not clues.has(rule.needs):
            continue
        for match in rule.pattern.finditer(text, sentence_start, end):
            if rule.accepts is None or rule.accepts(match, text, sentence_start):
                candidates.append((match.start(), -(match.end() - match.start()), order, Found(rule, match)))
    return choose(candidates)


def choose(candidates: list[tuple[int, int, int, Found]]) -> list[Found]:
    """Of (start, -length, rule order, found) candidates, those no longer or earlier one overlaps, in text order."""
    chosen: list[Found] = []
    for _start, _length, _order, found in sorted(candidates, key=lambda item: item[:3]):
        if all(found.end <= other.start or other.end <= found.start for other in chosen):
            chosen.append(found)
    return sorted(chosen, key=lambda found: found.start)


# ---------------------------------------------------------------------------- places


@cache
def _place_pattern() -> re.Pattern[str]:
    # "Japan time" names a zone, not the story's place; "Japan-U.S." is no place either.
    return re.compile(r"\b(" + alternation(PLACE_ZONES) + r")\b(?![-–]\w)(?! time\b)")


def place_zone_of(name: str | None) -> tzinfo | None:
    """The zone of a place named in `PLACE_ZONES` (or a dateline starting with one)."""
    if not name:
        return None
    # Datelines print places in capitals: "WASHINGTON (Kyodo)", "NEW YORK".
    match = _place_pattern().search(re.sub(r"\b[A-Z][A-Z'’.-]+\b", lambda word: word.group(0).title(), name))
    return ZoneInfo(PLACE_ZONES[match.group(1)]) if match else None


class Places:
    """The places named in an article, found once: "local time" is looked up for many dates."""

    def __init__(self, article: Article) -> None:
        self._dateline_zone = place_zone_of(article.dateline)
        # Per paragraph: (start, end, name) of each place, in text order.
        self._found = [
            [(match.start(), match.end(), match.group(1)) for match in _place_pattern().finditer(paragraph.text)]
            for paragraph in article.paragraphs
        ]

    def zone_at(self, paragraph: int, sentence_start: int, offset: int) -> tzinfo | None:
        """The zone "local time" refers to at `offset`: the nearest place named before it in its
        sentence, else the dateline's place, else the nearest named earlier in the article."""
        found = self._found[paragraph]
        in_sentence = [name for start, end, name in found if start >= sentence_start and end <= offset]
        if in_sentence:
            return ZoneInfo(PLACE_ZONES[in_sentence[-1]])
        if self._dateline_zone:
            return self._dateline_zone
        earlier = [name for _start, end, name in found if end <= sentence_start]
        for before in reversed(self._found[:paragraph]):
            if earlier:
                break
            earlier = [name for _start, _end, name in before]
        return ZoneInfo(PLACE_ZONES[earlier[-1]]) if earlier else None


def local_zone(article: Article, paragraph: int, sentence_start: int, offset: int) -> tzinfo | None:
    """`Places.zone_at` for one lookup."""
    return Places(article).zone_at(paragraph, sentence_start, offset)
