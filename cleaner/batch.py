"""Running the cleaner over many inputs: finding them, and cleaning them in
worker processes (ordered results).

Workers build their own :class:`Cleaner` once, from the same
:class:`CleanerConfig` as the parent, and send back rendered text rather than Result objects, so little
crosses the process boundary.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, TypeVar

from . import report
from .config import CleanerConfig
from .decode import NotTextError
from .html import HTMLExtractionError
from .pipeline import Cleaner
from .result import Result
from .review_data import ReviewEntry, ReviewRequest, review_entry

__all__ = [
    "Input", "Rendered", "RenderOptions", "clean_document", "find_inputs", "json_text", "parallel_map",
    "review",
]


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


@dataclass(frozen=True)
class RenderOptions:
    """What the command wants from each result."""

    fmt: str = "text"
    diff: bool = False
    explain: bool = False
    html: bool | None = None
    color: bool = False  # terminal colour codes in --diff
    review: ReviewRequest | None = None  # --report: what each document brings back for the page


@dataclass
class Rendered:
    """A cleaned document as the parent process needs it."""

    name: str
    output: str = ""
    report: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    size: int = 0
    review: ReviewEntry | None = None


def review(result: Result, name: str, options: RenderOptions) -> str:
    """The --diff and --explain views of a result that the options ask for ('' for none)."""
    views = []
    if options.diff:
        views.append(report.diff(result, name, color=options.color))
    if options.explain:
        views.append(report.explain(result, name))
    return "\n".join(v for v in views if v)


# Characters written as \\uXXXX escapes in JSON: lone surrogates cannot be
# encoded as UTF-8, and readers that split lines on U+2028, U+2029 or NEL
# would cut a JSONL record in two.  They can only occur inside JSON strings.
_JSON_ESCAPED = re.compile("[\ud800-\udfff\u2028\u2029\x85]")


def json_text(data: Any, indent: int | None = None, default: Callable[[Any], Any] | None = None) -> str:
    r"""``data`` as JSON that is valid UTF-8 and safe to split on line breaks.

    ``default``: as for :func:`json.dumps` (e.g. ``str`` for a Parquet row's dates).

    >>> print(json_text({"text": "a\u2028b\ud800"}))
    {"text": "a\u2028b\ud800"}
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent, default=default)
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render(result: Result, name: str, options: RenderOptions) -> Rendered:
    if options.fmt == "text":
        output = result.text
    else:
        output = json_text(result.to_dict(), indent=None if options.fmt == "jsonl" else 2)
    return Rendered(
        name,
        output,
        review(result, name, options),
        result.counts,
        result.removed_chars,
        [f"{name}: {w}" for w in result.warnings],
        review=None if options.review is None else review_entry(result, name, options.review),
    )


def clean_document(cleaner: Cleaner, name: str, data: bytes, options: RenderOptions) -> Rendered:
    """Clean one input's bytes; a bad input becomes an error, never an exception."""
    try:
        result = cleaner.clean_bytes(data, source=name, html=options.html)
    except (NotTextError, HTMLExtractionError) as exc:
        return Rendered(name, error=f"{name}: {exc}", size=len(data))
    rendered = render(result, name, options)
    rendered.size = len(data)
    return rendered


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
