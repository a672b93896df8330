"""Shapes rather than wordings, round 19: a deck over a byline that carries its date, then a bare
photo credit, is the standfirst of an uncaptioned photo, not its caption.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body, is_kept, is_left_out, parsed

from briefs.sources.byline import author_names
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.pubtime import parse_time_line

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


# ------------------------------------------------------------------ a header under a long menu

def _menu(count: int) -> str:
    sections = ["Politics", "U.S. News", "World", "Local", "Business", "Health", "Investigations", "Culture & Trends",
                "Sports", "Science", "Tech & Media", "Weather", "Video Features", "Photos", "Decision 2026"]
    return "\n".join(sections[index % len(sections)] for index in range(count))


@pytest.mark.parametrize("menu_lines", [10, 45, 70])
def test_the_time_line_under_a_long_menu_closes_the_header(menu_lines):
    source = (f"Skip to Content\n{_menu(menu_lines)}\nPolitics News\n{HEADLINE}\n"
              "With the budget fixed, the hard part is finding people.\nPrint\nSave\n"
              "April 13, 2026, 6:12 AM EDT / Updated April 13, 2026, 7:12 AM EDT\nBy Tobias Wren and Keiko Alvarez\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == HEADLINE
    assert article.published is not None and article.published.hour == 6
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a photographer for the outlet, on the caption's line

@pytest.mark.parametrize("credit", ["Jordan Vick for Crosswind News", "Ana Ruiz for The Prairie Record", "Sam Lee for KQX"])
def test_a_photographer_for_the_outlet_closing_the_caption_is_its_credit(credit):
    caption = "Gus Lindahl speaks with supporters at a grain cooperative in Prairie Junction on Saturday."
    assert ends_with_credit(f"{caption} {credit}")
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize("sentence", ["The mayor said the plan was good for Harbour City.",
                                      "Officials met on Friday. Voters for Change said little."])
def test_a_sentence_ending_in_for_and_a_name_is_no_credit(sentence):
    assert not ends_with_credit(sentence)


# ------------------------------------------------------------------ a table of contents

SUBHEADS = ["Jobs across the supply chain", "Modernising the support fleet", "Background"]


@pytest.mark.parametrize("label", ["Contents", "Table of contents", "On this page", "In this article"])
def test_a_table_of_contents_whose_entries_come_back_as_subheadings_is_taken_out(label):
    contents = "\n".join(SUBHEADS)
    sections = "\n\n".join(f"{heading}\n{text}" for heading, text in zip(SUBHEADS, [PROSE, PROSE_2, PROSE_3]))
    source = f"{HEADLINE}\nPublished 3 February 2026\n{label}\n{contents}\n{PROSE_3}\n\n{sections}\n"
    article = parsed(source)
    texts = [block.text for block in article.blocks]
    assert texts[0] == PROSE_3
    assert texts.count("Background") == 1 and texts.count(SUBHEADS[0]) == 1
    assert label not in texts


def test_a_label_over_a_list_printed_once_is_no_table_of_contents():
    # (`Contents` here heads what the parcel held: its entries are printed nowhere else)
    source = (f"{HEADLINE}\nPublished 3 February 2026\n{PROSE}\n\nContents\nFour tins of ship's biscuit\n"
              f"Two lanterns and a brass compass\n\n{PROSE_2}\n\n{PROSE_3}\n")
    kept = " ".join(block.text or " ".join(block.items) for block in parsed(source).blocks)
    assert "Four tins of ship's biscuit" in kept and "Two lanterns and a brass compass" in kept


# ------------------------------------------------------------------ notices

@pytest.mark.parametrize("notice", [
    "We also use cookies set by other sites to help us deliver content from their services.",
    "If you buy something from a Circuit link, Circuit Media may earn a commission. See our ethics statement.",
    "When you shop through links on our site, The Ledger may earn an affiliate commission.",
])
def test_a_cookie_or_affiliate_notice_is_left_out(notice):
    assert is_left_out(notice)


def test_a_story_about_commissions_is_kept():
    assert is_kept("Brokers who sell the policies may earn a commission of up to 12 percent, the regulator said.")


# ------------------------------------------------------------------ a list that lost its marks, under a subheading

ITEMS = ["the contract was signed on Friday 30 January 2026 following a competition that began in 2024",
         "construction will take place at Aldermouth, with blocks assembled at Kestle Bay",
         "names for the three ships will be announced at a later date"]


# A release's paragraphs as a browser copies them: one a line, each longer than any item.
LONG_PARAGRAPHS = [
    f"{PROSE} The board's chair said the vote ended a decade of argument over whether the pier could be saved at all.",
    f"{PROSE_2} Contractors will bid in January, and the board expects to choose one of them before the end of March.",
    f"{PROSE_3} Their association had warned that a closed pier would push boats to harbours an hour's sail away.",
]


@pytest.mark.parametrize("heading", ["Background", "What the contract covers", "Key facts"])
def test_lower_case_lines_under_a_subheading_in_a_spaced_page_are_list_items(heading):
    items = "\n".join(ITEMS)
    paragraphs = "\n\n".join(LONG_PARAGRAPHS)
    source = f"{HEAD}{paragraphs}\n\n{heading}\n{items}\n"
    blocks = parsed(source).blocks
    assert [block.text for block in blocks[:3]] == LONG_PARAGRAPHS
    listed = [item for block in blocks if block.kind == "list" for item in block.items]
    assert listed == ITEMS


def test_a_column_wrapped_at_a_width_is_not_read_as_a_list():
    column = ("Council backs the river walk\n\nThe council gave final\napproval on Tuesday to the\nriver walk "
              "after three years\nof public comment in a\npacked chamber.\n\nWork starts\nin spring and should\n"
              "finish by the autumn,\nofficials said.\n\nResidents weighed\nin on the design at an\nopen house "
              "on Saturday.\n")
    blocks = parsed(column).blocks
    assert all(block.kind == "paragraph" for block in blocks)
    assert blocks[0].text.startswith("The council gave final approval on Tuesday")


# ------------------------------------------------------------------ credits with ranks and bars

@pytest.mark.parametrize("credit", ["(Photo by Army Sgt. Dominic Fairbanks)", "(Photo by Capt. Jane Roe)", "Photo by J. Roe",
                                    "Jalen Okafor | Lakeshore State Media", "Ana Ruiz | The Harbour Times"])
def test_a_credit_with_a_rank_an_initial_or_a_bar_closes_the_caption(credit):
    caption = "Soldiers operate a counter-drone vehicle during a live-fire exercise at the Pinecrest Training Area."
    assert ends_with_credit(f"{caption} {credit}")
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize("sentence", ["We walked past the photo by the park. The council said no.",
                                      "The vote was close. Labour | Conservative figures follow."])
def test_a_story_sentence_is_no_credit(sentence):
    assert not ends_with_credit(sentence)


# ------------------------------------------------------------------ an uncredited caption under the header's leftovers

PLACED = "Secretary General Henrik Valstad (left) and Vice Admiral Ingrid Sorlund cut the ribbon at the new centre in Kallmora."
LONG_LEAD = ("The alliance opened a new centre dedicated to protecting undersea cables, pipelines and other critical "
             "infrastructure on Wednesday, as its members step up efforts to deter sabotage in the North Atlantic.")


@pytest.mark.parametrize("between", ["|", "Last updated: 10 Oct. 2025 08:30", "|\nLast updated: 10 Oct. 2025 08:30", ""])
def test_people_placed_in_the_picture_over_the_story_make_its_caption_in_any_tense(between):
    source = (f"Alliance opens new centre to protect undersea cables\n09 Oct. 2025 -\n{between}\nShare this page\n"
              f"{PLACED}\n{LONG_LEAD}\n{PROSE}\n{PROSE_2}\n")
    article = parsed(source)
    assert article.caption == PLACED
    assert article.paragraphs[0].text == LONG_LEAD


def test_a_past_tense_lead_without_people_placed_stays_the_story():
    lead = "The alliance opened its new centre in Kallmora on Wednesday."
    article = parsed(f"Alliance opens new centre\n09 Oct. 2025\n|\n{lead}\n{LONG_LEAD}\n{PROSE}\n")
    assert article.caption is None
    assert article.paragraphs[0].text == lead


# ------------------------------------------------------------------ an ad slot's buttons, a sign-up form's answers, a pitch

@pytest.mark.parametrize("line", [
    "Hide Ad", "Close ad", "Skip Advert", "Thank you for signing up!", "Thanks for subscribing",
    "Sorry, there seem to be some issues. Please try again later.", "Oops, something went wrong. Please try again.",
    "Submitting...",
    "Did you know with a Digital Subscription to the Strathkennan Courier, you can get unlimited access to the website. Learn More",
    "With a premium membership to The Ledger, you get fewer ads and our puzzles.",
])
def test_an_ad_slots_button_a_forms_answer_or_a_subscription_pitch_is_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize("sentence", [
    "Sorry, there was a problem with the ferry engine, the operator said.",
    "With a subscription to the gym, you can swim every day, the council said.",
    "Thank you for signing up so many volunteers, the mayor told the organisers on Friday.",
])
def test_story_sentences_like_those_lines_are_kept(sentence):
    assert is_kept(sentence)


# ------------------------------------------------------------------ a section label between an alert and the headline

@pytest.mark.parametrize("label", ["Local News", "Politics", "World"])
def test_a_section_label_over_the_headline_parts_it_from_an_alert_above(label):
    alert = "Winter Weather Advisory in effect for Marlow and Dunmore counties until 10 AM Saturday"
    headline = "Tens of thousands still without power after ice storm coats Glenmore area"
    source = (f"Watch Live\nWeather Alert\n{alert}\nIce storm: Crews work to restore power\n1:48\n{label}\n{headline}\n"
              f"Lakeshore Power says some rural customers may wait until Sunday.\nAuthor: Dana Whitfield\n"
              f"Published: 4:09 PM EST February 7, 2025\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).title == headline


# ------------------------------------------------------------------ a column's foot: bio, letters box, comment welcome

BIO = "Marguerite Olin is a professor of urban planning at Whitmore University and the author of The Last Good Acre."


@pytest.mark.parametrize("box", [
    "Letters to the editor\nHave something to say about this column? Send a letter to letters@courier.ca. Letters may be edited.",
    "Write a letter to the editor\nGot something to say about this story? Email us at letters@ledger.com.",
    "Comments\nWelcome to The Dominion Courier's comment community. This is a space where subscribers can talk.",
])
def test_a_columns_letters_box_or_comment_welcome_closes_it_and_leaves_the_bio_last(box):
    source = (f"Opinion\nWe are paving over the farmland that feeds us\nBy Marguerite Olin\nFebruary 11, 2026\n\n{PROSE}\n\n"
              f"{PROSE_2}\n\n{PROSE_3}\n\n{BIO}\n\n{box}\n\n© Copyright 2026 The Dominion Courier Inc.\n")
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", [
    "Get Current Updates on India News, Kavipuram News, Weather Today along with Latest News and Top Headlines at The Indus Times.",
    "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.",
    "See our privacy notice", "We have more newsletters",
])
def test_a_portals_standing_line_or_a_forms_small_print_is_left_out(line):
    assert is_left_out(line)


def test_a_sentence_about_getting_news_updates_is_kept():
    assert is_kept("Get news updates from the front line and the latest news from Kyiv, the minister said.")


# ------------------------------------------------------------------ a credited caption under a box of quotes

@pytest.mark.parametrize("credit", ["KESTREL/Dana Whitlock", "(Photo: Dana Whitlock)", "Dana Whitlock for The Ledger"])
def test_a_credited_caption_under_a_quotes_box_is_the_photos_not_the_boxs(credit):
    caption = "Workers assemble an electric crossover at the Corvane Motors plant in Ashbury Crossing, Michigan, September 9, 2025."
    source = (f"Corvane Motors to cut 2,400 jobs as demand cools\nKestrel\nThu, November 20, 2025 at 11:47 PM GMT+1\n"
              f"In this article:\nCRVN\n-4.12%\nHLTX\n+0.86%\n{caption} {credit}\nBy Renata Foyle\n\n{PROSE}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert article.caption == caption
    assert article.byline == "Renata Foyle"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


# ------------------------------------------------------------------ a wire's closing byline in brackets

@pytest.mark.parametrize(("closing", "names"), [
    ("(By Hsu Mei-ling and Jared Tsai)\nEnditem/ls", ["Hsu Mei-ling", "Jared Tsai"]),
    ("(By Chen Yi-hsuan)\nEnditem/AW", ["Chen Yi-hsuan"]),
    ("(By Lena Ito and Tom Reyes)", ["Lena Ito", "Tom Reyes"]),
])
def test_a_closing_byline_in_brackets_names_the_authors_of_a_page_without_one(closing, names):
    source = f"Cabinet approves absentee voting bill\n09/16/2025 06:12 PM\n{PROSE}\n\n{PROSE_2}\n\n{closing}\n\nLatest\n"
    article = parsed(source)
    assert author_names(article.byline) == names
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


# ------------------------------------------------------------------ standing lines of portals, wires and paid services

@pytest.mark.parametrize("line", [
    "Published in Daybreak, January 14th, 2026",
    "(Except for the headline, this story has not been edited by PRTV staff and is published from a syndicated feed.)",
    "Track Latest News Live on PRTV.com and get news updates from India and around the world",
    "Catch all the India News and updates on Live Bharat Courier. Also, get the latest Weather Today news.",
    "Before it’s here, it’s on the Kestrel Terminal.", "Don’t miss these insights from Tickerline PRO",
    "Subscribe to The Commerce Herald Prime and read the Commerce Herald ePaper online.",
    "We've been working hard to bring you independent reporting from Ukraine. Consider supporting The Kalyna Independent.",
    "You’ve read 1 article in the last month", "Recommend 0", "Rate Story",
])
def test_a_standing_line_of_a_portal_a_wire_or_a_paid_service_is_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize("sentence", [
    "The report was published in Nature, in March 2024.",
    "Voters should consider supporting the Green Party, she said.",
    "Subscribers to the service can read the report online, the company said.",
])
def test_story_sentences_near_those_lines_are_kept(sentence):
    assert is_kept(sentence)


@pytest.mark.parametrize("heading", ["Comments (4) Closed", "Comments (12)", "Comments 7 Open"])
def test_a_counted_comment_tab_ends_the_story(heading):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{heading}\nFinally. My son has forgotten half of what he learned.\nRecommend 0\n"
    assert body(source) == [PROSE, PROSE_2]


# ------------------------------------------------------------------ a donation form's pitch

@pytest.mark.parametrize("choices", ["One-Time\nMonthly\nAnnual\n$5/month\n$10/month", "€5 a month\n€10 a month\nOnce"])
def test_the_outlets_pitch_between_an_appeal_and_a_donation_form_is_left_out(choices):
    source = (f"{HEAD}{PROSE}\n{PROSE_2}\nSupport our journalism\n"
              "At Clearline, we explain the forces shaping your life so you can make sense of the news.\n"
              "That work takes time and money. Our journalism is free because readers like you chip in.\n"
              f"Will you become a Clearline Member today?\nLeona Castellar\nEditor-in-Chief, Clearline\n{choices}\n"
              f"{PROSE_3}\n")
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_the_storys_paragraph_over_a_donation_form_is_kept():
    # the story's own words, not the outlet's voice, over the form: the pitch search stops there
    source = f"{HEAD}{PROSE}\n{PROSE_2}\nSupport our journalism\n{PROSE_3}\nOne-Time\nMonthly\n$5/month\n"
    assert PROSE_3 in body(source)


# ------------------------------------------------------------------ a photographer for any outlet, under a present-tense caption

@pytest.mark.parametrize("credit", ["Dana Whitcombe for Clearline", "Sam Okafor for Tidewater", "Rui Lima for The Pacific Ledger"])
def test_a_photographer_for_the_outlet_under_a_present_tense_caption_is_its_credit(credit):
    caption = "A pharmacist checks the antibiotic shelf at an independent drugstore in Halverton, Ohio."
    source = f"Why your kid's antibiotic keeps disappearing\nSep 24, 2025, 6:30 AM EDT\n{caption}\n{credit}\n{PROSE}\n{PROSE_2}\n"
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("heading", ["Tax Cuts for Families", "New Homes for Old Towns"])
def test_a_subheading_with_for_under_a_past_tense_paragraph_stays(heading):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{heading}\n\n{PROSE_3}\n"
    assert heading in [block.text for block in parsed(source).blocks]


def test_a_byline_with_for_under_the_headline_stays_the_byline():
    source = "North Korea confiscates phones in border crackdown, residents say\nBy Jeong Yon-woo for OAR Korean\n" + PROSE
    assert parsed(source).byline == "Jeong Yon-woo"


# ------------------------------------------------------------------ a summary box under the byline's lines

def test_a_summary_box_under_a_caption_a_byline_its_role_and_outlet_is_taken_out():
    lead = ("Maize farmers in Kamuthanga have given the grain board 14 days to pay them for produce delivered in August, "
            "saying the delays have left them unable to prepare their land for the short rains.")
    source = ("Farmers give grain board 14-day ultimatum over unpaid maize\nTuesday, September 16, 2025\n"
              "Farmers deliver maize at the depot in Nyandiko town on September 2, 2025. Photo credit: Peter Langat | Rift Media\n"
              "By Caroline Jeptoo\nJournalist\nRift Media Group\nWhat you need to know:\n"
              "Farmers say they delivered about 48,000 bags of maize to the depot but have not been paid.\n"
              f"The board says payments were delayed by a verification exercise.\n{lead}\n{PROSE}\n")
    assert body(source) == [lead, PROSE]


# ------------------------------------------------------------------ what stands over the story's dateline paragraph

DATELINED = "KESARPUR: Taps in 14 wards of the eastern zone will run dry for nearly 24 hours from 6am on Thursday, officials said."


@pytest.mark.parametrize("over", ["The corroded section of the trunk main near Ambika Chowk, which has burst four times since January",
                                  "Residents queue at a water tanker in Lakhe Nagar during the last shutdown"])
def test_an_unstopped_line_over_the_dateline_paragraph_is_the_photos_caption(over):
    source = (f"Taps to run dry in 14 eastern wards on Thursday\nSanjana Bhide / Updated: Feb 17, 2026, 19:42 IST\nShare\n+\n"
              f"{over}\n{DATELINED}\n\n{PROSE}\n")
    article = parsed(source)
    assert article.caption == over
    assert [paragraph.text for paragraph in article.paragraphs][-1] == PROSE
    assert article.paragraphs[0].text.startswith("Taps in 14 wards")


def test_a_deck_looking_ahead_over_the_dateline_paragraph_is_no_caption():
    caption = "A nurse prepares an examination room at one of the new clinics in Umm Sidrah. (Supplied)"
    deck = "Facilities will serve about 40,000 residents who now travel up to 150 km for care"
    source = (f"Health ministry to open 12 clinics in remote villages\nNovember 18, 2025 21:40\n{caption}\n"
              f"Health ministry to open 12 clinics in remote villages\n{deck}\nRIYADH: {PROSE}\n{PROSE_2}\n")
    article = parsed(source)
    assert article.caption == caption.removesuffix(" (Supplied)")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_players_next_video_over_the_dateline_paragraph_is_no_caption():
    source = ("Boil water notice issued after main break\nDecember 3, 2026 5:12 PM\nWatch Now\n0:45\n"
              "Crews dig out broken main near Wolflin Avenue\nNext Up In Local News\n"
              f"Randall County deputies search for missing Canyon teen\nAMARILLO, Texas (KBVX) — {PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).caption is None


def test_a_stopped_sentence_over_a_dateline_is_no_caption():
    first = "Officials said the shutdown would be the longest in a decade."
    source = f"Taps to run dry in 14 wards\nFeb 17, 2026\n{first}\n{DATELINED}\n{PROSE}\n"
    assert parsed(source).caption is None


# ------------------------------------------------------------------ a tech site's follow pop-overs

def test_follow_popovers_and_see_all_links_leave_the_header_to_its_headline():
    headline = "Halvorsen’s Orbit Ring 2 drops the subscription — mostly"
    source = ("Skip to main content\nThe homepage\nRelay logo\nTech\nReviews\nHamburger Navigation Button\nSearch\nGadgets\n"
              "Close\nGadgets\nPosts from this topic will be added to your daily email digest and your homepage feed.\nFollow\n"
              f"See All Gadgets\n{headline}\nThe new ring keeps sleep tracking free, but its AI coach will still cost you.\n"
              "Ravi Okafor\nClose\nRavi Okafor\nSenior Reviewer\n"
              "Posts from this author will be added to your daily email digest and your homepage feed.\nFollow\n"
              f"See All by Ravi Okafor\nNov 18, 2025, 10:15 AM EST\nShare this story\n{PROSE}\n{PROSE_2}\n")
    article = parsed(source)
    assert article.title == headline
    assert article.published is not None
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("line", ["Posts from this topic will be added to your daily email digest and your homepage feed.",
                                  "Stories by this author will appear in your feed.", "See All by Ravi Okafor", "See All Gadgets"])
def test_a_follow_popover_or_a_see_all_link_is_left_out(line):
    assert is_left_out(line)


# ------------------------------------------------------------------ a byline's time line with a count under the standfirst

@pytest.mark.parametrize("line", ["Corwin Ashdale – Mar 27, 2026 3:45 pm | 87", "Lena Ito | Mar 27, 2026 10:15 am | 12"])
def test_a_bylines_time_line_with_a_count_under_the_standfirst_is_no_print_margin(line):
    source = (f"Lunar glass beads kept a diary of the Sun\nMicroscopic droplets from ancient impacts trapped solar wind.\n"
              f"{line}\nEnlarge\n{PROSE}\n{PROSE_2}\n")
    article = parsed(source)
    assert article.published is not None and article.published.day == 27


def test_a_running_head_between_two_paragraphs_is_still_a_print_margin():
    source = f"{HEAD}{PROSE}\n{PROSE_2}\nTHE DAILY COURIER | THURSDAY, DECEMBER 3, 2026 | 5\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ boxes that end the story with teasers under them

@pytest.mark.parametrize("box", [
    "Read Next\nWhy this veteran strategist says the next big move will catch investors off guard\n"
    "A sharp drop in volatility has left portfolios exposed, he warns.\nMost Popular\nThese 5 dividend stocks keep paying",
    "Listen to these podcasts\nplay\nFrom: The Take\nThe farmers feeding a continent on borrowed money\n"
    "Across North Africa, smallholders are taking on debt to survive. Who profits?\nMost Popular\nOil prices jump",
])
def test_a_teasers_summary_under_a_box_does_not_resume_the_story(box):
    source = f"{HEAD}{PROSE}\n{PROSE_2}\n{PROSE_3}\n{box}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_the_story_resumes_under_a_box_with_a_paragraph_of_its_length():
    source = f"{HEAD}{PROSE}\nRead more\nCouncil approves the harbour budget\n{PROSE_2} {PROSE_3}\n"
    assert body(source) == [PROSE, f"{PROSE_2} {PROSE_3}"]


# ------------------------------------------------------------------ a linked headline after `Read:`, credits with bars and long owners

@pytest.mark.parametrize("teaser", [
    "Read: Chip stocks have doubled in a year. Here’s why some fund managers are still buying.",
    "Read more: Australia's defence budget is rising. Is it rising fast enough for Washington?",
    "Also read: “We will not be moved,” say the last tenants of the Harbour Street flats",
])
def test_another_storys_linked_headline_of_any_length_is_left_out(teaser):
    assert is_left_out(teaser)


def test_a_video_pages_watch_headline_stays_the_title():
    source = "Watch: Rare white humpback whale filmed off the coast\nDuration 1:45\nVideo\n" + PROSE + "\n\n7 February 2025\n"
    assert parsed(source).title == "Watch: Rare white humpback whale filmed off the coast"


@pytest.mark.parametrize("credit", ["Holt Danner | Northlight Images", "Ana Ruiz | Coastline Photos", "Jane Roe / Getty Images"])
def test_a_photographer_and_a_picture_agency_under_a_caption_are_its_credit(credit):
    caption = "A Pinecrest Air jet taxis at Harlan Field in Dunmore, Missouri."
    source = f"Pinecrest Air cuts its forecast\nJuly 22, 2026 4:10 PM EDT\n{caption}\n{credit}\n{PROSE}\n{PROSE_2}\n"
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_an_owners_photo_credit_of_four_words_closes_a_caption_and_a_name_over_an_outlet_alone_is_no_credit():
    assert ends_with_credit("A jet taxis at Harlan Field. Japan Joint Staff Office Photo")
    assert clutter_reason("Jane Roe | Agencia Sur") is None  # alone on its line, a byline's shape


@pytest.mark.parametrize("heading", ["Synopsis", "What you need to know:", "Key points"])
def test_a_summary_boxs_heading_and_its_paragraph_over_the_story_are_taken_out(heading):
    summary = "Benchmark indices ended higher on Thursday as private lenders recovered and foreign investors bought."
    source = f"Sensex snaps three-day losing run\nJun 03, 2026, 07:00:00 AM IST\n{heading}\n{summary}\n\n{PROSE}\n\n{PROSE_2}\n"
    assert body(source) == [PROSE, PROSE_2]


# ------------------------------------------------------------------ time lines of newsrooms: labels, dotted US dates, zone words, no year

@pytest.mark.parametrize(("line", "expected"), [
    ("Filed 6:00 a.m. 05.14.2025", "2025-05-14T06:00:00"),
    ("05.14.2025", "2025-05-14T00:00:00"),
    ("14.05.2025 06:00", "2025-05-14T06:00:00"),
    ("07.02.2025", "2025-02-07T00:00:00"),
])
def test_a_dotted_date_that_cannot_be_day_first_is_read_month_first(line, expected):
    assert parse_time_line(line).value.isoformat() == expected


@pytest.mark.parametrize(("line", "zone"), [
    ("Sept. 24, 2025 5 AM Central", "CT"), ("July 8, 2026 6 a.m. Eastern Time", "ET"), ("Jan. 3, 2026, 9 p.m. Pacific", "PT"),
])
def test_a_us_zone_written_as_a_word_after_the_clock(line, zone):
    assert parse_time_line(line).zone_name == zone


def test_a_drafts_filed_field_is_no_publication_time_but_a_newsrooms_filed_line_is():
    assert parse_time_line("Filed: 03/12/2026 16:42 by P. Ramaswamy") is None
    assert parse_time_line("Filed 6:00 a.m. 05.14.2025") is not None


@pytest.mark.parametrize(("line", "expected"), [
    ("Published Feb. 17", "2026-02-17T00:00:00"),
    ("March 12, 6 a.m. EDT", "2026-03-12T06:00:00-04:00"),
    ("Posted: 7 Feb 16:09", "2026-02-07T16:09:00"),
])
def test_a_date_without_its_year_takes_the_year_of_the_pages_copyright(line, expected):
    source = (f"Water district skipped required tests for four years\nby Dana Whitcomb\n{line}\n\n{PROSE}\n\n{PROSE_2}\n\n"
              "© Copyright 2026 Watchline Inc.\n")
    assert parsed(source).published.isoformat() == expected


def test_a_two_sentence_headline_over_a_yearless_time_line_keeps_the_header_together():
    headline = "A Kansas Water District Skipped Required Tests for Four Years. The State Knew and Did Nothing."
    source = (f"Environment\n{headline}\nRecords show regulators flagged the missing samples again and again.\n"
              f"by Dana Whitcomb, Watchline\nMarch 12, 6 a.m. EDT\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n"
              "© Copyright 2026 Watchline Inc.\n")
    article = parsed(source)
    assert article.published.isoformat() == "2026-03-12T06:00:00-04:00"
    assert article.paragraphs[0].text == PROSE


# ------------------------------------------------------------------ a nonprofit newsroom's standing lines

@pytest.mark.parametrize("line", [
    "Categories: Mercosur.", "Republished under a Creative Commons license.",
    "Stay up to date with the latest news from The Tabua Times.", "For more stories like this, check our news page.",
    "Information is power, and we believe it should be free.", "Join today", "You’ve been signed up!",
    "Explore all your options",
    "Disclosure: The Rural Hospital Alliance has been a financial supporter of The Caprock Chronicle, a nonprofit newsroom.",
    "Financial supporters play no role in the Chronicle’s journalism. Find a complete list of them here.",
    "Big news: The Caprock Ideas Festival returns to Amarita Nov. 13–15. Tickets are on sale now.",
    "Do you have a tip? Has your water system told you it missed a required test? We want to hear from you.",
    "SEE ALSO: Digital certificate: What is it and how do foreigners in Spain get one?",
])
def test_a_newsrooms_standing_line_is_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize("sentence", [
    "Tickets are on sale now for the final, the club said.",
    "Stay up to date with the river levels, the mayor urged residents on Friday.",
    "The hospital disclosed that its donors had paid for the new wing.",
])
def test_story_sentences_like_standing_lines_are_kept(sentence):
    assert is_kept(sentence)


# ------------------------------------------------------------------ an owner's credit in brackets, a journalist's role

@pytest.mark.parametrize("credit", ["(Japan Maritime Self-Defense Force)", "(Gobierno de Sonora)", "(Ministry of Defence)"])
def test_the_pictures_owner_in_brackets_after_the_captions_stop_is_its_credit(credit):
    caption = "A frigate sails during a fleet review in the Pacific Ocean."
    assert without_credit(f"{caption} {credit}") == caption


def test_a_note_in_brackets_with_words_in_lower_case_is_no_credit():
    assert not ends_with_credit("The bill passed 52-48. (Updated with vote count)")


@pytest.mark.parametrize("line", ["Losana Tuimavave-Reid, MPR Pacific Journalist", "Kari Næss, journalist"])
def test_a_name_with_a_journalists_role_is_the_byline(line):
    source = f"Samoa launches clean-up campaign\n6:12 am on 8 July 2026\n{line}\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.byline == line.split(",")[0]
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_menus_for_journalists_is_no_role():
    source = f"Eastbrook News\nExperts Guide\nFor Journalists\nResearch\nSoil fungi helped grasses ride out drought\nBy Priya Halvorsen\nFebruary 11, 2025\n\n{PROSE}\n"
    assert parsed(source).byline == "Priya Halvorsen"


# ------------------------------------------------------------------ the site's clock of now atop the page

@pytest.mark.parametrize(("now", "story", "minute"), [
    ("Wednesday, November 19th 2025 - 14:07 UTC", "Wednesday, November 19th 2025 - 09:31 UTC", 31),
    ("December 3, 2026 14:30", "Dec 3, 2026 08:15 JST", 15),
])
def test_the_sites_clock_atop_its_menu_yields_to_the_storys_time_under_the_headline(now, story, minute):
    source = (f"South Atlantic News Agency\n{now}\nLogin\nHome\nLatin America\nMercosur\n"
              f"Uruguay and Paraguay sign deal to dredge upper waterway channel\n{story}\n{PROSE}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert article.title == "Uruguay and Paraguay sign deal to dredge upper waterway channel"
    assert article.published.minute == minute


# ------------------------------------------------------------------ credits in square brackets with a bar, an owner after `pictured`

@pytest.mark.parametrize("credit", ["[ RAMÓN ESTEVEZ | Times ]", "[DANA ROE | Herald]"])
def test_a_photographer_in_capitals_and_the_outlet_in_square_brackets_close_the_caption(credit):
    caption = "Waves wash against an exposed sea wall behind a condominium on Sandpiper Key."
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize(("line", "caption"), [
    ("The lido at Brennick Hill pictured shortly before its closure (Brennick Hill Council)",
     "The lido at Brennick Hill pictured shortly before its closure"),
    ("Ana Ruiz pictured in 2019 (PA)", "Ana Ruiz pictured in 2019"),
])
def test_an_owner_in_brackets_after_a_pictured_caption_needs_no_stop(line, caption):
    assert without_credit(line) == caption


def test_a_bracket_in_a_sentence_without_pictured_is_no_credit():
    assert not ends_with_credit("The council chose the cheaper plan (Option B)")


# ------------------------------------------------------------------ a publication time at the foot, a web address as credit

@pytest.mark.parametrize("foot", ["Published / Thursday, 22 Jan 2026 18:40", "First published: 22 January 2026, 18:40"])
def test_the_labelled_publication_time_at_the_foot_beats_an_update_under_the_headline(foot):
    source = (f"Cabinet approves emergency heating payment\nUpdated / Thursday, 22 Jan 2026 21:15\n\n{PROSE}\n\n{PROSE_2}\n\n"
              f"Read more:\nHeating oil prices up 18% as cold snap continues\n\n{foot}\n\nTags\nCost of living\n")
    published = parsed(source).published
    assert (published.hour, published.minute) == (18, 40)


def test_a_later_published_line_at_the_foot_does_not_replace_the_update():
    source = (f"Cabinet approves emergency heating payment\nUpdated / Thursday, 22 Jan 2026 21:15\n\n{PROSE}\n\n{PROSE_2}\n\n"
              "Read more:\nHeating oil prices up 18%\n\nPublished / Friday, 23 Jan 2026 08:00\n")
    assert parsed(source).published.day == 22


@pytest.mark.parametrize("credit", ["Photo: Stockhaven.com", "Image: newsphoto.nl", "Photo: Jane Roe"])
def test_a_web_address_as_the_photo_credit(credit):
    caption = "New homes under construction in Haarveld."
    assert without_credit(f"{caption} {credit}") == caption


def test_a_related_storys_older_published_line_under_the_tail_does_not_replace_the_update():
    source = (f"Cabinet approves emergency heating payment\nUpdated / Thursday, 22 Jan 2026 21:15\n\n{PROSE}\n\n{PROSE_2}\n\n"
              "Read more:\nHeating oil prices up 18%\nPublished / Monday, 12 Jan 2026 08:00\n")
    assert parsed(source).published.day == 22


# ------------------------------------------------------------------ the same day again under the byline; a comments tab's names

def test_the_same_day_under_the_byline_far_below_the_sites_date_is_the_storys():
    headline = "Lawmaker seeks House probe into flood control project in Dalisay City"
    menu = "\n".join(["E-Paper", "Subscribe", "Sign in", "Home", "News", "Nation", "Regions", "World", "Business"])
    source = (f"The Luzon Record\nTuesday, November 25, 2025\n{menu}\nNation\n{headline}\nBy Marco Villareal\n"
              f"November 25, 2025\nShare\n\n{PROSE}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert article.title == headline
    assert article.byline == "Marco Villareal"


@pytest.mark.parametrize("heading", ["Top Comments", "Latest comments", "All Comments"])
def test_a_comment_sections_named_tab_ends_the_story(heading):
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{heading}\nDisclaimer & comment rules\n\n"
              "1 Skipper_Owen (#) Nov 19th, 2025 - 10:48 am +2\nAbout time. Anyone who has worked those rivers knows it.\n")
    assert body(source) == [PROSE, PROSE_2]
