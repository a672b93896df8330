"""Shapes rather than wordings, round 27: an agency's name over the time line, a caption's toggles, boxes a page
announces or labels (`list of 4 items`, `Key Findings`, `BREAKING NEWS`), a reading app's curator, a wire's version
slug, and a few standing lines.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.headline import split_leading_marker
from test_parse_round6 import PROSE, PROSE_2, PROSE_3, parsed

HEADLINE = "Board votes to rebuild the old pier after winter storm"


def texts(article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


# ------------------------------------------------------------------ standing lines and credits


@pytest.mark.parametrize("line", [
    "The views expressed by contributors are their own and not the view of The Capitol Ledger",
    "Views expressed are the writer's own and do not reflect those of the paper.",
    "The opinions expressed by our columnists are their own.",
])
def test_a_disclaimer_on_contributors_views_is_a_notice(line):
    assert clutter_reason(line) == "notice"


def test_views_in_a_story_sentence_stay():
    assert clutter_reason("Views expressed at the meeting were mostly against the plan, the mayor said.") is None


@pytest.mark.parametrize("line", ["(Kanto Daily, Nov. 27, 2026)", "(The Kansai Herald, 28 November 2026)",
                                  "(Reuters, Dec. 3, 2026)"])
def test_the_first_printer_and_day_in_brackets_under_the_story_is_a_credit(line):
    assert clutter_reason(line) == "credits"


@pytest.mark.parametrize("line", ["– TIMES", "— AFP", "-- REUTERS", "— Bernama"])
def test_a_sign_off_with_a_dash_under_the_story_is_a_credit(line):
    assert clutter_reason(line) == "credits"


@pytest.mark.parametrize("line", ["- Japan", "– NATO members", "— The council"])
def test_a_dashed_list_item_is_no_sign_off(line):
    assert clutter_reason(line) != "credits"


@pytest.mark.parametrize("caption, owner", [
    ("A map released by the U.S. Geological Survey shows the location of the earthquake.", "(U.S. Geological Survey)"),
    ("Rain falls over the capital on Tuesday.", "(National Weather Service)"),
    ("The new lighthouse stands at the harbour mouth.", "(Port Authority)"),
])
def test_an_office_in_brackets_after_the_caption_is_its_credit(caption, owner):
    line = f"{caption} {owner}"
    assert ends_with_credit(line)
    assert without_credit(line) == caption


def test_an_office_in_brackets_inside_a_sentence_is_no_credit():
    assert not ends_with_credit("The plan was approved by the board on Monday (Civil Service)")


# ------------------------------------------------------------------ the outlet's label before its headline


@pytest.mark.parametrize("label", ["[Song Han Post]", "[Kanto Daily]", "[The Harbour Times]"])
def test_the_outlets_name_in_brackets_before_the_headline_is_its_label(label):
    assert split_leading_marker(f"{label} {HEADLINE}") == (HEADLINE, label)


def test_bracketed_words_that_are_no_outlet_stay_in_the_headline():
    headline = "[Video] Board votes to rebuild the old pier"
    assert split_leading_marker(headline)[0] == headline


@pytest.mark.parametrize("stamp", ["Thứ bảy, 28/11/2026, 10:20 (GMT+7)", "Saturday, 28/11/2026, 10:20 (GMT+7)"])
def test_a_late_headline_loses_its_outlet_label_too(stamp):
    source = (f"Trang chủ\nThời sự\nThế giới\nKinh doanh\n{stamp}\n[Song Han Post] {HEADLINE}\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).title == HEADLINE


@pytest.mark.parametrize("slug", ["UPDATE 2-", "RPT-", "CORRECTED-", "WRAPUP 1-"])
def test_a_wires_version_slug_leaves_the_headline(slug):
    assert split_leading_marker(f"{slug}{HEADLINE}") == (HEADLINE, slug.rstrip("-"))


@pytest.mark.parametrize("headline", ["FACTBOX-What to know about the new fishing quotas", "NATO-led force expands patrols",
                                      "ANALYSIS-Why the pier matters"])
def test_a_wires_kind_and_a_hyphenated_name_stay_in_the_headline(headline):
    assert split_leading_marker(headline)[0] == headline


# ------------------------------------------------------------------ an agency's name over the time line


def test_a_deck_over_the_agencys_name_and_the_time_is_no_caption():
    deck = "Four more large cutters will be assigned to the Ishigaki base by spring, with crews from Hokkaido."
    caption = "Japan Coast Guard patrol vessels are moored at Ishigaki port in Okinawa Prefecture on Wednesday."
    source = (f"National\n{HEADLINE}\n{deck}\nJIJI\nNov 27, 2026\nShare/Save\nX\nFacebook\n{caption} | JIJI\n"
              f"Gift this article\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).caption == caption


@pytest.mark.parametrize("caption", [
    "An exterior view of the district public prosecutors office in Kanazaki",
    "Fishing crews unload their catch at the old pier on Tuesday.",
])
def test_a_caption_over_the_agencys_name_and_the_time_is_still_the_caption(caption):
    source = f"{HEADLINE}\n\n{caption}\nJIJI\n11:23 JST, March 5, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).caption == caption


# ------------------------------------------------------------------ a caption's toggles


@pytest.mark.parametrize("lede", [f"TOKYO (AP) — {PROSE}", PROSE])
def test_the_story_under_a_captions_show_and_hide_buttons_is_no_caption(lede):
    caption = "Workers unload sacks of imported rice at a warehouse in Yokohama, Japan, on Nov. 24, 2026."
    source = (f"{HEADLINE}\n\nKeiko Sato\n\nPublished 6:05 a.m. ET Nov. 30, 2026\n\nShare\n\n{caption}\n\nRyo Kawabata/AP\n\n"
              f"Show Caption\n\nHide Caption\n\n{lede}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert len(article.paragraphs) == 3


def test_a_caption_under_its_toggle_is_still_the_caption():
    caption = "Rep. Glenn Hartwell speaks to reporters outside the Capitol on Tuesday."
    source = f"{HEADLINE}\nMarch 4, 2026\n\n{PROSE}\n\nhide caption\n{caption}\n\n{PROSE_2}\n"
    assert caption not in texts(parsed(source))


# ------------------------------------------------------------------ boxes the page labels or announces


@pytest.mark.parametrize("heading", ["Key Findings", "Key judgments", "Main findings"])
def test_a_findings_box_over_the_story_is_its_summary(heading):
    points = ["The plan depends on civilian ferries and aircraft that may not be available in a crisis.",
              "The prefecture and the central government still disagree over who would order an evacuation."]
    source = (f"Analysis\n{HEADLINE}\nDecember 3, 2026\nDaniel Okafor\nSenior Fellow\nShare\n{heading}\n"
              + "\n".join(points) + f"\n{PROSE} It was the board's third vote on the pier in two years, and its last.\n"
              f"{PROSE_2}\n{PROSE_3}\n")
    paragraphs = texts(parsed(source))
    assert not any(point in paragraphs for point in points)
    assert paragraphs[0].startswith(PROSE)


def test_a_summary_paragraph_shut_by_a_box_of_links_is_the_summary():
    summary = ("Since the storm, the harbour board has weighed rebuilding the old pier against closing it for good. As "
               "repair costs climb, the question is no longer whether the town can afford the work, but whether it can "
               "afford to lose the jetty that its fishing crews use every morning.")
    source = (f"East Asia\n{HEADLINE}\nDec 3, 2026 | 09:00 GMT\n\nThe Big Picture\n{summary}\nSee Also\n"
              "Harbour towns weigh the cost of storms\nWhy piers are hard to insure\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    paragraphs = texts(parsed(source))
    assert summary not in paragraphs
    assert paragraphs[0] == PROSE


def test_an_announced_list_of_links_goes_whole():
    items = ["Philippines, Japan sign pact to boost coastguard drills", "Why are the two navies at odds over the shoal?"]
    source = (f"News|Politics\n{HEADLINE}\n26 Nov 2026\n\n{PROSE}\n\n{PROSE_2}\n\nlist of 2 items\nlist 1 of 2\n{items[0]}\n"
              f"list 2 of 2\n{items[1]}\nend of list\n\n{PROSE_3}\n")
    paragraphs = texts(parsed(source))
    assert paragraphs == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("label, button", [("BREAKING NEWS", "Read More"), ("Just In", "Details"), ("Developing", "Watch Now")])
def test_a_banner_linking_to_another_story_is_not_the_headline(label, button):
    other = "Tsunami threat for Hawaii ruled out after quake near Kuril Islands, warning center says"
    source = (f"Honolulu\nTop Stories\nHawaii News\nWatch Live\n{label}\n{other}\n{button}\n\nHawaii News\n{HEADLINE}\n"
              f"by: Keoni Alana\nPosted: Dec 3, 2026 / 02:14 PM HST\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).title == HEADLINE


def test_a_breaking_label_over_the_storys_own_headline_and_time_is_no_banner():
    source = f"BREAKING NEWS\n{HEADLINE}\nby: Keoni Alana\nPosted: Dec 3, 2026 / 02:14 PM HST\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == HEADLINE


@pytest.mark.parametrize("ships", [
    ["People’s Liberation Army Navy (PLAN) destroyer CNS Yan’an (106)", "Destroyer CNS Hohhot (161)",
     "Fast combat support ship CNS Chaganhu (965)"],
    ["Frigate JS Mogami (FFM-1)", "Destroyer JS Suzutsuki (117)", "Destroyer JS Teruzuki (116)"],
])
def test_a_list_of_ships_with_their_hull_numbers_is_no_comment_tab(ships):
    lead = "The ministry said the carrier group included:"
    source = (f"{HEADLINE}\nNovember 30, 2026\n\n{PROSE}\n\n{PROSE_2}\n{lead}\n" + "\n".join(ships)
              + f"\n{PROSE_3}\n")
    paragraphs = texts(parsed(source))
    assert lead in paragraphs and PROSE_3 in paragraphs


def test_a_counted_comment_tab_still_ends_the_story():
    source = f"{HEADLINE}\nNovember 30, 2026\n\n{PROSE}\n\n{PROSE_2}\n\nComments (12)\nGreat news for the town.\n"
    assert texts(parsed(source)) == [PROSE, PROSE_2]


# ------------------------------------------------------------------ a reading app's share


@pytest.mark.parametrize("line", [
    "A magazine by Ren Aoyama · 4.2K followers",
    "Harbour Watch | 12,400 subscribers",
    "Flipped by Ren Aoyama · 2 hours ago",
    "Shared by Aiko Mori · yesterday",
])
def test_a_channels_audience_and_its_sharer_are_interface(line):
    assert clutter_reason(line) == "interface"


def test_a_story_sentence_about_sharing_stays():
    assert clutter_reason("Shared by the board at its meeting on Monday") is None


def test_a_curators_note_over_the_story_is_neither_caption_nor_body():
    note = ("Curator's note: The numbers in the workforce section are the part everyone in planning should read. "
            "The yards can't be an afterthought.")
    caption = "Workers inspect the hull of a destroyer under repair at a shipyard in Kure, in October."
    source = (f"Flipstack\nFor You\nFollowing\nExplore\nNotifications\nProfile\n\nIndo-Pacific Watch\n"
              f"A magazine by Ren Aoyama · 4.2K followers\nFollow\n\nFlipped by Ren Aoyama · 2 hours ago\n{note}\n\n"
              f"The Meridian Review\nAlliances\n{HEADLINE}\nThe town is counting on its pier. Its crews are running out of time.\n"
              f"By Sarah Lindqvist and Takumi Hoshino\nDecember 4, 2026\n11 min read\n\n{caption}\n"
              f"Photograph by Daisuke Mori for The Meridian Review\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == HEADLINE
    assert article.caption == caption
    assert note not in texts(article)


@pytest.mark.parametrize("comment", [
    "Two things stood out for me in this piece: the water deal and the suppliers. Plan for tighter labour markets.",
    "I have covered this harbour for years, and this vote is the one that matters.",
])
def test_a_line_in_the_first_person_over_the_headline_is_no_caption(comment):
    source = (f"Home\nMy Network\nJobs\nMessaging\nHiroko Nakamura\n • 2nd\nDirector, Supply Chain Strategy at Kansai "
              f"Components | Semiconductors\n1d • Edited •\nFollow\n{comment}\n\n#semiconductors #supplychain #Japan\n"
              f"…see more\n{HEADLINE}\nharbourreview.com • 5 min read\nPorts\n{HEADLINE}\nChen Yu-ting\n"
              f"Harbour Review\nNov 30, 2026 11:05 AM (GMT+8)\n{PROSE}\n{PROSE_2}\n{PROSE_3}\nLike\nComment\nRepost\n")
    assert parsed(source).caption is None


# ------------------------------------------------------------------ a live page's deck


@pytest.mark.parametrize("clock", ["4:48pm", "16:48"])
def test_a_live_pages_deck_over_its_first_entry_is_the_standfirst(clock):
    deck = "Severe thunderstorms are moving through the region, with hail and heavy rain. Follow our live coverage."
    source = (f"Live\n{HEADLINE}\nBy Hannah Greig\nPosted Sat 28 Nov 2026 at 2:05pm, updated Sat 28 Nov 2026 at 4:48pm\n"
              f"Share\n{deck}\nLive updates\nRefresh\nLatest posts\n{clock}\nLachlan Moffat\n{PROSE}\n{PROSE_2}\n"
              f"4:12pm\nHannah Greig\n{PROSE_3}\n")
    paragraphs = texts(parsed(source))
    assert deck not in paragraphs
    assert PROSE in paragraphs and PROSE_3 in paragraphs


# ------------------------------------------------------------------ a picture as its caption's subject


@pytest.mark.parametrize("caption", [
    "Japanese Joint Staff Office map of the carrier group's movements released on Nov. 30, 2026.",
    "A satellite image of the island taken on Nov. 3.",
    "U.S. Navy photo of the destroyer in the Philippine Sea.",
])
def test_a_line_naming_its_picture_between_paragraphs_is_a_caption(caption):
    source = f"{HEADLINE}\nNovember 30, 2026\n\n{PROSE}\n{PROSE_2}\n{caption}\n{PROSE_3}\n"
    assert caption not in texts(parsed(source))


@pytest.mark.parametrize("sentence", [
    'A photo showing rows of grey warships has been shared thousands of times with claims of a "blockade".',
    "False. The photo shows a naval parade in April 2019, not warships near the islands this week.",
])
def test_a_story_sentence_about_a_picture_stays(sentence):
    source = f"{HEADLINE}\nNovember 30, 2026\n\n{PROSE}\n\n{sentence}\n\n{PROSE_2}\n"
    assert sentence in texts(parsed(source))


# ------------------------------------------------------------------ a sticky header's copy of the headline


@pytest.mark.parametrize("section", ["Asia Pacific", "Politics", "World News"])
def test_a_section_glued_to_the_headline_by_a_bar_is_the_section(section):
    headline = "Harbor Town Asks Board to Say It Plainly: Will It Rebuild the Old Pier?"
    source = (f"Skip to contentSkip to site index\n{section}\nSearch & Section Navigation\nLog in\nFriday, January 8, 2027\n"
              f"Today’s Paper\n{section}|{headline}\nShare full article\n187\nAdvertisement\nSKIP ADVERTISEMENT\n"
              f"Supported by\nSKIP ADVERTISEMENT\n{headline}\n"
              "Fishing crews have waited a year for the work, and the board says it will start in the spring.\n"
              "Listen to this article · 6:48 min Learn more\nShare full article\n"
              "The old pier at the harbour last month.Credit...Koji Sasahara/Associated Press\n"
              "By Hana Whitfield and Colin Abernathy\nHana Whitfield reported from Tokyo, and Colin Abernathy from Washington.\n"
              f"Published Jan. 8, 2027Updated Jan. 8, 2027, 9:38 p.m. ET\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert (article.title, article.section) == (headline, section)
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]
    assert article.published_iso == "2027-01-08"


@pytest.mark.parametrize("line", [
    "Hana Whitfield reported from Tokyo, and Colin Abernathy from Washington.",
    "Mei Lin reported from Beijing and Aiko Mori from Naha, Okinawa.",
])
def test_reporters_named_with_where_each_filed_from_are_a_credit(line):
    assert clutter_reason(line) == "credits"


def test_a_headline_with_a_bar_in_its_words_stays_whole():
    headline = "Tokyo|Osaka rail link delayed again as costs climb"
    assert split_leading_marker(headline)[0] == headline


# ------------------------------------------------------------------ a deck over the lead photo's credit and caption


@pytest.mark.parametrize("credit", ["Image: Jonas Weber/dpa/picture alliance", "Photo: Ana Ruiz/AP"])
def test_a_deck_over_a_short_link_and_a_credited_caption_is_the_standfirst(credit):
    deck = "The defense minister has confirmed that a navy frigate will transit the strait. China has warned Berlin."
    source = (f"Politics\nGermany\n{HEADLINE}\nLena Albrecht\n01/09/2027January 9, 2027\n{deck}\n"
              f"https://p.fwd.de/p/4kQx7\n{credit}\nThe frigate left Wilhelmshaven in November for a deployment\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    paragraphs = texts(parsed(source))
    assert deck not in paragraphs
    assert paragraphs[0] == PROSE


def test_a_caption_with_its_own_credit_under_it_is_still_the_caption():
    caption = "Japanese and Philippine coast guard vessels sail in formation during a joint drill off Manila Bay."
    source = (f"MSN\nHome\nNews\nAsia Pacific Courier\nStory by Lena Ocampo • 3h • 4 min read\n{HEADLINE}\n{caption}\n"
              f"© Provided by Asia Pacific Courier\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).caption == caption


@pytest.mark.parametrize("line", [
    "While you're here: Every Tuesday, our editors round up what is happening in politics and society.",
    "Before you go: our journalism depends on readers like you.",
])
def test_a_promotion_to_a_reader_about_to_leave_is_a_prompt(line):
    assert clutter_reason(line) == "reader-prompt"


# ------------------------------------------------------------------ what closes an essay


def test_the_authors_bio_under_a_box_about_the_piece_is_no_resumed_story():
    source = (f"Commentary\n{HEADLINE}\nDecember 3, 2026\nBy Marcus Ellery and Naomi Sato\n\n{PROSE}\n\n{PROSE_2}\n\n"
              f"{PROSE_3}\n\nMore About This Commentary\nMarcus Ellery is a senior political scientist and Naomi Sato "
              "is a policy researcher at ARDEN, a nonprofit research institution.\n\nCommentary gives ARDEN researchers a "
              "platform to convey insights based on their professional expertise.\n\nTopics\nJapan\n")
    assert texts(parsed(source)) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("after", ["", "Become a Member\nMembers get exclusive content and invitations to events. Join today.\n"])
def test_an_essays_numbered_notes_and_the_page_under_them_leave_the_body(after):
    notes = ["[1] Interviews with Japanese and U.S. defense officials, Tokyo, October 2026.",
             "[2] On the 2011 relief operation, see Kenji Arimura, Friends in the Rubble (Harborview, 2019), 88.",
             "[3] A similar proposal appears in a policy brief, June 2026."]
    source = (f"{HEADLINE}\nDecember 3, 2026\nBy Lucas Brenner\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n"
              + "\n".join(notes) + "\n" + after)
    assert texts(parsed(source)) == [PROSE, PROSE_2, PROSE_3]


def test_a_single_bracketed_number_opening_a_paragraph_stays():
    line = "[1] is how the ministry numbers its first warning, officials said on Monday."
    source = f"{HEADLINE}\nDecember 3, 2026\n{PROSE}\n{PROSE_2}\n{line}\n"
    assert line in texts(parsed(source))
