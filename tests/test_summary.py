"""Sentence splitting, "At a glance" and reading time."""

from __future__ import annotations

import pytest

from briefs.facts.summary import WORDS_PER_MINUTE, at_a_glance, reading_minutes, split_sentences
from test_render import make_brief


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One. Two.", ["One.", "Two."]),
        ("The U.S. said so. Japan agreed.", ["The U.S. said so.", "Japan agreed."]),
        ("Trump took office on Jan. 20. The first was Netanyahu.", ["Trump took office on Jan. 20.", "The first was Netanyahu."]),
        ("He met on Feb. 10, 2017. Then golf.", ["He met on Feb. 10, 2017.", "Then golf."]),
        ("Nippon Steel Corp. bid for it. Biden blocked it.", ["Nippon Steel Corp. bid for it.", "Biden blocked it."]),
        ("Gen. Smith and Mr. Jones met. They talked.", ["Gen. Smith and Mr. Jones met.", "They talked."]),
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        ("“I’ll go,” he said. “Soon.” It was late.", ["“I’ll go,” he said.", "“Soon.”", "It was late."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("Growth was 2.5 percent. Prices rose.", ["Growth was 2.5 percent.", "Prices rose."]),
        ("It rose 3 p.m. Tuesday and fell.", ["It rose 3 p.m. Tuesday and fell."]),
        ("lowercase after stop. stays together", ["lowercase after stop. stays together"]),
        ("No end punctuation", ["No end punctuation"]),
        ("", []),
        ("  spaced   out.   Second.  ", ["spaced out.", "Second."]),
    ],
    ids=["plain", "us", "jan", "feb-year", "corp", "titles", "initial", "quotes", "marks", "decimal", "pm",
         "lowercase", "no-stop", "empty", "spaces"],
)
def test_split_sentences_keeps_abbreviations(text, expected):
    assert split_sentences(text) == expected


def test_glance_uses_key_points_when_present():
    glance = at_a_glance(make_brief(["First one. Second one. Third one."], key_points=["Point A.", "Point B."]))
    assert glance.points == ("Point A.", "Point B.") and not glance.from_text


def test_glance_falls_back_to_first_two_sentences_across_paragraphs():
    brief = make_brief(["The U.S. and Japan met on Jan. 20.", "They agreed. Then left. Much later."])
    glance = at_a_glance(brief)
    assert glance.points == ("The U.S. and Japan met on Jan. 20.", "They agreed.") and glance.from_text


def test_glance_of_an_empty_article_is_empty():
    assert at_a_glance(make_brief([])).points == ()


@pytest.mark.parametrize("words, minutes", [(0, 1), (1, 1), (WORDS_PER_MINUTE, 1), (WORDS_PER_MINUTE + 1, 2),
                                            (3 * WORDS_PER_MINUTE, 3)])
def test_reading_time_rounds_up(words, minutes):
    half = words // 2
    brief = make_brief([" ".join(["w"] * half), " ".join(["w"] * (words - half))])
    assert reading_minutes(brief) == minutes


def _with_blocks(brief, kinds):
    """`brief` with one block per paragraph of the given kinds (lists of one item)."""
    from dataclasses import replace

    from briefs.model import Block

    blocks = tuple(Block(kind, paragraph.text, paragraph.line, (paragraph.text,) if kind == "list" else ())
                   for kind, paragraph in zip(kinds, brief.article.paragraphs))
    return replace(brief, article=replace(brief.article, blocks=blocks))


@pytest.mark.parametrize("kinds", [("heading", "paragraph", "list", "paragraph"), ("code", "paragraph", "quote", "paragraph")])
def test_glance_opens_with_prose_not_a_subheading_list_quote_or_code(kinds):
    brief = _with_blocks(make_brief(["What happened", "The port reopened. Ships queued.", "- Item one", "Later it rained."]),
                         kinds)
    assert at_a_glance(brief).points == ("The port reopened.", "Ships queued.")


def test_glance_of_an_article_without_prose_keeps_what_there_is():
    brief = _with_blocks(make_brief(["> A quoted line. Another.", "> More."]), ("quote", "quote"))
    assert at_a_glance(brief).points == ("A quoted line.", "Another.")  # the `>` is the source's markup, not the sentence


def test_paragraph_kinds_count_list_items_and_ignore_misaligned_blocks():
    brief = make_brief(["Heading", "one", "two", "Prose."])
    from dataclasses import replace

    from briefs.model import Block

    article = replace(brief.article, blocks=(Block("heading", "Heading", 1), Block("list", "one\ntwo", 2, ("one", "two")),
                                             Block("paragraph", "Prose.", 4)))
    assert article.paragraph_kinds() == ("heading", "list", "list", "paragraph")
    assert replace(article, blocks=article.blocks[:2]).paragraph_kinds() == ("paragraph",) * 4
