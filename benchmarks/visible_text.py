"""All visible text of an HTML page, one block per line.

This stands in for what a plain HTML-to-text dump or a Common Crawl WET
record gives: the article with every menu, header, footer, teaser list and
cookie banner around it.  It is deliberately plain, so that the quality
benchmark measures the cleaner, not a clever extractor:

* ``<head>``, ``<script>``, ``<style>``, ``<noscript>``, ``<template>`` and
  comments are dropped (a browser shows none of them);
* every block-level element (paragraphs, headings, list items, table cells,
  ``div``, ``section``, ``nav``, …) and every ``<br>`` starts a new line;
* inline elements (links, ``span``, ``em``, …) run on within their line;
* runs of whitespace in a line become one space; blank lines are dropped.

Hidden elements (``display: none``) are kept: a text dump does not read CSS.
"""

from __future__ import annotations

from lxml import etree, html

__all__ = ["visible_text"]

_DROPPED = frozenset({"head", "script", "style", "noscript", "template"})
_BLOCKS = frozenset(
    """address article aside blockquote body br caption center dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li
    main menu nav ol option p pre section summary table tbody td tfoot th thead tr ul""".split()
)


def visible_text(page: str) -> str:
    """The page's visible text, one block per line (see the module docstring)."""
    try:
        root = html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return ""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    # iterwalk, not recursion: some pages nest deeper than Python's stack allows.
    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        dropped = tag in _DROPPED or not tag  # comments and processing instructions have no str tag
        if event == "start":
            if dropped:
                skipping += 1
            elif not skipping:
                if tag in _BLOCKS:
                    flush()
                current.append(element.text or "")
            continue
        if dropped:
            skipping -= 1
        elif not skipping and tag in _BLOCKS:
            flush()
        if not skipping:
            current.append(element.tail or "")
    flush()
    return "\n".join(lines) + "\n" if lines else ""
