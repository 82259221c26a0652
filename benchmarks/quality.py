"""How well the cleaner separates article text from debris, on real pages.

    python benchmarks/quality.py                  # the whole development set
    python benchmarks/quality.py --limit 20       # a quick look
    python benchmarks/quality.py --page-profile default   # page text without a page profile
    python benchmarks/quality.py --write-subset tests/data/quality   # the test suite's fixed subset

Over the development set (``shared/devsets/scrapinghub-aeb``: real pages and
the article body a person marked on each), in two kinds of input:

* **extracted**: ``trafilatura.extract(html)`` (cached under
  ``benchmarks/data/``, which git ignores), cleaned with the default profile;
* **page**: all visible text of the page, one block per line
  (:mod:`visible_text`), cleaned with ``--page-profile`` (``page`` by
  default; when the installed cleaner has no such profile it falls back to
  the default one and says so in the output).

It reports token precision and recall against the body (see
:mod:`scoring`), for the untouched input and the cleaned output, plain and
case/punctuation-folded; and per rule, how many tokens it removed that the
body needs (content: false positives) and how many it did not (debris), with
examples of the content each rule took.  Results go to
``benchmarks/out/quality.md`` and ``quality.json`` (and stdout).

``--write-subset DIR`` writes every 12th page (in page-id order, so no page
is picked by hand) as ``<id>.extracted.txt``, ``<id>.page.txt`` and
``<id>.body.txt``, with the data's licence: the fixed subset that
``tests/test_quality.py`` holds the cleaner to.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import trafilatura  # noqa: E402
from scoring import LineScore, RuleTokens, Score, line_score, rule_tokens, score  # noqa: E402
from visible_text import visible_text  # noqa: E402

from cleaner import Cleaner  # noqa: E402

DEVSET_NAME = "shared/devsets/scrapinghub-aeb"
CACHE = HERE / "data" / f"trafilatura-{trafilatura.__version__}"
OUT = HERE / "out"
SUBSET_STEP = 12


def default_devset() -> Path:
    """The development set beside the checkout (or beside the folder holding it)."""
    for up in (HERE.parent.parent, HERE.parent.parent.parent):
        if (up / DEVSET_NAME).is_dir():
            return up / DEVSET_NAME
    return HERE.parent.parent / DEVSET_NAME


def load_pages(devset: Path, limit: int | None) -> list[tuple[str, str, str]]:
    """(page id, HTML, article body) of each page, in a fixed order."""
    truth = json.loads((devset / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        html = gzip.decompress((devset / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        pages.append((page_id, html, truth[page_id]["articleBody"]))
    return pages


def extracted(page_id: str, html: str) -> str:
    """trafilatura's main text of the page, from the cache when it is there."""
    path = CACHE / f"{page_id}.txt"
    if path.exists():
        return path.read_text(encoding="utf-8")
    text = trafilatura.extract(html) or ""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text


def write_subset(devset: Path, pages: list[tuple[str, str, str]], folder: Path) -> None:
    """Write every SUBSET_STEP-th page's two inputs and its body to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "LICENSE").write_bytes((devset / "LICENSE").read_bytes())
    for page_id, html, body in pages[::SUBSET_STEP]:
        for kind, text in (("extracted", extracted(page_id, html)), ("page", visible_text(html)), ("body", body)):
            (folder / f"{page_id[:16]}.{kind}.txt").write_text(text, encoding="utf-8")


def page_cleaner(profile: str) -> tuple[Cleaner, str]:
    """A cleaner for page text with ``profile``, and the profile really used."""
    if profile == "default":
        return Cleaner(), "default"
    try:
        return Cleaner(profile=profile), profile  # type: ignore[call-arg]
    except TypeError:
        return Cleaner(), f"default (this cleaner has no profile {profile!r})"


@dataclass
class Run:
    """One input kind through one cleaner: token scores, line score, tokens per rule, seconds."""

    profile: str
    scores: dict[str, Score]
    lines: LineScore
    per_rule: dict[str, RuleTokens]
    seconds: float


def measure(inputs: list[tuple[str, str]], cleaner: Cleaner, profile: str) -> Run:
    """Score the (input, body) pairs untouched and cleaned."""
    per_rule: dict[str, RuleTokens] = {}
    cleaned: list[tuple[str, str]] = []
    start = time.perf_counter()
    for text, body in inputs:
        result = cleaner.clean(text)
        cleaned.append((result.text, body))
        rule_tokens(result.original, result.edits, body, per_rule)
    seconds = time.perf_counter() - start
    scores = {
        "input": score(inputs),
        "cleaned": score(cleaned),
        "input, folded": score(inputs, folded=True),
        "cleaned, folded": score(cleaned, folded=True),
    }
    lines = line_score((text, out, body) for (text, body), (out, _) in zip(inputs, cleaned, strict=True))
    return Run(profile, scores, lines, per_rule, seconds)


def _pct(value: float) -> str:
    return f"{100 * value:.2f}"


def report(runs: dict[str, Run], pages: int) -> str:
    """The Markdown report of every run."""
    lines = [
        f"# Quality on the development set ({pages} pages)",
        "",
        "Token precision / recall / F1 (%) against the article body; whitespace tokens as a multiset,"
        " folded = lower case without punctuation.",
        "",
        "| input kind | profile | text | precision | recall | F1 | tokens | seconds |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for kind, run in runs.items():
        for name, s in run.scores.items():
            took = f"{run.seconds:.1f}" if name == "cleaned" else ""
            lines.append(
                f"| {kind} | {run.profile} | {name} | {_pct(s.precision)} | {_pct(s.recall)} | {_pct(s.f1)}"
                f" | {s.output} | {took} |"
            )
    lines += [
        "",
        "Lines: noise lines (not in the body) removed and content lines (in the body) kept, %.",
        "",
        "| input kind | noise lines | removed | content lines | kept |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, run in runs.items():
        ls = run.lines
        lines.append(
            f"| {kind} | {ls.noise} | {_pct(ls.noise_removed)} | {ls.content} | {_pct(ls.content_kept_share)} |"
        )
    rules = sorted({rule for run in runs.values() for rule in run.per_rule})
    lines += [
        "",
        "Tokens removed per rule: debris (not in the body) / content (in the body: false positives), and edits.",
        "",
        "| rule | " + " | ".join(f"{kind} debris | {kind} content | {kind} edits" for kind in runs) + " |",
        "|---|" + "---:|---:|---:|" * len(runs),
    ]
    for rule in rules:
        cells = []
        for run in runs.values():
            t = run.per_rule.get(rule, RuleTokens())
            cells += [str(t.debris), str(t.content), str(t.edits)]
        lines.append(f"| `{rule}` | " + " | ".join(cells) + " |")
    lines += ["", "Content removed, first examples per rule:", ""]
    for kind, run in runs.items():
        for rule in rules:
            for example in run.per_rule.get(rule, RuleTokens()).examples:
                lines.append(f"- {kind} `{rule}`: {example}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=default_devset())
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--page-profile", default="page", help="profile for page text ('default': none)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--write-subset", type=Path, metavar="DIR", help="write the test subset there and stop")
    args = parser.parse_args(argv)

    pages = load_pages(args.devset, args.limit)
    if args.write_subset:
        write_subset(args.devset, pages, args.write_subset)
        return 0
    kinds: dict[str, tuple[Callable[[str, str], str], Cleaner, str]] = {
        "extracted": (extracted, Cleaner(), "default"),
        "page": (lambda _, html: visible_text(html), *page_cleaner(args.page_profile)),
    }
    runs: dict[str, Run] = {}
    for kind, (make_input, cleaner, profile) in kinds.items():
        inputs = [(make_input(page_id, html), body) for page_id, html, body in pages]
        runs[kind] = measure(inputs, cleaner, profile)

    text = report(runs, len(pages))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "quality.md").write_text(text, encoding="utf-8")
    data: dict[str, Any] = {
        kind: {
            "profile": run.profile,
            "seconds": run.seconds,
            "scores": {name: asdict(s) | {"precision": s.precision, "recall": s.recall} for name, s in run.scores.items()},
            "lines": asdict(run.lines),
            "rules": {rule: asdict(t) for rule, t in run.per_rule.items()},
        }
        for kind, run in runs.items()
    }
    (args.out / "quality.json").write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
