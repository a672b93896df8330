"""`briefs check --fix`: rewrite the selectors of notes whose quotes no longer match their seed.

After an outlet corrects a word inside a noted quote, the check fails with the new quote to
put in the file. This module puts it there: for each such note it takes the suggestion the
check states (`briefs.facts.notes.suggested_fix`: the closest text, trimmed to words and quotation
marks, with prefix or suffix only when the words repeat) and edits only the `quote`,
`prefix` and `suffix` values in the annotation file. Everything else, comments, order,
quoting and block scalars of other keys, stays byte for byte, because the edit works on the
positions PyYAML's composer reports for those values, not on a re-dumped document.

A quote too far from any text (below the similarity threshold) is not guessed at: the
check keeps reporting it and a person decides.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from briefs.facts.anchor import Anchoring, TextQuoteSelector, anchor_quote, normalize, selector_for
from briefs.content.annotations import load_annotation
from briefs.errors import SourceError
from briefs.fileio import write_atomic
from briefs.model import Article, Note
from briefs.facts.notes import anchoring_problems, suggested_fix, yaml_string
from briefs.sources.read import parse_source
from briefs.build import seed_files
from briefs.settings import Settings

SELECTOR_KEYS = ("quote", "prefix", "suffix")


@dataclass(frozen=True, slots=True)
class QuoteEdit:
    """One note's selector, before and after."""

    note_id: str  # the note's id in the file
    line: int | None  # the note's line, for messages
    old: TextQuoteSelector  # as written in the file
    new: TextQuoteSelector  # what anchors exactly, once, at the intended words
    similarity: float  # of the old quote to the new one's text (1.0: only the context changed)


def plan_quote_fixes(article: Article, notes: tuple[Note, ...], threshold: float) -> list[QuoteEdit]:
    """The edits that make every fixable note anchor exactly, with no warning."""
    text, normal = article.text, normalize(article.text)
    edits = (quote_edit(note, anchor_quote(text, selector_of(note), threshold, normal), text, threshold)
             for note in notes)
    return [edit for edit in edits if edit is not None]


def selector_of(note: Note) -> TextQuoteSelector:
    """The note's selector as written in its file."""
    return TextQuoteSelector(note.quote, note.prefix, note.suffix)


def quote_edit(note: Note, anchoring: Anchoring, text: str, threshold: float) -> QuoteEdit | None:
    """The edit for one note anchored in `text`, or None when it needs none or cannot be fixed."""
    if anchoring.status == "approximate":
        fix = suggested_fix(text, anchoring.match, note.quote)
        return QuoteEdit(note.note_id, note.line, selector_of(note), fix.selector, anchoring.match.similarity)
    if anchoring.status == "exact" and anchoring_problems(note, anchoring, text, "", threshold):
        new = selector_for(text, anchoring.match.start, anchoring.match.end)
        return QuoteEdit(note.note_id, note.line, selector_of(note), new, 1.0)
    return None


def apply_quote_fixes(source: str, edits: list[QuoteEdit]) -> str:
    """The annotation file's text with each edit's selector written in place of the old one."""
    by_id = {edit.note_id: edit for edit in edits}
    changes: list[tuple[int, int, str]] = []  # (start, end, replacement) in `source`
    for note_node in _note_nodes(source):
        keys = {key.value: (key, value) for key, value in note_node.value if isinstance(key, yaml.ScalarNode)}
        note_id = keys.get("id", (None, None))[1]
        edit = by_id.get(getattr(note_id, "value", None))
        if edit is not None:
            changes += _selector_changes(source, keys, edit.new)
    for start, end, replacement in sorted(changes, reverse=True):
        source = source[:start] + replacement + source[end:]
    return source


def _note_nodes(source: str) -> list[yaml.MappingNode]:
    root = yaml.compose(source, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return []
    notes = next((value for key, value in root.value if getattr(key, "value", None) == "notes"), None)
    if not isinstance(notes, yaml.SequenceNode):
        return []
    return [node for node in notes.value if isinstance(node, yaml.MappingNode)]


def _selector_changes(source: str, keys: dict, selector: TextQuoteSelector) -> list[tuple[int, int, str]]:
    quote_key, _ = keys["quote"]
    indent = " " * quote_key.start_mark.column
    changes, inserted = [], []
    for name in SELECTOR_KEYS:
        value = getattr(selector, "exact" if name == "quote" else name).strip()
        if name in keys:
            key, node = keys[name]
            changes.append(_replace_value(source, key, node, value) if value else _remove_line(source, key, node))
        elif value:
            inserted.append(f"{indent}{name}: {yaml_string(value)}\n")
    if inserted:
        _, quote_node = keys["quote"]
        at = _line_end(source, quote_node)
        changes.append((at, at, "".join(inserted)))
    return changes


def _replace_value(source: str, key: yaml.Node, node: yaml.Node, value: str) -> tuple[int, int, str]:
    # A block scalar (| or >) ends after its newline; a flow scalar ends at its last character.
    start, end = node.start_mark.index, node.end_mark.index
    newline = "\n" if getattr(node, "style", None) in ("|", ">") else ""
    return start, end, yaml_string(value) + newline


def _remove_line(source: str, key: yaml.Node, node: yaml.Node) -> tuple[int, int, str]:
    start = source.rfind("\n", 0, key.start_mark.index) + 1
    return start, _line_end(source, node), ""


def _line_end(source: str, node: yaml.Node) -> int:
    """The offset just past the line on which `node`'s value ends."""
    end = node.end_mark.index
    if end > 0 and source[end - 1] == "\n":
        return end
    newline = source.find("\n", end)
    return len(source) if newline < 0 else newline + 1


def fix_project_quotes(settings: Settings, slugs: frozenset[str] | None = None) -> list[tuple[str, QuoteEdit]]:
    """Fix the notes of every brief (or of `slugs`) in place; return (annotation file, edit) pairs.

    Each file is rewritten atomically, and only when an edit applies; a seed that cannot be
    parsed or an annotation file with problems of its own is left for the check to report.
    """
    done = []
    for seed in seed_files(settings):
        annotation_file = settings.annotations_path / f"{seed.stem}.yml"
        if (slugs is not None and seed.stem not in slugs) or not annotation_file.is_file():
            continue
        display = settings.relative(annotation_file)
        annotation, problems = load_annotation(annotation_file, display)
        try:
            article = parse_source(seed, settings.relative(seed))
        except SourceError:
            continue
        edits = plan_quote_fixes(article, annotation.notes, settings.notes_threshold)
        if not edits or any(problem.is_error and "quote" not in problem.message for problem in problems):
            continue
        source = annotation_file.read_text(encoding="utf-8")
        write_atomic(annotation_file, apply_quote_fixes(source, edits))
        done += [(display, edit) for edit in edits]
    return done


def describe_edit(path: str, edit: QuoteEdit) -> str:
    """`path:line: note 'id': quote "old" -> "new"`, with the context when it changed."""
    where = f"{path}:{edit.line}" if edit.line else path
    parts = [f'quote {yaml_string(edit.old.exact)} -> {yaml_string(edit.new.exact)}'] if edit.old.exact != edit.new.exact else []
    for key in ("prefix", "suffix"):
        old, new = getattr(edit.old, key).strip(), getattr(edit.new, key).strip()
        if old != new:
            parts.append(f"{key} {yaml_string(old) if old else '(none)'} -> {yaml_string(new) if new else '(none)'}")
    similarity = f" (similarity {edit.similarity:.2f}: check the note still fits)" if edit.similarity < 1 else ""
    return f"{where}: note {edit.note_id!r}: " + "; ".join(parts) + similarity
