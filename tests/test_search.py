"""Search: the separator in mkdocs.yml splits words so the queries readers type find the right pages.

Checked here on the built `search/search_index.json` with the same tokenisation Material's
lunr index applies (split by the separator, lowercase; the site's pipeline keeps only the
stop-word filter), and in the browser by tests/test_browser.py.
"""

from __future__ import annotations

import html
import json
import re

import pytest
import yaml

from conftest import ROOT, SEED_SLUG

BRIEF = f"briefs/{SEED_SLUG}/"


def separator() -> re.Pattern[str]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    search = next(plugin["search"] for plugin in config["plugins"] if isinstance(plugin, dict) and "search" in plugin)
    return re.compile(search["separator"])


SEPARATOR = separator()


def tokens(text: str) -> list[str]:
    """Material's tokenizer without the Japanese segmenter: split by the separator, lowercase."""
    return [token.lower() for token in SEPARATOR.split(text) if token]


def search(index: dict, query: str) -> list[str]:
    """Pages (without anchors) where every query token starts some word, as Material's trailing wildcard allows."""
    wanted = tokens(query)
    pages = []
    for doc in index["docs"]:
        words = set(tokens(html.unescape(re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"]))))
        if wanted and all(any(word.startswith(token) for word in words) for token in wanted):
            pages.append(doc["location"].split("#")[0])
    return list(dict.fromkeys(pages))


@pytest.fixture(scope="module")
def index(site) -> dict:
    return json.loads((site.folder / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("text, expected", [
    ("Senkaku Islands", ["senkaku", "islands"]),
    ("Article 5", ["article", "5"]),
    ("Ishiba's plan", ["ishiba", "s", "plan"]),
    ("Ishiba’s plan", ["ishiba", "s", "plan"]),
    ("U.S.-Japan", ["u", "s", "japan"]),
    ("Indo-Pacific", ["indo", "pacific"]),
    ("2.5 percent, 2%", ["2.5", "percent", "2%"]),
    ("“golden age”", ["golden", "age"]),
    ("Senkaku/Diaoyu", ["senkaku", "diaoyu"]),
    ("Suga–Biden", ["suga", "biden"]),
    ("石破茂（いしば・しげる）", ["石破茂", "いしば", "しげる"]),
    ("石破茂、東京。", ["石破茂", "東京"]),
    ("a &lt;b&gt; tag", ["a", "b", "tag"]),
], ids=["words", "article-5", "straight-possessive", "curly-possessive", "us-japan", "hyphen", "decimal", "quotes",
        "slash", "en-dash", "kana-middle-dot", "japanese-punctuation", "escaped-html"])
def test_separator_splits_as_readers_expect(text, expected):
    assert tokens(text) == expected


def test_index_uses_the_configured_separator_and_japanese(index):
    assert index["config"]["separator"] == SEPARATOR.pattern
    assert index["config"]["lang"] == ["en", "ja"]


@pytest.mark.parametrize("query", ["Senkaku", "Article 5", "Ishiba's", "Ishiba’s", "U.S.-Japan", "Indo-Pacific",
                                   "Nippon Steel", "Netanyahu"])
def test_queries_find_the_brief(index, query):
    assert BRIEF in search(index, query)


@pytest.mark.parametrize("query", ["Senkakus-Okinawa-Zzyzx", "Ishiba's zzyzx"])
def test_queries_with_an_unknown_word_find_nothing(index, query):
    assert search(index, query) == []


def test_senkaku_finds_the_brief_and_the_term_not_the_lists_that_repeat_them(index):
    # Each text is indexed where it is written (briefs.render.escape.UNSEARCHED_PAGE): the tags,
    # timeline and glossary pages list what the brief and the term page already say.
    found = search(index, "Senkaku")
    assert BRIEF in found and "glossary/senkaku-islands/" in found
    assert not {"tags/", "timeline/", "glossary/", ""} & set(found)
