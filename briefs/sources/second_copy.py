"""A story pasted twice: a page that holds two views of one article (an AMP or reader view
above the full page, a print version under it) gives every paragraph twice when selected
whole. The fuller copy is the article; usually the first, and then the second copy's paragraphs, and
what stands between the two copies (the second view's header: standfirst, byline, time line, text-size buttons),
are reported as dropped. A time line there may still say what the first view left out: the
zone of the same wall-clock time (`6.40am` / `Published 3 February 2025, 6:40am AEDT`).

One copy may be partial: an AMP view may give only the first paragraphs above the whole page (then the
second copy is the story), and a reader who pasted the story twice by mistake may have selected less
the second time (then the first copy goes on past the last paragraph the second repeats, and all of it
is the story).

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
# Paragraphs of prose after the last one the second copy repeats that say the first copy is the whole story
# (the second view's header between the copies holds one at most, its standfirst).
_STORY_GOES_ON = 2
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
    if not all(map(_is_prose, opening)):
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
    """The fuller copy's paragraphs, and the publication time with the zone a time line between the
    copies gives the same wall-clock time; the rest is reported as dropped."""
    texts = [normal_text(paragraph.text) for paragraph in paragraphs]
    start = _copy_start(texts)
    if start is None:
        return paragraphs, stamp
    first_copy, second_copy = set(texts[:start]), set(texts[start:])
    view_is_partial = _prose(texts[start:]) - _prose(texts[:start]) >= _STORY_GOES_ON
    if view_is_partial and first_copy & second_copy >= _prose_set(texts[:start]):
        # a partial view above the whole story (an AMP view's first paragraphs): the second copy is the story
        for paragraph, text in zip(paragraphs[:start], texts[:start]):
            reason = "duplicate" if text in second_copy else "page-label"
            dropped.append(DroppedLine(paragraph.line, paragraph.text, reason))
            stamp = _with_zone(stamp, paragraph.text)
        return paragraphs[start:], stamp
    # The first copy ends at its last paragraph that the second repeats; what follows is the second view's
    # header, unless the story goes on there: then the second copy is the partial one (pasted again up to
    # the fifth paragraph, say), and the first ends at its last paragraph of prose.
    end = max(index for index in range(start) if texts[index] in second_copy)
    prose_after = [index for index in range(end + 1, start) if _is_prose(texts[index])]
    if len(prose_after) >= _STORY_GOES_ON:
        end = prose_after[-1]
    for paragraph, text in zip(paragraphs[end + 1 :], texts[end + 1 :]):
        dropped.append(DroppedLine(paragraph.line, paragraph.text, "duplicate" if text in first_copy else "page-label"))
        stamp = _with_zone(stamp, paragraph.text)
    return paragraphs[: end + 1], stamp


def _is_prose(text: str) -> bool:
    return len(text.split()) >= _COPY_MIN_WORDS


def _prose(texts: list[str]) -> int:
    return sum(map(_is_prose, texts))


def _prose_set(texts: list[str]) -> set[str]:
    return {text for text in texts if _is_prose(text)}


def _with_zone(stamp: object, text: str) -> object:
    """`stamp` with the zone of a time line giving the same wall-clock time with one."""
    if not isinstance(stamp, PublicationTime) or stamp.zone_name or len(text) > TIME_LINE_MAX_CHARS:
        return stamp
    found = find_time(text)
    other = found[0] if found is not None else None
    if isinstance(other, PublicationTime) and other.zone_name and other.value.replace(tzinfo=None) == stamp.value:
        return other
    return stamp
