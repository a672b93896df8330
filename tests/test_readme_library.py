"""The README's tree of the library names every module there is, and no module there is not.

A newcomer finds each stage from that tree alone, so it must not drift from the code.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tree_modules(readme: str) -> set[str]:
    """Module paths the README's "The library" tree names ("render/brief.py", "cli.py")."""
    section = readme.split("## The library", 1)[1].split("\n## ", 1)[0]
    block = section.split("```", 2)[1]
    found, folder = set(), ""
    for line in block.splitlines()[2:]:  # after the opening fence's line and "briefs/"
        indent = len(line) - len(line.lstrip())
        name_part = re.split(r"\s{2,}", line.strip(), maxsplit=1)[0]
        if name_part.endswith("/"):
            folder = name_part
            continue
        prefix = folder if indent > 2 else ""
        found.update(prefix + name.strip() for name in name_part.split(","))
    return found


def package_modules() -> set[str]:
    package = ROOT / "briefs"
    return {path.relative_to(package).as_posix() for path in package.rglob("*.py") if path.name != "__init__.py"}


def test_the_readme_tree_names_every_module_of_the_library():
    named = tree_modules((ROOT / "README.md").read_text(encoding="utf-8"))
    actual = package_modules()
    assert not actual - named, f"add to README's 'The library': {sorted(actual - named)}"
    assert not named - actual, f"remove from README's 'The library' (no such module): {sorted(named - actual)}"


def test_the_tree_reader_sees_a_missing_module(tmp_path):
    readme = "## The library\n\n```\nbriefs/\n  cli.py   the CLI\n  render/   pages\n    brief.py   a page\n```\n"
    assert tree_modules(readme) == {"cli.py", "render/brief.py"}
