"""Shapes from the thirty-first blind set: a numeric date read by its zone's offset, a byline
sharing the time's line after its zone, an author set before dash-separated fields, a
photographer's copyright with no spaces around its slash, a story signed by a national
agency's tag, a paragraph a print margin cut, a print header in a 24-hour locale and a
read-later app's marks. Each rule is tested in several shapes, with the lines it must leave
alone."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from test_parse_round6 import PROSE_2, PROSE_3, parsed
from test_timeline import article as timeline_article

from briefs.facts.timeline import resolve_dates

from briefs.model import DroppedLine, Paragraph
from briefs.sources.byline import read_byline, split_authors
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


# -- bylines: two names between bars, particles, a desk's role, a think tank's title, a writer under the story --


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Faraz Qureshi | Mehreen Baig", "Faraz Qureshi and Mehreen Baig"),
        ("Lucía Ferreyra | Agencia Sur", "Lucía Ferreyra"),  # an agency after the bar: no author
        ("Jane Roe | Example Times", "Jane Roe"),
        ("By: Paolo Mercado, Kristine dela Paz", "Paolo Mercado and Kristine dela Paz"),
        ("By Ahmad ibn Rashid", "Ahmad ibn Rashid"),
        ("Sipho Mahlangu, Eastern Cape correspondent", "Sipho Mahlangu"),
        ("Helena Marsh Transport correspondent, and Callum Reid", "Helena Marsh and Callum Reid"),
        ("Hana Whaanga, Tairāwhiti reporter", "Hana Whaanga"),
    ],
)
def test_bylines_of_several_shapes(line, byline):
    assert read_byline(line) == byline


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Eastern Cape correspondent", ["Sipho Mahlangu"]),  # a bare name over its desk's role
        ("Senior Fellow, Energy Security Program, Atlantic Policy Forum", ["Sipho Mahlangu"]),
        ("Research Associate, Centre for Grid Studies", ["Sipho Mahlangu"]),
    ],
)
def test_a_name_over_its_role_or_title_is_one_author(role, expected):
    article = parsed(
        f"Residents face third week of dry taps\n\nSipho Mahlangu\n{role}\n\nFeb 17, 2026 at 14:02 SAST\n\n"
        f"The metro said on Monday that repairs would take another week.\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    assert split_authors(article.byline) == expected


def test_a_name_with_its_role_over_another_author_with_a_role_is_two_authors():
    article = parsed(
        "Games studio delays flagship title\nBen Hartley Games Editor\nSara Okafor Senior Business Reporter\n"
        f"Published 7 February 2025, 15:40 GMT\nA games studio has delayed its biggest release of the year.\n\n{PROSE_2}\n"
    )
    assert split_authors(article.byline) == ["Ben Hartley", "Sara Okafor"]


@pytest.mark.parametrize("label", ["Writer", "Writers", "Reporter", "Author"])
def test_a_writer_labelled_under_the_story(label):
    article = parsed(
        "Fares on city buses to rise next year\nPUBLISHED : 18 Nov 2026 at 16:40\n\n"
        f"The city said on Monday that fares would rise in January.\n\n{PROSE_2}\n\n{PROSE_3}\n\n"
        f"Newspaper section: News\n\n{label}: Kanokwan Thongdee & Pichet Saengthong\n"
    )
    assert split_authors(article.byline) == ["Kanokwan Thongdee", "Pichet Saengthong"]


# -- another story's headline in a list over the story ------------------------------------------------


def test_a_trending_list_over_the_story_gives_no_headline():
    article = parsed(
        "Home\nNews\nPolitics\nTrending\nPresident departs Abuja for AU summit in Addis Ababa\n"
        "Naira firms at parallel market as central bank sells currency\n\nNews\n"
        "Senate gives regulator two weeks to explain fresh tariff hike\nBy Chinedu Okafor, Abuja\nNovember 12, 2026 3:14 pm\n\n"
        f"The Senate on Wednesday gave the regulator two weeks to explain the increase.\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    assert article.title == "Senate gives regulator two weeks to explain fresh tariff hike"


@pytest.mark.parametrize("heading", ["Most read", "Related stories", "Latest news"])
def test_other_lists_over_the_story_give_no_headline(heading):
    article = parsed(
        f"{heading}\nPort workers end strike after pay deal\nCouncil approves new cycle lanes for the centre\n\n"
        "Ferry fares to rise by a fifth as operator blames fuel costs\nMarch 6, 2025\n\n"
        f"Ferry fares will rise by almost 20% from June, the operator said.\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    assert article.title == "Ferry fares to rise by a fifth as operator blames fuel costs"


def test_a_paste_without_blank_lines_does_not_run_a_list_into_the_headline():
    article = parsed(
        "TRENDING\nStorm Ivor\nPrice cap\nUK News\n"
        "Pensioners cheer as the lido they fought nine years to save finally reopens\n"
        "Art deco pool was closed in 2016 after cracks were found in its walls\nBy Katie Holloway\n"
        f"Published: 14:32 GMT, 11 March 2025\nPensioners cheered on Sunday as the pool's gates opened.\n{PROSE_2}\n"
    )
    assert article.title == "Pensioners cheer as the lido they fought nine years to save finally reopens"


# -- a date to come a few words after `expected` -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plan was approved, with the first batch expected on the roads by December 31.", "2026-12-31"),
        ("The first buses are expected to reach the depot by December 31.", "2026-12-31"),
        ("The first buses were expected on the roads by December 31, officials admitted.", "2025-12-31"),  # an expectation past
    ],
)
def test_expected_a_few_words_before_a_date_looks_ahead(sentence, expected):
    events = resolve_dates(timeline_article(sentence, published=datetime(2026, 10, 8, 12, tzinfo=timezone.utc)))
    assert [event.date for event in events if "December 31" in event.expression] == [expected]
