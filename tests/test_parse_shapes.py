"""Header and caption shapes the blind corpus cases showed (issue 17), each in more than one wording.

Every article here is invented. The rules under test hold for shapes: a menu that prints
the page's section again, a credit after a dash, a byline after a marker, a time inside a
dateline, a time line with a label or a byline beside the date.
"""

from __future__ import annotations

import pytest

from briefs.sources.pasted_text import parse_article

PROSE = (
    "The harbour council voted on Thursday to run a night ferry to the islands from the spring, "
    "after residents had asked for a later boat for years."
)
HEADLINE = "Harbour council approves a new night ferry"


@pytest.mark.parametrize(
    "menu, section",
    [
        ("Home\nNews\nPolitics\nSport\nNews\n", "News"),  # the menu's item printed again above the headline
        ("FactDesk\nFact-checks\nExplainers\nAbout us\nFact-checks\n", "Fact-checks"),
        ("Menu\nSearch\nSign In\nManitoba\n", "Manitoba"),  # after a toolbar of clutter: the page's label
        ("Home\nNews\nPolitics\n", None),  # after other sections: one more menu item
    ],
)
def test_a_page_prints_its_section_again_under_its_menu(menu, section):
    article = parse_article(f"{menu}{HEADLINE}\nFebruary 7, 2025\n{PROSE}\n")
    assert (article.title, article.section) == (HEADLINE, section)


@pytest.mark.parametrize(
    "caption_line",
    [
        "Crews repair the pier on Monday — Jane Roe/Example Agency",
        "Crews repair the pier on Monday. (Jane Roe/Example Times via AP)",
        "Crews repair the pier on Monday. (Representational Image: Shutterstock)",
        "Crews repair the pier on Monday. (Submitted by Gordon Whitefeather)",
    ],
)
def test_a_caption_ends_with_its_credit_however_the_credit_is_set_off(caption_line):
    article = parse_article(f"{HEADLINE}\nFebruary 7, 2025\n{caption_line}\n{PROSE}\n")
    assert article.caption.rstrip(".") == "Crews repair the pier on Monday"
    assert article.paragraphs[0].text == PROSE


@pytest.mark.parametrize(
    "byline_lines, authors",
    [
        ("Reported By : Ankit Sharma\nEdited By : Priya Nair\n", "Ankit Sharma"),
        ("By Adaeze Nwosu and Peter Kamau | FactDesk researchers\n", "Adaeze Nwosu and Peter Kamau"),
        ("SAMUEL ORTIZ and MAYA CHEN\nAssociated Press\n", "SAMUEL ORTIZ and MAYA CHEN"),
        ("By Sana Qureshi, Reporter\n", "Sana Qureshi"),
    ],
)
def test_bylines_in_the_shapes_outlets_print_them(byline_lines, authors):
    article = parse_article(f"{HEADLINE}\n{byline_lines}February 7, 2025\n{PROSE}\n")
    assert article.byline == authors


def test_a_time_inside_the_dateline_completes_a_date_only_time_line():
    text = f"Tuesday, 6/3/2025\n{HEADLINE}\nBy Renata Vogel\nCourtline (June 3, 2025, 5:40 PM EDT) -- {PROSE}\n"
    article = parse_article(text)
    assert article.published_iso == "2025-06-03T17:40:00-04:00"
    assert (article.dateline, article.byline) == ("Courtline (June 3, 2025, 5:40 PM EDT)", "Renata Vogel")
    assert article.paragraphs[0].text == PROSE


@pytest.mark.parametrize(
    "time_line, published, byline",
    [
        ("All News 15:20 June 03, 2025", "2025-06-03T15:20:00", None),  # a label before the clock time
        ("June 4, 2025 by Kwame Asante", "2025-06-04", "Kwame Asante"),  # a byline after the date
        ("04/06/2025 19h32 Atualizado há 3 horas", None, None),  # read two ways: settled by the language below
    ],
)
def test_a_time_line_shares_its_line_with_a_label_a_byline_or_an_update(time_line, published, byline):
    article = parse_article(f"{HEADLINE}\n{time_line}\n{PROSE}\n")
    assert (article.published_iso, article.byline) == (published, byline)


def test_a_first_publication_noted_after_the_body_is_the_time():
    text = f"{PROSE}\n\nThis story was originally published February 26, 2025 at 5:00 AM.\n"
    assert parse_article(text).published_iso == "2025-02-26T05:00:00"


@pytest.mark.parametrize("marker", ["(LEAD)", "(2nd LD)", "(URGENT)"])
def test_a_wire_marker_before_the_headline_keeps_it_a_headline_and_comes_off_it(marker):
    article = parse_article(f"{marker} Exports rise for third month\nJune 3, 2025\n{PROSE}\n")
    assert article.title == "Exports rise for third month"
    assert any(line.reason == "editorial-marker" and line.text == marker for line in article.dropped)


def test_a_bracketed_word_of_the_title_itself_stays():
    article = parse_article(f"(Video) Exports rise for third month\nJune 3, 2025\n{PROSE}\n")
    assert article.title == "(Video) Exports rise for third month"


@pytest.mark.parametrize(
    "byline_line, author",
    [("By political reporter Mia Laurent", "Mia Laurent"), ("By Chief Correspondent Tom Reyes", "Tom Reyes")],
)
def test_a_role_printed_before_the_name_is_no_part_of_it(byline_line, author):
    assert parse_article(f"{HEADLINE}\n{byline_line}\nFebruary 7, 2025\n{PROSE}\n").byline == author


def test_a_summary_box_without_a_blank_line_ends_at_the_first_sentence():
    box = "Key points:\nThe ferry runs from spring\nTickets cost the same as by day\n"
    article = parse_article(f"{HEADLINE}\nFebruary 7, 2025\n{box}{PROSE}\n")
    assert article.paragraphs[0].text == PROSE
    assert article.extra["standfirst"] == "The ferry runs from spring Tickets cost the same as by day"


def test_a_sentence_under_the_headline_is_the_standfirst_when_a_byline_follows_the_time_lines():
    text = f"{HEADLINE}\nThe first boat leaves at eleven.\nPubliziert: 05.06.2025, 14:05 Uhr\nAnna Keller\n{PROSE}\n"
    article = parse_article(text)
    assert (article.caption, article.extra.get("standfirst"), article.byline) == (
        None, "The first boat leaves at eleven.", "Anna Keller"
    )
    assert parse_article(f"{HEADLINE}\nThe first boat leaves at eleven.\nJune 5, 2025\n{PROSE}\n").caption


@pytest.mark.parametrize(
    "first_line, dateline",
    [("Madrid, 5 jun (EFE).- ", "Madrid, 5 jun (EFE)"), ("Köln (dpa) - ", "Köln (dpa)")],
)
def test_an_agency_dateline_in_title_case_is_split_off(first_line, dateline):
    article = parse_article(f"{HEADLINE}\nFebruary 7, 2025\n{first_line}{PROSE}\n")
    assert (article.dateline, article.paragraphs[0].text) == (dateline, PROSE)


@pytest.mark.parametrize(
    "line", ["Aktualisiert vor 2 Stunden", "hace 3 horas", "il y a 2 heures", "Updated 5 hours ago"]
)
def test_a_relative_update_time_is_a_time_line_in_several_languages(line):
    article = parse_article(f"{HEADLINE}\nFebruary 7, 2025\n{line}\n{PROSE}\n")
    assert [(item.text, item.reason) for item in article.dropped if item.text == line] == [(line, "time-line")]


def test_a_numbered_line_alone_between_paragraphs_is_a_heading_but_numbered_lines_together_a_list():
    body = f"{PROSE}\n\n1. Sail on a tall ship\n{PROSE}\n\n2. Taste the oysters\n{PROSE}\n"
    article = parse_article(f"{HEADLINE}\nFebruary 7, 2025\n{body}")
    assert [block.kind for block in article.blocks] == ["paragraph", "heading", "paragraph", "heading", "paragraph"]
    listed = parse_article(f"{HEADLINE}\nFebruary 7, 2025\n{PROSE}\n\n1. Sail\n2. Taste\n\n{PROSE}\n")
    assert [block.kind for block in listed.blocks] == ["paragraph", "list", "paragraph"]


@pytest.mark.parametrize(
    ("items", "ordered"),
    [
        ("1. Survey the piles.\n2. Shut the pier to boats.\n3. Rebuild the deck.", True),
        ("1) Survey the piles.\n2) Shut the pier to boats.", True),
        ("- Survey the piles.\n- Shut the pier to boats.", False),
        ("• Survey the piles.\n2. Shut the pier to boats.", False),
    ],
    ids=["numbered-with-stops", "numbered-with-brackets", "bulleted", "mixed"],
)
def test_a_pasted_list_is_numbered_when_every_item_is(items, ordered):
    source = (f"Pier Works Set\n\nMarch 3, 2025\n\nThe harbour board met on Monday and set out how the pier is rebuilt.\n\n"
              f"{items}\n\nThe work is paid for by the port authority, the board said.\n")
    (listed,) = [block for block in parse_article(source, "pier.txt").blocks if block.kind == "list"]
    assert listed.ordered is ordered
