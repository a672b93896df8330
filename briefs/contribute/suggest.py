"""Suggest a note for words a reader selected: the quote, and context only when it is needed.

The brief page's "Suggest a note" dialog (`docs/assets/suggest-note.js`) runs the same
rules in the browser; this module is their reference, tested against `briefs.facts.anchor`, so
that a suggested selector always anchors exactly once, at the selected words, with no
warning. It protects the contributor from the anchoring rules they would otherwise learn
by failing the check: one paragraph only, no overlap with another note's highlight, and a
prefix or suffix exactly when the quote alone occurs more than once.

How the anchor decides, and so what context must achieve. `briefs.facts.anchor` compares a
quote in the normalised text (whitespace runs as one space, quote marks straight); among
repeats, the hit whose context matches best wins when its score is unique. A context
matches a repeat fully when the text before it (one space between them aside) ends with
the prefix and the text after it starts with the suffix. The selected place always
matches its own context fully, so the selector is unambiguous exactly when no other
repeat matches every side given. Context grows a word at a time, from the selected words
outwards, inside the paragraph first and across paragraphs only when two paragraphs read
alike; of the combinations that work, the one with the fewest characters is kept.

Pure functions; no I/O.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from briefs.facts.anchor import TextQuoteSelector, exact_hits, normalize, normalize_quote
from briefs.model import PARAGRAPH_SEPARATOR  # a quote must not hold one

ID_WORDS = 4  # a suggested id is made of the quote's first words, at most this many
ID_MAX_CHARS = 40  # and at most this long (ids become page addresses: #note-<id>)
FALLBACK_ID = "note"  # when the quote has no Latin letter or digit to make an id from

# Outcomes of `suggest_selector`.
OK = "ok"  # `selector` holds the note's quote and the context it needs
NO_WORDS = "no-words"  # the selection holds no article words (only spaces, or nothing)
QUOTED = "quoted"  # every selected word already belongs to another note's quote
REPEATED = "repeated"  # no context tells the words apart (the article repeats them with their surroundings)

# Why some selected words were left out of the quote (`Suggestion.left_out`).
OTHER_PARAGRAPH = "other-paragraph"  # a quote cannot run across paragraphs
ALREADY_QUOTED = "already-quoted"  # highlights cannot overlap


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A selector for selected words, or why there is none."""

    status: str  # OK, NO_WORDS, QUOTED or REPEATED
    selector: TextQuoteSelector | None  # quote, with prefix/suffix only when needed; None unless OK
    start: int  # first character of the quoted words in the text (0 when there are none)
    end: int  # one past their last character
    left_out: tuple[str, ...] = ()  # why selected words are not in the quote, in the order above

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"offsets must satisfy 0 <= start <= end, got {self.start}, {self.end}")


def suggest_selector(text: str, start: int, end: int, taken: tuple[tuple[int, int], ...] = ()) -> Suggestion:
    """The selector for a note on text[start:end), trimmed to what a note may quote.

    Args:
        text: the canonical text (for a brief, `Article.text`).
        start: first selected character (clamped to the text).
        end: one past the last selected character.
        taken: [start, end) ranges of the quotes other notes already highlight.

    Returns:
        The suggestion. The quote is the longest run of the selection that stays in one
        paragraph and outside every taken range, without outer whitespace.
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    pieces = _free_pieces(text, start, end, taken)
    worded = [piece for piece in pieces if piece[0] < piece[1]]
    left_out = _left_out(text, start, end, taken, worded)
    if not worded:
        status = QUOTED if ALREADY_QUOTED in left_out else NO_WORDS
        return Suggestion(status, None, 0, 0, left_out)
    quote_start, quote_end = max(worded, key=lambda piece: piece[1] - piece[0])  # the first of the longest
    left_out = tuple(reason for reason in left_out if _drops(reason, text, worded, (quote_start, quote_end)))
    context = find_context(text, quote_start, quote_end)
    if context is None:
        return Suggestion(REPEATED, None, quote_start, quote_end, left_out)
    prefix, suffix = context
    selector = TextQuoteSelector(text[quote_start:quote_end], tidy(prefix), tidy(suffix))
    return Suggestion(OK, selector, quote_start, quote_end, left_out)


def _free_pieces(text: str, start: int, end: int, taken: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """[start, end) cut at every paragraph separator and taken range, each piece trimmed of whitespace."""
    cuts = [(index, index + len(PARAGRAPH_SEPARATOR)) for index in range(start, end)
            if text.startswith(PARAGRAPH_SEPARATOR, index)]
    cuts += [(max(start, first), min(end, last)) for first, last in taken if first < end and start < last]
    pieces, position = [], start
    for first, last in sorted(cuts):
        if first > position:
            pieces.append(_trim(text, position, first))
        position = max(position, last)
    if end > position:
        pieces.append(_trim(text, position, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without whitespace at either end; an empty range when only whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _left_out(text: str, start: int, end: int, taken: tuple[tuple[int, int], ...],
              worded: list[tuple[int, int]]) -> tuple[str, ...]:
    """Every reason that may have cost the selection words, before the quote is chosen."""
    reasons = []
    if len({_paragraph_of(text, piece[0]) for piece in worded}) > 1:
        reasons.append(OTHER_PARAGRAPH)
    if any(first < end and start < last and text[max(start, first):min(end, last)].strip() for first, last in taken):
        reasons.append(ALREADY_QUOTED)
    return tuple(reasons)


def _drops(reason: str, text: str, worded: list[tuple[int, int]], chosen: tuple[int, int]) -> bool:
    """Whether words were really left out for `reason` once `chosen` is the quote."""
    if reason == OTHER_PARAGRAPH:
        return any(_paragraph_of(text, piece[0]) != _paragraph_of(text, chosen[0]) for piece in worded)
    return True  # words inside a highlight are never in the quote


def _paragraph_of(text: str, offset: int) -> int:
    return text.count(PARAGRAPH_SEPARATOR, 0, offset)


def find_context(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The shortest (prefix, suffix) of whole words that makes text[start:end) unique; "" for a side not needed.

    Inside the paragraph first; across paragraphs only when that is not enough. None when
    no context tells the words apart. `start` and `end` must not fall in whitespace.
    """
    normal = normalize(text).text
    quote_start = len(normalize(text[:start]).text)
    quote = normalize_quote(text[start:end])
    others = [hit for hit in exact_hits(normal, quote) if hit != quote_start]
    if not others:
        return "", ""
    paragraph_start, paragraph_end = _paragraph_bounds(text, start, end)
    for first, last in ((paragraph_start, paragraph_end), (0, len(text))):
        prefixes = [text[begin:start] for begin in _word_starts(text, first, start)]
        suffixes = [text[end:stop] for stop in _word_ends(text, end, last)]
        chosen = _shortest_context(normal, len(quote), others, prefixes, suffixes)
        if chosen is not None:
            return chosen
    return None


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    before = text.rfind(PARAGRAPH_SEPARATOR, 0, start)
    after = text.find(PARAGRAPH_SEPARATOR, end)
    return (0 if before == -1 else before + len(PARAGRAPH_SEPARATOR)), (len(text) if after == -1 else after)


def _word_starts(text: str, limit: int, start: int) -> list[int]:
    """Where each word before `start` (back to `limit`) begins, nearest first: prefixes of 1, 2... words."""
    return [index for index in range(start - 1, limit - 1, -1)
            if not text[index].isspace() and (index == limit or text[index - 1].isspace())]


def _word_ends(text: str, end: int, limit: int) -> list[int]:
    """Where each word after `end` (up to `limit`) ends, nearest first: suffixes of 1, 2... words."""
    return [index for index in range(end + 1, limit + 1)
            if not text[index - 1].isspace() and (index == limit or text[index].isspace())]


def _shortest_context(normal: str, length: int, others: list[int], prefixes: list[str],
                      suffixes: list[str]) -> tuple[str, str] | None:
    """The (prefix, suffix) of fewest characters that no other hit shares; None when none is enough.

    A hit shares `p` words of prefix when its text before matches the 1st..p-th candidate
    (candidates nest, so the count is where matching stops). With p prefix words, every
    hit sharing them must differ in the suffix: q must exceed the suffix words it shares.
    """
    normal_prefixes = [normalize_quote(prefix) for prefix in prefixes]
    normal_suffixes = [normalize_quote(suffix) for suffix in suffixes]
    shared = [(_shared_count(normal_prefixes, lambda piece, hit=hit: _ends_before(normal, hit, piece)),
               _shared_count(normal_suffixes, lambda piece, hit=hit: _starts_after(normal, hit + length, piece)))
              for hit in others]
    best: tuple[int, int, int] | None = None  # (characters, prefix words, suffix words)
    for words_before in range(len(prefixes) + 1):
        words_after = max((after + 1 for before, after in shared if before >= words_before), default=0)
        if words_after > len(suffixes):
            continue
        size = (len(prefixes[words_before - 1]) if words_before else 0) + (len(suffixes[words_after - 1]) if words_after else 0)
        if best is None or size < best[0]:
            best = (size, words_before, words_after)
    if best is None:
        return None
    _, words_before, words_after = best
    return (prefixes[words_before - 1] if words_before else ""), (suffixes[words_after - 1] if words_after else "")


def _shared_count(candidates: list[str], matches) -> int:
    count = 0
    while count < len(candidates) and matches(candidates[count]):
        count += 1
    return count


def _ends_before(normal: str, position: int, piece: str) -> bool:
    """Whether the normalised text before `position`, less one space, ends with `piece`."""
    if position > 0 and normal[position - 1] == " ":
        position -= 1
    return position >= len(piece) and normal.startswith(piece, position - len(piece))


def _starts_after(normal: str, position: int, piece: str) -> bool:
    """Whether the normalised text from `position`, less one space, starts with `piece`."""
    if position < len(normal) and normal[position] == " ":
        position += 1
    return normal.startswith(piece, position)


def tidy(context: str) -> str:
    """A prefix or suffix as a person writes it: whitespace runs as one space, none outside."""
    return " ".join(context.split())


def note_id_for(quote: str, existing: frozenset[str] | set[str] = frozenset()) -> str:
    """A note id from the quote's first words (`the-worlds-largest-investor`), unique among `existing`.

    Accents are dropped (`Bündnis` -> `bundnis`); a quote without Latin letters or digits
    gets FALLBACK_ID. A taken id gets `-2`, `-3`...
    """
    # Apostrophes and full stops join their word ("world’s" -> worlds, "U.S." -> us); the
    # curly apostrophe goes with the other non-ASCII characters.
    folded = unicodedata.normalize("NFKD", quote).encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace("'", "").replace(".", "")
    words = "".join(char if char.isalnum() else " " for char in folded).split()
    base = ""
    for word in words[:ID_WORDS]:
        joined = f"{base}-{word}" if base else word
        if len(joined) > ID_MAX_CHARS:
            break
        base = joined
    base = base or (words[0][:ID_MAX_CHARS] if words else FALLBACK_ID)
    candidate, number = base, 2
    while candidate in existing:
        candidate, number = f"{base}-{number}", number + 1
    return candidate
