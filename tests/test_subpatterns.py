"""Named sub-patterns in a pack: expanded where used, every mistake refused by name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.engine.loader import load_pack_text
from cleaner.engine.spec import RuleError
from cleaner.engine.subpatterns import SHARED

_PACK = r"""
pack: forum
define:
  sep: '[\t\p{Zs}]*[|·][\t\p{Zs}]*'
  stat: '(?:posts|likes):[\t\p{Zs}]*\d+'
  field: '(?:location|age):[^\n|·]{1,40}|{{stat}}'
rules:
  - id: t/profile
    description: Two or more profile fields, one a statistic.
    kind: drop-line
    pattern: ['{{field}}(?:{{sep}}{{field}})*', '{{sep}}{{stat}}']
    examples:
      - in: "A.\nLocation: Bonn · Posts: 41\nB."
        out: "A.\nB."
      - keep: "Location: Bonn"
  - id: t/block
    description: A block that starts on a statistic.
    kind: drop-block
    start: {pattern: 'stats{{sep}}{{stat}}'}
    end: {phrases: [End of stats]}
    examples:
      - in: "A.\nStats | Posts: 3\nx\nEnd of stats\nB."
        out: "A.\nB."
      - keep: "Stats are fun."
"""


def _pack(text: str) -> str:
    return load_pack_text(text, "p.yaml").rules[0].params.match.pattern  # type: ignore[attr-defined]


def test_a_sub_pattern_is_expanded_as_a_group_wherever_a_pattern_uses_it() -> None:
    pack = load_pack_text(_PACK, "p.yaml")
    profile, block = pack.rules
    sep, stat = r"(?:[\t\p{Zs}]*[|·][\t\p{Zs}]*)", r"(?:(?:posts|likes):[\t\p{Zs}]*\d+)"
    field = rf"(?:(?:location|age):[^\n|·]{{1,40}}|{stat})"
    assert profile.params.match.pattern == f"{field}(?:{sep}{field})*{sep}{stat}"  # type: ignore[attr-defined]
    assert block.params.start.pattern == f"stats{sep}{stat}"  # type: ignore[attr-defined]


def test_rules_with_sub_patterns_clean_like_rules_written_out(tmp_path: Path) -> None:
    (tmp_path / "forum.yaml").write_text(_PACK, encoding="utf-8")
    cleaner = Cleaner(rules=[tmp_path], select=["t"])
    text = "Intro.\nLocation: Bonn · Posts: 41\nAge: 42 | Location: Köln | Likes: 7\nLocation: Bonn\nEnd."
    assert cleaner.clean(text).text == "Intro.\n\nLocation: Bonn\n\nEnd.\n"


def test_a_sub_pattern_holding_alternatives_cannot_change_what_is_around_it() -> None:
    pack = "define:\n  ab: 'a|b'\nrules:\n" + _rule("'x{{ab}}y'")
    assert _pack(pack) == "x(?:a|b)y"


def test_escaped_braces_stay_literal() -> None:
    pack = "define:\n  ab: 'a'\nrules:\n" + _rule(r"'\{\{ab\}\}{{ab}}'")
    assert _pack(pack) == r"\{\{ab\}\}(?:a)"


def _rule(pattern: str) -> str:
    return (
        "  - id: t/x\n    description: d\n    kind: drop-line\n"
        f"    pattern: {pattern}\n"
        "    examples:\n      - in: 'A.\\nxay\\nB.'\n        out: 'A.\\nB.'\n      - keep: 'x'\n"
    )


@pytest.mark.parametrize(
    ("pack", "message"),
    [
        ("rules:\n" + _rule("'{{sep}}'"), r"p\.yaml:\d+: rule 't/x': unknown sub-pattern \{\{sep\}\} \(defined: none;"),
        ("define:\n  sep: '[|]'\nrules:\n" + _rule("'{{spe}}'"), r"unknown sub-pattern \{\{spe\}\} \(defined: sep;"),
        ("define:\n  a: '{{b}}'\n  b: 'x'\nrules:\n" + _rule("'{{a}}'"), r"p\.yaml:2: sub-pattern 'a': unknown sub-pattern \{\{b\}\}"),
        ("define:\n  a: 'x{{a}}'\nrules:\n" + _rule("'{{a}}'"), r"sub-pattern 'a': unknown sub-pattern \{\{a\}\}"),
        ("define:\n  a: 'x'\n  b: 'y'\nrules:\n" + _rule("'{{a}}'"), r"p\.yaml:2: defined but never used: b"),
        ("define:\n  Sep: 'x'\nrules:\n" + _rule("'x'"), r"sub-pattern name 'Sep' must be lower case"),
        ("define:\n  a: ''\nrules:\n" + _rule("'x'"), r"sub-pattern 'a' must be a non-empty string"),
        ("define: [a, b]\nrules:\n" + _rule("'x'"), r"'define' must be a mapping"),
    ],
)
def test_sub_pattern_mistakes_are_refused_with_file_and_line(pack: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        load_pack_text(pack, "p.yaml")


def test_a_sub_pattern_used_only_through_another_is_used() -> None:
    pack = "define:\n  a: 'x'\n  b: '{{a}}y'\nrules:\n" + _rule("'{{b}}'")
    assert _pack(pack) == "(?:(?:x)y)"


def test_a_shared_sub_pattern_is_used_without_being_defined() -> None:
    pack = "rules:\n" + _rule("'x{{tag-term}}'")
    assert _pack(pack) == f"x(?:{SHARED['tag-term']})"


def test_a_pack_may_not_define_a_shared_name_nor_is_told_it_left_one_unused() -> None:
    with pytest.raises(RuleError, match=r"p\.yaml:2: sub-pattern 'meta-tail' is a shared one"):
        load_pack_text("define:\n  meta-tail: 'x'\nrules:\n" + _rule("'{{meta-tail}}'"), "p.yaml")
    assert _pack("define:\n  a: 'x'\nrules:\n" + _rule("'{{a}}'")) == "(?:x)"  # the shared ones unused: no error


@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("By Anna Smith | 12 May 2019", True),
        ("Posted by Anna Smith | 12 May 2019 | 4 Comments", True),
        ("By Anna Smith | She said the vote was over.", False),
    ],
)
def test_the_shared_meta_tail_takes_meta_items_never_a_sentence(line: str, goes: bool) -> None:
    """The README's example: a byline's tail is dates and counts, not the article's first sentence."""
    text = f"The council met on Tuesday.\n\n{line}\n\nMembers voted to approve the plan.\n"
    assert (line not in Cleaner().clean(text).text) is goes


def _expanded_by_tokens(source: str, patterns: dict[str, str]) -> str:
    """The plain reference: read ``source`` left to right, an escape (a backslash
    and the character after it) as one token, and replace each reference."""
    out, i = [], 0
    while i < len(source):
        if source[i] == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        end = source.find("}}", i)
        name = source[i + 2 : end] if source.startswith("{{", i) and end > i else ""
        if re.fullmatch(r"[a-z][a-z0-9-]*", name):
            if name not in patterns:
                raise ValueError(f"unknown sub-pattern {name}")
            out.append(f"(?:{patterns[name]})")
            i = end + 2
            continue
        out.append(source[i])
        i += 1
    return "".join(out)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\\", "{{", "}}", "{", "}", "a", "sep", "{{sep}}", "{{field}}", "\\\\", "\\{"]), max_size=12))
def test_references_are_found_as_a_left_to_right_reading_finds_them(pieces: list[str]) -> None:
    from cleaner.engine.subpatterns import read_subpatterns

    subpatterns = read_subpatterns({"sep": "[|·]", "field": "x{{sep}}"}, "<memory>")
    source = "".join(pieces)
    try:
        expected = _expanded_by_tokens(source, {k: v for k, v in subpatterns.patterns.items() if k in ("sep", "field")})
    except ValueError:
        with pytest.raises(ValueError, match="unknown sub-pattern"):
            subpatterns.expand(source, ValueError)
        return
    assert subpatterns.expand(source, ValueError) == expected


def test_the_shared_join_date_takes_a_year_a_month_and_a_day_in_words_or_digits() -> None:
    since_date = regex.compile(f"(?i)(?:{SHARED['since-date']})")
    for date in ("2012", "März 2012", "5. März 2012", "5 de marzo de 2012", "mars, 2012", "03/2012", "05.03.2012",
                 "2012-03-05", "2012/03/05"):
        assert since_date.fullmatch(date), date
    for not_a_date in ("12", "seit 2012 im Verein", "March", "2012 und 2013"):
        assert not since_date.fullmatch(not_a_date), not_a_date
