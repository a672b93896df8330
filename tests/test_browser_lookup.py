"""The one Chromium lookup (scripts/find_chromium.py) that make, the browser tests and CI share."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from browser import find_chromium
from conftest import ROOT

LOOKUP = ROOT / "scripts" / "find_chromium.py"


def fake_executable(path: Path, mode: int = 0o755) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(mode)
    return path


@pytest.fixture
def clean_env(monkeypatch, tmp_path) -> Path:
    """No BRIEFS_CHROMIUM, no CI, and a HOME of its own (so Playwright's cache is empty)."""
    for name in ("BRIEFS_CHROMIUM", "CI", "PLAYWRIGHT_BROWSERS_PATH", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


def test_briefs_chromium_wins_over_the_system_browser(clean_env, tmp_path, monkeypatch):
    chosen = fake_executable(tmp_path / "my-chrome")
    monkeypatch.setenv("BRIEFS_CHROMIUM", str(chosen))
    assert find_chromium.find_chromium(debian=fake_executable(tmp_path / "debian-chromium")) == chosen


@pytest.mark.parametrize("make", [lambda folder: folder / "absent", lambda folder: fake_executable(folder / "x", 0o644)],
                         ids=["missing", "not-executable"])
def test_a_bad_briefs_chromium_is_reported_not_replaced(clean_env, tmp_path, monkeypatch, make):
    chosen = make(tmp_path)
    monkeypatch.setenv("BRIEFS_CHROMIUM", str(chosen))
    assert find_chromium.find_chromium(debian=fake_executable(tmp_path / "debian-chromium")) is None
    assert f"BRIEFS_CHROMIUM={chosen} is not an executable file" in find_chromium.missing_reason()


def test_the_system_chromium_comes_before_playwrights(clean_env, tmp_path):
    debian = fake_executable(tmp_path / "debian-chromium")
    assert find_chromium.find_chromium(debian=debian) == debian


def test_playwrights_own_browser_is_found_when_it_is_on_disk(clean_env, tmp_path):
    expected = find_chromium.playwright_chromium()
    if expected is None:
        pytest.skip("Playwright's driver cannot start here")
    assert expected.is_relative_to(clean_env / ".cache" / "ms-playwright")  # where `playwright install` puts it
    no_debian = tmp_path / "no-debian-chromium"
    assert find_chromium.find_chromium(debian=no_debian) is None  # not installed in this HOME yet
    fake_executable(expected)  # what `playwright install chromium` would leave (it cannot download here)
    assert find_chromium.find_chromium(debian=no_debian) == expected


def test_without_a_browser_the_reason_names_the_variable_and_the_install_commands(clean_env, tmp_path):
    reason = find_chromium.missing_reason(debian=tmp_path / "absent")
    assert "BRIEFS_CHROMIUM" in reason and str(tmp_path / "absent") in reason
    assert "apt-get install -y chromium" in reason and "playwright install chromium" in reason


@pytest.mark.skipif(os.environ.get("CI", "").lower() != "true", reason="only under CI=true")
def test_under_ci_the_lookup_finds_a_browser():
    assert find_chromium.find_chromium() is not None, find_chromium.missing_reason()


def run(command: list[str], cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key not in ("CI", "BRIEFS_CHROMIUM")}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=environment | env, timeout=120)


def test_script_prints_the_path_or_nothing(tmp_path):
    chosen = fake_executable(tmp_path / "chrome")
    found = run([sys.executable, str(LOOKUP)], BRIEFS_CHROMIUM=str(chosen))
    assert (found.returncode, found.stdout) == (0, f"{chosen}\n")
    missing = run([sys.executable, str(LOOKUP)], BRIEFS_CHROMIUM=str(tmp_path / "absent"))
    assert (missing.returncode, missing.stdout) == (1, "")


@pytest.mark.parametrize(("ci", "status", "says"), [("", 0, "will be skipped"), ("true", 2, "must run here")],
                         ids=["contributor", "ci"])
def test_make_chromium_without_a_browser_fails_only_under_ci(tmp_path, ci, status, says):
    # APT_INSTALL= so that running this as root never installs anything; -o: do not rebuild .venv.
    result = run(["make", "--no-print-directory", "-o", ".venv/.installed", "chromium", "APT_INSTALL="],
                 BRIEFS_CHROMIUM=str(tmp_path / "absent"), CI=ci)
    assert result.returncode == status, result.stderr
    assert "BRIEFS_CHROMIUM=" in result.stderr and says in result.stderr


def test_make_chromium_names_the_browser_it_found(tmp_path):
    chosen = fake_executable(tmp_path / "chrome")
    result = run(["make", "--no-print-directory", "-o", ".venv/.installed", "chromium", "APT_INSTALL="],
                 BRIEFS_CHROMIUM=str(chosen), CI="true")
    assert result.returncode == 0, result.stderr
    assert f"the browser tests drive {chosen}" in result.stdout


@pytest.mark.parametrize(("ci", "outcome"), [("", "1 skipped"), ("true", "1 error")], ids=["contributor", "ci"])
def test_browser_tests_skip_without_a_browser_except_under_ci(tmp_path, ci, outcome):
    (tmp_path / "test_needs_browser.py").write_text("def test_needs(browser):\n    pass\n", encoding="utf-8")
    result = run([sys.executable, "-m", "pytest", "-p", "browser", "-p", "no:cacheprovider", "-rs", "-q",
                  "test_needs_browser.py"], cwd=tmp_path, BRIEFS_CHROMIUM=str(tmp_path / "absent"), CI=ci,
                 PYTHONPATH=str(ROOT / "tests"))
    assert outcome in result.stdout, result.stdout + result.stderr
    assert "BRIEFS_CHROMIUM=" in result.stdout
