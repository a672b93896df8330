"""The lines of a pasted article, the `Header` read from them, and the shape of a line.

Every step that reads a pasted article's header (`header`, `headline`, `byline`, `caption`,
`stacked_dateline`) takes `Line`s and fills one `Header`; both live here, under all those
steps, so that each step can take and return them without importing another.

The shape tests the steps share read features of a line rather than its wording, so that
they hold in any language: how many words it has (in Japanese, Chinese or Korean written
without spaces, two characters count one), whether it ends like a sentence, whether it is a
label of a word or two, and whether two lines are the same text but for case, punctuation
and spacing (a headline printed twice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefs.model import DroppedLine
from briefs.sources import vocab
from briefs.sources.pubtime import AmbiguousDate, PublicationTime

# A section label above the headline is a word or two.
_LABEL_MAX_WORDS = 3
LABEL_MAX_CHARS = 30
# A standfirst is a sentence or two; a longer line under the headline is the story's first paragraph.
STANDFIRST_MAX_WORDS = 45
# Prose: a line of at least this many words ending like a sentence.
_PROSE_MIN_WORDS = 8


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
    standfirst_line: int = 0  # number of the header line read as the standfirst (0: none, or one from the body)
    caption_credited: bool = False  # the caption came with a photo credit (not only guessed by position)
    credit_lines: set[int] = field(default_factory=set)  # numbers of lines that were photo credits
    title_weak: bool = False  # the headline scored as a site's name might: a headline under the time line wins
    title_line: int = 0  # number of the headline's line
    title_rivals: int = 0  # other headline-shaped lines that scored within the subtitle penalty of the headline
    stamp_updated: bool = False  # the time line read was labelled as an update
    stamp_is_update: bool = False  # the time read is the update time itself (`Updated 3:15 PM ...`)
    stamp_in_body: bool = False  # the time was read from a line under the body's start, not from the header
    caption_by_place: bool = False  # the header's caption has no credit: it was taken by its place alone
    caption_by_grammar: bool = False  # the body's first line, uncredited, taken for a caption by its grammar
    caption_line: int = 0  # number of the line the header's caption was read from
    stamp_line: int = 0  # number of the line the time was read from
    stamp_is_site_date: bool = False  # the time is a date alone atop the page: maybe the site's date of today
    # The date printed no year: "copyright" when it is the year of the page's copyright line,
    # "weekday" when it is the one year the page names in which the date falls on the weekday printed.
    stamp_year_from: str = ""


@dataclass(frozen=True, slots=True)
class HeaderContext:
    """What classifying one header line needs to know about the others."""

    footer: str  # the copyright lines, lower case: an outlet names itself there
    first_line: int  # number of the header's first content line
    last_headline: int  # number of the header's last headline-like line (0 without one)
    alt_texts: frozenset[int] = frozenset()  # numbers of lines a later caption repeats (image alt text)
    headline: int = 0  # number of the line chosen as the headline (0 without one)
    before_byline: frozenset[int] = frozenset()  # numbers of lines the byline directly follows
    above_headline: int = 0  # number of the content line right above the headline (0 without one)
    above_time: frozenset[int] = frozenset()  # numbers of lines printed right above a time line
    credits_over_time: frozenset[int] = frozenset()  # numbers of agencies' names alone right above a time line: sources
    above_credit: frozenset[int] = frozenset()  # numbers of lines printed right above a photo credit: captions
    under_caption_label: frozenset[int] = frozenset()  # numbers of lines under a caption's label alone (`Image caption,`)
    above_duration: frozenset[int] = frozenset()  # numbers of lines right above a running time or under a player label: a video's title
    above_outlet: frozenset[int] = frozenset()  # numbers of lines right above the outlet's name alone: its photo's credit
    under_outlet: frozenset[int] = frozenset()  # numbers of lines under the outlet's name alone, under the headline: captions
    above_illustration: frozenset[int] = frozenset()  # numbers of lines right above an illustration's credit
    listed: frozenset[int] = frozenset()  # numbers of lines in a run under a list's heading (`Trending`): other stories
    above_menu: frozenset[int] = frozenset()  # numbers of lines over the site's menu, a line of the header below it: the masthead's
    summarised: frozenset[int] = frozenset()  # numbers of lines right under a summary's heading (`Summary`): no caption
    aged: frozenset[int] = frozenset()  # numbers of lines an age was taken off (`Capitol Courier · 3h ago`): time lines


def drop_numbered(lines: list[Line], numbers: set[int], reason: str, dropped: list[DroppedLine]) -> list[Line]:
    """The lines without those whose numbers are in `numbers`, each of them reported in `dropped` with `reason`, in
    the lines' order: how a step takes a box, a widget or a run of chrome out of the page."""
    dropped.extend(DroppedLine(line.number, line.text, reason) for line in lines if line.number in numbers)
    return [line for line in lines if line.number not in numbers]


def text_above(all_lines: list[Line], number: int) -> str:
    """The text of the nearest line with text above line `number` ("" at the top); `all_lines[i]` is line i + 1."""
    return next((line.text for line in reversed(all_lines[: number - 1]) if line.text), "")


def text_right_above(all_lines: list[Line], number: int) -> str:
    """The text of the line right above line `number`, blank or not ("" at the top): a label printed over its field."""
    return all_lines[number - 2].text if number >= 2 else ""


def line_above_within(all_lines: list[Line], number: int, reach: int) -> Line | None:
    """The nearest line with text above line `number` within `reach` lines, or None: for a test every line asks,
    where a scan back over the whole page would make the parse quadratic."""
    return next((all_lines[index] for index in range(number - 2, max(number - 2 - reach, -1), -1)
                 if all_lines[index].text), None)


def text_below(all_lines: list[Line], number: int) -> str:
    """The text of the nearest line with text below line `number` ("" at the end)."""
    return next((line.text for line in all_lines[number:] if line.text), "")


_TRAILING_PICTOGRAPHS = re.compile(r"\s" + vocab.PICTOGRAPHS + r"+$")
# A post's sentence may end with its pictographs instead of a stop; a headline of this many words does not.
_POST_SENTENCE_MIN_WORDS = 16


# The width a text was wrapped at is what most of its long lines reach; a line broken by that width
# fills it to within about one long word.
_WIDTH_PERCENTILE = 0.9
_FULL_LINE_SLACK = 16


def text_width(lines: list[Line]) -> int:
    """How wide the text's lines run: the length most of its long lines reach (a stray link aside)."""
    lengths = sorted(len(line.text) for line in lines if line.text)
    return lengths[int(_WIDTH_PERCENTILE * (len(lengths) - 1))] if lengths else 0


def fills_width(text: str, width: int) -> bool:
    """The line runs to the text's width, as a line a fixed width broke does."""
    return len(text) >= width - _FULL_LINE_SLACK


def is_post_sentence(text: str) -> bool:
    """A long line closed by pictographs: `... a 9% pay rise spread over two years 🎉` (a post's text, not a headline)."""
    return bool(_TRAILING_PICTOGRAPHS.search(text)) and word_count(text) >= _POST_SENTENCE_MIN_WORDS


def is_prose(text: str) -> bool:
    """A line of several words ending like a sentence."""
    return word_count(text) >= _PROSE_MIN_WORDS and bool(vocab.ends_sentence(text))


def word_count(text: str) -> int:
    """Words in a line; in Japanese, Chinese or Korean written without spaces, two characters count one."""
    spaced = len(text.split())
    if spaced > 2 or not vocab.CJK_CHARACTER.search(text):
        return spaced
    return max(spaced, len(vocab.CJK_CHARACTER.findall(text)) // 2)


def is_label(text: str) -> bool:
    """A label of a word or two (a section, a place), not a sentence."""
    return (
        len(text.split()) <= _LABEL_MAX_WORDS and len(text) <= LABEL_MAX_CHARS and not vocab.ends_sentence(text)
    )


_NO_SECTION = re.compile(
    r"\S@\S|\b[\w-]+\.(?:com|org|net|co|gov|edu|news|info|io|ie|uk|au|nz|ca|in|sg|za|ng|ke)\b|^(?:posted |written )?by\b"
    # a newsletter's slot for its one story, not a section: `TOP STORY`, `Today's lead story` (`Lead Stories` is a
    # paper's section)
    r"|^(?:today['’]s )?(?:top|lead|main|featured|cover) story$",
    re.I,
)


def may_name_a_section(text: str) -> bool:
    """A label that can be a section's name: no digits, no list heading, no address or byline, no news agency's
    name (`Reuters` under a portal's headline is the story's source)."""
    return (not re.search(r"\d", text) and not vocab.names_a_list(text) and not _NO_SECTION.search(text)
            and text.strip().casefold() not in vocab.AGENCY_NAMES
            and re.search(r"[^\W\d_]", text) is not None)  # `★★★★☆`: a rating, no name


# Quotation marks a line may stand in, opening and closing (an apostrophe doubles as one).
OPENING_QUOTES = "'\"‘“"
CLOSING_QUOTES = "'\"’”"
# A subheading in quotation marks is a few words with no stop: `'Worst I've seen in 30 years'`.
_QUOTED_PHRASE_MAX_WORDS = 8
_QUOTE_INSIDE = re.compile(r"[\"“”‘]|['’](?!\w)|(?<!\w)['’]")  # an apostrophe between letters (`I've`) is no quote


def quoted_phrase(text: str) -> str | None:
    """The words of a short phrase standing in quotation marks with no stop (a quoted subheading), or None."""
    if len(text) < 5 or text[0] not in OPENING_QUOTES or text[-1] not in CLOSING_QUOTES:
        return None
    inner = text[1:-1].strip()
    if not inner or _QUOTE_INSIDE.search(inner) or len(inner.split()) > _QUOTED_PHRASE_MAX_WORDS:
        return None
    return None if vocab.ends_sentence(inner) or inner[-1] in ",;:" else inner


# Words this long or longer count toward title case; shorter ones (`of`, `the`, `and`) are lower in titles too.
_TITLE_WORD_MIN_CHARS = 4
_TITLE_CASE_MIN_WORDS = 4


def is_title_cased(text: str, share: float) -> bool:
    """At least `share` of the line's longer words (four of them or more) capitalised, as titles are."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if len(word) >= _TITLE_WORD_MIN_CHARS]
    return len(words) >= _TITLE_CASE_MIN_WORDS and sum(word[0].isupper() for word in words) >= share * len(words)


def is_sentence(text: str) -> bool:
    """Ends like a sentence, closing quotes and brackets aside."""
    return bool(re.search(r"[.!?…][\"”’')\]]*$", text))


def same_text(a: str, b: str) -> bool:
    """Equal but for case, punctuation and spacing (a headline printed twice)."""
    if abs(len(a) - len(b)) > max(len(a), len(b)) // 4 + 4:
        return False  # cheap: punctuation and spacing never change the length this much
    return normal_text(a) == normal_text(b)


def normal_text(text: str) -> str:
    """The words of a text, lower case, single-spaced, without punctuation."""
    return re.sub(r"[\W_]+", " ", text).strip().lower()
