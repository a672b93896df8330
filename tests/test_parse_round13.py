"""Shapes from the thirty-second blind set and the failures the thirty-first left: a weekday
before a day and a month (British order), a weekday counted in a month, and a date opening a
sentence whose only past form describes a noun (`a company found to have breached`). Each rule
is tested in several shapes, with what it must leave alone."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from test_timeline import article as timeline_article

from briefs.facts.timeline import resolve_dates


def dates_in(text: str, published: str) -> list[tuple[str, str]]:
    when = datetime.fromisoformat(published).replace(hour=12, tzinfo=timezone.utc)
    return [(event.expression, event.date) for event in resolve_dates(timeline_article(text, published=when))]


# -- a weekday before a day and a month --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A consultation will open on Monday 14 April 2025.", [("on Monday 14 April 2025", "2025-04-14")]),
        ("The hearing resumes on Thursday, 13 March.", [("on Thursday, 13 March", "2025-03-13")]),
        ("Polls close on Friday the 2nd of May.", [("on Friday the 2nd of May", "2025-05-02")]),
        # a weekday and a year in which the date falls on it: 4 March was a Tuesday in 2025, not 2024
        ("The ferry sank on Tuesday 4 March.", [("on Tuesday 4 March", "2025-03-04")]),
    ],
)
def test_a_weekday_before_a_day_and_month_is_one_date(text, expected):
    assert dates_in(text, "2025-03-11") == expected


def test_a_weekday_apart_from_a_later_date_stays_apart():
    found = dates_in("On Monday the board met; the vote is on 14 April.", "2025-03-11")
    assert found == [("On Monday", "2025-03-10"), ("on 14 April", "2025-04-14")]


# -- a weekday counted in a month ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scheme will begin on the first Sunday in June.", [("on the first Sunday in June", "2025-06-01")]),
        ("Elections are held on the last Friday of March 2026.", [("on the last Friday of March 2026", "2026-03-27")]),
        ("The fair opened on the second Saturday in February.", [("on the second Saturday in February", "2025-02-08")]),
        ("Councils meet on the third Tuesday of the month.", []),  # no month named: no date
    ],
)
def test_a_weekday_counted_in_a_month(text, expected):
    assert dates_in(text, "2025-04-18") == expected


# -- a participle that describes a noun dates nothing -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From 1 October, a company found to have breached the permit will pay more.", "2025-10-01"),
        ("In November, anyone believed to be at risk will get a letter.", "2025-11"),
        ("From 1 October, firms thought to have been overcharged will be repaid.", "2025-10-01"),
    ],
)
def test_a_reduced_passive_does_not_set_the_tense(text, expected):
    assert dates_in(text, "2025-03-11")[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with its auxiliary it is a finding told in the past
        ("In October, the company was found to have breached the permit.", "2024-10"),
        # a main verb before an infinitive stays a past verb
        ("In October, the company decided to leave the market.", "2024-10"),
    ],
)
def test_a_finite_past_still_sets_the_tense(text, expected):
    assert dates_in(text, "2025-03-11")[0][1] == expected


# -- a month's or a year's edge with a hyphen, and `into` ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amendments are due by end-June 2025.", [("end-June 2025", "2025-06")]),
        ("Criteria for end-September 2024 were met.", [("end-September 2024", "2024-09")]),
        ("The budget must balance by end-2026.", [("end-2026", "2026")]),
        ("They hope to extend the season into October.", [("October", "2025-10")]),
        ("The talks dragged on into 2026.", [("2026", "2026")]),
        # not dates: a compound noun with `end-`, and `into` before a thing
        ("The end-user count passed 2025 users.", []),
        ("He turned the shed into a studio in the spring.", []),
    ],
)
def test_an_edge_with_a_hyphen_and_into_a_month(text, expected):
    assert dates_in(text, "2025-03-11") == expected


def test_an_edge_with_a_hyphen_keeps_its_part():
    events = resolve_dates(timeline_article("Repayments start by end-June 2025.", published=datetime(2025, 3, 11, tzinfo=timezone.utc)))
    assert [(event.precision, event.part) for event in events] == [("part-of-month", "late")]
