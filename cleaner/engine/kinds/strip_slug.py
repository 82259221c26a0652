"""``strip-slug``: drop a URL slug glued to the front of the headline it spells."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ...provenance import Change
from ..scan import window
from ..spec import Params, Rule
from .base import Fail, Kind, Runner, int_param


@dataclass(frozen=True)
class StripSlug(Params):
    min_words: int


def parse(data: dict[str, Any], fail: Fail) -> StripSlug:
    return StripSlug(int_param(data, "min_words", 3, 2, fail))


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def slug_length(line: str, min_words: int) -> int:
    """Length of a URL slug glued to the front of ``line`` that spells the rest, else 0."""
    first_space = line.find(" ")
    head = line if first_space < 0 else line[:first_space]
    for k in range(1, len(head)):
        if not (head[k].isupper() and (head[k - 1].islower() or head[k - 1].isdigit())):
            continue
        slug = line[:k]
        if slug.count("-") + 1 < min_words or any(ch.isupper() for ch in slug):
            continue
        spelled, headline = _alnum(slug), _alnum(line[k:])
        if len(spelled) >= 8 and headline.startswith(spelled):
            return k
    return 0


def _lines_holding(char: str, text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end-without-newline) of each line in [lo, hi) holding ``char``;
    a substring search, not a walk over every line."""
    pos = text.find(char, lo, hi)
    while pos >= 0:
        start = max(lo, text.rfind("\n", lo, pos) + 1)
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        yield start, end
        pos = text.find(char, end, hi)


def compile_rules(rules: Sequence[Rule]) -> Runner:
    def run(text: str, timeout: float) -> tuple[list[Change], list[str]]:
        changes: list[Change] = []
        taken: set[int] = set()
        for rule in rules:
            for start, end in _lines_holding("-", text, *window(text, rule.where)):  # a slug has a hyphen
                line = text[start:end]
                length = slug_length(line.lstrip(), rule.params.min_words)
                if length and start not in taken:
                    lead = len(line) - len(line.lstrip())
                    changes.append(Change.of(start + lead, start + lead + length, "", rule.id, rule.reason))
                    taken.add(start)
        return sorted(changes, key=lambda c: c.start), []

    return run


KIND = Kind(
    name="strip-slug",
    summary="drop a URL slug glued to the headline it spells",
    parameters="`min_words` (3)",
    details=(
        "drops a URL slug glued to the front of a headline when, letters and digits only, the headline "
        "starts with what the slug spells"
    ),
    example="kind: strip-slug\nwhere: {first: 3}\nmin_words: 3",
    fields=("min_words",),
    parse=parse,
    compile=compile_rules,
)
