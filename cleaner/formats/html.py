"""HTML pages, in: which documents are pages, and how one is read.

A page is an ``.html``, ``.htm``, ``.xhtml`` or ``.shtml`` name, or a name
no format claims whose content opens like a page (a doctype or an
``<html>`` tag; see :func:`cleaner.html.opens_like_html`).  Its main text
is extracted by trafilatura and then cleaned (:meth:`Cleaner.clean_html`);
a page without main text is a failed input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..html import HTML_SUFFIXES, opens_like_html

if TYPE_CHECKING:
    from ..pipeline import Cleaner
    from ..result import Result

__all__ = ["GLOBS", "NAME", "SUFFIXES", "clean", "sniff"]

NAME = "html"
SUFFIXES = HTML_SUFFIXES
GLOBS = ("*.html", "*.htm", "*.xhtml")  # taken from folders by default


def sniff(data: bytes) -> bool:
    """True for content that opens like a page."""
    return opens_like_html(data)


def clean(cleaner: Cleaner, name: str, data: bytes) -> Result:
    """Extract the page's main text and clean it (raises :class:`~cleaner.html.HTMLExtractionError`)."""
    return cleaner.clean_html(data, source=name)
