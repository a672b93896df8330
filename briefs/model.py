"""Shared data types: what a parsed article, an annotation file and a brief hold.

Every type is a frozen dataclass so a stage can never change what an earlier stage
produced; stages build new values instead. Offsets are half-open character offsets
into one paragraph's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article was published."""

    name: str | None  # outlet, e.g. "The Japan News by The Yomiuri Shimbun"
    url: str | None  # address of the original article (http or https)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url}


@dataclass(frozen=True, slots=True)
class DroppedLine:
    """A line of the source that is not part of the article, and why."""

    number: int  # 1-based line number in the source
    text: str  # the line as it was, without its line end
    reason: str  # short code from `briefs.sources.vocab.DROP_REASONS`

    def to_json(self) -> dict[str, Any]:
        return {"line": self.text, "number": self.number, "reason": self.reason}


PARAGRAPH_SEPARATOR = "\n\n"  # between paragraphs in `Article.text`


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of the article body."""

    text: str  # the paragraph's text, whitespace collapsed, quotes as in the source
    line: int  # 1-based line of the source where the paragraph starts


# What a block of the body is: prose, a subheading, a quotation, a list, or code.
BLOCK_KINDS = ("paragraph", "heading", "quote", "list", "code")


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article body with its structure (`Article.paragraphs` holds the same text, flat)."""

    kind: str  # one of BLOCK_KINDS
    text: str  # the block's text; for a list, its items joined by newlines
    line: int  # 1-based line of the source where the block starts (best effort for HTML)
    items: tuple[str, ...] = ()  # a list's items, in order; empty for other kinds
    ordered: bool = False  # a numbered list (`<ol>`, or every pasted item numbered `1.`); False for other kinds

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"block kind must be one of {BLOCK_KINDS}, got {self.kind!r}")

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.kind == "list":
            data["items"] = list(self.items)
            data["ordered"] = self.ordered
        return data


@dataclass(frozen=True, slots=True)
class Article:
    """An article as parsed from a seed, before any annotation."""

    title: str | None  # headline; None when the source has none (never invented)
    caption: str | None  # photo caption; the photo itself is not reproduced
    published: datetime | None  # publication time; aware when the source gives a zone
    zone_name: str | None  # zone as the source printed it ("JST"), for display
    published_has_time: bool  # False when the source gave only a date (then shown as a date)
    section: str | None  # the outlet's section, e.g. "Politics"
    byline: str | None  # author(s) as printed, without "By"
    dateline: str | None  # place (and agency) opening the body, e.g. "TOKYO (Kyodo)"
    source: Source | None  # outlet and address when the source itself states them
    paragraphs: tuple[Paragraph, ...]  # the body, in order
    dropped: tuple[DroppedLine, ...] = ()  # clutter removed, in source order
    extra: dict[str, Any] = field(default_factory=dict)  # format-specific fields (HTML metadata)
    blocks: tuple[Block, ...] = ()  # the body with its structure (headings, quotes, lists, code); same words

    @property
    def published_iso(self) -> str | None:
        if self.published is None:
            return None
        return self.published.isoformat() if self.published_has_time else self.published.date().isoformat()

    @property
    def published_utc(self) -> datetime | None:
        if self.published is None or self.published.tzinfo is None:
            return None
        return self.published.astimezone(timezone.utc)

    @property
    def text(self) -> str:
        """The body as one text, paragraphs separated by `PARAGRAPH_SEPARATOR`."""
        return PARAGRAPH_SEPARATOR.join(paragraph.text for paragraph in self.paragraphs)

    def paragraph_starts(self) -> list[int]:
        """Where each paragraph starts in `text`."""
        starts, offset = [], 0
        for paragraph in self.paragraphs:
            starts.append(offset)
            offset += len(paragraph.text) + len(PARAGRAPH_SEPARATOR)
        return starts

    def paragraph_kinds(self) -> tuple[str, ...]:
        """The kind of block each paragraph is drawn in (a list's items: "list"); all "paragraph"
        when the article has no blocks or they do not hold its paragraphs one for one."""
        kinds = [block.kind for block in self.blocks
                 for _ in range(len(block.items) if block.kind == "list" else 1)]
        return tuple(kinds) if self.blocks and len(kinds) == len(self.paragraphs) else ("paragraph",) * len(self.paragraphs)

    def to_json(self) -> dict[str, Any]:
        data = {
            "title": self.title,
            "caption": self.caption,
            "published": self.published_iso,
            "dateline": self.dateline,
            "section": self.section,
            "byline": self.byline,
            "source": self.source.to_json() if self.source else None,
            "paragraphs": [paragraph.text for paragraph in self.paragraphs],
            "dropped": [line.to_json() for line in self.dropped],
        }
        data.update(self.extra)
        return data


@dataclass(frozen=True, slots=True)
class Citation:
    """A source a note or glossary entry rests on."""

    title: str  # what the source is called, as a reader would cite it
    url: str  # its address (http or https)


# The kinds of note, in the order the guide lists them.
NOTE_TYPES = ("context", "fact-check", "background", "what-to-watch")


@dataclass(frozen=True, slots=True)
class Note:
    """A contributor's note on some words of the article (one item of `notes:`)."""

    note_id: str  # `id` in the file: stable, unique in the file, used in the page address (#note-<id>)
    quote: str  # the words commented on, as written in the file (W3C TextQuoteSelector `exact`)
    prefix: str  # words just before the quote, "" when not given
    suffix: str  # words just after the quote, "" when not given
    note_type: str  # `type` in the file: one of NOTE_TYPES
    body: str  # Markdown written by the contributor (untrusted)
    sources: tuple[Citation, ...]  # where the note's facts come from
    line: int | None  # line of the note's `quote` key in the annotation file


@dataclass(frozen=True, slots=True)
class Annotation:
    """What contributors add to one brief (`annotations/<slug>.yml`)."""

    path: str  # the annotation file, relative to the project root
    source: Source | None  # outlet and address of the original article
    retrieved: str | None  # ISO date the source was retrieved
    key_points: tuple[str, ...] = ()  # the brief's summary, plain text
    tags: tuple[str, ...] = ()  # topic tags
    pin: dict[str, str] = field(default_factory=dict)  # alias -> glossary slug, for this brief only
    notes: tuple[Note, ...] = ()  # contributor notes, in file order (anchored by briefs.facts.notes)


@dataclass(frozen=True, slots=True)
class Brief:
    """A parsed seed with its contributors' file: what every stage starts from (`briefs.facts` add to it)."""

    slug: str  # file stem shared by the seed and the annotation file
    seed_path: str  # the seed, relative to the project root
    seed_sha256: str  # hex digest of the seed's bytes, for provenance
    article: Article  # the parsed article
    annotation: Annotation  # the contributors' file (empty when there is none)

    @property
    def source(self) -> Source | None:
        """The annotation's source where given, else what the article itself stated."""
        return self.annotation.source or self.article.source

    @property
    def title(self) -> str:
        return self.article.title or self.slug
