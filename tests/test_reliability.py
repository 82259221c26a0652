"""Issue 14: no silent data loss, no half-written files, clean failures, bounded work.

Each test is named after the item of the issue it reproduces.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import Cleaner, RuleError, clean
from cleaner.batch import parallel_map
from cleaner.cli import clean_command
from cleaner.config import CleanerConfig
from cleaner.engine.loader import load_pack

from .test_cli import run_clean

STRAY_TAGS = (
    "Scraped paragraph one with a stray tag.<p>\nSecond paragraph.<p>\nThird paragraph.<p>\n"
    "Fourth paragraph, long enough to be content.\n"
)


def invoke(*args: str, input: bytes | str | None = None):  # noqa: ANN201
    return CliRunner().invoke(clean_command, list(args), input=input, catch_exceptions=False)


# -- item 1: text with tags is text --------------------------------------------------


def test_item1_text_with_p_tags_is_not_sniffed_as_html(tmp_path: Path) -> None:
    text = tmp_path / "t.txt"
    text.write_text(STRAY_TAGS, encoding="utf-8")
    result = invoke(str(text))
    assert result.exit_code == 0
    assert "Scraped paragraph one with a stray tag." in result.stdout
    assert "Fourth paragraph, long enough to be content." in result.stdout


def test_item1_markdown_keeps_its_footer_even_if_it_opens_like_a_page(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        "<html>\n<div align='center'><p>Logo</p></div>\n\n# Project\n\n<div>Badges</div>\n\n"
        "Some prose.\n\n<p>More prose.</p>\n\nFooter: licensed under MIT.\n",
        encoding="utf-8",
    )
    result = invoke(str(readme))
    assert result.exit_code == 0
    assert "# Project" in result.stdout and "Footer: licensed under MIT." in result.stdout
    assert "<div>Badges</div>" in result.stdout  # read as text, not extracted


def test_item1_stdin_is_text_unless_html_is_asked_for() -> None:
    page = "<!DOCTYPE html><html><body><article><p>" + "Real article text here. " * 20 + "</p></article></body></html>"
    as_text = invoke("-", input=page)
    assert as_text.exit_code == 0 and "<article>" in as_text.stdout
    as_page = invoke("--html", "-", input=page)
    assert as_page.exit_code == 0 and "<article>" not in as_page.stdout
    assert "Real article text here." in as_page.stdout
    assert "Scraped paragraph one" in invoke("-", input=STRAY_TAGS).stdout


def test_item1_api_bytes_with_tags_are_text_and_a_page_is_still_a_page() -> None:
    result = clean(STRAY_TAGS.encode("utf-8"))
    assert result.text.startswith("Scraped paragraph one with a stray tag.<p>")
    assert result.html is None
    page = b"<!-- saved -->\n<!DOCTYPE html><html><body><article><p>" + b"Body text of the page. " * 20 + b"</p>"
    assert clean(page).html is not None


# -- item 2: every input gets its own output ---------------------------------------------


def test_item2_inputs_differing_only_in_suffix_keep_their_own_outputs(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    (tree / "a.txt").write_text("Text file.\n", encoding="utf-8")
    (tree / "a.md").write_text("Markdown file.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert invoke(str(tree), "-o", str(out)).exit_code == 0
    assert (out / "in" / "a.txt").read_text(encoding="utf-8") == "Text file.\n"
    assert (out / "in" / "a.md").read_text(encoding="utf-8") == "Markdown file.\n"
    assert invoke(str(tree), "-o", str(tmp_path / "json"), "--format", "json").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "json" / "in").iterdir()) == ["a.md.json", "a.txt.json"]


def test_item2_two_inputs_onto_one_output_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    for folder in ("c1", "c2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"From {folder}.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(str(tmp_path / "c1" / "x.txt"), str(tmp_path / "c2" / "x.txt"), "-o", str(out))
    assert result.exit_code == 2
    assert "c1/x.txt and " in result.stderr and "c2/x.txt would both be written to" in result.stderr
    assert not out.exists()
    # the same file twice is one input, not a conflict
    assert invoke(str(tmp_path / "c1" / "x.txt"), str(tmp_path / "c1" / "x.txt"), "-o", str(out)).exit_code == 0


# -- item 3: killed runs leave nothing that lasts; --resume finishes them -------------------


def _dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True)
    return int(child.stdout)


def test_item3_stale_temporary_files_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Text.\n", encoding="utf-8")
    out = tmp_path / "out" / "in"
    out.mkdir(parents=True)
    stale = out / f".a.txt.clean-{_dead_pid()}.tmp"
    stale.write_text("half an outp", encoding="utf-8")
    live = out / f".a.txt.clean-{os.getppid()}.tmp"  # another run, still going
    live.write_text("being written", encoding="utf-8")
    result = invoke(str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert not stale.exists() and live.exists()
    assert f"{stale}: removed, a temporary file left by an interrupted run" in result.stderr
    assert (out / "a.txt").read_text(encoding="utf-8") == "Text.\n"


def test_item3_resume_skips_complete_outputs_and_redoes_the_rest(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    for name in "abc":
        (tree / f"{name}.txt").write_text(f"Document {name}.\n\n\n", encoding="utf-8")
    out = tmp_path / "out"
    assert invoke(str(tree), "-o", str(out)).exit_code == 0
    (out / "in" / "a.txt").write_text("kept as it is\n", encoding="utf-8")
    (out / "in" / "b.txt").unlink()
    result = invoke(str(tree), "-o", str(out), "--resume")
    assert result.exit_code == 0
    assert "2 input(s) skipped: their outputs exist (--resume)" in result.stderr
    assert (out / "in" / "a.txt").read_text(encoding="utf-8") == "kept as it is\n"
    assert (out / "in" / "b.txt").read_text(encoding="utf-8") == "Document b.\n"
    assert invoke(str(tree), "--resume").exit_code == 2  # nothing to resume without -o


# -- item 4: outputs get the usual file mode ---------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_item4_outputs_get_the_mode_the_umask_gives(tmp_path: Path, umask: int, mode: int) -> None:
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "Text."}\n', encoding="utf-8")
    old = os.umask(umask)
    try:
        result = invoke(str(tmp_path / "a.txt"), str(tmp_path / "c.jsonl"), "-o", str(tmp_path / "out"))
    finally:
        os.umask(old)
    assert result.exit_code == 0
    for name in ("a.txt", "c.jsonl"):
        assert stat.S_IMODE((tmp_path / "out" / name).stat().st_mode) == mode


# -- item 5: nothing done is not success -----------------------------------------------------


def test_item5_an_empty_folder_or_a_glob_matching_nothing_fails_and_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke(str(empty))
    assert result.exit_code == 1
    assert f"{empty}: no file in this folder matches *.txt" in result.stderr
    (empty / "a.txt").write_text("Text.\n", encoding="utf-8")
    nothing = invoke(str(empty), "--glob", "*.csv")
    assert nothing.exit_code == 1 and "matches *.csv (see --glob)" in nothing.stderr


def test_item5_every_jsonl_spelling_in_any_case_is_a_corpus(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    record = b'{"id": 1, "text": "Advertisement\\nBody."}\n'
    (tree / "a.ndjson.gz").write_bytes(gzip.compress(record))
    (tree / "b.JSONL").write_bytes(record)
    (tree / "c.NDJSON").write_bytes(record)
    (tree / "d.Jsonl.GZ").write_bytes(gzip.compress(record))
    (tree / "e.TXT").write_text("Advertisement\nBody.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(str(tree), "-o", str(out), "--provenance", "none")
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name for p in (out / "in").iterdir())
    assert written == ["a.ndjson.gz", "b.JSONL", "c.NDJSON", "d.Jsonl.GZ", "e.TXT"]
    for name in ("a.ndjson.gz", "d.Jsonl.GZ"):
        assert json.loads(gzip.decompress((out / "in" / name).read_bytes())) == {"id": 1, "text": "Body.\n"}
    assert json.loads((out / "in" / "b.JSONL").read_bytes()) == {"id": 1, "text": "Body.\n"}
    assert (out / "in" / "e.TXT").read_text(encoding="utf-8") == "Body.\n"


# -- item 6: pipes, FIFOs, /dev/stdin and a file named - ---------------------------------------


def test_item6_a_fifo_is_read_as_the_file_it_is(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed(data: bytes) -> threading.Thread:
        def write() -> None:
            with open(fifo, "wb") as handle:
                handle.write(data)

        thread = threading.Thread(target=write)
        thread.start()
        return thread

    writer = feed(b"Advertisement\nFrom a pipe.\n")
    result = invoke(str(fifo))
    writer.join()
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "From a pipe.\n"
    writer = feed(gzip.compress(b'{"text": "Advertisement\\nGzipped, through a pipe."}\n'))  # zcat-less
    corpus = invoke("--jsonl", "--provenance", "none", str(fifo))
    writer.join()
    assert json.loads(corpus.stdout) == {"text": "Gzipped, through a pipe.\n"}


def test_item6_dev_stdin_and_process_substitution_work_in_the_installed_command(tmp_path: Path) -> None:
    done = run_clean("/dev/stdin", input=b"Advertisement\nFrom stdin.\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"From stdin.\n"
    zipped = tmp_path / "c.jsonl.gz"
    zipped.write_bytes(gzip.compress(b'{"text": "Advertisement\\nBody."}\n'))
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash for process substitution")
    command = shutil.which("clean", path=str(Path(sys.executable).parent)) or "clean"
    script = f'"{command}" --jsonl --provenance none <(zcat "{zipped}")'
    sub = subprocess.run([bash, "-c", script], capture_output=True, timeout=120, check=False)
    assert sub.returncode == 0, sub.stderr
    assert json.loads(sub.stdout) == {"text": "Body.\n"}


def test_item6_a_file_named_dash_is_that_file_not_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("-").write_text("From the file named dash.\n", encoding="utf-8")
    result = invoke("./-", input="From stdin.\n")
    assert result.exit_code == 0
    assert result.stdout == "From the file named dash.\n"
    assert invoke("-", input="From stdin.\n").stdout == "From stdin.\n"


# -- item 8: each record succeeds or fails alone; JSON out is always readable -------------------


def _corpus(tmp_path: Path, lines: list[bytes]) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def test_item8_a_lone_surrogate_does_not_lose_the_batch_and_is_escaped(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [b'{"id": 1, "text": "Before."}', b'{"id": 2, "text": "Lone \\ud800 here."}',
                                b'{"id": 3, "text": "After."}'])
    result = invoke(str(corpus), "--provenance", "full", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    data = (tmp_path / "out" / "c.jsonl").read_bytes()
    data.decode("utf-8")  # valid UTF-8
    records = [json.loads(line) for line in data.splitlines()]
    assert [r["id"] for r in records] == [1, 2, 3]
    assert all(r["provenance"]["edits"] is not None for r in records)


def test_item8_line_separators_are_escaped_so_line_splitters_still_work(tmp_path: Path) -> None:
    text = "One\u2028two\u2029three\x85four."
    corpus = _corpus(tmp_path, [json.dumps({"id": 1, "text": text}).encode(), b'{"id": 2, "text": "x"}'])
    result = invoke(str(corpus), "--provenance", "full", "--typography", "keep")
    assert result.exit_code == 0
    assert not set("\u2028\u2029\x85") & set(result.stdout)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1, 2]


def test_item8_a_latin1_line_is_repaired_like_a_text_file(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [b'{"id": 1, "text": "Caf\xe9 cr\xe8me, d\xe9j\xe0 vu."}'])
    result = invoke(str(corpus), "--provenance", "none")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"id": 1, "text": "Caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu.\n"}
    assert f"{corpus}:1: line is not UTF-8; read as" in result.stderr


def test_item8_a_kept_bad_line_is_copied_byte_for_byte(tmp_path: Path) -> None:
    bad = b'{"id": 2, "text": 42, "note": "caf\xc3\xa9"}'
    corpus = _corpus(tmp_path, [b'{"id": 1, "text": "Fine."}', bad])
    result = invoke(str(corpus), "--on-error", "keep", "--provenance", "none", "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert (tmp_path / "out" / "c.jsonl").read_bytes().splitlines()[1] == bad


def test_item8_truncated_gzip_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    lines = [json.dumps({"id": i, "text": f"Record {i} " * 30}).encode() for i in range(400)]
    broken = tmp_path / "b.jsonl.gz"
    broken.write_bytes(gzip.compress(b"\n".join(lines) + b"\n")[:-200])
    result = invoke(str(broken), "-o", str(tmp_path / "out"), "--provenance", "none")
    assert result.exit_code == 1
    assert "cannot read on: Compressed file ended before the end-of-stream marker was reached" in result.stderr
    kept = [json.loads(x)["id"] for x in gzip.decompress((tmp_path / "out" / "b.jsonl.gz").read_bytes()).splitlines()]
    assert kept == list(range(len(kept))) and len(kept) > 300
    assert f"{broken}:{len(kept) + 1}: cannot read on" in result.stderr


def test_item8_malformed_json_is_reported_whole_with_its_column(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [b'{"id": 1, "text": "' + b"x" * 300 + b'", "extra": }', b'{"id": 2, "text": "ok"}'])
    result = invoke(str(corpus), "--provenance", "none")
    assert result.exit_code == 1
    assert f"{corpus}:1:332: invalid JSON: Expecting value\n" in result.stderr
    assert json.loads(result.stdout) == {"id": 2, "text": "ok\n"}


# -- item 7: rule files cannot make the loader eat memory ---------------------------------------


def test_item7_a_yaml_alias_bomb_is_refused_with_its_line(tmp_path: Path) -> None:
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    bomb += [f"{x}: &{x} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]" for p, x in zip("abcdefgh", "bcdefghi")]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(bomb).replace("a: &a", "version: &a", 1) + "\nrules: []\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"bomb.yaml:\d+: invalid YAML: aliases expand this file past 200,000 nodes"):
        load_pack(path)
    result = invoke("--rules", str(path), "-", input="Text.\n")
    assert result.exit_code == 2 and "aliases expand this file past" in result.stderr


def test_item7_a_few_aliases_sharing_a_pattern_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "shared.yaml"
    path.write_text(
        "rules:\n"
        "  - id: a/one\n    description: x\n    kind: drop-line\n    pattern: &word 'Tags?:'\n"
        "    examples: [{in: \"Body.\\nTags:\", out: \"Body.\"}, {keep: \"Tags: a sentence.\"}]\n"
        "  - id: a/two\n    description: y\n    kind: drop-line\n    pattern: *word\n"
        "    examples: [{keep: z}]\n",
        encoding="utf-8",
    )
    pack = load_pack(path)
    assert [r.params.match.pattern for r in pack.rules] == ["Tags?:", "Tags?:"]


@pytest.mark.parametrize(
    ("field", "problem"),
    [("version: [1, 2]", "'version' must be a string or a number"),
     ("version: true", "'version' must be a string or a number"),
     ("description: {a: 1}", "'description' must be a string")],
)
def test_item7_pack_fields_are_type_checked(tmp_path: Path, field: str, problem: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        f"{field}\nrules:\n  - id: a/b\n    description: x\n    kind: drop-line\n    phrases: [x]\n"
        "    examples: [{keep: y}]\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError, match=re.escape(problem)):
        load_pack(path)


# -- item 9: right messages, one voice, bounded work ----------------------------------------------

needs_linux = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


def _children(pid: int) -> list[int]:
    found = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat_file.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition, timeout: float = 60.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.02)


@pytest.fixture
def slow_corpus(tmp_path: Path) -> Path:
    """A corpus that takes two workers a few seconds."""
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    path = tmp_path / "slow.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(4000):
            handle.write(json.dumps({"id": i, "text": texts[i % len(texts)] + f"\nRecord {i}."}) + "\n")
    return path


def _start_clean(*args: str) -> subprocess.Popen[bytes]:
    command = shutil.which("clean", path=str(Path(sys.executable).parent)) or "clean"
    return subprocess.Popen([command, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def test_item9_a_full_disk_on_stdout_is_named_not_an_internal_error() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    command = shutil.which("clean", path=str(Path(sys.executable).parent)) or "clean"
    seed = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[1]
    with open("/dev/full", "wb") as full:
        done = subprocess.run([command, str(seed)], stdout=full, stderr=subprocess.PIPE, timeout=120, check=False)
    assert done.returncode == 1
    assert done.stderr.decode() == "clean: cannot write to stdout: No space left on device\n"


@needs_linux
def test_item9_ctrl_c_stops_the_run_with_one_line_and_130(slow_corpus: Path) -> None:
    process = _start_clean("-j", "2", "-q", str(slow_corpus))
    _wait_for(lambda: len(_children(process.pid)) >= 2)
    time.sleep(0.3)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode() == "clean: interrupted\n"


@needs_linux
def test_item9_a_killed_parent_takes_its_workers_silently(slow_corpus: Path, tmp_path: Path) -> None:
    process = _start_clean("-j", "2", "-q", str(slow_corpus), "-o", str(tmp_path / "out"))
    _wait_for(lambda: len(_children(process.pid)) >= 2)
    workers = _children(process.pid)
    time.sleep(0.3)
    process.kill()
    _, stderr = process.communicate(timeout=60)
    _wait_for(lambda: not any(_alive(pid) for pid in workers), timeout=10)
    assert b"Traceback" not in stderr and stderr == b""


@needs_linux
def test_item9_a_killed_worker_stops_the_run_with_a_message_not_a_hang(slow_corpus: Path) -> None:
    process = _start_clean("-j", "2", "-q", str(slow_corpus))
    _wait_for(lambda: len(_children(process.pid)) >= 2)
    time.sleep(0.3)
    os.kill(_children(process.pid)[0], signal.SIGKILL)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert stderr.decode().startswith("clean: a worker process died")
    assert b"Traceback" not in stderr


def _pid(_cleaner: object, _item: int) -> int:
    return os.getpid()


def test_item9_jobs_are_capped_by_the_work_there_is() -> None:
    cleaner = Cleaner()
    assert set(parallel_map(_pid, [1], CleanerConfig(), 128, cleaner)) == {os.getpid()}  # one item: no pool at all
    pids = list(parallel_map(_pid, [1, 2, 3], CleanerConfig(), 128, cleaner))
    assert len(set(pids)) <= 3 and os.getpid() not in pids


def test_item9_json_of_one_failed_input_is_still_json(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01")
    one = invoke("--format", "json", str(binary))
    assert one.exit_code == 1 and json.loads(one.stdout) is None
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Text.\n", encoding="utf-8")
    folder = invoke("--format", "json", str(tmp_path / "in"))  # a folder is an array, even of one
    assert [d["text"] for d in json.loads(folder.stdout)] == ["Text.\n"]


def test_item9_a_records_own_provenance_field_is_not_overwritten(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [b'{"id": 1, "text": "A.", "provenance": "crawl-2024"}', b'{"id": 2, "text": "B."}'])
    refused = invoke(str(corpus))
    assert refused.exit_code == 1
    assert f"{corpus}:1: the record already has a field 'provenance'" in refused.stderr
    assert [json.loads(x)["id"] for x in refused.stdout.splitlines()] == [2]
    renamed = invoke(str(corpus), "--provenance-field", "cleaning")
    assert renamed.exit_code == 0
    first = json.loads(renamed.stdout.splitlines()[0])
    assert first["provenance"] == "crawl-2024" and "counts" in first["cleaning"]
    assert invoke(str(corpus), "--provenance", "none").exit_code == 0
    assert invoke(str(corpus), "--provenance-field", "text").exit_code == 2


def test_item9_a_page_with_no_main_text_is_a_failed_input(tmp_path: Path) -> None:
    page = tmp_path / "home.html"
    page.write_text('<html><body><a href="/">Home</a> <a href="/about">About</a></body></html>', encoding="utf-8")
    result = invoke(str(page))
    assert result.exit_code == 1
    assert f"{page}: trafilatura found no main text in the HTML (only 'Home About')" in result.stderr
