"""Text that remembers where every character came from.

Every stage of the pipeline changes the text only through :class:`Change`
objects (replace a span of the *current* text).  :class:`TrackedText` folds
each batch of changes into one list of :class:`Edit` objects expressed against
the *original* text, so that at any point

* ``edits`` says, for every changed region of the original, what was removed,
  what stands in its place and which rules did it;
* :meth:`TrackedText.to_original` maps an output offset back to the input;
* :func:`restore` rebuilds the original from the output and the edits alone.

Edits never overlap in the original.  When a later change touches text that an
earlier change produced (a line removed after its mojibake was repaired, a
quote straightened inside a repaired word), the two fuse into one edit whose
``steps`` list every rule that took part, oldest first.

Folding a batch costs time proportional to the number of edits plus the text
the batch touches, never per character of the document.

>>> t = TrackedText("caf\u00c3\u00a9 au lait\\n\\n\\n")
>>> t.apply([Change.of(3, 5, "\u00e9", "unicode/mojibake", "latin-1 read as utf-8")])
>>> t.apply([Change.of(12, 14, "", "canonical/paragraph", "blank lines")])
>>> t.text
'caf\u00e9 au lait\\n'
>>> [(e.start, e.end, e.removed, e.inserted, e.rule) for e in t.edits]
[(3, 5, '\u00c3\u00a9', '\u00e9', 'unicode/mojibake'), (13, 15, '\\n\\n', '', 'canonical/paragraph')]
>>> restore(t.text, t.edits) == t.original
True
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

__all__ = ["Step", "Change", "Edit", "TrackedText", "apply_changes", "original_offset", "restore"]


@dataclass(frozen=True, slots=True)
class Step:
    """One rule's part in an edit: which rule, and why it acted."""

    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class Change:
    """Replace ``current_text[start:end]`` with ``text``; made by ``steps``."""

    start: int
    end: int
    text: str
    steps: tuple[Step, ...]

    @classmethod
    def of(cls, start: int, end: int, text: str, rule: str, reason: str) -> Change:
        """A change made by a single rule."""
        return cls(start, end, text, _single_step(rule, reason))


@lru_cache(maxsize=4096)
def _single_step(rule: str, reason: str) -> tuple[Step, ...]:
    """One rule's step, shared by all its changes: a rule makes many changes
    for the same reason, and building a frozen Step costs as much as the Change."""
    return (Step(rule, reason),)


@dataclass(frozen=True, slots=True)
class Edit:
    """A changed region of the original text.

    ``start``/``end`` are character offsets into the original (decoded) input,
    ``removed`` is ``original[start:end]``, ``inserted`` is what the output
    holds in its place, and ``out_start`` is where that is in the output.
    """

    start: int
    end: int
    removed: str
    inserted: str
    steps: tuple[Step, ...]
    out_start: int

    @property
    def primary(self) -> Step:
        """The step that matters most: the last one that is not mere ``canonical/`` formatting.

        A removal whose surrounding blank lines were then tidied is reported
        as the removal, not as the tidying.
        """
        for step in reversed(self.steps):
            if not step.rule.startswith("canonical/"):
                return step
        return self.steps[-1]

    @property
    def rule(self) -> str:
        return self.primary.rule

    @property
    def reason(self) -> str:
        return self.primary.reason

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "removed": self.removed,
            "inserted": self.inserted,
            "rule": self.rule,
            "reason": self.reason,
            "steps": [{"rule": s.rule, "reason": s.reason} for s in self.steps],
            "out_start": self.out_start,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Edit:
        steps = tuple(Step(s["rule"], s["reason"]) for s in data["steps"])
        return cls(
            data["start"], data["end"], data["removed"], data["inserted"], steps,
            data["out_start"],
        )


# Internal form of an edit while stages run: (orig_start, orig_end, inserted, steps).
_Span = tuple[int, int, str, tuple[Step, ...]]


def apply_changes(text: str, changes: Sequence[Change]) -> str:
    """Return ``text`` with sorted, non-overlapping ``changes`` applied."""
    pieces: list[str] = []
    pos = 0
    for change in changes:
        pieces.append(text[pos : change.start])
        pieces.append(change.text)
        pos = change.end
    pieces.append(text[pos:])
    return "".join(pieces)


class TrackedText:
    """The current text of a document plus its composed edits against the original."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self._spans: list[_Span] = []
        self._edits: list[Edit] | None = None

    def apply(self, changes: Sequence[Change], before_replacing: Callable[[], None] | None = None) -> None:
        """Apply one stage's changes, given in coordinates of the current text.

        ``changes`` must be sorted and non-overlapping; a change that leaves
        its span as it is counts for nothing.  A change that overlaps text
        produced by an earlier edit fuses with that edit.
        ``before_replacing`` is called just before the text is replaced, if
        it is (a caller lets go of what it keeps of the old text there).
        """
        current = self.text
        kept: list[Change] = []
        pos = 0
        for change in changes:  # drop no-ops and check order in one loop: this runs for every stage
            if current[change.start : change.end] == change.text:
                continue
            if not pos <= change.start <= change.end <= len(current):
                raise ValueError(f"changes must be sorted, non-overlapping and inside the text: {change!r}")
            kept.append(change)
            pos = change.end
        if not kept:
            return
        if before_replacing is not None:
            before_replacing()
        self.text = apply_changes(current, kept)
        self._spans = self._fold(current, kept)
        self._edits = None

    def _fold(self, current: str, changes: list[Change]) -> list[_Span]:
        old = self._spans
        folded: list[_Span] = []
        i = 0  # next old span not yet placed
        delta = 0  # original offset minus current offset after the placed spans
        j = 0
        while j < len(changes):
            # Old spans that end before this change starts stay as they are.
            while i < len(old):
                o_start, o_end, inserted, _ = old[i]
                if o_start - delta + len(inserted) > changes[j].start:
                    break
                folded.append(old[i])
                delta += (o_end - o_start) - len(inserted)
                i += 1
            change = changes[j]
            if (i == len(old) or old[i][0] - delta >= change.end) and (
                j + 1 == len(changes) or changes[j + 1].start >= change.end
            ):
                # The common case: a change touching no earlier edit and no
                # other change (so its text differs from the original's).
                folded.append((change.start + delta, change.end + delta, change.text, change.steps))
                j += 1
                continue
            # Grow a cluster: changes and old spans that overlap one another.
            first = j
            c_start, c_end = change.start, change.end
            j += 1
            steps: list[Step] = []
            absorbed_delta = 0
            while True:
                if i < len(old):
                    o_start, o_end, inserted, old_steps = old[i]
                    cs = o_start - delta - absorbed_delta
                    if cs < c_end:
                        c_start = min(c_start, cs)
                        c_end = max(c_end, cs + len(inserted))
                        steps.extend(old_steps)
                        absorbed_delta += (o_end - o_start) - len(inserted)
                        i += 1
                        continue
                if j < len(changes) and changes[j].start < c_end:
                    c_end = max(c_end, changes[j].end)
                    j += 1
                    continue
                break
            members = changes[first:j]
            for member in members:
                steps.extend(member.steps)
            shifted = [Change(c.start - c_start, c.end - c_start, c.text, c.steps) for c in members]
            new_text = apply_changes(current[c_start:c_end], shifted)
            o_start = c_start + delta
            o_end = c_end + delta + absorbed_delta
            delta += absorbed_delta
            if new_text != self.original[o_start:o_end]:
                folded.append((o_start, o_end, new_text, tuple(steps)))
        folded.extend(old[i:])
        return folded

    @property
    def edits(self) -> list[Edit]:
        """Every changed region of the original, in order."""
        if self._edits is None:
            self._edits = []
            delta = 0
            for o_start, o_end, inserted, steps in self._spans:
                self._edits.append(
                    Edit(o_start, o_end, self.original[o_start:o_end], inserted, steps, o_start - delta)
                )
                delta += (o_end - o_start) - len(inserted)
        return self._edits

    def to_original(self, offset: int) -> int:
        """Map an offset in the current text to the offset it came from."""
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside text of length {len(self.text)}")
        return original_offset(self.edits, offset)


def original_offset(edits: Sequence[Edit], offset: int) -> int:
    """Map an output offset to the original offset it came from.

    Offsets outside every edit map exactly; an offset inside an edit's
    inserted text maps into that edit's original span, so the map is
    monotonic.  ``edits`` must be sorted, as :attr:`TrackedText.edits` is.
    """
    # Several edits can start at one output offset (empty insertions): take
    # the last one that starts at or before ``offset``.
    k = bisect_right(edits, offset, key=lambda e: e.out_start) - 1
    if k < 0:
        return offset
    edit = edits[k]
    inside = offset - edit.out_start
    if inside < len(edit.inserted):
        return edit.start + min(inside, max(edit.end - edit.start - 1, 0))
    return edit.end + (inside - len(edit.inserted))


def restore(text: str, edits: Iterable[Edit]) -> str:
    """Rebuild the original text from an output and its edits.

    Raises :class:`ValueError` if the edits do not describe ``text``.
    """
    pieces: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if text[edit.out_start : edit.out_start + len(edit.inserted)] != edit.inserted:
            raise ValueError(f"edit at original offset {edit.start} does not match the text")
        if edit.out_start < pos:
            raise ValueError(f"edit at original offset {edit.start} overlaps the one before")
        pieces.append(text[pos : edit.out_start])
        pieces.append(edit.removed)
        pos = edit.out_start + len(edit.inserted)
    pieces.append(text[pos:])
    return "".join(pieces)
