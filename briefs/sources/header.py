"""The header of a pasted article: where it ends, and what its lines are.

Everything above the body is read here by features of each line rather than by its exact
wording: its length, its share of interface words, its capitalisation, a date or time on it,
its repetition of another line, and its position (closeness to the time line, the byline and
the body). `split_header` finds where the header ends: at the time line near the top, else
at the first prose. `read_header` then chooses the headline first, by score over all header
lines (`briefs.sources.headline`), and reads the other lines in order around it: the time
line (`briefs.sources.time_line`), bylines (names only, `briefs.sources.byline`), a caption
(with evidence, `briefs.sources.caption`), a standfirst, the section label right above the
headline, breadcrumbs, fields (`Title: ...`), and clutter with its reason
(`briefs.sources.clutter`). `briefs.sources.pasted_text` runs the steps; the body's first
lines (captions, a byline, a stacked dateline, a headline printed under the time line) are
read by the modules named, the trailing lists, paragraphs and datelines by it.
"""

from __future__ import annotations

import bisect

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from briefs.model import DroppedLine
from briefs.sources import vocab
from briefs.sources.byline import (
    byline_blocks,
    clean_byline,
    is_names,
    names_before_outlet,
    names_comma_outlet,
    names_between_bars,
    is_person_name,
    is_reporter_with_place,
    join_continued_names,
    read_byline,
    report_byline_detail,
)
from briefs.sources.caption import (
    ALT_TEXT_REACH,
    CREDITED_CAPTION_MIN_WORDS,
    alt_texts,
    credit_under,
    ends_with_credit,
    has_caption_evidence,
    strip_credit,
    without_credit,
)
from briefs.sources.clutter import clutter_reason, is_button, is_field_label
from briefs.sources.headline import (
    bar_parts,
    choose_headline,
    ends_with_initials,
    is_name_shaped,
    is_outlet_name,
    join_wrapped_headline,
    last_headline_line,
    looks_like_headline,
    split_leading_marker,
    split_outlet_label,
)
from briefs.sources.lines import (
    LABEL_MAX_CHARS,
    STANDFIRST_MAX_WORDS,
    Header,
    HeaderContext,
    line_above_within,
    text_right_above,
    Line,
    is_label,
    is_post_sentence,
    is_prose,
    is_sentence,
    may_name_a_section,
    same_text,
    text_above,
    text_below,
)
from briefs.sources.pubtime import (
    AmbiguousDate,
    PublicationTime,
    adds_zone,
    day_month_by_weekday,
    day_month_in_year,
    parse_time_line,
    relative_day_time,
)
from briefs.sources.tail import list_heading_reason
from briefs.sources.time_line import (
    TIME_LINE_MAX_CHARS,
    find_time,
    has_clock,
    is_date_line_alone,
    is_story_time,
    is_time_line,
    is_update_line,
    update_label_first,
)

# The time line is looked for among the first content lines only: a network's two menus, copied whole, run to 45.
_HEADER_SEARCH_LINES = 80


_YEARLESS_TIME_MAX_CHARS = 40


def _is_yearless_time(text: str) -> bool:
    """`3.12. 14:05`, `March 12, 6 a.m. EDT`: a day and month with their clock, the year printed elsewhere on the
    page (read in `_read_day_month_by_copyright`). A leap year lets 29 February count."""
    found = day_month_in_year(text, 2000) if len(text) <= _YEARLESS_TIME_MAX_CHARS else None
    return found is not None and found.has_time


def split_header(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The header runs up to the time line when there is one near the top, else to the first prose.

    The first prose may be the standfirst instead, when a byline, a time line or a credited
    caption follows it (`_is_standfirst`); the header then runs to the next. A date alone atop
    the page, over the menu and a headline, is the site's date of today: the header runs on to
    the story's own time line, past a standfirst, or else as if there were none. Time lines
    printed one under the other (`Updated ...` / `Published ...`) all stay in the
    header. A time line under several paragraphs closes the article instead (a video page
    prints its date last), and a paste that opens with sentences and no headline has no header.
    """
    content = [line for line in lines if line.text]
    long_prose = prose = 0
    for index, line in enumerate(content[:_HEADER_SEARCH_LINES]):
        # `PUBLISHED: December 2, 2026 at 6:15 a.m. | UPDATED: ...` ends like a sentence and is still the time line.
        if is_prose(line.text) and not is_time_line(line.text):
            if not _may_open_story(content, index) or _headline_over_time(content, index):
                continue
            prose += 1
            long_prose += len(line.text.split()) > 20
            if _story_begun(content, index, prose, long_prose):
                break
            continue
        if is_time_line(line.text) or _is_yearless_time(line.text):
            while (following := _next_time_line(content, index)) is not None:
                index = following
            if _is_site_clock(content, index) or _box_time_over_story(content, index):
                # the site's clock of now atop its menu, or an alert box's time over the story: the story's time comes later
                index = _later_time_line(content, index)
            if _may_be_today(content, index) or _dated_again_below(content, index):
                # the site's date of today over its menu: the story's time comes later
                later = _later_time_line(content, index)
                if later == index and _headline_below(content, index):
                    break  # no time line for the story near the top: its header ends where its text begins
                index = later
            index = _headline_and_byline_under(content, index)
            cut = lines.index(content[index]) + 1
            return lines[:cut], lines[cut:]
    standfirst_seen = False
    for index, line in enumerate(content[:_HEADER_SEARCH_LINES]):
        if vocab.SUMMARY_HEADING.match(line.text) and any(looks_like_headline(above.text) for above in content[:index]):
            cut = lines.index(line)  # `What you need to know:` under the headline opens its box, over the story
            return lines[:cut], lines[cut:]
        if is_prose(line.text) or len(line.text.split()) > 30 or is_post_sentence(line.text):
            if not standfirst_seen and _is_standfirst(content, index):
                standfirst_seen = True
                continue
            cut = lines.index(line)
            if _opens_with_sentences(lines[:cut]):
                return [], lines
            return lines[:cut], lines[cut:]
    first = next((index for index, line in enumerate(lines) if line.text), None)
    if first is None or not looks_like_headline(lines[first].text):
        return [], lines
    return lines[: first + 1], lines[first + 1 :]


# A mark alone between two time lines, as a page sets its times side by side: `Updated ...` / `|` / `Published ...`.
_MARK_BETWEEN_TIMES = re.compile(r"^[|•·/–—-]$")


def _next_time_line(content: list[Line], index: int) -> int | None:
    """The index of the time line printed right under `content[index]`, maybe past a mark or a place alone, or None."""
    following = index + 1
    if following < len(content) and (_MARK_BETWEEN_TIMES.match(content[following].text) or _is_place(content[following].text)):
        following += 1  # (`10.12.2026` / `Brussels` / `Brussels, 10/12/2026 - 14:35`: the place the release was issued)
    return following if following < len(content) and is_time_line(content[following].text) else None


def _byline_and_time_below(content: list[Line], index: int) -> bool:
    """The byline right under the line, and the time line right under that (or on the byline's own line, or under a
    line about where the byline's writers reported from), and the story under them: a header's last lines. (A byline
    and a time closing the page, over its share bar, sign the story above them.)"""
    below = [line.text for line in content[index + 1 : index + 4]] + ["", "", ""]
    if not read_byline(below[0]):
        return False
    if find_time(below[0]) is not None:
        time_at = index + 1
    elif is_time_line(below[1]):
        time_at = index + 2
    elif len(below[1].split()) <= _REPORTED_FROM_MAX_WORDS and is_time_line(below[2]):
        time_at = index + 3
    else:
        return False
    return any(is_prose(line.text) for line in content[time_at + 1 : time_at + 1 + _STORY_UNDER_HEADER_REACH])


def _box_time_over_story(content: list[Line], index: int) -> bool:
    """A time line that no headline or byline stands beside, and a later one right under a headline before the story
    (`Tsunami Advisory` / `Issued at 21:46 JST, Dec. 12` / places / advice / headline / `Dec. 12, 2026 22:24 JST`):
    the first is a box's, the second the story's."""
    if _under_headline(content, index) or _beside_byline(content, index):
        return False
    later = _later_time_line(content, index)
    return later != index and _under_headline(content, later)


# A headline right over a time line has this many words at least (a box's label fewer: `Tsunami Advisory`).
_HEADLINE_OVER_TIME_MIN_WORDS = 5


def _under_headline(content: list[Line], index: int) -> bool:
    above = content[index - 1].text if index else ""
    return len(above.split()) >= _HEADLINE_OVER_TIME_MIN_WORDS and looks_like_headline(above)


def _dated_again_below(content: list[Line], index: int) -> bool:
    """A date with no clock over the header, and the story's time with its clock under the byline further down
    (`Friday, December 11, 2026` / `Today's Paper` / ... / `By Ayumi Kitagawa` / `Dec. 11, 2026, 5:00 a.m. ET`):
    however far down the menu the site prints its date of today, the later time is the story's."""
    found = find_time(content[index].text)
    if (found is None or not isinstance(found[0], PublicationTime) or found[0].has_time
            or is_story_time(content[index].text) or is_update_line(content[index].text)):
        return False  # (`Updated 22 September 2025` is the story's, with no label the site's date may be)
    later = _later_time_line(content, index)
    return later != index and has_clock(content[later].text)


def _beside_byline(content: list[Line], index: int) -> bool:
    """The line right under a byline, or under the role or the bio under it (`By Ayumi Kitagawa` / `Ms. Kitagawa is ...`), or
    right over a `By ...` line (`Sunday, December 13, 2026` / `By Abdi Galgalo`)."""
    above = content[index - 1].text if index else ""
    if read_byline(above) is not None:
        return True
    below = content[index + 1].text if index + 1 < len(content) else ""
    if vocab.BY_NAME.match(below) and read_byline(below) is not None:
        return True
    if index >= 2 and is_person_name(content[index - 2].text) and _is_place(above):
        return True  # `Salma Nasser` / `Cairo` / `Dec 13, 2026`: the author's name and where she filed from
    if index >= 2 and vocab.BYLINE_DETAIL.match(above) and read_byline(content[index - 2].text) is not None:
        return True  # `by Daniel Whitcombe and Mika Osanai` / `Staff writers` / `Nov 16, 2026`: the role under the names
    return index >= 2 and _bio_under_byline(content[index - 2].text, above)


def _may_open_story(content: list[Line], index: int) -> bool:
    """A sentence near the top that may be the story's first: not a summary box's item (`TL;DR` / `• ...`), a byline
    with its bio (`By Rachel Ostrander, a senior fellow at ...`) or the bio under a byline (`Ms. Kitagawa is ...`)."""
    text = content[index].text
    if vocab.LIST_ITEM.match(text) or _is_byline_with_bio(text):
        return False
    return not any(_bio_under_byline(above.text, text) for above in content[max(0, index - _BIO_REACH) : index])


def _story_begun(content: list[Line], index: int, prose: int, long_prose: int) -> bool:
    """One sentence may be a caption above the time line; two long ones, or three, mean the body has begun, unless
    the byline and the time line follow at once (tagline / headline in sentences / deck / `By ...`) or the line
    stands between the byline and the time line (the lead photo's caption)."""
    return ((long_prose == 2 or prose == _PROSE_LINES_BEFORE_BODY) and not _byline_and_time_below(content, index)
            and not _between_byline_and_time(content, index))


def _is_byline_with_bio(text: str) -> bool:
    return bool(vocab.BY_NAME.match(text)) and not vocab.CONSENT_NOTICE.match(text) and read_byline(text) is not None


def _between_byline_and_time(content: list[Line], index: int) -> bool:
    """A `By ...` line just above and the time line just under: the line between is the lead photo's caption
    (headline / deck / `By Name, a senior fellow at ...` / caption / time line / story), not the story begun."""
    above = content[max(index - _CAPTION_BETWEEN_REACH, 0) : index]
    below = content[index + 1 : index + 1 + _CAPTION_BETWEEN_REACH]
    return (any(_is_byline_with_bio(line.text) for line in above)
            and any(is_time_line(line.text) for line in below))


# A caption between the byline and the time line stands this close to each.
_CAPTION_BETWEEN_REACH = 2

# `Mira Castellanos reported from Arden, Colo.` between the byline and the time line.
_REPORTED_FROM_MAX_WORDS = 10
# The story's first paragraph stands this close under the header's time line (buttons may come between).
_STORY_UNDER_HEADER_REACH = 4


# A time line among the page's first lines, over its menu, may be the site's date of today.
_TODAY_WIDGET_LINES = 3


def _may_be_today(content: list[Line], index: int) -> bool:
    """Among the page's first lines, a date alone with no label: what a site prints as its date of today."""
    return index < _TODAY_WIDGET_LINES and not is_story_time(content[index].text)


def _later_time_line(content: list[Line], index: int) -> int:
    """The last time line before the body's first prose, when one follows the first (`Wednesday,
    September 23, 2026` / menu / headline / `Published: Wed 23 Sep 2026, 9:41 PM`)."""
    later = index
    today = _day_of(content[index].text)
    prose = long_prose = 0
    for position in range(index + 1, min(len(content), _HEADER_SEARCH_LINES)):
        text = content[position].text
        if is_prose(text) and not is_time_line(text):
            # A standfirst or a caption may stand between the headline and the story's time line, as in `split_header`.
            if not _may_open_story(content, position):
                continue
            prose += 1
            long_prose += len(text.split()) > 20
            if _story_begun(content, position, prose, long_prose):
                break
            continue
        # A labelled or timed line, or another day than the site's today (`November 5, 2026` under
        # `Saturday, November 7, 2026`); a page's running head repeats today's date.
        if is_time_line(text) and (
            is_story_time(text) or _day_of(text) != today or _other_clock(content[index].text, text)
            # (the same day again right under the byline, far below: the story's own date, not a running head)
            or position - index > _MENU_BELOW_HEADLINE and _beside_byline(content, position)
        ):
            later = position
    return later


def _is_site_clock(content: list[Line], index: int) -> bool:
    """A date with its clock among the page's first lines, and a headline, then the same day at another clock, under it
    (`Wednesday, November 19th 2025 - 14:07 UTC` / menu / headline / `... - 09:31 UTC`): the site's clock of now."""
    if index >= _TODAY_WIDGET_LINES or _may_be_today(content, index):
        return False
    later = _later_time_line(content, index)
    if index and _CLOCK_LABEL.match(content[index - 1].text):
        return later != index  # `Philippine Standard Time:` / `Thursday, December 17, 2026, 9:14:52 AM`: labelled as a clock
    # (an `Updated ...` line under the headline is the story's update; the first time stays its publication)
    if later == index or is_update_line(content[later].text):
        return False
    return _other_clock(content[index].text, content[later].text) and any(
        looks_like_headline(content[between].text) for between in range(index + 1, later))


# A site's clock of now, labelled as one over the time: `Philippine Standard Time:`, `Local time:`, `Current time`.
_CLOCK_LABEL = re.compile(r"^(?:[\w ]{2,30} )?(?:standard time|local time|current time|time now)\s*:?$", re.I)


def _other_clock(widget: str, text: str) -> bool:
    """The same day at another clock (`Wednesday, November 19th 2025 - 14:07 UTC` atop the page, `... - 09:31 UTC` under
    the headline): the site's clock of now over the story's time, not a running head repeating the date."""
    now, then = find_time(widget), find_time(text)
    if now is None or then is None:
        return False
    if not isinstance(now[0], PublicationTime) or not isinstance(then[0], PublicationTime):
        return False
    return now[0].has_time and then[0].has_time and now[0].value != then[0].value


def _headline_over_time(content: list[Line], index: int) -> bool:
    """A headline closed by a country's initials (`... between China, U.S.`) with the time line under it, toolbar
    words aside: no sentence of the story."""
    text = content[index].text
    return (ends_with_initials(text) and looks_like_headline(text)
            and any(is_time_line(line.text) for line in content[index + 1 : index + 1 + _TIME_UNDER_HEADLINE_REACH]))


# The time line stands this close under a headline.
_TIME_UNDER_HEADLINE_REACH = 2


def _headline_and_byline_under(content: list[Line], index: int) -> int:
    """Where the header ends when the time line stands over the headline and its `By ...` line (`Nordwire` /
    `November 7, 2026` / headline / `By Owen Talbot`), as a reader app prints the story under its source: at the byline.
    Under a headline the time line closes the header; the line under it is a deck or the story."""
    above = content[index - 1].text if index > 0 else ""
    if index + 2 >= len(content) or looks_like_headline(above) and not is_name_shaped(above):
        return index  # (`The Pier Ledger` / `7 Nov 2026` / headline: the source's name over its time)
    headline, byline = content[index + 1].text, content[index + 2].text
    if (looks_like_headline(headline) and not is_person_name(headline.split(",")[0]) and vocab.BY_NAME.match(byline)
            and read_byline(byline) is not None):
        return index + 2
    return index


# A menu taken out between the site's date and the headline leaves more lines than this between them.
_MENU_GAP_LINES = 3


def _headline_below(content: list[Line], index: int) -> bool:
    """A headline-shaped line follows the site's date of today before any prose: the story's header is still to come.
    Under a headline or a standfirst the date is the story's own (`Statement by the Minister` / `February 7, 2025`)."""
    above = content[index - 1].text if index > 0 else ""
    # (`The Jakarta Ledger` / `Wed, November 25, 2026` / the menu, taken out already: the masthead over the site's date;
    # a newsletter's name over its date, the letter going on under it, is the letter's header)
    masthead = bool(above) and is_name_shaped(above) and index + 1 < len(content) and (
        content[index + 1].number - content[index].number > _MENU_GAP_LINES)
    if looks_like_headline(above) and not masthead or is_sentence(above):
        return False
    for line in content[index + 1 : _HEADER_SEARCH_LINES]:
        if is_prose(line.text):
            return False
        if looks_like_headline(line.text) and not ends_with_credit(line.text):
            return True
    return False


# A standfirst is told by what follows it before the story: a byline, a time line or a credited photo caption.
_STANDFIRST_REACH = 6


def _is_standfirst(content: list[Line], index: int) -> bool:
    """The first prose line is the standfirst, not the story's first paragraph: it stands right under a
    headline, and a byline, a time line or a credited caption comes after it before the story's text
    (`Headline` / `The 60-bed facility is expected to ...` / `Photo: ...` or `By ...` / story)."""
    too_long = len(content[index].text.split()) > STANDFIRST_MAX_WORDS
    if index == 0 or too_long or not looks_like_headline(content[index - 1].text):
        return False
    for line in content[index + 1 : index + 1 + _STANDFIRST_REACH]:
        text = line.text
        if is_time_line(text) or vocab.BYLINE.match(text) or is_names(text) or ends_with_credit(text):
            return True
        if is_prose(text):
            return False
    return False


def _without_today(header: list[Line], dropped: list[DroppedLine]) -> tuple[list[Line], date | None]:
    """The header without the site's date of today, when the story's own time line follows it (see `split_header`),
    and that date (what `Today, 6:12 am` is read on)."""
    content = [line for line in header if line.text]
    times = [index for index, line in enumerate(content) if is_time_line(line.text)]
    if (len(times) < 2 or not (_may_be_today(content, times[0]) or _is_site_clock(content, times[0]))
            or _later_time_line(content, times[0]) == times[0]):
        return header, None
    widget = content[times[0]]
    dropped.append(DroppedLine(widget.number, widget.text, "time-line"))
    return [line for line in header if line is not widget], _day_of(widget.text)


def _day_of(text: str) -> date | None:
    """The day a time line gives, or None when its numeric date reads two ways."""
    found = find_time(text)
    return found[0].value.date() if found is not None and isinstance(found[0], PublicationTime) else None


# Three paragraphs before a time line mean the body came first.
_PROSE_LINES_BEFORE_BODY = 3


def _opens_with_sentences(header: list[Line]) -> bool:
    """An excerpt: the lines before the first paragraph are all short sentences, none a headline."""
    content = [line.text for line in header if line.text]
    return bool(content) and all(is_sentence(text) and not looks_like_headline(text) for text in content)


# A site's prompt over its link, a short question: `Confidential tip?` / `Send a tip to our reporters`. (A label
# with a colon may head an empty field: `Search for:` / headline.)
_PROMPT = re.compile(r"^(?:\w+ ){0,3}\w+\?$")


def _under_prompt(all_lines: list[Line], number: int) -> bool:
    """The line right under a site's prompt is the prompt's link, no headline."""
    return bool(_PROMPT.match(text_right_above(all_lines, number)))


_ILLUSTRATION_CREDIT = re.compile(r"^\(?(?:photo[- ])?illustrations?(?: by)?\s*[:/]?\s", re.I)


def _with_label_above(line: Line, all_lines: list[Line]) -> str:
    """The time line's text with the publishing system's label printed alone right above it (`Published`,
    `Updated`), as the label would read on the same line."""
    above = text_right_above(all_lines, line.number)
    if above and vocab.LABEL_ONLY.match(above) and (vocab.PUBLISHED_LABEL.search(above) or vocab.UPDATED_LABEL.search(above)):
        return f"{above.rstrip(':')} {line.text}"
    return line.text


# This many menu items under a line mean it is above the site's menu, not the story's headline.
_MENU_BELOW_HEADLINE = 3


def read_header(header: list[Line], dropped: list[DroppedLine], all_lines: list[Line]) -> Header:
    """Read title, caption, time, byline and section from the header lines; drop the rest.

    The headline is chosen first, by score over all header lines (`choose_headline`); the
    other lines are then read in order around it.
    """
    result = Header(credit_lines={item.number for item in dropped if _is_credit_line(item)})
    header, site_today = _without_today(header, dropped)
    header = join_wrapped_headline(join_continued_names(header, dropped), all_lines, dropped)
    footer = " ".join(item.text for item in dropped if item.reason == "copyright").lower()
    first_content = next((line.number for line in header if line.text), 0)
    nearby = [line for line in all_lines if line.number >= first_content][: len(header) + ALT_TEXT_REACH]
    above_credit = frozenset(_line_above(all_lines, number) for number in result.credit_lines)
    # (`Illustration: Petra Lindqvist`: a drawing heads a magazine's story uncaptioned, under its rubric)
    above_illustration = frozenset(_line_above(all_lines, item.number) for item in dropped
                                   if _is_credit_line(item) and _ILLUSTRATION_CREDIT.match(item.text))
    # (or under a player's label alone, no menu's item: `close` / `Video` / `Colorado hiker found alive ...` / its blurb)
    menu = {item.number for item in dropped if item.reason in _MENU_REASONS}
    above_duration = frozenset(
        line.number for line in header if line.text and (
            vocab.RUNNING_TIME.match(text_below(all_lines, line.number)) or _under_player_label(all_lines, line.number, menu))
    )
    # `Kerosene is pumped into a container ...` / `The Yamato Shimbun`: the outlet credits its own photo
    above_outlet = frozenset(
        line.number for line in header
        if line.text and is_outlet_name(text_below(all_lines, line.number), footer, is_first_line=True, headline_follows=True)
    )
    # `Image caption,` / caption: the label (dropped as the interface's) makes the line under it the photo's
    labelled = frozenset(
        line.number for line in header if line.text and vocab.CAPTION_LABEL_ALONE.match(text_right_above(all_lines, line.number))
    )
    summarised = frozenset(
        line.number for line in header if line.text and vocab.SUMMARY_HEADING.match(text_above(all_lines, line.number))
    )
    prompted = frozenset(line.number for line in header if line.text and _under_prompt(all_lines, line.number))
    aged = frozenset(item.number for item in dropped if item.reason == "time-line")  # (`Outlet · 3h ago`, its age taken)
    context = HeaderContext(footer, first_content, last_headline_line(header), frozenset(alt_texts(nearby)),
                            above_credit=above_credit, above_duration=above_duration, above_outlet=above_outlet,
                            above_illustration=above_illustration,
                            under_caption_label=labelled,
                            listed=_listed_lines(header, all_lines), above_menu=_above_menu(header, dropped),
                            summarised=summarised, aged=aged)
    names, details = byline_blocks(header, all_lines)
    above_time = _above_time(header, all_lines)
    # Names right over the time line are the byline (`Tom Hale in London` / `Published 2 hours ago`)
    # when they stand under the headline; above it, they are a menu's items (`Press Releases`).
    over_time = {
        line.number
        for index, line in enumerate(header)
        # (`Priya Ramaswamy and Owen Lachance, Halcyon News` / `Published Oct 15, 2026 ...`: the names and their agency)
        if line.number in above_time and (is_names(line.text) or names_comma_outlet(line.text))
        # (a reporter with the place they filed from is a byline with no headline over it: an excerpt's top)
        and (any(looks_like_headline(other.text) for other in header[:index]) or is_reporter_with_place(line.text))
    }
    bio_names = _bios_under_names(header, names)
    bios = set(bio_names)
    names |= set(bio_names.values())
    headline = choose_headline(header, context, names | details | over_time | bios | labelled | prompted)
    names |= {number for number in over_time if headline is not None and headline.score >= 0 and number > headline.number}
    context = replace(
        context,
        headline=headline.number if headline else 0,
        before_byline=_before_byline(header, names),
        above_time=above_time,
        # (`JIJI` / `Nov 27, 2026`: an agency's name alone over the time line may credit the story, not a photo)
        credits_over_time=frozenset(number for number in result.credit_lines
                                    if _is_agency_alone(all_lines[number - 1].text)
                                    and is_time_line(text_below(all_lines, number))),
        # Above a weak headline (a menu's item, the headline still to come) stands no section.
        above_headline=_line_above(all_lines, headline.number) if headline and headline.score >= 0 else 0,
        # headline / `The Akebono Shimbun` / `Defense Minister Emiko Saijo speaks ...`: the outlet credits its photo over
        # the caption, as a Japanese daily may print it (the outlet's name no headline itself, and under one)
        under_outlet=frozenset(
            line.number for line in header
            if headline is not None and headline.number < line.number - 1 and line.text
            and is_outlet_name(text_above(all_lines, line.number), footer, is_first_line=True, headline_follows=True)
        ),
    )
    # A headline stands under the site's menu: a line above one (`The Global Source for Science News`)
    # is the site's tagline, and a headline printed under the time line may replace it.
    header_end = header[-1].number if header else 0  # share bars under the time line are no menu
    menu_below = headline is not None and sum(
        item.reason == "navigation" and headline.number < item.number <= header_end for item in dropped
    ) >= _MENU_BELOW_HEADLINE
    result.title_weak = headline is not None and (headline.score < 0 or menu_below)
    if context.above_headline:
        _read_breadcrumb_taken_for_credit(context.above_headline, result, dropped, all_lines)
        _read_label_apart_from_menu(context.above_headline, result, dropped, all_lines)
    if headline is not None:
        _read_byline_taken_for_credit(headline.number, result, dropped, all_lines)
    breadcrumb_section = _stacked_breadcrumb_section(all_lines, headline.number if headline else header_end + 1)
    for line in header:
        if not line.text:
            continue
        if line.number in names:
            name = clean_byline(line.text)
            _add_byline(result, name)
            if name and name != line.text and name in line.text:
                report_byline_detail(line, name, dropped)  # the job title after the name
            elif not name:  # `Transport Reporter` under the name: a role alone, reported, not lost
                dropped.append(DroppedLine(line.number, line.text, "byline-detail"))
            continue
        if line.number in details:
            dropped.append(DroppedLine(line.number, line.text, "byline-detail"))
            continue
        if line.number in bios:
            dropped.append(DroppedLine(line.number, line.text, "author-bio"))
            continue
        found = find_time(line.text)
        if found is None and site_today is not None and (relative := relative_day_time(line.text, site_today)):
            # `Today, 6:12 am` under the site's `Tuesday, 16 September 2025`; reported, since it reads as no time alone
            found = relative, []
            if _takes_stamp(result, line.text, relative):
                dropped.append(DroppedLine(line.number, line.text, "time-line"))
        if found is not None and isinstance(found[0], AmbiguousDate):
            # `10.12.2026` / `Brussels, 10/12/2026 - 14:35`: the date read already (the story's, or the site's date of
            # today) settles the one with the clock
            known = result.stamp.value.date() if isinstance(result.stamp, PublicationTime) else site_today
            settled = found[0].settle(known.month, known.day) if known is not None else None
            found = (settled, found[1]) if settled is not None else found
        # (`Updated` / `Jan 02, 2027, 06:42 PM` / `Published` / `Jan 02, 2027, 03:15 PM`: a label alone over its time)
        labelled = _with_label_above(line, all_lines) if found is not None else line.text
        if found is not None and _takes_stamp(result, labelled, found[0]):
            result.stamp = found[0]
            result.stamp_line = line.number
            result.stamp_updated = is_update_line(labelled)
            result.stamp_is_update = result.stamp_updated and update_label_first(labelled)
            for text in found[1]:  # texts sharing the time line are labels, never the headline
                if find_time(text) is not None or line.text.startswith(f"{text}, ") and not read_byline(text):
                    dropped.append(DroppedLine(line.number, text, "time-line"))  # `updated ...`, `Madrid`
                else:
                    _read_header_text(Line(line.number, text), result, dropped, context, beside_time=True)
            continue
        if found is not None and len(line.text) <= TIME_LINE_MAX_CHARS and not found[1]:
            dropped.append(DroppedLine(line.number, line.text, "time-line"))  # a second time line
            continue
        _read_header_text(line, result, dropped, context)
    _add_clock_line(result, all_lines)
    if result.stamp is None:
        _read_day_month_by_copyright(header, result, footer, dropped)
    if result.stamp is None:
        _read_day_month_by_weekday(header, result, all_lines, dropped)
    result.section = result.section or breadcrumb_section or _section_of_bar(header, result.title)
    content = [line for line in header if line.text]
    result.stamp_is_site_date = any(
        line.number == result.stamp_line and _may_be_today(content, index) for index, line in enumerate(content)
    )
    if headline is not None and result.title_line == headline.number:
        result.title_rivals = headline.rivals  # only when the scored line became the title (not a `Title:` field)
    return result


# A journalist's bio says what the author is or does (`is a journalist at ...`, `covers ...`); a standfirst under a
# kicker naming a person (`Jane Roe` / `Jane Roe is expected to ...`) does not.
_BIO_AFTER_NAME = re.compile(
    r"(?:(?:is|was|has been) (?:a|an|the)\b.{0,80}\b(?:journalist|reporter|correspondent|editor|writer|columnist|"
    r"contributor|producer|photographer)|covers\b|writes (?:about|on|for)\b|reports on\b)"
)
# A bio stands a few lines under the name it opens with (`Thandeka Mokoena` / `Follow` / `Thandeka Mokoena is ...`).
_BIO_REACH = 3


def _bios_under_names(header: list[Line], names: set[int]) -> dict[int, int]:
    """`Thandeka Mokoena` / `Follow` / `Thandeka Mokoena is a journalist at Daily Vantage's Citizen Desk.`: the lines
    under an author's name that open with it and say what the author is (no headline, whatever their length), each
    with the line of its name."""
    content = [line for line in header if line.text]
    bios: dict[int, int] = {}
    for index, line in enumerate(content):
        for above in content[max(0, index - _BIO_REACH) : index]:
            if (above.number in names or is_person_name(above.text)) and line.text.startswith(above.text + " ") and (
                    _BIO_AFTER_NAME.match(line.text[len(above.text) + 1 :])) or _bio_under_byline(above.text, line.text):
                bios[line.number] = above.number
    return bios


_HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )"


def _bio_under_byline(above: str, text: str) -> bool:
    """A `By ...` line's author named again to open the line under it, with what the author is: the essay's bio
    (`By Ayumi Kitagawa` / `Ms. Kitagawa is a former ...` or `Ayumi Kitagawa is a visiting fellow ...`)."""
    if not vocab.BY_NAME.match(above) or not (name := clean_byline(above)) or " and " in name or "," in name:
        return False
    surname = re.escape(name.split()[-1])
    return bool(re.match(rf"(?:{re.escape(name)}|{_HONORIFIC}{surname}|{_HONORIFIC}?[A-Z][\w'’.-]+ {surname})"
                         + vocab.BIO_VERB.pattern, text))


# The button a section label carries: `Mining` / `Add to myLedger` / headline.
_FOLLOW_BUTTON = re.compile(r"^\+?\s*((add|save) to my ?\w+|follow( this)?( topic)?)$", re.I)


def _above_menu(header: list[Line], dropped: list[DroppedLine]) -> frozenset[int]:
    """The header's lines with the site's menu right under them and more of the header below it:
    `The independent student newspaper of ... since 1921` / `News` / `Campus` / `Sports` / ... / headline."""
    menu = sorted(item.number for item in dropped if item.reason == "navigation")
    content = [line.number for line in header if line.text]
    return frozenset(
        upper for upper, lower in zip(content, content[1:])
        if bisect.bisect_left(menu, lower) - bisect.bisect_right(menu, upper) >= _MENU_BELOW_HEADLINE
    )


def _dropped_at(dropped: list[DroppedLine], number: int) -> int | None:
    """Where line `number` stands in the dropped list (a header rule may give it another reason)."""
    return next((index for index, item in enumerate(dropped) if item.number == number), None)


def _read_breadcrumb_taken_for_credit(
    number: int, result: Header, dropped: list[DroppedLine], all_lines: list[Line]
) -> None:
    """`Hong Kong/Transport` right above the headline is a breadcrumb when no caption stands above it:
    a photo credit (`Kelvin Ng/Harbour Times`) follows its caption."""
    index = _dropped_at(dropped, number)
    if index is None or dropped[index].reason != "photo-credit" or not vocab.BREADCRUMB.match(dropped[index].text):
        return
    above = text_above(all_lines, number)
    if is_sentence(above) or len(above.split()) > 8:
        return  # a caption above: the line is its credit
    text = dropped[index].text
    if any(part.strip().casefold() in vocab.AGENCY_NAMES for part in re.split(r"[/>›»]", text)):
        return
    dropped[index] = DroppedLine(number, text, "breadcrumb")
    result.section = result.section or re.split(r"\s*[>›»/]\s*", text)[-1]


# The year a page's copyright line gives: `© 2025 Herald24. All rights reserved.`
# The owner's name may come first: `© Kansanradio 2026`.
# (a span's last year is the page's: `© RITA Russian News Agency, 1999—2026`)
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:[^\d\n]{1,40}?\s)?(?:\d{4}\s*(?:[-–—]|to)\s*)?(?P<year>(?:19|20)\d\d)\b", re.I)


def _read_day_month_by_copyright(header: list[Line], result: Header, footer: str, dropped: list[DroppedLine]) -> None:
    """`7 Feb` alone in the header, with no other time: the date, in the year of the page's copyright."""
    years = [int(found["year"]) for found in _COPYRIGHT_YEAR.finditer(footer)]
    if years:
        _take_day_month(header, result, dropped, lambda text: day_month_in_year(text, max(years)), "copyright")


def _take_day_month(
    header: list[Line],
    result: Header,
    dropped: list[DroppedLine],
    read: Callable[[str], PublicationTime | None],
    year_from: str,
) -> None:
    """The first header line `read` gives a date for (a day and month printed without their year) is the time line."""
    for line in header:
        stamp = read(line.text) if line.text else None
        if stamp is not None:
            result.stamp, result.stamp_line, result.stamp_year_from = stamp, line.number, year_from
            dropped.append(DroppedLine(line.number, line.text, "time-line"))
            return


# A year a story names: `in 2023`, `by the end of 2026`.
_YEAR_NAMED = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")
# Beyond this span the years a page names no longer bound the year it was published.
_YEAR_SPAN_MAX = 12


def _read_day_month_by_weekday(header: list[Line], result: Header, all_lines: list[Line], dropped: list[DroppedLine]) -> None:
    """`Fri 7 Feb` in the header, no year anywhere on it: the year, among those the page names, in which that day is a Friday."""
    years = [int(found.group()) for line in all_lines for found in _YEAR_NAMED.finditer(line.text)]
    if not years or max(years) - min(years) > _YEAR_SPAN_MAX:
        return
    span = range(min(years), max(years) + 2)  # and the year after the latest: a story may name only last year's events
    _take_day_month(header, result, dropped, lambda text: day_month_by_weekday(text, span), "weekday")


def _read_byline_taken_for_credit(headline: int, result: Header, dropped: list[DroppedLine], all_lines: list[Line]) -> None:
    """`Ngoc Han / Mekong Morning News` right under the headline is the byline: a photo credit follows its caption.
    So is one right over it with no caption above (`The Harbor Times` / `Marta Ilves / The Harbor Times · 3h` /
    headline, as a feed reader prints a post)."""
    below = next((line.number for line in all_lines[headline:] if line.text), None)
    above = _line_above(all_lines, headline)
    over_caption = above > 1 and is_sentence(text_above(all_lines, above))
    for number in (below, None if over_caption else above):
        # (a line may have given up two parts: `· 3h` at its end and the credit-shaped rest)
        index = next((index for index, item in enumerate(dropped) if item.number == number and item.reason == "photo-credit"), None)
        if index is None:
            continue
        names = names_before_outlet(dropped[index].text)
        if names is not None:
            result.byline = result.byline or names
            dropped[index] = DroppedLine(number, dropped[index].text, "byline-detail")
            result.credit_lines.discard(number)
            return


# What a section label never is: a site's address (`bayside-chronicle.com.au`) or a byline (`Posted by ...`).
# A breadcrumb's separator printed alone on its line, as a copy of a breadcrumb gives it: `Home` / `›` / `News`.
_CRUMB_SEPARATOR = re.compile(r"^[›»>/|·•]$")


def _stacked_breadcrumb_section(all_lines: list[Line], headline: int) -> str | None:
    """The last item of a breadcrumb copied one item a line above the headline, or None."""
    content = [line for line in all_lines[: headline - 1] if line.text]
    last = None
    for separator, item in zip(content, content[1:]):
        if _CRUMB_SEPARATOR.match(separator.text) and is_label(item.text) and may_name_a_section(item.text):
            last = item.text
    return last


_HOME_CRUMB = re.compile(r"^(home|top|front page|start)$", re.I)
_SECTION_PATH = re.compile(r"^[^\W\d_][\w&'’ -]{1,30}( / [^\W\d_][\w&'’ -]{1,30}){1,2}$")


def _read_label_apart_from_menu(number: int, result: Header, dropped: list[DroppedLine], all_lines: list[Line]) -> None:
    """A short label right over the headline, set apart from the site's menu by a blank line, names the
    section (`Obituaries` / blank / `Environment` / headline): the menu's own items run on without one."""
    index = _dropped_at(dropped, number)
    if index is None or dropped[index].reason != "navigation" or result.section is not None:
        return
    text = dropped[index].text
    # Set apart by a blank line, under a breadcrumb's `Home` (`Home` / `Politics` / headline) or a path
    # itself (`NATIONAL / POLITICS`): the menu's own items are single words running on.
    apart = number >= 2 and (not all_lines[number - 2].text or _HOME_CRUMB.match(all_lines[number - 2].text))
    if not (apart or _SECTION_PATH.match(text)) or not is_label(text) or not may_name_a_section(text):
        return
    dropped[index] = DroppedLine(number, dropped[index].text, "section-label")
    result.section = dropped[index].text


def _add_clock_line(result: Header, all_lines: list[Line]) -> None:
    """`November 5, 2026` / `3:45 pm`: a clock alone on the line under a date alone gives the date its time."""
    stamp = result.stamp
    if not isinstance(stamp, PublicationTime) or stamp.has_time or not result.stamp_line:
        return
    following = text_below(all_lines, result.stamp_line)
    if vocab.ENTRY_TIME.match(following):
        both = parse_time_line(f"{all_lines[result.stamp_line - 1].text} {following}")
        if isinstance(both, PublicationTime) and both.has_time and both.value.date() == stamp.value.date():
            result.stamp = both
            return
    # `Thursday, December 3, 2026` (the page's date strip) ... `Published 1:05 PM HST`: a labelled clock
    # with no date of its own, near the top of a page whose header prints one date, is that date's.
    clock = next((found for line in all_lines[: _CLOCK_LABEL_REACH] if (found := _PUBLISHED_CLOCK.match(line.text))), None)
    if clock:
        both = parse_time_line(f"{all_lines[result.stamp_line - 1].text} {clock['clock']}")
        if isinstance(both, PublicationTime) and both.has_time and both.value.date() == stamp.value.date():
            result.stamp = both


# A publication label and a clock alone (`Published 1:05 PM HST`, `Posted: 09:40`), near the top of the page.
_PUBLISHED_CLOCK = re.compile(
    r"^(?:first\s+)?(?:published|posted)\s*:?\s*(?:at\s+)?(?P<clock>\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)$",
    re.I,
)
_CLOCK_LABEL_REACH = 40


# A story's badge for its readers: `Subscriber content`, `Subscribers only`, `Members only`.
_PAYWALL_BADGE = re.compile(r"^(?:subscriber(?:s|['’]s)?|members?|premium)(?:\s+(?:content|only|exclusive|article|story))?$", re.I)


def _under_player_label(all_lines: list[Line], number: int, menu: set[int]) -> bool:
    """Right under a player's label alone (blank lines aside; a short reach, since every header line asks)."""
    above = line_above_within(all_lines, number, _PLAYER_LABEL_REACH)
    return above is not None and above.number not in menu and bool(vocab.PLAYER_LABEL_ALONE.match(above.text))


_PLAYER_LABEL_REACH = 3


# Reasons a menu's items are dropped for.
_MENU_REASONS = frozenset({"navigation", "section-label"})


def _line_above(all_lines: list[Line], number: int) -> int:
    """The content line printed right above line `number`: clutter counts (a button between means no section),
    story markers do not."""
    index = number - 2  # all_lines[i] is line i + 1
    while 0 <= index < len(all_lines) and (
        not all_lines[index].text
        or clutter_reason(all_lines[index].text) == "editorial-marker"
        or _FOLLOW_BUTTON.match(all_lines[index].text)
        or _PAYWALL_BADGE.match(all_lines[index].text)
        or is_date_line_alone(all_lines[index].text)
    ):
        # a marker (`Live`, `Exclusive`), the section's own button or the date (`Business News` / `03.12.2026 |
        # Read Time: 3 mins` / headline) stands between it and the headline
        index -= 1
    return all_lines[index].number if 0 <= index < len(all_lines) else 0


# An agency's short name in capitals alone on its line: `JIJI`, `KYODO`, `AFP`.
_AGENCY_IN_CAPITALS_MAX_CHARS = 12


def _is_agency_alone(text: str) -> bool:
    return text.casefold() in vocab.AGENCY_NAMES or (
        text.isupper() and " " not in text and len(text) <= _AGENCY_IN_CAPITALS_MAX_CHARS)


def _above_time(header: list[Line], all_lines: list[Line]) -> frozenset[int]:
    """Lines printed right above a time line (`Tom Hale in London` / `Published 2 hours ago`), read in
    the whole source: a relative time line was set aside as clutter before the header was cut."""
    above = set()
    for line in header:
        following = text_below(all_lines, line.number) if line.text else ""
        if following and is_names(line.text):
            following = _below_authors_block(all_lines, line.number)
        if following and _is_role_label(following):
            # `Ingrid Solberg og Henrik Aas` / `Journalister` / `Publisert ...`: the names' role between them and the time
            following = text_below(all_lines, next(other.number for other in all_lines[line.number:] if other.text))
        if following and (is_time_line(following) or clutter_reason(following) == "time-line"):
            above.add(line.number)
    return frozenset(above)


# The rest of an authors' block under its first name: `+ FOLLOW` / `and` / `Marcus Ho Ka-lun` / `+ FOLLOW`.
_AUTHORS_BLOCK_REACH = 6


def _below_authors_block(all_lines: list[Line], number: int) -> str:
    """The text under the names on line `number` and the authors printed under them, one per line, with
    `and` and follow buttons between ("" when the block runs on)."""
    following = (line.text for line in all_lines[number:] if line.text)
    for text in itertools.islice(following, _AUTHORS_BLOCK_REACH):
        if not (text.casefold() in ("and", "&") or is_names(text) or is_button(text)):
            return text
    return ""


_ROLE_STEM_MIN_LETTERS = 6


def _is_role_label(text: str) -> bool:
    """A role alone on its line, maybe plural or in the outlet's language: `Reporter`, `Journalists`, `Journalister`."""
    word = text.strip().casefold()
    return len(word.split()) == 1 and any(
        word.startswith(role) for role in vocab.ROLE_WORDS if len(role) >= _ROLE_STEM_MIN_LETTERS
    )


def _before_byline(header: list[Line], names: set[int]) -> frozenset[int]:
    """Lines the byline follows, clutter and time lines between them aside.

    `standfirst` / `Share full article` / `By ...`, and `standfirst` / `Publiziert: ...` /
    `Aktualisiert vor 2 Stunden` / `Anna Keller` (a name alone after the time counts).
    """
    content = [  # (a time line opening with `By`, `By Lena Ito February 5, 2026`, is the byline all the same)
        line for line in header if line.text and not clutter_reason(line.text)
        and (not is_time_line(line.text) or vocab.BY_NAME.match(line.text))
    ]
    return frozenset(
        line.number
        for line, following in zip(content, content[1:])
        if following.number in names or read_byline(following.text) or is_person_name(following.text)
        or vocab.BY_NAME.match(following.text)
    )


# A copyright sign before an owner and a photographer, with no year and no rights reserved: a photo's
# credit (`© INO / Leila Mansour`), not the site's footer (`© Agency`, `© 2026 ... All rights reserved.`).
_PHOTO_COPYRIGHT = re.compile(
    # `© Jane Roe / Agency`, `© Joana Lins/Agência Brasil`: a photographer and an agency, no year
    # (an initial's stop is no sentence's: `© U.S. Army/Pacific Ledger`)
    r"^(©|\(c\))\s*(?!.*\b(19|20)\d\d\b)(?!.*\brights\b)(?:[^./|]|(?<=\b[A-Z])\.){2,40}\s?[/|]\s?[^./|]{2,40}$"
    # A portal's credit for its partner's picture: `© Provided by Asia Pacific Courier`.
    r"|^(©|\(c\))\s*provided by\s+[^.|]{2,60}$"
    # An agency's picture with its photographer, no slash: `© BELGA PHOTO JORIS VANDAMME`, `© EPA-EFE Foto Ana Ruiz`.
    r"|^(©|\(c\))\s*(?!.*\b(19|20)\d\d\b)(?!.*\brights\b)[^./|]{0,30}\b(photo|foto|picture|image|pic)s?\b[^./|]{2,40}$"
    # An institution's own picture with its year after a comma, as the EU's services credit: `© European Union, 2026`
    # (a footer puts the year first or reserves its rights: `© 2026 ...`, `© Agency 2026. All rights reserved.`).
    r"|^(©|\(c\))\s*(?-i:[A-Z])[^.,|/©]{2,40},\s*(19|20)\d\d$",
    re.I,
)


def _is_credit_line(item: DroppedLine) -> bool:
    return item.reason == "photo-credit" or item.reason == "copyright" and bool(_PHOTO_COPYRIGHT.match(item.text))


def _takes_stamp(result: Header, text: str, stamp: PublicationTime | AmbiguousDate) -> bool:
    """The first time line, a publication time after an update time (`Updated ...` / `Published ...`),
    or the same day with its clock after a date alone (the site's date of today, then the story's time)."""
    if result.stamp is None or result.stamp_updated and not is_update_line(text):
        return True
    if vocab.FIRST_PUBLISHED.match(text):
        return True  # `Tue 10 Jun 2025 14.52 BST` / `First published on Tue 10 Jun 2025 08.31 BST`: the first was the update
    if adds_zone(result.stamp, stamp):
        return True  # `2026年12月3日 14:30` in the chrome / `Dec 3, 2026 14:30 JST` under the headline
    if (0 < result.stamp_line < result.title_line and vocab.PUBLISHED_LABEL.search(text) and not is_update_line(text)
            and isinstance(result.stamp, PublicationTime) and not result.stamp.has_time):
        # `Saturday, November 28, 2026` atop the page, over the headline / `Published Nov. 27, 2026Updated ...`: the
        # site's date of today, then the story's own, labelled
        return True
    return (
        isinstance(result.stamp, PublicationTime) and isinstance(stamp, PublicationTime)
        and not result.stamp.has_time and stamp.has_time and not is_update_line(text)
        and result.stamp.value.date() == stamp.value.date()
    )


# A name alone is a byline only this many lines under the headline (a standfirst and blank
# lines between): further down, two capitalised words are a menu's item (`Monetary Policy`).
_NAME_UNDER_HEADLINE_LINES = 5


def _near_headline(line: Line, result: Header) -> bool:
    """Just under a headline that reads as one (a weak one may be a menu's item, the headline still to come)."""
    return not result.title_weak and 0 < line.number - result.title_line <= _NAME_UNDER_HEADLINE_LINES


def _add_byline(result: Header, byline: str | None) -> None:
    """A byline, or one more author printed on a line of their own (`Ben Hartley Games Editor` / `Sara Okafor ...`)."""
    if not byline:
        return
    if result.byline is None:
        result.byline = byline
    elif byline not in result.byline:
        result.byline = clean_byline(f"{result.byline}, {byline}")


def _read_header_text(
    line: Line, result: Header, dropped: list[DroppedLine], context: HeaderContext, beside_time: bool = False
) -> None:
    text = line.text
    field_match = vocab.FIELD_WITH_VALUE.match(text)
    if field_match:
        read_field(field_match["label"].lower(), field_match["value"].strip(), result)
        dropped.append(DroppedLine(line.number, text[: field_match.start("value")].strip(), "field-label"))
        return
    named = read_byline(text) if vocab.BY_NAME.match(text) else None  # `Story by X • 3h • 4 min read` is no button
    # (the line chosen for the headline passed the chooser's tests: `LIVE: ...` over its byline is no link)
    chosen = line.number == context.headline and not beside_time
    reason = None if named or chosen else clutter_reason(text) or _header_line_reason(line, result, context, beside_time)
    if reason:
        dropped.append(DroppedLine(line.number, text, reason))
        return
    byline = named or read_byline(text)
    if byline:
        _add_byline(result, byline)
        _read_byline_date(text, result)
        report_byline_detail(line, byline, dropped)
    elif line.number == context.headline and not beside_time:
        result.title, label = split_outlet_label(text)
        result.title_line = line.number
        if label:
            trail = label.rstrip().endswith(("›", "»", ">", "＞", "/"))  # a breadcrumb trail glued before the headline
            dropped.append(DroppedLine(line.number, label, "breadcrumb" if trail else "outlet-name"))
            if trail:
                result.section = result.section or re.split(r"\s*[›»>＞/]\s*", label.rstrip(" ›»>＞/"))[-1]
        result.title, marker = split_leading_marker(result.title)
        if marker:
            dropped.append(DroppedLine(line.number, marker, "editorial-marker"))
    elif result.title is not None and result.byline is None and (
        _near_headline(line, result) or line.number in context.above_time and not result.title_weak
        # `Rachel Nguyen, Émile Gagnon · Outlet News · Posted: ...`: names on the time's own line under the headline
        or beside_time and result.title_line is not None and line.number > result.title_line
    ) and (is_names(text) or vocab.COLLECTIVE_BYLINE.match(text) or names_before_outlet(text) or names_between_bars(text)
           or line.number in context.above_time and names_comma_outlet(text)):
        # names alone under the headline: `Léa Dubois`, `Ana Ruiz and Pieter van Wyk`, `Ngoc Han - Quoc Viet / Outlet News`,
        # `Oliver Pennington, Tokyo | Fiona Garside, Defence Editor`; over the time line `Émilie Gendron, The Canadian Press`
        result.byline = (names_before_outlet(text) or names_between_bars(text) or names_comma_outlet(text)
                         or clean_byline(text) or text)
    elif result.caption_by_place and (line.number in context.above_credit or ends_with_credit(text)):
        # headline / sentence / `Snowplows clear Route 40 ...` / `Credit: Jenna Pruitt` (or the credit closing the
        # line: `... from their homes.Credit...Owen Castillo`): the credited line is the photo's caption, and
        # the sentence taken for it by its place was the standfirst (with a standfirst already, a label's
        # tagline: `Argument` / `An expert's point of view on a current event.` / headline / deck; reported)
        if result.standfirst is not None:
            dropped.append(DroppedLine(result.caption_line, result.caption, "page-label"))
            result.caption = None
        result.standfirst, result.caption = result.standfirst or result.caption, strip_credit(line, dropped)
        result.caption_line, result.caption_by_place, result.caption_credited = line.number, False, True
    elif result.caption is None and has_caption_evidence(line, result, context):
        # (a caption labelled as one, `Image caption, Keiko Sato holds ...`, is the photo's whatever follows it)
        # (its credit under it, or over it as a Japanese daily prints it: `Courtesy of the Japan Coast Guard` / caption)
        result.caption_credited = ends_with_credit(text) or credit_under(line, result, context) or (
            line.number - 1 in result.credit_lines) or line.number in context.under_outlet or bool(
            vocab.LABELLED_CAPTION.match(text)) or (
            # (`Snow cannons idle above Bansko ...` / `Photo: Sofia Monitor / Kalina Petrova`: credited on its next line)
            result.title is not None and line.number in context.above_outlet
            and (is_sentence(text) or len(text.split()) >= CREDITED_CAPTION_MIN_WORDS)
        )
        result.caption_by_place = not result.caption_credited
        result.caption = strip_credit(line, dropped)
        result.caption_line = line.number
    elif (result.title is None or beside_time) and is_label(text):
        # (a city beside the time, `Jakarta ● Wed, January 15, 2025`, is where the story was filed, not its section)
        if (beside_time or line.number == context.above_headline) and may_name_a_section(text) and not (
            beside_time and _is_place(text)
        ):
            result.section = text  # the label right above the headline names the section; menus above it do not
        dropped.append(DroppedLine(line.number, text, "section-label"))
    elif result.title is not None and result.standfirst is None and len(text.split()) >= 6:
        result.standfirst, result.standfirst_line = text, line.number
    elif is_label(text):
        dropped.append(DroppedLine(line.number, text, "section-label"))  # under the headline: a label, no section
    else:
        dropped.append(DroppedLine(line.number, text, "section-label" if len(text) < LABEL_MAX_CHARS else "duplicate"))


# The lists a site prints over its story, each a heading and other stories' headlines under it.
_LISTS_OF_STORIES = frozenset({"popular-list", "ranking-list", "related-list"})
_LIST_MAX_ITEMS = 6


def _listed_lines(header: list[Line], all_lines: list[Line]) -> frozenset[int]:
    """Header lines in the run right under a list's heading (`Trending` / headline / headline), up to a
    blank line: other stories' headlines, which a ticker prints over the story's own."""
    listed: set[int] = set()
    kept = {line.number for line in header if line.text}
    for line in all_lines:
        if not line.text or list_heading_reason(line.text) not in _LISTS_OF_STORIES:
            continue
        run = list(itertools.takewhile(lambda item: item.text != "", all_lines[line.number : line.number + _LIST_MAX_ITEMS + 1]))
        # (a paste without blank lines runs its list into the story's header: no end, no list)
        if len(run) <= _LIST_MAX_ITEMS and all(item.number in kept for item in run):
            listed.update(item.number for item in run)
    for above, line in itertools.pairwise(all_lines):
        if _LABEL_ALONE.match(above.text) and not _NAMES_THE_HEADLINE.match(above.text) and line.number in kept:
            listed.add(line.number)  # `Latest:` / a ticker's headline, in a paste whose list has no end
    return frozenset(listed)


# A label alone with its colon, its value on the next line (`Latest:`, `Breaking news:`, `Trending now:`) ...
_LABEL_ALONE = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}:$")
# ... unless it labels the story's own headline, as an editor's document does (`Headline:`).
_NAMES_THE_HEADLINE = re.compile(r"^(title|headline|head|hed|subject|story|article)( ?line)?:$", re.I)


def _is_place(text: str) -> bool:
    """A city the zones' table knows (`Jakarta`, `NEW DELHI`)."""
    return text.strip().title() in vocab.PLACE_ZONES or text.strip() in vocab.PLACE_ZONES


def _read_byline_date(text: str, result: Header) -> None:
    """`Posted by Greta Holm on February 7, 2025`: the time on the byline line."""
    match = vocab.BYLINE_MULTILINGUAL.match(text)
    if match and match["date"] and result.stamp is None:
        result.stamp = parse_time_line(match["date"])


def _section_of_bar(header: list[Line], title: str | None) -> str | None:
    """The section a sticky bar prints beside the headline: `Asia Pacific|Japan Protests ...` over the headline."""
    for line in header if title else ():
        parts = bar_parts(line.text)
        if len(parts) == 2 and same_text(parts[1], title) and is_label(parts[0]) and may_name_a_section(parts[0]):
            return parts[0]
    return None


_FORWARD_PREFIX = re.compile(r"^(?:(?:fwd?|fw|re|aw|wg|tr)\s*:\s*)+", re.I)


def read_field(label: str, value: str, result: Header) -> None:
    """A labelled field's value, into the header's field it names (`HED:` the title, `CUTLINE:` the caption)."""
    if label in ("headline", "title", "hed") and result.title is None:
        result.title = value
    elif label == "subject" and result.title is None:
        result.title = _FORWARD_PREFIX.sub("", value)  # a forwarded newsletter's subject is its headline
    elif label in ("caption", "photo caption", "cutline") and result.caption is None:
        result.caption = without_credit(value)  # (`Caption: ... in October. Photograph: Ben Hulme/PA`)
    elif label in ("dek", "deck", "standfirst") and result.standfirst is None:
        result.standfirst = value
    elif label == "byline" and result.byline is None:
        result.byline = read_byline(value) or clean_byline(value)
    elif label in ("section", "newspaper section", "category") and result.section is None:
        result.section = value


def _header_line_reason(line: Line, result: Header, context: HeaderContext, beside_time: bool = False) -> str | None:
    """Why a header line is clutter: repeated, the outlet's name, alt text, a breadcrumb, a system label."""
    text = line.text
    if is_field_label(text):
        return "field-label"
    if result.title is not None and same_text(text, result.title):
        return "duplicate"
    if result.caption is not None and same_text(without_credit(text), result.caption):
        return "caption"
    if vocab.BREADCRUMB.match(text) and result.title is None:
        result.section = result.section or re.split(r"\s*[>›»/|]\s*", text)[-1]
        return "breadcrumb"
    # A text sharing the time line is never the headline, so an outlet name there hides none.
    headline_follows = beside_time or line.number < context.last_headline
    if (result.title is None or beside_time) and is_outlet_name(
        text, context.footer, line.number == context.first_line or beside_time, headline_follows
    ):
        return "outlet-name"
    if result.title is None and line.number in context.alt_texts:
        return "image-alt"
    if text.casefold() in vocab.AGENCY_NAMES:
        return "outlet-name"  # `Agence France-Presse` printed by a portal above the agency's story
    return None
