"""Measure the HTML parser on Readability's test pages: metadata matches and body overlap.

Each case folder holds `source.html` (the saved page), `expected.html` (the article body
Readability extracts) and `expected-metadata.json` (title, byline, siteName). For each
case this prints whether our title, byline and site name match, and the token precision,
recall and F1 of our paragraphs against the expected body text (words, case-folded,
counted as a multiset). The fixtures are not part of this repository.

    python scripts/measure_readability.py DIR   # DIR holds one folder per case
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from lxml import html as lxml_html

from briefs.sources.read import parse_source


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.casefold()))


def overlap(ours: str, expected: str) -> tuple[float, float, float]:
    """Token precision, recall and F1 of `ours` against `expected`."""
    got, want = tokens(ours), tokens(expected)
    common = sum((got & want).values())
    precision = common / max(sum(got.values()), 1)
    recall = common / max(sum(want.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def same(ours: str | None, expected: str | None) -> bool:
    def fold(text: str | None) -> str:
        return re.sub(r"\W+", " ", text or "").strip().casefold()

    return fold(ours) == fold(expected)


def measure_case(folder: Path) -> dict:
    article = parse_source(folder / "source.html", "source.html")
    metadata = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
    # Read as UTF-8 text: the fixture has no charset declaration, and lxml would guess Latin-1.
    expected_text = lxml_html.fromstring((folder / "expected.html").read_text(encoding="utf-8")).text_content()
    precision, recall, f1 = overlap(article.text, expected_text)
    site = article.source.name if article.source else None
    return {
        "case": folder.name,
        "title": same(article.title, metadata.get("title")),
        "byline": same(article.byline, metadata.get("byline")),
        "site": same(site, metadata.get("siteName")),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "got": {"title": article.title, "byline": article.byline, "site": site},
        "want": {key: metadata.get(key) for key in ("title", "byline", "siteName")},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder holding one sub-folder per case")
    args = parser.parse_args()
    cases = sorted(path for path in args.folder.iterdir() if (path / "source.html").is_file())
    results = [measure_case(case) for case in cases]
    print(f"{'case':32} title byline site  precision recall  f1")
    for row in results:
        flags = " ".join(f"{'yes' if row[key] else 'no':5}" for key in ("title", "byline", "site"))
        print(f"{row['case']:32} {flags} {row['precision']:9.3f} {row['recall']:6.3f} {row['f1']:6.3f}")
        for key in ("title", "byline", "site"):
            if not row[key]:
                print(
                    f"    {key}: got {row['got'][key]!r}, expected {row['want'][key if key != 'site' else 'siteName']!r}"
                )
    if results:
        mean = sum(row["f1"] for row in results) / len(results)
        matched = sum(row[key] for row in results for key in ("title", "byline", "site"))
        print(f"summary: {len(results)} pages, metadata {matched}/{3 * len(results)} match, mean token F1 {mean:.3f}")


if __name__ == "__main__":
    main()
