"""Days counted from another day: `two days later`, `a day after`, `the next morning`.

A narrative counts on from the day it last named, so `later`, `earlier`, `the next morning`
and `the previous evening` count from a day named before them in their paragraph. `After` and
`before` name another event (`two days after the vote`): they count from a day in their own
sentence, or from the story's own day (its lead's first day) when the sentence says the news
`came` then. Anything further off is left out, never guessed.
"""

from __future__ import annotations

import pytest

from test_timeline import dates_of

# Published Friday 2025-02-07 (the helper's default), so Wednesday is 02-05 and Thursday 02-06.
COUNTED = {
    "later-next-sentence": (
        ["The fire started on Jan. 6. Three days later, the mayor resigned."],
        ("Three days later", "2025-01-09")),
    "earlier-next-sentence": (
        ["The ministry confirmed the sale on Jan. 20. A week earlier, the board had approved it."],
        ("A week earlier", "2025-01-13")),
    "later-two-sentences-on": (
        ["The committee voted on Jan. 14. Its chair left the room. Two days later, she resigned."],
        ("Two days later", "2025-01-16")),
    "after-in-its-sentence": (
        ["Residents returned on Thursday, four days after the river burst its banks."],
        ("four days after", "2025-02-02")),
    "before-in-its-sentence": (
        ["The treaty was signed on Jan. 10, two days before the summit opened."],
        ("two days before", "2025-01-12")),
    "came-after-counts-from-the-lead": (
        ["Foreign ministers met in Manila on Wednesday to discuss maritime security.",
         "Officials said the talks were planned months ago.",
         "The meeting came a day after Washington announced new export curbs."],
        ("a day after", "2025-02-04")),
    "comes-days-after-counts-from-the-lead": (
        ["Lawmakers approved the budget on Thursday after a night of debate.",
         "The vote comes two days after the finance minister survived a confidence motion."],
        ("two days after", "2025-02-04")),
    "the-next-morning": (
        ["The outage began on Jan. 14. Engineers rolled the update back the next morning."],
        ("the next morning", "2025-01-15")),
    "the-following-day": (
        ["The strike began on Monday, Feb. 3, and the union called it off the following day."],
        ("the following day", "2025-02-04")),
    "the-previous-evening": (
        ["Police arrested the man on Jan. 22. He had arrived in the city the previous evening."],
        ("the previous evening", "2025-01-21")),
}


@pytest.mark.parametrize("paragraphs, event", COUNTED.values(), ids=COUNTED.keys())
def test_an_offset_counts_from_the_day_before_it(paragraphs, event):
    expression, day = event
    assert (expression, day, "day") in dates_of(*paragraphs)


LEFT_OUT = {
    "later-in-another-paragraph": (["The fire started on Jan. 6.", "Three days later, the mayor resigned."], "Three days later"),
    "after-an-undated-event": (["The law takes effect two days after the vote is certified."], "two days after"),
    "after-a-day-in-another-sentence": (
        ["The board met on Jan. 6. Its ruling takes effect two days after publication."], "two days after"),
    "came-after-with-no-day-in-the-lead": (
        ["Ministers met in Manila to discuss maritime security.",
         "The meeting came a day after Washington announced new export curbs."], "a day after"),
    "next-day-with-nothing-before": (["Engineers rolled the update back the next morning."], "the next morning"),
    "next-day-in-another-paragraph": (["The outage began on Jan. 14.", "The next day, engineers rolled it back."], "The next day"),
    "days-after-without-a-count": (["The drills began on Thursday, days after a destroyer sailed through."], "days after"),
    "earlier-in-a-term": (
        ["Abe first met Trump on Feb. 10, 2017. Their meeting comes three days earlier in Trump's term."],
        "three days earlier"),
    "later-than-planned": (["The line opened on Jan. 6. It opened two weeks later than planned."], "two weeks later"),
    "later-into-a-year": (["Talks began on Jan. 6. A week later into the year, little had changed."], "A week later"),
}


@pytest.mark.parametrize("paragraphs, expression", LEFT_OUT.values(), ids=LEFT_OUT.keys())
def test_an_offset_with_no_day_to_count_from_is_left_out(paragraphs, expression):
    assert all(expression not in found for found, _day, _precision in dates_of(*paragraphs))


def test_the_day_counted_from_is_still_its_own_event():
    assert dates_of("The fire started on Jan. 6. Three days later, the mayor resigned.") == [
        ("on Jan. 6", "2025-01-06", "day"), ("Three days later", "2025-01-09", "day")]


# A year after `for` is the year a plan or a figure is for; a count after it is no year.
@pytest.mark.parametrize(("text", "expression"), [
    ("The council raised the snow removal budget for 2027 by 18 percent.", "2027"),
    ("The company reported a net loss of 612 million euros for 2024, its second in a row.", "2024"),
    ("Targets for 2030 were left unchanged.", "2030"),
])
def test_a_year_after_for_is_a_date(text, expression):
    assert (expression, expression, "year") in [(found[0][-4:], found[1], found[2]) for found in dates_of(text)]


@pytest.mark.parametrize("text", [
    "The hall has room for 2000 people.",
    "Tickets sold for 1500 yen each.",
])
def test_a_count_after_for_is_no_year(text):
    assert not [found for found in dates_of(text) if found[2] == "year"]


# A verb's word capitalised inside its sentence is a name's (`the North End`), and schedules nothing.
@pytest.mark.parametrize(("text", "date"), [
    ("Households in the North End are still paying off repairs from flooding in October.", "2024-10"),
    ("Runners from the Park Run club are still raising money for repairs after the storm in October.", "2024-10"),
])
def test_a_capitalised_verb_word_inside_a_sentence_is_a_name(text, date):
    assert ("in October", date, "month") in dates_of(text)


def test_a_scheduling_verb_still_looks_forward():
    assert ("in October", "2025-10", "month") in dates_of("The ban takes effect in October.")


# A participle of telling right before a bare day names the day of the telling, whatever the told looks to.
TELLING = {
    "signaling": ("Senate Democrats are divided, with a handful of moderates signaling Wednesday that they will vote yes.",
                  ("Wednesday", "2025-02-05")),
    "saying": ("The minister is expected to sign the deal, saying Thursday that talks will resume next week.",
               ("Thursday", "2025-02-06")),
    "warning": ("Forecasters kept the alert in place, warning Tuesday that more snow would fall.", ("Tuesday", "2025-02-04")),
}


@pytest.mark.parametrize("paragraph, event", TELLING.values(), ids=TELLING.keys())
def test_a_day_after_a_participle_of_telling_is_the_tellings(paragraph, event):
    expression, day = event
    assert (expression, day, "day") in dates_of(paragraph)


def test_a_day_after_a_verb_that_schedules_still_looks_ahead():
    assert ("on Saturday", "2025-02-08", "day") in dates_of("Officials will meet on Saturday to sign the deal.")
