"""`write_site`: the pages the hook hands MkDocs, written to a private folder, in a forked
child for a single build and in this process under `mkdocs serve`; the same files either way."""

from __future__ import annotations

import dataclasses
import os

import pytest

import briefs.forked as isolation
from briefs.errors import BriefsError
from briefs.build import BuildCache, build_site, fill_cache, pages_folder, write_site
from briefs.settings import settings_from_config_file
from conftest import SEED_SLUG, build_or_fail, copy_project, mkdocs_build


def files_under(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


@pytest.fixture
def settings(tmp_path):
    return settings_from_config_file(copy_project(tmp_path / "project") / "mkdocs.yml")


def test_the_child_and_this_process_write_the_same_files_as_build_site(settings, monkeypatch):
    forked = write_site(settings, pages_folder(settings))
    cached = write_site(settings, pages_folder(settings), BuildCache())
    monkeypatch.setattr(isolation, "can_fork", lambda: False)
    in_process = write_site(settings, pages_folder(settings))
    expected = {uri: text.encode("utf-8") for uri, text in build_site(settings).pages.items()}
    for written in (forked, cached, in_process):
        assert files_under(written.folder) == expected
        assert written.pages == tuple(expected)
    assert forked.warnings == cached.warnings == in_process.warnings


def test_a_serve_rebuild_fills_the_callers_cache(settings):
    cache = BuildCache()
    write_site(settings, pages_folder(settings), cache)
    assert len(cache.articles) >= 1  # it ran here, not in a child whose cache would be lost


def test_each_build_gets_its_own_folder_under_the_project_cache(settings):
    first, second = pages_folder(settings), pages_folder(settings)
    assert first != second and first.parent == second.parent == settings.root / ".cache" / "briefs"


def test_an_error_in_the_child_reaches_the_caller_with_its_problems(settings):
    annotation = settings.annotations_path / f"{SEED_SLUG}.yml"
    annotation.write_text(annotation.read_text(encoding="utf-8") + "\n  - this: [is not closed\n", encoding="utf-8")
    with pytest.raises(BriefsError) as caught:
        write_site(settings, pages_folder(settings))
    assert any(problem.path.endswith(f"{SEED_SLUG}.yml") and problem.line for problem in caught.value.problems)


def test_a_build_leaves_no_pages_folder_behind_and_drops_no_page(tmp_path):
    project = copy_project(tmp_path / "project")
    site = build_or_fail(project, tmp_path / "site")
    assert (site / "briefs" / SEED_SLUG / "index.html").is_file()
    assert os.listdir(project / ".cache" / "briefs") == []
    broken = project / "annotations" / f"{SEED_SLUG}.yml"
    broken.write_text("notes: [\n", encoding="utf-8")
    assert mkdocs_build(project, tmp_path / "site2").returncode != 0
    assert os.listdir(project / ".cache" / "briefs") == []  # removed on a failed build too


def test_pages_whose_markdown_was_released_keep_their_titles(tmp_path):
    # The hook empties a generated page's Markdown once rendered; MkDocs must still title it.
    project = copy_project(tmp_path / "project")
    site = build_or_fail(project, tmp_path / "site")
    tags = (site / "tags" / "index.html").read_text(encoding="utf-8")
    assert "Ishiba, Headed to White House" in tags
    assert '<a href="../briefs/' in tags and ">None<" not in tags
    brief = (site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert "<title>Ishiba, Headed to White House" in brief


def test_fill_cache_parses_and_dates_every_seed_as_the_build_would(tmp_path):
    project = copy_project(tmp_path / "project")
    seeds = project / "seeds"
    original = next(seeds.glob("*.txt"))
    for number in range(3):  # more seeds than processes, so each child takes several
        text = original.read_text(encoding="utf-8").replace("Ishiba", f"Ishiba{number}", 1)
        (seeds / f"2025-02-0{number + 1}-copy-{number}.txt").write_text(text, encoding="utf-8")
    settings = settings_from_config_file(project / "mkdocs.yml")
    filled, serial = BuildCache(), BuildCache()
    fill_cache(settings, filled, 2)
    build_site(settings, serial)
    assert len(filled.articles) == len(filled.dates) == 4
    assert filled.articles == serial.articles and filled.dates == serial.dates


def test_a_seed_that_fails_in_fill_cache_is_left_for_the_build_to_report(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "2025-03-01-empty.txt").write_bytes(b"")
    settings = settings_from_config_file(project / "mkdocs.yml")
    cache = BuildCache()
    fill_cache(settings, cache, 2)
    assert len(cache.articles) == 1  # the good seed only
    with pytest.raises(BriefsError, match="2025-03-01-empty.txt"):
        build_site(settings, cache)


def test_one_process_fills_nothing(settings):
    cache = BuildCache()
    fill_cache(settings, cache, 1)
    assert cache.articles == {} and cache.dates == {}


def test_pages_made_in_children_are_the_same_pages(settings):
    # Term pages come from a forked child when there are processes to spare; force two.
    forced = dataclasses.replace(settings, build_processes=2)
    written = write_site(forced, pages_folder(forced))
    expected = {uri: text.encode("utf-8") for uri, text in build_site(settings).pages.items()}
    assert files_under(written.folder) == expected


def test_child_builders_add_no_problem_the_parent_would_lose(settings):
    # A builder run in a child must only read the context: what it appends is not seen here.
    from briefs import build as pipeline
    for name, builder in pipeline.PAGE_BUILDERS:
        if name in pipeline.CHILD_BUILDERS:
            context = pipeline.BuildContext(settings, cache=BuildCache())
            briefs = pipeline.load_briefs(context, context.cache)
            for _stage_name, stage in pipeline.STAGES:
                briefs = stage(briefs, context)
            before = list(context.problems)
            builder(briefs, context)
            assert context.problems == before, name


def test_a_large_site_makes_its_term_pages_in_this_process(settings, monkeypatch):
    from briefs import build as pipeline
    monkeypatch.setattr(pipeline, "MOST_BRIEFS_FOR_CHILD_BUILDERS", 0)
    started = []
    real_start = pipeline.start_isolated
    monkeypatch.setattr(pipeline, "start_isolated", lambda *args: started.append(args[0]) or real_start(*args))
    forced = dataclasses.replace(settings, build_processes=2)
    written = write_site(forced, pages_folder(forced), BuildCache())  # in process, as `serve` does
    assert started == []
    pages: dict[str, str] = {}
    pipeline.make_pages(forced, pages.__setitem__, BuildCache(), (), processes=2)
    assert started == [] and set(pages) == set(written.pages)
    monkeypatch.setattr(pipeline, "MOST_BRIEFS_FOR_CHILD_BUILDERS", 10)
    pipeline.make_pages(forced, lambda uri, text: None, BuildCache(), (), processes=2)
    assert started == [pipeline._emit]
