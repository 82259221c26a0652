"""Corpora: many records per file, one field cleaned, the rest kept.

What every corpus format shares (see :mod:`cleaner.formats`): the options,
batches of records that travel to worker processes and come back as
output in the format's own encoding (so a corpus streams through in
constant memory), and the cleaning of one record's text, with its tallies,
views and provenance.  Each record succeeds or fails alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from .decode import NotTextError
from .html import HTMLExtractionError
from .pipeline import Cleaner
from .result import Result
from .review_data import ReviewEntry, ReviewReport, ReviewRequest, review_entry
from .views import RenderOptions, views

__all__ = ["Batch", "BatchResult", "BadRecord", "CorpusError", "CorpusOptions", "clean_text", "record_provenance", "with_sample"]


@dataclass(frozen=True)
class CorpusOptions:
    text_field: str = "text"
    output_field: str | None = None
    provenance: str = "summary"  # full | summary | none
    provenance_field: str = "provenance"
    on_error: str = "skip"  # skip | keep
    render: RenderOptions = field(default_factory=RenderOptions)

    @property
    def added_fields(self) -> list[str]:
        """Fields a record gets that it must not have already."""
        added = [self.output_field] if self.output_field not in (None, self.text_field) else []
        return added + ([self.provenance_field] if self.provenance != "none" else [])


@dataclass(frozen=True)
class Batch:
    """Records from number ``first_line`` on; or, with ``error``, where reading stopped.

    ``lines``: a line-based format's raw lines (blank ones are not records);
    ``table``: a columnar format's rows (an Arrow record batch), every row a record.
    """

    name: str
    first_line: int
    lines: list[bytes]
    options: CorpusOptions
    error: str | None = None
    review: ReviewRequest | None = None  # --report: what each record brings back for the page ...
    sampled: frozenset[int] = frozenset()  # ... and the offsets of those that bring back their text
    table: Any = None

    @property
    def span(self) -> str:
        """``NAME:FIRST-LAST``, the records' numbers (lines or rows)."""
        count = len(self.lines) if self.table is None else self.table.num_rows
        return f"{self.name}:{self.first_line}-{self.first_line + count - 1}"

    def records(self) -> Iterator[int]:
        """The offsets of the batch's records."""
        if self.table is not None:
            return iter(range(self.table.num_rows))
        return (i for i, line in enumerate(self.lines) if line.strip())


@dataclass
class BatchResult:
    """Output of one batch in its format's encoding (bytes: cheap to send between processes)."""

    output: bytes = b""
    errors: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    documents: int = 0
    size: int = 0
    reviews: list[ReviewEntry] = field(default_factory=list)


def with_sample(batches: Iterable[Batch], report: ReviewReport) -> Iterator[Batch]:
    """Batches that say what their records bring back for the --report page."""
    for batch in batches:
        sampled = frozenset(i for i in batch.records() if report.wants(f"{batch.name}:{batch.first_line + i}"))
        yield replace(batch, review=report.request(False), sampled=sampled)


class CorpusError(ValueError):
    """A corpus that cannot be cleaned at all (not its format, a column missing)."""


class BadRecord(ValueError):
    """A record this run cannot clean (``column``: where its JSON broke, if it is JSON)."""

    def __init__(self, problem: str, column: int | None = None) -> None:
        super().__init__(problem)
        self.column = column


def record_provenance(result: Result, mode: str) -> dict[str, Any] | None:
    """What ``--provenance`` adds to a JSON record: all of it but the text, a summary, or nothing."""
    if mode == "full":
        data = result.to_dict()
        del data["text"]
        return data
    if mode == "summary":
        return {"sha256": result.source["sha256"], **result.summary(), "warnings": result.warnings}
    return None


def clean_text(
    cleaner: Cleaner, text: str, where: str, out: BatchResult, batch: Batch, offset: int, note: str | None = None
) -> Result:
    """Clean one record's text and count it in ``out``; raises :class:`BadRecord`.

    ``offset``: the record's place in the batch; ``note``: a warning about how it was read.
    """
    options = batch.options
    try:
        if options.render.html:
            result = cleaner.clean_html(text, source=where)
        else:
            result = cleaner.clean(text, source=where)
    except (NotTextError, HTMLExtractionError) as exc:
        raise BadRecord(str(exc)) from None
    out.documents += 1
    for rule, count in result.counts.items():
        out.counts[rule] = out.counts.get(rule, 0) + count
    for rule, chars in result.removed_chars.items():
        out.removed[rule] = out.removed.get(rule, 0) + chars
    if note:
        out.warnings.append(f"{where}: {note}")
    out.warnings.extend(f"{where}: {w}" for w in result.warnings)
    shown = views(result, where, options.render)
    if shown:
        out.reports.append(shown)
    if batch.review is not None:
        out.reviews.append(review_entry(result, where, replace(batch.review, whole=offset in batch.sampled)))
    return result
