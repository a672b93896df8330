"""A brief's notes on the page: highlight, marker, the note in place, and the list of notes.

How a note opens in place. Material's annotations (`{ .annotate }` with `(1)` markers)
look for "(1)" in the text of the block, and article text may hold "(1)" itself, so a
source could turn its own words into markers or lose them. Instead each highlight
(`<mark>`) is followed by a `<button popovertarget=...>` that opens the note as a native
HTML popover: no script, focusable and operable by keyboard (Enter/Space opens, Esc
closes), by mouse and by touch (light dismiss, and a close button); browsers expose the
invoker's expanded state to assistive technology. The popovers sit with the list of notes
after the article: a popover shows in the top layer wherever it is in the document, and
a browser without popover support still has the full list right there.
"""

from __future__ import annotations

from briefs.facts.notes import AnchoredNote
from briefs.model import Note
from briefs.render.escape import escape_attribute, mark_language, mark_language_html, render_contributor_markdown, safe_url
from briefs.render.inline import Layer, Span

TYPE_LABELS = {
    "context": "Context",
    "fact-check": "Fact check",
    "background": "Background",
    "what-to-watch": "What to watch",
}


def note_span(anchored: AnchoredNote) -> Span:
    """An outer span: the quoted words in `<mark>`, then the numbered marker that opens the note."""
    key = escape_attribute(anchored.note.note_id)
    label = TYPE_LABELS[anchored.note.note_type]
    opening = f'<mark class="note-quote" id="quote-{key}">'
    closing = (
        f'</mark><button type="button" class="note-marker" popovertarget="note-pop-{key}" '
        f'aria-label="Note {anchored.number}: {escape_attribute(label)}">{anchored.number}</button>'
    )
    return Span(anchored.start, anchored.end, opening, closing, Layer.OUTER)


def type_icon(note_type: str) -> str:
    """The note type's icon, decorative (the label is always written next to it).

    An empty element that the stylesheet paints (`.note-icon--TYPE` in briefs.css), so each
    page carries the class, not the SVG path.
    """
    return f'<span class="note-icon note-icon--{note_type}" aria-hidden="true"></span>'


def render_sources(note: Note) -> str:
    items = []
    for citation in note.sources:
        url = safe_url(citation.url)
        title = mark_language(escape_attribute(citation.title))
        items.append(f'<li><a href="{url}" rel="nofollow noopener noreferrer">{title}</a></li>' if url else f"<li>{title}</li>")
    return '<ul class="note-sources">' + "".join(items) + "</ul>"


def render_popover(anchored: AnchoredNote, body: str) -> str:
    """The note as it opens in place: a native popover, closed until its marker is used.

    `body` is `body_and_sources(anchored.note)`, made once for the popover and the list.
    """
    note = anchored.note
    key = escape_attribute(note.note_id)
    label = escape_attribute(TYPE_LABELS[note.note_type])
    return (
        f'<div class="note-popover note--{note.note_type}" id="note-pop-{key}" popover="auto" role="note" '
        f'aria-labelledby="note-pop-{key}-title">'
        f'<p class="note-head">{type_icon(note.note_type)} <span id="note-pop-{key}-title">{label} · note {anchored.number}</span>'
        f'<button type="button" class="note-close" popovertarget="note-pop-{key}" popovertargetaction="hide" '
        f'aria-label="Close note {anchored.number}">×</button></p>'
        f"{body}"
        f'<p class="note-more"><a href="#note-{key}">In the list of notes</a></p>'
        "</div>"
    )


def render_list_item(anchored: AnchoredNote, body: str) -> str:
    """The note in the list after the article, with its quote linking back to the text (`body` as for the popover)."""
    note = anchored.note
    key = escape_attribute(note.note_id)
    label = escape_attribute(TYPE_LABELS[note.note_type])
    return (
        f'<li id="note-{key}" class="brief-note note--{note.note_type}">'
        f'<p class="note-head">{type_icon(note.note_type)} <strong>{label}</strong> on '
        f'“<a href="#quote-{key}">{mark_language(escape_attribute(anchored.exact))}</a>”</p>'
        f"{body}</li>"
    )


def body_and_sources(note: Note) -> str:
    """What the popover and the list item both show: the body, then the sources."""
    return (
        f'<div class="note-body">{mark_language_html(render_contributor_markdown(note.body))}</div>'
        f'<p class="note-sources-title">Sources</p>{render_sources(note)}'
    )


def render_notes_section(anchored: list[AnchoredNote]) -> str:
    """Raw HTML for the Notes section: the popovers, then the numbered list."""
    bodies = [body_and_sources(item.note) for item in anchored]  # each shown twice, rendered once
    popovers = "\n".join(render_popover(item, body) for item, body in zip(anchored, bodies))
    items = "\n".join(render_list_item(item, body) for item, body in zip(anchored, bodies))
    # The popovers repeat the list below: keep them out of the search index. Material's search
    # ends an exclusion at the first closing tag of the same name, so the excluded container
    # is an <aside>, a tag that no popover holds.
    return f'<aside class="note-popovers" data-search-exclude>\n{popovers}\n</aside>\n\n<ol class="brief-notes">\n{items}\n</ol>\n'


def note_as_markdown(note: Note) -> str:
    """The note's own Markdown, followed by its sources as a Markdown list: the body of the
    W3C export, read by annotation tools that render Markdown themselves (`text/markdown`)."""
    sources = "\n".join(f"- [{citation.title}]({citation.url})" for citation in note.sources)
    return f"{note.body.rstrip()}\n\nSources:\n\n{sources}\n"
