"""One check for every contributed file: `python -m briefs check`.

`CHECKERS` lists the checks in order; each takes the settings and returns its problems,
and knows nothing of the others, so a new kind of file is one line here (the glossary's
checker is added the same way). `SCHEMAS` lists the JSON Schemas generated from the
library's declarations and committed under `schemas/`, so editors validate files as
people type; `python -m briefs schema --write` regenerates them and the check fails when a
committed one is stale.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

from briefs.annotations import SCHEMA_FILE as ANNOTATION_SCHEMA_FILE
from briefs.annotations import annotation_schema, load_annotation
from briefs.errors import Problem, SourceError
from briefs.fileio import read_source, write_atomic
from briefs.notes import anchor_notes
from briefs.parse import parse_article
from briefs.pipeline import SEED_SUFFIXES, seed_files
from briefs.settings import Settings

SCHEMA_DIR = "schemas"
ANNOTATION_SUFFIX = ".yml"

Checker = Callable[[Settings], list[Problem]]


def check_seeds(settings: Settings) -> list[Problem]:
    """Every seed is readable and parses into an article with a body."""
    problems = []
    for seed in seed_files(settings):
        display = settings.relative(seed)
        try:
            article = parse_article(read_source(seed), display)
        except SourceError as err:
            problems += err.problems
            continue
        if not article.paragraphs:
            problems.append(Problem(display, None, "no article text found in the seed"))
    return problems


def check_slugs(settings: Settings) -> list[Problem]:
    """Each slug names one seed and at most one annotation file, with the expected suffix."""
    problems = []
    problems += _duplicate_stems(settings, settings.seeds_path, "seed")
    problems += _duplicate_stems(settings, settings.annotations_path, "annotation file")
    for path in _files(settings.annotations_path):
        if path.suffix == ".yaml":
            problems.append(Problem(settings.relative(path), None, "annotation files end in .yml",
                                    f"rename it to {path.stem}.yml"))
    return problems


def _duplicate_stems(settings: Settings, folder: Path, what: str) -> list[Problem]:
    by_stem: dict[str, list[Path]] = defaultdict(list)
    for path in _files(folder):
        by_stem[path.stem].append(path)
    return [
        Problem(settings.relative(paths[1]), None, f"two {what}s have the slug {stem!r}: "
                f"{', '.join(settings.relative(path) for path in paths)}", "keep one, or rename the other")
        for stem, paths in sorted(by_stem.items())
        if len(paths) > 1
    ]


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.is_file() and not path.name.startswith("."))


def check_annotations(settings: Settings) -> list[Problem]:
    """Every annotation file: structure, a seed to go with it, and every note's anchor."""
    seeds = {path.stem: path for path in seed_files(settings)}
    problems = []
    for path in _files(settings.annotations_path):
        if path.suffix not in (ANNOTATION_SUFFIX, ".yaml"):
            continue
        display = settings.relative(path)
        annotation, found = load_annotation(path, display)
        problems += found
        seed = seeds.get(path.stem)
        if seed is None:
            expected = " or ".join(f"{settings.seeds_dir}/{path.stem}{suffix}" for suffix in SEED_SUFFIXES)
            problems.append(Problem(display, None, f"no seed for this annotation file: expected {expected}",
                                    "the annotation file and its seed share a name"))
            continue
        problems += _anchor_problems(settings, seed, annotation)
    return problems


def _anchor_problems(settings: Settings, seed: Path, annotation) -> list[Problem]:
    try:
        article = parse_article(read_source(seed), settings.relative(seed))
    except SourceError:
        return []  # reported by check_seeds
    _, problems = anchor_notes(article, annotation.notes, annotation.path, settings.notes_threshold)
    return problems


# The generated JSON Schemas: file name under schemas/ -> function producing it. At merge,
# the glossary adds one line:  "glossary.schema.json": glossary_schema,
SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    ANNOTATION_SCHEMA_FILE: annotation_schema,
}


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as committed: stable key order as declared, two-space indent, final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def check_schemas(settings: Settings) -> list[Problem]:
    """Each committed schema equals what the library generates now."""
    problems = []
    for name, produce in SCHEMAS.items():
        path = settings.root / SCHEMA_DIR / name
        display = settings.relative(path)
        if not path.exists():
            problems.append(Problem(display, None, "the schema file is missing", "run: python -m briefs schema --write"))
        elif path.read_text(encoding="utf-8") != schema_text(produce()):
            problems.append(Problem(display, None, "the schema file is out of date", "run: python -m briefs schema --write"))
    return problems


def write_schemas(settings: Settings) -> list[Path]:
    """Write every generated schema under `schemas/`; return the files written."""
    written = []
    for name, produce in SCHEMAS.items():
        path = settings.root / SCHEMA_DIR / name
        write_atomic(path, schema_text(produce()), overwrite=True)
        written.append(path)
    return written


# Every check `python -m briefs check` runs, in order. At merge, the glossary adds one line:
#     ("glossary", check_glossary),   # wraps briefs.glossary.load_glossary(settings)[1]
CHECKERS: list[tuple[str, Checker]] = [
    ("seeds", check_seeds),
    ("slugs", check_slugs),
    ("annotations", check_annotations),
    ("schemas", check_schemas),
]


def check_project(settings: Settings) -> list[Problem]:
    """Run every checker; problems in checker order, each checker's in file order."""
    problems: list[Problem] = []
    for _name, checker in CHECKERS:
        problems += checker(settings)
    return problems
