"""Anchor each brief's notes in its article: where each quote is, or exactly what is wrong with it.

Anchoring turns every outcome of `briefs.facts.anchor` into a `Problem` that names the
annotation file and the note's line: a quote not found (with the closest text and its
similarity), ambiguous (with where, asking for a prefix or suffix), no longer word for
word after a correction (an error with the new exact text to put in the file), across two
paragraphs, or overlapping another note's quote. No note is dropped without a message.
`briefs.render.notes` draws the anchored notes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from briefs.facts.anchor import (
    DEFAULT_THRESHOLD,
    Anchoring,
    Match,
    TextQuoteSelector,
    anchor_quote,
    describe_position,
    normalize,
    normalize_quote,
    replacement_text,
    selector_for,
    whole_words,
)
from briefs.errors import Problem
from briefs.model import PARAGRAPH_SEPARATOR, Article, Note

MAX_PLACES_LISTED = 5  # an ambiguous quote lists this many places, then "and N more"


@dataclass(frozen=True, slots=True)
class AnchoredNote:
    """A note with the place it comments on."""

    note: Note  # the note as read from the file
    number: int  # 1-based, in reading order of the quotes (the marker's label)
    paragraph: int  # 0-based index into `Article.paragraphs`
    start: int  # first character of the quote in that paragraph's text
    end: int  # one past its last character
    text_start: int  # the same start as an offset into `Article.text`
    text_end: int  # the same end as an offset into `Article.text`
    exact: str  # the article's own words at that place (quote marks as in the source)


def anchor_notes(article: Article, notes: tuple[Note, ...], path: str,
                 threshold: float = DEFAULT_THRESHOLD) -> tuple[list[AnchoredNote], list[Problem]]:
    """Anchor every note of one annotation file in its article.

    Args:
        article: the parsed seed.
        notes: the notes as read from the annotation file.
        path: the annotation file, for messages.
        threshold: least similarity for an approximate re-anchoring.

    Returns:
        The anchored notes, numbered in reading order, and every problem (errors and warnings).
    """
    text = article.text
    normal = normalize(text)  # once per article, not once per note
    starts = article.paragraph_starts()
    placed: list[tuple[Note, int, int]] = []
    problems: list[Problem] = []
    for note in notes:
        anchoring = anchor_quote(text, TextQuoteSelector(note.quote, note.prefix, note.suffix), threshold, normal)
        problems += anchoring_problems(note, anchoring, text, path, threshold)
        if anchoring.match is not None:
            placed.append((note, anchoring.match.start, anchoring.match.end))
    placed, more = _without_crossings(placed, text, path)
    problems += more
    placed.sort(key=lambda item: (item[1], item[2]))
    anchored = [_to_anchored(note, start, end, number, text, starts)
                for number, (note, start, end) in enumerate(placed, start=1)]
    return anchored, problems


def anchoring_problems(note: Note, anchoring: Anchoring, text: str, path: str, threshold: float) -> list[Problem]:
    """The message for one note's anchoring; none when the quote matched exactly with its context.

    A quote that is not in the article word for word is an error, however close the nearest
    text: the note may no longer fit the corrected words, or the quote was never there. The
    hint names the closest text, trimmed to words and quotation marks, as the lines to put
    in the file (`python -m briefs check --fix` puts them there).
    """
    label = f"note {note.note_id!r}"
    if anchoring.status == "ambiguous":
        return [_ambiguous_problem(note, anchoring, text, path)]
    if anchoring.status == "exact":
        return _stale_context(note, text, anchoring.match.start, anchoring.match.end, path)
    closest = anchoring.match or (anchoring.candidates[0] if anchoring.candidates else None)
    message = f"{label}: quote not found in the article: {note.quote!r}"
    if closest is None:
        return [Problem(path, note.line, message, "copy the words from the article as they appear on the brief's page")]
    fix = suggested_fix(text, closest, note.quote)
    where = describe_position(text, fix.start, fix.end).split(":", 1)[0]
    hint = (f"closest text in the article (similarity {closest.similarity:.2f}): “{text[fix.start:fix.end]}”, {where}; "
            f"if the note still fits it, put in the file: {fix.lines}")
    if anchoring.status == "not-found":
        hint += f" (below the similarity threshold {threshold:.2f}: check the note against the article)"
    return [Problem(path, note.line, message, hint)]


def _ambiguous_problem(note: Note, anchoring: Anchoring, text: str, path: str) -> Problem:
    shown = anchoring.candidates[:MAX_PLACES_LISTED]
    where = "; ".join(describe_position(text, match.start, match.end) for match in shown)
    if len(anchoring.candidates) > len(shown):
        where += f"; and {len(anchoring.candidates) - len(shown)} more"
    count = len(anchoring.candidates)
    return Problem(path, note.line, f"note {note.note_id!r}: quote {note.quote!r} occurs {count} times: {where}",
                   "add `prefix:` (words just before) or `suffix:` (words just after) to say which one")


@dataclass(frozen=True, slots=True)
class QuoteFix:
    """The selector to write in place of a quote that no longer matches, and where it anchors."""

    start: int  # offset of the suggested quote in `Article.text`
    end: int  # one past its end
    selector: TextQuoteSelector  # quote, with prefix or suffix only when the quote repeats
    similarity: float  # of the closest text to the old quote, 0..1

    @property
    def lines(self) -> str:
        """The selector as YAML lines a contributor can paste: `quote: "…"` (`prefix: "…"`)."""
        parts = [f"quote: {yaml_string(self.selector.exact)}"]
        parts += [f"{key}: {yaml_string(value.strip())}" for key, value in
                  (("prefix", self.selector.prefix), ("suffix", self.selector.suffix)) if value.strip()]
        return ", ".join(parts)


def suggested_fix(text: str, closest: Match, quote: str) -> QuoteFix:
    """The replacement for `quote`, from the closest text: trimmed, and unique with its context."""
    start, end = replacement_text(text, closest, quote)
    return QuoteFix(start, end, selector_for(text, start, end), closest.similarity)


def _stale_context(note: Note, text: str, start: int, end: int, path: str) -> list[Problem]:
    """A warning when a quote's prefix or suffix no longer fits the text around it."""
    problems = []
    prefix, suffix = normalize_quote(note.prefix), normalize_quote(note.suffix)
    # Normalising only shortens text, so a window a few times the context's length is enough.
    before = normalize_quote(text[max(0, start - 4 * len(note.prefix) - 8):start])
    after = normalize_quote(text[end:end + 4 * len(note.suffix) + 8])
    if prefix and not before.endswith(prefix):
        actual = _words_in(text, max(0, start - len(note.prefix) - 1), start).split(PARAGRAPH_SEPARATOR)[-1]
        problems.append(_context_warning(note, path, "prefix", "before", actual))
    if suffix and not after.startswith(suffix):
        actual = _words_in(text, end, min(len(text), end + len(note.suffix) + 1)).split(PARAGRAPH_SEPARATOR)[0]
        problems.append(_context_warning(note, path, "suffix", "after", actual))
    return problems


def _context_warning(note: Note, path: str, key: str, side: str, actual: str) -> Problem:
    written = getattr(note, key)
    return Problem(path, note.line, f"note {note.note_id!r}: {key} {written!r} is not the text {side} the quote",
                   f"put in the file: {key}: {yaml_string(actual.strip())}", severity="warning")


def yaml_string(text: str) -> str:
    """`text` as a double-quoted YAML scalar (a JSON string is one), ready to paste."""
    return json.dumps(text, ensure_ascii=False)


def _words_in(text: str, start: int, end: int) -> str:
    """text[start:end], widened so that it neither starts nor ends inside a word."""
    start, end = whole_words(text, start, end)
    return text[start:end]


def _without_crossings(placed: list[tuple[Note, int, int]], text: str, path: str) -> tuple[list, list[Problem]]:
    """Leave out (with an error) quotes that span two paragraphs or overlap an earlier note's quote."""
    kept: list[tuple[Note, int, int]] = []
    problems = []
    for note, start, end in placed:
        if PARAGRAPH_SEPARATOR in text[start:end]:
            problems.append(Problem(path, note.line, f"note {note.note_id!r}: the quote runs across two paragraphs",
                                    "quote words from one paragraph only"))
            continue
        other = next((item for item in kept if item[1] < end and start < item[2]), None)
        if other is not None:
            problems.append(Problem(path, note.line,
                                    f"note {note.note_id!r}: its quote overlaps the quote of note {other[0].note_id!r}",
                                    "highlights cannot overlap: quote fewer words in one of the two notes"))
            continue
        kept.append((note, start, end))
    return kept, problems


def _to_anchored(note: Note, start: int, end: int, number: int, text: str, starts: list[int]) -> AnchoredNote:
    paragraph = max(index for index, offset in enumerate(starts) if offset <= start)
    offset = starts[paragraph]
    return AnchoredNote(note, number, paragraph, start - offset, end - offset, start, end, text[start:end])
