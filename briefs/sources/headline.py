"""The headline of a pasted article: the header line that scores best as one.

A headline is a line of a few words that starts like a title and does not end like a
sentence (`looks_like_headline`). Several header lines may look so; `choose_headline`
scores them by features rather than wording: length (headlines run to about ten words),
name shape (three or four capitalised words with no verb in lower case read as a site's
or an office's name), order (the first headline-shaped line is the headline, the next a
subtitle) and closeness to what follows a headline (the time line, the byline, the body).
Never a candidate: clutter, times, bylines, captions, alt text, breadcrumbs and the outlet's
name (`is_outlet_name`: named again in the copyright line, or a short name atop the page).
An outlet's label printed in brackets with the headline is split off (`split_outlet_label`).
A headline printed under the time line (`take_late_headline`) replaces none found, or one
shaped like a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefs.model import DroppedLine
from briefs.sources import vocab
from briefs.sources.byline import is_person_name, read_byline
from briefs.sources.caption import ends_with_credit
from briefs.sources.clutter import clutter_reason, is_field_label
from briefs.sources.lines import (
    Header,
    HeaderContext,
    Line,
    is_label,
    is_post_sentence,
    is_prose,
    is_title_cased,
    may_name_a_section,
    normal_text,
    word_count,
)
from briefs.sources.time_line import TIME_LINE_MAX_CHARS, find_time

# A headline is a line of a few words that does not read as a sentence.
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MIN_WORDS = 3
# A headline found under the time line is short.
_LATE_HEADLINE_MAX_WORDS = 15
_LATE_TITLE_CASED_MAX_WORDS = 26
# A headline under the time line replaces a header line shaped like a name only when it has this many words.
_LATE_HEADLINE_OVER_NAME_WORDS = 5


def looks_like_headline(text: str) -> bool:
    """A few words, starting like a title, not ending like a sentence (nor labelled as a caption)."""
    if word_count(text) < _HEADLINE_MIN_WORDS or len(text) > _HEADLINE_MAX_CHARS or vocab.LABELLED_CAPTION.match(text):
        return False
    caseless = text[0].isalpha() and not text[0].islower() and not text[0].isupper()  # 港, 서울
    text = _LEADING_PICTOGRAPHS.sub("", text) or text  # `🛡 VALDORIA AND KESTMARK ...`: the words after the pictograph count
    marker = _LEADING_MARKER.match(text)  # `(LEAD) Exports rise ...`, `[EXCLUSIVE] ...`: the words after it count
    first = text[marker.end()] if marker and marker.end() < len(text) else text[0]
    starts_like_a_title = first.isupper() or first.isdigit() or first in "\"“‘'「$£€¥₹" or caseless
    if text.endswith(":") or _CONTACT_DETAILS.search(text):
        return False  # `Check out this story from Northlight News:`, a letterhead's address and telephone
    if _is_figures_line(text):
        return False  # `Left 20% Center 50% Right 30%`: a widget's bar of shares
    if is_post_sentence(text):
        return False  # `Dockworkers ... ended their walkout this morning after ... two years 🎉`: a post's first sentence
    return starts_like_a_title and (not _ends_with_stop(text) or is_title_cased(text, _STOPPED_TITLE_SHARE))


# Shares (`20%`, `-1.4%`) that make up this much of a line's words: a widget's figures, no headline's
# (`Inflation rises to 3.2% as core prices climb 2.9%` holds two in nine words).
_PERCENTAGE = re.compile(r"^[+\-−]?\d[\d.,]*%$")
_FIGURES_LINE_MIN_SHARES = 2
_FIGURES_LINE_SHARE = 1 / 3


def _is_figures_line(text: str) -> bool:
    words = text.split()
    shares = sum(bool(_PERCENTAGE.match(word.strip(",;()"))) for word in words)
    return shares >= _FIGURES_LINE_MIN_SHARES and shares >= _FIGURES_LINE_SHARE * len(words)


# A headline written as one or two short sentences, as think tanks and weeklies print theirs:
# `Seoul and Tokyo have quietly built a minerals pact. Washington should get behind it.` A standfirst
# or a caption runs longer.
_STOPPED_TITLE_MAX_WORDS = 16
_STOPPED_TITLE_SENTENCES = 2  # one sentence alone is a caption's or an excerpt's first line
_STOPPED_TITLE_PENALTY = 2.0


def _is_stopped_sentence(text: str) -> bool:
    return _ends_with_stop(text) and not is_title_cased(text, _STOPPED_TITLE_SHARE)


def _ends_with_stop(text: str) -> bool:
    """A stop closing the line that is no abbreviation's (`... between China, U.S.` ends a headline)."""
    return bool(re.search(r"[.!…]$", text)) and not ends_with_initials(text)


def ends_with_initials(text: str) -> bool:
    """`... between China, U.S.`: the line's last stop is a country's initials', the only stop on the line."""
    return bool(_INITIALS_AT_END.search(text)) and not re.search(r"[a-z]{2,}[.!?]\s", text)


_INITIALS_AT_END = re.compile(r"\b(?:[A-Z]\.){2,}$")


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])", text) if part]  # (`No. 3` is no end)


def _is_short_stopped_title(text: str) -> bool:
    sentences = _sentences(text)
    return (len(text.split()) <= _STOPPED_TITLE_MAX_WORDS and len(sentences) == _STOPPED_TITLE_SENTENCES
            and not re.search(r"\d{4}", text) and not _REPORTS_NEWS.search(text))


_DECK_MIN_WORDS = 14


def _is_deck_in_sentences(text: str) -> bool:
    """Two sentences or more and long: a standfirst's shape, which a headline rarely has."""
    return len(_sentences(text)) >= _STOPPED_TITLE_SENTENCES and len(text.split()) >= _DECK_MIN_WORDS


# A report's words: a headline in sentences argues; an excerpt's first sentences report (`met on Monday`, `said`).
_REPORTS_NEWS = re.compile(r"\b(said|says|told|(mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\b", re.I)


# A letterhead's telephone number or a site's address: no headline holds one.
_CONTACT_DETAILS = re.compile(r"\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b|\(\d{2,4}\)\s?\d{3,4}[-\s]\d{3,4}|"
                              r"\b[\w-]+\.(?:com|org|net|gov|edu|example|co\.\w\w|info)\b(?!\.?\w)|"
                              # a street address and the town after it: `200 Harbour Terrace, Wellesford WF2 7RL`
                              r"^\d{1,5}[A-Za-z]? (?:[A-Z][\w'’-]+ ){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Terrace|"
                              r"Boulevard|Blvd\.?|Lane|Drive|Place|Way|Square|Plaza|Parkway),\s")


# A headline in title case may end in a stop (`Southeast Asia's Power Grid Is Ready. Its Politics Are Not.`);
# a story's sentence never capitalises most of its words.
_STOPPED_TITLE_SHARE = 0.8


# A wire's marker in capitals before a headline: `(LEAD)`, `(2nd LD)`, `[EXCLUSIVE]`.
_LEADING_MARKER = re.compile(r"^[(\[][A-Z0-9][A-Za-z0-9 .-]{1,15}[)\]]\s+")
# A wire's version glued before its headline with a hyphen, in capitals: `UPDATE 2-`, `RPT-`, `CORRECTED-`.
# (its kind, `FACTBOX-`, `ANALYSIS-`, says what the piece is, and stays with the headline)
_WIRE_SLUG = re.compile(r"^(?-i:(?:UPDATE|WRAPUP) \d{1,2}|RPT|REFILE|CORRECTED)-(?=\S)")
# The outlet's name in square brackets before its headline, as a portal or a carrier labels it: `[Kanto Daily] ...`.
_LEADING_OUTLET = re.compile(r"^\[(?P<name>[A-Z][\w&'’. -]{2,40})\]\s+(?=\S)")
# Pictographs a channel sets before its post's headline: `🛡 VALDORIA AND KESTMARK SIGN PACT ...`, `⚡️ BREAKING`.
_LEADING_PICTOGRAPHS = re.compile(r"^" + vocab.PICTOGRAPHS + r"+\s*")


def split_leading_marker(text: str) -> tuple[str, str | None]:
    """`(LEAD) Seoul subway union votes to strike` -> the headline and the wire's marker (`(LEAD)`), or None.

    Only a marker in capitals (`(LEAD)`, `(2nd LD)`, `[EXCLUSIVE]`) is one; `(Video) ...` may be the title's own words.
    """
    pictographs = _LEADING_PICTOGRAPHS.match(text)
    if pictographs and pictographs.end() < len(text):
        return text[pictographs.end() :], pictographs.group(0).strip()
    slug = _WIRE_SLUG.match(text)
    if slug and slug.end() < len(text):
        return text[slug.end() :], slug.group(0).rstrip("- ")  # `UPDATE 2-Japan's factory output slumps ...`
    outlet = _LEADING_OUTLET.match(text)
    if outlet and outlet.end() < len(text) and is_outlet_name(outlet["name"], "", is_first_line=True, headline_follows=True):
        return text[outlet.end() :], outlet.group(0).strip()  # `[Song Han Post] Floods cut ...`: the outlet's label
    marker = _LEADING_MARKER.match(text)
    letters = [char for char in marker.group(0) if char.isalpha()] if marker else []
    capitals = sum(char.isupper() for char in letters)
    if marker is None or capitals * 2 < len(letters) or marker.end() >= len(text):
        return text, None
    return text[marker.end() :], marker.group(0).strip()


@dataclass(frozen=True, slots=True)
class Headline:
    """The header line chosen as the headline."""

    number: int  # its line number
    score: float  # how much it looks like a headline; below zero it may be the site's name instead
    rivals: int = 0  # other candidates whose score came within `_SUBTITLE_PENALTY` of this one


# Headline score: a line of this many words or more gets the full length score.
_HEADLINE_FULL_WORDS = 10
# Lines this many content lines away from the time line, byline or body still count as next to them.
_HEADLINE_REACH = 3
# A headline-shaped line under another is a subtitle unless it scores this much better.
_SUBTITLE_PENALTY = 0.6
# A line this long over a headline-shaped line makes it a subtitle; shorter ones are labels.
_SUBTITLE_MAKER_MIN_WORDS = 5


def _in_fact_box(content: list[Line], index: int) -> bool:
    """The line is a field among fields: a line right above or below it is one too."""
    if not vocab.FACT_FIELD.match(content[index].text):
        return False
    neighbours = content[max(0, index - 1) : index] + content[index + 1 : index + 2]
    return any(vocab.FACT_FIELD.match(line.text) and line.number in (content[index].number - 1, content[index].number + 1)
               for line in neighbours)


def choose_headline(header: list[Line], context: HeaderContext, byline_lines: set[int]) -> Headline | None:
    """The header line that scores best as the headline, or None.

    Features: length (headlines run to about ten words), name shape (three or four
    capitalised words with no verb in lower case read as a site's or an office's name),
    and closeness to what follows a headline (the time line, the byline, the body).
    Lines that are clutter, times, bylines, captions or alt text are not candidates.
    """
    content = [line for line in header if line.text]
    anchor = _headline_anchor(content, context.aged)
    printed = {normal_text(line.text) for line in content}
    best: Headline | None = None
    scores: list[float] = []
    # Headline-shaped lines just above: the first is the headline, the next a subtitle. Only
    # those near count, so a menu's items far above do not make the headline a subtitle.
    headline_shaped: list[int] = []
    stopped_above: list[int] = []
    # (`Headline ... (Kita-Nippon Daily News)` / `Story by Aiko Tanabe`: an outlet in brackets after a headline over its
    # byline or its time is the outlet's label, no photo's credit)
    over_byline = {line.number for line, below in zip(content, content[1:])
                   if below.number in byline_lines or read_byline(below.text)
                   or len(below.text) <= TIME_LINE_MAX_CHARS and find_time(below.text) is not None}
    for index, line in enumerate(content):
        if not _is_headline_candidate(line, context, byline_lines, line.number in over_byline):
            continue
        text = split_outlet_label(line.text)[0]
        words = text.split()
        score = min(len(words), _HEADLINE_FULL_WORDS) / _HEADLINE_FULL_WORDS + (0.6 if len(words) >= 5 else 0.0)
        if is_name_shaped(text) or _is_menu_run(words) or _is_masthead(text):
            score -= 1.0
        elif line.number in context.above_menu:
            score -= 1.0  # over the site's menu: the masthead's tagline, the article's headline under the menu
        elif line.number in context.listed:
            score -= 1.0  # `Trending` / `President departs Abuja for AU summit`: another story's headline, no subtitle maker
        elif _is_stopped_sentence(text):
            score -= _STOPPED_TITLE_PENALTY  # a headline in sentences is rare: it wins only where no other line can be one
            # ... and where two lines in sentences top the story, the second is the first's deck (`Taiwan finally
            # passed its defense budget. Now America has to deliver.` / `Taipei did what Washington asked. ...`)
            score -= _SUBTITLE_PENALTY * any(index - above <= _HEADLINE_REACH for above in stopped_above)
            if len(words) >= _SUBTITLE_MAKER_MIN_WORDS:
                stopped_above.append(index)
        elif line.number in context.above_credit:
            # Over a photo credit: the photo's caption (`... after completing his move` / `Touchline / Peter
            # Ryland`), unless no other line can be the headline (a headline, its photo uncaptioned).
            score -= 1.0
        elif _is_bar_over_headline(text, printed):
            score -= 1.0  # a sticky bar, `Asia Pacific|Japan Protests ...`, over the headline printed again alone
        elif _in_fact_box(content, index):
            score -= 1.0  # `Case: Roe v. Port Authority` / `Court: ...` / `Judge: ...`: a box of facts, each line a field
        elif vocab.MEDIA_TEASER.match(text) or _OTHER_ITEMS_TITLE.match(text) or line.number in context.above_duration:
            # `Watch: Drone footage ...` over a video, `Breaking: ...` in a ticker, a title over its running time
            # (`Ice storm: crews work ...` / `1:48`): another item's title
            score -= 1.0
        elif _is_kicker_over_headline(text, content[index + 1 :]):
            score -= 1.0  # a series label or kicker in capitals over the headline: no headline, and no subtitle maker
        else:
            # (a deck in sentences under the headline stays its deck even with the author's name between:
            # headline / `Harriet Osei-Lindqvist` / `Ministers talk about ... free. Households will end up ...`)
            deck = _is_deck_in_sentences(text)
            subtitle = _SUBTITLE_PENALTY * sum(
                index - above <= _HEADLINE_REACH and (deck or not _label_between(content[above + 1 : index]))
                and not _toolbar_between(content[above], line, header) for above in headline_shaped
            )
            if subtitle and not deck and _over_by_line(content, index) and _time_between(content, headline_shaped[-1], index):
                # `... flipped into Threat Level` / `Nordwire` / `November 7, 2026` / headline / `By Owen Talbot`: the line over
                # the byline, under the source's time line, is the story's headline; the one above the time, the app's
                subtitle = 0.0
            score -= subtitle
            # a menu's items and a rubric (`Asia | Sea change`, `Asia | Tides of grey`) head no subtitle
            if len(words) >= _SUBTITLE_MAKER_MIN_WORDS and not _is_rubric(text):
                headline_shaped.append(index)
        score -= 0.3 * max(0, anchor - index - _HEADLINE_REACH)
        scores.append(score)
        if best is None or score > best.score:
            best = Headline(line.number, score)
    if best is None:
        return None
    # A rival lost by no more than the place of a subtitle: the choice rests on which came first.
    rivals = sum(best.score - score <= _SUBTITLE_PENALTY + _SCORE_EPSILON for score in scores) - 1
    return replace(best, rivals=rivals)


# A magazine's rubric: a section and a short fly-title on either side of a bar (`Asia | Tides of grey`).
_RUBRIC_PART_MAX_WORDS = 4


def _is_rubric(text: str) -> bool:
    parts = [part.strip() for part in text.split(" | ")]
    return len(parts) == 2 and all(part and len(part.split()) <= _RUBRIC_PART_MAX_WORDS for part in parts)


def _over_by_line(content: list[Line], index: int) -> bool:
    return index + 1 < len(content) and _is_by_line(content[index + 1].text)


def _is_by_line(text: str) -> bool:
    """A byline opening with `By` (or its like), names read from it."""
    return bool(vocab.BY_NAME.match(text)) and read_byline(text) is not None


def _time_between(content: list[Line], upper: int, lower: int) -> bool:
    return any(len(line.text) <= TIME_LINE_MAX_CHARS and find_time(line.text) is not None for line in content[upper + 1 : lower])


# Names, a comma, and the writers' role at the line's end, maybe after the outlet's name.
_NAMES_THEN_ROLE = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:(?:,| and| &) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})*,"
    r"(?: [\w&'’.-]+){0,4} (?i:(?:staff |senior |chief |special )?(?:writer|reporter|correspondent|editor)s?)$"
)
_BAR = re.compile(r"\s*\|\s*")


def bar_parts(text: str) -> list[str]:
    """The parts of a line joined by bars: `Asia Pacific|Japan Protests ...` -> [`Asia Pacific`, `Japan Protests ...`]."""
    return _BAR.split(text)


def _is_bar_over_headline(text: str, printed: set[str]) -> bool:
    """A section and the headline joined by a bar (a page's sticky header) whose headline the page prints
    again on a line of its own."""
    parts = bar_parts(text)
    return len(parts) >= 2 and any(
        len(part.split()) >= _HEADLINE_MIN_WORDS and normal_text(part) in printed for part in parts)


# Words that never end a headline: it runs on to the next line (`... hours after US and South` /
# `Korean troops launch ...`). Small words, and the first words of compound names.
_SMALL_WORDS = frozenset(
    "a an the and or but of to in on at for with from by as after before over into than its their his her our "
    "is are was be".split()
)
_RUNS_ON_WORDS = _SMALL_WORDS | frozenset("north south east west new hong saudi united sri los san santa prime vice deputy".split())
_WRAPPED_HEADLINE_MIN_WORDS = 6
_WRAPPED_HEADLINE_MAX_WORDS = 40


def join_wrapped_headline(header: list[Line], all_lines: list[Line], dropped: list[DroppedLine] = ()) -> list[Line]:
    """A headline wrapped over two lines of their own, as a tabloid's long headline copies: join them.

    The two lines stand together between blank lines, neither ends like a sentence, and the first
    ends on a word no headline ends on, or the second opens in lower case.
    """
    texts = {line.number: line.text for line in all_lines}
    kept = {line.number: line for line in header if line.text}
    # the page's first lines, and those taken out already as margins, normalised once: where a title bar prints it whole
    # (a breadcrumb names the section and the page in a row: `Top > Statements and Press Conferences > Press Conference ...`)
    printed = [(line.number, normal_text(line.text)) for line in all_lines[:_PRINTED_TITLE_REACH]
               if line.text and not _BREADCRUMB_MARK.search(line.text)]
    printed += [(item.number, normal_text(item.text)) for item in dropped
                if item.number <= _PRINTED_TITLE_REACH and not _BREADCRUMB_MARK.search(item.text)]
    for first in [line for line in header if line.text]:
        second = kept.get(first.number + 1)
        if second is None:
            continue
        words = first.text.split()
        joined = f"{first.text} {second.text}"
        if _printed_whole_elsewhere(joined, first, second, printed):
            # `Japan to let MSDF destroyers escort coast guard near` / `Senkakus under new rules`, the page's title bar
            # printing them whole (`1/9/27, 9:02 AM Japan to let ... under new rules | The Nansei Times`): one headline
            return [Line(line.number, joined) if line is first else line for line in header if line is not second]
        if _runs_on_in_lower_case(first.text, second.text):
            # `Harbour pontoon to reopen` / `after $2.4m rebuild`: a printed page's headline over two lines, which a
            # copy sets tight among the page's other lines; the second opening in lower case tells it goes on
            return [Line(line.number, joined) if line is first else line for line in header if line is not second]
        if texts.get(first.number - 1, "") or texts.get(first.number + 2, ""):
            continue
        if (len(words) < _WRAPPED_HEADLINE_MIN_WORDS or len(joined.split()) > _WRAPPED_HEADLINE_MAX_WORDS
                or not looks_like_headline(first.text) or first.text[-1] in ".!?:;,\"”’'" or vocab.ends_sentence(second.text)):
            continue
        if read_byline(second.text) or find_time(second.text) is not None:
            continue  # `by Daniel Koh February 11, 2025` under the headline: its byline, not its rest
        if words[-1].lower() in _RUNS_ON_WORDS or second.text[0].islower():
            return [Line(line.number, joined) if line is first else line for line in header if line is not second]
    return header


# Each line of a headline wrapped in print holds a few words.
_PRINTED_HEADLINE_LINE_WORDS = (3, 8)


def _printed_whole_elsewhere(joined: str, first: Line, second: Line, printed: list[tuple[int, str]]) -> bool:
    """Two headline-shaped lines whose join the page prints whole on another line (a print header, a tab's title;
    `printed` holds the page's first lines, normalised, with those taken out already as margins)."""
    if len(joined.split()) < _WRAPPED_HEADLINE_MIN_WORDS or not looks_like_headline(first.text) or vocab.ends_sentence(first.text):
        return False
    wanted = normal_text(joined)
    return any(wanted in text for number, text in printed if number not in (first.number, second.number))


_BREADCRUMB_MARK = re.compile(r"\s[>›»]\s")
# A page's title bar or print header stands among its first lines.
_PRINTED_TITLE_REACH = 40


def _runs_on_in_lower_case(first: str, second: str) -> bool:
    """Two short lines of one headline: the first titled, the second going on in lower case, neither a sentence."""
    low, high = _PRINTED_HEADLINE_LINE_WORDS
    return (
        low <= len(first.split()) <= high and 2 <= len(second.split()) <= high
        and second[:1].islower() and first[-1] not in ".!?:;,\"”’'" and not vocab.ends_sentence(second)
        and looks_like_headline(first) and clutter_reason(second) is None
        and not read_byline(second) and find_time(second) is None
    )


# Beside a video's title (`vocab.MEDIA_TEASER`), a ticker's or a gallery's: it heads the headline only when no other line can.
_OTHER_ITEMS_TITLE = re.compile(
    r"^(audio|podcast|gallery|photos|in pictures|breaking|just in|trending|up next|next up|watch next)\s*[:|]\s"
    # A weather or traffic alert's bar over the page, with the clock it runs to: `Wind Advisory in
    # effect until 7 PM Friday` (a headline, `Flood warning issued for the river`, names no clock).
    r"|^[\w ]{0,40}\b(advisory|warning|watch|alert)\b[\w ]{0,20}\b(in effect|until|expires)\b[\w ]{0,12}?"
    r"\b\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)",
    re.I,
)


def _is_kicker_over_headline(text: str, below: list[Line]) -> bool:
    """A line in capitals right over a headline-shaped line in mixed case: the story's kicker or
    series label (`LIVES WELL LIVED · A YEAR-LONG SERIES ...` / `Margit Hollander ... dies at 88`).
    A headline printed in capitals has no such line under it."""
    letters = [char for char in text if char.isalpha()]
    if len(letters) < _KICKER_MIN_LETTERS or not all(char.isupper() for char in letters) or not below:
        return False
    following = below[0].text
    return looks_like_headline(following) and any(char.islower() for char in following)


_KICKER_MIN_LETTERS = 12  # shorter capitals are a section label (`WORLD`), read as such elsewhere


def _label_between(between: list[Line]) -> bool:
    """`Nikkei closes higher ...` / `NATIONAL / POLITICS` / headline: a section's path or label between two
    headline-shaped lines heads the second; the first is a ticker's or a menu's item, and the second no subtitle."""
    if any(vocab.BREADCRUMB.match(line.text) for line in between):
        return True
    # `Winter Weather Advisory ...` / `Local News` / headline: a section's label right over the second heads it
    # (`Key points` heads a summary box's items, no story)
    label = between[-1].text if between else ""
    return is_label(label) and may_name_a_section(label) and not vocab.SUMMARY_HEADING.match(label)


# A toolbar's buttons, this many dropped in a row, part the masthead from the article.
_TOOLBAR_MIN_LINES = 2
# A site's motto is a few words: `Democracy Dies in Darkness`.
_MOTTO_MAX_WORDS = 6


def _toolbar_between(upper: Line, lower: Line, header: list[Line]) -> bool:
    """`Truth Lives in the Open` / `Gift Article` / `Share` / `Comment` / `Save` / headline: a toolbar's buttons
    (lines already dropped, missing from the header) between two headline-shaped lines part a site's motto
    from the headline; a subtitle stands right under its headline."""
    if len(upper.text.split()) > _MOTTO_MAX_WORDS:
        return False  # a headline over the toolbar (a promo may stand under it: `Before it’s here, it’s on the ...`)
    kept = sum(upper.number < line.number < lower.number for line in header)
    return lower.number - upper.number - 1 - kept >= _TOOLBAR_MIN_LINES


_SCORE_EPSILON = 1e-9  # scores are sums of tenths: 1.6 - 1.0 is 0.6000000000000001


def _headline_anchor(content: list[Line], aged: frozenset[int] = frozenset()) -> int:
    """Index of the first time line or byline among the header's lines (else its end); an outlet's or
    author's name whose age was taken off (`Capitol Courier · 3h ago`: `aged`) is a time line too."""
    for index, line in enumerate(content):
        if (len(line.text) <= TIME_LINE_MAX_CHARS and find_time(line.text) is not None or line.number in aged
                or read_byline(line.text)):
            return index
    return len(content)


# A link's arrow closing a line: `... for only KSh 20 a day >>`, `Read the e-paper »`, `See all →`.
_LINK_ARROW = re.compile(r"\s(?:>>|»|→|⟶|›|>)$")


_REPORTING_FROM = re.compile(r"^reporting from (?-i:[A-Z])[\w .,'’-]{1,60}$", re.I)


def _is_headline_candidate(line: Line, context: HeaderContext, byline_lines: set[int], over_byline: bool = False) -> bool:
    text = line.text
    if line.number in byline_lines or line.number in context.alt_texts:
        return False
    # (`LIVE: Taiwan election results - ...` over its byline heads a live page; elsewhere it links to one)
    live_headline = over_byline and vocab.LIVE_LABEL.match(text) is not None
    if (clutter_reason(text) and not live_headline) or vocab.FIELD_WITH_VALUE.match(text) or is_field_label(text) or (
            read_byline(text)):
        return False
    if _REPORTING_FROM.match(text):
        return False  # `Reporting from Tokyo`: where the byline's reporter filed from, a detail of it
    if _is_name_with_title(text) or _NAMES_THEN_ROLE.match(text):
        # `Daniel K. Morrow, Senior Fellow - Foreign Policy, ...`, `MIYU OKADA and RYO SHIMIZU, Asia Ledger staff writers`:
        # authors with their titles
        return False
    if _LINK_ARROW.search(text):
        return False  # `Get the print edition on your phone: Subscribe ... >>`: a link's label, pointing away
    label = split_outlet_label(text)[1]
    # (`... in Singapore. (Photo: MNA/Jeremy Ong)` over the byline: a caption's credit in brackets, no outlet's label)
    outlet_label = label is not None and clutter_reason(label) != "photo-credit"
    if ends_with_credit(text) and not (over_byline and outlet_label) or (
            len(text) <= TIME_LINE_MAX_CHARS and find_time(text) is not None):
        return False
    headline_follows = line.number < context.last_headline
    if vocab.BREADCRUMB.match(text) or is_outlet_name(
        text, context.footer, line.number == context.first_line, headline_follows
    ):
        return False
    return looks_like_headline(split_outlet_label(text)[0]) or (
        # `Seoul and Tokyo have quietly built a minerals pact. Washington should get behind it.` over the time line
        # or the byline: a headline in two short sentences (it wins only where no other line can be the headline)
        line.number < context.last_headline and _is_short_stopped_title(text) and text[:1].isupper()
    )


def _is_name_with_title(text: str) -> bool:
    """A person's name, a comma and a title among the next words: `Hye-won Seo, Nonresident Fellow - Foreign Policy`."""
    name, comma, rest = text.partition(",")
    return bool(comma) and is_person_name(name.strip()) and any(
        word.strip(".,-–").casefold() in vocab.ROLE_WORDS for word in rest.split()[:4]
    )


_NAME_MAX_WORDS = 4
_INSTITUTION_NAME_MAX_WORDS = 6


# A headline of this many words has a small word or a verb in lower case; a run of capitalised
# words without one is a menu copied on one line (`Politics North Korea Defense Social Affairs`).
_MENU_RUN_MIN_WORDS = 5


def _is_menu_run(words: list[str]) -> bool:
    return (len(words) >= _MENU_RUN_MIN_WORDS and all(word[:1].isupper() for word in words)
            and not any(word.lower() in _SMALL_WORDS for word in words)
            and not any(char in "".join(words) for char in ",:;?!'’\"“”0123456789"))


_MASTHEAD_PART_MAX_WORDS = 3


def _is_masthead(text: str) -> bool:
    """`THE PRAIRIE DISPATCH | Morning Edition`: names between bars, an outlet's and its edition's, no headline."""
    parts = [part.strip() for part in text.split("|")]
    return len(parts) >= 2 and all(
        part and len(part.split()) <= _MASTHEAD_PART_MAX_WORDS and is_name_shaped(part) for part in parts
    )


def is_name_shaped(text: str) -> bool:
    """`Ministry of Coastal Affairs`, `The Morning Brief`: a few capitalised words, small words aside."""
    words = text.split()
    small = {"of", "the", "and", "&", "for", "from", "de", "du", "des", "der", "und"}
    capitalised = all(word[0].isupper() or word.lower() in small for word in words)
    # An institution's name runs longer: `Public Accounts and Audit Committee`.
    # So does one that opens with the institution: `Office of the Chief Commissioner`.
    institution = words[-1].lower() in vocab.INSTITUTION_WORDS or (
        len(words) > 2 and words[0].lower() in vocab.INSTITUTION_WORDS and words[1].lower() == "of"
    )
    limit = _INSTITUTION_NAME_MAX_WORDS if institution else _NAME_MAX_WORDS
    return len(words) <= limit and capitalised


# An outlet's label printed with the headline: `[Harbour Times] Night market returns`,
# `Volcano alert raised (Island Broadcast)`. The label is a few capitalised words.
_LEADING_LABEL = re.compile(r"^\[(?P<label>[^\]]{2,40})\]\s*(?P<rest>\S.{8,})$")
_TRAILING_LABEL = re.compile(r"^(?P<rest>\S.{8,}?)\s*[\[(](?P<label>[^\])]{2,40})[\])]$")


_TRAILED_HEADLINE_MIN_WORDS = 5
_OUTLET_PREFIX = re.compile(r"^(?P<label>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}):\s+(?P<rest>\S.{19,})$")
# The outlet's name after a bar or a dash closing a headline, as a page's title carries it: `... | Lakeshore Herald`.
_OUTLET_SUFFIX = re.compile(r"^(?P<rest>\S.{15,}?)\s+[|–—-]\s+(?P<label>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})$")
# A breadcrumb trail copied glued to the headline: `Business News›Markets›Stocks›News›Vindhya Cables shares jump 14% ...`.
# (or with slashes, each crumb capitalised: `Business News/ Markets/ Commodities/ Oil rises as ...`)
# (a Japanese page writes the arrow full-width: `HOME ＞ Politics ＞ headline`)
_TRAIL_BEFORE_HEADLINE = re.compile(r"^(?P<label>(?:[^›»>＞\s][^›»>＞]{0,30}\s*[›»>＞]\s*){2,}|(?:[A-Z][^/›»>]{0,30}/\s+){2,})"
                                    r"(?P<rest>[^›»>＞]{20,})$")


# A sticky header's section glued to the headline by a bar, no space around it: `Asia Pacific|Japan Asks U.S. ...`.
_SECTION_GLUED_BY_BAR = re.compile(r"^(?P<label>(?-i:[A-Z])[\w&'’.-]*(?: [\w&'’.-]+){0,3}\|)(?P<rest>(?-i:[A-Z\d\"“‘']).{20,})$")


def split_outlet_label(text: str) -> tuple[str, str | None]:
    """A headline without the outlet's label in brackets, and the label (None without one); also without
    a breadcrumb trail glued before it (the trail is returned as the label)."""
    trail = _TRAIL_BEFORE_HEADLINE.match(text)
    if trail and len(trail["rest"].split()) >= _TRAILED_HEADLINE_MIN_WORDS:
        return trail["rest"].strip(), trail["label"].strip()
    prefix = _OUTLET_PREFIX.match(text)
    if prefix and prefix["label"].split()[-1].casefold().strip(".") in vocab.OUTLET_WORDS and _is_label_of_outlet(prefix["label"]):
        # `Formosa Wire: Taiwan's consumer prices rise ...`: the outlet's name and a colon before the headline
        return prefix["rest"].strip(), prefix["label"].strip()
    suffix = _OUTLET_SUFFIX.match(text)
    if suffix and suffix["label"].split()[-1].casefold().strip(".") in vocab.OUTLET_WORDS and _is_label_of_outlet(suffix["label"]):
        # `Aldermen back plan ... | Lakeshore Herald`: the page's title as a share sheet copies it, the outlet after a bar
        return suffix["rest"].strip(), suffix["label"].strip()
    for pattern in (_LEADING_LABEL, _TRAILING_LABEL):
        match = pattern.match(text)
        if match and _is_label_of_outlet(match["label"]):
            bracketed = text[: match.start("rest")] if match.start("rest") else text[match.end("rest") :]
            return match["rest"].strip(), bracketed.strip()
    return text, None


def _is_label_of_outlet(label: str) -> bool:
    words = label.split()
    return 1 <= len(words) <= 4 and all(word[0].isupper() for word in words) and not re.search(r"\d", label)


def last_headline_line(header: list[Line]) -> int:
    """Number of the header's last headline-shaped line with no time on it (0 without one)."""
    numbers = [
        line.number for line in header if line.text and looks_like_headline(line.text) and find_time(line.text) is None
    ]
    return max(numbers, default=0)


# A page's desks, which print `<desk> News` as their section label.
_SECTION_NAMES = frozenset(
    "business world local national international regional politics political sport sports entertainment health "
    "science tech technology breaking latest top metro city state education crime court courts weather".split()
)


def _named_in(name: str, footer: str, whole: bool) -> bool:
    """`name` in the copyright line; a single word only as the whole name after the sign and the year
    (`Faith` is a section of `© 2026 Heartland Faith & Life`, `Reuters` the name in `© 2026 Reuters`)."""
    if not whole:
        return name in footer
    return re.search(r"(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:the\s+)?" + re.escape(name)
                     + r"(?=\s*(?:[.,;|]|$)|\s+(?:inc|ltd|llc|plc|corp|co|limited|gmbh|all rights)\b)", footer) is not None


def is_outlet_name(text: str, footer: str, is_first_line: bool, headline_follows: bool) -> bool:
    """The outlet's name: named again in the copyright line, or a short name atop the page.

    A name made of outlet words ("The Harbour Herald", "Example News") counts only at the
    top with a headline still to come, since a short headline may end in "Report" or "Press".
    """
    words = text.split()
    if len(words) > vocab.OUTLET_MAX_WORDS or vocab.ends_sentence(text) or re.search(r"\d", text):
        return False
    if words and words[0].lower() == "by":
        return False  # `By Lindsey Harrow, DOD News`: a byline naming the outlet after the name
    if len(text) >= 4 and _named_in(text.lower(), footer, whole=len(words) == 1):
        return True
    if not (is_first_line and headline_follows):
        return False
    if len(words) == 1 and text.endswith(vocab.OUTLET_ENDINGS_CJK):
        return True
    small = ("the", "of", "by", "and")
    significant = [word.lower().strip(".,'’") for word in words if word.lower() not in small]
    capitalised = all(word[0].isupper() or word.lower() in small for word in words)
    # One word (`News`) is a section rather than an outlet: outlets' names have two words or more.
    named = len(words) > 1 and bool(significant) and (
        significant[-1] in vocab.OUTLET_WORDS or words[0] == "The" and significant[0] in vocab.OUTLET_WORDS
    )
    # `Business News`, `Local News`: a desk's section, named like an outlet
    sectioned = len(significant) == 2 and significant[-1] == "news" and significant[0] in _SECTION_NAMES
    return capitalised and named and len(words) <= 5 and not sectioned


_MENU_ITEM_MAX_WORDS = 3
_HEADLINE_UNDER_MENU_ITEM_MIN_WORDS = 6


def take_late_headline(
    header: Header, body: list[Line], dropped: list[DroppedLine] | None = None, by_lines: frozenset[int] = frozenset()
) -> list[Line]:
    """A headline printed under the time line (`KYODO NEWS - Feb 7, 2025` / headline / body).

    Taken when the header found none, or only a line shaped like a name (`The Morning Brief`,
    then reported as the outlet's name), or one with no byline where the line under it is one (`by_lines`:
    the numbers of the lines a byline was taken from out of the body), and only a short line that does not read as a
    sentence, followed by a line that starts a new sentence (a hard-wrapped first line of
    prose continues in lower case instead).
    """
    content = [line for line in body if line.text]
    while len(content) > 2 and _is_sign_off(content[0].text):
        content = content[1:]  # `Good morning from Tokyo. ...` / `— Naomi Kessler, editor` / the story: the letter's signature
    if len(content) < 2:
        return body
    # A menu's short item taken for the headline (`Region by region`) gives way to a full headline under the time line.
    short_title = header.title is not None and len(header.title.split()) <= _MENU_ITEM_MAX_WORDS and (
        len(content[0].text.split()) >= _HEADLINE_UNDER_MENU_ITEM_MIN_WORDS
    )
    # An office's name taken for the headline (`Office of the Chief Commissioner`) gives way to one under the time line.
    # (`Halvorsen Police Department` over its release's headline in capitals: the office's name again, at its end)
    title_words = header.title.lower().split() if header.title else []
    office = header.title is not None and is_name_shaped(header.title) and (
        title_words[0] in vocab.INSTITUTION_WORDS or title_words[-1] in vocab.INSTITUTION_WORDS)
    # `THE HARBOR LINE` / its tagline / its date / headline / `By Saori Nishikawa`: a headline over its byline, under
    # the time line, heads the story; the header's line, with no byline of its own, was the masthead's
    # (set tight over it: a video's caption stands a blank line over the story's byline; and under the letter's opening
    # words, taken out: a deck right under the time line stays the headline's)
    # (or a line or two under it, a deck between, the story's kicker over it: a one-story newsletter's `China` /
    # headline / deck / `By ...`, under its greeting)
    head = content[1:] if _kicker_above(content) is not None else content
    bylined_below = header.byline is None and len(head) >= 2 and (
        head[0].number + 1 in by_lines or head[1].number == head[0].number + 1 and _is_by_line(head[1].text)
        or not vocab.ends_sentence(head[0].text) and any(_is_by_line(line.text) for line in head[1:3])
    ) and any(header.title_line < item.number < head[0].number and is_prose(item.text) for item in dropped or ())
    if header.title is not None and not header.title_weak and not short_title and not office and not bylined_below:
        return body
    menu = _menu_items_above(content)
    menu_lines, content = content[:menu], content[menu:]  # `Sections` / `Pages` / `Text View` / headline: an e-edition's menu
    kicker = _kicker_above(content) if not menu else None
    kind = None
    if kicker is None and not menu and _two_labels_above(content):
        # `Security Council` / `Meetings Coverage` / headline: the section's label, then the kind of page
        kicker, kind, content = content[0], content[1], content[1:]
    if kicker is not None:
        content = content[1:]  # `CITY HALL` / headline / byline: a kicker label names the section
    while len(content) > 2 and (is_field_label(content[0].text) or vocab.CONTACT_FIELD.match(content[0].text)
                                or _RELEASE_CONTACT.match(content[0].text)):
        # `Ref: NTRA/PR/2025/041` / headline: a release's reference over its headline; so its case number and contact
        # (`Case #: 25-118427` / `Contact: Sgt. Renée Castellanos-Byrd, PIO` / `Phone: ...` / headline)
        content = content[1:]
    greeting = content[0] if len(content) > 2 and header.title_weak and vocab.GREETING.match(content[0].text) else None
    if greeting is not None:
        content = content[1:]  # `Capital Brief AM` / `Good Thursday morning. Today's top stories: ...` / the first item's headline
    first, following = content[0], content[1]
    # (a longer line is a headline only in title case: `Eastgate Towers' Landlord Owes the City $410,000 in Fines.
    # The City Keeps Renewing His License Anyway.`; a sentence's words run in lower case)
    # A longer one with no stop is the headline too when the byline follows within two lines (headline / deck / `By
    # ...`): a paragraph's first line runs on into the story instead.
    words = len(first.text.split())
    near = range(first.number + 1, first.number + 4)  # (the byline may be taken already, reported as dropped)
    bylined = not vocab.ends_sentence(first.text) and (
        any(read_byline(line.text) for line in content[1:3])
        or any(item.number in near and read_byline(item.text) for item in dropped or ()))
    too_long = words > _LATE_HEADLINE_MAX_WORDS and not (
        words <= _LATE_TITLE_CASED_MAX_WORDS and (is_title_cased(first.text, _STOPPED_TITLE_SHARE) or bylined))
    if too_long or not looks_like_headline(first.text):
        return body
    # (a label in capitals before a title-cased headline, `FACT SHEET: President Caldwell and Prime Minister ... Launch
    # ...`, reads as no dateline: a story's datelined first paragraph is a sentence)
    datelined = vocab.DATELINE.match(first.text) and (vocab.ends_sentence(first.text) or not is_title_cased(first.text, 0.7))
    if datelined or not following.text[0].isupper():
        return body
    if ends_with_credit(first.text) or header.title is not None and (
        is_name_shaped(first.text) or len(first.text.split()) < _LATE_HEADLINE_OVER_NAME_WORDS
    ):
        return body  # a caption, or one short title-case line under another: the header's stays
    if header.title is not None and dropped is not None:
        # a name's shape, a masthead's line over a headline with its byline, or a menu's short item
        reason = "outlet-name" if header.title_weak else "page-label" if bylined_below and not short_title else "navigation"
        dropped.append(DroppedLine(header.title_line, header.title, reason))
    if header.standfirst_line and header.standfirst_line < first.number and dropped is not None:
        # the line read as the standfirst stood under the title given up: a letterhead's line, reported, not lost
        dropped.append(DroppedLine(header.standfirst_line, header.standfirst, "page-label"))
        header.standfirst, header.standfirst_line = None, 0
    # (`Asia Pacific|Japan Asks ...`: a sticky header's copy, its section glued on; the header's own reader finds the
    # headline printed again under it instead)
    glued = _SECTION_GLUED_BY_BAR.match(first.text)
    title, label = (glued["rest"], glued["label"]) if glued else split_outlet_label(first.text)
    glued_section = label.rstrip("| ") if glued else None
    header.title, marker = split_leading_marker(title)
    if dropped is not None:
        dropped.extend(DroppedLine(first.number, text, reason) for text, reason in ((label, "outlet-name"), (marker, "editorial-marker")) if text)
    if greeting is not None and dropped is not None:
        dropped.append(DroppedLine(greeting.number, greeting.text, "newsletter"))
    header.section = glued_section or header.section
    if kicker is not None:
        if may_name_a_section(kicker.text) and glued_section is None:  # (an e-mail address over the headline names none)
            header.section = kicker.text  # the label right over the headline, nearer than any above the time line
        if dropped is not None:
            dropped.append(DroppedLine(kicker.number, kicker.text, "section-label"))
    if dropped is not None:
        dropped.extend(DroppedLine(line.number, line.text, "navigation") for line in menu_lines)
        if kind is not None:
            dropped.append(DroppedLine(kind.number, kind.text, "page-label"))
    return [line for line in body if line is not first and line is not kicker and line is not kind and line is not greeting
            and line not in menu_lines]


# A letter's signature on a line of its own, a dash before the name, maybe the role after it: `— Naomi Kessler, editor`.
_SIGN_OFF = re.compile(r"^[—–-]+\s*(?P<name>[^,]{4,40})(?:,\s*(?:the\s+)?[\w ]{2,40})?$")


def _is_sign_off(text: str) -> bool:
    found = _SIGN_OFF.match(text)
    return found is not None and is_person_name(found["name"].strip())


# A release's contact over its headline: `Contact: Sgt. Renée Castellanos-Byrd, PIO`, `Media contact: Ana Ruiz`.
_RELEASE_CONTACT = re.compile(r"^(?:media |press )?contacts?\s*:\s*\S.{1,80}$", re.I)


# A menu's items under the time line: short labels, several in a row, over a full headline.
_MENU_ITEMS_MIN = 3
_MENU_ITEMS_MAX = 10


def _menu_items_above(content: list[Line]) -> int:
    """How many short labels stand in a row over a headline-shaped line (0 when fewer than a menu's)."""
    count = 0
    while (count < min(len(content) - 2, _MENU_ITEMS_MAX) and is_label(content[count].text)
           and len(content[count].text.split()) <= _MENU_ITEM_MAX_WORDS):
        count += 1
    if count < _MENU_ITEMS_MIN or len(content[count].text.split()) < _HEADLINE_UNDER_MENU_ITEM_MIN_WORDS:
        return 0
    return count


def _two_labels_above(content: list[Line]) -> bool:
    """Two labels of a word or two set one over the other over a long headline-shaped line."""
    return (len(content) > 3 and is_label(content[0].text) and is_label(content[1].text)
            and not re.search(r"\d", content[0].text + content[1].text)
            and len(content[2].text.split()) >= _HEADLINE_UNDER_MENU_ITEM_MIN_WORDS and looks_like_headline(content[2].text))


def _kicker_above(content: list[Line]) -> Line | None:
    """A label of a word or two over a headline-shaped line, itself over more text."""
    if len(content) < 3 or not is_label(content[0].text) or re.search(r"\d", content[0].text):
        return None
    return content[0] if looks_like_headline(content[1].text) and not is_label(content[1].text) else None
