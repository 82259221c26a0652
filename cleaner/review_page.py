"""The review page: one self-contained HTML file showing what a run removed and why.

A person deciding whether to trust a ruleset on a corpus wants to *look*:
which rules act most, on what, and where they are wrong.  The page holds a
:class:`~cleaner.review_data.ReviewReport`'s payload as JSON; the header and
the rule table are written here as HTML (readable without scripts, and what
the structural tests parse), and plain JavaScript and CSS inline
(``review_page.js``, ``review_page.css``) draw the rest, so the file opens
from disk with no network.

>>> from cleaner import clean
>>> from cleaner.review_data import ReviewReport, entries
>>> report = ReviewReport.for_results([], sample=10)
>>> for entry in entries([clean("Advertisement\\nThe story.\\n", source="a.txt")], report):
...     report.add(entry)
>>> page = render_html(report.payload())
>>> page.startswith("<!doctype html>"), 'data-rule="boilerplate/advertisement"' in page
(True, True)
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

__all__ = ["embed_json", "render_html"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def _asset(name: str) -> str:
    from importlib import resources  # here: with tempfile and shutil, a twentieth of the start of clean

    return resources.files("cleaner").joinpath(name).read_text(encoding="utf-8")


def embed_json(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">`` and encodable as UTF-8.

    ``<`` is escaped (no ``</script>`` or ``<!--`` can end the block early) and
    so are lone surrogates, which a scraped text may hold.

    >>> embed_json({"t": "</script>\\ud800"})
    '{"t":"\\\\u003c/script>\\\\ud800"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c")
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render_html(payload: dict[str, Any]) -> str:
    """The page: the header and the rule table in HTML (readable without scripts, and
    parsed by the tests), the rest drawn by the script from the embedded data.

    The template is filled in one pass, so the data can never be taken for a placeholder.
    """
    parts = {
        "title": escape(f"scrapeclean review: {payload['totals']['documents']:,} documents"),
        "identity": _identity_html(payload),
        "totals": _totals_html(payload["totals"]),
        "rule_rows": _rule_rows_html(payload) or '<tr><td colspan="6" class="none">no rule acted</td></tr>',
        "css": _asset("review_page.css"),
        "js": _asset("review_page.js"),
        "data": embed_json(payload),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _asset("review_page.html"))


def _identity_html(payload: dict[str, Any]) -> str:
    run, totals = payload["run"], payload["totals"]
    rows = [
        ("version", f"scrapeclean {run['version']}"),
        ("ruleset", f"{run['ruleset'][:16]} ({run['rules']} rules)"),
        ("packs", ", ".join(run["packs"]) or "none"),
        *((key, value if isinstance(value, str) else json.dumps(value)) for key, value in run["options"].items()),
        ("sample", f"{totals['sampled']:,} of {totals['documents']:,} documents "
                   f"(--sample {run['sample']['size']} --seed {run['sample']['seed']})"),
    ]
    return "".join(f"<dt>{escape(key)}</dt><dd>{escape(str(value))}</dd>" for key, value in rows)


def _totals_html(totals: dict[str, int]) -> str:
    removed = 1 - totals["chars_out"] / totals["chars_in"] if totals["chars_in"] else 0.0
    cards = [
        ("documents", f"{totals['documents']:,}", False),
        ("characters in", f"{totals['chars_in']:,}", False),
        ("characters out", f"{totals['chars_out']:,}", False),
        ("removed", _percent(removed), False),
        ("warnings", f"{totals['warnings']:,}", totals["warnings"] > 0),
        ("over the removal budget", f"{totals['over_budget']:,}", totals["over_budget"] > 0),
        ("failed inputs", f"{totals['failed']:,}", totals["failed"] > 0),
    ]
    return "".join(
        f'<div class="total{" alert" if alert else ""}" data-total="{escape(label)}">'
        f"<b>{value}</b><span>{label}</span></div>"
        for label, value, alert in cards
    )


def _rule_rows_html(payload: dict[str, Any]) -> str:
    chars_in = payload["totals"]["chars_in"]
    widest = max((rule["removed"] for rule in payload["rules"]), default=0) or 1
    rows = []
    for rule in payload["rules"]:
        title = "\n".join(filter(None, (rule.get("description"), rule["defined"])))
        share = rule["removed"] / chars_in if chars_in else 0.0
        bar = round(60 * rule["removed"] / widest)
        rows.append(
            f'<tr data-rule="{escape(rule["id"])}" data-edits="{rule["edits"]}" data-documents="{rule["documents"]}" '
            f'data-removed="{rule["removed"]}" data-safety="{escape(rule["safety"])}" data-id="{escape(rule["id"])}" '
            f'title="{escape(title)}">'
            f'<td><code>{escape(rule["id"])}</code></td>'
            f'<td class="num">{rule["edits"]:,}</td>'
            f'<td class="num">{rule["documents"]:,}</td>'
            f'<td class="num">{rule["removed"]:,}<span class="bar" style="width:{bar}px"></span></td>'
            f'<td class="num">{_percent(share)}</td>'
            f'<td class="safety-{escape(rule["safety"])}">{escape(rule["safety"])}</td></tr>'
        )
    return "".join(rows)


def _percent(share: float) -> str:
    return f"{100 * share:.{3 if 0 < share < 0.001 else 1}f}%"
