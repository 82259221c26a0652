"""Read rule packs from YAML, with errors that name the file and line.

A pack file is a mapping::

    pack: web-debris          # optional, defaults to the file name
    version: 1                # optional
    description: ...          # optional
    language: de              # optional: the language its wording is in (ISO 639 code)
    define:                   # optional: sub-patterns that patterns use as {{name}}
      sep: '[\\t\\p{Zs}]*[|·][\\t\\p{Zs}]*'
    rules:
      - id: boilerplate/advertisement
        description: An "Advertisement" label left where an ad was.
        kind: drop-line
        phrases: [Advertisement, Sponsored content]
        examples:
          - in: "Advertisement\\nReal text."
            out: "Real text."
          - keep: "The advertisement ran for weeks."
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .kinds import KINDS
from .memo import remembered
from .spec import RULE_ID, SAFETY, Example, Rule, RuleError, Where
from .subpatterns import Subpatterns, expand_patterns, read_subpatterns

__all__ = ["Pack", "load_pack", "load_pack_text"]

_RULE_FIELDS = {"id", "description", "kind", "safety", "where", "examples", "__line__"}
_PACK_FIELDS = {"pack", "version", "description", "language", "define", "rules", "__line__"}
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")




@dataclass(frozen=True)
class Pack:
    """A rule file: its name, version, content hash and rules."""

    name: str
    version: str
    path: str
    sha256: str
    rules: tuple[Rule, ...]
    # The YAML it was read from: what a pickled Cleaner carries instead of compiled rules.
    text: str | None = field(default=None, repr=False, compare=False)
    # The language its wording is in, if it is written for one (``en``, ``de``, ...).
    language: str | None = None

    def identity(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version, "sha256": self.sha256}


@remembered("yaml")
def _read_yaml(text: str) -> Any:
    """The data of a rule file (kept between runs: reading the shipped packs'
    YAML was a fifth of a start, and the same text always reads the same).

    PyYAML is imported here, only when the answer is not kept: a start whose
    answers are all kept never imports it (15 ms).
    """
    from .yaml_data import read_yaml

    return read_yaml(text)


def load_pack(path: Path) -> Pack:
    """Read and check one rule file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RuleError(str(path), None, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(str(path), None, f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    return load_pack_text(text, str(path), default_name=path.stem)


def load_pack_text(text: str, path: str = "<memory>", default_name: str = "rules") -> Pack:
    """Read and check a rule file given as text (``path`` is for messages)."""
    try:
        data = _read_yaml(text)
    except RuleError as exc:  # (read_yaml's: it knows the line, not the file)
        raise RuleError(path, exc.line, exc.problem) from None
    if not isinstance(data, dict):
        raise RuleError(path, 1, "a rule file must be a mapping with a 'rules' list")
    unknown = set(data) - _PACK_FIELDS
    if unknown:
        raise RuleError(path, data["__line__"], f"unknown top-level field(s): {', '.join(sorted(unknown))}")
    name = data.get("pack", default_name)
    if not isinstance(name, str) or not name:
        raise RuleError(path, data["__line__"], "'pack' must be a non-empty string")
    version = data.get("version", "0")
    if isinstance(version, bool) or not isinstance(version, (str, int, float)):
        raise RuleError(path, data["__line__"], "'version' must be a string or a number")
    if not isinstance(data.get("description", ""), str):
        raise RuleError(path, data["__line__"], "'description' must be a string")
    language = data.get("language")
    if language is not None and not (isinstance(language, str) and _LANGUAGE.match(language)):
        raise RuleError(path, data["__line__"], "'language' must be a lower-case ISO 639 code such as 'de'")
    rules_data = data.get("rules")
    if not isinstance(rules_data, list) or not rules_data:
        raise RuleError(path, data["__line__"], "'rules' must be a non-empty list")
    subpatterns = read_subpatterns(data.get("define", {}), path, data["__line__"])
    rules = []
    seen: dict[str, int] = {}
    for item in rules_data:
        rule = _parse_rule(item, path, name, subpatterns)
        if rule.id in seen:
            raise rule.error(f"duplicate id (first defined on line {seen[rule.id]})")
        seen[rule.id] = rule.line or 0
        rules.append(rule)
    if unused := subpatterns.unused():
        raise RuleError(path, subpatterns.line, f"defined but never used: {', '.join(unused)}")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Pack(name, str(version), path, digest, tuple(rules), text, language)


def _parse_rule(item: Any, path: str, pack: str, subpatterns: Subpatterns) -> Rule:
    if not isinstance(item, dict):
        raise RuleError(path, None, "each entry of 'rules' must be a mapping")
    line = item["__line__"]
    rule_id = item.get("id")
    if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
        raise RuleError(
            path, line,
            f"'id' must look like 'group/name' (lower case, digits, '-'), got {rule_id!r}",
        )

    def fail(problem: str) -> RuleError:
        return RuleError(path, line, problem, rule_id)

    item = expand_patterns(item, subpatterns, fail)
    description = item.get("description")
    if not isinstance(description, str) or not description.strip():
        raise fail("'description' is required")
    kind_name = item.get("kind")
    if kind_name not in KINDS:
        raise fail(f"unknown kind {kind_name!r}; known kinds: {', '.join(sorted(KINDS))}")
    kind = KINDS[kind_name]
    unknown = set(item) - _RULE_FIELDS - set(kind.fields)
    if unknown:
        raise fail(
            f"unknown field(s) {', '.join(sorted(unknown))} for kind {kind_name!r} "
            f"(it takes: {', '.join(kind.fields) or 'nothing'})"
        )
    safety = item.get("safety", "safe")
    if safety not in SAFETY:
        raise fail(f"'safety' must be one of {', '.join(SAFETY)}")
    params = kind.parse({k: item[k] for k in kind.fields if k in item}, fail)
    return Rule(
        id=rule_id,
        description=description.strip(),
        kind=kind_name,
        params=params,
        examples=_parse_examples(item.get("examples"), fail),
        safety=safety,
        where=_parse_where(item.get("where"), fail),
        path=path,
        line=line,
        pack=pack,
    )


def _parse_where(data: Any, fail: Any) -> Where:
    if data is None:
        return Where()
    if not isinstance(data, dict) or len(set(data) - {"__line__"}) != 1:
        raise fail("'where' must be {first: N} or {last: N}")
    (key,) = set(data) - {"__line__"}
    value = data[key]
    if key not in ("first", "last") or not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise fail("'where' must be {first: N} or {last: N} with N >= 1")
    return Where(**{key: value})


def _parse_examples(data: Any, fail: Any) -> tuple[Example, ...]:
    if not isinstance(data, list) or not data:
        raise fail("'examples' must be a non-empty list of {in, out} or {keep} entries")
    examples = []
    for entry in data:
        fields = set(entry) - {"__line__"} if isinstance(entry, dict) else None
        if fields == {"in", "out"} and isinstance(entry["in"], str) and isinstance(entry["out"], str):
            examples.append(Example(entry["in"], entry["out"], entry["__line__"]))
        elif fields == {"keep"} and isinstance(entry["keep"], str):
            examples.append(Example(entry["keep"], None, entry["__line__"]))
        else:
            raise fail("each example is {in: TEXT, out: TEXT} or {keep: TEXT}")
    return tuple(examples)
