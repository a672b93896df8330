"""Facts into Markdown and HTML: every page of the site; every escape in one module."""
