"""Clean a batch of texts into columns of a fixed schema, for dataframe engines.

Hugging Face ``datasets.map(batched=True)``, Ray Data ``map_batches``, Dask
``map_partitions`` and Spark ``mapInPandas`` hand a function a batch of rows
and take back columns.  Each infers or checks a schema, so every row carries
every column with the same type whatever happened to its text, and a record
that cannot be cleaned becomes an ``error`` in its own row instead of an
exception that loses the whole batch.

==============  ================================================================
column          one value per input record
==============  ================================================================
text            the clean text (``str``); ``None`` for a record that failed
removed_chars   characters of the original that edits removed or replaced (``int``)
counts          ``[{"rule": str, "count": int}]``: how often each rule acted, by rule id
edits           ``[{"start", "end", "rule", "removed", "inserted"}]``: every edit
                against the original text, in order (left out with ``edits=False``)
warnings        ``[str]``: stopped rules, unstable output
error           ``None``, or why the record was not cleaned (``str``)
==============  ================================================================

Offsets in ``edits`` are character offsets into the record's input text; the
input is the output with each edit's ``inserted`` put back as ``removed``.
:func:`arrow_schema` gives the same schema as Arrow types, for engines that
cannot infer a list's type from a batch whose lists are all empty.

>>> from cleaner import Cleaner
>>> columns = Cleaner().clean_batch(["Advertisement\\n\\nIt is here.\\n", None])
>>> columns["text"], columns["removed_chars"], columns["error"]
(['It is here.\\n', None], [15, 0], [None, 'expected str, got NoneType'])
>>> columns["counts"][0]
[{'rule': 'boilerplate/advertisement', 'count': 1}, {'rule': 'canonical/paragraph', 'count': 1}]
>>> columns["edits"][0][0]
{'start': 0, 'end': 14, 'rule': 'boilerplate/advertisement', 'removed': 'Advertisement\\n', 'inserted': ''}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .result import Result

if TYPE_CHECKING:
    import pyarrow

__all__ = ["arrow_schema", "clean_columns", "clean_record", "column_names"]


def column_names(*, edits: bool = True) -> list[str]:
    """The columns :func:`clean_columns` returns, in order."""
    names = ["text", "removed_chars", "counts", "edits", "warnings", "error"]
    return names if edits else [n for n in names if n != "edits"]


def clean_columns(
    clean: Callable[[str], Result], texts: Iterable[Any], *, edits: bool = True
) -> dict[str, list[Any]]:
    """Clean each of ``texts`` with ``clean`` into the columns of :func:`column_names`.

    A record that is not a ``str`` (``None``, bytes, a number), or whose
    cleaning raises, gets ``text=None`` and its ``error``; the other records
    are cleaned as usual.
    """
    columns: dict[str, list[Any]] = {name: [] for name in column_names(edits=edits)}
    for value in texts:
        for name, cell in clean_record(clean, value, edits=edits).items():
            columns[name].append(cell)
    return columns


def clean_record(clean: Callable[[str], Result], value: Any, *, edits: bool = True) -> dict[str, Any]:
    """One row of :func:`clean_columns`: the record's values, by column, in column order."""
    if not isinstance(value, str):
        return _failed(f"expected str, got {type(value).__name__}", edits)
    try:
        result = clean(value)
    except Exception as exc:  # one bad record must not lose its batch: it is reported in its row
        return _failed(f"{type(exc).__name__}: {exc}", edits)
    return _row(
        with_edits=edits,
        text=result.text,
        removed_chars=sum(result.removed_chars.values()),
        counts=[{"rule": rule, "count": count} for rule, count in sorted(result.counts.items())],
        edits=[
            {"start": e.start, "end": e.end, "rule": e.rule, "removed": e.removed, "inserted": e.inserted}
            for e in result.edits
        ] if edits else None,
        warnings=list(result.warnings),
        error=None,
    )


def _failed(error: str, with_edits: bool) -> dict[str, Any]:
    return _row(with_edits=with_edits, text=None, removed_chars=0, counts=[], edits=[], warnings=[], error=error)


def _row(*, with_edits: bool, **cells: Any) -> dict[str, Any]:
    """``cells`` in column order, without ``edits`` unless asked for."""
    return {name: cells[name] for name in column_names(edits=with_edits)}


def arrow_schema(*, edits: bool = True) -> pyarrow.Schema:
    """The columns' Arrow types (needs ``pyarrow``, which every engine above brings).

    Pass it where an engine would otherwise infer ``list<null>`` from a first
    batch in which no record was edited, e.g. to ``datasets.map`` as
    ``features=datasets.Features.from_arrow_schema(arrow_schema())``.
    """
    import pyarrow as pa

    types = {
        "text": pa.string(),
        "removed_chars": pa.int64(),
        "counts": pa.list_(pa.struct([("rule", pa.string()), ("count", pa.int64())])),
        "edits": pa.list_(
            pa.struct(
                [
                    ("start", pa.int64()),
                    ("end", pa.int64()),
                    ("rule", pa.string()),
                    ("removed", pa.string()),
                    ("inserted", pa.string()),
                ]
            )
        ),
        "warnings": pa.list_(pa.string()),
        "error": pa.string(),
    }
    return pa.schema([(name, types[name]) for name in column_names(edits=edits)])
