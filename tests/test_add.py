"""The add command: copy an article into seeds/, start its annotation, never overwrite."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml

from briefs.contribute.add import AddRequest, add_brief, describe, render_annotation, slug_words, unsure_fields
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
    assert "--slug" in caught.value.problems[0].hint and "--published " in caught.value.problems[0].hint
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


# --- what the parser guessed, and how the contributor corrects it ----------------------------------

BODY = (
    "The harbour board voted on Monday to run a night ferry to the outer islands from May.\n"
    "The first sailing will leave at nine in the evening, the board said in a statement.\n"
)
NO_ZONE = "Night Ferry to Run to the Outer Islands\nMarch 3, 2025 10:30\nBy Ines Calder\n" + BODY
CORRECTION_NOTE = "(the options become one front matter block before the file's bytes; the article's words stay)"


def article_file(tmp_path: Path, text: str, name: str = "incoming.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_clear_header_is_printed_without_marks_or_fixes(tmp_path, folders):
    source = article_file(tmp_path, "Night Ferry to Run to the Outer Islands\n10:30 JST, March 3, 2025\n" + BODY)
    result = add_brief(AddRequest(source, url="https://example.org/f", source="Example"), *folders, TODAY)
    lines = describe(result, tmp_path)
    assert unsure_fields(result.article) == {}
    assert "  published: 2025-03-03T10:30:00+09:00" in lines
    assert not [line for line in lines if "?" in line or "--" in line]


@pytest.mark.parametrize(
    "text, slug, marked, fix",
    [
        (
            "Lighthouse Keepers Return to the Northern Cape After Forty Years\n"
            "Volunteers Restore the Lamp Room and the Old Foghorn for Visitors\n10:30 JST, March 3, 2025\n" + BODY,
            None,
            "  title: Lighthouse Keepers Return to the Northern Cape After Forty Years"
            "  ? headline chosen among 2 similar lines",
            '  title: --title "..."',
        ),
        (
            # Neither reading is the lead's Monday or the day after it (5 July, 7 May 2025).
            "Night Ferry to Run to the Outer Islands\n07/05/2025\n" + BODY,
            "2025-07-05-night-ferry",
            "  published: -  ? date 07/05/2025 reads two ways",
            "  published: --published 2025-07-05 or --published 2025-05-07 (the one the outlet means)",
        ),
        (
            NO_ZONE,
            None,
            "  published: 2025-03-03T10:30:00  ? time without a time zone",
            "  published: --published 2025-03-03T10:30+HH:MM (HH:MM: the outlet's offset from UTC, e.g. +09:00)",
        ),
        (
            "Night Ferry to Run to the Outer Islands\nUpdated 10:30 AM EST, March 3, 2025\n" + BODY,
            None,
            "  published: 2025-03-03T10:30:00-05:00  ? only an update time was found",
            "  published: --published YYYY-MM-DD (or YYYY-MM-DDTHH:MM+09:00, with the time and its offset from UTC)",
        ),
    ],
    ids=["two-headlines", "ambiguous-date", "no-zone", "update-time-only"],
)
def test_each_guess_is_marked_with_the_reason_and_the_fix(tmp_path, folders, text, slug, marked, fix):
    source = article_file(tmp_path, text)
    result = add_brief(AddRequest(source, url="https://example.org/f", source="Example", slug=slug), *folders, TODAY)
    lines = describe(result, tmp_path)
    assert marked in lines
    start = lines.index(
        f"? marks a guess. To correct one, delete seeds/{result.seed.name} and annotations/{result.slug}.yml "
        "and add the file again with:"
    )
    assert lines[start + 1 :] == [fix, CORRECTION_NOTE]
    assert result.seed.read_bytes() == source.read_bytes()  # a guess is reported, never written into the seed


def test_a_saved_page_says_how_to_correct_it_without_front_matter(tmp_path, folders):
    page = article_file(
        tmp_path,
        "<!DOCTYPE html><html><head><title>Tide Gauge Records Highest Water in a Decade</title>"
        '<meta property="article:published_time" content="2025-03-05T08:00:00+00:00"></head><body><article>'
        "<p>The tide gauge at the old harbour recorded its highest water in ten years on Tuesday night.</p>"
        "<p>Several streets near the quay were closed for two hours while the water went down again.</p>"
        "</article><aside><h3>About the author</h3><p>Marta Lindqvist</p><p>On tides.</p></aside></body></html>",
        "page.html",
    )
    result = add_brief(AddRequest(page, url="https://example.org/t", source="Example"), *folders, TODAY)
    lines = describe(result, tmp_path)
    assert "  byline: Marta Lindqvist  ? byline from the page's author box, not its metadata" in lines
    assert any(line.startswith("? marks a guess. A saved page cannot take front matter: to correct one, paste the "
                               "article's text into a .txt file") for line in lines)
    assert '  byline: --byline "..."' in lines
    with pytest.raises(BriefsError, match="--byline cannot be added to an HTML page"):
        add_brief(AddRequest(page, byline="Marta Lindqvist", slug="2025-03-05-tide"), *folders, TODAY)
    assert not (folders[0] / "2025-03-05-tide.html").exists()


def test_published_and_title_make_one_block_before_the_unchanged_bytes(tmp_path, folders):
    source = article_file(tmp_path, NO_ZONE)
    request = AddRequest(source, title="Night Ferry Approved", published="2025-03-03T10:30+09:00")
    result = add_brief(request, *folders, TODAY)
    data = result.seed.read_bytes()
    assert data == b"---\ntitle: Night Ferry Approved\npublished: 2025-03-03T10:30+09:00\n---\n" + source.read_bytes()
    assert data.count(b"---\n") == 2 and result.stated == ("title", "published")
    article = parse_source(result.seed, result.seed.name)
    assert (article.title, article.published_iso) == ("Night Ferry Approved", "2025-03-03T10:30:00+09:00")
    assert article.text == parse_source(source, source.name).text  # the article's words, unchanged
    assert unsure_fields(article) == {} and result.slug == "2025-03-03-night-ferry-approved"
    lines = describe(result, tmp_path)
    assert lines[0] == f"added seeds/{result.seed.name} (front matter with title and published, then the file's bytes)"
    assert "  published: 2025-03-03T10:30:00+09:00  (front matter)" in lines
    assert not [line for line in lines if line.startswith("?")]


def test_every_stated_field_reads_back_from_the_block(tmp_path, folders):
    source = article_file(tmp_path, "Night Ferry to Run to the Outer Islands\n03/04/2025\n" + BODY)
    request = AddRequest(
        source, published="2025-04-03", byline="Ines Calder and Tom Reyes", section="Islands",
        caption="The quay: at dusk",
    )
    result = add_brief(request, *folders, TODAY)
    article = result.article
    assert (article.published_iso, article.byline, article.section, article.caption) == (
        "2025-04-03",
        "Ines Calder and Tom Reyes",
        "Islands",
        "The quay: at dusk",
    )
    assert result.seed.read_bytes().endswith(source.read_bytes())
    assert result.seed.read_bytes().startswith(b"---\npublished: '2025-04-03'\nbyline: ")
    assert result.slug == "2025-04-03-night-ferry-run-outer-islands"


def test_an_option_that_repeats_a_sure_value_writes_no_block_one_that_confirms_a_guess_does(tmp_path, folders):
    sure = article_file(tmp_path, "Night Ferry to Run to the Outer Islands\n10:30 JST, March 3, 2025\n" + BODY)
    result = add_brief(AddRequest(sure, title="Night Ferry to Run to the Outer Islands"), *folders, TODAY)
    assert not result.front_matter_added and result.seed.read_bytes() == sure.read_bytes()
    guessed = article_file(tmp_path, NO_ZONE, "guessed.txt")
    request = AddRequest(guessed, published="2025-03-03T10:30", slug="2025-03-03-confirmed")
    confirmed = add_brief(request, *folders, TODAY)
    assert confirmed.stated == ("published",) and unsure_fields(confirmed.article) == {}
    assert confirmed.article.published_iso == "2025-03-03T10:30:00"


@pytest.mark.parametrize(
    "value",
    ["2025-3-3", "2025-02-30", "03/04/2025", "March 3, 2025", "2025-03-03T25:00", "2025-03-03T10:30+15:00",
     "2025-03-03 10:30", ""],
)
def test_a_bad_published_is_refused_naming_the_option_and_the_form_and_nothing_is_written(tmp_path, folders, value):
    source = article_file(tmp_path, NO_ZONE)
    with pytest.raises(BriefsError) as caught:
        add_brief(AddRequest(source, title="Night Ferry Approved", published=value), *folders, TODAY)
    problem = caught.value.problems[0]
    assert problem.message.startswith("--published")
    assert "YYYY-MM-DD" in problem.message + problem.hint
    assert written(folders) == []
    assert source.read_text(encoding="utf-8") == NO_ZONE


@pytest.mark.parametrize("option", ["title", "byline", "section", "caption"])
def test_an_empty_or_multi_line_option_is_refused(tmp_path, folders, option):
    source = article_file(tmp_path, NO_ZONE)
    for value in ("  ", "Two\nlines"):
        with pytest.raises(BriefsError, match=f"--{option} must be one line of text"):
            add_brief(AddRequest(source, **{option: value}), *folders, TODAY)
    assert written(folders) == []


def test_a_file_with_front_matter_is_refused_with_the_keys_to_put_in_it(tmp_path, folders):
    source = article_file(tmp_path, "---\nsection: Islands\n---\n" + NO_ZONE)
    with pytest.raises(BriefsError) as caught:
        add_brief(AddRequest(source, title="Night Ferry Approved", published="2025-03-03"), *folders, TODAY)
    problem = caught.value.problems[0]
    assert problem.message == "the file already has front matter"
    assert problem.hint == "put title:, published: in it instead of passing --title, --published"
    assert written(folders) == []


def test_cli_add_marks_a_guess_and_the_printed_fix_corrects_it(project):
    article = project / "incoming.txt"
    article.write_text(NO_ZONE, encoding="utf-8")
    first = run_briefs("add", str(article), "--url", "https://example.org/f", "--source", "Example", cwd=project)
    assert first.returncode == 0, first.stderr
    assert "  published: 2025-03-03T10:30:00  ? time without a time zone" in first.stdout
    fix = next(line for line in first.stdout.splitlines() if line.startswith("  published: --published"))
    for path in (project / "seeds" / "2025-03-03-night-ferry-run-outer-islands.txt",
                 project / "annotations" / "2025-03-03-night-ferry-run-outer-islands.yml"):
        path.unlink()  # as the message says
    option = fix.split()[2].replace("+HH:MM", "+09:00")
    second = run_briefs("add", str(article), "--url", "https://example.org/f", "--source", "Example",
                        "--published", option, cwd=project)
    assert second.returncode == 0, second.stderr
    assert "  published: 2025-03-03T10:30:00+09:00  (front matter)" in second.stdout and "?" not in second.stdout
    seed = project / "seeds" / "2025-03-03-night-ferry-run-outer-islands.txt"
    assert seed.read_bytes() == b"---\npublished: 2025-03-03T10:30+09:00\n---\n" + article.read_bytes()
    bad = run_briefs("add", str(article), "--published", "2025-03-03T10:30+HH:MM", "--slug", "2025-03-03-x",
                     cwd=project)
    assert bad.returncode == 1 and "--published '2025-03-03T10:30+HH:MM' is not a date in the form" in bad.stderr
    assert "nothing was written" in bad.stderr and not (project / "seeds" / "2025-03-03-x.txt").exists()


def test_cli_refuses_a_stated_field_with_replace(project):
    result = run_briefs("add", "--replace", "2025-01-01-x", str(project / "x.txt"), "--title", "T", cwd=project)
    assert result.returncode == 1 and "--title cannot be used with --replace" in result.stderr


def test_a_page_saved_under_a_text_name_cannot_take_front_matter_either(tmp_path, folders):
    source = article_file(
        tmp_path,
        "<!DOCTYPE html><html><head><title>Tide Gauge Records Highest Water</title></head><body><article>"
        "<p>The tide gauge at the old harbour recorded its highest water in ten years on Tuesday night.</p>"
        "<p>Several streets near the quay were closed for two hours while the water went down again.</p>"
        "</article></body></html>",
    )
    with pytest.raises(BriefsError, match="--published cannot be added to an HTML page"):
        add_brief(AddRequest(source, published="2025-03-05"), *folders, TODAY)
    assert written(folders) == []
