"""What the command asks of each cleaned document or record besides its output.

The output format, the input kind when ``--html``/``--no-html`` forces it,
the ``--diff`` and ``--explain`` views, and what the ``--report`` page needs:
one frozen value that travels to the worker processes with the work.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import report
from .result import Result
from .review_data import ReviewRequest

__all__ = ["RenderOptions", "views"]


@dataclass(frozen=True)
class RenderOptions:
    """What the command wants from each result."""

    fmt: str = "text"  # the output format's name (see cleaner.formats.OUTPUT_FORMATS)
    diff: bool = False
    explain: bool = False
    html: bool | None = None  # True/False: --html/--no-html; None: the input's name or content decides
    color: bool = False  # terminal colour codes in --diff
    review: ReviewRequest | None = None  # --report: what each document brings back for the page


def views(result: Result, name: str, options: RenderOptions) -> str:
    """The --diff and --explain views of a result that the options ask for ('' for none)."""
    shown = []
    if options.diff:
        shown.append(report.diff(result, name, color=options.color))
    if options.explain:
        shown.append(report.explain(result, name))
    return "\n".join(v for v in shown if v)
