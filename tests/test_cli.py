"""The command line: JSON fields, rendering to disk, and errors without tracebacks.

The commands run in this process (`conftest.run_briefs`); one test runs `python -m briefs`
itself, for what only the interpreter's entry point decides: its exit status and stderr.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED, SEED_SLUG, run_briefs


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """`python -m briefs ARGS` in `cwd`: pass the `frozen_project` fixture to any command that reads content."""
    return run_briefs(*args, cwd=cwd)


def test_parse_json_has_every_field():
    result = run_cli("parse", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"title", "caption", "published", "section", "byline", "source", "paragraphs", "dropped"} <= set(data)
    assert data["published"] == "2025-02-07T16:09:00+09:00"
    assert data["section"] == "Politics"
    assert data["byline"] is None and data["source"] is None
    assert len(data["paragraphs"]) == 12
    assert all(set(item) >= {"line", "reason"} for item in data["dropped"])


def test_parse_missing_file_is_one_line_on_stderr(tmp_path):
    # The real entry point, in its own interpreter: `python -m briefs` exits with main's status.
    result = subprocess.run([sys.executable, "-m", "briefs", "parse", str(tmp_path / "nope.txt"), "--json"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.startswith(str(tmp_path / "nope.txt"))
    assert "Traceback" not in result.stderr


def test_parse_empty_file_says_what_is_missing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\n  \n")
    result = run_cli("parse", str(empty))
    assert result.returncode == 1
    assert f"{empty}: the file is empty" in result.stderr


def test_render_writes_the_same_pages_the_hook_adds(frozen_project, tmp_path):
    result = run_cli("render", "--out", str(tmp_path), cwd=frozen_project)
    assert result.returncode == 0, result.stderr
    written = sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*.md"))
    assert "index.md" in written and f"briefs/{SEED_SLUG}.md" in written
    page = (tmp_path / "briefs" / f"{SEED_SLUG}.md").read_text(encoding="utf-8")
    assert page.startswith("---\ntitle: Ishiba, Headed to White House")


def test_timeline_json_lists_the_seeds_dates_in_order_with_text_offsets():
    from briefs.sources.pasted_text import parse_article

    result = run_cli("timeline", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    assert all(set(event) >= {"date", "precision", "expression", "start", "end", "sentence"} for event in events)
    text = parse_article(SEED.read_text(encoding="utf-8")).text
    for event in events:
        assert text[event["start"] : event["end"]] == event["expression"]
        assert event["expression"] in event["sentence"]
    pairs = [(event["date"], event["precision"]) for event in events]
    assert ("2017-02-10", "day") == pairs[0]
    assert {("2024-11", "month"), ("2024-12", "month"), ("2025-01", "part-of-month"), ("2025-01-20", "day"),
            ("2025-02-06", "day"), ("2025-02-07", "day"), ("2025-02-08", "day")} <= set(pairs)
    assert [event["date"] for event in events] == sorted(event["date"] for event in events)
    assert next(event for event in events if event["expression"] == "in mid-January")["part"] == "mid"


def test_timeline_table_is_readable():
    result = run_cli("timeline", str(SEED))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "10 dates"
    assert lines[0].split()[:3] == ["2017-02-10", "day", "on"]
    assert any(line.split()[:5] == ["2025-01", "part-of-month", "(mid)", "in", "mid-January"] for line in lines)


def test_timeline_missing_file_is_one_line_on_stderr(tmp_path):
    result = run_cli("timeline", str(tmp_path / "nope.txt"), "--json")
    assert result.returncode == 1
    assert result.stderr.startswith(str(tmp_path / "nope.txt")) and "Traceback" not in result.stderr


def test_render_writes_the_feed_and_links_the_tag_index(frozen_project, tmp_path):
    result = run_cli("render", "--out", str(tmp_path), cwd=frozen_project)
    assert result.returncode == 0, result.stderr
    assert "<link>https://annotated-briefs.github.io/briefs/briefs/" in (tmp_path / "feed.xml").read_text(encoding="utf-8")
    assert "[**By tag**](tags.md)" in (tmp_path / "index.md").read_text(encoding="utf-8")


def test_render_without_site_url_warns_and_skips_the_feed(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    (project / "mkdocs.yml").write_text("site_name: X\n", encoding="utf-8")
    result = run_cli("--root", str(project), "render", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "mkdocs.yml: warning: site_url is not set, so the feed is not written" in result.stderr
    assert not (tmp_path / "out" / "feed.xml").exists()
