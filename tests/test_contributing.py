"""The contributing guide's worked examples run as written, in order, in a copy of the project.

Each example in `docs/contributing.md` is a fenced block preceded by an HTML comment (not
shown on the site) that says what to do with it:

- `<!-- example: write PATH -->`: the block is a file's content; write it to PATH.
- `<!-- example: run -->`: run the block in a shell; it must succeed.
- `<!-- example: fails PATH: 'OLD' -> 'NEW' -->`: replace OLD by NEW (Python strings) in PATH, run
  `python -m briefs check`, expect exit status 1 and exactly the block as output, then undo.
- `<!-- example: serve URI -->`: start the command (a server) and fetch URI from it.
- `<!-- example: skip (REASON) -->`: not run, with the reason (e.g. it needs a GitHub fork).

To add an example, write the block in the guide with its comment; no change here is needed.
"""

from __future__ import annotations

import ast
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlsplit
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, copy_project

GUIDE = ROOT / "docs" / "contributing.md"
MARKER = re.compile(r"^(?P<indent> *)<!-- example: (?P<action>\w+)\s*(?P<argument>.*?) -->$")
FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>\w*)$")
GLOSSARY_KINDS = {"person", "place", "organisation", "treaty-or-law", "policy-or-concept", "event"}


@dataclass(frozen=True)
class Example:
    action: str  # write | run | fails | serve | skip
    argument: str  # the rest of the marker
    language: str  # the fence's language
    content: str  # the block, dedented
    line: int  # line of the marker in the guide


def examples(text: str) -> list[Example]:
    lines = text.splitlines()
    found, index = [], 0
    while index < len(lines):
        marker = MARKER.match(lines[index])
        if marker:
            fence = FENCE.match(lines[index + 1])
            assert fence, f"contributing.md:{index + 2}: an example marker must be followed by a fenced block"
            indent = len(fence.group("indent"))
            end = next(number for number in range(index + 2, len(lines)) if lines[number].strip() == "```")
            content = "\n".join(line[indent:] for line in lines[index + 2:end]) + "\n"
            found.append(Example(marker.group("action"), marker.group("argument"), fence.group("lang"), content, index + 1))
            index = end
        index += 1
    return found


def fenced_blocks(text: str) -> int:
    return sum(1 for line in text.splitlines() if FENCE.match(line) and FENCE.match(line).group("lang"))


def test_every_block_in_the_guide_is_an_example():
    text = GUIDE.read_text(encoding="utf-8")
    found = examples(text)
    assert len(found) == fenced_blocks(text)
    assert {example.action for example in found} <= {"write", "run", "fails", "serve", "skip"}
    for example in found:
        if example.action == "skip":
            assert example.argument.startswith("(") and example.argument.endswith(")"), "say why it is skipped"


def shell_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["NO_MKDOCS_2_WARNING"] = "1"
    return env


def run_shell(script: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-e", "-c", script], cwd=cwd, capture_output=True, text=True, env=shell_env(),
                          timeout=300)


def write_example(example: Example, project: Path) -> None:
    path = project / example.argument
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(example.content, encoding="utf-8")
    if example.language == "yaml":
        assert example.content.startswith("# yaml-language-server: $schema=../schemas/")
        yaml.safe_load(example.content)
    if example.argument.startswith("glossary/"):
        check_glossary_example(project, path)


def check_glossary_example(project: Path, path: Path) -> None:
    """The term example has the briefing's fields; the glossary schema, where present, accepts it."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert {"term", "aliases", "kind", "short", "definition", "as_of", "sources"} <= set(data)
    assert data["kind"] in GLOSSARY_KINDS
    assert all(source["url"].startswith("https://") for source in data["sources"])
    schema = project / "schemas" / "glossary.schema.json"
    if schema.exists():
        import json

        import jsonschema

        as_text = yaml.safe_load(path.read_text(encoding="utf-8").replace("as_of: ", "as_of: !!str "))
        jsonschema.Draft202012Validator(json.loads(schema.read_text(encoding="utf-8"))).validate(as_text)


def run_failing_example(example: Example, project: Path) -> None:
    target, _, change = example.argument.partition(": ")
    old, new = (ast.literal_eval(part.strip()) for part in change.split(" -> "))
    path = project / target
    original = path.read_text(encoding="utf-8")
    assert old in original
    path.write_text(original.replace(old, new, 1), encoding="utf-8")
    try:
        result = run_shell("python -m briefs check", project)
        assert result.returncode == 1
        assert result.stderr.splitlines() == example.content.splitlines()
    finally:
        path.write_text(original, encoding="utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_server_example(example: Example, project: Path) -> None:
    port = free_port()
    command = f"exec {example.content.strip()} --dev-addr 127.0.0.1:{port}"
    server = subprocess.Popen(["bash", "-c", command], cwd=project, env=shell_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        # `mkdocs serve` mounts the site at the path of `site_url`, as it will be published.
        mount = urlsplit(yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
                         .get("site_url", "/")).path or "/"
        page = fetch_when_up(f"http://127.0.0.1:{port}{mount}{example.argument}", server)
        assert "Harbour Council Votes to Rebuild the Old Pier" in page
        assert 'class="note-marker"' in page
    finally:
        server.terminate()
        server.wait(timeout=30)


def fetch_when_up(url: str, server: subprocess.Popen, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read()
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{url} did not answer within {timeout} s")


def test_the_guide_runs_as_written(tmp_path):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    for example in examples(GUIDE.read_text(encoding="utf-8")):
        where = f"docs/contributing.md:{example.line}"
        if example.action == "write":
            write_example(example, project)
        elif example.action == "run":
            result = run_shell(example.content, project)
            assert result.returncode == 0, f"{where}: {example.content}\n{result.stdout}\n{result.stderr}"
        elif example.action == "fails":
            run_failing_example(example, project)
        elif example.action == "serve":
            run_server_example(example, project)
    brief = (tmp_path / "project" / "annotations" / "2025-03-03-harbour-council-vote.yml")
    assert "pier-cost" in brief.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", [".github/PULL_REQUEST_TEMPLATE.md", ".github/workflows/test.yml",
                                  ".github/workflows/deploy.yml"])
def test_workflow_files_exist_and_parse(path):
    text = (ROOT / path).read_text(encoding="utf-8")
    if path.endswith(".yml"):
        data = yaml.safe_load(text)
        assert data["jobs"]
