"""The header of a pasted article: headline, caption, time line, byline, section.

Everything above the body is read here by features of each line rather than by its exact
wording: its length, its share of interface words (a button or menu item in any language),
of stop words, its capitalisation, a date or time on it, its repetition of another line,
and its position (closeness to the time line, the byline and the body). The headline is
the best-scoring line (`choose_headline`: never an outlet name, a caption or alt text);
around it come the time line (also glued to a word, between separators, or beside an
update time), bylines (names only: `clean_byline` strips "By", job titles, outlets and
interface words), a caption (with evidence: a credit, or its place above the time line),
a standfirst, the section label right above the headline, and breadcrumbs. Captions and repeated
lines are also taken out
of the body's first lines, with a dateline stacked over several lines and a headline
printed under the time line. `clutter_reason`, the test of a line that is clutter by
itself, lives here too because header and body both use it. `briefs.sources.pasted_text` runs the steps;
the trailing lists, paragraphs and datelines are its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from briefs.sources import vocab
from briefs.model import DroppedLine
from briefs.sources.pubtime import AmbiguousDate, PublicationTime, parse_time_line, split_glued_time

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
# A stacked dateline (`Tokyo` / `CNN` / `—`) is at most this many short lines before the dash.
_STACKED_DATELINE_PARTS = 3
# A headline found under the time line is short.
_LATE_HEADLINE_MAX_WORDS = 15
# A headline under the time line replaces a header line shaped like a name only when it has this many words.
_LATE_HEADLINE_OVER_NAME_WORDS = 5
# Alt text is repeated by its caption within this many lines, and is at least this long.
_ALT_TEXT_REACH = 8
_ALT_TEXT_MIN_CHARS = 12
_ALT_TEXT_COMPARED_CHARS = 160  # alt text is short; comparing the start of longer lines is enough
# A caption is shorter than this; a longer line ending with a credit is still body.
_CAPTION_MAX_WORDS = 60
# Lines repeat across the parser's steps (clutter, header, headline choice); their tests are cached.
_CACHED_LINES = 4096


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
    caption_credited: bool = False  # the caption came with a photo credit (not only guessed by position)
    credit_lines: set[int] = field(default_factory=set)  # numbers of lines that were photo credits
    title_weak: bool = False  # the headline scored as a site's name might: a headline under the time line wins
    title_line: int = 0  # number of the headline's line
    title_rivals: int = 0  # other headline-shaped lines that scored within `_SUBTITLE_PENALTY` of the headline
    stamp_updated: bool = False  # the time line read was labelled as an update
    stamp_is_update: bool = False  # the time read is the update time itself (`Updated 3:15 PM ...`)
    stamp_in_body: bool = False  # the time was read from a line under the body's start, not from the header
    caption_by_place: bool = False  # the header's caption has no credit: it was taken by its place alone


def is_prose(text: str) -> bool:
    """A line of several words ending like a sentence."""
    return word_count(text) >= _PROSE_MIN_WORDS and bool(vocab.ends_sentence(text))


def word_count(text: str) -> int:
    """Words in a line; in Japanese, Chinese or Korean written without spaces, two characters count one."""
    spaced = len(text.split())
    if spaced > 2 or not vocab.CJK_CHARACTER.search(text):
        return spaced
    return max(spaced, len(vocab.CJK_CHARACTER.findall(text)) // 2)


@lru_cache(maxsize=_CACHED_LINES)
def clutter_reason(text: str) -> str | None:
    """The drop reason of a line that is clutter by itself, or None.

    First the vocabularies (`vocab.CLUTTER_LINE`), also for the line without the brackets
    around it (`(Reporting by ...; Editing by ...)`); then the line's features: a short line
    made mostly of interface words is a button or a prompt in any language (`is_interface`).
    """
    if not text:
        return None
    long_sentence = len(text) > 80 and vocab.ends_sentence(text)
    for candidate in _unbracketed(text):
        match = (vocab.LONG_CLUTTER_LINE if long_sentence else vocab.CLUTTER_LINE).match(candidate)
        if match:
            return match.lastgroup.replace("_", "-")
    shape = _SHAPE_LINE.match(text)
    if shape and (not long_sentence or shape.lastgroup == "notice"):
        return shape.lastgroup.replace("_", "-")
    if long_sentence:
        return None
    return _shape_reason(text)


def _unbracketed(text: str) -> tuple[str, ...]:
    if len(text) > 2 and text[0] == "(" and text[-1] == ")" and text.count("(") == 1:
        return text, text[1:-1].strip()
    return (text,)


def _shape_pattern() -> re.Pattern[str]:
    """The line shapes of `vocab` added for issue 17, as one pattern whose group name is the reason."""
    groups = {
        "notice": (vocab.CONSENT_NOTICE, vocab.PRINT_NOTE),
        "field_label": (vocab.LABEL_ONLY, vocab.RELEASE_LABEL),
        "end_mark": (vocab.END_MARK,),
        "editorial_marker": (vocab.STORY_MARKERS,),
        "time_line": (vocab.ENTRY_TIME,),
        "credits": (vocab.SOURCE_NOTE, vocab.EDITOR_CREDIT, vocab.RELEASE_SOURCE),
    }
    parts = []
    for reason, patterns in groups.items():
        # Each keeps its own case rule: `SOURCE Example Ltd` must be in capitals, the rest need not.
        alternatives = "|".join(f"(?{'i' if pattern.flags & re.I else '-i'}:{pattern.pattern})" for pattern in patterns)
        parts.append(f"(?P<{reason}>{alternatives})")
    return re.compile("|".join(parts))


_SHAPE_LINE = _shape_pattern()


def _shape_reason(text: str) -> str | None:
    """Why a short line is clutter by what it is made of (a menu, interface words), not by a listed wording."""
    if _is_menu(text):
        return "navigation"
    if is_interface(text):
        return "interface"
    return None


# A line of interface is short; longer lines are prose whatever their words.
_INTERFACE_MAX_WORDS = 8
# Share of a line's content words (stop words aside) that must be interface words.
_INTERFACE_MIN_SHARE = 0.6
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "PlayerClose", as copying leaves two buttons
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def line_words(text: str) -> list[str]:
    """The words of a line, case-folded, without numbers; glued words (`PlayerClose`) split."""
    return [word.casefold() for word in _WORD.findall(_GLUED_WORDS.sub(" ", text))]


def is_interface(text: str) -> bool:
    """A short line made mostly of interface words: `Reprints & Permissions`, `Lesezeit: 2 Min.`, `番組`.

    Like jusText's stop-word density, the measure is a share of the line's words, so a
    sentence that merely mentions a share price stays body.
    """
    words = line_words(text)
    if not words or len(words) > _INTERFACE_MAX_WORDS:
        return False
    if vocab.INTERFACE_PHRASES.search(text):
        return True
    content = [word for word in words if word not in vocab.STOP_WORDS] or words
    share = sum(word in vocab.INTERFACE_WORDS for word in content) / len(content)
    return share >= _INTERFACE_MIN_SHARE


def _is_menu(text: str) -> bool:
    """`World | Business | Sport | Culture`: three or more short items between bars."""
    items = re.split(r"\s*[|•·]\s*", text)
    return len(items) >= 3 and all(0 < len(item.split()) <= 3 and not re.search(r"\d", item) for item in items)


def find_time(text: str) -> tuple[PublicationTime | AmbiguousDate, list[str]] | None:
    """A time on a header line, with the other texts sharing the line.

    Reads `16:09 JST, February 7, 2025`, a time glued to a word (`Politics16:09 JST, ...`)
    and a time between separators (`By Jane Roe | Feb. 7, 2025`).
    """
    found = _find_time(text)
    return (found[0], list(found[1])) if found is not None else None


@lru_cache(maxsize=_CACHED_LINES)
def _find_time(text: str) -> tuple[PublicationTime | AmbiguousDate, tuple[str, ...]] | None:
    stamp = parse_time_line(text)
    if stamp is not None:
        return stamp, ()
    split = _split_time_part(text)
    if split is not None:
        stamp = parse_time_line(split[0])
        if stamp is not None:
            return stamp, (split[1],)
    glued = split_glued_time(text)
    if glued is not None:
        before, stamp, after = glued
        return stamp, tuple(part for part in (before, after) if part)
    parts = vocab.INLINE_LIST_SEPARATOR.split(text)
    if len(parts) < 2:
        return None
    for start in range(len(parts)):  # the longest run of parts that reads as one time: "Feb 7, 2025 - 16:09"
        for end in range(len(parts), start, -1):
            stamp = parse_time_line(" ".join(parts[start:end]))
            if stamp is not None:
                return stamp, tuple(parts[:start] + parts[end:])
    return None


# A place printed before the date on a time line: `Madrid, 7 de febrero de 2025 (17:20 CET)`.
_PLACE_BEFORE_DATE = re.compile(r"^(?P<place>[^\W\d_][\w .'’-]{1,30}),\s+(?=\d)")


def _split_time_part(text: str) -> tuple[str, str] | None:
    """The publication part of a time line and the rest: before `, updated ...`, or after a place."""
    update = vocab.UPDATED_LABEL.search(text)
    if update is not None and update.start() > 0:
        return text[: update.start()].rstrip(" ,;|-–—"), text[update.start() :]
    place = _PLACE_BEFORE_DATE.match(text)
    if place is not None:
        return text[place.end() :], place["place"]
    return None


def split_header(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The header runs up to the time line when there is one near the top, else to the first prose.

    Time lines printed one under the other (`Updated ...` / `Published ...`) all stay in the
    header. A time line under several paragraphs closes the article instead (a video page
    prints its date last), and a paste that opens with sentences and no headline has no header.
    """
    content = [line for line in lines if line.text]
    long_prose = prose = 0
    for index, line in enumerate(content[:_HEADER_SEARCH_LINES]):
        if is_prose(line.text):
            prose += 1
            long_prose += len(line.text.split()) > 20
            # One may be a caption above the time line; two long ones, or three, mean the body has begun.
            if long_prose == 2 or prose == _PROSE_LINES_BEFORE_BODY:
                break
            continue
        if _is_time_line(line.text):
            while index + 1 < len(content) and _is_time_line(content[index + 1].text):
                index += 1
            cut = lines.index(content[index]) + 1
            return lines[:cut], lines[cut:]
    for line in content[:_HEADER_SEARCH_LINES]:
        if is_prose(line.text) or len(line.text.split()) > 30:
            cut = lines.index(line)
            if _opens_with_sentences(lines[:cut]):
                return [], lines
            return lines[:cut], lines[cut:]
    first = next((index for index, line in enumerate(lines) if line.text), None)
    if first is None or not looks_like_headline(lines[first].text):
        return [], lines
    return lines[: first + 1], lines[first + 1 :]


# Three paragraphs before a time line mean the body came first.
_PROSE_LINES_BEFORE_BODY = 3


def _is_time_line(text: str) -> bool:
    return len(text) <= _TIME_LINE_MAX_CHARS and find_time(text) is not None


def _opens_with_sentences(header: list[Line]) -> bool:
    """An excerpt: the lines before the first paragraph are all short sentences, none a headline."""
    content = [line.text for line in header if line.text]
    return bool(content) and all(_is_sentence(text) and not looks_like_headline(text) for text in content)


def read_header(header: list[Line], dropped: list[DroppedLine], all_lines: list[Line]) -> Header:
    """Read title, caption, time, byline and section from the header lines; drop the rest.

    The headline is chosen first, by score over all header lines (`choose_headline`); the
    other lines are then read in order around it.
    """
    result = Header(credit_lines={item.number for item in dropped if item.reason == "photo-credit"})
    footer = " ".join(item.text for item in dropped if item.reason == "copyright").lower()
    first_content = next((line.number for line in header if line.text), 0)
    nearby = [line for line in all_lines if line.number >= first_content][: len(header) + _ALT_TEXT_REACH]
    context = _HeaderContext(footer, first_content, _last_headline_line(header), frozenset(_alt_texts(nearby)))
    names, details = _byline_blocks(header)
    headline = choose_headline(header, context, names | details)
    context = replace(
        context,
        headline=headline.number if headline else 0,
        before_byline=_before_byline(header, names),
        above_headline=_line_above(all_lines, headline.number) if headline else 0,
    )
    result.title_weak = headline is not None and headline.score < 0
    for line in header:
        if not line.text:
            continue
        if line.number in names:
            name = clean_byline(line.text)
            _add_byline(result, name)
            if name and name != line.text and name in line.text:
                _report_byline_detail(line, name, dropped)  # the job title after the name
            continue
        if line.number in details:
            dropped.append(DroppedLine(line.number, line.text, "byline-detail"))
            continue
        found = find_time(line.text)
        if found is not None and _takes_stamp(result, line.text):
            result.stamp = found[0]
            result.stamp_updated = _is_update_line(line.text)
            result.stamp_is_update = result.stamp_updated and _update_label_first(line.text)
            for text in found[1]:  # texts sharing the time line are labels, never the headline
                if find_time(text) is not None or line.text.startswith(f"{text}, "):
                    dropped.append(DroppedLine(line.number, text, "time-line"))  # `updated ...`, `Madrid`
                else:
                    _read_header_text(Line(line.number, text), result, dropped, context, beside_time=True)
            continue
        if found is not None and len(line.text) <= _TIME_LINE_MAX_CHARS and not found[1]:
            dropped.append(DroppedLine(line.number, line.text, "time-line"))  # a second time line
            continue
        _read_header_text(line, result, dropped, context)
    if headline is not None and result.title_line == headline.number:
        result.title_rivals = headline.rivals  # only when the scored line became the title (not a `Title:` field)
    return result


def _line_above(all_lines: list[Line], number: int) -> int:
    """The content line printed right above line `number`, clutter included (a button between means no section)."""
    index = number - 2  # all_lines[i] is line i + 1
    while 0 <= index < len(all_lines) and not all_lines[index].text:
        index -= 1
    return all_lines[index].number if 0 <= index < len(all_lines) else 0


def _before_byline(header: list[Line], names: set[int]) -> frozenset[int]:
    """Lines the byline follows, clutter between them aside (`standfirst` / `Share full article` / `By ...`)."""
    content = [line for line in header if line.text and not clutter_reason(line.text)]
    return frozenset(
        line.number
        for line, following in zip(content, content[1:])
        if following.number in names or _byline(following.text)
    )


def _takes_stamp(result: Header, text: str) -> bool:
    """The first time line, or a publication time after an update time (`Updated ...` / `Published ...`)."""
    return result.stamp is None or result.stamp_updated and not _is_update_line(text)


def _is_update_line(text: str) -> bool:
    return bool(vocab.UPDATED_LABEL.search(text)) and not vocab.PUBLISHED_LABEL.search(text)


def _update_label_first(text: str) -> bool:
    """`Updated 3:15 PM EST, ...` labels the time after it; `Feb 7, 2025 Updated Feb 8` prints the first time bare."""
    label, digit = vocab.UPDATED_LABEL.search(text), re.search(r"\d", text)
    return label is not None and (digit is None or label.start() < digit.start())


def _add_byline(result: Header, byline: str | None) -> None:
    """A byline, or one more author printed on a line of their own (`Ben Hartley Games Editor` / `Sara Okafor ...`)."""
    if not byline:
        return
    if result.byline is None:
        result.byline = byline
    elif byline not in result.byline:
        result.byline = clean_byline(f"{result.byline}, {byline}")


@dataclass(frozen=True, slots=True)
class Headline:
    """The header line chosen as the headline."""

    number: int  # its line number
    score: float  # how much it looks like a headline; below zero it may be the site's name instead
    rivals: int = 0  # other candidates whose score came within `_SUBTITLE_PENALTY` of this one


# Headline score: a line of this many words or more gets the full length score.
_HEADLINE_FULL_WORDS = 10
# Lines this many content lines away from the time line, byline or body still count as next to them.
_HEADLINE_REACH = 3
# A headline-shaped line under another is a subtitle unless it scores this much better.
_SUBTITLE_PENALTY = 0.6


def choose_headline(header: list[Line], context: _HeaderContext, byline_lines: set[int]) -> Headline | None:
    """The header line that scores best as the headline, or None.

    Features: length (headlines run to about ten words), name shape (three or four
    capitalised words with no verb in lower case read as a site's or an office's name),
    and closeness to what follows a headline (the time line, the byline, the body).
    Lines that are clutter, times, bylines, captions or alt text are not candidates.
    """
    content = [line for line in header if line.text]
    anchor = _headline_anchor(content)
    best: Headline | None = None
    scores: list[float] = []
    earlier = 0  # headline-shaped lines above: the first is the headline, the next a subtitle
    for index, line in enumerate(content):
        if not _is_headline_candidate(line, context, byline_lines):
            continue
        text = split_outlet_label(line.text)[0]
        words = text.split()
        score = min(len(words), _HEADLINE_FULL_WORDS) / _HEADLINE_FULL_WORDS + (0.6 if len(words) >= 5 else 0.0)
        if _is_name_shaped(text):
            score -= 1.0
        else:
            score -= _SUBTITLE_PENALTY * earlier
            earlier += 1
        score -= 0.3 * max(0, anchor - index - _HEADLINE_REACH)
        scores.append(score)
        if best is None or score > best.score:
            best = Headline(line.number, score)
    if best is None:
        return None
    # A rival lost by no more than the place of a subtitle: the choice rests on which came first.
    rivals = sum(best.score - score <= _SUBTITLE_PENALTY + _SCORE_EPSILON for score in scores) - 1
    return replace(best, rivals=rivals)


_SCORE_EPSILON = 1e-9  # scores are sums of tenths: 1.6 - 1.0 is 0.6000000000000001


def _headline_anchor(content: list[Line]) -> int:
    """Index of the first time line or byline among the header's lines (else its end)."""
    for index, line in enumerate(content):
        if len(line.text) <= _TIME_LINE_MAX_CHARS and find_time(line.text) is not None or _byline(line.text):
            return index
    return len(content)


def _is_headline_candidate(line: Line, context: _HeaderContext, byline_lines: set[int]) -> bool:
    text = line.text
    if line.number in byline_lines or line.number in context.alt_texts:
        return False
    if clutter_reason(text) or vocab.FIELD_WITH_VALUE.match(text) or _is_field_label(text) or _byline(text):
        return False
    if _ends_with_credit(text) or len(text) <= _TIME_LINE_MAX_CHARS and find_time(text) is not None:
        return False
    headline_follows = line.number < context.last_headline
    if vocab.BREADCRUMB.match(text) or _is_outlet_name(
        text, context.footer, line.number == context.first_line, headline_follows
    ):
        return False
    return looks_like_headline(split_outlet_label(text)[0])


def _is_name_shaped(text: str) -> bool:
    """`Ministry of Coastal Affairs`, `The Morning Brief`: a few capitalised words, small words aside."""
    words = text.split()
    small = {"of", "the", "and", "for", "from", "de", "du", "des", "der", "und"}
    return len(words) <= 4 and all(word[0].isupper() or word.lower() in small for word in words)


# An outlet's label printed with the headline: `[Harbour Times] Night market returns`,
# `Volcano alert raised (Island Broadcast)`. The label is a few capitalised words.
_LEADING_LABEL = re.compile(r"^\[(?P<label>[^\]]{2,40})\]\s*(?P<rest>\S.{8,})$")
_TRAILING_LABEL = re.compile(r"^(?P<rest>\S.{8,}?)\s*[\[(](?P<label>[^\])]{2,40})[\])]$")


def split_outlet_label(text: str) -> tuple[str, str | None]:
    """A headline without the outlet's label in brackets, and the label (None without one)."""
    for pattern in (_LEADING_LABEL, _TRAILING_LABEL):
        match = pattern.match(text)
        if match and _is_label_of_outlet(match["label"]):
            bracketed = text[: match.start("rest")] if match.start("rest") else text[match.end("rest") :]
            return match["rest"].strip(), bracketed.strip()
    return text, None


def _is_label_of_outlet(label: str) -> bool:
    words = label.split()
    return 1 <= len(words) <= 4 and all(word[0].isupper() for word in words) and not re.search(r"\d", label)


def _is_field_label(text: str) -> bool:
    """A label of the publishing system, alone or with a short code: `Published`, `ID: 20250207-4471`, `1042`."""
    if vocab.LABEL_ONLY.match(text) or re.fullmatch(r"\d{1,7}", text):
        return True
    match = re.fullmatch(r"(?P<label>[A-Za-z][A-Za-z ]{0,15}):\s*(?P<value>\S.{0,40})", text)
    return bool(match) and len(match["label"].split()) <= 2 and (
        bool(re.search(r"\d", match["value"])) and len(match["value"].split()) <= 2 or len(match["value"]) <= 4
    )


def _byline_blocks(header: list[Line]) -> tuple[set[int], set[int]]:
    """A name on its own line with role, outlet or place lines under it (`Mariko Sato` / `BBC News, Tokyo`).

    Returns the numbers of the name lines and of the detail lines.
    """
    content = [line for line in header if line.text]
    names: set[int] = set()
    details: set[int] = set()
    for index, line in enumerate(content[:-1]):
        if not is_person_name(line.text) or not vocab.BYLINE_DETAIL.match(content[index + 1].text):
            continue
        names.add(line.number)
        for detail in content[index + 1 :]:
            if not vocab.BYLINE_DETAIL.match(detail.text):
                break
            if _is_author_with_role(detail.text):
                names.add(detail.number)  # `Sara Okafor Senior Business Reporter`: another author
            else:
                details.add(detail.number)
    return names, details


def _is_author_with_role(text: str) -> bool:
    return bool(vocab.BYLINE_WITH_ROLE.match(text)) and is_person_name(clean_byline(text) or "")


def is_person_name(text: str) -> bool:
    """Two to four capitalised words that are neither an outlet, an agency, a role nor interface."""
    words = text.split()
    shaped = all(re.fullmatch(r"[^\W\d_][\w.'’-]*", word) and word[0].isupper() for word in words)
    folded = [word.casefold().strip(".") for word in words]
    return (
        2 <= len(words) <= 4
        and shaped
        and folded[-1] not in vocab.OUTLET_WORDS
        and folded[-1] not in vocab.COMPANY_SUFFIXES
        and text.casefold() not in vocab.AGENCY_NAMES
        and not any(word in vocab.INTERFACE_WORDS or word in vocab.STOP_WORDS for word in folded)
    )


@dataclass(frozen=True, slots=True)
class _HeaderContext:
    """What classifying one header line needs to know about the others."""

    footer: str  # the copyright lines, lower case: an outlet names itself there
    first_line: int  # number of the header's first content line
    last_headline: int  # number of the header's last headline-like line (0 without one)
    alt_texts: frozenset[int] = frozenset()  # numbers of lines a later caption repeats (image alt text)
    headline: int = 0  # number of the line chosen as the headline (0 without one)
    before_byline: frozenset[int] = frozenset()  # numbers of lines the byline directly follows
    above_headline: int = 0  # number of the content line right above the headline (0 without one)


def _last_headline_line(header: list[Line]) -> int:
    numbers = [
        line.number for line in header if line.text and looks_like_headline(line.text) and find_time(line.text) is None
    ]
    return max(numbers, default=0)


def _read_header_text(
    line: Line, result: Header, dropped: list[DroppedLine], context: _HeaderContext, beside_time: bool = False
) -> None:
    text = line.text
    field_match = vocab.FIELD_WITH_VALUE.match(text)
    if field_match:
        _read_field(field_match["label"].lower(), field_match["value"].strip(), result)
        dropped.append(DroppedLine(line.number, text[: field_match.start("value")].strip(), "field-label"))
        return
    reason = clutter_reason(text) or _header_line_reason(line, result, context, beside_time)
    if reason:
        dropped.append(DroppedLine(line.number, text, reason))
        return
    byline = _byline(text)
    if byline:
        _add_byline(result, byline)
        _read_byline_date(text, result)
        _report_byline_detail(line, byline, dropped)
    elif line.number == context.headline and not beside_time:
        result.title, label = split_outlet_label(text)
        result.title_line = line.number
        if label:
            dropped.append(DroppedLine(line.number, label, "outlet-name"))
    elif result.title is not None and result.byline is None and (
        is_person_name(text) or vocab.COLLECTIVE_BYLINE.match(text)
    ):
        result.byline = text  # a name alone under the headline: `Léa Dubois`
    elif result.caption is None and _has_caption_evidence(line, result, context):
        result.caption_credited = _ends_with_credit(text)
        result.caption_by_place = not result.caption_credited
        result.caption = _strip_credit(line, dropped)
    elif (result.title is None or beside_time) and _is_label(text):
        if (beside_time or line.number == context.above_headline) and not re.search(r"\d", text):
            result.section = text  # the label right above the headline names the section; menus above it do not
        dropped.append(DroppedLine(line.number, text, "section-label"))
    elif result.title is not None and result.standfirst is None and len(text.split()) >= 6:
        result.standfirst = text
    elif _is_label(text):
        dropped.append(DroppedLine(line.number, text, "section-label"))  # under the headline: a label, no section
    else:
        dropped.append(DroppedLine(line.number, text, "section-label" if len(text) < _LABEL_MAX_CHARS else "duplicate"))


def _has_caption_evidence(line: Line, result: Header, context: _HeaderContext) -> bool:
    """A caption shows itself: a closing credit, or a sentence above a headline still to come.

    A sentence under the headline with no credit is the standfirst instead.
    """
    if _ends_with_credit(line.text):
        return True
    if not _is_sentence(line.text):
        return False
    if result.title is None:
        return context.headline > line.number
    # Under the headline a sentence is the photo's caption (headline, caption, time line), unless
    # the byline follows it: headline, standfirst, byline is how outlets print a summary.
    return line.number not in context.before_byline


def _read_byline_date(text: str, result: Header) -> None:
    """`Posted by Greta Holm on February 7, 2025`: the time on the byline line."""
    match = vocab.BYLINE_MULTILINGUAL.match(text)
    if match and match["date"] and result.stamp is None:
        result.stamp = parse_time_line(match["date"])


def _read_field(label: str, value: str, result: Header) -> None:
    if label in ("headline", "title") and result.title is None:
        result.title = value
    elif label in ("caption", "photo caption") and result.caption is None:
        result.caption = value
    elif label in ("section", "category") and result.section is None:
        result.section = value


def _header_line_reason(line: Line, result: Header, context: _HeaderContext, beside_time: bool = False) -> str | None:
    """Why a header line is clutter: repeated, the outlet's name, alt text, a breadcrumb, a system label."""
    text = line.text
    if _is_field_label(text):
        return "field-label"
    if result.title is not None and same_text(text, result.title):
        return "duplicate"
    if result.caption is not None and same_text(_without_credit(text), result.caption):
        return "caption"
    if vocab.BREADCRUMB.match(text) and result.title is None:
        result.section = result.section or re.split(r"\s*[>›»/]\s*", text)[-1]
        return "breadcrumb"
    # A text sharing the time line is never the headline, so an outlet name there hides none.
    headline_follows = beside_time or line.number < context.last_headline
    if (result.title is None or beside_time) and _is_outlet_name(
        text, context.footer, line.number == context.first_line or beside_time, headline_follows
    ):
        return "outlet-name"
    if result.title is None and line.number in context.alt_texts:
        return "image-alt"
    if text.casefold() in vocab.AGENCY_NAMES:
        return "outlet-name"  # `Agence France-Presse` printed by a portal above the agency's story
    return None


def _alt_texts(lines: list[Line]) -> set[int]:
    """Lines that a later line near them repeats with more words: an image's alt text, then its caption.

    `A ferry leaving the harbour` above the headline, `A ferry leaving the harbour at dusk.
    (Photo: ...)` under it. A line repeated word for word is a headline printed twice instead.
    """
    content = [(line.number, _normal(line.text[:_ALT_TEXT_COMPARED_CHARS])) for line in lines if line.text]
    found = set()
    for index, (number, text) in enumerate(content):
        later = content[index + 1 : index + 1 + _ALT_TEXT_REACH]
        if len(text) >= _ALT_TEXT_MIN_CHARS and any(
            other.startswith(text) and len(other) > len(text) + 5 for _, other in later
        ):
            found.add(number)
    return found


def _is_outlet_name(text: str, footer: str, is_first_line: bool, headline_follows: bool) -> bool:
    """The outlet's name: named again in the copyright line, or a short name atop the page.

    A name made of outlet words ("The Harbour Herald", "Example News") counts only at the
    top with a headline still to come, since a short headline may end in "Report" or "Press".
    """
    words = text.split()
    if len(words) > vocab.OUTLET_MAX_WORDS or vocab.ends_sentence(text) or re.search(r"\d", text):
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
    match = vocab.BYLINE.match(text) or vocab.BYLINE_WITH_ROLE.match(text) or vocab.BYLINE_MULTILINGUAL.match(text)
    if not match or _is_sentence(text) and len(text.split()) > 8:
        return None
    names = match["byline"].strip(" ,")
    head, _, last = names.rpartition(",")
    if head and last.split() and last.split()[-1].lower() in vocab.OUTLET_WORDS:
        names = head.strip()
    return clean_byline(names)


def clean_byline(text: str | None) -> str | None:
    """The authors a byline names, without "By", job titles, outlets, e-mail or interface words.

    `SAMUEL ORTIZ Associated Press` -> `SAMUEL ORTIZ`; `Liam Byrne; Political Editor` ->
    `Liam Byrne`; `Ben Hartley Games Editor` -> `Ben Hartley`; `Username` -> None. Several
    authors are joined as `A, B and C` (see `split_authors`).
    """
    if not text:
        return None
    text = vocab.BYLINE_FOR_OUTLET.sub("", re.sub(r"^(by|par|por|von)\s+", "", text.strip(), flags=re.I))
    names = [_author_name(part) for part in _AUTHOR_SEPARATOR.split(text)]
    names = [name for name in names if name]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_AUTHOR_SEPARATOR = re.compile(r"\s*[,;|/]\s*|\s+(?:and|&|und|et|y|e)\s+")


def _author_name(part: str) -> str | None:
    """One author's name with a job title or agency after it removed, or None when nothing is a name."""
    part = part.strip(" .,:-")
    if not part or part.casefold() in vocab.AGENCY_NAMES or vocab.COLLECTIVE_BYLINE.match(part):
        return part if part and vocab.COLLECTIVE_BYLINE.match(part) else None
    for agency in vocab.AGENCY_NAMES:  # "SAMUEL ORTIZ Associated Press"
        if part.casefold().endswith(" " + agency):
            part = part[: -len(agency) - 1].strip()
    words = part.split()
    while len(words) > 1 and words[-1].casefold().strip(".") in vocab.ROLE_WORDS:
        words.pop()
    while len(words) > 2 and words[-1][:1].isupper() and words[-2].casefold() in vocab.ROLE_WORDS:
        words = words[:-2]  # "Senior Business Reporter": every word of the title goes
    if len(words) < 2 or not all(word[:1].isupper() for word in words if word.casefold() not in _NAME_PARTICLES):
        return None  # one word is a topic or a site ("Farming"), not a person's name
    if all(word.casefold() in vocab.INTERFACE_WORDS | vocab.ROLE_WORDS for word in words):
        return None  # "Username", "Staff"
    return " ".join(words)


# Lower-case words inside names: "Ursula von der Leyen", "Ana de la Cruz", "Vincent van Gogh".
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "la", "le", "da", "di", "del", "dos", "du", "bin", "al"})


def _report_byline_detail(line: Line, byline: str, dropped: list[DroppedLine]) -> None:
    """Report what followed the names on a byline line (`, Example News`, `Environment correspondent`)."""
    detail = line.text[line.text.find(byline) + len(byline) :].strip(" ,|")
    if detail:
        dropped.append(DroppedLine(line.number, detail, "byline-detail"))


def _is_label(text: str) -> bool:
    return (
        len(text.split()) <= _LABEL_MAX_WORDS and len(text) <= _LABEL_MAX_CHARS and not vocab.ends_sentence(text)
    )


def _is_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…][\"”’')\]]*$", text))


def looks_like_headline(text: str) -> bool:
    """A few words, starting like a title, not ending like a sentence."""
    if word_count(text) < _HEADLINE_MIN_WORDS or len(text) > _HEADLINE_MAX_CHARS:
        return False
    caseless = text[0].isalpha() and not text[0].islower() and not text[0].isupper()  # 港, 서울
    starts_like_a_title = text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'「" or caseless
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
    match = vocab.CAPTION_CREDIT.search(text, offset) or vocab.EXTRA_CREDIT.search(text, offset)
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


def take_captions(
    header: Header, body: list[Line], dropped: list[DroppedLine], all_lines: list[Line]
) -> tuple[str | None, list[Line]]:
    """Take captions, repeated title or caption lines and extra time lines out of the body.

    A caption with a credit beats a header line taken for the caption by its position
    only; that line was the standfirst.
    """
    caption = header.caption
    kept: list[Line] = []
    for line in body:
        text = line.text
        if not text:
            kept.append(line)
            continue
        if header.title and same_text(text, header.title):
            dropped.append(DroppedLine(line.number, text, "duplicate"))
        elif len(text) <= _TIME_LINE_MAX_CHARS and parse_time_line(text) is not None:
            if header.stamp is None:  # a date printed after the text, as video pages do
                header.stamp = parse_time_line(text)
                header.stamp_in_body = True
            dropped.append(DroppedLine(line.number, text, "time-line"))
        elif caption and same_text(_without_credit(text), caption):
            _strip_credit(line, dropped)
            dropped.append(DroppedLine(line.number, _without_credit(text), "caption"))
        elif _is_caption(line, header.credit_lines, all_lines):
            stripped = _strip_credit(line, dropped)
            if caption is not None and not header.caption_credited and caption == header.caption:
                header.standfirst = header.standfirst or caption
                caption = None
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


def take_byline(
    byline: str | None, body: list[Line], dropped: list[DroppedLine], has_title: bool = True
) -> tuple[str | None, list[Line]]:
    """A byline may also open the body, before the first paragraph.

    A name alone (`Lee Ji-hoon`) counts only under a headline already found: without one,
    a short title-case line is more likely the headline.
    """
    content = [line for line in body if line.text]
    if byline is None and content:
        found = _byline(content[0].text)
        if found and not vocab.ends_sentence(content[0].text):
            _report_byline_detail(content[0], found, dropped)
            return found, [line for line in body if line is not content[0]]
        if has_title and len(content) > 1 and is_person_name(content[0].text) and is_prose(content[1].text):
            return content[0].text, [line for line in body if line is not content[0]]  # `Lee Ji-hoon` / prose
    return byline, body


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
    return len(text.split()) <= 2 and _is_label(text) and text[0].isupper()


def take_late_headline(header: Header, body: list[Line], dropped: list[DroppedLine] | None = None) -> list[Line]:
    """A headline printed under the time line (`KYODO NEWS - Feb 7, 2025` / headline / body).

    Taken when the header found none, or only a line shaped like a name (`The Morning Brief`,
    then reported as the outlet's name), and only a short line that does not read as a
    sentence, followed by a line that starts a new sentence (a hard-wrapped first line of
    prose continues in lower case instead).
    """
    content = [line for line in body if line.text]
    if header.title is not None and not header.title_weak or len(content) < 2:
        return body
    first, following = content[0], content[1]
    if len(first.text.split()) > _LATE_HEADLINE_MAX_WORDS or not looks_like_headline(first.text):
        return body
    if vocab.DATELINE.match(first.text) or not following.text[0].isupper():
        return body
    if _ends_with_credit(first.text) or header.title is not None and (
        _is_name_shaped(first.text) or len(first.text.split()) < _LATE_HEADLINE_OVER_NAME_WORDS
    ):
        return body  # a caption, or one short title-case line under another: the header's stays
    if header.title is not None and dropped is not None:
        dropped.append(DroppedLine(header.title_line, header.title, "outlet-name"))
    header.title = first.text
    return [line for line in body if line is not first]


def split_authors(byline: str | None) -> list[str]:
    """The authors a byline names, one each: `Anna Berg, Tomas Lind and Maria Costa` -> three names."""
    cleaned = clean_byline(byline)
    if not cleaned:
        return []
    if vocab.COLLECTIVE_BYLINE.match(cleaned):
        return [cleaned]
    return [name for name in _AUTHOR_SEPARATOR.split(cleaned) if name]
