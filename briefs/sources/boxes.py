"""Boxes a page sets inside or under a story, read by their shape rather than their words.

- A newsletter's sign-up box: a pitch beside its prompt, and the lines of its form between its
  heading and its small print (`without_newsletter_pitches`).
- A reader poll or quiz: its heading or question, its options and their shares, down to its
  button or its count of votes (`without_polls`).
- A calculator's form: labels, figures alone and a button, set tight (`without_form_widgets`).
- A box set tight around a call to subscribe or give in a page whose paragraphs stand apart, and
  an appeal's pitch between two of its prompts (`without_prompt_boxes`).
- A fact box of labelled values over the first paragraph (`take_fact_box`).
- A donation form's pitch: the lines in the outlet's voice between an appeal's heading and the form's
  amounts (`without_donation_pitches`).
- A table of contents: a label over short lines that come back further down as the story's own
  subheadings (`without_contents_lists`).
- Lines their label makes chrome: a sponsor's line, a channel's pinned post and its name over its
  audience (`under_a_label_reason`, `names_over_audience`).

They run after `briefs.sources.clutter` has dropped the lines that are clutter by themselves, and
report every line they take as dropped.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter

from briefs.model import DroppedLine
from briefs.sources import vocab
from briefs.sources.lines import Line, drop_numbered, is_prose
from briefs.sources.body_lines import is_row_under_row
from briefs.sources.tail import list_heading_reason


# A newsletter box's pitch is a sentence or two; longer prose mentioning a newsletter is story.
_NEWSLETTER_PITCH_MAX_WORDS = 35


def without_newsletter_pitches(lines: list[Line], kept: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """`Get the Digest` / `Our editor picks the week's stories in this newsletter.` / `Enter your email`:
    a line about a newsletter printed beside the box's prompt or field is the box's pitch."""
    reasons = {line.number: line.reason for line in dropped}
    content = [line for line in lines if line.text]
    pitches = {
        line.number
        for before, line, after in zip([None, *content], content, [*content[1:], None])
        if line.number not in reasons
        and len(line.text.split()) <= _NEWSLETTER_PITCH_MAX_WORDS
        and vocab.NEWSLETTER_WORDS.search(line.text)
        # (a source speaking is the story's: `..., Gao Liming, told a briefing in Beijing that ...`)
        and not vocab.ATTRIBUTED.search(line.text)
        and any(neighbour is not None and reasons.get(neighbour.number) == "newsletter" for neighbour in (before, after))
    }
    pitches |= _newsletter_form_lines(content, reasons)
    pitches |= _over_email_field(content, reasons)
    return drop_numbered(kept, pitches, "newsletter", dropped)


# A sign-up form holds a pitch and a few checkboxes between its heading and its small print.
_NEWSLETTER_FORM_MAX_LINES = 5


def _newsletter_form_lines(content: list[Line], reasons: dict[int, str]) -> set[int]:
    """`Get the OrbitWire Newsletter` / pitch / `Contact me with news and offers ...` / `By submitting your
    information you agree ...`: the short lines between a newsletter's heading and the form's consent
    notice are the form's, whatever their words."""
    form: set[int] = set()
    for start, line in enumerate(content):
        if reasons.get(line.number) != "newsletter":
            continue
        between = []
        for other in content[start + 1 : start + 2 + _NEWSLETTER_FORM_MAX_LINES]:
            if vocab.CONSENT_NOTICE.match(other.text):
                form.update(item.number for item in between if item.number not in reasons)
                break
            if len(other.text.split()) > _NEWSLETTER_PITCH_MAX_WORDS:
                break
            between.append(other)
    return form


# A sign-up form's field for the reader's address: `Email address`, `Your Email`, `Email (required)`,
# `Enter your email`.
_EMAIL_FIELD = re.compile(r"^(?:your |enter (?:your )?)?e-?mail(?: address)?\s*(?:\*|\((?:required|obligatory)\))?:?$", re.I)
# The form's button, under its field (other fields may stand between: `Employer`, `Job Title`, each maybe twice,
# as label and placeholder).
_SIGN_UP_BUTTON = re.compile(r"^(?:subscribe|sign ?up|sign me up|submit|join|get it|register)(?: now| for free| today)?\W*$", re.I)
_SIGN_UP_BUTTON_REACH = 8
_FORM_FIELD_MAX_WORDS = 8  # (`Enter your work email address`, a placeholder)


def _button_below(lines: list[Line]) -> bool:
    """A sign-up button under a form's fields: short lines all down to it, no paragraph between."""
    for line in lines:
        if _SIGN_UP_BUTTON.match(line.text):
            return True
        if len(line.text.split()) > _FORM_FIELD_MAX_WORDS:
            return False
    return False


# The form's heading and pitch over its field: two short lines at most.
_FORM_HEAD_MAX_LINES = 2
_FORM_HEAD_MAX_WORDS = 20


def _over_email_field(content: list[Line], reasons: dict[int, str]) -> set[int]:
    """`Dome Sheet` / `The unofficial guide to official Washington, every morning ...` / `Email` / `Your Email` /
    `Sign up`: the short lines set right over a sign-up form's address field, its button under it, are its
    newsletter's name and pitch, whatever they say. The story's paragraph over the box is longer, or ends the search."""
    found: set[int] = set()
    for index, line in enumerate(content):
        if not _EMAIL_FIELD.match(line.text) or (index and _EMAIL_FIELD.match(content[index - 1].text)):
            continue
        if not _button_below(content[index + 1 : index + 1 + _SIGN_UP_BUTTON_REACH]):
            continue  # `Email` in a share bar, `Email:` over a reporter's address: no form
        for above in reversed(content[max(0, index - _FORM_HEAD_MAX_LINES) : index]):
            if above.number in reasons:
                continue
            if len(above.text.split()) > _FORM_HEAD_MAX_WORDS or above.number != line.number - 1 - len(
                    [item for item in found if above.number < item < line.number]):
                break
            found.add(above.number)
    return found


# The reasons of a box's prompt, and the words that make it a call to subscribe or give.
_PROMPT_REASONS = frozenset({"newsletter", "notice", "interface", "reader-prompt", "paywall"})
_ASKS = re.compile(r"\b(subscrib(e|ing|er)|support(ing)?|donat(e|ion|ing)|contribut(e|ion)|become a member|sign up)\b", re.I)
# A line of a box is short; a paragraph of the story is longer.
_BOX_LINE_MAX_WORDS = 30
# A box's lead over its prompts is a sentence: `A free press is a cornerstone of a healthy democracy.`
_BOX_LEAD_MAX_WORDS = 20
# A box is a few lines: its heading, a pitch, a field and a button.
_BOX_MAX_LINES = 6
# A box stands under this many paragraphs of the story at least.
_BOX_AFTER_PARAGRAPHS = 2
# In a page whose paragraphs stand apart, most runs of lines holding prose are one paragraph (a box's lines are not).
_SPACED_SHARE = 0.6


def without_prompt_boxes(lines: list[Line], kept: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """`JT` / `In a time of both misinformation and too much information, quality journalism ...` /
    `By subscribing, you can help us ...` / `SUBSCRIBE NOW`: in a page whose paragraphs stand apart,
    a few lines set tight together under a heading or a logo, above a call to subscribe or give,
    are that box's, whatever they say."""
    reasons = {line.number: line.reason for line in dropped}
    kept_numbers = {line.number for line in kept}
    boxed: set[int] = _between_prompts(lines, kept_numbers, reasons)  # in any page
    if not _is_spaced(lines):
        return drop_numbered(kept, boxed, "reader-prompt", dropped)
    # Only boxes inside or under the story: the header's lines (menu, `Subscribe`, headline) are set tight too.
    paragraphs_above = 0
    for run in _tight_runs(lines):
        if paragraphs_above < _BOX_AFTER_PARAGRAPHS:
            paragraphs_above += len(run) == 1 and is_prose(run[0].text)
            continue
        asks = any(reasons.get(line.number) in _PROMPT_REASONS and _ASKS.search(line.text) for line in run)
        last_ask = max((line.number for line in run if _ASKS.search(line.text) and line.number in reasons), default=0)
        own = [line for line in run if line.number in kept_numbers and line.number < last_ask]
        # a box opens with its heading or logo, or with one short line over its prompts and buttons alone
        lead_only = all(line.number in reasons for line in run[1:]) and len(run[0].text.split()) <= _BOX_LEAD_MAX_WORDS
        boxed_shape = (not is_prose(run[0].text) or lead_only) and len(run) <= _BOX_MAX_LINES
        if (asks and own and boxed_shape and len(own) < len(run)
                and all(len(line.text.split()) <= _BOX_LINE_MAX_WORDS and not list_heading_reason(line.text) for line in own)):
            boxed.update(line.number for line in own)
    return drop_numbered(kept, boxed, "reader-prompt", dropped)


# A box whose lines are mostly dropped already holds this many lines at least, of which this many are prompts.
_DROPPED_BOX_MIN_LINES = 4
_BOX_MIN_PROMPTS = 2
_BOX_PROMPT_REASONS = _PROMPT_REASONS | {"navigation", "share-buttons", "comments", "related-list", "popular-list"}


def without_mostly_dropped_boxes(all_lines: list[Line], body: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """`THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY` / `Exclusive articles from ...` / `Unlimited online access
    ...` / `SUBSCRIBE TO UNLOCK MORE ARTICLES` / ... / `View more offers`: in a page whose paragraphs stand apart,
    a run of lines set tight under the story's first paragraphs, opening with a heading or a line already dropped as
    chrome, closing with one, and half of them or more dropped, is a box: its other short lines are its pitches,
    whatever they say. A table's rows (`Clothing and footwear 5.1 1.2 0.4`) are no box's pitches.
    (Run after the body's lines are classed, when the box's prompts are known by their words and their shape.)"""
    if not _is_spaced(all_lines):
        return body
    reasons = {line.number: line.reason for line in dropped}
    kept_numbers = {line.number for line in body if line.text}
    boxed: set[int] = set()
    paragraphs_above = 0
    for run in _tight_runs(all_lines):
        if paragraphs_above < _BOX_AFTER_PARAGRAPHS:
            paragraphs_above += len(run) == 1 and run[0].number in kept_numbers and is_prose(run[0].text)
            continue
        dropped_lines = sum(line.number in reasons for line in run)
        # (dropped for their words or buttons, not only as short lines among chrome: a helpline box's numbers are that)
        prompts = sum(reasons.get(line.number) in _BOX_PROMPT_REASONS for line in run)
        # (a box may open with its heading, `Fort Ellery Herald Headline News`, still kept; it ends on its button)
        bounded = (run[0].number in reasons or not is_prose(run[0].text)) and run[-1].number in reasons
        if len(run) >= _DROPPED_BOX_MIN_LINES and bounded and 2 * dropped_lines >= len(run) and prompts >= _BOX_MIN_PROMPTS:
            boxed.update(line.number for line in run
                         if line.number in kept_numbers and len(line.text.split()) <= _BOX_LINE_MAX_WORDS
                         and not any(is_row_under_row(line.text, other.text) for other in run if other is not line))
    return drop_numbered(body, boxed, "reader-prompt", dropped)


# A box's pitch between its heading and its button runs to a paragraph at most.
_PITCH_MAX_WORDS = 80


def _between_prompts(lines: list[Line], kept_numbers: set[int], reasons: dict[int, str]) -> set[int]:
    """`Your support helps us to tell the story` / `From trade wars to climate talks, our reporters ...` /
    `Support free-thinking journalism`: a line set tight between two of an appeal's prompts is its pitch;
    so is one set tight over its button that asks the reader itself (`... By subscribing, you help us get the
    story right.` / `SUBSCRIBE NOW`)."""
    pitches = set()
    for above, line, below in zip(lines, lines[1:], lines[2:]):
        if line.number not in kept_numbers or len(line.text.split()) > _PITCH_MAX_WORDS:
            continue
        asks = all(reasons.get(other.number) in _APPEAL_REASONS and _ASKS.search(other.text) for other in (above, below))
        if asks or _pitch_over_button(line.text, below, reasons):
            pitches.add(line.number)
    return pitches | _between_interface(lines, kept_numbers, reasons) | _leads_over_pitches(lines, kept_numbers, reasons)


def _leads_over_pitches(lines: list[Line], kept_numbers: set[int], reasons: dict[int, str]) -> set[int]:
    """`At a time of both misinformation and information overload, quality journalism matters more than ever.` /
    `By subscribing, you can help us get the story right.` / `SUBSCRIBE NOW`: a short sentence set tight over an
    appeal's pitch (it asks the reader) and its button is the appeal's lead, whatever it says; no one is quoted in it."""
    leads = set()
    for line, pitch, button in zip(lines, lines[1:], lines[2:]):
        if line.number not in kept_numbers or len(line.text.split()) > _BOX_LEAD_MAX_WORDS:
            continue
        asks = reasons.get(pitch.number) in _APPEAL_REASONS and bool(_ASKS.search(pitch.text)) and bool(
            vocab.READER_PRONOUN.search(pitch.text))
        if asks and _is_appeal_button(button, reasons) and not vocab.ATTRIBUTED.search(line.text) and not re.search(r"[\"“”]", line.text):
            leads.add(line.number)
    return leads


# A widget's blurb between two of its buttons is a line or two (a line wrapped in the widget's narrow box).
_BLURB_MAX_LINES = 2
_BLURB_MAX_WORDS = 20


def _between_interface(lines: list[Line], kept_numbers: set[int], reasons: dict[int, str]) -> set[int]:
    """`Read a summary of this article on FAST.` / `Get bite-sized news via a new` / `cards interface. Give it a
    try.` / `Click here to return to FAST`: a line or two set tight between two of a widget's controls (dropped
    as the interface's) is the widget's blurb, whatever it says; a paragraph of the story is longer."""
    blurbs: set[int] = set()
    for index, line in enumerate(lines):
        if reasons.get(line.number) != "interface":
            continue
        between = list(itertools.takewhile(lambda other: other.number in kept_numbers and other.text,
                                           lines[index + 1 : index + 2 + _BLURB_MAX_LINES]))
        closing = lines[index + 1 + len(between)] if index + 1 + len(between) < len(lines) else None
        blurb = " ".join(other.text for other in between)
        if (between and len(between) <= _BLURB_MAX_LINES and closing is not None
                and reasons.get(closing.number) == "interface" and closing.text != line.text
                and len(blurb.split()) <= _BLURB_MAX_WORDS and _asks_the_reader(blurb)):
            blurbs.update(other.number for other in between)
    return blurbs


# A widget asks the reader to act: `Get bite-sized news ...`, `Try our new app.`, `Tap to see more.`
_CALL_TO_ACTION = re.compile(r"^(?:get|try|give|tap|click|download|sign|swipe|scroll|discover|explore|switch)\b", re.I)


def _asks_the_reader(blurb: str) -> bool:
    """A blurb in sentences that calls the reader to act or speaks to them (no headline, name or time: those
    stand between a page's buttons too, `+ FOLLOW` / `and Marcus Tse` / `+ FOLLOW`)."""
    return vocab.ends_sentence(blurb) and bool(_CALL_TO_ACTION.match(blurb) or vocab.READER_PRONOUN.search(blurb))


def _pitch_over_button(text: str, button: Line, reasons: dict[int, str]) -> bool:
    """The outlet asking the reader, in its own words, right over its button: no one is quoted or reported."""
    return (_is_appeal_button(button, reasons) and bool(_ASKS.search(text))
            and bool(vocab.READER_PRONOUN.search(text))
            and not vocab.ATTRIBUTED.search(text) and not re.search(r"[\"“”]", text))


def _is_appeal_button(button: Line, reasons: dict[int, str]) -> bool:
    """A few words dropped as the page's that ask the reader to subscribe or give: `SUBSCRIBE NOW`, `Support us`."""
    return (reasons.get(button.number) in _BUTTON_REASONS and len(button.text.split()) <= _BUTTON_MAX_WORDS
            and bool(_ASKS.search(button.text)))


# (`Support now` is a button; `A Message from The Neva Dispatch:` heads the outlet's own appeal as a sponsor's message)
_APPEAL_REASONS = frozenset({"reader-prompt", "newsletter", "paywall", "interface", "advertising"})
# An appeal's button: `SUBSCRIBE NOW`, `Support us`, `Become a member today` (a button alone may read as a menu's item).
_BUTTON_MAX_WORDS = 4
_BUTTON_REASONS = _APPEAL_REASONS | {"navigation"}


def _tight_runs(lines: list[Line]) -> list[list[Line]]:
    """The runs of lines with text between blank lines."""
    runs: list[list[Line]] = [[]]
    for line in lines:
        if line.text:
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _is_spaced(lines: list[Line]) -> bool:
    """Most runs of lines that hold prose are one paragraph alone, set apart by blank lines. Runs, not lines,
    are counted: a long box set tight (a paywall's ten pitches) is one run however many lines it holds."""
    runs = [run for run in _tight_runs(lines) if any(is_prose(line.text) for line in run)]
    alone = sum(len(run) == 1 for run in runs)
    return alone >= _SPACED_MIN_PARAGRAPHS and alone >= _SPACED_SHARE * len(runs)


_SPACED_MIN_PARAGRAPHS = 3


# A reader poll: `Poll` / question / options / `64%` / ... / `Total votes: 4,812` / `Vote now`.
# A quiz is set the same way: `Quick quiz: ...` / `Question 1 of 8` / question / `A. 1949` / ... / `Check answer`.
_POLL_HEADING = re.compile(
    r"^(?:(?:quick|reader|our|today['’]s|daily)\s+)?poll\W*$|^have your say\W*$|^cast your vote\W*$"
    r"|^(?:(?:quick|news|weekly|daily)\s+)?quiz\b(?:\s*:.{0,80})?$",
    re.I,
)
_POLL_END = re.compile(
    r"^(?:vote(?:\s+now)?|submit(?:\s+(?:your\s+)?(?:vote|answers?))?|(?:see|view)\s+(?:the\s+)?results|"
    r"check(?:\s+(?:your|the|my))?\s+answers?|take the (?:full\s+)?quiz|next question|"
    r"(?:total\s+)?votes?\s*:?\s*[\d.,]+k?|[\d.,]+k?\s+(?:votes?|people\s+voted|responses))\W*$",
    re.I,
)
_SHARE_ALONE = re.compile(r"^\d{1,3}(?:[.,]\d)?\s?%$")
# A poll holds a question and a few options, with their shares when results show.
_POLL_MAX_LINES = 14
_POLL_LINE_MAX_WORDS = 25


def without_polls(lines: list[Line], kept: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Drop a reader poll: from its heading (`Poll`) or its question, to its button or count of votes.

    A question opens a poll only when shares (`64%`) stand alone among its options: a question
    the story asks is followed by prose, not by figures and a button.
    """
    content = [line for line in lines if line.text]
    polled: set[int] = set()
    for start, line in enumerate(content):
        headed = bool(_POLL_HEADING.match(line.text))
        if not headed and not line.text.endswith("?"):
            continue
        run = _poll_run(content[start:])
        if run and (headed or sum(bool(_SHARE_ALONE.match(item.text)) for item in run) >= 2):
            polled.update(item.number for item in run)
    return drop_numbered(kept, polled, "poll", dropped)


def _poll_run(content: list[Line]) -> list[Line]:
    """The lines from a poll's first to its last button or count, or [] when no end comes near."""
    end = None
    for index, line in enumerate(content[: _POLL_MAX_LINES + 1]):
        if _POLL_END.match(line.text):
            end = index
        elif end is not None or len(line.text.split()) > _POLL_LINE_MAX_WORDS:
            break  # past its buttons, or prose: the poll has ended (or there was none)
    return content[: end + 1] if end is not None else []


# A calculator or a form set in the story: labels, figures alone and a button (`Mortgage calculator` /
# `Property price` / `£250,000` / ... / `Calculate` / `Your estimated monthly repayment: £1,251`).
_FIGURE_ALONE = re.compile(r"^[-+]?[£$€¥₹]?\s?\d[\d.,]*\s?(?:%|k|m|bn|years?|months?)?$", re.I)
_FORM_BUTTON = re.compile(r"^(?:calculate|compare|submit|estimate|update|reset|get (?:a |your )?quote|check (?:now|eligibility))\W*$", re.I)
_FORM_MIN_LINES = 6
_FORM_MIN_FIGURES = 3


def without_form_widgets(lines: list[Line], kept: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Drop a calculator or a form printed tight between the story's paragraphs: a run of lines with
    figures standing alone and a button among them."""
    kept_numbers = {line.number for line in kept}
    widget: set[int] = set()
    for run in _tight_runs(lines):
        figures = sum(bool(_FIGURE_ALONE.match(line.text)) for line in run)
        if (len(run) >= _FORM_MIN_LINES and figures >= _FORM_MIN_FIGURES
                and any(_FORM_BUTTON.match(line.text) for line in run)):
            widget.update(line.number for line in run if line.number in kept_numbers)
    return drop_numbered(kept, widget, "widget", dropped)


# A fact box over the story: `Running time: 2h 10m` / `Director: Hollis Grant` / `Cast: ...` (a review's), `Aircraft:
# ...` / `Registration: ...` (an incident's): labelled values set tight, before the first paragraph.
_FACT_FIELD_MAX_WORDS = 16
_FACT_BOX_MIN_FIELDS = 2
_FACT_BOX_REACH = 10


def take_fact_box(body: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Drop a box of labelled values set tight over the first paragraph (no prose above it in the body)."""
    content = [line for line in body if line.text][:_FACT_BOX_REACH]
    for start, line in enumerate(content):
        if is_prose(line.text) and not _is_fact_field(line.text):
            return body  # the story has begun
        run = [line]
        for following in content[start + 1 :]:
            if following.number != run[-1].number + 1 or not _is_fact_field(following.text):
                break
            run.append(following)
        if any(vocab.PUBLISHED_LABEL.match(item.text) for item in run):
            return body  # `Published: 30 November 2026` / `Authors: ...`: the story's own fields, read elsewhere
        if _is_fact_field(line.text) and len(run) >= _FACT_BOX_MIN_FIELDS:
            dropped.extend(DroppedLine(item.number, item.text, "page-label") for item in run)
            taken = {item.number for item in run}
            return [other for other in body if other.number not in taken]
    return body


# A field's value may end with an abbreviation's stop, no sentence: `Born: April 2, 1933, in Two Harbors, Minn.`
_ABBREVIATION_AT_END = re.compile(r"\b[A-Z][a-z]{0,4}\.$")


def _is_fact_field(text: str) -> bool:
    return bool(vocab.FACT_FIELD.match(text)) and len(text.split()) <= _FACT_FIELD_MAX_WORDS and (
        not vocab.ends_sentence(text) or bool(_ABBREVIATION_AT_END.search(text))
    )


# ------------------------------------------------------------------------------ lines read by the label over them

# A sponsor's label, over its one line in a newsletter (`Advertisement` is not here: on a web page the
# story goes on under it, the ad itself not copied; `Sponsored by Alpenglow Heating` names its sponsor
# itself, and what stands under it is the page's).
# (a newsletter's sponsor block is headed with the sponsor's name and a colon: `A message from Halvorsen Energy:`)
_SPONSOR_LABEL = re.compile(r"^\W*(?:sponsored(?: content)?|from our sponsors?|paid post|partner content|"
                            r"a message from [^.!?]{2,60}:|(?:sponsored|presented|brought to you) by [^.!?]{2,60}:)\W*$", re.I)
_SPONSOR_LINE_WORDS = (4, 60)
# A channel's pinned post, shown in a bar over the feed: its label, then its first words.
_PINNED = re.compile(r"^\W*pinned(?: message| post)?\W*$", re.I)
_PINNED_MAX_WORDS = 20
# A channel's audience under its name: `48,512 subscribers`, `1.2K followers`, `3,400 members`.
_AUDIENCE = re.compile(r"^[\d.,]+\s?[KkMm]?\s+(?:subscribers|followers|members)$")
_CHANNEL_NAME_MAX_WORDS = 6


# The note of whoever sent the story by a site's `Email this article` form, under its label.
_SENDERS_NOTE = re.compile(r"^(?:personal |a )?(?:message|note) from (?:the )?sender\s*:?$|^personal (?:message|note)\s*:?$", re.I)


# A release's label over whom the press may call, and that person's line under it.
_CONTACT_LABEL = re.compile(r"^(for )?(media|press|news) (contacts?|enquiries|inquiries)\s*:?$|^contacts?\s*:$", re.I)
_CONTACT_LINE_MAX_WORDS = 10


def under_a_label_reason(above: str, text: str) -> str | None:
    """The drop reason of a line that the label over it (`above`) makes chrome, or None.

    `SPONSORED` / `Spring tune-up special at Bedford Auto Care — 15% off`: the sponsor's line;
    `📌 Pinned message` / `Our weekly digest is now on Fridays`: the channel's pinned post;
    `Personal message:` / `Dad - isn't this the place ...`: the note of whoever e-mailed the story.
    """
    words = len(text.split())
    if (_SPONSOR_LABEL.match(above) and _SPONSOR_LINE_WORDS[0] <= words <= _SPONSOR_LINE_WORDS[1]
            and not vocab.ATTRIBUTED.search(text.casefold())):
        return "advertising"  # (an empty ad slot's label leaves the story's next line under it: `..., she said.`)
    if _PINNED.match(text) or _PINNED.match(above) and text and words <= _PINNED_MAX_WORDS:
        return "interface"
    if _SENDERS_NOTE.match(text) or _SENDERS_NOTE.match(above) and text:
        return "reader-note"  # `Personal message:` / `Dad - isn't this the place on Hyde ...`: who shared it wrote this
    if _CONTACT_LABEL.match(above) and text and words <= _CONTACT_LINE_MAX_WORDS and not vocab.ends_sentence(text):
        return "end-mark"  # `Media contact:` / `Hemi Walker, Senior Communications Advisor`: whom the press calls
    if _SOURCE_LABEL_ALONE.match(text):
        return "video-teaser"  # `00:52` / ` - Source: ` / `CNW`: an embedded video's source, its label alone
    if _SOURCE_LABEL_ALONE.match(above) and text and words <= _SOURCE_NAME_MAX_WORDS and not vocab.ends_sentence(text):
        return "video-teaser"
    if _CONTENT_TYPE.match(text):
        return "page-label"  # `Content-Type: News`: the kind of piece, as the Trust Project's labels say it
    if _CONTENT_TYPE.match(above) and text and words <= _CONTENT_TYPE_NOTE_MAX_WORDS:
        return "page-label"  # ... and what that kind means: `Based on facts, either observed and verified ...`
    return None


# An embedded video's source, its label alone on the line with the source's name under it: ` - Source: ` / `CNW`.
_SOURCE_LABEL_ALONE = re.compile(r"^[-–—]?\s*source\s*:?$", re.I)
_SOURCE_NAME_MAX_WORDS = 4
# A piece's kind by its label, and the note under it that defines the kind.
_CONTENT_TYPE = re.compile(r"^content[- ]type\s*:\s*[\w &-]{2,30}$", re.I)
_CONTENT_TYPE_NOTE_MAX_WORDS = 35


def names_over_audience(name: str, text: str) -> bool:
    """`Baltic Port Watch` / `48,512 subscribers`: a channel's name over the count of its audience."""
    return bool(_AUDIENCE.match(text)) and len(name.split()) <= _CHANNEL_NAME_MAX_WORDS


# A table of contents' label, over its entries (`Contents`, `On this page`, `In this article`, `Jump to`).
_CONTENTS_LABEL = re.compile(r"^(table of contents|contents|on this page|in this (article|story|guide|explainer)|jump to|"
                             r"skip to section|sections?)\W*$", re.I)
_CONTENTS_MIN_ENTRIES = 2
_CONTENTS_ENTRY_MAX_WORDS = 12


def without_contents_lists(lines: list[Line], kept: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """`Contents` / `Jobs across the supply chain` / `Background` over the story: a label, then short lines
    each printed again further down as a line of its own, are a table of contents; its entries are links to
    the subheadings, which stay. Only entries that come back count, so a label over a real list is left."""
    kept_numbers = {line.number for line in kept}
    content = [line for line in lines if line.text]
    for index, label in enumerate(content):
        if not _CONTENTS_LABEL.match(label.text):
            continue
        printed = Counter(line.text.casefold() for line in content[index + 1 :])
        entries: list[Line] = []
        for line in content[index + 1 :]:
            text = line.text
            if len(text.split()) > _CONTENTS_ENTRY_MAX_WORDS or is_prose(text) and text.endswith((".", "!", "?")):
                break
            if printed[text.casefold()] < 2:
                break  # (the count holds the entry itself: it must come back once more)
            entries.append(line)
        if len(entries) < _CONTENTS_MIN_ENTRIES or any(line.number not in kept_numbers for line in entries):
            continue
        taken = {line.number for line in entries}
        if label.number in kept_numbers:
            taken.add(label.number)
        dropped.extend(DroppedLine(line.number, line.text, "contents-list") for line in kept if line.number in taken)
        kept = [line for line in kept if line.number not in taken]
        kept_numbers -= taken
    return kept


# A donation form's choices: `$10/month`, `€5 a month`, `One-Time`, `Monthly`, `Annual`.
_DONATION_CHOICE = re.compile(
    r"^(?:[$€£¥₹]\s?\d[\d.,]*(?:\s*/\s*|\s+(?:a|per|each)\s+)(?:month|mo|year|yr|week)|one[- ]time|monthly|annual(?:ly)?|yearly|once)$",
    re.I,
)
_DONATION_FORM_MIN_CHOICES = 2
_DONATION_BUTTON = re.compile(r"^(?:continue|next|donate( now)?|give( now)?|support( us)?( now)?|submit)\W*$", re.I)
# The outlet speaking to its reader: `At Clearline, we explain ...`, `readers like you choose to chip in`.
_OUTLET_TO_READER = re.compile(r"\b(we|our|us|you|your)\b", re.I)
_DONATION_PITCH_MAX_LINES = 6
_DONATION_PITCH_MAX_WORDS = 45


def without_donation_pitches(lines: list[Line], kept: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """`Support our journalism` / `At Clearline, we explain ...` / `That work takes time ... readers like you chip in.`
    / `Will you become a Clearline Member today?` / `One-Time` / `Monthly` / `$5/month` ...: the lines between an
    appeal's prompt and a donation form's choices, each addressing the reader in the outlet's voice, are its pitch."""
    reasons = {line.number: line.reason for line in dropped}
    content = [line for line in lines if line.text]
    pitches: set[int] = set()
    for index, line in enumerate(content):
        window = content[index : index + 2 * _DONATION_FORM_MIN_CHOICES]
        choices = [other for other in window if _DONATION_CHOICE.match(other.text)]
        if len(choices) < _DONATION_FORM_MIN_CHOICES or (index and _DONATION_CHOICE.match(content[index - 1].text)):
            continue
        after = content.index(choices[-1]) + 1
        # the form's button under its choices (`Continue`, `Donate`)
        pitches.update(line.number for line in content[after : after + 1] if _DONATION_BUTTON.match(line.text))
        between: list[Line] = []
        for above in reversed(content[max(0, index - _DONATION_PITCH_MAX_LINES - 3) : index]):
            if reasons.get(above.number) in _APPEAL_REASONS:
                pitches.update(item.number for item in between)
                break
            if above.number in reasons:
                continue  # the form's signature, its editor's name and title
            if len(above.text.split()) > _DONATION_PITCH_MAX_WORDS or not _OUTLET_TO_READER.search(above.text):
                break  # the story's paragraph over the box, in the story's voice
            between.append(above)
    return drop_numbered(kept, pitches, "reader-prompt", dropped)
