"""Rendering: source text stays literal, markup comes only from the renderer."""

from __future__ import annotations

import html
import posixpath
import re
from datetime import datetime, timedelta, timezone

import markdown
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from mkdocs.config import load_config

from briefs.content.glossary import Glossary, Term, TermSource
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import Matcher, mentions_of
from briefs.facts.notes import anchor_notes
from briefs.model import Annotation, Article, Brief, Citation, Note, Paragraph, Source
from briefs.render.brief import SECTION_ORDER, brief_sections, render_brief
from briefs.render.escape import escape_attribute, escape_text, narrow_page, safe_url, section
from briefs.render.home import render_home
from briefs.render.inline import Layer, Span, link_span, relative_uri, render_marked_text
from briefs.render.paths import sort_newest_first
from briefs.render.timeline import DateMarks
from briefs.settings import Settings
from conftest import ROOT

JST = timezone(timedelta(hours=9))
SETTINGS = Settings(root=ROOT)
NO_TERMS = Glossary()


@pytest.fixture(scope="module")
def to_html():
    """Markdown to HTML with exactly the site's extensions."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    extensions = [ext for ext in config["markdown_extensions"] if ext != "toc"]

    def convert(text: str) -> str:
        return markdown.Markdown(extensions=extensions, extension_configs=config["mdx_configs"]).convert(text)

    return convert


def make_brief(paragraphs, title="A Headline", caption=None, key_points=(), published=None, slug="2025-02-07-a") -> Brief:
    article = Article(
        title=title, caption=caption, published=published, zone_name="JST" if published else None,
        published_has_time=True, section=None, byline=None, dateline=None, source=None,
        paragraphs=tuple(Paragraph(text, number) for number, text in enumerate(paragraphs, start=1)),
    )
    annotation = Annotation(path=f"annotations/{slug}.yml", source=Source("Example News", "https://example.org/a"),
                            retrieved=None, key_points=tuple(key_points))
    return Brief(slug=slug, seed_path=f"seeds/{slug}.txt", seed_sha256="0" * 64, article=article, annotation=annotation)


def render(brief: Brief) -> str:
    """The brief's page with nothing found in it: no glossary term, date, note or related brief."""
    return render_brief(BriefFacts(brief), NO_TERMS, SETTINGS)


HOSTILE = [
    "1. starts like a list",
    "# starts like a heading",
    "- a bullet",
    "> a quote",
    "holds <b>bold</b> tags",
    "holds *emphasis* and __strong__",
    "<script>alert(1)</script>",
    "[link](javascript:alert(1))",
    "![image](https://example.org/x.png)",
    "!!! note \"admonition\"",
    "??? note \"collapsible\"",
    "/// caption",
    "a <y and x> in a md_in_html block",
    "--8<-- \"/etc/passwd\"",
    "{: .class onclick=alert(1) }",
    "`code` and ```fence```",
    "a | table | row",
    "&lt;entity&gt; and &amp; and &#60;",
    "    four spaces of indent",
    "==mark== ~~del~~ ^^ins^^ :smile: $x$",
    "trailing backslash \\",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_escaped_text_renders_literally(text, to_html):
    html_out = to_html(escape_text(text))
    assert html_out.startswith("<p>") and html_out.endswith("</p>")
    inner = html_out[3:-4]
    assert "<" not in inner.replace("&lt;", "")
    import html as html_lib
    assert html_lib.unescape(inner) == " ".join(text.split())


def test_paragraph_starting_with_number_is_not_a_list(to_html):
    brief = make_brief(["1. The first point.", "# Not a heading", "holds <b>bold</b> and *x*"])
    page = to_html(render(brief).split("---\n", 2)[2])
    assert "<ol>" not in page and "<b>" not in page and "<em>" not in page
    assert "<p>1. The first point.</p>" in page
    assert "<p># Not a heading</p>" in page
    assert "holds &lt;b&gt;bold&lt;/b&gt; and *x*" in page


def test_text_inside_html_blocks_stays_literal(to_html):
    brief = make_brief(["Body."], title="T", caption="$x<y$ and <b>z</b>")
    page = to_html(render(brief).split("---\n", 2)[2])
    assert "<y" not in page and "<b>" not in page
    assert "$x&lt;y$ and &lt;b&gt;z&lt;/b&gt;" in page


def test_title_and_caption_are_escaped(to_html):
    brief = make_brief(["Body."], title="<img src=x onerror=alert(1)> Title", caption="*Caption* <i>x</i>")
    page = to_html(render(brief).split("---\n", 2)[2])
    assert "<img" not in page and "<i>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt; Title" in page
    assert "*Caption* &lt;i&gt;x&lt;/i&gt;" in page


def test_brief_shows_source_times_and_link(to_html):
    published = datetime(2025, 2, 7, 16, 9, tzinfo=JST)
    page = to_html(render(make_brief(["Body."], published=published)).split("---\n", 2)[2])
    assert '<time datetime="2025-02-07T16:09:00+09:00">16:09 JST, 7 February 2025</time>' in page
    assert "(07:09 UTC)" in page
    assert '<a href="https://example.org/a">Original article</a>' in page
    assert "Example News" in page


def test_key_points_come_before_the_article():
    page = render(make_brief(["Body text."], key_points=["First point."])).split("---\n", 2)[2]
    assert page.index("At a glance") < page.index("First point") < page.index("Body text")


def test_front_matter_is_yaml_data_html_escaped_for_the_theme():
    page = render(make_brief(["x"], title='</title><script>x()</script> "q" {{ config }}: colon'))
    import yaml
    front = yaml.safe_load(page.split("---\n")[1])
    assert front["title"] == "&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt; &quot;q&quot; {{ config }}: colon"


def test_spans_nest_and_crossing_spans_are_dropped(to_html):
    text = "Shinzo Abe met Trump."
    spans = [
        link_span(0, 10, "../glossary/shinzo-abe.md", 'Prime minister "of Japan"'),
        link_span(5, 13, "../glossary/x.md"),  # overlaps the first on the same layer: dropped
    ]
    rendered = render_marked_text(text, spans)
    assert rendered == '[Shinzo Abe](../glossary/shinzo-abe.md "Prime minister &quot;of Japan&quot;") met Trump\\.'
    page = to_html(rendered)
    assert page == '<p><a href="../glossary/shinzo-abe.md" title="Prime minister &quot;of Japan&quot;">Shinzo Abe</a> met Trump.</p>'


def test_lower_layer_wins_over_an_earlier_crossing_span():
    """A note's highlight (outer layer) stays when a glossary link (inner layer) starting earlier crosses it."""
    text = "Shinzo Abe met Trump."
    spans = [link_span(0, 10, "../glossary/shinzo-abe.md"), Span(7, 14, "<mark>", "</mark>", layer=Layer.OUTER)]
    assert render_marked_text(text, spans) == "Shinzo <mark>Abe met</mark> Trump\\."
    inside = [link_span(0, 6, "../glossary/shinzo.md"), Span(0, 10, "<mark>", "</mark>", layer=Layer.OUTER)]
    assert render_marked_text(text, inside) == "<mark>[Shinzo](../glossary/shinzo.md) Abe</mark> met Trump\\."


def test_attribute_escaping_blocks_breakouts():
    assert escape_attribute('x" onmouseover="alert(1)') == "x&quot; onmouseover=&quot;alert&#40;1&#41;"
    assert escape_attribute("it's <b>") == "it&#x27;s &lt;b&gt;"


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("http://example.org/a (b)", "http://example.org/a%20%28b%29"),
        ("javascript:alert(1)", None),
        ("data:text/html,<b>", None),
        ("  JAVASCRIPT:alert(1)", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url_allows_only_http(url, expected):
    assert safe_url(url) == expected


def test_home_lists_newest_first():
    old = make_brief(["x"], title="Older", published=datetime(2024, 1, 1, tzinfo=JST), slug="2024-01-01-older")
    new = make_brief(["x"], title="Newer", published=datetime(2025, 1, 1, tzinfo=JST), slug="2025-01-01-newer")
    undated = make_brief(["x"], title="Undated one", slug="undated")
    page = render_home([old, undated, new])
    assert page.index("Newer") < page.index("Older") < page.index("Undated one")
    assert "[**Newer**](briefs/2025-01-01-newer.md)" in page
    assert [brief.slug for brief in sort_newest_first([old, undated, new])] == ["2025-01-01-newer", "2024-01-01-older", "undated"]


def test_rendering_is_deterministic():
    brief = make_brief(["One.", "Two."], key_points=["k"], published=datetime(2025, 2, 7, 16, 9, tzinfo=JST))
    assert render(brief) == render(brief)
    assert not re.search(r"0x[0-9a-f]{6,}", render(brief))


def test_brief_without_key_points_shows_its_opening_labelled_as_such():
    page = render(make_brief(["The U.S. and Japan met on Jan. 20. They agreed. Then they left."]))
    assert '!!! abstract "At a glance: the article\'s opening (no key points yet)"' in page
    assert "    - The U\\.S\\. and Japan met on Jan\\. 20\\.\n    - They agreed\\.\n" in page


TOKYO = Term("tokyo", "Tokyo", "place", (), None, False, "Capital of Japan.", "Text.", "2025-02-07",
             (TermSource("Ref", "https://example.org/"),), (), "glossary/tokyo.yml")


def test_brief_page_order_and_reading_time(to_html):
    from dataclasses import replace
    note = Note("n", "Tokyo said", "", "", "context", "A note.", (Citation("A source", "https://example.org/s"),), 3)
    brief = make_brief([" ".join(["word"] * 300), "Tokyo said so."], caption="A caption", key_points=["Point."],
                       published=datetime(2025, 2, 7, 16, 9, tzinfo=JST))
    brief = replace(brief, annotation=replace(brief.annotation, tags=("Trade",), retrieved="2026-11-30", notes=(note,)))
    glossary = Glossary({"tokyo": TOKYO})
    anchored, problems = anchor_notes(brief.article, brief.annotation.notes, brief.annotation.path)
    assert problems == []
    facts = BriefFacts(brief, mentions=mentions_of(brief, Matcher(glossary), ROOT)[0], notes=tuple(anchored))
    page = render_brief(facts, glossary, SETTINGS)
    names = [section.name for section in brief_sections(facts, glossary, SETTINGS, DateMarks())]
    assert names == [name for name in SECTION_ORDER if name in names] == ["key-terms", "notes", "provenance"]
    order = ["tags:", "# A Headline", "2&nbsp;min&nbsp;read", "Original article", "At a glance", "A caption", "word word",
             "## Key terms", "## Notes", "## Provenance"]
    assert [page.index(marker) for marker in order] == sorted(page.index(marker) for marker in order)
    html_out = to_html(page.split("---\n", 2)[2])
    assert "<strong>SHA-256 of the seed:</strong> <code>" + "0" * 64 + "</code>" in html_out
    assert "<strong>Seed file:</strong> <code>seeds/2025-02-07-a.txt</code>" in html_out
    assert "<strong>Retrieved:</strong> 2026-11-30" in html_out
    assert '<a href="https://example.org/a">https://example.org/a</a>' in html_out


def test_front_matter_carries_description_date_and_tags():
    import yaml
    brief = make_brief(["First sentence. Second."], published=datetime(2025, 2, 7, 16, 9, tzinfo=JST))
    front = yaml.safe_load(render(brief).split("---\n")[1])
    assert front["description"] == "First sentence. Second."
    assert front["date"] == "2025-02-07T16:09:00+09:00"
    assert front["brief"] is True


@pytest.mark.parametrize("available, expected", [
    (set(), []),
    ({"tags.md"}, ["tags.md"]),
    ({"tags.md", "glossary/index.md", "timeline.md"}, ["tags.md", "glossary/index.md", "timeline.md"]),
    ({"timeline.md", "about.md"}, ["timeline.md"]),
], ids=["none", "tags", "all", "timeline-only"])
def test_home_links_only_the_index_pages_that_exist(available, expected):
    page = render_home([make_brief(["x"])], available=available)
    linked = re.findall(r"\]\(((?:tags|glossary/index|timeline)\.md)\)", page)
    assert linked == expected
    assert ("## Ways in" in page) == bool(expected)


def test_home_cards_show_date_outlet_and_first_key_point(to_html):
    brief = make_brief(["Body."], key_points=["First <point>.", "Second."], published=datetime(2025, 2, 7, 9, tzinfo=JST))
    html_out = to_html(render_home([brief]).split("---\n", 2)[2])
    assert '<div class="grid cards brief-cards">' in html_out
    assert '<a href="briefs/2025-02-07-a.md"><strong>A Headline</strong></a>' in html_out
    assert "<p>7 February 2025 · Example News</p>" in html_out
    assert "<p>First &lt;point&gt;.</p>" in html_out and "Second." not in html_out


def test_front_matter_title_and_tags_are_html_text():
    import yaml
    from dataclasses import replace
    brief = make_brief(["x"], title="A <script>x</script> & B")
    brief = replace(brief, annotation=replace(brief.annotation, tags=("<b>T</b>", "R&D", "Plain")))
    front = yaml.safe_load(render(brief).split("---\n")[1])
    assert front["title"] == "A &lt;script&gt;x&lt;/script&gt; &amp; B"
    assert front["tags"] == ["&lt;b&gt;T&lt;/b&gt;", "R&amp;D", "Plain"]


# ------------------------------------------------------------------ relative links

@pytest.mark.parametrize("page, target, expected", [
    ("index.md", "briefs/x.md", "briefs/x.md"),
    ("briefs/x.md", "briefs/y.md", "y.md"),
    ("briefs/x.md", "glossary/terms/abe.md", "../glossary/terms/abe.md"),
    ("glossary/terms/abe.md", "index.md", "../../index.md"),
    ("briefs/x.md", "briefs/x.md", "x.md"),
    ("a/b/c.md", "a/d/e.md", "../d/e.md"),
    ("briefs.md", "briefs/x.md", "briefs/x.md"),  # a file and a folder of the same name
])
def test_relative_uri(page, target, expected):
    assert relative_uri(page, target) == expected


FOLDERS = st.lists(st.sampled_from(["a", "b", "briefs", "glossary"]), max_size=3)
PAGE = st.tuples(FOLDERS, st.sampled_from(["index.md", "x.md", "a.md"])).map(lambda parts: "/".join([*parts[0], parts[1]]))


@given(PAGE, PAGE)
def test_relative_uri_equals_relpath(page, target):
    assert relative_uri(page, target) == posixpath.relpath(target, posixpath.dirname(page) or ".")


# ---- narrow_page: references for characters above U+00FF ------------------------------------

def _body(page: str) -> str:
    return page.split("\n---\n", 1)[1]


def test_an_english_page_is_stored_at_one_byte_per_character_and_reads_the_same(to_html):
    brief = make_brief(["“It’s a ‘golden age’ — again,” said 石破茂 on Feb. 7…", "Plain ASCII text."],
                       title="Ishiba’s “visit”")
    page = render(brief)
    narrowed = narrow_page(page)
    assert max(_body(narrowed)) <= "\xff"  # CPython's 1-byte form
    assert max(_body(page)) > "\xff"
    assert "&#8220;It&#8217;s" in narrowed and "&#30707;&#30772;&#33538;" in narrowed
    assert html.unescape(to_html(_body(narrowed))) == html.unescape(to_html(_body(page)))


def test_front_matter_is_left_as_written():
    page = "---\ntitle: Ishiba’s visit\n---\n\n# Ishiba’s visit\n"
    assert narrow_page(page) == "---\ntitle: Ishiba’s visit\n---\n\n# Ishiba&#8217;s visit\n"


def test_a_page_mostly_in_japanese_is_left_as_it_is():
    page = "---\ntitle: x\n---\n\n" + "石破茂首相は7日、ワシントンに到着した。" * 20
    assert narrow_page(page) == page
    assert narrow_page("plain ASCII only") == "plain ASCII only"


@pytest.mark.parametrize("noncharacter", ["\ufdd0", "\ufdef", "\ufffe", "\U0001fffe", "\U0010ffff"])
def test_a_noncharacter_never_reaches_the_page(noncharacter):
    # (HTML reads a reference to a noncharacter as nothing: narrowing would change the page)
    page = render(make_brief([f"Ferry{noncharacter} fares rise", noncharacter]))
    assert noncharacter not in page


@given(st.lists(st.text(min_size=1, max_size=60), min_size=1, max_size=3))
@example(paragraphs=["\ufdd0"])  # a noncharacter Hypothesis found: HTML unescapes its reference to nothing
def test_narrowing_never_changes_what_a_reader_sees(to_html, paragraphs):
    page = render(make_brief(paragraphs))
    narrowed = narrow_page(page)
    assert html.unescape(to_html(_body(narrowed))) == html.unescape(to_html(_body(page)))


# --- Sections kept out of search ---------------------------------------------------------------

_SECTION_MARKDOWN = markdown.Markdown(extensions=["attr_list", "md_in_html"])


@pytest.mark.parametrize(
    "body",
    ["- one\n- two [link](x.md)", "**Title** · 1 May\n\n> a quoted sentence", "A plain paragraph."],
    ids=["list", "entry-and-quote", "paragraph"],
)
def test_an_unsearched_section_marks_its_heading_and_wraps_its_body(body):
    shown = _SECTION_MARKDOWN.reset().convert(section("Key terms", "key-terms", body, searched=False))
    heading, _, rest = shown.partition("</h2>")
    assert 'id="key-terms"' in heading and "data-search-exclude" in heading  # Material leaves out the section
    assert rest.lstrip().startswith('<div class="unsearched" data-search-exclude')  # Pagefind leaves out the element
    assert rest.rstrip().endswith("</div>")
    plain = _SECTION_MARKDOWN.reset().convert(section("Key terms", "key-terms", body))
    assert plain.split("</h2>")[1].strip() == rest.strip().removeprefix(
        rest.strip().split(">", 1)[0] + ">").removesuffix("</div>").strip()  # the same body either way


def test_a_searched_section_carries_no_mark():
    shown = _SECTION_MARKDOWN.reset().convert(section("Notes", "notes", "1. A note."))
    assert "data-search-exclude" not in shown and "unsearched" not in shown and 'id="notes"' in shown
