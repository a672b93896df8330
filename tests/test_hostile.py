"""Hostile strings in every field: nothing they hold becomes an element or attribute.

A project with one brief per payload (tests/cases/hostile/payloads.yml) and a benign twin
are built with MkDocs. For each brief, every (element, attribute names) shape in the
hostile page must also occur in its benign twin, no address may point at the payloads'
host, and single-line payloads must show literally in the page text.
"""

from __future__ import annotations

import html
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import build_or_fail
from hostile import benign, build_project, load_payloads

PAYLOADS = load_payloads()
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset", "content"}
# Attributes that make the browser fetch by themselves (a link is only followed when clicked).
FETCHING_ATTRIBUTES = URL_ATTRIBUTES - {"href"}
# Note bodies and glossary definitions are Markdown by design: a payload written as Markdown
# may become these elements there (nh3 keeps nothing else), never anything that runs or fetches.
MARKDOWN_SHAPES = {
    ("p", ()), ("em", ()), ("strong", ()), ("code", ()), ("pre", ()), ("ol", ()), ("ul", ()), ("li", ()),
    ("blockquote", ()), ("hr", ()), ("a", ("href", "rel")), ("a", ("rel",)), ("a", ("href", "rel", "title")),
    ("table", ()), ("thead", ()), ("tbody", ()), ("tr", ()), ("th", ()), ("td", ()), ("sup", ()),
    # A pasted "1. item" or "> quote" line is read as a list item or a quotation (Article.blocks), which
    # the renderer draws with its own class; a numbered item's `value` is the digits the source printed.
    ("li", ("class", "value")), ("blockquote", ("class",)),
}


class PageShape(HTMLParser):
    """Collects element shapes, attribute values and text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shapes: Counter = Counter()
        self.attributes: list[tuple[str, str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.shapes[(tag, tuple(sorted(name for name, _ in attrs)))] += 1
        self.attributes.extend((tag, name, value or "") for name, value in attrs)

    def handle_data(self, data):
        self.text.append(data)


def shape_of(path: Path) -> PageShape:
    parser = PageShape()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def sites(hostile_site_folder, tmp_path_factory) -> tuple[Path, Path]:
    """The hostile site (conftest's, which the browser tests open too) and its benign twin's."""
    twin = build_project(tmp_path_factory.mktemp("benign"), [benign(payload) for payload in PAYLOADS])
    return hostile_site_folder, build_or_fail(twin, tmp_path_factory.mktemp("benign-site"))


def test_corpus_is_large_and_varied():
    assert len(PAYLOADS) >= 60
    assert {"script", "event", "address", "svg", "markdown", "entity", "attribute", "unicode", "template",
            "pymdown"} <= {payload.category for payload in PAYLOADS}


@pytest.mark.parametrize("payload", PAYLOADS, ids=[payload.id for payload in PAYLOADS])
def test_no_element_or_attribute_comes_from_a_payload(payload, sites):
    hostile_site, twin_site = sites
    page = f"briefs/{payload.slug}/index.html"
    hostile, twin = shape_of(hostile_site / page), shape_of(twin_site / page)
    extra = set(hostile.shapes) - set(twin.shapes)
    if payload.category == "markdown":
        extra -= MARKDOWN_SHAPES
    if payload.category == "unicode":
        # The renderer marks runs of another script with their language (render.mark_language):
        # a span with a lang attribute and no other, made by us for any text in that script.
        extra -= {("span", ("lang",))}
    assert not extra, f"elements the payload created: {sorted(extra)}"
    for tag, name, value in hostile.attributes:
        if tag == "li" and name == "value":
            assert value.isdigit(), (tag, name, value)
        assert not name.startswith("on"), (tag, name, value)
        if name in URL_ATTRIBUTES:
            cleaned = "".join(value.split()).lower()
            assert not cleaned.startswith(("javascript:", "data:", "vbscript:")), (tag, name, value)
        if name in FETCHING_ATTRIBUTES:
            assert urlsplit(value).hostname != "evil.invalid", (tag, name, value)


@pytest.mark.parametrize(
    "payload", [p for p in PAYLOADS if "\n" not in p.text and p.category != "unicode"], ids=lambda p: p.id
)
def test_single_line_payload_shows_literally(payload, sites):
    hostile_site, _ = sites
    text = " ".join("".join(shape_of(hostile_site / f"briefs/{payload.slug}/index.html").text).split())
    assert f"The first paragraph says {payload.one_line} in the middle of a sentence." in text
    assert payload.one_line in text


def test_snippet_includes_never_read_files(sites):
    hostile_site, _ = sites
    for path in hostile_site.rglob("*.html"):
        page = path.read_text(encoding="utf-8")
        assert "root:x:0:0" not in page
        assert "site_name: Annotated briefs" not in page


def test_invisible_direction_controls_are_removed(sites):
    hostile_site, _ = sites
    page = (hostile_site / "briefs/2025-01-01-rtl-override/index.html").read_text(encoding="utf-8")
    assert "\u202e" not in page
    assert "invoicegnp.exe" in html.unescape(page)
