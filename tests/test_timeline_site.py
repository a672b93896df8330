"""The timeline on the site: `<time>` marks, the brief's section, the site page, term links."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config

from briefs.build import BuildCache, build_site, timeline_stage
from briefs.content.glossary import Glossary, Term, TermSource
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import NO_MENTIONS, BriefMentions, Matcher, mentions_of
from briefs.facts.notes import anchor_notes
from briefs.facts.timeline import DateEvent
from briefs.model import Annotation, Article, Brief, Citation, Note, Paragraph
from briefs.render.brief import article_spans, brief_sections, render_brief
from briefs.render.inline import Layer, link_span, render_marked_text
from briefs.render.notes import note_span
from briefs.render.timeline import DateMarks, datetime_attribute, date_label, time_spans, timeline_pages
from briefs.settings import Settings
from conftest import ROOT, SEED_SLUG, build_or_fail, copy_project

JST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2025, 2, 7, 16, 9, tzinfo=JST)
NO_TERMS = Glossary()


def make_brief(*paragraphs: str, slug: str = "2025-02-07-a", title: str = "A Headline",
               notes: tuple[Note, ...] = ()) -> Brief:
    article = Article(
        title=title, caption=None, published=PUBLISHED, zone_name="JST", published_has_time=True, section=None,
        byline=None, dateline=None, source=None,
        paragraphs=tuple(Paragraph(text, number) for number, text in enumerate(paragraphs, start=1)),
    )
    # The digest keys the build cache, so it must follow the text as a seed's would.
    digest = hashlib.sha256("\n\n".join(paragraphs).encode()).hexdigest()
    return Brief(slug=slug, seed_path=f"seeds/{slug}.txt", seed_sha256=digest, article=article,
                 annotation=Annotation(path=f"annotations/{slug}.yml", source=None, retrieved=None, notes=notes))


def dated(*briefs: Brief, mentions: dict[str, BriefMentions] | None = None) -> list[BriefFacts]:
    """Each brief with the dates the timeline stage finds in it (and `mentions`, by slug, if given)."""
    events = timeline_stage(list(briefs), BuildCache())
    found = mentions or {}
    return [BriefFacts(brief, found.get(brief.slug, NO_MENTIONS), events[brief.slug]) for brief in briefs]


def term(slug: str, name: str, surname: str | None = None) -> Term:
    return Term(slug, name, "person", (), surname, False, f"About {name}.", "Text.", "2025-02-07",
                (TermSource("Ref", "https://example.org/"),), (), f"glossary/{slug}.yml")


PEOPLE = Glossary({item.slug: item for item in [
    term("fumio-kishida", "Fumio Kishida", "Kishida"),
    term("shinzo-abe", "Shinzo Abe", "Abe"),
]})


@pytest.fixture
def site_settings(tmp_path) -> Settings:
    return Settings(root=tmp_path)


def timeline_page(briefs: list[BriefFacts], settings: Settings, glossary: Glossary = NO_TERMS) -> str:
    """`timeline.md` of a timeline small enough to be one page."""
    pages = timeline_pages(briefs, glossary, settings, DateMarks())
    assert list(pages) == ["timeline.md"]
    return pages["timeline.md"]


@pytest.fixture(scope="module")
def to_html():
    config = load_config(str(ROOT / "mkdocs.yml"))
    extensions = [ext for ext in config["markdown_extensions"] if ext != "toc"]
    return lambda text: markdown.Markdown(extensions=extensions, extension_configs=config["mdx_configs"]).convert(text)


def event(date: str, precision: str, part: str | None = None) -> DateEvent:
    return DateEvent(date, precision, part, "x", 0, 0, 1, "x")


@pytest.mark.parametrize("item, label, attribute", [
    (event("2025-02-06", "day"), "Thursday, 6 February 2025", "2025-02-06"),
    (event("2025-02-10", "week"), "the week of 10 February 2025", "2025-W07"),
    (event("2024-12-30", "week"), "the week of 30 December 2024", "2025-W01"),
    (event("2024-11", "month"), "November 2024", "2024-11"),
    (event("2025-01", "part-of-month", "mid"), "mid-January 2025", "2025-01"),
    (event("2025-03", "part-of-month", "late"), "late March 2025", "2025-03"),
    (event("2016", "year"), "2016", "2016"),
    (event("2023", "year", "early"), "early 2023", "2023"),
    (event("1990", "decade"), "the 1990s", "1990"),
], ids=lambda value: value if isinstance(value, str) else None)
def test_label_and_datetime_attribute(item, label, attribute):
    assert date_label(item.first_day, item.precision, item.part) == label
    assert datetime_attribute(item.date, item.first_day, item.precision) == attribute


def test_time_span_marks_the_whole_expression():
    item = DateEvent("2025-01-20", "day", None, "on Jan. 20", 0, 22, 32, "Trump took office on Jan. 20.")
    (span,) = time_spans(item, DateMarks())
    assert (span.start, span.end, span.layer) == (22, 32, Layer.INNER)
    assert span.opening == '<time datetime="2025-01-20" title="Monday, 20 January 2025">'


def test_date_marks_are_made_once_per_date_and_sentence():
    marks = DateMarks()
    first = DateEvent("2025-01-20", "day", None, "on Jan. 20", 0, 18, 28, "Trump took office on Jan. 20.")
    again = DateEvent("2025-01-20", "day", None, "Jan. 20", 3, 0, 7, "Jan. 20 was cold.")
    assert marks.opening(first) is marks.opening(again)
    opening = '<time datetime="2025-01-20" title="Monday, 20 January 2025">'
    assert marks.opening(first) == opening
    assert marks.date_mark(first) == f"{opening}Monday, 20 January 2025</time>"
    assert marks.sentence(first) == "Trump took office <strong>on Jan\\. 20</strong>\\."
    assert marks.sentence(first) is marks.sentence(first)


def test_time_mark_keeps_clear_of_a_glossary_link_inside_it(to_html):
    text = "The talks began (early Saturday Japan time)."
    start = text.index("early")
    item = DateEvent("2025-02-08", "day", None, "early Saturday Japan time", 0, start, start + 25, text)
    japan = text.index("Japan")
    link = link_span(japan, japan + 5, "../glossary/japan.md", "An island nation")
    spans = time_spans(item, DateMarks(), [link])
    assert [(span.start, span.end) for span in spans] == [(start, start + len("early Saturday"))]
    html = to_html(render_marked_text(text, [link, *spans]))
    assert '<time datetime="2025-02-08" title="Saturday, 8 February 2025">early Saturday</time>' in html
    assert '<a href="../glossary/japan.md" title="An island nation">Japan</a> time)' in html


def test_date_covered_by_a_link_still_renders_its_text(to_html):
    text = "The Jan. 20 inauguration drew crowds."
    item = DateEvent("2025-01-20", "day", None, "Jan. 20", 0, 4, 11, text)
    link = link_span(4, 24, "../glossary/inauguration.md")
    assert time_spans(item, DateMarks(), [link]) == []
    html = to_html(render_marked_text(text, [link, *time_spans(item, DateMarks(), [link])]))
    assert ">Jan. 20 inauguration</a> drew crowds." in html


def test_stage_finds_the_dates_and_the_page_marks_them_with_a_section(site_settings, to_html):
    brief = make_brief("Trump took office on Jan. 20.", "Ishiba is scheduled to return to Japan on Saturday.")
    events = timeline_stage([brief], BuildCache())
    assert [event.date for event in events[brief.slug]] == ["2025-01-20", "2025-02-08"]
    html = to_html(render_brief(BriefFacts(brief, events=events[brief.slug]), NO_TERMS, site_settings))
    assert 'took office <time datetime="2025-01-20" title="Monday, 20 January 2025">on Jan. 20</time>.' in html
    assert '<h2 data-search-exclude id="timeline">Timeline</h2>' in html
    section = html[html.index('id="timeline"'):]
    assert section.index("20 January 2025") < section.index("8 February 2025")
    assert "<strong>on Saturday</strong>" in section


def test_brief_without_dates_gets_no_marks_and_no_section(site_settings):
    brief = make_brief("Nothing here is dated.")
    (facts,) = dated(brief)
    assert facts.events == ()
    spans, _caption = article_spans(facts, NO_TERMS, site_settings, DateMarks())
    assert spans == [[]]
    assert "timeline" not in [section.name for section in brief_sections(facts, NO_TERMS, site_settings, DateMarks())]


def test_time_marks_keep_the_spans_of_other_facts(site_settings):
    note = Note("n", "Trump", "", "", "context", "A note.", (Citation("A source", "https://example.org/s"),), 3)
    brief = make_brief("Trump took office on Jan. 20.", notes=(note,))
    anchored, problems = anchor_notes(brief.article, brief.annotation.notes, brief.annotation.path)
    assert problems == []
    (facts,) = dated(brief)
    facts = BriefFacts(brief, events=facts.events, notes=tuple(anchored))
    (spans,), _caption = article_spans(facts, NO_TERMS, site_settings, DateMarks())
    assert note_span(anchored[0]) in spans and len(spans) == 2
    assert {span.layer for span in spans} == {Layer.OUTER, Layer.INNER}


def test_hostile_sentence_stays_text(site_settings, to_html):
    brief = make_brief("<script>alert(1)</script> *Officials* said on Jan. 20 [x](javascript:alert(1)).")
    briefs = dated(brief)
    for page in (render_brief(briefs[0], NO_TERMS, site_settings), timeline_page(briefs, site_settings)):
        html = to_html(page.split("---\n", 2)[-1])
        assert "<script" not in html and "<em>" not in html and 'href="javascript' not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_site_page_groups_by_year_and_month_and_links_each_brief(site_settings, to_html):
    first = make_brief("In December, Akie Abe visited the United States.", slug="2025-02-07-a", title="First")
    second = make_brief("Abe met Trump on Feb. 10, 2017.", "Growth slowed in the 1990s.",
                        slug="2025-02-08-b", title="Second")
    page = timeline_page(dated(first, second), site_settings)
    assert page.startswith("---\ntitle: Timeline\nsearch:\n  exclude: true\n---\n")
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert headings == ["# Timeline", "## The 1990s", "## 2017", "### February 2017", "## 2024", "### December 2024"]
    assert "[Second](briefs/2025-02-08-b.md)" in page and "[First](briefs/2025-02-07-a.md)" in page
    html = to_html(page.split("---\n", 2)[-1])
    assert '<time datetime="2017-02-10" title="Friday, 10 February 2017">Friday, 10 February 2017</time>' in html


def test_site_page_names_the_terms_of_each_sentence(site_settings):
    brief = make_brief("Shinzo Abe met Trump on Feb. 10, 2017. Fumio Kishida spoke in 2022.")
    mentions, problems = mentions_of(brief, Matcher(PEOPLE), site_settings.root)
    assert problems == []
    (facts,) = dated(brief, mentions={brief.slug: mentions})
    sentences = [(event.paragraph, event.sentence_start, event.sentence_end) for event in facts.events]
    assert sentences == [(0, 0, 38), (0, 39, 67)]
    entries = [line for line in timeline_page([facts], site_settings, PEOPLE).splitlines() if line.startswith("- ")]
    assert entries[0].endswith(" · [Shinzo Abe](glossary/shinzo-abe.md)") and "kishida" not in entries[0]
    assert entries[1].endswith(" · [Fumio Kishida](glossary/fumio-kishida.md)") and "shinzo-abe" not in entries[1]


def test_site_page_entry_without_terms_names_none(site_settings):
    (facts,) = dated(make_brief("Shinzo Abe met Trump on Feb. 10, 2017."))
    (entry,) = [line for line in timeline_page([facts], site_settings, PEOPLE).splitlines() if line.startswith("- ")]
    assert " · " not in entry and "glossary" not in entry


def test_site_page_without_events_says_so(site_settings):
    assert "No dated events yet." in timeline_page([], site_settings)


def test_build_is_deterministic_and_has_the_timeline_page(frozen_project):
    settings = Settings(root=frozen_project)
    first, second = build_site(settings), build_site(settings)
    assert first.pages == second.pages
    page = first.pages["timeline.md"]
    assert f"(briefs/{SEED_SLUG}.md)" in page
    assert page.index("### November 2024") < page.index("### December 2024") < page.index("### January 2025")


HOSTILE_PIECES = st.sampled_from([
    "<b>", "</time>", "<script>", "*", "_", "`", "[x](y)", "&amp;", "\"", "'", "\\", "#", "> ", "on Jan. 20",
    "in mid-January", "early Saturday Japan time", "on Thursday", "2017", "in 2016", "{: .x }", "!!! note", " ",
])
ALLOWED_TAGS = {"p", "ul", "li", "time", "strong", "a", "h2"}


@settings(deadline=None)
@given(st.lists(HOSTILE_PIECES, min_size=1, max_size=12).map("".join))
def test_no_sentence_renders_live_html(text):
    import re

    site_settings = Settings(root=ROOT)
    marks = DateMarks()
    briefs = dated(make_brief(text))
    page = timeline_pages(briefs, NO_TERMS, site_settings, marks)["timeline.md"].split("---\n", 2)[-1]
    # The timeline section alone: the provenance section shows the seed's path as code.
    sections = brief_sections(briefs[0], NO_TERMS, site_settings, marks)
    timeline = [section.markdown for section in sections if section.name == "timeline"]
    markdown_text = "\n".join(timeline) + page
    html = markdown.Markdown(extensions=["attr_list", "md_in_html", "pymdownx.escapeall"]).convert(markdown_text)
    assert {tag.lower() for tag in re.findall(r"<([a-zA-Z][\w-]*)", html)} <= ALLOWED_TAGS | {"h1", "h3"}


def test_site_timeline_names_the_glossary_terms_of_each_sentence(frozen_project):
    from briefs.settings import settings_from_config_file

    page = build_site(settings_from_config_file(frozen_project / "mkdocs.yml")).pages["timeline.md"]
    abe_line = next(line for line in page.splitlines() if 'datetime="2017-02-10"' in line)
    assert "[Shinzo Abe](glossary/shinzo-abe.md)" in abe_line
    assert "[Donald Trump](glossary/donald-trump.md)" in abe_line


# ------------------------------------------------------------------ a timeline of many pages

def _split_site(root, limit: int = 2, glossary: Glossary = NO_TERMS) -> dict[str, str]:
    settings = Settings(root=root, timeline_page_events=limit)
    first = make_brief("In December, Akie Abe visited the United States. She returned on Dec. 20.", slug="2025-02-07-a", title="First")
    second = make_brief("Shinzo Abe met Trump on Feb. 10, 2017.", "Growth slowed in the 1990s.", "In 2016, talks began.",
                        slug="2025-02-08-b", title="Second")
    matcher = Matcher(glossary)
    mentions = {brief.slug: mentions_of(brief, matcher, root)[0] for brief in (first, second)}
    return timeline_pages(dated(first, second, mentions=mentions), glossary, settings, DateMarks())


def test_small_timeline_stays_one_page(tmp_path):
    assert list(_split_site(tmp_path, limit=100)) == ["timeline.md"]


def test_large_timeline_is_an_index_and_a_page_per_period(tmp_path):
    pages = _split_site(tmp_path)
    assert sorted(pages) == ["timeline.md", "timeline/1990s.md", "timeline/2016.md", "timeline/2017-02.md", "timeline/2024-12.md"]
    index = pages["timeline.md"]
    entries = [line for line in index.splitlines() if line.startswith(("## ", "- "))]
    assert entries == [
        "## The 1990s", "- [The 1990s as a whole](timeline/1990s.md) — 1 event",
        "## 2016", "- [2016 as a whole](timeline/2016.md) — 1 event",
        "## 2017", "- [February 2017](timeline/2017-02.md) — 1 event",
        "## 2024", "- [December 2024](timeline/2024-12.md) — 2 events",
    ]


def test_period_page_links_back_and_to_briefs_from_its_folder(tmp_path, to_html):
    page = _split_site(tmp_path)["timeline/2024-12.md"]
    assert page.startswith("---\ntitle: December 2024 · Timeline\nsearch:\n  exclude: true\n---\n")
    assert "[timeline](../timeline.md)" in page
    entries = [line for line in page.splitlines() if line.startswith("- ")]
    assert len(entries) == 2 and all(line.endswith("[First](../briefs/2025-02-07-a.md)") for line in entries)
    html = to_html(page.split("---\n", 2)[-1])
    assert html.count("<time ") == 2


def test_period_pages_link_terms_from_their_folder(tmp_path):
    page = _split_site(tmp_path, glossary=PEOPLE)["timeline/2017-02.md"]
    assert "[Shinzo Abe](../glossary/shinzo-abe.md)" in page


def test_split_timeline_builds_strictly_with_working_links(tmp_path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  briefs:\n", "  briefs:\n    timeline_page_events: 3\n", 1),
                      encoding="utf-8")
    site = build_or_fail(project, tmp_path / "site")
    index = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    months = sorted(path.parent.name for path in (site / "timeline").glob("*/index.html"))
    assert "2025-02" in months and len(months) >= 3
    for month in months:
        assert f'href="{month}/"' in index
        page = (site / "timeline" / month / "index.html").read_text(encoding="utf-8")
        assert f'href="../../briefs/{SEED_SLUG}/"' in page and 'href="../"' in page
