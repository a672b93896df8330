"""Lines of a pasted article that are clutter by themselves, and the reason for each.

`clutter_reason` is the test of a single line, with no look at its neighbours; the header
(`briefs.sources.header`, `briefs.sources.headline`) and the body
(`briefs.sources.pasted_text`) both use it. First the vocabularies (`vocab.CLUTTER_LINE`):
wordings outlets print around every article. Then the line's features, so that clutter in a
language or a wording no list holds is still found: a short line made mostly of interface
words is a button or a prompt in any language (`is_interface`, a share of the line's words,
like jusText's stop-word density, so a sentence that merely mentions a share price stays
body), and short items between bars are a menu. `is_field_label` finds a label of the
publishing system (`Published`, `ID: 20250207-4471`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefs.sources import vocab
from briefs.sources.caption import without_credit

# Lines repeat across the parser's steps (clutter, header, headline choice); their tests are cached.
_CACHED_LINES = 4096


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


def is_button(text: str) -> bool:
    """A button's or a share bar's line (`+ FOLLOW`, `Facebook`, `Copy URL`): clutter of the interface."""
    return clutter_reason(text) in _BUTTON_REASONS


_BUTTON_REASONS = frozenset({"interface", "share-buttons"})


def _unbracketed(text: str) -> tuple[str, ...]:
    if len(text) > 2 and text[0] == "(" and text[-1] == ")" and text.count("(") == 1:
        return text, text[1:-1].strip()
    return (text,)


def _shape_pattern() -> re.Pattern[str]:
    """The line shapes of `vocab` added for issue 17, as one pattern whose group name is the reason."""
    groups = {
        "saved_date": (vocab.SAVED_BY_READER,),
        "interface": (vocab.READER_POSITION,),
        "notice": (vocab.CONSENT_NOTICE, vocab.PRINT_NOTE),
        "field_label": (vocab.LABEL_ONLY, vocab.RELEASE_LABEL),
        "end_mark": (vocab.END_MARK, vocab.CONTACT_FIELD),
        "editorial_marker": (vocab.STORY_MARKERS, vocab.VERSION_NOTE, vocab.WILL_BE_UPDATED),
        "time_line": (vocab.ENTRY_TIME, vocab.CHECKED_DATE),
        "entry_time": (vocab.LIVE_MARK,),
        "credits": (vocab.SOURCE_NOTE, vocab.EDITOR_CREDIT, vocab.RELEASE_SOURCE),
        "life_dates": (vocab.DATE_SPAN,),
        "caption": (vocab.ENLARGE_CAPTION,),
        "address": (vocab.POSTAL_ADDRESS,),
        "widget": (vocab.SCORE_BOX_LINE, vocab.CURRENCY_STRIP, vocab.WEATHER_FORECAST),
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
    if ((_CAPITALS_LINK.match(text) and not _SOURCE_ACRONYM.match(text) or _LABEL_OVER_CAPITALS.match(text))
            and not vocab.ends_sentence(without_credit(text)) and not _is_labelled_field(text)
            and not _PICTURE_LABEL.match(text) and not vocab.HEADLINE_KICKER.match(text)):
        # (a headline's own kicker, `EXPLAINED: What ...`, is the headline's; between paragraphs it is a teaser's,
        # which `briefs.sources.pasted_text.drop_clutter` reads by its place)
        # (`LIGHTS OUT: A pole stands dark in Talofofo. Marianas Tide file photo`: a caption's kicker and its credit)
        return "related-list"  # `LEÉ TAMBIÉN: El río volvió a crecer`: a label in capitals, then a headline
    if is_interface(text) or _GESTURE.match(text) and len(text.split()) <= _INTERFACE_MAX_WORDS or _is_counter_line(text):
        return "interface"
    if _is_quote_strip(text):
        return "widget"
    if _READER_PROGRESS.match(text):
        return "reader-progress"
    if _LIKED_BY.match(text):
        return "interface"
    return None


# A printed page's running head, copied from a PDF of the paper: the title, the date and the page's number
# between bars, in any order (`THE DAILY COURIER | THURSDAY, DECEMBER 3, 2026 | 5`, `4 | ... | THE DAILY COURIER`).
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[A-Z]?\d{1,3}$", re.I)
_DATED = re.compile(r"\b(?:" + "|".join(sorted(vocab.MONTHS, key=len, reverse=True)) + r")\b.*\b\d{4}\b", re.I)


def is_running_head(text: str) -> bool:
    """A printed page's running head. Above the headline it is the paper's date line and is read as one;
    under the story's first prose (`briefs.sources.pasted_text.drop_clutter`) it is a print margin."""
    parts = [part.strip() for part in text.split("|")]
    return 2 <= len(parts) <= 4 and any(_PAGE_NUMBER.match(part) for part in parts) and any(
        _DATED.search(part) for part in parts
    )


# A post's likes as a feed prints them: `Liked by jess.marchetti and others`, `Liked by Ana and 212 others`.
_LIKED_BY = re.compile(r"^liked by \S+(?: and (?:\d[\d,.]*[KkMm]? )?others)?$", re.I)


# A reading app's marks of where the reader is: a share alone (`7%`), a location or a page (`Loc 21`,
# `Page 3 of 12`), the time left (`6 mins left in article`).
_READER_PROGRESS = re.compile(
    r"^(?:\d{1,3}\s?%|(?:loc|location|page|p\.|pg\.?)\s*\d{1,6}(?:\s*(?:of|/)\s*\d{1,6})?"
    r"|\d{1,3}\s+(?:min|mins|minutes?|hrs?|hours?)\s+left(?:\s+in\s+(?:article|chapter|book|story))?)$",
    re.I,
)


# A post's or a video's counters, its age and its hashtags: `12K views 3 hours ago #Rochester #RCSD`,
# `48 boosts · 112 favourites`, `1.2M Views`. Made of nothing else, whatever the counted things are called.
_COUNTER_PART = re.compile(
    r"\s*(?:\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|#\w+|\d[\d,.]*[KMB]?\s+[^\W\d_]{2,14}\b)\s*[·•|,]?",
    re.I,
)
_ABBREVIATED_COUNT = re.compile(r"(?<![\w.,])\d[\d.,]*[KMB]\s+[^\W\d_]", re.I)


def _is_counter_line(text: str) -> bool:
    """Counters alone: two parts at least (counts, an age, hashtags), or one count abbreviated (`1.2M Views`)."""
    position, parts = 0, 0
    while position < len(text):
        match = _COUNTER_PART.match(text, position)
        if match is None or match.end() == position:
            return False
        position, parts = match.end(), parts + 1
    return parts >= 2 or bool(_ABBREVIATED_COUNT.match(text))


# An instruction to work the page with a hand or a mouse: `Tap or hover over the chart for values`,
# `Swipe left to see more photos`, `Click on a county to zoom in`.
_GESTURES = "(?:tap|click|hover|swipe|scroll|drag|pinch)"
_GESTURE = re.compile(
    rf"^{_GESTURES}(?:\s*(?:or|and|/)\s*{_GESTURES})?"
    r"\s+(?:on|over|here|to|the|through|left|right|up|down|across|for|and)\b",
    re.I,
)
# A figure as a quote strip prints it: a price with its decimals or thousands, a signed change, a share.
_QUOTE_FIGURE = re.compile(r"^[▲▼↑↓+−-]?\d[\d,]*(?:\.\d+)?%?$|^[▲▼↑↓+−-]\d")
_QUOTE_STRIP_MIN_FIGURES = 4


def _is_quote_strip(text: str) -> bool:
    """`DOW 44,812.30 +0.4% S&P 500 6,402.11 +0.6%`: figures and their names only, no word in lowercase.

    A strip of market indices or rates over a page (the names are an index's, which may hold a number:
    `S&P 500`, `10-YR`): at least four figures, two of them signed changes, two names or more between
    them (a table's row has one label), and no sentence's words.
    """
    tokens = text.split()
    is_figure = [bool(_QUOTE_FIGURE.match(token)) for token in tokens]
    signed = sum(1 for token, figure in zip(tokens, is_figure) if figure and token[0] in "▲▼↑↓+−-")
    # names between figures: a table's row has one label, then its figures; a strip names each quote
    names = sum(1 for index, figure in enumerate(is_figure) if not figure and (index == 0 or is_figure[index - 1]))
    lowercase = any(token[:1].islower() for token in tokens)
    return sum(is_figure) >= _QUOTE_STRIP_MIN_FIGURES and signed >= 2 and names >= 2 and not lowercase


# A line of interface is short; longer lines are prose whatever their words.
_INTERFACE_MAX_WORDS = 14
# Share of a line's content words (stop words aside) that must be interface words.
_INTERFACE_MIN_SHARE = 0.6
_INTERFACE_SENTENCE_MIN_SHARE = 0.75
_SENTENCE_MIN_WORDS = 3
_ADDRESS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "PlayerClose", as copying leaves two buttons
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def line_words(text: str) -> list[str]:
    """The words of a line, case-folded, without numbers; glued words (`PlayerClose`) split."""
    return [word.casefold() for word in _WORD.findall(_GLUED_WORDS.sub(" ", text))]


# A label in capitals before a colon: `ALSO READ: ...`, `MIRÁ: ...` (a dateline `KARACHI: The ...` ends a sentence).
_CAPITALS_LINK = re.compile(r"^[^\W\d_a-zß-ÿ]{2,}(?: [^\W\d_a-zß-ÿ]{2,}){0,3}\s*:\s+\S.{2,160}$")


# A headline may open with its source's acronym (`PCG: China Coast Guard water-cannons BFAR vessel`, `JCS: N. Korea
# fires ...`): an organisation's initials, no label's word.
_SOURCE_ACRONYM = re.compile(r"^(?!(?:READ|ALSO|MORE|WATCH|VIDEO|PHOTOS?|LIVE|NEW|UPDATE|RELATED|LISTEN|SEE|MIRA|MIRÁ|LEA|LEIA|LEE|FWD?|RE|AW|WG|TR)\b)"
                             r"[A-Z]{2,5}\s*:\s+[A-Z]")


# ... or in title case over a headline in capitals: `Newsline: CABINET APPROVES NEW RATES FOR FARES`.
_LABEL_OVER_CAPITALS = re.compile(
    r"^[A-Z][\w'’-]{1,20}(?: [\w'’-]{1,20}){0,2}\s*:\s+(?=(?:\S{2,}\s+){2}\S{2,})[^\W\d_a-zß-ÿ][^a-zß-ÿ]{2,158}$"
)


# A caption's label in capitals: `FILE PHOTO: A Taiwanese navy frigate sails ...` is a caption, not a link.
_PICTURE_LABEL = re.compile(r"^(FILE PHOTO|FILE PICTURE|PHOTO|PICTURE|IMAGE|FILE)\s*:")


def _is_labelled_field(text: str) -> bool:
    """`NEWSPAPER SECTION: News`, `WRITER: Ana Ruiz`: a field of the page, read where the header is."""
    return bool(vocab.FIELD_WITH_VALUE.match(text) or vocab.BYLINE_MULTILINGUAL.match(text))


def is_interface(text: str) -> bool:
    """A short line made mostly of interface words: `Reprints & Permissions`, `Lesezeit: 2 Min.`, `番組`.

    Like jusText's stop-word density, the measure is a share of the line's words, so a
    sentence that merely mentions a share price stays body.
    """
    # `please contact reprints@example.com`: an address counts as an interface word (sought only where one may be).
    links = len(_ADDRESS.findall(text)) if "@" in text or "www." in text or "http" in text else 0
    words = line_words(_ADDRESS.sub(" ", text)) if links else line_words(text)
    if not words or len(words) + links > _INTERFACE_MAX_WORDS:
        return False
    phrase = vocab.INTERFACE_PHRASES.search(text)
    opens_sentence = phrase is not None and (phrase.start() == 0 or re.search(r"[.!?]\s+$", text[: phrase.start()]))
    if phrase and (opens_sentence or not _is_story_sentence(text, words)):
        return True  # inside a story's sentence a phrase is words (`Those interested can sign up ... before Nov. 30.`)
    content = [word for word in words if word not in vocab.STOP_WORDS] or words
    share = (sum(word in vocab.INTERFACE_WORDS for word in content) + links) / (len(content) + links)
    # A sentence of three words or more is more often an instruction in the story (`Close the
    # pier next.`) than a button: more of its words must be interface words.
    sentence = vocab.ends_sentence(text) and len(words) >= _SENTENCE_MIN_WORDS and not links
    return share >= (_INTERFACE_SENTENCE_MIN_SHARE if sentence else _INTERFACE_MIN_SHARE)


# A sentence this long is the story's even when it holds an interface phrase
# (`Those interested can sign up through the alliance's website before Nov. 30.`).
_STORY_SENTENCE_MIN_WORDS = 10


def _is_story_sentence(text: str, words: list[str]) -> bool:
    return len(words) >= _STORY_SENTENCE_MIN_WORDS and bool(re.search(r"[.!?][\"”’)]*$", text)) and not _ADDRESS.search(text)


def _is_menu(text: str) -> bool:
    """`World | Business | Sport | Culture`: three or more short items between bars; or the same copied
    without its bars (`News Local Sports Business Opinion Obituaries e-Edition`)."""
    items = re.split(r"\s*[|•·]\s*", text)
    # (`By Dana Kowalczyk | dkowalczyk@... | Chicago Courier-Dispatch`: a byline's parts, an address among them)
    if (len(items) >= 3 and all(0 < len(item.split()) <= 3 and not re.search(r"\d|@", item) for item in items)
            and not vocab.BY_NAME.match(text)):
        return True
    return _is_barless_menu(text.split())


# A menu copied without its bars: this many capitalised words at least, and this share of them sections' names
# (`Business Leaders Warn Local News Faces Crisis`, a headline in title case, names three of seven).
_BARLESS_MENU_MIN_WORDS = 4
_BARLESS_MENU_MIN_SECTIONS = 0.6
_MENU_WORD = re.compile(r"(?:[A-Z]|e-[A-Z])[\w'’-]*|&")


def _is_barless_menu(words: list[str]) -> bool:
    if len(words) < _BARLESS_MENU_MIN_WORDS or not all(_MENU_WORD.fullmatch(word) for word in words):
        return False
    sections = sum(word.casefold() in vocab.MENU_SECTION_NAMES for word in words)
    return sections >= _BARLESS_MENU_MIN_SECTIONS * len(words)


def is_field_label(text: str) -> bool:
    """A label of the publishing system, alone or with a short code: `Published`, `ID: 20250207-4471`, `1042`."""
    if vocab.LABEL_ONLY.match(text) or re.fullmatch(r"\d{1,7}", text):
        return True
    # (`Case #: 25-118427`: a number's sign after the label)
    match = re.fullmatch(r"(?P<label>[A-Za-z][A-Za-z ]{0,15}(?: ?(?:#|No\.))?):\s*(?P<value>\S.{0,40})", text)
    return bool(match) and len(match["label"].split()) <= 2 and (
        bool(re.search(r"\d", match["value"])) and len(match["value"].split()) <= 2 or len(match["value"]) <= 4
    )


def is_post_signature(text: str) -> bool:
    """The line under an embedded post that signs it: `— Marco Lindqvist (@MLindqvistFC) December 3, 2026`."""
    return "(@" in text and clutter_reason(text) == "social-embed"
