"""JSONL corpora: one JSON object per line, one field cleaned, the rest kept.

Records travel to workers in batches of raw lines, and come back as output
lines, so a corpus streams through in constant memory.  Each record succeeds
or fails alone: a line that is not a JSON object with a string in the text
field is reported with its line (and column) and skipped, or copied through
byte for byte with ``on_error="keep"``.  A line that is not UTF-8 is decoded
like a text file (and says so).  A corpus that cannot be read to its end (a
truncated ``.gz``) keeps every record before the break and reports the break.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import IO, Any

from .batch import RenderOptions, json_text, review
from .decode import NotTextError, decode_bytes
from .html import HTMLExtractionError
from .pipeline import Cleaner
from .result import Result
from .review_data import ReviewEntry, ReviewReport, ReviewRequest, review_entry

__all__ = ["CorpusOptions", "Batch", "BatchResult", "open_corpus", "read_batches", "clean_batch", "with_sample"]

BATCH_LINES = 64
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class CorpusOptions:
    text_field: str = "text"
    output_field: str | None = None
    provenance: str = "summary"  # full | summary | none
    provenance_field: str = "provenance"
    on_error: str = "skip"  # skip | keep
    render: RenderOptions = field(default_factory=RenderOptions)


@dataclass(frozen=True)
class Batch:
    """Raw lines from ``first_line`` on; or, with ``error``, where reading stopped."""

    name: str
    first_line: int
    lines: list[bytes]
    options: CorpusOptions
    error: str | None = None
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


@contextmanager
def open_corpus(path: str, stdin: IO[bytes]) -> Iterator[IO[bytes]]:
    """A binary stream over a corpus (``-``: stdin), gunzipped when its first bytes say gzip.

    Reading the magic number rather than the suffix makes pipes work
    (``clean --jsonl <(cat part.jsonl.gz)``).
    """
    raw = stdin if path == "-" else open(path, "rb")  # noqa: SIM115 - closed below
    try:
        stream = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
        if stream.peek(2)[:2] == _GZIP_MAGIC:
            with gzip.GzipFile(fileobj=stream, mode="rb") as zipped:
                yield zipped  # type: ignore[misc]
        else:
            yield stream
    finally:
        if raw is not stdin:
            raw.close()


def read_batches(name: str, stream: IO[bytes], options: CorpusOptions) -> Iterator[Batch]:
    """Batches of raw lines; a read error ends the corpus with an error batch after the good lines."""
    batch: list[bytes] = []
    first = number = 1
    lines = iter(stream)
    while True:
        try:
            line = next(lines)
        except StopIteration:
            break
        except (OSError, EOFError, zlib.error) as exc:
            if batch:
                yield Batch(name, first, batch, options)
            problem = getattr(exc, "strerror", None) or exc
            read = f"the {number - 1} line(s) before it were read" if number > 1 else "nothing could be read"
            yield Batch(name, number, [], options, error=f"{name}:{number}: cannot read on: {problem}; {read}")
            return
        if not batch:
            first = number
        batch.append(line)
        number += 1
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


def _record_provenance(result: Result, mode: str) -> dict[str, Any] | None:
    if mode == "full":
        data = result.to_dict()
        del data["text"]
        return data
    if mode == "summary":
        return {"sha256": result.source["sha256"], **result.summary(), "warnings": result.warnings}
    return None


class _BadRecord(ValueError):
    """A line that is not a record this run can clean (``column`` where JSON broke)."""

    def __init__(self, problem: str, column: int | None = None) -> None:
        super().__init__(problem)
        self.column = column


def _parse(raw: bytes, options: CorpusOptions) -> tuple[dict[str, Any], str, str | None]:
    """The record, its text, and a note if the line had to be decoded as something other than UTF-8."""
    note = None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        decoded = decode_bytes(raw)
        line, note = decoded.text, f"line is not UTF-8; read as {decoded.encoding}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadRecord(f"invalid JSON: {exc.msg}", exc.colno) from None
    if not isinstance(record, dict):
        raise _BadRecord(f"line is a JSON {type(record).__name__}, not an object")
    text = record.get(options.text_field)
    if not isinstance(text, str):
        raise _BadRecord(f"field {options.text_field!r} is missing or not a string")
    added = [options.output_field] if options.output_field not in (None, options.text_field) else []
    if options.provenance != "none":
        added.append(options.provenance_field)
    for name in added:
        if name in record:
            raise _BadRecord(
                f"the record already has a field {name!r}; it would be overwritten "
                "(choose another name with --output-field or --provenance-field)"
            )
    return record, text, note


def _clean_record(
    cleaner: Cleaner, raw: bytes, where: str, out: BatchResult, options: CorpusOptions, review_request: ReviewRequest | None
) -> bytes:
    """One output line (without its line break) for one input line; raises _BadRecord.

    ``review_request``: what the record brings back for the --report page, if anything.
    """
    record, text, note = _parse(raw, options)
    try:
        if options.render.html:
            result = cleaner.clean_html(text, source=where)
        else:
            result = cleaner.clean(text, source=where)
    except (NotTextError, HTMLExtractionError) as exc:
        raise _BadRecord(str(exc)) from None
    record[options.output_field or options.text_field] = result.text
    provenance = _record_provenance(result, options.provenance)
    if provenance is not None:
        record[options.provenance_field] = provenance
    line = json_text(record).encode("utf-8")
    views = review(result, where, options.render)
    out.documents += 1
    for rule, count in result.counts.items():
        out.counts[rule] = out.counts.get(rule, 0) + count
    for rule, chars in result.removed_chars.items():
        out.removed[rule] = out.removed.get(rule, 0) + chars
    if note:
        out.warnings.append(f"{where}: {note}")
    out.warnings.extend(f"{where}: {w}" for w in result.warnings)
    if views:
        out.reports.append(views)
    if review_request is not None:
        out.reviews.append(review_entry(result, where, review_request))
    return line


def clean_batch(cleaner: Cleaner, batch: Batch) -> BatchResult:
    """Clean every record of a batch; each record succeeds or fails alone."""
    options = batch.options
    out = BatchResult()
    if batch.error:
        out.errors.append(batch.error)
        return out
    lines: list[bytes] = []
    for offset, raw in enumerate(batch.lines):
        where = f"{batch.name}:{batch.first_line + offset}"
        out.size += len(raw)
        if not raw.strip():
            continue
        try:
            wanted = batch.review and replace(batch.review, whole=offset in batch.sampled)
            lines.append(_clean_record(cleaner, raw, where, out, options, wanted))
        except _BadRecord as exc:
            out.errors.append(f"{where}:{exc.column}: {exc}" if exc.column else f"{where}: {exc}")
            if options.on_error == "keep":
                lines.append(raw.rstrip(b"\r\n"))
        except Exception as exc:  # a bug must not cost the other records
            out.errors.append(f"{where}: internal error: {type(exc).__name__}: {exc}")
            if options.on_error == "keep":
                lines.append(raw.rstrip(b"\r\n"))
    out.output = b"".join(line + b"\n" for line in lines)
    return out
