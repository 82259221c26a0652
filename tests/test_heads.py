"""Heads are sound: every line a pattern matches whole begins with a match of its head.

The line scan (:mod:`cleaner.engine.scan`) only looks again at lines that
begin with some rule's head, so a head that refused a line its rule matches
would silently lose that rule's match.  Generated patterns over a small
alphabet and generated lines check the promise; the shipped rules' examples
check it on real patterns.
"""

from __future__ import annotations

import functools

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.engine import heads
from cleaner.engine.heads import HEAD_LETTERS, head, read_items, widened
from cleaner.engine.patterns import Pattern, line_options
from cleaner.engine.ruleset import shipped_packs

_ATOMS = st.sampled_from([
    "a", "b", " ", "A", r"\.", "[ab]", "[^a]", ".", r"[\p{Lu}]", r"[\t ]", "^", "$", "(?i)",
    r"\p{L}", r"[\t\p{Zs}]", r"[^\p{L}]", r"\p{Ll}", "é",
])
# Lines over a small alphabet, with non-ASCII letters (É, é, the Kelvin sign
# and long s that fold to ASCII) and a non-breaking space, for the widened
# properties of heads.
_LINES = st.lists(st.text(alphabet="abAB .\tÉé\u212aſ\u00a0", max_size=12), min_size=1, max_size=8)
_QUANTIFIERS = st.sampled_from(["", "", "", "?", "*", "+", "{2}", "{1,3}", "{2,}", "*?", "{0,2}"])


def _patterns(atoms: st.SearchStrategy[str] = _ATOMS) -> st.SearchStrategy[str]:
    """Patterns of ``atoms``, quantified, in groups with and without flags."""

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        branches = st.lists(inner, min_size=1, max_size=3).map("|".join)
        group = st.tuples(st.sampled_from(["(?:", "(?i:", "(", "(?-i:"]), branches).map(lambda t: f"{t[0]}{t[1]})")
        quantified = st.tuples(group, _QUANTIFIERS).map("".join)
        return st.lists(st.one_of(quantified, inner), min_size=1, max_size=4).map("".join)

    atom = st.tuples(atoms, _QUANTIFIERS).map(lambda t: t[0] if t[0] in ("^", "$", "(?i)") else "".join(t))
    sequence = st.lists(atom, min_size=1, max_size=6).map("".join)
    return st.recursive(sequence, extend, max_leaves=8)


def _compiles(source: str) -> bool:
    try:
        re2.compile(source, line_options())
    except re2.error:
        return False
    return True


def _begins_with(head_source: str, line: str) -> bool:
    return re2.compile(head_source, line_options()).match(line) is not None


@settings(max_examples=400, derandomize=True, deadline=None)
@given(_patterns(), _LINES, st.integers(1, 8))
def test_a_line_the_pattern_matches_begins_with_its_head(source: str, lines: list[str], letters: int) -> None:
    if not _compiles(source):
        return
    found = head(source, letters)
    if found is None:
        return
    pattern = re2.compile(source, line_options())
    for line in lines:
        if pattern.fullmatch(line) is not None:
            assert _begins_with(found, line), (source, found, line)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_patterns(), _LINES)
def test_a_widened_pattern_matches_every_line_the_pattern_matches(source: str, lines: list[str]) -> None:
    if not _compiles(source):
        return
    pattern, wider = re2.compile(source, line_options()), re2.compile(widened(source), line_options())
    for line in lines:
        if pattern.fullmatch(line) is not None:
            assert wider.fullmatch(line) is not None, (source, widened(source), line)


@pytest.mark.parametrize(
    ("source", "line"),
    [
        (r"\p{L}", "é"), (r"\p{Lu}x", "Éx"), (r"(?i:\p{Lu})", "é"), (r"[\p{L}\p{N}]+", "ß٣"), (r"[\t\p{Zs}]*x", "\u00a0x"),
        (r"\p{Ll}+", "ſß"), (r"(?i)k\p{Ll}", "\u212aé"), (r"[^\p{L}]+", "1-"), (r"\pL\pN", "ж٣"),
    ],
)
def test_widened_properties_keep_the_non_ascii_lines(source: str, line: str) -> None:
    """Non-ASCII letters, digits and spaces, each where a property stands."""
    assert re2.compile(source, line_options()).fullmatch(line) is not None
    assert re2.compile(widened(source), line_options()).fullmatch(line) is not None
    assert _begins_with(head(source, 1) or "", line)


def test_heads_stop_before_broad_repetitions_and_split_optional_starts() -> None:
    assert head(r"[^\n]*copyright") is None  # a broad start: no head
    assert head(r"(?:ab.)*cd", 2) == "(?:(?:ab)|cd$)"  # left out or not
    assert head(r"(?:ab)*cd", 2) == "(?:ab)*cd$"  # a repetition of words is kept whole
    assert head(r"read.*more") == "read"
    assert head(r"x") == "x$"  # all of the pattern: the line ends there
    assert head(r"[\t ]*") is None  # matches an empty line: every line would pass


def test_octal_escapes_and_quoted_text_are_not_read() -> None:
    """RE2 reads them as one character and as literal text (translate() writes
    neither); read as anything else, a head cut inside quoted text did not compile."""
    for source in (r"(?:\Qabcdefghijkl\E|z)", r"x\101", r"\041"):
        assert read_items(source) is None and head(source) is None, source


def test_a_branch_cut_short_does_not_cut_its_sisters_short() -> None:
    """"The" alone would let every third English line through the scan."""
    assert head(r"(?:the|third-party)[\t ]+video[^\n]*blocked") == r"(?:(?:the)[\t ]+video|(?:third-pa))"
    assert head(r"(?i:(?:the|our)[\t ]+)*newsletter") == r"(?i:(?:the|our)[\t ]+)*newslett"
    # a group that takes flags away keeps the rest out of it
    assert head(r"(?-i:(?:A|BCDEFGHIJ))x") == "(?:(?-i:(?:(?:A)|(?:BCDEFGHI))))"


@functools.cache
def matched_example_lines() -> list[tuple[Pattern, str]]:
    """(pattern, line) for each line of a shipped rule's examples that the pattern
    matches whole, for the patterns with a prefilter (kept: matching is slow)."""
    found = []
    for pack in shipped_packs("page"):
        for rule in pack.rules:
            for matcher in rule.params.matchers():
                pattern = matcher.line_pattern
                if pattern.prefilter is None:
                    continue
                for example in rule.examples:
                    lines = [line for line in example.input.split("\n") if line.strip()]
                    found += [(pattern, line) for line in lines if pattern.as_regex.fullmatch(line) is not None]
    return found


def test_every_shipped_rule_example_line_its_rule_matches_begins_with_the_heads() -> None:
    for pattern, line in matched_example_lines():
        for letters in (3, 6, HEAD_LETTERS, 16):
            found = head(pattern.prefilter or "", letters)
            assert found is None or _begins_with(found, line), (pattern.source[:80], line)
    assert len(matched_example_lines()) > 500


def test_a_written_out_class_of_symbols_counts_as_a_letter() -> None:
    """A rating line starts with one of a dozen star symbols: as rare a start as a
    letter, so the rule gets a head instead of being scanned for whole."""
    assert head("[★☆✩✪✫✬✭✮✯✰⭐]{2,}.*") == "[★☆✩✪✫✬✭✮✯✰⭐]{2,}"
    assert head("[\\w]{2,}.*") is None  # a class escape is no written-out character
    assert head("[\\p{So}]{2,}.*") is None  # nor a property
    assert head("[abcdefghijklmnopq]{2,}.*") is None  # nor 17 characters


def test_a_long_count_read_as_any_number_still_asks_for_one() -> None:
    """A prefilter reads a long count as "any number" (RE2's automaton of ``{5,}``
    is large); read as ``*``, the symbol-line rule's ``\\.{5,}`` matched every blank
    line, and the finders proposed half of every document's lines."""
    from cleaner.engine.patterns import Pattern

    assert Pattern(r"\.{5,}", lines=True).prefilter == r"\.+"
    assert Pattern(r"ab{2,7}c", lines=True).prefilter == "ab+c"
    assert Pattern(r"x{0,9}", lines=True).prefilter == "x*"


@pytest.mark.parametrize("widen", [True, False])
def test_a_group_read_before_reads_as_it_would_afresh(widen: bool) -> None:
    """The reader keeps groups by their text (a first start reads each
    sub-pattern once): what it gives with groups kept is what it gives afresh,
    with parentheses in classes and escapes, flags, nesting and repeats."""
    group = r"(?:ab|c[)(]\(|(?i)d\p{L}+)"
    patterns = [f"{group}+x", f"y{group}", f"(?:{group}|\\({group}\\))?z", f"(?i:{group}{{2}}[\\x{{28}}])",
                f"[(]{group}[)]", f"{group}(?:{group}|e)"]
    heads._GROUPS.groups.clear()
    kept = [read_items.__wrapped__(p, widen) for p in patterns]
    assert heads._GROUPS.groups
    for pattern, items in zip(patterns, kept, strict=True):
        heads._GROUPS.groups.clear()
        assert items is not None and read_items.__wrapped__(pattern, widen) == items
