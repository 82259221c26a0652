"""``--format json``, out: each document as one indented JSON object (``Result.to_dict()``).

With ``-o`` each document's object goes to its own file (``.json`` added).
On stdout the shape follows the command line, not what was found or
failed: several inputs or a folder give one array (even of one document,
or none); a single input gives one object, or ``null`` if it failed, so
stdout is always one JSON value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .jsonl import json_text

if TYPE_CHECKING:
    from ..result import Result

__all__ = ["NAME", "end_stdout", "output_name", "render", "to_stdout"]

NAME = "json"


def output_name(relative: str) -> str:
    """The output's name under ``-o``: ``.json`` added (``a.md`` -> ``a.md.json``)."""
    return f"{relative}.json"


def render(result: Result) -> str:
    """A document's output: its JSON, indented, and a line break."""
    return json_text(result.to_dict(), indent=2) + "\n"


def to_stdout(output: str, index: int, several: bool) -> str:
    """What stdout gets for the ``index``-th output: the object, or the next item of the array.

    >>> "".join(to_stdout("{}\\n", i, True) for i in range(2)) + end_stdout(2, True)
    '[\\n{},\\n{}\\n]\\n'
    """
    if not several:
        return output
    return ("[\n" if index == 0 else ",\n") + output.removesuffix("\n")


def end_stdout(written: int, several: bool) -> str:
    """What stdout gets after the last output: the array's end, or ``null`` for a lone input that failed.

    >>> end_stdout(0, True), end_stdout(0, False), end_stdout(1, False)
    ('[]\\n', 'null\\n', '')
    """
    if several:
        return "\n]\n" if written else "[]\n"
    return "" if written else "null\n"
