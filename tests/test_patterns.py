"""Word tries: the same matches as the plain list of words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefs.facts.regex_trie import alternation


@pytest.mark.parametrize("words, text, expected", [
    (["was", "were", "won"], "we won, they were, it was", ["won", "were", "was"]),
    (["in", "into"], "into in", ["into", "in"]),  # the longer word first
    (["a.m.", "a"], "at 9 a.m. a", ["a.m.", "a"]),  # punctuation is literal
    (["May"], "may May", ["May"]),
    ([], "anything", []),
])
def test_alternation_finds_the_words(words, text, expected):
    assert re.findall(r"\b" + alternation(words) + r"(?!\w)", text) == expected


def test_empty_word_is_refused():
    with pytest.raises(ValueError, match="empty string"):
        alternation(["a", ""])


WORD = st.text(alphabet="abcdeé.’-", min_size=1, max_size=6)


@given(st.lists(WORD, max_size=30), WORD)
def test_matches_exactly_the_words(words, candidate):
    assert bool(re.fullmatch(alternation(words), candidate)) == (candidate in words)


@given(st.lists(WORD, min_size=1, max_size=30), st.lists(WORD, max_size=8).map(" ".join))
def test_finds_what_a_longest_first_list_finds(words, text):
    plain = "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
    assert re.findall(alternation(words), text) == re.findall(plain, text)
