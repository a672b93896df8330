"""Benchmark of the timeline stage: articles resolved per second, and its cost against parsing.

Figures are medians of repeated runs, compared only with each other inside one run (the
machine is shared and noisy). "cold" clears the library's caches (sentences, date marks)
before every run, as a fresh build would (the sample repeats a few articles, so repeats
within a run still hit them); "warm" keeps them, as `mkdocs serve` does between builds.

    python scripts/bench_timeline.py [--repeat 5] [--copies 200]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from bench import clear_library_caches, median_seconds  # noqa: E402

from briefs.model import Article  # noqa: E402
from briefs.sources.pasted_text import parse_article  # noqa: E402
from briefs.sources.read import parse_source
from briefs.facts.timeline import resolve_dates  # noqa: E402


def bench_timeline(articles: list[Article], repeat: int = 5, cold: bool = True) -> float:
    """Articles whose dates are found and resolved per second (median of `repeat` runs)."""

    def run() -> None:
        if cold:
            clear_library_caches()
        for article in articles:
            resolve_dates(article)

    resolve_dates(articles[0])  # compile the rules once, outside the timing
    return len(articles) / median_seconds(run, repeat)


def sample_articles(copies: int) -> list[Article]:
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt"))
    articles = [parse_source(path.read_bytes(), path.name) for path in sources]  # some are cp1252 or Shift_JIS
    return (articles * (copies // len(articles) + 1))[:copies]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the median is printed")
    parser.add_argument("--copies", type=int, default=200, help="articles per run")
    args = parser.parse_args()
    articles = sample_articles(args.copies)
    texts = [article.text for article in articles]
    parse_rate = len(texts) / median_seconds(lambda: [parse_article(text) for text in texts], args.repeat)
    cold = bench_timeline(articles, args.repeat, cold=True)
    warm = bench_timeline(articles, args.repeat, cold=False)
    words = sum(len(text.split()) for text in texts) / len(texts)
    print(f"parse_text_per_s {parse_rate:.0f}")
    print(f"timeline_cold_per_s {cold:.0f}")
    print(f"timeline_warm_per_s {warm:.0f}")
    print(f"summary: timeline {cold:.0f} articles/s cold, {warm:.0f} warm (~{words:.0f} words each); "
          f"parsing is {parse_rate / cold:.1f}x as fast as the cold timeline; median of {args.repeat} runs of {len(articles)}")


if __name__ == "__main__":
    main()
