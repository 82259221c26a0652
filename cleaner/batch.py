"""Running the cleaner over many inputs: finding them, and cleaning them in
worker processes (ordered results).

Workers build their own :class:`Cleaner` once, from the same
:class:`CleanerConfig` as the parent.
"""

from __future__ import annotations

import fnmatch
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import TypeVar

from .config import CleanerConfig
from .pipeline import Cleaner

__all__ = ["Input", "find_inputs", "parallel_map"]


@dataclass(frozen=True)
class Input:
    """One input, and where its output goes relative to OUTDIR.

    ``path`` is exactly ``-`` for stdin only: a file named ``-`` keeps the
    spelling it was given (``./-``).
    """

    path: str
    relative: str


def _matches(name: str, globs: tuple[str, ...]) -> bool:
    """Suffixes are matched whatever their case: ``A.TXT`` is a ``*.txt``."""
    return any(fnmatch.fnmatchcase(name.lower(), g.lower()) for g in globs)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def find_inputs(names: Iterable[str], globs: Iterable[str]) -> tuple[list[Input], list[str]]:
    """Expand files, folders (recursively, files matching ``globs``) and ``-``.

    Pipes, FIFOs and devices named on the command line are files.  Returns the
    inputs and one error message per name that does not exist or is a folder
    holding no matching file.
    """
    globs = tuple(globs)
    inputs: list[Input] = []
    errors: list[str] = []
    for name in names:
        if name == "-":
            inputs.append(Input("-", "stdin"))
            continue
        path = Path(name)
        if path.is_dir():
            found = [
                Input(str(file), str(Path(path.name) / file.relative_to(path)))
                for file in sorted(path.rglob("*"))
                if _matches(file.name, globs) and file.is_file() and not _hidden(file.relative_to(path))
            ]
            if not found:
                errors.append(f"{name}: no file in this folder matches {' '.join(globs)} (see --glob)")
            inputs.extend(found)
        elif path.exists():
            inputs.append(Input(name, path.name))
        else:
            errors.append(f"{name}: no such file or directory")
    return inputs, errors


# -- parallel map with a per-process Cleaner ----------------------------------

_worker_cleaner: Cleaner | None = None
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
T = TypeVar("T")
R = TypeVar("R")


def _init_worker(config: CleanerConfig) -> None:
    """Build the worker's Cleaner, and leave the talking to the parent.

    Ctrl-C reaches the whole process group: the parent alone stops the run.
    A worker whose parent is killed dies with it (Linux) and stays silent:
    its only tracebacks would be the broken pipe to the dead parent.
    """
    global _worker_cleaner
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the worker
    _worker_cleaner = config.build()


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass  # without it an orphaned worker ends at its next broken pipe


def _call(job: tuple[Callable[[Cleaner, T], R], T]) -> R:
    function, item = job
    assert _worker_cleaner is not None
    return function(_worker_cleaner, item)


def parallel_map(
    function: Callable[[Cleaner, T], R],
    items: Iterable[T],
    config: CleanerConfig,
    jobs: int,
    cleaner: Cleaner,
) -> Iterator[R]:
    """``function(cleaner, item)`` for each item, in order, on at most ``jobs`` processes.

    No more workers start than there are items (five records make one batch:
    one process, whatever ``-j`` says); with one, the given ``cleaner`` does
    the work in this process.  ``function`` must be a module-level function
    (it is sent to the workers).  A worker that dies (killed, out of memory)
    raises ``BrokenProcessPool`` here instead of hanging the run.
    """
    stream = iter(items)
    head = list(islice(stream, jobs))
    jobs = min(jobs, len(head))
    if jobs <= 1:
        for item in chain(head, stream):
            yield function(cleaner, item)
        return
    # Imported here: a run on one process (most runs of `clean` on a file) never needs them.
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing import get_all_start_methods, get_context

    context = get_context("fork" if "fork" in get_all_start_methods() else "spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(config,))
    try:
        # A bounded window of pending work keeps memory flat on huge corpora
        # while keeping every worker busy; results come back in input order.
        pending: deque[Future[R]] = deque()
        for item in chain(head, stream):
            pending.append(pool.submit(_call, (function, item)))
            if len(pending) >= jobs * 4:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
