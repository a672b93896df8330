"""Propose terms to explain: capitalised names and phrases no glossary entry covers.

A contributor adding an article wants to know which names a newcomer may not know and
the glossary does not explain yet. This module reads runs of capitalised words ("Israeli
Prime Minister", "North Korea", "Latin America"), cuts out the parts the matcher already
links, and drops what is capitalised only by position or convention: sentence-initial
common words, months and weekdays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.glossary import Glossary, fold_quotes
from briefs.link import Matcher, paragraph_offsets
from briefs.model import Article
from briefs.sentences import ends_with_abbreviation

# Words capitalised for reasons other than being a name (sentence start, titles).
COMMON_WORDS = frozenset("""
a an the this that these those there here it its he she they we i you his her their our my your
in on at by for from to of with without after before since during until while when where whether
however but and or nor so yet if as although though because given despite also still then thus
according next last first second third new old other another many some any each every all both
no not mr mrs ms dr
""".split())
MONTHS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split())
# Lower-case words allowed inside a name ("Bank of Japan", "Ministry of Defense").
# Not "and": "Paris and Rome" is two names far more often than one ("Trinidad and Tobago").
CONNECTORS = frozenset(["of", "the", "for", "de", "du", "von", "van", "al", "bin", "da"])

_WORD = re.compile(r"[^\W\d_][\w'.\-]*|\d[\w.%]*")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A capitalised name or phrase that no glossary entry covers."""

    text: str  # the phrase as the article prints it
    count: int  # how many times it occurs in the body
    start: int  # offset of its first occurrence in `Article.text`

    def to_json(self) -> dict:
        return {"text": self.text, "count": self.count, "start": self.start}


def find_candidates(article: Article, glossary: Glossary, matcher: Matcher | None = None) -> list[Candidate]:
    """Capitalised names and phrases in the body that the glossary does not cover, in order
    of first appearance.

    Args:
        article: the parsed article.
        glossary: the project's glossary.
        matcher: a matcher built from `glossary`, when the caller has one already.
    """
    matcher = matcher or Matcher(glossary)
    covered = _covered(article, matcher)
    found: dict[str, Candidate] = {}
    lower_words = set(re.findall(r"\b[a-z][a-z'-]*\b", article.text))
    for start, folded in _phrases(fold_quotes(article.text), covered):
        text = article.text[start:start + len(folded)]  # folding keeps offsets: show the article's own
        if " " not in text and text.casefold() in lower_words:
            continue  # "Talks" opening a sentence, when the text also has "talks": a common word
        old = found.get(text)
        found[text] = Candidate(text, old.count + 1, old.start) if old else Candidate(text, 1, start)
    return list(found.values())


def _covered(article: Article, matcher: Matcher) -> list[bool]:
    """Per character of `article.text`: True where the glossary matches a name."""
    covered = [False] * len(article.text)
    offsets = paragraph_offsets(article.paragraphs)
    for index, paragraph in enumerate(article.paragraphs):
        for hit in matcher.find(paragraph.text):
            for position in range(offsets[index] + hit.start, offsets[index] + hit.end):
                covered[position] = True
    return covered


def _phrases(text: str, covered: list[bool]) -> list[tuple[int, str]]:
    """Runs of capitalised words not covered by the glossary, trimmed of common words."""
    runs: list[list[tuple[int, str]]] = [[]]
    previous_end, sentence_ended = 0, True
    for match in _WORD.finditer(text):
        raw, start = match.group(0), match.start()
        word = _trim(raw)
        punctuated = text[previous_end:start].strip() != ""
        if punctuated or sentence_ended or any(covered[start:match.end()]):
            runs.append([])
        if not any(covered[start:match.end()]) and (word[:1].isupper() or (runs[-1] and word in CONNECTORS)):
            runs[-1].append((start, word))
        elif runs[-1]:
            runs.append([])
        previous_end, sentence_ended = match.end(), raw.endswith(".") and word != raw
    return [phrase for run in runs if (phrase := _phrase(run, text))]


def _trim(word: str) -> str:
    """A word without a possessive and without a full stop that ends its sentence."""
    word = re.sub(r"'s$|'$", "", word)
    if word.endswith(".") and not ends_with_abbreviation(word) and "." not in word[:-1]:
        word = word[:-1]
    return word


def _phrase(run: list[tuple[int, str]], text: str) -> tuple[int, str] | None:
    while run and (_plain_word(run[0][1]) in COMMON_WORDS | MONTHS | WEEKDAYS or run[0][1] in CONNECTORS):
        run = run[1:]
    while run and (run[-1][1] in CONNECTORS or _plain_word(run[-1][1]) in MONTHS | WEEKDAYS):
        run = run[:-1]
    if not run or (len(run) == 1 and len(run[0][1]) < 2):
        return None
    start, end = run[0][0], run[-1][0] + len(run[-1][1])
    return start, text[start:end]


def _plain_word(word: str) -> str:
    """`I'll` -> `i`, `Jan.` -> `jan`: the part that says whether a word is common."""
    return word.casefold().split("'")[0].rstrip(".")
