"""Build a project whose every page-reaching field holds a hostile string.

Used by tests/test_hostile.py (HTML checks) and the browser tests. Each payload gets its
own brief; a benign twin project has the same shape with harmless text, so the HTML of
the two can be compared element by element.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from urllib.parse import quote

import yaml

from briefs.content.glossary import short_problems
from briefs.render.escape import unsafe_links
from conftest import ROOT, copy_project

PAYLOADS_FILE = ROOT / "tests" / "cases" / "hostile" / "payloads.yml"


@dataclass(frozen=True)
class Payload:
    id: str
    category: str
    text: str

    @property
    def slug(self) -> str:
        return "2025-01-01-" + re.sub(r"[^a-z0-9]+", "-", self.id.lower()).strip("-")

    @property
    def one_line(self) -> str:
        return " ".join(self.text.split())


def load_payloads() -> list[Payload]:
    data = yaml.safe_load(PAYLOADS_FILE.read_text(encoding="utf-8"))
    return [Payload(**item) for item in data["payloads"]]


def benign(payload: Payload) -> Payload:
    """A harmless twin, unique per payload (glossary names must not repeat)."""
    return Payload(payload.id, payload.category, "Benign words for " + payload.id.replace("-", " "))


def write_seed(seeds: Path, payload: Payload) -> None:
    """The payload as headline, caption, byline and outlet (front matter) and as body text."""
    front = {
        "title": payload.one_line,
        "caption": payload.one_line,
        "byline": payload.one_line,
        "source_name": payload.one_line,
        "url": "https://example.org/" + payload.one_line,
        "published": "2025-01-01T09:00:00+09:00",
    }
    body = (
        f"The first paragraph says {payload.one_line} in the middle of a sentence.\n\n"
        f"The term {payload.one_line} alias is mentioned here so the glossary links it.\n\n"
        f"{payload.text}\n\n"
        "A closing paragraph of plain words ends the article.\n"
    )
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, width=1000) + "---\n" + body
    # A NUL byte makes a seed binary, which is refused on its own (tests/test_fileio.py).
    text = text.replace("\x00", "")
    (seeds / f"{payload.slug}.txt").write_text(text, encoding="utf-8")


def write_annotation(annotations: Path, payload: Payload) -> None:
    data = {
        # The check refuses an address that is not one (tests/test_broken_input.py), so the
        # annotation carries the payload percent-encoded; the seed's front matter carries it raw.
        "source": {"name": payload.one_line, "url": "https://example.org/" + quote(payload.one_line, safe=""),
                   "retrieved": "2025-01-02"},
        "key_points": [payload.text, f"A key point that quotes {payload.one_line}."],
        "tags": [payload.one_line],
        "notes": [{
            "id": "hostile-note",
            "quote": "A closing paragraph of plain words",
            "type": "context",
            "body": note_body_of(payload),
            "sources": [{"title": payload.one_line, "url": "https://example.org/" + quote(payload.one_line, safe="")}],
        }],
    }
    (annotations / f"{payload.slug}.yml").write_text(yaml.safe_dump(data, allow_unicode=True, width=1000), encoding="utf-8")


def short_of(payload: Payload) -> str:
    """The payload as a tooltip, or as much of it as the check accepts there.

    The check refuses Markdown and markup in `short` (tests/test_glossary.py); what it does
    accept, quotes and attribute breakouts among it, must still stay inert on the page.
    """
    for text in (payload.one_line, re.sub(r"[*_`<>\[\]|#]", "", payload.one_line), re.sub(r"[^\w\s\"'=:;.,()]", "", payload.one_line)):
        text = text.strip().lstrip("-=0123456789. ") or "Empty"
        text = text if text.endswith(".") else text + "."
        if not short_problems(text):
            return text
    return "A plain tooltip."


def note_body_of(payload: Payload) -> str:
    """The payload as a note body where the check accepts it. Links and images it would drop
    are refused with a message instead (tests/test_annotations.py), so those stay out here."""
    return payload.text if not unsafe_links(payload.text) else "The check refuses this payload in a note body."


def write_glossary_entry(glossary: Path, payload: Payload) -> None:
    """A term named by the payload, with it in every field: aliases, tooltip, definition, sources."""
    data = {
        "term": payload.one_line,
        "aliases": [f"{payload.one_line} alias"],
        "kind": "event",
        "short": short_of(payload),
        "definition": payload.text,
        "as_of": "2025-01-01",
        "sources": [{"title": payload.one_line, "url": "https://example.org/" + quote(payload.one_line, safe="")}],
    }
    text = "# yaml-language-server: $schema=../schemas/glossary.schema.json\n"
    (glossary / f"hostile-{payload.slug}.yml").write_text(text + yaml.safe_dump(data, allow_unicode=True, width=1000),
                                                           encoding="utf-8")


def build_project(destination: Path, payloads: list[Payload]) -> Path:
    """A copy of the project with the seed replaced by one brief (and one term) per payload."""
    project = copy_project(destination)
    for folder in ("seeds", "annotations"):
        for path in (project / folder).iterdir():
            path.unlink()
    for payload in payloads:
        write_seed(project / "seeds", payload)
        write_annotation(project / "annotations", payload)
        write_glossary_entry(project / "glossary", payload)
    return project
