"""The command line: `python -m briefs COMMAND`.

Each command is a thin function over the library. Errors a user can fix come back as
`path:line: message` on stderr with exit status 1; a traceback means a bug in briefs.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from briefs.contribute.add import STATED_FIELDS, AddRequest, add_brief, describe
from briefs.content.annotations import load_annotation
from briefs.contribute.candidates import find_candidates
from briefs.errors import BriefsError, Problem, fail_on_errors
from briefs.contribute.export import export_w3c
from briefs.fileio import write_atomic
from briefs.content.glossary import load_glossary
from briefs.facts.mentions import Matcher, check_pins, find_mentions
from briefs.sources.read import parse_source
from briefs.build import BuildCache, build_site, load_briefs
from briefs.contribute.schema import stale_schemas, write_schemas
from briefs.settings import OPTIONS, Settings, options_markdown, settings_from_config_file
from briefs.site_pages import documentation_pages, hand_written_files, page_clashes
from briefs.contribute.stale import DEFAULT_MONTHS, find_stale, summarise
from briefs.facts.timeline import events_to_json, resolve_dates
from briefs.contribute.quotefix import describe_edit, fix_project_quotes
from briefs.contribute.replace import describe_replacement, replace_seed
from briefs.contribute.check import build_checks, check_files, check_project


# Commands that read one article file and need no project around it.
STANDALONE_COMMANDS = frozenset({"parse", "timeline", "options"})


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.root is None:
        args.root = find_project_root(Path.cwd())
        if args.root is None and args.command not in STANDALONE_COMMANDS:
            print(f"python -m briefs {args.command}: no mkdocs.yml found in {Path.cwd()} or above; "
                  "run from the project or pass --root", file=sys.stderr)
            return 1
        args.root = args.root or Path.cwd()
    try:
        return args.handler(args)
    except BriefsError as err:
        _print_problems(err.problems)
        return 1
    except OSError as err:
        print(f"{err.filename or 'briefs'}: {err.strerror or err}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m briefs", description="Build annotated news briefs.")
    parser.add_argument("--root", type=Path, default=None,
                        help="project folder holding mkdocs.yml (default: the nearest folder at or above this one that has it)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _command(commands, "parse", cmd_parse, "parse one article and print its fields")
    commands.choices["parse"].add_argument("file", type=Path)
    commands.choices["parse"].add_argument("--json", action="store_true", help="print JSON")
    _command(commands, "add", cmd_add, "add an article (.txt or .html) as a new brief: seed plus annotation file")
    add = commands.choices["add"]
    add.add_argument("path", type=Path, help="the article, pasted text or a saved page")
    add.add_argument("--url", help="address of the original article")
    add.add_argument("--source", help="the outlet's name")
    add.add_argument("--title", help="the headline, when the file has none or the parser was unsure (front matter)")
    add.add_argument("--published", metavar="DATE",
                     help="the publication date, YYYY-MM-DD or YYYY-MM-DDTHH:MM+09:00 (front matter)")
    add.add_argument("--byline", help="the authors as printed, without 'By' (front matter)")
    add.add_argument("--section", help="the outlet's section (front matter)")
    add.add_argument("--caption", help="the photo caption (front matter)")
    add.add_argument("--slug", help="file name to use instead of YYYY-MM-DD-few-words from date and headline")
    add.add_argument("--replace", metavar="SLUG",
                     help="replace this brief's seed with the outlet's corrected text, re-anchoring every note")
    add.add_argument("--keep-lost", action="store_true",
                     help="with --replace: replace even if a note's quote is gone (the check then reports it)")
    add.add_argument("--without-history", action="store_true",
                     help="with --replace: allow replacing a seed that git has not committed unchanged")
    _command(commands, "render", cmd_render, "write every generated page as Markdown")
    commands.choices["render"].add_argument("--out", type=Path, required=True, help="folder to write to")
    _command(commands, "terms", cmd_terms, "list the glossary terms an article mentions, and names no entry covers")
    commands.choices["terms"].add_argument("file", type=Path)
    commands.choices["terms"].add_argument("--json", action="store_true", help="print JSON")
    _command(commands, "schema", cmd_schema, "write schemas/*.schema.json from the code that checks the files")
    commands.choices["schema"].add_argument("--check", action="store_true", help="only check that the committed schemas are current")
    commands.choices["schema"].add_argument("--write", action="store_true", help="write them (the default)")
    _command(commands, "timeline", cmd_timeline, "list the dates in one article, resolved against its publication time")
    commands.choices["timeline"].add_argument("file", type=Path)
    commands.choices["timeline"].add_argument("--json", action="store_true", help="print JSON")
    _command(commands, "check", cmd_check, "check every seed, annotation and glossary file (or the FILEs given); exit 1 on any error")
    commands.choices["check"].add_argument("files", type=Path, nargs="*", metavar="FILE",
                                           help="check only these files, and the rules across files they touch")
    commands.choices["check"].add_argument("--fix", action="store_true",
                                           help="first rewrite quotes that no longer match their seed, as the check suggests")
    _command(commands, "stale", cmd_stale, "list glossary entries whose facts were last checked (as_of) too long ago")
    commands.choices["stale"].add_argument("--months", type=int, default=DEFAULT_MONTHS,
                                           help=f"list entries checked more than this many months ago (default: {DEFAULT_MONTHS})")
    commands.choices["stale"].add_argument("--json", action="store_true", help="print JSON")
    _command(commands, "options", cmd_options, "list the options of mkdocs.yml: default, allowed values, meaning")
    commands.choices["options"].add_argument("--markdown", action="store_true",
                                             help="print the README's tables in Markdown")
    _command(commands, "export", cmd_export, "export every note in a standard format")
    commands.choices["export"].add_argument("--format", choices=("w3c",), default="w3c",
                                            help="w3c: W3C Web Annotation JSON-LD, one file per note")
    commands.choices["export"].add_argument("--base-url", help="site address for annotation ids (default: urn:uuid)")
    commands.choices["export"].add_argument("out", type=Path, help="folder to write to")
    return parser


def _command(commands, name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> None:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)


def find_project_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` holding mkdocs.yml, or None."""
    for folder in (start.resolve(), *start.resolve().parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    return None


def load_settings(root: Path) -> Settings:
    config_file = root / "mkdocs.yml"
    if config_file.exists():
        return settings_from_config_file(config_file)
    return Settings(root=root.resolve())


def cmd_parse(args: argparse.Namespace) -> int:
    article = parse_source(args.file, str(args.file))
    data = article.to_json()
    from briefs.sources.byline import split_authors  # only this command lists the authors one by one

    data["authors"] = split_authors(article.byline)  # the byline as a list, one name each
    data["blocks"] = [block.to_json() for block in article.blocks]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for key, value in data.items():
        if key in ("paragraphs", "dropped", "blocks"):
            print(f"{key}: {len(value)}")
        else:
            print(f"{key}: {value}")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    article = parse_source(args.file, str(args.file))
    events = events_to_json(article, resolve_dates(article))
    if args.json:
        print(json.dumps(events, ensure_ascii=False, indent=2))
        return 0
    if article.published is None:
        print(f"{args.file}: no publication time; only absolute dates are resolved", file=sys.stderr)
    width = max((len(event["expression"]) for event in events), default=10)
    for event in events:
        precision = event["precision"] + (f" ({event['part']})" if "part" in event else "")
        print(f"{event['date']:<10}  {precision:<20}  {event['expression']:<{width}}  {_excerpt(event['sentence'])}")
    print(f"{len(events)} dates")
    return 0


def _excerpt(sentence: str, limit: int = 70) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def cmd_add(args: argparse.Namespace) -> int:
    settings = load_settings(args.root)
    stated = [f"--{key}" for key in STATED_FIELDS if getattr(args, key) is not None]
    if args.replace and stated:
        raise BriefsError([Problem(str(args.path), None, f"{stated[0]} cannot be used with --replace",
                                   "state it in a front matter block at the top of the corrected file")])
    if args.replace:
        return _replace(args, settings)
    request = AddRequest(args.path, url=args.url, source=args.source, title=args.title, slug=args.slug,
                         published=args.published, byline=args.byline, section=args.section, caption=args.caption)
    glossary, _ = load_glossary(settings)  # the check reports glossary mistakes; here they only cost proposals

    def propose(article) -> list[str]:
        return [candidate.text for candidate in find_candidates(article, glossary)]

    return _write_or_refuse(lambda: describe(add_brief(request, settings.seeds_path, settings.annotations_path,
                                                       date.today(), propose), settings.root))


def _replace(args: argparse.Namespace, settings: Settings) -> int:
    return _write_or_refuse(lambda: describe_replacement(
        replace_seed(settings, args.replace, args.path, args.keep_lost, args.without_history), settings.root))


def _write_or_refuse(write: Callable[[], list[str]]) -> int:
    """Run a command that writes contributed files; on a refusal, say that nothing was written."""
    try:
        report = write()
    except BriefsError as err:
        _print_problems(err.problems)
        print("nothing was written", file=sys.stderr)
        return 1
    print("\n".join(report))
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    settings = load_settings(args.root)
    hand_written = hand_written_files(settings)
    site = build_site(settings, existing_pages=documentation_pages(hand_written), found=build_checks(settings))
    fail_on_errors([*site.warnings, *page_clashes(site.pages, hand_written, settings)])
    _print_problems(site.warnings)
    for src_uri, content in sorted(site.pages.items()):
        write_atomic(args.out / src_uri, content)
    print(f"wrote {len(site.pages)} pages to {args.out}")
    return 0


def cmd_terms(args: argparse.Namespace) -> int:
    settings = load_settings(args.root)
    glossary, problems = load_glossary(settings)
    fail_on_errors(problems)
    _print_problems(problems)
    article = parse_source(args.file, str(args.file))
    matcher = Matcher(glossary)
    annotation_file = settings.annotations_path / f"{args.file.stem}.yml"
    pins: dict[str, str] = {}
    if annotation_file.exists():
        annotation, _ = load_annotation(annotation_file, settings.relative(annotation_file))
        pins, pin_problems = check_pins(annotation, matcher, settings.root)
        _print_problems(pin_problems)
    data = terms_report(article, matcher, pins)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for mention in data["mentions"]:
        mark = "*" if mention["linked"] else " "
        print(f"{mark} {mention['start']:>6}-{mention['end']:<6} {mention['term']:<40} {mention['text']}")
    print(f"candidates ({len(data['candidates'])}): " + "; ".join(f"{item['text']} ×{item['count']}" for item in data["candidates"]))
    return 0


def terms_report(article, matcher: Matcher, pins: dict[str, str]) -> dict:
    """Mentions (offsets into `Article.text`) and candidates, as `terms --json` prints them."""
    offsets = article.paragraph_starts()
    mentions = [
        {"term": item.term, "text": item.text, "start": offsets[item.paragraph] + item.start,
         "end": offsets[item.paragraph] + item.end, "linked": item.linked}
        for item in find_mentions(matcher, article.paragraphs, pins)
    ]
    candidates = [item.to_json() for item in find_candidates(article, matcher.glossary, matcher)]
    return {"mentions": mentions, "candidates": candidates}


def cmd_schema(args: argparse.Namespace) -> int:
    root = args.root.resolve()  # the project's, found by `main`: never a folder outside it
    if args.check:
        fail_on_errors(stale_schemas(root))
        print("schemas are up to date")
        return 0
    for path in write_schemas(root):
        print(f"wrote {path.relative_to(root).as_posix()}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    settings = load_settings(args.root)
    files = [file if file.is_absolute() else Path.cwd() / file for file in args.files]
    if args.fix:
        slugs = frozenset(file.stem for file in files) if files else None
        for path, edit in fix_project_quotes(settings, slugs):
            print(describe_edit(path, edit))
    problems = check_files(settings, files) if files else check_project(settings)
    _print_problems(problems)
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    print(f"check: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def cmd_stale(args: argparse.Namespace) -> int:
    if args.months < 0:
        print(f"stale: --months must be 0 or more, not {args.months}", file=sys.stderr)
        return 2
    report = find_stale(load_settings(args.root), date.today(), args.months)
    if args.json:
        print(json.dumps([entry.to_json() for entry in report.entries], ensure_ascii=False, indent=2))
        return 0
    for entry in report.entries:
        print(entry.describe())
    print(summarise(report))
    return 0


def cmd_options(args: argparse.Namespace) -> int:
    if args.markdown:
        print(options_markdown(), end="")
        return 0
    width = max(len(item.key) for item in OPTIONS)
    for item in OPTIONS:
        print(f"{item.key:<{width}}  default {item.default!r}; {item.allowed()}")
        print(f"{'':<{width}}  {item.description}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    settings = load_settings(args.root)
    problems: list = []
    briefs = load_briefs(settings, BuildCache(), problems)
    written, more = export_w3c(briefs, args.out, settings.root, args.base_url, settings.notes_threshold)
    problems += more
    _print_problems(problems)
    print(f"wrote {len(written)} annotations to {args.out}")
    return 1 if any(problem.is_error for problem in problems) else 0


def _print_problems(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(problem.format(), file=sys.stderr)
