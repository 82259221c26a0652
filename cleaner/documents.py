"""Documents: one input, one output.

What a worker does with one document: read it, clean it as its format says
(:func:`cleaner.formats.document_format`), and render it in the output
format, sending back rendered text rather than a Result, so that little
crosses the process boundary.  A bad input, or a bug, becomes an error
message; it never stops the batch.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path

from .decode import NotTextError
from .formats import OUTPUT_FORMATS, document_format
from .html import HTMLExtractionError
from .pipeline import Cleaner
from .review_data import ReviewEntry, review_entry
from .views import RenderOptions, views

__all__ = ["Job", "Rendered", "clean_document", "read_and_clean"]

# What a worker gets for one document: its name, its bytes (None: the worker
# reads the file), the options, and whether to show tracebacks (--debug).
Job = tuple[str, bytes | None, RenderOptions, bool]


@dataclass
class Rendered:
    """A cleaned document as the parent process needs it."""

    name: str
    output: str = ""  # as the output format renders it
    report: str = ""  # the --diff and --explain views
    counts: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    size: int = 0
    review: ReviewEntry | None = None


def clean_document(cleaner: Cleaner, name: str, data: bytes, options: RenderOptions) -> Rendered:
    """Clean one input's bytes; a bad input becomes an error, never an exception."""
    try:
        result = document_format(name, data, options.html).clean(cleaner, name, data)
    except (NotTextError, HTMLExtractionError) as exc:
        return Rendered(name, error=f"{name}: {exc}", size=len(data))
    return Rendered(
        name,
        OUTPUT_FORMATS[options.fmt].render(result),
        views(result, name, options),
        result.counts,
        result.removed_chars,
        [f"{name}: {w}" for w in result.warnings],
        size=len(data),
        review=None if options.review is None else review_entry(result, name, options.review),
    )


def read_and_clean(cleaner: Cleaner, job: Job) -> Rendered:
    """Read (unless the job brings the bytes) and clean one document; every failure is an error message."""
    name, data, options, debug = job
    try:
        if data is None:
            data = Path(name).read_bytes()
        return clean_document(cleaner, name, data, options)
    except OSError as exc:
        return Rendered(name, error=f"{name}: cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a bug must not stop the batch
        detail = traceback.format_exc() if debug else f"{type(exc).__name__}: {exc} (--debug shows the traceback)"
        return Rendered(name, error=f"{name}: internal error: {detail}")
