"""A brief's page, top to bottom, drawn from the brief and what the stages found in it.

Tags (drawn by Material from the front matter), headline, source line (outlet, time in the
source's zone and in UTC, reading time, original), "At a glance", photo caption, the
article with its marks (glossary links, time marks, note highlights), drawn block by block
(subheadings, quotations, lists, code: see `_article_body`), then the sections in
`SECTION_ORDER`: key terms, people, timeline, notes, related briefs, provenance.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from briefs.content.glossary import Glossary
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.related import Related
from briefs.facts.summary import Glance, at_a_glance, reading_minutes
from briefs.model import Article, Block, Brief
from briefs.render.dates import format_time, time_element
from briefs.render.escape import (
    code_or_text, escape_attribute_list_value, escape_text, front_matter, mark_language, safe_url, visible_text,
)
from briefs.render.escape import section as render_section
from briefs.render.inline import Layer, Span, link, link_span, relative_uri, render_marked_code, render_marked_text
from briefs.render.notes import note_span, render_notes_section
from briefs.render.paths import brief_uri
from briefs.render.terms import term_link_targets, term_sections
from briefs.render.timeline import DateMarks, time_spans, timeline_section
from briefs.settings import Settings

# The sections after the article, top to bottom; each name is also its heading's anchor.
SECTION_ORDER = ("key-terms", "people", "timeline", "notes", "related", "provenance")
# The contributors' notes are the only section written for this page; the others list what
# the article, the glossary or other briefs say, and stay out of search (escape.UNSEARCHED_PAGE).
SEARCHED_SECTIONS = frozenset({"notes"})


@dataclass(frozen=True, slots=True)
class Section:
    """A block after the article: a heading and its Markdown."""

    name: str  # one of SECTION_ORDER; the heading's anchor ("#timeline")
    heading: str  # plain text, escaped when drawn
    markdown: str  # the block's body, escaped where it holds text from a source


def render_brief(facts: BriefFacts, glossary: Glossary, settings: Settings, marks: DateMarks | None = None) -> str:
    """The brief's page.

    Args:
        facts: the brief and what each stage found in it.
        glossary: the build's glossary (each linked term's `short` is the link's title).
        settings: the project's options (the site folders of briefs and terms).
        marks: the build's date markup, shared with the timeline page (one is made if not given).
    """
    brief = facts.brief
    marks = marks or DateMarks()
    paragraph_spans, caption_spans = article_spans(facts, glossary, settings, marks)
    parts = [_brief_front_matter(brief), f"# {mark_language(escape_text(brief.title))}\n", _source_line(brief)]
    parts.append(_glance(at_a_glance(brief)))
    if brief.article.caption:
        parts.append(_caption(brief.article.caption, caption_spans))
    parts.append(text_map(brief))
    parts.append(_article_body(brief, paragraph_spans))
    if brief.article.extra.get("corrections"):
        parts.append(_corrections(brief.article.extra["corrections"]))
    for section in brief_sections(facts, glossary, settings, marks):
        parts.append(render_section(escape_text(section.heading), section.name, section.markdown,
                                    searched=section.name in SEARCHED_SECTIONS))
    return "\n".join(part.rstrip("\n") + "\n" for part in parts)


def article_spans(facts: BriefFacts, glossary: Glossary, settings: Settings,
                  marks: DateMarks) -> tuple[list[list[Span]], list[Span]]:
    """The marks on each paragraph, and on the caption: the first mention of each term
    linked (titled with its `short`), then each date's `<time>` kept clear of those links,
    then each note's highlight around them."""
    brief = facts.brief
    target_of = term_link_targets(brief, settings)

    def term_link(mention) -> Span:
        return link_span(mention.start, mention.end, target_of(mention.term), glossary.terms[mention.term].short)

    spans: list[list[Span]] = [[] for _ in brief.article.paragraphs]
    for mention in facts.mentions.body:
        if mention.linked:
            spans[mention.paragraph].append(term_link(mention))
    for event in facts.events:
        spans[event.paragraph].extend(time_spans(event, marks, spans[event.paragraph]))
    for anchored in facts.notes:
        spans[anchored.paragraph].append(note_span(anchored))
    caption = [term_link(mention) for mention in facts.mentions.caption if mention.linked]
    return spans, caption


def brief_sections(facts: BriefFacts, glossary: Glossary, settings: Settings, marks: DateMarks) -> list[Section]:
    """The sections after the article, in `SECTION_ORDER`; a section with nothing to show is left out."""
    brief = facts.brief
    sections = [Section(*section) for section in term_sections(brief, facts.mentions, glossary, settings)]
    if facts.events:
        sections.append(Section("timeline", "Timeline", timeline_section(brief, facts.events, marks)))
    if facts.notes:
        sections.append(Section("notes", "Notes", render_notes_section(list(facts.notes))))
    if facts.related:
        sections.append(Section("related", "Related briefs", related_section(brief, facts.related, settings.briefs_uri)))
    sections.append(provenance_section(brief))
    return sections


def related_section(brief: Brief, related: tuple[Related, ...], briefs_uri: str) -> str:
    """The "Related briefs" section body: a list of links, each naming the shared terms."""
    here = brief_uri(brief, briefs_uri)
    lines = []
    for item in related:
        target = relative_uri(here, f"{briefs_uri}/{item.slug}.md")
        shared = ", ".join(escape_text(name) for name in item.shared)
        lines.append(f"- {link(escape_text(item.title), target)} — shares {shared}")
    return "\n".join(lines) + "\n"


def page_description(brief: Brief) -> str:
    """One plain sentence or two for search engines and link previews."""
    glance = at_a_glance(brief)
    return " ".join(glance.points[:1]) if not glance.from_text else " ".join(glance.points)


def _brief_front_matter(brief: Brief) -> str:
    # `front_matter` stores every value as HTML text (see there); `overrides/main.html` knows it.
    data: dict = {"title": brief.title}
    description = page_description(brief)
    if description:
        data["description"] = description
    if brief.article.published is not None:
        data["date"] = brief.article.published_iso  # read by the feed and the page head
    if brief.annotation.tags:
        data["tags"] = list(brief.annotation.tags)
    data["brief"] = True  # marks a brief for the theme override (article Open Graph type, print)
    return front_matter(data)


def _source_line(brief: Brief) -> str:
    pieces = []
    source = brief.source
    if source and source.name:
        pieces.append(f"**{escape_text(source.name)}**")
    article = brief.article
    if article.published is not None:
        local = format_time(article.published, article.zone_name, article.published_has_time)
        stamp = time_element(article.published, local)
        utc = article.published_utc
        if utc is not None and article.published_has_time and utc.utcoffset() != article.published.utcoffset():
            same_day = utc.date() == article.published.date()
            stamp += f" ({escape_text(f'{utc:%H:%M} UTC' if same_day else format_time(utc, 'UTC'))})"
        pieces.append(stamp)
    if article.byline:
        pieces.append(f"By {escape_text(article.byline)}")
    pieces.append(f"{reading_minutes(brief)}&nbsp;min&nbsp;read")  # kept on one line
    url = safe_url(source.url if source else None)
    if url:
        pieces.append(link("Original article", url))
    return '<p class="brief-source" markdown>' + " · ".join(pieces) + "</p>\n"


def _glance(glance: Glance) -> str:
    if not glance.points:
        return ""
    title = "At a glance: the article's opening (no key points yet)" if glance.from_text else "At a glance"
    items = "\n".join(f"    - {mark_language(escape_text(point))}" for point in glance.points)
    return f'!!! abstract "{title}"\n\n{items}\n'  # title: our constant, not source text


def _caption(caption: str, spans: tuple[Span, ...] = ()) -> str:
    return (
        '<figure class="brief-photo" markdown>\n'
        f'<figcaption markdown>Photo (not reproduced): {render_marked_text(caption, spans)}</figcaption>\n'
        "</figure>\n"
    )


def _corrections(notes: list[str]) -> str:
    """The source's corrections and editor's notes, apart from the story (`sources.corrections`).

    An admonition, not a paragraph of the article: notes anchor in the story's paragraphs only.
    """
    body = "\n\n".join(f"    {escape_text(text)}" for text in notes)
    return f'!!! note brief-corrections "From the source: correction or editor\'s note"\n\n{body}\n'


DATELINE_SEPARATOR = " — "  # between the dateline and the first paragraph's text


def text_map(brief: Brief) -> str:
    """An empty hidden element just before the article, saying how its paragraphs map to `Article.text`.

    `docs/assets/suggest-note.js` rebuilds the article text from the page to suggest a note's
    quote. It finds each paragraph's element in the blocks after this one (a bare `<p>`, or a
    `.brief-paragraph` inside a subheading, quotation, list or code) and needs to know how
    many paragraphs are the article, what the first one shows
    before its text (the dateline), and each paragraph's length, to refuse a paragraph whose
    page text differs from `Article.text` (characters the page drops). Lengths are in UTF-16
    code units, a script's string offsets. Numbers only: nothing from a source.
    """
    article = brief.article
    if not article.paragraphs:
        return ""
    lengths = " ".join(str(_utf16_length(paragraph.text)) for paragraph in article.paragraphs)
    dateline = _utf16_length(visible_text(article.dateline) + DATELINE_SEPARATOR) if article.dateline else 0
    return (f'<div class="brief-text-map" hidden data-paragraph-lengths="{lengths}" '
            f'data-dateline-length="{dateline}"></div>\n')


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _article_body(brief: Brief, spans: list[list[Span]]) -> str:
    """The article: each block drawn as what it is, each paragraph's marks where its words are.

    From `Article.blocks` when they hold the paragraphs one for one; else (an article saved
    before blocks existed) every paragraph as prose.
    """
    article = brief.article
    placed = paragraph_blocks(article)
    if placed is None:
        return "\n\n".join(_with_dateline(article, index, render_marked_text(paragraph.text, spans[index]))
                           for index, paragraph in enumerate(article.paragraphs)) + "\n"
    drawn: list[list[str]] = [[] for _ in article.blocks]  # each block's paragraphs, as inline Markdown
    for index, (paragraph, (block_index, item)) in enumerate(zip(article.paragraphs, placed)):
        block = article.blocks[block_index]
        markdown = _paragraph_markdown(paragraph.text, block, item, spans[index])
        drawn[block_index].append(_with_dateline(article, index, markdown))
    return "\n\n".join(_blocks_markdown(article, drawn)) + "\n"


def paragraph_blocks(article: Article) -> list[tuple[int, int]] | None:
    """For each paragraph, the block that draws it and its item there (0 unless the block is a list).

    None when the article has no blocks, or its blocks do not hold its paragraphs one for one.
    """
    placed = []
    for index, block in enumerate(article.blocks):
        placed.extend((index, item) for item in range(len(block.items) if block.kind == "list" else 1))
    return placed if article.blocks and len(placed) == len(article.paragraphs) else None


def _with_dateline(article: Article, index: int, markdown: str) -> str:
    if index == 0 and article.dateline:
        return f"**{escape_text(article.dateline)}**{DATELINE_SEPARATOR}{markdown}"
    return markdown


def _paragraph_markdown(text: str, block: Block, item: int, spans: list[Span]) -> str:
    """One paragraph's inline Markdown inside its block: the paragraph's own characters, always.

    The page must show `Article.text` (notes quote it, `suggest-note.js` reads it back), while a
    list's items and a quotation's text leave out the source's bullets and `>` marks: those stay
    in the page, inside a `SOURCE_MARK` span the stylesheet does not show. Code is drawn as its
    block text, line breaks kept, with the marks moved onto it.
    """
    if block.kind == "code":
        return _code_markdown(text, block.text, spans)
    if block.kind not in ("list", "quote"):
        return render_marked_text(text, spans)
    shown = block.items[item] if block.kind == "list" else block.text
    return render_marked_text(text, spans + [_source_mark(start, end) for start, end in _source_marks(text, shown)])


def _source_mark(start: int, end: int) -> Span:
    return Span(start, end, '<span class="brief-source-mark">', "</span>", Layer.SOURCE_MARK)


# What a source puts before a list item or inside a quotation as markup of its own.
_MARK_CHARACTERS = frozenset("-–•·*▪●◦>.)0123456789")


def _source_marks(text: str, shown: str) -> list[tuple[int, int]]:
    """The runs of `text` left out of `shown` (its block's text): the source's bullets, numbers and `>` marks.

    Matched from the end, so that what is left out comes as early as it can: `1. 1. Item`
    shown as `1. Item` leaves out the first `1. `. [] when `shown` is not `text` with only
    such characters (and spaces) left out: then the paragraph is drawn whole, marks and all.
    """
    runs: list[tuple[int, int]] = []
    at = len(shown)
    for position in range(len(text) - 1, -1, -1):
        character = text[position]
        if at and shown[at - 1] == character:
            at -= 1
        elif character in _MARK_CHARACTERS or character.isspace():
            if runs and runs[-1][0] == position + 1:
                runs[-1] = (position, runs[-1][1])
            else:
                runs.append((position, position + 1))
        else:
            return []
    return runs[::-1] if at == 0 else []


def _code_markdown(text: str, code: str, spans: list[Span]) -> str:
    """A code block: its lines as written, the paragraph's marks moved onto them.

    The paragraph holds the code with each whitespace run as one space; when the code does not
    read as that text, the paragraph's own text is drawn instead (one line, every mark kept).
    """
    positions = _code_positions(text, code)
    if positions is None:
        return render_marked_text(text, spans)
    moved = [replace(span, start=positions[span.start], end=positions[span.end - 1] + 1) for span in spans]
    return render_marked_code(code, moved)


def _code_positions(text: str, code: str) -> list[int] | None:
    """Where each character of `text` is in `code` (a space: where its whitespace run starts), or None
    when `text` is not `code` with its whitespace runs collapsed."""
    if " ".join(code.split()) != text:
        return None
    positions, at = [], 0
    for character in text:
        if character == " ":
            positions.append(at)
            while code[at].isspace():
                at += 1
        else:
            while code[at].isspace():  # only before the first word
                at += 1
            positions.append(at)
            at += 1
    return positions


def _blocks_markdown(article: Article, drawn: list[list[str]]) -> list[str]:
    """Each block's Markdown, in order; quotations one after another make one blockquote."""
    parts: list[str] = []
    anchors: set[str] = set()
    quoted: list[str] = []
    first = 0  # the block's first paragraph
    for block, paragraphs in zip(article.blocks, drawn):
        texts = [paragraph.text for paragraph in article.paragraphs[first:first + len(paragraphs)]]
        first += len(paragraphs)
        if block.kind == "quote":
            quoted.extend(paragraphs)
            continue
        if quoted:
            parts.append(_quote_markdown(quoted))
            quoted = []
        if block.kind == "heading":
            anchor = _heading_anchor(block.text, anchors)
            label = _toc_label(block.text)
            parts.append(f'## {paragraphs[0]} {{ #{anchor} .brief-paragraph data-toc-label="{label}" }}')
        elif block.kind == "list":
            parts.append(_list_markdown(block, texts, paragraphs))
        elif block.kind == "code":
            parts.append(f'<p class="brief-code" markdown><code class="{_CODE_CLASSES}">{paragraphs[0]}</code></p>')
        else:
            parts.append(paragraphs[0])
    if quoted:
        parts.append(_quote_markdown(quoted))
    return parts


# A code block's paragraph element; suggest-note.js counts its whitespace runs as one space (`.brief-code__text`).
_CODE_CLASSES = "brief-paragraph brief-code__text"


def _quote_markdown(paragraphs: list[str]) -> str:
    inner = "\n".join(f'<p class="brief-paragraph" markdown>{paragraph}</p>' for paragraph in paragraphs)
    return f'<blockquote class="brief-quote" markdown>\n{inner}\n</blockquote>'


_NUMBER_MARK = re.compile(r"\s*(\d{1,2})[.)]\s*")


def _list_markdown(block: Block, texts: list[str], items: list[str]) -> str:
    """A list, one item per paragraph (`texts`, drawn as `items`); numbered, each item keeping its
    source number, when every item had one; numbered from 1 when the page's list was (`<ol>`)."""
    numbers = [_item_number(text, block.items[item]) for item, text in enumerate(texts)]
    if all(number is not None for number in numbers):
        lines = [f'<li class="brief-paragraph" value="{number}" markdown>{item}</li>'
                 for number, item in zip(numbers, items)]
        return '<ol class="brief-list" markdown>\n' + "\n".join(lines) + "\n</ol>"
    tag = "ol" if block.ordered else "ul"
    lines = [f'<li class="brief-paragraph" markdown>{item}</li>' for item in items]
    return f'<{tag} class="brief-list" markdown>\n' + "\n".join(lines) + f"\n</{tag}>"


def _item_number(text: str, shown: str) -> int | None:
    """The number the source put before a list item (`3.`, `3)`), or None."""
    marks = _source_marks(text, shown)
    if not marks or marks[0][0] != 0:
        return None
    number = _NUMBER_MARK.fullmatch(text[: marks[0][1]])
    return int(number[1]) if number else None


def _heading_anchor(text: str, taken: set[str]) -> str:
    """An id for an article subheading: `article-` and its first words, unique on the page.

    The prefix keeps it clear of the sections' anchors and of notes' (`#timeline`, `#note-x`).
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = "-".join(re.findall(r"[a-z0-9]+", folded)[:_ANCHOR_WORDS]) or "heading"
    anchor, number = f"article-{words}", 2
    while anchor in taken:
        anchor, number = f"article-{words}-{number}", number + 1
    taken.add(anchor)
    return anchor


_ANCHOR_WORDS = 6  # a subheading's id holds at most this many of its words


def _toc_label(text: str) -> str:
    """A subheading's words for the table of contents, without the marks drawn in it (a note's
    marker number would read as part of the heading there)."""
    return escape_attribute_list_value(text)


_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


def provenance_section(brief: Brief) -> Section:
    """Where the text came from and how to check it is the same: outlet, address, times, seed, digest."""
    source = brief.source
    article = brief.article
    url = safe_url(source.url if source else None)
    rows = [
        ("Outlet", escape_text(source.name) if source and source.name else "Not stated"),
        ("Address", link(escape_text(source.url), url) if url else "Not stated"),
        ("Published", _published(article) if article.published else "Not stated"),
        ("Retrieved", escape_text(str(brief.annotation.retrieved)) if brief.annotation.retrieved else "Not stated"),
        ("Seed file", code_or_text(brief.seed_path)),
        ("SHA-256 of the seed", code_or_text(brief.seed_sha256) if _HEX_DIGEST.fullmatch(brief.seed_sha256) else "invalid"),
    ]
    markdown = "\n".join(f"- **{label}:** {value}" for label, value in rows) + "\n"
    return Section("provenance", "Provenance", markdown)


def _published(article) -> str:
    local = format_time(article.published, article.zone_name, article.published_has_time)
    return f"{time_element(article.published, local)} ({escape_text(article.published_iso)})"