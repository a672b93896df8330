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


# ------------------------------------------------------------------ second batch: official pages, captions, appeals


@pytest.mark.parametrize("sentence, expected", [
    ("In February, a parachute landed in a field outside the base fence in the town.", "2026-02"),
    ("On March 3, two Chinese vessels loitered near a drilling rig for most of a week.", "2026-03-03"),
    ("In January, the council approved the plan by a vote of 5-2.", "2026-01"),
])
def test_a_date_fronting_its_sentence_before_a_past_verb_is_past_however_far_back(sentence, expected):
    from briefs.facts.timeline import resolve_dates
    article = parsed(f"{HEADLINE}\nDecember 31, 2026\n\n{PROSE}\n\n{sentence}\n")
    assert expected in [event.date for event in resolve_dates(article)]


def test_a_date_fronting_its_sentence_before_a_future_verb_stays_ahead():
    from briefs.facts.timeline import resolve_dates
    article = parsed(f"{HEADLINE}\nDecember 31, 2026\n\n{PROSE}\n\nIn February, the council will vote on the plan.\n")
    assert "2027-02" in [event.date for event in resolve_dates(article)]


@pytest.mark.parametrize("caption", [
    "NATO Secretary General Anders Lindqvist with the Prime Minister of Japan, Kenshiro Okabe",
    "Harbour Board Chair Ana Ruiz with Council Leader Tom Hale",
])
def test_people_with_their_titles_side_by_side_over_the_story_are_its_caption(caption):
    source = f"{HEADLINE}\n29 Dec. 2026\n\n{caption}\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parsed(source)
    assert article.caption == caption
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]


def test_icons_names_glued_over_the_story_are_no_caption():
    icons = "ArrowArtboardCreated with Sketch.Title ChevronTitle ChevronIcon FacebookIcon LinkedinIcon Mail ContactPath"
    source = f"{HEADLINE}\nDecember 31, 2026 14:05 JST\n{icons}\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n"
    assert parsed(source).caption != icons


@pytest.mark.parametrize("line", ["Accessibility/Section 508", "Privacy/Security"])
def test_a_government_sites_footer_links_are_no_credit(line):
    assert clutter_reason(line) != "photo-credit"


@pytest.mark.parametrize("byline, names", [
    ("By Mass Communication Specialist 1st Class Tessa Marquardt and Tech. Sgt. Owen Beckett, U.S. Indo-Pacific "
     "Command Public Affairs", "Tessa Marquardt and Owen Beckett"),
    ("By Staff Sgt. Jane Roe", "Jane Roe"),
    ("By Lt. Cmdr. Ana Ruiz and Lance Cpl. Tom Hale", "Ana Ruiz and Tom Hale"),
])
def test_a_service_members_rank_is_no_part_of_the_byline(byline, names):
    from briefs.sources.byline import read_byline
    assert read_byline(byline) == names


def test_a_long_military_credit_leaves_its_caption_a_caption():
    caption = ("TOKYO (Dec. 28, 2026) Adm. Raymond K. Ostrowski, commander of U.S. Indo-Pacific Command, right, speaks "
               "with Gen. Daisuke Kurosawa, commander of the Japan Joint Operations Command, during a visit to JJOC "
               "headquarters in Tokyo. Ostrowski's visit focused on bilateral command and control and the "
               "implementation of the U.S.-Japan Alliance Integration Review.")
    credit = "(U.S. Navy photo by Mass Communication Specialist 1st Class Tessa Marquardt)"
    source = f"{HEADLINE}\nNews | Dec. 29, 2026\nShare\n\n{caption} {credit}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert parsed(source).caption == caption


@pytest.mark.parametrize("photographer", ["Shoko Tanaka", "Dominic Lorrimer"])
def test_a_photographers_bare_name_after_the_captions_stop_is_its_credit(photographer):
    caption = "Trade Minister Rachel Dunne (left) with her Japanese counterpart in Tokyo on Wednesday."
    source = (f"{HEADLINE}\nDec 31, 2026 – 5.00am\nSubscribe now\n{caption} {photographer}\n\n{PROSE}\n\n{PROSE_2}\n\n"
              f"{PROSE_3}\n")
    assert parsed(source).caption == caption


@pytest.mark.parametrize("credit", ["COURTESY U.S. ARMY / SGT. JAMAL R. WHITFIELD", "COURTESY U.S. COAST GUARD"])
def test_a_courtesy_credit_in_capitals_keeps_its_initials(credit):
    assert clutter_reason(credit) == "photo-credit"


@pytest.mark.parametrize("credit", ["COURTESY U.S. ARMY / SGT. JAMAL R. WHITFIELD", "Picture: LPhot Sam Pritchard. Crown copyright."])
def test_the_line_under_the_lead_photos_credit_is_its_caption(credit):
    caption = "Soldiers greet family members at Wheeler Army Airfield after returning from the Philippines."
    source = (f"{HEADLINE}\nDecember 31, 2026\nUpdated 7:22 p.m.\nShare\n{credit}\n{caption}\n"
              "Sorry, you have reached your limit of 5 free articles this month. Subscribe now for unlimited access.\n"
              f"{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("credit", ["(MND image)", "(Taiwan News, Lin Chia-nan photo)", "Picture: LPhot Sam Pritchard. Crown copyright."])
def test_more_credit_shapes(credit):
    assert clutter_reason(credit) == "photo-credit"


@pytest.mark.parametrize("line", [
    "Before you go, can we ask a favour?", "Follow @PriyaRaman_HV on X",
    "For more insights like these, click here, opens new tab to try Viewpoints for free.",
    "Opinions expressed are those of the author. They do not reflect the views of Halden News, which, under the Trust "
    "Principles, is committed to integrity, independence, and freedom from bias.",
])
def test_appeals_and_disclaimers_under_a_column(line):
    assert clutter_reason(line) in {"reader-prompt", "notice"}


@pytest.mark.parametrize("lead", [
    "At a time of both misinformation and information overload, quality journalism matters more than ever.",
    "Local news is worth paying for.",
])
def test_a_short_line_over_an_appeals_pitch_and_button_is_the_appeals_even_with_no_blank_lines(lead):
    source = (f"{HEADLINE}\nMarch 4, 2025\n{PROSE}\n{QUOTE}\n{lead}\nBy subscribing, you can help us get the story right.\n"
              f"SUBSCRIBE NOW\n{PROSE_2}\n{PROSE_3}\n")
    assert texts(parsed(source)) == [PROSE, QUOTE, PROSE_2, PROSE_3]


def test_a_quoted_line_over_an_appeal_stays_the_storys():
    quoted = '"Local news is worth paying for," the mayor said.'
    source = (f"{HEADLINE}\nMarch 4, 2025\n{PROSE}\n{quoted}\nBy subscribing, you can help us get the story right.\n"
              f"SUBSCRIBE NOW\n{PROSE_2}\n")
    assert quoted in texts(parsed(source))


def test_a_key_points_box_under_two_authors_with_handles_and_pictures():
    points = ["The board voted 5-2 on Monday to rebuild the pier.", "Work starts in spring.", "Crews welcomed it."]
    source = (f"{HEADLINE}\nPublished Thu, Dec 31 2026 1:42 AM EST\nUpdated Thu, Dec 31 2026 4:05 AM EST\nthumbnail\n"
              "Mei Lin Tan\n@in/meilintan/\n@MeiLinTan_ML\nthumbnail\nJihoon Park\nWATCH LIVE\nShare\nShare Article via Facebook\n"
              "Share Article via Twitter\nShare Article via Email\nKey Points\n" + "\n".join(points)
              + "\nWorkers repair the pier's deck in Suzhou on Dec. 9, 2026.\nVcg | Visual China Group | Getty Images\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert texts(parsed(source)) == [PROSE, PROSE_2, PROSE_3]


def test_a_phone_copys_headline_wrapped_over_short_lines_stops_at_the_byline_and_the_time():
    source = ("Pacific\nFiji to host Pacific police\ntraining centre as leaders push\n‘family first’ security\nLeilani Fonoti\n"
              "Pacific correspondent\n2h ago · 30 Dec 2026\n\nFiji will host a new regional\npolice training centre funded by\n"
              "Australia and New Zealand, its\nprime minister has announced.\n\nThe centre, on the outskirts of\nSuva, will "
              "train officers from up\nto 16 island nations and is due to\nopen next year.\n\nOfficials said the first "
              "course\nwould begin in the spring, with\nforty officers from six nations.\n")
    article = parsed(source)
    assert article.title == "Fiji to host Pacific police training centre as leaders push ‘family first’ security"
    assert article.byline == "Leilani Fonoti"
    assert article.published is not None and article.published.day == 30


# ------------------------------------------------------------------ third batch


@pytest.mark.parametrize("line, caption", [
    ("Japanese and Australian soldiers on exercise at Mount Bundey in the Northern Territory, November 2026 "
     "(Liam Fraser/Department of Defence)",
     "Japanese and Australian soldiers on exercise at Mount Bundey in the Northern Territory, November 2026"),
    ("A missile is launched at the test site in Taean, in this photo provided by the agency. (Agency for Defense Development)",
     "A missile is launched at the test site in Taean, in this photo provided by the agency."),
    ("A missile launcher during a joint exercise on Ishigaki Island in November.Yomiuri Shimbun via AP file",
     "A missile launcher during a joint exercise on Ishigaki Island in November."),
    ("Warships sail in formation during a joint exercise in the South China Sea. Source: AAP",
     "Warships sail in formation during a joint exercise in the South China Sea."),
])
def test_more_credits_closing_a_caption(line, caption):
    from briefs.sources.caption import ends_with_credit, without_credit
    assert ends_with_credit(line) and without_credit(line) == caption


@pytest.mark.parametrize("line", ["(Bank of Japan)", "(The Treaty)"])
def test_a_bracketed_name_that_is_no_office_handing_out_pictures_is_no_credit(line):
    assert clutter_reason(line) != "photo-credit"


@pytest.mark.parametrize("credit", ["US Indo-Pacific Command", "U.S. Pacific Fleet"])
def test_a_command_alone_under_a_caption_credits_it_and_the_stacked_dateline_under_it_is_read(credit):
    caption = "A fighter jet flies near a patrol plane over the South China Sea on December 31, 2026, in an image released by the military."
    source = (f"{HEADLINE}\nBy Priya Raman, GNN\nPublished\n        4:37 AM EST, Sun January 3, 2027\nLink Copied!\n{caption}\n"
              f"{credit}\nHong Kong\nGNN\n — \n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert article.dateline == "Hong Kong GNN"
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["Air Force", "Your Marine Corps", "Japan Coast Guard"])
def test_a_services_name_alone_is_no_credit(line):
    assert clutter_reason(line) != "photo-credit"


@pytest.mark.parametrize("label, name", [
    ("Center", "Center for East Asian Policy Research"), ("Program", "Institute for Security and Development Policy"),
])
def test_an_institutions_name_over_the_first_paragraph_is_the_pages_label(label, name):
    source = f"{HEADLINE}\nJanuary 4, 2027\nMore On\nJapan\n{label}\n{name}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert texts(parsed(source)) == [PROSE, PROSE_2, PROSE_3]


def test_a_subheading_naming_no_institution_over_the_first_paragraph_stays():
    source = f"{HEADLINE}\nJanuary 4, 2027\n\nBudget Realities\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parsed(source)
    assert not any(item.text == "Budget Realities" and item.reason == "page-label" for item in article.dropped)


@pytest.mark.parametrize("line", [
    "HKOP is an impartial platform & does not necessarily share the views of opinion writers or advertisers.",
    "The Ledger does not necessarily reflect the views of its contributors.",
])
def test_a_platforms_disclaimer_is_a_notice(line):
    assert clutter_reason(line) == "notice"


def test_an_authors_bio_over_the_essays_image_credit_is_no_caption():
    bio = ("Lucas Brenner is an associate professor of national security affairs at the Coastal War College. Erika Sonoda "
           "is a research fellow at the Tokyo Forum.")
    source = f"{HEADLINE}\nJanuary 4, 2027\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n{bio}\nImage: U.S. Marine Corps photo by Cpl. Jaren Whitlock\n"
    assert parsed(source).caption is None


@pytest.mark.parametrize("outlet", ["Kanto Daily Japan", "Mainichi Japan", "The Pier Herald"])
def test_a_date_with_the_outlet_in_brackets_after_it_is_the_time_line(outlet):
    source = f"Japan\n{HEADLINE}\nJanuary 1, 2027 ({outlet})\nJapanese version\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parsed(source)
    assert article.published is not None and (article.published.year, article.published.month, article.published.day) == (2027, 1, 1)
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("first, second", [("Updated", "Published"), ("Last updated:", "Published:")])
def test_labels_alone_over_their_times_say_which_time_was_published(first, second):
    source = (f"{HEADLINE}\n{first}\nJan 02, 2027, 06:42 PM\n{second}\nJan 02, 2027, 03:15 PM\n\n{PROSE}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert (article.published.hour, article.published.minute) == (15, 15)


# ------------------------------------------------------------------ fourth batch


def test_a_caption_closed_by_a_credit_in_brackets_is_no_headline_over_the_byline():
    headline = "ASEAN aims to seal South China Sea code of conduct this year, but China signals no rush"
    caption = "Singapore's Foreign Minister Vernon Tay speaking to reporters at the Ministry of Foreign Affairs in Singapore."
    source = (f"Asia\n{headline}\nBookmark\nShare\nListen to this article\n{caption} (Photo: MNA/Jeremy Ong)\nClara Lim\n"
              f"09 Jan 2027 04:15PM\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == headline
    assert article.caption == caption


@pytest.mark.parametrize("first, second", [
    ("Japan to let MSDF destroyers escort coast guard near", "Senkakus under new rules"),
    ("Board votes to rebuild the old pier after", "Winter Storm Damages Its Piles"),
])
def test_a_headline_wrapped_over_two_lines_is_joined_where_the_page_prints_it_whole(first, second):
    source = (f"1/9/27, 9:02 AM {first} {second} | The Nansei Times\nThe Nansei Times\nNEWS\nPolitics\n{first}\n{second}\n"
              f"By Ryota Kanemura\nStaff Writer\nJan 8, 2027\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).title == f"{first} {second}"


def test_a_section_over_its_page_both_in_the_breadcrumb_stay_apart():
    source = ("Top > Statements and Press Conferences > Press Conference by Prime Minister Sakuragi\n"
              "Statements and Press Conferences\nPress Conference by Prime Minister Sakuragi\nFriday, February 7, 2025\n\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).title == "Press Conference by Prime Minister Sakuragi"


@pytest.mark.parametrize("line", [
    "I thought you might find this article from The Kaiyo Shimbun interesting:", "Sent from my iPhone",
    "I found this story on The Ledger and thought of you:",
])
def test_a_news_apps_share_text_is_the_apps(line):
    assert clutter_reason(line) == "reader-prompt"


@pytest.mark.parametrize("caption", [
    "This file photo, taken Oct. 20, 2026, shows the vice foreign minister speaking during a meeting in Seoul. (Seorin)",
    "This photo shows the vice foreign minister speaking during a meeting at the ministry in Seoul. (Seorin)",
])
def test_a_file_photos_caption_signed_by_the_agency_is_a_caption(caption):
    source = (f"{HEADLINE}\nSEOUL, Jan. 7 (Seorin) -- {PROSE}\n\n{PROSE_2}\n\n{caption}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption and article.caption.startswith("This")
    assert caption not in texts(article)


@pytest.mark.parametrize("credit", ["Hinata Shimbun file photo", "Kyodo file photo"])
def test_a_papers_file_photo_credit_heads_the_caption_under_it(credit):
    caption = "A Type-12 surface-to-ship missile launcher is seen during a Ground Self-Defense Force exercise in Hokkaido."
    source = (f"Politics\n{HEADLINE}\n{credit}\n{caption}\nBy Kenichi Arai / Hinata Shimbun Staff Writer\n"
              f"17:10 JST, January 7, 2027\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    assert parsed(source).caption == caption


@pytest.mark.parametrize("sentence", [
    "The move is seen as a signal to Beijing.", "The plan is shown to cut costs by a third.",
])
def test_a_judgement_in_the_passive_describes_no_photo(sentence):
    from briefs.sources.caption import describes_a_photo
    assert not describes_a_photo(sentence)


# ------------------------------------------------------------------ fifth batch


@pytest.mark.parametrize("credit", [
    "Courtesy of the 11th Regional Coast Guard Headquarters", "U.S. NAVY / MASS COMMUNICATION SPECIALIST 2ND CLASS DARREN OKAFOR",
])
def test_credits_with_an_ordinal_or_a_rank_in_capitals(credit):
    assert clutter_reason(credit) == "photo-credit"


def test_a_caption_over_a_ranked_credit_in_capitals_is_the_caption():
    caption = "Medium unmanned surface vessels sail in formation off Guam during an exercise in October 2026."
    source = (f"{HEADLINE}\nBy Ana Ruiz\nJANUARY 11, 2027 04:12 PM ET\nShare This:\nFacebook\n{caption}\n"
              f"U.S. NAVY / MASS COMMUNICATION SPECIALIST 2ND CLASS DARREN OKAFOR\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert texts(article) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line, reason", [
    ("Catch every big hit, every wicket with Crick-Zone, a one stop destination for Live Scores, Match Stats, "
     "Infographics & much more. Explore now!", "reader-prompt"),
    ("The mayor said the pier would reopen. Join us!", None),
])
def test_a_promotion_closing_on_its_exclaimed_call(line, reason):
    assert clutter_reason(line) == reason
