"""``replace``: replace every match of the phrases or pattern anywhere in the text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...provenance import Change
from ..scan import SpanHit, SpanRules
from ..spec import Matcher, Params, Rule
from .base import MATCH_FIELDS, Fail, Kind, Runner, top_matcher

_JOIN_SPACE = frozenset(" \t\u00a0")
# After a removed span, these mean the spaces before it go too.
_CLOSING = frozenset("\n.,;:!?)]}\u2026")


@dataclass(frozen=True)
class Replace(Params):
    match: Matcher
    replacement: str


def parse(data: dict[str, Any], fail: Fail) -> Replace:
    replacement = data.get("with", "")
    if not isinstance(replacement, str):
        raise fail("'with' must be a string")
    return Replace(top_matcher(data, fail), replacement)


def changes_for(text: str, rules: Sequence[Rule], hits: Sequence[SpanHit]) -> list[Change]:
    """The changes the hits make: a removal followed by punctuation or the line
    end also takes the spaces before it (no "word ." left behind)."""
    changes = []
    previous_end = 0
    for hit in hits:
        rule = rules[hit.index]
        start, replacement = hit.start, rule.params.replacement
        if not replacement and (hit.end == len(text) or text[hit.end] in _CLOSING):
            while start > previous_end and text[start - 1] in _JOIN_SPACE:
                start -= 1
        changes.append(Change.of(start, hit.end, replacement, rule.id, rule.reason))
        previous_end = hit.end
    return changes


def compile_rules(rules: Sequence[Rule]) -> Runner:
    spans = SpanRules(rules, [r.params.match.span_pattern for r in rules])

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        hits, warnings = spans.hits(text, timeout)
        return changes_for(text, rules, hits), warnings

    return run


KIND = Kind(
    name="replace",
    summary="replace every match of the phrases or pattern (with 'with', default nothing)",
    parameters='`phrases` / `pattern`, `with` ("")',
    details=(
        "replaces every match anywhere in the text (`^` and `$` are a line's start and end); a removal "
        "followed by punctuation or the line end also takes the spaces before it (no \"word .\" left behind)"
    ),
    example='kind: replace\npattern: \'\\((?:Photo|Image): [^()\\n]{1,80}\\)\'',
    fields=(*MATCH_FIELDS, "with"),
    parse=parse,
    compile=compile_rules,
)
