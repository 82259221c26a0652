"""Line needles: strings one of which every line a pattern matches contains.

The scout (:class:`.scan._Scout`) names rules for a line by the line's first
letters (:mod:`.keys`), and confirms each name by compiling the rule's head
(about a millisecond and a half): on the benchmark documents the keys name
about a hundred rules per line, nearly all of them wrongly, and compiling
their heads was most of what ``clean`` spent on its first small file.  A
rule's *needles* say more for nothing: a line none of whose needles it
contains is not worth a head.  They are folded as keys are
(:func:`.keys.fold`), so that case needs no care, with every digit as
``0`` besides (a class of digits is then one string, not ten), and read
from the same items: a run of literals and small classes gives the strings
it may be (while they are few; a repetition such as ``[\\t ]+`` ends one
run with a copy and begins the next with one), a group the union of its
branches' needles, a sequence the needles of its parts that tell most at
their weakest (a letter or digit tells a little, a rarer mark such as ``€``
more, a space or a comma nothing).  A pattern whose needles would be empty
(every line holds them) has none.

>>> needles(r"(?i:read (?:more|on))[.!]?")
('read more', 'read on')
>>> needles(r"\\d+ (?:comments?|replies)")
('0 comment', '0 replies')
>>> needles(r"\\p{L}+") is None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from operator import add
from typing import NamedTuple

from .heads import Atom, Group, Repeat, read_items
from .keys import ANY, fold, item_characters, optional_copies
from .memo import remembered

__all__ = ["NeedleIndex", "fold_line", "needles"]

# Strings a run of literals and small classes may be before it is read as
# needles (a longer run of the same items can still give better ones).
_MOST_STRINGS = 64
# Copies a repetition of a short item may have and still be spelt out.
_MOST_COPIES = 3
# Characters that say nothing about a line on their own: spaces and the
# commonest punctuation.
_COMMON = frozenset(" .,;:-()/'\"!?")
# Digits as keys fold them (\x01: a number beyond ASCII), all one for needles.
_DIGITS = frozenset("0123456789\x01")
# Characters of a needle looked up in an index; a longer one is then searched for.
_START = 4


@lru_cache(maxsize=4096)
def _fold(c: str) -> str:
    """``c`` as needles and the lines searched for them hold it (see the module docstring)."""
    folded = fold(c)
    return "0" if folded in _DIGITS else folded


def _folded(chars: frozenset[str]) -> frozenset[str]:
    """Characters folded as keys are (see :func:`.keys.item_characters`), as needles hold them."""
    return frozenset("0" if c in _DIGITS else c for c in chars)


class _Found(NamedTuple):
    """What an item of a pattern says of the text it matches (folded)."""

    exact: frozenset[str] | None  # every string it may be, if few
    needed: frozenset[str] | None  # else strings one of which it contains (None: nothing known)
    edge: frozenset[str] | None = None  # else strings one of which it begins with, and one it ends with


_NOTHING = frozenset([""])  # the empty string alone: what an assertion matches
_EMPTY = _Found(_NOTHING, None)
_UNKNOWN = _Found(None, None)


@lru_cache(maxsize=65536)
def _weight(needle: str) -> int:
    """How much finding ``needle`` in a line tells: a letter or digit counts 1, a
    rarer mark (``€``, ``★``, ``|``) 2, a space or common punctuation nothing."""
    return sum(0 if c in _COMMON else 1 if c.isalnum() or c == "\x00" else 2 for c in needle)


def _tells(needles: frozenset[str]) -> int:
    """How much the weakest of ``needles`` tells (see :func:`_weight`); -1 if one is
    empty (every line holds it)."""
    return -1 if "" in needles else min(map(_weight, needles))


def _joined(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    """Every string of ``left`` followed by every one of ``right``, if they are few."""
    if right == _NOTHING:
        return left
    if left == _NOTHING:
        return right
    if len(left) * len(right) > _MOST_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


@lru_cache(maxsize=65536)
def _atom(atom: Atom) -> _Found:
    """What one atom says of the character it matches (see :func:`.keys.item_characters`)."""
    chars = item_characters(atom)
    if chars is None or chars == "$":  # a flag, an assertion, the line's end
        return _EMPTY
    return _UNKNOWN if chars is ANY else _Found(_folded(chars), None)


class _Reader:
    """Reads a pattern's items into what they say of the text they match."""

    def __init__(self) -> None:
        # Sub-patterns put the same group in many places (see heads._Reader).
        self._known: dict[object, _Found] = {}

    def branches(self, branches: Sequence[Sequence[object]]) -> _Found:
        found = [self.sequence(branch) for branch in branches]
        exact = [f.exact for f in found]
        if all(e is not None for e in exact):
            strings = frozenset().union(*exact)  # type: ignore[arg-type]
            if len(strings) <= _MOST_STRINGS:
                return _Found(strings, None)
        needed: list[frozenset[str]] = []
        for f in found:
            either = f.exact if f.exact is not None else f.needed
            if either is None:
                return _UNKNOWN
            needed.append(either)
        return _Found(None, frozenset().union(*needed))

    def sequence(self, items: Sequence[object]) -> _Found:
        run: frozenset[str] | None = _NOTHING  # what the items since the last break spell
        candidates: list[frozenset[str]] = []
        for item in items:
            found = self.item(item)
            if run is not None and found.exact is not None and (joined := _joined(run, found.exact)) is not None:
                run = joined
                continue
            if run is not None and found.edge is not None and (joined := _joined(run, found.edge)) is not None:
                candidates.append(joined)  # (the run goes on from the item's last copy)
            elif run is not None:
                candidates.append(run)
            if found.exact is None and found.needed is not None:
                candidates.append(found.needed)
            run = found.exact if found.exact is not None else found.edge
        if not candidates:
            return _Found(run, None)
        if run is not None:
            candidates.append(run)
        best = max(candidates, key=lambda c: (_tells(c), -len(c)))
        return _UNKNOWN if "" in best else _Found(None, best)

    def item(self, item: object) -> _Found:
        if isinstance(item, Atom):
            return _atom(item)
        known = self._known.get(item)
        if known is None:
            if isinstance(item, Group):
                known = self.branches(item.branches)
            else:
                assert isinstance(item, Repeat)
                known = self._repeat(item)
            self._known[item] = known
        return known

    def _repeat(self, item: Repeat) -> _Found:
        one = self.item(item.item)
        extra = optional_copies(item)
        if one.exact is not None and extra is not None and item.least + extra <= _MOST_COPIES:
            spelt: set[str] = set()
            copies = _NOTHING
            for n in range(item.least + extra + 1):
                if n >= item.least:
                    spelt |= copies
                copies = frozenset(a + b for a in copies for b in one.exact)
                if len(copies) > _MOST_STRINGS:
                    break
            else:
                if len(spelt) <= _MOST_STRINGS:
                    return _Found(frozenset(spelt), None)
        if item.least == 0:
            return _UNKNOWN
        return _Found(None, one.exact if one.exact is not None else one.needed, one.exact)


@lru_cache(maxsize=4096)
@remembered("needles")
def needles(source: str) -> tuple[str, ...] | None:
    """Strings (folded) one of which every line ``source`` (RE2 syntax) matches whole
    contains, none inside another; None if they would tell little or cannot be read."""
    branches = read_items(source, widen=False)
    if branches is None:
        return None
    found = _Reader().branches(branches)
    strings = found.exact if found.exact is not None else found.needed
    if strings is None or "" in strings:
        return None
    kept: list[str] = []
    for needle in sorted(strings, key=lambda n: (len(n), n)):
        if not any(shorter in needle for shorter in kept):
            kept.append(needle)
    return tuple(sorted(kept))


def fold_line(line: str) -> str:
    """``line`` folded as needles are (see the module docstring)."""
    return "".join(map(_fold, line))


class NeedleIndex:
    """Says, for a line, which members' needles it holds: the line's runs of up to
    :data:`_START` characters looked up, and the longer needles that begin with
    them searched for.

    >>> index = NeedleIndex([needles("(?i)read more"), needles("€ [0-9]+"), needles(r"\\p{L}+")])
    >>> sorted(index.holding("You should READ MORE")), sorted(index.holding("A line."))
    ([0, 2], [2])
    """

    def __init__(self, member_needles: Sequence[tuple[str, ...] | None]) -> None:
        self._everywhere = frozenset(n for n, found in enumerate(member_needles) if found is None)
        whole: dict[str, set[int]] = {}  # a needle of up to _START characters -> its members
        self._longer: dict[str, list[tuple[str, int]]] = {}  # its first _START characters -> (needle, member)
        for n, found in enumerate(member_needles):
            for needle in found or ():
                if len(needle) <= _START:
                    whole.setdefault(needle, set()).add(n)
                else:
                    self._longer.setdefault(needle[:_START], []).append((needle, n))
        self._whole = {needle: frozenset(members) for needle, members in whole.items()}
        self._whole_needles = frozenset(self._whole)
        self._longer_starts = frozenset(self._longer)

    def holding(self, line: str) -> set[int]:
        """The members whose needles ``line`` holds, and those without needles."""
        folded = fold_line(line)
        pairs = list(map(add, folded, folded[1:]))  # (joined in C: a slice per run costs twice as much)
        triples = list(map(add, pairs, folded[2:]))
        quadruples = list(map(add, triples, folded[3:]))
        runs = set(folded)
        runs.update(pairs, triples, quadruples)
        found = set(self._everywhere)
        for run in runs.intersection(self._whole_needles):
            found |= self._whole[run]
        for start in self._longer_starts.intersection(quadruples):
            for needle, n in self._longer[start]:
                if n not in found and needle in folded:
                    found.add(n)
        return found
