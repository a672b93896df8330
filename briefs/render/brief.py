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
import re
from datetime import datetime, timezone
from typing import Sequence
from urllib.parse import quote, urlsplit

import yaml

from briefs.errors import Problem
from briefs.model import Brief, Section, Span
from briefs.facts.summary import Glance, at_a_glance, reading_minutes

# Characters escaped with a backslash. `pymdownx.escapeall` makes `\X` literal for any X.
# Left out, because no Markdown or pymdown syntax is made of them: , ; ' " %
_MARKDOWN_SPECIAL = re.compile(r"[!#$&()*+\-./:<=>?@\[\\\]^_`{|}~]")
_HTML_SPECIAL = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
# Each special character's escape, looked up per match: str.translate with a table of
# strings was three times slower on text with curly quotes.
_ESCAPES = {character: _HTML_SPECIAL.get(character, "\\" + character) for character in "!#$&()*+-./:<=>?@[\\]^_`{|}~"}
# Characters no page should carry from a source: controls, and invisible bidi overrides
# that could make text read differently from what it is.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_URL_SAFE = "/:?#=&%~+,;@!$*-._"  # left as they are; quotes are encoded (Markdown reads them as a title)
# LibYAML's emitter when PyYAML has it: the same YAML, several times faster than pure Python.
_YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


# Characters above U+00FF. CPython stores a string at 1 byte per character only when none
# of its characters is above U+00FF: one curly quote or em dash stores the whole page at 2
# bytes per character, in its Markdown and in the HTML MkDocs keeps for every page until
# the build ends (at 1,000 briefs, 230 MB for 63 MB of UTF-8).
_WIDE = re.compile(r"[^\x00-\xff]")
# Above this share of wide characters (a page mostly in Japanese, say), references would
# cost more than they save: `&#12354;` is 8 characters for one at 2 bytes.
_MOST_WIDE_SHARE = 0.1
# A page's front matter: YAML, read by MkDocs as data, left as it is.
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def narrow_page(markdown: str) -> str:
    """`markdown` with its characters above U+00FF as numeric character references.

    The page renders the same (Python-Markdown passes references through to the HTML, and
    browsers, Material's search and Pagefind decode them) and MkDocs holds it at 1 byte per
    character. Front matter is left alone; a page with more than a tenth of its characters
    wide is returned as it is. Pages must hold no code span or block with such characters,
    where a reference would show as typed (the renderers write none).
    """
    head = _FRONT_MATTER.match(markdown)
    start = head.end() if head else 0
    body = markdown[start:]
    wide = len(_WIDE.findall(body))
    if not wide or wide > _MOST_WIDE_SHARE * len(body):
        return markdown
    return markdown[:start] + _WIDE.sub(_reference, body)


def _reference(match: re.Match[str]) -> str:
    return f"&#{ord(match.group())};"


def escape_text(text: str) -> str:
    """Make `text` render literally in Markdown, on one line.

    `<`, `>` and `&` become entities rather than backslash escapes: inside an HTML block
    with `markdown` (md_in_html), Python-Markdown's HTML parser reads the raw text before
    escapes are applied, so `\\<y` would still open an element there.
    """
    return _MARKDOWN_SPECIAL.sub(_escape, " ".join(_INVISIBLE.sub("", text).split()))


def _escape(match: re.Match[str]) -> str:
    return _ESCAPES[match.group()]


# Language of parts (WCAG 3.1.2): a run of text in a script that belongs to one language is
# wrapped in `<span lang="...">`, so a screen reader reads it with that language's voice,
# not the page's English one. Detected from the Unicode script, never from a list of words.
# Han ideographs alone are shared by Japanese and Chinese: on this site about Japanese news
# they are read as Japanese. Scripts shared by many languages (Latin, Cyrillic, Arabic) are
# left unmarked: a wrong `lang` reads worse than none.
_SCRIPT_LANGUAGES = {
    # Hiragana, Katakana (with phonetic extensions and half-width forms), Han ideographs
    # (extension A, unified, compatibility, extensions B and later), 々〆〇.
    "ja": "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
          "\U00020000-\U0003134f\u3005-\u3007",
    "ko": "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff",  # Hangul
    "el": "\u0370-\u03ff\u1f00-\u1fff",  # Greek
    "he": "\u0590-\u05ff",  # Hebrew
    "th": "\u0e00-\u0e7f",  # Thai
    "hy": "\u0530-\u058f",  # Armenian
    "ka": "\u10a0-\u10ff",  # Georgian
}
# Inside a run: spaces and digits between its letters ("林 芳正", "鳥取1区"), CJK
# punctuation and full-width forms anywhere ("「石破茂」。"). ASCII punctuation ends a run: in
# escaped text it is a backslash escape or an entity, never split.
_RUN_JOINERS = " 0-9"
_CJK_MARKS = "\u3000-\u3004\u3008-\u303f\u30fb\uff01-\uff65"
_LANGUAGE_RUN = re.compile("|".join(
    f"(?P<{code}>[{_CJK_MARKS}]*[{letters}](?:[{_RUN_JOINERS}{_CJK_MARKS}]*[{letters}])*[{_CJK_MARKS}]*)"
    for code, letters in _SCRIPT_LANGUAGES.items()))


def mark_language(escaped: str) -> str:
    """`escaped` text with each run in another language's script wrapped in `<span lang>`.

    Takes text already escaped for Markdown or HTML (`escape_text`, `escape_attribute`) and
    placed as element content, never in an attribute or a code span. Only the constant
    `<span lang="xx">` and `</span>` are added around characters that are no markup; text
    with no such run comes back unchanged.
    """
    if escaped.isascii():
        return escaped
    return _LANGUAGE_RUN.sub(_language_span, escaped)


def _language_span(match: re.Match[str]) -> str:
    return f'<span lang="{match.lastgroup}">{match.group()}</span>'


# A tag in serialised HTML: quoted attribute values may hold `>` (html5ever leaves it there).
_HTML_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")


def mark_language_html(fragment: str) -> str:
    """`mark_language` on the text between the tags of sanitised HTML (note bodies, definitions)."""
    if fragment.isascii():
        return fragment
    out, position = [], 0
    for tag in _HTML_TAG.finditer(fragment):
        out.append(mark_language(fragment[position:tag.start()]))
        out.append(tag.group())
        position = tag.end()
    out.append(mark_language(fragment[position:]))
    return "".join(out)


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
    # Accept by layer first, so a note's highlight (layer 0) is never lost to a glossary
    # link (layer 1) that starts earlier and crosses it; the link is the one left out.
    accepted = _nest(sorted(spans, key=lambda span: (span.layer, span.start, -span.end)))
    events: list[tuple[int, int, str]] = []
    for order, span in enumerate(accepted):
        events.append((span.start, 1, order, span.opening))
        events.append((span.end, 0, -order, span.closing))
    events.sort()
    out, position = [], 0
    for offset, _kind, _order, markup in events:
        out.append(mark_language(escape_text_preserving_spaces(text[position:offset])))
        out.append(markup)
        position = offset
    out.append(mark_language(escape_text_preserving_spaces(text[position:])))
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
    """YAML front matter, with every text value HTML-escaped.

    MkDocs' Jinja environment does not autoescape, and Material prints `page.meta.title`,
    `page.meta.description`, tag names and nav titles as they are, in text and in
    attributes. Escaping here is what keeps a headline like `</title><script>` inert; the
    browser decodes the entities back to the article's own characters.
    """
    return "---\n" + yaml.dump(_escape_meta(data), Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


def _escape_meta(value):
    if isinstance(value, str):
        return html.escape(" ".join(_INVISIBLE.sub("", value).split()), quote=True)
    if isinstance(value, list):
        return [_escape_meta(item) for item in value]
    if isinstance(value, dict):
        return {key: _escape_meta(item) for key, item in value.items()}
    return value


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
    """The brief's page, top to bottom.

    Tags (drawn by Material from the front matter), headline, source line (outlet, time in
    the source's zone and in UTC, reading time, original), "At a glance", photo caption,
    article, then the stages' sections and provenance in `SECTION_ORDER`.
    """
    parts = [_brief_front_matter(brief), f"# {mark_language(escape_text(brief.title))}\n", _source_line(brief)]
    parts.append(_glance(at_a_glance(brief)))
    if brief.article.caption:
        parts.append(_caption(brief.article.caption, brief.caption_spans))
    parts.append(text_map(brief))
    parts.append(_article_body(brief))
    sections = sorted(brief.sections + (provenance_section(brief),), key=lambda item: item.order)
    for section in sections:
        anchor = f" {{ #{section.anchor} }}" if section.anchor else ""
        parts.append(f"## {escape_text(section.heading)}{anchor}\n\n{section.markdown.strip()}\n")
    return "\n".join(part.rstrip("\n") + "\n" for part in parts)


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
    dateline = _utf16_length(_visible(article.dateline) + DATELINE_SEPARATOR) if article.dateline else 0
    return (f'<div class="brief-text-map" hidden data-paragraph-lengths="{lengths}" '
            f'data-dateline-length="{dateline}"></div>\n')


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _visible(text: str) -> str:
    """The characters of `text` a page shows (what `escape_text` keeps, unescaped)."""
    return " ".join(_INVISIBLE.sub("", text).split())


def _article_body(brief: Brief) -> str:
    paragraphs = []
    for index, paragraph in enumerate(brief.article.paragraphs):
        spans = brief.spans[index] if index < len(brief.spans) else ()
        text = render_marked_text(paragraph.text, spans)
        if index == 0 and brief.article.dateline:
            text = f"**{escape_text(brief.article.dateline)}**{DATELINE_SEPARATOR}{text}"
        paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n"


# A path shown as code: no backtick (it would end the span), and ASCII only (see narrow_page).
_CODE_SAFE = re.compile(r"[\x20-\x5f\x61-\x7e]*")
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
        ("Seed file", f"`{brief.seed_path}`" if _CODE_SAFE.fullmatch(brief.seed_path) else escape_text(brief.seed_path)),
        ("SHA-256 of the seed", f"`{brief.seed_sha256}`" if _HEX_DIGEST.fullmatch(brief.seed_sha256) else "invalid"),
    ]
    markdown = "\n".join(f"- **{label}:** {value}" for label, value in rows) + "\n"
    return Section(SECTION_ORDER["provenance"], "Provenance", markdown, "provenance")


def _published(article) -> str:
    local = format_time(article.published, article.zone_name, article.published_has_time)
    return f"{time_element(article.published, local)} ({escape_text(article.published_iso)})"


def render_home(briefs: list[Brief], briefs_uri: str = "briefs", latest: int = 50,
                available: frozenset[str] | set[str] = frozenset()) -> str:
    """The home page: the latest briefs as cards, newest first, then the ways in.

    Args:
        briefs: every brief.
        briefs_uri: the site folder of the brief pages.
        latest: how many briefs to show.
        available: source paths of every page of the site (generated and hand-written);
            the index pages (tags, glossary, timeline) are linked only when present.
    """
    lines = [
        front_matter({"title": "Annotated briefs", "description": HOME_DESCRIPTION, "hide": ["navigation", "toc"]}),
        "# Annotated briefs\n",
        HOME_DESCRIPTION + "\n",
        "## Latest briefs\n",
    ]
    shown = sort_newest_first(briefs)[:latest]
    if shown:
        lines.append('<div class="grid cards brief-cards" markdown>\n')
        lines.extend(_home_card(brief, briefs_uri) for brief in shown)
        lines.append("</div>\n")
    else:
        lines.append("No briefs yet. See [Contributing](contributing.md) to add the first.\n")
    ways = _ways_in(available)
    if ways:
        lines.append("## Ways in\n")
        lines.append("\n".join(ways) + "\n")
    return "\n".join(lines) + "\n"


HOME_DESCRIPTION = (
    "News articles with the context a newcomer needs: key points first, every unfamiliar "
    "term explained on hover, contributors' notes beside the words they discuss, and the "
    "dates of the story resolved to real dates."
)

# Index pages the home page points to, when the site has them: (source path, label, what it offers).
WAYS_IN = (
    ("tags.md", "By tag", "every topic, with the briefs filed under it"),
    ("glossary/index.md", "By term", "people, places, organisations and treaties, each with the briefs that mention it"),
    ("timeline.md", "By date", "every dated event of every brief, in order"),
)


def _ways_in(available: frozenset[str] | set[str]) -> list[str]:
    return [f"- {link(f'**{label}**', target)}: {escape_text(offer)}"
            for target, label, offer in WAYS_IN if target in available]


def _home_card(brief: Brief, briefs_uri: str) -> str:
    article = brief.article
    date = f"{article.published.day} {article.published:%B %Y}" if article.published else "Undated"
    outlet = brief.source.name if brief.source and brief.source.name else "Unknown outlet"
    target = relative_uri("index.md", brief_uri(brief, briefs_uri))
    glance = at_a_glance(brief, sentences=1)
    lines = [f"-   {link(f'**{mark_language(escape_text(brief.title))}**', target)}", "", "    ---", "",
             f"    {escape_text(date)} · {mark_language(escape_text(outlet))}"]
    if glance.points:
        lines += ["", f"    {mark_language(escape_text(glance.points[0]))}"]
    return "\n".join(lines) + "\n"


def sort_newest_first(briefs: list[Brief]) -> list[Brief]:
    """Newest first; undated briefs last; ties broken by slug so the order is stable."""
    oldest = datetime.min.replace(tzinfo=timezone.utc)

    def when(brief: Brief) -> datetime:
        published = brief.article.published
        if published is None:
            return oldest
        return published if published.tzinfo else published.replace(tzinfo=timezone.utc)

    return sorted(sorted(briefs, key=lambda brief: brief.slug), key=when, reverse=True)


# Problems shown on a previewed page ------------------------------------------------------

PROBLEM_BOX_LIMIT = 50  # problems listed in one box; the rest are counted


def render_problem_box(problems: Sequence[Problem], scope: str) -> str:
    """A Material "failure" admonition listing `problems` as `path:line`, message and fix.

    Shown only under `mkdocs serve`, where the build goes on despite errors so that a
    contributor sees what to fix on the page they are editing; every word is escaped.
    """
    errors = sum(problem.is_error for problem in problems)
    count = errors or len(problems)
    noun = ("problem" if errors else "warning") + ("" if count == 1 else "s")
    title = f"{count} {noun} {scope}" + (" to fix before the site can be published" if errors else "")
    lines = [f'!!! {"failure" if errors else "warning"} "{escape_attribute(title)}"', ""]
    for problem in problems[:PROBLEM_BOX_LIMIT]:
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        item = f"    - **{escape_text(where)}**: {escape_text(problem.message)}"
        if problem.hint:
            item += f" Fix: {escape_text(problem.hint)}"
        lines.append(item)
    if len(problems) > PROBLEM_BOX_LIMIT:
        lines.append(f"    - and {len(problems) - PROBLEM_BOX_LIMIT} more (run: python -m briefs check)")
    return "\n".join(lines) + "\n\n"


def with_problem_box(page: str, box: str) -> str:
    """`page` with `box` after its front matter and its first heading, if it has one."""
    front = _FRONT_MATTER.match(page)
    head_end = front.end() if front else 0
    heading = re.compile(r"^# .*\n", re.M).search(page, head_end)
    # Only the page's own title heading, not one far down the page.
    at = heading.end() if heading and not page[head_end:heading.start()].strip() else head_end
    return page[:at] + "\n" + box + page[at:]
