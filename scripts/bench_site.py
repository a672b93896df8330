"""Benchmark the whole site build at scale, on a synthetic project made for the run.

    python scripts/bench_site.py [--briefs 1000] [--terms 2000] [--repeat 3] [--json PATH]
                                 [--corpus zipf-english|syllables] [--preview-only]

Figures, each the median of `--repeat` runs, printed one per line, then a summary line:

- the project: its corpus (`scripts/synthetic.py`: English words by Zipf's law, or the
  invented worst case for vocabulary) and its distinct words over all seeds;
- floor: `mkdocs build` of the Markdown that `python -m briefs render --out` writes, with a
  copy of mkdocs.yml that has no hook: what MkDocs and Material cost by themselves;
- full: `mkdocs build` of the project with the hook (seeds, annotations, glossary);
- ratio full / floor, and the peak memory of the full build: the larger of the biggest
  single process (`os.wait4`) and the sampled sum over the build's process tree (the hook
  builds pages in a forked child, and Pagefind runs as one);
- parse throughput and the throughput of every stage `briefs.build.find_facts` runs;
- the glossary matcher (`scripts/bench_glossary.py` `bench_matcher`) and the timeline
  (`scripts/bench_timeline.py` `bench_timeline`);
- the bytes a reader downloads for a first search, per backend (see `first_search_bytes`);
- preview_s: under `mkdocs serve --dirty`, the median time from saving a one-note edit to
  the served brief showing it (`bench_preview`; `--preview-only` measures it alone).

Floor and full runs alternate, so drift on a shared machine hits both alike. Compare
figures as ratios within one run, never against fixed seconds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))

from bench import clear_library_caches, median_seconds  # noqa: E402
import bench_glossary as glossary_bench  # noqa: E402
import bench_timeline as timeline_bench  # noqa: E402
from synthetic import CORPORA, ZIPF_ENGLISH, SyntheticProject, generate_project  # noqa: E402

from briefs.sources.pasted_text import parse_article  # noqa: E402
from briefs.build import (  # noqa: E402
    BuildCache, build_site, glossary_stage, load_briefs, notes_stage, pages_folder, related_stage, timeline_stage,
    write_site,
)
from briefs.content.glossary import load_glossary  # noqa: E402
from briefs.settings import settings_from_config_file  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

MATCHER_TERM_COUNTS = (50, 500, 5000)
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


# --- builds -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BuildRun:
    """One `mkdocs build` in a child process."""

    wall_s: float  # elapsed seconds
    cpu_s: float  # user + system CPU seconds of the child: less disturbed by other load than wall time
    peak_rss_mb: float  # the larger of the biggest single process and the process tree's sampled sum


class TreeMemory:
    """Samples the proportional set size (PSS) summed over a process and its descendants.

    `ru_maxrss` from `os.wait4` is the peak of the single largest process in the tree, not
    of the tree at once: a build whose forked child or indexer runs while the parent is
    alive needs the sum. PSS, not RSS, so pages a forked child shares with its parent are
    counted once. Sampled every `interval` seconds on Linux; elsewhere it reports 0.
    """

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid, self.interval, self.peak_kib = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kib / 1024

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak_kib = max(self.peak_kib, sum(_pss_kib(pid) for pid in _process_tree(self.pid)))
            self._stop.wait(self.interval)


def _process_tree(root: int) -> list[int]:
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            continue
        pending.extend(int(child) for child in children)
    return tree


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass  # the process ended between listing and reading
    return 0


def timed_build(project: Path, site: Path) -> BuildRun:
    """Run `mkdocs build --strict` in `project` and measure that child and its descendants.

    Raises:
        RuntimeError: the build failed (its output is included).
    """
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as output:
        process = subprocess.Popen(command, cwd=project, env=BUILD_ENV, stdout=output, stderr=subprocess.STDOUT)
        with TreeMemory(process.pid) as memory:
            _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            output.seek(0)
            raise RuntimeError(f"mkdocs build failed in {project}:\n{output.read().decode(errors='replace')[-4000:]}")
    largest_process_mb = usage.ru_maxrss / 1024  # ru_maxrss: KiB on Linux
    return BuildRun(seconds, usage.ru_utime + usage.ru_stime, max(largest_process_mb, memory.peak_mb))


def prepare_floor(project: Path, floor: Path) -> Path:
    """The same pages as plain Markdown in `floor/docs`, the same theme, and mkdocs.yml without the hook."""
    docs = floor / "docs"
    shutil.copytree(project / "docs", docs)
    if (project / "overrides").is_dir():  # the same theme, overrides included
        shutil.copytree(project / "overrides", floor / "overrides")
    subprocess.run([sys.executable, "-m", "briefs", "--root", str(project), "render", "--out", str(docs)],
                   check=True, capture_output=True, env=BUILD_ENV)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (floor / "mkdocs.yml").write_text(without_hooks(config), encoding="utf-8")
    return floor


def without_hooks(config: str) -> str:
    """mkdocs.yml text without its `hooks:` block (a top-level key and its list items)."""
    stripped = re.sub(r"(?m)^hooks:[ \t]*\n(?:[ \t]+-.*\n|[ \t]*#.*\n|[ \t]*\n)*", "", config)
    if re.search(r"(?m)^hooks:", stripped):
        raise ValueError("mkdocs.yml has a hooks: block this script cannot remove")
    return stripped


def with_search_backend(config: str, backend: str) -> str:
    """mkdocs.yml text with `extra.briefs.search_backend` set (and Material's search off for Pagefind)."""
    config = re.sub(r"(?m)^    search_backend:.*\n", "", config)
    config = re.sub(r"(?m)^  briefs:[ \t]*\n", f"  briefs:\n    search_backend: {backend}\n", config, count=1)
    if backend == "pagefind":
        config = re.sub(r"(?m)^      enabled:.*\n", "", config)  # only the search plugin sets it here
        config = re.sub(r"(?m)^  - search[ \t]*$", "  - search:\n      enabled: false", config)
        config = re.sub(r"(?m)^  - search:[ \t]*\n(?!      enabled)", "  - search:\n      enabled: false\n", config)
    return config


def measure_builds(project: Path, floor: Path, work: Path, repeat: int) -> dict[str, Any]:
    """Alternate floor and full builds; medians of each, and the largest peak RSS of the full."""
    floors, fulls = [], []
    for run in range(repeat):
        floors.append(timed_build(floor, work / f"floor-site-{run}"))
        fulls.append(timed_build(project, work / f"full-site-{run}"))
        for name in (f"floor-site-{run}", f"full-site-{run}"):
            if run < repeat - 1:
                shutil.rmtree(work / name)
    floor_s, full_s = statistics.median(r.wall_s for r in floors), statistics.median(r.wall_s for r in fulls)
    floor_cpu, full_cpu = statistics.median(r.cpu_s for r in floors), statistics.median(r.cpu_s for r in fulls)
    return {
        "floor_s": floor_s, "full_s": full_s, "ratio": full_s / floor_s,
        "floor_cpu_s": floor_cpu, "full_cpu_s": full_cpu, "ratio_cpu": full_cpu / floor_cpu,
        "peak_rss_mb": max(r.peak_rss_mb for r in fulls), "floor_peak_rss_mb": max(r.peak_rss_mb for r in floors),
        "floor_runs_s": [r.wall_s for r in floors], "full_runs_s": [r.wall_s for r in fulls],
        "site": work / f"full-site-{repeat - 1}",
    }


# --- library throughput -----------------------------------------------------------------------



def bench_parse(project: SyntheticProject, repeat: int) -> float:
    """Seeds parsed per second."""
    texts = [path.read_text(encoding="utf-8") for path in sorted((project.root / "seeds").glob("*.txt"))]
    return len(texts) / median_seconds(lambda: [parse_article(text) for text in texts], repeat)


def bench_stages(project: SyntheticProject, repeat: int) -> dict[str, float]:
    """Briefs per second through each stage, in the order `briefs.build.find_facts` runs them.

    Each run starts from freshly loaded briefs, and each stage gets what the one before
    found, as in a build: `related` given no mentions would measure nothing.
    """
    settings = settings_from_config_file(project.root / "mkdocs.yml")
    seconds: dict[str, list[float]] = {name: [] for name in ("glossary", "timeline", "notes", "related")}
    count = 0
    for _ in range(repeat):
        clear_library_caches()  # each run as cold as a build's
        problems: list = []
        cache = BuildCache()
        briefs = load_briefs(settings, cache, problems)
        glossary, _ = load_glossary(settings)
        count = len(briefs)
        found = {}
        stages = (
            ("glossary", lambda: glossary_stage(briefs, glossary, settings.root, problems)),
            ("timeline", lambda: timeline_stage(briefs, cache)),
            ("notes", lambda: notes_stage(briefs, settings.notes_threshold, problems)),
            ("related", lambda: related_stage(briefs, found["glossary"], glossary)),
        )
        for name, stage in stages:
            started = time.perf_counter()
            found[name] = stage()
            seconds[name].append(time.perf_counter() - started)
    return {name: count / statistics.median(runs) if statistics.median(runs) else float("inf") for name, runs in seconds.items()}


def bench_rebuild(project: SyntheticProject, repeat: int) -> tuple[float, float]:
    """Seconds of `build_site` cold (fresh cache, library caches cleared) and warm (a second
    build with the first one's `BuildCache`, as `mkdocs serve` rebuilds after an edit)."""
    settings = settings_from_config_file(project.root / "mkdocs.yml")
    colds, warms = [], []
    for _ in range(repeat):
        clear_library_caches()
        cache = BuildCache()
        colds.append(median_seconds(lambda: build_site(settings, cache), 1))
        warms.append(median_seconds(lambda: build_site(settings, cache), 1))
    return statistics.median(colds), statistics.median(warms)


def bench_write_site(project: SyntheticProject, repeat: int) -> float:
    """Wall seconds of `write_site` as a single `mkdocs build` calls it: pages built in a
    forked child, files written."""
    settings = settings_from_config_file(project.root / "mkdocs.yml")
    runs = []
    for _ in range(repeat):
        clear_library_caches()
        folder = pages_folder(settings)
        runs.append(median_seconds(lambda: write_site(settings, folder, BuildCache(), isolated=True), 1))
        shutil.rmtree(folder)
    return statistics.median(runs)


def bench_matcher(term_counts: tuple[int, ...]) -> dict[int, float]:
    """Matcher MB/s by term count (`scripts/bench_glossary.py`)."""
    # Nine runs each: one run is a tenth of a second, easily caught by a neighbour's burst.
    return {int(count): float(rate) for count, rate in glossary_bench.bench_matcher(term_counts, repeat=9).items()}


def bench_timeline(texts: list[str], repeat: int) -> float:
    """Articles per second through date resolution (`scripts/bench_timeline.py`), on these texts."""
    return float(timeline_bench.bench_timeline([parse_article(text) for text in texts], repeat))


# --- search -----------------------------------------------------------------------------------

def build_with_backend(project: Path, work: Path, backend: str) -> Path:
    """Build a copy of the project's configuration with `backend`; return the site folder."""
    build_run_with_backend(project, work, backend)
    return work / f"site-{backend}"


def build_run_with_backend(project: Path, work: Path, backend: str) -> BuildRun:
    """Build a copy of the project's configuration with `backend` into `work/site-BACKEND`."""
    variant = work / f"project-{backend}"
    variant.mkdir()
    for entry in project.iterdir():
        if entry.name != "mkdocs.yml":
            (variant / entry.name).symlink_to(entry)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (variant / "mkdocs.yml").write_text(with_search_backend(config, backend), encoding="utf-8")
    site = work / f"site-{backend}"
    run = timed_build(variant, site)
    say(f"full_{backend}_s", f"{run.wall_s:.2f}", f"one full build with the {backend} backend, indexing included; "
        f"peak {run.peak_rss_mb:.0f} MB")
    return run


def first_search_files(site: Path, backend: str, query: str) -> tuple[list[Path], str]:
    """The files a reader fetches for a first search of `query`, and how they were found.

    With Chromium present, the search runs in a headless browser on a local server and
    every search file the page requested, from load to the first results, is listed
    (`search_probe.run_search`). Without a browser, the files are worked out from the site:
    Material's worker always fetches its whole index; Pagefind's loader fetches its
    scripts, entry, wasm and metadata, then the index chunk and the first results'
    fragments for the query, which `search_probe.query_pagefind` finds from the index.
    """
    from search_probe import query_pagefind_parts, run_search  # scripts/search_probe.py

    from briefs.search import PART_LIST, part_bundles

    try:
        return [site / path for path in run_search(site, backend, query)], "browser"
    except RuntimeError as err:
        method = f"index files ({err})"
    if backend == "material":
        workers = sorted(site.glob("assets/javascripts/workers/search.*.js"))
        return [site / "search" / "search_index.json", *workers], method
    bundle = site / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    language = next(iter(entry["languages"]))
    loader = ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "pagefind-ui.js", "pagefind-ui.css",
              PART_LIST, f"wasm.{entry['languages'][language]['wasm']}.pagefind"]
    entries = [f"{part.relative_to(bundle).as_posix()}/pagefind-entry.json" for part in part_bundles(bundle)[1:]]
    hit = query_pagefind_parts(bundle, query.split()[0])
    return [bundle / name for name in loader + entries + list(hit.files)], method


# Text files a static host usually sends gzip-compressed; Pagefind's own files already are.
_COMPRESSIBLE = (".json", ".js", ".css", ".html")


def transfer_bytes(paths: list[Path]) -> int:
    """Bytes on the wire with gzip for text files (as most static hosts serve them)."""
    return sum(len(gzip.compress(path.read_bytes(), 6)) if path.suffix in _COMPRESSIBLE else path.stat().st_size
               for path in paths)


# --- preview ----------------------------------------------------------------------------------

PREVIEW_EDITS = 3  # one-note edits, each to another brief; preview_s is their median
POLL_S = 0.05  # how often the served brief is fetched while waiting for an edit


def bench_preview(project: SyntheticProject, work: Path, edits: int = PREVIEW_EDITS) -> dict[str, Any]:
    """Seconds from saving a one-note edit to the served brief page showing it, under
    `mkdocs serve --dirty` as `make serve` runs it: the median over `edits` edits, each to
    the first note of another brief, the page polled every POLL_S seconds.

    The server answers no request while it rebuilds (MkDocs' live-reload server waits for
    the build), so the first answer that shows the edit is the rebuilt site. The time
    includes MkDocs noticing the change (it polls the watched folders every 0.5 s).
    """
    slugs = [project.slugs[index * len(project.slugs) // edits] for index in range(edits)]
    with PreviewServer(project.root, work / "preview") as server:
        runs = [server.seconds_to_show(slug, f"Preview edit {index}") for index, slug in enumerate(slugs)]
    return {"preview_s": statistics.median(runs), "preview_runs_s": runs, "preview_start_s": server.start_s}


class PreviewServer:
    """`mkdocs serve --dirty` on a free port of 127.0.0.1, stopped with Ctrl-C (SIGINT) so that
    MkDocs and the hook remove their folders."""

    def __init__(self, project: Path, work: Path):
        work.mkdir(parents=True)
        self.project, self.log = project, work / "serve.log"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        site_url = settings_from_config_file(project / "mkdocs.yml").site_url
        self.base = f"http://127.0.0.1:{port}{urlsplit(site_url).path or '/'}"
        self.command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"]
        self.env = {**BUILD_ENV, "TMPDIR": str(work)}  # serve's site folder goes here, not to /tmp
        self.start_s = 0.0

    def __enter__(self) -> "PreviewServer":
        started = time.perf_counter()
        with self.log.open("w") as log:
            self.process = subprocess.Popen(self.command, cwd=self.project, env=self.env, stdout=log,
                                            stderr=subprocess.STDOUT, preexec_fn=_interruptible)
        self._fetch("", deadline=time.monotonic() + 3600)  # the first, full build
        self.start_s = time.perf_counter() - started
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def seconds_to_show(self, slug: str, marker: str) -> float:
        """Put `marker` at the start of the first note of `slug`, and time until its page shows it."""
        annotation = self.project / "annotations" / f"{slug}.yml"
        text = annotation.read_text(encoding="utf-8")
        # A plain YAML scalar: the marker holds no ": ", which would end the file's validity.
        edited = re.sub(r"(?m)^(\s*body: )", lambda match: f"{match.group(1)}{marker}, ", text, count=1)
        if edited == text:
            raise RuntimeError(f"{annotation} has no note body to edit")
        started = time.perf_counter()
        annotation.write_text(edited, encoding="utf-8")
        deadline = time.monotonic() + 3600
        while marker not in self._fetch(f"briefs/{slug}/", deadline):
            if time.monotonic() > deadline:
                raise RuntimeError(f"briefs/{slug}/ never showed {marker!r}:\n{self.log.read_text(errors='replace')[-4000:]}")
            time.sleep(POLL_S)
        return time.perf_counter() - started

    def _fetch(self, path: str, deadline: float) -> str:
        while True:
            try:
                with urllib.request.urlopen(self.base + path, timeout=3600) as response:
                    return response.read().decode("utf-8")
            except (urllib.error.URLError, ConnectionError) as err:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"mkdocs serve did not answer {path!r} ({err}):\n"
                                       f"{self.log.read_text(errors='replace')[-4000:]}") from err
                time.sleep(0.5)


def _interruptible() -> None:
    """In the server's process before it starts: Ctrl-C (SIGINT) stops it, even when this
    script runs in the background of a shell, which starts it with SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# --- report -----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=1000, help="number of synthetic briefs (N)")
    parser.add_argument("--terms", type=int, default=2000, help="number of glossary entries (M)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the median is printed")
    parser.add_argument("--seed", type=int, default=20250207, help="random seed of the synthetic project")
    parser.add_argument("--corpus", choices=CORPORA, default=ZIPF_ENGLISH,
                        help="the synthetic text's words (syllables: the worst case for vocabulary)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    parser.add_argument("--no-search", action="store_true", help="skip the search backends' builds")
    parser.add_argument("--preview-only", action="store_true",
                        help="only preview_s, with one full build for the figure it is compared with")
    parser.add_argument("--pagefind-only", action="store_true",
                        help="only one full build with Pagefind: time, CPU, peak memory, the index, a first search")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-site-"))
    try:
        figures = run(args, work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    project = generate_project(work / "project", args.briefs, args.terms, args.seed, corpus=args.corpus)
    say("briefs", args.briefs)
    say("terms", args.terms)
    say("corpus", project.corpus)
    say("distinct_words", project.distinct_words, "distinct lower-cased words over all seeds")
    say("words_per_brief", round(project.words / max(args.briefs, 1)))
    say("generate_s", f"{time.perf_counter() - started:.1f}")
    if args.preview_only:
        return run_preview_only(args, project, work)
    if args.pagefind_only:
        return run_pagefind_only(args, project, work)
    prepare_floor(project.root, work / "floor")
    builds = measure_builds(project.root, work / "floor", work, args.repeat)
    say("floor_s", f"{builds['floor_s']:.2f}", "median; runs " + _runs(builds["floor_runs_s"]))
    say("full_s", f"{builds['full_s']:.2f}", "median; runs " + _runs(builds["full_runs_s"]))
    say("ratio", f"{builds['ratio']:.3f}", "full / floor (target <= 1.15 at N=1000, M=2000)")
    say("floor_cpu_s", f"{builds['floor_cpu_s']:.2f}", "median CPU seconds of the build process")
    say("full_cpu_s", f"{builds['full_cpu_s']:.2f}", "median CPU seconds of the build process")
    say("ratio_cpu", f"{builds['ratio_cpu']:.3f}", "full / floor in CPU time: steadier on a shared machine")
    say("peak_rss_mb", f"{builds['peak_rss_mb']:.0f}", f"full build; floor {builds['floor_peak_rss_mb']:.0f}")
    figures: dict[str, Any] = {key: value for key, value in builds.items() if key != "site"}
    figures.update(briefs=args.briefs, terms=args.terms, repeat=args.repeat, seed=args.seed)
    figures.update(project_figures(project))
    figures["parse_per_s"] = bench_parse(project, args.repeat)
    say("parse_per_s", f"{figures['parse_per_s']:.0f}", "seeds parsed per second")
    figures.update(library_figures(project, args.repeat))
    search = {} if args.no_search else search_figures(project.root, work, builds["site"], project)
    figures["first_search_bytes"] = search
    figures.update(preview_figures(project, work, figures["full_s"]))  # last: it edits the project's notes
    summary(figures)
    return figures


def run_preview_only(args: argparse.Namespace, project: SyntheticProject, work: Path) -> dict[str, Any]:
    """preview_s, and the full build (`--repeat` runs) it is compared with."""
    fulls = [timed_build(project.root, work / f"full-site-{run}").wall_s for run in range(args.repeat)]
    figures: dict[str, Any] = {"full_s": statistics.median(fulls), "full_runs_s": fulls}
    say("full_s", f"{figures['full_s']:.2f}", "median; runs " + _runs(fulls))
    figures.update(briefs=args.briefs, terms=args.terms, repeat=args.repeat, seed=args.seed)
    figures.update(project_figures(project))
    figures.update(preview_figures(project, work, figures["full_s"]))
    print(f"summary: N={args.briefs} M={args.terms} {project.corpus}: preview {figures['preview_s']:.2f} s "
          f"= {figures['preview_ratio']:.1%} of the full build's {figures['full_s']:.1f} s", flush=True)
    return figures


def run_pagefind_only(args: argparse.Namespace, project: SyntheticProject, work: Path) -> dict[str, Any]:
    """One whole build with Pagefind (the indexer's run included) and what a first search transfers.

    The figures that decide whether search scales: the build's peak memory (the process
    tree's, so Pagefind's indexer counts while MkDocs still holds its pages), the index's
    size on disk, and the bytes of a first search.
    """
    figures: dict[str, Any] = dict(briefs=args.briefs, terms=args.terms, seed=args.seed, **project_figures(project))
    run = build_run_with_backend(project.root, work, "pagefind")
    site = work / "site-pagefind"
    figures.update(full_pagefind_s=run.wall_s, full_pagefind_cpu_s=run.cpu_s, peak_rss_mb=run.peak_rss_mb)
    say("full_pagefind_cpu_s", f"{run.cpu_s:.2f}", "CPU seconds of the build process and its children")
    say("peak_rss_mb", f"{run.peak_rss_mb:.0f}", "the whole build with Pagefind (target <= 2048 at N=10,000)")
    bundle = site / "pagefind"
    index_files = [path for path in bundle.rglob("*") if path.is_file()]
    figures["pagefind_files"] = len(index_files)
    figures["pagefind_bytes"] = sum(path.stat().st_size for path in index_files)
    say("pagefind_bytes", figures["pagefind_bytes"], f"{len(index_files)} files")
    query = _typical_query(project)
    paths, method = first_search_files(site, "pagefind", query)
    figures["first_search_bytes"] = {"pagefind": {"bytes": sum(path.stat().st_size for path in paths),
                                                  "gzip_bytes": transfer_bytes(paths), "files": len(paths),
                                                  "query": query, "method": method}}
    first = figures["first_search_bytes"]["pagefind"]
    say("first_search_bytes_pagefind", first["bytes"], f"{first['bytes'] / 1024:.0f} KB, {first['files']} files, "
        f"query {query!r}, by {method} (target <= 500 KB at N=10,000)")
    print(f"summary: N={args.briefs} M={args.terms} {project.corpus}: Pagefind build {run.wall_s:.0f} s, "
          f"peak {run.peak_rss_mb:.0f} MB, first search {first['bytes'] / 1024:.0f} KB", flush=True)
    return figures


def preview_figures(project: SyntheticProject, work: Path, full_s: float) -> dict[str, Any]:
    figures = bench_preview(project, work)
    figures["preview_ratio"] = figures["preview_s"] / full_s
    say("preview_s", f"{figures['preview_s']:.2f}", f"median; runs {_runs(figures['preview_runs_s'])}; "
        f"{figures['preview_ratio']:.1%} of full_s (target <= 10% at N=300)")
    say("preview_start_s", f"{figures['preview_start_s']:.1f}", "mkdocs serve --dirty until it first answers")
    return figures


def project_figures(project: SyntheticProject) -> dict[str, Any]:
    """What the synthetic project is: its corpus's name and distinct words over all seeds."""
    return {"corpus": project.corpus, "distinct_words": project.distinct_words}


def library_figures(project: SyntheticProject, repeat: int) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    stages = bench_stages(project, repeat)
    figures["stage_per_s"] = stages
    for name, rate in stages.items():
        say(f"stage_{name}_per_s", f"{rate:.0f}", "briefs per second through the stage")
    figures["anchor_per_s"] = stages.get("notes")
    figures["timeline_stage_per_s"] = stages.get("timeline")
    cold, warm = bench_rebuild(project, repeat)
    figures.update(library_build_s=cold, rebuild_s=warm)
    say("library_build_s", f"{cold:.2f}", "the library's whole build in process, nothing cached")
    say("rebuild_s", f"{warm:.2f}", f"the same with the cache `mkdocs serve` keeps: {cold / warm:.1f}x faster")
    figures["write_site_s"] = bench_write_site(project, repeat)
    say("write_site_s", f"{figures['write_site_s']:.2f}",
        "wall: the hook's path, pages built in a forked child")
    matcher = bench_matcher(MATCHER_TERM_COUNTS)
    figures["matcher_mb_s"] = {str(count): rate for count, rate in matcher.items()}
    for count, rate in matcher.items():
        say(f"matcher_mb_s_{count}", f"{rate:.1f}")
    flat = matcher[MATCHER_TERM_COUNTS[-1]] / matcher[MATCHER_TERM_COUNTS[0]]
    figures["matcher_ratio"] = flat
    say("matcher_ratio", f"{flat:.2f}", f"{MATCHER_TERM_COUNTS[-1]} terms / {MATCHER_TERM_COUNTS[0]} terms")
    texts = [path.read_text(encoding="utf-8") for path in sorted((project.root / "seeds").glob("*.txt"))]
    figures["timeline_per_s"] = bench_timeline(texts, repeat)
    say("timeline_per_s", f"{figures['timeline_per_s']:.0f}")
    return figures


def _typical_query(synthetic: SyntheticProject) -> str:
    """A typical query: the first word of a glossary term the first brief mentions."""
    first_brief = (synthetic.root / "seeds" / f"{synthetic.slugs[0]}.txt").read_text(encoding="utf-8")
    return next((term.name.split()[0] for term in synthetic.terms if term.name in first_brief), "policy")


def search_figures(project: Path, work: Path, material_site: Path, synthetic: SyntheticProject) -> dict[str, Any]:
    query = _typical_query(synthetic)
    result: dict[str, Any] = {}
    for backend in ("material", "pagefind"):
        try:
            site = material_site if backend == "material" else build_with_backend(project, work, backend)
            paths, method = first_search_files(site, backend, query)
        except (RuntimeError, OSError, ValueError) as err:
            say(f"first_search_bytes_{backend}", f"not available ({str(err).splitlines()[0]})")
            continue
        size, gzipped = sum(path.stat().st_size for path in paths), transfer_bytes(paths)
        result[backend], result[f"{backend}_gzip"], result[f"{backend}_method"] = size, gzipped, method
        result[f"{backend}_files"] = [path.relative_to(site).as_posix() for path in paths]
        say(f"first_search_bytes_{backend}", size, f"{size / 1024:.0f} KB as stored, {len(paths)} files, "
            f"for the query {query!r}; found by {method}")
        say(f"first_search_gzip_bytes_{backend}", gzipped, f"{gzipped / 1024:.0f} KB with gzip for text files")
    return result


def summary(figures: dict[str, Any]) -> None:
    search = figures.get("first_search_bytes") or {}
    search_text = ", ".join(f"{name} {search[name] / 1024:.0f} KB ({search[name + '_gzip'] / 1024:.0f} KB gzip)"
                            for name in ("material", "pagefind") if name in search)
    print(
        f"summary: N={figures['briefs']} M={figures['terms']} {figures['corpus']} "
        f"({figures['distinct_words']} distinct words): full {figures['full_s']:.1f} s / floor "
        f"{figures['floor_s']:.1f} s = {figures['ratio']:.2f}x (CPU {figures['ratio_cpu']:.2f}x), "
        f"peak {figures['peak_rss_mb']:.0f} MB, "
        f"parse {figures['parse_per_s']:.0f}/s, first search {search_text or 'not measured'}, "
        f"preview {figures['preview_s']:.2f} s "
        f"(medians of {figures['repeat']} runs)",
        flush=True,
    )


def say(name: str, value: Any, note: str = "") -> None:
    print(f"{name} {value}" + (f"  # {note}" if note else ""), flush=True)


def _runs(values: list[float]) -> str:
    return ", ".join(f"{value:.2f}" for value in values)


if __name__ == "__main__":
    sys.exit(main())
