"""An article pasted inside a post: a thread's comment, a chat message, a feed post.

A reader who shares an article where others talk about it (a forum thread, a chat channel,
a social feed) often pastes its text under the link's preview: the thread's title or the
preview card prints the headline, a line of the reader's own introduces the text
(`pasting it since it's behind their paywall:`), and the article follows with its headline
again and its byline or time line under it. That second headline, with the article's own
header under it and the reader's lead-in above it, is where the article begins; the post
around it is reported as dropped. A page that merely prints its headline twice (a
breadcrumb, a sticky bar) has no lead-in between the two and is left alone.
"""

from __future__ import annotations

import re
from typing import Callable

from briefs.model import DroppedLine
from briefs.sources import vocab
from briefs.sources.byline import read_byline
from briefs.sources.clutter import clutter_reason
from briefs.sources.headline import split_outlet_label
from briefs.sources.lines import Line, is_prose, normal_text
from briefs.sources.time_line import is_time_line

# A post's preview stands near the top: lines with text looked at for the first headline.
_PREVIEW_REACH = 60
# Under the repeated headline, the article's byline or time line stands within this many lines.
_HEADER_REACH = 3
_HEADLINE_MIN_WORDS, _HEADLINE_MAX_WORDS = 4, 30
# The reader's own lead-in: a short line ending in a colon (`Here's the text for those without a subscription:`),
# or a chat's or thread's stamp for the message that holds the text (`4:10`, `4h ago`).
_LEAD_IN_MIN_WORDS = 3
# With no headline repeated above it, a lead-in is a sentence of the reader's, not a label (`Authors of the article:`).
_POINTING_LEAD_IN_MIN_WORDS = 5
_MESSAGE_STAMP = re.compile(
    r"^(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d+\s*(?:s|m|min|mins|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?|mo)\.?(?:\s+ago)?)"
    # a feed post's age, with its dots and marks: `2d •`, `5h • Edited •`
    r"(?:\s*[•·]\s*(?:edited\s*[•·]?)?)?$",
    re.I,
)
# The feed post's own lines between its age and the article: its author's comment, a `Follow` button.
_POST_COMMENT_REACH = 4


def take_article_in_post(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """The lines from the article's second headline on, when a post pastes the article under its preview."""
    with_text = [index for index, line in enumerate(lines) if line.text][:_PREVIEW_REACH]
    first_seen: dict[str, int] = {}
    for order, index in enumerate(with_text):
        text = lines[index].text
        if not _may_be_headline(text):
            continue
        key = normal_text(split_outlet_label(text)[0])  # the page's title may carry the outlet: `... | Ridgeline Tech Report`
        # (the article under it is most of the paste: a related list printed twice is no post around an article)
        if key in first_seen and _lead_in_between(lines, with_text[first_seen[key] + 1 : order]) and _header_under(
            lines, with_text[order + 1 : order + 1 + _HEADER_REACH]
        ) and _more_prose_below(lines, index, _REPEATED_HEADLINE_SHARE):
            return _keep_article(lines, _with_section_label(lines, index), dropped)
        first_seen.setdefault(key, order)
    return _article_under_lead_in(lines, with_text, dropped)


def _article_under_lead_in(lines: list[Line], with_text: list[int], dropped: list[DroppedLine]) -> list[Line]:
    """A post whose link has no preview: the reader's lead-in (`Full text below:`), then the article's header."""
    # The reader's own lead-in first; else a feed post's age (`2d •` / `Follow` / the poster's comment / the
    # headline); else a chat message's stamp (`Yesterday 4:12 PM` / the sender's comment / a label / the headline),
    # where the comment, unstopped, may look like a headline too: the one nearest the article's header is it.
    # Last, a social post's time over its counts and its link's page, opened in the app's browser (`6:12 AM · Sep 16,
    # 2025` / `48.2K` / `Views` / ... / the site's menu / the headline).
    for starts, reach, nearest in ((_points_down, 1, False), (_POST_AGE.match, _POST_COMMENT_REACH, False),
                                   (_CHAT_STAMP.match, _POST_COMMENT_REACH, True),
                                   (_SOCIAL_POST_TIME.match, _LINKED_PAGE_REACH, False)):
        found = _article_after(lines, with_text, starts, reach, nearest)
        if found is not None:
            return _keep_article(lines, found, dropped)
    return lines


def _article_after(
    lines: list[Line], with_text: list[int], starts: Callable[[str], object], reach: int, nearest: bool = False
) -> int | None:
    """The index of the article's headline within `reach` lines under a line `starts` accepts, or None;
    the first line that can be it, or with `nearest` the last."""
    for order, index in enumerate(with_text[:-1]):
        if not starts(lines[index].text.strip()):
            continue
        found = None
        for step in range(1, reach + 1):
            if order + step >= len(with_text):
                break
            headline = with_text[order + step]
            under = with_text[order + step + 1 : order + step + 1 + _HEADER_REACH]
            if (_may_be_headline(lines[headline].text) and not is_prose(lines[headline].text)
                    and _header_under(lines, under) and _more_prose_below(lines, headline)):
                found = headline
                if not nearest:
                    break
        if found is not None and nearest:
            return _with_label_over(lines, with_text, found, index)
        if found is not None:
            return found
    return None


def _with_label_over(lines: list[Line], with_text: list[int], headline: int, start: int) -> int:
    """The headline, or the section label right over it below the message's start (`Business`)."""
    above = with_text[with_text.index(headline) - 1]
    label = lines[above].text.strip()
    if above > start and len(label.split()) <= _LABEL_MAX_WORDS and not label.endswith(":") and not is_prose(label):
        return above
    return headline


# A chat message's stamp on its own line, the sender's name maybe before it: `Yesterday 4:12 PM`,
# `Today at 9:02 AM`, `tomasz_k — Today at 9:02 AM`, `Monday 10:15`.
_CHAT_STAMP = re.compile(
    r"^(?:\S.{0,40}\s[—–-]\s)?(?:(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+at)?\s+)"
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$",
    re.I,
)


# A social post's time as its page prints it, the clock first: `6:12 AM · Sep 16, 2025`, `18:40 · 16 Sep 2025`.
_SOCIAL_POST_TIME = re.compile(
    r"^\d{1,2}:\d{2}(?:\s*[AP]M)?\s*·\s*(?:[A-Z][a-z]{2}\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4})$"
)
# Under it, its counts, the link's card and the linked site's menu stand before the article's headline.
_LINKED_PAGE_REACH = 24


# A feed post's age with its dot (`2d •`, `5h • Edited •`): a clock alone (`14:05`) may as well be a chat's.
_POST_AGE = re.compile(r"^\d+\s*(?:s|m|h|d|w|mo|y)\s*[•·](?:\s*edited\s*[•·]?)?$", re.I)


def _keep_article(lines: list[Line], start: int, dropped: list[DroppedLine]) -> list[Line]:
    end = _post_footer_start(lines, start)
    dropped.extend(
        DroppedLine(line.number, line.text, "post-around-article") for line in lines[:start] + lines[end:] if line.text
    )
    return lines[start:end]


# A lead-in that points to the text under it in words or a sign: `... Article below for those without a
# subscription 👇 #trade` (one ending in a colon points down too: `_is_lead_in`).
_BELOW = re.compile(r"\b(?:article|text|story|piece|report)\s+(?:is\s+)?below\b|👇", re.I)


def _points_down(text: str) -> bool:
    """A sentence of the reader's introducing the text under it; not the page's own prompt (`Open this photo in
    gallery:`, `Listen to this article:`), which points at a photo or a player."""
    return (len(text.split()) >= _POINTING_LEAD_IN_MIN_WORDS and (bool(_BELOW.search(text)) or _is_lead_in(text))
            and clutter_reason(text) is None)


def _more_prose_below(lines: list[Line], start: int, times: float = 2.0) -> bool:
    """The article under the lead-in is most of the paste (`times` the prose above it): the post above it is a comment,
    not a story."""
    def words(chunk: list[Line]) -> int:
        return sum(len(line.text.split()) for line in chunk if is_prose(line.text))

    return words(lines[start:]) > times * words(lines[:start])


# Under a headline printed again, the article runs about as long as what stands above it at least (a story pasted
# twice); another story's headline in a related list printed twice has only the page's foot under it.
_REPEATED_HEADLINE_SHARE = 0.8


# The buttons under a message or comment; the first of them after the article ends it.
_THREAD_ACTION = re.compile(r"^(?:reply|reply in thread|\d+ repl(?:y|ies)|like|comment|repost)$", re.I)
# Reaction counts and labels over the buttons (`1.2k`, `👀`, `Last reply today at 4:31 PM`) belong to them.
_FOOTER_ITEM_MAX_WORDS = 6


def _post_footer_start(lines: list[Line], start: int) -> int:
    """Where the footer of the message holding the article begins: its counts over its first button."""
    action = next((index for index in range(start, len(lines)) if _THREAD_ACTION.match(lines[index].text.strip())), None)
    if action is None:
        return len(lines)
    end = action
    while end > start and (not lines[end - 1].text or _is_footer_item(lines[end - 1].text)):
        end -= 1
    return end


def _is_footer_item(text: str) -> bool:
    return len(text.split()) <= _FOOTER_ITEM_MAX_WORDS and not text.rstrip().endswith((".", "!", "?", "\"", "”"))


# A section label pasted with the article over its headline (`Diplomacy`), under the reader's lead-in.
_LABEL_MAX_WORDS = 3


def _with_section_label(lines: list[Line], headline: int) -> int:
    """Where the article starts: at its headline, or at the label right over it when the lead-in stands above that."""
    above = [index for index in range(headline - 1, -1, -1) if lines[index].text][:2]
    if len(above) == 2 and _is_lead_in(lines[above[1]].text):
        label = lines[above[0]].text.strip()
        if len(label.split()) <= _LABEL_MAX_WORDS and not label.endswith(":") and not _MESSAGE_STAMP.match(label):
            return above[0]
    return headline


def _may_be_headline(text: str) -> bool:
    words = len(text.split())
    return _HEADLINE_MIN_WORDS <= words <= _HEADLINE_MAX_WORDS and not text.rstrip().endswith(":")


# A clipping app's or a bookmark's own fields under the page's title (`Clipped from: https://...`, `Tags: ...`,
# `Created: February 7, 2025 8:14 AM`): two of them at least, whatever their labels.
_APP_FIELDS_MIN = 2


def _lead_in_between(lines: list[Line], indexes: list[int]) -> bool:
    """The reader's lead-in, or an app's fields, stand between the title and its repetition."""
    fields = sum(1 for index in indexes if vocab.FACT_FIELD.match(lines[index].text.strip()))
    return fields >= _APP_FIELDS_MIN or any(_is_lead_in(lines[index].text) for index in indexes)


def _is_lead_in(text: str) -> bool:
    stripped = text.strip()
    if _MESSAGE_STAMP.match(stripped):
        return True
    return stripped.endswith(":") and len(stripped.split()) >= _LEAD_IN_MIN_WORDS


def _header_under(lines: list[Line], indexes: list[int]) -> bool:
    return any(read_byline(lines[index].text) or is_time_line(lines[index].text) for index in indexes)


# A link's address as a post's preview prints it: `thebrisbaneherald.com.au/national/qld...`, `www.example.com`.
_LINK_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$")


def post_title(dropped: list[DroppedLine]) -> str | None:
    """The headline a link post prints over the link's address (`Queensland to ban new gas wells ...` /
    `thebrisbaneherald.com.au/...`), for an article pasted under it without its own: the post's title
    is the article's headline."""
    around = sorted((line for line in dropped if line.reason == "post-around-article"), key=lambda line: line.number)
    for line, below in zip(around, around[1:]):
        if below.number == line.number + 1 and _LINK_ADDRESS.match(below.text.strip()) and _may_be_headline(line.text) and (
            not is_prose(line.text)
        ):
            return line.text.strip()
    return None
