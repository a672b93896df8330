"""Read a package's source with `ast` and report its import cycles and the markup its modules write.

Nothing here imports the package it checks: a module with a cycle, or one that another
change has half-rewritten, can still be read, and the checks run in milliseconds. The
rules themselves (what counts as an import, what counts as markup, what is left out and
why) are stated in `tests/test_architecture.py`, which applies them to `briefs/`; this
module holds the machinery, so the tests can also run it on small synthetic packages.
"""

from __future__ import annotations

import ast
import html.entities
import re
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

# ---------------------------------------------------------------------------------------
# Modules and their imports


@dataclass(frozen=True, slots=True)
class ImportEdge:
    """One import statement of a module of the package naming another module of it."""

    importer: str  # dotted name of the module holding the statement
    imported: str  # dotted name of the module it loads; a package stands for its __init__.py
    path: Path  # the importer's file
    line: int  # line of the statement in that file
    where: str  # "module level", "under TYPE_CHECKING" or "in function <name>"


def find_modules(package_dir: Path) -> dict[str, Path]:
    """Every module of the package in `package_dir`, by dotted name (`pkg.sub.mod`, `pkg.sub` for its __init__)."""
    root = package_dir.parent
    modules = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def import_edges(modules: dict[str, Path]) -> list[ImportEdge]:
    """Every import between the `modules`, wherever the statement stands.

    Counted: `import a.b`, `from a.b import c` (c a module, else a.b), `from . import c` and
    other relative forms, and `importlib.import_module("a.b")` with a literal name; at
    module level, under `if TYPE_CHECKING:` and inside functions and classes. Left out: a
    module naming itself, and parent packages Python initialises on the way (`import a.b.c`
    runs `a/b/__init__.py` too): counting those would make every package whose
    __init__.py re-exports a child a cycle with that child, although Python always
    finishes the parent first.
    """
    edges = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node, where in _walk_with_context(tree, "module level"):
            for imported in dict.fromkeys(_imported_modules(node, name, path, modules)):  # one edge per statement
                if imported != name:
                    edges.append(ImportEdge(name, imported, path, node.lineno, where))
    return edges


def _walk_with_context(node: ast.AST, where: str) -> Iterator[tuple[ast.AST, str]]:
    """Each node below `node` with the place it runs from: module level, TYPE_CHECKING or a function."""
    for child in ast.iter_child_nodes(node):
        yield child, where
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inner = f"in function {getattr(child, 'name', '<lambda>')}"
            yield from _walk_with_context(child, inner)
        elif isinstance(child, ast.If) and _is_type_checking(child.test) and where == "module level":
            for statement in child.body:
                yield statement, "under TYPE_CHECKING"
                yield from _walk_with_context(statement, "under TYPE_CHECKING")
            for statement in child.orelse:  # the else branch runs
                yield statement, where
                yield from _walk_with_context(statement, where)
        else:
            yield from _walk_with_context(child, where)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imported_modules(node: ast.AST, importer: str, path: Path, modules: dict[str, Path]) -> list[str]:
    """The modules of `modules` that the statement or call `node` of module `importer` loads."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name in modules]
    if isinstance(node, ast.ImportFrom):
        base = _absolute_base(node, importer, path)
        found = []
        for alias in node.names:
            child = f"{base}.{alias.name}"
            if child in modules:  # `from pkg import mod` loads the module
                found.append(child)
            elif base in modules:  # `from mod import name` loads mod; `from pkg import name`, pkg/__init__.py
                found.append(base)
        return found
    if _is_import_module_call(node):
        name = node.args[0].value
        return [name] if name in modules else []
    return []


def _absolute_base(node: ast.ImportFrom, importer: str, path: Path) -> str:
    """The absolute dotted name `from <base> import ...` reads, resolving dots against `importer`."""
    if not node.level:
        return node.module or ""
    package = importer if path.name == "__init__.py" else importer.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _is_import_module_call(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)):
        return False
    function = node.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    return name == "import_module" and isinstance(node.args[0].value, str)


# ---------------------------------------------------------------------------------------
# Cycles


def strongly_connected_components(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of `graph`, iteratively (no recursion limit).

    Returns:
        Each component's nodes, sorted; components in the order Tarjan closes them.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            successor = next(successors, None)
            if successor is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    components.append(_pop_component(node, stack, on_stack))
            elif successor not in index:
                index[successor] = low[successor] = len(index)
                stack.append(successor)
                on_stack.add(successor)
                work.append((successor, iter(sorted(graph.get(successor, ())))))
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
    return components


def _pop_component(root: str, stack: list[str], on_stack: set[str]) -> list[str]:
    component = []
    while True:
        node = stack.pop()
        on_stack.discard(node)
        component.append(node)
        if node == root:
            return sorted(component)


def find_cycles(edges: Iterable[ImportEdge]) -> list[tuple[str, ...]]:
    """Import cycles covering every import that lies on one.

    Every import between two modules of one strongly connected component lies on some
    cycle, and a maintainer must cut at least one import of each: so the result holds, for
    each such import, the shortest cycle through it (duplicates merged). That stays small
    where listing every elementary cycle would not.

    Returns:
        Each cycle as its modules in order, starting at its alphabetically first module,
        without repeating it at the end.
    """
    graph: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        graph[edge.importer].add(edge.imported)
    cycles = set()
    for component in strongly_connected_components(graph):
        members = set(component)
        for importer in component:
            for imported in sorted(graph[importer] & members):
                path_back = _shortest_path(graph, imported, importer, members)
                cycles.add(_rotate_to_first([importer, *path_back[:-1]]))
    return sorted(cycles, key=lambda cycle: (len(cycle), cycle))


def _shortest_path(graph: dict[str, set[str]], start: str, goal: str, allowed: set[str]) -> list[str]:
    """Breadth-first path from `start` to `goal` through `allowed` nodes (both ends included)."""
    came_from = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            break
        for successor in sorted(graph[node] & allowed):
            if successor not in came_from:
                came_from[successor] = node
                queue.append(successor)
    path = [goal]
    while path[-1] != start:
        path.append(came_from[path[-1]])
    return path[::-1]


def _rotate_to_first(cycle: list[str]) -> tuple[str, ...]:
    first = cycle.index(min(cycle))
    return tuple(cycle[first:] + cycle[:first])


def describe_cycle(cycle: tuple[str, ...], edges: Iterable[ImportEdge], root: Path) -> str:
    """`a -> b -> a`, then each import of the chain as `path:line (where)`, paths relative to `root`."""
    by_pair = defaultdict(list)
    for edge in edges:
        by_pair[edge.importer, edge.imported].append(edge)
    chain = [*cycle, cycle[0]]
    lines = [" -> ".join(chain)]
    for importer, imported in zip(chain, chain[1:]):
        places = ", ".join(f"{edge.path.relative_to(root)}:{edge.line} ({edge.where})"
                           for edge in by_pair[importer, imported])
        lines.append(f"    {importer} -> {imported}: {places}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Markup in string literals

# The elements of the WHATWG HTML Living Standard (section 4, "The elements of HTML"),
# plus `svg` and `math`, which HTML embeds. A `<word` whose word is not here (`<stdin>`,
# `<lambda>`, `<unknown>`) is not taken for markup.
HTML_ELEMENTS = frozenset("""
    a abbr address area article aside audio b base bdi bdo blockquote body br button canvas
    caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i
    iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript
    object ol optgroup option output p picture pre progress q rp rt ruby s samp script search
    section select slot small source span strong style sub summary sup table tbody td template
    textarea tfoot th thead time title tr track u ul var video wbr svg math
""".split())
# Named character references as HTML5 defines them (`amp;`, `nbsp;`, ...), from the standard library.
HTML_ENTITIES = frozenset(name[:-1] for name in html.entities.html5 if name.endswith(";"))

# Stands for each `{...}` of an f-string, so a construct split by one (`f"<a href='{url}'>"`,
# `f"[{label}]({target})"`) is still seen whole. A character no literal in the package holds.
HOLE = "\ufffc"

# `<` after `(?P` or `(?` opens a regular expression's named group or lookbehind (`(?P<label>`),
# which pattern fragments built outside `re.compile` hold; no markup.
_TAG = re.compile(rf"(?<!\?P)(?<!\(\?)<(/?)([A-Za-z][A-Za-z0-9]*)(?=[\s/>{HOLE}]|\Z)")
_COMPUTED_TAG = re.compile(rf"(?<!\?P)(?<!\(\?)</?{HOLE}(?=[\s/>])")  # f"<{tag}>"
_COMMENT = re.compile(r"<!--")
_ENTITY = re.compile(rf"&(#[0-9]+|#[xX][0-9A-Fa-f]+|#{HOLE}|[A-Za-z][A-Za-z0-9]*);")
_MARKDOWN = (
    # `[label](target)`, also when written in pieces: the `](` joins label and target.
    ("Markdown link", re.compile(r"\]\(")),
    # `!!! note`, `??? note`, `???+ note` at the start of a line.
    ("Markdown admonition", re.compile(r"(?m)^[ \t]*(?:!!!|\?\?\?\+?)(?=[ \t]|$)")),
    # `{ #id }`, `{ .class }`, `{: .class }`, `{#id}`.
    ("Markdown attribute list", re.compile(rf"\{{:?[ \t]*[#.][A-Za-z_{HOLE}][^{{}}\n]*\}}")),
    # `## Heading` to `###### Heading` at the start of a line. A lone `# ` is left out: it is
    # also the comment marker of YAML, which the contribute commands write for contributors.
    ("Markdown heading", re.compile(r"(?m)^[ \t]*#{2,6}[ \t]")),
    # `- item`, `* item`, `+ item` at the start of a line, indented or not (see _SEPARATOR).
    ("Markdown list item", re.compile(r"(?m)^[ \t]*[-*+][ \t]")),
    # `**strong**`; `**` followed by `/` is a glob (`**/*.md`), not emphasis.
    ("Markdown emphasis", re.compile(rf"\*\*[^\s*/][^\n]*?\*\*|\*\*{HOLE}")),
)


# A literal that is only a marker between spaces (`" - "`, `" * "`) joins words; no list item.
_SEPARATOR = re.compile(r"[ \t]+[-*+][ \t]+")


@dataclass(frozen=True, slots=True)
class MarkupLiteral:
    """A string literal (or f-string) that writes markup."""

    path: Path  # the module's file
    line: int  # line where the literal starts
    literal: str  # the literal as written in the source
    constructs: tuple[str, ...]  # what it writes, e.g. "HTML element <span>", "Markdown link"

    def describe(self, root: Path) -> str:
        return f"{self.path.relative_to(root)}:{self.line}: {self.literal}  [{', '.join(self.constructs)}]"


def markup_constructs(text: str) -> tuple[str, ...]:
    """The HTML and Markdown constructs the text `text` writes (HOLE for each f-string value)."""
    found = []
    for match in _TAG.finditer(text):
        if match.group(2).lower() in HTML_ELEMENTS:
            found.append(f"HTML element <{match.group(1)}{match.group(2)}>")
    if _COMPUTED_TAG.search(text):
        found.append("HTML element with a computed name")
    if _COMMENT.search(text):
        found.append("HTML comment")
    for match in _ENTITY.finditer(text):
        name = match.group(1)
        if name.startswith("#") or name in HTML_ENTITIES:
            found.append(f"HTML entity &{name.replace(HOLE, '{…}')};")
    found.extend(name for name, pattern in _MARKDOWN if pattern.search(text))
    if _SEPARATOR.fullmatch(text) and "Markdown list item" in found:
        found.remove("Markdown list item")
    return tuple(dict.fromkeys(found))


# Calls of the `re` module whose first argument (or `pattern=`) is a regular expression.
RE_FUNCTIONS = frozenset({"compile", "search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn"})
# An assignment to a name ending so holds regular expressions (`_TAG_RE`, `CLUTTER_PATTERNS`).
PATTERN_NAME = re.compile(r"(?i)(?:^|_)(?:re|regex|regexes|pattern|patterns)$")
# Calls whose text goes to a terminal or a log, never to a page (matched on the called name).
TERMINAL_CALLS = frozenset({
    "print", "debug", "info", "warning", "warn", "error", "exception", "critical", "log",  # print, logging
    "add_argument", "add_parser", "ArgumentParser", "add_argument_group", "add_subparsers",  # argparse
    "Problem",  # a contributor's mistake: printed as path:line: message, or escaped onto a previewed page
})
# String methods that look for their arguments in a text (`.replace` only for its first).
READING_METHODS = frozenset({
    "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "split", "rsplit",
    "partition", "rpartition", "removeprefix", "removesuffix", "strip", "lstrip", "rstrip",
})


def find_markup(path: Path) -> list[MarkupLiteral]:
    """The string literals of the module at `path` that write markup, outside the exempt places.

    Exempt (see tests/test_architecture.py for why): expression statements (docstrings),
    regular expressions, the arguments of TERMINAL_CALLS, `raise` statements, and text
    looked for rather than written (comparisons, READING_METHODS, the first argument of
    `.replace`).
    """
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    exempt = _exempt_node_ids(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in exempt or not _is_text_literal(node):
            continue
        constructs = markup_constructs(_literal_text(node))
        if constructs:
            found.append(MarkupLiteral(path, node.lineno, _shorten(ast.get_source_segment(source, node)), constructs))
    return sorted(found, key=lambda literal: literal.line)


def _is_text_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _literal_text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        return node.value
    return "".join(part.value if isinstance(part, ast.Constant) else HOLE for part in node.values)


def _exempt_node_ids(tree: ast.AST) -> set[int]:
    """Ids of every node inside an exempt place, and of the pieces of each f-string (checked whole)."""
    exempt = set()
    for node in ast.walk(tree):
        for root in _exempt_roots(node):
            exempt.update(id(inner) for inner in ast.walk(root))
        if isinstance(node, ast.JoinedStr):
            exempt.update(id(inner) for inner in ast.walk(node) if inner is not node)
    return exempt


def _exempt_roots(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.Expr) and _is_text_literal(node.value):  # a docstring, or a string no one uses
        return [node.value]
    if isinstance(node, ast.Raise):
        return [node]
    if isinstance(node, (ast.Assign, ast.AnnAssign)) and any(map(_is_pattern_name, _target_names(node))):
        return [node.value] if node.value else []
    if isinstance(node, ast.Compare):  # `"<html" in page`: markup looked for, not written
        return [node.left, *node.comparators]
    if isinstance(node, ast.Call):
        return _exempt_arguments(node)
    return []


def _target_names(node: ast.Assign | ast.AnnAssign) -> list[str]:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    return [target.id if isinstance(target, ast.Name) else getattr(target, "attr", "") for target in targets]


def _is_pattern_name(name: str) -> bool:
    return bool(PATTERN_NAME.search(name))


def _exempt_arguments(call: ast.Call) -> list[ast.AST]:
    function = call.func
    called = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    if called in TERMINAL_CALLS or (called in READING_METHODS and isinstance(function, ast.Attribute)):
        return [*call.args, *(keyword.value for keyword in call.keywords)]
    if called == "replace" and isinstance(function, ast.Attribute):
        return call.args[:1]
    if _is_re_call(function, called):
        pattern_keywords = [keyword.value for keyword in call.keywords if keyword.arg == "pattern"]
        return [*call.args[:1], *pattern_keywords]
    return []


def _is_re_call(function: ast.expr, called: str) -> bool:
    return (called in RE_FUNCTIONS and isinstance(function, ast.Attribute)
            and isinstance(function.value, ast.Name) and function.value.id in {"re", "regex"})


def _shorten(literal: str, limit: int = 160) -> str:
    flat = " ".join(literal.split("\n"))
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"
