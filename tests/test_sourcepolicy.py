"""The source denylist (`briefs.content.source_policy`): which hosts it refuses, its file, and the check's messages."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from briefs.errors import Problem
from briefs.settings import Settings, settings_from_config_file
from briefs.content.source_policy import DENIED_HINT, DENYLIST_FILE, host_of, load_denylist, parse_denylist
from briefs.contribute.check import CHECKERS, CheckRun, check_sources
from conftest import ROOT, run_briefs

DENYLIST = """\
- domain: devdiscourse.com
  reason: "aggregator: re-publishes wire copy"
- domain: aggregator.oikosix.com
  reason: "aggregator"
"""
DENYLIST_REASON = "aggregator: re-publishes wire copy"


def denylist():
    found, problems = parse_denylist(DENYLIST, DENYLIST_FILE)
    assert problems == []
    return found


@pytest.mark.parametrize("url, host", [
    ("https://www.example.com/a", "www.example.com"),
    ("HTTPS://WWW.Example.COM/a", "www.example.com"),
    ("https://user:secret@example.com:8443/a", "example.com"),
    ("https://example.com./a", "example.com"),
    ("  https://example.com/a  ", "example.com"),
    ("example.com/a", "example.com"),
    ("https://example%2Ecom/a", "example.com"),
    ("https://example\uff0ecom/a", "example.com"),
    ("https://[broken/a", None),
    ("https:///path-only", None),
    ("", None),
], ids=["plain", "case", "userinfo-and-port", "trailing-dot", "spaces", "no-scheme", "percent-escaped-dot",
        "full-width-dot", "unclosed-bracket", "no-host", "empty"])
def test_host_of_reads_the_host_a_browser_would_visit(url, host):
    assert host_of(url) == host


@pytest.mark.parametrize("url, denied", [
    ("https://devdiscourse.com/article/1", "devdiscourse.com"),
    ("https://www.devdiscourse.com/article/1", "devdiscourse.com"),
    ("http://www.devdiscourse.com/article/1", "devdiscourse.com"),
    ("https://WWW.DevDiscourse.COM/article/1", "devdiscourse.com"),
    ("https://news.eu.devdiscourse.com/x", "devdiscourse.com"),
    ("https://www.devdiscourse.com:8080/article/1", "devdiscourse.com"),
    ("https://reader:pw@www.devdiscourse.com/article/1", "devdiscourse.com"),
    ("https://www.reuters.com@devdiscourse.com/article/1", "devdiscourse.com"),
    ("https://devdiscourse.com\\@www.reuters.com/article/1", "devdiscourse.com"),
    ("https://www.devdiscourse.com./article/1", "devdiscourse.com"),
    ("https://aggregator.oikosix.com/2025/10/19/x", "aggregator.oikosix.com"),
    ("https://www.aggregator.oikosix.com/x", "aggregator.oikosix.com"),
    ("https://notdevdiscourse.com/article/1", None),
    ("https://devdiscourse.com.example.org/article/1", None),
    ("https://www.reuters.com/devdiscourse.com/article", None),
    ("https://www.reuters.com/?via=https://devdiscourse.com", None),
    ("https://devdiscourse.com@www.reuters.com/article", None),
    ("https://oikosix.com/about", None),
    ("https://[devdiscourse.com/article", None),
    ("not an address", None),
], ids=["bare", "www", "http", "mixed-case", "deep-subdomain", "port", "userinfo", "userinfo-hides-denied-host",
        "backslash-read-as-slash", "trailing-dot", "listed-subdomain", "below-listed-subdomain",
        "same-ending-letters", "denied-name-as-a-label-of-another-host", "denied-name-in-path",
        "denied-name-in-query", "denied-name-as-userinfo", "parent-of-listed-subdomain", "malformed", "not-a-url"])
def test_match_denies_a_domain_and_its_subdomains_by_whole_labels(url, denied):
    entry = denylist().match(url)
    assert (entry.domain if entry else None) == denied


@pytest.mark.parametrize("text, line, message", [
    ("domain: devdiscourse.com\n", 1, "the denylist must be a list of {domain, reason}"),
    ("- devdiscourse.com\n", 1, "entry 1 must be a mapping with domain and reason"),
    ("- domain: devdiscourse.com\n", 1, "entry 1: reason must be one line"),
    ("- domain: a.com\n  reason: x\n- domain: https://devdiscourse.com\n  reason: x\n", 3,
     "entry 2: domain must be a host name such as example.com, not 'https://devdiscourse.com'"),
    ("- domain: devdiscourse.com/news\n  reason: x\n", 1, "domain must be a host name"),
    ("- domain: '*.devdiscourse.com'\n  reason: x\n", 1, "domain must be a host name"),
    ("- domain: com\n  reason: x\n", 1, "domain must be a host name"),
    ("- domain: devdiscourse.com\n  reason: ''\n", 2, "entry 1: reason must be one line"),
    ("- domain: devdiscourse.com\n  reason: x\n  added: 2025\n", 3, "unknown key 'added' in entry 1"),
    ("- domain: devdiscourse.com\n  reason: x\n- domain: DevDiscourse.com\n  reason: y\n", 3,
     "devdiscourse.com is listed twice"),
    ("- domain: devdiscourse.com\n  reason: x\n- domain: www.devdiscourse.com\n  reason: y\n", 3,
     "www.devdiscourse.com is already denied by devdiscourse.com"),
    ("- domain: devdiscourse.com\n  reason: x\n  - oops\n", 3, "invalid YAML"),
], ids=["not-a-list", "entry-not-a-mapping", "no-reason", "scheme", "path", "wildcard", "one-label",
        "empty-reason", "unknown-key", "duplicate-in-other-case", "covered-subdomain", "syntax"])
def test_a_malformed_denylist_is_reported_on_its_line(text, line, message):
    _, problems = parse_denylist(text, DENYLIST_FILE)
    assert [(problem.path, problem.line) for problem in problems] == [(DENYLIST_FILE, line)]
    assert message in problems[0].message


def test_a_denylist_entry_keeps_its_reason_on_one_line_and_its_domain_in_lower_case():
    found, problems = parse_denylist("- domain: Example.COM\n  reason: >\n    copies   others'\n    stories\n", "x")
    assert problems == []
    assert [(entry.domain, entry.reason, entry.line) for entry in found.domains.values()] == [
        ("example.com", "copies others' stories", 1)]


def test_the_repository_denylist_is_well_formed():
    found, problems = load_denylist(ROOT)
    assert problems == []
    assert all(entry.reason for entry in found.domains.values())


def test_a_project_without_a_denylist_denies_nothing(tmp_path):
    found, problems = load_denylist(tmp_path)
    assert (len(found), problems) == (0, [])


# --- the checker, on small projects written here ------------------------------------------------

TERM = """\
# yaml-language-server: $schema=../schemas/glossary.schema.json
term: Testshire
kind: place
short: An invented county for tests.
definition: |
  Testshire exists only in tests.
sources:
  - title: Testshire Council
    url: https://testshire.example.org/about
  - title: A copy
    url: {url}
"""

ANNOTATION = """\
source:
  name: The Wire
  url: {article}
notes:
  - id: first-note
    quote: some words
    type: context
    body: A note.
    sources:
      - title: Original report
        url: https://www.reuters.com/world/x
      - title: A copy
        url: {note}
"""

ACCEPTED = "https://www.reuters.com/world/x"


def make_project(root: Path, *, denylist: str | None = DENYLIST, term_url: str = ACCEPTED,
                 article: str = ACCEPTED, note: str = ACCEPTED) -> Settings:
    """A project of one glossary entry and one annotation file, with `denylist` as its denylist."""
    for folder in ("glossary", "annotations", "seeds", "editorial"):
        (root / folder).mkdir(exist_ok=True)
    (root / "glossary" / "testshire.yml").write_text(TERM.format(url=term_url), encoding="utf-8")
    (root / "annotations" / "2025-01-01-brief.yml").write_text(ANNOTATION.format(article=article, note=note),
                                                              encoding="utf-8")
    if denylist is not None:
        (root / DENYLIST_FILE).write_text(denylist, encoding="utf-8")
    return Settings(root=root)


def sources_problems(settings: Settings) -> list[Problem]:
    return check_sources(CheckRun(settings))


def test_the_check_registers_the_sources_checker():
    assert dict(CHECKERS)["sources"] is check_sources


def test_a_glossary_source_from_a_denied_subdomain_is_an_error_on_its_line(tmp_path):
    settings = make_project(tmp_path, term_url="http://WWW.DevDiscourse.com:80/article/1")
    assert sources_problems(settings) == [Problem(
        "glossary/testshire.yml", 11,
        f"source 2 comes from devdiscourse.com, which the editorial standard does not accept: {DENYLIST_REASON}",
        DENIED_HINT)]


def test_a_note_source_and_the_brief_source_from_denied_domains_are_errors(tmp_path):
    settings = make_project(tmp_path, article="https://devdiscourse.com/a", note="https://aggregator.oikosix.com/b")
    problems = sources_problems(settings)
    assert [(problem.path, problem.line, problem.message.split(" which")[0]) for problem in problems] == [
        ("annotations/2025-01-01-brief.yml", 3, "the brief's source comes from devdiscourse.com,"),
        ("annotations/2025-01-01-brief.yml", 13, "note 'first-note': source 2 comes from aggregator.oikosix.com,"),
    ]
    assert all(problem.is_error and problem.hint == DENIED_HINT for problem in problems)


@pytest.mark.parametrize("url", [
    "https://notdevdiscourse.com/article", "https://oikosix.com/about", "https://www.reuters.com/devdiscourse.com",
    "https://[devdiscourse.com/broken",
], ids=["same-ending-letters", "parent-of-listed-subdomain", "name-in-path", "malformed"])
def test_accepted_or_unreadable_addresses_are_not_denied(tmp_path, url):
    settings = make_project(tmp_path, term_url=url, article=url, note=url)
    assert sources_problems(settings) == []


def test_a_term_file_with_other_mistakes_is_still_screened(tmp_path):
    # The term is invalid (no kind), so the loaded glossary holds nothing of it: the
    # checker must read the file itself rather than miss the denied source.
    settings = make_project(tmp_path, term_url="https://www.devdiscourse.com/a")
    path = tmp_path / "glossary" / "testshire.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("kind: place\n", ""), encoding="utf-8")
    assert [(problem.path, problem.line) for problem in sources_problems(settings)] == [("glossary/testshire.yml", 10)]


def test_a_source_without_a_title_is_still_screened(tmp_path):
    settings = make_project(tmp_path, term_url="https://www.devdiscourse.com/a")
    path = tmp_path / "glossary" / "testshire.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("  - title: A copy\n    url:", "  - url:"),
                    encoding="utf-8")
    assert [problem.line for problem in sources_problems(settings)] == [10]


def test_without_a_denylist_every_source_is_accepted(tmp_path):
    settings = make_project(tmp_path, denylist=None, term_url="https://devdiscourse.com/a")
    assert sources_problems(settings) == []


def test_a_malformed_denylist_fails_the_check_with_its_own_line(tmp_path):
    settings = make_project(tmp_path, denylist="- domain: https://devdiscourse.com\n  reason: x\n")
    problems = sources_problems(settings)
    assert [(problem.path, problem.line, problem.is_error) for problem in problems] == [(DENYLIST_FILE, 1, True)]


def test_the_check_command_prints_the_denied_source_and_fails(project):
    denied = textwrap.dedent("""\
        - domain: copyfarm.example
          reason: "content farm: copies of other outlets' stories"
    """)
    (project / "editorial").mkdir(exist_ok=True)
    (project / DENYLIST_FILE).write_text(denied, encoding="utf-8")
    (project / "glossary" / "testshire.yml").write_text(TERM.format(url="https://www.CopyFarm.example/x"),
                                                       encoding="utf-8")
    result = run_briefs("--root", str(project), "check")
    assert result.returncode == 1
    assert ("glossary/testshire.yml:11: source 2 comes from copyfarm.example, which the editorial standard does "
            "not accept: content farm: copies of other outlets' stories (" + DENIED_HINT + ")") in result.stderr


def test_the_live_project_cites_no_denied_source():
    settings = settings_from_config_file(ROOT / "mkdocs.yml")
    problems = sources_problems(settings)
    assert problems == [], "\n".join(problem.format() for problem in problems)
