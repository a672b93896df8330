"""Problems found in contributed files, and the small exception family that carries them.

Pure functions return "not found" as a value; the caller that knows the file turns it into
a `Problem`. Commands collect every problem, print them as `path:line: message` and fail
once, so a contributor sees all mistakes in one run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, slots=True)
class Problem:
    """One mistake in one file."""

    path: str  # file the problem is in, relative to the project root where possible
    line: int | None  # 1-based line number, None when the problem concerns the whole file
    message: str  # what is wrong, in one sentence
    hint: str | None = None  # how to fix it, or the closest text that does exist
    severity: str = "error"  # "error" fails the check; "warning" is printed only

    def format(self) -> str:
        """Render as `path:line: message (hint)`, the form editors and CI annotate."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message}" if self.severity != "error" else f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class BriefsError(Exception):
    """Base of every error the project raises on purpose; carries its problems."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(problem.format() for problem in self.problems))


class SourceError(BriefsError):
    """A seed cannot be read: missing, empty, binary or in an undetectable encoding."""


class ContributionError(BriefsError):
    """An annotation or glossary file is malformed or does not fit the article."""


def fail_on_errors(problems: Iterable[Problem], error_type: type[BriefsError] = BriefsError) -> list[Problem]:
    """Raise `error_type` when any problem is an error; return the warnings otherwise."""
    collected = list(problems)
    if any(problem.is_error for problem in collected):
        raise error_type(collected)
    return collected
