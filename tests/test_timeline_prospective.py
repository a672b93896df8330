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


# Published Wednesday 21 October 2026: a date without its year almost a year back is read
# ahead when the same date is weeks away, unless a past form governs it or it follows `since`.
@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        # a past verb elsewhere in the sentence does not date the expression
        ("The cabinet approved the plan on Tuesday, with the first phase starting on Nov. 20.", "Nov. 20", "2026-11-20"),
        ("Crews repaired the main and the utility restored service, including sheltered stops, until December 10.",
         "December 10", "2026-12-10"),
        ("The union voted last month to authorise a strike as soon as November 12.", "November 12", "2026-11-12"),
        ("The court of appeal has provisionally listed the case for December 2.", "December 2", "2026-12-02"),
        ("Officials hoped to have the roster signed off by December 15.", "December 15", "2026-12-15"),
        ("The council expects the pool to reopen in December.", "in December", "2026-12"),
        ("Our biggest worry is the galas we have got coming up in November.", "in November", "2026-11"),
    ],
    ids=["gerund-starting", "until-after-adjective", "as-soon-as", "listed-for", "signed-off-by", "expects-object-to",
         "coming-up"],
)
def test_a_date_weeks_ahead_is_not_read_a_year_back(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("The revised law was enacted on November 3 after months of debate.", "November 3", "2025-11-03"),
        ("The factory closed in December, putting 400 people out of work.", "in December", "2025-12"),
        ("The mill began in November with 40 workers.", "in November", "2025-11"),
        ("Fares have risen by a third since December.", "December", "2025-12"),
        ("The ferry last sailed on Sept. 30, and repairs have not begun.", "Sept. 30", "2026-09-30"),
    ],
    ids=["was-enacted-on", "closed-in", "began-in", "since", "near-past"],
)
def test_a_past_form_right_before_the_date_keeps_it_past(sentence, expression, date):
    assert resolved(sentence, expression) == date


def test_an_opening_phrase_is_dated_by_the_telling_after_it():
    sentence = "In a statement on Monday, the operator said it expects the ferry to cut fuel use by a third."
    assert resolved(sentence, "on Monday") == "2026-10-19"


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("The cabinet approved the plan, with the first phase beginning on March 1.", "March 1", "2027-03-01"),
        ("The union voted to authorise a strike as soon as April 2.", "April 2", "2027-04-02"),
        ("The registrar has listed the appeal for May 14.", "May 14", "2027-05-14"),
        ("The council expects the pool to reopen in April.", "in April", "2027-04"),
        ("We have galas coming up in May.", "in May", "2027-05"),
    ],
    ids=["gerund-beginning", "as-soon-as", "listed-for", "expects-object-to", "coming-up"],
)
def test_schedules_months_ahead_look_forward(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("The service advised people to stay away from beaches until Friday morning.", "Friday", "2026-10-23"),
        ("Officials agreed to stay at the table until Nov. 2, the council said.", "Nov. 2", "2026-11-02"),
    ],
)
def test_a_limit_after_an_infinitive_looks_forward(sentence, expression, date):
    assert resolved(sentence, expression) == date


def test_a_limit_in_a_past_clause_stays_past():
    assert resolved("The pier stayed closed until Monday, when crews reopened it.", "Monday") == "2026-10-19"


LATE_NOVEMBER = datetime(2026, 11, 29, 6, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("sentence, date", [
    ("The tax laws took effect in January.", "2026-01"),
    ("Revenue is expected to rise next year, driven by the tax laws that took effect in January.", "2026-01"),
    ("The party won office in May after a long campaign.", "2026-05"),
    ("The council will vote in January.", "2027-01"),
    ("The council approved the plan, with work starting in January.", "2027-01"),
])
def test_an_irregular_past_with_its_object_before_a_month_dates_it_back(sentence, date):
    expression = "in January" if "January" in sentence else "in May"
    found = {found_expression: resolved for found_expression, resolved, _ in dates_of(sentence, published=LATE_NOVEMBER)}
    assert found[expression] == date


EARLY_DECEMBER = datetime(2026, 12, 2, 6, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("sentence, expression, date", [
    ("It was the third patrol near Taiwan since Nov. 28, when Beijing said it would step up training.", "since Nov. 28",
     "2026-11-28"),
    ("It was his first trip to Korea since taking office in September.", "in September", "2026-09"),
    ("Prices have risen since January and will rise again in March.", "in March", "2027-03"),
])
def test_since_looks_back_whatever_the_clause_ahead_says(sentence, expression, date):
    found = {found_expression: resolved for found_expression, resolved, _ in dates_of(sentence, published=EARLY_DECEMBER)}
    assert found[expression] == date


# ------------------------------------------------------------------ stop 43: what is still to be done, and passed deadlines


@pytest.mark.parametrize("sentence, expected", [
    ("Sailings have been cancelled until at least Monday.", "2026-12-14"),
    ("A joint training program is to be launched in Palawan in March.", "2027-03"),
    ("A fourth cooperative activity, to be conducted in February, was announced.", "2027-02"),
    ("The budget was approved six days after the constitutional deadline of Dec. 2.", "2026-12-02"),
    ("The levy began its definitive phase in January.", "2026-01"),
    ("She took the top job in May.", "2026-05"),
])
def test_stop_43_tenses(sentence, expected):
    from datetime import datetime

    from briefs.facts.timeline import resolve_sentence
    found = resolve_sentence(sentence, (0, len(sentence)), datetime(2026, 12, 9 if "deadline" in sentence else 12))
    assert [event.date for event in found] == [expected]
