"""The removal budget: rules may remove at most a share of a document.

A rule that matches everything (a user's typo, a pattern written too wide)
must never silently empty a corpus: each document over the budget keeps its
text (repairs and canonical form still apply), is flagged, counted and
warned about by name.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from click.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import clean_command
from cleaner.engine.ruleset import Ruleset
from cleaner.pipeline import DEFAULT_REMOVAL_BUDGET, OVER_BUDGET

from .conftest import SEEDS

EVERYTHING = """\
rules:
  - id: mine/everything
    description: A rule written too wide.
    kind: drop-line
    pattern: '[^\\n]*'
    examples:
      - in: "a\\nb"
        out: ""
      - keep: ""
"""

BARE = Cleaner(ruleset=Ruleset([]))
MOJIBAKE = "It\u00e2\u20ac\u2122s here.\n\nThe second paragraph.\n"


@pytest.fixture
def everything(tmp_path: Path) -> Path:
    path = tmp_path / "everything.yaml"
    path.write_text(EVERYTHING, encoding="utf-8")
    return path


def test_a_rule_that_matches_everything_does_not_empty_the_documents(everything: Path) -> None:
    cleaner = Cleaner(rules=[everything])
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        result = cleaner.clean(text)
        assert result.over_budget
        assert " ".join(result.text.split()) == " ".join(text.split())
        assert not any(e.rule == "mine/everything" for e in result.edits)
        assert result.restore() == text


def test_over_the_budget_repairs_and_canonical_form_still_apply(everything: Path) -> None:
    result = Cleaner(rules=[everything]).clean(MOJIBAKE + "\n\n\n")
    assert result.over_budget
    assert result.text == "It\u2019s here.\n\nThe second paragraph.\n"
    assert {e.rule for e in result.edits} <= {"unicode/mojibake", "canonical/paragraph"}


def test_the_warning_names_the_rule_that_would_have_removed_most(everything: Path) -> None:
    result = Cleaner(rules=[everything]).clean("Advertisement\nThe story goes on.\n")
    (warning,) = [w for w in result.warnings if OVER_BUDGET in w]
    assert "mine/everything" in warning and "budget 50%" in warning


def test_over_budget_is_in_the_dict(everything: Path) -> None:
    assert Cleaner(rules=[everything]).clean("The story.\n").to_dict()["over_budget"] is True
    assert Cleaner().clean("The story.\n").to_dict()["over_budget"] is False


def test_without_a_budget_the_rule_empties_the_document(everything: Path) -> None:
    """What the budget protects against: the same rule with the budget off."""
    result = Cleaner(rules=[everything], removal_budget=1.0).clean(MOJIBAKE)
    assert result.text.strip() == "" and not result.over_budget


STORY = "The story goes on for a while, as stories do, and then it ends. " * 3
WIDGET = (
    "Most read\nPutin meets envoy in Moscow\nMarkets rally on ceasefire hopes\nA winter of strikes ahead\n"
    "Ten places to walk this weekend\nThe quiz of the week\nHow the new rail timetable works\n"
    "Inside the race to build a cheaper battery\nLetters to the editor on the ring road\n"
)
WITH_WIDGET = f"{STORY}\n{WIDGET}{STORY.replace('story', 'tale')}\n"


def test_a_document_under_the_budget_is_cleaned_as_usual() -> None:
    result = Cleaner().clean(WITH_WIDGET)
    assert not result.over_budget
    assert "Putin" not in result.text and result.text.count("The story") == 3


def test_a_lower_budget_stops_what_the_default_allows() -> None:
    result = Cleaner(removal_budget=0.1).clean(WITH_WIDGET)
    assert result.over_budget
    assert result.text == BARE.clean(WITH_WIDGET).text and "Putin" in result.text


def test_a_short_label_line_is_within_the_allowance() -> None:
    result = Cleaner().clean("Advertisement\nShort.\n")
    assert not result.over_budget and result.text == "Short.\n"


def test_rules_may_never_empty_a_document_however_short() -> None:
    result = Cleaner().clean("Advertisement\n")
    assert result.over_budget and result.text == "Advertisement\n"


def test_the_budget_is_an_option_and_pickles() -> None:
    cleaner = Cleaner(removal_budget=0.25)
    assert cleaner.options["removal_budget"] == 0.25
    assert pickle.loads(pickle.dumps(cleaner)).removal_budget == 0.25
    assert Cleaner().removal_budget == DEFAULT_REMOVAL_BUDGET["extracted"] == 0.5


@pytest.mark.parametrize("budget", [-0.1, 1.5, "half", True])
def test_a_budget_outside_zero_to_one_is_refused(budget: object) -> None:
    with pytest.raises(ValueError, match="removal_budget"):
        Cleaner(removal_budget=budget)  # type: ignore[arg-type]


def test_the_command_counts_documents_over_the_budget(tmp_path: Path, everything: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": s.read_text(encoding="utf-8")}) + "\n" for s in SEEDS))
    out = tmp_path / "out"
    result = CliRunner().invoke(
        clean_command, ["--rules", str(everything), "--statistics", "-q", "-o", str(out), str(corpus)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    assert f"{len(SEEDS):>7}  document(s) over the removal budget" in result.stdout
    assert result.stderr.count(OVER_BUDGET) == len(SEEDS)
    records = [json.loads(line) for line in (out / "corpus.jsonl").read_text().splitlines()]
    assert len(records) == len(SEEDS) and all(r["text"].strip() for r in records)


def test_the_command_takes_a_budget(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(WITH_WIDGET, encoding="utf-8")
    runner = CliRunner()
    assert "Putin" not in runner.invoke(clean_command, [str(page)]).stdout
    low = runner.invoke(clean_command, ["--removal-budget", "0.1", str(page)])
    assert low.stdout == BARE.clean(WITH_WIDGET).text and OVER_BUDGET in low.stderr
    assert runner.invoke(clean_command, ["--removal-budget", "2", str(page)]).exit_code == 2


def test_a_second_run_decides_as_the_first_did_at_the_edge_of_the_budget() -> None:
    """A paragraph printed twice is half the text: whether the blank lines
    around it are the input's or the canonical form's must not matter."""
    paragraph = (  # found by test_fuzz_seed_text_with_debris_and_mojibake
        "Sir Keir Starmer has said the UK is 'ready to play a leading role' in Ukraine's defence and security, "
        "including the commitment of \u00a33billion a year until 2030 and willingness to deploy troops to ensure "
        "a peace deal is upheld"
    )
    text = f"\n{paragraph}\n\n{paragraph}\n\n\n"
    cleaner = Cleaner()
    once = cleaner.clean(text)
    twice = cleaner.clean(once.text)
    assert twice.text == once.text and twice.over_budget == once.over_budget
    assert once.text == paragraph + "\n" and not once.over_budget


def test_visible_counts_what_isspace_does_not_call_a_space() -> None:
    """The budget's fast count (str.split) against the plain one, on every code point."""
    from cleaner.pipeline import _visible

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert _visible(every) == sum(not ch.isspace() for ch in every)
    assert _visible(" \u00a0a\u2028b\u3000\x1c") == 2


# -- a first run over the budget stays over it when its output is cleaned again ---------------

TEASERS = [
    "Putin meets envoy in Moscow", "Markets rally on ceasefire hopes", "What the coalition would do",
    "Starmer heads to Washington", "Eight things we learned from the budget", "Why floods are getting worse",
]


def test_a_related_block_over_the_budget_is_over_it_again_with_its_lines_set_apart() -> None:
    # The first run sees the block's lines one after another; the canonical
    # form it returns sets them apart, and the second run must see the same block.
    text = "Advertisement\n" * 3 + "The talks ended.\nRelated articles\n" + "\n".join(TEASERS) + "\n"
    once = Cleaner().clean(text)
    again = Cleaner().clean(once.text)
    assert once.over_budget and again.over_budget
    assert again.text == once.text


def test_a_quote_with_a_trailing_no_break_space_is_prose_not_a_teaser() -> None:
    text = "Related articles\n'I feel the responsibility of putting servicemen in harm's way,' he said.\u00a0\n"
    assert "he said." in Cleaner().clean(text).text


# Fewer lines than related-list's bound: a block cut at its bound may leave
# the start of the next one to be found, or swallowed, either way.
block_lines = st.lists(
    st.sampled_from([*TEASERS, "The band will tour Europe in the spring, its label said.", "Mar 3 London, O2 Arena",
                     "Related articles", "Most read", "Read More", "article image", "EXCLUSIVE", "",
                     "'We will never give up on the town,' the mayor said.\u00a0"]),
    max_size=9,
)


@pytest.mark.parametrize("rule", ["widget/related-list", "widget/read-more-block"])
@settings(max_examples=300, deadline=None, derandomize=True)
@given(lines=block_lines)
def test_a_block_removes_no_less_once_the_canonical_form_sets_its_lines_apart(rule: str, lines: list[str]) -> None:
    block = Cleaner(select=[rule], removal_budget=1)

    def removed(text: str) -> int:
        return sum(len("".join(e.removed.split())) for e in block.clean(text).edits)

    assert removed("\n\n".join(line for line in lines if line)) >= removed("\n".join(lines))
