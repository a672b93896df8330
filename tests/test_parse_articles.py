"""Every test article in `tests/articles/` against its expectations in `expected.yml`.

Also: no line of a pasted article is silently lost; each ends in the body, in a field, in
the dropped list with a reason, or is the time line.

The articles are invented text in the shapes outlets print (time lines, datelines,
clutter before, inside and after the article, encodings and layouts). One case per
article; each checks every field, so a change that fixes one shape and breaks another fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefs.sources import vocab
from briefs.sources.byline import clean_byline
from briefs.fileio import decode_source
from briefs.sources.time_line import find_time
from briefs.sources.dateline import split_dateline
from briefs.sources.pasted_text import split_front_matter, split_lines
from briefs.sources.read import parse_source
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


def accounted_for(text: str, article) -> bool:
    """A source line is in the body, fills a field, was reported as dropped, or is the time line."""
    fields = [
        article.title,
        article.caption,
        article.byline,
        article.section,
        article.dateline,
        article.extra.get("standfirst"),
    ]
    body = " ".join(paragraph.text for paragraph in article.paragraphs)
    if article.dateline and text.startswith(article.dateline):
        text = split_dateline(text)[1] or text  # the first paragraph's line, without its dateline
    names = clean_byline(text)  # `By Margaret Ellery`, `Henrik Vos & Léa Marchetti`: the names fill the byline
    return (
        text in body
        # `paid for by the govern-` / `ment ...`: a printed column's line, its broken word whole again in the body
        or text.endswith("-") and text[:-1] in body
        or bool(article.byline and names and names in article.byline)
        or any(value and (value in text and len(value) * 3 >= len(text) or text in value) for value in fields)
        or any(line.text and (line.text in text or text in line.text) for line in article.dropped)  # a dropped paragraph may join several lines
        or find_time(text) is not None
        or bool(article.dateline and vocab.DATELINE_DASH_LINE.match(text))
    )


@pytest.mark.parametrize(
    "name", sorted(name for name in EXPECTED if name.endswith(".txt")), ids=lambda name: Path(name).stem
)
def test_no_line_is_silently_lost(name):
    article = parse_source(ARTICLES / name, name)
    text = decode_source((ARTICLES / name).read_bytes(), name).lstrip("\ufeff")
    _, body_start = split_front_matter(text, name)
    lost = [line for line in split_lines(text)[body_start:] if line.text and not accounted_for(line.text, article)]
    assert lost == []
