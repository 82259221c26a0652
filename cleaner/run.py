"""One run of the command: inputs cleaned in worker processes, outputs written
or printed, failures and tallies kept.

The command (:mod:`cleaner.cli`) reads the options and plans the outputs;
this module does the work.  Each failure is one line on stderr and the run
goes on; what a format does is its module's business (:mod:`cleaner.formats`).
"""

from __future__ import annotations

import functools
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import click

from .batch import Input, parallel_map
from .config import CleanerConfig
from .corpus import Batch, BatchResult, CorpusError, CorpusOptions, with_sample
from .documents import Job, read_and_clean
from .formats import OUTPUT_FORMATS, CorpusFormat
from .formats.compression import MissingExtra
from .outputs import atomic_writer, remove_stale_temporaries, write_atomic
from .pipeline import OVER_BUDGET, Cleaner
from .progress import Progress
from .review_data import ReviewReport
from .review_page import render_html
from .views import RenderOptions

__all__ = ["Run", "Stop"]


class Stop(Exception):
    """End the run now: one line on stderr, and this exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class Run:
    """State of one command run: failures, statistics, progress, outputs."""

    def __init__(
        self, outputs: dict[Input, Path] | None, render: RenderOptions, statistics: bool, quiet: bool, debug: bool
    ) -> None:
        self.outputs = outputs  # with -o: where each input's output goes
        self.render = render
        self.output_format = OUTPUT_FORMATS[render.fmt]
        self.debug = debug
        # --diff, --explain, --statistics and --report replace the text on stdout, as in ruff.
        self.print_text = outputs is None and not (
            render.diff or render.explain or render.review is not None or statistics
        )
        self.failed = 0
        self.skipped = 0  # inputs whose outputs a resumed run found complete
        self.documents = 0
        self.over_budget = 0  # documents whose rules were not applied
        self.counts: Counter[str] = Counter()
        self.removed: Counter[str] = Counter()
        self.progress = Progress(enabled=not quiet and sys.stderr.isatty())
        self.several: bool | None = None  # documents on stdout: several inputs named (None: none printed)
        self.written = 0  # documents on stdout
        self.review: ReviewReport | None = None  # --report: fed every cleaned document

    def fail(self, message: str) -> None:
        self.failed += 1
        self.progress.clear()
        click.echo(f"clean: {message}", err=True)

    def warn(self, messages: list[str]) -> None:
        self.over_budget += sum(OVER_BUDGET in message for message in messages)
        for message in messages:
            self.progress.clear()
            click.echo(f"clean: warning: {message}", err=True)

    def tally(self, counts: dict[str, int], removed: dict[str, int], documents: int, size: int) -> None:
        self.counts.update(counts)
        self.removed.update(removed)
        self.documents += documents
        self.progress.advance(documents, size)

    def emit(self, text: str | bytes) -> None:
        self.progress.clear()
        try:
            click.echo(text, nl=False, color=self.render.color or None)
        except BrokenPipeError:
            raise  # the reader went away (clean ... | head): the run ends quietly
        except OSError as exc:
            raise Stop(f"cannot write to stdout: {exc.strerror or exc}", 1) from None

    def open_stdout(self, several: bool) -> None:
        """Documents will be printed; ``several``: the command named several inputs or a folder."""
        self.several = several

    def close_stdout(self) -> None:
        """What the output format puts after the last document (a JSON array's end)."""
        if self.several is not None and (end := self.output_format.end_stdout(self.written, self.several)):
            self.emit(end)

    def prepare_output_dir(self, resume: bool) -> None:
        """Remove what killed runs left behind; with ``resume``, drop inputs whose outputs exist."""
        assert self.outputs is not None
        for stale in remove_stale_temporaries({path.parent for path in self.outputs.values()}):
            self.warn([f"{stale}: removed, a temporary file left by an interrupted run"])
        if resume:
            done = [item for item, path in self.outputs.items() if path.exists()]
            for item in done:
                del self.outputs[item]
            self.skipped = len(done)

    def clean_documents(self, cleaner: Cleaner, config: CleanerConfig, items: list[Input], jobs: int) -> None:
        """Clean documents, each into its output file or onto stdout."""
        results = parallel_map(read_and_clean, (self._job(item) for item in items), config, jobs, cleaner)
        for item, rendered in zip(items, results, strict=True):
            if rendered.error:
                self.fail(rendered.error)
                continue
            self.warn(rendered.warnings)
            self.tally(rendered.counts, rendered.removed, 1, rendered.size)
            if self.review is not None and rendered.review is not None:
                self.review.add(rendered.review)
            if self.outputs is not None:
                target = self.outputs[item]
                try:
                    write_atomic(target, rendered.output.encode("utf-8"))
                except OSError as exc:
                    self.fail(f"{target}: cannot write: {exc.strerror or exc}")
                    continue
            elif self.print_text:
                self.emit(self.output_format.to_stdout(rendered.output, self.written, bool(self.several)))
                self.written += 1
            if rendered.report:
                self.emit(rendered.report + "\n")

    def _job(self, item: Input) -> Job:
        """What a worker needs for one document; stdin and pipes are read here, files by the worker."""
        render = self.render
        if self.review is not None:  # --report: what this document brings back for the page
            render = replace(render, review=self.review.request(self.review.wants(item.path)))
        if item.path == "-":
            return item.path, sys.stdin.buffer.read(), render, self.debug
        if not Path(item.path).is_file():  # a pipe or a device: only this process can read it
            try:
                return item.path, Path(item.path).read_bytes(), render, self.debug
            except OSError:
                pass  # the worker reports it
        return item.path, None, render, self.debug

    def clean_corpus(
        self, cleaner: Cleaner, config: CleanerConfig, item: Input, form: CorpusFormat, options: CorpusOptions,
        jobs: int,
    ) -> None:
        """Clean one corpus in the format ``form``, into its output file or onto stdout as JSONL."""
        try:
            with form.read(item.path, sys.stdin.buffer, options) as batches:
                if self.review is not None:
                    batches = with_sample(batches, self.review)
                work = functools.partial(_clean_batch_safely, form.clean_batch)
                results = parallel_map(work, batches, config, jobs, cleaner)
                if self.outputs is not None:
                    with atomic_writer(self.outputs[item]) as raw, form.writer(raw) as write:
                        for result in self._tally_batches(results):
                            write(result.output)
                else:
                    for result in self._tally_batches(results):
                        if self.print_text:
                            self.emit(form.to_lines(result.output))
        except BrokenPipeError:
            raise  # the reader went away (clean ... | head): the run ends quietly
        except (CorpusError, MissingExtra) as exc:
            self.fail(f"{item.path}: {exc}")
        except OSError as exc:  # the input cannot be opened, or the output not written
            if exc.filename is not None:
                self.fail(f"{exc.filename}: {exc.strerror or exc}")
            else:
                self.fail(f"{self.outputs[item] if self.outputs else item.path}: cannot write: {exc.strerror or exc}")

    def _tally_batches(self, results: Iterator[BatchResult]) -> Iterator[BatchResult]:
        for result in results:
            for error in result.errors:
                self.fail(error)
            self.warn(result.warnings)
            self.tally(result.counts, result.removed, result.documents, result.size)
            if self.review is not None:
                for entry in result.reviews:
                    self.review.add(entry)
            for text in result.reports:
                if text:
                    self.emit(text + "\n")
            yield result

    def write_report(self, path: Path) -> None:
        """Write the --report page of the run."""
        assert self.review is not None
        self.review.failed = self.failed
        try:
            write_atomic(path, render_html(self.review.payload()).encode("utf-8"))
        except OSError as exc:
            self.fail(f"{path}: cannot write: {exc.strerror or exc}")


def _clean_batch_safely(
    clean_batch: Callable[[Cleaner, Batch], BatchResult], cleaner: Cleaner, batch: Batch
) -> BatchResult:
    try:
        return clean_batch(cleaner, batch)
    except Exception as exc:  # a bug must not stop the corpus
        return BatchResult(errors=[f"{batch.span}: internal error: {type(exc).__name__}: {exc}"])
