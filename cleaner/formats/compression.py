"""Compressed corpora: gzip and zstd, read by their magic bytes, written by suffix.

Reading by magic bytes rather than by name makes pipes work
(``clean --jsonl <(cat part.jsonl.zst)``).  zstd needs the ``zstandard``
package (``pip install 'scrapeclean[zstd]'``).
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

__all__ = ["MissingExtra", "READ_ERRORS", "SUFFIXES", "compressed_writer", "decompressed", "require"]

SUFFIXES = (".gz", ".zst")
_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class MissingExtra(ImportError):
    """A format needs an optional package; the message names the extra that brings it."""


def require(module: str, extra: str, what: str) -> Any:
    """Import ``module``, or raise :class:`MissingExtra` saying which extra to install.

    >>> require("no_such_module_here", "parquet", "reading .parquet")
    Traceback (most recent call last):
    ...
    cleaner.formats.compression.MissingExtra: reading .parquet needs no_such_module_here: pip install 'scrapeclean[parquet]'
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{what} needs {module}: pip install 'scrapeclean[{extra}]'") from None


# What a reader of a damaged compressed stream raises where the damage is
# (zstandard's own error is turned into an OSError where it is raised, so that
# zstandard is imported only to read zstd).
READ_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error)


@contextmanager
def decompressed(stream: IO[bytes]) -> Iterator[IO[bytes]]:
    """``stream``, decompressed when its first bytes say gzip or zstd."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    magic = buffered.peek(4)[:4]
    if magic[:2] == _GZIP_MAGIC:
        with gzip.GzipFile(fileobj=buffered, mode="rb") as zipped:
            yield zipped  # type: ignore[misc]
    elif magic == _ZSTD_MAGIC:
        zstandard = require("zstandard", "zstd", "reading zstd")
        with io.BufferedReader(_ZstdReader(buffered, zstandard.ZstdDecompressor(), zstandard.ZstdError)) as unzipped:
            yield unzipped
    else:
        yield buffered


class _ZstdReader(io.RawIOBase):
    """zstd frames, one after another, decompressed; a stream that ends inside a
    frame raises ``EOFError`` (zstandard's own stream reader just stops there)."""

    def __init__(self, source: IO[bytes], decompressor: Any, damaged: type[Exception]) -> None:
        self.source = source
        self.decompressor = decompressor
        self.damaged = damaged  # what zstandard raises on damaged data
        self.frame = decompressor.decompressobj()
        self.in_frame = False  # bytes of the current frame were read
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.pending:
            chunk = self.source.read(1 << 16)
            if not chunk:
                if self.in_frame:
                    raise EOFError("zstd data ends before its frame does (a truncated file?)")
                return 0
            self.pending = self._decompress(chunk)
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size

    def _decompress(self, chunk: bytes) -> bytes:
        out = []
        while chunk:
            self.in_frame = True
            try:
                out.append(self.frame.decompress(chunk))
            except self.damaged as exc:
                raise OSError(f"damaged zstd data: {exc}") from None
            if not self.frame.eof:
                break
            chunk, self.frame, self.in_frame = self.frame.unused_data, self.decompressor.decompressobj(), False
        return b"".join(out)


@contextmanager
def compressed_writer(raw: IO[bytes], name: str) -> Iterator[IO[bytes]]:
    """A writer into ``raw`` that compresses as ``name``'s suffix says (``.gz``, ``.zst``, or not)."""
    lower = name.lower()
    if lower.endswith(".gz"):
        with gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as zipped:
            yield zipped  # type: ignore[misc]
    elif lower.endswith(".zst"):
        zstandard = require("zstandard", "zstd", "writing .zst")
        with zstandard.ZstdCompressor().stream_writer(raw, closefd=False) as zipped:
            yield zipped
    else:
        yield raw
