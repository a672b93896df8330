"""Notes: anchoring problems with file and line, the corrected-seed case, and the HTML they render to."""

from __future__ import annotations

import re
import textwrap
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config

from briefs.build import notes_stage
from briefs.content.annotations import parse_annotation
from briefs.content.glossary import Glossary
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.notes import anchor_notes
from briefs.model import NOTE_TYPES, Annotation, Article, Brief, Citation, Note, Paragraph, Source
from briefs.render.brief import brief_sections, render_brief
from briefs.render.escape import render_contributor_markdown
from briefs.render.timeline import DateMarks
from briefs.settings import Settings
from conftest import ROOT

PATH = "annotations/2025-01-01-example.yml"
PARAGRAPHS = (
    "The council met on Monday. The mayor said the budget was “balanced.”",
    "Critics said the budget was not balanced. The council meets again on Monday.",
    "A vote (1) is planned; see item (2) of the agenda.",
)


def article(paragraphs=PARAGRAPHS) -> Article:
    return Article(title="Council Meets", caption=None, published=None, zone_name=None, published_has_time=False,
                   section=None, byline=None, dateline=None, source=None,
                   paragraphs=tuple(Paragraph(text, number) for number, text in enumerate(paragraphs, start=1)))


def note(quote: str, note_id: str = "n", prefix: str = "", suffix: str = "", body: str = "A note.",
         note_type: str = "context", line: int = 7) -> Note:
    return Note(note_id, quote, prefix, suffix, note_type, body, (Citation("A source", "https://example.org/s"),), line)


def anchor(*notes: Note, paragraphs=PARAGRAPHS):
    return anchor_notes(article(paragraphs), tuple(notes), PATH)


def test_exact_quote_anchors_in_its_paragraph():
    anchored, problems = anchor(note("the budget was “balanced.”"))
    assert problems == []
    (item,) = anchored
    assert item.paragraph == 0
    assert PARAGRAPHS[0][item.start:item.end] == "the budget was “balanced.”"


@pytest.mark.parametrize("quote", [
    "the budget was overspent",
    "The treasurer resigned",
    "Monday Monday Monday",
], ids=["wrong-ending", "absent", "garbled"])
def test_broken_quote_is_an_error_with_file_line_and_closest_text(quote):
    anchored, problems = anchor(note(quote, line=12))
    assert anchored == []
    (problem,) = problems
    assert problem.is_error
    assert problem.format().startswith(f"{PATH}:12: note 'n': quote not found in the article: {quote!r}")
    assert re.search(r"closest text in the article \(similarity 0\.\d\d\): “.+”", problem.hint)


@pytest.mark.parametrize("quote, places", [
    ("Monday", ["paragraph 1: “…The council met on [Monday]", "paragraph 2: “…The council meets again on [Monday]"]),
    ("the budget was", ["paragraph 1: “…met on Monday. The mayor said [the budget was]", "paragraph 2: “…Critics said [the budget was]"]),
    ("council", ["paragraph 1", "paragraph 2"]),
], ids=["word", "phrase", "inside-word-case"])
def test_ambiguous_quote_lists_where_and_asks_for_context(quote, places):
    anchored, problems = anchor(note(quote, line=9))
    assert anchored == []
    (problem,) = problems
    assert problem.is_error and problem.line == 9
    assert f"quote {quote!r} occurs 2 times" in problem.message
    for place in places:
        assert place in problem.message
    assert "prefix" in problem.hint and "suffix" in problem.hint


def test_prefix_resolves_the_ambiguity():
    anchored, problems = anchor(note("the budget was", prefix="Critics said"))
    assert problems == [] and anchored[0].paragraph == 1


def test_approximate_match_is_an_error_with_the_new_text():
    anchored, problems = anchor(note("Critics sayd the budget was not balanced", line=4))
    (problem,) = problems
    assert problem.is_error
    assert problem.line == 4
    assert "quote not found in the article" in problem.message
    assert "closest text in the article (similarity 0.9" in problem.hint
    assert problem.hint.endswith('put in the file: quote: "Critics said the budget was not balanced"')
    assert len(anchored) == 1  # still placed, so a preview shows the note where it will go


@pytest.mark.parametrize("quote, expected", [
    # The closest text crosses an opening quotation mark the contributor did not type: cut
    # there; the words repeat, so the suggestion carries the context that picks this place.
    ("the budget was balanced and fair", 'quote: "the budget was", suffix: "“balanced.”"'),
    # Starts inside a word in the closest text: widened to the whole word.
    ("ouncil meets again on Mondays", 'quote: "council meets again on Monday"'),
], ids=["past-closing-quote", "inside-a-word"])
def test_suggested_quote_keeps_to_words_and_quotation_marks(quote, expected):
    _, problems = anchor(note(quote))
    assert expected in problems[0].hint, problems[0].hint


def test_an_invented_quote_is_an_error_even_when_close():
    # Made-up words that share most letters with a real sentence: never a warning.
    _, problems = anchor(note("The council met on Monday and will meet Tuesday"))
    assert problems and all(problem.is_error for problem in problems)


def test_below_threshold_is_an_error_saying_so():
    anchored, problems = anchor_notes(article(), (note("Critics said the budget was fine"),), PATH, threshold=0.95)
    assert anchored == []
    assert problems[0].is_error and "below the similarity threshold 0.95" in problems[0].hint


def test_stale_prefix_on_a_unique_quote_is_a_warning_with_the_actual_words():
    anchored, problems = anchor(note("Critics", prefix="Yesterday"))
    assert len(anchored) == 1
    (problem,) = problems
    assert problem.severity == "warning" and "prefix 'Yesterday' is not the text before the quote" in problem.message


def test_corrected_context_of_a_repeated_quote_keeps_the_note_and_warns_with_the_new_prefix():
    # The note was written against a seed that read "Critcs said"; the outlet fixed the typo.
    anchored, problems = anchor(note("the budget was", prefix="Critcs said"))
    assert [item.paragraph for item in anchored] == [1]
    (problem,) = problems
    assert problem.severity == "warning"
    assert problem.hint == 'put in the file: prefix: "Critics said"'


def test_overlapping_quotes_are_an_error_naming_both_notes():
    anchored, problems = anchor(note("The mayor said the budget", "a"), note("said the budget was", "b", prefix="mayor"))
    assert [item.note.note_id for item in anchored] == ["a"]
    assert "note 'b': its quote overlaps the quote of note 'a'" in problems[0].message


def test_quote_across_two_paragraphs_is_an_error():
    anchored, problems = anchor(note("“balanced.” Critics said"))
    assert anchored == []
    assert "runs across two paragraphs" in problems[0].message


def test_notes_are_numbered_in_reading_order_not_file_order():
    anchored, problems = anchor(note("Critics said", "second"), note("The council met", "first"))
    assert problems == []
    assert [(item.number, item.note.note_id) for item in anchored] == [(1, "first"), (2, "second")]


def test_a_corrected_seed_fails_the_build_and_previews_every_note(project):
    """Edit a copy of the seed as an outlet's correction would: the build stops with the new
    quotes to put in the file, and a preview still shows every note at the corrected words."""
    from briefs.cli import main
    from briefs.errors import BriefsError
    from briefs.build import BuildCache, build_site, make_pages
    from briefs.settings import settings_from_config_file

    seed = next((project / "seeds").glob("*.txt"))
    text = seed.read_text(encoding="utf-8")
    corrected = (text.replace("world’s largest investor", "world’s biggest investor")
                 .replace("peace and stability", "peace and security")
                 .replace("proposed acquisition", "proposed takeover"))
    assert corrected != text
    seed.write_text(corrected, encoding="utf-8")
    settings = settings_from_config_file(project / "mkdocs.yml")
    with pytest.raises(BriefsError) as raised:
        build_site(settings)
    messages = [problem.format() for problem in raised.value.problems]
    assert len(messages) == 3, messages
    assert any('quote: "the world’s biggest investor in the country"' in message for message in messages)
    assert any('quote: "Nippon Steel Corp.’s proposed takeover of United States Steel Corp."' in message
               for message in messages)
    pages: dict[str, str] = {}
    make_pages(settings, pages.__setitem__, BuildCache(), preview=True)
    page = next(iter(content for uri, content in pages.items() if uri.startswith("briefs/2")))
    annotation, _ = parse_annotation(next((project / "annotations").glob("*.yml")).read_text(encoding="utf-8"), PATH)
    assert page.count('class="note-marker"') == len(annotation.notes)
    assert main(["--root", str(project), "check"]) == 1


# Rendering ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def to_html():
    config = load_config(str(ROOT / "mkdocs.yml"))
    extensions = [ext for ext in config["markdown_extensions"] if ext != "toc"]
    return lambda text: markdown.Markdown(extensions=extensions, extension_configs=config["mdx_configs"]).convert(text)


SETTINGS = Settings(root=ROOT)


def brief_with(*notes: Note, paragraphs=PARAGRAPHS) -> Brief:
    annotation = Annotation(PATH, Source("Example", "https://example.org/a"), None, key_points=("One point.",), notes=notes)
    return Brief("2025-01-01-example", "seeds/x.txt", "0" * 64, article(paragraphs), annotation)


def page_with(*notes: Note, paragraphs=PARAGRAPHS) -> str:
    """The brief's page with its notes anchored (and nothing else found: no term, date or related brief)."""
    brief = brief_with(*notes, paragraphs=paragraphs)
    anchored, problems = anchor_notes(brief.article, notes, PATH)
    assert not [problem for problem in problems if problem.is_error]
    return render_brief(BriefFacts(brief, notes=tuple(anchored)), Glossary(), SETTINGS)


class Elements(HTMLParser):
    """Every start tag with its attributes, and the tag stack at each text."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict]]:
    parser = Elements()
    parser.feed(html)
    return parser.tags


def test_marker_is_a_button_that_opens_its_popover(to_html):
    html = to_html(page_with(note("The mayor said", "mayor", note_type="fact-check")))
    tags = elements(html)
    marks = [attrs for tag, attrs in tags if tag == "mark"]
    assert marks == [{"class": "note-quote", "id": "quote-mayor"}]
    buttons = [attrs for tag, attrs in tags if tag == "button" and attrs.get("class") == "note-marker"]
    assert buttons == [{"type": "button", "class": "note-marker", "popovertarget": "note-pop-mayor",
                        "aria-label": "Note 1: Fact check"}]
    popover = [attrs for tag, attrs in tags if attrs.get("id") == "note-pop-mayor"]
    assert popover and popover[0]["popover"] == "auto" and popover[0]["aria-labelledby"] == "note-pop-mayor-title"
    closers = [attrs for tag, attrs in tags if attrs.get("popovertargetaction") == "hide"]
    assert closers and closers[0]["popovertarget"] == "note-pop-mayor"
    assert '<mark class="note-quote" id="quote-mayor">The mayor said</mark><button' in html
    assert ">1</button> the budget was" in html


def test_highlight_stays_inside_its_paragraph(to_html):
    html = to_html(page_with(note("Critics said", "c")))
    paragraph = re.search(r"<p>(.*?Critics said.*?)</p>", html).group(1)
    assert "<mark" in paragraph and "note-marker" in paragraph and "</mark>" in paragraph


@pytest.mark.parametrize("note_type", NOTE_TYPES)
def test_every_note_type_has_an_icon_in_the_stylesheet(note_type):
    # The page carries only the class; an unknown type would show an empty square.
    css = (ROOT / "docs" / "assets" / "stylesheets" / "briefs.css").read_text(encoding="utf-8")
    assert re.search(rf"--note-icon--{note_type}: url\(\"data:image/svg\+xml;charset=utf-8,<svg [^)]*<path d='[^']+'", css)
    assert f".md-typeset .note-icon--{note_type} {{ --note-icon: var(--note-icon--{note_type}); }}" in css


def test_notes_section_lists_every_note_with_type_icon_and_sources(to_html):
    html = to_html(page_with(note("The council met", "a", note_type="background"),
                             note("Critics said", "b", note_type="what-to-watch")))
    assert '<h2 id="notes">Notes' in html
    listing = html[html.index('<ol class="brief-notes">'):]
    assert listing.index('id="note-a"') < listing.index('id="note-b"')
    assert "<strong>Background</strong>" in listing and "<strong>What to watch</strong>" in listing
    assert listing.count('<span class="note-icon note-icon--') == 2 and 'aria-hidden="true"' in listing
    assert '<a href="https://example.org/s" rel="nofollow noopener noreferrer">A source</a>' in listing
    assert '<a href="#quote-a">The council met</a>' in listing


def test_key_points_open_the_brief(to_html):
    html = to_html(page_with(note("Critics said")))
    assert html.index("At a glance") < html.index("The council met on Monday")


def test_parenthesised_numbers_in_the_article_stay_text(to_html):
    """Why not Material's annotations: "(1)" in an article must not become a marker."""
    html = to_html(page_with(note("A vote")))
    assert "A vote</mark>" in html
    assert "(1) is planned; see item (2) of the agenda." in html
    assert html.count('class="note-marker"') == 1


def test_quote_text_with_markup_characters_is_escaped(to_html):
    paragraphs = ("Officials said <script>alert(1)</script> and *stars* [x](y) ran.",)
    html = to_html(page_with(note("<script>alert(1)</script> and *stars*"), paragraphs=paragraphs))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; and *stars*</mark>" in html


HOSTILE_BODIES = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](  javascript:alert(1))",
    "![pixel](data:image/png;base64,iVBORw0KGgo=)",
    "![pixel](https://tracker.example/p.gif)",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=https://evil.example></iframe>",
    '<svg onload="alert(1)"></svg>',
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    '<div style="position:fixed">x</div>',
    "[x](vbscript:msgbox)",
    "<style>body{display:none}</style>",
    '" onmouseover="alert(1)',
]


@pytest.mark.parametrize("body", HOSTILE_BODIES)
def test_hostile_bodies_render_inert(body, to_html):
    rendered = render_contributor_markdown(body)
    page = to_html(page_with(note("Critics said", body=body)))
    for html in (rendered, page):
        for tag, attrs in elements(html):
            assert tag not in ("script", "img", "iframe", "style", "svg")
            assert not any(name.startswith("on") for name in attrs)
            assert "style" not in attrs
            for name in ("href", "src"):
                if name in attrs:
                    assert attrs[name].startswith(("https://", "http://", "mailto:", "#")), attrs[name]


def test_raw_html_in_a_body_is_shown_as_text_not_dropped():
    assert render_contributor_markdown("Use <b>bold</b> & more") == "<p>Use &lt;b&gt;bold&lt;/b&gt; &amp; more</p>"


@pytest.mark.parametrize("body, expected", [
    ("A [link](https://example.org/x?a=1&b=2).",
     '<p>A <a href="https://example.org/x?a=1&amp;b=2" rel="nofollow noopener noreferrer">link</a>.</p>'),
    ("Write to <press@example.org>.", 'href="mailto:press@example.org"'),
    ("*em* and **strong**\n\n- one\n- two", "<li>one</li>"),
], ids=["https", "mailto", "lists"])
def test_allowed_markdown_survives(body, expected):
    assert expected in render_contributor_markdown(body)


def test_rendering_twice_gives_the_same_bytes():
    first = page_with(note("Critics said"), note("The council met", "b"))
    second = page_with(note("Critics said"), note("The council met", "b"))
    assert first == second


def test_brief_without_notes_has_no_notes_section():
    facts = BriefFacts(Brief("s", "seeds/s.txt", "0" * 64, article(), Annotation(PATH, None, None)))
    assert "notes" not in [section.name for section in brief_sections(facts, Glossary(), SETTINGS, DateMarks())]
    page = render_brief(facts, Glossary(), SETTINGS)
    assert "{ #notes }" not in page and "note-marker" not in page and "<mark" not in page


def test_notes_stage_anchors_each_briefs_notes_once_and_collects_the_problems():
    kept = brief_with(note("Critics said", "c"), note("The council met", "m"))
    broken = Brief("2025-01-02-other", "seeds/y.txt", "0" * 64, article(),
                   Annotation("annotations/2025-01-02-other.yml", None, None, notes=(note("Not in the text", line=3),)))
    problems = []
    anchored = notes_stage([kept, broken], 0.75, problems)
    assert [item.note.note_id for item in anchored[kept.slug]] == ["m", "c"]
    assert anchored[broken.slug] == ()
    assert [problem.format().split(": note")[0] for problem in problems] == ["annotations/2025-01-02-other.yml:3"]


def test_annotation_file_quote_with_textwrap(tmp_path):
    """A note written in YAML, as a contributor would, anchors end to end."""
    text = textwrap.dedent("""\
        source:
          name: The Example Times
          url: https://example.org/council
        notes:
          - id: mayor
            quote: 'The mayor said the budget was "balanced."'
            type: fact-check
            body: It was not.
            sources:
              - title: Audit
                url: https://example.org/audit
        """)
    annotation, problems = parse_annotation(text, PATH)
    anchored, more = anchor_notes(article(), annotation.notes, PATH)
    assert problems == more == []
    assert anchored[0].exact == "The mayor said the budget was “balanced.”"


HOSTILE_PIECES = ["<script>", "</script>", "<img src=x onerror=alert(1)>", "javascript:", "data:text/html,",
                  "[a](", ")", "![b](", "<a href=", '"', "'", "<", ">", "&", "*", "`", "\n\n", "<svg onload=x>",
                  "<iframe>", "<style>", "http://x.org", "mailto:a@b.org", " ", "text"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(HOSTILE_PIECES), max_size=20).map("".join))
def test_no_body_renders_to_live_html(body):
    for tag, attrs in elements(render_contributor_markdown(body)):
        assert tag in {"p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr", "del"}
        assert set(attrs) <= {"href", "title", "rel"}
        if "href" in attrs:
            assert attrs["href"].startswith(("http://", "https://", "mailto:")), attrs["href"]
