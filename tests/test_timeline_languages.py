"""The timeline in other languages: telling an article's language, and its date expressions
in German, Spanish, French, Italian, Portuguese, Dutch and Japanese resolved like English ones.

Every sentence is invented; the articles are published on Friday 7 February 2025 at noon (CET).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.model import Article, Paragraph
from briefs.facts.timeline import PRECISIONS, resolve_dates
from briefs.facts.timeline_languages import LANGUAGES, article_language, find_in_language, language_sentences
from conftest import ROOT

CET = timezone(timedelta(hours=1))
PUBLISHED = datetime(2025, 2, 7, 12, 0, tzinfo=CET)


def article(*paragraphs: str, language: str | None = None, published: datetime | None = PUBLISHED) -> Article:
    return Article(
        title=None, caption=None, published=published, zone_name=None, published_has_time=True, section=None,
        byline=None, dateline=None, source=None,
        paragraphs=tuple(Paragraph(text, number) for number, text in enumerate(paragraphs, start=1)),
        extra={"language": language} if language else {},
    )


def dates_of(*paragraphs: str, **kwargs) -> dict[str, str]:
    return {event.expression: event.date for event in resolve_dates(article(*paragraphs, **kwargs))}


# ------------------------------------------------------------------ the article's language

BY_STOP_WORDS = {
    "de": "Der Stadtrat hat beschlossen, die Straßen in der Innenstadt für Autos zu sperren.",
    "es": "Los agricultores bloquearon las carreteras del centro del país en protesta por el precio del gasóleo.",
    "fr": "Le conseil municipal a décidé de fermer les rues du centre-ville aux voitures pendant le week-end.",
    "it": "Il consiglio comunale ha deciso di chiudere al traffico le strade del centro per tutta la settimana.",
    "pt": "Os agricultores bloquearam as estradas do centro do país em protesto contra o preço do combustível.",
    "nl": "De gemeenteraad heeft besloten om de straten in het centrum van de stad af te sluiten voor auto's.",
    "ja": "港町の朝市が3年ぶりに再開した。地元の漁師や農家など約60店が並んだ。",
}


@pytest.mark.parametrize("code, text", BY_STOP_WORDS.items(), ids=BY_STOP_WORDS.keys())
def test_language_from_stop_words(code, text):
    assert article_language(article(text)) == code


@pytest.mark.parametrize("declared, code", [("de", "de"), ("de-AT", "de"), ("es_ES", "es"), ("EN-us", "en"), ("pl", "en")])
def test_declared_language_wins(declared, code):
    # A declared language the module does not read keeps the English rules.
    assert article_language(article(BY_STOP_WORDS["fr"], language=declared)) == code


ENGLISH = {
    "short": "Trump met Ishiba on Friday.",
    "names-only": "Ishiba, Trump, Vance.",
    "quoting-japanese": "The sign read 「地域の足を守りたい」, the manager said, and the line reopened on Monday.",
    "quoting-german": "The mayor said the plan was „eine gute Nachricht für die Stadt“ and that work starts in March.",
    "no-words": "2025-02-07",
}


@pytest.mark.parametrize("text", ENGLISH.values(), ids=ENGLISH.keys())
def test_english_stays_english(text):
    assert article_language(article(text)) == "en"


def test_every_english_golden_case_reads_as_english():
    cases = yaml.safe_load((ROOT / "tests" / "cases" / "timeline" / "golden.yml").read_text(encoding="utf-8"))["cases"]
    assert [case["id"] for case in cases if article_language(article(case["text"])) != "en"] == []


# ------------------------------------------------------------------ expressions, language by language

EXPRESSIONS = {
    "de": [
        ("Der Stadtrat hat am Donnerstagabend beschlossen, vier Straßen zu sperren.", {"am Donnerstagabend": "2025-02-06"}),
        ("Der Pegel des Rheins ist am Freitag weiter gestiegen.", {"am Freitag": "2025-02-07"}),
        ("Die Bauarbeiten sollen am Montag beginnen und bis März dauern.", {"am Montag": "2025-02-10", "bis März": "2025-03"}),
        ("Am vergangenen Freitag wurde das Museum eröffnet, am kommenden Dienstag kommt der Kanzler.",
         {"Am vergangenen Freitag": "2025-01-31", "am kommenden Dienstag": "2025-02-11"}),
        ("Die Wahl findet am 23. Februar 2025 statt, im Jahr 2026 folgt die nächste.",
         {"am 23. Februar 2025": "2025-02-23", "im Jahr 2026": "2026"}),
        ("Die Polizei hatte vor drei Tagen gewarnt, letzte Woche gab es einen Unfall.",
         {"vor drei Tagen": "2025-02-04", "letzte Woche": "2025-01-27"}),
        ("Der Minister war heute Morgen in Berlin und reist morgen nach Paris.", {"heute": "2025-02-07", "morgen": "2025-02-08"}),
        ("Gestern tagte der Ausschuss, nächsten Monat entscheidet der Rat.", {"Gestern": "2025-02-06", "nächsten Monat": "2025-03"}),
    ],
    "es": [
        ("Cientos de agricultores bloquearon este viernes varias carreteras.", {"este viernes": "2025-02-07"}),
        ("El Ministerio de Agricultura convocó una reunión para la próxima semana.", {"la próxima semana": "2025-02-10"}),
        ("Los agricultores se reunirán el próximo lunes con el ministro, dijo ayer la portavoz.",
         {"el próximo lunes": "2025-02-10", "ayer": "2025-02-06"}),
        ("Esta mañana la policía detuvo a dos personas, y mañana comparecerán ante el juez.", {"mañana": "2025-02-08"}),
        ("El Gobierno aprobó el 3 de febrero de 2025 la ley, que entrará en vigor en marzo.",
         {"el 3 de febrero de 2025": "2025-02-03", "en marzo": "2025-03"}),
        ("Hace dos semanas se registró un terremoto; el viernes pasado hubo otro.",
         {"Hace dos semanas": "2025-01-20", "el viernes pasado": "2025-01-31"}),
    ],
    "fr": [
        ("Le président a rencontré vendredi dernier les syndicats et les reverra la semaine prochaine.",
         {"vendredi dernier": "2025-01-31", "la semaine prochaine": "2025-02-10"}),
        ("Le gouvernement présentera le 12 mars son plan, a-t-il annoncé hier.", {"le 12 mars": "2025-03-12", "hier": "2025-02-06"}),
        ("Le conseil a voté mardi la fermeture du pont.", {"mardi": "2025-02-04"}),
    ],
    "it": [
        ("Il governo ha approvato ieri il decreto, che entrerà in vigore lunedì prossimo.",
         {"ieri": "2025-02-06", "lunedì prossimo": "2025-02-10"}),
        ("Il sindaco ha detto che tre giorni fa sono arrivati i primi turisti.", {"tre giorni fa": "2025-02-04"}),
        ("La mostra ha chiuso la settimana scorsa.", {"settimana scorsa": "2025-01-27"}),
    ],
    "pt": [
        ("O governo anunciou nesta sexta-feira um novo pacote, que será votado na próxima semana.",
         {"nesta sexta-feira": "2025-02-07", "próxima semana": "2025-02-10"}),
        ("Há três dias, o presidente viajou para Lisboa; em março volta ao Brasil.",
         {"Há três dias": "2025-02-04", "em março": "2025-03"}),
    ],
    "nl": [
        ("Het kabinet heeft vrijdagavond besloten, volgende week volgt een debat.",
         {"vrijdagavond": "2025-02-07", "volgende week": "2025-02-10"}),
        ("De minister sprak gisteren met de burgemeester, op 3 februari 2025 werd het besluit genomen.",
         {"gisteren": "2025-02-06", "op 3 februari 2025": "2025-02-03"}),
        ("Drie dagen geleden begon de staking.", {"Drie dagen geleden": "2025-02-04"}),
    ],
    "ja": [
        ("港町の朝市が7日、3年ぶりに再開した。", {"7日": "2025-02-07"}),
        ("首相は来週、訪米する予定だ。先週は国会で答弁した。2月10日に会談する。",
         {"来週": "2025-02-10", "先週": "2025-01-27", "2月10日": "2025-02-10"}),
        ("3日前に発表された。昨日、東京で会見した。", {"3日前": "2025-02-04", "昨日": "2025-02-06"}),
        ("式典は2024年12月25日に開かれた。工事は7日間続いた。", {"2024年12月25日": "2024-12-25"}),
        ("金曜日に発表した。", {"金曜日": "2025-02-07"}),
    ],
}
EXPRESSION_CASES = [(code, text, expected) for code, cases in EXPRESSIONS.items() for text, expected in cases]


@pytest.mark.parametrize("code, text, expected", EXPRESSION_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(EXPRESSION_CASES)])
def test_expressions_in_the_language(code, text, expected):
    assert dates_of(text, language=code) == expected


FIRST_CASES = [(code, *cases[0]) for code, cases in EXPRESSIONS.items()]


@pytest.mark.parametrize("code, text, expected", FIRST_CASES, ids=EXPRESSIONS.keys())
def test_the_language_is_found_without_being_declared(code, text, expected):
    # Two sentences of the language: enough stop words for the test.
    assert dates_of(text, BY_STOP_WORDS[code]) == expected


def test_a_weekday_without_tense_markers_is_the_last_one():
    # Published on a Friday: "am Montag" with no marker is last Monday (news reports what happened).
    assert dates_of("Die Ausstellung am Montag im Rathaus.", language="de") == {"am Montag": "2025-02-03"}
    assert dates_of("Die Ausstellung wird am Montag im Rathaus eröffnet.", language="de") == {"am Montag": "2025-02-10"}


def test_an_ordinal_day_does_not_end_the_sentence():
    text = "Die Wahl ist am 23. Februar. Am 3. März tagt der Rat."
    assert [text[start:end] for start, end in language_sentences("de", text)] == [
        "Die Wahl ist am 23. Februar.", "Am 3. März tagt der Rat.",
    ]


NOT_DATES = {
    "de": ["Freitags ist der Markt geöffnet.", "Am Morgen regnete es stark.", "Er kam mit 2026 Stimmen in den Rat."],
    "es": ["Por la mañana llovió mucho.", "Llovió toda la mañana.", "Las próximas semanas serán difíciles."],
    "ja": ["工事は7日間続いた。", "約60店が並んだ。", "3年ぶりに再開した。"],
}


@pytest.mark.parametrize("code, text", [(code, text) for code, texts in NOT_DATES.items() for text in texts])
def test_not_a_date_in_the_language(code, text):
    assert dates_of(text, language=code) == {}


def test_without_publication_time_only_absolute_dates_resolve():
    got = dates_of("Am Freitag, dem 7. Februar 2025, tagte der Rat; gestern nicht.", language="de", published=None)
    assert got == {"7. Februar 2025": "2025-02-07"}


def test_an_iso_date_is_read_in_every_language():
    assert dates_of("La ley entró en vigor el 2025-01-15.", language="es") == {"2025-01-15": "2025-01-15"}


# ------------------------------------------------------------------ invariants

WORDS = {
    "de": ["am", "Freitag", "gestern", "nächste", "Woche", "vor", "drei", "Tagen", "im", "März", "7.", "Februar", "2025", "wird",
           "hat", "Morgen", "morgen", "Donnerstagabend", "letzten", "Jahr", "der", "Rat", ",", "."],
    "es": ["el", "viernes", "pasado", "hace", "dos", "semanas", "mañana", "la", "próxima", "semana", "en", "marzo", "de",
           "2025", "3", "aprobó", "entrará", "este", "año", ",", "."],
    "ja": ["7日", "2月", "10日", "昨日", "来週", "3日前", "2025年", "した", "予定", "。", "、", "金曜日", "間"],
}


@settings(deadline=None, max_examples=150)
@given(st.sampled_from(sorted(WORDS)).flatmap(lambda code: st.tuples(
    st.just(code), st.lists(st.sampled_from(WORDS[code]), max_size=16).map(("" if code == "ja" else " ").join))))
def test_any_text_gives_well_formed_events(code_and_text):
    code, text = code_and_text
    events = resolve_dates(article(text, language=code))
    for event in events:
        assert text[event.start : event.end] == event.expression
        assert event.precision in PRECISIONS
    found = find_in_language(code, text)
    assert all(one.end <= other.start for one, other in zip(found, found[1:]))


def test_every_language_has_its_words():
    for code in LANGUAGES:
        assert find_in_language(code, "2025-02-07"), code  # the rules compile, the ISO date is read
