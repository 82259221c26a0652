"""The fixed set of rule kinds, one module each, in the order they run.

Text reaches the rules one paragraph per line (scraped text is written that
way); blank lines are separators.  Every kind returns :class:`Change` objects
against the text it was given, sorted and non-overlapping, and compiles all
its rules at once.  Each kind's documentation lives with it; the README's
kind table is :func:`kind_table`.
"""

from __future__ import annotations

from . import drop_block, drop_duplicates, drop_fragment, drop_line, drop_run, join_lines, replace, strip_slug
from .base import Kind, Runner

__all__ = ["KINDS", "Kind", "Runner", "kind_table"]

# Run order: a block or a run of menu lines is dropped before its lines could be
# judged one by one (dropping one would break the run); a
# paragraph that was hard-broken is joined before it is compared with its
# neighbour; a fragment is judged once its neighbours are final.
KINDS: dict[str, Kind] = {
    module.KIND.name: module.KIND
    for module in (strip_slug, drop_block, drop_run, drop_line, replace, join_lines, drop_duplicates, drop_fragment)
}


def kind_table() -> str:
    """The README's table of rule kinds, generated from their documentation.

    >>> kind_table().splitlines()[0]
    '| kind | parameters | does |'
    """
    rows = ["| kind | parameters | does |", "|---|---|---|"]
    rows += [f"| `{kind.name}` | {kind.parameters} | {kind.details} |" for kind in KINDS.values()]
    return "\n".join(rows) + "\n"
