"""`briefs.sources.markdown_paste`: a Markdown note's marks come off; text with no Markdown is left alone."""

from __future__ import annotations

import pytest

from briefs.sources.markdown_paste import plain_lines


def test_headings_emphasis_links_and_images_lose_their_marks():
    lines = ["# Harbour board votes", "**By Jane Roe** | The Courier", "![The old pier at dusk.](https://example.com/p.jpg)",
             "The board's [plan](https://example.com/plan) is *final*.", "## What happens next"]
    assert plain_lines(lines) == ["Harbour board votes", "By Jane Roe | The Courier", "Image caption: The old pier at dusk.",
                                  "The board's plan is final.", "What happens next"]


def test_list_items_and_quotes_keep_their_marks_for_the_parser():
    lines = ["# Harbour board votes", "![A pier.](https://example.com/p.jpg)", "- first item", "> a quoted line"]
    assert plain_lines(lines)[2:] == ["- first item", "> a quoted line"]


@pytest.mark.parametrize(
    "lines",
    [
        ["#1 seed wins the regatta", "The crew of *Sea Wolf* won by 2 * 3 lengths."],
        ["Board votes to rebuild the pier", "Costs rose by 5 * 2 percent, see [1]."],
        ["**Breaking**", "A storm hit the coast on Monday."],  # one sign alone is no Markdown
    ],
)
def test_text_that_is_no_markdown_is_left_as_it_is(lines):
    assert plain_lines(lines) == lines


def test_an_image_without_alt_text_leaves_an_empty_line():
    assert plain_lines(["# Title here", "![](https://example.com/p.jpg)", "**By Jane Roe**"])[1] == ""
