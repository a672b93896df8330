"""A forwarded e-mail around a pasted newsletter: the forwarder's note and the mail's header.

A reader who gets a newsletter by e-mail often forwards it, or pastes it as forwarded:
a note of their own, a `---------- Forwarded message ---------` marker, then the mail's
header fields (`From:`, `Date:`, `Subject:`, `To:`), then the newsletter itself with its
masthead, headline and byline. Everything down to the header fields is the forward, not
the article. The subject names the headline and the date the sending time; both stand in
for what the newsletter itself does not print.

A message copied from a webmail's own view has no fields, only lines: the subject, the
sender with the address in angle brackets, the sending time and the recipient (`to me`).
Those lines are the mail's too (`_take_webmail_view`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.model import DroppedLine
from briefs.sources.lines import Line
from briefs.sources.pubtime import AmbiguousDate, PublicationTime, read_page_time

# A mail header field, as mail clients print them when forwarding (English and a few others).
_MAIL_FIELD = re.compile(
    r"^(?P<field>from|von|de|van|date|datum|sent|gesendet|envoyé|enviado|subject|betreff|objet|asunto|onderwerp|"
    r"to|an|à|para|aan|cc|reply-to)\s*:\s*(?P<value>\S.*)$",
    re.I,
)
_SUBJECT_FIELDS = frozenset({"subject", "betreff", "objet", "asunto", "onderwerp"})
_DATE_FIELDS = frozenset({"date", "datum", "sent", "gesendet", "envoyé", "enviado"})
_SENDER_FIELDS = frozenset({"from", "von", "de", "van"})
_FORWARD_PREFIX = re.compile(r"^(?:(?:fwd?|fw|re|aw|wg|tr)\s*:\s*)+", re.I)
# The header is looked for near the top only: further down, `From:` lines belong to the story.
_FORWARD_REACH = 40
# A line of prose; two of them above the fields mean the story has begun.
_PROSE_MIN_WORDS = 12
_PROSE_LINES_ABOVE = 2
_MIN_FIELDS = 3


@dataclass(frozen=True, slots=True)
class Forward:
    """What the forwarded mail's header says."""

    subject: str | None  # without `Fwd:`
    sent: PublicationTime | AmbiguousDate | None  # the `Date:` field, read


def take_forward(lines: list[Line], dropped: list[DroppedLine]) -> tuple[list[Line], Forward | None]:
    """Drop a forward's note and mail header above the article; return the rest and what the header said.

    The header is a run of at least three mail fields, one of them the sender and one the
    subject, among the first lines. Fewer fields (`From: the desk`) may be the article's own.
    """
    run = _field_run(_above_the_prose(lines))
    if run is None:
        return _take_webmail_view(lines, dropped)
    last = run[-1].number
    fields = {match["field"].lower(): match["value"].strip() for match in (_MAIL_FIELD.match(line.text) for line in run)}
    for line in lines:
        if line.text and line.number <= last:
            reason = "forwarded-header" if line in run else "forward-note"
            dropped.append(DroppedLine(line.number, line.text, reason))
    subject = next((value for name, value in fields.items() if name in _SUBJECT_FIELDS), None)
    sent = next((value for name, value in fields.items() if name in _DATE_FIELDS), None)
    page_time = read_page_time(sent) if sent else None  # a mail client may print the weekday in its language
    forward = Forward(_FORWARD_PREFIX.sub("", subject) if subject else None, page_time.stamp if page_time else None)
    return [line for line in lines if line.number > last], forward


# A webmail's view of one message: the subject over the sender (`The Harbor Line <news@example.com>`), its
# sending time, and the recipient (`to me`), each on a line of its own, at the very top of the paste.
_SENDER_WITH_ADDRESS = re.compile(r"^[^<>@]{1,80}<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>$")
_RECIPIENT = re.compile(r"^to:?\s+(?:me|you|myself|[^@\s]+@[^@\s]+)(?:,.*)?$", re.I)
_WEBMAIL_REACH = 8  # the subject and the sender stand within this many lines of the top
_RECIPIENT_REACH = 4  # the recipient within this many lines under the sender


def _take_webmail_view(lines: list[Line], dropped: list[DroppedLine]) -> tuple[list[Line], Forward | None]:
    """`Harbor Line: Tokyo and Manila ...` / `Inbox` / `The Harbor Line <news@example.com>` / `Unsubscribe` /
    `Wed, Dec 23, 2026, 6:30 AM` / `to me`: a message copied from a webmail's view. Its subject is the mail's
    (the newsletter prints its story's headline inside), its time the sending time; all of it is the mail's."""
    content = [line for line in lines if line.text][:_WEBMAIL_REACH]
    sender = next((index for index, line in enumerate(content) if _SENDER_WITH_ADDRESS.match(line.text)), None)
    if not sender:  # (none, or on the first line: no subject above it)
        return lines, None
    recipient = next((index for index, line in enumerate(content[sender + 1 : sender + 1 + _RECIPIENT_REACH], sender + 1)
                      if _RECIPIENT.match(line.text)), None)
    if recipient is None:
        return lines, None
    times = [read_page_time(line.text) for line in content[sender + 1 : recipient]]
    sent = next((page_time.stamp for page_time in times if page_time is not None), None)
    last = content[recipient].number
    for line in content[: recipient + 1]:
        dropped.append(DroppedLine(line.number, line.text, "forwarded-header"))
    return [line for line in lines if line.number > last], Forward(_FORWARD_PREFIX.sub("", content[0].text), sent)


def _above_the_prose(lines: list[Line]) -> list[Line]:
    """The first lines, up to the second sentence of prose: a webmail's buttons and banner may stand above the
    header, but under a story's sentences `From:` lines are the story's."""
    content: list[Line] = []
    prose = 0
    for line in [line for line in lines if line.text][:_FORWARD_REACH]:
        prose += len(line.text.split()) >= _PROSE_MIN_WORDS and not _MAIL_FIELD.match(line.text)
        if prose >= _PROSE_LINES_ABOVE:
            break
        content.append(line)
    return content


def _field_run(content: list[Line]) -> list[Line] | None:
    """The first run of consecutive mail fields naming a sender and a subject."""
    run: list[Line] = []
    for line in content + [Line(0, "")]:
        match = _MAIL_FIELD.match(line.text)
        if match:
            run.append(line)
            continue
        names = {_MAIL_FIELD.match(field_line.text)["field"].lower() for field_line in run}
        if len(run) >= _MIN_FIELDS and names & _SENDER_FIELDS and names & _SUBJECT_FIELDS:
            return run
        run = []
    return None


def stands_in_for(stamp: PublicationTime | AmbiguousDate | None, sent: PublicationTime | AmbiguousDate | None) -> bool:
    """The mail's sending time is the better publication time: the paste prints none, or only its day."""
    if not isinstance(sent, PublicationTime):
        return False
    if stamp is None:
        return True
    return (
        isinstance(stamp, PublicationTime)
        and not stamp.has_time
        and sent.has_time
        and stamp.value.date() == sent.value.date()
    )
