"""The hook under `mkdocs serve`: pages built in this process (no fork among the server's
threads), seeds kept in the cache between rebuilds, one pages folder for the whole session,
removed when the server stops."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

import briefs.forked as isolation
import briefs.build as pipeline
from conftest import SEED_SLUG, copy_project


@pytest.fixture
def serve_config(tmp_path):
    project = copy_project(tmp_path / "project")
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="serve", dirty=False)
    yield config
    config.plugins.on_shutdown()


def build_in_a_thread(config) -> list[BaseException]:
    # The server rebuilds from its watcher thread, not the main one.
    errors: list[BaseException] = []

    def run():
        try:
            build(config)
        except BaseException as err:  # noqa: BLE001 - handed to the test
            errors.append(err)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    return errors


def test_serve_builds_in_process_and_a_rebuild_parses_no_seed_again(serve_config, monkeypatch):
    def no_fork(*args, **kwargs):
        raise AssertionError("forked under mkdocs serve")

    monkeypatch.setattr(isolation, "start_isolated", no_fork)
    monkeypatch.setattr(pipeline, "run_isolated", no_fork)
    build(serve_config)

    def parsed_again(*args, **kwargs):
        raise AssertionError("an unchanged seed was parsed again")

    monkeypatch.setattr(pipeline, "parse_source", parsed_again)
    cache_folder = Path(serve_config.config_file_path).parent / ".cache" / "briefs"
    first_folder = os.listdir(cache_folder)
    assert build_in_a_thread(serve_config) == []
    page = Path(serve_config.site_dir) / "briefs" / SEED_SLUG / "index.html"
    assert "Ishiba" in page.read_text(encoding="utf-8")
    assert len(first_folder) == 1 and os.listdir(cache_folder) == first_folder  # the session's one folder


def test_the_sessions_pages_folder_is_removed_when_the_server_stops(tmp_path):
    project = copy_project(tmp_path / "project")
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="serve", dirty=True)
    try:
        assert build_in_a_thread(config) == []
        assert len(os.listdir(project / ".cache" / "briefs")) == 1
    finally:
        config.plugins.on_shutdown()
    assert os.listdir(project / ".cache" / "briefs") == []


def test_a_rebuild_under_serve_compiles_no_template_again_but_an_edited_one(serve_config, monkeypatch):
    import jinja2

    build(serve_config)
    compiled: list[str | None] = []
    compile_source = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name)
        return compile_source(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    build(serve_config)
    assert "main.html" not in compiled and "base.html" not in compiled, compiled

    override = Path(serve_config.config_file_path).parent / "overrides" / "main.html"
    edited = override.read_text(encoding="utf-8").replace(
        "{% block site_meta %}", "{% block site_meta %}\n  <!-- edited while serving -->", 1)
    override.write_text(edited, encoding="utf-8")
    build(serve_config)
    assert "main.html" in compiled
    page = Path(serve_config.site_dir) / "briefs" / SEED_SLUG / "index.html"
    assert "edited while serving" in page.read_text(encoding="utf-8")
