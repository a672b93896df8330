"""Saved pages: what the page prints around its headline (briefs.sources.page_meta, pubtime.read_page_time).

Each rule is tested on pages of several shapes, written here: labels above a headline,
time lines in several languages and numeric orders, standfirsts outside the body, photo
credits, outlet suffixes on titles and bylines with job titles.
"""

from __future__ import annotations

import pytest

from briefs.sources.page_meta import without_job_titles, without_photo_credit
from briefs.sources.pubtime import read_page_time
from briefs.sources.saved_page import parse_html

PROSE = (
    "<p>The harbour board voted on Monday to keep the night ferry running through the winter months.</p>"
    "<p>Ticket prices will stay the same, and two extra crossings will be added on Friday evenings.</p>"
    "<p>The board said it would review the timetable again in the spring after counting passengers.</p>"
)
FIRST = "The harbour board voted on Monday"
TITLE = "Night ferry to keep running through winter"


def page(article: str, head: str = "", lang: str = "en", before: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>{TITLE}</title>{head}</head>'
        f"<body>{before}<main><article>{article}</article></main></body></html>"
    )


def headed(above: str = "", below: str = "", body: str = PROSE, **kwargs) -> str:
    return page(f"{above}<h1>{TITLE}</h1>{below}<div class='text'>{body}</div>", **kwargs)


# --------------------------------------------------------------------------- labels above the headline


@pytest.mark.parametrize(
    "above, section",
    [
        ('<a class="section-label" href="/local">Local</a>', "Local"),
        ('<div class="kicker">Transport</div>', "Transport"),
        ('<p class="rubriek"><a href="/economie">Economie</a></p>', "Economie"),
        ('<span class="series">The Long Read</span>', "The Long Read"),
        ('<div class="flag"><a href="/food">Food &amp; Dining</a></div>', "Food & Dining"),
        ('<h4 class="upperdek">Biz &amp; IT —</h4>', "Biz & IT"),
    ],
    ids=["link", "kicker", "linked-paragraph", "series", "ampersand", "dash-after"],
)
def test_a_label_above_the_headline_is_the_section_and_not_the_first_paragraph(above, section):
    article = parse_html(headed(above=above))
    assert article.section == section
    assert article.paragraphs[0].text.startswith(FIRST)
    assert all(section not in paragraph.text for paragraph in article.paragraphs)


def test_a_list_of_category_links_above_the_headline_gives_its_first_category():
    above = ('<span class="cat-links"><a href="/c/p" rel="tag">Politics</a>, '
             '<a href="/c/e" rel="tag">Elections</a></span>')
    assert parse_html(headed(above=above)).section == "Politics"


def test_a_headline_in_a_styled_div_still_anchors_the_header():
    story = (f'<div class="story"><div class="section">Transport</div><div class="headline">{TITLE}</div>'
             f'<div class="time">Monday, 3/3/2025 10:00 AM EST</div><div class="body">{PROSE}</div></div>')
    html = f"<!DOCTYPE html><html><head><title>{TITLE}</title></head><body>{story}</body></html>"
    article = parse_html(html)
    assert (article.section, article.published_iso) == ("Transport", "2025-03-03T10:00:00-05:00")
    assert article.paragraphs[0].text.startswith(FIRST)


@pytest.mark.parametrize(
    "above, before",
    [
        ('<span class="badge">LIVE</span>', ""),
        ('<p class="release">News Release</p>', ""),
        ("", '<nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav>'),
        ("", '<div class="login"><label>Password</label></div>'),
        ('<div class="date">Tuesday, 08/05/2025</div>', ""),
        ('<div class="ad">Advertisement</div>', ""),
        ('<p class="byline">By Ana Ruiz</p>', ""),
    ],
    ids=["story-marker", "release-label", "site-menu", "form-label", "date-line", "advertising", "byline"],
)
def test_what_stands_above_the_headline_but_names_no_section(above, before):
    assert parse_html(headed(above=above, before=before)).section is None


@pytest.mark.parametrize(
    "head, before, section",
    [
        ('<meta property="article:section" content="Politics">', "", "Politics"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "Science"}</script>', "",
         "Science"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": ["Health", "News"]}</script>',
         "", "Health"),
        ("", '<div class="breadcrumb"><a href="/money">Money</a> › <a href="/money/property">Property</a></div>',
         "Property"),
        ("", f'<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>'
             f"<li>{TITLE}</li></ol></nav>", "Sport"),
        ("", '<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/news">Newsroom</a></nav>', None),
        ("", '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>'
             '<li class="breadcrumb-item"><a href="/world">World</a></li></ol>', "World"),
        ("", '<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": ['
             '{"@type": "ListItem", "position": 1, "name": "Startseite"},'
             '{"@type": "ListItem", "position": 2, "item": {"name": "Region"}}]}</script>', "Region"),
    ],
    ids=["meta", "json-ld", "json-ld-list", "breadcrumb", "breadcrumb-ending-in-title", "generic-breadcrumb",
         "breadcrumb-items", "json-ld-breadcrumbs"],
)
def test_the_section_the_page_states_in_metadata_or_breadcrumbs(head, before, section):
    assert parse_html(headed(head=head, before=before)).section == section


# --------------------------------------------------------------------------- time lines near the headline


@pytest.mark.parametrize(
    "line, language, iso",
    [
        ("Tue 03/11/2025 - 16:15", "en", "2025-03-11T16:15:00"),  # the weekday says 11 March
        ("Mon 03/11/2025 - 16:15", "en", "2025-11-03T16:15:00"),  # and here 3 November
        ("Tuesday, 08/05/2025", "en", "2025-08-05T00:00:00"),
        ("Thursday, 11/20/2025 5:00 PM", "en", "2025-11-20T17:00:00"),
        ("04/03/2025 10:00", "en-us", "2025-04-03T10:00:00"),  # a US page writes month first
        ("04/03/2025 10:00 ET", "en", "2025-04-03T10:00:00-04:00"),  # so does a US zone
        ("04/03/2025 10:00", "en-gb", "2025-03-04T10:00:00"),  # any other region day first
        ("Gepubliceerd: dinsdag 14 oktober 2025, 09:30", "nl", "2025-10-14T09:30:00"),
        ("Veröffentlicht am Dienstag, 14. Oktober 2025, 9:30 Uhr", "de", "2025-10-14T09:30:00"),
        ("Publicerad: tisdag 14 oktober 2025 kl. 09:30", "sv", "2025-10-14T09:30:00"),
        ("mar. 14/10/2025 09h30", "fr", "2025-10-14T09:30:00"),
        ("di 14-10-2025 09:30", "nl", "2025-10-14T09:30:00"),
        ("Tue 11 Mar 2025 06.00 GMT", "en-gb", "2025-03-11T06:00:00+00:00"),  # `Mar` is March here, no weekday
        ("Mar 11, 2025 6:00 a.m. ET", "en", "2025-03-11T06:00:00-04:00"),
    ],
)
def test_a_page_time_line_is_read_with_its_weekday_and_region(line, language, iso):
    found = read_page_time(line, language)
    assert found is not None and not found.is_update
    assert found.stamp.value.isoformat() == iso


@pytest.mark.parametrize(
    "line", ["Last updated: Saturday 12 July 2025 19:42 BST", "Bijgewerkt: 14 okt 2025, 12:05", "Updated 4 June 2025"]
)
def test_an_update_line_is_marked_as_one(line):
    assert read_page_time(line, "en-gb").is_update


@pytest.mark.parametrize("line", ["04/03/2025", "The council met on 14 October 2025 to vote.", "Leestijd: 3 minuten"])
def test_what_is_no_settled_time_line(line):
    assert read_page_time(line, "en") is None


@pytest.mark.parametrize(
    "below, lang, iso",
    [
        ('<div class="dateline">Thursday, 11/20/2025 5:00 PM</div>', "en-US", "2025-11-20T17:00:00"),
        ('<p class="meta"><span>By Ana Ruiz</span> <span>Tue 03/11/2025 - 16:15</span></p>', "en",
         "2025-03-11T16:15:00"),
        ('<div><span class="datum">Gepubliceerd: dinsdag 14 oktober 2025, 09:30</span>\n'
         '<span>Bijgewerkt: 15 okt 2025, 12:05</span></div>', "nl", "2025-10-14T09:30:00"),
    ],
    ids=["us-numeric", "weekday-settled", "dutch-published-and-updated"],
)
def test_the_time_line_under_the_headline_is_the_publication_time_and_leaves_the_body(below, lang, iso):
    article = parse_html(headed(below=below, lang=lang))
    assert article.published_iso == iso
    assert article.paragraphs[0].text.startswith(FIRST)
    assert "not stated" not in article.extra.get("unsure", {}).get("published", "")


def test_a_byline_and_a_time_on_one_line_are_both_read():
    below = '<p class="meta">Von Jana Petersen · Veröffentlicht am Freitag, 7. März 2025, 14:20 Uhr</p>'
    article = parse_html(headed(below=below, lang="de-DE"))
    assert (article.byline, article.published_iso) == ("Jana Petersen", "2025-03-07T14:20:00")
    assert article.paragraphs[0].text.startswith(FIRST)


def test_a_masthead_date_outside_the_articles_container_is_not_its_time():
    masthead = '<header class="masthead"><p class="today">Wednesday, December 2, 2026</p></header>'
    article = parse_html(headed(below='<p class="date">March 3, 2025</p>', before=masthead))
    assert article.published_iso == "2025-03-03"


def test_the_page_metadata_time_wins_over_a_visible_update_line():
    head = ('<script type="application/ld+json">'
            '{"@type": "NewsArticle", "datePublished": "2025-06-03T08:00:00-04:00"}</script>')
    article = parse_html(headed(below="<p>Updated June 4, 2025 at 11:20 a.m. EDT</p>", head=head))
    assert article.published_iso == "2025-06-03T08:00:00-04:00"
    assert article.paragraphs[0].text.startswith(FIRST)


def test_a_visible_clock_completes_a_metadata_date_of_the_same_day():
    head = '<meta property="article:published_time" content="2025-10-14">'
    article = parse_html(headed(below="<p>Published 14 October 2025, 09:30</p>", head=head))
    assert article.published_iso == "2025-10-14T09:30:00"


# --------------------------------------------------------------------------- standfirsts and other header matter


@pytest.mark.parametrize(
    "below",
    [
        '<p class="subtitle">Grants will bring fast internet to more than 9,000 homes and businesses</p>',
        '<h2 class="dek">Two extra crossings on Fridays as passenger numbers climb</h2>',
        '<div class="video"><p>Watch: the night ferry leaving the harbour</p></div>',
        "<p>Last updated: Saturday 12 July 2025 19:42 BST</p>",
        "<p>Door Anouk de Wit</p>",
    ],
    ids=["subtitle", "dek-heading", "video-title", "update-line", "byline"],
)
def test_header_matter_under_the_headline_is_not_the_first_paragraph(below):
    article = parse_html(headed(below=below))
    assert article.paragraphs[0].text.startswith(FIRST)
    assert any(line.reason for line in article.dropped)


def test_a_first_paragraph_that_is_a_sentence_stays_even_outside_the_body_container():
    lede = "<p class='lede'>Ferry passengers will get two extra crossings every Friday from next month.</p>"
    article = parse_html(headed(below=lede))
    assert article.paragraphs[0].text.startswith("Ferry passengers will get two extra crossings")


# --------------------------------------------------------------------------- photo credits


@pytest.mark.parametrize(
    "caption, text",
    [
        ("A freight train leaves the terminal. Foto: Joris Kemper / Beeldbureau Delta",
         "A freight train leaves the terminal."),
        ("Crowds gather in the square. Photograph: Ana Ruiz for the Example Post", "Crowds gather in the square."),
        ("The soup took the blue ribbon. (Tribune photo by Dev Kasparian)", "The soup took the blue ribbon."),
        ("The soup took the blue ribbon. Staff photo by Dev Kasparian", "The soup took the blue ribbon."),
        ("Der Zug verlässt den Hafen. Bild: Max Muster/Agentur", "Der Zug verlässt den Hafen."),
        ("Le train quitte le port. Crédit photo : Jean Dupont", "Le train quitte le port."),
        ("The ferry at dusk (Photo: Jane Roe)", "The ferry at dusk"),
        ("A man holds a photo by the river.", "A man holds a photo by the river."),
        ("The mayor (left) and the harbour master.", "The mayor (left) and the harbour master."),
    ],
)
def test_a_photo_credit_leaves_the_caption(caption, text):
    assert without_photo_credit(caption) == text


def test_a_saved_page_caption_loses_its_credit():
    figure = ("<figure><img src='f.jpg'><figcaption>The night ferry leaves the harbour at dusk. "
              "Foto: Eva Lind / Havenbeeld</figcaption></figure>")
    assert parse_html(headed(below=figure)).caption == "The night ferry leaves the harbour at dusk."


# --------------------------------------------------------------------------- titles and bylines


@pytest.mark.parametrize(
    "head, h1",
    [
        (f'<meta property="og:title" content="{TITLE} | Harbour Herald">'
         '<meta property="og:site_name" content="Harbour Herald">',
         '<h1><a href="/">Harbour Herald</a></h1>'),
        (f'<meta property="og:title" content="{TITLE} - Harbour Herald">'
         '<link rel="canonical" href="https://www.harbour-herald.example/news/ferry">', ""),
        (f'<meta property="og:title" content="{TITLE} | Harbour Herald">',
         f'<h1 class="logo">Harbour Herald</h1><h2 class="entry-title">{TITLE}</h2>'),
        (f'<meta property="og:title" content="{TITLE} - Harbour News">'
         '<link rel="canonical" href="https://www.harbour.co.uk/news/ferry">', ""),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "Harbour Herald"}}'
         f'</script><meta property="og:title" content="{TITLE} | Harbour Herald">', ""),
        ('<meta name="twitter:site" content="@HarbourHerald">'
         f'<meta property="og:title" content="{TITLE} | Harbour Herald">', ""),
    ],
    ids=["site-name", "domain", "entry-title", "country-domain", "publisher", "twitter-site"],
)
def test_the_outlet_suffix_leaves_the_title(head, h1):
    html = (f'<!DOCTYPE html><html lang="en"><head><title>{TITLE} | Harbour Herald</title>{head}</head>'
            f"<body><header>{h1}</header><main><article>{PROSE}</article></main></body></html>")
    assert parse_html(html).title == TITLE


def test_a_title_suffix_that_is_not_the_outlet_stays():
    head = '<meta property="og:site_name" content="Harbour Herald">'
    html = (f'<!DOCTYPE html><html><head><title>Ferries: what changes - a guide</title>{head}</head>'
            f"<body><article><h1>Ferries: what changes - a guide</h1>{PROSE}</article></body></html>")
    assert parse_html(html).title == "Ferries: what changes - a guide"


@pytest.mark.parametrize(
    "byline, names",
    [
        ("Hemi Carrington, Local Democracy Reporter", "Hemi Carrington"),
        ("By Dana Whitfield, Housing Correspondent, and Tomás Reyes, Data Reporter", "Dana Whitfield, Tomás Reyes"),
        ("Jane Roe | Chief Harbour Editor", "Jane Roe"),
        ("Anna Berg, Tomas Lind and Maria Costa", "Anna Berg, Tomas Lind, Maria Costa"),
        ("Door Anouk de Wit", "Anouk de Wit"),
        ("Di Maio Luigi", "Di Maio Luigi"),  # `Di` opening a name is no byline word
    ],
)
def test_job_titles_between_a_bylines_names_are_no_authors(byline, names):
    assert without_job_titles(byline) == names


@pytest.mark.parametrize(
    "line, byline",
    [
        ("Door Anouk de Wit", "Anouk de Wit"),
        ("Av Erik Lindström", "Erik Lindström"),
        ("Von Petra Maier", "Petra Maier"),
        ("di Marco Rossi", "Marco Rossi"),
        ("<span>Jane Roe</span><span>Business reporter</span>", "Jane Roe"),
        ("<div>Mariko Sato</div><div>Example News, Tokyo</div>", "Mariko Sato"),
    ],
)
def test_a_visible_byline_in_other_languages_names_the_author(line, byline):
    assert parse_html(headed(below=f'<div class="auteur">{line}</div>')).byline == byline


def test_a_name_alone_without_a_role_under_it_is_no_byline():
    assert parse_html(headed(below='<div class="caption-name">Edna Pike</div>')).byline is None


def test_a_metadata_author_with_a_job_title_is_one_author():
    head = '<meta name="author" content="Hemi Carrington, Local Democracy Reporter">'
    assert parse_html(headed(head=head)).byline == "Hemi Carrington"


@pytest.mark.parametrize(
    "title, headings, expected",
    [
        (f"{TITLE} | The long read | Harbour Herald", f"<h2>{TITLE}</h2>", TITLE),
        (f"{TITLE} - Transport", f"<h1>{TITLE}</h1>", TITLE),
        ("Storm Ingrid live: thousands without power", "<h2>Storm Ingrid live</h2>",
         "Storm Ingrid live: thousands without power"),
        (f"{TITLE} and more", f"<h1>{TITLE}</h1>", f"{TITLE} and more"),
    ],
    ids=["section-and-outlet", "section", "colon-is-headline", "longer-headline"],
)
def test_a_heading_the_title_opens_with_is_the_headline_only_before_a_separator(title, headings, expected):
    html = (f"<!DOCTYPE html><html><head><title>{title}</title><meta property='og:title' content='{title}'></head>"
            f"<body><main><article>{headings}{PROSE}</article></main></body></html>")
    assert parse_html(html).title == expected


@pytest.mark.parametrize(
    "times",
    [
        '<p>Updated <time datetime="2025-03-05T09:00:00Z">5 March</time></p>'
        '<p>Published <time datetime="2025-03-03T09:00:00Z">3 March</time></p>',
        '<time class="entry-date updated" datetime="2025-03-05T09:00:00Z">5 March</time>'
        '<time class="entry-date published" datetime="2025-03-03T09:00:00Z">3 March</time>',
        '<time class="entry-date published updated" datetime="2025-03-03T09:00:00Z">3 March</time>',
        '<span>Zuletzt aktualisiert <time datetime="2025-03-05T09:00:00Z">5. März</time></span>'
        '<time datetime="2025-03-03T09:00:00Z">3. März</time>',
    ],
    ids=["labels", "wordpress-classes", "published-and-updated-class", "german-label"],
)
def test_a_time_element_marked_as_an_update_is_not_the_publication_time(times):
    assert parse_html(headed(below=times)).published_iso == "2025-03-03T09:00:00+00:00"


def test_a_name_and_its_role_under_the_headline_leave_the_body_as_byline_detail():
    article = parse_html(headed(below="<div class='by'><p>Jane Roe</p><p>Business reporter</p></div>"))
    assert article.byline == "Jane Roe"
    assert article.paragraphs[0].text.startswith(FIRST)


def test_a_visible_zone_completes_a_metadata_time_of_the_same_clock():
    head = '<meta property="article:published_time" content="2025-10-14T09:30:00">'
    article = parse_html(headed(below="<p>Published 14 October 2025, 09:30 CEST</p>", head=head))
    assert article.published_iso == "2025-10-14T09:30:00+02:00"


def test_a_visible_time_that_disagrees_with_the_metadata_gives_way():
    head = '<meta property="article:published_time" content="2025-10-14T07:00:00+00:00">'
    article = parse_html(headed(below="<p>Published 15 October 2025, 09:30 CEST</p>", head=head))
    assert article.published_iso == "2025-10-14T07:00:00+00:00"


# --------------------------------------------------------------------------- round five: zones, placeholders, deks


@pytest.mark.parametrize(
    ("head", "below", "published"),
    [
        ('<meta property="article:published_time" content="2026-09-10T06:37:00+00:00">',
         '<time class="published" datetime="2026-09-10T16:37:00+10:00">10 September 2026, 4:37 pm</time>',
         "2026-09-10T16:37:00+10:00"),
        ('<meta property="article:published_time" content="2026-10-21T10:00:00Z">',
         '<time datetime="2026-10-21T10:00:00Z">October 21, 2026 at 6:00 a.m. EDT</time>',
         "2026-10-21T06:00:00-04:00"),
    ],
    ids=["time-element-offset", "time-element-text"],
)
def test_the_metadata_s_utc_time_is_printed_in_the_page_s_own_zone(head, below, published):
    article = parse_html(headed(below=f"<p>{below}</p>", head=head), "zone.html")
    assert article.published.isoformat() == published


def test_another_time_on_the_page_does_not_replace_the_stated_one():
    head = '<meta property="article:published_time" content="2026-10-21T10:00:00Z">'
    below = '<p><time datetime="2026-10-21T18:14:00Z">October 21, 2026 at 2:14 p.m. EDT</time></p>'
    assert parse_html(headed(below=below, head=head), "zone.html").published.isoformat() == "2026-10-21T10:00:00+00:00"


@pytest.mark.parametrize(("stored", "has_time"), [("2026-12-02T12:00:00+00:00", False), ("2026-12-02T00:00:00Z", False),
                                                   ("2026-12-02T09:30:00+00:00", True)])
def test_a_date_field_stored_at_noon_or_midnight_utc_is_the_day_the_page_prints(stored, has_time):
    head = f'<meta property="article:published_time" content="{stored}">'
    article = parse_html(headed(below="<p>Published: 2 December 2026</p>", head=head), "release.html")
    assert article.published.date().isoformat() == "2026-12-02"
    assert article.published_has_time is has_time


@pytest.mark.parametrize(
    "dek",
    [
        '<h2>{text}</h2>',
        '<p class="post-lead" itemprop="description">{text}</p>',
        '<div class="article-dek">{text}</div>',
    ],
    ids=["subheading", "itemprop-description", "dek-class"],
)
def test_the_page_s_description_printed_as_a_dek_is_no_paragraph(dek):
    text = "Version 4.0 adds task groups and a dashboard, but removes the old layer."
    head = f'<meta name="description" content="{text}">'
    article = parse_html(headed(below=dek.format(text=text), head=head), "dek.html")
    assert article.paragraphs[0].text.startswith(FIRST)
    assert text not in article.text


@pytest.mark.parametrize("marked", ['<div class="story-intro"><p><strong>{text}</strong></p></div>', "<p>{text}</p>"],
                         ids=["intro-class", "unmarked"])
def test_a_first_paragraph_stated_as_the_description_stays_body(marked):
    text = "A government team has been doing the rounds of media organisations this week to allay concerns."
    head = f'<meta name="description" content="{text}">'
    article = parse_html(headed(body=marked.format(text=text) + PROSE, head=head), "lede.html")
    assert article.paragraphs[0].text == text


def test_a_photographer_for_an_outlet_is_a_credit():
    from briefs.sources.caption import without_credit

    line = "Cooling towers at the Harlan Ridge station. (Jenna Morrow for The Brightwater Standard)"
    assert without_credit(line) == "Cooling towers at the Harlan Ridge station."
