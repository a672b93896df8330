"""Cost grows linearly: doubling an input roughly doubles the work.

Work is counted as Python function calls (deterministic, unlike time on a shared
machine), plus a ratio of best-of-five timings within this run for the regular
expressions, whose backtracking function calls do not show.
"""

from __future__ import annotations

import sys
import time

from briefs.parse import parse_article
from briefs.render import escape_text

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


def best_time(action, runs: int = 9) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def test_parse_calls_grow_linearly():
    small = count_calls(lambda: parse_article(article_of(200)))
    large = count_calls(lambda: parse_article(article_of(400)))
    assert 1.7 <= large / small <= 2.3


def test_parse_time_ratio_is_linear_within_one_run():
    small = best_time(lambda: parse_article(article_of(300)))
    large = best_time(lambda: parse_article(article_of(600)))
    assert large / small < 3.5


def test_escape_of_adversarial_text_is_linear():
    nasty = "<" * 100_000 + "*_[" * 100_000
    small = best_time(lambda: escape_text(nasty))
    large = best_time(lambda: escape_text(nasty * 2))
    assert large / small < 3.5
