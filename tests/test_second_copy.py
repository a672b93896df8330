"""A story pasted twice (an AMP or reader view above the full page, a print copy under it):
the first copy is the article, the second and the header between them are dropped."""

from __future__ import annotations

import pytest

from briefs.model import Paragraph
from briefs.sources.pasted_text import parse_article
from briefs.sources.second_copy import second_copy_start

P1 = "Ferry services between the two towns have been suspended after heavy seas damaged the wharf overnight."
P2 = "The operator said about 2,400 passengers use the route on a typical weekday and that buses would replace it."
P3 = "Engineers inspected the structure on Monday morning and found damage to two of the wharf's piles."
P4 = "The mayor said she would seek an urgent meeting with the state transport minister this week."
STORY = f"{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"


def texts(source: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(source, "case.txt").paragraphs]


def test_an_amp_view_above_the_full_page_counts_once_and_lends_its_zone():
    source = (f"Ferry services halted after storm damages wharf\n\nFebruary 3, 2025 — 6.40am\n\n{STORY}\nView original\n\n"
              "Home\nNews\nTransport\n\nFerry services halted after storm damages wharf\n\n"
              "Thousands of commuters face longer trips after heavy seas ripped decking from the wharf.\n\n"
              "By Chloe Brennan\nTransport reporter\nPublished 3 February 2025, 6:40am AEDT | Updated 3 February 2025, 9:15am AEDT\n\n"
              f"{STORY}\nChloe Brennan is the transport reporter for the Daily.\n")
    article = parse_article(source, "case.txt")
    assert [paragraph.text for paragraph in article.paragraphs] == [P1, P2, P3, P4]
    assert article.published.isoformat() == "2025-02-03T06:40:00+11:00"


def test_a_print_copy_under_the_story_counts_once():
    source = f"Ferry services halted after storm damages wharf\n\nFebruary 3, 2025\n\n{STORY}\nPrint this article\n\n{STORY}"
    assert texts(source) == [P1, P2, P3, P4]


def test_a_story_without_a_copy_keeps_every_paragraph():
    source = f"Ferry services halted after storm damages wharf\n\nFebruary 3, 2025\n\n{STORY}"
    assert texts(source) == [P1, P2, P3, P4]


def test_one_paragraph_said_again_is_no_copy():
    paragraphs = [Paragraph(P1, 1), Paragraph(P2, 2), Paragraph(P3, 3), Paragraph(P1, 4), Paragraph(P4, 5)]
    assert second_copy_start(paragraphs) is None


def test_short_lines_repeated_are_no_copy():
    paragraphs = [Paragraph("Read more.", 1), Paragraph("Share this.", 2), Paragraph(P1, 3),
                  Paragraph("Read more.", 4), Paragraph("Share this.", 5)]
    assert second_copy_start(paragraphs) is None


def test_the_opening_repeated_in_order_with_lines_between_is_a_copy():
    paragraphs = [Paragraph(P1, 1), Paragraph(P2, 2), Paragraph(P3, 3), Paragraph("By Chloe Brennan", 9),
                  Paragraph(P1, 10), Paragraph("Advertisement text that stayed", 11), Paragraph(P2, 12)]
    assert second_copy_start(paragraphs) == 4


P5 = "Bus operators said they had hired twelve extra drivers and would run a service every ten minutes at peak times."
P6 = "The wharf was last repaired in 2019, when the council spent $3.2 million replacing its southern decking."
LONG_STORY = f"{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n"


def test_a_story_pasted_again_only_in_part_keeps_the_whole_first_copy():
    source = (f"Ferry services halted after storm damages wharf\n\nBy Chloe Brennan\nFebruary 3, 2025\n\n{LONG_STORY}\n"
              f"Share this article\n\nFerry services halted after storm damages wharf\n\nBy Chloe Brennan\nFebruary 3, 2025\n\n"
              f"{P1}\n\n{P2}\n\n{P3}\n")
    assert texts(source) == [P1, P2, P3, P4, P5, P6]


def test_a_second_partial_copy_with_an_advertisement_between_keeps_the_whole_first():
    source = (f"Ferry services halted after storm damages wharf\n\nFebruary 3, 2025\n\n{P1}\n\n{P2}\n\nADVERTISEMENT\n\n"
              f"{P3}\n\n{P4}\n\n{P5}\n\n{P6}\n\nFerry services halted after storm damages wharf\n\n{P1}\n\n{P2}\n\nADVERTISEMENT\n\n{P3}\n")
    assert texts(source) == [P1, P2, P3, P4, P5, P6]


@pytest.mark.parametrize("view", [f"{P1}\n\n{P2}\n\n", f"{P1}\n\n{P2}\n\n{P3}\n\n"])
def test_a_partial_view_above_the_whole_story_gives_way_to_it(view):
    source = (f"Ferry services halted after storm damages wharf\n\nBy Chloe Brennan\nFebruary 3, 2025\n\n{view}"
              f"Read the full story\n\n{LONG_STORY}")
    article = parse_article(source, "case.txt")
    assert [paragraph.text for paragraph in article.paragraphs] == [P1, P2, P3, P4, P5, P6]
    assert {line.reason for line in article.dropped if line.text in (P1, P2)} == {"duplicate"}


def test_the_second_views_standfirst_alone_does_not_make_the_first_copy_go_on():
    standfirst = "Thousands of commuters face longer trips after heavy seas ripped decking from the wharf."
    source = (f"Ferry services halted after storm damages wharf\n\nFebruary 3, 2025\n\n{STORY}\nView original\n\n"
              f"Ferry services halted after storm damages wharf\n\n{standfirst}\n\nBy Chloe Brennan\n\n{STORY}")
    assert texts(source) == [P1, P2, P3, P4]
