"""`briefs add --replace SLUG FILE`: replace a seed with the outlet's corrected text, notes kept.

A seed is a source and no tool edits its words; when the outlet corrects its article, the
whole seed is replaced by the new text, and git keeps the old one. What must not happen is
a note losing its place silently. So before anything is written, every note is anchored in
the new text:

- found word for word: it stays (and is reported when it moved to another paragraph);
- found approximately (a corrected word inside the quote): the quote is rewritten in the
  annotation file as `check --fix` would (`briefs.contribute.quotefix`), and reported;
- not found, or found in several places: the replacement is refused, naming each note and
  the closest text, unless the contributor says to keep such notes for the check to report.

The old seed must be committed, unchanged, so its text stays in git history.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from briefs.facts.anchor import Anchoring, anchor_quote, describe_position, normalize
from briefs.content.annotations import load_annotation
from briefs.errors import BriefsError, Problem, SourceError
from briefs.fileio import write_atomic
from briefs.model import Article, Note
from briefs.facts.notes import anchoring_problems
from briefs.sources.read import parse_source
from briefs.build import SEED_SUFFIXES
from briefs.contribute.quotefix import QuoteEdit, apply_quote_fixes, quote_edit, selector_of
from briefs.settings import Settings


@dataclass(frozen=True, slots=True)
class NoteOutcome:
    """What became of one note in the corrected text."""

    note_id: str  # the note's id
    line: int | None  # its line in the annotation file
    status: str  # "kept" | "moved" | "requoted" | "lost"
    detail: str  # for a person: where it moved, the new quote, or why it is lost


@dataclass(frozen=True, slots=True)
class Replacement:
    """The outcome of replacing one seed."""

    seed: Path  # the seed as now written
    old_seed: Path  # the seed it replaced (the same path unless the suffix changed)
    annotation: Path | None  # the annotation file, when the brief has one
    outcomes: tuple[NoteOutcome, ...]  # one per note, in file order
    edits: tuple[QuoteEdit, ...]  # the quotes rewritten in the annotation file


def replace_seed(settings: Settings, slug: str, new_file: Path, keep_lost: bool = False,
                 without_history: bool = False) -> Replacement:
    """Replace the seed of brief `slug` with `new_file`, re-anchoring every note.

    Raises:
        BriefsError: no such brief, the new file cannot be parsed, the old seed is not
            committed (unless `without_history`), or a note would lose its place (unless
            `keep_lost`). Nothing is written then.
    """
    old_seed = _existing_seed(settings, slug)
    data = _read(new_file)
    new_article = parse_source(data, str(new_file))
    if not without_history:
        _require_history(settings, old_seed)
    annotation_file = settings.annotations_path / f"{slug}.yml"
    notes = _notes(settings, annotation_file)
    outcomes, edits = _reanchor(parse_source(old_seed, settings.relative(old_seed)), new_article, notes,
                                settings.notes_threshold)
    lost = [outcome for outcome in outcomes if outcome.status == "lost"]
    if lost and not keep_lost:
        display = settings.relative(annotation_file)
        raise BriefsError([Problem(display, outcome.line, f"note {outcome.note_id!r} would lose its place: {outcome.detail}",
                                   "fix or remove the note first, or pass --keep-lost to keep it for the check to report")
                           for outcome in lost])
    suffix = new_file.suffix.lower() if new_file.suffix.lower() in SEED_SUFFIXES else ".txt"
    seed = settings.seeds_path / f"{slug}{suffix}"
    _write(seed, data, old_seed, annotation_file, edits)
    return Replacement(seed, old_seed, annotation_file if annotation_file.is_file() else None, tuple(outcomes), tuple(edits))


def _existing_seed(settings: Settings, slug: str) -> Path:
    found = [settings.seeds_path / f"{slug}{suffix}" for suffix in SEED_SUFFIXES
             if (settings.seeds_path / f"{slug}{suffix}").is_file()]
    if not found:
        raise BriefsError([Problem(f"{settings.seeds_dir}/{slug}", None, "no seed has this slug",
                                   "give the slug of an existing brief (its file name without the suffix)")])
    return found[0]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise SourceError([Problem(str(path), None, f"cannot read the file: {err.strerror}")]) from err


def _require_history(settings: Settings, seed: Path) -> None:
    """The old seed must be committed and unchanged: git then keeps its text."""
    relative = settings.relative(seed)
    try:
        tracked = subprocess.run(["git", "ls-files", "--error-unmatch", "--", relative], cwd=settings.root,
                                 capture_output=True, text=True, timeout=60)
        changed = subprocess.run(["git", "status", "--porcelain", "--", relative], cwd=settings.root,
                                 capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        tracked = changed = None
    if tracked is None or tracked.returncode != 0 or changed.stdout.strip():
        raise BriefsError([Problem(relative, None, "is not committed unchanged in git, so its text would be lost",
                                   "commit it first, or pass --without-history if you keep a copy yourself")])


def _notes(settings: Settings, annotation_file: Path) -> tuple[Note, ...]:
    if not annotation_file.is_file():
        return ()
    annotation, problems = load_annotation(annotation_file, settings.relative(annotation_file))
    errors = [problem for problem in problems if problem.is_error]
    if errors:
        raise BriefsError(errors)  # fix the file first: its notes cannot be followed reliably
    return annotation.notes


def _reanchor(old: Article, new: Article, notes: tuple[Note, ...],
              threshold: float) -> tuple[list[NoteOutcome], list[QuoteEdit]]:
    """Each note anchored once in the old text and once in the new: its outcome, and its edit."""
    old_normal, new_normal = normalize(old.text), normalize(new.text)
    outcomes, edits = [], []
    for note in notes:
        selector = selector_of(note)
        before = anchor_quote(old.text, selector, threshold, old_normal)
        after = anchor_quote(new.text, selector, threshold, new_normal)
        edit = quote_edit(note, after, new.text, threshold)
        edits += [edit] if edit else []
        old_paragraph = old.text.count("\n\n", 0, before.match.start) + 1 if before.match else None
        outcomes.append(_outcome(note, old_paragraph, after, new.text, edit, threshold))
    return outcomes, edits


def _outcome(note: Note, old_paragraph: int | None, after: Anchoring, new_text: str, edit: QuoteEdit | None,
             threshold: float) -> NoteOutcome:
    """Lost, requoted, moved to another paragraph, or kept where it was."""
    if after.status in ("not-found", "ambiguous"):
        problem = anchoring_problems(note, after, new_text, "", threshold)[0]
        return NoteOutcome(note.note_id, note.line, "lost", problem.message.split(": ", 1)[-1]
                           + (f" ({problem.hint})" if problem.hint else ""))
    where = describe_position(new_text, after.match.start, after.match.end).split(":", 1)[0]
    if edit is not None and edit.old.exact != edit.new.exact:
        return NoteOutcome(note.note_id, note.line, "requoted", f"quote is now {edit.new.exact!r}, {where}")
    new_paragraph = new_text.count("\n\n", 0, after.match.start) + 1
    if old_paragraph is not None and old_paragraph != new_paragraph:
        return NoteOutcome(note.note_id, note.line, "moved", f"from paragraph {old_paragraph} to paragraph {new_paragraph}")
    return NoteOutcome(note.note_id, note.line, "kept", where)


def _write(seed: Path, data: bytes, old_seed: Path, annotation_file: Path, edits: list[QuoteEdit]) -> None:
    """The new seed first, then the annotation's quotes; the old seed goes only if renamed."""
    write_atomic(seed, data)
    if old_seed != seed:
        old_seed.unlink()
    if edits:
        source = annotation_file.read_text(encoding="utf-8")
        write_atomic(annotation_file, apply_quote_fixes(source, edits))


def describe_replacement(replacement: Replacement, root: Path) -> list[str]:
    """What `add --replace` prints: the seed written, then one line per note."""
    lines = [f"replaced {replacement.old_seed.relative_to(root).as_posix()} with "
             f"{replacement.seed.relative_to(root).as_posix()} (the old text stays in git history)"]
    annotation = replacement.annotation.relative_to(root).as_posix() if replacement.annotation else "annotations"
    for outcome in replacement.outcomes:
        where = f"{annotation}:{outcome.line}" if outcome.line else annotation
        lines.append(f"{where}: note {outcome.note_id!r}: {outcome.status}, {outcome.detail}")
    counts = {status: sum(outcome.status == status for outcome in replacement.outcomes)
              for status in ("kept", "moved", "requoted", "lost")}
    lines.append("notes: " + ", ".join(f"{count} {status}" for status, count in counts.items()))
    if counts["requoted"]:
        lines.append("check each requoted note still fits its new words, then run: python -m briefs check")
    return lines
