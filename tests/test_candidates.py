"""Candidates: capitalised names and phrases the glossary does not cover yet."""

from __future__ import annotations

import pytest

from briefs.candidates import find_candidates
from briefs.fileio import read_source
from briefs.glossary import Glossary, Term, TermSource, load_glossary
from briefs.model import Article, Paragraph
from briefs.parse import parse_article
from briefs.settings import Settings
from conftest import ROOT, SEED

GLOSSARY = Glossary({"trump": Term("trump", "Donald Trump", "person", (), "Trump", False, "A president.", "Text.", "2025-02-07",
                                   (TermSource("Ref", "https://example.org/"),), (), "glossary/trump.yml")})


def article(*paragraphs: str) -> Article:
    return Article(title="Headline Words", caption=None, published=None, zone_name=None, published_has_time=False, section=None,
                   byline=None, dateline=None, source=None, paragraphs=tuple(Paragraph(text, 1) for text in paragraphs))


def texts(*paragraphs: str) -> list[str]:
    return [candidate.text for candidate in find_candidates(article(*paragraphs), GLOSSARY)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The Bank of Japan raised rates.", ["Bank of Japan"]),
        ("However, North Korea fired a missile.", ["North Korea"]),
        ("In December, the Liberal Democratic Party met on Monday.", ["Liberal Democratic Party"]),
        ("Israeli Prime Minister Benjamin Netanyahu came.", ["Israeli Prime Minister Benjamin Netanyahu"]),
        ("Donald Trump met Emmanuel Macron in Paris.", ["Emmanuel Macron", "Paris"]),
        ("After that, Trump’s team met Kyodo News.", ["Kyodo News"]),
        ("“I’ll go,” he said. It was Jan. 20.", []),
        ("They went to Tokyo. Osaka followed.", ["Tokyo", "Osaka"]),
        ("He talked with China, Russia and the U.S. Congress.", ["China", "Russia", "U.S. Congress"]),
        ("Talks began. The talks ended in Paris.", ["Paris"]),
    ],
    ids=["connector-inside", "sentence-initial-word", "month-weekday", "title-and-name", "covered-name-cut-out",
         "possessive-covered", "contraction-and-month", "sentence-ends", "list-and-abbreviation", "common-word-seen-in-lower-case"],
)
def test_candidates(paragraph, expected):
    assert texts(paragraph) == expected


def test_candidates_are_counted_in_order_of_first_appearance_with_offsets():
    found = find_candidates(article("Paris and Rome.", "Then Rome, then Paris again, Paris."), GLOSSARY)
    assert [(item.text, item.count) for item in found] == [("Paris", 3), ("Rome", 2)]
    text = article("Paris and Rome.", "Then Rome, then Paris again, Paris.").text
    assert [text[item.start:item.start + len(item.text)] for item in found] == ["Paris", "Rome"]
    assert found[0].to_json() == {"text": "Paris", "count": 3, "start": 0}


def test_seed_candidates_leave_out_covered_names_and_common_words():
    glossary, _ = load_glossary(Settings(root=ROOT))
    found = [item.text for item in find_candidates(parse_article(read_source(SEED), "seed"), glossary)]
    assert {"North Korea", "Latin America", "Israeli Prime Minister"} <= set(found)
    for covered in ("Senkaku Islands", "Donald Trump", "Trump", "Abe", "Ishiba", "However", "In December", "December", "Thursday", "I’ll"):
        assert covered not in found
