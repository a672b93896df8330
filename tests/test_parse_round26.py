"""Shapes rather than wordings, round 26: authors split over lines by a bare `and`, an outlet's name crediting the lead
photo over a share bar, a briefing's transcript, a one-story newsletter's late headline, a wire's notice to editors, a
teaser's alt text, and dates supposed or set in the past.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from briefs.sources import vocab
from briefs.sources.clutter import clutter_reason
from briefs.sources.dateline import split_dateline
from test_parse_round6 import PROSE, PROSE_2, PROSE_3, parsed
from test_timeline import dates_of

HEADLINE = "Board votes to rebuild the old pier after winter storm"
FRIDAY = datetime(2026, 11, 27, 6, 0, tzinfo=timezone.utc)


def texts(article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


def resolved(sentence: str, published: datetime = FRIDAY) -> dict[str, str]:
    return {expression: date for expression, date, _precision in dates_of(sentence, published=published)}


# ------------------------------------------------------------------ credits under the story


@pytest.mark.parametrize("line", [
    "Yuki Sanada contributed reporting from Tokyo.",
    "Mei Lin contributed reporting from Beijing and Shanghai.",
    "Tomás Ferreira contributed research.",
    "Aiko Mori and Ben Hale contributed reporting.",
])
def test_a_colleague_credited_with_reporting_from_a_place_is_a_credit(line):
    assert clutter_reason(line) == "credits"


@pytest.mark.parametrize("line", [
    "Residents contributed reporting of damage to the council's hotline.",
    "The ministry contributed funding from its disaster reserve to the rebuilding of the pier.",
])
def test_a_sentence_of_the_story_about_contributions_stays(line):
    assert clutter_reason(line) is None


@pytest.mark.parametrize("line", ["(Editor: Lin Yue)", "(Responsible editor: Wang Li)", "(Web editor: Zhang Wei, Liang Jun)"])
def test_an_agencys_editor_in_brackets_credits_the_text_not_a_photo(line):
    assert clutter_reason(line) == "credits"


@pytest.mark.parametrize("line", ["(SCB News: Sam Ketley)", "(Photo: Xinhua)"])
def test_a_photographer_in_brackets_is_still_a_photo_credit(line):
    assert clutter_reason(line) == "photo-credit"


def test_the_last_paragraph_over_an_editors_credit_is_no_caption():
    last = "Analysts said the trend matched the national picture, with trade to the region growing every year."
    source = f"{HEADLINE}\n2026/11/27 08:15\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n{last}\n(Editor: Lin Yue)\n"
    article = parsed(source)
    assert article.caption is None
    assert texts(article)[-1] == last


@pytest.mark.parametrize("agency", ["(AFP)", "(Reuters)", "(AP)"])
def test_a_wire_story_signed_by_its_agency_in_brackets_keeps_its_last_quote(agency):
    last = ('"Beijing is choosing targets that hurt specific industries without disrupting its own supply chains," '
            "said an economist at a research institute in Tokyo.")
    source = f"{HEADLINE}\nIssued on: 03/12/2026 - 14:27\n\n{PROSE}\n\n{PROSE_2}\n\n{last}\n\n{agency}\n"
    article = parsed(source)
    assert texts(article)[-1] == last
    assert article.caption is None


# ------------------------------------------------------------------ authors split over lines by `and`


@pytest.mark.parametrize("block, names", [
    ("Ivy Tam\nand\nMarcus Ho Ka-lun\n+ FOLLOW", "Ivy Tam and Marcus Ho Ka-lun"),
    ("Ivy Tam\n+ FOLLOW\nand\nMarcus Ho Ka-lun\n+ FOLLOW", "Ivy Tam and Marcus Ho Ka-lun"),
    ("Sara Lindqvist\n&\nOmar Haddad", "Sara Lindqvist and Omar Haddad"),
])
def test_authors_split_by_a_bare_and_line_are_one_byline_over_the_time(block, names):
    source = (f"Law and Crime\n\n{HEADLINE}\n\nThe deck says what the vote means for the harbour and its fishing crews\n\n"
              f"Reading Time:4 minutes\nWhy you can trust us\n\n{block}\n\nPublished: 8:45pm, 3 Dec 2026\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).byline == names


def test_a_bio_signed_with_the_first_name_under_the_authors_name_goes_with_the_byline():
    source = (f"{HEADLINE}\n\nThe deck says what the vote means for the harbour and its fishing crews\n\n"
              "Reading Time:4 minutes\n\nIvy Tam\nand\nMarcus Ho Ka-lun\n+ FOLLOW\n\nPublished: 8:45pm, 3 Dec 2026\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\nIvy Tam\n"
              "Ivy Tam joined the Post in 2023 and covers courts and crime in Hong Kong.\n\nMarcus Ho Ka-lun\n"
              "Marcus is a reporter on the Hong Kong desk, focusing on financial crime and regulation.\n")
    assert texts(parsed(source)) == [PROSE, PROSE_2, PROSE_3]


def test_an_and_line_in_a_sentence_is_left_alone():
    source = f"{HEADLINE}\nMarch 4, 2026\n\nThe harbour board\nand\nthe council met on Monday.\n\n{PROSE}\n"
    assert "and" not in (parsed(source).byline or "")


# ------------------------------------------------------------------ the outlet crediting its own lead photo


@pytest.mark.parametrize("caption", [
    "Members of the Ground Self-Defense Force and U.S. Marines take part in a joint exercise in Kumamoto Prefecture.",
    "Fishing crews unload their catch at the old pier in Kesennuma.",
    "Protesters gather outside the prefectural office in Naha.",
])
def test_a_caption_over_the_outlets_name_and_a_share_bar_is_the_caption(caption):
    source = (f"The Japan Herald\nby The Hinode Shimbun\nPolitics\n\n{HEADLINE}\nBy Ryota Kimura / Staff Writer\n"
              f"16:30 JST, December 5, 2026\n\n{caption}\nThe Hinode Shimbun\n\nFacebook\nX\nLINE\nCopy URL\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\nCopyright © The Hinode Shimbun\n")
    article = parsed(source)
    assert article.caption == caption
    assert texts(article)[0] == PROSE


def test_a_lede_looking_ahead_over_the_outlets_name_stays_the_lede():
    lede = "The Self-Defense Forces will set up a permanent liaison cell at Yokota Air Base by next spring, sources said."
    source = (f"The Japan Herald\n\n{HEADLINE}\nBy Ryota Kimura\n16:30 JST, December 5, 2026\n\n{lede}\nThe Hinode Shimbun\n\n"
              f"Facebook\nX\n\n{PROSE}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert article.caption is None
    assert texts(article)[0] == lede


@pytest.mark.parametrize("caption", [
    "Workers assemble semiconductor equipment at a plant in Yamanashi. Output of chipmaking tools rose 14% in October.",
    "A cargo ship leaves the port of Kobe.",
])
def test_a_caption_with_its_credit_a_blank_line_under_it_over_a_datelined_story(caption):
    source = (f"www.example-wire.com\n{HEADLINE}\nAiko Tanabe and Marcus Hale\n4–5 minutes\n\n"
              f"November 30, 2026 9:05 AM GMT+9 Updated 3 hours ago\n\n{caption}\n\nHiroshi Kanda/AMW\n\n"
              f"TOKYO — {PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert texts(article)[0] == PROSE


# ------------------------------------------------------------------ a wire's notice to editors after its credit


@pytest.mark.parametrize("notice", [
    "ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. MANDATORY CREDIT. JAPAN OUT.",
    "MANDATORY CREDIT. NO RESALES. NO ARCHIVES.",
    "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
])
def test_a_wires_notice_to_editors_goes_with_the_credit(notice):
    caption = "A coast guard vessel sails near patrol ships around the islands, in this aerial photo taken on November 24, 2026."
    source = (f"Asia Pacific\n{HEADLINE}\nBy Haruki Endo\nNovember 27, 2026 6:52 AM GMT+9\n\n"
              f"{caption} Kyodo/via REUTERS {notice}\n\nTOKYO, Nov 27 (Reuters) - {PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert texts(article)[0] == PROSE


# ------------------------------------------------------------------ a player's running time over the story's time


@pytest.mark.parametrize("stamp, iso", [
    ("Nov. 28, 2026 18:42 JST", "2026-11-28T18:42:00+09:00"),
    ("28 November 2026, 18:42", "2026-11-28T18:42:00"),
])
def test_the_time_line_under_a_players_running_time_is_the_storys(stamp, iso):
    source = (f"News\nJapan\n{HEADLINE}\nWatch video\n01:58\n{stamp}\n{PROSE}\n{PROSE_2}\n{PROSE_3}\nShare\nX\nFacebook\n")
    assert parsed(source).published_iso == iso


# ------------------------------------------------------------------ a breadcrumb labelled as the reader's place


@pytest.mark.parametrize("line", [
    "Current location: Home > Trade",
    "You are here: News / Asia / Japan",
    "Location: Home > Press Releases",
    "当前位置: 首页 > 经济",
])
def test_a_labelled_breadcrumb_is_the_sites(line):
    assert vocab.BREADCRUMB.match(line)
    source = f"Home\nNews\nMarkets\n{line}\n{HEADLINE}\n2026/11/27 08:15\n{PROSE}\n{PROSE_2}\n"
    assert parsed(source).title == HEADLINE


def test_a_location_field_without_a_trail_is_no_breadcrumb():
    assert not vocab.BREADCRUMB.match("Location: Naha, Okinawa")


# ------------------------------------------------------------------ newsletters: pitches, a one-story issue


@pytest.mark.parametrize("line", [
    "Get the day’s most important news from across the region, delivered before breakfast. Get it sent to your inbox.",
    "Want the week's best reads? Get them straight into your inbox.",
    "Morning headlines, sent straight to your inbox.",
])
def test_a_newsletters_pitch_by_its_inbox_is_dropped(line):
    assert clutter_reason(line) is not None


@pytest.mark.parametrize("line", ["Forward to a friend | Share on X | Share on LinkedIn", "Forward this email to a friend"])
def test_a_newsletters_forward_button_is_a_share_button(line):
    assert clutter_reason(line) == "share-buttons"


def test_forward_in_a_sentence_is_no_button():
    assert clutter_reason("Forward guidance from the central bank") is None


@pytest.mark.parametrize("kicker, deck", [
    ("China\n\n", "Tokyo calls the verdict \"unacceptable\" and demands his early release\n\n"),
    ("", "Tokyo calls the verdict \"unacceptable\" and demands his early release\n\n"),
    ("Courts\n\n", ""),
])
def test_a_one_story_newsletters_headline_over_its_byline_wins_over_the_subject(kicker, deck):
    headline = "Beijing court jails Japanese trading house employee for seven years on spying charges"
    source = ("Beijing court jails trading house employee; plus, a note on our schedule\n"
              "View this email in your browser\n\nTHE EAST ASIA BRIEF\nfrom The Pacific Tribune\n\n"
              "Thursday, December 3, 2026\n\nGood morning from Tokyo. Today we are sending you just one story, because it "
              "is one we have followed for almost two years. Our full round-up returns tomorrow.\n\n"
              "— Naomi Kessler, editor\n\nForward to a friend | Share on X | Share on LinkedIn\n\n\n"
              f"{kicker}{headline}\n\n{deck}By Daisuke Arai and Lena Fischer\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == headline
    assert article.byline == "Daisuke Arai and Lena Fischer"
    assert texts(article)[0] == PROSE


# ------------------------------------------------------------------ a briefing's transcript


@pytest.mark.parametrize("question", [
    "CCTV: Could you share more about the program of the foreign minister's visit and your expectations?",
    "AFP: The Philippines said it will hold joint patrols next week. What’s your comment?",
    "Kyodo News: Can you confirm the ships left the area on Sunday?",
])
def test_a_transcripts_question_to_the_spokesperson_stays_in_the_story(question):
    answer = "Guo Lingxiao: China and Indonesia are comprehensive strategic partners and important developing countries."
    opening = ("At the invitation of the foreign minister of Indonesia, the foreign minister will pay an official visit to "
               "Indonesia from December 3 to 5.")
    source = (f"HOME > Spokesperson's Remarks\nForeign Ministry Spokesperson's Regular Press Conference on December 1, 2026\n"
              f"2026-12-01 19:52\n\n{opening}\n\n{question}\n\n{answer}\n\n{PROSE}\n\nPrint\nClose\n")
    article = parsed(source)
    assert texts(article)[:3] == [opening, question, answer]
    assert article.dateline is None


def test_a_question_with_its_askers_label_has_no_dateline():
    assert split_dateline("CCTV: Could you share more about the visit?") == (None, "CCTV: Could you share more about the visit?")
    assert split_dateline("KESARPUR: Taps in 14 wards ran dry on Monday after the main burst.")[0] == "KESARPUR"


def test_a_prompt_addressing_the_reader_is_still_dropped():
    source = f"{HEADLINE}\nMarch 4, 2026\n\n{PROSE}\n\nNewsletter: Do you want the day's news in your inbox? Sign up for our app?\n\n{PROSE_2}\n"
    assert not any("Sign up" in text for text in texts(parsed(source)))


# ------------------------------------------------------------------ standing lines


@pytest.mark.parametrize("line", [
    "For the latest news, follow Al Manara English on WhatsApp.",
    "For more updates, follow The Harbour Times on Telegram.",
])
def test_a_closing_call_to_follow_the_outlet_on_a_channel_is_a_prompt(line):
    assert clutter_reason(line) == "reader-prompt"


def test_for_more_than_a_decade_is_no_prompt():
    assert clutter_reason("For more than a decade, residents have asked the mayor to follow Tokyo on housing.") is None


@pytest.mark.parametrize("line", [
    "This site is protected by reCAPTCHA Enterprise and the Google Privacy Policy and Terms of Service apply.",
    "This form is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
])
def test_a_sign_up_forms_anti_spam_notice_is_a_notice(line):
    assert clutter_reason(line) == "notice"


@pytest.mark.parametrize("line", [
    "Summary generated by NewsLoop from the original article. It may contain errors.",
    "This summary was generated automatically by Briefly and may contain inaccuracies.",
    "Transcript produced by Harbour Radio. It may contain errors.",
])
def test_a_generated_summarys_warning_is_a_notice(line):
    assert clutter_reason(line) == "notice"


def test_an_aggregators_summary_under_its_label_is_the_body():
    points = [PROSE, PROSE_2, PROSE_3]
    source = (f"World\n{HEADLINE}\nManila Courier · 9h\nPublished Nov 29, 2026, 8:40 AM GMT+8\n\nSummary\n"
              + "\n".join(points) + "\nSummary generated by NewsLoop from the original article. It may contain errors.\n\n"
              "Read full story at Manila Courier\n")
    assert texts(parsed(source)) == points


def test_a_summary_over_its_full_storys_label_is_still_the_standfirst():
    summary = "Farm ponds store carbon in their mud, a study of two hundred ponds found."
    source = (f"{HEADLINE}\nMarch 4, 2026\n\nSummary:\n{summary}\nFULL STORY\n{PROSE}\n\n{PROSE_2}\n")
    assert summary not in texts(parsed(source))


# ------------------------------------------------------------------ a teaser's picture between paragraphs


@pytest.mark.parametrize("alt", [
    "A woman carries shopping bags in Tokyo’s Ginza district",
    "A ferry leaves the harbour at dusk",
])
def test_a_teasers_alt_text_goes_with_the_teaser(alt):
    teaser = "Japan’s department stores bet on Chinese shoppers again as yen slides"
    source = (f"{HEADLINE}\nPublished: 8:45pm, 3 Dec 2026\n{PROSE}\n{PROSE_2}\n{alt}\n{teaser}\n{PROSE_3}\n"
              "Analysts said the impact could deepen if the advisory stayed in place during the holiday.\n")
    paragraphs = texts(parsed(source))
    assert alt not in paragraphs and teaser not in paragraphs
    assert PROSE_3 in paragraphs


# ------------------------------------------------------------------ dates: set in the past, supposed ahead


@pytest.mark.parametrize("sentence, expression, date", [
    ("Local leaders have pressed Tokyo for plans since a tabletop exercise in January showed it would take six days.",
     "in January", "2026-01"),
    ("The storm in January destroyed the pier, and the board will rebuild it.", "in January", "2026-01"),
    ("The previous record, just over 80 hours, was set in March.", "in March", "2026-03"),
])
def test_a_date_set_in_the_past_resolves_back(sentence, expression, date):
    assert resolved(sentence)[expression] == date


@pytest.mark.parametrize("sentence, expression, date", [
    ("Analysts said the impact could deepen if the advisory remained in place during the holiday in February.",
     "in February", "2027-02"),
    ("Officials said the vote would be delayed if the ferry strike continued in January.", "in January", "2027-01"),
    ("The vote is set for March 3.", "March 3", "2027-03-03"),
])
def test_a_date_supposed_or_scheduled_resolves_ahead(sentence, expression, date):
    assert resolved(sentence)[expression] == date


def test_a_condition_that_did_not_happen_stays_past():
    sentence = "The pier would have reopened if the council had approved the money in February."
    assert resolved(sentence)["in February"] == "2026-02"
