"""Publication times as outlets print them, turned into datetimes with their zone.

Handles a line such as `16:09 JST, February 7, 2025`, `Feb. 7, 2025, 10:15 a.m. ET`,
`7 February 2025 • 11:02 GMT` or `2025-02-07T16:09:00+09:00`. A line counts as a time
line only when the date is most of it: a sentence that merely mentions a date is body.
A time with no zone stays naive (no offset is invented); a line with no date gives None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from briefs.vocab import MONTHS, WEEKDAYS, ZONES

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_FIRST = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I)
_DAY_FIRST = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I)
_ISO = re.compile(
    r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?P<offset>Z|[+-]\d{2}:?\d{2})?)?\b"
)
_NUMERIC = re.compile(r"\b(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})\b")
_CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?|(?=\s*[ap]\.?\s?m\b))"
    r"\s*(?P<meridiem>[ap]\.?\s?m\.?)?(?![\w/.-]\d)",
    re.I,
)
_ZONE_NAME = re.compile(r"(?<![\w])(?P<zone>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")(?![\w])")
_OFFSET = re.compile(r"(?:\b(?:UTC|GMT))?(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?\b")
# Words that may stand on a time line beside the date itself.
_FILLER = re.compile(
    r"\b(updated|published|posted|first published|last (updated|modified)|modified|on|at|am|pm|"
    + "|".join(WEEKDAYS)
    + r")\b\.?",
    re.I,
)
# Letters left over after removing date, time, zone and filler; more means a sentence.
_MAX_LEFTOVER_LETTERS = 4


@dataclass(frozen=True, slots=True)
class PublicationTime:
    """A publication time read from a line."""

    value: datetime  # aware when the line gave a zone, naive otherwise
    zone_name: str | None  # the zone as printed ("JST", "UTC+9"), None without one
    has_time: bool  # False when the line gave only a date


@dataclass(frozen=True, slots=True)
class AmbiguousDate:
    """A numeric date whose day and month could be swapped, e.g. 03/04/2025."""

    text: str  # the date as printed
    readings: tuple[datetime, datetime]  # month-first and day-first readings


def parse_time_line(line: str) -> PublicationTime | AmbiguousDate | None:
    """Read a publication time from a line that is mostly a date.

    Returns:
        The time, an `AmbiguousDate` when day and month cannot be told apart, or None
        when the line is not a time line.
    """
    found = _find_date(line)
    if found is None:
        return None
    date_value, date_span = found
    rest = line[: date_span[0]] + " " + line[date_span[1] :]
    if isinstance(date_value, AmbiguousDate):
        return date_value if _is_mostly_date(rest) else None
    if isinstance(date_value, PublicationTime):  # ISO with its own time and offset
        return date_value if _is_mostly_date(rest) else None
    clock, rest = _take_clock(rest)
    zone, zone_name, rest = _take_zone(rest)
    if not _is_mostly_date(rest):
        return None
    value = datetime(date_value.year, date_value.month, date_value.day, *(clock or (0, 0, 0)))
    if zone is not None:
        value = _localize(value, zone)
    return PublicationTime(value, zone_name, clock is not None)


def _find_date(line: str) -> tuple[datetime | PublicationTime | AmbiguousDate, tuple[int, int]] | None:
    iso = _ISO.search(line)
    if iso:
        return _from_iso(iso), iso.span()
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        match = pattern.search(line)
        if match:
            value = _safe_date(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
            if value:
                return value, match.span()
    numeric = _NUMERIC.search(line)
    if numeric:
        value = _from_numeric(numeric)
        if value:
            return value, numeric.span()
    return None


def _from_iso(match: re.Match[str]) -> datetime | PublicationTime:
    date_value = datetime(int(match["year"]), int(match["month"]), int(match["day"]))
    if match["hour"] is None:
        return date_value
    value = date_value.replace(hour=int(match["hour"]), minute=int(match["minute"]), second=int(match["second"] or 0))
    offset = match["offset"]
    if offset is None:
        return PublicationTime(value, None, True)
    if offset == "Z":
        return PublicationTime(value.replace(tzinfo=timezone.utc), "UTC", True)
    minutes = int(offset[1:3]) * 60 + int(offset[-2:])
    tz = timezone(timedelta(minutes=minutes if offset[0] == "+" else -minutes))
    return PublicationTime(value.replace(tzinfo=tz), None, True)


def _from_numeric(match: re.Match[str]) -> datetime | AmbiguousDate | None:
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) == 4:  # year first: 2025/02/07
        return _safe_date(int(a), int(b), int(c))
    year = int(c) + (2000 if len(c) == 2 else 0)
    first, second = int(a), int(b)
    month_first = _safe_date(year, first, second)
    day_first = _safe_date(year, second, first)
    if month_first and day_first and first != second:
        return AmbiguousDate(match.group(0), (month_first, day_first))
    return month_first or day_first


def _safe_date(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _take_clock(text: str) -> tuple[tuple[int, int, int] | None, str]:
    match = _CLOCK.search(text)
    if not match:
        return None, text
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    meridiem = (match["meridiem"] or "").lower().replace(".", "").replace(" ", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None, text
    second = int(match["second"] or 0)
    return (hour, minute, second), text[: match.start()] + " " + text[match.end() :]


def _take_zone(text: str) -> tuple[tzinfo | None, str | None, str]:
    match = _OFFSET.search(text)
    if match:
        minutes = int(match["hours"]) * 60 + int(match["minutes"] or 0)
        tz = timezone(timedelta(minutes=minutes if match["sign"] == "+" else -minutes))
        return tz, match.group(0).strip(), text[: match.start()] + " " + text[match.end() :]
    match = _ZONE_NAME.search(text)
    if match:
        name = match["zone"]
        zone = ZONES[name]
        tz = ZoneInfo(zone) if isinstance(zone, str) else timezone(timedelta(minutes=zone), name)
        return tz, name, text[: match.start()] + " " + text[match.end() :]
    return None, None, text


def _localize(value: datetime, zone: tzinfo) -> datetime:
    """Attach `zone`, then fix the offset so the ISO form does not depend on zoneinfo."""
    aware = value.replace(tzinfo=zone)
    return aware.replace(tzinfo=timezone(aware.utcoffset() or timedelta(0)))


def _is_mostly_date(rest: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", _FILLER.sub(" ", rest))
    return len(letters) <= _MAX_LEFTOVER_LETTERS
