"""Shared fixtures: the project root, the frozen test content, and throwaway project builders.

The live `seeds/`, `annotations/` and `glossary/` change by pull request every day, so no test
reads them for what they say: `tests/fixtures/project/` holds a frozen copy of that content
(see its README), and `copy_project` assembles a project from this repository's code and
configuration plus that frozen content. Only tests that the live content is *valid* use
`copy_live_project`.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import traceback
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The frozen content: seeds/, annotations/ and glossary/ as they stood when the tests were written.
# Text per Pagefind part (MB) in `pagefind_site`: small, so the frozen content fills several parts.
PAGEFIND_PART_TEXT_MB = 0.02
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


def load_script(name: str):
    """A maintainer script of `scripts/` as a module, for its tests (the scripts are no package)."""
    import importlib.util

    scripts = str(ROOT / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)  # as when the script runs: it imports its sibling scripts (`bench`)
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


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


def run_briefs(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """`python -m briefs ARGS` in `cwd`, run in this process: its exit status, stdout and stderr.

    Starting an interpreter costs more than most commands, so the tests call `briefs.cli.main`
    (what `python -m briefs` runs) instead. What would reach the user still does: a SystemExit
    gives its status (argparse's 2), and an exception the command lets through is printed as
    the traceback the interpreter would print, with status 1, so "no traceback" checks hold.
    """
    from briefs.cli import main  # here, not at the top: a broken import then fails these tests, not all

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = main(list(args))
        except SystemExit as exit_:
            status = _exit_status(exit_)
        except Exception:  # noqa: BLE001 - shown as the interpreter shows it
            traceback.print_exc()
            status = 1
    return subprocess.CompletedProcess(["python", "-m", "briefs", *args], status, stdout.getvalue(), stderr.getvalue())


def _exit_status(exit_: SystemExit) -> int:
    if exit_.code is None or isinstance(exit_.code, int):
        return exit_.code or 0
    print(exit_.code, file=sys.stderr)  # sys.exit("message") prints it and exits 1
    return 1


def build_or_fail(project: Path, site: Path, **env: str) -> Path:
    """`mkdocs_build`, failing the test with MkDocs' output when the build fails; returns `site`."""
    result = mkdocs_build(project, site, **env)
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stderr[-3000:]}"
    return site


@pytest.fixture(scope="session")
def project_site(tmp_path_factory) -> Path:
    """The site of the frozen content, built once per test session."""
    return build_or_fail(copy_project(tmp_path_factory.mktemp("project")), tmp_path_factory.mktemp("project-site"))


@pytest.fixture(scope="session")
def pagefind_site(tmp_path_factory) -> Path:
    """The site of the frozen content with Pagefind as its search backend, built once per session.

    Indexed in parts of PAGEFIND_PART_TEXT_MB of text, as a site of thousands of briefs is, so every
    search test also checks that the parts are searched as one.
    """
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_site import with_search_backend  # the benchmark's switch, so both build the same variant

    project = copy_project(tmp_path_factory.mktemp("pagefind-project"))
    config = project / "mkdocs.yml"
    text = with_search_backend(config.read_text(encoding="utf-8"), "pagefind")
    text = text.replace("    search_backend: pagefind\n",
                        f"    search_backend: pagefind\n    search_part_text_mb: {PAGEFIND_PART_TEXT_MB}\n", 1)
    config.write_text(text, encoding="utf-8")
    return build_or_fail(project, tmp_path_factory.mktemp("pagefind-site"))


@pytest.fixture(scope="session")
def hostile_site_folder(tmp_path_factory) -> Path:
    """The site of tests/hostile.py's project (a brief and a term per payload), built once per session."""
    from hostile import build_project, load_payloads  # hostile imports this module

    project = build_project(tmp_path_factory.mktemp("hostile"), load_payloads())
    return build_or_fail(project, tmp_path_factory.mktemp("hostile-site"))


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
