"""What every rule kind is made of: typed parameters, parsing, compiling, documentation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ...chars import line_end
from ...provenance import Change
from ..spec import Matcher, Params, Rule, parse_matcher

__all__ = ["Fail", "Kind", "Runner", "dropped_lines", "int_param", "top_matcher"]

# A compiled rule kind: text and time limit in, changes and warnings out.
Runner = Callable[[str, float], tuple[list[Change], list[str]]]
Fail = Callable[[str], Exception]

MATCH_FIELDS = ("phrases", "pattern", "case_sensitive")


@dataclass(frozen=True)
class Kind:
    """A rule kind, documented where it is defined.

    ``summary`` is one line (``clean rules show``); ``parameters`` and
    ``details`` fill the README's kind table, which is generated from them;
    ``example`` is a rule of the kind, in YAML.  ``line_scan`` gives, for a
    kind that finds its lines with the line scan (:class:`..scan.LineRules`),
    the parameter whose whole-line pattern it scans for.
    """

    name: str
    summary: str
    parameters: str
    details: str
    example: str
    fields: tuple[str, ...]
    parse: Callable[[dict[str, Any], Fail], Params]
    compile: Callable[[Sequence[Rule]], Runner]
    line_scan: Callable[[Any], Matcher] | None = None


def dropped_lines(text: str, start: int, end: int, rule: Rule) -> Change:
    """The change that drops ``text[start:end]`` and the line break after it, credited to ``rule``."""
    return Change.of(start, line_end(text, end), "", rule.id, rule.reason)


def int_param(data: dict[str, Any], name: str, default: int, minimum: int, fail: Fail) -> int:
    """An integer parameter of at least ``minimum``."""
    value = data.get(name, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise fail(f"'{name}' must be an integer >= {minimum}")
    return value


def top_matcher(data: dict[str, Any], fail: Fail) -> Matcher:
    """The rule's own phrases/pattern (as opposed to a start/end/body mapping)."""
    return parse_matcher({k: data[k] for k in MATCH_FIELDS if k in data}, fail, "the rule")
