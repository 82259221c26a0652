"""Keys are sound: every line a pattern matches has a key that one of the pattern's keys begins.

The scout (:class:`cleaner.engine.scan._Scout`) names a rule for a line only
if one of the rule's keys begins the line's key, so a key that refused a line
its rule matches would silently lose that rule's match.  Keys fold case, and
that is sound only if RE2's case folding never pairs two characters that
:func:`~cleaner.engine.keys.fold` tells apart: asked of RE2 here for every
character that has a case, and of every character for the classes keys read.
"""

from __future__ import annotations

import sys

import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.engine.heads import _ranges
from cleaner.engine.keys import KEY_LETTERS, KeyIndex, fold, key, keys
from cleaner.engine.patterns import line_options

from .test_heads import _compiles, _patterns, matched_example_lines

_ATOMS = st.sampled_from([
    "a", "b", " ", "A", r"\.", ".", "[ab]", "[^a]", "[a-c]", r"[\t ]", r"[\t\p{Zs}]", "^", "$", "(?i)", "é", "É",
    "•", "[•·]", "©", r"\(", "1", r"\d", "[0-9]", r"\p{Nd}", r"\p{N}", r"\p{L}", r"\s", r"\x{a0}", "ſ", "\u212a", "k",
    "s",
])
# Lines over the same characters, and others the atoms never name.
_LINES = st.lists(st.text(alphabet="abcAB .\tÉé•·©()19٣\u00a0ſs\u212akKx-", max_size=10), min_size=1, max_size=8)
_EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF and c != 10)


def _named(source: str, line: str) -> bool:
    return KeyIndex([keys(source)]).named(line) == [0]


@settings(max_examples=600, derandomize=True, deadline=None)
@given(_patterns(_ATOMS), _LINES)
def test_a_line_the_pattern_matches_is_named_by_its_keys(source: str, lines: list[str]) -> None:
    if not _compiles(source):
        return
    pattern = re2.compile(source, line_options())
    for line in lines:
        if pattern.fullmatch(line) is not None:
            assert _named(source, line), (source, keys(source), line, key(line, True), key(line, False))


def test_every_shipped_rule_example_line_its_rule_matches_is_named_by_its_keys() -> None:
    for pattern, line in matched_example_lines():
        assert _named(pattern.prefilter or "", line), (pattern.source[:80], line)
    assert len(matched_example_lines()) > 500


def test_keys_tell_rules_apart() -> None:
    """What the scout is for: a line names the rules that may match it, not every rule."""
    index = KeyIndex([keys(r"(?i)read more"), keys(r"[•·]\x{20}?Menu"), keys(r"©\x{20}\d{4}"), keys(r"[•|]+")])
    assert index.named("Read more") == [0]
    assert index.named("  READ MORE") == [0]
    assert index.named("• Menu") == [1]
    assert index.named("© 2024") == [2]
    assert index.named("•••") == [3]
    assert index.named("The rest of the article.") == []
    assert len(key("Sir Keir Starmer", True)) == KEY_LETTERS


def test_case_folding_in_re2_pairs_only_characters_that_fold_alike() -> None:
    """For each folded character that stands for more than itself (an ASCII letter, a
    cased or unassigned character beyond ASCII, a number beyond ASCII): what RE2
    takes case-insensitively for any of those characters, among every character,
    folds to it too.  A character without case stands for itself alone: if RE2
    paired it with another, that one would be found here, since it has a case."""
    groups: dict[str, list[str]] = {}
    for c in _EVERY_CHARACTER:
        folded = fold(c)
        if folded in "\x00\x01" or folded.isascii() and folded.isalpha():
            groups.setdefault(folded, []).append(c)
    assert set(groups) == set("abcdefghijklmnopqrstuvwxyz\x00\x01")
    assert groups["k"] == ["K", "k", "\u212a"] and groups["s"] == ["S", "s", "\u017f"]
    for folded, chars in groups.items():
        for match in re2.compile(f"(?i)[{_ranges(''.join(chars))}]").finditer(_EVERY_CHARACTER):
            assert fold(match.group()) == folded, (repr(folded), match.group())


def test_the_classes_keys_read_take_only_what_they_are_read_as() -> None:
    expected = {
        r"\p{N}": set("0123456789\x01\x00"), r"\p{Nd}": set("0123456789\x01\x00"), r"\d": set("0123456789"),
        r"\p{Zs}": {" "}, r"\p{Z}": {" "}, r"\s": {" "},
    }
    for source, folded in expected.items():
        found = {fold(match.group()) for match in re2.compile(source).finditer(_EVERY_CHARACTER)}
        assert found <= folded, (source, found - folded)
