"""Line keys: the first few letters every line a pattern matches starts with.

A line's *key* is its first :data:`KEY_LETTERS` characters from its first
letter or digit on, each folded by :func:`fold` (ASCII letters to lower
case, every space to one space, every cased letter beyond ASCII to one
placeholder).  For a whole-line pattern, :func:`keys` gives a set of strings
such that every line the pattern matches has a key that starts with one of
them.  A dictionary from keys to rules (:class:`KeyIndex`) then names the
rules worth trying on a line with a few lookups, and costs nothing to build:
the RE2 set of short heads it stands in for took 0.1-0.3 s to compile, most
of what ``clean`` spent on a small file.

Reading a pattern is cut short (the key found so far is kept, shorter) at
anything but a literal, a class written out (no ranges, no properties but
spaces), ``\\d`` or ``\\s``: a shorter key only names a rule for more lines,
never fewer.  What a line starts with before its first letter or digit
(spaces, bullets, quotes, a ``©``) is skipped on both sides alike.  Case
needs no care: RE2's case folding pairs an ASCII letter only with its other
case and, for ``k`` and ``s``, with the Kelvin sign and the long s (which
:func:`fold` sends to ``k`` and ``s``); a letter beyond ASCII only with
letters beyond ASCII that have a case (all one placeholder); and a character
without case with nothing (tests/test_keys.py asks RE2 about every character).

>>> sorted(keys(r"[\\t ]*(?i:read more|see also)\\.?")[1])
['read', 'see ']
>>> sorted(keys(r"[•·]\\x{20}?(?:Menu|Home)")[1])
['home', 'menu']
>>> sorted(keys(r"\\p{L}+ Photo")[1])
['']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .heads import Atom, Group, Repeat, read_items
from .memo import remembered

__all__ = ["ANY", "KEY_LETTERS", "KeyIndex", "fold", "item_characters", "key", "keys", "optional_copies"]

# Folded characters a key holds.  Longer keys name fewer rules per line, and
# a pattern's key set grows with each letter its branches and classes fan out
# into (see _MOST_KEYS).
KEY_LETTERS = 4
# Keys a pattern may have; past it, its keys are one letter shorter.
_MOST_KEYS = 512
# Characters a class written out may have and still be read as its members.
_MOST_MEMBERS = 64

# Every cased character beyond ASCII but the two that fold into ASCII, and
# every number beyond ASCII (RE2's \p{N} and \p{Nd} are then 11 characters).
_CASED_BEYOND_ASCII = "\x00"
_NUMBER_BEYOND_ASCII = "\x01"
_ESCAPED = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
ANY: frozenset[str] = frozenset()  # an atom that may match any character
_UNKNOWN = frozenset([""])  # the keys of a pattern that tell nothing
_SPACES = frozenset(" ")
_DIGITS = frozenset("0123456789")
_NUMBERS = _DIGITS | {_NUMBER_BEYOND_ASCII, _CASED_BEYOND_ASCII}  # (and numbers unknown to Python)
# One member of a class, or one literal: a code point, a property, an escape, a character.
_MEMBER = re.compile(r"\\x\{([0-9A-Fa-f]+)\}|\\x([0-9A-Fa-f]{2})|(\\[pP](?:\{[^}]*\}|.))|\\(.)|(.)", re.DOTALL)
_SPACE_PROPERTIES = ("\\p{Zs}", "\\p{Z}", "\\pZ")
_NUMBER_PROPERTIES = ("\\p{Nd}", "\\p{N}", "\\pN")


@lru_cache(maxsize=4096)
def fold(c: str) -> str:
    """The character that ``c`` stands as in a key (see the module docstring)."""
    if c.isspace():
        return " "
    if c.isascii():
        return c.lower()
    if c == "\u017f":
        return "s"
    if c == "\u212a":
        return "k"
    category = unicodedata.category(c)
    if category[0] == "N":
        return _NUMBER_BEYOND_ASCII
    if category != "Cn" and c.lower() == c == c.upper() and c.casefold() == c:
        return c  # (a character unassigned in Python's Unicode may have a case in RE2's)
    return _CASED_BEYOND_ASCII


def _begins(folded: str, words: bool) -> bool:
    """Whether a key may begin with ``folded``: with ``words``, a letter or a digit;
    else anything but a space (what comes before is skipped)."""
    if words:
        return folded.isalnum() or folded in (_CASED_BEYOND_ASCII, _NUMBER_BEYOND_ASCII)
    return folded != " "


def key(line: str, words: bool) -> str:
    """``line``'s key: its first :data:`KEY_LETTERS` characters, folded, from the first
    that may begin a key (see :func:`_begins`)."""
    out = ""
    for c in line:
        f = fold(c)
        if out or _begins(f, words):
            out += f
            if len(out) == KEY_LETTERS:
                break
    return out


class _Cut(Exception):
    """Too many keys: read again with shorter ones."""


# A state of the reading: the key so far, and whether it may grow (OPEN), is
# the line's whole key (ENDED: the line ended), or begins the key (PREFIX).
_State = tuple[str, int]
OPEN, ENDED, PREFIX = 0, 1, 2
# Written after a key that is a line's whole key, in keys() and KeyIndex (a
# line's key never holds it: a line has no line break, and fold() makes
# every space one space).
WHOLE = "\n"


class _Keys:
    """Reads a pattern's items into the keys its lines may have, up to ``letters`` long."""

    def __init__(self, letters: int, words: bool) -> None:
        self.letters = letters
        self.words = words
        # A group read from the same states before: sub-patterns put the same
        # group in many places of a pattern (see heads._Reader).
        self.groups: dict[tuple[Group, frozenset[_State]], frozenset[_State]] = {}

    def sequence(self, items: tuple[object, ...], states: frozenset[_State]) -> frozenset[_State]:
        for item in items:
            if all(status != OPEN for _, status in states):
                break
            states = self.item(item, states)
            if len(states) > _MOST_KEYS:
                raise _Cut
        return states

    def item(self, item: object, states: frozenset[_State]) -> frozenset[_State]:
        if isinstance(item, Group):
            known = self.groups.get((item, states))
            if known is None:
                known = frozenset().union(*(self.sequence(branch, states) for branch in item.branches))
                self.groups[item, states] = known
            return known
        if isinstance(item, Repeat):
            return self.repeat(item, states)
        assert isinstance(item, Atom)
        chars = item_characters(item)
        if chars is None:  # a flag or an assertion: no character
            return states
        if chars == "$":  # the line ends here
            return frozenset((k, ENDED if status == OPEN else status) for k, status in states)
        grown = frozenset(grown for state in states for grown in self.grown(state, chars))
        if len(grown) > _MOST_KEYS:
            raise _Cut
        return grown

    def grown(self, state: _State, chars: frozenset[str]) -> list[_State]:
        """``state`` after one character of ``chars`` (folded; :data:`ANY`: any character)."""
        text, status = state
        if status != OPEN:
            return [state]
        if not chars:
            return [(text, PREFIX)]
        grown: list[_State] = []
        for c in chars:
            if text or _begins(c, self.words):
                grown.append((text + c, OPEN if len(text) + 1 < self.letters else PREFIX))
            else:
                grown.append(state)  # before the first letter or digit: not in the key
        return grown

    def repeat(self, item: Repeat, states: frozenset[_State]) -> frozenset[_State]:
        for n in range(item.least):
            if n > self.letters:  # each key has grown to its end, or stands before its first letter
                return frozenset((k, PREFIX if status == OPEN else status) for k, status in states)
            states = self.item(item.item, states)
        extra = optional_copies(item)
        while extra is None or extra > 0:  # the optional copies, until they add nothing
            more = states | self.item(item.item, states)
            if more == states:
                break
            states = more
            extra = None if extra is None else extra - 1
        return states


def optional_copies(item: Repeat) -> int | None:
    """How many copies of ``item`` may follow its required ones (None: any number)."""
    quantifier = item.source
    if quantifier[0] == "?":
        return 1
    if quantifier[0] in "*+":
        return None
    _, comma, most = quantifier[1 : quantifier.index("}")].partition(",")
    if not comma:
        return 0
    return int(most) - item.least if most else None


def item_characters(atom: Atom) -> frozenset[str] | str | None:
    """What one character ``atom`` matches may be, folded (:data:`ANY`: any character),
    ``"$"`` for the line's end, or None for a flag or an assertion."""
    return ANY if atom.broad else _characters(atom.source)


@lru_cache(maxsize=65536)
def _characters(source: str) -> frozenset[str] | str | None:
    """What one character a narrow atom written ``source`` matches may be, folded
    (:data:`ANY`: any character), ``"$"`` for the line's end, or None for a
    flag or an assertion."""
    if source.startswith("(?") or source in ("^", "\\A", "\\b", "\\B"):
        return None
    if source in ("$", "\\z"):
        return "$"
    if source.startswith("["):
        return _class_characters(source)
    found = _MEMBER.fullmatch(source)
    return ANY if found is None else _member_characters(found)


def _class_characters(source: str) -> frozenset[str]:
    """:func:`_characters` of a class: its members, if there are few (ranges spelt out)."""
    interior = source[1:-1]
    if source.startswith("[^") or "[:" in interior:
        return ANY
    members = list(_MEMBER.finditer(interior))
    chars: set[str] = set()
    n = 0
    while n < len(members):
        if n + 2 < len(members) and members[n + 1].group(0) == "-":  # a range
            first, last = _single(members[n]), _single(members[n + 2])
            if first is None or last is None or ord(last) - ord(first) > _MOST_MEMBERS:
                return ANY
            chars.update(fold(chr(c)) for c in range(ord(first), ord(last) + 1))
            n += 3
            continue
        found = _member_characters(members[n])
        if not found:
            return ANY
        chars |= found
        n += 1
    return frozenset(chars) if len(chars) <= _MOST_MEMBERS else ANY


def _single(member: re.Match[str]) -> str | None:
    """The one character a member of a class stands for as a range's end (None: not one)."""
    code, byte, prop, escaped, plain = member.groups()
    if code or byte:
        return chr(int(code or byte, 16))
    if escaped is not None:
        return None if escaped.isalnum() else escaped
    return plain


def _member_characters(member: re.Match[str]) -> frozenset[str]:
    """The folded characters one member of a class (or one literal) stands for."""
    prop, escaped = member.group(3), member.group(4)
    if prop is not None:
        if prop in _SPACE_PROPERTIES:
            return _SPACES
        return _NUMBERS if prop in _NUMBER_PROPERTIES else ANY
    if escaped is not None and escaped in "sd":
        return _SPACES if escaped == "s" else _DIGITS
    if escaped is not None and escaped in _ESCAPED:
        return frozenset(fold(_ESCAPED[escaped]))
    c = _single(member)
    return ANY if c is None else frozenset(fold(c))


def _keys(branches: tuple[tuple[object, ...], ...], words: bool) -> frozenset[str]:
    """The keys of a pattern read into ``branches`` (see :func:`keys`), as long as
    :data:`_MOST_KEYS` of them allow."""
    for letters in range(KEY_LETTERS, 0, -1):
        reader = _Keys(letters, words)
        try:
            start = frozenset([("", OPEN)])
            states = frozenset().union(*(reader.sequence(branch, start) for branch in branches))
        except _Cut:
            continue
        return frozenset(k if status == PREFIX else k + WHOLE for k, status in states)
    return _UNKNOWN


@lru_cache(maxsize=4096)
@remembered("keys")
def keys(source: str) -> tuple[bool, frozenset[str]]:
    """(``words``, strings one of which begins the :func:`key` of every line
    ``source`` (RE2 syntax) matches whole, or is that key followed by
    :data:`WHOLE`).  Keys from the first letter or digit (``words``) unless
    they tell nothing (``""``: a class of letters first after a ``©``) and
    keys from the first mark do.

    >>> words, found = keys(r"(?:©|\\(c\\))\\x{20}\\p{L}+")
    >>> words, sorted(found)
    (False, ['(c) ', '© '])
    """
    branches = read_items(source, widen=False)
    if branches is None:
        return True, _UNKNOWN
    by_words = _keys(branches, True)
    if "" not in by_words:
        return True, by_words
    by_marks = _keys(branches, False)
    return (False, by_marks) if "" not in by_marks else (True, by_words)


class KeyIndex:
    """Names, for a line, the members whose keys begin its key: a few dictionary
    lookups, and nothing to compile.

    >>> index = KeyIndex([keys("Read more"), keys("•"), keys("© 2025"), keys(r"\\p{L}+")])
    >>> index.named("  Read more!"), index.named("•"), index.named("©2025"), index.named("Hi")
    ([0, 3], [1, 3], [2, 3], [3])
    """

    def __init__(self, member_keys: list[tuple[bool, frozenset[str]]]) -> None:
        self._by_key: dict[bool, dict[str, list[int]]] = {True: {}, False: {}}
        for n, (words, member) in enumerate(member_keys):
            for k in member:
                self._by_key[words].setdefault(k, []).append(n)

    def named(self, line: str) -> list[int]:
        """The members ``line`` may be a match of, rising."""
        found: list[int] = []
        for words, by_key in self._by_key.items():
            k = key(line, words)
            found += by_key.get(k + WHOLE, ())
            for n in range(len(k) + 1):
                found += by_key.get(k[:n], ())
        return sorted(set(found))
