"""Minimal changed spans between two versions of a short text.

Stages that transform a line wholesale (ftfy, NFC) know only the line before
and after; provenance wants each changed spot on its own.  We align the two
versions word by word (words are long enough to make the alignment cheap and
unambiguous) and then trim each differing group of words to the characters
that really differ.

>>> changed_spans("Ukraine\u00e2\u20ac\u2122s plan and Russia\u00e2\u20ac\u2122s", "Ukraine\u2019s plan and Russia\u2019s")
[(7, 10, '\u2019'), (27, 30, '\u2019')]
"""

from __future__ import annotations

from difflib import SequenceMatcher

import regex

_WORD = regex.compile(r"\S+|\s+")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


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


def changed_spans(old: str, new: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, replacement)`` of ``old`` that turn it into ``new``.

    Sorted and non-overlapping; applying them to ``old`` gives ``new``.
    """
    if old == new:
        return []
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    old_starts = [0]
    for token in old_tokens:
        old_starts.append(old_starts[-1] + len(token))
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    spans = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            spans.append(
                _trimmed(old[old_starts[i1] : old_starts[i2]], "".join(new_tokens[j1:j2]), old_starts[i1])
            )
    return spans
