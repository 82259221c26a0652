"""Every fast path outside the rule scans against the plain path it stands for.

Each test here runs generated inputs through a shortcut (a C-level
prefilter, a skipped pass, a cheaper fold) and through the plain code it
replaced, written out below, and requires identical results.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.engine.kinds import drop_duplicates

# Lines that are alike but for spacing, and blank lines, so that runs are common.
_LINE = st.sampled_from(["a b", "a  b", " a b ", "a\u00a0b", "a" + " " * 20 + "b", "c", "", " ", "\t"])
_TEXT = st.lists(_LINE, max_size=12).map("\n".join)


def _plain_runs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first, end) index of every run of neighbours that are the same paragraph,
    found by comparing every line with the run's first, as the kind did."""
    stripped = [text[start:end].strip() for start, end in lines]
    runs, k = [], 0
    while k < len(lines):
        j = k + 1
        while j < len(lines) and drop_duplicates._same_paragraph(stripped[k], stripped[j]):
            j += 1
        if j - k > 1:
            runs.append((k, j))
        k = j
    return runs


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_duplicate_runs_are_those_of_the_plain_loop(text: str) -> None:
    lines = drop_duplicates._lines(text, 0, len(text))
    found: list[tuple[int, int]] = []

    def record(rule, paragraph, copies, between, timeout):  # noqa: ANN001, ANN202
        return True

    # One fake rule keeping the first copy: every run's later lines are returned.
    class Rule:
        params = drop_duplicates.DropDuplicates("first", None, 1, 1, 0)

    dropped = drop_duplicates._duplicates(text, lines, [Rule()], 1.0, [], record)  # type: ignore[list-item]
    for first, end in _plain_runs(text, lines):
        found.extend(lines[first + 1 : end])
    assert [(start, end) for _, start, end in dropped] == found
    plain = [line.strip() for line in text.split("\n") if line.strip()]
    alike = any(map(drop_duplicates._same_paragraph, plain, plain[1:]))
    assert drop_duplicates._has_neighbours_alike(text) == alike
