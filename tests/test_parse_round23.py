"""Shapes rather than wordings, round 23: credits in brackets that close a caption with no stop.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import PROSE, PROSE_2, PROSE_3, parsed

from briefs.sources.caption import ends_with_credit, without_credit

STORY = f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"

# ------------------------------------------------------------------ credits in brackets, no stop before them


@pytest.mark.parametrize("caption, credit", [
    ("A wave crashes over the sea wall at the promenade on Thursday morning", "(Courier Pictures)"),
    ("Conservator Aisha Brennan works on a section of the mural", "(Lantern Heritage Trust)"),
    ("The old lido in its first summer", "(Brennick Town Archive)"),
    ("Lawyers protest outside the Palace of Justice in Tunis on 28 November 2026", "(APW/Hatem Ben Rejeb)"),
    ("Fishing boats moored at the harbour", "(Delta Photos/Mika Laine)"),
])
def test_a_picture_librarys_or_agencys_name_in_brackets_closes_a_caption_without_a_stop(caption, credit):
    assert ends_with_credit(f"{caption} {credit}")
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize("text", [
    "Japan protests record-long Chinese coast guard intrusion near Senkakus (Toyo Wire)",
    "The vote split the coalition (CDU/CSU)",
    "Talks resume in Geneva (Updated)",
    "Delegates meet the new chair of the trust (Lantern Heritage)",
])
def test_brackets_that_name_no_picture_library_are_left_alone(text):
    assert not ends_with_credit(text)


def test_a_caption_closed_by_a_picture_librarys_name_is_taken_without_it():
    caption = "A wave crashes over the sea wall at Brackenhaven promenade on Thursday morning"
    article = parsed(f"Storm batters the south coast\n4 December 2026 • 9:12am\nShare\n{caption} (Courier Pictures)\n{STORY}")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
