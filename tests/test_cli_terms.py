"""The `terms` and `schema` commands."""

from __future__ import annotations

import json
import shutil

from briefs.contribute.schema import schema_text, stale_schemas
from conftest import ROOT, SEED, copy_project
from test_cli import run_cli


def test_terms_json_gives_mentions_with_body_offsets_and_candidates(frozen_project):
    result = run_cli("terms", str(SEED), "--json", cwd=frozen_project)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"mentions", "candidates"}
    body = json.loads(run_cli("parse", str(SEED), "--json").stdout)["paragraphs"]
    text = "\n\n".join(body)
    for mention in data["mentions"]:
        assert set(mention) == {"term", "text", "start", "end", "linked"}
        assert text[mention["start"]:mention["end"]] == mention["text"]
    abe = [mention for mention in data["mentions"] if mention["text"] == "Abe"]
    assert [(item["term"], item["linked"]) for item in abe] == [("shinzo-abe", False)]
    assert text[abe[0]["start"]:].startswith("Abe, who built a close relationship with Trump")
    linked = [mention["term"] for mention in data["mentions"] if mention["linked"]]
    assert len(linked) == len(set(linked))
    assert {"text": "North Korea", "count": 1} == {key: value for key, value in next(
        item for item in data["candidates"] if item["text"] == "North Korea").items() if key != "start"}


def test_terms_plain_output_marks_linked_mentions(frozen_project):
    result = run_cli("terms", str(SEED), cwd=frozen_project)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("*") and "senkaku-islands" in line and line.endswith("Senkaku Islands") for line in lines)
    assert lines[-1].startswith("candidates (")


def test_terms_reports_glossary_problems_with_lines(tmp_path):
    project = copy_project(tmp_path)
    entry = project / "glossary" / "senkaku-islands.yml"
    entry.write_text(entry.read_text(encoding="utf-8").replace("kind: place", "kind: island"), encoding="utf-8")
    result = run_cli("--root", str(project), "terms", str(SEED))
    assert result.returncode == 1
    assert "glossary/senkaku-islands.yml:" in result.stderr and "kind must be one of" in result.stderr
    assert "Traceback" not in result.stderr


def test_schema_check_passes_on_the_committed_files_and_write_regenerates(tmp_path):
    assert stale_schemas(ROOT) == []
    assert run_cli("schema", "--check").returncode == 0
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    (tmp_path / "schemas" / "glossary.schema.json").write_text("{}\n", encoding="utf-8")
    stale = run_cli("--root", str(tmp_path), "schema", "--check")
    assert stale.returncode == 1 and "schemas/glossary.schema.json: the schema is out of date" in stale.stderr
    assert run_cli("--root", str(tmp_path), "schema").returncode == 0
    assert (tmp_path / "schemas" / "glossary.schema.json").read_text(encoding="utf-8") == schema_text("glossary")
