"""The HTML path's cost beside trafilatura alone, in one run.

    python benchmarks/html_cost.py              # every page of the development set, median of 5
    python benchmarks/html_cost.py --pages 40 --runs 3

(Not ``html.py``: in this folder that name would hide the standard
library's ``html`` module from every other benchmark script.)

Contenders, on the same decoded pages of the development set
(/work/shared/devsets/scrapinghub-aeb/html/*.html.gz, or --pages-dir):

* ``trafilatura.extract(html)``: what a user of trafilatura alone runs
  (its defaults extract comments too);
* ``trafilatura.extract`` with the extraction options ``clean_html`` uses
  (no comments, tables kept);
* ``Cleaner(html_metadata=False).clean_html``: extraction, then cleaning;
* ``Cleaner().clean_html``: the same, with the page's metadata (title, date,
  author, ...) found for provenance, as ``clean`` does by default.

Each contender runs over all pages once as a warm-up (imports, trafilatura's
and dateparser's lazily compiled patterns), then the contenders take turns
for ``--runs`` rounds; the table gives medians and the ratio to
``trafilatura.extract``.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from cleaner import Cleaner

PAGES = Path("/work/shared/devsets/scrapinghub-aeb/html")


def load_pages(folder: Path, limit: int | None) -> list[str]:
    paths = sorted(folder.glob("*.html.gz"))[:limit]
    if not paths:
        sys.exit(f"no *.html.gz pages in {folder}")
    return [gzip.decompress(path.read_bytes()).decode("utf-8", "replace") for path in paths]


def contenders() -> dict[str, Callable[[str], object]]:
    quick, full = Cleaner(html_metadata=False), Cleaner()
    return {
        "trafilatura.extract": trafilatura.extract,
        "trafilatura.extract, clean's options": functools.partial(
            trafilatura.extract, include_comments=False, include_tables=True
        ),
        "clean_html, --no-metadata": quick.clean_html,
        "clean_html (default: with metadata)": full.clean_html,
    }


def run_once(function: Callable[[str], object], pages: list[str]) -> float:
    start = time.perf_counter()
    for page in pages:
        try:
            function(page)
        except ValueError:
            pass  # a page without main text costs what it costs
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages-dir", type=Path, default=PAGES)
    parser.add_argument("--pages", type=int, default=None, help="only the first N pages")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pages = load_pages(args.pages_dir, args.pages)
    functions = contenders()
    for function in functions.values():
        run_once(function, pages)
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(args.runs):
        for name, function in functions.items():
            times[name].append(run_once(function, pages))
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["trafilatura.extract"]
    megabytes = sum(len(page.encode("utf-8")) for page in pages) / 1e6
    print(f"{len(pages)} pages, {megabytes:.1f} MB of HTML, median of {args.runs} runs taking turns\n")
    print("| contender | s | ms per page | × trafilatura.extract |")
    print("|---|---:|---:|---:|")
    for name, seconds in medians.items():
        print(f"| {name} | {seconds:.2f} | {1000 * seconds / len(pages):.1f} | {seconds / base:.2f} |")


if __name__ == "__main__":
    main()
