"""`mkdocs serve` keeps a BuildCache: a rebuild parses no unchanged seed and resolves no
unchanged date again, and still gives the same pages; an edited seed is read afresh."""

from __future__ import annotations

from briefs.build import BuildCache, build_site
from briefs.settings import settings_from_config_file
from conftest import SEED_SLUG, copy_project


def test_rebuild_reuses_parsed_seeds_and_dates_and_gives_the_same_pages(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "project")
    settings = settings_from_config_file(project / "mkdocs.yml")
    cache = BuildCache()
    first = build_site(settings, cache)
    assert len(cache.articles) == len(cache.dates) == len(first.briefs) >= 1

    import briefs.build as pipeline

    def must_not_run(*args, **kwargs):
        raise AssertionError("an unchanged seed was read again")

    monkeypatch.setattr(pipeline, "parse_source", must_not_run)
    monkeypatch.setattr(pipeline, "resolve_dates", must_not_run)
    again = build_site(settings, cache)
    assert again.pages == first.pages


def test_an_edited_seed_is_parsed_and_dated_again(tmp_path):
    project = copy_project(tmp_path / "project")
    settings = settings_from_config_file(project / "mkdocs.yml")
    cache = BuildCache()
    build_site(settings, cache)
    seed = project / "seeds" / f"{SEED_SLUG}.txt"
    original = seed.read_bytes()
    assert b"on Friday" in original
    seed.write_bytes(original.replace(b"on Friday", b"on Saturday", 1))
    rebuilt = build_site(settings, cache)
    assert len(cache.articles) == len(cache.dates) == 2  # the old version and the new
    page = rebuilt.pages[f"briefs/{SEED_SLUG}.md"]
    assert "on Saturday" in page

