"""Shapes from a fifth blind set of invented pastes: how an article ends (tags with their items inline,
a comment section, a signature line, market-data small print), bylines with the reporters' places,
names over a relative time line, a newsletter box's pitch, a copyright-sign credit, and teaser labels
in other languages. Each rule is tested with several shapes."""

from __future__ import annotations

import pytest

from briefs.sources.byline import clean_byline, is_names, signature_names
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.pasted_text import parse_article
from briefs.sources.tail import list_heading_reason

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


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Our Standards: The Caldera Wire Trust Principles., opens new tab", "Our Standards: The Caldera Wire Trust Principles."),
        ("Crews inspect the piles. Lena Okafor/File Photo Purchase Licensing Rights, opens new tab",
         "Crews inspect the piles. Lena Okafor/File Photo"),
        ("Item 1 of 2 Crews inspect the piles at low tide.", "Crews inspect the piles at low tide."),
        ("[1/2]Crews inspect the piles at low tide.", "Crews inspect the piles at low tide."),
        ("Click to print (Opens in new window)", "Click to print"),
    ],
)
def test_link_and_gallery_chrome_comes_off_a_line_and_is_reported(line, kept):
    from briefs.sources.pasted_text import trim_line_chrome
    from briefs.sources.lines import Line

    dropped = []
    [trimmed] = trim_line_chrome([Line(7, line)], dropped)
    assert trimmed.text == kept
    assert dropped and all(item.number == 7 and item.reason == "interface" for item in dropped)


def test_a_line_of_chrome_alone_is_left_for_the_clutter_rules():
    from briefs.sources.pasted_text import trim_line_chrome
    from briefs.sources.lines import Line

    assert trim_line_chrome([Line(1, "Purchase Licensing Rights")], []) == [Line(1, "Purchase Licensing Rights")]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Landholders gathered outside the court ahead of the decision. (SCB News: Priya Lal)",
         "Landholders gathered outside the court ahead of the decision."),
        ("The pier at dusk. (Harbour Times: Kofi Arden)", "The pier at dusk."),
    ],
)
def test_an_outlet_and_photographer_in_brackets_is_a_credit(line, caption):
    assert ends_with_credit(line) and without_credit(line) == caption


def test_a_bracketed_aside_ending_a_sentence_is_no_credit():
    assert not ends_with_credit("The board met on Monday. (The vote: seven to two)")


@pytest.mark.parametrize("teaser", ["Watch: Landholders react outside court after the ruling", "Listen: The mayor on the vote"])
def test_a_media_teaser_inside_the_story_is_dropped_but_may_head_a_video_page(teaser):
    source = f"{HEAD}{PROSE}\n\n{teaser}\n2:41\n\n{PROSE_2}\n"
    assert paragraphs(source) == [PROSE, PROSE_2]
    video_page = f"{teaser}\n\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parse_article(video_page, "video.txt").title == teaser


@pytest.mark.parametrize("above", ["Crews inspect the piles. (Harbour Times: Kofi Arden)\n", ""])
def test_a_summary_box_under_a_caption_ends_where_its_marker_ends(above):
    source = (f"{HEAD}{above}Key points:\n• The pier is ninety years old.\n• The board chose to rebuild it.\n"
              f"Share\n{PROSE}\n\n{PROSE_2}\n")
    article = parse_article(source, "box.txt")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]
    assert "ninety years old" in (article.extra.get("standfirst") or "") or "ninety years old" not in article.text


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By court reporter Jess Tamblyn and Owen Farrugia", "Jess Tamblyn and Owen Farrugia"),
        ("By Jordan Whitaker | jwhitaker@example.com | The Alder Springs Sentinel", "Jordan Whitaker"),
        ("By Mary Star and Tom Daily", "Mary Star and Tom Daily"),  # two words ending in an outlet's word may be a name
    ],
)
def test_roles_addresses_and_outlets_leave_the_names(line, authors):
    assert clean_byline(line) == authors


@pytest.mark.parametrize("marker", ["Subscriber exclusive", "Sponsored content", "Premium"])
def test_a_paywall_or_sponsor_marker_over_the_headline_is_no_section(marker):
    source = f"News › Local\n{marker}\nBoard votes to rebuild the old pier\nMarch 4, 2025\n{PROSE}\n{PROSE_2}\n"
    article = parse_article(source, "marker.txt")
    assert article.section == "Local"


@pytest.mark.parametrize(
    "line",
    ["Get unlimited digital access to the Courier for just $1 for the first 3 months.",
     "Get more Alder Springs news by signing up for our Mile Marker newsletter.",
     "Stay up to date with the latest news. Follow the Gulf Courier on WhatsApp Channels."],
)
def test_subscription_and_newsletter_prompts_inside_the_story_are_clutter(line):
    assert clutter_reason(line) == "newsletter"


@pytest.mark.parametrize(
    ("bio", "author"),
    [
        ("Renata Oyelaran is a staff writer at The Lantern Review, where she covers labor.", "Renata Oyelaran"),
        ("Kofi Arden is an independent journalist based in Accra.", "Kofi Arden"),
    ],
)
def test_a_closing_bio_names_the_author_of_an_unsigned_story(bio, author):
    article = parse_article(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{bio}\n", "bio.txt")
    assert article.byline == author
    assert bio not in article.text


def test_a_closing_sentence_about_someone_else_stays():
    closing = "Lena Okafor is a fisher who has worked from the pier for thirty years."
    article = parse_article(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{closing}\n", "bio.txt")
    assert article.byline is None and closing in article.text


@pytest.mark.parametrize("company", ["Hollowell Marine Systems", "Kestrel Bay Technologies", "Arden Brothers Industries"])
def test_a_company_over_the_time_line_is_no_byline(company):
    source = f"Shipyard opens electric ferry plant\nA new plant will build battery ferries\n{company}\nDec 02, 2026, 09:00 ET\n{PROSE}\n{PROSE_2}\n"
    assert parse_article(source, "release.txt").byline is None


@pytest.mark.parametrize("label", ["Trending Topics", "Most Read", "Related Stories"])
def test_a_list_heading_over_the_headline_is_no_section(label):
    source = f"{label}\nBoard votes to rebuild the old pier\nMarch 4, 2025\n{PROSE}\n{PROSE_2}\n"
    assert parse_article(source, "list.txt").section is None


@pytest.mark.parametrize(
    ("line", "day"),
    [("NEWS RELEASE 10-NOV-2026", "2026-11-10"), ("4-Nov-2026 14:05", "2026-11-04"), ("Press release 4 March 2025", "2025-03-04")],
)
def test_release_portals_dates(line, day):
    from briefs.sources.time_line import find_time

    found = find_time(line)
    assert found is not None and found[0].value.date().isoformat() == day


def test_a_tagline_above_the_site_s_menu_is_not_the_headline():
    source = ("ScienceWire Hub\nThe Global Source for Science News\nHome\nNews Releases\nMultimedia\nMeetings\n"
              "Portals\nLog In\nRegister\nNEWS RELEASE 10-NOV-2026\nYoung kelp crabs find their way home by listening to waves\n"
              f"Peer-Reviewed Publication\nHalvorsen Institute of Marine Science\nShare\n{PROSE}\n{PROSE_2}\n")
    assert parse_article(source, "release.txt").title == "Young kelp crabs find their way home by listening to waves"


@pytest.mark.parametrize(("trail", "section"), [("Hong Kong/Transport", "Transport"), ("News/Local", "Local")])
def test_a_slash_trail_right_over_the_headline_is_a_breadcrumb(trail, section):
    source = f"{trail}\n+ FOLLOW\nBoard votes to rebuild the old pier\nMarch 4, 2025\n{PROSE}\n{PROSE_2}\n"
    article = parse_article(source, "trail.txt")
    assert article.section == section


def test_a_credit_under_a_caption_over_the_headline_stays_a_credit():
    source = ("Crews inspect the piles at low tide on Monday morning.\nLena Okafor/Harbour Times\n"
              f"Board votes to rebuild the old pier\nMarch 4, 2025\n{PROSE}\n{PROSE_2}\n")
    article = parse_article(source, "credit.txt")
    assert article.section is None


def test_a_time_line_ending_like_a_sentence_still_ends_the_header():
    source = ("Board votes to rebuild the old pier\nBy Jordan Whitaker | The Harbour Sentinel\n"
              "PUBLISHED: December 2, 2026 at 6:15 a.m. | UPDATED: December 2, 2026 at 9:40 a.m.\n"
              f"{PROSE}\n{PROSE_2}\n")
    article = parse_article(source, "metro.txt")
    assert article.published.isoformat() == "2026-12-02T06:15:00"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_the_site_s_date_of_today_gives_way_to_the_story_s_time():
    source = ("The Gulf Courier\nWednesday, September 23, 2026\nUAE\nBusiness\nWorld\nSports\n"
              "Metro extension to open to passengers on October 1\nby\nRania Haddad\nSenior Reporter\n"
              f"Published: Wed 23 Sep 2026, 9:41 PM GST\nLast updated: Wed 23 Sep 2026, 11:02 PM GST\n{PROSE}\n{PROSE_2}\n")
    article = parse_article(source, "gulf.txt")
    assert article.title == "Metro extension to open to passengers on October 1"
    assert article.published.isoformat() == "2026-09-23T21:41:00+04:00"
    assert article.byline == "Rania Haddad"


def test_a_page_date_under_the_masthead_does_not_pull_the_header_into_the_body():
    source = ("THE CALDWELL HERALD\nTUESDAY, MARCH 4, 2025\nBoard votes to rebuild the old pier\n"
              f"{PROSE}\nA8 | THE CALDWELL HERALD | TUESDAY, MARCH 4, 2025\n{PROSE_2}\n{PROSE_3}\n")
    article = parse_article(source, "epaper.txt")
    assert article.paragraphs[0].text == PROSE


@pytest.mark.parametrize(("line", "offset"), [("2 Dec 2026 10:15 PKT", "+05:00"), ("Dec 2, 2026 14:05 ICT", "+07:00"),
                                              ("2 December 2026, 09:00 EAT", "+03:00")])
def test_zones_of_the_gulf_south_and_southeast_asia_and_africa(line, offset):
    from briefs.sources.time_line import find_time

    assert find_time(line)[0].value.isoformat().endswith(offset)


def test_an_outlet_photo_credit_after_a_dash():
    line = "A train near Al Marjan station on Monday. — Courier photo: Shahid Karim"
    assert without_credit(line) == "A train near Al Marjan station on Monday."


@pytest.mark.parametrize("label", ["Reklama", "Advertentie", "Annons", "Реклама"])
def test_advertising_labels_in_other_languages(label):
    assert clutter_reason(label) == "advertising"


@pytest.mark.parametrize(
    ("line", "authors"),
    [("Story by Liam Fairbanks • 2h •", "Liam Fairbanks"), ("By Ana Ruiz · 5 min read", "Ana Ruiz")],
)
def test_a_portal_s_byline_with_its_age_after_a_bullet(line, authors):
    from briefs.sources.byline import read_byline

    assert read_byline(line) == authors


@pytest.mark.parametrize("heading", ["TL;DR", "TLDR", "The short version", "What you need to know"])
def test_a_summary_box_above_the_byline_and_time_stays_out_of_the_body(heading):
    source = ("Cloud\nStorage outage was caused by a bad config push, not an attack\n"
              f"{heading}\n• The storage region went dark for roughly six hours over the weekend.\n"
              "• Thousands of apps that keep images there failed or slowed to a crawl.\n"
              "• The company is promising credits and a full post-incident review.\n"
              f"Priya Raman\nSenior Editor, Infrastructure\nDec 1, 2026, 8:12 AM PST\n{PROSE}\n\n{PROSE_2}\n")
    article = parse_article(source, "blog.txt")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]
    assert article.byline == "Priya Raman"


@pytest.mark.parametrize(
    "teaser",
    ["Hong Kong’s outlying island ferries to get HK$210 million subsidy boost",
     "Council approves new parking rates for the downtown core after long debate"],
)
def test_another_story_s_headline_between_paragraphs_is_a_teaser(teaser):
    source = f"{HEAD}{PROSE}\n\n{teaser}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert paragraphs(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("subheading", ["What the board decided", "Why the pier matters to the fishing fleet",
                                        "What happens to the fishing crews if the pier stays shut?"])
def test_a_subheading_stays_a_heading(subheading):
    article = parse_article(f"{HEAD}{PROSE}\n\n{subheading}\n\n{PROSE_2}\n\n{PROSE_3}\n", "sub.txt")
    assert subheading in [block.text for block in article.blocks if block.kind == "heading"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Get the PRA app", "reader-prompt"),
        ("Download our News app", "reader-prompt"),
        ("Highveld24 does not allow comments on this article.", "interface"),
        ("Comments are closed.", "interface"),
        ("Get the latest headlines, breaking news and columns.", "newsletter"),
        ("Also on Bytefield: Background jobs in Python compared", "related-list"),
    ],
)
def test_app_prompts_closed_comments_and_teasers(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize("sentence", ["Get the app working again was the engineers' first task, she said.",
                                      "Also on Monday: the board approved the budget."])
def test_sentences_of_those_shapes_stay(sentence):
    assert clutter_reason(sentence) is None


def test_fields_under_the_time_line_name_the_section_and_the_writers():
    source = ("Canal boat service to run until 10pm\nPUBLISHED : 24 Nov 2026 at 14:05\nNEWSPAPER SECTION: News\n"
              f"WRITER: Supaporn Khamwong and Thanakorn Pimsen\nShare\n{PROSE}\n{PROSE_2}\n")
    article = parse_article(source, "daily.txt")
    assert article.section == "News"
    assert article.byline == "Supaporn Khamwong and Thanakorn Pimsen"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("teaser", ["LEA TAMBIÉN: El río volvió a crecer", "ALSO READ: Ferry fares to rise"])
def test_a_capitals_label_before_a_headline_is_still_a_teaser(teaser):
    assert clutter_reason(teaser) == "related-list"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [("The boats will run to 10pm from Dec 1, the city said.", "2026-12-01"),
     ("Ridership rose after 24 Nov 2026, figures show.", "2026-11-24"),
     ("The board met on Oct 3 to vote.", "2026-10-03")],
)
def test_month_abbreviations_without_a_dot_beside_a_day(sentence, date):
    from datetime import datetime, timezone

    from test_timeline import dates_of

    found = dates_of(sentence, published=datetime(2026, 11, 24, 7, 0, tzinfo=timezone.utc))
    assert [resolved for _, resolved, _ in found] == [date]


@pytest.mark.parametrize("sentence", ["Jan said the pier would reopen.", "The team met in Dec, she said."])
def test_a_dotless_abbreviation_alone_is_no_month(sentence):
    from test_timeline import dates_of

    assert dates_of(sentence) == []


# --------------------------------------------------------------------------- a sixth blind set's shapes


@pytest.mark.parametrize("mark", ["Enditem", "(END)", "###"])
def test_a_wire_end_mark_glued_to_the_last_paragraph_comes_off(mark):
    article = parse_article(f"{HEAD}{PROSE}\n\n{PROSE_2} {mark}\n", "wire.txt")
    assert article.paragraphs[-1].text == PROSE_2
    assert any(line.reason == "end-mark" for line in article.dropped)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Commuters faced cancellations for a third day on WednesdayImage: Jonas Brandt/picture alliance",
         "Commuters faced cancellations for a third day on Wednesday"),
        ("Villagers package oranges at a logistics center, Nov. 10, 2026. [Photo/Xinhe]",
         "Villagers package oranges at a logistics center, Nov. 10, 2026."),
        ("Commuters board a train in this file photo taken Dec. 2, 2025. (Daehan)",
         "Commuters board a train in this file photo taken Dec. 2, 2025."),
        ("Ash rises from Mount Vetau. (Photo courtesy of Taloa government)(Rengo)", "Ash rises from Mount Vetau."),
    ],
    ids=["glued-image", "square-brackets", "agency-in-brackets", "two-credits"],
)
def test_more_credit_shapes(line, caption):
    assert ends_with_credit(line) and without_credit(line) == caption


@pytest.mark.parametrize("line", ["The vote passed. (The count was close)", "The board met on Monday"])
def test_lines_that_are_no_credit(line):
    assert not ends_with_credit(line)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip next section RW's Top Story", "interface"),
        ("Font size: A A A", "interface"),
        ("end of list", "interface"),
        ("Why you can trust Pitchside Sports", "interface"),
        ("— With assistance from Sung-min Park and Clara Ortiz-Bell.", "credits"),
        ("(Updates with analyst comment in fifth paragraph.)", "editorial-marker"),
        ("A message from Norvane Health: Across Marbury, nurses bring care closer to home", "advertising"),
        ("Get the morning briefing on Marbury politics and policy, delivered weekdays.", "newsletter"),
    ],
)
def test_chrome_of_the_sixth_set(line, reason):
    assert clutter_reason(line) == reason


def test_a_bar_breadcrumb_names_the_section():
    source = f"News|Asia Pacific\nFerry sinks off Serandu island\nPublished On 2 Dec 2026\n{PROSE}\n{PROSE_2}\n"
    assert parse_article(source, "channel.txt").section == "Asia Pacific"


def test_a_date_and_author_under_the_story_are_read_when_none_stands_above():
    source = (f"Germany\nRail union widens regional strike after talks collapse\n{PROSE}\n{PROSE_2}\n"
              "Related topics\nGermany\nStrikes\nDate 14.10.2026\nAuthor Maren Vogt\nKeywords Germany, rail\n"
              "Explore more\nGermany: Why are regional trains so often late?\n© 2026 Rheinwelle\n")
    article = parse_article(source, "broadcaster.txt")
    assert article.published.date().isoformat() == "2026-10-14"
    assert article.byline == "Maren Vogt"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_question_teaser_after_a_box_is_no_return_to_the_story():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nExplore more\nWhy are regional trains so often late?\n"
    assert paragraphs(source) == [PROSE, PROSE_2]


def test_a_timed_dateline_with_a_comma_gives_the_time():
    source = ("Appeals court revives drivers' overtime suit\n"
              "Docketwire, Lakemont (October 27, 2026, 4:38 PM EDT) -- A Twelfth Circuit panel on Tuesday revived "
              "a proposed class action accusing a freight firm of shortchanging its delivery drivers on overtime.\n"
              f"{PROSE_2}\n")
    article = parse_article(source, "legal.txt")
    assert article.published.isoformat() == "2026-10-27T16:38:00-04:00"
    assert article.paragraphs[0].text.startswith("A Twelfth Circuit panel")


def test_a_uk_clock_is_london_time():
    from briefs.sources.time_line import find_time

    assert find_time("Saturday 3 October 2026 13:40, UK")[0].value.isoformat() == "2026-10-03T13:40:00+01:00"


@pytest.mark.parametrize(
    "banner",
    [
        "We value your privacy\nWe and our partners store and/or access information on a device, such as cookies, and "
        "process personal data for personalised advertising and content.\nI ACCEPT\nMORE OPTIONS\n",
        "We care about your privacy\nWith your permission we and our partners may use precise geolocation data.\n"
        "Reject all\nManage options\n",
    ],
)
def test_a_consent_banner_above_the_page_is_no_headline_and_no_body(banner):
    source = banner + f"Local News\nCouncil to close three libraries under savings plan\nPublished 22nd Oct 2026\n{PROSE}\n{PROSE_2}\n"
    article = parse_article(source, "consent.txt")
    assert article.title == "Council to close three libraries under savings plan"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("widget", ["Saturday, November 7, 2026", "07/11/2026"])
def test_the_site_s_today_over_an_untimed_story_date_gives_way_to_it(widget):
    source = (f"Skip to content\n{widget}\nThe Sahel Clarion\nHome\nNews\nPolitics\nBusiness\n"
              "Senate passes bill to establish fertiliser blending centres\nBy Halima Danjuma, Abuja\nNovember 5, 2026\n"
              f"3:45 pm\n{PROSE}\n{PROSE_2}\n")
    article = parse_article(source, "daily.txt")
    assert article.title == "Senate passes bill to establish fertiliser blending centres"
    assert article.published.date().isoformat() == "2026-11-05"


@pytest.mark.parametrize(
    ("line", "byline"),
    [("Thandeka Mthembu | Published 2h ago", "Thandeka Mthembu"), ("Kofi Arden • 35 minutes ago", "Kofi Arden")],
)
def test_a_byline_with_its_age_after_a_bar(line, byline):
    source = f"Taxi strike enters third day in the city\n{line}\nThursday, 12 November 2026 | 14:05\n{PROSE}\n{PROSE_2}\n"
    assert parse_article(source, "site.txt").byline == byline


def test_a_comment_prompt_is_no_byline():
    from briefs.sources.byline import is_person_name

    assert not is_person_name("Your Opinion Matters")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("The library is among the branches earmarked for closure (Image: Northlight Media)",
         "The library is among the branches earmarked for closure"),
        ("Pedestrians walk past the bank's headquarters. Photographer: Lien Marchand/Brantley",
         "Pedestrians walk past the bank's headquarters."),
        ("Cranes stand idle at the port. (Allied Press Photo/Dana Reyes)", "Cranes stand idle at the port."),
    ],
)
def test_credit_shapes_of_the_sixth_set(line, caption):
    assert without_credit(line) == caption


@pytest.mark.parametrize("line", ["€1 a week for the first 12 weeks. Cancel anytime.",
                                  "Cancel anytime. Offer available to new subscribers only. Terms and conditions apply."])
def test_subscription_small_print_is_clutter(line):
    assert clutter_reason(line) == "newsletter"


def test_a_long_sponsor_message_is_advertising():
    line = ("A message from Norvane Health: Across Marbury, 9,000 Norvane nurses and caregivers are bringing care "
            "closer to home, from rural clinics to same-day home visits. See how we’re expanding access.")
    assert clutter_reason(line) == "advertising"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Vendors arrange sacks of rice at a market. — BW FILE PHOTO", "Vendors arrange sacks of rice at a market."),
        ("A test vessel is moored at the shipyard. - AA Photo", "A test vessel is moored at the shipyard."),
        ("Firefighters work at the scene on Monday. (Nebraska State Patrol via AP)", "Firefighters work at the scene on Monday."),
    ],
)
def test_agency_photo_credits_in_capitals_and_via_a_wire(line, caption):
    assert without_credit(line) == caption


@pytest.mark.parametrize("heading", ["THE BIG PICTURE", "WHAT COMES NEXT", "The Big Picture"])
def test_a_heading_ending_in_picture_is_no_credit(heading):
    assert not ends_with_credit(f"The board met. {heading}")
    assert clutter_reason(heading) != "photo-credit"


def test_an_outlet_picture_credit_needs_its_value():
    assert without_credit("The pier at dusk. Harbour Picture: Lena Okafor") == "The pier at dusk."


# --------------------------------------------------------------------------- a seventh blind set's shapes


@pytest.mark.parametrize(
    ("first", "dateline", "rest"),
    [
        ("Brussels, 26 November 2026 (EPN) – The Commission on Wednesday presented plans for one ticket.",
         "Brussels, 26 November 2026 (EPN)", "The Commission on Wednesday presented plans for one ticket."),
        ("Kesarganj: The Kesarganj Municipal Corporation on Friday approved a plan to clean up the river, which "
         "officials say receives sewage every day.", "Kesarganj", "The Kesarganj Municipal Corporation on Friday"),
        ("New Delhi: The government on Monday said it would raise the support price for wheat by six percent this year.",
         "New Delhi", "The government on Monday"),
    ],
    ids=["title-case-agency", "place-colon", "two-word-place-colon"],
)
def test_title_case_datelines(first, dateline, rest):
    from briefs.sources.dateline import split_dateline

    found, text = split_dateline(first)
    assert found == dateline and text.startswith(rest)


@pytest.mark.parametrize(
    "paragraph",
    ["Update: The council said on Friday that the meeting would move to the town hall because of storm damage.",
     "Background: Short.", "Analysis: The board has been divided for years over how to pay for the pier's repairs."],
)
def test_a_label_and_colon_is_no_dateline(paragraph):
    from briefs.sources.dateline import split_dateline

    assert split_dateline(paragraph)[0] is None


def test_a_dateline_s_day_dates_a_story_that_prints_no_time_line():
    source = ("Home | Politics | Economy | Europe | World\n"
              "Brussels, 26 November 2026 (EPN) – The European Commission on Wednesday presented plans for a single "
              f"booking system for cross-border train journeys.\n\n{PROSE_2}\n")
    article = parse_article(source, "wire.txt")
    assert article.published.date().isoformat() == "2026-11-26" and not article.published_has_time


@pytest.mark.parametrize(("line", "author"), [("Priya Vance, VP Communications", "Priya Vance"),
                                              ("Jordan Lee, Director of Communications", "Jordan Lee")])
def test_a_newsroom_post_signed_with_a_corporate_title(line, author):
    from briefs.sources.byline import read_byline

    assert read_byline(line) == author


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Arrangements by Kessler-Platt Funeral Home & Cremation Services, Harlow Valley.", "notice"),
        ("Sign the Guestbook", "interface"),
        ("Send Flowers", "interface"),
        ("Published by The Harlow Valley Sentinel on Sep. 18, 2026.", "notice"),
        ("A version of this article appears in the December 2026 issue of Science Quarry.", "notice"),
        ("Get great science journalism, from the most trusted source, delivered to the doorstep.", "newsletter"),
        ("Don't miss out on the headlines from QLD Politics. Followed categories will be added to My News.", "notice"),
        ("Comments are moderated and generally will be approved if they are on-topic and not abusive.", "notice"),
        ("This press release contains forward-looking statements within the meaning of the securities laws.", "notice"),
    ],
)
def test_chrome_of_the_seventh_set(line, reason):
    assert clutter_reason(line) == reason


def test_forward_looking_statements_end_a_release():
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nForward-looking statements\n\nStatements in this release about plans "
              "and expectations are forward-looking and involve risks that could make results differ materially.\n")
    assert paragraphs(source) == [PROSE, PROSE_2]


@pytest.mark.parametrize("label", ["Header image:", "Main image:", "Caption:"])
def test_a_caption_s_label_comes_off(label):
    source = (f"Newspaper\nCanal runs dry as farmers wait for water\nPublished November 21, 2026\n"
              f"{label} A dried-up stretch of the canal near Basti Noor. — Photo by the writer\n{PROSE}\n{PROSE_2}\n")
    assert parse_article(source, "daily.txt").caption == "A dried-up stretch of the canal near Basti Noor."


def test_a_deadline_after_an_infinitive_verb_group_is_to_come():
    from datetime import datetime, timezone

    from test_timeline import dates_of

    published = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)
    assert dates_of("A state order requires every lead line to be replaced by January 15.", published=published)[0][1] == "2027-01-15"
    assert dates_of("All lines had been replaced by January 15.", published=published)[0][1] == "2026-01-15"


def test_a_watch_teaser_with_a_bar_inside_the_story():
    source = f"{HEAD}{PROSE}\n\nWATCH | Union president says members got what they needed:\n\n{PROSE_2}\n"
    assert paragraphs(source) == [PROSE, PROSE_2]


# --------------------------------------------------------------------------- an eighth blind set's shapes


def test_an_ordinal_day_in_a_capitals_dateline():
    from briefs.sources.dateline import split_dateline

    found, rest = split_dateline("RAS QASIM, 22nd September, 2026 (SNA) -- The ministry has launched a licensing platform.")
    assert found == "RAS QASIM, 22nd September, 2026 (SNA)" and rest.startswith("The ministry")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Summary is AI generated, newsroom reviewed.", "notice"),
        ("This story has been published from a wire agency feed without modifications to the text.", "notice"),
        ("Get the latest news from India and around the world. Stay updated and follow us on Google News.", "newsletter"),
        ("For media enquiries, please contact the communications team on 01632 960 418.", "end-mark"),
        ("Story continues below gallery", "advertising"),
        ("Contact Marisol Quintero at mq@example.com or follow her on X @MQuinteroNews.", "credits"),
    ],
)
def test_chrome_of_the_eighth_set(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize(
    "sentence",
    ["Those interested can sign up through the alliance's website before Nov. 30.",
     "Residents who want to read more about the plan can visit the library on Friday."],
)
def test_an_interface_phrase_inside_a_story_sentence_is_words(sentence):
    assert clutter_reason(sentence) is None


@pytest.mark.parametrize("line", ["Enjoying The Harbour Five? Forward it to a friend.", "Sign up for our newsletter."])
def test_an_interface_phrase_opening_a_sentence_is_still_a_prompt(line):
    assert clutter_reason(line) is not None


def test_notes_to_editors_end_a_release():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nNotes to editors\n\nThe council serves 120,000 residents across the district and its villages.\n"
    assert paragraphs(source) == [PROSE, PROSE_2]


def test_glued_update_and_publication_times_give_the_publication():
    from briefs.sources.time_line import find_time

    stamp, rest = find_time("Updated September 17, 2026 at 8:40 p.m. EDT|Published September 17, 2026 at 6:12 p.m. EDT")
    assert stamp.value.isoformat() == "2026-09-17T18:12:00-04:00" and rest == ["Updated September 17, 2026 at 8:40 p.m. EDT"]


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("City staff said the contracts could be in place by Dec. 7, ahead of winter.", (2026, 11, 23), "2026-12-07"),
        ("Officials said unsafe jetties would be closed and pontoons installed in their place by December 31.",
         (2026, 10, 14), "2026-12-31"),
        ("The alliance plans to present results from samples taken during the cleanup at the meeting on Oct. 13.",
         (2026, 10, 3), "2026-10-13"),
        ("The harbormaster said the permit could take until the end of January.", (2026, 10, 3), "2027-01"),
        ("Aides said the panel could take up a revised bill as early as Oct. 1.", (2026, 9, 17), "2026-10-01"),
    ],
    ids=["modal-deadline", "modal-then-elided-participle", "future-then-bare-participle", "modal-until", "as-early-as"],
)
def test_dates_to_come_behind_modals_and_participles(sentence, published, date):
    from datetime import datetime, timezone

    from test_timeline import dates_of

    assert dates_of(sentence, published=datetime(*published, tzinfo=timezone.utc))[0][1] == date


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("The council could not meet on Oct. 1, the mayor said.", (2026, 10, 3), "2026-10-01"),
        ("Households will pay more from February after the board voted on Tuesday night.", (2024, 12, 11), "2024-12-10"),
        ("Crews had installed the pontoons by October 1.", (2026, 10, 3), "2026-10-01"),
    ],
    ids=["modal-without-deadline", "finite-past-after-future", "past-perfect-deadline"],
)
def test_past_dates_near_modals_stay_past(sentence, published, date):
    from datetime import datetime, timezone

    from test_timeline import dates_of

    found = {expression: resolved for expression, resolved, _ in dates_of(sentence, published=datetime(*published, tzinfo=timezone.utc))}
    assert date in found.values()


def test_a_line_taken_for_the_caption_by_place_is_reported_when_a_credited_caption_replaces_it():
    source = ("THE CORNICHE HERALD\nYour community. Your news.\nTuesday, December 1, 2026\nHome | Local | Region | Business\n"
              "Breaking: Coastal road closed until 6pm\nBusiness\nPort authority plans to double container capacity by 2030\n"
              "Wire Service\n01/12/2026 10:40 GST\nCranes at the container terminal on Monday.\nFile photo / MPS\n"
              f"{PROSE}\n{PROSE_2}\n")
    article = parse_article(source, "masthead.txt")
    lines = [line.strip() for line in source.splitlines() if line.strip()]
    reported = {line.text for line in article.dropped}
    fields = [article.title, article.caption, article.section, article.byline, article.extra.get("standfirst")]
    assert all(line in reported or line in article.text or any(value and line in value for value in fields)
               or line.startswith(("01/12", "Tuesday")) for line in lines)


@pytest.mark.parametrize("label", ["Environment", "Security", "Local Politics"])
def test_a_label_set_apart_from_the_menu_by_a_blank_line_names_the_section(label):
    source = (f"Home\nNews\nSport\nBusiness\nObituaries\n\n{label}\nReservoirs fall to their lowest July level since records began\n"
              f"Published 14 July 2025, 07:00 BST\n{PROSE}\n{PROSE_2}\n")
    assert parse_article(source, "broadsheet.txt").section == label


def test_a_menu_running_on_to_the_headline_names_no_section():
    source = ("Home\nNews\nSport\nBusiness\nObituaries\nReservoirs fall to their lowest July level since records began\n"
              f"Published 14 July 2025, 07:00 BST\n{PROSE}\n{PROSE_2}\n")
    assert parse_article(source, "broadsheet.txt").section is None


@pytest.mark.parametrize("label", ["bayside-chronicle.com.au", "Posted by harbourreader"])
def test_an_address_or_a_byline_over_the_headline_is_no_section(label):
    source = f"{label}\nBoard votes to rebuild the old pier\nMarch 4, 2025\n{PROSE}\n{PROSE_2}\n"
    assert parse_article(source, "site.txt").section is None


def test_a_labelled_image_with_its_credit_on_the_next_line():
    source = ("NEWS RELEASE 10-NOV-2026\nYoung kelp crabs find their way home by listening to waves\n"
              "IMAGE: A juvenile kelp crab in a listening trial tank at the field station. view more\n"
              f"CREDIT: Tove Lindqvist/Halvorsen Institute\n{PROSE}\n{PROSE_2}\n")
    assert parse_article(source, "release.txt").caption == "A juvenile kelp crab in a listening trial tank at the field station."


@pytest.mark.parametrize(("line", "reason"), [("Image Source : BHARAT LIVE", "photo-credit"),
                                              ("Photo courtesy: Harbour Board", "photo-credit")])
def test_credit_lines_with_a_source_or_courtesy_label(line, reason):
    assert clutter_reason(line) == reason


def test_a_screen_reader_caption_label_comes_off_a_saved_page_s_caption():
    from briefs.sources.saved_page import parse_html

    body = "".join(f"<p>{text}</p>" for text in (PROSE, PROSE_2, PROSE_3))
    page = ("<!DOCTYPE html><html lang='en'><head><title>Pier to be rebuilt</title></head><body><article>"
            "<h1>Pier to be rebuilt</h1><figure><img src='p.jpg' alt=''><figcaption>Image caption, Crews inspect the "
            f"piles at low tide on Monday</figcaption></figure>{body}</article></body></html>")
    assert parse_html(page, "page.html").caption == "Crews inspect the piles at low tide on Monday"


def test_items_printed_without_bullets_after_a_colon_are_no_teasers():
    items = ["A climate-controlled composite hull shop capable of producing up to fourteen vessels a year",
             "An on-site battery integration and testing bay supplied by renewable power",
             "A deep-water launch slip shared with the harbour commission and the coastguard"]
    source = f"{HEAD}{PROSE}\n\nKey features of the facility include:\n\n" + "\n\n".join(items) + f"\n\n{PROSE_2}\n"
    kept = paragraphs(source)
    assert all(item in kept for item in items)


@pytest.mark.parametrize("clock", ["3:45 pm", "15:45"])
def test_a_clock_alone_under_a_date_alone_gives_the_date_its_time(clock):
    source = f"Senate passes fertiliser bill\nBy Halima Danjuma, Abuja\nNovember 5, 2026\n{clock}\n{PROSE}\n{PROSE_2}\n"
    assert parse_article(source, "daily.txt").published.isoformat() == "2026-11-05T15:45:00"


@pytest.mark.parametrize("byline", ["", "By Kim Sato\n"])
def test_first_published_under_the_story_corrects_an_update_time_above_it(byline):
    source = (f"Rainwater harvesting to be made mandatory\n{byline}Varanpur | Updated: September 15, 2026 10:22 IST\n"
              f"{PROSE}\n{PROSE_2}\n© The Deccan Sentinel\nFirst published on: 14-09-2026 at 19:05 IST\nTags:\nGroundwater\n")
    assert parse_article(source, "explainer.txt").published.isoformat() == "2026-09-14T19:05:00+05:30"


def test_a_published_time_above_is_not_replaced_by_one_under_the_story():
    source = (f"Rainwater harvesting to be made mandatory\nPublished: September 15, 2026 10:22 IST\n{PROSE}\n{PROSE_2}\n"
              "First published on: 14-09-2026 at 19:05 IST\n")
    assert parse_article(source, "explainer.txt").published.isoformat() == "2026-09-15T10:22:00+05:30"


@pytest.mark.parametrize(
    ("line", "author"),
    [("By Kenta Moriyama / Japan Chronicle Staff Writer", "Kenta Moriyama"),
     ("Shari-Ann Lovell/Staff Reporter", "Shari-Ann Lovell")],
)
def test_a_byline_with_a_slash_is_no_photo_credit(line, author):
    from briefs.sources.byline import read_byline

    assert clutter_reason(line) is None
    assert read_byline(line) == author


@pytest.mark.parametrize("credit", ["Jane Roe/Reuters", "Hollis Dane/Carrow Examiner"])
def test_a_name_and_an_outlet_after_a_slash_is_still_a_credit(credit):
    assert clutter_reason(credit) == "photo-credit"


@pytest.mark.parametrize(("name", "person"), [("Clara Ong Hui Min", True), ("Share Article", False), ("Read More", False),
                                               ("Sign In Now", False)])
def test_a_name_may_hold_one_word_that_is_also_an_interface_word(name, person):
    from briefs.sources.byline import is_person_name

    assert is_person_name(name) is person


def test_a_sentence_over_its_photo_credit_is_the_caption_even_with_a_byline_under_it():
    source = ("14km cycling network to link homes to new MRT station\n"
              "Residents cycling along a park connector on Nov 22. The network will add sheltered crossings.\n"
              "MP PHOTO: GAVIN LEONG\nClara Ong Hui Min\nTransport Correspondent\nPublished Nov 23, 2026, 05:40 PM\n"
              f"{PROSE}\n{PROSE_2}\n")
    article = parse_article(source, "daily.txt")
    assert article.caption.startswith("Residents cycling along a park connector")
    assert article.byline == "Clara Ong Hui Min"


@pytest.mark.parametrize("label", ["Image:", "Photo:", "Picture"])
def test_a_caption_under_an_image_label_printed_alone(label):
    source = (f"{HEAD}{label}\nTomás Ellery has scored four goals in nine league games this season\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    article = parse_article(source, "sports.txt")
    assert article.caption == "Tomás Ellery has scored four goals in nine league games this season"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_name_under_an_image_label_is_its_credit_not_a_caption():
    article = parse_article(f"{HEAD}Photo:\nJane Roe\n{PROSE}\n\n{PROSE_2}\n", "sports.txt")
    assert article.caption is None
