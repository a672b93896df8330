"""Export notes as W3C Web Annotations (JSON-LD), so other tools can read them.

Each note becomes one Annotation (https://www.w3.org/TR/annotation-model/): motivation
"commenting", a TextualBody holding the note's Markdown (with its sources appended as a
Markdown list, so the facts keep their addresses), and a target whose `source` is the
original article's address, with both a TextQuoteSelector and a TextPositionSelector.

Positions are offsets into the brief's article text (`Article.text`: paragraphs joined
by one blank line), not into the publisher's HTML page; the quote selector, with its
prefix and suffix, is what lets a client find the words on the live page.

`creator` and `created` are taken from git where known: the commit that first added the
note's `id:` line to its annotation file. Outside a git checkout they are left out.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefs.facts.anchor import to_selectors
from briefs.errors import Problem
from briefs.fileio import write_atomic
from briefs.model import Brief
from briefs.render.notes import note_as_markdown
from briefs.facts.notes import AnchoredNote, anchor_notes

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MARKDOWN = "text/markdown"


@dataclass(frozen=True, slots=True)
class Authorship:
    """Who first added a note and when, from the repository history."""

    creator: str  # the commit author's name
    created: str  # the commit's author date, ISO 8601 with offset


def annotation_id(brief: Brief, anchored: AnchoredNote, base_url: str | None) -> str:
    """The annotation's IRI: under `base_url` when given, else a stable urn:uuid."""
    if base_url:
        return f"{base_url.rstrip('/')}/{brief.slug}/#note-{anchored.note.note_id}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'briefs:{brief.slug}#{anchored.note.note_id}')}"


def to_w3c(brief: Brief, anchored: AnchoredNote, base_url: str | None = None,
           authorship: Authorship | None = None) -> dict[str, Any]:
    """One note as a W3C Web Annotation (a JSON-LD mapping)."""
    quote, position = to_selectors(brief.article.text, anchored.text_start, anchored.text_end)
    data: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": annotation_id(brief, anchored, base_url),
        "type": "Annotation",
        "motivation": "commenting",
    }
    if authorship is not None:
        data["creator"] = {"type": "Person", "name": authorship.creator}
        data["created"] = authorship.created
    data["body"] = {"type": "TextualBody", "value": note_as_markdown(anchored.note), "format": MARKDOWN, "language": "en"}
    data["target"] = {
        "source": brief.source.url,
        "selector": [
            {"type": "TextQuoteSelector", "exact": quote.exact, "prefix": quote.prefix, "suffix": quote.suffix},
            {"type": "TextPositionSelector", "start": position.start, "end": position.end},
        ],
    }
    return data


def git_authorship(root: Path, annotation_path: str, note_id: str) -> Authorship | None:
    """The first commit that added `id: <note_id>` to the file, or None outside git."""
    try:
        result = subprocess.run(
            ["git", "log", "--reverse", "--format=%an%x09%aI", f"-Sid: {note_id}", "--", annotation_path],
            cwd=root, capture_output=True, text=True, timeout=30, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    first = result.stdout.splitlines()[0] if result.returncode == 0 and result.stdout.strip() else ""
    name, _, created = first.partition("\t")
    return Authorship(name, created) if name and created else None


def export_w3c(briefs: list[Brief], out: Path, root: Path, base_url: str | None = None,
               threshold: float | None = None) -> tuple[list[Path], list[Problem]]:
    """Write `OUT/<slug>/<note-id>.jsonld` for every anchored note; return files and problems."""
    written: list[Path] = []
    problems: list[Problem] = []
    for brief in briefs:
        kwargs = {} if threshold is None else {"threshold": threshold}
        anchored, found = anchor_notes(brief.article, brief.annotation.notes, brief.annotation.path, **kwargs)
        problems += found
        if anchored and not (brief.source and brief.source.url):
            problems.append(Problem(brief.annotation.path, None, "no source address, so its notes are not exported",
                                    "add source: url: to the annotation file"))
            continue
        for item in anchored:
            authorship = git_authorship(root, brief.annotation.path, item.note.note_id)
            data = to_w3c(brief, item, base_url, authorship)
            path = out / brief.slug / f"{item.note.note_id}.jsonld"
            write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
            written.append(path)
    return written, problems
