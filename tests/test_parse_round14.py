"""Shapes from the thirty-fifth blind set.

The page's date: a numeric date that reads two ways is settled by its zone's country before the
weekday of the lead, a weekday still to come (`this Sunday`) says nothing of the day the story was
written, and the page printing the date again year first (a link's `/2026/12/01/`) settles it. A
browser's print margins and a long time line are lines of their own in a wrapped paste; a menu
copied without its bars is a menu. The timeline: a noun's `to` (`the plan to a panel`) is no
infinitive, `can begin` looks ahead, `could not confirm on Monday` is the news of that Monday.
Each rule is tested in several shapes, with what it must leave alone."""

from __future__ import annotations

import pytest

from test_parse_round6 import PROSE, PROSE_2, PROSE_3, parsed
from test_parse_round13 import dates_in

from briefs.sources.caption import without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.vocab import NAME_AND_OUTLET


def _published(source: str) -> str | None:
    return parsed(source).published_iso


# -- a numeric date that reads two ways ----------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "lead", "expected"),
    [
        # The zone's country writes the month first, whatever the lead's weekdays say.
        ("Posted: 12/01/2026 05:45 PM PST", "The bakery will close for good this Sunday, its owners said.", "2026-12-01T17:45:00-08:00"),
        ("Updated 03/02/2025 9:10 AM EST", "The ferry will not sail on Monday, the operator said.", "2025-03-02T09:10:00-05:00"),
        # day first where the zone's country writes so
        ("Published 03/02/2025 9:10 AEDT", "Crews were still at work on Sunday, the council said.", "2025-02-03T09:10:00+11:00"),
    ],
)
def test_the_zone_settles_an_order_before_the_leads_weekday(stamp, lead, expected):
    source = f"Bakery to close after 41 years\n\n{stamp}\n\n{lead}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert _published(source) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # 12/01/2026 reads 1 December (a Tuesday) or 12 January (a Monday): an event `on Sunday`, told the
        # day after, fits 12 January only
        ("The council voted on Sunday to close the pier.", "2026-01-12"),
        # ... but a Monday still to come says nothing of the day the story was written
        ("The council will vote next Monday on closing the pier.", None),
        ("The pier will stay open until Monday, the council said.", None),
        ("The shop will close for good this Sunday.", None),
    ],
)
def test_only_a_weekday_that_has_happened_settles_the_order(lead, expected):
    source = f"Council to decide on pier\n\n12/01/2026\n\n{lead}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert _published(source) == expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("View the full article at: https://www.example.com/2026/12/01/bakery-to-close/", "2026-12-01"),
        ("https://news.example.org/local/2026-01-12/bakery-to-close.html", "2026-01-12"),
        # an address whose date is neither reading settles nothing
        ("https://www.example.com/2025/06/30/bakery-to-close/", None),
    ],
)
def test_the_page_printing_the_date_year_first_settles_it(address, expected):
    source = f"Bakery to close after 41 years\n\nPosted: 12/01/2026\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{address}\n"
    assert _published(source) == expected


# -- a wrapped paste's lines of their own --------------------------------------------------------


WRAPPED_STORY = (
    "The Tacoma City Council voted 7-2 on Tuesday night to rebuild the aging Point Defiance ferry\n"
    "terminal, approving a $48 million plan that has been debated at City Hall in one form or\n"
    "another since 2019, and the work is expected to begin next fall and last about two years.\n"
    "The project would replace the terminal's wooden trestle, add a second vehicle holding lane\n"
    "and move the passenger waiting room out of the flood zone, which floods most winters now.\n"
    "Council member Joaquin Reyes-Pell, who represents the North End, said the dock had become a\n"
    "liability and that the city could not keep patching it, as it had done for many years.\n"
)


@pytest.mark.parametrize(
    "margin",
    [
        "https://www.example.com/news/local/ferry-terminal-rebuild/article_5c1e9a04.html 1/3",
        "12/3/26, 4:15 PM Tacoma council approves $48 million ferry terminal rebuild | The Harbor Ledger",
    ],
)
def test_a_print_margin_is_not_joined_to_the_wrapped_lines_around_it(margin):
    lines = WRAPPED_STORY.splitlines()
    source = "Tacoma council approves ferry terminal rebuild\n" + "\n".join([*lines[:3], margin, *lines[3:]]) + "\n"
    texts = [paragraph.text for paragraph in parsed(source).paragraphs]
    assert not any(margin in text or margin.split()[0] in text for text in texts)
    assert any(text.startswith("The project would replace") for text in texts)


@pytest.mark.parametrize(
    "time_line",
    [
        "Published December 2, 2026 at 6:30 p.m. PST | Updated December 3, 2026 at 9:05 a.m. PST",
        "Published Dec. 2, 2026, 6:30 p.m. ET | Updated Dec. 3, 2026, 9:05 a.m. ET | 4 min read",
    ],
)
def test_a_long_time_line_is_not_joined_to_the_caption_under_it(time_line):
    caption = "Passengers wait to board a ferry at the Point Defiance terminal in Tacoma on Nov. 18."
    source = (
        "Tacoma council approves ferry terminal rebuild\nBy Rosalind Achterberg\n"
        f"{time_line}\n{caption}\nDana Whitlock / The Harbor Ledger\n{WRAPPED_STORY}"
    )
    article = parsed(source)
    assert article.published is not None and article.published.date().isoformat() == "2026-12-02"
    assert article.caption == caption


@pytest.mark.parametrize(
    "menu",
    [
        "News Local Sports Business Opinion Obituaries e-Edition",
        "Home News World Politics Business Sport Weather",
        "News Sport Business Culture Travel Video",
    ],
)
def test_a_menu_without_its_bars_is_navigation(menu):
    assert clutter_reason(menu) == "navigation"


@pytest.mark.parametrize(
    "headline",
    [
        "Business Leaders Warn Local News Faces Crisis",  # title case, three section names of seven
        "World Cup Travel Chaos Hits Local Business",
        "Sports News",  # too short to tell
    ],
)
def test_a_headline_in_title_case_is_no_menu(headline):
    assert clutter_reason(headline) != "navigation"


# -- the timeline's tense ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun's `to`: the date is the presenting's, in the past
        ("The agency presented the plan to a panel of experts Tuesday, saying the trial will cover the coast.",
         [("Tuesday", "2026-12-01")]),
        ("She pledged to Parliament in March that nothing would change.", [("in March", "2026-03")]),
        # an infinitive's `to` still looks ahead
        ("The two coast guards plan to hold their first joint exercise in May, officials said.", [("in May", "2027-05")]),
        ("The agency aims to publish the guidance by June 30.", [("June 30", "2027-06-30")]),
    ],
)
def test_a_nouns_to_is_no_infinitive(text, expected):
    assert dates_in(text, "2026-12-03") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petersen said he hopes work can begin in April, weather permitting.", [("in April", "2027-04")]),
        ("Residents can apply for the grant from January.", [("January", "2027-01")]),
        # `can` with a year gone by recalls it
        ("He can recall the storm in March 1998 clearly.", [("in March 1998", "1998-03")]),
    ],
)
def test_can_with_a_bare_verb_looks_ahead(text, expected):
    assert dates_in(text, "2026-12-03") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials could not confirm on Monday whether the pier would reopen.", [("on Monday", "2026-11-30")]),
        ("Officials couldn't say on Monday when the pier will reopen.", [("on Monday", "2026-11-30")]),
        ("The company could not be reached for comment on Monday.", [("on Monday", "2026-11-30")]),
        # a verb of its own before the date decides
        ("Crews could not reach the village, which will reopen on Monday.", [("on Monday", "2026-12-07")]),
    ],
)
def test_what_could_not_be_done_on_a_day_is_that_days_news(text, expected):
    assert dates_in(text, "2026-12-03") == expected


# -- the masthead over the menu, and a credit naming the outlet ----------------------------------


MENU = "Menu\nNews\nCampus\nCity\nSports\nOpinion\nAbout\n"


@pytest.mark.parametrize(
    "tagline",
    [
        "The independent student newspaper of Birch Hill University since 1921",
        "Exclusive news, data and analytics for financial market professionals",
        "Serving the South Shore and the islands since 1884",
    ],
)
def test_a_tagline_over_the_menu_is_not_the_headline(tagline):
    headline = "Student senate votes to keep Hallam Library open all night during finals"
    source = f"The Birch Hill Beacon\n\n{tagline}\n\n{MENU}\n{headline}\n\nDecember 3, 2026\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert parsed(source).title == headline


def test_a_headline_with_only_a_menu_below_it_is_still_the_headline():
    headline = "Student senate votes to keep Hallam Library open all night during finals"
    source = f"{headline}\n\n{MENU}\nDecember 3, 2026\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert parsed(source).title == headline


@pytest.mark.parametrize(
    "credit",
    ["Sam Ortiz | The Birch Hill Beacon", "Ellen Marsh for The Meridian Post", "Maria Lopez | Reuters"],
)
def test_a_name_and_the_outlet_under_a_caption_credit_it(credit):
    caption = "The second floor of Hallam Library, where seats run out by mid-afternoon."
    # (with the byline read above it: else `Name | Outlet` under a sentence is the standfirst's byline)
    source = (f"Students pack the library\n\nJordan Whitfield, Staff Writer | December 3, 2026\n\n{caption}\n{credit}\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert article.paragraphs[0].text == PROSE
    assert not any(credit in paragraph.text for paragraph in article.paragraphs)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Researchers take water samples from Lake Orrin in October. Ellen Marsh for The Meridian Post",
         "Researchers take water samples from Lake Orrin in October."),
        ("A well near a feedlot outside Brisco. (Lindsay Arkwright for The Tallgrass Record)", "A well near a feedlot outside Brisco."),
    ],
)
def test_a_photographer_for_the_outlet_closing_the_caption_is_its_credit(line, caption):
    assert without_credit(line) == caption


@pytest.mark.parametrize(
    "text",
    ["The council said it would pay. Thanks go to The Tallgrass Record", "She voted. Ellen Marsh for the record"],
)
def test_a_sentence_ending_in_for_the_is_no_credit(text):
    assert without_credit(text) == text


@pytest.mark.parametrize(
    "line",
    ["Asia | Sea change", "THE DISPATCH | Morning Edition", "Jordan Whitfield | Staff Writer", "Ellen Marsh for The Meridian Post"],
)
def test_a_rubric_a_masthead_or_a_byline_with_a_bar_is_no_name_and_outlet(line):
    assert not NAME_AND_OUTLET.match(line)


# -- a wire's licensing button is no byline -------------------------------------------------------


@pytest.mark.parametrize("button", ["Purchase Licensing Rights", "Licensing Rights", "Share Purchase Licensing Rights"])
def test_a_licensing_button_is_share_chrome(button):
    assert clutter_reason(button) == "share-buttons"


def test_the_signature_under_a_wire_story_gives_the_byline_when_the_header_has_only_buttons():
    source = (
        "Calloway Foods to buy snack maker Pinecrest in $4.2 billion deal\n\nDecember 3, 2026 7:42 AM EST\n\n"
        "Share\nEmail\nPurchase Licensing Rights\n\n"
        f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n"
        "Reporting by Anya Torres in New York and Felix Brandt in Chicago; Editing by Marguerite Lee\n"
    )
    assert parsed(source).byline == "Anya Torres and Felix Brandt"


# -- a story sent by a site's `Email this article` form ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Marisol Ortega (mortega82@example.com) thought you would be interested in this article from The Bay Courier.",
        "Dan Reyes thought you might like this story from the Valley Tribune",
        "This e-mail was sent from The Bay Courier (sfbaycourier.com) by a user of our site. The Bay Courier does not "
        "collect or retain the e-mail addresses entered in this form.",
        "This email was sent to you by a reader of the Harbour Gazette.",
    ],
)
def test_the_email_forms_lines_are_notices(line):
    assert clutter_reason(line) == "notice"


@pytest.mark.parametrize(
    "line",
    [
        "Residents thought you would never see the pier reopen, one council member joked on Tuesday.",
        "The email was sent from a council account on Tuesday, officials said.",
    ],
)
def test_sentences_about_emails_are_no_notices(line):
    assert clutter_reason(line) is None


@pytest.mark.parametrize("label", ["Personal message:", "Message from the sender:", "Personal note"])
def test_the_senders_note_under_its_label_is_not_the_story(label):
    note = "Dad - isn't this the place on Hyde where you used to get the sourdough? Call me this weekend! xo M"
    source = (
        f"{label}\n{note}\n\nHyde Street bakery to close after 41 years\n\nBy Wendell Pharr\nPosted: Dec. 1, 2026\n\n"
        f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    article = parsed(source)
    assert article.title == "Hyde Street bakery to close after 41 years"
    assert not any(note in paragraph.text for paragraph in article.paragraphs)
