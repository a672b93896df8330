"""Shapes that no one outlet owns, read by the cues they carry rather than by their words.

A closing paragraph about the publication rather than the news (its copyright, its feed, its
email's confidentiality, its comment rules) carries several kinds of cue at once: words of
publishing, the outlet's voice, the reader addressed or told what to do, the page itself named.
A story's last paragraph may carry one or two; reported or quoted words carry none.
Each rule is tested in several shapes, with what it must leave alone."""

from __future__ import annotations

import pytest

from test_parse_round6 import HEAD, PROSE, PROSE_2, PROSE_3, body

from briefs.sources.tail import is_closing_notice, notice_cues


# -- the outlet's notice under the story -----------------------------------------------------------

NOTICES = [
    # a portal's feed plug, in brackets
    "(Catch all the Business News, Market News, Breaking News Events and Latest News Updates on The Harbour Times.)",
    # a site's copyright in its own words
    "All rights of the published news, photos and videos on this website are reserved. "
    "They cannot be used without permission, even if a link is given.",
    # an agency's note on what its website carries
    "Northwind Agency website contains only a part of the stories offered to subscribers, in summarized form. "
    "Please contact us for subscription options.",
    # a company's email footer under a forwarded story
    "Kestrel Foods Ltd is registered in England and Wales. This email and any attachments are confidential "
    "and intended solely for the addressee.",
    # the comment rules of a daily
    "Commenting on The Valley Courier is open to subscribers for three days after an article is published. "
    "We ask that you keep comments relevant and respectful.",
    # an appeal in the outlet's voice, one paragraph long
    "Independent journalism like ours depends on readers who value it, and we want to keep bringing you "
    "coverage you will not find anywhere else.",
    # a market-data feed's notice
    "Data is a real-time snapshot. Data is delayed at least 15 minutes. Business news, stock quotes and market data.",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_notice_about_the_publication_closes_no_story(notice):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{notice}\n"
    assert body(source) == [PROSE, PROSE_2, PROSE_3]


@pytest.mark.parametrize("notice", NOTICES)
def test_each_notice_carries_enough_cues(notice):
    assert is_closing_notice(notice)


STORY_ENDINGS = [
    # one publishing word in a story's own sentence
    "Those interested can sign up through the alliance's website before Nov. 30.",
    "Residents can sign up for weekly email updates about the works on the council's roadworks page.",
    # the outlet's voice and the reader, but reported
    'The charity said: "We ask that you check on elderly neighbours and keep them warm this week."',
    "Visitors can read the full report on the ministry's website, the spokesman said.",
    # a columnist or newsletter writer speaking as I, to the reader
    "Next up is the summit in May. I will be there, and if you have questions you want me to put to "
    "delegates, reply to this email.",
    # an ordinary closing line
    "The company will give more detail on its plans at an investor day in March.",
    "The regulator could not be reached for comment at the time of filing this report.",
]


@pytest.mark.parametrize("ending", STORY_ENDINGS)
def test_a_storys_last_paragraph_is_kept(ending):
    source = f"{HEAD}{PROSE}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{ending}\n"
    assert body(source)[-1] == ending


def test_quoted_or_reported_words_carry_no_cue():
    assert notice_cues('"Subscribe to our newsletter and follow us," the mayor told you all on Monday.') == 0
    assert notice_cues("Subscribe to our newsletter and follow us for the latest news on your app.") >= 3


def test_a_notice_in_the_middle_of_the_story_is_left_to_the_story():
    # the cues decide what closes the story, not what stands between its paragraphs
    middle = "Police asked anyone with information to contact them through their website or by phone."
    source = f"{HEAD}{PROSE}\n\n{middle}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    assert middle in body(source)


def test_a_long_paragraph_is_the_storys_whatever_its_words():
    long_ending = " ".join([NOTICES[4]] * 4)
    assert not is_closing_notice(long_ending)
