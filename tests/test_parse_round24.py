"""Shapes rather than wordings, round 24: a page that prints each photo's credit over its caption.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import PROSE, PROSE_2, PROSE_3, parsed

QUOTE = '"We have never seen the water come up this fast," said one resident who has lived there for decades.'

# ------------------------------------------------------------------ a credit set apart from the line above, joined to the one below


@pytest.mark.parametrize("credit, caption", [
    ("Harriet Calloway/BBS", "Margaret Ellison said she had spent more than £20,000 on repairs after the last flood"),
    ("Getty Images", "Crews cleared fallen trees from the coast road near the harbour"),
    ("REUTERS/Ana Ruiz", "The old pier in its first summer, before the storm of 1953"),
])
def test_a_credit_joined_to_the_line_below_heads_that_caption_not_the_paragraph_above(credit, caption):
    source = (f"Board votes to rebuild the old pier\n\n4 December 2026\n\n{PROSE}\n\n{QUOTE}\n\n"
              f"{credit}\n{caption}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, QUOTE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("credit", ["Getty Images", "Harriet Calloway/BBS"])
def test_a_credit_joined_to_the_line_above_still_closes_that_caption(credit):
    caption = "Crews cleared fallen trees from the coast road near the harbour"
    source = (f"Board votes to rebuild the old pier\n\n4 December 2026\n\n{PROSE}\n\n{QUOTE}\n\n"
              f"{caption}\n{credit}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, QUOTE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ the lead photo's credit, a name, over its caption


@pytest.mark.parametrize("lead_credit, lead_caption", [
    ("Environment Agency", "Sandbags were laid along Church Street as the river rose on Monday afternoon"),
    ("Harbour Board", "The pier was closed last winter after a storm damaged its piles"),
    ("PA Media", "Fishing crews land their catch at the pier every morning"),
])
def test_on_a_page_that_credits_over_captions_the_story_opening_under_a_name_is_the_lead_caption(lead_credit, lead_caption):
    later_caption = "Margaret Ellison said she had spent more than £20,000 on repairs after the last flood"
    source = (f"Board votes to rebuild the old pier\n22 December 2026\nShare\nHarriet Calloway\nBBS News, Cumbria\n"
              f"{lead_credit}\n{lead_caption}\n\n{PROSE}\n\n{QUOTE}\n\nHarriet Calloway/BBS\n{later_caption}\n\n"
              f"{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == lead_caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, QUOTE, PROSE_2, PROSE_3]
    assert not any(lead_credit in paragraph.text for paragraph in article.paragraphs)


def test_a_short_stopped_paragraph_under_a_name_is_the_story_on_a_page_that_credits_over_captions():
    # the rule wants a line with no stop: a stopped sentence under a name is the story's (a byline's name over it)
    opening = "The pier closed last winter."
    later_caption = "Margaret Ellison said she had spent more than £20,000 on repairs after the last flood"
    source = (f"Board votes to rebuild the old pier\n22 December 2026\nShare\nHarriet Calloway\n{opening}\n\n{PROSE}\n\n"
              f"{QUOTE}\n\nHarriet Calloway/BBS\n{later_caption}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == later_caption
    assert article.paragraphs[0].text == opening


# ------------------------------------------------------------------ a path of sections is no photographer and agency

from briefs.sources.clutter import clutter_reason  # noqa: E402


@pytest.mark.parametrize("text", ["JAPAN / POLITICS", "Japan / Politics", "CHINA / WORLD", "KOREA / BUSINESS"])
def test_a_country_and_a_section_joined_by_a_spaced_slash_are_a_path_of_sections(text):
    assert clutter_reason(text) != "photo-credit"


@pytest.mark.parametrize("text", ["KIM HONG-JI / REUTERS", "Kyodo / Jiji", "Ana Ruiz / AFP", "Biz/Tech"])
def test_a_name_and_an_agency_joined_by_a_slash_stay_a_credit(text):
    assert clutter_reason(text) in {"photo-credit", "navigation"}


MENU_WITH_TODAY = ("Skip to main content\nThe Pier Ledger\nMonday, November 16, 2026\nSUBSCRIBE\nLOG IN\nSearch\nNews\n"
                   "Japan\nBusiness\nWorld\nOpinion\nLife\nCulture\nSports\n")


@pytest.mark.parametrize("path", ["JAPAN / POLITICS", "NATIONAL / POLITICS", "BRITAIN / BUSINESS"])
@pytest.mark.parametrize("byline, role", [
    ("by Daniel Whitcombe and Mika Osanai", "Staff writers"),
    ("BY HARUKA MINEGISHI", "STAFF WRITER"),
    ("By Ana Ruiz", "Transport correspondent"),
])
def test_a_headline_under_a_section_path_with_the_role_under_its_byline_and_the_site_date_atop(path, byline, role):
    headline = "Board votes to rebuild the old pier after winter storm"
    source = (f"{MENU_WITH_TODAY}{path}\n{headline}\n{byline}\n{role}\nNov 16, 2026\nSHARE\nFacebook\nCopy link\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a reader app's line over the source's time, headline and byline


@pytest.mark.parametrize("app_line", [
    "Priya Nandakumar flipped into Threat Level",
    "Shared to Harbour Watchers by Tom Aske",
    "Saved from your Morning Briefing feed",
])
@pytest.mark.parametrize("source_name, when", [("Nordwire", "November 7, 2026"), ("The Pier Ledger", "7 Nov 2026")])
def test_the_headline_over_the_byline_under_the_sources_time_beats_an_app_line_above(app_line, source_name, when):
    headline = "Cyberattack cripples ticket sales on northern German rail network"
    source = (f"Pageturn\nFor You\nExplore\nLog In\n{app_line}\n\n{source_name}\n{when}\n{headline}\nBy Owen Talbot\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_deck_under_the_time_line_stays_under_the_headline_over_it():
    headline = "Board votes to rebuild the old pier"
    deck = "Work will start in spring and the pier should reopen before summer"
    source = f"{headline}\nNovember 7, 2026\n{deck}\nBy Owen Talbot\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parsed(source)
    assert article.title == headline


# ------------------------------------------------------------------ credits, stop 44's shapes


@pytest.mark.parametrize("text", [
    "Ramón Echevarría AP", "Jane Roe Getty Images", "Lee Min-ho AFP",
    "Rick Alvarez/AP, FILE", "Ana Ruiz/Reuters, File",
    "Crown copyright",
])
def test_more_credit_shapes(text):
    assert clutter_reason(text) == "photo-credit"


@pytest.mark.parametrize("text", ["By Jane Roe AP", "Andrea Ruiz Castaño", "The AP", "Crown copyright 2026 and more"])
def test_lines_near_those_credit_shapes_are_not_credits(text):
    assert clutter_reason(text) != "photo-credit"


# ------------------------------------------------------------------ time lines, stop 44's shapes

from briefs.sources.time_line import find_time  # noqa: E402


@pytest.mark.parametrize("text, expected, rest", [
    ("0 Comment(s)Print E-mail Huaxin, December 13, 2026", (2026, 12, 13, 0, 0), "Huaxin"),
    ("Comments (3) Print Share Pier Ledger, 7 November 2026", (2026, 11, 7, 0, 0), "Pier Ledger"),
    ("2026-12-13 15:42:08 ECNA App Download", (2026, 12, 13, 15, 42), "ECNA App Download"),
    ("2025-02-07 09:05 Pier Ledger", (2025, 2, 7, 9, 5), "Pier Ledger"),
    ("By Li Hong (People's Journal Online) 14:37, December 13, 2026", (2026, 12, 13, 14, 37), "By Li Hong (People's Journal Online)"),
    ("By Ana Ruiz 9:05 am, March 4, 2025", (2025, 3, 4, 9, 5), "By Ana Ruiz"),
    ("Release No: NR-118-26 | Dec. 10, 2026", (2026, 12, 10, 0, 0), "Release No: NR-118-26"),
    ("Brussels, 12/20/2026 - 14:35, UNIQUE ID: 261220_12", (2026, 12, 20, 14, 35), None),
])
def test_time_lines_with_toolbars_sources_bylines_and_references_beside_them(text, expected, rest):
    found = find_time(text)
    assert found is not None
    stamp, others = found
    value = stamp.value
    assert (value.year, value.month, value.day, value.hour, value.minute) == expected
    if rest is not None:
        assert rest in others


@pytest.mark.parametrize("text", ["Saved on Sunday, November 17, 2024 at 9:48 PM", "Share this story, December 13, 2026"])
def test_a_read_later_apps_label_or_a_sentence_is_no_toolbar_before_a_time(text):
    assert find_time(text) is None


def test_a_dates_reading_is_settled_by_the_date_above_and_takes_its_clock():
    source = ("Home\nPress Material\nStatements\nStatement on the launch\n10.12.2026\nBrussels\n"
              "Brussels, 10/12/2026 - 14:35, UNIQUE ID: 261210_12\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert (article.published.month, article.published.day, article.published.hour) == (12, 10, 14)


# ------------------------------------------------------------------ headlines closed by initials; an event's name


@pytest.mark.parametrize("headline", [
    "Chinese envoy calls for expanded subnational exchanges between China, U.S.",
    "Storm knocks out power across B.C.",
    "Talks on fishing rights resume between Japan, S. Korea",
])
def test_a_headline_closed_by_a_countrys_initials_over_the_time_line_is_the_headline(headline):
    source = f"Home\nNews\nWorld\n\n{headline}\nPier Ledger, December 13, 2026\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parsed(source)
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_one_sentence_paragraph_closed_by_initials_in_the_body_stays_a_paragraph():
    closing = "The envoy is due to return to the U.S."
    source = f"Board votes to rebuild the old pier\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n\n{closing}\n\n{PROSE_3}\n"
    assert closing in [paragraph.text for paragraph in parsed(source).paragraphs]


@pytest.mark.parametrize("title", [
    "Japan-Australia Defense Ministerial Meeting", "Pacific Islands Leaders Summit", "Japan-Philippines Maritime Dialogue",
])
def test_a_release_titled_with_an_events_name_under_its_date_is_no_byline(title):
    source = (f"Home\nPress Releases\n2026\n{title}\nPress Releases\nDecember 10, 2026\n{title}\n"
              f"{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == title
    assert not article.byline


def test_an_institutions_copyright_with_its_year_credits_the_photo_over_it():
    caption = "Flags of the European Union in front of the Berlaymont building in Brussels"
    source = (f"Statement on the launch\n10.12.2026\nStatements on behalf of the EU\n{caption}\n© European Union, 2026\n"
              f"{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    assert parsed(source).caption == caption


# ------------------------------------------------------------------ videos' titles inside the story, and related links


@pytest.mark.parametrize("title, duration", [
    ("Philippine crew describes water cannon standoff at sea", "01:58"),
    ("Germany's hospital reform: Which clinics will close?", "03:12"),
    ("Storm knocks out power across B.C.", "2:14"),
])
def test_a_short_title_right_over_a_running_time_inside_the_story_is_the_videos(title, duration):
    source = (f"Board votes to rebuild the old pier\nMarch 4, 2025\n\n{PROSE}\n\n{title}\n{duration}\n\n"
              f"{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_subheading_over_a_paragraph_is_no_videos_title():
    heading = "Flood defences delayed"
    source = f"Board votes to rebuild the old pier\nMarch 4, 2025\n\n{PROSE}\n\n{heading}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert heading in [block.text for block in parsed(source).blocks]


def test_a_players_label_with_its_running_time_in_words_and_in_short_heads_the_description_under_it():
    description = "Skiers queue for lifts at Hakuba as foreign visitors return to the slopes."
    source = (f"Board votes to rebuild the old pier\nMarch 4, 2025\n\n{PROSE}\n\nPlay Video. Duration: 2 minutes 4 seconds\n2m\n"
              f"{description}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("label", ["Related Article", "See also", "Related stories:", "More on this story"])
@pytest.mark.parametrize("link", [
    "Sydney's lockout laws are long gone. So why does the city still go to sleep at midnight?",
    "Harbour board names new chief executive",
])
def test_a_link_under_a_related_label_alone_is_another_story(label, link):
    source = (f"Board votes to rebuild the old pier\nMarch 4, 2025\n{PROSE}\nAdvertisement\n{label}\n{link}\n"
              f"{PROSE_2}\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_read_more_is_no_related_label_the_story_may_go_on_under_it():
    source = f"Board votes to rebuild the old pier\nMarch 4, 2025\n{PROSE}\nRead more\n{PROSE_2}\n{PROSE_3}\n"
    assert PROSE_2 in [paragraph.text for paragraph in parsed(source).paragraphs]


@pytest.mark.parametrize("label", ["Video", "Watch", "Now Playing"])
def test_a_videos_title_under_its_players_label_atop_the_page_is_not_the_headline(label):
    headline = "Missing hiker found alive after five freezing nights in mountains"
    source = (f"Home\nNews\nSports\nclose\n{label}\nHiker found alive after five nights in snowbound wilderness\n"
              "The sheriff describes the moment a helicopter crew spotted the missing hiker near a frozen creek bed.\n"
              f"U.S.\n{headline}\nThe hiker built a shelter from branches, the sheriff says\nBy Kendra Lyle\n"
              f"Published December 6, 2026 9:15am EST\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).title == headline


def test_a_menus_video_item_over_the_headline_is_no_players_label():
    headline = "Bangkok to bar heavy trucks from inner city during dust spikes"
    source = (f"HOME\nTHAILAND\nWORLD\nBUSINESS\nOPINION\nPHOTO\nVIDEO\n{headline}\n"
              "City Hall says the ban starts when dust stays high for three days in a row\n"
              f"PUBLISHED : 3 Dec 2026 at 15:48\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).title == headline


@pytest.mark.parametrize("text", [
    "NEWYou can now listen to Fox News articles!", "You can now listen to Pier Ledger articles.",
    "Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.",
])
def test_standing_lines_of_stop_44(text):
    assert clutter_reason(text) == "notice"


# ------------------------------------------------------------------ credits closing captions, stop 44's shapes

from briefs.sources.caption import ends_with_credit, without_credit  # noqa: E402


@pytest.mark.parametrize("caption, credit", [
    ("A bear caught in a box trap set up in the storeroom (around 6:40 a.m. on the 10th, Nakano)", "= Provided by Kurosawa City"),
    ("Ferries wait at the pier on the 3rd", "= Photo courtesy of the Harbour Board"),
    ("Residents wade through a flooded street in Ormoc City", "(Bobby VILLARAMA)"),
    ("Delegates arrive at the summit venue", "(Anne-Marie DE LA CRUZ)"),
    ("Soldiers unload equipment at Laoag, on April 22, 2026.", "(AP Photo/Jun Dumaguing, File) more >"),
])
def test_credits_closing_a_caption_in_three_more_shapes(caption, credit):
    line = f"{caption} {credit}"
    assert ends_with_credit(line)
    assert without_credit(line) == caption


@pytest.mark.parametrize("text", ["He said he would tell us more >", "The talks went on (Tuesday)", "Prices rose = Reuters poll"])
def test_lines_ending_near_those_shapes_carry_no_credit(text):
    assert not ends_with_credit(text)


@pytest.mark.parametrize("text", ["Photos/Videos", "Sports/Video", "Culture/Life"])
def test_two_menu_items_joined_by_a_slash_are_no_credit(text):
    assert clutter_reason(text) != "photo-credit"


def test_a_caption_over_its_hide_and_toggle_buttons_is_the_caption():
    caption = "Teacher Marisa Kolb leads a reading group in Hollis, Kan. The district moved to a four-day week in August."
    source = (f"Board votes to rebuild the old pier\nMarch 4, 2025\n\n{caption}\nhide caption\n\ntoggle caption\nAna Ruiz/Pier Ledger\n\n"
              f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("text", [
    "Get 40% off Fairline Vantage and see every side of every story. Upgrade",
    "Get 50% off a year of Statecraft: Subscribe Now", "Enjoy up to 30% off your first year",
])
def test_a_subscriptions_offer_is_a_notice(text):
    assert clutter_reason(text) == "notice"


def test_a_summary_box_ends_at_the_time_line_under_it():
    source = ("Home\nRegions\nTopics\nNortheast Asia\nChina and Japan need a crisis hotline that actually rings\n"
              "Reading Time: 5 mins\nIn Brief\n"
              "A fighter's radar lock went unaddressed for hours because the hotline went unanswered.\n"
              "Crisis-management mechanisms fail when answering the phone carries political costs.\n"
              "Published: 30 November 2026\nAuthors: Yuki Sasaoka, Hokuriku University and Chen Liwei, Straits Institute\n"
              f"Share this article\nFacebook\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert (article.published.year, article.published.month, article.published.day) == (2026, 11, 30)
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("text", ["Published 30 Nov 2026 06:00    0 Comments", "Dec 3, 2026 | Print | Share",
                                  "March 4, 2025 Comments (12)"])
def test_a_time_line_with_buttons_after_it(text):
    assert find_time(text) is not None


# ------------------------------------------------------------------ more of stop 44's shapes, from sets 91-92


@pytest.mark.parametrize("text", ["| Photo: AFP / Martín Suárez", "• Photo: Reuters/Ana Ruiz", "(Thabo Mahlangu/M&G)",
                                  "(Jane Roe/A&E Pictures)"])
def test_credits_with_a_bar_before_or_an_ampersand_in_the_outlet(text):
    assert clutter_reason(text) == "photo-credit"


@pytest.mark.parametrize("text", ["214", "37", "1.2K", "2,400", "3M"])
def test_a_count_alone_on_its_line_is_interface(text):
    assert clutter_reason(text) == "interface"


@pytest.mark.parametrize("text", ["2026", "12.5", "Route 66"])
def test_a_year_or_a_figure_with_a_point_is_no_count(text):
    assert clutter_reason(text) != "interface"


@pytest.mark.parametrize("text", ["Tired of too many ads?", "go ad free now", "Go ad-free"])
def test_an_offer_to_read_without_ads_is_a_notice(text):
    assert clutter_reason(text) == "notice"


@pytest.mark.parametrize("caption, owner", [
    ("Workers inspect wafers at a semiconductor plant in Hsinchu Science Park.", "(中央社)"),
    ("A coast guard ship sails near the islands", "（共同）"),
    ("Delegates pose before the talks.", "(연합뉴스)"),
])
def test_an_owner_named_in_chinese_japanese_or_korean_closes_an_english_caption(caption, owner):
    assert without_credit(f"{caption} {owner}") == caption


@pytest.mark.parametrize("text", ["中文（简体）", "光洋新聞オンライン（日本語）"])
def test_a_language_switchers_item_carries_no_credit(text):
    assert not ends_with_credit(text)


def test_a_gallery_counter_before_the_caption_is_no_part_of_it():
    caption = "FILE - A missile launcher vehicle is displayed during a drill at Camp Ishigaki, Nov. 12, 2025."
    source = (f"Board votes to rebuild the old pier\nBY ANA RUIZ\nUpdated 3:10 AM GMT+9, December 3, 2026\n"
              f"1 of 3 | {caption} (AP Photo/Ken Ito, File)\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).caption == caption


def test_a_portals_buttons_in_korean_are_no_box_of_labels():
    caption = "Ministers pose before their talks at the defence ministry in Seoul on Friday. [MINISTRY OF NATIONAL DEFENSE]"
    source = ("Ministers agree to co-produce armored vehicles\n입력 2025.02.07. 오후 4:09\n기사원문\n구독\n추천\n댓글\n12\n"
              f"본문 요약봇\n텍스트 음성 변환 서비스 사용하기\n글자 크기 변경하기\n공유하기\n인쇄하기\n{caption}\n{PROSE}\n\n"
              f"{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption.rsplit(" [", 1)[0]
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ sets 93-94: opinion pages' links and notes, a lead video


@pytest.mark.parametrize("link", [
    "Opinion | America's Pacific allies are done waiting",
    "Opinion | China's coast guard is testing Japan. Washington must answer.",
    "Analysis | The pier vote split the council",
])
def test_a_link_after_a_kicker_and_a_bar_between_paragraphs_is_another_story(link):
    source = f"Board votes to rebuild the old pier\nMarch 4, 2025\n\n{PROSE}\n\n{link}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("text", [
    "Editorials represent the views of The Post as an institution, as determined through debate among members of the "
    "Editorial Board, based in the Opinions section and separate from the newsroom.",
    "Follow the Editorial Board", "Loading ...", "Thank you for donating to PolderNews.nl.",
])
def test_an_opinion_pages_notes_and_a_widgets_marks_are_notices(text):
    assert clutter_reason(text) == "notice"


@pytest.mark.parametrize("description", [
    "Japan's Defence Minister says the missile flew for about 70 minutes before falling into the sea.",
    "Crews clear fallen trees from the coast road as the storm moves north.",
])
def test_the_description_of_the_video_over_the_story_stands_for_its_caption(description):
    source = ("Missile lands in Japan's waters, Tokyo says\nBy North Asia correspondent Marcus Hale\n"
              "Posted Sat 12 Dec 2026 at 1:14pm\nShare\nWatch\nDuration: 1 minute 12 seconds\n1m 12s\n"
              f"Play Video. Duration: 1 minute 12 seconds\n{description}\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == description
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ sets 95-96: the issue's own awkward shapes, again


@pytest.mark.parametrize("outlet", ["(Kita-Nippon Daily News)", "(The Pier Ledger)", "(Harbour Times)"])
@pytest.mark.parametrize("under", ["Story by Aiko Tanabe", "By Aiko Tanabe", "Dec 18, 2026, 10:42 AM JST"])
def test_a_headline_with_its_outlet_in_brackets_over_its_byline_or_time_is_the_headline(outlet, under):
    headline = "Japan's Cabinet approves record defense budget as Senkaku pressure grows"
    source = (f"Skip to main content\nNewsfold\nHome\nFor You\nWorld\nSign in\n{headline} {outlet}\n{under}\n"
              f"Dec 18, 2026, 10:42 AM JST\nFollow\nShare\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == headline
    assert article.caption is None


def test_a_caption_closed_by_an_outlet_in_brackets_with_the_story_under_it_stays_a_caption():
    caption = "Residents clear debris from a street in Sendai on Thursday (Sendai Daily News)"
    source = f"Storm batters the north coast\nBy Aiko Tanabe\nDec 18, 2026\n{caption}\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert parsed(source).title == "Storm batters the north coast"


@pytest.mark.parametrize("caption, credit", [
    ("Coast guard vessels sail near Uotsuri Island, as seen from a patrol aircraft.", "（写真：Harbourline/アフロ）"),
    ("The research vessel leaves port on Tuesday night.", "（写真：The Tokyo Ledger）"),
    ("Japan's Defense Ministry released images of the fighter jets on Thursday", "=防衛省提供"),
    ("The carrier sails between Okinawa Island and Miyako Island on Saturday.", "| Defense Ministry / via Meiho"),
    ("The defense secretary speaks at the Pentagon on Dec. 2, 2026.", "Jack Gruber, Nation Today"),
])
def test_credits_in_japanese_after_an_equals_sign_through_an_agency_and_a_papers_photographer(caption, credit):
    line = f"{caption}{credit}" if credit[0] in "（=" else f"{caption} {credit}"
    assert without_credit(line) == caption


def test_a_name_and_a_paper_alone_on_a_line_stay_a_byline_not_a_credit():
    assert clutter_reason("Jack Gruber, Nation Today") != "photo-credit"


@pytest.mark.parametrize("label", ["Full text:", "Document ID:", "Rights:", "Word count:"])
def test_a_news_databases_labels_are_field_labels(label):
    from briefs.sources.clutter import is_field_label
    assert is_field_label(label)


@pytest.mark.parametrize("text", [
    "EXPLORE NEWSLETTERS", "Your support helps us to tell the story",
    "At such a critical moment, your support is vital. Help us keep our reporting free for everyone.",
    "From the courts to the coast, The Sovereign has reporters on the ground. Our journalism depends on readers like you.",
])
def test_a_support_boxs_lines_are_notices(text):
    assert clutter_reason(text) in {"notice", "reader-prompt"}


def test_a_summary_boxs_points_of_different_lengths_all_stay_in_the_box():
    points = ["Defense Secretary Marcus Hale will travel to Japan and the Philippines this week.",
              "The trip follows a Chinese water cannon attack on a Philippine supply boat and large drills near Taiwan.",
              "Hale is expected to announce new funding for Philippine bases that host U.S. troops."]
    source = ("Pentagon chief to visit Tokyo, Manila as pressure grows\nTom Vanderpool\nPublished 5:00 a.m. ET Dec. 14, 2026\n"
              "Key Points\nAI-assisted summary\n" + "\n".join(points) + f"\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("byline", ["By Yvonne Chen, Martin Lau and Ethan Kuo", "By Ana Ruiz"])
def test_a_live_pages_labelled_headline_over_its_byline_is_the_headline(byline):
    headline = "LIVE: Taiwan election results - ruling party wins legislative majority as opposition concedes"
    source = (f"Skip to main content\nExclusive news, data and analytics for financial market professionalsLearn more about"
              f"Kestrel Workspace\nWorld\nBusiness\nAsia Pacific\n{headline}\n{byline}\n"
              f"December 12, 2026 7:58 AM GMTUpdated 12 mins ago\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).title == headline


def test_a_live_label_between_paragraphs_still_links_to_another_page():
    link = "LIVE: Follow the latest on the storm as it moves north"
    source = f"Board votes to rebuild the old pier\nMarch 4, 2025\n\n{PROSE}\n\n{link}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("text", ["Add to folder", "« Back to results", "Saved searches", "Item 7 of 214", "Document 3 of 41"])
def test_a_news_databases_buttons_are_interface(text):
    assert clutter_reason(text) in {"interface", "gallery-counter"}


def test_a_news_databases_fields_over_the_headline_leave_it_the_headline():
    headline = "Manila, Tokyo and Washington agree to expand joint coast guard patrols"
    source = ("NewsFlow Syndication\nDashboard\nFeeds\nSaved searches\nLog out\n« Back to results\nItem 7 of 214\nDownload\n"
              "Print\nAdd to folder\nID: 88412097\nNumber: 2026/12/21-0147\nAuthor:\nDate: 21.12.2026 06:15\n"
              f"Source: Indo-Pacific Business Review\nSection: Asia-Pacific\nLanguage: English\nWords: 358\n{headline}\n"
              f"{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == headline
    assert article.caption is None


@pytest.mark.parametrize("caption, credit", [
    ("A coast guard vessel patrols waters near Uotsuri Island in the East China Sea.", "| Tomoe"),
    ("Ferries wait at the pier on Tuesday.", "| Harbour Board"),
])
def test_a_name_after_a_captions_stop_and_a_bar_is_its_credit(caption, credit):
    assert without_credit(f"{caption} {credit}") == caption


def test_an_owners_copyright_with_initials_credits_the_photo_over_it():
    caption = "A U.S. Army launcher fires a missile during an exercise in Australia's Northern Territory."
    source = (f"US to deploy missile battery to Japan's southwestern islands\nBy Ana Ruiz\nDec 21, 2026, 8:40 AM JST\n"
              f"Like\nSave\n{caption}\n© U.S. Army/Pacific Ledger\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert parsed(source).caption == caption


@pytest.mark.parametrize("text", [
    "Photo courtesy of the Ministry of National Defense Nov. 27, 2026", "Courtesy of the Harbour Board Dec. 3, 2026",
    "Chart: The Mercantile", "Graphic: Pier Ledger",
])
def test_a_lent_pictures_credit_with_its_day_and_a_charts_outlet_are_credits(text):
    assert clutter_reason(text) == "photo-credit"


def test_a_charts_title_after_its_label_is_no_credit():
    assert clutter_reason("Chart: Annual change in CPI") != "photo-credit"


def test_a_magazines_newsletter_plug_is_a_notice():
    assert clutter_reason("Subscribers to The Mercantile can sign up to Jade Gate, our weekly newsletter on China.") == "notice"


@pytest.mark.parametrize("masthead", ["The Jakarta Ledger", "Harbour Times"])
def test_a_mastheads_date_over_the_menu_leaves_the_storys_header_below_it(masthead):
    deck = "Critics say the move rolls back two decades of direct democracy in the regions."
    menu = "\n".join(["News", "Indonesia", "World", "Business", "Opinion", "Academia", "Premium", "Search"])
    source = (f"{masthead}\nWed, November 25, 2026\n{menu}\n\nPolitics\nHouse passes bill handing elections back to councils\n"
              f"{deck}\nRatna Wulandari and Dimas Prasetyo (The Jakarta Ledger)\nJakarta ● Wed, November 25, 2026\n"
              f"Share This Article\n\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == "House passes bill handing elections back to councils"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_newsletters_name_over_its_date_with_the_letter_under_it_stays_its_header():
    source = f"The Morning Brief\nWed, November 25, 2026\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = parsed(source)
    assert (article.published.month, article.published.day) == (11, 25)
    assert article.paragraphs[0].text == PROSE


@pytest.mark.parametrize("line, year_month_day", [
    ("Source: The Straits Courier, 1 December 2026", (2026, 12, 1)),
    ("Source: Kyodo, Dec. 1, 2026", (2026, 12, 1)),
])
def test_a_source_line_with_its_date_under_an_excerpt_dates_it(line, year_month_day):
    article = parsed(f"{PROSE}\n\n{PROSE_2}\n\n{line}\n")
    assert (article.published.year, article.published.month, article.published.day) == year_month_day
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("names", [
    "MIYU OKADA and RYO SHIMIZU, Asia Ledger staff writers", "Ana Ruiz, Pier Ledger correspondent",
    "Lee Min-ho, Tom Aske, Senior Reporters",
])
def test_names_with_their_role_after_a_comma_are_no_headline(names):
    article = parsed(f"{names}\nDecember 1, 2026 19:40 JST\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    assert article.title != names
