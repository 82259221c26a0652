"""A chosen set of rules, compiled once and run as pipeline stages.

Rules come from the shipped packs (``rules/*.yaml``, installed as
``cleaner.packs``) and from any files or folders the user adds.  Selection
works like ruff's: ``select`` replaces the default set (every ``safe`` rule),
``extend_select`` adds to it, ``ignore`` removes; each names a rule id or an
id prefix (``widget`` selects ``widget/read-more-block``), and ``ALL``
selects every rule, aggressive ones too.

A profile says what kind of text is cleaned, and so which shipped packs
load: ``extracted`` (the default: an extractor's main text, where most
lines are article) loads every pack but the profile-only ones; ``page`` (all
visible text of a page: menus, headers and footers included) adds
``page-chrome``.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from .kinds import KINDS, Kind, Runner
from .loader import Pack, load_pack, load_pack_text
from .spec import Rule, RuleError

__all__ = ["PROFILES", "Ruleset", "SelectionError", "load_packs", "pack_table", "shipped_packs"]

# Each profile and the shipped packs that only it loads.
PROFILES: dict[str, tuple[str, ...]] = {"extracted": (), "page": ("page-chrome",)}
DEFAULT_PROFILE = "extracted"


class SelectionError(ValueError):
    """A --select/--ignore entry that names no rule."""


def _shipped_folder() -> Any:
    """``rules/``: installed as the ``cleaner.packs`` package, or beside a source tree.

    The folders are looked for first: ``importlib.resources`` (for packages
    installed in a zip) brings in ``tempfile`` and ``shutil``, a twentieth
    of the start of ``clean``.
    """
    here = Path(__file__).resolve()
    installed, tree = here.parents[1] / "packs", here.parents[2]
    if installed.is_dir():
        return installed
    if (tree / "pyproject.toml").is_file() and (tree / "rules").is_dir():
        return tree / "rules"
    from importlib import resources

    return resources.files("cleaner.packs")


def shipped_packs(profile: str | None = None) -> list[Pack]:
    """The rule packs installed with the package, in load order (read once per
    process): those ``profile`` loads, or with None every one.

    Packs for no one language come first, then English, then the other
    languages' packs, each group in file-name order.  Load order decides
    which rule is credited when two match the same text, so a line that
    reads the same in several languages ("Foto: Reuters") goes to the
    language-neutral or English rule, not to whichever language sorts first.

    >>> [p.name for p in shipped_packs("page") if p.name not in {q.name for q in shipped_packs("extracted")}]
    ['page-chrome']
    """
    if profile is not None and profile not in PROFILES:
        raise ValueError(f"no profile {profile!r} (profiles: {', '.join(PROFILES)})")
    only_other = {name for other, names in PROFILES.items() if other != profile for name in names}
    return [pack for pack in _read_shipped_packs() if profile is None or pack.name not in only_other]


def _load_order(pack: Pack) -> tuple[bool, bool, str]:
    return pack.language is not None, pack.language not in (None, "en"), pack.path


@lru_cache(maxsize=1)
def _read_shipped_packs() -> tuple[Pack, ...]:
    folder = _shipped_folder()
    files = (f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml")))
    packs = (
        load_pack_text(f.read_text(encoding="utf-8"), f"rules/{f.name}", f.name.rsplit(".", 1)[0])
        for f in files
    )
    return tuple(sorted(packs, key=_load_order))


def pack_table(packs: Sequence[Pack]) -> str:
    """The README's table of packs and their rules, in load order.

    A language pack's ids are listed without their ``/<language>`` ending.

    >>> pack_table(shipped_packs()).splitlines()[0]
    '| pack | language | rules |'
    """
    rows = ["| pack | language | rules |", "|---|---|---|"]
    for pack in packs:
        ending = f"/{pack.language}" if pack.language not in (None, "en") else ""
        ids = ", ".join(f"`{rule.id.removesuffix(ending)}`" for rule in pack.rules)
        language = pack.language or "any"
        rows.append(f"| `{pack.name}` | {language} | {ids}{f' (each id ends in `{ending}`)' if ending else ''} |")
    return "\n".join(rows) + "\n"


def load_packs(paths: Iterable[str | Path]) -> list[Pack]:
    """Rule files from paths; a folder contributes its ``*.yaml``/``*.yml`` files, recursively."""
    packs = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            if not files:
                raise RuleError(str(path), None, "folder holds no .yaml rule files")
            packs.extend(load_pack(p) for p in files)
        elif path.exists():
            packs.append(load_pack(path))
        else:
            raise RuleError(str(path), None, "no such file or folder")
    return packs


def _matches(selector: str, rule_id: str) -> bool:
    return selector == "ALL" or rule_id == selector or rule_id.startswith(selector.rstrip("/") + "/")


def _compile(kind: Kind, rules: Sequence[Rule]) -> Runner:
    return kind.compile(rules)


class Ruleset:
    """Rules chosen from packs, compiled into one stage per kind."""

    def __init__(
        self,
        packs: Sequence[Pack],
        select: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        *,
        profile: str = DEFAULT_PROFILE,
        compile_kind: Callable[[Kind, Sequence[Rule]], Runner] = _compile,
    ) -> None:
        """``profile`` names the kind of text the packs were chosen for (see
        :func:`shipped_packs`); ``compile_kind`` turns a kind's rules into its
        runner (tests pass the reference path of :mod:`.reference`)."""
        if profile not in PROFILES:
            raise ValueError(f"no profile {profile!r} (profiles: {', '.join(PROFILES)})")
        self.profile = profile
        self.packs = list(packs)
        self.selection = (tuple(select), tuple(extend_select), tuple(ignore))
        every = [rule for pack in self.packs for rule in pack.rules]
        ids: dict[str, Rule] = {}
        for rule in every:
            if rule.id in ids:
                other = ids[rule.id]
                raise rule.error(f"id already defined in {other.path}:{other.line}")
            ids[rule.id] = rule
        for selector in (*select, *extend_select, *ignore):
            if not any(_matches(selector, rule.id) for rule in every):
                raise SelectionError(f"no rule id matches {selector!r}")
        if select:
            chosen = [r for r in every if any(_matches(s, r.id) for s in select)]
        else:
            chosen = [r for r in every if r.safety == "safe"]
        if extend_select:
            taken = {r.id for r in chosen}
            chosen += [r for r in every if r.id not in taken and any(_matches(s, r.id) for s in extend_select)]
        self.rules = [r for r in chosen if not any(_matches(s, r.id) for s in ignore)]
        self.all_rules = every
        self._compile_kind = compile_kind
        self._stages: list[tuple[str, Runner]] | None = None

    @classmethod
    def default(
        cls,
        extra: Iterable[str | Path] = (),
        select: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        profile: str = DEFAULT_PROFILE,
    ) -> Ruleset:
        """The shipped packs of ``profile`` plus rule files from ``extra``."""
        return cls([*shipped_packs(profile), *load_packs(extra)], select, extend_select, ignore, profile=profile)

    def get(self, rule_id: str) -> Rule:
        for rule in self.all_rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    @property
    def stages(self) -> list[tuple[str, Runner]]:
        """(kind, runner) in the order the kinds run, compiled on first use."""
        if self._stages is None:
            self._stages = [
                (name, self._compile_kind(kind, rules))
                for name, kind in KINDS.items()
                if (rules := [r for r in self.rules if r.kind == name])
            ]
        return self._stages

    def identity(self) -> dict[str, Any]:
        """Which profile, packs and rules: enough to tell two runs' rulesets apart."""
        packs = [pack.identity() for pack in self.packs]
        rule_ids = [rule.id for rule in self.rules]
        digest = hashlib.sha256(json.dumps([self.profile, packs, rule_ids], sort_keys=True).encode()).hexdigest()
        return {"sha256": digest, "profile": self.profile, "packs": packs, "rules": rule_ids}
