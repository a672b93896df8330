"""Shapes found by a third blind set of invented pastes: credits after a bar or a dash, Nordic
time lines and bylines, names with particles, institutions atop a page, several authors each
over a role, and a long menu before the headline. Each rule is tested with several shapes."""

from __future__ import annotations

from datetime import datetime

import pytest

from briefs.sources.byline import is_names, is_person_name, read_byline, split_authors
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.pasted_text import parse_article
from briefs.sources.pubtime import parse_time_line

PROSE = ("The harbour board voted on Monday to rebuild the old pier, which has stood for ninety years "
         "and was closed last winter after a storm damaged its piles.")
PROSE_2 = "Work will start in the spring, and the board said the pier should reopen before the summer season."
PROSE_3 = "Fishing crews, who land their catch at the pier every morning, welcomed the decision."


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Crews inspect the piles at low tide. | Photo by Lena Okafor/Harbour Board", "Crews inspect the piles at low tide."),
        ("Crews inspect the piles at low tide. | Photo : Meridian/Kofi Arden", "Crews inspect the piles at low tide."),
        ("Crews inspect the piles at low tide. - AA Photo", "Crews inspect the piles at low tide."),
        ("Crews inspect the piles in Vessen, January 14, 2025 — Caldera Wire/Jonas Ebbe/File Photo",
         "Crews inspect the piles in Vessen, January 14, 2025"),
    ],
    ids=["bar-photo-by", "bar-photo-colon", "dash-agency-photo", "dash-several-slashes"],
)
def test_a_credit_after_a_bar_or_a_dash_closes_a_caption(line, caption):
    assert ends_with_credit(line)
    assert without_credit(line) == caption


@pytest.mark.parametrize(
    "line",
    [
        "The council voted to rebuild the pier - a plan first put forward in 2019.",
        "Prices rose 3% in March, the office said.",
        "Ticket sales - up a fifth on last year - beat the forecast.",
    ],
)
def test_a_sentence_with_a_dash_is_no_credit(line):
    assert not ends_with_credit(line)


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Publicerad 22 januari 2025 kl. 14.32", datetime(2025, 1, 22, 14, 32)),
        ("Publisert 22. januar 2025 kl. 14.32", datetime(2025, 1, 22, 14, 32)),
        ("Gepubliceerd op 22 januari 2025 om 14:32", datetime(2025, 1, 22, 14, 32)),
    ],
    ids=["swedish", "norwegian", "dutch"],
)
def test_nordic_and_dutch_time_lines_are_read(line, when):
    assert parse_time_line(line).value == when


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Av Elin Sandqvist och Tomas Berg", ["Elin Sandqvist", "Tomas Berg"]),
        ("Af Mette Holm og Jens Lund", ["Mette Holm", "Jens Lund"]),
        ("Door Jan de Vries en Anouk Bakker", ["Jan de Vries", "Anouk Bakker"]),
    ],
    ids=["swedish", "danish", "dutch"],
)
def test_bylines_in_nordic_and_dutch(line, authors):
    assert split_authors(read_byline(line)) == authors


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Pieter van Wyk", True),
        ("Ahmad bin Ismail", True),
        ("Continental Reserve System", False),
        ("Ashmere District Council", False),
        ("Monetary Policy Committee", False),
        ("van Wyk Pieter", False),
    ],
)
def test_a_person_may_have_a_particle_but_an_institution_is_no_person(text, person):
    assert is_person_name(text) is person


def test_names_joined_by_and_under_the_headline_are_the_byline():
    assert is_names("Thandiwe Mokoena and Pieter van Wyk")
    source = ("Taxi strike leaves commuters stranded as fare talks stall\nThandiwe Mokoena and Pieter van Wyk\n"
              f"14 April 2025, 16:05\n\n{PROSE}\n\n{PROSE_2}\n")
    assert split_authors(parse_article(source, "strike.txt").byline) == ["Thandiwe Mokoena", "Pieter van Wyk"]


@pytest.mark.parametrize(
    "authors",
    [
        "Lena Carvalho\nSenior Reporter\nOmar Haddad\nEditor\n",
        "Lena Carvalho\nSenior Reporter\nOmar Haddad\nTransport Correspondent\n",
        "Lena Carvalho\nSenior Reporter\nOmar Haddad\n",
    ],
    ids=["two-roles", "two-longer-roles", "last-without-role"],
)
def test_several_authors_each_over_a_role(authors):
    source = f"Inland port to build a second rail link\n\nPublished June 4, 2025\n{authors}\n{PROSE}\n\n{PROSE_2}\n"
    assert split_authors(parse_article(source, "port.txt").byline) == ["Lena Carvalho", "Omar Haddad"]


MENU = "\n".join(["Skip to main content", "An official website of the Harbour Authority", "Here's how you know",
                  "Harbour Authority", "Search", "About the Authority", "News & Events", "Port Operations",
                  "Monetary Policy", "Safety & Regulation", "Ferries", "Freight", "Data", "Consumers & Communities",
                  "Home", "News & Events", "Press Releases"])


@pytest.mark.parametrize(
    "between",
    ["\nJanuary 29, 2025\n\n{headline}\n\n", "\n{headline}\n\nPublished: 29 January 2025\n\n"],
    ids=["date-above-headline", "date-under-headline"],
)
def test_a_long_menu_before_the_headline_is_neither_headline_nor_byline(between):
    headline = "Harbour Authority approves new fees for night crossings"
    source = MENU + between.format(headline=headline) + f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parse_article(source, "release.txt")
    assert article.title == headline
    assert article.byline is None
    assert article.published.date().isoformat() == "2025-01-29"


@pytest.mark.parametrize(
    "chrome",
    [
        "Home > Committees > Public Accounts and Audit Committee > News\n\nPublic Accounts and Audit Committee\n",
        "Cookies on the Ashmere District Council website\nWe use some essential cookies to make this website work.\n"
        "Accept additional cookies\nReject additional cookies\nAshmere District Council\n",
        "Home › News › Harbour and Marine Services Department\nHarbour and Marine Services Department\n",
    ],
    ids=["arrow-breadcrumb-and-committee", "cookie-banner-and-council", "chevron-breadcrumb-and-department"],
)
def test_an_institutions_name_cookie_lines_and_a_long_breadcrumb_are_not_the_headline(chrome):
    headline = 'Rail upgrade "years behind schedule" as costs climb, committee warns'
    source = f"{chrome}\n{headline}\n\n17 October 2024\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parse_article(source, "page.txt")
    assert article.title == headline
    assert "cookies" not in article.text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement 2", "advertising"),
        ("Story continues below", "advertising"),
        ("Story continues", "advertising"),
        ("This advertisement has not loaded yet, but your article continues below.", "advertising"),
        ("Link copied!", "share-buttons"),
        ("after newsletter promotion", "newsletter"),
        ("Privacy Notice: Newsletters may contain info about charities and online ads.", "newsletter"),
    ],
)
def test_ad_breaks_share_feedback_and_newsletter_boxes_are_clutter(line, reason):
    from briefs.sources.clutter import clutter_reason

    assert clutter_reason(line) == reason


@pytest.mark.parametrize(
    "sentence",
    ["The story continues to unfold in the harbour town.", "Advertisement revenue fell 2 percent last year."],
)
def test_sentences_about_stories_and_adverts_stay(sentence):
    from briefs.sources.clutter import clutter_reason

    assert clutter_reason(sentence) is None


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Wed, Mar 5, 2025, 7:48 AM 3 min read", datetime(2025, 3, 5, 7, 48)),
        ("March 5, 2025 · 4 min read", datetime(2025, 3, 5)),
        ("5 March 2025 | 12 minutes read", datetime(2025, 3, 5)),
    ],
)
def test_a_reading_time_after_the_date_does_not_hide_it(line, when):
    assert parse_time_line(line).value == when


@pytest.mark.parametrize(
    ("words", "person"),
    [("Senior Security", False), ("Chief Political", False), ("Jennifer Senior", True), ("Ruth Chief", True)],
)
def test_a_role_is_no_author_but_a_name_may_end_in_a_role_word(words, person):
    assert is_person_name(words) is person


@pytest.mark.parametrize(
    ("line", "byline"),
    [("Senior Security Reporter", None), ("Chief Political Correspondent", None),
     ("Ben Hartley Games Editor", "Ben Hartley"), ("Nora Lindqvist, Contributing columnist", "Nora Lindqvist")],
)
def test_a_role_line_under_a_byline_is_not_read_as_one(line, byline):
    assert read_byline(line) == byline


def test_only_names_join_the_authors_after_a_name_and_its_role():
    from briefs.sources.byline import byline_blocks
    from briefs.sources.lines import Line

    texts = ["Harbour fees rise for night crossings", "Lena Carvalho", "Senior Reporter", "Omar Haddad", "Editor",
             "share", "Published June 4, 2025"]
    lines = [Line(number, text) for number, text in enumerate(texts, 1)]
    names, details = byline_blocks(lines)
    assert names == {2, 4} and details == {3, 5}


@pytest.mark.parametrize("subject", ["Subject: Pier to reopen in May", "Subject: Fwd: Pier to reopen in May",
                                     "Subject: Re: Fw: Pier to reopen in May"])
def test_a_forwarded_subject_line_names_the_headline(subject):
    source = f"{subject}\nFrom: Harbour Desk <desk@harbour.example>\nMarch 3, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parse_article(source, "forwarded.txt")
    assert article.title == "Pier to reopen in May"
    assert "desk@harbour.example" not in article.text
