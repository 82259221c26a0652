"""Which lines a whole-line rule could match, decided without running it.

Trying a set of line rules at every line costs the ``regex`` module about a
microsecond per rule per line, and nearly every line is article text that no
rule matches.  A :class:`LineGate` looks at each rule's pattern once, at
compile time, and derives cheap necessary conditions:

* the literal words a match must start with (``Advertisement``, ``Read``,
  ``this``/``our``/``we``/``by`` for a cookie notice), compared case-blind
  against the start of the line; or, failing that,
* the most characters a match can span, compared with the line's length,
  together with words one of which every match holds (``comment``/
  ``replies``/``responses`` for a comment counter), if any can be named.

A line that meets neither condition for any rule of the group is skipped.
The analysis reads the pattern with the standard library's own regex parser;
whatever it cannot read (``regex``-only syntax) makes the rule "always try",
so the gate only ever skips lines that provably cannot match.

See :class:`GateIndex` for an example.  The same reading tells the repair
stage how far ftfy's mojibake test can reach (:func:`local_width`).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

import regex

try:  # the standard library's regex parser; private, so every use is guarded
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["GateIndex", "LineGate", "first_characters", "local_width"]

_PROPERTY = regex.compile(r"\\[pP](?:\{[^}]*\}|[A-Za-z])")
_SPACE_PROPERTY = regex.compile(r"\\p\{Zs\}|\\t")
_READ_DIFFERENTLY = regex.compile(r"\{(?!\d*,?\d*\})|\[:")
_DECORATION = "\u00bb\u203a\u2192\u25b6\u25ba\u2022|*>-\u2013\u2014"
_NOT_WORD = ".,:;!?\u2026\u00bb\u203a\u2192\u25b6\u25ba|>-\u2013\u2014)]}\"'\u2019\u201d"
_MAX_PREFIXES = 400  # while walking a pattern
_KEPT_PREFIXES = 48  # per rule, in the end
_MAX_CLASS = 12  # a character class this small is spelled out as literal prefixes
_UNBOUNDED = 100_000
_MAX_HELD = 2_000_000  # characters of lines whose candidates a GateIndex remembers
_LONGEST_HELD = 2_000  # a longer line is judged afresh each time
_MAX_WORDS_HELD = 20_000  # first words whose one-word-prefix answers a GateIndex remembers


def _parse(source: str, spaces_as_space: bool = True) -> Any | None:
    """The stdlib parse tree of a ``regex`` pattern, or None if it uses syntax only ``regex`` has.

    Syntax the stdlib rejects is caught by its parser; the two it would read
    differently (a fuzzy ``{e<=1}`` as literal braces, a POSIX ``[[:alpha:]]``
    as a plain set) are refused up front.
    """
    # For line gates, spaces are compared collapsed to one plain space (see
    # GateIndex), so a space class reads as a space; any other property reads
    # as "a letter".
    if spaces_as_space:
        source = _SPACE_PROPERTY.sub(" ", source)
    translated = _PROPERTY.sub(lambda m: r"\w" if m.group()[1] == "p" else r"\W", source)
    if _READ_DIFFERENTLY.search(translated):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            return _sre_parse.parse(translated, 0)
    except Exception:  # noqa: BLE001 - any failure only means "cannot tell"
        return None


def _folded(code: int) -> str:
    """A pattern character as lines are compared: case-folded, any space as " "."""
    char = chr(code)
    return " " if char.isspace() else char.casefold()


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(_folded(av))
        elif op is _sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(_folded(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= _MAX_CLASS else None


def _shortened(prefixes: set[str], most: int = _MAX_PREFIXES) -> set[str]:
    """At most ``most`` prefixes of ``prefixes`` (a prefix of a prefix still holds)."""
    length = max(map(len, prefixes))
    while length > 1 and len({p[:length] for p in prefixes}) > most:
        length -= 1
    return {p[:length] for p in prefixes}


def _is_space(items: Any) -> bool:
    """``items`` is one class (or literal) of spaces only."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _sre.LITERAL:
        return _folded(av) == " "
    return op is _sre.IN and _class_chars(av) == {" "}


def _walk(items: Iterable[tuple[Any, Any]], heads: set[str]) -> tuple[set[str], set[str]]:
    """Prefixes of matches of ``items`` after ``heads``: (still open, stopped early)."""
    open_, stopped = set(heads), set()
    for op, av in items:
        if not open_:
            break
        if len(open_) > _MAX_PREFIXES:
            return set(), stopped | _shortened(open_)
        if op is _sre.LITERAL:
            open_ = {p + _folded(av) for p in open_}
        elif op is _sre.IN and (chars := _class_chars(av)) is not None:
            open_ = {p + c for p in open_ for c in chars}
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width
        elif op is _sre.SUBPATTERN:
            open_, more = _walk(av[-1], open_)
            stopped |= more
        elif op is _sre.BRANCH:
            branches = [_walk(branch, open_) for branch in av[1]]
            open_ = set().union(*(o for o, _ in branches))
            stopped |= set().union(*(s for _, s in branches))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and _is_space(av[2]):
            # Spaces arrive collapsed: any run of them is one space.
            open_ = (open_ if av[0] == 0 else set()) | {p + " " for p in open_}
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, high, sub = av
            once, more = _walk(sub, open_)
            stopped |= more
            if high > 1:
                stopped |= once  # a prefix after one repetition, but more may follow
                once = set()
            open_ = (open_ if low == 0 else set()) | (once if low <= 1 else set())
            if low > 1:
                break
        else:
            stopped |= open_
            open_ = set()
    return open_, stopped


def _normal(prefix: str) -> str:
    """A prefix as it will be compared: leading spaces gone, runs of spaces as one."""
    return " ".join(prefix.split(" ")).lstrip(" ") if "  " in prefix else prefix.lstrip(" ")


def _prefixes(tree: Any) -> tuple[tuple[str, bool], ...] | None:
    """(prefix, whole) pairs, one of which every match starts with; ``whole``
    means the prefix is the entire match, so a line must not go on with a
    letter or digit after it.  None if nothing can be said."""
    open_, stopped = _walk(tree, {""})
    whole = {_normal(p) for p in open_}
    partial = {_normal(p) for p in stopped}
    if len(whole) + len(partial) > _KEPT_PREFIXES:  # keep lookups cheap: shorter, fewer prefixes
        partial, whole = _shortened(whole | partial, _KEPT_PREFIXES), set()
    if not (whole or partial) or "" in whole or "" in partial:
        return None
    # A partial prefix admits every line that a longer prefix would: keep the shortest.
    kept: list[str] = []
    for prefix in sorted(partial):
        if not kept or not prefix.startswith(kept[-1]):
            kept.append(prefix)
    found = [(p, False) for p in kept]
    found += [(p, True) for p in sorted(whole) if not any(p.startswith(k) for k in kept)]
    return tuple(found)


def first_characters(source: str) -> str | None:
    """The characters a match of ``source`` can start with, if they are few and
    none is a letter (so that case-blind matching cannot widen them), else None.

    >>> first_characters(r"[(\\[](?:Photo|Image):")
    '(['
    >>> first_characters(r"(?i:photo)") is None
    True
    """
    tree = _parse(source, spaces_as_space=False)
    if tree is None:
        return None
    open_, stopped = _walk(tree, {""})
    starts = {p[0] for p in open_ | stopped if p}
    if "" in open_ | stopped or not starts or any(c.isalpha() or c.lower() != c.upper() for c in starts):
        return None
    return "".join(sorted(starts))


def _max_width(tree: Any) -> int | None:
    width = tree.getwidth()[1]
    return None if width >= _UNBOUNDED else width


def _required(items: Any) -> frozenset[str] | None:
    """Words (casefolded), one of which every match holds, or None if none can be named.

    A run of literal characters is required; so is whatever a group, a
    repetition of at least one, or every branch of an alternation requires.
    Of several requirements the one with the longest shortest word is kept.
    """
    found: list[frozenset[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is _sre.LITERAL and _folded(av) != " ":
            run += _folded(av)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        if op is _sre.SUBPATTERN:
            sub = _required(av[-1])
        elif op is _sre.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            sub = frozenset().union(*branches) if all(branches) else None
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            sub = _required(av[2])
        else:
            sub = None
        if sub:
            found.append(sub)
    return max(found, key=lambda words: min(map(len, words)), default=None)


def _looks_around(items: Any) -> bool:
    """Whether a parse tree holds a lookaround or an anchor other than the text's start."""
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            return True
        if op is _sre.AT and av not in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING):
            return True
        for part in av if isinstance(av, (tuple, list)) else ():
            branches = part if isinstance(part, list) else [part]
            if any(isinstance(b, _sre_parse.SubPattern) and _looks_around(b) for b in branches):
                return True
    return False


def local_width(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of the stdlib ``pattern`` spans, if every
    match depends on its own characters alone (no lookaround, word boundary or
    end anchor), else None.  A search of the window of that width on either
    side of a spot then finds every match over the spot.

    >>> local_width(re.compile(r"[a-z]\\s?[\u00c3\u00c2] |^\u00c3 "))
    4
    >>> local_width(re.compile(r"\\bcaf\u00e9")) is None
    True
    """
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern this parser cannot read: cannot tell
        return None
    return None if _looks_around(tree) else _max_width(tree)


class LineGate:
    """Cheap necessary conditions for one rule to match a whole line: the
    literal prefixes a match starts with, or else the most characters it spans
    and the words (if any) one of which it must hold."""

    def __init__(
        self, prefixes: tuple[tuple[str, bool], ...] = (), max_width: int = -1, required: frozenset[str] = frozenset()
    ) -> None:
        self.prefixes = prefixes
        self.max_width = max_width
        self.required = required

    @staticmethod
    def for_source(source: str) -> LineGate | None:
        """A gate for one rule's own pattern (no line anchors or surrounding
        spaces), or None if nothing cheap can be said about its matches."""
        tree = _parse(source)
        if tree is None:
            return None
        prefixes = _prefixes(tree)
        if prefixes is not None:
            return LineGate(prefixes=prefixes)
        width = _max_width(tree)
        return LineGate(max_width=width, required=_required(tree) or frozenset()) if width is not None else None


class GateIndex:
    """The gates of several rules, looked up by a line's first word.

    Lines are compared case-folded, with spaces collapsed, and also with any
    leading decoration (``»``, ``•``, ``→``, …) taken off.

    >>> index = GateIndex([LineGate.for_source(r"(?i:Read[\\t\\p{Zs}]+more|Ad)"),
    ...                    LineGate.for_source(r"[\\p{Latin}]"),
    ...                    LineGate.for_source(r"(?i:publish(?:ed|ing)\\b.*)")])
    >>> lines = ["Read  more", "  » AD:", "I", "Additionally.", "Readers", "Published today"]
    >>> [index.candidates(line) for line in lines]
    [(0,), (0,), (1,), (), (), (2,)]
    """

    def __init__(self, gates: Sequence[LineGate]) -> None:
        # Prefixes with a space: looked up by their first (complete) word.
        self._by_word: dict[str, list[tuple[str, bool, int]]] = {}
        # Whole prefixes of one word: the line's first word, less trailing punctuation, must equal them.
        self._whole_words: dict[str, list[int]] = {}
        # Partial prefixes of one word, by their first character: the line must start with them.
        self._partial: dict[str, list[tuple[str, int]]] = {}
        self._by_width: list[tuple[int, int, frozenset[str]]] = []
        for k, gate in enumerate(gates):
            for prefix, whole in gate.prefixes:
                word, space, _ = prefix.partition(" ")
                if space:
                    self._by_word.setdefault(word, []).append((prefix, whole, k))
                elif whole:
                    self._whole_words.setdefault(prefix, []).append(k)
                else:
                    self._partial.setdefault(prefix[0], []).append((prefix, k))
            if gate.max_width >= 0:
                self._by_width.append((gate.max_width, k, gate.required))
        self._widest = max((w for w, _, _ in self._by_width), default=-1)
        # Answers by line: the fixpoint's later passes meet most lines again,
        # and debris recurs from one document to the next (hashing a line
        # costs a fraction of judging it).
        self._answers: dict[str, tuple[int, ...]] = {}
        self._held = 0  # characters in the remembered lines
        self._first_words: dict[str, tuple[tuple[int, ...], list[tuple[str, bool, int]] | None]] = {}

    def candidates(self, line: str) -> tuple[int, ...]:
        """The rules (by position) that may match ``line``, in order."""
        found = self._answers.get(line)
        if found is None:
            found = self._judge(line)
            if len(line) <= _LONGEST_HELD:
                if self._held + len(line) > _MAX_HELD:  # bounded memory: start over
                    self._answers.clear()
                    self._held = 0
                self._answers[line] = found
                self._held += len(line)
        return found

    def _judge(self, line: str) -> tuple[int, ...]:
        stripped = line.strip()
        if not stripped:
            return ()
        found = self._by_head(stripped)
        if len(stripped) <= self._widest:
            folded = stripped.casefold()
            found += tuple(
                k
                for width, k, required in self._by_width
                if len(stripped) <= width and (not required or any(word in folded for word in required))
            )
        if stripped[0] in _DECORATION:
            found += self._by_head(stripped.lstrip(_DECORATION).lstrip())
        return tuple(sorted(set(found))) if len(found) > 1 else found

    def _by_head(self, reading: str) -> tuple[int, ...]:
        """The rules whose prefixes admit ``reading`` (a stripped line)."""
        head = reading[:96]
        if not head:
            return ()
        found, entries = self._by_first_word(head.split(None, 1)[0])
        if entries:
            head = " ".join(head.casefold().split())
            found += tuple(
                k
                for prefix, whole, k in entries
                if head.startswith(prefix) and not (whole and len(head) > len(prefix) and head[len(prefix)].isalnum())
            )
        return found

    def _by_first_word(self, word: str) -> tuple[tuple[int, ...], list[tuple[str, bool, int]] | None]:
        """The rules whose one-word prefixes admit a line starting with ``word``,
        and the longer prefixes that start with it.  A one-word prefix holds no
        space, so a line starts with it exactly when its first word does; and
        first words recur far more often than lines do, so the answers are kept."""
        known = self._first_words.get(word)
        if known is None:
            folded = word.casefold()
            found = (*self._whole_words.get(folded.rstrip(_NOT_WORD), ()),
                     *(k for prefix, k in self._partial.get(folded[0], ()) if folded.startswith(prefix)))
            known = found, self._by_word.get(folded)
            if len(self._first_words) >= _MAX_WORDS_HELD:
                self._first_words.clear()
            self._first_words[word] = known
        return known
