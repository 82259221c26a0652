"""``drop-block``: drop a run of lines from a start line to an end line, or while lines match a body."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ...chars import is_blank, line_end
from ...provenance import Change
from ..scan import LineRules
from ..spec import Matcher, Params, Rule, parse_matcher
from .base import Fail, Kind, Runner, int_param

# A line ending like a sentence (a full stop, exclamation mark or ellipsis, then
# perhaps closing quotes or brackets); a question may be a teaser headline.
_SENTENCE_END = re.compile(r"[.!\u2026][\"'\u2019\u201d)\]]*\s*$")
PROSE_WORDS = 6  # a line ending like a sentence with this many words is prose
LONG_WORDS = 30  # a line this long is prose however it ends


@dataclass(frozen=True)
class DropBlock(Params):
    start: Matcher
    end: Matcher | None
    body: Matcher | None
    max_lines: int


def parse(data: dict[str, Any], fail: Fail) -> DropBlock:
    if "start" not in data:
        raise fail("drop-block needs 'start'")
    params = DropBlock(
        start=parse_matcher(data["start"], fail, "'start'"),
        end=parse_matcher(data["end"], fail, "'end'") if "end" in data else None,
        body=parse_matcher(data["body"], fail, "'body'") if "body" in data else None,
        max_lines=int_param(data, "max_lines", 6, 2, fail),
    )
    if params.end is None and params.body is None:
        raise fail("drop-block needs 'end' or 'body' (a single line is a drop-line rule)")
    return params


def is_prose(line: str) -> bool:
    """Whether a line reads as article text rather than a teaser headline.

    >>> is_prose("The band plays London on 3 March, then Paris."), is_prose("Markets rally on ceasefire hopes")
    (True, False)
    """
    words = len(line.split())
    return words >= LONG_WORDS or (words >= PROSE_WORDS and _SENTENCE_END.search(line) is not None)


# Whether a matcher matches a whole line (the fast path passes RE2 under a time
# limit, the reference path plain ``regex``).
Fullmatch = Callable[[Matcher, str], bool]


def block_end(text: str, rule: Rule, pos: int, fullmatch: Fullmatch) -> int | None:
    """Where the block of ``rule`` whose start line ends at ``pos`` ends, or None
    if it does not.

    A block is a widget: its lines either follow one another or are all set
    apart by blank lines.  So a blank line ends a block whose lines so far
    followed one another, and a line of prose ends any block (what comes
    after is the article again, however short its lines).  Lines are judged
    without the spaces around them.  Apart from the blank-line stop, a block
    is the same whether its lines are set apart or not: the canonical form
    sets every line apart, so a block never grows or shrinks when its own
    output is cleaned again, and a removal budget judged on a first run
    holds for a second.
    """
    params: DropBlock = rule.params  # type: ignore[assignment]
    last_body_end = None
    count = 1
    spaced: bool | None = None  # whether the block's lines are set apart by blank lines
    after_blank = False
    while pos < len(text) and count < params.max_lines:
        nxt = line_end(text, pos)
        line = text[pos:nxt].strip()
        pos = nxt
        if is_blank(line):
            after_blank = True
            continue
        if (after_blank and spaced is False) or is_prose(line):
            break
        spaced = after_blank if spaced is None else spaced
        after_blank = False
        count += 1
        if params.end is not None and fullmatch(params.end, line):
            return nxt
        if params.body is not None and not fullmatch(params.body, line):
            break
        if params.end is None:
            last_body_end = nxt
    return None if params.end is not None else last_body_end


def compile_rules(rules: Sequence[Rule]) -> Runner:
    starts = LineRules(rules, [r.params.start.line_pattern for r in rules])

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        hits, checks = starts.scan(text, timeout)
        changes: list[Change] = []
        warnings = checks.warnings
        taken = 0
        for hit in hits:
            if hit.start < taken:
                continue
            # The first rule whose start matches has its block tried first; if
            # it finds no end, the rules after it that also start here get their turn.
            for k in range(hit.index, len(rules)):
                if k != hit.index and not checks.matches(k, hit.start, hit.end):
                    continue
                rule = rules[k]
                try:
                    end = block_end(
                        text, rule, line_end(text, hit.end), lambda m, line: m.line_pattern.fullmatches(line, timeout)
                    )
                except TimeoutError:
                    warnings.append(f"rule {rule.id}: pattern ran too long and was stopped; block kept")
                    continue
                if end is not None:
                    changes.append(Change.of(hit.start, end, "", rule.id, rule.reason))
                    taken = end
                    break
        return changes, warnings

    return run


KIND = Kind(
    name="drop-block",
    summary="drop a run of lines from a start line to an end line (or while lines match a body)",
    parameters="`start`, `end` and/or `body` (each `{phrases, pattern}`), `max_lines` (6)",
    details=(
        "drops a run of lines from a start line to an end line (lines between anything), or the start "
        "line and the lines after it that match `body`; never more than `max_lines` non-blank lines; a block "
        "whose lines follow one another ends at a blank line, and any block ends at a line of prose (a line "
        "ending like a sentence with six words or more, or any line of thirty), with or without a blank line "
        "before it; nothing if the end is not found (another block rule starting on the same line then gets its turn)"
    ),
    example="kind: drop-block\nstart: {phrases: [Read more]}\nend: {phrases: [article image]}\nmax_lines: 5",
    fields=("start", "end", "body", "max_lines"),
    parse=parse,
    compile=compile_rules,
    line_scan=lambda params: params.start,
)
