"""The hand-written pages beside the generated ones: which there are, and which clash.

MkDocs publishes the files of `docs_dir` and the pages briefs generates as one site, so a
hand-written `docs/timeline.md` and the generated `timeline.md` would claim one address
and one of them would be lost. The hook and `briefs render` both ask this module, so
they see the same hand-written pages and refuse the same clashes in the same words.
"""

from __future__ import annotations

from typing import Iterable

from briefs.errors import Problem
from briefs.settings import Settings

# The suffixes MkDocs reads as Markdown pages (`mkdocs.utils.markdown_extensions`, case and all).
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


def hand_written_files(settings: Settings) -> set[str]:
    """Site paths ("tags.md", "assets/site.css") of every file in the project's `docs_dir`."""
    docs = settings.docs_path
    if not docs.is_dir():
        return set()
    return {path.relative_to(docs).as_posix() for path in docs.rglob("*") if path.is_file()}


def documentation_pages(site_paths: Iterable[str]) -> set[str]:
    """The Markdown pages among `site_paths`, as MkDocs counts them."""
    return {path for path in site_paths if path.endswith(MARKDOWN_SUFFIXES)}


def page_clashes(generated: Iterable[str], hand_written: Iterable[str], settings: Settings) -> list[Problem]:
    """One problem per hand-written file at the site path of a generated page, naming the file.

    Args:
        generated: site paths of the generated pages, e.g. "glossary/index.md".
        hand_written: site paths of the files already in the site (`docs_dir`'s).
        settings: the project's options, for `docs_dir`.
    """
    taken = set(generated)
    return [Problem(settings.relative(settings.docs_path / path), None,
                    "clashes with a generated page; rename or remove it")
            for path in sorted(set(hand_written) & taken)]
