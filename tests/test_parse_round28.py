"""Shapes rather than wordings, round 28: promotions and widgets under or inside the story (series teasers, a buttoned
widget, an aggregator's source cards), a gallery's alt text before its caption, a chart's title, an excerpt opening with
its reporter, the site's date over a labelled one, and dates read through names and relative clauses.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason
from test_parse_round6 import PROSE, PROSE_2, PROSE_3, parsed
from test_timeline import dates_of

HEADLINE = "Board votes to rebuild the old pier after winter storm"
STORY = f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"


def texts(article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


def resolved(sentence: str, published: datetime) -> dict[str, str]:
    return {expression: date for expression, date, _precision in dates_of(sentence, published=published)}


# ------------------------------------------------------------------ promotions and widgets


def test_titles_over_one_sentence_each_closing_the_page_are_promotions():
    promos = ["Okinawa at 55", "A series on how life in Okinawa has changed since the islands' reversion to Japan.",
              "Behind the Diplomatic Files", "Declassified documents shed new light on the postwar ties with neighbors.",
              "Voices from the Border Islands", "Residents of the border islands talk about living on the front line."]
    source = f"{HEADLINE}\nDecember 1, 2026\n\n{STORY}\nPrint\n\n" + "\n\n".join(promos) + "\n\nBACK TO TOP\n"
    assert texts(parsed(source)) == [PROSE, PROSE_2, PROSE_3]


def test_a_live_pages_entries_with_their_times_between_are_the_story():
    source = (f"{HEADLINE}\nDecember 1, 2026\n\n{PROSE}\n\n55'\nGOAL! Coldbrook 1-1 Marsh Town (Okonjo)\n"
              "The equaliser is a header from a corner.\n\n23'\nGOAL! Coldbrook 1-0 Marsh Town (Pike)\n"
              "Pike curls a free-kick over the wall and into the top corner.\n\nKO\nKick-off\n"
              "We are under way in front of a sell-out crowd.\n")
    assert "Pike curls a free-kick over the wall and into the top corner." in texts(parsed(source))


def test_subheadings_over_paragraphs_of_the_story_are_kept():
    source = (f"{HEADLINE}\nDecember 1, 2026\n\n{PROSE}\n\nWhat Comes Next\n\n{PROSE_2} It will take a year.\n\n"
              f"Who Pays\n\n{PROSE_3} The council has not said how it will pay.\n")
    assert "Who Pays" in texts(parsed(source))


@pytest.mark.parametrize("widget", [
    "Snow warnings in effect\nNiigata, Toyama, Ishikawa, Fukui\nSee weather map",
    "Air quality now\nModerate 64\nView full forecast",
    "Live scores\nColdbrook 1 Marsh Town 1\nTrack live",
])
def test_a_widget_closed_by_its_button_between_paragraphs_goes(widget):
    source = f"{HEADLINE}\nDecember 1, 2026\n\n{PROSE}\n\n{widget}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert texts(parsed(source)) == [PROSE, PROSE_2, PROSE_3]


def test_a_short_list_of_the_story_is_no_widget():
    items = "Niigata\nToyama\nIshikawa"
    source = f"{HEADLINE}\nDecember 1, 2026\n\n{PROSE}\n\nThe warnings cover four prefectures:\n\n{items}\n\n{PROSE_2}\n"
    assert "Toyama" in texts(parsed(source))


def test_an_aggregators_source_cards_and_feedback_prompt_go():
    cards = ("Kanto Herald\nTokyo, Japan\nCenter\nChinese ships end record stay near the islands\n"
             "Four Chinese vessels left the waters early Sunday after a record stay, the coast guard said.\n"
             "Read Full Article\n\nPacific Ledger\nHonolulu, United States\nLean Right\n"
             "Beijing tests Tokyo's resolve with its longest incursion\n"
             "China kept armed cutters inside the zone for four days, analysts said.\nRead Full Article\n")
    source = (f"Home\nFor You\n\n{HEADLINE}\nPublished November 30, 2026 9:14 PM\nShare\n\nSummary by Ground News\n"
              f"{PROSE}\n{PROSE_2}\n{PROSE_3}\nDoes this summary seem wrong?\n\n{cards}\nView 33 more sources\n")
    assert texts(parsed(source)) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["Does this summary seem wrong?", "Is this article helpful?", "Did this story look accurate?"])
def test_a_feedback_prompt_is_a_prompt(line):
    assert clutter_reason(line) == "reader-prompt"


@pytest.mark.parametrize("link", [
    "【関連記事】Ishigaki assembly passes resolution calling for more patrol ships",
    "［関連］Japan to build a new pier for patrol vessels",
])
def test_a_japanese_pages_related_link_is_a_related_link(link):
    assert clutter_reason(link) == "related-list"


@pytest.mark.parametrize("label", ["What's next?", "What happens next"])
def test_a_summary_boxs_second_part_under_its_label_goes_with_it(label):
    source = (f"{HEADLINE}\nPosted Wed 2 Dec 2026 at 3:05pm\n\nIn short:\nA bushfire has burned through 40,000 hectares.\n"
              f"Catastrophic fire danger has been declared.\n\n{label}\nResidents have been told to shelter in place.\n\n"
              f"{STORY}")
    assert texts(parsed(source)) == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ captions and credits


@pytest.mark.parametrize("caption, credit", [
    ("The islands in the East China Sea, with Uotsurijima island in the foreground", "(Asahi Shimbun file photo)"),
    ("Fishing boats at the port", "(Hinata Shimbun photo)"),
])
def test_a_papers_own_photo_in_brackets_closes_a_caption_without_a_stop(caption, credit):
    assert without_credit(f"{caption} {credit}") == caption


def test_a_sentence_with_see_photo_in_brackets_has_no_credit():
    assert not ends_with_credit("The council voted on the plan (see photo)")


@pytest.mark.parametrize("desk", ["White Star", "Filepic", "Star Photo"])
def test_a_picture_desk_after_a_dash_credits_the_caption(desk):
    caption = "Commuters make their way through thick smog in Lahore on Saturday."
    assert without_credit(f"{caption} — {desk}") == caption


@pytest.mark.parametrize("paragraph", [
    "The first shipments under the agreement are expected to arrive in June. – Kapuluan News",
    "The coast guard said a second exercise is scheduled for next year. – Rappler.com",
])
def test_a_story_paragraph_signed_by_the_outlet_stays_in_the_story(paragraph):
    source = f"{HEADLINE}\nDecember 1, 2026\n\n{PROSE}\n\n{PROSE_2}\n\n{paragraph}\n\nRelated Stories\nOther news\n"
    article = parsed(source)
    assert article.caption is None
    assert any(text.startswith(paragraph.split(" –")[0]) for text in texts(article))


def test_a_gallerys_alt_text_gives_way_to_its_full_caption():
    short = "A patrol vessel sails near a coast guard ship in the East China Sea"
    full = f"{short}, in this handout picture taken November 25, 2026."
    source = (f"Asia Pacific\n{HEADLINE}\nBy Kaori Sugimura\nNovember 27, 20264:32 PM GMT+9Updated 3 hours ago\n"
              f"Item 1 of 2 {short}\n[1/2]{full} Japan Coast Guard/Handout via REUTERS Purchase Licensing Rights, opens new tab\n"
              f"{PROSE}\n{PROSE_2}\n")
    assert parsed(source).caption == full


@pytest.mark.parametrize("subtitle, source_line", [
    ("Yield on benchmark 30-year government bond", "Source: Bloomberg"),
    ("Share of households, by prefecture", "Sources: Statistics Bureau, Cabinet Office"),
])
def test_a_charts_title_over_its_subtitle_and_source_is_no_paragraph(subtitle, source_line):
    title = "Japan's 30-Year Yield at Record"
    source = f"{HEADLINE}\nDecember 1, 2026\n\n{PROSE}\n\n{title}\n{subtitle}\n{source_line}\n\n{PROSE_2}\n"
    assert title not in texts(parsed(source))


# ------------------------------------------------------------------ the page's date, the story's date


@pytest.mark.parametrize("stamp, iso", [
    ("Published Nov. 27, 2026Updated Nov. 28, 2026, 9:14 a.m. ET", "2026-11-27"),
    ("Published Nov. 27, 2026", "2026-11-27"),
])
def test_the_sites_date_over_the_headline_gives_way_to_the_labelled_one(stamp, iso):
    source = (f"Asia Pacific\nLog in\nSaturday, November 28, 2026\nToday’s Paper\nAsia Pacific\nAdvertisement\n"
              f"SKIP ADVERTISEMENT\nSupported by\nSKIP ADVERTISEMENT\n{HEADLINE}\n"
              f"The ruling found that the operator had underestimated the risk.\nShare full article\n218\nImage\n"
              "The old pier has been closed since a storm damaged its piles last winter.\n"
              f"Credit...Kaori Nishida for The Harbour Times\nBy Naomi Sakurai and Daniel Kessler\n"
              f"Reporting from Kanazawa, Japan\n{stamp}\n{STORY}")
    assert parsed(source).published_iso == iso


@pytest.mark.parametrize("byline", ["Hana Lindqvist in Tokyo", "Selin Arslan - İSTANBUL"])
def test_an_excerpt_opening_with_its_reporter_and_time_has_no_headline(byline):
    source = f"{byline}\nSat 28 Nov 2026 07.30 GMT\nShare\n\n{STORY}"
    assert parsed(source).title is None


# ------------------------------------------------------------------ dates


def test_a_numeric_date_is_read_nearer_the_dates_the_story_names():
    source = (f"Guam Island Courier\n{HEADLINE}\nTricia Santos\n12/2/2026 4:18 PM\nShare\n\n{PROSE}\n\n"
              "The port's board will review the timeline at its meeting on Dec. 10.\n")
    assert parsed(source).published_iso == "2026-12-02T16:18:00"


DECEMBER_1 = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
DECEMBER_2 = datetime(2026, 12, 2, 9, 40, tzinfo=timezone.utc)


@pytest.mark.parametrize("sentence, expression, date", [
    ("The announcement follows the signing of an agreement with Tokyo in October, which allows troops to train there.",
     "in October", "2026-10"),
    ("The treaty was signed in March, which will let ships refuel at each other's ports.", "in March", "2026-03"),
])
def test_a_relative_clause_after_the_date_does_not_date_it(sentence, expression, date):
    assert resolved(sentence, DECEMBER_1)[expression] == date


@pytest.mark.parametrize("sentence, expression, date", [
    ("The plan, outlined by the Land, Infrastructure, Transport and Tourism Ministry on Tuesday, would add a pier.",
     "on Tuesday", "2026-12-01"),
    ("The report, released by the Ministry of Economy, Trade and Industry on Monday, would shape next year's budget.",
     "on Monday", "2026-11-30"),
])
def test_commas_inside_a_name_do_not_cut_the_dates_clause(sentence, expression, date):
    assert resolved(sentence, DECEMBER_2)[expression] == date
