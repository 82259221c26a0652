"""Running the cleaner over many inputs: finding them, cleaning them in worker
processes (ordered results), and writing outputs atomically.

Workers build their own :class:`Cleaner` once, from the same settings as the
parent, and send back rendered text rather than Result objects, so little
crosses the process boundary.
"""

from __future__ import annotations

import fnmatch
import gzip
import json
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import IO, Any, TypeVar

from . import report
from .decode import NotTextError
from .html import HTMLExtractionError
from .pipeline import Cleaner
from .result import Result
from .review_data import ReviewEntry, ReviewRequest, review_entry

__all__ = [
    "Input", "Rendered", "RenderOptions", "atomic_writer", "clean_document", "find_inputs", "is_corpus",
    "parallel_map", "review", "write_atomic",
]

DEFAULT_GLOBS = ("*.txt", "*.text", "*.md", "*.html", "*.htm", "*.xhtml", "*.jsonl", "*.jsonl.gz", "*.ndjson")
_CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def is_corpus(name: str) -> bool:
    """True for a JSONL corpus file name (``.jsonl``, ``.ndjson``, gzipped or not)."""
    return name.lower().endswith(_CORPUS_SUFFIXES)


@dataclass(frozen=True)
class Input:
    """One input: a path (or ``-``), and where its output goes relative to OUTDIR."""

    path: str
    relative: str


def find_inputs(names: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> tuple[list[Input], list[str]]:
    """Expand files, folders (recursively, files matching ``globs``) and ``-``.

    Returns the inputs and one error message per name that does not exist.
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
            for found in sorted(path.rglob("*")):
                relative = found.relative_to(path)
                if found.is_file() and not any(part.startswith(".") for part in relative.parts):
                    if any(fnmatch.fnmatch(found.name, g) for g in globs):
                        inputs.append(Input(str(found), str(Path(path.name) / relative)))
        elif path.is_file():
            inputs.append(Input(str(path), path.name))
        else:
            errors.append(f"{name}: no such file or directory")
    return inputs, errors


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that appears at ``path`` only once it is complete.

    Written to a temporary file beside ``path`` and renamed over it; gzipped
    when ``path`` ends in ``.gz``.  On error the temporary file is removed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as raw:
            if path.name.endswith(".gz"):
                with gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as zipped:
                    yield zipped
            else:
                yield raw
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_writer`)."""
    with atomic_writer(path) as handle:
        handle.write(data)


@dataclass(frozen=True)
class RenderOptions:
    """What the command wants from each result."""

    fmt: str = "text"
    diff: bool = False
    explain: bool = False
    html: bool | None = None
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
        views.append(report.diff(result, name))
    if options.explain:
        views.append(report.explain(result, name))
    return "\n".join(v for v in views if v)


def render(result: Result, name: str, options: RenderOptions) -> Rendered:
    if options.fmt == "text":
        output = result.text
    else:
        output = json.dumps(result.to_dict(), ensure_ascii=False, indent=None if options.fmt == "jsonl" else 2)
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
T = TypeVar("T")
R = TypeVar("R")


def _init_worker(settings: dict[str, Any]) -> None:
    global _worker_cleaner
    _worker_cleaner = Cleaner(**settings)


def _call(job: tuple[Callable[[Cleaner, T], R], T]) -> R:
    function, item = job
    assert _worker_cleaner is not None
    return function(_worker_cleaner, item)


def parallel_map(
    function: Callable[[Cleaner, T], R],
    items: Iterable[T],
    settings: dict[str, Any],
    jobs: int,
    cleaner: Cleaner,
) -> Iterator[R]:
    """``function(cleaner, item)`` for each item, in order, on ``jobs`` processes.

    With one job the given ``cleaner`` does the work in this process.
    ``function`` must be a module-level function (it is sent to the workers).
    """
    if jobs <= 1:
        for item in items:
            yield function(cleaner, item)
        return
    context = get_context("fork" if "fork" in get_all_start_methods() else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        # A bounded window of pending work keeps memory flat on huge corpora
        # while keeping every worker busy; results come back in input order.
        pending: deque[Any] = deque()
        for item in items:
            pending.append(pool.apply_async(_call, ((function, item),)))
            if len(pending) >= jobs * 4:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
