"""The batch API: ``Cleaner.clean_batch`` and its fixed columns."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pytest

from cleaner import Cleaner
from cleaner.columns import arrow_schema, clean_columns, column_names

from .conftest import mojibake, seed_text

CLEAN_ALREADY = "A paragraph that needs nothing.\n"


def corpus_texts() -> list[str]:
    """The seeds, one of them as mojibake, and a text no rule touches."""
    seeds = [seed_text(prefix) for prefix in ("000", "001", "002", "003", "004")]
    return [CLEAN_ALREADY, *seeds, mojibake(seeds[1])]


def restore_from_records(text: str, edits: list[dict[str, Any]]) -> str:
    """The original, from an output and its edit records (which carry no output offsets)."""
    pieces = []
    out = 0  # output offset of the next unchanged text
    original = 0
    for edit in edits:
        unchanged = edit["start"] - original
        pieces.append(text[out : out + unchanged])
        out += unchanged
        assert text[out : out + len(edit["inserted"])] == edit["inserted"]
        pieces.append(edit["removed"])
        out += len(edit["inserted"])
        original = edit["end"]
    pieces.append(text[out:])
    return "".join(pieces)



def test_clean_batch_gives_each_record_what_clean_gives_it() -> None:
    cleaner = Cleaner()
    texts = corpus_texts()
    columns = cleaner.clean_batch(texts)
    assert list(columns) == column_names()
    assert all(len(column) == len(texts) for column in columns.values())
    for k, text in enumerate(texts):
        result = cleaner.clean(text)
        assert columns["text"][k] == result.text
        assert columns["removed_chars"][k] == sum(len(e.removed) for e in result.edits)
        assert columns["counts"][k] == [{"rule": r, "count": n} for r, n in sorted(result.counts.items())]
        assert columns["warnings"][k] == list(result.warnings)
        assert columns["error"][k] is None
        assert restore_from_records(columns["text"][k], columns["edits"][k]) == text
    assert columns["counts"][0] == [] and columns["edits"][0] == []  # the clean text
    assert {"rule": "unicode/mojibake", "count": 1} not in columns["counts"][1]
    assert any(c["rule"] == "unicode/mojibake" for c in columns["counts"][-1])


def test_edit_records_have_a_fixed_shape() -> None:
    columns = Cleaner().clean_batch([seed_text("001")])
    assert columns["edits"][0], "the seed has debris"
    for edit in columns["edits"][0]:
        assert list(edit) == ["start", "end", "rule", "removed", "inserted"]
        assert isinstance(edit["start"], int) and isinstance(edit["end"], int)


def test_without_edits_the_column_is_left_out() -> None:
    columns = Cleaner().clean_batch([seed_text("001"), None], edits=False)
    assert list(columns) == column_names(edits=False)
    assert "edits" not in columns
    assert columns["text"][0] == Cleaner().clean(seed_text("001")).text


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"]])
def test_a_bad_record_gets_an_error_in_its_row_and_the_batch_goes_on(bad: object) -> None:
    columns = Cleaner().clean_batch(["Advertisement\n\nFirst.", bad, "Second."])
    assert columns["text"] == ["First.\n", None, "Second.\n"]
    assert columns["error"] == [None, f"expected str, got {type(bad).__name__}", None]
    assert columns["removed_chars"][1] == 0
    assert columns["counts"][1] == columns["edits"][1] == columns["warnings"][1] == []


def test_a_record_whose_cleaning_raises_gets_the_exception_in_its_row() -> None:
    cleaner = Cleaner()

    def clean(text: str) -> Any:
        if text == "boom":
            raise RuntimeError("rule engine exploded")
        return cleaner.clean(text)

    columns = clean_columns(clean, ["one.", "boom", "two."])
    assert columns["text"] == ["one.\n", None, "two.\n"]
    assert columns["error"] == [None, "RuntimeError: rule engine exploded", None]


@pytest.mark.parametrize("edits", [True, False])
def test_arrow_schema_types_every_batch_even_one_without_edits(edits: bool) -> None:
    cleaner = Cleaner()
    quiet = cleaner.clean_batch([CLEAN_ALREADY, None], edits=edits)  # inferred alone: list<null>, null
    busy = cleaner.clean_batch([seed_text("001")], edits=edits)
    schema = arrow_schema(edits=edits)
    assert schema.names == column_names(edits=edits)
    table = pa.concat_tables([pa.Table.from_pydict(c, schema=schema) for c in (quiet, busy)])
    assert table.column("text").to_pylist() == quiet["text"] + busy["text"]
    assert table.column("counts").to_pylist() == quiet["counts"] + busy["counts"]
    if edits:
        assert table.column("edits").to_pylist() == quiet["edits"] + busy["edits"]
