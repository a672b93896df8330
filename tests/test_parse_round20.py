"""Shapes rather than wordings, round 20: a consent dialog's paragraphs, a clock on a day named from the
site's date of today, a social post over the page it links, an unstopped scene over the story, an ad's
label inside the story, teasers with decks, and the standing lines of newsletters, events and databases.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, is_kept, is_left_out, parsed

from briefs.facts.timeline import resolve_sentence
from briefs.sources.clutter import clutter_reason
from briefs.sources.pubtime import is_relative_day_time, parse_time_line, relative_day_time

HEADLINE = "Harbour board votes to rebuild the old pier after storm damage"
STORY = f"{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"

# ------------------------------------------------------------------ a consent dialog's paragraphs

CONSENT_PARAGRAPHS = [
    "We and our 1,206 partners use cookies and similar technologies to store and read information on your device, "
    "and we process personal data such as IP addresses in order to show you personalised advertising.",
    "With your agreement, we and our partners may also use precise location data and identify your device by "
    "actively scanning its characteristics.",
    "Some partners process your data on the basis of legitimate interest rather than consent. You have the right to "
    "object to this at any time.",
    "You can change your choices at any time, and our vendors will respect your consent preferences on this site.",
]


@pytest.mark.parametrize("paragraph", CONSENT_PARAGRAPHS)
def test_a_consent_dialogs_paragraph_is_a_notice(paragraph):
    assert clutter_reason(paragraph) == "notice"


def test_a_consent_dialog_over_the_page_leaves_the_headline_and_the_story():
    dialog = "\n\n".join(CONSENT_PARAGRAPHS)
    source = (f"The Liffey Courier\nWe value your privacy\n{dialog}\nAccept all\nManage preferences\n\nNews\nWorld\n"
              f"Health\n{HEADLINE}\nCiarán Mulvey\nThu Jan 29 2026 - 06:12\n\n{STORY}")
    article = parsed(source)
    assert article.title == HEADLINE
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("sentence", [
    "The regulator said the company's partners had processed users' personal data without consent.",
    "Our partners in the valley need your help, the mayor told residents, urging them to consent to the survey.",
    "Data brokers and their partners sell location data gathered without consent, the report found.",
])
def test_a_story_about_consent_and_partners_is_kept(sentence):
    assert clutter_reason(sentence) is None
    assert is_kept(sentence)


# ------------------------------------------------------------------ a week named by its first day

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Officials reported 1,460 confirmed cases in the week beginning January 19th.", "2026-01-19"),
    ("The count rose sharply in the week starting Jan. 19, the agency said.", "2026-01-19"),
    ("Figures for the week commencing 12 January showed a fall.", "2026-01-12"),
    ("Tickets go on sale in the week beginning February 2.", "2026-02-02"),
])
def test_a_week_named_by_its_first_day_takes_the_tense_of_its_verb(sentence, expected):
    events = resolve_sentence(sentence, (0, len(sentence)), datetime(2026, 1, 29, 6, 12))
    assert [event.date for event in events] == [expected]


def test_a_schedules_gerund_still_looks_ahead():
    sentence = "The council approved the plan last year, with the first phase beginning on January 5."
    events = resolve_sentence(sentence, (0, len(sentence)), datetime(2026, 1, 29, 6, 12))
    assert [event.date for event in events if "January 5" in event.expression] == ["2027-01-05"]


# ------------------------------------------------------------------ dates and times on the header's lines

@pytest.mark.parametrize("line", ["September 16/2025", "Sept. 16 / 2025", "September 16/2025 14:05"])
def test_a_slash_before_the_year_is_read(line):
    stamp = parse_time_line(line)
    assert stamp is not None and stamp.value.date().isoformat() == "2025-09-16"


@pytest.mark.parametrize("line", ["By Marisol Quintero-Hale and Benedikt Aramyan Sept. 16, 2025",
                                  "By Ana Ruiz, Tom Hale and Lena Ito Sept. 16, 2025",
                                  "Ana Ruiz & Tom Hale September 16, 2025"])
def test_several_authors_beside_the_date_give_the_time_and_the_byline(line):
    article = parsed(f"World\n{HEADLINE}\n{line}\nReprints\n\n{STORY}")
    assert article.published == datetime(2025, 9, 16)
    assert article.byline is not None and "Ana Ruiz" in article.byline or "Marisol Quintero-Hale" in article.byline
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(("line", "expected"), [
    ("Today, 6:12 am", datetime(2025, 9, 16, 6, 12)),
    ("Today at 18:40", datetime(2025, 9, 16, 18, 40)),
    ("Yesterday at 9:05 pm", datetime(2025, 9, 15, 21, 5)),
    ("Published: today 07:30", datetime(2025, 9, 16, 7, 30)),
])
def test_a_clock_on_a_day_named_from_the_sites_date_of_today_is_the_story_time(line, expected):
    menu = "\n".join(["Israel at War", "Israel & the Region", "Jewish Times", "Diaspora", "Ops & Blogs", "Liveblog"])
    source = (f"Skip to main content\nThe Tel Aviv Herald\nTuesday, 16 September 2025\n{menu}\nSign In\nSearch\n\n"
              f"Israel & the Region\n{HEADLINE}\n\nBy Noa Friedlander\n{line}\nShare\nFacebook\n\n{STORY}")
    article = parsed(source)
    assert article.title == HEADLINE
    assert article.published == expected


def test_a_clock_on_today_with_no_date_on_the_page_gives_no_time():
    article = parsed(f"{HEADLINE}\nBy Noa Friedlander\nToday at 06:00\n\n{STORY}")
    assert article.title == HEADLINE
    assert article.published is None


@pytest.mark.parametrize("line", ["Today, 6:12 am", "yesterday 23:10", "Today | 08:00 BST"])
def test_relative_day_times_are_read_on_the_given_day(line):
    assert is_relative_day_time(line)
    stamp = relative_day_time(line, datetime(2026, 3, 4).date())
    assert stamp is not None and stamp.has_time


@pytest.mark.parametrize("line", ["Today", "Today's top stories", "Today at the Department", "Yesterday's news 5"])
def test_lines_about_today_without_a_clock_are_no_time(line):
    assert not is_relative_day_time(line)


# ------------------------------------------------------------------ a social post over the page it links

@pytest.mark.parametrize("stamp", ["6:12 AM · Sep 16, 2025", "18:40 · 16 Sep 2025"])
def test_a_social_post_over_its_linked_page_gives_way_to_the_pages_header(stamp):
    source = (f"Post\nKestrel Bay Herald\n@KBayHerald\nBREAKING: Part of the seawall collapsed overnight and homes "
              f"were evacuated. Latest from our reporters:\nkbayherald.com/local/2025/09/…\n{stamp}\n·\n48.2K\n Views\n"
              f"112\n389\n1.1K\nkbayherald.com\nSkip to content\nMenu\nKestrel Bay Herald\nSubscribe\nLog in\nLocal\n"
              f"{HEADLINE}\nTheo Marchetti and Priya Olander\nPublished 5:48 a.m. PT Sept. 16, 2025\n\n{STORY}")
    article = parsed(source)
    assert article.title == HEADLINE
    assert article.published is not None and (article.published.hour, article.published.minute) == (5, 48)
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ an unstopped scene over the story

@pytest.mark.parametrize("caption", [
    "Residents queue with yellow gallons at a tanker point in Kalpohin, Tamale",
    "Firefighters work through the night at the warehouse in Ridgefield",
    "Councillor Priya Dunmore with members of the waste collection crew at the Castle Lane depot",
])
def test_an_unstopped_scene_over_the_story_is_its_caption(caption):
    article = parsed(f"{HEADLINE}\nMarch 4, 2025\nAbdul Zakaria, Contributor\n\n{caption}\n\n{STORY}")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("line", [
    "Harmon Biologics to add 220 jobs at Riverton plant",
    "Please turn on JavaScript to use this feature",
    "Read this page in Welsh: Cymraeg",
    "Officials said the pier would reopen in Harbour City",
])
def test_an_unstopped_headline_button_or_news_line_is_no_scene(line):
    article = parsed(f"{HEADLINE}\nMarch 4, 2025\n\n{line}\n\n{STORY}")
    assert article.caption != line


# ------------------------------------------------------------------ standing lines

@pytest.mark.parametrize("line", [
    "We’re really glad that you’ve read 12 Tel Aviv Herald articles in the past month.",
    "You've read 3 articles this month.",
    "Great news: you have read 5 free stories in the last 30 days.",
])
def test_a_metered_paywalls_count_is_left_out(line):
    assert is_left_out(line)


@pytest.mark.parametrize("line", [
    "Showers until early afternoon. High 61, low 49. Winds SW 10-15 mph.",
    "Sunny. High 24C, low 12C.",
    "Lows near 20 and highs around 35.",
])
def test_a_weather_boxs_forecast_is_a_widget(line):
    assert clutter_reason(line) == "widget"


def test_a_story_sentence_about_the_days_high_is_kept():
    sentence = "Temperatures hit a high of 41 and a low of 30 on Monday, the weather service said."
    assert clutter_reason(sentence) is None
    assert is_kept(sentence)


@pytest.mark.parametrize("line", [
    "Thank you for visiting nexus.com. You are using a browser version with limited support for CSS. To obtain the "
    "best experience, we recommend you use a more up to date browser.",
    "You are using an outdated browser. Please upgrade to improve your experience.",
])
def test_a_browser_notice_is_a_notice(line):
    assert clutter_reason(line) == "notice"


@pytest.mark.parametrize("line", [
    "The Fare Box is a reader-supported publication. To receive new posts and support my work, consider becoming a "
    "free or paid subscriber.",
    "Join 8,000+ founders, investors and operators for three days of sessions, demos and deals.",
    "Join thousands of readers at our annual summit in Lisbon this October.",
])
def test_a_platforms_or_an_events_pitch_is_a_reader_prompt(line):
    assert clutter_reason(line) == "reader-prompt"


@pytest.mark.parametrize("line", ["Go to the live blog", "Remind me later.", "No thanks"])
def test_a_pop_ups_buttons_are_interface(line):
    assert clutter_reason(line) == "interface"


# ------------------------------------------------------------------ a database's credit line

@pytest.mark.parametrize("credit", ["Credit: By Ruth Halvorsen; Staff Writer", "Credit: By Ruth Halvorsen"])
def test_a_databases_credit_of_the_writer_is_the_byline_not_a_photo_credit(credit):
    last = "Residents can comment on the proposal at the board's next meeting or by email through the website."
    source = (f"Document 1 of 3\n{HEADLINE}\nHalvorsen, Ruth. The Millbrook Standard; Millbrook, Ore. 16 Sep 2025: A.3.\n"
              f"Full Text\n\n{PROSE}\n\n{PROSE_2}\n\n{last}\n\n{credit}\n\nWord count: 320\n")
    article = parsed(source)
    assert article.caption is None
    assert article.byline == "Ruth Halvorsen"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, last]


# ------------------------------------------------------------------ a donation appeal headed as a message

def test_a_donation_form_under_the_outlets_message_is_left_out():
    appeal = ("A Message from The Neva Dispatch:\nDear readers,\nWe are facing pressure unlike anything we have known, "
              "and our work is now banned at home.\nWe, the journalists of The Neva Dispatch, will not be silenced. But "
              "to keep doing this work, we need your help.\nYour support, however small, matters to us.\nOnce\nMonthly\n"
              "Annually\nContinue\nRemind me later.\n")
    article = parsed(f"{HEAD}{STORY}\nRead more about: Regions\n{appeal}")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a long headline in title case under the time line

@pytest.mark.parametrize("headline", [
    "Eastgate Towers' Landlord Owes the City $410,000 in Fines. The City Keeps Renewing His License Anyway.",
    "The Harbour Board Spent Nine Years Planning a New Pier. It Took One Storm to Show Why It Was Needed.",
])
def test_a_long_title_cased_headline_under_the_time_line_is_the_title(headline):
    menu = "News & Opinion\nFood & Drink\nMusic\nArts & Culture\nEvents"
    article = parsed(f"Skip to main content\nCalder Scene\nMenu\n{menu}\nNews » City Desk\nJanuary 29, 2026\n{headline}\n"
                     f"By Marisol Trevino\n\n{STORY}")
    assert article.title == headline


def test_a_long_sentence_under_the_time_line_is_no_headline():
    sentence = ("Harbour cleanup bill tops $14m as the council seeks help from the Crown after tests find heavy metals "
                "in the seabed near the basin")
    article = parsed(f"The Otago Examiner\nThursday, 12 February 2026\n{sentence}\n\n{STORY}")
    assert article.title != sentence


# ------------------------------------------------------------------ a caption under `click to enlarge`

@pytest.mark.parametrize("credit", ["MARISOL TREVINO", "Photo: Dan Ochoa", "Dan Ochoa"])
def test_the_sentence_under_click_to_enlarge_and_its_credit_is_the_caption(credit):
    caption = "Yvette Carrow points to water damage in a third-floor hallway at Eastgate Towers."
    article = parsed(f"{HEADLINE}\nJanuary 29, 2026\nBy Marisol Trevino\nFacebook\nclick to enlarge\n{credit}\n"
                     f"{caption}\n{PROSE}\n{PROSE_2}\n")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


# ------------------------------------------------------------------ a closing bio with its disclaimer

def test_a_long_named_bio_with_the_views_disclaimer_is_left_out():
    bio = ("Delphine Arrowood is a commander in the U.S. Navy and a surface warfare officer. She is currently a federal "
           "executive fellow at the Hollister Institute for Maritime Strategy. The views expressed are those of the "
           "author and do not represent the official position of the U.S. Navy, the Department of Defense, or the U.S. "
           "government.")
    article = parsed(f"{HEADLINE}\nDelphine Arrowood\nJanuary 29, 2026\n\n{STORY}\n{bio}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ teasers with decks under a list's heading

def test_teasers_each_with_a_deck_and_an_author_are_a_list_not_the_story():
    teasers = ("Recommended\nThe Myth of the Yuan Takeover\nWhy China’s currency is still a long way from global status.\n"
               "Nadia Kortright-Baptiste\nThe Sanctions Paradox\nEconomic pressure works best when it is used least.\n"
               "Tobias Ekwueme\nEurope’s Euro Moment That Never Came\nBrussels keeps waiting for a crisis to make its "
               "currency global.\nAnneliese Forsgren\nMost Read\n")
    article = parsed(f"{HEAD}{STORY}\n{teasers}")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ an ad's label inside the story

@pytest.mark.parametrize("heading", ["Background", "What happens next", "A record winter"])
def test_a_subheading_under_an_ads_label_stays_the_storys(heading):
    source = f"{HEAD}{PROSE}\n{PROSE_2}\nAdvertisement\n{heading}\n{PROSE_3}\n"
    article = parsed(source)
    assert heading in [block.text for block in article.blocks]
    assert PROSE_3 in [paragraph.text for paragraph in article.paragraphs]


def test_the_ads_own_copy_under_its_label_is_left_out():
    ad = "Trade European steel stocks from EUR 0 commission - open your account in 5 minutes."
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nAdvertisement\n{ad}\nCapital at risk. Terms apply.\n\n{PROSE_3}\n"
    texts = [paragraph.text for paragraph in parsed(source).paragraphs]
    assert ad not in texts and PROSE_3 in texts


# ------------------------------------------------------------------ an ad's label under a list of videos

def test_an_ads_label_under_a_list_of_videos_closes_the_list():
    videos = ("Video\n2:48\nWatch: Divers free a schooner from the river\nVideo by Tomas Reyes\nWatch more\n"
              "Riverfront park opens to crowds\n1:52\nHigh school rowers take state title on home water\n3:05\n"
              "Timelapse: Demolition of the old mill smokestack\n0:58\n\nAdvertisement\n\n")
    article = parsed(f"{HEADLINE}\nBy Marisol Ortega\nPUBLISHED: November 3, 2025 at 5:12 PM EST\n\n{videos}{STORY}")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ more standing lines

@pytest.mark.parametrize(("line", "reason"), [
    ("*Stock data as of market close, cryptocurrency data as of 4:30pm ET. Here's what these numbers mean.", "notice"),
    ("Quotes delayed at least 15 minutes.", "notice"),
    ("The Ledger-Dispatch's editorial opinions are decided by its Editorial Board, which operates separately from the "
     "newsroom.", "notice"),
    ("This commentary originally appeared on The Capitol Ledger on March 12, 2026.", "notice"),
    ("This op-ed was first published in The Harbour Times on 4 May 2025.", "notice"),
    ("Critical Questions is produced by the Center for Global Policy and Security, a private, tax-exempt institution "
     "focusing on international public policy issues.", "notice"),
    ("The Ashgrove Institution is committed to quality, independence, and impact.", "notice"),
    ("We are supported by a diverse array of funders.", "notice"),
    ("Notice: Transcripts are machine and human generated and lightly edited for accuracy. They may contain errors.",
     "notice"),
    ("Story by Marina Zheleznova. Translation by Peter Halloran.", "credits"),
    ("fot. Marta Zielonka/WPA", "photo-credit"),
    ("Create a Website Account - Manage notification subscriptions, save form progress and more.", "reader-prompt"),
    ("Stream NEWS 8 24/7 for free on the NEWS 8 app, Roku, Fire TV and more.", "reader-prompt"),
    ("Go deeper: Harlow County library board votes to shut Eastgate branch", "related-list"),
])
def test_more_standing_lines_are_clutter(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize("sentence", [
    "The story was first published in the Gazette in 1998 and reprinted many times, the author said.",
    "Stock prices fell sharply on Monday as investors fled risk.",
    "The board said its editorial staff would be cut by a third.",
])
def test_story_sentences_near_those_wordings_are_kept(sentence):
    assert clutter_reason(sentence) is None


@pytest.mark.parametrize("heading", ["Other Topics of Interest", "Stories of interest", "You may also be interested in"])
def test_a_box_of_other_topics_is_a_list_heading(heading):
    source = f"{HEAD}{STORY}\n{heading}\nRada backs bill letting industries shield more workers\nKyiv metro gets backup power\n"
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ an editor's copy

def test_an_editors_copy_fills_the_fields_it_labels():
    source = ("SLUG: PIER-REBUILD\nHED: Harbour board votes to rebuild the old pier\nDEK: Crews will start in the spring\n"
              "BYLINE: By Odalys Ferrante, Staff Writer\nDATE: March 13, 2026\nSECTION: Local\nLENGTH: 530 words\n"
              "ART: 2 photos, in /Photo/0312/pier\nCUTLINE: The old pier at dawn on Tuesday. Photo: Kenji Moravec\n"
              f"WEB: Post at 6 a.m.\n{PROSE}\n{PROSE_2}\n{PROSE_3}\n")
    article = parsed(source)
    assert article.title == "Harbour board votes to rebuild the old pier"
    assert article.caption == "The old pier at dawn on Tuesday."
    assert article.byline == "Odalys Ferrante"
    assert article.section == "Local"
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ an office's name over its release's headline

@pytest.mark.parametrize("office", ["Halvorsen Police Department", "Redwater County Sheriff's Office", "Kestrel City Council"])
def test_an_offices_name_gives_way_to_the_releases_headline_under_its_fields(office):
    headline = "ARREST MADE IN OCTOBER ARMED ROBBERY OF EASTSIDE PHARMACY"
    source = (f"{office}\nHome\nNews\nPress Releases\nFOR IMMEDIATE RELEASE\nDate: 11/03/2025\nCase #: 25-118427\n"
              f"Contact: Sgt. Renée Castellanos-Byrd, PIO\nPhone: (608) 555-0147\n\n{headline}\n\n{STORY}")
    assert parsed(source).title == headline


# ------------------------------------------------------------------ a briefing's venue after its clock

@pytest.mark.parametrize("venue", ["Ministry of Foreign Affairs Press Conference Room", "Prime Minister's Office",
                                   "State Department Briefing Room"])
def test_a_venue_after_the_clock_leaves_the_time(venue):
    article = parsed(f"Press Conference by the Press Secretary\nMonday, November 3, 2025, 4:10 p.m. {venue}\n\n{STORY}")
    assert article.published == datetime(2025, 11, 3, 16, 10)
    assert article.title == "Press Conference by the Press Secretary"


# ------------------------------------------------------------------ a numeric date settled by spelling

def _alert(spelling: str) -> str:
    return (f"Boil Water Advisory Issued for Cedar Gap Customers\nIssued: 11/03/2025 6:12 PM\n\n"
            f"Free bottled water will be available at the Cedar Gap Community {spelling} from 8 a.m. to 6 p.m. while "
            f"the advisory lasts, the district said.\n\n{PROSE}\n\n{PROSE_2}\n")


def test_american_spelling_reads_a_numeric_date_month_first():
    assert parsed(_alert("Center")).published == datetime(2025, 11, 3, 18, 12)


def test_british_spelling_leaves_a_numeric_date_to_the_other_clues():
    assert parsed(_alert("Centre")).published != datetime(2025, 11, 3, 18, 12)


# ------------------------------------------------------------------ an agency's dateline with its clock, its signature

def test_an_agencys_dateline_gives_its_clock_and_its_closing_name_is_no_credit():
    last = "The decree will now be sent to the President for signature. Parliament will then have 60 days. (Orbis)"
    source = (f"Agenzia Orbis\nFriday 13 March 2026\nEconomy\n{HEADLINE}\n"
              f"Rome, 13 Mar 06:12 - (Orbis) - {PROSE}\n\n{PROSE_2}\n\n{last}\n")
    article = parsed(source)
    assert article.published == datetime(2026, 3, 13, 6, 12)
    assert article.dateline == "Rome, 13 Mar 06:12 - (Orbis)"
    assert article.caption is None
    assert article.paragraphs[-1].text == last


# ------------------------------------------------------------------ a sponsor's block in a newsletter

@pytest.mark.parametrize("label", ["A message from Halvorsen Energy:", "Sponsored by Halvorsen Energy:"])
def test_the_paragraph_under_a_sponsors_label_is_its_message(label):
    pitch = ("Halvorsen crews keep the lights on in 31 states, from the Gulf Coast to the Great Lakes. See how we're "
             "building the grid of tomorrow.")
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{label}\n\n{pitch}\n\n{PROSE_3}\n"
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a format's name over its one author

@pytest.mark.parametrize(("line", "expected"), [
    ("Critical Questions by Rafael Oduya", "Rafael Oduya"),
    ("Analysis by Ana Ruiz", "Ana Ruiz"),
    ("Inspired by Frida Kahlo", None),
    ("See All by Ravi Okafor", None),
    ("Ballistic Missile Launches by North Korea", None),
])
def test_one_author_after_a_formats_name_is_the_byline(line, expected):
    from briefs.sources.byline import read_byline

    assert read_byline(line) == expected


# ------------------------------------------------------------------ a forwarded newsletter's subject

def test_a_forwarded_subject_printed_over_the_story_is_the_title_over_an_ads_line():
    source = ("---------- Forwarded message ---------\nFrom: The Harbor Ledger <news@harborledger.com>\n"
              "Date: Fri, Mar 13, 2026 at 6:12 AM\nSubject: Harbour board votes to rebuild the old pier after storm damage\n"
              "To: <dana@example.com>\n\nTHE HARBOR LEDGER\nMorning Briefing | Friday, March 13, 2026\n\nADVERTISEMENT\n"
              "Coastal Savings Bank: Open a Harbor Checking account by March 31 and get $200. Member FDIC.\n\n"
              f"Local News\n{HEADLINE}\n\nBy Marisol Quenby\n\n{STORY}")
    article = parsed(source)
    assert article.title == HEADLINE
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ round 20, third part: reporters' lines, kickers, lists

@pytest.mark.parametrize(("line", "reason"), [
    ("Reach the reporter at ana.ruiz@example.com or 602-444-8172. Follow her on X @AnaRuiz.", "reader-prompt"),
    ("Contact him at tom@example.com.", "reader-prompt"),
    ("Like Business on Facebook, follow @MargallaBiz on Twitter to stay informed and join in the conversation.",
     "reader-prompt"),
    ("Get browser notifications for breaking news, live events, and exclusive reporting.", "reader-prompt"),
    ("Be the first to know", "reader-prompt"),
    ("Turn On", "interface"),
    ("Kayla Brandt reports from Phoenix.", "credits"),
    ("[사진=새벽신문 DB]", "photo-credit"),
    ("Copiar enlace", "share-buttons"),
    ("Copier le lien", "share-buttons"),
])
def test_reporters_and_alerts_lines_are_clutter(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize("sentence", [
    "The agency reports from its field offices that crops failed across the valley.",
    "Residents were told to contact the council at its offices on Main Street.",
])
def test_story_sentences_like_them_are_kept(sentence):
    assert clutter_reason(sentence) is None


def test_a_dashed_bio_and_a_wires_note_on_itself_close_no_story():
    bio = "— Keely Hartsough covers education for The Cascade Standard. Reach her at kh@example.com."
    note = "Heartland Commons Wire is a nonprofit service that shares reporting from local newsrooms across the Plains."
    article = parsed(f"{HEADLINE}\nBy Keely Hartsough\nMarch 4, 2025\n\n{STORY}\n{bio}\n\n{note}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize(("kicker", "teaser"), [
    ("FOWL PLAY", "Pensioner, 81, ordered to stop feeding pigeons from her balcony or face eviction"),
    ("BREAD HEAD", "Dog walker fined £150 after tossing sandwich crust to seagull on beach"),
])
def test_a_tabloids_kicker_over_another_storys_headline_is_a_link(kicker, teaser):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{kicker}\n{teaser}\n{PROSE_3}\n"
    assert [paragraph.text for paragraph in parsed(source).paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_a_subheading_in_capitals_over_the_storys_paragraph_stays():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nTHE VERDICT\n{PROSE_3}\n"
    article = parsed(source)
    assert "THE VERDICT" in [block.text for block in article.blocks]


@pytest.mark.parametrize("item", ["Weather-related disruptions to food supplies", "Flood-related road closures in the east"])
def test_a_compound_with_related_is_no_list_heading(item):
    source = (f"{HEAD}{PROSE}\n\nThe central bank said it saw several risks to the outlook:\n\n"
              f"A faster recovery in domestic demand\nVolatility in global oil prices\n{item}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = parsed(source)
    items = [item for block in article.blocks if block.kind == "list" for item in block.items]
    assert item in items


# ------------------------------------------------------------------ a caption opening with a participle

@pytest.mark.parametrize("caption", ["Exposed banks at the Monteagudo reservoir, near the border, on Monday.",
                                     "Flooded streets in the old town on Tuesday."])
def test_a_caption_opening_with_a_participle_over_the_photographers_name_is_the_caption(caption):
    article = parsed(f"{HEADLINE}\nTomás Echevarría\nBadajoz - 22 abr 2026 - 06:12 CEST\nCompartir\nCopiar enlace\n"
                     f"{caption}\nLucía Ferrán\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert article.caption == caption
    assert article.paragraphs[0].text == PROSE


# ------------------------------------------------------------------ a long headline in sentence case over its byline

def test_a_long_headline_under_the_time_line_with_its_byline_below_is_the_title():
    headline = "Yellowstone tourist tossed into air by bison after getting within feet of herd, park officials say"
    source = (f"Keystone News\nU.S.\nPolitics\nWorld\nTravel\nPublished April 22, 2026 6:12am EDT\n{headline}\n"
              f"The woman was taken to a hospital in Montana with injuries to her leg\n"
              f"Caleb Warrick By Caleb Warrick Keystone News\nFacebook\nTwitter\n\n{STORY}")
    article = parsed(source)
    assert article.title == headline
    assert article.byline == "Caleb Warrick"


# ------------------------------------------------------------------ labels of time lines

@pytest.mark.parametrize(("line", "expected"), [
    ("Publié le 22 avril 2026 à 06h12, modifié le 22 avril 2026 à 08h45", datetime(2026, 4, 22, 6, 12)),
    ("Publication: 08 August, 2026 6:12 am", datetime(2026, 8, 8, 6, 12)),
])
def test_a_publications_label_leaves_its_time(line, expected):
    assert parsed(f"{HEADLINE}\n{line}\n\n{STORY}").published == expected


# ------------------------------------------------------------------ tenses

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The group now expects to pay less, down from the range it set in May.", "2026-05"),
    ("The agency has pushed back the opening, telling board members on Tuesday that drivers won't use it.", "2026-08-04"),
    ("The weather service has kept a heat warning in place through Monday.", "2026-08-10"),
    ("Forecasters warned that the spell may end, with rain likely to sweep back in on Monday.", "2026-08-10"),
    ("They will set a new date in May.", "2027-05"),
])
def test_tenses_of_unchanged_pasts_tellings_and_states_that_last(sentence, expected):
    events = resolve_sentence(sentence, (0, len(sentence)), datetime(2026, 8, 8, 6, 12))
    assert [event.date for event in events] == [expected]


# ------------------------------------------------------------------ round 20, fourth part

def test_a_related_list_printed_twice_is_no_post_around_an_article():
    related = ("Related\nReform Surges In Poll As Labour Slumps To Lowest Rating Since Election\n"
               "Transport Secretary Grilled Over Ghost Trains On Northern Routes\n\n")
    source = (f"Politics\n{HEADLINE}\nCommuters face paying more for season tickets.\nBy Kate Ferris-Nolan\n"
              f"Oct 15, 2026, 06:00 AM\n\n{PROSE}\n\n{related}{PROSE_2}\n\n{PROSE_3}\n\nGo To Homepage\n{related}About Us\n")
    article = parsed(source)
    assert article.title == HEADLINE
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


def test_names_and_their_agency_over_the_time_line_are_the_byline_not_the_headline():
    source = (f"Commodities\n{HEADLINE}\nPurchase would make the board one of the largest port owners\n"
              f"Author of the article:\nHalcyon News\nPriya Ramaswamy and Owen Lachance, Halcyon News\n"
              f"Published Oct 15, 2026  •  Last updated 1 hour ago  •  3 minute read\n\n{STORY}")
    article = parsed(source)
    assert article.title == HEADLINE
    assert article.byline == "Priya Ramaswamy and Owen Lachance"


@pytest.mark.parametrize("bio", ["Thandeka Mokoena is a journalist at Daily Vantage's Citizen Desk.",
                                 "Thandeka Mokoena covers water and local government."])
def test_an_authors_bio_under_the_name_is_no_headline(bio):
    source = f"South Africa\n{HEADLINE}\nThandeka Mokoena\nFollow\n{bio}\n30 Nov 2026\n14\nComments\n\n{STORY}"
    article = parsed(source)
    assert article.title == HEADLINE
    assert article.byline == "Thandeka Mokoena"


@pytest.mark.parametrize("credit", ["Rene Okonkwo-Lapierre Toronto Ledger", "Ana Ruiz The Harbour Star"])
def test_people_placed_between_commas_and_a_photographer_with_the_paper_make_a_caption(credit):
    caption = ("Tobias Ferrante, left, and Ines Akhtar outside the rooming house where they have lived for a combined "
               "31 years.")
    article = parsed(f"{HEADLINE}\nMarisol Quenneville\nNov 30, 2026\nArticle was updated 2 hrs ago\n{caption}\n{credit}\n"
                     f"{PROSE}\n\n{PROSE_2}\n")
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2]


def test_a_provided_by_credit_closes_a_caption():
    caption = "A China Coast Guard vessel, right, sails near Uotsurijima island as a patrol boat shadows it."
    article = parsed(f"{HEADLINE}\nMarch 4, 2025\n\nPhoto/Illutration {caption} (Provided by the 11th Regional Coast "
                     f"Guard Headquarters)\n\n{STORY}")
    assert article.caption == caption


@pytest.mark.parametrize(("line", "reason"), [
    ("Article was updated 2 hrs ago", "time-line"),
    ("From climate change to Big Tech, The Meridian is on the ground when the story is developing. Our journalists "
     "are there. Your support keeps us independent.", "reader-prompt"),
    ("Want to join the conversation? Please or to comment on this article.", "reader-prompt"),
    ("Check out our other news outlets: Andes Daily, Pampa Business Report and Atlântico Markets.", "reader-prompt"),
    ("Comments will be edited (grammar, spelling and slang) and approved at the discretion of Daily LFT.", "notice"),
    ("The post above is published from APN - Agence Presse Nationale.", "notice"),
    ("Email icon An envelope. It indicates the ability to send an email.", "interface"),
    ("CT Mag Campaign AD", "advertising"),
    ("TEXT AD: Call Willie - 08012345678", "advertising"),
])
def test_the_fourth_parts_standing_lines_are_clutter(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize("sentence", ["The charity said public support keeps it running.",
                                      "The campaign ad aired on Monday, the party said."])
def test_story_sentences_near_the_fourth_parts_wordings_are_kept(sentence):
    assert clutter_reason(sentence) is None


def test_a_standfirst_opening_with_the_name_of_a_kicker_over_it_is_no_bio():
    standfirst = "Kenji Marsh is expected to announce his run for mayor at a rally in the harbour district."
    article = parsed(f"Politics\n{HEADLINE}\nKenji Marsh\n{standfirst}\nMarch 4, 2025\n\n{STORY}")
    assert standfirst not in [item.text for item in article.dropped if item.reason == "author-bio"]
