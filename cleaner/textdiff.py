"""Minimal changed spans between two versions of a text, in linear time.

Stages that transform a line wholesale (ftfy, NFC) know only the line before
and after; provenance wants each changed spot on its own.  Their changes are
local (a mojibake sequence, an entity, a control character), so a walk finds
them: advance while the two texts agree, and at a difference find the
nearest point where they agree again.  "Agree" first means the next four
characters are equal, sought a short way ahead (one equal character is
often chance: ``&amp; more`` against ``& more`` agrees on the ``m``).  A
long run of mojibake words agrees only on the single spaces between them,
so failing that, the nearest point where one character agrees (or both
texts end) will do, sought in windows that double until one holds it.
Each search costs time in proportion to the distance it skips, plus a
constant, so the whole walk is linear in the length of the texts, whatever
they hold.

>>> changed_spans("Ukraine\u00e2\u20ac\u2122s plan and Russia\u00e2\u20ac\u2122s", "Ukraine\u2019s plan and Russia\u2019s")
[(7, 10, '\u2019'), (27, 30, '\u2019')]
>>> changed_spans("Tom &amp; more", "Tom & more")
[(5, 9, '')]
>>> changed_spans("\u00c3\u00a9t\u00c3\u00a9 \u00c3\u00a9t\u00c3\u00a9", "\u00e9t\u00e9 \u00e9t\u00e9")
[(0, 2, '\u00e9'), (3, 5, '\u00e9'), (6, 8, '\u00e9'), (9, 11, '\u00e9')]
"""

from __future__ import annotations

__all__ = ["changed_spans"]

_AGREE = 4  # characters that must be equal for the texts to agree again nearby
_NEAR = 24  # how far ahead such a point is sought
_WINDOW = 16  # the first window in which one equal character is sought


def _common_prefix(old: str, i: int, new: str, j: int) -> int:
    """Length of the common prefix of ``old[i:]`` and ``new[j:]``, in time
    proportional to it: compare blocks of doubling size (slice compares run
    in C), then halve the block where they differ."""
    limit = min(len(old) - i, len(new) - j)
    agreed, step = 0, 8
    while agreed < limit:
        end = min(limit, agreed + step)
        if old[i + agreed : i + end] != new[j + agreed : j + end]:
            while end - agreed > 1:  # old and new differ in [agreed, end)
                mid = (agreed + end) // 2
                if old[i + agreed : i + mid] == new[j + agreed : j + mid]:
                    agreed = mid
                else:
                    end = mid
            return agreed
        agreed, step = end, step * 2
    return agreed


def _agreement(old: str, new: str, i: int, j: int) -> tuple[int, int] | None:
    """The nearest ``(i2, j2)``, each at most ``_NEAR`` ahead of ``(i, j)``,
    where the next ``_AGREE`` characters of both texts are equal: least
    ``(i2 - i) + (j2 - j)``, then least ``i2``.  A substring search in
    ``new`` for each start in ``old``."""
    ahead = new[j : j + _NEAR + _AGREE]
    best: tuple[int, int] | None = None
    best_total = 2 * _NEAR + 1
    for i2 in range(i, min(len(old) - _AGREE, i + _NEAR) + 1):
        skipped = i2 - i
        if skipped >= best_total:
            break
        reach = min(_NEAR, best_total - skipped - 1)  # a farther j2 is no nearer
        found = ahead.find(old[i2 : i2 + _AGREE], 0, reach + _AGREE)
        if found >= 0:
            best, best_total = (i2, j + found), skipped + found
    return best


def _char_agreement(old: str, new: str, i: int, j: int, window: int) -> tuple[int, int] | None:
    """The nearest ``(i2, j2)``, each at most ``window`` ahead of ``(i, j)``,
    where both texts hold the same character or both end: least
    ``(i2 - i) + (j2 - j)``, then least ``i2``.  One dict of the first
    position of each character in ``new``'s window (built in C), one pass
    over ``old``'s."""
    stop = min(len(new), j + window + 1)
    first = dict(zip(reversed(new[j:stop]), range(stop - 1, j - 1, -1)))
    if j + window >= len(new):
        first[""] = len(new)
    best: tuple[int, int] | None = None
    best_total = 2 * window + 1
    for i2 in range(i, min(len(old), i + window) + 1):
        if i2 - i >= best_total:
            break
        j2 = first.get(old[i2 : i2 + 1])
        if j2 is not None and i2 - i + j2 - j < best_total:
            best, best_total = (i2, j2), i2 - i + j2 - j
    return best


def _resync(old: str, new: str, i: int, j: int) -> tuple[int, int]:
    """Where the texts agree again after a difference at ``(i, j)``."""
    near = _agreement(old, new, i, j)
    if near is not None:
        return near
    window = _WINDOW
    while True:
        found = _char_agreement(old, new, i, j, window)
        # A point nearer than the window's size lies inside it: none is missed.
        if found is not None and found[0] - i + found[1] - j <= window:
            return found
        window *= 2


def changed_spans(old: str, new: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, replacement)`` of ``old`` that turn it into ``new``.

    Sorted and non-overlapping; applying them to ``old`` gives ``new``.
    """
    spans: list[tuple[int, int, str]] = []
    i = j = 0
    while True:
        same = _common_prefix(old, i, new, j)
        i, j = i + same, j + same
        if i == len(old) or j == len(new):
            break
        i2, j2 = _resync(old, new, i, j)
        spans.append((i, i2, new[j:j2]))
        i, j = i2, j2
    if i < len(old) or j < len(new):
        spans.append((i, len(old), new[j:]))
    return spans
