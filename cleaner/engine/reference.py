"""The plain reference path, for tests only: what the rule kinds must do, done slowly.

Every rule is tried on every line (or, for spans, searched for from every
position) with ``regex`` and the pattern as written: no RE2, no alternation,
no prefilter, no cache.  The differential tests run documents through both
paths and require identical output and identical edits, so any optimisation
in :mod:`.scan` that changed what matches or which rule is credited fails
them.  ``drop-run`` looks at every line of every text, without the RE2 scan
that skips texts with no stretch of short lines.  Kinds that do not scan for
patterns (``strip-slug``, ``join-lines``, ``drop-duplicates``) have no other
path and run as they are.

>>> from .ruleset import Ruleset, shipped_packs
>>> ruleset = Ruleset(shipped_packs(), compile_kind=compile_kind)
>>> dict(ruleset.stages)["drop-line"]("Body.\\nAdvertisement\\n", 1.0)[0][0].steps[0].rule
'boilerplate/advertisement'
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..chars import is_blank, item_lists, line_end, list_item, row_parts, row_verdict, undecorated
from ..provenance import Change
from .kinds import Kind, drop_run
from .kinds.base import Runner, dropped_lines
from .kinds.drop_block import block_end
from .kinds.drop_fragment import is_stray
from .kinds.replace import changes_for
from .scan import LineHit, SpanHit, window
from .spec import Matcher, Rule

__all__ = ["compile_kind"]


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end-without-newline) of every non-blank line."""
    found, pos = [], 0
    for line in text.split("\n"):
        if not is_blank(line):
            found.append((pos, pos + len(line)))
        pos += len(line) + 1
    return found


def _matches_line(
    rule: Rule, matcher: Matcher, text: str, start: int, end: int, dropped: Collection[int] = ()
) -> bool:
    lo, hi = window(text, rule.where, dropped)
    return lo <= start < hi and matcher.line_pattern.as_regex.fullmatch(text[start:end]) is not None


def _first_rule(
    rules: Sequence[Rule], matchers: Sequence[Matcher], text: str, start: int, end: int, dropped: Collection[int] = ()
) -> int | None:
    return next(
        (k for k in range(len(rules)) if _matches_line(rules[k], matchers[k], text, start, end, dropped)), None
    )


def _line_rule(
    rules: Sequence[Rule], matchers: Sequence[Matcher], text: str, start: int, end: int, dropped: Collection[int] = ()
) -> int | None:
    """The first rule that drops the line, or else the words of a decorated line (see :func:`undecorated`)."""
    k = _first_rule(rules, matchers, text, start, end, dropped)
    core = undecorated(text[start:end]) if k is None else None
    return k if core is None else _first_rule(rules, matchers, text, start + core[0], start + core[1], dropped)


def _row_rule(
    rules: Sequence[Rule], matchers: Sequence[Matcher], text: str, start: int, end: int, dropped: Collection[int] = ()
) -> int | None:
    """The rule the line is dropped by as a row of items (see :func:`row_verdict`), if any."""
    parts = row_parts(text[start:end])
    firsts = [_line_rule(rules, matchers, text, start + a, start + b, dropped) for a, b in parts]
    return row_verdict([text[start + a : start + b] for a, b in parts], firsts) if parts else None


def _list_items(
    rules: Sequence[Rule], matchers: Sequence[Matcher], text: str, taken: Collection[int], dropped: Collection[int]
) -> dict[int, tuple[int, int]]:
    """The lines dropped as bulleted list items (see :func:`list_item`): those of
    the lists whose every line is ``taken`` whole or has an item some rule drops."""
    found: dict[int, tuple[int, int]] = {}
    for lines in item_lists(text):
        items: dict[int, tuple[int, int]] = {}
        for start, end in lines:
            item = None if start in taken else list_item(text[start:end])
            k = None if item is None else _line_rule(rules, matchers, text, start + item[0], start + item[1], dropped)
            if k is not None:
                items[start] = (end, k)
            elif start not in taken:
                break
        else:
            found.update(items)
    return found


def _drop_line(rules: Sequence[Rule]) -> Runner:
    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        # Windows do not count the lines the rules drop: decide again with
        # the dropped lines left out of the count until nothing changes.
        matchers = [r.params.match for r in rules]
        decided: dict[int, tuple[int, int]] = {}
        while True:
            again = {}
            for start, end in _lines(text):
                k = _line_rule(rules, matchers, text, start, end, decided)
                if k is None:
                    k = _row_rule(rules, matchers, text, start, end, decided)
                if k is not None:
                    again[start] = (end, k)
            again.update(_list_items(rules, matchers, text, again, decided))
            if again == decided:
                break
            decided = again
        return [
            dropped_lines(text, start, end, rules[k])
            for start, (end, k) in sorted(decided.items())
        ], []

    return run


def _drop_block(rules: Sequence[Rule]) -> Runner:
    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        changes, taken = [], 0
        for start, end in _lines(text):
            if start < taken:
                continue
            for rule in rules:
                if _matches_line(rule, rule.params.start, text, start, end):
                    block = block_end(text, rule, line_end(text, end), lambda m, line: bool(m.line_pattern.as_regex.fullmatch(line)))
                    if block is not None:
                        changes.append(Change.of(start, block, "", rule.id, rule.reason))
                        taken = block
                        break
        return changes, []

    return run


def _replace(rules: Sequence[Rule]) -> Runner:
    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        hits: list[SpanHit] = []
        pos = 0
        while pos <= len(text):
            best = None
            for k, rule in enumerate(rules):
                lo, hi = window(text, rule.where)
                if max(pos, lo) > hi:
                    continue
                match = rule.params.match.span_pattern.as_regex.search(text, max(pos, lo), hi)
                if match is not None and (best is None or match.start() < best.start):
                    best = SpanHit(match.start(), match.end(), k)
            if best is None:
                break
            if best.end == best.start:
                pos = best.start + 1
                continue
            hits.append(best)
            pos = best.end
        return changes_for(text, rules, hits), []

    return run


def _drop_fragment(rules: Sequence[Rule]) -> Runner:
    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        hits = []
        for start, end in _lines(text):
            k = _first_rule(rules, [r.params.match for r in rules], text, start, end)
            if k is not None:
                hits.append(LineHit(start, end, k))
        fragments = {hit.start for hit in hits}
        changes = [
            dropped_lines(text, hit.start, hit.end, rules[hit.index])
            for hit in hits
            if is_stray(text, hit, fragments, rules[hit.index].params.short)
        ]
        return changes, []

    return run


def _drop_run(rules: Sequence[Rule]) -> Runner:
    return drop_run.compile_rules(rules, prefilter=False)


_REFERENCE = {
    "drop-line": _drop_line,
    "drop-block": _drop_block,
    "replace": _replace,
    "drop-fragment": _drop_fragment,
    "drop-run": _drop_run,
}


def compile_kind(kind: Kind, rules: Sequence[Rule]) -> Runner:
    """The reference runner for ``rules`` of ``kind`` (the kind's own where it has no other path)."""
    make = _REFERENCE.get(kind.name)
    return make(rules) if make is not None else kind.compile(rules)
