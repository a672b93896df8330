"""A forwarded e-mail around a pasted newsletter (`briefs.sources.forwarded`), in the shapes
mail clients print: Gmail's marker and fields, Outlook's `Sent:` order, a German client."""

from __future__ import annotations

from datetime import datetime

import pytest

from briefs.model import DroppedLine
from briefs.sources.forwarded import stands_in_for, take_forward
from briefs.sources.lines import Line
from briefs.sources.pasted_text import parse_article
from briefs.sources.pubtime import PublicationTime

PROSE = ("The harbour board voted on Monday to rebuild the old pier, which has stood for ninety years "
         "and was closed last winter after a storm damaged its piles.")
PROSE_2 = "Work will start in the spring, and the board said the pier should reopen before the summer season."
PROSE_3 = "Fishing crews, who land their catch at the pier every morning, welcomed the decision."

GMAIL = """Worth a read before Thursday. - K.

---------- Forwarded message ---------
From: The Harbour Brief <brief@harbour.example>
Date: Tue, Mar 4, 2025 at 6:15 AM
Subject: Fwd: Board votes to rebuild the old pier
To: <reader@example.com>
"""
OUTLOOK = """From: Harbour Desk <desk@harbour.example>
Sent: Tuesday, March 4, 2025 6:15 AM
To: Reader, Kim
Subject: FW: Board votes to rebuild the old pier
"""
GERMAN = """Von: Hafen-Newsletter <brief@hafen.example>
Gesendet: Dienstag, 4. März 2025 06:15
An: leser@example.com
Betreff: WG: Board votes to rebuild the old pier
"""


def lines_of(text: str) -> list[Line]:
    return [Line(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1)]


@pytest.mark.parametrize("mail", [GMAIL, OUTLOOK, GERMAN], ids=["gmail", "outlook", "german"])
def test_the_forward_is_dropped_and_its_subject_and_date_kept(mail):
    dropped: list[DroppedLine] = []
    rest, forward = take_forward(lines_of(mail + f"\n{PROSE}\n"), dropped)
    assert forward is not None
    assert forward.subject == "Board votes to rebuild the old pier"
    assert isinstance(forward.sent, PublicationTime)
    assert forward.sent.value == datetime(2025, 3, 4, 6, 15)
    assert [line.text for line in rest if line.text] == [PROSE]
    assert {line.reason for line in dropped} <= {"forwarded-header", "forward-note"}


@pytest.mark.parametrize(
    "top",
    [
        "From: the harbour desk\nTo: all crews\n",  # two fields, no subject: a memo's own lines
        "Subject: pier repairs\nDate: March 4\n",  # a subject but no sender
    ],
    ids=["memo-fields", "no-sender"],
)
def test_fields_that_are_no_mail_header_stay(top):
    source = lines_of(top + f"\n{PROSE}\n")
    rest, forward = take_forward(source, [])
    assert forward is None and rest == source


def test_mail_fields_far_down_the_page_are_the_story_s():
    filler = "\n".join(f"{PROSE} ({number})" for number in range(25))
    source = lines_of(filler + "\n" + OUTLOOK)
    assert take_forward(source, []) == (source, None)


def test_a_forwarded_newsletter_parses_as_its_article():
    source = (GMAIL + "\nView this email in your browser\n\nTHE HARBOUR LEDGER\nMorning Brief | Tuesday, March 4, 2025\n\n"
              f"WATERFRONT\n\nBoard votes to rebuild the old pier\n\nBy Dana Whitcombe\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parse_article(source, "forwarded.txt")
    assert article.title == "Board votes to rebuild the old pier"
    assert article.section == "WATERFRONT"
    assert article.byline == "Dana Whitcombe"
    assert article.published == datetime(2025, 3, 4, 6, 15)  # the mail's time: the newsletter prints the day only
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert "Worth a read" not in article.text


def test_the_subject_names_a_headline_the_newsletter_does_not_print():
    article = parse_article(OUTLOOK + f"\n{PROSE}\n\n{PROSE_2}\n", "forwarded.txt")
    assert article.title == "Board votes to rebuild the old pier"
    assert article.published == datetime(2025, 3, 4, 6, 15)


@pytest.mark.parametrize(
    ("stamp", "replaced"),
    [
        (None, True),
        (PublicationTime(datetime(2025, 3, 4), None, False), True),  # the same day, without its time
        (PublicationTime(datetime(2025, 3, 3), None, False), False),  # another day: the page's own date
        (PublicationTime(datetime(2025, 3, 4, 5, 0), None, True), False),  # the page's own time
    ],
    ids=["none", "same-day", "other-day", "timed"],
)
def test_the_sending_time_stands_in_only_for_a_missing_or_coarser_one(stamp, replaced):
    sent = PublicationTime(datetime(2025, 3, 4, 6, 15), None, True)
    assert stands_in_for(stamp, sent) is replaced
