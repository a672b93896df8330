"""Shapes from a fifth blind set of invented pastes: how an article ends (tags with their items inline,
a comment section, a signature line, market-data small print), bylines with the reporters' places,
names over a relative time line, a newsletter box's pitch, a copyright-sign credit, and teaser labels
in other languages. Each rule is tested with several shapes."""

from __future__ import annotations

import pytest

from briefs.sources.byline import clean_byline, is_names, signature_names
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.pasted_text import list_heading_reason, parse_article

PROSE = ("The harbour board voted on Monday to rebuild the old pier, which has stood for ninety years "
         "and was closed last winter after a storm damaged its piles.")
PROSE_2 = "Work will start in the spring, and the board said the pier should reopen before the summer season."
PROSE_3 = "Fishing crews, who land their catch at the pier every morning, welcomed the decision."
FOOTER_PROSE = ("When quoting any material from this site, a hyperlink to the original page is mandatory, "
                "and quoting foreign media is allowed only with a link to the original.")
HEAD = "Board votes to rebuild the old pier\n\nMarch 4, 2025\n\n"


def paragraphs(source: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(source, "case.txt").paragraphs]


@pytest.mark.parametrize(
    "ending",
    ["Tags: harbour, pier, storms", "Topics: Harbour board, Storm damage", "Join the Conversation", "Leave a Reply",
     "Reader comments"],
)
def test_tags_and_comments_end_the_article_whatever_prose_follows(ending):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{ending}\n\n{FOOTER_PROSE}\n"
    assert paragraphs(source) == [PROSE, PROSE_2]


def test_a_comment_counter_in_a_share_bar_above_the_story_cuts_nothing():
    source = (f"{HEAD}Key points\n• The pier is ninety years old and closed last winter after a storm.\n"
              f"• The board chose to rebuild it rather than pull it down.\nShare\n12 Comments\n"
              f"Crews inspect the piles at low tide. Photo: Lena Okafor\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert paragraphs(source)[-3:] == [PROSE, PROSE_2, PROSE_3]


def test_a_summary_above_tags_is_no_article_ending():
    summary = "• The pier is ninety years old and closed last winter after a storm damaged it."
    source = f"{HEAD}{summary}\n\nComments\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert paragraphs(source)[-3:] == [PROSE, PROSE_2, PROSE_3]


def test_a_related_box_inside_the_body_still_returns_to_the_story():
    source = f"{HEAD}{PROSE}\n\nRelated\nPier closed after storm\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert paragraphs(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("heading", ["Tags: harbour, pier", "Join the conversation", "Latest news", "Latest"])
def test_headings_that_close_an_article(heading):
    assert list_heading_reason(heading)


@pytest.mark.parametrize("sentence", ["Tags were handed to every diver.", "Comments from residents ran to 40 pages."])
def test_sentences_opening_with_those_words_are_no_headings(sentence):
    assert list_heading_reason(sentence) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Iryna Sokolenko, Zarichna", "Iryna Sokolenko"),
        ("— Ana Ruiz", "Ana Ruiz"),
        ("Ana Ruiz / Lima", "Ana Ruiz"),
        ("Kofi Arden and Lena Okafor", "Kofi Arden and Lena Okafor"),
    ],
)
def test_a_signature_line_names_the_authors(line, names):
    assert signature_names(line) == names


@pytest.mark.parametrize("line", ["Harbour Board, Vessen", "Thank you for reading.", "Ana Ruiz, who chairs the board, agreed"])
def test_other_closing_lines_are_no_signature(line):
    assert signature_names(line) is None


@pytest.mark.parametrize("signature", ["Iryna Sokolenko, Zarichna", "— Iryna Sokolenko"])
def test_a_story_signed_at_the_end_takes_its_byline_from_the_signature(signature):
    article = parse_article(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{signature}\n\nTags: harbour, pier\n", "signed.txt")
    assert article.byline == "Iryna Sokolenko"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_signature_does_not_replace_a_byline_at_the_top():
    source = f"Board votes to rebuild the old pier\n\nBy Kim Sato\n\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n\nAna Ruiz, Lima\n"
    assert parse_article(source, "signed.txt").byline == "Kim Sato"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Tom Hale in London, Priya Menon in Mumbai and Daniel Osei in Lusaka", "Tom Hale, Priya Menon and Daniel Osei"),
        ("Ana Ruiz in Lima and Kofi Arden in Accra", "Ana Ruiz and Kofi Arden"),
        ("By Jane Roe and Sam Poe for The Example Times", "Jane Roe and Sam Poe"),
        ("Lena Okafor in New York", "Lena Okafor"),
    ],
)
def test_each_author_may_carry_a_place(line, authors):
    assert is_names(line) or line.startswith("By ")
    assert clean_byline(line) == authors


@pytest.mark.parametrize("time_line", ["Published 2 hours ago", "Updated 35 minutes ago", "March 4, 2025 4:17 PM GMT"])
def test_names_over_the_time_line_under_the_headline_are_the_byline(time_line):
    source = (f"Mining\nBoard votes to rebuild the old pier\nThe vote ends a two-year dispute over the harbour\n"
              f"Crews inspect the piles at low tide © Lena Okafor/Harbour Images\n"
              f"Tom Hale in London and Priya Menon in Vessen\n{time_line}\n{PROSE}\n{PROSE_2}\n")
    article = parse_article(source, "case.txt")
    assert article.title == "Board votes to rebuild the old pier"
    assert article.byline == "Tom Hale and Priya Menon"
    assert article.caption == "Crews inspect the piles at low tide"


@pytest.mark.parametrize(
    ("box", "pitch"),
    [
        ("Unlock the Digest for free\n{pitch}\nEnter your email address\nSign up",
         "Our editor picks her favourite stories in this weekly newsletter."),
        ("{pitch}\nYour email\nSubscribe", "Get the morning briefing in your inbox before 7 a.m."),
    ],
)
def test_a_newsletter_box_takes_its_pitch_with_it(box, pitch):
    source = f"{HEAD}{PROSE}\n\n{box.format(pitch=pitch)}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert paragraphs(source) == [PROSE, PROSE_2, PROSE_3]


def test_a_story_about_a_newsletter_keeps_its_sentences():
    sentence = "The council's weekly newsletter will carry the new timetable from May."
    source = f"{HEAD}{PROSE}\n\n{sentence}\n\n{PROSE_2}\n"
    assert sentence in paragraphs(source)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("The open-pit mine is the larger of the two being sold © Kwame Asante/Harbourline Images",
         "The open-pit mine is the larger of the two being sold"),
        ("Crews at work on the pier (© Lena Okafor)", "Crews at work on the pier"),
    ],
)
def test_a_copyright_sign_opens_a_credit(line, caption):
    assert ends_with_credit(line) and without_credit(line) == caption


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Read also: Government allocates funds for storm recovery", "related-list"),
        ("Lea también: El muelle reabre en mayo", "related-list"),
        ("Czytaj też: Molo zamknięte po burzy", "related-list"),
        ("Add to myLedger", "interface"),
        ("Save to reading list", "interface"),
        ("All quotes delayed a minimum of 15 minutes.", "notice"),
        ("Markets data delayed by at least 15 minutes. © Example Ltd 2026.", "notice"),
        ("Example Wire, the news division of Example Holdings, is a leading provider of multimedia news.", "notice"),
        ("This report by The Dominion Press was first published Oct. 21, 2026.", "credits"),
        ("Enter your email address", "newsletter"),
    ],
)
def test_more_chrome_is_clutter(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize(
    "sentence",
    ["Flights were delayed by fog on Monday, the airport said.", "Read the board's report before the vote, she said.",
     "Add to that the cost of new piles, and the bill doubles."],
)
def test_sentences_like_that_chrome_stay(sentence):
    assert clutter_reason(sentence) is None


def test_every_box_inside_the_body_is_reported_not_only_the_first():
    source = (f"{HEAD}{PROSE}\n\n\"Politics\" POPULAR ARTICLE - One - Two\n\n{PROSE_2}\n\n"
              f"\"Politics\" POPULAR ARTICLE - One - Two\nHarbour Authority Approves Night Ferry Service\n\n{PROSE_3}\n")
    article = parse_article(source, "boxes.txt")
    reported = {line.number for line in article.dropped}
    numbers = {number for number, line in enumerate(source.splitlines(), start=1) if "POPULAR" in line or "Ferry" in line}
    assert numbers <= reported
    assert article.section == "Politics"
