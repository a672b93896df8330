"""Shapes from the nineteenth blind set: time lines whose zone runs into the update label,
credits of picture agencies after bars or `via`, a summary box over the lead photo, a video's
title and show under its running time, handles glued to names, a headline wrapped over two
lines, a tabloid's `(file photo)` caption, comment sections opened by their count, audio
players' notices, parts of the day in the timeline. Each rule is tested in several shapes,
with the story sentences it must leave."""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body, is_kept, is_left_out, parsed

from briefs.facts.timeline import resolve_dates
from briefs.sources.byline import read_byline
from briefs.sources.caption import ends_with_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.time_line import find_time


def _dates(source: str) -> dict[str, str]:
    return {entry.expression: str(entry.date) for entry in resolve_dates(parsed(source))}


@pytest.mark.parametrize(
    ("line", "published", "other"),
    [
        ("Published Fri, Feb 7 20254:09 AM ESTUpdated Fri, Feb 7 20256:30 AM EST", "2025-02-07T04:09:00-05:00", "Updated"),
        ("Updated Fri, Feb 7 20256:30 AM ESTPublished Fri, Feb 7 20254:09 AM EST", "2025-02-07T04:09:00-05:00", "Updated"),
        ("Posted Mon, Mar 3 20259:15 PM GMTUpdated Tue, Mar 4 20251:00 AM GMT", "2025-03-03T21:15:00+00:00", "Updated"),
    ],
)
def test_a_zone_glued_to_the_next_label_splits_there_and_the_first_publication_wins(line, published, other):
    stamp, others = find_time(line)
    assert stamp.value.isoformat() == published
    assert others and others[0].startswith(other)


@pytest.mark.parametrize(
    "credit",
    [
        "Lin Wei-ting | Bloomberg | Getty Images",
        "Kyodo News via Getty Images",
        "Anna Berg | Shutterstock",
        "Pool / Reuters / picture alliance",
    ],
)
def test_credits_ending_in_a_picture_agency_are_credits(credit):
    assert clutter_reason(credit) == "photo-credit"
    assert ends_with_credit(f"A worker inspects wafers at a plant in Hsinchu. {credit}")


@pytest.mark.parametrize("byline", ["Lucía Ferreyra | Agencia Sur", "Jane Roe | The Courier"])
def test_a_name_and_a_news_outlet_between_bars_stay_a_byline(byline):
    assert clutter_reason(byline) != "photo-credit"


CAPTION = "A worker inspects wafers at a semiconductor packaging plant in Hsinchu, Taiwan, on Jan. 14, 2025."


@pytest.mark.parametrize("label", ["KEY POINTS", "Key takeaways", "Highlights"])
@pytest.mark.parametrize("credit", ["Lin Wei-ting | Bloomberg | Getty Images", "Photo: Jane Roe/Reuters"])
def test_a_summary_box_ends_at_the_lead_photos_caption(label, credit):
    points = ("Taiwan's benchmark index fell 2.8% on Friday after Washington signalled tariffs.\n"
              "Shares of the island's largest chipmaker lost as much as 4.1%.\n"
              "Foreign funds pulled a net $1.9 billion from Taiwanese equities this week.\n")
    article = parsed(f"{HEAD}{label}\n{points}{CAPTION}\n{credit}\n{PROSE}\n\n{PROSE_2}\n")
    assert article.caption == CAPTION
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "video",
    [
        "WATCH NOW\nVIDEO 02:41\n02:41\nTaiwan's chip exports face a new test as tariff talk heats up\nSquawk Box Asia\n",
        "VIDEO 1:12\nHarbour crews race to repair storm damage\n",
        "Watch now\n3:05\nWhat the pier vote means for fishing crews\nMorning Report\n",
    ],
)
def test_a_videos_title_and_show_under_its_running_time_leave_the_story(video):
    assert body(f"{HEAD}{PROSE}\n\n{video}{PROSE_2}\n\n{PROSE_3}\n") == [PROSE, PROSE_2, PROSE_3]


def test_a_video_title_printed_above_its_running_time_leaves_the_subheading_under_it():
    source = (f"{HEAD}{PROSE}\n\nPhilippines accuses China of water cannon attack\n02:14\n"
              f"Fishing crews welcome the vote\n{PROSE_2}\n\n{PROSE_3}\n")
    assert "Fishing crews welcome the vote" in body(source)


@pytest.mark.parametrize(
    ("line", "name"),
    [("Rachel Tan@RACHELTAN_CNBC", "Rachel Tan"), ("Tom Hale @tomhale", "Tom Hale"), ("Ana María Ruiz@anaruiz_news", "Ana María Ruiz")],
)
def test_a_handle_after_a_name_glued_or_not_leaves_the_name(line, name):
    assert read_byline(line) == name


def test_an_email_address_is_no_handle():
    assert read_byline("rachel.tan@example.com") is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("North Korea fires ballistic missile into sea off Japan hours after US and South",
         "Korean troops launch huge winter drills on Pyongyang's doorstep"),
        ("Harbour board votes to rebuild the old pier after a winter of storms and",
         "angry meetings with the town's fishing crews"),
        ("Ferry operator cancels crossings as gales batter the coast for a third day in",
         "a row, stranding hundreds of travellers"),
    ],
)
def test_a_headline_wrapped_over_two_lines_of_its_own_is_joined(first, second):
    source = f"{first}\n{second}\n\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == f"{first} {second}"


@pytest.mark.parametrize(
    ("headline", "standfirst"),
    [
        ("Japan's Moriyama races to shield carmakers before Washington summit",
         "Prime minister seeks tariff exemption as coalition frets over summer upper house election"),
        ("Board votes to rebuild the old pier after ninety years", "Work will start in the spring."),
    ],
)
def test_a_headline_over_a_standfirst_is_not_joined_to_it(headline, standfirst):
    source = f"{headline}\n{standfirst}\n\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == headline


@pytest.mark.parametrize("note", ["(file photo)", "(File image)", "(stock image)"])
def test_a_caption_closed_by_a_file_photo_note_inside_the_story_is_the_caption(note):
    caption = f"A ballistic missile lifts off from a launch site near the capital in an image released last year {note}"
    article = parsed(f"{HEAD}{PROSE}\n\n{caption}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_sentence_mentioning_a_file_photo_stays():
    assert is_kept("The ministry released a file photo of the launch site, which analysts said was taken in 2023.")


@pytest.mark.parametrize(
    "comments",
    [
        "Comments 34\nShare what you think\nNewest\nOldest\nThe comments below have not been moderated.\n"
        "DaveyT, Leeds, 1 hour ago\nSame story every few months. Nothing ever changes.\n",
        "Comments (12)\nMarta wrote: The board should have acted years ago, and everyone in town knows it.\n",
        "The comments below have not been moderated.\nThe views expressed in the contents above are those of our users.\n"
        "Kev, Hull: Another pier, another promise. We have heard all of this before.\n",
    ],
)
def test_a_comment_section_opened_by_its_count_or_its_note_ends_the_story(comments):
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{comments}") == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "line",
    [
        "🎙️ Voice is AI-generated. Inaccuracies may occur.",
        "This audio is generated by an AI tool.",
        "This audio was produced using text-to-speech technology.",
        "Listen to this story.",
        "Enjoy more audio and podcasts on iOS or Android.",
    ],
)
def test_an_audio_players_notices_leave_the_story(line):
    assert is_left_out(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The voice is AI-generated, the company said in a statement about its new phone assistant.",
        "The ministry said it would publish the audio recordings of the hearing on its website.",
    ],
)
def test_sentences_about_voices_and_audio_stay(sentence):
    assert is_kept(sentence)


@pytest.mark.parametrize(
    ("box", "pitch"),
    [
        ("Unlock the Editor's Digest for free", "Helena Marsh, Editor of the Courier, selects her favourite stories in this weekly newsletter."),
        ("Get the Morning Briefing", "Our editors pick the day's essential stories for this newsletter."),
    ],
)
def test_a_newsletter_box_over_the_story_leaves_with_its_pitch(box, pitch):
    assert body(f"{HEAD}{box}\n{pitch}\n\n{PROSE}\n\n{PROSE_2}\n") == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    ("sentence", "expression", "day"),
    [
        ("North Korea fired a missile this morning, officials said.", "this morning", "2025-03-04"),
        ("The talks ended this afternoon without a deal.", "this afternoon", "2025-03-04"),
        ("The board met last night to approve the plan.", "last night", "2025-03-03"),
        ("The ferry will sail this evening if the wind drops.", "this evening", "2025-03-04"),
    ],
)
def test_parts_of_the_day_resolve_to_the_publication_day_or_the_one_before(sentence, expression, day):
    assert _dates(f"{HEAD}{sentence}\n").get(expression) == day


def test_a_night_named_by_its_weekday_is_still_the_weekday():
    assert _dates(f"{HEAD}The board met on Monday night to approve the plan.\n").get("on Monday night") == "2025-03-03"


def test_a_rubric_over_the_headline_does_not_make_it_a_subtitle():
    source = ("Finance & economics\nScience & technology\nAsia | Sea change\n"
              "Japan's fishermen are caught between China and a warming ocean\n"
              "The catch is getting smaller, and the neighbours are getting nosier\nPhotograph: Jane Roe/Reuters\n"
              f"Feb 6th 2025\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).title == "Japan's fishermen are caught between China and a warming ocean"


@pytest.mark.parametrize(
    "caption",
    [
        "The frigate sits pierside at Carver Bay, Maine, on Jan. 22, 2025. (Mass Communication Specialist 2nd Class Dana Okafor/U.S. Navy)",
        "Ministers meet at the Pentagon, Feb. 7, 2025. (DOD photo by Navy Petty Officer 2nd Class Tessa Moreau)",
        "An amphibious assault ship departs Naval Base San Diego on Feb. 7, 2025. US Navy Photo",
        "Soldiers train on Oahu during an exercise. (U.S. Army photo by Staff Sgt. Jane Roe)",
        "A freight train bound for Almaty departs from a logistics hub in Xi'an, February 5, 2025. /Xinhua",
        "Two ministers shake hands after signing the agreement in Tokyo. (Sayaka Mori/for The Pacific Courier)",
    ],
)
def test_military_state_media_and_freelance_credits_close_a_caption(caption):
    assert ends_with_credit(caption)


@pytest.mark.parametrize("line", ["Photo By: Navy Petty Officer 2nd Class Tessa Moreau", "VIRIN: 250207-N-XX123-1001"])
def test_a_defense_photos_credit_block_is_credits(line):
    assert clutter_reason(line) == "photo-credit"


@pytest.mark.parametrize("path", ["NATIONAL / POLITICS", "World / Asia", "Business / Markets"])
def test_a_path_of_sections_is_no_credit(path):
    assert clutter_reason(path) != "photo-credit"


@pytest.mark.parametrize(
    ("menu", "section"),
    [
        # (a path read as a breadcrumb names its last part; read as a label, the whole)
        ("NEWS\nBUSINESS\nOPINION\nSPORTS\nNATIONAL / POLITICS\n", "POLITICS"),
        ("Japan\nBusiness\nWorld\nSports\nHome\nPolitics\n", "Politics"),
    ],
)
def test_the_label_over_the_headline_under_a_menu_names_the_section_when_set_apart(menu, section):
    source = f"{menu}Ruling bloc offers tuition deal to win opposition votes\nFeb 8, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).section.upper().endswith(section.upper())


def test_a_menus_last_item_over_the_headline_is_no_section():
    source = f"News\nBusiness\nOpinion\nSports\nCulture\nRuling bloc offers tuition deal to win opposition votes\nFeb 8, 2025\n\n{PROSE}\n"
    assert parsed(source).section is None


@pytest.mark.parametrize(
    ("box", "summary"),
    [
        ("Read more\nNavy's shipbuilding plan leans on allies' yards\n",
         "The service wants to buy up to six oilers and tenders from foreign builders, a first in decades.\n"),
        ("Related\nCouncil approves ferry budget after long debate\n",
         "The vote ends a year of argument over who pays for the new boats.\n"),
    ],
)
def test_a_boxs_summary_set_tight_between_its_headline_and_the_story_leaves_with_the_box(box, summary):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{box}{summary}{PROSE_3}\n\nThe board will meet again next month.\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3, "The board will meet again next month."]


def test_with_no_blank_lines_between_paragraphs_the_sentence_after_a_box_is_the_storys():
    source = f"{HEAD}{PROSE}\n{PROSE_2}\nRead more\nCouncil approves ferry budget after long debate\n{PROSE_3}\n"
    assert PROSE_3 in body(source)


def test_a_subheading_unlike_the_boxs_labelled_items_goes_back_to_the_story():
    source = (f"{HEAD}{PROSE}\n{PROSE_2}\nRelated Links\nBiography: Alan Whitcombe\nSpotlight: Focus on the Indo-Pacific\n"
              f"Fact Sheet: Strengthening the Munitions Base\nBuilding Capacity Together\n{PROSE_3}\n")
    assert body(source)[-2:] == ["Building Capacity Together", PROSE_3]


@pytest.mark.parametrize(
    "byline_line", ["Feb. 7, 2025 | By Lindsey Harrow, DOD News", "March 4, 2025 | By Tom Hale, Harbour News"]
)
def test_a_byline_naming_its_outlet_beside_the_time_is_no_outlet_name(byline_line):
    source = f"Board votes to rebuild the old pier\n{byline_line}\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).byline in ("Lindsey Harrow", "Tom Hale")


@pytest.mark.parametrize(("line", "name"), [("Kawabe Tomoko [Profile]", "Kawabe Tomoko"), ("Jane Roe [Bio]", "Jane Roe")])
def test_a_link_to_the_authors_page_after_the_name_leaves_the_name(line, name):
    source = f"Where the defense budget goes\n{line}\n[2025.02.07]\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.byline == name
    assert article.published.date().isoformat() == "2025-02-07"


@pytest.mark.parametrize("marker", ["[Updated]", "[Exclusive]"])
def test_a_bracketed_word_is_still_an_editorial_marker(marker):
    assert clutter_reason(marker) == "editorial-marker"


@pytest.mark.parametrize(
    ("time_line", "published"),
    [("FEBRUARY 7, 10:09", "2025-02-07T10:09:00"), ("7 Feb 23:59", "2025-02-07T23:59:00"), ("Feb 7", "2025-02-07T00:00:00")],
)
def test_a_day_and_month_with_or_without_a_clock_take_the_copyright_year(time_line, published):
    source = f"WORLD\n{time_line}\nJapan has no plans to revise fishing deal\n\n{PROSE}\n\n{PROSE_2}\n\n© 2025 Example Agency\n"
    assert parsed(source).published.isoformat() == published


def test_a_tags_label_alone_under_the_story_ends_it_with_the_footer_under_it():
    source = (f"{HEAD}{PROSE}\n{PROSE_2}\nTags\nJapan\nFishing\nTop stories\nOther story about the harbour\n"
              "Information agency Example. Certificate of registration of mass media No. 61122 issued by the regulator.\n")
    assert body(source) == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "line",
    [
        "Get bite-sized news via a new cool app",
        "Try Courier Snaps, the quickest way to catch up on the day's top stories.",
        "Get The Courier's Daily Edition by email and never miss our top stories",
        "Edit",
        "The post Dockworkers reject wage offer appeared first on The Harbor Times.",
    ],
)
def test_app_and_email_prompts_edit_buttons_and_feed_footers_leave_the_story(line):
    assert is_left_out(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Stay away from the area, the police app warned residents on Friday.",
        "Get ready for a long winter, the minister told the farmers by email.",
    ],
)
def test_reported_sentences_with_prompt_words_stay(sentence):
    assert is_kept(sentence)


def test_a_byline_over_the_headline_under_the_outlets_name_is_no_credit():
    source = ("The Harbor Times\nMarta Ilves / The Harbor Times · 3h\nPort Alder dockworkers reject wage offer\n\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).byline == "Marta Ilves"


@pytest.mark.parametrize(
    "margins",
    [
        ("2/18/25, 4:09 PM Japan, U.S. agree to co-produce interceptors - The Courier",
         "https://www.example.com/world/2025/02/18/japan-us-interceptors/ 2/3"),
        ("11/3/25, 9:41 AM Harbour board votes to rebuild pier | Harbour News",
         "https://news.example.org/local/pier-vote 1/2"),
    ],
)
def test_print_margins_leave_and_a_paragraph_broken_across_the_page_is_joined(margins):
    header, footer = margins
    broken = "The board did not say what the work would cost, though one member put the"
    source = f"{HEAD}{PROSE}\n\n{broken}\n{footer}\n{header}\nfigure at about two million dollars.\n\n{PROSE_2}\n"
    assert body(source) == [PROSE, f"{broken} figure at about two million dollars.", PROSE_2]


def test_a_time_line_with_a_numeric_date_and_a_zone_is_no_print_margin():
    assert clutter_reason("12/04/25, 05:00 AM EST") != "print-margin"


# --- the twentieth set -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("time_line", "published"),
    [
        ("Published on 07/02/2025 - 09:09 GMT+1", "2025-02-07T09:09:00+01:00"),
        ("Published on 03/04/2025 - 14:30 UTC+2", "2025-04-03T14:30:00+02:00"),
        ("Updated 02/07/2025 4:09 PM GMT-5", "2025-02-07T16:09:00-05:00"),
    ],
)
def test_a_date_read_two_ways_is_read_as_the_region_of_its_offset_writes_it(time_line, published):
    # (stories naming no weekday, which would settle the date by itself)
    assert parsed(f"Board votes to rebuild the old pier\n{time_line}\n\n{PROSE_2}\n\n{PROSE_3}\n").published.isoformat() == published


@pytest.mark.parametrize(("line", "name"), [("By Sofia Marchetti with AP", "Sofia Marchetti"), ("By Tom Hale with Reuters", "Tom Hale")])
def test_a_byline_with_an_agency_is_no_outlets_credit(line, name):
    assert clutter_reason(line) != "credits"
    assert parsed(f"Board votes to rebuild the old pier\n{line}\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n").byline == name


def test_an_outlet_crediting_itself_with_an_agency_is_still_credits():
    assert clutter_reason("Le Monde with Reuters") == "credits"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Two ministers shake hands before talks at the Commerce Department in Washington on Thursday.", "Rachel Voss, AP"),
        ("Kenta Arima’s family has campaigned for his release since he was detained in Beijing", "Credit: Kyodo via Reuters"),
        ("South Korean soldiers at a guard post near the Demilitarised Zone.", "File pic: Reuters"),
        ("A television at Seoul Station airs news of the launch on Friday.", "[NEWS1]"),
    ],
)
def test_more_credit_shapes_close_or_follow_a_caption(caption, credit):
    assert ends_with_credit(f"{caption} {credit}")


def test_a_file_footage_label_inside_the_story_is_a_caption():
    source = f"{HEAD}{PROSE}\n\nFile footage: The border between North and South Korea\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(
    "player",
    [
        "Video Player is loading.\nPlay Video\nPlay\nMute\nCurrent Time 0:00\n/\nDuration 2:14\nLoaded: 0%\nRemaining Time -2:14\n1x\n"
        "Playback Rate\nCaptions\nFullscreen\nThis is a modal window.\n",
        "Video Player is loading.\nThis is a modal window.\nBeginning of dialog window. Escape will cancel and close the window.\n"
        "End of dialog window.\nClose Modal Dialog\n",
    ],
)
def test_a_web_video_players_controls_leave_the_story(player):
    assert body(f"{HEAD}{player}\n{PROSE}\n\n{PROSE_2}\n") == [PROSE, PROSE_2]


def test_a_menu_copied_on_one_line_is_no_headline():
    source = ("Politics North Korea Defense Social Affairs Foreign Affairs\nNATIONAL\n"
              "North Korea fires cruise missiles into Yellow Sea in second launch\n"
              f"Published: 07 Feb. 2025, 16:09\nPrint Facebook X Link Font size A A\n{PROSE}\n{PROSE_2}\n")
    article = parsed(source)
    assert article.title == "North Korea fires cruise missiles into Yellow Sea in second launch"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_title_cased_headline_with_small_words_is_still_the_headline():
    source = f"Japan Races To Shield Carmakers Before The Summit\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == "Japan Races To Shield Carmakers Before The Summit"


@pytest.mark.parametrize(
    ("signature", "names"),
    [
        ("BY LEE HA-YOON, CHOI JI-WOO [lee.hayoon@example.kr]", "LEE HA-YOON and CHOI JI-WOO"),
        ("By Tom Hale (tom.hale@example.com)", "Tom Hale"),
    ],
)
def test_a_byline_under_the_story_below_a_note_on_its_translation_names_the_authors(signature, names):
    note = "This article was originally written in Korean and translated by a reporter with the help of AI tools."
    source = f"Board votes to rebuild the old pier\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n\n{note}\n{signature}\nMore in Politics\n"
    assert parsed(source).byline == names


@pytest.mark.parametrize(
    "credit",
    ["(Japanese original by Kenta Morioka, Political News Department)", "(Korean original by Kenta Morioka)",
     "(Original story by Kenta Morioka)"],
)
def test_the_original_writer_of_a_translated_story_is_its_byline(credit):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{credit}\n"
    article = parsed(source)
    assert article.byline == "Kenta Morioka"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    ("line", "name"),
    [("By Marcus Kealoha, U.S. Indo-Pacific Command Public Affairs", "Marcus Kealoha"),
     ("By Ana Ruiz, Harbour Authority Media Relations", "Ana Ruiz")],
)
def test_an_office_after_the_name_is_no_author(line, name):
    assert read_byline(line) == name


@pytest.mark.parametrize("switcher", ["English Français", "English | 日本語 | 中文", "Deutsch English Español"])
def test_a_language_switcher_is_navigation_and_no_byline(switcher):
    assert clutter_reason(switcher) == "navigation"
    source = f"Board votes to rebuild the old pier\nMarch 4, 2025\n{switcher}\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).byline is None


@pytest.mark.parametrize(
    ("sentence", "expression", "day"),
    [
        ("The two coast guards agreed on the 7th to expand joint training.", "on the 7th", "2025-03-07"),
        ("The ship sailed on the 28th, officials said.", "on the 28th", "2025-02-28"),
        ("The ministers will meet again on the 12th.", "on the 12th", "2025-03-12"),
    ],
)
def test_a_day_of_the_month_alone_resolves_in_this_month_or_the_last(sentence, expression, day):
    assert _dates(f"Board votes to rebuild the old pier\nMarch 8, 2025\n\n{sentence}\n").get(expression) == day


@pytest.mark.parametrize("sentence", ["The meeting on the 7th floor ended early.", "He worked on the 4th of the plans."])
def test_ordinals_naming_no_day_are_no_dates(sentence):
    assert "on the 7th" not in _dates(f"{HEAD}{sentence}\n") and "on the 4th" not in _dates(f"{HEAD}{sentence}\n")


@pytest.mark.parametrize(
    ("opening", "dateline", "writer"),
    [("[Manila = Yui Kurosawa] The coast guards agreed", "[Manila = Yui Kurosawa]", "Yui Kurosawa"),
     ("【Seoul = Kim Min-ji】 The coast guards agreed", "【Seoul = Kim Min-ji】", "Kim Min-ji")],
)
def test_a_bracketed_place_and_writer_is_the_dateline_and_the_byline(opening, dateline, writer):
    article = parsed(f"{HEAD}{opening} on Friday to expand joint training near the islands.\n\n{PROSE_2}\n")
    assert article.dateline == dateline
    assert article.byline == writer


@pytest.mark.parametrize(
    ("opening", "dateline"), [("Taipei, Taiwan CNN — Taiwan's coast guard said", "Taipei, Taiwan CNN"), ("Hong Kong CNN — The city said", "Hong Kong CNN")]
)
def test_a_place_and_a_broadcasters_initials_before_a_dash_are_the_dateline(opening, dateline):
    assert parsed(f"{HEAD}{opening} on Friday it had tracked 14 vessels near the island.\n\n{PROSE_2}\n").dateline == dateline


def test_a_japanese_papers_caption_with_its_day_and_place_and_bracketed_credit_leaves_the_story():
    caption = "Meeting of the heads of the Japanese and Philippine coast guard authorities = 7th, Manila"
    article = parsed(f"{HEAD}{caption}\n(Tokai Nippo)\n\n{PROSE}\n\n{PROSE_2}\n")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "line",
    [
        "Translation provided by LinguaBridge AI. This article was machine-translated and may contain errors.",
        "(Read the article in Japanese.)",
        "Open in app",
    ],
)
def test_translation_notes_and_app_links_leave_the_story(line):
    assert is_left_out(line)


def test_an_author_box_headed_author_colon_name_leaves_with_the_bio():
    box = ("Author: Rieko Nagase\nRieko Nagase is a political reporter for The Sankei Shimbun. She covers the Prime Minister's Office.\n"
           "Find other articles by this author\n")
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{box}")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]
    assert article.byline == "Rieko Nagase"


def test_a_releases_co_issuer_line_leaves_and_a_joint_statements_title_stays():
    assert is_left_out("Joint media release with The Hon Rhys Kalder MP, Minister for Defence")
    source = f"Joint Statement by the Leaders of Japan and the Philippines\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == "Joint Statement by the Leaders of Japan and the Philippines"


# --- the twenty-first set ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published", "others"),
    [
        ("Baek Hyun-woo February 7, 2025", "2025-02-07T00:00:00", ["Baek Hyun-woo"]),
        ("February 7, 2025 Ryukyu Shimpo", "2025-02-07T00:00:00", ["Ryukyu Shimpo"]),
        ("by Daniel Koh February 11, 2025", "2025-02-11T00:00:00", ["by Daniel Koh"]),
        ("Jane Roe 3 March 2025 4:09 PM", "2025-03-03T16:09:00", ["Jane Roe"]),
    ],
)
def test_a_name_or_an_outlet_beside_a_full_date_shares_its_time_line(line, published, others):
    stamp, texts = find_time(line)
    assert stamp.value.isoformat() == published
    assert texts == others


@pytest.mark.parametrize("sentence", ["The talks ended February 7, 2025", "Ministers will meet again on 3 March 2025 in Tokyo"])
def test_a_sentence_with_a_full_date_is_no_time_line(sentence):
    assert find_time(sentence) is None


def test_a_byline_and_date_on_one_line_give_both():
    article = parsed(f"Board votes to rebuild the old pier\nby Daniel Koh February 11, 2025\n\n{PROSE}\n\n{PROSE_2}\n")
    assert article.byline == "Daniel Koh"
    assert article.published.date().isoformat() == "2025-02-11"


MARKDOWN = (
    '# Central bank holds rates as governor warns of "sticky" inflation\n\n'
    "**By Elena Vasquez** | The Calder Review | Feb 7, 2025\n\n"
    "![Governor Miriam Harwell at the bank's press conference on Thursday.](https://images.example.com/harwell.jpg)\n\n"
    f"{PROSE}\n\n## What the bank now expects\n\n"
    "The bank's [new forecasts](https://example.com/forecasts), released on Thursday, pushed back the *expected* date.\n\n"
    "- Inflation is now seen averaging 2.7 percent this year.\n- Growth was cut to 0.9 percent.\n"
)


def test_a_markdown_note_is_read_as_the_article_it_keeps():
    article = parsed(MARKDOWN)
    assert article.title == 'Central bank holds rates as governor warns of "sticky" inflation'
    assert article.byline == "Elena Vasquez"
    assert article.caption == "Governor Miriam Harwell at the bank's press conference on Thursday."
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert "What the bank now expects" in texts
    assert "The bank's new forecasts, released on Thursday, pushed back the expected date." in texts


def test_a_paste_with_a_hash_and_stars_but_no_markdown_is_left_as_it_is():
    source = f"#1 seed wins the harbour regatta\nMarch 4, 2025\n\n{PROSE}\n\nThe crew of *Sea Wolf* won by 2 * 3 lengths.\n"
    article = parsed(source)
    assert "The crew of *Sea Wolf* won by 2 * 3 lengths." in [paragraph.text for paragraph in article.paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "This is AI generated summarization, which may have errors. For context, always refer to the full article.",
        "Translated by Dahye Moon.",
        "Edited by Paul Ridgeway.",
    ],
)
def test_summary_notes_and_translation_credits_leave_the_story(line):
    assert is_left_out(line)


def test_a_reactions_box_under_the_story_ends_it():
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nHow does this make you feel?\nHappy\nSad\nAngry\n") == [PROSE, PROSE_2]


def test_a_lower_case_byline_under_the_headline_is_not_joined_to_it():
    source = f"Board votes to rebuild the old pier after storms\nby Daniel Koh\n\nMarch 4, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.title == "Board votes to rebuild the old pier after storms"
    assert article.byline == "Daniel Koh"


@pytest.mark.parametrize(
    ("time_line", "published"),
    [("Feb. 7 04:20 pm JST", "2025-02-07T16:20:00+09:00"), ("7 March 9:05 a.m. GMT", "2025-03-07T09:05:00+00:00")],
)
def test_a_day_and_month_with_a_twelve_hour_clock_and_zone_take_the_copyright_year(time_line, published):
    source = f"National\nJapan, U.S. agree to open shipyards to Navy\nTOKYO\n{time_line}\n\n{PROSE}\n\n{PROSE_2}\n\n©2025 Example Media Inc.\n"
    assert parsed(source).published.isoformat() == published


def test_a_comment_count_and_login_prompt_under_the_story_end_it():
    comments = ("14 Comments\nLogin to comment\n\nSakura Hanami\nFeb. 7 04:51 pm JST\n"
                "Good. The yards in Nagasaki and Kure have the skills, they just need steady orders.\n+9 ( +11 / -2 )\n")
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{comments}") == [PROSE, PROSE_2]


def test_a_comment_count_in_the_share_bar_over_the_story_is_a_button():
    assert body(f"{HEAD}14 Comments\n\n{PROSE}\n\n{PROSE_2}\n") == [PROSE, PROSE_2]


def test_the_last_paragraph_over_the_agency_signing_the_story_is_no_caption():
    last = "The issue is also expected to be taken up when the minister visits Washington, government sources said."
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{last}\n\nKYODO\n©2025 Example Media Inc.\n")
    assert article.caption is None
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, last]


@pytest.mark.parametrize(
    ("line", "names"),
    [("Kang Ji-won with Louis Marchand in Seoul", "Kang Ji-won and Louis Marchand"),
     ("Critical Questions by Laura Feinberg and Daniel Seo-Whitman", "Laura Feinberg and Daniel Seo-Whitman")],
)
def test_writers_joined_by_with_or_named_after_a_format_are_the_byline(line, names):
    source = f"South Korea, Japan agree to revive maritime hotline\n{line}\nPublished February 7, 2025\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).byline == names


@pytest.mark.parametrize("line", ["Photographs by Jonas Berg and Ana Ruiz", "Press Conference by Prime Minister Sakuragi and Minister Ono"])
def test_photographs_and_conferences_by_people_are_no_format_byline(line):
    assert read_byline(line) is None


def test_a_download_of_the_page_with_its_size_leaves_the_story():
    assert is_left_out("Download the Critical Questions 214kb")


# --- the twenty-second set ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Press play to listen to this article",
        "Voiced by artificial intelligence.",
        "This article is part of Europolis Pro's Global Trade coverage, available to subscribers.",
        "Report it to us.",
        "Follow The Dhaka Ledger on Google News for all the latest news.",
        "Appeared in the February 10, 2025, print edition as 'Taiwan Chip Makers Caught in the Middle'.",
        "Join our Space Forums to keep talking space on the latest missions, night sky and more!",
        "pic.twitter.com/Zp3cW0yNfE",
        "This email and any attachments are confidential and intended solely for the addressee.",
        "Please consider the environment before printing this email.",
        "Search quotes, news & videos",
    ],
)
def test_more_prompts_notes_and_embeds_leave_the_story(line):
    assert is_left_out(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Search for the missing fishermen was called off on Tuesday, the coast guard said.",
        "The report appeared in the print edition of the ministry's journal last year, officials said.",
    ],
)
def test_sentences_like_those_prompts_stay(sentence):
    assert is_kept(sentence)


@pytest.mark.parametrize(
    "jump", ["Continued on A8", "Page A8", "SHIPYARD from A1", "See MILL, A8", "Continued from Page 1", "From A3", "Turn to Page 6"]
)
def test_a_printed_storys_jump_lines_leave_the_story(jump):
    assert clutter_reason(jump) == "page-jump"
    assert is_left_out(jump)


def test_a_story_jumping_pages_mid_sentence_is_joined_across_the_jump():
    broken = "The board did not say what the work would cost, though one member put the"
    source = f"{HEAD}{PROSE}\n\n{broken}\nContinued on A8\nPage A8\nPIER from A1\nfigure at about two million dollars.\n\n{PROSE_2}\n"
    assert body(source) == [PROSE, f"{broken} figure at about two million dollars.", PROSE_2]


def test_an_outlook_forward_further_down_the_paste_is_still_read_as_one():
    chrome = "Reply\nReply all\nForward\nDelete\nArchive\nMove to\nMark as unread\n...\nInbox\nOF\n"
    header = ("From: Oliver Fenwick <o.fenwick@example.co.uk>\nSent: 13 February 2025 09:12\nTo: Commercial Team\n"
              "Cc: Rachel Odunsi\nSubject: FW: Board votes to rebuild the old pier\n\n")
    article = parsed(f"{chrome}{chrome}{header}Board votes to rebuild the old pier\nBy Harriet Lowther\n12 February 2025\n\n{PROSE}\n\n{PROSE_2}\n")
    assert article.title == "Board votes to rebuild the old pier"
    assert article.byline == "Harriet Lowther"


@pytest.mark.parametrize(
    ("line", "published", "byline"),
    [
        ("By Tran Minh Quan February 7, 2025 | 04:09 pm GMT+7", "2025-02-07T16:09:00+07:00", "Tran Minh Quan"),
        ("by Olena Marchuk February 7, 2025 4:09 PM 3 min read", "2025-02-07T16:09:00", "Olena Marchuk"),
    ],
)
def test_a_byline_date_clock_and_reading_time_on_one_line(line, published, byline):
    article = parsed(f"Board votes to rebuild the old pier\n{line}\n\n{PROSE}\n\n{PROSE_2}\n")
    assert article.published.isoformat() == published
    assert article.byline == byline


def test_an_e_editions_menu_under_its_date_leaves_the_headline_deck_and_byline_under_it():
    source = ("e-Edition\nThe Tidewater Courier\nFriday, February 7, 2025\nSections\nPages\nText View\nPage View\nDownloads\nHelp\n\n"
              "Page A1\n\nNavy deal to bring 1,100 jobs to Marlow Point yard\n"
              "Submarine hull contract is the largest in the shipyard's 80-year history\n\nBy Karen Ostrowski\nStaff Writer\n\n"
              f"{PROSE}\n\n{PROSE_2}\n")
    article = parsed(source)
    assert article.title == "Navy deal to bring 1,100 jobs to Marlow Point yard"
    assert article.byline == "Karen Ostrowski"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_browser_notice_above_the_headline_is_a_notice():
    assert clutter_reason("IE 11 is not supported. For an optimal experience visit our site on another browser.") == "notice"


def test_a_sentence_taken_for_the_caption_is_reported_when_the_standfirst_is_already_found():
    source = ("Council is told to act on housing before winter, mayor says\n"
              "The two sides will meet next week, their first talks since the spring.\n"
              "Share & Save —\nThe regional council will look at housing plans for the autumn again on Friday afternoon.\n"
              f"Feb. 7, 2025, 4:09 AM EST\nBy Dana Whitcomb\n{PROSE}\n{PROSE_2}\n")
    article = parsed(source)
    reported = [line.text for line in article.dropped] + [article.extra.get("standfirst") or "", article.caption or ""]
    assert any("look at housing plans" in text for text in reported) or any(
        "look at housing plans" in paragraph.text for paragraph in article.paragraphs)


def test_a_markdown_notes_marks_are_reported_as_dropped():
    article = parsed(MARKDOWN)
    marks = [line.text for line in article.dropped if line.reason == "markdown"]
    assert "#" in marks and "**" in marks and "##" in marks
    assert any(mark.startswith("(https://images.example.com") for mark in marks)


def test_a_writers_appeal_for_members_set_in_the_story_leaves_it():
    box = ("Note from the author:\nHi, this is Olena Marchuk. I cover diplomacy. If you value independent reporting, "
           "please consider supporting our work by becoming a member.\nBecome a member\n")
    assert body(f"{HEAD}{PROSE}\n\n{box}\n{PROSE_2}\n\n{PROSE_3}\n") == [PROSE, PROSE_2, PROSE_3]


def test_a_greeting_reported_in_the_story_stays():
    assert is_kept("Hi, this is the mayor speaking, she told the crowd outside the harbour office on Friday.")
