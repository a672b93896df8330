"""Annotated briefs: turn news articles into annotated, cross-linked brief pages.

The library knows nothing about MkDocs: it reads seeds, annotations and the glossary,
and produces Markdown pages. `hooks/briefs_hook.py` hands those pages to MkDocs; the CLI
(`python -m briefs`) writes the very same pages to disk.
"""

__version__ = "0.1.0"
