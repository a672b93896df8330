"""Paragraphs of a paste wrapped at a fixed width, put back on one line each.

A plain-text e-mail, a newsletter's text view or a document breaks every paragraph into
lines of about the same width (`... agreed to borrow together for` / `air defence, the ...`).
The parser reads a paste line by line, so a clutter line or a greeting is told by the words
on its line; a wrapped one shows only part of them. `unwrap` joins the lines a width broke,
before anything reads them. A paste with one paragraph a line, as a browser copies a page,
is left as it is: its lines run to any length.

The joined text keeps its place: the paragraph stands on its first line and the lines it
took become blank, so every line keeps its number in the file. A feature's drop cap, which a
copy puts on a line of its own (`T` / `he ferry leaves ...`), goes back before its word the
same way (`join_drop_caps`).
"""

from __future__ import annotations

import bisect
import re

from briefs.model import DroppedLine, Paragraph
from briefs.sources.lines import Line, fills_width
from briefs.sources import vocab
from briefs.sources.byline import is_names
from briefs.sources.caption import ends_with_credit
from briefs.sources.time_line import is_date_line_alone, is_time_line

# A wrapped paste's lines are this short at most (e-mail wraps at 72 to 78 characters; a printed
# column at 30 or so).
_WRAP_WIDTH_MAX = 100
_WRAP_WIDTH_MIN = 25
# A line in capitals of this few words is a label (a page's section), never a paragraph's next line.
_LABEL_MAX_WORDS = 5
# A paragraph's wrapped line holds words; a lone letter is no continuation.
_CONTINUATION_MIN_WORDS = 3
# So many non-blank lines at least, and so many broken mid-sentence, before a paste counts as wrapped.
_WRAPPED_MIN_LINES = 10
_WRAPPED_MIN_BREAKS = 3
_RULE = vocab.CLUTTER_LINE_PATTERNS["separator"]
# The width is read from the longest lines, leaving out the odd long one (a link).
_WIDTH_QUANTILE = 0.95


def unwrap(lines: list[str]) -> list[str]:
    """The lines with each wrapped paragraph joined on its first line; unchanged when not wrapped."""
    width = wrap_width(lines)
    if width is None:
        return lines
    joined = list(lines)
    start = None  # index of the line the paragraph being joined stands on
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if start is not None:
            joined[start] = join_wrapped(joined[start], line.strip())
            joined[index] = ""
        if _runs_on(line, following, width):
            start = index if start is None else start
        else:
            start = None
    return joined


# A word broken at a line's end by a hyphen: `deck-` / `ing`, `govern-` / `ment`.
_BROKEN_WORD = re.compile(r"[a-z]{2}-$")


# First parts of compounds that keep their hyphen at a line's end: `a three-` / `year debate`, `self-` / `funded`.
_COMPOUND_HEADS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand "
    "million billion half multi self well long short full part non anti ex cross high low all year day week month "
    "decade state city world family record first second third".split()
)


def join_drop_caps(texts: list[str]) -> list[str]:
    """A feature's first letter set large (a drop cap) copies as a line of its own: `T` / `he Kōtuku leaves ...`.
    The letter goes back before the line under it, with no space when the two make a word the text uses elsewhere
    (`The`), with one when not (`A` / `new report ...`). The letter's own line is left empty, so lines keep their numbers."""
    words = {word.casefold() for text in texts for word in re.findall(r"[^\W\d_]+", text)}
    joined = list(texts)
    for index, text in enumerate(texts[:-1]):
        following = texts[index + 1]
        if len(text) == 1 and text.isupper() and following[:1].islower():
            first = re.match(r"[^\W\d_]+", following)
            glued = first is not None and (text + first.group(0)).casefold() in words
            joined[index], joined[index + 1] = "", text + ("" if glued else " ") + following
    return joined



def join_wrapped(text: str, following: str) -> str:
    """Two lines of one wrapped paragraph as one: a word the width broke with a hyphen is whole again
    (a printed column hyphenates by syllable: `govern-` / `ment`), a compound keeps its own (`three-` / `year`)."""
    if _BROKEN_WORD.search(text) and following[:1].islower():
        head = re.search(r"([a-z]+)-$", text)[1]
        return text + following if head in _COMPOUND_HEADS else text[:-1] + following
    return f"{text} {following}"


def wrap_width(lines: list[str]) -> int | None:
    """The width a paste was wrapped at, or None when it was not wrapped."""
    content = [line.rstrip() for line in lines if line.strip()]
    if len(content) < _WRAPPED_MIN_LINES:
        return None
    lengths = sorted(len(line) for line in content)
    width = lengths[max(0, int(len(lengths) * _WIDTH_QUANTILE) - 1)]
    if not _WRAP_WIDTH_MIN <= width <= _WRAP_WIDTH_MAX:
        return None
    # A break: a line stops mid-sentence and the paragraph goes on in lower case, in words, on the next.
    breaks = sum(
        1 for line, following in zip(lines, lines[1:])
        if line.strip() and following[:1].islower() and len(following.split()) >= _CONTINUATION_MIN_WORDS
        and not vocab.ends_sentence(line.rstrip())
    )
    return width if breaks >= _WRAPPED_MIN_BREAKS else None


_PRINT_MARGIN = vocab.CLUTTER_LINE_PATTERNS["print-margin"]


def _runs_on(line: str, following: str, width: int) -> bool:
    """The paragraph goes on from `line` to the next: `line` is full and the next is text of the same block."""
    text, next_text = line.rstrip(), following.strip()
    if not text or not next_text or not fills_width(text, width):
        return False
    if _PRINT_MARGIN.match(text) or _PRINT_MARGIN.match(next_text):
        return False  # a browser's print header or footer, repeated at every page break: a line of its own
    if is_time_line(text) and (vocab.PUBLISHED_LABEL.search(text) or is_date_line_alone(text)):
        # `Published December 2, 2026 at 6:30 p.m. PST | Updated ...`, however long, and a date alone
        # (`Thursday, 12 February 2026` / `Page 4`): lines of their own
        return False
    if vocab.LIST_ITEM.match(next_text) or _RULE.match(next_text) or "://" in next_text.split(" ")[0]:
        return False  # a list's next item, a rule, a link on its own line
    if not (next_text[0].isalnum() or next_text[0] in "\"“‘'(["):
        return False  # `©`, `|`, `#`: a footer's next line, not a paragraph's
    if ends_with_credit(text):
        return False  # `... at Halloran Wharf on Tuesday. Picture: GREG TAMSIN`: a caption's last line, its credit closing it
    if next_text.isupper() and len(next_text.split()) <= _LABEL_MAX_WORDS:
        return False  # `REGIONAL NEWS` under a page's running head: a label of its own
    if not vocab.ends_sentence(next_text) and is_time_line(next_text):
        return False  # `Pacific correspondent` / `2h ago · 30 Dec 2026`: the time line under the byline, a line of its own
    if not vocab.ends_sentence(next_text) and 2 * len(next_text) < width and is_names(next_text):
        # `‘family first’ security` / `Leilani Fonoti` / `Pacific correspondent`: a short line of names with no stop
        # is no paragraph's last line (that ends with its stop) but the byline under the headline
        return False
    return True


# A paragraph a page break cut holds a sentence's start: this many words at least.
_BROKEN_PARAGRAPH_MIN_WORDS = 8


def join_page_breaks(paragraphs: list[Paragraph], dropped: list[DroppedLine]) -> list[Paragraph]:
    """Paragraphs a page's margin or a jump line cut mid-sentence, joined again.

    A page printed to PDF repeats its print header and footer at every break, an e-edition its
    `Continued on A6`: once those are dropped, a paragraph stops mid-sentence (`... would`) and
    the next opens in lower case (`consider whether ...`). Only where something dropped stood
    between the two, so a paste's own short lines are left alone.
    """
    dropped_numbers = sorted(line.number for line in dropped)
    joined: list[Paragraph] = []
    for paragraph in paragraphs:
        previous = joined[-1] if joined else None
        if previous is not None and _cut_by_break(previous, paragraph, dropped_numbers):
            joined[-1] = Paragraph(f"{previous.text} {paragraph.text}", previous.line)
        else:
            joined.append(paragraph)
    return joined


def _cut_by_break(previous: Paragraph, following: Paragraph, dropped_numbers: list[int]) -> bool:
    return (
        following.text[:1].islower()
        and not vocab.ends_sentence(previous.text)
        and len(previous.text.split()) >= _BROKEN_PARAGRAPH_MIN_WORDS
        and bisect.bisect_right(dropped_numbers, previous.line) < bisect.bisect_left(dropped_numbers, following.line)
    )


# Another story's column cut into a printed page's text: its headline over its own byline, its
# lines down to its jump line. The jump is looked for this many lines below the byline at most.
_CUT_IN_REACH = 40
_CUT_IN_HEADLINE_LINES = 3
_CUT_IN_HEADLINE_MAX_WORDS = 6
# The story's own text stands above it: this many lines ending a sentence at least.
_CUT_IN_AFTER_SENTENCES = 2


def drop_cut_in_story(body: list[Line], dropped: list[DroppedLine], byline: str | None) -> list[Line]:
    """Drop another story a PDF's copy cut into this one (`Parking levy` / `voted down` / `By TOM ASHWORTH` /
    ... / `Continued Page 7`): another writer's byline below the story's first paragraphs, then a jump line."""
    jumps = {line.number for line in dropped if line.reason == "page-jump"}
    own_names = (byline or "").casefold()
    sentences_above = 0  # counted as the loop goes, so a page of bylines stays linear
    for index, line in enumerate(body):
        if index:
            sentences_above += bool(vocab.ends_sentence(body[index - 1].text))
        if not vocab.BY_NAME.match(line.text) or line.text[3:].strip().casefold() in own_names:
            continue
        if sentences_above < _CUT_IN_AFTER_SENTENCES:
            continue  # the story's own byline under its caption
        jump = next((number for number in range(line.number + 1, line.number + _CUT_IN_REACH) if number in jumps), None)
        if jump is None:
            continue
        start = index
        while (start > 0 and index - start < _CUT_IN_HEADLINE_LINES and body[start - 1].text
               and len(body[start - 1].text.split()) <= _CUT_IN_HEADLINE_MAX_WORDS and not vocab.ends_sentence(body[start - 1].text)):
            start -= 1
        cut = [other for other in body[start:] if other.number < jump]
        dropped.extend(DroppedLine(other.number, other.text, "other-story") for other in cut if other.text)
        taken = {other.number for other in cut}
        return [other for other in body if other.number not in taken]
    return body
