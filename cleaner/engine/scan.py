"""Shared scanning machinery for rule kinds: windows, alternations, time limits.

Rules of one kind are compiled into a single alternation (one scan of the
document, not one per rule), with a named group per rule to tell which one
matched.  A pattern that runs away is stopped by ``regex``'s time limit; the
scan is then redone rule by rule so that only the runaway rule is skipped, and
it is reported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from .spec import Rule, Where

__all__ = ["Alternation", "Hit", "Scan", "line_end", "window"]

_MB = 1_000_000


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
class Hit:
    rule: Rule
    match: regex.Match[str]


@dataclass
class Scan:
    """The hits of one scan, and warnings about rules that were cut off."""

    hits: list[Hit]
    warnings: list[str]


class Alternation:
    """Several rules' regexes searched as one, grouped by position limit.

    ``sources`` gives, per rule, the regex source to search for; ``wrap``
    turns the joined alternation into the final pattern (anchors and so on).
    """

    def __init__(
        self,
        rules: Sequence[Rule],
        sources: Sequence[str],
        wrap: Callable[[str], str] = lambda body: body,
        flags: int = 0,
    ) -> None:
        self._flags = regex.V0 | flags
        self._wrap = wrap
        self._rules = list(rules)
        self._sources = list(sources)
        self._groups: list[tuple[Where, list[int], regex.Pattern[str]]] = []
        by_where: dict[Where, list[int]] = {}
        for k, rule in enumerate(rules):
            if _uses_group_numbers(sources[k]):
                self._groups.append((rule.where, [k], self._compile([k])))
            else:
                by_where.setdefault(rule.where, []).append(k)
        for where, members in by_where.items():
            self._groups.append((where, members, self._compile(members)))

    def _compile(self, members: list[int]) -> regex.Pattern[str]:
        if len(members) == 1:
            body = f"(?P<_r{members[0]}>{self._sources[members[0]]})"
        else:
            body = "|".join(f"(?P<_r{k}>{self._sources[k]})" for k in members)
        return regex.compile(self._wrap(body), self._flags)

    def scan(self, text: str, timeout: float) -> Scan:
        """Every non-overlapping hit of every rule, in text order."""
        hits: list[Hit] = []
        warnings: list[str] = []
        for where, members, pattern in self._groups:
            lo, hi = window(text, where)
            limit = timeout * max(1.0, (hi - lo) / _MB)
            try:
                hits.extend(self._hits(pattern, members, text, lo, hi, limit))
            except TimeoutError:
                hits.extend(self._rule_by_rule(members, text, lo, hi, limit, warnings))
        hits.sort(key=lambda h: (h.match.start(), h.match.end()))
        return Scan(_without_overlaps(hits), warnings)

    def _hits(
        self, pattern: regex.Pattern[str], members: list[int], text: str, lo: int, hi: int, limit: float
    ) -> list[Hit]:
        found = []
        for match in pattern.finditer(text, lo, hi, timeout=limit):
            if match.end() == match.start():
                continue
            rule_index = next(k for k in members if match.start(f"_r{k}") != -1)
            found.append(Hit(self._rules[rule_index], match))
        return found

    def _rule_by_rule(
        self, members: list[int], text: str, lo: int, hi: int, limit: float, warnings: list[str]
    ) -> list[Hit]:
        found = []
        for k in members:
            try:
                found.extend(self._hits(self._compile([k]), [k], text, lo, hi, limit))
            except TimeoutError:
                rule = self._rules[k]
                warnings.append(
                    f"rule {rule.id} ({rule.path}:{rule.line}): pattern ran longer than "
                    f"{limit:.1f}s on this document and was stopped; the rule was skipped"
                )
        return found


def _uses_group_numbers(source: str) -> bool:
    return regex.search(r"\\[1-9]|\\g<\d", source) is not None


def _without_overlaps(hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    end = -1
    for hit in hits:
        if hit.match.start() >= end:
            kept.append(hit)
            end = hit.match.end()
    return kept
