"""Shapes from the twelfth blind set of invented pastes: notes on where a story first ran and on
what terms it runs here, opinion disclaimers, funding notes, error-report forms, ad labels
between dashes, summary boxes written as sentences with no blank line after them, and quoted
subheadings. Each rule is tested in several shapes, with the story sentences it must leave."""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body, is_kept, is_left_out, parsed

from briefs.sources.byline import is_person_name, read_byline
from briefs.sources.caption import ends_with_credit, without_credit


@pytest.mark.parametrize(
    "line",
    [
        "This article was first published in the print edition of the Harbour City Courier.",
        "This story originally appeared in The Merrindale Advocate and is republished here with permission.",
        "This piece first ran in The Lantern, the student paper of Fenwick College.",
        "Republished with permission from the Coastline Examiner.",
        "(This story has not been edited by NewsPulse staff and is auto-generated from a syndicated feed.)",
        "Views expressed are the author's own.",
        "The views expressed in this column are those of the writer and do not reflect the paper's position.",
        "Opinions expressed here are personal.",
        "LDR is local body journalism co-funded by a public-interest news fund.",
        "Local democracy reporting is co-funded by the Regional News Fund.",
        "Our climate coverage is supported by a grant from the Halden Foundation.",
    ],
)
def test_notes_on_a_storys_first_printing_terms_and_funding_are_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize(
    "line",
    [
        "Found a mistake in this article?",
        "Spotted an error?",
        "Thank you for your report!",
        "To submit an obituary, email obituaries@meridian.example with a brief outline.",
        "To send a letter to the editor, use the form below.",
        "Join Lion City Courier’s WhatsApp channel and get the latest news and must-reads.",
        "- Advertisement -",
        "— ADVERTISEMENT —",
    ],
)
def test_the_pages_forms_prompts_and_dashed_ad_labels_are_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The project is funded by the state government and will cost 4 million.",
        "The views of residents are mixed, the survey found.",
        "The article was first published in 1887, the museum's curator said.",
        "Download the app, the mayor urged residents who want alerts.",
        "The mayor said the reporting of the flood was supported by volunteers with boats.",
        "Anyone who found a mistake in the ballots was asked to call the returning officer, who thanked them.",
    ],
)
def test_story_sentences_with_the_same_words_stay(sentence):
    assert is_kept(sentence)


def test_a_first_publication_time_under_the_story_is_still_read():
    source = f"{HEAD.replace('March 4, 2025', '')}{PROSE}\n\n{PROSE_2}\n\nThis story was originally published February 26, 2025 at 5:00 AM.\n"
    assert parsed(source).published_iso.startswith("2025-02-26T05:00")


@pytest.mark.parametrize("line", ["Tags / Keywords:", "Topics & Tags:", "Tags:"])
def test_a_tag_heading_with_two_names_ends_the_story(line):
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{line}\nFlood\nHarbour\n") == [PROSE, PROSE_2]


POINTS = [
    "Seagrass cover in the inlet has grown by about 40 per cent since dredging was banned.",
    "Fish numbers also appear to be rising, researchers say.",
]
LONG_FIRST = ("Seagrass meadows in Corrin Inlet are spreading again, five years after the state government banned "
              "dredging in the waterway, according to a new survey published on Monday.")


@pytest.mark.parametrize(
    "box",
    [
        ["In short:", *POINTS],
        ["What you need to know:", *POINTS, "Listen to this article"],
        ["In short:", *POINTS, "What's next?", "The council will decide in March whether to keep the ban."],
        ["WHY IT MATTERS", *[f"• {point}" for point in POINTS]],
    ],
    ids=["sentences", "ended-by-a-player", "with-a-sub-label", "capitals-bullets"],
)
def test_a_summary_box_with_no_blank_line_after_it_is_taken(box):
    source = HEAD + "\n".join([*box, LONG_FIRST, PROSE, PROSE_2]) + "\n"
    assert body(source) == [LONG_FIRST, PROSE, PROSE_2]


def test_a_short_first_paragraph_under_a_summary_heading_is_not_swallowed():
    """The points are as long as the story's sentences: nothing tells the box from the body, so it stays."""
    lines = ["Summary", PROSE_2, PROSE_3, PROSE, PROSE_2]
    assert PROSE_3 in body(HEAD + "\n".join(lines) + "\n")


def test_a_quoted_subheading_over_the_paragraph_holding_it_stays_a_heading():
    quote = '"In some of the shallow bays it looks like a lawn growing back after a dry spell," Dr Voss said.'
    source = f"{HEAD}{PROSE}\n'Like a lawn growing back'\n{quote}\n{PROSE_2}\n"
    assert body(source) == [PROSE, "'Like a lawn growing back'", quote, PROSE_2]
    kinds = [block.kind for block in parsed(source).blocks]
    assert kinds[1] == "heading"


def test_a_pull_quote_is_still_left_out():
    quote = "“We have never seen the inlet recover this fast,” Dr Voss said on Monday."
    source = f"{HEAD}{PROSE}\n\n{quote}\n\n{PROSE_2}\n\n“We have never seen the inlet recover this fast”\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, quote, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Wanjiru Kamau @WanjiruKamau_", "Wanjiru Kamau"),
        ("Lim Shu Fen - Senior Transport Correspondent", "Lim Shu Fen"),
        ("Tomás Ríos — Health Reporter", "Tomás Ríos"),
        ("Analysis by Renata Osei-Blake, Lakeshore Dispatch", "Renata Osei-Blake"),
        ("Opinion by Sam Roe", "Sam Roe"),
        ("Review by Ines Wahl", "Ines Wahl"),
    ],
)
def test_bylines_with_a_handle_a_dashed_role_or_the_kind_of_piece(line, names):
    assert read_byline(line) == names


@pytest.mark.parametrize("line", ["Follow @CityNews", "Join us @ 5pm", "Analysis by sector shows steady growth"])
def test_lines_that_only_look_like_those_bylines_are_none(line):
    assert read_byline(line) is None


@pytest.mark.parametrize("name", ["Grace Lo Wing-sze", "Ana de la Cruz", "Jean Le Pen", "Pieter van Wyk", "Robert De Niro"])
def test_names_with_particles_and_short_surnames_are_names(name):
    assert is_person_name(name)


@pytest.mark.parametrize("text", ["The Mayor Said", "News And Views", "Die Zeit Online", "Le Monde", "Der Spiegel",
                                  "El País", "About Example Turbines"])
def test_capitalised_phrases_with_function_words_are_not_names(text):
    assert not is_person_name(text)


def test_a_name_alone_over_the_time_line_is_the_byline():
    source = ("Q&A: ‘The coral is tougher than we gave it credit for’\n"
              "Marine ecologist Marcus Tsang on what a year of night dives revealed\n"
              f"Grace Lo Wing-sze\n2025-02-20 HKT 10:45\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).byline == "Grace Lo Wing-sze"


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Chandrapuri, Mar 3 (NNS) The corporation will supply water on alternate days from Wednesday.", "Chandrapuri, Mar 3 (NNS)"),
        ("New Delhi, March 3 (PTI) - The corporation will supply water on alternate days from Wednesday.", "New Delhi, March 3 (PTI)"),
        ("Lagos, 3 March (NAN): The corporation will supply water on alternate days from Wednesday.", "Lagos, 3 March (NAN)"),
    ],
)
def test_a_wire_dateline_with_its_day_and_any_agency_tag(line, dateline):
    found = parsed(f"{HEAD}{line}\n\n{PROSE_2}\n")
    assert found.dateline == dateline
    assert found.paragraphs[0].text == "The corporation will supply water on alternate days from Wednesday."


def test_a_body_opening_with_an_acronym_in_brackets_keeps_it():
    line = "City Council (CC) members voted on Monday to keep the pool open through the winter months."
    assert body(f"{HEAD}{line}\n\n{PROSE_2}\n")[0] == line


@pytest.mark.parametrize("span", ["3 April 1938 – 2 February 2025", "March 3, 1950 - Feb. 2, 2025", "(Born 1931 – died 2025)"])
def test_the_dates_of_a_life_under_an_obituarys_headline_are_no_publication_time(span):
    source = f"Ilse Marrow, the architect who let the light into Port Corran\n{span}\nBy Tom Ferrier\nFebruary 17, 2025 — 4.30pm AEDT\n\n{PROSE}\n\n{PROSE_2}\n"
    found = parsed(source)
    assert found.title == "Ilse Marrow, the architect who let the light into Port Corran"
    assert found.published_iso.startswith("2025-02-17T16:30")
    assert any(line.reason == "life-dates" and line.text == span for line in found.dropped)


@pytest.mark.parametrize("line", ["Published 3 March 2025 - Updated 4 March 2025", "Mar 3, 2025 - 17:02"])
def test_two_times_on_one_line_are_still_a_time_line(line):
    found = parsed(f"Board votes to rebuild the old pier\n{line}\n\n{PROSE}\n")
    assert found.published_iso.startswith("2025-03-03")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("The court where the verdict was delivered. — MPA file photo", "The court where the verdict was delivered."),
        ("A ferry docks at the quay. - Harbour Wire handout image", "A ferry docks at the quay."),
        ("Traders on the floor. Reuters file picture", "Traders on the floor."),
    ],
)
def test_an_agencys_own_file_picture_is_a_credit(line, caption):
    assert ends_with_credit(line) and without_credit(line) == caption


def test_a_sentence_ending_in_file_photo_words_is_no_credit():
    assert not ends_with_credit("The mayor held up a File Photo")


@pytest.mark.parametrize(
    "tail",
    [
        "About Halvorsen Marine Systems\nFounded in 1987, Halvorsen Marine Systems designs and builds aluminium ferries.",
        "About Rural Connect\nSince 2021, Rural Connect has awarded $61 million for projects reaching 48,000 homes.",
        "Sources\nVasquez-Thorne H, et al. (2025). Daily step volume and blood pressure. Northfield Journal.",
        "References:\nLind P. (2024). Harbour silt and the 1990s dredging. Coastal Review 12, 40-51.",
    ],
    ids=["company", "programme", "sources", "references"],
)
def test_a_releases_boilerplate_or_a_source_list_ends_the_story(tail):
    found = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{tail}\n")
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert found.byline is None  # `About Example Turbines` is no author


@pytest.mark.parametrize(
    "line",
    ["About 60 trains a day will run on the line at first.", "About the plan"],
)
def test_story_lines_opening_with_about_stay(line):
    assert line in body(f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n\n{PROSE_3}\n")


@pytest.mark.parametrize(
    ("image_lines", "caption"),
    [
        ("Image source, ABS\nImage caption, The MV Loch Carran developed a gearbox fault at Kilnaver",
         "The MV Loch Carran developed a gearbox fault at Kilnaver"),
        ("Image source, Getty Images\nImage caption, Crews clear the harbour road on Monday",
         "Crews clear the harbour road on Monday"),
    ],
)
def test_a_broadcasters_labelled_credit_and_caption(image_lines, caption):
    source = (f"Home\nNews\nScotland\nHighlands & Islands\nNorth East & Northern Isles\n\nHighlands & Islands\n"
              f"Ferry timetable cut as two vessels go for repairs\n22 September 2025 • 5:02pm\nShare\n{image_lines}\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    found = parsed(source)
    assert found.title == "Ferry timetable cut as two vessels go for repairs"
    assert found.caption == caption
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "line",
    [
        "Spoilers ahead: This article discusses the ending of The Glass Orchard season 2.",
        "Spoiler warning — the final episode is discussed below.",
        "If you buy something from a Bytewell link, we may earn a commission. See our ethics statement.",
        "This post contains affiliate links; we may receive a small fee at no cost to you.",
        "Medically reviewed by Dr. Samuel Okafor-Reyes, MD",
        "Fact checked by Lena Ortiz",
        "Vitalis Health has strict sourcing guidelines and relies on peer-reviewed studies and medical associations.",
        "Lakeshore Media is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant.",
        "Subscribe to the Kilbrannan Leader digital edition for just €1.99 a week. Click here to find out more.",
        "Quotes delayed at least 15 minutes. Market data provided by Tessaro Data.",
        "NRDV -6.8%",
        "KSTL +1.2%",
        "Reference: “A 3,000-year record of extreme summer precipitation from varved sediments of Lake Varnsee” by Lotte "
        "Hübner, Matteo Caravelli and Sune Aaberg, 10 February 2025, Journal of Quaternary Science. DOI: 10.0000/jqs.0000",
    ],
)
def test_notes_on_the_article_itself_and_market_chips_are_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council is committed to maintaining a safe harbour for small boats, the mayor said.",
        "If you buy a ticket now, you may get a refund later, officials said.",
        "The shares fell 6.8% on Thursday, the exchange said, after the outlook was cut.",
        "Spoilers were found in the orchard's soil samples taken last spring by the inspectors.",
    ],
)
def test_story_sentences_near_those_notes_stay(sentence):
    assert is_kept(sentence)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Sofía Marrero with CWP", "Sofía Marrero"),
        ("By Sam Roe with Tom Hale", "Sam Roe and Tom Hale"),
        ("By Sam Roe with agencies", "Sam Roe"),
        ("By Priya Ramanathan, a senior reporter covering wearables. She has tested more than 40 rings.", "Priya Ramanathan"),
        ("Reporting by Eilidh Mathers, ABS Scotland Highlands and Islands reporter", "Eilidh Mathers"),
        ("By DANA KOWALCZYK and TOMAS REYES American Wire Press", "DANA KOWALCZYK and TOMAS REYES"),
    ],
)
def test_bylines_with_a_helper_a_description_or_an_outlet_after_capitals(line, names):
    assert read_byline(line) == names


def test_a_byline_label_alone_over_the_name():
    source = f"Home\n›\nNews\nReporter:\nAoife Brennock\n12/06/2025 - 09:47\nBypass route to go on public display this month\n\n{PROSE}\n"
    assert parsed(source).byline == "Aoife Brennock"


@pytest.mark.parametrize(
    ("stamp", "mention", "published"),
    [
        ("12/06/2025 - 09:47", "The display opens on Monday, June 23, and runs until July 18.", "2025-06-12T09:47"),
        ("06/12/2025 - 09:47", "The display opens on Monday, June 23, and runs until July 18.", "2025-06-12T09:47"),
        ("04/11/2025", "Submissions close on 20 November, and the council meets on 2 December.", "2025-11-04"),
    ],
)
def test_a_date_reading_two_ways_is_read_near_the_dates_the_story_names(stamp, mention, published):
    found = parsed(f"Bypass route to go on public display this month\n{stamp}\n\n{PROSE}\n\n{mention}\n")
    assert found.published_iso.startswith(published)
    assert "names" in found.extra["unsure"]["published"]


def test_named_dates_near_both_readings_settle_nothing():
    found = parsed(f"Bypass route to go on display\n03/04/2025\n\n{PROSE_2}\n\nThe display runs from March 20 to April 10.\n")
    assert found.published is None


def test_a_closing_bio_signed_with_a_family_name_written_first():
    source = f"{HEAD}By Lin Qiao\n\n{PROSE}\n\n{PROSE_2}\n\nLin reports on shipping, ports and trade from Port Vellan.\n"
    assert body(source) == [PROSE, PROSE_2]


def test_suggested_topics_end_the_story():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nSuggested Topics:\nShipping\n\nMeridian is the world's largest multimedia news provider.\n"
    assert body(source) == [PROSE, PROSE_2]


def test_a_summary_box_with_a_label_line_under_its_heading():
    points = ["Millbrook City Council voted 6-1 to replace the Ferris Street bridge.",
              "The bridge would close in June 2026 and reopen by early 2027."]
    source = HEAD + "\n".join(["Key Points", "AI-assisted summary", *points, "Show Caption", LONG_FIRST, PROSE]) + "\n"
    assert body(source) == [LONG_FIRST, PROSE]


def test_the_line_over_a_credit_is_the_caption_and_the_sentence_above_it_the_standfirst():
    standfirst = "The district lost five instructional days to storms and must still meet the state's minimum hours."
    source = ("Local News\nCedar Mesa schools add two makeup days after week of snow closures\n"
              f"{standfirst}\nSnowplows clear Route 40 near Cedar Mesa High School on Monday.\n"
              "Credit: Jenna Pruitt, KQTR\nAuthor: Luis Arredondo\nPublished: 4:38 PM MST February 11, 2025\n\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    found = parsed(source)
    assert found.caption == "Snowplows clear Route 40 near Cedar Mesa High School on Monday."
    assert found.extra["standfirst"] == standfirst


def test_a_comment_button_over_the_story_does_not_take_the_caption_with_it():
    source = ("Marrow Bay council freezes transit fares for 2026\n"
              "Riders will keep paying $3.50 per trip, while two busy routes will run until 1 a.m.\n"
              "Published Dec 03, 2025\nJoin the conversation\n"
              "A Marrow Bay Transit bus waits at the downtown terminal. Photo by Kenji Auclair /Marrow Bay Examiner\n"
              f"Article content\n{PROSE}\n\n{PROSE_2}\n")
    found = parsed(source)
    assert found.caption == "A Marrow Bay Transit bus waits at the downtown terminal."
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2]


def test_a_breadcrumb_copied_one_item_a_line_names_the_section_and_an_address_never_does():
    source = ("Home\n›\nNews\n›\nLocal News\nReporter:\nAoife Brennock\n12/06/2025 - 09:47\nEmail:\n"
              f"news@kilbrannanleader.ie\nBallykerrin bypass route to go on public display this month\n\n{PROSE}\n\n{PROSE_2}\n")
    found = parsed(source)
    assert found.section == "Local News"
    assert found.title == "Ballykerrin bypass route to go on public display this month"


@pytest.mark.parametrize(
    "line",
    ["View results", "Check answer", "Question 1 of 8", "Take the full quiz →", "2,418 votes · Poll closes March 28",
     "Watch on YouTube"],
)
def test_a_polls_and_a_quizs_buttons_and_an_embedded_players_frame_are_left_out(line):
    assert is_left_out(line)


def test_a_box_of_quotes_beside_a_markets_story_is_left_out():
    box = "Market data\nSymbol\nLast\nChange\nNRDV\n41.27\n-3.03\nQuotes delayed at least 15 minutes."
    assert body(f"{HEAD}{PROSE}\n{box}\n{PROSE_2}\n{PROSE_3}\n") == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("sentence", ["The poll closes on Friday, and results will be posted at the town hall.",
                                      "Residents cast 2,418 votes in the referendum on the harbour plan last year."])
def test_story_sentences_about_polls_and_votes_stay(sentence):
    assert is_kept(sentence)


def test_headlines_cut_short_in_a_related_box_are_no_resumed_story():
    box = ("RELATED ARTICLES\nPrevious\n1\n2\nNext\nCouncil bosses accused of 'letting seaside towns rot' as...\n"
           "Britain's oldest outdoor swimming pool to reopen after £2m...\nShare this article")
    assert body(f"{HEAD}{PROSE}\n{box}\n{PROSE_2}\n{PROSE_3}\n") == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", [
    "A graphic showing the lido's history, from its opening in 1936 to its closure. Click to enlarge",
    "The restored pool seen from the diving board. Tap to expand image",
])
def test_a_caption_with_its_enlarge_button_is_left_out_of_the_body(line):
    assert is_left_out(line)


@pytest.mark.parametrize("teaser", [
    "Watch: Drone footage shows flooded roads across Kavalpur\n01:42",
    "Breaking: Senate confirms three new commissioners for Border States Authority",
    "Up next: Ridgefork County fair draws record crowd",
    "Wind Advisory in effect until 7 PM Friday",
])
def test_a_video_ticker_or_alert_title_above_the_headline_is_not_the_headline(teaser):
    source = (f"Home\nNews\nSport\n{teaser}\nCities\n"
              "Kavalpur schools shut for two days as overnight rain floods low-lying areas\n"
              f"9 July 2025, 14:05 IST\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).title == "Kavalpur schools shut for two days as overnight rain floods low-lying areas"


def test_a_video_pages_own_title_is_still_its_headline():
    source = f"Watch: Drone footage shows flooded roads across Kavalpur\n9 July 2025, 14:05 IST\n\n{PROSE}\n"
    assert parsed(source).title == "Watch: Drone footage shows flooded roads across Kavalpur"


def test_a_newsletter_carrying_one_story():
    source = ("View in browser | Add briefing@herald.example to your contacts\n\nTHE SALTMARSH HERALD\nMorning Briefing\n"
              "Tuesday, 11 February 2025 · Issue No. 412 · Sent 6:30am GST\n\n"
              "Good morning, and welcome to Tuesday’s briefing. Today we have one story for you. Let’s get into it.\n\n"
              "— Priya Nandakumar, Briefing Editor\n\nTHE LEAD\nTransport\n"
              "Water taxis to link Old Creek and Marina Point from April\n\nBy Tomasz Wrenfield, Transport Correspondent\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\nRead the full story and see the route map on herald.example →\n\n"
              "Enjoying the briefing? Forward it to a friend.\n\nThat’s all for today. Thanks for reading, and see you tomorrow.\n"
              "Got a tip or feedback? Just reply to this email.\n")
    found = parsed(source)
    assert found.title == "Water taxis to link Old Creek and Marina Point from April"
    assert found.byline == "Tomasz Wrenfield"
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("sentence", [
    "Good morning, the mayor said as he opened the meeting, and welcome to the new council chamber.",
    "Hello, said the driver, who had waited since Monday for the bridge to reopen.",
])
def test_greetings_inside_the_story_stay(sentence):
    assert is_kept(sentence)


def test_a_learners_edition_keeps_the_story_and_leaves_its_level_switch_and_word_list():
    source = ("Easy News\nChoose your level: Level 1 Level 2 (B1) Level 3\n"
              "New ferry will connect Harrowbay and Lantern Island\nMarch 4, 2025\n\n"
              f"Words in bold are in the vocabulary list at the end.\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n"
              "Vocabulary\nferry (noun) – a boat that carries people across water\npier (noun) – a platform over the sea\n\n"
              "Questions\n1. When will the first ferry leave Harrowbay?\n")
    found = parsed(source)
    assert found.title == "New ferry will connect Harrowbay and Lantern Island"
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("wall", [
    "Keep Reading This Article\nSubscribe to continue reading\nThis is a premium story, available only to subscribers. "
    "Get unlimited access to all premium articles, the e-Paper and in-depth market analysis.\nSubscribe @ ₹249/month",
    "You have reached your free article limit for this month.\nSubscribers get unlimited access to every story we publish, "
    "our archive and the daily e-paper for one low price.",
])
def test_a_paywall_ends_the_story_with_its_offer(wall):
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{wall}\n") == [PROSE, PROSE_2, PROSE_3]


def test_a_paywall_prompt_above_the_story_drops_alone():
    assert body(f"{HEAD}Subscribe to continue reading\n\n{PROSE}\n\n{PROSE_2}\n") == [PROSE, PROSE_2]


@pytest.mark.parametrize("line", ["Access articles from across Canada with one account.",
                                  "Interested in more newsletters? Browse here."])
def test_a_chains_account_and_newsletter_promotions_are_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize("line", [
    "A weekly roundup of the security news that matters",
    "A free daily digest of the news that matters most.",
    "The day's biggest business stories, explained in under five minutes.",
    "Invalid Email",
    "Loading",
    "(Only the headline and picture of this report may have been reworked by the NewsNest staff; the rest of the "
    "content is auto-generated from a syndicated feed.)",
])
def test_a_newsletter_boxs_description_form_errors_and_feed_notes_are_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize("sentence", [
    "The newsletter was sent to 40,000 readers on Monday, the council said.",
    "The newsletter goes to 40,000 homes each week.",
    "A weekly market will open in the square from May, the mayor said.",
])
def test_sentences_about_newsletters_stay(sentence):
    assert is_kept(sentence)


@pytest.mark.parametrize("line", ["Presented by Harlow Valley Credit Union",
                                  "Switch your checking account and get a $150 bonus. Terms apply."])
def test_a_sponsors_line_and_an_offers_small_print_are_left_out(line):
    assert is_left_out(line)


def test_a_sentence_about_terms_stays():
    assert is_kept("Fishing crews said the same terms apply to every boat, the harbour master told them.")


def test_a_warning_headline_without_a_clock_is_still_the_headline():
    source = (f"Home\nNews\nWeather\nFlood warning issued for the Dunmore River as rain continues\n"
              f"9 July 2025, 14:05 ET\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).title == "Flood warning issued for the Dunmore River as rain continues"


@pytest.mark.parametrize("note", [
    "This report was produced with support from the Harbour Journalism Fund, which has no say over our coverage.",
    "Our journalism is free to read because readers like you chip in. Every contribution counts.",
    "Sign up to get this newsletter in your inbox every Friday morning before the markets open.",
])
def test_the_outlets_notes_on_the_article_or_itself_closing_the_story_are_left_out(note):
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{note}\n") == [PROSE, PROSE_2]


@pytest.mark.parametrize("closing", [
    "The ferry operator did not respond to requests for comment for this story.",
    "The mayor told reporters this story was far from over.",
    "The council declined to say when the report would be published.",
])
def test_a_closing_sentence_of_the_story_that_names_it_stays(closing):
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{closing}\n") == [PROSE, PROSE_2, closing]


@pytest.mark.parametrize("teaser", [
    "ALSO READ | Varunapur metro’s Line 3 extension to open by June 30, says managing director",
    "Read more: Harbour board names new chair after two-year search",
])
def test_a_one_line_teaser_takes_no_following_subheading_with_it(teaser):
    source = f"{HEAD}{PROSE}\n{teaser}\nWhat should commuters do now?\n{PROSE_2}\n{PROSE_3}\n"
    assert body(source) == [PROSE, "What should commuters do now?", PROSE_2, PROSE_3]


@pytest.mark.parametrize("subheading", ["'Worst I've seen in 30 years'", "‘We just want certainty’"])
def test_a_quoted_subheading_right_after_a_related_box_heads_the_resumed_story(subheading):
    source = (f"{HEAD}{PROSE}\nRead more\nFarmers welcome rain but warn it has come too late for canola\n"
              f"{subheading}\n{PROSE_2}\n{PROSE_3}\n")
    assert body(source) == [PROSE, subheading, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["Advertisement · Scroll to continue", "Report This Ad",
                                  "The best new restaurants, bars, and food news, delivered every Thursday.", "1x"])
def test_ad_labels_a_newsletters_delivery_line_and_a_players_speed_are_left_out(line):
    assert is_left_out(line)


def test_a_sentence_about_deliveries_stays():
    assert is_kept("Papers are delivered every morning by volunteers, the council said.")
