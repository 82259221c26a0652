"""A one-line progress display on stderr: documents, documents/s and MB/s."""

from __future__ import annotations

import sys
import time

__all__ = ["Progress"]


class Progress:
    """Redrawn at most ten times a second; silent unless ``enabled``."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.documents = 0
        self.bytes = 0
        self._start = time.monotonic()
        self._drawn = 0.0
        self._visible = False

    def advance(self, documents: int, size: int) -> None:
        self.documents += documents
        self.bytes += size
        now = time.monotonic()
        if self.enabled and now - self._drawn >= 0.1:
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self._start, 1e-9)
        return (
            f"{self.documents:,} documents  {self.documents / elapsed:,.0f} docs/s  "
            f"{self.bytes / 1e6 / elapsed:,.2f} MB/s  {elapsed:,.0f}s"
        )

    def _draw(self, now: float) -> None:
        sys.stderr.write("\r\x1b[K" + self.line(now))
        sys.stderr.flush()
        self._drawn = now
        self._visible = True

    def clear(self) -> None:
        """Erase the line before something else is printed."""
        if self._visible:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self._visible = False

    def finish(self) -> None:
        """Leave the final figures on screen."""
        if self.enabled and self.documents:
            self._draw(time.monotonic())
            sys.stderr.write("\n")
            self._visible = False
