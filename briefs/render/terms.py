"""Glossary pages: one page per term, the glossary index, and each brief's term sections.

A term's definition is contributor Markdown. It is rendered with Python-Markdown and then
sanitised with nh3 (an allow-list of tags; links only to http, https and mailto), and the
clean HTML is embedded in the page: raw HTML in a definition shows as text or disappears,
never runs. Every other contributor or article text goes through `render.escape_text`.
"""

from __future__ import annotations

from typing import Callable, Iterable

from briefs.content.glossary import KIND_LABELS, KIND_NAMES, KINDS, Glossary, Term
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import BriefMentions, Mention
from briefs.model import Brief
from briefs.render.dates import day_month_year, long_date
from briefs.render.escape import (
    UNSEARCHED_PAGE,
    escape_text,
    front_matter,
    mark_language,
    mark_language_html,
    render_contributor_markdown,
    safe_url,
    section,
)
from briefs.render.inline import Layer, Span, link, relative_uri, render_marked_text
from briefs.render.paths import brief_uri, glossary_index_uri, sort_newest_first, term_uri
from briefs.settings import Settings
from briefs.sources.sentences import split_sentences

# Kinds listed in a brief's "People and organisations"; the rest go under "Key terms".
PEOPLE_KINDS = ("person", "organisation")


def render_definition(definition: str) -> str:
    """Contributor Markdown as sanitised HTML, by the same rules as note bodies."""
    return mark_language_html(render_contributor_markdown(definition))


def sentence_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence(s) of `text` holding `[start, end)`, and the offsets of that span in it."""
    spans = split_sentences(text) or [(0, len(text))]
    begin = next((first for first, last in spans if first <= start < last), 0)
    finish = next((last for first, last in spans if first < end <= last), len(text))
    return text[begin:finish], start - begin, end - begin


def mention_quote(brief: Brief, mention: Mention) -> str:
    """The mention's sentence, escaped, with the term in `<mark>`."""
    text = (brief.article.caption or "") if mention.paragraph < 0 else brief.article.paragraphs[mention.paragraph].text
    sentence, start, end = sentence_around(text, mention.start, mention.end)
    return render_marked_text(sentence, [Span(start, end, "<mark>", "</mark>", Layer.OUTER)])


# ---- brief sections ---------------------------------------------------------------


def term_sections(brief: Brief, mentions: BriefMentions, glossary: Glossary, settings: Settings) -> list[tuple[str, str, str]]:
    """The brief's "Key terms" (linked terms) and "People and organisations", as (name, heading, Markdown)."""
    first: dict[str, Mention] = {}
    for mention in mentions.all:
        first.setdefault(mention.term, mention)
    page = brief_uri(brief, settings.briefs_uri)
    terms = [glossary.terms[slug] for slug in first]
    key_terms = [term for term in terms if first[term.slug].linked and term.kind not in PEOPLE_KINDS]
    people = [term for term in terms if term.kind in PEOPLE_KINDS]
    sections = []
    if key_terms:
        sections.append(("key-terms", "Key terms", _term_list(key_terms, page, settings)))
    if people:
        sections.append(("people", "People and organisations", _term_list(people, page, settings)))
    return sections


def _term_list(terms: list[Term], page: str, settings: Settings) -> str:
    lines = []
    for term in terms:
        target = relative_uri(page, term_uri(term.slug, settings.glossary_uri))
        lines.append(f"- {link(_marked(term.term), target)} — {_marked(term.short)}")
    return "\n".join(lines) + "\n"


# ---- pages ------------------------------------------------------------------------


def glossary_pages(briefs: list[BriefFacts], glossary: Glossary, settings: Settings) -> dict[str, str]:
    """Every term page and the glossary index."""
    by_term = briefs_by_term(briefs)
    pages = {term_uri(term.slug, settings.glossary_uri): render_term_page(term, glossary, by_term.get(term.slug, []), settings)
             for term in glossary}
    if len(glossary):
        pages[glossary_index_uri(settings.glossary_uri)] = render_glossary_index(glossary, by_term, settings)
    return pages


def briefs_by_term(briefs: list[BriefFacts]) -> dict[str, list[tuple[Brief, list[Mention]]]]:
    """For each term slug: the briefs that mention it, newest first, each with its mentions."""
    mentions = {facts.slug: facts.mentions.all for facts in briefs}
    found: dict[str, list[tuple[Brief, list[Mention]]]] = {}
    for brief in sort_newest_first([facts.brief for facts in briefs]):
        grouped: dict[str, list[Mention]] = {}
        for mention in _reading_order(mentions[brief.slug]):
            grouped.setdefault(mention.term, []).append(mention)
        for slug, items in grouped.items():
            found.setdefault(slug, []).append((brief, items))
    return found


def _reading_order(mentions: Iterable[Mention]) -> list[Mention]:
    """Caption (paragraph -1) first, as the page shows it, then the body."""
    return sorted(mentions, key=lambda item: (item.paragraph, item.start))


def render_term_page(term: Term, glossary: Glossary, mentioned_in: list[tuple[Brief, list[Mention]]], settings: Settings) -> str:
    """A term's page: kind, other names, definition, sources, as of, see also, mentioned in."""
    page = term_uri(term.slug, settings.glossary_uri)
    parts = [
        front_matter({"title": term.term, "description": term.short}),
        f"# {_marked(term.term)}\n",
        _facts_line(term),
        f'<div class="term-definition">\n{render_definition(term.definition)}\n</div>\n',
        _sources(term),
    ]
    if term.see_also:
        parts.append(_see_also(term, glossary, page, settings))
    parts.append(_mentioned_in(mentioned_in, page, settings))
    return "\n".join(part.rstrip("\n") + "\n" for part in parts)


def _facts_line(term: Term) -> str:
    pieces = [f"**{escape_text(KIND_NAMES[term.kind])}**"]
    names = [*term.aliases] + ([f"{term.surname} (surname)"] if term.surname else [])
    if names:
        pieces.append("Also: " + ", ".join(_marked(name) for name in names))
    return '<p class="term-facts" markdown>' + " · ".join(pieces) + "</p>\n"


def _sources(term: Term) -> str:
    lines = ["## Sources\n"]
    for source in term.sources:
        url = safe_url(source.url)
        title = _marked(source.title)
        lines.append(f"- {link(title, url)}" if url else f"- {title}")
    if term.as_of:
        lines.append(f"\nFacts checked as of {escape_text(long_date(term.as_of))}.")
    if term.reviewed_by and term.reviewed:
        lines.append(f"\nReviewed by {escape_text(term.reviewed_by)} on {escape_text(long_date(term.reviewed))}.")
    return "\n".join(lines) + "\n"


def _see_also(term: Term, glossary: Glossary, page: str, settings: Settings) -> str:
    others = [glossary.terms[slug] for slug in term.see_also if slug in glossary.terms]
    return section("See also", "see-also", _term_list(others, page, settings), searched=False)


def _mentioned_in(mentioned_in: list[tuple[Brief, list[Mention]]], page: str, settings: Settings) -> str:
    entries = "\n".join(_mention_entry(brief, mentions, page, settings) for brief, mentions in mentioned_in)
    return section("Mentioned in", "mentioned-in", entries or "No brief mentions this term yet.", searched=False)


def _mention_entry(brief: Brief, mentions: list[Mention], page: str, settings: Settings) -> str:
    target = relative_uri(page, brief_uri(brief, settings.briefs_uri))
    published = brief.article.published
    date = f" · {escape_text(day_month_year(published))}" if published else ""
    lines = [f"**{link(_marked(brief.title), target)}**{date}\n", f"> {mention_quote(brief, mentions[0])}\n"]
    if len(mentions) > 1:
        others = _unique([mention_quote(brief, mention) for mention in mentions[1:]])
        lines.append(f'??? quote "{len(mentions) - 1} more mention{"s" if len(mentions) > 2 else ""} in this brief"\n')
        lines += [f"    - {quote}" for quote in others]
        lines.append("")
    return "\n".join(lines) + "\n"


def _marked(text: str) -> str:
    """Contributor or source text, escaped, with its runs in other scripts marked with `lang`."""
    return mark_language(escape_text(text))


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def render_glossary_index(glossary: Glossary, by_term: dict[str, list], settings: Settings) -> str:
    """Every term by kind, A–Z, with its `short` and how many briefs mention it."""
    page = glossary_index_uri(settings.glossary_uri)
    parts = [front_matter({"title": "Glossary", **UNSEARCHED_PAGE}), "# Glossary\n",
             "Every term the briefs explain, by kind and A–Z, with the number of briefs that mention it.\n"]
    for kind in KINDS:
        terms = sorted((term for term in glossary if term.kind == kind), key=lambda item: (item.term.casefold(), item.slug))
        if not terms:
            continue
        parts.append(f"## {escape_text(KIND_LABELS[kind])}\n")
        parts.append("\n".join(_index_entry(term, len(by_term.get(term.slug, [])), page, settings) for term in terms) + "\n")
    return "\n".join(parts)


def _index_entry(term: Term, count: int, page: str, settings: Settings) -> str:
    target = relative_uri(page, term_uri(term.slug, settings.glossary_uri))
    briefs = f"{count} brief{'s' if count != 1 else ''}"
    return f"- {link(_marked(term.term), target)} — {_marked(term.short)} ({briefs})"


def term_link_targets(brief: Brief, settings: Settings) -> Callable[[str], str]:
    """slug -> the relative link from this brief's page to the term's page."""
    page = brief_uri(brief, settings.briefs_uri)
    return lambda slug: relative_uri(page, term_uri(slug, settings.glossary_uri))
