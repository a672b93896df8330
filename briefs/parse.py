"""Parse a pasted article into an `Article`: headline, caption, time, body, and clutter.

A pasted news page mixes the article with the site around it. The parser classifies each
line by its shape (length, sentence punctuation, position, repetition) and by the
vocabularies in `briefs.vocab`, so that outlets other than the first seed's work too.
Every line it leaves out is reported with a reason; nothing is silently lost.

The steps, in order: drop lines that are clutter wherever they stand; cut the trailing
lists of other headlines; split the header (everything up to the time line, or up to the
first prose) from the body; read title, caption, time, byline and section from the
header; take captions and repeated lines out of the body; group the rest into paragraphs
and split a dateline off the first one. `parse_source` picks text or HTML by file name.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import yaml

from briefs import vocab
from briefs.errors import Problem, SourceError
from briefs.fileio import decode_source, read_source
from briefs.model import Article, DroppedLine, Paragraph, Source
from briefs.pubtime import AmbiguousDate, PublicationTime, parse_time_line, split_glued_time

log = logging.getLogger(__name__)

# A headline is a line of a few words that does not read as a sentence.
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MIN_WORDS = 3
# A section label above the headline is a word or two.
_LABEL_MAX_WORDS = 3
_LABEL_MAX_CHARS = 30
# The time line is looked for among the first few content lines only.
_HEADER_SEARCH_LINES = 8
# A time line is short; longer lines are not tried (reading dates is the costly part).
_TIME_LINE_MAX_CHARS = 160
# Prose: a line of at least this many words ending like a sentence.
_PROSE_MIN_WORDS = 8
# A paragraph after a "Related" box must be this long for the box to count as inside the body.
_RESUMED_PROSE_MIN_WORDS = 12
# A caption is shorter than this; a longer line ending with a credit is still body.
_CAPTION_MAX_WORDS = 60
_FRONT_MATTER_KEYS = {"title", "published", "source", "source_name", "url", "section", "byline", "caption", "dateline"}
_WHITESPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the source with its 1-based number."""

    number: int  # 1-based line number in the source
    text: str  # stripped of surrounding whitespace, inner runs collapsed


@dataclass(slots=True)
class Header:
    """What the lines above the body say about the article."""

    title: str | None = None  # the headline
    caption: str | None = None  # the photo caption, without its credit
    stamp: PublicationTime | AmbiguousDate | None = None  # the publication time line
    byline: str | None = None  # authors, without "By"
    section: str | None = None  # a section label or breadcrumb above the headline
    standfirst: str | None = None  # a summary line printed under the headline
    credit_lines: set[int] = field(default_factory=set)  # numbers of lines that were photo credits


def parse_source(source: Path | bytes, name: str | None = None) -> Article:
    """Parse a seed, as text or as a saved HTML page depending on its name's suffix.

    Args:
        source: the file, or its bytes.
        name: the file's name for messages and for the suffix; defaults to the path.

    Raises:
        SourceError: the file cannot be read, is empty or binary, or holds no article.
    """
    name = name or str(source)
    text = read_source(source) if isinstance(source, Path) else decode_source(source, name)
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        from briefs.htmlparse import parse_html  # trafilatura loads slowly; only HTML needs it

        return parse_html(text, name)
    return parse_article(text, name)


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
    text = text.lstrip("\ufeff")
    front_matter, body_start = split_front_matter(text, path)
    all_lines = split_lines(text)
    dropped: list[DroppedLine] = []
    lines = drop_clutter(all_lines[body_start:], dropped)
    lines, tail_section = cut_tail(lines, dropped)
    header_lines, body = split_header(lines)
    header = read_header(header_lines, dropped, all_lines)
    byline, body = _take_byline(header.byline, body, dropped)
    caption, body = _take_captions(header, body, dropped, all_lines)
    dateline, paragraphs = group_paragraphs(body)
    stamp = settle_stamp(header.stamp, dateline)
    if not paragraphs and header.title is None:
        raise SourceError([Problem(path, None, "no article text found", "paste the article's headline and body")])
    article = Article(
        title=header.title,
        caption=caption,
        published=stamp.value if isinstance(stamp, PublicationTime) else None,
        zone_name=stamp.zone_name if isinstance(stamp, PublicationTime) else None,
        published_has_time=stamp.has_time if isinstance(stamp, PublicationTime) else False,
        section=header.section or tail_section,
        byline=byline,
        dateline=dateline,
        source=None,
        paragraphs=tuple(paragraphs),
        dropped=tuple(sorted(dropped, key=lambda line: line.number)),
        extra=_extra(header, stamp),
    )
    return apply_front_matter(article, front_matter, path)


def _extra(header: Header, stamp: PublicationTime | AmbiguousDate | None) -> dict:
    extra: dict = {}
    if isinstance(stamp, AmbiguousDate):
        extra["published_ambiguous"] = stamp.text
        extra["published_readings"] = [reading.isoformat() for reading in stamp.readings]
    if header.standfirst:
        extra["standfirst"] = header.standfirst
    return extra


# --- front matter ---------------------------------------------------------------------


def split_front_matter(text: str, path: str) -> tuple[dict, int]:
    """Read a leading `---` YAML block; return its mapping and the index of the first line after it."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return _load_front_matter("\n".join(lines[1:index]), path), index + 1
    raise SourceError(
        [Problem(path, 1, "front matter opened with --- is never closed", "add a line with --- after it")]
    )


def _load_front_matter(block: str, path: str) -> dict:
    try:
        data = yaml.safe_load(block) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise SourceError(
            [Problem(path, line, f"front matter is not valid YAML: {getattr(err, 'problem', err)}")]
        ) from err
    if not isinstance(data, dict):
        raise SourceError([Problem(path, 2, "front matter must be a mapping of keys to values")])
    unknown = sorted(set(map(str, data)) - _FRONT_MATTER_KEYS)
    if unknown:
        raise SourceError(
            [
                Problem(
                    path, 2, f"unknown front matter key {unknown[0]!r}", f"use {', '.join(sorted(_FRONT_MATTER_KEYS))}"
                )
            ]
        )
    return data


def apply_front_matter(article: Article, front_matter: dict, path: str) -> Article:
    """Let what the front matter states win over what was detected."""
    if not front_matter:
        return article
    changes: dict = {}
    for key in ("title", "section", "byline", "caption", "dateline"):
        if front_matter.get(key) is not None:
            changes[key] = str(front_matter[key])
    if front_matter.get("published") is not None:
        changes.update(_front_matter_time(front_matter["published"], path))
    source = front_matter.get("source")
    name = front_matter.get("source_name") or (source.get("name") if isinstance(source, dict) else source)
    url = front_matter.get("url") or (source.get("url") if isinstance(source, dict) else None)
    if name is not None or url is not None:
        changes["source"] = Source(str(name) if name is not None else None, str(url) if url is not None else None)
    return replace(article, **changes)


def _front_matter_time(value: object, path: str) -> dict:
    if isinstance(value, datetime):
        return {"published": value, "zone_name": None, "published_has_time": True}
    stamp = parse_time_line(str(value))
    if not isinstance(stamp, PublicationTime):
        raise SourceError(
            [Problem(path, 2, f"front matter 'published' is not a clear date: {value!r}", "use ISO 8601")]
        )
    return {"published": stamp.value, "zone_name": stamp.zone_name, "published_has_time": stamp.has_time}


# --- lines and clutter ------------------------------------------------------------------


def split_lines(text: str) -> list[Line]:
    """Every line of the text, numbered from 1, with whitespace (also non-breaking) collapsed."""
    return [Line(number, _WHITESPACE.sub(" ", raw).strip()) for number, raw in enumerate(text.splitlines(), start=1)]


def drop_clutter(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Drop lines that are clutter wherever they stand (share buttons, ads, notices...)."""
    kept = []
    for line in lines:
        reason = clutter_reason(line.text)
        if reason:
            dropped.append(DroppedLine(line.number, line.text, reason))
        else:
            kept.append(line)
    return kept


def clutter_reason(text: str) -> str | None:
    """The drop reason of a line that is clutter by itself, or None."""
    if not text:
        return None
    long_sentence = len(text) > 80 and vocab.SENTENCE_END.search(text)
    match = (vocab.LONG_CLUTTER_LINE if long_sentence else vocab.CLUTTER_LINE).match(text)
    if match:
        return match.lastgroup.replace("_", "-")
    if long_sentence:
        return None
    if _is_menu(text):
        return "navigation"
    return None


def _is_menu(text: str) -> bool:
    """`World | Business | Sport | Culture`: three or more short items between bars."""
    items = re.split(r"\s*[|•·]\s*", text)
    return len(items) >= 3 and all(0 < len(item.split()) <= 3 and not re.search(r"\d", item) for item in items)


def cut_tail(lines: list[Line], dropped: list[DroppedLine], resume: bool = True) -> tuple[list[Line], str | None]:
    """Drop lists of other headlines; return the rest and the section a trailing list names.

    A list heading followed later by real prose is a box inside the body ("Related"):
    only the heading and its items go. Otherwise everything from the heading on is tail.
    With `resume` False (HTML, whose extractor already removed inline boxes, and whose
    trailing teasers are often whole sentences) the first heading after prose starts the tail.
    """
    kept: list[Line] = []
    seen_prose = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if seen_prose and list_heading_reason(line.text):
            resumed = _resumed_prose(lines, index + 1) if resume else None
            if resumed is None:
                return kept, _drop_tail(lines[index:], dropped)
            _drop_tail(lines[index:resumed], dropped)
            index = resumed
            continue
        seen_prose = seen_prose or _is_prose(line.text)
        kept.append(line)
        index += 1
    return kept, None


def _resumed_prose(lines: list[Line], start: int) -> int | None:
    for index in range(start, len(lines)):
        text = lines[index].text
        if _is_prose(text) and len(text.split()) >= _RESUMED_PROSE_MIN_WORDS:
            return index
    return None


def _drop_tail(tail: list[Line], dropped: list[DroppedLine]) -> str | None:
    section = None
    reason = "popular-list"
    for line in tail:
        if not line.text:
            continue
        heading = list_heading_reason(line.text)
        if heading:
            reason = heading
            section = section or _section_from_heading(line.text)
            dropped.append(DroppedLine(line.number, line.text, heading))
        elif vocab.SEPARATOR_LINE.match(line.text):
            dropped.append(DroppedLine(line.number, line.text, "list-separator"))
        else:
            dropped.append(DroppedLine(line.number, line.text, reason))
    return section


def list_heading_reason(text: str) -> str | None:
    """A short line without sentence punctuation naming a list of articles (maybe with its items inline)."""
    head = vocab.INLINE_LIST_SEPARATOR.split(text, maxsplit=1)[0]
    if not head or len(head) > 60 or vocab.SENTENCE_END.search(head):
        return None
    for reason, pattern in vocab.LIST_HEADING_PATTERNS.items():
        if pattern.search(head):
            return reason
    return None


def _section_from_heading(text: str) -> str | None:
    match = vocab.SECTION_BEFORE_HEADING.match(text) or vocab.SECTION_IN_HEADING.match(text)
    return match["section"].strip() if match else None


def _is_prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_MIN_WORDS and bool(vocab.SENTENCE_END.search(text))


# --- header -----------------------------------------------------------------------------


def find_time(text: str) -> tuple[PublicationTime | AmbiguousDate, list[str]] | None:
    """A time on a header line, with the other texts sharing the line.

    Reads `16:09 JST, February 7, 2025`, a time glued to a word (`Politics16:09 JST, ...`)
    and a time between separators (`By Jane Roe | Feb. 7, 2025`).
    """
    stamp = parse_time_line(text)
    if stamp is not None:
        return stamp, []
    glued = split_glued_time(text)
    if glued is not None:
        before, stamp, after = glued
        return stamp, [part for part in (before, after) if part]
    parts = vocab.INLINE_LIST_SEPARATOR.split(text)
    for index, part in enumerate(parts if len(parts) > 1 else ()):
        stamp = parse_time_line(part)
        if stamp is not None:
            return stamp, parts[:index] + parts[index + 1 :]
    return None


def split_header(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The header runs up to the time line when there is one near the top, else to the first prose."""
    content = [line for line in lines if line.text]
    long_prose = 0
    for line in content[:_HEADER_SEARCH_LINES]:
        if _is_prose(line.text) and len(line.text.split()) > 20:
            long_prose += 1  # one may be a caption above the time line; two mean the body has begun
            if long_prose == 2:
                break
            continue
        if len(line.text) <= _TIME_LINE_MAX_CHARS and find_time(line.text) is not None:
            cut = lines.index(line) + 1
            return lines[:cut], lines[cut:]
    for line in content[:_HEADER_SEARCH_LINES]:
        if _is_prose(line.text) or len(line.text.split()) > 30:
            cut = lines.index(line)
            return lines[:cut], lines[cut:]
    first = next((index for index, line in enumerate(lines) if line.text), None)
    if first is None or not looks_like_headline(lines[first].text):
        return [], lines
    return lines[: first + 1], lines[first + 1 :]


def read_header(header: list[Line], dropped: list[DroppedLine], all_lines: list[Line]) -> Header:
    """Read title, caption, time, byline and section from the header lines; drop the rest."""
    result = Header(credit_lines={item.number for item in dropped if item.reason == "photo-credit"})
    footer = " ".join(item.text for item in dropped if item.reason == "copyright").lower()
    first_content = next((line.number for line in header if line.text), 0)
    context = _HeaderContext(footer, first_content, _last_headline_line(header))
    for line in header:
        if not line.text:
            continue
        found = find_time(line.text)
        if found is not None and result.stamp is None:
            result.stamp = found[0]
            for text in found[1]:
                _read_header_text(Line(line.number, text), result, dropped, context)
            continue
        _read_header_text(line, result, dropped, context)
    return result


@dataclass(frozen=True, slots=True)
class _HeaderContext:
    """What classifying one header line needs to know about the others."""

    footer: str  # the copyright lines, lower case: an outlet names itself there
    first_line: int  # number of the header's first content line
    last_headline: int  # number of the header's last headline-like line (0 without one)


def _last_headline_line(header: list[Line]) -> int:
    numbers = [
        line.number for line in header if line.text and looks_like_headline(line.text) and find_time(line.text) is None
    ]
    return max(numbers, default=0)


def _read_header_text(line: Line, result: Header, dropped: list[DroppedLine], context: _HeaderContext) -> None:
    text = line.text
    field_match = vocab.FIELD_WITH_VALUE.match(text)
    if field_match:
        _read_field(field_match["label"].lower(), field_match["value"].strip(), result)
        dropped.append(DroppedLine(line.number, text[: field_match.start("value")].strip(), "field-label"))
        return
    reason = _header_line_reason(line, result, context)
    if reason:
        dropped.append(DroppedLine(line.number, text, reason))
        return
    byline = _byline(text)
    if byline and result.byline is None:
        result.byline = byline
    elif result.title is None and looks_like_headline(text):
        result.title = text
    elif result.title is None and _is_label(text):
        result.section = result.section or text
        dropped.append(DroppedLine(line.number, text, "section-label"))
    elif result.caption is None and (result.title is None or _is_sentence(text) or _ends_with_credit(text)):
        result.caption = _strip_credit(line, dropped)
    elif result.title is not None and result.standfirst is None and len(text.split()) >= 6:
        result.standfirst = text
    elif _is_label(text) and result.section is None:
        result.section = text
        dropped.append(DroppedLine(line.number, text, "section-label"))
    else:
        dropped.append(DroppedLine(line.number, text, "section-label" if len(text) < _LABEL_MAX_CHARS else "duplicate"))


def _read_field(label: str, value: str, result: Header) -> None:
    if label in ("headline", "title") and result.title is None:
        result.title = value
    elif label in ("caption", "photo caption") and result.caption is None:
        result.caption = value
    elif label in ("section", "category") and result.section is None:
        result.section = value


def _header_line_reason(line: Line, result: Header, context: _HeaderContext) -> str | None:
    """Why a header line is clutter: repeated, the outlet's name, alt text, a breadcrumb."""
    text = line.text
    if result.title is not None and same_text(text, result.title):
        return "duplicate"
    if result.caption is not None and same_text(_without_credit(text), result.caption):
        return "caption"
    if vocab.BREADCRUMB.match(text) and result.title is None:
        result.section = result.section or re.split(r"\s*[>›»/]\s*", text)[-1]
        return "breadcrumb"
    if result.title is None and _is_outlet_name(
        text, context.footer, line.number == context.first_line, line.number < context.last_headline
    ):
        return "outlet-name"
    return None


def _is_outlet_name(text: str, footer: str, is_first_line: bool, headline_follows: bool) -> bool:
    """The outlet's name: named again in the copyright line, or a short name atop the page.

    A name made of outlet words ("The Harbour Herald", "Example News") counts only at the
    top with a headline still to come, since a short headline may end in "Report" or "Press".
    """
    words = text.split()
    if len(words) > vocab.OUTLET_MAX_WORDS or vocab.SENTENCE_END.search(text) or re.search(r"\d", text):
        return False
    if len(text) >= 4 and text.lower() in footer:
        return True
    if not (is_first_line and headline_follows):
        return False
    if len(words) == 1 and text.endswith(vocab.OUTLET_ENDINGS_CJK):
        return True
    small = ("the", "of", "by", "and")
    significant = [word.lower().strip(".,'’") for word in words if word.lower() not in small]
    capitalised = all(word[0].isupper() or word.lower() in small for word in words)
    named = bool(significant) and (
        significant[-1] in vocab.OUTLET_WORDS or words[0] == "The" and significant[0] in vocab.OUTLET_WORDS
    )
    return capitalised and named and len(words) <= 5


def _byline(text: str) -> str | None:
    """`By Jane Roe and Sam Poe, Example News` -> `Jane Roe and Sam Poe` (the outlet is not an author)."""
    match = vocab.BYLINE.match(text)
    if not match or _is_sentence(text) and len(text.split()) > 8:
        return None
    names = match["byline"].strip(" ,")
    head, _, last = names.rpartition(",")
    if head and last.split() and last.split()[-1].lower() in vocab.OUTLET_WORDS:
        names = head.strip()
    return names


def _is_label(text: str) -> bool:
    return (
        len(text.split()) <= _LABEL_MAX_WORDS and len(text) <= _LABEL_MAX_CHARS and not vocab.SENTENCE_END.search(text)
    )


def _is_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…][\"”’')\]]*$", text))


def looks_like_headline(text: str) -> bool:
    """A few words, starting like a title, not ending like a sentence."""
    words = text.split()
    if len(words) < _HEADLINE_MIN_WORDS or len(text) > _HEADLINE_MAX_CHARS:
        return False
    starts_like_a_title = text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"
    return starts_like_a_title and not re.search(r"[.!…]$", text)


def same_text(a: str, b: str) -> bool:
    """Equal but for case, punctuation and spacing (a headline printed twice)."""
    if abs(len(a) - len(b)) > max(len(a), len(b)) // 4 + 4:
        return False  # cheap: punctuation and spacing never change the length this much
    return _normal(a) == _normal(b)


def _normal(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


# --- captions and credits ---------------------------------------------------------------


# A credit closes a caption within its last characters; searching only there keeps long
# paragraphs cheap (the pattern is anchored at the end but would be tried at every offset).
_CREDIT_SEARCH_CHARS = 120


def _credit_match(text: str) -> tuple[int, str] | None:
    """Where a closing photo credit starts in `text`, and the credit, or None."""
    offset = max(len(text) - _CREDIT_SEARCH_CHARS, 0)
    match = vocab.CAPTION_CREDIT.search(text, offset)
    return (match.start(), match["credit"]) if match else None


def _ends_with_credit(text: str) -> bool:
    return _credit_match(text) is not None


def _without_credit(text: str) -> str:
    found = _credit_match(text)
    return text[: found[0]].strip() if found else text


def _strip_credit(line: Line, dropped: list[DroppedLine]) -> str:
    """The caption without the credit closing it; the credit is reported as dropped."""
    found = _credit_match(line.text)
    if not found:
        return line.text
    dropped.append(DroppedLine(line.number, found[1], "photo-credit"))
    return line.text[: found[0]].strip()


def _take_captions(
    header: Header, body: list[Line], dropped: list[DroppedLine], all_lines: list[Line]
) -> tuple[str | None, list[Line]]:
    """Take captions, alt text and repeated title or caption lines out of the body."""
    caption = header.caption
    kept: list[Line] = []
    for line in body:
        text = line.text
        if not text:
            kept.append(line)
            continue
        if header.title and same_text(text, header.title):
            dropped.append(DroppedLine(line.number, text, "duplicate"))
        elif caption and same_text(_without_credit(text), caption):
            _strip_credit(line, dropped)
            dropped.append(DroppedLine(line.number, _without_credit(text), "caption"))
        elif _is_caption(line, header.credit_lines, all_lines):
            stripped = _strip_credit(line, dropped)
            if caption is None:
                caption = stripped
            else:
                dropped.append(DroppedLine(line.number, stripped, "caption"))
        else:
            kept.append(line)
    return caption, kept


def _is_caption(line: Line, credit_lines: set[int], all_lines: list[Line]) -> bool:
    """A short line closed by a credit, or standing right above a credit line."""
    if line.text.count(" ") >= _CAPTION_MAX_WORDS:
        return False
    if _ends_with_credit(line.text):
        return True
    following = next((other.number for other in all_lines[line.number :] if other.text), None)
    return following in credit_lines and (_is_sentence(line.text) or len(line.text.split()) >= 12)


def _take_byline(byline: str | None, body: list[Line], dropped: list[DroppedLine]) -> tuple[str | None, list[Line]]:
    """A byline may also open the body, before the first paragraph."""
    content = [line for line in body if line.text]
    if byline is None and content:
        found = _byline(content[0].text)
        if found and not vocab.SENTENCE_END.search(content[0].text):
            return found, [line for line in body if line is not content[0]]
    return byline, body


# --- body -------------------------------------------------------------------------------


def group_paragraphs(body: list[Line]) -> tuple[str | None, list[Paragraph]]:
    """Group body lines into paragraphs; split a leading dateline off the first one.

    A blank line ends a paragraph; so does a line ending like a sentence, since pasted text
    often puts one paragraph on each line with no blank between. Hard-wrapped lines that
    stop mid-sentence are joined.
    """
    paragraphs: list[Paragraph] = []
    pending: list[Line] = []
    for line in body + [Line(0, "")]:
        if line.text:
            pending.append(line)
        if pending and (not line.text or vocab.SENTENCE_END.search(line.text)):
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


def settle_stamp(
    stamp: PublicationTime | AmbiguousDate | None, dateline: str | None
) -> PublicationTime | AmbiguousDate | None:
    """Settle an ambiguous numeric date with the dateline's date: `PARIS, Feb. 7 (Reuters)`.

    (A weekday printed on the time line itself is used by `briefs.pubtime`.) A date that
    stays ambiguous is kept as such: `published` is then null and both readings are reported.
    """
    if not isinstance(stamp, AmbiguousDate):
        return stamp
    for month, day in _dateline_dates(dateline or ""):
        settled = stamp.settle(month, day)
        if settled:
            return settled
    return stamp


def _dateline_dates(dateline: str) -> list[tuple[int, int]]:
    found = []
    for match in re.finditer(r"([A-Za-z]{3,9})\.?\s*(\d{1,2})\b|\b(\d{1,2})\s+([A-Za-z]{3,9})", dateline):
        name, number = (match[1], match[2]) if match[1] else (match[4], match[3])
        if name.lower() in vocab.MONTHS:
            found.append((vocab.MONTHS[name.lower()], int(number)))
    return found
