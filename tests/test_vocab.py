"""Vocabularies: the fast sentence-end test agrees with its regular expression."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from briefs.sources import vocab

CASES = [
    ("He left.", True), ("He left", False), ("“Go now,” he said.”", True), ("Why?)", True), ("Wait…", True),
    ("Note:", True), ("one; two;", True), ("", False), (".", True), ("a.”x", False), ("'", False),
    ("The end.]'", True), ("Pages 1-2", False),
]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[repr(line) for line, _ in CASES])
def test_ends_sentence(line, expected):
    assert vocab.ends_sentence(line) is expected
    assert bool(vocab.SENTENCE_END.search(line)) is expected


@given(st.text(alphabet="ab .!?…\"”’')]:;", max_size=12))
def test_ends_sentence_agrees_with_the_pattern(line):
    assert vocab.ends_sentence(line) == bool(vocab.SENTENCE_END.search(line))
