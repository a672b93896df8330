"""Run one function in a forked child process and bring back only its result.

A single `mkdocs build` makes every page before MkDocs renders any, then keeps MkDocs alive
for minutes with all pages in memory. Parsing, matching and rendering 10,000 briefs leaves
hundreds of megabytes that CPython has freed but the allocator has not returned to the
system (measured at 1,000 briefs: 289 MB resident with 120 MB still allocated). Doing that
work in a child that exits returns all of it: the parent only ever holds the result.

The child is forked, not spawned, so it starts with the parent's modules and arguments and
nothing is imported or pickled on the way in; only the result is pickled on the way out.
Where fork is unavailable or unsafe (Windows; macOS, whose system libraries may not survive
it) the function simply runs in this process.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
import traceback
from typing import Callable, TypeVar

from briefs.errors import BriefsError, Problem

Result = TypeVar("Result")

_OK, _PROBLEMS, _CRASH = "ok", "problems", "crash"


class IsolatedRunError(RuntimeError):
    """The child died or failed in a way that is a bug, not a problem in the project's files."""


def can_fork() -> bool:
    """Whether `run_isolated` will fork here: Linux and other Unix systems but macOS, and only
    from a process running one thread.

    A fork copies only the calling thread: a lock another thread held (the allocator's, the
    logging module's, a thread pool's queue) stays locked forever in the child. Material's
    privacy, optimize and social plugins start thread pools, and `mkdocs serve` runs threads.
    """
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1


def run_isolated(function: Callable[..., Result], *args: object) -> Result:
    """`function(*args)` computed in a forked child; its result, or its error, raised here.

    Raises:
        BriefsError: the function raised one (same class, same problems).
        IsolatedRunError: the function raised anything else (with the child's traceback),
            or the child died before it could answer (killed, out of memory).
    """
    if not can_fork():
        return function(*args)
    return start_isolated(function, *args).result()


class Isolated:
    """A forked child computing one call; `result()` waits for it (once)."""

    def __init__(self, pid: int, read_end: int):
        self._pid, self._read_end = pid, read_end

    def result(self):
        """The call's result, or its error raised here (see `run_isolated`)."""
        with os.fdopen(self._read_end, "rb") as pipe:
            answer = pipe.read()  # until the child closes its end: it has answered or died
        _pid, status = os.waitpid(self._pid, 0)
        return _outcome(answer, status)


def start_isolated(function: Callable[..., object], *args: object) -> Isolated:
    """Fork a child that computes `function(*args)` while this process goes on.

    Several can run at once, one per processor; collect each with `result()`. Only where
    `can_fork()` holds.
    """
    for stream in (sys.stdout, sys.stderr):
        stream.flush()  # or both processes would write what is still buffered
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _answer_and_exit(write_end, function, args)
    os.close(write_end)
    return Isolated(pid, read_end)


def _answer_and_exit(write_end: int, function: Callable[..., object], args: tuple[object, ...]) -> None:
    # os._exit, never a normal exit: the child must not run the parent's atexit handlers or
    # flush its copies of the parent's buffers.
    status = 0
    try:
        try:
            outcome: tuple[object, ...] = (_OK, function(*args))
        except BriefsError as err:
            outcome = (_PROBLEMS, type(err), err.problems)
        except BaseException:  # noqa: BLE001 - reported to the parent, which raises it
            outcome = (_CRASH, traceback.format_exc())
        with os.fdopen(write_end, "wb") as pipe:
            pickle.dump(outcome, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # noqa: BLE001 - nothing left to tell the parent with
        status = 1
    finally:
        os._exit(status)


def _outcome(answer: bytes, status: int) -> Result:
    if not answer:
        raise IsolatedRunError(f"the build process ended without an answer ({_describe(status)})")
    outcome = pickle.loads(answer)  # noqa: S301 - written by our own child a moment ago
    kind = outcome[0]
    if kind == _OK:
        return outcome[1]
    if kind == _PROBLEMS:
        error_class, problems = outcome[1], outcome[2]
        raise _rebuilt(error_class, problems)
    raise IsolatedRunError("the build process failed:\n" + outcome[1])


def _rebuilt(error_class: type[BriefsError], problems: tuple[Problem, ...]) -> BriefsError:
    try:
        return error_class(problems)
    except TypeError:  # a subclass with another constructor: keep the problems, lose the class
        return BriefsError(problems)


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}; out of memory?"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
