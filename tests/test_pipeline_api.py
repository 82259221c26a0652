"""The pipeline as an API: stages with stable ids, pickling, types, caching, immutable results."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import pickle
import unicodedata

import ftfy
import pytest

from cleaner import Cleaner, clean
from cleaner import pipeline
from cleaner.canonical import canonicalize
from cleaner.engine.ruleset import shipped_packs
from cleaner.repair import ftfy_config

from .conftest import FTFY_CASES


def test_built_in_stages_have_stable_ids() -> None:
    ids = [stage.id for stage in Cleaner().stages()]
    assert ids[:4] == ["unicode", "canonical/line-break", "canonical/invisible", "canonical/nfc"]
    assert ids[-2:] == ["canonical/space", "canonical/paragraph"]
    assert "rules/drop-line" in ids
    assert "typography/straight-dashes" in [s.id for s in Cleaner(typography="straight").stages()]


def test_ignoring_canonical_nfc_keeps_decomposed_text() -> None:
    text = "Cafe\u0301 au lait.\n"
    assert Cleaner().clean(text).text == "Caf\u00e9 au lait.\n"
    kept = Cleaner(ignore=["canonical/nfc"]).clean(text)
    assert kept.text == text and not unicodedata.is_normalized("NFC", kept.text)


def test_ignoring_one_id_of_a_stage_keeps_the_others() -> None:
    result = Cleaner(ignore=["canonical/trim"]).clean("a\u00a0 b  \n")
    assert result.text == "a b  \n" and set(result.counts) == {"canonical/space"}


def test_an_unknown_selector_is_still_refused() -> None:
    with pytest.raises(ValueError, match="no rule id matches"):
        Cleaner(ignore=["canonical-nfc"])


def test_pickles_are_small_deterministic_and_rebuild_the_same_cleaner() -> None:
    first, second = pickle.dumps(Cleaner(ignore=["layout"])), pickle.dumps(Cleaner(ignore=["layout"]))
    assert first == second and len(first) < 200_000
    assert pickle.dumps(Cleaner()) != first
    clone = pickle.loads(first)
    assert clone is pickle.loads(first)  # the per-process cache
    text = "Advertisement\nThe minister said the plan would\nbe presented.\n"
    assert clone.clean(text).text == Cleaner(ignore=["layout"]).clean(text).text


def test_a_pickle_holds_options_and_yaml_not_compiled_rules() -> None:
    state = json.loads(Cleaner(typography="straight")._state)
    assert state["typography"] == "straight" and state["version"]
    assert [p.get("shipped") for p in state["packs"]] == [p.name for p in shipped_packs("extracted")]
    assert all(set(p) == {"shipped"} for p in state["packs"])  # names, not the packs' YAML


def _clean_text(cleaner_and_text: tuple[Cleaner, str]) -> str:
    cleaner, text = cleaner_and_text
    return cleaner.clean(text).text


def test_a_spawn_process_pool_can_use_a_cleaner() -> None:
    cleaner = Cleaner()
    texts = ["Advertisement\nBody one.\n", "Body two.\n\n\n"]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        assert pool.map(_clean_text, [(cleaner, t) for t in texts]) == [cleaner.clean(t).text for t in texts]


@pytest.mark.parametrize("bad", [None, 42, 4.2, ["text"]])
def test_clean_refuses_what_is_not_text_with_a_clear_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        clean(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview])
def test_clean_accepts_every_bytes_like(wrap: type) -> None:
    assert clean(wrap(b"Advertisement\nIt\xe2\x80\x99s here.\n")).text == "It\u2019s here.\n"


def test_clean_builds_one_cleaner_per_set_of_options() -> None:
    pipeline._CACHED.clear()
    clean("a\n", typography="straight")
    clean("b\n", typography="straight")
    clean("c\n", ignore=["layout"])
    assert len(pipeline._CACHED) == 2


def test_results_are_immutable_so_counts_cannot_go_stale() -> None:
    result = clean("Advertisement\nBody.\n")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.edits = ()  # type: ignore[misc]
    assert isinstance(result.edits, tuple) and result.counts["boilerplate/advertisement"] == 1


NEGATIVE = json.loads((FTFY_CASES / "negative.json").read_text(encoding="utf-8")) if (
    FTFY_CASES / "negative.json").exists() else []


@pytest.mark.parametrize("case", NEGATIVE, ids=[str(n) for n in range(len(NEGATIVE))])
def test_straight_typography_never_changes_what_repair_decides(case: dict[str, str]) -> None:
    """Plain ftfy's verdict (our configuration, quotes uncurled), then the typography: nothing more."""
    text = case["original"]
    expected = canonicalize(ftfy.fix_text(text, ftfy_config(straight_quotes=True)), straight=True)
    assert Cleaner(typography="straight", select=["unicode"]).clean(text).text == expected
