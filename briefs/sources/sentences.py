"""Split a paragraph into sentences, as offsets, without being fooled by news abbreviations.

News text is full of dots that end nothing: "Jan. 20", "U.S. President", "Nippon Steel
Corp.'s", "Donald J. Trump", "8 a.m.". A sentence ends at `.`, `!`, `?` or `…` (with any
closing quotes or brackets after it) followed by a space and a capital letter, an opening
quote or a digit, unless the word before the dot is a known abbreviation or an initial.
A sentence leaves out the bullets and `>` marks a source put before it (`- `, `• `, `> `):
a list item's or a quoted line's words are the sentence, not the markup around them.
Every stage that needs sentences (timeline, term pages, "At a glance") uses this one splitter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefs.sources.vocab import BULLETS, SENTENCE_ABBREVIATIONS

# A bullet or `>` the source put at the start of a line (a list item, a quoted line) opens a
# sentence too: it is markup, so it is left out of the sentence.
_MARK = "[" + BULLETS + ">]"
_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s+(?:" + _MARK + r"\s+)*[\"“‘'(\[]?[A-Z0-9])")
_ITEM_NUMBER = re.compile(r"\s*(?:" + _MARK + r"\s+)*\d{1,2}")
_LEADING_MARKS = re.compile(r"(?:" + _MARK + r"\s+)+")
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# "U.S.", "U.K.", "a.m.", "e.g.": letters each followed by a stop (the last stop is outside).
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_LONGEST_WORD = 64  # longer runs of letters and dots are no abbreviation either way


# Several stages split the same paragraphs (timeline, term pages, glossary links); a build of
# 10,000 briefs has about 120,000 paragraphs.
@lru_cache(maxsize=1 << 18)
def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of `text` as half-open (start, end) offsets, spaces between them left out."""
    spans, start = [], 0
    for match in _END.finditer(text):
        # The word before a dot is short: look at a window, not all the sentence so far.
        window = max(start, match.start() - _LONGEST_WORD)
        if match.group(0)[0] == "." and _is_abbreviation(text[window : match.start() + 1]):
            continue
        if match.group(0)[0] == "." and _ITEM_NUMBER.fullmatch(text, start, match.start()):
            continue  # `2. Crews close the pier.`, `1. FC Köln`: a list's number or a name's, not a sentence
        spans.append(_trimmed(text, start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return tuple(spans)


def ends_with_abbreviation(text: str) -> bool:
    """Whether `text` ends with a stop that belongs to an abbreviation or initial, not a sentence."""
    return _is_abbreviation(text)


def _is_abbreviation(before: str) -> bool:
    match = _WORD_BEFORE_DOT.search(before)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1:
        return word.isupper()  # an initial, as in "Donald J. Trump"
    return word.lower() in SENTENCE_ABBREVIATIONS or bool(_DOTTED.match(word))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    marks = _LEADING_MARKS.match(text, start, end)
    if marks and marks.end() < end:
        start = marks.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
