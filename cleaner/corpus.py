"""JSONL corpora: one JSON object per line, one field cleaned, the rest kept.

Records travel to workers in batches of raw lines, and come back as output
lines, so a corpus streams through in constant memory.  A line that is not a
JSON object with a string in the text field is reported with its line number
and skipped, or copied through unchanged with ``on_error="keep"``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import IO, Any

from .batch import RenderOptions, review
from .decode import NotTextError
from .html import HTMLExtractionError
from .pipeline import Cleaner
from .review_data import ReviewEntry, ReviewReport, ReviewRequest, review_entry

__all__ = ["CorpusOptions", "Batch", "BatchResult", "open_input", "read_batches", "clean_batch", "with_sample"]

BATCH_LINES = 64


@dataclass(frozen=True)
class CorpusOptions:
    text_field: str = "text"
    output_field: str | None = None
    provenance: str = "summary"  # full | summary | none
    on_error: str = "skip"  # skip | keep
    render: RenderOptions = field(default_factory=RenderOptions)


@dataclass(frozen=True)
class Batch:
    name: str
    first_line: int
    lines: list[bytes]
    options: CorpusOptions
    review: ReviewRequest | None = None  # --report: what each record brings back for the page ...
    sampled: frozenset[int] = frozenset()  # ... and the offsets of those that bring back their text


@dataclass
class BatchResult:
    """Output of one batch: its lines as one UTF-8 block (cheap to send between processes)."""

    output: bytes = b""
    errors: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    documents: int = 0
    size: int = 0
    reviews: list[ReviewEntry] = field(default_factory=list)


def open_input(path: str, stdin: IO[bytes]) -> IO[bytes]:
    """A binary stream over a corpus file, gunzipped if it ends in ``.gz``."""
    if path == "-":
        return stdin
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_batches(name: str, stream: IO[bytes], options: CorpusOptions) -> Iterator[Batch]:
    batch: list[bytes] = []
    first = 1
    for number, line in enumerate(stream, start=1):
        if not batch:
            first = number
        batch.append(line)
        if len(batch) == BATCH_LINES:
            yield Batch(name, first, batch, options)
            batch = []
    if batch:
        yield Batch(name, first, batch, options)


def with_sample(batches: Iterable[Batch], report: ReviewReport) -> Iterator[Batch]:
    """Batches that say what their records bring back for the --report page."""
    for batch in batches:
        records = (i for i, line in enumerate(batch.lines) if line.strip())
        sampled = frozenset(i for i in records if report.wants(f"{batch.name}:{batch.first_line + i}"))
        yield replace(batch, review=report.request(False), sampled=sampled)


def _record_provenance(result: Any, mode: str) -> dict[str, Any] | None:
    if mode == "full":
        data = result.to_dict()
        del data["text"]
        return data
    if mode == "summary":
        return {"sha256": result.source["sha256"], **result.summary(), "warnings": result.warnings}
    return None


def clean_batch(cleaner: Cleaner, batch: Batch) -> BatchResult:
    """Clean every record of a batch; bad lines become errors, never exceptions."""
    options = batch.options
    out = BatchResult()
    lines: list[str] = []
    for offset, raw in enumerate(batch.lines):
        where = f"{batch.name}:{batch.first_line + offset}"
        out.size += len(raw)
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
            if not isinstance(record, dict):
                raise ValueError("line is not a JSON object")
            text = record.get(options.text_field)
            if not isinstance(text, str):
                raise ValueError(f"field {options.text_field!r} is missing or not a string")
            if options.render.html:
                result = cleaner.clean_html(text, source=where)
            else:
                result = cleaner.clean(text, source=where)
        except (ValueError, NotTextError, HTMLExtractionError) as exc:
            problem = f"invalid JSON: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else str(exc)
            out.errors.append(f"{where}: {problem}")
            if options.on_error == "keep":
                lines.append(raw.decode("utf-8", "replace").rstrip("\r\n"))
            continue
        record[options.output_field or options.text_field] = result.text
        provenance = _record_provenance(result, options.provenance)
        if provenance is not None:
            record["provenance"] = provenance
        lines.append(json.dumps(record, ensure_ascii=False))
        out.documents += 1
        for rule, count in result.counts.items():
            out.counts[rule] = out.counts.get(rule, 0) + count
        for rule, chars in result.removed_chars.items():
            out.removed[rule] = out.removed.get(rule, 0) + chars
        out.warnings.extend(f"{where}: {w}" for w in result.warnings)
        if views := review(result, where, options.render):
            out.reports.append(views)
        if batch.review is not None:
            out.reviews.append(review_entry(result, where, replace(batch.review, whole=offset in batch.sampled)))
    out.output = "".join(line + "\n" for line in lines).encode("utf-8")
    return out
