"""Rendering from hand-made facts: no stage runs, so each test says exactly which fact
becomes which mark, and a renderer bug cannot hide behind a stage's behaviour."""

from __future__ import annotations

from pathlib import Path

from briefs.content.glossary import Glossary, Term, TermSource
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import BriefMentions, Mention
from briefs.facts.notes import AnchoredNote
from briefs.facts.related import Related
from briefs.facts.timeline import DateEvent
from briefs.model import Annotation, Article, Brief, Citation, Note, Paragraph
from briefs.render.brief import brief_sections, render_brief
from briefs.render.timeline import DateMarks, timeline_pages
from briefs.settings import Settings

TEXT = "Mayor Lina Ortz met traders on Friday in Porto Vell."
SETTINGS = Settings(root=Path("."))


def term(slug: str, name: str, kind: str = "place", short: str = "A place.") -> Term:
    return Term(slug, name, kind, (), None, False, short, "A definition.", None,
                (TermSource("Official page", "https://example.org/"),), (), f"glossary/{slug}.yml")


GLOSSARY = Glossary({"lina-ortz": term("lina-ortz", "Lina Ortz", "person", "The city's mayor."),
                     "porto-vell": term("porto-vell", "Porto Vell", "place", "A port city.")})


def brief(slug: str = "2025-03-07-market", text: str = TEXT) -> Brief:
    article = Article("Mayor meets traders", None, None, None, False, None, None, None, None, (Paragraph(text, 1),))
    return Brief(slug, f"seeds/{slug}.txt", "0" * 64, article, Annotation(f"annotations/{slug}.yml", None, None))


def mention(slug: str, words: str, linked: bool = True) -> Mention:
    start = TEXT.index(words)
    return Mention(slug, words, 0, start, start + len(words), linked)


def friday() -> DateEvent:
    start = TEXT.index("on Friday")
    return DateEvent("2025-03-07", "day", None, "on Friday", 0, start, start + len("on Friday"), TEXT, 0)


def note() -> AnchoredNote:
    words = "met traders"
    start = TEXT.index(words)
    body = Note("n1", words, "", "", "context", "Traders had asked for the meeting.",
                (Citation("City council minutes", "https://example.org/minutes"),), 3)
    return AnchoredNote(body, 1, 0, start, start + len(words), start, start + len(words), words)


def test_a_linked_mention_becomes_a_link_titled_with_the_terms_short():
    page = render_brief(BriefFacts(brief(), mentions=BriefMentions((mention("porto-vell", "Porto Vell"),), ())),
                        GLOSSARY, SETTINGS)
    assert '[Porto Vell](../glossary/porto-vell.md "A port city.")' in page


def test_a_mention_that_is_not_linked_stays_text_but_the_term_is_listed_when_it_is_a_person():
    facts = BriefFacts(brief(), mentions=BriefMentions((mention("lina-ortz", "Lina Ortz", linked=False),), ()))
    page = render_brief(facts, GLOSSARY, SETTINGS)
    assert "](../glossary/lina-ortz.md" in page  # in "People and organisations", not in the text
    assert "Mayor Lina Ortz met" in page
    assert [section.name for section in brief_sections(facts, GLOSSARY, SETTINGS, DateMarks())] == ["people", "provenance"]


def test_an_event_becomes_a_time_mark_and_a_timeline_entry():
    facts = BriefFacts(brief(), events=(friday(),))
    page = render_brief(facts, GLOSSARY, SETTINGS)
    assert '<time datetime="2025-03-07" title="Friday, 7 March 2025">on Friday</time>' in page
    assert "## Timeline { #timeline data-search-exclude }" in page


def test_a_note_becomes_a_highlight_with_its_marker_and_the_time_mark_stays_beside_it():
    facts = BriefFacts(brief(), events=(friday(),), notes=(note(),))
    page = render_brief(facts, GLOSSARY, SETTINGS)
    assert '<mark class="note-quote" id="quote-n1">met traders</mark><button' in page
    assert "<time" in page and "City council minutes" in page


def test_related_briefs_are_listed_with_the_terms_they_share():
    related = (Related("2025-03-01-port", "Port reopens", 1.5, ("Porto Vell",)),)
    page = render_brief(BriefFacts(brief(), related=related), GLOSSARY, SETTINGS)
    assert "- [Port reopens](2025-03-01-port.md) — shares Porto Vell" in page


def test_the_timeline_page_links_the_terms_of_the_events_sentence():
    facts = BriefFacts(brief(), mentions=BriefMentions((mention("porto-vell", "Porto Vell"),), ()), events=(friday(),))
    page = timeline_pages([facts], GLOSSARY, SETTINGS, DateMarks())["timeline.md"]
    assert "[Porto Vell](glossary/porto-vell.md)" in page
    assert "[Mayor meets traders](briefs/2025-03-07-market.md)" in page


def test_the_same_facts_render_the_same_bytes():
    facts = BriefFacts(brief(), mentions=BriefMentions((mention("porto-vell", "Porto Vell"),), ()),
                       events=(friday(),), notes=(note(),))
    assert render_brief(facts, GLOSSARY, SETTINGS) == render_brief(facts, GLOSSARY, SETTINGS, DateMarks())
