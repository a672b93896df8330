"""Every test article in `tests/articles/` against its expectations in `expected.yml`.

The articles are invented text in the shapes outlets print (time lines, datelines,
clutter before, inside and after the article, encodings and layouts). One case per
article; each checks every field, so a change that fixes one shape and breaks another fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefs.parse import parse_source
from conftest import ARTICLES

EXPECTED = yaml.safe_load((ARTICLES / "expected.yml").read_text(encoding="utf-8"))
FIELDS = ("title", "caption", "published", "dateline", "section", "byline", "source")


def test_every_article_has_expectations_and_every_expectation_an_article():
    sources = {path.name for path in ARTICLES.iterdir() if path.suffix in (".txt", ".html", ".htm")}
    assert sources == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda name: Path(name).stem)
def test_article_fields(name):
    expected = EXPECTED[name]
    article = parse_source(ARTICLES / name, name)
    data = article.to_json()
    assert {field: data[field] for field in FIELDS} == {field: expected[field] for field in FIELDS}
    for key in ("published_ambiguous", "standfirst", "sitename", "hostname"):
        assert data.get(key) == expected.get(key), key


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda name: Path(name).stem)
def test_article_body(name):
    expected = EXPECTED[name]
    article = parse_source(ARTICLES / name, name)
    paragraphs = [paragraph.text for paragraph in article.paragraphs]
    assert len(paragraphs) == expected["paragraphs"], paragraphs
    assert paragraphs[0].startswith(expected["first"])
    assert paragraphs[-1].startswith(expected["last"])
    for snippet in expected["contains"]:
        assert snippet in article.text, snippet
    for snippet in expected["not_contains"]:
        assert snippet not in article.text, snippet


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda name: Path(name).stem)
def test_article_dropped_lines(name):
    article = parse_source(ARTICLES / name, name)
    reported = [(line.reason, line.text) for line in article.dropped]
    for reason, start in EXPECTED[name]["dropped"]:
        assert any(got == reason and text.startswith(start) for got, text in reported), (reason, start, reported)
