"""Shapes from the fifteenth blind set and the corpus cases still failing before it: closing bios
with no byline above them, time lines glued to bars or split by slashes, dates reading two ways
settled by the page's other dates, quoted subheadings, credited captions under a standfirst,
the page's foot after boxes in a row, breadcrumbs ending in the headline, what something was
done ahead of. Each rule is tested in several shapes, with the story sentences it must leave."""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body, is_kept, is_left_out, parsed
from test_timeline import dates_of
from test_timeline_prospective import WEDNESDAY, resolved

from briefs.facts.timeline import resolve_dates
from briefs.sources.byline import clean_byline, is_person_name, read_byline
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.headline import looks_like_headline
from briefs.sources.pasted_text import parse_article
from briefs.sources.tail import list_heading_reason


@pytest.mark.parametrize(
    ("bio", "author"),
    [
        ("Kayla Brennan covers public safety for the Ridgefork Gazette. Reach her at kb@example.org.", "Kayla Brennan"),
        ("Tomas Velde joined the Courier in 2021 and covers transport and housing.", "Tomas Velde"),
        ("Ines Harrow has written for the Weekly Ledger since 2019.", "Ines Harrow"),
    ],
)
def test_a_closing_bio_in_any_of_its_usual_wordings_names_an_unsigned_storys_author(bio, author):
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{bio}\n")
    assert article.byline == author
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_every_authors_bio_goes_and_the_related_headline_under_them_too():
    bios = ("Corinne Haldane is an investigative reporter at The Tallgrass Record covering water.\n\n"
            "Mateo Ruelas is a data reporter at The Tallgrass Record.\n\n"
            "Rural Water Systems Were Promised Federal Help. Most Are Still Waiting.\n")
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{bios}") == [PROSE, PROSE_2, PROSE_3]


def test_the_name_over_an_unsigned_bio_goes_with_it():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nKelvin Cheuk\n\nKelvin Cheuk joined the Post in 2021 and covers transport.\n"
    assert body(source) == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "closing",
    [
        "Lena Okafor covers the cost of repairs herself, she said, and has done so since 2019.",  # no: she said
        "Marta Lindqvist was a teacher at the village school for forty years.",
        "Ferry captain Jonas Ekdahl covers the route twice a day.",
    ],
)
def test_closing_sentences_about_people_in_the_story_stay(closing):
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{closing}\n")[-1] == closing


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Source: ZNA| 2025-11-04 21:37:10|Editor: Wang Hui", "2025-11-04T21:37:10"),
        ("Source: ZNA |2025-11-04 21:37|Editor: Wang Hui", "2025-11-04T21:37"),
        ("Harbour Desk |Updated 14:05 |March 4, 2025", "2025-03-04"),
    ],
)
def test_a_time_glued_to_a_bar_on_one_side_is_read(line, published):
    found = parsed(f"Grain corridor deals signed in the capital\n{line}\n\n{PROSE}\n\n{PROSE_2}\n")
    assert found.published_iso.startswith(published)


@pytest.mark.parametrize(
    "notice",
    ["This video can be viewed only in Japan.", "This clip can only be played in the UK",
     "This video is not available in your country.", "Ad Feedback"],
)
def test_a_players_region_notice_and_an_ad_feedback_label_are_left_out(notice):
    assert body(f"{HEAD}{notice}\n\n{PROSE}\n\n{PROSE_2}\n\n{notice}\n\n{PROSE_3}\n") == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "sentence",
    ["The video can be viewed by anyone in Japan until Friday.",
     "The broadcaster said the final could only be watched in the UK on its own service."],
)
def test_sentences_about_where_a_video_can_be_seen_stay(sentence):
    assert sentence in body(f"{HEAD}{PROSE}\n\n{sentence}\n\n{PROSE_2}\n")


@pytest.mark.parametrize(
    ("stamp", "other_date", "published"),
    [
        ("12/03/2025", "21/11/2024", "2025-03-12"),  # day first elsewhere on the page
        ("12/03/2025", "11/21/2024", "2025-12-03"),  # month first elsewhere
        ("04-06-2025", "19-05-2025", "2025-06-04"),
    ],
)
def test_a_date_reading_two_ways_is_read_as_the_page_prints_its_other_dates(stamp, other_date, published):
    source = (f"Top court limits police facial recognition\n{stamp}\n\n{PROSE}\n\n{PROSE_2}\n\n"
              f"Explore more\nData protection: residents wary of cameras\n{other_date}\n")
    found = parsed(source)
    assert found.published_iso == published
    assert "other dates" in found.extra["unsure"]["published"]


def test_page_dates_in_both_orders_or_another_format_settle_nothing():
    story = f"Court limits police cameras\n05/03/2025\n\n{PROSE}\n\n{PROSE_2}\n\nExplore more\n"
    both = parsed(f"{story}Residents wary of cameras\n21/11/2024\nState to hire more officers\n11/21/2024\n")
    assert both.published is None and both.extra["published_ambiguous"] == "05/03/2025"
    other_separator = parsed(f"{story}Residents wary of cameras\n21.11.2024\n")
    assert other_separator.published is None


def test_a_quoted_subheading_whose_words_come_a_paragraph_or_two_later_is_a_heading():
    quote = '"The police cannot be given a blank check for surveillance," she told reporters.'
    source = f"{HEAD}{PROSE}\n\n'A blank check for surveillance'\n\n{PROSE_2}\n\n{quote}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, "'A blank check for surveillance'", PROSE_2, quote, PROSE_3]
    assert parsed(source).blocks[1].kind == "heading"


def test_a_quoted_phrase_repeating_words_given_above_is_a_pull_quote():
    quote = '"The police cannot be given a blank check for surveillance," she told reporters.'
    source = f"{HEAD}{PROSE}\n\n{quote}\n\n'A blank check for surveillance'\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, quote, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    ("update", "published", "expected"),
    [
        ("Updated 22 September 2025", "September 21, 2025 22:40", "2025-09-21T22:40"),
        ("Last updated: March 5, 2025 9:10 AM", "March 4, 2025 6:00 PM", "2025-03-04T18:00"),
    ],
)
def test_the_unlabelled_time_under_an_update_time_is_the_publication_time(update, published, expected):
    source = f"Fund to shield food importers from freight costs\n{update}\nNadia Al-Mansoori\n{published}\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).published_iso.startswith(expected)


def test_a_later_unlabelled_time_under_an_update_time_does_not_replace_it():
    source = f"Fund to shield food importers\nUpdated 22 September 2025\nNadia Al-Mansoori\nSeptember 23, 2025 10:00\n\n{PROSE}\n"
    assert parsed(source).published_iso.startswith("2025-09-22")


@pytest.mark.parametrize(
    "trail",
    ["Home/ India/ Delhi Fog: 180 Flights Delayed As Dense Fog Grips North India",
     "Home > World > Asia > Typhoon forces 40,000 from homes in the south",
     "Startseite / Politik / Bundestag: Debatte über das neue Gesetz"],
)
def test_a_breadcrumb_from_the_home_page_that_ends_in_the_headline_is_never_the_title(trail):
    title = trail.rsplit("/", 1)[-1].rsplit(">", 1)[-1].strip()
    found = parsed(f"{trail}\nIndia\n{title}\nJan 9, 2026, 14:12 IST\n\n{PROSE}\n\n{PROSE_2}\n")
    assert found.title == title


def test_a_home_line_without_a_trail_can_still_be_a_headline():
    found = parsed(f"Home care workers win pay rise after strike\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n")
    assert found.title == "Home care workers win pay rise after strike"


@pytest.mark.parametrize(
    "credited",
    ["Senator Harriet Vance wrote the bill after a derailment in her state.Credit...Owen Castillo for The Harbor Times",
     "Senator Harriet Vance wrote the bill after a derailment in her state. | Jordan Pike/AP"],
)
def test_a_credited_caption_under_the_standfirst_is_the_caption_and_the_sentence_above_the_standfirst(credited):
    standfirst = "The vote sends the measure to the full Senate, where its backers remain short of 60 votes."
    found = parsed(f"Senate panel advances rail safety bill\n{standfirst}\n\n{credited}\n\nBy Daniel Okafor\n"
                   f"Published Feb. 7, 2025, 9:30 a.m. ET\n\n{PROSE}\n\n{PROSE_2}\n")
    assert found.caption == "Senator Harriet Vance wrote the bill after a derailment in her state."
    assert found.extra["standfirst"] == standfirst
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2]


def test_prose_after_related_boxes_that_run_into_the_tags_is_the_footers():
    footer = "This service may include material from agencies, which is copyright and cannot be reproduced."
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nRelated stories\nResidents count the cost as floodwaters recede\n"
              f"Farmers fear for winter crops\n\nTopics\nFloods\nWeather\n\nTop Stories\nReserve Bank holds rates\n\n{footer}\n")
    assert body(source) == [PROSE, PROSE_2]


def test_the_story_resumes_after_a_related_box_with_no_tags_in_it():
    source = (f"{HEAD}{PROSE}\n\nRelated stories\nResidents count the cost as floodwaters recede\n"
              f"Farmers fear for winter crops\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("The adviser reaffirmed ties ahead of the 75th anniversary of relations on June 12.", "June 12", "2027-06-12"),
        ("Officials met in the run-up to the vote on Friday.", "Friday", "2026-10-23"),
        ("Crews cleared the beach in advance of the festival on Nov. 6.", "Nov. 6", "2026-11-06"),
    ],
)
def test_what_something_was_done_ahead_of_lies_ahead(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("Ahead of the vote, which took place on Friday, officials met.", "Friday", "2026-10-16"),
        ("Prices rose ahead of the holiday and fell on Monday.", "Monday", "2026-10-19"),
    ],
)
def test_a_verb_of_its_own_after_ahead_of_dates_the_expression(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize("heading", ["Read Next", "EDITORS' PICK", "Editor's Choice", "What to read next"])
def test_more_names_of_boxes_of_other_headlines(heading):
    assert list_heading_reason(heading) in {"related-list", "popular-list"}


def test_prose_after_three_boxes_in_a_row_is_the_pages_foot():
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nRead Next\nComelec sets hearing on recall petition\n"
              f"EDITORS' PICK\nCentral bank keeps key rate steady\nMOST READ\nLow-pressure area may bring rain\n"
              "Subscribe to COURIER PLUS to get access to The Daily Courier and 70 other titles on five gadgets.\n"
              "For feedback, complaints, or inquiries, contact us.\n")
    assert body(source) == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "line",
    ["By providing an email address. I agree to the Terms of Use and acknowledge the Privacy Policy.",
     "By entering your email, you agree to receive updates from us."],
)
def test_a_sign_up_boxs_consent_line_is_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize(
    ("line", "published"),
    [("COURIER.net / 06:15 AM March 10, 2026", "2026-03-10T06:15"),
     ("Harbour Desk / March 10, 2026 / 6:15 PM", "2026-03-10T18:15")],
)
def test_a_time_line_with_its_parts_between_slashes(line, published):
    found = parsed(f"Senate panel to summon officials over fertilizer aid\n{line}\n\n{PROSE}\n\n{PROSE_2}\n")
    assert found.published_iso.startswith(published)


@pytest.mark.parametrize(
    ("caption", "bare"),
    [("Farmers transplant rice seedlings in San Rafael town. —ARNEL PALMA/COURIER FILE PHOTO",
      "Farmers transplant rice seedlings in San Rafael town."),
     ("Crews repair the pier on Monday.–Photo: Lia Brandt", "Crews repair the pier on Monday.")],
)
def test_a_credit_glued_to_the_captions_stop_by_a_dash(caption, bare):
    assert ends_with_credit(caption) and without_credit(caption) == bare


def test_a_sentence_going_on_after_a_dash_is_no_credit():
    assert not ends_with_credit("He said it was over. —Then he walked out of the room.")


@pytest.mark.parametrize(
    "line", ["By: Jonas Dizon - Reporter / @JDizonDC", "By: Jonas Dizon - Reporter", "Jonas Dizon - Reporter / @JDizonDC"]
)
def test_a_labelled_byline_with_a_role_and_a_handle(line):
    assert read_byline(line) == "Jonas Dizon"


@pytest.mark.parametrize("phrase", ["Valdoria-Kesten Foreign Ministers' Meeting", "Mayor's Office", "Farmers’ Market"])
def test_a_phrase_with_a_possessive_is_no_name(phrase):
    assert not is_person_name(phrase)


def test_a_press_releases_title_shaped_like_a_name_is_still_the_headline():
    source = ("Foreign Policy\nPress & Public Relations\nConsular Services\n"
              "Top Page > Countries & Regions > Europe\nPress Releases\nValdoria-Kesten Foreign Ministers' Meeting\n"
              f"March 14, 2026\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).title == "Valdoria-Kesten Foreign Ministers' Meeting"


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("The bureau has warned heavy rain could reach the coast on Friday.", "Friday", "2026-10-23"),
        ("The bill may go to a vote on Thursday, aides said.", "Thursday", "2026-10-22"),
        ("Analysts said prices might fall on Monday.", "Monday", "2026-10-26"),
    ],
)
def test_what_could_happen_after_a_past_verb_lies_ahead(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("Investigators said the fire could have started on Sunday.", "Sunday", "2026-10-18"),
        ("The ministry said it could not confirm on Monday whether the ship sank.", "Monday", "2026-10-19"),
    ],
)
def test_a_possibility_in_the_past_or_a_denial_stays_past(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    "title",
    ["Southeast Asia's Power Grid Is Ready. Its Politics Are Not.", "The Ports Are Full. The Trucks Are Not Coming."],
)
def test_a_title_cased_headline_ending_in_a_stop_is_the_headline(title):
    source = f"Commentary\n{title}\nFebruary 20, 2026\nPortrait of Maya Okonkwo\nMaya Okonkwo\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == title


def test_a_sentence_case_first_line_ending_in_a_stop_is_still_no_headline():
    assert not looks_like_headline("The harbour board met on Monday. It voted to rebuild the pier.")


@pytest.mark.parametrize("line", ["Portrait of Maya Okonkwo", "Headshot of Daniel Reyes", "Author photo for Lin Qiao"])
def test_an_authors_photo_named_by_its_alt_text_is_left_out(line):
    assert clutter_reason(line) == "image-alt"


def test_a_portrait_in_a_story_sentence_or_headline_is_no_alt_text():
    assert clutter_reason("Portrait of a city in crisis") is None


@pytest.mark.parametrize(
    "note",
    ["This commentary originally appeared in The Pacific Ledger on February 18, 2026.",
     "This op-ed was first published in the Harbour Review."],
)
def test_where_a_commentary_first_ran_is_left_out(note):
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{note}\n") == [PROSE, PROSE_2]


@pytest.mark.parametrize("heading", ["Notes", "Footnotes", "Endnotes:"])
def test_a_notes_list_ends_the_story(heading):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{heading}\n1. Regional Power Centre, \"Benefits Assessment,\" 2024.\n2. Institute analysis, 2025.\n"
    assert body(source) == [PROSE, PROSE_2]


def test_a_live_pages_first_published_line_beats_the_time_over_it():
    source = ("Housing bill: ministers face revolt as vote looms – live\nPeter Ashworth (now) and Nina Clarke (earlier)\n"
              "Tue 10 Jun 2025 14.52 BST\nFirst published on Tue 10 Jun 2025 08.31 BST\n\n"
              f"{PROSE}\n\nUpdated at 14.52 BST\n\n38m ago\n14.14 BST\n\n{PROSE_2}\n")
    found = parsed(source)
    assert found.published_iso == "2025-06-10T08:31:00+01:00"
    assert found.byline == "Peter Ashworth and Nina Clarke"
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("line", ["Updated at 14.52 BST", "Edited at 9:05am", "38m ago", "2h ago", "Updated 1h ago"])
def test_a_live_entrys_edit_marks_and_short_ages_are_time_lines(line):
    assert clutter_reason(line) == "time-line"


@pytest.mark.parametrize("sentence", ["He updated at 9.30 the figures.", "Updated at last, the rules apply from May."])
def test_sentences_starting_like_edit_marks_stay(sentence):
    assert clutter_reason(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expression", "date", "precision"),
    [
        ("The government expects to publish guidance by the end of the year.", "the end of the year", "2026", "year"),
        ("Repairs will finish by the middle of the month.", "the middle of the month", "2026-10", "month"),
        ("Talks resume at the start of the week.", "the start of the week", "2026-10-19", "week"),
    ],
)
def test_a_part_of_the_present_year_month_or_week(sentence, expression, date, precision):
    assert (expression, date, precision) in dates_of(sentence, published=WEDNESDAY)


def test_a_part_of_a_year_keeps_its_part():
    article = parse_article("Guidance due this year\nOctober 21, 2026\n\nGuidance will follow by the end of the year.\n", "t.txt")
    assert [(event.date, event.part) for event in resolve_dates(article)] == [("2026", "late")]


@pytest.mark.parametrize(("line", "name"), [("Camille Ferrand Follow", "Camille Ferrand"), ("By Ines Wahl +Follow", "Ines Wahl")])
def test_a_button_after_the_authors_name_goes(line, name):
    assert clean_byline(line) == name


@pytest.mark.parametrize("text", ["Short Url", "ANB Mid North Coast", "KTV News Desk"])
def test_interface_words_and_an_acronym_among_capitalised_words_are_no_name(text):
    assert not is_person_name(text)


@pytest.mark.parametrize("name", ["SAMUEL ORTIZ", "J.R. Smith", "A.J. Hinch", "Jean-Luc DiMarco"])
def test_names_in_capitals_or_with_initials_are_still_names(name):
    assert is_person_name(name)


def test_a_published_label_after_other_fields_on_its_line():
    found = parsed(f"Experts slam port crane review\nSource: Global Courier Published: 2025/02/07 22:48\n\n{PROSE}\n\n{PROSE_2}\n")
    assert found.published_iso == "2025-02-07T22:48:00"


def test_the_next_releases_date_is_neither_title_nor_time():
    source = (f"Consumer price index\nInflation eases to 2.6 per cent as fuel prices fall\nRelease date: 7 February 2025 10:00\n"
              f"Next release: 7 March 2025 10:00\n\n{PROSE}\n\n{PROSE_2}\n")
    found = parsed(source)
    assert found.title == "Inflation eases to 2.6 per cent as fuel prices fall"
    assert found.published_iso == "2025-02-07T10:00:00"


@pytest.mark.parametrize(
    "line",
    ["When autocomplete results are available use up and down arrows to review and enter to select.",
     "An official website of the United States government", "Here’s how you know",
     "A .gov website belongs to an official government organization in the United States.",
     "Official websites use .gov", "Secure .gov websites use HTTPS"],
)
def test_a_search_boxs_instructions_and_a_government_sites_banner_are_left_out(line):
    assert clutter_reason(line) == "notice"


def test_a_sentence_about_a_government_website_stays():
    assert is_kept("The ministry said its .gov website had been down for three hours on Monday.")


def test_a_copyright_with_an_owner_and_a_photographer_under_a_sentence_credits_it_as_a_caption():
    caption = "A health worker tests a child's haemoglobin level at a clinic in Marabé district."
    found = parsed(f"{HEAD}{caption}\n© INO / Leila Mansour\n\n{PROSE}\n\n{PROSE_2}\n\n© Agency\n")
    assert found.caption == caption
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("ending", ["; and", ";", "; or"])
def test_list_items_without_marks_end_at_a_semicolon(ending):
    items = [f"make fortification of flour mandatory{ending}", "include screening in routine child health visits."]
    source = f"{HEAD}{PROSE}\n\nThe report calls on governments to:\n\n" + "\n".join(items) + f"\n\n{PROSE_2}\n"
    assert body(source)[2:4] == items


@pytest.mark.parametrize(
    "line",
    ["Opinions expressed by Meridian contributors are their own.", "Follow me on LinkedIn. Check out my website.",
     "Find me on Bluesky"],
)
def test_a_contributors_disclaimer_and_own_links_are_left_out(line):
    assert is_left_out(line)


def test_a_first_person_bio_under_the_authors_name_ends_the_story():
    bio = "I am a board adviser and former general counsel who has spent two decades on succession."
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nRachel Okonkwo\nFollow\n{bio}\n"
    assert body(source) == [PROSE, PROSE_2]


def test_a_first_person_closing_sentence_with_no_name_over_it_stays():
    closing = "I am a fisher, and I have never seen the harbour this empty."
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{closing}\n")[-1] == closing


@pytest.mark.parametrize(("sentence", "expression", "date"),
                         [("By Thursday, the company had lost $380 million.", "Thursday", "2026-10-15"),
                          ("Since Monday, crews have cleared four roads.", "Monday", "2026-10-19")])
def test_a_dating_word_opening_the_sentence_is_no_part_of_a_name(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize("mark", ["###", "-30-", "ENDS"])
def test_what_follows_a_releases_end_mark_is_its_own_notes(mark):
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{mark}\n\nFUNDING\n"
              "The research was supported by the National Science Foundation.\n\nABOUT THE UNIVERSITY\n"
              "Founded in 1867, the university serves 31,000 students.\n")
    found = parsed(source)
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert {item.reason for item in found.dropped if item.text == mark} == {"end-mark"}


def test_a_story_that_goes_on_past_a_separator_of_hashes_keeps_it_all():
    source = f"{HEAD}{PROSE}\n\n###\n\n{PROSE_2}\n\n{PROSE_3}\n\n{PROSE}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3, PROSE]


@pytest.mark.parametrize(
    "line",
    ["Download the WBRX 8 News app on your iPhone or Android to get the latest alerts. You can also stream WBRX 8 News on Roku.",
     "Support Kōwhai's journalism", "Support our journalism", "Unlimited access to trusted journalism.", "* Subscribers only"],
)
def test_app_prompts_support_appeals_and_subscriber_labels_are_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize("sentence", ["Support for the bill grew after the storm, the survey found.",
                                      "Supporters of local journalism rallied outside the paper's office."])
def test_sentences_about_support_stay(sentence):
    assert is_kept(sentence)


@pytest.mark.parametrize("credit", ["SUPPLIED", "Supplied", "getty"])
def test_a_credit_alone_under_a_caption(credit):
    caption = "Surface flooding on Kaiwaka Rd on Friday evening, before the heaviest rain arrived."
    standfirst = "Evacuation centres open as the district prepares for its worst deluge since 2023."
    source = (f"Red warning in force as town braces for rain\n{standfirst}\nTama Reihana • Reporter\n05:00, Feb 08 2025\n"
              f"Share this article\n{caption}\n{credit}\n{PROSE}\n{PROSE_2}\n")
    found = parsed(source)
    assert found.caption == caption
    assert found.paragraphs[0].text == PROSE


def test_the_enlarge_button_copied_with_a_caption_goes():
    source = f"{HEAD}Enlarge / A service truck parked outside a customer's home in Salina, Kansas.\nGetty Images\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).caption == "A service truck parked outside a customer's home in Salina, Kansas."


def test_the_story_resumes_under_a_further_reading_box():
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nFurther Reading\nWhy your phone can still call 911 when the network is down\n"
              f"{PROSE_3}\n\nNadia Ferrante Senior Policy Reporter\n87 Comments\nComments\nLoading comments...\n")
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    ("line", "byline"),
    [("Ngoc Han - Quoc Viet / Mekong Morning News", "Ngoc Han and Quoc Viet"), ("Ngoc Han / Mekong Morning News", "Ngoc Han")],
)
def test_names_a_slash_and_an_outlet_under_the_headline_are_the_byline(line, byline):
    caption = "A farmer pumps freshwater into a storage pond. Photo: Ngoc Han / Mekong Morning News"
    found = parsed(f"Salinity creeps 52km inland as dry season peaks\n{line}\nLast updated: Mar 12, 2025 at 08:44 PM (GMT+7)\n"
                   f"{caption}\n{PROSE}\n{PROSE_2}\n")
    assert found.byline == byline
    assert found.caption == "A farmer pumps freshwater into a storage pond."


def test_a_name_a_slash_and_an_agency_under_a_caption_is_still_its_credit():
    caption = "Rescue teams search the collapsed building in the old town on Tuesday."
    found = parsed(f"{HEAD}{caption}\nKim Hong-Ji / Reuters\n\n{PROSE}\n\n{PROSE_2}\n")
    assert found.caption == caption and found.byline is None


@pytest.mark.parametrize(
    "photo",
    ["A farmer pumps freshwater into a storage pond in Ben Tre. Photo: Ngoc Han / Mekong News",
     "Cruise ships like this one dock in the old harbor up to 90 times a year\nImage: Carsten Rehbein/nordbild"],
)
def test_a_sentence_over_the_lead_photo_is_the_standfirst(photo):
    standfirst = "Saltwater has pushed further inland than last year, forcing authorities to truck in drinking water."
    found = parsed(f"Salinity creeps 52km inland\nMarch 12, 2025\n{standfirst}\nhttps://p.example.de/p/8Kq2\nShare\n{photo}\n"
                   f"{PROSE}\n{PROSE_2}\n")
    assert found.extra["standfirst"] == standfirst
    assert found.paragraphs[0].text == PROSE


@pytest.mark.parametrize(
    "first",
    ["The harbour board said on Monday it would rebuild the old pier, which has stood for ninety years.",
     "PORT CARROW — The harbour board voted on Monday to rebuild the old pier, which has stood for ninety years."],
)
def test_a_first_paragraph_that_reports_stays_over_a_photo_set_in_after_it(first):
    photo = "The old pier at dusk. Photo: Ana Ruiz / Harbour News"
    found = parsed(f"Board votes to rebuild the old pier\nMarch 4, 2025\n{first}\n{photo}\n{PROSE_2}\n{PROSE_3}\n")
    assert found.paragraphs[0].text.endswith("which has stood for ninety years.")


@pytest.mark.parametrize("heading", ["About the statistics", "About this release", "Methodology"])
def test_a_statistics_releases_notes_end_the_story(heading):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{heading}\nThe consumer price index measures changes in the prices of goods.\n"
    assert body(source) == [PROSE, PROSE_2]


def test_the_line_over_a_broadcasters_image_source_is_the_story_not_a_caption():
    quote = '"There were children crying, people being sick. We did not know if we would get home."'
    source = (f"{HEAD}{PROSE}\n{quote}\nImage source, Celtic Strait Ferries\n"
              f"Image caption, Passengers were given blankets while the crew fought the fire\n{PROSE_2}\n")
    found = parsed(source)
    assert quote in [paragraph.text for paragraph in found.paragraphs]
    assert found.caption == "Passengers were given blankets while the crew fought the fire"


@pytest.mark.parametrize("running_time", ["1:48", "Duration: 2 minutes 5 seconds", "03:12 min"])
def test_a_title_over_a_running_time_is_a_videos_not_the_headline(running_time):
    source = ("Watch Live\nIce storm: Crews work to restore power across the area\n" f"{running_time}\nCredit: WBRX\nLocal News\n"
              "Tens of thousands still without power after ice storm\nPublished: 4:09 PM EST February 7, 2025\n\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).title == "Tens of thousands still without power after ice storm"


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("Cresswell host Dunmore Athletic on Tuesday, four days before the derby.", "Tuesday", "2026-10-27"),
        ("Harbury travel to Fenwick Rovers on Saturday.", "Saturday", "2026-10-24"),
        ("The minister's visit on Tuesday was cut short.", "Tuesday", "2026-10-20"),
        ("The hosts had looked sluggish in a goalless draw on Monday.", "Monday", "2026-10-19"),
    ],
)
def test_a_fixtures_present_verb_schedules_and_the_same_word_as_a_noun_does_not(sentence, expression, date):
    assert resolved(sentence, expression) == date


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Tama Reihana • Reporter", "Tama Reihana"),
        ("(By Chen Yi-hsuan and Matthew Kuo)", "Chen Yi-hsuan and Matthew Kuo"),
        ("By Marisol Palacios | mpalacios@example.com | Ridgeline Courier", "Marisol Palacios"),
        ("By James Odell, Renee Carver and Tomas Abreu The United News Press", "James Odell, Renee Carver and Tomas Abreu"),
        ("By Jane Roe and Sam Poe, Example News", "Jane Roe and Sam Poe"),
    ],
)
def test_bylines_with_a_bullet_role_brackets_an_address_or_an_outlet_after_the_last_name(line, names):
    assert read_byline(line) == names


@pytest.mark.parametrize("label", ["Press Statement", "Leadership Strategy", "News Release", "Market Analysis"])
def test_a_pages_two_word_label_is_no_name(label):
    assert not is_person_name(label)


def test_a_sentence_over_the_outlets_name_alone_is_its_photos_caption():
    caption = "Kerosene is pumped into a container at a gas station in Sapporo on Wednesday."
    source = (f"Govt to Extend Subsidies for Kerosene Through March\n\n{caption}\nThe Yamato Shimbun\n16:09 JST, February 7, 2025\n\n"
              f"By Kenta Morishita / Yamato Shimbun Staff Writer\n\n{PROSE}\n\n{PROSE_2}\n")
    found = parsed(source)
    assert found.caption == caption
    assert "standfirst" not in found.extra


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published on February 7, 2025, at 4:09 pm (Paris) Time to 3 min.", "2025-02-07T16:09:00+01:00"),
        ("Posted 7 Feb 2025 (Tokyo time) 10:00", "2025-02-07T10:00:00+09:00"),
        ("Published February 07,2025", "2025-02-07"),
        ("Kashif Abbasi | Newspaper Published February 7, 2025", "2025-02-07"),
        ("Updated March 3, 2026 — 5.00am, first published at 4.30am", "2026-03-03T04:30:00"),
    ],
)
def test_time_lines_with_a_city_a_glued_year_a_label_inside_or_the_first_clock(line, published):
    found = parsed(f"Storm leaves 180,000 homes without power\n{line}\n\n{PROSE}\n\n{PROSE_2}\n")
    assert found.published_iso == published


def test_a_place_in_brackets_that_names_no_zone_gives_no_offset():
    found = parsed(f"Storm leaves homes without power\nPublished on February 7, 2025, at 4:09 pm (Updated)\n\n{PROSE}\n")
    assert found.published_iso == "2025-02-07T16:09:00"


def test_a_photographer_and_agency_glued_to_the_captions_stop_are_its_credit():
    caption = "Farmers drive their tractors along the avenue in Seville on Friday.Alejandro Muñiz (EFE)"
    assert without_credit(caption) == "Farmers drive their tractors along the avenue in Seville on Friday."


def test_a_more_information_box_inside_the_story_goes():
    source = (f"{HEAD}{PROSE}\n\nMore information\nCatalonia cuts water pressure in 200 towns as the drought goes on\n"
              f"Rafael Méndez | Barcelona\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "line",
    ["UCN values your feedback", "1. How relevant is this ad to you?", "Video player was slow to load content",
     "Ad froze or did not finish loading", "Content moved around while ad loaded", "Other issues", "Video Ad Feedback",
     "Your effort and contribution in providing this feedback is much appreciated."],
)
def test_an_ad_feedback_forms_lines_are_left_out(line):
    assert clutter_reason(line) in {"notice", "advertising"}


def test_a_story_sentence_about_loading_stays():
    assert is_kept("The content was never loaded onto the ship, port officials said on Monday.")


def test_a_short_subheading_set_off_under_a_related_box_heads_the_resumed_story():
    source = (f"{HEAD}{PROSE}\n\nRelated article\nFour Republicans, one vote: How the nomination came apart\n\n"
              f"What happens next\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert body(source) == [PROSE, "What happens next", PROSE_2, PROSE_3]


def test_a_second_teaser_in_a_related_box_is_not_taken_for_a_subheading():
    source = (f"{HEAD}{PROSE}\n\nRelated stories\nResidents count the cost as floodwaters recede in the valley\n\n"
              f"Farmers fear for their winter crops after weeks of rain\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["Thank You!", "• The Senate voted 47-53 to reject the nomination."])
def test_a_two_word_sentence_or_a_list_item_over_the_headline_is_no_caption(line):
    source = f"{line}\nSenate rejects nominee in rare rebuke\nBy Meredith Kane\nUpdated 5:14 PM EST, Fri February 7, 2025\n\n{PROSE}\n"
    assert parsed(source).caption is None


def test_a_platforms_author_box_named_on_its_heading_ends_the_story():
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\nOriginally published at tobiaswren.net.\n\nPolitics\nEurope\n"
              "Written by Tobias Wren\n1.2K Followers\n·\n310 Following\n"
              "Freelance writer covering European transport and regional politics. Views my own.\nFollow\n")
    found = parsed(source)
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert found.byline == "Tobias Wren"


def test_written_by_under_a_standfirst_is_the_byline_not_an_author_box():
    standfirst = "A new study finds that regular walks lower blood pressure in older adults, doctors say."
    source = f"Walking lowers blood pressure\n{standfirst}\nWritten by Corinne Abelard\nFebruary 18, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    found = parsed(source)
    assert found.byline == "Corinne Abelard"
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "line", ["Connect via X or email.", "Reuse this content", "L'Horizon with AFP", "Open this photo in gallery:"]
)
def test_a_contact_line_an_agency_credit_and_gallery_buttons_are_left_out(line):
    assert is_left_out(line)


def test_a_bio_with_its_contact_line_under_the_story_goes():
    source = (f"{HEAD}By Nadia Ferris\n\n{PROSE}\n\n{PROSE_2}\n\n"
              "Nadia Ferris is the Herald’s defence and national security correspondent.\nConnect via X or email.\n")
    assert body(source) == [PROSE, PROSE_2]


def test_a_sentence_about_an_agency_stays():
    assert is_kept("Farmers met with AP reporters on Monday to show the flooded fields.")


def test_a_menus_short_item_gives_way_to_a_full_headline_under_the_time_line():
    source = ("Science & Tech\nRegion by region\n\nBusiness\n07 February 2025, 16:09\n"
              "Ferrara Meccanica to cut 900 jobs, unions call strike\nCar parts maker blames falling orders\nRedazione ANIT\n\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    found = parsed(source)
    assert found.title == "Ferrara Meccanica to cut 900 jobs, unions call strike"
    assert {item.reason for item in found.dropped if item.text == "Region by region"} == {"navigation"}


def test_a_short_headline_over_the_time_line_stays_over_a_long_first_line():
    source = f"Budget day live\n07 February 2025, 16:09\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == "Budget day live"


@pytest.mark.parametrize(
    ("line", "names"),
    [("Helena Marsh Transport correspondent, and Callum Reid", "Helena Marsh and Callum Reid"),
     ("Ana Ruiz Political editor and Tom Hale Health reporter", "Ana Ruiz and Tom Hale")],
)
def test_names_each_with_a_role_in_lower_case_are_a_byline(line, names):
    assert read_byline(line) == names


def test_a_paste_opening_with_such_a_byline_has_no_headline():
    source = f"Helena Marsh Transport correspondent, and Callum Reid\nThu 13 Mar 2025 14.32 GMT\nShare\n{PROSE}\n\n{PROSE_2}\n"
    found = parsed(source)
    assert found.title is None and found.byline == "Helena Marsh and Callum Reid"


@pytest.mark.parametrize("line", ["Prices rose, and Callum Reid said so", "Tom Hale and Ana Ruiz"])
def test_lines_without_a_role_are_not_read_so(line):
    assert read_byline(line) is None


def test_a_day_and_month_alone_take_the_year_of_the_pages_copyright():
    source = (f"Ex-manager denied bail in water tender fraud case\nThandeka Mokoena | Published 2h ago\n7 Feb\nShare\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\nAbout us\n© 2025 Herald24. All rights reserved.\n")
    found = parsed(source)
    assert found.published_iso == "2025-02-07"
    assert "copyright" in found.extra["unsure"]["published"]


def test_a_day_and_month_alone_with_no_copyright_year_give_no_date():
    source = f"Ex-manager denied bail in water tender fraud case\n7 Feb\nShare\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).published is None


@pytest.mark.parametrize(
    ("caption", "bare"),
    [("A vessel fires a water cannon near the island on Sunday. | Photo from the Philippine Coast Guard",
      "A vessel fires a water cannon near the island on Sunday."),
     ("Crews clear the road on Monday. (Photo courtesy of the city council)", "Crews clear the road on Monday."),
     ("A missile is launched from an undisclosed location. (For Use Only in the Republic of Korea. No Redistribution) (KCNA-Hanbit)",
      "A missile is launched from an undisclosed location.")],
)
def test_a_credit_from_a_source_and_a_wires_terms_of_use(caption, bare):
    assert without_credit(caption) == bare


def test_a_sentence_about_a_photo_from_someone_is_no_credit():
    assert not ends_with_credit("The council released a photo from the scene on Monday, showing the collapsed wall.")


def test_a_note_on_external_sites_is_left_out():
    assert is_left_out("NRÉ is not responsible for the content of external internet sites.")


def test_a_labelled_time_under_the_story_is_read_and_left_out():
    source = (f"Town closes streets to through traffic\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n"
              "Published on 20 February 2025 at 17:30 CET · Updated on 21 February 2025 at 09:12 CET\nTags\nMobility\n")
    found = parsed(source)
    assert found.published_iso == "2025-02-20T17:30:00+01:00"
    assert [paragraph.text for paragraph in found.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_the_headers_time_printed_again_with_its_zone_takes_the_zone():
    source = (f"Fire crews contain blaze\nFebruary 3, 2025 — 6.40am\n\n{PROSE}\n\n"
              f"Published 3 February 2025, 6:40am AEDT | Updated 3 February 2025, 9:15am AEDT\n\n{PROSE_2}\n")
    found = parsed(source)
    assert found.published_iso == "2025-02-03T06:40:00+11:00"
    assert "body" not in " ".join(found.extra.get("unsure", {}).get("published", ""))


@pytest.mark.parametrize(
    "line",
    ["This video can be viewed until May 9, 2025.", "To view this video please enable JavaScript",
     "I hope you appreciated this article.", "Keep PRN independent. Give now to support the journalism you rely on.",
     "Become a PRN sponsor", "Follow our deep dive reporting on U.S. trade policy and the race for minerals on our page.",
     "Get briefed on the story of the week", "* All fields must be completed to subscribe.", "list 1 of 4"],
)
def test_player_notices_appeals_promos_and_list_counters_are_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize(
    "sentence",
    ["The video can be viewed by anyone until the inquiry ends, the court said.",
     "Become a volunteer, the mayor urged residents at the meeting on Monday."],
)
def test_sentences_near_those_notices_stay(sentence):
    assert is_kept(sentence)


@pytest.mark.parametrize(
    ("caption", "bare"),
    [("A drone is displayed at a camp in Saitama Prefecture on Feb. 6. (THE HIKARI SHIMBUN)",
      "A drone is displayed at a camp in Saitama Prefecture on Feb. 6."),
     ("The destroyer conducts sea trials off Japan, Jan. 22, 2025. (Mark Olsen/U.S. Navy)",
      "The destroyer conducts sea trials off Japan, Jan. 22, 2025."),
     ("Lorries wait on the Pakistani side of the crossing [File: Imran Khattak/AFP]", "Lorries wait on the Pakistani side of the crossing")],
)
def test_credits_in_brackets_an_outlet_in_capitals_a_name_and_outlet_a_file_picture(caption, bare):
    assert without_credit(caption) == bare


def test_a_wires_file_picture_caption_is_a_caption():
    caption = "FILE - Workers walk past a nickel processing plant in Central Sulawesi, Indonesia, Jan. 12, 2024."
    source = f"Indonesia, US begin talks on minerals deal\nFebruary 07, 2025 4:09 AM\n\n{caption}\n\n{PROSE}\n\n{PROSE_2}\n"
    found = parsed(source)
    assert found.caption == caption
    assert found.paragraphs[0].text == PROSE


def test_another_storys_headline_in_capitals_between_paragraphs_goes_and_a_short_capitals_subheading_stays():
    source = (f"{HEAD}{PROSE}\n\nPENTAGON WATCHDOG FINDS ARMY MUNITIONS PLANTS YEARS BEHIND SCHEDULE\n\n{PROSE_2}\n\n"
              f"WHAT HAPPENS NEXT\n\n{PROSE_3}\n")
    assert body(source) == [PROSE, PROSE_2, "WHAT HAPPENS NEXT", PROSE_3]


def test_a_support_appeal_of_several_paragraphs_under_the_story_goes():
    appeal = ["I hope you appreciated this article. Before you move on, would you consider supporting the Chronicle?",
              "Reporting from places where governments would prefer we stayed away is expensive and slow.",
              "We have no shareholders and no billionaire owner, so nobody can lean on our editors.",
              "Support the Chronicle from as little as £1 – it only takes a minute."]
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n" + "\n\n".join(appeal) + "\n"
    assert body(source) == [PROSE, PROSE_2]


def test_a_closing_quote_about_support_stays():
    closing = "“We need support from every council in the region,” the mayor said on Monday."
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{closing}\n")[-1] == closing


def test_one_closing_paragraph_in_the_first_person_plural_is_no_appeal():
    closing = "We will keep the pier open for as long as the fishing crews need it, the board's chair wrote."
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{closing}\n")[-1] == closing


@pytest.mark.parametrize("line", ["Subscribe for $1/week", "Subscribe now for €2 a month"])
def test_a_subscription_price_is_never_the_headline(line):
    source = f"{line}\nU.S. and Mexico reach deal to delay steel tariffs\nFeb. 7, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == "U.S. and Mexico reach deal to delay steel tariffs"


def test_a_date_printed_twice_and_glued_is_read_once():
    found = parsed(f"Border crossing to reopen\nPublished On 7 Feb 20257 Feb 2025\n\n{PROSE}\n\n{PROSE_2}\n")
    assert found.published_iso == "2025-02-07"


def test_the_name_in_capitals_over_a_bio_signed_with_the_surname_goes_with_it():
    source = (f"{HEAD}By JIWON PARK and MATTHEW LORRIS\n\n{PROSE}\n\n{PROSE_2}\n\n"
              "JIWON PARK\n\nPark covers North and South Korea for The Allied Press from Seoul.\n")
    assert body(source) == [PROSE, PROSE_2]


def test_a_sign_up_line_for_daily_emails_is_left_out():
    assert is_left_out("Sign up to receive a daily email of today's top military news stories from the paper.")


@pytest.mark.parametrize(
    "description",
    ["The Allied Press is an independent global news organization dedicated to factual reporting.",
     "The Tallgrass Record is a nonprofit newsroom covering agriculture and water in the plains."],
)
def test_the_outlet_describing_itself_under_the_bios_goes_with_them(description):
    name = description.split(" is ")[0]
    source = (f"{HEAD}By JIWON PARK\n\n{PROSE}\n\n{PROSE_2}\n\nJIWON PARK\n"
              f"Park covers North and South Korea for The Allied Press from Seoul.\n\n{name}\n{description}\n")
    assert body(source) == [PROSE, PROSE_2]


def test_a_closing_sentence_describing_a_company_in_the_story_stays():
    closing = "Harbour Freight is a family-owned shipping company that has run the ferry since 1962."
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{closing}\n")[-1] == closing
