"""The outlet's chrome in its own language under an English story, known by its letters and
script rather than by a list of its words, and a time line's zone glossed with its place.

An English edition of a foreign outlet heads its boxes in the outlet's language (`Διαβάστε
επίσης`, `Mest lesið`, `Najczęściej czytane`) and counts its comments in it (`Yorumlar (2)`).
A short label in another script, or with a letter English words never carry in a word that is
no name, heads a box: between paragraphs only the box goes, under the story the rest is tail.
Names (`Ásta Magnúsdóttir`), places (`Life in Kraków`) and words English borrows (`Café
culture`) are left alone, and so is a cookie banner's prose in the outlet's language above
the story, which must not count as the story begun. Each rule is tested in several shapes.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body, parsed

from briefs.sources.body_lines import is_english_prose, is_other_language_label
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.pubtime import parse_time_line

TEASERS = ["Airport sets new passenger record", "Ministry extends deadline for farm subsidy applications"]

FOREIGN_LABELS = [
    "Διαβάστε επίσης",  # Greek: read also
    "Mest lesið",  # Icelandic: most read
    "Najczęściej czytane",  # Polish: most read
    "Czytaj także:",  # Polish: read also, with its colon
    "Читайте також",  # Ukrainian: read also
    "Lasīt arī",  # Latvian: read also
    "関連記事",  # Japanese: related articles
    "Läs mer",  # Swedish: read more
    "Mest läst",  # Swedish: most read
    "Compartilhe esta notícia",  # Portuguese: share this story
    "Kopírovat odkaz",  # Czech: copy the link
    "Más información",  # Spanish: more information
]


@pytest.mark.parametrize("label", FOREIGN_LABELS)
def test_a_label_in_another_language_is_one(label):
    assert is_other_language_label(label)


ENGLISH_OR_NAMES = [
    "What happens next", "Life in Kraków", "Ásta Magnúsdóttir", "Café culture", "Naïve hopes", "Façade repairs",
    "Über-rich buyers", "The jalapeño harvest", "The Dáil votes", "Ferries to Åland",
    "Sigrún Hafsteinsdóttir", "Łódź", "Piñata season", "The Øresund link",
    "Results of the vote in Gdańsk and Łódź on Sunday",  # too long for a label
    "Więcej: 3",  # a digit: a counter, not a label
]


@pytest.mark.parametrize("text", ENGLISH_OR_NAMES)
def test_english_words_and_names_are_no_foreign_label(text):
    assert not is_other_language_label(text)


@pytest.mark.parametrize("label", ["Διαβάστε επίσης", "Mest lesið", "Najczęściej czytane", "Читайте також"])
def test_a_foreign_box_between_paragraphs_goes_with_its_teasers(label):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{label}\n{TEASERS[0]}\n{TEASERS[1]}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("label", ["Mest lesið", "Najczęściej czytane", "Διαβάστε επίσης"])
def test_a_foreign_box_under_the_story_ends_it(label):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{label}\n1. {TEASERS[0]}\n2. {TEASERS[1]}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("heading", ["Yorumlar (2)", "Reacties (14)", "Komentarze (3)", "Reader Comments (9)"])
def test_a_counted_label_under_the_story_opens_its_comments(heading):
    comment = "Finally some good news for the farmers, who have waited for years."
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{heading}\nAhmet K.\n{comment}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_an_english_subheading_with_a_place_stays():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nLife in Kraków\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, "Life in Kraków", PROSE_3]


def test_a_cookie_banner_in_the_outlets_language_does_not_begin_the_story():
    banner = ("Wykorzystujemy pliki cookies oraz podobne technologie w celach statystycznych i marketingowych. "
              "Zgodę możesz wycofać w dowolnym momencie.")
    source = (f"Przejdź do treści\n{banner}\nAkceptuję wszystkie\nOdrzuć\n\n"
              f"Board votes to rebuild the old pier\n\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert body(source)[-3:] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("text, english", [
    (PROSE, True), (PROSE_2, True),
    ("Wykorzystujemy pliki cookies oraz podobne technologie w celach statystycznych.", False),
    ("Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.", False),
])
def test_english_prose_is_told_by_its_stop_words(text, english):
    assert is_english_prose(text) is english


# -- a zone glossed with its place, a content system's label ---------------------------------------

@pytest.mark.parametrize("line, offset_hours", [
    ("December 3, 2026, 17:45 (Kyiv time, EET)", 2),
    ("December 3, 2026, 17:45 (EET, Kyiv time)", 2),
    ("3 December 2026 09:30 (Berlin time, CET)", 1),
    ("Dec 3, 2026 8:15 PM (Karachi time, PKT)", 5),
])
def test_a_zone_with_its_place_in_brackets_is_read(line, offset_hours):
    found = parse_time_line(line)
    assert found is not None and found.value.utcoffset().total_seconds() == offset_hours * 3600


@pytest.mark.parametrize("line, hour", [
    ("Created: Dec 03, 2026 08:00 AM", 8),
    ("Created: 03 December 2026 14:05", 14),
    ("Created 2026-12-03 06:30", 6),
])
def test_a_created_label_is_a_time_line(line, hour):
    found = parse_time_line(line)
    assert found is not None and found.value.hour == hour


@pytest.mark.parametrize("line", ["Created by the council in 2026 to manage the harbour", "Kyiv time is two hours ahead"])
def test_sentences_with_those_words_are_no_time_line(line):
    assert parse_time_line(line) is None


# -- a caption credited by a labelled name in the outlet's language ---------------------------------

PHOTO = "The ferry moored at the old pier, where the new year-round service will depart."


@pytest.mark.parametrize("credit", ["Mynd: Haraldur Jónsson", "Fotografija: Ana Novak / Hina", "Kuvaaja: Aino Virtanen"])
@pytest.mark.parametrize("buttons", ["", "Deila\nTölvupóstur\nAfrita hlekk\n\n"])
def test_a_sentence_over_a_labelled_name_opening_the_body_is_the_caption(credit, buttons):
    article = parsed(f"{HEAD}{buttons}{PHOTO}\n{credit}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.caption == PHOTO
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("label", ["Reporter: Jane Holloway", "Autor: Jan Kowalski", "Editor: Rina Wulandari"])
def test_an_authors_label_under_the_first_sentence_credits_no_photo(label):
    # (a sentence over a byline is the standfirst: `take_standfirst` reads it, not the caption rules)
    assert parsed(f"{HEAD}{PHOTO}\n{label}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n").caption is None


def test_a_long_lead_over_a_labelled_name_is_no_caption():
    lead = " ".join([PROSE, PROSE_2])  # 40 words: a story's lead, not a caption
    article = parsed(f"{HEAD}{lead}\nMynd: Ana Novak\n\n{PROSE_3}\n")
    assert article.caption is None


def test_a_label_in_another_language_under_a_caption_over_the_headline_ends_nothing():
    # a caption over the headline is English prose too, but no story: the section's label under it is chrome
    source = ("Deputies leave the chamber after the vote in Skopje on Wednesday.\nФото: МИА\n\nПолитика\n"
              f"Board votes to rebuild the old pier\n\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == "Board votes to rebuild the old pier"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# -- month names in more languages, read by dateparser ----------------------------------------------

@pytest.mark.parametrize("line, month, hour", [
    ("03 Dhjetor 2026, 10:05", 12, 10),  # Albanian
    ("3. prosinca 2026. 14:15", 12, 14),  # Croatian (genitive)
    ("Objavljeno: 3. prosinca 2026.", 12, 0),  # with the Croatian label
    ("3 Disyembre 2026", 12, 0),  # Filipino
    ("3. desember 2026 kl. 10:15", 12, 10),  # Icelandic
    ("3 Kolovoz 2026", 8, 0),  # Croatian, nominative
])
def test_a_month_in_another_language_is_read(line, month, hour):
    found = parse_time_line(line)
    assert found is not None and (found.value.month, found.value.hour) == (month, hour)


@pytest.mark.parametrize("line", ["He arrived on 3 Main 2026", "Room 12 Block 2026", "Gate 4 Terminal 2026"])
def test_a_word_between_numbers_that_is_no_month_is_no_date(line):
    assert parse_time_line(line) is None


# -- an agency's picture credited after a copyright sign, without a slash ---------------------------

@pytest.mark.parametrize("credit", ["© BELGA PHOTO JORIS VANDAMME", "© EPA-EFE Foto Ana Ruiz", "© Photo Jan Vermeer", "(c) ANP PHOTO KOEN VAN WEEL"])
def test_a_copyright_with_a_photo_word_credits_the_caption_over_it(credit):
    caption = "Straddle carriers at the container dock in the port."
    article = parsed(f"{HEAD}By Lotte Verhaegen\n{caption}\n{credit}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("footer", ["© The Brussels Wire", "© 2026 The Brussels Wire. All rights reserved.", "© Photo archive 2019"])
def test_a_sites_copyright_under_the_story_makes_no_caption(footer):
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n{footer}\n")
    assert article.caption is None
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# -- a strip of market quotes, an instruction to work the page ------------------------------------

@pytest.mark.parametrize("strip", [
    "DOW 44,812.30 +0.4% S&P 500 6,402.11 +0.6% NASDAQ 21,118.74 +1.1% 10-YR 4.12%",
    "FTSE 100 8,412.20 -0.3% DAX 19,204.11 +0.2% CAC 40 7,388.02 -0.1%",
    "BRENT 74.12 +1.05 WTI 70.33 +0.98 GOLD 2,641.50 -4.20",
])
def test_a_strip_of_market_quotes_is_a_widget(strip):
    assert clutter_reason(strip) == "widget"


@pytest.mark.parametrize("text", [
    "Inflation rose 2.4% in March, up from 2.1% in February and 1.9% in January.",
    "Revenue 1,234.5 +4.2% 1,184.0 +2.1%",  # a table's row: one label, then its figures
    "Turnout 61.2% 58.4% 55.0% 49.9%",
    "FTSE 100 8,412.20 -0.3%",  # one quote: too little to call a strip
])
def test_figures_in_a_sentence_or_a_row_are_no_strip(text):
    assert clutter_reason(text) != "widget"


@pytest.mark.parametrize("instruction", [
    "Tap or hover over the chart for values", "Swipe left to see more photos", "Click on a county to zoom in",
    "Scroll down for the full results", "Hover over a bar to see the figures",
])
def test_an_instruction_to_work_the_page_is_interface(instruction):
    assert clutter_reason(instruction) == "interface"


@pytest.mark.parametrize("text", [
    "Tap water prices rose 4% this year, the utility said.",
    "Click-and-collect sales doubled over the holiday season.",
    "Scrolling through the records, investigators found 40 missing invoices.",
])
def test_a_sentence_that_opens_with_such_a_word_is_no_instruction(text):
    assert clutter_reason(text) != "interface"


@pytest.mark.parametrize("teaser", [
    "Newsline: CABINET APPROVES NEW RATES FOR PUBLIC TRANSPORT FARES",
    "Watch: MAYOR SPEAKS ON FLOODS",
    "Also on Pacific Herald: VILLAGE COUNCIL BANS NETS ON REEF",
])
def test_a_label_over_a_headline_in_capitals_between_paragraphs_is_a_teaser(teaser):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{teaser}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("text", ["Note: CEO", "Photo: AP", "Update: The council has since reversed its decision."])
def test_a_label_over_a_short_code_or_a_sentence_is_no_teaser(text):
    assert clutter_reason(text) != "related-list"


# -- a post's counters, its age and hashtags -------------------------------------------------------

@pytest.mark.parametrize("counters", [
    "12K views 3 hours ago #Rochester #RCSD #schoolbuses", "1.2M Views", "148K subscribers",
    "48 boosts · 112 favourites", "2.4K reposts 310 quotes 9.1K likes", "#StormDarragh #Galway #flooding",
])
def test_counters_alone_are_interface(counters):
    assert clutter_reason(counters) == "interface"


@pytest.mark.parametrize("text", ["12 arrested", "200 jobs lost", "Five things to know", "2025 budget",
                                  "3 hours ago, police said the road would reopen."])
def test_a_number_before_a_word_is_no_counter(text):
    assert clutter_reason(text) != "interface"


@pytest.mark.parametrize("page, headline", [
    # a strip of market quotes over the headline
    ("DOW 44,812.30 +0.4% S&P 500 6,402.11 +0.6% NASDAQ 21,118.74 +1.1%\nBoard votes to rebuild the old pier\n"
     f"March 4, 2025\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n", "Board votes to rebuild the old pier"),
    # a video page's counters under it
    ("Bus contractor drops city routes with two weeks' notice\nGenesee 10 News\n148K subscribers\nSubscribe\n"
     f"12K views 3 hours ago #Rochester #schoolbuses\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n",
     "Bus contractor drops city routes with two weeks' notice"),
])
def test_quotes_and_counters_around_the_headline_are_not_it(page, headline):
    assert parsed(page).title == headline


# -- a ticker's label alone, its headline on the next line ------------------------------------------

@pytest.mark.parametrize("label", ["Latest:", "Breaking news:", "Trending now:", "Just in:"])
def test_the_headline_under_a_tickers_label_is_another_storys(label):
    source = (f"Thursday, December 3, 2026\n{label}\nBridge toll to remain unchanged in 2027 – Minister\nTHE DAILY OBSERVER\n"
              f"Home\nNews\nRegions\nRegions\nBoard votes to rebuild the old pier after the winter storms\nBy Ana Ruiz\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).title == "Board votes to rebuild the old pier after the winter storms"


@pytest.mark.parametrize("label", ["Headline:", "Title:", "Subject:"])
def test_the_line_under_a_headlines_label_is_still_the_headline(label):
    source = f"Slug: pier-vote\n{label}\nBoard votes to rebuild the old pier\nBy Ana Ruiz\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert parsed(source).title == "Board votes to rebuild the old pier"


# -- a list set without marks, its items in lower case ----------------------------------------------

@pytest.mark.parametrize("items", [
    ["no more than three cruise ships may dock on the same day", "ships must connect to shore power while in port",
     "the port authority will publish daily passenger numbers"],
    ["bins will be collected every two weeks", "garden waste needs a permit"],
    ["Manchester: 6.1%", "Leeds: 4.9%", "Bristol: 4.2%"],
])
def test_unmarked_items_under_a_colon_are_each_a_paragraph(items):
    lead = "Under the new rules the council has agreed:"
    source = f"{HEAD}{PROSE}\n\n{lead}\n\n" + "\n".join(items) + f"\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, lead, *items, PROSE_2, PROSE_3]


def test_a_sentence_wrapped_after_a_colon_stays_one_paragraph():
    # a run under a colon with a line too long for an item is the paragraph's own text, wrapped
    wrapped = ("the board said the pier, which has stood for ninety years and was closed last winter after a storm "
               "damaged its piles, would be rebuilt in stone,\nand fishing crews welcomed the decision.")
    source = f"{HEAD}{PROSE}\n\nThe decision was plain:\n\n{wrapped}\n\n{PROSE_2}\n"
    assert len(body(source)) == 4


# -- a bracketed credit naming the picture, after a caption with no stop ----------------------------

@pytest.mark.parametrize("line, caption", [
    ("Par-la-Ville car park in Hamilton, where rates will go up in the new year (Photograph by Kiara Roe)",
     "Par-la-Ville car park in Hamilton, where rates will go up in the new year"),
    ("Car park in Hamilton (Photo: Jane Roe)", "Car park in Hamilton"),
    ("Volunteers fill sandbags at the showground (Picture: Supplied)", "Volunteers fill sandbags at the showground"),
])
def test_a_bracketed_credit_naming_the_picture_closes_a_caption_without_a_stop(line, caption):
    assert ends_with_credit(line) and without_credit(line) == caption


@pytest.mark.parametrize("line", [
    "The minister said the photo (pictured) was taken in 2019",
    "Officials released the images (photos were taken by drone) on Tuesday",
])
def test_brackets_in_a_sentence_are_no_credit(line):
    assert not ends_with_credit(line)


def test_a_caption_with_its_bracketed_credit_between_paragraphs_is_taken_out():
    caption = "Par-la-Ville car park in Hamilton, where rates will go up in the new year"
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{caption} (Photograph by Kiara Roe)\n\n{PROSE_3}\n")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# -- the date a notice names as its own -----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Recall date: 3 December 2026", "Issue date: 3 December 2026", "Date of issue: 3 December 2026",
    "Publication date: 3 December 2026", "Date of publication: 3 December 2026", "Notice date: Dec. 3, 2026",
])
def test_a_notices_own_date_label_is_a_time_line(line):
    found = parse_time_line(line)
    assert found is not None and (found.value.year, found.value.month, found.value.day) == (2026, 12, 3)


@pytest.mark.parametrize("line", ["The recall date was 3 December 2026 for all cots",
                                  "Issue 42, December 2026 edition of the magazine"])
def test_sentences_with_a_notices_words_are_no_time_line(line):
    assert parse_time_line(line) is None


@pytest.mark.parametrize("status", ["Delivered", "Seen", "Read 9:48 pm", "Delivered 9:47 pm", "Sent"])
def test_a_messengers_delivery_status_under_the_story_is_chrome(status):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n9:47 pm\n{status}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("text", ["Delivered by hand to the town hall on Monday.", "Seen from the air, the damage is plain.",
                                  "Sent to the council in March, the letter went unanswered."])
def test_sentences_opening_with_a_status_word_are_not_a_status(text):
    assert clutter_reason(text) is None


@pytest.mark.parametrize("marker", ["DRAFT – not for publication", "NOT FOR PUBLICATION", "Draft", "Not for broadcast",
                                    "Draft: not for distribution"])
def test_a_drafts_marker_is_an_editorial_marker(marker):
    assert clutter_reason(marker) == "editorial-marker"


def test_a_sentence_about_a_draft_is_no_marker():
    assert clutter_reason("The draft was not for publication, she said.") is None


# -- a date that reads two ways, settled by the language of the page's chrome ----------------------

@pytest.mark.parametrize("chrome", [
    "Compartilhe esta notícia\nWhatsApp Facebook X Copiar link\n",
    "Te puede interesar\nNoticias relacionadas\nCompartir en Facebook\n",
    "Läs mer\nMest läst\nDela artikeln\n",
])
def test_a_date_reading_two_ways_under_foreign_chrome_is_day_first(chrome):
    source = f"Board votes to rebuild the old pier\n03/12/2026 às 16h40\n{chrome}\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    published = parsed(source).published
    assert published is not None and (published.month, published.day) == (12, 3)


def test_a_date_reading_two_ways_under_english_chrome_stays_unsettled():
    source = f"Board votes to rebuild the old pier\n03/12/2026 | 16:40\nShare this story\nMost read\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert parsed(source).published is None


@pytest.mark.parametrize("first, second, offset_hours", [
    ("Publisert 03.12.2026 13:05", "Published 3 December 2026 13:05 CET", 1),
    ("03.12.2026 09:12", "December 03, 2026 09:12 TRT", 3),
    ("3 Dec 2026, 11:42", "03 Dec 2026 - 11:42 MVT", 5),
])
def test_the_same_time_printed_again_with_its_zone_gives_the_zone(first, second, offset_hours):
    for source in (f"{first}\nBoard votes to rebuild the old pier\n{second}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n",
                   f"Board votes to rebuild the old pier\n{first}\n{second}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"):
        published = parsed(source).published
        assert published is not None and published.utcoffset().total_seconds() == offset_hours * 3600


def test_another_time_with_a_zone_does_not_replace_the_first():
    source = f"03.12.2026 09:12\nBoard votes to rebuild the old pier\nUpdated December 03, 2026 11:40 CET\n\n{PROSE}\n\n{PROSE_2}\n"
    published = parsed(source).published
    assert published is not None and (published.hour, published.minute) == (9, 12)


@pytest.mark.parametrize("buttons", [["Sdílet na Facebooku", "Sdílet na X", "Kopírovat odkaz"], ["Compartilhe esta notícia"],
                                     ["Dela på Facebook", "Kopiera länk"]])
def test_the_outlets_buttons_in_its_language_between_paragraphs_are_chrome(buttons):
    source = f"{HEAD}{PROSE}\n\n" + "\n".join(buttons) + f"\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]
