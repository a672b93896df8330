"""Add an article as a new brief: copy the source into `seeds/`, start its annotation file.

`python -m briefs add PATH` parses the file first, so a contributor learns at once what
the parser found and dropped, what is missing (a headline, a date), and which fields it
guessed (`Article.extra["unsure"]`, marked `?` with the reason and the option that corrects
it). The seed keeps the file's bytes; what the contributor states with `--title`,
`--published`, `--byline`, `--section` or `--caption` becomes one front matter block before
them, so a correction never edits the article's words. The slug comes from the publication
date and the headline's first content words. The annotation file holds no empty value: a
source key the contributor has still to give is a commented placeholder, and the command
names it. Nothing is ever overwritten: when the seed or the annotation exists, or the file
or an option cannot be used, the command says why and writes nothing.
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
from briefs.sources.pubtime import PublicationTime, parse_time_line
from briefs.sources.read import HTML_SUFFIXES, is_saved_page, parse_source

# Content words of the headline kept in the slug: "2025-02-07-ishiba-headed-white-house-aims".
SLUG_WORDS = 5
SLUG_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
# What `--published` takes: an ISO 8601 date, or a date and time with its offset from UTC.
PUBLISHED_FORM = "YYYY-MM-DD or YYYY-MM-DDTHH:MM+09:00"
_ISO_PUBLISHED = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?")
# Article fields `add` can state as front matter (keys the front matter reader takes), in the block's order.
STATED_FIELDS = ("title", "published", "byline", "section", "caption")
SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/annotation.schema.json"


@dataclass(frozen=True, slots=True)
class AddRequest:
    """What the contributor asked for on the command line."""

    path: Path  # the article to add
    url: str | None = None  # address of the original article
    source: str | None = None  # the outlet's name
    title: str | None = None  # headline, when the file has none or has it wrong
    slug: str | None = None  # file stem to use instead of date + headline words
    published: str | None = None  # publication date (PUBLISHED_FORM), when the file's is missing or unclear
    byline: str | None = None  # authors, when the parser missed or misread them
    section: str | None = None  # the outlet's section
    caption: str | None = None  # the photo caption

    def stated(self) -> dict[str, str]:
        """The article fields given on the command line, in `STATED_FIELDS` order."""
        given = {key: getattr(self, key) for key in STATED_FIELDS}
        return {key: value for key, value in given.items() if value is not None}


@dataclass(frozen=True, slots=True)
class AddResult:
    """What `add_brief` wrote."""

    slug: str  # stem shared by the seed and the annotation file
    seed: Path  # the new seed
    annotation: Path  # the new annotation file
    article: Article  # the article as parsed from the new seed
    front_matter_added: bool  # True when a front matter block was put before the file's bytes
    to_fill_in: tuple[str, ...] = ()  # source keys written as commented placeholders ("source.url")
    stated: tuple[str, ...] = ()  # the keys of that block ("title", "published"), in its order
    saved_page: bool = False  # the file is read as HTML, which cannot take front matter


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
        BriefsError: the file is empty, binary, unreadable or lacks what a brief needs, an
            option's value is unusable, or the seed or annotation already exists. Nothing
            is written then.
    """
    name = str(request.path)
    _check_stated(request)
    data = _read_bytes(request.path)
    article = parse_source(data, name)
    page = is_saved_page(data.decode("utf-8", "replace"), name)
    data, stated = _with_front_matter(data, request, article, page)
    if stated:
        article = parse_source(data, name)
        _check_parsed_as_stated(article, request, stated)
    if article.title is None:
        fix = _fix_outside_html(page, 'pass --title "The Headline"')
        raise BriefsError([Problem(name, None, "no headline found in the article", fix)])
    slug = request.slug or slug_for(article, name, page)
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
    return AddResult(slug, seed, annotation, article, bool(stated), to_fill_in, stated, page)


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


def _check_stated(request: AddRequest) -> None:
    """Refuse an option whose value the front matter could not carry as given."""
    name = str(request.path)
    published = request.published
    if published is not None and (
        not _ISO_PUBLISHED.fullmatch(published) or not isinstance(parse_time_line(published), PublicationTime)
    ):
        raise BriefsError(
            [
                Problem(
                    name,
                    None,
                    f"--published {published!r} is not a date in the form {PUBLISHED_FORM}",
                    "pass e.g. --published 2025-03-04, or with the time and its offset 2025-03-04T10:15+09:00",
                )
            ]
        )
    for key, value in request.stated().items():
        if not value.strip() or "\n" in value or "\r" in value:
            raise BriefsError([Problem(name, None, f"--{key} must be one line of text", f'pass --{key} "..."')])


def _with_front_matter(
    data: bytes, request: AddRequest, article: Article, page: bool
) -> tuple[bytes, tuple[str, ...]]:
    """The seed's bytes: with options that correct the parser, one front matter block first.

    A seed is never edited by a tool, so what the contributor states is written the way the
    parser reads it: a leading YAML block, with the file's bytes unchanged after it. An
    option is written when it differs from what the parser found, or confirms a field the
    parser was unsure of.
    """
    name = str(request.path)
    unsure = unsure_fields(article)
    wanted = {
        key: value
        for key, value in request.stated().items()
        if key in unsure or _normal_value(key, value) != _found_value(article, key)
    }
    if not wanted:
        return data, ()
    if page:
        option = next(iter(wanted))
        raise BriefsError(
            [
                Problem(
                    name,
                    None,
                    f"--{option} cannot be added to an HTML page",
                    "save the page with its metadata, or paste its text into a .txt file and add that",
                )
            ]
        )
    if split_front_matter(data.decode("utf-8", "replace").lstrip("\ufeff"), name)[0]:
        keys = ", ".join(f"{key}:" for key in wanted)
        options = ", ".join(f"--{key}" for key in wanted)
        raise BriefsError(
            [Problem(name, 2, "the file already has front matter", f"put {keys} in it instead of passing {options}")]
        )
    block = yaml.safe_dump(wanted, allow_unicode=True, width=1000, sort_keys=False)
    return f"---\n{block}---\n".encode("utf-8") + data, tuple(wanted)


def _normal_value(key: str, value: str) -> str | None:
    """An option's value as the parsed article would hold it (a date in its ISO form)."""
    if key != "published":
        return value
    stamp = parse_time_line(value)
    return _iso(stamp) if isinstance(stamp, PublicationTime) else None


def _iso(stamp: PublicationTime) -> str:
    return stamp.value.isoformat() if stamp.has_time else stamp.value.date().isoformat()


def _found_value(article: Article, key: str) -> str | None:
    return article.published_iso if key == "published" else getattr(article, key)


def _check_parsed_as_stated(article: Article, request: AddRequest, stated: tuple[str, ...]) -> None:
    """The seed with its block must read back as stated; anything else is a bug, and nothing is written."""
    wrong = [key for key in stated if _found_value(article, key) != _normal_value(key, request.stated()[key])]
    if wrong:
        raise BriefsError(
            [Problem(str(request.path), 2, f"the front matter written for --{wrong[0]} does not read back as given")]
        )


def _fix_outside_html(page: bool, fix: str) -> str:
    """`fix` for a text file; for a saved page, how to reach it (a page cannot take front matter)."""
    if page:
        return f"save the page with its metadata, or paste its text into a .txt file and add that ({fix})"
    return fix


def unsure_fields(article: Article) -> dict[str, str]:
    """Field name -> why the parser is unsure of it (`extra["unsure"]`; a field the front matter states is never)."""
    return dict(article.extra.get("unsure", {}))


def slug_for(article: Article, name: str, page: bool = False) -> str:
    """`YYYY-MM-DD-few-words` from the publication date and the headline's first words."""
    if article.published is None:
        readings = article.extra.get("published_readings")
        found = f" (the date {article.extra['published_ambiguous']} reads both ways)" if readings else ""
        stated = " or ".join(f"--published {reading}" for reading in readings) if readings else "--published YYYY-MM-DD"
        raise BriefsError(
            [
                Problem(
                    name,
                    None,
                    f"no clear publication date found{found}",
                    f"{_fix_outside_html(page, f'pass {stated}')}; or pass --slug YYYY-MM-DD-few-words",
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


# The mark on a field the parser guessed, before the reason.
UNSURE_MARK = "?"


def describe(result: AddResult, root: Path) -> list[str]:
    """What `add` did, what the parser found (`?` and the reason on a guess) and dropped, and how to correct it."""
    article = result.article
    unsure = unsure_fields(article)

    def shown(path: Path) -> str:
        return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)

    lines = [
        f"added {shown(result.seed)}"
        + (
            f" (front matter with {' and '.join(result.stated)}, then the file's bytes)"
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
        mark = f"  {UNSURE_MARK} {unsure[label]}" if label in unsure else ""
        mark = "  (front matter)" if label in result.stated else mark
        lines.append(f"  {label}: {value if value is not None else '-'}{mark}")
    lines.append(f"  paragraphs: {len(article.paragraphs)}")
    lines.append(f"dropped {len(article.dropped)} line(s):")
    lines += [f"  line {line.number} [{line.reason}] {line.text}" for line in article.dropped]
    lines += _fill_in_lines(result, shown(result.annotation))
    written = f"{shown(result.seed)} and {shown(result.annotation)}"
    return lines + correction_lines(article, written, result.saved_page)


def correction_lines(article: Article, written: str, saved_page: bool = False) -> list[str]:
    """How to correct each field marked unsure: the `add` option stating it, one line each.

    `written` names the files to delete first (the slug may change with the correction).
    """
    unsure = unsure_fields(article)
    if not unsure:
        return []
    if saved_page:
        lines = [
            f"{UNSURE_MARK} marks a guess. A saved page cannot take front matter: to correct one, paste the "
            f"article's text into a .txt file, delete {written}, and add the .txt with:"
        ]
    else:
        lines = [f"{UNSURE_MARK} marks a guess. To correct one, delete {written} and add the file again with:"]
    lines += [f"  {name}: {_correcting_option(article, name)}" for name in STATED_FIELDS if name in unsure]
    return lines + [_CORRECTION_NOTE]


_CORRECTION_NOTE = "(the options become one front matter block before the file's bytes; the article's words stay)"


def _correcting_option(article: Article, name: str) -> str:
    """The option that states field `name`, with what is known of its value filled in."""
    if name != "published":
        return f'--{name} "..."'
    readings = article.extra.get("published_readings")
    if readings:
        return " or ".join(f"--published {reading}" for reading in readings) + " (the one the outlet means)"
    published = article.published
    if published is not None and article.published_has_time and published.tzinfo is None:
        stamp = published.strftime("%Y-%m-%dT%H:%M")
        return f"--published {stamp}+HH:MM (HH:MM: the outlet's offset from UTC, e.g. +09:00)"
    return "--published YYYY-MM-DD (or YYYY-MM-DDTHH:MM+09:00, with the time and its offset from UTC)"


def _fill_in_lines(result: AddResult, annotation: str) -> list[str]:
    """What the contributor must still write, naming the file and the key."""
    lines = []
    if "source.url" in result.to_fill_in:
        lines.append(f"{annotation}: add source.url, the original article's address, before the check passes")
    if "source.name" in result.to_fill_in:
        lines.append(f"{annotation}: add source.name, the outlet's name, before the check passes")
    return lines
