"""The timeline: finding date expressions, resolving them by tense and zone, the seed's events.

The golden file (`test_timeline_golden.py`) covers each kind of expression; these tests pin
the seed, the rules' edges the golden cases do not reach, places and zones, and invariants.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.model import Article, Paragraph
from briefs.sources.pasted_text import parse_article
from briefs.sources.read import parse_source
from briefs.facts.timeline import PRECISIONS, DateEvent, local_zone, place_zone_of, resolve_dates, text_offsets
from briefs.facts.timeline_rules import RULES, Found, _Clues, find_expressions
from conftest import ARTICLES, ROOT, SEED

JST = timezone(timedelta(hours=9))


def article(*paragraphs: str, published: datetime | None = datetime(2025, 2, 7, 16, 9, tzinfo=JST), dateline=None,
            has_time: bool = True) -> Article:
    return Article(
        title=None, caption=None, published=published, zone_name=None, published_has_time=has_time, section=None,
        byline=None, dateline=dateline, source=None,
        paragraphs=tuple(Paragraph(text, number) for number, text in enumerate(paragraphs, start=1)),
    )


def dates_of(*paragraphs: str, **kwargs) -> list[tuple[str, str, str]]:
    events = sorted(resolve_dates(article(*paragraphs, **kwargs)), key=lambda event: (event.paragraph, event.start))
    return [(event.expression, event.date, event.precision) for event in events]


@pytest.fixture(scope="module")
def seed_events() -> tuple[DateEvent, ...]:
    return resolve_dates(parse_article(SEED.read_text(encoding="utf-8")))


SEED_EVENTS = [
    ("on Feb. 10, 2017", "2017-02-10", "day", None),
    ("In November", "2024-11", "month", None),
    ("In December", "2024-12", "month", None),
    ("in mid-January", "2025-01", "part-of-month", "mid"),
    ("on Jan. 20", "2025-01-20", "day", None),
    ("on Thursday local time", "2025-02-06", "day", None),
    ("on Thursday", "2025-02-06", "day", None),
    ("on Friday morning local time", "2025-02-07", "day", None),
    ("early Saturday Japan time", "2025-02-08", "day", None),
    ("on Saturday", "2025-02-08", "day", None),
]


@pytest.mark.parametrize("expression, date, precision, part", SEED_EVENTS, ids=[item[0] for item in SEED_EVENTS])
def test_seed_holds_the_event(seed_events, expression, date, precision, part):
    matching = [event for event in seed_events if event.expression == expression]
    assert [(event.date, event.precision, event.part) for event in matching] == [(date, precision, part)]


def test_seed_has_exactly_its_events_in_date_order(seed_events):
    assert [event.expression for event in seed_events] == [item[0] for item in SEED_EVENTS]
    assert list(seed_events) == sorted(seed_events, key=lambda event: event.sort_key)


def test_seed_three_days_earlier_is_not_invented(seed_events):
    assert not any("earlier" in event.expression for event in seed_events)
    assert not any("three days" in event.expression for event in seed_events)


def test_seed_local_time_is_washingtons():
    seed = parse_article(SEED.read_text(encoding="utf-8"))
    text = seed.paragraphs[0].text
    zone = local_zone(seed, 0, 0, text.index("on Friday morning local time"))
    assert zone == ZoneInfo("America/New_York")


def test_event_offsets_point_at_the_expression(seed_events):
    seed = parse_article(SEED.read_text(encoding="utf-8"))
    offsets = text_offsets(seed)
    for event in seed_events:
        paragraph = seed.paragraphs[event.paragraph].text
        assert paragraph[event.start : event.end] == event.expression
        assert paragraph[event.sentence_start : event.sentence_end] == event.sentence
        assert seed.text[offsets[event.paragraph] + event.start :][: len(event.expression)] == event.expression


# ------------------------------------------------------------------ negatives beyond the golden file

NOT_DATES = {
    "theresa-may": "In May's government, the chancellor resigned twice.",
    "fiscal-year-range": "The budget for the 2024-25 fiscal year was approved.",
    "duration-next-week": "Talks will continue over the next week.",
    "flight-number": "Flight 2030 landed safely in Osaka.",
    "tv-show": "She appeared on CBS Sunday Morning to discuss the report.",
    "black-friday": "Black Friday sales were weaker than expected.",
    "count-after-year": "Police deployed 2000 officers, up from 1500 officers.",
    "address": "The embassy at 1776 Massachusetts Avenue was closed.",
    "bare-month-name": "March was wetter than usual, the agency reported.",
    "age-decade": "Most of the victims were in their 80s.",
    "score": "The home side won 2-1 on penalties.",
    "days-later-no-date": "Three days later, the board met again.",
    "section": "The bill amends Section 2025 of the tax code.",
    "count-after-to": "The death toll rose to 2026 by the evening.",
    "level-after-to": "Sales fell to 2019 levels in the spring.",
    "theresa-may-after-for": "There was little support for May in the cabinet.",
    "theresa-may-after-to": "The chancellor spoke to May about the budget.",
}


@pytest.mark.parametrize("text", NOT_DATES.values(), ids=NOT_DATES.keys())
def test_not_a_date(text):
    assert dates_of(text) == []


# ------------------------------------------------------------------ rules the golden file does not reach

EDGES = {
    "day-month-without-year": ("The talks will open on 10 February in Geneva.", [("on 10 February", "2025-02-10", "day")]),
    "weeks-ago": ("The strike began two weeks ago.", [("two weeks ago", "2025-01-20", "week")]),
    "months-ago": ("Prices peaked six months ago.", [("six months ago", "2024-08", "month")]),
    "this-weekday-is-upcoming": ("The panel meets this Monday.", [("this Monday", "2025-02-10", "day")]),
    "tonight": ("The prime minister speaks tonight.", [("tonight", "2025-02-07", "day")]),
    "early-year": ("Work began in early 2023.", [("in early 2023", "2023", "year")]),
    "until-month": ("The offer stands until March.", [("March", "2025-03", "month")]),
    "from-to-months": ("The road is shut from March to May.", [("March", "2025-03", "month"), ("May", "2025-05", "month")]),
    "week-offset-later": ("The ship sank on Jan. 6 and was found a week later.", [("on Jan. 6", "2025-01-06", "day"), ("a week later", "2025-01-13", "day")]),
    "weekday-date-picks-matching-year": ("The vote was held on Tuesday, March 4.", [("on Tuesday, March 4", "2025-03-04", "day")]),
    "adjective-ed-is-no-past": ("The Senate will vote on the proposed bill on Tuesday.", [("on Tuesday", "2025-02-11", "day")]),
    "scheduled-for-is-future": ("A review is scheduled for Thursday.", [("Thursday", "2025-02-13", "day")]),
    "invalid-full-date": ("The memo was dated Feb. 30, 2017.", []),
    "year-after-to": ("A games studio has delayed its biggest release of the year to 2026.", [("2026", "2026", "year")]),
    "year-after-until": ("The bridge stays shut until 2027.", [("2027", "2027", "year")]),
    "year-range-from-to": ("The launch slipped from 2025 to 2026.", [("2025", "2025", "year"), ("2026", "2026", "year")]),
    "month-planned-for": ("The first voyage is planned for May.", [("May", "2025-05", "month")]),
    "month-scheduled-for": ("A second round of talks is scheduled for March.", [("March", "2025-03", "month")]),
    "year-planned-for": ("A new terminal is planned for 2028.", [("2028", "2028", "year")]),
    "month-moved-to-may": ("The vote was moved to May.", [("May", "2025-05", "month")]),
    "present-clause-is-not-read-past": ("The law, enacted last year, takes effect on April 1.",
                                        [("last year", "2024", "year"), ("on April 1", "2025-04-01", "day")]),
}


@pytest.mark.parametrize("text, expected", EDGES.values(), ids=EDGES.keys())
def test_rule_edges(text, expected):
    assert dates_of(text) == expected


def test_without_publication_time_only_absolute_dates_resolve():
    got = dates_of("Abe met Trump on Feb. 10, 2017, and again on Thursday in the 1990s style.", published=None)
    assert got == [("on Feb. 10, 2017", "2017-02-10", "day"), ("in the 1990s", "1990", "decade")]


def test_publication_date_without_time_is_that_date_in_every_zone():
    text = "The talks ended in Washington on Friday local time."
    midnight = datetime(2025, 2, 7, tzinfo=JST)  # 10:00 on Thursday in Washington, were it a time
    assert dates_of(text, published=midnight, has_time=False) == [("on Friday local time", "2025-02-07", "day")]
    assert dates_of(text, published=midnight, has_time=True) == [("on Friday local time", "2025-01-31", "day")]


def test_offset_counts_only_from_a_date_in_its_own_sentence():
    got = dates_of("The fire started on Jan. 6.", "Three days later, the mayor resigned.")
    assert got == [("on Jan. 6", "2025-01-06", "day")]


# ------------------------------------------------------------------ places and zones

@pytest.mark.parametrize("dateline, zone", [
    ("WASHINGTON (Kyodo)", "America/New_York"),
    ("NEW YORK —", "America/New_York"),
    ("THE HAGUE", "Europe/Amsterdam"),
    ("PARIS, Feb. 7 (Reuters)", "Europe/Paris"),
    ("TOKYO", "Asia/Tokyo"),
    ("U.S.", None),
    (None, None),
])
def test_dateline_place_zone(dateline, zone):
    assert place_zone_of(dateline) == (ZoneInfo(zone) if zone else None)


def test_local_time_follows_the_place_named_in_its_sentence():
    # 2025-06-14T00:20+09:00 is Saturday in Tokyo and Friday in Washington.
    published = datetime(2025, 6, 14, 0, 20, tzinfo=JST)
    text = "Trump will speak in Washington on Friday local time."
    assert dates_of(text, published=published) == [("on Friday local time", "2025-06-13", "day")]
    in_tokyo = "The prime minister will speak in Tokyo on Friday local time."
    assert dates_of(in_tokyo, published=published) == [("on Friday local time", "2025-06-20", "day")]


def test_local_time_falls_back_to_the_dateline_then_the_publication_zone():
    published = datetime(2025, 6, 14, 0, 20, tzinfo=JST)
    text = "Officials will sign the pact on Friday local time."
    assert dates_of(text, published=published, dateline="WASHINGTON (AP)") == [("on Friday local time", "2025-06-13", "day")]
    assert dates_of(text, published=published) == [("on Friday local time", "2025-06-20", "day")]


def test_dateline_article_resolves_local_time_in_washington():
    source = (ARTICLES / "washington-dateline-local-time.txt").read_text(encoding="utf-8")
    events = {event.expression: event for event in resolve_dates(parse_article(source))}
    # 09:30 JST on Saturday 15 March is 20:30 on Friday 14 March in Washington.
    assert events["on Friday local time"].date == "2025-03-14"
    assert events["Tuesday, May 6"].date == "2025-05-06"
    assert events["next month"].date == "2025-04"
    assert (events["in late April"].date, events["in late April"].part) == ("2025-04", "late")
    assert not any(event.expression in ("Article 5", "2%") for event in events.values())


# ------------------------------------------------------------------ the event type

@pytest.mark.parametrize("changes, message", [
    ({"start": 5, "end": 5}, "offsets"),
    ({"start": -1}, "offsets"),
    ({"precision": "hour"}, "precision"),
    ({"part": "middle"}, "part"),
])
def test_date_event_checks_its_fields(changes, message):
    fields = dict(date="2025-01", precision="month", part=None, expression="in January", paragraph=0, start=3,
                  end=13, sentence="It was in January.")
    fields.update(changes)
    with pytest.raises(ValueError, match=message):
        DateEvent(**fields)


# ------------------------------------------------------------------ properties

FRAGMENTS = st.sampled_from([
    "on Jan. 20", "In December", "mid-January", "on Thursday local time", "early Saturday Japan time",
    "Feb. 10, 2017", "last month", "three days earlier", "Article 5", "2% of GDP", "G7", "$1.5 billion",
    "the 1990s", "since 1960", "will", "was", "said", ",", ".", "(", ")", "“", "”", "Washington", "Tokyo",
    "next week", "yesterday", "May", "march", "Good Friday", "1600", "the 2016 election", "aged 70",
])
ISO_SHAPES = {
    "day": r"\d{4}-\d{2}-\d{2}", "week": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}",
    "part-of-month": r"\d{4}-\d{2}", "year": r"\d{4}", "decade": r"\d{3}0",
}


@settings(deadline=None)
@given(st.lists(FRAGMENTS, max_size=14).map(" ".join), st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
       st.integers(min_value=-12, max_value=14))
def test_any_text_gives_well_formed_events(text, published, hours):
    events = resolve_dates(article(text, published=published.replace(tzinfo=timezone(timedelta(hours=hours)))))
    for event in events:
        assert text[event.start : event.end] == event.expression
        assert event.precision in PRECISIONS
        assert re.fullmatch(ISO_SHAPES[event.precision], event.date), event
    assert list(events) == sorted(events, key=lambda event: event.sort_key)


# ------------------------------------------------------------------ rule clues
# `find_expressions` skips a rule when one of its clues is missing from the sentence. That is
# only sound if every match of the rule contains every clue: checked on all the text the tests
# hold and on random text.

def _corpus() -> list[str]:
    golden = yaml.safe_load((ROOT / "tests" / "cases" / "timeline" / "golden.yml").read_text(encoding="utf-8"))
    texts = [case["text"] for case in golden["cases"]]
    texts += list(NOT_DATES.values()) + [text for text, _expected in EDGES.values()]
    for path in sorted(ARTICLES.glob("*.txt")) + sorted(ARTICLES.glob("*.html")) + [SEED]:
        texts += [paragraph.text for paragraph in parse_source(path.read_bytes(), path.name).paragraphs]
    return texts


def _rule_matches_lack_no_clue(text: str) -> None:
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            # The clues, words prefilter and first look included, are found inside the match itself.
            clues = _Clues(text, match.start(), match.end())
            assert clues.any() and clues.has(rule.needs), (rule.name, match.group(0))


def test_every_rule_match_holds_its_clues_in_the_corpus():
    corpus = _corpus()
    assert len(corpus) > 300
    for text in corpus:
        _rule_matches_lack_no_clue(text)


@settings(deadline=None)
@given(st.lists(FRAGMENTS | st.sampled_from([
    "2025-02-07", "1980s", "ago", "later", "today", "9th", "MONDAY", "the end of", "Last Week", "EARLIER", "two weeks ago",
    "ſince", "laſt week", "\u212aarly", "thıs year", "İn March", "the mıddle of June", "Tomorrow", "3 days later",
]), max_size=14).map(" ".join))
def test_every_rule_match_holds_its_clues(text):
    _rule_matches_lack_no_clue(text)


def test_clues_change_nothing_found():
    # The same expressions as trying every rule everywhere.
    for text in _corpus():
        everything = [(found.start, found.end, found.rule.name) for found in _find_without_clues(text)]
        assert [(found.start, found.end, found.rule.name) for found in find_expressions(text)] == everything


def _find_without_clues(text: str) -> list[Found]:
    candidates = [
        (match.start(), -(match.end() - match.start()), order, Found(rule, match))
        for order, rule in enumerate(RULES)
        for match in rule.pattern.finditer(text)
        if rule.accepts is None or rule.accepts(match, text, 0)
    ]
    chosen: list[Found] = []
    for *_key, found in sorted(candidates, key=lambda item: item[:3]):
        if all(found.end <= other.start or other.end <= found.start for other in chosen):
            chosen.append(found)
    return sorted(chosen, key=lambda found: found.start)


@pytest.mark.parametrize(
    "body",
    [
        "The schedule:\n\n- Divers survey the piles on April 14.\n- Crews close the pier on May 1.\n",
        "The schedule:\n\n• Divers survey the piles on April 14.\n• Crews close the pier on May 1.\n",
        "The mayor wrote:\n\n> Divers survey the piles on April 14.\n> Crews close the pier on May 1.\n",
    ],
    ids=["dash-list", "bullet-list", "quoted-lines"],
)
def test_an_events_sentence_is_the_items_words_without_the_sources_marks(body):
    from briefs.facts.timeline import resolve_dates

    article = parse_article(f"Pier Works Set\n\nMarch 3, 2025\n\nThe council met on Monday.\n\n{body}", "pier.txt")
    events = {event.expression: event for event in resolve_dates(article)}
    assert events["on April 14"].sentence == "Divers survey the piles on April 14."
    assert events["on May 1"].sentence == "Crews close the pier on May 1."
    for event in events.values():  # the offsets still point into the paragraph as printed
        text = article.paragraphs[event.paragraph].text
        assert text[event.sentence_start:event.sentence_end] == event.sentence
        assert text[event.start:event.end] == event.expression
