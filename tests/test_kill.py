"""Issue 14: a run killed with SIGKILL leaves only complete outputs, and --resume finishes it.

Both runs go through the installed command, are killed mid-way, resumed, and
compared byte for byte with an uninterrupted run; documents in = documents
out + documents failed is checked on the resumed run's own report.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import SEEDS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

COMMAND = shutil.which("clean", path=str(Path(sys.executable).parent)) or "clean"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([COMMAND, "-q", *args], capture_output=True, text=True, timeout=300, check=False)


def _kill_when(args: list[str], ready: Callable[[], bool]) -> None:
    process = subprocess.Popen([COMMAND, "-q", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not ready():
        assert process.poll() is None, "the run ended before it could be killed mid-way"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.kill()
    process.wait(timeout=60)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _visible(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if not Path(name).name.startswith(".")}


def _failures(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not line.startswith("clean: warning:")
            and not line.endswith("(--resume)") and line.startswith("clean: ")]


def test_a_killed_folder_run_leaves_complete_outputs_and_resume_finishes_it(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8").splitlines() for p in SEEDS]
    for i in range(150):
        lines = texts[i % len(texts)]
        (folder / f"{i:03}.txt").write_text("\n".join(lines[i % 7 : i % 7 + 6]) + f"\nDocument {i}.\n")
    for i in range(3):
        (folder / f"bad{i}.txt").write_bytes(b"\x00binary")
    reference = _run(str(folder), "-o", str(tmp_path / "ref"), "-j", "1")
    assert reference.returncode == 1
    expected = _tree(tmp_path / "ref")

    out = tmp_path / "out"
    _kill_when([str(folder), "-o", str(out), "-j", "1"],
               lambda: out.exists() and sum(1 for _ in out.rglob("*.txt")) >= 20)
    partial = _visible(_tree(out))
    assert 20 <= len(partial) < len(expected)
    assert all(expected[name] == data for name, data in partial.items())  # only complete outputs

    resumed = _run(str(folder), "-o", str(out), "--resume", "-j", "2")
    assert resumed.returncode == 1
    assert _tree(out) == expected  # byte-identical, and no temporary file left
    assert f"{len(partial)} input(s) skipped" in resumed.stderr
    failed = _failures(resumed.stderr)
    assert len(failed) == 3 and all("binary data" in line for line in failed)
    assert 153 == len(expected) + len(failed)  # documents in = out + failed


def test_a_killed_corpus_run_leaves_no_output_and_resume_finishes_it(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    lines = [json.dumps({"id": i, "text": texts[i % len(texts)][: 500 + i]}) for i in range(800)]
    for at in (10, 400, 700):
        lines.insert(at, '{"id": "broken", ')
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reference = _run(str(corpus), "-o", str(tmp_path / "ref"), "-j", "2")
    assert reference.returncode == 1
    expected = _tree(tmp_path / "ref")

    out = tmp_path / "out"

    def half_written() -> bool:
        return any(p.stat().st_size > 100_000 for p in out.glob(".c.jsonl.clean-*.tmp")) if out.exists() else False

    _kill_when([str(corpus), "-o", str(out), "-j", "2"], half_written)
    assert _visible(_tree(out)) == {}  # the half-written corpus is a hidden temporary file

    resumed = _run(str(corpus), "-o", str(out), "--resume", "-j", "2")
    assert resumed.returncode == 1
    assert "removed, a temporary file left by an interrupted run" in resumed.stderr
    assert _tree(out) == expected
    records = expected["c.jsonl"].decode("utf-8").splitlines()
    failed = [line for line in _failures(resumed.stderr) if re.search(r"c\.jsonl:\d+:\d+: invalid JSON", line)]
    assert len(failed) == 3 and len(_failures(resumed.stderr)) == 3
    assert len(lines) == len(records) + len(failed)  # records in = out + failed
