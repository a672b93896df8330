"""Measure the parser on the corpus of invented articles: per-field precision and recall.

Each case folder in `tests/corpus/` holds `article.txt` or `article.html` and
`expected.yml` (see the README there). Every expected value is a check. For a field with
one value (title, published, caption, section, first paragraph, paragraph count) a wrong
or invented value is a false positive and a wrong or missing one a false negative; a value
correctly left empty passes without counting either way. Bylines count author by author.
Clutter: a clutter text kept out of the body is a true positive, one left in a false
negative, and a `keep` text missing from the body a false positive (body dropped as
clutter). Blocks: an expected heading, quote, list or code block found is a true positive,
a structured block the key does not name a false positive. The report also counts the issue's way, per article
(`ARTICLE_CHECKS`: the time in three parts, all clutter kept out as one check). Dates: each `[words, date]` of the
key is an expression of the body (or the words around one) the timeline must resolve to that date (a date found as
another a false positive and a false negative, one not found a false negative); the
timeline's other dates are not judged.

    python scripts/measure_parse.py [--corpus DIR] [--case NAME] [--json] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefs.errors import BriefsError
from briefs.facts.timeline import DateEvent, resolve_dates
from briefs.sources.byline import split_authors
from briefs.model import Article
from briefs.sources.read import parse_source

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
FIELDS = ("title", "published", "caption", "section", "byline", "first", "paragraphs", "clutter", "blocks", "dates")
SINGLE_FIELDS = ("title", "published", "caption", "section", "first", "paragraphs")
# The issue's own count, one check per article each: the publication time in three parts, and the clutter as one
# check (every clutter text kept out), so a single kept line or a lost paragraph fails the article's check.
ARTICLE_CHECKS = ("title", "date", "time", "offset", "caption", "first", "clutter", "paragraphs")
_ISO_PARTS = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})(?:T(?P<time>\d{2}:\d{2})(?::\d{2})?(?P<offset>[+-]\d{2}:\d{2}|Z)?)?")


@dataclass(slots=True)
class Tally:
    """Counts for one field over the corpus."""

    passed: int = 0  # checks that passed
    total: int = 0  # checks made
    true_pos: int = 0  # right values found
    false_pos: int = 0  # values found that are wrong or should not be there
    false_neg: int = 0  # expected values not found

    def add(self, other: Tally) -> None:
        for name in ("passed", "total", "true_pos", "false_pos", "false_neg"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_json(self) -> dict:
        found, expected = self.true_pos + self.false_pos, self.true_pos + self.false_neg
        return {
            "passed": self.passed,
            "checks": self.total,
            "precision": round(self.true_pos / found, 3) if found else None,
            "recall": round(self.true_pos / expected, 3) if expected else None,
        }


@dataclass(slots=True)
class CaseResult:
    """The checks of one case."""

    name: str  # folder name
    tallies: dict[str, Tally]  # per field
    failures: list[str] = field(default_factory=list)  # what went wrong, one line each
    error: str | None = None  # the parser's error, when it raised
    article_checks: dict[str, bool] = field(default_factory=dict)  # ARTICLE_CHECKS, each passed or not


def fold(text: str | None) -> str:
    """Compare texts without case, punctuation or spacing differences."""
    return re.sub(r"\W+", " ", text or "").strip().casefold()


def article_values(article: Article) -> dict:
    """What the parser found, in the answer key's terms."""
    return {
        "title": article.title,
        "published": article.published_iso,
        "caption": article.caption,
        "section": article.section,
        "first": _first_as_printed(article),
        "paragraphs": len(article.paragraphs),
    }


def _first_as_printed(article: Article) -> str | tuple[str, str] | None:
    """The first paragraph as the brief prints it: the dateline (`PARIS, Feb. 7 (Reuters) -`), kept
    apart in `Article.dateline`, opens it. A key may quote it with or without the dateline."""
    if not article.paragraphs:
        return None
    first = article.paragraphs[0].text
    return (article.dateline, first) if article.dateline else first


def _without_dateline(text: str, dateline: str | None) -> str:
    """A `keep` text quoting the first paragraph as the brief prints it, the dateline (kept apart in
    `Article.dateline`) first: `TEHRAN – Iran's ...` is found in the body as `Iran's ...`."""
    if dateline and text.startswith(dateline):
        return text[len(dateline):].lstrip(" ,:;–—-")
    return text


def check_single(name: str, got, want) -> tuple[Tally, str | None]:
    """One value against the key: exact for counts and times, folded for texts, a prefix for `first`."""
    tally = Tally(total=1)
    if name == "first":
        # `got` is the paragraph, or (dateline, paragraph): the key may quote either.
        forms = [" ".join(got), got[1]] if isinstance(got, tuple) else [got]
        right = got is not None and any(fold(form).startswith(fold(want)) for form in forms)
    elif name in ("paragraphs", "published"):
        right = got == want
    else:
        right = fold(got) == fold(want) if got is not None and want is not None else got == want
    if right:
        tally.passed = 1
        tally.true_pos = int(want is not None)
        return tally, None
    tally.false_pos = int(got is not None)
    tally.false_neg = int(want is not None)
    return tally, f"{name}: got {got!r}, expected {want!r}"


def check_byline(got: list[str], want: list[str]) -> tuple[Tally, str | None]:
    got_folded, want_folded = [fold(name) for name in got], [fold(name) for name in want]
    matched = sum(1 for name in want_folded if name in got_folded)
    tally = Tally(total=1, true_pos=matched, false_neg=len(want) - matched)
    tally.false_pos = sum(1 for name in got_folded if name not in want_folded)
    if sorted(got_folded) == sorted(want_folded):
        tally.passed = 1
        return tally, None
    return tally, f"byline: got {got!r}, expected {want!r}"


def check_clutter(body: str, clutter: list[str], keep: list[str]) -> tuple[Tally, list[str]]:
    tally = Tally(total=len(clutter) + len(keep))
    failures = []
    for text in clutter:
        if str(text) in body:
            tally.false_neg += 1
            failures.append(f"clutter in body: {text!r}")
        else:
            tally.true_pos += 1
            tally.passed += 1
    for text in keep:
        if str(text) in body:
            tally.passed += 1
        else:
            tally.false_pos += 1
            failures.append(f"body text lost: {text!r}")
    return tally, failures


def check_blocks(article: Article, expected: list[list[str]]) -> tuple[Tally, list[str]]:
    structured = [block for block in article.blocks if block.kind != "paragraph"]
    used: set[int] = set()
    tally = Tally(total=len(expected))
    failures = []
    for kind, start in expected:
        index = next(
            (
                number
                for number, block in enumerate(structured)
                if number not in used and block.kind == kind and fold(_block_start(block)).startswith(fold(start))
            ),
            None,
        )
        if index is None:
            tally.false_neg += 1
            failures.append(f"block not found: {kind} {start!r}")
        else:
            used.add(index)
            tally.true_pos += 1
            tally.passed += 1
    extra = [block for number, block in enumerate(structured) if number not in used]
    tally.false_pos += len(extra)
    failures += [f"block not in the key: {block.kind} {_block_start(block)[:40]!r}" for block in extra]
    return tally, failures


def check_dates(events: tuple[DateEvent, ...], expected: list[list[str]]) -> tuple[Tally, list[str]]:
    """Each expected `[words, date]`: an event whose expression holds the words, or is held by them
    (a key may quote the words around a date: `beginning February 3`), resolved to the date."""
    tally = Tally(total=len(expected))
    failures = []
    for words, want in ((str(words), want) for words, want in expected):
        wanted = fold(words)
        matching = [event for event in events if wanted in fold(event.expression) or fold(event.expression) in wanted]
        if any(event.date == str(want) for event in matching):
            tally.passed += 1
            tally.true_pos += 1
        elif matching:
            tally.false_pos += 1
            tally.false_neg += 1
            failures.append(f"date {words!r}: got {matching[0].date}, expected {want}")
        else:
            tally.false_neg += 1
            failures.append(f"date {words!r} not in the timeline (expected {want})")
    return tally, failures


def _block_start(block) -> str:
    return block.items[0] if block.items else block.text


def measure_case(folder: Path) -> CaseResult:
    key = yaml.safe_load((folder / "expected.yml").read_text(encoding="utf-8"))
    source = next(path for path in sorted(folder.iterdir()) if path.stem == "article")
    result = CaseResult(folder.name, {name: Tally() for name in FIELDS})
    try:
        article = parse_source(source, source.name)
    except BriefsError as err:
        article = None
        result.error = "; ".join(problem.message for problem in err.problems)
    except Exception as err:  # a crash is a measured failure, not the end of the run
        article = None
        result.error = f"crash: {type(err).__name__}: {err}"
    if article is None:
        return _all_failed(result, key)
    values = article_values(article)
    for name in SINGLE_FIELDS:
        tally, failure = check_single(name, values[name], key.get(name))
        _record(result, name, tally, [failure] if failure else [])
    tally, failure = check_byline(split_authors(article.byline), key.get("byline") or [])
    _record(result, "byline", tally, [failure] if failure else [])
    keep = [_without_dateline(str(text), article.dateline) for text in key.get("keep") or []]
    _record(result, "clutter", *check_clutter(article.text, key.get("clutter") or [], keep))
    _record(result, "blocks", *check_blocks(article, key.get("blocks") or []))
    if key.get("dates"):
        _record(result, "dates", *check_dates(resolve_dates(article), key["dates"]))
    result.article_checks = article_checks(values, key, article.text)
    return result


def article_checks(values: dict, key: dict, body: str) -> dict[str, bool]:
    """The case's checks counted the issue's way (`ARTICLE_CHECKS`), from the values `check_single` compares."""
    got, want = _iso_parts(values["published"]), _iso_parts(key.get("published"))
    checks = {name: check_single(name, values[name], key.get(name))[1] is None
              for name in ("title", "caption", "first", "paragraphs")}
    checks.update((name, got[name] == want[name]) for name in ("date", "time", "offset"))
    checks["clutter"] = not any(str(text) in body for text in key.get("clutter") or [])
    return {name: checks[name] for name in ARTICLE_CHECKS}


def _iso_parts(value: str | None) -> dict[str, str | None]:
    match = _ISO_PARTS.match(str(value)) if value else None
    return {name: match[name] if match else None for name in ("date", "time", "offset")}


def _record(result: CaseResult, name: str, tally: Tally, failures: list[str]) -> None:
    result.tallies[name].add(tally)
    result.failures += failures


def _all_failed(result: CaseResult, key: dict) -> CaseResult:
    """A case the parser could not read fails every check it has."""
    for name in SINGLE_FIELDS:
        result.tallies[name] = Tally(total=1, false_neg=int(key.get(name) is not None))
    result.tallies["byline"] = Tally(total=1, false_neg=len(key.get("byline") or []))
    checks = len(key.get("clutter") or []) + len(key.get("keep") or [])
    result.tallies["clutter"] = Tally(total=checks, false_neg=checks)
    blocks = len(key.get("blocks") or [])
    result.tallies["blocks"] = Tally(total=blocks, false_neg=blocks)
    dates = len(key.get("dates") or [])
    result.tallies["dates"] = Tally(total=dates, false_neg=dates)
    result.failures.append(result.error or "no article")
    return result


def measure_corpus(corpus: Path = CORPUS, only: str | None = None) -> dict:
    """Measure every case; return per-field figures, the overall share and each case's failures."""
    folders = sorted(path for path in corpus.iterdir() if (path / "expected.yml").is_file())
    if only:
        folders = [path for path in folders if path.name == only]
    results = [measure_case(folder) for folder in folders]
    totals = {name: Tally() for name in FIELDS}
    for result in results:
        for name, tally in result.tallies.items():
            totals[name].add(tally)
    passed = sum(tally.passed for tally in totals.values())
    checks = sum(tally.total for tally in totals.values())
    return {
        "cases": len(results),
        "fields": {name: tally.to_json() for name, tally in totals.items()},
        "passed": passed,
        "checks": checks,
        "share": round(passed / checks, 3) if checks else None,
        "articles": _articles(results),
        "failures": {result.name: result.failures for result in results if result.failures},
    }


def _articles(results: list[CaseResult]) -> dict:
    """The per-article count: each case's `ARTICLE_CHECKS` (a case the parser could not read fails them all)."""
    passed = {name: sum(result.article_checks.get(name, False) for result in results) for name in ARTICLE_CHECKS}
    checks = len(results) * len(ARTICLE_CHECKS)
    total = sum(passed.values())
    return {"passed": total, "checks": checks, "share": round(total / checks, 3) if checks else None, "fields": passed}


def print_report(report: dict, verbose: bool) -> None:
    print(f"{'field':12} {'passed':>11} {'precision':>9} {'recall':>7}")
    for name, figures in report["fields"].items():
        precision = "-" if figures["precision"] is None else f"{figures['precision']:.3f}"
        recall = "-" if figures["recall"] is None else f"{figures['recall']:.3f}"
        print(f"{name:12} {figures['passed']:>5} / {figures['checks']:<3} {precision:>9} {recall:>7}")
    print(f"{report['cases']} cases: {report['passed']} of {report['checks']} checks pass ({report['share']:.1%})")
    articles = report["articles"]
    if articles["checks"]:
        fields = ", ".join(f"{name} {count}" for name, count in articles["fields"].items())
        print(f"per article (the issue's count): {articles['passed']} of {articles['checks']} "
              f"({articles['share']:.1%}); {fields}")
    if verbose:
        for case, failures in report["failures"].items():
            print(f"\n{case}")
            for failure in failures:
                print(f"    {failure}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder holding one sub-folder per case")
    parser.add_argument("--case", help="measure only this case (folder name)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every failed check")
    args = parser.parse_args(argv)
    report = measure_corpus(args.corpus, args.case)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report, args.verbose or bool(args.case))
    return 0


if __name__ == "__main__":
    sys.exit(main())
