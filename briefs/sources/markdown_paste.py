"""A paste written in Markdown, as a notes app or a chat keeps an article, read as the page it came from.

`# Headline`, `**By Jane Roe** | The Courier`, `![A caption](https://...)`, `[a link](https://...)`:
the marks are the note's, not the article's. `plain_lines` takes them off, line by line, so the
parser reads the headline, the byline and the links' words; an image line becomes a labelled
caption (`Image caption: ...`), which the parser reads as the photo's. A list item (`- `) and a
quoted line (`> `) keep their marks: the parser reads those itself. A paste that shows no sign
of Markdown is left as it is, so a headline that happens to open with `#1` is untouched.
A chat app's marks around a whole line (`*Headline*`, `_..._`) come off in any paste
(`without_chat_emphasis`): a forwarded message sets its headline in bold that way.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^#{1,6}\s+(?P<text>\S.*?)\s*#*$")
_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\([^)\s]+(?:\s+\"[^\"]*\")?\)$")
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]+)\]\((?:https?://|/|#)[^)\s]*\)")
_STRONG = re.compile(r"(\*\*|__)(?P<text>\S(?:.*?\S)?)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?P<text>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])")
# Signs that a paste is Markdown: so many lines of these shapes at least.
_SIGNS = (_HEADING, _IMAGE, _LINK, _STRONG)
_MARKDOWN_MIN_SIGNS = 2


def plain_lines(lines: list[str]) -> list[str]:
    """The lines with Markdown's marks taken off, or the lines unchanged when the paste is no Markdown."""
    if not is_markdown(lines):
        return lines
    return [strip_marks(line) for line in lines]


def is_markdown(lines: list[str]) -> bool:
    signs = sum(1 for line in lines if any(pattern.search(line) for pattern in _SIGNS))
    return signs >= _MARKDOWN_MIN_SIGNS and any(_HEADING.match(line) or _IMAGE.match(line) for line in lines)


def marks_of(line: str) -> list[str]:
    """The marks `plain_lines` takes off a line, as printed (`##`, `**`, `(https://...)`), to report them."""
    marks = [found.group(0).split()[0] for found in [_HEADING.match(line)] if found]
    marks += [found.group(0) for found in _ADDRESS.finditer(line)]
    marks += [found.group(1) for found in _STRONG.finditer(line)][:1]
    return marks


# The address part of a link or an image: `(https://example.com/a.jpg)`.
_ADDRESS = re.compile(r"\((?:https?://|/|#)[^)\s]*(?:\s+\"[^\"]*\")?\)")


def strip_marks(line: str) -> str:
    """One line of a Markdown note without its marks."""
    heading = _HEADING.match(line)
    if heading:
        line = heading["text"]
    image = _IMAGE.match(line)
    if image:
        return f"Image caption: {image['alt']}" if image["alt"].strip() else ""
    line = _LINK.sub(lambda found: found["text"], line)
    line = _STRONG.sub(lambda found: found["text"], line)
    return _EMPHASIS.sub(lambda found: found["text"], line)


# A whole line set in a chat app's bold or italics, its marks copied as text: `*Pune civic body to fine ...*`.
_CHAT_EMPHASIS = re.compile(r"^(\*\*|__|~~|[*_~])(?P<text>[^\s*_~][^*_~]*[^\s*_~])\1$")


def without_chat_emphasis(text: str) -> str:
    """The line without a chat app's marks of bold, italics or strike around all of it (`*...*`, `_..._`,
    and doubled as Telegram's desktop copy and Markdown print bold: `**...**`)."""
    found = _CHAT_EMPHASIS.match(text)
    return found["text"] if found else text
