"""An outlet's notes on its own story: a correction, a clarification or an editor's note printed
above the story's first paragraph or under its last (`Correction, 6 November 2026: An earlier
version of this article stated ...`, `Editor's note: This story has been updated to ...`).

Such a note speaks of the article, not of the news: it is not one of the story's paragraphs,
and its first words must not open the brief. It is not lost either: `take_corrections` reports
it as dropped (reason `correction`) and returns its text, which the parser keeps in
`Article.extra["corrections"]` for the brief to show apart from the story.

Only the story's edges are read. A paragraph in the middle that quotes an earlier version
(`An earlier version of the bill said ...`) is reporting, and stays.
"""

from __future__ import annotations

import re

from briefs.model import DroppedLine, Paragraph
from briefs.sources import vocab

# A note labelled as one: `Correction:`, `Correction, Feb. 10, 2025:`, `CLARIFICATION —`,
# `Editor's note:`, `Note to readers:`. The label ends at a colon or a dash within a date's length.
_NOTE_DATE = (
    r"(?:" + vocab.ENGLISH_MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+" + vocab.ENGLISH_MONTH + r"(?:\s+\d{4})?"
    r"|\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?)"
)
# The label, then perhaps its date, then a colon or a dash: `Corrections officers said ...` is news.
_LABELLED_NOTE = re.compile(
    r"^\(?(?:corrections?|clarifications?|editor['’]?s['’]? notes?|editorial note|note to (?:our )?readers|"
    r"correction and clarification)"
    r"(?:,?\s*\(?(?:on\s+)?" + _NOTE_DATE + r"\)?)?\s*[:—–-]\s*\S",
    re.I,
)
# An update note labelled with its date and time: `Update 4/15/25, 8:40 a.m. ET: This article was updated with ...`
# (an `Update:` with no date may head a live entry's news).
_DATED_UPDATE_NOTE = re.compile(
    r"^\(?updated?\s+\(?(?:on\s+)?" + _NOTE_DATE + r"(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
    r"\)?\s*[:—–-]\s*\S",
    re.I,
)
# A list's mark before a note set as an item (`• This article was amended ...`): the note's text is what follows it.
_NOTE_MARK = r"[•▪·*]"
# A note whose label stood on a line of its own (dropped as a heading or a time line): it opens
# with the words every such note opens with.
_UNLABELLED_NOTE = re.compile(
    r"^(?:" + _NOTE_MARK + r"\s*)?(an earlier version of this (story|article|report|post|piece|item)|"
    r"this (story|article|report|post|piece) (has been|was) (updated|corrected|amended|changed)\b)",
    re.I,
)
# Notes are short; a long paragraph opening with these words is the story's.
_NOTE_MAX_WORDS = 80


def is_correction_note(text: str) -> bool:
    """The paragraph is the outlet's note on its own story, not part of the story."""
    if len(text.split()) > _NOTE_MAX_WORDS:
        return False
    return bool(_LABELLED_NOTE.match(text) or _DATED_UPDATE_NOTE.match(text) or _UNLABELLED_NOTE.match(text))


def take_corrections(
    paragraphs: list[Paragraph], dropped: list[DroppedLine]
) -> tuple[list[Paragraph], list[str]]:
    """The story's paragraphs without the notes at its top and bottom, and the notes' texts.

    A page with nothing but notes keeps them: a paste of a correction alone is what there is.
    """
    start = 0
    while start < len(paragraphs) and is_correction_note(paragraphs[start].text):
        start += 1
    end = len(paragraphs)
    while end > start and is_correction_note(paragraphs[end - 1].text):
        end -= 1
    if start == end:
        return paragraphs, []
    notes = paragraphs[:start] + paragraphs[end:]
    dropped.extend(DroppedLine(note.line, note.text, "correction") for note in notes)
    return paragraphs[start:end], [_LIST_MARK.sub("", note.text) for note in notes]


_LIST_MARK = re.compile(r"^" + _NOTE_MARK + r"\s*")
