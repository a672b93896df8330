"""A dateline printed over several short lines and closed by a dash line: `Tokyo` / `CNN` / `—`.

Copying a page can break an inline dateline (`TOKYO (CNN) —`) into a stack of lines, at the
top of the body or at the end of the header just above it. Only a few (at most three) one-
or two-word capitalised names count, and only when a dash line closes them: a longer stack,
or one without the dash, is more likely labels or the body's first words.
"""

from __future__ import annotations

from briefs.sources import vocab
from briefs.sources.lines import Line, is_label

# A stacked dateline (`Tokyo` / `CNN` / `—`) is at most this many short lines before the dash.
_STACKED_DATELINE_PARTS = 3


def take_stacked_dateline(lines: list[Line], at_end: bool = False) -> tuple[str | None, list[Line]]:
    """A dateline printed over several short lines and closed by a dash line: `Tokyo` / `CNN` / `—`.

    Only the first content lines count (with `at_end`, the last ones, as at the end of a
    header just above the body): a few one- or two-word names, then the dash.
    Returns the dateline and the lines without it.
    """
    content = [line for line in lines if line.text]
    if at_end:
        if not content or not vocab.DATELINE_DASH_LINE.match(content[-1].text):
            return None, lines
        start = len(content) - 1
        while (
            start > 0 and len(content) - 1 - start < _STACKED_DATELINE_PARTS and _is_place_word(content[start - 1].text)
        ):
            start -= 1
        content = content[start:]
    parts: list[Line] = []
    for line in content:
        if vocab.DATELINE_DASH_LINE.match(line.text) and parts:
            taken = {part.number for part in parts} | {line.number}
            return " ".join(part.text for part in parts), [other for other in lines if other.number not in taken]
        if len(parts) == _STACKED_DATELINE_PARTS or not _is_place_word(line.text):
            break
        parts.append(line)
    return None, lines


def _is_place_word(text: str) -> bool:
    return len(text.split()) <= 2 and is_label(text) and text[0].isupper()
