"""How well the cleaner separates article text from debris, on real pages.

    python benchmarks/quality.py                  # the whole development set
    python benchmarks/quality.py --limit 20       # a quick look
    python benchmarks/quality.py --page-profile default   # page text without a page profile

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
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import trafilatura  # noqa: E402
from scoring import RuleTokens, Score, rule_tokens, score  # noqa: E402
from visible_text import visible_text  # noqa: E402

from cleaner import Cleaner  # noqa: E402

DEVSET_NAME = "shared/devsets/scrapinghub-aeb"
CACHE = HERE / "data" / f"trafilatura-{trafilatura.__version__}"
OUT = HERE / "out"


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


def page_cleaner(profile: str) -> tuple[Cleaner, str]:
    """A cleaner for page text with ``profile``, and the profile really used."""
    if profile == "default":
        return Cleaner(), "default"
    try:
        return Cleaner(profile=profile), profile  # type: ignore[call-arg]
    except TypeError:
        return Cleaner(), f"default (this cleaner has no profile {profile!r})"


def measure(
    inputs: list[tuple[str, str]], cleaner: Cleaner
) -> tuple[dict[str, Score], dict[str, RuleTokens], float]:
    """Scores of the (input, body) pairs untouched and cleaned; tokens per rule; seconds."""
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
    return scores, per_rule, seconds


def _pct(value: float) -> str:
    return f"{100 * value:.2f}"


def report(runs: dict[str, tuple[str, dict[str, Score], dict[str, RuleTokens], float]], pages: int) -> str:
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
    for kind, (profile, scores, _, seconds) in runs.items():
        for name, s in scores.items():
            took = f"{seconds:.1f}" if name == "cleaned" else ""
            lines.append(
                f"| {kind} | {profile} | {name} | {_pct(s.precision)} | {_pct(s.recall)} | {_pct(s.f1)}"
                f" | {s.output} | {took} |"
            )
    rules = sorted({rule for _, _, per_rule, _ in runs.values() for rule in per_rule})
    lines += [
        "",
        "Tokens removed per rule: debris (not in the body) / content (in the body: false positives), and edits.",
        "",
        "| rule | " + " | ".join(f"{kind} debris | {kind} content | {kind} edits" for kind in runs) + " |",
        "|---|" + "---:|---:|---:|" * len(runs),
    ]
    for rule in rules:
        cells = []
        for _, _, per_rule, _ in runs.values():
            t = per_rule.get(rule, RuleTokens())
            cells += [str(t.debris), str(t.content), str(t.edits)]
        lines.append(f"| `{rule}` | " + " | ".join(cells) + " |")
    lines += ["", "Content removed, first examples per rule:", ""]
    for kind, (_, _, per_rule, _) in runs.items():
        for rule in rules:
            for example in per_rule.get(rule, RuleTokens()).examples:
                lines.append(f"- {kind} `{rule}`: {example}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=default_devset())
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--page-profile", default="page", help="profile for page text ('default': none)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)

    pages = load_pages(args.devset, args.limit)
    kinds: dict[str, tuple[Callable[[str, str], str], Cleaner, str]] = {
        "extracted": (extracted, Cleaner(), "default"),
        "page": (lambda _, html: visible_text(html), *page_cleaner(args.page_profile)),
    }
    runs: dict[str, tuple[str, dict[str, Score], dict[str, RuleTokens], float]] = {}
    for kind, (make_input, cleaner, profile) in kinds.items():
        inputs = [(make_input(page_id, html), body) for page_id, html, body in pages]
        runs[kind] = (profile, *measure(inputs, cleaner))

    text = report(runs, len(pages))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "quality.md").write_text(text, encoding="utf-8")
    data: dict[str, Any] = {
        kind: {
            "profile": profile,
            "seconds": seconds,
            "scores": {name: asdict(s) | {"precision": s.precision, "recall": s.recall} for name, s in scores.items()},
            "rules": {rule: asdict(t) for rule, t in per_rule.items()},
        }
        for kind, (profile, scores, per_rule, seconds) in runs.items()
    }
    (args.out / "quality.json").write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
