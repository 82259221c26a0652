"""Leftovers of markup and page metadata, in lines the rules were not written from.

The ``markup/*`` rules (``rules/site-widgets.yaml``) drop lines that are only
an unrendered shortcode, an image's address, a machine time stamp, a template
placeholder, a value a script failed to fill in, or empty HTML.
``tests/data/markup_debris.yaml`` holds a held-out set, written after the
rules were final and measured once, and trap lines: content that looks like
such debris.  Each line is cleaned inside a short article, as in
``test_unseen_debris.py``; a line counts as removed when nothing of it is
left (a trap whose entity is decoded is still there).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cleaner import Cleaner

from .conftest import AFTER, BEFORE, lines_around

DATA = yaml.safe_load((Path(__file__).parent / "data" / "markup_debris.yaml").read_text(encoding="utf-8"))
QUALITY = Path(__file__).parent / "data" / "quality"
CLEANER = Cleaner()

# The share of each category removed when the held-out set was measured
# (once, after the rules were final): the floors, so that it can only go up.
# Missed then: "[toc]"; an address with ":large" after ".jpg"; two stamps on
# one line and a bare Unix time; "{{ .Title }}", a placeholder with a unit
# after it, "${…}" and "<%= … %>"; "Invalid date", "NaN min read",
# "undefined°C", "By undefined", "€NaN"; "</p>", "<div>" and a tracking pixel.
HELD_OUT_FLOORS = {
    "shortcode": 24 / 25,
    "asset_url": 22 / 23,
    "timestamp": 20 / 22,
    "template": 18 / 22,
    "unfilled": 17 / 22,
    "html": 19 / 22,
}


def removed(line: str) -> bool:
    """Whether nothing of ``line`` is left when it is cleaned between two paragraphs."""
    return [kept for kept in lines_around(CLEANER, line) if kept] == [BEFORE, AFTER]


def test_every_category_has_a_floor() -> None:
    assert set(DATA["held_out"]) == set(HELD_OUT_FLOORS)
    assert all(len(lines) >= 20 for lines in DATA["held_out"].values())
    assert len(DATA["traps"]) >= 20


@pytest.mark.parametrize("category", sorted(HELD_OUT_FLOORS))
def test_held_out_leftovers_go_at_their_measured_level(category: str) -> None:
    lines = DATA["held_out"][category]
    left = [line for line in lines if not removed(line)]
    assert 1 - len(left) / len(lines) >= HELD_OUT_FLOORS[category] - 1e-9, f"{category}: left {left}"


@pytest.mark.parametrize("trap", DATA["traps"])
def test_trap_lines_stay(trap: str) -> None:
    assert not removed(trap)


def test_no_markup_rule_touches_an_article_body() -> None:
    """The bodies people marked on real pages hold URLs, dates and brackets: none may go."""
    bodies = sorted(QUALITY.glob("*.body.txt"))
    assert bodies
    touched = [
        (path.name, edit.removed)
        for path in bodies
        for edit in CLEANER.clean(path.read_text(encoding="utf-8")).edits
        if edit.rule.startswith("markup/")
    ]
    assert touched == []


def test_the_rules_remove_what_they_name_and_nothing_around_it() -> None:
    debris = "[/caption]\n2019-11-19T08:57:40+01:00\nhttps://example.org/a.jpg\n{{ article.title }}\nundefined\n<br>"
    text = f"{BEFORE}\n{debris}\n{AFTER}\n"
    result = CLEANER.clean(text)
    assert [line for line in result.text.splitlines() if line] == [BEFORE, AFTER]
    assert sorted(edit.rule for edit in result.edits if edit.removed.strip()) == [
        "markup/asset-url-line",
        "markup/html-leftover-line",
        "markup/shortcode-line",
        "markup/template-placeholder-line",
        "markup/timestamp-line",
        "markup/unfilled-value-line",
    ]
