"""Which contributed file a generated page comes from, for Material's edit button.

A brief page is generated, so MkDocs has no source file to open when a reader presses
"Edit this page". What a contributor edits is the brief's annotation file (notes, key
points, tags), and for a term page its glossary file; the seed itself is never edited.
MkDocs builds the button's address as `repo_url` + `edit_uri` + `File.edit_uri`, with
`edit_uri` pointing at the docs folder (e.g. `edit/main/docs/`), so the path returned for
the hook is relative to the docs folder (`../annotations/<slug>.yml`).
"""

from __future__ import annotations

import os
from pathlib import Path

from briefs.settings import Settings

INDEX_PAGE = "index.md"


def source_file_for(src_uri: str, settings: Settings) -> Path | None:
    """The contributed file behind generated page `src_uri`, or None (home, indexes, missing file)."""
    folder, _, name = src_uri.rpartition("/")
    if not name.endswith(".md") or name == INDEX_PAGE:
        return None
    stem = name[: -len(".md")]
    if folder == settings.briefs_uri:
        candidate = settings.annotations_path / f"{stem}.yml"
    elif folder == settings.glossary_uri:
        candidate = settings.glossary_path / f"{stem}.yml"
    else:
        return None
    return candidate if candidate.is_file() else None


def edit_uri_for(src_uri: str, settings: Settings, docs_dir: Path) -> str | None:
    """`File.edit_uri` for a generated page: its source file, relative to the docs folder."""
    source = source_file_for(src_uri, settings)
    if source is None:
        return None
    return Path(os.path.relpath(source, docs_dir)).as_posix()
