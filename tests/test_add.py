"""The add command: copy an article into seeds/, start its annotation, never overwrite."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml

from briefs.contribute.add import AddRequest, add_brief, describe, render_annotation, slug_words
from briefs.content.annotations import load_annotation
from briefs.errors import BriefsError
from briefs.sources.read import parse_source
from conftest import ARTICLES, ROOT, run_briefs

TODAY = date(2026, 1, 15)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "seeds", tmp_path / "annotations"


def written(folders: tuple[Path, Path]) -> list[str]:
    return sorted(path.name for folder in folders if folder.exists() for path in folder.iterdir())


def test_text_article_is_copied_byte_for_byte_with_an_annotation(folders):
    source = ARTICLES / "crlf-bom.txt"
    result = add_brief(AddRequest(source, url="https://example.org/pilots"), *folders, TODAY)
    assert result.slug == "2025-03-10-harbor-pilots-union-reaches-deal"
    assert result.seed == folders[0] / f"{result.slug}.txt"
    assert result.seed.read_bytes() == source.read_bytes()
    annotation, problems = load_annotation(result.annotation, "a.yml")
    assert [problem.message for problem in problems] == ["source has no 'name'"]  # the file states none
    assert (annotation.source.url, annotation.retrieved, annotation.key_points) == (
        "https://example.org/pilots",
        "2026-01-15",
        (),
    )
    text = result.annotation.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/annotation.schema.json\n")
    assert "# Glossary candidates" in text


def test_html_page_keeps_its_suffix_and_its_stated_source(folders):
    result = add_brief(AddRequest(ARTICLES / "saved-page-og.html"), *folders, TODAY)
    assert result.seed.name == "2025-03-18-tidal-power-plant-gets-green.html"
    annotation, _ = load_annotation(result.annotation, "a.yml")
    assert annotation.source.name == "The Example Coast Times"
    assert annotation.source.url == "https://coast.example.com/news/2025/03/tidal-power-plant-approved"


def test_options_win_over_what_the_file_states(folders):
    request = AddRequest(
        ARTICLES / "saved-page-og.html",
        url="https://mirror.example.net/x",
        source="Coast Times",
        slug="2025-03-18-tidal-plant",
    )
    result = add_brief(request, *folders, TODAY)
    annotation, _ = load_annotation(result.annotation, "a.yml")
    assert (result.slug, annotation.source.name, annotation.source.url) == (
        "2025-03-18-tidal-plant",
        "Coast Times",
        "https://mirror.example.net/x",
    )


def test_existing_seed_is_never_overwritten_and_nothing_is_written(folders):
    seeds, annotations = folders
    seeds.mkdir()
    existing = seeds / "2025-03-10-harbor-pilots-union-reaches-deal.html"
    existing.write_bytes(b"<p>older</p>")
    with pytest.raises(BriefsError, match="already exists; nothing was written"):
        add_brief(AddRequest(ARTICLES / "crlf-bom.txt"), seeds, annotations, TODAY)
    assert existing.read_bytes() == b"<p>older</p>"
    assert written(folders) == [existing.name]


def test_existing_annotation_is_never_overwritten_and_no_seed_is_written(folders):
    seeds, annotations = folders
    annotations.mkdir()
    existing = annotations / "2025-03-10-harbor-pilots-union-reaches-deal.yml"
    existing.write_text("tags: [mine]\n", encoding="utf-8")
    with pytest.raises(BriefsError, match="already exists"):
        add_brief(AddRequest(ARTICLES / "crlf-bom.txt"), seeds, annotations, TODAY)
    assert existing.read_text(encoding="utf-8") == "tags: [mine]\n"
    assert written(folders) == [existing.name]


def test_adding_twice_refuses_the_second_time(folders):
    add_brief(AddRequest(ARTICLES / "iso-kyodo.txt"), *folders, TODAY)
    before = {name: path.read_bytes() for folder in folders for name, path in ((p.name, p) for p in folder.iterdir())}
    with pytest.raises(BriefsError):
        add_brief(AddRequest(ARTICLES / "iso-kyodo.txt"), *folders, TODAY)
    assert {
        name: path.read_bytes() for folder in folders for name, path in ((p.name, p) for p in folder.iterdir())
    } == before


@pytest.mark.parametrize(
    "content, message, hint",
    [
        (b"", "the file is empty", "paste the article"),
        (b"  \r\n\xc2\xa0\n", "no article text found", "paste the article"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary, not text", "save the page as text or HTML"),
        (b"The council voted on Monday to keep the library open later than before.\n", "no headline found", "--title"),
    ],
    ids=["empty", "only-whitespace", "binary", "no-headline"],
)
def test_unusable_files_are_named_with_what_is_missing(tmp_path, folders, content, message, hint):
    source = tmp_path / "article.txt"
    source.write_bytes(content)
    with pytest.raises(BriefsError) as caught:
        add_brief(AddRequest(source), *folders, TODAY)
    problem = caught.value.problems[0]
    assert problem.path == str(source)
    assert message in problem.message and hint in problem.hint
    assert written(folders) == []


def test_missing_file_is_named(tmp_path, folders):
    with pytest.raises(BriefsError, match="no such file"):
        add_brief(AddRequest(tmp_path / "nope.txt"), *folders, TODAY)
    assert written(folders) == []


def test_missing_headline_is_supplied_as_front_matter_before_the_unchanged_bytes(folders):
    source = ARTICLES / "missing-headline.txt"
    request = AddRequest(source, title="Footbridge Opens: Walkers Cross the River", slug="2025-05-06-footbridge-opens")
    result = add_brief(request, *folders, TODAY)
    data = result.seed.read_bytes()
    assert data.startswith(b"---\ntitle: 'Footbridge Opens: Walkers Cross the River'\n---\n")
    assert data.endswith(source.read_bytes())
    assert result.front_matter_added
    assert parse_source(result.seed, result.seed.name).title == "Footbridge Opens: Walkers Cross the River"


def test_html_without_title_cannot_take_one(tmp_path, folders):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article>"
        + "<p>The council voted on Monday to keep the library open later than before.</p>" * 5
        + "</article></body></html>"
    )
    with pytest.raises(BriefsError) as caught:
        add_brief(AddRequest(page), *folders, TODAY)
    assert "no headline" in caught.value.problems[0].message
    with pytest.raises(BriefsError, match="cannot be added to an HTML page"):
        add_brief(AddRequest(page, title="Library Hours", slug="2025-01-01-library"), *folders, TODAY)
    assert written(folders) == []


@pytest.mark.parametrize(
    "name, message",
    [("ambiguous-unresolved.txt", "03/04/2025 reads both ways"), ("no-date-outlet.txt", "no clear publication date")],
    ids=["ambiguous", "absent"],
)
def test_no_clear_date_asks_for_a_slug_or_front_matter(folders, name, message):
    with pytest.raises(BriefsError) as caught:
        add_brief(AddRequest(ARTICLES / name), *folders, TODAY)
    assert message in caught.value.problems[0].message
    assert "--slug" in caught.value.problems[0].hint and "published:" in caught.value.problems[0].hint
    result = add_brief(AddRequest(ARTICLES / name, slug="2025-04-03-bike-lanes"), *folders, TODAY)
    assert result.seed.read_bytes() == (ARTICLES / name).read_bytes()


@pytest.mark.parametrize("slug", ["Bike Lanes", "2025-4-3-bike", "2025-04-03-", "2025-04-03-Bike", "../2025-04-03-x"])
def test_bad_slugs_are_refused(folders, slug):
    with pytest.raises(BriefsError, match="is not YYYY-MM-DD-few-words"):
        add_brief(AddRequest(ARTICLES / "iso-kyodo.txt", slug=slug), *folders, TODAY)
    assert written(folders) == []


def test_bad_url_is_refused(folders):
    with pytest.raises(BriefsError, match="does not start with https://"):
        add_brief(AddRequest(ARTICLES / "iso-kyodo.txt", url="javascript:alert(1)"), *folders, TODAY)
    assert written(folders) == []


@pytest.mark.parametrize(
    "headline, words",
    [
        ("Ishiba, Headed to White House, Aims", ["ishiba", "headed", "to", "white", "house", "aims"]),
        ("Café Owners Fight Plan", ["cafe", "owners", "fight", "plan"]),
        ("Trump’s Tariffs: What's Next?", ["trumps", "tariffs", "whats", "next"]),
        ("東京の保育園", []),
        ("G7 Leaders Meet in 2025", ["g7", "leaders", "meet", "in", "2025"]),
    ],
    ids=["seed", "accent", "apostrophes", "no-ascii", "digits"],
)
def test_slug_words(headline, words):
    assert slug_words(headline) == words


def test_small_words_are_left_out_of_the_slug(folders):
    result = add_brief(AddRequest(ARTICLES / "updated-est-dateline.txt"), *folders, TODAY)
    assert result.slug == "2025-02-07-senate-panel-delays-vote-rural"  # "... Vote on Rural Broadband Bill"


@pytest.mark.parametrize(
    ("headline", "slug"),
    [
        ("Japan and U.S. Hold Talks on Tariffs", "2025-03-03-japan-u-s-hold-talks"),
        ("Why the Port Is Not for Sale", "2025-03-03-port-not-sale"),
        ("Is It Over for Them?", "2025-03-03-is-it-over-for-them"),
        ("Café Owners Take Their Case to the Élysée", "2025-03-03-cafe-owners-take-case-elysee"),
    ],
    ids=["conjunction-and-abbreviation", "negation-kept", "only-small-words", "accents"],
)
def test_slugs_keep_the_headlines_content_words(tmp_path, folders, headline, slug):
    source = tmp_path / "article.txt"
    source.write_text(f"{headline}\n\nMarch 3, 2025\nThe talks began on Monday in the capital and went on late.\n",
                      encoding="utf-8")
    assert add_brief(AddRequest(source), *folders, TODAY).slug == slug


def yaml_values(data) -> list:
    if isinstance(data, dict):
        return [value for item in data.values() for value in yaml_values(item)]
    if isinstance(data, list):
        return [value for item in data for value in yaml_values(item)]
    return [data]


def test_without_url_or_outlet_the_file_has_placeholders_not_nulls_and_says_what_to_fill_in(folders):
    result = add_brief(AddRequest(ARTICLES / "crlf-bom.txt"), *folders, TODAY)
    text = result.annotation.read_text(encoding="utf-8")
    assert None not in yaml_values(yaml.safe_load(text)) and "null" not in text
    assert "\n  # url: https://" in text and "\n  # name: " in text
    assert yaml.safe_load(text)["source"] == {"retrieved": TODAY}
    _, problems = load_annotation(result.annotation, "a.yml")
    assert sorted(problem.message for problem in problems) == ["source has no 'name'", "source has no 'url'"]
    assert result.to_fill_in == ("source.url", "source.name")
    lines = describe(result, result.annotation.parent.parent)
    assert f"annotations/{result.slug}.yml: add source.url, the original article's address, before the check passes" in lines
    assert f"annotations/{result.slug}.yml: add source.name, the outlet's name, before the check passes" in lines


def test_a_complete_file_passes_the_check_and_the_json_schema(folders):
    request = AddRequest(ARTICLES / "crlf-bom.txt", url="https://example.org/pilots", source="The Harbor: Daily")
    result = add_brief(request, *folders, TODAY)
    annotation, problems = load_annotation(result.annotation, "a.yml")
    assert problems == [] and annotation.source.name == "The Harbor: Daily" and result.to_fill_in == ()
    data = yaml.safe_load(result.annotation.read_text(encoding="utf-8").replace("retrieved: ", "retrieved: !!str "))
    schema = json.loads((ROOT / "schemas" / "annotation.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert not [line for line in describe(result, result.annotation.parent.parent) if "add source." in line]


def test_glossary_candidates_hook_lists_terms_as_comments():
    text = render_annotation("x.txt", None, None, TODAY, candidates=["Senkaku Islands", "Article 5"])
    assert "#   - Senkaku Islands\n#   - Article 5\n" in text
    assert "candidates" not in [line.split(":")[0] for line in text.splitlines() if not line.startswith("#")]


def test_cli_add_prints_what_it_did_and_refuses_a_second_time(tmp_path):
    (tmp_path / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    command = [
        "--root",
        str(tmp_path),
        "add",
        str(ARTICLES / "share-related-markers.txt"),
        "--url",
        "https://example.org/w",
    ]
    first = run_briefs(*command)
    assert first.returncode == 0, first.stderr
    assert "added seeds/2025-03-03-water-utility-plans-rate-increase.txt" in first.stdout
    assert "[share-buttons] Share on Facebook" in first.stdout
    second = run_briefs(*command)
    assert second.returncode == 1
    assert "already exists; nothing was written" in second.stderr and "Traceback" not in second.stderr


def test_add_command_proposes_names_the_glossary_does_not_cover(project):
    article = project / "incoming.txt"
    article.write_text(
        "Harbour Board Meets Mayor Ingrid Solberg Over Ferry Plan\n\n"
        "10:30 JST, March 3, 2025\n"
        "Mayor Ingrid Solberg met the Harbour Board on Monday to discuss the ferry plan with Shigeru Ishiba.\n"
        "The Harbour Board said Ingrid Solberg would answer questions next week.\n",
        encoding="utf-8",
    )
    result = run_briefs("add", str(article), "--url", "https://example.org/a", cwd=project)
    assert result.returncode == 0, result.stderr
    written = next((project / "annotations").glob("2025-03-03-*.yml")).read_text(encoding="utf-8")
    comment = written[written.index("# Glossary candidates"):]
    assert "Ingrid Solberg" in comment and "Harbour Board" in comment
    assert "Shigeru Ishiba" not in comment  # the glossary explains him already
