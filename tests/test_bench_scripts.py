"""`make bench` runs on a fresh machine: every benchmark script, at a tiny size.

Nothing here asserts a timing (the machines are shared and noisy); it asserts that each
script runs to its summary line and that the site benchmark writes every key the issue
asks for, so a figure cannot silently go missing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import briefs.build as pipeline
from conftest import ROOT

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}


def run_script(*arguments: str, timeout: int = 600) -> str:
    result = subprocess.run([sys.executable, *arguments], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return result.stdout


@pytest.mark.parametrize("arguments", [
    ("scripts/bench.py", "--repeat", "1", "--copies", "3"),
    ("scripts/bench_timeline.py", "--repeat", "1", "--copies", "5"),
    ("scripts/bench_glossary.py", "--repeat", "1", "--megabytes", "0.02"),
], ids=["library", "timeline", "glossary"])
def test_library_benchmarks_run(arguments):
    output = run_script(*arguments)
    assert output.strip().splitlines()[-1].startswith(("summary:", "ratio")), output


def test_site_benchmark_writes_every_figure(tmp_path):
    figures_file = tmp_path / "figures.json"
    output = run_script("scripts/bench_site.py", "--briefs", "3", "--terms", "12", "--repeat", "1",
                        "--json", str(figures_file), "--keep", str(tmp_path / "work"))
    assert output.strip().splitlines()[-1].startswith("summary: N=3 M=12"), output
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    for key in ("floor_s", "full_s", "ratio", "matcher_mb_s", "parse_per_s", "peak_rss_mb", "first_search_bytes",
                "library_build_s", "rebuild_s", "write_site_s", "corpus", "distinct_words", "preview_s"):
        assert key in figures, key
    assert set(figures["matcher_mb_s"]) == {"50", "500", "5000"}
    search = figures["first_search_bytes"]
    assert search["material"] > 0 and search["pagefind"] > 0, search
    assert figures["ratio"] > 0 and figures["peak_rss_mb"] > 0
    # One throughput per stage that `briefs.build.find_facts` runs: a new stage needs its figure.
    stages = {name.removesuffix("_stage") for name in vars(pipeline) if name.endswith("_stage")}
    assert set(figures["stage_per_s"]) == stages == {"glossary", "timeline", "notes", "related"}
    assert all(rate > 0 for rate in figures["stage_per_s"].values()), figures["stage_per_s"]
