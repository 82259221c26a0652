"""The pipeline without rules: repair + canonical form, with provenance."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, clean, restore
from cleaner.canonical import canonical_passes, canonicalize
from cleaner.chars import BLOCK_LINE
from cleaner.engine.ruleset import Ruleset
from cleaner.provenance import TrackedText, apply_changes

from .conftest import SEEDS, mojibake, scraped_text, seed_text

BARE = Cleaner(ruleset=Ruleset([]))
FULL = Cleaner()
STRAIGHT = Cleaner(typography="straight")
NO_REPAIR_STRAIGHT = Cleaner(typography="straight", ignore=["unicode"])


@settings(max_examples=500, deadline=None)
@given(scraped_text)
def test_round_trip_map_and_idempotence_on_any_text(text: str) -> None:
    for cleaner in (BARE, FULL, STRAIGHT):
        result = cleaner.clean(text)
        assert restore(result.text, result.edits) == text
        assert result.restore() == text
        mapped = [result.to_original(q) for q in range(len(result.text) + 1)]
        assert mapped == sorted(mapped)
        for edit in result.edits:
            assert text[edit.start : edit.end] == edit.removed
            # offsets inside an edit's output land inside its original span
            for q in range(edit.out_start, edit.out_start + len(edit.inserted)):
                assert edit.start <= result.to_original(q) <= max(edit.start, edit.end - 1)
        again = cleaner.clean(result.text)
        if cleaner is STRAIGHT and again.text != result.text:
            # The one exception, by design (issue 17): repair judges the text as
            # written, so ftfy may act on dashes the first run straightened.
            assert NO_REPAIR_STRAIGHT.clean(result.text).text == result.text, "not idempotent but for repair"
            continue
        assert again.text == result.text, "cleaning is not idempotent"


@settings(max_examples=300, deadline=None)
@given(scraped_text)
def test_canonical_form_properties(text: str) -> None:
    out = BARE.clean(text).text
    assert unicodedata.is_normalized("NFC", out)
    assert "\r" not in out and "\u00a0" not in out and "\u200b" not in out and "\t" not in out
    assert "\n\n\n" not in out and "  " not in out
    assert out == "" or (out.endswith("\n") and not out.endswith("\n\n") and not out.startswith("\n"))
    for line in out.split("\n"):
        assert line == line.strip(" ")
    assert canonicalize(out) == out


@settings(max_examples=500, deadline=None)
@given(scraped_text)
def test_layout_passes_leave_their_own_output_as_it_is(text: str) -> None:
    """The pipeline skips them in a later pass that has changed nothing before them."""
    for straight in (False, True):
        _, layout = canonical_passes(straight)
        tracked = TrackedText(text)
        for run in layout:
            tracked.apply(run(tracked.text))
        for run in layout:
            assert apply_changes(tracked.text, run(tracked.text)) == tracked.text


def test_paragraphs_get_one_blank_line_and_lists_stay_together() -> None:
    text = "Intro:\n- one\n- two\nAfter.\n\n\n\nLast. \u00a0\n\n\n"
    assert canonicalize(text) == "Intro:\n\n- one\n- two\n\nAfter.\n\nLast.\n"


def _paragraphs_reference(text: str) -> str:
    """The paragraph rules applied to every run of line breaks, one by one (the plain
    reference for the pass, which looks only at the runs that may need a change)."""
    out, pos = [], 0
    for run in re.finditer(r"\n+", text):
        start, end = run.span()
        out.append(text[pos:start])
        if start == 0:
            out.append("")
        elif end == len(text):
            out.append("\n")
        elif end - start == 1:
            line_start = text.rfind("\n", 0, start) + 1
            both_block = BLOCK_LINE.match(text, line_start) and BLOCK_LINE.match(text, end)
            out.append("\n" if both_block else "\n\n")
        else:
            out.append("\n\n")
        pos = end
    out.append(text[pos:])
    result = "".join(out)
    return result if not result or result.endswith("\n") else result + "\n"


@settings(max_examples=1000, deadline=None)
@given(st.one_of(scraped_text, st.lists(st.sampled_from(["\n", "\n", "a", "- ", "1. ", "|", " "]), max_size=20).map("".join)))
def test_paragraph_pass_matches_its_plain_reference(text: str) -> None:
    _, (_, paragraphs) = canonical_passes()
    assert apply_changes(text, paragraphs(text)) == _paragraphs_reference(text)


def test_typography_switch() -> None:
    text = "\u201cWait\u2026\u201d \u2013 she said \u2014 it\u2019s late.\n"
    assert clean(text).text == text
    assert clean(text, typography="straight").text == "\"Wait...\" - she said -- it's late.\n"


def test_zero_width_joiners_stay_but_invisibles_go() -> None:
    text = "co\u00adop\u200berate \ufeffnow \U0001f468\u200d\U0001f469 \u0915\u094d\u200c\u0937\n"
    assert BARE.clean(text).text == "cooperate now \U0001f468\u200d\U0001f469 \u0915\u094d\u200c\u0937\n"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_mojibake_seed_cleans_like_the_seed(seed) -> None:
    text = seed.read_text(encoding="utf-8")
    broken = BARE.clean(mojibake(text))
    assert broken.text == BARE.clean(text).text
    assert "unicode/mojibake" in broken.counts


def test_seed_000_loses_its_trailing_blank_lines_only() -> None:
    text = seed_text("000")
    result = BARE.clean(text)
    assert text.endswith("\n" * 10)
    assert result.text.endswith(".\n")
    assert result.text.split() == text.split()


def test_seed_001_loses_its_no_break_space_lines() -> None:
    text = seed_text("001")
    nbsp_lines = [line for line in text.split("\n") if line and not line.strip()]
    assert nbsp_lines and all(set(line) <= {" ", "\u00a0"} for line in nbsp_lines)
    result = BARE.clean(text)
    assert "\u00a0" not in result.text
    assert all(line.strip() for line in result.text.split("\n\n"))
    assert result.text.split() == text.split()


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_content_is_unchanged_by_the_foundation(seed) -> None:
    text = seed.read_text(encoding="utf-8")
    result = BARE.clean(text)
    assert result.text.split() == text.split()
    assert {e.rule for e in result.edits} <= {"canonical/paragraph", "canonical/space", "canonical/trim"}


def test_json_edits_point_at_exactly_the_removed_text() -> None:
    text = seed_text("001")
    data = FULL.clean(text, source="seeds/001.txt").to_dict()
    assert data["source"]["name"] == "seeds/001.txt"
    assert len(data["source"]["sha256"]) == 64
    assert data["edits"]
    for edit in data["edits"]:
        assert text[edit["start"] : edit["end"]] == edit["removed"]
        assert data["text"][edit["out_start"] : edit["out_start"] + len(edit["inserted"])] == edit["inserted"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=100).map(lambda t: t.encode("utf-16")) | scraped_text.map(
    lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_give_a_result_or_a_clear_refusal(data: bytes) -> None:
    """Fuzzing the whole byte path: decoding, HTML sniffing, repair, rules, canonical form."""
    from cleaner import NotTextError
    from cleaner.html import HTMLExtractionError

    try:
        result = FULL.clean_bytes(data, source="fuzz")
    except (NotTextError, HTMLExtractionError) as exc:
        assert str(exc)
        return
    assert result.restore() == result.original
    assert FULL.clean(result.text).text == result.text
