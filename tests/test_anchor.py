"""Anchoring quotes: normalisation, exact matches, context, approximate re-anchoring, outcomes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.facts.anchor import (
    _QUOTE_MARKS,
    TextPositionSelector,
    TextQuoteSelector,
    anchor_quote,
    describe_position,
    edit_distance,
    normalize,
    to_selectors,
)

TEXT = (
    "The minister said the plan was “a first step.” Critics said the plan was late.\n\n"
    "Officials met on Friday. The talks ended on Friday evening, officials said."
)


@pytest.mark.parametrize("original, expected", [
    ("a  b", "a b"),
    ("a\n\nb", "a b"),
    ("“quoted” and ‘single’", '"quoted" and \'single\''),
    ("the world’s", "the world's"),
    ("\t lead", " lead"),
    ("", ""),
], ids=["double-space", "paragraph-break", "curly-quotes", "apostrophe", "leading-whitespace", "empty"])
def test_normalize_collapses_whitespace_and_unifies_quote_marks(original, expected):
    assert normalize(original).text == expected


@given(st.text(alphabet=st.sampled_from("ab ’“\n\t'\""), max_size=40))
def test_normalized_offsets_point_at_the_same_character_or_whitespace(text):
    normal = normalize(text)
    assert normal.original(len(normal.text)) == len(text)
    previous = -1
    for index, char in enumerate(normal.text):
        assert normal.original(index) > previous  # in order, each character its own
        previous = normal.original(index)
        original = text[normal.original(index)]
        assert original.isspace() if char == " " else original.translate(_QUOTE_MARKS) == char


@pytest.mark.parametrize("quote", [
    "said the plan was “a first step.”",
    'said the plan was "a first step."',
    "said the plan was ‘a first step.’".replace("‘", "“").replace("’", "”"),
    "said  the plan\nwas “a first step.”",
], ids=["as-in-source", "straight-quotes", "other-curly-quotes", "extra-whitespace"])
def test_quote_matches_after_normalisation_and_returns_the_source_words(quote):
    match = anchor_quote(TEXT, TextQuoteSelector(quote)).match
    assert match is not None and not match.approximate
    assert match.exact == "said the plan was “a first step.”"
    assert TEXT[match.start:match.end] == match.exact


@pytest.mark.parametrize("selector, expected_start", [
    (TextQuoteSelector("the plan", prefix="minister said"), TEXT.index("the plan")),
    (TextQuoteSelector("the plan", prefix="Critics said"), TEXT.index("the plan", 20)),
    (TextQuoteSelector("the plan", suffix="was late"), TEXT.index("the plan", 20)),
    (TextQuoteSelector("Friday", suffix="evening"), TEXT.index("Friday evening")),
    (TextQuoteSelector("Friday", prefix="met on", suffix="."), TEXT.index("Friday")),
], ids=["prefix-first", "prefix-second", "suffix-second", "suffix-across-words", "both"])
def test_prefix_and_suffix_pick_among_repeats(selector, expected_start):
    result = anchor_quote(TEXT, selector)
    assert result.status == "exact"
    assert result.match.start == expected_start


@pytest.mark.parametrize("selector, count", [
    (TextQuoteSelector("the plan"), 2),
    (TextQuoteSelector("Friday"), 2),
    (TextQuoteSelector("officials", prefix="nothing like this"), 1),
    (TextQuoteSelector("the plan", prefix="said"), 2),
], ids=["no-context", "no-context-other", "case-sensitive-single-with-wrong-prefix", "prefix-matches-both"])
def test_repeated_quote_without_deciding_context_is_ambiguous(selector, count):
    result = anchor_quote(TEXT, selector)
    if count == 1:
        # A unique exact quote anchors even when the given prefix is stale (the caller warns).
        assert result.status == "exact"
        return
    assert result.status == "ambiguous" and result.match is None
    assert len(result.candidates) == count
    assert anchor_quote(TEXT, selector).match is None


def test_ambiguous_candidates_say_paragraph_and_words_around():
    result = anchor_quote(TEXT, TextQuoteSelector("Friday"))
    places = [describe_position(TEXT, match.start, match.end) for match in result.candidates]
    assert places[0].startswith("paragraph 2: “…Officials met on [Friday]")
    assert "[Friday] evening, officials said." in places[1]


@pytest.mark.parametrize("quote, expected_exact", [
    ("Critics said the plan was lat", "Critics said the plan was lat"),
    ("Critics sayd the plan was late", "Critics said the plan was late"),
    ("The talks endd on Friday evening", "The talks ended on Friday evening"),
    ("Critics said the scheme was late", "Critics said the plan was late"),
], ids=["dropped-letter", "typo-in-quote", "missing-letter", "changed-word"])
def test_corrected_text_reanchors_approximately_with_the_new_exact_text(quote, expected_exact):
    result = anchor_quote(TEXT, TextQuoteSelector(quote))
    if expected_exact == quote:
        assert result.status == "exact"
        return
    assert result.status == "approximate"
    assert result.match.exact == expected_exact
    assert 0.75 <= result.match.similarity < 1.0


def test_seed_correction_keeps_the_note_on_the_corrected_words():
    original = "The ministr said the plan was sound. The minister said it twice."
    corrected = original.replace("ministr", "minister")
    selector = TextQuoteSelector("The ministr said the plan", suffix="was sound")
    assert anchor_quote(original, selector).status == "exact"
    result = anchor_quote(corrected, selector)
    assert result.status == "approximate"
    assert result.match.exact == "The minister said the plan"


@pytest.mark.parametrize("quote", [
    "nothing of the sort appears here",
    "Xylophone quartet",
    "zzzz",
], ids=["long-absent", "short-absent", "tiny"])
def test_absent_quote_is_not_found_with_the_closest_text(quote):
    result = anchor_quote(TEXT, TextQuoteSelector(quote))
    assert result.status == "not-found" and result.match is None
    assert len(result.candidates) <= 1
    for closest in result.candidates:
        assert closest.similarity < 0.75
        assert TEXT[closest.start:closest.end] == closest.exact


def test_threshold_decides_between_approximate_and_not_found():
    selector = TextQuoteSelector("Critics said the scheme was late")
    assert anchor_quote(TEXT, selector, threshold=0.75).status == "approximate"
    assert anchor_quote(TEXT, selector, threshold=0.95).status == "not-found"


@pytest.mark.parametrize("text, selector, status", [
    ("", TextQuoteSelector("a"), "not-found"),
    ("some text", TextQuoteSelector(""), "not-found"),
    ("some text", TextQuoteSelector("   "), "not-found"),
    ("ab", TextQuoteSelector("b", prefix="a very long prefix before the start"), "exact"),
    ("end of text", TextQuoteSelector("text"), "exact"),
    ("text at start", TextQuoteSelector("text", suffix="at"), "exact"),
    ("a", TextQuoteSelector("a"), "exact"),
], ids=["empty-text", "empty-quote", "blank-quote", "prefix-longer-than-start", "match-at-end",
        "match-at-start", "one-character"])
def test_edge_cases(text, selector, status):
    assert anchor_quote(text, selector).status == status


@pytest.mark.parametrize("first, second, distance", [
    ("", "", 0), ("abc", "", 3), ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("same", "same", 0),
])
def test_edit_distance(first, second, distance):
    assert edit_distance(first, second) == distance == edit_distance(second, first)


words = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "said", "the", "“quoted”", "it’s"]),
                 min_size=3, max_size=30)


@settings(deadline=None)
@given(words, st.data())
def test_selector_to_match_to_selector_round_trips(word_list, data):
    text = " ".join(word_list)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    if text[start:end].strip() != text[start:end]:
        return  # quotes are trimmed; a quote with outer spaces anchors to its trimmed words
    quote, position = to_selectors(text, start, end, context=len(text))
    result = anchor_quote(text, quote)
    assert result.status in ("exact", "ambiguous")
    if result.status == "exact":
        assert (result.match.start, result.match.end) == (position.start, position.end)
    else:
        # Only when the text repeats itself around the quote: the full context still ties.
        assert any(match.start == start for match in result.candidates)


@settings(deadline=None)
@given(st.sampled_from(["Critics sayd the plan", "The talks endd", "officals said"]), st.integers(0, 12))
def test_closer_context_never_scores_lower(quote, cut):
    closest = anchor_quote(TEXT, TextQuoteSelector(quote))
    assert closest.match is not None
    true_prefix = TEXT[max(0, closest.match.start - 12):closest.match.start]
    damaged = "#" * cut + true_prefix[cut:]
    better = anchor_quote(TEXT, TextQuoteSelector(quote, prefix=true_prefix)).match
    worse = anchor_quote(TEXT, TextQuoteSelector(quote, prefix=damaged)).match
    assert better is not None and worse is not None
    assert better.score >= worse.score


def test_position_selector_checks_its_offsets():
    with pytest.raises(ValueError):
        TextPositionSelector(5, 2)
    with pytest.raises(ValueError):
        TextPositionSelector(-1, 2)


@pytest.mark.parametrize("selector, status, expected_start", [
    (TextQuoteSelector("the plan", prefix="minister sayd"), "exact", TEXT.index("the plan")),
    (TextQuoteSelector("the plan", prefix="Critic said"), "exact", TEXT.index("the plan", 20)),
    (TextQuoteSelector("the plan", suffix="was laet."), "exact", TEXT.index("the plan", 20)),
    (TextQuoteSelector("the plan", prefix="zzzz qqqq"), "ambiguous", None),
    (TextQuoteSelector("Friday", suffix="xx"), "ambiguous", None),
], ids=["prefix-typo", "prefix-letter-missing", "suffix-typo", "prefix-fits-nothing", "suffix-fits-nothing"])
def test_stale_context_still_picks_its_repeat_but_unrelated_context_does_not(selector, status, expected_start):
    result = anchor_quote(TEXT, selector)
    assert result.status == status
    if expected_start is not None:
        assert result.match.start == expected_start
