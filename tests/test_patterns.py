"""The direct RE2 matcher (:class:`cleaner.engine.patterns.BytePattern`) against
the binding's Python layer, which it bypasses for speed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.engine.patterns import Pattern, compile_re2, next_char, utf8

# Small patterns over a small alphabet, with and without line anchors, some
# able to match the empty string (the case where a scan must step forward).
_PIECES = ["a", "b", "é", "\\n", "x*", "(?:ab|b)", "[aé]+", "^", "$", ".", "(a)?", "(?P<g>b+)"]
_patterns = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map(lambda parts: "(?m)" + "".join(parts))
_texts = st.text(alphabet="abé\nx ", max_size=30).map(lambda text: text.encode("utf-8"))


@settings(max_examples=400, deadline=None)
@given(_patterns, _texts, st.integers(min_value=0, max_value=40))
def test_the_direct_matcher_answers_as_the_python_layer(source: str, data: bytes, pos: int) -> None:
    pattern = compile_re2(source)
    reference = pattern.compiled
    assert pattern.fullmatch(data) == (reference.fullmatch(data) is not None)
    pos = min(pos, len(data))
    found, expected = pattern.search(data, pos), reference.search(data, pos)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert found[:2] == expected.span()
        assert [span[0] for span in found[2][1:]] == [expected.start(g) for g in range(1, reference.groups + 1)]
    # The Python layer, given bytes, may give an empty match twice, and steps
    # past one by a byte, into the middle of a character; the scans want
    # each character's start once.
    starts = list(pattern.starts(data))
    expected_starts = {m.start() for m in reference.finditer(data) if not _inside_a_character(data, m.start())}
    assert starts == sorted(expected_starts)


def _inside_a_character(data: bytes, pos: int) -> bool:
    return pos < len(data) and 0x80 <= data[pos] < 0xC0


def test_an_empty_match_steps_over_a_whole_character() -> None:
    data = "éa".encode("utf-8")
    assert next_char(data, 0) == 2
    assert list(compile_re2("x*").starts(data)) == [0, 2, 3]


# -- a line pattern's widened form, asked first ----------------------------------

# Pieces with Unicode properties (which widening changes), in and out of classes,
# negated, under case folding; texts of ASCII and of letters, spaces and symbols
# beyond it, which the widened classes take and the written ones may not.
_PROPERTY_PIECES = [
    "\\p{L}", "\\p{Lu}", "\\pN", "[\\p{L}\\d'-]", "[^\\p{L}\\n]", "(?i:k\\p{Ll})", "(?-i:\\p{Lu})", "[\\p{Po}\\p{S}]",
    "a", "s", "[\\t\\p{Zs}]", "x{1,3}", "(?:\\p{Ll}|[0-9])+", ".",
    # under case folding, U+017F and U+212A (beyond ASCII) take s and k
    "(?i:\\pN)", "(?i:[\\p{Nd},.]+)", "(?i:\\p{Lu})", "(?i:[\\p{Po}\\p{S}])", "(?i:\\p{M}*)",
]
_property_patterns = st.lists(st.sampled_from(_PROPERTY_PIECES), min_size=1, max_size=5).map("".join)
_property_texts = st.text(alphabet="aksAKS9 '-.\u00e9\u00c4\u00df\u017f\u212a\u201c\u20ac\u2606\u00a0\u0661", max_size=8)


@settings(max_examples=500, deadline=None)
@given(_property_patterns, _property_texts)
def test_a_widened_pattern_takes_every_line_the_pattern_takes_and_on_ascii_only_those(
    source: str, line: str
) -> None:
    pattern = Pattern(source, lines=True)
    assert pattern.re2_source is not None
    exact = compile_re2(pattern.re2_source, True).fullmatch(utf8(line))
    wide = compile_re2(pattern.widened_source, True).fullmatch(utf8(line))
    assert wide or not exact
    if line.isascii():
        assert wide == exact
    assert pattern.fullmatches(line, 1.0) == exact


def test_every_shipped_line_pattern_answers_on_its_examples_lines_as_written() -> None:
    """Asking the widened form first never changes a shipped rule's answer on the
    lines of any example (the ASCII ones answered by it alone)."""
    from cleaner.engine.ruleset import shipped_packs

    checked = 0
    for pack in shipped_packs("page"):
        for rule in pack.rules:
            lines = {line for example in rule.examples for text in (example.input, example.output or "")
                     for line in text.split("\n") if line.strip()}
            for matcher in rule.params.matchers():
                pattern = matcher.line_pattern
                if pattern.re2_source is None:
                    continue
                written = compile_re2(pattern.re2_source, True)
                for line in lines:
                    assert pattern.fullmatches(line, 1.0) == written.fullmatch(utf8(line)), (rule.id, line)
                    checked += 1
    assert checked > 10_000


@pytest.mark.parametrize("case_folded", [False, True])
def test_every_widened_property_takes_exactly_its_ascii_characters(case_folded: bool) -> None:
    """Under case folding a class beyond ASCII takes s and k too (U+017F and U+212A
    fold to them): a widened property must not, unless the property itself does."""
    from cleaner.engine.heads import _GENERAL_CATEGORIES

    for name in _GENERAL_CATEGORIES:
        for written in (f"\\p{{{name}}}", f"[\\p{{{name}}}_]"):
            pattern = Pattern(f"(?i:{written})" if case_folded else written, lines=True)
            exact, wide = compile_re2(pattern.re2_source, True), compile_re2(pattern.widened_source, True)
            for code in range(1, 128):
                line = chr(code).encode()
                if line != b"\n":
                    assert wide.fullmatch(line) == exact.fullmatch(line), (written, chr(code))
