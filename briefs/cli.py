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

from briefs.add import AddRequest, add_brief, describe
from briefs.errors import BriefsError, Problem
from briefs.fileio import write_atomic
from briefs.parse import parse_source
from briefs.pipeline import build_site
from briefs.settings import Settings, settings_from_config_file


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
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
    parser.add_argument("--root", type=Path, default=Path("."), help="project folder holding mkdocs.yml (default: .)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _command(commands, "parse", cmd_parse, "parse one article and print its fields")
    commands.choices["parse"].add_argument("file", type=Path)
    commands.choices["parse"].add_argument("--json", action="store_true", help="print JSON")
    _command(commands, "add", cmd_add, "add an article (.txt or .html) as a new brief: seed plus annotation file")
    add = commands.choices["add"]
    add.add_argument("path", type=Path, help="the article, pasted text or a saved page")
    add.add_argument("--url", help="address of the original article")
    add.add_argument("--source", help="the outlet's name")
    add.add_argument("--title", help="the headline, when the file has none")
    add.add_argument("--slug", help="file name to use instead of YYYY-MM-DD-few-words from date and headline")
    _command(commands, "render", cmd_render, "write every generated page as Markdown")
    commands.choices["render"].add_argument("--out", type=Path, required=True, help="folder to write to")
    return parser


def _command(commands, name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> None:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)


def load_settings(root: Path) -> Settings:
    config_file = root / "mkdocs.yml"
    if config_file.exists():
        return settings_from_config_file(config_file)
    return Settings(root=root.resolve())


def cmd_parse(args: argparse.Namespace) -> int:
    article = parse_source(args.file, str(args.file))
    data = article.to_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for key, value in data.items():
        if key in ("paragraphs", "dropped"):
            print(f"{key}: {len(value)}")
        else:
            print(f"{key}: {value}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    settings = load_settings(args.root)
    request = AddRequest(args.path, url=args.url, source=args.source, title=args.title, slug=args.slug)
    try:
        result = add_brief(request, settings.seeds_path, settings.annotations_path, date.today())
    except BriefsError as err:
        _print_problems(err.problems)
        print("nothing was written", file=sys.stderr)
        return 1
    print("\n".join(describe(result, settings.root)))
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    site = build_site(load_settings(args.root))
    _print_problems(site.warnings)
    for src_uri, content in sorted(site.pages.items()):
        write_atomic(args.out / src_uri, content)
    print(f"wrote {len(site.pages)} pages to {args.out}")
    return 0


def _print_problems(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(problem.format(), file=sys.stderr)
