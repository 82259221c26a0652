"""The pattern-answer cache only ever saves time: same answers, and a bad file is ignored."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.engine import memo

from .conftest import SEEDS


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A cache folder of its own and a process memory that has read nothing yet."""
    monkeypatch.setenv("SCRAPECLEAN_CACHE", str(tmp_path))
    monkeypatch.setattr(memo, "_MEMO", memo._Memo())  # noqa: SLF001
    return tmp_path


def _counted() -> tuple[list[str], object]:
    calls: list[str] = []

    @memo.remembered("test")
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    return calls, upper


def test_answers_are_read_back_in_the_next_process_instead_of_computed(fresh: Path, monkeypatch) -> None:  # noqa: ANN001
    calls, upper = _counted()
    assert upper("abc") == "ABC" and calls == ["abc"]
    memo._MEMO.save()  # noqa: SLF001 - what the process does at exit
    (kept,) = fresh.glob("patterns-*")
    monkeypatch.setattr(memo, "_MEMO", memo._Memo())  # noqa: SLF001 - the next process
    calls, upper = _counted()
    assert upper("abc") == "ABC" and calls == []
    assert not list(fresh.glob("*.tmp"))
    assert kept.name == f"patterns-{memo._code_hash()}.marshal"  # noqa: SLF001 - other code, other file


def test_a_full_file_keeps_only_what_the_last_process_used(fresh: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(memo, "_MOST_BYTES", 200)  # three answers and a half
    calls, upper = _counted()
    for text in "abcd":
        upper(text)
    memo._MEMO.save()  # noqa: SLF001
    monkeypatch.setattr(memo, "_MEMO", memo._Memo())  # noqa: SLF001
    calls, upper = _counted()
    upper("a")
    upper("e")
    memo._MEMO.save()  # noqa: SLF001
    monkeypatch.setattr(memo, "_MEMO", memo._Memo())  # noqa: SLF001
    calls, upper = _counted()
    for text in "abcde":
        upper(text)
    assert calls == ["b", "c", "d"]


def test_answers_marshal_cannot_hold_are_computed_every_time(fresh: Path) -> None:
    calls: list[str] = []

    @memo.remembered("test paths")
    def path(text: str) -> Path:
        calls.append(text)
        return Path(text)

    assert path("a") == path("a") == Path("a")
    assert calls == ["a", "a"]


def test_the_same_call_always_gives_the_same_key(fresh: Path) -> None:
    """A key is the same whatever else holds its arguments (marshal's newer formats flag
    shared objects, which would make a kept answer unreachable from another process)."""
    calls, upper = _counted()
    upper("".join(["sha", "red"]))  # a string nothing else holds
    upper("shared")  # the same text, held by this code's constants
    assert calls == ["shared"]


def test_a_kept_container_is_handed_out_as_a_copy(fresh: Path) -> None:
    @memo.remembered("test lists")
    def letters(text: str) -> list[str]:
        return list(text)

    letters("ab").append("z")
    assert letters("ab") == ["a", "b"]
    letters("ab").append("z")
    assert letters("ab") == ["a", "b"]


def test_a_save_keeps_the_answers_of_the_latest_other_code_only(fresh: Path) -> None:
    """Other installs' files (other virtual environments) stay, but only the few latest."""
    others = [fresh / f"patterns-{n:016x}.marshal" for n in range(memo._OTHER_FILES_KEPT + 2)]  # noqa: SLF001
    for age, other in enumerate(reversed(others)):
        other.write_bytes(b"")
        os.utime(other, (1_000_000 + age, 1_000_000 + age))  # others[0] is the latest
    _, upper = _counted()
    upper("z")
    memo._MEMO.save()  # noqa: SLF001
    left = sorted(p.name for p in fresh.iterdir())
    assert left == sorted([f"patterns-{memo._code_hash()}.marshal"]  # noqa: SLF001
                          + [p.name for p in others[: memo._OTHER_FILES_KEPT]])  # noqa: SLF001


def test_code_that_cannot_be_read_keeps_nothing(fresh: Path, monkeypatch) -> None:  # noqa: ANN001
    def unreadable() -> str:
        raise OSError("not a plain file")

    monkeypatch.setattr(memo, "_code_hash", unreadable)
    assert memo.cache_file() is None
    calls, upper = _counted()
    assert upper("q") == "Q" and calls == ["q"]
    memo._MEMO.save()  # noqa: SLF001
    assert list(fresh.iterdir()) == []


def test_a_damaged_file_is_ignored(fresh: Path) -> None:
    path = memo.cache_file()
    assert path is not None
    path.write_bytes(b"{\x00not marshal")
    calls, upper = _counted()
    assert upper("x") == "X" and calls == ["x"]


def test_off_keeps_nothing(fresh: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("SCRAPECLEAN_CACHE", "off")
    assert memo.cache_file() is None
    calls, upper = _counted()
    upper("y")
    memo._MEMO.save()  # noqa: SLF001
    assert list(fresh.iterdir()) == []


def test_a_run_from_the_cache_gives_the_same_output_as_a_run_without(tmp_path: Path) -> None:
    seed = str(SEEDS[0])
    command = [sys.executable, "-c", "from cleaner.cli import main; main()", "--format", "json", seed]
    runs = []
    for setting in ("off", str(tmp_path), str(tmp_path)):  # computed, then written, then read
        env = {**os.environ, "SCRAPECLEAN_CACHE": setting}
        runs.append(subprocess.run(command, capture_output=True, check=True, env=env).stdout)
    assert list(tmp_path.glob("patterns-*.marshal"))
    assert runs[0] == runs[1] == runs[2]


def test_a_start_whose_answers_are_kept_imports_only_what_cleaning_text_needs(tmp_path: Path) -> None:
    """PyYAML is imported only to read a rule file whose data is not kept, ftfy only
    when a line may need repair (or to read its tables once), and the optional
    readers (zstd, Parquet, HTML, other charsets) only when used."""
    probe = (
        "import sys, cleaner.cli\n"
        "from cleaner import Cleaner\n"
        "cleaner = Cleaner()\n"
        "assert cleaner.clean('Advertisement\\nHello there.\\n').text == 'Hello there.\\n'\n"
        "optional = ('yaml', 'ftfy', 'zstandard', 'pyarrow', 'trafilatura', 'charset_normalizer')\n"
        "print(sorted(m for m in optional if m in sys.modules))\n"
        "assert cleaner.clean('caf\\u00c3\\u00a9 &amp; more\\n').text == 'caf\\u00e9 & more\\n'\n"
        "print('ftfy' in sys.modules)\n"
    )
    env = {**os.environ, "SCRAPECLEAN_CACHE": str(tmp_path)}
    first, second = (subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
                     for _ in range(2))
    assert first.stdout.split() == ["['ftfy',", "'yaml']", "True"]  # the first start reads the packs and ftfy's tables
    assert second.stdout.split() == ["[]", "True"]
