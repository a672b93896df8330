"""Which glossary entries are due for another check of their facts: `python -m briefs stale`.

`as_of` is the day an entry's facts were last checked against its sources (docs/editorial.md).
People change posts and policies move on, so an entry checked long ago may no longer be true.
This module lists the entries checked more than N months ago, oldest first, and before them
the entries of a kind that goes stale (`briefs.content.glossary.STALE_KINDS`) with no `as_of` at all.
It is a report, not a check: nothing here fails a build.

Months are calendar months: an entry checked on 31 August is six months old on the last day
of February, as a reader counting on a calendar would say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from briefs.content.glossary import STALE_KINDS, Term, load_glossary
from briefs.settings import Settings
from briefs.content.yamlfile import load_yaml

DEFAULT_MONTHS = 6


@dataclass(frozen=True, slots=True)
class StaleEntry:
    """A glossary entry due for another check."""

    path: str  # the term file, relative to the project root
    line: int | None  # line of `as_of`, or of `kind` when `as_of` is missing
    slug: str  # file name without .yml
    term: str  # the entry's display name
    kind: str  # one of briefs.content.glossary.KINDS
    as_of: str | None  # ISO date of the last check; None: never checked
    months: int | None  # whole calendar months from `as_of` to today; None when never checked

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "slug": self.slug, "term": self.term, "kind": self.kind,
                "as_of": self.as_of, "months": self.months}

    def describe(self) -> str:
        """One line, `path:line: <term> checked <as_of> (<k> months ago)`, as editors jump to it."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        if self.as_of is None:
            article = "an" if self.kind[:1] in "aeiou" else "a"
            return f"{where}: {self.term} has no as_of ({article} {self.kind} entry goes stale)"
        unit = "month" if self.months == 1 else "months"
        return f"{where}: {self.term} checked {self.as_of} ({self.months} {unit} ago)"


@dataclass(frozen=True, slots=True)
class StaleReport:
    """The entries due for a check, and what the report looked at."""

    entries: tuple[StaleEntry, ...]  # never-checked entries first, then oldest `as_of` first
    looked_at: int  # glossary entries read
    skipped: int  # glossary files left out because their mistakes keep them from loading
    today: date  # the day the ages are counted to
    months: int  # entries checked more than this many months ago are listed


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier, or that month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, _days_in_month(year, month)))


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from `earlier` to `later` (negative when `earlier` is later)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    # A month counts once `later` has reached `earlier`'s day, or the month's last day.
    if months > 0 and later < _add_months(earlier, months):
        months -= 1
    elif months < 0 and later > _add_months(earlier, months):
        months += 1
    return months


def _add_months(day: date, months: int) -> date:
    return months_before(day, -months)


def select_stale(terms: Iterable[Term], today: date, months: int) -> list[tuple[Term, int | None]]:
    """Terms checked before `months` months ago (with their age), and stale kinds with no `as_of`.

    Args:
        terms: the glossary's entries.
        today: the day ages are counted to (a parameter so that results do not depend on the clock).
        months: how many months an entry may go unchecked.

    Returns:
        (term, age in months) pairs: the never-checked first by file, then the oldest `as_of` first.
    """
    cutoff = months_before(today, months)
    never = [(term, None) for term in terms if term.as_of is None and term.kind in STALE_KINDS]
    old = [(term, months_between(date.fromisoformat(term.as_of), today))
           for term in terms if term.as_of is not None and date.fromisoformat(term.as_of) < cutoff]
    never.sort(key=lambda pair: pair[0].path)
    old.sort(key=lambda pair: (pair[0].as_of, pair[0].path))
    return never + old


def find_stale(settings: Settings, today: date, months: int = DEFAULT_MONTHS) -> StaleReport:
    """Read the glossary and list the entries due for a check, each with the line to edit."""
    if months < 0:
        raise ValueError(f"months must be 0 or more, not {months}")
    glossary, _ = load_glossary(settings)  # the check reports the glossary's mistakes
    files = len(list(settings.glossary_path.glob("*.yml"))) if settings.glossary_path.is_dir() else 0
    terms = list(glossary)
    entries = tuple(_entry(settings, term, age) for term, age in select_stale(terms, today, months))
    return StaleReport(entries, len(terms), files - len(terms), today, months)


def _entry(settings: Settings, term: Term, age: int | None) -> StaleEntry:
    key = "as_of" if term.as_of is not None else "kind"
    return StaleEntry(term.path, _line_of(settings, term.path, key), term.slug, term.term, term.kind, term.as_of, age)


def _line_of(settings: Settings, path: str, key: str) -> int | None:
    # Terms do not keep lines; only the few listed files are parsed again to find them.
    try:
        text = (settings.root / path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    document, _ = load_yaml(text, path)
    return document.line_of((key,)) if document is not None else None


def summarise(report: StaleReport) -> str:
    """The report's last line: how many entries are due, of how many, counted to which day."""
    never = sum(entry.as_of is None for entry in report.entries)
    old = len(report.entries) - never
    text = (f"stale: {old} of {report.looked_at} entries checked more than {report.months} months before "
            f"{report.today.isoformat()}, {never} with no as_of")
    if report.skipped:
        text += f"; {report.skipped} file(s) left out for errors (run python -m briefs check)"
    return text
