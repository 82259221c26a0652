"""The fixed set of rule kinds: each a small, tested piece of Python.

Text reaches the rules one paragraph per line (scraped text is written that
way); blank lines are separators.  Every kind returns :class:`Change` objects
against the text it was given, sorted and non-overlapping, and compiles all
its rules at once.

========================  ====================================================
kind                      what it does
========================  ====================================================
``drop-line``             drop a line that is wholly a phrase or pattern
``drop-block``            drop a run of lines from a start line to an end line
                          (or while lines match a body), at most N lines
``replace``               replace a span anywhere (``with``, default nothing)
``join-lines``            join a line broken in mid-sentence to the next line
``drop-duplicates``       drop a paragraph repeated back to back (keep the
                          first, or drop them all); rules with a pattern are
                          tried before rules without one
``strip-slug``            drop a URL slug glued to the headline it spells
========================  ====================================================
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from ..canonical import BLOCK_LINE
from ..provenance import Change
from .scan import Alternation, LineRules, line_end, stopped_warning, window
from .spec import Matcher, Rule, parse_matcher

__all__ = ["KINDS", "Kind", "Runner"]

# A compiled rule kind: text and time limit in, changes and warnings out.
Runner = Callable[[str, float], tuple[list[Change], list[str]]]
Fail = Callable[[str], Exception]

_MATCH_FIELDS = ("phrases", "pattern", "case_sensitive")
_SPACES = r"[\t\p{Zs}]*"
# What str.isspace() (and so str.strip()) counts as a space, but the line
# break: the body of a regex character class.
INLINE_SPACE = r"\t\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# A line break after a line whose last character (spaces aside) does not end a
# sentence, before a line that is not blank.  The look-behind lets the regex
# module jump from one line break to the next.
_OPEN_BREAK = regex.compile(
    rf"(?<=[^{INLINE_SPACE}\n.!?:;\u2026][{INLINE_SPACE}]*)\n(?=[{INLINE_SPACE}]*[^{INLINE_SPACE}\n])"
)
_JOIN_SPACE = frozenset(" \t\u00a0")
# After a removed span, these mean the spaces before it go too.
_CLOSING = frozenset("\n.,;:!?)]}\u2026")
_LONG_WORD = regex.compile(r"\p{L}[\p{L}'\u2019-]{3,}")
# Longer words that Title Case styles may leave in lower case.
_TITLE_LOWER = frozenset(
    "with from into onto over upon than that about after before under between through "
    "without within when while where your their this these those them they have been will".split()
)


def _int_param(data: dict[str, Any], name: str, default: int, minimum: int, fail: Fail) -> int:
    value = data.get(name, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise fail(f"'{name}' must be an integer >= {minimum}")
    return value


def _fullmatch(matcher: Matcher) -> regex.Pattern[str]:
    return regex.compile(matcher.line_source, regex.V0)


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end-without-newline) of each non-blank line in [lo, hi)."""
    found = []
    pos = lo
    for line in text[lo:hi].split("\n"):
        if line and not line.isspace():
            found.append((pos, pos + len(line)))
        pos += len(line) + 1
    return found


def _lines_holding(char: str, text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end-without-newline) of each line in [lo, hi) holding ``char``;
    a substring search, not a walk over every line."""
    pos = text.find(char, lo, hi)
    while pos >= 0:
        start = max(lo, text.rfind("\n", lo, pos) + 1)
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        yield start, end
        pos = text.find(char, end, hi)


def _same_paragraph(a: str, b: str) -> bool:
    """Stripped lines equal but for spacing (cheap tests first: most neighbours
    differ in length or first character)."""
    return a == b or (abs(len(a) - len(b)) < 16 and a[:1] == b[:1] and a.split() == b.split())


@dataclass(frozen=True)
class Kind:
    name: str
    summary: str
    fields: tuple[str, ...]
    parse: Callable[[dict[str, Any], Fail], dict[str, Any]]
    compile: Callable[[Sequence[Rule]], Runner]


# -- drop-line ----------------------------------------------------------------


def _top_matcher(data: dict[str, Any], fail: Fail) -> Matcher:
    """The rule's own phrases/pattern (as opposed to a start/end/body mapping)."""
    return parse_matcher({k: data[k] for k in _MATCH_FIELDS if k in data}, fail, "the rule")


def _parse_match(data: dict[str, Any], fail: Fail) -> dict[str, Any]:
    return {"match": _top_matcher(data, fail)}


def _compile_drop_line(rules: Sequence[Rule]) -> Runner:
    matchers = [r.params["match"] for r in rules]
    alternation = LineRules(rules, [m.line_source for m in matchers], [m.source for m in matchers])

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        scan = alternation.scan(text, timeout)
        changes = [
            Change.of(h.start, line_end(text, h.end), "", h.rule.id, h.rule.reason)
            for h in scan.hits
            if "\n" not in text[h.start : h.end]
        ]
        return changes, scan.warnings

    return run


# -- drop-block ---------------------------------------------------------------


def _parse_drop_block(data: dict[str, Any], fail: Fail) -> dict[str, Any]:
    if "start" not in data:
        raise fail("drop-block needs 'start'")
    params = {
        "start": parse_matcher(data["start"], fail, "'start'"),
        "end": parse_matcher(data["end"], fail, "'end'") if "end" in data else None,
        "body": parse_matcher(data["body"], fail, "'body'") if "body" in data else None,
        "max_lines": _int_param(data, "max_lines", 6, 2, fail),
    }
    if params["end"] is None and params["body"] is None:
        raise fail("drop-block needs 'end' or 'body' (a single line is a drop-line rule)")
    return params


def _compile_drop_block(rules: Sequence[Rule]) -> Runner:
    matchers = [r.params["start"] for r in rules]
    starts = LineRules(rules, [m.line_source for m in matchers], [m.source for m in matchers])
    ends = {r.id: r.params["end"] and _fullmatch(r.params["end"]) for r in rules}
    bodies = {r.id: r.params["body"] and _fullmatch(r.params["body"]) for r in rules}

    def block_end(text: str, rule: Rule, pos: int, timeout: float) -> int | None:
        """Where the block whose start line ends at ``pos`` ends, or None if it does not."""
        end_re, body_re = ends[rule.id], bodies[rule.id]
        last_body_end = None
        count = 1
        while pos < len(text) and count < rule.params["max_lines"]:
            nxt = line_end(text, pos)
            line = text[pos:nxt].rstrip("\n")
            if line.strip():
                count += 1
                if end_re is not None and end_re.fullmatch(line, timeout=timeout):
                    return nxt
                if body_re is not None and not body_re.fullmatch(line, timeout=timeout):
                    break
                if end_re is None:
                    last_body_end = nxt
            pos = nxt
        return None if end_re is not None else last_body_end

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        scan = starts.scan(text, timeout)
        changes: list[Change] = []
        warnings = list(scan.warnings)
        taken = 0
        for hit in scan.hits:
            start = hit.start
            if start < taken or "\n" in text[hit.start : hit.end]:
                continue
            try:
                end = block_end(text, hit.rule, line_end(text, hit.end), timeout)
            except TimeoutError:
                warnings.append(f"rule {hit.rule.id}: pattern ran too long and was stopped; block kept")
                continue
            if end is not None:
                changes.append(Change.of(start, end, "", hit.rule.id, hit.rule.reason))
                taken = end
        return changes, warnings

    return run


# -- replace ------------------------------------------------------------------


def _parse_replace(data: dict[str, Any], fail: Fail) -> dict[str, Any]:
    replacement = data.get("with", "")
    if not isinstance(replacement, str):
        raise fail("'with' must be a string")
    return {"match": _top_matcher(data, fail), "with": replacement}


def _compile_replace(rules: Sequence[Rule]) -> Runner:
    alternation = Alternation(rules, [r.params["match"].source for r in rules])

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        scan = alternation.scan(text, timeout)
        changes = []
        for hit in scan.hits:
            start, replacement = hit.start, hit.rule.params["with"]
            if not replacement and (hit.end == len(text) or text[hit.end] in _CLOSING):
                while start > 0 and text[start - 1] in _JOIN_SPACE:  # no "word ." left behind
                    start -= 1
            changes.append(Change.of(start, hit.end, replacement, hit.rule.id, hit.rule.reason))
        return changes, scan.warnings

    return run


# -- drop-duplicates ----------------------------------------------------------


def _parse_drop_duplicates(data: dict[str, Any], fail: Fail) -> dict[str, Any]:
    keep = data.get("keep", "first")
    if keep not in ("first", "none"):
        raise fail("'keep' must be 'first' or 'none'")
    has_filter = any(k in data for k in ("phrases", "pattern"))
    return {
        "keep": keep,
        "match": _top_matcher(data, fail) if has_filter else None,
        "min_chars": _int_param(data, "min_chars", 1, 1, fail),
    }


def _duplicates(
    text: str,
    lines: list[tuple[int, int]],
    group: list[Rule],
    timeout: float,
    warnings: list[str],
    applies: Callable[[Rule, str, float], bool],
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
                rule = next((r for r in group if applies(r, " ".join(first.split()), timeout)), None)
            except TimeoutError:
                warnings.append(f"rules {', '.join(r.id for r in group)}: pattern ran too long; kept")
                rule = None
            if rule is not None:
                run = lines[k:j] if rule.params["keep"] == "none" else lines[k + 1 : j]
                found.extend((rule, start, end) for start, end in run)
        k = j
    return found


def _compile_drop_duplicates(rules: Sequence[Rule]) -> Runner:
    filters = {r.id: r.params["match"] and _fullmatch(r.params["match"]) for r in rules}

    def applies(rule: Rule, paragraph: str, timeout: float) -> bool:
        if len(paragraph) < rule.params["min_chars"]:
            return False
        pattern = filters[rule.id]
        return pattern is None or pattern.fullmatch(paragraph, timeout=timeout) is not None

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        changes: list[Change] = []
        warnings: list[str] = []
        by_where: dict[Any, list[Rule]] = {}
        # A rule that names which paragraphs it is for is tried before a catch-all.
        for rule in sorted(rules, key=lambda r: r.params["match"] is None):
            by_where.setdefault(rule.where, []).append(rule)
        dropped: set[int] = set()  # starts of the lines dropped so far
        for where, group in by_where.items():
            lines = _lines(text, *window(text, where))
            # Dropping a run can bring two copies of another paragraph together
            # (a paragraph, a doubled caption, the paragraph again): look again
            # until a look drops nothing.
            while True:
                remaining = [line for line in lines if line[0] not in dropped]
                newly = _duplicates(text, remaining, group, timeout, warnings, applies)
                if not newly:
                    break
                for rule, start, end in newly:
                    dropped.add(start)
                    changes.append(Change.of(start, line_end(text, end), "", rule.id, rule.reason))
        changes.sort(key=lambda c: c.start)
        return changes, warnings

    return run


# -- strip-slug ---------------------------------------------------------------


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _slug_length(line: str, min_words: int) -> int:
    """Length of a URL slug glued to the front of ``line`` that spells the rest, else 0."""
    first_space = line.find(" ")
    head = line if first_space < 0 else line[:first_space]
    for k in range(1, len(head)):
        if not (head[k].isupper() and (head[k - 1].islower() or head[k - 1].isdigit())):
            continue
        slug = line[:k]
        if slug.count("-") + 1 < min_words or any(ch.isupper() for ch in slug):
            continue
        spelled, headline = _alnum(slug), _alnum(line[k:])
        if len(spelled) >= 8 and headline.startswith(spelled):
            return k
    return 0


def _parse_strip_slug(data: dict[str, Any], fail: Fail) -> dict[str, Any]:
    return {"min_words": _int_param(data, "min_words", 3, 2, fail)}


def _compile_strip_slug(rules: Sequence[Rule]) -> Runner:
    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        changes: list[Change] = []
        taken: set[int] = set()
        for rule in rules:
            for start, end in _lines_holding("-", text, *window(text, rule.where)):  # a slug has a hyphen
                length = _slug_length(text[start:end].lstrip(), rule.params["min_words"])
                if length and start not in taken:
                    lead = len(text[start:end]) - len(text[start:end].lstrip())
                    changes.append(Change.of(start + lead, start + lead + length, "", rule.id, rule.reason))
                    taken.add(start)
        return sorted(changes, key=lambda c: c.start), []

    return run


# -- join-lines ---------------------------------------------------------------


def _parse_join_lines(data: dict[str, Any], fail: Fail) -> dict[str, Any]:
    if "before" not in data or "after" not in data:
        raise fail("join-lines needs 'before' (end of the first line) and 'after' (start of the next)")
    return {
        "before": parse_matcher(data["before"], fail, "'before'"),
        "after": parse_matcher(data["after"], fail, "'after'"),
    }


def _looks_like_heading(line: str) -> bool:
    """Title Case: every longer word capitalised but for title-case function words."""
    words = _LONG_WORD.findall(line)
    lowered = [w for w in words if not w[0].isupper()]
    return len(words) - len(lowered) >= 2 and all(w.casefold() in _TITLE_LOWER for w in lowered)


def _breaks_worth_joining(text: str) -> Iterator[tuple[int, int]]:
    """(line start, newline) for each line break that may be joined.

    One scan finds the breaks after a line that does not end like a sentence
    and before a non-blank line; the slower tests run on those alone.
    """
    headline_end = len(text) - len(text.lstrip())  # lines starting here or before: the headline
    for match in _OPEN_BREAK.finditer(text):
        nl = match.start()
        line_start = text.rfind("\n", 0, nl) + 1
        line = text[line_start:nl].rstrip()
        if (
            line_start > headline_end
            and len(line.split()) >= 3
            and not _looks_like_heading(line)
            and not BLOCK_LINE.match(line)
            and not BLOCK_LINE.match(text[nl + 1 : line_end(text, nl + 1)])
        ):
            yield line_start, nl


def _compile_join_lines(rules: Sequence[Rule]) -> Runner:
    # 'before' must end the line (up to trailing spaces), 'after' start the next.
    befores = [regex.compile(f"(?:{r.params['before'].source}){_SPACES}\\Z", regex.V0) for r in rules]
    afters = [regex.compile(f"{_SPACES}(?:{r.params['after'].source})", regex.V0) for r in rules]

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        changes: list[Change] = []
        warnings: list[str] = []
        stopped: set[int] = set()
        windows = [window(text, rule.where) for rule in rules]
        for line_start, nl in _breaks_worth_joining(text):
            for k, rule in enumerate(rules):
                if k in stopped or not windows[k][0] <= nl < windows[k][1]:
                    continue
                try:
                    found = befores[k].search(text, line_start, nl, timeout=timeout) and afters[k].match(
                        text, nl + 1, timeout=timeout
                    )
                except TimeoutError:
                    stopped.add(k)
                    warnings.append(stopped_warning(rule, timeout))
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


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("strip-slug", "drop a URL slug glued to the headline it spells",
             ("min_words",), _parse_strip_slug, _compile_strip_slug),
        Kind("drop-block", "drop a run of lines from a start line to an end line (or while lines match a body)",
             ("start", "end", "body", "max_lines"), _parse_drop_block, _compile_drop_block),
        Kind("drop-line", "drop a line that is wholly one of the phrases or matches the pattern",
             _MATCH_FIELDS, _parse_match, _compile_drop_line),
        Kind("replace", "replace every match of the phrases or pattern (with 'with', default nothing)",
             (*_MATCH_FIELDS, "with"), _parse_replace, _compile_replace),
        Kind("join-lines", "join a line broken mid-sentence ('before' ends it) to the next ('after' starts it)",
             ("before", "after"), _parse_join_lines, _compile_join_lines),
        Kind("drop-duplicates", "drop a paragraph repeated back to back (keep: first | none)",
             (*_MATCH_FIELDS, "keep", "min_chars"), _parse_drop_duplicates, _compile_drop_duplicates),
    )
}
