"""A strict MkDocs build of the project, checked on the HTML it writes."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path


from conftest import ROOT, SEED_SLUG, mkdocs_build


def page_text(site: Path, uri: str) -> str:
    return html.unescape((site / uri / "index.html").read_text(encoding="utf-8"))


def test_brief_page_has_headline_and_first_sentence(project_site):
    page = page_text(project_site, f"briefs/{SEED_SLUG}")
    assert ">Ishiba, Headed to White House, Aims to Convince Trump of Need for Strong Alliance<a class=\"headerlink\"" in page
    text = re.sub(r"<[^>]+>", "", page)  # glossary links sit inside the sentence
    assert "Prime Minister Shigeru Ishiba, who arrived in the suburb of Washington on Thursday local time" in text


def test_brief_page_has_none_of_the_trailing_headlines(project_site):
    page = page_text(project_site, f"briefs/{SEED_SLUG}")
    for clutter in ("Govt Set to Raise International Tourist Tax", "JN ACCESS RANKING", "POPULAR ARTICLE",
                    "Japan Goverment to Shelve Abolishment of NTT Law"):
        assert clutter not in page


def test_brief_page_names_source_and_time(project_site):
    page = page_text(project_site, f"briefs/{SEED_SLUG}")
    assert "The Japan News by The Yomiuri Shimbun" in page
    assert '<time datetime="2025-02-07T16:09:00+09:00">16:09 JST, 7 February 2025</time>' in page
    assert "(07:09 UTC)" in page
    assert 'href="https://japannews.yomiuri.co.jp/politics/politics-government/20250207-237525/"' in page


def test_home_page_lists_the_brief(project_site):
    home = page_text(project_site, ".")
    assert f'href="briefs/{SEED_SLUG}/"' in home
    assert "7 February 2025 · The Japan News by The Yomiuri Shimbun" in home


def test_generated_pages_are_not_committed():
    tracked = subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert not any(path.startswith(("docs/briefs/", "docs/glossary/")) or path == "docs/index.md" for path in tracked)


def test_broken_annotation_fails_the_build_with_its_path(project, tmp_path):
    annotation = project / "annotations" / f"{SEED_SLUG}.yml"
    annotation.write_text("source:\n  name: The Outlet: Weekend Edition\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert f"annotations/{SEED_SLUG}.yml:2: invalid YAML at column 19: mapping values are not allowed here" in result.stderr
    assert "Traceback" not in result.stderr


def test_brief_page_marks_each_resolved_date_with_time(project_site):
    raw = (project_site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    for mark in (
        '<time datetime="2025-02-06" title="Thursday, 6 February 2025">on Thursday local time</time>',
        '<time datetime="2025-02-07" title="Friday, 7 February 2025">on Friday morning local time</time>',
        '<time datetime="2025-02-08" title="Saturday, 8 February 2025">early Saturday Japan time</time>',
        '<time datetime="2025-01-20" title="Monday, 20 January 2025">on Jan. 20</time>',
        '<time datetime="2024-11" title="November 2024">In November</time>',
        '<time datetime="2025-01" title="mid-January 2025">in mid-January</time>',
        '<time datetime="2017-02-10" title="Friday, 10 February 2017">on Feb. 10, 2017</time>',
    ):
        assert mark in raw
    # The page writes the apostrophe as &#8217; (briefs.render.brief.narrow_page); a reader sees ’.
    assert "comes three days earlier in Trump’s presidential term" in html.unescape(raw)
    assert '<h2 data-search-exclude id="timeline">Timeline' in raw


def test_site_timeline_page_merges_the_briefs_by_year_and_month(project_site):
    page = page_text(project_site, "timeline")
    assert '<h1 id="timeline">Timeline' in page
    assert page.index('<h2 id="2017">') < page.index('<h3 id="november-2024">') < page.index('<h3 id="february-2025">')
    assert f'href="../briefs/{SEED_SLUG}/"' in page
    assert '<time datetime="2024-12" title="December 2024">December 2024</time>' in page


def test_brief_page_opens_with_key_points_and_shows_every_note(project_site):
    raw = (project_site / "briefs" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    page = html.unescape(raw)
    assert page.index("At a glance") < page.index("Prime Minister Shigeru Ishiba, who arrived")
    assert raw.count('class="note-marker"') == 14
    assert raw.count('popover="auto"') == 14
    assert '<h2 id="notes">Notes' in raw
    notes = page[page.index('<ol class="brief-notes">'):]
    assert notes.count('<li id="note-') == 14
    assert "<strong>Fact check</strong>" in notes and "<strong>What to watch</strong>" in notes
    assert 'href="https://presidency.ucsb.edu/documents/joint-statement-president-trump-and-prime-minister-shinzo-abe-japan"' in notes


def test_each_note_reaches_the_search_index_once(project_site):
    """The popovers repeat the notes list; only the list is indexed."""
    index = (project_site / "search" / "search_index.json").read_text(encoding="utf-8")
    for phrase in ("five years running", "Netanyahu met Trump at the White House on Feb. 4", "Logan Act"):
        assert index.count(phrase) == 1, phrase
