"""Property tests: any input gives a result or the project's own error, and invariants hold.

Runs with the fast profile in `make test`; `make fuzz` runs the long profile
(HYPOTHESIS_PROFILE=long, 10,000 examples each).
"""

from __future__ import annotations

import markdown
from hypothesis import given
from hypothesis import strategies as st

from briefs.errors import BriefsError
from briefs.sources.pasted_text import parse_article
from briefs.sources.pubtime import parse_time_line
from briefs.render.escape import escape_text
from briefs.render.inline import Layer, Span, render_marked_text

# Text with the characters that matter: markup, quotes, whitespace of every kind, newlines.
article_text = st.text(
    alphabet=st.sampled_from(list("abcXYZ 019.,:;!?-—–'\"“”‘’()[]{}<>/*_#=|~^$&@\\\n\r\t\u00a0\u3000\u202e\u200b")),
    max_size=400,
) | st.text(max_size=200)

SITE_EXTENSIONS = ["attr_list", "md_in_html", "admonition", "pymdownx.details", "pymdownx.superfences",
                   "pymdownx.escapeall"]
ESCAPEALL = {"pymdownx.escapeall": {"hardbreak": False, "nbsp": False}}


@given(article_text)
def test_parse_gives_an_article_or_our_error(text):
    try:
        article = parse_article(text, "fuzz.txt")
    except BriefsError as err:
        assert all(problem.path == "fuzz.txt" for problem in err.problems)
        return
    total_lines = len(text.splitlines())
    assert all(paragraph.text and paragraph.text == paragraph.text.strip() for paragraph in article.paragraphs)
    assert all(1 <= line.number <= total_lines for line in article.dropped)
    assert article.title is None or article.title.strip() == article.title


@given(st.text(max_size=120))
def test_time_line_parser_never_raises(line):
    parse_time_line(line)


@given(article_text)
def test_escaped_text_renders_to_one_paragraph_without_elements(text):
    escaped = escape_text(text)
    if not escaped:
        return
    html_out = markdown.markdown(escaped, extensions=SITE_EXTENSIONS, extension_configs=ESCAPEALL)
    assert html_out.startswith("<p>") and html_out.endswith("</p>")
    assert "<" not in html_out[3:-4]


@st.composite
def text_and_spans(draw):
    text = draw(st.text(min_size=1, max_size=80))
    spans = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        layer = draw(st.sampled_from(Layer))
        spans.append(Span(start, end, f"<mark data-l=\"{layer:d}\">" if layer == Layer.OUTER else "<em>",
                          "</mark>" if layer == Layer.OUTER else "</em>", layer))
    return text, spans


@given(text_and_spans())
def test_spans_always_nest_properly(case):
    text, spans = case
    rendered = render_marked_text(text, spans)
    depth = []
    import re

    for tag in re.findall(r"</?(?:mark|em)\b", rendered):
        if tag.startswith("</"):
            assert depth and depth.pop() == tag[2:]
        else:
            depth.append(tag[1:])
    assert not depth
    assert render_marked_text(text, spans) == rendered  # deterministic
