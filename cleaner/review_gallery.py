"""The review page's gallery: a few seeded removals of every rule, drawn from the whole run.

A rule that acts on one document in ten thousand is as likely to be wrong
as a busy one, so its examples cannot come from the sampled documents alone.
Each removal gets a priority from a hash of the seed, its document's name and
its place among the document's edits; a rule's examples are its
``GALLERY_EXAMPLES`` removals of lowest priority over the whole run
(bottom-k, as in :mod:`cleaner.review_sample`).  The parent tells the worker
cleaning a document, per rule, the priority an edit must be under to still
have a chance (the k-th lowest seen so far), so only those few removals
travel back; the thresholds only fall, so a late one never loses an example,
and the gallery is the same whatever the number of workers.

>>> from cleaner import clean
>>> result = clean("Title line here\\nAdvertisement\\nThe story goes on.\\n")
>>> for rule, key, example in examples(result, "a.txt", 0, {}):
...     print(rule, key, repr(example["keep"]))
canonical/paragraph a.txt#0 'Title line here\\nAdvertisement'
boilerplate/advertisement a.txt#1 'Title line here\\nAdvertisement\\nThe story goes on.'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .result import Result
from .review_sample import Sampler

__all__ = ["GALLERY_EXAMPLES", "Gallery", "context", "examples"]

GALLERY_EXAMPLES = 6  # removals shown per rule
CONTEXT_CHARS = 300  # context drawn on either side of a removal
SHOWN_CHARS = 600  # longest removal drawn in full


def context(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the lines that ``text[start:end]`` touches plus the nearest non-blank line on either side.

    An edit that starts at a line's end (it removes the break and what
    follows) has that line as its context before.

    >>> text = "One.\\n\\nTwo.\\nThree.\\n\\nFour.\\nFive."
    >>> start = text.index("Three")
    >>> text[slice(*context(text, start, start + 6))]
    'Two.\\nThree.\\n\\nFour.'
    """
    first = text.rfind("\n", 0, start) + 1
    if text[start : start + 1] != "\n" or start == first:
        while first > 0:
            line_start = text.rfind("\n", 0, first - 1) + 1
            blank = not text[line_start : first - 1].strip()
            first = line_start
            if not blank:
                break
    last = end - 1 if end > start and text[end - 1] == "\n" else text.find("\n", end)
    if last < 0:
        last = len(text)
    while last < len(text):
        line_end = text.find("\n", last + 1)
        if line_end < 0:
            line_end = len(text)
        blank = not text[last + 1 : line_end].strip()
        last = line_end
        if not blank:
            break
    return first, last


def _key(name: str, index: int) -> str:
    return f"{name}#{index}"


def examples(result: Result, name: str, seed: int, under: Mapping[str, int]) -> list[tuple[str, str, dict[str, Any]]]:
    """``(rule, key, example)`` for each removal of ``result`` whose priority is under its rule's threshold.

    ``under`` holds a threshold for each rule that already has its examples;
    every removal of another rule qualifies.  An example carries what the
    gallery draws (the removal with cropped context, line and column) and,
    as ``keep``, the whole lines of its context as in the input.
    """
    order = Sampler(0, seed)
    original = result.original
    found = []
    for index, edit in enumerate(result.edits):
        key = _key(name, index)
        limit = under.get(edit.rule)
        if limit is not None and order.priority(key) >= limit:
            continue
        first, last = context(original, edit.start, edit.end)
        before, removed, after = original[first : edit.start], edit.removed, original[edit.end : last]
        line_start = original.rfind("\n", 0, edit.start) + 1
        found.append((edit.rule, key, {
            "name": name,
            "edit": index,
            "line": original.count("\n", 0, edit.start) + 1,
            "column": edit.start - line_start + 1,
            "before": before if len(before) <= CONTEXT_CHARS else "…" + before[-CONTEXT_CHARS:],
            "removed": removed if len(removed) <= SHOWN_CHARS else removed[:SHOWN_CHARS] + "…",
            "inserted": edit.inserted,
            "after": after if len(after) <= CONTEXT_CHARS else after[:CONTEXT_CHARS] + "…",
            "reason": edit.reason,
            "keep": original[first:last],
        }))
    return found


class Gallery:
    """Each rule's examples so far: the ``GALLERY_EXAMPLES`` of lowest priority offered."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._samplers: dict[str, Sampler] = {}
        self._found: dict[str, dict[str, tuple[int, dict[str, Any]]]] = {}  # rule -> key -> (priority, example)

    def thresholds(self) -> dict[str, int]:
        """Per rule seen, the priority a removal must be under to have a chance."""
        return {rule: sampler.threshold for rule, sampler in self._samplers.items()}

    def add(self, rule: str, key: str, example: dict[str, Any]) -> None:
        sampler = self._samplers.setdefault(rule, Sampler(GALLERY_EXAMPLES, self.seed))
        found = self._found.setdefault(rule, {})
        if sampler.offer(key):
            found[key] = (sampler.priority(key), example)
            if len(found) > 2 * GALLERY_EXAMPLES:
                self._found[rule] = {k: v for k, v in found.items() if sampler.chosen(v[0])}

    def examples(self, rule: str) -> list[dict[str, Any]]:
        """The rule's examples, in input order."""
        sampler = self._samplers.get(rule)
        if sampler is None:
            return []
        return [example for priority, example in self._found[rule].values() if sampler.chosen(priority)]
