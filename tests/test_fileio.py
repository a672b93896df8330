"""Decoding sources and writing files atomically."""

from __future__ import annotations

import pytest

from briefs.errors import SourceError
from briefs.fileio import decode_source, write_atomic


def test_utf8_bom_is_removed():
    assert decode_source("\ufeffHeadline".encode("utf-8"), "x") == "Headline"


def test_cp1252_is_detected():
    text = "The minister’s “plan” was approved – finally, said the café owner. " * 4
    assert decode_source(text.encode("cp1252"), "x") == text


@pytest.mark.parametrize("data, message", [(b"", "empty"), (b"   \n\t", "empty"), (b"\x00\x01\x02abc", "binary")])
def test_unusable_sources_are_refused(data, message):
    with pytest.raises(SourceError, match=message):
        decode_source(data, "bad.txt")


def test_write_atomic_replaces_whole_file(tmp_path):
    target = tmp_path / "a" / "b.txt"
    write_atomic(target, "first")
    write_atomic(target, "second")
    assert target.read_text() == "second"
    assert [path.name for path in target.parent.iterdir()] == ["b.txt"]


def test_write_atomic_refuses_to_overwrite_when_asked(tmp_path):
    target = tmp_path / "keep.txt"
    target.write_text("original")
    with pytest.raises(FileExistsError):
        write_atomic(target, "new", overwrite=False)
    assert target.read_text() == "original"
    assert [path.name for path in tmp_path.iterdir()] == ["keep.txt"]
