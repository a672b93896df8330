"""Shapes from the fifteenth blind set and the corpus cases still failing before it: closing bios
with no byline above them, ... Each rule is tested in several shapes, with the story sentences it
must leave."""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body, parsed


@pytest.mark.parametrize(
    ("bio", "author"),
    [
        ("Kayla Brennan covers public safety for the Ridgefork Gazette. Reach her at kb@example.org.", "Kayla Brennan"),
        ("Tomas Velde joined the Courier in 2021 and covers transport and housing.", "Tomas Velde"),
        ("Ines Harrow has written for the Weekly Ledger since 2019.", "Ines Harrow"),
    ],
)
def test_a_closing_bio_in_any_of_its_usual_wordings_names_an_unsigned_storys_author(bio, author):
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{bio}\n")
    assert article.byline == author
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_every_authors_bio_goes_and_the_related_headline_under_them_too():
    bios = ("Corinne Haldane is an investigative reporter at The Tallgrass Record covering water.\n\n"
            "Mateo Ruelas is a data reporter at The Tallgrass Record.\n\n"
            "Rural Water Systems Were Promised Federal Help. Most Are Still Waiting.\n")
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{bios}") == [PROSE, PROSE_2, PROSE_3]


def test_the_name_over_an_unsigned_bio_goes_with_it():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nKelvin Cheuk\n\nKelvin Cheuk joined the Post in 2021 and covers transport.\n"
    assert body(source) == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "closing",
    [
        "Lena Okafor covers the cost of repairs herself, she said, and has done so since 2019.",  # no: she said
        "Marta Lindqvist was a teacher at the village school for forty years.",
        "Ferry captain Jonas Ekdahl covers the route twice a day.",
    ],
)
def test_closing_sentences_about_people_in_the_story_stay(closing):
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{closing}\n")[-1] == closing
