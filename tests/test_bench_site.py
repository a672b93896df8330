"""The site benchmark's configuration edits and memory sampling (timed parts are never asserted)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import bench_site  # noqa: E402
from bench_site import with_search_backend, without_hooks  # noqa: E402
from briefs.settings import _LenientLoader  # noqa: E402

CONFIG = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def load(text: str) -> dict:
    return yaml.load(text, Loader=_LenientLoader) or {}


@pytest.mark.parametrize(
    "text",
    [CONFIG, "site_name: x\nhooks:\n  - a.py\n  # note\n  - b.py\nextra: {}\n", "hooks:\n  - a.py\n"],
    ids=["project", "comment-inside", "last-key"],
)
def test_without_hooks_removes_only_the_hooks(text):
    before, after = load(text), load(without_hooks(text))
    assert "hooks" not in after
    assert {key: value for key, value in before.items() if key != "hooks"} == after


def test_without_hooks_refuses_a_flow_list():
    with pytest.raises(ValueError):
        without_hooks("hooks: [a.py]\n")


@pytest.mark.parametrize("backend", ["material", "pagefind"])
def test_with_search_backend(backend):
    config = load(with_search_backend(CONFIG, backend))
    assert config["extra"]["briefs"]["search_backend"] == backend
    search = [plugin for plugin in config["plugins"]
              if plugin == "search" or isinstance(plugin, dict) and "search" in plugin]
    assert len(search) == 1
    options = search[0]["search"] if isinstance(search[0], dict) else {}
    assert options.get("enabled", True) is (backend == "material")


def test_with_search_backend_keeps_the_search_options():
    config = load(with_search_backend("plugins:\n  - search:\n      lang: [en, ja]\nextra:\n  briefs:\n", "pagefind"))
    assert config["plugins"] == [{"search": {"enabled": False, "lang": ["en", "ja"]}}]


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux /proc")
def test_tree_memory_sums_a_parent_and_its_child_alive_at_once():
    # Parent and forked child each touch 80 MB of their own (after the fork, so nothing is
    # shared), then both wait, so the tree holds both blocks at once.
    program = textwrap.dedent("""
        import os, time
        child = os.fork()
        mine = b"x" * (80 * 2**20)
        time.sleep(1.5)
        if child == 0:
            os._exit(0)
        os.wait()
    """)
    process = subprocess.Popen([sys.executable, "-c", program])
    with bench_site.TreeMemory(process.pid, interval=0.05) as memory:
        _pid, _status, usage = os.wait4(process.pid, 0)
    # Both blocks: a sampler that saw one process finds about 90. (Comparing with the
    # parent's ru_maxrss was flaky: Linux may count a waited-for child's peak in it.)
    assert memory.peak_mb >= 150, (memory.peak_mb, usage.ru_maxrss / 1024)


def test_pagefind_only_reports_the_build_the_index_and_a_first_search(tmp_path):
    """`--pagefind-only` on a tiny project: every figure is there and describes the site it built."""
    figures_path = tmp_path / "figures.json"
    work = tmp_path / "work"
    # A process of its own: the browser tests keep a sync Playwright running in this worker,
    # and a second one cannot start beside it.
    command = [sys.executable, str(ROOT / "scripts" / "bench_site.py"), "--briefs", "4", "--terms", "12",
               "--pagefind-only", "--keep", str(work), "--json", str(figures_path)]
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr[-2000:]
    import json

    figures = json.loads(figures_path.read_text(encoding="utf-8"))
    assert figures["corpus"] == "zipf-english" and figures["distinct_words"] > 0
    assert figures["peak_rss_mb"] > 0 and figures["full_pagefind_cpu_s"] > 0
    bundle = work / "site-pagefind" / "pagefind"
    assert figures["pagefind_files"] == sum(1 for path in bundle.rglob("*") if path.is_file())
    first = figures["first_search_bytes"]["pagefind"]
    assert 0 < first["bytes"] <= figures["pagefind_bytes"]
    assert first["files"] >= 3 and first["query"]
