"""Shared fixtures: the project root, the first seed, and a throwaway project builder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_SLUG = "2025-02-07-ishiba-headed-to-white-house"
SEED = ROOT / "seeds" / f"{SEED_SLUG}.txt"
ARTICLES = Path(__file__).resolve().parent / "articles"

# The browser harness (tests/browser.py): fixtures site, browser, visit, serve_project; marker "browser".
pytest_plugins = ["browser"]


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


PROJECT_PARTS = ("mkdocs.yml", "docs", "overrides", "hooks", "seeds", "annotations", "glossary", "schemas")


def copy_project(destination: Path) -> Path:
    """Copy the site configuration and content (not the library) to `destination`."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_PARTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        elif source.exists():
            shutil.copy2(source, destination / name)
    (destination / "glossary").mkdir(exist_ok=True)
    return destination


def mkdocs_build(project: Path, site: Path, **env: str) -> subprocess.CompletedProcess:
    """A strict MkDocs build of `project` into `site` (extra environment variables in `env`)."""
    environment = {"NO_MKDOCS_2_WARNING": "1", "PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                          cwd=project, capture_output=True, text=True, env=environment)


def build_or_fail(project: Path, site: Path, **env: str) -> Path:
    """`mkdocs_build`, failing the test with MkDocs' output when the build fails; returns `site`."""
    result = mkdocs_build(project, site, **env)
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stderr[-3000:]}"
    return site


@pytest.fixture(scope="session")
def project_site(tmp_path_factory) -> Path:
    """This project's site, built once per test session from a copy of its content."""
    return build_or_fail(copy_project(tmp_path_factory.mktemp("project")), tmp_path_factory.mktemp("project-site"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's site configuration and content in a temporary folder."""
    return copy_project(tmp_path)


# Property tests: a fast profile for `make test`, a long one (10,000 examples) for `make fuzz`.
from hypothesis import HealthCheck, settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile("fast", max_examples=100, deadline=None)
hypothesis_settings.register_profile(
    "long", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "fast"))
