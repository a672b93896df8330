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
from dataclasses import dataclass

from briefs.model import Brief
from briefs.sources.sentences import split_sentences as sentence_spans

PROSE_KINDS = ("paragraph",)  # the blocks whose sentences open "At a glance", when the article has any
WORDS_PER_MINUTE = 230  # an adult's silent reading speed for non-fiction (Brysbaert 2019: 238)


def split_sentences(text: str) -> list[str]:
    """The sentences of `text` (whitespace collapsed), as `briefs.sources.sentences` splits them."""
    text = " ".join(text.split())
    return [text[start:end] for start, end in sentence_spans(text)]


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
    # The opening is the outlet's prose: a subheading, a list item, a quotation (with the source's
    # `>` marks) or code read out of place says little. An article of nothing else keeps them.
    kinds = brief.article.paragraph_kinds()
    prose = any(kind in PROSE_KINDS for kind in kinds)
    for paragraph, kind in zip(brief.article.paragraphs, kinds):
        if prose and kind not in PROSE_KINDS:
            continue
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
