"""Glossary files: what loads, and every mistake reported with its file and line."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import jsonschema
import pytest
import yaml

from briefs.content.glossary import KINDS, SCHEMA_LINE, glossary_schema, load_glossary, parse_term, short_problems
from briefs.settings import Settings
from conftest import FIXTURE_CONTENT, ROOT

GOOD = f"""{SCHEMA_LINE}
term: Senkaku Islands
aliases:
  - Senkakus
  - 尖閣諸島
kind: place
short: Uninhabited islets in the East China Sea that Japan administers.
definition: |
  The islands lie north-east of Taiwan.

  China and Taiwan claim them.
as_of: 2025-02-07
sources:
  - title: Senkaku Islands (Wikipedia)
    url: https://en.wikipedia.org/wiki/Senkaku_Islands
see_also: []
"""


def person(term: str, surname: str, aliases=(), extra: str = "") -> str:
    alias_lines = "".join(f"\n  - {alias}" for alias in aliases)
    return f"""{SCHEMA_LINE}
term: {term}
surname: {surname}
aliases:{alias_lines if aliases else " []"}
kind: person
short: A person in the news.
definition: A person.
as_of: 2025-02-07
sources:
  - title: Reference
    url: https://example.org/{surname.lower()}
{extra}"""


def write_glossary(root: Path, files: dict[str, str]) -> Settings:
    folder = root / "glossary"
    folder.mkdir(parents=True, exist_ok=True)
    for stem, text in files.items():
        (folder / f"{stem}.yml").write_text(text, encoding="utf-8")
    return Settings(root=root)


def messages(problems) -> list[str]:
    return [problem.format() for problem in problems]


def test_good_entry_loads_every_field():
    term, _document, problems = parse_term(GOOD, "senkaku-islands", "glossary/senkaku-islands.yml")
    assert problems == []
    assert term.term == "Senkaku Islands" and term.kind == "place"
    assert term.aliases == ("Senkakus", "尖閣諸島")
    assert term.as_of == "2025-02-07"
    assert term.sources[0].url == "https://en.wikipedia.org/wiki/Senkaku_Islands"
    assert term.names == ("Senkaku Islands", "Senkakus", "尖閣諸島")
    assert term.definition.startswith("The islands") and not term.ignore_case and term.surname is None


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda text: text.replace("kind: place", "kind: place\ncolour: blue"), "glossary/x.yml:7: unknown key 'colour'"),
        (lambda text: text.replace("kind: place", "kind: island"), "glossary/x.yml:6: kind must be one of"),
        (lambda text: text.replace("term: Senkaku Islands\n", ""), "glossary/x.yml:1: missing required key 'term'"),
        (lambda text: text.replace("short: Uninhabited islets in the East China Sea that Japan administers.\n", ""),
         "missing required key 'short'"),
        (lambda text: text.replace("aliases:\n  - Senkakus\n  - 尖閣諸島", "aliases: Senkakus"), "glossary/x.yml:3: aliases must be a list"),
        (lambda text: text.replace("see_also: []", "see_also: senkaku"), "see_also must be a list"),
        (lambda text: text.replace("as_of: 2025-02-07", "as_of: last week"), "glossary/x.yml:12: as_of must be a date"),
        (lambda text: text.replace("    url: https://en.wikipedia.org/wiki/Senkaku_Islands", "    url: ftp://example.org/x"),
         "glossary/x.yml:15: source 1 needs an http(s) url"),
        (lambda text: text.replace("    url: https://en.wikipedia.org/wiki/Senkaku_Islands\n", ""), "source 1 needs an http(s) url"),
        (lambda text: text.replace("  - title: Senkaku Islands (Wikipedia)\n    url: https://en.wikipedia.org/wiki/Senkaku_Islands\n", "").replace("sources:\n", "sources: []\n"),
         "sources must be a list of {title, url}, at least one"),
        (lambda text: text.replace("short: Uninhabited islets", "short: Uninhabited **islets**"), "glossary/x.yml:7: short must be plain text"),
        (lambda text: text.replace("administers.", "administers. China claims them."), "short must be one sentence"),
        (lambda text: text.replace("administers.", "administers"), "short must end with a full stop"),
        (lambda text: text.replace("short: Uninhabited islets", "short: |\n  Uninhabited\n  islets"), "short must be on one line"),
        (lambda text: text.replace("kind: place", "kind: place\nkind: event"), "key 'kind' appears twice"),
        (lambda text: text.replace("term: Senkaku Islands", "term: [Senkaku"), "invalid YAML"),
        (lambda text: text.replace(SCHEMA_LINE + "\n", ""), "glossary/x.yml:1: the first line must name the schema"),
        (lambda text: text.replace("kind: place", "kind: place\nsurname: Islands"), "only person entries have a surname"),
        (lambda text: text.replace("kind: place", "kind: place\nignore_case: yes please"), "ignore_case must be true or false"),
    ],
    ids=["unknown-key", "bad-kind", "missing-term", "missing-short", "aliases-not-list", "see-also-not-list", "bad-date",
         "ftp-source", "source-without-url", "no-sources", "markdown-short", "two-sentence-short", "short-without-stop",
         "multiline-short", "repeated-key", "yaml-error", "no-schema-line", "surname-on-place", "ignore-case-not-bool"],
)
def test_mistakes_are_problems_with_lines(edit, expected):
    _term, _document, problems = parse_term(edit(GOOD), "x", "glossary/x.yml")
    assert any(expected in message for message in messages(problems)), messages(problems)


@pytest.mark.parametrize("text", [GOOD.replace("kind: place", "kind: person"),
                                  person("Akie Abe", "Abe").replace("as_of: 2025-02-07\n", "")], ids=["place-made-person", "person"])
def test_person_without_as_of_is_a_problem(text):
    _term, _document, problems = parse_term(text.replace("as_of: 2025-02-07\n", ""), "x", "glossary/x.yml")
    assert any("a person entry needs as_of" in message for message in messages(problems))


def test_a_missing_required_field_drops_the_term_but_reports_all_problems():
    term, _document, problems = parse_term(GOOD.replace("term: Senkaku Islands\n", "").replace("kind: place", "kind: rock"), "x", "x.yml")
    assert term is None
    assert len([problem for problem in problems if problem.is_error]) == 2


@pytest.mark.parametrize(
    "short",
    ["Japan's conservative ruling party, founded in 1955.", "The 45th U.S. president and, since 20 January 2025, the 47th.",
     "Capital of the U.S. state of Washington, D.C. area.", "A phrase Trump used in Jan. 2025."],
)
def test_plain_one_sentence_shorts_pass(short):
    assert short_problems(short) == []


@pytest.mark.parametrize(
    ("short", "problem"),
    [("See [the treaty](https://x.org).", "plain text"), ("A <b>bold</b> claim.", "plain text"), ("# Heading.", "plain text"),
     ("- a list item.", "plain text"), ("One. Two.", "one sentence"), ("Line one\nline two.", "one line"), ("No stop", "full stop")],
)
def test_shorts_that_are_not_one_plain_sentence(short, problem):
    assert any(problem in message for message in short_problems(short))


def test_see_also_must_name_a_known_term(tmp_path):
    settings = write_glossary(tmp_path, {"senkaku-islands": GOOD.replace("see_also: []", "see_also:\n  - okinawa-prefecure\n  - senkaku-islands")})
    glossary, problems = load_glossary(settings)
    found = messages(problems)
    assert "glossary/senkaku-islands.yml:17: see_also names an unknown term 'okinawa-prefecure' (the slug is the term's file name without .yml)" in found
    assert any("see_also names the term itself" in message for message in found)
    assert "senkaku-islands" in glossary.terms


def test_see_also_hint_suggests_the_closest_slug(tmp_path):
    files = {"senkaku-islands": GOOD.replace("see_also: []", "see_also:\n  - akie-ab"), "akie-abe": person("Akie Abe", "Abe")}
    _glossary, problems = load_glossary(write_glossary(tmp_path, files))
    assert any("did you mean 'akie-abe'?" in message for message in messages(problems))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (person("Shinzo Abe", "Abe", ["Abe Shinzo"]), person("Shinzo Abe Jr", "Abe", ["Abe Shinzo"])),
        (GOOD, GOOD.replace("term: Senkaku Islands", "term: Diaoyu Islands")),
        (GOOD, GOOD.replace("term: Senkaku Islands", "term: Diaoyu Islands").replace("  - Senkakus", "  - Senkaku Islands")),
        (GOOD.replace("  - Senkakus", "  - Prime Minister's Office"), GOOD.replace("term: Senkaku Islands", "term: Kantei").replace("  - Senkakus", "  - Prime Minister’s Office").replace("尖閣諸島", "官邸")),
        (GOOD.replace("kind: place", "kind: place\nignore_case: true"), GOOD.replace("term: Senkaku Islands", "term: Other").replace("  - Senkakus", "  - SENKAKU ISLANDS").replace("尖閣諸島", "x")),
    ],
    ids=["same-alias", "same-alias-different-term", "term-as-alias", "quote-variants", "ignore-case-clash"],
)
def test_two_entries_claiming_one_name_is_an_error(tmp_path, first, second):
    _glossary, problems = load_glossary(write_glossary(tmp_path, {"a-first": first, "b-second": second}))
    assert any("is a name of two entries: glossary/b-second.yml (newer) and glossary/a-first.yml" in message
               and message.startswith("glossary/b-second.yml:") for message in messages(problems)), messages(problems)


def test_a_name_clash_is_blamed_on_the_file_git_has_not_seen_yet(tmp_path):
    import subprocess

    second = GOOD.replace("term: Senkaku Islands", "term: Diaoyu Islands")
    settings = write_glossary(tmp_path, {"b-old": GOOD})
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(git + ["init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(git + ["add", "."], cwd=tmp_path, check=True)
    subprocess.run(git + ["commit", "-qm", "old entry"], cwd=tmp_path, check=True)
    (tmp_path / "glossary" / "a-new.yml").write_text(second, encoding="utf-8")  # the pull request's file
    problems = messages(load_glossary(settings)[1])
    assert any(message.startswith("glossary/a-new.yml:") and "glossary/a-new.yml (newer) and glossary/b-old.yml" in message
               for message in problems), problems


@pytest.mark.parametrize(
    "files",
    [
        {"akie-abe": person("Akie Abe", "Abe"), "shinzo-abe": person("Shinzo Abe", "Abe")},
        {"george-washington": person("George Washington", "Washington"),
         "washington": GOOD.replace("term: Senkaku Islands", "term: Washington").replace("  - Senkakus\n  - 尖閣諸島", "  - Washington, D.C.")},
        {"us": GOOD.replace("term: Senkaku Islands", "term: US").replace("  - Senkakus\n  - 尖閣諸島", "  - U.S."),
         "us-pronoun": GOOD.replace("term: Senkaku Islands", "term: us").replace("  - Senkakus\n  - 尖閣諸島", "  - we")},
    ],
    ids=["shared-surname", "surname-equals-place", "case-differs-without-ignore-case"],
)
def test_scoped_or_case_distinct_names_are_allowed(tmp_path, files):
    glossary, problems = load_glossary(write_glossary(tmp_path, files))
    assert [problem for problem in problems if problem.is_error] == []
    assert len(glossary) == len(files)


@pytest.mark.parametrize("content", [FIXTURE_CONTENT, ROOT], ids=["frozen", "live"])
def test_project_glossary_has_no_problems_and_every_entry_has_sources(content):
    glossary, problems = load_glossary(Settings(root=content))
    assert messages(problems) == []
    for term in glossary:
        assert term.sources and all(source.url.startswith(("https://", "http://")) for source in term.sources)
        assert term.kind in KINDS


def test_frozen_glossary_covers_the_first_brief():
    glossary, _problems = load_glossary(Settings(root=FIXTURE_CONTENT))
    wanted = {"senkaku-islands", "article-5-of-the-japan-us-security-treaty", "japan-us-security-treaty", "free-and-open-indo-pacific",
              "taiwan-strait", "okinawa-prefecture", "haneda-airport", "prime-ministers-office-kantei", "chief-cabinet-secretary",
              "japan-defence-spending-target-2-percent-of-gdp", "nippon-steel-bid-for-us-steel", "japan-us-alliance", "golden-age",
              "shigeru-ishiba", "donald-trump", "takeshi-iwaya", "benjamin-netanyahu", "akie-abe", "shinzo-abe", "yoshimasa-hayashi",
              "nippon-steel", "united-states-steel"}
    assert wanted <= set(glossary.terms)
    persons = [term for term in glossary if term.kind == "person"]
    assert persons and all(term.as_of and term.surname for term in persons)


def test_committed_schema_equals_the_generated_one():
    committed = json.loads((ROOT / "schemas" / "glossary.schema.json").read_text(encoding="utf-8"))
    assert committed == glossary_schema()


@pytest.mark.parametrize("content", [FIXTURE_CONTENT, ROOT], ids=["frozen", "live"])
def test_schema_accepts_every_project_entry(content):
    schema = glossary_schema()
    for file in sorted((content / "glossary").glob("*.yml")):
        data = json.loads(json.dumps(yaml.safe_load(file.read_text(encoding="utf-8")), default=str))
        jsonschema.validate(data, schema)


@pytest.mark.parametrize(
    "edit",
    [lambda data: data.update(kind="island"), lambda data: data.update(colour="blue"), lambda data: data.pop("sources"),
     lambda data: data.update(sources=[{"title": "x", "url": "ftp://x"}]), lambda data: data.update(kind="person"),
     lambda data: data.update(surname="Islands"), lambda data: data.update(short="two\nlines.")],
    ids=["kind", "unknown-key", "no-sources", "ftp", "person-without-as-of", "surname-on-place", "multiline-short"],
)
def test_schema_rejects_what_the_loader_rejects(edit):
    data = json.loads(json.dumps(yaml.safe_load(GOOD), default=str))
    data.pop("as_of")
    edit(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, glossary_schema())


def test_problems_are_sorted_by_file_and_every_file_is_read(tmp_path):
    settings = write_glossary(tmp_path, {"b-bad": "term: [", "a-bad": textwrap.dedent(GOOD).replace("kind: place", "kind: x")})
    glossary, problems = load_glossary(settings)
    assert [problem.path for problem in problems if problem.is_error] == ["glossary/a-bad.yml", "glossary/b-bad.yml"]
    assert len(glossary) == 0


def test_the_contributing_guides_worked_example_is_a_valid_entry():
    guide = (ROOT / "docs" / "contributing.md").read_text(encoding="utf-8")
    example = guide.split("<!-- example: write glossary/harbour-council.yml -->\n```yaml\n", 1)[1].split("```", 1)[0]
    term, _document, problems = parse_term(example, "harbour-council", "glossary/harbour-council.yml")
    assert problems == [] and term.term == "Harbour council" and term.kind == "organisation"


# --- kinds that go stale, the office kind and the review trail -------------------------

@pytest.mark.parametrize("kind", ["person", "office", "organisation", "policy-or-concept", "event"])
def test_a_kind_that_goes_stale_needs_as_of(tmp_path, kind):
    settings = _stale_project(tmp_path, f"term: Example\nkind: {kind}\nshort: An example.\ndefinition: Text.\n"
                                        "sources:\n  - title: A\n    url: https://example.org/a\n")
    _, problems = load_glossary(settings)
    assert [p.message for p in problems] == [f"a {kind} entry needs as_of"]
    assert problems[0].line == 3  # the kind line


@pytest.mark.parametrize("kind", ["place", "treaty-or-law"])
def test_a_lasting_kind_may_leave_out_as_of(tmp_path, kind):
    settings = _stale_project(tmp_path, f"term: Example\nkind: {kind}\nshort: An example.\ndefinition: Text.\n"
                                        "sources:\n  - title: A\n    url: https://example.org/a\n")
    assert load_glossary(settings)[1] == []


def test_reviewed_by_without_a_date_is_an_error_and_the_pair_is_kept(tmp_path):
    body = ("term: Example\nkind: place\nshort: An example.\ndefinition: Text.\n"
            "sources:\n  - title: A\n    url: https://example.org/a\nreviewed_by: a reviewer\n")
    settings = _stale_project(tmp_path, body)
    problems = load_glossary(settings)[1]
    assert [(p.line, p.message) for p in problems] == [(9, "reviewed_by needs reviewed")]
    (tmp_path / "glossary" / "example.yml").write_text(SCHEMA_LINE + "\n" + body + "reviewed: 2026-01-02\n",
                                                       encoding="utf-8")
    glossary, problems = load_glossary(settings)
    assert problems == []
    assert (glossary.get("example").reviewed_by, glossary.get("example").reviewed) == ("a reviewer", "2026-01-02")


def _stale_project(tmp_path, body):
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "example.yml").write_text(SCHEMA_LINE + "\n" + body, encoding="utf-8")
    return Settings(root=tmp_path)
