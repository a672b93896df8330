"""The article's blocks on a brief's page: a subheading, a quotation, a list and code drawn as
what they are, every mark (glossary link, time mark, note highlight) on the words it belongs to.

The articles are made by hand, blocks and facts alike, and the page goes through
Python-Markdown with the site's own extensions; the assertions read the HTML it gives.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import lxml.html
import markdown
import pytest
from mkdocs.config import load_config

from briefs.content.glossary import Glossary, Term, TermSource
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import BriefMentions, Mention
from briefs.facts.notes import AnchoredNote
from briefs.facts.timeline import DateEvent
from briefs.model import Annotation, Article, Block, Brief, Citation, Note, Paragraph
from briefs.render.brief import paragraph_blocks, render_brief
from briefs.settings import Settings
from conftest import ROOT

SETTINGS = Settings(root=Path("."))
GLOSSARY = Glossary({"porto-vell": Term("porto-vell", "Porto Vell", "place", (), None, False, "A port city.",
                                        "A definition.", None, (TermSource("Official page", "https://example.org/"),),
                                        (), "glossary/porto-vell.yml")})

# An invented article with one block of each kind; the list items and the quotation keep the
# source's bullets and `>` marks in the paragraphs, as pasted text does.
PROSE = "The harbour board met on Monday to decide how the ferry pier in Porto Vell is rebuilt."
HEADING = "What changes in Porto Vell"
QUOTE = "> The pier will reopen on Friday, > the chair said after the vote."
FIRST_ITEM = "1. Ferries stop at the north quay until Friday."
SECOND_ITEM = "2. Cargo boats moor off Porto Vell instead."
BULLET = "- Night crossings are cut."
CODE = "if tide > 3:\n    close_pier()  # Porto Vell\n\nopen_on('Friday')"
CODE_PARAGRAPH = " ".join(CODE.split())
CLOSING = "The work is paid for by the port authority."
PARAGRAPHS = (PROSE, HEADING, QUOTE, FIRST_ITEM, SECOND_ITEM, BULLET, CODE_PARAGRAPH, CLOSING)
BLOCKS = (
    Block("paragraph", PROSE, 1),
    Block("heading", HEADING, 3),
    Block("quote", "The pier will reopen on Friday, the chair said after the vote.", 5),
    Block("list", "Ferries stop at the north quay until Friday.\nCargo boats moor off Porto Vell instead.", 7,
          ("Ferries stop at the north quay until Friday.", "Cargo boats moor off Porto Vell instead.")),
    Block("list", "Night crossings are cut.", 10, ("Night crossings are cut.",)),
    Block("code", CODE, 12),
    Block("paragraph", CLOSING, 17),
)


@pytest.fixture(scope="module")
def to_html():
    """Markdown to HTML with exactly the site's extensions (heading permalinks included)."""
    config = load_config(str(ROOT / "mkdocs.yml"))

    def convert(text: str) -> str:
        md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])
        return md.convert(text)

    return convert


def make_brief(paragraphs=PARAGRAPHS, blocks=BLOCKS, dateline=None) -> Brief:
    article = Article("Harbour board rebuilds the pier", None, None, None, False, None, None, dateline, None,
                      tuple(Paragraph(text, number) for number, text in enumerate(paragraphs, 1)), blocks=blocks)
    return Brief("2025-03-10-pier", "seeds/2025-03-10-pier.txt", "0" * 64, article,
                 Annotation("annotations/2025-03-10-pier.yml", None, None))


def mention(paragraph: int, occurrence: int = 0) -> Mention:
    text = PARAGRAPHS[paragraph]
    start = [match.start() for match in re.finditer("Porto Vell", text)][occurrence]
    return Mention("porto-vell", "Porto Vell", paragraph, start, start + len("Porto Vell"), True)


def friday(paragraph: int) -> DateEvent:
    text = PARAGRAPHS[paragraph]
    start = text.index("Friday")
    return DateEvent("2025-03-14", "day", None, "Friday", paragraph, start, start + len("Friday"), text, 0)


def note(paragraph: int, words: str, number: int, note_id: str) -> AnchoredNote:
    start = PARAGRAPHS[paragraph].index(words)
    sources = (Citation("Board minutes", "https://example.org/m"),)
    body = Note(note_id, words, "", "", "context", "Some context.", sources, 3)
    return AnchoredNote(body, number, paragraph, start, start + len(words), 0, 0, words)


def every_mark() -> BriefFacts:
    """A glossary link in the heading, a list item and the code; a time mark in the quote, a
    list item and the code; a note in the heading, the quote, a list item and the code."""
    mentions = (mention(1), mention(4), mention(6))
    events = (friday(2), friday(3), friday(6))
    notes = (note(1, "What changes", 1, "changes"), note(2, "the chair said", 2, "chair"),
             note(4, "Cargo boats", 3, "cargo"), note(6, "close_pier()", 4, "close"))
    return BriefFacts(make_brief(), mentions=BriefMentions(mentions, ()), events=events, notes=notes)


def page_tree(to_html, facts: BriefFacts):
    page = render_brief(facts, GLOSSARY, SETTINGS)
    body = page.split("\n---\n", 1)[1]  # without the front matter
    return lxml.html.fromstring(f"<div>{to_html(body)}</div>")


def article_blocks(tree) -> list[list]:
    """The article's blocks, each with its paragraph elements, found as docs/assets/suggest-note.js finds them."""
    found = []
    node = tree.find_class("brief-text-map")[0].getnext()
    while node is not None:
        inside = [node] if "brief-paragraph" in node.classes else node.find_class("brief-paragraph")
        if not inside and node.tag != "p":
            break
        found.append((node, inside or [node]))
        node = node.getnext()
    return found


def article_paragraphs(tree) -> list:
    return [paragraph for _, paragraphs in article_blocks(tree) for paragraph in paragraphs]


def page_text(element) -> str:
    """An element's text as the script reads it: without buttons and heading permalinks."""
    copy = lxml.html.fromstring(lxml.html.tostring(element, encoding="unicode"))
    for furniture in copy.xpath(".//button | .//a[contains(@class, 'headerlink')]"):
        furniture.drop_tree()
    return copy.text_content()


def test_each_block_is_drawn_as_what_it_is(to_html):
    tree = page_tree(to_html, BriefFacts(make_brief()))
    heading = tree.xpath("//h2[contains(@class, 'brief-paragraph')]")[0]
    assert heading.get("id") == "article-what-changes-in-porto-vell"
    assert heading.text_content().startswith(HEADING)
    quote = tree.xpath("//blockquote[@class='brief-quote']")[0]
    assert [p.text_content() for p in quote.findall("p")] == [QUOTE]
    numbered = tree.xpath("//ol[@class='brief-list']")[0]
    assert [item.get("value") for item in numbered.findall("li")] == ["1", "2"]
    bullets = tree.xpath("//ul[@class='brief-list']")[0]
    assert [item.text_content() for item in bullets.findall("li")] == [BULLET]
    code = tree.xpath("//p[@class='brief-code']/code")[0]
    assert code.text_content() == CODE  # line breaks and indentation kept
    assert [p.text_content() for p in tree.xpath("//div/p[not(@class)]")][:2] == [PROSE, CLOSING]


def test_the_sources_bullets_and_quote_marks_are_kept_but_marked_to_hide(to_html):
    tree = page_tree(to_html, BriefFacts(make_brief()))
    marks = [mark.text_content() for mark in tree.find_class("brief-source-mark")]
    assert marks == ["> ", " >", "1. ", "2. ", "- "]
    quote = tree.xpath("//blockquote/p")[0]
    shown = "".join(quote.xpath(".//text()[not(ancestor::span[@class='brief-source-mark'])]"))
    assert shown == "The pier will reopen on Friday, the chair said after the vote."


def test_the_page_holds_the_article_text_paragraph_by_paragraph(to_html):
    tree = page_tree(to_html, every_mark())
    texts = [page_text(element) for element in article_paragraphs(tree)]
    collapsed = [" ".join(text.split()) if "brief-code__text" in element.classes else text
                 for element, text in zip(article_paragraphs(tree), texts)]
    assert collapsed == list(PARAGRAPHS)


def test_marks_land_on_their_words_inside_every_kind_of_block(to_html):
    tree = page_tree(to_html, every_mark())
    heading, quote, first, second, bullet, code = article_paragraphs(tree)[1:7]
    links = heading.xpath(".//a[not(@class)]")
    assert [(a.text_content(), a.get("title")) for a in links] == [("Porto Vell", "A port city.")]
    assert [mark.text_content() for mark in heading.xpath(".//mark")] == ["What changes"]
    assert [time.text_content() for time in quote.xpath(".//time")] == ["Friday"]
    assert [mark.text_content() for mark in quote.xpath(".//mark")] == ["the chair said"]
    assert [time.text_content() for time in first.xpath(".//time")] == ["Friday"]
    assert [a.text_content() for a in second.xpath(".//a")] == ["Porto Vell"]
    assert [mark.text_content() for mark in second.xpath(".//mark")] == ["Cargo boats"]
    assert bullet.xpath(".//a | .//mark | .//time") == []
    assert [a.text_content() for a in code.xpath(".//a")] == ["Porto Vell"]
    assert [time.text_content() for time in code.xpath(".//time")] == ["Friday"]
    assert [mark.text_content() for mark in code.xpath(".//mark")] == ["close_pier()"]
    assert [button.text_content() for button in tree.xpath("//button[@class='note-marker']")] == ["1", "2", "3", "4"]


def test_a_note_over_a_list_items_number_keeps_the_number_inside_its_highlight(to_html):
    words = "2. Cargo boats"
    facts = BriefFacts(make_brief(), notes=(note(4, words, 1, "numbered"),))
    item = article_paragraphs(page_tree(to_html, facts))[4]
    mark = item.xpath(".//mark")[0]
    assert mark.text_content() == words
    assert mark.xpath("span[@class='brief-source-mark']")[0].text_content() == "2. "


def test_an_article_subheading_sits_at_the_sections_level_with_an_id_clear_of_theirs(to_html):
    paragraphs = ("Opening words of the piece.", "Timeline", "More words follow here.", "Timeline",
                  "Notes", "The end.")
    blocks = tuple(Block("heading" if text in ("Timeline", "Notes") else "paragraph", text, number)
                   for number, text in enumerate(paragraphs, 1))
    tree = page_tree(to_html, BriefFacts(make_brief(paragraphs, blocks)))
    headings = tree.xpath("//h2[contains(@class, 'brief-paragraph')]")
    assert [heading.get("id") for heading in headings] == ["article-timeline", "article-timeline-2", "article-notes"]
    assert not tree.xpath("//h3 | //h4")  # `# title`, then `##` only: no level skipped
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_a_list_of_bare_items_is_a_bulleted_list_and_numbers_written_as_3_close_paren_are_kept(to_html):
    paragraphs = ("Opening words of the piece.", "3) third step", "4) fourth step", "Brown bin", "Green bin")
    blocks = (Block("paragraph", paragraphs[0], 1),
              Block("list", "third step\nfourth step", 2, ("third step", "fourth step")),
              Block("paragraph", "Between the lists.", 4),
              Block("list", "Brown bin\nGreen bin", 5, ("Brown bin", "Green bin")))
    paragraphs = paragraphs[:3] + ("Between the lists.",) + paragraphs[3:]
    tree = page_tree(to_html, BriefFacts(make_brief(paragraphs, blocks)))
    assert [item.get("value") for item in tree.xpath("//ol/li")] == ["3", "4"]
    assert [item.text_content() for item in tree.xpath("//ul[@class='brief-list']/li")] == ["Brown bin", "Green bin"]
    assert [mark.text_content() for mark in tree.find_class("brief-source-mark")] == ["3) ", "4) "]


def test_quotations_one_after_another_make_one_blockquote(to_html):
    paragraphs = ("Opening words of the piece.", "\u201cWe waited years,\u201d one skipper said.",
                  "Another added: \u201cAt last.\u201d")
    blocks = (Block("paragraph", paragraphs[0], 1), Block("quote", paragraphs[1], 2), Block("quote", paragraphs[2], 3))
    tree = page_tree(to_html, BriefFacts(make_brief(paragraphs, blocks)))
    (quote,) = tree.xpath("//blockquote")
    assert [p.text_content() for p in quote.findall("p")] == list(paragraphs[1:])


def test_the_dateline_stays_before_the_first_paragraphs_text_whatever_its_block(to_html):
    paragraphs = ("- Ferries stop at noon.", "Passengers were told on the quay.")
    blocks = (Block("list", "Ferries stop at noon.", 1, ("Ferries stop at noon.",)),
              Block("paragraph", paragraphs[1], 2))
    tree = page_tree(to_html, BriefFacts(make_brief(paragraphs, blocks, dateline="PORTVILLE")))
    first = article_paragraphs(tree)[0]
    assert first.tag == "li" and first.text_content() == "PORTVILLE \u2014 - Ferries stop at noon."
    assert first.find("strong").text_content() == "PORTVILLE"


def test_code_that_does_not_read_as_its_paragraph_is_drawn_as_the_paragraph(to_html):
    paragraphs = ("Opening words of the piece.", "print(1) print(2) extra words")
    blocks = (Block("paragraph", paragraphs[0], 1), Block("code", "print(1)\nprint(2)", 2))
    tree = page_tree(to_html, BriefFacts(make_brief(paragraphs, blocks)))
    assert tree.xpath("//code[contains(@class, 'brief-code__text')]")[0].text_content() == paragraphs[1]


@pytest.mark.parametrize("blocks", [(), (Block("paragraph", "Only one block for two paragraphs.", 1),)],
                         ids=["no-blocks", "blocks-not-one-for-one"])
def test_without_blocks_that_hold_the_paragraphs_every_paragraph_is_prose(to_html, blocks):
    paragraphs = ("- Opening words of the piece.", "> More words follow here.")
    assert paragraph_blocks(make_brief(paragraphs, blocks).article) is None
    tree = page_tree(to_html, BriefFacts(make_brief(paragraphs, blocks)))
    assert [p.text_content() for p in article_paragraphs(tree)] == list(paragraphs)
    assert not tree.xpath("//blockquote | //ul[@class='brief-list'] | //ol")


def test_an_article_of_paragraph_blocks_renders_as_one_without_blocks():
    paragraphs = ("Opening words of the piece.", "More words follow here.")
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    with_blocks = render_brief(BriefFacts(make_brief(paragraphs, blocks)), GLOSSARY, SETTINGS)
    assert with_blocks == render_brief(BriefFacts(make_brief(paragraphs, ())), GLOSSARY, SETTINGS)


# ---- hostile block text: always the article's characters, never markup ---------------------

HOSTILE = [
    "# Not a heading",
    "> not a quote",
    "- not an item",
    "1. not a number",
    "{ #injected .brief-paragraph }",
    "<script>alert(1)</script>",
    "</li></ol><h1>escaped</h1>",
    "</code></p><img src=x onerror=alert(1)>",
    "</blockquote><p>out</p>",
    "`code` and ``` fences ```",
    "[a link](javascript:alert(1)) and ![img](x.png)",
    "&#10; &amp; &lt;b&gt; \\ backslash",
    "*stars* _under_ ~~strike~~ ==mark== ^^ins^^",
    "!!! note \"admonition\"",
    "--8<-- \"snippet.txt\"",
    "<!-- comment --> <div markdown>x</div>",
]


def hostile_brief(text: str) -> Brief:
    paragraphs = ("Opening words of the piece.", text, f"- {text}", f"1. {text}", f"> {text}", text, "The end.")
    blocks = (
        Block("paragraph", paragraphs[0], 1),
        Block("heading", text, 2),
        Block("list", text, 3, (text,)),
        Block("list", text, 4, (text,)),
        Block("quote", text, 5),
        Block("code", text, 6),
        Block("paragraph", "The end.", 7),
    )
    return make_brief(paragraphs, blocks)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_block_text_is_shown_as_written_and_never_becomes_markup(to_html, text):
    brief = hostile_brief(text)
    tree = page_tree(to_html, BriefFacts(brief))
    elements = article_paragraphs(tree)
    assert [element.tag for element in elements] == ["p", "h2", "li", "li", "p", "code", "p"]
    written = [" ".join(page_text(element).split()) for element in elements]
    assert written == [" ".join(paragraph.text.split()) for paragraph in brief.article.paragraphs]
    blocks = [block for block, _ in article_blocks(tree)]
    assert [block.tag for block in blocks] == ["p", "h2", "ul", "ol", "blockquote", "p", "p"]
    for block in blocks:  # nothing inside but the renderer's own elements
        assert {element.tag for element in block.iterdescendants()} <= {"p", "li", "code", "a", "span"}, text
        assert [link.get("class") for link in block.iter("a")] in ([], ["headerlink"])
    assert [(block.get("id"), block.get("class")) for block in blocks if block.tag == "h2"] == [
        ("article-" + "-".join(re.findall("[a-z0-9]+", text.lower())[:6]) if re.search("[a-z0-9]", text.lower())
         else "article-heading", "brief-paragraph")]


def test_hostile_code_keeps_its_lines_and_spaces(to_html):
    code = "<pre>\n  ```\n\t</code>\n    # x  = [y](z)"
    paragraphs = ("Opening words of the piece.", " ".join(code.split()))
    blocks = (Block("paragraph", paragraphs[0], 1), Block("code", code, 2))
    tree = page_tree(to_html, BriefFacts(make_brief(paragraphs, blocks)))
    (element,) = tree.xpath("//code[contains(@class, 'brief-code__text')]")
    assert element.text_content() == code and len(element) == 0


@pytest.mark.parametrize("text", [HEADING, *HOSTILE, 'A "quoted" } heading { with & and \\ and (parens)'])
def test_the_table_of_contents_names_a_subheading_by_its_words_alone(text):
    # The TOC entry is the heading's text: no note marker's number, no markup from the text.
    paragraphs = ("Opening words of the piece.", text, "The end.")
    blocks = (Block("paragraph", paragraphs[0], 1), Block("heading", text, 2), Block("paragraph", paragraphs[2], 3))
    start = text.index(text.split()[0])
    words = text.split()[0]
    marked = AnchoredNote(Note("n", words, "", "", "context", "Context.", (Citation("A", "https://example.org/"),), 3),
                          1, 1, start, start + len(words), 0, 0, words)
    page = render_brief(BriefFacts(make_brief(paragraphs, blocks), notes=(marked,)), GLOSSARY, SETTINGS)
    config = load_config(str(ROOT / "mkdocs.yml"))
    md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])
    html = md.convert(page.split("\n---\n", 1)[1])
    (entry,) = [token for token in _flat(md.toc_tokens) if token["id"].startswith("article-")]
    assert lxml.html.fromstring(f"<p>{entry['name']}</p>").text_content() == " ".join(text.split())
    assert "data-toc-label" not in html


def _flat(tokens: list[dict]) -> list[dict]:
    return [item for token in tokens for item in [token, *_flat(token["children"])]]


def test_a_dateline_before_code_is_inside_the_code_element_the_script_reads(to_html):
    paragraphs = ("run(1)", "Words after the code.")
    blocks = (Block("code", "run(1)", 1), Block("paragraph", paragraphs[1], 2))
    tree = page_tree(to_html, BriefFacts(make_brief(paragraphs, blocks, dateline="PORTVILLE")))
    assert article_paragraphs(tree)[0].text_content() == "PORTVILLE \u2014 run(1)"


# ---- any article the parser's blocks can describe ----------------------------------------------

from hypothesis import given, strategies as st  # noqa: E402

from briefs.sources.pasted_text import build_blocks  # noqa: E402

WORDS = ["harbour", "Pier", "Porto", "Vell", "on", "Friday", "#", ">", "-", "1.", "2)", "{", "}", "<b>", "`", "```",
         "*", "_", "&amp;", "\\", "[x](y)", "日本", "\u201cq\u201d", "!!!", ":", "|"]
MARKERS = {"paragraph": [""], "list": ["- ", "• ", "1. ", "12) "], "quote": ["> "]}


@st.composite
def paragraphs_and_kinds(draw):
    count = draw(st.integers(1, 8))
    texts, kinds = [], []
    for _ in range(count):
        kind = draw(st.sampled_from(sorted(MARKERS)))
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=7))
        if kind == "quote" and len(words) > 1 and draw(st.booleans()):
            words.insert(draw(st.integers(1, len(words) - 1)), ">")  # a second `>` line, joined
        texts.append(draw(st.sampled_from(MARKERS[kind])) + " ".join(words))
        kinds.append(kind)
    return texts, kinds


@given(paragraphs_and_kinds())
def test_every_paragraph_element_holds_its_paragraphs_text(to_html, drawn):
    texts, kinds = drawn
    paragraphs = [Paragraph(text, number) for number, text in enumerate(texts, 1)]
    blocks = build_blocks(paragraphs, kinds)
    tree = page_tree(to_html, BriefFacts(make_brief(tuple(texts), blocks)))
    assert [page_text(element) for element in article_paragraphs(tree)] == texts
    assert len(tree.xpath("//h1")) == 1


def test_a_saved_pages_numbered_list_is_numbered_from_one_and_two_lists_side_by_side_stay_two(to_html):
    paragraphs = ("Opening words of the piece.", "Survey the piles", "Shut the pier", "Brown bin", "Green bin")
    blocks = (Block("paragraph", paragraphs[0], 1),
              Block("list", "Survey the piles\nShut the pier", 2, ("Survey the piles", "Shut the pier"), ordered=True),
              Block("list", "Brown bin\nGreen bin", 4, ("Brown bin", "Green bin")))
    tree = page_tree(to_html, BriefFacts(make_brief(paragraphs, blocks)))
    (numbered,) = tree.xpath("//ol[@class='brief-list']")
    assert [item.text_content() for item in numbered.findall("li")] == ["Survey the piles", "Shut the pier"]
    assert [item.get("value") for item in numbered.findall("li")] == [None, None]  # the browser counts from 1
    assert [item.text_content() for item in tree.xpath("//ul[@class='brief-list']/li")] == ["Brown bin", "Green bin"]


def test_a_sources_correction_is_shown_apart_from_the_article(to_html):
    correction = "Correction: An earlier version gave the pier's cost as <b>3</b> million."
    brief = make_brief()
    article = replace(brief.article, extra={"corrections": [correction]})
    tree = page_tree(to_html, BriefFacts(replace(brief, article=article)))
    note_box = tree.find_class("brief-corrections")[0]
    assert page_text(note_box).strip().endswith(correction)  # the text as printed, no markup taken from it
    assert note_box.xpath(".//b") == []
    assert all(correction not in page_text(paragraph) for paragraph in article_paragraphs(tree))
