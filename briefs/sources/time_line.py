"""The time line of a pasted article's header: a publication time, and the texts sharing its line.

Outlets print the time in many ways around the date itself (`briefs.sources.pubtime` reads
the date): alone (`16:09 JST, February 7, 2025`), glued to a word (`Politics16:09 JST, ...`),
between separators (`By Jane Roe | Feb. 7, 2025`), after a place (`Madrid, 7 de febrero de
2025`) or beside an update time (`Feb 7, 2025, updated Feb 8`). `find_time` returns the time
and the other texts, which the header reads as labels (a section, a byline, never the
headline). A time line is short: longer lines are not tried, since reading dates is the
costly part.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefs.sources import vocab
from briefs.sources.pubtime import (
    AmbiguousDate,
    PublicationTime,
    full_date,
    is_relative_day_time,
    parse_time_line,
    split_glued_time,
)

# A time line is short; longer lines are not tried (reading dates is the costly part).
TIME_LINE_MAX_CHARS = 160
# Lines repeat across the parser's steps (clutter, header, headline choice); their tests are cached.
_CACHED_LINES = 4096


def find_time(text: str) -> tuple[PublicationTime | AmbiguousDate, list[str]] | None:
    """A time on a header line, with the other texts sharing the line.

    Reads `16:09 JST, February 7, 2025`, a time glued to a word (`Politics16:09 JST, ...`)
    and a time between separators (`By Jane Roe | Feb. 7, 2025`).
    """
    opening = vocab.DATE_AGENCY_DATELINE.match(text)
    if opening and len(text[opening.end() :].split()) >= _DATELINED_SENTENCE_MIN_WORDS:
        return None  # `December 3, 2026 (LBO) – Sri Lanka's central bank kept ...`: the first paragraph, datelined
    found = _find_time(text)
    if found is None and (buttons := _BUTTONS_BEFORE.match(text)) and buttons.end() < len(text):
        # `0 Comment(s)Print E-mail Huaxin, December 13, 2026`: copying glued a toolbar's words to the source and date
        found = _find_time(text[buttons.end() :])
    if found is None and (label := vocab.SOURCE_LABEL_FIRST.match(text)):
        # `Source: The Straits Courier, 1 December 2026`, as a reader notes where an excerpt came from
        found = _find_time(text[label.end() :])
    if found is None and (after := _BUTTONS_AFTER.search(text)) and after.start() > 0:
        found = _find_time(text[: after.start()])  # `Published 30 Nov 2026 06:00    0 Comments`
    if found is None and (bracket := _OUTLET_AFTER_DATE.search(text)) and bracket.start() > 0:
        found = _find_time(text[: bracket.start()])  # `January 1, 2027 (Kanto Daily Japan)`: the paper after its date
    if found is None and (folio := _FOLIO.match(text)):
        # a printed page's running head: `THE SOUTHERN LANTERN Thursday, October 9, 2025 5`, `6 THE DAILY POST ...`
        found = _find_time(folio["head"])
        found = (found[0], (*found[1], folio["page"] or folio["page_after"])) if found else None
    if found is None or any(_KEPT_LABEL.match(part.strip()) for part in found[1]):
        return None  # `Saved Dec 3, 2026`: when a read-later app kept the page, not when it was published
    # `By Lieke de Groot on Monday, 13 January 2025 - 18:05`: the date's weekday stays with the date, not the name
    rest = [_WEEKDAY_AT_END.sub("", part).strip(" ,;|-–—") for part in found[1]]
    return found[0], [part for part in rest if part]


# A toolbar's words before a time line, glued or spaced: a comment count, `Print`, `E-mail`, `Share`.
_TOOLBAR_WORD = r"(?:\d+\s*comments?(?:\(s\))?|comments?\s*\(\d+\)|print|e-?mail|share|favou?rite|save)"
_BUTTONS_BEFORE = re.compile(r"^(?:\s*" + _TOOLBAR_WORD + r"(?=(?-i:[A-Z])|\s|$))+\s*", re.I)
# ... and after it: `    0 Comments`, `| Print | Share`.
_BUTTONS_AFTER = re.compile(r"(?:\s*[|•·]?\s*" + _TOOLBAR_WORD + r")+\s*$", re.I)
# The outlet in brackets after the date, as a Japanese daily's English page prints it: `(Kanto Daily Japan)`.
_OUTLET_AFTER_DATE = re.compile(r"(?<=\d)\s*\((?-i:[A-Z])[\w .'’&-]{1,40}\)$")
# A dateline of a date and an agency opens a paragraph of at least this many words.
_DATELINED_SENTENCE_MIN_WORDS = 6
# A read-later app's label of the day the reader kept the page.
_KEPT_LABEL = re.compile(r"^(?:saved|added|bookmarked|archived|clipped)(?: to [\w ]{2,30})?(?: on)?$", re.I)
# A printed page's running head: its number before or after the paper's name in capitals and the date.
_FOLIO = re.compile(
    r"^(?:(?P<page>\d{1,3})\s+)?(?P<head>(?:THE\s+)?[A-Z][A-Z'’.&-]+(?:\s+[A-Z][A-Z'’.&-]+){0,4}\s+\S.*?\d{4})"
    r"(?:\s+(?P<page_after>\d{1,3}))?$"
)


# A weekday closing the text before a date (`Nourhan Adel, Monday` / `14 Apr 2025`), maybe after `on`.
_WEEKDAY_AT_END = re.compile(
    r"(?:\s+on)?[\s,]+(?:" + "|".join(sorted(vocab.WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s*$", re.I
)


@lru_cache(maxsize=_CACHED_LINES)
def _find_time(text: str) -> tuple[PublicationTime | AmbiguousDate, tuple[str, ...]] | None:
    if vocab.DATE_SPAN.match(text):  # `3 April 1938 – 2 February 2025`: a life, not a publication
        return None
    if "|" in text:  # `Updated ... EDT|Published ... EDT`, `Source: ZNA| 2025-11-04`: copying glued a part to the bar
        text = _GLUED_BAR.sub(" | ", text)
    # `Published Dec. 15, 2026Updated Dec. 15, 2026, 7:52 a.m. ET`: copying glued the update's label to the year
    text = _LABEL_GLUED_TO_YEAR.sub(" ", text)
    source = _SOURCE_AFTER_TIME.search(text)  # `2025年02月07日 11:26 来源：Jinghua English Daily`: the source after the time
    if source is not None and source.start() > 0:
        found = _find_time(text[: source.start()])
        if found is not None:
            return found[0], found[1] + (source.group(0).strip(),)
    span = _published_part(text)
    if span is not None:  # `Updated on Mar 18, 2025 6:17 PM EDT — Published on Mar 18, 2025 1:42 PM EDT`
        label, start, end = span
        found = _find_time(text[start:end])
        if found is not None:
            # what stood before the label (`Mia Rennick · The Maple Press ·`) and the update after it stay apart
            before = [part.strip(" —–-|•·:") for part in _TIME_LINE_SEPARATOR.split(text[:label])]
            rest = tuple(part for part in (*before, text[end:].strip(" —–-|•·:")) if part)
            return found[0], found[1] + rest
    first_clock = _FIRST_CLOCK.search(text)
    if first_clock is not None and first_clock.start() > 0:
        stamp = parse_time_line(text[: first_clock.start()])
        if isinstance(stamp, PublicationTime) and stamp.has_time:
            return _with_first_clock(stamp, first_clock), (first_clock.group(0).strip(" ,;"),)
    stamp = parse_time_line(text)
    if stamp is not None:
        return stamp, ()
    for time_part, other in _time_parts(text):
        stamp = parse_time_line(time_part)
        if stamp is not None:
            return stamp, (other,)
    outlet = _TRAILING_OUTLET.match(text)  # `Wednesday April 16 2025, 12.01am BST, The Dispatch`
    if outlet is not None:
        stamp = parse_time_line(outlet["time"])
        if isinstance(stamp, PublicationTime):
            return stamp, (outlet["outlet"],)
    labelled = _LABELLED_TIME_AFTER.search(text)  # `By Owen Fairweather Ledger Staff,Updated April 14, 2026, 6:00 a.m.`
    if labelled is not None and labelled.start() > 0:
        stamp = parse_time_line(text[labelled.end() :])
        if isinstance(stamp, PublicationTime):
            return stamp, (text[: labelled.start()].strip(),)
    glued = split_glued_time(text)
    if glued is not None:
        before, stamp, after = glued
        return stamp, tuple(part for part in (before, after) if part)
    parts = _TIME_LINE_SEPARATOR.split(text)
    if len(parts) < 2:
        return None
    found = None
    for start in range(len(parts)):  # the longest run of parts that reads as one time: "Feb 7, 2025 - 16:09"
        for end in range(len(parts), start, -1):
            stamp = parse_time_line(" ".join(parts[start:end]))
            if stamp is not None:
                if not vocab.UPDATED_LABEL.search(parts[start]):
                    return stamp, tuple(parts[:start] + parts[end:])
                found = found or (stamp, tuple(parts[:start] + parts[end:]))  # `Updated ... | Published ...`
                break
    return found


_LABEL_GLUED_TO_YEAR = re.compile(r"(?<=\d{4})(?=(?:Updated|Published|Posted|Modified|Last updated)\b)")
# A labelled time after a comma or a dot on the byline's line, as a page glues them: `..., Staff,Updated April 14, ...`.
_LABELLED_TIME_AFTER = re.compile(r"[,·•]\s*(?=(?i:updated|published|posted|first published|last updated)\b)")


def _published_part(text: str) -> tuple[int, int, int] | None:
    """Where the `Published` label of a line that prints it beside an update stands, and its time: from the
    label's end to the update's label, or to the end when the update comes first."""
    updated, published = vocab.UPDATED_LABEL.search(text), vocab.PUBLISHED_LABEL.search(text)
    if updated is None or published is None:
        return None
    end = updated.start() if published.start() < updated.start() else len(text)  # `Input 2025.03.11 14:20 | Modified ...`
    return (published.start(), published.end(), end) if text[published.end() : end].strip(" |•·—–-:") else None


_SOURCE_AFTER_TIME = re.compile(r"\s+(?:来源|來源|출처|source)\s*[:：].{1,60}$", re.I)
# A time line closed by the outlet's name after a comma: `Wednesday April 16 2025, 12.01am BST, The Dispatch`.
_TRAILING_OUTLET = re.compile(r"^(?P<time>.*\d.*?),\s+(?P<outlet>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})$")
# Between the parts of a time line: a list's separators, and a slash between spaces
# (`COURIER.net / 06:15 AM March 10, 2026`); a slash inside a date (`10/03/2026`) has none.
_TIME_LINE_SEPARATOR = re.compile(r"\s+[-–—|•·»›/●◆■▪]\s+")
_GLUED_BAR = re.compile(r"(?<=\S)\s?\|\s?(?=\S)")
# A place printed before the date on a time line: `Madrid, 7 de febrero de 2025 (17:20 CET)`;
# a label of a word or two before the clock time: `All News 15:20 June 03, 2025`.
_PLACE_BEFORE_DATE = re.compile(r"^(?P<place>[^\W\d_][\w .'’-]{1,30}),\s+(?=\d)")
# The clock after a date in full, and what may follow it; a name or an outlet beside the date is a few
# capitalised words (`by Daniel Koh`), never a sentence.
# (a zone's letters are capitals: `4:10 p.m. State Department Briefing Room` names a place, no zone)
# (an hour alone with its half of the day, and a US zone in words: `Dec. 1, 2026 6 AM Central`)
_CLOCK_AFTER = re.compile(
    r"\s*[,|•·]?\s*\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
    r"(?:\s+(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?|(?-i:\s+[A-Z]{2,5}\b)"
    r"|(?-i:\s+(?:Eastern|Central|Mountain|Pacific)(?: (?:Standard |Daylight )?Time)?\b))?",
    re.I,
)
_READING_TIME = re.compile(r"^[|•·]?\s*\d{1,3}\s*min(ute)?s?( read)?$", re.I)
# Where a briefing was held, after its clock: `Monday, November 3, 2025, 4:10 p.m. Ministry of Foreign Affairs Press
# Conference Room`.
_VENUE_AFTER_CLOCK = re.compile(
    r"^(?:[A-Z][\w.'’-]*|of|the|and|for|de|&)(?: (?:[A-Z][\w.'’-]*|of|the|and|for|de|&)){0,9} "
    r"(?:Room|Hall|Center|Centre|Building|Auditorium|Headquarters|Chamber|Office|Palace|House|Theater|Theatre)$"
)
# Several authors may share the line: `By Marisol Quintero-Hale and Benedikt Aramyan Sept. 16, 2025`.
_ONE_NAME = r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
# (the outlet in brackets after the names: `By Li Hong (People's Journal Online)`)
_NAME_BESIDE_DATE = re.compile(r"^(?:(?i:by)\s+)?" + _ONE_NAME + r"(?:(?:,\s*|,?\s+(?:and|&)\s+)" + _ONE_NAME + r"){0,3}"
                               r"(?:\s*\([^()]{2,40}\))?$")
# A clock printed before the date it belongs to: `14:37, December 13, 2026`.
_CLOCK_BEFORE_DATE = re.compile(r"(?:^|\s)(?P<clock>\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)\s*,?\s*$", re.I)
# A full timestamp opening the line, a few capitalised words after it: `2026-12-13 15:42:08 ECNA App Download`.
_TIMESTAMP_FIRST = re.compile(
    r"^(?P<time>\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?)\s+(?P<rest>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4})$"
)
# A release's number after its time: `, UNIQUE ID: 261210_12`, `| Ref: 2026/118`, `- Release No. 1187-26`.
_REFERENCE_AFTER = re.compile(r"\s*[,|–—-]\s*(?i:unique id|ref(?:erence)?(?: no\.?)?|release no\.?|press release no\.?)\s*:?\s*[\w/_.-]{2,20}$")
# A publication time's label after other fields on its line.
_PUBLISHED_LABEL_INSIDE = re.compile(
    r"(?<=\S)(?<!(?i:originally))(?<!(?i:first))\s+(?=(?i:published|posted|first published)(?:\s*:|\s+(?:(?i:on)\s+)?(?:\d|[A-Z][a-z]{2,})))"
)
# A byline after the date: `June 4, 2025 by Kwame Asante` (blogs print it so),
# and after the time's zone, in capitals: `21/01/2027 - 15:40 BRT (UTC-03:00) By Mariana Couto - ...`.
_BYLINE_AFTER_DATE = re.compile(r"(?:(?<=\d)|(?<=\))|(?<=\b(?-i:[A-Z]{3})))\s+(?=(?:by|par|por|von)\s+[A-Z])", re.I)
_LABEL_BEFORE_CLOCK = re.compile(r"^(?P<place>[^\W\d_]+(?: [^\W\d_]+)?)\s+(?=\d{1,2}:\d{2}\b)")


# The clock of a first publication on the update's day: `Updated March 3, 2026 — 5.00am, first published at 4.30am`.
_FIRST_CLOCK = re.compile(
    r"[,;]?\s*first published (?:at )?(?P<hour>\d{1,2})[.:](?P<minute>\d\d)\s*(?P<half>[ap])\.?m\.?$", re.I
)


def _with_first_clock(update: PublicationTime, found: re.Match[str]) -> PublicationTime:
    """The update's day with the first publication's clock."""
    hour = int(found["hour"]) % 12 + (12 if found["half"].lower() == "p" else 0)
    return PublicationTime(update.value.replace(hour=hour, minute=int(found["minute"])), update.zone_name, True)


def _time_parts(text: str) -> list[tuple[str, str]]:
    """Ways to split a time line into its publication part and the rest, to try in turn.

    Before `, updated ...`; after a place or a label; before a byline (`June 4, 2025 by ...`).
    """
    parts = []
    reference = _REFERENCE_AFTER.search(text)
    if reference is not None:  # `Brussels, 10/12/2026 - 14:35, UNIQUE ID: 261210_12`: a release's number after its time
        parts.extend((time_part, " | ".join(filter(None, (other, reference.group(0).strip(" ,;|-–—")))))
                     for time_part, other in [(text[: reference.start()], "")] + _time_parts(text[: reference.start()]))
    timestamp = _TIMESTAMP_FIRST.match(text)
    if timestamp is not None:  # `2026-12-13 15:42:08 ECNA App Download`: a source's or an app's name after the time
        parts.append((timestamp["time"], timestamp["rest"]))
    update = vocab.UPDATED_LABEL.search(text)
    if update is not None and update.start() > 0:
        parts.append((text[: update.start()].rstrip(" ,;|-–—"), text[update.start() :]))
    place = _PLACE_BEFORE_DATE.match(text) or _LABEL_BEFORE_CLOCK.match(text)
    if place is not None:
        parts.append((text[place.end() :], place["place"].strip()))
    author = _BYLINE_AFTER_DATE.search(text)
    if author is not None:
        parts.append((text[: author.start()], text[author.end() :]))
    dated = full_date(text)
    if dated is not None:  # `Baek Hyun-woo February 7, 2025`, `February 7, 2025 Ryukyu Shimpo`: a name beside the date
        clock = _CLOCK_AFTER.match(text, dated.end())
        end = clock.end() if clock else dated.end()
        weekday = _WEEKDAY_AT_END.search(text[: dated.start()])  # `Nourhan Adel, Monday 14 Apr 2025`
        start = weekday.start() if weekday else dated.start()
        before, after, dated_text = text[:start].strip(" ,;"), text[end:].strip(), text[start:end]
        clock_before = _CLOCK_BEFORE_DATE.search(before)
        if clock_before is not None:  # `By Li Hong (People's Journal Online) 14:37, December 13, 2026`
            before, dated_text = before[: clock_before.start()].strip(" ,;"), f"{dated_text} {clock_before['clock']}"
        after = _READING_TIME.sub("", after).strip()  # `... 4:09 PM 3 min read`
        if (before or after) and all(not part or _NAME_BESIDE_DATE.match(part) for part in (before, after)) or (
                (not before or before.lower().rstrip(".") in vocab.WEEKDAYS) and clock
                and _VENUE_AFTER_CLOCK.match(after)):
            parts.append((dated_text, " | ".join(part for part in (before, after) if part)))
    labelled = _PUBLISHED_LABEL_INSIDE.search(text)
    if labelled is not None:  # `Source: Global Courier Published: 2025/02/07 22:48`, `Kashif Abbasi | Newspaper Published February 7, 2025`
        parts.append((text[labelled.start() :], text[: labelled.start()].rstrip(" ,;|-–—")))
    return parts


# A labelled publication time opening its line: a story's sentence never opens so.
_PUBLISHED_FIRST = re.compile(r"^(published|posted|first published)(\s+on)?\s*:?\s+\d", re.I)


_PUBLISHED_GLUED_TO_UPDATE = re.compile(r"^published\b.*\d(?=updated\b)", re.I)


def body_time(text: str) -> PublicationTime | AmbiguousDate | None:
    """A time printed in the body: a date alone, or a note of the first publication.

    `This story was originally published February 26, 2025 at 5:00 AM.` closes some pages.
    """
    glued = split_glued_time(text) if _PUBLISHED_GLUED_TO_UPDATE.search(text) else None
    # (`Published Jan. 8, 2027Updated Jan. 8, 2027, 9:38 p.m. ET`: the first publication is the part before `Updated`)
    stamp = glued[1] if glued is not None and not glued[0] else parse_time_line(text)
    if stamp is None:
        note = vocab.PUBLISHED_NOTE.match(text)
        stamp = parse_time_line(note["date"]) if note else None
    if stamp is None and _PUBLISHED_FIRST.match(text):
        # `Published on 20 February 2025 at 17:30 CET · Updated on 21 February ...` under the story
        found = find_time(text)
        stamp = found[0] if found else None
    return stamp


def is_time_line(text: str) -> bool:
    """A short line that holds a publication time, or a clock on a day named from today (`Today, 6:12 am`)."""
    return len(text) <= TIME_LINE_MAX_CHARS and (find_time(text) is not None or is_relative_day_time(text))


def is_update_line(text: str) -> bool:
    """The line labels an update time (`Updated ...`), not the publication (`Published ..., updated ...`)."""
    return bool(vocab.UPDATED_LABEL.search(text)) and not vocab.PUBLISHED_LABEL.search(text)


def update_label_first(text: str) -> bool:
    """`Updated 3:15 PM EST, ...` labels the time after it; `Feb 7, 2025 Updated Feb 8` prints the first time bare."""
    label, digit = vocab.UPDATED_LABEL.search(text), re.search(r"\d", text)
    return label is not None and (digit is None or label.start() < digit.start())


def has_clock(text: str) -> bool:
    """A time line that gives a day and its clock (`December 23, 2026 - 11:04`), not a day alone."""
    found = find_time(text)
    return found is not None and isinstance(found[0], PublicationTime) and found[0].has_time


def is_story_time(text: str) -> bool:
    """A time line that dates a story rather than a page: labelled, or with its clock."""
    labelled = vocab.PUBLISHED_LABEL.search(text) or vocab.UPDATED_LABEL.search(text)
    return bool(labelled) or has_clock(text)


def is_date_line_alone(text: str) -> bool:
    """A time line with nothing beside it but a reading time: no byline, no outlet, no label."""
    found = find_time(text) if len(text) <= TIME_LINE_MAX_CHARS else None
    return found is not None and all(_READ_TIME.match(part) for part in found[1])


_READ_TIME = re.compile(r"^(?:read(?:ing)? time:?\s*)?\d{1,3}\s*(?:min(?:ute)?s?)(?:\s+read)?$", re.I)
