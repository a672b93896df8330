"""Search backends: the configuration check, and a site indexed by Pagefind that finds the brief.

The Pagefind site is conftest's `pagefind_site`, built once per session for these tests and
the browser's (tests/test_pagefind_browser.py).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefs.search import (
    SearchIndexError, check_search_backend, index_site, indexed_page_count, page_weight, part_bundles,
    searchable_pages, split_into_parts, write_part_list,
)
from briefs.search import _filled_runs
from conftest import ROOT, SEED_SLUG, mkdocs_build

sys.path.insert(0, str(ROOT / "scripts"))
from bench_site import with_search_backend  # noqa: E402
from search_probe import pagefind_fragment, query_pagefind_parts, read_pagefind_file  # noqa: E402

BRIEF_URL = f"/briefs/{SEED_SLUG}/"


@pytest.mark.parametrize(
    ("backend", "material_enabled", "expected"),
    [
        ("material", True, None),
        ("material", False, None),  # a site without search is allowed
        ("pagefind", False, None),
        ("pagefind", True, "search_backend is pagefind but Material's search plugin is enabled"),
    ],
    ids=["material", "no-search", "pagefind", "both"],
)
def test_check_search_backend(backend, material_enabled, expected):
    problems = check_search_backend(backend, material_enabled)
    assert [problem.message for problem in problems] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("Total: \n  Indexed 1 language\n  Indexed 12 pages\n  Indexed 900 words\n", 12),
        ("  Indexed 1 page\n", 1),
        ("  Indexed 0 pages\n", 0),
        ("Finished in 0.1 seconds\n", None),
        ("", None),
    ],
    ids=["many", "one", "none", "silent", "empty"],
)
def test_indexed_page_count(output, expected):
    assert indexed_page_count(output) == expected


def test_pagefind_writes_its_bundle_and_no_material_index(pagefind_site):
    bundle = pagefind_site / "pagefind"
    for name in ("pagefind.js", "pagefind-entry.json", "pagefind-ui.js", "pagefind-ui.css", "wasm.en.pagefind"):
        assert (bundle / name).is_file(), name
    assert list((bundle / "index").glob("*.pf_index"))
    assert not (pagefind_site / "search" / "search_index.json").exists()


@pytest.mark.parametrize("word", ["senkaku", "Netanyahu", "semiconduct"], ids=["lower", "capitalised", "prefix"])
def test_a_query_finds_the_brief(pagefind_site, word):
    hit = query_pagefind_parts(pagefind_site / "pagefind", word)
    assert BRIEF_URL in hit.urls


def test_a_query_for_a_missing_word_finds_nothing(pagefind_site):
    assert query_pagefind_parts(pagefind_site / "pagefind", "zzyzxquux").urls == ()


def test_only_the_article_is_indexed(pagefind_site):
    fragment = pagefind_fragment(pagefind_site / "pagefind", BRIEF_URL)
    content = fragment["content"]
    assert content.startswith("Ishiba, Headed to White House, Aims to Convince Trump")
    assert "Prime Minister Shigeru Ishiba, who arrived in the suburb of Washington" in content
    assert "¶" not in content  # headings' permalink signs
    assert "Skip to content" not in content and "Switch to dark mode" not in content  # header, navigation
    assert fragment["meta"]["title"].startswith("Ishiba, Headed to White House")


def test_note_popovers_are_left_out_as_with_material(pagefind_site):
    # The popovers repeat the Notes list and are marked data-search-exclude for Material;
    # only a popover's title says "· note N".
    page = (pagefind_site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert '<aside class="note-popovers" data-search-exclude>' in page and "· note 1</span>" in page
    content = pagefind_fragment(pagefind_site / "pagefind", BRIEF_URL)["content"]
    assert "· note 1" not in content
    assert "Notes" in content and "Sources" in content  # the list itself is indexed


def test_the_header_holds_pagefind_in_place_of_material_search(pagefind_site):
    page = (pagefind_site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    header = page[page.index('<header class="md-header'): page.index("</header>")]
    assert '<div class="briefs-search" id="briefs-search" data-briefs-search="pagefind" role="search"></div>' in header
    assert 'src="../../pagefind/pagefind-ui.js"' in header
    assert "md-search__input" not in page
    assert page.count("data-pagefind-body") == 1


def test_pagefind_with_material_search_enabled_fails_the_build(project, tmp_path):
    config = project / "mkdocs.yml"
    text = with_search_backend(config.read_text(encoding="utf-8"), "pagefind")
    config.write_text(re.sub(r"(?m)^      enabled: false\n", "", text), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "search_backend is pagefind but Material's search plugin is enabled" in result.stderr
    assert "Traceback" not in result.stderr


def test_material_backend_leaves_pages_without_pagefind(project_site):
    # conftest's strict build of the frozen project, whose mkdocs.yml keeps Material's search.
    page = (project_site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert "pagefind" not in page
    assert "md-search__input" in page
    assert not (project_site / "pagefind").exists()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x00", 0), (b"\x17", 23), (b"\x18\x18", 24), (b"\x19\x01\x00", 256), (b"\x1a\x00\x01\x00\x00", 65536),
        (b"\x20", -1), (b"\x38\x18", -25), (b"\x63abc", "abc"), (b"\x42\x01\x02", b"\x01\x02"),
        (b"\x80", []), (b"\x83\x01\x82\x02\x03\x61x", [1, [2, 3], "x"]), (b"\xa1\x61k\x01", {"k": 1}),
        (b"\x64\xe2\x80\x9dx", "\u201dx"),
    ],
    ids=["zero", "small", "one-byte", "two-byte", "four-byte", "minus-one", "negative", "text", "bytes",
         "empty-array", "nested", "map", "utf8"],
)
def test_decode_cbor(data, expected):
    from search_probe import decode_cbor

    assert decode_cbor(data) == (expected, len(data))


def test_decode_cbor_rejects_indefinite_lengths():
    from search_probe import decode_cbor

    with pytest.raises(ValueError, match="unsupported CBOR item 0x9f"):
        decode_cbor(b"\x9f\x01\xff")


# --- Each text indexed once, where it is written ------------------------------------------------

def test_a_briefs_lists_stay_out_of_pagefind_and_its_notes_stay_in(pagefind_site):
    content = pagefind_fragment(pagefind_site / "pagefind", BRIEF_URL)["content"]
    page = (pagefind_site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    left_out = {
        "key terms": "The official residence and workplace of the U.S. president",  # a term's short
        "timeline": "Dates in the text, resolved against the publication time",
        "provenance": "SHA-256 of the seed",
    }
    for section, text in left_out.items():
        assert text in page, section  # still shown to readers
        assert text not in content, section
    assert "Key terms" not in content and "Provenance" not in content  # nor their headings
    assert "Notes" in content and "Sources" in content


def test_list_pages_are_not_marked_for_pagefind(pagefind_site):
    for page in ("index.html", "timeline/index.html", "glossary/index.html", "tags/index.html", "briefs/index.html"):
        assert "data-pagefind-body" not in (pagefind_site / page).read_text(encoding="utf-8"), page
    assert "data-pagefind-body" in (pagefind_site / "glossary" / "senkaku-islands" / "index.html").read_text(encoding="utf-8")


def test_a_term_page_is_found_by_its_definition_not_by_the_briefs_that_quote_it(pagefind_site):
    content = pagefind_fragment(pagefind_site / "pagefind", "/glossary/senkaku-islands/")["content"]
    page = (pagefind_site / "glossary" / "senkaku-islands" / "index.html").read_text(encoding="utf-8")
    assert "Diaoyu" in content  # its other names and definition
    assert "Mentioned in" in page and "Mentioned in" not in content
    assert "Ishiba, Headed to White House" in page and "Ishiba, Headed to White House" not in content


def test_material_search_indexes_the_same_texts(project_site):
    index = json.loads((project_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {entry["location"] for entry in index["docs"]}
    brief = f"briefs/{SEED_SLUG}/"
    assert {location for location in locations if location.startswith(brief)} == {brief, f"{brief}#notes"}
    for page in ("", "timeline/", "glossary/", "tags/", "briefs/"):
        assert page not in locations, page
    assert "glossary/senkaku-islands/" in locations
    assert not any(location.endswith("#mentioned-in") for location in locations)


# --- Parts ----------------------------------------------------------------------------------

def test_the_site_is_indexed_in_parts_that_hold_every_page_once(pagefind_site):
    bundle = pagefind_site / "pagefind"
    pages = searchable_pages(pagefind_site)
    bundles = part_bundles(bundle)
    assert len(bundles) > 2  # conftest's small parts
    urls = []
    for part in bundles:
        assert (part / "pagefind-entry.json").is_file()
        for path in (part / "fragment").glob("*.pf_fragment"):
            urls.append(json.loads(read_pagefind_file(path))["url"])
    expected = sorted("/" + page.removesuffix("index.html") for page in pages)
    assert sorted(urls) == expected


def test_the_page_asks_for_the_part_list_before_the_search_box_starts(pagefind_site):
    page = (pagefind_site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert page.index('src="../../pagefind/briefs-parts.js"') < page.index("new PagefindUI(")
    assert "mergeIndex: (window.briefsSearchParts || [])" in page


@pytest.mark.parametrize(
    ("weights", "most", "runs"),
    [
        ([], 10, []),
        ([4], 10, [[4]]),
        ([5, 5], 10, [[5, 5]]),
        ([5, 5, 1], 10, [[5], [5, 1]]),  # just over: two runs, as even as they come
        ([3, 3, 3, 3, 3, 3, 3], 10, [[3, 3, 3], [3, 3, 3], [3]]),
        ([4, 4, 4, 4, 4], 12, [[4, 4, 4], [4, 4]]),
        ([30, 1, 1], 10, [[30], [1, 1]]),  # a page heavier than a part stands alone
        ([1, 1, 30, 1], 10, [[1, 1], [30], [1]]),
        ([9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 10, [[9, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1]]),  # briefs, then light term pages
        ([6, 6, 1, 1, 1, 1], 12, [[6], [6, 1, 1, 1, 1]]),  # two runs either way; the heaviest weighs 10, not 12
    ],
    ids=["none", "one", "exactly-full", "just-over", "even", "fives", "heavy-first", "heavy-middle", "light-tail",
         "evened"],
)
def test_split_into_parts_keeps_order_and_stays_within_the_weight(weights, most, runs):
    parts = split_into_parts(weights, most)
    assert [weights[part.start:part.stop] for part in parts] == runs
    assert [position for part in parts for position in part] == list(range(len(weights)))


@given(st.lists(st.integers(min_value=1, max_value=50), min_size=1, max_size=60), st.integers(min_value=1, max_value=120))
def test_split_into_parts_is_the_fewest_runs_within_the_weight(weights, most):
    parts = split_into_parts(weights, most)
    assert [position for part in parts for position in part] == list(range(len(weights)))
    assert all(len(part) == 1 or sum(weights[part.start:part.stop]) <= most for part in parts)
    filled = _filled_runs(weights, most)  # filling each run in turn gives the fewest runs
    assert len(parts) == len(filled)
    heaviest = max((sum(weights[part.start:part.stop]) for part in parts), default=0)
    assert heaviest <= max((sum(weights[part.start:part.stop]) for part in filled), default=0)


def test_split_into_parts_refuses_a_weight_below_one():
    with pytest.raises(ValueError, match="at least 1"):
        split_into_parts([1], 0)


@pytest.mark.parametrize(
    ("body", "characters"),
    [
        ("<p>twelve chars</p>", 12),
        ("<h2 id='a'>Head<a class='headerlink' href='#a'>¶</a></h2><p>abc</p>", 7),
        ("<h2 data-search-exclude>Timeline</h2><div data-search-exclude><ul><li>long list</li></ul></div><p>kept</p>", 4),
        ("<p>one</p><script>var x = 1;</script><p>two</p>", 6),
    ],
    ids=["text", "permalink-left-out", "excluded-section", "script"],
)
def test_page_weight_counts_the_text_pagefind_indexes(body, characters):
    page = f"<html><body><nav>menu words</nav><div data-pagefind-body>{body}</div><footer>foot</footer></body></html>"
    assert page_weight(page.encode()) == characters + 500


def test_an_unmarked_page_has_no_weight():
    assert page_weight(b"<html><body><p>text</p></body></html>") is None
    assert page_weight(b"<html><body><!-- data-pagefind-body --><p>text</p></body></html>") is None


@pytest.mark.parametrize("count", [1, 2, 5])
def test_part_list_round_trips(tmp_path, count):
    write_part_list(tmp_path, count)
    assert part_bundles(tmp_path) == [tmp_path, *(tmp_path / f"part-{number}" for number in range(2, count + 1))]


def test_a_bundle_without_a_part_list_is_one_part(tmp_path):
    assert part_bundles(tmp_path) == [tmp_path]


def _tiny_site(folder: Path, pages: dict[str, str]) -> Path:
    for path, words in pages.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        body = f"<div data-pagefind-body><h1>{words}</h1><p>{words} and more words.</p></div>" if words else "<p>menu</p>"
        target.write_text(f'<html lang="en"><head><title>t</title></head><body>{body}</body></html>', encoding="utf-8")
    return folder


@pytest.mark.parametrize(("text_mb", "parts"), [(0.0001, 3), (0.0011, 2), (1, 1)],
                         ids=["a-part-per-page", "two-per-part", "one-part"])
def test_index_site_finds_a_word_in_any_part(tmp_path, text_mb, parts):
    site = _tiny_site(tmp_path / "site", {"a/index.html": "apricot", "b/index.html": "walnut",
                                          "c/index.html": "melon", "404.html": ""})
    bundle = index_site(site, text_mb)
    assert len(part_bundles(bundle)) == parts
    for word, url in (("apricot", "/a/"), ("walnut", "/b/"), ("melon", "/c/")):
        assert query_pagefind_parts(bundle, word).urls == (url,)
    assert query_pagefind_parts(bundle, "menu").urls == ()  # the unmarked page is not indexed


def test_index_site_removes_parts_left_from_a_bigger_build(tmp_path):
    site = _tiny_site(tmp_path / "site", {f"{name}/index.html": name for name in ("apricot", "walnut", "melon")})
    index_site(site, 0.0001)
    assert (site / "pagefind" / "part-3").is_dir()
    bundle = index_site(site, 1)
    assert part_bundles(bundle) == [bundle]
    assert not (bundle / "part-3").exists()
    assert query_pagefind_parts(bundle, "melon").urls == ("/melon/",)


def test_index_site_without_a_marked_page_says_what_to_do(tmp_path):
    site = _tiny_site(tmp_path / "site", {"404.html": ""})
    with pytest.raises(SearchIndexError) as raised:
        index_site(site)
    assert "no page is marked for Pagefind" in str(raised.value)
    assert "data-pagefind-body" in str(raised.value)
