"""Canonical form: one spelling for the same text, as provenance changes.

The canonical form (see the README) is reached by a fixed sequence of small
passes, each a function from the current text to its changes.  Each pass
leaves text that later passes keep, so the whole is idempotent.  Passes 1-4
run before the rules (so that a rule sees one spelling of every character),
5-6 after them:

1. ``canonical/line-break``: CRLF, CR, form feed, NEL, U+2028/9 become ``\\n``.
2. ``canonical/invisible``: zero-width space, soft hyphen, word joiner and
   BOM are removed (ZWJ and ZWNJ stay: they change how scripts render).
3. ``canonical/nfc``: Unicode NFC.
4. ``typography/straight-dashes``, ``typography/ellipsis``: only when
   typography is ``straight``.
5. ``canonical/space`` and ``canonical/trim``: tabs, no-break and other
   Unicode spaces become one plain space; spaces at line ends go.
6. ``canonical/paragraph``: one blank line between paragraphs (scraped text
   puts one paragraph per line), consecutive list items and table rows stay
   together, no blank lines at either end, one final newline.

>>> text = " Caf\\u00e9\\u00a0 au lait \\r\\n\\r\\n\\r\\nNext line\\u200b"
>>> canonicalize(text)
'Caf\u00e9 au lait\\n\\nNext line\\n'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import re

from .chars import BLOCK_LINE, holds_any, positions
from .provenance import Change, TrackedText
from .textdiff import changed_spans

__all__ = ["canonical_passes", "canonicalize"]

Pass = Callable[[str], list[Change]]

_BREAKS = "\r\x0c\x85\u2028\u2029"
_LINE_BREAK = re.compile(f"\r\n|[{_BREAKS}]")
_INVISIBLES = "\u200b\u00ad\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLES}]+")
# Space runs that need a change hold a tab or odd space, or two spaces, or
# touch a line edge.  Finding those spots (substring searches for the odd
# spaces and for three pairs) and growing each into its run is far cheaper
# than matching every space between two words.
_ODD_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_SPACE_CHARS = frozenset(" " + _ODD_SPACES)
# The line-break runs that may need a change: a single one between two lines
# (a paragraph break unless both lines are list items or table rows) and runs
# of three or more; runs of two, most of them, are already paragraph breaks.
# Those at the text's start or end are looked at separately.  Written to
# start with the line break, which ``re`` then finds by a fast search.
_ODD_NEWLINES = re.compile(r"\n(?:(?<!\n\n)(?!\n)|\n\n+)")
_EDGE_NEWLINES = re.compile(r"\n+")
_DASHES = "\u2012\u2013\u2014\u2015"
_DASH = re.compile(f"[{_DASHES}]")
_ELLIPSIS = re.compile("\u2026")


def _substitute(pattern: re.Pattern[str], chars: str, replacement: str, rule: str, reason: str) -> Pass:
    """A pass replacing each match of ``pattern``, which needs one of ``chars`` to match."""

    def run(text: str) -> list[Change]:
        if not holds_any(text, chars):
            return []
        return [
            Change.of(m.start(), m.end(), replacement, rule, reason)
            for m in pattern.finditer(text)
            if m.group() != replacement
        ]

    return run


def _nfc(text: str) -> list[Change]:
    if unicodedata.is_normalized("NFC", text):
        return []
    changes = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if not unicodedata.is_normalized("NFC", line):
            for start, end, new in changed_spans(line, unicodedata.normalize("NFC", line)):
                changes.append(Change.of(pos + start, pos + end, new, "canonical/nfc", "normalized to NFC"))
        pos += len(line)
    return changes


def _dashes(text: str) -> list[Change]:
    if not holds_any(text, _DASHES):
        return []
    return [
        Change.of(m.start(), m.end(), "--" if m.group() in "\u2014\u2015" else "-",
                  "typography/straight-dashes", "dash written in ASCII")
        for m in _DASH.finditer(text)
    ]


def _space_spots(text: str) -> list[int]:
    """Offsets inside every space run that may need a change (unsorted, may repeat)."""
    spots = positions(text, _ODD_SPACES)
    for needle, shift in (("  ", 0), (" \n", 0), ("\n ", 1)):
        pos = text.find(needle)
        while pos >= 0:
            spots.append(pos + shift)
            pos = text.find(needle, pos + 2)
    spots.extend(p for p in (0, len(text) - 1) if text and text[p] == " ")
    return spots


def _spaces(text: str) -> list[Change]:
    changes = []
    end = -1
    for spot in sorted(_space_spots(text)):
        if spot < end:
            continue  # inside the run just handled
        start = spot
        while start > 0 and text[start - 1] in _SPACE_CHARS:
            start -= 1
        end = spot
        while end < len(text) and text[end] in _SPACE_CHARS:
            end += 1
        at_edge = start == 0 or text[start - 1] == "\n" or end == len(text) or text[end] == "\n"
        if at_edge:
            changes.append(Change.of(start, end, "", "canonical/trim", "space at a line end"))
        elif text[start:end] != " ":
            changes.append(Change.of(start, end, " ", "canonical/space", "odd or repeated space"))
    return changes


def _is_block_line(text: str, start: int) -> bool:
    return BLOCK_LINE.match(text, start) is not None


def _paragraphs(text: str) -> list[Change]:
    if not text:
        return []
    changes = []
    lead = _EDGE_NEWLINES.match(text)
    lead_end = lead.end() if lead else 0
    if lead_end:
        changes.append(Change.of(0, lead_end, "", "canonical/paragraph", "blank lines at the start"))
    tail = len(text) - len(text.rstrip("\n"))
    tail_start = len(text) - tail
    for m in _ODD_NEWLINES.finditer(text, lead_end, tail_start):
        start, end = m.span()
        if end - start == 1:
            line_start = text.rfind("\n", 0, start) + 1
            if not (_is_block_line(text, line_start) and _is_block_line(text, end)):
                changes.append(Change.of(start, end, "\n\n", "canonical/paragraph", "paragraph break"))
        else:
            changes.append(Change.of(start, end, "\n\n", "canonical/paragraph", "run of blank lines"))
    if tail > 1 and tail_start > 0:
        changes.append(Change.of(tail_start, len(text), "\n", "canonical/paragraph", "blank lines at the end"))
    if text[-1] != "\n":
        changes.append(Change.of(len(text), len(text), "\n", "canonical/paragraph", "final newline"))
    return changes


def canonical_passes(straight: bool = False) -> tuple[list[Pass], list[Pass]]:
    """The passes of the canonical form, in order: those that run before the
    rules (characters: rules then see one spelling of each) and those after
    them (spacing and paragraphs, which removals disturb)."""
    characters: list[Pass] = [
        _substitute(_LINE_BREAK, _BREAKS, "\n", "canonical/line-break", "line break made \\n"),
        _substitute(_INVISIBLE, _INVISIBLES, "", "canonical/invisible", "invisible character removed"),
        _nfc,
    ]
    if straight:
        characters += [_dashes, _substitute(_ELLIPSIS, "\u2026", "...", "typography/ellipsis", "ellipsis written in ASCII")]
    return characters, [_spaces, _paragraphs]


def canonicalize(text: str, straight: bool = False) -> str:
    """The canonical form of ``text`` (without provenance)."""
    tracked = TrackedText(text)
    before, after = canonical_passes(straight)
    for run in (*before, *after):
        tracked.apply(run(tracked.text))
    return tracked.text
