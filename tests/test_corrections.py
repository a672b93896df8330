"""An outlet's correction or editor's note at the top or bottom of a pasted story is kept apart
from the story's paragraphs (`Article.extra["corrections"]`), in several shapes; notes-like
sentences inside the story stay."""

from __future__ import annotations

import pytest

from briefs.model import Paragraph
from briefs.sources.corrections import is_correction_note, take_corrections
from briefs.sources.pasted_text import parse_article

STORY = [
    "The harbour board on Tuesday approved a second ferry berth at the north pier, a project it put at 41 million.",
    "Work is due to start in the spring and take about two years, the board's chair, Lotte Brandt, said.",
    "Residents have asked for a night service since the old berth closed in 2019.",
]


def article(*lines: str) -> str:
    return "\n\n".join(["Harbour board approves second ferry berth", "By Ines Calloway", "March 4, 2025 9:10 AM ET", *lines]) + "\n"


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article gave the wrong cost for the berth.",
        "Correction, March 5, 2025: An earlier version of this story misstated the berth's cost.",
        "CLARIFICATION — This article has been updated to say the board, not the council, approved the plan.",
        "Editor’s note: This story has been updated with comment from the ferry operator.",
        "Correction (5 March 2025): The board's chair is Lotte Brandt, not Lotta Brandt.",
        "An earlier version of this story said the berth would cost 14 million.",
        "This article was corrected on March 5 to give the right date for the start of work.",
    ],
    ids=["colon", "dated", "capitals-dash", "editors-note", "day-first-date", "unlabelled", "was-corrected"],
)
@pytest.mark.parametrize("where", ["top", "bottom"])
def test_a_note_at_either_edge_is_kept_apart(note, where):
    lines = [note, *STORY] if where == "top" else [*STORY, note]
    parsed = parse_article(article(*lines))
    assert [paragraph.text for paragraph in parsed.paragraphs] == STORY
    assert parsed.extra["corrections"] == [note]
    assert any(line.reason == "correction" and line.text == note for line in parsed.dropped)


def test_a_label_on_its_own_line_leaves_the_note_text_which_is_taken():
    parsed = parse_article(article(*STORY, "Correction\nMarch 5, 2025\nAn earlier version of this story said the berth would cost 14 million."))
    assert [paragraph.text for paragraph in parsed.paragraphs] == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Corrections officers at the county jail said on Monday that staffing had improved.",
        "An earlier version of the bill would have capped fares at 3 euros.",
        "Correction facilities in the region hold 2,400 people, the ministry said.",
        "The editor's note that ran with the first report was withdrawn, the paper said.",
    ],
)
def test_news_that_opens_with_the_same_words_stays(sentence):
    assert not is_correction_note(sentence)
    parsed = parse_article(article(sentence, *STORY))
    assert parsed.paragraphs[0].text == sentence


def test_a_note_in_the_middle_of_the_story_stays():
    note = "Correction: An earlier version of this article gave the wrong cost."
    paragraphs = [Paragraph(text, number) for number, text in enumerate([STORY[0], note, STORY[1]], start=1)]
    kept, notes = take_corrections(paragraphs, [])
    assert kept == paragraphs and notes == []


def test_a_paste_of_nothing_but_a_note_keeps_it():
    paragraphs = [Paragraph("Correction: An earlier version of this article gave the wrong cost.", 1)]
    kept, notes = take_corrections(paragraphs, [])
    assert kept == paragraphs and notes == []


def test_a_long_paragraph_is_never_a_note():
    long_text = "Correction: " + " ".join(["the board said the berth would cost more than planned"] * 10)
    assert not is_correction_note(long_text)
