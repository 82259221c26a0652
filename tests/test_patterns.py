"""The direct RE2 matcher (:class:`cleaner.engine.patterns.BytePattern`) against
the binding's Python layer, which it bypasses for speed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.engine.patterns import compile_re2, next_char

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
