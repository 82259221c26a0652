"""Answers about rule files and patterns, kept between runs in one JSON file.

Reading the packs' YAML, their patterns into RE2's syntax, checking that
RE2 takes them and finding their heads gives the same answers on every
start, and was most of a start's cost (about half a second for the shipped
packs).  The answers are kept in ``$SCRAPECLEAN_CACHE`` (default
``$XDG_CACHE_HOME/scrapeclean``, else ``~/.cache/scrapeclean``), in a file
named after a hash of the code that computes them, so that other code never
reads them.  ``SCRAPECLEAN_CACHE=off`` keeps nothing.  A file that cannot be
read or written is ignored: the cache only ever saves time, it never
changes an answer.

>>> calls = []
>>> @remembered("demo")
... def double(text: str) -> str:
...     calls.append(text)
...     return text * 2
>>> double("ab"), double("ab"), calls
('abab', 'abab', ['ab'])
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import importlib.util
import json
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import re2

__all__ = ["remembered", "cache_file"]

_Answer = TypeVar("_Answer")
# The modules whose code computes the answers kept.
_CODE = ("patterns.py", "heads.py", "loader.py", "yaml_data.py", "memo.py")
# Past this size (the shipped packs' answers take about 1.5 MB), a save keeps
# only the answers this process used, so that rule files edited and tried
# over time do not grow the file, and every start's reading of it, for ever.
_MOST_BYTES = 8 << 20


@functools.cache
def _code_hash() -> str:
    """A hash of the code that computes the answers: ours, and the PyYAML and
    RE2 binding installed (which read the YAML and decide what RE2 takes);
    read once per process."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _CODE:
        digest.update((here / name).read_bytes())
    for installed in (re2._re2.__file__, _origin("yaml")):  # (stat, not import: PyYAML is imported only to read)
        found = os.stat(installed) if installed else None
        digest.update(f"{installed} {found and found.st_size} {found and found.st_mtime_ns};".encode())
    return digest.hexdigest()[:16]


def _origin(module: str) -> str | None:
    """The file ``module`` would be imported from, without importing it."""
    spec = importlib.util.find_spec(module)
    return spec.origin if spec is not None else None


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
        return folder / f"patterns-{_code_hash()}.json"
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
                    loaded = json.loads(path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
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
        kept = json.dumps(answers, ensure_ascii=False)
        if len(kept) > _MOST_BYTES:
            kept = json.dumps({key: answers[key] for key in self._used}, ensure_ascii=False)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(kept)
            os.replace(temporary, path)
            self._new = False
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            return
        for other in path.parent.glob("patterns-*.json"):  # other code's answers: never read again
            if other != path:
                with contextlib.suppress(OSError):
                    other.unlink(missing_ok=True)


_MEMO = _Memo()


def _kept_form(answer: Any) -> tuple[bool, Any]:
    """(whether JSON holds ``answer`` as it is: no tuples, dates, non-string keys...;
    the copy it holds)."""
    try:
        kept = json.loads(json.dumps(answer))
    except (TypeError, ValueError):
        return False, None
    return bool(kept == answer), kept


def remembered(name: str) -> Callable[[Callable[..., _Answer]], Callable[..., _Answer]]:
    """Keep a pure function's answers between runs: those that JSON holds as they are
    (others are computed on every run).  Its arguments are strings, numbers or booleans."""

    def decorate(function: Callable[..., _Answer]) -> Callable[..., _Answer]:
        @functools.wraps(function)
        def remembering(*args: Any, **options: Any) -> _Answer:
            call = json.dumps([name, args, sorted(options.items())], ensure_ascii=False)
            key = hashlib.sha256(call.encode("utf-8", "surrogatepass")).hexdigest()
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
