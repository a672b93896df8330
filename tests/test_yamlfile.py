"""Contributed YAML: values, the line of every key, repeated keys, and syntax errors."""

from __future__ import annotations

from datetime import date

import pytest

from briefs.content import yamlfile
from briefs.content.yamlfile import load_yaml

TEXT = """# a comment
source:
  name: The Outlet
  retrieved: 2026-11-30
notes:
  - id: one
    quote: "a “quote”"
  - id: two
"""


@pytest.fixture(params=["libyaml", "pure-python"])
def loader(request, monkeypatch):
    """Both parsers give the same document (LibYAML when installed, else the pure-Python one)."""
    if request.param == "pure-python":
        monkeypatch.setattr(yamlfile, "_FAST_LOADER", yamlfile.yaml.SafeLoader)
    return request.param


def test_values_and_lines(loader):
    document, problems = load_yaml(TEXT, "annotations/x.yml")
    assert problems == []
    assert document.data == {"source": {"name": "The Outlet", "retrieved": date(2026, 11, 30)},
                             "notes": [{"id": "one", "quote": "a “quote”"}, {"id": "two"}]}
    assert document.line_of(("source", "retrieved")) == 4
    assert document.line_of(("notes", 1, "id")) == 8
    assert document.line_of(("notes", 0, "missing")) == 6


def test_repeated_key_is_reported_with_its_line(loader):
    _document, problems = load_yaml("a: 1\nb: 2\na: 3\n", "x.yml")
    assert [(problem.line, problem.message) for problem in problems] == [(3, "key 'a' appears twice")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("source:\n  name: The Outlet: Weekend\n",
         "x.yml:2: invalid YAML at column 19: mapping values are not allowed here"),
        ("a:\n\t- b\n", "x.yml:2: invalid YAML at column 1: found character '\\t' that cannot start any token"),
        ("a: [1, 2\n", "x.yml:2: invalid YAML at column 1: expected ',' or ']', but got '<stream end>'"),
    ],
    ids=["colon-in-value", "tab", "unclosed-list"],
)
def test_syntax_errors_read_the_same_whichever_parser(loader, text, expected):
    document, problems = load_yaml(text, "x.yml")
    assert document is None
    assert problems[0].format().startswith(expected)


@pytest.mark.parametrize("text", ["", "# only a comment\n"], ids=["empty", "comment"])
def test_empty_document(loader, text):
    document, problems = load_yaml(text, "x.yml")
    assert document.data is None and problems == []
