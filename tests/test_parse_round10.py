"""Shapes from the twenty-third blind set and the corpus's leftovers: a sign-up form between its
heading and its small print, the publisher's line in the foot, a job title in an author box,
teasers dated under their summaries, captions printed under their credits, a ticker's headline
over a section's path, boxes set tight around a call to subscribe, a broadcaster's bracketed
credits, points printed over a dateline, view counters and comment rules, notes on an old
story's age, update notes with their date, and agencies' closing signatures in brackets.
Each rule is tested in several shapes, with the story sentences it must leave."""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body, is_kept, is_left_out, parsed

from briefs.sources.byline import signature_names
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.corrections import is_correction_note

STORY = "\n\n".join([PROSE, PROSE_2, PROSE_3])


def _caption_and_body(source: str) -> tuple[str | None, list[str]]:
    article = parsed(source)
    return article.caption, [paragraph.text for paragraph in article.paragraphs]


# -- a newsletter's sign-up form ---------------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        "Get the Harbour Newsletter\nBreaking harbour news, the latest sailings and more!\n"
        "Contact me with news and offers from other Harbour brands\n"
        "By submitting your information you agree to the Terms & Conditions and Privacy Policy.",
        "Sign up for our newsletter\nThe week's council decisions, every Friday\nReceive offers from our partners\n"
        "By providing your email you agree to our Privacy Policy.",
    ],
)
def test_the_lines_of_a_sign_up_form_between_its_heading_and_its_small_print_leave(form):
    assert body(f"{HEAD}{STORY}\n\n{form}\n") == [PROSE, PROSE_2, PROSE_3]


def test_a_paragraph_under_a_newsletter_heading_with_no_small_print_stays():
    source = f"{HEAD}{PROSE}\n\nSign up for our newsletter\n{PROSE_2}\n\n{PROSE_3}\n"
    assert PROSE_2 in body(source)


# -- the publisher's line, and the job title in an author box -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "OrbitWire is part of Nebula Media Inc, an international media group and leading digital publisher.",
        "The Pier Gazette is a division of Harbour Holdings, a leading digital publisher of local news.",
    ],
)
def test_the_publishers_line_in_the_foot_is_copyright(line):
    assert clutter_reason(line) == "copyright"


@pytest.mark.parametrize(
    "sentence",
    [
        "Channel 9 is part of Nine Entertainment, an international media group, the regulator said.",
        "The pier is part of a network of harbour works, which the board owns outright.",
    ],
)
def test_a_story_sentence_about_a_media_group_is_no_publishers_line(sentence):
    assert clutter_reason(sentence) is None


@pytest.mark.parametrize("role", ["Contributing Writer", "Senior Political Correspondent"])
def test_a_job_title_between_the_author_box_name_and_bio_leaves_with_the_bio(role):
    source = (f"{HEAD}By Rachel Okonkwo\n\n{STORY}\n\nRachel Okonkwo\n{role}\n"
              "Rachel Okonkwo is a freelance journalist based in Tokyo who covers science.\n")
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


# -- teasers dated under their summaries --------------------------------------------------------


@pytest.mark.parametrize("age", ["5 hrs ago", "02/18/2025", "1 day ago"])
def test_a_summary_under_a_teaser_headline_with_its_date_under_it_is_no_story(age):
    source = (f"{HEAD}{STORY}\n\nMore from the Gazette\n{age}\n"
              "Ferry operator vows to keep night sailings running\n"
              "The operator says the service will run until the end of the season despite losses.\n"
              f"{age}\nLocal\n")
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_the_story_resumes_under_a_related_box_with_a_subheading_after_its_date():
    source = (f"{HEAD}{PROSE}\n\nExplore more\nFerry operator vows to keep night sailings\n"
              "The operator says the service will run until the end of the season.\n02/18/2025\n"
              f"What the board decided\n{PROSE_2}\n\n{PROSE_3}\n")
    assert body(source) == [PROSE, "What the board decided", PROSE_2, PROSE_3]


def test_a_related_box_followed_by_the_story_keeps_the_story():
    source = f"{HEAD}{PROSE}\n\nRelated\nFerry operator vows to keep night sailings\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


# -- captions printed under their credits -------------------------------------------------------


@pytest.mark.parametrize("credit", ["Getty Images", "Reuters"])
def test_a_page_that_prints_credits_over_captions_reads_each_caption_under_its_credit(credit):
    source = (
        "Board votes to rebuild the old pier\n7 February 2025\nShare\nSave\nJane Roe, Tokyo correspondent\n"
        f"{credit}\nThe old pier was closed last winter after a storm\n{PROSE}\n{PROSE_2}\n"
        f"{credit}\nFishing boats moored by the damaged piles\n{PROSE_3}\n"
    )
    assert _caption_and_body(source) == ("The old pier was closed last winter after a storm", [PROSE, PROSE_2, PROSE_3])


def test_a_page_that_prints_credits_under_captions_keeps_them_above():
    source = (
        "Board votes to rebuild the old pier\n7 February 2025\n\n"
        "The old pier was closed last winter after a storm.\nGetty Images\n\n"
        f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    assert _caption_and_body(source) == ("The old pier was closed last winter after a storm.", [PROSE, PROSE_2, PROSE_3])


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("A coastguard vessel fires a water cannon near the shoal on Monday", "[Handout/Philippine Coast Guard via Reuters]"),
        ("Fishing boats moored by the damaged piles", "[Jane Roe/AP]"),
        ("The old pier in 2019", "[File: Reuters]"),
        ("Ministers at the talks in Doha", "[AFP]"),
    ],
)
def test_a_broadcasters_bracketed_credit_closes_a_caption(caption, credit):
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said the report was \"a serious concern [for the region]\".",
        "He said they were [sic] ready to sign.",
    ],
)
def test_brackets_in_a_quotation_are_no_credit(sentence):
    assert not ends_with_credit(sentence)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("The frigate is set to leave in May with a crew of around 200Image: Lena Hartwig/AP Photo/picture alliance",
         "The frigate is set to leave in May with a crew of around 200"),
        ("The minister speaks in Taipei Friday. CNA photo May 23, 2025", "The minister speaks in Taipei Friday."),
        ("Ministers meet in Taipei. CNA photo", "Ministers meet in Taipei."),
    ],
)
def test_credits_glued_to_a_number_or_an_agencys_photo_note_close_a_caption(line, caption):
    assert without_credit(line) == caption


def test_a_portals_provided_by_credit_makes_the_line_above_it_the_caption():
    source = (
        "MSN\nFeedback\nStory by Lena Ocampo • 3h • 4 min read\nBoard votes to rebuild the old pier\n"
        "Fishing boats moored by the damaged piles of the old pier.\n© Provided by Harbour Courier\n"
        f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    article = parsed(source)
    assert article.caption == "Fishing boats moored by the damaged piles of the old pier."
    assert article.byline == "Lena Ocampo"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_the_outlets_name_printed_again_under_a_line_credits_its_own_photo():
    source = (
        "Politics\nBoard votes to rebuild the old pier\nThe Hokuto Shimbun\n18:12 JST, November 14, 2024\n"
        "The old pier on the north shore of the harbour, Okinawa Prefecture\nThe Hokuto Shimbun\nShare\n"
        f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    assert _caption_and_body(source) == ("The old pier on the north shore of the harbour, Okinawa Prefecture", [PROSE, PROSE_2, PROSE_3])


# -- headlines -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["NATIONAL / POLITICS", "World > Asia"])
def test_a_tickers_headline_above_a_sections_path_gives_way_to_the_headline_under_it(path):
    source = (f"Menu\nSearch\nBREAKING NEWS\nNikkei closes higher as chipmakers rebound today\n{path}\n"
              f"Japan to send coastal radars and patrol boats to the Philippines\nby Haruka Nishimoto\nFeb 7, 2025\n\n{STORY}\n")
    assert parsed(source).title == "Japan to send coastal radars and patrol boats to the Philippines"


def test_a_headline_and_its_subtitle_stay_headline_and_subtitle():
    source = ("Japan to send coastal radars and patrol boats to the Philippines\n"
              "Tokyo deepens its security ties with Manila amid friction with Beijing\nFeb 7, 2025\n\n" + STORY + "\n")
    assert parsed(source).title == "Japan to send coastal radars and patrol boats to the Philippines"


@pytest.mark.parametrize("notice", ["This article is more than 3 months old", "This story is more than a year old"])
def test_a_note_on_an_old_storys_age_is_no_headline(notice):
    source = f"Japan\n{notice}\nJapan offers US shipbuilding deal to avert car tariffs\nFri 7 Feb 2025 07.09 GMT\n\n{STORY}\n"
    assert clutter_reason(notice) == "notice"
    assert parsed(source).title == "Japan offers US shipbuilding deal to avert car tariffs"


# -- boxes and prompts inside and under the story ----------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "JT\nIn a time of both misinformation and too much information, quality journalism is more crucial than ever.\n"
        "By subscribing, you can help us get the story right.\nSUBSCRIBE NOW",
        "Support the Gazette\nLocal reporting costs money, and readers pay for most of ours.\nDonate now",
    ],
)
def test_a_box_set_tight_around_a_call_to_subscribe_leaves_in_a_page_of_spaced_paragraphs(box):
    assert body(f"{HEAD}{STORY}\n\n{box}\n") == [PROSE, PROSE_2, PROSE_3]


def test_a_story_paragraph_set_tight_above_a_subscribe_button_stays():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\nSubscribe now\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "line",
    [
        "Get the latest insights on China’s relations with its neighbours with Diplomacy Briefing, our weekly newsletter. Sign up here.",
        "Want more harbour news in your inbox? Get our weekly newsletter. Subscribe now.",
    ],
)
def test_a_newsletter_pitch_closed_by_its_call_is_left_out(line):
    assert is_left_out(line)


def test_a_story_sentence_about_a_newsletter_stays():
    assert is_kept("The council said residents who sign up for its newsletter will hear of closures first, "
                   "and that the pier would reopen in May.")


@pytest.mark.parametrize("line", ["Related video: Philippine supply boat hit by water cannon (Dailymotion)", "Dailymotion"])
def test_a_related_video_and_its_host_are_left_out(line):
    source = f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["This story has been viewed 1234 times.", "12,408 views"])
def test_a_view_counter_is_interface(line):
    assert clutter_reason(line) == "interface"


def test_a_comment_sections_rules_end_the_story():
    rules = ("Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and "
             "obscene language will be removed. Final decision will be at the discretion of the Post.")
    source = f"{HEAD}{STORY}\n\nThis story has been viewed 1234 times.\nTOP\n{rules}\nComment\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "line",
    ["Look back on Monday's announcements in our politics live blog.", "Catch up on the day in our live coverage."],
)
def test_a_pointer_to_the_outlets_live_page_under_the_story_leaves(line):
    assert body(f"{HEAD}{STORY}\n\n{line}\n") == [PROSE, PROSE_2, PROSE_3]


def test_a_live_pages_welcome_entry_stays():
    welcome = "Good morning and welcome to our live coverage of the pier's reopening, which starts at nine."
    assert welcome in body(f"{HEAD}{STORY}\n\n{welcome}\n")


# -- notes by the byline ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Newsbeat is committed to challenging conventional wisdom and finding connections in the search for common ground.",
        "The Gazette is dedicated to independent journalism that holds the powerful to account.",
    ],
)
def test_an_outlets_mission_line_is_a_notice(line):
    assert clutter_reason(line) == "notice"


def test_a_country_committed_to_a_policy_is_news():
    assert is_kept("Japan is committed to the alliance and will raise its defence budget next year, the minister said.")


@pytest.mark.parametrize(
    "note",
    [
        "Update 4/15/25, 8:40 a.m. ET: This article was updated with comment from the embassy.",
        "Updated Feb. 7, 2025: This story was updated with the board's vote.",
        "Update (2/7/25): Adds the ministry's response.",
    ],
)
def test_an_update_note_with_its_date_is_the_outlets_note(note):
    assert is_correction_note(note)


def test_an_update_with_no_date_heads_news():
    assert not is_correction_note("Update: Police say the pier will stay closed overnight.")


# -- points over a dateline ----------------------------------------------------------------------


OPENING = "The harbour board voted on Monday to rebuild the old pier, which was closed last winter."
DATELINED = f"WASHINGTON — {OPENING}"


@pytest.mark.parametrize(
    "points",
    [
        ["The pier has been closed since a storm last winter.", "Work will start in the spring."],
        ["The vote was unanimous.", "Fishing crews welcomed it.", "The pier should reopen before summer."],
    ],
)
def test_sentences_set_tight_over_the_first_dateline_are_the_pages_points(points):
    source = "Board votes to rebuild the old pier\nMarch 4, 2025\n" + "\n".join(points) + f"\n{DATELINED}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parsed(source)
    assert [paragraph.text for paragraph in article.paragraphs] == [OPENING, PROSE_2, PROSE_3]
    assert article.dateline == "WASHINGTON"


def test_paragraphs_apart_over_a_later_dateline_stay():
    source = f"{HEAD}{PROSE}\n\n{PROSE_3}\n\n{DATELINED}\n\n{PROSE_2}\n"
    assert body(source)[:2] == [PROSE, PROSE_3] and len(body(source)) == 4


def test_a_story_without_a_dateline_keeps_its_short_opening_sentences():
    source = "Board votes to rebuild the old pier\nMarch 4, 2025\nThe vote was unanimous.\nFishing crews welcomed it.\n" + PROSE + "\n"
    assert "The vote was unanimous." in " ".join(body(source))


# -- signatures and bylines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [("(By Chen Yu-ting and Kay Liu)", "Chen Yu-ting and Kay Liu"), ("(By Lena Ocampo)", "Lena Ocampo")],
)
def test_an_agencys_closing_signature_in_brackets_names_the_writers(line, names):
    assert signature_names(line) == names


def test_a_bracketed_aside_is_no_signature():
    assert signature_names("(By the end of the year, the board hopes)") is None


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Hamish Toa at the Corrie Dam spillway. Picture by Kirra Sandford", "Hamish Toa at the Corrie Dam spillway."),
        ("The minister greets her counterpart this Friday in Madrid. JAVIER MONTORO (EFE)",
         "The minister greets her counterpart this Friday in Madrid."),
        ("The ministers shake hands before their meeting at Wisma Putra. - Bernama",
         "The ministers shake hands before their meeting at Wisma Putra."),
    ],
)
def test_regional_credit_shapes_close_a_caption(line, caption):
    assert without_credit(line) == caption


def test_an_agency_signing_the_last_paragraph_does_not_make_it_a_caption():
    signed = "The hotline will be running by June, the foreign minister said. - Bernama"
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{signed}\n"
    article = parsed(source)
    assert article.caption is None
    assert article.paragraphs[-1].text.startswith("The hotline will be running by June")


def test_a_present_tense_summary_over_a_lede_that_reports_a_named_day_is_the_standfirst():
    dek = "The union says walkouts will spread to three more states. Operators accuse it of walking away from talks."
    lede = "The drivers' union said on Wednesday it would extend its strike to three more states from Friday."
    source = f"Germany\nRail union widens strike after talks collapse\n{dek}\n{lede}\n{PROSE_2}\n{PROSE_3}\n"
    article = parsed(source)
    assert [paragraph.text for paragraph in article.paragraphs][0] == lede
    assert article.extra.get("standfirst") == dek


@pytest.mark.parametrize(
    "lede",
    [
        "Japan will station missiles on two remote islands next year, the government said on Friday.",
        "The drivers' union said on Wednesday it would extend its strike to three more states.",
    ],
)
def test_a_lede_under_the_headline_stays_the_first_paragraph(lede):
    second = "The defence ministry told reporters on Friday that the units would be in place by March."
    source = f"Rail union widens strike after talks collapse\n{lede}\n{second}\n{PROSE_3}\n"
    assert body(source)[0] == lede


# -- the twenty-fourth set: mottos, share texts, letterheads, portals, channels ------------------


def test_a_sites_motto_over_a_toolbar_gives_way_to_the_headline_under_it():
    source = ("Sections\nThe Capital Dispatch\nSubscribe\nSign in\nTruth Lives in the Open\n\nGift Article\nShare\nComment\nSave\n\n"
              "U.S. weighs sending long-range missiles to Japan’s southern islands\n\n"
              "By Thomas Greer\nFebruary 7, 2025 at 4:09 a.m. EST\n\n" + STORY + "\n")
    assert parsed(source).title == "U.S. weighs sending long-range missiles to Japan’s southern islands"


def test_a_promo_under_the_toolbar_does_not_displace_the_headline_over_it():
    source = ("Politics\nJapan Clears Defense Makers to Ship Radar Parts to Manila\nFirst use of loosened export rules\n"
              "Gift this article\nHave a confidential tip for our reporters? Get in touch\n"
              "Before it’s here, it’s on the Meridian Terminal\nLEARN MORE\nBy Yuki Harada\nFebruary 7, 2025 at 4:09 PM GMT+9\n\n"
              + STORY + "\n")
    assert parsed(source).title == "Japan Clears Defense Makers to Ship Radar Parts to Manila"


@pytest.mark.parametrize(
    "line",
    ["Check out this story from Northlight News:", "Forwarded from Nordwire News", "Printed from harborledger.example",
     "Shared from the Harbour News app"],
)
def test_share_and_print_notes_are_interface(line):
    assert clutter_reason(line) == "interface"


@pytest.mark.parametrize(
    "line",
    ["410 Front Street, Port Alden, ME 04112 | 207-555-0143 | harborledger.example",
     "200 Harbour Terrace, Wellesford WF2 7RL"],
)
def test_a_letterheads_address_is_no_headline(line):
    source = f"{line}\nCouncil sends waterfront rezoning to voters in June\nBy Dana Whitcomb\nApril 15, 2025\n\n{STORY}\n"
    assert parsed(source).title == "Council sends waterfront rezoning to voters in June"


def test_a_headline_naming_a_street_stays_a_headline():
    source = f"10 Downing Street rejects calls for an early election\nApril 15, 2025\n\n{STORY}\n"
    assert parsed(source).title == "10 Downing Street rejects calls for an early election"


def test_a_channels_pictograph_is_no_part_of_the_headline():
    source = f"March 12, 2025\n🛡 VALDORIA AND KESTMARK SIGN PACT ON JOINT COASTAL AIR DEFENCE\n\n{STORY}\n"
    assert parsed(source).title == "VALDORIA AND KESTMARK SIGN PACT ON JOINT COASTAL AIR DEFENCE"


@pytest.mark.parametrize(
    ("line", "year", "expected"),
    [("2/7(Fri) 16:09 Distributed", 2025, "2025-02-07T16:09:00"), ("12/3(水) 9:05", 2025, "2025-12-03T09:05:00"),
     ("2/7(Mon) 16:09", 2025, None)],
)
def test_a_portals_month_day_and_weekday_read_in_the_copyright_year(line, year, expected):
    from briefs.sources.pubtime import day_month_in_year

    found = day_month_in_year(line, year)
    assert (found.value.isoformat() if found else None) == expected


def test_a_portal_page_takes_its_time_from_the_month_day_line_and_the_copyright():
    source = (f"Hikari! News\nDomestic\nHeavy snow strands 1,200 vehicles on expressway\n2/7(Fri) 16:09 Distributed\n"
              f"Provided by: Nichiei Press English\n\n{STORY}\n\n(C) 2025 Nichiei Press\n")
    assert parsed(source).published.isoformat() == "2025-02-07T16:09:00"


def test_an_office_taken_for_the_headline_gives_way_to_the_capitals_headline_under_the_date():
    source = ("NATIONAL TRADE REMEDIES AUTHORITY\nOffice of the Chief Commissioner\n200 Harbour Terrace, Wellesford WF2 7RL\n\n"
              "PRESS RELEASE\nSeptember 23, 2025\nRef: NTRA/PR/2025/041\n\n"
              "NTRA IMPOSES PROVISIONAL DUTIES ON IMPORTED STEEL WIRE ROD\n"
              "Preliminary finding of dumping by producers in three countries\n\n"
              f"{DATELINED}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == "NTRA IMPOSES PROVISIONAL DUTIES ON IMPORTED STEEL WIRE ROD"
    assert [paragraph.text for paragraph in article.paragraphs] == [OPENING, PROSE_2, PROSE_3]
    assert article.extra.get("standfirst") == "Preliminary finding of dumping by producers in three countries"


@pytest.mark.parametrize(
    ("line", "expected"),
    [("By Jake Morrow Frontier News", "Jake Morrow"), ("By KENJI MARSH GARRISON HERALD", "KENJI MARSH"),
     ("By MARCUS TILLMAN SHIELD AND STAR", "MARCUS TILLMAN"), ("By Jane Roe Staff Writer", "Jane Roe"),
     ("By TOMAS REYES American Wire Press", "TOMAS REYES")],
)
def test_an_outlet_printed_after_the_name_is_no_part_of_it(line, expected):
    from briefs.sources.byline import read_byline

    assert read_byline(line) == expected


def test_a_staff_title_in_lower_case_after_an_outlet_names_no_author():
    from briefs.sources.byline import clean_byline

    assert clean_byline("HARUKA MORIYAMA, Keizai Asia staff writer") == "HARUKA MORIYAMA"


def test_a_name_with_its_outlet_in_brackets_under_the_headline_is_the_byline():
    source = (f"Indonesia\n\nGovt weighs coal export levy to help fund free meals program\n\n"
              f"Rizki Anandita (The Archipelago Post)\nJakarta   ●   Wed, January 15, 2025\n\n{STORY}\n")
    article = parsed(source)
    assert article.byline == "Rizki Anandita"
    assert article.published.date().isoformat() == "2025-01-15"
    assert article.section != "Jakarta"


@pytest.mark.parametrize(
    "line",
    ["CHINA'S NAVY NOW OUTNUMBERS AMERICA'S. HERE'S WHAT THAT MEANS FOR A FIGHT OVER TAIWAN",
     "PENTAGON WEIGHS NEW SHIPBUILDING PLAN AS BUDGET TALKS STALL"],
)
def test_another_storys_headline_in_capitals_between_paragraphs_is_left_out(line):
    assert is_left_out(line)


def test_a_story_in_capitals_keeps_its_paragraphs():
    lines = ["THE HARBOUR BOARD VOTED ON MONDAY TO REBUILD THE OLD PIER, WHICH WAS CLOSED LAST WINTER.",
             "WORK WILL START IN THE SPRING, AND THE BOARD SAID THE PIER SHOULD REOPEN BEFORE SUMMER.",
             "FISHING CREWS WHO LAND THEIR CATCH AT THE PIER EVERY MORNING WELCOMED THE DECISION."]
    assert body(HEAD + "\n\n".join(lines) + "\n") == lines


@pytest.mark.parametrize("line", ["02:14 - Source: GNN", "1:05 | Source: Harbour TV"])
def test_a_videos_running_time_with_its_source_is_interface(line):
    assert clutter_reason(line) == "interface"


def test_a_two_sentence_bio_opening_with_the_authors_name_leaves():
    bio = ("Kenji Marsh is a reporter for the Garrison Herald based at Yokosuka Naval Base, Japan, covering the Navy’s "
           "7th Fleet and U.S. forces in the Western Pacific. He previously reported from Camp Humphreys, South Korea.")
    source = f"{HEAD}By Kenji Marsh\n\n{STORY}\n\n{bio}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_a_long_last_paragraph_that_names_another_person_stays():
    last = ("Kenji Marsh, a fisherman who has worked from the pier for thirty years, said the board had waited too long "
            "and that the crews would hold it to its promise of reopening the pier before the summer season begins.")
    assert last in body(f"{HEAD}By Kenji Marsh\n\n{STORY}\n\n{last}\n")


def _timeline(published: str, sentence: str) -> dict[str, str]:
    from briefs.facts.timeline import resolve_dates

    article = parsed(f"Headline for a test story\n{published}\n\n{sentence}\n")
    return {entry.expression: str(entry.date) for entry in resolve_dates(article)}


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("Rail services remain suspended after a landslip near Glenbrae on Wednesday night.", "on Wednesday night", "2025-02-05"),
        ("Flights remain grounded since the storm on Tuesday.", "on Tuesday", "2025-02-04"),
        ("The ferry stays in port after the storm on Monday.", "on Monday", "2025-02-03"),
        ("Services will resume after a safety check on Wednesday.", "on Wednesday", "2025-02-12"),
        ("Talks resume after a break on Wednesday.", "on Wednesday", "2025-02-12"),
    ],
)
def test_a_state_after_an_event_dates_the_event_in_the_past(sentence, expression, expected):
    assert _timeline("7 Feb 2025, 16:09", sentence)[expression] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('The department has issued a "dangerous" rain warning for two states until Thursday.', "2024-12-05"),
        ("The vote has been postponed until Thursday.", "2024-12-05"),
        ("The road was closed until Thursday.", "2024-11-28"),
    ],
)
def test_what_has_been_done_until_a_day_lasts_to_the_coming_day(sentence, expected):
    assert _timeline("2024-12-03T16:09:00", sentence)["Thursday"] == expected


@pytest.mark.parametrize("line", ["Smart Brevity count: 2 mins... 560 words", "Reading time: 4 min · 900 words"])
def test_a_newsletters_reading_count_is_interface(line):
    assert clutter_reason(line) == "interface"


def test_a_newsletters_greeting_gives_way_to_its_first_items_headline_and_its_sponsor_ends_the_item():
    source = (
        "View in browser\n\nCapital Brief AM\nBy Nora Lindqvist · May 8, 2025\n\n"
        "Good Thursday morning. Today's top stories: a quiet diplomatic opening and an early heat wave.\n\n"
        "Envoys quietly set Geneva round on strait dispute\n\n"
        f"{STORY}\n\nA MESSAGE FROM HARBORLINE LOGISTICS\nMoving 40% more cargo with the same fleet\n\n"
        "Heat wave arrives early in the south\n\nForecasters expect temperatures to top 35°C through Sunday.\n"
    )
    article = parsed(source)
    assert article.title == "Envoys quietly set Geneva round on strait dispute"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_greeting_quoted_in_a_story_stays():
    line = "Good morning, the mayor told the crowd at the pier, before the vote on Monday."
    assert is_kept(line)


@pytest.mark.parametrize(
    "line",
    ["Reuters contributed.", "The Associated Press contributed to this report.", "Jane Roe and Sam Poe contributed reporting."],
)
def test_a_contribution_credit_under_the_story_is_credits(line):
    assert clutter_reason(line) == "credits"


def test_a_sentence_about_contributions_is_news():
    assert clutter_reason("Several countries contributed troops to the mission, the ministry said.") is None


def test_bios_of_two_authors_under_a_contribution_credit_leave():
    source = (f"{HEAD}By Dana Whitcomb and Yusuf Karaman\n\n{STORY}\n\nDana Whitcomb is a reporter for KBN News, based in London.\n\n"
              "Yusuf Karaman is a producer for KBN News, based in Istanbul.\n\nReuters contributed.\n")
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_an_ai_summary_box_and_a_keyword_caption_with_its_credit_leave_the_body():
    source = (
        "Philippines\nDMW readies evacuation plan for Filipinos in Taiwan\nMIGUEL SANTOS\nPublished 4:09 PM, February 07, 2025\n\n"
        "Summarize this article with AI\n"
        "This is AI generated summarization, which may have errors. For context, always refer to the full article.\n"
        "The department says it has mapped assembly points and shelters for workers.\n"
        "Senators question whether the government has enough ships.\n"
        "The plan will be tested in an exercise next month.\n\n"
        "CONTINGENCY. The migrant workers secretary faces senators at a hearing on Friday, February 7, 2025.\n"
        f"Senate PRIB\n\n{DATELINED}\n\n{PROSE_2}\n\nMust Read\nWhat workers in Taiwan need to know about hotlines\n\n{PROSE_3}\n"
    )
    article = parsed(source)
    assert [paragraph.text for paragraph in article.paragraphs] == [OPENING, PROSE_2, PROSE_3]
    assert article.caption.startswith("CONTINGENCY. The migrant workers secretary")


def test_a_paragraph_opening_with_a_word_in_capitals_and_reporting_stays():
    line = "NOTICE. The council said on Monday that the pier would close for repairs until the summer season begins."
    assert is_kept(line)


# -- the twenty-fifth set: credits, appeals, consent dialogs, toggles -------------------------


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Ministers after signing the agreement in Brussels (AFP via Getty Images)", "Ministers after signing the agreement in Brussels"),
        ("A vessel uses water cannon near the reef on Wednesday. Pic: Philippine Coast Guard/Reuters",
         "A vessel uses water cannon near the reef on Wednesday."),
        ("A radar unit during a drill. Courtesy of the Air Self-Defense Force", "A radar unit during a drill."),
    ],
)
def test_more_credit_shapes_close_a_caption(line, caption):
    assert without_credit(line) == caption


def test_a_rule_between_a_caption_and_its_credit_keeps_them_together():
    source = (f"Europe\nEU agrees sanctions on six Chinese firms\nPublished on 27/01/2025 - 8:09 GMT+1\n\n"
              "EU foreign ministers arrive for a meeting in Brussels, Monday, Jan. 27, 2025.\n-\n"
              f"Copyright AP Photo/Geert Vanlaere\n\n{STORY}\n")
    assert _caption_and_body(source) == ("EU foreign ministers arrive for a meeting in Brussels, Monday, Jan. 27, 2025.", [PROSE, PROSE_2, PROSE_3])


def test_the_line_under_a_caption_toggle_is_the_caption_and_its_credit_follows():
    source = (f"{HEAD}Show Caption\nHide Caption\n"
              "Rep. Glenn Hartwell speaks to reporters outside the Capitol in Washington.\nJack Marlowe, NATIONWIDE TODAY\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert _caption_and_body(source) == ("Rep. Glenn Hartwell speaks to reporters outside the Capitol in Washington.", [PROSE, PROSE_2, PROSE_3])


def test_an_appeals_pitch_between_its_heading_and_its_button_leaves():
    pitch = ("From trade wars to climate talks, our reporters are on the ground when the story is developing, "
             "and we believe in telling it without a paywall.")
    source = f"{HEAD}Your support helps us to tell the story\n{pitch}\nSupport free-thinking journalism\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "box",
    ["Follow Beacon News on WhatsApp\nKeep up with all the latest news from the UK and around the world by following Beacon News\nTap here"],
)
def test_a_channel_box_between_paragraphs_leaves(box):
    assert is_left_out(box)


def test_a_consent_dialog_copied_above_the_page_leaves_and_the_headline_is_found():
    consent = (
        "We value your privacy\n"
        "We and our 214 partners store and/or access information on a device, such as cookies, and process personal data.\n"
        "With your permission we and our partners may use precise geolocation data.\n"
        "Please note that some processing of your personal data may not require your consent.\n"
        "Manage preferences\nReject all\nAccept all\n"
    )
    source = consent + f"Economy\nVellmar Stahl to cut 2,400 jobs as energy costs bite\nBy Jana Hollweg\n4 March 2025, 06:45 CET\n\n{STORY}\n"
    article = parsed(source)
    assert article.title == "Vellmar Stahl to cut 2,400 jobs as energy costs bite"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_commentarys_disclaimer_is_a_notice():
    assert clutter_reason("The views expressed in this commentary are the author's own.") == "notice"


def test_a_time_line_closed_by_the_outlets_name_is_read():
    from briefs.sources.time_line import find_time

    stamp, others = find_time("Wednesday April 16 2025, 12.01am BST, The Dispatch")
    assert stamp.value.isoformat() == "2025-04-16T00:01:00+01:00" and others == ["The Dispatch"]


def test_authors_between_bars_with_their_places_and_roles_are_the_byline():
    source = ("World\nJapanese troops to train on Salisbury Plain under new defence pact\n"
              "Oliver Pennington, Tokyo | Fiona Garside, Defence Editor\nWednesday April 16 2025, 12.01am BST, The Dispatch\n\n"
              + STORY + "\n")
    assert parsed(source).byline == "Oliver Pennington and Fiona Garside"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Politics Updated on Mar 18, 2025 6:17 PM EDT — Published on Mar 18, 2025 1:42 PM EDT", "2025-03-18T13:42:00-04:00"),
        ("Published on 20/02/2025 - 14:05 CET•Updated 20/02/2025 - 17:31", "2025-02-20T14:05:00+01:00"),
        ("Published 4:09 a.m. ET Feb. 7, 2025 | Updated 6:30 a.m. ET Feb. 7, 2025", "2025-02-07T04:09:00-05:00"),
    ],
)
def test_the_publication_time_wins_over_an_update_printed_before_it(line, published):
    from briefs.sources.time_line import find_time

    assert find_time(line)[0].value.isoformat() == published


def test_a_byline_with_a_dash_after_by_is_read():
    from briefs.sources.byline import read_byline

    assert read_byline("By — Tamsin Oduya, Associated Press") == "Tamsin Oduya"


def test_where_a_person_stands_in_the_picture_is_no_part_of_the_caption():
    source = (f"{HEAD}Left: Army Secretary Paul Kessler testifies before the committee in Washington, March 18, 2025. "
              f"Photo by Nathan Howard/Reuters\n\n{STORY}\n")
    assert parsed(source).caption == "Army Secretary Paul Kessler testifies before the committee in Washington, March 18, 2025."


@pytest.mark.parametrize("line", ["Support Provided By: Learn more", "Support made possible by the Harbour Foundation"])
def test_a_sponsors_slot_between_paragraphs_is_left_out(line):
    assert is_left_out(line)


# -- the twenty-sixth set: republished wires, foreign chrome, science notes ---------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("입력 2025.02.07. 오후 4:09", "2025-02-07T16:09:00"),
        ("2025年2月7日 午後4:09", "2025-02-07T16:09:00"),
        ("2025年02月07日 11:26　来源：Jinghua English Daily", "2025-02-07T11:26:00"),
        ("Feb 7, 2025 16:09 Source: Xinhua", "2025-02-07T16:09:00"),
    ],
)
def test_east_asian_time_lines_with_the_half_of_the_day_or_a_source_after_them(line, expected):
    from briefs.sources.time_line import find_time

    assert find_time(line)[0].value.isoformat() == expected


@pytest.mark.parametrize("line", ["广告", "광고", "广告 "])
def test_advertising_labels_in_chinese_and_korean(line):
    assert clutter_reason(line.strip()) == "advertising"


@pytest.mark.parametrize(
    "line",
    [
        "More information: Rebecca Tran et al, Four millennia of hydroclimate variability, Journal of Paleoclimate Research (2025). DOI: 10.5521/jpr.2025.0117",
        "Journal reference: A. Roe et al., Harbour sediments, Marine Letters (2025)",
    ],
)
def test_a_studys_reference_under_the_story_ends_it(line):
    tail = "Journal information: Journal of Paleoclimate Research\nProvided by Halvorsen University\nCitation: Lake sediments (2025, February 7)"
    assert body(f"{HEAD}{STORY}\n\n{line}\n{tail}\n") == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "line",
    [
        "Audio is generated by AI and may contain mispronunciations.",
        "This article has been reviewed according to SciNewsNet's editorial process and policies.",
        "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
        "Something went wrong, please try again later.",
    ],
)
def test_more_notices(line):
    assert clutter_reason(line) == "notice"


@pytest.mark.parametrize(
    "line",
    [
        "Get breaking news alerts and the day's top stories on the News365 app.",
        "Kindly share this story:",
        "Follow Sinoscope.org.cn on Twitter and Facebook to join the conversation.",
        "Stay informed and ahead of the curve! Follow The Beacon on WhatsApp for real-time updates.",
    ],
)
def test_more_reader_prompts(line):
    assert clutter_reason(line) in ("reader-prompt", "newsletter")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("FILE PHOTO: A navy frigate sails off Kaohsiung, Taiwan, July 24, 2024. REUTERS/Ann Liang/File Photo",
         "FILE PHOTO: A navy frigate sails off Kaohsiung, Taiwan, July 24, 2024."),
        ("Ministers shake hands in Madrid, Spain, on Feb 7, 2025. ÍBERA/Lucía Romero", "Ministers shake hands in Madrid, Spain, on Feb 7, 2025."),
        ("Ministers pose in Seoul on Friday. [MINISTRY OF NATIONAL DEFENSE]", "Ministers pose in Seoul on Friday."),
    ],
)
def test_wire_and_ministry_credits_close_a_caption(line, caption):
    assert without_credit(line) == caption


def test_a_file_photo_caption_under_the_headline_is_the_caption():
    source = (f"Reuters\n2h\nTaiwan says Chinese warships massed off its southern coast\n"
              "FILE PHOTO: A navy frigate sails off Kaohsiung, Taiwan, July 24, 2024. REUTERS/Ann Liang/File Photo\n"
              f"{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption.startswith("FILE PHOTO: A navy frigate")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_japanese_papers_bracketed_credit_under_a_caption_is_a_credit():
    assert clutter_reason("（東邦新聞撮影）") == "photo-credit"


def test_a_breadcrumb_glued_before_the_headline_is_split_off():
    source = ("Business News›Markets›Stocks›News›Vindhya Cables shares jump 14% after Q3 profit nearly doubles\n"
              f"Last Updated: Feb 07, 2025, 04:09:00 PM IST\n\n{STORY}\n")
    article = parsed(source)
    assert article.title == "Vindhya Cables shares jump 14% after Q3 profit nearly doubles"


def test_an_author_with_a_title_is_no_headline_and_a_headline_in_two_sentences_is_one():
    source = ("Research & Commentary\n\nCommentary\n\n"
              "Seoul and Tokyo have quietly built a minerals pact. Washington should get behind it.\n\n"
              "Daniel K. Morrow, Senior Fellow - Foreign Policy, Center for East Asia Policy Studies\n\nFebruary 7, 2025\n\n"
              + STORY + "\n")
    assert parsed(source).title == "Seoul and Tokyo have quietly built a minerals pact. Washington should get behind it."


@pytest.mark.parametrize(
    "first_line",
    ["Officials confirmed the closure on Friday.", "Pupils leave Varnava Secondary School No. 3 at the end of the school day."],
)
def test_one_short_sentence_atop_an_excerpt_is_no_headline(first_line):
    assert parsed(f"{first_line}\n{PROSE}\n\n{PROSE_2}\n").title is None


def test_tickers_under_in_this_article_leave_and_the_first_paragraph_stays():
    source = f"{HEAD}Share\nIn this article\nSGNDF\nVNSHY\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_a_long_last_paragraph_over_the_agencys_name_is_the_storys():
    last = ("Separately, the two governments are negotiating a new cost-sharing agreement for the troops stationed in "
            "the country, as the current five-year deal expires in March 2027 and talks have stalled over the bill.")
    source = f"{HEAD}{PROSE}\n{PROSE_2}\n{last}\nKYODO\nSHARE\n"
    article = parsed(source)
    assert article.paragraphs[-1].text == last and article.caption is None


@pytest.mark.parametrize(("line", "expected"), [("by Laura Kessler, Halvorsen University", "Laura Kessler")])
def test_a_press_offices_institution_is_no_author(line, expected):
    from briefs.sources.byline import read_byline

    assert read_byline(line) == expected


def test_an_enlarge_button_heads_a_caption_its_toggle_closes():
    source = (f"{HEAD}Enlarge this image\nFishing boats moored in the harbor below the site of a new missile base, on Jan. 28.\n"
              f"Haruka Sato for PRN\nhide caption\ntoggle caption\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert _caption_and_body(source) == ("Fishing boats moored in the harbor below the site of a new missile base, on Jan. 28.", [PROSE, PROSE_2, PROSE_3])


def test_two_short_sentences_atop_an_excerpt_with_no_time_line_are_no_headline():
    first = "The pier is old. Everyone in town knows it."
    assert parsed(f"{first}\n{PROSE}\n\n{PROSE_2}\n").title is None


def test_teasers_with_their_source_and_reading_time_under_a_recommended_box_are_no_story():
    source = (f"{HEAD}{STORY}\n\nView comments\n\nRecommended Stories\n\nOil prices edge higher as traders weigh sanctions\n"
              "Oil prices rose slightly in Asian trade on Friday as investors weighed the impact of new sanctions.\n"
              "Reuters · 2 min read\nShipbuilder raises its profit forecast\n"
              "The company raised its full-year forecast, citing a surge in orders for patrol vessels this year.\n"
              "Bloomberg · 3 min read\n")
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_a_list_of_tags_under_the_story_is_no_signature():
    source = f"{HEAD}{STORY}\n\nWest Philippine Sea\nChina Coast Guard\nPhilippine Coast Guard\nBajo Lirio Shoal\n"
    assert parsed(source).byline is None


def test_a_signature_over_the_wires_end_mark_still_signs():
    source = f"{HEAD}{STORY}\n\n(By Chen Yu-ting and Kay Liu)\nEnditem/ASG\n"
    assert parsed(source).byline == "Chen Yu-ting and Kay Liu"


def test_a_list_heading_is_no_author():
    from briefs.sources.byline import clean_byline

    assert clean_byline("Related Topics") is None


# -- the twenty-seventh set: local sites, summaries, galleries, decisions ----------------------


@pytest.mark.parametrize(
    "box",
    ["Find out what's happening in Cedar Hollowwith free, real-time updates from Townline.\nLet's go!",
     "We want to hear from you\nWant to submit a guest commentary or reaction to an article we wrote? You can find our guidelines here.",
     "Support my work with a digital subscription\nTake Us With You",
     "Stay ahead with our exclusives on Asia",
     "Was the information on this page helpful?"],
)
def test_local_sites_prompts_are_left_out(box):
    assert is_left_out(box)


def test_a_reply_count_and_the_rules_of_replying_end_the_story():
    source = f"{HEAD}{STORY}\n\nSubscribe\n3 replies\nThe rules of replying:\nBe respectful. This is a space for friendly local discussions.\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_a_photographers_name_and_address_close_a_caption():
    line = "Parents fill the auditorium before Wednesday night's vote. Carlos Benítez cbenitez@coralcoastherald.com"
    assert without_credit(line) == "Parents fill the auditorium before Wednesday night's vote."


def test_an_in_summary_box_of_one_long_summary_over_the_story():
    summary = ("A bill introduced this week would let school districts build employee housing on land they own without "
               "local zoning approval. Cities say it takes away their say over what gets built in their neighborhoods.")
    long_first = ("A bill introduced Tuesday in the state Assembly would let school districts build apartments for teachers "
                  "and other staff on land they already own, without asking city or county planners for approval, in a bid "
                  "to keep teachers who can no longer afford to live where they work.")
    source = f"{HEAD}In summary\n{summary}\n{long_first}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert [paragraph.text for paragraph in article.paragraphs] == [long_first, PROSE_2]
    assert article.extra.get("standfirst") == summary


def test_photo_essay_captions_under_their_counters_with_credits_leave_the_body():
    photos = "\n".join(
        f"Photo {number} of 3\nA farmer stands among the replanted seedlings on plot number {number} above the harbour.\n(SCB News: Sam Ketley)"
        for number in (1, 2, 3)
    )
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{photos}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]
    assert article.caption.startswith("A farmer stands among the replanted seedlings on plot number 1")


def test_a_counter_under_a_photos_credit_heads_the_story_not_a_caption():
    source = (f"{HEAD}Volunteers drag a rusted cart up the river bank on Saturday morning.\nDana Whitcomb/The Ledger\n1 of 6\n"
              f"{PROSE}\n{PROSE_2}\n")
    assert body(source)[0] == PROSE


def test_a_japanese_dailys_photo_label_is_no_part_of_the_caption():
    source = (f"{HEAD}Photo/Illutration Defense ministers shake hands before their talks at the ministry in Tokyo on Nov. 12. "
              f"(Asahi Shimbun)\n\n{STORY}\n")
    assert parsed(source).caption.startswith("Defense ministers shake hands")


def test_a_possessive_outlet_self_description_under_the_story_is_a_notice():
    source = f"{HEAD}{STORY}\n\nKhmer Chronicle is Cambodia’s leading English-language news site.\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The board voted 6-3 to shut Mangrove Point, Tarpon Creek and Harbor View schools in June and merge them.", "in June", "2025-06"),
        ("The board voted in June to shut the school.", "in June", "2024-06"),
        ("The minister agreed to meet the unions on Monday.", "on Monday", "2025-02-03"),
        ("The weather service has issued an ice storm warning for 14 counties until 6 a.m. Saturday.", "Saturday", "2025-02-08"),
    ],
)
def test_what_was_decided_and_what_was_issued_until_a_time_look_forward(sentence, expression, expected):
    assert _timeline("2025-02-07T16:09:00-06:00", sentence)[expression] == expected


# -- the twenty-eighth set ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "expression", "expected"),
    [
        ("The two leaders will meet in the campaign's only televised debate on Thursday in Regina.",
         "2025-02-10T05:30:00-05:00", "on Thursday", "2025-02-13"),
        ("Investors await the bank, whose monetary policy committee announces its decision on Thursday.",
         "2025-05-28", "on Thursday", "2025-05-29"),
        ("The newly elected mayor said on Thursday she would resign.", "2025-02-10T05:30:00-05:00", "on Thursday", "2025-02-06"),
    ],
)
def test_a_participle_before_its_noun_and_a_bodys_scheduled_act(sentence, published, expression, expected):
    assert _timeline(published, sentence)[expression] == expected


def test_the_votes_as_a_noun_schedule_nothing():
    assert _timeline("2025-02-10", "The challenger lost the race by 2,024 votes on Thursday.")["on Thursday"] == "2025-02-06"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Ministers speak after the meeting in Jakarta on Tuesday (June 3, 2025). (NUSANTARA/Fikri Ramadhan/nym)",
         "Ministers speak after the meeting in Jakarta on Tuesday (June 3, 2025)."),
        ("Ministers shake hands before their meeting in Tokyo on Wednesday. | THE MERIDIAN SHIMBUN",
         "Ministers shake hands before their meeting in Tokyo on Wednesday."),
    ],
)
def test_an_agencys_credit_with_initials_and_an_outlet_in_capitals_after_a_bar(line, caption):
    assert without_credit(line) == caption


@pytest.mark.parametrize(
    ("line", "reason"),
    [("Foto: Jens Thormählen / picture archive", "photo-credit"), ("Related news: Indonesia urges ASEAN to finish the code", "related-list"),
     ("Advertise with Post Media", "advertising"), ("Translation of an original article published in French", "reader-prompt")],
)
def test_more_chrome_lines(line, reason):
    assert clutter_reason(line) == reason


def test_a_title_case_place_and_a_national_agency_in_capitals_open_the_story():
    from briefs.sources.dateline import split_dateline

    assert split_dateline("Jakarta (ANTARA) - Indonesia has agreed to resume patrols.") == (
        "Jakarta (ANTARA)", "Indonesia has agreed to resume patrols.")


def test_font_size_buttons_are_no_label_box():
    source = f"{HEAD}Font size:\nA\nA\nA\n{PROSE}\n{PROSE_2}\n"
    assert body(source)[0] == PROSE


def test_an_outlet_name_under_the_authors_name_is_no_author():
    source = f"Court news\nJudge orders new trial in harbour fraud case\nMarisol Quintero\nLakeshore Ledger\nFeb. 7, 2025\n\n{STORY}\n"
    assert parsed(source).byline == "Marisol Quintero"


# -- the twenty-ninth set ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Input 2025.03.11 14:20 | Modified 2025.03.11 15:02", "2025-03-11T14:20:00"),
        ("Posted : 2024-11-21 16:05 KST", "2024-11-21T16:05:00+09:00"),
        ("Published: 4 March 2025, 06:45 CET | Updated: 4 March 2025, 10:12 CET", "2025-03-04T06:45:00+01:00"),
    ],
)
def test_the_published_part_beside_an_update_and_a_zone_after_an_iso_time(line, expected):
    from briefs.sources.time_line import find_time

    assert find_time(line)[0].value.isoformat() == expected


def test_names_before_the_published_label_stay_apart_from_the_update():
    from briefs.sources.time_line import find_time

    stamp, others = find_time("Mia Rennick · The Maple Press · Posted: Feb 07, 2025 4:09 PM EST | Last Updated: February 7")
    assert stamp.value.isoformat() == "2025-02-07T16:09:00-05:00"
    assert others == ["Mia Rennick", "The Maple Press", "Last Updated: February 7"]


@pytest.mark.parametrize(
    "line",
    ["This was published 3 months ago", "You have 2 free articles left this month. Register for unlimited access",
     "* Unofficial translation", "We care about the protection of your data. Read our Privacy Policy.",
     "This information is information that Torvane Minerals AB is obliged to make public pursuant to the EU Market Abuse Regulation."],
)
def test_more_notices_of_the_twenty_ninth_set(line):
    assert clutter_reason(line) == "notice"


def test_a_notice_of_the_pages_age_over_the_headline_is_no_headline():
    source = f"This was published 3 months ago\nJapan and China revive military hotline talks\nBy Jane Roe\nMarch 3, 2025 — 5.00am\n\n{STORY}\n"
    assert parsed(source).title == "Japan and China revive military hotline talks"


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("The Israeli foreign ministry said the envoy would return to Jerusalem, and the Knesset will debate it.", "+02:00"),
        ("The Indian foreign ministry said the envoy would return to New Delhi on Friday.", "+05:30"),
        ("The Taoiseach said in Dublin that the Irish government would back the plan.", "+00:00"),
    ],
)
def test_ist_is_the_zone_of_the_country_the_page_writes_from(story, expected):
    source = f"Envoy to return after talks\n28/01/2025 23:02 IST\n\n{story}\n\n{PROSE_2}\n"
    assert parsed(source).published.isoformat().endswith(expected)
