"""The dateline opening a pasted story's first paragraph, and what it says of the time.

`split_dateline` takes the dateline off the first paragraph in the shapes outlets print:
a place in capitals (`WASHINGTON —`), with a date and an agency (`PARIS, Feb. 7 (Reuters) -`),
with a time (`Courtline (June 3, 2025, 5:40 PM EDT) --`), in title case closed by the
agency (`Brussels, 26 November 2026 (EPN) –`), or a place and a colon before a long
paragraph (`New Delhi: The government ...`). `settle_stamp` settles a date that reads two
ways by the dateline's date (`settle_by_lead_weekday` by the weekday the first paragraph names); `time_from_dateline`
takes the dateline's time, or its day when nothing else dates the story; `settle_day_first`
reads an ambiguous date day first.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from briefs.sources import vocab
from briefs.sources.corrections import is_correction_note
from briefs.sources.pubtime import AmbiguousDate, PublicationTime, localize, parse_time_line, stated_zone

# A Japanese or Korean paper's dateline names the place and the writer in brackets: `[Manila = Yui Kurosawa]`,
# `【Seoul = Kim Min-ji】`.
_PLACE_AND_WRITER = re.compile(r"^(?P<dateline>[\[【(](?P<place>[^\]】)=]{2,30}?)\s*=\s*(?P<writer>[^\]】)=]{3,40}?)[\]】)])\s*(?=\S)")


# A broadcaster's dateline: the place in title case, its own initials, a dash: `Taipei, Taiwan CNN —`, `Hong Kong CNN —`.
_PLACE_AND_OUTLET = re.compile(
    r"^(?P<dateline>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}(?:,\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})?\s+[A-Z]{2,5})\s*[—–]\s*(?=\S)"
)


def writer_in_dateline(dateline: str | None) -> str | None:
    """The writer a dateline names (`[Manila = Yui Kurosawa]`: Yui Kurosawa), or None."""
    found = _PLACE_AND_WRITER.match(f"{dateline} x") if dateline else None
    return found["writer"].strip() if found else None


def split_dateline(text: str) -> tuple[str | None, str]:
    """Split `WASHINGTON — The president…` (or `Köln (dpa) - Der Pegel…`) into the dateline and the rest.

    A dateline may hold the publication time: `Courtline (June 3, 2025, 5:40 PM EDT) -- A panel...`.
    """
    if is_correction_note(text):  # `CLARIFICATION — This article has been updated ...` names no place
        return None, text
    if _ASKED.search(text) and ":" in text[:_SPEAKER_LABEL_MAX_CHARS]:
        return None, text  # `CCTV: Could you share more ...?`: a briefing's question, its asker's outlet first
    outlet = _PLACE_AND_OUTLET.match(text)
    if outlet:  # `Taipei, Taiwan CNN — Taiwan's coast guard said ...`
        return outlet["dateline"], text[outlet.end() :]
    placed_writer = _PLACE_AND_WRITER.match(text)
    if placed_writer:  # `[Manila = Yui Kurosawa] The Japan Coast Guard ...`
        return placed_writer["dateline"], text[placed_writer.end() :]
    agency = (vocab.AGENCY_DATELINE.match(text) or vocab.DATED_AGENCY_DATELINE.match(text)
              or vocab.DATE_AGENCY_DATELINE.match(text))
    if agency:
        return agency["dateline"].strip(), text[agency.end() :]
    timed = vocab.TIMED_DATELINE.match(text)
    if timed and parse_time_line(timed["time"]) is not None:
        return timed["dateline"].strip(), text[timed.end() :]
    titled = vocab.TITLE_CASE_DATELINE.match(text)
    if titled:
        return titled["dateline"].strip(), text[titled.end() :]
    placed = vocab.PLACE_COLON_DATELINE.match(text)
    if placed and _is_place_dateline(placed["dateline"], text[placed.end() :]):
        return placed["dateline"], text[placed.end() :]
    match = vocab.DATELINE.match(text)
    if not match:
        return None, text
    first_word = re.sub(r"[^A-Za-z]", "", match["dateline"].split()[0])
    if len(first_word) < vocab.DATELINE_MIN_CAPS or not first_word.isupper():
        return None, text
    return match["dateline"].strip(" ,"), text[match.end() :]


# A story's opening paragraph reports; a question with its asker's label before a colon is a transcript's.
_ASKED = re.compile(r"\?[\"”’]?$")
_SPEAKER_LABEL_MAX_CHARS = 32


# A place's colon opens a long paragraph; a short one after a colon is a label's value.
_PLACE_DATELINE_MIN_WORDS = 15


def _is_place_dateline(place: str, rest: str) -> bool:
    return (
        len(rest.split()) >= _PLACE_DATELINE_MIN_WORDS
        and not any(word.casefold() in vocab.NOT_A_PLACE | vocab.STOP_WORDS | vocab.INTERFACE_WORDS for word in re.split(r"[ -]", place))
    )


def settle_stamp(stamp: PublicationTime | AmbiguousDate | None, dateline: str | None) -> PublicationTime | AmbiguousDate | None:
    """Settle a numeric date that reads two ways with the dateline's date: `PARIS, Feb. 7 (Reuters)`.

    A date that stays ambiguous is kept as such (`settle_order` tries weaker clues next):
    `published` is then null and both readings are reported.
    """
    if not isinstance(stamp, AmbiguousDate):
        return stamp
    for month, day in dateline_dates(dateline or ""):
        settled = stamp.settle(month, day)
        if settled:
            return settled
    return stamp


# A weekday the lead names as the day something happened: not one still to come (`this Sunday`,
# `by Friday`, `from Monday`), which says nothing of the day the story was written.
_WEEKDAY_OF_EVENT = re.compile(
    r"(?<!\bthis )(?<!\bnext )(?<!\bcoming )(?<!\buntil )(?<!\btill )(?<!\bby )(?<!\bfrom )(?<!\bbefore )"
    r"(?<!\bstarting )(?<!\bbeginning )(?<!\bthrough )\b(?P<weekday>[A-Z][a-z]+day)\b"
)


def settle_by_lead_weekday(stamp: PublicationTime | AmbiguousDate | None, first_paragraph: str) -> PublicationTime | AmbiguousDate | None:
    """A numeric date that reads two ways, settled by the weekday the first paragraph names
    (`... on Friday`) when exactly one reading falls on it or the day after: news reports an
    event on the day or the day before. (A weekday printed on the time line itself is used by
    `briefs.sources.pubtime`.)"""
    if not isinstance(stamp, AmbiguousDate):
        return stamp
    named = {vocab.TIMELINE_WEEKDAYS[found["weekday"]] for found in _WEEKDAY_OF_EVENT.finditer(first_paragraph)
             if found["weekday"] in vocab.TIMELINE_WEEKDAYS}
    fitting = [reading for reading in stamp.readings if {reading.weekday(), (reading.weekday() - 1) % 7} & named]
    if len(fitting) == 1:
        return stamp.settle(fitting[0].month, fitting[0].day)
    return stamp


# Zones whose countries write numeric dates day first (India, Pakistan, the Gulf, Australia, New
# Zealand, Hong Kong, Singapore, Malaysia, Britain, Europe, Africa), and month first (the US).
# Not AST, which names both Arabia (day first) and the Atlantic (Puerto Rico: month first).
_DAY_FIRST_ZONES = frozenset(
    "IST PKT GST AEDT AEST ACDT ACST AWST NZDT NZST HKT SGT MYT BST CET CEST EET EEST WET WEST SAST EAT WAT CAT".split()
)
_MONTH_FIRST_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST".split())
# A zone printed as its offset: `GMT+1`, `UTC-05:00`. Offsets +0 to +3 are Europe's and Africa's, which
# write the day first; -4 to -8 are North America's, which writes the month first. Others are mixed.
_GMT_OFFSET = re.compile(r"^(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?\d{2})?$")
# Europe, Africa, South America's east, the Gulf, South and Southeast Asia, Australia and New Zealand write
# the day first; UTC+8 is left out (the Philippines write the month first) and so are +9 (Japan and Korea
# put the year first, so their numeric dates seldom read two ways) and -4 (EDT as well as Chile).
_DAY_FIRST_OFFSETS = frozenset({-3, 0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13})
_MONTH_FIRST_OFFSETS = frozenset({-4, -5, -6, -7, -8})


def settle_by_zone(stamp: PublicationTime | AmbiguousDate | None) -> PublicationTime | AmbiguousDate | None:
    """A numeric date that reads two ways, read in the order of the country its zone names
    (`11/03/2025, 14:05 IST`: 11 March; `09/10/2024 3:45 PM EDT`: September 10)."""
    if not isinstance(stamp, AmbiguousDate) or not stamp.zone_name:
        return stamp
    zone = stamp.zone_name.upper()
    offset = _GMT_OFFSET.match(zone)
    if offset is not None:  # `GMT+1`: Europe's offsets write the day first; the Americas' the month
        hours = int(offset["hours"]) * (-1 if offset["sign"] == "-" else 1)
        if hours in _DAY_FIRST_OFFSETS:
            return _settle_in_order(stamp, day_first=True)
        if hours in _MONTH_FIRST_OFFSETS:
            return _settle_in_order(stamp, day_first=False)
    if zone in _DAY_FIRST_ZONES:
        return _settle_in_order(stamp, day_first=True)
    if zone in _MONTH_FIRST_ZONES:
        return _settle_in_order(stamp, day_first=False)
    return stamp


# `IST` names three zones: India's (the table's reading), Israel's and Ireland's. The page's own
# words tell which country it writes from.
_IST_COUNTRIES = {
    "Asia/Jerusalem": re.compile(r"\b(Israel|Israeli|Jerusalem|Tel Aviv|Knesset|IDF|Hebrew|shekels?)\b"),
    "Europe/Dublin": re.compile(r"\b(Ireland|Irish|Dublin|Taoiseach|Dáil|Gardaí|Cork|Galway)\b"),
}
_INDIA = re.compile(r"\b(India|Indian|New Delhi|Delhi|Mumbai|Bengaluru|Kolkata|Chennai|crore|lakh|Rs)\b")


def settle_ist(stamp: PublicationTime | AmbiguousDate | None, page: list[str]) -> PublicationTime | AmbiguousDate | None:
    """`2025-01-28 23:02 IST` on a page that writes of Israel (or Ireland) more than of India: that
    country's time, the clock kept as printed."""
    if not isinstance(stamp, PublicationTime) or (stamp.zone_name or "").upper() != "IST" or stamp.value.tzinfo is None:
        return stamp
    text = "\n".join(page)
    india = len(_INDIA.findall(text))
    counts = {zone: len(pattern.findall(text)) for zone, pattern in _IST_COUNTRIES.items()}
    zone, count = max(counts.items(), key=lambda item: item[1])
    if count <= india:
        return stamp
    wall = stamp.value.replace(tzinfo=None)
    return PublicationTime(localize(wall, ZoneInfo(zone)), stamp.zone_name, stamp.has_time)


def settle_stated_zone(stamp: PublicationTime | AmbiguousDate | None, page: list[str]) -> PublicationTime | AmbiguousDate | None:
    """A clock printed with no zone, on a page that states whose clock all its times are (`All times AEST (GMT +10).`
    in its footer): that zone's time, the clock kept as printed."""
    if not isinstance(stamp, PublicationTime) or not stamp.has_time or stamp.value.tzinfo is not None:
        return stamp
    stated = next((found for line in page if (found := stated_zone(line)) is not None), None)
    if stated is None:
        return stamp
    zone, name = stated
    return PublicationTime(localize(stamp.value, zone), stamp.zone_name or name, stamp.has_time)


def time_from_dateline(
    stamp: PublicationTime | AmbiguousDate | None, dateline: str | None
) -> PublicationTime | AmbiguousDate | None:
    """The time a dateline gives (`Courtline (June 3, 2025, 5:40 PM EDT)`), when the time line gives none.

    It replaces no time line at all, or one with the same day and no clock time (`Tuesday, 6/3/2025`).
    """
    timed = vocab.TIMED_DATELINE.match(f"{dateline} -- x") if dateline else None
    found = parse_time_line(timed["time"]) if timed else None
    if stamp is None and dateline and not isinstance(found, PublicationTime):
        return _dateline_day(dateline)  # `Brussels, 26 November 2026 (EPN)`: the day, when nothing else dates the story
    if not isinstance(found, PublicationTime) or not found.has_time:
        return _clock_of_the_day(stamp, dateline) if dateline else stamp
    day = found.value.date()
    if stamp is None or isinstance(stamp, PublicationTime) and not stamp.has_time and stamp.value.date() == day:
        return found
    if isinstance(stamp, AmbiguousDate) and any(reading.date() == day for reading in stamp.readings):
        return found
    return stamp


# A day, its month and a clock in a dateline with no year: `Rome, 13 Mar 06:12 - (Orbis)`.
_DAY_MONTH_CLOCK = re.compile(
    r",\s*(?:(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2,8})|(?P<month2>[A-Z][a-z]{2,8})\.?\s+(?P<day2>\d{1,2}))\.?,?\s+"
    r"(?P<clock>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)"
)


def _clock_of_the_day(
    stamp: PublicationTime | AmbiguousDate | None, dateline: str
) -> PublicationTime | AmbiguousDate | None:
    """The time line's day with the clock a dateline gives it without the year (`Friday 13 March 2026` over
    `Rome, 13 Mar 06:12 - (Orbis) - ...`): only the same day and month."""
    found = _DAY_MONTH_CLOCK.search(dateline)
    if found is None or not isinstance(stamp, PublicationTime) or stamp.has_time:
        return stamp
    month = vocab.MONTHS.get((found["month"] or found["month2"]).lower())
    day = int(found["day"] or found["day2"])
    published = stamp.value.date()
    if (month, day) != (published.month, published.day):
        return stamp
    timed = parse_time_line(f"{published.isoformat()} {found['clock']}")
    return timed if isinstance(timed, PublicationTime) and timed.has_time else stamp


def _dateline_day(dateline: str) -> PublicationTime | None:
    """The day a dateline prints with its year after the place (`PORT CARROW, Dec. 2, 2026 /WireDesk/`)."""
    cleaned = re.sub(r"\([^()]*\)|/[^/]*/", " ", dateline).strip()
    if vocab.DATE_AGENCY_DATELINE.match(f"{dateline} - x"):  # `December 3, 2026 (LBO)`: the date is all there is
        found = parse_time_line(cleaned) if re.search(r"\d{4}", cleaned) else None
        return found if isinstance(found, PublicationTime) else None
    place, _, rest = cleaned.partition(",")
    found = parse_time_line(rest) if rest and re.search(r"\d{4}", rest) else None
    return found if isinstance(found, PublicationTime) else None


def settle_day_first(stamp: PublicationTime | AmbiguousDate | None) -> PublicationTime | AmbiguousDate | None:
    """`03/06/2025` read as 3 June: outlets writing French, German, Spanish and the other languages
    whose stop words `briefs.sources.body_lines` knows put the day first (only US English puts the month first)."""
    if not isinstance(stamp, AmbiguousDate):
        return stamp
    return _settle_in_order(stamp, day_first=True)


def settle_by_spelling(
    stamp: PublicationTime | AmbiguousDate | None, texts: list[str]
) -> PublicationTime | AmbiguousDate | None:
    """`11/03/2025` over a story spelled the American way (`Community Center`, `neighbors`, `defense`) read as
    3 November: only US English puts the month first. Unsettled when both spellings occur, or neither."""
    if not isinstance(stamp, AmbiguousDate):
        return stamp
    words = [word.casefold() for text in texts for word in _WORD.findall(text)]
    american = sum(word in _AMERICAN_SPELLINGS for word in words)
    british = sum(word in _BRITISH_SPELLINGS for word in words)
    if american >= _SPELLINGS_MIN and not british:
        return _settle_in_order(stamp, day_first=False)
    return stamp


_WORD = re.compile(r"[A-Za-z]+")
# Words whose spelling tells US English from British (and Commonwealth) English: the pair, in both lists.
_SPELLING_PAIRS = (
    ("center", "centre"), ("centers", "centres"), ("color", "colour"), ("colors", "colours"), ("neighbor", "neighbour"),
    ("neighbors", "neighbours"), ("neighborhood", "neighbourhood"), ("neighborhoods", "neighbourhoods"),
    ("favor", "favour"), ("labor", "labour"), ("defense", "defence"), ("honor", "honour"), ("behavior", "behaviour"),
    ("organization", "organisation"), ("organizations", "organisations"), ("organized", "organised"),
    ("recognized", "recognised"), ("realized", "realised"), ("traveled", "travelled"), ("canceled", "cancelled"),
    ("program", "programme"), ("programs", "programmes"), ("theater", "theatre"), ("meter", "metre"),
    ("meters", "metres"), ("liter", "litre"), ("gray", "grey"), ("analyze", "analyse"), ("apologize", "apologise"),
    ("criticized", "criticised"), ("emphasized", "emphasised"), ("authorized", "authorised"), ("license", "licence"),
)
_AMERICAN_SPELLINGS = frozenset(american for american, _ in _SPELLING_PAIRS)
_BRITISH_SPELLINGS = frozenset(british for _, british in _SPELLING_PAIRS)
_SPELLINGS_MIN = 1


# A numeric date as pages print them: `21/11/2024`, `09.01.2025`, `3-14-2025`.
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?P<first>\d{1,2})(?P<separator>[/.-])(?P<second>\d{1,2})(?P=separator)(?:\d{4}|\d{2})(?![\d/.-])")


# A date written year first, which reads one way only: a story's address (`/2026/12/01/`), an ISO date.
_YEAR_FIRST_DATE = re.compile(r"(?<!\d)(?<!\d[/.-])(?P<year>(?:19|20)\d\d)(?P<separator>[/-])(?P<month>\d{1,2})(?P=separator)(?P<day>\d{1,2})(?!\d)")


def _settle_by_year_first(stamp: AmbiguousDate, texts: list[str]) -> PublicationTime | None:
    """The reading the page prints again year first (`Posted: 12/01/2026` over a link ending
    `/2026/12/01/bakery-to-close`), when exactly one reading is printed so."""
    printed = {(int(found["year"]), int(found["month"]), int(found["day"]))
               for text in texts for found in _YEAR_FIRST_DATE.finditer(text)}
    matching = [reading for reading in stamp.readings if (reading.year, reading.month, reading.day) in printed]
    if len(matching) != 1:
        return None
    return stamp.settle(matching[0].month, matching[0].day)


def settle_by_page_dates(stamp: PublicationTime | AmbiguousDate | None, texts: list[str]) -> PublicationTime | AmbiguousDate | None:
    """A numeric date that reads two ways, read as the page prints it again year first (a link's
    `/2025/03/12/`), or in the order the page's other dates show (`12/03/2025` on a page that
    also prints `21/11/2024`: day first). Unsettled when the page shows both orders or neither."""
    if not isinstance(stamp, AmbiguousDate):
        return stamp
    printed = _NUMERIC_DATE.search(stamp.text)
    if printed is None:
        return stamp
    by_year_first = _settle_by_year_first(stamp, texts)
    if by_year_first is not None:
        return by_year_first
    orders = set()
    for text in texts:
        for found in _NUMERIC_DATE.finditer(text):
            if found["separator"] != printed["separator"]:
                continue
            first, second = int(found["first"]), int(found["second"])
            if first > 12 >= second:
                orders.add("day first")
            elif second > 12 >= first:
                orders.add("month first")
    if len(orders) != 1:
        return stamp
    return _settle_in_order(stamp, day_first=orders == {"day first"})


# A month named with its day in the story (`June 23`, `23 June`, `Sept. 4`): the story's own calendar.
def _year_after(group: str) -> str:
    """A year printed after a day or a month (`April 2, 2027`, `in April 2027`), captured as `group`."""
    return r"(?:,?\s+(?P<" + group + r">(?:19|20)\d\d)\b)?"


_DAY_OF_NAMED_MONTH = re.compile(
    r"\b(?P<before>" + vocab.ENGLISH_MONTH + r")\s+\d{1,2}\b(?!\s*(?:%|per))" + _year_after("year_before")
    + r"|\b\d{1,2}\s+(?P<after>" + vocab.ENGLISH_MONTH + r")\b" + _year_after("year")
)
# A month named after a word that dates it: `in March`, `by the end of December`, `from January` (`May` alone may be a name).
_NAMED_MONTH = re.compile(
    r"\b(?:in|by|from|until|since|before|after|of|early|late|mid)[-\s]+(?P<month>(?!May\b)" + vocab.ENGLISH_MONTH + r")\b"
    + _year_after("year")
)
# A date the story names is this many months from the one its publication date reads as, or nearer.
_NEAR_MONTHS = 2


def settle_by_named_months(
    stamp: PublicationTime | AmbiguousDate | None, texts: list[str]
) -> PublicationTime | AmbiguousDate | None:
    """A numeric date that reads two ways, read as the one near the dates the story names with
    their months (`12/06/2025` over a story about a display `on Monday, June 23`: 12 June).
    Unsettled when the named dates sit near both readings, or near neither."""
    if not isinstance(stamp, AmbiguousDate):
        return stamp
    months = [(vocab.TIMELINE_MONTHS[found["before"] or found["after"]], found["year_before"] or found["year"])
              for text in texts for found in _DAY_OF_NAMED_MONTH.finditer(text)]
    near = [sum(_month_gap(month, year, reading) <= _NEAR_MONTHS for month, year in months) for reading in stamp.readings]
    if near[0] == near[1] and near[0]:
        # near both (`on Dec. 10` by `12/2/2026`, December or February): the nearer reading, by the months between
        near = [-sum(_month_gap(month, year, reading) for month, year in months) for reading in stamp.readings]
    if near[0] == near[1]:
        # months named without a day (`by the end of December`, `from January`), when the days named settle nothing
        months = [(vocab.TIMELINE_MONTHS[found["month"]], found["year"])
                  for text in texts for found in _NAMED_MONTH.finditer(text)]
        near = [sum(_month_gap(month, year, reading) <= _NEAR_MONTHS for month, year in months) for reading in stamp.readings]
    if near[0] == near[1]:
        return stamp
    chosen = stamp.readings[near.index(max(near))]
    return stamp.settle(chosen.month, chosen.day) or stamp


def _month_gap(month: int, year: str | None, reading: datetime) -> int:
    """Months between a month the story names and a reading; a month named with its year
    (`in April 2027`) is that far, one named alone is the nearest such month, either side."""
    if year:
        return abs(int(year) * 12 + month - (reading.year * 12 + reading.month))
    return min((month - reading.month) % 12, (reading.month - month) % 12)


def _settle_in_order(stamp: AmbiguousDate, day_first: bool) -> PublicationTime | AmbiguousDate:
    """The reading whose first two numbers as printed are day and month (`day_first`), or month and day."""
    numbers = [int(number) for number in re.findall(r"\d+", stamp.text)[:2]]
    if len(numbers) < 2:
        return stamp
    first, second = numbers
    return (stamp.settle(second, first) if day_first else stamp.settle(first, second)) or stamp


def settle_before(stamp: AmbiguousDate, update: PublicationTime) -> PublicationTime | AmbiguousDate:
    """Settle a first-publication date with the update time the page also prints: a story is first
    published before it is updated, so when exactly one reading is not later than the update (and
    within the _UPDATE_REACH before it), that reading is the date (`Updated: March 12, 2025 14:35` /
    `First published on: 12-03-2025 at 09:10`: 12 March, not 3 December)."""
    later = update.value.replace(tzinfo=None)
    fitting = [reading for reading in stamp.readings if later - _UPDATE_REACH <= reading.replace(tzinfo=None) <= later]
    if len(fitting) != 1:
        return stamp
    return PublicationTime(fitting[0], stamp.zone_name, stamp.has_time)


# An update comes within this long of the first publication, for settling a date by it.
_UPDATE_REACH = timedelta(days=31)


def dateline_dates(dateline: str) -> list[tuple[int, int]]:
    """The (month, day) pairs a dateline names: `PARIS, Feb. 7 (Reuters)` -> [(2, 7)]."""
    found = []
    for match in _MONTH_AND_DAY.finditer(dateline):
        name, number = (match[1], match[2]) if match[1] else (match[4], match[3])
        found.append((vocab.MONTHS[name.lower()], int(number)))
    return found


# A month's name and a day, either way round. Only months' names are tried, so a weekday before the day
# (`Saturday 12 December`) does not take the number the month needs.
_MONTH_NAMES_ALONE = sorted((re.escape(name) for name in vocab.MONTHS if name not in vocab.MONTH_WORDS_ALSO_ENGLISH),
                            key=len, reverse=True)
_MONTH_AND_DAY = re.compile(
    r"\b(" + "|".join(_MONTH_NAMES_ALONE) + r")\.?\s*(\d{1,2})\b"
    r"|\b(\d{1,2})\s+(" + "|".join(_MONTH_NAMES_ALONE) + r")\b",
    re.I,
)
