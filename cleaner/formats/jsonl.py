"""JSONL, in and out: one JSON object per line (``.jsonl``, ``.ndjson``; gzip or zstd).

In, a corpus: records travel to workers in batches of raw lines and come
back as output lines.  A line that is not a JSON object with a string in
the text field is reported with its line (and column) and skipped, or
copied through byte for byte with ``on_error="keep"``.  A line that is not
UTF-8 is decoded like a text file (and says so).  A corpus that cannot be
read to its end (a truncated ``.gz`` or ``.zst``) keeps every record before
the break and reports the break.  A corpus's output is JSONL again (and
compressed as its name says).

Out, ``--format jsonl``: each document's ``Result.to_dict()`` as one line.

Lone surrogates and U+2028, U+2029, U+0085 are written as escapes
(:func:`json_text`), so every record stays one line of valid UTF-8.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

from ..corpus import Batch, BatchResult, BadRecord, CorpusOptions, clean_text, record_provenance
from ..decode import decode_bytes
from ..pipeline import Cleaner
from .compression import READ_ERRORS, decompressed
from .text import end_stdout, to_stdout  # on stdout, lines follow one another as texts do

if TYPE_CHECKING:
    from ..result import Result

__all__ = [
    "GLOBS", "NAME", "SUFFIXES", "clean_batch", "end_stdout", "json_text", "output_name", "read", "render", "to_lines",
    "to_stdout", "writer",
]

NAME = "jsonl"
SUFFIXES = tuple(name + packed for name in (".jsonl", ".ndjson") for packed in ("", ".gz", ".zst"))
GLOBS = tuple(f"*{suffix}" for suffix in SUFFIXES)  # taken from folders by default
BATCH_LINES = 64

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


@contextmanager
def read(name: str, stdin: IO[bytes], options: CorpusOptions) -> Iterator[Iterator[Batch]]:
    """The batches of the corpus ``name`` (``-``: stdin), decompressed as its first bytes say."""
    raw = stdin if name == "-" else open(name, "rb")  # noqa: SIM115 - closed below
    try:
        with decompressed(raw) as stream:
            yield _batches(name, stream, options)
    finally:
        if raw is not stdin:
            raw.close()


def _batches(name: str, stream: IO[bytes], options: CorpusOptions) -> Iterator[Batch]:
    """Batches of raw lines; a read error ends the corpus with an error batch after the good lines."""
    batch: list[bytes] = []
    first = number = 1
    lines = iter(stream)
    while True:
        try:
            line = next(lines)
        except StopIteration:
            break
        except READ_ERRORS as exc:
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
        raise BadRecord(f"invalid JSON: {exc.msg}", exc.colno) from None
    if not isinstance(record, dict):
        raise BadRecord(f"line is a JSON {type(record).__name__}, not an object")
    text = record.get(options.text_field)
    if not isinstance(text, str):
        raise BadRecord(f"field {options.text_field!r} is missing or not a string")
    for name in options.added_fields:
        if name in record:
            raise BadRecord(
                f"the record already has a field {name!r}; it would be overwritten "
                "(choose another name with --output-field or --provenance-field)"
            )
    return record, text, note


def _clean_line(cleaner: Cleaner, raw: bytes, where: str, out: BatchResult, batch: Batch, offset: int) -> bytes:
    """One output line (without its line break) for one input line; raises BadRecord."""
    options = batch.options
    record, text, note = _parse(raw, options)
    result = clean_text(cleaner, text, where, out, batch, offset, note)
    record[options.output_field or options.text_field] = result.text
    provenance = record_provenance(result, options.provenance)
    if provenance is not None:
        record[options.provenance_field] = provenance
    return json_text(record).encode("utf-8")


def clean_batch(cleaner: Cleaner, batch: Batch) -> BatchResult:
    """Clean every record of a batch into JSONL lines; each record succeeds or fails alone."""
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
            lines.append(_clean_line(cleaner, raw, where, out, batch, offset))
        except BadRecord as exc:
            out.errors.append(f"{where}:{exc.column}: {exc}" if exc.column else f"{where}: {exc}")
            if options.on_error == "keep":
                lines.append(raw.rstrip(b"\r\n"))
        except Exception as exc:  # a bug must not cost the other records
            out.errors.append(f"{where}: internal error: {type(exc).__name__}: {exc}")
            if options.on_error == "keep":
                lines.append(raw.rstrip(b"\r\n"))
    out.output = b"".join(line + b"\n" for line in lines)
    return out


@contextmanager
def writer(raw: IO[bytes]) -> Iterator[Callable[[bytes], None]]:
    """Write batches' outputs into ``raw``: they are JSONL lines already."""
    yield raw.write


def to_lines(output: bytes) -> bytes:
    """A batch's output as JSONL lines (for stdout): it already is."""
    return output


# -- out: --format jsonl ------------------------------------------------------


def output_name(relative: str) -> str:
    """A document's output name under ``-o``: ``.jsonl`` added (``a.md`` -> ``a.md.jsonl``)."""
    return f"{relative}.jsonl"


def render(result: Result) -> str:
    """A document's output: its JSON on one line."""
    return json_text(result.to_dict()) + "\n"

