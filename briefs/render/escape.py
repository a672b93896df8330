"""Every escape of the site, in one place: the module to audit against hostile input.

Article text, captions, key points and every other field that comes from a source or a
contributor are data, not markup: `escape_text` backslash-escapes every ASCII punctuation
character (the site enables `pymdownx.escapeall`, so any escaped character renders as
itself) and the HTML specials `<`, `>` and `&`, so no source can start a list, a heading,
an admonition, a snippet include or an HTML element. Attribute values go through
`escape_attribute`, addresses through `safe_url`, front matter through `front_matter`,
and contributor Markdown (note bodies, definitions) through `render_contributor_markdown`,
which renders it with raw HTML switched off and then cleans the HTML with nh3.
`mark_language` adds only constant `<span lang>` wrappers around text already escaped.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import quote, urlsplit

import markdown
import nh3
import yaml

# Characters escaped with a backslash. `pymdownx.escapeall` makes `\X` literal for any X.
# Left out, because no Markdown or pymdown syntax is made of them: , ; ' " %
_MARKDOWN_SPECIAL = re.compile(r"[!#$&()*+\-./:<=>?@\[\\\]^_`{|}~]")
_HTML_SPECIAL = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
# Each special character's escape, looked up per match: str.translate with a table of
# strings was three times slower on text with curly quotes.
_ESCAPES = {character: _HTML_SPECIAL.get(character, "\\" + character) for character in "!#$&()*+-./:<=>?@[\\]^_`{|}~"}
# Characters no page should carry from a source: controls, invisible bidi overrides that
# could make text read differently from what it is, and Unicode's noncharacters (U+FDD0-U+FDEF
# and the last two of every plane), which are no text: HTML turns a reference to one into nothing.
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
)
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069" + _NONCHARACTERS + "]")
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
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def narrow_page(page: str) -> str:
    """`page` (Markdown) with its characters above U+00FF as numeric character references.

    The page renders the same (Python-Markdown passes references through to the HTML, and
    browsers, Material's search and Pagefind decode them) and MkDocs holds it at 1 byte per
    character. Front matter is left alone; a page with more than a tenth of its characters
    wide is returned as it is. Pages must hold no code span or block with such characters,
    where a reference would show as typed (the renderers write none).
    """
    head = FRONT_MATTER.match(page)
    start = head.end() if head else 0
    body = page[start:]
    wide = len(_WIDE.findall(body))
    if not wide or wide > _MOST_WIDE_SHARE * len(body):
        return page
    return page[:start] + _WIDE.sub(_reference, body)


def _reference(match: re.Match[str]) -> str:
    return f"&#{ord(match.group())};"


def escape_text(text: str) -> str:
    """Make `text` render literally in Markdown, on one line.

    `<`, `>` and `&` become entities rather than backslash escapes: inside an HTML block
    with `markdown` (md_in_html), Python-Markdown's HTML parser reads the raw text before
    escapes are applied, so `\\<y` would still open an element there.
    """
    return _MARKDOWN_SPECIAL.sub(_escape, visible_text(text))


def visible_text(text: str) -> str:
    """`text` as a page shows it: invisible characters removed, whitespace collapsed to single spaces."""
    return " ".join(_INVISIBLE.sub("", text).split())


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
    escaped = html.escape(visible_text(value), quote=True)
    # Python-Markdown would read these as escapes or link syntax inside a link title.
    return escaped.replace("\\", "&#92;").replace("(", "&#40;").replace(")", "&#41;").replace("[", "&#91;").replace("]", "&#93;")


# ASCII punctuation, and the quotes: inside a `{ key="value" }` attribute list, which
# Python-Markdown reads only after its inline patterns have run over the heading.
_ATTRIBUTE_LIST_SPECIAL = re.compile(r"""[!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]""")


def escape_attribute_list_value(value: str) -> str:
    """`value` for a double-quoted value in an attribute list (`{ data-toc-label="..." }`).

    Every punctuation character becomes a numeric reference: a backtick or a star would
    otherwise start a code span or emphasis before the list is read, and a `}` would end it.
    Python-Markdown keeps the references as they are, so the value reads as written in HTML.
    """
    return _ATTRIBUTE_LIST_SPECIAL.sub(lambda match: f"&#{ord(match.group())};", visible_text(value))


def safe_url(url: str | None) -> str | None:
    """An http(s) address made safe to place in Markdown, or None for any other scheme."""
    if not url:
        return None
    url = url.strip()
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    return quote(url, safe=_URL_SAFE).replace("(", "%28").replace(")", "%29")


# Text shown as a code span: no backtick (it would end the span), and ASCII only (`narrow_page`
# would turn a wider character into a reference that a code span shows as typed).
_CODE_SAFE = re.compile(r"[\x20-\x5f\x61-\x7e]*")


def code_or_text(text: str) -> str:
    """`text` as a Markdown code span when it can be one safely, else as escaped text."""
    return f"`{text}`" if _CODE_SAFE.fullmatch(text) else escape_text(text)


def escape_html(text: str) -> str:
    """`text` as HTML element content or a quoted attribute value (for HTML outside Markdown: the feed)."""
    return html.escape(text)


# Characters XML 1.0 cannot carry (lxml refuses them) and invisible direction overrides.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


def xml_text(value: str) -> str:
    """`value` without the characters an XML document cannot hold."""
    return _NOT_XML.sub("", value)


def escape_code(text: str) -> str:
    """Make code render literally in Markdown as it is written, on one line of Markdown.

    Like `escape_text`, but spaces are kept and line breaks and tabs become character
    references (`&#10;`, `&#9;`): the Markdown stays one line, so no blank line or indent in
    the code can end a paragraph or start a code block, and the browser shows each break
    where an element with `white-space: pre-wrap` holds it. Python-Markdown would expand a
    typed tab to spaces by its column in the Markdown line.
    """
    lines = (_MARKDOWN_SPECIAL.sub(_escape, _INVISIBLE.sub("", line)) for line in text.split("\n"))
    return "&#10;".join(line.replace("\t", "&#9;") for line in lines)


def escape_text_preserving_spaces(text: str) -> str:
    """Like `escape_text`, but keeps a leading or trailing space (for text between spans)."""
    if not text:
        return ""
    core = escape_text(text)
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() and text.strip() else ""
    return f"{lead}{core}{trail}"


def front_matter(data: dict) -> str:
    """YAML front matter, with every text value HTML-escaped.

    MkDocs' Jinja environment does not autoescape, and Material prints `page.meta.title`,
    `page.meta.description`, tag names and nav titles as they are, in text and in
    attributes. Escaping here is what keeps a headline like `</title><script>` inert; the
    browser decodes the entities back to the article's own characters.
    """
    return "---\n" + yaml.dump(_escape_meta(data), Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


# Search indexes each text once, where it is written. Lists that repeat what another page says
# (a brief's terms, people, timeline, related briefs and provenance; a term page's mentions;
# the home, archive, glossary, timeline and tags pages) are left out of both backends' indexes:
# a query then finds the brief that says it rather than every list quoting it, and Pagefind's
# indexer, which holds about half a kilobyte per word it indexes (README, "Scale"), holds less.
# Material's search plugin and overrides/main.html (for Pagefind) both read this front matter.
UNSEARCHED_PAGE = {"search": {"exclude": True}}


def section(heading: str, anchor: str, body: str, *, searched: bool = True) -> str:
    """A `##` section with its anchor; `heading` is escaped Markdown, `body` Markdown.

    An unsearched section's heading carries `data-search-exclude`, with which Material's search
    leaves out the whole section; its body is wrapped in an element that carries it too, which
    Pagefind leaves out (`briefs.search.EXCLUDE_SELECTORS`).
    """
    if searched:
        return f"## {heading} {{ #{anchor} }}\n\n{body.strip()}\n"
    return (f"## {heading} {{ #{anchor} data-search-exclude }}\n\n"
            f'<div class="unsearched" data-search-exclude markdown>\n\n{body.strip()}\n\n</div>\n')


def _escape_meta(value):
    if isinstance(value, str):
        return html.escape(visible_text(value), quote=True)
    if isinstance(value, list):
        return [_escape_meta(item) for item in value]
    if isinstance(value, dict):
        return {key: _escape_meta(item) for key, item in value.items()}
    return value




# Contributor Markdown -------------------------------------------------------------------
#
# Python-Markdown does not sanitise (its `docs/sanitization.md` says so), and a note body
# is untrusted. Two layers, so a mistake in one is caught by the other:
#
# 1. Raw HTML is switched off in the parser (the `html_block` preprocessor and the `html`
#    inline pattern are removed), so `<b>` or `<script>` in a body is shown as text —
#    escaped, not stripped, so the contributor sees what they wrote.
# 2. The HTML Python-Markdown writes is cleaned with nh3 (ammonia): a short list of tags,
#    `href` only on links, only http, https and mailto addresses, relative addresses
#    dropped, no images (a `data:` or tracking image has no place in a note).
#
# `unsafe_links` reports what layer 2 would remove, so `python -m briefs check` can tell the
# contributor instead of silently losing a link.

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
ALLOWED_TAGS = frozenset({"p", "br", "em", "strong", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr",
                          "del", "abbr", "sub", "sup"})
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}
# Invisible characters that make text read differently from what it is (bidi overrides);
# unlike `_INVISIBLE`, line ends stay: they are Markdown.
_INVISIBLE_IN_MARKDOWN = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f" + _NONCHARACTERS + "]")
_LINK_TARGETS = re.compile(r'<(a|img)\b[^>]*?\b(href|src)="([^"]*)"')


@lru_cache(maxsize=1)  # one parser, reset for each text: building one costs more than a note
def _markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def markdown_to_html(body: str) -> str:
    """Python-Markdown's HTML for `body`, raw HTML escaped, before cleaning."""
    md = _markdown()
    md.reset()
    return md.convert(body)


def render_contributor_markdown(body: str) -> str:
    """Safe HTML for contributor Markdown (note bodies, glossary definitions): rendered, then cleaned."""
    return nh3.clean(
        markdown_to_html(_INVISIBLE_IN_MARKDOWN.sub("", body)),
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(LINK_SCHEMES),
        url_relative="deny",
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    ).strip()


def unsafe_links(body: str) -> list[str]:
    """Each link or image in `body` the renderer would drop, as a message."""
    if "[" not in body and "<" not in body:
        return []  # every link, image and autolink is written with one or the other
    messages = []
    for tag, _attribute, target in _LINK_TARGETS.findall(markdown_to_html(body)):
        target = html.unescape(target)
        if tag == "img":
            messages.append(f"images are not shown in notes: {target!r}")
        elif urlsplit(target).scheme.lower() not in LINK_SCHEMES:
            messages.append(f"link {target!r} is not an http, https or mailto address and would be removed")
    return messages

