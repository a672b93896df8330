"""The matcher's rules, each on several texts: whole words, longest match, possessives,
quotes, case, surnames, pins, first mention only; and the glossary stage on the seed."""

from __future__ import annotations


import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from briefs.content.annotations import load_annotation
from briefs.fileio import read_source
from briefs.content.glossary import Glossary, Term, TermSource, load_glossary
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import (
    BriefMentions,
    Matcher,
    _word_bounded,
    check_pins,
    find_caption_mentions,
    find_mentions,
    searched_text,
)
from briefs.model import Annotation, Article, Brief, Paragraph
from briefs.render.brief import article_spans
from briefs.render.timeline import DateMarks
from briefs.sources.pasted_text import parse_article
from briefs.build import build_site
from briefs.settings import Settings
from conftest import FIXTURE_CONTENT, SEED, SEED_SLUG, copy_project


def term(slug: str, name: str, *aliases: str, kind: str = "place", surname: str | None = None, ignore_case: bool = False) -> Term:
    return Term(slug, name, kind, tuple(aliases), surname, ignore_case, f"About {name}.", "Text.", "2025-02-07",
                (TermSource("Ref", "https://example.org/"),), (), f"glossary/{slug}.yml")


GLOSSARY = Glossary({item.slug: item for item in [
    term("abe-shinzo", "Shinzo Abe", "安倍晋三", kind="person", surname="Abe"),
    term("abe-akie", "Akie Abe", kind="person", surname="Abe"),
    term("trump", "Donald Trump", kind="person", surname="Trump"),
    term("article-5", "Article 5 of the Japan-U.S. Security Treaty"),
    term("article", "Article 5"),
    term("treaty", "Japan-U.S. Security Treaty"),
    term("japan", "Japan"),
    term("kantei", "Prime Minister's Office", "官邸"),
    term("golden-age", "golden age", ignore_case=True),
    term("us", "U.S."),
    term("nippon-steel", "Nippon Steel Corp."),
    term("strasse", "Hauptstraße"),
]})
MATCHER = Matcher(GLOSSARY)


def mentions(*paragraphs: str, pins=None) -> list[tuple[str, str, bool]]:
    found = find_mentions(MATCHER, tuple(Paragraph(text, index + 1) for index, text in enumerate(paragraphs)), pins)
    return [(item.term, item.text, item.linked) for item in found]


def terms(*paragraphs: str, pins=None) -> list[str]:
    return [slug for slug, _text, _linked in mentions(*paragraphs, pins=pins)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abel Japanese Japanology", []),
        ("Shinzo Abel met Japanophiles.", []),
        ("XJapan and Japan2 and Japan_", []),
        ("Japan.", ["japan"]),
        ("(Japan)", ["japan"]),
        ("Japan-based", ["japan"]),
        ("U.S.A. and U.S.-made", ["us"]),
        ("I met Shinzo Abe; Abe smiled.", ["abe-shinzo", "abe-shinzo"]),
    ],
    ids=["inside-words", "prefix-of-word", "letters-digits-underscore", "full-stop", "brackets", "hyphen", "abbreviation", "semicolon"],
)
def test_whole_words_only(text, expected):
    assert terms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Article 5 of the Japan-U.S. Security Treaty applies.", [("article-5", "Article 5 of the Japan-U.S. Security Treaty")]),
        ("Article 5 applies.", [("article", "Article 5")]),
        ("The Japan-U.S. Security Treaty holds.", [("treaty", "Japan-U.S. Security Treaty")]),
        ("Japan and the Japan-U.S. Security Treaty", [("japan", "Japan"), ("treaty", "Japan-U.S. Security Treaty")]),
        ("Article 5 of the Japan-U.S. alliance", [("article", "Article 5"), ("japan", "Japan"), ("us", "U.S.")]),
    ],
    ids=["whole-phrase", "short-alone", "middle-length", "short-then-long", "long-prefix-then-fallback"],
)
def test_longest_match_wins(text, expected):
    assert [(slug, shown) for slug, shown, _linked in mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "shown"),
    [("Donald Trump’s team", "Donald Trump"), ("Donald Trump's team", "Donald Trump"), ("the Donald Trumps’ house", None),
     ("Japan’s plan", "Japan"), ("Japan's plan", "Japan"), ("the Senkakus’ waters near Japan", "Japan")],
    ids=["typographic", "straight", "plural-is-another-word", "japan-typographic", "japan-straight", "plural-possessive-elsewhere"],
)
def test_possessives_link_the_name_only(text, shown):
    found = mentions(text)
    assert (found[0][1] if found else None) == shown


@pytest.mark.parametrize("text", ["the Prime Minister's Office said", "the Prime Minister’s Office said", "the Prime Minister‘s Office said"])
def test_quotes_match_alike_and_the_text_shown_is_the_articles(text):
    found = mentions(text)
    assert found == [("kantei", text[4:-5], True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the golden age", ["golden-age"]), ("a Golden Age", ["golden-age"]), ("GOLDEN AGE", ["golden-age"]),
     ("japan and JAPAN", []), ("Japan and JAPAN", ["japan"]), ("donald trump", []), ("DONALD TRUMP", [])],
    ids=["lower", "title", "upper", "proper-name-lower", "proper-name-upper", "person-lower", "person-upper"],
)
def test_case_proper_names_match_their_case_ignore_case_terms_any(text, expected):
    assert terms(text) == expected


def test_offsets_survive_case_folding_that_changes_length():
    # "ß" folds to "ss" and "İ" to two characters: offsets must still be the article's.
    text = "Die Hauptstraße in İstanbul und die HAUPTSTRASSE; then a GOLDEN AGE for Japan."
    found = find_mentions(MATCHER, (Paragraph(text, 1),))
    assert [(item.term, text[item.start:item.end]) for item in found] == [("strasse", "Hauptstraße"), ("golden-age", "GOLDEN AGE"), ("japan", "Japan")]


@pytest.mark.parametrize(
    ("paragraphs", "abe"),
    [
        (["Akie Abe, widow of Shinzo Abe, came.", "Abe, who built ties, met Trump."], "abe-shinzo"),
        (["Shinzo Abe and Akie Abe came.", "Abe spoke."], "abe-akie"),
        (["Akie Abe came.", "Abe spoke."], "abe-akie"),
        (["Akie Abe came. Shinzo Abe followed. Abe spoke."], "abe-shinzo"),
        (["Abe spoke before anyone was named."], None),
    ],
    ids=["seed-order", "reverse-order", "only-one", "same-paragraph", "no-full-name-before"],
)
def test_a_surname_is_the_person_whose_full_name_came_last(paragraphs, abe):
    found = [(item.term, item.text) for item in find_mentions(MATCHER, tuple(Paragraph(text, 1) for text in paragraphs))]
    bare = [slug for slug, shown in found if shown == "Abe"]
    assert bare == ([abe] if abe else [])


def test_a_surname_before_any_full_name_stays_unlinked_and_later_ones_link():
    found = mentions("Trump said so.", "Donald Trump arrived. Trump spoke.")
    assert found == [("trump", "Donald Trump", True), ("trump", "Trump", False)]


@pytest.mark.parametrize(
    ("pins", "second", "expected"),
    [({"Abe": "abe-akie"}, "Abe went home.", ["abe-akie", "abe-shinzo", "abe-akie"]),
     ({"abe": "abe-akie"}, "Abe went home.", ["abe-akie", "abe-shinzo", "abe-akie"]),
     ({"Japan": "kantei"}, "Japan waited.", ["abe-akie", "abe-shinzo", "kantei"]),
     ({}, "Abe went home.", ["abe-akie", "abe-shinzo", "abe-shinzo"])],
    ids=["surname", "any-case-alias", "plain-alias", "no-pin"],
)
def test_a_pin_overrides_for_one_brief(pins, second, expected):
    assert terms("Akie Abe met Shinzo Abe.", second, pins=pins) == expected


def test_only_the_first_mention_of_each_term_is_linked():
    found = mentions("Japan and Japan.", "Shinzo Abe and 安倍晋三 and Japan.", "Abe again.")
    assert found == [("japan", "Japan", True), ("japan", "Japan", False), ("abe-shinzo", "Shinzo Abe", True),
                     ("abe-shinzo", "安倍晋三", False), ("japan", "Japan", False), ("abe-shinzo", "Abe", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("安倍晋三は首相だった。", ["abe-shinzo"]), ("首相官邸で", ["kantei"]), ("Then 安倍晋三 spoke", ["abe-shinzo"])],
    ids=["kanji-sentence", "inside-kanji-run", "between-latin-words"],
)
def test_names_in_kanji_may_touch_their_neighbours(text, expected):
    assert terms(text) == expected


def test_mention_spans_link_first_mentions_with_the_short_as_title():
    paragraphs = (Paragraph("Japan and Japan.", 1), Paragraph("Donald Trump’s plan.", 2))
    article = Article(title=None, caption=None, published=None, zone_name=None, published_has_time=False, section=None,
                      byline=None, dateline=None, source=None, paragraphs=paragraphs)
    annotation = Annotation("annotations/2025-01-01-a.yml", None, None)
    brief = Brief("2025-01-01-a", "seeds/2025-01-01-a.txt", "0" * 64, article, annotation)
    facts = BriefFacts(brief, mentions=BriefMentions(tuple(find_mentions(MATCHER, paragraphs)), ()))
    spans, _caption = article_spans(facts, GLOSSARY, Settings(root=FIXTURE_CONTENT), DateMarks())
    assert [(span.start, span.end, span.opening, span.closing) for span in spans[0]] == [(0, 5, "[", '](../glossary/japan.md "About Japan.")')]
    assert [(span.start, span.end) for span in spans[1]] == [(0, 12)]


def test_caption_links_only_terms_the_body_never_mentions():
    body = find_mentions(MATCHER, (Paragraph("Japan waited.", 1),))
    caption = find_caption_mentions(MATCHER, "Donald Trump lands in Japan.", body)
    assert [(item.term, item.paragraph, item.linked) for item in caption] == [("trump", -1, True), ("japan", -1, False)]


@hypothesis_settings(deadline=None)
@given(st.lists(st.sampled_from(["Japan", "Abe", "Shinzo Abe", "Akie Abe", "’s", " ", ", ", "golden", "age", "Abel", "ß", "İ", "."]), max_size=30))
def test_mentions_are_ordered_disjoint_and_show_the_texts_own_words(pieces):
    text = "".join(pieces)
    if not text:
        return
    found = find_mentions(MATCHER, (Paragraph(text, 1),))
    reached = 0
    for item in found:
        assert reached <= item.start < item.end <= len(text)
        assert text[item.start:item.end] == item.text
        reached = item.end
    assert len({item.term for item in found if item.linked}) == len([item for item in found if item.linked])


def test_seed_mentions():
    glossary, _problems = load_glossary(Settings(root=FIXTURE_CONTENT))
    article = parse_article(read_source(SEED), "seed")
    found = find_mentions(Matcher(glossary), article.paragraphs)
    linked = {item.term: item.text for item in found if item.linked}
    assert linked["article-5-of-the-japan-us-security-treaty"] == "Article 5 of the Japan-U.S. Security Treaty"
    assert linked["senkaku-islands"] == "Senkaku Islands"
    assert linked["free-and-open-indo-pacific"] == "free and open Indo-Pacific"
    for person in ("shigeru-ishiba", "donald-trump", "benjamin-netanyahu", "akie-abe", "shinzo-abe", "yoshimasa-hayashi"):
        assert sum(1 for item in found if item.term == person and item.linked) == 1
    abe = [item for item in found if item.text == "Abe"]
    assert [item.term for item in abe] == ["shinzo-abe"]
    offsets = article.paragraph_starts()
    start = offsets[abe[0].paragraph] + abe[0].start
    assert article.text[start:start + 30] == "Abe, who built a close relation"[:30]


def test_stage_links_the_seed_and_never_the_headline(tmp_path):
    project = copy_project(tmp_path)
    site = build_site(Settings(root=project))
    page = site.pages[f"briefs/{SEED_SLUG}.md"]
    headline = next(line for line in page.splitlines() if line.startswith("# "))
    assert "[" not in headline
    assert page.count("](../glossary/donald-trump.md") == 2  # the article once, "People and organisations" once
    assert '[Article 5 of the Japan\\-U\\.S\\. Security Treaty](../glossary/article-5-of-the-japan-us-security-treaty.md "' in page


def test_bad_pins_are_problems_with_the_annotation_line(tmp_path):
    annotation_file = tmp_path / "annotations" / "x.yml"
    annotation_file.parent.mkdir()
    annotation_file.write_text("tags: []\npin:\n  Abe: shinzo-abe\n  Abee: abe-akie\n  Japan: nowhere\n", encoding="utf-8")
    annotation, _ = load_annotation(annotation_file, "annotations/x.yml")
    good, problems = check_pins(annotation, MATCHER, tmp_path)
    assert good == {"Abee": "abe-akie"}  # not a name in the glossary: linked in this brief only
    found = [problem.format() for problem in problems]
    assert found[0].startswith("annotations/x.yml:3: pin 'Abe' names an unknown term 'shinzo-abe'")
    assert found[1].startswith("annotations/x.yml:5: pin 'Japan' names an unknown term 'nowhere'")


@pytest.mark.parametrize("text, expected", [
    ("He broke a U.S. law, critics said.", ["U.S. law"]),
    ("He broke a U.S.  law and another U.S. law.", ["U.S.  law"]),  # first one linked; spaces as printed
    ("He broke U.S. lawmakers' rules.", []),  # whole words only
    ("A u.s. law is no match for its case.", []),  # as written, like a proper name
], ids=["plain", "spaces-first-linked", "inside-a-word", "case"])
def test_a_pinned_phrase_that_is_no_alias_links_in_that_brief(text, expected):
    mentions = find_mentions(MATCHER, (Paragraph(text, 1),), {"U.S. law": "abe-akie"})
    assert [mention.text for mention in mentions if mention.term == "abe-akie" and mention.linked] == expected


def test_a_pinned_phrase_yields_to_a_longer_glossary_name():
    longest = next(name for term in MATCHER.glossary for name in term.names if " " in name)
    words = longest.split(" ")
    text = f"They spoke of {longest} today."
    mentions = find_mentions(MATCHER, (Paragraph(text, 1),), {words[0]: "abe-akie"})
    assert [mention.text for mention in mentions] == [longest]


def test_pin_in_an_annotation_changes_the_build(tmp_path):
    project = copy_project(tmp_path)
    annotation = project / "annotations" / f"{SEED_SLUG}.yml"
    text = annotation.read_text(encoding="utf-8")
    assert "\npin: {}\n" in text
    annotation.write_text(text.replace("\npin: {}\n", "\npin:\n  Abe: akie-abe\n"), encoding="utf-8")
    site = build_site(Settings(root=project))
    akie = site.pages["glossary/akie-abe.md"]
    assert "<mark>Abe</mark>, who built a close relationship" in akie
    assert "<mark>Abe</mark>, who built" not in site.pages["glossary/shinzo-abe.md"]


def test_empty_glossary_links_nothing():
    assert find_mentions(Matcher(Glossary()), (Paragraph("Japan", 1),)) == []
    assert Annotation("a.yml", None, None).pin == {}


# ------------------------------------------------------------------ the searched text
# `searched_text` takes an ASCII fast path; it must give what the general path gives.

TEXT = st.text(alphabet=st.sampled_from("Ab z_9.,’‘“”–—…\u00a0\u2009\u202f'\"-ßİé東 \n"), max_size=40)


@given(TEXT)
def test_searched_text_equals_the_general_form(text):
    searched, to_original = searched_text(text)
    folded = text.casefold()
    assert searched == _word_bounded(folded)
    assert (to_original is None) == (len(folded) == len(text))


@pytest.mark.parametrize("text, expected", [
    ("Trump’s “golden age”", " trump s  golden age  "),
    ("Ishiba—Trump talks", " ishiba trump talks "),
    ("Straße", " strasse "),
])
def test_searched_text_examples(text, expected):
    assert searched_text(text)[0] == expected
