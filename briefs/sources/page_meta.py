"""What a saved page states about its article beside the body trafilatura extracts.

trafilatura reads the body and the common metadata; this module reads what a page states
around the headline and in its structured data, by the shape of the page rather than by
an outlet's class names:

- the page's texts in reading order (`page_texts`), each the text of one element with its
  inline children (a link, bold, a time), so that a byline and a time printed side by side
  in two spans stay two texts;
- the headline's element (`headline_index`): the first h1 or h2 the title matches, else any
  element of the content holding the title, else the page's only h1 in its content;
- the section (`page_section`): `article:section`, JSON-LD `articleSection`, the short
  label right above the headline, else the last breadcrumb that is not a generic word
  ("Home", "News") or the headline itself;
- the header's texts after the headline (`texts_below_headline`): byline, time lines,
  a standfirst, up to the first prose;
- the title without the outlet's suffix (`page_title`): `Headline | Outlet` loses the
  suffix that equals `og:site_name` or the domain's name; an h1 or h2 whose words open the
  `og:title` is the headline when the page's title is longer;
- a byline without the job titles printed between its names (`without_job_titles`) and one
  read from a visible `By`/`Door`/`Von`/`Av` line (`visible_byline`);
- a photo credit closing a caption, in the phrasings and languages outlets use
  (`without_photo_credit`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from briefs.sources import vocab
from briefs.sources.byline import clean_byline, is_person_name, read_byline
from briefs.sources.caption import without_credit
from briefs.sources.clutter import clutter_reason
from briefs.sources.lines import is_prose, same_text
from briefs.sources.time_line import is_time_line

# Elements whose text belongs to the element around them (a link in a byline, a bold word).
_INLINE_TAGS = frozenset(
    {"a", "em", "strong", "b", "i", "u", "small", "abbr", "sup", "sub", "mark", "cite", "q", "bdi"}
)
# Elements whose text is never shown as article text.
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "button", "select", "option", "head"})
# A header label is a few words; a label of more is a headline or a sentence.
_SECTION_MAX_WORDS = 4
_SECTION_MAX_CHARS = 40
# The header under a headline ends at the first prose, or after this many texts.
_HEADER_TEXTS_BELOW = 10
# Breadcrumb items that name no section: the site's home and its whole news list.
_GENERIC_CRUMBS = frozenset(
    "home|homepage|start|index|front page|news|newsroom|latest|latest news|articles|stories|all|top stories|"
    "startseite|nachrichten|accueil|actualités|actualites|inicio|noticias|notizie|notícias|nieuws|voorpagina|"
    "nyheter|uutiset|etusivu|forside".split("|")
)


@dataclass(frozen=True, slots=True)
class PageText:
    """One element's visible text (its inline children's included), in reading order."""

    text: str  # whitespace collapsed
    element: Any  # the lxml element holding it
    tag: str  # the element's tag name


def page_texts(tree: Any) -> list[PageText]:
    """The visible texts of the page's body in reading order, one per element that holds text itself."""
    body = tree.find(".//body")
    texts: list[PageText] = []
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag in _INLINE_TAGS or _is_hidden(element):
            continue
        text = _own_text(element)
        if text:
            texts.append(PageText(text, element, element.tag))
    return texts


def _is_hidden(element: Any) -> bool:
    return any(node.tag in _HIDDEN_TAGS for node in (element, *element.iterancestors()) if isinstance(node.tag, str))


def _own_text(element: Any) -> str:
    """The element's text and its inline children's, without its block children's."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _INLINE_TAGS:
            parts.append("".join(child.itertext()))  # inline: no space of its own (`<a>Ana Ruiz</a>, Reporter`)
        elif isinstance(child.tag, str):
            parts.append(" ")  # a block child's text stands apart from the words around it
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def headline_index(texts: list[PageText], title: str | None) -> int | None:
    """Index of the headline's text: the first h1, else h2, whose text is the title."""
    if not title:
        return None
    for tags in (("h1",), ("h2",)):
        found = next((i for i, item in enumerate(texts) if item.tag in tags and same_text(item.text, title)), None)
        if found is not None:
            return found
    found = next((i for i, item in enumerate(texts) if same_text(item.text, title) and _in_content(item.element)), None)
    if found is not None:
        return found  # a headline in a styled div or p
    only_h1 = [index for index, item in enumerate(texts) if item.tag == "h1"]
    if len(only_h1) == 1 and _in_content(texts[only_h1[0]].element) and len(texts[only_h1[0]].text.split()) >= 3:
        return only_h1[0]  # the page's one headline, worded differently from its metadata title
    return None


def _in_content(element: Any) -> bool:
    """Not in the page's site header, menus or footer (inside its article or main content when it marks one)."""
    ancestors = {node.tag for node in element.iterancestors() if isinstance(node.tag, str)}
    if element.xpath("boolean(//article | //main)"):
        return bool(ancestors & {"article", "main"}) and "nav" not in ancestors
    return not ancestors & {"nav", "header", "footer"}


def texts_below_headline(texts: list[PageText], headline: int | None) -> list[PageText]:
    """The header's texts under the headline: subtitle, byline, time lines, standfirst; up to the first prose."""
    if headline is None:
        return []
    below: list[PageText] = []
    for item in texts[headline + 1 : headline + 1 + _HEADER_TEXTS_BELOW]:
        if is_prose(item.text) or (below and item.tag in ("h1", "h2", "h3")):
            break  # a heading right under the headline is its subtitle; a later one the body's
        below.append(item)
    return below


def texts_above_headline(texts: list[PageText], headline: int | None, reach: int) -> list[PageText]:
    """Up to `reach` texts right above the headline inside its container (a masthead's date is not one)."""
    if not headline:
        return []
    container = texts[headline].element.getparent()
    above: list[PageText] = []
    for item in reversed(texts[max(0, headline - reach) : headline]):
        if container is None or not (item.element is container or container in item.element.iterancestors()):
            break
        if any(node.tag == "nav" for node in item.element.iterancestors()):
            break
        above.insert(0, item)
    return above


def label_above_headline(texts: list[PageText], headline: int | None) -> str | None:
    """The short label printed right above the headline (`Local`, `Food & Dining`), when it is one."""
    above = texts_above_headline(texts, headline, 1)
    if not above:
        return None
    label = above[0]
    links = [_clean(" ".join(link.itertext())) or "" for link in label.element.findall("a")]
    if len(links) > 1 and [part.strip() for part in label.text.split(",")] == links:
        return links[0] if _is_section_label(links[0]) else None  # categories `Politics, Elections`: the first
    text = label.text.strip(_LABEL_PUNCTUATION)
    return text if len(links) <= 1 and _is_section_label(text) else None


# Punctuation a label is printed with before the headline: `Biz & IT —`, `Politics |`, `Opinion:`.
_LABEL_PUNCTUATION = " —–-|:›»·•"


def _is_section_label(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _SECTION_MAX_WORDS
        and len(text) <= _SECTION_MAX_CHARS
        and not vocab.ends_sentence(text)
        and not vocab.STORY_MARKERS.match(text)
        and not vocab.RELEASE_LABEL.match(text)
        and not is_time_line(text)
        and not re.search(r"[\d|›»>/]", text)
        and text.casefold() not in _GENERIC_CRUMBS
        and clutter_reason(text) is None  # `Advertisement`, `Share`, `Menu` above a headline name no section
        and read_byline(text) is None
    )


def page_section(tree: Any, texts: list[PageText], headline: int | None, title: str | None) -> str | None:
    """The section the page states: its metadata, the label above the headline, else its breadcrumbs."""
    for value in tree.xpath('//meta[@property="article:section" or @name="article:section"]/@content'):
        if _is_section_label(value.strip()):
            return value.strip()
    for item in json_ld_items(tree):
        value = item.get("articleSection")
        value = value[0] if isinstance(value, list) and value else value
        if isinstance(value, str) and _is_section_label(value.strip()):
            return value.strip()
    return label_above_headline(texts, headline) or breadcrumb_section(tree, title)


def breadcrumb_section(tree: Any, title: str | None) -> str | None:
    """The last breadcrumb that names a section: not the headline, not `Home` or `News`."""
    trails = tree.xpath(
        '//*[contains(translate(@class, "BREADCRUMB", "breadcrumb"), "breadcrumb")'
        ' or contains(translate(@aria-label, "BREADCRUMB", "breadcrumb"), "breadcrumb")]'
    )
    outermost = [trail for trail in trails if not any(ancestor in trails for ancestor in trail.iterancestors())]
    crumbs = [_clean(" ".join(link.itertext())) for link in outermost[0].iter("a", "li", "span")] if trails else []
    crumbs += _json_ld_crumbs(tree) if not crumbs else []
    crumbs = [crumb for crumb in crumbs if crumb and not (title and same_text(crumb, title))]
    for crumb in reversed(crumbs):
        if crumb.casefold() in _GENERIC_CRUMBS:
            return None  # a trail ending in `Newsroom` names no section
        if _is_section_label(crumb):
            return crumb
    return None


def _json_ld_crumbs(tree: Any) -> list[str]:
    for item in json_ld_items(tree):
        if item.get("@type") == "BreadcrumbList" and isinstance(item.get("itemListElement"), list):
            names = [crumb.get("name") or (crumb.get("item") or {}).get("name") for crumb in item["itemListElement"]
                     if isinstance(crumb, dict)]
            return [name for name in names if isinstance(name, str)]
    return []


def json_ld_items(tree: Any) -> Iterator[dict]:
    """Every object of the page's JSON-LD, `@graph` members included."""
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        yield from (item for item in items if isinstance(item, dict))


# The page's first few h1 and h2 are where its headline stands, when the title has more words.
_TITLE_HEADINGS = 6
# Where a title's suffix starts: a separator with spaces around it (a colon belongs to headlines).
_SUFFIX_START = re.compile(r"\s+[|–—·•-]\s+\S")
# Separators between a headline and the outlet's name in a page's title.
_TITLE_SUFFIX = re.compile(r"^(?P<headline>.{8,}?)\s+(?:[|–—·•:]|-|::)\s+(?P<suffix>[^|–—]{2,60})$")


def page_title(tree: Any, title: str | None) -> str | None:
    """The headline: the title without the outlet's suffix, or the h1/h2 the og:title opens with."""
    if not title:
        return title
    names, domains = _site_names(tree)
    match = _TITLE_SUFFIX.match(title)
    if match and _is_site_name(_letters(match["suffix"]), names, domains):
        title = match["headline"].strip()
    for heading in tree.xpath("//h1 | //h2")[:_TITLE_HEADINGS]:
        text = _clean(" ".join(heading.itertext()))
        if text and len(text.split()) >= 3 and _SUFFIX_START.match(title[len(text) :]) and title.startswith(text):
            return text  # `Headline | Section | Outlet` in the title, the headline alone in the h1
    return title


def _site_names(tree: Any) -> tuple[set[str], set[str]]:
    """The outlet's names the page states (letters only), and the names its address is made of."""
    stated = tree.xpath(
        '//meta[@property="og:site_name" or @name="application-name" or @name="twitter:site"]/@content'
    )
    stated += [
        item["publisher"]["name"] for item in json_ld_items(tree)
        if isinstance(item.get("publisher"), dict) and isinstance(item["publisher"].get("name"), str)
    ]
    domains: set[str] = set()
    for address in tree.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content'):
        host = urlparse(str(address)).hostname or ""
        parts = [part for part in host.split(".") if part not in ("www", "m", "amp", "co", "com", "org", "net")]
        domains |= {_letters(part) for part in parts[:-1] or parts[:1]}  # `bbc.co.uk` -> bbc
    return {_letters(str(name)) for name in stated} - {""}, domains - {""}


# A domain's name opens the outlet's name in a title's suffix: `bbc` for `BBC News`.
_DOMAIN_NAME_MIN_LETTERS = 3


def _is_site_name(suffix: str, names: set[str], domains: set[str]) -> bool:
    """A title's suffix (letters only) is the outlet's name: stated, or its address's name opens it."""
    return suffix in names or any(len(name) >= _DOMAIN_NAME_MIN_LETTERS and suffix.startswith(name) for name in domains)


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


# Words that open a byline in the languages pages come in: `Door` (Dutch), `Av` (Swedish,
# Norwegian), `Af` (Danish), `Von` (German), `Par` (French), `Por` (Spanish), `Di` (Italian).
# `di`, `de` and `da` open names too (`Di Maio`, `De Wit`), so they count only in lower case.
_BYLINE_WORD = re.compile(
    r"^(?:(?i:by|door|av|af|von|par|por|przez|kirjoittanut|text|tekst)|di|de|da)\s*:?\s+(?=[A-ZÀ-ÖØ-Þ])"
)


def visible_byline(texts: list[PageText]) -> str | None:
    """The authors a visible byline under the headline names, or None.

    `Door Anouk de Wit` (a byline word in any of several languages), or a name alone with its
    role or outlet printed under it (`Jane Roe` / `Business reporter`), as the text parser reads it.
    """
    for text in (part for item in texts for part in header_parts(item.text)):
        match = _BYLINE_WORD.match(text)
        if match and not vocab.ends_sentence(text) and len(text.split()) <= 16:
            byline = clean_byline(without_job_titles(text[match.end() :]))
            if byline:
                return byline
    for name, detail in zip(texts, texts[1:]):
        if is_person_name(name.text) and vocab.BYLINE_DETAIL.match(detail.text):
            return name.text
    return None


def header_parts(text: str) -> list[str]:
    """A header text, then its parts when separators join several (`Von Jana Petersen · 7. März 2025`)."""
    parts = [part for part in vocab.INLINE_LIST_SEPARATOR.split(text) if part]
    return [text, *parts] if len(parts) > 1 else [text]


# Nouns a job title ends with: `Local Democracy Reporter`, `Chief Political Correspondent`.
_ROLE_NOUNS = re.compile(
    r"\b(reporter|correspondent|editor|writer|columnist|producer|journalist|contributor|critic|photographer|"
    r"analyst|presenter|anchor|redakteur(in)?|redacteur|correspondant|rédacteur|redactor|corresponsal|"
    r"giornalista|reporter(in)?|toimittaja|reporterin)s?\.?$",
    re.I,
)
_BYLINE_PARTS = re.compile(r"(\s*[,;|]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)")


def without_job_titles(byline: str | None) -> str | None:
    """The byline without the job title printed after each name: `A, Local Democracy Reporter` -> `A`.

    A part of a comma-separated byline that ends with a role noun and follows a name is
    that name's title, never a second author, however unusual its other words are
    (`Local Democracy Reporter`, `Chief Data Correspondent`).
    """
    if not byline:
        return byline
    opening = _BYLINE_WORD.match(byline)
    pieces = _BYLINE_PARTS.split(byline[opening.end() :] if opening else byline)
    kept: list[str] = []
    for index in range(0, len(pieces), 2):
        part = pieces[index].strip()
        after_name = bool(kept) and is_person_name(kept[-1])
        if after_name and _ROLE_NOUNS.search(part):
            continue
        if part:
            kept.append(part)
    return ", ".join(kept) if kept else None


# Photo credits in the phrasings and languages outlets print them: `Foto: X / Agency`,
# `Photograph: X for Y`, `(Tribune photo by X)`, `Bild: X`, `Crédit photo : X`.
_CREDIT_LABEL = (
    r"photo(?:graph)?s?|photography|picture|pictures|image|images|credit|photo credit|foto(?:grafie|grafía)?s?|"
    r"fotó|bild|bilder|beeld|kuva|zdjęcie|crédit(?: photo)?|crédits?|source|quelle|fuente|fonte"
)
_PHOTO_CREDIT = re.compile(
    r"(?:(?<=[.!?\"”’)])\s*|\s+(?=\())(?P<credit>"  # after a sentence, or in brackets after any word
    r"\(?(?:" + _CREDIT_LABEL + r")\s*[:/]\s*[^()]{2,80}?\)?"  # `Foto: X / Agency`, `Photograph: X for Y`
    r"|\((?:[\w.&'’-]+\s+){0,4}(?:photo|photograph|picture|image|foto|bild)s?\s+"
    r"(?:by|von|de|door|di|par|por|af|av)\s+[^()]{2,60}\)"  # `(Tribune photo by X)`
    r"|(?:[A-Z][\w.&'’-]*\s+){0,4}(?:photo|photograph|picture|foto|bild)s?\s+"
    r"(?:by|von|de|door|di|par|por|af|av)\s+[^.()]{2,60}"  # `Staff photo by X`
    r")\.?\s*$",
    re.I,
)


def without_photo_credit(caption: str) -> str:
    """The caption without the photo credit closing it, in any of the phrasings outlets use."""
    caption = without_credit(caption)
    match = _PHOTO_CREDIT.search(caption)
    return caption[: match.start()].strip() if match else caption


def page_language(tree: Any) -> str:
    """The page's language as `<html lang>` or `og:locale` states it (`en-us`), lower case; '' without one."""
    values = tree.xpath("/html/@lang") + tree.xpath('//meta[@property="og:locale"]/@content')
    return str(values[0]).strip().replace("_", "-").casefold() if values else ""


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    cleaned = re.sub(r"\s+", " ", text).strip()
    return cleaned or None
