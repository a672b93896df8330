"""Tense markers: the one-scan finder gives exactly the markers of reading word by word; the
verb group governing a date decides its tense, shape by shape."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.sources.sentences import split_sentences
from briefs.sources.vocab import FUTURE_MARKERS
from briefs.facts.timeline_tense import (
    FUTURE_IN_PAST,
    FUTURE_STARTS,
    Marker,
    _FUTURE,
    tense_at,
    tense_markers,
    verb_groups,
    word_tense,
)
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
        gap = text[max(start, match.start() - 2) : match.start()].strip()[-1:]  # `flood-hit`, `exercise, set to`
        joined = previous + gap if previous and gap in ("-", ",") else previous
        tense = None if inside else word_tense(word, lambda previous=joined: previous)
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


# ------------------------------------------------------------------ the verb group governing a date
# Each shape with several invented sentences, published on Friday 7 February 2025 (JST).

from test_timeline import dates_of  # noqa: E402

GOVERNING_VERB = {
    # A present verb nearest before the date gives no tense, whatever an earlier past form says.
    "present-after-past-participle": [
        ("The new quotas agreed by fisheries ministers on Thursday take effect on March 1.",
         {"on Thursday": "2025-02-06", "on March 1": "2025-03-01"}),
        ("Rules approved by the council in December begin on March 3.", {"in December": "2024-12", "on March 3": "2025-03-03"}),
        ("Talks that collapsed on Tuesday resume on Monday.", {"on Tuesday": "2025-02-04", "on Monday": "2025-02-10"}),
    ],
    # A modal, the verb it governs and a participle are one group, future by its head.
    "modal-verb-participle": [
        ("Schools in four towns will stay closed on Monday.", {"on Monday": "2025-02-10"}),
        ("The airport is expected to remain closed on Tuesday.", {"on Tuesday": "2025-02-11"}),
        ("Roads would stay blocked on Sunday, police warned.", {"on Sunday": "2025-02-09"}),
        ("The museum, which reopened in January, will remain closed on Monday.",
         {"in January": "2025-01", "on Monday": "2025-02-10"}),
    ],
    # A past auxiliary with a participle is past, even after a present one ("has asked").
    "perfect-and-passive": [
        ("The plant has been closed since Monday.", {"since Monday": "2025-02-03"}),
        ("The ferry was then cancelled on Wednesday.", {"on Wednesday": "2025-02-05"}),
        ("Police were called to clear the road on Monday.", {"on Monday": "2025-02-03"}),
    ],
    # A deadline ("by ...") after a to-infinitive looks forward from the asking.
    "deadline-after-infinitive": [
        ("The government has asked insurers to complete field inspections by the end of February.",
         {"the end of February": "2025-02"}),
        ("Regulators ordered the bank to repay customers by March 31.", {"March 31": "2025-03-31"}),
        ("The court told the company to file its plan by Monday.", {"Monday": "2025-02-10"}),
        ("Officials urged residents to leave before Sunday, the mayor said.", {"Sunday": "2025-02-09"}),
    ],
    # A present verb with a limit after it looks forward; a past one does not.
    "present-verb-and-limit": [
        ("Repairs end by September 30.", {"September 30": "2025-09-30"}),
        ("The pier stays closed until May 1.", {"May 1": "2025-05-01"}),
        ("The road has been closed since May 1.", {"since May 1": "2024-05-01"}),
        ("Sales had risen 5 percent by January 20.", {"January 20": "2025-01-20"}),
        ("By January 20, 40 people had died.", {"January 20": "2025-01-20"}),
    ],
    # A reporting verb outside the date's clause dates the telling, not the event.
    "attribution-outside-the-clause": [
        ("Repairs finish by September 30, the council said.", {"September 30": "2025-09-30"}),
        ("Crews start work on June 2, officials told reporters.", {"on June 2": "2025-06-02"}),
        ("The ferry left on January 30, the council said.", {"on January 30": "2025-01-30"}),
        ("Work ends on March 14, according to the council, which approved the plan.", {"on March 14": "2025-03-14"}),
    ],
    # A present verb that schedules looks forward; "is", "says" do not.
    "scheduled-present": [
        ("She will ask for a review before the cut takes effect in October.", {"in October": "2025-10"}),
        ("The new timetable starts in January.", {"in January": "2026-01"}),
        ("Members meet again in December, the chair said.", {"in December": "2025-12"}),
        ("The board, scheduled for March 18, will decide.", {"March 18": "2025-03-18"}),
    ],
    # Future in the past: forecasts and estimates, like "was set to".
    "future-in-the-past": [
        ("The storm was forecast to bring winds of up to 160 km per hour to the coast by Saturday morning.",
         {"Saturday morning": "2025-02-08"}),
        ("Turnout was projected to peak on Sunday.", {"on Sunday": "2025-02-09"}),
        ("The talks were expected to resume on Tuesday.", {"on Tuesday": "2025-02-11"}),
    ],
    # A date something is put off to looks forward from the putting off.
    "put-off-to": [
        ("The vote was postponed to May.", {"May": "2025-05"}),
        ("The hearing was moved to Tuesday.", {"Tuesday": "2025-02-11"}),
        ("The launch, delayed on Monday, was pushed back to March 3.", {"on Monday": "2025-02-03", "March 3": "2025-03-03"}),
    ],
}
GOVERNING_CASES = [(shape, text, expected) for shape, cases in GOVERNING_VERB.items() for text, expected in cases]


@pytest.mark.parametrize("shape, text, expected", GOVERNING_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(GOVERNING_CASES)])
def test_the_verb_group_governing_a_date_decides_its_tense(shape, text, expected):
    assert {expression: date for expression, date, _precision in dates_of(text)} == expected


def test_verb_groups_join_a_modal_its_verb_and_participle():
    text = "Schools will stay closed, but the office has not yet been told."
    groups = verb_groups(text, tense_markers(text, 0, len(text)))
    assert [(text[group.start : group.end], group.tense) for group in groups] == [
        ("will stay closed", "future"), ("has not yet been told", "past"),
    ]


def test_an_infinitive_is_no_verb_group_of_its_own():
    text = "The minister agreed to meet the unions on Monday."
    words = [text[marker.start : marker.end] for marker in tense_markers(text, 0, len(text))]
    assert words == ["agreed"]  # "meet" after "to" is not a present verb
    assert dates_of(text) == [("on Monday", "2025-02-03", "day")]


def test_a_present_verb_after_a_determiner_is_a_noun():
    text = "The start of the season was delayed."
    assert [text[marker.start : marker.end] for marker in tense_markers(text, 0, len(text))] == ["was", "delayed"]


@settings(deadline=None)
@given(st.sampled_from(FUTURE_MARKERS + FUTURE_IN_PAST).flatmap(lambda pattern: st.from_regex(pattern, fullmatch=True)))
def test_every_future_marker_starts_with_a_listed_character(marker):
    assert marker[:1].lower() in FUTURE_STARTS


@pytest.mark.parametrize("text, verb", [
    ("On Monday a European Commission paper put it bluntly.", "put"),
    ("The ministry let the deadline pass on Friday.", "let"),
    ("The council shut the pier on Tuesday.", "shut"),
])
def test_an_unchanged_past_after_a_singular_noun_is_past(text, verb):
    tenses = {text[marker.start : marker.end]: marker.tense for marker in tense_markers(text, 0, len(text))}
    assert tenses.get(verb) == "past"


@pytest.mark.parametrize("text, verb", [
    ("The prime minister will visit flood-hit areas on Saturday.", "hit"),
    ("The exercise, set to take place on the 3rd, will involve ten ships.", "set"),
    ("Officials will publish the next set of figures on Thursday.", "set"),
    ("They put the plan to a vote on Monday.", "put"),
    ("The board will put the plan to a vote on Monday.", "put"),
    ("A rate cut on Thursday is expected.", "cut"),
])
def test_an_unchanged_form_with_no_singular_subject_right_before_is_no_past(text, verb):
    tenses = {text[marker.start : marker.end]: marker.tense for marker in tense_markers(text, 0, len(text))}
    assert tenses.get(verb) != "past"
