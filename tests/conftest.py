"""Shared fixtures: the project root, the frozen test content, and throwaway project builders.

The live `seeds/`, `annotations/` and `glossary/` change by pull request every day, so no test
reads them for what they say: `tests/fixtures/project/` holds a frozen copy of that content
(see its README), and `copy_project` assembles a project from this repository's code and
configuration plus that frozen content. Only tests that the live content is *valid* use
`copy_live_project`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The frozen content: seeds/, annotations/ and glossary/ as they stood when the tests were written.
FIXTURE_CONTENT = Path(__file__).resolve().parent / "fixtures" / "project"
SEED_SLUG = "2025-02-07-ishiba-headed-to-white-house"
SEED = FIXTURE_CONTENT / "seeds" / f"{SEED_SLUG}.txt"
ARTICLES = Path(__file__).resolve().parent / "articles"

# The browser harness (tests/browser.py): fixtures site, browser, visit, serve_project; marker "browser".
pytest_plugins = ["browser"]


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


CONFIG_PARTS = ("mkdocs.yml", "docs", "overrides", "hooks", "schemas")  # taken from this repository
# Taken from the frozen or the live content. The frozen content has no editorial/ (the
# denylist of sources): it predates it, and a project without the denylist denies nothing.
CONTENT_PARTS = ("seeds", "annotations", "glossary", "editorial")
BUILD_FOLDERS = ("seeds", "annotations", "glossary")  # the build expects each, even empty


def copy_project(destination: Path, content: Path = FIXTURE_CONTENT) -> Path:
    """Copy the site configuration (not the library) and the frozen test content to `destination`.

    Args:
        destination: the folder to fill; created when missing.
        content: the folder whose CONTENT_PARTS are copied (`copy_live_project` passes the
            repository itself).

    Returns:
        `destination`, a project that `mkdocs build` and `python -m briefs` run in.
    """
    destination.mkdir(parents=True, exist_ok=True)
    for name in CONFIG_PARTS:
        _copy(ROOT / name, destination / name)
    for name in CONTENT_PARTS:
        _copy(content / name, destination / name)
    for name in BUILD_FOLDERS:
        (destination / name).mkdir(exist_ok=True)  # git keeps no empty folder
    return destination


def copy_live_project(destination: Path) -> Path:
    """Like `copy_project`, with today's live content: only for tests that it is valid."""
    return copy_project(destination, content=ROOT)


def _copy(source: Path, target: Path) -> None:
    if source.is_dir():
        shutil.copytree(source, target)
    elif source.exists():
        shutil.copy2(source, target)


def mkdocs_build(project: Path, site: Path, **env: str) -> subprocess.CompletedProcess:
    """A strict MkDocs build of `project` into `site` (extra environment variables in `env`)."""
    environment = {"NO_MKDOCS_2_WARNING": "1", "PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env}
    if "PYTHONPATH" in os.environ:  # the hook imports the same library as the tests (a checkout beside the venv's)
        environment.setdefault("PYTHONPATH", os.environ["PYTHONPATH"])
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                          cwd=project, capture_output=True, text=True, env=environment)


def build_or_fail(project: Path, site: Path, **env: str) -> Path:
    """`mkdocs_build`, failing the test with MkDocs' output when the build fails; returns `site`."""
    result = mkdocs_build(project, site, **env)
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stderr[-3000:]}"
    return site


@pytest.fixture(scope="session")
def project_site(tmp_path_factory) -> Path:
    """The site of the frozen content, built once per test session."""
    return build_or_fail(copy_project(tmp_path_factory.mktemp("project")), tmp_path_factory.mktemp("project-site"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's site configuration and the frozen content in a temporary folder."""
    return copy_project(tmp_path)


@pytest.fixture(scope="session")
def frozen_project(tmp_path_factory) -> Path:
    """One shared project of the frozen content, for tests that only read it (never write to it)."""
    return copy_project(tmp_path_factory.mktemp("frozen-project"))


# Property tests: a fast profile for `make test`, a long one (10,000 examples) for `make fuzz`.
from hypothesis import HealthCheck, settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile("fast", max_examples=100, deadline=None)
hypothesis_settings.register_profile(
    "long", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "fast"))
