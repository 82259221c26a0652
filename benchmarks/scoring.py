"""Token precision and recall of a cleaned text against the article body.

Tokens are whitespace-separated words, counted as a multiset: precision is
the share of the output's tokens that the body holds, recall the share of
the body's tokens that the output kept.  Folded tokens are lower-cased and
stripped of punctuation and symbols (tokens that were nothing else are
left out), so that a changed quote or dash does not count as a loss.

Lines are counted too, as the issue's bars are: a line of the input is
*content* when the body holds it (as one of its lines, or, for a line of
three words or more, as a run of whole words), else *noise*; a line is
*kept* when the output still holds it (spacing aside), as a line of its own
or, for a line of three words or more, joined into a longer one.  A line an edit only shortened counts as
removed, so the line figures are a little harsh.

Per rule, the tokens a rule removed are split into *content* (the body
needs that copy: removing it lowers recall) and *debris* (the text held
more copies of the token than the body, so the copy was surplus).  Edits
are taken in document order; the split sums to the recall lost.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from cleaner.provenance import Edit

__all__ = ["LineScore", "RuleTokens", "Score", "STAGE_PREFIXES", "line_score", "rule_tokens", "score", "tokens"]

# Built-in stages: they repair and reformat, they do not remove content.
STAGE_PREFIXES = ("unicode/", "canonical/", "typography/")


def _fold(token: str) -> str:
    return "".join(c for c in token.lower() if unicodedata.category(c)[0] not in "PS")


def tokens(text: str, folded: bool = False) -> Counter[str]:
    """The text's whitespace tokens as a multiset (folded: see the module docstring)."""
    words = text.split()
    if folded:
        words = [w for w in map(_fold, words) if w]
    return Counter(words)


@dataclass
class Score:
    """Token counts summed over documents: matched, in the output, in the body."""

    matched: int = 0
    output: int = 0
    body: int = 0

    def add(self, output: Counter[str], body: Counter[str]) -> None:
        self.matched += sum((output & body).values())
        self.output += sum(output.values())
        self.body += sum(body.values())

    @property
    def precision(self) -> float:
        return self.matched / self.output if self.output else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.body if self.body else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(texts: Iterable[tuple[str, str]], folded: bool = False) -> Score:
    """The summed score of (output, body) pairs."""
    total = Score()
    for output, body in texts:
        total.add(tokens(output, folded), tokens(body, folded))
    return total


@dataclass
class LineScore:
    """Lines summed over documents: noise and content lines, and how many the output kept."""

    noise: int = 0
    noise_kept: int = 0
    content: int = 0
    content_kept: int = 0

    @property
    def noise_removed(self) -> float:
        return 1 - self.noise_kept / self.noise if self.noise else 0.0

    @property
    def content_kept_share(self) -> float:
        return self.content_kept / self.content if self.content else 1.0


def _is_content(line: str, body_lines: set[str], body: str) -> bool:
    return line in body_lines or (len(line.split()) >= 3 and f" {line} " in body)


def line_score(texts: Iterable[tuple[str, str, str]]) -> LineScore:
    """The summed line score of (input, output, body) triples."""
    total = LineScore()
    for given, output, body in texts:
        body_lines = {" ".join(line.split()) for line in body.splitlines()}
        flat = f" {' '.join(body.split())} "
        left = Counter(" ".join(line.split()) for line in output.splitlines())
        joined = f" {' '.join(output.split())} "
        for line in (" ".join(raw.split()) for raw in given.splitlines()):
            if not line:
                continue
            if line in left:
                kept = left[line] > 0
                left[line] -= kept
            else:  # joined into a longer line (only a line of some length can tell)
                kept = len(line.split()) >= 3 and f" {line} " in joined
            if _is_content(line, body_lines, flat):
                total.content += 1
                total.content_kept += kept
            else:
                total.noise += 1
                total.noise_kept += kept
    return total


@dataclass
class RuleTokens:
    """Tokens one rule removed: content (in the body) and debris (not), and its edits."""

    content: int = 0
    debris: int = 0
    edits: int = 0
    examples: list[str] = field(default_factory=list)


def rule_tokens(original: str, edits: Iterable[Edit], body: str, into: dict[str, RuleTokens]) -> None:
    """Add to ``into`` the tokens each rule's edits removed, split as content or debris.

    Only rule edits count (not the built-in stages'); an edit that replaced
    text counts the tokens it removed less those it inserted.  The first few
    removals that took content are kept as ``examples`` to read.
    """
    held = tokens(original)
    needed = tokens(body)
    for edit in edits:
        if edit.rule.startswith(STAGE_PREFIXES):
            continue
        taken = tokens(edit.removed) - tokens(edit.inserted)
        tally = into.setdefault(edit.rule, RuleTokens())
        tally.edits += 1
        lost = 0
        for token, count in taken.items():
            for _ in range(count):
                if held[token] > needed[token]:
                    tally.debris += 1
                else:
                    tally.content += 1
                    lost += 1
                held[token] -= 1
        if lost and len(tally.examples) < 5:
            tally.examples.append(" ".join(edit.removed.split())[:160])
