"""The benchmark's two corpora: English words by Zipf's law (the default) and invented syllables.

What a realistic corpus must show: a vocabulary that grows ever more slowly with the
number of briefs, a few common words making much of the text, the same bytes for a seed,
and invented names that are never an English word of the list (else the glossary matcher
would find them all over the filler).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_site import project_figures  # noqa: E402
from synthetic import (  # noqa: E402
    CORPORA, ENGLISH_WORDS, SYLLABLES, TERM_SHAPE_WORDS, ZIPF_ENGLISH, generate_project, load_corpus, make_terms,
    read_english_words, word_tokens,
)

# Few terms, so that the vocabulary measured is the briefs' and not the glossary's.
TERMS = 40


def tree(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes()
            for folder in ("seeds", "annotations", "glossary") for path in sorted((root / folder).iterdir())}


def seed_texts(root: Path) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((root / "seeds").glob("*.txt"))]


@pytest.fixture(scope="module")
def projects(tmp_path_factory):
    """Projects of 40 and 160 briefs in each corpus, by (corpus, briefs)."""
    folder = tmp_path_factory.mktemp("corpora")
    return {(corpus, briefs): generate_project(folder / f"{corpus}-{briefs}", briefs, TERMS, seed=11, corpus=corpus)
            for corpus in CORPORA for briefs in (40, 160)}


@pytest.mark.parametrize("corpus", CORPORA)
def test_same_seed_same_bytes(corpus, projects, tmp_path):
    again = generate_project(tmp_path / "again", 40, TERMS, seed=11, corpus=corpus)
    assert tree(again.root) == tree(projects[corpus, 40].root)
    assert again.distinct_words == projects[corpus, 40].distinct_words


def test_the_default_corpus_is_zipf_english(tmp_path):
    project = generate_project(tmp_path / "default", 2, TERMS)
    assert project.corpus == ZIPF_ENGLISH


def test_an_unknown_corpus_is_refused(tmp_path):
    with pytest.raises(ValueError, match="syllables"):
        generate_project(tmp_path / "unknown", 2, TERMS, corpus="lorem-ipsum")


def test_english_vocabulary_grows_sublinearly_and_syllables_linearly(projects):
    zipf = projects[ZIPF_ENGLISH, 160].distinct_words / projects[ZIPF_ENGLISH, 40].distinct_words
    syllables = projects[SYLLABLES, 160].distinct_words / projects[SYLLABLES, 40].distinct_words
    # Four times the briefs: English adds ever fewer new words (2.6 times as many here);
    # the serials and invented headline words of the syllables corpus add about the same
    # number with every brief (3.4 times: its phrase book and the template's words are fixed).
    assert zipf < 3.0, zipf
    assert syllables > 3.2, syllables
    assert projects[ZIPF_ENGLISH, 160].distinct_words > 10_000  # a news site's tens of thousands, not a phrase book


def test_distinct_words_counts_the_tokens_of_every_seed(projects):
    for project in projects.values():
        words = {word for text in seed_texts(project.root) for word in word_tokens(text)}
        assert project.distinct_words == len(words)


@pytest.mark.parametrize(("text", "tokens"), [
    ("The THE the", ["the", "the", "the"]),
    ("in mid-January, Japan’s KRC said", ["in", "mid-january", "japan’s", "krc", "said"]),
    ("in session 12-3-4, and “quoted.”", ["in", "session", "12-3-4", "and", "quoted"]),
    ("snake_case - 'quoted' -dash", ["snake", "case", "quoted", "dash"]),
    ("", []),
], ids=["case", "hyphen-apostrophe", "serial-punctuation", "underscore-lone-marks", "empty"])
def test_word_tokens(text, tokens):
    assert word_tokens(text) == tokens


def test_common_words_make_much_of_the_english_text(projects):
    counts = Counter(word for text in seed_texts(projects[ZIPF_ENGLISH, 160].root) for word in word_tokens(text))
    top_share = sum(count for _, count in counts.most_common(100)) / sum(counts.values())
    # In real English the hundred commonest words are about half of all running words.
    assert 0.4 < top_share < 0.75, top_share


def test_zipf_draws_follow_one_over_rank():
    corpus = load_corpus(ZIPF_ENGLISH)
    draws = Counter(corpus.filler(random.Random(3), 200_000))
    harmonic = sum(1 / rank for rank in range(1, len(corpus.words) + 1))
    for rank in (1, 2, 10):
        expected = 1 / (rank * harmonic)
        assert draws[corpus.words[rank - 1]] / 200_000 == pytest.approx(expected, rel=0.1), rank


def test_english_filler_holds_no_date_words():
    words = set(load_corpus(ZIPF_ENGLISH).words)
    assert words.isdisjoint({"may", "march", "monday", "today", "yesterday", "ago", "week", "years"})
    assert {"the", "government", "said"} <= words


def invented_words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[\w’]+", text)} - TERM_SHAPE_WORDS


def test_invented_names_are_never_english_words():
    english = set(read_english_words())
    corpus = load_corpus(ZIPF_ENGLISH)
    terms = make_terms(random.Random(5), 2000, corpus)  # the benchmark's M: enough names must exist
    assert len({term.slug for term in terms}) == 2000
    assert len(TERM_SHAPE_WORDS) < 10  # the few fixed words of the term shapes ("Islands", "Council")
    for term in terms:
        for name in (term.name, *term.aliases, term.surname or ""):
            assert invented_words(name).isdisjoint(english), name


def test_airports_in_captions_are_never_english_words(projects):
    english = set(read_english_words())
    for text in seed_texts(projects[ZIPF_ENGLISH, 40].root):
        airport = re.search(r"Officials gather at (\w+) Airport", text)[1]
        assert airport.lower() not in english


def test_the_word_list_is_attributed_ranked_and_plain():
    text = ENGLISH_WORDS.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("CC BY-SA 4.0" in line for line in header) and any("wordfreq" in line for line in header)
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    words = [word for word, _ in rows]
    zipf = [float(value) for _, value in rows]
    assert len(words) == len(set(words)) == 50_000
    assert all(re.fullmatch(r"[a-z]+", word) for word in words)
    assert zipf == sorted(zipf, reverse=True) and words[0] == "the"


@pytest.mark.parametrize("corpus", CORPORA)
def test_bench_figures_name_the_corpus_and_its_vocabulary(corpus, projects):
    project = projects[corpus, 40]
    assert project_figures(project) == {"corpus": corpus, "distinct_words": project.distinct_words}
