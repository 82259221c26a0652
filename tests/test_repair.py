"""Unicode repair: exactly ftfy's fixes, line by line, as attributed edits."""

from __future__ import annotations

import importlib.util
import itertools
import re
import sys
import time
from pathlib import Path
from unittest.mock import patch

import ftfy
import pytest
import re2
import regex
from ftfy.badness import BADNESS_RE
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import repair
from cleaner.engine import memo
from cleaner.pipeline import Cleaner
from cleaner.provenance import TrackedText, apply_changes
from cleaner.repair import OurConfig, ftfy_config, repair_changes

from .conftest import SEEDS, ftfy_cases, mojibake, scraped_text

CONFIG = ftfy_config()
STRAIGHT = ftfy_config(straight_quotes=True)


def per_line_ftfy(text: str, config: ftfy.TextFixerConfig) -> str:
    """Plain ftfy on every line (ending at any line break), entities decided per line."""
    lines = regex.findall(r"[^\n\r\u2028\u2029]*(?:\r\n|[\n\r\u2028\u2029])|[^\n\r\u2028\u2029]+$", text)
    assert "".join(lines) == text
    fixed = []
    for line in lines:
        line_config = config._replace(unescape_html=False) if "<" in line else config
        fixed.append(ftfy.fix_and_explain(line, line_config).text)
    return "".join(fixed)


@pytest.mark.parametrize("case", ftfy_cases(), ids=lambda c: c["original"][:30])
@pytest.mark.parametrize("config", [CONFIG, STRAIGHT], ids=["keep", "straight"])
def test_precheck_gives_exactly_what_plain_ftfy_gives(case: dict[str, str], config: ftfy.TextFixerConfig) -> None:
    original = case["original"]
    assert apply_changes(original, repair_changes(original, config)[0]) == ftfy.fix_text(original, config)


@settings(max_examples=300)
@given(scraped_text)
def test_precheck_is_exact_on_any_text(text: str) -> None:
    for config in (CONFIG, STRAIGHT):
        assert apply_changes(text, repair_changes(text, config)[0]) == per_line_ftfy(text, config)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_mojibake_seed_comes_back_to_the_seed(seed) -> None:
    text = seed.read_text(encoding="utf-8")
    broken = mojibake(text)
    assert broken != text
    tracked = TrackedText(broken)
    tracked.apply(repair_changes(broken)[0])
    assert tracked.text == text
    rules = {step.rule for edit in tracked.edits for step in edit.steps}
    assert rules == {"unicode/mojibake"}
    assert all("decoded as" in edit.reason and "ftfy:" in edit.reason for edit in tracked.edits)


def test_each_fix_is_its_own_minimal_edit() -> None:
    text = "Ukraine\u00e2\u20ac\u2122s plan &amp; Russia\u00e2\u20ac\u2122s \x1b[1mreply\n"
    tracked = TrackedText(text)
    tracked.apply(repair_changes(text)[0])
    assert tracked.text == "Ukraine\u2019s plan & Russia\u2019s reply\n"
    found = [(e.removed, e.inserted, e.rule) for e in tracked.edits]
    assert found == [
        ("\u00e2\u20ac\u2122", "\u2019", "unicode/mojibake"),
        ("amp;", "", "unicode/html-entity"),
        ("\u00e2\u20ac\u2122", "\u2019", "unicode/mojibake"),
        ("\x1b[1m", "", "unicode/terminal-escape"),
    ]


def test_entities_are_decoded_on_lines_after_one_with_a_tag() -> None:
    text = "a <b>tag</b> line &amp; more\nplain &amp; text\n"
    fixed = apply_changes(text, repair_changes(text)[0])
    assert fixed == "a <b>tag</b> line &amp; more\nplain & text\n"
    assert ftfy.fix_text(text, CONFIG) == text  # ftfy alone stops decoding after the tag


def test_typography_is_kept_by_default_and_straightened_on_request() -> None:
    text = "\u201cIt\u2019s\u201d \ufb01ne \uff21\n"
    assert apply_changes(text, repair_changes(text, CONFIG)[0]) == text
    assert apply_changes(text, repair_changes(text, STRAIGHT)[0]) == "\"It's\" \ufb01ne \uff21\n"


# The candidate scan: one RE2 scan of the document, against the plain test of
# each line with Python's re and ftfy's own badness pattern.


def test_ftfy_s_badness_pattern_carries_over_to_re2() -> None:
    """Else the plain path runs silently, at many times the cost."""
    assert repair._ftfy_tables()[0] is not None
    for line_breaks, quotes in itertools.product((False, True), repeat=2):
        assert repair._suspect_search(line_breaks, quotes) is not None


def test_the_kept_ftfy_tables_are_those_of_the_ftfy_installed() -> None:
    """The scan's tables are kept between runs (ftfy is imported only for a line that
    needs it); the kept file is named after the ftfy installed, so they never go stale."""
    from ftfy.chardata import CONTROL_CHARS

    assert repair._ftfy_tables() == [repair.re2_superset(BADNESS_RE.pattern), "".join(sorted(map(chr, CONTROL_CHARS)))]
    assert "ftfy" in memo._LIBRARIES  # noqa: SLF001


@pytest.mark.parametrize("straight", [False, True])
def test_our_configuration_named_without_ftfy_repairs_as_ftfy_config_does(straight: bool) -> None:
    text = "caf\u00c3\u00a9 \u201cquoted\u201d\nplain\nTom &amp; Jerry\n" + mojibake("Ukraine\u2019s\n")
    assert repair_changes(text, OurConfig(straight)) == repair_changes(text, ftfy_config(straight))
    assert repair_changes("plain text\n", OurConfig(straight)) == ([], [])


@pytest.mark.parametrize(
    "pattern", [r"a(?=b)", r"(?<!a)b", r"(a)\1", r"\bcaf", r"end$", r"\d", r"[\w]", r"[[:alpha:]]", r"[]a]"]
)
def test_what_cannot_be_carried_over_to_re2_is_refused(pattern: str) -> None:
    assert repair.re2_superset(pattern) is None


def test_without_the_re2_pattern_the_plain_path_gives_the_same_repair(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "caf\u00c3\u00a9\nplain\nTom &amp; Jerry\n" + mojibake("Ukraine\u2019s\n")
    expected = repair_changes(text)
    monkeypatch.setattr(repair, "_suspect_search", lambda line_breaks, quotes: None)
    assert repair_changes(text) == expected
    assert apply_changes(text, expected[0]) == "caf\u00e9\nplain\nTom & Jerry\nUkraine\u2019s\n"


def test_python_spaces_are_what_re_calls_a_space() -> None:
    space = re.compile(r"\s")
    spaces = re.compile(f"[{repair.PY_SPACES}]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(space.match(char)) == bool(spaces.match(char)), hex(code)


def _badness_re2() -> re2._Regexp:
    return re2.compile(repair._ftfy_tables()[0])


# Every character ftfy's badness test names, so that random text often looks bad.
_BADNESS_ALPHABET = sorted({c for c in BADNESS_RE.pattern if not c.isascii()})
_BAD_LINES = st.text(alphabet=st.sampled_from(_BADNESS_ALPHABET + list("aZ .,?!\u00a0\u2019-\t\u3000")), max_size=40)


def test_the_re2_badness_pattern_matches_every_pair_ftfy_s_matches() -> None:
    """All strings of two characters from ftfy's alphabet (its patterns'
    shortest matches), and each after a space and a letter."""
    pattern = _badness_re2()
    alphabet = _BADNESS_ALPHABET + [" ", "a", "Z", "\n"]
    for a, b in itertools.product(alphabet, repeat=2):
        for text in (a + b, " " + a + b, "a" + a + b):
            if BADNESS_RE.search(text):
                assert pattern.search(text), text


@settings(max_examples=1000, deadline=None)
@given(_BAD_LINES)
def test_the_re2_badness_pattern_matches_wherever_ftfy_s_does(text: str) -> None:
    pattern = _badness_re2()
    for line in (text, "An ordinary sentence first, " + text):
        if BADNESS_RE.search(line):
            assert pattern.search(line), line


_DOCUMENTS = st.lists(
    st.one_of(_BAD_LINES, scraped_text, st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85"])), max_size=12
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_DOCUMENTS)
def test_the_scan_finds_every_line_the_plain_test_finds(text: str) -> None:
    """Also when the text is scanned in pieces of a few characters (each
    piece ends after a \n)."""
    for config in (CONFIG, STRAIGHT, CONFIG._replace(normalization="NFC", fix_line_breaks=True)):
        plain = repair._candidate_starts(text, config, fast=False)
        assert plain is not None
        for chunk in (repair._CHUNK, 3):
            with patch.object(repair, "_CHUNK", chunk):
                fast = repair._candidate_starts(text, config)
                assert fast is not None and set(plain) <= set(fast)
                assert apply_changes(text, repair_changes(text, config)[0]) == per_line_ftfy(text, config)


def _benchmark_documents(count: int) -> list[str]:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("benchmark_corpus", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.documents(count)


def test_the_scan_on_the_benchmark_corpus_finds_exactly_the_plain_lines() -> None:
    documents = _benchmark_documents(120)
    assert sum("\u00e2\u20ac" in d for d in documents) >= 5  # some are mojibake
    for text in documents:
        assert repair._candidate_starts(text, CONFIG) == repair._candidate_starts(text, CONFIG, fast=False)
        assert apply_changes(text, repair_changes(text, CONFIG)[0]) == per_line_ftfy(text, CONFIG)


def test_lines_are_found_whatever_breaks_them() -> None:
    lines = ["plain\r\n", "caf\u00c3\u00a9\r", "ok\u2028", "\u0153\n", "x &amp; y\u2029", "end \u00c3\u00a9"]
    text = "".join(lines)
    starts = [sum(map(len, lines[:k])) for k in range(len(lines))]
    assert repair._candidate_starts(text, CONFIG) == [starts[1], starts[3], starts[4], starts[5]]
    assert repair._candidate_starts(text, CONFIG, fast=False) == [starts[1], starts[3], starts[4], starts[5]]


def test_a_lone_surrogate_takes_the_plain_path_and_is_still_repaired() -> None:
    text = "caf\u00c3\u00a9\nlone \ud800 half\nplain\n"
    fixed = apply_changes(text, repair_changes(text)[0])
    assert fixed == per_line_ftfy(text, CONFIG)
    assert fixed.startswith("caf\u00e9\n") and "\ud800" not in fixed


def test_a_long_text_is_scanned_in_pieces_each_ending_after_a_newline() -> None:
    text = ("word " * 20_000 + "\n") * 6 + "caf\u00c3\u00a9 at the end, past every cut"
    pieces = list(repair._chunks(text))
    assert len(pieces) > 1 and "".join(chunk for _, chunk in pieces) == text
    assert all(chunk.endswith("\n") for _, chunk in pieces[:-1])
    assert [offset for offset, _ in pieces] == [0] + [sum(len(c) for _, c in pieces[:k]) for k in range(1, len(pieces))]
    assert repair._candidate_starts(text, CONFIG) == [text.rindex("\n") + 1]


# The time limit.


def test_no_time_limit_no_warning() -> None:
    text = mojibake("Ukraine\u2019s plan\n") * 3
    changes, warnings = repair_changes(text, CONFIG, timeout=None)
    assert len(changes) == 3 and warnings == []
    changes, warnings = repair_changes(text, CONFIG, timeout=60.0)
    assert len(changes) == 3 and warnings == []


def test_repair_stops_at_its_time_limit_and_says_how_many_lines_are_left(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clock that moves one second each time it is read: the limit of 2.5 s
    (a small text: the value itself) runs out after two lines."""
    ticks = itertools.count()
    monkeypatch.setattr(repair, "perf_counter", lambda: float(next(ticks)))
    line = mojibake("Ukraine\u2019s plan\n")
    text = "ok\n" + line * 5
    changes, warnings = repair_changes(text, CONFIG, timeout=2.5)
    assert [c.start for c in changes] == [3 + 7, 3 + len(line) + 7]  # the first two mojibake lines
    assert warnings == ["repair stopped after 4 s; 3 lines left unrepaired"]
    assert apply_changes(text, changes) == "ok\n" + "Ukraine\u2019s plan\n" * 2 + mojibake("Ukraine\u2019s plan\n") * 3


def test_the_time_limit_is_per_mb(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = itertools.count()
    monkeypatch.setattr(repair, "perf_counter", lambda: float(next(ticks)))
    text = ("x" * 1_000 + mojibake("\u2019\n")) * 2_500  # 2.51 MB: 2.51 s at 1 s per MB
    _, warnings = repair_changes(text, CONFIG, timeout=1.0)
    assert warnings == ["repair stopped after 4 s; 2498 lines left unrepaired"]


def test_the_cleaner_s_timeout_covers_repair() -> None:
    text = mojibake("Ukraine\u2019s plan\n\n") * 50
    result = Cleaner(timeout=1e-9).clean(text)
    assert "repair stopped after" in " ".join(result.warnings)
    assert "lines left unrepaired" in " ".join(result.warnings)
    assert not any("repair stopped" in w for w in Cleaner().clean(text).warnings)


# Linear time on one long line with mojibake (the word-level diff that
# attributed ftfy's changes once took 106 s on 10.8 KB).

_WORDS = (
    "Le pr\u00e9sident a d\u00e9clar\u00e9 \u00e9t\u00e9 \u041f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d\u043d\u044b\u0439 "
    "\u043f\u043b\u0430\u043d \u0397 \u03c0\u03c1\u03cc\u03c4\u03b1\u03c3\u03b7 \u65e5\u672c\u8a9e it\u2019s na\u00efve"
).split()


def _mojibake_line(size: int) -> str:
    words = (_WORDS[(k * 7) % len(_WORDS)] for k in range(size))
    line = mojibake(" ".join(words))[:size]
    return line[: len(line) - 3] + " ok\n"  # not cut inside a mojibake sequence


def _clean_seconds(text: str) -> float:
    cleaner = Cleaner()
    best = float("inf")
    for _ in range(5):  # the best of five in CPU time: a busy machine slows single runs
        start = time.process_time()
        result = cleaner.clean(text)
        best = min(best, time.process_time() - start)
    assert "\u00c3" not in result.text and "\u00e2\u20ac" not in result.text  # repaired
    assert apply_changes(text, repair_changes(text)[0]) == per_line_ftfy(text, CONFIG)
    return best


def test_a_1_4_kb_mojibake_line_cleans_at_once() -> None:
    assert _clean_seconds(_mojibake_line(1_400)) < 0.25


def test_a_10_kb_mojibake_line_cleans_in_well_under_a_second() -> None:
    assert _clean_seconds(_mojibake_line(10_000)) < 1.0


def test_a_40_kb_mojibake_line_takes_at_most_4x_the_10_kb_one() -> None:
    """The bar is 4x (time per MB flat); 6x leaves room for a busy machine,
    and the quadratic diff this replaced took 16x."""
    ratio = _clean_seconds(_mojibake_line(40_000)) / _clean_seconds(_mojibake_line(10_000))
    assert ratio < 6, ratio
