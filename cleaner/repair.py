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
  own badness test, or is not in NFC.  One RE2 scan of the whole document
  (on its UTF-8 bytes) finds such lines: ftfy's badness pattern carried over
  to RE2 so that it matches at least where ftfy's does, or one of those
  characters.  Every other line is returned by ftfy unchanged, so skipping
  it is exact (tests compare against ftfy on every line, and the scan
  against the plain per-line test).

Typography is kept by default: no quote uncurling, no ligature or width
folding (ftfy's defaults damage CJK and curly-quoted text).  Line breaks and
NFC are left to the canonical form.

ftfy itself (a fifth of a small file's start) is imported only when a line
needs it: the scan's pattern is built from ftfy's tables, which are kept
between runs (:mod:`.engine.memo`) with the installed ftfy's stamp.

>>> text = "Ukraine\u00e2\u20ac\u2122s plan &amp; more\\n"
>>> changes, warnings = repair_changes(text)
>>> [(c.start, c.end, c.text, c.steps[0].rule) for c in changes], warnings
([(7, 10, '\u2019', 'unicode/mojibake'), (18, 22, '', 'unicode/html-entity')], [])
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from time import perf_counter
from typing import TYPE_CHECKING

import re2

from .chars import utf8_char_count
from .engine.memo import remembered
from .provenance import Change, Step, TrackedText
from .textdiff import changed_spans

if TYPE_CHECKING:
    from ftfy import ExplanationStep, TextFixerConfig

__all__ = ["OurConfig", "ftfy_config", "repair_changes"]

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

_MB = 1_000_000
_CHUNK = 1 << 18  # characters scanned at a time (see _chunks)
_QUOTES = "\u02bc\u2018-\u201b\u201c-\u201f"
_BREAKS = "\n\r\u2028\u2029"
# What Python's ``\s`` matches in a str pattern (RE2's ``\s`` is ASCII only).
PY_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def _fixer_chars(line_breaks: bool, quotes: bool) -> str:
    """Characters (as a class body) some enabled fixer acts on, besides
    mojibake detection and NFC."""
    chars = f"&\x80-\x9f{_ftfy_tables()[1]}"
    if line_breaks:
        chars += "\r\u2028\u2029"
    if quotes:
        chars += _QUOTES
    return chars


def _re2_class(chars: str) -> str:
    r"""A class body of literal characters and ``a-b`` ranges, every character
    escaped (RE2 reads ``\x{...}``; NUL and ``]`` cannot stand bare)."""
    return re.sub(r"[^-]", lambda m: f"\\x{{{ord(m.group()):x}}}", chars)


def re2_superset(pattern: str) -> str | None:
    r"""ftfy's verbose badness pattern in RE2 syntax, matching at least where
    it matches, or None if it uses something this cannot carry over.

    Verbose spacing and comments go, ``\s`` becomes the class of what Python
    calls a space, ``\w`` any character but those (every word character, and
    more) and ``^`` goes (a match anywhere).  Anything else (lookaround,
    backreferences, other escapes, nested classes) gives None.

    >>> re2_superset(r"^[ÃÂ] [ ] | x  # a comment")
    '[ÃÂ][ ]|x'
    >>> re2_superset(r"(?<=a)b") is None
    True
    """
    spaces = _re2_class(PY_SPACES)
    out: list[str] = []
    pos, in_class = 0, False
    while pos < len(pattern):
        char = pattern[pos]
        if char == "\\":
            escape = pattern[pos + 1 : pos + 2]
            if escape == "s":
                out.append(spaces if in_class else f"[{spaces}]")
            elif escape == "w" and not in_class:
                out.append(f"[^{spaces}]")  # no word character is a space
            elif escape == "x" or not escape.isalnum():
                out.append(char + escape)
            else:
                return None
            pos += 2
            continue
        if in_class:
            if char == "[":
                return None
            in_class = char != "]"
            out.append(char)
        elif char in " \t\n\r\v\f":  # what verbose mode ignores
            pass
        elif char == "#":
            pos = pattern.find("\n", pos)
            if pos < 0:
                break
        elif char == "[":
            in_class = True
            out.append(char)
            if pattern.startswith(("]", "^]"), pos + 1):
                return None  # a leading ] reads differently; ftfy has none
        elif char == "^":
            pass
        elif char == "$" or pattern.startswith("(?", pos) and not pattern.startswith("(?:", pos):
            return None
        else:
            out.append(char)
        pos += 1
    return "".join(out)


@lru_cache(maxsize=None)
@remembered("ftfy tables")  # (the kept answers' file is named after the ftfy installed, too)
def _ftfy_tables() -> list[str | None]:
    """[ftfy's badness pattern in RE2 syntax (see :func:`re2_superset`), the
    control characters ftfy removes], without importing ftfy once kept."""
    from ftfy.badness import BADNESS_RE
    from ftfy.chardata import CONTROL_CHARS

    return [re2_superset(BADNESS_RE.pattern), "".join(sorted(map(chr, CONTROL_CHARS)))]


@lru_cache(maxsize=None)
def _suspect_search(line_breaks: bool, quotes: bool) -> re2._Regexp | None:
    """One RE2 pattern, on UTF-8 bytes, for whole lines that hold a
    character some enabled fixer acts on or something ftfy's badness test
    may match: a line without one cannot change.  None if ftfy's pattern
    cannot be carried over."""
    badness = _ftfy_tables()[0]
    if badness is None:
        return None
    options = re2.Options()
    options.log_errors = False
    options.max_mem = 64 << 20  # the DFA of ftfy's big classes outgrows the default
    suspect = f"[{_re2_class(_fixer_chars(line_breaks, quotes))}]|{badness}"
    rest = f"[^{_re2_class(_BREAKS)}]*"  # of the line
    source = f"{rest}(?:{suspect}){rest}(?:\\r\\n|[{_re2_class(_BREAKS)}])?"
    try:
        return re2.compile(source.encode("utf-8"), options)
    except re2.error:
        return None


@lru_cache(maxsize=None)
def _fixable(line_breaks: bool, quotes: bool) -> re.Pattern[str]:
    """The plain reference: a character some enabled fixer acts on (surrogates too)."""
    return re.compile(f"[{_fixer_chars(line_breaks, quotes)}\ud800-\udfff]")


@lru_cache(maxsize=None)
def ftfy_config(straight_quotes: bool = False) -> TextFixerConfig:
    """Our ftfy configuration: ftfy's defaults, minus typography folding, and
    minus line breaks and NFC, which the canonical form does for every line
    (so lines with a CR or in NFD need not go through ftfy at all)."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        uncurl_quotes=straight_quotes,
        fix_latin_ligatures=False,
        fix_character_width=False,
        fix_line_breaks=False,
        normalization=None,
        explain=True,
    )


@dataclass(frozen=True)
class OurConfig:
    """:func:`ftfy_config`, named without importing ftfy (until a line needs it)."""

    straight_quotes: bool = False

    @property
    def ftfy(self) -> TextFixerConfig:
        return ftfy_config(self.straight_quotes)


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


def _candidate_starts(text: str, config: TextFixerConfig | OurConfig, fast: bool = True) -> list[int] | None:
    """Sorted start offsets of the lines that may need repair, or None for
    "all of them" (a configuration whose fixers we do not follow).

    ``fast``: one RE2 scan of the document; else (and for a piece RE2
    cannot read) the plain reference, every line tried with Python's ``re``.
    """
    if isinstance(config, OurConfig):
        line_breaks, quotes, nfc = False, config.straight_quotes, False
    elif config.fix_latin_ligatures or config.fix_character_width or config.normalization not in (None, "NFC"):
        return None
    else:
        line_breaks, quotes, nfc = config.fix_line_breaks, config.uncurl_quotes, config.normalization == "NFC"
    search = _suspect_search(line_breaks, quotes) if fast else None
    fixable = _fixable(line_breaks, quotes)
    starts: set[int] = set()
    for offset, chunk in _chunks(text):
        try:
            data = chunk.encode("utf-8") if search is not None else None
        except UnicodeEncodeError:  # a lone surrogate: RE2 cannot read it
            data = None
        if search is not None and data is not None:
            found: Iterable[int] = _lines_with(search, data, chunk)
        else:
            lines = ((start, chunk[start:end]) for start, end in _segments(chunk, len(chunk) + 1))
            from ftfy.badness import BADNESS_RE

            found = (start for start, line in lines if fixable.search(line) or BADNESS_RE.search(line))
        starts.update(offset + start for start in found)
    if nfc and not unicodedata.is_normalized("NFC", text):
        for start, end in _segments(text, len(text) + 1):
            if not unicodedata.is_normalized("NFC", text[start:end]):
                starts.add(start)
    return sorted(starts)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """``text`` in pieces of about ``_CHUNK`` characters, each ending after a
    ``\n`` (or at the end), with their offsets.  No line ftfy sees spans two,
    and scanning a piece at a time keeps its UTF-8 copy small: one of a whole
    10 MB document costs as much again in memory, and more time (fresh
    pages) than the scan itself."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + _CHUNK) + 1 or len(text)
        yield start, text[start:end]
        start = end


def _lines_with(search: re2._Regexp, data: bytes, text: str) -> Iterator[int]:
    """Start offsets (in ``text``) of the lines that hold a match of
    ``search``, run on ``data``, ``text`` as UTF-8.

    Each match of ``search`` spans whole lines (those it touches), so the
    next search starts at a line start, and a line with a match of its own
    is either covered by an earlier match or holds the next one.
    """
    ascii_only = len(data) == len(text)
    byte_pos = char_pos = 0  # a line start, in both
    while match := search.search(data, byte_pos):
        start, end = match.span()
        if ascii_only:
            first, last = start, end
        else:
            first = char_pos + utf8_char_count(data, byte_pos, start)
            last = first + utf8_char_count(data, start, end)
        while first < last:
            yield first
            first = _LINE.match(text, first).end()
        byte_pos, char_pos = end, last


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
    from ftfy import apply_plan

    return apply_plan(text, [tuple(step) for step in unit])


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


def repair_changes(
    text: str, config: TextFixerConfig | OurConfig = OurConfig(), timeout: float | None = None
) -> tuple[list[Change], list[str]]:
    """The changes ftfy makes to ``text``, line by line, as provenance
    changes, and warnings.

    ``timeout``: seconds per MB of text (at least ``timeout`` itself) that
    repair may take; when they run out, the lines not yet repaired are left
    as they are and a warning says how many.
    """
    began = perf_counter()
    deadline = None if timeout is None else began + timeout * max(1.0, len(text) / _MB)
    starts = _candidate_starts(text, config)
    if starts == []:
        return [], []
    if isinstance(config, OurConfig):
        config = config.ftfy
    segments = list(_segments(text, config.max_decode_length, starts))
    changes: list[Change] = []
    for done, (start, end) in enumerate(segments):
        if deadline is not None and perf_counter() > deadline:
            left = len(segments) - done
            return changes, [f"repair stopped after {perf_counter() - began:.2g} s; {left} lines left unrepaired"]
        changes.extend(_line_changes(text, start, end, config))
    return changes, []


def _line_changes(text: str, start: int, end: int, config: TextFixerConfig) -> list[Change]:
    """ftfy's changes to the line ``text[start:end]``, at their offsets in ``text``."""
    line = text[start:end]
    if config.unescape_html == "auto" and "<" in line:
        config = config._replace(unescape_html=False)
    from ftfy import fix_and_explain

    fixed, plan = fix_and_explain(line, config)
    if fixed == line:
        return []
    return [Change(c.start + start, c.end + start, c.text, c.steps) for c in _explained_changes(line, fixed, plan or [])]
