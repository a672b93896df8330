"""Anchor a note to the article text by quote: the W3C TextQuoteSelector, matched as people type it.

Contributors copy a quote from the page, so what they write differs from the seed in
ways that carry no meaning: curly or straight quote marks, a line break or two spaces.
Matching happens on a normalised copy of both texts, with a map back to the original
offsets, so the rest of the code only ever sees offsets into the original text.

The order is the one Hypothesis's client follows (`anchoring/match-quote.ts`): an exact
match first, with prefix and suffix choosing among repeats; then, when a seed was
corrected under a note, an approximate match of the quote scored together with its
context. Unlike Hypothesis, which quietly picks the best fuzzy candidate, every outcome
here is a value the caller reports: exact, approximate (with the new exact text),
ambiguous (with where) or not found (with the closest text and its similarity).

Pure functions; no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Marks that people type interchangeably for the same quote mark.
_QUOTE_MARKS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
})
_COLLAPSIBLE = re.compile(r"\s{2,}|[^\S ]")

# How alike the quote must be to the text it re-anchors to (1 - edits / quote length).
# The trade-off (see Hypothesis's `maxErrors` comment): lower re-anchors notes through
# bigger corrections but risks attaching a note to other words that merely look alike
# ("2% of GDP" vs "3% of GDP" is 0.89); higher sends more notes back to a person after a
# correction. An approximate match is never silent (it is a warning with the new text),
# so a wrong re-anchor costs one review, and a failed one costs one edit: 0.75 lets a
# fixed typo or a changed word through and stops at a rewritten phrase.
DEFAULT_THRESHOLD = 0.75
# Weights of quote, prefix, suffix in the score that ranks approximate candidates
# (Hypothesis uses 50, 20, 20: the quote matters most, context breaks ties).
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT = 50, 20, 20
# Approximate candidates scored per quote: the places with the fewest edits. Context can
# lift a candidate only so far (40 of 90 points), so far-worse places cannot win, and the
# cost of finding each start (a small edit-distance table) stays bounded on long articles.
MAX_CANDIDATES = 12
# Least share of the given prefix/suffix that must match for it to pick one repeat of a quote.
MIN_CONTEXT_SIMILARITY = 0.5
# Characters of context shown around a match in messages, and put in generated selectors.
CONTEXT_CHARS = 32


@dataclass(frozen=True, slots=True)
class TextQuoteSelector:
    """The words a note comments on, with optional context (W3C Web Annotation)."""

    exact: str  # the quoted words
    prefix: str = ""  # words just before, to tell repeated quotes apart
    suffix: str = ""  # words just after


@dataclass(frozen=True, slots=True)
class TextPositionSelector:
    """Half-open character offsets into one canonical text (W3C Web Annotation)."""

    start: int  # first character
    end: int  # one past the last character

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"positions must satisfy 0 <= start <= end, got {self.start}, {self.end}")


@dataclass(frozen=True, slots=True)
class Match:
    """Where a quote was found, in offsets of the original text."""

    start: int  # first character of the match in the original text
    end: int  # one past its last character
    exact: str  # the original text between start and end (what the file should quote)
    similarity: float  # 1.0 for an exact match; else 1 - edits / quote length, in 0..1
    score: float  # similarity of quote and context together, used to rank candidates, 0..1
    approximate: bool  # False when the normalised quote occurs as it is

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"match offsets must satisfy 0 <= start <= end, got {self.start}, {self.end}")


@dataclass(frozen=True, slots=True)
class Anchoring:
    """The outcome of anchoring one quote: exactly one of four statuses."""

    status: str  # "exact" | "approximate" | "ambiguous" | "not-found"
    match: Match | None  # the match for exact and approximate; None otherwise
    candidates: tuple[Match, ...] = ()  # ambiguous: every tied match; not-found: the closest text, if any

    @property
    def anchored(self) -> bool:
        return self.match is not None


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A text with whitespace runs collapsed and quote marks unified, mapped back to the original.

    The map is kept as the start of each piece (a run of kept characters, or the one space that
    stands for a whitespace run), not one entry per character: an article has few pieces.
    """

    text: str  # the normalised text
    starts: tuple[int, ...]  # where each piece starts in `text`, ascending, the first 0
    originals: tuple[int, ...]  # where each piece starts in the original; one extra piece at the end

    def original(self, index: int) -> int:
        """The original offset of `text[index]` (`index == len(text)`: the original's length)."""
        # The last piece starting at or before `index` (an empty piece shares its start with the
        # next one, and holds no character). A space piece is one character long, so the
        # difference is 0 there and the space maps to the start of its whitespace run.
        piece = bisect_right(self.starts, index) - 1
        return self.originals[piece] + index - self.starts[piece]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original half-open offsets of the normalised range [start, end)."""
        if start >= end:
            return self.original(start), self.original(start)
        return self.original(start), self.original(end - 1) + 1


def normalize(text: str) -> NormalizedText:
    """Collapse each whitespace run to one space and make all quote marks straight."""
    pieces: list[str] = []
    starts: list[int] = []
    originals: list[int] = []
    position, length = 0, 0
    # A lone space is already normal: only longer runs and other whitespace become pieces.
    for run in _COLLAPSIBLE.finditer(text):
        kept = text[position : run.start()]
        starts += [length, length + len(kept)]
        originals += [position, run.start()]
        pieces += [kept, " "]
        length += len(kept) + 1
        position = run.end()
    starts.append(length)
    originals += [position, len(text)]
    pieces.append(text[position:])
    return NormalizedText("".join(pieces).translate(_QUOTE_MARKS), tuple(starts), tuple(originals))


def normalize_quote(text: str) -> str:
    """The normalised form of a contributor's quote, prefix or suffix (no outer spaces)."""
    return normalize(text).text.strip()


def anchor_quote(text: str, selector: TextQuoteSelector, threshold: float = DEFAULT_THRESHOLD,
                 normal: NormalizedText | None = None) -> Anchoring:
    """Anchor `selector` in `text` and say how: exact, approximate, ambiguous or not found.

    Args:
        text: the canonical text (for an article, `Article.text`).
        selector: the quote and its optional context.
        threshold: the least quote similarity an approximate match needs (0..1).
        normal: `normalize(text)`, when the caller anchors many quotes in one text.

    Returns:
        The anchoring. Offsets are into `text` as given, not its normalised form.
    """
    normal = normal or normalize(text)
    exact = normalize_quote(selector.exact)
    if not exact:
        return Anchoring("not-found", None)
    context = (normalize_quote(selector.prefix), normalize_quote(selector.suffix))
    hits = exact_hits(normal.text, exact)
    if hits:
        return _choose_exact(text, normal, hits, len(exact), context)
    return _approximate(text, normal, exact, context, threshold)


def exact_hits(haystack: str, needle: str) -> list[int]:
    """Every start of `needle` in `haystack`, overlapping ones included."""
    hits, start = [], haystack.find(needle)
    while start != -1:
        hits.append(start)
        start = haystack.find(needle, start + 1)
    return hits


def _choose_exact(text: str, normal: NormalizedText, hits: list[int], length: int, context: tuple[str, str]) -> Anchoring:
    """One hit is the match; among repeats, the one whose context is clearly the closest.

    "Clearly": the best context score is unique and at least half of the given context
    matches, so a stale prefix after a correction still picks its repeat (the caller warns
    with the new prefix), while a prefix that fits nothing, or fits two repeats alike,
    stays ambiguous.
    """
    matches = [_to_match(text, normal, hit, hit + length, 1.0, context) for hit in hits]
    if len(matches) == 1:
        return Anchoring("exact", matches[0])
    best = max(match.score for match in matches)
    tied = [index for index, match in enumerate(matches) if match.score == best]
    if len(tied) == 1 and any(context):
        total, weight = _context_score(normal.text, hits[tied[0]], hits[tied[0]] + length, context)
        if total / weight >= MIN_CONTEXT_SIMILARITY:
            return Anchoring("exact", matches[tied[0]])
    return Anchoring("ambiguous", None, tuple(matches[index] for index in tied) if len(tied) > 1 else tuple(matches))


def _to_match(text: str, normal: NormalizedText, start: int, end: int, similarity: float,
              context: tuple[str, str]) -> Match:
    score = _score(normal.text, start, end, similarity, context)
    original_start, original_end = normal.to_original(start, end)
    return Match(original_start, original_end, text[original_start:original_end], similarity, score, similarity < 1.0)


def _score(haystack: str, start: int, end: int, similarity: float, context: tuple[str, str]) -> float:
    """Quote and context similarity, weighted; context that is not given does not count."""
    total, weight = _context_score(haystack, start, end, context)
    return (QUOTE_WEIGHT * similarity + total) / (QUOTE_WEIGHT + weight)


def _context_score(haystack: str, start: int, end: int, context: tuple[str, str]) -> tuple[float, int]:
    """Weighted similarity of the given prefix and suffix to the text around [start, end), and the weight."""
    prefix, suffix = context
    total, weight = 0.0, 0
    if prefix:
        before = haystack[max(0, start - len(prefix) - 1):start].strip()
        total += PREFIX_WEIGHT * _tail_similarity(prefix, before)
        weight += PREFIX_WEIGHT
    if suffix:
        after = haystack[end:end + len(suffix) + 1].strip()
        total += SUFFIX_WEIGHT * _head_similarity(suffix, after)
        weight += SUFFIX_WEIGHT
    return total, weight


def _tail_similarity(expected: str, actual: str) -> float:
    return _similarity(expected, actual[-len(expected):])


def _head_similarity(expected: str, actual: str) -> float:
    return _similarity(expected, actual[:len(expected)])


def _similarity(expected: str, actual: str) -> float:
    if not expected:
        return 1.0
    return max(0.0, 1.0 - edit_distance(expected, actual) / len(expected))


def edit_distance(first: str, second: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions each cost 1)."""
    if len(first) < len(second):
        first, second = second, first
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, start=1):
        previous = _next_row(previous, row, char, second)
    return previous[-1]


def _next_row(previous: list[int], row: int, char: str, text: str) -> list[int]:
    """One row of the Levenshtein table: `char` (the row-th of one string) against all of `text`."""
    current = [row]
    for column, other in enumerate(text, start=1):
        current.append(min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (char != other)))
    return current


def _approximate(text: str, normal: NormalizedText, exact: str, context: tuple[str, str], threshold: float) -> Anchoring:
    candidates = [
        _to_match(text, normal, start, end, max(0.0, 1.0 - errors / len(exact)), context)
        for start, end, errors in _approximate_hits(normal.text, exact)
    ]
    if not candidates:
        return Anchoring("not-found", None)
    candidates.sort(key=lambda match: (-match.score, match.start))
    best = candidates[0]
    if best.similarity < threshold:
        closest = max(candidates, key=lambda match: (match.similarity, -match.start))
        return Anchoring("not-found", None, (closest,))
    tied = tuple(match for match in candidates if match.score == best.score and match.similarity >= threshold)
    if len(tied) > 1:
        return Anchoring("ambiguous", None, tied)
    return Anchoring("approximate", best)


def _approximate_hits(haystack: str, needle: str) -> list[tuple[int, int, int]]:
    """Substrings of `haystack` closest to `needle`: (start, end, edits), best end of each run.

    Myers' bit-parallel algorithm gives, for every end position, the fewest edits of
    `needle` against any substring ending there, in one pass; the start is then found by
    a small dynamic programme over the window before that end. Cost: O(len(haystack))
    big-integer steps, so a not-found quote in a long article stays cheap.
    """
    if not haystack:
        return []
    ends = _edit_distance_by_end(haystack, needle)
    limit = max(min(ends), len(needle) // 2)
    hits = []
    runs = sorted(_minimum_runs(ends, limit), key=lambda run: (ends[run[0]], run[0]))[:MAX_CANDIDATES]
    for first, last in sorted(runs):
        end = _word_end(haystack, first, last)
        start = _best_start(haystack, needle, end + 1, ends[end])
        start, stop = _trim(haystack, start, end + 1)
        if start < stop:
            hits.append((start, stop, ends[end]))
    return hits


def _minimum_runs(ends: list[int], limit: int) -> list[tuple[int, int]]:
    """Runs of equal end positions forming a local minimum of edits within `limit`."""
    runs, index = [], 0
    while index < len(ends):
        last = index
        while last + 1 < len(ends) and ends[last + 1] == ends[index]:
            last += 1
        lower_before = index > 0 and ends[index - 1] < ends[index]
        lower_after = last + 1 < len(ends) and ends[last + 1] < ends[index]
        if ends[index] <= limit and not lower_before and not lower_after:
            runs.append((index, last))
        index = last + 1
    return runs


def _word_end(haystack: str, first: int, last: int) -> int:
    """Of equally good ends, the last that ends a word (so "40 million yen", not "40 million ")."""
    for end in range(last, first - 1, -1):
        if haystack[end].isalnum() and (end + 1 == len(haystack) or not haystack[end + 1].isalnum()):
            return end
    return first


def _trim(haystack: str, start: int, end: int) -> tuple[int, int]:
    while start < end and haystack[start] == " ":
        start += 1
    while end > start and haystack[end - 1] == " ":
        end -= 1
    return start, end


def _edit_distance_by_end(haystack: str, needle: str) -> list[int]:
    length = len(needle)
    mask = (1 << length) - 1
    high = 1 << (length - 1)
    peq: dict[str, int] = {}
    for index, char in enumerate(needle):
        peq[char] = peq.get(char, 0) | (1 << index)
    pv, mv, score = mask, 0, length
    scores = []
    for char in haystack:
        eq = peq.get(char, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & mask) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        scores.append(score)
    return scores


def _best_start(haystack: str, needle: str, end: int, errors: int) -> int:
    """The latest start whose substring up to `end` is within `errors` edits of `needle`."""
    window_start = max(0, end - len(needle) - errors)
    window = haystack[window_start:end]
    # Distances of needle's suffixes against the window read backwards: column j = start.
    reversed_needle, reversed_window = needle[::-1], window[::-1]
    previous = list(range(len(reversed_window) + 1))
    for row, char in enumerate(reversed_needle, start=1):
        previous = _next_row(previous, row, char, reversed_window)
    best_length = min(range(len(previous)), key=lambda length: (previous[length], abs(length - len(needle))))
    return end - best_length


def describe_position(text: str, start: int, end: int) -> str:
    """Where [start, end) is, for a person: `paragraph 3: “…before [quote] after…”`.

    Paragraphs are separated by blank lines, as in `Article.text`.
    """
    paragraph = text.count("\n\n", 0, start) + 1
    before = _words_before(text[:start])
    after = _words_after(text[end:])
    return f"paragraph {paragraph}: “…{before}[{text[start:end]}]{after}…”"


def _words_before(text: str) -> str:
    piece = text.rsplit("\n\n", 1)[-1][-CONTEXT_CHARS:]
    return piece if len(piece) < CONTEXT_CHARS else piece[piece.find(" ") + 1:]


def _words_after(text: str) -> str:
    piece = text.split("\n\n", 1)[0][:CONTEXT_CHARS]
    return piece if len(piece) < CONTEXT_CHARS else piece[:piece.rfind(" ") + 1] if " " in piece else piece


def to_selectors(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> tuple[TextQuoteSelector, TextPositionSelector]:
    """Both W3C selectors for [start, end) of `text`, with up to `context` characters around."""
    position = TextPositionSelector(start, end)
    quote = TextQuoteSelector(text[start:end], text[max(0, start - context):start], text[end:end + context])
    return quote, position


def closest_text_hint(anchoring: Anchoring) -> str | None:
    """`closest text in the article (similarity 0.62): “…”`, or None when nothing is close."""
    if not anchoring.candidates:
        return None
    closest = anchoring.candidates[0]
    return f"closest text in the article (similarity {closest.similarity:.2f}): “{closest.exact}”"


# Quote marks that open or close a quotation. An apostrophe inside a word ("Japan’s") is
# not a boundary; one with a space or the text's edge beside it is.
_QUOTATION_MARKS = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb"
# Punctuation a quote rarely starts or ends with unless the contributor typed it.
_EDGE_PUNCTUATION = ",.;:!?" + _QUOTATION_MARKS + "()[]\u2014\u2013-"


def replacement_text(text: str, match: Match, quote: str) -> tuple[int, int]:
    """The part of an approximate `match` to suggest as the new quote, as offsets into `text`.

    An approximate match is the text with the fewest edits, so it may run past a closing
    quotation mark into the next word (`trust,” Ishiba` for a quote ending in "trust and
    respect"). The suggestion keeps the one quotation-delimited piece most like the quote,
    without edge punctuation the contributor did not type, and never cuts a word.
    """
    pieces = _quotation_pieces(text, match.start, match.end)
    wanted = normalize_quote(quote)
    best = max(pieces, key=lambda piece: (_similarity(wanted, normalize_quote(text[piece[0]:piece[1]])), piece[1] - piece[0]))
    start, end = best
    while start < end and (text[start].isspace() or (text[start] in _EDGE_PUNCTUATION and not _typed_at(quote, 0, text[start]))):
        start += 1
    while end > start and (text[end - 1].isspace() or (text[end - 1] in _EDGE_PUNCTUATION and not _typed_at(quote, -1, text[end - 1]))):
        end -= 1
    if start >= end:
        start, end = match.start, match.end
    return whole_words(text, start, end)


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened so that it neither starts nor ends inside a word."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def _quotation_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at every quotation mark that stands at a word's edge."""
    pieces, piece_start = [], start
    for index in range(start, end):
        if text[index] in _QUOTATION_MARKS and _at_word_edge(text, index):
            pieces.append((piece_start, index))
            piece_start = index + 1
    pieces.append((piece_start, end))
    return [piece for piece in pieces if text[piece[0]:piece[1]].strip()] or [(start, end)]


def _at_word_edge(text: str, index: int) -> bool:
    """A quotation mark with space (or the text's edge) on a side; "Corp.’s" is no boundary."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return before.isspace() or after.isspace()


def _typed_at(quote: str, position: int, character: str) -> bool:
    """Whether the contributor's quote has this kind of character at that end."""
    stripped = quote.strip()
    if not stripped:
        return False
    typed = stripped[position]
    same_kind = typed in _QUOTATION_MARKS and character in _QUOTATION_MARKS
    return typed == character or same_kind


# Words of context tried on each side before giving up on telling a repeated quote apart.
MAX_CONTEXT_WORDS = 8


def selector_for(text: str, start: int, end: int) -> TextQuoteSelector:
    """The shortest selector (quote, then whole words of prefix or suffix) that anchors to [start, end).

    The quote alone when it occurs once; otherwise the fewest words before it, or after it,
    that pick this occurrence. Checked with `anchor_quote` itself, so what it returns is
    what the check accepts. Falls back to `CONTEXT_CHARS` on each side.
    """
    exact = text[start:end]
    normal = normalize(text)
    if _anchors_here(text, normal, TextQuoteSelector(exact), start):
        return TextQuoteSelector(exact)
    before, after = _context_words(text, start, end)
    for count in range(1, MAX_CONTEXT_WORDS + 1):
        prefix = "".join(before[-count:]).lstrip()
        if _anchors_here(text, normal, TextQuoteSelector(exact, prefix=prefix), start):
            return TextQuoteSelector(exact, prefix=prefix)
        suffix = "".join(after[:count]).rstrip()
        if _anchors_here(text, normal, TextQuoteSelector(exact, suffix=suffix), start):
            return TextQuoteSelector(exact, suffix=suffix)
    quote, _ = to_selectors(text, start, end)
    return quote


def _anchors_here(text: str, normal: NormalizedText, selector: TextQuoteSelector, start: int) -> bool:
    anchoring = anchor_quote(text, selector, 1.0, normal)
    return anchoring.status == "exact" and anchoring.match.start == start


def _context_words(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Words (each with the space before or after it) around [start, end), within its paragraph."""
    head = text[:start].rsplit("\n\n", 1)[-1]
    tail = text[end:].split("\n\n", 1)[0]
    return re.findall(r"\s*\S+\s*$|\s*\S+", head)[-MAX_CONTEXT_WORDS:] if head else [], \
        re.findall(r"\s*\S+", tail)[:MAX_CONTEXT_WORDS] if tail else []
