"""JSON Schemas of the contributed file formats, generated from the code that checks them.

Each schema is built by the module that validates the format (`glossary.glossary_schema`),
so the committed `schemas/<name>.schema.json` files, which editors use through the
`# yaml-language-server: $schema=…` first line, cannot drift from the checks. To add a
format, add one line to `SCHEMAS`; `python -m briefs schema --write` rewrites the files and
`python -m briefs schema --check` fails when a committed file is stale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from briefs.errors import Problem
from briefs.fileio import write_atomic
from briefs.content.annotations import annotation_schema
from briefs.content.glossary import glossary_schema

# File stem -> generator. Written as schemas/<stem>.schema.json.
SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "annotation": annotation_schema,
    "glossary": glossary_schema,
}


def schema_text(name: str) -> str:
    """The schema as the committed file holds it: sorted keys off, two-space indent, final newline."""
    return json.dumps(SCHEMAS[name](), ensure_ascii=False, indent=2) + "\n"


def schema_path(root: Path, name: str) -> Path:
    return root / "schemas" / f"{name}.schema.json"


def stale_schemas(root: Path) -> list[Problem]:
    """A problem for each committed schema that differs from the generated one.

    A project without a `schemas/` folder commits none, and has none to keep current.
    """
    problems = []
    if not schema_path(root, next(iter(SCHEMAS))).parent.is_dir():
        return problems
    for name in SCHEMAS:
        path = schema_path(root, name)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != schema_text(name):
            problems.append(Problem(f"schemas/{name}.schema.json", None, "the schema is out of date", "run: python -m briefs schema --write"))
    return problems


def write_schemas(root: Path) -> list[Path]:
    """Write every schema; return the files written."""
    written = []
    for name in SCHEMAS:
        path = schema_path(root, name)
        write_atomic(path, schema_text(name), overwrite=True)
        written.append(path)
    return written
