"""Shapes from the thirtieth blind set and the corpus's leftovers: a date printed with its
weekday and no year, read in the one year the page's story allows. Each rule is tested in
several shapes, with the lines it must leave alone."""

from __future__ import annotations

import pytest

from test_parse_round6 import PROSE_2, PROSE_3, parsed

from briefs.sources.pubtime import day_month_by_weekday

# -- a weekday, a day and a month, no year -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Fri 7 Feb", "2025-02-07T00:00:00"),
        ("Friday, February 7, 4:09pm", "2025-02-07T16:09:00"),
        ("Tue. Mar 4", "2025-03-04T00:00:00"),
        ("Sat 7 Feb", "2026-02-07T00:00:00"),
    ],
)
def test_a_weekday_settles_the_year_within_the_span(line, expected):
    found = day_month_by_weekday(line, range(2023, 2027))
    assert found is not None and found.value.isoformat() == expected


@pytest.mark.parametrize(
    "line",
    [
        "Fri 7 Feb 2025",  # a year printed: an ordinary time line, not this rule's
        "Posted 7 Feb",  # no weekday
        "Fri 30 Feb",  # no such day
        "Mon 7 Feb",  # Feb 7 is no Monday from 2023 to 2026
    ],
)
def test_lines_the_weekday_does_not_settle(line):
    assert day_month_by_weekday(line, range(2023, 2027)) is None


def test_two_years_that_fit_give_no_date():
    assert day_month_by_weekday("Fri 7 Feb", range(2014, 2027)) is None  # 2014, 2020 and 2025


def _story(year_sentence: str) -> str:
    return (f"Port to get coastal radars\nBy Lena Paul\nFri 7 Feb\n\n"
            f"The port authority said on Thursday it would install three radars along the coast. {year_sentence}\n\n"
            f"{PROSE_2}\n\n{PROSE_3}\n")


def test_a_page_without_a_year_takes_the_one_its_story_bounds():
    article = parsed(_story("The first was bought in 2023 and the last will be working by the end of 2026."))
    assert article.published.date().isoformat() == "2025-02-07"
    assert "weekday" in article.extra["unsure"]["published"]


@pytest.mark.parametrize(
    "year_sentence",
    [
        "The first radar was bought years ago.",  # no year at all
        "The first was bought in 1998 and the last will be working by 2026.",  # a span too wide to bound it
    ],
)
def test_a_page_that_does_not_bound_the_year_gets_no_date(year_sentence):
    assert parsed(_story(year_sentence)).published is None
