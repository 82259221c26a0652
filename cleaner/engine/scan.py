"""Shared scanning machinery for rule kinds: windows, alternations, gates, time limits.

Rules of one kind are compiled into a single alternation (one scan of the
document, not one per rule), with a named group per rule to tell which one
matched; whole-line rules are first gated (see :mod:`.gate`), so that each is
tried only on lines it could match.  A pattern that runs away is stopped by
``regex``'s time limit; only the runaway rule is skipped, and it is reported.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from ..canonical import positions
from .gate import GateIndex, LineGate, first_characters
from .spec import Rule, Where

__all__ = ["Alternation", "Hit", "LineRules", "Scan", "line_end", "stopped_warning", "window"]

_MB = 1_000_000
# Below one in this many characters, the characters a match must start with
# are found with str.find rather than by the regex module's scan.
_SPARSE = 500


def window(text: str, where: Where) -> tuple[int, int]:
    """The character range of the first/last N non-blank lines of ``text``."""
    if where.first is not None:
        count, pos = 0, 0
        while pos < len(text):
            end = text.find("\n", pos) + 1 or len(text)
            if text[pos:end].strip():
                count += 1
                if count == where.first:
                    return 0, end
            pos = end
        return 0, len(text)
    if where.last is not None:
        count, end = 0, len(text)
        while end > 0:
            start = text.rfind("\n", 0, end - 1) + 1 if end > 0 else 0
            if text[start:end].strip():
                count += 1
                if count == where.last:
                    return start, len(text)
            end = start
        return 0, len(text)
    return 0, len(text)


def line_end(text: str, pos: int) -> int:
    """The offset just past the line break that ends the line holding ``pos``."""
    return text.find("\n", pos) + 1 or len(text)


@dataclass(frozen=True)
class _Compiled:
    """One group's scanning pattern; in line mode, the one for the text's first
    line; and, if known, the characters every match starts with."""

    pattern: regex.Pattern[str]
    first_line: regex.Pattern[str] | None
    starts: str | None


@dataclass(frozen=True)
class Hit:
    """Where one rule matched: ``text[start:end]`` (in line mode, the whole line)."""

    rule: Rule
    start: int
    end: int


@dataclass
class Scan:
    """The hits of one scan, and warnings about rules that were cut off."""

    hits: list[Hit]
    warnings: list[str]


class Alternation:
    """Several rules' regexes searched as one, grouped by position limit.

    ``sources`` gives, per rule, the regex source to search for.  With
    ``lines=True`` each source must match a whole line; the pattern is then
    anchored on the line break before the line (the ``regex`` module finds a
    literal ``\\n`` far faster than it tries ``^`` at every position).
    """

    def __init__(self, rules: Sequence[Rule], sources: Sequence[str], lines: bool = False) -> None:
        self._rules = list(rules)
        self._sources = list(sources)
        self._lines = lines
        self._groups: list[tuple[Where, list[int], _Compiled]] = []
        by_where: dict[Where, list[int]] = {}
        for k, rule in enumerate(rules):
            if _uses_group_numbers(sources[k]):
                self._groups.append((rule.where, [k], self._compile([k])))
            else:
                by_where.setdefault(rule.where, []).append(k)
        for where, members in by_where.items():
            self._groups.append((where, members, self._compile(members)))

    def _compile(self, members: list[int]) -> _Compiled:
        body = "|".join(f"(?P<_r{k}>{self._sources[k]})" for k in members)
        if not self._lines:
            # When every rule's match starts with one of a few non-letters,
            # matches are sought only where those characters are (and the
            # pattern says so up front, for the scan of a text dense in them).
            starts = [first_characters(self._sources[k]) for k in members]
            if all(starts):
                chars = "".join(sorted({c for found in starts if found for c in found}))
                return _Compiled(regex.compile(f"(?=[{regex.escape(chars)}])(?:{body})", regex.V0), None, chars)
            return _Compiled(regex.compile(body, regex.V0), None, None)
        return _Compiled(_line_pattern(f"\\n(?:{body})"), _line_pattern(body), None)

    def scan(self, text: str, timeout: float) -> Scan:
        """Every non-overlapping hit of every rule, in text order."""
        hits: list[Hit] = []
        warnings: list[str] = []
        for where, members, compiled in self._groups:
            lo, hi = window(text, where)
            limit = _limit(timeout, lo, hi)
            try:
                hits.extend(self._hits(compiled, members, text, lo, hi, limit))
            except TimeoutError:
                hits.extend(self._rule_by_rule(members, text, lo, hi, limit, warnings))
        return Scan(_in_order(hits), warnings)

    def _hits(self, compiled: _Compiled, members: list[int], text: str, lo: int, hi: int, limit: float) -> list[Hit]:
        matches: list[regex.Match[str] | None] = []
        if compiled.starts is not None:
            matches.extend(_matches_starting_with(compiled.starts, compiled.pattern, text, lo, hi, limit))
        else:
            if compiled.first_line is not None:
                if lo == 0:
                    matches.append(compiled.first_line.match(text, 0, hi, timeout=limit))
                lo -= lo > 0  # let the scan see the line break before the window
            matches.extend(compiled.pattern.finditer(text, lo, hi, timeout=limit))
        found = []
        for match in matches:
            if match is None:
                continue
            k = next(k for k in members if match.start(f"_r{k}") != -1)
            span = match.span(f"_r{k}")
            if span[1] > span[0]:
                found.append(Hit(self._rules[k], *span))
        return found

    def _rule_by_rule(
        self, members: list[int], text: str, lo: int, hi: int, limit: float, warnings: list[str]
    ) -> list[Hit]:
        found = []
        for k in members:
            try:
                found.extend(self._hits(self._compile([k]), [k], text, lo, hi, limit))
            except TimeoutError:
                warnings.append(stopped_warning(self._rules[k], limit))
        return found


class LineRules:
    """Rules that each match a whole line, tried only where they can match.

    Each rule's own pattern is studied once (:class:`LineGate`): a rule whose
    matches must start with known words, or cannot exceed a known length, is
    tried only on the lines its gate admits, one pattern call per admitted
    line and rule.  Rules that cannot be gated are scanned for as one
    :class:`Alternation`.
    """

    def __init__(self, rules: Sequence[Rule], line_sources: Sequence[str], own_sources: Sequence[str]) -> None:
        gated: dict[Where, list[tuple[Rule, LineGate, regex.Pattern[str]]]] = {}
        rest: list[int] = []
        for k, rule in enumerate(rules):
            gate = LineGate.for_source(own_sources[k])
            if gate is None:
                rest.append(k)
            else:
                gated.setdefault(rule.where, []).append((rule, gate, _line_pattern(line_sources[k])))
        self._gated = [
            (where, [rule for rule, _, _ in members], [pattern for _, _, pattern in members],
             GateIndex([gate for _, gate, _ in members]))
            for where, members in gated.items()
        ]
        self._rest = Alternation([rules[k] for k in rest], [line_sources[k] for k in rest], lines=True)

    def scan(self, text: str, timeout: float) -> Scan:
        rest = self._rest.scan(text, timeout)
        hits, warnings = list(rest.hits), list(rest.warnings)
        for where, rules, patterns, index in self._gated:
            lo, hi = window(text, where)
            limit = _limit(timeout, lo, hi)
            stopped: set[int] = set()
            pos = lo
            for line in text[lo:hi].split("\n"):
                for k in index.candidates(line) if line else ():
                    if k in stopped:
                        continue
                    try:
                        match = patterns[k].match(text, pos, hi, timeout=limit)
                    except TimeoutError:
                        stopped.add(k)
                        warnings.append(stopped_warning(rules[k], limit))
                        continue
                    if match is not None and match.end() > pos:
                        hits.append(Hit(rules[k], pos, match.end()))
                        break
                pos += len(line) + 1
        return Scan(_in_order(hits), warnings)


def _matches_starting_with(
    chars: str, pattern: regex.Pattern[str], text: str, lo: int, hi: int, limit: float
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text, lo, hi)`` finds, when every match starts
    with one of ``chars``.

    The regex module spends several nanoseconds on every character it scans;
    ``str.find`` skips to the few places a match can start in a fraction of
    that, and the pattern is then tried at each.  Where those characters are
    common (one in ``_SPARSE`` or more), the scan is the cheaper of the two.
    The time limit holds for all the tries together.
    """
    count = sum(text.count(char, lo, hi) for char in chars)
    if count == 0:
        return
    if count * _SPARSE > hi - lo:
        yield from pattern.finditer(text, lo, hi, timeout=limit)
        return
    deadline = time.monotonic() + limit
    end = lo
    for start in positions(text, chars, lo, hi):
        if start < end:
            continue  # inside the match just found
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("regex timed out")
        match = pattern.match(text, start, hi, timeout=remaining)
        if match is not None:
            yield match
            end = match.end()


def _line_pattern(body: str) -> regex.Pattern[str]:
    """``body`` matching up to a line end; MULTILINE keeps ^ and $ in a rule meaning line start and end."""
    return regex.compile(f"(?:{body})(?=\\n|\\Z)", regex.V0 | regex.MULTILINE)


def _limit(timeout: float, lo: int, hi: int) -> float:
    return timeout * max(1.0, (hi - lo) / _MB)


def stopped_warning(rule: Rule, limit: float) -> str:
    """The one wording, for every kind, of a rule stopped by its time limit and skipped."""
    return (
        f"rule {rule.id} ({rule.path}:{rule.line}): pattern ran longer than "
        f"{limit:.1f}s on this document and was stopped; the rule was skipped"
    )


def _in_order(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda h: (h.start, h.end))
    return _without_overlaps(hits)


def _uses_group_numbers(source: str) -> bool:
    return regex.search(r"\\[1-9]|\\g<\d", source) is not None


def _without_overlaps(hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    end = -1
    for hit in hits:
        if hit.start >= end:
            kept.append(hit)
            end = hit.end
    return kept
