"""Input and output formats: the HTML metadata switch, Parquet and zstd corpora."""

from __future__ import annotations

import ast
import functools
import hashlib
import io
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

import cleaner
from cleaner import Cleaner
from cleaner.config import CleanerConfig
from cleaner.formats import (
    CORPUS_FORMATS, DEFAULT_GLOBS, DOCUMENT_FORMATS, OUTPUT_FORMATS, CorpusFormat, DocumentFormat, OutputFormat,
    document_format, jsonl, parquet,
)
from cleaner.formats.parquet import provenance_type
from cleaner.html import METADATA_KEYS, looks_like_html

from .conftest import SEEDS, seed_text
from .test_cli import HTML_004, invoke


def test_html_metadata_switch_leaves_the_text_and_drops_only_the_metadata() -> None:
    page = HTML_004.read_bytes()
    with_metadata = Cleaner().clean_html(page, source="https://example.com/news/1")
    without = Cleaner(html_metadata=False).clean_html(page, source="https://example.com/news/1")
    assert without.text == with_metadata.text
    assert without.edits == with_metadata.edits
    assert with_metadata.html is not None and without.html is not None
    found = set(with_metadata.html) & set(METADATA_KEYS)
    assert {"title", "date"} <= found  # the page has both; the switch must be what removes them
    assert set(without.html) == {"extractor", "extractor_version"}


def test_html_metadata_switch_reaches_workers_and_pickles() -> None:
    cleaner = CleanerConfig(html_metadata=False).build()
    assert cleaner.html_metadata is False
    assert pickle.loads(pickle.dumps(cleaner)).html_metadata is False
    assert pickle.loads(pickle.dumps(Cleaner())).html_metadata is True


def test_no_metadata_option_on_the_command(tmp_path: Path) -> None:
    default = json.loads(invoke("--format", "json", str(HTML_004)).output)
    assert "title" in default["html"]
    quick = invoke("--no-metadata", "--format", "json", str(HTML_004))
    assert quick.exit_code == 0, quick.output
    data = json.loads(quick.output)
    assert set(data["html"]) == {"extractor", "extractor_version"}
    assert data["text"] == default["text"]
    # two inputs, two workers: each builds its Cleaner from the same config
    (tmp_path / "a.html").write_bytes(HTML_004.read_bytes())
    (tmp_path / "b.html").write_bytes(HTML_004.read_bytes())
    both = invoke("--no-metadata", "--format", "json", "-j", "2", str(tmp_path / "a.html"), str(tmp_path / "b.html"))
    assert [set(d["html"]) for d in json.loads(both.output)] == [{"extractor", "extractor_version"}] * 2


# -- Parquet and zstd corpora ----------------------------------------------------

def _rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = [
        {"id": i, "url": f"https://example.com/{i}", "text": seed_text(p.name[:3]), "score": i / 2, "tags": ["a", str(i)]}
        for i, p in enumerate(SEEDS)
    ]
    rows.insert(2, {"id": 99, "url": "https://example.com/null", "text": None, "score": 0.0, "tags": []})
    return rows


@pytest.fixture
def parquet_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "corpus.parquet"
    path.parent.mkdir()
    pq.write_table(pa.Table.from_pylist(_rows()), path, row_group_size=3)  # several row groups
    return path


def test_parquet_round_trip_keeps_every_column_and_record(
    parquet_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parquet, "BATCH_ROWS", 2)  # several batches: two workers share them
    done = invoke("-q", "-j", "2", str(parquet_corpus), "-o", str(tmp_path / "out"))
    assert done.exit_code == 1  # the null text is reported, by its row
    assert f"{parquet_corpus}:3: column 'text' is null" in done.stderr
    table = pq.read_table(tmp_path / "out" / "corpus.parquet")
    expected_rows = [r for r in _rows() if r["text"] is not None]
    assert table.num_rows == len(expected_rows) == len(SEEDS)
    assert table.column_names == ["id", "url", "text", "score", "tags", "provenance"]
    for row, original in zip(table.to_pylist(), expected_rows, strict=True):
        assert {k: row[k] for k in ("id", "url", "score", "tags")} == {k: original[k] for k in ("id", "url", "score", "tags")}
        result = Cleaner().clean(str(original["text"]))
        assert row["text"] == result.text
        assert row["provenance"]["removed_chars"] == sum(result.removed_chars.values())
        assert {c["rule"]: c["count"] for c in row["provenance"]["counts"]} == result.counts
        assert row["provenance"]["edits"] == len(result.edits)


def test_parquet_output_gathers_batches_into_row_groups(
    parquet_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not one row group per batch: readers pay per row group; the rows and their order are the same."""
    monkeypatch.setattr(parquet, "BATCH_ROWS", 2)
    monkeypatch.setattr(parquet, "ROW_GROUP_ROWS", 4)
    invoke("-q", "--provenance", "none", str(parquet_corpus), "-o", str(tmp_path / "out"))
    written = pq.ParquetFile(tmp_path / "out" / "corpus.parquet")
    batches = -(-len(_rows()) // 2)  # the null row is left out of its batch, not out of the count
    sizes = [written.metadata.row_group(i).num_rows for i in range(written.metadata.num_row_groups)]
    assert sum(sizes) == len(SEEDS) and len(sizes) < batches
    assert all(size >= 3 for size in sizes[:-1])  # two batches (one holds the null row) before each flush
    assert written.read().column("id").to_pylist() == [r["id"] for r in _rows() if r["text"] is not None]


def test_parquet_provenance_has_one_fixed_type(parquet_corpus: Path, tmp_path: Path) -> None:
    """The same type whether or not any rule acted, in every mode: a dataset of many files has one schema."""
    quiet = tmp_path / "quiet.parquet"
    pq.write_table(pa.Table.from_pylist([{"text": "Nothing to clean here.\n"}]), quiet)
    for mode in ("summary", "full"):
        invoke("-q", "--provenance", mode, str(parquet_corpus), str(quiet), "-o", str(tmp_path / mode))
        busy = pq.read_schema(tmp_path / mode / "corpus.parquet").field("provenance").type
        calm = pq.read_schema(tmp_path / mode / "quiet.parquet").field("provenance").type
        assert busy == calm == provenance_type(mode)
    full = pq.read_table(tmp_path / "full" / "corpus.parquet").to_pylist()
    first = Cleaner().clean(str(_rows()[0]["text"]))
    assert full[0]["provenance"]["edits"] == [
        {"start": e.start, "end": e.end, "rule": e.rule, "removed": e.removed, "inserted": e.inserted}
        for e in first.edits
    ]
    assert full[0]["provenance"]["edits"]  # the seed has edits: the comparison compares something


def test_parquet_options_as_for_jsonl(parquet_corpus: Path, tmp_path: Path) -> None:
    done = invoke("-q", "--output-field", "clean", "--provenance", "none", "--on-error", "keep",
                  str(parquet_corpus), "-o", str(tmp_path / "out"))
    table = pq.read_table(tmp_path / "out" / "corpus.parquet")
    assert done.exit_code == 1
    assert table.column_names == ["id", "url", "text", "score", "tags", "clean"]
    assert table.column("text").to_pylist() == [r["text"] for r in _rows()]  # kept as it was
    assert table.column("clean").to_pylist()[2] is None  # the failed row, kept
    renamed = pq.read_table(parquet_corpus).rename_columns(["id", "url", "body", "score", "tags"])
    pq.write_table(renamed, tmp_path / "body.parquet")
    other = invoke("-q", "--text-field", "body", str(tmp_path / "body.parquet"), "-o", str(tmp_path / "b"))
    assert pq.read_table(tmp_path / "b" / "body.parquet").num_rows == len(SEEDS), other.stderr
    refused = invoke("-q", "--provenance-field", "url", str(parquet_corpus), "-o", str(tmp_path / "c"))
    assert refused.exit_code == 1 and "already has a column 'url'" in refused.stderr
    assert not (tmp_path / "c" / "corpus.parquet").exists()


def test_parquet_on_stdout_is_jsonl(parquet_corpus: Path) -> None:
    done = invoke("-q", str(parquet_corpus))
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in records] == [r["id"] for r in _rows() if r["text"] is not None]


def test_parquet_and_jsonl_of_one_corpus_give_the_same_texts(parquet_corpus: Path, tmp_path: Path) -> None:
    jsonl = tmp_path / "same.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in _rows() if r["text"] is not None), encoding="utf-8")
    invoke("-q", str(parquet_corpus), str(jsonl), "-o", str(tmp_path / "out"))
    from_parquet = pq.read_table(tmp_path / "out" / "corpus.parquet").column("text").to_pylist()
    from_jsonl = [json.loads(line)["text"] for line in (tmp_path / "out" / "same.jsonl").read_text("utf-8").splitlines()]
    assert from_parquet == from_jsonl


def test_jsonl_zst_round_trip_keeps_every_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "BATCH_LINES", 2)  # several batches: two workers share them
    rows = [r for r in _rows() if r["text"] is not None]
    plain = "".join(json.dumps(r) + "\n" for r in rows).encode("utf-8")
    (tmp_path / "c.jsonl").write_bytes(plain)
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(plain))
    for name in ("c.jsonl", "c.jsonl.zst"):
        done = invoke("-q", "-j", "2", str(tmp_path / name), "-o", str(tmp_path / "out"))
        assert done.exit_code == 0, done.stderr
    packed = (tmp_path / "out" / "c.jsonl.zst").read_bytes()
    assert packed[:4] == b"\x28\xb5\x2f\xfd"  # written as zstd, as its name says
    unpacked = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(packed)).read()
    assert unpacked == (tmp_path / "out" / "c.jsonl").read_bytes()
    records = [json.loads(line) for line in unpacked.splitlines()]
    assert [{k: r[k] for k in ("id", "url", "score", "tags")} for r in records] == [
        {k: r[k] for k in ("id", "url", "score", "tags")} for r in rows
    ]
    # zstd by magic bytes, as gzip: a pipe or any name works with --jsonl
    piped = invoke("-q", "--jsonl", "-", input=(tmp_path / "c.jsonl.zst").read_bytes())
    assert piped.stdout.encode("utf-8") == unpacked


def test_truncated_zst_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    # hex digests compress little, so that the first half holds whole zstd blocks
    texts = (f"Record {i}: {hashlib.sha256(str(i).encode()).hexdigest() * 4}\n" for i in range(2000))
    plain = "".join(json.dumps({"text": text}) + "\n" for text in texts)
    packed = zstandard.ZstdCompressor().compress(plain.encode("utf-8"))
    (tmp_path / "cut.jsonl.zst").write_bytes(packed[: len(packed) // 2])
    done = invoke("-q", str(tmp_path / "cut.jsonl.zst"))
    assert done.exit_code == 1 and "cannot read on" in done.stderr
    assert 0 < len(done.stdout.splitlines()) < 2000


def test_damaged_zst_keeps_the_records_before_the_damage_and_names_it(tmp_path: Path) -> None:
    texts = (f"Record {i}: {hashlib.sha256(str(i).encode()).hexdigest() * 4}\n" for i in range(2000))
    plain = "".join(json.dumps({"text": text}) + "\n" for text in texts)
    packed = bytearray(zstandard.ZstdCompressor(write_checksum=True).compress(plain.encode("utf-8")))
    middle = len(packed) // 2
    packed[middle : middle + 64] = bytes(64)  # a block's bytes overwritten
    (tmp_path / "bad.jsonl.zst").write_bytes(bytes(packed))
    done = invoke("-q", str(tmp_path / "bad.jsonl.zst"))
    assert done.exit_code == 1 and "bad.jsonl.zst" in done.stderr and "damaged zstd data" in done.stderr
    assert 0 < len(done.stdout.splitlines()) < 2000


def test_missing_extra_is_named(parquet_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if pyarrow were not installed
    done = invoke("-q", "-j", "1", str(parquet_corpus))
    assert done.exit_code == 1
    assert "reading .parquet needs pyarrow: pip install 'scrapeclean[parquet]'" in done.stderr
    monkeypatch.setitem(sys.modules, "zstandard", None)
    (tmp_path / "c.jsonl").write_text('{"text": "A record.\\n"}\n', encoding="utf-8")
    done = invoke("-q", str(tmp_path / "c.jsonl"), "-o", str(tmp_path / "out"), "--glob", "*")
    assert done.exit_code == 0
    (tmp_path / "c2.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd" + b"\x00" * 8)
    done = invoke("-q", str(tmp_path / "c2.jsonl.zst"))
    assert "reading zstd needs zstandard: pip install 'scrapeclean[zstd]'" in done.stderr


# -- formats as modules behind registries (issue 15 item 4) ---------------------------


def test_document_format_agrees_with_the_sniffing_of_clean_bytes() -> None:
    """The command and ``Cleaner.clean_bytes(html=None)`` take the same inputs for pages."""
    page = b"\xef\xbb\xbf<!-- saved -->\n<!DOCTYPE html><html><body><p>Hi</p></body></html>"
    contents = [page, b"<html lang=en>", b"One.<p>\nTwo.<p>\n", b"plain text\n", b"  <?xml version='1.0'?><html>"]
    names = ["a.txt", "a.MD", "b.rst", "p.html", "P.XHTML", "q.shtml", "noext", "x.log", "./-"]
    for name in names:
        for data in contents:
            chosen = document_format(name, data, None).NAME
            assert chosen == ("html" if looks_like_html(data, name) else "text"), (name, data)
    assert document_format("-", page, None).NAME == "text"  # stdin is text unless --html says otherwise
    assert document_format("-", b"x", True).NAME == document_format("a.txt", page, True).NAME == "html"
    assert document_format("p.html", page, False).NAME == "text"


def _members(protocol: type) -> set[str]:
    return {name for name in (*vars(protocol), *protocol.__annotations__) if not name.startswith("_")}


@pytest.mark.parametrize(
    ("registry", "protocol"),
    [(DOCUMENT_FORMATS, DocumentFormat), (CORPUS_FORMATS, CorpusFormat), (tuple(OUTPUT_FORMATS.values()), OutputFormat)],
)
def test_every_registered_format_has_its_whole_interface(registry: tuple[object, ...], protocol: type) -> None:
    assert {"NAME", "sniff", "clean", "read", "render"} & _members(protocol)  # the protocol lists something
    for module in registry:
        missing = {name for name in _members(protocol) if not hasattr(module, name)}
        assert not missing, f"{module.NAME} lacks {missing}"  # type: ignore[attr-defined]
        for name in _members(protocol) - set(protocol.__annotations__):
            assert callable(getattr(module, name)), (module, name)


def test_the_command_takes_its_formats_from_the_registries() -> None:
    from cleaner.cli import clean_command

    (fmt,) = [p for p in clean_command.params if p.name == "fmt"]
    assert list(fmt.type.choices) == list(OUTPUT_FORMATS) == ["text", "json", "jsonl"]  # type: ignore[attr-defined]
    for module in (*DOCUMENT_FORMATS, *CORPUS_FORMATS):
        assert set(module.GLOBS) <= set(DEFAULT_GLOBS)
    assert DEFAULT_GLOBS[:6] == ("*.txt", "*.text", "*.md", "*.html", "*.htm", "*.xhtml")


def test_formats_import_nothing_above_them() -> None:
    """Imports point down the pipeline: formats (and what they share) never import the command's modules."""
    above = {"cli", "batch", "run", "documents", "outputs"}
    package = Path(cleaner.__file__).parent
    for path in [*(package / "formats").glob("*.py"), package / "corpus.py", package / "views.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                names = [*(node.module or "").split("."), *(alias.name for alias in node.names)]
                assert not above & set(names), f"{path.name} imports {ast.unparse(node)}"


UPPER_FORMAT = '''
"""An output format for the test: the clean text in capitals."""
NAME = "upper"


def output_name(relative):
    return relative + ".upper"


def render(result):
    return result.text.upper()


def to_stdout(output, index, several):
    return ("" if index == 0 else "---\\n") + output


def end_stdout(written, several):
    return f"({written} documents)\\n"
'''

ADD_AND_RUN = """
import sys
import upper_format
from cleaner.formats import OUTPUT_FORMATS
OUTPUT_FORMATS[upper_format.NAME] = upper_format  # the registry line
from cleaner.cli import main
main(sys.argv[1:])
"""


def test_adding_an_output_format_is_one_module_and_one_registry_line(tmp_path: Path) -> None:
    (tmp_path / "upper_format.py").write_text(UPPER_FORMAT, encoding="utf-8")
    seeds = [str(p) for p in SEEDS[:2]]
    run = functools.partial(
        subprocess.run, capture_output=True, text=True, check=False, timeout=300,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    written = run([sys.executable, "-c", ADD_AND_RUN, "--format", "upper", "-j", "2", *seeds, "-o", str(tmp_path / "o")])
    assert written.returncode == 0, written.stderr
    texts = [Cleaner().clean(seed_text(p.name[:3])).text.upper() for p in SEEDS[:2]]
    assert [(tmp_path / "o" / f"{p.name}.upper").read_text("utf-8") for p in SEEDS[:2]] == texts
    printed = run([sys.executable, "-c", ADD_AND_RUN, "--format", "upper", *seeds])
    assert printed.stdout == "---\n".join(texts) + "(2 documents)\n", printed.stderr
