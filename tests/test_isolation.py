"""A function run in a forked child: its result, its errors and its death reach the parent."""

from __future__ import annotations

import os
import signal
import sys
import threading

import pytest

from briefs import forked as isolation
from briefs.errors import BriefsError, ContributionError, Problem
from briefs.forked import IsolatedRunError, can_fork, run_isolated

needs_fork = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin",
                                reason="this platform runs the function in-process")


def in_child(function, *args):
    """`function(*args)` through the fork machinery itself, whatever threads this test process
    runs (pytest-xdist's workers run some, and then `run_isolated` rightly runs it here)."""
    return isolation.start_isolated(function, *args).result()


def child_pid_and(value):
    return os.getpid(), value


def raise_contribution_error(path):
    raise ContributionError([Problem(path, 3, "the quote is not in the article", "copy it exactly")])


def raise_key_error():
    return {}["missing"]


def die_by_signal():
    os.kill(os.getpid(), signal.SIGKILL)


@needs_fork
def test_the_function_runs_in_another_process_and_its_result_comes_back():
    pid, value = in_child(child_pid_and, {"pages": ("a.md", "b.md"), "text": "Senkaku’s"})
    assert pid != os.getpid()
    assert value == {"pages": ("a.md", "b.md"), "text": "Senkaku’s"}


@needs_fork
def test_a_large_result_crosses_the_pipe_whole():
    # Bigger than any pipe buffer: the parent must read while the child writes.
    value = "x" * (8 * 1024 * 1024) + "end"
    assert in_child(child_pid_and, value)[1] == value


def test_a_project_error_keeps_its_class_and_problems():
    with pytest.raises(ContributionError) as caught:
        run_isolated(raise_contribution_error, "annotations/a.yml")
    [problem] = caught.value.problems
    assert (problem.path, problem.line, problem.message, problem.hint) == (
        "annotations/a.yml", 3, "the quote is not in the article", "copy it exactly")
    assert isinstance(caught.value, BriefsError)


@needs_fork
def test_a_bug_in_the_child_is_raised_with_the_child_traceback():
    with pytest.raises(IsolatedRunError, match=r"(?s)the build process failed:.*raise_key_error.*KeyError: 'missing'"):
        in_child(raise_key_error)


@needs_fork
def test_a_child_that_dies_is_reported_not_waited_for_forever():
    with pytest.raises(IsolatedRunError, match=r"killed by signal 9; out of memory\?"):
        in_child(die_by_signal)


def test_without_fork_the_function_runs_here(monkeypatch):
    monkeypatch.setattr(isolation, "can_fork", lambda: False)
    pid, value = run_isolated(child_pid_and, 7)
    assert (pid, value) == (os.getpid(), 7)
    with pytest.raises(ContributionError):
        run_isolated(raise_contribution_error, "annotations/a.yml")


@needs_fork
def test_no_fork_while_another_thread_runs():
    # A fork copies only the calling thread; a lock the other thread holds would stay locked in the child.
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not can_fork()
        assert run_isolated(child_pid_and, 7) == (os.getpid(), 7)
    finally:
        release.set()
        other.join()
    # Once it ends, forking is allowed again, unless this process runs other threads (a
    # served site of another test in this worker).
    assert can_fork() == (threading.active_count() == 1)
