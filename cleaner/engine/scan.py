"""Scanning whole documents for many rules at once, soundly.

Rules of one kind are scanned for together.  RE2 patterns are matched
against the document's UTF-8 bytes (the binding would re-encode the whole
text on every call otherwise), and all offsets of a scan are turned back
into character offsets in one pass.

Which rule is credited never depends on how the rules were grouped:

* line rules (:class:`LineRules`): for each line, the first rule in load
  order whose pattern matches the whole line, seen alone.  One RE2 set of
  the rules' *heads* (:mod:`.heads`: short patterns every line a rule
  matches begins with), and of the whole prefilters of the few rules
  without a usable head, names the rules worth trying on a line; those are
  tried in load order on the line alone.  A process's first
  :data:`SCOUT_LINES` lines are each asked of a dictionary of the rules'
  keys (:mod:`.keys`), which compiles nothing and names more rules (each
  then kept only if the line holds one of its needles, :mod:`.needles`, and
  confirmed by its full head alone); until it has looked at
  :data:`SET_ONLY_LINES` lines, the set is asked about every line; after,
  *finders* find the lines to ask it about in one pass of the document
  each: the union of the heads, and the rules without a head a few at a
  time (an alternation of many whole-line patterns grows its DFA slowly on
  text it has not seen: about 1 MB/s for all the shipped line rules on the
  development set's pages).  What a line's text alone says (the first rule
  without a window that matches it) is kept by its text
  (:data:`REMEMBERED_CHARS`): a later pass, or another document, does not
  ask about that line again; rules with a first/last-lines window are
  tried where the line stands in each document.
* span rules (:class:`SpanRules`): the leftmost match, ties going to the
  rule first in load order; the search goes on after it.

A pattern on ``regex`` that runs away is stopped by its time limit; only that
rule is skipped, and it is reported.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

import re2
import regex

from ..chars import (
    ROW_SEPARATORS, decorated_lines, is_blank, item_lists, line_start, list_item, positions, row_parts, row_verdict,
    undecorated, utf8_char_count, utf8_size,
)
from .heads import head, widened
from .keys import KeyIndex, keys
from .needles import NeedleIndex, needles
from .patterns import LONE_SURROGATE, RE2, SCAN_MEMORY, Pattern, compile_re2, line_options, next_char
from .spec import Rule, Where

__all__ = [
    "Doc", "doc_of", "forget_doc", "LineChecks", "LineHit", "LineRules", "SCOUT_LINES", "SET_ONLY_LINES", "SpanHit",
    "SpanRules", "stopped_warning", "time_limit", "window",
]

_MB = 1_000_000
_EVERYWHERE = Where()


def window(text: str, where: Where, dropped: Collection[int] = ()) -> tuple[int, int]:
    """The character range of the first/last N non-blank lines of ``text``.

    Lines starting at an offset in ``dropped`` (lines the stage removes) do
    not count: once they go, the lines after them are the first lines, and
    a window that counted them would move on the next pass.
    """
    if where.first is not None:
        count, pos = 0, 0
        while pos < len(text):
            end = text.find("\n", pos) + 1 or len(text)
            if text[pos:end].strip() and pos not in dropped:
                count += 1
                if count == where.first:
                    return 0, end
            pos = end
        return 0, len(text)
    if where.last is not None:
        count, end = 0, len(text)
        while end > 0:
            start = text.rfind("\n", 0, end - 1) + 1 if end > 0 else 0
            if text[start:end].strip() and start not in dropped:
                count += 1
                if count == where.last:
                    return start, len(text)
            end = start
        return 0, len(text)
    return 0, len(text)


def time_limit(timeout: float, lo: int, hi: int) -> float:
    """A rule's time limit on ``text[lo:hi]``: ``timeout`` per MB, at least ``timeout``."""
    return timeout * max(1.0, (hi - lo) / _MB)


def stopped_warning(rule: Rule, limit: float) -> str:
    """The one wording, for every kind, of a rule stopped by its time limit and skipped."""
    return (
        f"rule {rule.id} ({rule.path}:{rule.line}): pattern ran longer than "
        f"{limit:.1f}s on this document and was stopped; the rule was skipped"
    )


class Doc:
    """A text and its UTF-8 bytes, for RE2, with offsets converted between them.

    Lone surrogates (which UTF-8 cannot hold) are matched as U+FFFD, which
    takes as many bytes; character offsets are unchanged.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = text.isascii()
        self.plain = text
        try:
            self.data = text.encode("utf-8")
        except UnicodeEncodeError:
            self.plain = LONE_SURROGATE.sub("\ufffd", text)
            self.data = self.plain.encode("utf-8")
        self._at = (0, 0)  # a (char, byte) pair both offsets are known for

    def to_byte(self, pos: int) -> int:
        """The byte offset of character offset ``pos`` (cheap when offsets rise)."""
        if self.ascii:
            return pos
        char, byte = self._at
        if pos >= char:
            byte += utf8_size(self.plain, char, pos)
        else:
            byte -= utf8_size(self.plain, pos, char)
        self._at = (pos, byte)
        return byte

    def to_char(self, byte: int) -> int:
        """The character offset of byte offset ``byte`` (cheap when offsets rise)."""
        if self.ascii:
            return byte
        char, known = self._at
        if byte >= known:
            char += utf8_char_count(self.data, known, byte)
        else:
            char -= utf8_char_count(self.data, byte, known)
        self._at = (char, byte)
        return char

    def to_chars(self, offsets: Sequence[int]) -> list[int]:
        """Character offsets of rising byte ``offsets``, in one pass."""
        if self.ascii:
            return list(offsets)
        self._at = (0, 0)
        return [self.to_char(b) for b in offsets]


_LAST_DOC = threading.local()


def doc_of(text: str) -> Doc:
    """The :class:`Doc` of ``text``, encoded once for all the scans of it.

    The stages of a pass hand the same ``str`` object on while none changes
    it: each kind's scans would otherwise encode it again (a tenth of the
    rule kinds' time).  The last one is kept per thread, never shared.
    """
    doc = getattr(_LAST_DOC, "doc", None)
    if doc is None or doc.text is not text:
        doc = _LAST_DOC.doc = Doc(text)
    return doc


def forget_doc() -> None:
    """Let go of the kept :class:`Doc` (see :func:`doc_of`) when its text is about
    to be replaced: kept, it would hold that text and its bytes alive beside
    the next one's (two fifths of a large document's peak memory)."""
    _LAST_DOC.doc = None


def _alternation(members: Sequence[int], sources: Sequence[str]) -> str:
    return "|".join(f"(?P<__rule{k}>{sources[k]})" for k in members)


def _which(group_start: Callable[[int], int], groups: Sequence[tuple[int, int]]) -> int:
    """The rule whose group took part in a match (``group_start(group)`` is -1 for the others)."""
    return next(k for k, group in groups if group_start(group) >= 0)


class _Verdict(NamedTuple):
    """What a line's text alone says of the filtered line rules, kept per line text.

    ``first``: the first rule without a window (in load order) that matches
    the line; ``windowed``: the rules with a first/last-lines window named
    for the line before it, each with whether the namer named it.  Whether
    those take the line depends on where it stands in a document, so they
    are tried there (:meth:`LineRules._resolved`).
    """

    windowed: tuple[tuple[int, bool], ...]
    first: int | None


_NO_RULE = _Verdict((), None)


@dataclass(frozen=True)
class LineHit:
    """Rule ``index`` matches the line ``text[start:end]`` (without its line break)."""

    start: int
    end: int
    index: int


# Rules per finder for rules without a head: an alternation of many whole-line
# patterns grows its DFA slowly on text it has not seen (see the module
# docstring); a few at a time keep each DFA small.
_GROUP = 4
# Characters of heads per finder.  The DFA of one union of every head can
# outgrow its memory, and RE2 then falls back to its NFA: with 357 heads
# (195,000 characters, their Unicode properties as written) one union ran at
# 0.6 MB/s on benchmark documents, where two halves ran at 166 MB/s.  With
# the properties widened (see heads._widened) the union of the 416 shipped
# heads (510,000 characters) keeps to its DFA: one pass over the seeds costs
# 0.016 s per MB against 0.038 for ten parts of 60,000, and the pipeline runs
# at 1.58x ftfy against 1.35x (page text of the development set: 0.44 s per MB
# against 0.53).  At 431 heads (610,000 characters) the one union outgrew its
# DFA again (3.7 s per MB on benchmark documents; the pipeline fell to 0.14x
# ftfy), while two parts of at most 400,000 cost 0.008 s per MB and three of
# 300,000 0.009: parts of 300,000 leave room for the packs to grow.  A test
# holds the finders to their automata.
_HEAD_CHARS = 300_000

# Lines a process asks the *scout* (see _Scout) about before it compiles the
# namer of full heads.  For the shipped packs the namer compiles in 0.2 s,
# which would be most of what `clean` on a small file spends; the scout
# compiles nothing, and names several times as many rules, each kept if the
# line holds one of its needles and confirmed by its own full head (compiled
# on first use, 1-10 ms).
SCOUT_LINES = 2_000

# Lines a process asks the namers about, one at a time, before it compiles the
# finders.  Compiling the shipped packs' finders and growing their automata
# on new text cost about 0.5 s of CPU: a fresh process cleans its first 3 MB
# of benchmark documents in 1.3 s asking the namer, 1.8 s with the finders
# from the start.  From 10 to 20 MB both run at 0.22-0.24 s per MB; on a
# text of 60,000 short lines the finders make drop-line a quarter faster
# (0.12 s against 0.16).  So they wait for a run long enough to pay back.
SET_ONLY_LINES = 100_000

# Characters of line texts whose verdicts a line scan keeps (about 4 bytes
# each, and the verdicts).  A pass after the first sees the lines the first
# judged, less those it dropped: it asked the namers about none of them
# again, and that made drop-line, two thirds of a pass, cost nearly nothing
# the second time; a corpus repeats its debris lines across documents too.
REMEMBERED_CHARS = 4_000_000


def _start_set(sources: Sequence[str]) -> Any:
    """An RE2 set of ``sources``, each matched at the start of a line."""
    found = re2.Set.MatchSet(line_options(SCAN_MEMORY))
    for source in sources:
        found.Add(source)
    found.Compile()
    return found


def _naming_set(sources: Sequence[str]) -> Any:
    """An RE2 set of ``sources`` plus a sentinel every line matches (see :class:`_Scans`)."""
    return _start_set([*sources, ""])


def _batches(sources: list[str], most: int) -> list[list[str]]:
    """``sources`` in order, in batches of at most ``most`` characters (or of one)."""
    batches: list[list[str]] = []
    size = most
    for source in sources:
        if size + len(source) > most:
            batches.append([])
            size = 0
        batches[-1].append(source)
        size += len(source)
    return batches


class _Scout:
    """A namer that asks a :class:`~.keys.KeyIndex` first, keeps the names whose
    needles (:mod:`.needles`) the line holds, then confirms each with the
    member's own namer pattern (its full head, or its whole prefilter anchored),
    compiled alone on first use: a pattern of one rule compiles in 1-10 ms,
    where the set of them all took 0.1-0.3 s.
    """

    def __init__(
        self, member_keys: list[tuple[bool, frozenset[str]]], member_needles: list[tuple[str, ...] | None],
        sources: Sequence[str],
    ) -> None:
        self._index = KeyIndex(member_keys)
        self._needles = NeedleIndex(member_needles)
        self._sources = sources
        self._confirmers: dict[int, Any] = {}  # member -> a naming set of its source, compiled on first use

    def Match(self, line: bytes) -> list[int]:  # noqa: N802 - an RE2 set's name
        """As a namer's ``Match``: the members named, and the sentinel."""
        text = line.decode("utf-8")
        named = self._index.named(text)
        if named:
            holding = self._needles.holding(text)
            named = [n for n in named if n in holding and self._confirmed(n, line)]
        return [*named, len(self._sources)]

    def _confirmed(self, n: int, line: bytes) -> bool:
        """Whether member ``n``'s source matches ``line`` (or its set ran out of memory)."""
        confirmer = self._confirmers.get(n)
        if confirmer is None:
            confirmer = self._confirmers[n] = _naming_set([self._sources[n]])
        named = confirmer.Match(line)
        return not named or 0 in named


class _Scans:
    """Where some rules may match: the lines a *namer* names them for.

    A namer is one RE2 set of every member's pattern (its head, or for a rule
    without a head its whole prefilter, anchored at the line's end); on one
    line it names the members to try there.  The *scout* names them by
    their keys, with nothing to compile, for a process's first lines.  Both
    name a sentinel for every line: a set that names nothing at all ran out
    of memory (an RE2 set has no slower fallback), and then every member is
    tried.  The *finders* find the lines to ask the namer about in
    a whole document, one pass each: the union of the heads at line starts,
    and the rules without a head matched whole, a few at a time.  Each is
    compiled on first use.
    """

    def __init__(self, heads: dict[int, str], wholes: dict[int, str], prefilters: list[str]) -> None:
        self.members = (*heads, *wholes)
        self._heads = heads
        self._wholes = wholes
        self._prefilters = prefilters  # each member's, for its keys

    def _anchored_wholes(self) -> list[str]:
        return [f"(?:{p})$" for p in self._wholes.values()]

    @cached_property
    def namer(self) -> Any:
        """The namer of full heads, compiled."""
        return _naming_set([*self._heads.values(), *self._anchored_wholes()])

    @cached_property
    def scout(self) -> _Scout:
        """The namer by keys."""
        member_keys = [keys(prefilter) for prefilter in self._prefilters]
        member_needles = [needles(prefilter) for prefilter in self._prefilters]
        return _Scout(member_keys, member_needles, [*self._heads.values(), *self._anchored_wholes()])

    def candidates(self, line: bytes, namer: Any) -> list[tuple[int, bool]]:
        """(member, whether ``namer`` named it) for the members to try on ``line``, in
        load order: those whose patterns match it, or all if the namer ran out of memory."""
        named = namer.Match(line)
        if not named:
            return [(k, False) for k in sorted(self.members)]
        return sorted((self.members[n], True) for n in named if n < len(self.members))

    @cached_property
    def finders(self) -> list[Any]:
        """The finders, compiled."""
        finders = []
        for heads in _batches(list(self._heads.values()), _HEAD_CHARS):
            body = "|".join(f"(?:{h})" for h in heads)
            finders.append(compile_re2(f"(?m)^(?:{body})", True, SCAN_MEMORY))
        wholes = list(self._wholes.values())
        for n in range(0, len(wholes), _GROUP):
            body = "|".join(f"(?:{p})" for p in wholes[n : n + _GROUP])
            finders.append(compile_re2(f"(?m)^(?:{body})$", True, SCAN_MEMORY))
        return finders


class LineRules:
    """Rules that each match whole lines; see the module docstring.

    ``patterns`` gives each rule's line pattern.  The scans (see the module
    docstring) find the lines some rule may match; on those, the rules are
    tried in load order, each on the line alone.  A rule without a
    prefilter (rare: it would need syntax RE2 cannot even approximate) is
    tried on every line of its window.
    """

    def __init__(self, rules: Sequence[Rule], patterns: Sequence[Pattern]) -> None:
        self.rules = list(rules)
        self.patterns = list(patterns)
        self.everywhere = [rule.where == _EVERYWHERE for rule in rules]  # no first/last-lines window
        filtered = [k for k, p in enumerate(patterns) if p.prefilter is not None]
        self._unfiltered = [k for k, p in enumerate(patterns) if p.prefilter is None]
        self._heads = {k: h for k in filtered if (h := head(patterns[k].prefilter or "")) is not None}
        headless = [k for k in filtered if k not in self._heads]
        # Scanned for whole with its Unicode properties widened, as heads are
        # (the reporting-by credit's prefilter compiled in 30 ms as written).
        self._wholes = {k: widened(patterns[k].prefilter or "") for k in headless}
        # A rule scanned for whole whose prefilter is the pattern itself (not
        # widened) needs no second look (a head only says where to look).
        self._exact = [
            k in self._wholes and p.exact_prefilter and self._wholes[k] == p.prefilter for k, p in enumerate(patterns)
        ]
        self._scans: _Scans | None = None
        self._lines_by_namer = 0  # lines looked at with a namer alone (see SCOUT_LINES, SET_ONLY_LINES)
        self._verdicts: dict[str, _Verdict] = {}  # a line's text -> what it says of the rules
        self._remembered_chars = 0  # the characters of the lines in _verdicts

    def _compiled_scans(self) -> _Scans | None:
        """The scans, compiled on first use (None if no rule has a prefilter)."""
        if self._scans is None and (self._heads or self._wholes):
            prefilters = [self.patterns[k].prefilter or "" for k in (*self._heads, *self._wholes)]
            self._scans = _Scans(self._heads, self._wholes, prefilters)
        return self._scans

    def scan(
        self, text: str, timeout: float, drops: bool = False, rows: bool = False, items: bool = False,
        decorated: bool = False,
    ) -> tuple[list[LineHit], LineChecks]:
        """For each non-blank line some rule matches: the first such rule.

        ``drops``: the lines found are dropped (drop-line), so they do not
        count in the rules' first/last-lines windows (see :func:`window`).
        ``rows``: a line no rule matches whole, but which is a row of items
        (:func:`~cleaner.chars.row_parts`) that some rules match as lines of
        their own (see :func:`~cleaner.chars.row_verdict`), is found too.
        ``items``: so is a line no rule matches whole (nor as a row) that is
        a bulleted list item of some words (:func:`~cleaner.chars.list_item`)
        whose item a rule matches as a line of its own, when every line of
        its list (:func:`~cleaner.chars.item_lists`) is taken; that rule is
        credited.
        ``decorated``: so is a line no rule matches whole that begins or ends
        with decorations (:func:`~cleaner.chars.undecorated`: "💬 Add a
        comment", "Close menu ✕") and whose words a rule matches as a line of
        their own; rows and items are then asked about their words too.
        The :class:`LineChecks` returned tries single rules on single lines
        of the same text (under the same time limits) and holds the warnings.
        """
        checks = LineChecks(self, text, timeout)
        judged, namer = self._judged_lines(text, checks)
        # Where the decorated lines, rows and lists are depends on the text alone:
        # found once, though the loop below may look at them again.
        decorated_spans = _spans(text, decorated_lines(text)) if decorated else []
        row_spans = _spans(text, {line_start(text, pos) for pos in positions(text, ROW_SEPARATORS)}) if rows else []
        lists = item_lists(text) if items else []
        while True:
            best: dict[int, LineHit] = {}
            for start, (end, verdict) in judged.items():
                if (k := self._resolved(checks, start, end, verdict)) is not None:
                    best[start] = LineHit(start, end, k)
            if self._unfiltered:
                checks.unfiltered(best)
            taken = {**self._decorated(text, decorated_spans, checks, best, namer), **best}
            found = {
                **self._items(text, lists, checks, taken, namer, decorated),
                **self._rows(text, row_spans, checks, taken, namer, decorated),
                **taken,
            }
            if not (drops and checks.windows_grow(found)):  # the lines dropped so far move no window
                break
        return sorted(found.values(), key=lambda hit: hit.start), checks

    def _decorated(
        self, text: str, spans: list[tuple[int, int]], checks: LineChecks, best: dict[int, LineHit], namer: Any
    ) -> dict[int, LineHit]:
        """The decorated lines (see :meth:`scan`; at ``spans``) among the lines ``best`` has no rule for."""
        found: dict[int, LineHit] = {}
        plain = doc_of(text).plain
        for start, end in spans:
            core = None if start in best else undecorated(text[start:end])
            k = None if core is None else self._first_rule(checks, plain, start + core[0], start + core[1], namer)
            if k is not None:
                found[start] = LineHit(start, end, k)
        return found

    def _rows(
        self, text: str, spans: list[tuple[int, int]], checks: LineChecks, best: dict[int, LineHit], namer: Any,
        decorated: bool,
    ) -> dict[int, LineHit]:
        """The rows (see :meth:`scan`; among the lines at ``spans``) that ``best`` has no rule for."""
        found: dict[int, LineHit] = {}
        plain = doc_of(text).plain
        for start, end in spans:
            if start in best or is_blank(text[start:end]):
                continue
            parts = row_parts(text[start:end])
            firsts = [self._line_rule(checks, plain, start + a, start + b, namer, decorated) for a, b in parts]
            if parts and (k := row_verdict([text[start + a : start + b] for a, b in parts], firsts)) is not None:
                found[start] = LineHit(start, end, k)
        return found

    def _items(
        self, text: str, lists: list[list[tuple[int, int]]], checks: LineChecks, best: dict[int, LineHit],
        namer: Any, decorated: bool,
    ) -> dict[int, LineHit]:
        """The list items (see :meth:`scan`) among the lines ``best`` has no rule for,
        of the ``lists`` whose every line is taken, whole or as its item."""
        found: dict[int, LineHit] = {}
        plain = doc_of(text).plain
        for lines in lists:
            hits = []
            for start, end in lines:
                if start in best:
                    continue
                item = list_item(text[start:end])
                k = None if item is None else self._line_rule(
                    checks, plain, start + item[0], start + item[1], namer, decorated
                )
                if k is None:
                    break
                hits.append(LineHit(start, end, k))
            else:
                found.update((hit.start, hit) for hit in hits)
        return found

    def _line_rule(
        self, checks: LineChecks, plain: str, start: int, end: int, namer: Any, decorated: bool
    ) -> int | None:
        """:meth:`_first_rule`, or with ``decorated`` that of the words of a decorated line."""
        k = self._first_rule(checks, plain, start, end, namer)
        if k is None and decorated and (core := undecorated(plain[start:end])) is not None:
            k = self._first_rule(checks, plain, start + core[0], start + core[1], namer)
        return k

    def _first_rule(self, checks: LineChecks, plain: str, start: int, end: int, namer: Any) -> int | None:
        """The first rule (in load order) that matches ``text[start:end]`` as a line of its own."""
        line = checks.text[start:end]
        verdict = self._verdicts.get(line)
        if verdict is None:
            scans = self._compiled_scans()
            named = scans.candidates(plain[start:end].encode("utf-8"), namer) if scans is not None else []
            verdict = self._verdict(checks, start, end, named)
            if not is_blank(line):  # (a blank line is never judged: see _every_line)
                self._remember(line, verdict, checks)
        k = self._resolved(checks, start, end, verdict)
        for unfiltered in self._unfiltered:  # (in load order)
            if k is not None and unfiltered > k:
                break
            if checks.matches(unfiltered, start, end):
                return unfiltered
        return k

    def _verdict(self, checks: LineChecks, start: int, end: int, named: list[tuple[int, bool]]) -> _Verdict:
        """What ``text[start:end]`` alone says of the rules ``named`` for it (see :class:`_Verdict`)."""
        windowed = []
        for k, is_named in named:
            if not self.everywhere[k]:
                windowed.append((k, is_named))
            elif checks.matches(k, start, end, checked=is_named and self._exact[k]):
                return _Verdict(tuple(windowed), k)
        return _Verdict(tuple(windowed), None) if windowed else _NO_RULE

    def _resolved(self, checks: LineChecks, start: int, end: int, verdict: _Verdict) -> int | None:
        """The first rule of ``verdict`` that takes the line at ``start`` in this document."""
        for k, is_named in verdict.windowed:
            if checks.matches(k, start, end, checked=is_named and self._exact[k]):
                return k
        return verdict.first

    def _remember(self, line: str, verdict: _Verdict, checks: LineChecks | None) -> None:
        """Keep ``verdict`` for ``line``, unless a rule was stopped (and so not judged
        on it; ``checks`` is None for a verdict no rule was tried for)."""
        if checks is not None and checks.stopped:
            return
        if self._remembered_chars + len(line) > REMEMBERED_CHARS:
            self._verdicts.clear()
            self._remembered_chars = 0
        self._verdicts[line] = verdict
        self._remembered_chars += len(line)

    def _judged_lines(self, text: str, checks: LineChecks) -> tuple[dict[int, tuple[int, _Verdict]], Any]:
        """(line start -> (line end, its verdict) for the lines some filtered rule may
        take, the namer this process asks now).  A line judged before (in this
        document's last pass, or another document) is not asked about again."""
        scans = self._compiled_scans()
        if scans is None:
            return {}, None
        self._lines_by_namer += text.count("\n") + 1
        if self._lines_by_namer <= SET_ONLY_LINES:
            namer = scans.scout if self._lines_by_namer <= SCOUT_LINES else scans.namer
            judged, asked = self._every_line(text)
            candidates = _candidates_by_namer(doc_of(text).plain, scans, namer, asked)
        else:
            namer = scans.namer
            judged, asked, candidates = self._found_lines(text, scans)
        for start, end in asked:
            named = candidates.get(start)
            if named is None:  # (most lines: kept without a call, for what they cost)
                self._remember(text[start:end], _NO_RULE, None)
                continue
            verdict = self._verdict(checks, start, end, named)
            self._remember(text[start:end], verdict, checks)
            if verdict is not _NO_RULE:
                judged[start] = (end, verdict)
        return judged, namer

    def _every_line(self, text: str) -> tuple[dict[int, tuple[int, _Verdict]], list[tuple[int, int]]]:
        """(the verdicts kept for lines of ``text`` that some rule may take, the other
        non-blank lines' spans)."""
        judged: dict[int, tuple[int, _Verdict]] = {}
        asked: list[tuple[int, int]] = []
        verdicts = self._verdicts
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            if line:
                verdict = verdicts.get(line)
                if verdict is None:
                    if not line.isspace():
                        asked.append((start, end))
                elif verdict is not _NO_RULE:
                    judged[start] = (end, verdict)
            start = end + 1
        return judged, asked

    def _found_lines(
        self, text: str, scans: _Scans
    ) -> tuple[dict[int, tuple[int, _Verdict]], list[tuple[int, int]], dict[int, list[tuple[int, bool]]]]:
        """:meth:`_every_line` for the lines the finders find in one pass each over
        the document, and the rules the namer names for those not judged before."""
        doc = doc_of(text)
        data = doc.data
        starts = sorted({start for finder in scans.finders for start in finder.starts(data)})
        spans = [(b, _line_end(data, b)) for b in starts]
        offsets = doc.to_chars([b for span in spans for b in span])
        judged: dict[int, tuple[int, _Verdict]] = {}
        asked: list[tuple[int, int]] = []
        candidates: dict[int, list[tuple[int, bool]]] = {}
        for n, (b_start, b_end) in enumerate(spans):
            start, end = offsets[2 * n], offsets[2 * n + 1]
            verdict = self._verdicts.get(text[start:end])
            if verdict is not None:
                if verdict is not _NO_RULE:
                    judged[start] = (end, verdict)
            elif not is_blank(text[start:end]):
                asked.append((start, end))
                if ks := scans.candidates(data[b_start:b_end], scans.namer):
                    candidates[start] = ks
        return judged, asked, candidates


def _candidates_by_namer(
    plain: str, scans: _Scans, namer: Any, asked: list[tuple[int, int]]
) -> dict[int, list[tuple[int, bool]]]:
    """Line start -> the filtered rules ``namer`` names for the line (in load order,
    each with whether it named it; see :meth:`_Scans.candidates`), for the lines
    ``asked`` about that it names any for."""
    found: dict[int, list[tuple[int, bool]]] = {}
    for start, end in asked:
        if ks := scans.candidates(plain[start:end].encode("utf-8"), namer):
            found[start] = ks
    return found


def _spans(text: str, starts: Collection[int]) -> list[tuple[int, int]]:
    """(start, end before its line break) of the lines of ``text`` that start at ``starts``, in order."""
    spans = []
    for start in sorted(starts):
        end = text.find("\n", start)
        spans.append((start, len(text) if end < 0 else end))
    return spans


def _line_end(data: bytes, start: int) -> int:
    end = data.find(b"\n", start)
    return len(data) if end < 0 else end


class LineChecks:
    """One document's checks of single rules on single lines, with time limits."""

    def __init__(self, rules: LineRules, text: str, timeout: float) -> None:
        self.rules = rules
        self.text = text
        self.timeout = timeout
        self.warnings: list[str] = []
        self._stopped: set[int] = set()
        self._windows: dict[Where, tuple[int, int]] = {}
        self._spent: dict[int, float] = {}  # seconds each rule on regex has matched for

    @property
    def stopped(self) -> bool:
        """Whether a rule was stopped by its time limit (its lines were not judged)."""
        return bool(self._stopped)

    def window(self, k: int) -> tuple[int, int]:
        where = self.rules.rules[k].where
        if where not in self._windows:
            self._windows[where] = window(self.text, where)
        return self._windows[where]

    def windows_grow(self, best: dict[int, LineHit]) -> bool:
        """Recount the windows without the lines ``best`` drops; True if one grew."""
        grew = False
        for where, old in list(self._windows.items()):
            new = window(self.text, where, best)
            grew |= new != old
            self._windows[where] = new
        return grew

    def matches(self, k: int, start: int, end: int, checked: bool = False) -> bool:
        """Whether rule ``k`` matches the line ``text[start:end]`` (inside its
        window); ``checked``: its pattern is known to match the line."""
        if k in self._stopped:
            return False
        lo, hi = (0, len(self.text)) if self.rules.everywhere[k] else self.window(k)
        if not lo <= start < hi:
            return False
        if checked:
            return True
        pattern = self.rules.patterns[k]
        if pattern.engine == RE2:
            return pattern.fullmatches(self.text[start:end], self.timeout)
        limit = time_limit(self.timeout, lo, hi)
        line, compiled = self.text[start:end], pattern.as_regex  # (compiling is not running away)
        started = time.monotonic()
        try:
            return compiled.fullmatch(line, timeout=max(limit - self._spent.get(k, 0.0), 1e-6)) is not None
        except TimeoutError:
            self._stopped.add(k)
            self.warnings.append(stopped_warning(self.rules.rules[k], limit))
            return False
        finally:
            self._spent[k] = self._spent.get(k, 0.0) + time.monotonic() - started

    def unfiltered(self, best: dict[int, LineHit]) -> None:
        """Try the rules without a prefilter on every line of their windows."""
        text = self.text
        for k in self.rules._unfiltered:
            lo, hi = self.window(k)
            pos = lo
            while pos < hi:
                end = text.find("\n", pos, hi)
                end = hi if end < 0 else end
                hit = best.get(pos)
                if (hit is None or k < hit.index) and not is_blank(text[pos:end]) and self.matches(k, pos, end):
                    best[pos] = LineHit(pos, end, k)
                pos = end + 1


@dataclass(frozen=True)
class SpanHit:
    """Rule ``index`` matches ``text[start:end]``."""

    start: int
    end: int
    index: int


class _SpanGroup:
    """Rules of one engine and position limit, searched for as one alternation.

    A group on ``regex`` has an RE2 prefilter when all its rules have one:
    the leftmost prefilter match starts at or before the leftmost real match
    (the prefilter matches a superset wherever it starts), so ``regex`` is
    only tried, anchored, where the prefilter matches.
    """

    def __init__(self, members: list[int], engine: str, patterns: Sequence[Pattern], where: Where) -> None:
        self.members = members
        self.engine = engine
        self.where = where
        if engine == RE2:
            self.pattern = compile_re2(f"(?m:{_alternation(members, [p.re2_source or '' for p in patterns])})")
        else:
            self.pattern = regex.compile(_alternation(members, [p.source for p in patterns]), regex.V0 | regex.MULTILINE)
        prefilters = [patterns[k].prefilter for k in members]
        self.prefilter = (
            compile_re2(f"(?m:{'|'.join(f'(?:{p})' for p in prefilters)})")
            if engine != RE2 and all(prefilters) else None
        )
        index = self.pattern.groupindex
        self.groups = [(k, index[f"__rule{k}"]) for k in members]


class _SpanSearch:
    """One group's leftmost matches in one document, searched for on demand."""

    def __init__(self, group: _SpanGroup, text: str, timeout: float) -> None:
        self.group = group
        self.text = text
        self.lo, self.hi = window(text, group.where)
        self.limit = time_limit(timeout, self.lo, self.hi)
        self.spent = 0.0  # seconds this group has searched for, on regex
        if group.engine == RE2 or group.prefilter is not None:
            doc = self.doc = doc_of(text)
            self.data = doc.data if self.hi == len(text) else doc.data[: doc.to_byte(self.hi)]
        self._last: tuple[int, SpanHit | None] | None = None

    def search(self, pos: int) -> SpanHit | None:
        """The leftmost match starting at ``pos`` or later (first rule on a tie)."""
        pos = max(pos, self.lo)
        if self._last is not None:
            searched, hit = self._last
            if searched <= pos and (hit is None or hit.start >= pos):
                return hit
        hit = self._search(pos) if pos <= self.hi else None
        self._last = (pos, hit)
        return hit

    def _search(self, pos: int) -> SpanHit | None:
        if self.group.engine == RE2:
            found = self.group.pattern.search(self.data, self.doc.to_byte(pos))
            if found is None:
                return None
            start, end, spans = found
            rule = _which(lambda group: spans[group][0], self.group.groups)
            return SpanHit(self.doc.to_char(start), self.doc.to_char(end), rule)
        if self.group.prefilter is None:
            match = self._timed(self.group.pattern.search, self.text, pos, self.hi)
            return None if match is None else SpanHit(match.start(), match.end(), _which(match.start, self.group.groups))
        byte = self.doc.to_byte(pos)
        # (past the end, RE2 would search from the end again: an empty
        # prefilter match there must not be found for ever)
        while byte <= len(self.data) and (candidate := self.group.prefilter.search(self.data, byte)) is not None:
            start = self.doc.to_char(candidate[0])
            match = self._timed(self.group.pattern.match, self.text, start, self.hi)
            if match is not None:
                return SpanHit(match.start(), match.end(), _which(match.start, self.group.groups))
            byte = next_char(self.data, candidate[0])
        return None

    def _timed(self, search: Callable[..., Any], *args: Any) -> Any:
        """``search(*args, timeout=seconds left)``, its time added to :attr:`spent`: a
        group's limit counts its own searches, not the other groups' between them."""
        left = self.limit - self.spent
        if left <= 0:
            raise TimeoutError("regex timed out")
        started = time.monotonic()
        try:
            return search(*args, timeout=left)
        finally:
            self.spent += time.monotonic() - started


class SpanRules:
    """Rules whose matches are spans anywhere in the text; see the module docstring."""

    def __init__(self, rules: Sequence[Rule], patterns: Sequence[Pattern]) -> None:
        self.rules = list(rules)
        self.patterns = list(patterns)
        self._groups: list[_SpanGroup] | None = None

    def _compiled(self, members: Sequence[int] | None = None) -> list[_SpanGroup]:
        ks = range(len(self.rules)) if members is None else members
        by_key: dict[tuple[Where, str], list[int]] = {}
        for k in ks:
            by_key.setdefault((self.rules[k].where, self.patterns[k].engine), []).append(k)
        return [_SpanGroup(members, engine, self.patterns, where) for (where, engine), members in by_key.items()]

    def hits(self, text: str, timeout: float) -> tuple[list[SpanHit], list[str]]:
        """Every non-empty hit, leftmost first, each search going on after the last hit."""
        if self._groups is None:
            self._groups = self._compiled()
        groups = self._groups
        warnings: list[str] = []
        while True:
            try:
                return self._merge(text, groups, timeout), warnings
            except _Runaway as runaway:
                # Try that group's rules one by one; skip (and report) those that run away alone.
                alone = [g for k in runaway.group.members for g in self._compiled([k])]
                kept = []
                for group in alone:
                    try:
                        self._merge(text, [group], timeout)
                        kept.append(group)
                    except _Runaway as stopped:
                        warnings.append(stopped_warning(self.rules[group.members[0]], stopped.limit))
                groups = [g for g in groups if g is not runaway.group] + kept

    def _merge(self, text: str, groups: list[_SpanGroup], timeout: float) -> list[SpanHit]:
        searches = [_SpanSearch(group, text, timeout) for group in groups]
        hits: list[SpanHit] = []
        pos = 0
        while pos <= len(text):
            best: SpanHit | None = None
            for search in searches:
                try:
                    hit = search.search(pos)
                except TimeoutError:
                    raise _Runaway(search.group, search.limit) from None
                if hit is not None and (best is None or (hit.start, hit.index) < (best.start, best.index)):
                    best = hit
            if best is None:
                break
            if best.end == best.start:
                pos = best.start + 1
                continue
            hits.append(best)
            pos = best.end
        return hits


class _Runaway(Exception):
    def __init__(self, group: _SpanGroup, limit: float) -> None:
        super().__init__(group.members)
        self.group = group
        self.limit = limit
