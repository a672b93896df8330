"""Benchmarks of the library's stages, reported as throughput and ratios within one run.

Machines here are shared and noisy: figures are medians of repeated runs and are only
compared with each other inside the same run, never with fixed seconds.

    python scripts/bench.py [--repeat 5] [--copies 200]

Parse throughput is measured for pasted text (the seeds and tests/articles/*.txt) and for
saved HTML pages (tests/articles/*.html, *.htm), each as articles per second, with the
HTML-to-text ratio printed in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from briefs.content.annotations import load_annotation
from briefs.facts.notes import anchor_notes
from briefs.fileio import decode_source
from briefs.sources.saved_page import parse_html
from briefs.sources.pasted_text import parse_article

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(action, repeat: int) -> float:
    """Median wall time of `repeat` runs of `action` (the other bench scripts use this one)."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def clear_library_caches() -> None:
    """Empty every `functools` cache of the library's modules, so a repeated run is as cold
    as a fresh build's (the other bench scripts use this one)."""
    for name, module in list(sys.modules.items()):
        if name == "briefs" or name.startswith("briefs."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def bench_parse(texts: list[str], repeat: int) -> float:
    """Articles parsed per second."""
    seconds = median_seconds(lambda: [parse_article(text) for text in texts], repeat)
    return len(texts) / seconds


def bench_anchor(repeat: int) -> tuple[float, float]:
    """Notes anchored per second on the first seed: as written (exact), and after a correction
    that forces every note through approximate matching (each quote has one letter changed)."""
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    article = parse_article(seed.read_text(encoding="utf-8"))
    annotation, _ = load_annotation(ROOT / "annotations" / f"{seed.stem}.yml", "annotation")
    notes = annotation.notes
    changed = tuple(type(note)(**{**{name: getattr(note, name) for name in note.__slots__},
                                  "quote": note.quote[:-2] + "#" + note.quote[-1:]}) for note in notes)
    exact = median_seconds(lambda: anchor_notes(article, notes, "a"), repeat)
    approximate = median_seconds(lambda: anchor_notes(article, changed, "a"), repeat)
    return len(notes) / exact, len(notes) / approximate
def bench_parse_html(pages: list[str], repeat: int) -> float:
    """Saved HTML pages parsed per second (trafilatura extraction included)."""
    seconds = median_seconds(lambda: [parse_html(page) for page in pages], repeat)
    return len(pages) / seconds


def repeated(items: list[str], copies: int) -> list[str]:
    return (items * (copies // max(len(items), 1) + 1))[:copies]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the median is printed")
    parser.add_argument("--copies", type=int, default=200, help="articles per run")
    parser.add_argument("--html", type=Path, action="append", default=[], help="more saved pages to time (repeatable)")
    args = parser.parse_args()
    articles = ROOT / "tests" / "articles"
    text_files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(articles.glob("*.txt"))
    html_files = sorted(articles.glob("*.htm*")) + args.html
    texts = repeated([decode_source(path.read_bytes(), path.name) for path in text_files], args.copies)
    pages = repeated([decode_source(path.read_bytes(), path.name) for path in html_files], args.copies)
    parse_rate = bench_parse(texts, args.repeat)
    print(f"parse_text_per_s {parse_rate:.0f}")
    html_rate = bench_parse_html(pages, args.repeat) if pages else 0.0
    print(f"parse_html_per_s {html_rate:.0f}")
    exact_rate, approximate_rate = bench_anchor(args.repeat)
    print(f"anchor_exact_notes_per_s {exact_rate:.0f}")
    print(f"anchor_approximate_notes_per_s {approximate_rate:.0f}")
    ratio = parse_rate / html_rate if html_rate else float("nan")
    print(
        f"summary: parse {parse_rate:.0f} articles/s (text, {len(text_files)} distinct), "
        f"{html_rate:.0f} articles/s (HTML, {len(html_files)} distinct), text/HTML {ratio:.1f}x; "
        f"anchoring a note exactly is {exact_rate / approximate_rate:.1f}x faster than re-anchoring it approximately; "
        f"median of {args.repeat} runs of {len(texts)} articles"
    )


if __name__ == "__main__":
    main()
