"""What follows a pasted story: lists of other stories, tags and comments, an author box, a
signature, a bio, and fields printed under the story.

`cut_tail` drops the lists of other headlines (`Related`, `Most read`, tags, a comment
section, and under an English story a heading in the outlet's own language or a tab with its
count, `Mest lesið`, `Yorumlar (2)`): a list heading followed by real prose again is a box
inside the body, and only its items go; tags, comments and a release's disclaimer end the article unless more story than
came before follows them. `take_author_box` takes the box after the article and the name in
it. Once the paragraphs are known, `take_signature`, `bio_author` and `read_tail_fields` read
who wrote the story (and when) from what stands under it, for a page that printed neither
above it, and `drop_author_bio` drops the closing line about the author. `drop_outlet_notes`
drops what the outlet closes the text with, known by the kinds of cue a notice carries
(`notice_cues`) rather than by its wording, a contact card (a name over a telephone number or
an address), and a heading left alone once all under it was dropped.
"""

from __future__ import annotations

import re

from briefs.model import DroppedLine, Paragraph
from briefs.sources import vocab
from briefs.sources.body_lines import (
    FIRST_PERSON_SINGULAR, body_language, holds_full_date, is_english_prose, is_heading, is_other_language_label,
    is_row_under_row,
)
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.byline import author_names, clean_byline, is_names, is_person_name, read_byline, signature_names
from briefs.sources.clutter import clutter_reason
from briefs.sources.dateline import settle_before
from briefs.sources.headline import looks_like_headline
from briefs.sources.lines import Header, Line, is_prose, is_title_cased, may_name_a_section, quoted_phrase
from briefs.sources.pubtime import AmbiguousDate, PublicationTime
from briefs.sources.time_line import TIME_LINE_MAX_CHARS, find_time, has_clock, is_time_line

# A related story's headline after the heading on its line: `Also read | <four words or more>`.
_TEASER_INLINE = re.compile(r"[|:›»>]\s*\S+(?:\s+\S+){3,}")
# Less prose than this above a comment section's heading is a standfirst: the story has not begun.
_STORY_MIN_WORDS = 40
# A paragraph after a "Related" box must be this long for the box to count as inside the body.
_RESUMED_PROSE_MIN_WORDS = 8


# Boxes of other headlines, this many in a row, are the page's foot, not a box inside the story.
_BOXES_AT_THE_FOOT = 3

# A closing line about the author is short: "Clara Voss covers art and museums."
_AUTHOR_BIO_MAX_WORDS = 30
# One that opens with the author's full name and a bio's verb may run to two sentences.
_NAMED_BIO_MAX_WORDS = 80


def cut_tail(lines: list[Line], dropped: list[DroppedLine], resume: bool = True) -> tuple[list[Line], str | None]:
    """Drop lists of other headlines; return the rest and the section a trailing list names.

    A list heading followed later by real prose is a box inside the body ("Related"):
    only the heading and its items go. Otherwise everything from the heading on is tail.
    With `resume` False (HTML, whose extractor already removed inline boxes, and whose
    trailing teasers are often whole sentences) the first heading after prose starts the tail.
    """
    kept: list[Line] = []
    seen_prose = False
    section = None  # a box inside the body may name the sections too (`Related Sections` / `Environmental`)
    english = body_language([line.text for line in lines]) == "English"
    # Words of English prose kept so far: a label in the outlet's language heads a box only once the
    # story has begun (a cookie banner in that language is prose too; a caption over the headline is short).
    english_prose_words = 0
    time_seen = False  # a time line kept above: the story's header has been printed
    index = 0
    while index < len(lines):
        line = lines[index]
        heading = _ending_reason(line.text, english and english_prose_words >= _STORY_MIN_WORDS) if seen_prose else None
        if heading == "boilerplate" and not resume:
            heading = None  # a saved page's article element holds the release's boilerplate, as Readability keeps it
        if heading == "comments" and vocab.COUNTED_LABEL.match(line.text) and _among_numbered_items(lines, index):
            heading = None  # `Destroyer CNS Hohhot (161)` / `Fast combat support ship CNS Chaganhu (965)`: a list's items
        if heading == "related-list" and _TEASER_INLINE.search(line.text):
            # `ALSO READ | Line 3 extension to open by June 30`: the teaser is on its line; what follows is story
            dropped.append(DroppedLine(line.number, line.text, heading))
            index += 1
            continue
        if heading == "comments" and (_prose_words(kept) < _STORY_MIN_WORDS or _captioned_below(lines, index)):
            # `Join the conversation` in the share bar over the story (only a standfirst above): a button
            dropped.append(DroppedLine(line.number, line.text, "interface"))
            index += 1
            continue
        if heading:
            resumed = _resumed_prose(lines, index + 1, _age_lines(dropped), english) if resume else None
            if resumed is not None and _only_teasers_resume(lines, resumed):
                resumed = None  # `Read Next` / headline / `A sharp drop in volatility ..., he warns.` / `Most Popular`
            if (resumed is not None and (_ends_story(lines[index:resumed]) or _foot_above(kept, lines[index:resumed], dropped))
                    and _prose_words(kept) >= _prose_words(lines[resumed:])):
                resumed = None  # tags and comments under the story: what prose follows is the footer's or readers'
            if resumed is None:
                return kept, _drop_tail(lines[index:], dropped, english) or section
            resumed = _with_quoted_subheading(lines, index, resumed)
            if not time_seen and _prose_words(kept) < _STORY_MIN_WORDS:
                resumed = _story_header_in_box(lines, index, resumed)
            elif not time_seen:
                resumed = _time_over_resumed_story(lines, index, resumed)
            box_section = _drop_tail(lines[index:resumed], dropped, english)  # always called: its lines must be reported
            section = section or box_section
            index = resumed
            continue
        prose = is_prose(line.text)
        seen_prose = seen_prose or prose
        if english and prose and is_english_prose(line.text) and not is_time_line(line.text):
            english_prose_words += len(line.text.split())  # (`Published on February 7, 2025, at 4:09 pm.` is the header's)
        reason = None if seen_prose or not list_heading_reason(line.text) else clutter_reason(line.text)
        if reason:  # a list heading above the article (deferred by `drop_clutter`) is clutter there
            dropped.append(DroppedLine(line.number, line.text, reason))
        else:
            kept.append(line)
            time_seen = time_seen or is_time_line(line.text)
        index += 1
    return kept, section


_NUMBER_IN_BRACKETS_END = re.compile(r"\(\d{1,5}\)$")


def _among_numbered_items(lines: list[Line], index: int) -> bool:
    """The line right above or right under `lines[index]` ends with a number in brackets too: items of a list (ships with
    their hull numbers), not a comment section's counted tab."""
    neighbours = [lines[other].text for other in (index - 1, index + 1) if 0 <= other < len(lines)]
    return any(_NUMBER_IN_BRACKETS_END.search(text) for text in neighbours)


def _story_header_in_box(lines: list[Line], start: int, resumed: int) -> int:
    """Where a box over the story ends: at a time line inside it, when neither the story nor its time has been
    printed above (`Available languages:` / `Deutsch` / ... / `Press release | 30 November 2026 | Brussels` / headline /
    text): the time line and the headline under it are the story's header, no item of the box."""
    time_at = next((position for position in range(start + 1, resumed) if is_time_line(lines[position].text)), resumed)
    if time_at == resumed or _headline_under(lines, time_at):
        return time_at
    # The headline, and its deck, right over a time line with no headline under it are the story's too
    # (`Currencies` / `The yen just sank ...` / `Japan's finance ministry has issued ...` / `Last Updated: ...`).
    above = [position for position in range(time_at - 1, start, -1) if lines[position].text][:_HEADLINE_AND_DECK]
    if len(above) == _HEADLINE_AND_DECK and is_prose(lines[above[0]].text) and looks_like_headline(lines[above[1]].text):
        return above[1]
    if above and looks_like_headline(lines[above[0]].text):
        return above[0]
    return time_at


_HEADLINE_AND_DECK = 2
# The story's time line stands this close over its resumed text (a reading time may come between).
_TIME_OVER_STORY_REACH = 2


def _time_over_resumed_story(lines: list[Line], start: int, resumed: int) -> int:
    """A time line at a box's foot, right over the story's text going on, when the story's time has not been printed
    above (`More from this author | ...` / `This content was published on` / `December 23, 2026 - 11:04` /
    `4 minutes` / story): the story's own time, no item of the box."""
    texts = [position for position in range(start + 1, resumed) if lines[position].text][-_TIME_OVER_STORY_REACH:]
    # (with its clock: a teaser's date at a box's foot is a day alone, `Feb 4, 2026`)
    return next((position for position in texts if is_time_line(lines[position].text) and has_clock(lines[position].text)),
                resumed)


def _headline_under(lines: list[Line], index: int) -> bool:
    """A headline-shaped line is the next text under the line at `index` (past more time lines)."""
    for line in lines[index + 1 :]:
        if line.text and not is_time_line(line.text):
            return looks_like_headline(line.text)
    return False


# A platform's author box names the writer on its heading: `Written by Tobias Wren` / `1.2K Followers` / ...,
# `Author: Rieko Nagase` / bio.
_WRITTEN_BY_NAME = re.compile(r"^(?:written by|author:) (?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})$", re.I)
# An author box holds a name, a line about the author and maybe a link or two.
_AUTHOR_BOX_MAX_LINES = 6


def take_author_box(lines: list[Line], dropped: list[DroppedLine]) -> tuple[list[Line], str | None]:
    """Drop an author box after the article (`About the author` / name / bio); return the name in it.

    The name is the byline when the page prints none above the article.
    """
    seen_prose = False
    prose_words = 0
    for index, line in enumerate(lines):
        # (`Written by Corinne Abelard` under a standfirst is the byline: a story must stand above the box)
        inline = _WRITTEN_BY_NAME.match(line.text) if prose_words >= _STORY_MIN_WORDS else None
        if inline and not is_person_name(inline["name"]):
            inline = None
        if seen_prose and (vocab.AUTHOR_BOX_HEADING.match(line.text) or inline):
            # (the box ends at the next list's heading, `Explore More Topics`, `Most Popular`: the foot's lists are
            # `cut_tail`'s, with all their items)
            box = [other for other in lines[index:] if other.text][: _AUTHOR_BOX_MAX_LINES + 1]
            box = box[:1] + _up_to_a_list(box[1:])
            name = inline["name"] if inline else _name_in_box(box[1:])
            taken = {other.number for other in box}
            dropped.extend(DroppedLine(other.number, other.text, "author-box") for other in box)
            return [other for other in lines if other.number not in taken], name
        seen_prose = seen_prose or is_prose(line.text)
        prose_words += len(line.text.split()) if is_prose(line.text) else 0
    return lines, None


def _up_to_a_list(box: list[Line]) -> list[Line]:
    """The box's lines before the next list's heading (`Related Stories`, `More from ...`): the page's foot goes on there."""
    end = next((index for index, line in enumerate(box) if _ending_reason(line.text)), len(box))
    return box[:end]


# A bio names its author first: `Rachel Nguyen is a reporter with ...`, `Tom Ellis covers health.`
_BIO_NAME = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:is|was|covers|writes|reports|has)\b")


def _name_in_box(lines: list[Line]) -> str | None:
    """The author's name in a box: a name alone on its line, else the name a bio opens with."""
    alone = next((line.text for line in lines if is_person_name(line.text)), None)
    if alone:
        return alone
    opening = next((found for line in lines if (found := _BIO_NAME.match(line.text))), None)
    return opening["name"] if opening and is_person_name(opening["name"]) else None


def _ending_reason(text: str, english: bool = False) -> str | None:
    """A list heading's reason, or `end-mark` for a release's end mark.

    Under an English story, a label in another language (`Διαβάστε επίσης`, `Mest lesið`) is the
    page's own heading over a box (`related-list`): the outlet writes its chrome in its language.
    """
    reason = list_heading_reason(text) or ("end-mark" if vocab.END_MARK_ALONE.match(text) else None)
    if reason:
        return reason
    if vocab.COUNTED_LABEL.match(text):
        return "comments"
    return "related-list" if english and is_other_language_label(text) else None


def _orphaned_heading_reason(last: Paragraph, above: Paragraph, dropped: list[DroppedLine]) -> str | None:
    """The reason of the box a heading closing the text headed, when all under it was dropped
    (`Support services` over a helpline notice and its numbers): a story ends on prose, never on its
    own subheading. None when the heading is the text's or nothing under it was dropped, or when
    the line is a table's last row (`Kinsale Athletic 2 Mallow United 0` under rows of its shape)."""
    if not is_heading(last.text) or last.text.endswith("?") or is_row_under_row(last.text, above.text):
        return None
    if holds_full_date(last.text):
        return None  # `Nuala Brennock: born March 2nd, 1941; died February 11th, 2026`: a fact closing the story
    under = [line for line in dropped if line.number > last.line]
    return min(under, key=lambda line: line.number).reason if under else None


def _captioned_below(lines: list[Line], index: int) -> bool:
    """A photo's caption right under a comment count (`Comments 14` / `... in Johannesburg. (Photo: ... / AFP)`):
    the count is the share bar's button over the story's photo, no comment section."""
    below = next((line.text for line in lines[index + 1 :] if line.text), "")
    return ends_with_credit(below)


def _ends_story(box: list[Line]) -> bool:
    """A box of tags, comments or a disclaimer, boxes that run into one (`Related stories` / ... / `Topics`),
    or several boxes in a row (`Read Next` / ... / `EDITORS' PICK` / ... / `MOST READ`): the page's foot."""
    texts = [line.text for line in box if line.text]
    reasons = [_ending_reason(text) for text in texts]
    if any(reason in vocab.ENDING_LIST_HEADINGS for reason in reasons):
        return True
    # headings stacked over one list are one box's (`Read More` / `Related Articles` / its item)
    boxes = sum(1 for index, reason in enumerate(reasons) if reason and (index == 0 or not reasons[index - 1]))
    return boxes >= _BOXES_AT_THE_FOOT


# What a page prints at the foot of a story, under its last paragraph: its share bar, and its tags, date or
# copyright (`Date 20.11.2025` / `Author ...` / `Keywords ...` / `Share`).
_FOOT_REASONS = frozenset({"tag-list", "time-line", "copyright"})
_ENTRY_HEAD_LINES = 2


def _foot_above(kept: list[Line], box: list[Line], dropped: list[DroppedLine]) -> bool:
    """From the story's last prose down to the prose under this box, the page printed its foot: a share bar with
    the story's tags, date or copyright. The story ended there; prose under the box is other stories' summaries."""
    last_prose = next((index for index in range(len(kept) - 1, -1, -1) if is_prose(kept[index].text)), None)
    if last_prose is None or not box or _prose_words(kept) < _STORY_MIN_WORDS:
        return False  # (a live page's share bar and time over its first entry stand under its headline)
    # (a live page's next entry opens the prose under the box with its time and author: not the foot's time)
    span = [line for line in kept[last_prose + 1 :] + box if line.text][: -_ENTRY_HEAD_LINES]
    low, high = kept[last_prose].number, box[-1].number
    reasons = {line.reason for line in dropped if low < line.number <= high}
    reasons |= {clutter_reason(line.text) or ("time-line" if is_time_line(line.text) else None) for line in span}
    return "share-buttons" in reasons and not reasons.isdisjoint(_FOOT_REASONS)


def _with_quoted_subheading(lines: list[Line], start: int, resumed: int) -> int:
    """Where the story resumes after a box: at the subheading heading its prose, if one stands right above:
    a quoted one, or a short heading set off from the box's items by a blank line (`Related article` /
    `Four Republicans, one vote: How ...` / blank / `What happens next` / blank / prose)."""
    above = next((index for index in range(resumed - 1, start, -1) if lines[index].text), None)
    if above is None:
        return resumed
    text = lines[above].text
    if quoted_phrase(text):
        return above
    set_off = above > start + 1 and not lines[above - 1].text and any(line.text for line in lines[start + 1 : above - 1])
    items = [line.text for line in lines[start + 1 : above] if line.text]
    # `Biography: ...` / `Spotlight: ...` / `Building Capacity Together`: a line unlike the box's labelled items
    unlike_items = len(items) >= 2 and all(_LABELLED_ITEM.match(item) for item in items) and not _LABELLED_ITEM.match(text)
    short = len(text.split()) <= _SUBHEADING_MAX_WORDS
    # `... supply boats near a disputed shoal.` / `02/18/2025` / `Part of a broader Indo-Pacific push`: the item's date closed it
    after_item_date = above > start + 1 and _is_time_alone(lines[above - 1].text)
    # `What happened?` / ... / `Why does it matter?` / ... / box / `Will my bills go up?` / prose: an explainer's
    # question, shaped like the questions heading its sections above the box
    story = lines[max(0, start - _QUESTIONS_REACH) : start]
    asked_as_above = _is_question_heading(text) and any(
        _is_question_heading(line.text) and is_prose(following.text) for line, following in zip(story, story[1:]))
    # `Read more:` / `Chinese police liaison team visits Port Vila` / `Tonga signs ...` / `Competition for influence` /
    # prose: a line two thirds as long as every headline in the box over it heads the story's next section
    # (an item's author, `By Felix Aumann`, `Lucía Ferrer | Madrid`, is no subheading)
    # (set tight over the story's prose: a short last item stands a blank line over whatever follows the box)
    shorter_than_items = above == resumed - 1 and bool(items) and len(text.split()) <= _SHORT_SUBHEADING_WORDS and all(
        2 * len(item.split()) >= 3 * len(text.split()) for item in items) and not _names_an_author(text) and (
        # (`Naval Horizon` / `Naval Horizon is an independent news website ...`: a box about the outlet, under its name)
        not lines[resumed].text.startswith(text))
    if (set_off or unlike_items or after_item_date or asked_as_above or shorter_than_items) and short and is_heading(text) \
            and not list_heading_reason(text) and not clutter_reason(text):
        return above
    return resumed


def _names_an_author(text: str) -> bool:
    """`By Felix Aumann`, `Von Henrike Adelmann`, `Lucía Ferrer | Madrid`: a byline, or names beside a bar."""
    if read_byline(text) is not None:
        return True
    parts = re.split(r"\s*[|·•]\s*", text, maxsplit=1)
    return len(parts) == 2 and (is_names(parts[0]) or is_names(parts[1]))  # (`Opinion · Dana Roe`: its kind, then its author)


# A section's subheading is a few words (a headline in a box runs longer): `Competition for influence`.
_SHORT_SUBHEADING_WORDS = 4
# The story's lines above a box looked at for its question subheadings (bounded: a page may hold many boxes).
_QUESTIONS_REACH = 80


def _is_question_heading(text: str) -> bool:
    return text.endswith("?") and len(text.split()) <= _SUBHEADING_MAX_WORDS and text[:1].isupper()


# A box's item labelled by its kind: `Biography: Alan Whitcombe`, `Fact Sheet: Strengthening ...`.
_LABELLED_ITEM = re.compile(r"^[A-Z][\w'’ -]{1,24}:\s+\S")


# A subheading after a box is a few words; a longer line there is one of the box's headlines.
_SUBHEADING_MAX_WORDS = 6


def _prose_words(lines: list[Line]) -> int:
    return sum(len(line.text.split()) for line in lines if is_prose(line.text))


# What resumes the story under a box holds a paragraph of this many words, or this many words in all before the
# next box.
_RESUMED_PARAGRAPH_WORDS = 20
_RESUMED_TEXT_WORDS = 30


_TEASER_BYLINE_MAX_WORDS = 8


def _signed_below(lines: list[Line], index: int) -> bool:
    below = next((line.text for line in lines[index + 1 : index + 3] if line.text), "")
    return bool(vocab.BY_NAME.match(below)) and len(below.split()) <= _TEASER_BYLINE_MAX_WORDS


def _only_teasers_resume(lines: list[Line], resumed: int) -> bool:
    """The prose under a box is another story's summary, not the story going on: short, and another list's heading
    follows it before any paragraph of the story's length."""
    words = 0
    # each sentence set tight under a headline: a teaser's deck (`The Sanctions Paradox` / `Economic pressure ...`)
    under_titles = True
    for index in range(resumed, len(lines)):
        line = lines[index]
        if list_heading_reason(line.text):
            return words < _RESUMED_TEXT_WORDS or under_titles
        if is_prose(line.text):
            if _signed_below(lines, index):
                return True  # headline / deck / `By Caspar Wendell`: another story's teaser (no story goes on over a byline)
            count = len(line.text.split())
            if count >= _RESUMED_PARAGRAPH_WORDS:
                return False
            words += count
            above = lines[index - 1].text if index > 0 else ""
            under_titles = under_titles and bool(above) and not is_prose(above)
    return False


def _resumed_prose(lines: list[Line], start: int, ages: set[int] = frozenset(), english: bool = False) -> int | None:
    """Where the story's prose goes on under a box, or None. Under an English story, prose in
    another language (`Connectez-vous pour commenter.`) is the page's, and resumes nothing."""
    spaced = _spaced_paragraphs(lines[:start])
    for index in range(start, len(lines)):
        text = lines[index].text
        if english and not is_english_prose(text):
            continue
        if ends_with_credit(text) and len(text.split()) >= _RESUMED_PROSE_MIN_WORDS and is_prose(without_credit(text)):
            return index  # a photo's credited caption: the story's own picture, under a box of quotes beside its top
        if _leads_into_list(lines, index) or _asks_over_list(lines, index):
            # `Among the new routes are:` / items, `What does it mean for customers?` / items: the story's own list,
            # set apart from the box above
            return index
        if (is_prose(text) and len(text.split()) >= _RESUMED_PROSE_MIN_WORDS and not _is_question_teaser(text)
                # (`More About This Commentary` / `Marcus Ellery is a senior ...`: the box is about the authors)
                and not (_AUTHOR_BIO.match(text) and start > 0 and _ABOUT_HEADING.search(lines[start - 1].text))
                and not is_title_cased(text, _RELATED_TITLE_SHARE)  # `A Judge Blocked the Refunds. Here's What Comes Next.`
                and not _is_cut_teaser(text) and not vocab.is_heres_teaser(text)
                and not (spaced and _is_box_summary(lines, index))
                and not _is_dated_teaser(lines, index, ages)):
            return index
    return None


# A box's heading about the piece or its authors: `More About This Commentary`, `About the authors`.
_ABOUT_HEADING = re.compile(r"\babout (?:this|the) (?:commentary|article|story|authors?|writers?|piece|essay|report)\b", re.I)


# A sentence leading into a list, set apart under a box: this many words, with a verb's words in lower case.
_LIST_LEAD_MIN_WORDS = 4


def _leads_into_list(lines: list[Line], index: int) -> bool:
    """A sentence ending in a colon, a blank line above it, opening the story's own list (`Among the new routes are:`)."""
    text = lines[index].text
    return (text.endswith(":") and len(text.split()) >= _LIST_LEAD_MIN_WORDS and index > 0 and not lines[index - 1].text
            and text[:1].isupper() and sum(word.islower() for word in text.split()) >= 2 and not list_heading_reason(text))


# A question heading over the story's own list: at least this many items, set tight, each of a few words at least.
_ASKED_LIST_MIN_ITEMS = 3
_ASKED_ITEM_MIN_WORDS = 5


def _asks_over_list(lines: list[Line], index: int) -> bool:
    """`What does it mean for customers?` / (blank) / items set tight with no stop: a subheading over the story's
    list, not another story's teaser (a teaser's question has no list under it)."""
    text = lines[index].text
    if not text.endswith("?") or index == 0 or lines[index - 1].text:
        return False
    following = lines[index + 1 :]
    while following and not following[0].text:
        following = following[1:]
    items = []
    for line in following:
        if not line.text or vocab.ends_sentence(line.text) or len(line.text.split()) < _ASKED_ITEM_MIN_WORDS:
            break
        items.append(line)
    return len(items) >= _ASKED_LIST_MIN_ITEMS


def _is_time_alone(text: str) -> bool:
    return bool(text) and len(text) <= TIME_LINE_MAX_CHARS and find_time(text) is not None


def _age_lines(dropped: list[DroppedLine]) -> set[int]:
    """The numbers of the lines dropped as a time alone (`5 hrs ago`, `02/18/2025`) or a source and its reading time
    (`Reuters · 2 min read`), as teasers in a box print them."""
    return {line.number for line in dropped if line.reason == "time-line" or _READING_TIME.search(line.text)}


_READING_TIME = re.compile(r"\b\d{1,2} min(ute)?s? read$", re.I)


def _is_dated_teaser(lines: list[Line], index: int, ages: set[int]) -> bool:
    """`5 hrs ago` / `South Korea's acting leader vows ...` / `Seoul's caretaker government says ...` / `5 hrs ago`:
    a sentence under another story's headline with the teaser's age or date printed right under it is that story's summary."""
    number = lines[index].number
    above = lines[index - 1] if index > 0 else None
    headline_above = above is not None and above.number == number - 1 and bool(above.text) and not is_prose(above.text)
    dated_below = index + 1 < len(lines) and _is_time_alone(lines[index + 1].text)
    return headline_above and (dated_below or bool({number + 1, number + 2} & ages))


# A box's summary of another story is a sentence of about this many words at most.
_BOX_SUMMARY_MAX_WORDS = 30


def _spaced_paragraphs(lines: list[Line]) -> bool:
    """The story's paragraphs above stand apart, a blank line between them."""
    return any(not line.text and is_prose(above.text) and is_prose(below.text)
               for above, line, below in zip(lines, lines[1:], lines[2:]))


def _is_box_summary(lines: list[Line], index: int) -> bool:
    """`Read more` / `House appropriators eye ...` / `Lawmakers say the money ...` / story: a sentence set tight
    between another story's headline and more prose (or the next box), in a page whose paragraphs stand apart, is that headline's
    summary; the story resumes under it."""
    above = lines[index - 1].text if index > 0 else ""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    closed = is_prose(below) or _ending_reason(below) is not None or _TEASER_SIGNATURE.match(below) is not None
    short = len(lines[index].text.split()) <= _BOX_SUMMARY_MAX_WORDS
    return bool(above) and not is_prose(above) and bool(below) and closed and short


# A teaser's kind and author under its summary: `Analysis | Reuben Salgado-Mori`, `Opinion · Dana Roe`.
_TEASER_SIGNATURE = re.compile(r"^[A-Z][\w'’ -]{1,24}\s*[|•·]\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}$")


# A short question is another story's headline (`Germany: Why are regional trains so often late?`).
_QUESTION_TEASER_MAX_WORDS = 14


# A headline cut short by a list runs to about twenty words with its dots.
_CUT_TEASER_MAX_WORDS = 20


def _is_cut_teaser(text: str) -> bool:
    """Another story's headline cut short by the list: `Council bosses accused of 'letting seaside towns rot' as...`."""
    return text.endswith(("...", "…")) and len(text.split()) <= _CUT_TEASER_MAX_WORDS


def _is_question_teaser(text: str) -> bool:
    return text.endswith("?") and len(text.split()) <= _QUESTION_TEASER_MAX_WORDS


def _drop_tail(tail: list[Line], dropped: list[DroppedLine], english: bool = False) -> str | None:
    section = None
    reason = "popular-list"
    names_sections = False  # the line before was a heading naming the article's sections
    for line in tail:
        if not line.text:
            continue
        heading = _ending_reason(line.text, english)
        if heading:
            reason = "boilerplate" if heading == "end-mark" else heading  # under `###`: the release's own notes
            section = section or _section_from_heading(line.text)
            names_sections = bool(vocab.SECTIONS_HEADING.match(line.text))
            dropped.append(DroppedLine(line.number, line.text, heading))
        elif names_sections:
            section = section or line.text  # `Related Sections` / `Environmental`: the first is the article's
            names_sections = False
            dropped.append(DroppedLine(line.number, line.text, reason))
        elif vocab.SEPARATOR_LINE.match(line.text):
            dropped.append(DroppedLine(line.number, line.text, "list-separator"))
        else:
            dropped.append(DroppedLine(line.number, line.text, reason))
    return section


_PAYWALL_MAX_CHARS = 160
# A comment section's rules run to a few sentences.
_COMMENT_RULES_MAX_CHARS = 480


_TRAILING_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)$")


def list_heading_reason(text: str) -> str | None:
    """A short line without sentence punctuation naming a list of articles (maybe with its items inline)."""
    if len(text) <= _PAYWALL_MAX_CHARS and vocab.LIST_HEADING_PATTERNS["paywall"].match(text):
        return "paywall"  # a paywall's prompt may be a sentence: `You have reached your free article limit.`
    if vocab.STUDY_NOTE.match(text):
        return "boilerplate"  # `More information: Rebecca Tran et al, ...`: the study's reference ends the story
    if len(text) <= _COMMENT_RULES_MAX_CHARS and vocab.COMMENTS_NOTE.match(text):
        return "comments"  # and so may a comment section's note: `The comments below have not been moderated.`
    head = vocab.INLINE_LIST_SEPARATOR.split(text, maxsplit=1)[0].removesuffix(":")  # "Related coverage:"
    head = _TRAILING_ELLIPSIS.sub("", head)  # `You Might Also Like …`
    if not head or len(head) > 60 or vocab.ends_sentence(head):
        return None
    for reason, pattern in vocab.LIST_HEADING_PATTERNS.items():
        if pattern.search(head):
            return reason
    return None


def _section_from_heading(text: str) -> str | None:
    match = vocab.SECTION_BEFORE_HEADING.match(text) or vocab.SECTION_IN_HEADING.match(text)
    # (`More from Reuters` names the agency whose stories follow, not a section)
    return match["section"].strip() if match and may_name_a_section(match["section"]) else None


def take_name_under_lead(
    byline: str | None, paragraphs: list[Paragraph], dropped: list[DroppedLine]
) -> tuple[str | None, list[Paragraph]]:
    """A person's name alone under the first paragraph, the story going on under it, is its author's
    byline where the page printed none above (`... on Friday.` / `Ndapewa Haufiku` / `The council ...`)."""
    if byline is not None or len(paragraphs) < 3 or not is_prose(paragraphs[0].text):
        return byline, paragraphs
    name = paragraphs[1].text.strip()
    if not is_person_name(name) or not is_prose(paragraphs[2].text):
        return byline, paragraphs
    dropped.append(DroppedLine(paragraphs[1].line, paragraphs[1].text, "byline-detail"))
    return name, paragraphs[:1] + paragraphs[2:]


def take_signature(
    byline: str | None, paragraphs: list[Paragraph], dropped: list[DroppedLine]
) -> tuple[str | None, list[Paragraph]]:
    """A last line that only names the author (and maybe a place) signs the story: the byline, not body.

    The line may close the paragraphs, or stand right under them, already set aside as
    boilerplate (a short line of capitalised words among the page's chrome).
    """
    if len(paragraphs) < 2:
        return byline, paragraphs
    names = signature_names(paragraphs[-1].text)
    if names is not None and (byline is None or names in byline):
        dropped.append(DroppedLine(paragraphs[-1].line, paragraphs[-1].text, "byline-detail"))
        return byline or names, paragraphs[:-1]
    # (a note on how the story was made may stand between: `This article was originally written in Korean ...`)
    below = sorted((line for line in dropped if line.number > paragraphs[-1].line), key=lambda line: line.number)
    under = next((line for line in below if line.reason not in _NOTES_OVER_SIGNATURE), None)
    names = signature_names(under.text) if byline is None and under and under.reason == "boilerplate" else None
    following = next((line for line in below if under is not None and line.number == under.number + 1), None)
    if names is not None and following is not None and following.reason == under.reason and _is_tag(following.text):
        names = None  # `West Philippine Sea` / `China Coast Guard` / ...: a list of tags under the story, not a signature
    if names is not None:
        dropped[dropped.index(under)] = DroppedLine(under.number, under.text, "byline-detail")
    return byline or names, paragraphs


_NOTES_OVER_SIGNATURE = frozenset({"notice", "credits", "editorial-marker"})
# A tag is a few capitalised words with no stop.
_TAG_MAX_WORDS = 4


def _is_tag(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _TAG_MAX_WORDS and not vocab.ends_sentence(text) and words[0][:1].isupper()


# A closing line about the writer: `Renata Oyelaran is a staff writer at The Lantern Review, where ...`,
# `Kayla Brennan covers public safety for the Gazette. Reach her at ...`.
_AUTHOR_BIO = re.compile(
    r"^(?!.*\b(said|says|told)\b)(?P<name>[A-Z][\w.'’-]+(?: [\w.'’-]+){1,3}?) (?:(is|was) (a|an|the) [^.]{0,60}?\b(?P<role>writer|reporter|correspondent|"
    r"editor|journalist|columnist|contributor|critic|author|producer|photographer|fellow|scientist|researcher|"
    r"analyst|economist|professor|lecturer)\b"
    r"|(?:joined [^.]{1,40} and )?covers\b|(has )?(written|reported) for\b)"
)


def bio_author(paragraphs: list[Paragraph]) -> str | None:
    """The writer a closing bio names, for a story that printed no byline."""
    return _bio_name(paragraphs[-1].text) if len(paragraphs) >= 2 else None


def _bio_name(text: str) -> str | None:
    """The writer a line about the writer names by its shape alone (`_AUTHOR_BIO`), or None."""
    words = len(text.split())
    match = _AUTHOR_BIO.match(text)
    if words > _AUTHOR_BIO_MAX_WORDS and not (match and words <= _NAMED_BIO_MAX_WORDS and match["role"]):
        return None  # (a longer one must say the writer's role at once: `Priya Vandermeer is a senior writer at ...`)
    return match["name"] if match and is_person_name(match["name"]) else None


# Fields a page prints under the story, among its footer: `Date 14.10.2026`, `Author Maren Vogt`.
# (and a source with its date, as a reader notes where an excerpt came from: `Source: The Straits Courier, 1 December 2026`)
_TAIL_TIME_LABEL = re.compile(r"^(date|published|publication date|posted|first published|veröffentlicht|publié|publicado"
                              r"|source\s*:)", re.I)


_TAIL_AUTHOR = re.compile(
    r"^(author|authors|writer|writers|reporter|reporters|by|written by|(story|words|text|report|reporting) by|autor|auteur"
    r"|(story|words|text|reporting)(?=\s*:))\s*:?\s+(?P<names>\S.{2,80})$",
    re.I,
)


def read_tail_fields(header: Header, paragraphs: list[Paragraph], dropped: list[DroppedLine]) -> str | None:
    """A publication time and an author labelled under the story, for a page that printed neither above it.

    The time fills the header's stamp; the author's names are returned.
    """
    last = paragraphs[-1].line if paragraphs else 0
    names = None
    for item in sorted((item for item in dropped if item.number > last), key=lambda item: item.number):
        # Under the story, `First published: ...` also corrects an update time read above it.
        # A labelled time under the story also beats a date alone atop the page, which may be the site's date of today.
        wanted = (header.stamp is None or header.stamp_is_update and vocab.FIRST_PUBLISHED.match(item.text)
                  or header.stamp_is_site_date)
        if wanted and _TAIL_TIME_LABEL.match(item.text) and len(item.text) <= TIME_LINE_MAX_CHARS:
            found = find_time(item.text)
            if found is not None:
                stamp = found[0]
                update = header.stamp if header.stamp_is_update else None
                if isinstance(stamp, AmbiguousDate) and isinstance(update, PublicationTime):
                    stamp = settle_before(stamp, update)
                header.stamp, header.stamp_in_body, header.stamp_is_update = stamp, True, False
        author = _TAIL_AUTHOR.match(item.text)
        if names is None and author and is_names(author["names"]):
            names = clean_byline(author["names"])
        elif names is None and item.text[:1] in "—–-":
            names = signature_names(item.text)  # `— Mariel Dizon/DVM, GMA News`, set aside as boilerplate
    return names


# A bio the author writes in the first person, under the name: `I am a board adviser ...`, `I write about ...`.
_FIRST_PERSON_BIO = re.compile(r"^(I am an? |I['’]m an? |I (write|report|cover) (about|on)? ?)", re.I)
# What a bio says of its author right after the name.
_BIO_VERB = re.compile(r"(is|was|covers|writes|reports|joined|has been|edits|leads)\b")


# The outlet speaking of the article or of itself, under the story: `This report was produced with
# ...`, `Our journalism is free to read ...`. Attributed, the same words are reporting.
_SELF_REFERENCE = re.compile(
    r"^(?!.*\b(said|says|told|according to|reported that|comment|respond|responded|declined|interviewed|reached)\b)"
    r".*(\b(this|the above) (article|story|report|piece|post|column|newsletter|feature)\b"
    r"|\bour (journalism|reporting|newsroom|coverage|readers|newsletters?|website|app|journalists|editors|podcasts?)\b"
    # a pointer to the outlet's live page (`Look back on Monday's announcements in our politics live blog.`);
    # a live page's own welcome (`Welcome to our live coverage ...`) is its first entry
    r"|^(look back|catch up|follow|read|see|get)\b.{0,80}\bour\b.{0,30}\blive ?(blog|page|coverage)\b)",
    re.I,
)
# A note of the outlet's is short; a longer paragraph is the story's.
_SELF_NOTE_MAX_WORDS = 40

# What a closing paragraph written about the publication, not the news, carries, whatever its
# wording: words of publishing (`website`, `subscribers`, `all rights reserved`, `privacy`, `this
# email ... confidential`), the outlet's voice (`we`, `our`), the reader addressed (`you`) or told
# what to do (`Catch all the ...`, `Forward the Morning Brief`), the page named (`this website`).
# Each kind of cue counts once (publishing words up to three); a story's last paragraph may carry
# one or two (`... sign up through the alliance's website`), a notice carries more.
_PUBLISHING_WORDS = re.compile(
    r"\b(websites?|site|apps?|newsletters?|subscri(be|bers?|ption)|readers?|rights reserved|all rights|permission"
    r"|copyright|reproduc\w*|republish\w*|licen[sc]\w*|privacy|terms of|e-?mails?|forward(ed)?|donat\w*"
    r"|confidential|intended recipient|registered (in|office)|liab\w+|translat\w+|delayed|real-time|quotes"
    r"|journalism|newsroom|latest news|breaking news|news updates|sign up|download|click|follow us|contact us"
    r"|letters? to the editor"
    # an outlet's standards (`... our partnership with The Trust Project to increase transparency in news`)
    r"|the trust project|(editorial|ethics|corrections) (standards|polic(y|ies)|guidelines)"
    # an opinion section's disclaimer (`Opinions expressed do not necessarily reflect the views of ...`)
    r"|(opinions|views) expressed|necessarily (reflect|represent)|outside contributions|guest (essays?|columns?)"
    # a comment box's policy (`... first and last names will appear with each submission to ... online communities`)
    r"|submi(t|ts|tting|ssions?)|online communit(y|ies)|(respectful|civil) (conversations?|discussions?)"
    r"|never miss|miss an update)\b",
    re.I,
)
# Where the outlet takes letters and tips: a story quotes people, it rarely prints their addresses.

# The networks an outlet asks to be followed on: one kind of cue however many are named (a story about
# `Meta's Facebook, Instagram and WhatsApp` names them too).
_PLATFORMS = re.compile(r"\b(facebook|twitter|instagram|telegram|whatsapp|youtube|tiktok|linkedin)\b", re.I)
# (at a sentence's start: `Have something to say? Send a letter to the editor ...`)
_CALL_TO_ACTION = re.compile(
    r"(?:^|(?<=[.?!])\s+)\W*(catch|forward|read|follow|sign up|subscribe|download|click|visit|share|support|donate|join|get|learn|know someone"
    r"|see|watch|listen|send|contact|email|write)\b",
    re.I,
)
_THIS_PAGE = re.compile(r"\bthis (article|story|report|piece|post|column|newsletter|e-?mail|message|page|website|site)\b", re.I)
_NOTICE_MIN_CUES = 3
_REPORTED = re.compile(r"\b(" + vocab.ATTRIBUTION_WORDS + r"|announced|added|stated)\b", re.I)
# A notice runs longer than a note (`Anadolu Agency website contains only a portion of ...`), not a page.
_NOTICE_MAX_WORDS = 80


def notice_cues(text: str) -> int:
    """How many kinds of cue say that `text` is about the publication rather than the news.

    Attributed or quoted words (`..., the council said`) are reporting: they carry none.
    """
    if _REPORTED.search(text) or re.search(r"[\"“”]", text):
        return 0
    cues = min(len({match.group(0).casefold() for match in _PUBLISHING_WORDS.finditer(text)}), 3)
    cues += bool(_OUTLET_VOICE.search(text)) + bool(vocab.READER_PRONOUN.search(text)) + bool(_PLATFORMS.search(text))
    cues += bool(_CALL_TO_ACTION.search(text)) + 2 * bool(_THIS_PAGE.search(text)) + bool(_E_MAIL_ADDRESS.search(text))
    cues += text.startswith("(") and text.rstrip().endswith(")")  # `(Catch all the Business News ... on The Times.)`
    # a writer speaking as `I` is a columnist's or a newsletter's own paragraph, not the outlet's notice
    return cues - 2 * bool(FIRST_PERSON_SINGULAR.search(text))


def is_closing_notice(text: str) -> bool:
    """Whether a paragraph under the story is the outlet's notice by the cues it carries."""
    return len(text.split()) <= _NOTICE_MAX_WORDS and notice_cues(text) >= _NOTICE_MIN_CUES


def drop_orphaned_headings(paragraphs: list[Paragraph], dropped: list[DroppedLine]) -> list[Paragraph]:
    """Drop the headings left closing the text when the lines under them went (`DAILY SAHIL NEWSLETTER` over a
    sign-up box the boilerplate model dropped): a story ends on prose, never on its own subheading."""
    while len(paragraphs) >= 2 and (reason := _orphaned_heading_reason(paragraphs[-1], paragraphs[-2], dropped)):
        dropped.append(DroppedLine(paragraphs[-1].line, paragraphs[-1].text, reason))
        paragraphs = paragraphs[:-1]
    return paragraphs


def drop_outlet_notes(paragraphs: list[Paragraph], dropped: list[DroppedLine]) -> list[Paragraph]:
    """Drop the outlet's notes on the article or itself closing the story (whatever their wording),
    and its appeal for support, however many paragraphs it runs to."""
    paragraphs = _drop_appeal(paragraphs, dropped)
    while len(paragraphs) >= 2:
        last = paragraphs[-1]
        describes_itself = _OUTLET_SELF_DESCRIPTION.match(last.text) and len(last.text.split()) <= _SELF_DESCRIPTION_MAX_WORDS
        self_note = len(last.text.split()) <= _SELF_NOTE_MAX_WORDS and _SELF_REFERENCE.match(last.text)
        without_headings = drop_orphaned_headings(paragraphs, dropped)
        if len(without_headings) < len(paragraphs):
            paragraphs = without_headings
            continue
        if not (describes_itself or self_note or is_closing_notice(last.text)):
            card = _contact_card_start(paragraphs)
            if card is None:
                break
            dropped.extend(DroppedLine(paragraph.line, paragraph.text, "signature") for paragraph in paragraphs[card:])
            paragraphs = paragraphs[:card]
            continue
        dropped.append(DroppedLine(last.line, last.text, "notice"))
        paragraphs = paragraphs[:-1]
        name = paragraphs[-1].text if describes_itself and len(paragraphs) >= 2 else ""
        if name and last.text.startswith(name + " "):  # `The Allied Press` / `The Allied Press is an independent ...`
            dropped.append(DroppedLine(paragraphs[-1].line, name, "notice"))
            paragraphs = paragraphs[:-1]
    return paragraphs


# An e-mail address: where the outlet takes letters and tips (a story quotes people, it rarely prints their
# addresses), and a contact card's detail.
_E_MAIL_ADDRESS = re.compile(r"\S+@[\w-]+\.\w[\w.]*")
# A line of a contact card: a telephone number (`O: 816-555-0142`, `+44 20 7946 0018`), an email or web
# address alone (`press@harlan.com`, `harlanfreight.com`), a street address (`1200 Grand Blvd, Suite 400`).
_CONTACT_DETAIL = re.compile(
    r"(?<![\w/])\+?\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\w/])"
    r"|" + _E_MAIL_ADDRESS.pattern +
    r"|^(www\.)?[\w-]+(\.[\w-]+)*\.(com|org|net|gov|edu|info|io|co|[a-z]{2})(/\S*)?$"
    r"|\b\d{1,5} [A-Z][\w.]*(?: [A-Z][\w.]*){0,3} (St|Street|Ave|Avenue|Blvd|Boulevard|Road|Rd|Lane|Drive|Dr|Way|Place|Square)\b",
)
# A card's lines are short fields, not sentences; it has a name over them and details in them.
_CARD_LINE_MAX_WORDS = 12
_CARD_MAX_LINES = 8
_CARD_MIN_DETAILS = 1


def _contact_card_start(paragraphs: list[Paragraph]) -> int | None:
    """Where a contact card closing the text starts (a forwarder's email signature: `Dana Whitcombe` /
    `Director, Network Planning | Harlan Freight` / `O: 816-555-0142` / `harlanfreight.com`), or None.

    The card is a run of short lines without a sentence's stop under a person's name, at least one of
    them a telephone number or an address; the story's own last paragraph is a sentence.
    """
    start = len(paragraphs)
    while (start > 1 and len(paragraphs) - start < _CARD_MAX_LINES
           and len(paragraphs[start - 1].text.split()) <= _CARD_LINE_MAX_WORDS
           and not re.search(r"[.!?][\"”’]?$", paragraphs[start - 1].text)):
        start -= 1
    run = paragraphs[start:]
    if run and start >= 1 and all(_CONTACT_DETAIL.search(paragraph.text) for paragraph in run):
        return start  # the card's details alone, its name and role read as a signature already
    names = [index for index, paragraph in enumerate(run) if is_person_name(paragraph.text)]
    if not names:
        return None
    card = run[names[0]:]
    details = sum(bool(_CONTACT_DETAIL.search(paragraph.text)) for paragraph in card)
    if details < _CARD_MIN_DETAILS or len(card) < 2 or start + names[0] < 1:
        return None
    return start + names[0]


# The outlet describing itself under the story: `The Allied Press is an independent global news organization ...`.
_OUTLET_SELF_DESCRIPTION = re.compile(
    r"^(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,5} is (?:an?|[A-Z][\w&.-]*['’]s) [^.]{0,60}\b(news (organi[sz]ation|agency|outlet|service|site|"
    r"publication|cooperative)|newsroom|media (company|organi[sz]ation|outlet)|nonprofit (newsroom|news|service|wire)|"
    r"(wire|syndication) service|publisher)\b"
)
_SELF_DESCRIPTION_MAX_WORDS = 70


def _drop_appeal(paragraphs: list[Paragraph], dropped: list[DroppedLine]) -> list[Paragraph]:
    """The closing paragraphs that ask for support or speak as the outlet (`we`, `our`), when two of them
    or more ask: `I hope you appreciated this article ... consider supporting` / `We have no shareholders ...`."""
    start = len(paragraphs)
    while start > 1 and _in_appeal(paragraphs[start - 1].text):
        start -= 1
    run = paragraphs[start:]
    if sum(bool(_APPEAL.search(paragraph.text)) for paragraph in run) < _APPEAL_MIN_ASKS:
        return paragraphs
    dropped.extend(DroppedLine(paragraph.line, paragraph.text, "reader-prompt") for paragraph in run)
    return paragraphs[:start]


# The outlet asking readers for money, in its own voice: `... consider supporting the Chronicle`,
# `Every contribution, however big or small, powers our reporting`. Attributed, the words are reporting.
_APPEAL = re.compile(r"\b(support(ing)?|contribut(e|ion|ions)|donat(e|ion)|give now|join us|subscrib(e|ing))\b", re.I)
_OUTLET_VOICE = re.compile(r"\b(we|our|us)\b", re.I)


_APPEAL_MIN_ASKS = 2


def _in_appeal(text: str) -> bool:
    return bool((_APPEAL.search(text) or _OUTLET_VOICE.search(text)) and not vocab.ATTRIBUTED.search(text))


# A bio that names the author by role, as South Asian papers close their columns: `The writer is a member of staff.`,
# `The author teaches economics at ...`.
_UNNAMED_BIO = re.compile(r"^the (writer|author|columnist|contributor|reviewer)s? (is|are|was|were|has|have|teaches|teach|"
                          r"works|work|heads|head|writes|write|serves|serve|tweets|can be reached)\b")


def drop_author_bio(byline: str | None, paragraphs: list[Paragraph], dropped: list[DroppedLine]) -> list[Paragraph]:
    """Drop the closing lines about the authors: `Clara Voss covers art and museums.`, one per
    author, each maybe under the author's name alone (`Winnie Lau` / `Winnie Lau joined the Post in 2019 ...`).

    With no byline, a bio is known by its shape alone (`bio_author`). A headline in title case
    under the bios is another story's, left by the box they close.
    """
    names = [name.casefold() for name in author_names(byline)] if byline else []
    # Agencies sign a bio with the surname alone: `Quentara covers courts for Allied Wire.`; a name
    # written family name first is signed with its first word (`Lin reports on shipping ...` for Lin Qiao).
    surnames = tuple({f"{part} " for name in names for part in (name.split()[-1], name.split()[0]) if len(part) > 1})

    def is_bio(paragraph: Paragraph) -> bool:
        # (a bio may be signed off with a dash: `— Keely Hartsough covers education for The Cascade Standard.`)
        text = paragraph.text.casefold().lstrip("—–- ")
        words = len(paragraph.text.split())
        if words > _AUTHOR_BIO_MAX_WORDS:
            # a longer one names the author and says what they are first (`Kenji Marsh is a reporter for ...`)
            return _is_named_bio(paragraph.text, names)
        by_surname = bool(surnames) and text.startswith(surnames) and _BIO_VERB.match(text.split(" ", 1)[1] if " " in text else "")
        return (any(text.startswith(name) for name in names) or bool(by_surname) or _bio_name(paragraph.text) is not None
                or bool(_UNNAMED_BIO.match(text)))

    def is_first_person_bio(index: int) -> bool:  # `Rachel Okonkwo` / `Follow` / `I am a board adviser and former ...`
        if index < 2 or not _FIRST_PERSON_BIO.match(paragraphs[index].text):
            return False
        if len(paragraphs[index].text.split()) > _AUTHOR_BIO_MAX_WORDS:
            return False
        between = range(paragraphs[index - 1].line + 1, paragraphs[index].line)
        named_between = any(item.number in between and is_person_name(item.text) for item in dropped)
        return named_between or is_person_name(paragraphs[index - 1].text)

    end = len(paragraphs)
    if end >= 3 and is_title_cased(paragraphs[-1].text, _RELATED_TITLE_SHARE) and is_bio(paragraphs[-2]):
        end -= 1
        dropped.append(DroppedLine(paragraphs[-1].line, paragraphs[-1].text, "related-list"))
    start = end
    while start >= 2 and (is_bio(paragraphs[start - 1]) or is_first_person_bio(start - 1)):
        start -= 1
        above = paragraphs[start - 1].text
        signed = paragraphs[start].text.casefold().startswith(tuple(f"{word} " for word in above.casefold().split()))
        if start >= 2 and is_person_name(above) and (signed or above.casefold() in names or is_first_person_bio(start)):
            start -= 1  # the author box's name over the bio (`JIWON PARK` / `Park covers ...`)
    if start < end and start >= 2 and _is_role_line(paragraphs[start - 1].text):
        start -= 1  # the box's job title between the name and the bio (`Contributing Writer`)
    dropped.extend(DroppedLine(paragraph.line, paragraph.text, "author-bio") for paragraph in paragraphs[start:end])
    return paragraphs[:start]


# An essay's note, numbered in brackets: `[1] Interviews with Japanese and U.S. defense officials, ...`.
_ENDNOTE = re.compile(r"^\[(\d{1,3})\]\s+\S")
_ENDNOTES_MIN = 2
# The page's own lines may follow the notes before the rules take them out (a membership pitch): a few at most.
_AFTER_ENDNOTES_MAX = 3


def drop_endnotes(paragraphs: list[Paragraph], dropped: list[DroppedLine]) -> list[Paragraph]:
    """The notes closing an essay, numbered from `[1]` on, each a paragraph of its own: not the story's text (the
    markers they answer stay in it). What follows them is the page's, not the essay's."""
    end = next((index + 1 for index in range(len(paragraphs) - 1, max(len(paragraphs) - 1 - _AFTER_ENDNOTES_MAX, -1), -1)
                if _ENDNOTE.match(paragraphs[index].text)), None)
    if end is None:
        return paragraphs
    start = end
    while start > 0 and _ENDNOTE.match(paragraphs[start - 1].text):
        start -= 1
    if end - start < _ENDNOTES_MIN or _ENDNOTE.match(paragraphs[start].text)[1] != "1":
        return paragraphs
    dropped.extend(DroppedLine(note.line, note.text, "endnotes") for note in paragraphs[start:end])
    dropped.extend(DroppedLine(line.line, line.text, "boilerplate") for line in paragraphs[end:])
    return paragraphs[:start]


# A box of the outlet's series or sections under the story, unheaded: each a title over a sentence saying what it is.
_TEASER_PAIRS_MIN = 2
_TEASER_BLURB_MAX_WORDS = 25
_TEASER_TITLE_MAX_WORDS = 8


def drop_teaser_pairs(paragraphs: list[Paragraph], dropped: list[DroppedLine]) -> list[Paragraph]:
    """`Okinawa at 55` / `A series on how life in Okinawa has changed ...` / `Behind the Diplomatic Files` / `Declassified
    ... documents shed new light ...`: two or more titles in title case, each over one short sentence, closing the
    page under the story, are promotions of other pages, not the story's subheadings (a story's run on in longer
    paragraphs, or ask)."""
    end = len(paragraphs)
    start = end
    while start >= 2 and _is_teaser_title(paragraphs[start - 2].text) and _is_teaser_blurb(paragraphs[start - 1].text):
        start -= 2
    if (end - start) // 2 < _TEASER_PAIRS_MIN or start < 1:
        return paragraphs
    if any(paragraphs[start].line < line.number < paragraphs[-1].line for line in dropped):
        return paragraphs  # (`55'` / `GOAL! ...` / a sentence / `23'` / ...: a live page's entries, their times between)
    dropped.extend(DroppedLine(line.line, line.text, "related-list") for line in paragraphs[start:])
    return paragraphs[:start]


def _is_teaser_title(text: str) -> bool:
    """A few words with no stop or question, its first and its longer words capitalised (`Okinawa at 55`, `Voices from
    the Border Islands`)."""
    longer = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if len(word) >= _TITLE_LONG_WORD_CHARS]
    return (len(text.split()) <= _TEASER_TITLE_MAX_WORDS and not vocab.ends_sentence(text) and not text.endswith("?")
            and text[:1].isupper() and bool(longer)
            and sum(word[0].isupper() for word in longer) >= _RELATED_TITLE_SHARE * len(longer))


# Short words (`from`, `with`) stay in lower case in a title.
_TITLE_LONG_WORD_CHARS = 5


def _is_teaser_blurb(text: str) -> bool:
    return (len(text.split()) <= _TEASER_BLURB_MAX_WORDS and vocab.ends_sentence(text)
            and len(re.findall(r"[.!?](?:\s|$)", text)) == 1 and not vocab.ATTRIBUTED.search(text)
            and not re.search(r"[\"“”]", text))


def drop_bio_over_story(byline: str | None, paragraphs: list[Paragraph], dropped: list[DroppedLine]) -> list[Paragraph]:
    """An author's bio printed under the byline, over the story: `Thandeka Mokoena is the outlet's diplomatic
    correspondent. She previously reported from Nairobi ...` as the first paragraph, the story under it."""
    if len(paragraphs) < 2 or not byline:
        return paragraphs
    names = [name.casefold() for name in author_names(byline)]
    # (a magazine signs it with the surname: `Whitford is a senior fellow at ...` under `BY DANIEL WHITFORD`)
    surnames = [name.split()[-1] for name in names if len(name.split()) >= 2]
    if not _is_named_bio(paragraphs[0].text, names + surnames):
        return paragraphs
    dropped.append(DroppedLine(paragraphs[0].line, paragraphs[0].text, "author-bio"))
    return paragraphs[1:]


def _is_named_bio(text: str, names: list[str]) -> bool:
    """`Kenji Marsh is a reporter for ...`: opens with an author's name (`names`, case-folded) and a bio's verb,
    two sentences at most."""
    lowered = text.casefold()
    return len(text.split()) <= _NAMED_BIO_MAX_WORDS and any(
        lowered.startswith(name) and _BIO_VERB.match(lowered[len(name) :].lstrip()) for name in names
    )


# A job title alone on its line: `Contributing Writer`, `Senior Political Correspondent`.
_ROLE_LINE_MAX_WORDS = 4


def _is_role_line(text: str) -> bool:
    words = text.casefold().split()
    return 0 < len(words) <= _ROLE_LINE_MAX_WORDS and all(word in vocab.ROLE_WORDS for word in words)


# Another story's headline capitalises most of its words; a story's sentence does not.
_RELATED_TITLE_SHARE = 0.7


# ------------------------------------------------------------------------------ readers' comments

# The buttons under each reader's comment; a thread is told by them, whatever its heading says.
# (`Reply` in the languages of English editions' comment boxes too)
_COMMENT_ACTION = re.compile(
    r"^(?:reply|like|report|like\s*[·•|]\s*reply|reply\s*[·•|]\s*\d+\s+likes?|\d+\s+likes?"
    r"|odgovori|odgovorite|odpovědět|odpovedať|válasz|vastaa|atsakyti|atbildēt|vasta|odpowiedz|răspunde|raspunde"
    r"|antworten|répondre|responder|rispondi|beantwoorden|svara|svar|ответить|відповісти)$",
    re.I,
)
# A comment's age: `2h`, `3 hours ago`, `5d` (a full date and clock is read by `find_time`).
_COMMENT_AGE = re.compile(r"^\d{1,3}\s*(?:m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|weeks?)(?:\s+ago)?$", re.I)
_COMMENTS_HEADING = re.compile(r"^(?:\d+\s+)?(?:comments?|replies|komentari|komentáře|komentáre|hozzászólások|kommentit|komentarai|"
                               r"komentarze|comentarii|kommentare|commentaires|comentarios|commenti|reacties|"
                               r"комментарии|коментарі)(?:\s*\(\d+\))?$|^join the (?:conversation|discussion)$|"
                               r"^leave a (?:comment|reply)$|^(?:reader|readers['’]) comments$", re.I)
# Under its buttons, the comment's name, age and text stand within this many lines.
_COMMENT_REACH = 6
_COMMENTER_MAX_WORDS = 4
_COMMENTS_HEADING_REACH = 3


def take_comment_thread(lines: list[Line], dropped: list[DroppedLine], all_lines: list[Line]) -> list[Line]:
    """Drop readers' comments under the story: a name, an age or a date, the comment, then its buttons
    (`Nimal Perera` / `December 3, 2026 at 4:18 pm` / text / `Reply`, or `Name` / text / `2h` / `Like`), and
    everything from the first comment (or the thread's heading over it) on."""
    content = [line for line in all_lines if line.text]
    for index, line in enumerate(content):
        if not _COMMENT_ACTION.match(line.text.strip()):
            continue
        start = _comment_start(content, index)
        if start is None:
            continue
        heading = next((content[above].number for above in range(start - 1, max(start - 1 - _COMMENTS_HEADING_REACH, -1), -1)
                        if _COMMENTS_HEADING.match(content[above].text.strip())), None)
        first = heading or content[start].number
        if _prose_words([other for other in lines if other.number < first]) < _STORY_MIN_WORDS:
            continue  # a `Reply` button in the bar over the story
        dropped.extend(DroppedLine(other.number, other.text, "comments") for other in lines if other.number >= first and other.text)
        return [other for other in lines if other.number < first]
    return lines


def _comment_start(content: list[Line], action: int) -> int | None:
    """The index of the commenter's name over the buttons at `action`, or None when no comment stands there."""
    window = range(max(0, action - _COMMENT_REACH), action)
    stamps = [index for index in window if _is_comment_stamp(content[index].text)]
    if not stamps:
        return None
    stamp = stamps[-1]
    # name / age / text / buttons, or name / text / age / buttons
    name = stamp - 1 if stamp < action - 1 else stamp - 2
    if name < 0 or name not in window:
        return None
    text = content[name].text.strip()
    if len(text.split()) > _COMMENTER_MAX_WORDS or is_prose(text) or vocab.ends_sentence(text):
        return None
    return name


def _is_comment_stamp(text: str) -> bool:
    text = text.strip()
    return bool(_COMMENT_AGE.match(text)) or len(text) <= TIME_LINE_MAX_CHARS and find_time(text) is not None
