"""Properties of the parser over generated input: it never crashes, never differs twice,
and never loses a line without saying so.

Inputs are assembled from line shapes the parser meets (headlines, time lines, clutter,
prose, separators, odd characters), so that the generator reaches the header, tail and
dateline rules rather than only random noise.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_parse_articles import accounted_for

from briefs.errors import SourceError
from briefs.sources.pasted_text import parse_article, split_lines
from briefs.sources.pubtime import AmbiguousDate, PublicationTime, parse_time_line

LINE_SHAPES = [
    "Harbour Authority Approves Night Ferry Service",
    "16:09 JST, February 7, 2025",
    "Friday 07/02/2025 10:30 CET",
    "Politics16:09 JST, February 7, 2025",
    "2025-02-07T16:09:00+09:00",
    "By Mara Lindqvist",
    "WASHINGTON — The committee voted on Friday to delay the bill for a week.",
    "TOKYO (Kyodo)Shares rose.",
    "The council voted on Monday to keep the library open later than before.",
    "Share",
    "Most Read",
    "-",
    "Related: Another story here",
    "© 2025 Example News",
    "Image: A ferry at dusk",
    "Photo: Jane Roe/Example",
    "A caption ends here. (AP Photo/Jane Roe)",
    "Home > World > Asia",
    "Headline: Stated Title Here",
    "[Photo]",
    "広告",
    "\u00a0",
    "",
    "   ",
    '"Politics" POPULAR ARTICLE - One - Two',
    "The Example Times",
]
lines = st.one_of(st.sampled_from(LINE_SHAPES), st.text(max_size=80).map(lambda text: text.replace("\n", " ")))
articles = st.lists(lines, max_size=25).map("\n".join)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_parse_never_crashes_and_is_deterministic(text):
    try:
        first = parse_article(text)
    except SourceError:
        return
    assert first == parse_article(text)
    lost = [line.text for line in split_lines(text) if line.text and not accounted_for(line.text, first)]
    assert lost == [], "every line ends in the body, a field, the dropped list, or is the time line"
    assert all(paragraph.text == paragraph.text.strip() and paragraph.text for paragraph in first.paragraphs)
    assert first.published is None or first.published_iso


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789/.-:+ apmAPMJSTGMTUCFebruaryFriday,T"), max_size=40))
def test_time_lines_never_crash(line):
    stamp = parse_time_line(line)
    assert stamp is None or isinstance(stamp, (PublicationTime, AmbiguousDate))
