"""Shapes from the thirty-second blind set and the failures the thirty-first left.

The timeline: a weekday before a day and a month (British order), a weekday counted in a month,
a month's edge with a hyphen, and a date opening a sentence whose only past form describes a
noun (`a company found to have breached`). The page: `Publish:` labels, a credit opening its
caption's line, names on the time's line, an author box's bio, a fact box, an embedded post,
reader polls and quizzes, a link's arrow, a channel's pinned post. Each rule is tested in
several shapes, with what it must leave alone."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from test_parse_round6 import PROSE, PROSE_2, PROSE_3, parsed
from test_timeline import article as timeline_article

from briefs.facts.timeline import resolve_dates
from briefs.sources.byline import is_person_name
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.pubtime import parse_time_line


def dates_in(text: str, published: str) -> list[tuple[str, str]]:
    when = datetime.fromisoformat(published).replace(hour=12, tzinfo=timezone.utc)
    return [(event.expression, event.date) for event in resolve_dates(timeline_article(text, published=when))]


# -- a weekday before a day and a month --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A consultation will open on Monday 14 April 2025.", [("on Monday 14 April 2025", "2025-04-14")]),
        ("The hearing resumes on Thursday, 13 March.", [("on Thursday, 13 March", "2025-03-13")]),
        ("Polls close on Friday the 2nd of May.", [("on Friday the 2nd of May", "2025-05-02")]),
        # a weekday and a year in which the date falls on it: 4 March was a Tuesday in 2025, not 2024
        ("The ferry sank on Tuesday 4 March.", [("on Tuesday 4 March", "2025-03-04")]),
    ],
)
def test_a_weekday_before_a_day_and_month_is_one_date(text, expected):
    assert dates_in(text, "2025-03-11") == expected


def test_a_weekday_apart_from_a_later_date_stays_apart():
    found = dates_in("On Monday the board met; the vote is on 14 April.", "2025-03-11")
    assert found == [("On Monday", "2025-03-10"), ("on 14 April", "2025-04-14")]


# -- a weekday counted in a month ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scheme will begin on the first Sunday in June.", [("on the first Sunday in June", "2025-06-01")]),
        ("Elections are held on the last Friday of March 2026.", [("on the last Friday of March 2026", "2026-03-27")]),
        ("The fair opened on the second Saturday in February.", [("on the second Saturday in February", "2025-02-08")]),
        ("Councils meet on the third Tuesday of the month.", []),  # no month named: no date
    ],
)
def test_a_weekday_counted_in_a_month(text, expected):
    assert dates_in(text, "2025-04-18") == expected


# -- a participle that describes a noun dates nothing -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From 1 October, a company found to have breached the permit will pay more.", "2025-10-01"),
        ("In November, anyone believed to be at risk will get a letter.", "2025-11"),
        ("From 1 October, firms thought to have been overcharged will be repaid.", "2025-10-01"),
    ],
)
def test_a_reduced_passive_does_not_set_the_tense(text, expected):
    assert dates_in(text, "2025-03-11")[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with its auxiliary it is a finding told in the past
        ("In October, the company was found to have breached the permit.", "2024-10"),
        # a main verb before an infinitive stays a past verb
        ("In October, the company decided to leave the market.", "2024-10"),
    ],
)
def test_a_finite_past_still_sets_the_tense(text, expected):
    assert dates_in(text, "2025-03-11")[0][1] == expected


# -- a month's or a year's edge with a hyphen, and `into` ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amendments are due by end-June 2025.", [("end-June 2025", "2025-06")]),
        ("Criteria for end-September 2024 were met.", [("end-September 2024", "2024-09")]),
        ("The budget must balance by end-2026.", [("end-2026", "2026")]),
        ("They hope to extend the season into October.", [("October", "2025-10")]),
        ("The talks dragged on into 2026.", [("2026", "2026")]),
        # not dates: a compound noun with `end-`, and `into` before a thing
        ("The end-user count passed 2025 users.", []),
        ("He turned the shed into a studio in the spring.", []),
    ],
)
def test_an_edge_with_a_hyphen_and_into_a_month(text, expected):
    assert dates_in(text, "2025-03-11") == expected


def test_an_edge_with_a_hyphen_keeps_its_part():
    events = resolve_dates(timeline_article("Repayments start by end-June 2025.", published=datetime(2025, 3, 11, tzinfo=timezone.utc)))
    assert [(event.precision, event.part) for event in events] == [("part-of-month", "late")]


# -- `Publish:` and `Update:` ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publish: 03 Dec 2026, 09:12 PM", datetime(2026, 12, 3, 21, 12)),
        ("Publish : 03 Dec 2026 09:12 PM", datetime(2026, 12, 3, 21, 12)),
        ("Update: 03 Dec 2026, 10:40 PM", datetime(2026, 12, 3, 22, 40)),
    ],
)
def test_publish_and_update_label_a_time_line(line, expected):
    assert parse_time_line(line).value == expected


def test_publish_in_a_sentence_is_no_label():
    assert parse_time_line("The council will publish its plan on 3 December 2026 after the vote.") is None


# -- a credit opening its caption's line -------------------------------------------------------------


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("credit_line", "caption"),
    [
        ("Photo: Tanvir Ahmed/Daily Meghna. Residents collect water from a tanker in Mirpur.",
         "Residents collect water from a tanker in Mirpur."),
        ("Photo: Collected. Flood water enters homes in Sylhet on Monday.", "Flood water enters homes in Sylhet on Monday."),
        ("Image: AFP. President Ruto speaks to reporters in Nairobi.", "President Ruto speaks to reporters in Nairobi."),
    ],
)
def test_a_credit_opening_its_line_leaves_the_caption(credit_line, caption):
    article = parsed(_page("Water to be rationed in 14 areas", "Staff Correspondent", "Publish: 03 Dec 2026, 09:12 PM",
                           credit_line, PROSE, PROSE_2, PROSE_3))
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert any(line.reason == "photo-credit" and line.text.startswith(credit_line.split(".")[0][:10]) for line in article.dropped)


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Our critics say the plan is bad. It will fail, they said on Monday.",  # words in lower case: no credit
        "Photo sessions resumed on Monday after the museum reopened its doors.",  # no label
    ],
)
def test_a_sentence_after_photo_is_no_credit(line):
    article = parsed(_page("Museum reopens after repairs", "March 4, 2025", PROSE, line, PROSE_2))
    assert line in [paragraph.text for paragraph in article.paragraphs]


# -- names on the time's own line, under the headline ------------------------------------------------


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Rachel Nguyen, Émile Gagnon", "Rachel Nguyen and Émile Gagnon"),
        ("Tom Ellis", "Tom Ellis"),
    ],
)
def test_names_on_the_time_line_under_a_standfirst_are_the_byline(names, expected):
    article = parsed(_page(
        "Airlines would have 30 days to pay passengers under new bill", "",
        "Transport minister calls the complaint backlog at the regulator unacceptable", "", "Social Sharing", "",
        f"{names} · PBC News · Posted: Dec 03, 2026 4:00 AM EST | Last Updated: 2 hours ago", "", PROSE, "", PROSE_2,
    ))
    assert article.byline == expected


def test_a_newsletters_name_beside_its_date_is_no_byline():
    article = parsed(_page("THE FAIRBURN LEDGER", "Morning Brief | Wednesday, December 11, 2024", "",
                           "Water board votes to raise rates", "", "By Dana Whitcombe", "", PROSE, "", PROSE_2))
    assert article.byline == "Dana Whitcombe"


@pytest.mark.parametrize("name", ["Morning Brief", "Weekly Digest", "Evening Bulletin", "Sunday Roundup"])
def test_a_newsletters_name_is_no_person(name):
    assert not is_person_name(name)


# -- an author box's name ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("Rachel Nguyen is a reporter with the Parliamentary Bureau in Ottawa.", "Rachel Nguyen"),
        ("Tom Ellis covers health and science for the paper.", "Tom Ellis"),
    ],
)
def test_an_author_box_gives_the_name_its_bio_opens_with(bio, expected):
    article = parsed(_page("Pier to be rebuilt after storm", "", "March 4, 2025", "", PROSE, "", PROSE_2, "", PROSE_3, "",
                           "ABOUT THE AUTHOR", bio, "", "Related Stories", "Air passenger complaints hit record high",
                           "Flight delays: what you are entitled to"))
    assert article.byline == expected


def test_an_author_box_never_names_the_list_under_it():
    article = parsed(_page("Pier to be rebuilt after storm", "", "March 4, 2025", "", PROSE, "", PROSE_2, "", PROSE_3, "",
                           "ABOUT THE AUTHOR", "The writer covers the harbour for the paper.", "", "Related Stories",
                           "Air passenger complaints hit record high"))
    assert article.byline is None


# -- a fact box over the headline -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        ("Case: Delacroix Freight LLC v. Harbor Point Port Authority", "Court: U.S. District Court for the Eastern District",
         "Judge: Hon. Miriam T. Okafor"),
        ("Bill: Coastal Protection Amendment Act 2026", "Sponsor: Sen. Ana Ruiz"),
    ],
)
def test_a_fact_boxs_fields_are_no_headline(box):
    title = "Judge blocks the port authority's container fee"
    article = parsed(_page("Federal Courts", "", *box, "", title, "", "By Priya Venkataraman",
                           "December 2, 2026, 4:15 PM EST", "", PROSE, "", PROSE_2))
    assert article.title == title


def test_a_headline_with_a_colon_alone_stays_the_headline():
    title = "Brexit: what next for the harbour's fishing crews"
    article = parsed(_page(title, "", "March 4, 2025", "", PROSE, "", PROSE_2))
    assert article.title == title


# -- an embedded post ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "post",
    [
        "Tottenham agree fee with Rosenborg for Sander Holtevik 🇳🇴 Medical booked. Here we go soon ⏳",
        "Heavy rain warning upgraded to RED for the eastern ranges. Expect 150mm.",
    ],
)
def test_an_embedded_posts_text_is_kept_as_a_quote(post):
    article = parsed(_page("Pier to be rebuilt after storm", "", "March 4, 2025", "", PROSE, "", post,
                           "— Marco Lindqvist (@MLindqvistFC) March 4, 2025", "", PROSE_2, "", PROSE_3))
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert texts == [PROSE, post, PROSE_2, PROSE_3]
    assert [(block.kind, block.text) for block in article.blocks if block.kind == "quote"] == [("quote", post)]
    assert any(line.reason == "social-embed" for line in article.dropped)


def test_a_line_above_a_quote_that_is_not_signed_stays_what_it_was():
    promo = "Transfer Centre LIVE! Gossip, news & rumours"
    article = parsed(_page("Pier to be rebuilt after storm", "", "March 4, 2025", "", PROSE, "", PROSE_2, "", promo,
                           "Tottenham agree fee with Rosenborg for Sander Holtevik. Here we go soon ⏳",
                           "— Marco Lindqvist (@MLindqvistFC) March 4, 2025", PROSE_3))
    assert promo not in [paragraph.text for paragraph in article.paragraphs]


# -- reader polls and quizzes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "poll",
    [
        ("Poll", "Is £38m a fair price for the midfielder?", "Yes – he is what the midfield needs", "64%",
         "No – the money should have gone on a striker", "36%", "Total votes: 4,812", "Vote now"),
        ("POLL", "Should the town close Marlow Street to cars?", "Yes", "No", "Not sure", "Vote", "View results"),
        # no heading: a question whose options show their shares
        ("Should the pier reopen before summer?", "Yes", "71%", "No", "29%", "1,204 votes"),
        ("Quick quiz: How well do you know the harbour?", "Question 1 of 8", "In what year did the pier open?",
         "A. 1949", "B. 1957", "Check answer"),
    ],
)
def test_a_poll_inside_the_story_is_dropped(poll):
    article = parsed(_page("Pier to be rebuilt after storm", "", "March 4, 2025", "", PROSE, "", *poll, "", PROSE_2, "", PROSE_3))
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert any(line.reason == "poll" for line in article.dropped)


def test_a_question_the_story_asks_is_no_poll():
    question = "Will the pier be ready before the summer season?"
    article = parsed(_page("Pier to be rebuilt after storm", "", "March 4, 2025", "", PROSE, "", question, "", PROSE_2, "",
                           "The answer depends on the weather, the board said, and on 64% of the work.", "", PROSE_3))
    assert question in [paragraph.text for paragraph in article.paragraphs]
    assert not any(line.reason == "poll" for line in article.dropped)


# -- a link's arrow, a bracketed credit ---------------------------------------------------------------------


@pytest.mark.parametrize("promo", [
    "Get the full print edition on your phone: Subscribe to the e-paper for only KSh 20 a day >>",
    "Read every story from this week's print edition in the e-paper »",
])
def test_a_line_closed_by_a_links_arrow_is_no_headline(promo):
    title = "Matatu operators given 90 days to switch to cashless fares"
    article = parsed(_page("Home", "News", promo, "National", title, "By OTIENO WAFULA", "Thursday, December 03, 2026",
                           PROSE, PROSE_2))
    assert article.title == title


def test_a_photographer_and_outlet_in_square_brackets_credit_a_caption():
    line = "Passengers board a matatu at the Kencom stage in Nairobi CBD. [Boniface Okendo, Daily Taifa]"
    assert ends_with_credit(line) and without_credit(line) == "Passengers board a matatu at the Kencom stage in Nairobi CBD."
    assert not ends_with_credit("The law passed on Monday. [Jane Roe, editor]")  # a role in lower case: a note


# -- a channel's post ------------------------------------------------------------------------------------------


def test_a_channels_post_has_no_headline():
    post = ("Dockworkers at the Baltic Gate terminal in Gdańsk ended their four-day walkout this morning after "
            "management agreed to a 9% pay rise 🎉")
    article = parsed(_page("Baltic Port Watch", "48,512 subscribers", "📌 Pinned message",
                           "Our weekly shipping digest is now on Fridays", "Forwarded from Gdańsk Harbour Daily", post, "",
                           "⚓️ " + PROSE, "", PROSE_2, "", "👁 12.3K", "14:05"))
    assert article.title is None
    assert [paragraph.text for paragraph in article.paragraphs][:2] == [post, "⚓️ " + PROSE]
    reasons = {line.text: line.reason for line in article.dropped}
    assert reasons["Baltic Port Watch"] == "outlet-name"
    assert reasons["Our weekly shipping digest is now on Fridays"] == "interface"


def test_a_short_headline_with_a_pictograph_stays_a_headline():
    title = "Port strike ends after four days 🎉"
    article = parsed(_page(title, "", "March 4, 2025", "", PROSE, "", PROSE_2))
    assert article.title == title


# -- a printed page copied from a PDF ---------------------------------------------------------------------

from briefs.sources.clutter import clutter_reason  # noqa: E402
from briefs.sources.headline import join_wrapped_headline  # noqa: E402
from briefs.sources.lines import Line  # noqa: E402
from briefs.sources.time_line import find_time  # noqa: E402
from briefs.sources.unwrap import join_wrapped, unwrap  # noqa: E402


@pytest.mark.parametrize(
    ("line", "day", "rest"),
    [
        ("THE SOUTHERN LANTERN Thursday, October 9, 2025 5", "2025-10-09", ["THE SOUTHERN LANTERN", "5"]),
        ("6 THE DAILY POST Monday, March 3, 2025", "2025-03-03", ["THE DAILY POST", "6"]),
        ("12 HARBOUR GAZETTE 14 June 2024", "2024-06-14", ["HARBOUR GAZETTE", "12"]),
    ],
)
def test_a_pages_running_head_gives_the_date(line, day, rest):
    stamp, parts = find_time(line)
    assert stamp.value.date().isoformat() == day and parts == rest


@pytest.mark.parametrize("line", ["THE VOTE was held in 2025 5", "NZ 2025 5"])
def test_capitals_and_a_year_are_no_running_head(line):
    assert find_time(line) is None


@pytest.mark.parametrize(
    ("text", "following", "joined"),
    [
        ("paid for by the govern-", "ment and the council", "paid for by the government and the council"),
        ("a section of deck-", "ing sank at its moorings", "a section of decking sank at its moorings"),
        ("the vote was 9-", "5 against", "the vote was 9- 5 against"),  # a number: no word broken
        ("talks with the US-", "Japan group", "talks with the US- Japan group"),  # a capital goes on: a compound
    ],
)
def test_a_word_the_column_hyphenated_is_whole_again(text, following, joined):
    assert join_wrapped(text, following) == joined


_COLUMN = [
    "Boaties and fishing crews at Port Chalmers will get their",
    "pontoon back next month, eight months after storm damage",
    "forced its closure, the harbour board says.",
    "The pontoon was torn from two of its piles in a storm and",
    "a section of its decking sank at its moorings in February.",
    "The board closed it the same night and has kept it fenced",
    "off since then, its chair said.",
    "REGIONAL NEWS",
    "Final inspections were carried out on Tuesday. If the",
    "weather holds, it reopens to boats on November 3.",
]


def test_a_label_in_capitals_is_no_paragraphs_next_line():
    joined = unwrap(_COLUMN)
    assert "REGIONAL NEWS" in joined
    assert not any(text.endswith("REGIONAL NEWS") and text != "REGIONAL NEWS" for text in joined)


def _pdf_page(*extra: str) -> str:
    return _page(
        "THE SOUTHERN LANTERN Thursday, October 9, 2025 5", "REGIONAL NEWS", "Harbour pontoon to reopen",
        "after $2.4m rebuild", "By Ruth Callaghan",
        "Boaties and fishing crews at Port Chalmers will get their",
        "pontoon back next month, eight months after storm damage",
        "forced its closure, the harbour board says.",
        "The Halloran Wharf pontoon was torn from two of its piles",
        "during a southerly storm in February. The board closed it",
        "and has kept it fenced off since.",
        "Harbourmaster Elspeth Vance on the new decking at",
        "Halloran Wharf on Tuesday. Picture: GREG TAMSIN",
        "The rebuild, costing $2.4 million, was paid for by the govern-",
        "ment and the regional council, and includes new steel",
        "piles.",  # a paragraph's last line is short: where a column's paragraph ends
        *extra,
        "Commercial operators say the closure has been expensive. Skip-",
        "per Darnell Whaanga said crews had been forced to unload at",
        "the container wharf.",
        "Final inspections were carried out on Tuesday. If the weath-",
        "er holds, the pontoon reopens to boats on November 3.",
    )


def test_a_pdfs_page_reads_as_its_story():
    article = parsed(_pdf_page())
    assert article.title == "Harbour pontoon to reopen after $2.4m rebuild"
    assert article.published.date().isoformat() == "2025-10-09"
    assert article.caption == "Harbourmaster Elspeth Vance on the new decking at Halloran Wharf on Tuesday."
    assert article.byline == "Ruth Callaghan"
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert texts[1] == ("The Halloran Wharf pontoon was torn from two of its piles during a southerly storm in February. "
                        "The board closed it and has kept it fenced off since.")
    assert "paid for by the government and the regional council" in texts[2]
    assert len(texts) == 5


def test_another_storys_column_cut_in_is_dropped():
    cut_in = ("Parking levy", "voted down", "By TOM ASHWORTH", "A proposed $4 daily levy on", "all-day parking in the central",
              "city was rejected by council-", "lors on Wednesday night.", "Councillors voted 9-5 against", "the levy, which would have",
              "Continued Page 7")
    article = parsed(_pdf_page(*cut_in))
    texts = " ".join(paragraph.text for paragraph in article.paragraphs)
    assert "levy" not in texts and "TOM ASHWORTH" not in texts
    assert len(article.paragraphs) == 5
    assert {line.text for line in article.dropped if line.reason == "other-story"} >= {"By TOM ASHWORTH", "Parking levy"}


def test_a_second_byline_without_a_jump_line_is_left():
    article = parsed(_pdf_page("By TOM ASHWORTH", "Councillors voted 9-5 against the levy on Wednesday night."))
    assert not any(line.reason == "other-story" for line in article.dropped)


@pytest.mark.parametrize("line", ["Continued Page 7", "Continued on Page 7", "Cont'd on page 7", "Cont. p. 7", "CONTINUED A6"])
def test_jump_lines(line):
    assert clutter_reason(line) == "page-jump"


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("Harbour pontoon to reopen", "after $2.4m rebuild", True),
        ("Council backs river walk", "despite flood fears", True),
        ("Harbour pontoon to reopen", "by Ruth Callaghan", False),  # its byline
        ("Harbour pontoon to reopen", "updated 2 hours ago", False),  # its time
        ("Harbour pontoon to reopen.", "after the storm", False),  # the first ends like a sentence
    ],
)
def test_a_printed_headline_over_two_lines(first, second, joined):
    header = [Line(1, first), Line(2, second), Line(3, "March 4, 2025")]
    result = join_wrapped_headline(header, header)
    assert (result[0].text == f"{first} {second}") is joined


# -- a newsletter's greeting, sponsor, slot label and credits ------------------------------------------------


@pytest.mark.parametrize("line", [
    "Good morning. Today's lead story is below. Tomorrow: what the budget means for your tax bill.",
    "Good morning. Today: Indonesia's quota squeeze, Thai rice freight, and this week's port dwell times. – Nadia",
    "Hello, readers! Inside: the ferry fire, the budget and the weekend's weather.",
])
def test_a_newsletters_greeting_is_clutter(line):
    assert clutter_reason(line) == "newsletter"


def test_a_greeting_in_a_quotation_is_the_story():
    assert clutter_reason('"Good morning," the captain said as the ferry left the terminal at dawn on Monday.') is None


def test_a_sponsors_line_under_its_label_is_an_ad():
    ad = "Spring tune-up special at Bedford Auto Care — 15% off with code LEDGER15."
    article = parsed(_page("Ferry suspends night crossings after fire", "", "March 4, 2025", "", PROSE, "", PROSE_2, "",
                           "SPONSORED", ad, "", PROSE_3))
    assert ad not in [paragraph.text for paragraph in article.paragraphs]
    assert PROSE_3 in [paragraph.text for paragraph in article.paragraphs]


def test_a_line_under_sponsored_by_a_name_is_the_pages():
    title = "Schools add two makeup days after a week of snow closures"
    article = parsed(_page("Home", "Weather", "Sponsored by Alpenglow Heating & Air", title, "", "March 4, 2025", "",
                           PROSE, "", PROSE_2))
    assert article.title == title


@pytest.mark.parametrize("label", ["TOP STORY", "Lead story", "Today's top story"])
def test_a_newsletters_slot_is_no_section(label):
    article = parsed(_page("THE MORNING LEDGER", "", label, "", "Ferry suspends night crossings after fire", "",
                           "By Colette Amirault", "", PROSE, "", PROSE_2))
    assert article.section is None


@pytest.mark.parametrize("line", [
    "Supply Chain Asia AM is written by Nadia Rahman in Singapore with Tomás Ferreira in Manila. Edited by Grace Tan.",
    "The Morning Ledger is produced by the Harbour Ledger's audience team.",
])
def test_a_newsletters_own_credits(line):
    assert clutter_reason(line) == "credits"


def test_a_story_saying_who_wrote_a_report_is_no_credit():
    assert clutter_reason("The report is written by the council's own auditors, who found no fault.") is None


# -- labels opening a paragraph, an appeal for money ---------------------------------------------------------------


@pytest.mark.parametrize("label", ["Details", "Background", "Quote", "Reminder"])
def test_a_label_before_a_colon_is_no_dateline(label):
    text = (f"{label}: According to the decision, 68 of 84 councillors voted in favour on Thursday, and the building "
            "will be renovated in three phases.")
    article = parsed(_page("Council backs rehabilitation centre", "", "3 December, 2026 14:05", "", PROSE, "", text))
    assert article.paragraphs[1].text == text and article.dateline is None


def test_a_place_before_a_colon_is_still_a_dateline():
    text = ("Lviv: The city council on Thursday approved a plan to convert a former tobacco factory into a "
            "rehabilitation centre for veterans.")
    article = parsed(_page("Council backs rehabilitation centre", "", "3 December, 2026 14:05", "", text, "", PROSE_2))
    assert article.dateline == "Lviv"


@pytest.mark.parametrize("line", [
    "Ukrainska Pravda is an independent media outlet. We rely on the support of our readers. Become a patron or make "
    "a one-time donation to help us keep reporting.",
    "Independent journalism costs money. Become a member today and support the newsroom.",
    "Make a monthly donation to keep our reporting free for everyone.",
])
def test_an_appeal_for_money_is_a_prompt(line):
    assert clutter_reason(line) == "reader-prompt"


def test_a_story_about_donations_is_the_story():
    line = "Residents can make a one-time donation at the town hall, the mayor said on Monday."
    assert clutter_reason(line) is None


# -- a writer named as a portal's source, advice that mentions minutes ---------------------------------------------


@pytest.mark.parametrize(("line", "byline"), [
    ("Source: Yaw Ofori-Atta, Contributor", "Yaw Ofori-Atta"),
    ("Source: Ama Boateng, Staff Writer", "Ama Boateng"),
])
def test_a_source_line_naming_a_writer_gives_the_byline(line, byline):
    article = parsed(_page("Cedi slides as fuel import bill rises", "", "03.12.2026", "", PROSE, "", PROSE_2, "", line))
    assert article.byline == byline


def test_a_source_line_naming_an_outlet_gives_no_byline():
    article = parsed(_page("Cedi slides as fuel import bill rises", "", "03.12.2026", "", PROSE, "", PROSE_2, "",
                           "Source: Harbour City Daily"))
    assert article.byline is None


def test_advice_that_mentions_minutes_is_the_story():
    tip = "Keep your wake-up time within 30 minutes of your weekday alarm, even on weekends."
    article = parsed(_page("Weekend lie-ins linked to blood pressure", "", "December 2, 2026", "", PROSE, "",
                           "Specialists suggested a few simple steps:", "", tip, "Get outdoor light in the first hour.", "",
                           PROSE_2))
    assert tip in [paragraph.text for paragraph in article.paragraphs]


# -- a list whose marks the copy lost ------------------------------------------------------------------------------


@pytest.mark.parametrize("items", [
    ("Northern Ireland", "Anglesey and Gwynedd", "Cumbria"),
    ("A later start, with the first lanterns leaving Castle Park at 5pm", "A step-free route throughout",
     "Two new viewing areas with seating"),
])
def test_short_lines_set_tight_under_a_colon_are_a_list(items):
    article = parsed(_page("Amber warning for wind across the west", "", "March 4, 2025", "", PROSE, "",
                           "The warning covers the following:", *items, "", PROSE_2, "", PROSE_3))
    lists = [block for block in article.blocks if block.kind == "list"]
    assert len(lists) == 1 and list(lists[0].items) == list(items)


def test_paragraphs_under_a_colon_in_a_paste_without_blank_lines_are_no_list():
    article = parsed(_page("Amber warning for wind across the west", "March 4, 2025", PROSE,
                           "The warning covers these areas, the forecaster said:", PROSE_2, PROSE_3))
    assert not any(block.kind == "list" for block in article.blocks)


def test_long_lines_under_a_colon_are_no_list():
    article = parsed(_page("Amber warning for wind across the west", "", "March 4, 2025", "", PROSE, "",
                           "The forecaster said:", PROSE + " " + PROSE_2, PROSE_3 + " " + PROSE, "", PROSE_2))
    assert not any(block.kind == "list" for block in article.blocks)


# -- seasons, the same month last year, `as far back as` -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The first wing is due to open in autumn 2027.", "2026-12-03", [("in autumn 2027", "2027")]),
        ("The museum will reopen next spring.", "2026-12-03", [("next spring", "2027")]),
        ("The museum will reopen next summer.", "2026-03-03", [("next summer", "2026")]),
        ("The plant closed last summer.", "2026-03-03", [("last summer", "2025")]),
        ("The plant closed last summer.", "2026-10-03", [("last summer", "2026")]),
        ("Work starts this autumn.", "2026-03-03", [("this autumn", "2026")]),
        ("The team played well in the spring.", "2026-03-03", []),  # any spring
        ("Prices could fall sharply, analysts warned.", "2026-03-03", []),
    ],
)
def test_a_season_placed_by_a_year_or_a_relation(text, published, expected):
    assert dates_in(text, published) == expected


def test_the_same_month_last_year_is_the_month_named_before_it():
    found = dict(dates_in("The agency recorded 312 floods in November alone, up from 204 in the same month last year.",
                          "2026-12-03"))
    assert found == {"in November": "2026-11", "in the same month last year": "2025-11"}


def test_the_same_month_last_year_alone_is_the_publications():
    assert dates_in("Exports rose 4% against the same month last year.", "2026-12-03") == [
        ("the same month last year", "2025-12")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Prices have been rising as far back as August.", [("August", "2026-08")]),
    ("Bookings were made as early as March.", [("March", "2026-03")]),
    ("Candidates such as May spoke at the rally.", []),  # Theresa May
])
def test_as_far_back_as_a_month(text, expected):
    assert dates_in(text, "2026-12-03") == expected


# -- a page's section above its headline -----------------------------------------------------------------------

_MENU = ("Home", "News", "Business", "Sports", "Entertainment", "Opinions", "Search")


def test_a_label_set_apart_from_a_tight_menu_is_the_section():
    article = parsed(_page(*_MENU, "", "Business News", "", "03.12.2026  |  Read Time: 3 mins", "",
                           "Cocoa farmers threaten to withhold beans over unpaid arrears", "", PROSE, "", PROSE_2))
    assert article.section == "Business News"


def test_a_menus_last_item_set_tight_over_the_headline_is_no_section():
    article = parsed(_page(*_MENU[:-1], "Cocoa farmers threaten to withhold beans over unpaid arrears", "", "March 4, 2025", "",
                           PROSE, "", PROSE_2))
    assert article.section is None


@pytest.mark.parametrize("odd_item", ["Gold/Forex", "Prayer Times 2026"])
def test_a_menu_item_printed_again_over_the_headline_is_the_section(odd_item):
    article = parsed(_page("Daily Gulf", "UAE", "Business", "World", "Sports", odd_item, "Weather", "Subscribe", "UAE",
                           "Abu Dhabi launches free winter health screenings for outdoor workers",
                           "Published: Thu 3 Dec 2026, 9:15 AM", PROSE, PROSE_2))
    assert article.section == "UAE"


@pytest.mark.parametrize(("name", "outlet"), [
    ("Business News", False), ("Local News", False), ("World News", False),
    ("Example News", True), ("Harbour Daily News", True),
])
def test_a_desks_news_label_is_no_outlet(name, outlet):
    from briefs.sources.headline import is_outlet_name
    assert is_outlet_name(name, "", True, True) is outlet


@pytest.mark.parametrize(("text", "following", "joined"), [
    ("ending a three-", "year debate", "ending a three-year debate"),
    ("a self-", "funded plan", "a self-funded plan"),
    ("the Lowfield neigh-", "bourhood", "the Lowfield neighbourhood"),
])
def test_a_compound_keeps_its_own_hyphen_at_a_lines_end(text, following, joined):
    assert join_wrapped(text, following) == joined


# -- the thirty-third set: dates ---------------------------------------------------------------------------------


def test_a_captions_named_date_settles_a_date_that_reads_two_ways():
    article = parsed(_page(
        "French farmers dig in on Toulouse ring road", "",
        "Farmers warm themselves on the ring road near Toulouse on December 2, 2026. © Mathilde Rouquette, AFP",
        "By: Hélène Marchetti", "Issued on: 03/12/2026 - 14:20", "", PROSE, "", PROSE_2))
    assert article.published == datetime(2026, 12, 3, 14, 20)


@pytest.mark.parametrize("saved", ["Saved Dec 3, 2026", "Saved to Pocket on 3 December 2026", "Added 2026-12-03 09:14"])
def test_a_read_later_apps_saved_date_is_no_publication(saved):
    article = parsed(_page("The Bakery That Outlasted Three Landlords", "portolanoquarterly.com · 6 min read", saved, "",
                           "By Inês Carvalho", "", PROSE, "", PROSE_2))
    assert article.published is None
    assert any(line.text.startswith(saved.split()[0]) for line in article.dropped)


@pytest.mark.parametrize(("paragraph", "dateline", "day"), [
    ("December 3, 2026 (LBO) – Sri Lanka's central bank kept its policy rate unchanged on Thursday.",
     "December 3, 2026 (LBO)", "2026-12-03"),
    ("3 December 2026 (AFP) — Talks on the levy broke up without agreement late on Wednesday.",
     "3 December 2026 (AFP)", "2026-12-03"),
])
def test_a_dateline_of_a_date_and_an_agency_dates_the_story(paragraph, dateline, day):
    article = parsed(_page("Sri Lanka keeps policy rate unchanged", "", paragraph, "", PROSE_2, "", PROSE_3))
    assert article.dateline == dateline
    assert article.published.date().isoformat() == day


def test_a_date_in_brackets_opening_a_caption_is_no_dateline():
    from briefs.sources.dateline import split_dateline
    assert split_dateline("December 3, 2026 (file photo) shows the harbour.")[0] is None


# -- the thirty-third set: posts and newsletters --------------------------------------------------------------------


@pytest.mark.parametrize("age", ["2d •", "5h • Edited •", "3w •"])
def test_a_feed_posts_age_opens_the_post_that_shares_an_article(age):
    article = parsed(_page(
        "Feed post", "Rebecca Thornhill", " • 2nd", "VP, Operations at Meridian Cold Chain | Logistics & Food Safety", age,
        "Follow", "This is the story every cold-storage operator should read this week. We had two near-misses.", "",
        "Regulators tie spoiled-vaccine losses to faulty warehouse compressors", "By Harold Vance", "March 3, 2026", "",
        PROSE, "", PROSE_2, "", PROSE_3, "", "Like", "Comment", "Repost"))
    assert article.title == "Regulators tie spoiled-vaccine losses to faulty warehouse compressors"
    assert article.caption is None and article.byline == "Harold Vance"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_clock_alone_over_a_comment_opens_no_article():
    article = parsed(_page("Harbour pier to be rebuilt", "", "March 4, 2025", "", PROSE, "", "14:05", PROSE_2))
    assert article.title == "Harbour pier to be rebuilt"


@pytest.mark.parametrize("line", [
    "You are receiving this because you signed up for the Morning Edition.",
    "You're receiving this email because you subscribed at ledger.example.",
])
def test_a_newsletters_receiving_note(line):
    assert clutter_reason(line) == "reader-prompt"


def test_names_between_bars_are_a_masthead():
    article = parsed(_page("THE PRAIRIE DISPATCH | Morning Edition", "", "----", "", "FARM & RANCH", "",
                           "GRAIN CO-OP VOTES TO BUILD $48 MILLION ELEVATOR NEAR SALINA", "", "By Ruth Engstrom",
                           "Thursday, January 15, 2026, 5:30 a.m. CST", "", PROSE, "", PROSE_2))
    assert article.title == "GRAIN CO-OP VOTES TO BUILD $48 MILLION ELEVATOR NEAR SALINA"


def test_a_rubric_between_bars_over_its_headline_stays_apart():
    title = "Tariffs hit exporters as talks stall in Geneva"
    article = parsed(_page(f"Trade | {title}", "", "March 4, 2025", "", PROSE, "", PROSE_2))
    assert title in article.title


# -- readers' comments ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("thread", [
    ("Comments", "3 Comments", "Nimal Perera", "December 3, 2026 at 4:18 pm",
     "Rates should have been cut last month itself. SMEs are struggling.", "Reply",
     "Kumari W.", "December 3, 2026 at 5:02 pm", "Good decision. Better to be careful.", "Reply"),
    ("Denise Fiala", "About time. That bridge has been shaking for years and nobody listened.", "2h", "Like", "Reply",
     "Jim Halvorsen", "Who pays for it? Not the county, that is for sure.", "5h", "Like", "Reply"),
])
def test_readers_comments_are_dropped_by_their_signature(thread):
    article = parsed(_page("Pier to be rebuilt after storm", "", "March 4, 2025", "", PROSE, "", PROSE_2, "", PROSE_3, "",
                           *[part for line in thread for part in (line, "")]))
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert any(line.reason == "comments" for line in article.dropped)


def test_a_reply_button_over_the_story_drops_nothing():
    article = parsed(_page("Pier to be rebuilt after storm", "Tom Ellis", "2h", "Reply", "", PROSE, "", PROSE_2, "", PROSE_3))
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# -- the thirty-third set: paywalls, bylines, badges, credits ---------------------------------------------------------


@pytest.mark.parametrize("line", [
    "You've read 1 of 3 free subscriber articles this month. Subscribe now for unlimited access.",
    "You have read 4 of your 5 free articles.",
])
def test_a_metered_paywalls_count_is_a_prompt(line):
    assert clutter_reason(line) == "newsletter"


@pytest.mark.parametrize(("line", "name"), [
    ("Rebecca Thornquist, Senior Reporter, Houston", "Rebecca Thornquist"),
    ("Tom Ellis, Energy Editor, New York", "Tom Ellis"),
])
def test_a_byline_with_its_role_and_city(line, name):
    from briefs.sources.byline import read_byline
    assert read_byline(line) == name


@pytest.mark.parametrize("badge", ["Subscriber content", "Subscribers only", "Premium"])
def test_a_badge_between_section_and_headline_hides_no_section(badge):
    article = parsed(_page("Upstream", "Midstream", "LNG", "Data", "", "Upstream", "", badge, "",
                           "Permian operator cuts 2027 rig plans as service costs climb", "", "Nov. 30, 2026 4:32 PM CST", "",
                           PROSE, "", PROSE_2))
    assert article.section == "Upstream"


@pytest.mark.parametrize(("line", "caption"), [
    ("Workers checking a pipe junction at a treatment plant in Seberang Perai. - Filepic",
     "Workers checking a pipe junction at a treatment plant in Seberang Perai."),
    ("Property prices: asking prices have risen every month since 2023. Chart: Homefront News / HomeIndex data",
     "Property prices: asking prices have risen every month since 2023."),
])
def test_more_credit_shapes(line, caption):
    assert without_credit(line) == caption


def test_a_charts_title_is_no_credit():
    assert not ends_with_credit("Chart: Annual change in CPI and core CPI, 2015–2025")


def test_a_short_unstopped_caption_over_a_photo_credit():
    article = parsed(_page("Tuscan olive oil harvest down 30% after storms", "Growers ask region to declare calamity",
                           "ROME, 03 December 2026, 11:27", "Olive harvest near Montalcino, Tuscany", "© ITALWIRE/ARCHIVE",
                           PROSE, PROSE_2))
    assert article.caption == "Olive harvest near Montalcino, Tuscany"


def test_a_byline_over_an_end_mark_is_no_caption():
    article = parsed(_page("Council slams suspension of tour groups", "", "2025/05/23 21:15", "", PROSE, "", PROSE_2, "",
                           "(By Chen Yu-ting and Kay Liu)", "Enditem/ASG"))
    assert article.caption is None


@pytest.mark.parametrize(("name", "footer", "outlet"), [
    ("Faith", "© 2026 heartland faith & life. all rights reserved.", False),
    ("Reuters", "© 2026 reuters. all rights reserved", True),
    ("Nikkei", "copyright © nikkei inc.", True),
])
def test_one_word_is_the_outlet_only_as_the_copyrights_whole_name(name, footer, outlet):
    from briefs.sources.headline import is_outlet_name
    assert is_outlet_name(name, footer, False, True) is outlet


@pytest.mark.parametrize(("line", "reason"), [
    ("Independent journalism costs money. Subscribe to our digital news package and get unlimited access to all our articles.",
     "reader-prompt"),
    ("Is there anything wrong with this page?", "reader-prompt"),
    ("Support Kolokol", "interface"),
])
def test_more_appeals(line, reason):
    assert clutter_reason(line) == reason


def test_support_in_a_headline_is_no_button():
    assert clutter_reason("Support grows for the harbour plan") is None


# -- lists and forms inside the story --------------------------------------------------------------------------------


def test_an_unmarked_list_of_figures_inside_the_story_is_kept():
    items = ("Manchester: 6.1%", "Liverpool: 5.4%", "Leeds: 4.9%")
    article = parsed(_page("Manchester overtakes London for price growth", "", "March 4, 2025", "", PROSE, "",
                           "The biggest risers among major cities were:", "", *items, "", "Advertisement", "", PROSE_2, "",
                           PROSE_3))
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert texts == [PROSE, "The biggest risers among major cities were:", *items, PROSE_2, PROSE_3]


def test_a_list_under_the_pages_terms_is_no_story_list():
    article = parsed(_page("Manchester overtakes London for price growth", "", "March 4, 2025", "", PROSE, "", PROSE_2, "",
                           "You are free to republish it so long as you do the following:",
                           "Credit us in the byline", "Do not edit our material", "", PROSE_3))
    assert not any(block.kind == "list" for block in article.blocks)


def test_a_calculator_in_the_story_is_a_widget():
    widget = ("Mortgage calculator", "Property price", "£250,000", "Deposit", "£25,000", "Mortgage term (years)", "25",
              "Calculate", "Your estimated monthly repayment: £1,251")
    article = parsed(_page("Manchester overtakes London for price growth", "", "March 4, 2025", "", PROSE, "", *widget, "",
                           PROSE_2, "", PROSE_3))
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert {line.text for line in article.dropped if line.reason == "widget"} >= {"Mortgage calculator", "Calculate"}


def test_figures_in_a_table_without_a_button_are_no_widget():
    table = ("Exports by port", "Tianjin", "12.4", "Qingdao", "9.8", "Dalian", "4.1")
    article = parsed(_page("Exports rise at northern ports", "", "March 4, 2025", "", PROSE, "", *table, "", PROSE_2))
    assert not any(line.reason == "widget" for line in article.dropped)


def test_a_papers_lead_stories_section_is_a_section():
    article = parsed(_page("The Gleaner", "Home", "News", "Lead Stories", "Business", "Sports", "Lead Stories", "",
                           "Residents threaten roadblock over three-week water outage", "",
                           "Published: Thursday | December 3, 2026 | 12:08 AM", "", PROSE, "", PROSE_2))
    assert article.section == "Lead Stories"


# -- the thirty-third set: tense and limits ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a date in a clause of its own, its verb right after it
    ("The harvest will be 30% smaller after violent storms in October stripped fruit from trees.", "2026-10"),
    ("Prices will rise again when talks in June resume.", "2027-06"),
    # no verb of its own after it: the main verb governs
    ("The plant will reopen after repairs in October, officials said.", "2027-10"),
])
def test_a_date_in_a_clause_of_its_own(text, expected):
    months = [date for expression, date in dates_in(text, "2026-12-03") if expression.startswith("in ")]
    assert months == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The train completed its first commercial run on a new line on Wednesday, the operator said.", "2026-12-02"),
    ("Trains run on Monday as usual.", "2026-12-07"),  # a verb, which schedules
])
def test_an_ordinal_makes_a_present_verb_a_noun(text, expected):
    assert dates_in(text, "2026-12-03")[0][1] == expected


@pytest.mark.parametrize("text", [
    "Authorities will extend water rationing until at least February.",
    "The bridge stays shut through at most February.",
])
def test_until_at_least_a_month(text):
    assert dates_in(text, "2026-12-03") == [("February", "2027-02")]


@pytest.mark.parametrize(("line", "name"), [("by Dwayne Merritt / 2h", "Dwayne Merritt"),
                                            ("By Dwayne Merritt · 5 hours ago", "Dwayne Merritt")])
def test_a_feed_readers_age_after_the_byline(line, name):
    from briefs.sources.byline import read_byline
    assert read_byline(line) == name


# -- the thirty-fourth set ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Forwarded many times", "Forwarded", "Please enter a search term."])
def test_more_interface_lines(line):
    assert clutter_reason(line) == "interface"


def test_a_video_players_title_over_the_story_is_dropped():
    article = parsed(_page("Boil water notice issued after main break", "by: Marisa Delgado",
                           "Posted: Dec 3, 2026 / 05:12 PM CST", "Watch Now", "0:45",
                           "Crews dig out broken main near Wolflin Avenue", "Next Up In Local News",
                           "Deputies search for missing teen", PROSE, "", PROSE_2, "", PROSE_3))
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_sports_recaps_up_next_stays_the_story():
    article = parsed(_page("Gulls edge Lumberjacks in overtime", "", "Feb. 23, 2025", "", PROSE, "", PROSE_2, "", "UP NEXT",
                           "", "Gulls: Host the Northport Comets on Monday.", "", "Lumberjacks: At the Bayview Pelicans on Tuesday."))
    assert "Gulls: Host the Northport Comets on Monday." in [paragraph.text for paragraph in article.paragraphs]


@pytest.mark.parametrize(("signature", "name"), [
    ("Story: Pham Ngoc Diep", "Pham Ngoc Diep"),
    ("— Mariel Dizon/DVM, GMA News", "Mariel Dizon"),
    ("– Paolo Ramirez/KG/RSJ, News Online", "Paolo Ramirez"),
])
def test_a_signature_under_the_story_names_the_writer(signature, name):
    article = parsed(_page("Lantern streets to go car-free", "", "December 3, 2026 | 08:45 pm GMT+7", "", PROSE, "", PROSE_2,
                           "", signature, "", "Tags: Hoi An, tourism"))
    assert article.byline == name


@pytest.mark.parametrize(("line", "name"), [("By Ritika Deshmukh, ET Bureau", "Ritika Deshmukh"),
                                            ("By Tom Ellis, Metro Desk", "Tom Ellis")])
def test_a_desk_is_no_author(line, name):
    from briefs.sources.byline import read_byline
    assert read_byline(line) == name


@pytest.mark.parametrize("byline", ["Émilie Gendron, The Canadian Press", "Tom Ellis, The Harbour Times"])
def test_names_and_an_outlet_over_the_time_line(byline):
    article = parsed(_page("Quebec snow-removal contractors short 600 drivers", byline,
                           "Published on December 3, 2026 at 6:00 a.m. EST", "", PROSE, "", PROSE_2))
    assert article.byline == byline.split(",")[0]


@pytest.mark.parametrize(("line", "reason"), [
    ("PHOTO MARC-OLIVIER LANDRY, THE CANADIAN PRESS ARCHIVES", "photo-credit"),
    ("PHOTO ROBERT SKINNER, LA PRESSE", "photo-credit"),
])
def test_a_quebec_papers_credit(line, reason):
    assert clutter_reason(line) == reason


def test_photo_gallery_is_no_credit():
    assert clutter_reason("PHOTO GALLERY") != "photo-credit"


def test_a_first_paragraph_announcing_a_day_to_come_is_no_caption():
    lead = ("The Christmas Carnival returns to the waterfront on Saturday 12 December, with a street parade and fireworks.")
    article = parsed(_page("Road closures for the Christmas Carnival", "Released: 3 December 2026", lead,
                           "More than 40,000 people attended last year, and several city streets will be closed to traffic.",
                           PROSE_2))
    assert article.caption is None and article.paragraphs[0].text == lead


def test_a_caption_of_a_past_day_is_still_a_caption():
    caption = "Officials inspect the damaged jetty at Kesarpur ghat on 1 December."
    article = parsed(_page("Jetty to be rebuilt", "", "Released: 3 December 2026", "", caption, "",
                           "The district board voted on Tuesday to rebuild the jetty, which was damaged in last week's storm "
                           "and has been closed to ferries since.", "", PROSE_2))
    assert article.caption == caption


def test_a_fact_box_over_a_review_is_no_paragraph():
    article = parsed(_page("The Salt House review – an inheritance row that earns every tear", "Reviewed by Tomasz Wren",
                           "3 December 2026", "Running time: 2h 10m, including one interval", "Director: Hollis Grant",
                           "Cast: Nadia Okafor, Phil Barraclough", PROSE, PROSE_2))
    assert article.byline == "Tomasz Wren"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_rating_names_no_section():
    article = parsed(_page("Home", "Theatre", "Film", "Music", "", "★★★★☆", "",
                           "The Salt House review – an inheritance row that earns every tear", "", "3 December 2026", "",
                           PROSE, "", PROSE_2))
    assert article.section != "★★★★☆"


def test_months_named_without_a_day_settle_a_date_that_reads_two_ways():
    article = parsed(_page("Brazil to vaccinate teenagers against dengue from January",
                           "Published on 03/12/2026 - 16:45 By Rafael Monteiro - Reporter - Brasília", "",
                           "The first doses will reach the states by the end of December, the ministry said on Tuesday.", "",
                           PROSE_2))
    assert article.published == datetime(2026, 12, 3, 16, 45)


def test_a_photographer_and_agency_in_brackets_after_the_stop():
    assert without_credit("Tenants gather outside the assembly during a protest. Raúl Benito Sanz (EFE)") == (
        "Tenants gather outside the assembly during a protest.")


def test_the_role_under_an_author_box_name_is_the_boxs():
    article = parsed(_page("Paid parking shelved after 1800 objections", "Rhiannon Fitzgerald", "Local government reporter",
                           "December 3 2026 - 5:30pm", PROSE, PROSE_2, PROSE_3, "Rhiannon Fitzgerald",
                           "Local government reporter", "Rhiannon covers the council and planning. Got a tip? Get in touch."))
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_wall_where_the_visible_story_ends():
    article = parsed(_page("Grocery chains must face egg price claims", "", "December 3, 2026, 4:28 PM EST", "", PROSE, "",
                           PROSE_2, "", "Already a subscriber? Click here to view full article",
                           "Try our Advanced Search for free!", "Start Free Trial",
                           "Create custom alerts for specific article and case topics and so much more!"))
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_readers_comments_and_notes_in_a_shared_document():
    article = parsed(_page("Terminal to add overnight gate hours", "", "March 4, 2025", "", PROSE, "",
                           "[Comment: this is the big one for us, ask Priya]", "", PROSE_2, "", PROSE_3, "",
                           "Notes for the team", "- Check our carrier contracts", "- Dana to confirm before Friday"))
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert {line.reason for line in article.dropped} >= {"reader-note"}


def test_a_comment_label_opens_a_readers_note_only_in_brackets():
    assert clutter_reason("Comment: the council did not respond to questions by Friday.") != "reader-note"
