"""Find the Chromium the browser tests drive: one lookup for make, the tests, .ci/run and CI.

    python scripts/find_chromium.py            # prints the executable's path, or nothing (exit 1)
    python scripts/find_chromium.py --explain  # says how to get one; exit 1 under CI=true

In order: `BRIEFS_CHROMIUM` when it is set (and then only it, so a mistyped path is
reported rather than quietly replaced), Debian's `/usr/bin/chromium`, then the browser
`playwright install chromium` put under `~/.cache/ms-playwright` (Playwright knows its own
path for its version). Keeping the order here means `make chromium`, `tests/browser.py`
and the GitHub workflow cannot disagree on which browser the tests use, or on whether
there is one: a contributor without root, or on macOS, gets the Playwright branch.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ENV_VAR = "BRIEFS_CHROMIUM"
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
INSTALL_COMMANDS = (
    "`sudo apt-get install -y chromium` (Debian, Ubuntu)",
    "`.venv/bin/python -m playwright install chromium` (any system, no root needed)",
)


def find_chromium(debian: Path = DEBIAN_CHROMIUM) -> Path | None:
    """The Chromium executable for the browser tests, or None when there is none.

    Args:
        debian: where the system's Chromium would be (a parameter so tests can pretend
            it is absent).
    """
    chosen = os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen) if _is_executable(Path(chosen)) else None
    if _is_executable(debian):
        return debian
    return playwright_chromium(must_exist=True)


def playwright_chromium(must_exist: bool = False) -> Path | None:
    """Where Playwright's own Chromium is (or would be, after `playwright install chromium`).

    Asking Playwright starts its driver (about a second), so this is tried last. None when
    Playwright is not installed, cannot start, or (with `must_exist`) its browser is absent.
    """
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        return None
    try:
        with sync_playwright() as playwright:
            path = Path(playwright.chromium.executable_path)
    except (Error, OSError):
        return None
    return path if not must_exist or _is_executable(path) else None


def _is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def missing_reason(debian: Path = DEBIAN_CHROMIUM) -> str:
    """Why no browser was found, naming the variable and the install commands."""
    chosen = os.environ.get(ENV_VAR)
    if chosen:
        return f"{ENV_VAR}={chosen} is not an executable file: point it at a Chromium or Chrome executable, or unset it"
    return (
        f"no Chromium for the browser tests (looked at {ENV_VAR}, {debian} and Playwright's own browser): "
        f"install one with {' or '.join(INSTALL_COMMANDS)}, or set {ENV_VAR} to a Chromium or Chrome executable"
    )


def in_ci() -> bool:
    """True under CI (`CI=true`, as GitHub Actions and .ci/run set it): browser tests must run there."""
    return os.environ.get("CI", "").lower() == "true"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--explain", action="store_true",
                        help="print how to get a browser (exit status 1 under CI=true, where tests must not skip)")
    args = parser.parse_args(argv)
    path = find_chromium()
    if not args.explain:
        if path is not None:
            print(path)
        return 0 if path is not None else 1
    if path is not None:
        print(f"the browser tests drive {path}")
        return 0
    print(missing_reason(), file=sys.stderr)
    if in_ci():
        print("CI=true: the browser tests must run here, not skip", file=sys.stderr)
        return 1
    print("the browser tests will be skipped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
