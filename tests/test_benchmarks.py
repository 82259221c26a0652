"""The benchmark's own machinery, on a few small documents: it reaches into the
pipeline (it times each stage by wrapping it), so a change there can break it
without any other test noticing."""

from __future__ import annotations

from .conftest import benchmark_module


def test_the_time_per_stage_covers_every_stage_and_the_folding_of_edits() -> None:
    corpus, run = benchmark_module("corpus"), benchmark_module("run")
    documents = [corpus.sized_document(3_000, seed) for seed in range(3)]
    rows = run.stages(documents)
    names = {row["stage"] for row in rows}
    assert {"provenance (folding edits)", "other (passes, results)", "unicode", "rules/drop-line"} <= names
    assert abs(sum(row["share"] for row in rows) - 1) < 1e-6
