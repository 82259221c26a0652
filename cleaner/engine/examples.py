"""Rule examples are tests: run them and report failures as readable diffs.

An example ``{in, out}`` holds when cleaning ``in`` with only that rule gives
the same text as cleaning ``out`` with no rule at all (so examples are written
as plain text, without minding the canonical form).  ``{keep}`` holds when
the rule changes nothing: cleaning with the rule equals cleaning without it.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .loader import Pack
from .ruleset import Ruleset
from .spec import Example, Rule

__all__ = ["ExampleFailure", "check_example", "check_rules"]


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    example: Example
    expected: str
    actual: str

    def describe(self) -> str:
        """Where the example is, what it expected, and a diff against what came out."""
        what = "should stay unchanged" if self.example.output is None else "does not hold"
        lines = [f"{self.rule.path}:{self.example.line}: rule {self.rule.id}: example {what}"]
        diff = difflib.unified_diff(
            self.expected.splitlines(keepends=True),
            self.actual.splitlines(keepends=True),
            "expected",
            "actual",
        )
        lines.extend("  " + line.rstrip("\n") for line in diff)
        return "\n".join(lines)


# The whole pipeline over a ruleset, as a function of text: registered by
# cleaner.pipeline when it loads (the engine does not import the pipeline).
Clean = Callable[[str], str]
_pipeline: Callable[[Ruleset], Clean] | None = None


def use_pipeline(pipeline: Callable[[Ruleset], Clean]) -> None:
    """Say how to clean text with a ruleset (cleaner.pipeline does, on import)."""
    global _pipeline
    _pipeline = pipeline


def _cleaners(rule: Rule) -> tuple[Clean, Clean]:
    """Cleaning with only ``rule``, and with no rule at all."""
    if _pipeline is None:
        raise RuntimeError("import cleaner first: the pipeline registers itself with use_pipeline()")
    only = Ruleset([Pack(rule.pack, "0", rule.path, "", (rule,))], select=[rule.id])
    return _pipeline(only), _pipeline(Ruleset([]))


def check_example(rule: Rule, example: Example) -> ExampleFailure | None:
    """None if ``example`` holds for ``rule``, else what went wrong."""
    with_rule, without = _cleaners(rule)
    return _check(rule, example, with_rule, without)


def _check(rule: Rule, example: Example, with_rule: Clean, without: Clean) -> ExampleFailure | None:
    actual = with_rule(example.input)
    target = example.input if example.output is None else example.output
    expected = without(target)
    if actual == expected:
        return None
    return ExampleFailure(rule, example, expected, actual)


def check_rules(rules: Iterable[Rule]) -> list[ExampleFailure]:
    """Every failing example of ``rules``."""
    failures = []
    for rule in rules:
        with_rule, without = _cleaners(rule)
        for example in rule.examples:
            failure = _check(rule, example, with_rule, without)
            if failure is not None:
                failures.append(failure)
    return failures
