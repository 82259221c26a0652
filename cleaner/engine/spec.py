"""What a rule is, once read from YAML and checked.

A rule file is data; this module turns one rule's mapping into a
:class:`Rule`, or raises :class:`RuleError` naming the file, the line and the
problem.  Literal phrases and regular expressions are kept apart: phrases are
escaped here, so ``Read more...`` can never turn into a pattern that eats
real sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import regex

from ..chars import SPACES
from .patterns import RE2, REGEX, Pattern

__all__ = ["RuleError", "Matcher", "Example", "Params", "Rule", "Where", "parse_matcher"]

RULE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9.-]*)+$")
SAFETY = ("safe", "aggressive")
# A little decoration a phrase may carry on a line of its own (» Read more,
# Advertisement:, [Advertisement], (Werbung)): a label in brackets is a label still.
_LEAD = rf"(?:[\u00bb\u203a\u2192\u25b6\u25ba\u2022|*>\-\u2013\u2014\[(]{{1,3}}{SPACES})?"
_TRAIL = rf"(?:{SPACES}[.:!?\u2026\u00bb\u203a\u2192\u25b6\u25ba|>\-\u2013\u2014\])]{{1,3}})?"
# What ``regex.escape`` escapes in a word (a phrase split at spaces), as a
# table: a phrase's words are escaped once per rule at every start, and
# ``regex.escape`` loops in Python (a third of loading the shipped packs).
_ESCAPED = str.maketrans({c: "\\" + c for c in "()[]{}?*+|^$\\.-#&~"})


class RuleError(ValueError):
    """A rule file is wrong; the message names the file, line and problem."""

    def __init__(self, path: str, line: int | None, problem: str, rule: str | None = None) -> None:
        where = f"{path}:{line}" if line else path
        who = f" rule {rule!r}:" if rule else ""
        super().__init__(f"{where}:{who} {problem}")
        self.path, self.line, self.problem, self.rule = path, line, problem, rule


@dataclass(frozen=True)
class Matcher:
    """Literal ``phrases`` and/or a ``pattern``, as one regex source.

    ``source`` matches text (not whole lines): kinds add their own anchors.
    Phrases match case-insensitively unless ``case_sensitive``, with any run
    of spaces inside a phrase matching any run of spaces in the text.
    """

    phrases: tuple[str, ...] = ()
    pattern: str | None = None
    case_sensitive: bool = False

    def _phrase_source(self) -> str:
        escaped = sorted(
            (r"[\t\p{Zs}]+".join(w.translate(_ESCAPED) for w in p.split()) for p in self.phrases),
            key=len,
            reverse=True,
        )
        return "|".join(escaped)

    def _scoped(self, body: str) -> str:
        return f"(?:{body})" if self.case_sensitive else f"(?i:{body})"

    @property
    def source(self) -> str:
        """A regex source matching the phrases or the pattern anywhere."""
        parts = [self._phrase_source()] if self.phrases else []
        if self.pattern is not None:
            parts.append(self.pattern)
        return self._scoped("|".join(f"(?:{p})" for p in parts))

    @property
    def line_source(self) -> str:
        """A regex source matching a whole line (without its line break).

        Spaces around the line are ignored; around a phrase, so is a little
        decoration (``» Read more``, ``Continue reading →``, ``Advertisement:``, ``[Advertisement]``).
        """
        parts = []
        if self.phrases:
            parts.append(f"{_LEAD}(?:{self._phrase_source()}){_TRAIL}")
        if self.pattern is not None:
            parts.append(f"(?:{self.pattern})")
        return f"{SPACES}{self._scoped('|'.join(parts))}{SPACES}"

    @cached_property
    def line_pattern(self) -> Pattern:
        """:attr:`line_source`, to match one whole line seen alone."""
        return Pattern(self.line_source, lines=True)

    @cached_property
    def span_pattern(self) -> Pattern:
        """:attr:`source`, to search for anywhere."""
        return Pattern(self.source)

    @property
    def engine(self) -> str:
        """``re2``, or ``regex`` if RE2 cannot run one of the patterns."""
        both = (self.line_pattern.engine, self.span_pattern.engine)
        return RE2 if both == (RE2, RE2) else REGEX


@dataclass(frozen=True)
class Where:
    """Position limit: only the first or last ``lines`` non-blank lines."""

    first: int | None = None
    last: int | None = None

    def to_dict(self) -> dict[str, int]:
        return {k: v for k, v in (("first", self.first), ("last", self.last)) if v is not None}


@dataclass(frozen=True)
class Example:
    """Input and expected output (``output is None``: must stay unchanged)."""

    input: str
    output: str | None
    line: int | None = None


class Params:
    """A kind's typed parameters (each kind subclasses this as a frozen dataclass)."""

    def items(self) -> list[tuple[str, Any]]:
        """(name, value) of each parameter, for display."""
        return [(name, getattr(self, name)) for name in self.__dataclass_fields__]  # type: ignore[attr-defined]

    def matchers(self) -> list[Matcher]:
        """The parameters that are phrases/patterns."""
        return [value for _, value in self.items() if isinstance(value, Matcher)]


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    kind: str
    params: Params
    examples: tuple[Example, ...]
    safety: str = "safe"
    where: Where = field(default_factory=Where)
    path: str = "<memory>"
    line: int | None = None
    pack: str = ""

    @property
    def reason(self) -> str:
        """A short reason for edits: the description's first sentence."""
        return self.description.strip().split(". ")[0].rstrip(".")

    @property
    def engine(self) -> str:
        """``re2`` when RE2 runs every pattern of the rule, ``regex`` (with its time
        limit) when one needs it, ``none`` for a kind without patterns."""
        matchers = self.params.matchers()
        if not matchers:
            return "none"
        return RE2 if all(m.engine == RE2 for m in matchers) else REGEX

    def error(self, problem: str, line: int | None = None) -> RuleError:
        return RuleError(self.path, line or self.line, problem, self.id)


def _check_regex(source: str, fail: Any) -> None:
    if Pattern(source).prefilter is not None:
        return  # RE2 reads it (its prefilter form compiles fast; regex takes milliseconds)
    try:
        regex.compile(source, regex.V0)
    except regex.error as exc:
        raise fail(f"invalid regular expression: {exc}") from None


def parse_matcher(data: Any, fail: Any, what: str) -> Matcher:
    """Read ``{phrases, pattern, case_sensitive}`` from a mapping."""
    if not isinstance(data, dict):
        raise fail(f"{what} must be a mapping with 'phrases' and/or 'pattern'")
    unknown = set(data) - {"phrases", "pattern", "case_sensitive", "__line__"}
    if unknown:
        raise fail(f"{what}: unknown field(s) {', '.join(sorted(unknown))}")
    phrases = data.get("phrases", [])
    if isinstance(phrases, str) or not isinstance(phrases, list) or not all(
        isinstance(p, str) and p.strip() for p in phrases
    ):
        raise fail(f"{what}: 'phrases' must be a list of non-empty strings")
    pattern = data.get("pattern")  # (the loader has joined a pattern written as pieces)
    if pattern is not None and (not isinstance(pattern, str) or not pattern):
        raise fail(f"{what}: 'pattern' must be a non-empty string or a list of strings to join")
    if not phrases and pattern is None:
        raise fail(f"{what}: needs 'phrases' or 'pattern'")
    case_sensitive = data.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        raise fail(f"{what}: 'case_sensitive' must be true or false")
    matcher = Matcher(tuple(phrases), pattern, case_sensitive)
    if pattern is not None and Pattern(pattern).translation is None:
        _check_regex(pattern, fail)  # a balanced pattern is checked as part of the whole source
    if matcher.line_pattern.prefilter is None:  # the form line kinds scan with compiles: fine
        _check_regex(matcher.source, fail)
    return matcher
