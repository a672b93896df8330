"""Dates to come without a verb of their own (`due by`, `expected by`, `no earlier than`), and
"next <weekday>" as the weekday of next week. Published on Wednesday 21 October 2026."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from test_timeline import dates_of

WEDNESDAY = datetime(2026, 10, 21, 6, 0, tzinfo=timezone.utc)


def resolved(sentence: str, expression: str) -> str:
    found = {found_expression: date for found_expression, date, _ in dates_of(sentence, published=WEDNESDAY)}
    return next(date for found_expression, date in found.items() if expression in found_expression)


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("The council applied for $6 million, with a decision due by March 18.", "March 18", "2027-03-18"),
        ("Two gas units due online by March 15 would offset part of the loss.", "March 15", "2027-03-15"),
        ("The plant has 190 staff, with the remaining hires expected by June 30.", "June 30", "2027-06-30"),
        ("The court directed that a fresh consultation close no earlier than February 12.", "February 12", "2027-02-12"),
        ("The vote is slated for March 3, officials said.", "March 3", "2027-03-03"),
    ],
    ids=["due-by", "due-online-by", "expected-by", "no-earlier-than", "slated-for"],
)
def test_a_date_to_come_needs_no_verb_of_its_own(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("The deal was expected by March 18 but collapsed.", "March 18", "2026-03-18"),
        ("Inspectors found cracks on March 18.", "March 18", "2026-03-18"),
    ],
    ids=["past-expectation", "plain-past"],
)
def test_an_expectation_already_past_stays_past(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    ("published", "date"),
    [
        (datetime(2026, 10, 21, 6, 0, tzinfo=timezone.utc), "2026-10-29"),  # Wednesday: Thursday of next week
        (datetime(2026, 10, 19, 6, 0, tzinfo=timezone.utc), "2026-10-29"),  # Monday: Thursday of next week
        (datetime(2026, 10, 25, 6, 0, tzinfo=timezone.utc), "2026-10-29"),  # Sunday: next week starts tomorrow
        (datetime(2026, 10, 22, 6, 0, tzinfo=timezone.utc), "2026-10-29"),  # Thursday: a week ahead
    ],
    ids=["wednesday", "monday", "sunday", "thursday"],
)
def test_next_weekday_is_that_day_of_next_week(published, date):
    [(_, found, _)] = dates_of("The board will meet next Thursday to decide.", published=published)
    assert found == date


def test_a_bare_weekday_ahead_is_the_coming_one():
    [(_, found, _)] = dates_of("The board will meet on Thursday to decide.", published=WEDNESDAY)
    assert found == "2026-10-22"


@pytest.mark.parametrize("label", ["Update, Oct. 23:", "Updated Oct. 23:", "Correction, Oct. 23:", "UPDATE — Oct. 23:"])
def test_an_update_note_s_date_comes_after_the_story(label):
    sentence = f"{label} The company published its review, which blamed a configuration change."
    assert resolved(sentence, "Oct. 23") == "2026-10-23"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices fell in September last year.", ("in September last year", "2025-09", "month")),
        ("The plant opens in March of next year.", ("in March of next year", "2027-03", "month")),
        ("Trials ran in June this year.", ("in June this year", "2026-06", "month")),
    ],
)
def test_a_month_of_the_year_before_or_after(sentence, expected):
    assert dates_of(sentence, published=WEDNESDAY) == [expected]


def test_last_year_alone_is_still_a_year():
    assert dates_of("The bridge was closed last year.", published=WEDNESDAY) == [("last year", "2025", "year")]


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("The brigade applied for a new truck last month, with a decision expected in March.", "March", "2027-03"),
        ("Its report, due in February, will set the fares.", "February", "2027-02"),
        ("The inquiry held its first sitting last week; a ruling is expected in April.", "April", "2027-04"),
        ("The company had offered to delay the new rosters until 1 September.", "1 September", "2027-09-01"),
        ("Unions asked the board to postpone the vote to March 3.", "March 3", "2027-03-03"),
        ("The port is extending the trial until May 1.", "May 1", "2027-05-01"),
    ],
)
def test_a_date_to_come_inside_its_expression_or_after_a_put_off(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("The club broke the record set in March by its rivals.", "March", "2026-03"),
        ("The attack planned in April was foiled by police.", "April", "2026-04"),
        ("The vote was held on March 3 after months of delay.", "March 3", "2026-03-03"),
    ],
)
def test_a_past_date_near_the_same_words_stays_past(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("The ministry will publish an interim report by June 30 next year.", "June 30", "2027-06-30"),
        ("The bridge opened on 3 March last year.", "3 March", "2025-03-03"),
        ("The fair returns on Saturday, May 2 next year.", "May 2", "2027-05-02"),
        ("Work starts in early March next year.", "March", "2027-03"),
    ],
)
def test_a_day_with_a_year_named_from_the_publications(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("Residents who suffered damage can report it to the county through Nov. 20, the mayor said.", "Nov. 20", "2026-11-20"),
        ("The exhibition runs through March 8.", "March 8", "2027-03-08"),
        ("Prices rose through March, the bureau said.", "March", "2026-03"),
    ],
)
def test_through_a_date_is_a_limit_as_until_is(sentence, expression, date):
    assert resolved(sentence, expression) == date
