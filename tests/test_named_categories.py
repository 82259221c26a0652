"""The later rule rounds' named debris categories, per language: each line goes, each trap stays.

The tables are in :mod:`tests.categories`, one module per round and group of
languages, each with ``CHROME`` (per language and category, debris lines in
the wordings sites print) and ``TRAPS`` (per language and category, content
that uses the same words).  Each line is cleaned between two article
paragraphs, with every pack on.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from cleaner import Cleaner

from .categories import (
    bracket_teasers_and_counted_calls,
    calls_widgets_credits,
    meta_tails_all,
    round8_de_nl_sv_fi,
    round9_de_nl_sv_fi,
    round9_fr_es_it_pt,
)
from .conftest import lines_around

CLEANER = Cleaner()
TABLES: dict[str, ModuleType] = {
    module.__name__.rsplit(".", 1)[-1]: module
    for module in (
        round8_de_nl_sv_fi,
        round9_fr_es_it_pt,
        round9_de_nl_sv_fi,
        bracket_teasers_and_counted_calls,
        meta_tails_all,
        calls_widgets_credits,
    )
}


def _cases(side: str) -> list[tuple[str, str, str, str]]:
    """(table, language, category, line) for every line of ``CHROME`` or ``TRAPS``."""
    return [
        (name, language, category, line)
        for name, module in TABLES.items()
        for language, categories in getattr(module, side).items()
        for category, lines in categories.items()
        for line in lines
    ]


@pytest.mark.parametrize(("table", "language", "category", "line"), _cases("CHROME"))
def test_a_debris_line_goes(table: str, language: str, category: str, line: str) -> None:
    assert line.strip() not in lines_around(CLEANER, line), f"{table} {language} {category}: {line!r} stayed"


@pytest.mark.parametrize(("table", "language", "category", "line"), _cases("TRAPS"))
def test_content_with_the_same_words_stays(table: str, language: str, category: str, line: str) -> None:
    assert line.strip() in lines_around(CLEANER, line), f"{table} {language} {category}: {line!r} was removed"


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_category_has_debris_and_traps_in_every_language(table: str) -> None:
    """Each language names the same categories on both sides, so none is tested one way only."""
    module = TABLES[table]
    assert set(module.CHROME) == set(module.TRAPS)
    for language in module.CHROME:
        assert set(module.CHROME[language]) == set(module.TRAPS[language]), language
