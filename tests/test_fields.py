"""The file declaration vocabulary: each kind checks values and writes the matching JSON Schema."""

from __future__ import annotations

from datetime import date

import jsonschema
import pytest

from briefs.content.record_schema import Checker, Choice, Day, Key, ListOf, MapOf, Record, Text, Url, check_value, describe_path, to_json_schema
from briefs.content.yamlfile import YamlDocument

SPEC = Record("a test file", (
    Key("name", Text("a name", r"^[a-z]+$", "must be lowercase letters"), required=True),
    Key("site", Url("an address")),
    Key("day", Day("a date")),
    Key("kind", Choice("a kind", ("a", "b"))),
    Key("items", ListOf("items", Record("item", (Key("id", Text("id"), required=True),)), unique_key="id")),
    Key("map", MapOf("a map", Text("value"))),
))


def problems_for(data) -> list[str]:
    checker = Checker(YamlDocument("f.yml", data))
    check_value(SPEC, data, (), checker)
    return [finding.problem.message for finding in checker.findings]


@pytest.mark.parametrize("data, valid", [
    ({"name": "abc"}, True),
    ({"name": "abc", "site": "https://example.org", "day": date(2025, 1, 1), "kind": "a",
      "items": [{"id": "x"}, {"id": "y"}], "map": {"k": "v"}}, True),
    ({"name": "abc", "day": "2025-02-30"}, False),
    ({"name": "ABC"}, False),
    ({}, False),
    ({"name": "abc", "site": "ftp://example.org"}, False),
    ({"name": "abc", "kind": "c"}, False),
    ({"name": "abc", "map": {"k": ["v"]}}, False),
    ({"name": "abc", "extra": 1}, False),
    ({"name": "abc", "items": [{"id": "x"}, {}]}, False),
    ({"name": "abc", "items": {"id": "x"}}, False),
], ids=["minimal", "full", "impossible-date", "pattern", "missing", "scheme", "choice", "map-value", "unknown",
        "item-missing", "list-mapping"])
def test_check_and_schema_agree(data, valid):
    assert (problems_for(data) == []) is valid
    as_json = {key: value.isoformat() if isinstance(value, date) else value for key, value in data.items()}
    schema_errors = list(jsonschema.Draft202012Validator(to_json_schema(SPEC),
                                                         format_checker=jsonschema.FormatChecker()).iter_errors(as_json))
    assert (schema_errors == []) is valid


def test_duplicate_key_value_is_reported_once_per_repeat():
    messages = problems_for({"name": "abc", "items": [{"id": "x"}, {"id": "x"}, {"id": "x"}]})
    assert messages == ["duplicate id 'x' in items", "duplicate id 'x' in items"]


@pytest.mark.parametrize("key_path, expected", [
    ((), "the file"), (("notes", 0, "quote"), "notes #1 quote"), (("source",), "source"),
])
def test_describe_path_counts_items_from_one(key_path, expected):
    assert describe_path(key_path) == expected
