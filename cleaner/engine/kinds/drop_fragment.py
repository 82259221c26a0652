"""``drop-fragment``: drop a short stray fragment standing alone between paragraphs.

A line such as a lone ``I`` (a drop cap cut from its word, a leftover of a
widget) is debris when it stands alone between paragraphs.  The same line is
content when it is one of a run of short lines (quiz options ``A`` ``B``
``C``, a list of letters) or when the next line goes on in lower case (the
rest of the word).  The decision looks only at a line's neighbours as given,
and a line it drops has paragraphs on both sides, so dropping never changes
another line's decision: one pass reaches the fixpoint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...chars import is_blank
from ...provenance import Change
from ..scan import LineHit, LineRules
from ..spec import Matcher, Params, Rule
from .base import MATCH_FIELDS, Fail, Kind, Runner, dropped_lines, int_param, top_matcher


@dataclass(frozen=True)
class DropFragment(Params):
    match: Matcher
    short: int


def parse(data: dict[str, Any], fail: Fail) -> DropFragment:
    return DropFragment(top_matcher(data, fail), int_param(data, "short", 3, 1, fail))


def _neighbour_before(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the nearest non-blank line before the line at ``start``."""
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if not is_blank(text[begin:end]):
            return begin, end
        end = begin - 1
    return None


def _neighbour_after(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the nearest non-blank line after the line ending at ``end``."""
    begin = end + 1
    while begin < len(text):
        stop = text.find("\n", begin)
        stop = len(text) if stop < 0 else stop
        if not is_blank(text[begin:stop]):
            return begin, stop
        begin = stop + 1
    return None


def is_stray(text: str, hit: LineHit, fragments: set[int], short: int) -> bool:
    """Whether the fragment line of ``hit`` stands alone between paragraphs."""
    before, after = _neighbour_before(text, hit.start), _neighbour_after(text, hit.end)
    if before is None and after is None:
        return False  # the whole text: not a stray
    for neighbour in (before, after):
        if neighbour is not None and (
            neighbour[0] in fragments or len(text[neighbour[0] : neighbour[1]].strip()) <= short
        ):
            return False  # one of a run of short lines
    return after is None or not text[after[0] : after[1]].lstrip()[:1].islower()


def compile_rules(rules: Sequence[Rule]) -> Runner:
    lines = LineRules(rules, [r.params.match.line_pattern for r in rules])

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        hits, checks = lines.scan(text, timeout)
        fragments = {hit.start for hit in hits}
        changes = []
        for hit in hits:
            rule = rules[hit.index]
            if is_stray(text, hit, fragments, rule.params.short):
                changes.append(dropped_lines(text, hit.start, hit.end, rule))
        return changes, checks.warnings

    return run


KIND = Kind(
    name="drop-fragment",
    summary="drop a short stray fragment (a lone letter) standing alone between paragraphs",
    parameters="`phrases` / `pattern` (the fragment line), `short` (3)",
    details=(
        "drops a line matching the pattern when it stands alone between paragraphs; it stays when a "
        "neighbouring line is another fragment or at most `short` characters long (quiz options, a list "
        "of letters), when the next line goes on in lower case, or when it is the whole text"
    ),
    example="kind: drop-fragment\ncase_sensitive: true\npattern: '\\p{Lu}'",
    fields=(*MATCH_FIELDS, "short"),
    parse=parse,
    compile=compile_rules,
    line_scan=lambda params: params.match,
)
