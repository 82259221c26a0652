"""What the review page shows of a run, gathered as the run goes.

The run feeds a :class:`ReviewReport` one :class:`ReviewEntry` per cleaned
document.  Entries are built where the document was cleaned (possibly in a
worker process) and are small: only a document that may be sampled (see
:mod:`cleaner.review_sample`) carries its original text and edits.  The
report keeps the totals and per-rule figures over every document and the
sampled documents whole, and hands the page (:mod:`cleaner.review_page`)
one JSON-ready :meth:`ReviewReport.payload`.

>>> from cleaner import clean
>>> report = ReviewReport.for_results([], sample=10)
>>> result = clean("Advertisement\\nThe story.\\n", source="a.txt")
>>> report.add(review_entry(result, "a.txt", report.request(report.wants("a.txt"))))
>>> data = report.payload()
>>> data["totals"]["documents"], [rule["id"] for rule in data["rules"]]
(1, ['boilerplate/advertisement'])
>>> data["documents"][0]["edits"]
[[0, 14, '', 0, 0, 1, 1, [], 0, 24]]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import __version__
from .engine.ruleset import shipped_packs
from .engine.spec import Rule
from .pipeline import Cleaner
from .result import Result
from .review_gallery import Gallery, context, examples
from .review_sample import Sampler

__all__ = [
    "DEFAULT_SAMPLE", "MAX_DOCUMENT_CHARS", "ReviewEntry", "ReviewReport", "ReviewRequest", "entries", "review_entry",
]

DEFAULT_SAMPLE = 300
# A sampled document longer than this is shown up to here (at a line end), so
# that one huge page cannot make the page too big to open; totals are whole.
MAX_DOCUMENT_CHARS = 50_000
_BUILTIN_PREFIXES = ("canonical/", "unicode/", "typography/")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class ReviewRequest:
    """What the run wants back of one document for the page (made by :meth:`ReviewReport.request`)."""

    seed: int
    whole: bool = False  # its original text and edits: it may be in the sample
    examples_under: Mapping[str, int] = field(default_factory=dict)  # see cleaner.review_gallery


@dataclass
class ReviewEntry:
    """What the review page needs of one cleaned document.

    ``document`` (the original text and its edits) is filled only for a
    document that may be in the sample; the rest feeds the run's totals.
    """

    name: str
    chars_in: int
    chars_out: int
    counts: dict[str, int]
    removed: dict[str, int]
    warnings: int
    over_budget: bool
    examples: list[tuple[str, str, dict[str, Any]]]
    document: dict[str, Any] | None = None


def review_entry(result: Result, name: str, request: ReviewRequest) -> ReviewEntry:
    """The entry of one result: its figures, its removals that may be gallery examples,
    and, if the request says so, its original text and edits."""
    return ReviewEntry(
        name=name,
        chars_in=len(result.original),
        chars_out=len(result.text),
        counts=result.counts,
        removed=result.removed_chars,
        warnings=len(result.warnings),
        # Set by the removal budget on documents whose rule removals were held back.
        over_budget=result.over_budget,
        examples=examples(result, name, request.seed, request.examples_under),
        document=_document(result, name) if request.whole else None,
    )


def _utf16(text: str) -> Callable[[int], int]:
    """Map code-point offsets of ``text`` to the UTF-16 offsets JavaScript strings use."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return lambda offset: offset
    return lambda offset: offset + bisect_left(astral, offset)


def _shown_length(result: Result) -> int:
    """How much of the original the page shows: all of it, or up to the last line end
    before ``MAX_DOCUMENT_CHARS`` and before any edit that would be cut."""
    original = result.original
    if len(original) <= MAX_DOCUMENT_CHARS:
        return len(original)
    cut = original.rfind("\n", 0, MAX_DOCUMENT_CHARS) + 1 or MAX_DOCUMENT_CHARS
    for edit in result.edits:
        if edit.start < cut < edit.end:
            return edit.start
    return cut


def _document(result: Result, name: str) -> dict[str, Any]:
    """The original and its edits as the page draws them.

    Each edit is ``[start, end, inserted, rule, reason, line, column, other
    rules, context start, context end]``: offsets in UTF-16 units of the
    original, line and column (1-based, in characters) as ``--explain``
    gives them, the other rules that took part in a fused edit, and the
    span of the lines it touches with a line either side (what a ``keep:``
    example of it holds).  ``chars`` and ``lost`` describe
    the whole document, which ``original`` holds unless it is very long
    (``complete`` is false then).
    """
    shown = _shown_length(result)
    original = result.original[:shown]
    to16 = _utf16(original)
    edits = []
    line, line_start, pos = 1, 0, 0
    for edit in result.edits:
        if edit.end > shown:
            break
        if (newlines := original.count("\n", pos, edit.start)) > 0:
            line += newlines
            line_start = original.rfind("\n", 0, edit.start) + 1
        pos = edit.start
        others = [rule for rule in dict.fromkeys(step.rule for step in edit.steps) if rule != edit.rule]
        first, last = context(original, edit.start, edit.end)
        edits.append(
            [to16(edit.start), to16(edit.end), edit.inserted, edit.rule, edit.reason,
             line, edit.start - line_start + 1, others, to16(first), to16(last)]
        )
    chars = len(result.original)
    lost = 1 - len(result.text) / chars if chars else 0.0
    return {"name": name, "original": original, "complete": shown == chars, "chars": chars, "lost": round(lost, 6),
            "edits": edits, "warnings": result.warnings}


def _rule_info(rule_id: str, rules: dict[str, Rule]) -> dict[str, Any]:
    rule = rules.get(rule_id)
    if rule is None:
        built_in = rule_id.startswith(_BUILTIN_PREFIXES)
        return {"safety": "built-in" if built_in else "unknown", "kind": rule_id.split("/")[0], "defined": ""}
    return {"safety": rule.safety, "kind": rule.kind, "defined": f"{rule.path}:{rule.line}",
            "description": rule.description}


class ReviewReport:
    """Totals over every document of a run, plus a seeded sample of whole documents."""

    def __init__(self, rules: Sequence[Rule], run: dict[str, Any], sample: int = DEFAULT_SAMPLE, seed: int = 0) -> None:
        self.rules = {rule.id: rule for rule in rules}
        self.run = run
        self.seed = seed
        self.sampler = Sampler(sample, seed)
        self.gallery = Gallery(seed)
        self.documents = 0
        self.chars_in = 0
        self.chars_out = 0
        self.warnings = 0
        self.over_budget = 0
        self.failed = 0  # inputs the run could not clean: the command sets it before writing
        self.edits: Counter[str] = Counter()
        self.affected: Counter[str] = Counter()
        self.removed: Counter[str] = Counter()
        self._sampled: dict[str, tuple[int, dict[str, Any]]] = {}  # name -> (priority, document), in input order

    @classmethod
    def for_cleaner(
        cls, cleaner: Cleaner, options: dict[str, Any], sample: int = DEFAULT_SAMPLE, seed: int = 0
    ) -> ReviewReport:
        """A report of a run with ``cleaner``; ``options`` are the run's settings as the user gave them."""
        ruleset = cleaner.ruleset
        identity = _identity(__version__, ruleset.identity(), {**cleaner.options, **options})
        return cls(ruleset.all_rules, identity, sample, seed)

    @classmethod
    def for_results(cls, results: Sequence[Result], sample: int = DEFAULT_SAMPLE, seed: int = 0) -> ReviewReport:
        """A report of results cleaned elsewhere: the run's identity is the first result's,
        rule details (safety, where defined) are the shipped packs'."""
        first = results[0] if results else None
        identity = _identity(first.version, first.ruleset, first.options) if first else _identity(__version__, None, {})
        return cls([rule for pack in shipped_packs() for rule in pack.rules], identity, sample, seed)

    def wants(self, name: str) -> bool:
        """Count a document about to be cleaned; True if it may be sampled (it must bring its text back)."""
        return self.sampler.offer(name)

    def request(self, whole: bool) -> ReviewRequest:
        """What a document about to be cleaned must bring back: its text if ``whole``, and the
        removals that may still be gallery examples."""
        return ReviewRequest(self.seed, whole, self.gallery.thresholds())

    def add(self, entry: ReviewEntry) -> None:
        """Count one cleaned document, and keep it if it is (so far) in the sample."""
        self.documents += 1
        self.chars_in += entry.chars_in
        self.chars_out += entry.chars_out
        self.warnings += entry.warnings
        self.over_budget += entry.over_budget
        self.edits.update(entry.counts)
        self.affected.update(entry.counts.keys())
        self.removed.update(entry.removed)
        for rule, key, example in entry.examples:
            self.gallery.add(rule, key, example)
        if entry.document is not None:
            priority = self.sampler.priority(entry.name)
            if self.sampler.chosen(priority):
                self._sampled[entry.name] = (priority, entry.document)
            if len(self._sampled) > 2 * self.sampler.size:  # drop those the sample has passed over
                self._sampled = {k: v for k, v in self._sampled.items() if self.sampler.chosen(v[0])}

    def payload(self) -> dict[str, Any]:
        """Everything the page shows, as JSON-ready data (rule ids and reasons as indexes into tables)."""
        order = sorted(self.edits, key=lambda rule: (-self.removed.get(rule, 0), -self.edits[rule], rule))
        index = {rule: i for i, rule in enumerate(order)}
        reasons: dict[str, int] = {}
        documents = []
        for priority, document in self._sampled.values():
            if not self.sampler.chosen(priority):
                continue
            edits = [
                [s, e, inserted, index[rule], reasons.setdefault(reason, len(reasons)), line, column,
                 [index[other] for other in others], first, last]
                for s, e, inserted, rule, reason, line, column, others, first, last in document["edits"]
            ]
            documents.append({**document, "edits": edits})
        where = {document["name"]: d for d, document in enumerate(documents)}
        rules = [
            {"id": rule, "edits": self.edits[rule], "documents": self.affected[rule],
             "removed": self.removed.get(rule, 0), **_rule_info(rule, self.rules)}
            for rule in order
        ]
        return {
            "run": {**self.run, "sample": {"size": self.sampler.size, "seed": self.seed}},
            "totals": {
                "documents": self.documents, "chars_in": self.chars_in, "chars_out": self.chars_out,
                "warnings": self.warnings, "over_budget": self.over_budget, "failed": self.failed,
                "sampled": len(documents),
            },
            "rules": rules,
            "reasons": list(reasons),
            "documents": documents,
            "gallery": [
                [{**example, "doc": where.get(example["name"])} for example in self.gallery.examples(rule)]
                for rule in order
            ],
        }


def _identity(version: str, ruleset: dict[str, Any] | None, options: dict[str, Any]) -> dict[str, Any]:
    """The run's identity as the header shows it: version, ruleset hash and packs, options.

    Anything else the ruleset's identity records (a profile, say) is shown with the options.
    """
    ruleset = ruleset or {}
    shown = {key: value for key, value in ruleset.items() if key not in ("sha256", "packs", "rules")} | options
    return {
        "version": version,
        "ruleset": ruleset.get("sha256", ""),
        "packs": [f"{p['name']} {p.get('version', '')}".strip() for p in ruleset.get("packs", [])],
        "rules": len(ruleset.get("rules", [])),
        "options": {key: value for key, value in shown.items() if value not in (None, "", [], (), {})},
    }


def entries(results: Iterable[Result], report: ReviewReport) -> Iterable[ReviewEntry]:
    """Entries of results cleaned in this process, sampled as the report decides."""
    for result in results:
        name = str(result.source.get("name", "-"))
        yield review_entry(result, name, report.request(report.wants(name)))
