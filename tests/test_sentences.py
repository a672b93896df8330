"""Sentence splitting: news abbreviations, initials and quotes do not end a sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefs.sources.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


CASES = {
    "two-plain": ("It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
    "month-abbreviation": ("He took office on Jan. 20. Abe met him on Feb. 10, 2017.",
                           ["He took office on Jan. 20.", "Abe met him on Feb. 10, 2017."]),
    "country-abbreviation": ("The U.S. President spoke. He left.", ["The U.S. President spoke.", "He left."]),
    "corp-possessive": ("Nippon Steel Corp.’s bid stalled. Talks go on.", ["Nippon Steel Corp.’s bid stalled.", "Talks go on."]),
    "initial": ("Donald J. Trump spoke.", ["Donald J. Trump spoke."]),
    "closing-quote": ("“We agree,” he said. “We will meet.” She nodded.",
                      ["“We agree,” he said.", "“We will meet.”", "She nodded."]),
    "question-and-digit": ("Why now? 2025 was hard.", ["Why now?", "2025 was hard."]),
    "no-final-stop": ("A headline without a stop", ["A headline without a stop"]),
    "list-item-bullets": ("- Divers survey the piles. • Crews follow.", ["Divers survey the piles.", "Crews follow."]),
    "quoted-lines": ("> We will reopen in October. The town has waited. > Crews come first.",
                     ["We will reopen in October.", "The town has waited.", "Crews come first."]),
    "numbered-item-keeps-number": ("2. Crews close the pier.", ["2. Crews close the pier."]),
    "number-in-a-name": ("1. FC Köln won. - The coach left.", ["1. FC Köln won.", "The coach left."]),
    "dash-alone-stays": ("-", ["-"]),
    "empty": ("", []),
    "spaces-only": ("   ", []),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_split_sentences(text, expected):
    assert sentences(text) == expected


@given(st.text(alphabet="ab .?!“”’J,", max_size=60))
def test_sentences_are_ordered_trimmed_and_cover_all_words(text):
    spans = split_sentences(text)
    assert list(spans) == sorted(spans)
    assert all(start < end and not text[start].isspace() and not text[end - 1].isspace() for start, end in spans)
    covered = "".join(text[start:end] for start, end in spans)
    assert "".join(covered.split()) == "".join(text.split())
