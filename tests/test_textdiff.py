"""changed_spans: its contract on any pair of texts, local spans, linear time."""

from __future__ import annotations

import time
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.textdiff import _agreement, _char_agreement, changed_spans

from .conftest import mojibake


def apply_spans(old: str, spans: list[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for start, end, text in spans:
        out += [old[pos:start], text]
        pos = end
    return "".join(out) + old[pos:]


def assert_contract(old: str, new: str) -> list[tuple[int, int, str]]:
    """Sorted, non-overlapping, each a real change, apart from each other, and giving ``new``."""
    spans = changed_spans(old, new)
    assert apply_spans(old, spans) == new
    pos = -1
    for start, end, text in spans:
        assert pos < start <= end <= len(old)  # apart: at least one agreeing character between two
        assert old[start:end] != text
        pos = end
    return spans


# Few letters, so that the texts often agree by chance.
_SMALL = st.text(alphabet="ab \u00e9\u00c3\u00a9", max_size=30)


@settings(max_examples=500)
@given(st.one_of(st.tuples(st.text(max_size=40), st.text(max_size=40)), st.tuples(_SMALL, _SMALL)))
def test_any_two_texts(pair: tuple[str, str]) -> None:
    assert_contract(*pair)


@settings(max_examples=300)
@given(st.text(max_size=80))
def test_mojibake_and_nfd_of_any_text(text: str) -> None:
    assert_contract(mojibake(text), text)
    assert_contract(unicodedata.normalize("NFD", text), unicodedata.normalize("NFC", text))


@settings(max_examples=300)
@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 3), st.text(max_size=3)), max_size=5))
def test_local_edits_of_a_text(text: str, edits: list[tuple[int, int, str]]) -> None:
    new = text
    for pos, length, inserted in edits:
        new = new[:pos] + inserted + new[pos + length :]
    assert_contract(text, new)


def _nearest_plain(old: str, new: str, i: int, j: int, width: int, reach: int, ends: bool) -> tuple[int, int] | None:
    """The definition, tried point by point: least total, then least i2."""
    for total in range(1, 2 * reach + 1):
        for i2 in range(i, i + total + 1):
            j2 = j + total - (i2 - i)
            if i2 - i > reach or j2 - j > reach or i2 > len(old) or j2 > len(new):
                continue
            key = old[i2 : i2 + width]
            if key != new[j2 : j2 + width]:
                continue
            if len(key) == width or (ends and i2 + len(key) == len(old) and j2 + len(key) == len(new)):
                return i2, j2
    return None


@settings(max_examples=500)
@given(_SMALL, _SMALL, st.integers(0, 5), st.integers(0, 5), st.integers(1, 12))
def test_agreement_searches_are_their_plain_definitions(old: str, new: str, i: int, j: int, window: int) -> None:
    if i >= len(old) or j >= len(new) or old[i] == new[j]:
        return  # they are asked only at a difference
    assert _agreement(old, new, i, j) == _nearest_plain(old, new, i, j, 4, 24, ends=False)
    assert _char_agreement(old, new, i, j, window) == _nearest_plain(old, new, i, j, 1, window, ends=True)


def test_spans_are_local() -> None:
    old = "Le pr\u00c3\u00a9sident a d\u00c3\u00a9clar\u00c3\u00a9 \u00c3\u00a9t\u00c3\u00a9 &amp; co"
    new = "Le pr\u00e9sident a d\u00e9clar\u00e9 \u00e9t\u00e9 & co"
    removed = [(old[s:e], t) for s, e, t in assert_contract(old, new)]
    assert removed == [("\u00c3\u00a9", "\u00e9")] * 5 + [("amp;", "")]
    cyrillic = "\u043f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440 " * 40  # every word mojibake, one space apart
    spans = assert_contract(mojibake(cyrillic), cyrillic)
    assert len(spans) == 80  # one per word, however long the run


def _seconds(old: str, new: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        changed_spans(old, new)
        best = min(best, time.perf_counter() - start)
    return best


def test_time_is_linear_in_the_line() -> None:
    """Runs where only single characters agree, and a run where nothing does
    (CJK mojibake): 4x the text, about 4x the time (quadratic would be 16x)."""
    for unit in ("\u00e9t\u00e9 ", "\u043f\u0440\u0438 \u043c\u0438\u0440 ", "\u65e5\u672c\u8a9e\u306e"):
        small, large = (unit * (n // len(unit)) for n in (10_000, 40_000))
        ratio = _seconds(mojibake(large), large) / _seconds(mojibake(small), small)
        assert ratio < 7, (unit, ratio)
