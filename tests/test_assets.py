"""Hand-written theme assets stay well formed (a merge once left a media query unclosed)."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

STYLESHEETS = sorted((ROOT / "docs" / "assets" / "stylesheets").glob("*.css"))


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda path: path.name)
def test_stylesheet_braces_balance_and_nothing_nests_outside_at_rules(path):
    text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        for character in line:
            depth += {"{": 1, "}": -1}.get(character, 0)
            assert depth >= 0, f"{path.name}:{number}: a closing brace without an opening one"
        # A plain rule starting while another plain rule is open means a missing brace.
        if re.match(r"^[.#a-z\[:*][^{]*\{\s*$", line) and depth > 1 and not line.startswith(" "):
            pytest.fail(f"{path.name}:{number}: a rule opened inside another block")
    assert depth == 0, f"{path.name}: {depth} unclosed block(s)"


def test_no_merge_conflict_markers_in_tracked_files():
    import subprocess

    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    marker = re.compile(r"^(<{7} |>{7} |={7}$)", re.M)
    found = []
    for name in tracked:
        path = ROOT / name
        if path.suffix in {".py", ".md", ".yml", ".yaml", ".html", ".css", ".toml", ".json", ".txt", ""} and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [f"{name}:{text[:match.start()].count(chr(10)) + 1}" for match in marker.finditer(text)]
    assert found == []
