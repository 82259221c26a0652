"""Issue 14: no silent data loss, no half-written files, clean failures, bounded work.

Each test is named after the item of the issue it reproduces.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import clean
from cleaner.cli import clean_command

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
