"""Date expressions in articles written in German, Spanish, French, Italian, Portuguese, Dutch or Japanese.

Contributors add articles in their own languages. `article_language` decides an article's
language: the page's declared language when the parser kept it (`Article.extra["language"]`),
else a stop-word test on the opening words (jusText's stop-word lists; Japanese by its kana
and kanji outnumbering Latin letters).
English, and a language this module does not know, keep the English rules of
`briefs.facts.timeline_rules`.

For the other languages, `find_in_language` finds weekdays ("am Freitag", "Donnerstagabend",
"el viernes pasado"), relative days and periods ("gestern", "la próxima semana", "先週"), "ago"
("vor drei Tagen", "hace 2 días"), days and months ("am 7. Februar 2025", "7 de febrero",
"en marzo", "2月7日", "7日") and years after "in" ("en 2026", "im Jahr 2026"). The words come
from dateparser's data for each language (weekday and month names, the phrases for
yesterday/today/tomorrow and last/this/next week/month/year, the "ago" patterns, number
words); the "last/next/this" words are the ones those phrases differ by. A few short tables
here add what that data lacks: the word for "on" before a weekday, German and Dutch times of
day joined to a weekday ("Donnerstagabend"), common synonyms ("vergangenen", "kommenden"),
and the tense markers. Each expression is told in the English rules' words (`Found.words`:
{"weekday": "Friday", "rel": "last"}) and resolved by the same resolvers.

Limits, kept simple on purpose:
- Tense is read from a short list of markers per language (future auxiliaries and endings:
  "wird", "va a", "-rá"; past auxiliaries and endings: "hat", "wurde", "-aron", "した"), the
  nearest one before the date in its clause deciding as in English. With no marker a weekday
  is the nearest one in the past (news reports what happened), other dates the nearest.
- "this <weekday>" ("este viernes", "diesen Freitag") is read like the weekday alone, by tense.
- "in two weeks" forward counts, seasons, holidays, "Anfang März" (part of a month), ordinal
  days written as words, and Japanese era years (令和7年) are not read.
- A language's articles are told from English by their stop words: a very short article,
  or one quoting long passages in another language, may be read in the wrong language.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Callable

from briefs.model import Article
from briefs.facts.regex_trie import alternation
from briefs.facts.timeline_rules import RULES, Found, Rule, choose
from briefs.facts.timeline_tense import Marker
from briefs.sources.sentences import split_sentences
from briefs.sources.vocab import TIMELINE_MONTHS, TIMELINE_WEEKDAYS

__all__ = [
    "LANGUAGES", "RULE_NAMES", "article_language", "default_tense", "find_in_language", "language_markers",
    "language_sentences",
]

# Language code -> jusText's stop-word list (Japanese: told by its kana, jusText has no list).
LANGUAGES: dict[str, str | None] = {
    "de": "German", "es": "Spanish", "fr": "French", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "ja": None,
}
# The resolver each rule of another language uses (`briefs.facts.timeline._RESOLVERS`).
RULE_NAMES = (
    "iso-date", "month-day", "day-month", "month-year", "month", "year", "weekday", "relative-day",
    "relative-period", "ago", "day-of-month",
)

# What dateparser's data lacks, by language: the word for "on" written before a weekday (it
# belongs to the expression, as "on" does in English), synonyms of last/next/this, and the times
# of day written joined to a weekday.
ON_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("am",), "es": ("el",), "fr": ("le",), "it": ("il",), "pt": ("na", "no", "em"), "nl": ("op",),
}
MORE_RELATIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {"last": ("vergangenen", "vergangene", "vergangenes", "letzter"), "next": ("kommenden", "kommende",
           "kommendes", "nächster"), "this": ("dieser",)},
    "es": {"last": ("pasados", "pasadas"), "next": ("próximos", "próximas"), "this": ("esta", "este")},
    "fr": {"last": ("passé", "passée"), "this": ("ce", "cet")},
    "it": {"this": ("questo", "questa")},
    "pt": {"last": ("última", "último"), "this": ("nesta", "neste", "esta", "este")},
    "nl": {"last": ("afgelopen",), "next": ("aanstaande", "komende")},
}
# Words before a month or a year that make it a date, besides dateparser's "in" ("bis März", "hasta 2026").
MORE_DATING_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("bis", "ab", "seit", "vor", "nach"), "es": ("hasta", "desde", "para"), "fr": ("depuis", "avant", "après"),
    "it": ("a", "da", "entro", "fino"), "pt": ("até", "desde", "para"), "nl": ("tot", "sinds", "vanaf", "voor", "na"),
}
# Number words up to twelve where dateparser's data has none ("hace dos semanas").
MORE_NUMBERS: dict[str, tuple[str, ...]] = {
    "es": ("", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
    "it": ("", "un", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici"),
    "pt": ("", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze"),
    "nl": ("", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"),
}
JOINED_DAY_PARTS: dict[str, tuple[str, ...]] = {
    "de": ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"),
    "nl": ("ochtend", "middag", "avond", "nacht"),
}
# Tense markers: (future, past) patterns. Short on purpose (see the module's limits).
TENSE_MARKERS: dict[str, tuple[str, str]] = {
    "de": (r"\b(?:wird|werden|wirst|soll|sollen|will|wollen|plant|planen|geplant|voraussichtlich)\b",
           r"\b(?:hat|haben|hatte|hatten|war|waren|wurde|wurden)\b"),
    "es": (r"\b(?:va|van)\s+a\b|\b\w{2,}(?:rá|rán)\b|\b(?:prevé|previsto|prevista)\b",
           r"\b\w{2,}(?:ó|aron|ieron)\b|\b(?:ha|han|fue|fueron|había|habían)\b"),
    "fr": (r"\b(?:va|vont|doit|doivent|devrait|devraient|prévu|prévue)\b|\b\w{2,}(?:era|eront|ira|iront)\b",
           r"\b(?:a|ont|avait|avaient|était|étaient|fut)\b"),
    "it": (r"\b\w{2,}(?:rà|ranno)\b|\b(?:previsto|prevista|dovrebbe|dovrebbero)\b",
           r"\b(?:ha|hanno|aveva|avevano|fu|furono)\b|\b\w{2,}(?:arono|irono|erono)\b"),
    "pt": (r"\b(?:vai|vão|deve|devem|previsto|prevista)\b|\b\w{2,}(?:rá|rão)\b",
           r"\b\w{3,}(?:ou|aram|eram|iram)\b|\b(?:foi|foram|tinha|tinham)\b"),
    "nl": (r"\b(?:zal|zullen|gaat|gaan)\b", r"\b(?:heeft|hebben|had|hadden|werd|werden|was|waren)\b"),
    "ja": (r"予定|見通し|見込み|方針", r"した|された|だった|ました|った"),
}
# Words a relative-day word is a time of day after ("la mañana" is the morning, not tomorrow).
NOT_A_DAY_AFTER: dict[str, frozenset[str]] = {
    "es": frozenset({"la", "esta", "una", "cada", "toda", "media", "de", "por"}),
}

_ENGLISH_NAMES = {number: name for name, number in TIMELINE_MONTHS.items() if not name.endswith(".")}
_WEEKDAY_NAMES = {number: name for name, number in TIMELINE_WEEKDAYS.items()}
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
_UNITS = ("day", "week", "month", "year")
_RELATIVE_KEY = re.compile(r"(?:(?P<ahead>in) )?(?P<count>\d+) (?P<unit>\w+)(?P<ago> ago)?")
_DAY_WORDS = {-2: "day before yesterday", -1: "yesterday", 0: "today", 1: "tomorrow", 2: "day after tomorrow"}
_RELATIONS = {-1: "last", 0: "this", 1: "next"}
_TOKEN = re.compile(r"[^\W\d_]+")
_KANA = re.compile(r"[\u3040-\u30ff]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_YEAR = r"(?P<year>1\d{3}|20\d{2})"

# The stop-word test: how many of an article's opening words are stop words of each language.
_SAMPLE_WORDS = 40
_SAMPLE_CHARACTERS = 300  # of each paragraph
# Words only English writes among the languages here (" in ", " a ", " was " are words of others too):
# this many in the opening characters make an article English before any stop-word test.
_ENGLISH_ONLY = (" the ", " of ", " and ", " to ", " said ", " for ", " with ", " that ")
_ENGLISH_ONLY_AT_ONCE = 2
_LEAST_SHARE = 0.2  # another language needs this share, and more than English's
_LEAST_WORDS = 3  # ... and this many of its stop words


# ---------------------------------------------------------------------------- the language


def article_language(article: Article) -> str:
    """"en" or a code of `LANGUAGES`: the declared language, else the stop-word test's."""
    declared = article.extra.get("language") if article.extra else None
    if isinstance(declared, str) and declared.strip():
        code = re.split(r"[-_]", declared.strip().lower())[0]
        return code if code in LANGUAGES else "en"
    opening = " " + article.paragraphs[0].text[:_SAMPLE_CHARACTERS].lower() if article.paragraphs else ""
    if sum(map(opening.count, _ENGLISH_ONLY)) >= _ENGLISH_ONLY_AT_ONCE:
        return "en"  # most articles stop here: a few counts at C speed, no words split
    sample = " ".join(paragraph.text[:_SAMPLE_CHARACTERS] for paragraph in article.paragraphs[:3])
    if _KANA.search(sample) and len(_JAPANESE.findall(sample)) > len(_LATIN.findall(sample)):
        return "ja"  # written in Japanese, not an English article quoting some
    words = _opening_words(article)
    if not words:
        return "en"
    english = _stop_word_count(words, "English")  # jusText's English list holds "do", "as", "o" too: compare
    shares = {code: _stop_word_count(words, name) for code, name in LANGUAGES.items() if name}
    best = max(shares, key=lambda code: shares[code])
    count = shares[best]
    return best if count >= _LEAST_WORDS and count >= _LEAST_SHARE * len(words) and count > english else "en"


def _opening_words(article: Article) -> list[str]:
    """The article's first words, lowercased, split at spaces only: this runs for every article,
    and a stop word with a comma after it is one the test can miss."""
    words: list[str] = []
    for paragraph in article.paragraphs:
        words += paragraph.text[:_SAMPLE_CHARACTERS].lower().split()
        if len(words) >= _SAMPLE_WORDS:
            break
    return words[:_SAMPLE_WORDS]


def _stop_word_count(words: list[str], language: str) -> int:
    return sum(map(_stop_words(language).__contains__, words))


# Static data read once per process, like a compiled pattern (not a cache of any article's result).
_STOP_WORDS: dict[str, frozenset[str]] = {}


def _stop_words(language: str) -> frozenset[str]:
    """jusText's stop-word list, read from its file: importing jusText loads lxml, which English text never needs."""
    words = _STOP_WORDS.get(language)
    if words is None:
        spec = importlib.util.find_spec("justext")
        folder = Path(spec.origin).parent / "stoplists" if spec and spec.origin else None
        path = folder / f"{language}.txt" if folder else None
        text = path.read_text(encoding="utf-8") if path and path.is_file() else ""
        words = _STOP_WORDS[language] = frozenset(line.strip().lower() for line in text.splitlines() if line.strip())
    return words


# ---------------------------------------------------------------------------- the words


@dataclass(frozen=True, slots=True)
class Words:
    """The date words of one language, lowercased, each with what it means."""

    weekdays: dict[str, int]  # name -> 0 (Monday) .. 6
    months: dict[str, int]  # name -> 1 .. 12
    relations: dict[str, str]  # word -> last | next | this
    units: dict[str, str]  # the singular word of a unit -> week | month | year
    day_words: dict[str, int]  # "gestern" -> -1
    periods: dict[str, tuple[str, str]]  # a whole phrase ("先週") -> (relation, unit)
    ago: tuple[tuple[str, str], ...]  # (pattern with a "count" group, unit)
    numbers: dict[str, int]  # number words -> value
    in_words: tuple[str, ...]  # "in" before a month or year


@cache
def language_words(code: str) -> Words:
    """The words of `code`, from dateparser's data plus this module's tables."""
    info: dict[str, Any] = importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
    weekdays = {
        name: number for number, key in enumerate(_WEEKDAY_KEYS) for name in _names(info[key], code, weekday=True)
    }
    months = {name: number for number, key in enumerate(_MONTH_KEYS, start=1) for name in _names(info[key], code)}
    relations, units, day_words, periods, numbers = _relations(info, code), {}, {}, {}, {}
    for key, phrases in info.get("relative-type", {}).items():
        meaning = _relative_meaning(key)
        if meaning is None:
            continue
        shift, unit = meaning
        for phrase in phrases:
            phrase = phrase.lower()
            if unit == "day":
                day_words[phrase] = shift
            elif shift in _RELATIONS:
                periods[phrase] = (_RELATIONS[shift], unit)
                units.update({token: unit for token in _TOKEN.findall(phrase) if _is_unit(token, info, unit)})
    ago = tuple(
        (_count_pattern(pattern), _relative_meaning(key.replace("\\1", "2"))[1])  # type: ignore[index]
        for key, patterns in info.get("relative-type-regex", {}).items()
        if key.startswith("\\1 ") and key.endswith(" ago") and key.split()[1] in _UNITS
        for pattern in patterns
    )
    for simplification in info.get("simplifications", ()):
        for word, value in simplification.items():
            if _TOKEN.fullmatch(word) and value.isdigit():
                numbers[word.lower()] = int(value)
    numbers.update({word: value for value, word in enumerate(MORE_NUMBERS.get(code, ())) if word})
    numbers.update({"una": 1, "uma": 1, "duas": 2, "één": 1}.items() if code in ("es", "pt", "nl") else ())
    in_words = tuple(word.lower() for word in info.get("in", ()) if _TOKEN.fullmatch(word))
    in_words += MORE_DATING_WORDS.get(code, ())
    return Words(weekdays, months, relations, units, day_words, periods, ago, numbers, in_words)


def _names(names: list[str], code: str, weekday: bool = False) -> list[str]:
    """Full names only: an abbreviation ("fr", "Fre", "sept") is a word of its own too often."""
    lowered = sorted({name.lower().strip(".") for name in names})
    if code == "ja":
        return [name for name in lowered if "曜" in name] if weekday else []
    shortest = 4 if weekday else 3
    return [name for name in lowered
            if len(name) >= shortest and not any(other != name and other.startswith(name) for other in lowered)]


def _relative_meaning(key: str) -> tuple[int, str] | None:
    """dateparser's key ("1 week ago", "in 1 day") -> (shift, unit), for days, weeks, months and years."""
    match = _RELATIVE_KEY.fullmatch(key)
    if match is None or match["unit"] not in _UNITS:
        return None
    if bool(match["ahead"]) == bool(match["ago"]) and match["count"] != "0":
        return None  # neither "in ..." nor "... ago"
    count = int(match["count"])
    return (count if match["ahead"] else -count), match["unit"]


def _is_unit(token: str, info: dict[str, Any], unit: str) -> bool:
    return token in {name.lower() for name in info.get(unit, ())}


def _relations(info: dict[str, Any], code: str) -> dict[str, str]:
    """The words "last week" and "next week" differ by ("letzte", "nächste"), per unit."""
    words: dict[str, str] = {}
    for unit in ("week", "month", "year"):
        tokens: dict[str, set[str]] = {}
        for shift, relation in _RELATIONS.items():
            key = f"in {shift} {unit}" if shift > 0 else f"{-shift} {unit} ago"
            phrases = info.get("relative-type", {}).get(key, ())
            tokens[relation] = {token for phrase in phrases for token in _TOKEN.findall(phrase.lower())
                                if len(token) >= 2 and not _is_unit(token, info, unit)}
        for relation, own in tokens.items():
            others = set().union(*(tokens[other] for other in tokens if other != relation))
            words.update({token: relation for token in own - others})
    for relation, extra in MORE_RELATIONS.get(code, {}).items():
        words.update({word: relation for word in extra})
    return words


def _count_pattern(pattern: str) -> str:
    """dateparser's "vor (\\d++[.,]?\\d*+) tag" -> a pattern with a "count" group (a number or its word)."""
    return re.sub(r"\(\\d\+\+\[\.,\]\?\\d\*\+\)", "(?P<count>NUMBER)", pattern, count=1)


# ---------------------------------------------------------------------------- the rules


@dataclass(frozen=True, slots=True)
class LanguageRule:
    """A rule of another language: where the expression is, and what it means in the English rules' words."""

    rule: Rule
    read: Callable[[re.Match[str], str, int], dict[str, str] | None]  # (match, text, sentence start) -> words


def _words_rule(name: str, pattern: str, read: Callable[[re.Match[str], str, int], dict[str, str] | None],
                bounded: bool = True) -> LanguageRule:
    """A rule; `bounded`: the expression is a whole word (not in Japanese, written without spaces)."""
    if bounded:
        pattern = r"(?<![\w.-])" + pattern + r"(?!\w)"
    return LanguageRule(Rule(name, re.compile(pattern, re.I)), read)


@cache
def language_rules(code: str) -> tuple[LanguageRule, ...]:
    """The rules of `code`, most specific first (a tie in length goes to the earlier)."""
    words = language_words(code)
    iso = next(rule for rule in RULES if rule.name == "iso-date")
    rules = [LanguageRule(iso, lambda match, text, start: None)]
    rules += _japanese_rules() if code == "ja" else _alphabetic_rules(code, words)
    rules += _relative_rules(code, words)
    return tuple(rules)


def _alternation(words: Any) -> str:
    return alternation(sorted(words)) if words else r"(?!)"


def _alphabetic_rules(code: str, words: Words) -> list[LanguageRule]:
    on = _alternation(ON_WORDS.get(code, ()) + words.in_words)
    month = r"(?P<month>" + _alternation(words.months) + r")"
    day = r"(?P<day>[0-3]?\d)(?:\.|º|er|°)?"
    year_tail = r"(?:(?:\s+de|,)?\s+" + _YEAR + r")?"
    relation = _alternation(words.relations)
    weekday = (
        r"(?:(?P<on>" + on + r")\s+)?(?:(?P<rel>" + relation + r")\s+)?"
        r"(?P<weekday>" + _alternation(words.weekdays) + r")"
        r"(?:-?(?P<daypart>" + _alternation(JOINED_DAY_PARTS.get(code, ())) + r"))?(?:\s+(?P<after>" + relation + r"))?"
    )
    year_words = _alternation(name for name, unit in words.units.items() if unit == "year")
    in_words = _alternation(words.in_words)
    return [
        _words_rule("day-month", r"(?:(?:" + on + r")\s+)?" + day + r"(?:\s+de)?\s+" + month + year_tail,
                    lambda match, text, start: _day_month(match, words)),
        _words_rule("month-year", r"(?:(?:" + in_words + r")\s+)?" + month + r"(?:\s+de)?\s+" + _YEAR,
                    lambda match, text, start: {"month": _month_name(words.months[match["month"].lower()]),
                                                "year": match["year"]}),
        _words_rule("month", r"(?:" + in_words + r")\s+" + month,
                    lambda match, text, start: {"month": _month_name(words.months[match["month"].lower()])}),
        _words_rule("year", r"(?:" + in_words + r")\s+(?:(?:dem\s+|el\s+|l[’']|o\s+)?(?:" + year_words + r")\s+)?"
                    + _YEAR,
                    lambda match, text, start: {"year": match["year"]}),
        _words_rule("weekday", weekday, lambda match, text, start: _weekday(match, words)),
    ]


def _japanese_rules() -> list[LanguageRule]:
    """Dates written with 年, 月 and 日 ("2025年2月7日", "2月7日", "7日"), not durations ("7日間") or counts ("7日前")."""
    year, month, day, not_after = _YEAR + "年", r"(?P<month>1[0-2]|0?[1-9])月", r"(?P<day>[0-3]?\d)日", r"(?![間前後])"
    weekdays = language_words("ja").weekdays
    return [
        _words_rule("month-day", r"(?<!\d)(?:" + year + ")?" + month + day + not_after, _japanese_date, bounded=False),
        _words_rule("month-year", r"(?<!\d)" + year + month + not_after, _japanese_date, bounded=False),
        _words_rule("month", r"(?<!\d)" + month + r"(?![間前後\d])", _japanese_date, bounded=False),
        _words_rule("day-of-month", r"(?<!\d)" + day + not_after, _japanese_date, bounded=False),
        _words_rule("weekday", r"(?P<weekday>" + _alternation(weekdays) + ")",
                    lambda match, text, start: {"weekday": _WEEKDAY_NAMES[weekdays[match["weekday"]]]}, bounded=False),
    ]


def _japanese_date(match: re.Match[str], text: str, sentence_start: int) -> dict[str, str]:
    parts = match.groupdict()
    found = {name: parts[name] for name in ("year", "day") if parts.get(name)}
    if parts.get("month"):
        found["month"] = _month_name(int(parts["month"]))
    return found


def _relative_rules(code: str, words: Words) -> list[LanguageRule]:
    units = _alternation(words.units)
    relation = _alternation(words.relations)
    bounded = code != "ja"
    rules = [
        _words_rule("relative-period", r"(?P<phrase>" + _alternation(words.periods) + r")",
                    lambda match, text, start: _period(words.periods[match["phrase"].lower()]), bounded),
        _words_rule("relative-day", r"(?P<word>" + _alternation(words.day_words) + r")",
                    lambda match, text, start: _day_word(match, text, start, code, words), bounded),
    ]
    if code != "ja":
        rules.append(_words_rule(
            "relative-period",
            r"(?:(?P<rel>" + relation + r")\s+(?P<unit>" + units + r")"  # "la próxima semana"
            r"|(?P<unit2>" + units + r")\s+(?P<rel2>" + relation + r"))",  # "la semana pasada"
            lambda match, text, start: _period((words.relations[(match["rel"] or match["rel2"]).lower()],
                                                words.units[(match["unit"] or match["unit2"]).lower()])),
        ))
    number = r"\d{1,2}|" + _alternation(words.numbers)
    for pattern, unit in words.ago:
        ending = r"\w*" if bounded and pattern[-1:].isalpha() else ""  # "vor 3 tag" + "en"
        rules.append(_words_rule("ago", pattern.replace("NUMBER", number) + ending,
                                 lambda match, text, start, unit=unit: _ago(match, unit, words), bounded))
    return rules


def _month_name(number: int) -> str:
    return _ENGLISH_NAMES[number]


def _day_month(match: re.Match[str], words: Words) -> dict[str, str] | None:
    found = {"month": _month_name(words.months[match["month"].lower()]), "day": match["day"]}
    if match["year"]:
        found["year"] = match["year"]
    return found


def _weekday(match: re.Match[str], words: Words) -> dict[str, str]:
    found = {"weekday": _WEEKDAY_NAMES[words.weekdays[match["weekday"].lower()]]}
    relation = words.relations.get((match["rel"] or match["after"] or "").lower())
    if relation in ("last", "next"):  # "this": read by tense, like the weekday alone
        found["rel"] = relation
    return found


def _period(meaning: tuple[str, str]) -> dict[str, str]:
    relation, unit = meaning
    return {"rel": relation, "unit": unit}


def _day_word(match: re.Match[str], text: str, sentence_start: int, code: str, words: Words) -> dict[str, str] | None:
    word = match["word"]
    if code == "de" and word[:1].isupper() and text[sentence_start : match.start()].strip(" „“\"'("):
        return None  # "heute Morgen": a capitalised word inside a sentence is the noun, not "tomorrow"
    before = _TOKEN.findall(text, sentence_start, match.start())
    if before and before[-1].lower() in NOT_A_DAY_AFTER.get(code, frozenset()):
        return None
    return {"word": _DAY_WORDS[words.day_words[word.lower()]]}


def _ago(match: re.Match[str], unit: str, words: Words) -> dict[str, str]:
    count = match["count"]
    return {"count": count if count.isdigit() else str(words.numbers[count.lower()]), "unit": unit}


# ---------------------------------------------------------------------------- finding and tense


_JAPANESE_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
# A sentence break the splitter made after a day written as an ordinal ("am 23. Februar").
_ORDINAL_DAY_END = re.compile(r"(?<![\d.])[0-3]?\d\.$")


def language_sentences(code: str, text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of a `code` paragraph as (start, end) offsets."""
    if code == "ja":
        spans = _JAPANESE_SENTENCE.finditer(text)
        return tuple((match.start(), match.end()) for match in spans if match.group().strip())
    merged: list[tuple[int, int]] = []
    for start, end in split_sentences(text):
        if merged and _ORDINAL_DAY_END.search(text, merged[-1][0], merged[-1][1]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


def find_in_language(code: str, text: str, sentence_start: int = 0, sentence_end: int | None = None) -> list[Found]:
    """Date expressions of a `code` article in `text[sentence_start:sentence_end]`, in text order, none overlapping."""
    end = len(text) if sentence_end is None else sentence_end
    candidates = []
    for order, language_rule in enumerate(language_rules(code)):
        for match in language_rule.rule.pattern.finditer(text, sentence_start, end):
            words = language_rule.read(match, text, sentence_start)
            if words is not None or language_rule.rule.name == "iso-date":
                found = Found(language_rule.rule, match, words)
                candidates.append((match.start(), -(match.end() - match.start()), order, found))
    return choose(candidates)


@cache
def _marker_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    future, past = TENSE_MARKERS[code]
    return re.compile(future, re.I), re.compile(past, re.I)


def language_markers(code: str, text: str, start: int, end: int, skip: list[tuple[int, int]] = ()) -> list[Marker]:
    """The tense markers of a `code` sentence, outside the `skip` spans (the dates)."""
    future, past = _marker_patterns(code)
    markers = [Marker(match.start(), match.end(), "future") for match in future.finditer(text, start, end)]
    markers += [Marker(match.start(), match.end(), "past") for match in past.finditer(text, start, end)]
    inside = lambda marker: any(low <= marker.start < high for low, high in skip)  # noqa: E731
    return sorted((marker for marker in markers if not inside(marker)), key=lambda marker: marker.start)


def default_tense(found: Found) -> str | None:
    """The tense of a date no marker dates: a weekday is the last one (news reports what happened)."""
    return "past" if found.rule.name == "weekday" else None
