"""A datatrove pipeline step: clean each document's text, keep its provenance.

datatrove runs the same pipeline locally, on Slurm or on Ray; this step
replaces ``doc.text`` with the clean text and reports, per task, how often
each rule acted through datatrove's statistics (merged over every task in
the run's ``stats.json``).

Provenance goes in ``doc.metadata["scrapeclean"]`` as one JSON string: one
row of :mod:`cleaner.columns` without its text, i.e. ``removed_chars``,
``counts`` (``[{"rule", "count"}]``), ``edits`` (``[{"start", "end", "rule",
"removed", "inserted"}]``, with ``provenance="full"`` only), ``warnings``
and ``error``.  A string because datatrove's ``ParquetWriter`` takes its
schema from the first document it writes: an empty list or a ``None`` there
types the column as null, and the first later document with a rule count or
an error fails the write.  A string has the same type for every document.

A document that cannot be cleaned (its text is not a string, or cleaning
raised) is kept unchanged, never dropped: its ``error`` says why, it is
counted as ``errors`` in the step's statistics, and it is logged with its id.

Requires ``pip install 'scrapeclean[datatrove]'``.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.logging import logger
from datatrove.utils.typeshelper import StatHints

from ..columns import clean_record
from ..pipeline import Cleaner

__all__ = ["METADATA_KEY", "ScrapeClean"]

METADATA_KEY = "scrapeclean"

Provenance = Literal["summary", "full", "none"]


class ScrapeClean(PipelineStep):
    """Clean ``doc.text`` with a :class:`~cleaner.Cleaner` built from ``options``.

    ``options`` are :class:`~cleaner.Cleaner`'s (``typography``, ``rules``,
    ``select``, ``extend_select``, ``ignore``, ``timeout``), checked here by
    building one, so a bad rule file or selection fails before any task
    starts.  Each task then builds its own, once: nothing compiled travels to
    the workers.  ``provenance``: ``summary`` (counts, removed characters,
    warnings), ``full`` (the same and every edit) or ``none`` (no metadata;
    errors are then only counted and logged).
    """

    name = "🧹 scrapeclean"
    type = "✂️ - FORMAT"

    def __init__(self, provenance: Provenance = "summary", **options: Any) -> None:
        super().__init__()
        if provenance not in ("summary", "full", "none"):
            raise ValueError(f"provenance must be 'summary', 'full' or 'none', not {provenance!r}")
        Cleaner(**options)
        self.provenance = provenance
        self.options = options

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        cleaner = Cleaner(**self.options)
        edits = self.provenance == "full"
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                row = clean_record(cleaner.clean, doc.text, edits=edits)
            text = row.pop("text")
            if row["error"] is None:
                doc.text = text
                self.stat_update("removed_chars", value=row["removed_chars"])
                for count in row["counts"]:
                    self.stat_update(count["rule"], value=count["count"])
            else:
                self.stat_update("errors")
                logger.warning(f"scrapeclean: document {doc.id!r} kept as it was: {row['error']}")
            if self.provenance != "none":
                doc.metadata[METADATA_KEY] = json.dumps(row, ensure_ascii=False)
            yield doc
