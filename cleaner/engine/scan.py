"""Scanning whole documents for many rules at once, soundly.

Rules of one kind are scanned for together: one compiled alternation per
position limit (``where``), with a named group per rule.  RE2 patterns are
matched against the document's UTF-8 bytes (the binding would re-encode the
whole text on every call otherwise), and all offsets of a scan are turned
back into character offsets in one pass.

Which rule is credited never depends on how the rules were grouped:

* line rules (:class:`LineRules`): for each line, the first rule in load
  order whose pattern matches the whole line, seen alone.  Each group's
  scan gives, per line, its first candidate; the smallest over the groups is
  checked with the rule itself and, if it fails there (a prefilter let it
  through), the rules after it are tried one by one on that line;
* span rules (:class:`SpanRules`): the leftmost match, ties going to the
  rule first in load order; the search goes on after it.

A pattern on ``regex`` that runs away is stopped by its time limit; only that
rule is skipped, and it is reported.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from ..chars import is_blank
from .patterns import RE2, Pattern, compile_re2
from .spec import Rule, Where

__all__ = ["Doc", "LineChecks", "LineHit", "LineRules", "SpanHit", "SpanRules", "stopped_warning", "time_limit", "window"]

_MB = 1_000_000
_SURROGATE = regex.compile("[\ud800-\udfff]")


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


def time_limit(timeout: float, lo: int, hi: int) -> float:
    """A rule's time limit on ``text[lo:hi]``: ``timeout`` per MB, at least ``timeout``."""
    return timeout * max(1.0, (hi - lo) / _MB)


def stopped_warning(rule: Rule, limit: float) -> str:
    """The one wording, for every kind, of a rule stopped by its time limit and skipped."""
    return (
        f"rule {rule.id} ({rule.path}:{rule.line}): pattern ran longer than "
        f"{limit:.1f}s on this document and was stopped; the rule was skipped"
    )


class Doc:
    """A text and its UTF-8 bytes, for RE2, with offsets converted between them.

    Lone surrogates (which UTF-8 cannot hold) are matched as U+FFFD, which
    takes as many bytes; character offsets are unchanged.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = text.isascii()
        if self.ascii:
            self._plain = text
        else:
            try:
                text.encode("utf-8")
                self._plain = text
            except UnicodeEncodeError:
                self._plain = _SURROGATE.sub("\ufffd", text)
        self.data = self._plain.encode("utf-8")
        self._at = (0, 0)  # a (char, byte) pair both offsets are known for

    def to_byte(self, pos: int) -> int:
        """The byte offset of character offset ``pos`` (cheap when offsets rise)."""
        if self.ascii:
            return pos
        char, byte = self._at
        if pos >= char:
            byte += len(self._plain[char:pos].encode("utf-8"))
        else:
            byte -= len(self._plain[pos:char].encode("utf-8"))
        self._at = (pos, byte)
        return byte

    def to_char(self, byte: int) -> int:
        """The character offset of byte offset ``byte`` (cheap when offsets rise)."""
        if self.ascii:
            return byte
        char, known = self._at
        if byte >= known:
            char += len(self.data[known:byte].decode("utf-8"))
        else:
            char -= len(self.data[byte:known].decode("utf-8"))
        self._at = (char, byte)
        return char

    def to_chars(self, offsets: Sequence[int]) -> list[int]:
        """Character offsets of rising byte ``offsets``, in one pass."""
        if self.ascii:
            return list(offsets)
        self._at = (0, 0)
        return [self.to_char(b) for b in offsets]


def _alternation(members: Sequence[int], sources: Sequence[str]) -> str:
    return "|".join(f"(?P<__rule{k}>{sources[k]})" for k in members)


def _which(match: Any, groups: Sequence[tuple[int, int]]) -> int:
    """The rule whose group took part in ``match``."""
    return next(k for k, group in groups if match.start(group) >= 0)


@dataclass(frozen=True)
class LineHit:
    """Rule ``index`` matches the line ``text[start:end]`` (without its line break)."""

    start: int
    end: int
    index: int


class LineRules:
    """Rules that each match whole lines; see the module docstring.

    ``patterns`` gives each rule's line pattern.  Rules with an RE2 prefilter
    are scanned for in one RE2 alternation per position limit; a rule without
    one (rare: it would need syntax RE2 cannot even approximate) is tried on
    every line of its window.
    """

    def __init__(self, rules: Sequence[Rule], patterns: Sequence[Pattern]) -> None:
        self.rules = list(rules)
        self.patterns = list(patterns)
        self._exact = [p.engine == RE2 for p in patterns]
        by_where: dict[Where, list[int]] = {}
        self._unfiltered: list[int] = []
        for k, pattern in enumerate(patterns):
            if pattern.prefilter is None:
                self._unfiltered.append(k)
            else:
                by_where.setdefault(rules[k].where, []).append(k)
        self._groups = list(by_where.items())
        self._compiled: list[tuple[Any, list[tuple[int, int]]]] | None = None

    def _scanners(self) -> list[tuple[Any, list[tuple[int, int]]]]:
        if self._compiled is None:
            sources = [p.prefilter or "" for p in self.patterns]
            self._compiled = []
            for _, members in self._groups:
                pattern = compile_re2(f"(?m)^(?:{_alternation(members, sources)})$", True)
                index = pattern.groupindex
                self._compiled.append((pattern, [(k, index[f"__rule{k}"]) for k in members]))
        return self._compiled

    def scan(self, text: str, timeout: float) -> tuple[list[LineHit], LineChecks]:
        """For each non-blank line some rule matches: the first such rule.

        The :class:`LineChecks` returned tries single rules on single lines
        of the same text (under the same time limits) and holds the warnings.
        """
        doc = Doc(text)
        candidates: dict[int, int] = {}  # byte offset of a line start -> first candidate rule
        ends: dict[int, int] = {}
        for (where, _), (pattern, groups) in zip(self._groups, self._scanners(), strict=True):
            lo, hi = window(text, where)
            for match in pattern.finditer(doc.data, doc.to_byte(lo), doc.to_byte(hi)):
                start = match.start()
                k = _which(match, groups)
                if k < candidates.get(start, len(self.rules)):
                    candidates[start] = k
                    ends[start] = match.end()
        starts = sorted(candidates)
        offsets = doc.to_chars([b for s in starts for b in (s, ends[s])])
        session = LineChecks(self, text, timeout)
        best: dict[int, LineHit] = {}
        for n, byte_start in enumerate(starts):
            start, end = offsets[2 * n], offsets[2 * n + 1]
            if is_blank(text[start:end]):
                continue
            k = candidates[byte_start]
            if self._exact[k]:
                best[start] = LineHit(start, end, k)
                continue
            found = session.first_from(k, start, end, len(self.rules))
            if found is not None:
                best[start] = LineHit(start, end, found)
        if self._unfiltered:
            session.unfiltered(best)
        return sorted(best.values(), key=lambda hit: hit.start), session


class LineChecks:
    """One document's checks of single rules on single lines, with time limits."""

    def __init__(self, rules: LineRules, text: str, timeout: float) -> None:
        self.rules = rules
        self.text = text
        self.timeout = timeout
        self.warnings: list[str] = []
        self._stopped: set[int] = set()
        self._windows: dict[Where, tuple[int, int]] = {}
        self._deadlines: dict[int, float] = {}

    def window(self, k: int) -> tuple[int, int]:
        where = self.rules.rules[k].where
        if where not in self._windows:
            self._windows[where] = window(self.text, where)
        return self._windows[where]

    def matches(self, k: int, start: int, end: int) -> bool:
        """Whether rule ``k`` matches the line ``text[start:end]`` (inside its window)."""
        if k in self._stopped:
            return False
        lo, hi = self.window(k)
        if not lo <= start < hi:
            return False
        pattern = self.rules.patterns[k]
        if pattern.engine == RE2:
            return pattern.fullmatches(self.text[start:end], self.timeout)
        limit = time_limit(self.timeout, lo, hi)
        deadline = self._deadlines.setdefault(k, time.monotonic() + limit)
        try:
            return pattern.fullmatches(self.text[start:end], max(deadline - time.monotonic(), 1e-6))
        except TimeoutError:
            self._stopped.add(k)
            self.warnings.append(stopped_warning(self.rules.rules[k], limit))
            return False

    def first_from(self, first: int, start: int, end: int, stop: int) -> int | None:
        """The first rule in ``first`` .. ``stop - 1`` that matches the line."""
        return next((k for k in range(first, stop) if self.matches(k, start, end)), None)

    def unfiltered(self, best: dict[int, LineHit]) -> None:
        """Try the rules without a prefilter on every line of their windows."""
        text = self.text
        for k in self.rules._unfiltered:
            lo, hi = self.window(k)
            pos = lo
            while pos < hi:
                end = text.find("\n", pos, hi)
                end = hi if end < 0 else end
                hit = best.get(pos)
                if (hit is None or k < hit.index) and not is_blank(text[pos:end]) and self.matches(k, pos, end):
                    best[pos] = LineHit(pos, end, k)
                pos = end + 1


@dataclass(frozen=True)
class SpanHit:
    """Rule ``index`` matches ``text[start:end]``."""

    start: int
    end: int
    index: int


class _SpanGroup:
    """Rules of one engine and position limit, searched for as one alternation."""

    def __init__(self, members: list[int], engine: str, sources: Sequence[str], where: Where) -> None:
        self.members = members
        self.engine = engine
        self.where = where
        body = _alternation(members, sources)
        if engine == RE2:
            self.pattern = compile_re2(f"(?m:{body})")
        else:
            self.pattern = regex.compile(body, regex.V0 | regex.MULTILINE)
        index = self.pattern.groupindex
        self.groups = [(k, index[f"__rule{k}"]) for k in members]


class _SpanSearch:
    """One group's leftmost matches in one document, searched for on demand."""

    def __init__(self, group: _SpanGroup, text: str, timeout: float) -> None:
        self.group = group
        self.doc = doc = Doc(text)
        self.lo, self.hi = window(text, group.where)
        self.limit = time_limit(timeout, self.lo, self.hi)
        self.deadline = time.monotonic() + self.limit
        if group.engine == RE2:
            self.data = doc.data if self.hi == len(text) else doc.data[: doc.to_byte(self.hi)]
        self._last: tuple[int, SpanHit | None] | None = None

    def search(self, pos: int) -> SpanHit | None:
        """The leftmost match starting at ``pos`` or later (first rule on a tie)."""
        pos = max(pos, self.lo)
        if self._last is not None:
            searched, hit = self._last
            if searched <= pos and (hit is None or hit.start >= pos):
                return hit
        hit = self._search(pos) if pos <= self.hi else None
        self._last = (pos, hit)
        return hit

    def _search(self, pos: int) -> SpanHit | None:
        if self.group.engine == RE2:
            match = self.group.pattern.search(self.data, self.doc.to_byte(pos))
            if match is None:
                return None
            start, end = self.doc.to_char(match.start()), self.doc.to_char(match.end())
            return SpanHit(start, end, _which(match, self.group.groups))
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("regex timed out")
        match = self.group.pattern.search(self.doc.text, pos, self.hi, timeout=remaining)
        return None if match is None else SpanHit(match.start(), match.end(), _which(match, self.group.groups))


class SpanRules:
    """Rules whose matches are spans anywhere in the text; see the module docstring."""

    def __init__(self, rules: Sequence[Rule], patterns: Sequence[Pattern]) -> None:
        self.rules = list(rules)
        self.patterns = list(patterns)
        self._groups: list[_SpanGroup] | None = None

    def _compiled(self, members: Sequence[int] | None = None) -> list[_SpanGroup]:
        ks = range(len(self.rules)) if members is None else members
        by_key: dict[tuple[Where, str], list[int]] = {}
        for k in ks:
            by_key.setdefault((self.rules[k].where, self.patterns[k].engine), []).append(k)
        sources = [p.re2_source if p.engine == RE2 else p.source for p in self.patterns]
        return [_SpanGroup(members, engine, sources, where) for (where, engine), members in by_key.items()]

    def hits(self, text: str, timeout: float) -> tuple[list[SpanHit], list[str]]:
        """Every non-empty hit, leftmost first, each search going on after the last hit."""
        if self._groups is None:
            self._groups = self._compiled()
        groups = self._groups
        warnings: list[str] = []
        while True:
            try:
                return self._merge(text, groups, timeout), warnings
            except _Runaway as runaway:
                # Try that group's rules one by one; skip (and report) those that run away alone.
                alone = [g for k in runaway.group.members for g in self._compiled([k])]
                kept = []
                for group in alone:
                    try:
                        self._merge(text, [group], timeout)
                        kept.append(group)
                    except _Runaway as stopped:
                        warnings.append(stopped_warning(self.rules[group.members[0]], stopped.limit))
                groups = [g for g in groups if g is not runaway.group] + kept

    def _merge(self, text: str, groups: list[_SpanGroup], timeout: float) -> list[SpanHit]:
        searches = [_SpanSearch(group, text, timeout) for group in groups]
        hits: list[SpanHit] = []
        pos = 0
        while pos <= len(text):
            best: SpanHit | None = None
            for search in searches:
                try:
                    hit = search.search(pos)
                except TimeoutError:
                    raise _Runaway(search.group, search.limit) from None
                if hit is not None and (best is None or (hit.start, hit.index) < (best.start, best.index)):
                    best = hit
            if best is None:
                break
            if best.end == best.start:
                pos = best.start + 1
                continue
            hits.append(best)
            pos = best.end
        return hits


class _Runaway(Exception):
    def __init__(self, group: _SpanGroup, limit: float) -> None:
        super().__init__(group.members)
        self.group = group
        self.limit = limit
