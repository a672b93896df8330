"""The tense a date expression is written in: past, future, or none that is clear.

A sentence often holds both: "Ishiba, who arrived ... on Thursday local time, was set to
meet Trump on Friday". So tense is read per expression: the tense marker nearest before it
in its clause (clauses end at commas, semicolons, colons, brackets, dashes and quotes),
else the first after it in the clause, else the nearest marker anywhere in the sentence.
Markers come from `briefs.sources.vocab` (prospective phrases, irregular past forms) plus any
lowercase "-ed" word that is not an adjective after a determiner ("the proposed bill").
Present tense ("Protesters gather ... on Jan. 30") gives no tense: the nearest date wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Literal

from briefs.facts.regex_trie import alternation
from briefs.sources.vocab import DETERMINERS, FUTURE_MARKERS, NOT_PAST_ED, PAST_WORDS, PRESENT_WORDS

Tense = Literal["past", "future"] | None

_FUTURE = re.compile(r"(?<![\w’'])(?:" + "|".join(FUTURE_MARKERS) + r")\b", re.I)
_WORD = re.compile(r"[A-Za-z’']+")
_PAST_SHAPE = re.compile(r"[a-z]{2,}ed")
# The words that can be markers, found in one scan: looking up every word of every sentence
# in Python cost more than finding the dates.
_CANDIDATE = re.compile(
    r"(?<![A-Za-z’'])(?:(?i:" + alternation(PAST_WORDS | PRESENT_WORDS) + r")|[a-z]{2,}ed)(?![A-Za-z’'])"
)
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"—–]")


@dataclass(frozen=True, slots=True)
class Marker:
    """A word or phrase that sets the tense of the dates near it."""

    start: int  # offset in the paragraph
    end: int  # one past its end
    tense: str  # "past", "future" or "present"


def tense_markers(text: str, start: int, end: int, skip: list[tuple[int, int]] = ()) -> list[Marker]:
    """Tense markers in `text[start:end]`, in order, outside the `skip` spans (the dates)."""
    markers = [Marker(match.start(), match.end(), "future") for match in _FUTURE.finditer(text, start, end)]
    taken = [(marker.start, marker.end) for marker in markers] + list(skip)
    for candidate in _CANDIDATE.finditer(text, start, end):
        # The whole word the candidate starts (the scan may stop early at an odd letter).
        word = _WORD.match(text, candidate.start(), end)
        if word is None or any(low <= word.start() < high for low, high in taken):
            continue
        tense = word_tense(word.group(0), lambda: _previous_word(text, start, word.start()))
        if tense:
            markers.append(Marker(word.start(), word.end(), tense))
    return sorted(markers, key=lambda marker: marker.start)


def _previous_word(text: str, start: int, offset: int) -> str:
    words = _WORD.findall(text, start, offset)
    return words[-1].lower() if words else ""


def word_tense(word: str, previous: Callable[[], str]) -> str | None:
    """The tense a word marks: "past", "present" or None; `previous()` gives the word before it."""
    lower = word.lower()
    if lower in PAST_WORDS:
        return "past"
    if lower in PRESENT_WORDS:
        return "present"
    if _PAST_SHAPE.fullmatch(word) and lower not in NOT_PAST_ED and previous() not in DETERMINERS:
        return "past"
    return None


def tense_at(text: str, markers: list[Marker], start: int, end: int, low: int, high: int) -> Tense:
    """The tense of the expression at `text[low:high]`, in the sentence `text[start:end]`."""
    clause_start = max((match.end() for match in _CLAUSE_BREAK.finditer(text, start, low)), default=start)
    following = _CLAUSE_BREAK.search(text, high, end)
    clause_end = following.start() if following else end
    before = [marker for marker in markers if clause_start <= marker.start and marker.end <= low]
    after = [marker for marker in markers if marker.start >= high and marker.end <= clause_end]
    if before:
        return _tense(before[-1])
    if after:
        return _tense(after[0])
    outside = [(low - marker.end, 0, marker) for marker in markers if marker.end <= low]
    outside += [(marker.start - high, 1, marker) for marker in markers if marker.start >= high]
    return _tense(min(outside, key=lambda item: item[:2])[2]) if outside else None


def _tense(marker: Marker) -> Tense:
    return None if marker.tense == "present" else marker.tense  # type: ignore[return-value]
