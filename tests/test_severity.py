"""One rule for severity: `briefs check` passes exactly when `mkdocs build --strict` passes.

Each case changes one contributed file of a copy of the frozen project the way a pull
request might, then runs both. An error fails both; a warning fails neither. Under
`mkdocs serve` the same error shows on the previewed page and the server keeps answering.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from briefs.build import BuildCache, make_pages, page_of_file
from briefs.settings import Settings, settings_from_config_file
from conftest import SEED_SLUG, mkdocs_build, run_briefs

ANNOTATION = f"annotations/{SEED_SLUG}.yml"
SEED = f"seeds/{SEED_SLUG}.txt"
GDP_QUOTE = 'quote: "2% of its gross domestic product"'


def replace_in(project: Path, relative: str, old: str, new: str) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def corrected_seed(project: Path) -> None:
    # An outlet's correction of one word inside a noted quote.
    replace_in(project, SEED, "the world’s largest investor", "the world’s biggest investor")


def invented_quote(project: Path) -> None:
    replace_in(project, ANNOTATION, GDP_QUOTE,
               'quote: "I will work with him to build a relationship of mutual trust and respect"')


def stale_prefix(project: Path) -> None:
    # The quote is unique, so a prefix that no longer fits leaves no doubt where the note goes.
    replace_in(project, ANNOTATION, GDP_QUOTE, GDP_QUOTE + '\n    prefix: "words no longer there"')


def no_source_url(project: Path) -> None:
    path = project / ANNOTATION
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("  url: ")), encoding="utf-8")


def orphan_annotation(project: Path) -> None:
    (project / "annotations" / "2025-01-01-no-such-seed.yml").write_text(
        "source:\n  name: The Example Times\n  url: https://example.org/a\n", encoding="utf-8")


def denied_source(project: Path) -> None:
    # The repository's denylist, and a note citing a domain on it.
    import shutil

    from conftest import ROOT

    shutil.copytree(ROOT / "editorial", project / "editorial", dirs_exist_ok=True)
    replace_in(project, ANNOTATION, "    sources:\n", "    sources:\n      - title: A copy\n        url: https://www.devdiscourse.com/article/x\n")


def stale_schema(project: Path) -> None:
    (project / "schemas" / "annotation.schema.json").write_text("{}\n", encoding="utf-8")


CASES = {
    "corrected-seed": (corrected_seed, False),
    "invented-quote": (invented_quote, False),
    "missing-source-url": (no_source_url, False),
    "orphan-annotation": (orphan_annotation, False),
    "stale-schema": (stale_schema, False),
    "denied-source": (denied_source, False),
    "stale-prefix-warning": (stale_prefix, True),
}


@pytest.mark.parametrize("case", sorted(CASES), ids=str)
def test_check_passes_exactly_when_the_strict_build_passes(case, project, tmp_path):
    change, should_pass = CASES[case]
    change(project)
    check = run_briefs("--root", str(project), "check")
    build = mkdocs_build(project, tmp_path / "site")
    assert (check.returncode == 0) == should_pass, check.stderr
    assert (build.returncode == 0) == should_pass, build.stderr[-2000:]


def test_a_problem_shows_on_the_page_of_its_file_and_on_the_home_page(project):
    corrected_seed(project)
    pages: dict[str, str] = {}
    _, problems = make_pages(settings_from_config_file(project / "mkdocs.yml"), pages.__setitem__, BuildCache(), preview=True)
    assert [problem.is_error for problem in problems] == [True]
    brief = pages[f"briefs/{SEED_SLUG}.md"]
    assert '!!! failure "1 problem in the files of this page to fix before the site can be published"' in brief
    assert "the world’s biggest investor in the country" in brief.split("!!! failure", 1)[1]
    assert '!!! failure "1 problem in the contributed files' in pages["index.md"]
    # The note is still drawn where the corrected words are.
    assert 'id="quote-largest-investor"' in brief
    assert not any("!!! failure" in text for uri, text in pages.items() if uri.startswith("glossary/"))


@pytest.mark.parametrize("path, page", [
    (f"annotations/{SEED_SLUG}.yml", f"briefs/{SEED_SLUG}.md"),
    (f"seeds/{SEED_SLUG}.html", f"briefs/{SEED_SLUG}.md"),
    ("glossary/senkaku-islands.yml", "glossary/senkaku-islands.md"),
    ("schemas/annotation.schema.json", "index.md"),
    ("mkdocs.yml", "index.md"),
    ("seeds/Not A Slug.txt", "index.md"),
], ids=["annotation", "seed", "glossary", "schema", "config", "bad-name"])
def test_each_file_has_the_page_its_problems_show_on(path, page):
    assert page_of_file(path, Settings(root=Path("."))) == page


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str, deadline: float) -> str:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_serve_keeps_answering_with_a_problem_pending(project):
    corrected_seed(project)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
                              cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        page = _fetch(f"http://127.0.0.1:{port}/briefs/briefs/{SEED_SLUG}/", time.monotonic() + 120)
        assert "to fix before the site can be published" in page
        assert f"annotations/{SEED_SLUG}.yml:" in page
        assert "the world’s biggest investor in the country" in page
        # The box is data: no markup from the message reaches the page as elements.
        assert "<script" not in page.split("to fix before", 1)[1].split("</div>", 1)[0]
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert "problem, shown on its page" in output
    assert "Aborted" not in output
