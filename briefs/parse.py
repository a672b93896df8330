"""Parse a pasted article into an `Article`: headline, caption, time, body, and clutter.

A pasted news page mixes the article with the site around it. The parser classifies each
line by its shape (length, sentence punctuation, position, repetition) and by the
vocabularies in `briefs.vocab`, so that outlets other than the first seed's work too.
Every line it leaves out is reported with a reason; nothing is silently lost.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

import yaml

from briefs import vocab
from briefs.errors import Problem, SourceError
from briefs.model import Article, DroppedLine, Paragraph, Source
from briefs.pubtime import AmbiguousDate, PublicationTime, parse_time_line

log = logging.getLogger(__name__)

# A headline is a line of a few words that does not read as a sentence.
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MIN_WORDS = 3
# The time line is looked for among the first few content lines only.
_HEADER_SEARCH_LINES = 8
_FRONT_MATTER_KEYS = {"title", "published", "source", "source_name", "url", "section", "byline", "caption", "dateline"}
_WHITESPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the source with its 1-based number."""

    number: int
    text: str  # stripped of surrounding whitespace, inner runs collapsed


def parse_article(text: str, path: str = "<text>") -> Article:
    """Parse an article pasted as text.

    Args:
        text: the source, already decoded.
        path: the file's name, for messages.

    Returns:
        The parsed article.

    Raises:
        SourceError: the source holds no article text, or its front matter is malformed.
    """
    front_matter, body_start = split_front_matter(text, path)
    lines = _split_lines(text)[body_start:]
    dropped: list[DroppedLine] = []
    lines = _drop_clutter(lines, dropped)
    lines, section = _cut_tail(lines, dropped)
    header, body = _split_header(lines)
    title, caption, stamp, byline = _read_header(header, dropped)
    byline, body = _take_byline(byline, body, dropped)
    dateline, paragraphs = _paragraphs(body)
    if not paragraphs and title is None:
        raise SourceError([Problem(path, None, "no article text found", "paste the article's headline and body")])
    article = Article(
        title=title,
        caption=caption,
        published=stamp.value if isinstance(stamp, PublicationTime) else None,
        zone_name=stamp.zone_name if isinstance(stamp, PublicationTime) else None,
        published_has_time=stamp.has_time if isinstance(stamp, PublicationTime) else False,
        section=section,
        byline=byline,
        dateline=dateline,
        source=None,
        paragraphs=tuple(paragraphs),
        dropped=tuple(sorted(dropped, key=lambda line: line.number)),
        extra={"published_ambiguous": stamp.text} if isinstance(stamp, AmbiguousDate) else {},
    )
    return apply_front_matter(article, front_matter, path)


def split_front_matter(text: str, path: str) -> tuple[dict, int]:
    """Read a leading `---` YAML block; return its mapping and the index of the first line after it."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return _load_front_matter("\n".join(lines[1:index]), path), index + 1
    raise SourceError([Problem(path, 1, "front matter opened with --- is never closed", "add a line with --- after it")])


def _load_front_matter(block: str, path: str) -> dict:
    try:
        data = yaml.safe_load(block) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise SourceError([Problem(path, line, f"front matter is not valid YAML: {getattr(err, 'problem', err)}")]) from err
    if not isinstance(data, dict):
        raise SourceError([Problem(path, 2, "front matter must be a mapping of keys to values")])
    unknown = sorted(set(map(str, data)) - _FRONT_MATTER_KEYS)
    if unknown:
        raise SourceError(
            [Problem(path, 2, f"unknown front matter key {unknown[0]!r}", f"use {', '.join(sorted(_FRONT_MATTER_KEYS))}")]
        )
    return data


def apply_front_matter(article: Article, front_matter: dict, path: str) -> Article:
    """Let what the front matter states win over what was detected."""
    if not front_matter:
        return article
    from dataclasses import replace

    changes: dict = {}
    for key in ("title", "section", "byline", "caption", "dateline"):
        if front_matter.get(key) is not None:
            changes[key] = str(front_matter[key])
    if front_matter.get("published") is not None:
        changes.update(_front_matter_time(front_matter["published"], path))
    name = front_matter.get("source_name") or front_matter.get("source")
    url = front_matter.get("url")
    if name is not None or url is not None:
        changes["source"] = Source(str(name) if name is not None else None, str(url) if url is not None else None)
    return replace(article, **changes)


def _front_matter_time(value: object, path: str) -> dict:
    if isinstance(value, datetime):
        return {"published": value, "zone_name": None, "published_has_time": True}
    stamp = parse_time_line(str(value))
    if not isinstance(stamp, PublicationTime):
        raise SourceError([Problem(path, 2, f"front matter 'published' is not a clear date: {value!r}", "use ISO 8601")])
    return {"published": stamp.value, "zone_name": stamp.zone_name, "published_has_time": stamp.has_time}


def _split_lines(text: str) -> list[Line]:
    return [Line(number, collapse_spaces(raw)) for number, raw in enumerate(text.splitlines(), start=1)]


def collapse_spaces(line: str) -> str:
    """One line with runs of spaces (`_WHITESPACE`) made one space, and no space at either end."""
    # Within a line (splitlines has removed line breaks), str.split() splits on exactly
    # _WHITESPACE's characters plus \x1f and U+1680; without those, it is the same and ~5x faster.
    if "\x1f" in line or "\u1680" in line:
        return _WHITESPACE.sub(" ", line).strip()
    return " ".join(line.split())


def _drop_clutter(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    kept = []
    for line in lines:
        reason = _clutter_reason(line.text)
        if reason:
            dropped.append(DroppedLine(line.number, line.text, reason))
        else:
            kept.append(line)
    return kept


def _clutter_reason(text: str) -> str | None:
    if not text or len(text) > 80 and vocab.ends_sentence(text):
        return None
    for reason, pattern in vocab.CLUTTER_LINE_PATTERNS.items():
        if pattern.match(text):
            return reason
    return None


def _cut_tail(lines: list[Line], dropped: list[DroppedLine]) -> tuple[list[Line], str | None]:
    """Drop the trailing lists of other articles; return the rest and the section they name."""
    seen_prose = False
    for index, line in enumerate(lines):
        if seen_prose and _list_heading_reason(line.text):
            return lines[:index], _drop_tail(lines[index:], dropped)
        seen_prose = seen_prose or _is_prose(line.text)
    return lines, None


def _drop_tail(tail: list[Line], dropped: list[DroppedLine]) -> str | None:
    section = None
    reason = "popular-list"
    for line in tail:
        if not line.text:
            continue
        heading = _list_heading_reason(line.text)
        if heading:
            reason = heading
            section = section or _section_from_heading(line.text)
            dropped.append(DroppedLine(line.number, line.text, heading))
        elif vocab.SEPARATOR_LINE.match(line.text):
            dropped.append(DroppedLine(line.number, line.text, "list-separator"))
        else:
            dropped.append(DroppedLine(line.number, line.text, reason))
    return section


def _list_heading_reason(text: str) -> str | None:
    """A short line without sentence punctuation naming a list of articles."""
    if not text or len(text) > 60 or vocab.ends_sentence(text):
        return None
    for reason, pattern in vocab.LIST_HEADING_PATTERNS.items():
        if pattern.search(text):
            return reason
    return None


def _section_from_heading(text: str) -> str | None:
    match = vocab.SECTION_BEFORE_HEADING.match(text) or vocab.SECTION_IN_HEADING.match(text)
    return match["section"].strip() if match else None


def _is_prose(text: str) -> bool:
    return len(text.split()) >= 8 and bool(vocab.ends_sentence(text))


def _split_header(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The header runs up to the time line when there is one near the top, else to the headline."""
    content = [line for line in lines if line.text]
    for line in content[:_HEADER_SEARCH_LINES]:
        if parse_time_line(line.text) is not None:
            cut = lines.index(line) + 1
            return lines[:cut], lines[cut:]
    first = next((index for index, line in enumerate(lines) if line.text), None)
    if first is None or not _looks_like_headline(lines[first].text):
        return [], lines
    return lines[: first + 1], lines[first + 1 :]


def _read_header(
    header: list[Line], dropped: list[DroppedLine]
) -> tuple[str | None, str | None, PublicationTime | AmbiguousDate | None, str | None]:
    title = caption = byline = None
    stamp = None
    for line in header:
        if not line.text:
            continue
        parsed = parse_time_line(line.text)
        byline_match = vocab.BYLINE.match(line.text)
        if parsed is not None and stamp is None:
            stamp = parsed
        elif byline_match and byline is None:
            byline = byline_match["byline"].strip()
        elif title is None and _looks_like_headline(line.text):
            title = line.text
        elif title is not None and line.text == title:
            dropped.append(DroppedLine(line.number, line.text, "duplicate"))
        elif caption is None and title is not None:
            caption = line.text
        else:
            dropped.append(DroppedLine(line.number, line.text, "section-label" if len(line.text) < 30 else "duplicate"))
    return title, caption, stamp, byline


def _take_byline(byline: str | None, body: list[Line], dropped: list[DroppedLine]) -> tuple[str | None, list[Line]]:
    """A byline may also open the body, before the first paragraph."""
    content = [line for line in body if line.text]
    if byline is None and content:
        match = vocab.BYLINE.match(content[0].text)
        if match and not vocab.ends_sentence(content[0].text):
            return match["byline"].strip(), [line for line in body if line is not content[0]]
    return byline, body


def _looks_like_headline(text: str) -> bool:
    words = text.split()
    if len(words) < _HEADLINE_MIN_WORDS or len(text) > _HEADLINE_MAX_CHARS:
        return False
    starts_like_a_title = text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"
    return starts_like_a_title and not re.search(r"[.!…]$", text)


def _paragraphs(body: list[Line]) -> tuple[str | None, list[Paragraph]]:
    """Group body lines into paragraphs; split a leading dateline off the first one."""
    paragraphs: list[Paragraph] = []
    pending: list[Line] = []
    for line in body + [Line(0, "")]:
        if line.text:
            pending.append(line)
        if pending and (not line.text or vocab.ends_sentence(line.text)):
            paragraphs.append(Paragraph(" ".join(part.text for part in pending), pending[0].number))
            pending = []
    if not paragraphs:
        return None, paragraphs
    dateline, first_text = split_dateline(paragraphs[0].text)
    if dateline:
        paragraphs[0] = Paragraph(first_text, paragraphs[0].line)
    return dateline, paragraphs


def split_dateline(text: str) -> tuple[str | None, str]:
    """Split `WASHINGTON — The president…` into the dateline and the rest."""
    match = vocab.DATELINE.match(text)
    if not match:
        return None, text
    first_word = re.sub(r"[^A-Za-z]", "", match["dateline"].split()[0])
    if len(first_word) < vocab.DATELINE_MIN_CAPS or not first_word.isupper():
        return None, text
    return match["dateline"].strip(" ,"), text[match.end() :]
