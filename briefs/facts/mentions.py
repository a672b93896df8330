"""Find glossary terms in article text: where each term is mentioned, and which mention is linked.

The matcher is an Aho-Corasick automaton (pyahocorasick) over every name of every term,
built once per build: it reads a text once, so its cost grows with the text, not with the
number of terms (a regex alternation of all names grows with both). On top of the raw
hits it applies the rules a reader expects:

- whole words only ("Abe" is never found inside "Abel"); a name that starts or ends in a
  script written without spaces (kanji, kana) may touch its neighbours on that side (a
  Latin name touching kanji is not found);
- typographic and straight quotes match alike, and the shown text is the article's own;
- proper names match their case; a term with `ignore_case` matches any case;
- the longest match wins ("Article 5 of the Japan-U.S. Security Treaty" over "Article 5");
- a possessive links the name only ("Trump’s" links "Trump"), which whole-word matching
  gives for free since the apostrophe ends the word;
- a bare surname is the person of that surname whose full name came last before it; with
  none before it, it stays unlinked; an annotation's `pin` overrides, for one brief.

Matching works on a folded copy of the text (quotes made straight, case folded). Case
folding may lengthen a text ("ß" becomes "ss"), so a map from folded offsets back to the
article's offsets is kept whenever the lengths differ.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from briefs.errors import Problem
from briefs.content.glossary import Glossary, fold_quotes, name_key
from briefs.model import Annotation, Brief, Paragraph
from briefs.content.yamlfile import load_yaml


@dataclass(frozen=True, slots=True)
class Name:
    """One name the automaton knows, with what it stands for."""

    text: str  # the name with quotes folded and spaces collapsed (compared for case)
    slug: str  # the term it names
    ignore_case: bool  # True: any case matches
    surname: bool  # True: a bare surname, resolved by the full name before it


class Hit(NamedTuple):
    """A whole-word match of one or more names (same text) in one text.

    A named tuple, not a frozen dataclass: one is made per match on the matcher's hot
    path, where a dataclass's checked `__init__` costs a third of the time. The automaton
    guarantees 0 <= start < end.
    """

    start: int  # offset of the first character, in the original text
    end: int  # one past the last character, in the original text
    names: tuple[Name, ...]  # every name spelled this way (a surname may be shared)


class Mention(NamedTuple):
    """A term found in a brief's body.

    A named tuple for the same reason as `Hit`: one is made per mention of every brief, and
    the offsets come from a `Hit`, already checked.
    """

    term: str  # the term's slug
    text: str  # the words as the article prints them
    paragraph: int  # index of the paragraph in `Article.paragraphs`
    start: int  # offset into the paragraph's text
    end: int  # one past the last character, in the paragraph's text
    linked: bool  # True for the first mention of the term in the brief: the one linked


class Matcher:
    """Every name of a glossary in one automaton. Build once per build; reuse for every text."""

    def __init__(self, glossary: Glossary):
        self.glossary = glossary
        entries: dict[str, list[Name]] = {}
        for term in glossary:
            for name in term.names:
                self._add(entries, Name(name_key(name, False), term.slug, term.ignore_case, False))
            if term.surname:
                self._add(entries, Name(name_key(term.surname, False), term.slug, False, True))
        self.automaton = ahocorasick.Automaton()
        for key, (length, trailing, names) in _automaton_keys(entries).items():
            # With one name (the common case) its text is checked directly: the exact
            # spelling, or the folded one for a term that ignores case.
            exact = names[0].text if len(names) == 1 else None
            folded = exact.casefold() if exact is not None and names[0].ignore_case else None
            self.automaton.add_word(key, (length, trailing, tuple(names), exact, folded))
        if entries:
            self.automaton.make_automaton()
        self.keys = frozenset(entries)  # casefolded names, for checking pins

    @staticmethod
    def _add(entries: dict[str, list[Name]], name: Name) -> None:
        bucket = entries.setdefault(name.text.casefold(), [])
        if name not in bucket:
            bucket.append(name)

    def find(self, text: str) -> list[Hit]:
        """Whole-word, case-checked hits in `text`, leftmost first, longest at each place,
        never overlapping."""
        if not self.keys or not text:
            return []
        searched, to_original = searched_text(text)
        found = []  # (start, -end, names): plain tuples, as this loop runs once per raw hit
        for last, (length, trailing, names, exact, exact_folded) in self.automaton.iter(searched):
            end = last - trailing  # the searched text has one leading space: this is exclusive
            start = end - length
            if to_original is not None:
                start, end = to_original[start], to_original[end - 1] + 1
            shown = text[start:end]
            if not shown.isascii():
                shown = fold_quotes(shown)
            if exact is not None:  # one name: no list per hit
                if shown == exact or exact_folded is not None and shown.casefold() == exact_folded:
                    found.append((start, -end, names))
                continue
            fitting = tuple(name for name in names if shown == name.text or name.ignore_case and shown.casefold() == name.text.casefold())
            if fitting:
                found.append((start, -end, fitting))
        return _leftmost_longest(found)


def searched_text(text: str) -> tuple[str, list[int] | None]:
    """What the automaton reads for `text` (`_word_bounded` of its case-folded form), and a
    map from its offsets back to `text` when folding changed the length (else None).

    Quotes need no folding: they become spaces, in keys and text alike. Only the matched
    words are folded, for the exact comparison after the automaton.
    """
    # News text is ASCII but for its quotes and dashes, which become spaces anyway. Made
    # spaces first, most texts are then ASCII, and ASCII has a fast path: `lower` is
    # `casefold` there, and one byte table replaces the Unicode-aware pattern (which
    # took two thirds of the matcher's time).
    plain = text
    for mark in _COMMON_NON_ASCII_MARKS:
        if mark in plain:
            plain = plain.replace(mark, " ")
    if plain.isascii():
        return " " + plain.lower().encode("ascii").translate(_ASCII_NON_WORD).decode("ascii") + " ", None
    folded = text.casefold()
    return _word_bounded(folded), (None if len(folded) == len(text) else _offset_map(text))


# Each a single non-word character, so replacing it by a space keeps every offset.
_COMMON_NON_ASCII_MARKS = ("’", "‘", "“", "”", "–", "—", "…", "\u00a0", "\u2009", "\u202f")
# Bytes of ASCII characters `_NON_WORD` matches, mapped to a space; word characters kept.
_ASCII_NON_WORD = bytes(
    code if chr(code).isalnum() or chr(code) in "_ " else ord(" ") for code in range(256)
)


def _word_bounded(folded: str) -> str:
    """The text the automaton reads: every non-word character made a space, and a space
    at each end. Keys are wrapped in spaces too, so a raw hit is always a whole word: no
    time goes on hits inside words, whose number would grow with the number of terms.
    The exact punctuation and case are compared afterwards, on the real text."""
    return " " + _NON_WORD.sub(" ", folded) + " "


def _automaton_keys(entries: dict[str, list[Name]]) -> dict[str, tuple[int, int, list[Name]]]:
    """Keys in the form `_word_bounded` gives the text: key -> (name length, 1 if the key
    has a trailing space, names). Names that then look alike share a key.

    A name that starts or ends with kanji or kana gets no space on that side: those
    scripts do not put spaces between words, so such a name may touch its neighbours."""
    keys: dict[str, tuple[int, int, list[Name]]] = {}
    for key, names in entries.items():
        spaced = _NON_WORD.sub(" ", key)
        lead = "" if _unspaced(spaced[0]) else " "
        trail = "" if _unspaced(spaced[-1]) else " "
        keys.setdefault(lead + spaced + trail, (len(spaced), len(trail), []))[2].extend(names)
    return keys


_NON_WORD = re.compile(r"[^\w ]")  # spaces stay: replacing them too would cost a step per word


def _offset_map(plain: str) -> list[int]:
    """For each character of `plain.casefold()`, the offset of the character it came from."""
    offsets: list[int] = []
    for index, char in enumerate(plain):
        offsets.extend([index] * len(char.casefold()))
    return offsets


def _unspaced(char: str) -> bool:
    """True for scripts written without spaces between words (Han, kana)."""
    if ord(char) < 0x2E80:
        return False
    return unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC"))


def _leftmost_longest(found: list[tuple[int, int, tuple[Name, ...]]]) -> list[Hit]:
    chosen, reached = [], 0
    found.sort()  # by (start, -end); one span is one key, so the names never decide
    for start, negative_end, names in found:
        if start >= reached:
            chosen.append(Hit(start, -negative_end, names))
            reached = -negative_end
    return chosen


@dataclass(slots=True)
class _ResolverMemory:
    """What the resolver remembers while reading one brief, in order."""

    pins: dict[str, str]  # casefolded alias -> slug, from the annotation
    last_full: dict[str, int] = field(default_factory=dict)  # person slug -> order of its last full name
    seen: set[str] = field(default_factory=set)  # slugs already linked once
    order: int = 0  # how many hits were read so far


def resolve(hit: Hit, text: str, reading: _ResolverMemory) -> str | None:
    """The slug a hit stands for in this brief, or None (a surname with no full name before it).

    A pin decides first. Then a surname goes to the person of that surname whose full name
    came last; only when none came does a plain alias spelled the same way apply.
    """
    reading.order += 1
    if reading.pins:
        pinned = reading.pins.get(fold_quotes(text[hit.start:hit.end]).casefold())
        if pinned is not None:
            return pinned
    names = hit.names
    if len(names) == 1 and not names[0].surname:  # a full name: the common case
        reading.last_full[names[0].slug] = reading.order
        return names[0].slug
    persons = [(reading.last_full[name.slug], name.slug) for name in names if name.surname and name.slug in reading.last_full]
    if persons:
        return max(persons)[1]
    full = [name for name in hit.names if not name.surname]
    if not full:
        return None
    reading.last_full[full[0].slug] = reading.order
    return full[0].slug


def find_mentions(matcher: Matcher, paragraphs: tuple[Paragraph, ...], pins: dict[str, str] | None = None) -> list[Mention]:
    """Every mention of a term in the paragraphs, in reading order; the first of each term is linked.

    Args:
        matcher: the build's matcher.
        paragraphs: the body of one article.
        pins: alias -> term slug for this brief (the annotation's `pin`), overriding the
            surname rule and any other reading of that alias.
    """
    reading = _ResolverMemory({name_key(alias, True): slug for alias, slug in (pins or {}).items()})
    phrases = pinned_phrases(matcher, pins or {})
    mentions = []
    for index, paragraph in enumerate(paragraphs):
        hits = matcher.find(paragraph.text)
        if phrases:
            hits = _with_phrases(hits, paragraph.text, phrases)
        for hit in hits:
            slug = resolve(hit, paragraph.text, reading)
            if slug is None:
                continue
            linked = slug not in reading.seen
            reading.seen.add(slug)
            mentions.append(Mention(slug, paragraph.text[hit.start:hit.end], index, hit.start, hit.end, linked))
    return mentions


def pinned_phrases(matcher: Matcher, pins: dict[str, str]) -> list[tuple[re.Pattern[str], Name]]:
    """Pinned phrases that are no name in the glossary, each with a whole-word pattern.

    A pin may name words that mean a term only in this brief ("U.S. law" for the Logan Act):
    too generic to be an alias for every brief, so the shared automaton does not hold them.
    They are few, so a pattern each, over the quote-folded text, costs little.
    """
    phrases = []
    for alias, slug in pins.items():
        if name_key(alias, True) in matcher.keys:
            continue
        words = [re.escape(word) for word in name_key(alias, False).split(" ")]
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")
        phrases.append((pattern, Name(name_key(alias, False), slug, False, False)))
    return phrases


def _with_phrases(hits: list[Hit], text: str, phrases: list[tuple[re.Pattern[str], Name]]) -> list[Hit]:
    """The automaton's hits and the pinned phrases' matches, leftmost first, longest at each place."""
    folded = fold_quotes(text)  # one character for one, so offsets stay the text's
    found = [(hit.start, -hit.end, hit.names) for hit in hits]
    found += [(match.start(), -match.end(), (name,)) for pattern, name in phrases for match in pattern.finditer(folded)]
    return _leftmost_longest(found)


def find_caption_mentions(matcher: Matcher, caption: str | None, body: list[Mention], pins: dict[str, str] | None = None) -> list[Mention]:
    """Mentions in the photo caption (paragraph -1). The body links first; the caption
    links only terms the body never mentions, so each term is linked once per page."""
    if not caption:
        return []
    in_body = {mention.term for mention in body}
    found = find_mentions(matcher, (Paragraph(caption, 0),), pins)
    return [mention._replace(paragraph=-1, linked=mention.linked and mention.term not in in_body) for mention in found]


def check_pins(annotation: Annotation, matcher: Matcher, root: Path) -> tuple[dict[str, str], list[Problem]]:
    """The annotation's pins that name a known term, and a problem for each other.

    A pinned name need not be an alias: words that mean the term only in this brief are
    linked in this brief alone (`pinned_phrases`).
    """
    good, problems = {}, []
    lines = _pin_lines(annotation, root) if annotation.pin else {}
    for alias, slug in annotation.pin.items():
        line = lines.get(alias)
        if slug not in matcher.glossary.terms:
            problems.append(Problem(annotation.path, line, f"pin {alias!r} names an unknown term {slug!r}", "use a glossary file name without .yml"))
        elif not name_key(alias, False).strip():
            problems.append(Problem(annotation.path, line, "a pin needs words to link", "write the words as the article has them"))
        else:
            good[alias] = slug
    return good, problems


def _pin_lines(annotation: Annotation, root: Path) -> dict[str, int]:
    try:
        document, _ = load_yaml((root / annotation.path).read_text(encoding="utf-8"), annotation.path)
    except (OSError, UnicodeDecodeError):
        return {}
    return {str(alias): document.line_of(("pin", str(alias))) for alias in annotation.pin} if document else {}


@dataclass(frozen=True, slots=True)
class BriefMentions:
    """The glossary facts of one brief: every mention, body first, then the caption."""

    body: tuple[Mention, ...]  # in reading order
    caption: tuple[Mention, ...]  # `paragraph` is -1; linked only for terms the body never mentions

    @property
    def all(self) -> tuple[Mention, ...]:
        return self.body + self.caption

    @property
    def terms(self) -> frozenset[str]:
        """The slugs of every term the brief mentions."""
        return frozenset(mention.term for mention in self.all)

    def in_range(self, paragraph: int, start: int, end: int) -> list[str]:
        """Slugs of the terms mentioned in `paragraph` between `start` and `end`, once each, in text order."""
        found = (mention.term for mention in self.all if mention.paragraph == paragraph and start <= mention.start < end)
        return list(dict.fromkeys(found))


NO_MENTIONS = BriefMentions((), ())


def mentions_of(brief: Brief, matcher: Matcher, root: Path) -> tuple[BriefMentions, list[Problem]]:
    """The glossary stage for one brief: its mentions, with the annotation's pins applied.

    Args:
        brief: the brief, with its annotation (for `pin`).
        matcher: the build's matcher, made once for every brief.
        root: the project root, to name the line of a bad pin.
    """
    pins, problems = check_pins(brief.annotation, matcher, root)
    body = find_mentions(matcher, brief.article.paragraphs, pins)
    caption = find_caption_mentions(matcher, brief.article.caption, body, pins)
    return BriefMentions(tuple(body), tuple(caption)), problems
