"""Write scripts/data/english-frequencies.tsv: the English words the synthetic corpus draws from.

The benchmark's realistic corpus (`scripts/synthetic.py`, `--corpus zipf-english`) samples
its ordinary words from a ranked list of real English words. This script derives that
list, once, from the `wordfreq` package's English data, so the benchmark itself needs
neither wordfreq (a 57 MB wheel and four dependencies) nor a network. Run it only to
change the list, in a throwaway environment:

    python -m venv /tmp/wordlist && /tmp/wordlist/bin/pip install wordfreq==3.1.1 better-profanity==0.7.0
    /tmp/wordlist/bin/python scripts/make_english_frequencies.py

The same versions and arguments write the same bytes. What is kept, in wordfreq's order
(most frequent first): words of ASCII lower-case letters only (no numbers, which wordfreq
stores as digit shapes, no contractions or hyphenated forms), and none that
better-profanity's word list holds: the generated pages are read by people, in
screenshots and browser tests, and losing a few hundred words changes no figure.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "english-frequencies.tsv"
WORDS = 50_000
# wordfreq's large English list, read far enough that WORDS words survive the filters.
CANDIDATES = 80_000
WORDFREQ_VERSION = "3.1.1"
PROFANITY_VERSION = "0.7.0"
HEADER = """\
# English words by frequency, most frequent first: word, then its Zipf frequency
# (log10 of occurrences per billion words), from wordfreq {wordfreq} (large English list).
# Derived by scripts/make_english_frequencies.py: ASCII lower-case words only, words in
# better-profanity {profanity}'s list removed, the first {count} kept.
#
# Data: wordfreq by Robyn Speer, https://github.com/rspeer/wordfreq, doi:10.5281/zenodo.7199437.
# Its word lists are licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/),
# and so is this file, a derived list (the rest of the project is MIT). wordfreq combines
# Wikipedia, OPUS OpenSubtitles 2018, SUBTLEX (Brysbaert et al.; freely available data),
# NewsCrawl 2014, GlobalVoices, Google Books Ngrams 2012 (http://books.google.com/ngrams),
# OSCAR, ParaCrawl, Twitter and Reddit; see wordfreq's README for the full credits.
"""


def english_words(count: int) -> list[tuple[str, float]]:
    """The `count` most frequent kept words with their Zipf frequencies."""
    import wordfreq

    _check_version(wordfreq.__name__, WORDFREQ_VERSION)
    _check_version("better-profanity", PROFANITY_VERSION)
    censored = profane_words()
    kept = [word for word in wordfreq.top_n_list("en", CANDIDATES, wordlist="large")
            if re.fullmatch(r"[a-z]+", word) and word not in censored]
    if len(kept) < count:
        raise SystemExit(f"only {len(kept)} words survive the filters in wordfreq's first {CANDIDATES}")
    return [(word, wordfreq.zipf_frequency(word, "en", wordlist="large")) for word in kept[:count]]


def profane_words() -> set[str]:
    """better-profanity's word list as it ships (its API hands out spelling-variant objects)."""
    from importlib.resources import files

    text = (files("better_profanity") / "profanity_wordlist.txt").read_text(encoding="utf-8")
    return {line.strip().lower() for line in text.splitlines() if line.strip()}


def _check_version(distribution: str, expected: str) -> None:
    from importlib.metadata import version

    found = version(distribution)
    if found != expected:
        raise SystemExit(f"{distribution} {found} is installed; this list is made from {expected}")


def to_tsv(words: list[tuple[str, float]]) -> str:
    header = HEADER.format(wordfreq=WORDFREQ_VERSION, profanity=PROFANITY_VERSION, count=len(words))
    return header + "".join(f"{word}\t{zipf:.2f}\n" for word, zipf in words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=WORDS, help="how many words to keep")
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    words = english_words(args.words)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(to_tsv(words), encoding="utf-8")
    print(f"wrote {len(words)} words to {args.out}")


if __name__ == "__main__":
    main()
