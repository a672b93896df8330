"""`python -m briefs stale` (`briefs.contribute.stale`): glossary entries whose facts were checked too long ago."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from briefs.settings import Settings
from briefs.contribute.stale import StaleEntry, find_stale, months_before, months_between, summarise
from conftest import ROOT, run_briefs

TODAY = date(2026, 12, 2)


def write_term(root: Path, slug: str, term: str, kind: str, as_of: str | None) -> None:
    """A valid glossary entry (the check would ask for as_of on a stale kind; the report still reads it)."""
    as_of_line = f"as_of: {as_of}\n" if as_of else ""
    text = (
        "# yaml-language-server: $schema=../schemas/glossary.schema.json\n"
        f"term: {term}\n"
        f"kind: {kind}\n"
        "short: An entry for tests.\n"
        "definition: |\n"
        "  Invented.\n"
        f"{as_of_line}"
        "sources:\n"
        "  - title: A source\n"
        "    url: https://www.mofa.go.jp/a\n"
    )
    folder = root / "glossary"
    folder.mkdir(exist_ok=True)
    (folder / f"{slug}.yml").write_text(text, encoding="utf-8")


@pytest.fixture
def glossary_project(tmp_path) -> Settings:
    write_term(tmp_path, "fresh-minister", "Fresh Minister", "person", "2026-11-01")
    write_term(tmp_path, "old-minister", "Old Minister", "person", "2025-03-15")
    write_term(tmp_path, "older-policy", "Older Policy", "policy-or-concept", "2024-12-31")
    write_term(tmp_path, "just-over-six", "Just Over Six", "event", "2026-06-01")
    write_term(tmp_path, "exactly-six", "Exactly Six", "organisation", "2026-06-02")
    write_term(tmp_path, "old-place", "Old Place", "place", "2020-01-01")
    write_term(tmp_path, "undated-person", "Undated Person", "person", None)
    write_term(tmp_path, "undated-office", "Undated Office", "office", None)
    write_term(tmp_path, "undated-treaty", "Undated Treaty", "treaty-or-law", None)
    return Settings(root=tmp_path)


def test_never_checked_entries_come_first_then_the_oldest(glossary_project):
    report = find_stale(glossary_project, TODAY, 6)
    assert [(entry.slug, entry.as_of, entry.months) for entry in report.entries] == [
        ("undated-office", None, None),
        ("undated-person", None, None),
        ("old-place", "2020-01-01", 83),
        ("older-policy", "2024-12-31", 23),
        ("old-minister", "2025-03-15", 20),
        ("just-over-six", "2026-06-01", 6),
    ]


def test_entries_point_at_the_line_of_as_of_or_of_kind(glossary_project):
    entries = {entry.slug: entry for entry in find_stale(glossary_project, TODAY, 6).entries}
    assert (entries["old-minister"].path, entries["old-minister"].line) == ("glossary/old-minister.yml", 7)
    assert (entries["undated-person"].path, entries["undated-person"].line) == ("glossary/undated-person.yml", 3)


def test_a_kind_that_does_not_go_stale_needs_no_as_of(glossary_project):
    assert "undated-treaty" not in {entry.slug for entry in find_stale(glossary_project, TODAY, 6).entries}


@pytest.mark.parametrize("months, listed", [
    (0, {"fresh-minister", "exactly-six", "just-over-six", "old-minister", "older-policy", "old-place"}),
    (1, {"fresh-minister", "exactly-six", "just-over-six", "old-minister", "older-policy", "old-place"}),
    (2, {"exactly-six", "just-over-six", "old-minister", "older-policy", "old-place"}),
    (6, {"just-over-six", "old-minister", "older-policy", "old-place"}),
    (21, {"older-policy", "old-place"}),
    (120, set()),
], ids=["zero", "one", "two", "six", "twenty-one", "ten-years"])
def test_months_sets_how_old_a_check_may_be(glossary_project, months, listed):
    report = find_stale(glossary_project, TODAY, months)
    assert {entry.slug for entry in report.entries if entry.as_of} == listed


def test_negative_months_are_refused(glossary_project):
    with pytest.raises(ValueError):
        find_stale(glossary_project, TODAY, -1)


@pytest.mark.parametrize("day, months, expected", [
    (date(2026, 12, 2), 6, date(2026, 6, 2)),
    (date(2026, 3, 15), 6, date(2025, 9, 15)),
    (date(2026, 8, 31), 6, date(2026, 2, 28)),
    (date(2024, 8, 31), 6, date(2024, 2, 29)),
    (date(2026, 1, 31), 1, date(2025, 12, 31)),
    (date(2026, 5, 2), 0, date(2026, 5, 2)),
    (date(2026, 5, 2), 24, date(2024, 5, 2)),
], ids=["same-day", "across-a-year", "short-month", "leap-year", "january", "zero", "two-years"])
def test_months_before_keeps_the_day_or_the_last_of_a_shorter_month(day, months, expected):
    assert months_before(day, months) == expected


@pytest.mark.parametrize("earlier, later, months", [
    (date(2026, 6, 2), date(2026, 12, 2), 6),
    (date(2026, 6, 3), date(2026, 12, 2), 5),
    (date(2026, 8, 31), date(2027, 2, 28), 6),
    (date(2026, 8, 31), date(2027, 2, 27), 5),
    (date(2026, 12, 2), date(2026, 12, 2), 0),
    (date(2026, 12, 2), date(2026, 6, 2), -6),
], ids=["six", "a-day-short", "month-end", "month-end-a-day-short", "same-day", "backwards"])
def test_months_between_counts_whole_calendar_months(earlier, later, months):
    assert months_between(earlier, later) == months


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@given(as_of=days, today=days, months=st.integers(min_value=0, max_value=240))
def test_a_listed_entry_is_at_least_months_old_and_an_unlisted_one_at_most(as_of, today, months):
    age = months_between(as_of, today)
    if as_of < months_before(today, months):
        assert age >= months
    else:
        assert age <= months


def test_describe_gives_path_line_term_date_and_age():
    entry = StaleEntry("glossary/a.yml", 7, "a", "A Term", "person", "2025-03-15", 20)
    never = StaleEntry("glossary/b.yml", 3, "b", "B Term", "office", None, None)
    one = StaleEntry("glossary/c.yml", 7, "c", "C Term", "event", "2026-11-01", 1)
    assert entry.describe() == "glossary/a.yml:7: A Term checked 2025-03-15 (20 months ago)"
    assert never.describe() == "glossary/b.yml:3: B Term has no as_of (an office entry goes stale)"
    assert one.describe() == "glossary/c.yml:7: C Term checked 2026-11-01 (1 month ago)"


def test_summary_counts_old_and_undated_entries_and_files_left_out(glossary_project, tmp_path):
    (tmp_path / "glossary" / "broken.yml").write_text("term: [unclosed\n", encoding="utf-8")
    summary = summarise(find_stale(glossary_project, TODAY, 6))
    assert summary == ("stale: 4 of 9 entries checked more than 6 months before 2026-12-02, 2 with no as_of; "
                       "1 file(s) left out for errors (run python -m briefs check)")


def run_stale(root: Path, *options: str) -> subprocess.CompletedProcess:
    return run_briefs("--root", str(root), "stale", *options)


def test_the_command_prints_one_line_per_entry_and_exits_zero(tmp_path):
    today = date.today()
    write_term(tmp_path, "long-ago", "Long Ago", "person", months_before(today, 30).isoformat())
    write_term(tmp_path, "recent", "Recent", "person", today.isoformat())
    result = run_stale(tmp_path, "--months", "12")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"glossary/long-ago.yml:7: Long Ago checked {months_before(today, 30).isoformat()} (30 months ago)"
    assert lines[1].startswith("stale: 1 of 2 entries checked more than 12 months before")
    assert len(lines) == 2


def test_the_command_prints_json_with_json(tmp_path):
    write_term(tmp_path, "long-ago", "Long Ago", "event", "2001-01-01")
    write_term(tmp_path, "undated", "Undated", "event", None)
    result = run_stale(tmp_path, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(item["slug"], item["as_of"], item["line"]) for item in data] == [
        ("undated", None, 3), ("long-ago", "2001-01-01", 7)]
    assert set(data[0]) == {"path", "line", "slug", "term", "kind", "as_of", "months"}


def test_the_command_refuses_negative_months(tmp_path):
    result = run_stale(tmp_path, "--months", "-2")
    assert result.returncode == 2
    assert "--months must be 0 or more" in result.stderr


def test_the_live_glossary_can_be_reported():
    result = run_stale(ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("stale: ")
