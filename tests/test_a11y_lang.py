"""Language of parts: runs of another script are marked with `lang`, detected from the script.

`briefs.render.brief.mark_language` wraps runs in `<span lang>` inside already escaped text; the
renderers call it wherever a source's or contributor's words become element content. The
browser test checks the built pages: every character of a marked script sits inside an
element whose language is that script's.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from briefs.render.escape import escape_attribute, escape_text, mark_language, mark_language_html
from conftest import SEED_SLUG

SPAN = re.compile(r'<span lang="(ja|ko|el|he|th|hy|ka)">|</span>')


@pytest.mark.parametrize(("text", "expected"), [
    ("石破茂", '<span lang="ja">石破茂</span>'),
    ("林 芳正", '<span lang="ja">林 芳正</span>'),  # a space between names stays inside the run
    ("ドナルド・トランプ", '<span lang="ja">ドナルド・トランプ</span>'),  # katakana middle dot
    ("鳥取1区 当選", '<span lang="ja">鳥取1区 当選</span>'),  # digits between letters
    ("「石破茂」。 said", '<span lang="ja">「石破茂」。</span> said'),  # CJK brackets and stop
    ("Kantei (官邸)", 'Kantei \\(<span lang="ja">官邸</span>\\)'),  # escaped ASCII stays outside
    ("조선민주주의인민공화국", '<span lang="ko">조선민주주의인민공화국</span>'),
    ("the Knesset (הכנסת)", 'the Knesset \\(<span lang="he">הכנסת</span>\\)'),
    ("Ελλάδα 2024", '<span lang="el">Ελλάδα</span> 2024'),  # trailing digits are not the run's
    ("Trump’s “deal” — 2%", "Trump’s “deal” — 2%"),  # typographic punctuation is not a script
    ("Москва", "Москва"),  # Cyrillic is shared by many languages: left unmarked
    ("", ""),
], ids=["kanji", "spaced-name", "katakana", "digits-inside", "cjk-punctuation", "inside-ascii", "hangul",
        "hebrew", "greek", "latin-typography", "cyrillic-unmarked", "empty"])
def test_runs_are_marked_with_the_language_of_their_script(text, expected):
    assert mark_language(escape_text(text)) == expected


def test_two_scripts_in_one_text_get_one_span_each():
    marked = mark_language(escape_text("北朝鮮 or 조선"))
    assert marked == '<span lang="ja">北朝鮮</span> or <span lang="ko">조선</span>'


def test_html_fragment_is_marked_between_tags_never_inside_them():
    fragment = '<p title="a&gt;石">石破 <em>茂</em> <a href="https://example.org/?q=東京">Tokyo</a></p>'
    assert mark_language_html(fragment) == (
        '<p title="a&gt;石"><span lang="ja">石破</span> <em><span lang="ja">茂</span></em> '
        '<a href="https://example.org/?q=東京">Tokyo</a></p>')
    # html5ever leaves ">" unescaped in an attribute value: the tag still ends at its own ">".
    assert mark_language_html('<a title="x>東">y</a>') == '<a title="x>東">y</a>'


@given(st.text())
def test_marking_adds_only_balanced_language_spans_around_escaped_text(text):
    for escaped in (escape_text(text), escape_attribute(text)):
        marked = mark_language(escaped)
        assert SPAN.sub("", marked) == escaped  # nothing else added, nothing lost
        tags = [match.group() for match in SPAN.finditer(marked)]
        assert len(tags) % 2 == 0  # each span opened, then closed, never nested
        assert all(tag.startswith("<span") == (index % 2 == 0) for index, tag in enumerate(tags))


@given(st.text(alphabet=st.characters(codec="ascii")))
def test_text_without_another_script_is_returned_unchanged(text):
    escaped = escape_text(text)
    assert mark_language(escaped) is escaped


# ---- the built site ---------------------------------------------------------------

# The same scripts as briefs.render.brief._SCRIPT_LANGUAGES, as a browser regex over text nodes.
UNMARKED_RUNS = """() => {
    const scripts = {ja: /[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]/u, ko: /[\\uac00-\\ud7af]/u,
                     el: /[\\u0370-\\u03ff]/u, he: /[\\u0590-\\u05ff]/u};
    const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
    const wrong = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const [code, pattern] of Object.entries(scripts)) {
            const owner = node.parentElement.closest('[lang]');
            if (pattern.test(node.data) && (!owner || owner.lang !== code)) {
                wrong.push(`${code} in <${node.parentElement.localName}>: ${node.data.trim().slice(0, 60)}`);
            }
        }
    }
    return wrong;
}"""


@pytest.mark.browser
@pytest.mark.parametrize("path", ["glossary/shigeru-ishiba/", "glossary/", f"briefs/{SEED_SLUG}/", "timeline/"],
                         ids=["term", "glossary", "brief", "timeline"])
def test_every_run_of_japanese_on_a_page_is_marked(visit, path):
    view = visit(path)
    assert view.page.evaluate(UNMARKED_RUNS) == []
    if path.startswith("glossary/shigeru"):  # the kanji aliases are there, and marked
        assert view.page.locator('article [lang="ja"]', has_text="石破茂").count() >= 1
