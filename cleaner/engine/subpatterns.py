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

A few pieces that rules of every language need are *shared*
(:data:`SHARED`): any pack uses them by name without defining them, and
none may define a piece of the same name.

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

__all__ = ["SHARED", "Subpatterns", "expand_patterns", "read_subpatterns"]

_NAME = re.compile(r"[a-z][a-z0-9-]*\Z")

# What a post's meta line may carry after a separator (bylines, post-meta, tag
# and count lines, in every language): dates, times, comment counts,
# categories, "Edit", each item at most eight words, none ending like a
# sentence, so that a sentence after the separator is never taken for meta.
# A word has no sentence punctuation in it (dots only inside, as in 12.03.2013
# or NJ.com) and never starts with a dash or slash, so a separator is never a
# word; a word before the last may be a short abbreviation ("Mär.", "12.").
SHARED: dict[str, str] = {
    "tail-word": r"[^\t\p{Zs}\n.!?…|·•/—–-][^\t\p{Zs}\n.!?…|·•]*(?:\.[^\t\p{Zs}\n.!?…|·•]+)*",
    "tail-item": (
        r"(?:(?:{{tail-word}}|(?:[^\t\p{Zs}\n.!?…|·•/—–-][^\t\p{Zs}\n.!?…|·•]{0,3}\.)+)[\t\p{Zs}]+){0,7}"
        r"(?:{{tail-word}}|(?:\p{L}\.){2,3})"
    ),
    "meta-tail": r"(?:(?:[\t\p{Zs}]*[|·•][\t\p{Zs}]*|[\t\p{Zs}]+(?:[-–—/]|--)[\t\p{Zs}]+){{tail-item}}){1,4}",
    # The separator between the items of a menu or link row flattened to one
    # line ("Politik | Wirtschaft", "Mon compte · Déconnexion").
    "menu-sep": r"[\t\p{Zs}]*[|·•/][\t\p{Zs}]*",
    # A term of a tag or category list: no list separator, no sentence
    # punctuation but a dot inside ("Node.js"), so a sentence after the list is no term.
    "tag-term": r"[^\n,;|·•\t\p{Zs}.!?]+(?:\.[^\n,;|·•\t\p{Zs}.!?]+)*",
    # The date a forum profile gives for when a member joined: a year, with a
    # month name before it and a day before that ("2012", "März 2012", "5. März
    # 2012", "5 de marzo de 2012", "mars, 2012"), or in digits ("03/2012",
    # "05.03.2012", "2012-03-05").  Latin letters only, spelled as ranges (a
    # property repeated up to twelve times is slow to compile).
    "since-date": (
        r"(?:\d{1,2}\.?[\t\p{Zs}]*(?:de[\t\p{Zs}]+)?)?(?:[A-Za-zªºÀ-ÖØ-öø-ɏḀ-ỿ]{3,12}\.?,?[\t\p{Zs}]+(?:de[\t\p{Zs}]+)?)?\d{4}"
        r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{4}"
    ),
}

# A reference, if an even run of backslashes (none, or escaped backslashes)
# stands before it: after an odd one its first brace is escaped (``\{{`` is no
# reference).  Written this way, the search looks for the two braces and
# nothing else; written with a look-behind first, it was tried at every
# character of every pattern (a quarter of the time reading the packs took).
_REFERENCE = re.compile(r"\{\{([a-z][a-z0-9-]*)\}\}")


def _escaped(source: str, at: int) -> bool:
    """Whether an odd run of backslashes stands before ``source[at]``."""
    before = at
    while before > 0 and source[before - 1] == "\\":
        before -= 1
    return (at - before) % 2 == 1


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
            return source  # (most patterns)
        uses = self.used if uses is None else uses

        def replace(reference: re.Match[str]) -> str:
            if _escaped(source, reference.start()):
                return reference.group(0)
            name = reference.group(1)
            if name not in self.patterns:
                own = ", ".join(n for n in self.patterns if n not in SHARED) or "none"
                raise fail(
                    f"unknown sub-pattern {{{{{name}}}}} (defined: {own}; shared: {', '.join(SHARED)}; "
                    "write \\{\\{ for literal braces)"
                )
            uses.add(name)
            return f"(?:{self.patterns[name]})"

        return _REFERENCE.sub(replace, source)

    def define(self, name: str, source: str, fail: Callable[[str], Exception]) -> None:
        """Name ``source``, expanded (it may use the names defined before it)."""
        uses: set[str] = set()
        self.patterns[name] = self.expand(source, fail, uses)
        self.uses[name] = uses

    def unused(self) -> list[str]:
        """The names that no pattern uses, directly or through another definition."""
        reached = set(self.used)
        for name in reversed(list(self.patterns)):  # a definition uses only earlier ones
            if name in reached:
                reached |= self.uses[name]
        return [name for name in self.patterns if name not in reached and name not in SHARED]


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
    subpatterns = Subpatterns(line, dict(_SHARED.patterns), dict(_SHARED.uses))
    for name, value in data.items():
        if name == "__line__":
            continue
        if not isinstance(name, str) or not _NAME.match(name):
            raise RuleError(path, line, f"sub-pattern name {name!r} must be lower case letters, digits and '-'")
        if name in SHARED:
            raise RuleError(path, line, f"sub-pattern {name!r} is a shared one, which every pack may use; name yours otherwise")
        source = _joined(value)
        if not source:
            raise RuleError(path, line, f"sub-pattern {name!r} must be a non-empty string or a list of strings to join")

        def fail(problem: str, name: str = name) -> RuleError:
            return RuleError(path, line, f"sub-pattern {name!r}: {problem}")

        subpatterns.define(name, source, fail)
    return subpatterns


def _shared() -> Subpatterns:
    shared = Subpatterns()
    for name, source in SHARED.items():
        shared.define(name, source, ValueError)
    return shared


_SHARED = _shared()  # expanded once, copied into every pack's


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
