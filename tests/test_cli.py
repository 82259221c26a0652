"""The clean command, through click's runner and through the installed command."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import clean_command
from cleaner.rules_cli import rules

from .conftest import ROOT, SEEDS, seed_text

SEED_001 = ROOT / "seeds" / "001_5d66fb248d4ea9b8.txt"
HTML_004 = ROOT / "examples" / "page.html"  # seed 004 as a news page
CLEANER = Cleaner()


def invoke(*args: str, input: bytes | str | None = None):  # noqa: ANN201
    return CliRunner().invoke(clean_command, list(args), input=input, catch_exceptions=False)


def expected(path: Path) -> str:
    return CLEANER.clean(path.read_text(encoding="utf-8")).text


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": i, "url": f"https://example.com/{i}", "text": seed_text(p.name[:3])})
             for i, p in enumerate(SEEDS)]
    lines.insert(2, "{not json")
    lines.insert(4, json.dumps({"id": "no-text", "body": "x"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- inputs and outputs ------------------------------------------------------------


def test_file_to_stdout() -> None:
    result = invoke(str(SEED_001))
    assert result.exit_code == 0
    assert result.stdout == expected(SEED_001)


def test_stdin() -> None:
    result = invoke("-", input=SEED_001.read_bytes())
    assert result.exit_code == 0
    assert result.stdout == expected(SEED_001)


def test_json_format_carries_provenance() -> None:
    data = json.loads(invoke("--format", "json", str(SEED_001)).stdout)
    original = SEED_001.read_text(encoding="utf-8")
    assert data["text"] == expected(SEED_001)
    assert data["source"]["name"] == str(SEED_001)
    assert {"site/date-line", "caption/doubled", "widget/read-more-block"} <= set(data["counts"])
    for edit in data["edits"]:
        assert original[edit["start"] : edit["end"]] == edit["removed"]


def test_several_inputs_as_json_make_one_array() -> None:
    data = json.loads(invoke("--format", "json", *map(str, SEEDS[:2])).stdout)
    assert [d["source"]["name"] for d in data] == [str(p) for p in SEEDS[:2]]


def test_directory_tree_to_output_dir(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    (tree / "deep" / "er").mkdir(parents=True)
    shutil.copy(SEEDS[0], tree / "a.txt")
    shutil.copy(SEED_001, tree / "deep" / "er" / "b.txt")
    (tree / "notes.bin").write_bytes(b"\x00\x01")  # not matched by the default globs
    out = tmp_path / "out"
    result = invoke(str(tree), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "in/a.txt", "in/deep/er/b.txt",
    ]
    assert (out / "in" / "deep" / "er" / "b.txt").read_text(encoding="utf-8") == expected(SEED_001)
    assert not list(out.rglob(".*.tmp"))  # atomic writes leave no temporary files
    assert (tree / "a.txt").read_bytes() == SEEDS[0].read_bytes()  # inputs untouched


def test_glob_chooses_files(tmp_path: Path) -> None:
    shutil.copy(SEED_001, tmp_path / "a.txt")
    shutil.copy(SEED_001, tmp_path / "b.text")
    out = tmp_path.parent / (tmp_path.name + "-out")
    invoke(str(tmp_path), "--glob", "*.text", "-o", str(out))
    assert [p.name for p in out.rglob("*") if p.is_file()] == ["b.text"]


def test_refuses_to_write_into_or_over_the_inputs(tmp_path: Path) -> None:
    shutil.copy(SEED_001, tmp_path / "a.txt")
    inside = invoke(str(tmp_path), "-o", str(tmp_path / "out"))
    assert inside.exit_code == 2 and "inside the input folder" in inside.stderr
    over = invoke(str(tmp_path / "a.txt"), "-o", str(tmp_path))
    assert over.exit_code == 2 and "would overwrite the input" in over.stderr
    assert (tmp_path / "a.txt").read_bytes() == SEED_001.read_bytes()


# -- corpora -----------------------------------------------------------------------


def test_jsonl_keeps_fields_counts_bad_lines_and_goes_on(corpus: Path) -> None:
    result = invoke(str(corpus), "--provenance", "summary")
    assert result.exit_code == 1
    assert f"{corpus}:3:2: invalid JSON: Expecting property name" in result.stderr
    assert f"{corpus}:5: field 'text' is missing or not a string" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [0, 1, 2, 3, 4]
    assert records[1]["url"] == "https://example.com/1"
    assert records[1]["text"] == expected(SEED_001)
    assert records[1]["provenance"]["counts"]["caption/doubled"] == 22
    assert "edits" in records[1]["provenance"]


def test_jsonl_output_field_keep_errors_and_full_provenance(corpus: Path) -> None:
    result = invoke(str(corpus), "--output-field", "clean", "--on-error", "keep", "--provenance", "full")
    lines = result.stdout.splitlines()
    assert lines[2] == "{not json"
    record = json.loads(lines[1])
    assert record["text"] == seed_text("001") and record["clean"] == expected(SEED_001)
    original = record["text"]
    for edit in record["provenance"]["edits"]:
        assert original[edit["start"] : edit["end"]] == edit["removed"]


def test_gzipped_jsonl_in_and_out(corpus: Path, tmp_path: Path) -> None:
    zipped = tmp_path / "c.jsonl.gz"
    zipped.write_bytes(gzip.compress(corpus.read_bytes()))
    out = tmp_path / "out"
    result = invoke(str(zipped), "-o", str(out), "--provenance", "none")
    assert result.exit_code == 1  # the two bad lines
    records = [json.loads(x) for x in gzip.decompress((out / "c.jsonl.gz").read_bytes()).splitlines()]
    assert len(records) == 5 and "provenance" not in records[0]


def test_jsonl_from_stdin() -> None:
    line = json.dumps({"text": "Advertisement\nIt\u00e2\u20ac\u2122s here."})
    result = invoke("--jsonl", "-", input=line + "\n")
    assert json.loads(result.stdout)["text"] == "It\u2019s here.\n"


# -- HTML ----------------------------------------------------------------------------


def test_html_page_gives_the_seed_article(tmp_path: Path) -> None:
    result = invoke("--format", "json", str(HTML_004))
    data = json.loads(result.stdout)
    assert data["text"] == expected(ROOT / "seeds" / "004_be34d06630d846bd.txt")
    html = data["html"]
    assert html["extractor"] == "trafilatura" and html["title"].startswith("UK and France to Send Troops")
    assert html["url"].startswith("https://www.example-herald.co.uk/") and html["author"] == "Jane Smith"
    assert html["date"] == "2026-01-07"
    assert len(data["source"]["sha256"]) == 64
    for debris in ["Accept all cookies", "Related articles", "All rights reserved", "Photo: Reuters", "Subscribe"]:
        assert debris not in data["text"]


def test_html_is_sniffed_without_suffix_and_can_be_forced_off(tmp_path: Path) -> None:
    page = tmp_path / "page.dat"
    page.write_bytes(HTML_004.read_bytes())
    assert invoke("--glob", "*", str(page)).stdout == invoke(str(HTML_004)).stdout
    raw = invoke("--no-html", str(page)).stdout
    assert "<article>" in raw


def test_html_without_text_is_a_failed_input(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Only a title</title></head><body><script>var x;</script></body></html>")
    result = invoke(str(page))
    assert result.exit_code == 1 and "empty.html: trafilatura found no main text" in result.stderr


# -- review tools --------------------------------------------------------------------


def test_diff_names_the_rules() -> None:
    out = invoke("--diff", str(SEED_001)).stdout
    assert out.startswith(f"--- {SEED_001}\n+++ {SEED_001} (clean)\n")
    for rule in ["site/date-line", "site/url-slug-headline", "caption/doubled", "widget/read-more-block",
                 "fragment/lone-letter", "plugin/content-protected"]:
        assert "@@ -" in out and rule in out
    assert "-error: Content is protected !!" in out
    assert "-Read More" in out


def test_explain_gives_rule_line_column_and_text() -> None:
    out = invoke("--explain", str(SEED_001)).stdout
    assert f"{SEED_001}:1:1: site/date-line removed 'Sat. Feb 22nd, 2025\\n'" in out
    assert "plugin/content-protected" in out


def test_statistics_over_the_run() -> None:
    out = invoke("--statistics", *map(str, SEEDS)).stdout
    assert "caption/doubled" in out and "22" in out
    assert "edits in 5 document(s)" in out
    assert "Alert" not in out  # the statistics replace the text


# -- exit codes and errors ----------------------------------------------------------------


def test_exit_codes(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02")
    assert invoke(str(SEED_001)).exit_code == 0
    partly = invoke(str(binary), str(tmp_path / "missing.txt"), str(SEED_001))
    assert partly.exit_code == 1
    assert f"{binary}: binary data (NUL bytes), not text" in partly.stderr
    assert "missing.txt: no such file or directory" in partly.stderr
    assert partly.stdout == expected(SEED_001)  # the good input is still cleaned
    assert invoke().exit_code == 2
    assert invoke("--format", "xml", str(SEED_001)).exit_code == 2
    assert invoke("--select", "no/such-rule", str(SEED_001)).exit_code == 2
    assert "Traceback" not in partly.stderr


def test_bad_rule_file_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: a/b\n    description: x\n    kind: nope\n    examples: [{keep: x}]\n")
    result = invoke("--rules", str(bad), str(SEED_001))
    assert result.exit_code == 2
    assert f"{bad}:2: rule 'a/b': unknown kind 'nope'" in result.stderr


def test_select_ignore_and_typography() -> None:
    kept = invoke("--ignore", "caption,widget", str(SEED_001)).stdout
    assert "article image" in kept and kept.count("Rescuers of the State Emergency Service") == 1
    straight = invoke("--typography", "straight", str(SEED_001)).stdout
    assert "\u2019" not in straight and "Starmer's plan" in straight


# -- rules subcommands -------------------------------------------------------------------


def test_rules_list_and_show() -> None:
    listed = CliRunner().invoke(rules, ["list"]).stdout
    assert "caption/doubled" in listed and "drop-duplicates" in listed
    shown = CliRunner().invoke(rules, ["show", "plugin/content-protected"])
    assert shown.exit_code == 0
    assert "rules/site-widgets.yaml" in shown.stdout and "error: Content is protected !!" in shown.stdout
    missing = CliRunner().invoke(rules, ["show", "caption"])
    assert missing.exit_code == 2 and "did you mean caption/doubled" in missing.stderr


def test_rules_test_passes_and_fails_with_a_readable_diff(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(
        "rules:\n  - id: my/promo\n    description: Promo line.\n    kind: drop-line\n"
        "    phrases: [Buy now]\n    examples:\n      - in: \"Buy now\\nText.\"\n        out: \"Text.\"\n"
        "      - keep: \"Buy now or never, he said.\"\n",
        encoding="utf-8",
    )
    passed = CliRunner().invoke(rules, ["test", str(good)])
    assert passed.exit_code == 0 and "2 passed, 0 failed" in passed.stdout
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(good.read_text().replace('out: "Text."', 'out: "Other."'), encoding="utf-8")
    failed = CliRunner().invoke(rules, ["test", str(wrong)])
    assert failed.exit_code == 1
    assert f"{wrong}:7: rule my/promo: example does not hold" in failed.stdout
    assert "-Other." in failed.stdout and "+Text." in failed.stdout


# -- the installed command, as a user runs it ------------------------------------------------


def run_clean(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    command = shutil.which("clean", path=str(Path(sys.executable).parent)) or "clean"
    return subprocess.run([command, *args], input=input, capture_output=True, timeout=300, check=False)


def test_installed_command_stdin_and_version() -> None:
    done = run_clean("-", input=SEED_001.read_bytes())
    assert done.returncode == 0 and done.stdout.decode("utf-8") == expected(SEED_001)
    assert run_clean("--version").stdout.decode().startswith("clean, version ")
    assert run_clean("rules", "show", "caption/doubled").returncode == 0


def test_installed_command_jobs_2_is_byte_identical_to_jobs_1(tmp_path: Path, corpus: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_bytes(corpus.read_bytes() * 40)
    one = run_clean("-j", "1", "-q", str(big), *map(str, SEEDS))
    two = run_clean("-j", "2", "-q", str(big), *map(str, SEEDS))
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and len(one.stdout) > 100_000
    assert one.stderr == two.stderr


def test_installed_command_output_dir_and_errors(tmp_path: Path) -> None:
    done = run_clean(str(ROOT / "seeds"), "-o", str(tmp_path / "out"), "-j", "2")
    assert done.returncode == 0, done.stderr
    for seed in SEEDS:
        assert (tmp_path / "out" / "seeds" / seed.name).read_text(encoding="utf-8") == expected(seed)
    failed = run_clean(str(tmp_path / "nope.txt"))
    assert failed.returncode == 1 and b"Traceback" not in failed.stderr


def test_an_unforeseen_error_is_one_line_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaner.documents

    real = cleaner.documents.clean_document

    def flaky(cleaner_, name, data, options):  # noqa: ANN001, ANN202
        if name.endswith("000_777ca9fb413460ea.txt"):
            raise RuntimeError("boom")
        return real(cleaner_, name, data, options)

    monkeypatch.setattr(cleaner.documents, "clean_document", flaky)
    result = invoke(str(SEEDS[0]), str(SEED_001), "-j", "1")
    assert result.exit_code == 1
    assert "internal error: RuntimeError: boom (--debug shows the traceback)" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == expected(SEED_001)


# -- issue 17: command-line rough edges ------------------------------------------------------


def test_issue17_item3_rules_test_exits_2_on_a_bad_rule_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: 1\n", encoding="utf-8")
    result = CliRunner().invoke(rules, ["test", str(bad)])
    assert result.exit_code == 2 and f"{bad}:1: 'rules' must be a non-empty list" in result.stderr


def test_issue17_item3_options_before_the_subcommand_and_a_file_named_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "my-rules"
    mine.mkdir()
    (mine / "promo.yaml").write_text(
        "rules:\n  - id: my/promo\n    description: Promo line.\n    kind: drop-line\n"
        "    phrases: [Buy now]\n    examples:\n      - in: \"Buy now\\nText.\"\n        out: \"Text.\"\n"
        "      - keep: \"Buy now or never, he said.\"\n",
        encoding="utf-8",
    )
    shown = run_clean("--rules", str(mine), "rules", "show", "my/promo")
    assert shown.returncode == 0 and b"Promo line." in shown.stdout
    assert run_clean("--rules", str(mine), "rules", "test").stdout.endswith(b"2 passed, 0 failed\n")
    assert b"my/promo" in run_clean("rules", "--rules", str(mine), "list").stdout
    monkeypatch.chdir(tmp_path)
    Path("rules").write_text("Buy now\nA file named rules.\n", encoding="utf-8")
    assert run_clean("--rules", str(mine), "./rules").stdout == b"A file named rules.\n"
    assert run_clean("--rules", str(mine), "--", "rules").stdout == b"A file named rules.\n"
    wrong = run_clean("-q", "rules", "list")
    assert wrong.returncode == 2 and b"No such option" in wrong.stderr


def test_issue17_item4_no_colour_codes_for_python_callers_and_color_switch() -> None:
    from cleaner import report

    result = CLEANER.clean(SEED_001.read_text(encoding="utf-8"))
    assert "\x1b[" not in report.diff(result, "a.txt")
    assert "\x1b[31m-Read More" in report.diff(result, "a.txt", color=True)
    assert "\x1b[" not in invoke("--diff", str(SEED_001)).stdout  # not a terminal
    assert "\x1b[" not in invoke("--diff", "--color", "never", str(SEED_001)).stdout
    assert "\x1b[31m-Read More" in invoke("--diff", "--color", "always", str(SEED_001)).stdout
    assert b"\x1b[" in run_clean("--diff", "--color", "always", str(SEED_001)).stdout


def test_issue17_item6_explain_cuts_long_text_readably_and_says_how_much() -> None:
    from cleaner.report import _shown

    long = "It's " + "x" * 200
    assert _shown(long) == '"It\'s ' + "x" * 55 + '"... (+145 more characters)'
    out = invoke("--explain", str(SEED_001)).stdout
    teaser = next(line for line in out.splitlines() if "widget/read-more-block" in line)
    assert "replaced \"\\n\\nRead More\\n\\nEXCLUSIVE\\n\\nWhy IS Trump putty in Putin's hands?\"... (+81 more characters)" in teaser
    assert "...'" not in out and '..."' not in out  # no quote left open or mismatched


def test_rules_show_and_test_say_how_the_line_scan_finds_a_rules_lines(tmp_path: Path) -> None:
    shown = CliRunner().invoke(rules, ["show", "boilerplate/advertisement"]).stdout
    assert "scan:     the lines that begin like its pattern (its head)" in shown
    whole = CliRunner().invoke(rules, ["show", "widget/reading-time"]).stdout
    assert "scan:     scanned for whole (its pattern starts with no literal word)" in whole
    assert "scan:" not in CliRunner().invoke(rules, ["show", "caption/doubled"]).stdout  # no line scan
    pack = tmp_path / "mine.yaml"
    for pattern, noted in (("Jane contributed", False), (".*[a-z] contributed", True)):
        pack.write_text(
            "rules:\n  - id: my/credit\n    description: A credit.\n    kind: drop-line\n"
            f"    pattern: '{pattern}'\n    examples:\n      - in: \"Body.\\nJane contributed\\n\"\n"
            "        out: \"Body.\\n\"\n      - keep: \"Jane contributed a lot.\"\n",
            encoding="utf-8",
        )
        tested = CliRunner().invoke(rules, ["test", str(pack)])
        assert tested.exit_code == 0
        assert ("rule my/credit: note: scanned for whole" in tested.stderr) is noted
