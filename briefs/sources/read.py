"""Read a seed: pasted text or a saved page, picked by its suffix or its first bytes."""

from __future__ import annotations

from pathlib import Path

from briefs.errors import Problem, SourceError
from briefs.model import Article
from briefs.fileio import MAX_SOURCE_BYTES, decode_source, read_source
from briefs.sources.pasted_text import parse_article

HTML_SUFFIXES = (".html", ".htm")


def parse_source(source: Path | bytes, name: str | None = None) -> Article:
    """Parse a seed, as text or as a saved HTML page depending on its name's suffix (or its first tag).

    Args:
        source: the file, or its bytes.
        name: the file's name for messages and for the suffix; defaults to the path.

    Raises:
        SourceError: the file cannot be read, is empty or binary, or holds no article.
    """
    name = name or str(source)
    if isinstance(source, bytes) and len(source) > MAX_SOURCE_BYTES:
        raise SourceError([Problem(name, None, f"the file is larger than an article's {MAX_SOURCE_BYTES:,} bytes")])
    text = read_source(source, name) if isinstance(source, Path) else decode_source(source, name)
    if is_saved_page(text, name):
        from briefs.sources.saved_page import parse_html  # trafilatura loads slowly; only HTML needs it

        return parse_html(text, name)
    return parse_article(text, name)


def is_saved_page(text: str, name: str) -> bool:
    """Whether `parse_source` reads this source as a saved HTML page: by its suffix, or its first tag."""
    return Path(name).suffix.lower() in HTML_SUFFIXES or _looks_like_html(text)


def _looks_like_html(text: str) -> bool:
    """A page saved under a text name (`article.txt` holding `<!DOCTYPE html>...`)."""
    return text.lstrip("\ufeff \t\r\n")[:15].lower().startswith(("<!doctype html", "<html"))
