"""The pipeline: decode, (extract HTML), repair, rules, canonical form.

The canonical form's character passes (line breaks, invisibles, NFC) run
before the rules and its layout passes (spaces, paragraphs) after them.  The
stages run as one pass, repeated until a pass changes nothing.

A :class:`Cleaner` is built once (ftfy configuration, compiled ruleset) and
cleans many documents; :func:`clean` is the one-shot form.  It remembers which
rules each line it has seen could match (a bounded memory of a few MB), so
later passes and later documents do not judge the same line twice.

>>> result = clean("Advertisement\\n\\nIt\u00e2\u20ac\u2122s here.\\n\\n\\n")
>>> result.text
'It\u2019s here.\\n'
>>> sorted(result.counts)
['boilerplate/advertisement', 'canonical/paragraph', 'unicode/mojibake']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from . import __version__
from .canonical import canonical_passes
from .columns import clean_columns
from .decode import decode_bytes
from .engine.ruleset import Ruleset
from .html import extract_html, looks_like_html
from .provenance import TrackedText
from .repair import ftfy_config, repair_changes
from .result import Result

__all__ = ["Cleaner", "clean"]

Typography = Literal["keep", "straight"]

DEFAULT_TIMEOUT = 1.0
# A pass can expose work for the next (ftfy judges a line differently once its
# spaces are canonical; a rule's "first N lines" window moves after a drop), so
# the pipeline repeats until a pass changes nothing: clean(clean(x)) == clean(x).
MAX_PASSES = 4


class Cleaner:
    """Clean many documents with one configuration.

    ``typography``: ``keep`` (curly quotes and dashes as written) or
    ``straight`` (ASCII quotes, ``-``/``--`` dashes, ``...``).
    ``rules``: extra rule files or folders; ``select``/``extend_select``/
    ``ignore``: rule ids or prefixes (see :class:`Ruleset`), or pass a
    ready ``ruleset``.  ``timeout``: seconds a rule's pattern may run per MB
    of text before it is stopped and reported.
    """

    def __init__(
        self,
        *,
        typography: Typography = "keep",
        rules: Sequence[str | Path] = (),
        select: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        ruleset: Ruleset | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if typography not in ("keep", "straight"):
            raise ValueError(f"typography must be 'keep' or 'straight', not {typography!r}")
        self.typography = typography
        self.timeout = timeout
        self.ruleset = ruleset if ruleset is not None else Ruleset.default(rules, select, extend_select, ignore)
        self._ftfy = ftfy_config(straight_quotes=typography == "straight")
        self._characters, self._layout = canonical_passes(straight=typography == "straight")
        self._ruleset_identity = self.ruleset.identity()

    @property
    def options(self) -> dict[str, Any]:
        return {"typography": self.typography}

    def clean(self, text: str, *, source: str = "-") -> Result:
        """Clean a decoded text (its UTF-8 bytes are what ``sha256`` hashes)."""
        return self._run(text, source=_source(source, text.encode("utf-8", "surrogatepass")))

    def clean_bytes(self, data: bytes, *, source: str = "-", html: bool | None = None) -> Result:
        """Decode and clean raw input.

        ``html``: True or False to say whether ``data`` is an HTML page, None
        to sniff it (see :func:`looks_like_html`).  Raises
        :class:`NotTextError` for binary data and
        :class:`HTMLExtractionError` for a page without main text.
        """
        if html is None:
            html = looks_like_html(data, source)
        if html:
            return self.clean_html(data, source=source)
        decoded = decode_bytes(data)
        return self._run(decoded.text, source=_source(source, data, decoded.encoding))

    def clean_html(self, html: str | bytes, *, source: str = "-", url: str | None = None) -> Result:
        """Extract the main text of an HTML page with trafilatura, then clean it.

        Edit offsets refer to the extracted text, which ``Result.original`` holds.
        """
        data = html.encode("utf-8") if isinstance(html, str) else html
        decoded = decode_bytes(data)
        text, metadata = extract_html(decoded.text, url=url or (source if _is_url(source) else None))
        return self._run(text, source=_source(source, data, decoded.encoding), html=metadata)

    def _run(self, text: str, source: dict[str, Any], html: dict[str, Any] | None = None) -> Result:
        tracked = TrackedText(text)
        warnings: list[str] = []
        for number in range(MAX_PASSES):
            before = tracked.text
            self._one_pass(tracked, warnings, again=number > 0)
            if tracked.text == before:
                break
        else:
            warnings.append(f"text still changed after {MAX_PASSES} passes; output may not be stable")
        return Result(
            text=tracked.text,
            edits=tracked.edits,
            original=text,
            source=source,
            version=__version__,
            options=self.options,
            ruleset=self._ruleset_identity,
            html=html,
            warnings=list(dict.fromkeys(warnings)),
        )

    def _one_pass(self, tracked: TrackedText, warnings: list[str], again: bool) -> None:
        start = tracked.text
        changes, repair_warnings = repair_changes(tracked.text, self._ftfy, self.timeout)
        tracked.apply(changes)
        warnings.extend(repair_warnings)
        for canonical_pass in self._characters:
            tracked.apply(canonical_pass(tracked.text))
        for _, run in self.ruleset.stages:
            changes, stage_warnings = run(tracked.text, self.timeout)
            tracked.apply(changes)
            warnings.extend(stage_warnings)
        if again and tracked.text == start:
            return  # still the layout passes' own output, which they leave as it is (tested)
        for canonical_pass in self._layout:
            tracked.apply(canonical_pass(tracked.text))

    def clean_batch(self, texts: Iterable[Any], *, edits: bool = True) -> dict[str, list[Any]]:
        """Clean many texts into columns of a fixed schema (see :mod:`cleaner.columns`),
        for ``datasets.map(batched=True)``, Ray, Dask or Spark: a bad record
        gets an ``error`` in its row, never an exception that loses the batch."""
        return clean_columns(self.clean, texts, edits=edits)


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _source(name: str, data: bytes, encoding: str | None = None) -> dict[str, Any]:
    """Document-level provenance of the input: its name and a fingerprint of its bytes."""
    source: dict[str, Any] = {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    if encoding is not None:
        source["encoding"] = encoding
    return source


_default: Cleaner | None = None


def clean(text: str | bytes, *, source: str = "-", **options: Any) -> Result:
    """Clean one document with the shipped rules (``options`` as for :class:`Cleaner`).

    Without options, a shared default :class:`Cleaner` is reused, so calling
    this in a loop does not recompile the rules.
    """
    global _default
    if options:
        cleaner = Cleaner(**options)
    else:
        if _default is None:
            _default = Cleaner()
        cleaner = _default
    if isinstance(text, bytes):
        return cleaner.clean_bytes(text, source=source)
    return cleaner.clean(text, source=source)
