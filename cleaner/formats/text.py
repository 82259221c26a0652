"""Text, in and out: a document read as text, and ``--format text``, its clean text.

In: any document no other format claims, and stdin unless ``--html`` says
otherwise.  A ``.txt``, ``.text``, ``.md``, ``.markdown`` or ``.rst`` name is
text whatever tags it holds (the names :meth:`Cleaner.clean_bytes` does not
sniff either).  The bytes are decoded as :func:`cleaner.decode.decode_bytes`
says: UTF-8, else a detected charset; binary is refused.

Out: the clean text as it is.  With ``-o`` a text name keeps its name, any
other gets ``.txt`` added; on stdout the texts follow one another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..html import TEXT_SUFFIXES

if TYPE_CHECKING:
    from ..pipeline import Cleaner
    from ..result import Result

__all__ = ["GLOBS", "NAME", "SUFFIXES", "clean", "end_stdout", "output_name", "render", "sniff", "to_stdout"]

NAME = "text"
SUFFIXES = TEXT_SUFFIXES
GLOBS = ("*.txt", "*.text", "*.md")  # taken from folders by default


def sniff(data: bytes) -> bool:
    """Text claims no content of its own: it is what no other format claims."""
    return False


def clean(cleaner: Cleaner, name: str, data: bytes) -> Result:
    """Decode and clean a text document (raises :class:`~cleaner.decode.NotTextError` for binary)."""
    return cleaner.clean_bytes(data, source=name, html=False)


def output_name(relative: str) -> str:
    """The output's name under ``-o``.

    >>> output_name("in/a.MD"), output_name("page.html")
    ('in/a.MD', 'page.html.txt')
    """
    return relative if relative.lower().endswith(SUFFIXES) else f"{relative}.txt"


def render(result: Result) -> str:
    """A document's output: its clean text (which ends with its own line break)."""
    return result.text


def to_stdout(output: str, index: int, several: bool) -> str:
    """What stdout gets for the ``index``-th output: the texts follow one another."""
    return output


def end_stdout(written: int, several: bool) -> str:
    """What stdout gets after the last output: nothing."""
    return ""
