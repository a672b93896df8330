"""axe-core over every page type of the built site, in both colour schemes: no violation allowed.

axe-core comes from the pinned `axe-playwright-python` package (see pyproject.toml's `test`
extra), which ships its own `axe.min.js` (axe-core 4.12.1, MPL-2.0): nothing is fetched at
test time. The rules are WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices.

A failure lists each rule with its impact and help text, then every node it found: the
CSS target, the element's opening HTML and axe's summary of what to fix.

Besides each page as it loads, the states axe cannot reach alone are scanned too: the search
dialog open with results, a note's popover open, and a glossary link's tooltip shown.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import SEED_SLUG
from test_browser import search

pytestmark = pytest.mark.browser

BRIEF = f"briefs/{SEED_SLUG}/"
# One page of every type the site has (the frozen content's brief and one of its terms). Not
# 404.html: its links are absolute to site_url's path, so it renders only when served there.
PAGE_TYPES = {
    "home": "",
    "brief": BRIEF,
    "term": "glossary/shigeru-ishiba/",
    "glossary": "glossary/",
    "timeline": "timeline/",
    "tags": "tags/",
    "briefs": "briefs/",
    "about": "about/",
    "contributing": "contributing/",
    "editorial": "editorial/",
}
# The colour preference the browser reports, and the Material scheme it must select.
SCHEMES = {"light": "default", "dark": "slate"}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}

_axe = Axe()


def axe_violations(page) -> list[dict]:
    """axe-core's violations on the page as it stands (rules chosen by AXE_OPTIONS)."""
    return _axe.run(page, options=AXE_OPTIONS).response["violations"]


def describe_violations(violations: list[dict]) -> str:
    """Every violation as `rule (impact): help`, then one line per node: target, HTML, summary."""
    lines = []
    for violation in violations:
        nodes = len(violation["nodes"])
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} [{nodes} nodes]")
        for node in violation["nodes"]:
            html = " ".join(node["html"].split())[:160]
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"  - {' '.join(map(str, node['target']))}: {html}\n    {summary}")
    return "\n".join(lines)


def assert_no_violations(page, where: str) -> None:
    violations = axe_violations(page)
    assert violations == [], f"axe-core on {where}:\n{describe_violations(violations)}"


def open_in_scheme(visit, path: str, preference: str, **options):
    """`path` opened with the browser preferring `preference`; checks Material picked that scheme."""
    view = visit(path, color_scheme=preference, **options)
    scheme = view.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert scheme == SCHEMES[preference], f"{path}: {preference} preference gave scheme {scheme!r}"
    return view


@pytest.mark.parametrize("preference", SCHEMES)
@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_page_type_has_no_axe_violations(visit, path, preference):
    view = open_in_scheme(visit, path, preference)
    assert_no_violations(view.page, f"/{path} ({preference})")


@pytest.mark.parametrize("preference", SCHEMES)
def test_open_search_with_results_has_no_axe_violations(visit, preference):
    view = open_in_scheme(visit, BRIEF, preference)
    assert BRIEF in search(view, "Senkaku")
    assert_no_violations(view.page, f"the open search dialog ({preference})")


@pytest.mark.parametrize("preference", SCHEMES)
def test_the_searched_word_in_a_results_tag_is_as_legible_as_the_tag(visit, preference):
    # axe sees a result's tags only in view, so the check above passes or fails by scroll: here the word is brought
    # into view, and it must wear the tag's own colour, which axe checks on every tag
    view = open_in_scheme(visit, BRIEF, preference)
    assert BRIEF in search(view, "Senkaku")
    marks = view.page.locator(".md-search-result .md-tag mark")
    assert marks.count() > 0, "no result's tag holds the searched word: the check checks nothing"
    colours = marks.evaluate_all(
        "marks => marks.map(mark => [getComputedStyle(mark).color, getComputedStyle(mark.closest('.md-tag')).color])")
    assert all(mark == tag for mark, tag in colours), colours
    marks.first.scroll_into_view_if_needed()
    contrast = [violation for violation in axe_violations(view.page) if violation["id"] == "color-contrast"]
    assert contrast == [], describe_violations(contrast)


@pytest.mark.parametrize("preference", SCHEMES)
def test_open_note_has_no_axe_violations(visit, preference):
    view = open_in_scheme(visit, BRIEF, preference)
    marker = view.page.locator("button.note-marker").first
    marker.focus()
    view.page.keyboard.press("Enter")
    view.page.locator(".note-popover:popover-open").wait_for(state="visible")
    assert_no_violations(view.page, f"a brief with a note open ({preference})")


@pytest.mark.parametrize("preference", SCHEMES)
def test_shown_tooltip_has_no_axe_violations(visit, preference):
    view = open_in_scheme(visit, BRIEF, preference)
    view.page.locator("article p a[title]").first.focus()
    view.page.locator(".md-tooltip2--active").wait_for(state="visible")
    assert_no_violations(view.page, f"a brief with a tooltip shown ({preference})")


def test_axe_finds_a_planted_violation(visit):
    # The scan must be able to fail: an image without alternative text is a WCAG A violation.
    view = visit("about/")
    view.page.evaluate("document.querySelector('article').insertAdjacentHTML('beforeend', '<img src=\"x.png\">')")
    assert "image-alt" in [violation["id"] for violation in axe_violations(view.page)]


# ---- hover and focus: states axe does not scan ----------------------------------------

# The contrast ratio (WCAG 2) of an element's text colour against what is painted behind it:
# the backgrounds of the element and its ancestors, composited by their alpha, on white or on
# the scheme's page colour.
CONTRAST = """element => {
    const parse = value => { const [r, g, b, a = 1] = value.match(/[\\d.]+/g).map(Number); return [r, g, b, a]; };
    const over = ([r, g, b, a], [r2, g2, b2]) => [r * a + r2 * (1 - a), g * a + g2 * (1 - a), b * a + b2 * (1 - a)];
    const layers = [];
    for (let node = element; node; node = node.parentElement) {
        layers.push(parse(getComputedStyle(node).backgroundColor));
    }
    let behind = [255, 255, 255];
    for (const layer of layers.reverse()) behind = over(layer, behind);
    const text = over(parse(getComputedStyle(element).color), behind);
    const luminance = rgb => {
        const [r, g, b] = rgb.map(c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [luminance(text), luminance(behind)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}"""
# Text in running prose, a link inside a highlighted quote, a note's marker.
STATE_TARGETS = {
    "glossary-link": "article p > a[title]",
    "link-in-quote": "article mark.note-quote a",
    "note-marker": "article button.note-marker",
}


@pytest.mark.parametrize("state", ["hover", "focus"])
@pytest.mark.parametrize("target", STATE_TARGETS.values(), ids=STATE_TARGETS.keys())
@pytest.mark.parametrize("preference", SCHEMES)
def test_hovered_and_focused_text_keeps_its_contrast(visit, preference, target, state):
    view = open_in_scheme(visit, BRIEF, preference)
    element = view.page.locator(target).first.element_handle()  # a locator would move on when title goes
    element.hover() if state == "hover" else element.focus()
    assert element.evaluate(f"element => element.matches(':{state}')")
    view.page.wait_for_timeout(400)  # Material's colour transitions take up to 250 ms
    ratio = element.evaluate(CONTRAST)
    assert ratio >= 4.5, f"{target} on {state} in {preference}: {ratio:.2f}:1"


# ---- an article with blocks -------------------------------------------------------------

# The frozen content's brief is prose only. Two invented articles show every kind of block:
# pasted text with a subheading, a quotation, a numbered and a bulleted list (a note on a
# list item, a glossary term in the quotation and in an item), and a saved page with code.
BLOCKS_SEEDS = {
    "2025-03-05-ferry-plan.txt": """\
Harbour Town Sets Out Its Ferry Plan
2025-03-05T10:00:00+09:00
The harbour council of Portville published its ferry plan on Wednesday after a long public meeting.

What changes for passengers

> The new timetable starts on Monday, the harbour master said.
> Shigeru Ishiba visited the pier last year, she added.

The plan lists three steps:

1. Evening ferries return on Friday.
2. The old pier closes for repairs in April.
3. Shigeru Ishiba will open the new terminal.

Passengers also asked for:

- more seats on the morning crossing
- a shelter at the north quay

The council said the plan would be reviewed in a year.
""",
    "2025-03-06-bin-script.html": """\
<!DOCTYPE html><html><head><title>Council Publishes Its Bin Sorting Script</title>
<meta property="article:published_time" content="2025-03-06T09:00:00+09:00"></head>
<body><article><h1>Council Publishes Its Bin Sorting Script</h1>
<p>The council has published the small program its sorting robots run, and residents can read it below today.</p>
<h2>How the robot sorts</h2>
<pre><code>def sort(waste):
    # checked by Shigeru Ishiba's office
    if waste.kind == "glass":
        return "green"

    return "brown"</code></pre>
<ul><li>Food waste goes in the brown bin.</li><li>Glass goes in the green bin.</li></ul>
<blockquote><p>"Most people already sort their waste," the deputy mayor said on Thursday.</p></blockquote>
<p>Households that do not sort their waste could be fined after a six-month grace period.</p>
</article></body></html>
""",
}
BLOCKS_ANNOTATIONS = {
    "2025-03-05-ferry-plan.yml": """\
source:
  name: Portville Harbour News
  url: https://example.org/ferry-plan
  retrieved: 2025-03-05
notes:
  - id: pier-repairs
    quote: "The old pier closes for repairs"
    type: context
    body: The pier was built in 1962.
    sources:
      - title: "Harbour council minutes (Portville)"
        url: https://example.org/minutes
""",
}
BLOCKS_BRIEFS = [f"briefs/{name.rsplit('.', 1)[0]}/" for name in BLOCKS_SEEDS]


@pytest.fixture(scope="module")
def blocks_site(serve_project, tmp_path_factory):
    """(project, served site): the frozen content plus the articles with blocks."""
    from conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("blocks-project"))
    for name, text in BLOCKS_SEEDS.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    for name, text in BLOCKS_ANNOTATIONS.items():
        (project / "annotations" / name).write_text(text, encoding="utf-8")
    return project, serve_project(project)


@pytest.mark.parametrize("preference", SCHEMES)
@pytest.mark.parametrize("path", BLOCKS_BRIEFS, ids=["pasted-text", "saved-page-with-code"])
def test_a_brief_with_blocks_has_no_axe_violations(visit, blocks_site, path, preference):
    _, site = blocks_site
    view = open_in_scheme(visit, path, preference, site=site)
    article = view.page.locator("article")
    for drawn in ("h2.brief-paragraph", "blockquote.brief-quote", ".brief-list li"):
        assert article.locator(drawn).count(), drawn
    assert_no_violations(view.page, f"/{path} ({preference})")
