"""Where outputs go with ``-o DIR``, and how they are written.

Every input gets its own output, named after the input: a corpus keeps its
name, a document's output is named by the output format (its own name and
suffix for the text of a text file, ``.txt`` added for the text of a page,
``.json``/``.jsonl`` added for those formats).  The plan is made and checked
before anything is written: a run whose outputs would overwrite an input,
land inside an input folder, or overwrite each other is refused as a whole.

An output appears only once it is complete: it is written to a hidden
temporary file beside it (``.NAME.clean-PID.tmp``) and renamed.  A run that
is killed leaves that temporary file behind; the next run removes the ones
whose process is gone.  With ``resume`` an input whose output exists is
skipped, since an existing output is always a complete one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .batch import Input
from .formats.compression import compressed_writer

if TYPE_CHECKING:
    from .formats import CorpusFormat, OutputFormat

__all__ = ["OutputConflict", "atomic_writer", "output_path", "plan_outputs", "remove_stale_temporaries",
           "write_atomic"]

_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.clean-(?P<pid>\d+)\.tmp$")


class OutputConflict(ValueError):
    """The outputs of a run would overwrite an input or each other."""


def output_path(output_dir: Path, item: Input, output: OutputFormat, corpus: CorpusFormat | None) -> Path:
    """The output of ``item`` under ``output_dir``: a corpus keeps its name, a document's
    is named by the output format.

    >>> from cleaner.formats import json_document, jsonl, text
    >>> output_path(Path("out"), Input("in/a.md", "in/a.md"), text, None).as_posix()
    'out/in/a.md'
    >>> output_path(Path("out"), Input("in/a.md", "in/a.md"), json_document, None).as_posix()
    'out/in/a.md.json'
    >>> output_path(Path("out"), Input("p.html", "p.html"), text, None).as_posix()
    'out/p.html.txt'
    >>> output_path(Path("out"), Input("c.jsonl.gz", "c.jsonl.gz"), text, jsonl).as_posix()
    'out/c.jsonl.gz'
    >>> output_path(Path("out"), Input("-", "stdin"), json_document, None).as_posix()
    'out/stdin.txt.json'
    """
    if corpus is not None:
        return output_dir / (f"stdin{corpus.SUFFIXES[0]}" if item.path == "-" else item.relative)
    return output_dir / output.output_name("stdin.txt" if item.path == "-" else item.relative)


def plan_outputs(
    output_dir: Path, items: Sequence[tuple[Input, CorpusFormat | None]], folders: Iterable[str], output: OutputFormat
) -> dict[Input, Path]:
    """The output of each ``(input, its corpus format or None)``; raise :class:`OutputConflict` if any is unsafe."""
    target = output_dir.resolve()
    for name in folders:
        folder = Path(name).resolve()
        if target == folder or folder in target.parents:
            raise OutputConflict(f"-o {output_dir} is inside the input folder {name}; choose a folder outside it")
    sources = {Path(item.path).resolve(): item for item, _ in items if item.path != "-"}
    plan: dict[Input, Path] = {}
    claimed: dict[Path, Input] = {}
    for item, corpus in items:
        path = output_path(output_dir, item, output, corpus)
        resolved = path.resolve()
        if resolved in sources:
            raise OutputConflict(f"-o {output_dir} would overwrite the input {sources[resolved].path}")
        other = claimed.get(resolved)
        if other is not None and Path(other.path).resolve() != Path(item.path).resolve():
            raise OutputConflict(
                f"{other.path} and {item.path} would both be written to {path}; "
                "clean them in separate runs or give their folders instead"
            )
        claimed[resolved] = item
        plan[item] = path
    return plan


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a leftover of an earlier process that had our id
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, under another user
    return True


def remove_stale_temporaries(folders: Iterable[Path]) -> list[Path]:
    """Remove the temporary files that killed runs left in ``folders``; return them."""
    removed = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # not created yet
        for entry in entries:
            match = _TEMPORARY.match(entry.name)
            if match and entry.is_file(follow_symlinks=False) and not _alive(int(match["pid"])):
                Path(entry.path).unlink(missing_ok=True)
                removed.append(Path(entry.path))
    return removed


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that appears at ``path`` only once it is complete.

    Written to a temporary file beside ``path`` and renamed over it;
    compressed when ``path`` ends in ``.gz`` or ``.zst``; on error the
    temporary file is removed.
    The file gets the mode any new file gets (0666 less the umask).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.clean-{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as raw, compressed_writer(raw, path.name) as out:
            yield out
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_writer`)."""
    with atomic_writer(path) as handle:
        handle.write(data)
