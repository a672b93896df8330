"""A brief's page, top to bottom, drawn from the brief and what the stages found in it.

Tags (drawn by Material from the front matter), headline, source line (outlet, time in the
source's zone and in UTC, reading time, original), "At a glance", photo caption, the
article with its marks (glossary links, time marks, note highlights), then the sections
in `SECTION_ORDER`: key terms, people, timeline, notes, related briefs, provenance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.content.glossary import Glossary
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.related import Related
from briefs.facts.summary import Glance, at_a_glance, reading_minutes
from briefs.model import Brief
from briefs.render.dates import format_time, time_element
from briefs.render.escape import code_or_text, escape_text, front_matter, mark_language, safe_url, visible_text
from briefs.render.inline import Span, link, link_span, relative_uri, render_marked_text
from briefs.render.notes import note_span, render_notes_section
from briefs.render.paths import brief_uri
from briefs.render.terms import term_link_targets, term_sections
from briefs.render.timeline import DateMarks, time_spans, timeline_section
from briefs.settings import Settings

# The sections after the article, top to bottom; each name is also its heading's anchor.
SECTION_ORDER = ("key-terms", "people", "timeline", "notes", "related", "provenance")


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
    for section in brief_sections(facts, glossary, settings, marks):
        parts.append(f"## {escape_text(section.heading)} {{ #{section.name} }}\n\n{section.markdown.strip()}\n")
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


DATELINE_SEPARATOR = " — "  # between the dateline and the first paragraph's text


def text_map(brief: Brief) -> str:
    """An empty hidden element just before the article's paragraphs, saying how they map to `Article.text`.

    `docs/assets/suggest-note.js` rebuilds the article text from the page to suggest a note's
    quote. It needs to know which paragraphs are the article, what the first one shows
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
    paragraphs = []
    for index, paragraph in enumerate(brief.article.paragraphs):
        text = render_marked_text(paragraph.text, spans[index])
        if index == 0 and brief.article.dateline:
            text = f"**{escape_text(brief.article.dateline)}**{DATELINE_SEPARATOR}{text}"
        paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n"


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