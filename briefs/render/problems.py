"""Problems shown on a previewed page: under `mkdocs serve` the build goes on despite errors,
and each problem shows in a Material admonition on the page of the file it is in."""

from __future__ import annotations

import re
from typing import Sequence

from briefs.errors import Problem
from briefs.render.escape import FRONT_MATTER, escape_attribute, escape_text
PROBLEM_BOX_LIMIT = 50  # problems listed in one box; the rest are counted


def render_problem_box(problems: Sequence[Problem], scope: str) -> str:
    """A Material "failure" admonition listing `problems` as `path:line`, message and fix.

    Shown only under `mkdocs serve`, where the build goes on despite errors so that a
    contributor sees what to fix on the page they are editing; every word is escaped.
    """
    errors = sum(problem.is_error for problem in problems)
    count = errors or len(problems)
    noun = ("problem" if errors else "warning") + ("" if count == 1 else "s")
    title = f"{count} {noun} {scope}" + (" to fix before the site can be published" if errors else "")
    lines = [f'!!! {"failure" if errors else "warning"} "{escape_attribute(title)}"', ""]
    for problem in problems[:PROBLEM_BOX_LIMIT]:
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        item = f"    - **{escape_text(where)}**: {escape_text(problem.message)}"
        if problem.hint:
            item += f" Fix: {escape_text(problem.hint)}"
        lines.append(item)
    if len(problems) > PROBLEM_BOX_LIMIT:
        lines.append(f"    - and {len(problems) - PROBLEM_BOX_LIMIT} more (run: python -m briefs check)")
    return "\n".join(lines) + "\n\n"


def with_problem_box(page: str, box: str) -> str:
    """`page` with `box` after its front matter and its first heading, if it has one."""
    front = FRONT_MATTER.match(page)
    head_end = front.end() if front else 0
    heading = re.compile(r"^# .*\n", re.M).search(page, head_end)
    # Only the page's own title heading, not one far down the page.
    at = heading.end() if heading and not page[head_end:heading.start()].strip() else head_end
    return page[:at] + "\n" + box + page[at:]
