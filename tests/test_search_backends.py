"""Search backends: the configuration check, and a site indexed by Pagefind that finds the brief.

The Pagefind site is conftest's `pagefind_site`, built once per session for these tests and
the browser's (tests/test_pagefind_browser.py).
"""

from __future__ import annotations

import re
import sys

import pytest

from briefs.search import check_search_backend, indexed_page_count
from conftest import ROOT, SEED_SLUG, mkdocs_build

sys.path.insert(0, str(ROOT / "scripts"))
from bench_site import with_search_backend  # noqa: E402
from search_probe import pagefind_fragment, query_pagefind  # noqa: E402

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
    hit = query_pagefind(pagefind_site / "pagefind", word)
    assert BRIEF_URL in hit.urls


def test_a_query_for_a_missing_word_finds_nothing(pagefind_site):
    assert query_pagefind(pagefind_site / "pagefind", "zzyzxquux").urls == ()


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
    assert page.count("data-search-exclude") == 1 and "· note 1</span>" in page
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
