"""Answers about rule files and patterns, kept between runs in one file.

Reading the packs' YAML, their patterns into RE2's syntax, checking that
RE2 takes them and finding their heads, keys and needles gives the same answers on
every start: for the shipped packs, about 19 s of CPU on a first start (a
third of it RE2 compiling each pattern once to see that it takes it), against
well under a second when the answers are read back.  The answers are kept in ``$SCRAPECLEAN_CACHE`` (default
``$XDG_CACHE_HOME/scrapeclean``, else ``~/.cache/scrapeclean``), in a file
named after a hash of the code that computes them and of the Python that
reads them, so that other code never reads them; the few most recent other
files stay, for the other installs (virtual environments) of the same user.
``SCRAPECLEAN_CACHE=off`` keeps nothing.  A file that cannot be read or
written is ignored: the cache only ever saves time, it never changes an
answer.  The file is in :mod:`marshal`'s format, as Python's own bytecode
cache is: it reads three times faster than JSON (the shipped packs' answers
take about 10 MB).

>>> calls = []
>>> @remembered("demo")
... def double(text: str) -> str:
...     calls.append(text)
...     return text * 2
>>> import uuid; text = uuid.uuid4().hex  # (an answer no earlier run kept)
>>> double(text) == double(text) == text * 2, calls == [text]
(True, True)
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import importlib.util
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar


__all__ = ["cache_file", "installed_stamp", "remembered"]

_Answer = TypeVar("_Answer")
# The modules whose code computes the answers kept (in the package's folder).
_CODE = (
    "engine/patterns.py", "engine/heads.py", "engine/keys.py", "engine/needles.py", "engine/loader.py",
    "engine/yaml_data.py", "engine/memo.py", "repair.py",
)
# The installed libraries whose answers are kept (PyYAML reads the YAML, the
# RE2 binding decides what RE2 takes, ftfy's tables give the repair scan).
_LIBRARIES = ("yaml", "re2._re2", "ftfy")
# Past this size, a save keeps only the answers this process used, so that
# rule files edited and tried over time do not grow the file, and every
# start's reading of it, for ever.  The shipped packs' answers take about
# 10 MB: a cap below that made every save of a process that used some of
# them (``clean rules show``) drop the others, and the next start compute
# them again (`clean rules list` after `rules show` took 125 s of CPU).
_MOST_BYTES = 32 << 20
# Files of other code kept beside this code's: other installs of the same
# user (one per virtual environment) would otherwise each delete the others'
# answers on every save, and compute all of theirs again on every start.
_OTHER_FILES_KEPT = 3
# The marshal format of keys: version 2 writes no object references, whose
# flags depend on reference counts, so the same call always gives the same key.
_KEY_FORMAT = 2


@functools.cache
def _code_hash() -> str:
    """A hash of the code that computes the answers: ours and the libraries'
    installed (:data:`_LIBRARIES`), and of the Python version (whose marshal
    format the file is in); read once per process."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"{sys.version_info[:2]} {marshal.version};".encode())
    for name in _CODE:
        digest.update((package / name).read_bytes())
    for library in _LIBRARIES:
        digest.update(installed_stamp(library).encode())
    return digest.hexdigest()[:16]


@functools.cache
def installed_stamp(module: str) -> str:
    """The file ``module`` would be imported from, its size and time: found
    without importing it (PyYAML is imported only to read, ftfy only to
    repair), and different for every install of another version."""
    spec = importlib.util.find_spec(module)
    origin = spec.origin if spec is not None else None
    found = os.stat(origin) if origin else None
    return f"{origin} {found and found.st_size} {found and found.st_mtime_ns};"


def cache_file() -> Path | None:
    """The file answers are kept in, or None if keeping is switched off."""
    setting = os.environ.get("SCRAPECLEAN_CACHE")
    if setting == "off":
        return None
    if setting:
        folder = Path(setting)
    elif os.environ.get("XDG_CACHE_HOME"):
        folder = Path(os.environ["XDG_CACHE_HOME"]) / "scrapeclean"
    else:
        try:
            folder = Path.home() / ".cache" / "scrapeclean"
        except RuntimeError:  # no home folder: nowhere to keep anything
            return None
    try:
        return folder / f"patterns-{_code_hash()}.marshal"
    except OSError:  # the code is not in plain files (a zip): nothing to name the file after
        return None


class _Memo:
    """The answers of one process: read from the file on first use, written at exit if new ones came."""

    def __init__(self) -> None:
        self._answers: dict[str, Any] | None = None
        self._used: set[str] = set()
        self._new = False

    def answers(self) -> dict[str, Any]:
        if self._answers is None:
            self._answers = {}
            path = cache_file()
            if path is not None:
                try:
                    loaded = marshal.loads(path.read_bytes())
                except (OSError, ValueError, EOFError, TypeError):
                    loaded = None
                if isinstance(loaded, dict):
                    self._answers = loaded
        return self._answers

    def get(self, key: str) -> tuple[bool, Any]:
        """(whether the answer is known, the answer)."""
        answers = self.answers()
        if key not in answers:
            return False, None
        self._used.add(key)
        return True, answers[key]

    def add(self, key: str, answer: Any) -> None:
        self.answers()[key] = answer
        self._used.add(key)
        if not self._new:
            self._new = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the answers (all of them: another process may have written the file meanwhile)."""
        path = cache_file()
        if path is None or not self._new:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            import tempfile  # (only to save: a start that adds no answer never needs it)

            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        except OSError:
            return
        answers = self.answers()
        kept = marshal.dumps(answers)
        if len(kept) > _MOST_BYTES:
            kept = marshal.dumps({key: answers[key] for key in self._used})
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(kept)
            os.replace(temporary, path)
            self._new = False
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            return
        _remove_old_files(path)


def _remove_old_files(path: Path) -> None:
    """Remove other code's answer files but the most recently written few."""
    others = []
    for other in path.parent.glob("patterns-*"):
        with contextlib.suppress(OSError):
            if other != path:
                others.append((other.stat().st_mtime, other))
    for _, old in sorted(others, reverse=True)[_OTHER_FILES_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink(missing_ok=True)


_MEMO = _Memo()


def _kept_form(answer: Any) -> tuple[bool, Any]:
    """(whether marshal holds ``answer`` as it is: built-in types only; the copy it holds)."""
    try:
        kept = marshal.loads(marshal.dumps(answer))
    except ValueError:
        return False, None
    return bool(kept == answer), kept


def remembered(name: str) -> Callable[[Callable[..., _Answer]], Callable[..., _Answer]]:
    """Keep a pure function's answers between runs: those that JSON holds as they are
    (others are computed on every run).  Its arguments are strings, numbers or booleans."""

    def decorate(function: Callable[..., _Answer]) -> Callable[..., _Answer]:
        @functools.wraps(function)
        def remembering(*args: Any, **options: Any) -> _Answer:
            call = marshal.dumps((name, args, tuple(sorted(options.items()))), _KEY_FORMAT)
            key = hashlib.sha256(call).hexdigest()
            known, answer = _MEMO.get(key)
            if known:  # a container is handed out as a copy, the kept one stays as it was
                return marshal.loads(marshal.dumps(answer)) if isinstance(answer, (dict, list)) else answer  # type: ignore[no-any-return]
            answer = function(*args, **options)
            holds, kept = _kept_form(answer)
            if holds:
                _MEMO.add(key, kept)
            return answer

        return remembering

    return decorate
