"""Parse a pasted article into an `Article`: headline, caption, time, body, and clutter.

A pasted news page mixes the article with the site around it. The parser classifies each
line by its shape (length, sentence punctuation, position, repetition) and by the
vocabularies in `briefs.sources.vocab`, so that outlets other than the first seed's work too.
Every line it leaves out is reported with a reason; nothing is silently lost. A field that
rests on a weaker rule (a headline among similar lines, a date that reads two ways or has no
zone, a byline from an author box...) is named in `extra["unsure"]` with the reason, unless
the file's front matter states it.

The steps, in order: drop lines that are clutter wherever they stand (and a menu printed
one word a line); take an author box off the end; cut the trailing lists of other
headlines; split the header (everything up to the time lines, or up to the first prose)
from the body; read title, caption, time, byline and section from the header; take a
summary box (or a box of labels in capitals), captions and repeated lines out of the body;
class the body's lines as text, page chrome or subheading by their features and their
neighbours (`briefs.sources.body_lines`, jusText's way); group the text into paragraphs
and split a dateline off the first one (with the time when it holds one); mark the blocks
(lists, quotes, subheadings) the paragraphs form. A date that reads two ways is settled by
the dateline, the weekday the first paragraph names, or the body's language (day first
unless English). `parse_source` picks text or HTML by file name. The steps live in the
modules named in README's tree: the header's (`header`, `headline`, `byline`, `caption`,
`time_line`), the body's (`body_lines`), the forward's (`forwarded`), the tail's (`tail`) and
the dateline's (`dateline`); this module runs them in order and groups the paragraphs.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import yaml

from briefs.sources import vocab
from briefs.errors import Problem, SourceError
from briefs.sources.body_lines import (
    addresses_reader, body_language, classify_body, is_heading, is_other_language_label, unmarked_list_items,
)
from briefs.sources.boilerplate_model import drop_scored_boilerplate
from briefs.sources.boxes import (
    names_over_audience,
    take_fact_box,
    under_a_label_reason,
    without_contents_lists,
    without_donation_pitches,
    without_form_widgets,
    without_newsletter_pitches,
    without_mostly_dropped_boxes,
    without_polls,
    without_prompt_boxes,
)
from briefs.sources.forwarded import stands_in_for, take_forward
from briefs.sources.word_language import is_foreign_line, is_foreign_word
from briefs.sources.byline import credited_byline, is_person_name, read_byline, take_byline, take_opening_byline
from briefs.sources.caption import (
    CREDITED_CAPTION_MIN_WORDS, ends_with_credit, may_describe_a_photo, may_show_a_scene, take_captions,
)
from briefs.sources.clutter import clutter_reason, is_button, is_field_label, is_post_signature, is_running_head
from briefs.sources.header import read_field, read_header, split_header
from briefs.sources.headline import ends_with_initials, is_outlet_name, looks_like_headline, take_late_headline
from briefs.sources.lines import (
    STANDFIRST_MAX_WORDS, Header, Line, drop_numbered, fills_width, is_prose, is_sentence, normal_text, same_text,
    text_above, text_below, text_width,
)
from briefs.sources.dateline import (
    settle_by_lead_weekday,
    settle_by_named_months,
    settle_by_spelling,
    settle_by_page_dates,
    settle_by_zone,
    settle_day_first,
    settle_ist,
    settle_stated_zone,
    settle_stamp,
    split_dateline,
    time_from_dateline,
    writer_in_dateline,
)
from briefs.sources.corrections import take_corrections
from briefs.sources.second_copy import drop_second_copy
from briefs.sources.shared_post import post_title, take_article_in_post
from briefs.sources.stacked_dateline import take_stacked_dateline
from briefs.sources.tail import (
    bio_author,
    cut_tail,
    drop_author_bio,
    drop_bio_over_story,
    drop_endnotes,
    drop_teaser_pairs,
    drop_orphaned_headings,
    drop_outlet_notes,
    list_heading_reason,
    read_tail_fields,
    take_author_box,
    take_comment_thread,
    take_name_under_lead,
    take_signature,
)
from briefs.sources.time_line import find_time, is_story_time, is_time_line
from briefs.sources.unwrap import drop_cut_in_story, join_drop_caps, join_page_breaks, join_wrapped, unwrap
from briefs.sources.markdown_paste import is_markdown, marks_of, strip_marks, without_chat_emphasis
from briefs.model import Article, Block, DroppedLine, Paragraph, Source
from briefs.sources.pubtime import AmbiguousDate, PublicationTime, parse_time_line

log = logging.getLogger(__name__)

_FRONT_MATTER_KEYS = {"title", "published", "source", "source_name", "url", "section", "byline", "caption", "dateline"}
_WHITESPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
# A heading with its one item on the same line (`READ MORE: Council approves ...`) is dropped alone.
_INLINE_ITEM = re.compile(r"[:›»>]\s*\S")
# Clutter reasons of lines that may also head a list of other articles (dropped with their items).
_REASONS_OF_LIST_HEADINGS = frozenset({"interface", "tag-list", "related-list", "field-label"})
# Clutter reasons of lines that may also carry the publication time; such a line is the time line.
# Time lines are short; longer lines are not tried (reading dates is the costly part).
_TIME_LINE_MAX_CHARS = 160
_REASONS_A_TIME_LINE_OVERRULES = frozenset({"credits", "interface", "field-label", "navigation", "related-list"})


_PUBLISHED_BEFORE_UPDATE_MAX = timedelta(days=2)


def _take_published_from_foot(header: Header, dropped: list[DroppedLine]) -> None:
    """`Updated / Thursday, 22 Jan 2026 21:15` under the headline, `Published / Thursday, 22 Jan 2026 18:40` at the
    page's foot: the header found only the update; the labelled publication time cut off with the tail is the
    story's."""
    if not header.stamp_is_update or not isinstance(header.stamp, PublicationTime):
        return
    for line in dropped:
        # (under its label, `Published / Thursday, 22 Jan 2026 18:40`, `First published: ...`)
        if not vocab.PUBLISHED_LABEL.match(line.text) or len(line.text) > _TIME_LINE_MAX_CHARS:
            continue
        found = find_time(line.text)
        published = found[0] if found else None
        # (no later than the update, and close to it: a related story's date under the tail is days older)
        before = header.stamp.value.replace(tzinfo=None) - published.value.replace(tzinfo=None) if isinstance(
            published, PublicationTime) else None
        if before is not None and timedelta(0) <= before <= _PUBLISHED_BEFORE_UPDATE_MAX:
            header.stamp, header.stamp_is_update, header.stamp_updated = published, False, False
            return


def _title_from_subject(
    header: Header, header_lines: list[Line], body: list[Line], subject: str | None, dropped: list[DroppedLine]
) -> list[Line]:
    """A forwarded newsletter's subject printed again over the story is its headline, whatever the header chose
    (an advertiser's line over it: `ADVERTISEMENT` / `Coastal Savings Bank: Open a ... account ...`)."""
    if not subject or header.title is None or same_text(header.title, subject):
        return body
    repeated = next((line for line in header_lines + body if line.text and same_text(line.text, subject)), None)
    if repeated is None:
        return body
    if header.title_line:  # (a title from a field or the subject itself stands on no line of its own)
        dropped.append(DroppedLine(header.title_line, header.title, "page-label"))  # reported, not lost
    header.title, header.title_line = subject, repeated.number
    if repeated in body:
        dropped.append(DroppedLine(repeated.number, repeated.text, "duplicate"))
        return [line for line in body if line is not repeated]
    return body


def parse_article(text: str, path: str = "<text>", score_boilerplate: bool = True) -> Article:
    """Parse an article pasted as text.

    Args:
        text: the source, already decoded.
        path: the file's name, for messages.
        score_boilerplate: let the boilerplate model drop the lines it is sure are the page's
            (off only to learn it from the rules alone: `scripts/train_boilerplate.py`).

    Returns:
        The parsed article.

    Raises:
        SourceError: the source holds no article text, or its front matter is malformed.
    """
    text = text.lstrip("\ufeff")
    front_matter, body_start = split_front_matter(text, path)
    all_lines = split_lines(text)
    dropped: list[DroppedLine] = []
    all_lines[body_start:] = readable_lines(all_lines[body_start:], dropped)
    lines, forward = take_forward(all_lines[body_start:], dropped)
    lines = take_article_in_post(lines, dropped)
    lines = drop_clutter(lines, dropped)
    # A printed page's margins are no neighbours of anything: what stands above or below a line is read past them.
    margins = {line.number for line in dropped if line.reason == "print-margin"}
    all_lines = [Line(line.number, "") if line.number in margins else line for line in all_lines]
    lines, box_author = take_author_box(lines, dropped)
    lines, tail_section = cut_tail(lines, dropped)
    lines = take_comment_thread(lines, dropped, all_lines)
    header_lines, body = split_header(lines)
    stacked, header_lines = take_stacked_dateline(header_lines, at_end=True)
    header = read_header(header_lines, dropped, all_lines)
    _take_published_from_foot(header, dropped)
    if forward is not None:
        header.title = header.title or forward.subject
        header.stamp = forward.sent if stands_in_for(header.stamp, forward.sent) else header.stamp
    # `By ...` may stand above a headline printed under the time line, so the byline comes first.
    byline_in_header = header.byline
    before_byline = {line.number for line in body if line.text}
    byline, body = take_byline(header.byline, body, dropped, has_title=header.title is not None, all_lines=all_lines)
    by_lines = frozenset(before_byline - {line.number for line in body})
    if byline_in_header is None and byline is not None and header.caption_by_place:
        # headline / sentence / time lines / byline: the sentence was the standfirst, not a photo's caption
        if header.standfirst is not None and header.caption is not None:  # a standfirst already: reported, not lost
            dropped.append(DroppedLine(header.caption_line, header.caption, "page-label"))
        header.standfirst, header.caption, header.caption_by_place = header.standfirst or header.caption, None, False
    weak_title = header.title if header.title_weak else None
    body = take_late_headline(header, body, dropped, by_lines)
    if forward is not None:
        body = _title_from_subject(header, header_lines, body, forward.subject, dropped)
    body = take_field_lines(header, body, dropped)
    if byline is None:  # under a headline printed under the time line: `Tuesday, 6/3/2025` / headline / `By ...`
        byline, body = take_byline(None, body, dropped, has_title=header.title is not None)
    body = take_standfirst(header, body, dropped, all_lines)
    if byline is None and header.standfirst is not None:  # late headline / standfirst / `By ...`: the byline under both
        byline, body = take_byline(None, body, dropped, has_title=header.title is not None)
    body = take_summary_box(header, body, dropped)
    body = take_points_above_dateline(header, body, dropped)
    body = take_label_box(body, dropped)
    body = take_fact_box(body, dropped)
    byline_from_box = byline is None and box_author is not None
    byline = byline or box_author or credited_byline(dropped)
    outlet_credits = _outlet_credits(body, dropped)
    header.credit_lines |= outlet_credits
    body = _without_credits_under_captions(body, outlet_credits, dropped)
    body = drop_cut_in_story(body, dropped, byline)
    caption, body = take_captions(header, body, dropped, all_lines)
    caption = _caption_out_of_note(caption, dropped, all_lines) if caption else caption
    caption = vocab.CAPTION_LABEL.sub("", caption) if caption else caption  # `Header image: A dried-up canal`
    if stacked is None:
        stacked, body = take_stacked_dateline(body)
    classified = classify_body(body, dropped, all_lines, wrapped=is_hard_wrapped(body), byline=byline)
    body = without_mostly_dropped_boxes(all_lines, classified.kept, dropped)
    # A dateline stacked on lines of its own is the dateline; a paragraph under it that opens
    # with another keeps it in its text (taking both would lose one).
    dateline, paragraphs = group_paragraphs(body, split_dateline_off=stacked is None)
    dateline = stacked or dateline
    caption = caption or _lead_video_description(dropped, paragraphs[0].line if paragraphs else None)
    paragraphs = join_page_breaks(paragraphs, dropped)
    paragraphs, header.stamp = drop_second_copy(paragraphs, dropped, header.stamp)  # an AMP view above the page
    paragraphs, corrections = take_corrections(paragraphs, dropped)
    byline, paragraphs = take_opening_byline(byline, paragraphs, dropped)
    byline, paragraphs = take_signature(byline, paragraphs, dropped)
    byline, paragraphs = take_name_under_lead(byline, paragraphs, dropped)
    paragraphs = drop_teaser_pairs(drop_endnotes(paragraphs, dropped), dropped)
    byline = byline or bio_author(paragraphs)
    paragraphs = drop_author_bio(byline, paragraphs, dropped)
    paragraphs = drop_bio_over_story(byline, paragraphs, dropped)
    paragraphs = drop_author_bio(byline, drop_outlet_notes(paragraphs, dropped), dropped)  # bios over the outlet's note
    paragraphs, notes_above_bio = take_corrections(paragraphs, dropped)  # story / correction / author's bio
    corrections += notes_above_bio
    tail_names = read_tail_fields(header, paragraphs, dropped)  # also reads a time under the story: always called
    byline = byline or tail_names or writer_in_dateline(dateline)
    if score_boilerplate:
        paragraphs = drop_orphaned_headings(
            drop_scored_boilerplate(paragraphs, dropped, classified.headings, classified.language), dropped)
    marked = block_kinds(body, all_lines)
    kinds = [
        marked.get(paragraph.line) or ("heading" if paragraph.line in classified.headings else "paragraph")
        for paragraph in paragraphs
    ]
    blocks = build_blocks(paragraphs, numbered_headings(paragraphs, kinds), guess_headings=False)
    stamp = time_from_dateline(settle_stamp(header.stamp, dateline), dateline)
    stamp, order_read_by = settle_order(stamp, paragraphs, classified.language, [line.text for line in all_lines], caption)
    stamp = settle_ist(stamp, [line.text for line in all_lines])
    stamp = settle_stated_zone(stamp, [line.text for line in all_lines])
    header.title = header.title or post_title(dropped)  # a link post's title over the text pasted without its headline
    if not paragraphs and header.title is None:
        raise SourceError([Problem(path, None, "no article text found", "paste the article's headline and body")])
    article = Article(
        title=header.title,
        caption=caption,
        published=stamp.value if isinstance(stamp, PublicationTime) else None,
        zone_name=stamp.zone_name if isinstance(stamp, PublicationTime) else None,
        published_has_time=stamp.has_time if isinstance(stamp, PublicationTime) else False,
        section=header.section or tail_section,
        byline=byline,
        dateline=dateline,
        source=None,
        paragraphs=tuple(paragraphs),
        dropped=tuple(sorted(dropped, key=lambda line: line.number)),
        extra=_extra(header, stamp, corrections),
        blocks=blocks,
    )
    guesses = _Guesses(
        title_weak=weak_title is not None and header.title == weak_title,
        byline_from_box=byline_from_box and byline is not None,
        caption_by_place=header.caption_by_place and caption is not None and caption == header.caption,
        section_from_tail=header.section is None and tail_section is not None,
        order_read_by=order_read_by,
    )
    article = with_unsure(article, unsure_fields(article, header, stamp, guesses))
    return apply_front_matter(article, front_matter, path)


# How `settle_order` read a date that reads two ways, in its order of trust, as the doubt names it.
_ORDER_READINGS = (
    ("as the page prints its other dates", lambda stamp, texts, language, page: settle_by_page_dates(stamp, page)),
    ("as the country of its time zone writes dates", lambda stamp, texts, language, page: settle_by_zone(stamp)),
    ("by the weekday the first paragraph names",
     lambda stamp, texts, language, page: settle_by_lead_weekday(stamp, texts[0] if texts else "")),
    ("near the dates the story names", lambda stamp, texts, language, page: settle_by_named_months(stamp, texts)),
    ("month first, as the story's American spelling writes dates",
     lambda stamp, texts, language, page: settle_by_spelling(stamp, texts) if language == "English" else stamp),
    ("day first, as the article's language writes dates",
     lambda stamp, texts, language, page: settle_day_first(stamp) if language != "English" else stamp),
    ("day first, as the language of the page's chrome writes dates",
     lambda stamp, texts, language, page: settle_day_first(stamp) if _chrome_in_another_language(page, texts) else stamp),
)
# Labels in another language around an English story, this many at least: the outlet's chrome
# (`Compartilhe`, `Mais lidas`, `Te puede interesar`), whose country writes the day first.
_FOREIGN_CHROME_MIN_LINES = 2


# Chrome's lines are short: menus, buttons, labels (a headline runs longer).
_CHROME_LINE_MAX_WORDS = 6


def _chrome_in_another_language(page: list[str], texts: list[str]) -> bool:
    """The page's own short lines (not the story's) are in a language other than English."""
    story = set(texts)
    chrome = [line for line in page if line and line not in story and len(line.split()) <= _CHROME_LINE_MAX_WORDS]
    foreign = sum(1 for line in chrome if is_other_language_label(line) or is_foreign_line(line) or body_language([line]) != "English")
    return foreign >= _FOREIGN_CHROME_MIN_LINES


def settle_order(
    stamp: PublicationTime | AmbiguousDate | None, paragraphs: list[Paragraph], language: str, page: list[str],
    caption: str | None = None,
) -> tuple[PublicationTime | AmbiguousDate | None, str | None]:
    """A numeric date that reads two ways, settled by the page's other dates (`page`, every line), its
    zone's country, the story's named dates (its caption's too: `... on December 2, 2026. © AFP`), or
    the article's language, in that order; and how (None when it was not read so)."""
    texts = [paragraph.text for paragraph in paragraphs] + ([caption] if caption else [])
    for how, settle in _ORDER_READINGS:
        if not isinstance(stamp, AmbiguousDate):
            break
        settled = settle(stamp, texts, language, page)
        if isinstance(settled, PublicationTime):
            return settled, how
        stamp = settled
    return stamp, None


def _extra(header: Header, stamp: PublicationTime | AmbiguousDate | None, corrections: list[str]) -> dict:
    extra: dict = {}
    if isinstance(stamp, AmbiguousDate):
        extra["published_ambiguous"] = stamp.text
        extra["published_readings"] = [  # as `Article.published_iso` would give each
            reading.isoformat() if stamp.has_time else reading.date().isoformat() for reading in stamp.readings
        ]
    if header.standfirst:
        extra["standfirst"] = header.standfirst
    if corrections:
        extra["corrections"] = corrections
    return extra


# --- what the parser guessed ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Guesses:
    """Which of the parser's weaker rules gave a field, beyond what `Header` records."""

    title_weak: bool  # the headline kept scored as a site's name might
    byline_from_box: bool  # the byline is the name in an author box after the article
    caption_by_place: bool  # the caption has no credit: it was taken by its place in the header
    section_from_tail: bool  # the section was read from a list heading after the article
    order_read_by: str | None = None  # how a date reading two ways was settled (`settle_order`), None if not so


def unsure_fields(
    article: Article, header: Header, stamp: PublicationTime | AmbiguousDate | None, guesses: _Guesses
) -> dict[str, str]:
    """Field name -> why the parser is unsure of it, from the rules that fired (nothing scored anew)."""
    reasons: dict[str, list[str]] = {}
    if article.title is None:
        reasons.setdefault("title", []).append("no headline found")
    elif guesses.title_weak:
        reasons.setdefault("title", []).append("the headline scored like a site's name")
    elif header.title_rivals and article.title == header.title:
        reasons.setdefault("title", []).append(f"headline chosen among {header.title_rivals + 1} similar lines")
    reasons["published"] = _time_doubts(header, stamp, guesses.order_read_by)
    if guesses.byline_from_box:
        reasons["byline"] = ["byline from an author box after the article"]
    if guesses.caption_by_place:
        reasons["caption"] = ["caption without a photo credit, taken by its place"]
    elif header.caption_by_grammar and article.caption is not None:
        reasons["caption"] = ["caption without a photo credit, taken by its grammar (what a photo shows, on the day it was taken)"]
    if guesses.section_from_tail:
        reasons["section"] = ["section from a list heading after the article"]
    return {name: "; ".join(found) for name, found in reasons.items() if found}


def _time_doubts(
    header: Header, stamp: PublicationTime | AmbiguousDate | None, order_read_by: str | None = None,
) -> list[str]:
    if stamp is None:
        return ["no publication date found"]
    doubts = []
    if isinstance(stamp, AmbiguousDate):
        doubts.append(f"date {stamp.text} reads two ways")
    elif isinstance(header.stamp, AmbiguousDate) and order_read_by:
        # (settled by the dateline's own date, it is no guess; the lead's weekday is one of `settle_order`'s readings)
        doubts.append(f"date {header.stamp.text} read {order_read_by}")
    if header.stamp_in_body:
        doubts.append("date taken from the body, not the header")
    if header.stamp_is_update:
        doubts.append("only an update time was found")
    if header.stamp_year_from == "copyright":
        doubts.append("the date printed no year: the year is the page's copyright year")
    elif header.stamp_year_from == "weekday":
        doubts.append("the date printed no year: the year is the one the page names in which the day is the weekday printed")
    if stamp.has_time and stamp.zone_name is None and _without_zone(stamp):
        doubts.append("time without a time zone")
    return doubts


def _without_zone(stamp: PublicationTime | AmbiguousDate) -> bool:
    value = stamp.value if isinstance(stamp, PublicationTime) else stamp.readings[0]
    return value.tzinfo is None


def with_unsure(article: Article, unsure: dict[str, str]) -> Article:
    """The article with `extra["unsure"]` set to `unsure` (the key left out when nothing is unsure)."""
    extra = {key: value for key, value in article.extra.items() if key != "unsure"}
    if unsure:
        extra["unsure"] = unsure
    return replace(article, extra=extra)


# --- front matter ---------------------------------------------------------------------


def split_front_matter(text: str, path: str) -> tuple[dict, int]:
    """Read a leading `---` YAML block; return its mapping and the index of the first line after it."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return _load_front_matter("\n".join(lines[1:index]), path), index + 1
    raise SourceError(
        [Problem(path, 1, "front matter opened with --- is never closed", "add a line with --- after it")]
    )


def _load_front_matter(block: str, path: str) -> dict:
    try:
        data = yaml.safe_load(block) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise SourceError(
            [Problem(path, line, f"front matter is not valid YAML: {getattr(err, 'problem', err)}")]
        ) from err
    if not isinstance(data, dict):
        raise SourceError([Problem(path, 2, "front matter must be a mapping of keys to values")])
    unknown = sorted(set(map(str, data)) - _FRONT_MATTER_KEYS)
    if unknown:
        raise SourceError(
            [
                Problem(
                    path, 2, f"unknown front matter key {unknown[0]!r}", f"use {', '.join(sorted(_FRONT_MATTER_KEYS))}"
                )
            ]
        )
    return data


def apply_front_matter(article: Article, front_matter: dict, path: str) -> Article:
    """Let what the front matter states win over what was detected."""
    if not front_matter:
        return article
    stated = {key for key in front_matter if front_matter[key] is not None}
    unsure = {key: why for key, why in article.extra.get("unsure", {}).items() if key not in stated}
    article = with_unsure(article, unsure)  # what the file states is never a guess
    changes: dict = {}
    for key in ("title", "section", "byline", "caption", "dateline"):
        if front_matter.get(key) is not None:
            changes[key] = str(front_matter[key])
    if front_matter.get("published") is not None:
        changes.update(_front_matter_time(front_matter["published"], path))
    source = front_matter.get("source")
    name = front_matter.get("source_name") or (source.get("name") if isinstance(source, dict) else source)
    url = front_matter.get("url") or (source.get("url") if isinstance(source, dict) else None)
    if name is not None or url is not None:
        changes["source"] = Source(str(name) if name is not None else None, str(url) if url is not None else None)
    return replace(article, **changes)


def _front_matter_time(value: object, path: str) -> dict:
    if isinstance(value, datetime):
        return {"published": value, "zone_name": None, "published_has_time": True}
    stamp = parse_time_line(str(value))
    if not isinstance(stamp, PublicationTime):
        raise SourceError(
            [Problem(path, 2, f"front matter 'published' is not a clear date: {value!r}", "use ISO 8601")]
        )
    return {"published": stamp.value, "zone_name": stamp.zone_name, "published_has_time": stamp.has_time}


# --- lines and clutter ------------------------------------------------------------------


def readable_lines(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """The lines as a page's copy gives them: a Markdown note's marks off (reported), and paragraphs wrapped
    at a fixed width (a plain-text e-mail) joined, each on its first line so every line keeps its number."""
    texts = [line.text for line in lines]
    if is_markdown(texts):
        dropped.extend(DroppedLine(line.number, mark, "markdown") for line in lines for mark in marks_of(line.text))
        texts = [strip_marks(text) for text in texts]
    texts = join_drop_caps([without_chat_emphasis(text) for text in texts])
    return [Line(line.number, text) for line, text in zip(lines, unwrap(texts))]


def split_lines(text: str) -> list[Line]:
    """Every line of the text, numbered from 1, with whitespace (also non-breaking) collapsed."""
    return [Line(number, collapse_spaces(raw)) for number, raw in enumerate(text.splitlines(), start=1)]


def collapse_spaces(line: str) -> str:
    """One line with runs of spaces (`_WHITESPACE`) made one space, and no space at either end."""
    # Within a line (splitlines has removed line breaks), str.split() splits on exactly
    # _WHITESPACE's characters plus \x1f and U+1680; without those, it is the same and ~5x faster.
    if "\x1f" in line or "\u1680" in line:
        return _WHITESPACE.sub(" ", line).strip()
    return " ".join(line.split())


# A chat's stamp before a message in the chat's bold, as a messaging app copies a forwarded headline:
# `[02/12/26, 06:12] Suresh Pillai: *Nandpur civic body to fine ...*` (the chat's own messages are left whole).
_CHAT_STAMP = re.compile(r"^\[\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\] [^:\[\]]{1,40}: "
                         r"(?=\*[^*\s].*[^*\s]\*$)")
# A chat's bold, a star on either side of the message: `*Nandpur civic body to fine ...*`.
_CHAT_BOLD = re.compile(r"^\*(?=[^*\s])|(?<=[^*\s])\*$")

# What comes off a line's ends, and why (the link chrome twice: the second may precede the first).
_LINE_CHROME = (
    (_CHAT_STAMP, "post-around-article"),
    (vocab.LINK_CHROME_END, "interface"),
    (vocab.LINK_CHROME_END, "interface"),
    (vocab.GALLERY_COUNTER, "interface"),
    (vocab.END_MARK_AFTER_TEXT, "end-mark"),
    (vocab.TRAILING_AGE, "time-line"),
)


def trim_line_chrome(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Take what a page adds at a line's ends off it, reporting each piece: the words around a link
    or a photo (`..., opens new tab`, `Purchase Licensing Rights`, `Item 1 of 2 ...`, `[1/2]...`), a
    wire's end mark glued to the last paragraph (`... next month. Enditem`), an age after a
    byline (`Thandeka Mthembu | Published 2h ago`), and a chat's stamp before a forwarded headline
    in the chat's bold (`[02/12/26, 06:12] Suresh Pillai: *Nandpur civic body to ...*`)."""
    trimmed = []
    for line in lines:
        text = line.text
        chat = bool(_CHAT_STAMP.match(text))
        for pattern, reason in _LINE_CHROME:
            match = pattern.search(text)
            if match and match.group(0).strip() != text:
                dropped.append(DroppedLine(line.number, match.group(0).strip(" ,"), reason))
                text = (text[: match.start()] + text[match.end() :]).strip()
        if chat and text.startswith("*") and text.endswith("*"):
            text = _CHAT_BOLD.sub("", text)  # the message in the chat's bold: its words, without the stars
        trimmed.append(line if text == line.text else Line(line.number, text))
    return trimmed


def _names_with_time(text: str) -> bool:
    """The line gives a clock time and names beside it: a byline's time line (a running head gives a date alone)."""
    found = find_time(text) if len(text) <= _TIME_LINE_MAX_CHARS else None
    return found is not None and bool(found[1]) and getattr(found[0], "has_time", False)


# A printed page's number among its pages, as a browser prints it in the margin: `1/3`.
_PAGE_COUNTER = re.compile(r"^\d{1,3}\s?/\s?\d{1,3}$")
# The margin's lines stand this close to the page's number.
_MARGIN_REACH = 3
_MARGIN_MIN_PAGES = 2
# A browser's margins hold the page's address and the time it was printed (`27/11/26, 4:12 PM`).
_PRINTED_ADDRESS_OR_TIME = re.compile(r"^(?:https?://\S+|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?)$", re.I)


def _without_print_margins(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A page printed to PDF or from the print preview repeats its margins at every page break: the time it was
    printed, the page's title, its address, `1/3`. Lines printed the same at two places or more, near page
    numbers, are the margins, wherever they stand (the first page's header too); the page numbers go with them."""
    content = [line for line in lines if line.text]
    counters = [index for index, line in enumerate(content) if _PAGE_COUNTER.match(line.text)]
    if len(counters) < _MARGIN_MIN_PAGES:
        return lines
    printed = Counter(line.text for line in content)
    near = {content[other].text for index in counters
            for other in range(max(index - _MARGIN_REACH, 0), min(index + _MARGIN_REACH + 1, len(content)))}
    margins = {text for text in near if printed[text] >= _MARGIN_MIN_PAGES}
    if not any(_PRINTED_ADDRESS_OR_TIME.match(text) for text in margins):
        return lines  # a gallery's counters, each photo's credit repeated under them: no printed margins
    doomed = {line.number for index, line in enumerate(content) if index in counters or line.text in margins}
    return drop_numbered(lines, doomed, "print-margin", dropped)


# A local site's weather widget in its masthead: the temperature, the sky, the place, the forecast and its time,
# down to its link (`28°` / `Clear` / `Hollis Springs, KS (67501)` / ... / `Updated: ... @ 4:03 am` / `Full Forecast`).
_TEMPERATURE = re.compile(r"^-?\d{1,3}\s?°\s?[FC]?$")
_FORECAST_LINK = re.compile(r"^(?:full|7-day|10-day|extended|hourly|detailed)? ?forecast\W*$", re.I)
_WEATHER_WIDGET_MAX_LINES = 10


def _without_weather_widget(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """The lines from a temperature alone to the forecast's link below it: the masthead's weather widget, whose
    `Updated` time is the forecast's, not the story's."""
    content = [line for line in lines if line.text]
    for index, line in enumerate(content):
        if not _TEMPERATURE.match(line.text):
            continue
        end = next((other for other in range(index + 1, min(index + _WEATHER_WIDGET_MAX_LINES, len(content)))
                    if _FORECAST_LINK.match(content[other].text)), None)
        if end is None:
            continue
        return drop_numbered(lines, {widget.number for widget in content[index : end + 1]}, "widget", dropped)
    return lines


# A site-wide banner's label, over the story it links to: `BREAKING NEWS`, `Just In`, `Developing`.
_BANNER_LABEL = re.compile(r"^(?:breaking(?: news)?|just in|developing(?: story)?|news alert|alert)\s*:?$", re.I)
# ... and its button, under the linked headline: `Read More`, `Details`, `Watch Now`.
_BANNER_BUTTON = re.compile(r"^(?:read more|more|details|full story|watch(?: now| live)?|learn more)\s*[›»>]?$", re.I)


def _without_banner(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """`BREAKING NEWS` / `Tsunami threat for Hawaii ruled out ...` / `Read More`: a banner over the page linking to
    another story, its headline set between the label and the button; the story's own headline comes under it."""
    content = [line for line in lines if line.text]
    for label, headline, button in zip(content, content[1:], content[2:]):
        if (_BANNER_LABEL.match(label.text) and _BANNER_BUTTON.match(button.text)
                and button.number == headline.number + 1 == label.number + 2 and not vocab.ends_sentence(headline.text)):
            return drop_numbered(lines, {label.number, headline.number, button.number}, "banner", dropped)
    return lines


# A box of links a screen reader is told about: `list of 4 items` / `list 1 of 4` / headline / ... / `end of list`.
_LIST_OPENING = re.compile(r"^list of \d{1,2} items?$", re.I)
_LIST_END = re.compile(r"^end of list$", re.I)
_ANNOUNCED_LIST_MAX_LINES = 30


def _without_announced_lists(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Every line from `list of N items` to its `end of list`: the links of a box inside the story, announced as a
    list to screen readers (its headlines may read as subheadings or questions of the story's own)."""
    doomed: set[int] = set()
    for index, line in enumerate(lines):
        if not _LIST_OPENING.match(line.text):
            continue
        end = next((other for other in range(index + 1, min(index + _ANNOUNCED_LIST_MAX_LINES, len(lines)))
                    if _LIST_END.match(lines[other].text)), None)
        if end is not None:
            doomed.update(item.number for item in lines[index : end + 1] if item.text)
    return drop_numbered(lines, doomed, "related-list", dropped) if doomed else lines


# A widget set apart between paragraphs, closed by its button: `Snow warnings in effect` / `Niigata, Toyama` / `See
# weather map`. Its lines are few and short, none a sentence.
_WIDGET_BUTTON = re.compile(r"^(?:see|view|check|open|explore|track)(?: the| our| all| full| live)? [\w -]{2,30}[›»>]?$", re.I)
_WIDGET_MAX_LINES = 4
_WIDGET_LINE_MAX_WORDS = 8


# Another outlet's card on an aggregator's page: its name, place and leaning, its headline and opening, then the button
# to its article (`Read Full Article`).
_CARD_BUTTON = re.compile(r"^read (?:the )?full (?:article|story|report)\b.{0,40}$", re.I)
_CARD_LINES = (3, 7)
_CARD_NAME_MAX_WORDS = 6


def _without_buttoned_widgets(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Blocks set apart by blank lines under the story's prose and closed by a button: two to four short lines, none a
    sentence, over `See weather map` (a widget's label, figures and link), or an outlet's card over `Read Full Article`
    (its name first, then its headline and opening), not the story's."""
    widgets: set[int] = set()
    cards: set[int] = set()
    block: list[Line] = []
    seen_prose = False
    for line in [*lines, Line(0, "")]:
        if line.text:
            block.append(line)
            continue
        if (seen_prose and 2 <= len(block) <= _WIDGET_MAX_LINES and _WIDGET_BUTTON.match(block[-1].text)
                and all(len(item.text.split()) <= _WIDGET_LINE_MAX_WORDS and not vocab.ends_sentence(item.text)
                        for item in block)):
            widgets.update(item.number for item in block)
        elif (seen_prose and _CARD_LINES[0] <= len(block) <= _CARD_LINES[1] and _CARD_BUTTON.match(block[-1].text)
              and len(block[0].text.split()) <= _CARD_NAME_MAX_WORDS and not vocab.ends_sentence(block[0].text)):
            cards.update(item.number for item in block)
        seen_prose = seen_prose or any(is_prose(item.text) for item in block)
        block = []
    lines = drop_numbered(lines, widgets, "widget", dropped) if widgets else lines
    return drop_numbered(lines, cards, "related-list", dropped) if cards else lines


def drop_clutter(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Drop lines that are clutter wherever they stand (share buttons, ads, notices...), and the site's menu."""
    lines = trim_line_chrome(lines, dropped)
    lines = _without_print_margins(lines, dropped)
    lines = _without_weather_widget(lines, dropped)
    lines = _without_banner(lines, dropped)
    lines = _without_announced_lists(lines, dropped)
    lines = _without_buttoned_widgets(lines, dropped)
    kept = []
    menu = menu_lines(lines)
    seen_prose = seen_cased_prose = False
    above = ""  # the text of the line before
    # (`LIVE: Taiwan election results - ...` / `By Yvonne Chen ...`: a live page's own headline, no link to another)
    live_headlines = {line.number for line, below in zip(lines, lines[1:])
                      if vocab.LIVE_LABEL.match(line.text) and vocab.BY_NAME.match(below.text)}
    for line in lines:
        reason = "navigation" if line.number in menu else clutter_reason(line.text)
        reason = under_a_label_reason(above, line.text) or reason
        if reason is None and vocab.PHOTOGRAPHER_FOR_OUTLET.match(line.text) and is_sentence(above):
            reason = "photo-credit"  # under its caption: `... in Veldhoven.` / `Marieke Dijkstra for The Meridian Dispatch`
        if (reason is None and is_sentence(above) and may_describe_a_photo(above) and (
                vocab.PHOTOGRAPHER_FOR_ANY_OUTLET.match(line.text) or vocab.PHOTOGRAPHER_IN_CAPITALS.match(line.text))):
            reason = "photo-credit"  # `A pharmacist checks the shelf ...` / `Dana Whitcombe for Clearline`
        above = line.text or above
        # (a link after a kicker and a bar may read in sentences: `Opinion | China's coast guard is testing Japan. ...`)
        if reason is None and seen_prose and (vocab.MEDIA_TEASER.match(line.text) or vocab.HEADLINE_KICKER.match(line.text)
                                              ) and (not is_sentence(line.text) or " | " in line.text[:_KICKER_MAX_CHARS]):
            reason = "related-list"  # (`ANALYSIS: Why the pier matters` between paragraphs: another story's headline)
        if reason is None and seen_prose and _DATED_VIDEO_TITLE.match(line.text):
            reason = "video-teaser"  # `Today's News in 90 Seconds - December 17th` between paragraphs: a daily video's title
        if reason is None and seen_cased_prose and _is_capitals_link(line.text):
            reason = "related-list"  # `CHINA'S NAVY NOW OUTNUMBERS AMERICA'S. HERE'S WHAT THAT MEANS ...` between paragraphs
        # (not `Corwin Ashdale – Mar 27, 2026 3:45 pm | 87` under the standfirst: a byline's time and comment count)
        if reason is None and seen_prose and is_running_head(line.text) and not _names_with_time(line.text):
            reason = "print-margin"  # `THE DAILY COURIER | THURSDAY, DECEMBER 3, 2026 | 5` between a PDF's pages
        seen_prose = seen_prose or reason is None and is_prose(line.text)
        # (a story printed all in capitals, as old wire copy is, has no such links)
        seen_cased_prose = seen_cased_prose or reason is None and is_prose(line.text) and line.text.upper() != line.text
        heading = list_heading_reason(line.text)
        # `Tags: energy, storm` closes the article with its items inline; `Read more: <headline>` is one teaser.
        heads_list = heading == "tag-list" or heading and not _INLINE_ITEM.search(line.text)
        if reason in _REASONS_OF_LIST_HEADINGS and heads_list:
            reason = None  # "Read more", "Topic:" open a list: `cut_tail` drops them with their items
        elif (reason in _REASONS_A_TIME_LINE_OVERRULES and _is_short_time_line(line.text)
              # (`Source: Outlet, date` under the story dates an excerpt from the tail, and stays a credit)
              and not (reason == "credits" and seen_prose and vocab.SOURCE_LABEL_FIRST.match(line.text))):
            reason = None  # `Source: Agency | 2025-02-07 16:09 | Editor: x` is the time line
        elif reason == "related-list" and not seen_prose and line.number in live_headlines:
            reason = None
        elif reason == "end-mark" and seen_prose and vocab.END_MARK_ALONE.match(line.text):
            reason = None  # `###` under a release: `cut_tail` drops what follows it, unless the story goes on
        elif (reason == "interface" and seen_prose and vocab.COUNTED_LABEL.match(line.text)
              and all(is_foreign_word(word) for word in line.text.rsplit(" (", 1)[0].split())):
            reason = None  # `Commentaires (12)` under the story: the comments' tab, which ends it (`cut_tail`)
        elif reason == "interface" and vocab.SUMMARY_HEADING.match(line.text):
            reason = None  # `Highlights` over the story heads its summary box (`take_summary_box`), not a button
        elif reason == "interface" and not seen_prose and vocab.BY_NAME.match(line.text) and read_byline(line.text):
            reason = None  # `Story by Lena Ocampo • 3h • 4 min read`: a byline with its age and reading time
        if reason and kept and kept[-1].number == line.number - 1 and names_over_audience(kept[-1].text, line.text):
            channel = kept.pop()  # `Baltic Port Watch` / `48,512 subscribers`: a channel's name, no headline
            dropped.append(DroppedLine(channel.number, channel.text, "outlet-name"))
        if reason:
            dropped.append(DroppedLine(line.number, line.text, reason))
        else:
            kept.append(line)
    kept = _without_video_titles(lines, kept, dropped)
    kept = _without_glued_players(kept, dropped)
    kept = without_newsletter_pitches(lines, kept, dropped)
    kept = without_polls(lines, kept, dropped)
    kept = without_form_widgets(lines, kept, dropped)
    kept = without_contents_lists(lines, kept, dropped)
    kept = without_donation_pitches(lines, kept, dropped)
    kept = _without_machine_summaries(lines, kept, dropped)
    return without_prompt_boxes(lines, kept, dropped)


# A machine's summary over the story, under its note: `This is AI generated summarization, which may have errors. ...`.
# Its points run to the next blank line. (A label over the story itself, `AI-generated summary, reviewed by our
# newsroom`, and a platform whose summary is its text, `Summary by ... AI`, are not such notes.)
_MACHINE_SUMMARY_NOTE = re.compile(r"^this (?:is|was) (?:an )?ai[- ]generated summar", re.I)
_MACHINE_SUMMARY_MAX_POINTS = 6


def _without_machine_summaries(lines: list[Line], kept: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """The points set tight under a machine summary's note, up to the next blank line: no line of the story."""
    kept_numbers = {line.number for line in kept}
    doomed: set[int] = set()
    for index, line in enumerate(lines):
        if not _MACHINE_SUMMARY_NOTE.match(line.text):
            continue
        above = next((other.text for other in reversed(lines[:index]) if other.text), "")
        if vocab.SUMMARY_HEADING.match(above):
            continue  # `Summarize this article with AI` over the note: the box is `take_summary_box`'s, as any summary's
        for below in lines[index + 1 : index + 1 + _MACHINE_SUMMARY_MAX_POINTS]:
            if not below.text:
                break
            if below.number in kept_numbers:
                doomed.add(below.number)
    return drop_numbered(kept, doomed, "summary-box", dropped)


# Another story's headline set in capitals between a story's paragraphs, as a link: this many words at least
# (a subheading in capitals is shorter).
_CAPITALS_LINK_MIN_WORDS = 7


# A daily video's or bulletin's title with its day after a dash, set between a story's paragraphs:
# `Today's News in 90 Seconds - December 17th`, `Today's Headlines - 17 December`.
_MONTH_WORD = r"(?:" + vocab.MONTH_NAMES + r")\.?"
_DATED_VIDEO_TITLE = re.compile(
    r"^[^.!?]{3,60}\s[-–—|]\s(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s)?(?:\d{1,2}(?:st|nd|rd|th)?\s" + _MONTH_WORD
    + r"|" + _MONTH_WORD + r"\s\d{1,2}(?:st|nd|rd|th)?)$", re.I)


def _is_capitals_link(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text)
    return (len(words) >= _CAPITALS_LINK_MIN_WORDS and text.upper() == text and not text.endswith(":")
            and split_dateline(text)[0] is None)


# A video's title and the show it comes from: short lines with no full stop.
_VIDEO_TITLE_MAX_WORDS = 16
_VIDEO_TITLE_MAX_LINES = 2


def _without_video_titles(lines: list[Line], kept: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """`WATCH NOW` / `VIDEO 02:41` / `Taiwan's chip exports face a new test` / `Squawk Box Asia`: inside the story,
    the lines under a video's running time, up to the next sentence, are the video's title and show."""
    kept_numbers = {line.number for line in kept}
    content = [line for line in lines if line.text]
    # A title printed above the running time (`Philippines accuses China ...` / `02:14`) leaves the line under it to the story.
    every_running_time = {
        line.number for line in dropped if vocab.RUNNING_TIME.match(line.text) or vocab.LABELLED_RUNNING_TIME.match(line.text)
    }
    running_times = every_running_time - {
        line.number for above, line in zip(content, content[1:])
        if above.number in kept_numbers and (_titles_a_video(above.text) or is_time_line(above.text))  # (a date's clock)
    }
    under_players = _under_players(content)
    descriptions = _video_descriptions(content, every_running_time, kept_numbers)
    teasers: set[int] = set()
    run = 0  # the video's lines taken so far under its running time
    seen_prose = False
    # A headline with its time line under it is the story's header, not a video's title (`Watch Live` / `Disaster` /
    # `Strong quake jolts northeastern Japan; ...` / `Dec. 12, 2026 22:24 JST`): the run stops at the label over it.
    over_time = {above.number for above, line in zip(content, content[1:]) if is_time_line(line.text)}
    for above, line in zip([None, *content], content):
        if line.number not in kept_numbers:
            continue
        if line.number in over_time:
            if above is not None and above.number in teasers and run == 1:
                teasers.discard(above.number)  # the headline's label (`Disaster`), taken first for the video's
            run = _VIDEO_TITLE_MAX_LINES
        if above is not None and above.number in running_times or line.number in under_players and seen_prose:
            run = 0  # (or under a player's label alone inside the story: `Watch` / `Áine Ní Fhlatharta reports on the vote`)
        elif above is None or above.number not in teasers:
            run = _VIDEO_TITLE_MAX_LINES  # not under a video
        # (right under the running time the title may ask: `1:32` / `What happens when a retailer goes bust?`)
        asks = run == 0 and line.text.endswith("?")
        # (a date with its clock under the player is the story's time line: `Watch video` / `01:58` / `Nov. 28, 2026 18:42 JST`)
        if ((seen_prose or (above is not None and above.number in under_players)) and run < _VIDEO_TITLE_MAX_LINES
                and len(line.text.split()) <= _VIDEO_TITLE_MAX_WORDS and (asks or not vocab.ends_sentence(line.text))
                and not is_time_line(line.text)):
            teasers.add(line.number)
            run += 1
            continue
        seen_prose = seen_prose or is_prose(line.text)
    teasers |= descriptions
    teasers |= _titles_over_running_times(content, every_running_time, kept_numbers)
    # `Video` / `Military families describe mold, leaks in base housing` / `Army spouse Lindsey Carver joins 'Falcon &
    # Friends Weekend' to discuss ...`: a TV segment's blurb under its title
    teasers |= {line.number for above, line in zip(content, content[1:]) if line.number in kept_numbers
                and _SEGMENT_BLURB.search(line.text) and (above.number in teasers or not vocab.ends_sentence(above.text))
                and len(line.text.split()) <= _VIDEO_DESCRIPTION_MAX_WORDS}
    return drop_numbered(kept, teasers, "video-teaser", dropped)


def _titles_over_running_times(content: list[Line], running_times: set[int], kept_numbers: set[int]) -> set[int]:
    """`... disabling the boat's engine.` / `Philippine crew describes water cannon standoff at sea` / `01:58`: inside the
    story, a short line with no stop right over a running time, the story's sentence above it, is the video's title. A
    page of many such times is a live page's, each time over its post."""
    if len(running_times) > _RUNNING_TIMES_OF_A_STORY:
        return set()
    found = set()
    for above, title, duration in zip(content, content[1:], content[2:]):
        if (duration.number in running_times and duration.number == title.number + 1 and title.number in kept_numbers
                and _titles_a_video(title.text) and (is_prose(above.text) or above.number not in kept_numbers)):
            found.add(title.number)
    return found


# A kicker before its bar is a word or two.
_KICKER_MAX_CHARS = 16


def _titles_a_video(text: str) -> bool:
    """A short line with no stop, or asking (`Germany's hospital reform: Which clinics will close?`)."""
    return (len(text.split()) <= _VIDEO_TITLE_MAX_WORDS
            and (not vocab.ends_sentence(text) or text.endswith("?") or ends_with_initials(text))
            and not is_time_line(text))  # (`27 Oct 2026` / `11:48`: a date over its clock)


# A story carries a video or two; more times than this are a live page's posts.
_RUNNING_TIMES_OF_A_STORY = 2


# A TV segment's blurb: a guest joins the show, named in quotes, to talk (`joins 'Falcon & Friends' to discuss ...`).
_SEGMENT_BLURB = re.compile(r"\bjoins? ['‘\"“][^'’\"”]{2,50}['’\"”] to (?:discuss|break down|react|weigh in|explain|talk)\b")


# A player's running time glued to its title, as a copy of an audio or video embed gives it:
# `7:42Parents in North Gower make their case to keep Maple Hill open`.
# (`6:12AM November 30, 2026` is a clock's time)
_GLUED_RUNNING_TIME = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d\d(?=[A-Z\"“‘'])(?![AP]\.?M\b)(?!.*[.!?][\"”’']?$)", re.I)
# The show's name over it (`Ottawa Morning`) is a few words with no stop.
_SHOW_NAME_MAX_WORDS = 5


def _without_glued_players(kept: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """`Ottawa Morning` / `7:42Parents in North Gower make their case ...`: an embedded player's title, its running
    time glued before it, and the show's name set tight above it."""
    doomed: set[int] = set()
    for above, line in zip([Line(0, "")] + kept, kept):
        if not _GLUED_RUNNING_TIME.match(line.text) or len(line.text.split()) > _VIDEO_TITLE_MAX_WORDS:
            continue
        doomed.add(line.number)
        if (above.number == line.number - 1 and above.text and len(above.text.split()) <= _SHOW_NAME_MAX_WORDS
                and not vocab.ends_sentence(above.text)):
            doomed.add(above.number)
    return drop_numbered(kept, doomed | _titles_of_timed_players(kept, dropped), "video-teaser", dropped)


# A player's running time glued after its title: `Will Europe be drawn into a conflict over Taiwan?02:41`.
_TRAILING_RUNNING_TIME = re.compile(r"(?<=[^\d\s:])\s?(?:\d{1,2}:)?\d{1,2}:\d\d$")
# The title alone stands this many lines above the player's at most (a notice may come between).
_PLAYER_TITLE_REACH = 3


def _titles_of_timed_players(kept: list[Line], dropped: list[DroppedLine]) -> set[int]:
    """`Will Europe be drawn into a conflict over Taiwan?` / `To view this video please enable JavaScript ...` /
    `Will Europe be drawn into a conflict over Taiwan?02:41`: a video's title printed alone, then again with its
    running time glued after it; both are the player's."""
    timed: dict[str, list[int]] = {}
    for line in [*kept, *dropped]:
        match = _TRAILING_RUNNING_TIME.search(line.text)
        if match and len(line.text.split()) <= _VIDEO_TITLE_MAX_WORDS:
            timed.setdefault(line.text[: match.start()].strip(), []).append(line.number)
    kept_numbers = {line.number for line in kept}
    found: set[int] = set()
    for line in kept:
        players = [number for number in timed.get(line.text, ()) if 0 < number - line.number <= _PLAYER_TITLE_REACH]
        if players:
            found.add(line.number)
            found.update(number for number in players if number in kept_numbers)
    return found


# A video's description is one sentence or two, at most this many words.
_VIDEO_DESCRIPTION_MAX_WORDS = 40
# A labelled video title (`WATCH | Why Greenland matters:`) stands this many lines above its running time at most.
_VIDEO_TITLE_REACH = 2


def _video_descriptions(content: list[Line], running_times: set[int], kept_numbers: set[int]) -> set[int]:
    """`WATCH | Why Greenland matters to Canada's Arctic security:` / `Duration 2:41` / `An expert explains ...`:
    under a labelled video's running time, the sentence set tight under it describes the video. A running time
    with no labelled title above it leaves the sentence to the story."""
    found: set[int] = set()
    for index, line in enumerate(content[:-1]):
        if line.number not in running_times:
            continue
        above = content[max(0, index - _VIDEO_TITLE_REACH) : index]
        label = next((position for position, item in enumerate(above) if vocab.MEDIA_TEASER.match(item.text)), None)
        # (one running time printed two or three ways, a labelled one among them: `Duration: 1 minute 12 seconds` /
        # `1m 12s` / `Play Video. Duration: 1 minute 12 seconds`)
        titled = label is not None or bool(vocab.LABELLED_RUNNING_TIME.match(line.text)) or (
            index > 0 and content[index - 1].number == line.number - 1
            and bool(vocab.LABELLED_RUNNING_TIME.match(content[index - 1].text)))
        if vocab.RUNNING_TIME.match(content[index + 1].text) or vocab.LABELLED_RUNNING_TIME.match(content[index + 1].text):
            continue  # the same running time under it: the description stands under the last
        # (`WATCH | Drone video shows the slide:` / `Landslide cuts off village's water supply` / `Duration 1:12`)
        found |= {item.number for item in above[label + 1 :] if item.number in kept_numbers
                  and (not vocab.ends_sentence(item.text) or ends_with_initials(item.text))} if label is not None else set()
        if index + 1 >= len(content):
            continue
        under = content[index + 1]
        # (the story going on under the player quotes or attributes: `"We regard this ...," ... told reporters`; under a
        # player that labels itself, a short line over the longer story's first is the video's, `says` or not)
        describes = not vocab.ATTRIBUTED.search(under.text) and not any(mark in under.text for mark in '"“”') or (
            bool(vocab.LABELLED_RUNNING_TIME.match(line.text)) and _over_longer_sentence(content, index + 1))
        if (titled and describes and under.number == content[index].number + 1 and under.number in kept_numbers
                and vocab.ends_sentence(under.text) and len(under.text.split()) <= _VIDEO_DESCRIPTION_MAX_WORDS):
            found.add(under.number)
    return found


def _lead_video_description(dropped: list[DroppedLine], first_line: int | None) -> str | None:
    """With no photo captioned, the description of the video over the story (`Play Video. Duration: ...` / `Japan's
    Defence Minister says ...` / story) stands in the lead photo's caption's place."""
    if first_line is None:
        return None
    return next((item.text for item in dropped if item.reason == "video-teaser" and item.number < first_line
                 and is_sentence(item.text) and len(item.text.split()) >= CREDITED_CAPTION_MIN_WORDS), None)


def _over_longer_sentence(content: list[Line], index: int) -> bool:
    """A short sentence with a longer one right under it."""
    words = len(content[index].text.split())
    return (words <= _SHORT_DESCRIPTION_MAX_WORDS and index + 1 < len(content)
            and content[index + 1].number == content[index].number + 1 and is_sentence(content[index + 1].text)
            and len(content[index + 1].text.split()) > words)


_SHORT_DESCRIPTION_MAX_WORDS = 20


# A video player's label over its running time: `Watch Now` / `0:45` / title, even above the story.
# (a player's rail names its next video: `UP NEXT` / `Senate Democrats lay out demands on disaster aid` / `02:41`)
_PLAYER_LABEL = re.compile(r"^(?:watch(?: now| live| video| the video)?|play(?: video)?|video|up next|now playing)$", re.I)


def _under_players(content: list[Line]) -> set[int]:
    """The numbers of the lines that stand right under a player's label (`Watch Now` / `0:45`)."""
    return {line.number for above, line in zip(content, content[1:]) if _PLAYER_LABEL.match(above.text.strip())}


# A menu printed one item a line: this many short labels in a row above the article.
_MENU_MIN_ITEMS = 3
# A menu item: one or two words of letters, in any script (`Fact-checks`, `About us`, `Saudi Arabia`).
_MENU_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
# An item of one or two words, or two such joined by `&`: `News`, `Asia Pacific`, `North East & Northern Isles`.
_MENU_ITEM = re.compile(
    r"[^\W\d_]+(?:[-'’&][^\W\d_]+)*(?: &)?(?: " + _MENU_WORD + r")?(?: & " + _MENU_WORD + r"(?: " + _MENU_WORD + r")?)?"
)


def _is_short_time_line(text: str) -> bool:
    return len(text) <= _TIME_LINE_MAX_CHARS and find_time(text) is not None


def menu_lines(lines: list[Line]) -> set[int]:
    """Numbers of the lines of a menu printed one item a line above the article (`Home` / `Mail` / `News`).

    A run of at least three labels of a word or two before the first paragraph; a single
    label or a pair (`World` / `Asia Pacific`, a stacked dateline `Tokyo` / `CNN`) is
    something else. Items of two words count only above the headline (under it they are a
    byline, `Hannah Price` / `Environment correspondent`). A page prints its own section
    above the headline, again if the menu has it: an item printed a second time ends the
    menu (`News` ... `Columns` / `News` / headline), and so does the item right above the
    headline after a toolbar whose items are all clutter by themselves (`Menu` / `Search` /
    `Sign In` / `Manitoba` / headline). After other sections, it is one more menu item, unless a
    blank line sets it apart from a menu set tight (`Radio` / `Search` / blank / `Business News`).
    """
    found: set[int] = set()
    run: list[Line] = []
    content = [line for line in lines if line.text]
    above_headline = True
    seen_items: set[str] = set()
    for line, following in zip(content, content[1:] + [Line(0, "")]):
        if is_prose(line.text):
            break
        # (a run broken by an odd item, `Gold/Forex`, is still the menu: its items count as printed)
        repeated = line.text.casefold() in seen_items or any(item.text.casefold() == line.text.casefold() for item in run)
        one_word = len(line.text.split()) == 1
        # a label set apart by a blank line under a menu set tight (`Search` / blank / `Business News`): the section
        set_apart = len(run) >= _MENU_MIN_ITEMS and line.number > run[-1].number + 1 and all(
            later.number == earlier.number + 1 for earlier, later in zip(run, run[1:]))
        # (a summary box's heading, `Synopsis` under `Save` / `Print`, heads the box, not one more item)
        summary_heading = bool(vocab.SUMMARY_HEADING.match(line.text))
        if (one_word or above_headline) and _MENU_ITEM.fullmatch(line.text) and not (repeated or set_apart or summary_heading):
            headline_below = looks_like_headline(following.text) and not _MENU_ITEM.fullmatch(following.text)
            if not headline_below or any(not clutter_reason(item.text) for item in run):
                run.append(line)
                continue
            found.update(_menu_numbers(run + [line]) - {line.number})  # after a toolbar: the section label
            run = []
            continue
        above_headline = above_headline and not looks_like_headline(line.text)
        found.update(_menu_numbers(run))
        seen_items.update(item.text.casefold() for item in run)
        run = []
    return found | _menu_numbers(run)


def _menu_numbers(run: list[Line]) -> set[int]:
    return {item.number for item in run} if len(run) >= _MENU_MIN_ITEMS else set()


# A summary box's items are short; a longer line is the article's first paragraph.
_SUMMARY_ITEM_MAX_WORDS = 30
_SUMMARY_MAX_ITEMS = 6
_SUMMARY_HEADING_REACH = 10  # (a caption, bylines with their handles, pictures and roles, and an outlet may stand above the box)
_SUMMARY_LABEL_MAX_WORDS = 5  # a sub-label inside the box: `What's next?`
# With no blank line after the box, a sentence this many times longer than its longest point is the story's.
_SUMMARY_LONGER = 1.4
_SUMMARY_PARAGRAPH_MAX_WORDS = 45
# A point this short is a point, however long beside a shorter one above it.
_SHORT_POINT_WORDS = 20


# Fields printed under the time line, before the first paragraph: `NEWSPAPER SECTION: News`, or an editor's copy's
# run of them (`SECTION: Local` / `LENGTH: 530 words` / `ART: ...` / `CUTLINE: ...` / `WEB: ...`).
_FIELD_REACH = 4
_FIELD_RUN_MAX = 12


def take_field_lines(header: Header, body: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Labelled fields among the body's first lines fill the header's fields they name; the lines are no body."""
    content = [line for line in body if line.text]
    start = next(
        (index for index, line in enumerate(content[:_FIELD_REACH]) if vocab.FIELD_WITH_VALUE.match(line.text)), None
    )
    if start is None:
        return body
    taken: set[int] = set()
    for line in content[start : start + _FIELD_RUN_MAX]:
        match = vocab.FIELD_WITH_VALUE.match(line.text)
        if match is None:
            break
        read_field(match["label"].lower(), match["value"].strip(), header)
        dropped.append(DroppedLine(line.number, line.text, "field-label"))
        taken.add(line.number)
    return [line for line in body if line.number not in taken]


_DECK_MIN_WORDS = 6


def take_standfirst(header: Header, body: list[Line], dropped: list[DroppedLine], all_lines: list[Line]) -> list[Line]:
    """The body's first line is the standfirst when the byline or the time line comes right under it
    (headline / `Dockworkers rejected a revised offer ...` / `Lucía Ferreyra | Agencia Sur` / story):
    a story's first paragraph never stands over its own byline. A date alone under it is a page's running head."""
    if header.standfirst is not None or header.title is None:
        return body
    # (the headline printed again over its standfirst, as a sticky header's copy above it gave the title)
    content = [line for line in body if line.text and not same_text(line.text, header.title)]
    if len(content) < 2:
        return body
    first = content[0]
    under = text_below(all_lines, first.number)
    # A deck printed like a headline (no stop) is the standfirst too when the byline stands right under it.
    deck = looks_like_headline(first.text) and len(first.text.split()) >= _DECK_MIN_WORDS and read_byline(under) is not None
    # `Summary:` / `Farm ponds ... store carbon ...` / `FULL STORY` / story: under the summary's label (read as a field),
    # the summary, however long
    # (prose running on under it is the summary standing in for the story, as an aggregator prints it: the body)
    summarised = bool(vocab.SUMMARY_HEADING.match(text_above(all_lines, first.number))) and not is_prose(content[1].text)
    if (not (is_prose(first.text) or deck) or len(first.text.split()) > STANDFIRST_MAX_WORDS and not summarised
            or ends_with_credit(first.text)):
        return body
    if addresses_reader(first.text):
        return body  # `Good morning. Here are the stories you need ...` / `Written by ...`: a newsletter's opening
    if clutter_reason(under) == "photo-credit" or _is_outlet_credit(under, first.text, text_below(all_lines, content[1].number)):
        # `A jet taxis at Harlan Field.` / `Holt Danner | Northlight Images` (or `The Kasumi Shimbun`): a caption over
        # its credit
        return body
    credit = content[1]
    if header.byline and credit.text == under and vocab.NAME_AND_OUTLET.match(under):
        # `Sam Ortiz | The Beacon` reads as a byline or a photo's credit: with the byline read above, a credit.
        header.credit_lines.add(credit.number)
        dropped.append(DroppedLine(credit.number, credit.text, "photo-credit"))
        return [line for line in body if line is not credit]
    if not (read_byline(under) or is_time_line(under) and is_story_time(under) or _over_lead_photo(first, body, header)
            or _dek_over_lede(first, content[1], header) or _byline_under_chrome(first, all_lines) or summarised):
        return body
    header.standfirst = first.text
    dropped.append(DroppedLine(first.number, first.text, "standfirst"))
    return [line for line in body if line is not first]


# The header's lines under a standfirst are looked for this many lines down at most.
_HEADER_UNDER_STANDFIRST_REACH = 10


def _byline_under_chrome(first: Line, all_lines: list[Line]) -> bool:
    """Set tight under the line, before any more prose, the byline or the story's time, past buttons and a photo with its
    credit (`Listen to this article` / `Share full article` / `Image` / caption / `Credit...` / `By ...`): the
    header goes on under it, so the line is the standfirst."""
    # (set tight under it, as the header is: a blank line or a box's heading ends the search)
    below = list(itertools.takewhile(lambda line: bool(line.text) and not list_heading_reason(line.text),
                                     all_lines[first.number : first.number + _HEADER_UNDER_STANDFIRST_REACH]))
    if below and clutter_reason(below[0].text) == "photo-credit":
        return False  # `A mobile radar unit ... is seen during a drill.` / `Courtesy of the ...`: a photo's caption
    for index, line in enumerate(below):
        if read_byline(line.text) or is_time_line(line.text) and is_story_time(line.text):
            return True
        if ((is_time_line(line.text) or _CLOCK_ALONE.match(line.text)) and index + 1 < len(below)
                and is_person_name(below[index + 1].text)):
            return True  # `Live updates` / `Refresh` / `4:48pm` / `Lachlan Moffat`: a live page's first entry, under its deck
        credited_below = index + 1 < len(below) and clutter_reason(below[index + 1].text) == "photo-credit"
        # (a caption with its credit glued on, `... last month.Credit...Koji Sasahara/AP`, is the photo's, over the byline)
        if is_prose(line.text) and not credited_below and not ends_with_credit(line.text) and not clutter_reason(line.text):
            return False  # the story has begun
    return False


# A live entry's clock alone on its line: `4:48pm`, `14:05`.
_CLOCK_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$", re.I)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_PAST_REPORT = re.compile(r"\b(said|told|announced|reported|confirmed)\b")


def _dek_over_lede(first: Line, second: Line, header: Header) -> bool:
    """headline / `The union ... says walkouts will spread to three more states.` / `The union said on Wednesday
    it would ...`: set tight under the headline, a summary in the present with no day over a paragraph that
    reports in the past what was said on a named day is the standfirst over the lede."""
    if header.title_line is None or first.number != header.title_line + 1 or second.number != first.number + 1:
        return False
    summary = not _PAST_REPORT.search(first.text) and not _WEEKDAY.search(first.text)
    return summary and bool(_PAST_REPORT.search(second.text) and _WEEKDAY.search(second.text))


# A first paragraph reports; a standfirst sums up.
_REPORTS = re.compile(r"\b(" + vocab.ATTRIBUTION_WORDS + r"|announced)\b")


def _over_lead_photo(first: Line, body: list[Line], header: Header) -> bool:
    """Under the time line, `sentence` / (buttons) / credited caption / story: the sentence is the standfirst
    over the lead photo, which the story's first paragraph never stands over."""
    if header.caption is not None and not header.caption_by_place:
        return False  # a credited caption above: this photo is another
    if _REPORTS.search(first.text) or split_dateline(first.text)[0]:
        return False  # a dateline or a source speaking: the story's first paragraph, a photo set in after it
    # (a short link copied alone, `https://p.example.de/p/8Kq2`, is a button's, not the page's text)
    # (the caption's credit on a line of its own, `Photograph: Renata Solís for Circuit`, stands between, and buttons
    # may stand under it: `Save this story`)
    after = [line for line in body if line.text and line.number > first.number and " " in line.text.strip()
             and line.number not in header.credit_lines and clutter_reason(line.text) != "photo-credit"][:_LEAD_PHOTO_REACH]
    story = next((line for line in after[1:] if is_prose(line.text)), None)
    if not after or story is None or ends_with_credit(story.text):
        return False
    # (or its credit over it, as a German broadcaster prints it: `Image: Jonas Weber/dpa` / caption; a credit right under
    # the line itself is that line's, the line a caption: `caption` / `© Provided by ...` / story)
    credit_over = after[0].number - 1 in header.credit_lines and any(
        line.text and first.number < line.number < after[0].number - 1 for line in body)
    return ends_with_credit(after[0].text) or _is_captioned(after[0], header.credit_lines) or credit_over


_LEAD_PHOTO_REACH = 4


def _caption_out_of_note(caption: str, dropped: list[DroppedLine], all_lines: list[Line]) -> str:
    """`(Originally published in Japanese on ... Banner photo: Foreign Minister ...`: a closing note's words before the
    lead photo's label are the note's, reported; the caption is what follows the label."""
    label = vocab.CAPTION_LABEL_IN_NOTE.search(caption)
    if label is None or label.start() == 0:
        return caption
    line = next((line.number for line in all_lines if caption in line.text), 0)
    dropped.append(DroppedLine(line, caption[: label.end()].strip(), "notice"))
    return caption[label.end() :]


def take_summary_box(header: Header, body: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Take a summary box opening the body (`Key Points` and its items up to a blank line) into the standfirst.

    Without a blank line, items that end with no full stop end at the first sentence of prose.
    """
    content = [index for index, line in enumerate(body) if line.text]
    # A caption or a label may stand above the box; prose above it means the body has begun.
    heading_at = next((index for index in content[:_SUMMARY_HEADING_REACH] if vocab.SUMMARY_HEADING.match(body[index].text)), None)
    if heading_at is None or any(is_prose(body[index].text) and not _is_captioned(body[index], header.credit_lines)
                                 for index in content if index < heading_at):
        return body
    start = heading_at
    items: list[Line] = []
    for offset, line in enumerate(body[start + 1 :], start=start + 1):
        if not line.text:
            following = next((other.text for other in body[offset + 1 : offset + 3] if other.text), "")
            if items and not _BOX_SUBLABEL.match(following):
                break  # (`In short:` / points / blank / `What's next?` / its point: the box goes on under its sub-label)
            continue
        if _is_captioned(line, header.credit_lines):
            # the lead photo's caption under the points, or right under the heading of a box shut (`Summarize this
            # article with AI` / caption / `Photo courtesy of ...`): the box has ended
            break
        if items and is_time_line(line.text):
            break  # `Published: 30 November 2026` under the points: the story's header goes on
        points = _points(items)  # not `AI-assisted summary`
        if points and is_prose(line.text) and not any(vocab.ends_sentence(point.text) for point in points):
            break  # items without a full stop, then a sentence: the body has begun
        if items and all(vocab.LIST_ITEM.match(item.text) for item in items) and not vocab.LIST_ITEM.match(line.text):
            break  # `• ...` / `• ...` / `Share`: the first line without the items' marker ends the box
        if (items and line.number > items[-1].number + 1 and _box_has_sentences(items)
                and not _BOX_SUBLABEL.match(line.text) and not _BOX_SUBLABEL.match(items[-1].text)):
            break  # `Listen to this article` (dropped) stood between: the box's sentences end there
        if len(items) == _SUMMARY_MAX_ITEMS:
            return body  # no blank line closes it: the box cannot be told from the body
        words = len(line.text.split())
        if (_box_has_sentences(items) and words > _SUMMARY_LONGER * max(len(item.text.split()) for item in items)
                and words > _SHORT_POINT_WORDS):
            break  # one-sentence points, then the story's longer first paragraph (a point of 20 words is a point still)
        # (the first point may be the box's one summary paragraph: `In summary` / two sentences)
        if words > (_SUMMARY_ITEM_MAX_WORDS if items else _SUMMARY_PARAGRAPH_MAX_WORDS):
            if items and _box_has_sentences(items):
                break  # `In summary` / a two-sentence summary / the story's first paragraph, set tight under it
            if not items and words <= _BOXED_SUMMARY_MAX_WORDS and _box_heading_under(body, offset, dropped):
                # `The Big Picture` / a paragraph of sixty words / `See Also` / links: another box shuts the summary
                items.append(line)
                break
            return body
        items.append(line)
    else:
        return body  # nothing closed it and no story follows: sections under labels (`WHY IT MATTERS` / text ...)
    heading = body[start]
    dropped.append(DroppedLine(heading.number, heading.text, "summary-box"))
    dropped.extend(DroppedLine(item.number, item.text, "summary-box") for item in items)
    if items:
        header.standfirst = header.standfirst or " ".join(item.text for item in items)
    taken = {heading.number} | {item.number for item in items}
    return [line for line in body if line.number not in taken]


# A summary box's second part, under its own label: `What's next?`.
_BOX_SUBLABEL = re.compile(r"^(?:what['’]s next|what happens next|what comes next|why it matters)\s*[?:]?$", re.I)
# A summary's one paragraph shut by another box under it may run this long.
_BOXED_SUMMARY_MAX_WORDS = 90


def _box_heading_under(body: list[Line], index: int, dropped: list[DroppedLine]) -> bool:
    """The line under `body[index]` heads a box of links (`See Also`, `Related`), still in the body or taken out
    with its box already."""
    number = body[index].number + 1
    if any(item.number == number and item.reason in _BOX_REASONS for item in dropped):
        return True
    following = next((line.text for line in body[index + 1 : index + 3] if line.text), "")
    return bool(following) and list_heading_reason(following) is not None


_BOX_REASONS = frozenset({"related-list", "popular-list", "tag-list"})


# Points printed without a heading over a story: two or three, each a sentence.
_UNHEADED_POINTS = (2, 4)


def take_points_above_dateline(header: Header, body: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """`Vietnam's deputy trade minister said ...` / `Talks in Washington are due to wrap up Friday, ...` /
    `WASHINGTON — Vietnam and the United States opened talks ...`: a story opens at its dateline, so
    short sentences set tight over the body's first dateline are the page's points, printed without
    a heading (a caption above them aside), and a single line there is the subtitle."""
    content = [line for line in body if line.text and not is_field_label(line.text)]
    opening = next((index for index, line in enumerate(content[: _UNHEADED_POINTS[1] + 2]) if split_dateline(line.text)[0]), None)
    if opening is None or header.title is None:
        return body
    # (a caption's credit may stand a blank line under it: `Workers assemble ...` / `` / `Hiroshi Kanda/AMW`)
    blank = {line.number for line in body if not line.text}
    points = [line for line in content[:opening] if not _is_captioned(line, header.credit_lines)
              and not (line.number + 1 in blank and line.number + 2 in header.credit_lines)]
    low, high = _UNHEADED_POINTS
    if len(points) == 1 and header.standfirst is None and len(points[0].text.split()) <= STANDFIRST_MAX_WORDS:
        # headline / `Preliminary finding of dumping ...; duties of up to 31.4% to apply from October 1` / dateline: the subtitle
        header.standfirst = points[0].text
        dropped.append(DroppedLine(points[0].number, points[0].text, "standfirst"))
        return [line for line in body if line is not points[0]]
    tight = all(later.number == earlier.number + 1 for earlier, later in zip(points, [*points[1:], content[opening]]))
    if not (low <= len(points) <= high and tight
            and all(vocab.ends_sentence(line.text) and len(line.text.split()) <= _SUMMARY_ITEM_MAX_WORDS for line in points)):
        return body
    dropped.extend(DroppedLine(line.number, line.text, "summary-box") for line in points)
    header.standfirst = header.standfirst or " ".join(line.text for line in points)
    taken = {line.number for line in points}
    return [line for line in body if line.number not in taken]


# The outlet's own credit under a caption stands among the body's first lines.
_OUTLET_CREDIT_REACH = 4


def _outlet_credits(body: list[Line], dropped: list[DroppedLine]) -> set[int]:
    """`A Ground Self-Defense Force camp on Yonaguni Island` / `The Hokuto Shimbun`: a short name printed above
    the story as the outlet's (its name, a byline of the paper), printed again under a line atop the body,
    credits the outlet's own photo."""
    names = {normal_text(line.text) for line in dropped
             if line.reason in ("outlet-name", "section-label", "byline-detail") and len(line.text.split()) <= 5}
    content = [line for line in body if line.text]
    top = content[:_OUTLET_CREDIT_REACH]
    credits = {
        line.number: normal_text(line.text) for index, (above, line) in enumerate(zip(top, top[1:]), start=1)
        if (normal_text(line.text) in names and not vocab.ends_sentence(line.text) and len(line.text.split()) >= 2
            and len(above.text.split()) >= CREDITED_CAPTION_MIN_WORDS
            or _is_outlet_credit(line.text, above.text, _story_text_under(content, index)))
    }
    # ... and the same name under a caption further down credits that photo too
    credited_names = set(credits.values())
    return set(credits) | {
        line.number for index, (above, line) in enumerate(zip(content, content[1:]), start=1)
        if normal_text(line.text) in credited_names and is_sentence(above.text)
        and len(above.text.split()) >= CREDITED_CAPTION_MIN_WORDS
        or _is_outlet_credit(line.text, above.text, _story_text_under(content, index))
    }


# A share bar under the photo's credit (`Facebook` / `X` / `LINE` / `Copy URL`) runs to this many buttons.
_BUTTONS_UNDER_CREDIT_REACH = 6


def _story_text_under(content: list[Line], index: int) -> str:
    """The text under `content[index]`, past the buttons of a share bar ("" at the end)."""
    for line in content[index + 1 : index + 1 + _BUTTONS_UNDER_CREDIT_REACH]:
        if not is_button(line.text):
            return line.text
    return ""


def _without_credits_under_captions(body: list[Line], credits: set[int], dropped: list[DroppedLine]) -> list[Line]:
    """The body without the outlet's credits that stand under a sentence (its caption): a caption further down may be
    taken with the story's grammar, and its credit must go with it."""
    content = [line for line in body if line.text]
    doomed = {line.number for above, line in zip(content, content[1:]) if line.number in credits and is_sentence(above.text)}
    return drop_numbered(body, doomed, "photo-credit", dropped)


def _is_outlet_credit(text: str, above: str, below: str) -> bool:
    """`Defense Minister Mariko Kuze, right, shakes hands with ... on Tuesday.` / `The Kasumi Shimbun`: a name shaped
    as an outlet's (`The ... Shimbun`, `... News`) under a sentence that shows a picture, with the story going on
    under it, credits the outlet's photo (`More News` under the story's last sentence heads a box of teasers)."""
    outlet = is_outlet_name(text, "", is_first_line=True, headline_follows=True)
    return ((outlet or _is_owner_credit(text)) and read_byline(text) is None and is_sentence(above)
            and (may_show_a_scene(above) if outlet else may_describe_a_photo(above))
            and (is_prose(below) or read_byline(below) is not None))


# An office that released the picture, or the outlet's map desk, named alone under the caption: `Japan Ministry of
# Defense Joint Staff Office`, `Newsline Map`.
_OWNER_CREDIT_MAX_WORDS = 8
_OWNER_LAST_WORDS = vocab.INSTITUTION_WORDS | {"map", "graphic", "graphics", "handout"}


def _is_owner_credit(text: str) -> bool:
    words = text.split()
    return (2 <= len(words) <= _OWNER_CREDIT_MAX_WORDS and not vocab.ends_sentence(text) and words[-1].casefold() in
            _OWNER_LAST_WORDS and all(word[:1].isupper() or word in ("of", "the", "and", "for", "&") for word in words))


def _points(items: list[Line]) -> list[Line]:
    """The box's points, its sub-labels (`What's next?`, `AI-assisted summary`) aside."""
    return [item for item in items if len(item.text.split()) > _SUMMARY_LABEL_MAX_WORDS]


def _box_has_sentences(items: list[Line]) -> bool:
    """The box's points so far include one written as a sentence."""
    return any(vocab.ends_sentence(point.text) for point in _points(items))


def _is_captioned(line: Line, credit_lines: set[int]) -> bool:
    """A photo's caption: closed by a credit, or with a credit line (`Header.credit_lines`) right under it."""
    return ends_with_credit(line.text) or line.number + 1 in credit_lines


# A box of labelled values opening the body: labels in capitals among its first lines.
_LABEL_BOX_REACH = 8
_LABEL_BOX_MIN_LABELS = 2
_CAPITALS_LABEL = re.compile(r"[^\W\d_a-z]+(?:[ -][^\W\d_a-z]+){0,2}:?")


def take_label_box(body: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """Drop a box of labelled values opening the body: `CLAIM` / claim / `OUR VERDICT` / `FALSE` / summary.

    Fact-checks and scorecards print one above the article: short labels in capitals, each
    with its value under it, and a rating in capitals under one of them. The first content
    line must be such a label, at least two must stand among the first lines, and two must
    follow each other (the rating: an article in sections headed `WHY IT MATTERS` / text /
    `THE BIG PICTURE` / text has none); the box ends with the line under its last label.
    """
    content = [line for line in body if line.text][:_LABEL_BOX_REACH]
    labels = [index for index, line in enumerate(content) if _is_capitals_label(line.text)]
    if len(labels) < _LABEL_BOX_MIN_LABELS or labels[0] != 0 or labels[-1] + 1 >= len(content):
        return body
    if not any(following == index + 1 for index, following in zip(labels, labels[1:])):
        return body
    last, under = content[labels[-1]], content[labels[-1] + 1]
    # (`SGNDF` / `VNSHY` / blank / story: tickers in capitals, the story set apart under them, is no label's value)
    box = content[: labels[-1] + (2 if under.number == last.number + 1 else 1)]
    dropped.extend(DroppedLine(line.number, line.text, "summary-box") for line in box)
    taken = {line.number for line in box}
    return [line for line in body if line.number not in taken]


def _is_capitals_label(text: str) -> bool:
    # (a letter alone is a button's, `Font size:` / `A` / `A` / `A`, not a label; a script without capitals, Korean's
    # `공유하기`, has no labels in capitals)
    return (bool(_CAPITALS_LABEL.fullmatch(text)) and sum(character.isalpha() for character in text) >= 2
            and any(character.isupper() for character in text))


# --- body -------------------------------------------------------------------------------


def group_paragraphs(body: list[Line], split_dateline_off: bool = True) -> tuple[str | None, list[Paragraph]]:
    """Group body lines into paragraphs; split a leading dateline off the first one (unless told not to).

    A blank line ends a paragraph; so does a line ending like a sentence, since pasted text
    often puts one paragraph on each line with no blank between. Hard-wrapped lines that
    stop mid-sentence are joined. A list item (`- `, `• `, `1. `) and a quoted line (`> `)
    are paragraphs of their own, marker included (the body keeps every character it was
    given); `block_kinds` tells them apart and `build_blocks` takes the markers off.
    """
    paragraphs: list[Paragraph] = []
    pending: list[Line] = []
    previous_quoted = False  # the line just before was a `>` line: the quotation goes on
    wrapped = is_hard_wrapped(body)
    unmarked_items = unmarked_list_items(body)  # `Under the new rules:` / `ships must ...` / `the port ...`
    for line in body + [Line(0, "")]:
        if line.number in unmarked_items:
            _flush(pending, paragraphs)
            paragraphs.append(Paragraph(line.text, line.number))  # an item set without its mark: one each
            previous_quoted = False
            continue
        marked = _marked_text(line.text)
        if marked is not None:
            _flush(pending, paragraphs)
            if marked[0] == "quote" and previous_quoted:
                paragraphs[-1] = Paragraph(f"{paragraphs[-1].text} {line.text}", paragraphs[-1].line)
            else:
                paragraphs.append(Paragraph(line.text, line.number))
            previous_quoted = marked[0] == "quote"
            continue
        previous_quoted = False
        if line.text and _stands_alone(pending, line, wrapped):
            _flush(pending, paragraphs)
        if line.text:
            pending.append(line)
        if pending and (not line.text or vocab.ends_sentence(line.text) or not wrapped and vocab.ENDS_LIST_ITEM.search(line.text)):
            _flush(pending, paragraphs, dehyphenate=wrapped)
    if not paragraphs or not split_dateline_off:
        return None, paragraphs
    dateline, first_text = split_dateline(paragraphs[0].text)
    if dateline:
        paragraphs[0] = Paragraph(first_text, paragraphs[0].line)
    return dateline, paragraphs


# A hard-wrapped line is most of a line's width; a line of this few words is a label or a heading.
_WRAPPED_LINE_MIN_WORDS = 7


def _stands_alone(pending: list[Line], line: Line, wrapped: bool) -> bool:
    """A line without a sentence end, then a line opening with a capital or a digit: two blocks, not one.

    `Apple Podcasts` / `A small town voted...`, `Harbour United 2-1 Rovers` / `A header in the...`.
    In hard-wrapped text a line may stop before a name, so there only a short line stands alone.
    """
    opening = line.text.lstrip("\"“‘'«")[:1]  # a quotation opening the next paragraph: `"In some bays ...`
    if len(pending) != 1 or not (opening.isupper() or opening.isdigit()):
        return False
    return not wrapped or len(pending[0].text.split()) < _WRAPPED_LINE_MIN_WORDS


# Text is hard-wrapped when this many lines stop mid-sentence and go on in lower case on the next.
_WRAPPED_CONTINUATIONS = 2


def is_hard_wrapped(body: list[Line]) -> bool:
    """Whether the text was wrapped at a fixed width (a document or an e-mail) rather than one paragraph a line.

    Only a line that fills the text's width counts as cut: in a page of one paragraph a line, the short
    items of a list whose marks were lost (`Background` / `the contract was signed ...` / `construction
    will ...`) go on in lower case without being one paragraph."""
    width = text_width(body)
    continuations = 0
    for line, following in zip(body, body[1:]):
        if (fills_width(line.text, width) and following.text[:1].islower()
                and not vocab.ends_sentence(line.text)):
            continuations += 1
            if continuations == _WRAPPED_CONTINUATIONS:
                return True
    return False


def _flush(pending: list[Line], paragraphs: list[Paragraph], dehyphenate: bool = False) -> None:
    if not pending:
        return
    text = pending[0].text
    for part in pending[1:]:
        text = join_wrapped(text, part.text) if dehyphenate else f"{text} {part.text}"
    paragraphs.append(Paragraph(text, pending[0].number))
    pending.clear()


def _marked_text(text: str) -> tuple[str, str] | None:
    """("list", item) for `- item`, ("quote", text) for `> text`, else None."""
    item = vocab.LIST_ITEM.match(text)
    if item:
        return "list", item["item"]
    quote = vocab.QUOTE_LINE.match(text)
    return ("quote", quote["quote"].strip()) if quote else None


def block_kinds(body: list[Line], all_lines: list[Line] | None = None) -> dict[int, str]:
    """The kind of each marked line, by line number: "list" for list items, "quote" for `>` lines
    and for an embedded post's text (the line under it signs it: `— Name (@handle) date`)."""
    kinds = {number: "list" for number in unmarked_list_items(body)}
    for line in body:
        marked = _marked_text(line.text)
        if marked is not None:
            kinds[line.number] = marked[0]
        elif all_lines is not None and is_post_signature(text_below(all_lines, line.number)):
            kinds[line.number] = "quote"
    return kinds


# A subheading is a short line standing alone between paragraphs.
_HEADING_MAX_WORDS = 12


def build_blocks(
    paragraphs: list[Paragraph],
    kinds: list[str],
    code_texts: dict[int, str] | None = None,
    guess_headings: bool = True,
    lists: list[tuple[int, bool] | None] | None = None,
) -> tuple[Block, ...]:
    """Blocks from paragraphs and their kinds (one per paragraph): consecutive list items make one list.

    A paragraph of a few words that does not end like a sentence, between two others, is a
    subheading, unless `guess_headings` is False (pasted text: `briefs.sources.body_lines`
    has marked its subheadings by their neighbours). `code_texts` gives, by paragraph index,
    a code block's text with its line breaks (the paragraph holds it on one line). `lists`
    gives, by paragraph, the list a saved page's item is in and whether it is numbered: items of
    one list make one block, two lists side by side stay two. In pasted text a list is numbered
    when every item was (`1.`, `2)`).
    """
    blocks: list[Block] = []
    for index, (paragraph, kind) in enumerate(zip(paragraphs, kinds)):
        source_list = lists[index] if lists is not None else None
        if kind == "code" and code_texts and index in code_texts:
            blocks.append(Block("code", code_texts[index], paragraph.line))
            continue
        between = 0 < index < len(paragraphs) - 1
        if guess_headings and kind == "paragraph" and between and _is_subheading(paragraph.text):
            kind = "heading"
        text = _without_markers(paragraph.text) if kind in ("list", "quote") else paragraph.text
        # A saved page says whether its list is numbered; pasted text, whether every item was.
        numbered = source_list[1] if source_list else bool(_NUMBERED.match(paragraph.text))
        if kind == "list" and _continues_list(blocks, kinds, lists, index):
            items = blocks[-1].items + (text,)
            ordered = numbered if source_list else blocks[-1].ordered and numbered
            blocks[-1] = Block("list", "\n".join(items), blocks[-1].line, items, ordered)
        elif kind == "list":
            blocks.append(Block("list", text, paragraph.line, (text,), numbered))
        else:
            blocks.append(Block(kind, text, paragraph.line))
    return tuple(blocks)


def _continues_list(blocks: list[Block], kinds: list[str], lists: list[tuple[int, bool] | None] | None, index: int) -> bool:
    """Whether the list item at `index` belongs to the list block just before it."""
    if not blocks or blocks[-1].kind != "list" or kinds[index - 1] != "list":
        return False
    if lists is None or lists[index] is None or lists[index - 1] is None:
        return True
    return lists[index][0] == lists[index - 1][0]


_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?P<item>\S.*)$")


def numbered_headings(paragraphs: list[Paragraph], kinds: list[str]) -> list[str]:
    """A numbered line alone between paragraphs is a listicle's heading (`1. Sail on a tall ship`), not a list.

    Only when no list item stands next to it and it reads as one heading (`body_lines.is_heading`).
    """
    found = list(kinds)
    for index, (paragraph, kind) in enumerate(zip(paragraphs, kinds)):
        numbered = _NUMBERED.match(paragraph.text) if kind == "list" else None
        alone = all(kinds[other] != "list" for other in (index - 1, index + 1) if 0 <= other < len(kinds))
        if numbered and alone and 0 < index < len(kinds) - 1 and is_heading(numbered["item"]):
            found[index] = "heading"
    return found


def _without_markers(text: str) -> str:
    """A list item without its bullet or number, a quotation without its `>` marks."""
    marked = _marked_text(text)
    if marked is None:
        return text
    if marked[0] == "list":
        return marked[1]
    return re.sub(r"(?:^|\s)>\s?", " ", text).strip()


def _is_subheading(text: str) -> bool:
    """A few words opening with a capital and not ending like a sentence; or a short question (`Who is affected?`)."""
    words = text.split()
    if not 0 < len(words) <= _HEADING_MAX_WORDS or not text[0].isupper():
        return False
    if text.endswith("?"):
        return not _INTERVIEW_QUESTION.match(text)  # an interview's `Q:` line is a question, not a heading
    return not vocab.ends_sentence(text)


_INTERVIEW_QUESTION = re.compile(r"^(q|question|frage)\s*[:.]", re.I)


