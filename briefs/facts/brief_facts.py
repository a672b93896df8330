"""Everything the stages found in one brief, held together for the renderers.

Each field comes from one stage and holds offsets and references into the brief's
article, never markup: `briefs.render` decides how each fact looks on a page.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefs.facts.mentions import NO_MENTIONS, BriefMentions
from briefs.facts.notes import AnchoredNote
from briefs.facts.related import Related
from briefs.facts.timeline import DateEvent
from briefs.model import Brief


@dataclass(frozen=True, slots=True)
class BriefFacts:
    """A brief and what each stage found in it."""

    brief: Brief
    mentions: BriefMentions = NO_MENTIONS  # glossary terms in the body and the caption
    events: tuple[DateEvent, ...] = ()  # dated expressions, in text order, resolved
    notes: tuple[AnchoredNote, ...] = ()  # contributors' notes, anchored, in reading order
    related: tuple[Related, ...] = ()  # other briefs sharing terms, closest first

    @property
    def slug(self) -> str:
        return self.brief.slug
