"""The rule rounds' named debris categories, per language: each line goes, each trap stays.

The tables are in :mod:`tests.categories`, one module per round and group of
languages, each with ``CHROME`` (per language and category, debris lines in
the wordings sites print) and ``TRAPS`` (per language, content that uses the
same words: per category too in the later rounds' tables, where every
category has both).  Each line is cleaned between two article paragraphs,
with every pack on.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from cleaner import Cleaner

from .categories import (
    bracket_teasers_and_counted_calls,
    calls_widgets_credits,
    english_round8,
    english_round9,
    english_written_whole,
    forum_and_comment_chrome,
    inbox_account_miss,
    incomplete_de_nl_sv_fi,
    incomplete_fr_es_it_pt,
    meta_tails_all,
    round8_de_nl_sv_fi,
    round9_de_nl_sv_fi,
    round9_fr_es_it_pt,
    widened_fr_es_it_pt,
)
from .conftest import lines_around

CLEANER = Cleaner()
TABLES: dict[str, ModuleType] = {
    module.__name__.rsplit(".", 1)[-1]: module
    for module in (
        english_written_whole, incomplete_fr_es_it_pt, incomplete_de_nl_sv_fi, widened_fr_es_it_pt,
        english_round8, english_round9, round8_de_nl_sv_fi, round9_fr_es_it_pt, round9_de_nl_sv_fi,
        bracket_teasers_and_counted_calls, meta_tails_all, forum_and_comment_chrome,
        calls_widgets_credits, inbox_account_miss,
    )
}


def _cases(side: str) -> list[tuple[str, str, str, str]]:
    """(table, language, category, line) for every line of ``CHROME`` or ``TRAPS``
    (traps not kept by category are in the category "traps")."""
    return [
        (name, language, category, line)
        for name, module in TABLES.items()
        for language, categories in getattr(module, side).items()
        for category, lines in (categories.items() if isinstance(categories, dict) else [("traps", categories)])
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
    """Each language has traps, and a table that keeps its traps by category
    names the same categories on both sides, so none is tested one way only."""
    module = TABLES[table]
    assert set(module.CHROME) == set(module.TRAPS)
    for language, traps in module.TRAPS.items():
        assert traps, language
        if isinstance(traps, dict):
            assert set(module.CHROME[language]) == set(traps), language


# Cases of the tables' rounds that a line alone does not show.


def test_a_table_keeps_its_header_rule() -> None:
    """The "|---|" line under a table's header (and "| - |", which may be one) is the table's."""
    for rule in ("|---|---|", "| - | - |", "| :--- | ---: |"):
        text = f"| Pos | Player |\n{rule}\n| 1 | Kyle Busch |\n"
        assert rule in CLEANER.clean(text).text.splitlines(), rule


def test_a_row_of_cookie_buttons_goes_though_one_of_them_alone_stays() -> None:
    """A lone «Paramètres» may head a section; in a row of banner buttons it is chrome."""
    assert "Paramètres" in lines_around(CLEANER, "Paramètres")
    row = "Tout accepter | Uniquement les nécessaires | Paramètres"
    assert row not in lines_around(CLEANER, row)


def test_one_forum_field_alone_stays_and_two_with_a_statistic_go() -> None:
    for single in ("Localisation : Lyon", "Edad: 42", "Località: Bari", "Idade: 34"):
        assert single in lines_around(CLEANER, single), single
    row = "Localisation : Lyon · Messages : 41"
    assert row not in lines_around(CLEANER, row)
