"""HTML input: sniff it, and extract the main text with trafilatura.

For HTML the text the rest of the pipeline sees (and edit offsets refer to)
is trafilatura's extracted text, one paragraph per line; the HTML itself is
identified in provenance by its SHA-256, with the metadata trafilatura found.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "HTML_SUFFIXES", "HTMLExtractionError", "TEXT_SUFFIXES", "extract_html", "looks_like_html", "opens_like_html",
]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# Text that may hold stray tags but is never a page unless the caller says so.
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".rst")
# A page opens with a doctype or an <html> tag (after a byte order mark,
# spaces, comments or an XML declaration); a few tags inside text do not
# make it a page, and extracting "main text" from text loses paragraphs.
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)


# Fewer letters than this (in any script) is a menu or a notice, not main
# text: "Home About" or "Page not found".  trafilatura falls back to all the
# page's text when it finds no article, so it rarely returns nothing at all.
MIN_LETTERS = 20
# What of trafilatura's metadata goes into provenance.
METADATA_KEYS = ("title", "url", "date", "author", "sitename", "hostname", "description")
_LETTER = re.compile(r"[^\W\d_]")


class HTMLExtractionError(ValueError):
    """trafilatura found no main text in the page."""


def looks_like_html(data: bytes, name: str = "") -> bool:
    """True for an .html file, or bytes that open like an HTML page.

    A text name (``.txt``, ``.md``, ...) is text whatever it holds.

    >>> looks_like_html(b"<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html(b"One.<p>\\nTwo.<p>\\nThree.<div>\\nFour.</div>")
    False
    >>> looks_like_html(b"<html><body>Hi</body></html>", "notes.txt")
    False
    """
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return True
    if lower.endswith(TEXT_SUFFIXES):
        return False
    return opens_like_html(data)


def opens_like_html(data: bytes) -> bool:
    """True for bytes that open like an HTML page, whatever tags follow.

    >>> opens_like_html(b"\\xef\\xbb\\xbf<!-- saved -->\\n<html lang=en>"), opens_like_html(b"Hi<p>")
    (True, False)
    """
    return bool(_HTML_START.match(data[:4096]))


def extract_html(html: str, url: str | None = None, metadata: bool = True) -> tuple[str, dict[str, Any]]:
    """Main text of ``html`` and what is known of the page.

    With ``metadata``, trafilatura's metadata (title, url, date, author, …),
    found at the least cost it allows: the date comes from the page's markup
    and URL, not from htmldate's "extensive" search through free text, which
    loads dateparser in every process and, on the development set, found a
    date on 2 pages of 181 that the markup did not give.  Without
    ``metadata`` the page is only extracted (benchmarks/html_cost.py measures both).
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it
    from trafilatura.settings import set_date_params

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=metadata,
        include_comments=False,
        include_tables=True,
        date_extraction_params=set_date_params(extensive=False),
    )
    text = (document.text or "") if document is not None else ""
    if len(_LETTER.findall(text)) < MIN_LETTERS:
        found = f" (only {' '.join(text.split())[:60]!r})" if text.strip() else ""
        raise HTMLExtractionError(f"trafilatura found no main text in the HTML{found}")
    found_metadata = {
        key: getattr(document, key)
        for key in (METADATA_KEYS if metadata else ())
        if getattr(document, key, None)
    }
    return text, {"extractor": "trafilatura", "extractor_version": trafilatura.__version__, **found_metadata}
