"""Corpus formats, one module each, and the registry that finds one by file name.

A corpus format is a module with:

* ``SUFFIXES``: the file names it claims (any case), compressed variants included;
* ``read(name, stdin, options)``: a context manager giving an iterator of
  :class:`~cleaner.corpus.Batch` (``-`` is stdin); a file it cannot take at
  all raises :class:`~cleaner.corpus.CorpusError`;
* ``clean_batch(cleaner, batch) -> BatchResult``: run in worker processes;
  the result's ``output`` is bytes in the format's own stream encoding;
* ``writer(raw)``: a context manager giving a function that writes each
  batch's output into the output file ``raw``;
* ``to_lines(output)``: a batch's output as JSONL lines, for stdout.

Adding a format is one module and one line in :data:`CORPUS_FORMATS`.
Formats that need an optional package raise
:class:`~cleaner.formats.compression.MissingExtra`, naming the extra.

>>> corpus_format("crawl/part-0.NDJSON.zst").__name__, corpus_format("notes.txt")
('cleaner.formats.jsonl', None)
>>> corpus_format("part-0.parquet").__name__, corpus_format("notes.txt", force_jsonl=True).__name__
('cleaner.formats.parquet', 'cleaner.formats.jsonl')
"""

from __future__ import annotations

from types import ModuleType

from . import jsonl, parquet

__all__ = ["CORPUS_FORMATS", "DEFAULT_GLOBS", "corpus_format"]

CORPUS_FORMATS: tuple[ModuleType, ...] = (
    jsonl,
    parquet,
)

# Files taken from folders by default: documents, then every corpus format's names.
DEFAULT_GLOBS = (
    "*.txt", "*.text", "*.md", "*.html", "*.htm", "*.xhtml",
    *(f"*{suffix}" for module in CORPUS_FORMATS for suffix in module.SUFFIXES),
)


def corpus_format(name: str, force_jsonl: bool = False) -> ModuleType | None:
    """The format of a corpus named ``name``, or None for a document (JSONL with ``force_jsonl``)."""
    lower = name.lower()
    for module in CORPUS_FORMATS:
        if lower.endswith(module.SUFFIXES):
            return module
    return jsonl if force_jsonl else None
