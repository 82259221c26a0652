"""The head of a whole-line pattern: a short pattern that every line it matches starts with.

A line rule matches whole lines, so a line it matches begins with a match
of any *prefix* of its pattern: the first few items of its top-level
sequence, with a group cut short in the same way.  One scan of a document
for the union of every rule's head, anchored at line starts, finds every
line some rule may match; only those lines are looked at again.  Heads are
short and end before any repetition of a broad class, so the union stays a
small automaton however many rules there are: RE2 builds its DFA lazily,
and on real text the DFA of the whole patterns' union grew at 1 MB/s where
the heads' grew at 10-30 MB/s (the shipped packs on the development set's
pages, first sight; both run at 150-300 MB/s once grown).

An optional start (``X*``, ``X?`` of a group whose X holds a broad class) is
read as "X's head, or the head of what follows".  A group cut short in one
branch gives what follows it to its other branches ("(?:the|third-party)
video" gives "the video" or "third-pa", not "the"), and a branch that the head
covers to the pattern's end ends with ``$``.  Cutting a pattern short only
lets more lines through, never fewer, which is what makes the scan sound
(tests/test_heads.py checks it on generated patterns); :func:`head` returns
None when it cannot read the pattern or when the head would let every line
through.

>>> head(r"[\\t ]*(?i:(?:share this|print)[\\t ]*)")
'[\\\\t ]*(?:(?i:(?:(?:share th)|(?:print[\\\\t ]*$))))'
>>> head(r"[^\\n]*copyright") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from .memo import remembered

__all__ = ["Atom", "Group", "HEAD_LETTERS", "Repeat", "head", "read_items", "widened"]

# Literal characters a head takes before it stops: more lets fewer lines
# through the scan, fewer keeps the union's automaton small.  Measured on the
# shipped packs (194 line rules): with 8, 9% of the development set's
# extracted lines pass (13% with 6), drop-line costs 0.030 s/MB on new
# benchmark documents (0.052 with 6) and the scan compiles in about 0.2 s;
# 16 names no fewer rules and compiles in twice the time.
HEAD_LETTERS = 8
# A head that promises fewer literal characters than this lets too many
# lines through to be worth a place in the union (the rule is then scanned
# for whole, with a few others).
_MIN_LETTERS = 1
# How much longer a group's head may grow when the rest of its sequence is given
# to each of its branches (see _shared_rest).  On the shipped packs, 500 keeps
# the namer's compile time near what it was without sharing (0.16 s against
# 0.13) and names 1.1 rules per benchmark line against 1.4; 4000 names 0.8
# and compiles in 0.29 s.
_SHARED_CHARS = 500

_QUANTIFIER = re.compile(r"(?:\*|\+|\?|\{(\d+)(?:(,)(\d*))?\})\??")
_FLAGS_GROUP = re.compile(r"\(\?[A-Za-z-]*[:)]")
# One member of a class as written: an escaped character or a plain one.
_CLASS_MEMBER = re.compile(r"\\x\{[0-9A-Fa-f]+\}|\\x[0-9A-Fa-f]{2}|\\.|.", re.DOTALL)
# Members a class written out may have and still count as a letter: a line
# starts with one of 16 symbols ("[★☆✩✪✫⭐]") about as rarely as with one letter.
_FEW = 16


# The ASCII characters of each large general category (the non-ASCII ones are
# not worth telling apart in a head, see _widened).  The small ones (spaces Z,
# controls C) compile cheaply as written, and widened would let any line that
# starts with a non-ASCII character past a head's leading spaces.
_GENERAL_CATEGORIES = "L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So".split()
_ASCII_OF = {
    name: "".join(chr(c) for c in range(1, 128) if unicodedata.category(chr(c)).startswith(name))
    for name in _GENERAL_CATEGORIES
}
_PROPERTY = re.compile(r"\\p\{([A-Za-z]+)\}|\\p([A-Za-z])|\\.", re.DOTALL)
# The two characters beyond ASCII that case folding takes to ASCII letters
# (U+017F ſ to s, U+212A Kelvin to k): a widened class holds them only when its
# property does, so that under (?i) it takes no ASCII letter the property does not.
_FOLDS_INTO_ASCII = "\u017f\u212a"
_BEYOND_ASCII = "\\x{80}-\\x{17e}\\x{180}-\\x{2129}\\x{212b}-\\x{10ffff}"


def _ranges(chars: str) -> str:
    """``chars`` (rising) as class members, runs written as ranges."""
    out, n = [], 0
    while n < len(chars):
        end = n
        while end + 1 < len(chars) and ord(chars[end + 1]) == ord(chars[end]) + 1:
            end += 1
        out.append(f"\\x{{{ord(chars[n]):02x}}}" + (f"-\\x{{{ord(chars[end]):02x}}}" if end > n else ""))
        n = end + 1
    return "".join(out)


_WIDENED_OF = {
    name: _ranges(ascii_members) + _BEYOND_ASCII
    + "".join(f"\\x{{{ord(c):x}}}" for c in _FOLDS_INTO_ASCII if unicodedata.category(c).startswith(name))
    for name, ascii_members in _ASCII_OF.items()
}


def _widened(source: str, in_class: bool) -> str:
    """``source`` with each large general-category property (``\\p{L}``) widened to its
    ASCII members and every non-ASCII character (but the two that fold into ASCII,
    unless the property holds them: see :data:`_FOLDS_INTO_ASCII`).

    A head only has to let through every line its rule matches, so a wider
    class keeps it sound; and RE2 compiles a property of thousands of ranges
    into a large automaton: the set of the shipped packs' heads compiled in
    0.64 s with them and 0.44-0.51 s widened (measured under load), a 1 KB
    file's first clean took 0.35 s against 0.13-0.25 s.

    >>> print(_widened(r"[\\p{Lu}_]", True))
    [\\x{41}-\\x{5a}\\x{80}-\\x{17e}\\x{180}-\\x{2129}\\x{212b}-\\x{10ffff}\\x{212a}_]
    """

    def widen(found: re.Match[str]) -> str:
        name = found.group(1) or found.group(2)
        if name not in _ASCII_OF:
            return found.group(0)  # an escape, a script or a negation: as written
        members = _WIDENED_OF[name]
        return members if in_class else f"[{members}]"

    return _PROPERTY.sub(widen, source)


def _few_characters(class_source: str) -> bool:
    """A class of a few characters written out (``[Bb]``, ``[|‖¦]``, ``[★☆⭐]``), not
    of a property, a range, a class escape or spaces: as selective at a line's start
    as a letter."""
    if any(x in class_source for x in ("\\p", "\\P", "-", "\\t", " ", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S")):
        return False
    return len(_CLASS_MEMBER.findall(class_source[1:-1])) <= _FEW


class _Unreadable(Exception):
    """Syntax this reader does not know: the rule gets no head."""


class Atom(NamedTuple):
    """One character, class, escape, assertion or flag of a pattern, as read (see :func:`read_items`).

    A named tuple: most of a pattern's items are atoms, and the caches keyed by
    items hash them often (a tuple hashes in C)."""

    source: str
    letters: int  # literal characters it promises (1 for a literal, 0 otherwise)
    broad: bool  # a negated class or '.': matches nearly anything


class _Node:
    """A group or a repetition, hashed once.  The caches below are keyed by whole
    subtrees, and a frozen dataclass hashes its fields again on every call: a
    first start (no answers kept) spent a quarter of its time hashing them."""

    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[object, ...]:
        raise NotImplementedError


@dataclass(frozen=True)
class Group(_Node):
    """A group of a pattern: its opening as written and its branches' items."""

    opening: str  # '(?:' or '(?i:' ...
    branches: tuple[tuple[object, ...], ...]

    __hash__ = _Node.__hash__

    def _key(self) -> tuple[object, ...]:
        return (self.opening, self.branches)


@dataclass(frozen=True)
class Repeat(_Node):
    """An item repeated: its quantifier as written, the copies required, whether the most is bounded."""

    item: object
    source: str  # the quantifier as written
    least: int
    bounded: bool

    __hash__ = _Node.__hash__

    def _key(self) -> tuple[object, ...]:
        return (self.item, self.source, self.least, self.bounded)


class _Reader:
    """Reads RE2 syntax (as :func:`.patterns.translate` writes it) into items.

    A group whose text was read before, in this pattern or another, is not read
    again: the packs' sub-patterns (``{{name}}``) put the same groups in many
    places (a vocabulary 22 times in one menu rule), and reading them again was
    most of a first start's time.  A group's reading depends only on its own
    text, so the one kept is the one this reader would give.
    """

    def __init__(self, source: str, widen: bool) -> None:
        self.s = source
        self.i = 0
        self.widen = widen  # classes and properties widened (see _widened), or as written
        self.ends = _group_ends(source)

    def alternation(self) -> tuple[tuple[object, ...], ...]:
        branches = [self.sequence()]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            branches.append(self.sequence())
        return tuple(branches)

    def sequence(self) -> tuple[object, ...]:
        items: list[object] = []
        s = self.s
        while self.i < len(s) and s[self.i] not in "|)":
            item = self.item()
            quantifier = _QUANTIFIER.match(s, self.i) if self.i < len(s) and s[self.i] in "*+?{" else None
            items.append(item if quantifier is None else self.repeat(item, quantifier))
        return tuple(items)

    def repeat(self, item: object, quantifier: re.Match[str]) -> Repeat:
        self.i = quantifier.end()
        text = quantifier.group(0)
        if text[0] in "*?":
            return Repeat(item, text, 0, text[0] == "?")
        if text[0] == "+":
            return Repeat(item, text, 1, False)
        least = int(quantifier.group(1))
        bounded = quantifier.group(2) is None or quantifier.group(3) != ""
        return Repeat(item, text, least, bounded)

    def item(self) -> object:
        s, i = self.s, self.i
        c = s[i]
        if c == "(":
            flags = _FLAGS_GROUP.match(s, i)
            if flags is not None and flags.group(0).endswith(")"):
                self.i = flags.end()
                return Atom(flags.group(0), 0, False)  # (?i): a flag for what follows
            end = self.ends.get(i, i)
            known = _GROUPS.get(self.widen, s[i:end])
            if known is not None:
                self.i = end
                return known
            opening = flags.group(0) if flags is not None else "(?:"
            self.i = flags.end() if flags is not None else i + 1
            branches = self.alternation()
            if self.i >= len(s) or s[self.i] != ")":
                raise _Unreadable
            self.i += 1
            group = Group(opening, branches)
            if self.i == end:  # (where the quick pairing of parentheses agrees)
                _GROUPS.keep(self.widen, s[i:end], group)
            return group
        if c == "[":
            end = self._class_end(i)
            self.i = end
            negated = s.startswith("[^", i)
            source = _widened(s[i:end], in_class=True) if self.widen and not negated else s[i:end]
            return Atom(source, int(not negated and _few_characters(s[i:end])), negated)
        if c == "\\":
            return self._escape(i)
        if c in "*+?{":
            raise _Unreadable  # a quantifier with nothing before it
        self.i = i + 1
        if c == ".":
            return Atom(c, 0, True)
        if c in "^$":
            return Atom(c, 0, False)
        return _literal(c)

    def _escape(self, i: int) -> Atom:
        s = self.s
        if i + 1 >= len(s):
            raise _Unreadable
        e = s[i + 1]
        if e.isdigit() or e in "QE":  # an octal character, quoted text: not what translate() writes
            raise _Unreadable
        if e in "xpP" and s.startswith("{", i + 2):
            end = s.find("}", i + 2)
            if end < 0:
                raise _Unreadable
            self.i = end + 1
        elif e == "x":
            self.i = i + 4
        elif e in "pP":
            self.i = i + 3
        else:
            self.i = i + 2
        source = _widened(s[i : self.i], in_class=False) if self.widen and e == "p" else s[i : self.i]
        if e in "pPdDsSwWC":
            return Atom(source, 0, e in "PDSWC")  # a class; the negated ones are broad
        if e in "AzbB":
            return Atom(source, 0, False)
        return Atom(source, 1, False)

    def _class_end(self, i: int) -> int:
        s = self.s
        j = i + 1
        if j < len(s) and s[j] == "^":
            j += 1
        if j < len(s) and s[j] == "]":
            j += 1
        while j < len(s):
            if s[j] == "\\":
                j += 2
            elif s[j] == "[" and s.startswith("[:", j):
                end = s.find(":]", j + 2)
                if end < 0:
                    raise _Unreadable
                j = end + 2
            elif s[j] == "]":
                return j + 1
            else:
                j += 1
        raise _Unreadable


class _KeptGroups:
    """Groups read before, by (widened, text) (see _Reader), up to ``most``
    characters of text in all: the shipped packs' patterns hold 54,000 distinct
    groups with 23 million characters of text (nested groups count again)."""

    def __init__(self, most: int) -> None:
        self.most = most
        self.groups: dict[tuple[bool, str], Group] = {}
        self.chars = 0

    def get(self, widen: bool, text: str) -> Group | None:
        return self.groups.get((widen, text))

    def keep(self, widen: bool, text: str, group: Group) -> None:
        if self.chars + len(text) > self.most:
            self.groups.clear()
            self.chars = 0
        self.groups[widen, text] = group
        self.chars += len(text)


_GROUPS = _KeptGroups(most=4_000_000)
# What pairs a pattern's parentheses quickly: escapes and whole classes (inside
# which a parenthesis is a character), then the parentheses themselves.  Atomic
# and possessive, so that it runs in time linear in the pattern whatever it holds.
_GROUPING = re.compile(r"\\x\{[^}]*\}|\\[pP]\{[^}]*\}|\\.|\[\^?\]?(?>\\.|\[:[a-z]+:\]|[^\]\\])*+\]|[()]", re.DOTALL)


def _group_ends(source: str) -> dict[int, int]:
    """Where each group of ``source`` ends (just past its ')'), by where it starts.
    A guess for the cache only: the reader keeps a group only where it agrees."""
    ends: dict[int, int] = {}
    opened: list[int] = []
    for token in _GROUPING.finditer(source):
        if token.group() == "(":
            opened.append(token.start())
        elif token.group() == ")" and opened:
            ends[opened.pop()] = token.end()
    return ends


@lru_cache(maxsize=None)
def _literal(c: str) -> Atom:
    """A literal character's atom (one per character: most atoms are literals)."""
    return Atom(c, 1, False)


def _source(item: object) -> str:
    """``item`` written back whole."""
    if isinstance(item, Atom):
        return item.source
    if isinstance(item, Group):
        return item.opening + "|".join("".join(_source(x) for x in b) for b in item.branches) + ")"
    assert isinstance(item, Repeat)
    inner = _source(item.item)
    return inner + item.source


def _narrow(item: object) -> bool:
    """Whether ``item`` can be kept whole in a head: nothing broad in it."""
    if isinstance(item, Atom):
        return not item.broad
    if isinstance(item, Group):
        return all(_narrow(x) for b in item.branches for x in b)
    assert isinstance(item, Repeat)
    return _narrow(item.item)


def _letters(item: object) -> int:
    """Literal characters every match of ``item`` has (a lower bound)."""
    if isinstance(item, Atom):
        return item.letters
    if isinstance(item, Group):
        return min(sum(_letters(x) for x in b) for b in item.branches)
    assert isinstance(item, Repeat)
    return item.least * _letters(item.item)


@lru_cache(maxsize=65536)  # _shared_rest asks for the same rest with the same budget per branch
def _head_of_sequence(items: tuple[object, ...], budget: int, tail: str | None) -> tuple[str, int, bool]:
    """(head, letters it promises, whether it is the whole sequence).

    ``tail``: what exactly follows the sequence up to the line's end (``$`` at the
    top level), appended to a head that is the whole sequence; None if unknown.
    """
    parts: list[str] = []
    letters = 0
    for n, item in enumerate(items):
        if letters >= budget:
            return "".join(parts), letters, False
        if isinstance(item, Repeat) and item.least == 0 and not _keeps_whole(item):
            # X* then the rest: a match starts with X's head or, X left out, the rest's.
            first, got, _ = _head_of_item(item.item, budget - letters)
            if got == 0:
                return "".join(parts), letters, False  # X tells nothing: stop before it
            rest, got_rest, _ = _head_of_sequence(items[n + 1 :], budget - letters, tail)
            parts.append(f"(?:{first}|{rest})")
            return "".join(parts), letters + min(got, got_rest), False
        part, gained, whole = _head_of_item(item, budget - letters)
        if not whole and isinstance(item, Group):
            shared = _shared_rest(item, items[n + 1 :], budget - letters, tail)
            if shared is not None:
                part, gained, whole = shared
                parts.append(part)
                return "".join(parts), letters + gained, whole
        parts.append(part)
        letters += gained
        if not whole:
            return "".join(parts), letters, False
    return "".join(parts) + (tail or ""), letters, True


def _shared_rest(
    group: Group, rest: tuple[object, ...], budget: int, tail: str | None
) -> tuple[str, int, bool] | None:
    """The head of ``group`` then ``rest``, with the rest's head given to each branch
    that is whole within ``budget`` (None if the copies would be too long to be worth it).

    A group cut short in one branch ("(?:the|third-party) ...") would otherwise end
    the head there, and a short branch ("the") would let every line it starts through.
    A rest kept whole (trailing spaces) goes inside the group, so that its branches
    can end with ``$`` too: sound where the group only adds flags (``(?i:`` widens).
    """
    inner_tail = None
    if tail is not None and "-" not in group.opening and all(_kept(x) for x in rest):
        inner_tail = "".join(_source(x) for x in rest) + tail
    paths: list[str] = []
    least = budget
    whole = True
    copied = 0  # characters of the rest's head written once more for each branch
    for branch in group.branches:
        source, got, branch_whole = _head_of_sequence(branch, budget, inner_tail)
        path = group.opening + source + ")"
        if branch_whole and inner_tail is not None:
            copied += len(inner_tail)
        elif branch_whole and got < budget:
            more, got_more, branch_whole = _head_of_sequence(rest, budget - got, tail)
            path, got, copied = path + more, got + got_more, copied + len(more)
        elif branch_whole:
            branch_whole = not rest and tail is not None  # the budget ran out at the branch's end
            path += tail if branch_whole and tail else ""
        paths.append(path)
        least = min(least, got)
        whole = whole and branch_whole
    if copied > _SHARED_CHARS:
        return None
    return "(?:" + "|".join(dict.fromkeys(paths)) + ")", least, whole


def _kept(item: object) -> bool:
    """Whether a head keeps ``item`` as written."""
    if isinstance(item, Repeat):
        return _keeps_whole(item)
    return isinstance(item, Atom) and not item.broad


def _keeps_whole(item: Repeat) -> bool:
    """A repetition a head keeps as written: of words ("(?:(?:the|our)[\\t ]+)*") as
    well as of classes; a loop costs a DFA no more states than one pass."""
    return _narrow(item)


def _head_of_item(item: object, budget: int) -> tuple[str, int, bool]:
    if isinstance(item, Atom):
        return ("", 0, False) if item.broad else (item.source, item.letters, True)
    if isinstance(item, Group):
        heads = [_head_of_sequence(b, budget, None) for b in item.branches]
        body = "|".join(dict.fromkeys(h for h, _, _ in heads))  # cut short, many branches read alike
        return item.opening + body + ")", min(n for _, n, _ in heads), all(w for _, _, w in heads)
    assert isinstance(item, Repeat)
    if _keeps_whole(item):
        return _source(item), _letters(item), True
    if item.least == 0:
        return "", 0, False
    # At least one copy: its head, then stop.
    part, gained, _ = _head_of_item(item.item, budget)
    return part, gained, False


@lru_cache(maxsize=4096)
def read_items(source: str, widen: bool = True) -> tuple[tuple[object, ...], ...] | None:
    """``source``'s top-level branches, its classes ``widen``-ed (see :func:`_widened`)
    or as written, or None if this reader cannot read it."""
    reader = _Reader(source, widen)
    try:
        branches = reader.alternation()
    except _Unreadable:
        return None
    return branches if reader.i == len(source) else None  # (else an unbalanced ')')


@lru_cache(maxsize=4096)
@remembered("head")
def head(source: str, letters: int = HEAD_LETTERS) -> str | None:
    """A pattern that every line ``source`` matches whole begins with (RE2 syntax in
    and out), or None if there is none worth scanning for."""
    branches = read_items(source)
    if branches is None:
        return None
    heads = [_head_of_sequence(b, letters, "$") for b in branches]
    if min(n for _, n, _ in heads) < _MIN_LETTERS:
        return None
    return "|".join(dict.fromkeys(h for h, _, _ in heads))


@lru_cache(maxsize=4096)
@remembered("widened")
def widened(source: str) -> str:
    """``source`` with its Unicode properties widened as in a head (see :func:`_widened`):
    a pattern that matches every line ``source`` matches, and compiles faster; ``source``
    itself when this reader cannot read it.  On ASCII text it matches exactly what
    ``source`` matches: a class keeps its ASCII members (a negated class is left
    as written).

    >>> print(widened(r"(?-i:\\p{Lu})[^\\p{L}]+"))
    (?-i:[\\x{41}-\\x{5a}\\x{80}-\\x{17e}\\x{180}-\\x{2129}\\x{212b}-\\x{10ffff}\\x{212a}])[^\\p{L}]+
    """
    branches = read_items(source)
    if branches is None:
        return source
    return "|".join("".join(_source(item) for item in branch) for branch in branches)
