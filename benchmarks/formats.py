"""One corpus as JSONL and as Parquet through ``clean -o``: the same MB/s?

    python benchmarks/formats.py               # 50 MB corpus, 5 rounds, -j 2
    python benchmarks/formats.py --mb 10 --jobs 1 --rounds 5

The corpus is benchmarks/corpus.py's JSONL corpus; the Parquet file holds
the same records (columns id, url, text).  The runs alternate (JSONL,
Parquet, JSONL, ...), and the ratio is the median of each round's ratio
(this machine's speed drifts within minutes).  MB/s are of the JSONL size
for both, since it is the same text.  The load average before each run is
printed: on a shared machine it says how far to trust the wall-clock
figures.  CPU seconds (the command's and its workers', user and system)
are what other jobs on the machine disturb least.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

MB = 1_000_000


def as_parquet(jsonl: Path) -> Path:
    path = jsonl.with_suffix(".parquet")
    if not path.exists():
        with jsonl.open("rb") as lines:
            pq.write_table(pa.Table.from_pylist([json.loads(line) for line in lines]), path)
    return path


def seconds(command: str, path: Path, jobs: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, of the command and its workers) of one run."""
    print(f"  {path.suffix[1:]:8} load {os.getloadavg()[0]:.2f} ...", end="", flush=True)
    with tempfile.TemporaryDirectory() as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([command, "-q", "-j", str(jobs), str(path), "-o", out], capture_output=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.decode(errors="replace"))
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        print(f" {wall:.1f} s, {cpu:.1f} s CPU", flush=True)
        return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    jsonl = corpus.write_jsonl(HERE / "data" / f"corpus-v{corpus.VERSION}-{args.mb}mb.jsonl", args.mb * MB)
    parquet = as_parquet(jsonl)
    command = shutil.which("clean", path=str(Path(sys.executable).parent)) or "clean"
    runs = [(seconds(command, jsonl, args.jobs), seconds(command, parquet, args.jobs)) for _ in range(args.rounds)]
    size = jsonl.stat().st_size / MB
    print(f"\n{size:.1f} MB of JSONL ({parquet.stat().st_size / MB:.1f} MB as Parquet), -j {args.jobs}, "
          f"medians of {len(runs)} rounds\n")
    print("| input | s | MB/s | CPU s | MB per CPU s |\n|---|---:|---:|---:|---:|")
    for name, index in (("JSONL", 0), ("Parquet", 1)):
        wall = statistics.median(run[index][0] for run in runs)
        cpu = statistics.median(run[index][1] for run in runs)
        print(f"| {name} | {wall:.1f} | {size / wall:.2f} | {cpu:.1f} | {size / cpu:.2f} |")
    for what, at in (("time", 0), ("CPU time", 1)):
        ratios = [p[at] / j[at] for j, p in runs]
        print(f"\nParquet {what} / JSONL {what}: median {statistics.median(ratios):.3f} "
              f"(each round: {', '.join(f'{r:.3f}' for r in ratios)})")


if __name__ == "__main__":
    main()
