"""Add an article as a new brief: copy the source into `seeds/`, start its annotation file.

`python -m briefs add PATH` parses the file first, so a contributor learns at once what
the parser found and dropped, and what is missing (a headline, a date). The seed keeps the
file's bytes; the slug comes from the publication date and the headline's first content
words. The annotation file holds no empty value: a source key the contributor has still to
give is a commented placeholder, and the command names it. Nothing is ever overwritten:
when the seed or the annotation exists, or the file cannot be used, the command says why
and writes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

import yaml

from briefs.sources import vocab
from briefs.errors import BriefsError, Problem, SourceError
from briefs.fileio import MAX_SOURCE_BYTES, write_atomic
from briefs.model import Article
from briefs.sources.pasted_text import split_front_matter
from briefs.sources.read import HTML_SUFFIXES, parse_source

# Content words of the headline kept in the slug: "2025-02-07-ishiba-headed-white-house-aims".
SLUG_WORDS = 5
SLUG_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE_HINT = 'start the file with three lines "---", "published: YYYY-MM-DD", "---"; or pass --slug YYYY-MM-DD-few-words'
SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/annotation.schema.json"


@dataclass(frozen=True, slots=True)
class AddRequest:
    """What the contributor asked for on the command line."""

    path: Path  # the article to add
    url: str | None = None  # address of the original article
    source: str | None = None  # the outlet's name
    title: str | None = None  # headline, when the file has none or has it wrong
    slug: str | None = None  # file stem to use instead of date + headline words


@dataclass(frozen=True, slots=True)
class AddResult:
    """What `add_brief` wrote."""

    slug: str  # stem shared by the seed and the annotation file
    seed: Path  # the new seed
    annotation: Path  # the new annotation file
    article: Article  # the article as parsed from the new seed
    front_matter_added: bool  # True when a title block was put before the file's bytes
    to_fill_in: tuple[str, ...] = ()  # source keys written as commented placeholders ("source.url")


def add_brief(
    request: AddRequest,
    seeds_dir: Path,
    annotations_dir: Path,
    today: date,
    propose: Callable[[Article], Sequence[str]] | None = None,
) -> AddResult:
    """Copy an article into `seeds_dir` and write its annotation file.

    Args:
        request: the file and what the contributor supplied.
        seeds_dir: the project's seeds folder.
        annotations_dir: the project's annotations folder.
        today: the retrieval date written into the annotation.
        propose: gives the names worth a glossary entry for the parsed article (the CLI
            passes `briefs.contribute.candidates.find_candidates` over the project's glossary); they
            are written into the annotation file as a comment block.

    Raises:
        BriefsError: the file is empty, binary, unreadable or lacks what a brief needs, or
            the seed or annotation already exists. Nothing is written then.
    """
    name = str(request.path)
    data = _read_bytes(request.path)
    article = parse_source(data, name)
    data, front_matter_added = _with_title(data, request, article)
    if front_matter_added:
        article = parse_source(data, name)
    slug = request.slug or slug_for(article, name)
    _check_slug(slug, name)
    suffix = request.path.suffix.lower() if request.path.suffix.lower() in (".txt",) + HTML_SUFFIXES else ".txt"
    seed = seeds_dir / f"{slug}{suffix}"
    annotation = annotations_dir / f"{slug}.yml"
    _refuse_existing(seed, annotation, seeds_dir)
    url = request.url or (article.source.url if article.source else None)
    _check_url(url, name)
    candidates = propose(article) if propose else ()
    name = request.source or (article.source.name if article.source else None)
    text = render_annotation(seed.name, name, url, today, candidates)
    _write_both(seed, data, annotation, text)
    to_fill_in = tuple(f"source.{key}" for key, value in (("url", url), ("name", name)) if not value)
    return AddResult(slug, seed, annotation, article, front_matter_added, to_fill_in)


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise SourceError(
                [Problem(str(path), None, "no such file", "give the path of a saved .txt or .html article")]
            )
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise SourceError(
                [Problem(str(path), None, f"the file is larger than an article's {MAX_SOURCE_BYTES:,} bytes")]
            )
        return path.read_bytes()
    except OSError as err:
        raise SourceError(
            [Problem(str(path), None, f"cannot read the file: {err.strerror or err}", "check its permissions")]
        ) from err


def _with_title(data: bytes, request: AddRequest, article: Article) -> tuple[bytes, bool]:
    """The seed's bytes; with `--title` that differs from the detected one, a front matter block first.

    A seed is never edited by a tool, so the title a file lacks is stated the way the
    parser reads it: a leading YAML block, with the file's bytes unchanged after it.
    """
    name = str(request.path)
    if request.title is None or request.title == article.title:
        if article.title is None:
            raise BriefsError([Problem(name, None, "no headline found in the article", 'pass --title "The Headline"')])
        return data, False
    if request.path.suffix.lower() in HTML_SUFFIXES:
        raise BriefsError(
            [
                Problem(
                    name,
                    None,
                    "--title cannot be added to an HTML page",
                    "save the page with its title, or paste its text into a .txt file",
                )
            ]
        )
    if split_front_matter(data.decode("utf-8", "replace").lstrip("\ufeff"), name)[0]:
        raise BriefsError(
            [Problem(name, 2, "the file already has front matter", "put title: in it instead of passing --title")]
        )
    block = yaml.safe_dump({"title": request.title}, allow_unicode=True, width=1000)
    return f"---\n{block}---\n".encode("utf-8") + data, True


def slug_for(article: Article, name: str) -> str:
    """`YYYY-MM-DD-few-words` from the publication date and the headline's first words."""
    if article.published is None:
        readings = article.extra.get("published_readings")
        found = f" (the date {article.extra['published_ambiguous']} reads both ways)" if readings else ""
        raise BriefsError(
            [
                Problem(
                    name,
                    None,
                    f"no clear publication date found{found}",
                    _DATE_HINT,
                )
            ]
        )
    words = slug_words(article.title or "")
    if not words:
        raise BriefsError(
            [Problem(name, None, "the headline has no letters a slug can use", "pass --slug YYYY-MM-DD-few-words")]
        )
    content = [word for word in words if word not in vocab.SLUG_STOP_WORDS]
    kept = (content or words)[:SLUG_WORDS]  # a headline of small words only keeps them
    return f"{article.published.date().isoformat()}-{'-'.join(kept)}"


def slug_words(text: str) -> list[str]:
    """Lower-case ASCII words of `text`: accents folded, apostrophes joined ("Trump’s" -> "trumps")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"['’]", "", ascii_text)
    return re.findall(r"[a-z0-9]+", ascii_text.lower())


def _check_slug(slug: str, name: str) -> None:
    if not SLUG_PATTERN.match(slug):
        raise BriefsError(
            [
                Problem(
                    name,
                    None,
                    f"slug {slug!r} is not YYYY-MM-DD-few-words",
                    "use lower-case ASCII words joined by -, after the date",
                )
            ]
        )


def _check_url(url: str | None, name: str) -> None:
    if url is not None and not url.startswith(("https://", "http://")):
        raise BriefsError(
            [
                Problem(
                    name, None, f"the address {url!r} does not start with https:// or http://", "pass --url https://..."
                )
            ]
        )


def _refuse_existing(seed: Path, annotation: Path, seeds_dir: Path) -> None:
    existing = [
        path for path in sorted(seeds_dir.glob(f"{seed.stem}.*")) if path.suffix.lower() in (".txt",) + HTML_SUFFIXES
    ]
    existing += [annotation] if annotation.exists() else []
    if existing:
        problems = [
            Problem(
                str(path),
                None,
                "already exists; nothing was written",
                "pass --slug to add the article under another name",
            )
            for path in existing
        ]
        raise BriefsError(problems)


def _write_both(seed: Path, data: bytes, annotation: Path, text: str) -> None:
    """Write the seed, then the annotation; if the second fails, take the first back."""
    try:
        write_atomic(seed, data, overwrite=False)
    except FileExistsError as err:
        raise BriefsError([Problem(str(seed), None, "already exists; nothing was written")]) from err
    try:
        write_atomic(annotation, text, overwrite=False)
    except BaseException as err:
        seed.unlink()
        if isinstance(err, FileExistsError):
            raise BriefsError([Problem(str(annotation), None, "already exists; nothing was written")]) from err
        raise


# Written, commented, in place of a source key the contributor has still to give: the file
# holds no null (the schema rejects one), and the check names what is missing (both are required).
SOURCE_PLACEHOLDERS = {
    "name": "  # name: The outlet's name, e.g. The Example Times (required: uncomment and fill in)",
    "url": "  # url: https://the-original-article's-address (required: uncomment and fill in)",
}


def render_annotation(
    seed_name: str, source_name: str | None, url: str | None, today: date, candidates: Sequence[str] = ()
) -> str:
    """The new annotation file: source filled in, the rest empty with guidance in comments.

    A source key without a value is a commented placeholder, never `null`.
    """
    lines = [
        SCHEMA_LINE,
        f"# Annotations for seeds/{seed_name}. See docs/contributing.md for every key.",
        *_source_lines(source_name, url, today),
        "# key_points: the brief's summary, one plain sentence each, most important first.",
        "key_points: []",
        "# tags: topic tags in sentence case (first word capitalised, names as written),",
        "#   e.g. [Japan-U.S. relations, Summit diplomacy]",
        "tags: []",
        "# notes: each anchored by an exact quote from the article (add prefix/suffix if the quote repeats).",
        "#   - id: short-name",
        '#     quote: "exact words from the article"',
        "#     type: context  # context | fact-check | background | what-to-watch",
        "#     body: |",
        "#       The note, in Markdown.",
        "#     sources:",
        "#       - title: Where the fact comes from",
        "#         url: https://example.org/page",
        "notes: []",
    ]
    return "\n".join(lines + _candidate_lines(candidates)) + "\n"


def _source_lines(source_name: str | None, url: str | None, today: date) -> list[str]:
    """`source:` with a placeholder for each unknown value, then the known ones as YAML writes them."""
    known = {key: value for key, value in (("name", source_name), ("url", url), ("retrieved", today)) if value}
    dumped = yaml.safe_dump({"source": known}, allow_unicode=True, sort_keys=False, width=1000)
    placeholders = [line for key, line in SOURCE_PLACEHOLDERS.items() if key not in known]
    return ["source:", *placeholders, *dumped.splitlines()[1:]]


def _candidate_lines(candidates: Sequence[str]) -> list[str]:
    """Glossary candidates as a comment block."""
    lines = ["# Glossary candidates: terms this article mentions that the glossary does not explain yet."]
    if not candidates:
        return lines + ["#   (none found)"]
    return (
        lines
        + [f"#   - {term}" for term in candidates]
        + ["# Add a glossary/<term>.yml for each, or pin: an alias to an existing term."]
    )


def describe(result: AddResult, root: Path) -> list[str]:
    """What `add` did and what the parser dropped, as lines for the terminal."""
    article = result.article

    def shown(path: Path) -> str:
        return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)

    lines = [
        f"added {shown(result.seed)}"
        + (
            " (front matter with the title, then the file's bytes)"
            if result.front_matter_added
            else " (the file's bytes, unchanged)"
        )
    ]
    lines.append(f"wrote {shown(result.annotation)}")
    for label, value in (
        ("title", article.title),
        ("published", article.published_iso),
        ("byline", article.byline),
        ("section", article.section),
        ("dateline", article.dateline),
        ("caption", article.caption),
    ):
        lines.append(f"  {label}: {value if value is not None else '-'}")
    lines.append(f"  paragraphs: {len(article.paragraphs)}")
    lines.append(f"dropped {len(article.dropped)} line(s):")
    lines += [f"  line {line.number} [{line.reason}] {line.text}" for line in article.dropped]
    return lines + _fill_in_lines(result, shown(result.annotation))


def _fill_in_lines(result: AddResult, annotation: str) -> list[str]:
    """What the contributor must still write, naming the file and the key."""
    lines = []
    if "source.url" in result.to_fill_in:
        lines.append(f"{annotation}: add source.url, the original article's address, before the check passes")
    if "source.name" in result.to_fill_in:
        lines.append(f"{annotation}: add source.name, the outlet's name, before the check passes")
    return lines
