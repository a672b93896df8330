"""Vocabularies the parser recognises: clutter, list headings, zones, months.

Kept here as data, apart from the code that uses them, so that supporting a new outlet
usually means adding words, not logic (as trafilatura keeps its XPath lists apart).
Every pattern is matched against one whole, stripped line, case-insensitively unless said.
"""

from __future__ import annotations

import re

# Why a line was dropped. The parser reports one of these codes for every dropped line.
DROP_REASONS = {
    "popular-list": "a list of the outlet's popular or recommended headlines",
    "ranking-list": "a ranking of the outlet's most read articles",
    "related-list": "links to related articles",
    "list-separator": "a separator between items of a headline list",
    "share-buttons": "share or print buttons",
    "navigation": "site navigation, menus or skip links",
    "advertising": "an advertising label",
    "newsletter": "a newsletter or subscription prompt",
    "copyright": "a copyright or rights line",
    "photo-credit": "a photo credit",
    "duplicate": "a line printed twice",
    "editorial-marker": "a bracketed editorial marker",
    "tag-list": "the outlet's tag list",
    "outlet-name": "the outlet's name above the headline",
    "section-label": "a section label above the headline",
    "notice": "a browser, cookie or age notice",
    "field-label": "a label of the publishing system",
}

# Headings that open a trailing list of other articles. Group name = drop reason.
LIST_HEADING_PATTERNS: dict[str, re.Pattern[str]] = {
    "ranking-list": re.compile(r"\b(access ranking|ranking|most[- ](read|viewed|shared|popular))\b", re.I),
    "popular-list": re.compile(r"\b(popular( articles?| stories| now)?|trending( now)?|recommended( for you)?|editor'?s picks|top stories)\b", re.I),
    "related-list": re.compile(r"\b(related( articles?| stories| news| coverage)?|read more|more (from|in|on) .{1,40}|see also|you may also like)\b", re.I),
}

# A list heading that names the section first: `"Politics" POPULAR ARTICLE`.
SECTION_BEFORE_HEADING = re.compile(r"^[\"“‘']\s*(?P<section>[^\"”’']{2,40}?)\s*[\"”’']\s+\S")
# A section named inside a heading: `More in Politics`, `Section: Politics`.
SECTION_IN_HEADING = re.compile(r"^(?:more (?:in|from)|section:?)\s+(?P<section>[A-Z][\w &'-]{1,40})$", re.I)

# Whole lines that are clutter wherever they stand. Group name = drop reason.
CLUTTER_LINE_PATTERNS: dict[str, re.Pattern[str]] = {
    "share-buttons": re.compile(
        r"^((share|tweet|post|email|e-mail|print|copy( the)? link|facebook|twitter|x|line|whatsapp|linkedin|reddit|"
        r"save|bookmark|gift( this)? article|comments?|\d+ comments?)[\s|/·•,]*)+$",
        re.I,
    ),
    "navigation": re.compile(
        r"^(skip to (main )?(content|navigation)|menu|home|search|sign in|log ?in|subscribe now|back to top|"
        r"open (side )?menu|close|toggle navigation|main menu|next article|previous article)$",
        re.I,
    ),
    "advertising": re.compile(r"^(advertisement|advertising|ad|sponsored( content)?|paid (post|content)|anzeige|広告|PR)$", re.I),
    "newsletter": re.compile(
        r"^(sign up|subscribe)\b.{0,80}(newsletter|inbox|updates|alerts?)\b.*$|^(get|receive) (our|the) .{0,40}newsletter.*$",
        re.I,
    ),
    "copyright": re.compile(r"^(©|\(c\)|copyright\b|all rights reserved\b).*$|^.{0,80}\ball rights reserved\.?$", re.I),
    "photo-credit": re.compile(
        r"^((photo|image|picture|video)s?( credit)?\s*[:/]\s*.{2,60}|"
        r"\(?(reuters|ap photo|afp|getty images|kyodo|jiji|epa|the yomiuri shimbun)(/.{1,40})?\)?|"
        r"(photo|image) by .{2,60})$",
        re.I,
    ),
    "editorial-marker": re.compile(r"^\[(?:[^\]]{1,60})\]$|^\((?:updated|corrected|editor'?s note)[^)]{0,60}\)$", re.I),
    "tag-list": re.compile(r"^(tags?|topics?|keywords?)\s*:.*$", re.I),
    "notice": re.compile(
        r"^(this (site|website) uses cookies.*|accept( all)? cookies|your browser is (out of date|not supported).*|"
        r"you must be \d+ .*|.*javascript (is )?(disabled|required).*|"
        r"お使いのブラウザ.*|このサイトは.*|本サイトは.*)$",
        re.I,
    ),
    "field-label": re.compile(r"^(headline|subheadline|body|caption|byline|slug|dek|kicker|summary)\s*:?$", re.I),
}

# Lines that only separate list items.
SEPARATOR_LINE = re.compile(r"^[-–—•·*|=_~]+$")

# Characters that end a sentence, allowing closing quotes and brackets after them.
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$|[:;]$")
_SENTENCE_CLOSERS = "\"”’')]"


def ends_sentence(line: str) -> bool:
    """Whether `line` matches SENTENCE_END, without a regex search that tries every position."""
    return line.endswith((":", ";")) or line.rstrip(_SENTENCE_CLOSERS).endswith((".", "!", "?", "…"))

# Words that, opening a line, say it names the authors.
BYLINE = re.compile(r"^(by|from|written by|words by|reporting by)\s+(?P<byline>[A-Z][^\d]{2,120})$", re.I)

# A dateline opening the body: `WASHINGTON —`, `TOKYO (Kyodo) --`, `PARIS, Feb. 7 (Reuters) -`.
DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\((?:[A-Z][\w .&-]{1,30})\))?)"
    r"\s*(?:—|–|--|-|:)\s+(?=\S)"
)
# The first word of a dateline must be a place in capitals, not an ordinary word.
DATELINE_MIN_CAPS = 3

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}

WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}

# Zone abbreviations outlets print. A fixed offset in minutes, or an IANA zone whose offset
# depends on the date (ET is EST in winter and EDT in summer).
ZONES: dict[str, int | str] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480,
    "AWST": 480, "ACST": 570, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
}
