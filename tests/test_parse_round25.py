"""Shapes rather than wordings, round 25: a site's prompts and widgets around the header, a webmail's view of a
newsletter, credits before captions, and a subheading under a box of links.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from briefs.sources.clutter import clutter_reason
from briefs.sources.tail import list_heading_reason
from test_parse_round6 import PROSE, PROSE_2, PROSE_3, parsed

HEADLINE = "Board votes to rebuild the old pier after winter storm"
QUOTE = '"We have never seen the water come up this fast," said one resident who has lived there for decades.'


def texts(article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


# ------------------------------------------------------------------ a site's prompt over its link


@pytest.mark.parametrize("prompt, link", [
    ("Confidential tip?", "Send a tip to our reporters"),
    ("Got a news tip?", "Tell our newsroom what you know"),
    ("Spotted an error?", "Let our standards editor know"),
])
def test_the_line_under_a_short_question_is_its_link_not_the_headline(prompt, link):
    # headline, the summary's points and the photo's caption stand far over the byline; the prompt's link right over it
    source = (f"Politics\n{HEADLINE}\nCouncil approves the money for the work on the pier\n"
              "Fishing crews have asked for the work to start before the summer\n"
              "The old pier at the harbour in October. Photographer: Kentaro Sato/Kestrel\nGift this article\n"
              f"Add us on Google\nContact us:\nProvide news feedback or report an error\n{prompt}\n{link}\n"
              "Site feedback:\nTake our Survey\n"
              f"By Ana Ruiz and Tom Hale\nDecember 25, 2026 at 1:04 PM GMT+9\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == HEADLINE
    assert link not in texts(article)


def test_a_question_headline_over_its_byline_is_still_the_headline():
    headline = "Will the old pier survive another winter?"
    source = f"Politics\n{headline}\nBy Ana Ruiz\nDecember 25, 2026\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == headline


# ------------------------------------------------------------------ a widget's blurb between its controls


@pytest.mark.parametrize("opening, blurb, closing", [
    ("Read a summary of this article on FAST.", ["Get bite-sized news via a new", "cards interface. Give it a try."],
     "Click here to return to FAST"),
    ("Read a summary of this article on FAST.", ["Try our new app for the day's news in brief."], "Click here to return to FAST"),
    ("Read a summary of this article on FAST.", ["Your news in five cards, every morning."], "Click here to return to FAST"),
])
def test_a_short_blurb_between_two_of_a_widgets_controls_is_the_widgets(opening, blurb, closing):
    lines = "\n".join([opening, *blurb, closing])
    source = f"{HEADLINE}\nAna Ruiz\n27 Dec 2026 02:15PM\n{lines}\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n"
    article = parsed(source)
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]


def test_a_name_between_two_follow_buttons_is_no_widgets_blurb():
    source = (f"{HEADLINE}\nChloe Yeung\n+ FOLLOW\nand Marcus Tse\n+ FOLLOW\nPublished: 6:05pm HKT, 20 Feb 2025\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert "Marcus Tse" in (article.byline or "")
    assert article.published is not None


# ------------------------------------------------------------------ a message copied from a webmail's view


NEWSLETTER = ("View in browser\n\nTHE HARBOR LINE\nSecurity and diplomacy in the Indo-Pacific, every Wednesday\n"
              "Wednesday, December 23, 2026\n\n"
              "Good morning, and welcome to the last Harbor Line of the year. We'll be back in your inbox on January 6.\n\n"
              f"{HEADLINE}\nBy Saori Nishikawa, Manila correspondent\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")


@pytest.mark.parametrize("mail_header", [
    "Harbor Line: the pier, the storm and the vote\nInbox\n\nThe Harbor Line <newsletters@harbor-line.example>\nUnsubscribe\n"
    "Wed, Dec 23, 2026, 6:30 AM\nto me\n\n",
    "Harbor Line: the pier, the storm and the vote\nThe Harbor Line <newsletters@harbor-line.example>\n"
    "Wed 12/23/2026 6:30 AM\nTo: you\n\n",
    "Fwd: Harbor Line: the pier, the storm and the vote\nExternal\nInbox\nThe Harbor Line <news@harbor-line.example>\n"
    "6:30 AM (2 hours ago)\nto me, Ken\n\n",
])
def test_a_webmails_header_is_the_mails_and_the_story_keeps_its_own_headline(mail_header):
    article = parsed(mail_header + NEWSLETTER)
    assert article.title == HEADLINE
    assert article.byline == "Saori Nishikawa"
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]
    dropped = {item.text for item in article.dropped}
    assert "Harbor Line: the pier, the storm and the vote" in dropped or any("Harbor Line: the pier" in text for text in dropped)


def test_a_webmails_subject_stands_in_for_a_newsletter_with_no_headline():
    source = ("The pier, the storm and the vote\nInbox\nThe Harbor Line <newsletters@harbor-line.example>\n"
              f"Wed, Dec 23, 2026, 6:30 AM\nto me\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == "The pier, the storm and the vote"
    assert article.published is not None and article.published.day == 23
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]


def test_an_address_in_the_story_is_no_webmails_header():
    source = (f"{HEADLINE}\nDecember 23, 2026\n\n{PROSE}\n\nReaders may write to The Harbour Board <board@pier.example>\n\n"
              f"{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == HEADLINE
    assert PROSE in texts(article)


def test_a_videos_caption_a_blank_line_over_the_byline_leaves_the_headline_over_the_time():
    video = "Our reporter Sam Whitfield reports from Appleby, where residents were rescued by boat overnight"
    source = (f"Border\n{HEADLINE}\nSunday 6 December 2026 at 10:45am\n\n{video}\n\n"
              f"By ITV Border Multimedia Journalist Hannah Pike\nShare\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).title == HEADLINE


# ------------------------------------------------------------------ credits


@pytest.mark.parametrize("credit", [
    "Credit: U.S. Air Force photo by Staff Sgt. Jerome Whitaker",
    "Photo: U.S. Navy photo by Lt. Cmdr. Dana Okafor",
    "Photo: Capt. Ana Ruiz/U.S. Army",
])
def test_a_labelled_credit_may_name_a_photographer_by_rank(credit):
    assert clutter_reason(credit) == "photo-credit"


@pytest.mark.parametrize("line", ["Credit: He met Mr. Abe. Then he left.", "Photo: The prime minister speaks. He left."])
def test_a_labelled_line_in_sentences_is_no_credit(line):
    assert clutter_reason(line) != "photo-credit"


@pytest.mark.parametrize("outlet", ["The Akebono Shimbun", "The Hokuto Shimbun", "The Pier Herald"])
def test_the_outlets_name_between_the_headline_and_a_sentence_credits_that_caption(outlet):
    caption = "Defense Minister Emiko Saijo speaks to reporters at the Defense Ministry in Tokyo on Tuesday."
    # (the byline under the share buttons, taken from the body's top: the line over the time was no standfirst)
    source = (f"Politics & Government\n{HEADLINE}\n{outlet}\n{caption}\n19:25 JST, December 23, 2026\nShare\nPost\n"
              f"By Daisuke Hirano / {outlet} Staff Writer\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert texts(article)[0] == PROSE


def test_a_masthead_over_its_tagline_credits_no_caption():
    caption = "Cranes unload containers at the North Quay terminal in the port."
    source = (f"THE CORNICHE HERALD\nYour community. Your news.\nTuesday, December 1, 2026\n{HEADLINE}\n"
              f"{caption}\nPhoto: Ana Ruiz/Corniche Herald\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).caption == caption


@pytest.mark.parametrize("rubric", [
    "Its leaders just wish they did not have to say so out loud",
    "The harder question is what happens after the vote",
])
def test_a_rubric_over_an_illustrations_credit_is_no_caption(rubric):
    source = (f"Europe | Charlemagne\n{HEADLINE}\n{rubric}\nIllustration: Petra Lindqvist\nDec 26th 2026|4 min read\n"
              f"Share\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption is None
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]


def test_a_stopped_caption_over_an_illustrations_credit_stays_the_caption():
    caption = "An artist's drawing of the rebuilt pier, as the board approved it on Monday."
    source = f"{HEADLINE}\n{caption}\nIllustration: Petra Lindqvist\nDec 26th 2026\n{PROSE}\n{PROSE_2}\n"
    assert parsed(source).caption == caption


@pytest.mark.parametrize("label", ["Banner photo", "Top image", "Header photo"])
def test_the_lead_photos_caption_inside_a_closing_note_is_read_from_its_label(label):
    caption = "Fishing crews land their catch at the old pier before the storm on December 7, 2026."
    note = f"(Originally published in Japanese on December 18, 2026. {label}: {caption} © Jiji.)"
    source = f"{HEADLINE}\n[2026.12.23]\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{note}\n"
    article = parsed(source)
    assert article.caption == caption
    assert any(item.text.startswith("(Originally published in Japanese") for item in article.dropped)


# ------------------------------------------------------------------ a summary box shut, the caption under its heading


@pytest.mark.parametrize("heading", ["Summarize this article with AI", "Summary"])
def test_a_caption_right_under_a_shut_summary_boxs_heading_is_the_caption(heading):
    caption = "STANDOFF. A coast guard vessel fires a water cannon at a fisheries boat near the shoal on December 21, 2026."
    source = (f"{HEADLINE}\nCarmela Dizon\nDec 27, 2026 4:30 PM PHT\nShare\n{heading}\n{caption}\n"
              f"Photo courtesy of the Philippine Coast Guard\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a video's title, alone and with its running time


@pytest.mark.parametrize("title, player", [
    ("Will Europe be drawn into a conflict over Taiwan?", "Will Europe be drawn into a conflict over Taiwan?02:41"),
    ("The pier in ninety seconds", "The pier in ninety seconds 01:30"),
])
def test_a_videos_title_printed_again_with_its_running_time_is_the_players(title, player):
    notice = "To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video"
    source = f"{HEADLINE}\nMarch 4, 2025\n\n{PROSE}\n\n{QUOTE}\n\n{title}\n{notice}\n{player}\n{PROSE_2}\n\n{PROSE_3}\n"
    assert texts(parsed(source)) == [PROSE, QUOTE, PROSE_2, PROSE_3]


def test_a_subheading_not_printed_again_with_a_running_time_stays():
    source = f"{HEADLINE}\nMarch 4, 2025\n\n{PROSE}\n\n{QUOTE}\n\nWhat happens next\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert "What happens next" in texts(parsed(source))


# ------------------------------------------------------------------ a subheading under a box of links


@pytest.mark.parametrize("label, items, heading", [
    ("Read more:", ["Police liaison team visits the port for the first time", "Island signs maritime surveillance deal"],
     "Competition for influence"),
    ("Related", ["Harbour board and council deepen ties with first joint plan", "How dependent is the town on its pier?"],
     "Chips, shipping and sanctions"),
    ("RELATED:", ["[Editorial] The Board Must Not Look Away From the Pier's Decay"], "Council Watching"),
])
def test_a_short_line_under_a_box_of_headlines_heads_the_storys_next_section(label, items, heading):
    box = "\n".join([label, *items])
    source = f"{HEADLINE}\nMarch 4, 2025\n{PROSE}\n{QUOTE}\n{box}\n{heading}\n{PROSE_2}\n{PROSE_3}\n"
    article = parsed(source)
    assert texts(article) == [PROSE, QUOTE, heading, PROSE_2, PROSE_3]
    assert not any(item in texts(article) for item in items)


@pytest.mark.parametrize("last_line", ["By Felix Aumann", "Lucía Ferrer | Madrid"])
def test_an_items_author_under_a_box_of_headlines_is_no_subheading(last_line):
    box = "Related\nHarbour board and council deepen ties with first joint plan\nHow dependent is the town on its pier?"
    source = f"{HEADLINE}\nMarch 4, 2025\n{PROSE}\n{QUOTE}\n{box}\n{last_line}\n{PROSE_2}\n{PROSE_3}\n"
    assert last_line not in texts(parsed(source))


def test_an_outlets_name_over_its_about_box_is_no_subheading():
    box = "Related Posts\nHarbour board and council deepen ties with first joint plan\nTown signs its first pier contract"
    about = "Pier Ledger is an independent news website covering harbours, shipping and the coast."
    source = f"{HEADLINE}\nMarch 4, 2025\n{PROSE}\n{QUOTE}\n{PROSE_2}\n{PROSE_3}\n{box}\nPier Ledger\n{about}\nAbout Us\nContact\n"
    article = parsed(source)
    assert "Pier Ledger" not in texts(article) and about not in texts(article)


# ------------------------------------------------------------------ lines of chrome and of story


@pytest.mark.parametrize("button", ["Shop now", "Buy Now", "Get offer", "See deals", "Start free trial", "Order today"])
def test_an_ads_button_is_advertising(button):
    assert clutter_reason(button) == "advertising"


@pytest.mark.parametrize("line", ["Shop", "Book", "Apply", "Order of the day"])
def test_a_word_alone_is_no_ads_button(line):
    assert clutter_reason(line) != "advertising"


@pytest.mark.parametrize("sentence", [
    "Presidential Office spokeswoman Lai Shu-fen said Beijing’s “gray-zone” tactics would not intimidate Taiwanese.",
    "Chief Cabinet Secretary Takuma Hoshino told reporters Tokyo had conveyed Serious Concerns to Beijing.",
])
def test_a_reported_sentence_full_of_names_stays_in_the_story(sentence):
    source = f"{HEADLINE}\nMarch 4, 2025\n\n{PROSE}\n\n{sentence}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert sentence in texts(parsed(source))


@pytest.mark.parametrize("line", [
    "The views expressed in this article are those of the authors and do not represent the official positions of the "
    "U.S. Marine Corps, the Department of the Navy, or the Department of Defense.",
    "The opinions expressed in this commentary are solely those of the author.",
])
def test_a_commentarys_disclaimer_is_a_notice(line):
    assert clutter_reason(line) == "notice"


@pytest.mark.parametrize("heading", ["What readers are saying", "What commenters are saying"])
def test_a_summary_of_the_comments_heads_the_comments(heading):
    assert list_heading_reason(heading) == "comments"
