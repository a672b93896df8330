"""Compare the two builders on the same pages: build time and site size, MkDocs against Zensical.

    python scripts/zensical_measure.py [--project PATH | --briefs 300 --terms 2000] [--repeat 3] [--json PATH]

Builds the project (by default this one; with --briefs/--terms a synthetic project from
scripts/synthetic.py) both ways, alternating so that drift on a shared machine hits both alike:

- mkdocs: `mkdocs build --strict` with the hook, what `make site` runs after the check;
- zensical: `scripts/zensical_build.py`, what `make zensical` runs after the check (render to
  disk, generated config, `zensical build --strict`).

Prints the median wall and CPU seconds of each, their ratio, and each site's size: files, bytes,
and the search index a reader downloads (Material's search/search_index.json, Zensical's
search.json). Compare ratios within one run, never against fixed seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))  # scripts/ is no package

BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}
# The file each generator writes the whole search index to, relative to its site.
SEARCH_INDEX = {"mkdocs": "search/search_index.json", "zensical": "search.json"}


def commands(project: Path, work: Path) -> dict[str, tuple[list[str], Path]]:
    """Each builder's command, run in `project`, and the site folder it writes."""
    mkdocs_site, zensical_site = work / "site", work / "site-zensical"
    return {
        "mkdocs": ([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(mkdocs_site)],
                   mkdocs_site),
        "zensical": ([sys.executable, str(SCRIPTS / "zensical_build.py"), "--root", str(project),
                      "--build", str(work / "build-zensical"), "--site-dir", str(zensical_site)], zensical_site),
    }


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Run `command`; its wall and CPU seconds (children included).

    Raises:
        RuntimeError: the build failed (the end of its output is included).
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=BUILD_ENV, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} failed:\n{(result.stdout + result.stderr)[-3000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def site_size(site: Path, builder: str) -> dict[str, int]:
    """Files and bytes of a built site, and the bytes of its search index."""
    files = [path for path in site.rglob("*") if path.is_file()]
    index = site / SEARCH_INDEX[builder]
    return {"files": len(files), "bytes": sum(path.stat().st_size for path in files),
            "html_pages": sum(1 for path in files if path.suffix == ".html"),
            "search_index_bytes": index.stat().st_size if index.is_file() else 0}


def measure(project: Path, work: Path, repeat: int) -> dict[str, Any]:
    """Median wall and CPU seconds per builder over `repeat` alternating runs, and site sizes."""
    runs: dict[str, list[tuple[float, float]]] = {"mkdocs": [], "zensical": []}
    builds = commands(project, work)
    for _ in range(repeat):
        for builder, (command, _site) in builds.items():
            runs[builder].append(timed(command, project))
    figures: dict[str, Any] = {}
    for builder, (_command, site) in builds.items():
        figures[builder] = {"wall_s": statistics.median(run[0] for run in runs[builder]),
                            "cpu_s": statistics.median(run[1] for run in runs[builder]),
                            **site_size(site, builder)}
    figures["ratio_wall_zensical_to_mkdocs"] = figures["zensical"]["wall_s"] / figures["mkdocs"]["wall_s"]
    return figures


def prepare(args: argparse.Namespace, work: Path) -> Path:
    """The project to build: a copy of --project (never built in place), or a synthetic one."""
    if args.briefs is not None:
        from synthetic import generate_project

        return generate_project(work / "project", args.briefs, args.terms).root
    project = work / "project"
    shutil.copytree(args.project, project, ignore=shutil.ignore_patterns(
        ".git", ".venv", "site", "site-zensical", "build", "test-artifacts", ".cache", "__pycache__"))
    return project


def report(figures: dict[str, Any]) -> str:
    lines = []
    for builder in ("mkdocs", "zensical"):
        size = figures[builder]
        lines.append(f"{builder:9} {size['wall_s']:7.2f} s wall {size['cpu_s']:7.2f} s CPU  "
                     f"{size['html_pages']:6} pages {size['files']:6} files {size['bytes'] / 1e6:8.2f} MB  "
                     f"search index {size['search_index_bytes'] / 1e6:6.2f} MB")
    lines.append(f"zensical / mkdocs wall time: {figures['ratio_wall_zensical_to_mkdocs']:.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT, help="project to copy and build (default: this one)")
    parser.add_argument("--briefs", type=int, default=None, help="build a synthetic project of this many briefs")
    parser.add_argument("--terms", type=int, default=2000, help="glossary entries of the synthetic project")
    parser.add_argument("--repeat", type=int, default=3, help="runs per builder (the median is reported)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="zensical-measure-") as folder:
        work = Path(folder)
        figures = measure(prepare(args, work), work, args.repeat)
    print(report(figures))
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
