"""Named sub-patterns: a piece of pattern written once in a pack and used by name.

A rule for a whole category often needs the same alternation several times
in one pattern: a forum profile line is two or more profile fields with
separators between them, one of which is a statistic, so the list of fields
appears four or five times.  A pack names such a piece once::

    define:
      sep: '[\\t\\p{Zs}]*[|·•][\\t\\p{Zs}]*'
      stat: '(?:posts|likes|reputation):[\\t\\p{Zs}]*\\d+'
      field: '(?:location|age):[^\\n|·•]{1,40}|{{stat}}'

and a pattern (or a later definition) says ``{{name}}`` where the piece goes.
Each use becomes a non-capturing group, so a piece holding ``|`` cannot
change what is around it.  Literal braces are written ``\\{\\{``; an
unknown name, a definition that uses a later one (or itself), and one
no pattern uses are errors, so a misspelt name never turns silently into text
to match.

>>> subpatterns = read_subpatterns({"sep": "[|·]", "pair": "x{{sep}}y"}, "<memory>")
>>> subpatterns.patterns["pair"]
'x(?:[|·])y'
>>> subpatterns.expand(r"{{pair}}(?:{{sep}}\\{\\{z\\}\\})?", ValueError)
'(?:x(?:[|·])y)(?:(?:[|·])\\\\{\\\\{z\\\\}\\\\})?'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .spec import RuleError

__all__ = ["Subpatterns", "expand_patterns", "read_subpatterns"]

_NAME = re.compile(r"[a-z][a-z0-9-]*\Z")
# An escaped character is skipped whole, so that ``\{{`` is never a reference.
_REFERENCE = re.compile(r"\\.|\{\{([a-z][a-z0-9-]*)\}\}", re.DOTALL)


@dataclass
class Subpatterns:
    """A pack's named sub-patterns, expanded, and which of them its patterns use."""

    line: int | None = None  # where the pack defines them, for messages
    patterns: dict[str, str] = field(default_factory=dict)
    uses: dict[str, set[str]] = field(default_factory=dict)  # name -> the names its definition uses
    used: set[str] = field(default_factory=set)  # the names patterns have used so far

    def expand(self, source: str, fail: Callable[[str], Exception], uses: set[str] | None = None) -> str:
        """``source`` with each ``{{name}}`` replaced by ``(?:its definition)``."""
        if "{{" not in source:
            return source  # (most patterns: the scan below visits every escape)
        uses = self.used if uses is None else uses

        def replace(reference: re.Match[str]) -> str:
            name = reference.group(1)
            if name is None:
                return reference.group(0)
            if name not in self.patterns:
                known = ", ".join(self.patterns) or "none"
                raise fail(f"unknown sub-pattern {{{{{name}}}}} (defined: {known}; write \\{{\\{{ for literal braces)")
            uses.add(name)
            return f"(?:{self.patterns[name]})"

        return _REFERENCE.sub(replace, source)

    def unused(self) -> list[str]:
        """The names that no pattern uses, directly or through another definition."""
        reached = set(self.used)
        for name in reversed(list(self.patterns)):  # a definition uses only earlier ones
            if name in reached:
                reached |= self.uses[name]
        return [name for name in self.patterns if name not in reached]


def _joined(value: Any) -> str | None:
    """A pattern's text: a string, or a non-empty list of strings to join (None otherwise)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(piece, str) for piece in value):
        return "".join(value)
    return None


def read_subpatterns(data: Any, path: str, line: int | None = None) -> Subpatterns:
    """A pack's ``define`` mapping, each expanded (a definition may use earlier ones).

    ``line`` is the pack's, for messages when the mapping has none of its own.
    """
    if not isinstance(data, dict):
        raise RuleError(path, line, "'define' must be a mapping of names to patterns")
    line = data.get("__line__", line)
    subpatterns = Subpatterns(line)
    for name, value in data.items():
        if name == "__line__":
            continue
        if not isinstance(name, str) or not _NAME.match(name):
            raise RuleError(path, line, f"sub-pattern name {name!r} must be lower case letters, digits and '-'")
        source = _joined(value)
        if not source:
            raise RuleError(path, line, f"sub-pattern {name!r} must be a non-empty string or a list of strings to join")

        def fail(problem: str, name: str = name) -> RuleError:
            return RuleError(path, line, f"sub-pattern {name!r}: {problem}")

        uses: set[str] = set()
        subpatterns.patterns[name] = subpatterns.expand(source, fail, uses)
        subpatterns.uses[name] = uses
    return subpatterns


def expand_patterns(item: Any, subpatterns: Subpatterns, fail: Callable[[str], Exception]) -> Any:
    """A rule's data with every ``pattern`` in it (its own, or under ``start``,
    ``before``, ...) joined and expanded; everything else as it was."""
    if not isinstance(item, dict):
        return item
    expanded: dict[Any, Any] = {}
    for key, value in item.items():
        if key == "pattern" and (source := _joined(value)) is not None:
            expanded[key] = subpatterns.expand(source, fail)
        else:
            expanded[key] = expand_patterns(value, subpatterns, fail)
    return expanded
