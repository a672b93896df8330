"""The parser over the corpus of invented articles in `tests/corpus/` (see its README).

Every case must parse and lose no line silently; the figures `scripts/measure_parse.py`
prints may not fall below the floors pinned here. A change that raises them raises the
floors in the same commit; lowering a floor needs a reason in the commit message.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import load_script
from test_parse_articles import accounted_for

from briefs.sources import vocab
from briefs.sources.pasted_text import split_lines

from briefs.sources.read import parse_source

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
CASES = sorted(path for path in CORPUS.iterdir() if path.is_dir())
KEY_FIELDS = {"shape", "title", "published", "caption", "section", "byline", "first", "paragraphs", "clutter", "keep"}
# Pinned after the parser work of issue 17 (843 checks over 78 cases passed 831), then the
# hand-worked `dates` keys (105 checks over 67 cases, 94 passed blind): 948 checks passed 925.
# With the timeline's tense by verb group, the dates keys passed 105 of 105: 936 of 948.
# Then ten cases written blind by someone who never read the parser (111 of their 170 checks
# passed) and thirty-one more invented in shapes they and others fail on, with the body
# classifier (`briefs.sources.body_lines`): 1,544 checks over 119 cases passed 1,537.
# Then nine saved pages written blind (167 of 188 checks passed before the saved-page header
# work, `briefs.sources.page_meta`) and three more in their failures' shapes: 1,766 checks over
# 131 cases passed 1,759 (three `first` keys corrected to the corpus's convention: the dateline
# is not part of the first paragraph, a heading is one).
# Then sixteen pasted pages written blind in new shapes (a central bank's release, a council
# notice under a cookie banner, a linescore, an e-paper with hyphenated columns, a forwarded
# newsletter, Nordic chrome...): 306 of their 390 checks passed blind, 321 once the measure
# read a key's words around a date as holding it, 354 after the rules they showed were made
# general (and a key's first paragraph may start at the dateline). They stay here with what
# still fails: 2,156 checks over 147 cases passed 2,113. Then eight more written blind after
# those fixes (a national daily, a broadsheet, a Canadian chain's ad breaks, a finance portal,
# a tech site...): 151 of 184 passed blind, 165 after ad breaks, reading times and roles were
# handled (and a role line refused as an author): 2,340 checks over 155 cases passed 2,279.
# A fifth set of 23 (18 pastes, 5 saved pages: a financial daily, a Gulf daily, a portal,
# release portals, a forwarded shape, a live blog...) passed 410 of 479 pasted checks and
# 131 of 152 page checks blind; with the rules they showed made general, 2,971 checks over
# 178 cases pass 2,903. (One key was corrected: the Kenyan daily's page states EAT.)
# A sixth set of 18 pastes (Irish, Scottish, South African, Nigerian and Caribbean dailies, a
# portal, a terminal, a politics newsletter, a transfer story, a weather bulletin, a court
# report, international broadcasters and three Asian wires) passed 393 of 473 checks blind;
# with the rules they showed made general, 3,444 checks over 196 cases pass 3,356.
# A seventh set of 17 (12 pastes: public radio, a public broadcaster, an Indian portal, a
# European wire without a headline, a local TV site, a company newsroom, an Australian tabloid,
# a Singapore daily, a Pakistani daily, a live page, an obituary, a science feature; 5 saved
# pages: Ghost, Drupal, AMP, a broadcaster, a Substack-style post) passed 278 of 325 pasted
# checks and 144 of 151 page checks blind; after, 3,920 checks over 213 cases pass 3,803.
# An eighth set of 12 pastes (outlet kinds and paste situations: reader mode, a gallery between
# paragraphs, a correction note, a Q&A explainer, a republished wire, a release's ### end...)
# passed 261 of 314 checks blind; after, 4,234 checks over 225 cases pass 4,103.
# A ninth and a tenth set of 24 pastes each (standfirsts with no time line near them, galleries
# and pull quotes between paragraphs, a story pasted twice, author cards, comment rules, bylines
# after a bar) passed 517 of 613 and 569 of 633 checks blind; an eleventh of 24 (regional dailies,
# republished wires, paywall meters, reader view, a non-profit's boxes) 553 of 621 blind, where
# the code before the ninth set's rules passed 544. After: 6,101 checks over 297 cases pass
# 5,868; the 225 cases before them pass 4,110 of 4,234. The new keys name no blocks, so a
# subheading found there counts against blocks' precision, which is not pinned.
# A twelfth set of 24 (English-language dailies from Africa, Asia and New Zealand, phone copies,
# columns, obituaries, Q&As, releases, live pages, truncated pastes) passed 560 of 633 blind,
# and a thirteenth (chain and broadcaster sites, wires as papers print them, health, tech,
# finance and sports pages, e-editions, newsletters, polls, easy-news pages) 519 of 623 blind,
# after the twelfth set's rules (514 with the code before them). A fourteenth of 12 ordinary
# pages, written after both sets' rules, passed 302 of 320 blind (the code from before the twelfth
# set passed 302 too). After: 7,680 checks over 357 cases pass 7,437.
# A fifteenth set of 24 (Asian English-language outlets and wires, European broadcasters, US
# papers and public radio, government releases, a think tank, an excerpt) passed 564 of 636
# blind; a sixteenth, after the fifteenth set's rules, 563 of 637 (558 with the code before
# them); a seventeenth, after both sets' rules, 552 of 625 (533 with the code before them); an
# eighteenth (the outlets readers of news on Japan, the US and China copy most), after the three
# sets' rules, 550 of 620 (539 with the code before them). After: 10,198 checks over 453 cases
# pass 9,915. Byline recall is pinned lower than before (0.936, was 0.938): the 96 new keys hold
# bylines the parser still misses (a name over a role line under a kicker, a name alone between
# an update time and the story), not a fall on the old cases, which pass 7,473 of 7,680 (7,437
# before).
# A nineteenth set of 24 (financial dailies and weeklies, business TV, tabloids, defence trade and
# naval sites, Japanese, Taiwanese, Russian, Chinese, Singapore, Thai and Israeli sites, plain-text
# newsletters, PDF prints, feed readers, press releases) passed 520 of 623 blind; a twentieth,
# after its rules, 533 of 607 (529 with the code before them); a twenty-first (aggregators with
# comments, analysis blogs, Markdown notes, text-browser dumps, chat forwards, news-database
# clippings, paywalls, think tanks, wires on partner sites), after both sets' rules, 509 of 599
# (510 with the code before them); a twenty-second (Pacific, Malaysian, Bangladeshi, Gulf, EU and
# Ukrainian sites, web archives, translated pages, read-later apps, webmail forwards, galleries,
# obituaries, live pages, e-editions, social embeds), after the three sets' rules, 533 of 620 (526
# with the code before them). After: 12,647 checks over 549 cases pass 12,254; the 453 earlier
# cases pass 9,944 of 10,198 (9,915 before). The recall floors of title, clutter, first paragraph
# and paragraph count fall with the 96 new keys (0.982 -> 0.972, 0.992 -> 0.989, 0.971 -> 0.969,
# 0.905 -> 0.883), not with the old cases: the new keys hold shapes still failing (a live page's
# title under its search box, an in-pictures page, embedded posts, tables, readers' notes).
# Six more sets of 24, each measured blind with the code from before any of them (57a3cfb) and
# again with the rules of the sets before it: a twenty-third (Japanese, Qatari, Hong Kong and
# German broadcasters and dailies; portals, AMP views, newsletters, reader views, partial
# selections) 547 of 598; a twenty-fourth (US cable, paper-of-record, capital and politics sites,
# Asian business and national dailies, share sheets, channels, print views, newsletters, portals,
# PDF releases, defence trade and naval sites, a State Department statement) 557 of 616, 562 with
# the twenty-third's rules; a twenty-fifth (British, French and European broadcasters and
# dailies, Korean, Taiwanese, Philippine and New Zealand sites, US public radio and networks,
# phone copies, consent dialogs, paywalls, split pages, list stories, opinion columns) 546 of
# 613, 547 with the rules before it; a twenty-sixth (wires republished on portals, sites with
# chrome in other languages, government and think-tank pages, African, Indian and Canadian
# dailies, science sites) 538 of 618, 539; a twenty-seventh (US local sites, Asian dailies,
# LinkedIn, Slack, Reddit and WhatsApp copies, text-only sites, live pages, explainers,
# timelines, interviews, transcripts, photo essays) 537 of 601, 542; a twenty-eighth 549 of
# 593, 555; a twenty-ninth (Asian and Western dailies on Japan, China and Korea, business news
# copied five ways, ministries, embassies, parliaments and UN agencies, local sites in Asia and
# the Pacific) 549 of 605, 557. After: 16,891 checks over 717 cases pass 16,375; the 549
# earlier cases pass 12,301 of 12,647 (12,254 before). Published recall is pinned lower (0.985
# -> 0.980) and caption recall with it: the new keys hold a zone the parser does not infer (a
# German page's `Uhr`), years a page never prints (`Fri 7 Feb`) and captions with no credit.
# A thirtieth set of 24 (European, Middle Eastern, African, Latin American and Pacific outlets'
# English pages; aggregator apps, reader views, read-later exports, chat forwards, phone copies,
# pages with Chinese chrome) passed 559 of 641 blind (code of 6c67f10), 560 with the rules written
# before it was read, 585 after. After: 17,532 checks over 741 cases pass 16,987; the 717 earlier
# cases pass 16,402 of 16,891 (16,375 before), no field lower. Byline, blocks, clutter and
# paragraph recall are pinned lower with the new keys (0.925 -> 0.922, 0.950 -> 0.947, 0.991 ->
# 0.989, 0.893 -> 0.881): they hold an academic republisher's author box, a live blog's entry
# alone and an e-edition's jumps, still failing.
# A thirty-first set of 24 (South African, Nigerian, Pakistani, Philippine, Singaporean, New
# Zealand, Vietnamese, Thai, Spanish, Polish, Turkish and Brazilian outlets' English pages; a US
# regional paper, a think tank, a cricket report, a science site, a nonprofit newsroom, a tech
# site; print previews, read-later apps, shared documents, team chats, social posts and a double
# selection) passed 421 of 486 blind (code of 539a0a5, which is also the code before it was read),
# 445 after. After: 18,018 checks over 765 cases pass 17,435; the 741 earlier cases pass 16,990 of
# 17,532 (16,987 before), no field lower. Title, blocks, first, paragraph and dates recall are
# pinned lower with the new keys (0.977 -> 0.976, 0.947 -> 0.903, 0.976 -> 0.974, 0.881 -> 0.875,
# 0.981 -> 0.980): they hold comment threads in a shared document and a social post, a
# read-later app's standfirst, a pull quote and lists the parser does not yet keep as blocks.
# A thirty-second set of 24 (Irish, Scottish, Kenyan, Ghanaian, Bangladeshi and Canadian outlets; a
# transfer site, a markets wire, a court site, a health site, a weather service, a university; German,
# Korean, Indonesian, Gulf, Ukrainian and Japanese outlets' English pages; a forwarded newsletter, a
# reader view, a newspaper PDF, an AMP carousel, a Telegram post, an app's share) passed 427 of 484
# blind (code of c57f10d), 479 after. A thirty-third set of 24 (Malaysian, Sri Lankan, Nepali,
# Zimbabwean, Jamaican and Maltese outlets; aviation, energy, police, farming, religion and property
# sites; French, Italian, Chinese, Russian, Israeli and Mexican outlets' English pages; a read-later
# export, an RSS reader, an aggregator, a chat message, a LinkedIn repost, a plain-text e-mail)
# passed 432 of 479 blind (code of 4b5264b; 430 with the code of c57f10d), 470 after. After: 18,989
# checks over 813 cases pass 18,430; the 765 earlier cases pass 17,481 of 18,026 (17,435 of 18,018
# before; eight checks are the unmarked lists and embedded posts six keys held without listing
# them), no field lower.
# A thirty-fourth set of 24 (Hong Kong, Australian regional, Welsh, Indian business, Philippine and
# Quebec outlets; a local TV station, a sports league, a science magazine, a council release, a legal
# trade site, a theatre review; Spanish, Turkish, Vietnamese, Thai, Polish and Brazilian outlets'
# English pages; a phone copy behind a consent text, a shared document with comments, a tablet app,
# a WhatsApp forward, a copy begun mid-paragraph, a live blog) passed 409 of 458 blind (code of
# b6ea89a; 408 with the code of c57f10d), 438 after. After: 19,447 checks over 837 cases pass 18,872;
# the 813 earlier cases pass 18,434 of 18,989 (18,430 before), no field lower. Blocks and paragraph
# recall are pinned lower with the new keys (0.908 -> 0.877, 0.886 -> 0.883): they hold a live blog's
# entry headlines, lists in pastes without blank lines and a journal reference the parser drops.
# A thirty-fifth set of 24 (Nigerian, South African, New Zealand, Pakistani, Singaporean and US
# small-town outlets; a tech site, a clinicians' news site, a financial wire, a charity's release, a
# student paper, a cycling results site; Dutch, Egyptian, Greek, Norwegian, Portuguese and Japanese
# outlets' English pages; a browser's print to PDF, an "Email this article" message, a news app, a
# Facebook share, a newsletter platform's post, a print-friendly view) passed 425 of 486 blind (code
# of e537945), 454 after. After: 19,933 checks over 861 cases pass 19,333; the 837 earlier cases pass
# 18,879 of 19,447 (18,872 before), no field lower. The share is pinned at 0.969 and byline, blocks,
# clutter and paragraph recall a little lower with the new keys, which hold shapes still failing: a
# cycling site's results rows, a clinicians' site's disclosures and references, a charity's list of
# demands set as lines, a Greek edition's byline under its subheading.
# Sets thirty-six to thirty-nine, 96 cases, each measured blind before anything was mended: the
# thirty-sixth (a UK regional group, Irish, Australian, Canadian, Kenyan, Trinidadian outlets; an
# earnings table, a match report, an obituary, an editorial, an explainer, a column; German, Swiss,
# Czech, Romanian, Chinese, Iranian English pages; an Outlook forward, a Medium post, Safari's Reader,
# a ministry's PDF, a news card, a team wiki) 420 of 475 at 1efb9bf, 449 after; the thirty-seventh
# (Namibian, Ugandan, Barbadian, Alaskan, Northern Irish, Guamanian outlets; a court report, a markets
# wrap, election results, a travel advisory, a product launch, a strike; Georgian, Kazakh, Serbian,
# Hungarian, Finnish, Lithuanian English pages; the Wayback Machine, archive.today, Reddit, Mastodon,
# a print replica, a Teams chat) 403 of 478 both at 1efb9bf and at cbcb2c1 (none of the thirty-sixth's
# rules carried), 445 after; the thirty-eighth (Zambian, Cypriot, Maltese, Scottish, Papua New Guinean,
# Canadian Indigenous outlets; a weather warning, a Q&A, a club's site, a university release, a crime
# brief, a magazine feature; Armenian, Azerbaijani, Bulgarian, Slovenian, Mongolian, Estonian English
# pages; a notes app, Flipboard, Instagram, a LinkedIn newsletter, a clipping, a WhatsApp forward) 411
# of 469 at 1efb9bf and 419 at 5d2932d (this stop's rules carried eight checks), 434 after; the
# thirty-ninth (Tanzanian, Welsh council, Bahraini, Canadian French-outlet, Hawaiian, Fijian pages; a
# wildfire update, a rate decision with its table, a showbiz story with an embed, a health story, a
# city budget, a tribute; Latvian, Croatian, Slovak, Thai, Spanish, Portuguese English pages; Apple
# Mail, a Kindle document, a podcast page, an AMP page, Discord, a Google News card) 412 of 491 at
# 1efb9bf and 418 at 353fb80 (six checks carried), 432 after. After: 21,846 checks over 957 cases pass
# 21,134; the 861 earlier cases pass 19,374 of 19,933 (19,333 before), no field lower. Title, published,
# caption, byline, blocks, first-paragraph, paragraph and dates recall are pinned lower with the new
# keys, which hold shapes still failing: a wiki page's own title over the article's, a print replica's
# headline under its masthead, a podcast page's transcript, a newsletter's greeting over its one story,
# lists set without marks (a weather warning, a LinkedIn newsletter, a budget's figures), a product's
# spec list, a match's line-ups, an earnings table's rows, a date that reads two ways on a page whose
# chrome is in Spanish.
# Sets forty and forty-one, 48 cases: the fortieth (Botswana, Mauritian, Bermudian, Gibraltar, Jersey
# and Nunavut outlets; a product recall, a sports live blog, a correction, a letters page, sponsored
# content, a fact check; Icelandic, Greek, Turkish, Indonesian, Polish and Ukrainian English pages; a
# web clip, a print view, a Bluesky post, a YouTube page, a Word draft, a Signal forward) passed 420 of
# 485 blind at 0400006, 438 after; the forty-first (Liberian, Seychelles, Guyanese, Belizean, Manx and
# Samoan outlets; a police appeal, school closures, a housing report, an IPO, a sentencing, a club's
# signing; Danish, Belgian, Albanian, Macedonian, Luxembourg and Norwegian English pages; Apple News,
# Edge's Immersive Reader, a Gmail forward, a Facebook share, a long X post, a Yahoo page) 430 of 480
# blind at 0400006 and 423 at 34f941d (the fortieth's rules cost seven checks there: a Cyrillic section
# label under a caption was read as a box's heading; mended, 430), 446 after. After: 22,811 checks
# over 1,005 cases pass 22,025; the 957 earlier cases pass 21,141 of 21,846 (21,134 before), no field
# lower. The share and published, byline, first-paragraph and paragraph recall are pinned lower with
# the new keys, which hold shapes still failing: a fact check's verdict box, a
# letters page, a sponsor's labels, a Word draft's slug lines, a link card's headline over a pasted
# text, a messenger's delivery status, a correction the key keeps as body, a helpline box under a
# court story, a police appeal's box, a social profile's bio lines, a club's profile fields.
# A forty-second set of 24 (Sierra Leonean, Maldivian, Caymanian, Bhutanese, Faroese and Cook Islands
# outlets; an earthquake report, a rail disruption notice, a candidate's Q&A, an arts review, a wire
# press release, a weather forecast; Swedish, Czech, Italian, Mexican, Brazilian and Japanese English
# pages; Telegram's Instant View, a Reddit post, a library database record, Outlook's reading pane, an
# RSS digest, a news app in large text) passed 393 of 485 blind both at 0400006 and at eb51e4b (sets
# forty and forty-one's rules carried nothing), 402 at cc5ea7f (a notice's own date label, made from
# the fortieth, carried nine checks to a database record), 420 after. After: 23,296 checks over 1,029
# cases pass 22,459; the 1,005 earlier cases pass 22,039 of 22,811 (22,025 before; the 957 of stop 35
# pass 21,149, 21,134 at its end), no field lower. The share and title, byline, blocks, first-paragraph
# and paragraph recall are pinned lower with the new keys, which hold shapes still failing: an arts
# review's star line and details box and a candidate's details box (kept as body by their keys), a
# forecast's day-by-day lines, an Outlook newsletter's lead story under its masthead, an RSS digest's
# other items, a headline broken over five lines in a news app, a Faroese page's labels in ASCII.
# Sets forty-three and forty-four, 48 cases: the forty-third (Fijian, Ugandan, Papua New Guinean,
# Shetland, US public radio and Namibian outlets; a court ruling's key points, an obituary's details box,
# a budget's figures, a product review, a parliament's exchange, local football results; Finnish,
# Hungarian, Swiss French, Austrian, Korean and Vietnamese English pages; a Teams chat, a web clipper,
# Google News, a Discord embed, an AMP viewer, an e-reader) passed 418 of 474 blind at 6e38c30, 453
# after; the forty-fourth (Zambian, Welsh, Tasmanian, Hawaiian, Sri Lankan and Irish outlets; a case
# summary, a restaurant review, road closures, a study's details, vote tallies, a donation box; Croatian,
# Dutch, Catalan, Indonesian, Romanian and Portuguese English pages; Slack, Apple Notes, LinkedIn,
# Flipboard, Mastodon, Pocket) 427 of 476 at 6e38c30 and 428 with the forty-third's first rules (one
# check carried), 434 after. After: 24,246 checks over 1,077 cases pass 23,353; the 1,029 earlier cases
# pass 22,466 of 23,296 (22,459 before), no field lower. The share and title, first-paragraph and
# paragraph recall are pinned lower with the new keys, which hold shapes still failing: details boxes
# the keys keep as body (a case summary, a study's details, a review's rating lines, a donation box),
# an Apple note's, a LinkedIn page's and a Flipboard card's own lines over the article, a Mastodon
# post's content warning, a Discord channel around an embed, football results under the story.
# A forty-fifth set of 24 (Malawian, US local TV, Guernsey, Bahamian, Nunavut and Australian regional
# outlets; a school board's figures, a wildfire's evacuation zones, a transfer's player profile, numbered
# consumer advice, a sentencing's support box, a property market's figures; Slovenian, Lithuanian,
# Estonian, Filipino, Malaysian and Greek English pages; a Substack e-mail, a Google Doc with notes, a
# Telegram forward, an Instagram caption, an aggregator's story, a PDF e-paper) passed 425 of 507 blind
# at 6e38c30 and 431 at 5467228 (the rules of the two sets before it carried six checks: a label's or a
# line's language told by its words' frequencies), 438 after. After: 24,753 checks over 1,101 cases pass
# 23,792; the 1,029 cases of stop 36 pass 22,467 (22,459 before). The share and the published, paragraph,
# clutter and blocks recall are pinned lower with the new keys, which keep each editorial box as body with
# its heading as a block (`By the numbers`, `Fire facts`, `Player profile`, `Support services`), where
# older keys drop such boxes; and an Instagram caption, a Nunavut masthead's tagline, an e-paper caption
# printed under its credit.
# A forty-sixth set of 24 (Rwandan, Highlands, Texas, Solomon Islands, Mongolian and Cypriot outlets; a
# rate decision's key figures, a missing person's description, an exhibition's `If you go` box, a storm's
# county list, a layoffs memo, a tribute; Serbian, Slovak, Turkish, Norwegian, Belgian and Icelandic English
# pages; WhatsApp Web, an Outlook FYI, a Kindle highlights export, a news app's listen mode, a Reddit
# comment, a reading list sidebar) passed 441 of 484 blind at 6e38c30 and 441 at 279d39d (the rules of sets
# 43 to 45 carried nothing to it), 443 after. After: 25,237 checks over 1,125 cases pass 24,236. The share
# and the title, published, byline, paragraph and blocks recall are pinned lower with the new keys: more
# boxes kept as body (`Key figures`, `If you go`), a Kindle export's highlights, an Outlook FYI's note
# over the article, an update's clock on the date's line (`Dec. 3, 2026 Updated 4:12 p.m. CST`).
# Sets forty-seven to fifty (96 cases) were written for pages as readers most often paste them: whole pages and
# selections from national, regional and wire outlets in the US, Britain, Ireland, Europe, Canada, Australia, New
# Zealand, India, Pakistan, the Gulf, Africa and East Asia. Blind at 3f8e13a they passed 705 of 752, 732 of 761,
# 696 of 744 and 685 of 742 (issue fields 524 of 552, 553 of 571, 516 of 551, 514 of 553); the forty-ninth passed
# 701 and the fiftieth 690 with the rules of the sets before them (five checks carried each time); after, 729, 747,
# 733 and 730. After: 28,236 checks over 1,221 cases pass 27,228; the 1,125 cases of stop 37 pass 24,288 (24,236
# before: byline +22, clutter +14, paragraphs +11). Title, caption and blocks recall are pinned lower with the new
# keys (a financial daily's headline under its notice, an expat site's list set as lines, a live blog's entries).
# Sets fifty-one to fifty-six (144 cases) went on with pages as readers paste them: US chains, local TV, national
# digital and network sites, British and Irish nationals and regionals, government and alliance releases, a press-release
# wire; Asian, South Asian, Middle Eastern, African, Canadian, Australian and New Zealand outlets; wires on portals;
# live blogs, columns, explainers, obituaries; magazines, tech and business sites; partial and transformed copies; Latin
# American, Caribbean and Pacific outlets; US nonprofit newsrooms; three sets of six East Asian security stories. Blind at
# 06983d9 they passed 701 of 764, 729 of 754, 692 of 754, 669 of 688, 713 of 752 and 691 of 764 (issue fields 530 of 559,
# 539 of 551, 521 of 561, 478 of 490, 533 of 558, 516 of 558: 3,117 of 3,277, 95.1%); with the rules of the sets before
# them the fifty-third passed 693, the fifty-fourth 669, the fifty-fifth 714 and the fifty-sixth 691; after, 734, 741,
# 730, 680, 733 and 734. After: 32,712 checks over 1,365 cases pass 31,606 (pinned at 31,590, where the last two sets
# joined); the 1,221 cases of stop 38 pass 27,254 (27,228 before). Byline, first-paragraph and blocks recall are pinned lower with the new keys (a wire's closing
# credits kept as body, a live blog's entry headings, bylines kept in capitals).
# Sets fifty-seven and fifty-eight (48 cases: trade and specialist sites, Middle Eastern, Balkan, African and South
# Asian outlets, stories reached through e-mail, readers, platforms and a database, local and magazine pages, hard
# pastes) passed blind at 03b735b 699 of 755 and 727 of 761 (issue fields 529 of 561 and 544 of 566: 95.2%); after,
# 740 and 750. With them: 34,228 checks over 1,413 cases passed 33,113.
# Sets fifty-nine and sixty (48 cases: official pages on East Asian security, audio and video pages, courts and
# local government, national agencies, opinion and research, newsletters, European English editions, odd pastes)
# passed blind at 03b735b 698 of 759 and 708 of 772 (issue fields 528 of 558 and 506 of 550); with the rules of
# sets 57-58, 695 and 709; after, 724 and 743. After: 35,759 checks over 1,461 cases pass 34,587 (pinned at 34,570);
# the 1,365 cases of stop 39 pass 31,630 (31,606 before).
# Sets sixty-one and sixty-two (48 cases: international outlets on East Asian security, US regional dailies,
# tabloids, English under foreign chrome, syndication portals, partial pastes, broadcasters, Asian outlets) passed
# blind at 03b735b 714 of 763 and 688 of 723 (issue fields 538 of 565 and 516 of 535); after, 734 and 706. After:
# 37,245 checks over 1,509 cases passed 36,027.
# Sets sixty-three and sixty-four (48 cases: Asian outlets on East Asian security, US and British nationals, wires on
# partner sites, Canadian, Australian and New Zealand, South Asian, Middle Eastern, African and Latin American pages)
# passed blind at 03b735b 699 of 749 and 738 of 775 (issue fields 527 of 555 and 548 of 570); after, 732 and 750.
# Over this stop's eight sets the issue's checks passed 4,236 of 4,460 blind (95.0%). After: 38,769 checks over 1,557
# cases pass 37,511 (pinned at 37,490); the 1,365 cases of stop 39 pass 31,632 (31,606 before).
# Stop 41 added a boilerplate model (`briefs/sources/boilerplate_model.py`, learned from this corpus) and sets
# sixty-five to sixty-eight (96 cases: international outlets on East Asian security, US local and partial pastes,
# Asian and European business pages, live blogs and other formats, US, British, Asian, Middle Eastern, African and
# Latin American mainstream sites, mobile pastes, embeds, opinion pages, European English sites). Blind at b3c175c
# their issue checks passed 538 of 554, 494 of 526, 544 of 556 and 519 of 546 (2,095 of 2,182: 96.0%); after, 554,
# 518, 552 and 537. After: 41,771 checks over 1,653 cases pass 40,483 (pinned at 40,460); the 1,557 cases of stop 40
# pass 37,551 (37,511 before).
# Stop 42 added sets sixty-nine to seventy-four (144 cases: state media, South and Southeast Asian dailies, Japanese
# outlets' English pages, aggregators and apps, official releases, specialist and local broadcasters' sites, odd pastes,
# long-form magazines, wires on partners' sites, markets pages, updated breaking news, Asia-Pacific, Middle Eastern,
# African and European English sites, reading apps and social posts, sports, health and science, courts, culture,
# state politics, Asian business, energy and climate, archive, translation and reader views). Per article (title,
# date, time, offset, caption, first paragraph, paragraph count, all clutter out) they passed blind at ae76c85 174,
# 167, 158, 173, 171 and 172 of 192; with this stop's rules for the sets before them, sets 71 to 74 passed 158, 173,
# 172 and 172 (the rules did not carry). Sets seventy-five and seventy-six (48 cases: US, British, Indian, Australian,
# New Zealand and Canadian mainstream papers, East Asian outlets on security, agencies' own sites, global broadcasters,
# phone and tablet copies) passed blind at ae76c85 181 and 186 of 192 per article (547 of 559 and 559 of 566 issue
# checks); after, 188 and 186. Sets seventy-seven and seventy-eight (48 cases: the issue's own shapes, Japanese and
# other East Asian chrome, syndication portals' label lines, excerpts with no headline, outlet labels on the headline's
# line, buttons between byline and body, captions printed twice, South and Southeast Asian mainstream) passed blind at
# ae76c85 192 and 171 of 192 per article; after, 192 and 187. The excerpts that print no date keep only their dates
# with a year in their keys (a weekday or `last month` has nothing to resolve against). After: 49,323 checks over
# 1,893 cases pass 47,785 (pinned at 47,760).
# Stop 43 added sets seventy-nine to eighty-six (192 cases: wires' and agencies' own sites, Asian English dailies, US
# broadcasters and digital outlets, European English sites, opinion pages, breaking and updated stories, Middle
# Eastern and African sites, partial selections, Japanese outlets' English pages, wires on carriers' sites, British and
# US broadcasters, Chinese, Taiwanese and Korean sites, defence sites, official releases, browser habits, explainers
# and live pages, US regionals, British and Irish sites, South and Southeast Asian sites, portals, magazines, business
# sites, odd pastes, European and Latin American sites, and the mainstream and awkward shapes again). Per article they
# passed blind 174, 164, 183, 176, 168, 156, 188 and 168 of 192, each pair scored at a commit before it was read
# (d1318a0, 3efa5a9, 63723e4, 72ab383); after, see tests/corpus/README.md. The new sets' harder conventions (a lead
# above the photo counted as body, summary bullets with no heading, a one-word first subheading) brought the `first`
# and `dates` recall floors down a step. After: 55,400 checks over 2,085 cases pass 53,704 (pinned at 53,675).
# Stop 44 added sets eighty-seven to ninety-seven (240 cases: Japanese, Korean, Taiwanese, Hong Kong, Chinese state,
# Southeast and South Asian, Australian, New Zealand, Canadian, European, African and Latin American sites; US politics,
# defence, metro, local television and public radio sites; aggregators, reader apps and phone apps; browser views
# (reader, print, translated, AMP); official releases; live pages; think tanks and magazines; opinion pages and short
# breaking stories; pastes from PDFs, e-mails, social posts and news databases; and the issue's own awkward shapes
# twice more). Per article they passed blind 165, 165, 150, 158, 184, 166, 186, 88 (of 96), 180, 80 (of 96) and
# 184 of 192, each scored at a commit before it was read; after, see tests/corpus/README.md. Their keys hold a yearless
# Japanese portal date with no year on the page, live pages' first entry times, and bylines kept in capitals or drawn
# from a news database's author field, which bring the `published` and `byline` recall floors down a step (0.982 ->
# 0.980, 0.933 -> 0.929). After: 62,939 checks over 2,325 cases pass 60,966 (pinned at 60,940).
# Stop 45 added sets ninety-eight and ninety-nine (48 cases: defence-trade and military sites, Japanese outlets'
# English pages, Chinese and Taiwanese sites, reader views, AMP pages, portals, a webmail's newsletter and a ministry's
# release; US mainstream sites, European sites, South and Southeast Asian and Pacific sites, and the issue's own awkward
# shapes again). Per article they passed blind 184 and 183 of 192 at 2c209ae; after (4e32e67), 192 and 192. After:
# 64,474 checks over 2,373 cases pass 62,505 (pinned at 62,480). Then sets one hundred and one hundred and one (48
# cases: Japanese outlets and wires on the Senkakus, the awkward shapes again, official releases, Korean, Vietnamese,
# Thai, Pakistani and Taiwanese sites; UK and Irish sites, live, opinion, Q&A, explainer, phone and PDF pastes, US
# regional and military sites, business sites) passed blind 178 and 175 of 192 per article at 180aa29; after (365d9be),
# 187 and 185. After: 65,990 checks over 2,421 cases pass 63,968 (pinned at 63,940). Then sets one hundred and two
# and one hundred and three (48 cases: Japanese outlets across the year's turn, the awkward shapes again, aggregators,
# Asia-Pacific sites, US broadcasters, think tanks, Chinese, Hong Kong and Taiwanese sites, Korean, Indian and Middle
# Eastern sites) passed blind 183 and 170 of 192 per article at 4d10e32 (the code of 365d9be); after (5d69c78), 186 and
# 183. After: 67,498 checks over 2,469 cases pass 65,422 (pinned at 65,390). Then sets one hundred and four and one
# hundred and five (48 cases: the Senkakus on wires and their carriers, the awkward shapes again, Japanese outlets'
# English pages, Chinese and Korean state and public media, US outlets, partial pastes (from the byline down, the body
# alone, an app's share text, a print-to-PDF copy), European and Australian sites, South-East and South Asian sites)
# passed blind 179 and 171 of 192 per article at a2a6181 (the code of 5d69c78); after (902c240), 182 and 178. Their keys
# hold bylines kept in capitals and authors named only in a closing `(Japanese original by ...)` line, which bring the
# `byline` recall floor down a step (0.929 -> 0.927). After: 68,986 checks over 2,517 cases pass 66,862 (pinned at
# 66,830). Then sets one hundred and six and one hundred and seven (48 cases: the Senkakus on a mix of outlets, the
# awkward shapes again, sites linked from a roundup, Japanese and Chinese outlets' English pages, US outlets, Taiwanese,
# Hong Kong and Singapore sites, English pages of sites abroad, and awkward pastes) passed blind 186 and 185 of 192 per
# article at 1eb0f04; after (the next commit), 191 and 187. After: 70,503 checks over 2,565 cases pass 68,342 (pinned at
# 68,310). Then sets one hundred and eight and one hundred and nine (48 cases: US national papers, wires and digital
# outlets, Japanese outlets' English pages, the awkward shapes again, Chinese, Hong Kong, Taiwanese, Korean and Singapore
# sites, British, European and Australian sites, partial and odd pastes, official pages and a briefing's transcript,
# broadcasters and portals) passed blind 173 and 176 of 192 per article at 720d576; after (the next commit), 191 and
# 192. After: 71,643 checks over 2,613 cases pass 69,472 (pinned at 69,440). Then sets one hundred and ten and one
# hundred and eleven (48 cases: wire stories on their carriers' sites, the awkward shapes in new combinations, opinion
# and explanation pages, Asian business and national papers, Middle Eastern, African and Latin American sites, reading
# tools and apps, live and fast-moving stories, defence and security sites) passed blind 180 and 171 of 192 per article
# at 0b5a40a (179 and 171 at 720d576); after (the next commit), 192 and 189. After: 72,783 checks over 2,661 cases pass
# 70,591 (pinned at 70,560). Rules for shapes of earlier sets still failing (a sticky header's glued copy of the headline,
# a deck over a short link and a credited caption, an essay's numbered notes, a box about the piece): 70,610. Then sets
# one hundred and twelve and one hundred and thirteen (48 cases: US, British and European mainstream sites, Japanese,
# Chinese, Taiwanese, Hong Kong and Korean mainstream English news, South and Southeast Asian and Australian sites,
# portals and aggregators, wire and agency sites, the issue's awkward shapes once more) passed blind 187 and 176 of 192
# per article at fd13d3e; after (b372c85), 191 and 192. After: 73,933 checks over 2,709 cases pass 71,749 (pinned at
# 71,710). Then sets one hundred and fourteen and one hundred and fifteen (48 cases: US regional and local outlets,
# partial and imperfect pastes, government and international organisations' pages, magazines and long-form sites,
# business and technology news, smaller Asian English outlets, live and explanatory pages, the awkward shapes combined
# with other oddities) passed blind 171 and 176 of 192 per article at 0f2eec2; after (53e39f8), 181 and 180. Their keys
# keep several bylines in capitals as the pages print them (`SHOTA MIYAHARA`, `LEE SOO-JIN`), which brings the `byline`
# recall floor down a step (0.927 -> 0.925). After: 75,076 checks over 2,757 cases pass 72,848 (pinned at 72,810).
# Then sets one hundred and sixteen and one hundred and seventeen (48 cases: a mix of mainstream sites a reader pastes
# from, on Japan, China and the Senkakus, with the awkward shapes once more) passed blind 187 and 186 of 192 per article
# at 6814346 (the same at 720d576); after (d1878ac), 188 and 190. After: 76,223 checks over 2,805 cases pass 73,969
# (pinned at 73,930). A source speaking beside a newsletter's pitch kept in the story: 73,971.
FLOOR_PASSED = 73940
FLOOR_SHARE = 0.967
# Fields whose recall may not fall below these (the structure and the time a reader relies on).
FLOOR_RECALL = {
    "title": 0.969, "published": 0.980, "byline": 0.925, "blocks": 0.756, "clutter": 0.989, "first": 0.968,
    "paragraphs": 0.867, "dates": 0.982,
}


measure_parse = load_script("measure_parse")


def _source(case: Path) -> Path:
    return next(path for path in case.iterdir() if path.stem == "article")


def test_corpus_has_at_least_forty_shapes():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_case_has_an_article_and_a_complete_key(case):
    key = yaml.safe_load((case / "expected.yml").read_text(encoding="utf-8"))
    assert KEY_FIELDS <= set(key), KEY_FIELDS - set(key)
    assert isinstance(key["byline"], list) and isinstance(key["paragraphs"], int)
    assert all(len(block) == 2 for block in key.get("blocks") or [])
    assert _source(case).suffix in (".txt", ".html")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_case_parses_and_loses_no_line(case):
    source = _source(case)
    article = parse_source(source, source.name)
    if source.suffix == ".txt":
        text = source.read_text(encoding="utf-8")
        lost = [line.text for line in split_lines(text) if line.text and not accounted_for(line.text, article)]
        assert lost == [], "every line ends in the body, a field, the dropped list, or is the time line"
    assert all(line.reason in vocab.DROP_REASONS for line in article.dropped), "every reason is explained"


def test_corpus_figures_do_not_fall():
    report = measure_parse.measure_corpus(CORPUS)
    assert report["passed"] >= FLOOR_PASSED, report["failures"]
    assert report["share"] >= FLOOR_SHARE
    for field, floor in FLOOR_RECALL.items():
        assert report["fields"][field]["recall"] >= floor, (field, report["fields"][field])


def write_case(folder: Path, article: str, key: dict) -> None:
    """A corpus case made for a test: its pasted article and its answer key."""
    folder.mkdir(exist_ok=True)
    (folder / "article.txt").write_text(article, encoding="utf-8")
    (folder / "expected.yml").write_text(yaml.safe_dump(key, allow_unicode=True), encoding="utf-8")


def test_a_wrong_answer_key_is_measured_as_failing(tmp_path):
    original = CORPUS / "obituary"
    key = yaml.safe_load((original / "expected.yml").read_text(encoding="utf-8"))
    key["title"] = "A headline the article does not have"
    key["byline"] = ["Someone Else"]
    write_case(tmp_path / "changed-title", (original / "article.txt").read_text(encoding="utf-8"), key)
    report = measure_parse.measure_corpus(tmp_path)
    assert report["fields"]["title"] == {"passed": 0, "checks": 1, "precision": 0.0, "recall": 0.0}
    assert report["fields"]["byline"]["passed"] == 0
    assert "changed-title" in report["failures"]


def test_the_issues_count_is_per_article(tmp_path):
    original = CORPUS / "obituary"
    article = (original / "article.txt").read_text(encoding="utf-8")
    key = yaml.safe_load((original / "expected.yml").read_text(encoding="utf-8"))
    write_case(tmp_path / "as-keyed", article, key)
    right = measure_parse.measure_corpus(tmp_path)["articles"]
    # a wrong paragraph count and one clutter text that is the story's own words fail one check each
    body = measure_parse.parse_source(tmp_path / "as-keyed" / "article.txt").paragraphs[1].text
    key.update(paragraphs=key["paragraphs"] + 1, clutter=[*(key.get("clutter") or []), body[:40]])
    write_case(tmp_path / "as-keyed", article, key)
    wrong = measure_parse.measure_corpus(tmp_path)["articles"]
    assert right["checks"] == wrong["checks"] == len(measure_parse.ARTICLE_CHECKS)
    assert right["passed"] - wrong["passed"] == 2
    assert wrong["fields"]["paragraphs"] == 0 and wrong["fields"]["clutter"] == 0


@pytest.mark.parametrize(
    ("got", "want", "failing"),
    [("2025-02-07T16:09:00+09:00", "2025-02-07T16:09:00+09:00", set()),
     ("2025-02-07T16:09:00", "2025-02-07T16:09:00+09:00", {"offset"}),
     ("2025-02-07", "2025-02-07T16:09:00+09:00", {"time", "offset"}),
     ("2025-02-08T16:09:00+09:00", "2025-02-07T16:09:00+09:00", {"date"}),
     (None, None, set())],
)
def test_the_issues_count_reads_the_time_in_three_parts(got, want, failing):
    values = {"title": "T", "caption": None, "first": "Body.", "paragraphs": 1, "published": got}
    key = {"title": "T", "caption": None, "first": "Body.", "paragraphs": 1, "published": want, "clutter": []}
    checks = measure_parse.article_checks(values, key, "Body.")
    assert {name for name, passed in checks.items() if not passed} == failing


def test_measure_script_prints_json():
    result = subprocess.run(
        [sys.executable, "scripts/measure_parse.py", "--json", "--case", "obituary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout)
    assert report["cases"] == 1 and set(report["fields"]) == set(measure_parse.FIELDS)


def test_dates_in_the_key_are_judged_against_the_timeline(tmp_path):
    """A right date passes, a wrong one counts both ways, a missing expression as not found."""
    article = (
        "Council votes to close the old ferry pier\n"
        "Thursday, March 6, 2025 at 9:15 a.m. EST\n\n"
        "The town council voted on Tuesday to close the ferry pier by the end of April.\n\n"
        "Repairs had been promised in 2019, a council member said.\n"
    )
    key = {"shape": "dated", "title": "Council votes to close the old ferry pier",
           "published": "2025-03-06T09:15:00-05:00", "caption": None, "section": None, "byline": [],
           "first": "The town council voted", "paragraphs": 2, "clutter": [], "keep": [],
           "dates": [["on Tuesday", "2025-03-04"], ["in 2019", "2018"], ["next Friday", "2025-03-14"]]}
    write_case(tmp_path / "dated", article, key)
    report = measure_parse.measure_corpus(tmp_path)
    assert report["fields"]["dates"] == {"passed": 1, "checks": 3, "precision": 0.5, "recall": round(1 / 3, 3)}
    failures = report["failures"]["dated"]
    assert "date 'in 2019': got 2019, expected 2018" in failures
    assert any("'next Friday' not in the timeline" in failure for failure in failures)


def test_a_key_may_quote_a_dates_surroundings_and_the_first_paragraph_with_its_dateline(tmp_path):
    """`beginning March 10` holds the timeline's `March 10`; `first` may start at the dateline or after it."""
    article = (
        "Ferry fares to rise next month\n"
        "Thursday, March 6, 2025 at 9:15 a.m. EST\n\n"
        "PORT ELAND, March 6 (Harbour Wire) - Ferry fares will rise by a tenth beginning March 10, the operator said.\n\n"
        "The operator last raised fares in 2019, a spokesperson said.\n"
    )
    key = {"shape": "wire", "title": "Ferry fares to rise next month", "published": "2025-03-06T09:15:00-05:00",
           "caption": None, "section": None, "byline": [], "first": "PORT ELAND, March 6 (Harbour Wire) - Ferry fares",
           "paragraphs": 2, "clutter": [], "keep": [], "dates": [["beginning March 10", "2025-03-10"]]}
    for first, passes in [("PORT ELAND, March 6 (Harbour Wire) - Ferry fares", True), ("Ferry fares will rise", True),
                          ("March 6 (Harbour Wire) - Ferry fares", False)]:  # the last starts neither form
        write_case(tmp_path / "wire", article, {**key, "first": first})
        assert ("wire" not in measure_parse.measure_corpus(tmp_path)["failures"]) is passes, first


def test_a_keep_text_may_quote_the_first_paragraph_with_its_dateline(tmp_path):
    """The brief prints the dateline (kept apart) before the first paragraph, so a `keep` text may quote it."""
    article = (
        "Pistachio exports jump\n"
        "December 3, 2026 - 14:30 Tehran time\n\n"
        "TEHRAN – Iran's pistachio exports to China rose by a quarter this year, growers said on Tuesday.\n\n"
        "Growers have faced a shortage of groundwater since 2021, officials said.\n"
    )
    key = {"shape": "dateline", "title": "Pistachio exports jump", "published": "2026-12-03T14:30:00+03:30",
           "caption": None, "section": None, "byline": [], "first": "TEHRAN – Iran's pistachio exports",
           "paragraphs": 2, "clutter": [], "keep": []}
    for keep, passes in [("TEHRAN – Iran's pistachio exports", True), ("Iran's pistachio exports", True),
                         ("TEHRAN – Iran's walnut exports", False), ("SHIRAZ – Iran's pistachio exports", False)]:
        write_case(tmp_path / "dateline", article, {**key, "keep": [keep]})
        assert ("dateline" not in measure_parse.measure_corpus(tmp_path)["failures"]) is passes, keep
