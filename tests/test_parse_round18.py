"""Shapes rather than wordings, round 18: a photo agency's credit path, a page's foot under the story,
a byline left over a box of quotes, an agency that is no section, longer headlines of other stories,
a labelled video's description, agencies' desk codes, a columnist's `I`, the outlet's letters box,
and days that lie ahead of a decision or of an extension.

Each rule is tested in several shapes, with the lines it must leave alone.
"""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body, is_kept, is_left_out, parsed
from test_timeline import dates_of

from briefs.sources.body_lines import addresses_reader, holds_full_date
from briefs.sources.byline import read_byline
from briefs.sources.caption import ends_with_credit, without_credit
from briefs.sources.clutter import _SOURCE_ACRONYM, clutter_reason
from briefs.sources.dateline import split_dateline
from briefs.sources.lines import may_name_a_section
from briefs.sources.tail import is_closing_notice

# ------------------------------------------------------------------ a photo agency's credit path

AGENCY_PATHS = ["picture-alliance/dpa/J. Woitas", "AFP/Getty Images", "imago images/Xinhua", "Reuters/Fabrizio Bensch",
                "Shutterstock/Lena Ivanova"]


@pytest.mark.parametrize("credit", AGENCY_PATHS)
def test_an_agency_and_its_path_after_slashes_is_a_photo_credit(credit):
    assert clutter_reason(credit) == "photo-credit"


@pytest.mark.parametrize("initials", ["ap/rtr", "fav/hpa", "mw/sda/afp"])
def test_desks_initials_in_lower_case_stay_the_storys_credits(initials):
    assert clutter_reason(initials) == "credits"


@pytest.mark.parametrize("credit", ["picture-alliance/dpa/J. Woitas", "imago images/Xinhua"])
def test_a_caption_over_its_agency_path_is_set_tight_under_the_standfirst(credit):
    # standfirst / caption / credit / first paragraph, no blank line between, as a broadcaster's page copies
    caption = "District heating pipes are laid in a residential street in Leipzig"
    source = (
        "Germany's cities race to meet deadline for heating plans\n"
        "Large German cities must tell residents within months how their homes will be heated. Many are behind.\n"
        f"{caption}\n{credit}\n{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    article = parsed(source)
    assert article.caption == caption
    assert [paragraph.text for paragraph in article.paragraphs] == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ labels and buttons

@pytest.mark.parametrize("label", ["Ads", "ADS", "READ LATER", "Save for later", "Send Feedback", "Thanks for your feedback!",
                                   "How can we improve?", "Was this article helpful?"])
def test_an_advertising_label_or_a_widget_button_between_paragraphs_is_taken_out(label):
    assert is_left_out(label)


@pytest.mark.parametrize("sentence", ["Ads for the ferry appeared on every bus shelter in town.",
                                      "Readers can save for later any of the stories in the archive, the editor said."])
def test_a_sentence_with_the_same_words_stays(sentence):
    assert is_kept(sentence)


def test_a_columns_disclaimer_over_the_headline_is_a_notice():
    assert clutter_reason("This piece expresses the views of its author(s), separate from those of this publication.") == "notice"
    assert clutter_reason("This column reflects the opinions of the writer alone.") == "notice"
    assert clutter_reason("This piece of land expresses nothing.") is None


# ------------------------------------------------------------------ the page's foot ends the story

FOOT = "Date 20.11.2025\nAuthor Lena Hartmann\nKeywords Germany, heating law, heat pump\nShare\nSend Facebook X Whatsapp Mail\n"
TEASER_SUMMARY = "Installers report a sharp drop in orders as households wait for clarity on state support. Many stick with gas."


@pytest.mark.parametrize("box", ["OUR RECOMMENDATIONS", "DLW RECOMMENDS", "Related Subjects", "More on this topic"])
def test_prose_under_a_box_after_the_pages_foot_is_other_stories(box):
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{FOOT}{box}\nHeat pump sales slump as subsidies stay uncertain\n"
              f"{TEASER_SUMMARY}\n")
    texts = body(source)
    assert texts[:3] == [PROSE, PROSE_2, PROSE_3]
    assert TEASER_SUMMARY not in texts


def test_a_live_pages_share_bar_and_entry_time_between_entries_leave_the_next_entry():
    entry = ("Ferry operators said all sailings would resume by the evening once the wind eases, and that "
             "passengers holding tickets could travel on any boat this week.")
    source = (
        f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nShare this post\nLink Copied!\n\nRelated article\n"
        f"Why the islands lose power in every storm\n\n2:52 p.m. ET, March 4, 2025\n\nMara Quintos\n\n{entry}\n"
    )
    assert entry in body(source)


# ------------------------------------------------------------------ a byline out of the header's reach

TICKERS = "In this article:\n\nVLT.MI\n+11.42%\n\n^STOXX\n-0.38%\n\nHALV.AS\n-7.91%\n\n"


@pytest.mark.parametrize("byline, names", [
    ("By Marta Kolander and Piet van Duren", "Marta Kolander and Piet van Duren"),
    ("By Marta Kolander, Piet van Duren and Sonia Ferraz", "Marta Kolander, Piet van Duren and Sonia Ferraz"),
    ("By Marta Kolander", "Marta Kolander"),
])
def test_a_byline_left_opening_the_body_under_a_quotes_box_is_the_byline(byline, names):
    source = f"European shares slip as chipmakers weigh\nReuters\nJun 12, 2025, 10:42 AM\n\n{TICKERS}{byline}\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.byline == names
    assert article.paragraphs[0].text == PROSE


def test_a_heading_opening_with_by_is_no_byline():
    source = f"{HEAD}{TICKERS}By the numbers\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).byline is None


# ------------------------------------------------------------------ an agency is no section

@pytest.mark.parametrize("name", ["Reuters", "AFP", "The Associated Press", "Bloomberg"])
def test_an_agencys_name_names_no_section(name):
    assert not may_name_a_section(name)


@pytest.mark.parametrize("name", ["Business", "Asia Pacific", "Politics"])
def test_a_sections_name_still_may(name):
    assert may_name_a_section(name)


def test_more_from_an_agency_under_the_story_names_no_section():
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\nMore from Reuters\nChip stocks slide on export curbs\nOil steadies near $70\n"
    assert parsed(source).section is None


# ------------------------------------------------------------------ another story's headline between paragraphs

LONG_TEASERS = [
    "Hong Kong's first light public housing project welcomes tenants as officials tout speed",
    "Council to review harbour parking fees after traders complain of falling footfall across the town centre",
]


@pytest.mark.parametrize("teaser", LONG_TEASERS)
def test_a_headline_longer_than_a_subheading_between_two_paragraphs_is_another_story(teaser):
    assert is_left_out(teaser)


def test_a_long_item_under_a_colon_stays():
    items = ["A later start, with the first lanterns leaving Castle Park at 5pm",
             "Two new viewing areas with seating, on Broad Quay and at the foot of Park Street"]
    source = f"{HEAD}{PROSE}\n\nThe main changes are:\n{items[0]}\n{items[1]}\n\n{PROSE_2}\n"
    texts = " ".join(body(source))
    assert all(item in texts for item in items)


@pytest.mark.parametrize("cut", ["A spokesperson for the government said ministers had not been consulted and would",
                                 "Company President Walter Besnik said the yard would begin hiring next month and"])
def test_a_line_a_page_cut_is_no_headline(cut):
    assert cut in " ".join(body(f"{HEAD}{PROSE}\n\n{cut}\n\n{PROSE_2}\n\n{PROSE_3}\n"))


def test_a_line_with_a_full_date_is_a_fact_not_a_headline():
    line = "Nuala Brennock: born March 2nd, 1941; died February 11th, 2026"
    assert holds_full_date(line) and not holds_full_date("Council backs river walk after three-year fight")
    notice = "Did you know her, or did her plays mean something to you? Share your memories in our online book of condolences."
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{line}\n\nShare your memories\n\n{notice}\n"
    texts = body(source)
    assert line in texts and notice not in texts


# ------------------------------------------------------------------ a labelled video's title and description

@pytest.mark.parametrize("label", ["WATCH | Drone video shows the scale of the slide above Cedar Inlet:", "Watch: The slide from the air"])
@pytest.mark.parametrize("running_time", ["Duration 1:12", "01:12"])
def test_the_sentence_under_a_labelled_videos_running_time_describes_the_video(label, running_time):
    description = "Aerial footage recorded by the district shows the slope that gave way above the water intake."
    source = f"{HEAD}{PROSE}\n{label}\nLandslide cuts off water supply\n{running_time}\n{description}\n{PROSE_2}\n{PROSE_3}\n"
    texts = " ".join(body(source))
    assert description not in texts and "Landslide cuts off" not in texts
    assert PROSE_2 in texts


@pytest.mark.parametrize("story", [
    '"We regard this as a serious escalation," Chief Cabinet Secretary Ryo Hasegawa told reporters.',
    "Association spokeswoman Heather McAlister said the group had never opposed the wind farm.",
])
def test_the_story_going_on_under_a_player_stays(story):
    source = f"{HEAD}{PROSE}\nWatch: Landholders react outside court after the ruling\n2:41\n{story}\n{PROSE_2}\n"
    assert story in " ".join(body(source))


def test_an_unlabelled_running_time_leaves_the_sentence_under_it():
    description = "Aerial footage recorded by the district shows the slope that gave way above the water intake."
    source = f"{HEAD}{PROSE}\n01:12\n{description}\n{PROSE_2}\n"
    assert description in " ".join(body(source))


# ------------------------------------------------------------------ agencies' desk codes

@pytest.mark.parametrize("codes", ["PTI SKR NSD NSD", "IANS ab/vd", "UNI SK RJ"])
def test_an_agencys_desk_codes_under_the_story_are_credits(codes):
    assert clutter_reason(codes) == "credits"
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{codes}\n"
    article = parsed(source)
    assert body(source) == [PROSE, PROSE_2, PROSE_3] and article.byline != codes


@pytest.mark.parametrize("line", ["PTI", "UNI", "APP Is Best"])
def test_an_agency_alone_or_words_after_it_are_no_desk_codes(line):
    assert clutter_reason(line) != "credits"


# ------------------------------------------------------------------ a columnist's `I`, the outlet's `we`

def test_a_columnist_speaking_to_readers_as_i_is_the_column():
    assert not addresses_reader("Board members will take public comment before the March 3 vote. I hope you will join me there.")
    assert is_kept("Board members will take public comment before the March 3 vote. I hope you will join me there.")


@pytest.mark.parametrize("line", ["Why am I seeing this? You follow Business and The Deccan Ledger.",
                                  "Join our Telegram channel and get the news delivered to you."])
def test_an_apps_or_outlets_line_to_the_reader_still_addresses_them(line):
    assert addresses_reader(line)


LETTERS = ("Have something to say? Send a letter to the editor of 250 words or fewer to letters@halbrookledger.com. "
           "Include your full name and town. Letters may be edited for length.")


def test_the_outlets_letters_box_under_a_column_is_its_notice():
    assert is_closing_notice(LETTERS)
    texts = body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\nLetters to the editor\n{LETTERS}\n")
    assert texts == [PROSE, PROSE_2, PROSE_3]


def test_an_address_quoted_in_the_story_is_reporting():
    quoted = '"Anyone who saw the crash can write to us at appeals@harbourpolice.example," the inspector said.'
    assert not is_closing_notice(quoted)
    assert quoted in body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{quoted}\n")


# ------------------------------------------------------------------ days ahead of an extension or a decision

# Published Friday 2025-02-07 (the timeline helper's default).
AHEAD = {
    "extended-through": ("Forecasters extended an air quality alert covering the north through Saturday.", "Saturday",
                         "2025-02-08"),
    "has-extended-through": ("The agency has extended its warning through Sunday.", "Sunday", "2025-02-09"),
    "asked-after-its-day": ("The aviation authority on Thursday asked airlines to cancel flights at two airports on Saturday.",
                            "on Saturday", "2025-02-08"),
    "voted-after-its-day": ("On Wednesday the council voted to close the road on Sunday for the parade.", "on Sunday",
                            "2025-02-09"),
}


@pytest.mark.parametrize("sentence, expression, day", AHEAD.values(), ids=AHEAD.keys())
def test_a_day_after_an_extension_or_a_decision_with_its_own_day_lies_ahead(sentence, expression, day):
    assert (expression, day, "day") in dates_of(sentence)


BEHIND = {
    "ran-through": ("The festival ran from Monday through Wednesday in the old town.", "Wednesday", "2025-02-05"),
    "asked-on-its-day": ("The ministry asked airlines on Monday to cancel flights to the islands.", "on Monday", "2025-02-03"),
}


@pytest.mark.parametrize("sentence, expression, day", BEHIND.values(), ids=BEHIND.keys())
def test_a_day_that_dates_the_asking_or_a_span_past_stays_behind(sentence, expression, day):
    assert (expression, day, "day") in dates_of(sentence)


# ------------------------------------------------------------------ names among the buttons over the story

BUTTONS = "READ LATER\nRemove SEE ALL\nPRINT\n"


@pytest.mark.parametrize("names, byline", [
    ("Meera Krishnan\n\n", "Meera Krishnan"),
    ("Nadia Brooks\nScience Correspondent\n\nEli Santangelo\nReporter, WLKE Superior Public Radio\n\n", "Nadia Brooks, Eli Santangelo"),
    ("Kayla Brennan\nRidgefork Gazette-Herald\nJon Petrakis\nRidgefork Gazette-Herald\n", "Kayla Brennan, Jon Petrakis"),
    ("Priya Raman\nPriya Raman\nEditor at The Freight Ledger\n", "Priya Raman"),
])
def test_names_alone_among_the_buttons_over_the_story_are_the_byline(names, byline):
    source = f"Karnataka Cabinet approves programme to desilt 3,100 tanks\n\nUpdated - August 09, 2025 10:42 pm IST\n\n{names}{BUTTONS}\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).byline == byline


@pytest.mark.parametrize("label", ["CREATE FREE ACCOUNT", "Peer-Reviewed Publication", "Share Article"])
def test_a_buttons_or_a_labels_words_among_them_are_no_name(label):
    source = f"Karnataka Cabinet approves programme to desilt 3,100 tanks\n\nUpdated - August 09, 2025 10:42 pm IST\n\n{label}\n{BUTTONS}\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).byline is None


# ------------------------------------------------------------------ headlines in title case under a box resume nothing

def test_a_headline_in_title_case_with_a_stop_under_a_box_is_no_story():
    source = (f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\nMost Read\nThe Quiet Race for House Speaker Has Already Begun\n"
              "A Judge Blocked the Tariff Refunds. Here's What Comes Next.\nInside the Pentagon's Plan for a Shutdown\n")
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


def test_the_story_going_on_in_sentence_case_under_a_box_resumes():
    source = f"{HEAD}{PROSE}\n\nRead more\nPier repairs to cost more than planned\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a box set tight, most of it dropped already

PAYWALL_BOX = (
    "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY\nSubscribe now to read the latest news in your city and across Canada.\n"
    "Exclusive articles from Meghan Tallis and others.\nUnlimited online access to articles from across Canada with one account.\n"
    "SUBSCRIBE TO UNLOCK MORE ARTICLES\nREGISTER / SIGN IN TO UNLOCK MORE ARTICLES\n"
    "Create an account or sign in to continue with your reading experience.\nView more offers\n"
)
NEWSLETTER_BOX = (
    "Fort Ellery Herald Headline News\nSign up to receive daily headline news from the Fort Ellery Herald.\n"
    "By signing up you consent to receive the above newsletter from Postmedia Network Inc.\nThanks for signing up!\n"
    "A welcome email is on its way. If you don't see it, please check your junk folder.\n"
    "Interested in more newsletters? Browse here.\n"
)


@pytest.mark.parametrize("box", [PAYWALL_BOX, NEWSLETTER_BOX], ids=["paywall", "newsletter"])
def test_a_box_set_tight_between_spaced_paragraphs_goes_whole(box):
    prose_4 = "The council will vote on the transfer at its meeting next month, the report says."
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{box}\n{PROSE_3}\n\n{prose_4}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3, prose_4]


def test_a_helpline_box_of_fields_is_not_taken_for_a_prompt_box():
    helplines = "Need help?\nUtilities Disputes: 0800 22 33 40\nMoneyTalks helpline: 0800 345 123\nCitizens Advice: 0800 367 222\n"
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{helplines}\nShare this article\nFacebook\n"
    assert "Need help?" in body(source)


def test_a_paragraph_set_tight_against_a_box_stays():
    box = "Sign up to This Is Asia\nFree weekly newsletter\nPrivacy Notice: Newsletters may contain info about charities.\n"
    tight = "The main opposition party said it would consider tabling a no-confidence motion next month if the budget stalled."
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{box}{tight}\n\n{PROSE_3}\n"
    assert tight in body(source)


@pytest.mark.parametrize("heading", ["Your Comments", "Readers' comments"])
def test_a_comment_sections_heading_ends_the_story(heading):
    rules = ("We reserve the right to remove any content at any time from this Community. New comments are only "
             "accepted for 3 days from the date of publication.")
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{heading}\nSign In\n{rules}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a standfirst over buttons, a photo and the byline

def test_a_sentence_under_the_headline_over_buttons_a_photo_and_the_byline_is_the_standfirst():
    standfirst = ("With too few children to fill its classrooms, a primary school has enrolled grandmothers who never "
                  "learned to read.")
    source = (
        f"In a Korean Farm Town, the Newest Pupils Are in Their 70s\n{standfirst}\nListen to this article · 6:48 min\n"
        "Share full article\nImage\nKim Bok-soon, 78, practicing her handwriting at the school.\n"
        "Credit...Jun Michael Park for The Ledger\nBy Choe Min-seo\nPublished Nov. 12, 2025\n\n"
        f"{PROSE}\n\n{PROSE_2}\n"
    )
    article = parsed(source)
    assert article.paragraphs[0].text == PROSE
    assert article.caption == "Kim Bok-soon, 78, practicing her handwriting at the school."


def test_a_caption_over_its_credit_and_the_byline_is_still_the_caption():
    caption = "A mobile radar unit of the Air Self-Defense Force is seen during a drill in Kagoshima Prefecture."
    source = (f"Defense Ministry to deploy radar units to remote islands\n{caption}\nCourtesy of the Air Self-Defense Force\n"
              f"By Kenta Morioka / The Japan Dispatch Staff Writer\n{PROSE}\n{PROSE_2}\n")
    assert parsed(source).caption == caption


# ------------------------------------------------------------------ a subscriber's badge note, a menu's abbreviations

@pytest.mark.parametrize("note", ["Reminder, this is a Premium article and requires a subscription to read.",
                                  "This is a subscriber only story.", "This story requires a subscription to read."])
def test_a_subscriber_only_badge_note_is_a_notice(note):
    assert clutter_reason(note) == "notice"
    assert is_left_out(note)


def test_a_sentence_about_premium_goods_is_no_notice():
    assert clutter_reason("This is a story about premium beef exports.") is None


def test_a_menu_item_of_abbreviations_over_the_headline_is_no_caption():
    caption = "Firefighters and rail workers survey derailed tank cars near Harlan Falls, Ohio, in March."
    source = (
        "Politics\nOpinions\nD.C., Md. & Va.\nSports\nFood\nNational\n"
        "NTSB blames worn rail and skipped inspections for Ohio freight derailment\n"
        f"Share\nComment\n{caption} (Maddie Carver for The Dispatch)\nBy Rachel Okafor\n"
        f"Published April 22, 2025 at 2:14 p.m. EDT\n\n{PROSE}\n\n{PROSE_2}\n"
    )
    assert parsed(source).caption == caption


# ------------------------------------------------------------------ an agency signing the story; a caption by its label

@pytest.mark.parametrize("agency", ["JIJI", "KYODO", "Bernama"])
def test_an_agency_signing_under_the_last_paragraph_leaves_it_to_the_story(agency):
    last = "If the trial goes smoothly, the town hopes to extend the service to a third route, Hamada said."
    article = parsed(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{last}\n\n{agency}\nKeywords\n")
    assert article.paragraphs[-1].text == last and article.caption is None


def test_a_caption_labelled_as_one_under_the_byline_is_the_caption_not_the_standfirst():
    source = (
        "Japan court orders hospital to pay damages over junior doctor's death\n1 day ago\nShare\nHannah Lowell\n"
        "BRC News, Tokyo\nImage source, Getty Images\nImage caption, Keiko Sato holds a photograph of her son outside the court\n"
        f"{PROSE}\n{PROSE_2}\nImage source, Reuters\nImage caption, Junior doctors often sleep in on-call rooms\n{PROSE_3}\n"
    )
    article = parsed(source)
    assert article.caption == "Keiko Sato holds a photograph of her son outside the court"
    assert article.paragraphs[0].text == PROSE


@pytest.mark.parametrize("label", ["Headline", "Title", "Subject", "Topic"])
def test_a_field_label_and_its_colon_is_no_dateline(label):
    # found by the property test: `Headline: Stated Title Here` joined to the first paragraph lost its label
    assert split_dateline(f"{label}: Stated Title Here a WASHINGTON — The committee voted on Friday to delay the bill.")[0] is None
    assert split_dateline("MANILA: The coast guard said on Friday it would send two more ships to the shoal.")[0] == "MANILA"


# ------------------------------------------------------------------ a zone the page states for all its times

@pytest.mark.parametrize("note, iso", [
    ("© 2025 Sunshine Mail Pty Ltd. All times AEST (GMT +10).", "2025-03-04T16:30:00+10:00"),
    ("All times are in ET", "2025-03-04T16:30:00-05:00"),
    ("All times UTC", "2025-03-04T16:30:00+00:00"),
])
def test_a_clock_without_a_zone_takes_the_zone_the_page_states_for_all_times(note, iso):
    source = f"Board votes to rebuild the old pier\n\nMarch 4, 2025 - 4:30PM\n\n{PROSE}\n\n{PROSE_2}\n\n{note}\n"
    assert parsed(source).published_iso == iso


def test_a_note_that_names_no_zone_leaves_the_clock_alone():
    source = f"Board votes to rebuild the old pier\n\nMarch 4, 2025 - 4:30PM\n\n{PROSE}\n\n{PROSE_2}\n\nAll times are approximate.\n"
    assert parsed(source).published_iso == "2025-03-04T16:30:00"


@pytest.mark.parametrize("heading", ["More Coverage", "Full coverage"])
def test_a_coverage_box_between_paragraphs_goes_with_its_authors(heading):
    box = f"{heading}\nBuilder fined over fake insurance certificates\nJake Morrow\nCouncil slugged after toxic soil found\nSophie Kwan\n"
    assert body(f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{box}\n{PROSE_3}\n") == [PROSE, PROSE_2, PROSE_3]


# ------------------------------------------------------------------ a sign-up form's heading and pitch, by its field

@pytest.mark.parametrize("form", [
    "Brevio AM\nStart your day with the news that matters, in under five minutes. Sign up for free.\nEmail address\nSubscribe\n",
    "Dome Sheet\nThe unofficial guide to official Washington, every morning and weekday afternoons.\nEmail\nYour Email\n"
    "Employer\nJob Title\nSign Up\n",
])
def test_the_lines_over_a_sign_up_forms_email_field_are_its_newsletters(form):
    assert body(f"{HEAD}{PROSE}\n{PROSE_2}\n{form}{PROSE_3}\n") == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("lines", ["Facebook\nX\nWhatsApp\nEmail\nCopy link\n", "Reporter:\nAoife Brennock\nEmail:\nnews@kilbrannan.example\n"])
def test_an_email_button_or_a_contact_label_without_a_form_takes_nothing_over_it(lines):
    short = "Councillors backed the plan by nine votes to four."
    assert short in body(f"{HEAD}{PROSE}\n\n{short}\n{lines}\n{PROSE_2}\n")


@pytest.mark.parametrize("button", ["Add Frontier News on Google", "Add as a Reliable and Trusted News Source",
                                    "Make us a preferred source on Google"])
def test_a_search_engines_preferred_source_button_is_interface(button):
    assert clutter_reason(button) == "interface"
    assert body(f"{HEAD}{button}\n\n{PROSE}\n\n{PROSE_2}\n")[0] == PROSE


@pytest.mark.parametrize("sentence", ["Add the eggs to the bowl and stir.", "The company will add 200 jobs to Google's campus."])
def test_sentences_with_add_and_google_are_no_button(sentence):
    assert clutter_reason(sentence) is None


@pytest.mark.parametrize("notice", ["We rely on advertising to help fund our award-winning journalism.",
                                    "We urge you to turn off your ad blocker for The Albion Herald website.",
                                    "Visit our adblocking instructions page."])
def test_an_ad_blockers_notice_is_a_notice(notice):
    assert clutter_reason(notice) == "notice"


# ------------------------------------------------------------------ a photo's copyright after a dash, or alone

def test_a_copyright_after_a_dash_closes_a_caption():
    caption = "Firefighters help residents leave a flooded street in Faenza, Wednesday, March 19, 2025."
    line = f"{caption} - Copyright Marco Ferri/Copyright 2025 The AP. All rights reserved."
    source = f"Floods force thousands from homes in northern Italy\n{line}\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.caption == caption and article.paragraphs[0].text == PROSE


@pytest.mark.parametrize("credit", ["Copyright Europa Live", "Copyright AP Photo/Geert Vanlaere"])
def test_a_copyright_and_its_owner_alone_is_a_photo_credit(credit):
    assert clutter_reason(credit) == "photo-credit"


def test_a_sentence_about_copyright_is_no_credit():
    assert clutter_reason("Copyright law was changed in 2021 after a long campaign.") is None


# ------------------------------------------------------------------ a headline opening with its source's initials

@pytest.mark.parametrize("headline", ["PCG: China Coast Guard water-cannons BFAR vessel near Pag-asa Island",
                                      "JCS: North Korea fires short-range ballistic missile into East Sea"])
def test_a_headline_opening_with_an_organisations_initials_is_the_headline(headline):
    assert clutter_reason(headline) is None
    source = f"Nation\n{headline}\nBy MARIEL CASTRO, Tanglaw News\nPublished October 23, 2025 2:20pm\n\n{PROSE}\n\n{PROSE_2}\n"
    assert parsed(source).title == headline


@pytest.mark.parametrize("teaser", ["READ: PCG says ships will stay near the shoal", "ALSO READ: Line 3 extension to open by June",
                                    "WATCH: The slide from the air"])
def test_a_label_of_words_over_a_headline_stays_a_teaser(teaser):
    assert clutter_reason(teaser) == "related-list"


def test_a_mail_subjects_prefix_is_no_organisations_initials():
    # `FW:` opens a forwarded mail's subject (`briefs.sources.forwarded`), never a headline's source
    assert _SOURCE_ACRONYM.match("FW: Rotterdam terminal going remote") is None
    assert _SOURCE_ACRONYM.match("PCG: China Coast Guard water-cannons BFAR vessel") is not None


# ------------------------------------------------------------------ a photographer for the outlet's initials; notes of the site

def test_a_photographer_for_the_outlets_initials_under_a_caption_is_its_credit():
    caption = "Nurse Carla Jiménez checks on a newborn at a rural hospital in Kansas."
    source = (f"Rural hospitals stop delivering babies\nFebruary 8, 2025 5:00 AM ET\n{caption}\nRachel Dunmore for PAN\n"
              f"hide caption\ntoggle caption\nRachel Dunmore for PAN\n{PROSE}\n{PROSE_2}\n")
    article = parsed(source)
    assert article.caption == caption and article.paragraphs[0].text == PROSE


@pytest.mark.parametrize("note", [
    "PAN transcripts are created on a rush deadline by a PAN contractor. This text may not be in its final form.",
    "This transcript was machine-generated and may contain errors.",
    "TNÉ.ie is the website of Teilifís Náisiúnta Éireann, Ireland's National Public Service Media.",
    "The Herald is not responsible for the content of external internet sites.",
])
def test_a_sites_note_on_its_transcripts_or_itself_is_a_notice(note):
    assert clutter_reason(note) == "notice"


@pytest.mark.parametrize("sentence", ["Court transcripts were produced as evidence on Monday, the prosecutor said.",
                                      "The portal is the website of the ministry, the spokesman said."])
def test_reported_transcripts_and_websites_are_the_story(sentence):
    assert clutter_reason(sentence) is None


def test_the_line_under_a_players_label_alone_inside_the_story_is_the_videos_title():
    title = "Áine Ní Fhlatharta reports on the vote in Galway"
    assert body(f"{HEAD}{PROSE}\n\nWatch\n{title}\n\n{PROSE_2}\n\n{PROSE_3}\n") == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("clock", ["June 15, 2025 20:44", "15 June 2025 - 20:44"])
def test_the_same_day_with_its_clock_under_an_updated_date_alone_is_the_storys_time(clock):
    source = (f"Saudi Arabia launches licensing program for guides\nShort Url\nUpdated 15 June 2025\nNada Hameed\n{clock}\n"
              f"Follow @nadahmd\n{PROSE}\n{PROSE_2}\n")
    assert parsed(source).published_iso == "2025-06-15T20:44:00"



# ------------------------------------------------------------------ notices and credits of blind set 50

@pytest.mark.parametrize("notice", [
    "This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our "
    "Subscriber Agreement and by copyright law.",
    "You may occasionally receive promotional content from the Los Angeles Herald-Star.",
    "Garrison Ledger is a DoD-authorized publication, but its contents are not officially endorsed by the Department of Defense.",
])
def test_a_papers_notice_on_the_copy_a_forms_consent_or_a_service_papers_status_is_a_notice(notice):
    assert clutter_reason(notice) == "notice"


def test_a_notice_over_the_headline_leaves_the_header_to_be_read():
    notice = "This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by law."
    source = f"{notice}\nBank Stocks Climb as Big Lenders' Profits Top Forecasts\nBy Nathaniel Brandt\nJan. 15, 2026 5:30 am ET\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.title == "Bank Stocks Climb as Big Lenders' Profits Top Forecasts" and article.paragraphs[0].text == PROSE


def test_a_summary_button_is_interface():
    assert clutter_reason("Read a summary of this article on FAST.") == "interface"


@pytest.mark.parametrize("line, caption", [
    ("Volunteers fill sandbags in Tewkesbury during flooding in January (PA Wire)", "Volunteers fill sandbags in Tewkesbury during flooding in January"),
    ("A fresco showing guests at a banquet in Pompeii - RIPRODUZIONE RISERVATA", "A fresco showing guests at a banquet in Pompeii"),
])
def test_an_agency_in_brackets_or_a_rights_notice_after_a_dash_closes_a_caption(line, caption):
    assert without_credit(line) == caption


def test_words_in_brackets_that_name_no_agency_stay():
    assert not ends_with_credit("The union said it would strike (again)")


# ------------------------------------------------------------------ a byline glued to its labelled time, the outlet's staff

@pytest.mark.parametrize("line", ["By Owen Fairweather Ledger Staff,Updated April 14, 2026, 6:00 a.m.",
                                  "By Owen Fairweather Globe Staff, Updated April 14, 2026, 6:00 a.m."])
def test_a_byline_glued_to_a_labelled_time_gives_both(line):
    source = f"Somerville votes to turn former bus yard into housing\n{line}\nShare\n\n{PROSE}\n\n{PROSE_2}\n"
    article = parsed(source)
    assert article.published_iso == "2026-04-14T06:00:00" and article.byline == "Owen Fairweather"


@pytest.mark.parametrize("byline, names", [("By Ana Ruiz Herald Staff", "Ana Ruiz"),
                                           ("By Ana Ruiz and Tom Hale Globe Staff", "Ana Ruiz and Tom Hale")])
def test_the_outlets_staff_after_the_names_is_no_name(byline, names):
    assert read_byline(byline) == names


def test_a_byline_with_bars_and_an_address_is_no_menu():
    assert clutter_reason("By Dana Kowalczyk | dkowalczyk@chicagocourier.com | Chicago Courier-Dispatch") is None
    assert clutter_reason("World | Business | Sport | Culture") == "navigation"


@pytest.mark.parametrize("line, names", [("By Camille Dufresne (Seoul, correspondent)", "Camille Dufresne"),
                                         ("By Ana Ruiz (Tokyo correspondent)", "Ana Ruiz"),
                                         ("By Clémence Varenne (Nouakchott, special correspondent)", "Clémence Varenne")])
def test_a_place_and_role_in_brackets_after_the_name_is_no_name(line, names):
    assert read_byline(line) == names


def test_a_multilingual_broadcasters_promotion_over_the_headline_is_no_headline():
    assert clutter_reason("Listen to MCB Audio in 60 languages") == "interface"
    source = (f"MCB Audio\nListen to MCB Audio in 60 languages\nAustralia\n"
              f"Partner visa applicants stuck in queue as wait times stretch past two years\nPublished 16 July 2025 6:40am\n"
              f"By Amira Haddad\n\n{PROSE}\n\n{PROSE_2}\n")
    assert parsed(source).title == "Partner visa applicants stuck in queue as wait times stretch past two years"


@pytest.mark.parametrize("button", ["Support now", "Support", "Support us"])
def test_an_appeals_button_alone_is_interface(button):
    assert clutter_reason(button) == "interface"


def test_an_appeals_pitch_between_its_heading_and_its_button_goes():
    pitch = ("From climate change to the cost of living, our reporters are on the ground where it matters. Help us keep "
             "independent journalism free for everyone, with no paywall.")
    source = f"{HEAD}Your support helps us to tell the story\n{pitch}\nSupport now\n\n{PROSE}\n\n{PROSE_2}\n"
    assert body(source) == [PROSE, PROSE_2]


def test_a_sentence_about_support_stays():
    assert clutter_reason("Support for the plan grew after the second flood.") is None
