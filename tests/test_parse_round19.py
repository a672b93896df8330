"""Shapes rather than wordings, round 19: a deck over a byline that carries its date, then a bare
photo credit, is the standfirst of an uncaptioned photo, not its caption.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import PROSE, PROSE_2, PROSE_3, parsed

# ------------------------------------------------------------------ a deck, the byline, a bare credit

HEADLINE = "Japan's defence buildup runs into a shortage of recruits"
DECK = "Tokyo has found the money for new missiles and ships. Finding the people to crew them is proving harder."


@pytest.mark.parametrize("byline", ["By Lena Ito February 5, 2026", "By Marcus Hale | Feb. 5, 2026, 6:00 a.m.",
                                    "By: Aiko Mori  05/02/2026", "By Tom Reyes"])
@pytest.mark.parametrize("credit", ["Credit: Depositphotos", "Illustration by Ben Kaplow / Getty", "Photo: Getty Images"])
def test_a_deck_with_the_byline_between_it_and_a_bare_credit_is_no_caption(byline, credit):
    article = parsed(f"Security\n{HEADLINE}\n{DECK}\n{byline}\n{credit}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.title == HEADLINE
    assert article.caption is None
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("credit", ["Photo: Getty Images", "Photograph: Jane Roe/Reuters", "(Photo by Sgt. Ana Cruz)"])
def test_a_caption_set_right_over_its_credit_under_the_byline_stays_the_caption(credit):
    caption = "Recruits march at a Ground Self-Defense Force camp in Kumamoto on Tuesday."
    article = parsed(f"{HEADLINE}\nBy Lena Ito February 5, 2026\n{caption}\n{credit}\n\n{PROSE}\n\n{PROSE_2}\n")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_caption_under_the_headline_with_its_credit_then_the_byline_stays_the_caption():
    # headline / caption / credit / byline: a photo set between the headline and the byline
    caption = "Recruits march at a Ground Self-Defense Force camp in Kumamoto on Tuesday."
    article = parsed(f"{HEADLINE}\n{caption}\nPhoto: Getty Images\nBy Lena Ito\n\n{PROSE}\n\n{PROSE_2}\n")
    assert article.caption == caption
    assert article.byline == "Lena Ito"
