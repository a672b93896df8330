"""The body's lines classed as text, chrome or subheading (`briefs.sources.body_lines`), through the parser.

Every article here is invented; each test states a shape, not a wording, so that chrome
no vocabulary names is still told from the article's own short lines.
"""

from __future__ import annotations

import pytest
from test_linear import count_calls

from briefs.sources import vocab
from briefs.sources.body_lines import body_language
from briefs.sources.pasted_text import parse_article

HEADER = "Harbour council approves a new night ferry\nFebruary 7, 2025\n"
PROSE = (
    "The harbour council voted on Thursday to run a night ferry to the islands from the spring, "
    "after residents had asked for a later boat for years."
)
PROSE_2 = "The first crossing will leave the pier at eleven in the evening, and tickets will cost the same as by day."


def parse(body: str):
    return parse_article(HEADER + body)


def reasons(article) -> dict[str, str]:
    return {line.text: line.reason for line in article.dropped}


def test_unknown_short_lines_between_chrome_are_chrome():
    article = parse(f"{PROSE}\n\n{PROSE_2}\n\nAdvertisement\nZoom into the harbour map\nComments (12)\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]
    assert reasons(article)["Zoom into the harbour map"] == "boilerplate"


def test_a_short_sentence_after_the_text_stays_but_a_label_goes():
    article = parse(f"{PROSE}\n\n{PROSE_2}\n\nThe vote was close.\n\nMatch Stats\n")
    assert article.paragraphs[-1].text == "The vote was close."
    assert "Match Stats" in reasons(article)


def test_a_subheading_stands_between_text_and_a_one_word_line_is_no_heading():
    article = parse(f"{PROSE}\n\nWhat happens next\n\n{PROSE_2}\n\nTimetable\n\n{PROSE}\n")
    kinds = [(block.kind, block.text) for block in article.blocks]
    assert ("heading", "What happens next") in kinds
    assert ("paragraph", "Timetable") in kinds


def test_a_chrome_line_between_text_paragraphs_is_never_a_heading():
    article = parse(f"{PROSE}\n\nEnlarge this image\n\n{PROSE_2}\n")
    assert [block.kind for block in article.blocks] == ["paragraph", "paragraph"]
    assert reasons(article)["Enlarge this image"] == "interface"


def test_labels_above_the_first_paragraph_go_but_a_title_cased_summary_stays():
    article = parse(f"Social Sharing\nGet involved\n{PROSE}\n")
    assert article.paragraphs[0].text == PROSE
    assert reasons(article)["Get involved"] == "page-label"
    summary = "Full-time: Harbour United 2-1 Northport Rovers"
    assert parse(f"Get involved\n{summary}\n{PROSE}\n").paragraphs[0].text == summary


def test_live_entry_marks_are_passed_over_and_entry_headlines_stay_paragraphs():
    body = f"78'\nGOAL! Harbour United 2-1 Rovers (Okafor)\n{PROSE}\n\n55'\nEqualiser from a corner\n{PROSE_2}\n"
    article = parse(body)
    assert [block.kind for block in article.blocks] == ["paragraph"] * 4
    assert reasons(article)["78'"] == "entry-time"


def test_a_promotion_speaks_to_the_reader_but_a_column_may_too():
    promo = "Get all the local stories you want right in the palm of your hand."
    article = parse(f"{PROSE}\n\n{PROSE_2}\n\nAdvertisement\n{promo}\nDownload the app\n")
    assert promo not in article.text
    column = (
        "If you have waited forty minutes for a bus in the rain while a car park loomed over you, "
        "you already know where the money goes in this city."
    )
    article = parse(f"{column}\n\nAdvertisement\n\n{column.replace('forty', 'fifty')}\n\nAdvertisement\n\n{PROSE}\n")
    assert len(article.paragraphs) == 3


def test_a_title_or_a_list_of_names_is_not_text_on_its_own():
    title = "State of Northland ex rel. Department of Natural Resources v. Greywater Mining Co. et al."
    article = parse(f"{PROSE}\n\n{PROSE_2}\n\nCase Information\n{title}\nCase Number\n")
    assert title not in article.text


def test_a_sentence_naming_an_address_stays_but_a_handle_alone_goes():
    sentence = "Residents can send their views to the council at www.harbour.example/ferry before March."
    article = parse(f"{PROSE}\n\n{sentence}\n\n#NightFerry\n\n{PROSE_2}\n")
    assert sentence in article.text
    assert reasons(article)["#NightFerry"] == "link-line"


def test_a_short_article_of_short_sentences_keeps_them_all():
    article = parse("The pier reopened.\n\nTraders were pleased.\n\nThe mayor cut a ribbon.\n")
    assert len(article.paragraphs) == 3


def test_the_language_is_the_stop_word_list_covering_most_of_the_body():
    german = "Die Stadt hat am Donnerstag die neue Fähre vorgestellt, die ab dem Frühjahr fährt."
    assert body_language([german]) == "German"
    assert body_language(["La ville a présenté jeudi le nouveau bac, qui circulera dès le printemps."]) == "French"
    assert body_language([PROSE]) == "English"


def test_a_date_that_reads_two_ways_is_read_day_first_in_a_language_that_writes_it_so():
    text = (
        "Un nouveau bac pour les îles\n03/06/2025 à 21h10\n"
        "La ville a présenté le nouveau bac, qui circulera dès le printemps entre le port et les îles.\n"
    )
    article = parse_article(text)
    assert article.published_iso == "2025-06-03T21:10:00"
    assert "day first" in article.extra["unsure"]["published"]


def test_every_line_the_classifier_drops_has_a_known_reason():
    body = f"Social Sharing\n{PROSE}\n\nAdvertisement\nZoom into the map\n\n{PROSE_2}\n\n#Ferry\nPossession 58% 42%\n"
    article = parse(body)
    assert all(line.reason in vocab.DROP_REASONS for line in article.dropped)


def test_a_long_run_of_short_lines_is_classed_in_linear_work():
    def article_of(lines: int) -> str:
        labels = "\n".join(f"Label number {index}" for index in range(lines))
        return f"{HEADER}{PROSE}\n{labels}\n{PROSE_2}\n"

    small = count_calls(lambda: parse_article(article_of(500)))
    large = count_calls(lambda: parse_article(article_of(1000)))
    assert large / small <= 2.3  # twice the lines, at most about twice the work (the language is read from a sample)


def test_a_rating_box_above_the_body_goes_but_sections_headed_in_capitals_stay():
    box = "CLAIM\nA video shows the dam cracking.\nOUR VERDICT\nFALSE\nThe video shows a spillway test in 2019.\n"
    article = parse(f"{box}{PROSE}\n\n{PROSE_2}\n")
    assert article.paragraphs[0].text == PROSE
    assert reasons(article)["OUR VERDICT"] == "summary-box"
    sections = f"{PROSE}\nTHE BIG PICTURE\n{PROSE_2}\nWHAT COMES NEXT\n{PROSE}\n"
    article = parse(f"WHY IT MATTERS\n{sections}")
    assert [block.kind for block in article.blocks] == ["paragraph", "heading", "paragraph", "heading", "paragraph"]


def test_a_byline_may_follow_a_line_of_introduction_but_a_section_named_by_is_no_byline():
    article = parse(f"Good morning. Here is the harbour's news.\nWritten by Joanna Mbeki and the team\n{PROSE}\n")
    assert article.byline == "Joanna Mbeki"
    article = parse(f"{PROSE}\nBy The Numbers\n{PROSE_2}\n")
    assert article.byline is None and [block.kind for block in article.blocks] == ["paragraph", "heading", "paragraph"]


def test_the_authors_name_alone_over_a_bio_goes_and_a_date_alone_is_no_heading():
    bio = "Share this story\nGrace Wanjiru\nGrace Wanjiru reports on health.\n"
    article = parse(f"By Grace Wanjiru\n{PROSE}\n\n{PROSE_2}\n\n{bio}")
    assert article.text.endswith(PROSE_2)
    assert reasons(article)["Grace Wanjiru"] == "author-box"
    article = parse(f"{PROSE}\n\nMay 29\n{PROSE_2}\n\nMay 31\n{PROSE}\n")
    assert [block.kind for block in article.blocks] == ["paragraph"] * 5


@pytest.mark.parametrize(
    "closing",
    [
        "Why now? Tanaka pointed to the yen. Mr. Tanaka’s colleague, Dr. Ken Mori, disagreed.",
        "Mr. Okafor and Mrs. Bello met Dr. Adeyemi. Ms. Eze joined them later.",
        "Ready? Harbour Board members Ingrid Solberg and Tomas Berg said yes.",
    ],
    ids=["question-then-names", "honorifics-before-names", "exclamation-opens"],
)
def test_a_closing_sentence_full_of_names_is_text_when_grammar_and_honorifics_capitalise_it(closing):
    article = parse(f"{PROSE}\n\n{PROSE_2}\n\n{closing}\n")
    assert closing in article.text
