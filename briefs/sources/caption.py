"""Photo captions and credits of a pasted article, and image alt text.

A caption needs evidence, since a short sentence near the headline may as well be the
standfirst: a closing photo credit (`vocab.CAPTION_CREDIT`, looked for only in a line's
last characters), a credit line right under it, or its place above a headline still to
come. Under the headline a sentence with no credit is a caption unless the byline follows
it (headline, standfirst, byline is how outlets print a summary). Captions, repeated
headlines or captions and extra time lines are also taken out of the body's first lines
(`take_captions`); a credited caption there beats a header line taken by its place alone,
which was the standfirst. An image's alt text is a line that a caption near it repeats
with more words (`alt_texts`); it is never the headline.
"""

from __future__ import annotations

import re
from datetime import timedelta

from briefs.model import DroppedLine
from briefs.sources import vocab
from briefs.sources.lines import Header, HeaderContext, Line, is_sentence, normal_text, same_text, text_above, text_below
from briefs.sources.dateline import dateline_dates, split_dateline
from briefs.sources.pubtime import PublicationTime, adds_zone
from briefs.sources.time_line import TIME_LINE_MAX_CHARS, body_time, is_update_line
from briefs.sources.word_language import is_rare_in_english

# Alt text is repeated by its caption within this many lines, and is at least this long.
ALT_TEXT_REACH = 8
_ALT_TEXT_MIN_CHARS = 12
_ALT_TEXT_COMPARED_CHARS = 160  # alt text is short; comparing the start of longer lines is enough
# A caption says what the photo shows in a few words at least.
_CAPTION_MIN_WORDS = 3
# A caption is shorter than this; a longer line ending with a credit is still body.
_CAPTION_MAX_WORDS = 60


# A credit closes a caption within its last characters; searching only there keeps long
# paragraphs cheap (the pattern is anchored at the end but would be tried at every offset).
_CREDIT_SEARCH_CHARS = 120


# A one-word label in any language, and a name after it, maybe with an agency after a slash:
# `Mynd: Haraldur Jónsson`, `Fotografija: Ana Novak / Hina`, `Ảnh: Trần Quang Huy`.
_ONE_WORD_LABEL = r"[^\W\d_]{2,15}"
_NAME_AFTER_LABEL = r"\s?:\s*[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}(?:\s*/\s*[\w .'’&-]{2,40})?"
# Such a credit closing a sentence, on the caption's own line: `... finished this month. Ảnh: Trần Quang Huy`,
# `... at dusk. Kuva: Anni Korhonen`. A label naming an author, an editor or a contact is no photo's credit.
_LABELLED_NAME_AFTER_SENTENCE = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?P<credit>(?!(?i:author|autor|auteur|reporter|editor|writer|words|text|story|report"
    r"|contact|by|update|correction|note)\b)" + _ONE_WORD_LABEL + _NAME_AFTER_LABEL + r")$"
)
# A Japanese paper's credit after an equals sign: `... (around 6:40 a.m. on the 10th, Nakano) = Provided by Kurosawa City`.
# (or in Japanese after an English caption: `... fighter jets on Thursday=防衛省提供`, "provided by the Defense Ministry")
_PROVIDED_AFTER_EQUALS = re.compile(r"\s=\s*(?:photo )?(?:provided by|courtesy of|photo by)\s+\S.{1,60}$"
                                    r"|(?<=[a-zA-Z.])\s?[=＝]\s?[\u3040-\u30ff\u4e00-\u9fff]{2,15}$", re.I)
# A French agency's photographer, the surname in capitals, in brackets: `... in the central Philippines (Bobby VILLARAMA)`.
_PHOTOGRAPHER_SURNAME_IN_CAPITALS = re.compile(
    r"\s\((?:[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){0,2}) [A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}\)$"
)
# An agency's or an owner's name in Chinese, Japanese or Korean, in brackets after an English caption: `... Park. (中央社)`.
_CJK_OWNER_IN_BRACKETS = re.compile(r"(?<=[.a-zA-Z])\s?[(（][\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,10}[)）]$"
                                    # or labelled as the photo's in Japanese: `...（写真：Harbourline/アフロ）`
                                    r"|(?<=[.a-zA-Z])\s?[(（](?:写真|撮影|提供|画像)\s*[：:][^()（）]{1,40}[)）]$")
# After a caption's last sentence, the photographer and the paper, its name closed by a word papers' names end with
# (`... on Dec. 2, 2026. Jack Gruber, Nation Today`). Alone on a line the same shape is a byline, so only here.
# (the outlet words that end no paper's name: articles, and the words of broadcasters, desks and agencies)
_NOT_A_PAPERS_LAST_WORD = frozenset({"le", "la", "el", "online", "media", "radio", "tv", "television", "broadcasting",
                                     "network", "wire", "agency", "bureau", "desk"})
_PAPERS_PHOTOGRAPHER_AFTER_SENTENCE = re.compile(
    r"(?<=[a-z\d][.!?])\s+(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),\s(?-i:(?:The )?(?:[A-Z][\w.'’-]* ){0,3})"
    r"(?=(?-i:[A-Z]))(?i:" + "|".join(sorted(vocab.OUTLET_WORDS - _NOT_A_PAPERS_LAST_WORD, key=len, reverse=True)) + r")$"
)
# After a caption's stop and a bar, a name of one to four capitalised words, as Japanese dailies credit: `... Sea. | Tomoe`.
_NAME_AFTER_BAR = re.compile(r"(?<=[a-z\d][.!?])\s+\|\s+(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})$")
# A paper's own picture named in brackets, stop or none before it: `... in the foreground (Asahi Shimbun file photo)`.
_OWN_PHOTO_IN_BRACKETS = re.compile(r"(?<=[\w.!?\"”’])\s*\((?-i:[A-Z])[\w'’ .&-]{1,40} (?:file )?(?:photo|photograph|picture)\)$")
# The photographer or the picture desk after the caption's stop and a dash: `... on Saturday. — White Star`.
# (a story's end mark after a dash, `— Ends`, is none)
_DESK_AFTER_DASH = re.compile(r"(?<=[.!?])\s+[—–]\s*(?!(?i:ends?|more)$)(?-i:[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3})$")
# A button opening the whole caption, after its credit: `... (AP Photo/Jun Dumaguing, File) more >`.
_MORE_BUTTON = re.compile(r"\s+more\s*[>›»]$", re.I)
_CREDIT_PATTERNS = (
    vocab.CAPTION_CREDIT, vocab.EXTRA_CREDIT, vocab.COPYRIGHT_CREDIT, vocab.OUTLET_PHOTOGRAPHER_CREDIT,
    vocab.FOR_OUTLET_CREDIT, vocab.GLUED_CREDIT, vocab.BRACKETED_CREDIT, vocab.AGENCY_IN_BRACKETS,
    vocab.PAREN_LABEL_CREDIT, vocab.DOUBLE_EQUALS_CREDIT, vocab.USAGE_NOTE, vocab.LABELLED_CREDIT_RUN_ON, vocab.SHAPED_CREDIT, vocab.NAMED_AGENCY_CREDIT,
    _LABELLED_NAME_AFTER_SENTENCE, _PROVIDED_AFTER_EQUALS, _PHOTOGRAPHER_SURNAME_IN_CAPITALS, _CJK_OWNER_IN_BRACKETS,
    _PAPERS_PHOTOGRAPHER_AFTER_SENTENCE, _NAME_AFTER_BAR, _OWN_PHOTO_IN_BRACKETS, _DESK_AFTER_DASH,
)
# Credits may follow one another: `(Photo courtesy of Taloa government)(Rengo)`.
_CREDITS_IN_A_ROW = 3


def _credit_match(text: str) -> tuple[int, str] | None:
    """Where the closing photo credits start in `text`, and the credits, or None."""
    original = text
    if (button := _MORE_BUTTON.search(text)) is not None:
        found = _credit_match(text[: button.start()])  # the button opens the caption the credit closes
        return (found[0], original[found[0] :].strip()) if found else None
    if text.endswith(".)"):
        text = text[:-2] + ")."  # `(Picture by Nigel Browne.)`: the credit's own stop inside its brackets
    start = len(text)
    for _ in range(_CREDITS_IN_A_ROW):
        rest = text[:start].rstrip()
        offset = max(len(rest) - _CREDIT_SEARCH_CHARS, 0)
        match = next((found for pattern in _CREDIT_PATTERNS if (found := pattern.search(rest, offset))), None)
        if match is None or match.start() == 0:
            break
        start = match.start()
    owner = _OWNER_IN_BRACKETS.search(text) if start == len(text) and _PICTURED.search(text) else None
    if owner is not None and owner.start() > 0:
        # `The lido pictured shortly before its closure (Brennick Hill Council)`
        return owner.start(), original[owner.start() :].strip()
    return (start, original[start:].strip()) if start < len(text) else None


# A caption's own word for its picture, after which an owner in brackets needs no stop before it.
_PICTURED = re.compile(r"\bpictured\b", re.I)
_OWNER_IN_BRACKETS = re.compile(r"\s\((?:[A-ZÀ-Þ][\w'’.-]+)(?: (?:[A-ZÀ-Þ][\w'’.-]+|of|the|and|de)){0,5}\)$")


def ends_with_credit(text: str) -> bool:
    """A photo credit closes the line (`... (Photo: Jane Roe/Example Agency)`)."""
    return _credit_match(text) is not None


def without_credit(text: str) -> str:
    """The line without the photo credit closing it."""
    found = _credit_match(text)
    return text[: found[0]].strip() if found else text


def strip_credit(line: Line, dropped: list[DroppedLine]) -> str:
    """The caption without the credit closing it; the credit is reported as dropped."""
    found = _credit_match(line.text) or _photographer_after_stop(line.text)
    if not found:
        return line.text
    dropped.append(DroppedLine(line.number, found[1], "photo-credit"))
    return line.text[: found[0]].strip()


# A photographer's name alone after the caption's last stop, as an Australian daily prints it: `... in Tokyo on
# Wednesday. Shoko Tanaka`.
_NAME_AFTER_STOP = re.compile(r"(?<=[.!?])\s+(?P<name>(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}))$")


def _photographer_after_stop(text: str) -> tuple[int, str] | None:
    """Where a bare name closing a caption starts, and the name; a surname is a word English rarely uses."""
    found = _NAME_AFTER_STOP.search(text)
    if found is None or not is_rare_in_english(found["name"].split()[-1].lower()):
        return None
    return found.start(), found["name"]


def take_captions(
    header: Header, body: list[Line], dropped: list[DroppedLine], all_lines: list[Line]
) -> tuple[str | None, list[Line]]:
    """Take captions, repeated title or caption lines and extra time lines out of the body.

    A caption with a credit beats a header line taken for the caption by its position
    only; that line was the standfirst.
    """
    caption = header.caption
    kept: list[Line] = []
    under_credits = captions_under_credits(header.credit_lines, all_lines, dropped)
    under_caption = False  # the line before was a caption taken here: a credit in brackets may follow alone
    keyword_caption = False  # and it opened with a keyword in capitals: its credit may follow alone, unbracketed
    toggled = False  # or it stood under its toggle button: `Name, OUTLET` may follow alone
    # (a bar or a time line left between the header and the story stands before the photo, not in its place)
    first_text = next(
        (index for index, line in enumerate(body) if line.text and not _before_the_photo(line.text)), None
    )
    if caption is None and first_text is not None and under_credits and _credit_over_caption(body, first_text):
        # the page prints each credit over its caption, and the story opens with a short name over a line with no stop:
        # `Environment Agency` / `Sandbags were laid along Church Street ...`, the lead photo's credit and caption
        caption, header.caption_by_grammar = body[first_text + 1].text, True
        dropped.extend((DroppedLine(body[first_text].number, body[first_text].text, "photo-credit"),
                        DroppedLine(body[first_text + 1].number, caption, "caption")))
        body = body[:first_text] + body[first_text + 2 :]
    elif caption is None and first_text is not None and _captions_a_photo(body, first_text) and not _names_a_day_to_come(
        body[first_text].text, header.stamp
    ):
        # `Officials inspect the damaged jetty at Kesarpur ghat on Wednesday.` over the story: a photo's caption, uncredited
        caption, header.caption_by_grammar = strip_credit(body[first_text], dropped), True
        dropped.append(DroppedLine(body[first_text].number, caption, "caption"))
        credit = next((index for index in range(first_text + 1, len(body)) if body[index].text), None)
        if credit is not None and _PHOTOGRAPHER_AND_OUTLET.match(body[credit].text):
            # `Rene Okonkwo-Lapierre Toronto Ledger`: the photographer and the paper under the caption
            dropped.append(DroppedLine(body[credit].number, body[credit].text, "photo-credit"))
            body = body[:credit] + body[credit + 1 :]
        body = body[:first_text] + body[first_text + 1 :]
    if caption is None and first_text is not None and _under_its_credit(body, first_text, header.credit_lines):
        # `COURTESY U.S. ARMY / SGT. JAMAL R. WHITFIELD` / `Soldiers with the 3rd Infantry Brigade ... greet family
        # members ...` / the story: the line right under the lead photo's credit describes the photo
        caption, header.caption_by_grammar = body[first_text].text, True
        dropped.append(DroppedLine(body[first_text].number, caption, "caption"))
        body = body[:first_text] + body[first_text + 1 :]
    for index in _unstopped_over_dateline(body, header.title):
        # `The corroded section of the main near Ambika Chowk, ...` / `KESARPUR: Taps in 14 wards ...`: what stands over
        # the paragraph that opens the story with its dateline is the photo's caption, or a deck looking ahead
        text = body[index].text
        if caption is None and not _LOOKS_AHEAD.search(text):
            caption, header.caption_by_grammar = text, True
            dropped.append(DroppedLine(body[index].number, text, "caption"))
        else:
            header.standfirst = header.standfirst or text
            dropped.append(DroppedLine(body[index].number, text, "standfirst"))
        body = body[:index] + [Line(body[index].number, "")] + body[index + 1 :]
    opening = _first_sentence(body)
    if caption is None and opening is not None and _credited_by_a_labelled_name(body, opening):
        # `The ferry Eyjan moored at Skarfabakki pier.` / `Mynd: Haraldur Jónsson`: the credit's label in the outlet's language
        credit = body[opening + 1]
        caption = body[opening].text
        dropped.append(DroppedLine(body[opening].number, caption, "caption"))
        dropped.append(DroppedLine(credit.number, credit.text, "photo-credit"))
        body = body[:opening] + body[opening + 2 :]
    for line in body:
        text = line.text
        if not text:
            kept.append(line)
            continue
        if under_caption and (_CREDIT_IN_BRACKETS_ALONE.match(text) or keyword_caption and _SHORT_NAME.match(text)
                              or toggled and _NAME_AND_OUTLET.match(text)):
            dropped.append(DroppedLine(line.number, text, "photo-credit"))  # `... = 7th, Manila` / `(Tokai Nippo)`
            under_caption = False
            continue
        under_caption = False
        if header.title and same_text(text, header.title):
            dropped.append(DroppedLine(line.number, text, "duplicate"))
        elif len(text) <= TIME_LINE_MAX_CHARS and body_time(text) is not None:
            if (header.stamp is None or _publishes_before_update(header, text) or adds_zone(header.stamp, body_time(text))
                    or _adds_clock(header.stamp, body_time(text), text)):
                # a date printed after the text, as video pages do; the published time under an `Updated` one;
                # the header's time printed again with its zone
                header.stamp_in_body = header.stamp_in_body or header.stamp is None
                header.stamp = body_time(text)
                header.stamp_updated = header.stamp_is_update = False
            dropped.append(DroppedLine(line.number, text, "time-line"))
        elif (opening := _OPENING_CREDIT.match(text)) and len(opening["caption"].split()) <= _CAPTION_MAX_WORDS:
            # `Photo: Tanvir Ahmed/Daily Meghna. Residents collect water ...`: the credit printed before its caption
            dropped.append(DroppedLine(line.number, opening["credit"], "photo-credit"))
            if caption is None:
                caption = opening["caption"]
            else:
                dropped.append(DroppedLine(line.number, opening["caption"], "caption"))
        elif caption and same_text(without_credit(text), caption):
            strip_credit(line, dropped)
            dropped.append(DroppedLine(line.number, without_credit(text), "caption"))
        elif caption and _says_more(caption, without_credit(text)) and ends_with_credit(text):
            # `Item 1 of 2 A patrol vessel sails near ...` / `[1/2]A patrol vessel sails near ..., in this handout picture
            # taken November 25, 2026. ... via REUTERS`: the gallery's alt text, then its caption in full
            caption = strip_credit(line, dropped)
            dropped.append(DroppedLine(line.number, caption, "caption"))
        elif _over_chart_credit(line, all_lines):
            dropped.append(DroppedLine(line.number, text, "caption"))  # a chart's title: no photo's caption
        elif (line.number in under_credits.values() or _under_caption_toggle(line, all_lines)
              or _is_caption(line, header.credit_lines - set(under_credits), all_lines)):
            if kept and _is_alt_text_over(kept[-1], line):
                alt = kept.pop()  # `A pharmacist hands a bag across a counter.` / `Pharmacists will ... (Name/Outlet)`
                dropped.append(DroppedLine(alt.number, alt.text, "image-alt"))
            stripped = strip_credit(line, dropped)
            if caption is not None and not header.caption_credited and caption == header.caption:
                if header.standfirst is None:
                    header.standfirst = caption
                else:  # a line under the headline, neither caption nor standfirst: reported, not lost
                    dropped.append(DroppedLine(header.caption_line, caption, "page-label"))
                caption = None
            if caption is None:
                caption = stripped
            else:
                dropped.append(DroppedLine(line.number, stripped, "caption"))
            under_caption = True
            keyword_caption = bool(_KEYWORD_CAPTION.match(text))
            toggled = _under_caption_toggle(line, all_lines)
        else:
            kept.append(line)
    return caption, kept


def _says_more(short: str, longer: str) -> bool:
    """`longer` opens with the words of `short` and goes on: the full caption of which `short` was the alt text."""
    short_words, longer_words = normal_text(short), normal_text(longer)
    return len(longer_words) > len(short_words) + _MORE_CAPTION_MIN_CHARS and longer_words.startswith(short_words)


# A caption in full says at least this many more characters than its alt text.
_MORE_CAPTION_MIN_CHARS = 10


def _is_alt_text_over(above: Line, caption: Line) -> bool:
    """A photo's description set tight over its credited caption: the image's alternative text, which a browser
    copies as a line of its own (Firefox does). A short one with no stop says in the caption's own words what the
    picture shows (`A Type-12 surface-to-ship missile launcher vehicle` / `A launcher for the upgraded Type-12
    surface-to-ship missile is seen in Kumamoto.` / `Courtesy of the Defense Ministry`), as Edge copies it."""
    if above.number == caption.number - 1 and _is_unstopped_alt(above.text, caption.text):
        return True
    return (above.number == caption.number - 1 and ends_with_credit(caption.text) and not ends_with_credit(above.text)
            and is_sentence(above.text) and len(above.text.split()) <= _ALT_TEXT_MAX_WORDS
            and may_describe_a_photo(above.text) and not vocab.ATTRIBUTED.search(above.text)
            # (`By Rachel Ostrander, a senior fellow at ...` over the photo is the byline with its bio)
            and not (vocab.BY_NAME.match(above.text) and not vocab.CONSENT_NOTICE.match(above.text)))


_ALT_TEXT_MAX_WORDS = 30
# A short alt text shares most of its words with the caption: at least this share of its longer words.
_UNSTOPPED_ALT_MAX_WORDS = 15
_UNSTOPPED_ALT_SHARED = 0.6
_CONTENT_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _is_unstopped_alt(text: str, caption: str) -> bool:
    if vocab.ends_sentence(text) or len(text.split()) > _UNSTOPPED_ALT_MAX_WORDS:
        return False
    words = {word.casefold() for word in _CONTENT_WORD.findall(text)}
    told = {word.casefold() for word in _CONTENT_WORD.findall(caption)}
    return len(words) >= 2 and len(words & told) >= _UNSTOPPED_ALT_SHARED * len(words)


# A labelled credit opening its caption's line, as South Asian sites print it: `Photo: Name/Outlet. Caption`,
# `Photo: Collected. Caption`. The credit is names (capitalised words, a slash between name and outlet).
_OPENING_CREDIT = re.compile(
    r"^(?P<credit>(?i:photo|image|picture|pic|photograph|file photo|courtesy)\s*:\s*"
    r"[A-Z][\w'’&-]*(?:(?:\s+|\s*/\s*)[A-Z&][\w'’&-]*){0,5})\.\s+(?P<caption>[A-Z].{15,})$"
)


# A caption's grammar: what the photo shows, in the present, on the past day it was taken
# (`Muddy water covers rice paddies beside the Ibuki River on June 18.`). A story's sentence
# tells that day in the past, or reports (`said`, `will`, `has`); a truncated paste opening in
# mid-story relates its sentence to what came before (`The ruling follows ...`).
_MONTH_NAME = r"(?:" + "|".join(sorted({name.rstrip(".") for name in vocab.TIMELINE_MONTHS}, key=len, reverse=True)) + r")"
_PHOTO_DAY = re.compile(
    r"\b(?:on|in|at|during)\s+(?:" + "|".join(vocab.TIMELINE_WEEKDAYS) + r"|"
    + _MONTH_NAME + r"\.?\s+\d{1,2}|\d{1,2}\s+" + _MONTH_NAME + r")\b"
)
_NOT_A_CAPTIONS_VERB = re.compile(
    r"\b(?:said|says|told|according|will|would|could|should|may|might|has|have|had|was|were|is|are|"
    r"follows|comes|marks|means|reflects|signals|adds)\b",  # in lower case: `May 20` is a month
)
# (a participle after a preposition or a possessive describes the noun after it: `near derailed tank cars`,
# `with flooded fields`, `past their damaged homes`)
_PAST_ED = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bnear )(?<!\bwith )(?<!\bof )(?<!\bpast )(?<!\bamong )"
                      r"(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bits )(?<!\bour )\b([a-z]{3,}ed)\b")
_PHOTO_CAPTION_WORDS = (5, 35)
# A sentence's end, not an abbreviation's (`Sept. 24`, `Rep. Kettering`): a word in lower case before the stop.
_SENTENCE_BREAK = re.compile(r"\b[a-z]{2,}[.!?](?:\s|$)")
_STORY_REACH = 3
_CAPTIONED_STORY_REACH = 8


# The same on a line of its own, under the sentence that opens the body: it credits that sentence's photo,
# whatever the label's language; an author's label (`Autor:`, `Reporter:`) or a role's is no credit.
_LABELLED_NAME = re.compile(r"^(?P<label>" + _ONE_WORD_LABEL + r")" + _NAME_AFTER_LABEL + r"$")


# A caption is rarely longer; a story's lead often is, and a label under the lead may be its author's.
_LABELLED_CAPTION_MAX_WORDS = 30
# Buttons and labels a share bar leaves over the story are this short.
_BUTTON_MAX_WORDS = 3


# The story's dateline paragraph is looked for among the body's first lines; a caption or a deck over it runs to
# this many words.
_DATELINE_REACH = 6
_NAME_OVER_DATELINE_WORDS = 4
_OVER_DATELINE_WORDS = (6, 35)


def _over_chart_credit(line: Line, all_lines: list[Line]) -> bool:
    """`Kariba reservoir usable storage, percent of capacity` / `Westline Graphics`: a short title over the credit of
    the desk that drew the chart (`all_lines` holds line n at index n - 1, so the next line is at index n)."""
    if len(line.text.split()) > _CHART_TITLE_MAX_WORDS:
        return False
    below = [other.text for other in all_lines[line.number : line.number + 3] if other.text][:2]
    if below and vocab.CHART_CREDIT.match(below[0]):
        return True
    # (its subtitle between: `Japan's 30-Year Yield at Record` / `Yield on benchmark 30-year government bond` /
    # `Source: Bloomberg`)
    if any("\t" in text or len(re.findall(r"\d[\d,.]*", text)) > 1 for text in (line.text, *below[:1])):
        return False  # a table's rows over its source, not a chart's title and subtitle
    return (len(below) == 2 and not vocab.ends_sentence(below[0]) and len(below[0].split()) <= _CHART_TITLE_MAX_WORDS
            and bool(vocab.CHART_CREDIT.match(below[1]) or _DATA_SOURCE.match(below[1])) and not vocab.ends_sentence(line.text))


# A chart's data source under its title and subtitle: `Source: Bloomberg`, `Sources: Ministry of Finance, LSEG`.
_DATA_SOURCE = re.compile(r"^(?:data\s+)?sources?\s*:\s*\S.{1,80}$", re.I)


_CHART_TITLE_MAX_WORDS = 15


def _unstopped_over_dateline(body: list[Line], title: str | None) -> list[int]:
    """Where the lines without a stop stand that are set right over the body's first paragraph when that opens with a
    dateline (`RIYADH:`, `LONDON (Reuters) -`): a story starts at its dateline, so they are no paragraph of it.
    A caption with a credit, or the headline printed again, may stand above them."""
    content = [index for index, line in enumerate(body) if line.text and not _before_the_photo(line.text)]
    content = content[:_DATELINE_REACH]
    for position, index in enumerate(content):
        if position == 0 or split_dateline(body[index].text)[0] is None:
            continue
        above = content[position - 1]
        text = body[above].text
        low, high = _OVER_DATELINE_WORDS
        if (vocab.ends_sentence(text) or ends_with_credit(text) or not low <= len(text.split()) <= high
                or title is not None and same_text(text, title) or not _LOWERCASE_WORD.search(text)):
            return []
        # only a credited caption, the headline again or a name may stand over it (`Next Up In Local News` / the next
        # video's title: a player's)
        if any(not ends_with_credit(body[other].text) and not (title is not None and same_text(body[other].text, title))
               and len(body[other].text.split()) > _NAME_OVER_DATELINE_WORDS for other in content[: position - 1]):
            return []
        return [above]
    return []


def _before_the_photo(text: str) -> bool:
    """`|` or `Last updated: 10 Oct. 2025 08:30` left between the header and the photo's caption."""
    return not any(character.isalnum() for character in text) or (
        len(text) <= TIME_LINE_MAX_CHARS and body_time(text) is not None)


def _first_sentence(body: list[Line]) -> int | None:
    """Where the body's first sentence stands, when only buttons' words come before it."""
    for index, line in enumerate(body):
        if is_sentence(line.text):
            return index
        if len(line.text.split()) > _BUTTON_MAX_WORDS:
            return None
    return None


def _credit_over_caption(body: list[Line], index: int) -> bool:
    """A short name, then on the very next line a caption's length with no stop, then a longer sentence."""
    if index + 2 >= len(body) or body[index + 1].number != body[index].number + 1:
        return False
    credit, caption = body[index].text, body[index + 1].text
    low, high = _CAPTION_UNDER_CREDIT_WORDS
    if not _SHORT_NAME.match(credit) or vocab.ends_sentence(caption) or not low <= len(caption.split()) <= high:
        return False
    story = next((line.text for line in body[index + 2 :] if line.text), "")
    return is_sentence(story) and len(story.split()) > len(caption.split())


# A bio's opening: a name, `is a` or `is an`, and a role within a few words (`is an associate professor of ...`).
_BIO_OPENING = re.compile(r"^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:is|was) (?:an?|the) (?P<words>(?:[\w-]+ ){0,3}[\w-]+)")


def _is_authors_bio(text: str) -> bool:
    found = _BIO_OPENING.match(text)
    return found is not None and any(word.lower() in vocab.ROLE_WORDS for word in found["words"].split())


def _under_its_credit(body: list[Line], index: int, credit_lines: set[int]) -> bool:
    """The body's first line stands right under a photo's credit, describes a photo in a sentence, and a longer
    sentence follows: the caption, its credit printed over it."""
    line = body[index]
    return (line.number - 1 in credit_lines and is_sentence(line.text) and may_describe_a_photo(line.text)
            and _longer_sentence_follows(body, index))


def _credited_by_a_labelled_name(body: list[Line], index: int) -> bool:
    """The body opens with a sentence and a labelled name under it: a caption and its credit."""
    if index + 1 >= len(body) or not is_sentence(body[index].text):
        return False
    if len(body[index].text.split()) > _LABELLED_CAPTION_MAX_WORDS:
        return False
    match = _LABELLED_NAME.match(body[index + 1].text)
    return (match is not None and not vocab.BYLINE_MULTILINGUAL.match(body[index + 1].text)
            and match["label"].lower() not in vocab.ROLE_WORDS)


def _captions_a_photo(body: list[Line], index: int) -> bool:
    """The body's first line is a photo's caption printed with no credit: a caption's grammar, a longer story under it."""
    text = body[index].text
    if ends_with_credit(text):
        return False  # a credited caption: read with its credit below
    words = len(text.split())
    low, high = _PHOTO_CAPTION_WORDS
    if not low <= words <= high or len(_SENTENCE_BREAK.findall(text)) > 1:
        return False
    if not (_PHOTO_DAY.search(text) or describes_a_photo(text) or _unstopped_scene(text)):
        return False  # (`... alongside the jetty on a grey Wednesday morning.`: the present for a moment past)
    if (_NOT_A_CAPTIONS_VERB.search(text) or _tells_the_past(text)) and not _PLACE_IN_PICTURE.search(text):
        return False  # (people placed in the picture, `(left)`, make a caption in any tense)
    return _longer_sentence_follows(body, index)


def _longer_sentence_follows(body: list[Line], index: int) -> bool:
    """The story under a caption's line: a longer sentence, maybe after a box's label or two (`Quick Reads`), or a
    summary's heading and its items (`What we know` / ...)."""
    words = len(body[index].text.split())
    following = [line.text for line in body[index + 1 :] if line.text][:_CAPTIONED_STORY_REACH]
    return any(len(other.split()) > words and is_sentence(other) for other in following)


# A scene's place: `at a tanker point in Kalpohin`, `outside the Supreme Court`.
_SCENE_PLACE = re.compile(
    r"\b(?:at|in|outside|near|inside|along|on)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,3}?[A-Z][a-z]+"
)


# The small words a line of people and their titles holds (`... with the Prime Minister of Japan, Kenshiro Okabe`).
_TITLE_SMALL_WORDS = frozenset({"with", "the", "of", "and", "for", "de", "van", "von"})


def _names_with_names(text: str) -> bool:
    """`NATO Secretary General Anders Lindqvist with the Prime Minister of Japan, Kenshiro Okabe`: people with their
    titles, side by side in a picture, no verb between; every word but the small ones capitalised."""
    words = [word.strip(",") for word in text.split()]
    if any(_GLUED_CAPITALS.search(word) for word in words):
        return False  # `ArrowArtboardCreated with Sketch.Title ChevronTitle ...`: icons' names glued, no people
    small = [word for word in words if word and not word[0].isupper()]
    return "with" in small and all(word in _TITLE_SMALL_WORDS for word in small) and len(words) - len(small) >= 4


_GLUED_CAPITALS = re.compile(r"[a-z][A-Z]|\.[A-Z]")


def _unstopped_scene(text: str) -> bool:
    """A line with no stop that shows people somewhere, as a caption does (`Residents queue with yellow gallons at a
    tanker point in Kalpohin, Tamale`): a story's first paragraph ends with a stop, and a deck tells the news in its
    tenses."""
    if not vocab.ends_sentence(text) and _names_with_names(text):
        return True
    return (not vocab.ends_sentence(text) and ":" not in text and _SCENE_PLACE.search(text) is not None
            and not _NEWS_TENSE.search(text) and not _LOOKS_AHEAD.search(text)
            and not _UNSTOPPED_NOT_A_SCENE.search(text))


# A headline's infinitive (`Harmon Biologics to add 220 jobs at Riverton plant`) and a button's imperative (`Please turn
# on JavaScript to use this feature`, `Read this page in Welsh`) are no scene.
_UNSTOPPED_NOT_A_SCENE = re.compile(
    r"\bto (?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)[a-z]{2,}\b"
    r"|^(?i:please|read|click|tap|watch|listen|see|view|follow|sign|subscribe|share|download|get|turn|enable|log)\b"
)


# A photographer's name and the outlet's, no mark between: `Rene Okonkwo-Lapierre Toronto Ledger`, `Ana Ruiz The Star`.
_PHOTOGRAPHER_AND_OUTLET = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2} (?:The )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2} (?i:"
    + "|".join(sorted(vocab.OUTLET_WORDS)) + r")$"
)


def _names_a_day_to_come(text: str, stamp: object) -> bool:
    """The line names a day after the publication's (`returns to the waterfront on Saturday 12 December`, published on
    3 December): a photo shows what has been, so the line announces, as a release's first paragraph does."""
    if not isinstance(stamp, PublicationTime):
        return False
    published = stamp.value.date()
    for month, day in dateline_dates(text):
        try:
            named = published.replace(month=month, day=day)
        except ValueError:
            continue
        if published < named <= published + timedelta(days=_ANNOUNCED_DAYS_AHEAD):
            return True
    return False


_ANNOUNCED_DAYS_AHEAD = 45  # a month named further ahead may as well be last year's


def _tells_the_past(text: str) -> bool:
    lowered = text.lower()
    if set(re.findall(r"[a-z]+", lowered)) & vocab.PAST_WORDS:
        return True
    # (a participle opening the line describes the noun after it: `Exposed banks at the reservoir on Monday.`)
    after_first = lowered.split(" ", 1)[1] if " " in lowered else ""
    return any(found not in vocab.NOT_PAST_ED for found in _PAST_ED.findall(after_first))


def _adds_clock(stamp: object, found: object, text: str) -> bool:
    """`Updated 15 June 2025` over the byline, `June 15, 2025 20:44` under it: the same day with its clock, no
    update's label, is the story's time."""
    return (isinstance(stamp, PublicationTime) and isinstance(found, PublicationTime) and not stamp.has_time
            and found.has_time and stamp.value.date() == found.value.date() and not is_update_line(text))


def _publishes_before_update(header: Header, text: str) -> bool:
    """`Updated 22 September 2025` atop the header, `September 21, 2025 22:40` under the byline:
    an unlabelled time earlier than the update time read is the publication time."""
    if not header.stamp_is_update or is_update_line(text):
        return False
    found, update = body_time(text), header.stamp
    return (isinstance(found, PublicationTime) and isinstance(update, PublicationTime)
            and found.value.replace(tzinfo=None) <= update.value.replace(tzinfo=None))


_PHOTO_REASONS = frozenset({"caption", "photo-credit", "image-alt", "standfirst", "page-label"})
# A caption printed under its credit has no full stop and runs to about this many words.
_CAPTION_UNDER_CREDIT_WORDS = (4, 30)
# ... and one in a sentence, this many (the story's first paragraph under a credit runs longer).
_SENTENCE_UNDER_CREDIT_MAX_WORDS = 20


def captions_under_credits(credit_lines: set[int], all_lines: list[Line], dropped: list[DroppedLine]) -> dict[int, int]:
    """The captions of a page that prints each photo's credit over its caption (`Getty Images` /
    `Hanase's small fishing port is also home to a coastguard station`), as a broadcaster's
    phone copy does; empty for a page that prints the credit under the caption.

    The page's habit shows at a credit with no caption above it (a byline, a button or nothing
    stands there) and a caption-shaped line under it; then every credit with such a line under it
    heads that caption. Returns each such credit's line number and its caption's.
    """
    # (a caption or a credit read already is no chrome: `caption` / `HIRO KOMATSU/REUTERS` / story prints credits under captions)
    chrome = {line.number for line in dropped if line.reason not in _PHOTO_REASONS}

    def caption_under(number: int) -> int | None:
        below = next((line for line in all_lines[number:] if line.text), None)
        if below is None or below.number in chrome or below.number in credit_lines:
            return None
        if is_sentence(below.text) and (not may_describe_a_photo(below.text)
                                        or len(below.text.split()) > _SENTENCE_UNDER_CREDIT_MAX_WORDS):
            return None  # (a short sentence telling what a picture shows may be its caption: `Soldiers walk past ... on Tuesday.`)
        low, high = _CAPTION_UNDER_CREDIT_WORDS
        return below.number if low <= len(below.text.split()) <= high else None

    def nothing_above(number: int) -> bool:
        above = next((line for line in reversed(all_lines[: number - 1]) if line.text), None)
        return above is None or above.number in chrome or len(above.text.split()) < _CAPTION_UNDER_CREDIT_WORDS[0]

    def joined_below_only(number: int, below: int) -> bool:
        # `...clear out."` / blank / `Name/Outlet` / `What the photo shows`: a paste that keeps blank lines
        # between paragraphs sets the credit apart from the line above and joins it to its caption
        return below == number + 1 and number >= 2 and not all_lines[number - 2].text

    found = {number: below for number in credit_lines if (below := caption_under(number)) is not None}
    if not any(nothing_above(number) or joined_below_only(number, below) for number, below in found.items()):
        return {}
    return found


def _under_caption_toggle(line: Line, all_lines: list[Line]) -> bool:
    """`Show Caption` / `Hide Caption` / `Rep. Glenn Hartwell ... speaks to reporters outside the Capitol.`: the line
    under a caption's toggle button is the caption."""
    if not _CAPTION_MIN_WORDS <= len(line.text.split()) < _CAPTION_MAX_WORDS or split_dateline(line.text)[0]:
        return False  # (`TOKYO (AP) — ...` under the toggles: the story's lede)
    above = text_above(all_lines, line.number)
    if _CAPTION_TOGGLE.match(above):
        # (caption / credit / `Show Caption` / `Hide Caption` / story: the buttons close the caption over them)
        buttons_over = [other.text for other in reversed(all_lines[: line.number - 1]) if other.text][:3]
        return not (len(buttons_over) == 3 and _CAPTION_BUTTON.match(buttons_over[1])
                    and vocab.CLUTTER_LINE_PATTERNS["photo-credit"].match(buttons_over[2]))
    # `click to enlarge` / `MARISOL TREVINO` / caption: an alternative weekly's photo, its credit between the button
    # and the caption
    two_above = [other.text for other in reversed(all_lines[: line.number - 1]) if other.text][:2]
    if _CLICK_TO_ENLARGE.match(above) or len(two_above) == 2 and _CLICK_TO_ENLARGE.match(two_above[1]) and (
            _SHORT_NAME.match(two_above[0]) or vocab.CLUTTER_LINE_PATTERNS["photo-credit"].match(two_above[0])):
        return is_sentence(line.text)
    # `Enlarge this image` / caption / credit / `hide caption`: the enlarge button heads a caption its toggle closes
    below = [other.text for other in all_lines[line.number : line.number + 3] if other.text]
    return bool(_ENLARGE.match(above)) and any(_CLOSING_TOGGLE.match(text) for text in below)


# A paragraph this long over the agency's name alone is the story's last, signed; a caption is shorter.
_SIGNED_PARAGRAPH_MIN_WORDS = 25


# A credit that names the picture, whatever the caption's tense: `— Filepic`, `— Bernama pic`, `— Photo: ...`.
_PICTURE_WORD = re.compile(r"pic|photo|image|file", re.I)


def _signed_by_agency(text: str) -> bool:
    """`... the minister said. - Bernama`: a reported sentence closed by an agency's name alone is signed, not credited."""
    found = _credit_match(text)
    credit = found[1].strip("-–—|() .").casefold() if found else ""
    if (found and _DESK_AFTER_DASH.search(text) and not _PICTURE_WORD.search(found[1])
            and (vocab.ATTRIBUTED.search(text[: found[0]]) or _LOOKS_AHEAD.search(text))):
        return True  # `... possibly with Australia. – Rappler.com`, `... expected to arrive in June. – Kapuluan News`
    return credit in vocab.AGENCY_NAMES | _SIGNING_AGENCIES and bool(vocab.ATTRIBUTED.search(text[: found[0]]))


def _signed_as_datelined(line: Line, all_lines: list[Line]) -> bool:
    """`... to convert it into law. (Orbis)` under a story opening `Rome, 13 Mar 06:12 - (Orbis) - ...`: the agency
    its dateline names, in brackets closing a paragraph under the dateline, signs the story; it credits no photo
    (over the dateline, `... in Seoul on Feb. 10, 2026. (Yonhap)` is the agency's photo)."""
    found = _credit_match(line.text)
    credit = found[1].strip() if found else ""
    if not (credit.startswith("(") and credit.endswith(")")):
        return False
    return any(credit in other.text[:_DATELINE_AGENCY_CHARS] and split_dateline(other.text)[0] is not None
               for other in all_lines[: min(line.number - 1, _DATELINE_SEARCH_LINES)] if other.text)


_DATELINE_AGENCY_CHARS = 80
# The story's dateline opens its first paragraph, among the page's first lines (a bound that keeps the search linear).
_DATELINE_SEARCH_LINES = 120


# Agencies that sign their stories with their name alone at the end, as they credit their pictures.
_SIGNING_AGENCIES = frozenset({"jiji", "bernama", "antara", "pna", "vna", "cna", "anadolu", "aa", "wam", "tass", "pti", "ians",
                               "app", "bss", "kuna", "spa", "mena", "apa", "nan", "gna", "kpl", "akp", "mna"})


def _is_caption(line: Line, credit_lines: set[int], all_lines: list[Line]) -> bool:
    """A short line closed by a credit, standing right above a credit line, or right under an
    image's label printed alone (`Image:` / `Tomás Ellery has scored four goals ...`)."""
    if without_credit(line.text).count(" ") >= _CAPTION_MAX_WORDS:
        return False  # (a military photo's long credit, `(U.S. Navy photo by Mass Communication Specialist ...)`, aside)
    if _is_authors_bio(line.text):
        return False  # `Lucas Brenner is an associate professor ...` / `Image: ...`: the bio over the essay's image credit
    if _FILE_PHOTO.match(line.text):
        return True  # `This file photo, taken ..., shows ... (Seorin)`: a picture's caption, though the agency signs it
    if _PICTURE_AS_SUBJECT.match(line.text) and is_sentence(line.text) and len(_SENTENCE_BREAK.findall(line.text)) <= 1 \
            and not vocab.ATTRIBUTED.search(line.text):
        return True  # `Japanese Joint Staff Office map of Fujian carrier group movements released on Nov. 30, 2026.`
    if ends_with_credit(line.text) and len(re.findall(r"[^\W\d_]{2,}", without_credit(line.text))) >= _CAPTION_MIN_WORDS:
        # (`UCN Sans ™ & © 2016 United Cable News.`: a font's notice, no caption; `..., he said. - Bernama`: the
        # agency signing the story's last paragraph)
        return not _signed_by_agency(line.text) and not _signed_as_datelined(line, all_lines)
    if (vocab.LABELLED_CAPTION.match(line.text) or _FILE_PHOTO.match(line.text) or _DAY_AND_PLACE_CAPTION.match(line.text)
            or _KEYWORD_CAPTION.match(line.text)):
        return True
    if _CAPTION_TOGGLE.match(text_below(all_lines, line.number)) and len(line.text.split()) >= _LABELLED_CAPTION_MIN_WORDS:
        return True  # caption / `hide caption` / `toggle caption` / credit, as a public radio's page copies
    above = text_above(all_lines, line.number)
    if ((_IMAGE_LABEL_ALONE.match(above) or vocab.CAPTION_LABEL_ALONE.match(above))
            and len(line.text.split()) >= _LABELLED_CAPTION_MIN_WORDS):
        return True  # `Image:` / caption, `Image caption,` / caption
    below = next((other.number for other in all_lines[line.number :] if other.text), None)
    if _GALLERY_COUNTER.match(above) and below in credit_lines and len(line.text.split()) >= _LABELLED_CAPTION_MIN_WORDS:
        return True  # `Photo 3 of 8` / caption / credit (a counter printed under its photo's credit heads the story instead)
    # (`caption` / `-` / `Copyright AP Photo/Geert Vanlaere`: a rule may stand between a caption and its credit)
    following = next((other.number for other in all_lines[line.number :] if other.text and not vocab.SEPARATOR_LINE.match(other.text)), None)
    if following is None or vocab.LABELLED_CAPTION.match(under := text_below(all_lines, following)) or (
            vocab.CAPTION_LABEL_ALONE.match(under)):
        return False  # `Image source, X` / `Image caption, Y`: the credit heads the caption under it, not the line above
    # (the agency in brackets too: `(AFP)` under a wire story's last paragraph)
    signed = text_below(all_lines, line.number).strip("()[] ").casefold() in vocab.AGENCY_NAMES | _SIGNING_AGENCIES
    if following in credit_lines and signed and (vocab.ATTRIBUTED.search(line.text) or len(line.text.split()) >= _SIGNED_PARAGRAPH_MIN_WORDS):
        return False  # `..., government sources said.` / `KYODO`: the agency signing the story, not a photo's credit
    if vocab.BY_NAME.match(line.text.strip("()[] ")):
        return False  # `(By Chen Yu-ting and Kay Liu)` / `Enditem/ASG`: the story's writers over its end mark
    if len(_SENTENCE_THEN_SENTENCE.findall(line.text)) >= _CAPTION_MAX_SENTENCES:
        return False  # a paragraph of the story over an illustration's credit, the picture uncaptioned
    return following in credit_lines and (is_sentence(line.text) or len(line.text.split()) >= _UNSTOPPED_CAPTION_MIN_WORDS)


# A caption says what the picture shows in a sentence, two at most (`... on Tuesday. The pier closed in 2019.`).
_CAPTION_MAX_SENTENCES = 2
# A sentence's end with another sentence after it (not an abbreviation's: `U.S. Navy`).
_SENTENCE_THEN_SENTENCE = re.compile(r"\b[a-z]{2,}[.!?][\"”’')]*\s+[\"“‘']?[A-Z]")


# A wire's caption of a picture from its archive: `FILE - Workers walk past a nickel plant ..., Jan. 12, 2024.`
# A tabloid's caption closes with a note that the picture is an old one: `... a similar design (file photo)`.
_FILE_PHOTO = re.compile(r"^FILE\s*[-–—]\s+[A-Z].{10,}|^FILE PHOTO:\s+[A-Z].{10,}|"
                         # (a Korean agency's: `This file photo, taken Oct. 20, 2026, shows ...`)
                         r"^(?:This|The) (?:file )?(?:photo|picture|image)(?:, (?:taken|provided|released) .{2,40}?,)? shows [a-zA-Z].{10,}|"
                         r"^[A-Z].{20,}\s\((?i:file|stock|library|archive) (?i:photo|image|picture|pic)\)\.?$")
# A Japanese or Korean paper's caption closes with the day and place the picture was taken, after an equals
# sign: `Meeting of the heads of the coast guards = 7th, Manila`, `... = Feb. 7, Seoul`.
_DAY_AND_PLACE_CAPTION = re.compile(
    r"^[A-Z].{10,}\s=\s?(?:\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]{2,8}\.? \d{1,2})(?:,\s*[A-Z][\w .'’-]{1,30})?$"
)
# A caption opening with a keyword in capitals and a stop, as Philippine outlets print theirs:
# `CONTINGENCY. Migrant Workers Secretary Lorna Villafuerte faces senators at a hearing on Friday.`
_KEYWORD_CAPTION = re.compile(r"^[A-Z]{3,}(?: [A-Z]{2,}){0,3}\. (?=[A-Z])(?=.{20,}$)(?!.*\b(?:said|says|told)\b)")
# Under such a caption, its credit alone: `Senate PRIB`, `Jire Carreon/Rappler`.
_SHORT_NAME = re.compile(r"^[A-Z][\w.'’&/-]*(?: [A-Z][\w.'’&/-]*){0,3}$")
# The button a page prints over a photo's open caption: `Show Caption` / `Hide Caption` / caption / credit.
# (`Show Caption` alone may stand over the story where the caption was not copied; `Hide Caption` shows it was open.)
_CAPTION_TOGGLE = re.compile(r"^(hide|collapse) (the )?caption\W*$", re.I)
_CAPTION_BUTTON = re.compile(r"^(show|hide|collapse|expand|toggle) (the )?caption\W*$", re.I)
_ENLARGE = re.compile(r"^enlarge this (image|photo)\W*$", re.I)
_CLICK_TO_ENLARGE = re.compile(r"^(click|tap)( here)? to (enlarge|expand|zoom)( (the )?(image|photo))?\W*$", re.I)
_CLOSING_TOGGLE = re.compile(r"^(hide|toggle) caption\W*$", re.I)
# A photographer and an outlet on the line under such a caption: `Jack Marlowe, NATIONWIDE TODAY`, `Marcus Bell/Harlan Valley Courier`.
_NAME_AND_OUTLET = re.compile(r"^[A-Z][\w.'’ -]{1,40}(?:,\s*|\s*/\s*)[A-Z][\w.'’ &-]{1,40}$")
# A credit printed alone in brackets under a caption: `(Tokai Nippo)`.
_CREDIT_IN_BRACKETS_ALONE = re.compile(r"^\((?:[A-Z][\w'’.&-]*)(?: [A-Z][\w'’.&-]*){0,3}\)$")
# An image's label printed alone on its line, the caption on the next: `Image:`, `Photo:`.
_IMAGE_LABEL_ALONE = re.compile(r"^(image|photo|picture|pic|foto|bild)\s*:?$|^photo\s*/\s*illu?s?t?ration$", re.I)
# A gallery's counter over each photo's caption: `Photo 3 of 8`, `2 / 6`.
_GALLERY_COUNTER = re.compile(r"^((photo|image|picture|slide)\s+)?\d{1,3}\s*(/|of)\s*\d{1,3}$", re.I)
# Under such a label a caption is a few words at least; one or two are a credit's name.
_LABELLED_CAPTION_MIN_WORDS = 5


# Over a credit line in the body, a caption with no stop has this many words; shorter, a subheading.
_UNSTOPPED_CAPTION_MIN_WORDS = 5
# Over a credit line, a caption of this many words; fewer are a label or a name.
CREDITED_CAPTION_MIN_WORDS = 6


# A photo's caption tells what the picture shows as it happens: the people's places in it (`(left)`,
# `(second from right)`), or the present tense for a moment already past (`A train leaves Nishiyama
# Station on Wednesday.`, `Soldiers take part in a drill in Tainan in July.`). A standfirst tells the
# news in its tenses (`will`, `has`, `-ed`, `said`). Without a tagger the present shows only as a word
# in -s before the moment (the verb, or the plural subject of one): evidence, not proof, weighed only
# for a sentence under the headline, where a caption over the byline looks like a standfirst.
# (or between commas, as US papers print it: `Tobias Ferrante, left, and Ines Akhtar outside ...`)
_PLACE_IN_PICTURE = re.compile(r"\((?:far |second |third )?(?:from )?(?:left|right|centre|center|front|back|top|bottom|L|R|C)\)"
                               r"|(?<=[a-z]), (?:far |second |third )?(?:from )?(?:left|right|centre|center),(?= )")
_S_ENDING_WORD = re.compile(r"(?<=[a-z\d’')] )(?!(?:says|tells|warns|claims|plans|wants|hopes|faces|seeks|is|has|was)\b)[a-z]{3,}[^s\W]s\b")
_MOMENT_PAST = re.compile(
    r"\b(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?\b"
    r"|\b(?:yesterday|last (?:week|month|year|night))\b|\bin (?:" + vocab.ENGLISH_MONTH + r")(?: \d{4})?\b"
    r"|\bon (?:" + vocab.ENGLISH_MONTH + r")\.? \d{1,2}\b|\bon \d{1,2} (?:" + vocab.ENGLISH_MONTH + r")\b"
)
_NEWS_TENSE = re.compile(
    r"\b(will|would|has|have|had|was|were|said|says|could|should|may|might|plans|is set|[a-z]{2,}ed"
    # simple pasts only: `vocab.PAST_WORDS` holds participles too, and `the chosen design` is no tense
    r"|fell|rose|met|took|made|went|came|won|lost|began|told|gave|left|sent|held|chose|struck|hit)\b"
)
_PHOTO_DESCRIPTION_MAX_WORDS = 40


_LOOKS_AHEAD = re.compile(r"\b(will|won['’]t|is set to|are set to|is expected to|are expected to|plans to|is to|are to)\b", re.I)


# A caption whose subject is its picture, its owner before it: `Japanese Joint Staff Office map of ...`, `A satellite
# image of the island taken on Nov. 3.`
_PICTURE_AS_SUBJECT = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:(?-i:[A-Z]\.){1,3}|(?-i:[A-Z])[\w'’-]*)\s+){0,6}"
    r"(?:map|photo|photograph|image|satellite image|graphic|chart)\s+(?:of|showing|shows)\s"
    # (a story's sentence about a picture has its own verb: `A photo showing rows of warships has been shared ...`)
    r"(?!.*\b(?:has|have|had|was|were|is|are|will|would|said|says|went|became)\b)", re.I)
# A caption that names its picture: `... in an image released on December 17, 2026`, `... in this handout photo`.
_NAMES_THE_PICTURE = re.compile(r"\bin (?:an?|this|the) (?:undated |handout |file |aerial |satellite )?(?:image|photo|photograph|picture)"
                                r"(?: taken| released| provided| made available| shared)?\b", re.I)


# What the picture shows, told in its own passive: `A Type-12 launcher is seen during an exercise ...`, `Protesters are
# pictured outside ...` (`is seen as a signal` judges, and shows nothing).
_SEEN_IN_PICTURE = re.compile(r"\b(?:is|are) (?:pictured|seen|shown)\b(?! as\b)(?! to\b)(?! by\b)")


def describes_a_photo(text: str) -> bool:
    """Whether a line reads as a photo's caption by its grammar: people placed in the picture, or a
    present-tense verb for a moment already past, with no word of the news's tenses."""
    if _PLACE_IN_PICTURE.search(text) or _NAMES_THE_PICTURE.search(text) or _SEEN_IN_PICTURE.search(text):
        return True
    if len(text.split()) > _PHOTO_DESCRIPTION_MAX_WORDS or _NEWS_TENSE.search(text):
        return False
    present = _S_ENDING_WORD.search(text)
    return present is not None and _MOMENT_PAST.search(text, present.end()) is not None


def may_describe_a_photo(text: str) -> bool:
    """Whether a line may be a photo's caption by its grammar alone, with nothing else to tell: one sentence in the
    present tense (`A pharmacist checks the shelf at a drugstore in Halverton.`), no word of the news's tenses nor of
    what is to come. Weaker than `describes_a_photo`: it needs a credit under it to count."""
    if describes_a_photo(text):
        return True
    if len(text.split()) > _PHOTO_DESCRIPTION_MAX_WORDS or len(_SENTENCE_BREAK.findall(text)) > 1:
        return False
    return bool(_S_ENDING_WORD.search(text)) and not _NEWS_TENSE.search(text) and not _LOOKS_AHEAD.search(text)


def may_show_a_scene(text: str) -> bool:
    """Weaker still than `may_describe_a_photo`, for a line whose credit names the outlet itself: one sentence with
    no word of the news's tenses nor of what is to come, its verb maybe a plural's (`Members of the Ground
    Self-Defense Force and U.S. Marines take part in a joint exercise ...`)."""
    return (may_describe_a_photo(text) or len(text.split()) <= _PHOTO_DESCRIPTION_MAX_WORDS
            and len(_SENTENCE_BREAK.findall(text)) <= 1 and not _NEWS_TENSE.search(text)
            and not _LOOKS_AHEAD.search(text) and not vocab.ATTRIBUTED.search(text))


_LOWERCASE_WORD = re.compile(r"(?<![\w.])[a-z]{3,}\b")


# A sentence that tells the reader what to do opens with its verb: an alert's advice, a box's instruction.
_TELLS_READER = re.compile(r"^(?:do not|don['’]t|never|please|stay|keep (?:away|out|clear)|avoid|evacuate|call|click|tap|"
                           r"sign up|subscribe|listen|follow us|check (?:back|your)|watch live)\b", re.I)


# A caption describes a picture; it never speaks as `I` (quoted words aside).
_FIRST_PERSON = re.compile(r"\b(?:(?-i:I)|me|my|mine)\b", re.I)


def credit_under(line: Line, result: Header, context: HeaderContext) -> bool:
    """A photo's credit on the next line. An agency's name alone right over the time line (`JIJI` / `Nov 27, 2026`)
    under a sentence that no photo's caption would be (`Four more large cutters will be assigned ...`) is the story's
    source, and the sentence the deck."""
    if line.number + 1 not in result.credit_lines:
        return False
    return (line.number + 1 not in context.credits_over_time or not is_sentence(line.text)
            or may_describe_a_photo(line.text))


def has_caption_evidence(line: Line, result: Header, context: HeaderContext) -> bool:
    """A caption shows itself: a closing credit, or a sentence above a headline still to come.

    A sentence under the headline with no credit is the standfirst instead.
    """
    if (ends_with_credit(line.text) or _FILE_PHOTO.match(line.text) or vocab.LABELLED_CAPTION.match(line.text)
            or line.number in context.under_caption_label):
        return True  # (`Image caption, Keiko Sato holds ...`: labelled as one, maybe on the line above)
    if (line.number in context.above_illustration and result.title_line == line.number - 1
            and not vocab.ends_sentence(line.text)):
        # headline / `Its leaders just wish they did not have to say so out loud` / `Illustration: Petra Lindqvist`: a
        # magazine's rubric over its drawing, which has no caption
        return False
    if (result.title_line == line.number - 1 and not vocab.ends_sentence(line.text)
            and _SENTENCE_THEN_SENTENCE.search(line.text) and not ends_with_credit(line.text)):
        # headline / `Chinese patrols now linger for weeks. Tokyo's answer is costly and slow` / `Photograph: Kyodo`: a
        # weekly's rubric, two sentences with no last stop, over an uncaptioned photo's credit
        return False
    if credit_under(line, result, context) and len(line.text.split()) >= CREDITED_CAPTION_MIN_WORDS:
        return True  # its credit on the next line: a caption with no stop (`... after completing his move`)
    if (line.number - 1 in result.credit_lines or line.number in context.under_outlet) and (
            is_sentence(line.text) and may_describe_a_photo(line.text)):
        # its credit on the line above, as a Japanese daily prints it (`Courtesy of the Japan Coast Guard`, or the paper's
        # own name under the headline: `The Akebono Shimbun`)
        return True
    if (result.title is not None and result.stamp is not None and line.number in context.above_outlet
            and len(line.text.split()) >= CREDITED_CAPTION_MIN_WORDS):
        # headline / time / `A Ground Self-Defense Force camp on Yonaguni Island` / `The Hokuto Shimbun`: the outlet's
        # own photo (over the time line, a line above the outlet's name is a newsletter's subtitle)
        return True
    if line.number in context.summarised:
        return False  # `Summary` / `The Senate voted 68-31 to approve ...`: the summary's first point, no photo's caption
    if result.title is not None and _PLACE_IN_PICTURE.search(line.text):
        return True  # `Minister Morishita (right) welcomes ...`: people placed in a picture, stop or none
    if not is_sentence(line.text) or len(line.text.split()) < _CAPTION_MIN_WORDS or vocab.LIST_ITEM.match(line.text):
        return False  # (`Thank You!` in a feedback form, `• The Senate voted ...` in a summary box: no caption)
    if not _LOWERCASE_WORD.search(line.text):
        return False  # `D.C., Md. & Va.`: a menu's item of abbreviations; a caption's sentence has words in lower case
    if _TELLS_READER.match(line.text):
        return False  # `Stay out of the sea and away from river mouths.`: advice to the reader, no photo's caption
    if _FIRST_PERSON.search(re.sub(r"[\"“][^\"”]*[\"”]", " ", line.text)):
        return False  # `Two things stood out for me in this piece: ...`: someone sharing the story speaks, no caption does
    if result.title is None:
        return context.headline > line.number
    if credit_under(line, result, context) or (
        line.number + 2 in result.credit_lines
        and line.number not in context.before_byline and line.number not in context.above_time
    ):
        # a photo credit printed under it, even with the byline after that; a byline between the two is the
        # header's own, and so is a time line (`Deck` / `By Lena Ito February 5, 2026` / `Credit: Depositphotos`:
        # an uncaptioned photo)
        return True
    if describes_a_photo(line.text):
        return True  # `A two-car train leaves Nishiyama Station on Wednesday.` over the byline: no summary
    # Under the headline a sentence is the photo's caption (headline, caption, time line), unless
    # the byline follows it: headline, standfirst, byline is how outlets print a summary.
    # A photo shows what is, never what will be: a sentence looking ahead is the standfirst
    # (`Passengers will be able to tap a card ...` between the headline and the time line).
    return line.number not in context.before_byline and not _LOOKS_AHEAD.search(line.text)


def alt_texts(lines: list[Line]) -> set[int]:
    """Lines that a later line near them repeats with more words: an image's alt text, then its caption.

    `A ferry leaving the harbour` above the headline, `A ferry leaving the harbour at dusk.
    (Photo: ...)` under it. A line repeated word for word is a headline printed twice instead.
    """
    content = [(line.number, normal_text(line.text[:_ALT_TEXT_COMPARED_CHARS])) for line in lines if line.text]
    found = set()
    for index, (number, text) in enumerate(content):
        later = content[index + 1 : index + 1 + ALT_TEXT_REACH]
        if len(text) >= _ALT_TEXT_MIN_CHARS and any(
            other.startswith(text) and len(other) > len(text) + 5 for _, other in later
        ):
            found.add(number)
    return found
