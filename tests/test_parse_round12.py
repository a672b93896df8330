"""Shapes from the thirty-first blind set: a numeric date read by its zone's offset, a byline
sharing the time's line after its zone, an author set before dash-separated fields, a
photographer's copyright with no spaces around its slash, a story signed by a national
agency's tag, a paragraph a print margin cut, a print header in a 24-hour locale and a
read-later app's marks. Each rule is tested in several shapes, with the lines it must leave
alone."""

from __future__ import annotations

import pytest

from test_parse_round6 import PROSE_2, PROSE_3, parsed

from briefs.model import DroppedLine, Paragraph
from briefs.sources.byline import read_byline
from briefs.sources.clutter import clutter_reason
from briefs.sources.dateline import settle_by_zone
from briefs.sources.pubtime import PublicationTime, parse_time_line
from briefs.sources.time_line import find_time
from briefs.sources.unwrap import join_page_breaks

# -- a numeric date read two ways, settled by its zone's offset ----------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("03/12/2026 10:15 GMT+7", "2026-12-03"),  # Vietnam, Thailand: day first
        ("04/11/2026 09:00 GMT+5", "2026-11-04"),  # Pakistan
        ("05/02/2026 18:20 UTC+11", "2026-02-05"),  # Australia's east in summer
        ("07/03/2026 14:00 GMT-3", "2026-03-07"),  # Brazil, Argentina
        ("09/10/2024 3:45 PM GMT-4", "2024-09-10"),  # -4 stays month first (EDT)
    ],
)
def test_an_offset_settles_the_order_of_a_numeric_date(line, expected):
    stamp = settle_by_zone(parse_time_line(line))
    assert isinstance(stamp, PublicationTime) and stamp.value.date().isoformat() == expected


@pytest.mark.parametrize("line", ["03/12/2026 10:15 GMT+8", "03/12/2026 10:15 GMT+9"])
def test_offsets_whose_countries_disagree_leave_the_date_unsettled(line):
    # UTC+8 holds the Philippines (month first) and Singapore (day first); +9 Japan and Korea, who put the year first
    assert not isinstance(settle_by_zone(parse_time_line(line)), PublicationTime)


def test_a_date_settled_by_its_offset_dates_the_article():
    article = parsed(
        "Province tightens cold-chain rules for fruit exports\n03/12/2026 10:15 GMT+7\n\n"
        f"The province said on Tuesday that packing houses must log storage temperatures.\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    assert article.published.isoformat() == "2026-12-03T10:15:00+07:00"


# -- a byline on the time's line, after the zone -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Published on 21/01/2027 - 15:40 BRT (UTC-03:00) By Mariana Couto - Agência Brasil Reporter", "Mariana Couto"),
        ("March 4, 2025 10:12 AM EST by Dana Whitfield", "Dana Whitfield"),
        ("4 March 2025 10:12 (CET) by Jonas Weber", "Jonas Weber"),
    ],
)
def test_a_byline_after_the_time_and_its_zone_is_apart_from_the_time(line, byline):
    stamp, rest = find_time(line)
    assert isinstance(stamp, PublicationTime) and stamp.has_time
    assert any(read_byline(part) == byline for part in rest)


def test_a_sentence_with_by_after_a_zone_is_not_split():
    assert find_time("Prices rose 4% in the year to March (UTC) by some measures") is None


# -- an author before fields set off by dashes ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Mariana Couto - Agência Brasil Reporter - Brasília", "Mariana Couto"),
        ("By Tomás Rivera – Staff Writer – Bogotá", "Tomás Rivera"),
        ("By Aiko Mori — Tokyo", "Aiko Mori"),
    ],
)
def test_the_author_before_dashed_fields(line, name):
    assert read_byline(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe - The government said it would act on the report today",  # a sentence after the dash
        "By the River - A Walk Through Town",  # no person's name first
    ],
)
def test_dashed_lines_that_name_no_author(line):
    assert read_byline(line) is None


# -- a photographer's copyright, a slash without spaces -------------------------------------------


@pytest.mark.parametrize(
    "credit", ["© Joana Lins/Agência Brasil", "© Jane Roe / Example Agency", "(c) Kenji Sato/Harbour Press"]
)
def test_a_caption_over_a_copyrighted_credit(credit):
    article = parsed(
        "Bank opens credit line for small solar projects\nBy Mariana Couto\nMarch 4, 2025\n\n"
        f"Solar panels at a rural property in Petrolina, in the state of Pernambuco\n{credit}\n\n"
        f"The bank announced on Wednesday a credit line for cooperatives.\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    assert article.caption == "Solar panels at a rural property in Petrolina, in the state of Pernambuco"
    assert article.paragraphs[0].text.startswith("The bank announced")


def test_a_site_copyright_with_a_year_credits_no_photo():
    article = parsed(
        "Bank opens credit line for small solar projects\nMarch 4, 2025\n\n"
        f"The bank announced on Wednesday a credit line for cooperatives.\n\n{PROSE_2}\n\n{PROSE_3}\n\n"
        "© 2025 Example News/Partners\n"
    )
    assert article.caption is None and len(article.paragraphs) == 3


# -- a story signed by a national agency's tag ------------------------------------------------------


@pytest.mark.parametrize("agency", ["VNA", "AA", "PTI", "Bernama"])
def test_the_last_paragraph_over_an_agency_tag_stays_body(agency):
    last = "Vietnam is the largest supplier of fresh durian to China, according to the fruit growers' association./."
    article = parsed(
        "Province tightens cold-chain rules for fruit exports\nMarch 4, 2025\n\n"
        f"The province said on Tuesday that packing houses must log storage temperatures.\n\n{PROSE_2}\n\n{last}\n\n{agency}\n"
    )
    assert article.caption is None
    assert article.paragraphs[-1].text.endswith("association.")  # the `./.` end mark is off, reported
    assert any(line.text == "/." and line.reason == "end-mark" for line in article.dropped)


def test_a_caption_over_an_agency_credit_is_still_a_caption():
    article = parsed(
        "Province tightens cold-chain rules for fruit exports\nMarch 4, 2025\n\n"
        "Durian is packed for export at a facility in Cam My district.\nVNA\n\n"
        f"The province said on Tuesday that packing houses must log storage temperatures.\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    assert article.caption == "Durian is packed for export at a facility in Cam My district."


# -- a paragraph a page break cut --------------------------------------------------------------------


def _paragraphs(*texts_and_lines):
    return [Paragraph(text, line) for text, line in texts_and_lines]


def test_a_paragraph_cut_by_a_print_margin_is_joined():
    cut = _paragraphs(("The transport secretary is expected to meet the board next week, and officials said they would", 26),
                      ("consider whether a concession scheme could be brought forward.", 32))
    dropped = [DroppedLine(28, "https://example.com/story 2/3", "print-margin")]
    joined = join_page_breaks(cut, dropped)
    assert [paragraph.text for paragraph in joined] == [
        "The transport secretary is expected to meet the board next week, and officials said they would "
        "consider whether a concession scheme could be brought forward."
    ]
    assert joined[0].line == 26


@pytest.mark.parametrize(
    ("first", "second", "dropped_at"),
    [
        ("The transport secretary is expected to meet the board next week, and officials said they would", "consider it.", None),
        ("The transport secretary is expected to meet the board next week.", "consider whether a scheme could be brought forward.", 28),
        ("What drivers need to know", "northbound traffic will be detoured to Third Avenue.", 28),  # a heading: too short
        ("The transport secretary is expected to meet the board next week, and officials said they would", "Officials said more.", 28),
    ],
)
def test_paragraphs_no_break_cut_stay_apart(first, second, dropped_at):
    dropped = [DroppedLine(dropped_at, "1/3", "print-margin")] if dropped_at else []
    assert len(join_page_breaks(_paragraphs((first, 26), (second, 32)), dropped)) == 2


def test_a_story_printed_to_pdf_loses_its_margins_and_keeps_its_paragraphs():
    header = "08/03/2025, 10:21 Island ferry fares to rise by a fifth | Transport | The Meridian"
    article = parsed(
        f"{header}\nIsland ferry fares to rise by a fifth\nThu 6 Mar 2025 07.00 GMT\n\n"
        f"Ferry fares will rise by almost 20% from 1 June, the operator has confirmed.\n\n"
        "A spokesperson for the government said ministers had not been consulted and would\n\n"
        "https://www.example.co.uk/uk-news/2025/mar/06/island-ferry-fares 1/2\n\n"
        f"{header}\n\nask the operator to set out how the rise had been calculated.\n\n{PROSE_3}\n\n"
        "https://www.example.co.uk/uk-news/2025/mar/06/island-ferry-fares 2/2\n"
    )
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert len(texts) == 3 and texts[1].endswith("and would ask the operator to set out how the rise had been calculated.")
    assert not any(header in text for text in texts)


@pytest.mark.parametrize(
    "line",
    [
        "08/03/2025, 10:21 Island ferry fares to rise by a fifth | Transport | The Meridian",
        "8.3.2025, 10:21 Fährpreise steigen um ein Fünftel - Der Kurier",
        "2/18/25, 4:09 PM Japan, U.S. agree to expand drills - The Courier",
    ],
)
def test_print_headers_in_several_locales(line):
    assert clutter_reason(line) == "print-margin"


def test_a_time_line_with_its_zone_is_no_print_header():
    assert clutter_reason("08/03/2025, 10:21 GMT Island ferry fares to rise") != "print-margin"


# -- a read-later app's marks -------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Highlight · Mar 14", "Highlighted - 14 March 2025", "Aa"])
def test_a_read_later_apps_marks_are_interface(line):
    assert clutter_reason(line) == "interface"


@pytest.mark.parametrize("line", ["Highlight of the season: the derby on March 14", "Highlights from the March 14 derby"])
def test_lines_that_only_look_like_marks(line):
    assert clutter_reason(line) is None


def test_a_read_later_apps_highlights_panel_ends_the_story():
    article = parsed(
        "The Night Train Comes Back\nBy Mireille Santos\nFebruary 27, 2025\n\n"
        "At ten past nine on a Sunday evening the platform smelled of diesel.\n\n"
        "Highlight · Mar 14\n\"Selling tickets is easy,\" she said. \"We are full every Friday for months.\"\n\n"
        f"{PROSE_2}\n\n{PROSE_3}\n\nHighlights (1)\n\"Selling tickets is easy.\nMar 14\n"
    )
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert len(texts) == 4 and texts[1].startswith("\"Selling tickets is easy,\" she said.")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Photograph by Lukas Brenner for The Current", "photo-credit"),
        ("Photograph courtesy of the city council", "photo-credit"),
        ("Photographs by Jonas Berg", None),  # a feature's photographer, under its byline
    ],
)
def test_one_photographs_credit(line, reason):
    assert clutter_reason(line) == reason
