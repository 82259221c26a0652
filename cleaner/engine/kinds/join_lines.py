"""``join-lines``: join a line broken in mid-sentence to the next line."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from ...chars import BLOCK_LINE, INLINE_SPACE, SPACES, line_end, line_start, row_parts
from ...provenance import Change
from ..patterns import Pattern
from ..scan import stopped_warning, time_limit, window
from ..spec import Matcher, Params, Rule, parse_matcher
from .base import Fail, Kind, Runner

_JOIN_SPACE = frozenset(" \t\u00a0")
# A line this short beside another as short is an item of a list-like run
# (ingredients, a poem, an address), not half of a broken paragraph: a break
# inside a paragraph follows a line that filled its width.
LIST_LINE_CHARS = 50
# ``key: value`` (a label of one to three words, then a colon).
_KEY_VALUE = regex.compile(r"[\t\p{Zs}]*[\p{L}\p{N}][\p{L}\p{N}'\u2019&/-]*(?:[\t\p{Zs}]+[\p{L}\p{N}'\u2019&/-]+){0,2}[\t\p{Zs}]*:[\t\p{Zs}]")
_LONG_WORD = regex.compile(r"\p{L}[\p{L}'\u2019-]{3,}")
# Longer words that Title Case styles may leave in lower case.
_TITLE_LOWER = frozenset(
    "with from into onto over upon than that about after before under between through "
    "without within when while where your their this these those them they have been will".split()
)


@lru_cache(maxsize=1)
def open_break() -> regex.Pattern[str]:
    """A line break after a line whose last character (spaces aside) does not end a
    sentence, before a line that is not blank.  The look-behind lets ``regex``
    jump from one line break to the next."""
    return regex.compile(
        rf"(?<=[^{INLINE_SPACE}\n.!?:;\u2026][{INLINE_SPACE}]*)\n(?=[{INLINE_SPACE}]*[^{INLINE_SPACE}\n])"
    )


@dataclass(frozen=True)
class JoinLines(Params):
    before: Matcher
    after: Matcher

    def ending(self) -> Pattern:
        """``before`` at the end of a line (spaces aside)."""
        return Pattern(f"(?:{self.before.source}){SPACES}\\Z")

    def opening(self) -> Pattern:
        """``after`` at the start of a line (spaces aside)."""
        return Pattern(f"\\A{SPACES}(?:{self.after.source})")


def parse(data: dict[str, Any], fail: Fail) -> JoinLines:
    if "before" not in data or "after" not in data:
        raise fail("join-lines needs 'before' (end of the first line) and 'after' (start of the next)")
    return JoinLines(parse_matcher(data["before"], fail, "'before'"), parse_matcher(data["after"], fail, "'after'"))


def looks_like_heading(line: str) -> bool:
    """Title Case: every longer word capitalised but for title-case function words."""
    words = _LONG_WORD.findall(line)
    lowered = [w for w in words if not w[0].isupper()]
    return len(words) - len(lowered) >= 2 and all(w.casefold() in _TITLE_LOWER for w in lowered)


def looks_like_list(line: str, following: str) -> bool:
    """Whether two lines read as items of a list (both short, or ``key: value``).

    >>> looks_like_list("a pinch of salt", "butter for the pan")
    True
    >>> looks_like_list("The minister said that the proposal would be put to", "parliament next week.")
    False
    """
    return (len(line) <= LIST_LINE_CHARS and len(following.strip()) <= LIST_LINE_CHARS) or any(
        _KEY_VALUE.match(one) for one in (line, following)
    )


def breaks_worth_joining(text: str) -> Iterator[tuple[int, int]]:
    """(line start, newline) for each line break that may be joined.

    One scan finds the breaks after a line that does not end like a sentence
    and before a non-blank line; the slower tests run on those alone.
    """
    headline_end = len(text) - len(text.lstrip())  # lines starting here or before: the headline
    for match in open_break().finditer(text):
        nl = match.start()
        start = line_start(text, nl)
        line = text[start:nl].rstrip()
        if (
            start > headline_end
            and len(line.split()) >= 3
            and not looks_like_heading(line)
            and not BLOCK_LINE.match(line)
            and not BLOCK_LINE.match(following := text[nl + 1 : line_end(text, nl + 1)])
            and not looks_like_list(line, following)
            and not (row_parts(line) or row_parts(following))
        ):
            yield start, nl


def compile_rules(rules: Sequence[Rule]) -> Runner:
    endings = [r.params.ending() for r in rules]
    openings = [r.params.opening() for r in rules]

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        changes: list[Change] = []
        warnings: list[str] = []
        stopped: set[int] = set()
        windows = [window(text, rule.where) for rule in rules]
        limit = time_limit(timeout, 0, len(text))
        for begin, nl in breaks_worth_joining(text):
            line, following = text[begin:nl], text[nl + 1 : line_end(text, nl + 1)].rstrip("\n")
            for k, rule in enumerate(rules):
                if k in stopped or not windows[k][0] <= nl < windows[k][1]:
                    continue
                try:
                    found = endings[k].found_in(line, limit) and openings[k].found_in(following, limit)
                except TimeoutError:
                    stopped.add(k)
                    warnings.append(stopped_warning(rule, limit))
                    continue
                if found:
                    start, end = nl, nl + 1
                    while start > 0 and text[start - 1] in _JOIN_SPACE:
                        start -= 1
                    while end < len(text) and text[end] in _JOIN_SPACE:
                        end += 1
                    changes.append(Change.of(start, end, " ", rule.id, rule.reason))
                    break
        return changes, warnings

    return run


KIND = Kind(
    name="join-lines",
    summary="join a line broken mid-sentence ('before' ends it) to the next ('after' starts it)",
    parameters="`before`, `after` (each `{phrases, pattern}`)",
    details=(
        "joins a line that ends with `before` to the next line when it starts with `after` (each seen "
        "alone); never joins the first line (the headline), a heading in Title Case, a list item or table "
        "row, a row of items between bars, spaced middle dots or bullets (`Like · Reply · 1 an`), two lines "
        "of at most 50 characters each (list items, verse, an address), a `key: value` line "
        "or one before it, a line of fewer than three words, or a line that ends in `.`, `!`, `?`, `:`, `;` or `…`"
    ),
    example="kind: join-lines\nbefore: {pattern: '[\\p{L},]'}\nafter: {pattern: '\\p{Ll}', case_sensitive: true}",
    fields=("before", "after"),
    parse=parse,
    compile=compile_rules,
)
