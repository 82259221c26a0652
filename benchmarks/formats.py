"""One corpus as JSONL and as Parquet through ``clean -o``: the same MB/s?

    python benchmarks/formats.py               # 50 MB corpus, 3 rounds, -j 2
    python benchmarks/formats.py --mb 5 --rounds 1

The corpus is benchmarks/corpus.py's JSONL corpus; the Parquet file holds
the same records (columns id, url, text).  The two runs of a round follow
each other, and the ratio is the median of each round's ratio (this
machine's speed drifts within minutes).  MB/s are of the JSONL size for
both, since it is the same text.
"""

from __future__ import annotations

import argparse
import json
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


def seconds(command: str, path: Path, jobs: int) -> float:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        done = subprocess.run([command, "-q", "-j", str(jobs), str(path), "-o", out], capture_output=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.decode(errors="replace"))
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    jsonl = corpus.write_jsonl(HERE / "data" / f"corpus-v{corpus.VERSION}-{args.mb}mb.jsonl", args.mb * MB)
    parquet = as_parquet(jsonl)
    command = shutil.which("clean", path=str(Path(sys.executable).parent)) or "clean"
    rounds = [(seconds(command, jsonl, args.jobs), seconds(command, parquet, args.jobs)) for _ in range(args.rounds)]
    size = jsonl.stat().st_size / MB
    a = statistics.median(r[0] for r in rounds)
    b = statistics.median(r[1] for r in rounds)
    ratio = statistics.median(p / j for j, p in rounds)
    print(f"{size:.1f} MB of JSONL ({parquet.stat().st_size / MB:.1f} MB as Parquet), -j {args.jobs}, "
          f"median of {len(rounds)} rounds\n")
    print("| input | s | MB/s |\n|---|---:|---:|")
    print(f"| JSONL | {a:.1f} | {size / a:.2f} |\n| Parquet | {b:.1f} | {size / b:.2f} |")
    print(f"\nParquet time / JSONL time: {ratio:.3f} (each round: {', '.join(f'{p / j:.3f}' for j, p in rounds)})")


if __name__ == "__main__":
    main()
