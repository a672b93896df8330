"""`briefs add --replace SLUG FILE`: a corrected seed replaces the old one, and no note is lost silently."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from briefs.errors import BriefsError
from briefs.contribute.replace import replace_seed
from briefs.settings import settings_from_config_file
from conftest import SEED_SLUG, run_briefs

GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]


@pytest.fixture
def repo(project: Path) -> Path:
    """The frozen project as a git repository with everything committed."""
    subprocess.run(GIT + ["init", "-q"], cwd=project, check=True)
    subprocess.run(GIT + ["add", "-A"], cwd=project, check=True)
    subprocess.run(GIT + ["commit", "-qm", "content"], cwd=project, check=True)
    return project


def corrected(repo: Path, tmp_path: Path, *changes: tuple[str, str], suffix: str = ".txt") -> Path:
    text = (repo / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / f"corrected{suffix}"
    path.write_text(text, encoding="utf-8")
    return path


def briefs(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return run_briefs(*args, cwd=repo)


def test_a_corrected_word_inside_a_quote_is_requoted_and_check_passes(repo, tmp_path):
    new = corrected(repo, tmp_path, ("the world’s largest investor", "the world’s biggest investor"))
    result = briefs(repo, "add", "--replace", SEED_SLUG, str(new))
    assert result.returncode == 0, result.stderr
    assert "note 'largest-investor': requoted, quote is now 'the world’s biggest investor in the country'" in result.stdout
    assert (repo / "seeds" / f"{SEED_SLUG}.txt").read_bytes() == new.read_bytes()
    assert briefs(repo, "check").returncode == 0
    # The old text is one `git show` away.
    old = subprocess.run(["git", "show", f"HEAD:seeds/{SEED_SLUG}.txt"], cwd=repo, capture_output=True, text=True).stdout
    assert "the world’s largest investor" in old


def test_a_note_whose_words_are_gone_stops_the_replacement(repo, tmp_path):
    new = corrected(repo, tmp_path, ("which requires the U.S. to defend Japan", "under which Washington must come to Tokyo’s aid"))
    before = {path: path.read_bytes() for path in (repo / "seeds").iterdir()}
    before.update({path: path.read_bytes() for path in (repo / "annotations").iterdir()})
    result = briefs(repo, "add", "--replace", SEED_SLUG, str(new))
    assert result.returncode == 1
    assert "note 'article-5-scope' would lose its place" in result.stderr and "nothing was written" in result.stderr
    assert all(path.read_bytes() == data for path, data in before.items())


def test_keep_lost_replaces_and_leaves_the_note_for_the_check(repo, tmp_path):
    new = corrected(repo, tmp_path, ("which requires the U.S. to defend Japan", "under which Washington must come to Tokyo’s aid"))
    result = briefs(repo, "add", "--replace", SEED_SLUG, str(new), "--keep-lost")
    assert result.returncode == 0, result.stderr
    assert "note 'article-5-scope': lost" in result.stdout
    check = briefs(repo, "check")
    assert check.returncode == 1 and "article-5-scope" in check.stderr


def test_an_uncommitted_seed_is_not_replaced(repo, tmp_path):
    seed = repo / "seeds" / f"{SEED_SLUG}.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA local edit.\n", encoding="utf-8")
    new = corrected(repo, tmp_path, ("the world’s largest investor", "the world’s biggest investor"))
    result = briefs(repo, "add", "--replace", SEED_SLUG, str(new))
    assert result.returncode == 1 and "is not committed unchanged in git" in result.stderr


def test_a_moved_paragraph_is_reported(repo, tmp_path):
    settings = settings_from_config_file(repo / "mkdocs.yml")
    text = (repo / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    # A new paragraph near the top moves every later note down by one.
    # After the first body paragraph (the one after the time line).
    first_body = next(index for index, line in enumerate(lines) if "JST" in line) + 1
    lines.insert(first_body + 1, "An editor's note was added to this article after its publication, and this is it.")
    new = tmp_path / "moved.txt"
    new.write_text("\n".join(lines), encoding="utf-8")
    replacement = replace_seed(settings, SEED_SLUG, new)
    statuses = {outcome.status for outcome in replacement.outcomes}
    assert "moved" in statuses and "lost" not in statuses


def test_an_unknown_slug_and_an_unreadable_file_are_refused(repo, tmp_path):
    settings = settings_from_config_file(repo / "mkdocs.yml")
    with pytest.raises(BriefsError, match="no seed has this slug"):
        replace_seed(settings, "2020-01-01-nothing", tmp_path / "x.txt")
    with pytest.raises(BriefsError, match="cannot read the file"):
        replace_seed(settings, SEED_SLUG, tmp_path / "missing.txt")


def test_a_saved_page_replaces_a_text_seed_under_the_same_slug(repo, tmp_path):
    page = tmp_path / "corrected.html"
    article = (repo / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8").split("\n")
    paragraphs = "".join(f"<p>{line}</p>" for line in article if len(line) > 80)
    page.write_text(f"<html><head><title>Ishiba heads to Washington</title></head><body><article>"
                    f"<h1>Ishiba heads to Washington</h1>{paragraphs}</article></body></html>", encoding="utf-8")
    replacement = replace_seed(settings_from_config_file(repo / "mkdocs.yml"), SEED_SLUG, page, keep_lost=True)
    assert replacement.seed.name == f"{SEED_SLUG}.html"
    assert not (repo / "seeds" / f"{SEED_SLUG}.txt").exists()
