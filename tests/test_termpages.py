"""Term pages, the glossary index and a brief's term sections; definitions never run HTML."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import markdown
import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from briefs.content.glossary import Glossary, Term, TermSource
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import NO_MENTIONS, Matcher, mentions_of
from briefs.model import Annotation, Article, Brief, Paragraph
from briefs.build import build_site
from briefs.settings import Settings
from briefs.render.terms import (
    briefs_by_term,
    render_definition,
    render_glossary_index,
    render_term_page,
    sentence_around,
    term_sections,
)
from conftest import ROOT, SEED_SLUG, copy_project

JST = timezone(timedelta(hours=9))


def term(slug, name, *aliases, kind="place", surname=None, definition="Text.", see_also=(), url="https://example.org/ref") -> Term:
    return Term(slug, name, kind, tuple(aliases), surname, False, f"About {name}.", definition, "2025-02-07",
                (TermSource("Reference <b>", url),), tuple(see_also), f"glossary/{slug}.yml")


GLOSSARY = Glossary({item.slug: item for item in [
    term("japan", "Japan", "日本", see_also=["tokyo"]),
    term("tokyo", "Tokyo"),
    term("abe", "Shinzo Abe", kind="person", surname="Abe"),
    term("steel", "Nippon Steel", kind="organisation"),
    term("unused", "Unused Term", kind="event"),
]})
SETTINGS = Settings(root=None)  # type: ignore[arg-type]


def brief(slug: str, paragraphs: list[str], published: datetime | None, title: str = "A Headline") -> Brief:
    article = Article(title=title, caption=None, published=published, zone_name="JST", published_has_time=True, section=None,
                      byline=None, dateline=None, source=None, paragraphs=tuple(Paragraph(text, 1) for text in paragraphs))
    return Brief(slug, f"seeds/{slug}.txt", "0" * 64, article, Annotation(f"annotations/{slug}.yml", None, None))


def with_mentions(*briefs: Brief) -> list[BriefFacts]:
    """Each brief with the glossary stage's facts (one matcher for all, as a build makes)."""
    matcher = Matcher(GLOSSARY)
    return [BriefFacts(item, mentions=mentions_of(item, matcher, ROOT)[0]) for item in briefs]


@pytest.mark.parametrize(
    ("definition", "forbidden", "kept"),
    [
        ("<script>alert(1)</script> text", ["<script"], ["text"]),
        ("<img src=x onerror=alert(1)>", ["<img", "onerror"], []),
        ("[click](javascript:alert(1))", ["javascript:"], ["click"]),
        ("[home](/etc/passwd) and [page](other.md)", ["href=\"/etc", "href=\"other.md"], ["home"]),
        ('<a href="https://ok.example/" onclick="x()">ok</a>', ["onclick"], ['href="https://ok.example/"']),
        ("<div style='position:fixed'>x</div>", ["<div", "style="], ["x"]),
        ("<iframe src=https://evil.example></iframe>", ["<iframe"], []),
    ],
    ids=["script", "img-onerror", "javascript-link", "relative-links", "onclick", "style", "iframe"],
)
def test_definition_html_is_sanitised(definition, forbidden, kept):
    html = render_definition(definition)
    tags = " ".join(re.findall(r"<[^>]+>", html))  # raw HTML shows as text; only real tags matter
    for text in forbidden:
        assert text not in tags
    for text in kept:
        assert text in html


@pytest.mark.parametrize(
    ("definition", "expected"),
    [("**Bold** and *em*.", "<p><strong>Bold</strong> and <em>em</em>.</p>"),
     ("[MOFA](https://www.mofa.go.jp/)", '<a href="https://www.mofa.go.jp/" rel="nofollow noopener noreferrer">MOFA</a>'),
     ("[mail](mailto:editor@example.org)", 'href="mailto:editor@example.org"'),
     ("- one\n- two", "<li>one</li>"),
     ("First.\n\nSecond.", "<p>First.</p>\n<p>Second.</p>")],
    ids=["emphasis", "https-link", "mailto-link", "list", "paragraphs"],
)
def test_definition_markdown_is_kept(definition, expected):
    assert expected in render_definition(definition)


@hypothesis_settings(deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/\"'=&;:() abcjavscriptonerorimg[]*!-\n")), max_size=80))
def test_no_definition_renders_to_live_html(definition):
    html = render_definition(definition)
    assert not re.search(r"<(script|img|iframe|style|object|embed|svg|form|input)", html, re.I)
    assert not re.search(r"\son\w+\s*=", html, re.I)
    assert "javascript:" not in re.sub(r"<[^>]*>", "", html) or 'href="javascript' not in html


@pytest.mark.parametrize(
    ("text", "needle", "sentence"),
    [
        ("One thing. Abe, who built ties, met Trump on Feb. 10, 2017. Then more.", "Abe", "Abe, who built ties, met Trump on Feb. 10, 2017."),
        ("The U.S. President met Abe. Later.", "Abe", "The U.S. President met Abe."),
        ("“I’ll see Abe,” he said. Next.", "Abe", "“I’ll see Abe,” he said."),
        ("Only one sentence with Abe", "Abe", "Only one sentence with Abe"),
        ("Start. Abe? Yes! End.", "Abe", "Abe?"),
        ("Nippon Steel Corp.’s bid. Next one.", "Nippon", "Nippon Steel Corp.’s bid."),
    ],
    ids=["abbreviated-month", "abbreviation-us", "quoted", "no-stop", "question", "corp"],
)
def test_sentence_around_a_mention(text, needle, sentence):
    start = text.index(needle)
    found, inner_start, inner_end = sentence_around(text, start, start + len(needle))
    assert found == sentence
    assert found[inner_start:inner_end] == needle


def test_term_page_has_every_part_and_lists_briefs_newest_first():
    older = brief("2024-01-01-old", ["Japan met Tokyo."], datetime(2024, 1, 1, 9, tzinfo=JST), "Old <Story>")
    newer = brief("2025-01-01-new", ["In Tokyo. Then Japan spoke. Japan again."], datetime(2025, 1, 1, 9, tzinfo=JST), "New Story")
    by_term = briefs_by_term(with_mentions(older, newer))
    page = render_term_page(GLOSSARY.terms["japan"], GLOSSARY, by_term["japan"], SETTINGS)
    assert page.startswith("---\ntitle: Japan\ndescription: About Japan.\n---\n")
    assert '**Place** · Also: <span lang="ja">日本</span>' in page  # a Japanese alias is marked as such
    assert "[Reference &lt;b&gt;](https://example.org/ref)" in page
    assert "Facts checked as of 7 February 2025." in page
    assert "## See also { #see-also data-search-exclude }\n\n" in page
    assert "\n- [Tokyo](tokyo.md) — About Tokyo\\." in page
    assert page.index("New Story") < page.index("Old &lt;Story&gt;")
    assert "> Then <mark>Japan</mark> spoke\\." in page
    assert "> <mark>Japan</mark> met Tokyo\\." in page
    assert '??? quote "1 more mention in this brief"' in page and "    - <mark>Japan</mark> again\\." in page
    assert "**[New Story](../briefs/2025-01-01-new.md)** · 1 January 2025" in page


def test_term_page_without_mentions_says_so_and_drops_unsafe_source_urls():
    unsafe = term("x", "X Term", url="javascript:alert(1)")
    page = render_term_page(unsafe, Glossary({"x": unsafe}), [], SETTINGS)
    assert "No brief mentions this term yet." in page
    assert "javascript" not in page and "- Reference &lt;b&gt;" in page


def test_index_groups_by_kind_a_to_z_with_counts():
    one = brief("2025-01-01-a", ["Tokyo and Japan and Shinzo Abe."], None)
    two = brief("2025-01-02-b", ["Japan again."], None)
    index = render_glossary_index(GLOSSARY, briefs_by_term(with_mentions(one, two)), SETTINGS)
    assert index.index("## People") < index.index("## Places") < index.index("## Organisations") < index.index("## Events")
    assert index.index("[Japan](japan.md)") < index.index("[Tokyo](tokyo.md)")
    assert "[Japan](japan.md) — About Japan\\. (2 briefs)" in index
    assert "[Tokyo](tokyo.md) — About Tokyo\\. (1 brief)" in index
    assert "[Unused Term](unused.md) — About Unused Term\\. (0 briefs)" in index
    assert "Treaties" not in index  # kinds without terms are left out


def test_brief_sections_split_key_terms_from_people_and_organisations():
    item = brief("2025-01-01-a", ["Shinzo Abe visited Japan and Nippon Steel. Japan again; Abe again."], None)
    (facts,) = with_mentions(item)
    found = term_sections(item, facts.mentions, GLOSSARY, SETTINGS)
    sections = {name: (heading, markdown) for name, heading, markdown in found}
    assert list(sections) == ["key-terms", "people"]
    assert sections["key-terms"] == ("Key terms", "- [Japan](../glossary/japan.md) — About Japan\\.\n")
    assert sections["people"][0] == "People and organisations"
    assert sections["people"][1].splitlines() == ["- [Shinzo Abe](../glossary/abe.md) — About Shinzo Abe\\.",
                                                  "- [Nippon Steel](../glossary/steel.md) — About Nippon Steel\\."]


def test_brief_without_terms_gets_no_sections():
    item = brief("2025-01-01-a", ["Nothing known here."], None)
    assert term_sections(item, with_mentions(item)[0].mentions, GLOSSARY, SETTINGS) == []
    assert term_sections(item, NO_MENTIONS, GLOSSARY, SETTINGS) == []


def test_site_has_a_page_per_term_and_the_seed_on_its_terms(tmp_path):
    project = copy_project(tmp_path)
    pages = build_site(Settings(root=project)).pages
    glossary_pages = sorted(uri for uri in pages if uri.startswith("glossary/"))
    assert len(glossary_pages) == len(list((project / "glossary").glob("*.yml"))) + 1
    for slug in ("senkaku-islands", "article-5-of-the-japan-us-security-treaty", "free-and-open-indo-pacific", "donald-trump"):
        assert f"[Ishiba, Headed to White House, Aims to Convince Trump of Need for Strong Alliance](../briefs/{SEED_SLUG}.md)" in pages[f"glossary/{slug}.md"]
    assert "<mark>Abe</mark>, who built a close relationship with Trump" in pages["glossary/shinzo-abe.md"]
    assert "who built" not in pages["glossary/akie-abe.md"]
    assert "(0 briefs)" in pages["glossary/index.md"] and "(1 brief)" in pages["glossary/index.md"]


def test_rendered_term_page_is_valid_markdown_without_live_html():
    hostile = term("h", "<b>Hostile</b>", "<script>x</script>", definition="<script>alert(1)</script>\n\n**ok**")
    page = render_term_page(hostile, Glossary({"h": hostile}), [], SETTINGS)
    assert page.startswith("---\n")
    body = page.split("---\n", 2)[2]  # MkDocs reads the front matter as data, not Markdown
    html = markdown.markdown(body, extensions=["md_in_html", "pymdownx.escapeall"])
    assert "<script" not in html and "<b>Hostile" not in html
