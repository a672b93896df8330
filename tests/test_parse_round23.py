"""Shapes rather than wordings, round 23: credits in brackets that close a caption with no stop.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, parsed

from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import clutter_reason

STORY = f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"

# ------------------------------------------------------------------ credits in brackets, no stop before them


@pytest.mark.parametrize("caption, credit", [
    ("A wave crashes over the sea wall at the promenade on Thursday morning", "(Courier Pictures)"),
    ("Conservator Aisha Brennan works on a section of the mural", "(Lantern Heritage Trust)"),
    ("The old lido in its first summer", "(Brennick Town Archive)"),
    ("Lawyers protest outside the Palace of Justice in Tunis on 28 November 2026", "(APW/Hatem Ben Rejeb)"),
    ("Fishing boats moored at the harbour", "(Delta Photos/Mika Laine)"),
])
def test_a_picture_librarys_or_agencys_name_in_brackets_closes_a_caption_without_a_stop(caption, credit):
    assert ends_with_credit(f"{caption} {credit}")
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize("text", [
    "Japan protests record-long Chinese coast guard intrusion near Senkakus (Toyo Wire)",
    "The vote split the coalition (CDU/CSU)",
    "Talks resume in Geneva (Updated)",
    "Delegates meet the new chair of the trust (Lantern Heritage)",
])
def test_brackets_that_name_no_picture_library_are_left_alone(text):
    assert not ends_with_credit(text)


def test_a_caption_closed_by_a_picture_librarys_name_is_taken_without_it():
    caption = "A wave crashes over the sea wall at Brackenhaven promenade on Thursday morning"
    article = parsed(f"Storm batters the south coast\n4 December 2026 • 9:12am\nShare\n{caption} (Courier Pictures)\n{STORY}")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a headline in sentences over a deck in sentences

MENU = "Skip to main content\nSearch\nSections\nSign in\nSubscribe\n"


@pytest.mark.parametrize("headline, deck", [
    ("Taiwan finally passed its defense budget. Now America has to deliver.",
     "Taipei did what Washington asked. The weapons it already paid for are still years away."),
    ("The pier is worth saving. The board should say so.",
     "Ninety years of fishing crews have landed their catch there. A storm should not end that."),
    ("Rates are too high. The bank knows it.",
     "Households are paying more for less, and the governor's own figures show why the cut must come soon."),
])
def test_of_two_lines_in_sentences_atop_the_story_the_first_is_the_headline(headline, deck):
    article = parsed(f"{MENU}The Capital Post\nOpinions\nOpinion\n{headline}\n{deck}\n5 min\nSummarize\nGift Article\nShare\n"
                     "Soldiers take part in a live-fire drill on the coast of Penghu County. (Lin Chia-hao/Reuters)\n"
                     f"By Marcus Ellery\nColumnist\nDecember 11, 2026 at 6:00 a.m. EST\n{STORY}")
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a mark alone between two time lines


@pytest.mark.parametrize("mark", ["|", "•", "·", "/"])
def test_a_mark_alone_between_the_update_and_the_publication_time(mark):
    headline = "Taiwan finally passed its defense budget. Now America has to deliver."  # in sentences: the header is read
    article = parsed(f"{MENU}The Capital Post\nOpinions\nOpinion\n{headline}\nThe board did what the town asked.\n"
                     "5 min\nSummarize\nGift Article\nShare\n"
                     "Soldiers take part in a live-fire drill on the coast of Penghu County. (Lin Chia-hao/Reuters)\n"
                     "By Marcus Ellery\nColumnist\nFollow\n"
                     f"Updated December 11, 2026 at 9:15 a.m. EST\n{mark}\nPublished December 11, 2026 at 6:00 a.m. EST\n"
                     f"{STORY}")
    assert article.title == headline
    assert (article.published.hour, article.published.minute) == (6, 0)
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a byline that carries the author's bio

BIO_BYLINES = [
    "By Rachel Ostrander, a senior fellow for Japan studies at the Pacific Policy Institute.",
    "By Tomas Ferreira, a former ambassador to Japan.",
    "By Ines Halvorsen, who teaches maritime law at Bergen University.",
]


@pytest.mark.parametrize("byline", BIO_BYLINES)
def test_a_byline_with_its_bio_over_the_lead_photo_is_neither_alt_text_nor_the_story(byline):
    caption = "Destroyers sail in formation during a fleet review in Sagami Bay."
    article = parsed(f"{MENU}Argument\nAn expert’s point of view on a current event.\n"
                     "Japan Can No Longer Afford Strategic Ambiguity on Taiwan\n"
                     "Tokyo’s careful silence about a cross-strait war is making conflict more likely, not less.\n"
                     f"{byline}\n{caption} Kazuhiro Ota/AFP via Getty Images\nDecember 11, 2026, 6:00 AM\nSave\nShare\n\n"
                     f"{STORY}")
    assert article.title == "Japan Can No Longer Afford Strategic Ambiguity on Taiwan"
    assert article.caption == caption
    assert article.byline == byline.split(",")[0].removeprefix("By ")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    # the label's tagline, taken first for the photo's caption by its place, is reported
    assert {line.reason for line in article.dropped if line.text.startswith("An expert")} == {"page-label"}


# ------------------------------------------------------------------ the bio under an essay's byline


@pytest.mark.parametrize("bio", [
    "Ms. Kitagawa is a former deputy director general at the Ministry of Defense and a visiting fellow in Tokyo.",
    "Dr. Kitagawa directs the maritime programme at the Kanda Institute for Strategic Studies.",
    "Ayumi Kitagawa is a visiting fellow at the Kanda Institute for Strategic Studies in Tokyo.",
])
def test_the_bio_under_an_essays_byline_is_no_story_line(bio):
    article = parsed(f"{MENU}Friday, December 11, 2026\nToday’s Paper\nOpinion\nGuest Essay\n"
                     "Japan Is Ready to Be an Equal Ally. Is America?\nShare full article\n"
                     "U.S. Marines and Japanese troops during a joint exercise in Hokkaido.\n"
                     "Credit...Noriko Hayashi for The Hudson Times\nBy Ayumi Kitagawa\n"
                     f"{bio}\nDec. 11, 2026, 5:00 a.m. ET\n\n{STORY}")
    assert article.title == "Japan Is Ready to Be an Equal Ally. Is America?"
    assert article.byline == "Ayumi Kitagawa"
    assert (article.published.hour, article.published.minute) == (5, 0)
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert {line.reason for line in article.dropped if line.text == bio} == {"author-bio"}


@pytest.mark.parametrize("line", [
    "Ms. Okafor is expected to testify on Tuesday.",  # another person: the story's
    "Mr. Kitagawa said the ministry had not been consulted.",  # a sentence about the author's namesake, with no bio verb
])
def test_a_line_that_does_not_open_with_the_author_and_a_bio_verb_is_no_bio(line):
    from briefs.sources.header import _bio_under_byline
    assert not _bio_under_byline("By Ayumi Kitagawa", line)
    assert not _bio_under_byline("Ayumi Kitagawa", "Ms. Kitagawa is a former deputy director general.")  # no `By`


# ------------------------------------------------------------------ the site's date of today, and the story's own again


@pytest.mark.parametrize("author", ["By Abdi Galgalo\nReporter", "Salma Nasser\nCairo"])
def test_the_same_day_again_beside_the_byline_is_the_storys_date(author):
    date_line = "Sunday, December 13, 2026"
    byline_first = author.startswith("By ")
    header = (f"Herders walk 80km for water as drought tightens grip on Marsabit\n{date_line}\n{author}\n" if byline_first
              else f"Herders walk 80km for water as drought tightens grip on Marsabit\n{author}\n{date_line}\n")
    box = ("What you need to know:\nLivestock deaths have more than doubled since October, county officials say.\n"
           "The drought authority has placed the county in the alarm phase.\n\n")
    article = parsed(f"Skip to main content\nThe Kenya Mirror\n{date_line}\ne-Paper\nSubscribe\nSign in\nHome\nNews\n"
                     f"Counties\nBusiness\nSports\nOpinion\nLife & Style\nHealth\nAfrica\nWorld\n\nCounties\n\n{header}\n{box}{STORY}")
    assert article.title == "Herders walk 80km for water as drought tightens grip on Marsabit"
    assert article.byline in ("Abdi Galgalo", "Salma Nasser")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ an opinion page's invitation to write


@pytest.mark.parametrize("line", [
    "The Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think "
    "about this or any of our articles. Here are some tips. And here’s our email: letters@example.com.",
    "The Harbour Herald is committed to publishing a diversity of letters to the editor.",
    "We’d like to hear what you think about this or any of our articles. Email letters@example.com.",
])
def test_an_opinion_pages_invitation_to_write_letters_is_clutter(line):
    assert clutter_reason(line) == "reader-prompt"


@pytest.mark.parametrize("line", [
    "The council said it is committed to publishing a diversity of views on the plan.",
    "The editor said: “We’d like to hear what you think about this,” adding that letters were welcome.",
])
def test_reported_commitments_and_quotes_stay(line):
    assert clutter_reason(line) is None


# ------------------------------------------------------------------ a broadcaster's source and caption labels mid-body


@pytest.mark.parametrize("source, caption", [
    ("Image source, RNLI", "The ferry was taken under tow by an emergency towing vessel on Saturday afternoon"),
    ("Image source, Getty Images", "Passengers were asked to gather in the ferry's main lounge"),
    ("Image source, Eilidh MacAulay", "Floodwater covers the road into the village after the river burst its banks"),
])
def test_the_line_under_a_caption_label_alone_is_the_caption_not_the_line_over_its_source(source, caption):
    quote = '"The crew were brilliant. They kept coming round with blankets and tea."'
    article = parsed(f"Ferry drifts for hours after engine failure\nPublished\n12 December 2026\nShare\n\n"
                     f"{PROSE}\n\n{quote}\n\n{source}\nImage caption,\n{caption}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, quote, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ dates and clocks as some sites print them


@pytest.mark.parametrize("date_line, clock_line, offset_hours", [
    ("December 12, 2026", "2:52 PM GMT+1", 1), ("December 12, 2026", "14:52 UTC+2", 2), ("12 December 2026", "2:52 PM GMT", 0),
])
def test_a_clock_with_an_offset_from_gmt_under_the_date_gives_it_its_time(date_line, clock_line, offset_hours):
    article = parsed(f"Gas explosion tears through apartment block, killing five\nBy Claire Mercier\n{date_line}\n{clock_line}\n"
                     f"Updated 3 hours ago\n\n{STORY}")
    assert article.published.day == 12 and article.published.minute == 52
    assert article.published.utcoffset().total_seconds() == offset_hours * 3600


@pytest.mark.parametrize("line", ["Published: 13 December ,2026: 10:42 AM GST", "Dec 13 ,2026 10:42 AM GST",
                                  "13 December,2026 10:42 AM GST"])
def test_a_comma_set_before_the_year_with_a_space(line):
    article = parsed(f"Red Sea traffic climbs for fourth week as insurers trim premiums\n{line}\n\n{STORY}")
    assert article.published_iso == "2026-12-13T10:42:00+04:00"


# ------------------------------------------------------------------ a correction set as a list's item


@pytest.mark.parametrize("mark", ["• ", "▪ ", "* "])
def test_a_correction_set_as_a_lists_item_closes_no_story(mark):
    note = "This article was amended on 12 December 2026. An earlier version said the coach came from Glasgow."
    article = parsed(f"{HEAD}{STORY}\n{mark}{note}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]
    assert {line.reason for line in article.dropped if note in line.text} == {"correction"}


# ------------------------------------------------------------------ an alert box over the story's header

ALERT_BOX = ("TSUNAMI ADVISORY IN EFFECT\nTsunami Advisory\nIssued at 21:46 JST, Dec. 12\nPacific Coast of Aomori Prefecture\n"
             "Pacific Coast of Iwate Prefecture\nExpected tsunami height: up to 1m\n"
             "Stay out of the sea and away from river mouths. Tsunami may strike repeatedly.\nSee details\n")


@pytest.mark.parametrize("between", ["Watch Live\nDisaster\n", "Disaster\n", ""])
def test_an_alert_boxs_time_over_the_story_leaves_the_header_to_the_story(between):
    headline = "Strong quake jolts northeastern Japan; tsunami advisory issued"
    article = parsed(f"Skip to main content\nNews\nTop Stories\nJapan\n{ALERT_BOX}{between}{headline}\n"
                     f"Dec. 12, 2026 22:24 JST\nShare\n\n{STORY}")
    assert article.title == headline
    assert (article.published.hour, article.published.minute) == (22, 24)
    assert article.caption is None  # the box's advice is no photo's caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_headline_under_its_own_time_line_still_wins_over_a_box_with_none():
    # the time line under the headline: no box's time to pass over
    article = parsed(f"Board votes to rebuild the old pier\nMarch 4, 2025 10:00\nStay out of the water near the pier.\n\n{STORY}")
    assert article.title == "Board votes to rebuild the old pier"
    assert (article.published.hour, article.published.minute) == (10, 0)


# ------------------------------------------------------------------ standing lines


@pytest.mark.parametrize("line", [
    "In a time of both misinformation and too much information, quality journalism is more crucial than ever.",
    "By subscribing, you can help us get the story right.",
    "Subscribe to SENTINEL PLUS to get access to The Manila Daily Sentinel and other 70+ titles, share up to 5 gadgets.",
])
def test_a_subscription_appeal_is_a_reader_prompt(line):
    assert clutter_reason(line) == "reader-prompt"


@pytest.mark.parametrize("line", ["Something went wrong", "Something went wrong. Please try again.",
                                  "Copy/paste the article video embed link below:", "Copy to clipboard"])
def test_a_forms_error_note_and_a_players_embed_box_are_interface(line):
    assert clutter_reason(line) == "interface"


@pytest.mark.parametrize("line", [
    "The minister said independent journalism is more important than ever.",
    "Something went wrong at the plant on Tuesday, the union said.",
    "Readers who subscribe to the council's alerts get access to flood warnings, officials said.",
])
def test_sentences_that_only_share_their_words_stay(line):
    assert clutter_reason(line) is None


# ------------------------------------------------------------------ video embeds inside the story


def test_an_embedded_videos_source_label_and_name_go():
    embed = "Video\nAd Feedback\nVideo shows towering ash column over the volcano\n00:52\n - Source: \nCNW\n"
    article = parsed(f"{HEAD}{PROSE}\n{embed}{PROSE_2}\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("label", ["UP NEXT", "Up next", "Now Playing"])
def test_a_players_rail_names_its_next_video_over_its_running_time(label):
    rail = f"02:13\nNow Playing\nHouse leaders unveil stopgap bill as deadline nears\n{label}\nSenators lay out demands on disaster aid\n02:41\n"
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{rail}\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("blurb", [
    "Army spouse Lindsey Carver joins 'Falcon & Friends Weekend' to discuss the conditions families say they faced.",
    "Retired Gen. Dana Ruiz joins “Morning Desk” to break down the Pentagon's new housing review.",
])
def test_a_tv_segments_blurb_under_its_title_goes(blurb):
    article = parsed(f"{HEAD}Video\nMilitary families describe mold, leaks in base housing\n{blurb}\n{STORY}")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_story_sentence_about_someone_joining_a_show_stays():
    line = "The senator joins a growing list of lawmakers who have called for the review, her office said."
    article = parsed(f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n")
    assert line in [paragraph.text for paragraph in article.paragraphs]


@pytest.mark.parametrize("caption, credit", [
    ("Rescuers search for survivors after a landslide hit the village on December 9, 2026", "( AGP / Julio REYNOSO )"),
    ("Rescuers search for survivors in the rubble", "(AGP / Julio Reynoso)"),
])
def test_an_agencys_credit_spaced_inside_its_brackets(caption, credit):
    assert without_credit(f"{caption} {credit}") == caption


# ------------------------------------------------------------------ a box of the outlet's other stories, by name


@pytest.mark.parametrize("heading", ["Also on AGORA", "More from Playbook", "Also on Capital Brief"])
def test_a_box_of_other_stories_named_for_a_section_goes_with_its_items(heading):
    box = (f"{heading}\nEU and China agree to restart talks on vehicle price deals\nBy Tomasz Wierzbicki\n"
           "Why Europe's clean-tech makers are losing the race\nBy Sophie Lannoy\n")
    article = parsed(f"{HEAD}{PROSE}\n\n{box}\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["Also on Monday", "Also on Friday the board met"])
def test_also_on_a_weekday_heads_no_box(line):
    from briefs.sources.tail import list_heading_reason
    assert list_heading_reason(line) is None


# ------------------------------------------------------------------ standing lines of governments' and papers' sites


@pytest.mark.parametrize("line, reason", [
    (") or https:// means you've safely connected to the .gov website. Share sensitive information only on official, "
     "secure websites.", "notice"),
    ("A locked padlock", "notice"),
    ("This is your last free article.", "notice"),
    ("This is your first free story this month", "notice"),
    ("Please use Chrome browser for a more accessible video player", "notice"),
    ("Enjoy insights and behind-the-scenes analysis from our award-winning journalists.", "notice"),
    ("Support local journalists and the next generation of journalists.", "notice"),
])
def test_banner_and_paywall_lines(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize("line", ["‘THEY FOLLOW US EVERYWHERE’", "‘They follow us to the harbour mouth’"])
def test_a_quoted_subheading_with_follow_us_in_it_is_no_button(line):
    assert clutter_reason(line) is None
    article = parsed(f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, line, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", ["Follow us", "Follow us:", "Follow us on X"])
def test_follow_us_as_a_button_still_goes(line):
    assert clutter_reason(line) is not None


# ------------------------------------------------------------------ links to other stories, one in sentences


@pytest.mark.parametrize("teaser", [
    "Denver's coldest week of the year is coming. Here's how to cut your heating bill.",
    "The county's new trash rules start in January. Here's what changes for renters.",
])
def test_a_teaser_in_sentences_under_other_stories_headlines_goes(teaser):
    box = ("Related Articles\n\nUtility to pay $18 million over wildfire claims\n\n"
           "Lawmakers weigh cap on utility shareholder returns\n\n")
    article = parsed(f"{HEAD}{PROSE}\n\n{box}{teaser}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_storys_own_sentence_with_heres_what_and_a_speaker_stays():
    line = "\"Here's what worries me,\" the commissioner said. \"Nobody has priced the wildfire risk.\""
    article = parsed(f"{HEAD}{PROSE}\n\n{line}\n\n{PROSE_2}\n")
    assert line in [paragraph.text for paragraph in article.paragraphs]


# ------------------------------------------------------------------ a subheading over steps for the reader


@pytest.mark.parametrize("heading", ["What to do if you have a recalled heated throw",
                                     "Steps owners of the recalled heaters should take now"])
def test_a_subheading_over_unbulleted_steps_is_the_storys(heading):
    steps = ("Look for a model number starting with \"SH-40\" on the white label near the cord.\n\n"
             "Unplug the throw and stop using it, even if the controller seems to work.\n\n"
             "Contact the importer toll-free for a refund or a replacement controller.\n\n")
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{heading}\n\n{steps}{PROSE_3}\n")
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert heading in texts and len(texts) == 7


# ------------------------------------------------------------------ the alt text an Edge copy sets over a caption


@pytest.mark.parametrize("alt, caption", [
    ("A Type-12 surface-to-ship missile launcher vehicle",
     "A launcher for the upgraded Type-12 surface-to-ship missile is seen in Kumamoto Prefecture."),
    ("Fishing boats moored in the harbour at dawn", "Fishing boats are moored in the harbour at Ishigaki at dawn on Friday."),
])
def test_a_short_alt_text_in_the_captions_words_over_a_credited_caption_goes(alt, caption):
    article = parsed(f"{HEAD}{PROSE}\n\n{alt}\n{caption}\nCourtesy of the Defense Ministry\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_subheading_over_a_credited_caption_stays():
    heading = "Ageing fleet"
    caption = "The ferry leaves Uig harbour on a calm morning in October."
    article = parsed(f"{HEAD}{PROSE}\n\n{heading}\n{caption}\nCourtesy of the Ferry Company\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert heading in [paragraph.text for paragraph in article.paragraphs]


# ------------------------------------------------------------------ clocks and credits


@pytest.mark.parametrize("label", ["Philippine Standard Time:", "Local time:", "Current time"])
def test_a_sites_labelled_clock_gives_way_to_the_storys_time(label):
    article = parsed(f"Skip to main content\nGOVPH\n{label}\nThursday, December 17, 2026, 9:14:52 AM\nTransparency Seal\n"
                     "Home\nNews\nPress Releases\nCoast guard condemns ramming of patrol ship near the shoal\nDetails\n"
                     f"Category: Press Releases\nPublished: 16 December 2026\nHits: 2187\n\n{STORY}")
    assert article.title == "Coast guard condemns ramming of patrol ship near the shoal"
    assert article.published_iso.startswith("2026-12-16")


def test_an_update_label_glued_to_the_years_end_leaves_the_publication_date():
    article = parsed(f"Board votes to rebuild the old pier\nPublished Dec. 15, 2026Updated Dec. 15, 2026, 7:52 a.m. ET\n\n{STORY}")
    assert article.published_iso == "2026-12-15"


@pytest.mark.parametrize("caption, credit", [
    ("Defense chiefs shake hands ahead of their talks at the Pentagon on Dec. 13, 2026.", "(Kyoei) ==Kyoei"),
    ("The carrier group south of Miyako island on Tuesday.",
     "Photograph: Joint Staff Office of the Defense Ministry of Japan/AFP/Getty Images"),
])
def test_credits_a_japanese_agency_and_a_long_office_name_close_captions_with(caption, credit):
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize("credit", ["Courtesy of the Japan Coast Guard", "Photo courtesy of the Philippine Coast Guard"])
def test_a_caption_under_its_credit_in_the_header(credit):
    caption = "A coast guard vessel, rear, sails near a patrol ship in waters off the islands."
    article = parsed(f"Govt to let forces back up coast guard sooner near the islands\n{credit}\n{caption}\n"
                     f"18:44 JST, December 14, 2026\nBy Ryo Hamaguchi / Staff Writer\n\n{STORY}")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ more standing lines (stop 43, second blind round)


@pytest.mark.parametrize("line", [
    "Watch Channel 6 News weeknights at 7pm on Channel 6, or stream on 6Play.",
    "Help safeguard press freedom & keep HFP free for all readers by supporting our team",
    "Support press freedom & help us surpass 1,000 monthly Patrons: 100% independent.",
    "HFP is an impartial platform & does not necessarily share the views of opinion writers or advertisers.",
    "The Elliott Bay Times does not append comment threads to stories about ongoing labor negotiations.",
    "Produced using AI narration. Listen to more stories on the Continental app.",
    "* Note that when you provide your email address, the Review Privacy Policy and Terms of Use will apply.",
    "Published in the print edition of the December 28, 2026, issue, with the headline “The Front Line.”",
    "To encourage thoughtful and respectful conversations, first and last names will appear with each submission.",
    "Maren Solvik: 206-464-2291 or msolvik@example.com.",
])
def test_outlets_standing_lines_are_notices(line):
    assert clutter_reason(line) == "notice"


@pytest.mark.parametrize("line", [
    "The union said the company does not allow comments from workers on the plan.",
    "Watch the river closely tonight, the mayor told residents.",
    "The council is an independent platform for residents' complaints, its chair said.",
])
def test_reported_sentences_that_share_those_words_stay(line):
    assert clutter_reason(line) is None


@pytest.mark.parametrize("role", ["Elliott Bay Times business reporter", "Transport Correspondent"])
def test_the_role_under_a_by_line_opening_the_body_goes_with_it(role):
    article = parsed(f"{HEAD}Share story\nBy Maren Solvik\n{role}\n\n{STORY}")
    assert article.byline == "Maren Solvik"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("title", ["Today's News in 90 Seconds - December 17th", "Today's Headlines - 17 December",
                                   "Morning bulletin – Thursday, Dec. 17"])
def test_a_daily_videos_dated_title_between_paragraphs_goes(title):
    article = parsed(f"{HEAD}{PROSE}\n\n{title}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_headline_with_a_date_after_a_dash_still_heads_the_story():
    title = "Storm Darragh latest - December 7"
    article = parsed(f"{title}\nBy Ana Ruiz\nDecember 7, 2026 10:00\n\n{STORY}")
    assert article.title == title


@pytest.mark.parametrize("caption, credit", [
    ("Firefighters help residents evacuate a flooded street on Friday.", "[InTime News]"),
    ("Staff at the campus were told of the plans in an email.", "| Lisa Ferguson"),
])
def test_a_name_in_brackets_or_after_a_bar_closes_a_caption_after_its_stop(caption, credit):
    assert without_credit(f"{caption} {credit}") == caption


@pytest.mark.parametrize("line", ["Illustration by The Continental. Sources: Getty; Jiji Press / AFP.",
                                  "Photo illustration by Ana Kova.", "KAILANI OTA / KOTA@EXAMPLE.COM"])
def test_illustration_and_photographer_address_credits(line):
    assert clutter_reason(line) == "photo-credit"


def test_a_short_sentence_describing_a_photo_under_its_credit_is_the_caption():
    caption = "Longshore workers picket outside Terminal 4 at the port after talks broke down."
    article = parsed(f"{HEAD}Share\nComments (2)\nKarin Dahlquist / Getty Images\n{caption}\n\n{STORY}")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a box over the story's headline and time


def test_a_market_strip_over_the_headline_deck_and_time_leaves_them_to_the_story():
    headline = "The yen just sank to its weakest level since 1986 — and traders say Tokyo's patience is running out"
    strip = ("Home\nLatest News\nWatchlist\nMarkets\nInvesting\nEconomy\nSign In\nDJIA\n48,312.07\n-0.21%\nS&P 500\n"
             "6,944.18\n-0.35%\nCrude Oil\n61.44\n+0.83%\nUSD/JPY\n163.42\n+0.57%\nCurrencies\n")
    browsers = ("Skip to main content\nThis browser is no longer supported at MarketDesk. For the best possible "
                "experience, please update to a modern browser.\nChrome\nSafari\nFirefox\nEdge\n")
    article = parsed(f"{browsers}MarketDesk\n{strip}{headline}\nJapan's finance ministry has issued three warnings this week.\n"
                     "Last Updated: Dec. 17, 2026 at 11:26 a.m. ET\nFirst Published: Dec. 17, 2026 at 7:02 a.m. ET\n"
                     f"By\nCarla Brennan\n\n{STORY}")
    assert article.title == headline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ magazines' and business sites' shapes


@pytest.mark.parametrize("credit", ["Takashi Aoyama—Bloomberg/Getty Images", "Jane Roe—Reuters", "Ana Kova – Redux"])
def test_a_photographer_and_agency_joined_by_a_dash_is_a_credit(credit):
    assert clutter_reason(credit) == "photo-credit"


@pytest.mark.parametrize("line", ["Harbour Board—Decision", "Vote – Tuesday"])
def test_a_dash_between_words_that_name_no_agency_is_no_credit(line):
    assert clutter_reason(line) != "photo-credit"


def test_more_must_reads_heads_a_list():
    from briefs.sources.tail import list_heading_reason
    assert list_heading_reason("More Must-Reads from EPOCH") == "related-list"


def test_a_key_points_box_under_bylines_with_their_handles_is_no_body():
    points = ("The department added older chips to the list of those that need a license before they are shipped.\n"
              "The company said the rule could cut about $2.4 billion from revenue next year.\n"
              "Its shares fell as much as 4.5% before the opening bell.\n")
    article = parsed(f"TECH\nU.S. widens chip export curbs to older processors\nPublished Thu, Dec 17 2026 8:51 AM EST\n"
                     "thumbnail\nDana Whitlock\n@in/danawhitlock\nRyan Okafor\n@ROkaforCBN\nWATCH LIVE\n"
                     f"Key Points\n{points}\n{STORY}")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("bio", [
    "MARCUS FELD is Professor of International Security at the Halvorsen School of Global Affairs and served as Deputy "
    "Assistant Secretary of Defense for East Asia from 2019 to 2022, where he led talks with Tokyo and Canberra.",
    "MARCUS FELD has been a visiting scholar at the Kanda Institute since 2023, after two decades in the Pentagon's "
    "policy office working on alliance planning, basing agreements and the budget for forces in Japan.",
])
def test_a_contributors_note_in_capitals_is_a_bio(bio):
    other = "HELEN SATO is a Senior Fellow for Japan Studies at the Center for Pacific Strategy."
    article = parsed(f"The End of Hub and Spokes\nBy Helen Sato and Marcus Feld\nDecember 19, 2026\n\nShare\nPrint\n\n"
                     f"{other}\n{bio}\n\n{STORY}")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_sentence_opening_with_an_authors_name_in_capitals_but_no_bio_verb_stays():
    line = "MARCUS FELD AND HELEN SATO argued the point at length in a 2024 essay."
    article = parsed(f"The End of Hub and Spokes\nBy Helen Sato and Marcus Feld\nDecember 19, 2026\n\n{PROSE}\n\n{line}\n\n{PROSE_2}\n")
    assert line in [paragraph.text for paragraph in article.paragraphs]


def test_an_author_box_ends_at_the_next_lists_heading():
    foot = ("About the Author\n\nMiriam Achterberg\nFollow\nMiriam Achterberg is a staff writer who covers national security.\n\n"
            "Explore More Topics\nJapan, Philippines, South China Sea\n\nNever miss a story. Subscribe to The Continental.\n"
            "Subscribe\n\nMost Popular\nThe Strange Comeback of the American Bomb Shelter\nThe Man Who Thinks He Can Fix the Electoral College\n"
            "What Happened to the Christmas Movie?\n")
    article = parsed(f"{HEAD}{STORY}\n{foot}")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("owner", ["Japan Ministry of Defense Joint Staff Office", "Newsline Map", "Philippine Coast Guard Handout"])
def test_an_office_or_a_map_desk_under_a_caption_credits_it(owner):
    caption = "The aircraft carrier sails in the Pacific Ocean southeast of Miyako Island in an image released on December 17, 2026."
    article = parsed(f"{HEAD}Follow\n\n{caption}\n{owner}\n\n{STORY}")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("caption", ["The carrier sails south of Miyako Island in an image released on Tuesday.",
                                     "Smoke rises over the port in this handout photo.",
                                     "Rescuers search the rubble in an undated photo provided by the fire service."])
def test_a_caption_that_names_its_picture_describes_a_photo(caption):
    from briefs.sources.caption import describes_a_photo
    assert describes_a_photo(caption)


# ------------------------------------------------------------------ the story's own lists under a box of teasers


def test_a_sentence_leading_into_the_storys_list_under_a_box_resumes_the_story():
    box = "Also Read\nMetro to run 43 hours non-stop for New Year's Eve\nTaxi fare system changes from January 1\n\n"
    items = ("Route J10, linking the village to the metro station every 15 minutes\n"
             "Route J11, connecting the hills to the bus station\nRoute B24, running between the south and the city\n\n")
    article = parsed(f"{HEAD}{PROSE}\n\n{box}Among the new routes are:\n\n{items}{PROSE_2}\n\n{PROSE_3}\n")
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert "Among the new routes are:" in texts and PROSE_2 in texts and len(texts) == 7


def test_a_question_heading_over_the_storys_list_under_a_box_resumes_the_story():
    box = "Read more from Horizon News:\nSupermarket sales slow as shoppers hold back\nBank holds interest rates\n\n"
    items = ("Stores and the website are continuing to trade as normal\nGift cards and credit notes can still be used for now\n"
             "Orders that have already been paid for should be delivered\n\n")
    article = parsed(f"{HEAD}{PROSE}\n\n{box}What does it mean for customers?\n\n{items}{PROSE_2}\n\n{PROSE_3}\n")
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert "Gift cards and credit notes can still be used for now" in texts and len(texts) == 7


def test_a_video_title_that_asks_under_its_running_time_goes():
    article = parsed(f"{HEAD}{PROSE}\n\nPlease use Chrome browser for a more accessible video player\n1:32\n"
                     f"What happens when a retailer goes bust?\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("credit", ["(Harlow & Finch/PA)", "(Marlowe Estate/AFP)"])
def test_an_owner_and_agency_in_brackets_close_a_caption_with_no_stop(credit):
    caption = "The painting had hung above a bed in a farmhouse for almost three decades"
    assert without_credit(f"{caption} {credit}") == caption
    assert clutter_reason(credit) == "photo-credit"


@pytest.mark.parametrize("line", ["Support truly", "Our mission is to deliver unbiased, fact-based reporting that holds "
                                  "power to account and exposes the truth."])
def test_a_support_boxs_heading_and_pitch_are_notices(line):
    assert clutter_reason(line) == "notice"


@pytest.mark.parametrize("line", ["Whether £5 or £50, every contribution counts.", "Support us to deliver journalism without an agenda."])
def test_a_support_boxs_asks_are_notices(line):
    assert clutter_reason(line) == "notice"


# ------------------------------------------------------------------ a machine's summary under its note


def test_the_points_under_a_machine_summarys_note_are_no_story():
    points = ("About 9,800 farmers whose crops were damaged will each receive P10,000 from the quick response fund.\n"
              "Abaca farmers, who bore most of the crop losses, make up the bulk of the beneficiaries.\n")
    note = "This is AI generated summarization, which may have errors. For context, always refer to the full article."
    article = parsed(f"{HEAD}Sign in to listen to groundbreaking journalism.\n{note}\n{points}\n{STORY}")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_summary_heading_over_the_note_leaves_the_points_to_the_summary_box():
    points = "The ministry has mapped assembly points and shelters.\nSenators question whether there are enough ships.\n"
    note = "This is AI generated summarization, which may have errors."
    article = parsed(f"{HEAD}Summarize this article with AI\n{note}\n{points}\n{STORY}")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a time line at a box's foot, over the story


def test_a_time_with_its_clock_at_a_boxs_foot_over_the_story_is_the_storys():
    head = ("Ski resorts delay the season as the snow fails to come\n"
            "Several low-altitude resorts have postponed their openings as a warm, dry December leaves slopes bare.\n"
            "Snow cannons at work above the resort on Monday night. Most of the lower pistes remain closed.\n"
            "Keystone / Laura Imhof\nAnna Wyrsch\nAnna covers tourism, transport and regional economics for the site.\n")
    box = ("More from this author | English Department\nThis content was published on\nDecember 23, 2026 - 11:04\n"
           "4 minutes\n")
    teaser = ("More\nClimate adaptation\nHow resorts are preparing for a future with less snow\n"
              "This content was published on\nFeb 4, 2026\n")
    article = parsed(f"{head}{box}{PROSE}\n{PROSE_2}\n{teaser}{PROSE_3}\n")
    assert article.published_iso == "2026-12-23T11:04:00"


def test_a_teasers_date_alone_at_a_boxs_foot_is_not_the_storys_time():
    head = ("Ski resorts delay the season as the snow fails to come\n"
            "Several low-altitude resorts have postponed their openings as a warm, dry December leaves slopes bare.\n"
            "Snow cannons at work above the resort on Monday night. Most of the lower pistes remain closed.\n"
            "Keystone / Laura Imhof\nAnna Wyrsch\nAnna covers tourism, transport and regional economics for the site.\n")
    box = "Related\nHow resorts are preparing for a future with less snow\nFeb 4, 2026\n"
    article = parsed(f"{head}{box}{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    assert article.published_iso is None  # no time of the story's own is printed: none is made up from a teaser's
