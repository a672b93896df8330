"""Publication times as outlets print them, turned into datetimes with their zone.

Handles a line such as `16:09 JST, February 7, 2025`, `Feb. 7, 2025, 10:15 a.m. ET`,
`7 February 2025 • 11:02 GMT`, `Fri 7 Feb 2025 11.02 GMT`, `07.02.2025 16:09` or
`2025-02-07T16:09:00+09:00`. A line counts as a time line only when the date is most of
it: a sentence that merely mentions a date is body. A time with no zone stays naive (no
offset is invented); a line with no date gives None. A numeric date that reads both ways
(07/02/2025) is settled by a weekday name on the line when only one reading fits, and is
otherwise returned as `AmbiguousDate` for the caller to settle with other clues; dotted
dates (07.02.2025) are day first, the only way that form is written. German and French
month names are read too (`7. Februar 2025, 16:45 Uhr`). `read_page_time` reads the time
line a saved page prints near its headline, with its label (`Gepubliceerd:`, `Last updated`)
and a weekday in another language, and settles a numeric date by the page's region.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from briefs.sources.vocab import MONTHS, PLACE_ZONES, UPDATED_LABEL, WEEKDAYS, ZONES

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Dates may be glued to a neighbouring word ("PublishedFebruary 7, 2025Updated"), so the
# month and year are bounded by "not a letter/digit" rather than by a word boundary.
# Some outlets put a slash before the year: `September 16/2025`.
_MONTH_FIRST = re.compile(_MONTH + r"\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|\s*/\s*)(?P<year>\d{4})(?!\d)", re.I)
_DAY_FIRST = re.compile(
    # "7 February 2025", "7. Februar 2025", and "7 de febrero de 2025" as Spanish and Portuguese write it.
    # Also "10-NOV-2026" and "4-Nov-2026", as release portals and logs print it.
    r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?(?:\s+(?:de\s+)?|-)"
    + _MONTH
    + r"(?:,?\s+(?:de\s+|del\s+)?|-)(?P<year>\d{4})(?!\d)",
    re.I,
)
# The year first and the month's name, as Hungarian pages write dates: `2026. december 3.`, `2026. dec. 3.`
_YEAR_MONTH_DAY = re.compile(r"(?<!\d)(?P<year>\d{4})\.\s+" + _MONTH + r"\s+(?P<day>\d{1,2})\.?(?!\d)", re.I)
# Dates and clocks as Japanese, Chinese and Korean pages print them: 2025年2月7日 16時09分, 2025년 2월 7일.
_CJK_DATE = re.compile(r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]")
_AFTERNOON = ("오후", "午後", "下午")
_HALF_DAY_BEFORE = re.compile(r"(?P<half>오후|오전|午後|午前|下午|上午)\s*(?P<clock>\d{1,2}:\d{2})")
_CJK_CLOCK = re.compile(r"(?P<hour>\d{1,2})\s*[時时시]\s*(?P<minute>\d{1,2})\s*[分분]")
_ISO = re.compile(
    r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?P<offset>Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})(?![\d/])")
_CLOCK = re.compile(
    # 16:09, 11.02 (British papers), 11h02 (French), 3:45:10, or a bare hour before am/pm ("9 p.m.").
    r"(?<![\d.:])(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?|(?=\s*[ap]\.?\s?m\b))"
    r"\s*(?P<meridiem>[ap]\.?\s?m\.?)?(?![\w/.-]\d)",
    re.I,
)
_ZONE_NAME = re.compile(r"(?<![A-Za-z])(?P<zone>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")(?![A-Za-z])")
_OFFSET = re.compile(r"(?:\b(?:UTC|GMT))?(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?\b")
# Words that may stand on a time line beside the date itself.
_FILLER = re.compile(
    # `Publish:` and `Update:` as Bangladeshi and Indian sites print them.
    # (first, so that `date` alone does not take their first word: `Date of issue:`, `Recall date:`)
    r"\b((recall|issue|publication|notice) date|date of (issue|publication)|"
    # (`Filed 6:00 a.m. 05.14.2025` is a newsroom's publication time; `Filed: 03/12/2026 16:42`, a field, is a draft's)
    r"updated|published|publication|posted|filed(?!\s*:)|(first|originally) (published|posted)|last (updated|modified)|modified|publish|update|"
    r"release date|released|issued|date|on|at|am|pm|news release|press release|media release|statement|"
    r"aktualisiert|veröffentlicht|stand|uhr|um|publié|mis à jour|le|publicado|actualizado|el|las|a las|"
    r"pubblicato|aggiornato|ore|alle|às|publiziert|erschienen|atualizado|publicada|"
    # Dutch and Nordic labels, and `kl.` (klokken) before the clock: `Publicerad 22 januari 2025 kl. 14.32`.
    r"gepubliceerd|bijgewerkt|geplaatst|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|kl|klo|"
    # Romanian, Polish, Czech, Finnish, Turkish, Hungarian, South Slavic, Indonesian and Greek labels.
    r"publicat|actualizat|ora|opublikowano|zaktualizowano|aktualizacja|publikováno|aktualizováno|vydáno|julkaistu|"
    r"päivitetty|yayınlanma|yayın tarihi|güncellenme|güncelleme|közzétéve|frissítve|objavljeno|ažurirano|"
    r"diterbitkan|diperbarui|δημοσίευση|ενημέρωση|em|local time|"
    # `Added 3rd December 2026`, a page's `Still current at:`, and a clock icon's name copied as text (`timer`).
    r"added|still current at|timer|"
    # A content system's own label: `Created: Dec 03, 2026 08:00 AM`.
    r"created|"
    + "|".join(WEEKDAYS) + r")\b\.?",
    re.I,
)
# A city in brackets after a clock names whose time it is: `4:05 pm (Paris)`.
_BRACKETED_PLACE = re.compile(r"\([A-Z][a-z]+(?: [A-Z][a-z]+)?\)")
# Letters left over after removing date, time, zone and filler; more means a sentence.
_MAX_LEFTOVER_LETTERS = 4


@dataclass(frozen=True, slots=True)
class PublicationTime:
    """A publication time read from a line."""

    value: datetime  # aware when the line gave a zone, naive otherwise
    zone_name: str | None  # the zone as printed ("JST", "UTC+9"), None without one
    has_time: bool  # False when the line gave only a date


def adds_zone(stamp: object, found: object) -> bool:
    """`found` is the time `stamp` holds, printed again with its zone (`3 February 2025 — 6.40am` /
    `Published 3 February 2025, 6:40am AEDT`): the same moment, now placed."""
    return (isinstance(stamp, PublicationTime) and isinstance(found, PublicationTime) and stamp.value.tzinfo is None
            and found.value.tzinfo is not None and found.value.replace(tzinfo=None) == stamp.value)


@dataclass(frozen=True, slots=True)
class AmbiguousDate:
    """A numeric date whose day and month could be swapped, e.g. 03/04/2025.

    Each reading already carries the line's clock and zone, so settling the date with
    another clue (`settle`) gives a complete publication time.
    """

    text: str  # the date as printed
    readings: tuple[datetime, datetime]  # month-first and day-first readings
    zone_name: str | None = None  # the zone as printed, None without one
    has_time: bool = False  # whether the line gave a clock time

    def settle(self, month: int, day: int) -> PublicationTime | None:
        """The reading with this month and day, or None when neither has them."""
        for reading in self.readings:
            if (reading.month, reading.day) == (month, day):
                return PublicationTime(reading, self.zone_name, self.has_time)
        return None


_READING_TIME = re.compile(
    r"\s*[·•|]?\s*(\d{1,3}\s*min(?:ute)?s?\.?\s+read|(time to read|reading time|read time|time to)\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?)\s*$",
    re.I,
)
# A year glued to the day's comma by copying: `February 07,2025`.
# (or to the month, the space before it: `13 December ,2026: 10:42 AM GST`, as a Gulf broadcaster's site prints it)
_COMMA_GLUED_YEAR = re.compile(r"(?<=[A-Za-z\d]),(?=(?:19|20)\d\d\b)|(?<=[A-Za-z\d])\s+,\s*(?=(?:19|20)\d\d\b)")
# A date printed twice, the second glued to the first's year: `7 Feb 20257 Feb 2025` (the first is read).
_DATE_GLUED_TO_YEAR = re.compile(r"\b((?:19|20)\d\d)(\d{1,2} [A-Za-z]{3,9} (?:19|20)\d\d)\b")


_DAY_MONTH_ALONE = re.compile(
    # maybe under its label: `Published Feb. 17`, `Posted: 7 Feb`
    r"^(?:(?:published|posted|updated|filed)\s*:?\s+)?"
    r"(?:(?P<day>\d{1,2})\s+" + _MONTH + r"|" + _MONTH.replace("month", "month2") + r"\s+(?P<day2>\d{1,2}))"
    # maybe with its clock and zone, as an agency or an aggregator prints it: `FEBRUARY 7, 10:09`,
    # `Feb. 7 04:20 pm JST`,
    # or an hour alone before its half of the day: `March 12, 6 a.m. EDT`
    r"(?P<clock>,?\s+(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)(?:\s+(?:[A-Z]{2,5}|GMT[+-]\d{1,2}))?)?$",
    re.I,
)


# A day and month with their dots and no year, maybe with the clock: `3.12. 14:05`, `03.12.`.
_DOTTED_DAY_MONTH = re.compile(r"^(?:klo\s+)?(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<clock>,?\s+(?:klo\s+)?\d{1,2}[:.]\d{2})?$", re.I)


def full_date(text: str) -> re.Match[str] | None:
    """The first date printed in full in `text`, month first or day first (`February 7, 2025`, `7 February 2025`)."""
    found = [match for pattern in (_MONTH_FIRST, _DAY_FIRST) if (match := pattern.search(text))]
    return min(found, key=lambda match: match.start()) if found else None


# A Japanese portal's month and day with the weekday in brackets, and the clock: `2/7(Fri) 16:09 Distributed`, `2/7(金) 16:09配信`.
_MONTH_DAY_WEEKDAY = re.compile(
    r"^(?P<month>\d{1,2})/(?P<day>\d{1,2})\s*[(（](?P<weekday>mon|tue|wed|thu|fri|sat|sun|月|火|水|木|金|土|日)[)）]"
    r"\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*\w+)?$",
    re.I,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAYS_JA = "月火水木金土日"


def day_month_in_year(line: str, year: int) -> PublicationTime | None:
    """`7 Feb` or `Feb 7` alone (maybe with a clock), read in `year` (a page prints the year of its dates elsewhere, in its copyright)."""
    numeric = _MONTH_DAY_WEEKDAY.match(line.strip())
    if numeric is not None:
        return _month_day_weekday(numeric, year)
    dotted = _DOTTED_DAY_MONTH.match(line.strip())
    if dotted is not None:  # `3.12. 14:05`, as Finnish and German pages print this year's dates
        day, month = int(dotted["day"]), int(dotted["month"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        stamp = parse_time_line(f"{calendar.month_name[month]} {day}, {year}{dotted['clock'] or ''}")
        return stamp if isinstance(stamp, PublicationTime) else None
    found = _DAY_MONTH_ALONE.match(line.strip())
    if found is None:
        return None
    month = MONTHS.get((found["month"] or found["month2"]).lower())
    if not month:
        return None
    day = int(found["day"] or found["day2"])
    # Written out again with its year, the line is read as any time line is (its clock's half of the day, its zone).
    stamp = parse_time_line(f"{calendar.month_name[month]} {day}, {year}{found['clock'] or ''}") if 1 <= day <= 31 else None
    return stamp if isinstance(stamp, PublicationTime) else None


# A day named by its distance from the page's date of today, with its clock: `Today, 6:12 am`, `Yesterday at 18:40 BST`.
_RELATIVE_DAY_CLOCK = re.compile(
    r"^(?:(?:published|posted)\s*:?\s*)?(?P<day>today|yesterday)(?:,|\s+at|\s*[|·•-])?\s*"
    r"(?P<clock>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?)$",
    re.I,
)
_DAYS_BEFORE_TODAY = {"today": 0, "yesterday": 1}


def is_relative_day_time(line: str) -> bool:
    """`Today, 6:12 am`: a time line whose day is the page's date of today, printed elsewhere."""
    return _RELATIVE_DAY_CLOCK.match(line.strip()) is not None


def relative_day_time(line: str, today: date) -> PublicationTime | None:
    """`Today, 6:12 am` read on `today` (the site's date of today over its menu); None for any other line."""
    found = _RELATIVE_DAY_CLOCK.match(line.strip())
    if found is None:
        return None
    day = today - timedelta(days=_DAYS_BEFORE_TODAY[found["day"].lower()])
    # Written out with its date, the line is read as any time line is (its clock's half of the day, its zone).
    stamp = parse_time_line(f"{calendar.month_name[day.month]} {day.day}, {day.year} {found['clock']}")
    return stamp if isinstance(stamp, PublicationTime) and stamp.has_time else None


# A weekday before the day and month, with no year: `Fri 7 Feb`, `Friday, February 7, 4:09pm`.
_WEEKDAY_BEFORE = re.compile(r"^(?P<weekday>[A-Za-z]{3,9})\.?,?\s+(?P<day_month>\S.*)$")


def day_month_by_weekday(line: str, years: range) -> PublicationTime | None:
    """`Fri 7 Feb`: the date in the one year of `years` in which that day falls on that weekday.

    A page that prints no year still bounds it by the years its story names (`in 2023`,
    `by the end of 2026`); the weekday repeats on a date only every five to eleven years, so
    within such a span it usually settles the year. Two fitting years give None: a guess is
    worse than no date.
    """
    found = _WEEKDAY_BEFORE.match(line.strip())
    if found is None or found["weekday"].lower() not in WEEKDAYS:
        return None
    printed = WEEKDAYS[found["weekday"].lower()]
    fitting = [
        stamp
        for year in years
        if (stamp := day_month_in_year(found["day_month"], year)) is not None and stamp.value.weekday() == printed
    ]
    return fitting[0] if len(fitting) == 1 else None


def _month_day_weekday(found: re.Match[str], year: int) -> PublicationTime | None:
    """`2/7(Fri) 16:09` in `year`, when that day of that year is the weekday printed (else the year is not the page's)."""
    try:
        value = datetime(year, int(found["month"]), int(found["day"]), int(found["hour"]), int(found["minute"]))
    except ValueError:
        return None
    weekday = found["weekday"].casefold()
    printed = _WEEKDAYS.index(weekday) if weekday in _WEEKDAYS else _WEEKDAYS_JA.index(weekday)
    return PublicationTime(value, None, has_time=True) if value.weekday() == printed else None


# A US zone written as a word after the clock's half of the day: `Sept. 24, 2025 5 AM Central`, `6 a.m. Eastern Time`.
_US_ZONE_WORD = re.compile(
    r"(?P<half>\b[ap]\.?\s?m\.?)\s+(?P<zone>eastern|central|mountain|pacific)(?:\s+(?:standard\s+|daylight\s+)?time)?\b", re.I
)
_US_ZONE_ABBREVIATIONS = {"eastern": "ET", "central": "CT", "mountain": "MT", "pacific": "PT"}
_US_ZONE_WORD_STEMS = ("astern", "entral", "ountain", "acific", "ASTERN", "ENTRAL", "OUNTAIN", "ACIFIC")


def parse_time_line(line: str) -> PublicationTime | AmbiguousDate | None:
    """Read a publication time from a line that is mostly a date.

    Returns:
        The time, an `AmbiguousDate` when day and month cannot be told apart, or None
        when the line is not a time line.
    """
    line = _READING_TIME.sub("", line)  # `Wed, Mar 5, 2025, 7:48 AM 3 min read`
    # `오후 4:09`, `午後4時9分`, `下午 4:09`: the half of the day printed before the clock, as Korean, Japanese and Chinese pages do
    line = _HALF_DAY_BEFORE.sub(lambda match: f" {match['clock']} {'PM' if match['half'] in _AFTERNOON else 'AM'} ", line)
    line = _CJK_CLOCK.sub(lambda match: f" {match['hour']}:{int(match['minute']):02d} ", line)
    line = _YEAR_GLUED_TO_CLOCK.sub(r"\1 ", line)
    line = _COMMA_GLUED_YEAR.sub(", ", line)
    line = _DATE_GLUED_TO_YEAR.sub(r"\1", line)
    line = _SPACED_DOTTED_DATE.sub(r"\1.\2.\3", line)
    if any(word in line for word in _US_ZONE_WORD_STEMS):  # (most lines name none: cheaper than the pattern)
        line = _US_ZONE_WORD.sub(lambda match: f"{match['half']} {_US_ZONE_ABBREVIATIONS[match['zone'].lower()]}", line)
    found = _find_date(line)
    if found is None:
        return None
    date_value, date_span = found
    rest = line[: date_span[0]] + " " + line[date_span[1] :]
    if isinstance(date_value, PublicationTime):  # ISO with its own time and offset
        if date_value.value.tzinfo is None:  # `2024-11-21 16:05 KST`: a zone's name after an ISO time
            zone, zone_name, rest = _take_zone(rest)
            if zone is not None:
                date_value = PublicationTime(localize(date_value.value, zone), zone_name, True)
        return date_value if _is_mostly_date(rest) else None
    clock, rest = _take_clock(rest)
    zone, zone_name, rest = _take_zone(rest)
    if not _is_mostly_date(rest):
        return None
    if isinstance(date_value, AmbiguousDate):
        readings = tuple(_with_clock(reading, clock, zone) for reading in date_value.readings)
        ambiguous = AmbiguousDate(date_value.text, readings, zone_name, clock is not None)
        return _settle_by_weekday(ambiguous, line)
    return PublicationTime(_with_clock(date_value, clock, zone), zone_name, clock is not None)


def _with_clock(day: datetime, clock: tuple[int, int, int] | None, zone: tzinfo | None) -> datetime:
    value = datetime(day.year, day.month, day.day, *(clock or (0, 0, 0)))
    return localize(value, zone) if zone is not None else value


def _settle_by_weekday(ambiguous: AmbiguousDate, line: str) -> PublicationTime | AmbiguousDate:
    """`Friday 07/02/2025`: keep the one reading that falls on the named weekday."""
    named = {WEEKDAYS[word.lower()] for word in re.findall(r"[A-Za-z]+", line) if word.lower() in WEEKDAYS}
    fitting = [reading for reading in ambiguous.readings if reading.weekday() in named]
    if len(named) == 1 and len(fitting) == 1:
        return PublicationTime(fitting[0], ambiguous.zone_name, ambiguous.has_time)
    return ambiguous


def split_glued_time(line: str) -> tuple[str, PublicationTime | AmbiguousDate, str] | None:
    """Find a time line glued to a neighbouring word: `Politics16:09 JST, February 7, 2025`.

    Tries each point where a letter meets a digit or a lower-case letter meets a capital,
    and returns (text before, time, text after) when one side alone is a time line.
    """
    for match in _GLUE_POINT.finditer(line):
        left, right = line[: match.start() + 1], line[match.start() + 1 :]
        readings = ((left, right, ""), ("", left, right))
        if _UPDATED_FIRST.match(right):  # `Published ...ESTUpdated ...`: the first publication is the left
            readings = readings[::-1]
        for before, candidate, after in readings:
            stamp = parse_time_line(candidate)
            if stamp is not None and (before or after).strip():
                return before.strip(), stamp, after.strip()
    return None


_UPDATED_FIRST = re.compile(r"(?:last\s+)?(?:updated|modified)\b", re.I)

# A year glued to the clock after it, as copying a page leaves it: "February 7, 20257:15 AM".
_YEAR_GLUED_TO_CLOCK = re.compile(r"(?<=[, ])((?:19|20)\d{2})(?=\d{1,2}:\d{2})")

# Where two words may have been glued together by copying: "DoeFeb", "Politics16", "2025Updated",
# and a zone's capitals before the next label: "4:09 AM ESTUpdated Fri, ...".
_GLUE_POINT = re.compile(r"[a-z](?=[A-Z])|[A-Za-z](?=\d)|\d(?=[A-Z][a-z])|[A-Z](?=(?:Updated|Published|Posted|Modified)\b)")


# Every date form has a four-digit year or a numeric day/month/yy; a line without either is
# skipped before the costlier searches (most lines the parser asks about are not dates).
_HAS_YEAR = re.compile(r"\d{4}|\d[/.-]\d{1,2}[/.-]\d{2}")


def _find_date(line: str) -> tuple[datetime | PublicationTime | AmbiguousDate, tuple[int, int]] | None:
    if not _HAS_YEAR.search(line):
        return None
    iso = _ISO.search(line)
    if iso:
        value = _from_iso(iso)
        return (value, iso.span()) if value is not None else None
    for pattern in (_CJK_DATE, _MONTH_FIRST, _DAY_FIRST, _YEAR_MONTH_DAY):
        match = pattern.search(line)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else MONTHS[month.lower()]  # 2025年2月7日 gives a number
            value = _safe_date(int(match["year"]), number, int(match["day"]))
            if value:
                return value, match.span()
    numeric = _NUMERIC.search(line)
    if numeric:
        value = _from_numeric(numeric)
        if value:
            return value, numeric.span()
    return _find_date_in_other_languages(line)


# Languages whose month names `briefs.sources.vocab.MONTHS` does not list, read by dateparser: those
# of Europe and of the English editions around it, Africa and Asia (`03 Dhjetor 2026`, `3. prosinca 2026`,
# `3 Disyembre 2026`). Only a day, a word and a year reach it, so more languages find more months, never a sentence.
_DATEPARSER_LANGUAGES = [
    "nl", "pl", "sv", "da", "nb", "fi", "cs", "tr", "id", "ro", "hu", "ru", "uk", "el",
    "sq", "hr", "sr", "sl", "sk", "lt", "lv", "et", "is", "mk", "bg", "be", "ca", "gl", "eu", "ga", "cy",
    "az", "kk", "ka", "hy", "mn", "ms", "tl", "vi", "af", "sw",
]
_WRITTEN_DATE = re.compile(
    r"(?<!\d)\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}(?!\d)|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}(?!\d)"
)


def _find_date_in_other_languages(line: str) -> tuple[datetime, tuple[int, int]] | None:
    """A day, month name and year in a language the patterns do not know (`7 lutego 2025`), via dateparser.

    Only the date-shaped words are handed over, so dateparser (slow to load, loaded only
    here) never guesses a date from a sentence.
    """
    match = _WRITTEN_DATE.search(line)
    if match is None:
        return None
    import dateparser  # noqa: PLC0415 - loading its language data costs time; most pages never need it

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_LOCALE_DATE_ORDER": True}
    try:
        value = dateparser.parse(match.group(0), languages=_DATEPARSER_LANGUAGES, settings=settings)
    except (ValueError, OverflowError):
        return None
    if value is None or str(value.year) not in match.group(0):
        return None
    return datetime(value.year, value.month, value.day), match.span()


def _from_iso(match: re.Match[str]) -> datetime | PublicationTime | None:
    date_value = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    if date_value is None or match["hour"] is None:
        return date_value
    try:
        value = date_value.replace(
            hour=int(match["hour"]), minute=int(match["minute"]), second=int(match["second"] or 0)
        )
    except ValueError:  # 25:61
        return None
    offset = match["offset"]
    if offset is None:
        return PublicationTime(value, None, True)
    if offset == "Z":
        return PublicationTime(value.replace(tzinfo=timezone.utc), "UTC", True)
    tz = _offset_zone(offset[0], int(offset[1:3]), int(offset[-2:]))
    return PublicationTime(value.replace(tzinfo=tz), None, True) if tz else None


# Real offsets run from -12:00 to +14:00; anything else is not a zone.
_MAX_OFFSET_MINUTES = 14 * 60


def _offset_zone(sign: str, hours: int, minutes: int) -> timezone | None:
    total = hours * 60 + minutes
    if minutes > 59 or total > _MAX_OFFSET_MINUTES:
        return None
    return timezone(timedelta(minutes=total if sign == "+" else -total))


def _from_numeric(match: re.Match[str]) -> datetime | AmbiguousDate | None:
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) == 4:  # year first: 2025/02/07
        return _safe_date(int(a), int(b), int(c))
    year = int(c) + (2000 if len(c) == 2 else 0)
    first, second = int(a), int(b)
    month_first = _safe_date(year, first, second)
    day_first = _safe_date(year, second, first)
    if match["sep"] == "." and len(c) == 4:
        # 07.02.2025: dotted dates with the full year are written day first wherever they are used; a US site's
        # `05.14.2025` can only be read month first
        return day_first or month_first
    # (with two digits for the year a US site writes month first as well: `12.03.26` under `THU 7:05 PM PT`)
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
    second = int(match["second"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None, text
    return (hour, minute, second), text[: match.start()] + " " + text[match.end() :]


def _take_zone(text: str) -> tuple[tzinfo | None, str | None, str]:
    match = _OFFSET.search(text)
    tz = _offset_zone(match["sign"], int(match["hours"]), int(match["minutes"] or 0)) if match else None
    if match and tz:
        return tz, match.group(0).strip(), text[: match.start()] + " " + text[match.end() :]
    match = _ZONE_NAME.search(text)
    if match:
        name = match["zone"]
        zone = ZONES[name]
        tz = ZoneInfo(zone) if isinstance(zone, str) else timezone(timedelta(minutes=zone), name)
        rest = text[: match.start()] + " " + text[match.end() :]
        # `17:45 (Kyiv time, EET)`: the zone says whose clock it is; the place beside it is its gloss
        return tz, name, _PLACE_TIME.sub(" ", rest, count=1)
    for pattern in (_PLACE_IN_BRACKETS, _PLACE_TIME):
        match = pattern.search(text)
        if match and match["place"] in PLACE_ZONES:  # `at 4:09 pm (Paris)`, `14:30 Tehran time`: that place's clock
            return ZoneInfo(PLACE_ZONES[match["place"]]), match["place"], text[: match.start()] + " " + text[match.end() :]
    return None, None, text


# A page's note on whose clock its times are: `All times AEST (GMT +10).`, `All times are in ET`, `All times UTC`.
_ALL_TIMES = re.compile(r"\ball times (?:(?:are|shown|listed|given) )?(?:in )?(?P<zone>.{2,40})", re.I)


def stated_zone(line: str) -> tuple[tzinfo, str] | None:
    """The zone a page states for all its times (`All times AEST (GMT +10).`), or None."""
    found = _ALL_TIMES.search(line)
    if found is None:
        return None
    zone, name, _ = _take_zone(found["zone"])
    return (zone, name) if zone is not None and name is not None else None


# A place in brackets after the clock, naming whose time it is: `(Paris)`, `(Tokyo time)`.
_PLACE_IN_BRACKETS = re.compile(r"\((?P<place>[A-Z][\w .'-]{1,30}?)(?: time)?\)")
# ... or without brackets, followed by `time`: `14:30 Tehran time`, `10 a.m. Beijing time`.
_PLACE_TIME = re.compile(r"\b(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}) time\b")
# A date written with a space after each dot, as Czech and Slovak pages do: `3. 12. 2026`.
_SPACED_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)")


def localize(value: datetime, zone: tzinfo) -> datetime:
    """Attach `zone`, then fix the offset so the ISO form does not depend on zoneinfo."""
    aware = value.replace(tzinfo=zone)
    return aware.replace(tzinfo=timezone(aware.utcoffset() or timedelta(0)))


def _is_mostly_date(rest: str) -> bool:
    rest = _BRACKETED_PLACE.sub(" ", rest)  # `at 4:05 pm (Paris)`: the city whose clock it is
    letters = re.sub(r"[^A-Za-z]", "", _FILLER.sub(" ", rest))
    return len(letters) <= _MAX_LEFTOVER_LETTERS


# --------------------------------------------------------------------------- a page's visible time line

# Weekday names in the languages pages print them, as the English name `_settle_by_weekday` reads.
_WEEKDAY_NAMES = {
    "Monday": "maandag ma montag mo lundi lun lunes lunedì lunedi segunda måndag mandag maanantai "
    "poniedziałek pon",
    "Tuesday": "dinsdag di dienstag di mardi martes martedì martedi terça tisdag tirsdag tiistai ti wtorek wt",
    "Wednesday": "woensdag wo mittwoch mi mercredi mer miércoles miercoles mercoledì mercoledi quarta onsdag "
    "keskiviikko ke środa śr",
    "Thursday": "donderdag do donnerstag do jeudi jeu jueves giovedì giovedi quinta torsdag torstai to czwartek czw",
    "Friday": "vrijdag vr freitag fr vendredi ven viernes venerdì venerdi sexta fredag perjantai pe piątek",
    "Saturday": "zaterdag za samstag sa samedi sam sábado sabado sabato lördag lørdag lauantai la sobota sob",
    "Sunday": "zondag zo sonntag so dimanche dim domingo domenica söndag søndag sunnuntai su niedziela niedz",
}
_FOREIGN_WEEKDAY = {name: english for english, names in _WEEKDAY_NAMES.items() for name in names.split()}
# Only full names are replaced anywhere; two- and three-letter abbreviations only before a day's number
# (`di 14-10-2025`). Abbreviations English pages print otherwise (`Mar` for March, `PT`) are left out.
_FOREIGN_WEEKDAY_WORD = re.compile(
    r"(?<![\w-])(?P<name>" + "|".join(sorted((n for n in _FOREIGN_WEEKDAY if len(n) > 3), key=len, reverse=True))
    + r"|(?:" + "|".join(sorted((n for n in _FOREIGN_WEEKDAY if len(n) <= 3), key=len, reverse=True))
    + r")(?=\.?,?\s+\d{1,2}(?!\d)))\.?(?![\w-])",
    re.I,
)
# A label before the time: `Published:`, `Gepubliceerd:`, `Last updated`, `Veröffentlicht am`.
_TIME_LABEL = re.compile(
    r"^(?P<label>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*:\s*"
    r"|^(?P<word>published|updated|posted|last updated|(?:first|originally) (?:published|posted)|gepubliceerd|bijgewerkt|geplaatst|"
    r"publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|julkaistu|päivitetty|opublikowano|"
    r"zaktualizowano|veröffentlicht|aktualisiert|publié|publicado|actualizado|pubblicato|aggiornato)"
    r"(?:\s+(?:am|on|op|le|el|il))?\s+",
    re.I,
)
# Update labels in the languages `vocab.UPDATED_LABEL` leaves out.
_UPDATE_WORDS = re.compile(
    r"\b(bijgewerkt|uppdaterad|opdateret|oppdatert|päivitetty|zaktualizowano|gewijzigd)\b", re.I
)
# Zones of the United States: a page printing one writes its numeric dates month first.
_US_ZONES = frozenset(
    {"ET", "CT", "MT", "PT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST"}
)


@dataclass(frozen=True, slots=True)
class PageTime:
    """A time line a page prints near its headline, read."""

    stamp: PublicationTime
    is_update: bool  # labelled as an update (`Last updated: ...`), not the first publication


def read_page_time(text: str, language: str = "") -> PageTime | None:
    """Read a time line a page prints: `Gepubliceerd: dinsdag 14 oktober 2025, 09:30`, `Tue 03/11/2025 - 16:15`.

    A label before the date is set aside (and says whether the time is an update), a weekday
    name in another language is read as the weekday, and a numeric date that reads both ways
    is settled by the weekday, else by the page: month first on a US page (`language`
    `en-us`, or a US zone on the line), day first on a page of any other region or language.
    """
    label_match = _TIME_LABEL.match(text)
    label = (label_match.group(0) if label_match else "").strip()
    rest = text[label_match.end() :] if label_match else text
    rest = _FOREIGN_WEEKDAY_WORD.sub(lambda match: _FOREIGN_WEEKDAY[match["name"].casefold()], rest)
    stamp = parse_time_line(rest)
    if isinstance(stamp, AmbiguousDate):
        stamp = _settle_by_region(stamp, language)
    if stamp is None:
        return None
    is_update = bool(UPDATED_LABEL.search(label) or _UPDATE_WORDS.search(label))
    return PageTime(stamp, is_update)


def _settle_by_region(ambiguous: AmbiguousDate, language: str) -> PublicationTime | None:
    """Month first on a US page, day first on any other page that names its region or language; else unsettled."""
    month_first, day_first = ambiguous.readings
    if ambiguous.zone_name in _US_ZONES or language in ("en-us", "es-us"):
        reading = month_first
    elif language and (not language.startswith("en") or "-" in language):
        reading = day_first
    else:
        return None
    return PublicationTime(reading, ambiguous.zone_name, ambiguous.has_time)
