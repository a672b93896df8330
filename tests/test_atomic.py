"""Nothing lost: a writer killed in the middle leaves the old file whole."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

WRITER = """
import sys
from pathlib import Path
from briefs.fileio import write_atomic
target = Path(sys.argv[1])
payload = ("new content line\\n" * 400_000)
print("ready", flush=True)
while True:
    write_atomic(target, payload)
"""


def test_killed_writer_never_leaves_a_partial_file(tmp_path):
    target = tmp_path / "annotation.yml"
    original = "original: content\n" * 1000
    target.write_text(original)
    new = "new content line\n" * 400_000
    for attempt in range(5):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True)
        assert process.stdout.readline().strip() == "ready"
        time.sleep(0.05 * (attempt + 1))  # kill at varying points of the write loop
        process.send_signal(signal.SIGKILL)
        process.wait()
        content = target.read_text()
        assert content in (original, new), f"partial file of {len(content)} characters"
    leftovers = [path.name for path in tmp_path.iterdir() if path.name != "annotation.yml"]
    # A killed process cannot clean its temporary file; it must never be mistaken for content.
    assert all(name.startswith(".annotation.yml.") and name.endswith(".tmp") for name in leftovers)
