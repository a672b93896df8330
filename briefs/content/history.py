"""Which of a project's files came last: for blaming a clash on the file that caused it.

When two contributed files disagree (two glossary entries claim one name), the mistake is
almost always in the newer one, the pull request's. Git knows when each file was added; a
file git does not know yet (untracked, or not committed) is the newest of all. Without git,
the modification time decides. Only called when there is a clash, so the few `git log`
calls cost nothing on a clean project.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def newest_first(paths: list[str], root: Path) -> list[str]:
    """`paths` (relative to `root`) ordered from the most recently added to the oldest."""
    return sorted(paths, key=lambda path: _added_at(path, root), reverse=True)


def _added_at(path: str, root: Path) -> tuple[int, float]:
    """(1, 0) for a file git has not committed; else (0, commit time); mtime without git."""
    try:
        result = subprocess.run(["git", "log", "--diff-filter=A", "--format=%ct", "-1", "--", path],
                                cwd=root, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return 0, _mtime(root / path)
    if result.returncode != 0:  # not a repository
        return 0, _mtime(root / path)
    stamp = result.stdout.strip()
    return (0, float(stamp)) if stamp else (1, 0.0)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
