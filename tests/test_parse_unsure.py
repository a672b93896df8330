"""What the parser guessed: `Article.extra["unsure"]`, field -> reason, from the rules that fired.

Every article here is invented. A clear header gives no mark; each weaker rule gives its own;
a field the front matter states is never unsure.
"""

from __future__ import annotations

import json

import pytest

from briefs.sources.pasted_text import parse_article
from briefs.sources.saved_page import parse_html
from conftest import run_briefs

BODY = (
    "The harbour board voted on Monday to run a night ferry to the outer islands from May.\n"
    "The first sailing will leave at nine in the evening, the board said in a statement.\n"
)


def unsure(text: str) -> dict[str, str]:
    return parse_article(text).extra.get("unsure", {})


@pytest.mark.parametrize(
    "header",
    [
        "Night Ferry to Run to the Outer Islands\nBy Ines Calder\n10:30 JST, March 3, 2025\n",
        "Politics\nNight Ferry to Run to the Outer Islands\n2025-03-03T10:30:00+09:00\n",
        "Night Ferry to Run to the Outer Islands\nMarch 3, 2025\n",  # a date alone needs no zone
        "Night Ferry to Run to the Outer Islands\nFeb 28, 2025 Updated Mar 3, 2025\n",  # the first date is bare
    ],
    ids=["byline-zone", "section-iso", "date-only", "published-then-updated"],
)
def test_a_clear_header_leaves_nothing_unsure(header):
    article = parse_article(header + BODY)
    assert article.title == "Night Ferry to Run to the Outer Islands"
    assert "unsure" not in article.extra and "unsure" not in article.to_json()


@pytest.mark.parametrize(
    "header, field, reason",
    [
        (
            "Lighthouse Keepers Return to the Northern Cape After Forty Years\n"
            "Volunteers Restore the Lamp Room and the Old Foghorn for Visitors\n10:30 JST, March 3, 2025\n",
            "title",
            "headline chosen among 2 similar lines",
        ),
        ("Night Ferry to Run to the Outer Islands\n07/05/2025\n", "published", "date 07/05/2025 reads two ways"),
        ("Night Ferry to Run to the Outer Islands\nMarch 3, 2025 10:30\n", "published", "time without a time zone"),
        ("Night Ferry to Run to the Outer Islands\n03.03.2025 10:30 Uhr\n", "published", "time without a time zone"),
        (
            "Night Ferry to Run to the Outer Islands\nUpdated 10:30 AM EST, March 3, 2025\n",
            "published",
            "only an update time was found",
        ),
        ("Harbour Ferry Plan\n10:30 JST, March 3, 2025\n", "title", "the headline scored like a site's name"),
        ("", "title", "no headline found"),
        ("Night Ferry to Run to the Outer Islands\n", "published", "no publication date found"),
        (
            "Night Ferry to Run to the Outer Islands\nA ferry at the quay in the evening light, last week.\n"
            "March 3, 2025\n",
            "caption",
            "caption without a photo credit, taken by its place",
        ),
    ],
    ids=["two-headlines", "name-shaped", "ambiguous", "no-zone", "no-zone-dotted", "update-only", "no-headline",
         "no-date", "caption-without-credit"],
)
def test_each_guess_is_marked_with_its_reason(header, field, reason):
    found = unsure(header + BODY)
    assert reason in found[field]
    assert set(found) <= {"title", "published", "byline", "section", "caption"}


def test_a_headline_under_the_time_line_replaces_a_name_shaped_one_and_is_not_marked():
    article = parse_article("The Island Courier\n10:30 JST, March 3, 2025\nNight Ferry to Run to the Islands From May\n"
                            + BODY)
    assert article.title == "Night Ferry to Run to the Islands From May" and "unsure" not in article.extra


def test_a_date_from_the_body_and_an_author_box_are_marked():
    text = (
        "Night Ferry to Run to the Outer Islands\n\n" + BODY + "Crews will be hired on the islands before the summer.\n"
        "March 3, 2025 10:30 JST\n\n"
        "About the author\nInes Calder\nInes Calder writes about the islands and their boats.\n"
    )
    found = unsure(text)
    assert found["published"] == "date taken from the body, not the header"
    assert found["byline"] == "byline from an author box after the article"


def test_a_section_from_a_list_after_the_article_is_marked_one_above_the_headline_is_not():
    tail = "More in Transport\nNew Bus Line for the Old Town\nBridge Repairs Finish Early\n"
    below = parse_article("Night Ferry to Run to the Outer Islands\n10:30 JST, March 3, 2025\n" + BODY + tail)
    assert below.section == "Transport"
    assert below.extra["unsure"] == {"section": "section from a list heading after the article"}
    above = parse_article("Transport\nNight Ferry to Run to the Outer Islands\n10:30 JST, March 3, 2025\n" + BODY
                          + tail)
    assert above.section == "Transport" and "unsure" not in above.extra


def test_a_date_settled_by_the_weekday_is_marked_one_settled_by_the_dateline_is_not():
    weekday = "Night Ferry to Run to the Outer Islands\n03/07/2025\nThe board voted on Friday to run a ferry.\n"
    assert parse_article(weekday + BODY).published_iso == "2025-03-07"  # a Friday; 3 July 2025 is a Thursday
    assert "read by the weekday" in unsure(weekday + BODY)["published"]
    dateline = "Night Ferry to Run to the Outer Islands\n03/07/2025\nPARIS, March 7 (Reuters) - " + BODY
    assert parse_article(dateline).published_iso == "2025-03-07"
    assert "published" not in unsure(dateline)


@pytest.mark.parametrize(
    "front_matter",
    [
        "---\npublished: 2025-04-03\n---\n",
        "---\npublished: '2025-04-03T10:30+09:00'\ntitle: Night Ferry to Run\n---\n",
    ],
    ids=["date", "date-and-title"],
)
def test_a_field_stated_in_front_matter_is_never_unsure(front_matter):
    text = front_matter + "Night Ferry to Run to the Outer Islands\n03/04/2025 10:30\n" + BODY
    article = parse_article(text)
    assert article.published_iso.startswith("2025-04-03")
    assert "published" not in article.extra.get("unsure", {})
    assert "published" in unsure(text.split("---\n", 2)[2])  # the same text without the block is unsure


def test_parse_json_shows_what_is_unsure(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Night Ferry to Run to the Outer Islands\nMarch 3, 2025 10:30\n" + BODY, encoding="utf-8")
    result = run_briefs("parse", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["unsure"] == {"published": "time without a time zone"}


PAGE_BODY = (
    "<h1>Tide Gauge Records Highest Water in a Decade</h1>"
    "<p>The tide gauge at the old harbour recorded its highest water in ten years on Tuesday night, the port said.</p>"
    "<p>Several streets near the quay were closed for two hours while the water went down again slowly.</p>"
)


def page(head: str = "", after: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Tide Gauge Records Highest Water in a Decade</title>{head}</head>"
        f"<body><article>{PAGE_BODY}</article>{after}</body></html>"
    )


STATED_TIME = '<meta property="article:published_time" content="2025-03-05T08:00:00+00:00">'


@pytest.mark.parametrize(
    "html, expected",
    [
        (page(STATED_TIME), {}),
        (page('<meta name="author" content="Marta Lindqvist">' + STATED_TIME), {}),
        (
            page(STATED_TIME, "<aside><h3>About the author</h3><p>Marta Lindqvist</p><p>On tides.</p></aside>"),
            {"byline": "byline from the page's author box, not its metadata"},
        ),
        (
            page('<meta property="article:published_time" content="2025-03-05T08:00:00">'),
            {"published": "time without a time zone"},
        ),
        (
            page('<link rel="canonical" href="https://example.org/news/2025/03/05/tide-gauge">'),
            {"published": "date not stated as the publication time: trafilatura's reading of the page"},
        ),
        (page(), {"published": "no publication date found"}),
    ],
    ids=["metadata", "metadata-author", "author-box", "no-zone", "date-from-address", "no-date"],
)
def test_a_saved_page_marks_what_its_metadata_does_not_state(html, expected):
    assert parse_html(html).extra.get("unsure", {}) == expected
