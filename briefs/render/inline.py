"""Markup inside a line of text: spans (links, highlights, time marks) over escaped text, and links.

A stage finds facts as offsets into a paragraph (a glossary mention, a note's quote, a
date); the renderers turn each into a `Span` and `render_marked_text` escapes the text
around them. Spans nest by `layer`; a span that would cross another is left out, so the
text always shows and only that markup is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from briefs.render.escape import escape_attribute, escape_code, escape_text_preserving_spaces, mark_language


class Layer(IntEnum):
    """How spans nest: an `OUTER` span (a note's highlight) may wrap `INNER` ones (a glossary
    link, a time mark), never the reverse; a `SOURCE_MARK` (a list's bullet or a quotation's
    `>` kept in the text but not shown) sits inside all of them."""

    OUTER = 0
    INNER = 1
    SOURCE_MARK = 2


@dataclass(frozen=True, slots=True)
class Span:
    """Markup to wrap around part of a text: the renderers' own, never a stage's.

    `layer` orders nesting: `Layer.OUTER` wraps `Layer.INNER`; spans of one layer must not overlap.
    """

    start: int  # first character covered, offset into the text
    end: int  # one past the last character covered
    opening: str  # markup placed before the covered text (already escaped)
    closing: str  # markup placed after it (already escaped)
    layer: Layer = Layer.INNER

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"span offsets must satisfy 0 <= start < end, got {self.start}, {self.end}")


def link(label_markdown: str, target: str, title: str | None = None) -> str:
    """A Markdown link; `label_markdown` must already be escaped, `target` safe."""
    title_part = f' "{escape_attribute(title)}"' if title else ""
    return f"[{label_markdown}]({target}{title_part})"


def link_span(start: int, end: int, target: str, title: str | None = None, layer: Layer = Layer.INNER) -> Span:
    """A span that turns part of a paragraph into a link."""
    title_part = f' "{escape_attribute(title)}"' if title else ""
    return Span(start, end, "[", f"]({target}{title_part})", layer)


def relative_uri(from_uri: str, to_uri: str) -> str:
    """The relative link from page `from_uri` to page `to_uri` (both `.md` source paths).

    The same as `posixpath.relpath(to_uri, dirname(from_uri))` for clean relative paths, without
    its trips to the current directory: a large site makes hundreds of thousands of links.
    """
    folders = from_uri.split("/")[:-1]
    target = to_uri.split("/")
    shared = 0
    while shared < len(folders) and shared < len(target) - 1 and folders[shared] == target[shared]:
        shared += 1
    return "/".join([".."] * (len(folders) - shared) + target[shared:])


def render_marked_text(text: str, spans: tuple[Span, ...] | list[Span] = ()) -> str:
    """Escape `text`, wrapping the spans' parts in their markup.

    Spans are applied outermost first (lower layer, then earlier start, then longer). A
    span that would cross one already open, or overlap one of its own layer, is left
    out: the text still shows, only that markup is missing.
    """
    return _marked(text, spans, escape_text_preserving_spaces).strip()


def render_marked_code(text: str, spans: tuple[Span, ...] | list[Span] = ()) -> str:
    """Like `render_marked_text` for code: every space and line break of `text` kept (see `escape_code`)."""
    return _marked(text, spans, escape_code)


def _marked(text: str, spans: tuple[Span, ...] | list[Span], escape) -> str:
    # Accept by layer first, so a note's highlight (outer) is never lost to a glossary
    # link (inner) that starts earlier and crosses it; the link is the one left out.
    accepted = _nest(sorted(spans, key=lambda span: (span.layer, span.start, -span.end)))
    events: list[tuple[int, int, str]] = []
    for order, span in enumerate(accepted):
        events.append((span.start, 1, order, span.opening))
        events.append((span.end, 0, -order, span.closing))
    events.sort()
    out, position = [], 0
    for offset, _kind, _order, markup in events:
        out.append(mark_language(escape(text[position:offset])))
        out.append(markup)
        position = offset
    out.append(mark_language(escape(text[position:])))
    return "".join(out)


def _nest(spans: list[Span]) -> list[Span]:
    accepted: list[Span] = []
    for span in spans:
        if all(_compatible(span, other) for other in accepted):
            accepted.append(span)
    return accepted


def _compatible(span: Span, other: Span) -> bool:
    disjoint = span.end <= other.start or other.end <= span.start
    if disjoint:
        return True
    if span.layer == other.layer:
        return False
    outer, inner = (span, other) if span.layer < other.layer else (other, span)
    return outer.start <= inner.start and inner.end <= outer.end
