"""Parse a saved HTML page into the same `Article` a pasted text gives.

The page goes through trafilatura, a well-kept extraction library, for the body and the
metadata (title, date, author, site name, address); this module never walks tag soup by
hand (`briefs.sources.page_meta` reads the few elements around the headline). What
trafilatura keeps still passes through the text parser's clutter rules (share labels,
"Most read" lists, copyright lines), so one vocabulary serves both formats.
The publication time comes from the page's structured data first (`article:published_time`,
JSON-LD `datePublished`, then `<time>` elements), which carries the time and zone, then
from the time line the page prints near its headline, and from trafilatura's date
otherwise. Every field trafilatura adds beyond the `Article` fields lands in `extra`, and
`extra["unsure"]` names what the page's metadata does not state (`unsure_in_page`).
The page's structure survives as `Article.blocks`: trafilatura's headings, list items,
quotations and code, each block the kind the page marked it as (code with its line breaks).

What the page prints around its headline settles what trafilatura leaves open or gets
wrong: the headline without the outlet's suffix, the section (metadata, the label above
the headline, breadcrumbs), a visible byline, and the time line near the headline
(`pubtime.read_page_time`: labels and weekdays in several languages, a numeric date
settled by its weekday or the page's region). Header matter trafilatura keeps at the top
of the body (a label above the headline, a time line, a byline, a standfirst outside the
body's container) is dropped with its reason.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

import trafilatura
from trafilatura.utils import load_html

from briefs.sources import pasted_text as parse
from briefs.sources.tail import cut_tail, drop_author_bio

from briefs.sources import vocab
from briefs.errors import Problem, SourceError
from briefs.sources.byline import clean_byline, is_person_name, read_byline
from briefs.sources.lines import Line, is_prose, same_text
from briefs.model import Article, DroppedLine, Paragraph, Source
from briefs.sources.page_meta import (
    PageText,
    header_parts,
    headline_index,
    json_ld_items,
    page_language,
    page_section,
    page_texts,
    page_title,
    texts_above_headline,
    texts_below_headline,
    visible_byline,
    without_job_titles,
    without_photo_credit,
)
from briefs.sources.pubtime import PublicationTime, parse_time_line, read_page_time
from briefs.sources.time_line import is_time_line

log = logging.getLogger(__name__)

# Structured-data places a page states its publication time in, most specific first; JSON-LD
# `datePublished` comes between the meta tags and the `<time>` elements, which may be an
# update's (those marked as one, by their class or the label before them, are passed over).
_TIME_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
)
_LATER_TIME_XPATHS = (
    '//meta[@name="pubdate" or @name="publishdate" or @name="date" or @name="dc.date"]/@content',
    "//time[@pubdate]/@datetime",
    "//article//time/@datetime",
)
# A stated publication time before this year is a placeholder (`1970-01-01`), not the article's.
_EARLIEST_YEAR = 1991
_CAPTION_XPATH = "(//article//figcaption | //main//figcaption)[1]"
# Block elements of trafilatura's output that hold text of their own. A block inside another
# (code inside a paragraph) is part of its parent's text, not a block of its own.
_BLOCK_TAGS = {"p", "head", "quote", "item", "cell", "code"}
_TEXT_TAGS = _BLOCK_TAGS - {"quote"}
# A figure caption shorter than this is a name or a label, not a caption.
_CAPTION_MIN_WORDS = 4
# htmldate's extensive search guesses from copyright years and file names ("Copyright 2025"
# becomes 2025-01-01); a guessed date is an invented one, so only stated dates are read.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# trafilatura metadata copied into `extra` when present (names as trafilatura gives them).
_EXTRA_FIELDS = (
    "sitename",
    "hostname",
    "description",
    "categories",
    "tags",
    "language",
    "image",
    "license",
    "pagetype",
)


@dataclass(frozen=True, slots=True)
class PageHeader:
    """What the page states around its headline, beside trafilatura's reading."""

    title: str | None  # the headline, without the outlet's suffix
    section: str | None  # from metadata, the label above the headline or breadcrumbs
    byline: str | None  # from a visible byline under the headline (`Door ...`), for when metadata names none
    above: tuple[str, ...]  # the texts right above the headline (labels, kickers, date lines)
    below: tuple[PageText, ...]  # the header's texts under the headline, up to the first prose
    body_parent: Any  # the element holding the first prose text (the body's container), None if unknown
    deks: tuple[str, ...] = ()  # the summary the page states (its description) where the page prints it as a dek


# The texts right above a headline that may still be header matter: a label, a date line, a release label.
_TEXTS_ABOVE_HEADLINE = 3
# Header matter is looked for among the body's first blocks only.
_LEADING_BLOCKS = 8


@dataclass(frozen=True, slots=True)
class Block:
    """One text block of the extracted body."""

    text: str  # whitespace collapsed
    line: int  # best-effort 1-based line of the page where it starts
    kind: str = "paragraph"  # what the page marks it as: paragraph, heading, quote, list (an item) or code
    code: str | None = None  # for code, the text with its line breaks (`text` has them collapsed)
    list_key: int | None = None  # for a list item, which list of the page it is in (its items stay together)
    ordered: bool = False  # for a list item, whether its list is numbered (`<ol>`)


# trafilatura's element names for the kinds of `briefs.model.Block`; a block inside a quote is quoted.
_KIND_OF_TAG = {
    "p": "paragraph", "head": "heading", "quote": "quote", "item": "list", "cell": "paragraph", "code": "code"
}


def parse_html(page: str, path: str = "<html>") -> Article:
    """Parse a saved HTML page.

    Args:
        page: the page, already decoded.
        path: the file's name, for messages.

    Raises:
        SourceError: the page is not HTML or no article text can be extracted from it.
    """
    tree = load_html(page)
    if tree is None:
        raise SourceError(
            [
                Problem(
                    path,
                    None,
                    "the file is not an HTML page",
                    "save the page as HTML, or paste its text into a .txt file",
                )
            ]
        )
    stamp = read_structured_time(tree)
    caption = _read_caption(tree)
    texts = page_texts(tree)
    document = trafilatura.bare_extraction(
        load_html(page),  # a tree of its own: trafilatura prunes the one it is given
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    blocks = read_blocks(document.body, page) if document is not None and document.body is not None else []
    article = None
    if blocks:
        header = read_page_header(tree, texts, _clean(document.title))
        guessed = _trafilatura_time(document.date)
        visible = _visible_times(header, page_language(tree))
        chosen = choose_time(stamp, visible[0] if visible else None, guessed)
        if stamp is not None and chosen is stamp:  # the metadata's instant, printed in the page's own zone
            chosen = next((time for time in visible if _same_instant(stamp, time)), stamp)
        stamp = None if chosen is guessed else chosen  # what the page states, not trafilatura's reading
        article = _to_article(document, blocks, chosen, caption, header)
    byline_from_box = article is not None and article.byline is None
    if article is not None and article.byline is None:
        article = replace(article, byline=author_box_name(tree))
    if article is not None:
        byline_from_box = byline_from_box and article.byline is not None
        article = parse.with_unsure(article, unsure_in_page(article, stamp is not None, byline_from_box))
    if article is None or not article.paragraphs:
        raise SourceError(
            [
                Problem(
                    path,
                    None,
                    "no article text found in the page",
                    "save the page while the article is shown, or paste its text into a .txt file",
                )
            ]
        )
    return article


def read_page_header(tree: Any, texts: list[PageText], title: str | None) -> PageHeader:
    """The headline, section, byline and header texts the page prints around its headline."""
    title = page_title(tree, title)
    headline = headline_index(texts, title)
    below = texts_below_headline(texts, headline)
    above = tuple(item.text for item in texts_above_headline(texts, headline, _TEXTS_ABOVE_HEADLINE))
    first_prose = next((item for item in texts[(headline or 0) :] if is_prose(item.text)), None)
    return PageHeader(
        title=title,
        section=page_section(tree, texts, headline, title),
        byline=visible_byline(below),
        above=above,
        below=tuple(below),
        body_parent=first_prose.element.getparent() if first_prose is not None else None,
        deks=page_deks(tree),
    )


def _visible_times(header: PageHeader, language: str) -> list[PublicationTime]:
    """The publication times the header prints near the headline, in order; a time labelled as an update is none.

    The first is the page's time line; a later one may print the metadata's time in the page's zone.
    """
    lines = (*header.above, *(item.text for item in header.below))
    read = [read_page_time(part, language) for text in lines for part in header_parts(text)]
    return [found.stamp for found in read if found is not None and not found.is_update]


def choose_time(
    stated: PublicationTime | None, visible: PublicationTime | None, guessed: PublicationTime | None
) -> PublicationTime | None:
    """The page's metadata first, unless the visible line says more of the same time; then the visible line.

    The visible line says more when it gives the clock the metadata leaves out on the same
    day, or the zone it leaves out at the same clock.
    """
    if stated is not None and visible is not None and stated.value.date() == visible.value.date():
        if not stated.has_time and visible.has_time:
            return visible
        same_clock = stated.value.replace(tzinfo=None) == visible.value.replace(tzinfo=None)
        if same_clock and stated.value.tzinfo is None and visible.value.tzinfo is not None:
            return visible
        if not visible.has_time and _placeholder_clock(stated):
            return visible  # a date field stored at noon or midnight UTC: the page states the day only
    if stated is not None:
        return stated
    if visible is not None and guessed is not None and visible.value.date() != guessed.value.date():
        log.debug("the page prints %s, its metadata guessed %s", visible.value, guessed.value)
    return visible or guessed


def _same_instant(stated: PublicationTime, visible: PublicationTime) -> bool:
    """The same moment printed in another zone than UTC's: the page's own."""
    both_aware = stated.value.tzinfo is not None and visible.value.tzinfo is not None
    return both_aware and stated.has_time and visible.has_time and stated.value == visible.value and (
        stated.value.utcoffset() != visible.value.utcoffset() and visible.value.utcoffset() != timedelta(0)
    )


def _placeholder_clock(stamp: PublicationTime) -> bool:
    """Noon or midnight exactly, in UTC: what a CMS stores for a field that holds a date alone."""
    value = stamp.value
    return value.utcoffset() == timedelta(0) and (value.hour, value.minute, value.second) in ((0, 0, 0), (12, 0, 0))


def _to_article(
    document: Any, blocks: list[Block], stamp: PublicationTime | None, caption: str | None, header: PageHeader
) -> Article:
    dropped: list[DroppedLine] = []
    blocks = drop_header_matter(blocks, header, dropped)
    lines = _block_lines(blocks)
    lines = parse.drop_clutter(lines, dropped)
    lines, tail_section = cut_tail(lines, dropped, resume=False)
    title = header.title
    lines = [line for line in lines if not (title and line.text and same_text(line.text, title))]
    dateline, paragraphs = parse.group_paragraphs(lines)
    byline = clean_byline(without_job_titles(_clean(document.author))) or header.byline
    paragraphs = drop_author_bio(byline, paragraphs, dropped)
    sources = _paragraph_sources(paragraphs, blocks)
    kinds = [source.kind if source else "paragraph" for source in sources]
    code_texts = {index: source.code for index, source in enumerate(sources) if source and source.code}
    lists = [(source.list_key, source.ordered) if source and source.list_key is not None else None for source in sources]
    return Article(
        title=title,
        caption=caption,
        published=stamp.value if stamp else None,
        zone_name=stamp.zone_name if stamp else None,
        published_has_time=stamp.has_time if stamp else False,
        section=header.section or (document.categories or [None])[0] or tail_section,
        byline=byline,
        dateline=dateline,
        source=_source(document),
        paragraphs=tuple(paragraphs),
        dropped=tuple(sorted(dropped, key=lambda line: line.number)),
        extra=_extra(document),
        blocks=parse.build_blocks(paragraphs, kinds, code_texts, lists=lists),
    )


# Where a page prints its summary under the headline: a subheading, or an element marked as a dek.
_DEK_XPATH = (
    "//h2 | //h3 | //*[@itemprop='description' or @itemprop='alternativeHeadline'] | //*[contains(@class, 'dek') "
    "or contains(@class, 'standfirst') or contains(@class, 'subhead') or contains(@class, 'sub-head') "
    "or contains(@class, 'excerpt') or contains(@class, 'summary') or contains(@class, 'teaser')]"
)
# (Not `lead` or `intro`: many pages mark their first paragraph so, and state it as the description too.)


def page_deks(tree: Any) -> tuple[str, ...]:
    """The page's description (metadata or JSON-LD) when an element marked as a dek, or a subheading, prints it.

    Both must agree: many pages state their first paragraph as the description, and that
    paragraph, unmarked, stays body.
    """
    stated = [str(value) for value in tree.xpath("//meta[@name='description' or @property='og:description']/@content")]
    stated += [item["description"] for item in json_ld_items(tree) if isinstance(item.get("description"), str)]
    stated = [_clean(text) for text in stated if text and text.strip()]
    if not stated:
        return ()
    printed = (_clean(" ".join(element.itertext())) for element in tree.xpath(_DEK_XPATH))
    return tuple(text for text in printed if text and any(same_text(text, summary) for summary in stated))


def drop_header_matter(blocks: list[Block], header: PageHeader, dropped: list[DroppedLine]) -> list[Block]:
    """The body without the header matter trafilatura kept before the first paragraph.

    Above the headline nothing is body (a section or series label, a date line); under it,
    a time line, a byline and a line outside the body's container that is no sentence (a
    standfirst, a press release's subtitle, a video's title) are header too. The first
    block that is none of these ends the header.
    """
    header_blocks: set[int] = set()
    for index, block in enumerate(blocks[:_LEADING_BLOCKS]):
        if header.title and same_text(block.text, header.title):
            continue  # the headline printed again: left for `_to_article`, which drops it with the title
        reason = _block_reason(block, header)
        if reason is None:
            break
        dropped.append(DroppedLine(block.line, block.text, reason))
        header_blocks.add(index)
    return [block for index, block in enumerate(blocks) if index not in header_blocks]


def _block_reason(block: Block, header: PageHeader) -> str | None:
    """Why a leading block is header matter: all of it, when it joins several header texts; None when body."""
    pieces = _header_pieces(block.text, header.below)
    if not pieces:
        return _header_reason(block, header, None)
    reasons = [_header_reason(replace(block, text=piece.text), header, piece) for piece in pieces]
    return None if None in reasons else reasons[0]


def _header_pieces(text: str, below: tuple[PageText, ...]) -> list[PageText]:
    """The header texts under the headline a block is made of, or [].

    trafilatura joins a byline's and a date's spans into one block.
    """
    pieces: list[PageText] = []
    rest = text
    while rest:
        piece = next((item for item in below if item not in pieces and rest.startswith(item.text)), None)
        if piece is None:
            return []
        pieces.append(piece)
        rest = rest[len(piece.text) :].lstrip()
    return pieces


def _header_reason(block: Block, header: PageHeader, page_text: PageText | None) -> str | None:
    """Why a leading block is header matter, or None when it is body."""
    if block.kind in ("paragraph", "heading") and any(same_text(block.text, dek) for dek in header.deks):
        return "standfirst"  # the page's summary, printed as a dek under the headline
    if block.kind not in ("paragraph", "heading") or is_prose(block.text):
        return None
    if block.text in header.above:
        return "section-label" if header.section and same_text(block.text, header.section) else "page-label"
    if header.section and same_text(block.text, header.section):
        return "section-label"
    if _is_time_line(block.text):
        return "time-line"
    if page_text is None:
        return None
    parts = header_parts(block.text)[1:]
    if read_byline(block.text) or parts and all(_is_time_line(part) or read_byline(part) for part in parts):
        return "byline-detail"  # `By Ana Ruiz`, or `Von Jana Petersen · 7. März 2025, 14:20 Uhr`
    if header.byline and same_text(block.text, header.byline) or vocab.BYLINE_DETAIL.match(block.text):
        return "byline-detail"  # `Jane Roe` / `Business reporter`
    outside_body = header.body_parent is not None and page_text.element.getparent() is not header.body_parent
    if outside_body and not vocab.ends_sentence(block.text):
        marked = vocab.STORY_MARKERS.match(block.text.split(":")[0])  # `Watch: ...`, a video's title
        return "page-label" if marked or len(block.text.split()) < _STANDFIRST_MIN_WORDS else "standfirst"
    return None


# A standfirst is a line of a few words at least; a shorter line there is a label (`01:42`, `Listen`).
_STANDFIRST_MIN_WORDS = 4


def _is_time_line(text: str) -> bool:
    return is_time_line(text) or read_page_time(text) is not None


_NOT_STATED_TIME = "date not stated as the publication time: trafilatura's reading of the page"


def unsure_in_page(article: Article, time_in_metadata: bool, byline_from_box: bool) -> dict[str, str]:
    """Field name -> why the page's reading is unsure: what the page's metadata does not state."""
    unsure = {}
    if article.title is None:
        unsure["title"] = "no headline found"
    published = article.published
    if published is None:
        unsure["published"] = "no publication date found"
    else:
        doubts = [] if time_in_metadata else [_NOT_STATED_TIME]
        doubts += ["time without a time zone"] if article.published_has_time and published.tzinfo is None else []
        if doubts:
            unsure["published"] = "; ".join(doubts)
    if byline_from_box:
        unsure["byline"] = "byline from the page's author box, not its metadata"
    return unsure


def read_blocks(body: Any, page: str) -> list[Block]:
    """The text blocks of trafilatura's body, each with the page line it most likely starts on."""
    page_lines = page.splitlines()
    blocks: list[Block] = []
    list_keys: dict[Any, int] = {}  # trafilatura's `list` elements, numbered in page order
    cursor = 0
    for element in body.iter(*_BLOCK_TAGS):
        if any(ancestor.tag in _TEXT_TAGS for ancestor in element.iterancestors()):
            continue  # part of its parent block's text
        if element.tag == "quote" and any(child.tag in _BLOCK_TAGS for child in element):
            continue  # its children are blocks of their own
        text = _clean(" ".join(element.itertext()))
        if text:
            cursor = _find_line(page_lines, text, cursor)
            kind = _block_kind(element)
            code = _code_text(element) if kind == "code" else None
            parent = element.getparent() if kind == "list" else None
            in_list = parent is not None and parent.tag == "list"
            key = list_keys.setdefault(parent, len(list_keys)) if in_list else None
            blocks.append(Block(text, cursor + 1, kind, code, key, in_list and parent.get("rend") == "ol"))
    return blocks


def _code_text(element: Any) -> str:
    """Code as written: line breaks and indentation kept, blank lines at either end removed."""
    return "\n".join(line.rstrip() for line in "".join(element.itertext()).splitlines()).strip("\n")


def _block_kind(element: Any) -> str:
    if element.tag != "code" and any(ancestor.tag == "quote" for ancestor in element.iterancestors()):
        return "quote"
    return _KIND_OF_TAG.get(element.tag, "paragraph")


# Blocks dropped between two paragraphs (clutter, lists of headlines) are few; a paragraph's
# block is looked for this far ahead.
_SOURCE_SEARCH_BLOCKS = 64


def _paragraph_sources(paragraphs: list[Paragraph], blocks: list[Block]) -> list[Block | None]:
    """The block each paragraph came from (blocks and paragraphs are in the same order), None if unknown."""
    sources: list[Block | None] = []
    cursor = 0
    for paragraph in paragraphs:
        window = range(cursor, min(cursor + _SOURCE_SEARCH_BLOCKS, len(blocks)))  # keeps the pairing linear
        found = next((index for index in window if blocks[index].text.endswith(paragraph.text)), None)
        sources.append(blocks[found] if found is not None else None)
        cursor = found + 1 if found is not None else cursor
    return sources


def _find_line(page_lines: list[str], text: str, start: int) -> int:
    """Index of the first page line from `start` holding the block's opening words, else `start`."""
    words = text.split()[:4]
    pattern = re.compile(
        r"\W+".join(re.escape(re.sub(r"\W+$", "", word)) for word in words if re.sub(r"\W+$", "", word))
    )
    for index in range(start, len(page_lines)):
        if pattern.pattern and pattern.search(page_lines[index]):
            return index
    return start


def _block_lines(blocks: list[Block]) -> list[Line]:
    """Blocks as lines with a blank between each, so every block is a paragraph of its own."""
    lines: list[Line] = []
    for block in blocks:
        lines += [Line(block.line, block.text), Line(block.line, "")]
    return lines


# An author box names the author within its first few texts after its heading.
_AUTHOR_BOX_TEXTS = 3


def author_box_name(tree: Any) -> str | None:
    """The name in an author box (`About the author` / `Owen Price` / a line about them), or None."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or not vocab.AUTHOR_BOX_HEADING.match(_clean(element.text) or ""):
            continue
        following = (_clean(text) for text in element.xpath("following::text()"))
        texts = [text for text in following if text][:_AUTHOR_BOX_TEXTS]
        return next((text for text in texts if is_person_name(text)), None)
    return None


def read_structured_time(tree: Any) -> PublicationTime | None:
    """The publication time a page states in its metadata or JSON-LD, with its zone."""
    candidates = [value for xpath in _TIME_XPATHS for value in tree.xpath(xpath)]
    candidates += _json_ld_dates(tree)
    candidates += [value for xpath in _LATER_TIME_XPATHS for value in tree.xpath(xpath) if not _is_update_time(value)]
    stamps = [parse_time_line(str(value).strip()) for value in candidates]
    stamps = [stamp for stamp in stamps if isinstance(stamp, PublicationTime) and stamp.value.year >= _EARLIEST_YEAR]
    if not stamps:
        return None
    # The same instant in the page's own zone beats the metadata's UTC: a `<time>`'s offset
    # (`datetime="...+10:00"`), or its printed text (`October 21, 2026 at 6:00 a.m. EDT`).
    local = [_parse_iso(value) for value in tree.xpath("//time/@datetime")]
    local += [found.stamp for found in (read_page_time(_clean(text)) for text in tree.xpath("//time/text()")) if found]
    return next((stamp for stamp in local if stamp is not None and _same_instant(stamps[0], stamp)), stamps[0])


def _parse_iso(value: Any) -> PublicationTime | None:
    stamp = parse_time_line(str(value).strip())
    return stamp if isinstance(stamp, PublicationTime) else None


def _is_update_time(value: Any) -> bool:
    """A `<time datetime>` that marks an update: its class says so, or so does the label printed with it."""
    element = value.getparent() if hasattr(value, "getparent") else None
    if element is None or element.tag != "time":
        return False
    previous, parent = element.getprevious(), element.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else None
    label = " ".join([element.get("class") or "", before or "", *element.itertext()])  # `Updated <time>`
    return bool(vocab.UPDATED_LABEL.search(label)) and not vocab.PUBLISHED_LABEL.search(label)


def _json_ld_dates(tree: Any) -> list[str]:
    return [item["datePublished"] for item in json_ld_items(tree) if isinstance(item.get("datePublished"), str)]


def _trafilatura_time(date: str | None) -> PublicationTime | None:
    stamp = parse_time_line(date) if date else None
    return stamp if isinstance(stamp, PublicationTime) else None


def _read_caption(tree: Any) -> str | None:
    found = tree.xpath(_CAPTION_XPATH)
    if not found:
        return None
    text = _clean(" ".join(found[0].itertext()))
    caption = without_photo_credit(text) if text else text
    caption = vocab.CAPTION_LABEL.sub("", caption) if caption else caption  # `Image caption, ...` for screen readers
    return caption if caption and len(caption.split()) >= _CAPTION_MIN_WORDS else None


def _source(document: Any) -> Source | None:
    url = document.url if document.url and str(document.url).startswith(("http://", "https://")) else None
    name = _clean(document.sitename)
    if name and name.startswith(("http://", "https://")):
        name = None  # trafilatura falls back to the address when a page names no site
    return Source(name, url) if name or url else None


def _extra(document: Any) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    for name in _EXTRA_FIELDS:
        value = getattr(document, name, None)
        if value not in (None, "", []):
            extra[name] = value
    return extra


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    cleaned = re.sub(r"\s+", " ", text).strip()
    return cleaned or None
