"""Bylines of a pasted article: who wrote it, names only.

A byline is read from a line that opens with `By` (or `Par`, `Por`, `Von`, `Posted by ...
on <date>`), from a name followed by a role (`Sara Okafor Senior Business Reporter`), or
from a name on its own line with role, outlet or place lines under it (`Mariko Sato` / `BBC
News, Tokyo`). `clean_byline` keeps the names only: it strips "By", job titles, outlets and
agencies, e-mail and interface words, because an outlet or a title is no author and a
one-word line (`Farming`, `Username`) is a topic or a button rather than a person. What
followed the names is reported as a dropped `byline-detail`. Several authors are joined as
`A, B and C`; `split_authors` gives them one by one.
"""

from __future__ import annotations

import re

from briefs.model import DroppedLine, Paragraph
from briefs.sources import vocab
from briefs.sources.caption import ends_with_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.lines import Line, is_prose, is_sentence, text_above
from briefs.sources.word_language import is_rare_in_english


# What a portal prints after the names on the byline's line: `Story by Liam Fairbanks • 2h •`.
_AFTER_BULLET = re.compile(r"\s*[•·].*$")


# `By Priya Ramanathan, a senior reporter covering wearables. She has tested ...`: the name, then prose about her.
_NAME_THEN_DESCRIPTION = re.compile(r"^by\s+(?P<name>[^,]{4,60}),\s+(?:a|an|the|who)\s", re.I)
# A link to the author's page printed after the name.
_PROFILE_LINK = re.compile(
    r"\s*\[(?i:profile|bio|biography|author page|more)\]$"
    # or the outlet in brackets after the name: `Rizki Anandita (The Archipelago Post)`
    r"|\s*\((?:The [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} "
    r"(?i:post|times|news|herald|daily|press|tribune|journal|gazette|chronicle|review|shimbun))\)$"
)
# A series' or a format's name before its writers: `Critical Questions by Laura Feinberg and Daniel Seo-Whitman`.
_FORMAT_BY_NAMES = re.compile(r"^[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3} by (?P<names>[A-Z].{3,80})$")
_FORMAT_NOUN = re.compile(
    r"\b(questions|commentary|analysis|opinion|column|essay|review|brief|briefing|notes|letter|dispatch|perspective|"
    r"insights?|explainer|newsletter|blog|diary|notebook|memo|podcast) by $", re.I)
_NAME_THEN_BY_NAME = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?P<by>(?i:by) (?P=name))\b")
# What is done by people but written by none: photographs, a conference, a statement (a page's title).
_NOT_A_FORMAT = re.compile(
    r"\b(photo|photograph|picture|image|illustration|graphic|video|film|conference|statement|remarks|meeting|talks|"
    r"interview|speech|address|message|visit)s?\b", re.I
)
# A social handle after the name: `Wanjiru Kamau @WanjiruKamau_`.
_HANDLE = re.compile(r"\s*@\w{2,30}$")  # also glued by copying: `Rachel Tan@RACHELTAN_CNBC`


_TRAILING_AGE = re.compile(r"\s*[/|·•]\s*\d{1,3}\s*(?:s|m|h|d|w|mo|y|mins?|hrs?|hours?|days?|weeks?)(?:\s+ago)?$", re.I)


def read_byline(text: str) -> str | None:
    """`By Jane Roe and Sam Poe, Example News` -> `Jane Roe and Sam Poe` (the outlet is not an author)."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # a closing byline in brackets: `(By Chen Yi-hsuan and Matthew Kuo)`
    doubled = _NAME_THEN_BY_NAME.match(text)
    if doubled:  # `Caleb Warrick By Caleb Warrick Keystone News`: the author's picture's name, then the byline
        text = text[doubled.start("by") :]
    text = _BY_DASH.sub("By ", text)  # `By — Tamsin Oduya, Associated Press`
    text = _MILITARY_RANK.sub("", text)  # `By Mass Communication Specialist 1st Class Tessa Marquardt and Tech. Sgt. ...`
    text = _TRAILING_AGE.sub("", text)  # `by Dwayne Merritt / 2h`: a feed reader's age of the item
    text = _OUTLET_STAFF.sub("", text)  # `By Owen Fairweather Globe Staff`: the outlet's staff, no comma between
    text = _PLACE_ROLE_IN_BRACKETS.sub("", text)  # `Camille Dufresne (Seoul, correspondent)`
    role = _name_with_role(text) if "•" in text or "·" in text else None
    if role:
        return clean_byline(role["byline"])  # `Tama Reihana • Reporter`
    text = _AFTER_BULLET.sub("", text) if "•" in text or "·" in text else text
    text = _PROFILE_LINK.sub("", text)  # `Kawabe Tomoko [Profile]`: the link to the author's page
    handle = _HANDLE.search(text)
    if handle and is_person_name(text[: handle.start()]):
        return clean_byline(text[: handle.start()])
    if handle and handle.start() > 0:  # `By: Jonas Dizon - Reporter / @JDizonDC`: the byline before the handle
        return read_byline(text[: handle.start()].rstrip(" /|,-–—"))
    if _SHIFT.search(text) and is_names(unshifted := _SHIFT.sub("", text)):
        return clean_byline(unshifted)  # a live page's writers by shift: `Peter Ashworth (now) and Nina Clarke (earlier)`
    with_roles = _authors_each_with_role(text)
    if with_roles:
        return with_roles  # `Helena Marsh Transport correspondent, and Callum Reid`
    labelled = _BY_LABEL.match(text)
    if labelled and (role := _name_with_role(labelled["rest"])):  # `By: Jonas Dizon - Reporter`
        return clean_byline(role["byline"])
    dashed = _name_before_dashes(labelled["rest"]) if labelled else None
    if dashed:
        return dashed  # `By Mariana Couto - Agência Brasil Reporter - Brasília`
    format_by = _FORMAT_BY_NAMES.match(text)
    if (format_by and (" and " in format_by["names"] and is_names(format_by["names"])
                       # one name after a name of a format (`Critical Questions by Rafael Oduya`), not after any words
                       # (`Inspired by Frida Kahlo`, `See All by Ravi Okafor`, `Missile Launches by North Korea`)
                       or is_person_name(format_by["names"]) and _FORMAT_NOUN.search(text[: format_by.start("names")]))
            and not _NOT_A_FORMAT.search(text[: format_by.start("names")])):
        # `Critical Questions by Laura Feinberg and Daniel Seo-Whitman`, `Critical Questions by Rafael Oduya`
        return clean_byline(format_by["names"])
    described = _NAME_THEN_DESCRIPTION.match(text)
    if described and is_person_name(described["name"]):
        return described["name"]
    match = vocab.BYLINE.match(text) or _name_with_role(text) or vocab.BYLINE_MULTILINGUAL.match(text)
    if not match:
        return _name_bar_outlet(text)
    if is_sentence(text) and len(text.split()) > 8:
        return None
    names = match["byline"].strip(" ,")
    head, _, last = names.rpartition(",")
    if head and last.split() and last.split()[-1].lower() in vocab.OUTLET_WORDS and " and " not in last:
        names = head.strip()  # `Jane Roe and Sam Poe, Example News`, not `A, B and C The Wire Press`
    return clean_byline(names)


# A role in lower case after a name, as a paper prints it beside each author: `Transport correspondent`.
_ROLE_AFTER_NAME = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}?)(?: (?:[A-Z][a-z]+|[a-z]+)){0,2} "
    r"(?:correspondent|reporter|editor|writer|columnist|producer|analyst|critic)s?$"
)


def _authors_each_with_role(text: str) -> str | None:
    """`A Role, and B`, `A Role and B Role`: names, each maybe with its role after it; at least one role."""
    parts = [part for part in re.split(r",?\s+and\s+|,\s+", text) if part]
    if len(parts) < 2:
        return None
    if len(parts) == 2 and " and " not in text and not _ROLE_AFTER_NAME.match(parts[0]):
        return None  # `Sipho Mahlangu, Eastern Cape correspondent`: one author and the desk's role, not two authors
    names, roles = [], 0
    for part in parts:
        with_role = _ROLE_AFTER_NAME.match(part)
        name = with_role["name"] if with_role else part
        roles += with_role is not None
        if not is_person_name(name):
            return None
        names.append(name)
    return clean_byline(", ".join(names)) if roles else None


# `By:` or `By` before a name with its role.
_BY_LABEL = re.compile(r"^by:?\s+(?P<rest>\S.*)$", re.I)
# `By` and a dash before the names, as a public broadcaster prints each author: `By — Tamsin Oduya`.
_BY_DASH = re.compile(r"^by\s*[—–-]\s*(?=[A-Z])", re.I)


# A name, a bar and the outlet or agency the author writes for: `Lucía Ferreyra | Agencia Sur`.
_NAME_BAR_OUTLET = re.compile(r"^(?P<name>[^|]{4,60}?)\s+\|\s+(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})$")


def _name_bar_outlet(text: str) -> str | None:
    """The author of `Name | Outlet`; None for other lines (`News | Politics`, `Home | World`)."""
    match = _NAME_BAR_OUTLET.match(text)
    outlet = match["outlet"] if match else ""
    if not match or not is_person_name(match["name"]) or clutter_reason(outlet) or re.search(r"\d", outlet):
        return None
    if is_person_name(outlet) and not _names_an_outlet(outlet):
        return clean_byline(f"{match['name']} and {outlet}")  # `Faraz Qureshi | Mehreen Baig`: two authors
    return clean_byline(match["name"])


def _names_an_outlet(text: str) -> bool:
    """A word of the text is one outlets and institutions name themselves with (`Agencia Sur`, `Press Trust`)."""
    return any(word.casefold() in vocab.OUTLET_WORDS | vocab.INSTITUTION_WORDS for word in text.split())


# The fields a byline sets after the name, between dashes: the outlet, the role, the city. Each is short.
_DASHED_FIELDS = re.compile(r"\s+[-–—]\s+")
_DASHED_FIELD_MAX_WORDS = 4


def _name_before_dashes(text: str) -> str | None:
    """The author of `Mariana Couto - Agência Brasil Reporter - Brasília`: a name, then short fields between dashes."""
    name, *fields = _DASHED_FIELDS.split(text)
    if not fields or not is_person_name(name) or any(len(field.split()) > _DASHED_FIELD_MAX_WORDS or is_sentence(field)
                                                   for field in fields):
        return None
    return clean_byline(name)


def _name_with_role(text: str) -> re.Match[str] | None:
    """`Ben Hartley Games Editor`; not `Senior Security Reporter`, a role with no name before it."""
    match = vocab.BYLINE_WITH_ROLE.match(text) or vocab.BYLINE_WITH_TITLE.match(text)
    return match if match and is_person_name(match["byline"]) else None


def clean_byline(text: str | None) -> str | None:
    """The authors a byline names, without "By", job titles, outlets, e-mail or interface words.

    `SAMUEL ORTIZ Associated Press` -> `SAMUEL ORTIZ`; `Liam Byrne; Political Editor` ->
    `Liam Byrne`; `Ben Hartley Games Editor` -> `Ben Hartley`; `Username` -> None. Several
    authors are joined as `A, B and C` (see `split_authors`).
    """
    if not text:
        return None
    text = re.sub(r"^(by|par|por|von)\s+", "", _PROFILE_LINK.sub("", text.strip()), flags=re.I)
    text = _SHIFT.sub("", text)
    # Each author may have a place or an outlet: `Tom Hale in London, Priya Menon in Mumbai`.
    parts = _AUTHOR_SEPARATOR.split(text)
    address = next((index for index, part in enumerate(parts) if "@" in part), None)
    if address is not None:
        parts = parts[: address + 1]  # `By Marisol Palacios | mp@example.com | Ridgeline Courier`: what follows the address is the outlet
    names = [_author_name(_OUTLET_STAFF.sub("", vocab.BYLINE_FOR_OUTLET.sub("", part))) for part in parts]
    names = [name for name in names if name]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# A service member's rank before the name, as a military news service prints its writers: `Mass Communication
# Specialist 1st Class`, `Tech. Sgt.`, `Lance Cpl.`, `Lt. Cmdr.` (after `By`, `and` or a comma).
_RANK = (
    r"(?:(?:Senior |Master )?Chief )?Petty Officer|Mass Communication Specialist|Seaman(?: Apprentice| Recruit)?|"
    r"(?:Senior )?Airman(?: Basic)?|(?:Staff|Tech\.|Master|Senior Master|Chief Master|Gunnery|First|1st) Sgt\.|Sgt\. Maj\.|"
    r"Sgt\.|Sergeant|Lance Cpl\.|Cpl\.|Pfc\.|Pvt\.|Spc\.|Capt\.|Lt\. (?:Cmdr\.|Col\.|Gen\.|j\.g\.)|(?:1st |2nd )?Lt\.|"
    r"(?:Maj\.|Brig\.|Lt\.) Gen\.|Maj\.|Col\.|Gen\.|(?:Rear |Vice )?Adm\.|Cmdr\.|Ensign|Chief Warrant Officer \d|Warrant Officer"
)
_MILITARY_RANK = re.compile(
    r"(?:(?<=^[Bb]y )|(?<=\sand )|(?<=, )|(?<=^))(?:(?:Army|Navy|Air Force|Marine Corps|Space Force|Coast Guard) )?"
    r"(?:" + _RANK + r")(?: (?:1st|2nd|3rd) Class)?(?= [A-Z])\s"
)
# The outlet's staff after the name, no comma between: `Owen Fairweather Globe Staff`, `Ana Ruiz Ledger Staff`.
_OUTLET_STAFF = re.compile(r"(?<=\w)\s+[A-Z][\w&'’.-]+\s+Staff$")
# Where a correspondent writes from and the role, in brackets after the name, as a French daily prints it:
# `(Seoul, correspondent)`, `(Nouakchott, special correspondent)`, `(Tokyo correspondent)`.
_PLACE_ROLE_IN_BRACKETS = re.compile(
    r"\s*\((?:[^(),]{2,30}[, ]\s*)?(?:special |staff |senior |chief |foreign )?(?:correspondent|reporter|envoy|writer|editor|columnist)\)$",
    re.I,
)
# A live page's shift after each writer's name: `Peter Ashworth (now) and Nina Clarke (earlier)`.
_SHIFT = re.compile(r"\s*\((now|earlier|later|previously|until \S.{0,20}|from \S.{0,20})\)", re.I)
# A reporter's place follows the name: `Ruth Amadi in London`, `Ana Ruiz from Lima`.
# Where the reporter filed from, after the name: `Tom Hale in London`, or a place in capitals after a dash,
# as Turkish and Indian dailies print it (`Selin Arslan - İSTANBUL`).
_REPORTER_PLACE = re.compile(
    r"\s+(?:in|from|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$|\s+[-–—]\s+(?-i:[A-ZÀ-ÖØ-Þİ][A-ZÀ-ÖØ-Þİ.'’-]+(?: [A-ZÀ-ÖØ-Þİ.'’-]+){0,2})$"
)
# `with` joins a co-author or an agency that helped (`Sofía Marrero with CWP`): a one-word part is no name.
# `and` between two authors' names, in the languages outlets' English pages keep it in (Catalan and Polish `i`,
# Hungarian `és`, Finnish `ja`, Indonesian `dan`, Romanian `și`, Turkish `ve`).
_AND = r"(?:and|&|with|und|et|y|e|och|og|en|i|és|ja|dan|și|ve)"
_AUTHOR_SEPARATOR = re.compile(r"\s*[,;|/]\s*|\s+" + _AND + r"\s+")


def _hyphenated_outlet(word: str) -> bool:
    """`Courier-Post`, `Sentinel-Post`, `Star-Tribune`: two outlets' words joined, as merged papers name
    themselves. A person's double surname (`Okonkwo-Reid`) joins no such words."""
    parts = word.casefold().strip(".").split("-")
    return len(parts) >= 2 and sum(part in vocab.OUTLET_WORDS for part in parts) >= 2


def _author_name(part: str) -> str | None:
    """One author's name with a job title or agency after it removed, or None when nothing is a name."""
    part = _REPORTER_PLACE.sub("", part.strip(" .,:-"))
    if not part or part.casefold() in vocab.AGENCY_NAMES or vocab.COLLECTIVE_BYLINE.match(part):
        return part if part and vocab.COLLECTIVE_BYLINE.match(part) else None
    for agency in vocab.AGENCY_NAMES:  # "SAMUEL ORTIZ Associated Press"
        if part.casefold().endswith(" " + agency):
            part = part[: -len(agency) - 1].strip()
    outlet = _OUTLET_AFTER_NAME.search(part)  # `Tomas Abreu The United News Press`
    if outlet and outlet.group(1).casefold().split()[-1] in vocab.OUTLET_WORDS:
        part = part[: outlet.start()]
    words = part.split()
    if len(words) >= 3 and " ".join(words[-2:]) in _LOWER_CASE_TITLES:
        return None  # `Keizai Asia staff writer`: an outlet's staff, the title in lower case after it
    capitals = next((index for index, word in enumerate(words) if not word.isupper()), len(words))
    if 2 <= capitals < len(words) and words[-1].casefold().strip(".") in vocab.OUTLET_WORDS:
        words = words[:capitals]  # `TOMAS REYES American Wire Press`: the name in capitals, then the outlet
    elif len(words) >= 4 and words[-1].casefold() in vocab.OUTLET_WORDS and words[-2][:1].isupper() and (
        words[-2].casefold() not in vocab.ROLE_WORDS
    ):
        # `Jake Morrow Frontier News`, `KENJI MARSH GARRISON HERALD`, `MARCUS TILLMAN SHIELD AND STAR`: the outlet after the name
        joined = words[-2].casefold() in ("and", "&")
        words = words[:-3] if joined and len(words) >= 5 else words if joined else words[:-2]
    while len(words) > 2 and (words[0].casefold() in vocab.ROLE_WORDS or words[0].islower()):
        words.pop(0)  # `political reporter Mia Laurent`, `court reporter Jess Tamblyn`: the role before the name
    while len(words) > 1 and words[-1].casefold().strip(".") in vocab.ROLE_WORDS | _BUTTON_AFTER_NAME:
        words.pop()  # `Camille Ferrand Follow`: the button by the name
    while len(words) > 2 and words[-1][:1].isupper() and words[-2].casefold() in vocab.ROLE_WORDS:
        words = words[:-2]  # "Senior Business Reporter": every word of the title goes
    possessive = next((index for index, word in enumerate(words) if index >= 2 and re.search(r"['’]s$", word)), None)
    if possessive is not None and len(words) > possessive + 1:
        words = words[:possessive]  # `Priya Raman Queen's Park Bureau Chief`: a desk's place, no part of a name
    if len(words) < len(part.split()) and words and words[-1].casefold() in vocab.OUTLET_WORDS:
        return None  # `Japan Chronicle Staff Writer`: the outlet, once its staff title is gone
    if len(words) < 2 or not all(word[:1].isupper() for word in words if word.casefold() not in _NAME_PARTICLES):
        return None  # one word is a topic or a site ("Farming"), not a person's name
    if all(word.casefold() in vocab.INTERFACE_WORDS | vocab.ROLE_WORDS for word in words) or vocab.names_a_list(" ".join(words)):
        return None  # "Username", "Staff", "Related Topics"
    # (Two words may be a person's, `Mary Star`; three ending in an outlet's word are the outlet's name.)
    if words[0] == "The" or len(words) > 2 and words[-1].casefold() in vocab.OUTLET_WORDS or "@" in part or (
        _hyphenated_outlet(words[-1])
    ):
        return None  # `By Jordan Whitaker | jw@example.com | The Alder Springs Sentinel`: the outlet is no author
    if len(words) == 2 and words[-1].casefold() in _SCHOOLS_AND_OFFICES:
        return None  # `by Laura Kessler, Halvorsen University`: the press office's institution is no author
    if len(words) > 2 and words[-1].casefold() in vocab.INSTITUTION_WORDS | _OFFICE_ENDINGS:
        return None  # `By Marcus Kealoha, U.S. Indo-Pacific Command Public Affairs`: the office is no author
    return " ".join(words)


# Last words of an office that releases stories: `... Command Public Affairs`, `... Media Relations`.
_OFFICE_ENDINGS = frozenset({"affairs", "relations", "communications", "command", "staff", "desk", "team"})
# An outlet's name after the last author's, with no comma: `... and Tomas Abreu The United News Press`.
_OUTLET_AFTER_NAME = re.compile(r"\s+The\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})$")
# A staff title in lower case follows the outlet it belongs to (`Keizai Asia staff writer`); after a
# name it is set in title case (`Jane Roe Staff Writer`).
_LOWER_CASE_TITLES = frozenset({"staff writer", "staff writers", "staff reporter", "staff reporters", "staff correspondent"})
# Institutions whose two-word names end so, which no person's name does.
_SCHOOLS_AND_OFFICES = frozenset({"university", "college", "institute", "ministry", "department", "agency", "foundation",
                                  "association", "laboratory", "observatory", "hospital", "academy"})
# Buttons a page prints right after an author's name.
_BUTTON_AFTER_NAME = frozenset({"follow", "+follow", "following", "subscribe", "email", "bio", "profile"})


# Lower-case words inside names: "Ursula von der Leyen", "Ana de la Cruz", "Vincent van Gogh".
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "la", "le", "da", "di", "del", "dos", "du", "bin", "al",
                             "dela", "della", "das", "do", "ibn", "bint", "ter", "ten", "zu"})


def report_byline_detail(line: Line, byline: str, dropped: list[DroppedLine]) -> None:
    """Report what followed the names on a byline line (`, Example News`, `Environment correspondent`)."""
    detail = line.text[line.text.find(byline) + len(byline) :].strip(" ,|")
    if detail:
        dropped.append(DroppedLine(line.number, detail, "byline-detail"))


# A byline opening with `By` is looked for among this many first lines of the body.
_BYLINE_REACH = 3


def take_byline(
    byline: str | None, body: list[Line], dropped: list[DroppedLine], has_title: bool = True, all_lines: list[Line] | None = None
) -> tuple[str | None, list[Line]]:
    """A byline may also open the body, before the first paragraph.

    A line opening with `By` (`Written by`, `Por`...) counts among the body's first three
    lines (after a line of introduction, as newsletters print it; there only when every name
    is a person's, since `By The Numbers` may head a section). Names over a role or an
    outlet (`Lim Wei Ling` / `Transport Correspondent`) count under a headline. A name alone
    (`Lee Ji-hoon`) counts only under a headline already found: without one,
    a short title-case line is more likely the headline.
    """
    content = [line for line in body if line.text]
    if byline is None and content:
        for index, line in enumerate(content[:_BYLINE_REACH]):  # `Written by ...` may follow a line of introduction
            found = read_byline(line.text)
            names_people = found is not None and all(is_person_name(name) for name in split_authors(found))
            if found and not vocab.ends_sentence(line.text) and (index == 0 or names_people):
                report_byline_detail(line, found, dropped)
                taken = {line.number}
                below = content[index + 1] if index + 1 < len(content) else None
                if below is not None and _is_detail(below.text) and not vocab.ends_sentence(below.text):
                    # `By Maren Solvik` / `Elliott Bay Times business reporter`: the role printed under the name
                    dropped.append(DroppedLine(below.number, below.text, "byline-detail"))
                    taken.add(below.number)
                return found, [other for other in body if other.number not in taken]
        # (first in the body, such a name is read below as any name over its outlet is)
        for index in range(1, min(_BYLINE_REACH + 1, len(content) - 1)):  # under a caption and its credit
            if has_title and _name_over_site(content, index, all_lines or []):
                name, site = content[index], content[index + 1]
                dropped.append(DroppedLine(site.number, site.text, "byline-detail"))
                return name.text, [other for other in body if other is not name and other is not site]
        text_follows = len(content) > 1 and (is_prose(content[1].text) or ends_with_credit(content[1].text))
        if has_title and text_follows and is_person_name(content[0].text):  # `Lee Ji-hoon` / prose or a caption
            return content[0].text, [line for line in body if line is not content[0]]
        if has_title and _REPORTER_PLACE.search(content[0].text) and is_names(content[0].text):
            # `Selin Arslan - İSTANBUL` first under the headline: names and the place they filed from, whatever follows
            report_byline_detail(content[0], clean_byline(content[0].text), dropped)
            return clean_byline(content[0].text), [line for line in body if line is not content[0]]
        if has_title and len(content) > 1 and is_names(content[0].text) and _is_detail(content[1].text):
            # `Lim Wei Ling` / `Transport Correspondent`, and any more authors under it, each with a role or not
            names, taken = _names_with_roles(content, dropped)
            return ", ".join(names), [line for line in body if line.number not in taken]
    return byline, body


def take_opening_byline(
    byline: str | None, paragraphs: list[Paragraph], dropped: list[DroppedLine]
) -> tuple[str | None, list[Paragraph]]:
    """`By Marta Kolander and Piet van Duren` over the first paragraph, out of `take_byline`'s reach under a box of
    lines the body drops later (a portal's quotes, `VLT.MI` / `+11.42%`): the byline, printed over the story.

    It may be left as the first paragraph, or dropped with the box as a short line among chrome. Its names beat
    ones read from the credits under the story (`(Reporting by ...)`), which may name an editor too.
    """
    if not paragraphs:
        return byline, paragraphs
    first = paragraphs[0]
    if len(paragraphs) >= 2 and (printed := _printed_byline(first.text)):
        report_byline_detail(Line(first.line, first.text), printed, dropped)
        return printed, paragraphs[1:]
    if byline is not None:
        return byline, paragraphs
    # (a name alone counts too, among buttons under the time line: `Meera Krishnan` / `READ LATER` / `PRINT`)
    above = sorted((line for line in dropped if line.number < first.line and line.reason in _CHROME_OVER_STORY),
                   key=lambda line: line.number, reverse=True)
    for index, line in enumerate(above[:_NAME_AMONG_CHROME_REACH]):
        if printed := _printed_byline(line.text):
            dropped[dropped.index(line)] = DroppedLine(line.number, line.text, "byline-detail")
            return printed, paragraphs
        if _name_among_chrome(line.text):
            names = _names_in_block(_block_from(above[index:]))
            for name in names:
                dropped[dropped.index(name)] = DroppedLine(name.number, name.text, "byline-detail")
            unique = dict.fromkeys(name.text for name in reversed(names))  # `Priya Raman` / `Priya Raman`: printed twice
            return ", ".join(unique), paragraphs
    return byline, paragraphs


# Authors printed one over another, each maybe over its role, take this many lines at most.
_AUTHOR_BLOCK_MAX_LINES = 8


def _block_from(above: list[DroppedLine]) -> list[DroppedLine]:
    """The lines from the first of `above` upwards (nearest first) as long as they stand together, a blank
    line between at most: `Eli Santangelo` / `Science Correspondent` / `Nadia Brooks`."""
    block = above[:1]
    for line in above[1:]:
        if block[-1].number - line.number > 2 or len(block) >= _AUTHOR_BLOCK_MAX_LINES:
            break
        block.append(line)
    return block


def _names_in_block(block: list[DroppedLine]) -> list[DroppedLine]:
    """The authors' names in the block. A line printed twice apart is the outlet under each name
    (`Kayla Brennan` / `Ridgefork Gazette-Herald` / `Jon Petrakis` / `Ridgefork Gazette-Herald`), not a name."""
    texts = [line.text for line in block]
    apart = {text for index, text in enumerate(texts) if text in texts[index + 2 :]}
    return [line for line in block if line.text not in apart and _name_among_chrome(line.text)]


def _name_among_chrome(text: str) -> bool:
    """A person's name alone among buttons: not in capitals throughout (`CREATE FREE ACCOUNT`), and with a word
    rare in English, as most surnames are (`Peer-Reviewed Publication` is a label's words)."""
    return is_person_name(text) and not text.isupper() and any(is_rare_in_english(word) for word in text.split())


# A name dropped among chrome is looked for in this many such lines over the story.
_NAME_AMONG_CHROME_REACH = 3


# What the body's classes call the short lines among chrome over the story.
_CHROME_OVER_STORY = frozenset({"page-label", "boilerplate"})


def _printed_byline(text: str) -> str | None:
    """The names of `By` and people's names, no sentence, or None."""
    if vocab.ends_sentence(text) or not vocab.BY_NAME.match(text):
        return None
    found = read_byline(text)
    return found if found is not None and all(is_person_name(name) for name in split_authors(found)) else None


def _names_with_roles(content: list[Line], dropped: list[DroppedLine]) -> tuple[list[str], set[int]]:
    """The authors printed one under another, each name over its role: `Lena Carvalho` / `Senior
    Reporter` / `Omar Haddad` / `Editor`. A last name without a role counts when text follows it."""
    names: list[str] = []
    taken: set[int] = set()
    index = 0
    while index < len(content) - 1 and is_names(content[index].text):
        name, following = content[index], content[index + 1]
        if _is_detail(following.text):
            dropped.append(DroppedLine(following.number, following.text, "byline-detail"))
            taken |= {name.number, following.number}
            index += 2
        elif names and (is_prose(following.text) or ends_with_credit(following.text)):
            taken.add(name.number)
            index += 1
        else:
            break
        names.append(clean_byline(name.text) or name.text)
    return names, taken


def author_names(byline: str | None) -> list[str]:
    """The full names a byline holds (two words or more), as a line about an author opens with them:
    `Ana Ruiz and Tom Hale` -> `Ana Ruiz`, `Tom Hale`. Unlike `split_authors`, the byline is not cleaned."""
    return [name.strip() for name in re.split(r",|\band\b|&", byline or "") if len(name.split()) >= 2]


def split_authors(byline: str | None) -> list[str]:
    """The authors a byline names, one each: `Anna Berg, Tomas Lind and Maria Costa` -> three names."""
    cleaned = clean_byline(byline)
    if not cleaned:
        return []
    if vocab.COLLECTIVE_BYLINE.match(cleaned):
        return [cleaned]
    return [name for name in _AUTHOR_SEPARATOR.split(cleaned) if name]


# A byline's label printed alone, the name on the next line.
_BYLINE_LABEL_ALONE = re.compile(r"^(reporter|reporters|author|authors|written by|words|text|by|story by|correspondent)\s*:?$", re.I)


def byline_blocks(header: list[Line], all_lines: list[Line] | None = None) -> tuple[set[int], set[int]]:
    """A name on its own line with role, outlet or place lines under it (`Mariko Sato` / `BBC News, Tokyo`),
    or under a byline's label printed alone (`Reporter:` / `Aoife Brennock`; `all_lines` shows the label).

    Returns the numbers of the name lines and of the detail lines.
    """
    content = [line for line in header if line.text]
    names: set[int] = set()
    details: set[int] = set()
    # `Reporter:` / `Aoife Brennock`: the label (dropped as a field label) over the name
    names.update(line.number for line in content
                 if is_names(line.text) and _BYLINE_LABEL_ALONE.match(text_above(all_lines or [], line.number)))
    for index, line in enumerate(content[:-1]):
        under = content[index + 1].text
        if line.number in names or not is_names(line.text):
            continue
        if not _is_detail(under) and not (is_person_name(line.text) and _names_the_site(under, line.number, all_lines or [])):
            continue
        names.add(line.number)
        for detail in content[index + 1 :]:
            if is_names(detail.text) and (detail.number - 1 in details | names or detail.number - 2 in details):
                names.add(detail.number)  # `Lena Carvalho` / `Senior Reporter` / `Omar Haddad`: the next author
            elif not _is_detail(detail.text):
                break
            elif _is_author_with_role(detail.text) and (detail is not content[index + 1] or clean_byline(line.text) != line.text):
                # (right under a bare name, `Eastern Cape correspondent` is that author's role: a place reads as a name)
                names.add(detail.number)  # `Sara Okafor Senior Business Reporter`: another author
            else:
                details.add(detail.number)
    return names, details


# A further author on the next line, as sites print one author per line with a follow button
# between: `Chloe Yeung` / `+ FOLLOW` / `and Marcus Tse`; or `and` alone on its line, the name under it.
_CONTINUED_NAME = re.compile(r"^(?:and|&)\s+(?P<name>\S.{2,60})$", re.I)
_AND_ALONE = re.compile(r"^(?:and|&)$", re.I)
# Between the names line and its `and`: the first author's role or follow button (`Tokyo correspondent`, `+ FOLLOW`).
_BETWEEN_NAMES_MAX_WORDS = 4


def join_continued_names(header: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """The header with `and Name` lines, and `and` over a name, joined to the names line above them
    (the lines joined are reported as dropped)."""
    joined: list[Line] = []
    skip: set[int] = set()
    for index, line in enumerate(header):
        if line.number in skip:
            continue
        continued = _CONTINUED_NAME.match(line.text)
        name, taken = (continued["name"], [line]) if continued else _name_under_and(header, index)
        above = _names_line_above(joined)
        if name and is_person_name(name) and above is not None:
            joined[above] = Line(joined[above].number, f"{joined[above].text} and {name}")
            dropped.extend(DroppedLine(part.number, part.text, "byline-detail") for part in taken)
            skip.update(part.number for part in taken)
            continue
        joined.append(line)
    return joined


def _name_under_and(header: list[Line], index: int) -> tuple[str | None, list[Line]]:
    """`and` alone on the line at `index`, and the next line's name: the name and both lines, or (None, [])."""
    if not _AND_ALONE.match(header[index].text):
        return None, []
    following = next((line for line in header[index + 1 : index + 3] if line.text), None)
    return (following.text, [header[index], following]) if following else (None, [])


def _names_line_above(joined: list[Line]) -> int | None:
    """The index of the names line the next author joins: the last line with text, or the one over it when
    that is a role or a button (`Hana Whitlock` / `Tokyo correspondent` / `and` / `Oliver Brantley`)."""
    texts = [index for index in range(len(joined) - 1, max(len(joined) - 5, -1), -1) if joined[index].text][:2]
    if texts and is_names(joined[texts[0]].text):
        return texts[0]
    if len(texts) == 2 and is_names(joined[texts[1]].text):
        between = joined[texts[0]].text
        if len(between.split()) <= _BETWEEN_NAMES_MAX_WORDS and not vocab.ends_sentence(between) and not is_names(between):
            return texts[1]
    return None


def is_reporter_with_place(text: str) -> bool:
    """A reporter's name and where they filed from: `Hana Lindqvist in Tokyo`, `Selin Arslan - İSTANBUL`."""
    place = _REPORTER_PLACE.search(text)
    return place is not None and place.start() > 0 and is_names(text[: place.start()])


def is_names(text: str) -> bool:
    """A person's name, or several joined by `and`, `&` or commas: `SAMUEL ORTIZ and MAYA CHEN`."""
    text = _PROFILE_LINK.sub("", text)
    parts = [_REPORTER_PLACE.sub("", part) for part in re.split(r"\s*,\s*|\s+" + _AND + r"\s+", text) if part]
    return is_person_name(text) or (len(parts) > 1 or parts != [text]) and all(is_person_name(part) for part in parts)


def names_between_bars(text: str) -> str | None:
    """`Oliver Pennington, Tokyo | Fiona Garside, Defence Editor`: authors between bars, each maybe with a place or a role."""
    parts = [part.strip() for part in text.split(" | ")]
    if len(parts) < 2:
        return None
    names = [part.split(",")[0].strip() for part in parts]
    if not all(is_person_name(name) for name in names):
        return None
    return " and ".join(names)


def names_before_outlet(text: str) -> str | None:
    """The names of `Ngoc Han - Quoc Viet / Mekong Morning News`: names, a slash and an outlet. Under a
    headline this is the byline; under a caption the same shape is the photo's credit."""
    names, slash, outlet = text.rpartition(" / ")
    outlet_words = outlet.casefold().split()
    if not slash or not outlet_words or (outlet_words[-1] not in vocab.OUTLET_WORDS and outlet.casefold() not in vocab.AGENCY_NAMES):
        return None
    parts = [part for part in re.split(r"\s+[-–—]\s+|\s*,\s*|\s+(?:and|&)\s+", names) if part]
    return clean_byline(", ".join(parts)) if parts and all(is_person_name(part) for part in parts) else None


def names_comma_outlet(text: str) -> str | None:
    """The names of `Émilie Gendron, The Canadian Press`: names, a comma and an outlet, with no `By` (right over
    the time line this is the byline; under a caption the same shape is the photo's credit)."""
    names, comma, outlet = text.rpartition(", ")
    outlet_words = outlet.casefold().removeprefix("the ").split()
    if not comma or not outlet_words or (outlet_words[-1] not in vocab.OUTLET_WORDS and outlet.casefold() not in vocab.AGENCY_NAMES):
        return None
    if not outlet[:1].isupper():
        return None
    parts = [part for part in re.split(r"\s*,\s*|\s+(?:and|&)\s+", names) if part]
    return clean_byline(", ".join(parts)) if parts and all(is_person_name(part) for part in parts) else None


def _name_over_site(content: list[Line], index: int, all_lines: list[Line]) -> bool:
    """`Anna Lindqvist` / `Yle News` under a caption and its credit: one author's name over the site's name,
    not the second of several authors each over it (`Kayla Brennan` / `Gazette` / `Jon Petrakis` / `Gazette`)."""
    name, above, below = content[index].text, content[index - 1].text, content[index + 1].text
    return (is_person_name(name) and not is_names(above) and above != below
            and _names_the_site(below, content[index].number, all_lines))


# The site's name, printed in its menu and again under the author's (`Anna Lindqvist` / `Yle News`).
_SITE_NAME_WORDS = (2, 5)


def _names_the_site(text: str, name_line: int, all_lines: list[Line]) -> bool:
    """`text` repeats a line of the page's chrome above the author's name: the site's own name."""
    low, high = _SITE_NAME_WORDS
    if not low <= len(text.split()) <= high or re.search(r"\d", text) or vocab.ends_sentence(text):
        return False
    if not 0 < name_line < len(all_lines) or all_lines[name_line].text != text:
        return False  # right under the name, nothing between
    above = {line.text.casefold() for line in all_lines[: name_line - 1]}
    return text.casefold() in above and all_lines[name_line - 1].text.casefold() not in above  # (a menu's two items are both above)


def _is_detail(text: str) -> bool:
    """What a paper prints under the names: a role, an outlet with a place, an agency (`Associated Press`)."""
    return bool(vocab.BYLINE_DETAIL.match(text)) or text.casefold() in vocab.AGENCY_NAMES


def _is_author_with_role(text: str) -> bool:
    return bool(vocab.BYLINE_WITH_ROLE.match(text)) and is_person_name(clean_byline(text) or "")


def _is_particle(words: list[str], index: int) -> bool:
    """`van` in `Pieter van Wyk`, `bin` in `Ahmad bin Ismail`: lower case inside a name, never first or last."""
    return 0 < index < len(words) - 1 and words[index] in _NAME_PARTICLES


# English function words, which never stand capitalised inside a name (`The`, `And`, `Of`).
_ENGLISH_STOPS = frozenset("a an the and or but of to in on at by for from with as is are was were be been has have had "
                           "it its your my this that these those he she they we you his her their our not no will would "
                           "can could said says about after into over under why how what when where who".split())


def is_person_name(text: str) -> bool:
    """Two to four capitalised words that are neither an outlet, an agency, a role nor interface."""
    words = text.split()
    shaped = all(re.fullmatch(r"[^\W\d_][\w.'’-]*", word) and (word[0].isupper() or _is_particle(words, index))
                 for index, word in enumerate(words))
    folded = [word.casefold().strip(".") for word in words]
    return (
        2 <= len(words) <= 4
        and shaped
        and folded[-1] not in vocab.OUTLET_WORDS
        and folded[-1] not in vocab.INSTITUTION_WORDS
        and folded[-1] not in vocab.LABEL_END_WORDS
        and folded[0] not in vocab.ROLE_WORDS  # `Senior Security` (Reporter), `Chief Political`; `Jennifer Senior` is a name
        and folded[-1] not in vocab.COMPANY_SUFFIXES
        and text.casefold() not in vocab.AGENCY_NAMES
        # English function words never stand in a name. Other languages' count where a name has no
        # such word: first (`Le Monde`, `Der Spiegel` are outlets) or in lower case outside a particle
        # (`de la` in `Ana de la Cruz` is one); a capitalised surname inside (`Grace Lo Wing-sze`) is no stop word.
        and not any(
            word in _ENGLISH_STOPS
            or word in vocab.STOP_WORDS and (index == 0 or words[index].islower() and not _is_particle(words, index))
            for index, word in enumerate(folded)
        )
        # `Share Article` is a button; `Clara Ong Hui Min` a name with one word that is also an interface word.
        and folded[0] not in vocab.INTERFACE_WORDS
        and sum(word in vocab.INTERFACE_WORDS for word in folded) * 2 < len(folded)
        # An acronym among capitalised words is an outlet's or a desk's (`ANB Mid North Coast`); a name
        # in capitals throughout (`SAMUEL ORTIZ`) is a name.
        and not (any(len(word) >= 2 and word.isalpha() and word.isupper() for word in words) and not text.isupper())
        # A possessive makes a phrase, never a name: `Foreign Ministers' Meeting`, `Mayor's Office`.
        and not any(re.search(r"(['’]s|s['’])$", word) for word in words)
    )


# A wire story's closing credits: `Reporting by A in X and B in Y; Writing by C; Editing by D`.
# Reporters and writers are the authors; editors, producers and "additional reporting" are not.
_CREDIT_PARTS = re.compile(r"\s*;\s*|\.\s+|,\s*(?=(?:additional\s+)?[a-z]+\s+by\b)", re.I)
_AUTHOR_CREDIT = re.compile(
    r"^[-–—(\s]*(?:credit\s*:\s*)?(?:(?:reporting|writing|written|compiled|(?:[a-z]+\s+)?original(?:\s+(?:story|article|text))?)\s+)?by\s+(?P<names>.+?)[.)\s]*$",
    re.I,
)


def credited_byline(dropped: list[DroppedLine]) -> str | None:
    """The authors a closing credits line names, for a page that prints no byline above the story."""
    for line in dropped:
        if line.reason != "credits":
            continue
        names = [name for part in _CREDIT_PARTS.split(line.text) for name in _credited_names(part)]
        if names:
            return clean_byline(", ".join(dict.fromkeys(names)))
    return None


# A portal's source line naming a person by their role: `Source: Yaw Ofori-Atta, Contributor`.
_SOURCE_WRITER = re.compile(
    r"^source\s*:\s*(?P<names>[^,|]{4,60}),\s*(?:(?:guest|staff|freelance|special|senior)\s+)?"
    r"(?:contributor|correspondent|reporter|writer|journalist)\.?$",
    re.I,
)


def _credited_names(part: str) -> list[str]:
    match = _AUTHOR_CREDIT.match(part) or _SOURCE_WRITER.match(part)
    if not match:
        return []
    names = (_REPORTER_PLACE.sub("", chunk) for chunk in re.split(r"\s*,\s*|\s+and\s+", match["names"]))
    return [name for name in names if is_person_name(name)]


# A signature closing the story: `Iryna Sokolenko, Zarichna`, `— Ana Ruiz`, `Ana Ruiz / Lima`.
# (a French daily signs with the place and the role in brackets: `Clémence Varenne (Nouakchott, special correspondent)`)
_SIGNATURE = re.compile(r"^[-–—]?\s*(?P<names>[^,/|()]{4,80}?)(?:\s*[,/|]\s*(?P<place>[A-Z][\w .'’-]{1,30}))?"
                        r"(?:\s*\((?:[A-Z][\w .'’-]{1,30},\s*)?(?:special |staff |our |foreign |regional )?"
                        r"(?:correspondent|envoy|reporter|stringer)\))?$")


_SIGNATURE_BY = re.compile(r"^by\s+(?-i:[A-Z])[^.!?]{2,80}$", re.I)
_BRACKETED_ADDRESS = re.compile(r"\s*[\[(<][^\[\]()<>\s]+@[^\[\]()<>\s]+[\])>]\s*$")


# The editors' initials after the writer's name in a broadcaster's signature: `— Paolo Ramirez/KG/RSJ, News Online`.
_EDITOR_INITIALS = re.compile(r"(?<=[a-z])(?:/[A-Z]{2,5})+(?=\s*(?:,|$))")


def signature_names(text: str) -> str | None:
    """The names a line signs the story with, or None when the line is no signature."""
    text = _EDITOR_INITIALS.sub("", text)
    unaddressed = _BRACKETED_ADDRESS.sub("", text)
    if len(unaddressed) > 2 and unaddressed[0] == "(" and unaddressed[-1] == ")" and unaddressed.count("(") == 1:
        unaddressed = unaddressed[1:-1].strip()  # an agency's closing `(By Chen Yu-ting and Kay Liu)`
    if _SIGNATURE_BY.match(unaddressed):  # `BY LEE HA-YOON, CHOI JI-WOO [lee.hayoon@example.kr]`: a byline under the story
        return read_byline(unaddressed)
    match = _SIGNATURE.match(text)
    if not match or not is_names(match["names"]) or match["place"] and len(match["place"].split()) > 3:
        return None
    return clean_byline(match["names"])
