"""Render briefs and the site's generated pages as Markdown.

Article text, captions, key points and every other field that comes from a source or a
contributor are data, not markup: `escape_text` backslash-escapes every ASCII punctuation
character (the site enables `pymdownx.escapeall`, so any escaped character renders as
itself) and the HTML specials `<`, `>` and `&`, so no source can start a list, a heading,
an admonition, a snippet include or an HTML element. Markup comes only from this module,
with attribute values escaped by `escape_attribute`. Output is deterministic: the same
input gives the same bytes.
"""

from __future__ import annotations

import html
import posixpath
import re
from datetime import datetime, timezone
from urllib.parse import quote, urlsplit

import yaml

from briefs.model import Brief, Section, Span

# Characters escaped with a backslash. `pymdownx.escapeall` makes `\X` literal for any X.
# Left out, because no Markdown or pymdown syntax starts with them: , ; ? ' " % /
_MARKDOWN_SPECIAL = re.compile(r"([!#$&()*+\-.:<=>@\[\\\]^_`{|}~])")
# Characters no page should carry from a source: controls, and invisible bidi overrides
# that could make text read differently from what it is.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_URL_SAFE = "/:?#=&%~+,;@!$*'-._"  # characters left as they are in an address
# LibYAML's emitter when PyYAML has it: the same YAML, several times faster than pure Python.
_YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def escape_text(text: str) -> str:
    """Make `text` render literally in Markdown, on one line."""
    flat = " ".join(_INVISIBLE.sub("", text).split())
    # A function, not the template r"\\\1": re expands templates slowly, and every brief's
    # text passes here.
    return _MARKDOWN_SPECIAL.sub(_backslash, flat)


def _backslash(match: re.Match[str]) -> str:
    return "\\" + match[0]


def escape_attribute(value: str) -> str:
    """Escape `value` for an HTML attribute inside Markdown (quotes, brackets, backslashes)."""
    flat = " ".join(_INVISIBLE.sub("", value).split())
    escaped = html.escape(flat, quote=True)
    # Python-Markdown would read these as escapes or link syntax inside a link title.
    return escaped.replace("\\", "&#92;").replace("(", "&#40;").replace(")", "&#41;").replace("[", "&#91;").replace("]", "&#93;")


def safe_url(url: str | None) -> str | None:
    """An http(s) address made safe to place in Markdown, or None for any other scheme."""
    if not url:
        return None
    url = url.strip()
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    return quote(url, safe=_URL_SAFE).replace("(", "%28").replace(")", "%29")


def link(label_markdown: str, target: str, title: str | None = None) -> str:
    """A Markdown link; `label_markdown` must already be escaped, `target` safe."""
    title_part = f' "{escape_attribute(title)}"' if title else ""
    return f"[{label_markdown}]({target}{title_part})"


def link_span(start: int, end: int, target: str, title: str | None = None, layer: int = 1) -> Span:
    """A span that turns part of a paragraph into a link."""
    title_part = f' "{escape_attribute(title)}"' if title else ""
    return Span(start, end, "[", f"]({target}{title_part})", layer)


def relative_uri(from_uri: str, to_uri: str) -> str:
    """The relative link from page `from_uri` to page `to_uri` (both `.md` source paths)."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def render_marked_text(text: str, spans: tuple[Span, ...] | list[Span] = ()) -> str:
    """Escape `text`, wrapping the spans' parts in their markup.

    Spans are applied outermost first (lower layer, then earlier start, then longer). A
    span that would cross one already open, or overlap one of its own layer, is left
    out: the text still shows, only that markup is missing.
    """
    accepted = _nest(sorted(spans, key=lambda span: (span.start, span.layer, -span.end)))
    events: list[tuple[int, int, str]] = []
    for order, span in enumerate(accepted):
        events.append((span.start, 1, order, span.opening))
        events.append((span.end, 0, -order, span.closing))
    events.sort()
    out, position = [], 0
    for offset, _kind, _order, markup in events:
        out.append(escape_text_preserving_spaces(text[position:offset]))
        out.append(markup)
        position = offset
    out.append(escape_text_preserving_spaces(text[position:]))
    return "".join(out).strip()


def escape_text_preserving_spaces(text: str) -> str:
    """Like `escape_text`, but keeps a leading or trailing space (for text between spans)."""
    if not text:
        return ""
    core = escape_text(text)
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() and text.strip() else ""
    return f"{lead}{core}{trail}"


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


def format_time(value: datetime, zone_name: str | None, has_time: bool = True) -> str:
    """`16:09 JST, 7 February 2025`, or the date alone."""
    day = f"{value.day} {value:%B %Y}"
    if not has_time:
        return day
    zone = zone_name or (value.strftime("UTC%z")[:-2] + ":" + value.strftime("%z")[-2:] if value.tzinfo else "")
    return f"{value:%H:%M} {zone}, {day}".replace("  ", " ").replace(" ,", ",")


def time_element(value: datetime, label: str) -> str:
    """An HTML `<time>` element; `label` is escaped here."""
    return f'<time datetime="{escape_attribute(value.isoformat())}">{escape_text(label)}</time>'


def front_matter(data: dict) -> str:
    """YAML front matter; values are dumped as data, never interpolated."""
    return "---\n" + yaml.dump(data, Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


# Where each stage's section goes on a brief page, top to bottom.
SECTION_ORDER = {
    "key-terms": 10,
    "people": 20,
    "timeline": 30,
    "notes": 40,
    "related": 50,
    "provenance": 60,
}


def add_section(brief: Brief, name: str, heading: str, markdown: str) -> Brief:
    """A copy of `brief` with one more section, placed by `SECTION_ORDER[name]`."""
    from dataclasses import replace

    section = Section(SECTION_ORDER[name], heading, markdown, name)
    return replace(brief, sections=tuple(sorted(brief.sections + (section,), key=lambda item: item.order)))


def brief_uri(brief: Brief, briefs_uri: str) -> str:
    return f"{briefs_uri}/{brief.slug}.md"


def render_brief(brief: Brief, briefs_uri: str = "briefs") -> str:
    """The brief's page: headline, source line, photo caption, article, then the sections."""
    parts = [_brief_front_matter(brief), f"# {escape_text(brief.title)}\n", _source_line(brief)]
    if brief.annotation.key_points:
        parts.append(_key_points(brief.annotation.key_points))
    if brief.article.caption:
        parts.append(_caption(brief.article.caption))
    parts.append(_article_body(brief))
    for section in brief.sections:
        anchor = f" {{ #{section.anchor} }}" if section.anchor else ""
        parts.append(f"## {escape_text(section.heading)}{anchor}\n\n{section.markdown.strip()}\n")
    return "\n".join(part.rstrip("\n") + "\n" for part in parts)


def _brief_front_matter(brief: Brief) -> str:
    data: dict = {"title": brief.title}
    if brief.annotation.key_points:
        data["description"] = brief.annotation.key_points[0]
    if brief.annotation.tags:
        data["tags"] = list(brief.annotation.tags)
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
    url = safe_url(source.url if source else None)
    if url:
        pieces.append(link("Original article", url))
    return '<p class="brief-source" markdown>' + " · ".join(pieces) + "</p>\n" if pieces else ""


def _key_points(points: tuple[str, ...]) -> str:
    items = "\n".join(f"    - {escape_text(point)}" for point in points)
    return f'!!! abstract "At a glance"\n\n{items}\n'


def _caption(caption: str) -> str:
    return (
        '<figure class="brief-photo" markdown>\n'
        f'<figcaption markdown>Photo (not reproduced): {escape_text(caption)}</figcaption>\n'
        "</figure>\n"
    )


def _article_body(brief: Brief) -> str:
    paragraphs = []
    for index, paragraph in enumerate(brief.article.paragraphs):
        spans = brief.spans[index] if index < len(brief.spans) else ()
        text = render_marked_text(paragraph.text, spans)
        if index == 0 and brief.article.dateline:
            text = f"**{escape_text(brief.article.dateline)}** — {text}"
        paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n"


def render_home(briefs: list[Brief], briefs_uri: str = "briefs", latest: int = 50) -> str:
    """The home page: the latest briefs, newest first, with date, outlet and headline."""
    lines = [
        front_matter({"title": "Annotated briefs", "hide": ["navigation"]}),
        "# Annotated briefs\n",
        "News articles with the context a newcomer needs: key points first, every unfamiliar "
        "term explained on hover, contributors' notes beside the words they discuss, and the "
        "dates of the story resolved to real dates.\n",
        "## Latest briefs\n",
    ]
    for brief in sort_newest_first(briefs)[:latest]:
        lines.append(_home_entry(brief, briefs_uri))
    if not briefs:
        lines.append("No briefs yet. See [Contributing](contributing.md) to add the first.")
    return "\n".join(lines) + "\n"


def _home_entry(brief: Brief, briefs_uri: str) -> str:
    article = brief.article
    date = f"{article.published.day} {article.published:%B %Y}" if article.published else "Undated"
    outlet = brief.source.name if brief.source and brief.source.name else "Unknown outlet"
    target = relative_uri("index.md", brief_uri(brief, briefs_uri))
    return f"- {escape_text(date)} · {escape_text(outlet)} — {link(escape_text(brief.title), target)}"


def sort_newest_first(briefs: list[Brief]) -> list[Brief]:
    """Newest first; undated briefs last; ties broken by slug so the order is stable."""
    oldest = datetime.min.replace(tzinfo=timezone.utc)

    def when(brief: Brief) -> datetime:
        published = brief.article.published
        if published is None:
            return oldest
        return published if published.tzinfo else published.replace(tzinfo=timezone.utc)

    return sorted(sorted(briefs, key=lambda brief: brief.slug), key=when, reverse=True)
