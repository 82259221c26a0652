"""Unicode repair: exactly ftfy's fixes, line by line, as attributed edits."""

from __future__ import annotations

import ftfy
import pytest
import regex
from ftfy.badness import BADNESS_RE
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.provenance import TrackedText, apply_changes
from cleaner.repair import ftfy_config, repair_changes

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
    assert apply_changes(original, repair_changes(original, config)) == ftfy.fix_text(original, config)


@settings(max_examples=300)
@given(scraped_text)
def test_precheck_is_exact_on_any_text(text: str) -> None:
    for config in (CONFIG, STRAIGHT):
        assert apply_changes(text, repair_changes(text, config)) == per_line_ftfy(text, config)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_mojibake_seed_comes_back_to_the_seed(seed) -> None:
    text = seed.read_text(encoding="utf-8")
    broken = mojibake(text)
    assert broken != text
    tracked = TrackedText(broken)
    tracked.apply(repair_changes(broken))
    assert tracked.text == text
    rules = {step.rule for edit in tracked.edits for step in edit.steps}
    assert rules == {"unicode/mojibake"}
    assert all("decoded as" in edit.reason and "ftfy:" in edit.reason for edit in tracked.edits)


def test_each_fix_is_its_own_minimal_edit() -> None:
    text = "Ukraine\u00e2\u20ac\u2122s plan &amp; Russia\u00e2\u20ac\u2122s \x1b[1mreply\n"
    tracked = TrackedText(text)
    tracked.apply(repair_changes(text))
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
    fixed = apply_changes(text, repair_changes(text))
    assert fixed == "a <b>tag</b> line &amp; more\nplain & text\n"
    assert ftfy.fix_text(text, CONFIG) == text  # ftfy alone stops decoding after the tag


def test_typography_is_kept_by_default_and_straightened_on_request() -> None:
    text = "\u201cIt\u2019s\u201d \ufb01ne \uff21\n"
    assert apply_changes(text, repair_changes(text, CONFIG)) == text
    assert apply_changes(text, repair_changes(text, STRAIGHT)) == "\"It's\" \ufb01ne \uff21\n"


def test_benign_characters_never_make_ftfy_see_mojibake() -> None:
    """The pre-check runs ftfy's badness test only on lines with a character
    outside ASCII and BENIGN; that is exact only if no string made of ASCII and
    BENIGN characters alone can match.  ftfy's patterns are at most a few
    characters long: check every string of up to 3 such characters, and of 4
    and 5 over a smaller alphabet."""
    import itertools

    from cleaner.repair import BENIGN

    full = [chr(i) for i in range(32, 127)] + ["\t", "\n", *BENIGN]
    for length in (1, 2, 3):
        for combo in itertools.product(full, repeat=length):
            assert not BADNESS_RE.search("".join(combo)), combo
    small = ["a", "Z", "1", " ", ".", "?", "\n", *BENIGN]
    for length in (4, 5):
        for combo in itertools.product(small, repeat=length):
            assert not BADNESS_RE.search("".join(combo)), combo


# Every character ftfy's badness test names, so that random text often looks bad.
_BADNESS_ALPHABET = sorted({c for c in BADNESS_RE.pattern if not c.isascii()})


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(_BADNESS_ALPHABET + list("aZ .,?!\u00a0\u2019-")), max_size=40))
def test_badness_sought_near_suspect_characters_is_ftfy_s_own_test(text: str) -> None:
    from cleaner.repair import _BADNESS_REACH, _looks_bad

    assert _BADNESS_REACH is not None  # else the shortcut is silently off
    line = "An ordinary sentence first, " + text
    assert _looks_bad(line) == bool(BADNESS_RE.search(line))
    assert _looks_bad(text) == bool(BADNESS_RE.search(text))
