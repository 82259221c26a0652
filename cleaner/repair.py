"""Unicode repair with ftfy, as provenance edits.

ftfy fixes text a line at a time (``ftfy.fix_text`` splits at ``\\n``), and so
do we.  Three differences from ``fix_text``, all deliberate:

* HTML-entity decoding is decided per line.  ``fix_text`` with
  ``unescape_html="auto"`` stops decoding entities for the *rest of the
  document* once one line contains ``<``; in scraped plain text a later
  ``&amp;`` must still be decoded.
* A line ends at any line break, not only ``\\n``: ``\\r`` and U+2028 become
  ``\\n`` in the output, so deciding per input line must mean per output line
  (else a second run would decode entities the first one left alone).
* Only lines that can need repair reach ftfy.  A line can change only if it
  holds a character some enabled fixer acts on, looks like mojibake to ftfy's
  own badness test, or is not in NFC.  The badness test is most of ftfy's
  cost, so it is run only a few characters either side of each character
  outside ASCII and the common typographic ones (its matches hold one and
  look no further than themselves).  Every other line is returned by ftfy
  unchanged, so skipping it is exact (tests compare against ftfy on every
  line).

Typography is kept by default: no quote uncurling, no ligature or width
folding (ftfy's defaults damage CJK and curly-quoted text).  Line breaks and
NFC are left to the canonical form.

>>> text = "Ukraine\u00e2\u20ac\u2122s plan &amp; more\\n"
>>> [(c.start, c.end, c.text, c.steps[0].rule) for c in repair_changes(text)]
[(7, 10, '\u2019', 'unicode/mojibake'), (18, 22, '', 'unicode/html-entity')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import ftfy
from ftfy import ExplanationStep, TextFixerConfig
from ftfy.badness import BADNESS_RE
from ftfy.chardata import CONTROL_CHARS

from .provenance import Change, Step, TrackedText
from .textdiff import changed_spans

__all__ = ["ftfy_config", "repair_changes"]

# Steps of ftfy's plans, by the rule id we report them under.
_APPLY_RULES = {
    "unescape_html": ("unicode/html-entity", "HTML entity decoded"),
    "decode_inconsistent_utf8": ("unicode/mojibake", "UTF-8 mojibake decoded in place"),
    "fix_c1_controls": ("unicode/c1-control", "C1 control read as Windows-1252"),
    "fix_line_breaks": ("unicode/line-break", "line break made \\n"),
    "fix_surrogates": ("unicode/surrogate", "UTF-16 surrogates joined or replaced"),
    "remove_terminal_escapes": ("unicode/terminal-escape", "terminal escape removed"),
    "remove_control_chars": ("unicode/control-char", "control character removed"),
    "uncurl_quotes": ("unicode/straight-quotes", "curly quote straightened"),
}

_QUOTES = "\u02bc\u2018-\u201b\u201c-\u201f"
_CONTROLS = "".join(re.escape(chr(c)) for c in sorted(CONTROL_CHARS))

# Every match of ftfy's badness regex holds a character outside ASCII and these
# common typographic ones (checked exhaustively on short strings by the tests),
# so a line without such a character cannot look like mojibake to ftfy.
BENIGN = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0"
_SUSPECT = re.compile(f"[^\x00-\x7f{BENIGN}]")
# A badness match depends on its own characters alone, at most this many (read
# from ftfy 6.3's pattern; tests compare with the full search), so it need only
# be sought within that reach of each suspect character.
_BADNESS_REACH: int | None = 7


@lru_cache(maxsize=None)
def _fixable(line_breaks: bool, quotes: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Characters some enabled fixer acts on, besides mojibake detection and
    NFC; and those or a suspect character (one scan finds lines of either)."""
    chars = f"&\x80-\x9f\ud800-\udfff{_CONTROLS}"
    if line_breaks:
        chars += "\r\u2028\u2029"
    if quotes:
        chars += _QUOTES
    fixable = re.compile(f"[{chars}]")
    # Either kind, as one character class (an alternation of two scans slower).
    plain = [c for c in map(chr, range(0x80)) if not fixable.match(c)] + [c for c in BENIGN if not fixable.match(c)]
    return fixable, re.compile(f"[^{''.join(map(re.escape, plain))}]")


def ftfy_config(straight_quotes: bool = False) -> TextFixerConfig:
    """Our ftfy configuration: ftfy's defaults, minus typography folding, and
    minus line breaks and NFC, which the canonical form does for every line
    (so lines with a CR or in NFD need not go through ftfy at all)."""
    return TextFixerConfig(
        uncurl_quotes=straight_quotes,
        fix_latin_ligatures=False,
        fix_character_width=False,
        fix_line_breaks=False,
        normalization=None,
        explain=True,
    )


_DEFAULT = ftfy_config()


_LINE = re.compile("[^\n\r\u2028\u2029]*(?:\r\n|[\n\r\u2028\u2029])?")


def _segments(text: str, max_length: int, starts: Iterable[int] | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each line with its line break, cut at ``max_length``:
    every line, or those starting at ``starts``.

    Lines end at any line break ftfy turns into ``\n`` (none can be part
    of mojibake), so the per-line HTML decision holds for the output's lines.
    """
    if starts is None:
        lines: Iterable[tuple[int, int]] = (match.span() for match in _LINE.finditer(text))
    else:
        lines = ((start, _LINE.match(text, start).end()) for start in starts)
    for line_start, end in lines:
        for start in range(line_start, end, max_length):
            yield start, min(end, start + max_length)


def _lines_with(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line (as ftfy will see it) holding a match of ``pattern``."""
    pos = 0
    while match := pattern.search(text, pos):
        line = _LINE.match(text, _line_start(text, match.start()))
        yield line.start(), line.end()
        pos = max(line.end(), match.end())


def _candidate_starts(text: str, config: TextFixerConfig) -> set[int] | None:
    """Start offsets of lines that may need repair, or None for "all of them"."""
    if config.fix_latin_ligatures or config.fix_character_width:
        return None
    if config.normalization not in (None, "NFC"):
        return None
    fixable, fixable_or_suspect = _fixable(config.fix_line_breaks, config.uncurl_quotes)
    starts = set()
    for start, end in _lines_with(fixable_or_suspect, text):
        line = text[start:end]
        if fixable.search(line) or _looks_bad(line):
            starts.add(start)
    if config.normalization == "NFC" and not unicodedata.is_normalized("NFC", text):
        for start, end in _segments(text, len(text) + 1):
            if not unicodedata.is_normalized("NFC", text[start:end]):
                starts.add(start)
    return starts


def _looks_bad(line: str) -> bool:
    """``BADNESS_RE.search(line)``, ftfy's mojibake test and the costly part of
    ftfy, tried only within reach of the line's suspect characters."""
    if _BADNESS_REACH is None:
        return BADNESS_RE.search(line) is not None
    windows: list[list[int]] = []
    for match in _SUSPECT.finditer(line):
        lo, hi = max(0, match.start() - _BADNESS_REACH + 1), match.end() + _BADNESS_REACH - 1
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return any(BADNESS_RE.search(line, lo, hi) for lo, hi in windows)


def _line_start(text: str, pos: int) -> int:
    start = text.rfind("\n", 0, pos) + 1
    return max([start] + [text.rfind(ch, start, pos) + 1 for ch in "\r\u2028\u2029"])


def _plan_units(plan: list[ExplanationStep]) -> Iterator[list[ExplanationStep]]:
    """Group a plan into replayable units: an encode..decode run is one unit."""
    unit: list[ExplanationStep] = []
    for step in plan:
        unit.append(step)
        if step.action in ("apply", "normalize", "decode"):
            yield unit
            unit = []
    if unit:
        yield unit


def _describe(unit: list[ExplanationStep]) -> tuple[str, str]:
    first = unit[0]
    if first.action == "normalize":
        return "unicode/nfc", f"normalized to {first.parameter}"
    if first.action == "apply":
        rule, reason = _APPLY_RULES.get(first.parameter, ("unicode/repair", first.parameter))
        return rule, f"{reason} (ftfy: {first.parameter})"
    encoding = first.parameter
    how = ", ".join(f"{s.action} {s.parameter}" for s in unit)
    return "unicode/mojibake", f"UTF-8 text had been decoded as {encoding} (ftfy: {how})"


def _replay(text: str, unit: list[ExplanationStep]) -> str:
    if unit[0].action == "normalize":
        return unicodedata.normalize(unit[0].parameter, text)
    return ftfy.apply_plan(text, [tuple(step) for step in unit])


def _explained_changes(line: str, fixed: str, plan: list[ExplanationStep]) -> list[Change]:
    """Changes turning ``line`` into ``fixed``, each step attributed to its rule."""
    units = list(_plan_units(plan))
    tracked = TrackedText(line)
    try:
        if len(units) == 1 and _replay(line, units[0]) == fixed:  # most plans: nothing to fold
            rule, reason = _describe(units[0])
            return [Change.of(s, e, t, rule, reason) for s, e, t in changed_spans(line, fixed)]
        for unit in units:
            rule, reason = _describe(unit)
            after = _replay(tracked.text, unit)
            tracked.apply([Change.of(s, e, t, rule, reason) for s, e, t in changed_spans(tracked.text, after)])
    except (UnicodeError, ValueError, LookupError):
        pass
    if tracked.text != fixed:  # the plan did not replay exactly: report it whole
        steps = ", ".join(f"{s.action} {s.parameter}" for s in plan)
        step = Step("unicode/repair", f"ftfy: {steps}")
        return [Change(s, e, t, (step,)) for s, e, t in changed_spans(line, fixed)]
    return [Change(e.start, e.end, e.inserted, e.steps) for e in tracked.edits]


def repair_changes(text: str, config: TextFixerConfig = _DEFAULT) -> list[Change]:
    """The changes ftfy makes to ``text``, line by line, as provenance changes."""
    candidates = _candidate_starts(text, config)
    segments = _segments(text, config.max_decode_length, None if candidates is None else sorted(candidates))
    changes: list[Change] = []
    for start, end in segments:
        line = text[start:end]
        if config.unescape_html == "auto" and "<" in line:
            line_config = config._replace(unescape_html=False)
        else:
            line_config = config
        fixed, plan = ftfy.fix_and_explain(line, line_config)
        if fixed != line:
            for change in _explained_changes(line, fixed, plan or []):
                changes.append(Change(change.start + start, change.end + start, change.text, change.steps))
    return changes
