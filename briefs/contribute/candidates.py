"""Propose terms to explain: capitalised names and phrases no glossary entry covers.

A contributor adding an article wants to know which names a newcomer may not know and
the glossary does not explain yet. This module reads runs of capitalised words ("Israeli
Prime Minister Benjamin Netanyahu", "North Korea", "Latin America"), cuts out the parts the
matcher already links, and drops what is capitalised only by position or convention:
sentence-initial ordinary words, months and weekdays, and titles and honorifics before a
name (whose vocabularies are in `briefs.sources.vocab`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.sources import vocab
from briefs.content.glossary import Glossary, fold_quotes
from briefs.facts.mentions import Matcher
from briefs.model import Article
from briefs.sources.sentences import ends_with_abbreviation

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
_CALENDAR = MONTHS | WEEKDAYS
_NOT_FIRST = COMMON_WORDS | _CALENDAR  # words a name does not start with
# Between two words, any of these puts the second at the start of a sentence (or of a quote).
_SENTENCE_BREAK = re.compile(r"[.!?\n“\"]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A capitalised name or phrase that no glossary entry covers."""

    text: str  # the phrase as the article prints it
    count: int  # how many times it occurs in the body
    start: int  # offset of its first occurrence in `Article.text`

    def to_json(self) -> dict:
        return {"text": self.text, "count": self.count, "start": self.start}


@dataclass(frozen=True, slots=True)
class _Word:
    """One capitalised word (or connector) of a run, as `_phrases` reads it."""

    start: int  # offset in the text
    word: str  # without a possessive or a sentence's full stop
    possessive: bool  # printed with 's or ' ("Prime Minister's Office": no name follows)


@dataclass(frozen=True, slots=True)
class _Phrase:
    """One occurrence of a candidate phrase."""

    start: int  # offset in the text
    text: str  # the phrase in the (quote-folded) text


def find_candidates(article: Article, glossary: Glossary, matcher: Matcher | None = None) -> list[Candidate]:
    """Capitalised names and phrases in the body that the glossary does not cover, in order
    of first appearance.

    A single word is left out when it is capitalised only because it opens a sentence: it
    also occurs in lower case ("Talks began" beside "the talks"), or never capitalised
    mid-sentence ("Now", "Note"). Titles before a name are cut ("Prime Minister Shigeru
    Ishiba" gives "Shigeru Ishiba"); a title alone is no candidate.

    Args:
        article: the parsed article.
        glossary: the project's glossary.
        matcher: a matcher built from `glossary`, when the caller has one already.
    """
    matcher = matcher or Matcher(glossary)
    covered = _covered(article, matcher)
    found: dict[str, Candidate] = {}
    lower_words = set(re.findall(r"\b[a-z][a-z'-]*\b", article.text))
    phrases, mid_sentence = _phrases(fold_quotes(article.text), covered)
    for phrase in phrases:
        text = article.text[phrase.start:phrase.start + len(phrase.text)]  # folding keeps offsets
        if " " not in text and (text.casefold() in lower_words or phrase.text not in mid_sentence):
            continue  # "Talks" or "Now" opening a sentence: an ordinary word
        old = found.get(text)
        found[text] = Candidate(text, old.count + 1, old.start) if old else Candidate(text, 1, phrase.start)
    return list(found.values())


def _covered(article: Article, matcher: Matcher) -> list[bool]:
    """Per character of `article.text`: True where the glossary matches a name."""
    covered = [False] * len(article.text)
    offsets = article.paragraph_starts()
    for index, paragraph in enumerate(article.paragraphs):
        for hit in matcher.find(paragraph.text):
            for position in range(offsets[index] + hit.start, offsets[index] + hit.end):
                covered[position] = True
    return covered


def _phrases(text: str, covered: list[bool]) -> tuple[list[_Phrase], set[str]]:
    """Runs of capitalised words not covered by the glossary, trimmed of common words and
    titles; and every word that is capitalised somewhere mid-sentence."""
    runs: list[list[_Word]] = [[]]
    mid_sentence: set[str] = set()
    previous_end, sentence_ended = 0, True
    for match in _WORD.finditer(text):
        raw, start = match.group(0), match.start()
        word = _trim(raw)
        gap = text[previous_end:start]
        initial = sentence_ended or bool(_SENTENCE_BREAK.search(gap))
        if word[:1].isupper() and not initial:
            mid_sentence.add(word)
        if gap.strip() != "" or sentence_ended or any(covered[start:match.end()]):
            runs.append([])
        if not any(covered[start:match.end()]) and (word[:1].isupper() or (runs[-1] and word in CONNECTORS)):
            runs[-1].append(_Word(start, word, bool(re.search(r"['’]s?$", raw))))
        elif runs[-1]:
            runs.append([])
        previous_end, sentence_ended = match.end(), raw.endswith(".") and word != raw
    return [phrase for run in runs for phrase in _phrase_parts(run, text)], mid_sentence


def _trim(word: str) -> str:
    """A word without a possessive and without a full stop that ends its sentence."""
    word = re.sub(r"['’]s$|['’]$", "", word)
    if word.endswith(".") and not ends_with_abbreviation(word) and "." not in word[:-1]:
        word = word[:-1]
    return word


def _phrase_parts(run: list[_Word], text: str) -> list[_Phrase]:
    """The phrases of one run: trimmed of common words and of a leading title.

    After a title the run names a person, so "of" starts an affiliation, another name:
    "Professor Aiko Tanaka of Keio University" gives "Aiko Tanaka" and "Keio University".
    """
    run = _trim_run(run)
    title_end = _title_end(run)
    if not title_end:
        return [phrase for phrase in [_to_phrase(run, text)] if phrase]
    name = run[title_end:]
    split = next((index for index, item in enumerate(name) if item.word in CONNECTORS), len(name))
    parts = [_to_phrase(_trim_run(name[:split]), text), _to_phrase(_trim_run(name[split:]), text)]
    return [phrase for phrase in parts if phrase]


def _trim_run(run: list[_Word]) -> list[_Word]:
    """`run` without common words, dates and connectors at its start, dates and connectors at its end."""
    while run and (_plain_word(run[0].word) in _NOT_FIRST or run[0].word in CONNECTORS):
        run = run[1:]
    while run and (run[-1].word in CONNECTORS or _plain_word(run[-1].word) in _CALENDAR):
        run = run[:-1]
    return run


def _to_phrase(run: list[_Word], text: str) -> _Phrase | None:
    if not run or (len(run) == 1 and len(run[0].word) < 2):
        return None
    start, end = run[0].start, run[-1].start + len(run[-1].word)
    return _Phrase(start, text[start:end])


def _title_end(run: list[_Word]) -> int:
    """How many leading words of `run` are a title and its qualifiers (0 when it starts with a name).

    "Former U.S. President", "Israeli Prime Minister", "White House Press Secretary", "Mr."
    A title is leading when only qualifiers stand before it; or, before a post such as
    Minister, the post's own words; or a single other word (an employer: "Toyota President
    Koji Sato") when a name follows, since "Stephen King" is a name, not a title.
    A title printed as a possessive ("Prime Minister's Office") names no one after it.
    """
    keys = [_title_key(item.word) for item in run]
    end = index = 0
    while index < len(keys):
        length = _title_length(keys, index)
        before = keys[end:index]
        name_follows = index + length < len(keys)
        leading = all(_is_title_qualifier(key, item.word) for key, item in zip(before, run[end:index])) or (
            len(before) == 1 and before[0] not in CONNECTORS and name_follows
        ) or (length and keys[index + length - 1] in vocab.PORTFOLIO_TITLES and not set(before) & CONNECTORS)
        if length and leading and not run[index + length - 1].possessive:
            end = index = index + length
        else:
            index += 1
    return end


def _title_length(keys: list[str], index: int) -> int:
    """The number of words of the longest title or honorific starting at `keys[index]`, or 0."""
    for length in range(min(4, len(keys) - index), 0, -1):
        phrase = " ".join(keys[index:index + length])
        if phrase in vocab.NAME_TITLES or (length == 1 and phrase in vocab.HONORIFICS):
            return length
    return 0


def _title_key(word: str) -> str:
    """How titles are compared: "U.S." -> "us", "Sen." -> "sen", "President" -> "president"."""
    return word.casefold().replace(".", "")


def _is_title_qualifier(key: str, word: str) -> bool:
    return key in vocab.TITLE_QUALIFIERS or (word[:1].isupper() and key.endswith(vocab.TITLE_DEMONYM_ENDINGS))


def _plain_word(word: str) -> str:
    """`I'll` -> `i`, `Jan.` -> `jan`: the part that says whether a word is common."""
    return word.casefold().split("'")[0].rstrip(".")
