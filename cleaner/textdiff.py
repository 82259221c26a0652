"""Minimal changed spans between two versions of a short text.

Stages that transform a line wholesale (ftfy, NFC) know only the line before
and after; provenance wants each changed spot on its own.  Their changes are
small and local (a mojibake sequence, an entity, a control character), so a
linear walk finds them: advance while the two texts agree, and at a
difference look a short way ahead in both for the point where they agree
again.  Should that fail, a word-level alignment (difflib) takes over for
the rest.

>>> changed_spans("Ukraine\u00e2\u20ac\u2122s plan and Russia\u00e2\u20ac\u2122s", "Ukraine\u2019s plan and Russia\u2019s")
[(7, 10, '\u2019'), (27, 30, '\u2019')]
>>> changed_spans("Tom &amp; Jerry", "Tom & Jerry")
[(5, 9, '')]
"""

from __future__ import annotations

from difflib import SequenceMatcher

import regex

__all__ = ["changed_spans"]

_WORD = regex.compile(r"\S+|\s+")
_LOOKAHEAD = 24  # how far to look for the texts to agree again
_AGREE = 4  # characters that must agree to count as agreeing again


def _agree(old: str, new: str, i: int, j: int) -> bool:
    """Both texts go on the same way from ``i`` and ``j`` (or both end there)."""
    ahead = old[i : i + _AGREE]
    if ahead != new[j : j + _AGREE]:
        return False
    return len(ahead) == _AGREE or (i + len(ahead) == len(old) and j + len(ahead) == len(new))


def _resync(old: str, new: str, i: int, j: int) -> tuple[int, int] | None:
    """The nearest (i2, j2) after a difference at (i, j) where both agree again."""
    for total in range(1, 2 * _LOOKAHEAD + 1):
        for di in range(max(0, total - _LOOKAHEAD), min(total, _LOOKAHEAD) + 1):
            i2, j2 = i + di, j + total - di
            if i2 <= len(old) and j2 <= len(new) and _agree(old, new, i2, j2):
                return i2, j2
    return None


def _common_prefix(old: str, i: int, new: str, j: int) -> int:
    """Length of the common prefix of ``old[i:]`` and ``new[j:]`` (slice compares run in C)."""
    lo, hi = 0, min(len(old) - i, len(new) - j)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[i : i + mid] == new[j : j + mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _trimmed(old: str, new: str, offset: int) -> tuple[int, int, str]:
    """The span of ``old`` (shifted by ``offset``) that differs from ``new``."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    limit -= prefix
    while suffix < limit and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return offset + prefix, offset + len(old) - suffix, new[prefix : len(new) - suffix]


def _by_words(old: str, new: str, offset: int) -> list[tuple[int, int, str]]:
    old_tokens, new_tokens = _WORD.findall(old), _WORD.findall(new)
    starts = [0]
    for token in old_tokens:
        starts.append(starts[-1] + len(token))
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    return [
        _trimmed(old[starts[i1] : starts[i2]], "".join(new_tokens[j1:j2]), offset + starts[i1])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


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
        agreed = _resync(old, new, i, j)
        if agreed is None:
            return spans + _by_words(old[i:], new[j:], i)
        spans.append((i, agreed[0], new[j : agreed[1]]))
        i, j = agreed
    if i < len(old) or j < len(new):
        spans.append((i, len(old), new[j:]))
    return spans
