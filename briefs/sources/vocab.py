"""Vocabularies the parser recognises: clutter, list headings, zones, months.

Kept here as data, apart from the code that uses them, so that supporting a new outlet
usually means adding words, not logic (as trafilatura keeps its XPath lists apart).
Every pattern is matched against one whole, stripped line, case-insensitively unless said.
"""

from __future__ import annotations

import re

# Why a line was dropped. The parser reports one of these codes for every dropped line.
DROP_REASONS = {
    "popular-list": "a list of the outlet's popular or recommended headlines",
    "ranking-list": "a ranking of the outlet's most read articles",
    "related-list": "links to related articles",
    "list-separator": "a separator between items of a headline list",
    "share-buttons": "share or print buttons",
    "navigation": "site navigation, menus or skip links",
    "contents-list": "the page's table of contents, its entries printed again as the story's subheadings",
    "advertising": "an advertising label",
    "newsletter": "a newsletter or subscription prompt",
    "reader-prompt": "the outlet asking the reader to follow it, get its app, comment or write back",
    "copyright": "a copyright or rights line",
    "photo-credit": "a photo credit",
    "duplicate": "a line printed twice",
    "editorial-marker": "a bracketed editorial marker",
    "tag-list": "the outlet's tag list",
    "outlet-name": "the outlet's name above the headline",
    "section-label": "a section label above the headline",
    "notice": "a browser, cookie or age notice",
    "field-label": "a label of the publishing system",
    "image-alt": "an image's alternative text, printed where the image failed to load",
    "caption": "a photo caption printed again",
    "gallery-counter": "a photo gallery's counter (`2 / 6`)",
    "social-embed": "the frame of a social-media post embedded in the story",
    "markdown": "a Markdown mark of a pasted note (`##`, `**`, an image's or a link's address)",
    "feed-footer": "a feed's note on where the post first ran",
    "page-jump": "a printed story's jump line (Continued on A8, SHIPYARD from A1)",
    "other-story": "another story's column cut into a printed page's text, from its headline to its jump line",
    "print-margin": "a browser's print header or footer (the time printed, the page's title, its address and page number)",
    "video-teaser": "a video's title and show printed under its running time inside the story",
    "pull-quote": "a quotation of the story printed again in display type, and its speaker",
    "breadcrumb": "the site's breadcrumb trail",
    "time-line": "a second or relative publication time (\"Updated 2 hours ago\")",
    "credits": "the agency's source, reporting or editing credits",
    "author-bio": "a line about the author, after the article or between the byline and the story",
    "byline-detail": "the author's role, outlet or place printed under the byline",
    "separator": "a rule of dashes, underscores or stars",
    "interface": "a button, prompt, label or menu item of the site's interface",
    "end-mark": "a mark ending a release (###, -30-, ENDS) or its media contact",
    "summary-box": "the outlet's summary box above the article (key points, a claim and its rating)",
    "author-box": "the author box after the article",
    "page-label": "a short label between the header and the first paragraph (a platform, a score, a validity)",
    "boilerplate": "a line among the page's chrome: its neighbours are chrome, or it holds too few small words to be prose",
    "link-line": "a line made mostly of links, e-mail addresses, #tags or @handles",
    "widget": "a widget's label and figures (a statistic, a counter)",
    "banner": "a site-wide banner linking to another story (`BREAKING NEWS` / headline / `Read More`)",
    "endnotes": "the notes an essay numbers under its text (`[1] Interviews with ...`)",
    "poll": "a reader poll inside the story: its question, its options, their shares and its button",
    "entry-time": "the time or minute mark of a live text's entry (78', FT)",
    "reader-progress": "a reading app's mark of where the reader is (7%, Loc 21, 6 mins left in article)",
    "bracketed": "a line wholly in square brackets: a note, a placeholder or a marker set into the text ([check this], [image], [END])",
    "comments": "the comment section after the article",
    "disclaimer": "a release's legal disclaimer after the text",
    "forwarded-header": "the header fields of a forwarded e-mail (From, Date, Subject, To)",
    "forward-note": "the forwarder's note above a forwarded e-mail",
    "signature": "a contact card closing the text (a name over a role, a telephone number, an address)",
    "address": "a postal address on a line of its own (a letterhead's or a footer's)",
    "saved-date": "when a read-later app or the reader saved the page, not when it was published",
    "post-around-article": "the thread, chat or feed post around an article pasted inside it",
}

# Headings that open a trailing list of other articles. Group name = drop reason.
LIST_HEADING_PATTERNS: dict[str, re.Pattern[str]] = {
    "tag-list": re.compile(
        r"^(tags?|topics?|related topics|suggested topics|more topics|topics in this (article|story)|keywords?|filed under|"
        r"more about|explore more on these topics)"
        r"(\s*[/&|]\s*(tags?|topics?|keywords?))?\s*:?$"
        r"|^more:$"  # (a weekly's tags under its story: `More:` / `New York City` / `Courts`)
        r"|^(tags?|topics?|keywords?|filed under)\s*:\s*[^.!?]{2,}$",  # `Tags: energy, storm, power outages`
        re.I
    ),
    "ranking-list": re.compile(r"\b(access ranking|ranking|most[- ](read|viewed|shared|popular))\b", re.I),
    "popular-list": re.compile(r"\b(popular( articles?| stories| now)?|trending( now)?|recommended( for you| reading)?|editors?['’]?s? (picks?|choice)|top stories|"
                               r"^top picks( for you)?$|"
                               # an outlet's own picks under the story: `DLW RECOMMENDS`, `We recommend`, `Our recommendations`
                               r"^(?:[\w&'’.-]+ )?recommends$|^(?:we|editors?['’]?s?) recommend$|^our recommendations$|"
                               r"^latest( news| stories| headlines| articles)?$|^latest (in|from) [\w ]{2,30}$)\b", re.I),
    "related-list": re.compile(
        # (not inside a compound: `Weather-related disruptions to food supplies` is a list's item)
        r"(?<![\w-])(related( articles?| stories| news| coverage| topics)?|read more|more (from|in|on|about) .{1,40}|"
        r"^(more|full|latest|further) coverage$|"
        r"more on this story|see also|you may also like|you might also like|explore more|more stories|don'?t miss|must reads?|"
        r"^go deeper$|^also interesting$|"
        # a box of the outlet's other stories, by its name for a section or a newsletter: `Also on AGORA`, `More from Playbook`
        r"^(also on|more from|more must-reads from) (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?-i:[A-Z])[\w&'’. -]{1,30}$|"
        r"^(other )?(topics|stories|articles|news) of interest$|^you (may|might) (also )?be interested in$|"
        r"recommended( stories| for you| reading| articles)|"
        r"(what to )?read next|more to read|more for you|further reading|more information|further information|keep reading|"
        # (a sports recap's `UP NEXT` heads its own last section: the teams' next games)
        r"^(next up|watch next)( in [\w &]{2,30})?$|^up next in [\w &]{2,30}$|"
        # a box of the outlet's shows: `Listen to these podcasts`, `More podcasts`, `Watch more videos`
        r"^(listen to (these|our|more) podcasts?|more podcasts|(watch )?more videos|listen to more)$|"
        r"other .{0,20}(columns|stories|articles|news)|"
        r"関連記事|weitere artikel|mehr zum thema)\b"
        r"|\b(also read|read also|also see|le[eé] también|lea también|mir[aá] también|lire aussi|à lire aussi|leia também|"
        r"leggi anche|auch interessant|"
        # ... and in the other languages of the chrome around English editions: Hungarian, Czech and Slovak,
        # South Slavic, Baltic, Finnish, Polish, Romanian, Dutch, Russian and Ukrainian.
        r"kapcsolódó( cikkek| hírek)?|související( články)?|súvisiace( články)?|povezan[oie]( članci| vijesti| vesti)?|"
        r"pročitajte i|preberite še|susiję straipsniai|saistītie raksti|lasi arī|lasiet arī|seotud( artiklid| uudised)?|lue myös|"
        r"czytaj (też|także)|zobacz też|citește și|citeste si|lees ook|читайте также|читайте також|"
        # Armenian, Georgian, Bulgarian, Azerbaijani and Mongolian
        r"կարդացեք նաև|կարդալ նաև|ასევე წაიკითხეთ|прочетете още|вижте още|həmçinin oxuyun|мөн уншаарай)\b",
        re.I,
    ),
}
# An agency editor's label, under its story or in brackets: `Editor:`, `Responsible editor:` (it credits the text, not a
# picture).
_EDITOR_LABEL = r"(?:(?:responsible|web|executive|chief|copy|duty) )?editors?\s*:"
# A credit in brackets naming an outlet and a photographer: `... the decision. (SCB News: Priya Lal)`.
OUTLET_PHOTOGRAPHER_CREDIT = re.compile(
    r"(?<=[.!?\"”])\s*(?P<credit>\((?!(?i:" + _EDITOR_LABEL + r"))"
    r"(?-i:[A-Z][\w&.'’ -]{1,40}):\s*(?-i:[A-Z][\w.'’ -]{1,40})\))$"
)
# A video or audio teaser inside the story: `Watch: Landholders react outside court`. Above the
# story the same shape may be a video page's headline, so only lines after prose are dropped.
MEDIA_TEASER = re.compile(
    # (the video's date in brackets may follow the label: `WATCH (Nov. 19, 2024): Council weighs ...`)
    r"^((related|featured|recommended|suggested|more) )?(watch|listen|video|videos|watch video|watch now|listen now)"
    r"(\s*\([^()]{3,30}\))?\s*[:|]\s*\S.{2,160}$", re.I
)
# What a page adds after a link or a photo, for screen readers or sales: `, opens new tab`,
# `(Opens in new window)`, `Purchase Licensing Rights` (taken off twice: the second may precede the first).
LINK_CHROME_END = re.compile(
    r"\s*,?\s*(\(?opens? (in )?(a )?new (tab|window)\)?|purchase licensing rights|licensing rights|view more|"
    r"(view|see) (the )?(full|larger) (image|photo|picture))\s*$", re.I
)
# A photo's or a graphic's caption with the button that enlarges it: `A graphic showing ... Click to enlarge`.
ENLARGE_CAPTION = re.compile(r"^.{10,400}?\s+(click|tap)( here)? to (enlarge|expand|zoom)( (the )?(image|photo|graphic))?\.?$", re.I)
# A gallery's counter before a caption: `Item 1 of 2 Cranes stand idle...`, `[1/2]Cranes...`, `Image 3 of 12: ...`.
GALLERY_COUNTER = re.compile(r"^\s*(\[\d{1,3}/\d{1,3}\]|(item|image|photo|picture|slide) \d{1,3} of \d{1,3}:?)\s*", re.I)
def names_a_list(text: str) -> bool:
    """A heading of a list of other stories, tags or the comments (`Trending Topics`): never a section label."""
    return any(pattern.search(text) for pattern in LIST_HEADING_PATTERNS.values())


# A line about a newsletter: beside a newsletter box's field or button, it is the box's pitch.
NEWSLETTER_WORDS = re.compile(r"\b(newsletters?|inbox|digest|briefing)\b", re.I)
# A comment section's heading: the article has ended, whatever prose (its rules, the comments) follows.
# Counters and buttons (`12 Comments`, `View comments`) also stand in share bars above the story: not here.
LIST_HEADING_PATTERNS["comments"] = re.compile(
    r"^((your|readers['’]?|reader|top|latest|newest|all|most recent) comments|comments|join the (conversation|discussion)|leave a (comment|reply)( cancel reply)?|what do you think\??|"
    # a summary of the comments over them: `What readers are saying`
    r"what (readers|commenters|our readers) (are|were) saying|"
    # the readers' letters box under a column: `Letters to the editor`, `Write a letter to the editor`
    r"letters to the editor|(write|send|submit) (us )?a letter( to the editor)?|"
    # The section's count and its note on moderation: `Comments 34`, `The comments below have not been moderated.`
    r"comments \(?\d+\)?( closed| open)?|\d+ comments?|\d+ repl(y|ies)|(log ?in|sign ?in|register) to (comment|reply)|the rules of (replying|commenting):?|"
    # a read-later app's panel of its reader's highlights and notes, with their count: `Highlights (2)`
    r"(your )?(highlights|notes|annotations)( (&|and) (highlights|notes))? \(\d+\)|"
    r"kommentare|commentaires|comentarios)$",
    re.I,
)
# A tab's label with its count (`Yorumlar (2)`, `Reacties (14)`, `Commentaires (12)`): in the outlet's
# language, the comment section's heading; words alone cannot say so in every language, the shape can.
COUNTED_LABEL = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,2} \(\d{1,5}\)$")
# A comment section's note on its comments, a sentence opening the section: `The comments below have not been moderated.`
COMMENTS_NOTE = re.compile(
    r"^the (comments|views expressed in the (contents|comments)) (below|above) (have|has|are)\b.{0,80}$"
    # a blog platform's count over its thread: `4 thoughts on "Speightstown residents plead ..."`, `12 responses to "..."`
    r"|^(\d+|one|two|three|four|five) (thoughts?|responses?|comments?|replies) (on|to) [\"“‘'].{2,160}[\"”’']$"
    # and the readers' reactions box it may open with: `How does this make you feel?`
    r"|^how does this (story |article )?make you feel\?$"
    # and its rules: `Comments will be moderated. Keep comments relevant to the article. ...`
    r"|^comments (will be|are|may be) (moderated|reviewed|checked)\b.{0,400}$"
    # and its welcome: `Welcome to The Dominion Courier's comment community. This is a space where ...`
    r"|^welcome to (the |our )?.{0,60}\bcomment(s|ing)? (community|section|space)\b.{0,400}$"
    # and the letters box's call: `Have something to say about this column? Send a letter to letters@...`
    r"|^(have|got) (something|anything|an opinion|a view) (to say )?(about|on) (this|the|today['’]s) (column|story|article|piece|editorial|issue)\?.{0,400}$",
    re.I,
)
# A release's legal disclaimer: what follows is no story.
LIST_HEADING_PATTERNS["disclaimer"] = re.compile(
    r"^((cautionary (note|statement) (regarding|concerning|on) )?forward[- ]looking statements|safe harbou?r statement|"
    r"disclaimer|notes? to editors?)$",
    re.I,
)
# A release's boilerplate about the company, and a list of the sources a story drew on: the
# story has ended (`About Halvorsen Marine Systems` / `Founded in 1987, ...`; `Sources` / citations).
LIST_HEADING_PATTERNS["boilerplate"] = re.compile(
    r"^about (?!the (author|writer)s?$|us$)(?-i:[A-Z0-9])[\w&.,'’-]*(?: [\w&.,'’()-]+){0,6}$"
    # A statistics release's notes: `About the statistics`, `About this release`, `Methodology`.
    r"|^about (the|this|these) (statistics|data|release|survey|figures|index|series|methodology|estimates)$|^(methodology|technical notes?)$"
    r"|^(sources|references|works cited|bibliography|notes|footnotes|endnotes)\s*:?$"
    # A learners' edition's word list and questions after the story.
    r"|^(vocabulary|word list|key words|comprehension questions|discussion questions|check your understanding)\s*:?$"
    # A science news site's note under the story: `Provided by Halvorsen University`.
    r"|^provided by [A-Z].{2,80}$"
    # A newsletter's sponsor block between its items: `A MESSAGE FROM HARBORLINE LOGISTICS`, `Together with Acme`.
    r"|^(a message from|sponsored by|presented by|together with|brought to you by) \S.{1,60}$",
    re.I,
)
# A science news site's note on the study, under the story: `More information: Rebecca Tran et al, ... DOI: ...`.
STUDY_NOTE = re.compile(r"^(more information|journal information|journal reference|original (study|paper|article))\s*:.{0,600}$", re.I)
# A newsletter's greeting before its first item: `Good Thursday morning. Today's top stories: ...`.
GREETING = re.compile(
    r"^(good (monday |tuesday |wednesday |thursday |friday |saturday |sunday )?(morning|afternoon|evening)|"
    r"happy (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|hello( again)?|hi( there)?|"
    r"welcome (back )?to)\b[^.!?]{0,60}[.!,]\s.{0,200}$",
    re.I,
)
# A paywall cutting the story off: what follows is the outlet's offer, never more of the story.
LIST_HEADING_PATTERNS["paywall"] = re.compile(
    r"^(subscribe|sign in|log in|register) to (continue|keep) reading\b.{0,60}$|^keep reading this (article|story)\W*$"
    r"|^to (continue|keep) reading,? (please )?(subscribe|sign in|log in|register)\b.{0,80}$"
    r"|^this (article|story|content) is (only )?(for|available to) (subscribers|members)( only)?\b.{0,40}$"
    r"|^you(['’]ve| have) (reached|used) (your|all of your) (free )?(article|story|monthly)?\s*(limit|articles)\b.{0,80}$"
    # `Already a subscriber? Click here to view full article`: the visible part ends there
    r"|^(already a (subscriber|member)\?\s*)?(click|tap) here to (view|read) (the )?(full|whole|rest of the) (article|story)\W*$",
    re.I,
)
# The notes the person who copied the story wrote under it for colleagues: `Notes for the team` / `- ...`.
LIST_HEADING_PATTERNS["reader-note"] = re.compile(
    r"^(my |our )?notes?( for (the )?(team|desk|editors?|us|me|meeting|call))\s*:?$|^(team|internal|action) notes\s*:?$", re.I
)
# A box of quotes beside a markets story: `Market data` / `Symbol` / `Last` / `NRDV` / `41.27` ...
LIST_HEADING_PATTERNS["market-data"] = re.compile(
    r"^(market data|stock quotes|market snapshot|(stocks|companies|tickers) (in|mentioned in) this (story|article)|in this article|"
    r"related (tickers|quotes|securities))$", re.I
)
# The list headings after which the page never returns to the story.
ENDING_LIST_HEADINGS = frozenset({"tag-list", "comments", "disclaimer", "boilerplate", "paywall", "end-mark", "reader-note"})
# A heading followed inline by its items: `POPULAR ARTICLE - Tax set to rise - Ferry returns`;
# also between the parts of a time line: `harbourreader » Fri Feb 07, 2025 8:14 pm`.
INLINE_LIST_SEPARATOR = re.compile(r"\s+[-–—|•·»›]\s+")

# A list heading that names the section first: `"Politics" POPULAR ARTICLE`.
SECTION_BEFORE_HEADING = re.compile(r"^[\"“‘']\s*(?P<section>[^\"”’']{2,40}?)\s*[\"”’']\s+\S")
# A section named inside a heading: `More in Politics`, `Section: Politics`.
SECTION_IN_HEADING = re.compile(r"^(?:more (?:in|from)|section:?)\s+(?P<section>[A-Z][\w &'-]{1,40})$", re.I)

# A photo credit as outlets print it: `Photo: Jane Roe/Example`, `(AP Photo/John Doe)`,
# `Getty Images`, `Jane Roe/Reuters`, `Credit: ...`.
_AGENCIES = (r"reuters|ap|afp|getty images|getty|supplied|kyodo|jiji( press)?|epa|efe|yonhap|xinhua|bloomberg|the yomiuri shimbun|aap|dpa|ansa|"
             # Photo agencies and picture libraries, which open a credit path in lower case: `picture-alliance/dpa/J. Woitas`.
             r"picture[- ]alliance|imago( images)?|shutterstock|alamy|pa (images|media|wire)|zuma( press)?|abaca( press)?|"
             # National agencies that credit their pictures under captions across Asia: `... at Wisma Putra. - Bernama`.
             r"bernama|antara|pna|vna|cna|anadolu( agency)?|wam|tass|"
             # and across South Asia: `Traders at a wholesale market in Surat.` / `PTI`.
             r"pti|ani|ians|unb|bss")
# A chart's credit, the desk that drew it: `Reuters Graphics`, `Chart: Westline Graphics`.
_CHART_DESK = r"(?:(?:chart|graph|graphic|map)s?\s*:\s*)?(?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}) (?-i:Graphics|Infographics?)"
CHART_CREDIT = re.compile(r"^" + _CHART_DESK + r"$", re.I)
# Sections' names, which a path of sections opens with (`NATIONAL / POLITICS`, `World / Asia`).
_SECTION_WORDS = (r"(?:news|world|national|nation|local|business|politics|sports?|opinion|culture|life|lifestyle|tech|technology|"
                  r"science|health|asia|europe|americas|africa|economy|markets|entertainment|travel|home)")
# The one-word names of a news site's menu items: a line made mostly of them is a menu (`clutter._is_menu`).
MENU_SECTION_NAMES = frozenset(
    "home news world national nation local business politics sport sports opinion opinions culture life lifestyle tech technology "
    "science health asia europe americas africa economy markets money entertainment travel obituaries obits weather video videos "
    "podcasts podcast photos food arts books music film movies tv television education environment climate crime courts "
    "classifieds jobs homes autos cars puzzles games crosswords newsletters e-edition e-paper epaper magazine editorials letters "
    "features lifestyles community communities region regional state metro nation events sponsored shopping deals reviews "
    "investigations investigation elections election columns columnists religion faith style fashion".split()
)
# Two menu items joined by a slash, one item of a menu: `Photos/Videos`, `Culture/Life`.
_MENU_NAME = r"(?:" + "|".join(sorted(MENU_SECTION_NAMES, key=len, reverse=True)) + r")"
_MENU_PAIR = _MENU_NAME + r"\s*/\s*" + _MENU_NAME + r"$"
# A photographer's name, a bar and the outlet: `Sam Ortiz | The Birch Hill Beacon`. The same shape is a byline
# (`Jane Roe | The Courier`), so it is a credit only where a caption stands over it and the byline was read
# (`take_standfirst`; with `for`, `PHOTOGRAPHER_FOR_OUTLET`).
NAME_AND_OUTLET = re.compile(
    r"^(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ.'’-]+){1,2}) \| (?:" + _AGENCIES + r"|(?-i:The [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}))$",
    re.I,
)
# Agencies that sell pictures only: a line ending in one is a credit, whatever stands before it.
_PICTURE_AGENCIES = r"getty images|shutterstock|alamy|imago|picture alliance|zuma press|zuma wire|sipa usa|nurphoto|sopa images|lightrocket"
# The short forms of ranks and titles a credit names a photographer by (`Staff Sgt. Jerome Whitaker`).
_RANKS = ("Sgt", "Lt", "Col", "Cpl", "Pvt", "Pfc", "Spc", "Capt", "Maj", "Gen", "Adm", "Cmdr", "Cdr", "Sr", "Jr", "Mr",
          "Ms", "Mrs", "Dr")
# The words of an office that hands out its pictures: `(Agency for Defense Development)`, `(Ministry of National Defense)`.
_CREDITING_OFFICES = ("agency", "ministry", "department", "office", "command", "forces", "navy", "army", "guard",
                      "institute", "government", "embassy", "corporation", "council", "administration", "bureau",
                      "survey", "service", "observatory", "authority", "commission")
_CREDIT = (
    # A credit's text holds no stop but an initial's: `Photo Credit: S. Karthikeyan`.
    # (the label in the languages of English editions' chrome: Hungarian, Finnish, Lithuanian, Polish, Georgian, Cyrillic)
    # (Korean pages credit in brackets: `[사진=새벽신문 DB]`)
    r"[\[(]사진\s*=\s*[^\])]{1,40}[\])]|"
    # (an office that provided the picture, in brackets, as a Korean daily prints it: `(Agency for Defense Development)`)
    r"\((?=[^()]*\b(?:" + "|".join(sorted(_CREDITING_OFFICES)) + r")\b)(?-i:[A-Z][\w'’&.-]+(?: (?:of|for|and|on|the|[A-Z][\w'’&.-]+)){1,6})\)|"
    # (a paper's picture sent on by an agency, from its archive: `Yomiuri Shimbun via AP file`)
    r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) via (?:AP|AFP|Reuters|Getty Images|Kyodo|Yonhap|EPA)(?:,? (?-i:file|File|FILE))?|"
    # (a source's label: `Source: AAP`)
    r"source\s*:\s*(?:" + _AGENCIES + r")|"
    # (Polish pages write `fot.` with its stop: `fot. Marta Zielonka/WPA`)
    r"fot\.\s+(?-i:[A-ZÀ-Þ])[^.…]{2,60}|"
    # (a picture a reader or an office sent in: `Submitted by Kestrel Valley Regional Municipality`)
    r"(?:(?:photo|image|picture) )?submitted(?: (?:photo|image|picture))? by (?-i:[A-ZÀ-Þ])[^.…]{1,60}|"
    # (a US weekly's credit after a dash: `Credit - Olaf Brandt—Getty Images`)
    r"credits?\s+[-–—]\s+(?-i:[A-ZÀ-Þ])[^.…]{2,60}|"
    r"(photo(graph)?(er)?|image|picture|pic|foto|fotó|kuva|nuotr|zdjęcie|ფოტო|фото|снимка|bild|video|illustration|graphic|credit)s?"
    # (a stop inside a web address is no sentence's: `Photo: Stockhaven.com`)
    # (or a rank's: `Credit: U.S. Air Force photo by Staff Sgt. Jerome Whitaker`)
    r"( credit| source| courtesy| by)?\s*(?:[:/]|\.{2,3}|…)\s*(?:(?-i:\b[A-Z]\.)|\.(?=(?:com|net|org|co|io|nl|de|fr|uk|jp)\b)|"
    r"(?-i:" + "|".join(rf"(?<=\b{rank})" for rank in _RANKS) + r")\.(?= [A-Z])|[^.…]){2,60}|"
    # (an office's long name may come before the agencies that sent the picture: `Photograph: Joint Staff Office of the
    # Defense Ministry of Japan/AFP/Getty Images`)
    r"photo(graph)?s?\s*:\s*(?-i:[A-Z])[^.…:]{2,80}/(?:AFP|AP|Reuters|EPA|Getty Images|Kyodo|Jiji|Yonhap|Xinhua|PA|Shutterstock)\b[^.…]{0,20}|"
    # A chart's maker and its data, a slash between: `Chart: Homefront News / HomeIndex data` (`Chart: Annual
    # change in CPI` is a chart's title).
    r"(chart|graph|infographic|map)s?\s*:\s*[^.…/]{2,40}/[^.…/]{2,40}|"
    # A government's own picture, as the UK's pages credit it under the caption: `Crown copyright`.
    r"crown copyright|"
    # A picture lent by its owner: `Courtesy of the Air Self-Defense Force`, maybe with the day it was lent, as
    # Taiwan's agency prints it: `Photo courtesy of the Ministry of National Defense Nov. 27, 2026`.
    # (in capitals, with initials' and ranks' stops, as a Hawaii daily prints it: `COURTESY U.S. ARMY / SGT. JAMAL R. WHITFIELD`)
    r"(?:photo )?courtesy(?: of)? (?-i:(?:the )?[A-Z\d])(?:[^.]|(?-i:(?<=\b[A-Z])|(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3}))\.(?=[ /A-Z]))"
    r"{1,60}?(?: (?-i:[A-Z][a-z]{2})\.? \d{1,2}, \d{4})?|"
    # (a Japanese paper's: `(Provided by the 11th Regional Coast Guard Headquarters)`)
    r"provided by (?-i:(?:the )?[A-Z\d])[^.()]{1,80}|"
    # (and an aerial picture: `(Taken from The Asahi Shimbun aircraft)`, `(Taken from a Kyodo News helicopter)`)
    r"taken from (?-i:(?:the |an? )?[A-Z])[^.()]{1,60}\b(?:aircraft|helicopter|plane|drone)|"
    r"(ap photo|afp photo|reuters photo|pool photo|(?-i:(?:(?:[A-Z][a-z][A-Za-z]{0,10}|[A-Z]{2,6}|U\.S\.) ){1,4}[Pp]hoto)|(?-i:(?:[A-Z][a-z][A-Za-z]{0,10} ){1,3}(?:[Pp]icture|[Ii]mage))(?=\s*[:/])|(?-i:(?:[A-Z]{2,} ){1,3}PHOTO|[A-Z]{2,6} (?:[Pp]hoto|[Ii]mage|[Gg]raphic))"
    # a Taiwanese site's outlet and photographer before `photo`: `(Taiwan News, Lin Chia-nan photo)`
    r"|(?-i:[A-Z][\w ]{1,30}), (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) (?-i:photo|image))"
    # The photographer after `by`, maybe with a rank: `DOD photo by Navy Petty Officer 2nd Class Tessa Moreau`.
    r"(/[^)]{1,40}|:\s*[^.…]{2,40}| by (?-i:[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|\d(?:st|nd|rd|th))){0,7}))?|"
    r"(" + _AGENCIES + r")( via (" + _AGENCIES + r"))?|"
    # An agency and the path of its credit after slashes: `picture-alliance/dpa/J. Woitas`, `AFP/Getty Images`
    # (a capital after the slash: desks' initials, `ap/rtr`, are the story's credits).
    r"(" + _AGENCIES + r")(?=[^/]*/[^()]*(?-i:[A-Z]))(?:\s*/\s*(?:(?-i:\b[A-Z]\.)|[^/.…()]){2,40}){1,3}|"
    # A name, a slash and an outlet. Case matters here (names are capitalised), also when
    # the whole pattern is compiled case-insensitively; it also keeps the search cheap.
    # A role after the slash makes it a byline instead: `Shari-Ann Lovell/Staff Reporter`.
    # A rank may stand before the name (`Mass Communication Specialist 2nd Class Dana Okafor/U.S. Navy`).
    # (an owner and the agency that sent the picture on: `Defense Ministry / via Meiho`)
    r"(?-i:[A-ZÀ-Þ][\w.'-]+(?: (?:[A-ZÀ-Þ][\w.'-]+|\d(?:st|nd|rd|th))){0,7})(?:\s*/\s*(?:via\s+)?(?!(?:[\w ]{0,30} )?(?:reporter|writer|correspondent|editor|columnist)s?\b)"
    # (in capitals, a rank before the photographer's name: `U.S. NAVY / MASS COMMUNICATION SPECIALIST 2ND CLASS DARREN OKAFOR`)
    r"(" + _AGENCIES + r"|(?-i:[A-Z][\w '’&-]{1,30})|(?-i:U\.S\. [A-Z][\w '’-]{1,30})|(?-i:[A-Z][A-Z0-9 .'’-]{30,70}))){1,3}|"
    # (a rank's or an initial's stop may stand before the name: `Photo by Army Sgt. Dominic Fairbanks`, `by J. Roe`)
    r"(photo|picture|image|illustration|graphic|map|chart|video)s? (by|from|courtesy of) (?:[^.]|(?-i:(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.(?= [A-Z]))){2,60}|"
    # (one photograph's credit; `Photographs by Jonas Berg` under a byline credits a feature's photographer)
    r"photograph (by|courtesy of) [^.]{2,60}|"

    # A photographer's name and e-mail address, as a US chain prints them: `Carlos Benítez cbenitez@coralcoastherald.com`.
    r"(?-i:[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,3}) [\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    # A photographer and a picture agency with a bar between: `Holt Danner | Northlight Images` (a bar before an
    # outlet alone is a byline's: `Jane Roe | Agencia Sur`).
    r"(?-i:[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,3})\s*\|\s*(?-i:(?:[A-Z][\w&'’-]+ ){0,3}(?:Images|Photos|Pictures|Photography))|"
    # A photographer's name in capitals and the agency in brackets: `JAVIER MONTORO (EFE)`.
    r"(?-i:[A-Z][A-ZÀ-Þ.'’-]+(?: [A-Z][A-ZÀ-Þ.'’-]+){1,3}) \((?:" + _AGENCIES + r")\)|"
    # A name and a picture agency after a comma, as a US paper prints the credit under a caption: `Rachel Voss, AP`.
    r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),\s*(?:ap|afp|reuters|getty images|usa today|epa|efe|bloomberg)|"
    # ... or with no comma, the agency in its own capitals, as a US chain's template prints it: `Ramón Echevarría AP`.
    r"(?-i:[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,3} (?:AP|AFP|EPA|EPA-EFE|Getty Images|TNS))|"
    + _CHART_DESK + r"|"
    # (or the outlet alone after the label, every word capitalised: `Chart: The Mercantile`; `Chart: Annual change in
    # CPI` is a chart's title)
    r"(?:chart|graphic)s?\s*:\s*(?-i:(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})|"
    # A picture agency's or a photographer's studio name alone, as a broadcaster prints it over its caption:
    # `Cambria Press Images`, `Northlight Pictures`.
    # (not a section's name for its galleries: `In Pictures`, `The Week in Pictures`, `More Images`)
    r"(?!(?:[\w&'’.-]+ )*(?-i:In|More|Latest|Top|Best|Our|Your|Most|All|See|View|Related|Featured|Editor's) )"
    r"(?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) (?-i:Images|Pictures|Photography)|"
    # A file picture's label: `File pic: Reuters`, `File photo: AFP`.
    r"file (pic|picture|photo|image)s?\s*:\s*[^.]{2,40}|"
    # A state broadcaster's credit after a slash: `... February 5, 2025. /Xinhua`, `/CFP`.
    r"/\s?(?:" + _AGENCIES + r"|(?-i:[A-Z][\w'’-]{1,20}(?: [A-Z][\w'’-]{1,20}){0,2}))|"
    # Parts before a picture agency, between bars or before `via`: `Lin Wei-ting | Bloomberg | Getty Images`,
    # `Kyodo News via Getty Images`. A bar before a news outlet alone is a byline's (`Jane Roe | Agencia Sur`).
    r"(?-i:[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,4})(?:\s*[|/]\s*(?-i:[A-Z][\w .'’&-]{1,30})){0,2}\s*(?:[|/]|\bvia)\s*(?:" + _PICTURE_AGENCIES + r")"
)
# A photographer working for the outlet, as US papers credit them: `Marieke Dijkstra for The Meridian Dispatch`.
# Only under a caption: alone, the shape is also a headline's (`Good News for The Harbour Gazette`).
PHOTOGRAPHER_FOR_OUTLET = re.compile(
    r"^(?!(?:The|A|An|Our|Your) )[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,3} for "
    r"(?:The [A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3}$|(?:[A-Z][\w&'’-]+ ){0,3}"  # `for The Tallgrass Record`, or a paper's word:
    r"(?:Times|Post|Dispatch|Herald|Journal|Guardian|Tribune|News|Chronicle|Telegraph|Globe|Observer|Review|Daily|Press|"
    r"Courier|Gazette|Independent|Mail|Ledger|Standard|Examiner|Inquirer|Sentinel|Star)$"
    r"|[A-Z]{2,6}$)"  # or the outlet's initials: `Rachel Dunmore for PAN`
)
# ... and with any outlet's name, under a line that reads as a photo's caption by its grammar (`A pharmacist checks the
# shelf at a drugstore in Halverton.` / `Dana Whitcombe for Clearline`).
PHOTOGRAPHER_FOR_ANY_OUTLET = re.compile(
    r"^(?!(?:The|A|An|Our|Your|By|From) )[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,3} for (?:The )?[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3}$"
)
# ... or the photographer's name in capitals and the paper after a comma, as a US chain prints it
# (`DEREK HALVORSEN, Cedar Valley Herald`), under such a line too.
PHOTOGRAPHER_IN_CAPITALS = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){1,3},\s*(?:The )?[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,4}$"
)
# A caption that ends with its credit: `A ferry leaves at dusk. (Photo: Jane Roe)`.
# The credit follows the caption's last stop, maybe after a bar (`... prairie. | Photo by ...`) or a
# dash glued to it (`... town. —ARNEL PALMA/COURIER FILE PHOTO`), or a dash.
# A credit in brackets that names the picture needs no stop before it: `... in the new year (Photograph by Kiara Roe)`.
_CREDIT_SEPARATOR = (
    r"(?:(?<=[.!?\"”])\s*(?:[|—–/]\s*)?|\s+[—–|/-]\s+"  # (`... Türkiye. / Photo: AA`)
    r"|\s+(?=\((?i:photo|photograph|picture|image|pic|foto)s?\b)"
    # (a photographer and the owner in brackets after a caption with no stop: `..., November 2026 (Liam Fraser/Department
    # of Defence)`)
    r"|\s+(?=\((?-i:[A-Z][\w.'’-]+ [A-Z][\w.'’-]+)[^()/]{0,40}/[^()]{2,60}\)$))"
)
CAPTION_CREDIT = re.compile(_CREDIT_SEPARATOR + r"(?P<credit>\(?(" + _CREDIT + r")\)?\.?)$", re.I)


# Words in outlets' names. A short title-case line made of them above the headline is the outlet.
OUTLET_WORDS = frozenset(
    "news times post herald gazette journal tribune daily press chronicle shimbun standard observer courier "
    "telegraph examiner mail star guardian independent review report today weekly monitor record sun mirror "
    "ledger courant enquirer advertiser bugle clarion mercury argus "
    "express globe bulletin dispatch inquirer register sentinel wire agency network radio tv television "
    "broadcasting media online zeitung nachrichten rundschau allgemeine journal le la el diario "
    "bureau desk".split()  # a desk signing for its writers: `ET Bureau`, `Metro Desk`
)
OUTLET_MAX_WORDS = 7
# The last word of an institution's name, never of a person's: `Continental Reserve System`,
# `Ashmere District Council` atop a page are the publisher, not an author.
INSTITUTION_WORDS = frozenset(
    "system council committee ministry office board bank reserve authority agency department commission "
    "parliament assembly government police court service institute university college school hospital "
    "foundation association union federation society centre center museum library company group "
    "corporation trust fund organisation organization administration secretariat bureau directorate "
    "municipality county district region province state city town".split()
)
# Words that end a page's label, never a person's name: `Press Statement`, `Leadership Strategy`.
LABEL_END_WORDS = frozenset(
    "statement statements strategy release releases readout remarks transcript briefing briefings analysis "
    "commentary opinion feature features explainer policy update updates coverage edition insight insights "
    # a newsletter's name: `Morning Brief`, `Weekly Digest`
    "brief digest newsletter bulletin roundup round-up "
    # an event's name, as a ministry titles its release: `Japan-Australia Defense Ministerial Meeting`
    "meeting meetings summit dialogue conference consultations visit ceremony forum talks".split()
)
# The same for names written without spaces (Japanese, Chinese): the name ends with one of these.
OUTLET_ENDINGS_CJK = ("新聞", "ニュース", "通信", "日報", "タイムズ", "新闻", "日报", "時報", "时报")

# An English month's name or its short form, for the patterns written before the timeline's names below.
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"

# A breadcrumb trail: `Home > World > Asia`, `News › Politics`.
BREADCRUMB = re.compile(
    r"^[\w &'.-]{2,30}(\s*[>›»/]\s*[\w &'.-]{2,30})+$|^[\w&'.-]+(?: [\w&'.-]+)?(\|[\w&'.-]+(?: [\w&'.-]+)?)+$"
    # With arrows the items may be long names: `Home > Committees > Public Accounts and Audit Committee > News`.
    r"|^[^>›»]{2,60}(\s+[>›»]\s+[^>›»]{2,60}){2,}$"
    # From the home page on, its last item may be the headline itself: `Home/ India/ Delhi Fog: 180 Flights ...`.
    r"|^(?i:home|homepage|start|startseite|accueil|inicio|início|home page)\s*[/>›»|]\s*\S.*[/>›»|]\s*\S"
    # Labelled as the reader's place on the site: `Current location: Home > Trade`, `You are here: News / Asia`.
    r"|^(?i:(?:current |your )?(?:location|position)|you are here|当前位置|當前位置|現在位置)\s*[:：]\s*\S.{0,120}[/>›»|]\s*\S"
)

# A line with a reporting verb is the story's, whatever else it says (`Download the app, the mayor
# urged`): several patterns of the outlet's own notes and prompts below open with this.
ATTRIBUTION_WORDS = r"said|says|told|according to"
# A line a source speaks in is the story's, whatever else it says: `"Support us," the mayor said.`
ATTRIBUTED = re.compile(r"\b(" + ATTRIBUTION_WORDS + r")\b")
_NOT_ATTRIBUTED = r"(?!.*\b(" + ATTRIBUTION_WORDS + r")\b)"
# Nor does a prompt report what someone did: `Stay away from the area, the police app warned residents.`
_NOT_REPORTED = _NOT_ATTRIBUTED + r"(?!.*\b(warned|wrote|added|announced|reported)\b)"

# The ISO 639-1 codes a site's language switcher prints (`RO | EN`).
_LANGUAGE_CODES = (
    "en|fr|de|es|it|pt|ru|uk|zh|ja|ko|ar|fa|tr|pl|nl|el|hu|ro|sv|da|no|nb|fi|cs|sk|bg|hr|sr|sl|et|lv|lt|id|ms|vi|th|hi|he|"
    "ka|hy|az|kk|uz|ca|eu|gl|ga|cy|is|sq|mk|bs|mt|ur|bn|ta|sw|am"
)

# Whole lines that are clutter wherever they stand. Group name = drop reason. Lines that read
# as long sentences are tested only against LONG_CLUTTER: a notice may be a long sentence,
# a share button never is.
CLUTTER_LINE_PATTERNS: dict[str, re.Pattern[str]] = {
    # A note the person who copied the story added between its paragraphs, in a shared document:
    # `[Comment: worth pulling the 2023 numbers]`.
    "reader-note": re.compile(r"^\[(comment|note|notes|nb|todo|q|question)\s*:.{1,400}\]$", re.I),
    "share-buttons": re.compile(
        r"^((share( this( article| story)?| on \w+| via \w+)?|tweet|post|email|e-mail|print|copy( the)? link|"
        r"link copied|facebook|twitter|x|line|whatsapp|linkedin|reddit|pinterest|threads|bluesky|hatena|share\d+|"
        r"click (here )?to share.{0,40}|"
        # a newsletter's own: `Forward to a friend`, `Forward this email`
        r"forward( this)?( (e-?mail|newsletter|story|article))?( to a friend)?|"
        r"save( article)?|bookmark|edit|gift( this)? article|comments?|\d+ comments?|teilen|シェア|ツイート|"
        r"partager (l['’]article|cet article)|compartir (el|este) artículo|partilhar|compartilhar|condividi|"
        # the link's button in the languages of English editions' chrome
        r"copiar (enlace|link|el enlace|o link)|copier le lien|link kopieren|copia (il )?link|link kopiëren|"
        # A wire's button to license the story, beside its share buttons: `Purchase Licensing Rights`.
        r"(purchase )?licensing rights|"
        # The text-size buttons beside them: `Font size A A`, `Text size A+ A-`.
        r"(font|text) size( ?a[+-]?)*|link)[\s|/·•,!]*)+$",
        re.I,
    ),
    "navigation": re.compile(
        r"^(skip (to|navigation)\b.{0,30}|jump to .{0,30}|menu|home|search|sign in|log ?in|log ?out|register|"
        r"subscribe( now)?|back to top|open (side )?menu|close|toggle navigation|main menu|next article|"
        r"previous article|listen to (this )?(article|story|report|piece).{0,20}|\d+ min(ute)?s? read|"
        r"leer en español|read in \w+|en español|auf deutsch|en français|日本語|english( version)?|translate|"
        # the article in the outlet's other language: `Japanese version`, `Chinese edition`, `日本語版`
        r"(japanese|chinese|korean|vietnamese|thai|indonesian|french|german|spanish|arabic) (version|edition)|日本語版|中文版|한국어판|"
        r"\(?read (the|this) (article|story|original) in \w+\.?\)?|open in( the)? app|"
        # A search box's placeholder: `Search quotes, news & videos`.
        r"search (quotes|news|videos|articles|stories|the site|this site)\b[^.]{0,30}|"
        # A download of the page as a file, with its size: `Download the Critical Questions 214kb`.
        r"download\b.{0,60}\b\d+(\.\d+)?\s?(kb|mb)|available downloads|"
        # A language switcher on one line: `English Français`, `English | 日本語 | 中文`.
        r"((english|français|francais|deutsch|español|espanol|italiano|português|русский|українська|日本語|中文|简体中文|"
        r"繁體中文|简体字|繁體字|한국어|العربية|فارسی|türkçe|polski|nederlands|ελληνικά|magyar|română|svenska|dansk|norsk|"
        r"suomi|čeština|bahasa indonesia|tiếng việt|ไทย|हिन्दी|עברית)[\s|/·•,]*){2,}|"
        # ... or by the languages' two-letter codes between bars: `RO | EN`, `EN / FR / DE`.
        r"(" + _LANGUAGE_CODES + r")(\s*[|/·•]\s*(" + _LANGUAGE_CODES + r")){1,}|"
        r"(home|news|world|business|sport|sports|opinion|politics|culture|tech|science|video|menu)"
        r"(\s*[|•·]\s*[\w &'-]{2,20}){2,})$",
        re.I,
    ),
    "advertising": re.compile(
        r"^a message from [^:]{2,40}:.*$|"  # a sponsor's message inside a newsletter
        # an ad's button, alone on its line: `Shop now`, `Get offer`, `Start free trial` (no story's line is so curt)
        r"^(?:(?:shop|buy|order|book|apply|install|get it) (?:now|today)|(?:get|see|claim) (?:the )?(?:offer|deals?)|get (?:a )?quote|"
        r"start (?:your )?free trial|try (?:it )?(?:for )?free)!?$|"
        # an ad slot's label with its campaign: `PT Mag Campaign AD`, `TEXT AD: Call Willie - ...`
        r"^(?-i:[A-Z][\w ]{0,30}) (?:campaign|banner) ad$|^text ad\s*:.{2,200}$|"
        r"^" + _NOT_ATTRIBUTED + r".{0,160}\b(terms|conditions|t&cs|terms and conditions) apply\W*$|"  # an offer's small print
        r"^[-–—]?\s*\[?(advertisement|advertising|ads?|ads by .{2,30}|sponsored( content)?|sponsor message|paid (post|content)|anzeige|werbung|"
        r"publicidad|publicidade|publicité|pubblicità|anuncio|reklama|reklame|advertentie|annons|annonse|mainos|"
        r"hirdetés|reklam|διαφήμιση|реклама|"
        r"広告|广告|廣告|광고|quảng cáo|إعلان|pr|(story|article) continues( (below|after)( (this )?(advertisement|ad|gallery|video|photos?))?)?|skip advertisement|"
        r"advertisement \d{1,2}|this advertisement has not loaded yet.{0,80}|report this ad|"
        r"(hide|close|skip|show|remove) (this )?(ad|advert|advertisement)|"  # the button beside an ad slot
        r"advertisement\s*[·|•–-]\s*scroll to continue( reading)?|(video )?ad feedback|"
        r"advertise( with| on)? (us|(?-i:[A-Z])[\w&.' -]{1,30})|werben sie bei uns|publicidad con nosotros|annoncez chez nous)\]?\s*[-–—]?$",
        re.I,
    ),
    "newsletter": re.compile(
        r"^(sign up|subscribe)\b.{0,80}(newsletter|inbox|updates|alerts?)\b.*$|^(get|receive) (our|the) .{0,40}newsletter.*$|"
        # A sign-up form's box to tick, in the reader's voice: `I agree to receive emails and accept the privacy policy.`
        # (a form's star may mark it required: `* I understand and agree that registration on or use of this site
        # constitutes agreement to its user agreement and privacy policy.`)
        r"^(\*\s*)?(i|i['’]d|i would) (understand and |have read and )?(agree|accept|consent|like|want)\b.{0,80}"
        r"\b(e-?mails?|newsletters?|offers|privacy|terms|marketing|user agreement)\b.{0,120}$|"
        r"^thanks for reading\b.{0,80}\b(subscribe|sign up)\b.*$|"
        # A sign-up form's answers, printed hidden under it: `Thank you for signing up!`, `Sorry, there seem to be
        # some issues. Please try again later.`, `Submitting...`
        r"^see our privacy (notice|policy)\W*$|^we have more newsletters\W*$|"
        r"^you['’]ve been signed up\W*$|^you['’]re (all )?signed up\W*$|^explore all (your|our) (options|newsletters)\W*$|"
        # a follow button's pop-over: `Posts from this topic will be added to your daily email digest and your homepage feed.`
        r"^(posts|stories|articles|updates) (from|by|about|on) this (topic|author|writer|reporter|section|tag)\b.{0,20}\b"
        r"will (be added to|appear in|show up in) your\b.{0,80}$|"
        r"^(thank you|thanks) for (signing up|subscribing|registering)( (to|for) [^.!?,]{1,40})?\s*[.!]*$|^submitting\s*(\.{3}|…)?$|"
        r"^(sorry|oops)\b.{0,40}\b(there (seems?|was|were|are) (to be )?(some |an? )?(issues?|problems?|errors?)|"
        r"something went wrong)\b.{0,20}[.!]?( please try again( later)?[.!]?)?$|"
        # A metered paywall's count over the story, which goes on under it: `You've read 1 of 3 free articles this month.`
        r"^you(['’]ve| have) (read|used) \d+ of (your )?\d+ (free )?([\w-]+ )?(articles|stories)\b.{0,200}$|"
        # A newsletter's greeting, sign-off and editor's signature around the story it carries.
        r"^(good (morning|afternoon|evening|day)|hello|hi|hey)\b[^.!?]{0,60}[,.!]\s.{0,300}"
        r"\b(briefing|newsletter|edition|digest|issue|inbox|today we|this week we|what you need to know|here['’]s what|"
        r"(today['’]s|our) (lead|top|main) (story|stories))\b.*$|"
        # the greeting, then what the issue holds: `Good morning. Today: Indonesia's quota squeeze ...`
        r"^(good (morning|afternoon|evening|day)|hello|hi|hey)\b[^.!?]{0,60}[,.!]\s+(today|this (morning|week|evening)|inside|in this (issue|edition)):\s.*$|"
        # Its editor's credit at the end: `Today's briefing was edited by Hanne Ruud. Got a tip? Reply to this email.`
        r"^(today['’]s|this|this week['’]s) (briefing|newsletter|edition|digest|issue|e-?mail) was (edited|written|compiled|produced|put together) by\b.{0,200}$|"
        r"^(that['’]s (all|it) for (today|now|this (week|morning|evening|edition|issue))|see you (tomorrow|next week|on \w+day))\b.{0,160}$|"
        r"^(enjoying|like|liked|love|loving) (the|this|our|today['’]s) (briefing|newsletter|e-?mail|edition|digest)\?.{0,80}$|"
        r"^[—–-]\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3},\s*[\w ]{0,30}\b(briefing|newsletter|digest)\b[\w ]{0,20}$|"
        r"^(got|have) a (tip|story( idea)?|question|feedback)\b.{0,60}\b(reply|e-?mail|write)\b.{0,60}$|"
        # a tip box: `Do you have a tip? Has your water system told you ...? We want to hear from you.`
        r"^(do you have|got|have) a (news )?tip\?.{0,300}\b(hear from you|contact us|get in touch|email us|reach us)\b.{0,60}$|"
        r"^read (the )?(full|whole|rest of the) (story|article|report)\b.{0,120}$|"
        # A newsletter box's description of itself: `A weekly roundup of the security news that matters`,
        # `The best new restaurants, bars, and food news, delivered every Thursday.`
        r"^" + _NOT_ATTRIBUTED + r".{0,100}\bdelivered (to your inbox |straight to your inbox )?"
        r"(every|each) (day|week|morning|evening|weekday|(mon|tues|wednes|thurs|fri|satur|sun)day)\b.{0,30}$|"
        r"^" + _NOT_ATTRIBUTED + r"(a|an|the|our)( free| weekly| daily| monthly| twice-weekly| nightly| morning| evening)* "
        r"(roundup|round-up|digest|newsletter|briefing|e-?mail|dispatch)"
        r"(\s+(of|for|on|about|from|with|covering|featuring)\b[^.!?]{0,80})?[.!]?$|"
        r"^the (day|week|morning)['’]s (biggest|top|most important|essential)\b[^.!?]{0,40}\b(stories|news|headlines)\b[^.!?]{0,50}[.!]?$|"
        # A chain's account and newsletter promotions between paragraphs.
        r"^(interested in|looking for|want) more (newsletters|stories|news|local news)\?.{0,60}$|"
        r"^access (articles|stories|news) from across\b.{0,60}\bwith (one|a single) account\b.{0,60}$|"
        r"^subscribe to\b.{0,80}\b(edition|access|subscription|membership)\b.{0,40}\bfor (just|only)\b.{0,120}$|"
        r"^(after|skip past) newsletter promotion$|^privacy notice:.{0,40}\bnewsletters?\b.*$|"
        # A prompt inside the story: `Get more Alder Springs news by signing up for our newsletter.`,
        # `Stay up to date with the latest news. Follow us on WhatsApp Channels.`
        r"^" + _NOT_REPORTED + r"(get|want|like|love|enjoy|stay|never miss|don'?t miss)\b[^.!?]{0,100}[.!?]?\s*[^.!?]{0,80}"
        r"\b(newsletters?|(in|to|into) your inbox|by e-?mail|whatsapp|telegram channel|channels)\b[^.!?]{0,80}[.!?]?"
        r"(\s*(sign up|subscribe|register|join)( here| now| today| for free)?[.!]?)?$|"  # `... our weekly newsletter. Sign up here.`
        # A sign-up box's pitch: `Get the latest headlines, breaking news and columns.`
        r"^get (the )?latest( [\w-]+){0,2} (headlines|news|updates|stories)\b.{0,240}$|"
        r"^(get|unlock|try) (the|our) [^.!?]{0,40}\b(briefing|newsletter|digest)\b[^.!?]{0,80}[.!?]?$|"
        # A subscription offer's small print: `€1 a week for the first 12 weeks. Cancel anytime.`
        r".{0,80}\bcancel any ?time\b.{0,100}|"
        # A subscription offer: `Get unlimited digital access to the Courier for just $1`.
        r"^(get|enjoy|unlock|start|try|gain)( unlimited| full| digital| all-access| premium| instant)+ (digital )?"
        r"(access|subscription)\b.*$|"
        # Offers to deliver the outlet: `Get great science journalism ... delivered to the doorstep.`
        r".{0,100}\b(delivered|sent) (right |straight )?to (your |the )?(doorstep|door|inbox|mailbox)\b.{0,40}|"
        # A newsletter box's e-mail field: `Enter your email address`, `Your email`.
        r"^((enter|type) )?(your )?e-?mail( address)?( here)?\W*$",
        re.I,
    ),
    # The outlet speaking to the reader, inside or under the story: to follow it on a channel,
    # get its app, read the story there, comment, or write back to a newsletter. The verb opens
    # the line and a channel of the outlet's is named: a story's sentence about an app has neither.
    "reader-prompt": re.compile(
        # Attributed, the same words are the story's: `Download the app, the mayor urged.`
        r"^(?!.*\b(said|says|urged|added|told|according to)\b)(?:"
        # A newsletter platform's pitch under a post: `The Fare Box is a reader-supported publication. To receive new posts
        # and support my work, consider becoming a free or paid subscriber.`
        r"^.{2,60}\bis a reader-supported publication\b.{0,200}$|"
        r"^to receive new posts and support (my|our) work\b.{0,120}$|"
        # A reporter's contact under the story: `Reach the reporter at ana@example.com or 602-444-8172. Follow her on X ...`
        r"^(reach|contact|e-?mail) (the reporter|the writer|the author|him|her|them|me|us) (at|by|on)\b.{2,200}$|"
        r"^follow (him|her|them|me|us) on (x|twitter|instagram|threads|bluesky|facebook|linkedin)\b.{0,80}$|"
        # A news app's share text over the story it sends: `I thought you might find this article from The Kaiyo Shimbun
        # interesting:`, and the phone's signature under it: `Sent from my iPhone`.
        r"^(i )?thought you (might|would|'d) (find|like|enjoy) this (article|story|piece|report)\b.{0,80}$|"
        r"^i (found|saw|read) this (article|story|piece) (on|in|from) .{2,60}\b(thought of you|you might like)\W*$|"
        r"^sent from my (iphone|ipad|android|samsung|galaxy|pixel|phone|mobile)\b.{0,30}$|"
        # A promotion closing on its call, exclaimed: `Catch every big hit ... with Crick-Zone, ... & much more. Explore now!`
        r"^.{10,240}[.!]\s+(explore|download|subscribe|sign up|try it|check it out|install|join|shop) (now|today|here)!$|"
        # ... or by the handle: `Follow @PriyaRaman_HV on X`
        r"^follow @[\w.]{2,30}(?: and @[\w.]{2,30})? on (x|twitter|instagram|threads|bluesky|facebook|linkedin|mastodon)\b.{0,40}$|"
        # An appeal's opening question under the story: `Before you go, can we ask a favour?`
        r"^(before you go,? |one more thing,? )?(can|may|could) (we|i) ask (you )?(for )?(a|one) (small |quick )?favou?r\W*$|"
        # A column's sign-off to a trial: `For more insights like these, click here to try Viewpoints for free.`
        r"^for more (insights|analysis|stories|columns|commentary) like (these|this)\b.{0,120}\b(click|try|sign up|subscribe)\b.{0,80}$|"
        # A desk's social pitch: `Like Business on Facebook, follow @MargallaBiz on Twitter to stay informed ...`
        r"^like .{2,40} on facebook\b.{0,200}$|"
        # A breaking-news alert's pitch: `Be the first to know`, `Get browser notifications for breaking news, ...`
        r"^be the first to know\W*$|^get (browser|push|desktop|breaking news) (notifications|alerts)\b.{0,120}$|"
        # An appeal closing on what the reader's support does: `... our journalists are there. Your support keeps us
        # independent.`
        r"^.{0,400}\b(your|readers['’]?|reader) support (keeps|helps|allows|lets|makes|means) (us|this|our)\b.{0,80}$|"
        # A comment box's prompt and a network's pitch: `Want to join the conversation? Please or to comment on this
        # article.`, `Check out our other news outlets: ...`
        r"^want to join the conversation\?.{0,120}$|^check out our other (news )?(outlets|sites|publications|newsletters)\b.{0,200}$|"
        # A site's account prompt: `Create a Website Account - Manage notification subscriptions, save form progress ...`
        r"^create an? (website |free |new )?account( [-–—:] .{2,120})?$|"
        # A broadcaster's pitch for its stream: `Stream NEWS 8 24/7 for free on the NEWS 8 app, Roku, Fire TV and more.`
        r"^(stream|watch) (?-i:[A-Z\d]).{0,60}\b(for free|24/7)\b.{0,100}$|"
        # An event's invitation in its promotion box: `Join 8,000+ founders, investors and operators for three days of ...`
        r"^join (\d[\d,.]*\+?|thousands of|hundreds of|more than \d[\d,.]*) [^.!?]{3,80}\b(for|at)\b[^.!?]{3,120}[.!]?$|"
        # A social post's pointer to its link: `🔗 Full story at the link in bio.`, `Link in bio for more`
        r"^\W{0,3}(full story|read more|more|details|read the full story)?[^.!?]{0,20}\blink in (our )?bio\b.{0,40}$|"
        # A portal's line under every story: `Get Current Updates on India News, ... along with Latest News and Top
        # Headlines at The Indus Times.`, `Catch all the Business News, Market News ... on Live Mint.`
        r"^(get|catch) (all )?(the )?([\w-]+ ){0,2}(updates|news)\b.{0,300}\b(latest news|top headlines|"
        r"breaking news|news updates|latest updates|also,? get the latest)\b.{0,200}$|"
        r"^track (the )?latest news\b.{0,200}$|"
        # the outlet's standing lines under its stories: `Stay up to date with the latest news from The Tabua Times.`,
        # `For more stories like this, check our news page.`, `Information is power, and we believe it should be free.`
        r"^stay (up to date|informed|in the know) with (the latest|all the latest|our)\b.{0,100}$|"
        r"^for more (stories|news|articles|updates) like this\b.{0,100}$|"
        r"^information is power\b.{0,120}$|"
        # a newsroom's disclosure of its funders: `Disclosure: X have been financial supporters of ...`,
        # `Financial supporters play no role in the Chronicle's journalism.`
        r"^disclosure:.{0,300}\b(financial supporters?|sponsors?|donors?|funders?)\b.{0,200}$|"
        r"^(financial supporters|donors|sponsors|funders) play no role in\b.{0,200}$|"
        # the outlet's event advert: `Big news: The Caprock Ideas Festival returns ... Tickets are on sale now.`
        r"^.{0,200}\btickets (are )?(on sale|available) now\b.{0,40}$|"
        # another story's linked headline with a stop: `Read: Chip stocks have doubled. Here's why ...`, `SEE ALSO: What is
        # it and how do foreigners get one?` (one without, a teaser's, is read as a related list)
        r"^(read|read more|also read|read also|see also|related)\s*:\s+(?-i:[A-Z‘“\"'])(?=.*[.!?][\"”’]?(\s+(?-i:[A-Z‘“])|$)).{10,200}$|"
        # A wire's or a paid service's pitch: `Before it's here, it's on the Kestrel Terminal.`, `Don't miss these insights
        # from Tickerline PRO`, `Subscribe to The Commerce Herald Prime and read the ePaper online.`
        r"^before it['’]s here, it['’]s on the\b.{2,40}$|^don['’]t miss (these|this|our) (insights|stories|analysis|coverage)\b.{0,60}$|"
        r"^subscribe to\b.{2,60}\b(and|to) read\b.{0,80}\b(e-?paper|online|premium|stories|articles)\b.{0,40}$|"
        # `Subscribe to SENTINEL PLUS to get access to The Manila Daily Sentinel and other 70+ titles, share up to 5 gadgets`
        r"^subscribe to\b[^.!?]{2,60}\bto (get|gain|enjoy) (unlimited |full |exclusive )?access to\b.{0,240}$|"
        # An appeal closing an article: `In a time of both misinformation and too much information, quality journalism is
        # more crucial than ever.` / `By subscribing, you can help us get the story right.`
        r"^(?!.*\b(?:said|says|told)\b).{0,120}\b(quality|independent|good|trusted) journalism is more "
        r"(crucial|important|vital|essential|needed|necessary) than ever\b.{0,120}$|"
        r"^by subscribing,? you (can )?(help|support) us\b.{0,80}$|"
        # An appeal in the outlet's voice, closing on its ask: `We've been working hard to bring you ... Consider supporting X.`
        r"^.{0,200}\bconsider (supporting|subscribing to|donating to|becoming a (member|subscriber|supporter) of) "
        r"(?-i:(?:the |The )?[A-Z])[\w .'’&-]{1,40}[.!]?$|"
        # A metered paywall's count: `You've read 1 article in the last month`, `We’re really glad that you’ve read 12
        # Tel Aviv Herald articles in the past month.`
        r"^(?:[\w’',:!]+ ){0,6}?you(['’]ve| have) read \d+ ([\w'’&.-]+ ){0,4}?(free )?(articles?|stories|story) "
        r"(in the (last|past)|this|over the (last|past)) (month|week|year|30 days)\b.{0,120}$|"
        # A subscription's pitch in the story's column: `Did you know with a Digital Subscription to the Courier, you
        # can get unlimited access to the website ...`
        r"^(did you know\b.{0,20}\b)?with an? (digital |premium |print |online )?(subscription|membership) (to|from) .{2,60}, "
        r"you (can|will|get|could)\b.{0,300}$|"
        # An appeal for money, in the outlet's voice: `We rely on the support of our readers. Become a patron or make
        # a one-time donation to help us keep reporting.`
        r"^.{0,200}\b(we rely on (the )?(support|generosity) of (our )?readers|become an? (patron|member|supporter)|"
        r"(independent|quality|good) journalism costs money|(get|for|with) unlimited access to (all )?(of )?(our|the)( \w+)? "
        r"(articles|stories|journalism|content|reporting)|"
        r"make an? (one-time|one-off|monthly|regular|small) (donation|contribution|gift))\b.{0,200}$|"
        # An app's pitch: `Get bite-sized news via a new cool app`, `Try SCN Snaps, the quickest way to catch up ...`
        r"^" + _NOT_REPORTED + r"(get|try|download)\b[^.!?]{0,80}\b(via|on|with|in) (our|the|an?|new) ([\w-]+ ){0,2}app\b[^.!?]{0,40}[.!]?$|"
        r"^(try|download|get)\b[^.!?]{0,60}\b(the )?(quickest|fastest|easiest|best|simplest) way to (catch up|keep up|stay (informed|up to date))\b.{0,80}$|"
        r"^" + _NOT_REPORTED + r"(click here to |tap here to )?(follow|download|install|get|join|read|open|continue reading|watch|listen to|subscribe to|stay)\b[^.!?]{0,80}"
        r"(\b(our|the|us|this)\b|\b[A-Z][\w ]{1,40}[’']s\b)[^.!?]{0,60}\b(app|whatsapp|telegram|channels?|newsletters?|alerts|notifications)\b"
        r"[^.!?]{0,80}[.!?]?(\s+(click|tap) here\b[^.!?]{0,80}[.!?]?)?"
        # and what else the prompt offers: `You can also stream WBRX 8 News on Roku and Apple TV.`
        r"(\s+you can also\b[^.!?]{0,120}[.!?]?)?$|"
        # The outlet asking for support: `Support Kōwhai's journalism`, `Unlimited access to trusted journalism.`
        r"^(support|fund|back) (our|independent|local|(?-i:[A-Z])[\w’' -]{1,40}[’']s) (journalism|reporting|newsroom)\b.{0,80}$|"
        r"^unlimited (digital )?access to\b.{0,80}$|"
        r"^subscribe (now )?(for|from) [$€£¥]?\s?[\d.,]+\s*(/|a |per )\s*(week|wk|month|mo|year|yr)\b.{0,40}$|"
        r"^i hope you appreciated this article\W*$|^keep (?-i:[A-Z])[\w’' .-]{1,30} (independent|free)\.\s.{0,120}$|"
        r"^become an? (?-i:[A-Z])[\w’' .-]{1,30} (sponsor|member|supporter)\W*$|"
        r"^follow our (deep[- ]dive |in-depth |ongoing |full )?(reporting|coverage) (on|of)\b.{2,160}$|"
        r"^get briefed on\b.{2,80}$|^\*?\s*all fields (are required|must be completed)\b.{0,60}$|"
        r"^sign up to (receive|get)\b.{0,160}\b(e-?mails?|newsletters?|updates|alerts|briefing)\b.{0,120}$|"
        r"^\*?\s*(subscribers?|members?|premium) only\W*$|"
        # The outlet's channels and its appeal box: `Follow Beacon News on WhatsApp`, `Keep up with all the latest news ...
        # by following Beacon News`, `Your support helps us to tell the story`, `Support free-thinking journalism`.
        r"^(follow|join) (?-i:[A-Z])[\w’' &.-]{1,40} on (whatsapp|telegram|x|twitter|instagram|facebook|threads|bluesky|"
        r"google news|linkedin|youtube)( channels?)?( for (the )?(latest|breaking|all the)\b[^.!?]{0,120})?\W*$|"
        # An appeal for the outlet's journalism, in the wordings outlets use: `Good journalism is expensive, but ...`,
        # `... free to read ... Help us keep it that way.`
        r"^good journalism (?:is expensive|costs money)\b.{0,200}$|"
        r"^(?!.*\b(?:said|says|told)\b).{0,120}\bfree to (?:read|access)\b.{0,120}\bhelp us keep it (?:that way|free)\W*$|"
        # A nonprofit's licence to republish: `Our stories may be republished online or in print under Creative Commons ...`
        r"^our (?:stories|articles|work) may be republished\b.{0,160}$|"
        # Thanks to sponsors and appeals for donations, in the outlets' wordings: `Grist thanks its sponsors. Become one.`,
        # `Reader support helps sustain our work. Donate today ...`
        r"^[A-Z][\w&'’. -]{1,40} thanks its sponsors\b.{0,40}$|"
        r"^(?!.*\b(?:said|says|told)\b)reader support (?:helps|keeps)\b.{0,200}\bdonate\b.{0,120}$|"
        # An outlet's word on its own ethics: `Note: We at Inc42 take our ethics very seriously. More information ...`
        r"^(?:note: )?we at [A-Z][\w&'’. -]{1,40} take our ethics\b.{0,160}$|"
        # An affiliate note: `Our bookshop links support independent bookstores. X may earn a commission from purchases ...`
        r"^(?!.*\b(?:said|says|told)\b).{0,160}\bmay earn (?:a |an )?(?:small )?(?:affiliate )?commission\b.{0,120}$|"
        # A toggle over a box: `Expand to see the country-by-country breakdown`
        r"^(?:click to )?expand to (?:see|read|view)\b.{0,80}$|"
        # A comment section's prompt under the story: `SHARE YOUR THOUGHTS` / `Should regulators ...? Join the conversation below.`
        r"^share your thoughts\W*$|^(?!.*\b(?:said|says|told)\b).{0,200}\bjoin the conversation below\W*$|"
        # A sign-up box's privacy line: `We will use your email address only for the purpose of sending you newsletters.`
        r"^we will (?:only )?use your e-?mail(?: address)? only\b.{0,240}$|"
        # A call for tips: `Do You Have a Tip?` / `Have you been billed ...? We want to hear from you.` / `Contact Us Securely`
        r"^(?:do you have|have|got) a (?:news )?tip\W*$|^contact us securely\W*$|"
        r"^(?!.*\b(?:said|says|told)\b).{0,240}\bwe(?:['’]d| would)? (?:want|like|love) to hear from you\W*$|"
        # An opinion page's invitation to write letters: `The Times is committed to publishing a diversity of letters to
        # the editor. We'd like to hear what you think about this or any of our articles. ...`
        r"^(?!.*\b(?:said|says|told)\b)(?:the )?[\w&'’. -]{1,40} is committed to publishing a diversity of letters\b.{0,300}$|"
        r"^(?!.*\b(?:said|says|told)\b)we(?:['’]d| would) (?:like|love) to hear what you think about this\b.{0,240}$|"
        # A paywall's note over the story: `This story is available exclusively to Capital Insider subscribers. ...`
        r"^this (?:story|article) is (?:available )?(?:exclusively|only) (?:available )?(?:to|for) [^.!?]{0,40}"
        r"\b(?:subscribers|members)\b.{0,120}$|"
        r"^keep up with\b[^.!?]{0,120}\bby following\b[^.!?]{0,60}[.!]?$|"
        r"^(follow|join) (?-i:[A-Z])[\w’' &.-]{1,40} on [\w ]{2,40}\b(and|&) [\w ]{2,30} to (join|follow)\b.{0,60}$|"
        r"^get (breaking news|the latest news|news) alerts\b.{0,120}$|^(kindly|please) share this (story|article)\W*$|"
        r"^stay informed and ahead of the curve\b.{0,240}$|"
        r"^find out what['’]?s happening in\b.{2,80}\b(updates|alerts|newsletters?)\b.{0,40}$|^let['’]?s go\W*$|"
        # An outlet asking for readers' pieces, and a writer's and an app's asks: `We want to hear from you`,
        # `Want to submit a guest commentary ...?`, `Support my work with a digital subscription`, `Take Us With You`.
        r"^translation of an? (original )?(article|story) (originally )?published in\b.{0,60}$|"
        r"^stay ahead with (our|the)\b.{0,80}$|^(was|is) the information on this page (helpful|useful)\??$|"
        r"^is there (anything|something) wrong with this (page|article|story)\??$|"
        r"^we want to hear from you\W*$|^want to submit an? (guest commentary|commentary|letter|op-?ed|story tip)\b.{0,300}$|"
        r"^support my (work|journalism|reporting)\b.{0,60}$|^take us with you\W*$|"
        r"^(your support helps\b.{0,60}|support (free[- ]thinking|independent|quality|trusted|fearless) journalism\b.{0,40})$|"
        # A sponsor's slot between paragraphs: `Support Provided By: Learn more`.
        r"^support (provided|made possible) by\b.{0,60}$|"
        # A contributor's own links: `Follow me on LinkedIn. Check out my website.`
        r"^(follow|find|connect with) me on (linkedin|x|twitter|instagram|facebook|threads|bluesky|substack)\b.{0,80}$|"
        r"^check out my (website|blog|newsletter|book|podcast)\W*$|"
        # An academic republisher's boxes: authors' disclosures, the partners that fund it, its republishing terms.
        r"^disclosure statements?$|^(view all )?partners$|^we believe in the free flow of information\W*$|"
        r"^republish our articles for free\b.{0,120}$|^write an article and join\b.{0,160}$|"
        r"^[A-Z][^.!?]{2,80}\b(does|do) not work for, consult, own shares in\b.{0,300}$|"
        r"^[A-Z][^.!?]{2,80}\bprovides? funding as (a )?(founding )?(member|partner) of\b.{0,80}$|"
        # The outlet's own podcast and its comment section's terms: `Check out our daily podcast All Points North.`,
        # `Users with an Yle ID can leave comments on our news stories. ...`
        r"^(check out|listen to|subscribe to|follow) our (daily |weekly )?(news )?podcast\b[^.!?]{0,80}[.!]?$|"
        r"^(users|readers|subscribers|members)\b[^.!?]{0,60}\bcan (leave|post|write|add) comments\b.{0,240}$|"
        r"^connect (via|on|with (me|him|her|them) (on|via)) [^.!?]{2,40}\W*$|"
        r"^open this (photo|image|picture) in (the )?gallery:?$|"
        # A non-profit newsroom's boxes: republishing terms and what it is.
        r"^republish (this|our) (story|article)\b.{0,80}$|"
        # A feedback prompt under a machine's or an editor's summary: `Does this summary seem wrong?`
        r"^(?:does|did|is) this (?:summary|article|story|answer) (?:seem |look )?(?:wrong|right|accurate|off|helpful|useful)\??$|"
        # A promotion's opening to a reader about to leave: `While you're here: Every Tuesday, our editors round up ...`
        r"^(?:while you['’]re here|before you go|one more thing)\s*[:,—–-]\s*.{10,240}$|"
        r"^for (the )?(latest|more)\b[^.!?]{0,100}\b(head to|visit|go to|download|follow us|sign up|subscribe|follow (?-i:[A-Z])[\w’' &.-]{1,40} on (whatsapp|telegram|x|twitter|instagram|facebook|threads|bluesky|google news|youtube))\b[^.!?]{0,80}[.!?]?$|"
        r"^start your (day|morning|week)\b[^.!?]{0,120}\b(delivered|inbox|newsletter)\b[^.!?]{0,40}[.!?]?$|"
        # Alone, `Join the Conversation` is the comment section's heading, which ends the story (`briefs.sources.tail`).
        r"^(join|continue) the (conversation|discussion|debate)\W+\w.{0,120}$|"
        r"^(want|like) to (discuss|comment)\b.{0,120}$|^please read our comment(ing)? (policy|guidelines)\b.{0,80}$|"
        # The rules of the comment section, and a note on how the page's audio was made.
        r"^comments (will|may|must|are|should) (be )?(moderated|reviewed|approved|relevant|respectful)\b.{0,160}$|"
        r"^(we want|help us keep) (our )?comments\b.{0,200}$|^(please )?keep (your )?comments\b.{0,120}$|"
        r"^the audio (version )?of this (article|story)\b.{0,200}$|"
        # An audio player's pitch for the outlet's apps: `Enjoy more audio and podcasts on iOS or Android.`
        r"^[^.!?]{0,60}\b(audio|podcasts?|listening)\b[^.!?]{0,60}\b(on|for) (ios|android|apple|spotify|our app)\b[^.!?]{0,40}[.!]?$|"
        r"^(press|tap|click) play to listen to this (article|story)\.?$|^voiced by (artificial intelligence|ai)\.?$|"
        # A paper's note that the story ran in print: `Appeared in the February 8, 2025, print edition as '...'.`
        r"^appeared in the .{3,40}\bprint edition\b.{0,160}$|"
        # ... or in the paper's name: `Published in Daybreak, January 14th, 2026`
        r"^published in (the )?(?-i:[A-Z])[\w .'’&-]{1,40}, ([\w ,.]{3,30})?\b(19|20)\d\d\.?$|"
        # A portal's note on a story it ran from a feed: `(Except for the headline, this story has not been edited by ...)`
        r"^\(?except for the headline, this story has not been edited\b.{0,200}$|"
        # A note that the story belongs to a paid service: `This article is part of X Pro's Global Trade coverage, ...`
        r"^this (article|story) is part of\b.{0,60}\b(coverage|series|package|newsletter|pro)\b.{0,80}$|"
        # A writer's appeal for members set in the story: `Note from the author:` / `Hi, this is X. ... please consider
        # supporting our work by becoming a member.` / `Become a member`.
        r"^(a )?note from the (author|editor|reporter)\s*:?$|^become a (member|supporter|subscriber)\.?$|"
        r"^(hi|hello)[,!]? (this is|i['’]m) .{2,300}\b(support(ing)? (our|independent|this) (work|journalism|reporting)|"
        r"becom(e|ing) a (member|supporter))\b.{0,80}$|"
        # A teaser box for the outlet's running coverage: `Ukraine war latest: Russia strikes ...` / summary / `Learn more`.
        r"^learn more$|"
        # An error-report box, a forum's invitation, a news app's follow button.
        r"^(spot(ted)? an? (error|mistake|typo)\??\s*)?report it to us\.?$|^join our .{0,40}\bforums?\b.{0,200}$|"
        r"^follow .{2,60} on google news\b.{0,80}$|"
        # A company's mail disclaimer under a forwarded story.
        r"^this (e-?mail|message) and any (attachments|files)( transmitted with it)? (are|is) confidential\b.{0,400}$|"
        r"^please consider the environment before printing this (e-?mail|message)\.?$|"
        # A synthetic voice's notice: `🎙️ Voice is AI-generated. Inaccuracies may occur.`, `This audio is generated by an AI tool.`
        r"^\W{0,4}(this )?(voice|audio|narration|audio version|reading)( is| was| has been)? (ai|artificial intelligence|automatically|computer)[- ]"
        r"(generated|produced|narrated|read)\b.{0,120}$|"
        r"^\W{0,4}this (audio|voice|narration|reading) (is|was|has been) (generated|produced|created|narrated) (by|using|with) "
        r"(an? )?(ai|artificial intelligence|text-to-speech|synthetic)\b.{0,120}$|"
        r"^(questions|comments|feedback|tips)( or (tips|questions|comments|feedback))?\?.{0,40}\b(reply|e-?mail|write to|contact)\b.{0,80}$|"
        r"^you(['’]re| are) receiving this( (e-?mail|newsletter|message))?( because| as| since)?\b.{0,200}$|"
        # The page's error-report form, and how to send the outlet an obituary or a letter.
        r"^(found|spotted|see|notice) an? (mistake|typo|error)\b.{0,60}\??$|^thank you for your (report|feedback|submission)\W*$|"
        r"^to (submit|send|place) an? (obituary|death notice|letter|news tip|tip|story idea)\b.{0,160}$)",
        re.I,
    ),
    "copyright": re.compile(
        # (`Grape pickers at work near Alba - ALL RIGHTS RESERVED`: an agency's caption, its reservation after a dash)
        r"^(©|\(c\)\s|copyright\s*(©|\(c\)|\d{4}|by\b|:)|all rights reserved\b).*$|"
        r"^(?!(?:\S+ ){4,}\S+ [-–—] all rights reserved\.?$).{0,80}\ball rights reserved\.?$|"

        r"^no reproduction without permission\.?$|^(?!.*\b(said|says|ruled|told|according to)\b).{0,160}\bmay not be reproduced\b.{0,120}$|"
        r"^creative commons (licen[cs]e|attribution)\b.{0,80}$|"
        # a republished story's licence line: `Republished under a Creative Commons license.`
        r"^republished (under|with) (a )?creative commons\b.{0,80}$|"
        r"^.{2,80}\bis an? (independent,? )?(501\(c\)\(3\) )?non-?profit,? (newsroom|news organi[sz]ation|news outlet)\b.{0,120}$|"
        # The publisher's line in the page's foot: `OrbitWire is part of Nebula Media Inc, an international media group ...`.
        r"^(?!.*\b(said|says|told|according to)\b)[A-Z][^.]{1,60} is (part|a (division|subsidiary|brand|unit)) of [A-Z].{1,80}"
        r"\b(international|global|leading|digital) (media (group|company)|publisher)\b.{0,80}$|"
        r"^.{2,80}\b(subscribes|adheres) to the .{0,60}\b(press|editorial) code\b.{0,160}$|^無断転載.*$|^.{0,80}\blicen[sc]ed under (a |the )?creative commons\b.*$",
        re.I,
    ),
    # A stock's symbol and its move, printed as a chip beside the story: `NRDV -6.8%`, `ABC.L ▲ 1.2%`.
    "ticker": re.compile(r"^[A-Z]{1,5}(\.[A-Z]{1,2})?\s*[-+−▲▼]\s?\d{1,3}([.,]\d{1,2})?\s?%$"),
    # A gallery's counter alone on its line, between its photos: `2 / 6`, `Photo 3 of 12`.
    "gallery-counter": re.compile(r"^((photo|image|picture|slide|item|list)\s+)?\d{1,3}\s*(\/|of)\s*\d{1,3}$", re.I),
    # The frame a social network prints around a post embedded in a story (its text stays).
    "social-embed": re.compile(
        r"^(a post shared by .{1,80}|view (this|the) post on (instagram|facebook|x|threads|tiktok)|"
        r"\[image or embed\]|(view|see) (this|the) (post|tweet) on .{1,20}|pic\.(?:twitter|x)\.com/\w+|"
        r"[—–-]\s*[^()]{1,60}\(@[\w.]{1,30}\)\s*(\S.{0,40})?)$",
        re.I,
    ),
    "image-alt": re.compile(
        # Alt text is a short description; a labelled sentence of a caption's length is a caption (`IMAGE: A juvenile ...`).
        r"^((image|photo|picture|illustration)\s*:\s*(an?|the)\s[^.]{0,60}|(an? )?(image|photo|picture) (of|shows)\s.*|image may contain.*|"
        # An author's photo, named for its alt text: `Portrait of Maya Okonkwo`, `Headshot of ...`.
        r"(portrait|headshot|head shot|profile (photo|picture)|author photo) (of|for) (?-i:[A-Z])[\w.'’-]+(?: [\w.'’-]+){0,3})$",
        re.I,
    ),
    "photo-credit": re.compile(  # `By Name / Outlet` is a byline; `NATIONAL / POLITICS`, `JAPAN / POLITICS` a section's path
        # (`Credit: By Ruth Halvorsen; Staff Writer`, as a library's database prints the byline, credits the writer)
        # (a bar or a dot copied before it from the caption's line: `| Photo: AFP / Martín Suárez`)
        # (a government site's footer links, `Accessibility/Section 508`, `Privacy/Security`, are no photographer's)
        # (an agency's editor under its story, `(Editor: Lin Yue)`, credits the text, not a picture)
        r"^(?:[|•·]\s*)?(?!by\s)(?!credit\s*:\s*by\s)(?!(?:accessibility|privacy|security|terms|legal|cookies?)\s*/)"
        r"(?![(\[]?" + _EDITOR_LABEL + r")"
        r"(?!" + _SECTION_WORDS + r"\s*/)(?!" + _MENU_PAIR + r")(?![^/]+\s/\s+" + _SECTION_WORDS + r"$)\(?(" + _CREDIT
        # (`Rick Alvarez/AP, FILE`: a picture from the agency's archive; `Picture: LPhot Sam Pritchard. Crown copyright.`)
        + r")\)?(?:,\s*(?-i:FILE|File)|\.\s+(?:crown copyright|all rights reserved))?\.?$"
        # A photo's owner alone under it, as a broadcaster's site prints it: `Copyright Europa Live`, `Copyright AP Photo/Name`.
        r"|^copyright (?-i:[A-Z])[\w&'’. /-]{1,60}$"
        # The photographer and the agency joined by a dash, as a US weekly credits: `Takashi Aoyama—Bloomberg/Getty Images`
        r"|^(?-i:[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3})\s?[—–]\s?(?:[\w&'’. ]{1,30}/)?(?:" + _AGENCIES + r"|redux|contour)$"
        # A picture's owner and the agency that sent it, in brackets alone under the caption: `(Harlow & Finch/PA)`
        r"|^\((?-i:[A-Z])[\w&'’. -]{1,40}/(?:" + _AGENCIES + r"|pa)\)$"
        # A magazine's illustration with the agencies it was made from: `Illustration by The Continental. Sources: Getty;
        # Jiji Press / AFP.`
        r"|^(?:photo[- ])?illustration by (?-i:[A-Z])[^.]{1,60}\.(?:\s*sources?:\s*[^.]{2,80}\.?)?$"
        # The photographer in capitals with an address at the paper, as a Hawaii daily credits: `KAILANI OTA / KOTA@EXAMPLE.COM`
        r"|^(?-i:[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){1,3})\s*/\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"
        # A broadcaster's labelled credit, as its page copies: `Image source, Getty Images`.
        r"|^(image|photo|picture|media|video) (source|credit)s?\s*[,:]\s*[^.!?]{2,80}$"
        # A Quebec paper's credit in capitals, no colon: `PHOTO MARC-OLIVIER LANDRY, THE CANADIAN PRESS ARCHIVES`.
        r"|^(?-i:PHOTOS?|PHOTOGRAPHIE|ILLUSTRATION) (?!(?-i:GALLERY|GALLERIES|ESSAY|OF THE DAY)\b)(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*){0,4})"
        r"(?:,\s*(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.&-]*(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.&-]*){0,5}))?$"
        # A network's credit: the photographer and the paper, then the network that carries it, as US chains print it:
        # `Larry McCormack/The Tennessean via USA TODAY NETWORK`.
        r"|^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s*/\s*(?-i:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4})"
        r" via (?-i:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4})$"
        # A paper's own picture from its archive, credited over its caption: `Hinata Shimbun file photo`.
        r"|^(?-i:(?:The )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) (?:file|archive) (?:photo|picture|image)$"
        # A military command or service alone under a caption, as a US broadcaster credits a released picture:
        # `US Indo-Pacific Command`, `U.S. Pacific Fleet` (a service's name alone, `Air Force`, heads a section instead).
        r"|^(?-i:(?:U\.?S\.?|[A-Z][\w'’.-]+)(?: [A-Z][\w'’.-]+){0,4} (?:Command|Fleet))$"
        # A defense photo's identifier under its credit: `VIRIN: 250207-N-XX123-1001`.
        r"|^virin\s*:\s*[\w-]{6,40}$"
        # A Japanese paper's credit in full-width brackets: `（東邦新聞撮影）`.
        r"|^[（(][^（）()]{1,30}撮影[）)]$"
        # The outlet and its photographer in brackets, alone under a caption: `(SCB News: Sam Ketley)`.
        r"|^\((?!" + _EDITOR_LABEL + r")(?-i:[A-Z][\w&.'’ -]{1,40}):\s*"
        r"(?-i:[A-Z][\w.'’ -]{1,40})\)$",
        re.I,
    ),
    "editorial-marker": re.compile(
        r"^\[(?![\d./:\s-]+\])(?:[^\]]{1,60})\]$|^\((?:updated|corrected|editor'?s note|developing|breaking)[^)]{0,60}\)$|"
        r"^(developing story|breaking( news)?|this (is a (developing|breaking)( news)? story|story is developing)\b.{0,80}|live)$",
        re.I,
    ),
    "tag-list": re.compile(r"^(tags?|topics?|keywords?|filed under|more about|categor(y|ies))\s*:.*$", re.I),
    # A rule between parts of an article or page: `___`, `* * *`, `=====`.
    "separator": re.compile(r"^([-–—_=*~•·]\s?){3,}$"),
    # A printed story's jump lines, as an e-edition's text view copies them: `Continued on A8`, `Page A8`,
    # `SHIPYARD from A1`, `See MILL, A8`, `Continued from Page 1`.
    "page-jump": re.compile(
        r"^((continued|cont['’]?d|cont\.) ((on|from) )?(page |p\.? ?)?[a-z]?\d{1,3}|(page|seite) [a-z]?\d{1,3}|from (page )?[a-z]?\d{1,3}|"
        r"(?-i:[A-Z]{3,20}(?: [A-Z]{3,20})?),? from (page )?[A-Z]?\d{1,3}|see (?-i:[A-Z]{3,20}(?: [A-Z]{3,20})?),? (page )?[a-z]?\d{1,3}|"
        r"(please )?turn to (page )?[a-z]?\d{1,3})\.?$"
    ),
    # A blog's feed closes each post with where it first ran: `The post <title> appeared first on <blog>.`
    "feed-footer": re.compile(r"^the post .{5,300} appeared first on .{2,80}$"),
    # A browser's print margins, copied from a page saved as PDF: the time printed with the page's
    # title over each page (`2/18/25, 4:09 PM Japan, U.S. agree ... - The Courier`), its address
    # and page number under it (`https://www.example.com/world/... 2/3`). A browser set to another
    # locale prints a 24-hour clock and the year in full: `08/03/2025, 10:21 Island ferry fares ...`.
    "print-margin": re.compile(
        r"^\d{1,2}[/.]\d{1,2}[/.]\d{2}(?:\d{2})?,\s+\d{1,2}:\d{2}(?:\s?[AP]M)?\s+(?!(?-i:[A-Z]{2,5}|GMT[+-]\d+)\b)\S+(\s+\S+){3,}$|^https?://\S+\s+\d{1,3}/\d{1,3}$"
    ),
    "time-line": re.compile(
        r"^(((this )?(article|story|page) (was )?)?(updated|published|posted|last updated|aktualisiert|actualizado|atualizado|"
        r"mis à jour)\s*:?\s*)?"
        r"((\d+|an?|one) (sec(ond)?|min(ute)?|h(ou)?r|day|week)s? ago|\d{1,3}\s?(s|m|mins?|h|hrs?|d|w) ago|just now|yesterday|today|"
        r"vor (\d+|einer?) (minuten?|stunden?|tag(en)?)|hace (\d+|una?) (minutos?|horas?|días?)|"
        r"há (\d+|uma?) (minutos?|horas?|dias?)|il y a (\d+|une?) (minutes?|heures?|jours?))$"
        # A live entry's edit mark: `Updated at 14.52 BST`.
        r"|^(updated|edited) at \d{1,2}[.:]\d\d\s?([ap]\.?m\.?)?( (?-i:[A-Z]{2,5}))?$",
        re.I,
    ),
    "credits": re.compile(
        r"^[-–—\s]*(sources?\s*:\s*.{2,120}|(additional )?reporting by .{2,160}(;|editing by).*|with files from .{2,120}|"
        r"(writing|editing|compiled|produced|translated|edited|translation) by .{2,160}|our standards:.*|.*trust principles\.?|"
        # a broadcaster's video report's credit: `Kayla Brandt reports from Phoenix.`
        r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) reports? (live )?from (?-i:[A-Z])[\w .,'’-]{1,40}\.?$|"
        # the writer and the translator of a translated story: `Story by Marina Zheleznova. Translation by Peter Halloran.`
        r"(story|text|words|reporting) by (?-i:[A-Z])[^.]{2,80}\.\s+(translation|translated|edited|editing) by .{2,120}|"
        r"with assistance from .{2,160}|"
        # the paper's or an agency's sign-off alone under the story, a dash before it: `– TIMES`, `— Bernama`
        r"[–—-]{1,2}\s*(?-i:[A-Z]{2,12})|[–—-]{1,2}\s*(" + _AGENCIES + r")|"
        # the outlet that first printed the story, and the day, in brackets under it: `(Kanto Daily, Nov. 27, 2026)`
        r"\((?-i:[A-Z])[\w&'’ .-]{1,40},\s*(?:" + _MONTH_WORD + r"\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH_WORD
        + r"\.?\s+\d{4})\)$|"
        # an agency's editor in brackets under its story: `(Editor: Lin Yue)`, `(Responsible editor: Wang Li)`
        r"\(" + _EDITOR_LABEL + r"\s*(?-i:[A-Z])[^()]{1,60}\)$|"
        # A wire's closing byline in brackets, over its end mark: `(By Hsu Mei-ling and Jared Tsai)` / `Enditem/ls`
        r"\(by (?-i:[A-Z])[^()]{2,100}\)|credit\s*:\s*by (?-i:[A-Z]).{2,120}|"
        # A newsletter's own credits: `Supply Chain Asia AM is written by Nadia Rahman in Singapore. Edited by Grace Tan.`
        r"(?-i:(?:the )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5}) is (written|edited|produced|compiled|put together) by .{2,200}|"
        # An agency or a colleague credited under the story: `Reuters contributed.`, `The Associated Press contributed to this report.`
        r"(?-i:(?:the )?[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|and|&))*) contributed( to this (report|story|article))?"
        # ... and what and where from: `Yuki Sanada contributed reporting from Tokyo.`
        r"(,? (reporting|research)(,? and (reporting|research))?)?( from (?-i:[A-Z])[\w .,'’-]{1,80})?\.?$|"
        # A release's co-issuer: `Joint media release with The Hon Rhys Kalder MP, Minister for Defence`.
        r"joint (media |press |news )?release with .{2,160}|"
        # A translated story's credit to the original's writer: `(Japanese original by Kenta Morioka, Political News Department)`.
        r"\(?([a-z]+ )?original (story |article |text )?by .{2,120}|"
        # An outlet crediting itself with an agency: `L'Horizon with AFP`, `Le Monde with Reuters`.
        r"(?!by\s)(?-i:[A-Z])[\w'’ .-]{1,40} with (" + _AGENCIES + r")(,? (" + _AGENCIES + r"))*|"
        # A reporter's contact line under the story: `Contact Marisol Quintero at mq@example.com or follow her on X`.
        r"(contact|reach|email) (?-i:[A-Z])[\w.'’ -]{2,40} at \S+@\S+.*|"
        r"this (report|story|article) by .{2,60} was (first )?(published|distributed) .{2,60}|"
        r".{2,120}\bcontributed (to )?this (report|story|article)\.?|"
        # An agency's initials of writer and desk under the story, in lower case: `fav/hpa`, `(jb/dpa)`, `mw/sda/afp`.
        r"(?-i:\(?[a-z]{2,4}(?:/[a-z]{2,5}){1,3}\)?)|"
        # An Indian or Bangladeshi agency's desk codes under its story, in capitals: `PTI SKR NSD NSD`, `IANS ab/vd`.
        r"(?-i:(?:PTI|IANS|ANI|UNI|BSS|APP|NNN|KUNA)(?: (?:[A-Z]{2,4}|[a-z]{2,4}(?:/[a-z]{2,4})*)){1,5})|"
        # A wire story's closing line naming where its reporters were: "Alba reported from Denver."
        # Names only (capitalised, case-sensitive), so "The ministry reported from its survey..." stays.
        r"(?-i:(?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’.-]+(?:,? and (?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’.-]+)?"
        r" reported from [A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3}"
        # (`Hana Whitfield reported from Tokyo, and Colin Abernathy from Washington.`)
        r"(?:,? and (?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’.-]+ from [A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3})?)\.?)$",
        re.I,
    ),
    "related-list": re.compile(
        # `Also on Bytefield: Five task queues compared`; not `Also on Monday: the board met.`
        r"^also (on|in|from|at) (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[^:]{2,40}:\s*\S.{2,160}(?<![.!?])$|"
        # a Japanese page's related link in its brackets, the headline glued on: `【関連記事】Ishigaki residents divided ...`
        r"^[【［\[]\s*関連(?:記事|ニュース|リンク)?\s*[】］\]]\s*\S.{2,200}$|"
        r"^(read more|read|related|related (news|stories|articles|coverage)|see also|also read|read also|also see|more|read next|recommended|"
        r"go deeper|dig deeper|keep reading|more on this|"
        r"le[ae] también|lee también|mir[aá] también|(à )?lire aussi|leia (também|mais)|lesen sie auch|leggi anche|"
        r"czytaj (też|także|również)|čtěte také|читайте також|читайте также)\s*[:›»>|]\s*.{3,160}$|"
        # Another story's headline between the paragraphs in spaced brackets: `[ Beaches report finds ... ]`.
        r"^\[ [^\[\]]{10,200} \]$|"
        # A bar of the site's trending topics: `Trending: Budget 2025 | Civic polls | Champions Trophy`.
        r"^(trending( now| topics)?|hot topics|in focus|top searches|popular)\s*:?\s+[^|]{2,60}(\s+[|•·]\s+[^|]{2,60}){1,}$",
        re.I
    ),
    "notice": re.compile(
        # Standing lines of outlets' pages, stop 43: a narration note (`Produced using AI narration. Listen to more
        # stories on the Continental app.`), where a magazine's piece was printed, a sign-up box's terms, a comment
        # section's rules and a note that a story has none, a platform's note on its views, a broadcaster's schedule.
        r"^produced using ai narration\b.{0,160}$|^published in the print edition of the\b.{0,200}$|"
        # Stop 44: an audio promotion glued to its `NEW` badge (`NEWYou can now listen to Maple News articles!`), and an
        # article type's definition after its label, as Trust Project pages print it (`Based on facts, either observed and
        # verified directly by the reporter, or reported and verified from knowledgeable sources.`)
        r"^(?:new\s*)?you can now listen to [\w .'’&-]{2,40} articles\W*$|"
        # a product box's shop links: `Where to Buy:`, `$399 at Amazon`
        r"^where to buy\s*:?$|^[$£€¥]\s?\d[\d,.]*\s+at\s+(?-i:[A-Z])[\w&'’ .-]{1,30}$|"
        # a reading app's curator on the story, over it: `Curator's note: The numbers in the ... section are ...`
        r"^(?:curator|sharer|flipper)['’]s (?:note|comment|take)\s*:.{1,400}$|"
        # a sign-up form's anti-spam notice: `This site is protected by reCAPTCHA and the Google Privacy Policy ...`
        r"^this (site|page|form) is protected by recaptcha\b.{0,200}$|"
        # an outlet's note on its independence from its owner: `... Its content does not necessarily reflect the views of
        # the Department of Defense.`
        r"^(?!.*\b(?:said|says|told)\b).{0,160}\b(?:its|their|our) (?:content|views|opinions)\b.{0,20}\bdo(?:es)? not "
        r"necessarily (?:reflect|represent)\b.{0,160}$|"
        # a press office's note on its own summary: `For information media. Not an official record.`
        r"^for (the )?information (of the )?media\b.{0,20}\bnot an official record\W*$|"
        # a kind of piece described under it: `Commentary gives ARDEN researchers a platform to convey insights ...`
        r"^(?:commentary|opinion|perspectives?|analysis|op-eds?)\s+(?:gives|offers|provides)\b.{0,80}\bplatform\b.{0,200}$|"
        # an offer to read without advertising, question and button: `Tired of too many ads?` / `go ad free now`
        # a wire's promotion of its data service over its pages, its button glued on
        r"^exclusive news, data and analytics for financial market professionals.{0,80}$|"
        # a newsletter's plug closing a magazine's piece: `Subscribers to The Mercantile can sign up to Jade Gate, ...`
        r"^subscribers?(?: to [\w .'’&-]{2,40})? can sign up (?:to|for)\b.{0,160}$|"
        r"^(?:tired of|fed up with) (?:too many |all the )?ads\W*$|^go ad[- ]free(?: now)?\W*$|^explore (?:our )?newsletters\W*$|"
        # an editorial's note on whose view it is, and a board's follow button
        r"^editorials? represents? the views? of\b.{0,240}$|^follow (?:the|our) editorial board\W*$|"
        # a donation box's thanks, and a widget's loading mark
        r"^thank you for (?:donating|your donation|supporting)\b.{0,60}$|^loading\s?(?:\.{3}|…)$|"
        r"^based on facts,? either observed and verified\b.{0,160}$|"
        # a subscription's offer, with its button glued or after a colon: `Get 50% off a year of Statecraft: Subscribe Now`
        r"^(?!.*\b(?:said|says|told)\b)(?:get|save|enjoy) (?:up to )?\d{1,2}% off\b.{0,120}$|"
        # A support box's heading, split over its lines, and its pitch: `Support truly` / `independent journalism` /
        # `Our mission is to deliver unbiased, fact-based reporting that holds power to account ...`
        r"^support truly$|^our mission is to deliver unbiased,? fact-based reporting\b.{0,200}$|"
        # (stop 44: `Your support helps us to tell the story` / its pitch, closed by whom the journalism depends on)
        r"^your support helps us (?:to )?tell the story\W*$|^at such a critical moment,? your support is vital\b.{0,160}$|"
        r"^(?!.*\b(?:said|says|told)\b).{0,260}\bour journalism depends on (?:readers|people|supporters|you)(?: like you)?\W*$|"
        r"^whether [£$€]\d+ or [£$€]\d+,? every contribution counts\W*$|^support us to deliver journalism without an agenda\W*$|"
        # a reporter's telephone and address closing the story: `Maren Solvik: 206-464-2291 or msolvik@example.com.`
        r"^(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}):\s*(?:\+?[\d(][\d\s().-]{6,}\d)\s*(?:or|;|,|/)?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$|"
        r"^\*?\s*note that when you provide your e-?mail address\b.{0,200}$|"
        r"^to encourage (?:thoughtful|respectful|civil|constructive)\b.{0,100}\bconversations?\b.{0,300}$|"
        r"^(?!.*\b(?:said|says|told)\b).{2,60} does not (?:append|enable|open|host) comment(?:s| threads?| sections?)\b.{0,160}$|"
        r"^(?!.*\b(?:said|says|told)\b).{2,40} is an? (?:impartial|independent|neutral) platform\b.{0,240}$|"
        r"^(?:help (?:safeguard|protect|defend) press freedom|support press freedom)\b.{0,200}$|"
        r"^(?!.*\b(?:said|says|told)\b)watch [\w&'’ ]{2,40} (?:weeknights|weekdays|nightly|every (?:night|evening|weekday)|tonight)\b.{0,120}$|"
        # A note that a machine made the page's translation, voice or summary, and may be wrong:
        # `Worldweek AI is in beta. Translations may contain inaccuracies ...`, `Voiced by AI. Audio may contain errors.`
        r"^(?=.{0,300}$)(?!.*\b(?:say|says|said|told|according to|argue[sd]?|warn(?:s|ed)?)\b)(?=.*\b(?:ai|machine|automated|automatic|computer[- ]generated|artificial intelligence)\b)"
        r"(?=.*\b(?:translat\w*|voiced|voice|narrat\w*|audio|summar\w*|generated)\b)"
        r"(?=.*(?:\bmay (?:contain|include|have)\b|\binaccura\w+|\brefer to the original\b|\bnot (?:been )?(?:reviewed|checked)\b"
        # (`This is read by an automated voice. Please report any issues or inconsistencies here.`)
        r"|\breport any (?:issues|errors|problems|inconsistencies)\b)).*$|"
        # ... an aggregator's own: `Summary generated by NewsLoop from the original article. It may contain errors.`
        r"^(?:this |the )?(?:summary|translation|transcript|audio|quick take|key points|takeaways)(?: was| is)? "
        r"(?:generated|produced|created) (?:automatically )?(?:by\b)?.{0,120}\b(?:may (?:contain|include|have)|inaccura\w+|errors?)\b.{0,80}$|"
        # a partner network's note on the outlet: `The Hokuriku Times is a member of Asia News Partners, a network of ...`
        r"^(?!.*\b(?:said|says|told)\b)(?-i:[A-Z])[\w&'’ .-]{2,40} is a (?:member|partner) of (?-i:[A-Z])[^.]{2,80}\bnetwork\b.{0,160}$|"
        # a newsletter's note on a story: `This article was featured in the One Story to Read Today newsletter. ...`
        r"^this (?:article|story|piece) (?:was|is) featured in\b.{0,80}\bnewsletter\b.{0,80}$|"
        # An English edition's note on its translation: `Translation of an original article published in French on
        # lemonde.fr; the publisher may only be liable for the French version.`
        r"^translation of an? (?:original )?article (?:originally )?published in [A-Z]\w+\b.{0,200}$|"
        # The outlet's word on its own regulation: `The Financial Times and its journalism are subject to a
        # self-regulation regime under the FT Editorial Code of Practice.`
        r"^(?!.*\b(?:said|says|told)\b).{0,80}\bare subject to a self-regulation regime\b.{0,120}$|"
        # An acknowledgement of country, as Australian and Canadian sites close their pages with it.
        r"^(?!.*\b(?:said|says|told)\b)[A-Z][\w&'’. -]{1,80} acknowledges? (?:the )?[\w ,-]{2,100}\b(?:people|peoples|nations?)\b"
        r".{0,80}\btraditional (?:owners|custodians|territor\w+|lands?)\b.{0,300}$|"
        # A site's `Email this article` form around the story: who sent it, and the notice under it.
        r"[\w.'’ -]{2,60}(?: \([^()\s]+@[^()\s]+\))? thought you (?:would|might|'d) (?:be interested in|like|enjoy) this (?:article|story)\b.{0,80}$|"
        r"this e-?mail was sent (?:to you )?(?:from|by) .{2,400}$|"
        # The outlet's mission line by the byline: `Newsbeat is committed to challenging conventional wisdom and ...`.
        r"^[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3} is (committed|dedicated) to (challenging conventional wisdom|"
        r"(accurate|independent|quality|fair|trustworthy|fact-based|nonpartisan|unbiased) (journalism|reporting|news)|"
        # a think tank's: `The Ashgrove Institution is committed to quality, independence, and impact.`
        r"quality,? independence,? and impact)\b.{0,160}$|"
        r"^we are supported by (a diverse (array|range|group|set) of|many|our|a wide range of) (funders|donors|supporters)\b.{0,300}$|"
        # An editorial page's note on itself: `The Ledger-Dispatch's editorial opinions are decided by its Editorial Board, ...`
        r"^.{0,60}\beditorial (opinions|positions|views|stances) (are|is) (decided|determined|set|written|formed) by\b.{0,400}$|"
        # A series' producer, a research institution: `Critical Questions is produced by the Center for ..., a private,
        # tax-exempt institution focusing on ...`
        r"^.{2,80} (is|are) (produced|published|prepared) by .{2,160}\b(tax-exempt|nonprofit|non-profit|nonpartisan)\b.{0,500}$|"
        # A republished piece's note: `This commentary originally appeared on The Capitol Ledger on March 12, 2026.`
        r"^this (commentary|article|story|piece|op-ed|column|essay|analysis) (originally |first )?(appeared|ran|was "
        r"(originally |first )?published) (on|in) (?-i:[A-Z]).{1,120}\b\d{4}\b.{0,400}$|"
        # A market box's footnote: `*Stock data as of market close, cryptocurrency data as of 4:30pm ET. ...`
        r"^\W{0,2}(stock|market|quote|price)s? (data|quotes|prices)? ?(as of|delayed)\b.{0,200}$|"
        # The consent dialog's standard wordings (IAB's framework), copied above the page: `We and our 214 partners
        # store and/or access information on a device ...`, `Please note that some processing of your personal data ...`.
        r"^we and our ([\d,.]+ )?(partners|vendors) (store|process|use|and/or)\b.*$|"
        r"^with your (permission|agreement|consent),? we and our (partners|vendors)\b.*$|"
        # Any other sentence of such a dialog: it speaks to the reader of partners and consent (`Some partners process
        # your data on the basis of legitimate interest ...`); a story's reported speech names who said it.
        r"^(?!.*\b(said|says|told|according to)\b)(?=.*\b(partners|vendors)\b)(?=.*\byour?\b)"
        r"(?=.*\b(consent|legitimate interests?|cookies|personal data|device identifiers)\b).{0,900}$|"
        r"^please note that some processing of your personal data\b.*$|^we value your privacy\W*$|"
        r"^(manage|customi[sz]e) (preferences|options|choices|settings)|^(reject|accept|agree to|allow) all\W*$|"
        # A comment policy: `Comments will be edited (grammar, spelling and slang) and approved at the discretion of ...`
        r"^comments will be (edited|moderated|reviewed|checked)\b.{0,200}$|"
        # A feed's note on its source: `The post above is published from APN - Agence Presse Nationale.`
        r"^the (post|story|article) above (is|was) (published|taken|reproduced) from .{2,80}$|"
        # A commentary's disclaimer: `The views expressed in this commentary are the author's own.`
        # An editorial review's badge and an AI voice's note: `This article has been reviewed according to X's editorial
        # process and policies. ...`, `Audio is generated by AI and may contain mispronunciations.`
        r"^this (article|story) has been reviewed according to\b.{0,300}$|^(this )?audio (is|was) (generated|produced|created) (by|with|using) (ai|artificial intelligence)\b.{0,120}$|"
        # A sign-up form's consent and error notes: `We use your sign-up to provide content in ways you've consented to ...`
        r"^we use your sign-?up to\b.{0,240}$|^something went wrong,? please try again( later)?\W*$|"
        # (with the offices whose positions they are not: `... do not represent the official positions of the U.S. Marine
        # Corps, the Department of the Navy, or the Department of Defense.`)
        r"^the (views|opinions) expressed (in this|here|in the)\b.{0,60}\b(author|writer|contributor)s?['’]?s?\b.{0,200}$|"
        # (said of the writers, the outlet named: `The views expressed by contributors are their own and not the view of
        # The Capitol Ledger`, `Views expressed are the writer's own and do not reflect those of the paper.`)
        r"^(the )?(views|opinions) expressed (by (the |our )?(authors?|writers?|contributors?|columnists?|guests?)\b|are)"
        r".{0,80}\b(own|do(es)? not (necessarily )?(reflect|represent))\b.{0,160}$|"
        # The site's note on itself in its foot: `TNÉ.ie is the website of Teilifís Náisiúnta Éireann, ...`, `... is not
        # responsible for the content of external internet sites.`
        r"^(?!.*\b(?:said|says|told)\b)[\w&.'’-]+(?: [\w&.'’-]+){0,3} is the (?:official )?(?:website|web site|online home|digital home|news site) of\b.{0,300}$|"
        r"^.{0,80}\bis not responsible for the content of external\b.{0,120}$|"
        # A paper's notice on a reader's copy: `This copy is for your personal, non-commercial use only. ...`; a newsletter
        # form's consent: `You may occasionally receive promotional content from the ...`; a service paper's status:
        # `Garrison Ledger is a DoD-authorized publication, but its contents are not officially endorsed by ...`.
        r"^this copy is for your personal,? non-?commercial use only\b.{0,400}$|"
        r"^you may (?:occasionally )?receive promotional (?:content|offers|emails?)\b.{0,200}$|"
        r"^.{2,60}\bis an? (?:dod|department of defense)-authori[sz]ed publication\b.{0,200}$|"
        # A broadcaster's note on its transcripts: `PAN transcripts are created on a rush deadline by a contractor. This
        # text may not be in its final form ...`, `This transcript was machine-generated.`
        r"^(?:(?:notice|note|disclaimer)\s*:\s*)?(?=.*\b(?:deadline|final form|machine|automatic|artificial intelligence|AI|errors)\b)"
        r"(?:[\w&.'’-]+ ){0,2}transcripts? (?:is|are|was|were|have been|has been) (?:created|produced|generated|"
        r"machine-generated|automatically generated|machine and human[- ]generated)\b.{0,400}$|"
        r"^.{0,80}\bthis (?:text|transcript) may not be in its final form\b.{0,300}$|"
        # An ad blocker's notice: `We rely on advertising to help fund our award-winning journalism.`, `We urge you to turn
        # off your ad blocker ...`, `Visit our adblocking instructions page.`
        r"^we rely on (?:advertising|ads|ad revenue)\b.{0,160}$|^.{0,80}\b(?:turn off|disable|pause|whitelist) (?:your |the )?ad ?-?blocker\b.{0,160}$|"
        r"^.{0,40}\bad ?-?blocking instructions\b.{0,40}$|"
        # A subscriber-only story's badge note, over and under it: `Reminder, this is a Premium article and requires a
        # subscription to read.`
        r"^(reminder,? )?this is an? (premium|subscriber|subscribers['’]?|members?['’]?|plus|exclusive)( only| exclusive)? "
        r"(article|story|content|piece)\b.{0,80}$|^.{0,60}\brequires an? (paid )?subscription to read\W*$|"
        # the same in a column's header: `This piece expresses the views of its author(s), separate from those of this publication.`
        r"^this (piece|column|article|op-ed|commentary|essay) (expresses|reflects|represents|contains) the (views|opinions?) of\b.{0,120}$|"
        # A note on an old story's age over its headline: `This article is more than 3 months old`.
        r"^this (article|story|content|page) is (more|over) than (\d+|an?|one|two|three|four|five|six|ten) (days?|weeks?|months?|years?) old$|"
        r"^this (article |story )?was published (\d+|an?|one|two|three|four|five|six|ten) (days?|weeks?|months?|years?) ago\W*$|"
        # A metered paywall's counter: `You have 2 free articles left this month. Register for unlimited access`.
        r"^you have (\d+|one|two|three|no) free (articles?|stories) (left|remaining)\b.{0,100}$|"
        # A subscription box's perks, one a line: `Enjoy insights and behind-the-scenes analysis from our award-winning
        # journalists.`, `Support local journalists and the next generation of journalists.`
        r"^enjoy (insights and )?behind-the-scenes analysis from our award-winning journalists\W*$|"
        r"^support local journalists and the next generation of journalists\W*$|"
        r"^(daily puzzles including|access articles from across [a-z]+ with one account|enjoy additional articles per month"
        r"|get email updates from your favourite authors)\b.{0,60}$|"
        r"^this is your (last|final|first|\d+(st|nd|rd|th)) free (article|story)( this (month|week))?\W*$|"
        # A player's note to the reader's browser: `Please use Chrome browser for a more accessible video player`
        r"^please use [\w ]{2,30} browser for a (more )?accessible (video )?player\W*$|"
        r"^\*?\s*unofficial translation\W*$|^we care about (the protection of )?your (data|privacy)\b.{0,120}$|"
        r"^subscribe (now |today )?(for|to get) unlimited (digital )?access\b[^.!?]{0,60}[.!]?$|"
        # A listed company's legal note under its release: `This information is information that X is obliged to make public ...`
        r"^this (information|announcement) (is|contains) (inside )?information that .{2,80}\b(is|was) obliged to (make public|disclose)\b.{0,200}$|"
        r"^(this (site|website) uses cookies.*|we (also )?use (some |a few )?(\w+ )?cookies.*|"
        # `We'd like to set additional cookies to understand how you use GOV.UK ...`, `We and our partners use cookies ...`
        r"we(['’]d| would) like to (set|use) (some )?(additional |optional |analytics )?cookies.*|we and our partners (use|store).*cookies.*|"
        # ... and in the languages of English editions' banners: Spanish, Portuguese, French, Italian, Dutch
        r"(utilizamos|usamos|este sitio (web )?utiliza|este site (usa|utiliza)|nous utilisons des|ce site utilise des|"
        r"utilizziamo( i)?|questo sito utilizza|wij gebruiken|deze website gebruikt) (cookies?|cookie tecnici)\b.*|"
        # (`Accept only essential cookies`, `Reject non-essential cookies`, `Allow necessary cookies only`)
        r"(accept|reject|refuse|allow|manage|view|set|use)( only)?( all| additional| optional| essential| analytics| non-essential|"
        r" necessary| strictly necessary| required)? cookies( only)?|"
        r"cookies on (the )?.{2,60}(website|site)|cookie (settings|preferences|policy|notice)|"
        r"your browser is (out of date|not supported|outdated).*|you must be \d+ .*|.*javascript (is )?(disabled|required).*|"
        # `Thank you for visiting nexus.com. You are using a browser version with limited support for CSS. ...`
        r"(thank you for visiting \S+\.\s+)?you are using an? (browser|(outdated |older |unsupported )?(browser|version of)\b).{0,300}|"
        r"(ihr|dein) browser .*|diese (seite|website) verwendet cookies.*|sie müssen mindestens \d+ .*|"
        # (a German cookie wall over an English page: `Wir verwenden Cookies und ähnliche Technologien`, `Alle akzeptieren`)
        r"wir (verwenden|nutzen|setzen) cookies\b.*|alle (akzeptieren|ablehnen)|nur notwendige cookies( akzeptieren)?|"
        r"bitte aktualisieren sie .*|.*jugendschutz.*|"
        r"お使いのブラウザ.*|ご利用のブラウザ.*|このサイトは.*|本サイトは.*|.*javascriptを有効.*|.*歳以上.*|"
        r"(please )?(update|upgrade) your browser.*|(internet explorer|ie) ?\d{1,2} is not supported\b.{0,120}|you are receiving this (e-?mail|newsletter|message)\b.*|"
        # An ad-feedback form's questions and answers, as a broadcaster's page copies them.
        r".{2,40} values your feedback\W*|\d\.\s+(how relevant is this ad to you|did you encounter any technical issues)\?|"
        r"(video player|video content|ad|audio on ad|content)( was| never| froze| did not| prevented| moved)\b[^.!?]{0,50}"
        r"\b(load|loaded|loading|start after ad|too loud|repetitive)\b[^.!?]{0,40}|"
        r"your effort and contribution in providing this feedback\b.{0,60}|other issues|"
        # A search box's instructions for screen readers, and a government site's banner.
        r"when autocomplete results are available\b.{0,120}|touch device users,? explore by touch\b.{0,80}|"
        r".{2,40} is not responsible for the content of external (internet )?(sites|websites|links)\W*|"
        r"an official website of the\b.{2,80}|here['’]s how you know\W*|.{0,40}\.gov websites? (belongs?|use)\b.{0,160}|official websites use \.gov\W*|"
        r"a lock \(.{0,40}\) or https://.{0,160}|\)? ?or https:// means you['’]ve safely connected\b.{0,200}|a locked padlock\W*|"
        # A summary's note that a machine wrote it: `This is AI generated summarization, which may have errors. ...`
        r"this (is|was) (an )?ai[- ]generated (summary|summarization|summarisation)\b.{0,160}|"
        # A machine translation's note: `Translation provided by X. This article was machine-translated and may contain errors.`
        r"translation (provided|powered) by\b.{0,160}|this (article|story|page|text) (was|has been|is) "
        r"(machine|automatically|ai)[- ]translated\b.{0,120}|"
        # A player's notice where the video is held back: `This video can be viewed only in Japan.`
        r"this (video|clip|content|programme|program|stream) (can|may) (only )?be (viewed|watched|played|streamed) only in .{2,40}|"
        r"this (video|clip|content|programme|program|stream) (can|may) only be (viewed|watched|played|streamed) in .{2,40}|"
        r"this (video|clip|content|programme|program|stream) (can|may) be (viewed|watched|played|streamed) until .{2,40}|"
        r"to (view|watch|play) this (video|content|clip),? please enable javascript\b.{0,80}|"
        r"this (video|clip|content|programme|program|stream) is (not |un)available in your (country|region|location|area)\W*|"
        r"disclaimer\s*:.*|(reader )?comments (do not|don't) (represent|reflect) .*|this content is (only )?available to .{0,40}(over|aged) \d+.*|"
        # A market-data page's small print, and an outlet describing itself under the story.
        r"(all |market |markets )?(data|quotes|prices)( are| is)? delayed\b.*|market data (is )?(provided|supplied) by\b.*|"
        # Notes to the reader about the article itself: spoilers, affiliate links, sourcing, reviewers, comment rules.
        r"spoilers?( alert| warning)?( ahead)?\s*[:!.—–-].{0,200}|(warning|caution): (this (article|story|piece) contains )?spoilers?\b.{0,160}|"
        # (the outlet may name itself: `If you buy something from a Circuit link, Circuit Media may earn a commission.`)
        r"(if|when) you (buy|purchase|click|shop)\b.{0,80}\bwe (may|might|could|will) (earn|receive|get)\b.{0,160}|"
        r"(if|when) you (buy|purchase|click|shop)\b.{0,80}\b(may|might|could|will) (earn|receive|get) (a |an )?(small )?"
        r"(affiliate )?(commission|fee|share of)\b.{0,160}|"
        r".{0,120}\bwe may (earn|receive) (a )?(small )?(commission|fee|share of)\b.{0,160}|"
        r"this (article|post|story|page|guide) (contains|may contain|includes) affiliate links?\b.{0,160}|"
        r".{2,60} has strict sourcing guidelines\b.{0,240}|"
        r"(medically|clinically|fact|expert|scientifically) (reviewed|checked|verified) by\b.{2,100}|"
        r".{2,60} is committed to (maintaining|providing|fostering|hosting) an? (lively|civil|respectful|safe|open)\b[^.]{0,40}"
        r"\b(forum|space|community|discussion|conversation)\b.{0,300}|"
        # A consent banner's lines, in the wording consent platforms share across sites.
        r"we (value|care about) your privacy|we and our (\d+ )?(partners|vendors)\b.*|"
        r"with your permission,? we and our partners\b.*|.*\bstore and/or access information on a device\b.*|"
        r"(i )?(accept|agree|reject|decline)( all)?( cookies)?|more options|manage (options|choices|preferences|settings)|"
        r"(list of )?partners \(vendors\)|(customi[sz]e|manage) (your )?(consent|cookies)|"
        # An outlet's acknowledgement of the land's traditional owners, printed under every story.
        r"comments are (moderated|reviewed)\b.*|"
        # A note on how the page was made: `Summary is AI generated, newsroom reviewed.`, a wire feed's notice.
        r"(this )?summary (is|was) (ai|automatically)[ -]generated\b.*|"
        r"this (story|article) (has been|was|is) (published|auto-generated|generated) from an? (wire|syndicated|agency)\b.*|"
        # A prompt to follow a topic: `Don't miss out on the headlines from QLD Politics. Followed categories ...`
        r"don'?t miss out on the (latest )?(headlines|news|stories)\b.*|.*\bfollowed (categories|topics) will be added\b.*|"
        # A funeral notice's arrangements and publisher (`Arrangements by ... Funeral Home`, `Published by X on ...`).
        r"(funeral )?arrangements (are )?(by|entrusted to|under the direction of) .{2,160}|published by .{2,60} on .{3,40}|"
        # A release's legal disclaimer.
        r"this (press )?release (contains|includes) forward[- ]looking statements\b.*|"
        r".{0,80}\backnowledges? (the )?(aboriginal|first nations|traditional (custodians|owners))\b.*|"
        r".{2,80}\bis (the world'?s largest|a leading|the leading) (international )?(provider|source|publisher) of .{0,40}news\b.*)$",
        re.I,
    ),
    "field-label": re.compile(
        r"^(headline|subheadline|sub-headline|body|body text|caption|photo caption|byline|slug|dek|kicker|summary|"
        r"teaser|standfirst|lede|lead|section|category|author|date|dateline|image|alt text|tags|title|text)\s*:?$"
        # When a release or a series comes next: `Next release: 7 March 2025 10:00`.
        r"|^next (release|update|publication|issue|edition)( date)?\s*:.{0,60}$",
        re.I,
    ),
    # A web video player's controls and screen-reader notices, as copying a page gives them (video.js and its kin).
    "interface": re.compile(
        # a news database's buttons over a document: `Add to folder`, `« Back to results`, `Saved searches`
        r"^(?:add to (?:folder|list|collection)|«?\s*back to (?:results|search results|list)|saved searches|"
        r"(?:item|document|result) \d{1,5} of \d{1,6})$|"
        # a count alone on its line, a post's likes, comments or shares (`214` / `37` / `18`, `1.2K`)
        r"^\d{1,3}(?:,\d{3})?(?:\.\d[KkM])?[KkM]?$|"
        # a channel's or a magazine's line with its audience: `A magazine by Ren Aoyama · 4.2K followers`
        r"^.{0,60}[·•|]\s*\d[\d,.]*[KkM]?\s+(?:followers|subscribers|members|readers)$|"
        # who shared the story into a reading app, and when: `Flipped by Ren Aoyama · 2 hours ago`
        r"^(?:flipped|shared|curated|saved|reposted|recommended) by (?-i:[A-Z])[\w.'’ -]{1,40}\s*[·•|]\s*.{1,30}$|"
        r"^(video player is loading\.?|this is a modal window\.?|beginning of dialog window\b.{0,80}|end of dialog window\.?|"
        r"close modal dialog|play video|current time \d{1,2}:\d\d|remaining time -?\d{1,2}:\d\d|"
        # a comment's or a story's rating buttons: `Recommend 0`, `Rate Story`, `Rate this article`
        r"(recommend|like|upvote|downvote|report) \d{1,5}|rate (this )?(story|article)|"
        r"see all (by |from |in )?(?-i:[A-Z])[\w .'’&-]{1,40}|"  # a topic's or an author's link: `See All by Ravi Okafor`
        r"join (us )?today|become a member( today)?|"  # a membership box's button
        # A sign-up form's error note, and a player's embed box: `Something went wrong`, `Copy/paste the article video
        # embed link below:`, `Copy to clipboard`
        r"something went wrong(\. please try again( later)?)?\.?|copy/paste the (article )?(video )?embed (link|code) below:?|"
        r"copy to clipboard|copied to clipboard|"
        r"(remind me later|maybe later|not now|no,? thanks|turn on( notifications)?)\W*|"  # a pop-up's ways out

        # an icon's alternative text beside its button: `Email icon An envelope. It indicates the ability to send an email.`
        r"(email|link|share|bookmark|save|print|facebook|twitter|x|linkedin|whatsapp|flipboard|copy link) icon\b.{0,120}|"
        # a live entry's link to its blog: `Go to the live blog`
        r"go to (the )?(live ?blog|live (page|coverage|updates)|homepage|home page|comments|top)|"
        r"loaded: \d{1,3}(\.\d+)?%|stream type live|playback rate|\d(\.\d+)?x|captions settings\b.{0,60}|"
        r"(captions|subtitles|descriptions) off,? selected|reset restore all settings to the default values|"
        # The outlet's badge by the byline: `Newsbeat Is A Trust Project Member`.
        r".{2,40} is an? trust project member|news article|"
        # A share sheet's and a messenger's words around a shared story: `Check out this story from Northlight News:`,
        # `Forwarded from Nordwire News`, and a print view's note `Printed from harborledger.example`.
        r"(check out|read|look at|see) this (story|article|report|piece)( (from|on|in) .{2,60})?:?|"
        r"forwarded from .{2,60}|forwarded( many times)?|printed from .{2,80}|shared (from|via) (the )?.{2,40}|"
        # A messenger's delivery status under a message, maybe with its clock: `Delivered`, `Read 9:48 pm`, `Seen`.
        r"(delivered|seen|sent|read)( \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?)?|"
        # A search box's hint: `Please enter a search term.`
        r"(please )?(enter|type) (a |your )?search (term|query|terms)\.?|"
        # A list's link to the rest of it: `See all`, `View all`; a box's button: `Tap here`.
        r"(see|view|show) all|(tap|click) here|"
        # A newsletter's reading count: `Smart Brevity count: 2 mins... 560 words`.
        r".{0,40}\b\d+ mins?\.{0,3}\s*[.,·|-]?\s*\d[\d,]* words|"
        # A video's running time and its source: `02:14 - Source: GNN`.
        r"(\d{1,2}:)?\d{1,2}:\d\d\s*[-–—|]\s*source:\s*\S.{0,40}|"
        # An appeal's buttons: `Donate now`, `Support us`, `Give today`.
        r"(donate|give|contribute|support(?: (us|(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)))?)( now| today| here| monthly| once)?|"
        # A page's view counter: `This story has been viewed 1234 times.`, `12,408 views`.
        r"this (story|article|page|post) has been (viewed|read|shared) [\d,]+ times\.?|[\d,.]+k? (views|reads)|"
        # The video host's name under an embedded player: `Dailymotion`.
        r"youtube|dailymotion|vimeo|jw player|brightcove|"
        # A search engine's button to prefer the outlet: `Add Frontier News on Google`, `Add as a Reliable and Trusted
        # News Source`, `Make us a preferred source on Google`.
        r"add (?:[\w&'’.-]+ ){1,4}(?:on|to) google(?: news)?|add as an? (?:reliable|preferred|trusted)\b.{0,40}\bsource|"
        r"(?:make|set) (?:us|[\w&'’.-]+(?: [\w&'’.-]+){0,3}) (?:a |your )?preferred source(?: on google)?|"
        # A page's feedback widget and its reading-list button: `Send Feedback` / `How can we improve?` /
        # `Thanks for your feedback!`, `READ LATER`, `Save for later`.
        r"read an? (?:ai[- ]generated )?summary of this (?:article|story)\b.{0,40}|"
        # a multilingual broadcaster's promotion over its headline: `Listen to MCB Audio in 60 languages`
        r"(?:listen|watch|read)(?: to)? .{2,40} in \d{1,3} languages|"
        r"(send|give|leave) (us )?(your )?feedback|thanks? (you )?for your feedback!?|how can we improve\??|"
        r"(was|is) this (article|story|page) (helpful|useful)\??|read later|save (it )?for later)$",
        re.I,
    ),
}

LONG_CLUTTER = ("notice", "copyright", "newsletter", "credits", "advertising", "reader-prompt", "feed-footer")


def _combine(patterns: dict[str, re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern trying each in order; the name of the group that matched is the reason.

    One `match` call per line instead of one per pattern: the parser tests every line.
    """
    return re.compile("|".join(f"(?P<{reason.replace('-', '_')}>(?:{pattern.pattern}))" for reason, pattern in patterns.items()), re.I)


CLUTTER_LINE = _combine(CLUTTER_LINE_PATTERNS)
LONG_CLUTTER_LINE = _combine({reason: CLUTTER_LINE_PATTERNS[reason] for reason in LONG_CLUTTER})

# Lines that only separate list items.
SEPARATOR_LINE = re.compile(r"^[-–—•·*|=_~]+$")

# Characters that end a sentence, allowing closing quotes and brackets after them.
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$|[:;]$")
_SENTENCE_CLOSERS = "\"”’')]"


def ends_sentence(line: str) -> bool:
    """Whether `line` matches SENTENCE_END, without a regex search that tries every position."""
    return line.endswith((":", ";")) or line.rstrip(_SENTENCE_CLOSERS).endswith((".", "!", "?", "…"))


# A byline without "By", naming the author's role: `Hannah Price Environment correspondent`,
# `Jane Roe, Staff Writer`. Names are capitalised (case matters here).
BYLINE_WITH_ROLE = re.compile(
    r"^(?P<byline>(?:[A-Z][\w.'’-]+ ){1,3}?[A-Z][\w.'’-]+)(?:\s*[,|/•·]\s*|\s+[-–—]\s+|\s+)(?:(?:[^\W\d_]|&)+\s+){0,3}"
    r"(?i:correspondent|reporter|editor|writer|columnist|producer|contributor|journalist)s?"
    # the desk's city after the role: `Rebecca Thornquist, Senior Reporter, Houston`
    r"(?:\s*,\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})?$"
)

# A name and a corporate title after a comma, as a company's newsroom signs a post:
# `Priya Vance, VP Communications`, `Jordan Lee, Director of Communications`.
BYLINE_WITH_TITLE = re.compile(
    r"^(?P<byline>(?:[A-Z][\w.'’-]+ ){1,3}?[A-Z][\w.'’-]+)\s*,\s+(?i:(?:senior |chief |executive |deputy |associate |global )?"
    r"(?:vp|svp|evp|vice president|director|head|manager|ceo|cfo|cto|coo|president|spokesperson|officer|lead)\b[\w &,'’-]{0,40})$"
)
# What a paper prints under a byline: `BBC News, Tokyo`, `Business reporter`, `Reporting from Hiroshima`.
BYLINE_DETAIL = re.compile(
    r"^(reporting from .{2,40}|.{0,40}\b((correspondent|reporter|editor|writer|columnist|producer)s?|(?<!for )journalist)\b.{0,30}|"
    # a think tank's or a university's title and program: `Senior Fellow, Energy Security Program, Atlantic Policy Forum`
    r"((senior|visiting|distinguished|adjunct|associate|assistant|non-?resident|research) )*"
    r"(fellow|professor|lecturer|researcher|research associate|scholar)\b,?[\w ,&'’()-]{0,80}|"
    r"[\w .&'-]{0,40}\b(" + "|".join(sorted(OUTLET_WORDS)) + r")\b,\s*[\w .'-]{2,30})$",
    re.I,
)
# A dateline stacked over several lines, as some pages print it: `Tokyo` / `CNN` / `—`.
DATELINE_DASH_LINE = re.compile(r"^(—|–|--|-)$")

# Words that, opening a line, say it names the authors.
BYLINE = re.compile(
    r"^(by|from|written by|words by|story by|reporting by|reported by|interview by|interviewed by|reviewed by|"
    r"(analysis|opinion|commentary|review|perspective|explainer|column|news analysis|a column) by|"
    r"von|text:|story:|author:|byline:|report:|reporter:|words:|reporting:)\s*:?\s*(by\s+)?(?P<byline>[A-Z][^\d]{2,120}?)"
    r"(\s*[,|]\s*(staff (writer|reporter)|correspondent|reporter|editor|[\w ]{0,50} (correspondent|editor|reporter)))?$",
    re.I,
)
# A CMS field label with its value on the same line: `Headline: Ferry returns`. The label
# names the field the value fills; only labels of the header are read this way.
# A forwarded e-mail's header lines count as fields too (`Subject:` names the headline).
# An editor's copy names its fields in the newsroom's words: `HED:`, `DEK:`, `CUTLINE:`, `SLUG:`, `ART:`, `WEB:`.
FIELD_WITH_VALUE = re.compile(r"^(?P<label>headline|title|caption|photo caption|section|newspaper section|category|dateline|"
                              r"subject|from|to|cc|reply-to|sent|hed|dek|deck|standfirst|cutline|byline|slug|art|web|length|word count)"
                              r"\s*:\s+(?P<value>\S.*)$", re.I)

# A dateline opening the body: `WASHINGTON —`, `TOKYO (Kyodo) --`, `PARIS, Feb. 7 (Reuters) -`,
# the glued form copying leaves, `LONDON, Feb 7 (Reuters)Britain's ...` or `TOKYO—The`, and a wire
# distributor's name between slashes: `NORTHPORT, Feb. 7, 2025 /PRNewswire/ --`.
DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?"
    r"(?P<agency>\s*(?:\((?:[A-Za-z][\w .&/-]{1,30})\)|/[A-Za-z][\w .&-]{1,30}/))?)"
    r"(?:\s*(?:—|–|--)\s*|\s+-\s+|\s*:\s+|(?<=\))(?=[A-Z\"“‘']))(?=\S)"
)
# The first word of a dateline must be a place in capitals, not an ordinary word.
DATELINE_MIN_CAPS = 3

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
    # German and French names, for time lines of outlets' English editions printed in their own language.
    # Hungarian, whose pages write the year first: `2026. december 3.`
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7, "augusztus": 8,
    "szeptember": 9, "október": 10,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12, "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}

WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}

# Zone abbreviations outlets print. A fixed offset in minutes, or an IANA zone whose offset
# depends on the date (ET is EST in winter and EDT in summer).
ZONES: dict[str, int | str] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480,
    "AWST": 480, "ACST": 570, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    # Zones of the Gulf, South and Southeast Asia as their outlets print them. (GST is Gulf
    # Standard Time in news; AST, Arabia or Atlantic, is left out as ambiguous.)
    "UK": "Europe/London", "GST": 240, "PKT": 300, "NPT": 345, "ICT": 420, "WIB": 420, "MYT": 480, "PHT": 480, "PHST": 480,
    "WITA": 480, "WIT": 540, "CAT": 120, "EAT": 180, "WAT": 60, "SAST": 120, "IRST": 210, "TRT": 180,
    "ChST": 600, "ACDT": 630, "AWDT": 540, "MVT": 300, "BTT": 360,
    # The Pacific, South America and Canada's east, and West, Central and South Asia, as the tz database abbreviates
    # them where one zone alone uses the letters (WST, Western Samoa's or Western Australia's, is left out).
    "FJT": 720, "FJST": 780, "TOT": 780, "PGT": 600, "SBT": 660, "VUT": 660, "NCT": 660, "TVT": 720,
    "ART": -180, "BRT": -180, "CLT": -240, "CLST": -180, "COT": -300, "PET": -300, "BOT": -240, "VET": -240,
    "UYT": -180, "PYT": -240, "NST": -210, "NDT": -150, "ADT": -180,
    "IDT": 180, "WEST": 60, "SLST": 330, "MMT": 390, "AFT": 270, "GET": 240, "AZT": 240, "UZT": 300,
}


# --------------------------------------------------------------------------- timeline
# Words the timeline reads news phrasing with. The patterns built from them are the table
# `briefs.facts.timeline_rules.RULES`; what an expression means is decided in `briefs.facts.timeline`.

# Month names as news text prints them: capitalised, abbreviations with their dot, or without it
# beside a day's number ("may" and "march" are a verb).
TIMELINE_MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8,
    "Sept.": 9, "Sep.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
    # Without the dot only before or after a day's number (`from Dec 1`, `24 Nov 2026`): see DOTLESS_MONTHS.
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sept": 9, "Sep": 9, "Oct": 10,
    "Nov": 11, "Dec": 12,
}
# Abbreviations a month stands for only beside a day's number: alone, `Jan` is a name.
DOTLESS_MONTHS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"})
# Any of those names as one pattern (longest first, dots escaped): `June 23`, `Sept. 4`, `23 Jun`.
ENGLISH_MONTH = "(?:" + "|".join(re.escape(name) for name in sorted(TIMELINE_MONTHS, key=len, reverse=True)) + ")"
TIMELINE_WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}
# A part of a month: "early March", "mid-January", "the end of June" -> early | mid | late.
MONTH_PARTS: dict[str, str] = {
    "early": "early", "mid": "mid", "late": "late",
    "beginning": "early", "start": "early", "middle": "mid", "end": "late",
}
# Day ranges of each part, for ordering and for deciding which month a tense points to.
MONTH_PART_DAYS: dict[str, tuple[int, int]] = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
DAY_PARTS = ("morning", "afternoon", "evening", "night")
# Words written directly before a date that belong to the expression ("on Jan. 20").
INCLUDED_PREPOSITIONS = ("on", "in", "since")
# Words that make a bare month or year a date when written directly before it ("by 2030",
# "until March"). "in", "on" and "since" above count too.
DATING_WORDS = frozenset({
    "by", "until", "till", "from", "to", "through", "before", "after", "during", "between",
    "around", "circa", "of", "and", "or", "early", "late", "mid",
    "into",  # `extend the season into October`
})
# Words before a year that make it a modifier dating an event ("the 2016 election").
YEAR_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
# Words after a number that make it a count, not a year ("by 2024 votes").
COUNT_NOUNS = frozenset({
    "votes", "people", "troops", "soldiers", "times", "points", "yen", "dollars", "euros", "units",
    "cars", "jobs", "meters", "metres", "feet", "km", "kilometers", "miles", "tons", "tonnes",
    "percent", "seats", "cases", "deaths", "workers", "employees", "students", "members",
    "residents", "households", "homes", "passengers", "visitors", "yards", "hours", "minutes",
    "officers", "officials", "police", "vehicles", "ships", "aircraft", "refugees", "patients",
    "children", "adults", "users", "customers", "shares", "acres", "hectares", "signatures",
})
# Words after a number that make it an address ("1600 Pennsylvania Avenue").
STREET_WORDS = frozenset({"Avenue", "Street", "Road", "Boulevard", "Drive", "Lane", "Way", "Place", "Ave.", "St."})
# A weekday inside a name is not a date: "Good Friday Agreement", "The Sunday Times".
WEEKDAY_NAME_PREFIXES = frozenset({"Good", "Black", "Cyber", "Super", "Holy", "Ash", "Palm", "Easter", "Bloody", "Maundy"})
WEEKDAY_NAME_SUFFIXES = frozenset({
    "Times", "Telegraph", "Mirror", "Express", "Post", "Herald", "Independent", "Agreement",
    "Accord", "Massacre", "School", "Club", "Football", "Service", "Prayers", "Review", "Show",
})
# Counted offsets: "three days ago", "two days later".
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Tense. Markers are matched case-insensitively, longest first; the marker nearest before a
# date (in its clause) decides, so "who arrived ... on Thursday, was set to meet ... on
# Friday" reads Thursday as past and Friday as future.
# Prospective wording: the event comes after the time of writing.
FUTURE_MARKERS = (
    r"(?:is|are|was|were|am)(?:\s+(?:also|still|now|not|widely|then|already))?\s+"
    r"(?:set|scheduled|due|slated|expected|poised|likely|going|about|planning|preparing)\s+to",
    # (`a record was set in March` was made then: `set in` is no schedule's)
    r"(?:is|are|was|were)(?:\s+(?:also|still|now|tentatively))?\s+(?:set(?!\s+in\b)|scheduled|slated|planned|due)(?:\s+(?:for|on|in)\b|\b)",
    r"(?:is|are|was|were)\s+to",
    r"(?:scheduled|slated)\s+(?:for|on)",  # `the next meeting, scheduled for March 18`
    # Without `be`, after its noun: `with cloud and rain likely to sweep back in on Monday`, `a ruling expected to come ...`
    r"(?:likely|expected|poised|slated)\s+to(?=\s+[a-z])",
    # Not a noun's `to` (`presented the plan to a panel`): the infinitive's verb follows.
    r"(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|hopes?|hoped|expects?|expected|vows?|vowed|pledged?|promised)\s+to"
    r"(?!\s+(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|each|every)\b|(?-i:[A-Z\d])))",
    # A present wish or request with its object before the infinitive: `expects the pool to reopen in September`.
    r"(?:expects|wants|asks|urges|allows)\s+(?:[a-z’']+\s+){1,4}?to(?=\s+[a-z])",
    r"(?:will|won[’']t|shall|would|may|might|should|must)(?:\s+(?:not|also|still|now|soon|likely|probably|then|again|only|\w+ly))*"
    r"(?:\s+(?:be|have(?:\s+been)?)\s+[a-z]+)?",
    r"[’']ll",
    r"upcoming",
)
# Irregular past forms and past participles (regular "-ed" forms are recognised by shape).
PAST_WORDS = frozenset({
    "was", "were", "had", "did", "said", "told", "met", "took", "made", "went", "came", "left",
    "held", "rose", "fell", "broke", "sank", "began", "won", "lost", "saw", "gave", "got", "found",
    "spoke", "flew", "sent", "ran", "brought", "built", "bought", "thought", "became", "led", "felt",
    "kept", "paid", "sold", "stood", "wrote", "chose", "drew", "grew", "knew", "struck", "swore",
    "taught", "caught", "fought", "sought", "meant", "heard", "spent", "sat", "shot", "stole",
    "threw", "understood", "withdrew", "woke", "wore", "drove", "froze", "hid", "rode", "rang",
    "sang", "shook", "tore", "fled", "fed", "bent", "lent", "dealt", "dug", "hung", "lit", "upheld",
    "oversaw", "arose", "been", "gone", "done", "seen", "taken", "given", "risen", "fallen",
    "begun", "grown", "shown", "known", "written", "spoken", "chosen", "driven", "broken",
    "flown", "thrown", "drawn", "withdrawn", "sworn", "ago", "earlier", "previously",
})
# Words that end in "ed" and are no past tense.
NOT_PAST_ED = frozenset({
    "need", "seed", "speed", "feed", "breed", "deed", "greed", "weed", "bleed", "red", "bed",
    "shed", "wed", "hundred", "sacred", "naked", "wicked", "kindred", "indeed", "proceed",
    "succeed", "exceed", "embed", "steed", "creed", "tweed", "sled",
})
# Present tense without a prospective marker: no clear tense, the nearest date wins.
PRESENT_WORDS = frozenset({
    "is", "are", "am", "says", "say", "has", "have", "takes", "begins", "starts", "ends", "opens",
    "closes", "meets", "comes", "goes", "holds", "remains", "faces", "runs", "falls", "lands",
})
# Words before an "-ed" form that make it an adjective ("the proposed bill").
DETERMINERS = YEAR_DETERMINERS | {"these", "those", "some", "any", "no", "my", "your"}

# Where the story is, for "local time": place names (as printed) -> IANA zone. Only places
# with one zone; "the United States" has six. The nearest place named before a "local time"
# expression in its sentence wins, then the dateline, then the nearest earlier in the text.
PLACE_ZONES: dict[str, str] = {
    "Washington": "America/New_York", "White House": "America/New_York", "New York": "America/New_York",
    "Pennsylvania": "America/New_York", "Virginia": "America/New_York", "Maryland": "America/New_York",
    "Florida": "America/New_York", "Mar-a-Lago": "America/New_York", "Palm Beach": "America/New_York",
    "Boston": "America/New_York", "Maine": "America/New_York", "Atlanta": "America/New_York",
    "Miami": "America/New_York", "Pentagon": "America/New_York", "Capitol Hill": "America/New_York",
    "Chicago": "America/Chicago", "Texas": "America/Chicago", "Houston": "America/Chicago",
    "Denver": "America/Denver", "Los Angeles": "America/Los_Angeles", "San Francisco": "America/Los_Angeles",
    "California": "America/Los_Angeles", "Seattle": "America/Los_Angeles", "Honolulu": "Pacific/Honolulu",
    "Hawaii": "Pacific/Honolulu", "Ottawa": "America/Toronto", "Toronto": "America/Toronto",
    "Mexico City": "America/Mexico_City", "Lima": "America/Lima", "Brasilia": "America/Sao_Paulo",
    "Sao Paulo": "America/Sao_Paulo", "Rio de Janeiro": "America/Sao_Paulo", "Buenos Aires": "America/Argentina/Buenos_Aires",
    "Tokyo": "Asia/Tokyo", "Japan": "Asia/Tokyo", "Osaka": "Asia/Tokyo", "Kyoto": "Asia/Tokyo", "Okinawa": "Asia/Tokyo",
    "Haneda": "Asia/Tokyo", "Narita": "Asia/Tokyo", "Hiroshima": "Asia/Tokyo", "Nagasaki": "Asia/Tokyo",
    "Seoul": "Asia/Seoul", "South Korea": "Asia/Seoul", "Pyongyang": "Asia/Pyongyang", "North Korea": "Asia/Pyongyang",
    "Beijing": "Asia/Shanghai", "Shanghai": "Asia/Shanghai", "China": "Asia/Shanghai", "Hong Kong": "Asia/Hong_Kong",
    "Taipei": "Asia/Taipei", "Taiwan": "Asia/Taipei", "Manila": "Asia/Manila", "Philippines": "Asia/Manila",
    "Hanoi": "Asia/Ho_Chi_Minh", "Bangkok": "Asia/Bangkok", "Singapore": "Asia/Singapore",
    "Kuala Lumpur": "Asia/Kuala_Lumpur", "Jakarta": "Asia/Jakarta", "New Delhi": "Asia/Kolkata",
    "India": "Asia/Kolkata", "Mumbai": "Asia/Kolkata", "Kerala": "Asia/Kolkata", "Islamabad": "Asia/Karachi",
    "Tehran": "Asia/Tehran", "Jerusalem": "Asia/Jerusalem", "Tel Aviv": "Asia/Jerusalem", "Israel": "Asia/Jerusalem",
    "Gaza": "Asia/Gaza", "Riyadh": "Asia/Riyadh", "Dubai": "Asia/Dubai", "Doha": "Asia/Qatar",
    "Ankara": "Europe/Istanbul", "Istanbul": "Europe/Istanbul", "Cairo": "Africa/Cairo", "Nairobi": "Africa/Nairobi",
    "Johannesburg": "Africa/Johannesburg", "Moscow": "Europe/Moscow", "Kyiv": "Europe/Kyiv", "Ukraine": "Europe/Kyiv",
    "London": "Europe/London", "Britain": "Europe/London", "Paris": "Europe/Paris", "France": "Europe/Paris",
    "Berlin": "Europe/Berlin", "Germany": "Europe/Berlin", "Munich": "Europe/Berlin", "Brussels": "Europe/Brussels",
    "The Hague": "Europe/Amsterdam", "Amsterdam": "Europe/Amsterdam", "Geneva": "Europe/Zurich",
    "Rome": "Europe/Rome", "Madrid": "Europe/Madrid", "Vienna": "Europe/Vienna", "Warsaw": "Europe/Warsaw",
    "Sydney": "Australia/Sydney", "Canberra": "Australia/Sydney", "Wellington": "Pacific/Auckland",
}
# Phrases after a time that fix its zone to Japan's (+09:00), whatever the story's place.
JAPAN_TIME_PHRASES = ("Japan time", "Tokyo time", "JST")
# Abbreviations whose dot does not end a sentence (besides month abbreviations and initials).
SENTENCE_ABBREVIATIONS = frozenset({
    # months and weekdays as news style abbreviates them
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    # titles and ranks
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "cmdr",
    "adm", "sgt", "gov", "sen", "rep", "pres", "rev", "hon", "amb", "supt", "insp", "fr", "pref",
    # companies and the rest
    "corp", "inc", "co", "ltd", "plc", "bros", "no", "nos", "vol", "vs", "v", "etc", "approx",
    "dept", "est", "fig", "ft", "mt", "ave", "blvd", "rd", "univ", "assn", "intl", "natl",
})  # compared lowercased, without the stop; "U.S.", "a.m.", "e.g." and initials are told by shape

# --- add and candidates (briefs.contribute.add, briefs.contribute.candidates) -------------------------------

# Small words left out of a slug, so that it keeps the headline's content words:
# "Japan and U.S. Hold Talks" -> "japan-u-s-hold-talks". Negations ("no", "not") and
# particles ("up", "off", "out") stay: they change what a headline says.
SLUG_STOP_WORDS = frozenset("""
a an the and or but nor so yet as if than then
of to in on at by for from with into onto over about amid via per vs
is are was were be been being am has have had do does did will would shall should can could may might must
it its this that these those there here what which who whom whose when where why how
he she they we you i me him her them us our their his my your
""".split())
# Titles and honorifics that stand before a name and are no name themselves: a candidate
# "Prime Minister Shigeru Ishiba" is "Shigeru Ishiba", and "Chief Cabinet Secretary" alone
# is none. Compared word by word, case-folded and without dots ("U.S." -> "us"); the
# longest title at a place wins. No bare "General" or "Justice": "General Motors",
# "Justice Ministry" are names.
NAME_TITLES = frozenset("""
president|vice president|prime minister|deputy prime minister|premier|chancellor|minister|foreign minister
defense minister|defence minister|finance minister|trade minister|chief cabinet secretary|cabinet secretary
secretary|secretary of state|secretary of defense|secretary of the treasury|secretary-general|secretary general
press secretary|treasury secretary|defense secretary|attorney general|governor|gov|mayor|senator|sen
representative|rep|congressman|congresswoman|lawmaker|councillor|councilor|council member|speaker|house speaker|ambassador|amb|envoy
chairman|chairwoman|chair|chairperson|chief executive|ceo|director|director-general|director general
spokesman|spokeswoman|spokesperson|commissioner|leader|supreme leader|opposition leader|chief|chief justice
king|queen|emperor|empress|crown prince|crown princess|prince|princess|pope|first lady
gen|adm|admiral|lt|col|maj|capt|sgt|commander|professor|prof|pres|rev
""".strip().replace("\n", "|").split("|"))
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam"})
# Title words that follow the post's own capitalised words: "Economic Security Minister",
# "White House Press Secretary". Any capitalised words before one belong to the title.
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "spokesman", "spokeswoman", "spokesperson"})
# Words that qualify a title without being a name: "Former U.S. President", "Israeli Prime
# Minister", "Acting Mayor". Demonyms not listed are told by their ending (TITLE_DEMONYM_ENDINGS).
TITLE_QUALIFIERS = frozenset("""
former then acting deputy vice senior interim outgoing incoming new late top
us uk un eu american british chinese japanese korean russian israeli french german
indian pakistani saudi thai iraqi afghan dutch swiss greek czech filipino philippine
""".split())
TITLE_DEMONYM_ENDINGS = ("ese", "ian", "ish", "ean")

# --- parser features (briefs.sources.headline, clutter and byline score lines with these) ---------------------------


# Words of a site's interface, in the languages outlets' chrome comes in. A short line made
# mostly of these (and numbers) is a button, a prompt or a menu item, wherever it stands:
# "Reprints & Permissions", "Already a subscriber? Log in", "Lesezeit: 2 Min.", "番組".
# Compared case-folded, word by word; multi-word phrases are matched in the line's text.
INTERFACE_WORDS = frozenset("""
share shares shared sharing reprint reprints permission permissions license licence licensing save saved
copy link links print printing email e-mail mail comment comments commenting reply replies subscribe subscribed
subscriber subscribers subscription unsubscribe login logout signin signup sign log register account username
password preferences settings menu search close window tab browser view watch video videos player play pause
duration audio listen podcast gallery photos photo slideshow read reading time min mins minute minutes
follow followers like likes tweet post posts toggle show hide expand collapse more less next previous back top
skip content navigation home page useful feedback yes no report cookie cookies accept consent
newsletter newsletters alert alerts notifications download app apps forwarded preferences leave now here url
key events update updates pinned highlights
teilen speichern drucken suche anmelden abmelden startseite lesezeit kommentar kommentare artikel merken
abonnieren schließen zurück weiter mehr
partager imprimer accueil rechercher connexion abonnez-vous abonner fermer commentaires
compartir imprimir portada buscar suscríbete cerrar comentarios
condividi stampa cerca accedi chiudi
ニュース 番組 メニュー 検索 ログイン 会員登録 シェア ツイート 印刷 保存 閉じる 続きを読む 動画 記事 一覧 トップ
podcasts spotify youtube itunes soundcloud rss transcript learn paid gift tip touch article articles full
social join channel whatsapp telegram instagram facebook twitter linkedin tiktok threads bluesky google
refresh reload live click typo error enlarge image caption republish helpful forward forwarded inbox aa
previous reprints feed preferences manage accessibility e-paper epaper e-edition pdf kb mb
síguenos seguinos suivez-nous suivez folgen folgt únete unisciti seguici abonnieren inscríbete fehler melden jetzt
""".split())
# Phrases of the interface that are more than their words: matched anywhere in a short line.
INTERFACE_PHRASES = re.compile(
    r"(continue reading|already a subscriber|log in|sign in|sign up|view in browser|open in a new tab|"
    r"this page useful|key events|min read|reading time|lesezeit|temps de lecture|tiempo de lectura|"
    r"lire aussi|lee también|leer más|à lire aussi|weiterlesen|mehr lesen|read more|see more|"
    r"comment on this|links open|zum inhalt|aller au contenu|ir al contenido|iniciar sesión|se connecter)"
    # Pointers to a player on the page, and prompts to subscribe or to send a tip.
    r"|watch the .{0,30}(above|below)|(video|player|report) (above|below)|news provided by"
    r"|^subscribe to\b|get in touch|confidential tip"
    # Prompts of feedback, forwarding and following, and the buttons around a photo.
    r"|^(was|is|did you find) this .{0,30}(helpful|useful)|forward (it|this)( e-?mail| newsletter)? to a friend"
    # (`Follow us on X`, `Follow us:`; not a subheading quoting someone: `‘They follow us everywhere’`)
    r"|report an? (typo|error|mistake|correction)|click here|follow us(?= on\b|\s*$|\s*[:@|])|(hide|toggle|show) caption|enlarge this"
    r"|check back (later )?for updates|^why you can trust\b|^(start|end) of list$|^skip (next|previous) section\b"
    r"|^(font|text) size\b|^schriftgröße\b"
    # A read-later app's mark over a passage its reader highlighted: `Highlight · Mar 14`.
    r"|^highlight(ed)?\s*[·•|–—-]\s*(\w{3,9}\.? \d{1,2}|\d{1,2} \w{3,9}\.?)(,? \d{4})?$"
    # A reader poll's and a quiz's buttons and counters: `View results`, `2,418 votes · Poll closes March 28`.
    r"|^(invalid|enter a valid) e-?mail( address)?\W*$|^loading(\.\.\.|…)?$|^[0-2](\.\d{1,2})?x$"
    r"|^(view|see|show) (the )?results$|^check (your )?answers?$|^question \d{1,2} of \d{1,2}$|^take the (full )?quiz\b"
    r"|^[\d,.]+ votes?\b.{0,40}$|^(poll|voting) (closes|closed|ends)\b.{0,40}$|^watch on (youtube|vimeo)$"
    # A learners' edition's level switch and its note on the words it explains.
    r"|^choose (your |a )?(level|language|edition)\b.{0,60}$|^words (in bold|underlined|highlighted) (are|appear)\b.{0,100}$"
    # An obituary's guest book and flowers, and a notice's publisher line.
    r"|^(sign|view|read) (the )?guest ?book\b|^send flowers\b|^share a memory\b|^(leave|offer) (a )?condolences?\b"
    # Prompts to get the outlet's app, and notes on a closed comment section.
    r"|^(get|download|install|try) (the|our) .{1,30} app$|\b(does not|doesn'?t) allow comments\b"
    r"|^comments (are|have been) (closed|disabled|turned off)\b"
    # Buttons that keep a story or a topic: `Add to myLedger`, `Save to reading list`, `Follow topic`.
    r"|^\+?\s*(add|save) to (my ?\w+|favou?rites|(my )?reading list|bookmarks|(my )?collection)$|^(follow|add)( this)? topics?$",
    re.I,
)
# Small words that make a line read as language rather than as a label (jusText's stop-word
# density): English, German, French and Spanish, enough to tell a sentence from a menu.
STOP_WORDS = frozenset("""
a an the and or but of to in on at by for from with as is are was were be been has have had it its your my
this that these those he she they we you his her their our not no will would can could said says
der die das und oder ein eine mit von zu im am ist sind war wurde nicht auch für auf dem den des
le la les et ou un une des du de en au aux est sont été pour par avec dans sur qui que ne pas
el los las y o un una del en es son fue para por con que se no al lo su
""".split())

# A line naming its author, in the languages bylines come in: `Par Camille Laurent`,
# `Por Ana Ruiz`, `Posted by Greta Holm on February 7, 2025`, `Reporter: Min-jun Park`.
BYLINE_MULTILINGUAL = re.compile(
    r"^(?:by|par|por|di|door|von|av|af|written by|posted by|words by|reported by|reporter|writer|author|autor|auteur|byline|text)"
    r"\s*:?\s+(?P<byline>[A-ZÀ-ÖØ-Þ][^\d:|]{2,120}?)"
    r"(?:\s+on\s+(?P<date>.*\d{4}.*))?$",
    re.I,
)
# Job titles written after a name: `Ben Hartley Games Editor`, `Nora Lindqvist, Contributing
# columnist`, `Liam Byrne; Political Editor`. The role is these words (and capitalised
# words before them); the name is what comes before.
ROLE_WORDS = frozenset("""
editor editors correspondent correspondents reporter reporters writer writers columnist columnists
producer producers contributor contributors journalist journalists analyst critic photographer
staff intern anchor presenter host chief senior deputy associate contributing managing executive
political business games sports sport science health tech technology foreign diplomatic economics
economy environment culture arts education legal investigations data digital news national
international world local city desk bureau special researcher researchers fact-checker fact-checkers
commentator fellow fellows professor lecturer scholar
vp svp evp ceo cfo cto coo director head manager spokesperson spokesman spokeswoman communications
president officer
""".split())
# Names that sign for a whole newsroom rather than a person.
COLLECTIVE_BYLINE = re.compile(r"^(the )?(editorial board|editorial staff|editors|staff reports?|news desk)$", re.I)
# An outlet named after an author: `JACK MORGAN FOR THE DAILY EXAMPLE`, `SAMUEL ORTIZ Associated Press`.
BYLINE_FOR_OUTLET = re.compile(
    r"\s+(?i:for|für|pour|para|at|in)\s+(?i:the\s+)?[A-Z].*$|\s+\S+@\S+.*$|\s*\([^)]*@[^)]*\)$"
)
AGENCY_NAMES = frozenset({
    "associated press", "the associated press", "reuters", "agence france-presse", "afp", "kyodo", "kyodo news",
    "jiji press", "efe", "dpa", "ansa", "xinhua", "yonhap", "bloomberg", "ap", "agence france presse",
})

# A summary box printed above the article: its heading, then its items.
SUMMARY_HEADING = re.compile(r"^(key points|key takeaways|at a glance|in brief|in short|in summary|highlights|summary|tl;?dr|"
                             r"the short version|quick reads?|what you need to know|synopsis|"
                             r"the big picture|what we know|das wichtigste in kürze|l'essentiel|"
                             r"why it matters|what to know|the essentials|story highlights|key facts|quick facts|"
                             r"in a nutshell|the gist|main points|summari[sz]e this (article|story)( with ai)?|"
                             r"key (findings|judgments|judgements|messages|insights)|main findings|"
                             r"ai[- ](generated |assisted )?summary)"
                             # a machine summary says so beside its heading: `Key Points AI-assisted summary`
                             r"(\s*[-–—|:(]?\s*(ai[- ](assisted|generated|powered)( summary)?|generated by ai|"
                             r"summari[sz]ed by ai)\)?)?\s*:?$", re.I)
# An author box after the article: its heading, then the name and a line about them.
AUTHOR_BOX_HEADING = re.compile(r"^(about the (author|writer)s?|the author|über (den|die) autor(in)?|"
                                r"à propos de l'auteur|sobre el autor|written by)\s*:?$", re.I)
# The end of a press release and what follows it.
END_MARK = re.compile(r"^(#{3,}|-30-|- ?ends ?-|ends|end)$|^(for )?(media|press) (contact|enquiries|inquiries)\b.*$"
                      r"|^\((end|ends|fin)\)$", re.I)
# A video's or a podcast's running time under its title: `1:48`, `Duration: 2 minutes 5 seconds`, `03:12 min`.
# A video player's running time, maybe after its label: `VIDEO 02:41`, `Watch 1:12`.
# (or in words after the label and a stop, as an Australian broadcaster prints it: `Play Video. Duration: 2 minutes 4 seconds`)
LABELLED_RUNNING_TIME = re.compile(r"^(?:video|watch|watch now|play video|play)\s*[:|·]?\s*(\d{1,2}:)?\d{1,2}:\d\d$"
                                   r"|^play (?:video|audio)\.?\s*duration:?\s+\d{1,2} (?:minutes?|seconds?)\b.{0,20}$", re.I)
# A source's label before its name and the date: `Source: The Straits Courier, 1 December 2026`. Under the story it
# dates an excerpt (`briefs.sources.tail.read_tail_fields`); it stays a credit, never the header's time line.
SOURCE_LABEL_FIRST = re.compile(r"^(?:source|via|from)\s*:\s*(?=[A-Z])", re.I)
# A live page's label before its headline: `LIVE: Taiwan election results - ...`, `Live updates: ...`.
LIVE_LABEL = re.compile(r"^live(?: updates?)?\s*[:|]\s+\S", re.I)
# A video player's label alone on its line, over its video's title.
PLAYER_LABEL_ALONE = re.compile(r"^(?:video|watch|watch now|play video|now playing)$", re.I)
RUNNING_TIME = re.compile(
    r"^(duration:?\s*)?(\d{1,2}:)?\d{1,2}:\d\d(\s*min)?$|^duration:?\s+\d.{0,30}$"
    # in short, under the player's label: `2m`, `1m 30s`
    r"|^\d{1,2}m(?:\s?\d{1,2}s)?$"
    # with the video's source after it: `02:14 - Source: GNN`
    r"|^(\d{1,2}:)?\d{1,2}:\d\d\s*[-–—|]\s*source:\s*\S.{0,40}$",
    re.I,
)
# A release's end mark alone on its line: what follows is its boilerplate and contacts (`briefs.sources.tail`).
END_MARK_ALONE = re.compile(r"^(#{3,}|-30-|[-–—] ?ends ?[-–—]|ends)$", re.I)
# A wire's end mark printed after the last sentence, on its line: `... next month. Enditem`, and the
# Vietnamese agencies' `./.` (`... (Vinafruit)./.`).
END_MARK_AFTER_TEXT = re.compile(r"(?<=[.!?\"”’])\s*(Enditem|\(END\)|\(end\)|-30-|###|/\.)$")
# Markers above a headline that say what kind of story it is.
# A wire's note on what a new version changed: `(Updates with analyst comment in fifth paragraph.)`.
VERSION_NOTE = re.compile(r"^\((updates|adds|recasts|corrects|changes|rewrites|refiles|fixes|updated|adds?)\b[^()]{2,160}\)$", re.I)
STORY_MARKERS = re.compile(r"^(exclusive|breaking|breaking news|live|update|updated|watch|analysis|flash|urgent|developing|"
                           r"subscriber exclusive|subscribers only|for subscribers|members only|premium|paid content|"
                           r"sponsored|sponsored content|partner content|advertorial|key event|pinned|pinned post|"
                           r"eilmeldung|exklusiv|en direct|última hora|速報|"
                           # an editor's copy of a story still in the making: `DRAFT – not for publication`
                           r"draft|(draft\s*[-–—:|]?\s*)?(not|embargoed,? not) for (publication|broadcast|distribution|release))$", re.I)
# A bare clock time printed before each entry of a live blog: `14:32`, `2.15pm`.
# (its zone may be an offset from GMT: `2:52 PM GMT+1`, as a wire's site prints it under the date)
ENTRY_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}(\s*[ap]\.?m\.?)?(\s+(?:[A-Z]{2,4}|(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d{2})?))?$", re.I)
# Lists as pasted text shows them: `- item`, `• item`, `1. item`, `2) item`.
BULLETS = "-–•·*▪●◦"  # the characters a list item may open with (`sources.sentences` skips them too)
LIST_ITEM = re.compile(r"^(?:[" + BULLETS + r"]|\d{1,2}[.)])\s+(?P<item>\S.*)$")
# A block quote pasted from e-mail or a forum: `> text`.
QUOTE_LINE = re.compile(r"^>\s?(?P<quote>.*)$")
# Labels of publication times that are not the first publication: the other time is preferred.
UPDATED_LABEL = re.compile(r"\b(updated?|modified|last updated|aktualisiert|mis à jour|modifié|modifiée|actualizado|atualizado|"
                           r"aggiornato|bijgewerkt|uppdaterad|opdateret|oppdatert|actualizat|zaktualizowano|aktualizacja|"
                           r"aktualizováno|päivitetty|güncellenme|güncelleme|frissítve|ažurirano|diperbarui|ενημέρωση|更新)\b", re.I)
# (`Updated Dec. 2, 2026 8:30 am ET / Original Dec. 2, 2026 6:12 am ET`: a financial weekly's label of the first time)
PUBLISHED_LABEL = re.compile(r"\b(published|publish|publication|posted|first published|first posted|originally (?:published|posted)|(?<=[/|] )original|release date|input|입력|veröffentlicht|publié|"
                             r"publicado|pubblicato|gepubliceerd|publicerad|publiceret|publisert|publicat|opublikowano|"
                             r"publikováno|vydáno|julkaistu|yayınlanma|közzétéve|objavljeno|diterbitkan|δημοσίευση|公開|配信)\b", re.I)
# Month names in further languages, for time lines (`7 de febrero de 2025`).
MONTHS.update({
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12,
    # Portuguese and Spanish months cut to three letters, as stamps print them: `03 dez 2026`, `3 dic. 2026`
    "fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12, "ene": 1, "dic": 12,
})
# Of those, the ones that are English words too (`sold out 5 times`): read only where a year follows them.
MONTH_WORDS_ALSO_ENGLISH = frozenset({"mai", "ago", "set", "out"})
# Every month name the parser reads, longest first, as one alternation for patterns that need a month.
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# What a bio says its author is or does, right after the name (`Ms. Kitagawa is ...`, `MARCUS FELD is Professor ...`).
BIO_VERB = re.compile(r" (?:is|was|has been|serves as|teaches|directs|leads|covers|writes)\b")
# Photo credits beyond CAPTION_CREDIT's: `(Supplied: Rural Fire Service)`, `(Courtesy of ...)`.
EXTRA_CREDIT = re.compile(_CREDIT_SEPARATOR + r"(?P<credit>\(?(supplied|((photo|image|picture) )?courtesy( of)?|handout|file photo|filepic|file pic|foto|bild|"
                          r"submitted( by)?|(representational|representative|file|stock) (image|photo|picture)|"
                          # An agency's or an outlet's own file picture: `— MPA file photo`, `Reuters handout image`.
                          r"(?-i:[A-Z][\w&.'’-]*)(\s+(?-i:[A-Z][\w&.'’-]*)){0,3}\s+(file|stock|handout|pool) (photo|picture|image)|"
                          # An agency's own photo with its date, after the caption's stop: `... Friday. CNA photo May 23, 2025`.
                          r"(?<=[.!?]\s)(?-i:[A-Z]{2,8}) photo(\s+" + ENGLISH_MONTH + r"\.? \d{1,2}, \d{4})?|"
                          r"写真)\s*[:/]?\s*[^.()]{0,60}\)?\.?"
                          # A Japanese paper's credit in full-width brackets: `（東邦新聞撮影）`, `(Photo by the ministry)`.
                          r"|[（(][^（）()]{1,30}撮影[）)])$", re.I)
# A photographer working for an outlet, in brackets: `(Jenna Morrow for The Brightwater Standard)`; or bare after
# the caption's stop, as a news app joins the two: `... in October. Ellen Marsh for The Meridian Post`.
FOR_OUTLET_CREDIT = re.compile(
    r"(?<=[.!?\"”])\s*(?P<credit>\((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})(?: |\s*/\s*)for (?-i:(?:The )?[A-Z][\w&.'’ -]{1,40})\)"
    # unbracketed: `... on Saturday. Jordan Vick for The Prairie Record`, `... Jordan Vick for Crosswind News`, `... for KQX`
    r"|(?<=[.!?] )(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z.'’-]+){1,2}) for "
    r"(?-i:(?:The )?[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3}|[A-Z]{2,6}))$"
)
# Credits known by their shape after the caption's stop: a photographer and an agency or a source between
# brackets with a slash (`... in Suva. (Republic of Fiji Military Forces/Facebook)`, `(Keystone/Noémie Baud)`),
# or an agency's initials after a dash (`... on Tuesday. — APP`).
SHAPED_CREDIT = re.compile(
    r"(?<=[.!?\"”])\s*(?P<credit>\((?-i:[A-ZÀ-Þ][\w.'’&-]*(?: [\w.'’&-]+){0,5})\s*/\s*(?-i:[A-ZÀ-Þ][\w.'’&-]*(?: [\w.'’&-]+){0,5})\)"
    r"|[—–-]\s*(?-i:[A-Z]{2,6})"
    # ... or the photographer in capitals for the outlet, as a French daily's English edition credits: `... on
    # November 26, 2026. MATHILDE ROUSSEAU FOR “LE GLOBE”`
    r"|(?<=[.!?\"”])\s+(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3}) (?-i:FOR|POUR|PARA|FÜR) [«“\"]?\s*"
    r"(?-i:[A-ZÀ-Þ][\w'’ .&-]{1,40}?)\s*[»”\"]?"
    # ... or the photographer and a newsroom's name after the caption's stop: `... on Thursday. Jonathan Cellona, ACN News`
    r"|(?<=[.!?])\s+(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z.'’-]+){1,2}), (?-i:(?:[A-Z][\w&'’.-]*|[A-Z]{2,6}) ){0,3}(?-i:News|Images|Photos?|Pictures)"
    # ... or a courtesy credit dated after the caption's stop: `... Ministry of National Defense. Photo courtesy of the
    # Ministry of National Defense Dec. 5, 2026`
    r"|(?<=[.!?])\s+(?-i:Photo|Image|Picture)s? courtesy of [^.]{2,80}?(?:\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?"
    # ... or an agency's name after the caption's stop: `... at Seoul Station in Seoul, Friday. Daehan Wire`
    r"|(?<=[.!?])\s+(?-i:(?:[A-Z][a-z]+ ){1,2}(?:Wire|Images|Photos|Pictures))"
    # ... or whose handout it is, in brackets: `... on Friday, December 4. (Philippine Coast Guard handout)`
    r"|\((?-i:[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4}) (?:handout|handout photo|file photo)\)"
    # ... or a Malaysian daily's: the source and `pic` after a dash, `... in Putrajaya. — Bernama pic`
    r"|[—–-]\s*(?-i:[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}) (?:pic|picture|photo|file pic|file photo)s?"
    # ... or a label and its source in capitals after a bar: `... in Mtwara Municipality. PHOTO | FILE`
    r"|(?-i:PHOTO|PICTURE|IMAGE|FOTO)S?\s*[|:/]\s*(?-i:[A-Z][A-Z .'’&-]{1,40})"
    # ... or the picture's owner in brackets, two to seven capitalised words: `... in the Pacific Ocean. (Japan Maritime
    # Self-Defense Force)`, `... on Tuesday. (Gobierno de Sonora)`
    r"|\((?-i:[A-ZÀ-Þ][\w'’-]+(?: (?:[A-ZÀ-Þ][\w'’-]+|de|del|da|do|of|the|and|la|le|des|du|für|di)){1,6})\)"
    # ... or the photographer and the outlet with a bar between: `... in Corvale. Jalen Okafor | Lakeshore State Media`
    r"|(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z.'’-]+){1,2}) \| (?-i:(?:The )?[A-Z][\w&'’.-]+(?: [A-Z][\w&'’.-]+){0,4}))$"
)
# A labelled credit in brackets, after a caption with no stop: `... earmarked for closure (Image: Northlight Media)`.
PAREN_LABEL_CREDIT = re.compile(r"(?<=\S)\s*(?P<credit>\((?i:image|photo|picture|pic|credit|foto|bild)s?\s*:\s*[^()]{2,60}\))$")
# A relative age after a byline or a label: `Thandeka Mthembu | Published 2h ago`, `... • 2h`.
TRAILING_AGE = re.compile(
    r"\s+[|•·]\s+(?:(?:updated|published|posted)\s+)?(?:(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)"
    r"(?:\s+ago)?|just now|yesterday)\s*[|•·]?$",
    re.I,
)
# A caption labelled as one, as a broadcaster's page copies it: `Image caption, The ferry at Kilnaver`.
LABELLED_CAPTION = re.compile(
    r"^(?:image|photo|picture|media|video) caption\s*[,:]\s*(?=\S)"
    # A broadcaster's label on old pictures in its video: `File footage: The border between North and South Korea`.
    r"|^file (?:footage|video|pictures)\s*:\s*(?=\S)",
    re.I,
)
# The reader spoken to: a story reports, the outlet's prompts and notices address `you`.
READER_PRONOUN = re.compile(r"\b(you|your)\b", re.I)
# A headline's own kicker in capitals, the kind of piece it is, not a link's label: `EXPLAINED: What ... means`.
HEADLINE_KICKER = re.compile(
    r"^(?:EXPLAINED|EXPLAINER|ANALYSIS|EXCLUSIVE|REVEALED|INTERVIEW|OPINION|COMMENT|FACT CHECK|REVIEW|PROFILE|"
    r"IN PICTURES|IN NUMBERS|Q&A|INSIGHT|FEATURE|WATCH OUT|EDITORIAL|FACT SHEET|READOUT|STATEMENT|PRESS RELEASE|"
    r"MEDIA ADVISORY|JOINT STATEMENT)\s*:\s+\S"
    # or in title case before a bar, as a US daily's links to its columns print it: `Opinion | America's allies are ...`
    r"|^(?:Opinion|Analysis|Perspective|Commentary|Editorial|Review|Explainer) \| \S"
)
# The lead photo's label inside a closing note, its caption after it: `(Originally published in Japanese on December 18,
# 2026. Banner photo: Foreign Minister ... © Jiji.)`.
CAPTION_LABEL_IN_NOTE = re.compile(
    r"(?:^|(?<=[.)])\s+)(?:banner|top|header|cover|main|lead|featured|hero) (?:photo|image|picture)\s*:\s*(?=[A-Z])", re.I)
# The same label alone on its line, the caption on the next: `Image caption,` / `Neil Oduya won promotion ...`.
# (a Japanese daily's `Photo/Illutration`, so spelt on its pages, over each picture's caption)
CAPTION_LABEL_ALONE = re.compile(r"^(?:(?:image|photo|picture|media|video) )?caption\s*[,:]?$|^photo\s*/\s*illu?s?t?ration$", re.I)
# A label before a caption: `Header image: A dried-up stretch of the canal`, `Caption: ...`.
CAPTION_LABEL = re.compile(
    r"^(?:(?:header|main|top|lead|featured|hero) )?(?:image|photo|picture|caption)(?: caption)?\s*(?::|,(?=\s))\s*(?=\S)"
    r"|^photo\s*/\s*illu?s?t?ration\s+(?=[A-Z])"  # a Japanese daily's label run into the caption: `Photo/Illutration Defense ...`
    r"|^enlarge\s*/\s*(?=\S)"  # the button over a photo, copied with its caption: `Enlarge / A service truck ...`
    r"|^\d{1,2}\s*(?:of|/)\s*\d{1,2}\s*\|\s*(?=\S)"  # a gallery's counter before its caption: `1 of 3 | FILE - A Japan ...`
    # where the person stands in the picture: `Left: Army Secretary Paul Kessler testifies ...`
    r"|^(?:left|right|top|above|center|centre|pictured)\s*:\s*(?=[A-Z])",
    re.I,
)
# A credit glued to the caption by copying: `... on WednesdayImage: Jonas Brandt/picture alliance`.
GLUED_CREDIT = re.compile(
    r"(?<=[a-z0-9.!?\"”])(?P<credit>(?:Image|Photo|Picture|Bild|Foto|Credit)s?:\s*[^.:]{2,60})$"
    # A photographer and the agency in brackets, glued to the caption's stop: `... on Friday.Alejandro Muñiz (EFE)`.
    r"|(?<=[.!?])(?P<named>(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) \((?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)\))$"
)
# A wire's terms of use in brackets between a caption and its credit: `(For Use Only in the Republic of Korea. No Redistribution)`.
USAGE_NOTE = re.compile(
    r"(?<=[.!?)])\s*(?P<credit>\((?i:for (?:editorial )?use only|editorial use only|no (?:redistribution|sales|archiving)|not for (?:sale|resale))[^()]{0,80}\))$"
    # ... or a wire's notice to editors in capitals after the credit: `Kyodo/via REUTERS ATTENTION EDITORS - THIS IMAGE
    # WAS PROVIDED BY A THIRD PARTY. MANDATORY CREDIT. JAPAN OUT.`
    r"|(?<=\S)\s+(?P<notice>(?-i:ATTENTION EDITORS?\b|THIS (?:IMAGE|PICTURE|PHOTO) (?:WAS|HAS BEEN)\b|MANDATORY CREDIT\b|"
    r"EDITORIAL USE ONLY\b|NO (?:RESALES|ARCHIVES|THIRD PARTY SALES)\b)(?-i:[A-Z0-9 ,.'’/&():-]){0,200})$"
)
# A credit in square brackets, as state agencies print it: `[Photo/Xinhe]`, `[Photo by Li Wei]`.
BRACKETED_CREDIT = re.compile(
    r"\s*(?P<credit>\[(?i:photo|image|picture|video|file photo|file|screenshot)\b[^\[\]]{0,60}\])$"
    # An agency's name alone in capitals, as a Korean daily closes its captions: `... on Friday. [NEWS1]`, `[YONHAP]`.
    r"|(?<=[.!?\"”])\s*(?P<agency>\[[A-Z][A-Z0-9 ]{2,40}\]|\[(?-i:[A-Z][\w'’.&-]+(?: [A-Z][\w'’.&-]+){0,3})\])$"
    # A photographer's name after a bar and the caption's stop: `... told of the plans in an email. | Lisa Ferguson`.
    r"|(?<=[.!?\"”])\s*\|\s*(?P<name>(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}))$"
    # An outlet in capitals after a bar, as a Japanese daily credits its own picture: `... on Wednesday. | THE MERIDIAN SHIMBUN`.
    r"|(?<=[.!?\"”])\s*\|\s*(?P<caps>(?-i:(?:THE )?[A-Z][A-Z'’.&-]+(?: [A-Z][A-Z'’.&-]+){0,3}))$"
    # A broadcaster's credit in square brackets, with the photographer and the agency or how the picture
    # came: `... on Monday [Handout/Philippine Coast Guard via Reuters]`, `[Jane Roe/AP]`, `[File: Reuters]`.
    r"|\s(?P<sourced>\[(?:(?i:file|handout|courtesy)\b[^\[\]]{0,60}|[^\[\]]{1,60}(?:/|\bvia )[^\[\]]{1,40}|"
    r"(?i:reuters|afp|ap|epa|getty images|anadolu|xinhua|kyodo|yonhap|bloomberg)(?: (?i:photo|images?))?)\])$"
    # The photographer in capitals and the outlet, a bar between, in square brackets: `... than before the storms.
    # [ RAMÓN ESTEVEZ | Times ]`, as a Florida daily prints them.
    r"|(?<=[.!?\"”])\s*(?P<barred>\[\s*(?-i:[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){1,3})\s*\|\s*[^\[\]|]{2,40}\])$"
    # The photographer and the outlet, a comma between, in square brackets after the caption's stop: `... CBD.
    # [Boniface Okendo, Daily Taifa]`, as Kenyan dailies print them.
    r"|(?<=[.!?\"”])\s*(?P<named>\[[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3},\s*[A-Z][\w.'’&-]+(?: [A-Z][\w.'’&-]+){0,3}\])$"
)
# A wire's name alone in brackets after a caption's stop: `... taken Dec. 2, 2025. (Daehan)`, or a
# source and the wire that sent the photo: `(Nebraska State Patrol via AP)`.
# A labelled credit run on after a caption with no stop: `... since he was detained in Beijing Credit: Kyodo via Reuters`.
LABELLED_CREDIT_RUN_ON = re.compile(r"(?<=[a-z])\s+(?P<credit>(?:Credit|Photo|Photograph|Picture|Image)s?\s*:\s*[^.:]{2,60})$")
# An agency's name in brackets closing a caption, with or without its stop: `... in January (PA Wire)`; or a rights
# notice after a dash, as an Italian agency prints it: `... at Pompeii - RIPRODUZIONE RISERVATA`.
# (the agency's archive or wire named after it: `(PA Archive)`, `(AP File)`);
# a handout's credit, maybe with whose it is, and the path of a wire's credit ending with the agency, as a French wire
# closes its captions: `... Miyako islands (Handout)`, `(Japan Coast Guard/Handout)`, `(-/JIJI PRESS/AFP)`.
NAMED_AGENCY_CREDIT = re.compile(
    r"\s*(?P<credit>\((?:" + _AGENCIES + r"|(?-i:PA))(?: (?:archive|file|photo|images?|pictures?|wire|media))?\)|\((?:[^()/]{1,40}/)?handout(?:/[^()/]{1,40})?\)|\([^()]{0,40}/(?:" + _AGENCIES + r")\)"
    r"|[-–—]\s+(?:riproduzione riservata|tutti i diritti riservati|all rights reserved)\W*)$",
    re.I,
)
AGENCY_IN_BRACKETS = re.compile(
    r"(?<=[.!?\"”)])\s*(?P<credit>\((?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?|[A-Z]{2,}(?: [A-Z]{2,}){2,3}"
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}/[A-Z][\w'’. -]{1,40}(?:/[\w'’.-]{1,10})?"
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,4} via [A-Z][\w'’. -]{1,30})\))$"
    # A wire's, a paper's or a picture library's name in brackets closes a caption with no stop: `... on Friday morning
    # (Nichiei Press)`, `(Courier Pictures)`, `(Lantern Heritage Trust)`; or the agency and its photographer:
    # `... on 28 November 2026 (APW/Hatem Ben Rejeb)`. A body paragraph ends with its stop, so these stay in captions.
    r"|(?<=[a-z0-9])\s(?P<press>\((?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2} (?:Press|News|Shimbun|Photos?|Images|Pictures?|"
    r"Photography|Agency|Newspaper|Trust|Archives?|Collection|Handout)|Kyodo|Jiji|Yonhap|Xinhua|"
    r"AFP|AP|Reuters|EPA|Getty Images|[A-Z][\w'’. /-]{1,40} via (?:Getty Images|Reuters|AP|AFP)"
    r"|\s?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?\s?/\s?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}\s?"
    # (an auction house's or a gallery's picture, sent by an agency: `(Harlow & Finch/PA)`)
    r"|[A-Z][\w&'’. -]{1,40}/(?:PA|AP|AFP|Reuters|Getty Images|EPA|Alamy|Shutterstock|Bloomberg|Kyodo|Jiji|Xinhua|Yonhap))\))$"
    # The photographer, then the agency in brackets, after the caption's stop: `... rent increases. Raúl Benito Sanz (EFE)`.
    r"|(?<=[.!?\"”])\s+(?P<named_agency>(?-i:[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3}) \((?-i:[A-Z]{2,8})\))$"
)
# A Japanese agency's mark closing its caption after its bracketed credit: `... on Dec. 13, 2026. (Kyoei) ==Kyoei`.
DOUBLE_EQUALS_CREDIT = re.compile(r"(?<=[.)])\s+(?P<credit>==\s?[A-Z][\w'’.-]{1,30})$")
# A credit after the copyright sign, with no stop before it: `... being sold © Kwame Asante/Harbourline`.
COPYRIGHT_CREDIT = re.compile(
    r"(?<=\S)\s+(?P<credit>\(?©\s*[^©()]{2,60}\)?\.?)$"
    # after a dash, as a broadcaster's site prints it: `... on Wednesday. - Copyright Marco Ferri/Copyright 2025 The AP. All
    # rights reserved.`
    r"|(?<=[.!?])\s+[-–—]\s+(?P<dashed>(?i:copyright|©)\s.{2,140})$"
)
# A note on where the article's facts come from, printed after it.
SOURCE_NOTE = re.compile(r"^(journal reference|reference|doi|quelle|fuente|source)\s*:\s*.{2,400}$", re.I)
# More words of outlets' names (the byline pattern above was built from the first list).
OUTLET_WORDS = OUTLET_WORDS | {"portal", "newswire", "broadcast", "broadcaster", "agence", "presse", "magazine", "service",
                               "blog", "notes", "agencia", "agência", "agenzia", "agentur"}
# A label printed alone on its line, its value on the next: `Published` / `7 February 2025`.
LABEL_ONLY = re.compile(r"^(published|updated|posted|last updated|from|by|date|time|id|editor|reporter|written by|"
                        r"veröffentlicht|aktualisiert|publié|publicado|author|source|share|"
                        # a news database's labels over its fields and over the story itself
                        r"document id|section|language|rights|full text|headline|word count|length|copyright)\s*:$|"
                        r"^(published|updated|posted|last updated|from|by|date|time|id|editor|reporter|written by|"
                        r"veröffentlicht|aktualisiert|publié|publicado|author|source|share)$", re.I)
# The label of a page's first publication time, under or over the time it was updated:
# `First published on Tue 10 Jun 2025 08.31 BST`.
FIRST_PUBLISHED = re.compile(r"^(first|originally) (published|posted)\b", re.I)
# An item of a list printed without marks ends with a semicolon (`... antenatal care; and`): the next line is another.
ENDS_LIST_ITEM = re.compile(r";\s*(?:and|or)?$")
# A byline's `By` (`Story by`, `Written by`) with a name after it: a byline even when the line goes on with
# interface words (`Story by Lena Ocampo • 3h • 4 min read`).
BY_NAME = re.compile(r"^(?:(?:story|written|words|reporting|report|reviewed) )?by:?\s+[A-Z]", re.I)
# Legal small print where a byline might stand: `By signing up, you agree to our Terms`.
CONSENT_NOTICE = re.compile(
    r"^by (signing up|clicking|continuing|registering|subscribing|using|"
    r"(providing|entering|submitting|sharing) (your |an |my |this )?(e-?mail( address)?|information|details|data|personal data|form))\b.*$", re.I
)
# Labels a press release prints above its headline.
RELEASE_LABEL = re.compile(r"^(for immediate release|press release|media release|news release|embargoed.{0,40}|"
                           r"communiqué de presse|pressemitteilung|nota de prensa|comunicado de prensa)$", re.I)
# Company names end with their legal form; such a line is no person's name.
COMPANY_SUFFIXES = frozenset({"ltd", "ltd.", "inc", "inc.", "corp", "corp.", "llc", "plc", "gmbh", "ag", "sa", "co", "co.",
                              "group", "holdings", "limited", "corporation", "company",
                              # Plural words that end companies' names, never people's: `Hollowell Marine Systems`.
                              "systems", "industries", "technologies", "solutions", "services", "enterprises", "partners",
                              "networks", "resources", "labs", "laboratories", "therapeutics", "pharmaceuticals",
                              "brands", "foods", "motors", "airlines", "energies", "capital", "ventures"})
# The editor credited after an agency's text: `Editor: Liu Min`, `Edited by Ana Ruiz`.
EDITOR_CREDIT = re.compile(r"^(editor|editors|edited by|editing by|responsible editor)\s*:?\s+[A-Z][\w .'-]{1,60}$", re.I)
# A wire distributor's source line closing a release: `SOURCE Example Turbines Ltd`.
RELEASE_SOURCE = re.compile(r"^SOURCE\s+[A-Z].{1,80}$")
# A print-edition note or a sponsor label: `A version of this article appears in print on ...`, `Supported by`.
PRINT_NOTE = re.compile(r"^(a version of this (article|story) (appears|appeared) in (print|the .{2,60} (edition|issue))\b.*|"
                        r"this (article|story) (appeared|appears) in the .{2,60} (edition|issue)\b.*|supported by|"
                        # Where the story was first printed, and the partnership it was made in.
                        r"originally published (as|in|on|by|at) .{3,200}|"
                        # Where the story first ran, and under what terms it runs here.
                        # (`... originally published February 26, 2025 at 5:00 AM.` is a time line: `tail` reads it.)
                        r"this (article|story|piece|report|column|commentary|op-ed|essay|analysis|interview|post) (was )?(first|originally) (published|appeared|ran|printed) (in|by|as|with|at)\b.{3,200}|"
                        r"this (article|story|piece|report|column|commentary|op-ed|essay|analysis|interview|post) originally appeared\b.{3,200}|"
                        r"reuse this content|"
                        r"(this (article|story|piece|report) (is|was|has been) )?republished (here )?(with|by|under) (kind )?(permission|agreement|licen[cs]e|arrangement)\b.{0,200}|"
                        r"\(?this (story|article|report) has not been edited by\b.{3,200}|"
                        r".{0,200}\bauto-?generated from an? (syndicated|wire|news) feed\b.{0,40}|"
                        # An opinion page's disclaimer, and a note on who pays for the reporting.
                        r"(the )?(views|opinions) (expressed )?(here |in this (article|column|piece|op-ed) )?(are|is) (the author['’]?s?|those of the (author|writer)s?|(his|her|their) own|personal)\b.{0,220}|"
                        r"(views|opinions) expressed by .{2,40} (contributors|columnists|writers|authors|bloggers) are (their|his|her) own\b.{0,80}|"
        # (`HKOP is an impartial platform & does not necessarily share the views of opinion writers or advertisers.`)
        r"(?-i:[A-Z])[\w .&'’-]{1,60} (is an? [\w -]{2,30} (platform|publication|site|outlet) (&|and) )?does not necessarily "
        r"(share|reflect|represent|endorse) the (views|opinions) of (its |our )?(opinion )?(writers|contributors|columnists|authors)\b.{0,80}|"
                        + _NOT_ATTRIBUTED + r".{0,80}\b(journalism|reporting|coverage|reporter|reporters|position)\b"
                        r".{0,60}\b(co-?funded|funded|supported|made possible) (in part )?by\b.{3,160}|"
                        r"this (article|story) was (produced|published|reported|co-published) (for|by|with|in partnership)\b.{3,200}|"
                        r"(presented|sponsored|brought to you|powered|supported) by( .{2,60})?)$", re.I)
# Sentences in Japanese and Chinese end with a full-width stop and may close with a corner bracket.
_CJK_SENTENCE_ENDS = ("。", "！", "？", "．")
_CJK_CLOSERS = "」』）"
_ends_latin_sentence = ends_sentence


def ends_sentence(line: str) -> bool:  # noqa: F811 - extends the definition above to CJK stops
    """Whether `line` ends like a sentence, in Latin script or with a CJK full stop (`...再開した。`)."""
    return _ends_latin_sentence(line) or line.rstrip(_SENTENCE_CLOSERS + _CJK_CLOSERS).endswith(_CJK_SENTENCE_ENDS)


# A contact's field on a line of its own, in a release's media contact or a signature:
# `Phone: +64 21 555 0199`, `Email: media@ministry.govt.nz`, `Tel. 0161 496 0750`.
CONTACT_FIELD = re.compile(
    r"^(phone|tel|telephone|mobile|mob|cell|fax|e-?mail|whatsapp)\s*[:.]?\s*"
    r"(\+?[\d()][\d ()./-]{6,20}\d|\S+@[\w-]+\.\w[\w.]*)\s*$",
    re.I,
)

# A match's score box over a report: the score line (`Kelderby Rovers 2-1 Ashcombe United`) and its scorers
# with their minutes (`Okafor 23', 81'`, `Haldane 90+2' (pen)`). A headline with a score has a verb.
_TEAM = r"[A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*){0,4}"
_MINUTE = r"\d{1,3}(?:\+\d{1,2})?(?:'|’)(?:\s*\((?:pen|og|o\.g\.)\))?"
SCORE_BOX_LINE = re.compile(
    r"^" + _TEAM + r" \d{1,3}\s?[-–]\s?\d{1,3} " + _TEAM + r"$"
    r"|^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}\s+" + _MINUTE + r"(?:\s*,?\s*" + _MINUTE + r")*$"
)

# The day a government page was last checked, printed beside its update (`Still current at: 4 December 2026`):
# never the publication, and a later date than the page's own.
CHECKED_DATE = re.compile(r"^still current at:?\s+\S.{3,40}$", re.I)

# A read-later app's note of when the reader kept the page: `Saved Dec 3, 2026`, `Added 2026-12-03 09:14`
# (not when it was published). Its own reason, so that no time line's shape overrules it.
SAVED_BY_READER = re.compile(
    r"^(saved|added|bookmarked|archived|clipped)( to [\w ]{2,30})?( on)? (\w{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \w{3,9}\.? \d{4}|"
    r"\d{4}-\d\d-\d\d)(,? (at )?\d{1,2}:\d\d( ?[ap]\.?m\.?)?)?$",
    re.I,
)

# The outlet's note that the story will change: `This story will be updated.`, `(This is a developing story and
# may be updated.)`. A note that it has changed is a correction's (`briefs.sources.corrections`).
WILL_BE_UPDATED = re.compile(
    r"^\(?(?:this is an? (?:developing|breaking|live) (?:news )?story(?:\.|,| and)?\s*)?"
    r"(?:(?:this|the) (?:story|article|report|page|post)|it|check back[^.]{0,30}:?)?\s*(?:will|may|could) be updated\b[^.()]{0,60}\.?\)?$"
    r"|^\(?this is an? (?:developing|breaking) (?:news )?story\.?\)?$",
    re.I,
)
# A strip of exchange rates or market indices atop a page: `USD 512.40 EUR 541.15 RUB 5.02`,
# `USD 512.40 | EUR 541.15`, `Sensex 84,412.37 ▲ 0.42% Nifty 25,791.10 ▲ 0.38% USD/INR 88.61 ▼ 0.05%`.
# A weather box's forecast: `Showers until early afternoon. High 61, low 49. Winds SW 10-15 mph.`, `Sunny, high 24°C`.
WEATHER_FORECAST = re.compile(
    r"^(?:[^.!?]{0,60}[.,]\s*)?(?:(?:today['’]s )?highs? (?:of |near |around )?-?\d{1,3}\s*°?\s*[FC]?\b[,;.]?\s*"
    r"(?:and |with )?(?:an? )?(?:overnight )?lows? (?:of |near |around )?-?\d{1,3}\s*°?\s*[FC]?\b|"
    r"lows? (?:of |near |around )?-?\d{1,3}\s*°?\s*[FC]?\b[,;.]?\s*(?:and )?highs? (?:of |near |around )?-?\d{1,3}\b)"
    r"(?:[.,;]\s*(?:winds?|humidity|chance of rain|rain chance|uv)\b[^.!?]{0,60})?[.]?$",
    re.I,
)
CURRENCY_STRIP = re.compile(
    # (each figure with its decimals or thousands, as a quote has: `Top 10 Stories 2025` is a heading)
    r"^(?:(?-i:[A-Z][A-Za-z&]{1,15}(?:/[A-Z]{3})?(?: [A-Z][A-Za-z&]{1,15})?)\s*\d[\d,]*[.,]\d+\s*(?:[▲▼↑↓+−-]\s*[\d.,]+%?)?\s*[|·•/]?\s*){2,}$"
)

# An e-reader's position in a document, copied between its paragraphs: `Location 38 of 214`, `Loc. 97 of 214`.
READER_POSITION = re.compile(r"^(location|loc\.?|page|p\.)\s*\d{1,5}\s+of\s+\d{1,5}(\s*[·•|]\s*\d{1,3}\s*%)?$", re.I)

# A postal address on a line of its own (a letterhead's, a footer's), never a headline or the story's:
# `Level 6, 33 Bowen Street, Wellington 6011`, `1200 Grand Blvd, Suite 400`, `PO Box 10-456, Wellington 6143`.
POSTAL_ADDRESS = re.compile(
    r"^(?:(?:Level|Floor|Suite|Unit) \d+[A-Za-z]?,? )?\d{1,5}[A-Za-z]?(?:-\d{1,5})? [A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3} "
    r"(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq|Terrace|Tce|Parade|Quay|"
    r"Highway|Hwy|Court|Ct)\.?(?:\s*[,|]\s*[\w .'-]{2,40}){0,4}$"
    r"|^(?:P\.? ?O\.?|Private) Box [\d-]+(?:\s*[,|]\s*[\w .'-]{2,40}){0,4}$"
)

# Characters of scripts written without spaces; two of them carry about one English word.
CJK_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# A dateline naming a place in title case and the agency: `Köln (dpa) - Der Pegel ...` (German agencies' style),
# maybe with the day and a full stop: `Madrid, 5 jun (EFE).- El Gobierno ...` (Spanish agencies' style).
# A dateline in title case, closed by the agency's name in brackets and a dash:
# `Brussels, 26 November 2026 (EPN) – The Commission ...`, `Lisbon, Nov. 26 (Lusa) - ...`.
TITLE_CASE_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2},\s*(?:\d{1,2}\s+[A-Z][a-z]{2,9}\.?|[A-Z][a-z]{2,8}\.?\s*\d{1,2})"
    # (an Italian agency's clock, and a dash, before its name: `Rome, 13 Mar 06:12 - (Orbis) - ...`)
    r"(?:,?\s*\d{4})?(?:,?\s*\d{1,2}[:.]\d{2})?\s*(?:[-–—]\s*)?\([A-Z][\w .&/-]{1,30}\))\s*(?:—|–|--|-)\s*(?=\S)"
)
# A place and a colon opening a long first paragraph, as South Asian outlets print it:
# `Kesarganj: The Kesarganj Municipal Corporation on Friday ...`. Label words are no place.
PLACE_COLON_DATELINE = re.compile(r"^(?P<dateline>[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?):\s+(?=[A-Z\"“‘'])")
NOT_A_PLACE = frozenset("""
update updated correction clarification note editor editors watch listen read photo photos video image source sources
summary background context analysis opinion comment comments warning breaking exclusive question answer why what how
when who where tip tips fact facts claim verdict rating disclaimer caption credit live also related more first next
disclosure transcript advertisement sponsored statement quote response reaction result results score update alert
details detail reminder recap explainer headline headlines title subject byline section topic topics dateline
""".split())
AGENCY_DATELINE = re.compile(
    r"^(?P<dateline>[A-ZÄÖÜ][\w.'’-]+(?: [A-ZÄÖÜ][\w.'’-]+)?(?:,\s*\d{1,2}\s+[^\W\d_]{3,10}\.?)?\s*"
    r"\((?:dpa|afp|ap|reuters|kna|epd|apa|sda|efe|ansa|dpa-AFX|AFP|AP|Reuters|KNA|APA|SDA|EFE|ANSA|"
    # or a national agency's name in capitals: `Jakarta (ANTARA) - ...`
    r"[A-Z]{3,12})\))"
    r"\.?\s*[-–—]+\s*(?=\S)"
)
# Two dates with their years joined by a dash or `to`, and no clock: a life (`3 April 1938 – 2
# February 2025`, under an obituary's headline) or an event's span, never the story's time.
_SPAN_END = r"[^–—|]{3,20}?\b(1[89]|20)\d\d\)?"
DATE_SPAN = re.compile(
    r"^(?!.*\d[:.]\d\d)(?!.*\b(published|updated|posted|modified|first|last|issued|released)\b)"
    r"\(?(born\s+)?" + _SPAN_END + r"\s*(?:[–—-]|\bto\b)\s*(died\s+)?" + _SPAN_END + r"$",
    re.I,
)
# A wire dateline with the day and any agency's tag, the tag closing it with no dash after:
# `Chandrapuri, Mar 3 (NNS) The corporation ...`, `NEW DELHI, March 3 (PTI) -`, `Lagos, 3 March (NAN):`.
DATED_AGENCY_DATELINE = re.compile(
    r"^(?P<dateline>[A-ZÄÖÜ][\w.'’-]+(?: [A-ZÄÖÜ][\w.'’-]+){0,2}"
    # (an Indian agency names the state and the country: `Mumbai (Maharashtra) [India], Nov 3 (ANI): ...`)
    r"(?:\s*\([A-Z][\w .'’-]{1,30}\))?(?:\s*\[[A-Z][\w .'’-]{1,30}\])?,\s*"
    r"(?:" + ENGLISH_MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + ENGLISH_MONTH + r")\s*\([A-Z][A-Za-z-]{1,10}\))"
    r"\s*[-–—:]*\s*(?=\S)"
)
# A field of a fact box: a short label, a colon, its value (`Case: ...`, `Running time: 2h 10m`).
FACT_FIELD = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}\s*:\s+\S")
# Pictographs a post or a channel sets before or after its words (arrows, symbols, emoji).
PICTOGRAPHS = r"[\u2190-\u2BFF\U0001F000-\U0001FAFF\uFE0F\u200D]"
# A dateline of a date and an agency, no place: `December 3, 2026 (LBO) –`, `Dec 3 (Reuters) -`.
DATE_AGENCY_DATELINE = re.compile(
    r"^(?P<dateline>(?:" + ENGLISH_MONTH + r"\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + ENGLISH_MONTH + r"(?:\s+\d{4})?)"
    r"\s*\([A-Z][A-Za-z-]{1,10}\))\s*[-–—:]+\s*(?=\S)"
)
# The mark opening a live text's entry: a minute with added time (`78'`, `90+4'`) or the
# marks of kick-off, half-time and full-time, in capitals (`KO`, `HT`, `FT`).
LIVE_MARK = re.compile(r"^(\d{1,3}(\+\d{1,2})?\s*['’′]|KO|HT|FT|AET|ET)$")
# A widget's label and its figures: `Possession 58% 42%`, `Shots on target 5 3`, `Comments (214)`.
WIDGET_LINE = re.compile(r"^[^\W\d_][^\W\d_' -]{0,30}((\s+\d[\d.,]*%?){2,4}|\s*\(\d[\d.,]*\))$")
# A note after the body giving the first publication: `This story was originally published February 26, 2025 at 5:00 AM.`
PUBLISHED_NOTE = re.compile(
    r"^(?:this (?:story|article|report) was )?(?:originally|first) published:?\s+(?:on\s+)?(?P<date>\S.{4,80}?)\.?$", re.I
)
# A heading over the sections an article is filed in, after it: `Related Sections`, `Categories`.
SECTIONS_HEADING = re.compile(r"^(related |more )?(sections?|categories|filed (in|under))\s*:?$", re.I)
# A dateline naming the outlet or place with the publication time in brackets, opening the
# first paragraph: `Courtline (June 3, 2025, 5:40 PM EDT) -- A panel ...`.
TIMED_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][\w.'’&-]+(?:,? [A-Z][\w.'’&-]+){0,3},? \((?P<time>[^()]{0,40}\d[^()]{2,40})\))"
    r"\s*(?:—|–|--|-)\s*(?=\S)"
)


# --------------------------------------------------------------------------- saved pages (briefs.sources.saved_page)
# Drop reasons only a saved page's header gives.
DROP_REASONS.update({
    "standfirst": "the summary line or subtitle printed under the headline, outside the body",
    "boilerplate": "a release's paragraph about the company, or the list of sources, after the story",
    "ticker": "a stock's symbol and its move, printed beside the story",
    "market-data": "a box of stock quotes beside a markets story",
    "paywall": "a paywall's prompt and the offer under it, where the story is cut off",
    "reader-note": "a note the person who copied the story added ([Comment: ...], notes for their team under it)",
    "life-dates": "the dates of a life or of a span, printed under an obituary's or a profile's headline",
    "correction": "the outlet's correction or editor's note on its own story (kept apart from the story)",
    "scored": "a line the boilerplate model is sure is the page's, by its words, length, voice and neighbours",
})


# A link's promise of what the other story explains: `Denver's coldest week is coming. Here's how to cut your heating bill.`
_HERES_TEASER = re.compile(r"\bhere['’]?s (?:how|what|why|where|when|who)\b", re.I)
_HERES_TEASER_MAX_WORDS = 25


def is_heres_teaser(text: str) -> bool:
    """A short line promising what another story explains, with no one speaking (`..., he said.` is the story's)."""
    return (bool(_HERES_TEASER.search(text)) and len(text.split()) <= _HERES_TEASER_MAX_WORDS
            and not ATTRIBUTED.search(text.casefold()) and not any(mark in text for mark in '"“”'))
