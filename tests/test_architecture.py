"""Two rules of the package's layout, checked by reading `briefs/` with `ast` (nothing is imported).

**No import cycle.** Every import between modules of `briefs/` counts, wherever it stands:
at module level, under `if TYPE_CHECKING:` (a cycle there still ties the modules' designs
together and breaks the moment the annotation is needed at run time) and inside functions
(a deferred import hides a cycle rather than removing it). Counted forms: `import briefs.x`,
`from briefs.x import name`, `from briefs import x` and `from briefs.pkg import mod` (x, mod
a module), relative imports, `importlib.import_module("briefs.x")`; importing a package
counts as importing its `__init__.py`. A failure lists, for every import that lies on a
cycle, the shortest such cycle as `a -> b -> a`, with the `file:line` of each import of
the chain and whether it is module level, under TYPE_CHECKING or in a function.

**No module outside `briefs/render/` writes markup.** Every string literal and f-string
(checked whole, each `{...}` a placeholder) of every other module is searched for:

- an opening or closing tag of an HTML element (`<span`, `</mark>`; the element names of the
  HTML standard, `architecture.HTML_ELEMENTS`, so `<stdin>` or `<slug>` are no tags), a tag
  whose name is computed (`f"<{tag}>"`), an HTML comment, a character reference (`&nbsp;`,
  `&#93;`; named ones from the standard library's HTML5 table);
- Markdown a page renders: a link (`[label](target)`, or its `](` when built in pieces), an
  admonition (`!!! `, `??? ` at a line start), an attribute list (`{ #id }`, `{ .class }`),
  a heading (`## ` to `###### ` at a line start), a list item (`- `, `* `, `+ ` at a line
  start), strong emphasis (`**text**`).

Left out, because such text never reaches a page as markup:

- expression statements: docstrings (and any string no one uses);
- regular expressions: the pattern argument of `re.*` calls, values assigned to names ending
  in `RE`, `REGEX`, `PATTERN(S)`, and `(?P<name>` groups in fragments built elsewhere;
- text looked for rather than written: comparison operands (`"<html" in page`), arguments of
  the string methods that search (`startswith`, `find`, `split`...), the first argument of
  `.replace`. XPath and CSS selectors (`"//p"`, `"h2"`) hold no markup and pass anyway;
- text for a terminal or a log: `raise` statements, `print`, logging calls, argparse help,
  and `Problem(...)` (printed as `path:line: message`; a previewed page shows it escaped);
- a lone `# ` at a line start, which is also the comment marker of the YAML files the
  contribute commands write; a literal that is only a marker between spaces (`" - "`).

Anything else that is flagged belongs in `briefs/render/`. MARKUP_ALLOWED holds the true
exceptions, each with its reason; the test fails if one no longer matches, so it stays short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from architecture import (
    describe_cycle,
    find_cycles,
    find_markup,
    find_modules,
    import_edges,
    markup_constructs,
    strongly_connected_components,
)
from conftest import ROOT

PACKAGE = ROOT / "briefs"
RENDER_PACKAGE = "briefs.render"

# (module file relative to the repository, literal as written in the source): why it is no markup.
MARKUP_ALLOWED = {
    ("briefs/sources/saved_page.py", '"<html>"'):
        "the pseudo file name of a page parsed from a string (like `<stdin>`), used in Problems only",
}


def modules_outside_render() -> dict[str, Path]:
    return {name: path for name, path in find_modules(PACKAGE).items()
            if name != RENDER_PACKAGE and not name.startswith(RENDER_PACKAGE + ".")}


def markup_outside_render() -> list:
    return [literal for path in modules_outside_render().values() for literal in find_markup(path)]


def is_allowed(literal) -> bool:
    return (str(literal.path.relative_to(ROOT)), literal.literal) in MARKUP_ALLOWED


# ---------------------------------------------------------------------------------------
# The rules, on briefs/


def test_briefs_has_no_import_cycle():
    edges = import_edges(find_modules(PACKAGE))
    cycles = find_cycles(edges)
    if cycles:
        chains = "\n".join(describe_cycle(cycle, edges, ROOT) for cycle in cycles)
        pytest.fail(f"briefs/ imports in {len(cycles)} cycle(s); cut one import of each chain:\n{chains}",
                    pytrace=False)


def test_no_module_outside_render_writes_markup():
    offending = [literal for literal in markup_outside_render() if not is_allowed(literal)]
    if offending:
        listed = "\n".join(literal.describe(ROOT) for literal in offending)
        pytest.fail(f"{len(offending)} string literal(s) outside briefs/render/ write markup; move them into "
                    f"briefs/render/ (or, for a true exception, into MARKUP_ALLOWED with the reason):\n{listed}",
                    pytrace=False)


def test_every_allowed_markup_literal_is_still_there():
    found = {(str(literal.path.relative_to(ROOT)), literal.literal) for literal in markup_outside_render()}
    stale = sorted(set(MARKUP_ALLOWED) - found)
    assert not stale, f"MARKUP_ALLOWED entries that match nothing any more; remove them: {stale}"


# ---------------------------------------------------------------------------------------
# The cycle checker, on synthetic packages


def write_package(root: Path, files: dict[str, str]) -> Path:
    """Write `files` (path relative to `root`: source) and return the package folder `root/pkg`."""
    for relative, source in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return root / "pkg"


def cycles_of(package: Path) -> tuple[list, list]:
    edges = import_edges(find_modules(package))
    return find_cycles(edges), edges


def test_a_cycle_through_a_type_checking_import_is_found(tmp_path):
    package = write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/build.py": "from pkg.mentions import link_brief\n",
        "pkg/mentions.py": ("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                            "    from pkg.build import BuildContext\n"),
    })
    cycles, edges = cycles_of(package)
    assert cycles == [("pkg.build", "pkg.mentions")]
    assert describe_cycle(cycles[0], edges, tmp_path) == (
        "pkg.build -> pkg.mentions -> pkg.build\n"
        "    pkg.build -> pkg.mentions: pkg/build.py:1 (module level)\n"
        "    pkg.mentions -> pkg.build: pkg/mentions.py:4 (under TYPE_CHECKING)")


def test_a_cycle_through_an_import_inside_a_function_is_found(tmp_path):
    package = write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/pasted.py": "def parse_source(path):\n    from pkg.saved import parse_html\n    return parse_html(path)\n",
        "pkg/saved.py": "import pkg.pasted\n",
    })
    cycles, edges = cycles_of(package)
    assert cycles == [("pkg.pasted", "pkg.saved")]
    assert "pkg/pasted.py:2 (in function parse_source)" in describe_cycle(cycles[0], edges, tmp_path)


def test_a_package_without_cycles_passes(tmp_path):
    package = write_package(tmp_path, {
        "pkg/__init__.py": "from pkg.build import run\n",  # a package re-exporting its child is no cycle
        "pkg/model.py": "import dataclasses\n",
        "pkg/facts.py": "from pkg.model import Brief\nfrom typing import TYPE_CHECKING\n",
        "pkg/render.py": "from pkg.model import Brief\n\ndef page():\n    from pkg.facts import mentions\n",
        "pkg/build.py": "from pkg import facts, render\nfrom pkg.model import Brief\n",
    })
    cycles, edges = cycles_of(package)
    assert cycles == []
    assert len(edges) == 7  # all seen: the checker passes because there is no cycle, not because it saw nothing


def test_a_longer_cycle_is_written_as_one_chain_with_every_import(tmp_path):
    package = write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": "import pkg.b\n",
        "pkg/b.py": "\n\nfrom pkg.c import thing\n",
        "pkg/c.py": "def late():\n    import pkg.a\n\n\ndef later():\n    from pkg import a\n",
    })
    cycles, edges = cycles_of(package)
    assert [describe_cycle(cycle, edges, tmp_path) for cycle in cycles] == [
        "pkg.a -> pkg.b -> pkg.c -> pkg.a\n"
        "    pkg.a -> pkg.b: pkg/a.py:1 (module level)\n"
        "    pkg.b -> pkg.c: pkg/b.py:3 (module level)\n"
        "    pkg.c -> pkg.a: pkg/c.py:2 (in function late), pkg/c.py:6 (in function later)"]


def test_every_import_on_a_cycle_is_shown_once_per_shortest_cycle(tmp_path):
    # One component {a, b, c} holding two cycles; d only imports into it and is on none.
    package = write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": "import pkg.b\n",
        "pkg/b.py": "import pkg.a\nimport pkg.c\n",
        "pkg/c.py": "import pkg.b\n",
        "pkg/d.py": "import pkg.a\n",
    })
    cycles, _ = cycles_of(package)
    assert cycles == [("pkg.a", "pkg.b"), ("pkg.b", "pkg.c")]


IMPORT_FORMS = [
    ("import pkg.a", "pkg.a"),
    ("import pkg.a as alias", "pkg.a"),
    ("from pkg import a", "pkg.a"),
    ("from pkg.a import name", "pkg.a"),
    ("from . import a", "pkg.a"),
    ("from .a import name", "pkg.a"),
    ("import pkg.sub", "pkg.sub"),
    ("from pkg import sub", "pkg.sub"),
    ("from pkg.sub import name_in_init", "pkg.sub"),
    ("from pkg.sub import mod", "pkg.sub.mod"),
    ("from .sub.mod import name", "pkg.sub.mod"),
    ("import importlib\nimportlib.import_module('pkg.a')", "pkg.a"),
    ("import typing\nif typing.TYPE_CHECKING:\n    import pkg.a", "pkg.a"),
    ("class Later:\n    def method(self):\n        from pkg import a", "pkg.a"),
    ("import json\nfrom collections import deque", None),  # outside the package: no edge
]


@pytest.mark.parametrize(("statement", "imported"), IMPORT_FORMS, ids=[form for form, _ in IMPORT_FORMS])
def test_each_form_of_import_is_an_edge_to_the_module_it_loads(tmp_path, statement, imported):
    package = write_package(tmp_path, {
        "pkg/__init__.py": "", "pkg/a.py": "", "pkg/b.py": statement + "\n",
        "pkg/sub/__init__.py": "name_in_init = 1\n", "pkg/sub/mod.py": "",
    })
    edges = import_edges(find_modules(package))
    assert [edge.imported for edge in edges if edge.importer == "pkg.b"] == ([imported] if imported else [])


def test_relative_imports_resolve_from_a_subpackage_and_its_init(tmp_path):
    package = write_package(tmp_path, {
        "pkg/__init__.py": "", "pkg/a.py": "",
        "pkg/sub/__init__.py": "from .mod import name\n",
        "pkg/sub/mod.py": "from ..a import name\nfrom .. import a\n",
    })
    pairs = {(edge.importer, edge.imported) for edge in import_edges(find_modules(package))}
    assert pairs == {("pkg.sub", "pkg.sub.mod"), ("pkg.sub.mod", "pkg.a")}


def test_components_are_found_without_recursion_on_a_long_chain():
    # 5,000 modules in one ring: a recursive Tarjan would pass Python's recursion limit.
    size = 5000
    graph = {f"m{index:05}": {f"m{(index + 1) % size:05}"} for index in range(size)}
    graph["lone"] = {"m00000"}
    components = strongly_connected_components(graph)
    assert sorted(map(len, components)) == [1, size]


# ---------------------------------------------------------------------------------------
# The markup checker, on single statements

WRITES_MARKUP = [
    ('html = f\'<span class="x">{text}</span>\'', ("HTML element <span>", "HTML element </span>")),
    ('opening = "<mark"', ("HTML element <mark>",)),
    ('closing = "</MARK>"', ("HTML element </MARK>",)),
    ('tag = f"<{name} class=x>"', ("HTML element with a computed name",)),
    ('hidden = "<!-- generated -->"', ("HTML comment",)),
    ('space = "&nbsp;"', ("HTML entity &nbsp;",)),
    ('ref = f"&#{code};"', ("HTML entity &#{…};",)),
    ('bracket = "&#93;"', ("HTML entity &#93;",)),
    ('link = f"[{label}]({target})"', ("Markdown link",)),
    ('span_closing = f"]({target})"', ("Markdown link",)),
    ('box = f\'!!! note "{title}"\\n\'', ("Markdown admonition",)),
    ('box = "\\n???+ quote"', ("Markdown admonition",)),
    ('anchor = f" {{ #{anchor} }}"', ("Markdown attribute list",)),
    ('classes = "{ .annotate }"', ("Markdown attribute list",)),
    ('heading = f"## {title}\\n"', ("Markdown heading",)),
    ('heading = "\\n### Sources\\n"', ("Markdown heading",)),
    ('item = f"- {text}"', ("Markdown list item",)),
    ('lines.append(f"- {text}")', ("Markdown list item",)),  # a call statement is no docstring
    ('nested = f"    * {text}"', ("Markdown list item",)),
    ('strong = f"**{label}**"', ("Markdown emphasis",)),
    ('strong = "the **key** point"', ("Markdown emphasis",)),
    ('joined = "<br>".join(lines)', ("HTML element <br>",)),
    ('flat = text.replace("\\n", "<br>")', ("HTML element <br>",)),  # the replacement is written
    ('re.sub("x", "<b>", text)', ("HTML element <b>",)),  # so is a regex replacement
    ('row = f"- [{title}]({url})"', ("Markdown link", "Markdown list item")),
]

WRITES_NO_MARKUP = [
    'def f():\n    """Wrap the quote in `<mark>`, link it as [a](b), **bold**."""',
    '"""## A module docstring\n\n- with a list\n"""',
    'PATTERN = re.compile(r"<mark[^>]*>(.*?)</mark>")',
    'text = re.sub(r"</?p>", "", text)',
    're.findall(pattern=r"\\[(.*?)\\]\\((.*?)\\)", string=text)',
    '_TAG_RE = r"<span[^>]*>"',
    'CLUTTER_PATTERNS = ("<script", "**")',
    '_MONTH = r"(?P<time>\\d+) (?<=<)"',
    'fragment = f"(?P<{name}>{words})"',
    'selectors = ("h2", "//p", "blockquote", "article p", "div.caption")',
    'path = "<stdin>"',
    'slot = "annotations/<slug>.yml"',
    'if "<html" in page:\n    pass',
    'is_html = page.startswith(("<!doctype html", "<html"))',
    'flat = text.replace("<br>", " ")',
    'logger.debug("dropped <script> from %s", path)',
    'raise ValueError(f"no <title> in {path}")',
    'problem = Problem(path, 1, "write the note as **Markdown**", "e.g. [text](url)")',
    'parser.add_argument("--body", help="the note, in Markdown: **bold**, [link](url)")',
    'print(f"- {path}")',
    'SCHEMA_LINE = "# yaml-language-server: $schema=x.json"',
    'title = " - ".join(parts)',
    'files = root.glob("**/*.md")',
    'comparison = "a < b and c > d"',
    'query = "a=1&b=2; AT&T"',
    'template = "{0.name} {}"',
]


def markup_in(tmp_path: Path, source: str) -> list:
    module = tmp_path / "module.py"
    module.write_text(source + "\n", encoding="utf-8")
    return find_markup(module)


@pytest.mark.parametrize(("source", "constructs"), WRITES_MARKUP, ids=[source for source, _ in WRITES_MARKUP])
def test_a_literal_that_writes_markup_is_flagged(tmp_path, source, constructs):
    [literal] = markup_in(tmp_path, source)
    assert (literal.line, literal.constructs) == (1, constructs)


@pytest.mark.parametrize("source", WRITES_NO_MARKUP)
def test_a_literal_that_writes_no_markup_passes(tmp_path, source):
    assert markup_in(tmp_path, source) == []


def test_a_flag_names_the_file_the_line_and_the_literal_as_written(tmp_path):
    [literal] = markup_in(tmp_path, "import html\n\n\ndef opening(key):\n    return f'<mark id=\"quote-{key}\">'")
    assert literal.describe(tmp_path) == """module.py:5: f'<mark id="quote-{key}">'  [HTML element <mark>]"""


def test_an_f_string_is_checked_whole_not_piece_by_piece():
    # Each constant piece alone ("[", "](", ")") would hide the link only if never joined.
    assert markup_constructs("[\ufffc](\ufffc)") == ("Markdown link",)
    assert markup_constructs("\ufffc") == ()
