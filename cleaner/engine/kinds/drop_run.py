"""``drop-run``: drop a run of short, unpunctuated lines (a menu, a tag cloud, a footer).

A page's chrome is lists of link words: ``Home`` ``News`` ``Sport`` ``Sign
in``.  One such line says little (it may be a heading), but a run of them,
none reading as a sentence, is navigation in any language.  The thresholds
are the rule's parameters.  A line ending like a clause (a comma or
semicolon: verse, an address) is never link text.  A run stays when a line
ending in a colon introduces it (``You will need:`` then the ingredients),
when article text stands on both sides of it (a list inside the article:
chrome sits around the article, not in it), when most of its lines end in a
number (a table's rows: results, seats, opening hours) or when it is all the
text there is.  Blank lines inside a run neither break it nor count, so
text already in canonical form (a blank line between paragraphs) gives the
same runs as the text it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from ...chars import INLINE_SPACE, line_end
from ...provenance import Change
from ..patterns import compile_re2, translate
from ..scan import doc_of, window
from ..spec import Matcher, Params, Rule
from .base import MATCH_FIELDS, Fail, Kind, Runner, int_param, top_matcher
from .drop_block import is_prose

# A line that ends like a sentence: a full stop, question or exclamation mark or
# ellipsis, perhaps followed by closing quotes or brackets.
_SENTENCE_END = regex.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u2019\u201d)\]\u300d]*$")

# A line ending in a colon introduces what follows: never part of a run.
_INTRODUCES = (":", "\uff1a")
# A line ending like a clause runs on (verse, an address, a sentence broken
# across lines): never link text.
_CLAUSE_END = regex.compile(r"[,;\u060c\u3001\uff0c\uff1b][\"'\u2019\u201d)\]]*$")
# A line ending in a figure of a table: a count, a score, a range of hours
# ("Keskusta 12", "Fredag 10–18"), not a year or a postcode ("October 2019",
# "Spokane, WA 99210": a blog's archive links, a footer's address).
_FIGURE_END = regex.compile(r"(?<![\d.,:\u2013-])\d{1,3}(?:[.,:\u2013-]\d{1,3})*$")


@dataclass(frozen=True)
class DropRun(Params):
    match: Matcher | None
    min_lines: int
    max_words: int
    max_chars: int
    punctuated: int


def parse(data: dict[str, Any], fail: Fail) -> DropRun:
    has_filter = any(k in data for k in ("phrases", "pattern"))
    return DropRun(
        top_matcher(data, fail) if has_filter else None,
        int_param(data, "min_lines", 4, 2, fail),
        int_param(data, "max_words", 4, 1, fail),
        int_param(data, "max_chars", 40, 1, fail),
        int_param(data, "punctuated", 0, 0, fail),
    )


def ends_like_sentence(line: str) -> bool:
    """
    >>> ends_like_sentence("Sign in"), ends_like_sentence('He said "no."')
    (False, True)
    """
    return _SENTENCE_END.search(line) is not None


# Whether a matcher matches a whole line, under the rules' time limit.
Fullmatch = Callable[[Matcher, str], bool]


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end without newline, stripped text) of each non-blank line in [lo, hi)."""
    found = []
    pos = lo
    for line in text[lo:hi].split("\n"):
        stripped = line.strip()
        if stripped:
            found.append((pos, pos + len(line), stripped))
        pos += len(line) + 1
    return found


def runs(params: DropRun, lines: Sequence[tuple[int, int, str]], fullmatch: Fullmatch) -> Iterator[tuple[int, int]]:
    """(first, last) index into ``lines`` of each run the rule drops.

    >>> params = DropRun(None, 3, 3, 30, 0)
    >>> lines = [(0, 0, s) for s in ["Intro text that is long enough.", "Home", "News", "Sport", "Body."]]
    >>> list(runs(params, lines, lambda m, s: True))
    [(1, 3)]
    """
    first = None
    sentences = 0

    def member(line: str) -> bool:
        return (
            not line.endswith(_INTRODUCES)
            and _CLAUSE_END.search(line) is None
            and len(line) <= params.max_chars
            and len(line.split()) <= params.max_words
            and (params.match is None or fullmatch(params.match, line))
        )

    def dropped(start: int, end: int) -> bool:
        introduced = start > 0 and lines[start - 1][2].endswith(_INTRODUCES)
        inside = beside_prose(start - 1, -1) and beside_prose(end + 1, 1)
        whole = start == 0 and end == len(lines) - 1
        return end - start + 1 >= params.min_lines and not (introduced or inside or whole or table_rows(start, end))

    def beside_prose(k: int, step: int) -> bool:
        """Whether prose stands at line ``k`` beside a run, or past it (a line that
        broke the run: a poem's last line, "with the participation of ...")."""
        return any(0 <= n < len(lines) and is_prose(lines[n][2]) for n in (k, k + step))

    def table_rows(start: int, end: int) -> bool:
        """Whether most lines of the run end in a figure of a table (see _FIGURE_END)."""
        return 2 * sum(_FIGURE_END.search(lines[k][2]) is not None for k in range(start, end + 1)) > end - start + 1

    for k, (_, _, line) in enumerate(lines):
        sentence = ends_like_sentence(line)
        if member(line) and not (sentence and sentences >= params.punctuated):
            if first is None:
                first, sentences = k, 0
            sentences += sentence
            continue
        if first is not None and dropped(first, k - 1):
            yield first, k - 1
        first = None
    if first is not None and dropped(first, len(lines) - 1):
        yield first, len(lines) - 1


def may_hold_a_run(params: DropRun) -> str:
    """An RE2 pattern found in every text that holds a run ``params`` may drop:
    ``min_lines`` lines in a row (blank lines between them allowed) that are
    each at most ``max_chars`` long once stripped.  It looks at nothing else,
    so it finds more texts than hold runs, never fewer.

    >>> import re2
    >>> pattern = re2.compile(may_hold_a_run(DropRun(None, 3, 3, 10, 0)))
    >>> bool(pattern.search("A long first line of prose.\\nHome\\n\\nNews\\nSport\\n"))
    True
    >>> bool(pattern.search("Home\\nA long line of prose between them.\\nNews\\nSport\\n"))
    False
    """
    space = f"[{INLINE_SPACE}]*"
    short = f"{space}[^\\n]{{1,{params.max_chars}}}{space}"
    source = f"(?m)^{short}(?:\\n(?:{space}\\n)*{short}){{{params.min_lines - 1}}}$"
    translated = translate(source)
    assert translated is not None, source  # plain classes and counts: RE2 reads them
    return translated


def compile_rules(rules: Sequence[Rule], prefilter: bool = True) -> Runner:
    """The kind's runner; without ``prefilter`` (the reference path of the
    tests), every line of every text is looked at."""
    # A text without a stretch of short lines holds no run: most article
    # text, which then costs one RE2 scan per rule instead of a look at each line.
    prefilters = [compile_re2(may_hold_a_run(rule.params)) if prefilter else None for rule in rules]  # type: ignore[arg-type]

    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        changes: list[Change] = []
        warnings: list[str] = []
        taken: list[tuple[int, int]] = []  # spans already dropped by an earlier rule
        for rule, stretch in zip(rules, prefilters):
            if stretch is not None and stretch.search(doc_of(text).data) is None:
                continue
            lines = _lines(text, *window(text, rule.where))
            try:
                found = list(runs(rule.params, lines, lambda m, line: m.line_pattern.fullmatches(line, timeout)))  # type: ignore[arg-type]
            except TimeoutError:
                warnings.append(f"rule {rule.id}: pattern ran too long and was stopped; runs kept")
                continue
            for first, last in found:
                start, end = lines[first][0], line_end(text, lines[last][1])
                if any(start < stop and begin < end for begin, stop in taken):
                    continue
                taken.append((start, end))
                changes.append(Change.of(start, end, "", rule.id, rule.reason))
        changes.sort(key=lambda c: c.start)
        return changes, warnings

    return run


KIND = Kind(
    name="drop-run",
    summary="drop a run of short lines that do not read as sentences (menus, tag clouds, footers)",
    parameters=(
        "optional `phrases` / `pattern` (a line of the run), `min_lines` (4), `max_words` (4), "
        "`max_chars` (40), `punctuated` (0)"
    ),
    details=(
        "drops a run of at least `min_lines` lines of at most `max_words` words and `max_chars` characters "
        "each (matching the pattern, if given), of which at most `punctuated` end like a sentence; blank "
        "lines inside a run do not break it; a line ending in `:`, `,` or `;` is never part of one, and the run "
        "a `:` line introduces stays, as do a run with prose on both sides (or past one line that is not link "
        "text: a poem's last line), a run most of whose lines end in a small figure (a table's rows: results, "
        "seats, opening hours; not years or postcodes) and a run that is the whole text"
    ),
    example="kind: drop-run\nmin_lines: 4\nmax_words: 3\nmax_chars: 30",
    fields=(*MATCH_FIELDS, "min_lines", "max_words", "max_chars", "punctuated"),
    parse=parse,
    compile=compile_rules,
)
