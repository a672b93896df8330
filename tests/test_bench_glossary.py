"""The glossary benchmark runs and reports every figure (no timing is asserted)."""

from __future__ import annotations

import random

from conftest import load_script


def load_bench():
    return load_script("bench_glossary")


def test_bench_matcher_prints_a_figure_per_term_count_and_the_ratio(capsys):
    bench = load_bench()
    rates = bench.bench_matcher(term_counts=(5, 50), megabytes=0.02, repeat=1)
    assert set(rates) == {5, 50} and all(rate > 0 for rate in rates.values())
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("terms      5: matcher") and out[1].startswith("terms     50: matcher")
    assert out[2].startswith("ratio MB/s at 50 terms / at 5 terms:")


def test_synthetic_terms_are_deterministic_and_found_in_the_text():
    bench = load_bench()
    first = bench.make_terms(30, random.Random(bench.SEED))
    second = bench.make_terms(30, random.Random(bench.SEED))
    assert list(first.terms) == list(second.terms) and len(first) == 30
    assert {term.kind for term in first} == {"person", "place", "policy-or-concept"}
    paragraphs = bench.make_text(first, 0.01, random.Random(1))
    matcher = bench.Matcher(first)
    found = bench.find_mentions(matcher, paragraphs)
    words = sum(len(paragraph.text.split()) for paragraph in paragraphs)
    assert len(found) >= words // (bench.MENTION_EVERY + 4) // 2  # roughly one mention per MENTION_EVERY filler words
