"""Turn a contributor's Markdown (a note body) into HTML that cannot carry markup or script.

Python-Markdown does not sanitise (its `docs/sanitization.md` says so), and a note body
is untrusted. Two layers, so a mistake in one is caught by the other:

1. Raw HTML is switched off in the parser (the `html_block` preprocessor and the `html`
   inline pattern are removed), so `<b>` or `<script>` in a body is shown as text —
   escaped, not stripped, so the contributor sees what they wrote.
2. The HTML Python-Markdown writes is cleaned with nh3 (ammonia): a short list of tags,
   `href` only on links, only http, https and mailto addresses, relative addresses
   dropped, no images (a `data:` or tracking image has no place in a note).

`unsafe_links` reports what layer 2 would remove, so `python -m briefs check` can tell the
contributor instead of silently losing a link.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urlsplit

import markdown
import nh3

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
ALLOWED_TAGS = frozenset({"p", "br", "em", "strong", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr",
                          "del", "abbr", "sub", "sup"})
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}
# Invisible characters that make text read differently from what it is (bidi overrides).
_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINK_TARGETS = re.compile(r'<(a|img)\b[^>]*?\b(href|src)="([^"]*)"')


@lru_cache(maxsize=1)
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


@lru_cache(maxsize=4096)  # a note shows twice (in place and in the list); rebuilds render it again
def render_note_body(body: str) -> str:
    """Safe HTML for contributor Markdown (note bodies, glossary definitions): rendered, then cleaned."""
    return nh3.clean(
        markdown_to_html(_INVISIBLE.sub("", body)),
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

