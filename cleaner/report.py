"""Human-readable views of a result: --diff, --explain, --statistics and the --report page.

>>> from cleaner import clean
>>> result = clean("Sat. Feb 22nd, 2025\\nThe story.\\n")
>>> print(explain(result, "a.txt"))
a.txt:1:1: site/date-line removed 'Sat. Feb 22nd, 2025\\n' (A site's date widget: today's date, with its weekday, as the very first line)
"""

from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher
from collections.abc import Iterable, Mapping
from os import PathLike
from pathlib import Path
from typing import Any

import click

from .pipeline import Cleaner
from .provenance import Edit
from .result import Result
from .review_data import DEFAULT_SAMPLE, ReviewReport, entries
from .review_page import render_html

__all__ = ["diff", "explain", "statistics", "write_html", "WHITESPACE_RULES"]

# Canonical edits that only touch spacing; --diff leaves them out (--explain and JSON show them).
WHITESPACE_RULES = frozenset(
    {"canonical/space", "canonical/trim", "canonical/paragraph", "canonical/line-break", "canonical/invisible"}
)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _shown(text: str, limit: int = 60) -> str:
    """``text`` quoted; a long one cut after ``limit`` characters, saying how many more there were.

    >>> print(_shown("It's " + "x" * 70))
    "It's xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"... (+15 more characters)
    """
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}... (+{len(text) - limit:,} more characters)"


def explain(result: Result, name: str) -> str:
    """One line per edit: where (original line:column), which rule, what changed, why."""
    starts = _line_starts(result.original)
    lines = []
    for edit in result.edits:
        line = bisect_right(starts, edit.start)
        column = edit.start - starts[line - 1] + 1
        change = f"removed {_shown(edit.removed)}" if not edit.inserted else (
            f"replaced {_shown(edit.removed)} with {_shown(edit.inserted)}"
        )
        rules = ", ".join(dict.fromkeys(step.rule for step in edit.steps))
        lines.append(f"{name}:{line}:{column}: {rules} {change} ({edit.reason})")
    return "\n".join(lines)


def _hunks(edits: list[Edit], original: str, output: str) -> list[tuple[int, int, int, int, list[Edit]]]:
    """Group edits into line hunks: (orig first line, orig end line, out first, out end, edits)."""
    orig_starts, out_starts = _line_starts(original), _line_starts(output)
    hunks: list[tuple[int, int, int, int, list[Edit]]] = []
    for edit in edits:
        # Lines holding the edit's first and last character, both sides; an
        # edit ending on a line break takes in the next line as well.
        o0 = bisect_right(orig_starts, edit.start) - 1
        o1 = bisect_right(orig_starts, edit.end)
        n0 = bisect_right(out_starts, edit.out_start) - 1
        n1 = bisect_right(out_starts, edit.out_start + len(edit.inserted))
        if hunks and o0 < hunks[-1][1]:
            a0, _, b0, _, members = hunks[-1]
            hunks[-1] = (a0, max(o1, hunks[-1][1]), b0, max(n1, hunks[-1][3]), [*members, edit])
        else:
            hunks.append((o0, o1, n0, n1, [edit]))
    return hunks


def _key(line: str) -> str:
    return " ".join(line.split())


def diff(result: Result, name: str, color: bool = False) -> str:
    """A unified-style diff of original and output, each hunk labelled with its rules.

    Lines that differ only in spacing count as equal, and hunks whose edits
    only change spacing are left out.  ``color`` adds terminal colour codes
    (the command decides, from ``--color`` and whether stdout is a terminal).
    """

    def style(text: str, **styles: Any) -> str:
        return click.style(text, **styles) if color else text

    orig_lines = result.original.splitlines()
    out_lines = result.text.splitlines()
    shown = [e for e in result.edits if any(step.rule not in WHITESPACE_RULES for step in e.steps)]
    if not shown:
        return ""
    parts = [style(f"--- {name}", bold=True), style(f"+++ {name} (clean)", bold=True)]
    for o0, o1, n0, n1, members in _hunks(shown, result.original, result.text):
        rules = ", ".join(
            dict.fromkeys(s.rule for e in members for s in e.steps if s.rule not in WHITESPACE_RULES)
        )
        old, new = orig_lines[o0:o1], out_lines[n0:n1]
        body = []
        matcher = SequenceMatcher(None, [_key(x) for x in old], [_key(x) for x in new], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                body.extend(" " + line for line in new[j1:j2] if line.strip())
                continue
            body.extend(style("-" + line, fg="red") for line in old[i1:i2] if line.strip())
            body.extend(style("+" + line, fg="green") for line in new[j1:j2] if line.strip())
        parts.append(style(f"@@ -{o0 + 1},{o1 - o0} +{n0 + 1},{n1 - n0} @@ {rules}", fg="cyan"))
        parts.extend(body)
    return "\n".join(parts)


def statistics(counts: Mapping[str, int], removed: Mapping[str, int], documents: int, over_budget: int = 0) -> str:
    """Per-rule counts over a run, most frequent first, like ``ruff --statistics``;
    then how many documents went over the removal budget, if any did."""
    budget = f"\n{over_budget:>7}  document(s) over the removal budget: no rule's change applied" if over_budget else ""
    if not counts:
        return f"no edits in {documents} document(s)" + budget
    width = max(len(rule) for rule in counts)
    lines = [f"{'count':>7}  {'rule':<{width}}  removed chars"]
    for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"{count:>7}  {rule:<{width}}  {removed.get(rule, 0):>13}")
    lines.append(f"{sum(counts.values()):>7}  edits in {documents} document(s)")
    return "\n".join(lines) + budget


def write_html(
    results: Iterable[Result],
    path: str | PathLike[str],
    *,
    cleaner: Cleaner | None = None,
    sample: int = DEFAULT_SAMPLE,
    seed: int = 0,
) -> None:
    """Write the review page of ``results`` to ``path`` (one self-contained HTML file).

    Totals cover every result; ``sample`` documents, chosen by ``seed``, are
    shown whole.  Rule details (safety, where defined) come from ``cleaner``'s
    ruleset, or from the shipped packs.
    """

    results = list(results)
    if cleaner is not None:
        report = ReviewReport.for_cleaner(cleaner, {}, sample, seed)
    else:
        report = ReviewReport.for_results(results, sample=sample, seed=seed)
    for entry in entries(results, report):
        report.add(entry)
    from .outputs import write_atomic  # outputs -> batch -> this module (for --diff and --explain)

    write_atomic(Path(path), render_html(report.payload()).encode("utf-8"))
