"""Benchmark of the glossary matcher: MB/s at 50, 500 and 5,000 terms, and their ratio.

The matcher is an Aho-Corasick automaton, so its speed should depend on the text, not on
the number of terms. Each term count gets synthetic terms (fixed random seed: persons
with surnames, multi-word names, lower-case concepts with ignore_case) and the same
amount of synthetic text with the same density of mentions as the first seed (about one
per 90 bytes). Two figures, medians of repeated runs over every paragraph: the matcher
alone (`Matcher.find`: automaton, whole-word and case checks, longest match) and
`find_mentions` (plus surname resolution and first-mention flags); the ratio is taken on
the second. Figures are compared only with
each other, within one run.

    python scripts/bench_glossary.py [--repeat 5] [--megabytes 2]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from bench import median_seconds  # scripts/ is on the path when a script runs
from briefs.content.glossary import Glossary, Term, TermSource
from briefs.facts.mentions import Matcher, find_mentions
from briefs.model import Paragraph

SEED = 20250207
# Enough syllables that distinct terms rarely share a word (60**3 three-syllable words).
SYLLABLES = [consonant + vowel for consonant in "bdfgklmnprstvz" for vowel in "aeiou"][:60]
FILLER = """the a of to and in that was for on with as by at from his her they which would about after
before meeting talks minister government country alliance statement security trade plan officials
said reporters visit week president summit economic cooperation defense spending region peace""".split()
MENTION_EVERY = 12  # one mention per this many filler words


def make_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3))


def make_terms(count: int, rng: random.Random) -> Glossary:
    """`count` synthetic terms: a third persons (with surnames), a third multi-word names,
    a third lower-case concepts that match in any case."""
    terms: dict[str, Term] = {}
    while len(terms) < count:
        index, shape = len(terms), len(terms) % 3
        given, family = make_word(rng).capitalize(), make_word(rng).capitalize()
        if shape == 0:
            name, kind, surname, ignore_case, aliases = f"{given} {family}", "person", family, False, (f"{family} {given}",)
        elif shape == 1:
            name, kind, surname, ignore_case, aliases = f"{given} {family} {make_word(rng).capitalize()}", "place", None, False, (given + family,)
        else:
            name, kind, surname, ignore_case, aliases = f"{make_word(rng)} {make_word(rng)}", "policy-or-concept", None, True, ()
        slug = f"t{index}-{name.lower().replace(' ', '-')}"
        terms[slug] = Term(slug, name, kind, aliases, surname, ignore_case, "A synthetic term.", "Synthetic.", "2025-02-07",
                           (TermSource("Synthetic", "https://example.org/"),), (), f"glossary/{slug}.yml")
    return Glossary(terms)


def make_text(glossary: Glossary, megabytes: float, rng: random.Random) -> tuple[Paragraph, ...]:
    """Paragraphs of filler with a mention (full name, alias or surname) every MENTION_EVERY words."""
    terms = list(glossary)
    paragraphs, size, words = [], 0, []
    while size < megabytes * 1_000_000:
        for _ in range(MENTION_EVERY):
            words.append(rng.choice(FILLER))
        term = rng.choice(terms)
        words.append(rng.choice([term.term, *term.aliases, *([term.surname] if term.surname else [])]) + rng.choice(["", "’s", ",", "."]))
        if len(words) > 100:
            text = " ".join(words)
            paragraphs.append(Paragraph(text, len(paragraphs) + 1))
            size += len(text.encode("utf-8"))
            words = []
    return tuple(paragraphs)




def bench_matcher(term_counts=(50, 500, 5000), megabytes: float = 2.0, repeat: int = 5) -> dict[int, float]:
    """Print and return matcher throughput (MB/s) per number of terms, and the ratio of the
    largest count's figure to the smallest's.

    The runs of the different term counts take turns (round-robin), so a busy moment on a
    shared machine slows all counts alike instead of skewing the ratio.
    """
    cases = {}
    for count in term_counts:
        rng = random.Random(SEED)
        glossary = make_terms(count, rng)
        paragraphs = make_text(glossary, megabytes, rng)
        started = time.perf_counter()
        matcher = Matcher(glossary)
        built = time.perf_counter() - started
        size = sum(len(paragraph.text.encode("utf-8")) for paragraph in paragraphs) / 1_000_000
        cases[count] = (matcher, paragraphs, size, built, [])
    find_timings: dict[int, list[float]] = {count: [] for count in cases}
    for _ in range(repeat):
        for count, (matcher, paragraphs, _size, _built, timings) in cases.items():
            find_timings[count].append(median_seconds(lambda: [matcher.find(item.text) for item in paragraphs], 1))
            timings.append(median_seconds(lambda: find_mentions(matcher, paragraphs), 1))
    rates: dict[int, float] = {}
    for count, (matcher, paragraphs, size, built, timings) in cases.items():
        rates[count] = size / statistics.median(timings)
        find_rate = size / statistics.median(find_timings[count])
        mentions = len(find_mentions(matcher, paragraphs))
        print(f"terms {count:>6}: matcher {find_rate:6.1f} MB/s, with mentions resolved {rates[count]:6.1f} MB/s "
              f"({size:.1f} MB, {mentions} mentions; automaton built in {built * 1000:.0f} ms)")
    low, high = min(term_counts), max(term_counts)
    print(f"ratio MB/s at {high} terms / at {low} terms: {rates[high] / rates[low]:.2f} (1.00 = flat in the number of terms)")
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the median is printed")
    parser.add_argument("--megabytes", type=float, default=2.0, help="text size per term count")
    args = parser.parse_args()
    bench_matcher(megabytes=args.megabytes, repeat=args.repeat)


if __name__ == "__main__":
    main()
