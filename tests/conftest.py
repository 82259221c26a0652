"""Shared fixtures: the seed articles and text strategies for property tests."""

from __future__ import annotations

import importlib
import json
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import pytest
from hypothesis import strategies as st

from cleaner import Cleaner

# Tests keep their pattern answers apart from the user's (see cleaner/engine/memo.py).
os.environ.setdefault("SCRAPECLEAN_CACHE", tempfile.mkdtemp(prefix="scrapeclean-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FTFY_CASES = Path(__file__).resolve().parent / "data" / "ftfy"


def benchmark_module(name: str) -> ModuleType:
    """A module of ``benchmarks/``, which is scripts, not a package: its modules
    import each other by name, so the folder is on ``sys.path`` while one loads."""
    folder = str(ROOT / "benchmarks")
    sys.path.insert(0, folder)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(folder)


# A short article that a line is cleaned inside, to see what happens to the line alone.
BEFORE = "The council met on Tuesday to discuss the budget for next year."
AFTER = "Members voted to approve the plan after a long debate."


def lines_around(cleaner: Cleaner, line: str) -> list[str]:
    """The output's lines (stripped) when ``line`` is cleaned between :data:`BEFORE` and
    :data:`AFTER`, which must both stay."""
    out = [kept.strip() for kept in cleaner.clean(f"{BEFORE}\n{line}\n{AFTER}\n").text.splitlines()]
    assert BEFORE in out and AFTER in out, f"the article around {line!r} was damaged: {out}"
    return out


_DEFAULT_CLEANER: list[Cleaner] = []  # built on first use: most test modules never need it


def survives(line: str) -> bool:
    """Whether ``line`` is still in the output when the default cleaner cleans it
    between :data:`BEFORE` and :data:`AFTER` (see :func:`lines_around`)."""
    if not _DEFAULT_CLEANER:
        _DEFAULT_CLEANER.append(Cleaner())
    return line.strip() in lines_around(_DEFAULT_CLEANER[0], line)


def seed_text(prefix: str) -> str:
    """The seed whose file name starts with ``prefix`` (e.g. "001")."""
    (path,) = [p for p in SEEDS if p.name.startswith(prefix)]
    return path.read_text(encoding="utf-8")


def mojibake(text: str) -> str:
    """``text`` as it reads after its UTF-8 bytes were decoded as Windows-1252."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


def ftfy_cases() -> list[dict[str, str]]:
    cases = []
    for path in sorted(FTFY_CASES.glob("*.json")):
        cases.extend(json.loads(path.read_text(encoding="utf-8")))
    return cases


@pytest.fixture(params=[p.name for p in SEEDS])
def seed_name(request: pytest.FixtureRequest) -> str:
    return request.param


# Text that looks like scraped text: words, spaces of every kind, line breaks,
# control characters, entities, curly quotes, combining marks, invisibles.
_PIECES = st.sampled_from(
    [
        "word", "Read More", "I", "the", " ", "  ", "\u00a0", "\t", "\n", "\n\n", "\n\n\n",
        "\r\n", "\r", "\u2028", "\x0c", "\x00", "\x1b[31m", "\x85", "\x9d", "&amp;", "&nbsp;",
        "&lt;b&gt;", "<", "\u2019", "\u201c", "\u2013", "\u2014", "\u2026", "e\u0301", "\u0301",
        "\u200b", "\u00ad", "\ufeff", "\u200d", "- ", "1. ", "| ", ".", ",", "Advertisement",
        "caf\u00e9", "\u00c3\u00a9", "\u00e2\u20ac\u2122", "\u00c2\u00a0", "\ud800", "\U0001f600",
        "\u65e5\u672c", "\u3000", "Sat. Feb 22nd, 2025", "error: Content is protected !!",
    ]
)
scraped_text = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=25).map("".join),
    st.text(max_size=40).map(mojibake),
)
