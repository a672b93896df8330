"""Shapes rather than wordings, round 17: a label's language told by how often each language uses
its words, tables and figure lists printed as lines, a month named with its year, a chat
message's stamp over the article, a clipping app's fields, a reading app's progress marks,
a credit's label in any language, and zones of the Pacific and the Americas.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body, is_kept, is_left_out, parsed

from briefs.sources.body_lines import is_other_language_label, is_row_under_row, table_rows
from briefs.sources.byline import is_names, read_byline, split_authors
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason, is_running_head
from briefs.sources.lines import Line
from briefs.sources.pubtime import parse_time_line
from briefs.sources.word_language import is_foreign_line, is_foreign_phrase, is_foreign_word

# ------------------------------------------------------------------ a label's language by its words' frequencies

# Labels in plain ASCII, where no letter tells the language: read also, share, newsletters, more on the subject.
ASCII_LABELS = [
    "Lire aussi",  # French
    "Baca juga",  # Indonesian
    "Mehr zum Thema",  # German
    "Tilmeld dig vores nyhedsbrev",  # Danish
    "Leggi anche",  # Italian
    "Noticias relacionadas",  # Spanish
    "Leia mais",  # Portuguese
    "Lees ook",  # Dutch
    "Dela artikeln",  # Swedish
    "Salin tautan",  # Indonesian: copy the link (a word three times in a million there counts)
    "Link kopieren",  # German
    "Se connecter",  # French
]
# English lines of the same length: subheadings, a name with a foreign word, names alone.
ENGLISH_LINES = [
    "Funding questions",
    "What happens next",
    "The drivers' ledger",
    "Bundestag vote",  # a German name in an English subheading
    "Anni Korhonen",  # a name: common words of no language in lower case
    "Haraldur Jónsson",
    "Uutiset",  # one capitalised word: a place or a name as well as a label; left to the menus' rules
    "Kelantan",
    "Dig deeper",  # `dig` is Danish and Swedish too, and English
]


@pytest.mark.parametrize("label", ASCII_LABELS)
def test_an_ascii_label_in_another_language_is_told_by_its_words(label):
    assert is_other_language_label(label)
    assert is_other_language_label(label + ":")


@pytest.mark.parametrize("line", ENGLISH_LINES)
def test_english_lines_and_names_are_no_foreign_label(line):
    assert not is_other_language_label(line)


@pytest.mark.parametrize("word", ["aussi", "juga", "myös", "vores", "zum", "anche", "também"])
def test_a_word_common_elsewhere_and_rare_in_english_is_foreign(word):
    assert is_foreign_word(word)


@pytest.mark.parametrize("word", ["votes", "also", "dig", "pier", "harbour", "la", "de", "x", "2025", ""])
def test_english_words_figures_and_letters_are_not_foreign(word):
    assert not is_foreign_word(word)


def test_a_phrase_needs_a_foreign_word_in_lower_case():
    assert is_foreign_phrase(["Lue", "myös"])
    assert not is_foreign_phrase(["Lue", "Myös"])  # capitalised throughout: a name's shape
    assert not is_foreign_phrase(["Dig", "deeper", "into", "aussi"])  # one foreign word of four
    assert not is_foreign_phrase([])


@pytest.mark.parametrize("label", ["Lire aussi", "Baca juga", "Tilmeld dig vores nyhedsbrev"])
def test_an_ascii_label_between_paragraphs_is_taken_out(label):
    assert is_left_out(label)


@pytest.mark.parametrize("subheading", ["Funding questions", "What the crews say"])
def test_an_english_subheading_between_paragraphs_stays(subheading):
    assert subheading in body(f"{HEAD}{PROSE}\n\n{subheading}\n\n{PROSE_2}\n\n{PROSE_3}\n")


# ------------------------------------------------------------------ a date read two ways, settled by a month and its year

NUMERIC_HEAD = "Lausanne extends its night metro\n\nPublished 03/12/2026 at 14:20\n\n"


@pytest.mark.parametrize("named", ["in February 2027", "by January 2027", "on January 15, 2027", "from 2 February 2027"])
def test_a_month_named_with_its_year_counts_from_its_year(named):
    # 3 December 2026 is two months or less from these, 12 March 2026 ten or more. Without its year,
    # the month alone is as near one reading as the other, and the date would stay unsettled.
    story = f"The full service is due to start {named}, the operator said on the day."
    article = parsed(f"{NUMERIC_HEAD}{story}\n\n{PROSE_2}\n")
    assert (article.published.month, article.published.day) == (12, 3)


def test_a_month_named_without_a_year_is_the_nearest_either_side():
    story = "The full service is due to start in April, the operator said on the day."
    article = parsed(f"{NUMERIC_HEAD}{story}\n\n{PROSE_2}\n")
    assert (article.published.month, article.published.day) == (3, 12)


# ------------------------------------------------------------------ lists and tables printed as lines

FIGURES = [
    "$4.2bn – spent on running the city, from libraries to rubbish collection",
    "$2.9bn – capital projects, including the busway and stormwater upgrades",
    "7.9% – average rates rise for households",
]
FIELDS = ["Age: 47", "Occupation: Registered nurse", "Party: Harbour Forward"]


@pytest.mark.parametrize("items", [FIGURES, FIELDS, [line.replace("–", "-") for line in FIGURES]])
def test_a_run_of_lines_opening_alike_is_a_list_of_paragraphs(items):
    run = "\n".join(items)
    texts = body(f"{HEAD}{PROSE}\n\nBy the numbers\n\n{run}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert all(item in texts for item in items)


def test_two_lines_opening_alike_are_no_list():
    run = "\n".join(FIGURES[:2])
    texts = body(f"{HEAD}{PROSE}\n\n{run}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert not any(text == FIGURES[0] for text in texts)


def test_a_tight_page_sets_no_run_apart():
    lines = "\n".join([PROSE, *FIGURES, PROSE_2, PROSE_3])
    texts = body(f"{HEAD}{lines}\n")
    assert FIGURES[0] not in texts  # every paragraph is set tight: the figures are no run of their own


ROWS = ["Harbour 3 Rovers 1", "Castlebay Celtic 0 Lee Valley 2", "Passage Wanderers 1 Monkstown Athletic 1"]


def numbered(texts: list[str]) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def test_rows_of_one_shape_are_a_table():
    assert table_rows(numbered([PROSE, *ROWS, PROSE_2])) == {2, 3, 4}
    assert table_rows(numbered(["Nikkei 225 38,412.56 -1.20%", "Topix 2,701.33 -0.90%", "Hang Seng 19,876.10 -0.40%"]))


def test_two_rows_or_rows_of_different_shapes_are_no_table():
    assert not table_rows(numbered(ROWS[:2]))
    assert not table_rows(numbered(["Harbour 3 Rovers 1", "Kick-off at 3pm", "Att: 1,204"]))
    assert not table_rows(numbered(["Harbour 3 Rovers 1", "", "Castlebay Celtic 0 Lee Valley 2", "Riverside 4 Blarney 2"]))


def test_a_table_inside_the_story_stays_row_by_row():
    lines = "\n".join([PROSE, "Results so far", *ROWS, PROSE_2, PROSE_3])
    texts = body(f"{HEAD}{lines}\n")
    assert all(row in texts for row in ROWS)


def test_a_tables_last_row_is_no_orphaned_heading():
    assert is_row_under_row("Kinsale Athletic 2 Mallow United 0", "Riverside 4 Blarney Town 2")
    assert not is_row_under_row("Support services", "Riverside 4 Blarney Town 2")
    assert not is_row_under_row("What happens next", "Who loses out")


# ------------------------------------------------------------------ boxes and labels

@pytest.mark.parametrize("box", [
    "Born: April 2, 1933, in Two Harbors, Minn.\nDied: Feb. 14, 2025, in Duluth\nServices: 11 a.m. Saturday, First Lutheran",
    "Born: 1948, in Cork\nDied: Feb. 14, 2025, in Duluth, Minn.",
])
def test_a_details_box_over_the_story_goes_even_when_a_field_ends_with_an_abbreviation(box):
    texts = body(f"{HEAD}{box}\n\n{PROSE}\n\n{PROSE_2}\n")
    assert texts == [PROSE, PROSE_2]


@pytest.mark.parametrize(("line", "name"), [
    ("Report: Declan Shiels", "Declan Shiels"), ("Words: Anna Kay", "Anna Kay"), ("Reporter: Tom Ashworth", "Tom Ashworth"),
])
def test_an_authors_label_names_the_author(line, name):
    assert read_byline(line) == name


@pytest.mark.parametrize("line", ["Report: Council finds rates rising fast", "Report: The council failed"])
def test_a_label_over_a_headline_names_nobody(line):
    assert read_byline(line) is None


@pytest.mark.parametrize("notice", [
    "Send your club notes and results to sport@example-echo.ie by 6pm Sunday.",
    "Got a story? Email your tips to newsdesk@example.com.",
    "Share your photos with us at www.example.com/upload and you could be featured.",
])
def test_a_line_asking_the_reader_to_write_to_an_address_is_the_outlets(notice):
    assert notice not in body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{notice}\n")


@pytest.mark.parametrize("sentence", [
    "The council has published the full plan at www.example.gov/pier, with the costs of each option.",
    "Residents can write to pier@example.gov until the end of the month, the board said.",
])
def test_a_story_sentence_giving_an_address_stays(sentence):
    assert is_kept(sentence)


# ------------------------------------------------------------------ a reading app's marks

@pytest.mark.parametrize("mark", ["Loc 21", "7%", "12 %", "Location 1204", "p. 14", "2 hours left"])
def test_a_reading_apps_progress_mark_is_chrome(mark):
    assert clutter_reason(mark) == "reader-progress"


@pytest.mark.parametrize("mark", ["Page 3 of 12", "6 mins left in article"])
def test_progress_marks_with_interface_words_are_chrome_either_way(mark):
    assert clutter_reason(mark) in {"reader-progress", "interface"}


@pytest.mark.parametrize("line", ["7% of voters", "Page Three girls", "Loc Ninh", "Left in the dark"])
def test_lines_like_progress_marks_are_not(line):
    assert clutter_reason(line) != "reader-progress"


def test_a_subheading_between_progress_marks_stays():
    texts = body(f"{HEAD}{PROSE}\n\nLoc 15\n\n4%\n\nThe drivers' ledger\n\nLoc 21\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert texts == [PROSE, "The drivers' ledger", PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a credit's label in any language

@pytest.mark.parametrize(("caption", "credit"), [
    ("The new ferry pier is expected to be finished this month.", "Ảnh: Trần Quang Huy"),
    ("The M2 metro leaves Ouchy station at dusk.", "Kuva: Anni Korhonen"),
    ("Fans at the ground before kick-off.", "Foto: Ana Novak / Hina"),
    ("The harbour at dawn.", "Photo: Ewan Jamieson"),
])
def test_a_labelled_name_closing_a_sentence_is_its_photos_credit(caption, credit):
    assert ends_with_credit(f"{caption} {credit}")
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize("line", [
    "The council met on Monday. Author: Jane Doe",
    "The board left. Update: Police Arrest Suspect",
    "Minister: John Smith",  # no sentence before it
    "The talks went on. Contact: Mary Byrne",
])
def test_an_authors_or_a_contacts_label_is_no_photo_credit(line):
    assert not ends_with_credit(line)


# ------------------------------------------------------------------ a chat message over the article

@pytest.mark.parametrize("stamp", ["Yesterday 4:12 PM", "Today at 9:02 AM", "Monday 10:15", "tomasz_k — Today at 9:41 AM"])
@pytest.mark.parametrize("label", ["Business\n", ""])
def test_a_chat_senders_comment_over_the_article_is_not_its_headline(stamp, label):
    source = (
        f"Priya Raman\n{stamp}\nWorth a read before Thursday's call, this is the site right behind our depot\n{label}"
        "Colliery site cleared for logistics park despite traffic fears\nBy Tom Ashworth\n"
        "Published 11 March 2025, 07:30 GMT\n"
        f"{PROSE}\n{PROSE_2}\n{PROSE_3}\n👍 3\nReply\n"
    )
    article = parsed(source)
    assert article.title == "Colliery site cleared for logistics park despite traffic fears"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert article.section == (label.strip() or None)


# ------------------------------------------------------------------ a clipping app's fields over the page

@pytest.mark.parametrize("fields", [
    "Clipped from: https://www.example.com/policy/pier\nTags: harbour, to-read\nCreated: February 7, 2025 8:14 AM",
    "Source: https://www.example.com/policy/pier\nSaved: 7 February 2025",
])
def test_a_clippings_title_and_fields_are_not_the_article(fields):
    source = (
        f"Board votes to rebuild the old pier | Harbour Gazette\n\n{fields}\n\n"
        "Board votes to rebuild the old pier\n\nBy Dana Whitlock\n\nThu, Feb 6, 2025, 10:02 AM EST\n\n"
        f"{PROSE}\n\n{PROSE_2}\n"
    )
    article = parsed(source)
    assert article.title == "Board votes to rebuild the old pier"
    assert article.published.isoformat() == "2025-02-06T10:02:00-05:00"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


# ------------------------------------------------------------------ zones

@pytest.mark.parametrize(("line", "offset"), [
    ("December 3, 2026 10:05 pm FJT", "+12:00"),
    ("3 December 2026, 14:20 ART", "-03:00"),
    ("December 3, 2026 9:15 AM NST", "-03:30"),
    ("03 Dec 2026 18:00 IDT", "+03:00"),
    ("December 3, 2026 at 11:00 PGT", "+10:00"),
])
def test_zones_of_the_pacific_the_americas_and_asia(line, offset):
    stamp = parse_time_line(line)
    assert stamp is not None and stamp.value.isoformat().endswith(offset)


# ------------------------------------------------------------------ a comment section's heading in the page's words

@pytest.mark.parametrize("heading", ["Leave a Reply Cancel reply", "Commentaires (12)", "Kommentare (3)", "Comentarios (1)"])
def test_a_comment_sections_heading_ends_the_story(heading):
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{heading}\n\nConnectez-vous pour commenter.\n\n"
              "Save my name, email, and website in this browser for the next time I comment.\n\nPost Comment\n")
    assert body(source) == [PROSE, PROSE_2]


def test_a_gallerys_count_between_paragraphs_cuts_nothing():
    assert body(f"{HEAD}{PROSE}\n\nPhotos (5)\n\n{PROSE_2}\n\n{PROSE_3}\n") == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ an author's name under the lead

@pytest.mark.parametrize("name", ["Ndapewa Haufiku", "Tom Ashworth", "Maria de la Cruz"])
def test_a_name_alone_under_the_lead_is_the_byline(name):
    article = parsed(f"{HEAD}{PROSE}\n\n{name}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.byline == name
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_name_under_the_lead_of_a_story_with_a_byline_is_left_to_the_other_rules():
    article = parsed(f"Board votes to rebuild the old pier\n\nBy Dana Whitlock\n\nMarch 4, 2025\n\n{PROSE}\n\n"
                     f"Ndapewa Haufiku\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.byline == "Dana Whitlock"


@pytest.mark.parametrize("line", ["Harbour Board", "What happens next", "Ndapewa Haufiku reports."])
def test_other_short_lines_under_the_lead_name_no_author(line):
    assert parsed(f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n\n{PROSE_3}\n").byline is None


# ------------------------------------------------------------------ a line in another language by its words together

@pytest.mark.parametrize("line", [
    "Receba as principais notícias do dia no seu e-mail.",  # Portuguese
    "Connectez-vous pour commenter.",  # French
    "Tilmeld dig vores nyhedsbrev og få nyhederne hver morgen.",  # Danish
    "Masuk untuk berkomentar di sini.",  # Indonesian
])
def test_a_line_whose_words_are_another_languages_is_foreign(line):
    assert is_foreign_line(line)


@pytest.mark.parametrize("line", [
    PROSE, PROSE_2,
    "Nguyen Van Thanh said the port would reopen.",  # names of another language in an English sentence
    "Tanaka met Nakamura in Osaka on Monday.",
    "Maria Lourdes Tan",  # a name alone: capitalised words are no sentence
    "Mynd: Jógvan Hansen",
    "Two words",
])
def test_english_sentences_and_names_are_not_foreign_lines(line):
    assert not is_foreign_line(line)


@pytest.mark.parametrize("line", ["Receba as principais notícias do dia no seu e-mail.", "Masuk untuk berkomentar di sini."])
def test_a_sentence_in_another_language_between_paragraphs_is_the_outlets(line):
    assert is_left_out(line)


def test_a_quoted_sentence_in_another_language_is_the_storys():
    quoted = "“Nous ne partirons pas,” said one of the fishermen."
    assert is_kept(quoted)


@pytest.mark.parametrize("teaser", [
    "Baca Juga: West Java governor orders inspection of river embankments",
    "Llegeix també: The Onyar river houses get a facelift",
    "Lees ook: Rotterdam port sets a record for containers",
])
def test_another_storys_headline_under_a_label_in_another_language_goes(teaser):
    assert is_left_out(teaser)


@pytest.mark.parametrize("line", ["Update: the board will meet again next week.", "Funding: the council pays half of the cost"])
def test_an_english_label_and_its_text_stay(line):
    assert line in body(f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n\n{PROSE_3}\n")


def test_a_date_reading_two_ways_under_chrome_sentences_in_another_language_is_read_day_first():
    source = ("Port to add night shifts\n\nPublished 03/12/2026 14:20\n\n"
              "The port will add night shifts, its director said, as the new terminal opens to ships.\n\n"
              f"{PROSE_2}\n\nMasuk untuk berkomentar di sini.\n\nKami menggunakan cookie untuk situs ini.\n")
    published = parsed(source).published
    assert (published.month, published.day) == (12, 3)


# ------------------------------------------------------------------ time lines and bylines

@pytest.mark.parametrize(("line", "expected"), [
    ("First posted Fri 24 Jan 2025 at 6:15am AEDT", "2025-01-24T06:15:00+11:00"),
    ("Originally published 3 December 2026, 10:00 GMT", "2026-12-03T10:00:00+00:00"),
    ("Originally posted: Dec 3, 2026 9:40 AM EST", "2026-12-03T09:40:00-05:00"),
])
def test_a_first_or_original_publication_label(line, expected):
    assert parse_time_line(line).value.isoformat() == expected


@pytest.mark.parametrize(("clock", "expected"), [
    ("Published 1:05 PM HST", "2026-12-03T13:05:00-10:00"),
    ("Posted: 09:40", "2026-12-03T09:40:00"),
])
def test_a_labelled_clock_without_a_date_takes_the_headers_date(clock, expected):
    source = (f"Thursday, December 3, 2026\n\nMarket to reopen after flood cleanup\n\nUpdated 3:12 PM HST\n{clock}\n\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).published.isoformat() == expected


def test_a_clock_without_a_label_gives_the_date_no_time():
    source = f"Thursday, December 3, 2026\n\nMarket to reopen after flood cleanup\n\nListen 3:12\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).published.isoformat() == "2026-12-03T00:00:00"


@pytest.mark.parametrize(("names", "authors"), [
    ("Laia Puigdomènech i Jordi Serrat", ["Laia Puigdomènech", "Jordi Serrat"]),  # Catalan
    ("Tóth Bence és Kiss Anna", ["Tóth Bence", "Kiss Anna"]),  # Hungarian
    ("Siti Rahma dan Budi Santoso", ["Siti Rahma", "Budi Santoso"]),  # Indonesian
])
def test_two_authors_joined_by_and_in_the_pages_language(names, authors):
    assert is_names(names)
    assert split_authors(names) == authors


# ------------------------------------------------------------------ a line wholly in square brackets

@pytest.mark.parametrize("note", [
    "[check this figure - board memo from August says $125M]",
    "[ask Tom - is this the same rail loop they floated before?]",
    "[image]",
    "[END]",
])
def test_a_line_wholly_in_square_brackets_is_set_into_the_text(note):
    assert is_left_out(note)


@pytest.mark.parametrize("line", [
    "The council [of Marrow Bay] met again on Tuesday to settle the pier's budget.",
    "[Editor's note: This story has been updated to include comment from the harbour board.]",
])
def test_brackets_inside_a_sentence_and_an_editors_note_stay(line):
    assert line in body(f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n\n{PROSE_3}\n")


# ------------------------------------------------------------------ a printed page's running head, a feed's likes

@pytest.mark.parametrize("head", [  # (the paper's date: HEAD's)
    "THE DAILY COURIER | TUESDAY, MARCH 4, 2025 | 5",
    "4 | TUESDAY, MARCH 4, 2025 | THE DAILY COURIER",
    "A8 | THE CALDWELL HERALD | TUESDAY, MARCH 4, 2025",
])
def test_a_running_head_between_paragraphs_is_chrome(head):
    assert is_left_out(head)


def test_a_running_head_over_the_headline_dates_the_story():
    source = f"A3 | THE CALDWELL HERALD | TUESDAY, MARCH 4, 2025\n\nLOCAL NEWS\n\nMill clean-up to cost double\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).published.isoformat() == "2025-03-04T00:00:00"


@pytest.mark.parametrize("line", ["Results | 2024 | 5 goals", "Vote counts | 3 | 5", "Page 3 | Sport"])
def test_bars_without_a_date_and_a_page_number_are_no_running_head(line):
    assert not is_running_head(line)


@pytest.mark.parametrize("line", ["Liked by jess.marchetti and others", "Liked by Ana and 212 others", "Liked by 1,204"])
def test_a_feeds_likes_are_interface(line):
    assert clutter_reason(line) == "interface"


def test_a_paragraph_cut_by_a_running_head_is_joined_again():
    source = (f"{HEAD}{PROSE}\nThe harbour master said the city applied last month for a grant that could cover a third of the cost, but the\n"
              "THE DAILY COURIER | TUESDAY, MARCH 4, 2025 | 5\n"
              f"money would not arrive before the summer.\n{PROSE_2}\n")
    texts = body(source)
    assert ("The harbour master said the city applied last month for a grant that could cover a third of the cost, but the "
            "money would not arrive before the summer.") in texts


@pytest.mark.parametrize("marks", ["**", "__", "*"])
def test_a_forwarded_posts_headline_in_bold_marks_is_the_headline(marks):
    source = (f"Baltic Transit Watch\n48,210 subscribers\nDecember 3, 2024\nForwarded from Riga Morning Wire\n"
              f"{marks}Riga to test night buses on three suburban routes{marks}\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).title == "Riga to test night buses on three suburban routes"


# ------------------------------------------------------------------ names over their role, names with their place

@pytest.mark.parametrize("role", ["Journalister", "Journalists", "Reporter"])
def test_names_over_their_role_over_the_time_are_the_byline(role):
    source = (f"Stavanger port to build quay for floating wind turbines\n\nIngrid Solberg og Henrik Aas\n{role}\n\n"
              f"Publisert 03.12.2026 kl. 08:50\n\n{PROSE}\n\n{PROSE_2}\n")
    assert split_authors(parsed(source).byline) == ["Ingrid Solberg", "Henrik Aas"]


@pytest.mark.parametrize(("line", "name"), [
    ("Selin Arslan - İSTANBUL", "Selin Arslan"),
    ("Priya Nair – NEW DELHI", "Priya Nair"),
])
def test_a_name_with_the_place_it_filed_from_under_the_headline_is_the_byline(line, name):
    source = f"03 Aralık 2026 13:25\nIstanbul adds late-night ferries\n{line}\nPaylaş\nFacebook\nX\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).byline == name


def test_a_name_with_an_outlet_after_a_dash_is_not_read_as_a_place():
    assert not is_names("Ana Ruiz - Reuters")
