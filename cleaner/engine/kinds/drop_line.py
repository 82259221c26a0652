"""``drop-line``: drop a line that is wholly one of the phrases or matches the pattern."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...provenance import Change
from ..scan import LineRules
from ..spec import Matcher, Params, Rule
from .base import MATCH_FIELDS, Fail, Kind, Runner, dropped_lines, top_matcher


@dataclass(frozen=True)
class DropLine(Params):
    match: Matcher


def parse(data: dict[str, Any], fail: Fail) -> DropLine:
    return DropLine(top_matcher(data, fail))


def compile_rules(rules: Sequence[Rule]) -> Runner:
    lines = LineRules(rules, [r.params.match.line_pattern for r in rules])

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        hits, checks = lines.scan(text, timeout, drops=True, rows=True, items=True, decorated=True)
        return [dropped_lines(text, h.start, h.end, rules[h.index]) for h in hits], checks.warnings

    return run


KIND = Kind(
    name="drop-line",
    summary="drop a line that is wholly one of the phrases or matches the pattern",
    parameters="`phrases` / `pattern`",
    details=(
        "drops a line that is wholly one of the phrases (with a little decoration around it: "
        "`» Read more`, `Advertisement:`, `[Advertisement]`) or matches the pattern; spaces around the line are ignored. "
        "A row of items on one line, between vertical bars or spaced middle dots (`Print · E-mail`, "
        "`Privacy · Cookies`), is dropped too when each item is a line some drop-line rule drops, "
        "or two or more with words in them are and the others are short labels (`Accept all | Reject all | Settings`: "
        "at most 40 characters and four words of two letters or more, no sentence end); "
        "it is credited to the rule of its first item a rule drops. "
        "A table row or a list item is not a row. "
        "A bulleted list item of three words or more (`- Share on Facebook`, `• Read more: …`) is dropped "
        "when its item is a line some drop-line rule drops, and credited to that rule, "
        "if every line of its list goes: a call among the steps of a how-to stays with them, "
        "and so does an item of a word or two (`- YouTube`, `• Email`) unless a rule takes its whole line. "
        "A dash before a line opens a quotation, not a list item. "
        "A line that begins or ends with decorations (emoji and other symbols, arrows, carets, crosses: "
        "`💬 Add a comment`, `☰ Menu`, `Close menu ✕`, `Jump to comments ↓`) is dropped when its words are a line "
        "some drop-line rule drops, and credited to that rule; so is such a row item or list item. "
        "Stars (a rating: `★★★☆☆ 3/5`), guillemets (a quotation) and `©`, `®`, `™`, `°` are no decorations"
    ),
    example='kind: drop-line\nphrases: [Advertisement, Sponsored content]',
    fields=MATCH_FIELDS,
    parse=parse,
    compile=compile_rules,
    line_scan=lambda params: params.match,
)
