"""Authors named only at the end of a wire story (`briefs.sources.byline.credited_byline`), and a
kicker label over a headline printed under the time line (`take_late_headline`)."""

from __future__ import annotations

import pytest

from briefs.model import DroppedLine
from briefs.sources.byline import credited_byline
from briefs.sources.pasted_text import parse_article

PROSE = ("The harbour board voted on Monday to rebuild the old pier, which has stood for ninety years "
         "and was closed last winter after a storm damaged its piles.")
PROSE_2 = "Work will start in the spring, and the board said the pier should reopen before the summer season."


@pytest.mark.parametrize(
    ("credits", "authors"),
    [
        ("Reporting by Halvard Nesse in Vessen and Ruth Amadi in London; Writing by Pia Lorent; Editing by Tom Greaves",
         "Halvard Nesse, Ruth Amadi and Pia Lorent"),
        ("Reporting by Ana Ruiz; Editing by Tom Greaves and Ines Marr", "Ana Ruiz"),
        ("(Reporting by Kofi Arden in Accra, Editing by Ros Marsh)", "Kofi Arden"),
        ("Reporting by Lena Okafor and Sam Poe in New York; Additional reporting by Jo Lee; Writing by Lena Okafor",
         "Lena Okafor and Sam Poe"),
        ("Compiled by Mei Tan; Editing by Ros Marsh", "Mei Tan"),
    ],
    ids=["reporters-writer-editors", "one-reporter", "comma-before-editing", "writer-already-a-reporter", "compiled"],
)
def test_reporters_and_writers_are_the_authors_editors_are_not(credits, authors):
    assert credited_byline([DroppedLine(9, credits, "credits")]) == authors


@pytest.mark.parametrize(
    "line",
    ["Editing by Tom Greaves and Ines Marr", "Additional reporting by Jo Lee", "Sources: Harbour Board, city records",
     "Reporting by staff"],
)
def test_credits_naming_no_reporter_give_no_byline(line):
    assert credited_byline([DroppedLine(9, line, "credits")]) is None


def test_only_credits_lines_are_read():
    assert credited_byline([DroppedLine(9, "Reporting by Ana Ruiz; Editing by Tom Greaves", "interface")]) is None


def test_a_byline_at_the_top_wins_over_the_credits():
    source = (f"Board votes to rebuild the old pier\n\nBy Kim Sato\n\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n\n"
              "Reporting by Ana Ruiz; Editing by Tom Greaves\n")
    assert parse_article(source, "wire.txt").byline == "Kim Sato"


def test_a_wire_story_without_a_byline_takes_its_credits():
    source = (f"Board votes to rebuild the old pier\n\nMarch 4, 2025 4:17 PM GMT\n\n{PROSE}\n\n{PROSE_2}\n\n"
              "Reporting by Ana Ruiz in Vessen; Writing by Pia Lorent; Editing by Tom Greaves\n\n"
              "Our Standards: The Caldera Wire Trust Principles.\n")
    article = parse_article(source, "wire.txt")
    assert article.byline == "Ana Ruiz and Pia Lorent"
    assert "Reporting by" not in article.text


@pytest.mark.parametrize("kicker", ["CITY HALL", "Waterfront", "Local news"])
def test_a_kicker_over_a_headline_under_the_time_line_names_the_section(kicker):
    source = (f"THE HARBOUR LEDGER\nMorning Brief | Tuesday, March 4, 2025\n\n{kicker}\n\n"
              f"Board votes to rebuild the old pier\n\nBy Dana Whitcombe\n\n{PROSE}\n\n{PROSE_2}\n")
    article = parse_article(source, "newsletter.txt")
    assert article.title == "Board votes to rebuild the old pier"
    assert article.section == kicker
    assert article.byline == "Dana Whitcombe"
    assert kicker not in article.text


def test_a_short_first_paragraph_under_a_label_is_no_headline():
    source = f"THE HARBOUR LEDGER\nTuesday, March 4, 2025\n\nUpdate\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parse_article(source, "newsletter.txt")
    assert article.paragraphs[0].text == PROSE
