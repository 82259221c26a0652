"""Profiles (extracted, page) and the structural kind the page profile brings.

``extracted`` is the default and never loads ``page-chrome``; ``page`` does,
says so in the ruleset identity, pickles as itself and is what ``clean
--profile page`` uses.  The ``drop-run`` kind's own behaviour is tested here
beyond its rule's examples.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import clean_command
from cleaner.engine.loader import load_pack_text
from cleaner.engine.ruleset import PROFILES, Ruleset, shipped_packs

MENU = "Home\nNews\nSport\nBusiness\nSign in\n"
ARTICLE = (
    "Council approves new bus lanes\n"
    "The council voted on Tuesday to approve new bus lanes on the ring road, after a long debate.\n"
    "Work starts in the spring and should take a year, officials said.\n"
)
FOOTER = "Privacy Policy\nTerms & Conditions\nContact us\nRSS\n"
PAGE = MENU + ARTICLE + FOOTER


def paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def test_the_default_profile_is_extracted_and_has_no_page_chrome() -> None:
    cleaner = Cleaner()
    assert cleaner.ruleset.profile == "extracted"
    assert "page-chrome" not in {pack.name for pack in cleaner.ruleset.packs}
    assert not any(rule.id.startswith("chrome/") for rule in cleaner.ruleset.rules)
    # The menu's run of link words stays (its "Sign in" goes anywhere, as a site tool).
    assert paragraphs(cleaner.clean(PAGE).text)[:4] == ["Home", "News", "Sport", "Business"]


def test_the_page_profile_removes_menus_and_footers_and_keeps_the_article() -> None:
    result = Cleaner(profile="page").clean(PAGE)
    assert paragraphs(result.text) == paragraphs(ARTICLE)
    assert {e.rule for e in result.edits if e.removed.strip()} == {"chrome/link-run"}


def test_the_profile_is_in_the_ruleset_identity() -> None:
    page, extracted = Cleaner(profile="page").clean(PAGE), Cleaner().clean(PAGE)
    assert page.to_dict()["ruleset"]["profile"] == "page"
    assert extracted.to_dict()["ruleset"]["profile"] == "extracted"
    assert page.ruleset["sha256"] != extracted.ruleset["sha256"]


def test_a_page_cleaner_pickles_as_a_page_cleaner() -> None:
    cleaner = pickle.loads(pickle.dumps(Cleaner(profile="page")))
    assert cleaner.ruleset.profile == "page" and cleaner.removal_budget == 0.9
    assert paragraphs(cleaner.clean(PAGE).text) == paragraphs(ARTICLE)


def test_each_profile_has_its_own_budget_and_an_explicit_one_wins() -> None:
    assert (Cleaner().removal_budget, Cleaner(profile="page").removal_budget) == (0.5, 0.9)
    assert Cleaner(profile="page", removal_budget=0.3).removal_budget == 0.3


def test_an_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="profile"):
        Cleaner(profile="html")
    with pytest.raises(ValueError, match="profile"):
        shipped_packs("html")


def test_every_profile_pack_is_shipped_and_only_loaded_by_its_profile() -> None:
    every = {pack.name for pack in shipped_packs()}
    for profile, names in PROFILES.items():
        assert set(names) <= every
        assert set(names) <= {pack.name for pack in shipped_packs(profile)}
    assert not set(PROFILES["page"]) & {pack.name for pack in shipped_packs("extracted")}


def test_the_command_takes_a_profile(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    runner = CliRunner()
    default = runner.invoke(clean_command, [str(page)], catch_exceptions=False)
    with_page = runner.invoke(clean_command, ["--profile", "page", "--format", "json", str(page)], catch_exceptions=False)
    assert "Sport" in default.stdout
    data = json.loads(with_page.stdout)
    assert paragraphs(data["text"]) == paragraphs(ARTICLE) and data["ruleset"]["profile"] == "page"
    assert runner.invoke(clean_command, ["--profile", "html", str(page)]).exit_code == 2


# -- the drop-run kind -----------------------------------------------------------------


def run_rule(parameters: str) -> Cleaner:
    source = f"""\
rules:
  - id: test/run
    description: A run.
    kind: drop-run
{parameters}
    examples:
      - in: "a"
        out: "a"
"""
    return Cleaner(ruleset=Ruleset([load_pack_text(source, "test.yaml")]), removal_budget=1)


def test_blank_lines_inside_a_run_neither_break_nor_count() -> None:
    cleaner = run_rule("    min_lines: 4")
    assert cleaner.clean(PAGE).text == cleaner.clean(PAGE.replace("\n", "\n\n")).text
    assert "Home" not in cleaner.clean(PAGE.replace("\n", "\n\n")).text


def test_a_run_shorter_than_min_lines_stays() -> None:
    assert "Sign in" in run_rule("    min_lines: 6").clean(PAGE).text
    assert "Sign in" not in run_rule("    min_lines: 5").clean(PAGE).text


def test_max_words_and_max_chars_bound_each_line() -> None:
    text = "Intro text of some length here.\nHome\nWorld News\nSport\nSign in now\nThe story goes on."
    assert "Home" in run_rule("    max_words: 1").clean(text).text
    assert "Home" in run_rule("    max_chars: 8").clean(text).text
    assert "Home" not in run_rule("    max_words: 3\n    max_chars: 12").clean(text).text


def test_punctuated_says_how_many_sentence_lines_a_run_may_hold() -> None:
    text = "Home\nNews\nSign in.\nSport\nBusiness\nThe article starts here and goes on."
    assert "Home" in run_rule("    min_lines: 5").clean(text).text
    assert "Home" not in run_rule("    min_lines: 5\n    punctuated: 1").clean(text).text


def test_a_list_between_two_paragraphs_of_prose_stays() -> None:
    text = (
        "The new model has everything the old one had, the company said.\nGPS\nSwim proof\nDigital Crown\n"
        "Heart sensor\nIt goes on sale in March at the same price as before.\n"
    )
    assert paragraphs(run_rule("    min_lines: 4").clean(text).text) == paragraphs(text)


def test_a_line_ending_like_a_clause_is_not_link_text() -> None:
    verse = "Snow on the hills,\nSmoke from the mill,\nBread on the sill,\nAnd all is still\n"
    text = f"A poem opens the anthology, written by the schoolteacher.\n{verse}It dates from 1911.\n"
    assert paragraphs(run_rule("    min_lines: 4").clean(text).text) == paragraphs(text)
    # The same lines without their commas are a run.
    assert "Snow on the hills" not in run_rule("    min_lines: 4").clean(text.replace(",", "")).text


def test_prose_past_the_line_that_ends_a_run_holds_it_in() -> None:
    cast = "Avec\nIsabelle Moreau\nKarim Benali\nJeanne Lefort\n"
    text = (
        "Le film, présenté à Cannes, réunit une distribution prestigieuse.\n"
        f"{cast}Et la participation de Michel Garnier\nIl sortira en salles le 14 octobre prochain.\n"
    )
    assert paragraphs(run_rule("    min_lines: 4").clean(text).text) == paragraphs(text)
    # Two lines between are too many.
    text = text.replace("Et la participation", "Bande annonce en ligne sur le site\nEt la participation")
    assert "Karim Benali" not in run_rule("    min_lines: 4").clean(text).text


def test_a_run_of_table_rows_stays_but_archive_months_go() -> None:
    seats = "Gauche unie 21\nRépublicains 9\nRN 4\nDivers 1\n"
    text = f"La mairie a publié la répartition des sièges du conseil.\n{seats}Le maire sera élu.\n"
    assert paragraphs(run_rule("    min_lines: 4").clean(text).text) == paragraphs(text)
    archive = "Archives\nOctober 2019\nSeptember 2019\nAugust 2019\nJuly 2019\n"
    assert run_rule("    min_lines: 4").clean(f"{ARTICLE}{archive}").text.split() == ARTICLE.split()


def test_the_kind_is_documented_in_the_readme_table() -> None:
    from cleaner.engine.kinds import KINDS

    assert "drop-run" in KINDS
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "| `drop-run` |" in readme
