"""Whether a word is another language's rather than English, by how often each language uses it.

An English edition of an outlet abroad keeps its chrome in the outlet's own language: `Lire
aussi`, `Mehr zum Thema`, `Baca juga`, `Tilmeld dig vores nyhedsbrev`, `Lue myös`. Many such
labels are written in plain ASCII, so no letter tells their language, and no list of their
wordings can hold every language's. Word frequencies can: a word common in another language
(three uses in a million words or more) and rare in English (fewer than one in a million) is that
language's. An English word is common in English (`dig`, `votes`, `also`) and does not count; a
name may be common in its own country's text (`Korhonen`, `Kelantan`), so a phrase is foreign
only by its words in lower case (`is_foreign_phrase`), and a line only when most of its words are.

The frequencies are wordfreq's (Speer, 2022), which pools subtitles, news, books, web text and
Wikipedia for each language. Only languages written in Latin letters are asked: a word in
another script tells its language by its letters (`briefs.sources.body_lines`).
"""

from __future__ import annotations

from functools import lru_cache

# Zipf scale: log10 of uses per billion words. 3 is one use in a million words, 3.5 about three, 4 ten.
_RARE_IN_ENGLISH = 3.0
_COMMON_ELSEWHERE = 3.5
# The languages in Latin letters that wordfreq's small lists cover, whose outlets print English editions.
_LATIN_LANGUAGES = (
    "ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt", "lv", "ms", "nb", "nl",
    "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi",
)
_PUNCTUATION = "\"'“”‘’«»„()[]{}:;,.!?¿¡…|/–—-"
_CACHED_WORDS = 16384


@lru_cache(maxsize=_CACHED_WORDS)
def is_foreign_word(word: str) -> bool:
    """The word is common in some language in Latin letters and rare in English."""
    word = word.strip(_PUNCTUATION).casefold()
    if len(word) < 2 or not any(character.isalpha() for character in word):
        return False
    english, *elsewhere = _frequencies(word)
    return english < _RARE_IN_ENGLISH and max(elsewhere) >= _COMMON_ELSEWHERE


def is_foreign_phrase(words: list[str]) -> bool:
    """A few words in another language: half of them or more, one of them written in lower case.

    The lowercase word keeps names out, which are common words of their language too:
    `Anni Korhonen`, `Kelantan`, `Bundestag vote` (a German name in an English line). A
    label has one, written in sentence case (`Baca juga`, `Lire aussi`, `Mehr zum Thema`,
    `Tilmeld dig vores nyhedsbrev`); a label of one capitalised word (`Uutiset`) is told
    from a place's name by no word's frequency, and is left to the rules for menus.
    """
    foreign = [is_foreign_word(word) for word in words]
    lowercase_foreign = any(found and word.strip(_PUNCTUATION)[:1].islower() for word, found in zip(words, foreign))
    return lowercase_foreign and 2 * sum(foreign) >= len(words)


# A line is in another language when its words are, on average, this much more common there than in
# English (zipf points per word): `Receba as principais notícias do dia no seu e-mail.` scores 2.3 for
# Portuguese, `Connectez-vous pour commenter.` 2.2 for French; English sentences score below zero, names
# and all (`Nguyen Van Thanh said the port would reopen.`: -1.0).
_FOREIGN_LINE_MARGIN = 1.0
# Chrome's sentences are short (a sign-up's, a comment box's); a paragraph is left to its stop words.
_FOREIGN_LINE_MIN_WORDS, _FOREIGN_LINE_MAX_WORDS = 3, 25


def is_foreign_line(text: str) -> bool:
    """The line's words, taken together, belong to another language than English; more than half
    of them in lower case, as a sentence's are (`Maria de la Cruz` is a name)."""
    words = [word.strip(_PUNCTUATION) for word in text.split()]
    words = [word for word in words if any(character.isalpha() for character in word)]
    if not _FOREIGN_LINE_MIN_WORDS <= len(words) <= _FOREIGN_LINE_MAX_WORDS:
        return False
    if 2 * sum(word[:1].islower() for word in words) <= len(words):
        return False  # a line of capitalised words is names or a title
    vectors = [_frequencies(word.casefold()) for word in words]
    english = sum(vector[0] for vector in vectors)
    elsewhere = max(sum(column) for column in zip(*(vector[1:] for vector in vectors)))
    return (elsewhere - english) / len(words) >= _FOREIGN_LINE_MARGIN


def is_rare_in_english(word: str) -> bool:
    """Fewer than about six uses in a million English words: most surnames (`Krishnan`, `Brennan`), few
    words of an interface or a label (`Account`, `Publication`, `Reviewed`)."""
    word = word.strip(_PUNCTUATION).casefold()
    return bool(word) and _frequencies(word)[0] < _RARE_NAME_ZIPF


_RARE_NAME_ZIPF = 3.8


@lru_cache(maxsize=_CACHED_WORDS)
def _frequencies(word: str) -> tuple[float, ...]:
    """The word's zipf frequency in English, then in each of `_LATIN_LANGUAGES` (words recur: cached)."""
    from wordfreq import zipf_frequency  # here, not above: its word lists load on first use (~2 s for all)

    return tuple(zipf_frequency(word, language) for language in ("en", *_LATIN_LANGUAGES))
