"""Shapes that no one outlet owns, read by the cues they carry rather than by their words.

A closing paragraph about the publication rather than the news (its copyright, its feed, its
email's confidentiality, its comment rules) carries several kinds of cue at once: words of
publishing, the outlet's voice, the reader addressed or told what to do, the page itself named.
A story's last paragraph may carry one or two; reported or quoted words carry none.
Headings stacked over one teaser are one box. A time line is read in the languages whose labels
sites print (`Publicat:`, `Opublikowano:`), with a date spaced after its dots (`3. 12. 2026`) and a
place's clock named without brackets (`14:30 Tehran time`); a language switcher of codes is chrome.
Each rule is tested in several shapes, with what it must leave alone."""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body

from briefs.sources.clutter import clutter_reason
from briefs.sources.pubtime import parse_time_line
from briefs.sources.tail import is_closing_notice, notice_cues


# -- the outlet's notice under the story -----------------------------------------------------------

NOTICES = [
    # a portal's feed plug, in brackets
    "(Catch all the Business News, Market News, Breaking News Events and Latest News Updates on The Harbour Times.)",
    # a site's copyright in its own words
    "All rights of the published news, photos and videos on this website are reserved. "
    "They cannot be used without permission, even if a link is given.",
    # an agency's note on what its website carries
    "Northwind Agency website contains only a part of the stories offered to subscribers, in summarized form. "
    "Please contact us for subscription options.",
    # a company's email footer under a forwarded story
    "Kestrel Foods Ltd is registered in England and Wales. This email and any attachments are confidential "
    "and intended solely for the addressee.",
    # the comment rules of a daily
    "Commenting on The Valley Courier is open to subscribers for three days after an article is published. "
    "We ask that you keep comments relevant and respectful.",
    # an appeal in the outlet's voice, one paragraph long
    "Independent journalism like ours depends on readers who value it, and we want to keep bringing you "
    "coverage you will not find anywhere else.",
    # a market-data feed's notice
    "Data is a real-time snapshot. Data is delayed at least 15 minutes. Business news, stock quotes and market data.",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_notice_about_the_publication_closes_no_story(notice):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{notice}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("notice", NOTICES)
def test_each_notice_carries_enough_cues(notice):
    assert is_closing_notice(notice)


STORY_ENDINGS = [
    # one publishing word in a story's own sentence
    "Those interested can sign up through the alliance's website before Nov. 30.",
    "Residents can sign up for weekly email updates about the works on the council's roadworks page.",
    # the outlet's voice and the reader, but reported
    'The charity said: "We ask that you check on elderly neighbours and keep them warm this week."',
    "Visitors can read the full report on the ministry's website, the spokesman said.",
    # a columnist or newsletter writer speaking as I, to the reader
    "Next up is the summit in May. I will be there, and if you have questions you want me to put to "
    "delegates, reply to this email.",
    # an ordinary closing line
    "The company will give more detail on its plans at an investor day in March.",
    "The regulator could not be reached for comment at the time of filing this report.",
]


@pytest.mark.parametrize("ending", STORY_ENDINGS)
def test_a_storys_last_paragraph_is_kept(ending):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{ending}\n"
    assert body(source)[-1] == ending


def test_quoted_or_reported_words_carry_no_cue():
    assert notice_cues('"Subscribe to our newsletter and follow us," the mayor told you all on Monday.') == 0
    assert notice_cues("Subscribe to our newsletter and follow us for the latest news on your app.") >= 3


def test_a_notice_in_the_middle_of_the_story_is_left_to_the_story():
    # the cues decide what closes the story, not what stands between its paragraphs
    middle = "Police asked anyone with information to contact them through their website or by phone."
    source = f"{HEAD}{PROSE}\n\n{middle}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert middle in body(source)


def test_a_long_paragraph_is_the_storys_whatever_its_words():
    long_ending = " ".join([NOTICES[4]] * 4)
    assert not is_closing_notice(long_ending)


# -- boxes of other stories inside the body -------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        # two headings stacked over each teaser, twice: two boxes, not the page's foot
        "Read More\nRelated Articles\nPlans for 120 homes near the station go on display\nRead More\nRelated Articles\n"
        "Parents at their wits' end over school bus changes",
        "Related\nMore on this story\nHarbour dredging to start in May\nRelated\nMore on this story\nFerry fares to rise",
        # one heading over each teaser
        "Read more\nHarbour dredging to start in May\nRelated\nFerry fares to rise",
    ],
)
def test_teaser_boxes_inside_the_story_leave_the_story_after_them(box):
    after = ["A revised application was lodged last month and included a new footpath.",
             "A spokesperson for the developer said work was expected to begin next year."]
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{box}\n\n{after[0]}\n\n{after[1]}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3, *after]


def test_three_boxes_in_a_row_are_still_the_pages_foot():
    foot = ("Read Next\nFerry fares to rise\n\nEditors' Picks\nHarbour dredging to start in May\n\n"
            "Most Read\nCouncil elects new mayor\n\nA short line of the footer about the site and its owners today.")
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{foot}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


# -- time lines in more languages and shapes ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a label in the outlet's own language before the date
        ("Publicat: 03.12.2026, 09:12", "2026-12-03T09:12:00"),
        ("Opublikowano: 3.12.2026, 09:12", "2026-12-03T09:12:00"),
        ("Julkaistu 3.12.2026 klo 9.12", "2026-12-03T09:12:00"),
        ("Yayınlanma: 03.12.2026 09:12", "2026-12-03T09:12:00"),
        ("Publikováno 3. 12. 2026 15:20", "2026-12-03T15:20:00"),
        # a date spaced after its dots, with and without a clock
        ("3. 12. 2026 15:20", "2026-12-03T15:20:00"),
        ("14. 7. 2025", "2025-07-14T00:00:00"),
        # a place's clock named after the time, without brackets, in and out of summer time
        ("December 3, 2026 - 14:30 Tehran time", "2026-12-03T14:30:00+03:30"),
        ("Dec 3, 2026 10:00 a.m. Beijing time", "2026-12-03T10:00:00+08:00"),
        ("July 3, 2026 10:00 Kyiv time", "2026-07-03T10:00:00+03:00"),
        ("January 3, 2026 10:00 Kyiv time", "2026-01-03T10:00:00+02:00"),
        # the year first, with the month's name, as Hungarian pages write it
        ("2026. december 3. 10:21", "2026-12-03T10:21:00"),
        ("2026. szeptember 14.", "2026-09-14T00:00:00"),
        # more labels: `Added`, an ordinal day, a clock icon's name, a reading time
        ("Added 3rd December 2026 09:41 AM EAT", "2026-12-03T09:41:00+03:00"),
        ("Thu., Oct. 1, 2026 timer 4 min. read", "2026-10-01T00:00:00"),
        # Portuguese and Spanish months cut to three letters
        ("03 dez 2026, 12:20", "2026-12-03T12:20:00"),
        ("3 dic. 2026 09:30", "2026-12-03T09:30:00"),
        ("12 set 2026", "2026-09-12T00:00:00"),
    ],
)
def test_time_lines_in_more_languages_and_shapes(line, expected):
    found = parse_time_line(line)
    assert found is not None and found.value.isoformat() == expected


@pytest.mark.parametrize(
    "line",
    [
        "Actualizat: 03.12.2026, 13:47",
        "Zaktualizowano: 3.12.2026, 13:47",
        "Päivitetty 3.12.2026 klo 13.47",
    ],
)
def test_an_update_in_another_language_is_no_publication(line):
    source = f"Council delays vote on metro contract\n\nPublicat: 03.12.2026, 09:12\n{line}\n\n{PROSE}\n\n{PROSE_2}\n"
    from test_parse_round6 import parsed

    assert parsed(source).published_iso == "2026-12-03T09:12:00"


@pytest.mark.parametrize(
    "line",
    [
        "The ferry leaves at 10:00 Tuesday time permitting.",  # no place: no zone, and no time line
        "Mayor Ana Diaz had a good time.",
    ],
)
def test_words_before_time_are_no_place_clock(line):
    assert parse_time_line(line) is None


@pytest.mark.parametrize("line", ["RO | EN", "EN / FR / DE", "en | fr | ar", "DE|EN"])
def test_a_language_switcher_of_codes_is_chrome(line):
    assert clutter_reason(line) == "navigation"


@pytest.mark.parametrize("line", ["Rome | Paris", "US | UK", "EN", "Is it | so"])
def test_lines_of_other_short_words_are_not_switchers(line):
    assert clutter_reason(line) != "navigation"


# -- a contact card closing the text ---------------------------------------------------------------


@pytest.mark.parametrize(
    "card",
    [
        # a forwarder's signature in the United States
        "Dana Whitcombe\nDirector, Network Planning | Harlan Freight Systems\n1200 Grand Blvd, Suite 400 | Kansas City, MO 64106\n"
        "O: 816-555-0142 | M: 913-555-0187\nharlanfreight.com",
        # a British one, with an international number and an email address
        "Priya Raman\nHead of Policy\nKestrel Foods Ltd\n+44 20 7946 0018\npriya.raman@kestrelfoods.co.uk",
        # the shortest: a name and a number
        "Tom Okafor\nTel. 0161 496 0750",
    ],
)
def test_a_contact_card_under_the_story_is_a_signature(card):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{card}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_a_sentence_giving_a_number_is_the_storys():
    ending = "Residents with questions can call the harbour office on 0161 496 0750."
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{ending}\n"
    assert body(source)[-1] == ending


def test_a_card_is_read_only_where_it_closes_the_text():
    # the same lines over more of the story are not the text's signature
    card = "Harbour office contacts\nTom Okafor\nHarbourmaster on call, 0161 496 0750"
    source = f"{HEAD}{PROSE}\n\n{card}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert "Harbourmaster on call, 0161 496 0750" in body(source)


@pytest.mark.parametrize("initials", ["fav/hpa", "(jb/dpa)", "mw/sda/afp", "ap/rtr"])
def test_an_agencys_initials_under_the_story_are_credits(initials):
    assert clutter_reason(initials) == "credits"
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{initials}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["km/h", "Fav/Hpa", "The 24/7 hotline", "fav/hpa said the survey was late."])
def test_other_slashed_words_are_no_agency_initials(line):
    assert clutter_reason(line) != "credits"


# -- a release's letterhead and media contact ------------------------------------------------------

RELEASE = """Ministry for Coastal Resilience
Level 6, 33 Bowen Street, Wellington 6011
PO Box 10-456, Wellington 6143, New Zealand

PRESS RELEASE
3 December 2026

Media contact:
Hemi Walker, Senior Communications Advisor
Phone: +64 21 555 0199
Email: media@coastal.govt.nz

{headline}

{prose}

{prose_2}
"""


@pytest.mark.parametrize(
    "headline",
    [
        "$62 million to protect rural drinking water supplies",
        "£3bn flood defence plan for the east coast confirmed",
        "New seawalls for three harbour towns",
    ],
)
def test_a_releases_headline_under_its_letterhead_and_media_contact(headline):
    from test_parse_round6 import parsed

    article = parsed(RELEASE.format(headline=headline, prose=PROSE, prose_2=PROSE_2))
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "line",
    ["Level 6, 33 Bowen Street, Wellington 6011", "PO Box 10-456, Wellington 6143, New Zealand",
     "1200 Grand Blvd, Suite 400 | Kansas City, MO 64106", "42 Wallaby Way, Sydney"],
)
def test_a_postal_address_alone_is_chrome(line):
    assert clutter_reason(line) == "address"


@pytest.mark.parametrize(
    "line",
    ["The shop at 33 Bowen Street closed on Monday.", "33 Bowen Street residents protest over parking",
     "Phone calls to the helpline rose 20%", "Email: the inbox that never sleeps"],
)
def test_sentences_and_headlines_naming_a_street_or_a_phone_are_not_contact_chrome(line):
    assert clutter_reason(line) not in ("address", "end-mark")


@pytest.mark.parametrize(
    "line", ["Phone: +64 21 555 0199", "Email: media@coastal.govt.nz", "Tel. 0161 496 0750", "Mobile: (021) 555-0199"]
)
def test_a_contact_field_alone_is_chrome(line):
    assert clutter_reason(line) == "end-mark"


# -- the timeline: a payment date lies ahead -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # declared in the past, paid later: `payable` looks ahead whatever the main verb's tense
        ("The company lifted its quarterly dividend to 27 cents, payable Jan. 15 to shareholders of record.",
         [("Jan. 15", "2026-01-15")]),
        ("The board declared a dividend of 10 cents a share, payable on March 3.", [("on March 3", "2026-03-03")]),
        # paid: the past
        ("The bonus was paid on March 3.", [("on March 3", "2025-03-03")]),
    ],
)
def test_a_date_a_sum_is_payable_lies_ahead(text, expected):
    from test_parse_round13 import dates_in

    assert dates_in(text, "2025-11-06") == expected


# -- a match's score box over the report -----------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "FT\nKelderby Rovers 2-1 Ashcombe United\nOkafor 23', 81'\nHaldane 55'",
        "Full time\nPort Vale 0 - 0 Harrow Town",
        "Marsh Athletic 3–2 St Kilda Rovers\nBrennan 12', 90+2' (pen)\nOsei 40'\nDunmore 61', 77'",
    ],
)
def test_a_score_box_over_the_headline_makes_no_subtitle_of_it(box):
    from test_parse_round6 import parsed

    headline = "Okafor double fires Rovers back into the play-off places"
    standfirst = "Brennan returns to lead a much-changed side as Rovers bounce back from their midweek hammering"
    source = f"Sport\n{box}\n{headline}\n{standfirst}\nTom Ashworth\n17:48, 14 FEB 2026\n{PROSE}\n{PROSE_2}\n"
    assert parsed(source).title == headline


@pytest.mark.parametrize(
    "line",
    ["Rovers win 2-1 at Ashcombe", "Brighton 3-0 defeat sparks fury", "Arsenal 2-1 Chelsea: Saka scores late winner",
     "The vote was 5-4 in favour.", "Okafor scored in the 23rd minute"],
)
def test_headlines_and_sentences_with_a_score_are_no_score_box(line):
    assert clutter_reason(line) != "widget"


# -- credits known by their shape ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("A patrol vessel at the naval base in Suva. (Republic of Fiji Military Forces/Facebook)",
         "A patrol vessel at the naval base in Suva."),
        ("Staff leave the Maison de la Paix in Geneva. (Keystone/Noémie Baud)", "Staff leave the Maison de la Paix in Geneva."),
        ("The minister addresses a news conference in Islamabad on Tuesday. — APP",
         "The minister addresses a news conference in Islamabad on Tuesday."),
        ("Rescue teams search the rubble in Herat. – AFP", "Rescue teams search the rubble in Herat."),
    ],
)
def test_a_credit_known_by_its_shape_closes_a_caption(line, caption):
    from briefs.sources.caption import without_credit

    assert without_credit(line) == caption


@pytest.mark.parametrize(
    "line",
    ["The vote was 5-4. (Updated/corrected)", "Turnout was low (about 40%/45%).", "He said it would cost $5m - more than planned"],
)
def test_brackets_and_dashes_that_credit_no_one_are_left(line):
    from briefs.sources.caption import ends_with_credit

    assert not ends_with_credit(line)


@pytest.mark.parametrize("count", ["Comments 14", "Comments (14)", "14 Comments"])
def test_a_comment_count_over_the_photo_is_a_button_not_the_comments(count):
    from test_parse_round6 import parsed

    caption = "The president at the summit in Johannesburg on 23 August 2023. (Photo: Ana Ruiz / AFP)"
    # a standfirst and the author's bio over the share bar: prose enough for a story above the count
    standfirst = ("South Africa wants the expanded bloc to stick to trade, development finance and reform of global "
                  "institutions, but its partners want more.")
    bio = ("Thandeka Mokoena is the diplomatic correspondent. She previously reported from Addis Ababa and Nairobi "
           "and covers the African Union.")
    source = (f"Pretoria heads to Kazan wary of the bloc's tilt\n{standfirst}\nThandeka Mokoena\n{bio}\n"
              f"16 Oct 2024 09:32 SAST\nShare\n"
              f"{count}\n{caption}\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == "The president at the summit in Johannesburg on 23 August 2023."
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# -- a caption over the byline, known by its grammar -----------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "A two-car train on the Kitamura Line leaves Nishiyama Station in Kitamura on Wednesday.",
        "Taiwanese soldiers take part in an annual military drill in Tainan in July.",
        "Architect Sofia Lindqvist presents the chosen design to library trustees Monday night.",
        "Minister Morishita (right) welcomes Minister Danic at the Ministry of Defense",
    ],
)
def test_a_photo_described_under_the_headline_is_the_caption_even_over_the_byline(caption):
    from test_parse_round6 import parsed

    source = f"Railway to replace loss-making line with buses\n{caption}\nBy Kenta Moriyama\n16:30 JST, November 5, 2026\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "standfirst",
    [
        "Sakurada Railway will replace the loss-making line with buses from April, ending a century of service.",
        "The council voted on Tuesday to close the pier after engineers found its piles had rotted.",
        "Fishermen say catches fell sharply last year as warmer water drove the fish north.",
        "The operator has lost money on the line every year since 2009, its annual report shows.",
    ],
)
def test_a_summary_in_the_news_tenses_over_the_byline_stays_the_standfirst(standfirst):
    from test_parse_round6 import parsed

    source = f"Railway to replace loss-making line with buses\n{standfirst}\nBy Kenta Moriyama\n16:30 JST, November 5, 2026\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.caption is None
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


# -- a dotted date with a two-digit year -----------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # a US site writes month first with dots too, and its zone says so
        ("12.03.26 7:05 PM PT", "2026-12-03"),
        ("12.03.26 7:05 PM EST", "2026-12-03"),
        # a European page: the zone's country writes day first
        ("03.12.26 19:05 CET", "2026-12-03"),
        # with the full year, dots are day first wherever they are printed
        ("03.12.2026 19:05", "2026-12-03"),
    ],
)
def test_a_dotted_date_with_a_two_digit_year_reads_as_its_zone_writes(stamp, expected):
    # (with nothing to settle it, `12.03.26` stays a date that reads two ways, and `add` says so)
    from test_parse_round6 import parsed

    source = f"Sentinels win in overtime\n{stamp}\n\n{PROSE}\n\n{PROSE_2}\n"
    published = parsed(source).published
    assert published is not None and published.date().isoformat() == expected


# -- more time lines: the year first, the year elsewhere, labels ------------------------------------


@pytest.mark.parametrize(
    ("stamp", "footer", "expected"),
    [
        ("3.12. 14:05", "© Kansanradio 2026", "2026-12-03T14:05:00"),
        ("14.7. 09:30", "© 2025 Harbour Media Oy", "2025-07-14T09:30:00"),
    ],
)
def test_a_day_and_month_with_a_clock_take_the_year_the_page_prints_elsewhere(stamp, footer, expected):
    from test_parse_round6 import parsed

    source = (f"Menu\nNews\nSport\n\nBusiness\nAirport to build second terminal as charter traffic hits record\n"
              f"Anni Korhonen\n{stamp}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\nLatest news\n\n{footer}\n")
    article = parsed(source)
    assert article.title == "Airport to build second terminal as charter traffic hits record"
    assert article.published_iso == expected
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_still_current_at_is_no_publication():
    from test_parse_round6 import parsed

    source = f"Iceland travel advice\n\nStill current at: 4 December 2026\nLast updated: 3 December 2026\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).published_iso == "2026-12-03"


# -- notes, strips and lists -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "note", ["This story will be updated.", "(This is a developing story and may be updated.)", "This is a developing story."]
)
def test_a_note_that_the_story_will_change_is_no_paragraph(note):
    source = f"{HEAD}{note}\n\n{PROSE}\n\n{PROSE_2}\n"
    assert body(source) == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "sentence",
    ["The schedule will be updated next week, the operator said.", "This story has been updated to correct a name."],
)
def test_a_sentence_about_updates_is_no_note(sentence):
    assert clutter_reason(sentence) != "editorial-marker"


@pytest.mark.parametrize("strip", ["USD 512.40 EUR 541.15 RUB 5.02", "USD 512.40 | EUR 541.15", "EUR 1.08 ▲ 0.2% GBP 0.86"])
def test_a_strip_of_exchange_rates_is_a_widget(strip):
    assert clutter_reason(strip) == "widget"
    from test_parse_round6 import parsed

    article = parsed(f"{strip}\nKazakhstan to launch grain rail route to Iran\n3 December 2026, 11:05\n\n{PROSE}\n\n{PROSE_2}\n")
    assert article.title == "Kazakhstan to launch grain rail route to Iran"


def test_a_credit_with_its_own_stop_inside_the_brackets():
    from briefs.sources.caption import without_credit

    assert without_credit("Vehicles queue at the junction yesterday. (Picture by Nigel Browne.)") == "Vehicles queue at the junction yesterday."
    assert without_credit("He spoke for an hour (and then left.)") == "He spoke for an hour (and then left.)"


@pytest.mark.parametrize(
    "items",
    [
        ["Line 4: one train in three, between 6:30am and 9:30am only", "Line 7: half of trains at peak times",
         "Line 13: one train in three, with some stations closed"],
        ["Northern route: closed until further notice after the flooding", "Coastal route: open with delays of an hour",
         "Mountain pass: closed to lorries and buses until the weekend"],
    ],
)
def test_items_of_one_form_without_bullets_are_a_list_not_teasers(items):
    lines = "\n".join(items)
    source = f"{HEAD}{PROSE}\n\n{lines}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert all(item in body(source) for item in items)


# -- chrome in the languages around English editions ------------------------------------------------


@pytest.mark.parametrize("heading", ["Kapcsolódó", "Související články", "Lue myös", "Czytaj także", "Citește și", "Lees ook"])
def test_a_related_box_headed_in_another_language_is_no_part_of_the_story(heading):
    from briefs.sources.tail import list_heading_reason

    assert list_heading_reason(heading) == "related-list"
    box = f"{heading}\nLavender festival to move to a new site next summer"
    source = f"{HEAD}{PROSE}\n\n{box}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("credit", ["Fotó: Gábor Kiss", "ფოტო: Mtatsminda Post", "Kuva: Jussi Rautio / Yle", "Фото: Иван Петров"])
def test_a_photo_credit_labelled_in_another_language(credit):
    assert clutter_reason(credit) == "photo-credit"


def test_a_captions_kicker_in_capitals_with_its_credit_is_a_caption_not_a_teaser():
    from test_parse_round6 import parsed

    caption = "LIGHTS OUT: A street light pole stands dark along Route 4 in Talofofo."
    source = (f"Mayors ask lawmakers for $1.2M to fix dark street lights\n\nBy Jolene Taitano\n\n"
              f"{caption} Marianas Tide file photo\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).caption == caption
    # a teaser under a label in capitals, with no credit, stays another story's
    assert clutter_reason("READ ALSO: Council to vote on street light contract") == "related-list"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Marcus Delaney | Dayton Courier-Post", "Marcus Delaney"),
        ("Grant Feeney and Eau Claire Sentinel-Post", "Grant Feeney"),
        ("By Daniel Okonkwo-Reid", "Daniel Okonkwo-Reid"),  # a double surname stays
        ("By Ana Ruiz-Tagle and Tom Hale", "Ana Ruiz-Tagle and Tom Hale"),
    ],
)
def test_a_merged_papers_name_is_no_author(byline, names):
    from briefs.sources.byline import clean_byline

    assert clean_byline(byline) == names


@pytest.mark.parametrize(
    ("heading", "reply", "stamp"),
    [
        ("Komentari (3)", "Odgovori", "03.12.2026. u 10:14"),
        ("Komentarze (2)", "Odpowiedz", "3.12.2026 10:14"),
        ("Kommentare", "Antworten", "03.12.2026, 10:14"),
    ],
)
def test_a_comment_thread_in_another_language_closes_the_story(heading, reply, stamp):
    thread = f"{heading}\nMarko_NS\n{stamp}\nFinally. Half of the kiosks near my stop are closed after 8 pm anyway.\n{reply}"
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{thread}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "standfirst",
    ["Passengers will be able to tap a card or phone on validators instead of buying paper tickets.",
     "The city is set to open two more lines before the end of next year."],
)
def test_a_sentence_looking_ahead_between_headline_and_time_is_the_standfirst(standfirst):
    from test_parse_round6 import parsed

    source = f"Buses and trams to accept bank cards\n\n{standfirst}\n\nBeograd, 03.12.2026.\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.caption is None
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_credit_after_a_slash_closes_a_caption():
    from briefs.sources.caption import without_credit

    assert without_credit("A ferry crosses the Bosphorus at dusk in Istanbul. / Photo: AA") == "A ferry crosses the Bosphorus at dusk in Istanbul."
    assert without_credit("Fares rose 5% / year on average.") == "Fares rose 5% / year on average."


@pytest.mark.parametrize(
    "post",
    [
        "r/worldnews\nJoin\nPosted by u/kettle_of_fish_88\n5h\n{headline}\nthebrisbaneherald.com.au/national/qld...\n"
        "Article text for those hitting the paywall:\n",
        "r/europe\nPosted by u/harbour_watcher\n2h\n{headline}\nwww.harbourtimes.example/news/12345\n"
        "Pasting the text since it's paywalled:\n",
    ],
)
def test_a_link_posts_title_is_the_headline_of_the_text_pasted_under_it(post):
    from test_parse_round6 import parsed

    headline = "Queensland to ban new gas wells within 2km of homes"
    source = post.format(headline=headline) + f"\nBy Priya Raman\nMarch 6, 2025 — 9.10am AEDT\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "box",
    [
        "Support services\nIf this story has raised issues for you, help is available 24 hours a day:\nLifeline 13 11 14",
        "Guest Author\nAuthors",
        "Main image credit: Jakub Kamiński/PAP",
    ],
)
def test_a_heading_left_alone_at_the_end_is_the_dropped_boxs(box):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{box}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_a_subheading_with_its_story_under_it_stays():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nWhat happens next\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, "What happens next", PROSE_3]


@pytest.mark.parametrize(
    "heading", ["4 thoughts on “Residents plead for traffic lights after latest crash”", '12 responses to "Council backs river walk"']
)
def test_a_blog_platforms_count_of_thoughts_heads_the_comments(heading):
    thread = (f"Related\nBus fares unchanged for 2027\n\n{heading}\n\nMarcus T.\nDecember 3, 2026 at 2:14 pm\n"
              "I drive through there every morning. It is only a matter of time.\nReply\n")
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{thread}"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "banner",
    ["We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve services.",
     "We and our partners use cookies and similar technologies to personalise ads and measure traffic."],
)
def test_a_cookie_banner_in_the_sites_own_voice_is_a_notice(banner):
    assert clutter_reason(banner) == "notice"


@pytest.mark.parametrize(
    "line",
    ["Naudojant LINA informaciją, būtina nuoroda į šaltinį.", "Všechna práva vyhrazena, šíření obsahu bez souhlasu zakázáno.",
     "Sva prava zadržana. Preuzimanje sadržaja dozvoljeno uz navođenje izvora."],
)
def test_a_line_in_another_language_under_an_english_story_is_chrome(line):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{line}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "line",
    ["“Fuera los corruptos, ya basta señores diputados,” chanted the crowd outside the Congreso.",
     "José Núñez and Zoë Bätz won the Ålesund sprint on Sunday.", "Protesters carried signs reading «Nie dla ustawy»."],
)
def test_english_sentences_with_foreign_words_or_quotes_stay(line):
    source = f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n"
    assert line in body(source)


# -- chat emphasis, a page title's outlet, market strips, network prompts -------------------------


@pytest.mark.parametrize("marks", ["*{}*", "_{}_"])
def test_a_headline_in_a_chat_apps_bold_or_italics_loses_its_marks(marks):
    from test_parse_round6 import parsed

    headline = "Pune civic body to fine housing societies that skip waste segregation"
    source = f"Forwarded many times\n{marks.format(headline)}\nDec 3, 2026, 07:45 IST\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == headline


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Aldermen back plan to turn rail yard into market | Lakeshore Herald", "Aldermen back plan to turn rail yard into market"),
        ("Ferry fares to rise in spring - The Harbour Times", "Ferry fares to rise in spring"),
        # a bar before anything but an outlet's name stays in the headline
        ("Asia's sea change | A special report", "Asia's sea change | A special report"),
    ],
)
def test_a_page_titles_outlet_after_a_bar_is_no_part_of_the_headline(line, title):
    from briefs.sources.headline import split_outlet_label

    assert split_outlet_label(line)[0] == title


@pytest.mark.parametrize(
    "strip", ["Sensex 84,412.37 ▲ 0.42% Nifty 25,791.10 ▲ 0.38% USD/INR 88.61 ▼ 0.05%", "Dow Jones 44,100.50 Nasdaq 19,300.20"]
)
def test_a_strip_of_market_indices_is_a_widget(strip):
    assert clutter_reason(strip) == "widget"


@pytest.mark.parametrize("line", ["Top 10 Stories 2025", "Rovers 2 United 1"])
def test_headings_with_figures_are_no_market_strip(line):
    assert clutter_reason(line) != "widget"


def test_a_prompt_to_follow_the_outlet_on_its_networks_closes_no_story():
    prompt = "Follow RRH News on Facebook and X and never miss an update!"
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{prompt}\n") == [PROSE, PROSE_2]
    story = "Meta owns Facebook, Instagram and WhatsApp, and the regulator fined it a record sum this year."
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{story}\n")[-1] == story


# -- a feature's drop cap --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cap", "rest", "joined"),
    [
        ("T", "he ferry leaves the wharf at 7.30am, whatever the weather, and the mail goes with it.",
         "The ferry leaves the wharf at 7.30am, whatever the weather, and the mail goes with it."),
        ("A", "new ferry leaves the wharf at 7.30am, whatever the weather, and the mail goes with it.",
         "A new ferry leaves the wharf at 7.30am, whatever the weather, and the mail goes with it."),
        ("I", "t was raining when the ferry left the wharf at 7.30am, and it was raining when it came back.",
         "It was raining when the ferry left the wharf at 7.30am, and it was raining when it came back."),
    ],
)
def test_a_drop_cap_copied_on_its_own_line_opens_the_first_paragraph_again(cap, rest, joined):
    # the text uses the words the letter makes (`The`, `It`) elsewhere; `Anew` it never does
    source = f"{HEAD}{cap}\n{rest}\n\nThe board met on Monday. It voted to keep the service.\n\n{PROSE_2}\n"
    assert body(source)[0] == joined


def test_a_caption_in_the_present_for_a_moment_past_over_the_story():
    from test_parse_round6 import parsed

    caption = "Dan Rewiti brings the ferry alongside the jetty at Tawa Bay on a grey Wednesday morning."
    source = f"The last mail run on the sound\n\nBy Hana Whitcombe\n15 March 2026\n\n{caption}\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    ("byline", "names"),
    [("By Priya Raman Queen's Park Bureau Chief", "Priya Raman"), ("By Tom Hale, Washington Bureau Chief", "Tom Hale"),
     ("By Ana O'Neill", "Ana O'Neill")],
)
def test_a_desks_place_and_bureau_after_the_name_are_no_part_of_it(byline, names):
    from briefs.sources.byline import clean_byline

    assert clean_byline(byline) == names


def test_a_date_alone_in_a_wrapped_paste_is_a_line_of_its_own():
    from briefs.sources.unwrap import unwrap

    column = ["The cost of cleaning toxic silt from the harbour has risen",
              "to more than $14 million, nearly double the estimate given",
              "to councillors last year, staff told the committee on the"] * 4
    lines = ["The Otago Examiner", "Thursday, 12 February 2026", "Page 4", *column]
    assert unwrap(lines)[1:3] == ["Thursday, 12 February 2026", "Page 4"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a deadline told in the past lies ahead: the nearest such day
        ("Growers called for a review of the cuts by May 31.", "2025-03-13", [("May 31", "2025-05-31")]),
        ("The health service aims to have a roster signed off by June 30.", "2025-02-14", [("June 30", "2025-06-30")]),
        # a past of `be` or `have` keeps it past
        ("The loan had been repaid by March 3, the bank said.", "2025-11-06", [("March 3", "2025-03-03")]),
        # a day a past verb takes as its object is a day fixed for later
        ("The court fixed April 24 for mention and submission of documents.", "2025-03-13", [("April 24", "2025-04-24")]),
        # a day after the past verb's preposition is that past's
        ("The law was enacted on April 24.", "2025-03-13", [("on April 24", "2024-04-24")]),
    ],
)
def test_a_deadline_or_a_fixed_day_without_its_year(text, published, expected):
    from test_parse_round13 import dates_in

    assert dates_in(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of time in the present looks ahead
        ("More rain was expected in the north before the system weakens on Thursday.", [("on Thursday", "2025-08-21")]),
        ("Up to 100mm of rain had fallen, with more possible before the system moves offshore on Monday.",
         [("on Monday", "2025-08-25")]),
        # its verb in the past, or no clause of its own (a gerund): the sentence's past
        ("The crowd had left before officials arrived on Monday.", [("on Monday", "2025-08-18")]),
        ("The court found the province failed to consult the nation before approving two cutblocks in July.",
         [("in July", "2025-07")]),
    ],
)
def test_a_clause_of_time_in_the_present_looks_ahead(text, expected):
    from test_parse_round13 import dates_in

    assert dates_in(text, "2025-08-19") == expected


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("I agree to receive emails and accept the privacy policy.", "newsletter"),
        ("I would like to be emailed about offers, events and updates from The Informer. Read our privacy notice", "newsletter"),
        ("🔗 Full story at the link in bio.", "reader-prompt"),
        ("Link in bio for more", "reader-prompt"),
    ],
)
def test_a_sign_up_forms_box_and_a_posts_link_in_bio_are_chrome(line, reason):
    assert clutter_reason(line) == reason
    assert body(f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n") == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "line", ["I agree with the mayor that the plan is too costly, one resident wrote.", "I would like to see the pier rebuilt."]
)
def test_a_readers_own_words_are_no_sign_up_box(line):
    assert clutter_reason(line) is None


@pytest.mark.parametrize("prompt", ["Subscribe now for unlimited access to local news.", "Subscribe today to get unlimited digital access"])
def test_a_paywalls_offer_over_the_story_is_no_first_paragraph(prompt):
    assert body(f"{HEAD}{prompt}\n\n{PROSE}\n\n{PROSE_2}\n") == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "notice"),
        ("Nous utilisons des cookies pour améliorer votre expérience.", "notice"),
        ("Partager l'article", "share-buttons"),
        ("Partilhar", "share-buttons"),
        ("Location 38 of 214", "interface"),
        ("Loc. 97 of 214 · 45%", "interface"),
    ],
)
def test_chrome_in_the_languages_of_english_editions_and_an_e_readers_position(line, reason):
    assert clutter_reason(line) == reason


def test_a_month_abbreviation_that_is_an_english_word_names_no_month_without_its_year():
    from briefs.sources.dateline import dateline_dates

    assert dateline_dates("Tickets sold out 5 times and the board set 12 targets.") == []
    assert dateline_dates("LISBON, 3 dez (Lusa)") == [(12, 3)]


def test_a_label_and_its_source_in_capitals_after_a_bar_credit_a_caption():
    from briefs.sources.caption import without_credit

    line = "Workers sort raw cashew nuts at a warehouse in Mtwara Municipality. PHOTO | FILE"
    assert without_credit(line) == "Workers sort raw cashew nuts at a warehouse in Mtwara Municipality."
    assert without_credit("Exports rose. Photo | file") == "Exports rose. Photo | file"  # in capitals only


@pytest.mark.parametrize("credit", ["Photo: Sofia Monitor / Kalina Petrova", "Courier photo by Greta Holm"])
def test_a_caption_credited_on_its_next_line_stays_the_caption_over_a_standfirst_and_byline(credit):
    from test_parse_round6 import parsed

    caption = "Snow cannons idle on the lower slopes above Bansko on Wednesday morning."
    source = (f"Home / Bulgaria\n\n{caption}\n{credit}\n\nBansko postpones start of ski season as warm weather persists\n\n"
              f"Resort operators say the lifts will stay closed for at least another two weeks\n\n03 December 2026 | 11:12\n\n"
              f"Author: Desislava Koleva\n\n{PROSE}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]
