"""Options: declared once on `Settings`, validated with messages that name the key and what is allowed."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from briefs.errors import BriefsError
from briefs.facts.anchor import DEFAULT_THRESHOLD
from briefs.settings import (
    BRIEFS_OPTIONS,
    OPTIONS,
    Settings,
    settings_from_config_file,
    settings_from_mapping,
)
from conftest import ROOT


def test_project_config_is_valid():
    settings = settings_from_config_file(ROOT / "mkdocs.yml")
    assert settings.seeds_path == ROOT / "seeds"
    assert settings.docs_path == ROOT / "docs"


def test_each_option_is_a_field_of_settings_with_a_description_and_a_default_it_allows():
    defaults = Settings(root=Path("."))
    for option in OPTIONS:
        assert option.description
        assert getattr(defaults, option.name) == option.default
        assert option.accepts(option.default), f"{option.key}'s default {option.default!r} is not {option.allowed()}"


def test_every_numeric_option_declares_its_least_value():
    numeric = [option for option in OPTIONS if option.kind in (int, float)]
    assert numeric and all(option.minimum is not None for option in numeric)


def test_the_notes_threshold_default_is_the_anchoring_default():
    assert Settings(root=Path(".")).notes_threshold == DEFAULT_THRESHOLD


def test_unknown_option_is_an_error():
    with pytest.raises(BriefsError, match="unknown option extra.briefs.seed_dir"):
        settings_from_mapping(Path("."), {"seed_dir": "x"})


REFUSED = [
    ("home_latest", 0, "a whole number from 1 up"),
    ("home_latest", -5, "a whole number from 1 up"),
    ("home_latest", "ten", "a whole number from 1 up"),
    ("home_latest", 2.5, "a whole number from 1 up"),
    ("home_latest", True, "a whole number from 1 up"),
    ("notes_threshold", 7.0, "a number from 0 to 1"),
    ("notes_threshold", 1.01, "a number from 0 to 1"),
    ("notes_threshold", -0.1, "a number from 0 to 1"),
    ("notes_threshold", "0.8", "a number from 0 to 1"),
    ("notes_threshold", math.nan, "a number from 0 to 1"),
    ("timeline_page_events", -1, "a whole number from 0 up"),
    ("timeline_page_events", "500", "a whole number from 0 up"),
    ("timeline_page_events", 10.5, "a whole number from 0 up"),
    ("search_part_text_mb", 0, "a number from 0.001 up"),
    ("search_part_text_mb", "24", "a number from 0.001 up"),
]


@pytest.mark.parametrize(("name", "value", "allowed"), REFUSED,
                         ids=[f"{name}={value!r}" for name, value, _ in REFUSED])
def test_numeric_option_out_of_range_or_of_the_wrong_type_is_refused_naming_the_key(name, value, allowed):
    with pytest.raises(BriefsError) as caught:
        settings_from_mapping(Path("."), {name: value})
    [problem] = caught.value.problems
    assert problem.path == "mkdocs.yml"
    assert problem.message == f"extra.briefs.{name} must be {allowed}, got {value!r}"
    default = BRIEFS_OPTIONS[name].default
    assert problem.hint == f"change it in mkdocs.yml, or delete the key to use the default {default!r}"


def test_every_numeric_option_is_covered_by_the_refusal_table():
    numeric = {option.name for option in OPTIONS if option.kind in (int, float)}
    assert numeric == {name for name, _, _ in REFUSED}


ACCEPTED = [
    ("home_latest", 1, 1),
    ("notes_threshold", 0, 0.0),
    ("notes_threshold", 1, 1.0),
    ("notes_threshold", 0.9, 0.9),
    ("timeline_page_events", 0, 0),
]


@pytest.mark.parametrize(("name", "value", "held"), ACCEPTED, ids=[f"{name}={value!r}" for name, value, _ in ACCEPTED])
def test_numeric_option_at_or_inside_its_bounds_is_accepted(name, value, held):
    settings = settings_from_mapping(Path("."), {name: value})
    assert getattr(settings, name) == held and type(getattr(settings, name)) is type(held)


def test_every_wrong_option_is_listed_not_only_the_first():
    with pytest.raises(BriefsError) as caught:
        settings_from_mapping(Path("."), {"home_latest": -5, "notes_threshold": 7.0, "seeds_dir": "news"})
    assert [problem.message.split(" must ")[0] for problem in caught.value.problems] == [
        "extra.briefs.home_latest", "extra.briefs.notes_threshold"]


def test_options_that_are_not_a_mapping_are_an_error():
    with pytest.raises(BriefsError, match="extra.briefs must be a mapping of options, got 'seeds'"):
        settings_from_mapping(Path("."), "seeds")


def test_a_wrong_value_in_a_config_file_names_that_file(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: X\nextra:\n  briefs:\n    notes_threshold: 7.0\n", encoding="utf-8")
    with pytest.raises(BriefsError) as caught:
        settings_from_config_file(config)
    assert caught.value.problems[0].format() == (
        f"{config}: extra.briefs.notes_threshold must be a number from 0 to 1, got 7.0 "
        "(change it in mkdocs.yml, or delete the key to use the default 0.75)")


def test_a_valid_config_file_sets_every_option_it_names(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: X\ndocs_dir: site_docs\nextra:\n  briefs:\n    seeds_dir: news\n"
                      "    home_latest: 10\n    notes_threshold: 0.9\n    search_backend: pagefind\n", encoding="utf-8")
    settings = settings_from_config_file(config)
    assert (settings.seeds_path, settings.home_latest, settings.notes_threshold) == (tmp_path / "news", 10, 0.9)
    assert (settings.search_backend, settings.site_name) == ("pagefind", "X")
    assert settings.docs_path == tmp_path / "site_docs"


def test_site_url_and_name_come_from_mkdocs_top_level():
    settings = settings_from_config_file(ROOT / "mkdocs.yml")
    assert settings.site_url == "https://annotated-briefs.github.io/briefs/"
    assert settings.site_name == "Annotated briefs"
    assert settings_from_mapping(Path("."), {}, site={"site_url": None, "other": "x"}).site_url == ""


@pytest.mark.parametrize("value", ["lunr", "Pagefind", ""], ids=["other-engine", "wrong-case", "empty"])
def test_search_backend_outside_its_choices_is_an_error(value):
    with pytest.raises(BriefsError, match=f"search_backend must be one of material, pagefind, got {value!r}"):
        settings_from_mapping(Path("."), {"search_backend": value})


@pytest.mark.parametrize("value", ["material", "pagefind"])
def test_search_backend_accepts_its_choices(value):
    assert settings_from_mapping(Path("."), {"search_backend": value}).search_backend == value
