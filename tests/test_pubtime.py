"""Publication time lines in the forms outlets print."""

from __future__ import annotations

import pytest

from briefs.pubtime import AmbiguousDate, PublicationTime, parse_time_line


@pytest.mark.parametrize(
    "line, iso",
    [
        ("16:09 JST, February 7, 2025", "2025-02-07T16:09:00+09:00"),
        ("Updated 3:45 PM EST, Fri February 7, 2025", "2025-02-07T15:45:00-05:00"),
        ("7 February 2025 • 11:02 GMT", "2025-02-07T11:02:00+00:00"),
        ("Feb. 7, 2025, 10:15 a.m. ET", "2025-02-07T10:15:00-05:00"),
        ("July 4, 2025, 9 p.m. ET", "2025-07-04T21:00:00-04:00"),
        ("2025-02-07T16:09:00+09:00", "2025-02-07T16:09:00+09:00"),
        ("Posted: 2025/02/07 10:00 UTC+9", "2025-02-07T10:00:00+09:00"),
        ("13/02/2025 14:00", "2025-02-13T14:00:00"),
        ("02/13/2025", "2025-02-13T00:00:00"),
    ],
    ids=["jst-first", "updated-est", "day-first-gmt", "abbrev-month-et-winter", "et-summer", "iso", "utc-offset",
         "day-first-numeric", "month-first-numeric"],
)
def test_time_lines(line, iso):
    stamp = parse_time_line(line)
    assert isinstance(stamp, PublicationTime)
    assert stamp.value.isoformat() == iso


def test_time_without_zone_stays_naive():
    stamp = parse_time_line("February 7, 2025 4:09 PM")
    assert stamp.value.tzinfo is None and stamp.has_time


def test_date_without_time():
    stamp = parse_time_line("February 7, 2025")
    assert stamp.has_time is False


def test_ambiguous_numeric_date_is_reported():
    stamp = parse_time_line("07/02/2025")
    assert isinstance(stamp, AmbiguousDate)
    assert [reading.month for reading in stamp.readings] == [7, 2]


@pytest.mark.parametrize(
    "line",
    [
        "Abe first met officially with Trump on Feb. 10, 2017, at the White House.",
        "Ishiba is scheduled to return to Japan on Saturday.",
        "Article 5 applies.",
        "",
    ],
)
def test_sentences_are_not_time_lines(line):
    assert parse_time_line(line) is None
