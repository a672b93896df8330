"""Saved HTML pages: trafilatura's extraction mapped onto the same Article as pasted text."""

from __future__ import annotations

import json

import pytest
from trafilatura.utils import load_html

from briefs.errors import SourceError
from briefs.sources.saved_page import parse_html, read_structured_time
from briefs.sources.read import parse_source
from briefs.build import build_site, seed_files
from briefs.settings import settings_from_config_file
from conftest import ARTICLES, run_briefs

BODY = "".join(
    f"<p>Paragraph {n} of the article says something about the harbour and its ferries, at length.</p>"
    for n in range(5)
)


def page(head: str = "", body: str = BODY) -> str:
    return f"<!DOCTYPE html><html><head><title>Harbour Ferries Return</title>{head}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    "head, iso",
    [
        ('<meta property="article:published_time" content="2025-03-18T07:30:00+01:00">', "2025-03-18T07:30:00+01:00"),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2025-02-11T09:15:00Z"}]}</script>',
            "2025-02-11T09:15:00+00:00",
        ),
        (
            '<script type="application/ld+json">[{"datePublished": "2025-02-11T09:15:00+09:00"}]</script>',
            "2025-02-11T09:15:00+09:00",
        ),
        ('<meta name="date" content="2025-02-11">', "2025-02-11T00:00:00"),
    ],
    ids=["open-graph", "json-ld-graph", "json-ld-list", "meta-date"],
)
def test_structured_time(head, iso):
    stamp = read_structured_time(load_html(page(head)))
    assert stamp.value.isoformat() == iso


@pytest.mark.parametrize(
    "head",
    [
        "",
        '<script type="application/ld+json">{not json</script>',
        '<meta property="article:published_time" content="soon">',
    ],
    ids=["none", "broken-json-ld", "not-a-date"],
)
def test_no_structured_time(head):
    assert read_structured_time(load_html(page(head))) is None


def test_copyright_year_is_not_a_publication_date():
    article = parse_html(page(body=BODY + "<footer>Copyright 2025 Example</footer>"))
    assert article.published is None


def test_page_without_article_text_names_the_file():
    with pytest.raises(SourceError, match=r"empty.html: no article text found in the page"):
        parse_html("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>", "empty.html")


def test_extra_fields_are_json_and_never_overwrite_article_fields():
    article = parse_source(ARTICLES / "saved-page-og.html", "saved-page-og.html")
    data = json.loads(json.dumps(article.to_json()))
    assert data["sitename"] == "The Example Coast Times"
    assert data["description"].startswith("Regulators approved")
    assert not set(article.extra) & {
        "title",
        "caption",
        "published",
        "dateline",
        "section",
        "byline",
        "source",
        "paragraphs",
        "dropped",
    }


def test_paragraph_lines_point_into_the_page():
    source = (ARTICLES / "saved-page-og.html").read_text(encoding="utf-8").splitlines()
    article = parse_source(ARTICLES / "saved-page-og.html", "saved-page-og.html")
    for paragraph in article.paragraphs:
        assert paragraph.text.split()[0] in source[paragraph.line - 1]


def test_cli_parse_json_gives_the_html_fields():
    result = run_briefs("parse", str(ARTICLES / "saved-page-jsonld.html"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["published"] == "2025-02-11T09:15:00+09:00"
    assert data["dateline"] == "SEOUL (Yonhap)"
    assert data["source"] == {
        "name": "Example Peninsula Wire",
        "url": "https://wire.example.kr/en/education/20250211-lunches",
    }
    assert data["hostname"] == "example.kr"
    assert data["dropped"] == [{"line": "Tags: education, schools", "number": 23, "reason": "tag-list"}]


def test_html_seeds_are_built_like_text_seeds(project):
    (project / "seeds" / "2025-03-18-tidal-power-plant.html").write_bytes(
        (ARTICLES / "saved-page-og.html").read_bytes()
    )
    settings = settings_from_config_file(project / "mkdocs.yml")
    assert [path.suffix for path in seed_files(settings)] == [".txt", ".html"]
    site = build_site(settings)
    built = site.pages["briefs/2025-03-18-tidal-power-plant.md"]
    assert "Tidal Power Plant Gets Green Light in Northern Bay" in built
    assert "Most read" not in built and "Ferry fares" not in built


def test_page_saved_under_a_text_name_is_read_as_html():
    data = (ARTICLES / "saved-page-og.html").read_bytes()
    article = parse_source(data, "article.txt")
    assert article.title == "Tidal Power Plant Gets Green Light in Northern Bay"
    assert not any("<" in paragraph.text for paragraph in article.paragraphs)


STRUCTURED_BODY = (
    "<p>The council has published a guide for each bin, and the main changes are listed below today.</p>"
    "<h2>What goes where</h2>"
    "<ul><li>Food waste goes in the brown bin.</li><li>Glass goes in the green bin.</li></ul>"
    "<blockquote><p>\"Most people already sort their waste,\" the deputy mayor said on Thursday.</p></blockquote>"
    "<pre><code>def sort(waste):\n    return bins[waste]</code></pre>"
    "<p>Households that do not sort their waste could be fined after a six-month grace period.</p>"
)


def test_saved_page_keeps_headings_lists_quotes_and_code_as_blocks():
    article = parse_html(page(body=STRUCTURED_BODY))
    kinds = [block.kind for block in article.blocks]
    assert kinds == ["paragraph", "heading", "list", "quote", "code", "paragraph"]
    assert article.blocks[2].items == ("Food waste goes in the brown bin.", "Glass goes in the green bin.")
    assert article.blocks[4].text == "def sort(waste):\n    return bins[waste]"  # code keeps its lines
    assert len(article.paragraphs) == 7  # the paragraphs stay flat: one per item, code on one line


@pytest.mark.parametrize(
    "author, byline",
    [
        ("Username", None),
        ("Liam Byrne, Political Editor", "Liam Byrne"),
        ("Ravi Menon; Julia Stein", "Ravi Menon and Julia Stein"),
    ],
    ids=["interface-word", "job-title", "two-authors"],
)
def test_saved_page_byline_is_names_only(author, byline):
    assert parse_html(page(head=f'<meta name="author" content="{author}">')).byline == byline


def test_cli_parse_json_reports_blocks_and_authors(tmp_path):
    saved = tmp_path / "page.html"
    head = '<meta name="author" content="Ravi Menon; Julia Stein">'
    saved.write_text(page(head=head, body=STRUCTURED_BODY), encoding="utf-8")
    result = run_briefs("parse", "--json", str(saved))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["authors"] == ["Ravi Menon", "Julia Stein"]
    assert {"kind": "list", "text": "Food waste goes in the brown bin.\nGlass goes in the green bin.",
            "items": ["Food waste goes in the brown bin.", "Glass goes in the green bin."], "ordered": False} in data["blocks"]
    assert "items" not in data["blocks"][0]


def test_saved_page_takes_the_byline_from_an_author_box_when_that_is_all_there_is():
    box = '<div><h4>About the author</h4><p>Owen Price</p><p>Owen Price writes about food and farming.</p></div>'
    html = page(body=BODY).replace("</article>", "</article>" + box)
    assert parse_html(html).byline == "Owen Price"


@pytest.mark.parametrize(
    ("lists", "expected"),
    [
        ("<ol><li>Survey the piles first.</li><li>Crews shut the pier to boats.</li></ol>",
         [(("Survey the piles first.", "Crews shut the pier to boats."), True)]),
        ("<ul><li>Survey the piles first.</li><li>Crews shut the pier to boats.</li></ul>",
         [(("Survey the piles first.", "Crews shut the pier to boats."), False)]),
        ("<ol><li>Survey the piles first.</li></ol><ul><li>Crews shut the pier to boats.</li><li>Open it in May.</li></ul>",
         [(("Survey the piles first.",), True), (("Crews shut the pier to boats.", "Open it in May."), False)]),
    ],
    ids=["numbered", "bulleted", "two-lists-side-by-side"],
)
def test_saved_pages_keep_each_list_apart_and_whether_it_is_numbered(lists, expected):
    body = ("<p>The harbour board met on Monday and set out, step by step, how the old pier will be rebuilt.</p>"
            f"{lists}<p>The work is paid for by the port authority and should end before the summer season.</p>")
    article = parse_html(page(body=body))
    found = [(block.items, block.ordered) for block in article.blocks if block.kind == "list"]
    assert found == expected
