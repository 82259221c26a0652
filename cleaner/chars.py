"""Characters and lines: the small helpers every stage and the rule engine share.

Scraped text reaches the stages one paragraph per line; blank lines are
separators.  What counts as a space, a blank line, a list item or a line's
end is decided here once, so that the canonical form and the rules agree.
Nothing here imports from the rest of the package.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = [
    "BLOCK_LINE",
    "INLINE_SPACE",
    "ROW_SEPARATORS",
    "SPACES",
    "decorated_lines",
    "holds_any",
    "is_blank",
    "item_lists",
    "line_end",
    "line_start",
    "list_item",
    "positions",
    "row_parts",
    "row_verdict",
    "undecorated",
    "utf8_char_count",
    "utf8_size",
]

# What str.isspace() (and so str.strip()) counts as a space, but the line
# break: the body of a ``regex`` character class.
INLINE_SPACE = r"\t\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# A run of spaces inside a line, as rule patterns write it.
SPACES = r"[\t\p{Zs}]*"
# Spaces a list item or a table row may be indented by, and the bullets of a list item.
_INDENT = "\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_BULLETS = "-*+\u2022\u25e6\u25aa\u2023\u00b7"
# A line that belongs to a block with the line before it: a list item or a table row.
BLOCK_LINE = re.compile(f"[{_INDENT}]*(?:(?:[{_BULLETS}]|\\d{{1,3}}[.)])[ ]|\\|)")


# A list item's bullet and the space after it ("- ", "• "), as BLOCK_LINE has
# them: a number ("1.") makes a step, a bullet without its space ("-5 °C") is
# no item, and a dash ("– Följ oss, sa hon") opens a quotation.
_LIST_BULLET = re.compile(f"[{_INDENT}]*[{_BULLETS}] [{INLINE_SPACE}]*")
# Words a bulleted item needs before a line rule may take it as a line of its
# own (see :func:`list_item`).
LIST_ITEM_WORDS = 3


def list_item(line: str) -> tuple[int, int] | None:
    """(start, end) of the item in ``line`` if ``line`` is a bulleted list item
    of :data:`LIST_ITEM_WORDS` words or more, else None.

    The bullet is what tells a real list from debris when an item is a word
    or two ("- YouTube", "- AP", "• Email" under a question): those stay
    items.  A call or a teaser set as a list item ("- Share on Facebook",
    "* Read more: …") is debris all the same.

    >>> list_item("- Share on Facebook"), list_item("- YouTube"), list_item("-5 °C at night, they said")
    ((2, 19), None, None)
    """
    bullet = _LIST_BULLET.match(line)
    if bullet is None or len(line[bullet.end():].split()) < LIST_ITEM_WORDS:
        return None
    return bullet.end(), len(line.rstrip())


# A bullet after a line break: a search that starts with a literal character
# skips ahead from one line break to the next (``^`` with MULTILINE tried
# every character: a third of drop-line's time on benchmark documents).
_LIST_BULLET_AFTER_BREAK = re.compile(f"\n{_LIST_BULLET.pattern}")


def item_lists(text: str) -> list[list[tuple[int, int]]]:
    """The bulleted lists of ``text``: runs of list item lines one right after
    another, each line as (start, end before its line break).

    A line rule takes an item of a list only when it takes every item of that
    list (see the drop-line kind): a call among the steps of a how-to ("- Click
    the link in the email to confirm") belongs to them.

    >>> item_lists("- a\\nIntro.\\n- one two three\\n• four\\n\\n- five\\n-5 °C\\n")
    [[(0, 3)], [(11, 26), (27, 33)], [(35, 41)]]
    """
    starts = ([0] if _LIST_BULLET.match(text) else []) + [
        found.start() + 1 for found in _LIST_BULLET_AFTER_BREAK.finditer(text)
    ]
    lists: list[list[tuple[int, int]]] = []
    for start in starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if lists and lists[-1][-1][1] + 1 == start:
            lists[-1].append((start, end))
        else:
            lists.append([(start, end)])
    return lists


# What separates the items of a row on one line: a bar ("Print | E-mail"), or a
# middle dot or bullet between spaces ("Privacy · Cookies"; "a·b" is a word).
_ROW_BARS = "|\u2016\u00a6"
_ROW_DOTS = "\u00b7\u2022"
ROW_SEPARATORS = _ROW_BARS + _ROW_DOTS
_ROW_SEPARATOR = re.compile(f"[{INLINE_SPACE}]*[{_ROW_BARS}][{INLINE_SPACE}]*|[{INLINE_SPACE}]+[{_ROW_DOTS}][{INLINE_SPACE}]+")


def row_parts(line: str) -> list[tuple[int, int]]:
    """(start, end) of the items of ``line`` if it is a row of two or more items
    between separators, else [].  A line that begins with a separator (a table
    row, a list item: see :data:`BLOCK_LINE`) is not a row.

    >>> row_parts("Print | E-mail"), row_parts("| a | b |"), row_parts("Q&A · live")
    ([(0, 5), (8, 14)], [], [(0, 3), (6, 10)])
    """
    if BLOCK_LINE.match(line):
        return []
    parts, pos = [], 0
    for separator in _ROW_SEPARATOR.finditer(line):
        parts.append((pos, separator.start()))
        pos = separator.end()
    parts.append((pos, len(line)))
    parts = [(start, end) for start, end in parts if not is_blank(line[start:end])]
    return parts if len(parts) >= 2 else []


# An item of a row that no rule takes alone may still be a button or a link
# ("Settings", "Quote", "Disclaimer", "A A A"): alone on a line it could be
# a heading, but beside two items that are debris, buttons or links with
# words in them, it is one more of them.  (Items of bare symbols do not
# count: between bars they are code or ASCII art more often than chrome.)
# Such a label is short, has at most this many words of two letters or more
# (single letters are "A A A" text-size buttons, "x" close buttons) and does
# not end a sentence.
ROW_LABEL_WORDS = 4
ROW_LABEL_CHARS = 40
_SENTENCE_END = re.compile(r"[.!?…][\"'’”)\]]*\Z")


def row_verdict(items: Sequence[str], rules: Sequence[int | None]) -> int | None:
    """The rule a row of ``items`` is dropped by, or None if it stays.

    ``rules[i]`` is the first rule that drops ``items[i]`` as a line of its
    own (None if none does).  The row goes when every item is such a line,
    or when two or more are, with words in them, and every other item is a
    short label; it is credited to the rule of its first item that a rule
    drops.

    >>> row_verdict(["Accept all", "Only necessary", "Settings"], [3, 5, None])
    3
    >>> row_verdict(["Settings", "Accept all"], [None, 3]) is None  # one debris item is not enough
    True
    >>> row_verdict(["Print", "Mail", "The mayor resigned on Monday."], [1, 2, None]) is None
    True
    >>> row_verdict(["sed 's+", "+g;s", "\\\\ *\\\\", "~~"], [None, None, 7, 7]) is None  # code, not chrome
    True
    """
    taken = [k for k in rules if k is not None]
    worded = [k for item, k in zip(items, rules) if k is not None and any(ch.isalpha() for ch in item)]
    if taken and (
        len(taken) == len(items)
        or (len(worded) >= 2 and all(k is not None or _is_label(item) for item, k in zip(items, rules)))
    ):
        return taken[0]
    return None


def _is_label(item: str) -> bool:
    item = item.strip()
    words = [word for word in item.split() if len(word) > 1]
    return len(item) <= ROW_LABEL_CHARS and len(words) <= ROW_LABEL_WORDS and _SENTENCE_END.search(item) is None


# What a site sets before a line's words or after them: emoji and other
# symbols ("💬 Add a comment", "☰ Menu", "🍪 Cookie notice", "🖨️ Print"),
# arrows, carets and crosses ("Jump to comments ↓", "Sections ▾", "Close menu
# ✕"), with the joiners and selectors of emoji.  Not stars (they are a rating:
# "★★★☆☆ 3/5" is a critic's verdict), nor guillemets (« » ‹ › open and close a
# quotation: "«Utilizziamo cookie …», ha detto" is a quote), nor ©, ®, ™, ℗,
# №, ° (they say something about what follows), nor U+FFFD (what a lone
# surrogate is matched as), nor ASCII.
_STARS = "\u2605\u2606\u2729\u272a\u272b\u272c\u272d\u272e\u272f\u2730\u2b50\U0001f31f"
_DECORATION_MARKS = frozenset("\u00d7\ufe0f\u200d" + "".join(map(chr, range(0x2190, 0x2200))))
_NOT_DECORATION = frozenset("\u00a9\u00ae\u2122\u2117\u2116\u00b0\ufffd" + _STARS)


def _is_decoration(char: str) -> bool:
    if char in _DECORATION_MARKS:
        return True
    return not char.isascii() and char not in _NOT_DECORATION and unicodedata.category(char) in ("So", "Sk")


def undecorated(line: str) -> tuple[int, int] | None:
    """(start, end) of ``line``'s words without the decorations (and spaces) before
    and after them, if it has any (and a letter or digit): what a line rule is
    asked about when ``line`` itself is no line it takes (see the drop-line kind).

    >>> undecorated("💬 Add a comment"), undecorated("Close menu ✕"), undecorated("Menu")
    ((2, 15), (0, 10), None)
    >>> undecorated("☆ ☆ ☆"), undecorated("© Getty Images")
    (None, None)
    """
    start, end, decorated = 0, len(line), False
    while start < end and (line[start].isspace() or _is_decoration(line[start])):
        decorated |= not line[start].isspace()
        start += 1
    while end > start and (line[end - 1].isspace() or _is_decoration(line[end - 1])):
        decorated |= not line[end - 1].isspace()
        end -= 1
    if not decorated or not any(char.isalnum() for char in line[start:end]):
        return None
    return start, end


def decorated_lines(text: str) -> list[int]:
    """Where the lines of ``text`` that begin or end with a decoration start (see
    :func:`undecorated`; every decoration is outside ASCII).

    >>> decorated_lines("Body.\\n☰ Menu\\nMore ↓\\n“Quoted”\\n")
    [6, 13]
    """
    found, pos = [], 0
    for line in text.split("\n"):
        if not line.isascii() and (words := line.strip()) and (_is_decoration(words[0]) or _is_decoration(words[-1])):
            found.append(pos)
        pos += len(line) + 1
    return found


def holds_any(text: str, chars: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds one of ``chars``.  Most texts hold none
    of a pass's characters, and a substring search per character is many
    times faster than a regex scan for them.

    >>> holds_any("a\u00a0b", "\t\u00a0"), holds_any("a\u00a0b", "\t\u00a0", 2)
    (True, False)
    """
    end = len(text) if end is None else end
    return any(text.find(ch, start, end) >= 0 for ch in chars)


def positions(text: str, chars: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of each of ``chars`` in ``text[start:end]``, in order: a
    substring search per character, for characters a text holds few of.

    >>> positions("(a) [b] (c)", "([")
    [0, 4, 8]
    """
    end = len(text) if end is None else end
    found = []
    for char in chars:
        pos = text.find(char, start, end)
        while pos >= 0:
            found.append(pos)
            pos = text.find(char, pos + 1, end)
    return sorted(found)


def line_start(text: str, pos: int) -> int:
    """The offset where the line holding ``pos`` starts.

    >>> line_start("ab\\ncd", 4)
    3
    """
    return text.rfind("\n", 0, pos) + 1


def line_end(text: str, pos: int) -> int:
    """The offset just past the line break that ends the line holding ``pos``.

    >>> line_end("ab\\ncd", 1), line_end("ab\\ncd", 4)
    (3, 5)
    """
    return text.find("\n", pos) + 1 or len(text)


def is_blank(line: str) -> bool:
    """A line of spaces only (what ``str.strip`` removes) separates paragraphs."""
    return not line or line.isspace()


_Piece = TypeVar("_Piece", str, bytes)
# Characters (or bytes) measured at a time: a jump across a whole document
# must not copy it (encoded, CPython first allocates three bytes a character).
UTF8_CHUNK = 1 << 16
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))


def _sum_by_chunks(measure: Callable[[_Piece], int], whole: _Piece, start: int, end: int) -> int:
    """``measure(whole[start:end])`` for a measure that adds up over pieces, a
    chunk at a time (a copy of a chunk, never of the whole span)."""
    if end - start <= UTF8_CHUNK:  # (most calls: a line or a few)
        return measure(whole[start:end])
    return sum(measure(whole[lo : min(lo + UTF8_CHUNK, end)]) for lo in range(start, end, UTF8_CHUNK))


def utf8_size(text: str, start: int, end: int) -> int:
    """``len(text[start:end].encode("utf-8"))`` (``text`` holds no lone surrogate).

    >>> utf8_size("Ça “va”", 0, 7)
    12
    """
    return _sum_by_chunks(_encoded_size, text, start, end)


def utf8_char_count(data: bytes, start: int, end: int) -> int:
    """``len(data[start:end].decode("utf-8"))`` for offsets at character starts: the
    bytes that start a character (a chunk may end inside one).

    >>> utf8_char_count("Ça “va”".encode(), 0, 12)
    7
    """
    return _sum_by_chunks(_character_starts, data, start, end)


def _encoded_size(piece: str) -> int:
    return len(piece.encode("utf-8"))


def _character_starts(piece: bytes) -> int:
    return len(piece.translate(None, _CONTINUATION_BYTES))
