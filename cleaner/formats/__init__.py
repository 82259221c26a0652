"""Input and output formats, one module each, and the registries that find them.

A **document format** (text, html) makes one result of one input.  Its module has

* ``NAME``, ``SUFFIXES`` (the names it claims, in any case) and ``GLOBS``
  (what a folder gives by default);
* ``sniff(data) -> bool``: content it claims under a name no format claims;
* ``clean(cleaner, name, data) -> Result``: run in worker processes; an
  input it cannot read raises :class:`~cleaner.decode.NotTextError` or
  :class:`~cleaner.html.HTMLExtractionError`.

A **corpus format** (jsonl, parquet) holds many records, and its output is
in its own format.  Its module has ``NAME``, ``SUFFIXES``, ``GLOBS`` and

* ``read(name, stdin, options)``: a context manager giving an iterator of
  :class:`~cleaner.corpus.Batch` (``-`` is stdin); a file it cannot take at
  all raises :class:`~cleaner.corpus.CorpusError`;
* ``clean_batch(cleaner, batch) -> BatchResult``: run in worker processes;
  the result's ``output`` is bytes in the format's own stream encoding;
* ``writer(raw)``: a context manager giving a function that writes each
  batch's output into the output file ``raw``;
* ``to_lines(output)``: a batch's output as JSONL lines, for stdout.

An **output format** (``--format``: text, json, jsonl) renders each document.
Its module has ``NAME`` and

* ``output_name(relative) -> str``: the output's name under ``-o``;
* ``render(result) -> str``: the output, as its file holds it (run in workers);
* ``to_stdout(output, index, several)`` and ``end_stdout(written, several)``:
  what stdout gets for each output and after the last (``several``: the
  command named several inputs or a folder).

A module may be formats of several kinds (text is read and written).
Adding a format is one module and one line in :data:`DOCUMENT_FORMATS`,
:data:`CORPUS_FORMATS` or :data:`OUTPUT_FORMATS`: the command then takes its
files from folders, offers it to ``--format``, and names its outputs.
Formats that need an optional package raise
:class:`~cleaner.formats.compression.MissingExtra`, naming the extra.

>>> corpus_format("crawl/part-0.NDJSON.zst").NAME, corpus_format("notes.txt")
('jsonl', None)
>>> corpus_format("part-0.parquet").NAME, corpus_format("notes.txt", force_jsonl=True).NAME
('parquet', 'jsonl')
>>> [document_format(name, b"<!DOCTYPE html>", None).NAME for name in ("a.md", "a.HTM", "page", "-")]
['text', 'html', 'html', 'text']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import IO, TYPE_CHECKING, Protocol

from . import html, json_document, jsonl, parquet, text

if TYPE_CHECKING:
    from ..corpus import Batch, BatchResult, CorpusOptions
    from ..pipeline import Cleaner
    from ..result import Result

__all__ = [
    "CORPUS_FORMATS", "DEFAULT_GLOBS", "DOCUMENT_FORMATS", "OUTPUT_FORMATS", "CorpusFormat", "DocumentFormat",
    "OutputFormat", "corpus_format", "document_format",
]


class DocumentFormat(Protocol):
    NAME: str
    SUFFIXES: tuple[str, ...]
    GLOBS: tuple[str, ...]

    def sniff(self, data: bytes) -> bool: ...
    def clean(self, cleaner: Cleaner, name: str, data: bytes) -> Result: ...


class CorpusFormat(Protocol):
    NAME: str
    SUFFIXES: tuple[str, ...]
    GLOBS: tuple[str, ...]

    def read(self, name: str, stdin: IO[bytes], options: CorpusOptions) -> AbstractContextManager[Iterator[Batch]]: ...
    def clean_batch(self, cleaner: Cleaner, batch: Batch) -> BatchResult: ...
    def writer(self, raw: IO[bytes]) -> AbstractContextManager[Callable[[bytes], None]]: ...
    def to_lines(self, output: bytes) -> bytes: ...


class OutputFormat(Protocol):
    NAME: str

    def output_name(self, relative: str) -> str: ...
    def render(self, result: Result) -> str: ...
    def to_stdout(self, output: str, index: int, several: bool) -> str: ...
    def end_stdout(self, written: int, several: bool) -> str: ...


DOCUMENT_FORMATS: tuple[DocumentFormat, ...] = (
    text,  # also what no format claims
    html,
)
CORPUS_FORMATS: tuple[CorpusFormat, ...] = (
    jsonl,
    parquet,
)
OUTPUT_FORMATS: dict[str, OutputFormat] = {module.NAME: module for module in (
    text,
    json_document,
    jsonl,
)}

# Files taken from folders by default.
DEFAULT_GLOBS = tuple(glob for module in (*DOCUMENT_FORMATS, *CORPUS_FORMATS) for glob in module.GLOBS)


def corpus_format(name: str, force_jsonl: bool = False) -> CorpusFormat | None:
    """The format of a corpus named ``name``, or None for a document (JSONL with ``force_jsonl``)."""
    lower = name.lower()
    for module in CORPUS_FORMATS:
        if lower.endswith(module.SUFFIXES):
            return module
    return jsonl if force_jsonl else None


def document_format(name: str, data: bytes, forced_html: bool | None) -> DocumentFormat:
    """The format of the document ``name`` holding ``data``.

    ``--html``/``--no-html`` (``forced_html``) decide; else the name; else,
    for a named input, its content; else (stdin too) it is text.
    """
    if forced_html is not None:
        return html if forced_html else text
    lower = name.lower()
    for module in DOCUMENT_FORMATS:
        if lower.endswith(module.SUFFIXES):
            return module
    if name != "-":
        for module in DOCUMENT_FORMATS:
            if module.sniff(data):
                return module
    return text
