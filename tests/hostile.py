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
    return Payload(payload.id, payload.category, "Benign words stand here")


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
    }
    (annotations / f"{payload.slug}.yml").write_text(yaml.safe_dump(data, allow_unicode=True, width=1000), encoding="utf-8")


def build_project(destination: Path, payloads: list[Payload]) -> Path:
    """A copy of the project with the seed replaced by one brief per payload."""
    project = copy_project(destination)
    for folder in ("seeds", "annotations"):
        for path in (project / folder).iterdir():
            path.unlink()
    for payload in payloads:
        write_seed(project / "seeds", payload)
        write_annotation(project / "annotations", payload)
    return project
