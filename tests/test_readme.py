"""Issue 17.7: every example of the README's "Using it" section runs as written from a clone."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
USING_IT = README[README.index("## Using it") : README.index("### The command")]
SHELL = re.search(r"```sh\n(.*?)```", USING_IT, re.S).group(1)  # type: ignore[union-attr]
PYTHON = re.search(r"```python\n(.*?)```", USING_IT, re.S).group(1)  # type: ignore[union-attr]
COMMANDS = [re.sub(r"\s+#.*$", "", line) for line in SHELL.splitlines() if line.strip()]


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A folder that looks like a fresh clone to the examples: seeds/ and examples/."""
    for name in ("seeds", "examples"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    return tmp_path


def test_the_examples_block_is_the_one_tested() -> None:
    assert len(COMMANDS) >= 10 and all(command.startswith(("clean ", "cat ")) for command in COMMANDS)


def test_issue17_item7_every_readme_command_runs(clone: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for command in COMMANDS:
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=clone, env=env,
                              capture_output=True, timeout=300, check=False)
        assert done.returncode == 0, f"{command}: {done.stderr.decode()}"
        assert done.stdout or " -o " in command, command
    assert (clone / "out" / "seeds" / "001_5d66fb248d4ea9b8.txt").exists()
    assert (clone / "out" / "corpus.jsonl.gz").exists()


def test_issue17_item7_the_python_example_runs(clone: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(clone)
    namespace: dict[str, object] = {}
    exec(compile(PYTHON, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    assert namespace["result"].text  # type: ignore[attr-defined]
    assert len(namespace["docs"]) == 5  # type: ignore[arg-type]
