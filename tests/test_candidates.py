"""Candidates: capitalised names and phrases the glossary does not cover yet."""

from __future__ import annotations

import pytest

from briefs.contribute.candidates import find_candidates
from briefs.fileio import read_source
from briefs.content.glossary import Glossary, Term, TermSource, load_glossary
from briefs.model import Article, Paragraph
from briefs.sources.pasted_text import parse_article
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
        ("Donald Trump met Emmanuel Macron in Paris.", ["Emmanuel Macron", "Paris"]),
        ("After that, Trump’s team met Kyodo News.", ["Kyodo News"]),
        ("“I’ll go,” he said. It was Jan. 20.", []),
        ("They went to Tokyo. Then Osaka followed.", ["Tokyo", "Osaka"]),
        ("He talked with China, Russia and the U.S. Congress.", ["China", "Russia", "U.S. Congress"]),
        ("Talks began. The talks ended in Paris.", ["Paris"]),
    ],
    ids=["connector-inside", "sentence-initial-word", "month-weekday", "covered-name-cut-out", "possessive-covered",
         "contraction-and-month", "sentence-ends", "list-and-abbreviation", "common-word-seen-in-lower-case"],
)
def test_candidates(paragraph, expected):
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Israeli Prime Minister Benjamin Netanyahu came.", ["Benjamin Netanyahu"]),
        ("She met Prime Minister Kenji Sato.", ["Kenji Sato"]),
        ("It was Former U.S. President Barack Obama who spoke.", ["Barack Obama"]),
        ("Chief Cabinet Secretary Yoshimasa Hayashi said so.", ["Yoshimasa Hayashi"]),
        ("The Chief Cabinet Secretary said so to the Foreign Minister.", []),
        ("Mr. Hayashi said the President would come.", ["Hayashi"]),
        ("White House Press Secretary Karoline Leavitt and Economic Security Minister Minoru Kiuchi spoke.",
         ["Karoline Leavitt", "Minoru Kiuchi"]),
        ("On Friday, Queen Margrethe and Sen. Lisa Murkowski arrived.", ["Margrethe", "Lisa Murkowski"]),
        ("He spoke at the Prime Minister’s Office.", ["Prime Minister’s Office"]),
        ("A speech by Martin Luther King was read; General Motors agreed.", ["Martin Luther King", "General Motors"]),
        ("A novel by Stephen King, and Toyota President Koji Sato.", ["Stephen King", "Koji Sato"]),
    ],
    ids=["qualified-title", "title", "qualifiers-and-abbreviation", "bare-title-then-name", "titles-alone",
         "honorific-and-bare-title", "portfolio-titles", "royal-and-abbreviated-titles", "possessive-title-is-a-name",
         "title-words-inside-names", "one-word-before-a-title"],
)
def test_titles_and_honorifics_are_cut_from_names(paragraph, expected):
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Now the work begins.", "Note the date. But the rain came."], []),
        (["“Now we wait,” she said. Yesterday was calm."], []),
        (["Osaka waited. Then Tokyo and Osaka agreed."], ["Osaka", "Tokyo"]),
        (["Harbour Board members met. Ingrid Solberg spoke."], ["Harbour Board", "Ingrid Solberg"]),
        (["Solberg spoke first.", "The mayor, Ingrid Solberg, agreed."], ["Solberg", "Ingrid Solberg"]),
    ],
    ids=["ordinary-words-open-sentences", "quote-and-sentence-openers", "name-also-mid-sentence",
         "multi-word-names-open-sentences", "surname-seen-inside-a-full-name"],
)
def test_sentence_initial_words_are_names_only_when_seen_mid_sentence(paragraphs, expected):
    assert texts(*paragraphs) == expected


def test_candidates_are_counted_in_order_of_first_appearance_with_offsets():
    found = find_candidates(article("Paris and Rome.", "Then Rome, then Paris again, Paris."), GLOSSARY)
    assert [(item.text, item.count) for item in found] == [("Paris", 3), ("Rome", 2)]
    text = article("Paris and Rome.", "Then Rome, then Paris again, Paris.").text
    assert [text[item.start:item.start + len(item.text)] for item in found] == ["Paris", "Rome"]
    assert found[0].to_json() == {"text": "Paris", "count": 3, "start": 0}


WIRE_STORY = """Ministers Agree to Extend Grain Corridor Through the Winter

Feb. 7, 2025, 10:15 a.m. ET
ANKARA, Feb. 7 (Reuters) - Turkish Foreign Minister Hakan Fidan said on Friday the Black Sea grain corridor would stay open through the winter.
Now the talks move to Geneva. U.N. Secretary-General Antonio Guterres welcomed the deal, and the Black Sea Grain Initiative will be reviewed in March.
But shipping firms said insurance costs remained high. Fidan told reporters that Geneva would host the next round.
"""
COUNCIL_STORY = """Harbour Council Votes to Rebuild the Old Pier

March 3, 2025
The harbour council voted on Monday to rebuild the old pier. Mayor Ingrid Solberg called it the heart of the town.
Note that the work will cost 40 million yen. Councillor Tomas Berg and the Harbour Board backed the plan.
Solberg said repairs would start in April. Fishing crews use the pier every morning.
"""
INTERVIEW = """Q&A: The Economist Who Says Rates Must Rise

2025-02-07T16:09:00+09:00
Professor Aiko Tanaka of Keio University spoke with us.
“Inflation is here,” Tanaka said. “But wages lag behind. The Bank of Japan should act.”
Why now? Tanaka pointed to the yen. Mr. Tanaka’s colleague, Dr. Ken Mori, disagreed.
"""


@pytest.mark.parametrize(
    ("source", "wanted", "unwanted"),
    [
        (WIRE_STORY, {"Hakan Fidan", "Geneva", "Antonio Guterres", "Black Sea Grain Initiative", "Fidan"},
         {"Turkish Foreign Minister", "Foreign Minister", "Secretary-General", "Now", "But", "March", "Friday"}),
        (COUNCIL_STORY, {"Ingrid Solberg", "Tomas Berg", "Harbour Board", "Solberg"},
         {"Mayor", "Mayor Ingrid Solberg", "Councillor", "Note", "Fishing", "April"}),
        (INTERVIEW, {"Aiko Tanaka", "Keio University", "Bank of Japan", "Tanaka", "Ken Mori"},
         {"Professor Aiko Tanaka", "Inflation", "But", "Why", "Mr", "Dr", "Dr. Ken Mori"}),
    ],
    ids=["wire-story", "council-story", "interview"],
)
def test_articles_of_several_shapes_propose_names_not_titles_or_sentence_openers(source, wanted, unwanted):
    found = {item.text for item in find_candidates(parse_article(source, "article.txt"), GLOSSARY)}
    assert wanted <= found, f"missing: {wanted - found}"
    assert not unwanted & found, f"unwanted: {unwanted & found}"
