"""Cost grows linearly: doubling an input roughly doubles the work.

Work is counted as Python function calls (deterministic, unlike time on a shared
machine), plus a ratio of best CPU times within this run for the regular expressions,
whose backtracking does not show as function calls.
"""

from __future__ import annotations

import sys
import time

import pytest

from briefs.sources.pasted_text import parse_article
from briefs.errors import SourceError
from briefs.render.escape import escape_text

PARAGRAPH = (
    "Prime Minister Example Person, who arrived in the capital on Thursday local time, "
    "was set to meet the president (early Saturday local time) and said “it is important.”"
)


def article_of(paragraphs: int) -> str:
    return "A Headline of Several Words\n\n16:09 JST, February 7, 2025\n" + "\n".join([PARAGRAPH] * paragraphs) + "\n"


def count_calls(action) -> int:
    calls = 0

    def profiler(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(profiler)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def best_times(small, large, rounds: int = 9) -> tuple[float, float]:
    """Best CPU time of each action, interleaved.

    CPU time of this process, not wall time: on a loaded machine a longer run is more
    likely to be preempted, which wall time would count against it.
    """
    timings: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for action, bucket in ((small, timings[0]), (large, timings[1])):
            started = time.process_time()
            action()
            bucket.append(time.process_time() - started)
    return min(timings[0]), min(timings[1])


def test_parse_calls_grow_linearly():
    parse_article(article_of(50))  # caches (compiled patterns, word lists) are filled once, not counted
    small = count_calls(lambda: parse_article(article_of(200)))
    large = count_calls(lambda: parse_article(article_of(400)))
    assert 1.7 <= large / small <= 2.3


# Four times the input: linear work takes about 4x, quadratic 16x. The bound of 8x leaves
# room for a noisy shared machine while still catching a quadratic path.
def test_parse_time_ratio_is_linear_within_one_run():
    small, large = best_times(lambda: parse_article(article_of(300)), lambda: parse_article(article_of(1200)))
    assert large / small < 8


def test_escape_of_adversarial_text_is_linear():
    nasty = "<" * 50_000 + "*_[" * 50_000
    small, large = best_times(lambda: escape_text(nasty), lambda: escape_text(nasty * 4))
    assert large / small < 8


# Pages made of one kind of line, many times over: each shape walks a different rule's loop
# (another story's byline in a printed page, a video's title under its player, captions,
# lists, time lines). Function calls, so the bound is exact rather than noisy.
def _page_of(line_at, count: int) -> str:
    return "\n".join(line_at(index) for index in range(count))


PAGE_SHAPES = {
    "bylines": lambda index: f"By Name{index} Surname and Other{index}",
    "players": lambda index: ("Watch Now", "0:45", f"A short title {index}", "The council met on Tuesday.")[index % 4],
    "captions": lambda index: f"A view of the harbour {index}. (Photo: Name {index}/Outlet)",
    "bullets": lambda index: f"• item {index} of a list, said the council on Tuesday",
    "time lines": lambda index: f"Updated {index % 12 + 1}:{index % 60:02d} am ET, Dec 3, 2026",
    "menus": lambda index: ("Home", "News", "World", "Sport", "Business")[index % 5],
}


@pytest.mark.parametrize("shape", sorted(PAGE_SHAPES))
def test_calls_grow_linearly_on_pages_of_one_shape(shape):
    line_at = PAGE_SHAPES[shape]
    parse = lambda count: parse_article(_page_of(line_at, count))  # noqa: E731
    try:
        parse(50)
    except SourceError:
        pass  # a page of chrome alone has no article; the work done to find that out still counts
    small = count_calls(lambda: _parse_quietly(parse, 400))
    large = count_calls(lambda: _parse_quietly(parse, 1600))
    assert large / small < 6, f"{shape}: {large / small:.1f}x the calls for 4x the lines"


def _parse_quietly(parse, count: int) -> None:
    try:
        parse(count)
    except SourceError:
        pass
