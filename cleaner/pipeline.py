"""The pipeline: decode, (extract HTML), repair, rules, canonical form.

Every step is a :class:`Stage`: an ``id`` and ``run(text) -> (changes,
warnings)``.  A :class:`Cleaner` builds its list of stages once: repair
(``unicode/*``), the canonical form's character passes (``canonical/*``,
``typography/*``), one stage per rule kind, then the canonical form's layout
passes.  The stages run as one pass, repeated until a pass changes nothing.
Built-in stage ids can be ignored like rule ids
(``Cleaner(ignore=["canonical/nfc"])``); a stage's changes credited to an
ignored id are left out.

>>> result = clean("Advertisement\\n\\nIt\u00e2\u20ac\u2122s here.\\n\\n\\n")
>>> result.text
'It\u2019s here.\\n'
>>> sorted(result.counts)
['boilerplate/advertisement', 'canonical/paragraph', 'unicode/mojibake']
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from . import __version__
from .canonical import canonical_passes
from .columns import clean_columns
from .decode import decode_bytes
from .engine import examples
from .engine.kinds import Runner
from .engine.loader import load_pack_text
from .engine.ruleset import DEFAULT_PROFILE, PROFILES, Ruleset, shipped_packs
from .engine.scan import forget_doc
from .provenance import Change, TrackedText
from .repair import OurConfig, repair_changes
from .result import Result

__all__ = ["BUILTIN_IDS", "DEFAULT_REMOVAL_BUDGET", "OVER_BUDGET", "Cleaner", "Stage", "clean"]

Typography = Literal["keep", "straight"]

DEFAULT_TIMEOUT = 1.0
# A pass can expose work for the next (ftfy judges a line differently once its
# spaces are canonical; a rule's "first N lines" window moves after a drop), so
# the pipeline repeats until a pass changes nothing: clean(clean(x)) == clean(x).
MAX_PASSES = 4

# The ids the built-in stages credit their changes to.
REPAIR_IDS = ("unicode/mojibake", "unicode/html-entity", "unicode/c1-control", "unicode/surrogate",
              "unicode/terminal-escape", "unicode/control-char", "unicode/straight-quotes", "unicode/repair")
CHARACTER_IDS = ("canonical/line-break", "canonical/invisible", "canonical/nfc",
                 "typography/straight-dashes", "typography/ellipsis")
LAYOUT_IDS = ("canonical/space", "canonical/trim", "canonical/paragraph")
BUILTIN_IDS = (*REPAIR_IDS, *CHARACTER_IDS, *LAYOUT_IDS)
# How many times the rules' time limit repair may take (see RepairStage).
REPAIR_TIME_FACTOR = 10
# The share of a document's characters that rules may remove, by profile.  Text
# from an extractor is mostly article: rules that would remove more than half
# of it are more likely wrong than right.  A page's visible text is mostly
# chrome: on the development set the page rules take a median 16% of a page's
# characters and at most 76%, so its budget only stops a rule gone wild.
DEFAULT_REMOVAL_BUDGET = {"extracted": 0.5, "page": 0.9}
# Rules may always remove this many characters (a few lines of debris in a short
# record), unless they would leave nothing of the document.  Budget and
# allowance count characters other than white space.
BUDGET_ALLOWANCE = 200
# White space other than " " and "\n": what str.isspace() also accepts.
_RARE_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# What the warning of a document over its budget says (``--statistics`` counts them).
OVER_BUDGET = "over the removal budget"


class Stage(Protocol):
    """One step of the pipeline: changes to the current text, and warnings."""

    id: str

    def run(self, text: str) -> tuple[list[Change], list[str]]: ...


@dataclass(frozen=True)
class FunctionStage:
    """A stage from a function of the text; ``ids``: every id its changes may carry."""

    id: str
    ids: tuple[str, ...]
    function: Callable[[str], list[Change]]

    def run(self, text: str) -> tuple[list[Change], list[str]]:
        return self.function(text), []


@dataclass(frozen=True)
class RepairStage:
    """ftfy's repairs, credited to ``unicode/*`` ids, under the time limit.

    Repair gets :data:`REPAIR_TIME_FACTOR` times the rules' limit: ftfy itself
    needs about a second per MB on text that is mojibake throughout.
    """

    config: OurConfig
    timeout: float
    id: str = "unicode"
    ids: tuple[str, ...] = REPAIR_IDS

    def run(self, text: str) -> tuple[list[Change], list[str]]:
        return repair_changes(text, self.config, self.timeout * REPAIR_TIME_FACTOR)


@dataclass(frozen=True)
class RuleStage:
    """The rules of one kind, with the cleaner's time limit."""

    id: str
    runner: Runner
    timeout: float

    def run(self, text: str) -> tuple[list[Change], list[str]]:
        return self.runner(text, self.timeout)


@dataclass(frozen=True)
class Without:
    """A stage whose changes credited to ignored ids are left out."""

    stage: Stage
    ignored: frozenset[str]

    @property
    def id(self) -> str:
        return self.stage.id

    def run(self, text: str) -> tuple[list[Change], list[str]]:
        changes, warnings = self.stage.run(text)
        return [c for c in changes if c.steps[0].rule not in self.ignored], warnings


def _matches(selector: str, stage_id: str) -> bool:
    return stage_id == selector or stage_id.startswith(selector.rstrip("/") + "/")


def _builtin(selector: str) -> bool:
    return selector != "ALL" and any(_matches(selector, i) for i in BUILTIN_IDS)


class Cleaner:
    """Clean many documents with one configuration.

    ``profile``: ``extracted`` (text from an extractor: the default) or
    ``page`` (all visible text of a page: adds the ``page-chrome`` pack for
    menus, headers and footers); see :mod:`cleaner.engine.ruleset`.
    ``typography``: ``keep`` (curly quotes and dashes as written) or
    ``straight`` (ASCII quotes, ``-``/``--`` dashes, ``...``).
    ``rules``: extra rule files or folders; ``select``/``extend_select``/
    ``ignore``: rule ids or prefixes (see :class:`Ruleset`), or pass a
    ready ``ruleset``.  Built-in stage ids (:data:`BUILTIN_IDS`) may be
    ignored too; built-in stages are on unless ignored.  ``timeout``: seconds
    a rule's pattern on ``regex`` may run per MB of text before it is stopped
    and reported.  ``removal_budget``: the share of a document's characters
    (0 to 1; None: the profile's default) that rules may remove beyond
    :data:`BUDGET_ALLOWANCE` characters (and never all of a document's text;
    1 turns the budget off); above it, no rule's change is applied (repairs
    and the canonical form still are), ``Result.over_budget`` is
    set and a warning names the rules that would have removed most.
    ``html_metadata``: for a page, also find its title, date, author and the
    like for provenance (it can cost as much as the extraction); off,
    provenance names only the extractor.

    A Cleaner pickles small and deterministically (its options and its
    packs' YAML, not compiled rules); unpickling rebuilds it through a
    per-process cache keyed by that state.
    """

    def __init__(
        self,
        *,
        profile: str | None = None,
        typography: Typography = "keep",
        rules: Sequence[str | Path] = (),
        select: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        ruleset: Ruleset | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        removal_budget: float | None = None,
        html_metadata: bool = True,
    ) -> None:
        if typography not in ("keep", "straight"):
            raise ValueError(f"typography must be 'keep' or 'straight', not {typography!r}")
        if profile is not None and profile not in PROFILES:
            raise ValueError(f"profile must be one of {', '.join(PROFILES)}, not {profile!r}")
        if ruleset is not None and profile is not None and profile != ruleset.profile:
            raise ValueError(f"profile {profile!r} differs from the ruleset's ({ruleset.profile!r})")
        profile = ruleset.profile if ruleset is not None else profile or DEFAULT_PROFILE
        if removal_budget is None:
            removal_budget = DEFAULT_REMOVAL_BUDGET[profile]
        if isinstance(removal_budget, bool) or not isinstance(removal_budget, (int, float)) or not 0 <= removal_budget <= 1:
            raise ValueError(f"removal_budget must be a share from 0 to 1, not {removal_budget!r}")
        self.typography = typography
        self.timeout = timeout
        self.removal_budget = float(removal_budget)
        self.html_metadata = html_metadata
        self._ignored = frozenset(i for s in ignore if _builtin(s) for i in BUILTIN_IDS if _matches(s, i))
        rule_select = [s for s in select if not _builtin(s)]
        if ruleset is None:
            if select and not rule_select:  # only built-in stages named: no rules
                rule_select, ignore = ["ALL"], ["ALL"]
            ruleset = Ruleset.default(
                rules,
                rule_select,
                [s for s in extend_select if not _builtin(s)],
                [s for s in ignore if not _builtin(s)],
                profile=profile,
            )
        self.ruleset = ruleset
        self._ruleset_identity = self.ruleset.identity()
        self._rule_ids = frozenset(rule.id for rule in self.ruleset.rules)
        self._without_rules: Cleaner | None = None  # built when a document goes over the budget
        self._state = self._pickle_state(select, extend_select, ignore)
        self._stages: tuple[list[Stage], list[Stage], list[Stage], list[Stage]] | None = None

    @property
    def options(self) -> dict[str, Any]:
        return {"typography": self.typography, "removal_budget": self.removal_budget}

    def stages(self) -> list[Stage]:
        """Every stage, in the order a pass runs them."""
        return [stage for part in self._parts() for stage in part]

    def _parts(self) -> tuple[list[Stage], list[Stage], list[Stage], list[Stage]]:
        """(repair and character passes, rule kinds, layout passes, typography), built on first use."""
        if self._stages is None:
            straight = self.typography == "straight"
            characters, layout = canonical_passes(straight=straight)
            before: list[Stage] = [RepairStage(OurConfig(straight_quotes=straight), self.timeout)]
            before += [FunctionStage(i, (i,), f) for i, f in zip(_character_ids(straight), characters, strict=True)]
            # Typography runs once, after the passes: repair must judge the text as
            # written, not with its dashes already straightened (issue 17).
            finish = [stage for stage in before if stage.id.startswith("typography/")]
            before = [stage for stage in before if not stage.id.startswith("typography/")]
            after: list[Stage] = [
                FunctionStage("canonical/space", ("canonical/space", "canonical/trim"), layout[0]),
                FunctionStage("canonical/paragraph", ("canonical/paragraph",), layout[1]),
            ]
            rules: list[Stage] = [RuleStage(f"rules/{kind}", run, self.timeout) for kind, run in self.ruleset.stages]
            self._stages = (self._without(before), rules, self._without(after), self._without(finish))
        return self._stages

    def _without(self, stages: list[Stage]) -> list[Stage]:
        kept: list[Stage] = []
        for stage in stages:
            ids = set(stage.ids)  # type: ignore[attr-defined]
            if ids <= self._ignored:
                continue
            kept.append(Without(stage, self._ignored) if ids & self._ignored else stage)
        return kept

    def clean(self, text: str, *, source: str = "-") -> Result:
        """Clean a decoded text (its UTF-8 bytes are what ``sha256`` hashes)."""
        if not isinstance(text, str):
            raise TypeError(f"Cleaner.clean() takes a str, not {type(text).__name__} (use clean_bytes for bytes)")
        return self._run(text, source=_source(source, text.encode("utf-8", "surrogatepass")))

    def clean_bytes(self, data: bytes | bytearray | memoryview, *, source: str = "-", html: bool | None = None) -> Result:
        """Decode and clean raw input.

        ``html``: True or False to say whether ``data`` is an HTML page, None
        to sniff it (see :func:`looks_like_html`).  Raises
        :class:`NotTextError` for binary data and
        :class:`HTMLExtractionError` for a page without main text.
        """
        from .html import looks_like_html

        data = _as_bytes(data)
        if html is None:
            html = looks_like_html(data, source)
        if html:
            return self.clean_html(data, source=source)
        decoded = decode_bytes(data)
        return self._run(decoded.text, source=_source(source, data, decoded.encoding))

    def clean_html(self, html: str | bytes, *, source: str = "-", url: str | None = None) -> Result:
        """Extract the main text of an HTML page with trafilatura, then clean it.

        Edit offsets refer to the extracted text, which ``Result.original`` holds.
        """
        from .html import extract_html  # trafilatura is imported only when a page is HTML

        data = html.encode("utf-8") if isinstance(html, str) else _as_bytes(html)
        decoded = decode_bytes(data)
        page_url = url or (source if _is_url(source) else None)
        text, metadata = extract_html(decoded.text, url=page_url, metadata=self.html_metadata)
        return self._run(text, source=_source(source, data, decoded.encoding), html=metadata)

    def _run(self, text: str, source: dict[str, Any], html: dict[str, Any] | None = None) -> Result:
        tracked, warnings = self._tracked(text)
        over = self._over_budget(text, tracked)
        if over is not None:
            rule_free, rule_free_warnings = self._rule_free()._tracked(text)
            if self._still_over_budget(rule_free.text):
                tracked, warnings = rule_free, [*rule_free_warnings, over]
            else:
                over = None
        return Result(
            text=tracked.text,
            edits=tuple(tracked.edits),
            original=text,
            source=source,
            version=__version__,
            options=self.options,
            ruleset=self._ruleset_identity,
            html=html,
            warnings=tuple(dict.fromkeys(warnings)),
            over_budget=over is not None,
        )

    def _over_budget(self, text: str, tracked: TrackedText) -> str | None:
        """The warning for a document whose rules remove more than the budget, else None.

        Over the budget: rules remove a larger share of the characters than
        the budget and more than :data:`BUDGET_ALLOWANCE` of them, or leave
        nothing of a document that had text.  A budget of 1 is no budget.
        Characters are counted without white space, so that the canonical
        form's spacing (a first run's output) never moves a document across
        the budget and a second run decides as the first did.
        """
        if self.removal_budget == 1:
            return None
        removed: Counter[str] = Counter()
        rule_ids = self._rule_ids
        for edit in tracked.edits:
            for step in edit.steps:  # the first rule among the edit's steps is charged
                if step.rule in rule_ids:
                    removed[step.rule] += max(0, _visible(edit.removed) - _visible(edit.inserted))
                    break
        if not removed:
            return None
        total = sum(removed.values())
        emptied = not tracked.text.strip() and bool(text.strip())
        if not emptied and total <= BUDGET_ALLOWANCE:
            return None  # decided without counting the whole text
        size = _visible(text)
        share = total / size if size else 0.0
        if not emptied and share <= self.removal_budget:
            return None
        most = ", ".join(f"{rule} ({chars / size:.0%})" for rule, chars in removed.most_common(3))
        return (
            f"{OVER_BUDGET}: rules would remove {share:.0%} of the text (budget {self.removal_budget:.0%}), "
            f"most by {most}; no rule's change was applied"
        )

    def _still_over_budget(self, canonical: str) -> bool:
        """Whether the rules are over the budget on ``canonical`` too: the text
        with repairs and canonical form only, what a second run would judge.

        A document is over the budget only when it is on both: the rules'
        interplay can differ with the spacing (a block that runs on over
        single line breaks stops at blank ones), and a first run that judged
        the text alone could give output that a second run judges otherwise.
        """
        tracked, _ = self._tracked(canonical)
        return self._over_budget(canonical, tracked) is not None

    def _rule_free(self) -> Cleaner:
        """This cleaner without rules: what a document over the budget gets."""
        if self._without_rules is None:
            self._without_rules = Cleaner(
                typography=self.typography,
                timeout=self.timeout,
                ruleset=Ruleset([], profile=self.ruleset.profile),
                ignore=sorted(self._ignored),
            )
        return self._without_rules

    def _tracked(self, text: str) -> tuple[TrackedText, list[str]]:
        """Every stage run over ``text`` until stable, and the warnings."""
        tracked = TrackedText(text)
        warnings: list[str] = []
        self._until_stable(tracked, warnings, repair=True)
        # Typography comes last, so that repair judges the text as written; the
        # passes then run again without repair, so that the rest still reaches
        # its fixpoint on the straightened text.
        typed = tracked.text
        for stage in self._parts()[3]:
            _apply(tracked, stage.run(tracked.text)[0])
        if tracked.text != typed:
            self._until_stable(tracked, warnings, repair=False)
        forget_doc()  # (nothing of this document is kept for the next)
        return tracked, warnings

    def _until_stable(self, tracked: TrackedText, warnings: list[str], repair: bool) -> None:
        for number in range(MAX_PASSES):
            before = tracked.text
            self._one_pass(tracked, warnings, again=number > 0, repair=repair)
            if tracked.text == before:
                return
        warnings.append(f"text still changed after {MAX_PASSES} passes; output may not be stable")

    def _one_pass(self, tracked: TrackedText, warnings: list[str], again: bool, repair: bool) -> None:
        start = tracked.text
        before, rules, after, _ = self._parts()
        for stage in (*before, *rules):
            if not repair and stage.id == "unicode":
                continue
            changes, stage_warnings = stage.run(tracked.text)
            _apply(tracked, changes)
            warnings.extend(stage_warnings)
        if again and tracked.text == start:
            return  # still the layout passes' own output, which they leave as it is (tested)
        for stage in after:
            _apply(tracked, stage.run(tracked.text)[0])

    def clean_batch(self, texts: Iterable[Any], *, edits: bool = True) -> dict[str, list[Any]]:
        """Clean many texts into columns of a fixed schema (see :mod:`cleaner.columns`),
        for ``datasets.map(batched=True)``, Ray, Dask or Spark: a bad record
        gets an ``error`` in its row, never an exception that loses the batch."""
        return clean_columns(self.clean, texts, edits=edits)

    # -- pickling: options and YAML, rebuilt through a per-process cache ----------

    def _pickle_state(self, select: Sequence[str], extend_select: Sequence[str], ignore: Sequence[str]) -> str | None:
        """The JSON a pickle carries, or None if the ruleset was not read from YAML text."""
        packs = self.ruleset.packs
        if any(pack.text is None for pack in packs):
            return None
        shipped = [p.sha256 for p in shipped_packs()]
        rule_select, rule_extend, rule_ignore = self.ruleset.selection
        state = {
            "version": __version__,
            "typography": self.typography,
            "timeout": self.timeout,
            "removal_budget": self.removal_budget,
            "html_metadata": self.html_metadata,
            "ignored": sorted(self._ignored),
            "selection": [list(rule_select), list(rule_extend), list(rule_ignore)],
            "profile": self.ruleset.profile,
            "packs": [
                {"shipped": pack.name} if pack.sha256 in shipped else {"text": pack.text, "path": pack.path, "name": pack.name}
                for pack in packs
            ],
        }
        return json.dumps(state, sort_keys=True, ensure_ascii=False)

    def __reduce__(self) -> tuple[Callable[[str], Cleaner], tuple[str]]:
        if self._state is None:
            raise TypeError("this Cleaner's ruleset was not read from YAML text, so it cannot be pickled")
        return _unpickle, (self._state,)


def _apply(tracked: TrackedText, changes: Sequence[Change]) -> None:
    """Apply a stage's changes, first letting go of the scans' copy of the text they replace."""
    tracked.apply(changes, before_replacing=forget_doc)


def _visible(text: str) -> int:
    """Characters of ``text`` that are not white space (``str.isspace``).

    >>> _visible(" a b\\n\\t\\u3000")
    2

    Plain spaces and line breaks are counted by ``str.count``, the rare
    white space by one regex scan: several times faster than testing each
    character (tested against that on every code point).
    """
    return len(text) - text.count(" ") - text.count("\n") - len(_RARE_SPACE.findall(text))


def _character_ids(straight: bool) -> list[str]:
    return list(CHARACTER_IDS if straight else CHARACTER_IDS[:3])


_UNPICKLED: dict[str, Cleaner] = {}


def _unpickle(state: str) -> Cleaner:
    """A Cleaner from its pickled state, built once per process and state."""
    digest = hashlib.sha256(state.encode("utf-8")).hexdigest()
    if digest not in _UNPICKLED:
        data = json.loads(state)
        shipped = {pack.name: pack for pack in shipped_packs()}
        packs = [
            shipped[p["shipped"]] if "shipped" in p else load_pack_text(p["text"], p["path"], p["name"])
            for p in data["packs"]
        ]
        ruleset = Ruleset(packs, *data["selection"], profile=data["profile"])
        cleaner = Cleaner(
            typography=data["typography"], timeout=data["timeout"], ruleset=ruleset, ignore=data["ignored"],
            removal_budget=data["removal_budget"], html_metadata=data["html_metadata"],
        )
        _UNPICKLED[digest] = cleaner
    return _UNPICKLED[digest]


def _clean_with(ruleset: Ruleset) -> Callable[[str], str]:
    """Cleaning text with ``ruleset`` (how rule examples are checked: a rule's
    examples are short, so no budget)."""
    cleaner = Cleaner(ruleset=ruleset, removal_budget=1.0)
    return lambda text: cleaner.clean(text).text


examples.use_pipeline(_clean_with)


def _as_bytes(data: Any) -> bytes:
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"expected bytes, bytearray or memoryview, not {type(data).__name__}")


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _source(name: str, data: bytes, encoding: str | None = None) -> dict[str, Any]:
    """Document-level provenance of the input: its name and a fingerprint of its bytes."""
    source: dict[str, Any] = {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    if encoding is not None:
        source["encoding"] = encoding
    return source


_CACHED: dict[Any, Cleaner] = {}
_CACHE_SIZE = 8


def _option_key(options: dict[str, Any]) -> Any:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in options.items()))


def clean(text: str | bytes | bytearray | memoryview, *, source: str = "-", **options: Any) -> Result:
    """Clean one document with the shipped rules (``options`` as for :class:`Cleaner`).

    The Cleaner for each set of options is built once and reused (the last
    few sets are kept), so calling this in a loop does not recompile rules.
    """
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"clean() takes str or bytes (or bytearray, memoryview), not {type(text).__name__}")
    key = _option_key(options)
    cleaner = _CACHED.get(key)
    if cleaner is None:
        cleaner = Cleaner(**options)
        if len(_CACHED) >= _CACHE_SIZE:
            _CACHED.pop(next(iter(_CACHED)))
        _CACHED[key] = cleaner
    if isinstance(text, str):
        return cleaner.clean(text, source=source)
    return cleaner.clean_bytes(text, source=source)
