"""Suggested selectors anchor exactly once, at the selected words, and need no fix from the check."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefs.facts.anchor import TextQuoteSelector, anchor_quote
from briefs.model import Citation, Note
from briefs.facts.notes import anchor_notes
from briefs.sources.read import parse_source
from briefs.contribute.suggest import (
    ALREADY_QUOTED,
    NO_WORDS,
    OK,
    OTHER_PARAGRAPH,
    QUOTED,
    find_context,
    note_id_for,
    suggest_selector,
)
from conftest import SEED

TEXT = (
    "The minister said the plan was late. Critics said the plan was late.\n\n"
    "Officials said the plan was “late.” The report was late.\n\n"
    "Officials said the plan was “late.” The report was late."
)


@pytest.fixture(scope="module")
def seed_article():
    return parse_source(SEED)


def as_note(selector: TextQuoteSelector, note_id: str = "suggested") -> Note:
    return Note(note_id, selector.exact, selector.prefix, selector.suffix, "context", "Body.",
                (Citation("A source", "https://example.org/a"),), line=1)


def assert_anchors_at(text: str, selector: TextQuoteSelector, start: int, end: int) -> None:
    anchoring = anchor_quote(text, selector)
    assert anchoring.status == "exact", (selector, anchoring)
    assert (anchoring.match.start, anchoring.match.end) == (start, end), selector


def check_problems(article, notes: tuple[Note, ...]) -> list:
    """What `python -m briefs check` reports for these notes (errors and warnings alike)."""
    return anchor_notes(article, notes, "annotations/x.yml")[1]


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def select(text: str, words: str, occurrence: int = 1) -> tuple[int, int]:
    """[start, end) of the n-th occurrence of `words` in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return start, start + len(words)


@pytest.mark.parametrize("words, occurrence, prefix, suffix", [
    ("Critics", 1, "", ""),
    ("minister said", 1, "", ""),
    ("ritics sai", 1, "", ""),
    ("plan was late", 1, "", ". Critics"),
    ("plan was late", 2, "Critics said the", ""),
    ("late", 3, "", ".\u201d The report was late. Officials"),
    ("report was late", 1, "", ". Officials"),
    ("Officials said", 2, "report was late.", ""),
    ("report was late", 2, "report was late. Officials said the plan was \u201clate.\u201d The", ""),
], ids=["unique", "unique-two-words", "inside-words", "repeated-suffix", "prefix-shorter-than-suffix",
        "suffix-in-paragraph", "identical-paragraphs-suffix", "identical-paragraphs-prefix", "end-of-text"])
def test_context_is_added_only_when_needed_and_is_short(words, occurrence, prefix, suffix):
    # Context stays in the paragraph while that is enough; across paragraphs, a prefix or a
    # suffix reads with one space for the paragraph break.
    start, end = select(TEXT, words, occurrence)
    suggestion = suggest_selector(TEXT, start, end)
    assert suggestion.status == OK
    assert suggestion.selector == TextQuoteSelector(words, prefix, suffix)
    assert_anchors_at(TEXT, suggestion.selector, start, end)


@pytest.mark.parametrize("selection, expected, left_out", [
    ((" Critics said ", ), "Critics said", ()),
    (("late.\n\nOfficials said the plan", ), "Officials said the plan", (OTHER_PARAGRAPH,)),
    (("plan was late.\n\n", ), "plan was late.", ()),
], ids=["outer-spaces", "across-paragraphs-keeps-the-longer-part", "triple-click-into-next-paragraph"])
def test_selection_is_trimmed_to_one_paragraph_without_outer_spaces(selection, expected, left_out):
    start, end = select(TEXT, *selection)
    suggestion = suggest_selector(TEXT, start, end)
    assert suggestion.status == OK and suggestion.selector.exact == expected
    assert suggestion.left_out == left_out
    assert_anchors_at(TEXT, suggestion.selector, suggestion.start, suggestion.end)


def test_words_of_another_note_are_left_out_of_the_quote():
    taken = select(TEXT, "Critics said")
    start, end = select(TEXT, "late. Critics said the plan was")
    suggestion = suggest_selector(TEXT, start, end, (taken,))
    assert suggestion.status == OK and suggestion.selector.exact == "the plan was"
    assert suggestion.left_out == (ALREADY_QUOTED,)


@pytest.mark.parametrize("start, end, taken, status", [
    (0, 0, (), NO_WORDS),
    (36, 37, (), NO_WORDS),
    (5, 3, (), NO_WORDS),
    (4, 12, ((0, 20),), QUOTED),
], ids=["empty", "one-space", "reversed", "inside-a-note"])
def test_selections_without_free_words_get_no_selector(start, end, taken, status):
    suggestion = suggest_selector(TEXT, start, end, taken)
    assert suggestion.status == status and suggestion.selector is None


@pytest.mark.parametrize("quote, existing, expected", [
    ("the world’s largest investor in the country", (), "the-worlds-largest-investor"),
    ("the world's largest", (), "the-worlds-largest"),
    ("2% of its gross domestic product", (), "2-of-its-gross"),
    ("the Japan-U.S. alliance", (), "the-japan-us-alliance"),
    ("Bündnis", (), "bundnis"),
    ("石破茂", (), "note"),
    ("Critics said", ("critics-said",), "critics-said-2"),
    ("Critics said", ("critics-said", "critics-said-2"), "critics-said-3"),
    ("a" * 60, (), "a" * 40),
], ids=["curly-apostrophe", "straight-apostrophe", "percent", "abbreviation", "accent", "no-latin", "taken", "taken-twice", "long-word"])
def test_note_id_is_a_slug_of_the_first_words(quote, existing, expected):
    assert note_id_for(quote, frozenset(existing)) == expected


@given(data=st.data())
def test_any_selection_of_the_seed_anchors_once_where_it_was_made(seed_article, data):
    text = seed_article.text
    start = data.draw(st.integers(0, len(text)), label="start")
    end = data.draw(st.integers(start, min(len(text), start + 400)), label="end")
    suggestion = suggest_selector(text, start, end)
    assume(suggestion.status != NO_WORDS)
    assert suggestion.status == OK
    if "\n\n" not in text[start:end]:
        assert (suggestion.start, suggestion.end) == trimmed(text, start, end)
    assert_anchors_at(text, suggestion.selector, suggestion.start, suggestion.end)
    assert check_problems(seed_article, (as_note(suggestion.selector),)) == []


@pytest.fixture(scope="module")
def seed_notes(seed_article) -> tuple[tuple[Note, ...], tuple[tuple[int, int], ...]]:
    """The frozen seed's own notes, and the (start, end) of the text each anchors to: read once, not per example."""
    notes = _fixture_notes()
    anchored, problems = anchor_notes(seed_article, notes, "annotations/x.yml")
    assert problems == []
    return notes, tuple((item.text_start, item.text_end) for item in anchored)


@given(data=st.data())
def test_selections_beside_the_seeds_own_notes_pass_the_check(seed_article, seed_notes, data):
    notes, taken = seed_notes
    text = seed_article.text
    start = data.draw(st.integers(0, len(text)), label="start")
    end = data.draw(st.integers(start, min(len(text), start + 300)), label="end")
    suggestion = suggest_selector(text, start, end, taken)
    assume(suggestion.status == OK)
    assert check_problems(seed_article, notes + (as_note(suggestion.selector),)) == []


def _fixture_notes() -> tuple[Note, ...]:
    from briefs.content.annotations import load_annotation

    annotation, problems = load_annotation(SEED.parent.parent / "annotations" / f"{SEED.stem}.yml", "x.yml")
    assert problems == []
    return annotation.notes


# Texts made of few letters repeat every quote with most of its surroundings.
REPETITIVE = st.text(alphabet=st.sampled_from("ab ’'\n"), min_size=1, max_size=40)


@given(text=REPETITIVE, data=st.data())
def test_context_tells_apart_repeats_in_repetitive_texts(text, data):
    start = data.draw(st.integers(0, len(text)), label="start")
    end = data.draw(st.integers(start, len(text)), label="end")
    suggestion = suggest_selector(text, start, end)
    assume(suggestion.status != NO_WORDS)
    assert suggestion.status == OK
    assert_anchors_at(text, suggestion.selector, suggestion.start, suggestion.end)


@given(text=REPETITIVE, data=st.data())
def test_each_word_of_context_is_needed(text, data):
    # One word fewer on a side that has context (the other side kept) is ambiguous again.
    start = data.draw(st.integers(0, len(text)), label="start")
    end = data.draw(st.integers(start, len(text)), label="end")
    suggestion = suggest_selector(text, start, end)
    assume(suggestion.status == OK)
    selector = suggestion.selector
    for side in ("prefix", "suffix"):
        words = getattr(selector, side).split(" ")
        if words == [""]:
            continue
        shorter = " ".join(words[1:] if side == "prefix" else words[:-1])
        fewer = TextQuoteSelector(selector.exact, **{"prefix": selector.prefix, "suffix": selector.suffix, side: shorter})
        assert anchor_quote(text, fewer).status == "ambiguous", (side, fewer)


def test_find_context_is_empty_for_a_unique_quote():
    assert find_context(TEXT, *select(TEXT, "Critics")) == ("", "")
