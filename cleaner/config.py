"""What a :class:`Cleaner` is built from, as one frozen value.

The command builds a ``CleanerConfig`` from its options once; it travels to
every worker process, which builds its own Cleaner from it.  Its fields are
:class:`Cleaner`'s keyword options, with the same names and defaults, so
adding an option to the Cleaner is one field here (and, for the command,
one click option of the same name: :meth:`CleanerConfig.from_options` picks
the fields out of the command's options by name).

>>> config = CleanerConfig(typography="straight", ignore=("boilerplate",))
>>> config.build().typography
'straight'
>>> CleanerConfig.from_options({"typography": "straight", "ignore": ("boilerplate",), "quiet": True}) == config
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from .pipeline import DEFAULT_TIMEOUT, Cleaner, Typography

__all__ = ["CleanerConfig"]


@dataclass(frozen=True)
class CleanerConfig:
    """The keyword options of :class:`Cleaner` (see there for what each does)."""

    typography: Typography = "keep"
    rules: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    profile: str | None = None
    removal_budget: float | None = None
    html_metadata: bool = True

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> CleanerConfig:
        """The config among a command's options: each field that ``options`` names."""
        return cls(**{f.name: options[f.name] for f in fields(cls) if f.name in options})

    def as_dict(self) -> dict[str, Any]:
        """The options, as :class:`Cleaner` takes them and a review page shows them."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def build(self) -> Cleaner:
        """A Cleaner with these options (raises the Cleaner's errors: bad rules, bad selection)."""
        return Cleaner(**self.as_dict())
