"""Every example of every shipped rule is a test, named by rule id."""

from __future__ import annotations

import pytest

from cleaner.engine.examples import check_example
from cleaner.engine.ruleset import shipped_packs
from cleaner.engine.spec import Example, Rule

RULES = [rule for pack in shipped_packs() for rule in pack.rules]
CASES = [(rule, example) for rule in RULES for example in rule.examples]


def _case_id(case: tuple[Rule, Example]) -> str:
    rule, example = case
    return f"{rule.id}:{'keep' if example.output is None else 'change'}:line{example.line}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_example_holds(case: tuple[Rule, Example]) -> None:
    rule, example = case
    failure = check_example(rule, example)
    assert failure is None, failure.describe()


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_has_examples_that_change_and_that_stay(rule: Rule) -> None:
    assert any(e.output is not None for e in rule.examples), "no example that changes"
    assert any(e.output is None for e in rule.examples), "no example that must stay unchanged"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_changing_examples_really_change(rule: Rule) -> None:
    """An {in, out} example whose in and out clean alike would prove nothing."""
    from cleaner import Cleaner
    from cleaner.engine.ruleset import Ruleset

    bare = Cleaner(ruleset=Ruleset([]))
    for example in rule.examples:
        if example.output is not None:
            assert bare.clean(example.input).text != bare.clean(example.output).text, example.input


def test_shipped_rule_ids_are_unique_and_grouped() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all("/" in rule_id for rule_id in ids)
