"""Parsing pasted articles: the first seed field by field, and other outlets' shapes."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from briefs.errors import SourceError
from briefs.sources.dateline import split_dateline
from briefs.sources.pasted_text import parse_article
from conftest import ARTICLES

SEED_TITLE = "Ishiba, Headed to White House, Aims to Convince Trump of Need for Strong Alliance"


@pytest.fixture
def seed_article(seed_text):
    return parse_article(seed_text, "seed.txt")


def test_seed_title(seed_article):
    assert seed_article.title == SEED_TITLE


def test_seed_caption(seed_article):
    assert seed_article.caption == (
        "Prime Minister Shigeru Ishiba, right, and Foreign Minister Takeshi Iwaya board a government plane "
        "at Haneda Airport on Thursday afternoon."
    )


def test_seed_published_keeps_its_offset(seed_article):
    assert seed_article.published_iso == "2025-02-07T16:09:00+09:00"
    assert seed_article.zone_name == "JST"
    assert seed_article.published_utc.isoformat() == "2025-02-07T07:09:00+00:00"


def test_seed_section_read_from_trailing_clutter(seed_article):
    assert seed_article.section == "Politics"


def test_seed_has_no_byline_dateline_or_source(seed_article):
    assert (seed_article.byline, seed_article.dateline, seed_article.source) == (None, None, None)


def test_seed_paragraphs(seed_article):
    paragraphs = [paragraph.text for paragraph in seed_article.paragraphs]
    assert len(paragraphs) == 12
    assert paragraphs[0].startswith("Prime Minister Shigeru Ishiba, who arrived in the suburb of Washington")
    assert paragraphs[-1] == "Ishiba is scheduled to return to Japan on Saturday."
    assert seed_article.paragraphs[0].line == 5


def test_seed_keeps_curly_quotes_and_apostrophes(seed_article):
    third = seed_article.paragraphs[2].text
    assert third.startswith("“I’ll be seeing Trump in person")
    assert "Prime Minister’s Office" in third


def test_seed_trailing_lists_never_reach_the_body(seed_article):
    body = seed_article.text
    for headline in ("Govt Set to Raise International Tourist Tax", "JN ACCESS RANKING", "POPULAR ARTICLE", "NTT Law"):
        assert headline not in body


def test_seed_dropped_lines_have_reasons(seed_article):
    dropped = {(line.number, line.text): line.reason for line in seed_article.dropped}
    assert dropped[(17, '"Politics" POPULAR ARTICLE')] == "popular-list"
    assert dropped[(18, "-")] == "list-separator"
    assert dropped[(28, "JN ACCESS RANKING")] == "ranking-list"
    assert sum(1 for reason in dropped.values() if reason == "popular-list") == 6
    assert len(dropped) == 12


def test_wire_story_with_byline_dateline_and_hard_wrapped_lines():
    article = parse_article((ARTICLES / "wire-dateline.txt").read_text(encoding="utf-8"))
    assert article.title == "Harbour Authority Approves Night Ferry Service After Two-Year Review"
    assert article.byline == "Mara Lindqvist"
    assert article.published_iso == "2025-02-07T10:15:00-05:00"
    assert article.dateline == "PORTLAND, Maine (AP)"
    assert [p.text[:30] for p in article.paragraphs] == [
        "The city's harbour authority o",
        "The service will start in June",
        "Residents had asked for a late",
    ]
    reasons = {line.text: line.reason for line in article.dropped}
    assert reasons["Share"] == reasons["Tweet"] == "share-buttons"
    assert reasons["Most Read"] == "ranking-list"
    assert reasons["Storm closes coastal roads for second day"] == "ranking-list"
    assert "All rights reserved" not in article.text


def test_article_without_time_line_has_no_published_time():
    text = "Council Votes to Extend Library Hours\n\nThe council voted on Monday to keep the library open later.\n"
    article = parse_article(text)
    assert article.title == "Council Votes to Extend Library Hours"
    assert article.published is None
    assert [p.text for p in article.paragraphs] == ["The council voted on Monday to keep the library open later."]


def test_text_that_starts_with_a_sentence_has_no_title():
    article = parse_article("The council voted on Monday to keep the library open later.\n")
    assert article.title is None
    assert len(article.paragraphs) == 1


def test_front_matter_wins_over_detection():
    text = (
        "---\ntitle: A Stated Headline\npublished: 2025-03-01T09:30:00+01:00\nsource_name: Example Gazette\n"
        "url: https://example.org/a\n---\nDetected Headline Words Here\n\nBody sentence one is here.\n"
    )
    article = parse_article(text)
    assert article.title == "A Stated Headline"
    assert article.published_iso == "2025-03-01T09:30:00+01:00"
    assert article.source.name == "Example Gazette"
    assert article.source.url == "https://example.org/a"


def test_front_matter_with_unknown_key_names_the_file():
    with pytest.raises(SourceError, match=r"x.txt:2: unknown front matter key 'headline'"):
        parse_article("---\nheadline: X\n---\nBody.\n", "x.txt")


@pytest.mark.parametrize(
    "text, dateline, rest",
    [
        ("WASHINGTON — The president spoke.", "WASHINGTON", "The president spoke."),
        ("TOKYO (Kyodo) -- Shares rose.", "TOKYO (Kyodo)", "Shares rose."),
        ("PARIS, Feb. 7 (Reuters) - Talks resumed.", "PARIS, Feb. 7 (Reuters)", "Talks resumed."),
        ("The mayor — who spoke first — left.", None, "The mayor — who spoke first — left."),
        ("A - B testing is common.", None, "A - B testing is common."),
    ],
    ids=["em-dash", "agency-double-hyphen", "date-and-agency", "ordinary-sentence", "short-capital"],
)
def test_split_dateline(text, dateline, rest):
    assert split_dateline(text) == (dateline, rest)


@given(st.text(alphabet=" \t\x1f\xa0\u1680\u2000\u2005\u200a\u202f\u205f\u3000ab.", max_size=20))
def test_collapse_spaces_agrees_with_the_whitespace_pattern(line):
    from briefs.sources.pasted_text import _WHITESPACE, collapse_spaces

    assert collapse_spaces(line) == _WHITESPACE.sub(" ", line).strip()
