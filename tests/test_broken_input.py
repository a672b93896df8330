"""Broken files: every command reports `path[:line]: message`, exits 1, never a traceback.

Each case writes one malformed file into a copy of the project; each runner (the parse
command on seeds, the build on everything) must report it. The seed and annotation on
disk are never changed by a failed run.

The commands run in this process (`conftest.run_briefs`), one project per case. The strict
MkDocs build runs once, on one project holding every case, each in a brief of its own
(`broken_build`): the build reports every problem it finds, so each case's message is
looked for in that one log.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import FIXTURE_CONTENT, SEED_SLUG, copy_project, mkdocs_build, run_briefs

SEED_NAME = f"{SEED_SLUG}.txt"
ANNOTATION_NAME = f"{SEED_SLUG}.yml"


def seed_case(content: bytes):
    def write(project: Path, slug: str = SEED_SLUG) -> str:
        (project / "seeds" / f"{slug}.txt").write_bytes(content)
        return f"seeds/{slug}.txt"

    return write


def annotation_case(content: bytes):
    def write(project: Path, slug: str = SEED_SLUG) -> str:
        (project / "annotations" / f"{slug}.yml").write_bytes(content)
        return f"annotations/{slug}.yml"

    return write


def badly_named_seed(name: str):
    def write(project: Path, slug: str = SEED_SLUG) -> str:  # the name is the case: no slug of its own
        (project / "seeds" / name).write_bytes(b"A Headline Here Now\n\nA body sentence of the article.\n")
        return f"seeds/{name}"

    return write


SEED_CASES = {
    "empty-seed": (seed_case(b""), "the file is empty"),
    "blank-seed": (seed_case(b" \n\n\t\n"), "the file is empty"),
    "binary-seed": (seed_case(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"),
    "undetectable-seed": (seed_case(bytes(range(0x80, 0x100)) * 40), "encoding cannot be detected"),
    "huge-seed": (seed_case(b"word " * (4 * 1024 * 1024)), "than an article's"),
    "unclosed-front-matter": (seed_case(b"---\ntitle: x\nA body.\n"), "never closed"),
}
ANNOTATION_CASES = {
    "invalid-yaml": (annotation_case(b"source:\n  name: A: B\n"), ":2: invalid YAML"),
    "tab-indent": (annotation_case(b"source:\n\tname: x\n"), ":2: invalid YAML"),
    "wrong-type": (annotation_case(b"key_points: 5\n"), ":1: key_points must be a list"),
    "unknown-key": (annotation_case(b"key_point:\n  - x\n"), ":1: unknown key 'key_point'"),
    "bad-scheme": (annotation_case(b"source:\n  url: javascript:alert(1)\n"), ":2: source url must be an address starting with https://"),
    "not-a-mapping": (annotation_case(b"- a\n- b\n"), ":1: the file must be a mapping"),
    "not-utf8": (annotation_case("key_points:\n  - café\n".encode("cp1252")), "not UTF-8"),
    "huge-annotation": (annotation_case(b"# " + b"x" * (21 * 1024 * 1024) + b"\n"), "an annotation file is at most"),
    "duplicate-key": (annotation_case(b"tags: [a]\ntags: [b]\n"), ":2: key 'tags' appears twice"),
    "missing-field": (annotation_case(
        b"notes:\n  - id: a-note\n    type: context\n    body: Text.\n"
        b"    sources:\n      - title: T\n        url: https://example.org/\n"), ":2: "),
    "duplicate-note-id": (annotation_case(
        b"notes:\n  - id: same\n    quote: Ishiba has tried to meet\n    type: context\n    body: One.\n"
        b"    sources:\n      - {title: T, url: 'https://example.org/'}\n"
        b"  - id: same\n    quote: Since the upcoming meeting\n    type: context\n    body: Two.\n"
        b"    sources:\n      - {title: T, url: 'https://example.org/'}\n"), "same"),
}
def duplicate_slug(project: Path, slug: str = SEED_SLUG) -> str:
    """The same slug as a text and as an HTML seed."""
    (project / "seeds" / f"{slug}.html").write_bytes(
        b"<html><head><title>A Page</title></head><body><article><h1>A Page Headline Here</h1>"
        b"<p>A body sentence of the saved page, long enough to count as an article.</p></article></body></html>")
    return f"seeds/{slug}.txt"  # the problem names both; it stands on the second


NAME_CASES = {
    "duplicate-slug": (duplicate_slug, "have the slug"),
    "dot-dot-name": (badly_named_seed("..hidden-2025.txt"), "cannot be a brief's address"),
    "upper-case-name": (badly_named_seed("Bad Name.txt"), "cannot be a brief's address"),
}


ALL_CASES = SEED_CASES | ANNOTATION_CASES | NAME_CASES


def assert_reported(result: subprocess.CompletedProcess, path: str, message: str) -> None:
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = [line for line in result.stderr.splitlines() if path in line]
    assert any(re.search(re.escape(path) + r"(:\d+)?: ", line) for line in lines), result.stderr[-2000:]
    assert any(message in line for line in lines), result.stderr[-2000:]


def digest_tree(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir()}


def digest_content(project: Path) -> dict[str, str]:
    return digest_tree(project / "seeds") | digest_tree(project / "annotations")


@pytest.mark.parametrize("case", sorted(SEED_CASES), ids=str)
def test_parse_command_reports_broken_seeds(case, project):
    write, message = SEED_CASES[case]
    path = write(project)
    result = run_briefs("parse", path, "--json", cwd=project)
    assert_reported(result, path, message)


@dataclass(frozen=True, slots=True)
class BrokenBuild:
    """One strict build of a project holding every case, each in a brief of its own."""

    result: subprocess.CompletedProcess  # the `mkdocs build --strict` run
    paths: dict[str, str]  # case name -> the path its problem is reported on
    before: dict[str, str]  # file name -> digest of seeds/ and annotations/ before the build
    after: dict[str, str]  # the same after it


def case_slug(case: str) -> str:
    return f"2025-02-07-case-{case}"


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory) -> BrokenBuild:
    project = copy_project(tmp_path_factory.mktemp("broken-project"))
    paths = {}
    for case, (write, _message) in ALL_CASES.items():
        # Each case starts from a copy of the frozen brief, seed and annotation, as the one
        # project per case did, and breaks one file of it.
        slug = case_slug(case)
        shutil.copy2(FIXTURE_CONTENT / "seeds" / SEED_NAME, project / "seeds" / f"{slug}.txt")
        shutil.copy2(FIXTURE_CONTENT / "annotations" / ANNOTATION_NAME, project / "annotations" / f"{slug}.yml")
        paths[case] = write(project, slug)
    before = digest_content(project)
    result = mkdocs_build(project, tmp_path_factory.mktemp("broken-site"))
    return BrokenBuild(result, paths, before, digest_content(project))


@pytest.mark.parametrize("case", sorted(ALL_CASES), ids=str)
def test_build_reports_broken_files_and_changes_nothing(case, broken_build):
    _write, message = ALL_CASES[case]
    assert_reported(broken_build.result, broken_build.paths[case], message)
    assert broken_build.after == broken_build.before


def test_parse_command_on_a_missing_file(project):
    result = run_briefs("parse", "../nowhere/../x.txt", cwd=project)
    assert result.returncode == 1
    assert result.stderr.startswith("../nowhere/../x.txt: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("case", sorted(ALL_CASES), ids=str)
def test_check_command_reports_broken_files(case, project):
    write, message = ALL_CASES[case]
    path = write(project)
    before = digest_content(project)
    result = run_briefs("check", cwd=project)
    assert_reported(result, path, message)
    assert digest_content(project) == before


@pytest.mark.parametrize("case", sorted(SEED_CASES), ids=str)
def test_add_command_refuses_broken_articles_and_writes_nothing(case, project, tmp_path):
    write, message = SEED_CASES[case]
    incoming = tmp_path / "incoming"
    (incoming / "seeds").mkdir(parents=True)
    write(incoming)  # the broken file, outside the project
    article = incoming / "seeds" / SEED_NAME
    before = digest_content(project)
    result = run_briefs("add", str(article), "--url", "https://example.org/a", cwd=project)
    assert_reported(result, str(article), message)
    assert digest_content(project) == before


@pytest.mark.parametrize("slug", ["../escape", "/etc/passwd", "a/b", "UPPER", ".hidden"])
def test_add_refuses_a_slug_that_is_a_path(slug, project, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("A Headline of Several Words\n\n10:30 JST, March 3, 2025\nA body sentence of the article.\n",
                       encoding="utf-8")
    before = digest_content(project)
    result = run_briefs("add", str(article), "--slug", slug, cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(article) in result.stderr and "slug" in result.stderr
    assert digest_content(project) == before
    assert not (tmp_path / "escape.txt").exists() and not (project.parent / "escape.txt").exists()
