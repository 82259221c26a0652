"""Parquet corpora: one record per row, the text column cleaned, every other column kept.

Rows travel to workers as Arrow record batches and come back as Arrow IPC
bytes, so no column but the text is ever turned into Python objects.
Provenance is one struct column with a fixed type, whatever the rules did
(readers of a Parquet dataset need one schema for all of it):

``--provenance summary``
    ``{sha256, removed_chars, counts: [{rule, count, removed_chars}], edits, warnings: [str]}``
    (``edits``: how many)
``--provenance full``
    the same with ``edits: [{start, end, rule, removed, inserted}]``, every
    edit against the record's text

A row whose text is null fails alone: it is reported as ``FILE:ROW`` and
left out, or kept unchanged with a null provenance (``on_error="keep"``).
Parquet needs to seek, so a pipe or stdin is read into memory first.
Needs pyarrow (``pip install 'scrapeclean[parquet]'``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any

from ..corpus import Batch, BatchResult, BadRecord, CorpusError, CorpusOptions, clean_text
from ..pipeline import Cleaner
from ..result import Result
from .compression import require
from .jsonl import json_text

__all__ = ["GLOBS", "NAME", "SUFFIXES", "clean_batch", "provenance_type", "read", "to_lines", "writer"]

NAME = "parquet"
SUFFIXES = (".parquet",)
GLOBS = tuple(f"*{suffix}" for suffix in SUFFIXES)  # taken from folders by default
BATCH_ROWS = 64
ROW_GROUP_ROWS = 1024  # rows of a row group written, at most (see writer)
ROW_GROUP_BYTES = 64 << 20  # ... or bytes of Arrow data


def _pyarrow(what: str) -> Any:
    return require("pyarrow", "parquet", what)


@contextmanager
def read(name: str, stdin: IO[bytes], options: CorpusOptions) -> Iterator[Iterator[Batch]]:
    """The batches of the Parquet file ``name`` (``-``: stdin); raises :class:`CorpusError`
    if the file is not Parquet or its columns do not fit the options."""
    _pyarrow("reading .parquet")
    import pyarrow.parquet as pq

    source: Any = name
    if name == "-":
        source = io.BytesIO(stdin.read())
    elif not _seekable(name):
        with open(name, "rb") as pipe:
            source = io.BytesIO(pipe.read())
    try:
        file = pq.ParquetFile(source)
    except ValueError as exc:  # pyarrow's ArrowInvalid says what is wrong with the file
        raise CorpusError(f"not a Parquet file: {exc}") from None
    _check_schema(file.schema_arrow, options)
    yield _batches(name, file, options)


def _seekable(name: str) -> bool:
    with open(name, "rb") as handle:
        return handle.seekable()


def _check_schema(schema: Any, options: CorpusOptions) -> None:
    import pyarrow as pa

    if options.text_field not in schema.names:
        raise CorpusError(f"no column {options.text_field!r} (columns: {', '.join(schema.names)}; see --text-field)")
    kind = schema.field(options.text_field).type
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
        raise CorpusError(f"column {options.text_field!r} holds {kind}, not strings")
    for name in options.added_fields:
        if name in schema.names:
            raise CorpusError(
                f"the file already has a column {name!r}; it would be overwritten "
                "(choose another name with --output-field or --provenance-field)"
            )


def _batches(name: str, file: Any, options: CorpusOptions) -> Iterator[Batch]:
    """Batches of rows; a read error ends the corpus with an error batch after the good rows."""
    row = 1
    try:
        for table in file.iter_batches(batch_size=BATCH_ROWS):
            yield Batch(name, row, [], options, table=table)
            row += table.num_rows
    except (OSError, ValueError) as exc:
        read = f"the {row - 1} row(s) before it were read" if row > 1 else "nothing could be read"
        yield Batch(name, row, [], options, error=f"{name}:{row}: cannot read on: {exc}; {read}")
        return
    if row == 1:  # no rows: one empty batch, so that the output has the schema
        import pyarrow as pa

        yield Batch(name, row, [], options, table=pa.RecordBatch.from_pylist([], schema=file.schema_arrow))


def provenance_type(mode: str) -> Any:
    """The Arrow type of the provenance column for ``--provenance mode`` (summary or full)."""
    import pyarrow as pa

    counts = pa.list_(pa.struct([("rule", pa.string()), ("count", pa.int64()), ("removed_chars", pa.int64())]))
    edits = pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()), ("rule", pa.string()),
                                ("removed", pa.string()), ("inserted", pa.string())]))
    return pa.struct([
        ("sha256", pa.string()),
        ("removed_chars", pa.int64()),
        ("counts", counts),
        ("edits", edits if mode == "full" else pa.int64()),
        ("warnings", pa.list_(pa.string())),
    ])


def _provenance(result: Result, mode: str) -> dict[str, Any]:
    removed = result.removed_chars
    return {
        "sha256": result.source["sha256"],
        "removed_chars": sum(removed.values()),
        "counts": [
            {"rule": rule, "count": count, "removed_chars": removed.get(rule, 0)}
            for rule, count in sorted(result.counts.items())
        ],
        "edits": [
            {"start": e.start, "end": e.end, "rule": e.rule, "removed": e.removed, "inserted": e.inserted}
            for e in result.edits
        ] if mode == "full" else len(result.edits),
        "warnings": list(result.warnings),
    }


def clean_batch(cleaner: Cleaner, batch: Batch) -> BatchResult:
    """Clean every row of a batch into an Arrow IPC stream; each row succeeds or fails alone."""
    import pyarrow as pa

    out = BatchResult()
    if batch.error:
        out.errors.append(batch.error)
        return out
    options, table = batch.options, batch.table
    texts = table.column(options.text_field).to_pylist()
    kept: list[int] = []
    cleaned: list[str | None] = []
    provenance: list[dict[str, Any] | None] = []
    for offset, text in enumerate(texts):
        where = f"{batch.name}:{batch.first_line + offset}"
        out.size += len(text.encode("utf-8", "surrogatepass")) if text else 0
        try:
            if text is None:
                raise BadRecord(f"column {options.text_field!r} is null")
            result = clean_text(cleaner, text, where, out, batch, offset)
        except Exception as exc:  # a bad row, or a bug, must not cost the other rows
            problem = str(exc) if isinstance(exc, BadRecord) else f"internal error: {type(exc).__name__}: {exc}"
            out.errors.append(f"{where}: {problem}")
            if options.on_error == "keep":
                kept.append(offset)
                cleaned.append(text)
                provenance.append(None)
            continue
        kept.append(offset)
        cleaned.append(result.text)
        provenance.append(_provenance(result, options.provenance))
    rows = table if len(kept) == table.num_rows else table.take(pa.array(kept, type=pa.int64()))
    target = options.output_field or options.text_field
    text_type = table.schema.field(options.text_field).type
    if target in rows.schema.names:
        rows = rows.set_column(rows.schema.get_field_index(target), target, pa.array(cleaned, type=text_type))
    else:
        rows = rows.append_column(target, pa.array(cleaned, type=text_type))
    if options.provenance != "none":
        rows = rows.append_column(
            options.provenance_field, pa.array(provenance, type=provenance_type(options.provenance))
        )
    out.output = _ipc_bytes(rows)
    return out


def _ipc_bytes(rows: Any) -> bytes:
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, rows.schema) as stream:
        stream.write_batch(rows)
    return sink.getvalue().to_pybytes()


def _from_ipc(output: bytes) -> Any:
    import pyarrow as pa

    return pa.ipc.open_stream(output).read_next_batch()


@contextmanager
def writer(raw: IO[bytes]) -> Iterator[Callable[[bytes], None]]:
    """Write batches' outputs into ``raw`` as one Parquet file (its schema from the first batch).

    Batches are gathered into row groups of :data:`ROW_GROUP_ROWS` rows (or
    :data:`ROW_GROUP_BYTES`): one row group per batch of 64 would cost every
    reader of the file a seek and a column chunk's overhead per 64 rows.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    parquet: Any = None
    pending: list[Any] = []

    def flush() -> None:
        parquet.write_table(pa.Table.from_batches(pending), row_group_size=sum(b.num_rows for b in pending) or None)
        pending.clear()

    def write(output: bytes) -> None:
        nonlocal parquet
        if not output:
            return  # a batch that could not be read
        rows = _from_ipc(output)
        if parquet is None:
            parquet = pq.ParquetWriter(raw, rows.schema)
        pending.append(rows)
        if sum(b.num_rows for b in pending) >= ROW_GROUP_ROWS or sum(b.nbytes for b in pending) >= ROW_GROUP_BYTES:
            flush()

    try:
        yield write
        if pending:
            flush()
    finally:
        if parquet is not None:
            parquet.close()  # also on error, or pyarrow closes it later, into a file that is gone


def to_lines(output: bytes) -> bytes:
    """A batch's output as JSONL lines (for stdout, which is for reading, not for Parquet)."""
    if not output:
        return b""
    return b"".join(json_text(row, default=str).encode("utf-8") + b"\n" for row in _from_ipc(output).to_pylist())
