"""`briefs.sources.unwrap`: paragraphs wrapped at a fixed width are joined; pastes of a paragraph a line are left."""

from __future__ import annotations

import textwrap

import pytest

from test_parse_round6 import PROSE, PROSE_2, PROSE_3

from briefs.sources.pasted_text import parse_article
from briefs.sources.unwrap import unwrap, wrap_width

STORY = [PROSE, PROSE_2, PROSE_3, "The harbour master said crews would work through the night to finish the first section of new piles before the tide turned."]


def _wrapped(paragraphs: list[str], width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += textwrap.wrap(paragraph, width) + [""]
    return lines


@pytest.mark.parametrize("width", [60, 72, 78])
def test_paragraphs_wrapped_at_any_email_width_are_joined_on_their_first_line(width):
    lines = _wrapped(STORY * 2, width)
    joined = unwrap(lines)
    assert [line for line in joined if line] == STORY * 2
    assert len(joined) == len(lines)  # every line keeps its number


def test_a_paste_of_one_paragraph_a_line_is_left_as_it_is():
    lines = [text for paragraph in STORY * 3 for text in (paragraph, "")]
    assert wrap_width(lines) is None
    assert unwrap(lines) == lines


@pytest.mark.parametrize(
    "next_line",
    ["* * *", "- the second item of the list", "https://www.example.com/story", "© 2025 Example Media SA", "| Unsubscribe |"],
)
def test_rules_list_items_links_and_footer_lines_are_not_joined_to_a_full_line(next_line):
    lines = _wrapped(STORY * 2, 72)
    full = next(index for index, line in enumerate(lines) if len(line) > 60 and lines[index + 1])
    lines.insert(full + 1, next_line)
    assert next_line in unwrap(lines)


def test_short_lines_of_a_wrapped_paste_stand_alone():
    lines = ["THE NORTHGATE POST", "Europe Morning Briefing", ""] + _wrapped(STORY * 2, 72)
    joined = unwrap(lines)
    assert joined[:2] == ["THE NORTHGATE POST", "Europe Morning Briefing"]


def test_a_wrapped_newsletter_greeting_is_read_whole_and_left_out():
    greeting = ("Good morning. EU finance ministers have agreed to borrow together for air defence, and Romania's "
                "coalition is wobbling again. Here's what you need to know.")
    more = ["Ministers from the northern states had rejected joint borrowing outright as recently as last autumn, officials said.",
            "The agreement does not settle how the debt will be repaid, the question that sank a similar proposal in 2022."]
    text = "\n".join(["Ministers back defence bond plan", "", "March 11, 2025", ""] + _wrapped([greeting] + STORY + more, 72))
    paragraphs = [paragraph.text for paragraph in parse_article(text, "mail.txt").paragraphs]
    assert paragraphs == STORY + more


def test_lone_letters_under_long_lines_are_no_wrapped_paragraphs():
    lines = ["Harbour Authority Approves Night Ferry Service"] * 3 + ["a", "ß", "0", "p"] + [
        "Harbour Authority Approves Night Ferry Service", '"Politics" POPULAR ARTICLE - One - Two', "Image: A ferry at dusk"]
    assert wrap_width(lines) is None
