"""Tense markers: the one-scan finder gives exactly the markers of reading word by word."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.sources.sentences import split_sentences
from briefs.facts.timeline_tense import Marker, _FUTURE, tense_at, tense_markers, word_tense
from test_timeline import FRAGMENTS, _corpus

_WORD = re.compile(r"[A-Za-z’']+")


def markers_word_by_word(text: str, start: int, end: int, skip: list[tuple[int, int]] = ()) -> list[Marker]:
    """The definition: every word of the sentence looked up in turn."""
    markers = [Marker(match.start(), match.end(), "future") for match in _FUTURE.finditer(text, start, end)]
    taken = [(marker.start, marker.end) for marker in markers] + list(skip)
    previous = ""
    for match in _WORD.finditer(text, start, end):
        word = match.group(0)
        inside = any(low <= match.start() < high for low, high in taken)
        tense = None if inside else word_tense(word, lambda previous=previous: previous)
        if tense:
            markers.append(Marker(match.start(), match.end(), tense))
        previous = word.lower()
    return sorted(markers, key=lambda marker: marker.start)


def _check(text: str, skip: list[tuple[int, int]] = ()) -> None:
    for start, end in split_sentences(text) or [(0, len(text))]:
        assert tense_markers(text, start, end, skip) == markers_word_by_word(text, start, end, skip), text[start:end]


def test_same_markers_as_word_by_word_on_the_corpus():
    for text in _corpus():
        _check(text)


WORDS = FRAGMENTS | st.sampled_from([
    "the proposed bill", "needed", "Needed", "indeed", "IS", "Said", "they're", "o'clock", "red", "his added",
    "was set to", "plans to", "WAS", "reviewed", "exceed", "‘quoted’", "bed-ed", "x", "ed", "ted",
])


@settings(deadline=None)
@given(st.lists(WORDS, max_size=16).map(" ".join), st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12)), max_size=3))
def test_same_markers_as_word_by_word(text, spans):
    _check(text, [(low, low + length) for low, length in spans])


def test_determiner_makes_ed_an_adjective():
    text = "The proposed bill passed; officials proposed a fix."
    tenses = [(text[marker.start : marker.end], marker.tense) for marker in tense_markers(text, 0, len(text))]
    assert tenses == [("passed", "past"), ("proposed", "past")]


def test_tense_of_a_date_follows_the_nearest_marker_in_its_clause():
    text = "Ishiba, who arrived on Thursday, is set to meet Trump on Friday."
    markers = tense_markers(text, 0, len(text))
    thursday, friday = text.index("on Thursday"), text.index("on Friday")
    assert tense_at(text, markers, 0, len(text), thursday, thursday + 11) == "past"
    assert tense_at(text, markers, 0, len(text), friday, friday + 9) == "future"
