"""The body's lines classed as text, page chrome or subheading, by features and by their neighbours.

Pasted pages leave chrome inside and around the article (`Social Sharing`, `Advertisement`,
`READ: ...`, `Was this fact-check helpful?`, a footer, a list of other headlines) and short
lines of the article's own (a subheading, `The claim is false.`). No list of wordings can
hold every outlet's chrome, so each line is classed the way jusText classes a page's
paragraphs (Pomikálek 2011): first by its own features, then the doubtful ones by their
neighbours.

Features of a line, and the class they give it on their own:

- chrome (`bad`): a clutter reason (`briefs.sources.clutter`: vocabularies, a short line
  made mostly of interface words in several languages, an address counting as one, menus,
  `LABEL: headline` in capitals); links (addresses, `#tags`, `@handles` with hardly a word
  beside them: jusText's link density, for text that keeps addresses but no links); a
  widget's label and figures (`Possession 58% 42%`); few stop words for its length (eight
  words or more under `_CHROME_STOP_DENSITY`, a sentence under `_CHROME_SENTENCE_DENSITY`:
  names or figures, as jusText calls a paragraph below 0.30 bad); a sentence that reads as
  a title (half its words capitalised and stop words under `_TITLE_STOP_DENSITY`: `State of
  Northland ex rel. ... v. Greywater Mining Co. et al.`).
- text (`good`): prose, at least eight words ending like a sentence, with stop words at
  least `_PROSE_STOP_DENSITY` of its words (jusText's 0.30 is set for whole HTML paragraphs;
  a news sentence full of names and numbers runs lower); a shorter sentence of four words
  or more whose stop words reach jusText's high density 0.32 (`Traders fear for their
  jobs.`); a line of 200 characters or more that dense, even cut off mid-sentence. A short
  line (25 words at most) addressing the reader is not text on its own: `you`, `your`
  outside quotation marks (`... right in the palm of your hand.`), since promotions do and
  reports rarely; a column may, at length. With two interface words besides, such a line is
  chrome on its own (`Join our Telegram channel and get the news delivered to you.`).
- near text (`neargood`): any other sentence of two words or more (`The claim is false.`,
  `Imports fell 1.5 percent.`), a line of 70 characters or more as dense as text, and the
  line right under a live entry's mark (`GOAL! ... 1-2 ...` under `78'`).
- `short`: the rest, lines of a few words without sentence punctuation.

Stop words are jusText's own lists, for the language whose list covers most of the body's
first 600 words (English, German, French, Spanish, Portuguese, Italian, Dutch; the
language also settles a date that reads two ways, see `briefs.sources.pasted_text`);
Japanese, Chinese and Korean lines are told by sentence shape alone. A body with no text
at all (a short article of short sentences) counts its near text as text.

Context, as jusText's second pass: a `short` line between text and text is text, between
chrome and chrome it is chrome; between the two it is chrome unless near text stands on
the chrome side. A `neargood` line is chrome only between chrome on both sides. Before
that, a short line right above text is raised to `neargood` when it is heading-shaped
(jusText does so for heading tags) or leads into it (`Quote from the Gazette:`); at the top
of the body, above any text, a heading must be a title (`_is_opening_heading`: five words
or more, mostly capitalised, `Full-time: Coldbrook Athletic 1-2 Marsh Town`), since labels
and slogans stand there (`Social Sharing`, `Before it's here, it's on the Terminal`). The
ends of the body count as chrome. Lines dropped earlier count as chrome neighbours, except
the marks between a live text's entries (`14:32`, `78'`) and the parts of the article
printed apart (a byline's detail, a photo's caption and credit), which are passed over.

A kept line that was `short` on its own (or a question), has text before it, is no live
entry's headline and reads as one heading (`is_heading`: two to twelve words, a capital
first, no sentence inside, no clock time, not a date alone like `May 29`, which opens an
entry as a live text's time does) is a subheading. The author's name alone on a line is
the author box's (`author-box`). A chrome line is reported with its clutter reason; else
as `author-bio` when it opens with an author's name, `page-label` above the first text,
`boilerplate` below it. Every step is a pass over the lines (the
neighbours are found in two sweeps): linear in the body's length.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefs.model import DroppedLine
from briefs.sources import vocab
from briefs.sources.byline import author_names
from briefs.sources.caption import may_describe_a_photo
from briefs.sources.clutter import clutter_reason, is_post_signature, line_words
from briefs.sources.lines import (
    CLOSING_QUOTES, OPENING_QUOTES, Line, fills_width, is_prose, is_title_cased, line_above_within, normal_text,
    quoted_phrase, text_above, text_below, text_width, word_count,
)
from briefs.sources.pubtime import parse_time_line
from briefs.sources.word_language import is_foreign_line, is_foreign_phrase

GOOD, NEARGOOD, SHORT, BAD = "good", "neargood", "short", "bad"
# An embedded post's text: kept, and no neighbour of the lines around it (an embed is set apart from the story).
POSTED = "posted"
# An item of a list whose marks the copy lost, and the line over it: kept, and no neighbour either (its
# figures and names hold few small words, but they do not make the lines around them text).
LISTED = "listed"
# jusText's stop-word lists, for the languages outlets' pages come in here.
_LANGUAGES = ("English", "German", "French", "Spanish", "Portuguese", "Italian", "Dutch")
_LANGUAGE_SAMPLE_WORDS = 600
# Lines repeat across pages (chrome) and within one (a live text's labels): their classes are cached.
_CACHED_LINES = 4096
# Prose must have this share of stop words to be text on its own.
_PROSE_STOP_DENSITY = 0.2
# jusText's lengths and high stop-word density: a line without a sentence end is text when
# it is this long and this dense (a paragraph the paste cut off).
_LENGTH_LOW = 70
_LENGTH_HIGH = 200
_TEXT_STOP_DENSITY = 0.32
# A line of this many words with fewer stop words than these shares is a title, names or
# figures; a sentence is allowed fewer (terse wire copy: `Imports fell 1.5 percent, ...`).
_CHROME_STOP_DENSITY = 0.16
_CHROME_SENTENCE_DENSITY = 0.1
_DENSITY_MIN_WORDS = 8
# A sentence this long whose words are a third stop words is text on its own (jusText's high density).
_SHORT_PROSE_MIN_WORDS = 4
# A short sentence needs this many words to be near text (`Closing sentence.`); a word alone is a label.
_SENTENCE_MIN_WORDS = 2
# A line with fewer words than this beside its addresses is made of links.
_WORDS_BESIDE_LINKS = 2
# A heading-shaped line of this many words between paragraphs is another story's headline (a teaser).
_TEASER_MIN_WORDS = 10
_TEASER_MAX_WORDS = 20
_CAPITALS_TEASER_MIN_WORDS = 7
# A subheading has this many words; a heading-shaped line opening the body needs more.
_HEADING_MIN_WORDS = 2
_HEADING_MAX_WORDS = 12
_OPENING_HEADING_MIN_WORDS = 5
_TITLE_CASE_SHARE = 0.6
# A sentence with half its words capitalised and few stop words is a title or names, not prose
# (German capitalises nouns, but its prose is dense with stop words).
_NAMES_CASE_SHARE = 0.5
_TITLE_STOP_DENSITY = 0.25
_LINK = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+|(?<!\w)[#@][^\W\d_][\w]*|\b[\w-]+\.(?:com|org|net|co|io|uk|in|ng|example)\b\S*"
)
# A word opening a sentence after a question or exclamation is capitalised by grammar
# (`Why now? Tanaka pointed ...`); a title or a list of names asks nothing.
_QUESTION_OR_EXCLAMATION_THEN_WORD = re.compile(r"[?!][\"”’')]*\s+[\"“‘(]?[A-Z]")
# Quoted words are someone's, in their language: the story's.
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|‘[^’]*’")
# Lines dropped for being parts of the article printed apart (a byline's detail, a photo and
# its credit) or a reading app's marks between its paragraphs (`Loc 21`, `7%`): passed over like
# entry marks, not chrome neighbours.
_ARTICLE_PARTS = frozenset({"byline-detail", "caption", "photo-credit", "reader-progress"})
# A promotion addressing the reader is a sentence or two: `... right in the palm of your hand.`
_PROMOTION_MAX_WORDS = 25
# A line addressing the reader with this many interface words (channel, app, inbox...) is a prompt.
_PROMOTION_INTERFACE_WORDS = 2
# A reading time's words are interface words, and any advice's: `Keep your wake-up time within 30 minutes ...`.
_TIME_WORDS = frozenset({"time", "min", "mins", "minute", "minutes"})
_READER = frozenset({"you", "your", "you're", "you’re", "yours"})
_DATE_LABEL_MAX_CHARS = 40
_MONTH_NAMES = vocab.MONTH_NAMES
_DATE_ALONE = re.compile(
    rf"^(?:[^\W\d_]+,?\s+)?(?:(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\.?\s+(?:{_MONTH_NAMES}))\.?$",
    re.I,
)
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’)]*\s+\S")


@dataclass(frozen=True, slots=True)
class BodyLines:
    """The body without its chrome, and the numbers of the lines that are subheadings."""

    kept: list[Line]
    headings: frozenset[int]
    language: str = "English"  # the language whose stop words cover most of the body


@dataclass(slots=True)
class _Unit:
    """One line of the body and its classes; a line going on in lower case joins it (in hard-wrapped text, any line)."""

    lines: list[Line]
    text: str
    own: str  # the class from the unit's own features
    reason: str | None = None  # why it is chrome on its own
    final: str = ""  # the class after its neighbours are read
    raised: bool = False  # a heading-shaped short line raised to near text by the text under it
    entry_title: bool = False  # right under a live entry's mark: the entry's headline, never a subheading
    dropped: bool = False  # a line dropped before this step: a chrome neighbour, never kept again


def _under_related_label(unit: _Unit, all_lines: list[Line]) -> bool:
    """A headline or two short sentences right under a related link's label alone (`Related Article`, `See also`)."""
    above_line = line_above_within(all_lines, unit.lines[0].number, _RELATED_LABEL_REACH)
    above = above_line.text if above_line else ""
    return (bool(_RELATED_LABEL_ALONE.match(above)) and len(unit.lines) == 1 and word_count(unit.text) <= _RELATED_LINK_MAX_WORDS
            and len(re.findall(r"[.!?](?:\s|$)", unit.text)) <= _RELATED_LINK_MAX_SENTENCES and not unit.text.startswith(("\"", "“")))


# A related link's label alone on its line (`Read more` may be a button that opens the rest of the story: not here).
_RELATED_LABEL_ALONE = re.compile(
    r"^(?:related(?: articles?| stories| story| content| coverage| news| reading)?|also read|see also|recommended(?: for you)?"
    r"|more on this(?: story| topic)?|you may also like|you might also like)\s*:?$", re.I
)
_RELATED_LINK_MAX_WORDS = 30
# The label stands this close above its link, blank lines counted (no scan back over the whole page).
_RELATED_LABEL_REACH = 3

_RELATED_LINK_MAX_SENTENCES = 2


def classify_body(
    body: list[Line],
    dropped: list[DroppedLine],
    all_lines: list[Line],
    wrapped: bool = False,
    byline: str | None = None,
) -> BodyLines:
    """The body's lines without page chrome; chrome is reported in `dropped` with its reason.

    `all_lines` are the source's lines (those dropped before are chrome neighbours), `wrapped`
    says the text is hard-wrapped (a block of lines is then one unit), `byline` names the
    authors (a chrome line opening with one is their bio).
    """
    kept_numbers = {line.number for line in body if line.text}
    if not kept_numbers:
        return BodyLines(body, frozenset())
    language = body_language([line.text for line in body if line.text])
    units = _units(body, dropped, all_lines, kept_numbers, wrapped, language)
    listed = unmarked_list_items(body) | table_rows(body)
    story_goes_on = max((position for position, unit in enumerate(units) if unit.own == GOOD and not unit.dropped), default=-1)
    for unit in units[:story_goes_on]:
        # `The biggest risers were:` / `Manchester: 6.1%` / `Leeds: 4.9%`, the story going on under it: a list,
        # however few its small words (under the story's last paragraph, a list over a colon is the page's)
        last = unit.lines[-1].number
        if (not unit.dropped and unit.own != GOOD
                and (unit.lines[0].number in listed or unit.text.endswith(":") and {last + 1, last + 2} & listed)):
            unit.own, unit.reason = LISTED, None
    _mark_pull_quotes(units)
    authors = {name.casefold() for name in author_names(byline)}
    named = False  # the unit before was the author's name alone
    for unit in units:
        if not unit.dropped and unit.text.casefold() in authors:
            unit.own, unit.reason = BAD, "author-box"  # the author's name alone, over a bio after the text
            named = True
            continue
        if not unit.dropped and _bio_in_capitals(unit.text, authors):
            unit.own, unit.reason = BAD, "author-bio"  # `MARCUS FELD is Professor of International Security at ...`
            continue
        if named and not unit.dropped and vocab.BYLINE_DETAIL.match(unit.text):
            unit.own, unit.reason = BAD, "author-box"  # `Local government reporter` under the name: the box's role
        named = False
    if not any(unit.own == GOOD for unit in units):
        for unit in units:  # a short article of short sentences: its near text is the best text it has
            unit.own = GOOD if unit.own == NEARGOOD else unit.own
    _raise_headings(units)
    _revise(units)
    chrome: set[int] = set()
    headings: set[int] = set()
    seen_text = False
    kept_units = [unit for unit in units if not unit.dropped]
    kicked = _kicked_teasers(kept_units)
    teaser_above = False  # the unit before was another story's headline, dropped as a teaser
    for position, unit in enumerate(kept_units):
        if teaser_above and vocab.is_heres_teaser(unit.text):
            # `Colorado lawmakers weigh cap on ...` / `Denver's coldest week is coming. Here's how to cut your heating
            # bill.`: links to other stories set one under the other, the second in sentences
            dropped.extend(DroppedLine(line.number, line.text, "related-list") for line in unit.lines)
            chrome.update(line.number for line in unit.lines)
            continue
        teaser_above = False
        if position in kicked or _under_related_label(unit, all_lines):
            # `FOWL PLAY` / `Pensioner, 81, ordered to stop feeding pigeons ...`: a tabloid's link to another story;
            # `Related Article` / `Sydney's lockout laws are long gone. So why ...?`: a link under its label
            dropped.extend(DroppedLine(line.number, line.text, "related-list") for line in unit.lines)
            chrome.update(line.number for line in unit.lines)
            teaser_above = True
            continue
        if unit.final == BAD:
            reason = unit.reason if unit.reason and unit.reason != "boilerplate" else None
            if reason is None and _opens_with_author(unit.text, byline):
                reason = "author-bio"  # `Clara Voss covers art and museums.`
            reason = reason or unit.reason or ("boilerplate" if seen_text else "page-label")
            dropped.extend(DroppedLine(line.number, line.text, reason) for line in unit.lines)
            chrome.update(line.number for line in unit.lines)
            continue
        if not seen_text and _names_an_institution(unit.text):
            # `Program` / `Foreign Policy` / `Center` / `Center for East Asian Policy Research` / the story: a think
            # tank's programme named over the text is its page's label, no paragraph or subheading
            dropped.extend(DroppedLine(line.number, line.text, "page-label") for line in unit.lines)
            chrome.update(line.number for line in unit.lines)
            continue
        shaped = unit.own == SHORT or unit.raised or unit.text.endswith("?")
        if (seen_text and not unit.entry_title and _is_teaser(unit.text) and unit.own != LISTED
                and not _in_a_list(kept_units, position) and not _heads_steps(kept_units, position)
                and (word_count(unit.text) <= _HEADING_MAX_WORDS or _between_sentences(kept_units, position))):
            # A headline of another story between paragraphs: subheadings are shorter.
            dropped.extend(DroppedLine(line.number, line.text, "related-list") for line in unit.lines)
            chrome.update(line.number for line in unit.lines)
            teaser_above = True
            if position and _is_teasers_alt_text(kept_units[position - 1], unit):
                # `A woman carries shopping bags in Tokyo's Ginza district` / the teaser's headline: its picture's alt text
                alt = kept_units[position - 1]
                dropped.extend(DroppedLine(line.number, line.text, "image-alt") for line in alt.lines)
                chrome.update(line.number for line in alt.lines)
                headings.discard(alt.lines[0].number)
            continue
        if seen_text and shaped and not unit.entry_title and is_heading(unit.text):
            headings.add(unit.lines[0].number)
        seen_text = True
    return BodyLines([line for line in body if line.number not in chrome], frozenset(headings), language)


# A pull quote repeats a quotation of the story in display type, maybe with the speaker under it.
_PULL_QUOTE = re.compile(r"^[\"“‘'](?P<quote>[^\"“”]{20,300})[\"”’']$")
_PULL_QUOTE_MAX_WORDS = 50
# The speaker under a pull quote: `— Khalid Al Suwaidi, director of parks`, `Graham Tully, Ridge Road resident`.
_SPEAKER = re.compile(r"^(?:[—–-]\s*)?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,\s*[^.!?]{2,60})?$")


def _is_quoted_subheading(text: str, above: list[_Unit], following: list[_Unit]) -> bool:
    """A short quoted phrase without a stop (`lines.quoted_phrase`), over the section whose paragraphs
    hold it (within `_SUBHEADING_REACH` of them) and said nowhere above, heads that section.

    A pull quote repeats a sentence, or stands away from the paragraph it was taken from, or
    repeats words the story has already given.
    """
    phrase = quoted_phrase(text)
    if phrase is None:
        return False
    words = normal_text(phrase)
    below = [unit for unit in following if not unit.dropped][:_SUBHEADING_REACH]
    return any(words in normal_text(unit.text) for unit in below) and not any(
        words in normal_text(unit.text) for unit in above if not unit.dropped
    )


# A quoted subheading's words are in one of this many paragraphs under it.
_SUBHEADING_REACH = 3


def _mark_pull_quotes(units: list[_Unit]) -> None:
    """A quotation alone on its line whose words another line of the story holds is a pull quote:
    chrome, as the speaker's name printed under it. Only the repeat goes; the story keeps the quote."""
    texts = [normal_text(unit.text) for unit in units if not unit.dropped]
    for index, unit in enumerate(units):
        found = _PULL_QUOTE.match(unit.text)
        if unit.dropped or not found or len(unit.text.split()) > _PULL_QUOTE_MAX_WORDS:
            continue
        quote = normal_text(found["quote"])
        if not any(quote in text and text != quote or _holds_every_sentence(text, found["quote"]) for text in texts):
            continue
        if _is_quoted_subheading(unit.text, units[:index], units[index + 1 :]):
            continue
        unit.own, unit.reason = BAD, "pull-quote"
        speaker = units[index + 1] if index + 1 < len(units) else None
        if speaker is not None and not speaker.dropped and _SPEAKER.match(speaker.text):
            speaker.own, speaker.reason = BAD, "pull-quote"


# A pull quote's sentences, each found in the story's paragraph, are of this many words at least (so that
# `Yes.` is found anywhere).
_PULLED_SENTENCE_MIN_WORDS = 4


def _holds_every_sentence(text: str, quote: str) -> bool:
    """Each sentence of the quote stands in the paragraph, the paragraph setting them apart (`"Honestly, the model
    was the easy part," Okafor says. "The hard part is ..."` for `"The model was the easy part. The hard part ..."`)."""
    sentences = [normal_text(part) for part in re.split(r"(?<=[.!?])\s+", quote)]
    return (len(sentences) >= 2 and all(len(sentence.split()) >= _PULLED_SENTENCE_MIN_WORDS for sentence in sentences)
            and all(sentence in text for sentence in sentences) and normal_text(quote) != text)


def _units(
    body: list[Line],
    dropped: list[DroppedLine],
    all_lines: list[Line],
    kept_numbers: set[int],
    wrapped: bool,
    language: str,
) -> list[_Unit]:
    """The body's units in order, with the lines dropped before among them as chrome neighbours."""
    dropped_numbers = {item.number: item.reason for item in dropped if item.reason not in _ARTICLE_PARTS}
    first, last = min(kept_numbers), max(kept_numbers)
    units: list[_Unit] = []
    # A kept line right under a kept line joins its unit in wrapped text, or when it goes on its sentence.
    joins = False
    above = text_above(all_lines, first)
    after_mark = _is_entry_mark(above)  # the last content line was a live entry's mark
    for line in all_lines[first - 1 : last]:
        if line.number in kept_numbers:
            if joins and (wrapped or line.text[:1].islower()):
                units[-1].lines.append(line)
                units[-1].text += " " + line.text
            else:
                units.append(_Unit([line], line.text, "", entry_title=after_mark))
            # An item of a list without marks ends with a semicolon (`... antenatal care; and`): the next is another.
            joins = wrapped or not (vocab.ends_sentence(line.text) or vocab.ENDS_LIST_ITEM.search(line.text))
            after_mark = False
            continue
        joins = False
        if not line.text:
            continue
        after_mark = _is_entry_mark(line.text)
        if line.number in dropped_numbers and not after_mark:
            units.append(_Unit([line], line.text, BAD, reason=dropped_numbers[line.number], dropped=True))
    for unit in units:
        if not unit.dropped:
            unit.own, unit.reason = _own_class(unit.text, language)
            if (unit.own != BAD or unit.reason == "boilerplate") and _signed_post(unit, all_lines):
                unit.own, unit.reason = POSTED, None  # a post's text over its `— Name (@handle) date` line: what was posted
            if unit.entry_title and unit.own == SHORT:
                unit.own = NEARGOOD  # `Union says talks will resume`, `GOAL! ... 1-2 ...` under `14:05`, `78'`
    return units


def _signed_post(unit: _Unit, all_lines: list[Line]) -> bool:
    """The line right under the unit is an embedded post's signature: `— Marco Lindqvist (@MLindqvistFC) December 3, 2026`."""
    return is_post_signature(text_below(all_lines, unit.lines[-1].number))


def _bio_in_capitals(text: str, authors: set[str]) -> bool:
    """A bio that opens with an author's name in capitals and says what the author is, as a journal sets its
    contributors' notes: `HELEN SATO is a Senior Fellow ...`, `MARCUS FELD is Professor of ...`."""
    name = next((author for author in authors if text.casefold().startswith(author + " ")), None)
    if name is None:
        return False
    printed = text[: len(name)]
    return printed.isupper() and bool(vocab.BIO_VERB.match(text[len(name) :]))


def _opens_with_author(text: str, byline: str | None) -> bool:
    return any(text.casefold().startswith(name.casefold()) for name in author_names(byline))


def _is_entry_mark(text: str) -> bool:
    """The time or minute mark of a live text's entry (`14:32`, `78'`, `FT`): between entries, not chrome."""
    return bool(vocab.ENTRY_TIME.match(text) or vocab.LIVE_MARK.match(text))


@lru_cache(maxsize=_CACHED_LINES)
def _own_class(text: str, language: str) -> tuple[str, str | None]:
    """The class a line has by its own features, and the clutter reason of a chrome line."""
    stop_words = _stoplist(language)
    if vocab.LIST_ITEM.match(text) or vocab.QUOTE_LINE.match(text):
        return GOOD, None  # a list item or a quotation is the article's structure
    reason = clutter_reason(text) or _chrome_reason(text)
    if reason:
        return BAD, reason
    words = line_words(text)
    if vocab.CJK_CHARACTER.search(text) and len(text.split()) <= 2:
        return (GOOD if is_prose(text) else NEARGOOD if vocab.ends_sentence(text) else SHORT), None
    stops = sum(word in stop_words for word in words)
    density = stops / len(words) if words else 0.0
    sentence = _is_sentence(text)
    if len(words) >= _DENSITY_MIN_WORDS and density < (_CHROME_SENTENCE_DENSITY if sentence else _CHROME_STOP_DENSITY):
        return BAD, "boilerplate"
    if _in_another_language(text, words, stops):
        return BAD, "boilerplate"  # `Naudojant LINA informaciją, būtina nuoroda į šaltinį.` under an English story
    if language == "English" and is_other_language_label(text):
        return BAD, "page-label"  # `Sdílet na Facebooku`, `Kopírovat odkaz`: the outlet's buttons in its language
    if _BRACKETED.match(text):
        return BAD, "bracketed"  # `[check this figure - the memo says $125M]`, `[image]`, `[END]`: set in, not the story's
    if language == "English" and _labelled_in_another_language(text):
        return BAD, "related-list"  # `Baca Juga: West Java governor orders ...`: another story, under the outlet's label
    if language == "English" and not _QUOTE_MARK.search(text) and is_foreign_line(text):
        return BAD, "boilerplate"  # `Receba as principais notícias do dia no seu e-mail.`: the outlet's, in its language
    if is_prose(text) and _is_title_like(text, density):
        return BAD, "boilerplate"  # `State of Northland ex rel. ... v. Greywater Mining Co. et al.`
    plain = not _addresses_reader(text, words)
    if not plain and sum(word in vocab.INTERFACE_WORDS and word not in _TIME_WORDS for word in words) >= _PROMOTION_INTERFACE_WORDS:
        return BAD, "interface"  # `Join our Telegram channel and get the news delivered to you.`
    if not plain and _LINK.search(text):
        return BAD, "notice"  # `Send your club notes and results to sport@example.ie by 6pm Sunday.`: the outlet asks
    if is_prose(text) and density >= _PROSE_STOP_DENSITY and plain:
        return GOOD, None
    if sentence and len(words) >= _SHORT_PROSE_MIN_WORDS and density >= _TEXT_STOP_DENSITY and plain:
        return GOOD, None  # `Traders fear for their jobs.`: a short sentence, but language through and through
    if len(text) >= _LENGTH_HIGH and density >= _TEXT_STOP_DENSITY:
        return GOOD, None  # a paragraph cut off mid-sentence is still text
    if is_prose(text) or sentence and len(words) >= _SENTENCE_MIN_WORDS:
        return NEARGOOD, None
    if len(text) >= _LENGTH_LOW and density >= _TEXT_STOP_DENSITY:
        return NEARGOOD, None
    return SHORT, None


# A line wholly in square brackets: a reader's note, a placeholder or a marker set into the text.
# (An editor's note, an update or a correction in brackets is the outlet's word on the story: read as such.)
_BRACKETED = re.compile(r"^\[(?!\s*(?:editor['’]?s note|update|updated|correction|clarification)\b)[^\[\]]{1,400}\]$", re.I)
_TEASER_LABEL_MAX_WORDS = 3
_LABELLED_TEASER_MIN_WORDS = 3


def _labelled_in_another_language(text: str) -> bool:
    """`Label: headline`, the label in another language and the headline no sentence (`Llegeix també: ...`)."""
    label, colon, rest = text.partition(":")
    if not colon or len(label.split()) > _TEASER_LABEL_MAX_WORDS or len(rest.split()) < _LABELLED_TEASER_MIN_WORDS:
        return False
    return is_other_language_label(label) and not vocab.ends_sentence(rest.strip())


def _is_sentence(text: str) -> bool:
    """Ends with a full stop, a question or exclamation mark (a colon or semicolon ends a label)."""
    return vocab.ends_sentence(text) and not text.endswith((":", ";"))


def _chrome_reason(text: str) -> str | None:
    """A line that is links, addresses or handles and little else (`#CupLive`, `www.example.com`), or a widget.

    jusText measures the share of a paragraph's text inside links; pasted text keeps no
    links, only addresses, and a sentence may name one (`Apply at www.council.example.`),
    so here the line must be little more than its addresses: fewer than two words beside them.
    """
    if _LINK.search(text) and len(line_words(_LINK.sub(" ", text))) < _WORDS_BESIDE_LINKS:
        return "link-line"
    if vocab.WIDGET_LINE.match(text):
        return "widget"
    return None


def _is_title_like(text: str, density: float) -> bool:
    """Mostly capitalised words and few stop words: a case title or a list of names (`State of Northland v. ...`)."""
    words = [word for word in text.split() if word[:1].isalpha() and not _is_honorific(word)]
    capitalised = sum(word[0].isupper() for word in words) - len(_QUESTION_OR_EXCLAMATION_THEN_WORD.findall(text))
    # (`Presidential Office spokeswoman Lai Shu-fen said ...`: names reported saying something make a sentence)
    return density < _TITLE_STOP_DENSITY and capitalised >= _NAMES_CASE_SHARE * len(words) and not vocab.ATTRIBUTED.search(text)


_NAME_SMALL_WORDS = frozenset({"of", "for", "and", "on", "the", "in", "&"})


def _names_an_institution(text: str) -> bool:
    """`Center for East Asian Policy Research`, `Institute for Security and Development Policy`: an institution's
    name, every word capitalised but the small ones, and no stop."""
    words = text.split()
    if not 2 <= len(words) <= _INSTITUTION_NAME_MAX_WORDS or vocab.ends_sentence(text):
        return False
    small = [word for word in words if word.lower() in _NAME_SMALL_WORDS]
    return all(word[:1].isupper() for word in words if word not in small) and any(
        word.lower() in vocab.INSTITUTION_WORDS for word in words)


_INSTITUTION_NAME_MAX_WORDS = 8


def _is_honorific(word: str) -> bool:
    """`Mr.`, `Dr.`: capitalised by custom before any name, so no evidence of a list of names."""
    return word.rstrip(".").casefold() in vocab.HONORIFICS


def addresses_reader(text: str) -> bool:
    """`text` speaks to the reader (`you`, `your` outside quotation marks, in a short line)."""
    return _addresses_reader(text, line_words(text))


# An image's alternative text is a phrase: a few words, no stop.
_ALT_TEXT_MAX_WORDS = 15


def _is_teasers_alt_text(above: _Unit, teaser: _Unit) -> bool:
    """Set tight over a teaser's headline, a short phrase with no stop that shows a scene (`A woman carries shopping bags
    in Tokyo's Ginza district`): the teaser's picture, copied as its alternative text."""
    return (len(above.lines) == 1 and above.lines[-1].number == teaser.lines[0].number - 1
            and word_count(above.text) <= _ALT_TEXT_MAX_WORDS and not vocab.ends_sentence(above.text)
            and above.text[:1].isalpha() and not _CLOCK_TIME.search(above.text)  # (a live entry's `5 hours ago (05:30 GMT)`)
            and may_describe_a_photo(above.text + "."))


def _addresses_reader(text: str, words: list[str]) -> bool:
    """A short line with `you` or `your` outside quotation marks: a promotion speaks to the reader.

    A report rarely does; a column may, at length, so longer lines are not held to it.
    """
    if len(words) > _PROMOTION_MAX_WORDS or _READER.isdisjoint(words):
        return False
    if _ASKED_BY_SPEAKER.match(text):
        return False  # `CCTV: Could you share more about ...?`: a transcript's question, to the one who answers
    unquoted = _QUOTED.sub(" ", text)
    if any(FIRST_PERSON_SINGULAR.search(statement) for statement in _STATEMENT.findall(unquoted)):
        # `I hope you will join me there.`: a columnist speaks to readers as `I`, an outlet's promotion as `we`
        # (and an app asks in its reader's voice: `Why am I seeing this?`)
        return False
    return not _READER.isdisjoint(line_words(unquoted))


# A question in a briefing's transcript, its asker's outlet or name first: `Kyodo News: ... What's your comment?`.
_ASKED_BY_SPEAKER = re.compile(r"^(?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}):\s+\S.*\?[\"”’]?$")


# A writer speaking as `I` (also a columnist's paragraph under the story, `briefs.sources.tail`).
FIRST_PERSON_SINGULAR = re.compile(r"\bI\b")
_STATEMENT = re.compile(r"[^.!?]+[.!]")


def _in_a_list(units: list[_Unit], position: int) -> bool:
    """Items printed without bullets: after a line ending in a colon (`... include:`), or beside
    another long heading-shaped line. A teaser stands alone between paragraphs."""
    before = units[position - 1].text if position > 0 else ""
    after = units[position + 1].text if position + 1 < len(units) else ""
    text = units[position].text
    # `Line 7: half of trains` / `Line 13: one train in three, ...`: items sharing a label's form or their first word
    alike = any(neighbour and (_LABELLED_ITEM.match(text) and _LABELLED_ITEM.match(neighbour)
                               or neighbour.split()[0] == text.split()[0] and not vocab.ends_sentence(neighbour))
                for neighbour in (before, after))
    return (before.endswith(":") or alike or any(_is_teaser(text) for text in (before, after) if text)
            or _among_tight_items(units, position))


def _among_tight_items(units: list[_Unit], position: int) -> bool:
    """Set tight between two lines with no stop, one line under the other (`Stores ... trade as normal` / `Gift
    cards ... for now` / `Orders ... may be delayed`): a list whose marks the copy lost, not a teaser."""
    if not 0 < position < len(units) - 1:
        return False
    before, unit, after = units[position - 1], units[position], units[position + 1]
    return (before.lines[-1].number + 1 == unit.lines[0].number and unit.lines[-1].number + 1 == after.lines[0].number
            and not any(vocab.ends_sentence(item.text) or word_count(item.text) < _TIGHT_ITEM_MIN_WORDS
                        for item in (before, unit, after)))


# Items of a list whose marks were lost run to a clause each; a credit or a label over a caption is shorter.
_TIGHT_ITEM_MIN_WORDS = 6


# A list of steps printed without bullets: at least this many short sentences, each telling the reader what to do.
_STEPS_MIN = 2
_STEP_MAX_WORDS = 30
_STEP_VERB = re.compile(r"^(?:look|check|unplug|stop|contact|call|visit|keep|turn|remove|return|make|go|use|avoid|do not|"
                        r"don['’]t|find|follow|register|report|ask|take|get|leave|store|wash|throw|bring)\b", re.I)


def _heads_steps(units: list[_Unit], position: int) -> bool:
    """A heading over steps for the reader (`What to do if you have a recalled heated throw` / `Look for a model
    number ...` / `Unplug the throw ...`): the story's own subheading, not another story's headline."""
    following = units[position + 1 : position + 1 + _STEPS_MIN]
    return len(following) == _STEPS_MIN and all(
        _STEP_VERB.match(unit.text) and word_count(unit.text) <= _STEP_MAX_WORDS for unit in following)


def _between_sentences(units: list[_Unit], position: int) -> bool:
    """A line longer than any subheading stands between two paragraphs that end their sentences: a headline of
    another story. An item of a list (`... the main changes are:` / `A later start, ...` / `Two new viewing
    areas with seating, on Broad Quay ...`) or a line a page cut (`... would begin hiring next month and`)
    does not."""
    before = units[position - 1].text if position > 0 else ""
    after = units[position + 1].text if position + 1 < len(units) else ""
    last_word = units[position].text.rsplit(None, 1)[-1].casefold()
    return vocab.ends_sentence(before) and vocab.ends_sentence(after) and last_word not in _CUT_LINE_ENDINGS


# Words a headline never ends with; a line of prose cut by a page's column does.
_CUT_LINE_ENDINGS = frozenset(
    "and or but nor the a an of to in on at for with by from that which who whose as than "
    "would will could should can may might must is are was were be been has have had not its their his her this these".split()
)


# An item that opens with its label: `Line 4: one train in three`, `Bus routes: normal service`.
_LABELLED_ITEM = re.compile(r"^[^:.!?]{1,30}:\s+\S")


# A tabloid's kicker in capitals over another story's headline: a word or a few.
_KICKER_MAX_WORDS = 4


def _kicked_teasers(units: list[_Unit]) -> set[int]:
    """The positions of kickers in capitals and the headlines under them, set between the story's finished
    paragraphs (`FOWL PLAY` / `Pensioner, 81, ordered to stop feeding pigeons from her balcony or face eviction`):
    links to other stories, as red-tops print them. A subheading in capitals has the story's paragraph under it."""
    found: set[int] = set()
    for position in range(1, len(units) - 1):
        kicker, headline = units[position], units[position + 1]
        if (kicker.text.isupper() and word_count(kicker.text) <= _KICKER_MAX_WORDS
                and vocab.ends_sentence(units[position - 1].text) and not vocab.ends_sentence(headline.text)
                and not headline.text.isupper() and _is_teaser(headline.text)):
            found.update((position, position + 1))
    return found


def _is_teaser(text: str) -> bool:
    # Another story's headline in capitals between paragraphs (`PENTAGON WATCHDOG FINDS ...`) is shorter than
    # one in mixed case can be and still not be a subheading; subheadings in capitals are a few words.
    # (a headline runs longer than a subheading may: `Hong Kong's first light public housing project welcomes
    # tenants as officials tout speed` is thirteen words)
    least = _CAPITALS_TEASER_MIN_WORDS if text.isupper() else _TEASER_MIN_WORDS
    return (word_count(text) >= least and not text.endswith("?") and is_heading(text, _TEASER_MAX_WORDS)
            and not holds_full_date(text))  # `Nuala Brennock: born March 2nd, 1941; died February 11th, 2026`: a fact


def holds_full_date(text: str) -> bool:
    """A date with its day and year in the line (`March 2nd, 1941`): headlines leave them out, details give them."""
    return _FULL_DATE.search(text) is not None


_FULL_DATE = re.compile(r"\b(?:" + _MONTH_NAMES + r")\.? \d{1,2}(?:st|nd|rd|th)?,? (?:1[89]|20)\d\d\b", re.I)


def is_heading(text: str, most_words: int = 0) -> bool:
    """One heading: two to twelve words (or `most_words`), a capital first, no sentence inside or at its end (a
    question may end it)."""
    if len(text) > 2 and text[0] in OPENING_QUOTES and text[-1] in CLOSING_QUOTES:
        text = text[1:-1]  # a subheading in quotation marks: `'Like a lawn growing back'`
    words = word_count(text)
    if not _HEADING_MIN_WORDS <= words <= (most_words or _HEADING_MAX_WORDS) or not text[:1].isupper():
        return False
    if _SENTENCE_INSIDE.search(text) or _INTERVIEW_QUESTION.match(text) or _CLOCK_TIME.search(text):
        return False  # a clock time makes it a time label (`Valid from 12:00 Friday`), not a heading
    if _DATE_ALONE.match(text) or len(text) <= _DATE_LABEL_MAX_CHARS and parse_time_line(text) is not None:
        return False  # a date alone (`May 29`) opens an entry, as a live text's time does
    return text.endswith("?") or not vocab.ends_sentence(text)


_INTERVIEW_QUESTION = re.compile(r"^(q|question|frage)\s*[:.]", re.I)


def _raise_headings(units: list[_Unit]) -> None:
    """A heading-shaped short line right above text is near text (jusText's `good headings`)."""
    seen_text = False
    for unit, following in zip(units, units[1:] + [None]):
        if unit.own == SHORT and following is not None and following.own == GOOD:
            # `Quote from the Gazette:` leads into the text under it.
            lead_in = unit.text.endswith(":") and word_count(unit.text) >= _HEADING_MIN_WORDS
            if lead_in or is_heading(unit.text) and (seen_text or _is_opening_heading(unit.text)):
                unit.own, unit.raised = NEARGOOD, True
        seen_text = seen_text or unit.own == GOOD


def _is_opening_heading(text: str) -> bool:
    """Above all text, a heading is a title: several words, mostly capitalised (`Full-time: Coldbrook Athletic 1-2`).

    A label (`Social Sharing`) is shorter, a slogan (`Before it's here, it's on the Terminal`) is in lower case.
    """
    words = [word for word in text.split() if word[:1].isalpha()]
    capitalised = sum(word[0].isupper() for word in words)
    return word_count(text) >= _OPENING_HEADING_MIN_WORDS and capitalised >= _TITLE_CASE_SHARE * len(words)


def _revise(units: list[_Unit]) -> None:
    """jusText's context pass: short lines, then near text, classed by the nearest text or chrome around them.

    The neighbours are found in two sweeps (nearest before, nearest after), so the pass is
    linear however long a run of short lines is.
    """
    strong_before = _nearest(units, (GOOD, BAD))
    strong_after = _nearest(units[::-1], (GOOD, BAD))[::-1]
    any_before = _nearest(units, (GOOD, BAD, NEARGOOD))
    any_after = _nearest(units[::-1], (GOOD, BAD, NEARGOOD))[::-1]
    # Inside the story an ad's label is no neighbour (`Advertisement` / `Background` / paragraph: a subheading under
    # the ad slot), but the sentence right under it is the ad's own copy (`Trade European steel stocks from EUR 0 ...`).
    through_before = _nearest(units, (GOOD, BAD), passing_ad_labels=True)
    through_after = _nearest(units[::-1], (GOOD, BAD), passing_ad_labels=True)[::-1]
    for index, unit in enumerate(units):
        before, after = strong_before[index], strong_after[index]
        if not (index and units[index - 1].reason == "advertising" and vocab.ends_sentence(unit.text)):
            # (only with the story on the other side: an ad's label under a list of videos closes the list)
            before, after = (through_before[index] if after == GOOD else before,
                             through_after[index] if before == GOOD else after)
        if unit.own == SHORT:
            if before == after:
                unit.final = before
            elif before == BAD and any_before[index] == NEARGOOD or after == BAD and any_after[index] == NEARGOOD:
                unit.final = GOOD
            else:
                unit.final = BAD
        elif unit.own == NEARGOOD:
            unit.final = BAD if before == after == BAD else GOOD
        else:
            unit.final = unit.own


def _nearest(units: list[_Unit], classes: tuple[str, ...], passing_ad_labels: bool = False) -> list[str]:
    """For each unit, the class of the nearest unit before it whose own class is in `classes` (chrome at the edge);
    with `passing_ad_labels`, an ad's label dropped before (`Advertisement`) is passed over."""
    found = []
    last = BAD
    for unit in units:
        found.append(last)
        if unit.own in classes and not (passing_ad_labels and unit.dropped and unit.reason == "advertising"):
            last = unit.own
    return found


# A line in another language than the body's: this many words, not one of them a stop word of the body's
# language, and this many written with letters English has not (`informaciją`, `šaltinį`). An English
# sentence of five words holds a stop word; a name with an accent (`José Núñez`) is two words, no sentence.
_OTHER_LANGUAGE_MIN_WORDS = 5
_OTHER_LANGUAGE_MIN_ACCENTED = 2


def _in_another_language(text: str, words: list[str], stops: int) -> bool:
    """(Quoted, the words are someone's, in their language: the story's.)"""
    accented = sum(1 for word in words if not word.isascii())
    return (len(words) >= _OTHER_LANGUAGE_MIN_WORDS and stops == 0 and accented >= _OTHER_LANGUAGE_MIN_ACCENTED
            and not _QUOTE_MARK.search(text))


# A label in another language than an English body's (`Διαβάστε επίσης`, `Mest lesið`, `Czytaj także`):
# a few words, written in another script, or with a letter English words never carry in a word
# that is no name. Letters English borrows with their words (`café`, `naïve`, `façade`, `piñata`, `über`)
# do not count; `Läs mer`, `Mest läst`, `Compartilhe esta notícia` carry others.
_LABEL_MAX_WORDS = 4
_LETTERS_ENGLISH_BORROWS = frozenset("éèêëàâçïîôñü")


def _foreign_letter(character: str) -> bool:
    return character.isalpha() and not character.isascii() and character.lower() not in _LETTERS_ENGLISH_BORROWS


def _other_script(word: str) -> bool:
    letters = [character for character in word if character.isalpha()]
    return bool(letters) and not any(unicodedata.name(character, "").startswith("LATIN") for character in letters)


def is_other_language_label(text: str) -> bool:
    """A short label in another language than an English story's: a box's heading or a button.

    Its language shows in a letter English lacks, or in its words' frequencies in English and in
    other languages (`briefs.sources.word_language`: `Lire aussi`, `Baca juga`, plain ASCII).

    A word with such a letter must not be a name: lowercase, or the first of a label whose other
    words are lowercase (`Najczęściej czytane`), so `Life in Kraków` and `Ásta Magnúsdóttir` stay.
    (A subheading opening with such a name and nothing but lowercase words after it, `Dáil votes`,
    reads as a label and is dropped as one: a limit of reading letters rather than words.)
    """
    label = text.rstrip(": ")
    words = label.split()
    if not 1 <= len(words) <= _LABEL_MAX_WORDS or vocab.ends_sentence(label) or any(c.isdigit() for c in label):
        return False
    if all(_other_script(word) for word in words):
        return True
    sentence_case = all(word.islower() for word in words[1:]) and len(words) > 1
    return any(any(_foreign_letter(character) for character in word) and (word.islower() or (index == 0 and sentence_case))
               for index, word in enumerate(words)) or is_foreign_phrase(words)


def is_english_prose(text: str) -> bool:
    """Prose whose words are English by their stop words (a cookie banner in Polish is not)."""
    words = line_words(text)
    return bool(words) and sum(word in _stoplist("English") for word in words) / len(words) >= _PROSE_STOP_DENSITY


def body_language(texts: list[str]) -> str:
    """The language whose jusText stop-word list covers most of the words (English when none does).

    The first `_LANGUAGE_SAMPLE_WORDS` words tell it: a language shows in a few paragraphs.
    """
    languages_of = _languages_of_words()
    covered = [0] * len(_LANGUAGES)
    seen = 0
    for text in texts:
        words = line_words(text)
        for word in words:
            for index in languages_of.get(word, ()):
                covered[index] += 1
        seen += len(words)
        if seen >= _LANGUAGE_SAMPLE_WORDS:
            break
    return _LANGUAGES[covered.index(max(covered))]


@lru_cache(maxsize=1)
def _languages_of_words() -> dict[str, tuple[int, ...]]:
    """Each stop word of the lists, with the indices (in `_LANGUAGES`) of the languages it is one in."""
    found: dict[str, list[int]] = {}
    for index, language in enumerate(_LANGUAGES):
        for word in _stoplist(language):
            found.setdefault(word, []).append(index)
    return {word: tuple(indices) for word, indices in found.items()}


@lru_cache(maxsize=len(_LANGUAGES))
def _stoplist(language: str) -> frozenset[str]:
    import justext  # here, not above: it brings lxml (~70 ms), which a command that parses no text need not load

    return frozenset(justext.get_stoplist(language))


# A list whose marks the copy lost, in a page whose paragraphs stand apart: short lines set tight
# under a line ending with a colon (`The warning covers the following areas:` / `Cumbria` / ...), or
# a run of them all opening in one shape, with a figure (`$4.2bn – spent on running the city` /
# `7.9% – average rates rise`) or a label and its colon (`Born: April 2, 1933` / `Died: ...`).
_UNMARKED_ITEM_MAX_WORDS = 25
_UNMARKED_LIST_MIN_ITEMS = 2
_PARALLEL_LIST_MIN_ITEMS = 3
_SPACED_PAGE_MIN_BLANKS = 3
_OPENS_WITH_FIGURE = re.compile(r"^[$€£¥₹]?\d[\d.,]*\s?(?:%|[a-zA-Z]{1,3}\b)?")


def unmarked_list_items(body: list[Line]) -> set[int]:
    """Line numbers of the items of lists printed without marks."""
    if sum(not line.text for line in body) < _SPACED_PAGE_MIN_BLANKS:
        # a paste without blank lines sets every paragraph tight: only short lines under a colon stand out
        return _items_under_colons(body)
    items: set[int] = set()
    for index, line in enumerate(body):
        if not line.text or index and body[index - 1].text:
            continue  # runs start after a blank line
        run = _tight_run(body, index)
        if len(run) >= _PARALLEL_LIST_MIN_ITEMS and _all_items(run) and _one_opening(run):
            items.update(item.number for item in run)
    for index, line in enumerate(body):
        if not line.text.endswith(":") or len(line.text.split()) < 3 or clutter_reason(line.text) or addresses_reader(line.text):
            continue  # (`You are free to republish it so long as you do the following:`: the page's terms, not the story's)
        start = index + 1 + (index + 1 < len(body) and not body[index + 1].text)  # one blank line may stand between
        run = _tight_run(body, start)
        # `... use the money for:` / `restoring piers, ...` / `converting empty shops ...` / `The announcement follows
        # ...`: a page that sets its list tight sets the paragraph after it tight too; items without a stop end where
        # a sentence in capitals begins
        leading = list(itertools.takewhile(_is_bare_item, run))
        rest = run[len(leading):]
        if len(leading) >= _UNMARKED_LIST_MIN_ITEMS and rest and _opens_prose_after_items(rest[0].text):
            items.update(item.number for item in leading)
        elif len(run) >= _UNMARKED_LIST_MIN_ITEMS and _all_items(run):
            items.update(item.number for item in run)
    width = text_width(body)
    for index, line in enumerate(body):
        if not line.text or index and body[index - 1].text:
            continue
        # `Background` / `the contract was signed ...` / `construction will ...`: in a page of one paragraph a
        # line, lines opening in lower case right under a subheading are the items of a list that lost its marks
        run = _tight_run(body, index + 1)
        if (_is_subheading_shape(line.text) and len(run) >= _UNMARKED_LIST_MIN_ITEMS and _all_items(run)
                and all(item.text[:1].islower() and not fills_width(item.text, width) for item in run)):
            # (lines that fill the width a text was wrapped at go on from one another: a column, not a list)
            items.update(item.number for item in run)
    return items


_SUBHEADING_MAX_WORDS = 8


def _opens_prose_after_items(text: str) -> bool:
    return text[:1].isupper() and is_prose(text)


def _is_subheading_shape(text: str) -> bool:
    return (text[:1].isupper() and len(text.split()) <= _SUBHEADING_MAX_WORDS
            and not vocab.ends_sentence(text) and not text.endswith((",", ";")))


# Rows of a table the copy set as lines: a run of short lines all of one shape, figures in it
# (`Harbour 3 Rovers 1` / `Castlebay Celtic 0 Lee Valley 2`: names, a score, names, a score).
_TABLE_ROW_MAX_WORDS = 12
_TABLE_MIN_ROWS = 3


def table_rows(body: list[Line]) -> set[int]:
    """Line numbers of the rows of tables printed as lines, in a page with blank lines or without."""
    rows: set[int] = set()
    run: list[Line] = []
    run_shape = None
    for line in body + [Line(0, "")]:
        shape = _row_shape(line.text)
        if run and shape is not None and shape == run_shape:
            run.append(line)
            continue
        if len(run) >= _TABLE_MIN_ROWS:
            rows.update(row.number for row in run)
        run, run_shape = ([line], shape) if shape is not None else ([], None)
    return rows


def is_row_under_row(text: str, above: str) -> bool:
    """`text` is a table's row under another of its shape."""
    shape = _row_shape(text)
    return shape is not None and shape == _row_shape(above)


def _row_shape(text: str) -> str | None:
    """The row's words as classes (capitalised, lower case, a figure, a sign), runs of one class
    as one (`A9A9`); None for a line that is no row."""
    words = text.split()
    if not words or len(words) > _TABLE_ROW_MAX_WORDS or not any(character.isdigit() for character in text):
        return None
    classes = ["9" if word[:1].isdigit() else "A" if word[:1].isupper() else "a" if word[:1].isalpha() else "." for word in words]
    collapsed = [cls for index, cls in enumerate(classes) if not index or cls != classes[index - 1]]
    return "".join(collapsed) if len(collapsed) >= 2 else None


def _items_under_colons(body: list[Line]) -> set[int]:
    """In a paste with no blank lines, `... usually start suddenly and include:` / `feeling sick (nausea)` /
    `diarrhoea` / `Most people recover ...`: the short lines without a sentence's stop under a line ending in a
    colon, up to the next sentence, are a list's items."""
    items: set[int] = set()
    content = [line for line in body if line.text]
    for index, line in enumerate(content):
        if not _introduces_list(line.text):
            continue
        run = list(itertools.takewhile(_is_bare_item, content[index + 1 : index + 1 + _BARE_LIST_MAX_ITEMS + 1]))
        while len(run) > 1 and _heads_what_follows(run[-1].text, run[0].text):
            run.pop()  # `... or a headache` / `Exports and Prices` / prose: the list ended over a subheading
        if _UNMARKED_LIST_MIN_ITEMS <= len(run) <= _BARE_LIST_MAX_ITEMS:
            items.update(item.number for item in run)
    return items


# A list set tight among paragraphs set tight holds a few short items.
_BARE_LIST_MAX_ITEMS = 12


def _introduces_list(text: str) -> bool:
    """`The main symptoms usually include:`, not the page's terms (`... so long as you do the following:`)."""
    return text.endswith(":") and len(text.split()) >= 3 and not clutter_reason(text) and not addresses_reader(text)


def _heads_what_follows(text: str, first_item: str) -> bool:
    """A subheading under a list's last item rather than one more item: quoted (`'People are frightened'`), in
    title case under items that are not, or opening in a capital under items in lower case."""
    if text[:1] in "'‘\"“":
        return True
    if is_title_cased(text, _TITLE_CASED_SHARE) and not is_title_cased(first_item, _TITLE_CASED_SHARE):
        return True
    if vocab.FACT_FIELD.match(first_item) and not vocab.FACT_FIELD.match(text):
        return True  # `Goiás: 90% planted, ...` / `Exports and Prices`: items labelled, a heading not
    return text[:1].isupper() and first_item[:1].islower()


_TITLE_CASED_SHARE = 0.7


def _is_bare_item(line: Line) -> bool:
    return _is_item(line) and not vocab.ends_sentence(line.text)


def _tight_run(body: list[Line], start: int) -> list[Line]:
    run = []
    for following in body[start:]:
        if not following.text:
            break
        run.append(following)
    return run


def _all_items(run: list[Line]) -> bool:
    return all(map(_is_item, run))


def _is_item(line: Line) -> bool:
    text = line.text
    return len(text.split()) <= _UNMARKED_ITEM_MAX_WORDS and not text.endswith(":") and not clutter_reason(text)


def _one_opening(run: list[Line]) -> bool:
    """Every line of the run opens with a figure, or every one with a label and its colon."""
    return any(all(shape.match(item.text) for item in run) for shape in (_OPENS_WITH_FIGURE, vocab.FACT_FIELD))
