"""``drop-duplicates``: drop a paragraph repeated back to back.

One copy always stays, unless the rule says ``keep: none`` and the pair has
the shape of an image caption printed twice (alt text, then figcaption):
exactly two copies, standing between other lines (a pair at the top is the
headline), one sentence at most, not a heading in Title Case, and within the
rule's word and length bounds.  A pair that is not shown to be a caption is
left to the next rule, so a headline, a quoted comment or a chant is never
lost whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from ...provenance import Change
from ..scan import window
from ..spec import Matcher, Params, Rule, Where
from .base import Fail, Kind, Runner, dropped_lines, int_param, top_matcher
from .join_lines import looks_like_heading

# A sentence ending inside the line (after a word of two lower-case letters or
# more, so not "U.S." or "Mr."), then the next sentence starting.
_SENTENCE_BREAK = regex.compile(r"\p{Ll}{2}[.!?\u2026][\"'\u2019\u201d)\]]*\s+[\"'\u2018\u201c(]?\p{Lu}")


@dataclass(frozen=True)
class DropDuplicates(Params):
    keep: str
    match: Matcher | None
    min_chars: int
    min_words: int
    max_chars: int


def parse(data: dict[str, Any], fail: Fail) -> DropDuplicates:
    keep = data.get("keep", "first")
    if keep not in ("first", "none"):
        raise fail("'keep' must be 'first' or 'none'")
    has_filter = any(k in data for k in ("phrases", "pattern"))
    return DropDuplicates(
        keep,
        top_matcher(data, fail) if has_filter else None,
        int_param(data, "min_chars", 1, 1, fail),
        int_param(data, "min_words", 1, 1, fail),
        int_param(data, "max_chars", 0, 0, fail),
    )


def caption_shaped(params: DropDuplicates, paragraph: str, copies: int, between: bool) -> bool:
    """Whether a run of ``copies`` equal paragraphs has the shape of a doubled caption.

    >>> params = DropDuplicates("none", None, 20, 6, 300)
    >>> caption_shaped(params, "Rescuers work to put out a fire in Kharkiv", 2, True)
    True
    >>> caption_shaped(params, "Rescuers work to put out a fire in Kharkiv", 2, False)  # the headline
    False
    >>> caption_shaped(params, "No justice, no peace", 2, True)
    False
    """
    return (
        copies == 2
        and between
        and len(paragraph.split()) >= params.min_words
        and (params.max_chars == 0 or len(paragraph) <= params.max_chars)
        and not looks_like_heading(paragraph)
        and _SENTENCE_BREAK.search(paragraph) is None
    )


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end-without-newline) of each non-blank line in [lo, hi)."""
    found = []
    pos = lo
    for line in text[lo:hi].split("\n"):
        if line and not line.isspace():
            found.append((pos, pos + len(line)))
        pos += len(line) + 1
    return found


def _same_paragraph(a: str, b: str) -> bool:
    """Stripped lines equal but for spacing (cheap tests first: most neighbours
    differ in length or first character)."""
    return a == b or (abs(len(a) - len(b)) < 16 and a[:1] == b[:1] and a.split() == b.split())


def _has_neighbours_alike(text: str) -> bool:
    """Whether two neighbouring non-blank lines are the same paragraph: in most
    texts none are, and this finds out without building the list of lines."""
    paragraphs = [line for line in map(str.strip, text.split("\n")) if line]
    return any(map(_same_paragraph, paragraphs, paragraphs[1:]))


# Whether a rule applies to a run: (rule, paragraph, copies, between, time limit).
Applies = Callable[[Rule, str, int, bool, float], bool]


def _duplicates(
    text: str, lines: list[tuple[int, int]], group: list[Rule], timeout: float, warnings: list[str], applies: Applies
) -> list[tuple[Rule, int, int]]:
    """(rule, start, end) of each line to drop from runs of equal neighbours among ``lines``."""
    found = []
    stripped = [text[start:end].strip() for start, end in lines]
    k = 0
    while k < len(lines):
        first = stripped[k]
        j = k + 1
        while j < len(lines) and _same_paragraph(first, stripped[j]):
            j += 1
        if j - k > 1:
            try:
                paragraph, between = " ".join(first.split()), k > 0 and j < len(lines)
                rule = next((r for r in group if applies(r, paragraph, j - k, between, timeout)), None)
            except TimeoutError:
                warnings.append(f"rules {', '.join(r.id for r in group)}: pattern ran too long; kept")
                rule = None
            if rule is not None:
                run = lines[k:j] if rule.params.keep == "none" else lines[k + 1 : j]
                found.extend((rule, start, end) for start, end in run)
        k = j
    return found


def _applies(rule: Rule, paragraph: str, copies: int, between: bool, timeout: float) -> bool:
    params: DropDuplicates = rule.params  # type: ignore[assignment]
    if len(paragraph) < params.min_chars:
        return False
    if params.keep == "none" and not caption_shaped(params, paragraph, copies, between):
        return False
    return params.match is None or params.match.line_pattern.fullmatches(paragraph, timeout)


def compile_rules(rules: Sequence[Rule]) -> Runner:
    by_where: dict[Where, list[Rule]] = {}
    # A rule that names which paragraphs it is for is tried before a catch-all.
    for rule in sorted(rules, key=lambda r: r.params.match is None):
        by_where.setdefault(rule.where, []).append(rule)

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        changes: list[Change] = []
        warnings: list[str] = []
        dropped: set[int] = set()  # starts of the lines dropped so far
        if not _has_neighbours_alike(text):
            return changes, warnings
        for where, group in by_where.items():
            lines = _lines(text, *window(text, where))
            # Dropping a run can bring two copies of another paragraph together
            # (a paragraph, a doubled caption, the paragraph again): look again
            # until a look drops nothing, so one pass reaches the fixpoint.
            while True:
                remaining = [line for line in lines if line[0] not in dropped]
                newly = _duplicates(text, remaining, group, timeout, warnings, _applies)
                if not newly:
                    break
                for rule, start, end in newly:
                    dropped.add(start)
                    changes.append(dropped_lines(text, start, end, rule))
        changes.sort(key=lambda c: c.start)
        return changes, warnings

    return run


KIND = Kind(
    name="drop-duplicates",
    summary="drop a paragraph repeated back to back (keep: first | none, for doubled captions)",
    parameters="`keep: first\\|none`, optional `phrases` / `pattern`, `min_chars` (1), `min_words` (1), `max_chars` (0: any)",
    details=(
        "drops a paragraph repeated back to back (blank lines between count as adjacent, spacing aside); "
        "`keep: none` drops both copies only of a pair shaped like a doubled image caption (two copies between "
        "other lines, one sentence at most, not a Title Case heading, within `min_words` and `max_chars`) and "
        "otherwise leaves the run to the next rule; "
        "rules with a pattern are tried before catch-alls; runs that dropping brings together are dropped "
        "in the same pass"
    ),
    example="kind: drop-duplicates\nkeep: first\nmin_chars: 30",
    fields=("phrases", "pattern", "case_sensitive", "keep", "min_chars", "min_words", "max_chars"),
    parse=parse,
    compile=compile_rules,
)
