"""A story pasted twice: a page that holds two views of one article (an AMP or reader view
above the full page, a print version under it) gives every paragraph twice when selected
whole. The first copy is the article; the second copy's paragraphs, and what stands between
the two copies (the second view's header: standfirst, byline, time line, text-size buttons),
are reported as dropped. A time line there may still say what the first view left out: the
zone of the same wall-clock time (`6.40am` / `Published 3 February 2025, 6:40am AEDT`).

A story never repeats its own opening paragraphs in order, so two paragraphs repeated in
the same order, the first of them the story's first, are the mark of a second copy; a single
repeated sentence (a pull quote, a repeated quotation) is not.
"""

from __future__ import annotations

from briefs.model import DroppedLine, Paragraph
from briefs.sources.lines import normal_text
from briefs.sources.pubtime import PublicationTime
from briefs.sources.time_line import TIME_LINE_MAX_CHARS, find_time

# Paragraphs repeated in order, from the story's first, that make a second copy.
_REPEATED_TO_BE_A_COPY = 2
# Shorter paragraphs repeat by chance (`Read more`); the opening paragraphs of a story do not.
_COPY_MIN_WORDS = 8


def second_copy_start(paragraphs: list[Paragraph]) -> int | None:
    """Where the story's opening paragraphs start again in order, or None."""
    return _copy_start([normal_text(paragraph.text) for paragraph in paragraphs])


def _copy_start(texts: list[str]) -> int | None:
    """`second_copy_start` over the paragraphs' texts as `normal_text` gives them."""
    if len(texts) < 2 * _REPEATED_TO_BE_A_COPY:
        return None
    opening = texts[:_REPEATED_TO_BE_A_COPY]
    if any(len(text.split()) < _COPY_MIN_WORDS for text in opening):
        return None
    for start in range(_REPEATED_TO_BE_A_COPY, len(texts) - _REPEATED_TO_BE_A_COPY + 1):
        if texts[start] == opening[0] and _repeats_in_order(texts, start):
            return start
    return None


def _repeats_in_order(texts: list[str], start: int) -> bool:
    """From `start` the opening paragraphs come again, in order, perhaps with other lines between."""
    wanted = iter(texts[:_REPEATED_TO_BE_A_COPY])
    expected = next(wanted)
    for text in texts[start:]:
        if text == expected:
            expected = next(wanted, None)
            if expected is None:
                return True
    return False


def drop_second_copy(
    paragraphs: list[Paragraph], dropped: list[DroppedLine], stamp: object
) -> tuple[list[Paragraph], object]:
    """The first copy's paragraphs, and the publication time with the zone a time line between the
    copies gives the same wall-clock time; the rest is reported as dropped."""
    texts = [normal_text(paragraph.text) for paragraph in paragraphs]
    start = _copy_start(texts)
    if start is None:
        return paragraphs, stamp
    first_copy, second_copy = set(texts[:start]), set(texts[start:])
    # The first copy ends at its last paragraph that the second repeats; what follows is the second view's header.
    end = max(index for index in range(start) if texts[index] in second_copy)
    for paragraph, text in zip(paragraphs[end + 1 :], texts[end + 1 :]):
        dropped.append(DroppedLine(paragraph.line, paragraph.text, "duplicate" if text in first_copy else "page-label"))
        stamp = _with_zone(stamp, paragraph.text)
    return paragraphs[: end + 1], stamp


def _with_zone(stamp: object, text: str) -> object:
    """`stamp` with the zone of a time line giving the same wall-clock time with one."""
    if not isinstance(stamp, PublicationTime) or stamp.zone_name or len(text) > TIME_LINE_MAX_CHARS:
        return stamp
    found = find_time(text)
    other = found[0] if found is not None else None
    if isinstance(other, PublicationTime) and other.zone_name and other.value.replace(tzinfo=None) == stamp.value:
        return other
    return stamp
