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


# --------------------------------------------------------------------------- timeline
# Words the timeline reads news phrasing with. The patterns built from them are the table
# `briefs.timeline_rules.RULES`; what an expression means is decided in `briefs.timeline`.

# Month names as news text prints them: capitalised, abbreviations with their dot (a bare
# "Jan" is a name, "may" and "march" are a verb).
TIMELINE_MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8,
    "Sept.": 9, "Sep.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
}
TIMELINE_WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}
# A part of a month: "early March", "mid-January", "the end of June" -> early | mid | late.
MONTH_PARTS: dict[str, str] = {
    "early": "early", "mid": "mid", "late": "late",
    "beginning": "early", "start": "early", "middle": "mid", "end": "late",
}
# Day ranges of each part, for ordering and for deciding which month a tense points to.
MONTH_PART_DAYS: dict[str, tuple[int, int]] = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
DAY_PARTS = ("morning", "afternoon", "evening", "night")
# Words written directly before a date that belong to the expression ("on Jan. 20").
INCLUDED_PREPOSITIONS = ("on", "in", "since")
# Words that make a bare month or year a date when written directly before it ("by 2030",
# "until March"). "in", "on" and "since" above count too.
DATING_WORDS = frozenset({
    "by", "until", "till", "from", "to", "through", "before", "after", "during", "between",
    "around", "circa", "of", "and", "or", "early", "late", "mid",
})
# Words before a year that make it a modifier dating an event ("the 2016 election").
YEAR_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
# Words after a number that make it a count, not a year ("by 2024 votes").
COUNT_NOUNS = frozenset({
    "votes", "people", "troops", "soldiers", "times", "points", "yen", "dollars", "euros", "units",
    "cars", "jobs", "meters", "metres", "feet", "km", "kilometers", "miles", "tons", "tonnes",
    "percent", "seats", "cases", "deaths", "workers", "employees", "students", "members",
    "residents", "households", "homes", "passengers", "visitors", "yards", "hours", "minutes",
    "officers", "officials", "police", "vehicles", "ships", "aircraft", "refugees", "patients",
    "children", "adults", "users", "customers", "shares", "acres", "hectares", "signatures",
})
# Words after a number that make it an address ("1600 Pennsylvania Avenue").
STREET_WORDS = frozenset({"Avenue", "Street", "Road", "Boulevard", "Drive", "Lane", "Way", "Place", "Ave.", "St."})
# A weekday inside a name is not a date: "Good Friday Agreement", "The Sunday Times".
WEEKDAY_NAME_PREFIXES = frozenset({"Good", "Black", "Cyber", "Super", "Holy", "Ash", "Palm", "Easter", "Bloody", "Maundy"})
WEEKDAY_NAME_SUFFIXES = frozenset({
    "Times", "Telegraph", "Mirror", "Express", "Post", "Herald", "Independent", "Agreement",
    "Accord", "Massacre", "School", "Club", "Football", "Service", "Prayers", "Review", "Show",
})
# Counted offsets: "three days ago", "two days later".
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Tense. Markers are matched case-insensitively, longest first; the marker nearest before a
# date (in its clause) decides, so "who arrived ... on Thursday, was set to meet ... on
# Friday" reads Thursday as past and Friday as future.
# Prospective wording: the event comes after the time of writing.
FUTURE_MARKERS = (
    r"(?:is|are|was|were|am)(?:\s+(?:also|still|now|not|widely|then|already))?\s+"
    r"(?:set|scheduled|due|slated|expected|poised|likely|going|about|planning|preparing)\s+to",
    r"(?:is|are|was|were)(?:\s+(?:also|still|now|tentatively))?\s+(?:set|scheduled|slated|planned|due)(?:\s+(?:for|on|in)\b|\b)",
    r"(?:is|are|was|were)\s+to",
    r"(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|hopes?|hoped|expects?|vows?|vowed|pledged?)\s+to",
    r"(?:will|won[’']t|shall|would|may|might|should|must)(?:\s+(?:not|also|still|now|soon|likely|probably|then|again|only|\w+ly))*"
    r"(?:\s+(?:be|have(?:\s+been)?)\s+[a-z]+)?",
    r"[’']ll",
    r"upcoming",
)
# Irregular past forms and past participles (regular "-ed" forms are recognised by shape).
PAST_WORDS = frozenset({
    "was", "were", "had", "did", "said", "told", "met", "took", "made", "went", "came", "left",
    "held", "rose", "fell", "broke", "sank", "began", "won", "lost", "saw", "gave", "got", "found",
    "spoke", "flew", "sent", "ran", "brought", "built", "bought", "thought", "became", "led", "felt",
    "kept", "paid", "sold", "stood", "wrote", "chose", "drew", "grew", "knew", "struck", "swore",
    "taught", "caught", "fought", "sought", "meant", "heard", "spent", "sat", "shot", "stole",
    "threw", "understood", "withdrew", "woke", "wore", "drove", "froze", "hid", "rode", "rang",
    "sang", "shook", "tore", "fled", "fed", "bent", "lent", "dealt", "dug", "hung", "lit", "upheld",
    "oversaw", "arose", "been", "gone", "done", "seen", "taken", "given", "risen", "fallen",
    "begun", "grown", "shown", "known", "written", "spoken", "chosen", "driven", "broken",
    "flown", "thrown", "drawn", "withdrawn", "sworn", "ago", "earlier", "previously",
})
# Words that end in "ed" and are no past tense.
NOT_PAST_ED = frozenset({
    "need", "seed", "speed", "feed", "breed", "deed", "greed", "weed", "bleed", "red", "bed",
    "shed", "wed", "hundred", "sacred", "naked", "wicked", "kindred", "indeed", "proceed",
    "succeed", "exceed", "embed", "steed", "creed", "tweed", "sled",
})
# Present tense without a prospective marker: no clear tense, the nearest date wins.
PRESENT_WORDS = frozenset({
    "is", "are", "am", "says", "say", "has", "have", "takes", "begins", "starts", "ends", "opens",
    "closes", "meets", "comes", "goes", "holds", "remains", "faces", "runs", "falls", "lands",
})
# Words before an "-ed" form that make it an adjective ("the proposed bill").
DETERMINERS = YEAR_DETERMINERS | {"these", "those", "some", "any", "no", "my", "your"}

# Where the story is, for "local time": place names (as printed) -> IANA zone. Only places
# with one zone; "the United States" has six. The nearest place named before a "local time"
# expression in its sentence wins, then the dateline, then the nearest earlier in the text.
PLACE_ZONES: dict[str, str] = {
    "Washington": "America/New_York", "White House": "America/New_York", "New York": "America/New_York",
    "Pennsylvania": "America/New_York", "Virginia": "America/New_York", "Maryland": "America/New_York",
    "Florida": "America/New_York", "Mar-a-Lago": "America/New_York", "Palm Beach": "America/New_York",
    "Boston": "America/New_York", "Maine": "America/New_York", "Atlanta": "America/New_York",
    "Miami": "America/New_York", "Pentagon": "America/New_York", "Capitol Hill": "America/New_York",
    "Chicago": "America/Chicago", "Texas": "America/Chicago", "Houston": "America/Chicago",
    "Denver": "America/Denver", "Los Angeles": "America/Los_Angeles", "San Francisco": "America/Los_Angeles",
    "California": "America/Los_Angeles", "Seattle": "America/Los_Angeles", "Honolulu": "Pacific/Honolulu",
    "Hawaii": "Pacific/Honolulu", "Ottawa": "America/Toronto", "Toronto": "America/Toronto",
    "Mexico City": "America/Mexico_City", "Lima": "America/Lima", "Brasilia": "America/Sao_Paulo",
    "Sao Paulo": "America/Sao_Paulo", "Rio de Janeiro": "America/Sao_Paulo", "Buenos Aires": "America/Argentina/Buenos_Aires",
    "Tokyo": "Asia/Tokyo", "Japan": "Asia/Tokyo", "Osaka": "Asia/Tokyo", "Kyoto": "Asia/Tokyo", "Okinawa": "Asia/Tokyo",
    "Haneda": "Asia/Tokyo", "Narita": "Asia/Tokyo", "Hiroshima": "Asia/Tokyo", "Nagasaki": "Asia/Tokyo",
    "Seoul": "Asia/Seoul", "South Korea": "Asia/Seoul", "Pyongyang": "Asia/Pyongyang", "North Korea": "Asia/Pyongyang",
    "Beijing": "Asia/Shanghai", "Shanghai": "Asia/Shanghai", "China": "Asia/Shanghai", "Hong Kong": "Asia/Hong_Kong",
    "Taipei": "Asia/Taipei", "Taiwan": "Asia/Taipei", "Manila": "Asia/Manila", "Philippines": "Asia/Manila",
    "Hanoi": "Asia/Ho_Chi_Minh", "Bangkok": "Asia/Bangkok", "Singapore": "Asia/Singapore",
    "Kuala Lumpur": "Asia/Kuala_Lumpur", "Jakarta": "Asia/Jakarta", "New Delhi": "Asia/Kolkata",
    "India": "Asia/Kolkata", "Mumbai": "Asia/Kolkata", "Kerala": "Asia/Kolkata", "Islamabad": "Asia/Karachi",
    "Tehran": "Asia/Tehran", "Jerusalem": "Asia/Jerusalem", "Tel Aviv": "Asia/Jerusalem", "Israel": "Asia/Jerusalem",
    "Gaza": "Asia/Gaza", "Riyadh": "Asia/Riyadh", "Dubai": "Asia/Dubai", "Doha": "Asia/Qatar",
    "Ankara": "Europe/Istanbul", "Istanbul": "Europe/Istanbul", "Cairo": "Africa/Cairo", "Nairobi": "Africa/Nairobi",
    "Johannesburg": "Africa/Johannesburg", "Moscow": "Europe/Moscow", "Kyiv": "Europe/Kyiv", "Ukraine": "Europe/Kyiv",
    "London": "Europe/London", "Britain": "Europe/London", "Paris": "Europe/Paris", "France": "Europe/Paris",
    "Berlin": "Europe/Berlin", "Germany": "Europe/Berlin", "Munich": "Europe/Berlin", "Brussels": "Europe/Brussels",
    "The Hague": "Europe/Amsterdam", "Amsterdam": "Europe/Amsterdam", "Geneva": "Europe/Zurich",
    "Rome": "Europe/Rome", "Madrid": "Europe/Madrid", "Vienna": "Europe/Vienna", "Warsaw": "Europe/Warsaw",
    "Sydney": "Australia/Sydney", "Canberra": "Australia/Sydney", "Wellington": "Pacific/Auckland",
}
# Phrases after a time that fix its zone to Japan's (+09:00), whatever the story's place.
JAPAN_TIME_PHRASES = ("Japan time", "Tokyo time", "JST")
# Abbreviations whose dot does not end a sentence (besides month abbreviations and initials).
SENTENCE_ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gov", "Sen", "Rep", "St", "Sgt", "Lt", "Col", "Capt",
    "Corp", "Inc", "Co", "Ltd", "Jr", "Sr", "No", "Nos", "vs", "etc", "U.S", "U.K", "U.N", "E.U",
    "p.m", "a.m", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Adm", "Rev", "Fr", "Ft", "Mt",
})
