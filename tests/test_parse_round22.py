"""Shapes rather than wordings, round 22: an empty ad slot's label over the story's next line, and the
datelines of agencies that name a state and a country.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, parsed

from briefs.model import DroppedLine, Paragraph
from briefs.sources.byline import signature_names
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.dateline import split_dateline
from briefs.sources.headline import looks_like_headline, split_outlet_label
from briefs.sources.lines import Line
from briefs.sources.pasted_text import _GLUED_RUNNING_TIME, _without_print_margins, trim_line_chrome
from briefs.sources.tail import drop_orphaned_headings

STORY = f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"

# ------------------------------------------------------------------ an empty ad slot's label

REPORTED = [
    'Mayor Lena Ocampo told reporters the pier would "open for the summer, whatever it takes."',
    "The contractor said the piles would be driven in March, weather permitting.",
    "According to the board, the repairs will cost about $4 million.",
]


@pytest.mark.parametrize("label", ["SPONSORED CONTENT", "Sponsored", "Partner content"])
@pytest.mark.parametrize("reported", REPORTED)
def test_a_reported_sentence_under_an_empty_ad_slots_label_stays_the_storys(label, reported):
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{label}\n\n{reported}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, reported, PROSE_3]
    assert {line.reason for line in article.dropped if line.text == label}  # the label itself still goes


@pytest.mark.parametrize("pitch", ["Spring tune-up special at Bedford Auto Care — 15% off all services this month",
                                   "Find your dream home in the valley: new townhouses from $399,000"])
def test_the_sponsors_own_line_under_its_label_still_goes(pitch):
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nSPONSORED CONTENT\n\n{pitch}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert {line.reason for line in article.dropped if line.text == pitch} == {"advertising"}


# ------------------------------------------------------------------ an agency's dateline naming state and country

@pytest.mark.parametrize("dateline", [
    "New Delhi [India], November 3 (ANI)", "Mumbai (Maharashtra) [India], Nov 3 (ANI)",
    "Geneva [Switzerland], Dec 1 (ANI)", "Lucknow (Uttar Pradesh), March 14 (IANS)",
])
def test_an_agencys_dateline_may_name_the_state_and_the_country(dateline):
    assert split_dateline(f"{dateline}: The minister flagged off the first container service on Monday.") == (
        dateline, "The minister flagged off the first container service on Monday.")


@pytest.mark.parametrize("text", ["New Delhi [India] is the capital, officials said on Monday.",
                                  "Mumbai (Maharashtra) will host the talks, the ministry said."])
def test_a_sentence_naming_a_state_is_no_dateline(text):
    assert split_dateline(text) == (None, text)


@pytest.mark.parametrize("agency", ["ANI", "SNI", "IANS"])
def test_the_agency_closing_the_last_paragraph_signs_the_story_it_datelined(agency):
    last = ("Last week, the minister had chaired a review meeting with officials of the waterways authority, where "
            f"he directed them to prepare a roadmap for private cargo operations. ({agency})")
    source = (f"Minister flags off first river container service\n\nUpdated: Nov 03, 2025 18:12 IST\n\n"
              f"Union Minister Arvind Kesarwani flags off the vessel on Monday (Photo/{agency})\n\n"
              f"New Delhi [India], November 3 ({agency}): {PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{last}\n")
    article = parsed(source)
    assert article.caption == "Union Minister Arvind Kesarwani flags off the vessel on Monday"
    assert article.dateline == f"New Delhi [India], November 3 ({agency})"
    assert [paragraph.text for paragraph in article.paragraphs][-1] == last
    assert len(article.paragraphs) == 4


# ------------------------------------------------------------------ a box over the story's own header

TITLE = "Commission proposes single tickets for cross-border rail journeys"


@pytest.mark.parametrize("box", [
    "Available languages:\nEnglish\nDeutsch\nfrançais\nPrint friendly pdf",
    "Trending:\nFerry fares to rise in spring\nCouncil names new harbour master",
    "Related topics\nTransport\nRail\nEurope",
])
@pytest.mark.parametrize("time_line", ["Press release | 30 November 2026 | Brussels", "30 November 2026"])
def test_a_box_above_the_storys_time_line_ends_there(box, time_line):
    source = (f"Skip to main content\nAll official European Union website addresses are in the europa.eu domain.\n"
              f"{box}\n\n{time_line}\n{TITLE}\nPage contents\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == TITLE
    assert article.published_iso == "2026-11-30"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ cookie buttons

@pytest.mark.parametrize("button", ["Accept only essential cookies", "Reject non-essential cookies",
                                    "Allow necessary cookies only", "Use strictly necessary cookies"])
def test_a_cookie_banners_buttons_are_its(button):
    assert clutter_reason(button) == "notice"


@pytest.mark.parametrize("text", ["Cookies for the bake sale", "The cookies were sold out by noon."])
def test_a_line_about_cookies_is_no_button(text):
    assert clutter_reason(text) is None


# ------------------------------------------------------------------ an aggregator's header

AGGREGATOR = """Ground Level News
Home
For You
U.S. Politics
{headline}
Capitol Courier · {age}
Bias distribution
Left 20% Center 50% Right 30%
Read full article
Summary
The Senate voted 68-31 to approve a continuing resolution funding the government into late January.
The House is expected to take up the measure midweek.
Coverage Details
Total News Sources
54
Share

By Ray Castillo
Published December 1, 2026, 6:12 a.m. ET

{story}"""


@pytest.mark.parametrize("age", ["3h ago", "2 hours ago", "45m ago"])
@pytest.mark.parametrize("headline", ["Senate Passes Stopgap Funding Bill Ahead of Shutdown Deadline",
                                      "Harbour board votes to rebuild the old pier after storm damage"])
def test_the_headline_over_its_outlet_and_age_wins_over_a_widgets_lines(age, headline):
    article = parsed(AGGREGATOR.format(headline=headline, age=age, story=STORY))
    assert article.title == headline
    assert article.caption is None  # the summary's first point is no photo's caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["Left 20% Center 50% Right 30%", "Yes 62% No 38%", "Dow +0.4% Nasdaq -1.2% S&P 500 +0.1%"])
def test_a_line_of_shares_is_no_headline(line):
    assert not looks_like_headline(line)


@pytest.mark.parametrize("line", ["Inflation rises to 3.2% as core prices climb 2.9%", "Shares jump 12% on takeover bid"])
def test_a_headline_may_give_shares(line):
    assert looks_like_headline(line)


# ------------------------------------------------------------------ a copyright's span of years

@pytest.mark.parametrize("footer", ["© RITA Russian News Agency, 1999—2026", "Copyright 1999–2026 Example Media",
                                    "© 2001 to 2026 Harbour Gazette"])
def test_a_day_and_month_alone_take_the_last_year_of_the_copyrights_span(footer):
    source = f"4 DEC, 06:12\nSoyuz rocket with navigation satellite blasts off from Plesetsk\n\n{STORY}\n{footer}\n"
    assert parsed(source).published_iso.startswith("2026-12-04")


# ------------------------------------------------------------------ a list set tight over the paragraph after it

@pytest.mark.parametrize("items", [
    ["restoring piers, promenades and historic seafront buildings", "converting empty shops into homes",
     "improving bus and rail links between coastal towns"],
    ["new ferry berths", "a wider slipway", "lighting along the quay", "a harbour office"],
])
def test_a_tight_list_under_a_colon_ends_where_a_sentence_begins(items):
    after = "The announcement follows a review published last month, which found one in six shops standing empty."
    source = (f"{HEAD}{PROSE}\n\nCouncils will be able to use the money for:\n\n" + "\n".join(items)
              + f"\n{after}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert [block.kind for block in article.blocks] == ["paragraph", "paragraph", "list", "paragraph", "paragraph"]
    assert list(article.blocks[2].items) == items
    assert article.blocks[3].text == after


# ------------------------------------------------------------------ captions and their credits

@pytest.mark.parametrize("credit", ["Illustration: Liu Rui/GC", "Photo: Harbour Gazette", "Getty Images"])
def test_a_paragraph_of_three_sentences_over_a_credit_is_the_storys(credit):
    paragraph = ("Yet the numbers tell a different story. Far from being isolated, the firms are finding new partners. "
                 "Trade with partner countries now accounts for more than half of the total.")
    article = parsed(f"{HEAD}{PROSE}\n\n{paragraph}\n\n{credit}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert paragraph in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("caption, credit", [
    ("A coast guard vessel sails near the island on Nov. 28.", "(Taken from The Seiryu Shimbun aircraft)"),
    ("Smoke rises over the port on Monday.", "(Taken from a Kyodo News helicopter)"),
    ("The Palace of Justice in Putrajaya.", "— Bernama pic"),
    ("Traffic crawls along the Federal Highway on Tuesday.", "— Warta file pic"),
])
def test_captions_closed_by_an_aerial_or_a_pic_credit(caption, credit):
    assert ends_with_credit(f"{caption} {credit}")
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize("text", ["The plan was taken from the ministry's aircraft list.",
                                  "He said the figures came from the ministry. — Ends"])
def test_sentences_that_only_look_credited(text):
    assert not ends_with_credit(text)


@pytest.mark.parametrize("label", ["Photo/Illutration", "Photo/Illustration", "Photo / Illustration"])
def test_a_japanese_dailys_label_alone_heads_the_caption(label):
    caption = "A coast guard vessel sails near the island on Nov. 28 as a patrol ship keeps watch."
    article = parsed(f"Board votes to rebuild the old pier\nMarch 4, 2025\nShare\n{label}\n{caption}\n{STORY}")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("outlet", ["The Kasumi Shimbun", "The Harbour Herald", "Valley News"])
def test_an_outlets_name_under_a_caption_credits_its_photo_also_further_down(outlet):
    caption = "The minister, right, shakes hands with the admiral at the ministry in Tokyo on Tuesday."
    later = "Marines take part in a joint exercise in Okinawa Prefecture in October."
    source = (f"Japan and U.S. to launch joint operations hub in Tokyo\n6:12 JST, December 2, 2026\nShare\n"
              f"{caption}\n{outlet}\nBy Ryota Hamada / Staff Writer\n{PROSE}\n\n{PROSE_2}\n\n{later}\n{outlet}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a bio naming the author by role

@pytest.mark.parametrize("bio", ["The writer is a member of staff.", "The author teaches economics at Lahore University.",
                                 "The writer was ambassador to Japan from 2015 to 2019.", "The columnist can be reached at x@example.com."])
def test_a_closing_bio_may_name_the_author_by_role(bio):
    article = parsed(f"{HEAD}{STORY}\n{bio}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert {line.reason for line in article.dropped if line.text == bio} == {"author-bio"}


def test_a_sentence_about_a_writer_in_the_story_stays():
    line = "The writer was awarded the prize for her second novel, the jury said."
    article = parsed(f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n")
    assert line in [paragraph.text for paragraph in article.paragraphs]


# ------------------------------------------------------------------ a heading left over a dropped box

def test_a_heading_left_closing_the_text_over_dropped_lines_goes():
    paragraphs = [Paragraph(PROSE, 1), Paragraph(PROSE_2, 3), Paragraph("DAILY HARBOUR NEWSLETTER", 5)]
    dropped = [DroppedLine(6, "Keep up with the latest from the harbour.", "scored")]
    assert [paragraph.text for paragraph in drop_orphaned_headings(paragraphs, dropped)] == [PROSE, PROSE_2]
    assert dropped[-1] == DroppedLine(5, "DAILY HARBOUR NEWSLETTER", "scored")


def test_a_heading_with_nothing_dropped_under_it_stays():
    paragraphs = [Paragraph(PROSE, 1), Paragraph(PROSE_2, 3), Paragraph("What happens next", 5)]
    assert drop_orphaned_headings(paragraphs, []) == paragraphs


# ------------------------------------------------------------------ a player's running time glued to its title

@pytest.mark.parametrize("player", ["Ottawa Morning\n7:42Parents in North Gower make their case to keep the school open",
                                    "The Current\n23:05Why harbour towns are losing their fishing fleets",
                                    "1:02:15Inside the race to rebuild the pier"])
def test_a_players_title_glued_to_its_running_time_goes_with_its_show(player):
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{player}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["6:12AM November 30, 2026", "10:30pm Harbour board meets", "7:42 Parents met the board."])
def test_a_clock_or_a_spaced_time_is_no_glued_player(line):
    assert not _GLUED_RUNNING_TIME.match(line)


# ------------------------------------------------------------------ a header of sentences over its byline and time

@pytest.mark.parametrize("headline", [
    "A Kansas Co-op Bet Big on Wind. Now Its Members Are Fighting Over Who Pays for the Power Lines.",
    "The Pier Survived a Century. Can It Survive the Budget?",
])
def test_tagline_headline_in_sentences_and_deck_over_the_byline_and_time_are_the_header(headline):
    deck = "A $96 million upgrade has split a rural cooperative, and the fight could shape how farm country builds the grid."
    source = (f"Groundswell News\nAward-winning, nonpartisan reporting on the climate crisis and the people living through it.\n"
              f"Politics\nScience\nClean Energy\n{headline}\n{deck}\nBy Caleb Norquist\nNovember 29, 2026\nShare this article\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert article.published_iso == "2026-11-29"


# ------------------------------------------------------------------ an image's alternative text over its caption

@pytest.mark.parametrize("alt, caption", [
    ("A pharmacist in a white coat hands a small paper bag across a counter to a customer.",
     "Pharmacists will soon be able to prescribe for common ailments. (Darren Kowal/Northline News)"),
    ("A woman with short grey hair speaks at a podium in front of shelves.",
     "The minister announced the change at a pharmacy on Thursday. (Photo: Harbour Gazette)"),
])
def test_an_images_alt_text_set_tight_over_its_credited_caption_goes(alt, caption):
    article = parsed(f"{HEAD}{PROSE}\n\n{alt}\n{caption}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert {line.reason for line in article.dropped if line.text == alt} == {"image-alt"}


def test_a_story_sentence_over_a_caption_with_a_blank_line_between_stays():
    said = "Officials said the pharmacy would open on Monday."
    article = parsed(f"{HEAD}{PROSE}\n\n{said}\n\nThe pharmacy on Main Street. (Photo: Harbour Gazette)\n\n{PROSE_2}\n")
    assert said in [paragraph.text for paragraph in article.paragraphs]


# ------------------------------------------------------------------ a browser's print margins

PRINTED = """{time}
{title} - The Coromandel Times
{address}

The Coromandel Times
{title}
Published - November 27, 2026 09:15 am IST

{prose}
{address}
1/2
{time}
{title} - The Coromandel Times
{prose_2}

{prose_3}
{address}
2/2
"""


@pytest.mark.parametrize("time", ["27/11/26, 4:12 PM", "11/27/26, 16:12"])
def test_a_printed_pages_margins_go_wherever_they_repeat(time):
    title = "Scientists discover new bush frog species in Western Ghats"
    address = "https://www.coromandeltimes.in/sci-tech/new-bush-frog/article70342817.ece?print=true"
    article = parsed(PRINTED.format(time=time, title=title, address=address, prose=PROSE, prose_2=PROSE_2, prose_3=PROSE_3))
    assert article.title == title
    assert article.published_iso == "2026-11-27T09:15:00+05:30"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_gallerys_counters_and_repeated_credits_are_no_margins():
    lines = [Line(1, "1 / 3"), Line(2, "Photo: Hassan Mirza/The Gulf Chronicle"), Line(3, PROSE), Line(4, "2 / 3"),
             Line(5, "Photo: Hassan Mirza/The Gulf Chronicle"), Line(6, PROSE_2)]
    dropped: list[DroppedLine] = []
    assert _without_print_margins(lines, dropped) == lines and dropped == []


# ------------------------------------------------------------------ a summary under its label, however long

@pytest.mark.parametrize("label", ["Summary:", "Summary"])
def test_the_line_under_a_summarys_label_over_the_story_is_the_standfirst(label):
    summary = ("Farm ponds smaller than a tennis court store carbon in their sediments up to 20 times faster per square "
               "meter than the cropland around them, a study of 87 ponds across three states has found, and they also "
               "release methane when they dry out in late summer.")
    source = (f"Small farm ponds bury carbon faster than the fields around them\nDate: November 29, 2026\n"
              f"Source: Halvern University\n{label}\n{summary}\nShare:\nFULL STORY\n{STORY}")
    article = parsed(source)
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ an outlet's standing notes

@pytest.mark.parametrize("note", [
    "Translation of an original article published in French on lemonde.example; the publisher may only be liable for the French version.",
    "Translation of an article originally published in Spanish by El Diario Example.",
    "The Financial Courier and its journalism are subject to a self-regulation regime under the FC Editorial Code of Practice.",
    "City of Greater Geelong acknowledges the Wadawurrung People as the Traditional Owners of the land on which we live and work.",
    "Harbour Radio acknowledges the Treaty 6 First Nations on whose traditional territory we broadcast.",
])
def test_an_outlets_standing_notes_are_its(note):
    assert clutter_reason(note) in ("notice", "reader-prompt")


@pytest.mark.parametrize("text", [
    "The premier acknowledges the Wadawurrung people as traditional owners, she said.",
    "Translation of the treaty into French took two years, officials said.",
])
def test_reported_words_about_translations_and_owners_stay(text):
    assert clutter_reason(text) is None


@pytest.mark.parametrize("signature, names", [
    ("Clémence Varenne (Nouakchott, special correspondent)", "Clémence Varenne"),
    ("Jean Dupont (correspondent)", "Jean Dupont"),
    ("Marie Leclerc (Dakar, our correspondent)", "Marie Leclerc"),
])
def test_a_signature_with_its_place_and_role_in_brackets_names_the_author(signature, names):
    assert signature_names(signature) == names
    article = parsed(f"{HEAD}{STORY}\n{signature}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert article.byline == names


# ------------------------------------------------------------------ captions credited in more ways

@pytest.mark.parametrize("caption, credit", [
    ("The restored gallery of the museum, in Paris, on November 26, 2026.", "MATHILDE ROUSSEAU FOR “LE GLOBE”"),
    ("Protesters march in Lyon on Saturday.", "JEAN DUPONT POUR « LE MONDE »"),
    ("Residents reinforce the roof of their house on Thursday.", "Jonathan Cellona, ACN News"),
    ("Rescuers search the rubble in Hualien.", "Lin Mei-hua, Harbour Images"),
])
def test_photographers_credits_after_the_captions_stop(caption, credit):
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize("text", ["The firm said it was acting FOR NOW.", "He met the minister on Thursday. Officials said, Reuters News"])
def test_sentences_that_end_in_capitals_or_names_keep_them(text):
    assert not ends_with_credit(text)


def test_an_agencys_caption_with_its_reservation_after_a_dash_is_the_caption():
    caption = "Grape pickers at work in a vineyard near Alba, in Piedmont"
    article = parsed(f"Italy wine harvest up 9%\nROME\n30 November 2026\n13:45\nShare\n{caption} - ALL RIGHTS RESERVED\n\n{STORY}"
                     "\nALL RIGHTS RESERVED © Copyright ANIT\n")
    assert article.caption == caption
    assert clutter_reason("ALL RIGHTS RESERVED © Copyright ANIT") == "copyright"


# ------------------------------------------------------------------ appeals and paywall notes in more wordings

@pytest.mark.parametrize("line", [
    "FRANCE 26 is free to read, watch and listen to, everywhere in the world. Help us keep it that way.",
    "Good journalism is expensive, but only good journalism can help build a good society.",
    "Follow Gulf Chronicle on WhatsApp Channels for the latest news from the UAE and around the world.",
    "Join Harbour Gazette on Telegram",
    "This story is available exclusively to Capital Insider subscribers. Become an Insider and start reading now.",
    "This article is only available to members of the Harbour Club.",
])
def test_appeals_and_paywall_notes_are_the_pages(line):
    assert clutter_reason(line) == "reader-prompt"


@pytest.mark.parametrize("line", ["The museum is free to read and visit, the curator said.",
                                  "Good journalism is expensive, the publisher told the committee.",
                                  "This story is available in print only, the editor said."])
def test_sentences_about_such_things_stay(line):
    assert clutter_reason(line) is None


# ------------------------------------------------------------------ a breadcrumb glued with slashes

@pytest.mark.parametrize("trail, section", [("Business News/ Markets/ Commodities/ ", "Commodities"), ("News/ World/ ", "World")])
def test_a_breadcrumb_glued_with_slashes_before_the_headline(trail, section):
    headline = "Oil rises as OPEC+ extends output curbs, traders eye US jobs data"
    article = parsed(f"{trail}{headline}\nMarch 4, 2025\n\n{STORY}")
    assert article.title == headline
    assert article.section == section


@pytest.mark.parametrize("headline", ["Open 24/7: New clinic opens its doors to patients in town",
                                      "AC/DC/ Rock/ Band plays final show in the town tonight"])
def test_slashes_inside_a_headline_are_no_breadcrumb(headline):
    assert split_outlet_label(headline) == (headline, None)


# ------------------------------------------------------------------ a masthead's weather widget

@pytest.mark.parametrize("widget", [
    "28°\nClear\nHollis Springs, KS (67501)\nToday\nClear skies. Low 19F.\nUpdated: December 1, 2026 @ 4:03 am\nFull Forecast",
    "-3°C\nSnow\nToday\nUpdated: 01/12/2026 04:03\n7-day forecast",
])
def test_a_weather_widgets_time_is_not_the_storys(widget):
    source = (f"Home\nNews\nWeather\n{widget}\nNation & World\nWestern states reach tentative deal on Colorado River cuts\n"
              f"By Maria Delgado\nDec 1, 2026\n\n{STORY}")
    article = parsed(source)
    assert article.title == "Western states reach tentative deal on Colorado River cuts"
    assert article.published_iso == "2026-12-01"


def test_a_temperature_in_a_story_with_no_forecast_link_stays():
    article = parsed(f"{HEAD}{PROSE}\n\n28°\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert not any(line.reason == "widget" for line in article.dropped)


# ------------------------------------------------------------------ teasers signed under a box

def test_a_teaser_deck_over_its_byline_is_no_story_going_on():
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\nRead More\nNews Desk\nThe Subway Conductor Who Knows Every Announcement\n"
              "After thirty years on the 7 line, Lorraine Obi can recite the entire route, in two languages, with her eyes closed.\n"
              "By Caspar Wendell\nDaily Comment\nThe Tenants' Movement Won a Narrow Victory\nIt may not survive the winter.\n")
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ more of the page's standing lines

@pytest.mark.parametrize("credit", ["Larry McCormack/The Tennessean via USA TODAY NETWORK",
                                    "Grant Sorensen/Tri-County Ledger via NATION DAILY NETWORK"])
def test_a_networks_credit_is_a_photo_credit(credit):
    assert clutter_reason(credit) == "photo-credit"


@pytest.mark.parametrize("line", ["Do You Have a Tip?", "Got a news tip?", "Contact Us Securely",
                                  "Have you been billed for a ride you didn't take? We want to hear from you."])
def test_a_call_for_tips_is_the_pages(line):
    assert clutter_reason(line) == "reader-prompt"


def test_a_quoted_wish_to_hear_from_readers_is_the_storys():
    assert clutter_reason('"We want to hear from you," the mayor told residents.') is None


@pytest.mark.parametrize("line, published", [
    ("Updated Dec. 2, 2026 8:30 am ET / Original Dec. 2, 2026 6:12 am ET", "2026-12-02T06:12:00-05:00"),
    ("Updated Dec. 2, 2026 8:30 am ET | Original Dec. 2, 2026 6:12 am ET", "2026-12-02T06:12:00-05:00"),
])
def test_the_original_time_beside_an_update_is_the_publication(line, published):
    assert parsed(f"Bond yields slide as investors bet on cuts\n{line}\n\n{STORY}").published_iso == published


@pytest.mark.parametrize("heading", ["You Might Also Like …", "You might also like...", "More Stories …"])
def test_a_list_heading_may_trail_off(heading):
    source = f"{HEAD}{STORY}\n{heading}\nThe AI startups that are quietly running out of money\nWhy everyone wants an agent\n"
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_pull_quote_joining_a_paragraphs_quoted_sentences_is_the_pages():
    said = ("“Honestly, the model was the easy part,” Okafor says. “The hard part is getting anyone to trust it "
            "with a real invoice.”")
    pull = "“The model was the easy part. The hard part is getting anyone to trust it with a real invoice.”"
    article = parsed(f"{HEAD}{PROSE}\n\n{said}\n\n{PROSE_2}\n\n{pull}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, said, PROSE_2, PROSE_3]


def test_a_long_closing_bio_that_says_the_role_at_once_names_the_writer():
    bio = ("Priya Vandermeer is a senior writer at Circuit covering the business of artificial intelligence. She was "
           "previously a reporter at a business daily in Chicago, where she covered venture capital and fintech.")
    article = parsed(f"{HEAD}{STORY}\n{bio}\n")
    assert article.byline == "Priya Vandermeer"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_deck_over_the_lead_photo_with_its_credit_and_a_button_under_it_is_the_standfirst():
    deck = "The startup raised $140 million on the pitch that its agents could close a shop's books overnight."
    source = (f"Priya Vandermeer\nBusiness\nNov 30, 2026 6:00 AM\nLedgerline Promised AI Bookkeepers. Owners Are Still "
              f"Doing the Math\n{deck}\nDeshawn Okafor, the cofounder, at the company's office in Oakland, California.\n"
              f"Photograph: Renata Solís for Circuit\nSave this story\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("caption", ["Crews work near derailed tank cars outside Millbrook, Ohio, on Thursday morning.",
                                     "Residents walk past their flooded homes in Hue on Friday."])
def test_a_caption_with_a_participle_describing_a_noun_over_a_summary_box(caption):
    source = (f"Train carrying chemicals derails in rural Ohio\nPublished 6:12 a.m. ET Dec. 3, 2026\n{caption}\n\n"
              "What we know about the derailment\nAbout 30 cars left the tracks\nFive were carrying hazardous materials\n"
              f"About 400 residents were ordered to evacuate\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).caption == caption


# ------------------------------------------------------------------ a forwarded headline in a chat's bold

@pytest.mark.parametrize("stamp", ["[02/12/26, 06:12] Suresh Pillai: ", "[2/12/2026, 6:12 AM] Anu: "])
def test_a_chats_stamp_before_a_bold_headline_goes_and_the_headline_stays(stamp):
    headline = "Nandpur civic body to fine housing societies that fail to segregate waste"
    source = f"[02/12/26, 06:05] Suresh Pillai: Good morning all\nForwarded\n{stamp}*{headline}*\n\n{STORY}"
    article = parsed(source)
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_chats_own_messages_keep_their_stamps():
    line = "[07/02/2025, 13:52] Lakshmi Menon: Did anyone call Chitra aunty? Her phone is switched off"
    dropped: list[DroppedLine] = []
    assert trim_line_chrome([Line(1, line)], dropped) == [Line(1, line)] and dropped == []


# ------------------------------------------------------------------ standing lines of sets 73 and 74

@pytest.mark.parametrize("line, reason", [
    ("Wir verwenden Cookies und ähnliche Technologien", "notice"),
    ("Alle akzeptieren", "notice"),
    ("Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0.", "reader-prompt"),
    ("Thicket thanks its sponsors. Become one.", "reader-prompt"),
    ("Reader support helps sustain our work. Donate today to keep our climate news free.", "reader-prompt"),
    ("Note: We at Founders91 take our ethics very seriously. More information about it can be found here.", "reader-prompt"),
    ("Our bookshop links support independent bookstores. The Review may earn a commission from purchases.", "reader-prompt"),
    ("Expand to see the country-by-country breakdown", "reader-prompt"),
])
def test_more_of_the_pages_standing_lines(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize("line", ["The company may earn a commission on each sale, the filing said.",
                                  "Reader support for the plan grew after the vote, the poll found."])
def test_reported_lines_that_share_their_words_stay(line):
    assert clutter_reason(line) is None


@pytest.mark.parametrize("heading", ["Go deeper", "Also interesting"])
def test_more_list_headings(heading):
    source = f"{HEAD}{STORY}\n{heading}\nWhy the budget keeps swinging from surplus to deficit\nMeet the new faces in the Legislature\n"
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("mark", ["– ENDS –", "— ends —", "-ENDS-"])
def test_an_end_mark_between_dashes_ends_the_release(mark):
    source = (f"{HEAD}{STORY}\n{mark}\n\nAbout the World Sledge Sports Federation\n"
              "Founded in 1957 and headquartered in Lausanne, the federation governs sledge sports in 74 countries.\n")
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ sets 75 and 76

@pytest.mark.parametrize("line, reason", [
    ("This is read by an automated voice. Please report any issues or inconsistencies here.", "notice"),
    ("SHARE YOUR THOUGHTS", "reader-prompt"),
    ("Should regulators require age checks for AI chatbots? Join the conversation below.", "reader-prompt"),
])
def test_an_audio_note_and_a_comment_prompt_are_the_pages(line, reason):
    assert clutter_reason(line) == reason


def test_a_courtesy_credit_dated_after_the_captions_stop():
    caption = "A Chinese aircraft carrier sails through the Taiwan Strait on Friday."
    assert without_credit(f"{caption} Photo courtesy of the Ministry of National Defense Dec. 4, 2026") == caption


# ------------------------------------------------------------------ sets 77 and 78

@pytest.mark.parametrize("headline, outlet", [
    ("Taiwan's consumer prices rise 1.62% in November, slowest in nearly five years", "Formosa Wire"),
    ("Coast guard ships stay in Senkaku waters for record 92 hours", "The Harbour Times"),
])
def test_an_outlets_name_and_a_colon_before_the_headline_are_no_headline(headline, outlet):
    assert split_outlet_label(f"{outlet}: {headline}") == (headline, outlet)


@pytest.mark.parametrize("title", ["Senate: Bill to cut taxes passes after marathon debate",
                                   "Analysis: Why the pier matters to the whole town"])
def test_a_label_and_a_colon_that_name_no_outlet_stay_in_the_headline(title):
    assert split_outlet_label(title) == (title, None)


@pytest.mark.parametrize("caption, credit", [
    ("People watch a report at Seoul Station in Seoul, Friday.", "Daehan Wire"),
    ("The vessel is hit by a water cannon on Friday, December 4.", "(Philippine Coast Guard handout)"),
])
def test_an_agencys_name_or_a_handouts_owner_after_the_caption(caption, credit):
    assert without_credit(f"{caption} {credit}") == caption


def test_a_sentence_ending_in_a_wires_name_is_no_caption():
    assert not ends_with_credit("He told the Morning Wire.")


def test_a_sign_up_boxs_privacy_line_is_the_pages():
    assert clutter_reason("We will use your email address only for the purpose of sending you newsletters.") == "reader-prompt"


def test_the_sites_date_of_today_over_a_header_in_sentences_gives_way_to_the_storys_time():
    source = ("Section Navigation\nClimate\nWednesday, December 2, 2026\nToday's Paper\nClimate\n"
              "They Rebuilt After the Fire. Now Their Insurers Are Leaving.\n"
              "Five years after a wind-driven blaze swept through Arden, homeowners who rebuilt are being dropped by their "
              "carriers, and the state has few answers.\nShare full article\n187\n"
              "Dana Whitlock outside her rebuilt home in Arden, Colo. Her insurer told her in October it would not renew.\n"
              "Credit...Rachel Ostrowski for The Sentinel\nBy Mira Castellanos and Owen Delacroix\n"
              f"Mira Castellanos reported from Arden, Colo.\nDec. 2, 2026, 5:02 a.m. ET\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == "They Rebuilt After the Fire. Now Their Insurers Are Leaving."
    assert article.published_iso == "2026-12-02T05:02:00-05:00"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
