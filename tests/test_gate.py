"""Line gates may only skip lines a rule cannot match."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.engine.gate import GateIndex, LineGate
from cleaner.engine.ruleset import shipped_packs

from .conftest import SEEDS

LINE_RULES = [
    (rule, rule.params[field])
    for pack in shipped_packs()
    for rule in pack.rules
    for field in ("match", "start")
    if rule.kind in ("drop-line", "drop-block") and rule.params.get(field) is not None
]
GATES = [LineGate.for_source(matcher.source) for _, matcher in LINE_RULES]
FULL = [regex.compile(f"(?:{matcher.line_source})", regex.V0 | regex.MULTILINE) for _, matcher in LINE_RULES]
GATED = [k for k, gate in enumerate(GATES) if gate is not None]
INDEX = GateIndex([GATES[k] for k in GATED])


def _example_lines() -> list[str]:
    lines = set()
    for rule, _ in LINE_RULES:
        for example in rule.examples:
            lines.update(example.input.split("\n"))
    for seed in SEEDS:
        lines.update(seed.read_text(encoding="utf-8").split("\n"))
    return sorted(line for line in lines if line.strip())


EXAMPLE_LINES = _example_lines()
_PHRASES = sorted({p for _, m in LINE_RULES for p in m.phrases})
_WORDS = ["the", "Photo", "via", "Getty", "Images", "AFP", "Reuters", "/", ":", "!!", "2025", "Feb", "22nd", ",",
          "error", "Content", "is", "protected", "We", "use", "cookies", "to", "improve", "your", "experience",
          "Share", "Facebook", "|", "45", "comments", "Follow", "us", "on", "Twitter", "Sign", "up", "for", "our",
          "newsletter", "Click", "here", "read", "more", "©", "All", "rights", "reserved", "By", "Jane", "Smith",
          "Loading", "JavaScript", "disabled", "I", "Read", "More", "article", "image", "Related", "articles"]
_SPACES = [" ", "  ", "\u00a0", "\t", " \u2009"]
_DECOR = ["", "» ", "• ", "→", "- ", "— "]


@st.composite
def lines(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        core = draw(st.sampled_from(_PHRASES))
    else:
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8))
        core = "".join(w + draw(st.sampled_from(_SPACES)) for w in words).strip()
    case = draw(st.sampled_from([str, str.upper, str.lower, str.title]))
    return draw(st.sampled_from(_DECOR)) + case(core) + draw(st.sampled_from(["", ".", ":", " »", "!!", "  "]))


def _assert_admitted(line: str) -> None:
    admitted = set(INDEX.candidates(line))
    for position, k in enumerate(GATED):
        if FULL[k].fullmatch(line):
            assert position in admitted, f"gate of {LINE_RULES[k][0].id} turns away {line!r}"


def test_gates_admit_every_example_and_seed_line_their_rule_matches() -> None:
    for line in EXAMPLE_LINES:
        _assert_admitted(line)


@settings(max_examples=2000, deadline=None)
@given(lines())
def test_gates_admit_every_generated_line_their_rule_matches(line: str) -> None:
    _assert_admitted(line)


def test_most_shipped_line_rules_can_be_gated() -> None:
    ungated = [LINE_RULES[k][0].id for k, gate in enumerate(GATES) if gate is None]
    # Windowed rules (a few lines each), and symbol lines, which a scan finds faster.
    assert ungated == ["site/date-line", "credit/contributor-line", "separator/symbol-line"]


def test_syntax_only_regex_reads_means_no_gate() -> None:
    assert LineGate.for_source(r"(?:colour){e<=1} chart") is None  # fuzzy matching
    assert LineGate.for_source(r"\L<words>") is None  # named lists
    assert LineGate.for_source(r".*") is None  # neither a prefix nor a bound


def test_a_literal_no_break_space_in_a_pattern_matches_any_space() -> None:
    index = GateIndex([LineGate.for_source("Read\u00a0more")])
    assert index.candidates("Read more") == (0,)
    assert index.candidates("Read\u00a0more") == (0,)


def test_gate_kinds() -> None:
    assert LineGate.for_source(r"(?i:Read[\t\p{Zs}]+more)").prefixes == (("read more", True),)
    assert LineGate.for_source(r"\d{1,3} comments?").max_width == 12


def test_a_width_gate_also_asks_for_a_word_every_match_holds() -> None:
    gate = LineGate.for_source(r"\d{1,6}[\t\p{Zs}]{0,3}(?:comments?|replies|responses)")
    assert gate.max_width == 18 and gate.required == {"comment", "replies", "responses"}
    index = GateIndex([gate])
    assert index.candidates("45 COMMENTS") == (0,)
    assert index.candidates("Read More") == ()  # short enough, but no counter word
    # A word in a lookaround may lie past the match: it is not required.
    assert LineGate.for_source(r"(?=\w{0,5}xyz)\w{1,9}").required == frozenset()
    assert LineGate.for_source(r"\w{1,9}(?:xyz|\d)").required == frozenset()  # one branch has no word


def test_remembered_answers_stay_within_their_bound() -> None:
    from cleaner.engine import gate

    index = GateIndex([LineGate.for_source(r"(?i:Read[\t\p{Zs}]+more)")])
    for k in range(3000):
        line = f"Read more {k} " + "x" * 1500
        assert index.candidates(line) == (0,)
        assert index._held <= gate._MAX_HELD
    index.candidates("y" * (gate._LONGEST_HELD + 1))
    assert "y" * (gate._LONGEST_HELD + 1) not in index._answers


def test_remembered_first_words_stay_within_their_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner.engine import gate

    monkeypatch.setattr(gate, "_MAX_WORDS_HELD", 50)
    index = GateIndex([LineGate.for_source(r"(?i:Adverti[a-z]*)"), LineGate.for_source(r"(?i:Read[\t\p{Zs}]+more)")])
    for k in range(200):
        assert index.candidates(f"Word{k} and more text") == ()
        assert len(index._first_words) <= 50
    # Answers read from a remembered first word are the same as fresh ones.
    for line in ["Advertisements", "READ  more", "Read on", "Advert", "Readmore"] * 2:
        index._answers.clear()
        assert index.candidates(line) == {"Advertisements": (0,), "READ  more": (1,)}.get(line, ())
