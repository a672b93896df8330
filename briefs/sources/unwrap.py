"""Paragraphs of a paste wrapped at a fixed width, put back on one line each.

A plain-text e-mail, a newsletter's text view or a document breaks every paragraph into
lines of about the same width (`... agreed to borrow together for` / `air defence, the ...`).
The parser reads a paste line by line, so a clutter line or a greeting is told by the words
on its line; a wrapped one shows only part of them. `unwrap` joins the lines a width broke,
before anything reads them. A paste with one paragraph a line, as a browser copies a page,
is left as it is: its lines run to any length.

The joined text keeps its place: the paragraph stands on its first line and the lines it
took become blank, so every line keeps its number in the file.
"""

from __future__ import annotations

import bisect

from briefs.model import DroppedLine, Paragraph
from briefs.sources import vocab

# A wrapped paste's lines are this short at most (e-mail wraps at 72 to 78 characters; a printed
# column at 30 or so).
_WRAP_WIDTH_MAX = 100
_WRAP_WIDTH_MIN = 25
# A paragraph's wrapped line holds words; a lone letter is no continuation.
_CONTINUATION_MIN_WORDS = 3
# Lines this many characters short of the width are full: the next word did not fit.
_FULL_LINE_SLACK = 16
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
            joined[start] = f"{joined[start]} {line.strip()}"
            joined[index] = ""
        if _runs_on(line, following, width):
            start = index if start is None else start
        else:
            start = None
    return joined


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


def _runs_on(line: str, following: str, width: int) -> bool:
    """The paragraph goes on from `line` to the next: `line` is full and the next is text of the same block."""
    text, next_text = line.rstrip(), following.strip()
    if not text or not next_text or len(text) < width - _FULL_LINE_SLACK:
        return False
    if vocab.LIST_ITEM.match(next_text) or _RULE.match(next_text) or "://" in next_text.split(" ")[0]:
        return False  # a list's next item, a rule, a link on its own line
    if not (next_text[0].isalnum() or next_text[0] in "\"“‘'(["):
        return False  # `©`, `|`, `#`: a footer's next line, not a paragraph's
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
