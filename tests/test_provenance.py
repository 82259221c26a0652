"""The provenance core: folding stages of changes into edits on the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.provenance import Change, Edit, Step, TrackedText, restore


@st.composite
def stage(draw: st.DrawFn, text: str) -> list[Change]:
    """Sorted, non-overlapping random changes over ``text``."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    changes = []
    pos = 0
    for k in range(0, len(cuts) - 1, 2):
        start, end = cuts[k], cuts[k + 1]
        if start < pos or (changes and start == pos and changes[-1].start == changes[-1].end == start):
            continue
        inserted = draw(st.text(alphabet="xyz\n", max_size=3))
        rule = draw(st.sampled_from(["a/one", "b/two", "c/three"]))
        changes.append(Change.of(start, end, inserted, rule, "test"))
        pos = end
    return changes


@settings(max_examples=400)
@given(st.data(), st.text(alphabet="abcdef\n", max_size=30))
def test_any_sequence_of_stages_round_trips(data: st.DataObject, original: str) -> None:
    tracked = TrackedText(original)
    for _ in range(data.draw(st.integers(1, 4))):
        tracked.apply(data.draw(stage(tracked.text)))
    edits = tracked.edits
    assert restore(tracked.text, edits) == original
    previous_end = 0
    for edit in edits:
        assert previous_end <= edit.start <= edit.end <= len(original)
        assert edit.removed == original[edit.start : edit.end]
        assert tracked.text[edit.out_start : edit.out_start + len(edit.inserted)] == edit.inserted
        assert edit.removed != edit.inserted
        previous_end = edit.end
    mapped = [tracked.to_original(q) for q in range(len(tracked.text) + 1)]
    assert mapped == sorted(mapped)
    assert mapped[-1] == len(original)


def test_later_removal_swallows_an_earlier_replacement() -> None:
    tracked = TrackedText("keep. Caf\u00c3\u00a9 debris\nkeep")
    tracked.apply([Change.of(9, 11, "\u00e9", "unicode/mojibake", "fix")])
    assert tracked.text == "keep. Caf\u00e9 debris\nkeep"
    tracked.apply([Change.of(6, 18, "", "widget/x", "debris line")])
    assert tracked.text == "keep. keep"
    (edit,) = tracked.edits
    assert (edit.start, edit.end) == (6, 19)
    assert edit.removed == "Caf\u00c3\u00a9 debris\n"
    assert edit.inserted == ""
    assert [s.rule for s in edit.steps] == ["unicode/mojibake", "widget/x"]
    assert edit.rule == "widget/x"


def test_edit_inside_inserted_text_fuses_with_it() -> None:
    tracked = TrackedText("it\u00e2\u20ac\u2122s")
    tracked.apply([Change.of(2, 5, "\u2019", "unicode/mojibake", "fix")])
    tracked.apply([Change.of(2, 3, "'", "typography/straight", "straighten")])
    (edit,) = tracked.edits
    assert (edit.start, edit.end, edit.inserted) == (2, 5, "'")
    assert [s.rule for s in edit.steps] == ["unicode/mojibake", "typography/straight"]


def test_two_later_changes_inside_one_earlier_edit_become_one_edit() -> None:
    tracked = TrackedText("0123456789")
    tracked.apply([Change.of(2, 4, "abcde", "a/one", "grow")])
    tracked.apply([Change.of(2, 3, "", "b/two", "x"), Change.of(5, 6, "D", "b/two", "y")])
    assert tracked.text == "01bcDe456789"
    (edit,) = tracked.edits
    assert (edit.start, edit.end, edit.inserted) == (2, 4, "bcDe")


def test_insertion_next_to_a_deletion_stays_separate_and_ordered() -> None:
    tracked = TrackedText("ab--cd")
    tracked.apply([Change.of(2, 4, "", "a/one", "dashes")])
    tracked.apply([Change.of(2, 2, " ", "b/two", "space")])
    assert tracked.text == "ab cd"
    assert [(e.start, e.end, e.inserted) for e in tracked.edits] == [(2, 4, ""), (4, 4, " ")]
    assert restore(tracked.text, tracked.edits) == "ab--cd"


def test_change_that_undoes_an_edit_leaves_no_edit() -> None:
    tracked = TrackedText("abc")
    tracked.apply([Change.of(1, 2, "X", "a/one", "x")])
    tracked.apply([Change.of(1, 2, "b", "b/two", "back")])
    assert tracked.text == "abc"
    assert tracked.edits == []


def test_the_caller_hears_of_a_replaced_text_only_when_it_is_replaced() -> None:
    """The pipeline lets go of its copies of the old text there: changes that
    leave the text as it is must not make the next stage encode it again."""
    tracked, calls = TrackedText("abc"), []
    tracked.apply([Change.of(1, 2, "b", "a/one", "same")], before_replacing=lambda: calls.append(tracked.text))
    assert calls == []
    tracked.apply([Change.of(1, 2, "X", "a/one", "x")], before_replacing=lambda: calls.append(tracked.text))
    assert calls == ["abc"]  # (called before the text is replaced)
    assert tracked.text == "aXc"


def test_overlapping_changes_are_refused() -> None:
    tracked = TrackedText("abcdef")
    with pytest.raises(ValueError):
        tracked.apply([Change.of(0, 3, "x", "a/one", ""), Change.of(2, 4, "y", "a/one", "")])


def test_restore_refuses_edits_that_do_not_match_the_text() -> None:
    edit = Edit(0, 1, "a", "b", (Step("a/one", ""),), 0)
    with pytest.raises(ValueError):
        restore("zzz", [edit])


def test_edit_survives_a_json_round_trip() -> None:
    edit = Edit(3, 5, "xy", "z", (Step("a/one", "r1"), Step("b/two", "r2")), 2)
    assert Edit.from_dict(edit.to_dict()) == edit
