"""Rule patterns on RE2, or on ``regex`` where RE2 cannot say the same thing.

Rules are written in the ``regex`` module's syntax.  Most of it means the
same in RE2 (linear time, whole-document scans at hundreds of MB/s) once a
few spellings are translated: ``\\uXXXX`` becomes ``\\x{XXXX}``, ``\\d``,
``\\s`` and ``\\w`` become the Unicode classes ``regex`` gives them, ``{,n}``
becomes ``{0,n}``.  A pattern that needs lookaround, a backreference, a
Unicode word boundary (``\\b``: RE2's is ASCII-only) or anything else RE2
lacks runs on ``regex`` under its time limit.

Such a pattern still gets an RE2 *prefilter* where one can be had: the same
pattern with the assertions RE2 lacks left out (lookarounds, ``\\b``,
``\\B``) and possessive or atomic groups made plain.  Leaving out an
assertion only lets more text match, so a line the prefilter rejects cannot
match the rule; lines it accepts are checked with the rule itself.

>>> translate(r"\\u00e9\\d{,2}")
'\\\\x{00e9}[\\\\p{Nd}]{0,2}'
>>> translate(r"\\bcookie") is None, translate(r"\\bcookie", relaxed=True)
(True, 'cookie')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import re2
import regex
from re2 import _re2

from .heads import widened
from .memo import remembered

__all__ = [
    "LONE_SURROGATE", "RE2", "REGEX", "SCAN_MEMORY", "BytePattern", "Pattern", "compile_re2", "line_options",
    "next_char", "translate", "utf8",
]

RE2 = "re2"
REGEX = "regex"

_BOTH, _UNANCHORED = _re2.RE2.Anchor.ANCHOR_BOTH, _re2.RE2.Anchor.UNANCHORED

# What ``regex`` (V0, str patterns) means by \w, \s and \d, as RE2 class bodies
# (\w: letters, marks, decimal and letter numbers, connectors, the joiners,
# and the circled and squared letters, which Unicode calls alphabetic).
_WORD = (
    r"\p{L}\p{Nd}\p{Nl}\p{M}\p{Pc}\x{200c}\x{200d}"
    r"\x{24b6}-\x{24e9}\x{1f130}-\x{1f149}\x{1f150}-\x{1f169}\x{1f170}-\x{1f189}"
)
_SPACE = r"\t\n\x{0b}\x{0c}\r \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
_DIGIT = r"\p{Nd}"
_CLASSES = {"w": _WORD, "s": _SPACE, "d": _DIGIT}
_PLAIN_ESCAPES = frozenset("nrtfva")
_LOOKAROUND = re.compile(r"\(\?(?:=|!|<=|<!)")
_HEX = re.compile(r"[0-9a-fA-F]+")
_NAMED_GROUP = re.compile(r"\(\?P?<[A-Za-z_][A-Za-z0-9_]*>")
_BRACE_QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")
# A prefilter reads a counted repetition longer than this as "any number".
_LONG_COUNT = 4
# RE2 builds a pattern's DFA lazily, within a memory budget, taking memory
# only as the DFA grows.  A rule's own pattern or a kind's alternation of a
# few dozen rules needs more than RE2's default (8 MB) for case-insensitive
# rules; the line scans' union of every rule's head needs more still (with
# 64 MB its DFA gave up and RE2 ran a hundred times slower).  An RE2 *set*
# has no slower fallback at all: out of memory, it reports no match, so the
# sets of the line scans get the large budget too.
_MAX_MEM = 64 << 20
SCAN_MEMORY = 256 << 20


# Characters the translator passes on as they are (all but those run() looks at).
_PLAIN = re.compile(r"[^\\\[(){*+?)]+")


class _Untranslatable(Exception):
    """The pattern uses something RE2 cannot say (in this mode)."""


@lru_cache(maxsize=4096)
@remembered("translate")
def translate(source: str, *, relaxed: bool = False, lines: bool = False) -> str | None:
    """``source`` (``regex`` syntax) in RE2 syntax, or None if RE2 cannot say it.

    ``relaxed``: leave out the assertions RE2 lacks instead of giving up; the
    result then matches everything ``source`` matches, and more.  ``lines``:
    the pattern is matched against one line alone, so ``\\A`` and ``\\Z`` are
    that line's start and end.
    """
    try:
        return _Translator(source, relaxed, lines).run()
    except _Untranslatable:
        return None


class _Translator:
    def __init__(self, source: str, relaxed: bool, lines: bool) -> None:
        self.s = source
        self.relaxed = relaxed
        self.lines = lines
        self.out: list[str] = []
        self.groups: list[int | None] = []  # per open group: where to cut back to (dropped lookaround) or None

    def give_up_unless_relaxed(self) -> None:
        if not self.relaxed:
            raise _Untranslatable

    def run(self) -> str:
        s, i = self.s, 0
        while i < len(s):
            c = s[i]
            if c == "\\":
                i = self.escape(i, in_class=False)
            elif c == "[":
                i = self.char_class(i)
            elif c == "(":
                i = self.open_group(i)
            elif c == ")":
                if not self.groups:
                    raise _Untranslatable
                cut = self.groups.pop()
                if cut is None:
                    self.out.append(")")
                else:
                    del self.out[cut:]
                i += 1
                i = self.after_quantifiable(i, dropped=cut is not None)
            elif c == "{":
                i = self.brace(i)
            elif c in "*+?":
                self.out.append(c)
                i = self.quantifier_suffix(i + 1)
            else:  # a run of characters that pass as they are
                plain = _PLAIN.match(s, i)
                assert plain is not None
                self.out.append(plain.group())
                i = plain.end()
        if self.groups:
            raise _Untranslatable
        return "".join(self.out)

    def after_quantifiable(self, i: int, dropped: bool) -> int:
        """A quantifier on a dropped assertion has nothing left to repeat: give up."""
        if dropped and i < len(self.s) and self.s[i] in "*+?{":
            raise _Untranslatable
        return i

    def quantifier_suffix(self, i: int) -> int:
        """Lazy ``?`` stays; possessive ``+`` is made plain when relaxed."""
        if i < len(self.s) and self.s[i] == "?":
            self.out.append("?")
            return i + 1
        if i < len(self.s) and self.s[i] == "+":
            self.give_up_unless_relaxed()
            return i + 1
        return i

    def brace(self, i: int) -> int:
        match = _BRACE_QUANTIFIER.match(self.s, i)
        if match is None or (not match.group(1) and match.group(2) is None):
            self.out.append(r"\{")  # a literal brace, as regex reads it
            return i + 1
        low, high = match.group(1), match.group(2)
        if self.relaxed and max(int(low or 0), int(high or 0)) > _LONG_COUNT:
            # a long count makes RE2's automaton huge; any count (at least one, if
            # the count asks for one) is a superset
            self.out.append("+" if int(low or 0) > 0 else "*")
            return self.quantifier_suffix(match.end())
        if match.group(0).count(",") == 0:
            self.out.append(f"{{{low}}}")
        else:
            self.out.append(f"{{{low or '0'},{high}}}")
        return self.quantifier_suffix(match.end())

    def open_group(self, i: int) -> int:
        s = self.s
        if _LOOKAROUND.match(s, i):
            self.give_up_unless_relaxed()
            self.groups.append(len(self.out))
            self.out.append("(?:")  # translated, then cut back at its ")"
            return _LOOKAROUND.match(s, i).end()
        if s.startswith("(?>", i):
            self.give_up_unless_relaxed()
            self.groups.append(None)
            self.out.append("(?:")
            return i + 3
        if s.startswith(("(?#", "(?P=", "(?|", "(?("), i):
            raise _Untranslatable
        self.groups.append(None)
        # No group is captured: RE2 then finds a match with its DFA alone (a
        # capture makes it walk the match again, slowly on big patterns).
        named = _NAMED_GROUP.match(s, i)
        if named is not None:
            self.out.append("(?:")
            return named.end()
        self.out.append("(" if s.startswith("(?", i) else "(?:")
        return i + 1

    def escape(self, i: int, in_class: bool) -> int:
        s = self.s
        if i + 1 >= len(s):
            raise _Untranslatable
        e = s[i + 1]
        if e in "uU":
            width = 4 if e == "u" else 8
            digits = s[i + 2 : i + 2 + width]
            if len(digits) != width or not _HEX.fullmatch(digits):
                raise _Untranslatable
            self.out.append(f"\\x{{{digits}}}")
            return i + 2 + width
        if e == "x":
            if s.startswith("{", i + 2):
                end = s.index("}", i + 2) if "}" in s[i + 2 :] else -1
                if end < 0:
                    raise _Untranslatable
                self.out.append(s[i : end + 1])
                return end + 1
            self.out.append(s[i : i + 4])
            return i + 4
        if e in _CLASSES:
            self.out.append(_CLASSES[e] if in_class else f"[{_CLASSES[e]}]")
            return i + 2
        if e in "DSW":
            if in_class:
                raise _Untranslatable
            self.out.append(f"[^{_CLASSES[e.lower()]}]")
            return i + 2
        if e == "b" and in_class:
            self.out.append(r"\x{08}")
            return i + 2
        if e in "bB":
            self.give_up_unless_relaxed()
            return self.after_quantifiable(i + 2, dropped=True)
        if e in "AZ" and not in_class:
            if self.lines:
                self.out.append("^" if e == "A" else "$")
            else:
                self.out.append(r"\A" if e == "A" else r"\z")
            return i + 2
        if e in "pP":
            if s.startswith("{", i + 2):
                end = s.find("}", i + 2)
                if end < 0:
                    raise _Untranslatable
                self.out.append(s[i : end + 1])
                return end + 1
            self.out.append(s[i : i + 3])
            return i + 3
        if e in _PLAIN_ESCAPES:
            self.out.append(s[i : i + 2])
            return i + 2
        if e.isalnum() or e == "_":
            raise _Untranslatable  # backreferences, \N{...}, \G, \K, ...: regex only
        self.out.append(s[i : i + 2])
        return i + 2

    def char_class(self, i: int) -> int:
        s = self.s
        self.out.append("[")
        i += 1
        if i < len(s) and s[i] == "^":
            self.out.append("^")
            i += 1
        if i < len(s) and s[i] == "]":
            self.out.append(r"\]")
            i += 1
        while i < len(s):
            c = s[i]
            if c == "\\":
                i = self.escape(i, in_class=True)
            elif c == "]":
                self.out.append("]")
                return i + 1
            elif c == "[":
                if s.startswith("[:", i):
                    raise _Untranslatable  # POSIX classes: ASCII-only in RE2
                self.out.append(r"\[")
                i += 1
            else:
                self.out.append(c)
                i += 1
        raise _Untranslatable


def line_options(memory: int = _MAX_MEM) -> Any:
    """RE2 options for patterns that match within one line."""
    return _options(True, memory)


def _options(lines: bool, memory: int = _MAX_MEM) -> Any:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = memory
    options.never_nl = lines
    return options


@lru_cache(maxsize=4096)
def compile_re2(source: str, lines: bool = False, memory: int = _MAX_MEM) -> BytePattern:
    """An RE2 pattern; ``lines``: it can never match a line break, so a match
    is always within one line; ``memory``: its DFA's budget."""
    return BytePattern(re2.compile(source, _options(lines, memory)))


_NO_MATCH = (-1, -1)


class BytePattern:
    """A compiled RE2 pattern asked about UTF-8 bytes, answering with byte offsets.

    It calls the binding's matcher itself: the binding's Python layer
    (``re2._Regexp``: a generator, an offset map and a match object per
    call) costs twice the match on a line, and the line scans ask tens of
    thousands of times per MB.  ``tests/test_patterns.py`` holds every
    answer to the Python layer's.

    >>> p = compile_re2("(?m)^(?:Share|Tweet)")
    >>> list(p.starts(b"Share\\nno\\nTweet it")), p.fullmatch(b"Share"), p.search(b"a\\nShare", 1)
    ([0, 9], True, (2, 7, ((2, 7),)))
    """

    __slots__ = ("compiled", "groupindex", "_match")

    def __init__(self, compiled: Any) -> None:
        self.compiled = compiled  # the Python layer's pattern: the reference
        self.groupindex: dict[str, int] = dict(compiled.groupindex)
        self._match = compiled._regexp.Match

    def fullmatch(self, data: bytes) -> bool:
        return self._match(_BOTH, data, 0, len(data))[0] != _NO_MATCH

    def search(self, data: bytes, pos: int = 0) -> tuple[int, int, tuple[tuple[int, int], ...]] | None:
        """(start, end, every group's span) of the leftmost match at ``pos`` or after."""
        spans = self._match(_UNANCHORED, data, min(pos, len(data)), len(data))
        start, end = spans[0]
        return None if start < 0 else (start, end, tuple(spans))

    def starts(self, data: bytes) -> Iterator[int]:
        """Where the matches ``finditer`` would give start."""
        pos, size = 0, len(data)
        while pos <= size:
            start, end = self._match(_UNANCHORED, data, pos, size)[0]
            if start < 0:
                return
            yield start
            pos = end if end > start else next_char(data, end)


def next_char(data: bytes, pos: int) -> int:
    """The offset of the character after the one at byte ``pos`` (past an empty match)."""
    pos += 1
    while pos < len(data) and 0x80 <= data[pos] < 0xC0:
        pos += 1
    return pos


@dataclass(frozen=True)
class Pattern:
    """One rule's pattern (``regex`` syntax) and what RE2 makes of it.

    ``lines``: the pattern is matched against one whole line alone (line
    kinds); otherwise it is searched for anywhere, ``^`` and ``$`` meaning a
    line's start and end.  Everything is compiled on first use.
    """

    source: str
    lines: bool = False

    @cached_property
    def translation(self) -> str | None:
        """The pattern in RE2 syntax, if RE2 can say the same (not yet compiled)."""
        return translate(self.source, lines=self.lines)

    @cached_property
    def re2_source(self) -> str | None:
        """:attr:`translation` if RE2 compiles it: the pattern then runs on RE2.

        Compiled on first use only: a pattern with long counted repetitions
        takes RE2 milliseconds to compile, and scans need only the prefilter.
        """
        translated = self.translation
        return translated if translated is not None and _re2_accepts(translated, self.lines) else None

    @cached_property
    def prefilter(self) -> str | None:
        """An RE2 pattern matching at least what this one matches, small enough for
        a fast scan: the assertions RE2 lacks left out, long counts read as
        ``*`` (``+`` if they ask for one at least).  It is the pattern itself
        when neither applies."""
        relaxed = translate(self.source, relaxed=True, lines=self.lines)
        return relaxed if relaxed is not None and _re2_accepts(relaxed, self.lines) else None

    @property
    def exact_prefilter(self) -> bool:
        """Whether the prefilter is the pattern itself (a prefilter hit is then a match)."""
        return self.prefilter is not None and self.prefilter == self.translation

    @cached_property
    def widened_source(self) -> str:
        """:attr:`re2_source` with its Unicode properties widened (:func:`.heads.widened`):
        it matches every line ``re2_source`` matches, and on a line of ASCII characters
        alone exactly those.  A property such as ``\\p{L}`` is thousands of ranges: the
        shipped line rules compile in 10 s as written, the slowest in 0.5-0.8 s each,
        and 5 to 100 times faster widened; a short run met a few of them on its first
        debris lines.  ``re2_source`` itself if RE2 does not take the widened form.
        """
        assert self.re2_source is not None
        wide = widened(self.re2_source)
        return wide if wide == self.re2_source or _re2_accepts(wide, self.lines) else self.re2_source

    @property
    def engine(self) -> str:
        return RE2 if self.re2_source is not None else REGEX

    @cached_property
    def as_regex(self) -> regex.Pattern[str]:
        """The pattern on ``regex``, as written (the reference the RE2 form is tested against)."""
        return regex.compile(self.source, regex.V0 if self.lines else regex.V0 | regex.MULTILINE)

    def found_in(self, line: str, timeout: float) -> bool:
        """Whether the pattern matches somewhere in ``line`` (one line, seen alone)."""
        if self.re2_source is not None:
            return _compiled(self.re2_source, self.lines).search(utf8(line)) is not None
        return self.as_regex.search(line, timeout=timeout) is not None

    def fullmatches(self, line: str, timeout: float) -> bool:
        """Whether the pattern matches all of ``line`` (one line, seen alone).

        :attr:`widened_source` answers for an ASCII line, and for any other
        line it does not match; only a line it matches that is not ASCII
        needs the pattern as written compiled.
        """
        if self.re2_source is not None:
            data = utf8(line)
            wide = self.widened_source
            matched = _compiled(wide, self.lines).fullmatch(data)
            if not matched or wide == self.re2_source or line.isascii():
                return matched
            return _compiled(self.re2_source, self.lines).fullmatch(data)
        return self.as_regex.fullmatch(line, timeout=timeout) is not None


LONE_SURROGATE = regex.compile("[\ud800-\udfff]")


def utf8(text: str) -> bytes:
    """``text`` as RE2 reads it: UTF-8, with a lone surrogate (which UTF-8 cannot
    hold) read as U+FFFD, which takes as many bytes.

    RE2 matches bytes: handed a ``str``, the binding encodes it on every call
    and maps every offset back, which costs more than the match on a line.
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return LONE_SURROGATE.sub("\ufffd", text).encode("utf-8")


def _compiled(source: str, lines: bool) -> BytePattern:
    """``source`` as :func:`_re2_accepts` compiled it (one compile per pattern)."""
    return compile_re2(source if lines else f"(?m:{source})", lines)


@lru_cache(maxsize=4096)
@remembered("re2 accepts")
def _re2_accepts(source: str, lines: bool) -> bool:
    try:
        compile_re2(f"(?m:{source})" if not lines else source, lines)
    except re2.error:
        return False
    return True
