"""Same tree, same site: two builds are byte-identical."""

from __future__ import annotations

import filecmp
import os
from pathlib import Path

from conftest import build_or_fail, copy_project


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
    build_or_fail(first_project, tmp_path / "site1", SOURCE_DATE_EPOCH="1738900000")
    build_or_fail(second_project, tmp_path / "site2", SOURCE_DATE_EPOCH="1738900000")
    assert differing_files(tmp_path / "site1", tmp_path / "site2") == []
