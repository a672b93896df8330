"""Reading sources as text and writing files atomically.

Seeds arrive in whatever encoding the page was saved in. This module is the one place
that turns bytes into text (UTF-8 first, with or without BOM, then detection by
charset-normalizer) and the one place that writes files, always through a temporary file
renamed into place, so a crash never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefs.errors import Problem, SourceError

# A seed larger than this is almost certainly not an article (a video, a dump of a site).
MAX_SOURCE_BYTES = 5 * 1024 * 1024


def decode_source(data: bytes, path: str) -> str:
    """Decode a source's bytes to text.

    Args:
        data: the file's bytes.
        path: the file's name, for messages.

    Returns:
        The text, without a BOM.

    Raises:
        SourceError: the file is empty, binary, or in no detectable encoding.
    """
    if not data.strip():
        raise SourceError([Problem(path, None, "the file is empty", "paste the article's text into it")])
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError([Problem(path, None, "the file is binary, not text", "save the page as text or HTML")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _detect_and_decode(data, path)


def _detect_and_decode(data: bytes, path: str) -> str:
    # Imported lazily: detection is only needed for the rare non-UTF-8 seed.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise SourceError(
            [Problem(path, None, "the file is not UTF-8 and its encoding cannot be detected", "save it as UTF-8")]
        )
    return str(best)


def read_source(path: Path, display: str | None = None) -> str:
    """Read a seed file as text (see `decode_source`); `display` names it in messages."""
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(
                [Problem(name, None, f"the file is {size:,} bytes, more than an article's {MAX_SOURCE_BYTES:,}",
                         "split it or save only the article")]
            )
        data = path.read_bytes()
    except OSError as err:
        raise SourceError([Problem(name, None, f"cannot read the file: {err.strerror or err}")]) from err
    return decode_source(data, name)


def write_atomic(path: Path, data: str | bytes, *, overwrite: bool = True) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename.

    Args:
        path: destination.
        data: text (written as UTF-8 with LF line ends) or bytes.
        overwrite: when False, refuse to replace an existing file.

    Raises:
        FileExistsError: `overwrite` is False and `path` exists.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temp_name, path)
        else:
            # link() fails if the destination exists, so two writers cannot both win.
            os.link(temp_name, path)
            os.unlink(temp_name)
    except BaseException:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
        raise
