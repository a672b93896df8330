"""In a real browser: "Suggest a note" turns any selection of the article into a note that passes the check.

Selections are made on the built brief page, anywhere: random ones, and ones that start or
end inside a glossary link, a <time>, a note's highlight or its marker, the caption, or
another paragraph. The dialog's YAML is read back and checked with the library the way
`python -m briefs check` does (the note added to the brief's annotation file): it must
anchor exactly once, at the selected words, with no warning; and the script's rules must
give what `briefs.contribute.suggest` gives for the same selection.
"""

from __future__ import annotations

import random

import pytest
import yaml
from playwright.sync_api import expect

from briefs.content.annotations import parse_annotation
from briefs.facts.notes import anchor_notes
from briefs.sources.read import parse_source
from briefs.contribute.suggest import OK, note_id_for, suggest_selector
from conftest import FIXTURE_CONTENT, SEED, SEED_SLUG, run_briefs

pytestmark = pytest.mark.browser

BRIEF = f"briefs/{SEED_SLUG}/"
ANNOTATION = FIXTURE_CONTENT / "annotations" / f"{SEED_SLUG}.yml"
TRIGGER = ".suggest-note__trigger"
DIALOG = "dialog.suggest-note"
YAML_CODE = f"{DIALOG} .suggest-note__yaml code"
RANDOM_SELECTIONS = 12

# The test's own reading of the page, independent of the script's: the article's text nodes
# (marker buttons left out) with their offsets in the article text, and a way to select
# between two article offsets or two DOM points.
PAGE_HELPERS = """
window.testArticle = () => {
  const map = document.querySelector('.brief-text-map');
  const nodes = [];
  let base = 0, index = 0;
  for (let p = map.nextElementSibling; p && p.tagName === 'P'; p = p.nextElementSibling, index += 1) {
    if (index > 0) base += 2;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement.closest('button')) continue;
      nodes.push({node, base});
      base += node.length;
    }
  }
  return nodes;
};
window.testText = () => {
  let text = '';
  for (const {node, base} of testArticle()) text = text.padEnd(base, '\\n') + node.data;
  return text;
};
window.testPoint = (offset) => {
  const nodes = testArticle();
  for (const {node, base} of nodes) if (offset <= base + node.length) return [node, Math.max(0, offset - base)];
  return [nodes[nodes.length - 1].node, nodes[nodes.length - 1].node.length];
};
window.P = (index) => {
  let p = document.querySelector('.brief-text-map').nextElementSibling;
  for (let i = 0; i < index; i += 1) p = p.nextElementSibling;
  return p;
};
window.T = (index, which) => {
  const nodes = testArticle().map(item => item.node).filter(node => P(index).contains(node));
  return which === 'last' ? nodes[nodes.length - 1] : nodes[0];
};
window.testSelect = (start, end) => {
  const range = document.createRange();
  range.setStart(...testPoint(start));
  range.setEnd(...testPoint(end));
  getSelection().removeAllRanges();
  getSelection().addRange(range);
};
window.testSelectNodes = (startNode, startOffset, endNode, endOffset) => {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
};
// [first, last) of the article text the live selection covers, by the nodes it intersects.
window.testSelected = () => {
  const range = getSelection().getRangeAt(0);
  let first = null, last = null;
  for (const {node, base} of testArticle()) {
    if (!range.intersectsNode(node)) continue;
    const from = base + (node === range.startContainer ? range.startOffset : 0);
    const to = base + (node === range.endContainer ? range.endOffset : node.length);
    first = first === null ? from : Math.min(first, from);
    last = last === null ? to : Math.max(last, to);
  }
  return [first, last];
};
true;  // Playwright would call a function that the script's last statement returns
"""


@pytest.fixture(scope="module")
def article():
    return parse_source(SEED)


@pytest.fixture(scope="module")
def annotation_text() -> str:
    return ANNOTATION.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def taken(article, annotation_text):
    annotation, problems = parse_annotation(annotation_text, "annotations/x.yml")
    anchored, problems = anchor_notes(article, annotation.notes, "annotations/x.yml")
    assert problems == []
    return tuple((item.text_start, item.text_end) for item in anchored)


def open_brief(visit, **options):
    view = visit(BRIEF, **options)
    view.page.evaluate(PAGE_HELPERS)
    return view


def suggest(view) -> str:
    """Press the button the selection shows; the dialog's YAML ("" when it refuses)."""
    view.page.locator(TRIGGER).click()
    assert view.page.locator(DIALOG).is_visible()
    yaml_text = view.page.locator(YAML_CODE).text_content() if view.page.locator(YAML_CODE).is_visible() else ""
    view.page.keyboard.press("Escape")
    assert not view.page.locator(DIALOG).is_visible()
    return yaml_text


def problems_with(note_yaml: str, article, annotation_text: str):
    """What the check says about the annotation file with the suggested note pasted under `notes:`."""
    annotation, problems = parse_annotation(annotation_text.rstrip("\n") + "\n" + note_yaml, "annotations/x.yml")
    assert problems == [], problems
    anchored, problems = anchor_notes(article, annotation.notes, "annotations/x.yml")
    return annotation.notes[-1], anchored, problems


def assert_suggestion_matches_the_library(selected, note_yaml, article, annotation_text, taken):
    first, last = selected
    expected = suggest_selector(article.text, first, last, taken)
    assert expected.status == OK, (first, last, expected)
    note, anchored, problems = problems_with(note_yaml, article, annotation_text)
    assert problems == [], (note_yaml, problems)
    placed = next(item for item in anchored if item.note.note_id == note.note_id)
    assert (placed.text_start, placed.text_end) == (expected.start, expected.end)
    assert first <= expected.start <= expected.end <= last
    assert (note.quote, note.prefix, note.suffix) == (expected.selector.exact, expected.selector.prefix,
                                                        expected.selector.suffix)
    existing = {item.note.note_id for item in anchored if item is not placed}
    assert note.note_id == note_id_for(note.quote, existing)


def test_page_text_is_the_article_text(visit, article):
    view = open_brief(visit)
    assert view.page.evaluate("testText()") == article.text
    assert view.page.evaluate("briefsSuggestNote.readArticle().text") == article.text
    assert view.page.evaluate("briefsSuggestNote.readArticle().faithful")


def test_random_selections_become_notes_that_anchor_where_they_were_made(visit, article, annotation_text, taken):
    view = open_brief(visit)
    chooser = random.Random(20250207)
    made = 0
    while made < RANDOM_SELECTIONS:
        start = chooser.randrange(len(article.text))
        end = min(len(article.text), start + chooser.randrange(1, 120))
        if suggest_selector(article.text, start, end, taken).status != OK:
            continue  # only spaces, or only words another note highlights
        view.page.evaluate(f"testSelect({start}, {end})")
        selected = view.page.evaluate("testSelected()")
        assert_suggestion_matches_the_library(selected, suggest(view), article, annotation_text, taken)
        made += 1
    view.assert_clean()


# Selections whose ends fall inside page markup: (start node, offset, end node, offset) in JS.
EDGE_SELECTIONS = {
    "inside-a-glossary-link": "[P(0).querySelector('a').firstChild, 3, P(0).querySelector('a').nextSibling, 4]",
    "inside-a-time": "[P(0).querySelector('time').firstChild, 2, P(0).querySelector('time').firstChild, 9]",
    "into-a-highlight": "[document.querySelector('#quote-largest-investor').previousSibling, 5,"
                        " document.querySelector('#quote-largest-investor').lastChild, 2]",
    "from-a-marker": "[document.querySelector('#quote-largest-investor + .note-marker').firstChild, 0,"
                     " document.querySelector('#quote-largest-investor + .note-marker').nextSibling, 12]",
    "from-the-caption": "[document.querySelector('.brief-photo figcaption p').firstChild, 4, T(0, 'first'), 10]",
    "across-paragraphs": "[T(0, 'last'), 0, T(1, 'first'), 30]",
    "into-the-next-paragraph-start": "[T(2, 'first'), 0, P(3), 0]",
}


@pytest.mark.parametrize("points", EDGE_SELECTIONS.values(), ids=EDGE_SELECTIONS.keys())
def test_selections_ending_inside_page_markup_give_article_text(visit, article, annotation_text, taken, points):
    view = open_brief(visit)
    view.page.evaluate(f"testSelectNodes(...{points})")
    selected = view.page.evaluate("testSelected()")
    note_yaml = suggest(view)
    assert note_yaml, view.page.locator(f"{DIALOG} .suggest-note__notices").text_content()
    assert_suggestion_matches_the_library(selected, note_yaml, article, annotation_text, taken)
    view.assert_clean()


def test_words_inside_a_highlight_are_refused_with_a_reason(visit):
    view = open_brief(visit)
    view.page.evaluate("testSelectNodes(document.querySelector('#quote-largest-investor').firstChild, 1,"
                       " document.querySelector('#quote-largest-investor').firstChild, 6)")
    view.page.locator(TRIGGER).click()
    assert view.page.locator(YAML_CODE).is_hidden()
    assert "already highlighted" in view.page.locator(f"{DIALOG} .suggest-note__problem").text_content()


def test_the_caption_alone_is_not_article_text(visit):
    view = open_brief(visit)
    view.page.evaluate("testSelectNodes(document.querySelector('.brief-photo figcaption p').firstChild, 4,"
                       " document.querySelector('.brief-photo figcaption p').firstChild, 20)")
    assert view.page.locator(TRIGGER).is_hidden()  # the button appears only for article words
    view.page.keyboard.press("Alt+Shift+N")
    assert view.page.locator(YAML_CODE).is_hidden()
    assert "photo caption" in view.page.locator(f"{DIALOG} .suggest-note__problem").text_content()


def test_keyboard_selection_shortcut_escape_and_focus_return(visit, article):
    view = open_brief(visit)
    page = view.page
    start = article.text.index("Ishiba has tried")
    # Shift+arrows extend a selection. Headless Chromium has no caret browsing (F7) to place
    # a caret from the keyboard, so the selection starts as one character.
    page.evaluate(f"testSelect({start}, {start + 1})")
    for _ in range(len("Ishiba has") - 1):
        page.keyboard.press("Shift+ArrowRight")
    page.locator("a.md-content__button[rel=edit]").focus()
    page.keyboard.press("Alt+Shift+N")
    dialog = page.locator(DIALOG)
    assert dialog.is_visible()
    note = yaml.safe_load(page.locator(YAML_CODE).text_content())[0]
    assert note["quote"] == "Ishiba has"
    assert page.evaluate("document.activeElement.closest('dialog') !== null")
    for _ in range(6):  # a modal dialog keeps focus inside
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement === document.body || document.activeElement.closest('dialog') !== null")
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert page.evaluate("document.activeElement.matches('a.md-content__button[rel=edit]')")


def test_the_button_under_a_selection_opens_by_keyboard(visit, article):
    view = open_brief(visit)
    start = article.text.index("Ishiba is scheduled")
    view.page.evaluate(f"testSelect({start}, {start + len('Ishiba is scheduled')})")
    trigger = view.page.locator(TRIGGER)
    assert trigger.is_visible() and trigger.get_attribute("aria-keyshortcuts") == "Alt+Shift+N"
    assert trigger.inner_text() == "Suggest a note"  # its accessible name
    trigger.focus()
    view.page.keyboard.press("Enter")
    assert view.page.locator(DIALOG).is_visible()
    assert view.page.locator(DIALOG).get_attribute("aria-labelledby") == "suggest-note-title"
    view.page.keyboard.press("Escape")
    assert view.page.evaluate("document.activeElement.matches('.suggest-note__trigger')")


def test_copy_button_puts_the_yaml_on_the_clipboard(visit, article):
    view = open_brief(visit, permissions=["clipboard-read", "clipboard-write"])
    start = article.text.index("Ishiba is scheduled")
    view.page.evaluate(f"testSelect({start}, {start + len('Ishiba is scheduled')})")
    view.page.locator(TRIGGER).click()
    shown = view.page.locator(YAML_CODE).text_content()
    view.page.locator(f"{DIALOG} .suggest-note__copy").click()
    # the status is written when the clipboard's promise resolves: wait for it (a loaded machine resolves it late)
    expect(view.page.locator(f"{DIALOG} .suggest-note__status")).to_contain_text("Copied")
    assert view.page.evaluate("navigator.clipboard.readText()") == shown
    view.assert_clean()


def test_edit_link_opens_the_briefs_annotation_file(visit, article):
    view = open_brief(visit)
    start = article.text.index("Ishiba is scheduled")
    view.page.evaluate(f"testSelect({start}, {start + 6})")
    view.page.locator(TRIGGER).click()
    edit = view.page.locator(f"{DIALOG} .suggest-note__edit")
    page_edit = view.page.locator("a.md-content__button[rel=edit]").get_attribute("href")
    assert edit.is_visible() and edit.get_attribute("href") == page_edit
    assert page_edit.endswith(f"/annotations/{SEED_SLUG}.yml")
    assert f"{SEED_SLUG}.yml" in edit.inner_text()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_dialog_text_has_contrast_in_both_schemes(visit, article, scheme):
    view = open_brief(visit, color_scheme=scheme)
    start = article.text.index("Ishiba is scheduled")
    view.page.evaluate(f"testSelect({start}, {start + 6})")
    pairs = [view.page.evaluate(CONTRAST, TRIGGER)]
    view.page.locator(TRIGGER).click()
    for selector in (f"{DIALOG} h2", f"{DIALOG} .suggest-note__help", f"{DIALOG} .suggest-note__copy",
                     f"{DIALOG} .suggest-note__close", f"{DIALOG} .suggest-note__edit", YAML_CODE):
        pairs.append(view.page.evaluate(CONTRAST, selector))
    for ratio, selector in pairs:
        assert ratio >= 4.5, (selector, ratio)


# WCAG contrast of an element's text colour against the first opaque background behind it.
CONTRAST = """selector => {
  const element = document.querySelector(selector);
  const rgb = value => value.match(/[\\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => [r, g, b].map(c => c / 255)
    .map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  let back = element;
  while (back && (rgb(getComputedStyle(back).backgroundColor)[3] ?? 1) === 0) back = back.parentElement;
  const fore = luminance(rgb(getComputedStyle(element).color));
  const behind = luminance(rgb(getComputedStyle(back || document.body).backgroundColor));
  return [(Math.max(fore, behind) + 0.05) / (Math.min(fore, behind) + 0.05), selector];
}"""


def test_a_suggested_note_for_repeated_words_passes_the_check(visit, article, annotation_text, taken, project):
    # Words that occur more than once need context; the note goes into a copy of the project
    # and `python -m briefs check` must pass, exactly as for a contributor's pull request.
    start, repeated = next(_repeated_words_outside_notes(article.text, taken))
    view = open_brief(visit)
    view.page.evaluate(f"testSelect({start}, {start + len(repeated)})")
    note_yaml = suggest(view)
    note = yaml.safe_load(note_yaml)[0]
    assert note["quote"] == repeated and (note.get("prefix") or note.get("suffix"))
    path = project / "annotations" / f"{SEED_SLUG}.yml"
    path.write_text(annotation_text.rstrip("\n") + "\n" + note_yaml, encoding="utf-8")
    # Pasted as suggested, the note is unfinished: the check names the placeholders...
    unfinished = run_briefs("--root", str(project), "check")
    assert unfinished.returncode == 1 and "placeholder" in unfinished.stderr, unfinished.stderr
    # ...and once the contributor writes the body and the source, it passes.
    path.write_text(annotation_text.rstrip("\n") + "\n" + _filled_in(note_yaml), encoding="utf-8")
    check = run_briefs("--root", str(project), "check")
    assert check.returncode == 0 and "warning" not in check.stdout.replace("0 warning(s)", ""), check.stderr


def _filled_in(note_yaml: str) -> str:
    """The suggested note with a contributor's body and source in place of the placeholders."""
    lines = []
    for line in note_yaml.splitlines():
        if "Replace this with" in line:
            line = line.split("Replace this with")[0] + "What the reader needs to know, in the contributor's words."
        elif "in your own words; every fact needs a source below." in line:
            continue
        elif "Replace with the source's title" in line:
            line = line.split("title:")[0] + 'title: "A primary source (Example Ministry)"'
        elif "replace-with-the-source-address" in line:
            line = line.split("url:")[0] + "url: https://example.org/statement"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _repeated_words_outside_notes(text: str, taken):
    """(start, words) of each later occurrence of two words that the article repeats, outside every highlight."""
    words = text.split()
    for pair in (f"{one} {two}" for one, two in zip(words, words[1:]) if one.isalpha() and two.isalpha()):
        first = text.find(pair)
        start = text.find(pair, first + 1)
        if start != -1 and all(end <= start or start + len(pair) <= begin for begin, end in taken):
            yield start, pair


# Seeds written by this test: a dateline the page shows before the first paragraph's text,
# a character outside the BMP (two UTF-16 code units in the script), repeated words; and an
# article with a control character the page does not show.
DATELINE_SEED = (
    "Harbour Council Votes to Rebuild the Old Pier\n"
    "2025-03-03T18:00:00+09:00\n"
    "PORTVILLE (Kyodo) -- The harbour council voted on Monday to rebuild the old pier \U0001F6A2 before summer.\n"
    "The council said the old pier was damaged in January. The council said the work would cost 40 million yen.\n"
)
HIDDEN_CHARACTER_SEED = (
    "Ferry Timetable Changes in Spring\n"
    "2025-03-04T09:00:00+09:00\n"
    "The ferry company said the spring timetable adds two\x07 evening crossings.\n"
    "Passengers asked for later ferries last year.\n"
)


@pytest.fixture(scope="module")
def written_site(serve_project, tmp_path_factory):
    from conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("suggest-project"))
    (project / "seeds" / "2025-03-03-harbour-pier.txt").write_text(DATELINE_SEED, encoding="utf-8")
    (project / "seeds" / "2025-03-04-ferry-timetable.txt").write_text(HIDDEN_CHARACTER_SEED, encoding="utf-8")
    return project, serve_project(project)


def test_dateline_and_wide_characters_map_to_the_article_text(visit, written_site):
    project, site = written_site
    article = parse_source(project / "seeds" / "2025-03-03-harbour-pier.txt")
    assert article.dateline  # the page shows it before the first paragraph's text
    view = visit("briefs/2025-03-03-harbour-pier/", site=site)
    view.page.evaluate(PAGE_HELPERS)
    assert view.page.evaluate("briefsSuggestNote.readArticle().text") == article.text
    first = view.page.evaluate("T(0, 'first').data")
    # From inside the dateline to the words after the ship: the quote starts at the text's start.
    view.page.evaluate("testSelectNodes(T(0, 'first'), 2, T(0, 'last'), T(0, 'last').length - 10)")
    note = yaml.safe_load(suggest(view))[0]
    assert article.text.startswith(note["quote"]) and "\U0001F6A2" in note["quote"], (first, note)
    # A repeated phrase in the second paragraph gets the context the library gives it.
    # (Selected by searching the page: the test's offsets do not count the dateline.)
    start = article.text.index("The council said", article.text.index("The council said") + 1)
    view.page.evaluate("""words => {
      const nodes = testArticle().map(item => item.node).filter(node => P(1).contains(node));
      const found = nodes.flatMap(node => [...node.data.matchAll(words)].map(match => [node, match.index]));
      const [node, index] = found[1];
      testSelectNodes(node, index, node, index + words.length);
    }""", "The council said")
    note = yaml.safe_load(suggest(view))[0]
    expected = suggest_selector(article.text, start, start + len("The council said")).selector
    assert (note["quote"], note.get("prefix", ""), note.get("suffix", "")) == (expected.exact, expected.prefix, expected.suffix)
    assert expected.prefix or expected.suffix
    view.assert_clean()


def test_an_article_with_characters_the_page_drops_is_refused(visit, written_site):
    _, site = written_site
    view = visit("briefs/2025-03-04-ferry-timetable/", site=site)
    view.page.evaluate(PAGE_HELPERS)
    view.page.evaluate("testSelectNodes(T(0, 'first'), 4, T(0, 'first'), 20)")
    view.page.locator(TRIGGER).click()
    assert view.page.locator(YAML_CODE).is_hidden()
    assert "does not show" in view.page.locator(f"{DIALOG} .suggest-note__problem").text_content()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_button_and_dialog_have_no_axe_violations(visit, article, scheme):
    from test_a11y_axe import assert_no_violations

    view = open_brief(visit, color_scheme=scheme)
    start = article.text.index("Ishiba is scheduled")
    view.page.evaluate(f"testSelect({start}, {start + len('Ishiba is scheduled')})")
    assert view.page.locator(TRIGGER).is_visible()
    assert_no_violations(view.page, f"the brief with a selection ({scheme})")
    view.page.locator(TRIGGER).click()
    assert_no_violations(view.page, f"the Suggest a note dialog ({scheme})")
    view.page.keyboard.press("Escape")
    view.page.evaluate("testSelectNodes(document.querySelector('#quote-largest-investor').firstChild, 1,"
                       " document.querySelector('#quote-largest-investor').firstChild, 6)")
    view.page.locator(TRIGGER).click()  # a refusal: message, no YAML
    assert_no_violations(view.page, f"the dialog refusing a selection ({scheme})")


# ---- an article with blocks (test_a11y_axe's articles) -------------------------------------

from test_a11y_axe import BLOCKS_ANNOTATIONS, BLOCKS_SEEDS, blocks_site  # noqa: E402,F401 (a fixture)

FERRY, BINS = (name.rsplit(".", 1)[0] for name in BLOCKS_SEEDS)
NO_NOTES = "source:\n  name: An outlet\n  url: https://example.org/article\n  retrieved: 2025-03-06\nnotes:\n"
# Words selected inside an element of a block: (brief, the element, the words as the page shows them,
# the words as `Article.text` holds them).
BLOCK_SELECTIONS = {
    "inside-a-quote": (FERRY, "blockquote.brief-quote p", "the harbour master said", "the harbour master said"),
    "inside-a-numbered-item": (FERRY, "ol.brief-list li:nth-child(1)", "Evening ferries return",
                               "Evening ferries return"),
    "inside-a-bulleted-item": (FERRY, "ul.brief-list li:nth-child(2)", "shelter at the north", "shelter at the north"),
    "inside-a-subheading": (FERRY, "h2.brief-paragraph", "changes for", "changes for"),
    "inside-code": (BINS, ".brief-code__text", 'waste.kind == "glass"', 'waste.kind == "glass"'),
    "across-code-lines": (BINS, ".brief-code__text", "sort(waste):\n    # checked", "sort(waste): # checked"),
}


def _blocks_article(project, slug):
    name = next(name for name in BLOCKS_SEEDS if name.startswith(slug))
    return parse_source(project / "seeds" / name), BLOCKS_ANNOTATIONS.get(f"{slug}.yml", NO_NOTES)


@pytest.mark.parametrize("slug", [FERRY, BINS])
def test_a_page_with_blocks_holds_the_article_text(visit, blocks_site, slug):
    project, site = blocks_site
    article, _ = _blocks_article(project, slug)
    view = visit(f"briefs/{slug}/", site=site)
    assert view.page.evaluate("briefsSuggestNote.readArticle().text") == article.text
    assert view.page.evaluate("briefsSuggestNote.readArticle().faithful")


@pytest.mark.parametrize("where", BLOCK_SELECTIONS.values(), ids=BLOCK_SELECTIONS.keys())
def test_a_selection_inside_a_block_becomes_a_note_on_those_words(visit, blocks_site, where):
    slug, selector, shown, words = where
    project, site = blocks_site
    article, annotation_text = _blocks_article(project, slug)
    annotation, _ = parse_annotation(annotation_text, "annotations/x.yml")
    anchored, problems = anchor_notes(article, annotation.notes, "annotations/x.yml")
    assert problems == []
    taken = tuple((item.text_start, item.text_end) for item in anchored)
    view = visit(f"briefs/{slug}/", site=site)
    view.page.evaluate("""([selector, words]) => {
      const element = document.querySelector(selector);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode, index = node.data.indexOf(words);
        if (index === -1) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + words.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return;
      }
      throw new Error('words not found: ' + words);
    }""", [selector, shown])
    start = article.text.index(words)
    note_yaml = suggest(view)
    assert yaml.safe_load(note_yaml)[0]["quote"] == words
    assert_suggestion_matches_the_library((start, start + len(words)), note_yaml, article, annotation_text, taken)
    view.assert_clean()
