"""Needles are sound: every line a pattern matches holds one of the pattern's needles.

The scout (:class:`cleaner.engine.scan._Scout`) tries a rule's head on a line
only if the line holds one of the rule's needles, so a needle set that
refused a line its rule matches would silently lose that rule's match.
Needles are folded as keys are (tests/test_keys.py checks the folding
against RE2's case folding).
"""

from __future__ import annotations

import re
from pathlib import Path

import re2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.engine.keys import KeyIndex, keys
from cleaner.engine.needles import NeedleIndex, fold_line, needles
from cleaner.engine.patterns import line_options
from cleaner.engine.ruleset import shipped_packs

from .test_heads import _compiles, _patterns, matched_example_lines
from .test_keys import _ATOMS, _LINES

_SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _held(source: str, line: str) -> bool:
    return NeedleIndex([needles(source)]).holding(line) == {0}


@settings(max_examples=800, derandomize=True, deadline=None)
@given(_patterns(_ATOMS), _LINES)
def test_a_line_the_pattern_matches_holds_one_of_its_needles(source: str, lines: list[str]) -> None:
    if not _compiles(source):
        return
    pattern = re2.compile(source, line_options())
    for line in lines:
        if pattern.fullmatch(line) is not None:
            assert _held(source, line), (source, needles(source), line, fold_line(line))


# Atoms Python's re reads as RE2 does, so that lines can be made from the pattern
# (no anchors: a line made for "a^b" is looked for without end).
_SHARED_ATOMS = st.sampled_from([
    "a", "b", " ", "A", r"\.", "[ab]", "[a-c]", r"[\t ]", "é", "É", "•", "[•·]", "©", r"\(", "1", r"\d", "[0-9]", "ſ",
    "\u212a", "k", "s", "€", "x", r"\d+", r"[\t ]+", "0",
])


@settings(max_examples=400, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_a_line_made_from_the_pattern_holds_one_of_its_needles(data: st.DataObject) -> None:
    """As above, with lines made to match (random lines rarely do)."""
    source = data.draw(_patterns(_SHARED_ATOMS))
    try:
        python = re.compile(source)
    except re.error:
        return
    if not _compiles(source):
        return
    line = data.draw(st.from_regex(python, fullmatch=True))
    if "\n" not in line and re2.compile(source, line_options()).fullmatch(line) is not None:
        assert _held(source, line), (source, needles(source), line, fold_line(line))


def test_every_shipped_rule_example_line_its_rule_matches_holds_one_of_its_needles() -> None:
    for pattern, line in matched_example_lines():
        assert _held(pattern.prefilter or "", line), (pattern.source[:80], line)


def test_needles_are_what_every_match_must_contain() -> None:
    assert needles(r"(?i:read (?:more|on))[.!]?") == ("read more", "read on")
    assert needles(r"\d+ (?:comments?|replies)") == ("0 comment", "0 replies")  # (every digit folds to 0)
    assert needles(r"share[\t ]+(?:on|via)[\t ]+x") == ("share ",)  # (the parts' best, not all of them)
    assert needles(r"[\t ]+(?:on|via)[\t ]+x") == (" on ", " via ")  # (a run goes on past a repeat)
    spelt = {f"{mark}{space}{word}" for mark in "•·" for space in ("", " ") for word in ("home", "news")}
    assert set(needles(r"[•·] ?(?:Home|News)") or ()) == spelt  # few strings: each spelt out whole
    assert needles(r"(?:Preis|Price): \d+(?:,\d\d)? ?€") == ("preis: 0", "price: 0")  # (they tell more than "€")
    assert needles(r"\d+(?:,\d\d)? ?€") == ("0 €", "0€")
    assert needles(r"Über uns") == ("\x00ber uns",)  # a cased letter beyond ASCII folds to one placeholder


def test_a_pattern_with_nothing_to_find_has_no_needles() -> None:
    for source in (r"\p{L}+", r"[^\n]*", r"\d*", r"(?:foo)?\p{L}+", r"(?:a|\p{L}+)", r"(?:x|)"):
        assert needles(source) is None, source
        assert _held(source, "anything at all")


def test_syntax_the_reader_does_not_take_gives_no_needles() -> None:
    """An octal escape or quoted text reads as one character or as literal text in
    RE2; read as anything else it gave needles lines the pattern matches lack."""
    for source, line in ((r"x\101", "xA"), (r"\041", "!"), (r"x\Qa{3}\E", "xa{3}"), (r"(?i:\Qab{2}\E)", "AB{2}")):
        assert re2.compile(source, line_options()).fullmatch(line) is not None
        assert needles(source) is None and _held(source, line), source


def test_needles_tell_rules_apart() -> None:
    """What they are for: most rules the keys name for a sentence, its needles refuse."""
    index = NeedleIndex([needles(r"(?i)read more"), needles(r"(?i)the comments are closed\."), needles(r"\p{L}+")])
    assert index.holding("The minister said the talks would go on.") == {2}
    assert index.holding("The comments are closed.") == {1, 2}


def test_on_prose_the_needles_refuse_most_of_the_rules_the_keys_name() -> None:
    prefilters = [
        rule.params.match.line_pattern.prefilter
        for pack in shipped_packs("page") for rule in pack.rules if rule.kind == "drop-line"
    ]
    key_index = KeyIndex([keys(p) for p in prefilters if p is not None])
    needle_index = NeedleIndex([needles(p) for p in prefilters if p is not None])
    named = held = 0
    for seed in sorted(_SEEDS.glob("*.txt")):
        for line in seed.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                by_keys = key_index.named(line)
                named += len(by_keys)
                held += len(needle_index.holding(line).intersection(by_keys))
    assert len(prefilters) > 300 and named > 0 and held < named / 3, (named, held)
