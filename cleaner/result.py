"""The outcome of cleaning one document: clean text plus its provenance."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .provenance import Edit, original_offset, restore

__all__ = ["Result"]


@dataclass(frozen=True)
class Result:
    """Clean text, every edit against the original, and where the input came from.

    ``original`` is the decoded input (or, for HTML, the extracted text) that
    edit offsets refer to; ``restore()`` rebuilds it from ``text`` and ``edits``.
    A result is immutable (``edits`` is a tuple), so what is derived from it
    (``counts``, ``removed_chars``) can never go stale.
    """

    text: str
    edits: tuple[Edit, ...]
    original: str = field(repr=False)
    source: dict[str, Any]
    version: str
    options: dict[str, Any]
    ruleset: dict[str, Any] | None = None
    html: dict[str, Any] | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # The rules would have removed more than the removal budget allows, so
    # their removals were not applied (repairs and canonical form were).
    over_budget: bool = False

    @property
    def counts(self) -> dict[str, int]:
        """How many times each rule acted, over every step of every edit."""
        return dict(Counter(step.rule for edit in self.edits for step in edit.steps))

    @property
    def removed_chars(self) -> dict[str, int]:
        """Characters of the original removed, by the rule that gave each edit its final form."""
        totals: Counter[str] = Counter()
        for edit in self.edits:
            totals[edit.rule] += len(edit.removed)
        return dict(totals)

    def restore(self) -> str:
        """The original text, rebuilt from the clean text and the edits."""
        return restore(self.text, self.edits)

    def to_original(self, offset: int) -> int:
        """The original offset that output ``offset`` came from."""
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside text of length {len(self.text)}")
        return original_offset(self.edits, offset)

    def summary(self) -> dict[str, Any]:
        """Per-rule counts and removed-character totals, without the edits."""
        return {"counts": self.counts, "removed_chars": self.removed_chars, "edits": len(self.edits)}

    def to_dict(self, edits: bool = True) -> dict[str, Any]:
        """A JSON-ready dict: the shape is documented in the README."""
        data: dict[str, Any] = {
            "text": self.text,
            "source": self.source,
            "version": self.version,
            "options": self.options,
            "ruleset": self.ruleset,
        }
        if self.html is not None:
            data["html"] = self.html
        data["warnings"] = list(self.warnings)
        data["over_budget"] = self.over_budget
        data["counts"] = self.counts
        if edits:
            data["edits"] = [e.to_dict() for e in self.edits]
        return data
