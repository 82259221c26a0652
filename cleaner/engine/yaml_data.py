"""Reading a rule file's YAML safely, with each mapping's line recorded.

Imported only when a rule file's data is not among the answers kept between
runs (:mod:`.memo`), so that most starts never import PyYAML.
"""

from __future__ import annotations

from typing import Any

import yaml

from .spec import RuleError

__all__ = ["MAX_EXPANDED_NODES", "read_yaml"]

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: faster start


class _LineLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """A safe loader that records each mapping's line as ``__line__``."""


# Nodes a rule file may hold once its aliases are expanded: the shipped packs
# hold a few thousand; a "billion laughs" holds billions.
MAX_EXPANDED_NODES = 200_000


def _bound_aliases(text: str) -> None:
    """Raise a YAML error where aliases (``*name``) would expand the file past
    :data:`MAX_EXPANDED_NODES` nodes.

    Aliases let a pack share a long sub-pattern between rules, but a few
    nested ones expand into gigabytes once anything walks the data.  The
    size is counted from the parser's events, before anything is built.
    """
    sizes: dict[str, int] = {}  # anchor -> nodes it expands to
    open_nodes: list[list] = [[None, 0]]  # [anchor, nodes so far] per open collection
    for event in yaml.parse(text, Loader=_SafeLoader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            open_nodes.append([event.anchor, 1])
            continue
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            anchor, size = open_nodes.pop()
        elif isinstance(event, yaml.ScalarEvent):
            anchor, size = event.anchor, 1
        elif isinstance(event, yaml.AliasEvent):
            anchor, size = None, sizes.get(event.anchor, 1)
        else:
            continue
        if anchor is not None:
            sizes[anchor] = size
        open_nodes[-1][1] += size
        if open_nodes[-1][1] > MAX_EXPANDED_NODES:
            raise yaml.composer.ComposerError(
                None, None,
                f"aliases expand this file past {MAX_EXPANDED_NODES:,} nodes (a 'billion laughs'?)",
                event.start_mark,
            )


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def read_yaml(text: str) -> Any:
    """The data of a rule file; a :class:`RuleError` (without the file's name,
    which the caller adds) names the line and the problem of invalid YAML."""
    try:
        _bound_aliases(text)
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleError("", mark.line + 1 if mark else None, f"invalid YAML: {problem}") from None
