"""Benchmark scrapeclean beside ftfy (and its peers, if installed), in one run.

    python benchmarks/run.py            # full run (a few minutes on 2 cores)
    python benchmarks/run.py --quick    # small sizes, for a smoke test
    python benchmarks/run.py --compare benchmarks/out/old.json

Sections, all on texts generated deterministically from the seeds
(benchmarks/corpus.py):

* throughput: the same in-memory documents through ftfy.fix_text (default
  configuration), ftfy with our configuration, our repair stage alone (ftfy
  behind the pre-check), the full pipeline (repair + every shipped rule +
  canonical form + full provenance) with the default profile and with the
  page profile (which adds the page-chrome pack), and clean-text /
  datatrove's formatter when installed; MB/s and docs/s as medians of several runs, and the ratio
  to ftfy alone;
* scaling: one document of 10 KB, 100 KB, 1 MB and 10 MB: seconds per MB
  (linear time means a flat column), a different document of the size for
  each run;
* memory: peak memory (tracemalloc) while cleaning the 10 MB document, as a
  multiple of its size;
* stages: CPU seconds per MB spent in each stage of the pipeline (repair,
  each canonical pass, each rule kind, folding edits into provenance), on
  the throughput documents;
* startup: the ``clean`` command on a 1 KB text file beside
  ``python -c "import ftfy"``, whole process, taking turns, medians;
* cli: the ``clean`` command on a JSONL corpus of 50 MB, whole process, with
  ``--jobs 1`` and ``--jobs 2``.

Results go to benchmarks/out/results.json and results.md (and stdout).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import ftfy  # noqa: E402

from cleaner import Cleaner, __version__  # noqa: E402
from cleaner import provenance  # noqa: E402
from cleaner.repair import ftfy_config, repair_changes  # noqa: E402

MB = 1_000_000


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _contenders() -> dict[str, Callable[[str], object]]:
    cleaner = Cleaner()
    config = ftfy_config()
    found: dict[str, Callable[[str], object]] = {
        "ftfy.fix_text (default)": ftfy.fix_text,
        "ftfy.fix_text (our config)": lambda text: ftfy.fix_text(text, config),
        "scrapeclean repair stage only": lambda text: repair_changes(text, config)[0],
        "scrapeclean full pipeline": cleaner.clean,
        "scrapeclean full pipeline, --profile page": Cleaner(profile="page").clean,
    }
    try:
        from cleantext import clean as clean_text  # type: ignore[import-not-found]

        found["clean-text clean()"] = clean_text
    except ImportError:
        pass
    try:
        from datatrove.pipeline.formatters import FTFYFormatter  # type: ignore[import-not-found]

        formatter = FTFYFormatter()
        found["datatrove FTFYFormatter"] = formatter.format
    except Exception:  # noqa: BLE001 - optional peer, any import problem means "absent"
        pass
    return found


def throughput(documents: list[str], repeats: int) -> list[dict[str, Any]]:
    """Each contender over all documents, ``repeats`` times, taking turns (so
    that a machine that slows down in the middle hurts every contender alike)."""
    size = sum(len(d.encode("utf-8")) for d in documents) / MB
    contenders = _contenders()
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(repeats):
        for name, function in contenders.items():
            times[name].append(_seconds(lambda function=function: [function(d) for d in documents]))
    rows = []
    for name, runs in times.items():
        seconds = statistics.median(runs)
        rows.append({"name": name, "mb_per_s": size / seconds, "docs_per_s": len(documents) / seconds,
                     "seconds": seconds})
    base = rows[0]["mb_per_s"]
    for row in rows:
        row["vs_ftfy"] = row["mb_per_s"] / base
    return rows


def scaling(sizes: list[int], repeats: int) -> list[dict[str, Any]]:
    """Time per MB for one document of each size.

    Each run cleans another document of that size (another seed): the
    cleaner remembers lines it has judged, and the same document cleaned
    again would be measured warm, as no real document is.  The cleaner has
    first cleaned other documents, as it would have in a batch: more lines
    than its line scans' scout looks at (``cleaner.engine.scan.SCOUT_LINES``), so that no
    size is measured with the one-time compiling of the full namer in it.
    """
    cleaner = Cleaner()
    for text in corpus.documents(80, seed=9):
        cleaner.clean(text)
    rows = []
    for size in sizes:
        runs = []
        for seed in range(2, 2 + (repeats if size < 5 * MB else 1)):
            text = corpus.sized_document(size, seed)
            start = time.perf_counter()
            cleaner.clean(text)
            runs.append((time.perf_counter() - start, len(text.encode("utf-8")) / MB))
        seconds = statistics.median(t for t, _ in runs)
        per_mb = statistics.median(t / mb for t, mb in runs)
        rows.append({"bytes": size, "seconds": seconds, "seconds_per_mb": per_mb, "mb_per_s": 1 / per_mb})
    return rows


class _Timed:
    """A stage that adds the CPU time of each run to a tally (benchmark instrumentation)."""

    def __init__(self, stage: Any, tally: collections.Counter[str]) -> None:
        self.stage, self.tally, self.id = stage, tally, stage.id

    def run(self, text: str) -> Any:
        start = time.process_time()
        try:
            return self.stage.run(text)
        finally:
            self.tally[self.id] += time.process_time() - start


def stages(documents: list[str]) -> list[dict[str, Any]]:
    """CPU seconds per MB in each stage of a full-pipeline run over ``documents``.

    The cleaner has cleaned the documents once before, as in the throughput
    section: compiling the rules and growing RE2's automata are start-up
    costs (see the startup section), not costs per MB.
    """
    size = sum(len(d.encode("utf-8")) for d in documents) / MB
    cleaner = Cleaner()
    for document in documents:
        cleaner.clean(document)
    tally: collections.Counter[str] = collections.Counter()
    cleaner._stages = tuple([_Timed(s, tally) for s in part] for part in cleaner._parts())  # noqa: SLF001
    apply = provenance.TrackedText.apply

    def timed_apply(self: provenance.TrackedText, changes: Any, **options: Any) -> None:
        start = time.process_time()
        apply(self, changes, **options)
        tally["provenance (folding edits)"] += time.process_time() - start

    provenance.TrackedText.apply = timed_apply  # type: ignore[method-assign]
    try:
        start = time.process_time()
        for document in documents:
            cleaner.clean(document)
        total = time.process_time() - start
    finally:
        provenance.TrackedText.apply = apply  # type: ignore[method-assign]
    tally["other (passes, results)"] = total - sum(tally.values())
    return [{"stage": name, "seconds_per_mb": seconds / size, "share": seconds / total}
            for name, seconds in tally.most_common()]


def startup(runs: int) -> dict[str, Any]:
    """``clean`` on a 1 KB text file beside ``python -c "import ftfy"``, taking turns.

    Both run as installed packages do: with their bytecode cached (an
    environment that sets PYTHONDONTWRITEBYTECODE would otherwise have
    ``clean`` compile its own sources on every start, as no installed copy
    does), after one run of each to write and warm those caches.
    """
    command = shutil.which("clean", path=str(Path(sys.executable).parent)) or "clean"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "sample.txt"
        sample.write_text(corpus.sized_document(1_000, 3), encoding="utf-8")
        clean_command, ftfy_command = [command, str(sample)], [sys.executable, "-c", "import ftfy"]
        for warm in (clean_command, ftfy_command):
            subprocess.run(warm, capture_output=True, check=True, env=env)
        clean_runs, ftfy_runs = [], []
        for _ in range(runs):
            clean_runs.append(_seconds(lambda: subprocess.run(clean_command, capture_output=True, check=True, env=env)))
            ftfy_runs.append(_seconds(lambda: subprocess.run(ftfy_command, check=True, env=env)))
    clean_s, ftfy_s = statistics.median(clean_runs), statistics.median(ftfy_runs)
    return {"runs": runs, "seconds_clean": clean_s, "seconds_import_ftfy": ftfy_s, "ratio": clean_s / ftfy_s}


_MEMORY_PROBE = """
import sys, tracemalloc
sys.path.insert(0, {here!r})
import corpus
from cleaner import Cleaner
cleaner = Cleaner()
cleaner.clean(corpus.sized_document({size}, 3))  # so that compiling the rules and the scans is not counted
text = corpus.sized_document({size})
tracemalloc.start()
result = cleaner.clean(text)
peak = tracemalloc.get_traced_memory()[1]
print(len(text.encode("utf-8")), peak)
"""


def memory(size: int) -> dict[str, Any]:
    """Peak memory allocated while cleaning one document, in a fresh process."""
    probe = _MEMORY_PROBE.format(here=str(HERE), size=size)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    size_bytes, peak = map(int, out.split())
    return {"bytes": size_bytes, "peak_bytes": peak, "peak_over_size": peak / size_bytes}


def cli(corpus_bytes: int, repeats: int) -> dict[str, Any]:
    """Whole-process time of ``clean`` on a JSONL corpus, --jobs 1 against --jobs 2.

    The two take turns, and the speed-up is the median of each round's ratio:
    this machine's speed drifts by tens of percent within minutes, and a pair
    of runs side by side sees the same machine.
    """
    path = corpus.write_jsonl(HERE / "data" / f"corpus-v{corpus.VERSION}-{corpus_bytes // MB}mb.jsonl", corpus_bytes)
    command = shutil.which("clean", path=str(Path(sys.executable).parent)) or "clean"

    def run(jobs: int) -> float:
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            done = subprocess.run([command, "-q", "-j", str(jobs), str(path), "-o", out], capture_output=True)
            if done.returncode != 0:
                raise RuntimeError(done.stderr.decode(errors="replace"))
            return time.perf_counter() - start

    rounds = [(run(1), run(2)) for _ in range(repeats)]
    one = statistics.median(a for a, _ in rounds)
    two = statistics.median(b for _, b in rounds)
    size = path.stat().st_size / MB
    return {
        "corpus_mb": size,
        "rounds": len(rounds),
        "seconds_jobs_1": one,
        "seconds_jobs_2": two,
        "mb_per_s_jobs_1": size / one,
        "mb_per_s_jobs_2": size / two,
        "speedup": statistics.median(a / b for a, b in rounds),
        "speedups": [a / b for a, b in rounds],
    }


def markdown(results: dict[str, Any]) -> str:
    lines = [f"# Benchmark results ({results['when']})", "", f"Machine: {results['machine']}", ""]
    t = results["throughput"]
    lines += [
        f"## Throughput: {t['documents']} documents, {t['mb']:.1f} MB, median of {t['repeats']} runs",
        "",
        "| contender | MB/s | docs/s | × ftfy default |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {r['name']} | {r['mb_per_s']:.2f} | {r['docs_per_s']:.0f} | {r['vs_ftfy']:.2f} |" for r in t["rows"]]
    lines += ["", "## Scaling: one document", "", "| size | s | s per MB | MB/s |", "|---:|---:|---:|---:|"]
    lines += [
        f"| {r['bytes'] / 1000:,.0f} KB | {r['seconds']:.3f} | {r['seconds_per_mb']:.3f} | {r['mb_per_s']:.2f} |"
        for r in results["scaling"]
    ]
    per_mb = [r["seconds_per_mb"] for r in results["scaling"]]
    lines += ["", f"Largest / smallest time per MB: {max(per_mb) / min(per_mb):.2f}"]
    if "memory" in results:
        m = results["memory"]
        lines += ["", (f"## Memory: peak {m['peak_bytes'] / MB:.0f} MB for a {m['bytes'] / MB:.1f} MB document "
                       f"({m['peak_over_size']:.1f}× its size)")]
    if "stages" in results:
        lines += ["", "## Split by stage (CPU time, full pipeline, throughput documents)", "",
                  "| stage | s per MB | share |", "|---|---:|---:|"]
        lines += [f"| {r['stage']} | {r['seconds_per_mb']:.4f} | {r['share']:.0%} |" for r in results["stages"]]
    if "startup" in results:
        st = results["startup"]
        lines += ["", (f"## Startup: `clean` on a 1 KB file {st['seconds_clean']:.2f} s, `python -c \"import ftfy\"` "
                       f"{st['seconds_import_ftfy']:.2f} s ({st['ratio']:.1f}×), medians of {st['runs']} runs taking turns")]
    if "cli" in results:
        c = results["cli"]
        rounds = ", ".join(f"{x:.2f}" for x in c.get("speedups", [c["speedup"]]))
        lines += [
            "",
            (f"## CLI: clean on a {c['corpus_mb']:.0f} MB JSONL corpus, whole process, "
             f"median of {c.get('rounds', 1)} rounds taking turns"),
            "",
            "| jobs | s | MB/s |", "|---:|---:|---:|",
            f"| 1 | {c['seconds_jobs_1']:.1f} | {c['mb_per_s_jobs_1']:.2f} |",
            f"| 2 | {c['seconds_jobs_2']:.1f} | {c['mb_per_s_jobs_2']:.2f} |",
            "",
            f"Speed-up with 2 jobs (median of the rounds' ratios): {c['speedup']:.2f}× (rounds: {rounds})",
        ]
    return "\n".join(lines) + "\n"


def compare(old: dict[str, Any], new: dict[str, Any]) -> str:
    """Throughput of each contender, old against new."""
    before = {r["name"]: r["mb_per_s"] for r in old["throughput"]["rows"]}
    lines = ["| contender | old MB/s | new MB/s | change |", "|---|---:|---:|---:|"]
    for row in new["throughput"]["rows"]:
        if row["name"] in before:
            lines.append(f"| {row['name']} | {before[row['name']]:.2f} | {row['mb_per_s']:.2f} | "
                         f"{row['mb_per_s'] / before[row['name']]:.2f}× |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test, not a measurement")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="folder for results.json and results.md")
    parser.add_argument("--compare", type=Path, help="an earlier results.json to compare throughput with")
    parser.add_argument("--skip-cli", action="store_true", help="leave out the CLI section")
    args = parser.parse_args()

    documents = corpus.documents(200 if args.quick else 1600)
    repeats = 3 if args.quick else 5
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores, "
                   f"scrapeclean {__version__}, ftfy {ftfy.__version__}",
        "throughput": {
            "documents": len(documents),
            "mb": sum(len(d.encode("utf-8")) for d in documents) / MB,
            "repeats": repeats,
            "rows": throughput(documents, repeats),
        },
    }
    sizes = [10_000, 100_000, 1_000_000] + ([] if args.quick else [10_000_000])
    results["scaling"] = scaling(sizes, repeats)
    results["memory"] = memory(1_000_000 if args.quick else 10_000_000)
    results["stages"] = stages(documents)
    results["startup"] = startup(3 if args.quick else 10)
    if not args.skip_cli:
        results["cli"] = cli(5 * MB if args.quick else 50 * MB, 1 if args.quick else 5)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    report = markdown(results)
    (args.out / "results.md").write_text(report, encoding="utf-8")
    print(report)
    if args.compare:
        print(compare(json.loads(args.compare.read_text(encoding="utf-8")), results))


if __name__ == "__main__":
    main()
