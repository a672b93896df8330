"""Publication time lines in the forms outlets print."""

from __future__ import annotations

import pytest

from briefs.sources.time_line import find_time
from briefs.sources.pubtime import AmbiguousDate, PublicationTime, parse_time_line, split_glued_time


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
    ids=[
        "jst-first",
        "updated-est",
        "day-first-gmt",
        "abbrev-month-et-winter",
        "et-summer",
        "iso",
        "utc-offset",
        "day-first-numeric",
        "month-first-numeric",
    ],
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


@pytest.mark.parametrize(
    "line, iso, zone, has_time",
    [
        ("Fri 7 Feb 2025 11.02 GMT", "2025-02-07T11:02:00+00:00", "GMT", True),
        ("07.02.2025 16:09 CET", "2025-02-07T16:09:00+01:00", "CET", True),
        ("13.02.2025, 16:45 Uhr", "2025-02-13T16:45:00", None, True),
        ("02-13-2025 9:30 a.m. EST", "2025-02-13T09:30:00-05:00", "EST", True),
        ("13/02/25", "2025-02-13T00:00:00", None, False),
        ("Published: 2025-02-07", "2025-02-07T00:00:00", None, False),
        ("Feb 7 2025 12:01 am +0100", "2025-02-07T00:01:00+01:00", "+0100", True),
        ("Feb. 20, 2025, 6:30 a.m. GMT+8", "2025-02-20T06:30:00+08:00", "GMT+8", True),
        ("Wednesday, February 12, 2025 at 6:45 PM PST", "2025-02-12T18:45:00-08:00", "PST", True),
        ("PublishedFebruary 7, 2025", "2025-02-07T00:00:00", None, False),
        ("February 7, 2025Updated", "2025-02-07T00:00:00", None, False),
        ("Sept. 1, 2025, 8:15 a.m. BST", "2025-09-01T08:15:00+01:00", "BST", True),
        ("March 10, 2025 7:45 PM PDT", "2025-03-10T19:45:00-07:00", "PDT", True),
    ],
    ids=[
        "dotted-clock",
        "dots-with-zone",
        "dots-no-zone",
        "dashes-month-first",
        "two-digit-year",
        "iso-date-only",
        "numeric-offset",
        "gmt-plus",
        "weekday-at",
        "glued-before",
        "glued-after",
        "bst",
        "pdt",
    ],
)
def test_more_time_lines(line, iso, zone, has_time):
    stamp = parse_time_line(line)
    assert isinstance(stamp, PublicationTime)
    assert (stamp.value.isoformat(), stamp.zone_name, stamp.has_time) == (iso, zone, has_time)


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Friday 07/02/2025", "2025-02-07T00:00:00"),
        ("Wednesday 07/02/2025 14:30 CEST", "2025-07-02T14:30:00+02:00"),
        ("Fri, 07-02-2025 10:30", "2025-02-07T10:30:00"),
    ],
    ids=["friday-is-february", "wednesday-is-july-with-summer-offset", "abbreviated-weekday"],
)
def test_weekday_settles_an_ambiguous_date(line, iso):
    stamp = parse_time_line(line)
    assert isinstance(stamp, PublicationTime)
    assert stamp.value.isoformat() == iso


@pytest.mark.parametrize(
    "line",
    ["Monday 07/02/2025", "Friday Saturday 07/02/2025", "03/04/2025 10:00"],
    ids=["weekday-fits-neither", "two-weekdays", "no-weekday"],
)
def test_date_stays_ambiguous_without_a_fitting_weekday(line):
    assert isinstance(parse_time_line(line), AmbiguousDate)


def test_ambiguous_date_keeps_clock_and_zone_for_settling():
    stamp = parse_time_line("07/02/2025 10:30 JST")
    assert isinstance(stamp, AmbiguousDate)
    settled = stamp.settle(2, 7)
    assert (settled.value.isoformat(), settled.zone_name, settled.has_time) == (
        "2025-02-07T10:30:00+09:00",
        "JST",
        True,
    )
    assert stamp.settle(12, 25) is None


@pytest.mark.parametrize(
    "line",
    [
        "31/02/2025",
        "2025-13-45",
        "He was born on 7 February 1990 in a small town near the coast.",
        "Page 2 of 10",
        "Call 555-1234",
    ],
    ids=["no-such-day", "no-such-month", "sentence-with-date", "page-numbers", "phone-number"],
)
def test_not_a_date(line):
    assert parse_time_line(line) is None


@pytest.mark.parametrize(
    "line, before, iso, after",
    [
        ("Politics16:09 JST, February 7, 2025", "Politics", "2025-02-07T16:09:00+09:00", ""),
        ("By Mara LindqvistFeb. 7, 2025, 10:15 a.m. ET", "By Mara Lindqvist", "2025-02-07T10:15:00-05:00", ""),
        ("February 7, 2025Updated 3 hours ago", "", "2025-02-07T00:00:00", "Updated 3 hours ago"),
    ],
    ids=["section-glued", "byline-glued", "text-after"],
)
def test_split_glued_time(line, before, iso, after):
    found_before, stamp, found_after = split_glued_time(line)
    assert (found_before, stamp.value.isoformat(), found_after) == (before, iso, after)


@pytest.mark.parametrize("line", ["16:09 JST, February 7, 2025", "Prime Minister Shigeru Ishiba", "PlayStation5 sales"])
def test_split_glued_time_needs_glue_and_a_time(line):
    assert split_glued_time(line) is None


@pytest.mark.parametrize(
    "line, iso",
    [
        ("7. Februar 2025, 16:45 Uhr", "2025-02-07T16:45:00"),
        ("Aktualisiert am 13. März 2025, 09:10 Uhr", "2025-03-13T09:10:00"),
        ("Publié le 7 février 2025 à 11h02", "2025-02-07T11:02:00"),
        ("Stand: 07.02.2025 16:45 Uhr", "2025-02-07T16:45:00"),
    ],
    ids=["german", "german-updated", "french", "dotted-is-day-first"],
)
def test_time_lines_in_german_and_french(line, iso):
    stamp = parse_time_line(line)
    assert isinstance(stamp, PublicationTime)
    assert stamp.value.isoformat() == iso


@pytest.mark.parametrize(
    "line, iso",
    [
        ("2025年2月7日 16時09分", "2025-02-07T16:09:00"),
        ("2025년 2월 7일 16:09", "2025-02-07T16:09:00"),
        ("7 de febrero de 2025 (17:20 CET)", "2025-02-07T17:20:00+01:00"),
        ("7 febbraio 2025 ore 16:09", "2025-02-07T16:09:00"),
        ("Release date: 7 February 2025", "2025-02-07T00:00:00"),
        ("Issued at: 06:00 UTC on Friday 7 February 2025", "2025-02-07T06:00:00+00:00"),
        ("Published on February 7, 2025, at 4:05 pm (Paris)", "2025-02-07T16:05:00+01:00"),  # the city names the zone
        ("7 lutego 2025, 16:09", "2025-02-07T16:09:00"),
    ],
    ids=[
        "japanese", "korean", "spanish", "italian", "release-date", "issued-at", "city-in-brackets", "polish-by-dateparser"
    ],
)
def test_time_lines_in_more_languages_and_labels(line, iso):
    stamp = parse_time_line(line)
    assert isinstance(stamp, PublicationTime)
    assert stamp.value.isoformat() == iso


@pytest.mark.parametrize(
    "line",
    ["The ministry said on 7 lutego 2025 that it would act.", "Wydarzenie odbyło się 7 lutego 2025 w Warszawie."],
)
def test_a_sentence_with_a_foreign_date_is_no_time_line(line):
    assert parse_time_line(line) is None


@pytest.mark.parametrize(
    "line, iso, rest",
    [
        ("Posted Fri 7 Feb 2025 at 4:09pm, updated Fri 7 Feb 2025 at 6:20pm", "2025-02-07T16:09:00",
         "updated Fri 7 Feb 2025 at 6:20pm"),
        ("Madrid, 7 de febrero de 2025 (17:20 CET)", "2025-02-07T17:20:00+01:00", "Madrid"),
        ("Source: Example Agency | 2025-02-07 16:09:00 | Editor: lwq", "2025-02-07T16:09:00",
         "Source: Example Agency"),
    ],
    ids=["published-then-updated", "place-before-date", "between-bars"],
)
def test_find_time_takes_the_publication_part_of_a_line(line, iso, rest):
    stamp, others = find_time(line)
    assert stamp.value.isoformat() == iso and rest in others
