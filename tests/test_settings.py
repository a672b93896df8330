"""Options under extra.briefs: validated once, with clear messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefs.errors import BriefsError
from briefs.settings import OPTIONS, Settings, settings_from_config_file, settings_from_mapping
from conftest import ROOT


def test_project_config_is_valid():
    settings = settings_from_config_file(ROOT / "mkdocs.yml")
    assert settings.seeds_path == ROOT / "seeds"


def test_every_option_has_a_description_and_a_default_matching_settings():
    for option in OPTIONS:
        assert option.description
        assert getattr(Settings(root=Path(".")), option.name) == option.default


def test_unknown_option_is_an_error():
    with pytest.raises(BriefsError, match="unknown option extra.briefs.seed_dir"):
        settings_from_mapping(Path("."), {"seed_dir": "x"})


def test_wrong_type_is_an_error():
    with pytest.raises(BriefsError, match="home_latest must be int"):
        settings_from_mapping(Path("."), {"home_latest": "ten"})


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
