"""Golden cases: date expressions in sentences, resolved against a publication time.

The cases are data (`tests/cases/timeline/golden.yml`, see its header and the folder's
README); each runs as its own test, named by its id, and a failure shows expected and got
side by side.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from briefs.model import Article, Paragraph
from briefs.facts.timeline import DateEvent, resolve_dates

GOLDEN = Path(__file__).resolve().parent / "cases" / "timeline" / "golden.yml"
CASES = yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))["cases"]


def offset_zone(text: str) -> timezone:
    sign = -1 if text.startswith("-") else 1
    hours, minutes = text.lstrip("+-").split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def article_of(case: dict) -> Article:
    return Article(
        title=None, caption=None, published=datetime.fromisoformat(case["published"]), zone_name=None,
        published_has_time=True, section=None, byline=None, dateline=None, source=None,
        paragraphs=(Paragraph(case["text"], 1),),
    )


def as_case_entry(event: DateEvent) -> dict:
    entry = {"expression": event.expression, "date": event.date, "precision": event.precision}
    if event.part:
        entry["part"] = event.part
    return entry


def resolve_case(case: dict) -> list[dict]:
    zone = offset_zone(case["place_offset"]) if "place_offset" in case else None
    events = sorted(resolve_dates(article_of(case), place_zone=zone), key=lambda event: event.start)
    return [as_case_entry(event) for event in events]


def describe(entries: list[dict]) -> str:
    if not entries:
        return "    (no dates)"
    return "\n".join(
        f"    {entry['expression']!r:40} -> {entry['date']} {entry['precision']}{' ' + entry['part'] if entry.get('part') else ''}"
        for entry in entries
    )


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_golden_case(case):
    expected = [dict(entry) for entry in case["expected"]]
    got = resolve_case(case)
    assert got == expected, (
        f"\n{case['text']}\npublished {case['published']}"
        f"{', place ' + case['place_offset'] if 'place_offset' in case else ''}\n"
        f"  expected:\n{describe(expected)}\n  got:\n{describe(got)}"
    )


def test_golden_file_is_well_formed():
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert len(CASES) >= 80
    for case in CASES:
        for entry in case["expected"]:
            assert case["text"].count(entry["expression"]) == 1, (case["id"], entry["expression"])
            assert (entry["precision"] == "part-of-month") == ("part" in entry), case["id"]
