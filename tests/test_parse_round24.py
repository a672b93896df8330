"""Shapes rather than wordings, round 24: a page that prints each photo's credit over its caption.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import PROSE, PROSE_2, PROSE_3, parsed

QUOTE = '"We have never seen the water come up this fast," said one resident who has lived there for decades.'

# ------------------------------------------------------------------ a credit set apart from the line above, joined to the one below


@pytest.mark.parametrize("credit, caption", [
    ("Harriet Calloway/BBS", "Margaret Ellison said she had spent more than £20,000 on repairs after the last flood"),
    ("Getty Images", "Crews cleared fallen trees from the coast road near the harbour"),
    ("REUTERS/Ana Ruiz", "The old pier in its first summer, before the storm of 1953"),
])
def test_a_credit_joined_to_the_line_below_heads_that_caption_not_the_paragraph_above(credit, caption):
    source = (f"Board votes to rebuild the old pier\n\n4 December 2026\n\n{PROSE}\n\n{QUOTE}\n\n"
              f"{credit}\n{caption}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, QUOTE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("credit", ["Getty Images", "Harriet Calloway/BBS"])
def test_a_credit_joined_to_the_line_above_still_closes_that_caption(credit):
    caption = "Crews cleared fallen trees from the coast road near the harbour"
    source = (f"Board votes to rebuild the old pier\n\n4 December 2026\n\n{PROSE}\n\n{QUOTE}\n\n"
              f"{caption}\n{credit}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, QUOTE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ the lead photo's credit, a name, over its caption


@pytest.mark.parametrize("lead_credit, lead_caption", [
    ("Environment Agency", "Sandbags were laid along Church Street as the river rose on Monday afternoon"),
    ("Harbour Board", "The pier was closed last winter after a storm damaged its piles"),
    ("PA Media", "Fishing crews land their catch at the pier every morning"),
])
def test_on_a_page_that_credits_over_captions_the_story_opening_under_a_name_is_the_lead_caption(lead_credit, lead_caption):
    later_caption = "Margaret Ellison said she had spent more than £20,000 on repairs after the last flood"
    source = (f"Board votes to rebuild the old pier\n22 December 2026\nShare\nHarriet Calloway\nBBS News, Cumbria\n"
              f"{lead_credit}\n{lead_caption}\n\n{PROSE}\n\n{QUOTE}\n\nHarriet Calloway/BBS\n{later_caption}\n\n"
              f"{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == lead_caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, QUOTE, PROSE_2, PROSE_3]
    assert not any(lead_credit in paragraph.text for paragraph in article.paragraphs)


def test_a_short_stopped_paragraph_under_a_name_is_the_story_on_a_page_that_credits_over_captions():
    # the rule wants a line with no stop: a stopped sentence under a name is the story's (a byline's name over it)
    opening = "The pier closed last winter."
    later_caption = "Margaret Ellison said she had spent more than £20,000 on repairs after the last flood"
    source = (f"Board votes to rebuild the old pier\n22 December 2026\nShare\nHarriet Calloway\n{opening}\n\n{PROSE}\n\n"
              f"{QUOTE}\n\nHarriet Calloway/BBS\n{later_caption}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == later_caption
    assert article.paragraphs[0].text == opening


# ------------------------------------------------------------------ a path of sections is no photographer and agency

from briefs.sources.clutter import clutter_reason  # noqa: E402


@pytest.mark.parametrize("text", ["JAPAN / POLITICS", "Japan / Politics", "CHINA / WORLD", "KOREA / BUSINESS"])
def test_a_country_and_a_section_joined_by_a_spaced_slash_are_a_path_of_sections(text):
    assert clutter_reason(text) != "photo-credit"


@pytest.mark.parametrize("text", ["KIM HONG-JI / REUTERS", "Kyodo / Jiji", "Ana Ruiz / AFP", "Biz/Tech"])
def test_a_name_and_an_agency_joined_by_a_slash_stay_a_credit(text):
    assert clutter_reason(text) in {"photo-credit", "navigation"}


MENU_WITH_TODAY = ("Skip to main content\nThe Pier Ledger\nMonday, November 16, 2026\nSUBSCRIBE\nLOG IN\nSearch\nNews\n"
                   "Japan\nBusiness\nWorld\nOpinion\nLife\nCulture\nSports\n")


@pytest.mark.parametrize("path", ["JAPAN / POLITICS", "NATIONAL / POLITICS", "BRITAIN / BUSINESS"])
@pytest.mark.parametrize("byline, role", [
    ("by Daniel Whitcombe and Mika Osanai", "Staff writers"),
    ("BY HARUKA MINEGISHI", "STAFF WRITER"),
    ("By Ana Ruiz", "Transport correspondent"),
])
def test_a_headline_under_a_section_path_with_the_role_under_its_byline_and_the_site_date_atop(path, byline, role):
    headline = "Board votes to rebuild the old pier after winter storm"
    source = (f"{MENU_WITH_TODAY}{path}\n{headline}\n{byline}\n{role}\nNov 16, 2026\nSHARE\nFacebook\nCopy link\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a reader app's line over the source's time, headline and byline


@pytest.mark.parametrize("app_line", [
    "Priya Nandakumar flipped into Threat Level",
    "Shared to Harbour Watchers by Tom Aske",
    "Saved from your Morning Briefing feed",
])
@pytest.mark.parametrize("source_name, when", [("Nordwire", "November 7, 2026"), ("The Pier Ledger", "7 Nov 2026")])
def test_the_headline_over_the_byline_under_the_sources_time_beats_an_app_line_above(app_line, source_name, when):
    headline = "Cyberattack cripples ticket sales on northern German rail network"
    source = (f"Pageturn\nFor You\nExplore\nLog In\n{app_line}\n\n{source_name}\n{when}\n{headline}\nBy Owen Talbot\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_deck_under_the_time_line_stays_under_the_headline_over_it():
    headline = "Board votes to rebuild the old pier"
    deck = "Work will start in spring and the pier should reopen before summer"
    source = f"{headline}\nNovember 7, 2026\n{deck}\nBy Owen Talbot\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parsed(source)
    assert article.title == headline
