"""What a reader sees first: the key points, or the article's opening sentences, and reading time.

Splitting text into sentences is the risky part: news copy is full of full stops that end
nothing ("U.S.", "Jan. 20", "Nippon Steel Corp.", "Gen. Smith", "John F. Kennedy"). A split
there would cut the first sentence in two and put half a sentence on the page labelled as
the article's opening. So the splitter only breaks after `.`, `!`, `?` or `…` (with any
closing quotes or brackets) followed by a space and a capital, digit or opening quote, and
never after a known abbreviation, an initial, or a dotted acronym.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from briefs.model import Brief

# Words that end with a full stop without ending a sentence (compared lowercased, without the stop).
ABBREVIATIONS = frozenset({
    # months and weekdays as news style abbreviates them
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    # titles and ranks
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "cmdr",
    "adm", "sgt", "gov", "sen", "rep", "pres", "rev", "hon", "amb", "supt", "insp",
    # companies and the rest
    "corp", "inc", "co", "ltd", "plc", "bros", "no", "nos", "vol", "vs", "v", "etc", "approx",
    "dept", "est", "fig", "ft", "mt", "ave", "blvd", "rd", "univ", "assn", "intl", "natl",
})
# "U.S.", "U.K.", "a.m.", "p.m.", "e.g.": letters each followed by a stop.
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")
# A candidate boundary: end punctuation, closing quotes/brackets, space, then a sentence start.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_LAST_WORD = re.compile(r"(\S+)$")

WORDS_PER_MINUTE = 230  # an adult's silent reading speed for non-fiction (Brysbaert 2019: 238)


def split_sentences(text: str) -> list[str]:
    """Split `text` into sentences, keeping abbreviations such as "U.S." and "Jan." inside them."""
    text = " ".join(text.split())
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if _ends_abbreviation(text[start:match.end()]):
            continue
        sentences.append(text[start:match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _ends_abbreviation(chunk: str) -> bool:
    if not chunk.endswith("."):
        return False  # "!", "?", "…" or a closing quote after the stop: a real end
    word = _LAST_WORD.search(chunk).group(1).lstrip("\"“‘'([")
    bare = word[:-1]
    if _DOTTED.search(word):
        return True
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return True  # an initial, as in "John F. Kennedy"
    return bare.lower() in ABBREVIATIONS


@dataclass(frozen=True, slots=True)
class Glance:
    """The "At a glance" block of a brief."""

    points: tuple[str, ...]  # plain text, one item each
    from_text: bool  # True when the points are the article's opening sentences, not key points


def at_a_glance(brief: Brief, sentences: int = 2) -> Glance:
    """The brief's key points, or, where it has none, the article's first `sentences` sentences."""
    if brief.annotation.key_points:
        return Glance(tuple(brief.annotation.key_points), from_text=False)
    opening: list[str] = []
    for paragraph in brief.article.paragraphs:
        opening.extend(split_sentences(paragraph.text))
        if len(opening) >= sentences:
            break
    return Glance(tuple(opening[:sentences]), from_text=True)


def word_count(brief: Brief) -> int:
    """Words in the article body (whitespace-separated)."""
    return sum(len(paragraph.text.split()) for paragraph in brief.article.paragraphs)


def reading_minutes(brief: Brief) -> int:
    """Minutes to read the article at `WORDS_PER_MINUTE`, rounded up; at least 1."""
    return max(1, math.ceil(word_count(brief) / WORDS_PER_MINUTE))
