"""The engines the batch API and the datatrove step plug into: datatrove,
Hugging Face datasets, Dask (Ray and Spark are README recipes, not tests)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import datasets
import pandas as pd
import pyarrow.parquet as pq
import pytest
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter, ParquetWriter
from datatrove.utils.stats import MetricStatsDict
from dask.distributed import Client, LocalCluster

from cleaner import Cleaner
from cleaner.columns import arrow_schema, column_names
from cleaner.integrations.datatrove import METADATA_KEY, ScrapeClean

from .conftest import mojibake, seed_text
from .test_columns import CLEAN_ALREADY, corpus_texts, restore_from_records


# -- datatrove -------------------------------------------------------------------


def write_corpus(folder: Path, texts: list[str], files: int) -> dict[str, str]:
    """``texts`` as JSONL records spread over ``files`` files; returns text by id."""
    folder.mkdir(parents=True)
    by_id = {f"doc-{k}": text for k, text in enumerate(texts)}
    for n in range(files):
        with open(folder / f"part-{n}.jsonl", "w", encoding="utf-8") as out:
            for k, (doc_id, text) in enumerate(by_id.items()):
                if k % files == n:
                    out.write(json.dumps({"id": doc_id, "text": text, "lang": "en"}) + "\n")
    return by_id


def read_jsonl(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.open(encoding="utf-8")]


def test_datatrove_step_on_two_tasks_matches_clean_and_reports_rule_counts(tmp_path: Path) -> None:
    texts = corpus_texts()
    by_id = write_corpus(tmp_path / "in", texts, files=2)
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            ScrapeClean(),
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    cleaner = Cleaner()
    records = read_jsonl(tmp_path / "out")
    assert sorted(r["id"] for r in records) == sorted(by_id)
    expected_counts: Counter[str] = Counter()
    for record in records:
        result = cleaner.clean(by_id[record["id"]])
        assert record["text"] == result.text  # byte-identical once written
        assert record["metadata"]["lang"] == "en"  # the reader's metadata stays
        summary = json.loads(record["metadata"][METADATA_KEY])
        assert list(summary) == ["removed_chars", "counts", "warnings", "error"]
        assert summary["counts"] == [{"rule": r, "count": n} for r, n in sorted(result.counts.items())]
        assert summary["removed_chars"] == sum(len(e.removed) for e in result.edits)
        assert summary["error"] is None
        expected_counts.update(result.counts)

    def step_stats(path: Path) -> MetricStatsDict:
        (step,) = [s["stats"] for s in json.loads(path.read_text()) if s["name"] == str(ScrapeClean())]
        return MetricStatsDict.from_dict(step)

    per_task = [step_stats(tmp_path / "logs" / "stats" / f"{rank:05d}.json")["total"].total for rank in (0, 1)]
    assert per_task == [4, 3]  # each task cleaned its own file
    step = step_stats(tmp_path / "logs" / "stats.json")  # merged over the tasks
    assert step["total"].total == len(texts)
    assert {label: metric.total for label, metric in step.items() if "/" in label} == dict(expected_counts)
    assert expected_counts["unicode/mojibake"] and "errors" not in step


def test_datatrove_full_provenance_holds_every_edit() -> None:
    text = seed_text("001")
    (doc,) = ScrapeClean(provenance="full").run([Document(text=text, id="a")])
    row = json.loads(doc.metadata[METADATA_KEY])
    assert list(row) == ["removed_chars", "counts", "edits", "warnings", "error"]
    assert row["edits"] and restore_from_records(doc.text, row["edits"]) == text


def test_datatrove_without_provenance_adds_no_metadata() -> None:
    step = ScrapeClean(provenance="none")
    (doc,) = step.run([Document(text="Advertisement\n\nIt is here.", id="a", metadata={"lang": "en"})])
    assert doc.text == "It is here.\n"
    assert doc.metadata == {"lang": "en"}
    assert step.stats["boilerplate/advertisement"].total == 1


def test_datatrove_keeps_a_document_it_cannot_clean_and_counts_it() -> None:
    step = ScrapeClean()
    docs = [Document(text=None, id="broken"), Document(text="Advertisement\n\nFine.", id="fine")]  # type: ignore[arg-type]
    broken, fine = step.run(docs)
    assert broken.text is None and broken.id == "broken"
    assert json.loads(broken.metadata[METADATA_KEY])["error"] == "expected str, got NoneType"
    assert fine.text == "Fine.\n"
    assert step.stats["errors"].total == 1
    assert step.stats["total"].total == 2


def test_datatrove_provenance_has_one_type_for_parquet_whatever_the_first_document(tmp_path: Path) -> None:
    # The first document has no edit, no warning and no error: a schema taken
    # from it must still hold every later document.
    docs = [Document(text=CLEAN_ALREADY, id="quiet"), Document(text=seed_text("001"), id="busy")]
    with ParquetWriter(str(tmp_path)) as writer:
        for doc in ScrapeClean(provenance="full").run(docs):
            writer.write(doc)
    (path,) = tmp_path.glob("*.parquet")
    rows = pq.read_table(path).to_pylist()
    assert [r["id"] for r in rows] == ["quiet", "busy"]
    assert json.loads(rows[0]["metadata"][METADATA_KEY])["edits"] == []
    assert json.loads(rows[1]["metadata"][METADATA_KEY])["edits"]


def test_datatrove_step_rejects_bad_settings_before_any_task_runs() -> None:
    with pytest.raises(ValueError, match="provenance must be"):
        ScrapeClean(provenance="everything")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="profile"):
        ScrapeClean(profile="html")


# -- Hugging Face datasets ---------------------------------------------------------


def test_datasets_map_with_clean_batch_types_the_columns_whatever_the_first_batch(tmp_path: Path) -> None:
    texts = [CLEAN_ALREADY, seed_text("001"), None, mojibake(seed_text("003"))]  # a quiet first batch
    dataset = datasets.Dataset.from_dict({"id": list(range(len(texts))), "text": texts})
    features = datasets.Features({**dataset.features, **datasets.Features.from_arrow_schema(arrow_schema())})
    cleaner = Cleaner()
    cleaned = dataset.map(
        cleaner.clean_batch, batched=True, batch_size=1, input_columns="text", features=features,
        cache_file_name=str(tmp_path / "map.arrow"),
    )
    assert cleaned.column_names == ["id", *column_names()]
    rows = cleaned.to_list()
    assert [r["text"] for r in rows] == [cleaner.clean(t).text if t is not None else None for t in texts]
    assert rows[0]["counts"] == [] and rows[2]["error"] == "expected str, got NoneType"
    assert restore_from_records(rows[1]["text"], rows[1]["edits"]) == texts[1]


MAP_IN_A_FRESH_PROCESS = textwrap.dedent(
    """
    import json, sys
    import datasets
    from cleaner import Cleaner
    from cleaner.columns import arrow_schema

    data, cache = sys.argv[1:]
    dataset = datasets.load_dataset("json", data_files=data, cache_dir=cache, split="train")
    features = datasets.Features({**dataset.features, **datasets.Features.from_arrow_schema(arrow_schema())})
    cleaned = dataset.map(Cleaner().clean_batch, batched=True, input_columns="text", features=features)
    print(json.dumps({"files": [f["filename"] for f in cleaned.cache_files], "text": list(cleaned["text"])}))
    """
)


def map_in_a_fresh_process(data: Path, cache: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", MAP_IN_A_FRESH_PROCESS, str(data), str(cache)],
        capture_output=True, text=True, timeout=120,
    )
    if done.returncode:
        raise RuntimeError(f"the map failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


def test_datasets_map_in_a_second_process_hits_the_cache(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", corpus_texts(), files=1)
    data, cache = tmp_path / "in" / "part-0.jsonl", tmp_path / "cache"
    first = map_in_a_fresh_process(data, cache)
    (written,) = first["files"]
    stamp = Path(written).stat().st_mtime_ns
    second = map_in_a_fresh_process(data, cache)
    assert second["files"] == first["files"], "the second process computed the map again"
    assert Path(written).stat().st_mtime_ns == stamp
    assert second["text"] == first["text"]


# -- Dask ------------------------------------------------------------------------------


def test_dask_map_partitions_on_a_local_cluster() -> None:
    cleaner = Cleaner()
    texts = [*corpus_texts(), None]
    frame = pd.DataFrame({"id": range(len(texts)), "text": texts})

    def clean_partition(part: pd.DataFrame) -> pd.DataFrame:
        return part.assign(**cleaner.clean_batch(part["text"], edits=False))

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster):
        cleaned = dd.from_pandas(frame, npartitions=2).map_partitions(clean_partition).compute()
    cleaned = cleaned.sort_values("id")
    assert list(cleaned["text"][:-1]) == [cleaner.clean(t).text for t in texts[:-1]]
    assert cleaned["error"].iloc[-1].startswith("expected str")
    assert list(cleaned.columns) == ["id", *column_names(edits=False)]
