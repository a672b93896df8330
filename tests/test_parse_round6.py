"""Shapes from a sixth blind set of invented pastes: credits with an initial, an agency in
capitals before a photographer and a file-photo label, or an outlet's photographer named
with `by`. Each rule is tested with several shapes, and with the body sentences it must not take."""

from __future__ import annotations

import pytest

from briefs.sources.byline import read_byline
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.pasted_text import parse_article

PROSE = ("The harbour board voted on Monday to rebuild the old pier, which has stood for ninety years "
         "and was closed last winter after a storm damaged its piles.")
PROSE_2 = "Work will start in the spring, and the board said the pier should reopen before the summer season."
PROSE_3 = "Fishing crews, who land their catch at the pier every morning, welcomed the decision."
HEAD = "Board votes to rebuild the old pier\n\nMarch 4, 2025\n\n"


def parsed(source: str):
    return parse_article(source, "case.txt")


def body(source: str) -> list[str]:
    """The texts of the article's paragraphs."""
    return [paragraph.text for paragraph in parsed(source).paragraphs]


def is_left_out(line: str) -> bool:
    """`line` between the story's paragraphs is taken out, and nothing else is."""
    return body(f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n\n{PROSE_3}\n") == [PROSE, PROSE_2, PROSE_3]


def is_kept(sentence: str) -> bool:
    """`sentence` between the story's paragraphs stays one of them."""
    return sentence in body(f"{HEAD}{PROSE}\n\n{sentence}\n\n{PROSE_2}\n")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("A garment unit on the outskirts of the town. | Photo Credit: S. Karthikeyan",
         "A garment unit on the outskirts of the town."),
        ("Labourers rest under a flyover. | Photo Credit: R.V. Moorthy", "Labourers rest under a flyover."),
        ("Crews at work on the pier. Photo: J. Okafor", "Crews at work on the pier."),
        ("A logo is seen at the company's headquarters, January 14, 2025. MERIDIAN/Jun-ho Lee/File Photo",
         "A logo is seen at the company's headquarters, January 14, 2025."),
        ("Traders work on the floor. HARBOURWIRE/Anne-Marie O’Neill", "Traders work on the floor."),
        ("The carved staircase, shut since 2019. (Ledger Photo by Arjun Deshpande)", "The carved staircase, shut since 2019."),
        ("Volunteers fill sandbags. (Coast Times Photo by Mere Tane)", "Volunteers fill sandbags."),
    ],
)
def test_credits_with_initials_agencies_in_capitals_and_staff_photographers(line, caption):
    assert ends_with_credit(line) and without_credit(line) == caption


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Smith said the plan would cost more than expected. He left office in May.",
        "The council met on Tuesday. Talks resume in June/July next year.",
        "The board said the photo was taken by a resident. Its author asked not to be named.",
        "Ms. Rao spoke for the union. The vote is due on Friday.",
    ],
)
def test_body_sentences_are_no_credit(sentence):
    assert not ends_with_credit(sentence)


def test_a_caption_with_an_initialled_credit_is_no_first_paragraph():
    caption = "A garment unit on the outskirts of the town. | Photo Credit: S. Karthikeyan"
    article = parsed(f"{HEAD}{caption}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.caption == "A garment unit on the outskirts of the town."
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "prompt",
    [
        "Follow us on our official WhatsApp channel for breaking news alerts and key updates!",
        "Download the free KCFX 8 News app for breaking news alerts.",
        "For the latest news, weather, sports, and streaming video, head to KCFX 8 Calder Falls.",
        "Start your day with the stories that matter in the valley, delivered free at 6am.",
        "Join the conversation. Please keep comments respectful and on topic.",
        "Want to discuss? Please read our Commenting Policy first.",
        "Read this story in the Harbour Ledger app for a better experience.",
        "Questions or tips? Just reply to this email — it goes straight to our newsroom.",
        "You’re receiving this email because you signed up for the Morning Brief.",
        "Get our Telegram channel for the day's top stories",
    ],
)
def test_the_outlet_speaking_to_the_reader_is_no_paragraph(prompt):
    source = f"{HEAD}{PROSE}\n\n{prompt}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parsed(source)
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert any(line.text == prompt for line in article.dropped)  # reported, whichever rule took it


@pytest.mark.parametrize(
    "sentence",
    [
        "Download the city’s new app to report potholes, the mayor urged residents on Tuesday.",
        "Residents can download the council app to report potholes from next month.",
        "Follow the river path to the old mill, where the new bridge will stand.",
        "Get the vaccine at any clinic before the end of the month, health officials said.",
        "Read the report in full on the ministry's website before the hearing.",
        "The union said members would follow the talks on a WhatsApp channel set up by the port.",
    ],
)
def test_a_story_sentence_about_apps_or_channels_stays(sentence):
    source = f"{HEAD}{PROSE}\n\n{sentence}\n\n{PROSE_2}\n"
    assert sentence in body(source)


def test_a_comment_section_heading_alone_still_ends_the_story():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nJoin the Conversation\n\nHarbour Media is committed to a civil forum.\n"
    assert body(source) == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "cards",
    [
        # one card per author, each a name then a line about the author
        "Ana Ruiz\n\nAna Ruiz joined the Ledger in 2019 and covers transport.\n\n"
        "Tom Hale\n\nTom Hale is a reporter on the city desk.",
        # the lines alone, one per author
        "Ana Ruiz covers transport and housing.\n\nTom Hale writes about courts.",
        # one author only
        "Ana Ruiz is the Ledger's transport correspondent.",
    ],
)
def test_closing_lines_about_each_author_are_dropped(cards):
    head = "Board votes to rebuild the old pier\n\nBy Ana Ruiz and Tom Hale\n\nMarch 4, 2025\n\n"
    article = parsed(f"{head}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{cards}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_closing_paragraph_about_someone_else_stays():
    head = "Board votes to rebuild the old pier\n\nBy Ana Ruiz\n\nMarch 4, 2025\n\n"
    last = "Tom Hale, the harbour master, said the work would take a year."
    article = parsed(f"{head}{PROSE}\n\n{PROSE_2}\n\n{last}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, last]


@pytest.mark.parametrize(
    "authors",
    [
        "Chloe Yeung\n+ FOLLOW\nand Marcus Tse\n+ FOLLOW",
        "Chloe Yeung\nand Marcus Tse",
        "Chloe Yeung\n& Marcus Tse",
    ],
)
def test_a_second_author_on_a_line_of_its_own_joins_the_byline(authors):
    source = (f"Market to close for an 18-month revamp\n\n{authors}\n\nPublished: 6:05pm HKT, 20 Feb 2025\n\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert article.byline == "Chloe Yeung and Marcus Tse"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


# --- a standfirst with no time line near the top ---------------------------------------------

HEADLINE = "Hospital opens new maternity block after three-year delay"
DEK = "The 60-bed facility is expected to ease congestion at the old ward, where mothers have shared beds"


@pytest.mark.parametrize(
    "under_dek",
    [
        "The new block at the hospital. (Photo credit: Selorm Agbeko/The Volta Chronicle)",
        "By Efua Mensah",
        "Efua Mensah\nHealth Reporter",
        "2 hours ago",
    ],
)
def test_a_standfirst_under_the_headline_is_not_the_first_paragraph(under_dek):
    source = f"{HEADLINE}\n\n{DEK}\n\n{under_dek}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parsed(source)
    assert article.title == HEADLINE
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_first_paragraph_under_the_headline_with_nothing_after_it_stays_the_first():
    source = f"{HEADLINE}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    ("site_date", "tail", "published"),
    [
        ("Wednesday, June 4, 2025", "Story by: Efua Mensah & Kojo Adu\nDate: Monday, 2nd June 2025 | 2:20 pm GMT",
         "2025-06-02T14:20:00+00:00"),
        ("4 June 2025", "Words by Efua Mensah and Kojo Adu\nPublished: 2 June 2025, 14:20 GMT", "2025-06-02T14:20:00+00:00"),
    ],
)
def test_the_sites_date_atop_the_menu_gives_way_to_the_storys_date_under_it(site_date, tail, published):
    source = (f"Skip to content\n{site_date}\nThe Volta Chronicle\nHome\nNews\nHealth\nSport\nHealth\n{HEADLINE}\n{DEK}\n"
              f"The new block at the hospital. (Photo credit: Selorm Agbeko/The Volta Chronicle)\n"
              f"{PROSE}\n{PROSE_2}\n{PROSE_3}\n{tail}\nShare this:\nFacebook\n")
    article = parsed(source)
    assert article.title == HEADLINE
    assert article.caption == "The new block at the hospital."
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert article.published.isoformat() == published
    assert article.byline in ("Efua Mensah & Kojo Adu", "Efua Mensah and Kojo Adu")


def test_the_storys_time_line_under_a_standfirst_beats_the_sites_date():
    source = (f"Skip to content\nThe Deccan Ledger\nWednesday, Mar 12, 2025\nHome\nIndia\nCities\nOpinion\n{HEADLINE}\n"
              f"{DEK}.\nWritten by Ketaki Phadnis\nKalindipur | Updated: March 12, 2025 14:35 IST\n"
              f"{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == HEADLINE and article.byline == "Ketaki Phadnis"
    assert article.published.isoformat() == "2025-03-12T14:35:00+05:30"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    ("updated", "first_published", "published"),
    [
        ("Updated: March 12, 2025 14:35 IST", "First published on: 12-03-2025 at 09:10 IST", "2025-03-12T09:10:00+05:30"),
        ("Updated: December 3, 2025 14:35 IST", "First published on: 12-03-2025 at 09:10 IST", "2025-12-03T09:10:00+05:30"),
        ("Updated: 5 April 2025, 10:00 IST", "First published: 04/04/2025 at 18:00 IST", "2025-04-04T18:00:00+05:30"),
    ],
)
def test_an_ambiguous_first_published_date_is_settled_by_the_update_before_it(updated, first_published, published):
    source = f"{HEADLINE}\n\n{updated}\n\n{PROSE}\n\n{PROSE_2}\n\n{first_published}\n\nAdvertisement\n"
    assert parsed(source).published.isoformat() == published


def test_an_ambiguous_date_both_of_whose_readings_fit_stays_ambiguous():
    source = (f"{HEADLINE}\n\nUpdated: 5 April 2025, 10:00 UTC\n\n{PROSE}\n\n{PROSE_2}\n\n"
              "First published: 04/05/2024 at 18:00 UTC\n")
    assert parsed(source).published is None  # 5 April and 4 May 2024 are both long before the update


# --- pull quotes, gallery counters and embedded posts ----------------------------------------

QUOTED = "“We didn’t lose a single house on this street, and that was down to the volunteers,” said resident Graham Tully."


@pytest.mark.parametrize(
    "pull_quote",
    [
        "“We didn’t lose a single house on this street, and that was down to the volunteers.”",
        "“We didn’t lose a single house on this street, and that was down to the volunteers.”\nGraham Tully, Ridge Road resident",
        "\"We didn't lose a single house on this street, and that was down to the volunteers\"\n— Graham Tully",
    ],
)
def test_a_pull_quote_repeating_the_story_is_dropped_and_the_story_keeps_its_quote(pull_quote):
    quoted = QUOTED if "’" in pull_quote else QUOTED.replace("’", "'")
    article = parsed(f"{HEAD}{PROSE}\n\n{quoted}\n\n{pull_quote}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, quoted, PROSE_2, PROSE_3]
    assert any(line.reason == "pull-quote" for line in article.dropped)


def test_a_quotation_said_once_is_the_storys():
    quote = "“The pier will be rebuilt in stone, as it was a century ago, and it will last another hundred years.”"
    article = parsed(f"{HEAD}{PROSE}\n\n{quote}\n\n{PROSE_2}\n")
    assert quote in [paragraph.text for paragraph in article.paragraphs]


@pytest.mark.parametrize(
    "chrome",
    ["2 / 6", "Photo 3 of 12", "A post shared by Harbour Council (@harbourcouncil)", "View this post on Instagram",
     "[image or embed]", "— Port Workers Union (@portworkers.bsky.social) 4 March 2025 at 18:02"],
)
def test_gallery_counters_and_the_frames_of_embedded_posts_are_dropped(chrome):
    assert is_left_out(chrome)


@pytest.mark.parametrize("sentence", ["The vote was 2 / 6 in favour of the plan.", "Scores were 6/2, 6/4 in the final."])
def test_fractions_inside_sentences_stay(sentence):
    assert is_kept(sentence)


@pytest.mark.parametrize(
    "kicker",
    ["LIVES WELL LIVED · A YEAR-LONG SERIES REMEMBERING THE PEOPLE WHO KEPT THE VALLEY RUNNING",
     "SPECIAL REPORT: THE HARBOUR AT A CROSSROADS", "WEEKEND ESSAY"],
)
def test_a_kicker_in_capitals_over_the_headline_is_not_the_headline(kicker):
    headline = "Margit Hollander, who ran the Ashby ferry for 41 years, dies at 88"
    article = parsed(f"{kicker}\n{headline}\nBy Owen Pryce\nPublished: 6:30am, 19 Jan 2025\n{PROSE}\n{PROSE_2}\n")
    assert article.title == headline


def test_a_headline_in_capitals_stays_the_headline():
    headline = "HARBOUR BOARD VOTES TO REBUILD THE OLD PIER AFTER STORM"
    article = parsed(f"{headline}\nBy Owen Pryce\nPublished: 6:30am, 19 Jan 2025\n{PROSE}\n{PROSE_2}\n")
    assert article.title == headline


# --- a seventh set: bylines with the outlet after a bar, boxes under the caption, comment rules ---

@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Lucía Ferreyra Osorio | Agencia Sur", "Lucía Ferreyra Osorio"),
        ("Tom Hale | Harbour Wire", "Tom Hale"),
        ("Story: Harriet Mbeki and Owen Tallis", "Harriet Mbeki and Owen Tallis"),
    ],
)
def test_bylines_with_the_outlet_after_a_bar_or_a_story_label(line, byline):
    assert read_byline(line) == byline


@pytest.mark.parametrize("line", ["Home | World", "News | Politics", "Tom Hale | Share", "Tom Hale | 2 hours ago"])
def test_menus_and_ages_after_a_bar_are_no_byline(line):
    assert read_byline(line) is None


@pytest.mark.parametrize("heading", ["Highlights", "Key points", "At a glance"])
def test_a_summary_box_of_plain_items_under_the_caption_is_the_standfirst(heading):
    source = (f"{HEAD}Crews repair the pier after the storm.\nImage Credit: Supplied\n\n{heading}\n"
              "Work to start in the spring\nPier to reopen before summer\n\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]
    assert article.extra["standfirst"] == "Work to start in the spring Pier to reopen before summer"


@pytest.mark.parametrize(
    "chrome",
    [
        "Click here to join The Plateau Sentinel on WhatsApp and get latest news and updates",
        "Comments will be moderated. Keep comments relevant to the article.",
        "We want our comments to be a lively and valuable part of our community.",
        "The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.",
        "Download as PDF (214 KB)",
        "[ Bathing water quality slips at one in 10 beaches, annual report finds ]",
        "Trending: Budget 2025 | Civic polls | Champions Trophy",
    ],
)
def test_comment_rules_audio_notes_downloads_and_teasers_are_chrome(chrome):
    assert is_left_out(chrome)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry published the plan as a 40-page PDF on Monday.",
        "Comments from residents will be heard at the council meeting in May.",
        "[The pier] has stood for ninety years, the mayor said.",
    ],
)
def test_story_sentences_near_those_words_stay(sentence):
    assert is_kept(sentence)


def test_bios_signed_with_the_surname_alone_are_dropped():
    head = "Board votes to rebuild the old pier\n\nBy Ana Quentara and Ravi Ramani\n\nMarch 4, 2025\n\n"
    bios = "Quentara covers courts for Allied Wire.\n\nRamani is a state government reporter based in Oregon."
    article = parsed(f"{head}{PROSE}\n\n{PROSE_2}\n\n{bios}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_closing_paragraph_opening_with_an_authors_surname_but_no_bio_stays():
    head = "Board votes to rebuild the old pier\n\nBy Ana Pike\n\nMarch 4, 2025\n\n"
    last = "Pike Street, which runs along the harbour, will close for the works."
    assert last in body(f"{head}{PROSE}\n\n{PROSE_2}\n\n{last}\n")


@pytest.mark.parametrize(
    "under",
    ["Lucía Ferreyra Osorio | Agencia Sur", "By Lucía Ferreyra", "Published: April 16, 2025 08:47 UTC"],
)
def test_a_line_over_the_byline_under_a_headline_printed_below_the_time_line_is_the_standfirst(under):
    dek = "Dockworkers rejected a revised wage offer, leaving dozens of carriers waiting offshore."
    source = (f"MONTEVIDEO LEDGER\nHome\nPolitics\nEconomy\n\nWednesday, April 16th 2025 - 08:47 UTC\n\n"
              f"Grain exporters warn of losses as dock strike enters second week\n\n{dek}\n\n{under}\n\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert article.title == "Grain exporters warn of losses as dock strike enters second week"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]
    assert article.extra["standfirst"] == dek


def test_a_newsletters_greeting_over_its_byline_stays_in_the_body():
    greeting = "Good morning. Here are the five stories you need to know about today."
    source = f"The Harbour Five\n\nThursday, 15 May 2025\n\n{greeting}\n\nWritten by Joanna Mbeki\n\n{PROSE}\n\n{PROSE_2}\n"
    assert greeting in body(source)


def test_a_caption_over_its_credit_above_the_headline_is_not_the_headline():
    caption = "Emeka Okafor poses with a Rovers shirt at Castle Lane after completing his move"
    headline = "Rovers sign winger Okafor from Valmont in £28m deal"
    source = (f"Football\nTransfers\n{caption}\nTouchline / Peter Ryland\n{headline}\nBy Gareth Pollard\n"
              f"Tuesday 13 August 2024 6:42pm BST\n{PROSE}\n{PROSE_2}\n")
    article = parsed(source)
    assert article.title == headline and article.caption == caption


def test_a_headline_over_the_credit_of_an_uncaptioned_photo_stays_the_headline():
    headline = "Rovers sign winger Okafor from Valmont in £28m deal"
    source = f"{headline}\nPhoto: Peter Ryland\nTuesday 13 August 2024 6:42pm BST\n{PROSE}\n{PROSE_2}\n"
    assert parsed(source).title == headline


@pytest.mark.parametrize(
    ("time_line", "published"),
    [
        ("Meera Raghunathan · 11/03/2025, 14:05 IST · 3 min read", "2025-03-11T14:05:00+05:30"),
        ("Published: 12/02/2025 2:35 PM GST", "2025-02-12T14:35:00+04:00"),
        ("Posted 04/05/2025 09:10 AEST", "2025-05-04T09:10:00+10:00"),
        ("Updated 09/10/2024 3:45 PM EDT", "2024-09-10T15:45:00-04:00"),
    ],
)
def test_a_numeric_date_reading_two_ways_is_read_as_the_zones_country_writes_it(time_line, published):
    article = parsed(f"Board votes to rebuild the old pier\n\n{time_line}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.published.isoformat() == published
    assert "time zone" in article.extra["unsure"]["published"]


def test_a_numeric_date_with_a_zone_of_no_known_order_stays_ambiguous():
    article = parsed(f"Board votes to rebuild the old pier\n\nPublished: 04/05/2025 09:10 UTC\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.published is None


LEAD_ON_MONDAY = "The council voted on Monday to close the wharf for two years while it is rebuilt in concrete."


@pytest.mark.parametrize("time_line", ["04/03/2025", "03/04/2025"])
def test_the_leads_weekday_settles_a_date_of_the_day_after_it(time_line):
    # 4 March 2025 is a Tuesday, the day after the lead's Monday; 3 April is a Thursday.
    article = parsed(f"Council votes to close the wharf\n\n{time_line}\n\n{LEAD_ON_MONDAY}\n\n{PROSE_2}\n")
    assert article.published.date().isoformat() == "2025-03-04"


def test_a_date_whose_two_readings_both_fit_the_leads_weekday_stays_ambiguous():
    # 3 November 2025 is a Monday (the day itself), 11 March 2025 a Tuesday (the day after).
    article = parsed(f"Council votes to close the wharf\n\n11/03/2025\n\n{LEAD_ON_MONDAY}\n\n{PROSE_2}\n")
    assert article.published is None


@pytest.mark.parametrize(
    "chrome",
    [
        "Stay up to date with the Harbour Express on WhatsApp. Click here to join our channel.",
        "Originally published as Council votes to close the ferry wharf for a two-year rebuild",
        "This article was produced for the Local Reporting Network in partnership with the County Sentinel.",
        "Republish This Story for Free",
        "Creative Commons License (CC BY-NC-ND 4.0)",
        "The Tallgrass Record is a 501(c)(3) nonprofit newsroom.",
        "This service may include material from Falcon Press and other agencies, which may not be reproduced without permission.",
        "The Harbour Express subscribes to the Press Code of Ethics and Conduct for Print and Online Media.",
    ],
)
def test_republishing_terms_partnerships_and_press_codes_are_chrome(chrome):
    assert is_left_out(chrome)


@pytest.mark.parametrize(
    "sentence",
    [
        "The court ruled the documents may not be reproduced in full, the judge said on Monday.",
        "The hospital is a nonprofit organization that serves the county and its islands.",
        "The story was originally told by fishermen who saw the pier fall in 1952.",
    ],
)
def test_story_sentences_about_reproduction_and_nonprofits_stay(sentence):
    assert is_kept(sentence)


def test_a_credit_in_brackets_glued_to_its_caption_is_taken_off():
    assert without_credit("Thornley Road Library is one of the branches affected(Image: Google Maps)") == (
        "Thornley Road Library is one of the branches affected")


def test_a_zone_name_two_regions_share_settles_nothing():
    article = parsed(f"Board votes to rebuild the old pier\n\nPublished: 07/05/2025 09:10 AST\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.published is None  # Arabia writes 7 May, Puerto Rico July 5
