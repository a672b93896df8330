"""Same tree, same site: two builds are byte-identical."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

from conftest import copy_project


def build(project: Path, site: Path) -> None:
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1738900000"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-2000:]


def differing_files(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right)
    found = [os.path.join(str(left), name) for name in comparison.left_only + comparison.right_only]
    found += [name for name in comparison.common_files if not filecmp.cmp(left / name, right / name, shallow=False)]
    for name in comparison.common_dirs:
        found += [f"{name}/{item}" for item in differing_files(left / name, right / name)]
    return found


def test_two_builds_of_the_same_tree_are_identical(tmp_path):
    first_project = copy_project(tmp_path / "first")
    # A second copy in another folder, so no absolute path can leak into the output either.
    second_project = copy_project(tmp_path / "second-with-a-longer-name")
    build(first_project, tmp_path / "site1")
    build(second_project, tmp_path / "site2")
    assert differing_files(tmp_path / "site1", tmp_path / "site2") == []
