"""The shipped rules rewritten without ``\\b`` match what they matched before.

RE2's ``\\b`` knows ASCII letters only, so these rules ran on ``regex``.
Rewritten, each word boundary is spelled out with ``[^\\w\\n]`` next to the
word (a non-word character there, unless the line ends or a space or word
already stands there), and the rules run on RE2.  Their patterns as they were
(``regex`` syntax) are kept in ``tests/data/rules_before_re2.yaml``; here each
original runs on ``regex`` beside the rewritten rule as the engine runs it on
RE2, on every example and seed line, on lines next to the examples (edited
at every position, stretched to the bounds of the gaps) and on generated
lines: a line rule must accept the same lines, the replace rule find the
same spans.

The one difference left is the engine's and not the rules': RE2 reads ``\\w``
as letters, marks, decimal digits, connector punctuation and the joiners;
``regex`` also counts letter numbers (``Ⅻ``) and the circled letters (``Ⓐ``)
as word characters, and knows letters Unicode assigned after RE2's tables.
The generated lines leave those out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import regex
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.engine.patterns import RE2
from cleaner.engine.ruleset import shipped_packs
from cleaner.engine.scan import SpanRules
from cleaner.engine.spec import Matcher, Rule

from .conftest import SEEDS

ORIGINALS: dict[str, str] = yaml.safe_load(
    (Path(__file__).parent / "data" / "rules_before_re2.yaml").read_text(encoding="utf-8")
)
SHIPPED = {rule.id: rule for pack in shipped_packs() for rule in pack.rules}
RULES = [SHIPPED[rule_id] for rule_id in ORIGINALS]
LINE_RULES = [rule for rule in RULES if rule.kind != "replace"]
SPAN_RULES = [rule for rule in RULES if rule.kind == "replace"]
TIMEOUT = 10.0


def _matcher(rule: Rule) -> Matcher:
    (matcher,) = rule.params.matchers()
    return matcher


def _original(rule: Rule) -> Matcher:
    """The rule's matcher with its pattern as it was written for ``regex``."""
    matcher = _matcher(rule)
    return Matcher(matcher.phrases, ORIGINALS[rule.id], matcher.case_sensitive)


def _line_differences(rule: Rule, lines: list[str]) -> list[tuple[str, bool, bool]]:
    """(line, original matches, rewritten matches) where the two disagree."""
    before = regex.compile(_original(rule).line_source, regex.V0)
    after = _matcher(rule).line_pattern
    found = []
    for line in lines:
        old = before.fullmatch(line, timeout=TIMEOUT) is not None
        new = after.fullmatches(line, TIMEOUT)
        if old != new:
            found.append((line, old, new))
    return found


def _spans_before(rule: Rule, text: str) -> list[tuple[int, int]]:
    before = regex.compile(_original(rule).source, regex.V0 | regex.MULTILINE)
    return [m.span() for m in before.finditer(text, timeout=TIMEOUT) if m.end() > m.start()]


def _spans_after(rule: Rule, text: str) -> list[tuple[int, int]]:
    hits, warnings = SpanRules([rule], [_matcher(rule).span_pattern]).hits(text, TIMEOUT)
    assert not warnings
    return [(hit.start, hit.end) for hit in hits]


def _example_lines() -> list[str]:
    """Every line of every example (input and output) of the rewritten rules."""
    texts = [t for rule in RULES for e in rule.examples for t in (e.input, e.output) if t is not None]
    return sorted({line for text in texts for line in text.split("\n")})


def _seed_lines() -> list[str]:
    return sorted({line for path in SEEDS for line in path.read_text(encoding="utf-8").split("\n")})


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rewritten_rule_runs_on_re2(rule: Rule) -> None:
    assert rule.engine == RE2
    assert "\\b" in ORIGINALS[rule.id] and "\\b" not in _matcher(rule).pattern


@pytest.mark.parametrize("rule", LINE_RULES, ids=[r.id for r in LINE_RULES])
def test_line_rule_matches_the_lines_it_matched_on_examples_and_seeds(rule: Rule) -> None:
    lines = _example_lines() + _seed_lines()
    assert _line_differences(rule, lines) == []
    own = {line for e in rule.examples if e.output is not None for line in e.input.split("\n")}
    assert any(_matcher(rule).line_pattern.fullmatches(line, TIMEOUT) for line in own), "no example line matches"


@pytest.mark.parametrize("rule", SPAN_RULES, ids=[r.id for r in SPAN_RULES])
def test_span_rule_finds_the_spans_it_found_on_examples_and_seeds(rule: Rule) -> None:
    texts = [t for e in rule.examples for t in (e.input, e.output) if t is not None]
    texts += [path.read_text(encoding="utf-8") for path in SEEDS]
    for text in texts:
        assert _spans_after(rule, text) == _spans_before(rule, text), text[:200]
    assert any(_spans_after(rule, e.input) for e in rule.examples if e.output is not None)


# Generated lines.  Three sources, each then edited a little (a character
# inserted, replaced or deleted, or a long run inserted to reach the bounds
# of the rules' gaps, {0,60} ... {0,300}):
# - strings the original pattern matches once its \b are left out, so that
#   words meet words, marks and punctuation just where a \b decides;
# - the lines the rule removes in its examples;
# - the rule's own words (in any case), glued or apart, among spaces of
#   several kinds, punctuation, digits, letters with diacritics (precomposed
#   or with a combining mark).
_SPACES = [" ", " ", " ", "  ", "\t", "\u00a0", "\u202f", "\u2009"]
_PUNCT = [".", ",", ":", ";", "!", "?", "-", "–", "'", "’", "“", "”", '"', "«", "»", "„", "(", ")", "[", "]", "/",
          "|", "&", "+", "@", "#", "…", "•", "_", "*", "\u00ad"]
_OTHERS = ["0", "7", "12", "2024", "٣", "é", "ü", "ö", "å", "ä", "ç", "ñ", "ã", "õ", "ß", "É", "Ü", "x", "Q", "k",
           "\u0301", "\u0308", "\u0327", "\u0303", "\u200d", "\u200c", "e\u0301", "n\u0303"]
_RUN = st.builds(lambda c, n: c * n, st.sampled_from(["a", " ", "-", "é", "1", "a "]), st.integers(1, 320))
# What the generator may write where a pattern says "any character": text of
# the nine languages (no letter numbers or circled letters, see above).
_ALPHABET = st.sampled_from(
    sorted({chr(c) for c in [*range(0x20, 0x7F), *range(0xA0, 0x180)]} | {c for c in _SPACES + _PUNCT + _OTHERS if len(c) == 1})
)
# Unicode classes as the generator spells them (Python's re has no \p{...}).
_GENERATED_CLASSES = {"Zs": " \u00a0\u202f", "L": "a-zA-Zß-öø-ſ", "Lu": "A-ZÀ-ÖØ-Þ", "M": "\u0300-\u036f"}
_PROPERTY = regex.compile(r"\\p\{(\w+)\}")


def _without_boundaries(source: str) -> str:
    """``source`` in Python's ``re`` syntax, its ``\\b`` left out, for ``st.from_regex``."""
    out, i, in_class = [], 0, False
    while i < len(source):
        if (prop := _PROPERTY.match(source, i)) is not None:
            body = _GENERATED_CLASSES[prop.group(1)]
            out.append(body if in_class else f"[{body}]")
            i = prop.end()
        elif source[i] == "\\":
            out.append("" if source[i + 1] == "b" else source[i : i + 2])
            i += 2
        else:
            in_class = (in_class or source[i] == "[") and not (in_class and source[i] == "]")
            out.append(source[i])
            i += 1
    return "".join(out)


def _words(rule: Rule) -> list[str]:
    """The words the original pattern and the phrases spell out."""
    source = regex.sub(r"\\[pP]\{[^}]*\}|\\x\{[^}]*\}|\\.", " ", ORIGINALS[rule.id])
    words = set(regex.findall(r"[^\W\d_]+", source)) | {w for p in _matcher(rule).phrases for w in p.split()}
    return sorted(words)


def _cased(word: str, style: int) -> str:
    return (word, word.capitalize(), word.upper())[style]


def _edited(line: str, edits: list[tuple[float, str, str]]) -> str:
    for where, how, chars in edits:
        i = min(int(where * len(line)), len(line))
        line = line[:i] + ("" if how == "delete" else chars) + line[i + (how != "insert") :]
    return line


def _lines(rule: Rule) -> st.SearchStrategy[str]:
    nearly = st.from_regex(f"(?i:{_without_boundaries(ORIGINALS[rule.id])})", fullmatch=True, alphabet=_ALPHABET)
    own = sorted({line for e in rule.examples if e.output is not None for line in e.input.split("\n") if line})
    word = st.builds(_cased, st.sampled_from(_words(rule)), st.integers(0, 2))
    piece = st.one_of(word, word, st.sampled_from(_SPACES), st.sampled_from(_PUNCT), st.sampled_from(_OTHERS), _RUN)
    soup = st.lists(piece, min_size=1, max_size=30).map("".join)
    chars = st.one_of(st.sampled_from(_SPACES + _PUNCT + _OTHERS + ["a", "Z"]), _RUN)
    edit = st.tuples(st.floats(0, 1), st.sampled_from(["insert", "replace", "delete"]), chars)
    base = st.one_of(nearly, nearly, st.sampled_from(own), soup)
    return st.builds(_edited, base, st.lists(edit, max_size=3))


# Every line of a rule's examples, edited at every position: a character
# deleted, inserted or replaced by a letter, a mark, a digit, a space, a
# hyphen or an underscore (each decides a boundary).  A line the rule
# matches also has the text between any two of its spaces or punctuation
# marks (or its start or end) replaced by a run of letters that makes that
# stretch one short of each bound of the original's gaps ({0,60}, ...), as
# long as the bound, or one past it.
_EDIT_CHARS = ("a", "\u0301", "1", " ", "-", "_")
_BOUND = regex.compile(r"\{\d*,(\d+)\}")


def _edits(line: str) -> set[str]:
    found = {line}
    for i in range(len(line) + 1):
        found.add(line[:i] + line[i + 1 :])
        for c in _EDIT_CHARS:
            found.add(line[:i] + c + line[i:])
            found.add(line[:i] + c + line[i + 1 :])
    return found


def _stretched(line: str, bounds: set[int]) -> set[str]:
    cuts = [-1, *(i for i, c in enumerate(line) if not c.isalnum()), len(line)]
    return {
        line[: i + 1] + "a" * k + line[j:]
        for n, i in enumerate(cuts)
        for j in cuts[n + 1 :]
        for bound in bounds
        for k in range(bound - 3, bound + 1)
    }


def _nearby(rule: Rule, texts: list[str], matches: Callable[[str], bool]) -> list[str]:
    """Lines next to those of ``texts``: edited ones, and stretched ones where ``matches``."""
    bounds = {int(n) for n in _BOUND.findall(ORIGINALS[rule.id]) if int(n) > 3}
    lines = {line for text in texts for line in text.split("\n")}
    found = {near for line in lines for near in _edits(line)}
    found |= {near for line in lines if matches(line) for near in _stretched(line, bounds)}
    return sorted(found)


@pytest.mark.parametrize("rule", LINE_RULES, ids=[r.id for r in LINE_RULES])
def test_line_rule_matches_the_lines_it_matched_next_to_its_examples(rule: Rule) -> None:
    texts = [t for e in rule.examples for t in (e.input, e.output) if t is not None]
    before = regex.compile(_original(rule).line_source, regex.V0)
    assert _line_differences(rule, _nearby(rule, texts, lambda line: before.fullmatch(line) is not None)) == []


@pytest.mark.parametrize("rule", SPAN_RULES, ids=[r.id for r in SPAN_RULES])
def test_span_rule_finds_the_spans_it_found_next_to_its_examples(rule: Rule) -> None:
    texts = [t for e in rule.examples for t in (e.input, e.output) if t is not None]
    for text in _nearby(rule, texts, lambda line: bool(_spans_before(rule, line))):
        assert _spans_after(rule, text) == _spans_before(rule, text), text


@pytest.mark.parametrize("rule", LINE_RULES, ids=[r.id for r in LINE_RULES])
def test_line_rule_matches_the_lines_it_matched_on_generated_lines(rule: Rule) -> None:
    @settings(max_examples=50, deadline=None, database=None)
    @given(st.lists(_lines(rule), min_size=1, max_size=8))
    def agree(lines: list[str]) -> None:
        assert _line_differences(rule, lines) == []

    agree()


@pytest.mark.parametrize("rule", SPAN_RULES, ids=[r.id for r in SPAN_RULES])
def test_span_rule_finds_the_spans_it_found_on_generated_text(rule: Rule) -> None:
    @settings(max_examples=200, deadline=None, database=None)
    @given(st.lists(_lines(rule), min_size=1, max_size=4).map("\n".join))
    def agree(text: str) -> None:
        assert _spans_after(rule, text) == _spans_before(rule, text)

    agree()


def test_a_word_glued_to_the_next_is_no_boundary() -> None:
    """The spelled-out boundary refuses what ``\\b`` refused: "links" inside
    "hyperlinks", "via" at the end of "Trivia", a word ending in a mark."""
    affiliate = _matcher(SHIPPED["widget/affiliate-disclosure/de"]).line_pattern
    assert affiliate.fullmatches("Wenn Sie über diese Links kaufen, erhalten wir eine Provision.", TIMEOUT)
    assert not affiliate.fullmatches("Wenn Sie über diese Hyperlinks kaufen, erhalten wir eine Provision.", TIMEOUT)
    assert not affiliate.fullmatches("Wenn Sie über diese Links kaufen, erhalten wir eine Provisionsé.", TIMEOUT)
    assert not affiliate.fullmatches("Wenn Sie über diese Links\u0301 kaufen, erhalten wir eine Provision.", TIMEOUT)
    credit = SHIPPED["credit/photo-credit"]
    assert _spans_after(credit, "A quiz (Pub trivia via AP) night.") == [(7, 26)]
    assert _spans_after(credit, "A quiz (Pub Trivia AP) night.") == []
    assert _spans_after(credit, "A quiz (Pub Trivia/AP) night.") == [(7, 22)]
