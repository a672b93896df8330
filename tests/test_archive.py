"""The all-briefs index page: every brief by month, newest first, titles escaped."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from briefs.render.archive import render_archive
from test_render import make_brief

JST = timezone(timedelta(hours=9))


def test_briefs_grouped_by_month_newest_first():
    briefs = [
        make_brief(["a"], title="Older", published=datetime(2025, 1, 3, tzinfo=JST), slug="2025-01-03-older"),
        make_brief(["b"], title="Newer", published=datetime(2025, 2, 7, tzinfo=JST), slug="2025-02-07-newer"),
        make_brief(["c"], title="Same month", published=datetime(2025, 2, 1, tzinfo=JST), slug="2025-02-01-same"),
        make_brief(["d"], title="No date", slug="undated"),
    ]
    page = render_archive(briefs)
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## February 2025", "## January 2025", "## Undated"]
    order = [page.index(title) for title in ("Newer", "Same month", "Older", "No date")]
    assert order == sorted(order)
    assert "- 7 Feb · Example News — [Newer](2025-02-07-newer.md)" in page


def test_titles_are_escaped():
    brief = make_brief(["a"], title="[Click](javascript:alert(1)) <b>", slug="x")
    page = render_archive([brief])
    assert "[\\[Click\\]\\(javascript\\:alert\\(1\\)\\) &lt;b&gt;](x.md)" in page


def test_no_briefs():
    assert "No briefs yet." in render_archive([])


def test_same_input_same_bytes():
    briefs = [make_brief(["a"], title=f"T{i}", slug=f"s{i}") for i in range(5)]
    assert render_archive(briefs) == render_archive(list(reversed(briefs)))
