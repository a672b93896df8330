"""Shapes rather than wordings, round 22: an empty ad slot's label over the story's next line, and the
datelines of agencies that name a state and a country.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, parsed

from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.dateline import split_dateline
from briefs.sources.headline import looks_like_headline

STORY = f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"

# ------------------------------------------------------------------ an empty ad slot's label

REPORTED = [
    'Mayor Lena Ocampo told reporters the pier would "open for the summer, whatever it takes."',
    "The contractor said the piles would be driven in March, weather permitting.",
    "According to the board, the repairs will cost about $4 million.",
]


@pytest.mark.parametrize("label", ["SPONSORED CONTENT", "Sponsored", "Partner content"])
@pytest.mark.parametrize("reported", REPORTED)
def test_a_reported_sentence_under_an_empty_ad_slots_label_stays_the_storys(label, reported):
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{label}\n\n{reported}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, reported, PROSE_3]
    assert {line.reason for line in article.dropped if line.text == label}  # the label itself still goes


@pytest.mark.parametrize("pitch", ["Spring tune-up special at Bedford Auto Care — 15% off all services this month",
                                   "Find your dream home in the valley: new townhouses from $399,000"])
def test_the_sponsors_own_line_under_its_label_still_goes(pitch):
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nSPONSORED CONTENT\n\n{pitch}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert {line.reason for line in article.dropped if line.text == pitch} == {"advertising"}


# ------------------------------------------------------------------ an agency's dateline naming state and country

@pytest.mark.parametrize("dateline", [
    "New Delhi [India], November 3 (ANI)", "Mumbai (Maharashtra) [India], Nov 3 (ANI)",
    "Geneva [Switzerland], Dec 1 (ANI)", "Lucknow (Uttar Pradesh), March 14 (IANS)",
])
def test_an_agencys_dateline_may_name_the_state_and_the_country(dateline):
    assert split_dateline(f"{dateline}: The minister flagged off the first container service on Monday.") == (
        dateline, "The minister flagged off the first container service on Monday.")


@pytest.mark.parametrize("text", ["New Delhi [India] is the capital, officials said on Monday.",
                                  "Mumbai (Maharashtra) will host the talks, the ministry said."])
def test_a_sentence_naming_a_state_is_no_dateline(text):
    assert split_dateline(text) == (None, text)


@pytest.mark.parametrize("agency", ["ANI", "SNI", "IANS"])
def test_the_agency_closing_the_last_paragraph_signs_the_story_it_datelined(agency):
    last = ("Last week, the minister had chaired a review meeting with officials of the waterways authority, where "
            f"he directed them to prepare a roadmap for private cargo operations. ({agency})")
    source = (f"Minister flags off first river container service\n\nUpdated: Nov 03, 2025 18:12 IST\n\n"
              f"Union Minister Arvind Kesarwani flags off the vessel on Monday (Photo/{agency})\n\n"
              f"New Delhi [India], November 3 ({agency}): {PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{last}\n")
    article = parsed(source)
    assert article.caption == "Union Minister Arvind Kesarwani flags off the vessel on Monday"
    assert article.dateline == f"New Delhi [India], November 3 ({agency})"
    assert [paragraph.text for paragraph in article.paragraphs][-1] == last
    assert len(article.paragraphs) == 4


# ------------------------------------------------------------------ a box over the story's own header

TITLE = "Commission proposes single tickets for cross-border rail journeys"


@pytest.mark.parametrize("box", [
    "Available languages:\nEnglish\nDeutsch\nfrançais\nPrint friendly pdf",
    "Trending:\nFerry fares to rise in spring\nCouncil names new harbour master",
    "Related topics\nTransport\nRail\nEurope",
])
@pytest.mark.parametrize("time_line", ["Press release | 30 November 2026 | Brussels", "30 November 2026"])
def test_a_box_above_the_storys_time_line_ends_there(box, time_line):
    source = (f"Skip to main content\nAll official European Union website addresses are in the europa.eu domain.\n"
              f"{box}\n\n{time_line}\n{TITLE}\nPage contents\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == TITLE
    assert article.published_iso == "2026-11-30"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ cookie buttons

@pytest.mark.parametrize("button", ["Accept only essential cookies", "Reject non-essential cookies",
                                    "Allow necessary cookies only", "Use strictly necessary cookies"])
def test_a_cookie_banners_buttons_are_its(button):
    assert clutter_reason(button) == "notice"


@pytest.mark.parametrize("text", ["Cookies for the bake sale", "The cookies were sold out by noon."])
def test_a_line_about_cookies_is_no_button(text):
    assert clutter_reason(text) is None


# ------------------------------------------------------------------ an aggregator's header

AGGREGATOR = """Ground Level News
Home
For You
U.S. Politics
{headline}
Capitol Courier · {age}
Bias distribution
Left 20% Center 50% Right 30%
Read full article
Summary
The Senate voted 68-31 to approve a continuing resolution funding the government into late January.
The House is expected to take up the measure midweek.
Coverage Details
Total News Sources
54
Share

By Ray Castillo
Published December 1, 2026, 6:12 a.m. ET

{story}"""


@pytest.mark.parametrize("age", ["3h ago", "2 hours ago", "45m ago"])
@pytest.mark.parametrize("headline", ["Senate Passes Stopgap Funding Bill Ahead of Shutdown Deadline",
                                      "Harbour board votes to rebuild the old pier after storm damage"])
def test_the_headline_over_its_outlet_and_age_wins_over_a_widgets_lines(age, headline):
    article = parsed(AGGREGATOR.format(headline=headline, age=age, story=STORY))
    assert article.title == headline
    assert article.caption is None  # the summary's first point is no photo's caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["Left 20% Center 50% Right 30%", "Yes 62% No 38%", "Dow +0.4% Nasdaq -1.2% S&P 500 +0.1%"])
def test_a_line_of_shares_is_no_headline(line):
    assert not looks_like_headline(line)


@pytest.mark.parametrize("line", ["Inflation rises to 3.2% as core prices climb 2.9%", "Shares jump 12% on takeover bid"])
def test_a_headline_may_give_shares(line):
    assert looks_like_headline(line)


# ------------------------------------------------------------------ a copyright's span of years

@pytest.mark.parametrize("footer", ["© RITA Russian News Agency, 1999—2026", "Copyright 1999–2026 Example Media",
                                    "© 2001 to 2026 Harbour Gazette"])
def test_a_day_and_month_alone_take_the_last_year_of_the_copyrights_span(footer):
    source = f"4 DEC, 06:12\nSoyuz rocket with navigation satellite blasts off from Plesetsk\n\n{STORY}\n{footer}\n"
    assert parsed(source).published_iso.startswith("2026-12-04")


# ------------------------------------------------------------------ a list set tight over the paragraph after it

@pytest.mark.parametrize("items", [
    ["restoring piers, promenades and historic seafront buildings", "converting empty shops into homes",
     "improving bus and rail links between coastal towns"],
    ["new ferry berths", "a wider slipway", "lighting along the quay", "a harbour office"],
])
def test_a_tight_list_under_a_colon_ends_where_a_sentence_begins(items):
    after = "The announcement follows a review published last month, which found one in six shops standing empty."
    source = (f"{HEAD}{PROSE}\n\nCouncils will be able to use the money for:\n\n" + "\n".join(items)
              + f"\n{after}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert [block.kind for block in article.blocks] == ["paragraph", "paragraph", "list", "paragraph", "paragraph"]
    assert list(article.blocks[2].items) == items
    assert article.blocks[3].text == after


# ------------------------------------------------------------------ captions and their credits

@pytest.mark.parametrize("credit", ["Illustration: Liu Rui/GC", "Photo: Harbour Gazette", "Getty Images"])
def test_a_paragraph_of_three_sentences_over_a_credit_is_the_storys(credit):
    paragraph = ("Yet the numbers tell a different story. Far from being isolated, the firms are finding new partners. "
                 "Trade with partner countries now accounts for more than half of the total.")
    article = parsed(f"{HEAD}{PROSE}\n\n{paragraph}\n\n{credit}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert paragraph in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("caption, credit", [
    ("A coast guard vessel sails near the island on Nov. 28.", "(Taken from The Seiryu Shimbun aircraft)"),
    ("Smoke rises over the port on Monday.", "(Taken from a Kyodo News helicopter)"),
    ("The Palace of Justice in Putrajaya.", "— Bernama pic"),
    ("Traffic crawls along the Federal Highway on Tuesday.", "— Warta file pic"),
])
def test_captions_closed_by_an_aerial_or_a_pic_credit(caption, credit):
    assert ends_with_credit(f"{caption} {credit}")
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize("text", ["The plan was taken from the ministry's aircraft list.",
                                  "He said the figures came from the ministry. — Ends"])
def test_sentences_that_only_look_credited(text):
    assert not ends_with_credit(text)


@pytest.mark.parametrize("label", ["Photo/Illutration", "Photo/Illustration", "Photo / Illustration"])
def test_a_japanese_dailys_label_alone_heads_the_caption(label):
    caption = "A coast guard vessel sails near the island on Nov. 28 as a patrol ship keeps watch."
    article = parsed(f"Board votes to rebuild the old pier\nMarch 4, 2025\nShare\n{label}\n{caption}\n{STORY}")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("outlet", ["The Kasumi Shimbun", "The Harbour Herald", "Valley News"])
def test_an_outlets_name_under_a_caption_credits_its_photo_also_further_down(outlet):
    caption = "The minister, right, shakes hands with the admiral at the ministry in Tokyo on Tuesday."
    later = "Marines take part in a joint exercise in Okinawa Prefecture in October."
    source = (f"Japan and U.S. to launch joint operations hub in Tokyo\n6:12 JST, December 2, 2026\nShare\n"
              f"{caption}\n{outlet}\nBy Ryota Hamada / Staff Writer\n{PROSE}\n\n{PROSE_2}\n\n{later}\n{outlet}\n\n{PROSE_3}\n")
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
