"""Shapes from the thirtieth blind set and the corpus's leftovers: a date printed with its
weekday and no year, an article pasted inside a thread's or chat's post, a caption printed
with no credit, the author's name over the site's name, a weekday between a name and its
date, credits and boxes of republishers and broadcasters, and a bio over the story. Each rule
is tested in several shapes, with the lines it must leave alone."""

from __future__ import annotations

import pytest

from test_parse_round6 import PROSE_2, PROSE_3, parsed

from briefs.sources import vocab
from briefs.sources.clutter import clutter_reason
from briefs.sources.lines import Line
from briefs.sources.pubtime import day_month_by_weekday
from briefs.sources.shared_post import take_article_in_post
from briefs.sources.time_line import find_time

# -- a weekday, a day and a month, no year -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Fri 7 Feb", "2025-02-07T00:00:00"),
        ("Friday, February 7, 4:09pm", "2025-02-07T16:09:00"),
        ("Tue. Mar 4", "2025-03-04T00:00:00"),
        ("Sat 7 Feb", "2026-02-07T00:00:00"),
    ],
)
def test_a_weekday_settles_the_year_within_the_span(line, expected):
    found = day_month_by_weekday(line, range(2023, 2027))
    assert found is not None and found.value.isoformat() == expected


@pytest.mark.parametrize(
    "line",
    [
        "Fri 7 Feb 2025",  # a year printed: an ordinary time line, not this rule's
        "Posted 7 Feb",  # no weekday
        "Fri 30 Feb",  # no such day
        "Mon 7 Feb",  # Feb 7 is no Monday from 2023 to 2026
    ],
)
def test_lines_the_weekday_does_not_settle(line):
    assert day_month_by_weekday(line, range(2023, 2027)) is None


def test_two_years_that_fit_give_no_date():
    assert day_month_by_weekday("Fri 7 Feb", range(2014, 2027)) is None  # 2014, 2020 and 2025


def _story(year_sentence: str) -> str:
    return (f"Port to get coastal radars\nBy Lena Paul\nFri 7 Feb\n\n"
            f"The port authority said on Thursday it would install three radars along the coast. {year_sentence}\n\n"
            f"{PROSE_2}\n\n{PROSE_3}\n")


def test_a_page_without_a_year_takes_the_one_its_story_bounds():
    article = parsed(_story("The first was bought in 2023 and the last will be working by the end of 2026."))
    assert article.published.date().isoformat() == "2025-02-07"
    assert "weekday" in article.extra["unsure"]["published"]


@pytest.mark.parametrize(
    "year_sentence",
    [
        "The first radar was bought years ago.",  # no year at all
        "The first was bought in 1998 and the last will be working by 2026.",  # a span too wide to bound it
    ],
)
def test_a_page_that_does_not_bound_the_year_gets_no_date(year_sentence):
    assert parsed(_story(year_sentence)).published is None


# -- an article pasted inside a post ----------------------------------------------------------------

ARTICLE_HEADLINE = "Harbour board votes to rebuild the old pier after storm damage"
ARTICLE = (f"{ARTICLE_HEADLINE}\nBy Mara Quint\nMarch 4, 2025, 9:15 a.m.\n\n"
           "The harbour board voted on Monday to rebuild the old pier, which has stood for ninety years and was "
           "closed last winter after a storm damaged its piles.\n\n"
           f"{PROSE_2}\n\n{PROSE_3}\n")
STORY_TEXTS = [
    "The harbour board voted on Monday to rebuild the old pier, which has stood for ninety years and was "
    "closed last winter after a storm damaged its piles.",
    PROSE_2,
    PROSE_3,
]

POSTS = {
    "thread": (
        f"r/localnews\nPosted by u/pier_watcher 5 hr. ago\n{ARTICLE_HEADLINE}\nharbourtimes.example/local/pi...\n"
        "312\n88\nShare\n\nAutoModerator\n•\n5h ago\nPlease do not report this submission for being paywalled unless "
        "the text is unavailable.\nReply\n\nu/quayside\n•\n4h ago\nHere is the text for everyone without a subscription:\n\n"
        f"{ARTICLE}\n540\nReply\nShare\n\nu/ferry_fan\n•\n3h ago\nAbout time they fixed that thing, it has been an "
        "eyesore for years.\n12\nReply\n"
    ),
    "chat": (
        "Jon Avery  9:40 AM\nworth reading before the council meeting on Friday, we quoted for the piling work\n"
        f"harbourtimes.example/local/pier\nHarbour Times\n{ARTICLE_HEADLINE}\n"
        "The ninety-year-old pier will reopen before the summer season, the board says.\n9:41\n"
        f"copying the text since it is behind their paywall:\n{ARTICLE}\n👍\n3\n2 replies\nLast reply today at 10:02 AM\n"
        "Reply in thread\nDana Li  9:55 AM\nthanks, adding it to the agenda\n"
    ),
}


def _numbered(texts: list[str]) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("shape", sorted(POSTS))
def test_the_article_pasted_under_a_posts_preview_is_the_article(shape):
    article = parsed(POSTS[shape])
    assert article.title == ARTICLE_HEADLINE
    assert [paragraph.text for paragraph in article.paragraphs] == STORY_TEXTS
    assert article.byline == "Mara Quint"
    assert any(line.reason == "post-around-article" for line in article.dropped)


def test_a_section_label_between_the_lead_in_and_the_headline_is_the_section():
    source = POSTS["thread"].replace(f"subscription:\n\n{ARTICLE_HEADLINE}", f"subscription:\n\nHarbours\n\n{ARTICLE_HEADLINE}")
    assert parsed(source).section == "Harbours"


@pytest.mark.parametrize(
    "between",
    [
        "Local News\nHarbours",  # a page printing its headline in a breadcrumb, then as the headline
        "Share this article\nFacebook\nX",  # a share bar under a sticky headline
    ],
)
def test_a_headline_printed_twice_with_no_lead_in_between_keeps_the_page(between):
    texts = [ARTICLE_HEADLINE, *between.split("\n"), ARTICLE_HEADLINE, "By Mara Quint", "March 4, 2025", STORY_TEXTS[0]]
    lines = _numbered(texts)
    assert take_article_in_post(lines, []) == lines


def test_a_lead_in_with_no_article_header_under_the_second_headline_keeps_the_page():
    texts = [ARTICLE_HEADLINE, "The board says:", ARTICLE_HEADLINE, STORY_TEXTS[0], PROSE_2]
    lines = _numbered(texts)
    assert take_article_in_post(lines, []) == lines


@pytest.mark.parametrize(
    "post",
    [
        "Feed post number 4\n\nMara Lind\n • 2nd\nHead of Ports Policy at Coastline Partners\n3h • Edited\n\nFollow\n"
        "Good news for everyone who moors at the old pier, after a year of waiting. Article below for those without a "
        "subscription 👇 #harbours #infrastructure\n\n",
        "Sharing this from this morning's paper, worth a read before the vote. Pasting the text here for everyone:\n\n",
    ],
)
def test_the_article_under_a_readers_lead_in_is_the_article(post):
    article = parsed(f"{post}{ARTICLE}\nLike\nComment\nRepost\nSend\n")
    assert article.title == ARTICLE_HEADLINE
    assert [paragraph.text for paragraph in article.paragraphs] == STORY_TEXTS


@pytest.mark.parametrize(
    "label",
    ["Authors of the article:", "Listen to this article:"],  # labels over the page's own header
)
def test_a_label_ending_in_a_colon_is_no_lead_in(label):
    texts = ["Local News", label, ARTICLE_HEADLINE, "By Mara Quint", "March 4, 2025", *STORY_TEXTS]
    lines = _numbered(texts)
    assert take_article_in_post(lines, []) == lines


# -- a photo's caption printed with no credit over the story ---------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Officials inspect the damaged jetty at Kesarpur ghat on Wednesday.",
        "Muddy water covers rice paddies beside the Ibuki River in Higashikuri, Toyama Prefecture, on June 18.",
        "Dining services employees gather outside Fenwick Commons on Sept. 24 to hear an update from their union.",
        "Rep. Dana Kettering speaks to reporters outside the Capitol on May 20, 2025.",
    ],
)
def test_a_line_in_a_captions_grammar_over_the_story_is_the_caption(caption):
    source = f"Board votes to rebuild the old pier\n\nMarch 4, 2025\n\n{caption}\n\n{STORY_TEXTS[0]}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [STORY_TEXTS[0], PROSE_2]
    assert "grammar" in article.extra["unsure"]["caption"]


@pytest.mark.parametrize(
    "opening",
    [
        "Officials confirmed the closure of the pier on Friday.",  # the past: the story's own sentence
        "The ruling follows a two-year investigation into the sinking of a ferry in March 2023.",  # mid-story
        "Crews will inspect the damaged pier on Wednesday.",  # what is to come
        "Fishing crews held a meeting at the harbour on Monday.",  # an irregular past
        "The board says the pier will reopen on Friday.",  # reported
        "Fishing crews gather at the pier every morning.",  # no day a photo was taken
    ],
)
def test_a_story_sentence_over_the_story_stays_its_first_paragraph(opening):
    source = f"Board votes to rebuild the old pier\n\nMarch 4, 2025\n\n{opening}\n\n{STORY_TEXTS[0]}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.paragraphs[0].text == opening
    assert article.caption is None


def test_a_short_story_under_a_caption_shaped_line_keeps_it():
    source = ("Board votes to rebuild the old pier\n\nMarch 4, 2025\n\n"
              "Crews inspect the pier on Wednesday at dawn before the works begin in earnest.\n\nThe board agreed.\n")
    assert parsed(source).caption is None


# -- the outlet's podcast, its comments' terms, `Latest in X` ------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Check out our daily podcast All Points North.",
        "Listen to our weekly podcast The Harbour Hour",
        "Users with a Harbour ID can leave comments on our news stories. Our guidelines on commenting are explained here.",
        "Subscribers can post comments on any story for 14 days after it is published.",
    ],
)
def test_the_outlets_podcast_and_comment_terms_are_clutter(line):
    assert clutter_reason(line) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Listeners of the station's podcast said the episode had been removed without notice.",
        "Users of the app can leave comments for the drivers, the company said.",
    ],
)
def test_sentences_about_podcasts_and_comments_stay(sentence):
    assert clutter_reason(sentence) is None


@pytest.mark.parametrize("heading", ["Latest in News", "Latest from Business"])
def test_latest_in_a_section_heads_a_list(heading):
    assert vocab.names_a_list(heading)


# -- the author's name over the site's name printed in its menu -------------------------------------

SITE_PAGE = ("Harbour News\nNews\nSport\nMenu\nPier to be rebuilt after storm damage, board decides\nTuesday 4.3.2025 | 09:37\n"
             "The damaged pier at dawn on Tuesday.\nImage: Lena Holm / Coast Pictures\n{name}\nHarbour News\nShare\n\n"
             f"{PROSE_2}\n\n{PROSE_3}\n")


def test_a_name_over_the_sites_name_is_the_byline():
    assert parsed(SITE_PAGE.format(name="Anna Lindqvist")).byline == "Anna Lindqvist"


def test_a_menu_item_over_the_sites_name_is_no_byline():
    assert not parsed(SITE_PAGE.format(name="Sport")).byline


# -- a weekday between a name and the date ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Nourhan Adel , Monday 14 Apr 2025", ["Nourhan Adel"]),
        ("By Lieke de Groot on Monday, 13 January 2025 - 18:05", ["By Lieke de Groot"]),
        ("Jane Roe, Tue. 4 March 2025", ["Jane Roe"]),
        ("Jane Roe, 14 April 2025", ["Jane Roe"]),
    ],
)
def test_the_weekday_before_a_date_goes_with_the_date(line, names):
    found = find_time(line)
    assert found is not None and found[1] == names


def test_a_name_ending_like_a_weekday_keeps_its_letters():
    found = find_time("Harriet Sundays, 14 April 2025")
    assert found is not None and found[1] == ["Harriet Sundays"]


# -- credits under captions ------------------------------------------------------------------------


@pytest.mark.parametrize("credit", ["Anadolu Agency", "Graphic by Tidewatch Research Desk", "Map by Lena Holm"])
def test_credit_shapes(credit):
    assert clutter_reason(credit) == "photo-credit"


@pytest.mark.parametrize("credit", ["Marieke Dijkstra for The Meridian Dispatch", "Jon Avery for The Harbour Times"])
def test_a_photographer_for_the_outlet_under_a_caption_is_its_credit(credit):
    caption = "A technician inspects a lithography module in a clean room in Veldhoven."
    source = f"Pier to be rebuilt after storm\nBy Mara Quint\nMar 11, 2025\n{caption}\n{credit}\n{STORY_TEXTS[0]}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.caption == caption
    assert any(line.text == credit and line.reason == "photo-credit" for line in article.dropped)


@pytest.mark.parametrize(
    "headline",
    ["Good News for The Harbour Gazette", "Tough Questions for The Daily Ledger", "The Global Source for Science News"],
)
def test_the_same_shape_as_a_headline_is_the_headline(headline):
    source = f"Harbour Gazette\nNews\nSport\n{headline}\nBy Mara Quint\nMar 11, 2025\n\n{STORY_TEXTS[0]}\n\n{PROSE_2}\n"
    assert parsed(source).title == headline


# -- an academic republisher's boxes ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Disclosure statement",
        "Kenji Watanabe does not work for, consult, own shares in or receive funding from any company or organisation "
        "that would benefit from this article.",
        "Deakin University provides funding as a member of The Dialogue AU.",
        "Republish our articles for free, online or in print, under Creative Commons licence.",
        "View all partners",
    ],
)
def test_a_republishers_disclosures_and_terms_are_clutter(line):
    assert clutter_reason(line) is not None


def test_a_sentence_on_funding_in_a_story_stays():
    assert clutter_reason("The ministry provides funding to 14 universities, the report said.") is None


# -- an author's bio under the byline, over the story ----------------------------------------------


@pytest.mark.parametrize(
    "bio",
    [
        "Mara Quint is the Harbour Times's ports correspondent. She previously reported from Lisbon and Rotterdam.",
        "Mara Quint covers shipping and the waterfront for the Harbour Times.",
    ],
)
def test_a_bio_under_the_byline_over_the_story_leaves(bio):
    source = f"Pier to be rebuilt after storm\nBy Mara Quint\n\n{bio}\n\n{STORY_TEXTS[0]}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == STORY_TEXTS


def test_a_first_paragraph_naming_another_person_stays():
    opening = "Harbour master Jon Avery is stepping down after twenty years, the board said on Monday."
    source = f"Pier to be rebuilt after storm\nBy Mara Quint\n\n{opening}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert parsed(source).paragraphs[0].text == opening
