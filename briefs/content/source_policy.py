"""The editorial standard's denylist: no fact rests on a site that copies or aggregates others.

`editorial/denied-sources.yml` lists domains (aggregators, content farms, copies of other
outlets) with the reason each is refused. This module reads that list and finds every
source address in glossary entries (`sources[i].url`) and annotation files (the brief's
`source.url`, each note's `sources[j].url`) whose host is a denied domain or a subdomain
of one, as a `Problem` on the line of the address.

It protects the check from the ways one host can be written: letter case, `www.`, a port,
user information (`https://a@b/` goes to `b`), a trailing dot, percent-escapes, full-width
dots and backslashes that browsers read as slashes. Matching is by whole DNS labels, so
denying `devdiscourse.com` never denies `notdevdiscourse.com`.

The check already holds every file as loaded objects (`briefs.contribute.check.CheckRun`); a file
is parsed again for its line numbers only when one of its addresses is denied, or when it
has problems of its own and its objects may have left something out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import unquote, urlsplit

from briefs.errors import Problem
from briefs.content.glossary import Glossary
from briefs.model import Annotation
from briefs.settings import Settings
from briefs.content.yamlfile import KeyPath, YamlDocument, load_yaml

DENYLIST_FILE = "editorial/denied-sources.yml"
DENIED_HINT = "cite the primary document or the original report instead; see docs/editorial.md"
ENTRY_KEYS = ("domain", "reason")
# A host name of at least two labels: letters, digits and inner hyphens. One label ("com")
# would deny a whole top-level domain, which is never what an editor means.
_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
# Dots that IDNA (and so every browser) reads as ".": ideographic, full-width and half-width.
_DOTS = re.compile("[\u3002\uff0e\uff61]")


@dataclass(frozen=True, slots=True)
class DeniedDomain:
    """One entry of the denylist."""

    domain: str  # lower-case host name; it and every subdomain are denied
    reason: str  # one line: why the editorial standard does not accept it
    line: int | None  # line of the entry in the denylist file


@dataclass(frozen=True, slots=True)
class Denylist:
    """Every denied domain, by name."""

    domains: dict[str, DeniedDomain] = field(default_factory=dict)  # domain -> entry

    def __len__(self) -> int:
        return len(self.domains)

    def match(self, url: str) -> DeniedDomain | None:
        """The entry that denies `url`'s host, or None when the host is accepted or unreadable."""
        host = host_of(url)
        if not host or not self.domains:
            return None
        labels = host.split(".")
        # The host and each parent domain of it, longest first: whole labels only.
        for start in range(len(labels) - 1):
            entry = self.domains.get(".".join(labels[start:]))
            if entry is not None:
                return entry
        return None


def host_of(url: str) -> str | None:
    """The host `url` leads to, lower-case and in plain ASCII dots; None when there is none.

    Args:
        url: an address as a contributor wrote it.

    Returns:
        e.g. `www.example.com` for `HTTPS://user@WWW.Example.com.:8080/x`, or None for a
        text with no readable host (`not a url`, `https://[broken`).
    """
    text = url.strip().replace("\\", "/")  # browsers read "\" as "/" in http(s) addresses
    if "//" not in text:
        text = "//" + text  # a bare `example.com/page` still names a host
    try:
        host = urlsplit(text).hostname
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None
    if not host:
        return None
    host = _DOTS.sub(".", unicodedata.normalize("NFKC", unquote(host))).lower().strip(".")
    return host or None


def load_denylist(root: Path) -> tuple[Denylist, list[Problem]]:
    """Read `editorial/denied-sources.yml` under `root`; a project without the file denies nothing."""
    path = root / DENYLIST_FILE
    if not path.is_file():
        return Denylist(), []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return Denylist(), [Problem(DENYLIST_FILE, None, f"cannot read the denylist: {err}")]
    return parse_denylist(text, DENYLIST_FILE)


def parse_denylist(text: str, display: str) -> tuple[Denylist, list[Problem]]:
    """Check the text of a denylist file; return the valid entries and every problem."""
    document, problems = load_yaml(text, display)
    if document is None:
        return Denylist(), problems
    if document.data is None:
        return Denylist(), problems
    if not isinstance(document.data, list):
        return Denylist(), problems + [Problem(display, 1, "the denylist must be a list of {domain, reason}",
                                               "- domain: example.com\n  reason: \"…\"")]
    domains: dict[str, DeniedDomain] = {}
    for index, raw in enumerate(document.data):
        entry = _read_entry(document, index, raw, problems)
        if entry is None:
            continue
        if entry.domain in domains:
            first = domains[entry.domain].line
            problems.append(Problem(display, entry.line, f"{entry.domain} is listed twice", f"first at line {first}"))
            continue
        domains[entry.domain] = entry
    problems += _covered_problems(domains, display)
    return Denylist(dict(sorted(domains.items()))), problems


def _read_entry(document: YamlDocument, index: int, raw: Any, problems: list[Problem]) -> DeniedDomain | None:
    display, line = document.path, document.line_of((index,))
    if not isinstance(raw, dict):
        problems.append(Problem(display, line, f"entry {index + 1} must be a mapping with domain and reason"))
        return None
    for key in raw:
        if key not in ENTRY_KEYS:
            problems.append(Problem(display, document.line_of((index, key)), f"unknown key {key!r} in entry {index + 1}",
                                    "allowed: domain, reason"))
    domain, reason = raw.get("domain"), raw.get("reason")
    found = len(problems)
    if not isinstance(domain, str) or not _DOMAIN.match(domain.strip().lower()):
        problems.append(Problem(display, document.line_of((index, "domain")),
                                f"entry {index + 1}: domain must be a host name such as example.com, not {domain!r}",
                                "no https://, path or *: a domain denies its subdomains too"))
    if not isinstance(reason, str) or not reason.strip() or "\n" in reason.strip():
        problems.append(Problem(display, document.line_of((index, "reason")),
                                f"entry {index + 1}: reason must be one line saying why the site is refused",
                                "e.g. aggregator: re-publishes wire copy without attribution"))
    if len(problems) > found:
        return None
    return DeniedDomain(domain.strip().lower(), " ".join(reason.split()), line)


def _covered_problems(domains: dict[str, DeniedDomain], display: str) -> list[Problem]:
    """An entry whose parent domain is listed too adds nothing and hides which one applies."""
    problems = []
    for name, entry in domains.items():
        labels = name.split(".")
        parents = [".".join(labels[start:]) for start in range(1, len(labels) - 1)]
        parent = next((item for item in parents if item in domains), None)
        if parent:
            problems.append(Problem(display, entry.line, f"{name} is already denied by {parent}",
                                    "remove this entry: a domain denies its subdomains"))
    return problems


def source_policy_problems(settings: Settings, glossary: tuple[Glossary, list[Problem]],
                           annotations: list[tuple[Path, Annotation, list[Problem]]]) -> list[Problem]:
    """The denylist's own problems, then every denied source in glossary and annotation files.

    Args:
        settings: the project, for its root and glossary folder.
        glossary: the loaded glossary and its problems (`briefs.content.glossary.load_glossary`).
        annotations: each annotation file with what `briefs.content.annotations.load_annotation` made of it.

    Returns:
        Problems in file order, each on the line of the denied address.
    """
    denylist, problems = load_denylist(settings.root)
    if not denylist:
        return problems
    files = sorted(settings.glossary_path.glob("*.yml")) if settings.glossary_path.is_dir() else []
    problems += _denied_in_glossary(files, *glossary, denylist, settings.relative)
    problems += _denied_in_annotations(annotations, denylist)
    return problems


def _denied_in_glossary(files: list[Path], glossary: Glossary, glossary_problems: list[Problem],
                        denylist: Denylist, relative: Callable[[Path], str]) -> list[Problem]:
    # A valid term's sources screen its file without a second parse; a file with problems of
    # its own may hold sources its term left out, so it is read again.
    screened = {term.path: [source.url for source in term.sources] for term in glossary}
    troubled = {problem.path for problem in glossary_problems}
    problems = []
    for file in files:
        display = relative(file)
        urls = screened.get(display)
        if display in troubled or urls is None or any(denylist.match(url) for url in urls):
            problems += file_problems(file, display, denylist, glossary_source_paths)
    return problems


def _denied_in_annotations(loaded: list[tuple[Path, Annotation, list[Problem]]], denylist: Denylist) -> list[Problem]:
    problems = []
    for file, annotation, found in loaded:
        if found or any(denylist.match(url) for url in annotation_urls(annotation)):
            problems += file_problems(file, annotation.path, denylist, annotation_source_paths)
    return problems


def annotation_urls(annotation: Annotation) -> list[str]:
    """Every address an annotation's loaded objects hold: the brief's source and each note's."""
    urls = [annotation.source.url] if annotation.source and annotation.source.url else []
    return urls + [citation.url for note in annotation.notes for citation in note.sources]


SourcePaths = Callable[[Any], Iterator[tuple[KeyPath, str, str]]]


def file_problems(file: Path, display: str, denylist: Denylist, source_paths: SourcePaths) -> list[Problem]:
    """Parse one file and report each denied address on its line (unreadable files: nothing, reported elsewhere)."""
    if not denylist:
        return []
    try:
        document, _ = load_yaml(file.read_text(encoding="utf-8"), display)
    except (OSError, UnicodeDecodeError):
        return []
    if document is None:
        return []
    return [_denied_problem(document, key_path, label, entry)
            for key_path, label, url in source_paths(document.data)
            if (entry := denylist.match(url)) is not None]


def _denied_problem(document: YamlDocument, key_path: KeyPath, label: str, entry: DeniedDomain) -> Problem:
    message = f"{label} comes from {entry.domain}, which the editorial standard does not accept: {entry.reason}"
    return Problem(document.path, document.line_of(key_path), message, DENIED_HINT)


def glossary_source_paths(data: Any) -> Iterator[tuple[KeyPath, str, str]]:
    """Each `sources[i].url` of a term file: its key path, how messages name it, the address."""
    yield from _list_urls(data, ("sources",), "")


def annotation_source_paths(data: Any) -> Iterator[tuple[KeyPath, str, str]]:
    """The brief's `source.url` and each note's `sources[j].url`, as `glossary_source_paths` gives them."""
    if not isinstance(data, dict):
        return
    source = data.get("source")
    if isinstance(source, dict) and isinstance(source.get("url"), str):
        yield ("source", "url"), "the brief's source", source["url"]
    notes = data.get("notes")
    for index, note in enumerate(notes if isinstance(notes, list) else []):
        if isinstance(note, dict):
            label = f"note {str(note.get('id', index + 1))!r}: "
            yield from _list_urls(note, ("notes", index, "sources"), label)


def _list_urls(data: Any, key_path: KeyPath, label: str) -> Iterator[tuple[KeyPath, str, str]]:
    items = data.get(key_path[-1]) if isinstance(data, dict) else None
    for index, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict) and isinstance(item.get("url"), str):
            yield key_path + (index, "url"), f"{label}source {index + 1}", item["url"]
