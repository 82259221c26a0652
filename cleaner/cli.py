"""The ``clean`` command: ``clean [OPTIONS] INPUT...`` and ``clean rules ...``."""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import BrokenExecutor  # BrokenProcessPool's base, without loading multiprocessing
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import click

from . import __version__
from .batch import Input, Rendered, RenderOptions, clean_document, find_inputs, parallel_map
from .config import CleanerConfig
from .corpus import Batch, BatchResult, CorpusError, CorpusOptions, with_sample
from .engine.ruleset import DEFAULT_PROFILE, PROFILES, SelectionError
from .formats import DEFAULT_GLOBS, corpus_format
from .formats.compression import MissingExtra
from .engine.spec import RuleError
from .outputs import OutputConflict, atomic_writer, plan_outputs, remove_stale_temporaries, write_atomic
from .pipeline import DEFAULT_TIMEOUT, OVER_BUDGET, Cleaner
from .progress import Progress
from .report import statistics
from .review_data import DEFAULT_SAMPLE, ReviewReport, ReviewRequest
from .review_page import render_html
from .rules_cli import rules

__all__ = ["main", "clean_command"]

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

EXAMPLES = """\b
Examples (from a clone of the repository):
  clean seeds/001_5d66fb248d4ea9b8.txt          clean text to stdout
  cat article.txt | clean -                     from stdin
  clean seeds/ -o out/                          a folder, one output per input (--resume finishes a killed run)
  clean --diff seeds/001_5d66fb248d4ea9b8.txt   what was removed, by which rule
  clean --report review.html seeds/             a review page: per rule, per document, in a browser
  clean --format json examples/page.html        HTML: main text, then clean; JSON provenance
  clean examples/corpus.jsonl.gz -o out/ -j 4   a JSONL corpus, in parallel
  clean rules list                              the rules; also: clean rules show ID, clean rules test FILE

\b
Exit codes: 0 all inputs cleaned, 1 some inputs or records failed (named on
stderr), 2 usage error (bad option, bad rule file, outputs over inputs or
each other), 130 interrupted.
"""


def _split(context: click.Context, parameter: click.Parameter, values: Sequence[str]) -> tuple[str, ...]:
    """Repeated and comma-separated values, as ruff takes them."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


class _Stop(Exception):
    """End the run now: one line on stderr, and this exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _use_color(choice: str) -> bool:
    if choice == "auto":
        return sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return choice == "always"


def _ends_cleanly(command: Callable[..., None]) -> Callable[..., None]:
    """A :class:`_Stop` ends the command with its one line and exit code."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except _Stop as exc:
            click.echo(f"clean: {exc}", err=True)
            sys.exit(exc.code)

    return run


class _Run:
    """State of one command run: failures, statistics, progress, outputs."""

    def __init__(
        self, outputs: dict[Input, Path] | None, render: RenderOptions, statistics: bool, quiet: bool, debug: bool
    ) -> None:
        self.outputs = outputs  # with -o: where each input's output goes
        self.render = render
        self.debug = debug
        # --diff, --explain and --statistics replace the text on stdout, as in ruff.
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
        self.json_array: bool | None = None  # several JSON documents on stdout make an array
        self.json_written = 0
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
            raise _Stop(f"cannot write to stdout: {exc.strerror or exc}", 1) from None

    def emit_json(self, document: str) -> None:
        """One JSON document on stdout; several are streamed as one array."""
        if not self.json_array:
            self.emit(document + "\n")
        else:
            self.emit(("[\n" if self.json_written == 0 else ",\n") + document)
        self.json_written += 1

    def close_json(self) -> None:
        """End the array; a lone document that failed is ``null``, so stdout is always JSON."""
        if self.json_array:
            self.emit("\n]\n" if self.json_written else "[]\n")
        elif self.json_array is False and not self.json_written:
            self.emit("null\n")


def _prepare_output_dir(run: _Run, outputs: dict[Input, Path], resume: bool) -> None:
    """Remove what killed runs left behind; with ``resume``, drop inputs whose outputs exist."""
    for stale in remove_stale_temporaries({path.parent for path in outputs.values()}):
        run.warn([f"{stale}: removed, a temporary file left by an interrupted run"])
    if resume:
        done = [item for item, path in outputs.items() if path.exists()]
        for item in done:
            del outputs[item]
        run.skipped = len(done)


def _read_and_clean(cleaner: Cleaner, job: tuple[str, bytes | None, RenderOptions, bool]) -> Rendered:
    name, data, options, debug = job
    try:
        if data is None:
            data = Path(name).read_bytes()
        return clean_document(cleaner, name, data, options)
    except OSError as exc:
        return Rendered(name, error=f"{name}: cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a bug must not stop the batch
        detail = traceback.format_exc() if debug else f"{type(exc).__name__}: {exc} (--debug shows the traceback)"
        return Rendered(name, error=f"{name}: internal error: {detail}")


def _job(item: Input, run: _Run) -> tuple[str, bytes | None, RenderOptions, bool]:
    """What a worker needs for one document; stdin and pipes are read here, files by the worker."""
    render = _render_options(run, item.path)
    if item.path == "-":
        # Stdin is text unless --html says otherwise: only a named page is sniffed.
        as_text = replace(render, html=False) if render.html is None else render
        return item.path, sys.stdin.buffer.read(), as_text, run.debug
    if not Path(item.path).is_file():  # a pipe or a device: only this process can read it
        try:
            return item.path, Path(item.path).read_bytes(), render, run.debug
        except OSError:
            pass  # the worker reports it
    return item.path, None, render, run.debug


def _render_options(run: _Run, name: str) -> RenderOptions:
    """The run's options; with --report, what this document brings back for the page."""
    if run.review is None:
        return run.render
    return replace(run.render, review=run.review.request(run.review.wants(name)))


def _clean_documents(run: _Run, cleaner: Cleaner, config: CleanerConfig, items: list[Input], jobs: int) -> None:
    work = (_job(item, run) for item in items)
    results = parallel_map(_read_and_clean, work, config, jobs, cleaner)
    for item, rendered in zip(items, results, strict=True):
        if rendered.error:
            run.fail(rendered.error)
            continue
        run.warn(rendered.warnings)
        run.tally(rendered.counts, rendered.removed, 1, rendered.size)
        if run.review is not None and rendered.review is not None:
            run.review.add(rendered.review)
        # text ends with its own newline; a JSON document gets one
        output = rendered.output if run.render.fmt == "text" else rendered.output + "\n"
        if run.outputs is not None:
            target = run.outputs[item]
            try:
                write_atomic(target, output.encode("utf-8"))
            except OSError as exc:
                run.fail(f"{target}: cannot write: {exc.strerror or exc}")
                continue
        elif run.print_text and run.render.fmt == "json":
            run.emit_json(rendered.output)
        elif run.print_text:
            run.emit(output)
        if rendered.report:
            run.emit(rendered.report + "\n")


def _clean_corpus(
    run: _Run, cleaner: Cleaner, config: CleanerConfig, item: Input, form: ModuleType, options: CorpusOptions,
    jobs: int,
) -> None:
    """Clean one corpus in the format ``form`` (see :mod:`cleaner.formats`)."""
    try:
        with form.read(item.path, sys.stdin.buffer, options) as batches:
            if run.review is not None:
                batches = with_sample(batches, run.review)
            work = functools.partial(_clean_batch_safely, form.clean_batch)
            results = parallel_map(work, batches, config, jobs, cleaner)
            if run.outputs is not None:
                with atomic_writer(run.outputs[item]) as raw, form.writer(raw) as write:
                    for result in _tally_batches(run, results):
                        write(result.output)
            else:
                for result in _tally_batches(run, results):
                    if run.print_text:
                        run.emit(form.to_lines(result.output))
    except BrokenPipeError:
        raise  # the reader went away (clean ... | head): the run ends quietly
    except (CorpusError, MissingExtra) as exc:
        run.fail(f"{item.path}: {exc}")
    except OSError as exc:  # the input cannot be opened, or the output not written
        if exc.filename is not None:
            run.fail(f"{exc.filename}: {exc.strerror or exc}")
        else:
            run.fail(f"{run.outputs[item] if run.outputs else item.path}: cannot write: {exc.strerror or exc}")


def _clean_batch_safely(
    clean_batch: Callable[[Cleaner, Batch], BatchResult], cleaner: Cleaner, batch: Batch
) -> BatchResult:
    try:
        return clean_batch(cleaner, batch)
    except Exception as exc:  # a bug must not stop the corpus
        return BatchResult(errors=[f"{batch.span}: internal error: {type(exc).__name__}: {exc}"])


def _tally_batches(run: _Run, results: Iterator[BatchResult]) -> Iterator[BatchResult]:
    for result in results:
        for error in result.errors:
            run.fail(error)
        run.warn(result.warnings)
        run.tally(result.counts, result.removed, result.documents, result.size)
        if run.review is not None:
            for entry in result.reviews:
                run.review.add(entry)
        for text in result.reports:
            if text:
                run.emit(text + "\n")
        yield result


@click.command(context_settings=CONTEXT, epilog=EXAMPLES)
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write one output per input into this folder, mirroring the input tree.")
@click.option("--resume", is_flag=True,
              help="With -o: skip inputs whose outputs exist (an output exists only once complete).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True,
              help="text: clean text; json/jsonl: text plus full provenance (JSONL corpora are always JSONL).")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help=f"Files to take from folders (repeatable). Default: {' '.join(DEFAULT_GLOBS)}")
@click.option("--jsonl", "force_jsonl", is_flag=True,
              help="Treat inputs (and stdin) as JSONL corpora; *.jsonl, *.ndjson (.gz, .zst) always are, "
                   "and *.parquet files are Parquet corpora.")
@click.option("--text-field", default="text", show_default=True, help="JSONL: the field to clean.")
@click.option("--output-field", default=None, help="JSONL: put the clean text here (default: replace the text field).")
@click.option("--provenance", type=click.Choice(["full", "summary", "none"]), default="summary", show_default=True,
              help="JSONL: provenance added to each record under 'provenance'.")
@click.option("--provenance-field", default="provenance", show_default=True,
              help="JSONL: the field that receives the provenance (a record that has it already is refused).")
@click.option("--on-error", type=click.Choice(["skip", "keep"]), default="skip", show_default=True,
              help="JSONL: drop a malformed line, or copy it through unchanged (it is reported either way).")
@click.option("--html/--no-html", default=None,
              help="Inputs are HTML pages: extract the main text with trafilatura first. Default: sniffed.")
@click.option("--metadata/--no-metadata", "html_metadata", default=True, show_default=True,
              help="HTML: also find the page's title, date, author for provenance (off: only the text, faster).")
@click.option("--typography", type=click.Choice(["keep", "straight"]), default="keep", show_default=True,
              help="keep curly quotes and dashes, or write them in ASCII.")
@click.option("--rules", multiple=True, type=click.Path(exists=True),
              help="More rule files or folders of them (repeatable).")
@click.option("--select", multiple=True, metavar="IDS", callback=_split,
              help="Only these rule ids or prefixes (comma-separated, ALL).")
@click.option("--extend-select", multiple=True, metavar="IDS", callback=_split,
              help="Add these rules (e.g. aggressive ones).")
@click.option("--ignore", multiple=True, metavar="IDS", callback=_split,
              help="Leave out these rule ids or prefixes.")
@click.option("--timeout", type=click.FloatRange(min=0.001), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds a rule pattern may run per MB of text before it is stopped and reported.")
@click.option("--profile", type=click.Choice(list(PROFILES)), default=DEFAULT_PROFILE, show_default=True,
              help="extracted: an extractor's main text; page: all visible text of a page (menus, footers too).")
@click.option("--removal-budget", type=click.FloatRange(0, 1), default=None,
              help="Share of a document's characters rules may remove; above it no rule's change is applied "
                   "[default: 0.5 extracted, 0.9 page].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores).")
@click.option("--diff", "show_diff", is_flag=True,
              help="Show what was removed or changed, hunk by hunk, with rule ids.")
@click.option("--explain", is_flag=True, help="List every edit: rule, original line:column, removed text, reason.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour in --diff: auto is on when stdout is a terminal and NO_COLOR is not set.")
@click.option("--statistics", "show_statistics", is_flag=True, help="Print per-rule counts over the whole run.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE.html",
              help="Write a review page: per-rule figures over the run, sampled documents with each removal "
                   "marked by its rule. One self-contained HTML file.")
@click.option("--sample", type=click.IntRange(min=0), default=DEFAULT_SAMPLE, show_default=True,
              help="--report: documents shown whole (a seeded sample; the totals cover every document).")
@click.option("--seed", type=int, default=0, show_default=True, help="--report: seed of the sample.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
@click.version_option(__version__, "-V", "--version", prog_name="clean")
@_ends_cleanly
def clean_command(
    inputs: tuple[str, ...],
    output_dir: Path | None,
    resume: bool,
    fmt: str,
    globs: tuple[str, ...],
    force_jsonl: bool,
    text_field: str,
    output_field: str | None,
    provenance: str,
    provenance_field: str,
    on_error: str,
    html: bool | None,
    html_metadata: bool,
    typography: str,
    rules: tuple[str, ...],
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    timeout: float,
    profile: str,
    removal_budget: float | None,
    jobs: int | None,
    show_diff: bool,
    explain: bool,
    color: str,
    show_statistics: bool,
    report_path: Path | None,
    sample: int,
    seed: int,
    quiet: bool,
    debug: bool,
) -> None:
    """Clean text scraped from the web: repair Unicode, remove debris, canonical form.

    INPUT is a file, a folder (cleaned recursively) or - for stdin. Clean text
    goes to stdout, or with -o to one file per input. Inputs are never modified.
    """
    if not inputs:
        raise click.UsageError("no input: give one or more FILE or FOLDER, or - to read stdin")
    if provenance != "none" and provenance_field in (text_field, output_field or text_field):
        raise click.UsageError(f"--provenance-field {provenance_field} would overwrite the clean text")
    if resume and output_dir is None:
        raise click.UsageError("--resume needs -o DIR: it skips inputs whose outputs exist there")
    # Options named like a CleanerConfig field configure the Cleaner.
    config = CleanerConfig.from_options(click.get_current_context().params)
    try:
        cleaner = config.build()
    except (RuleError, SelectionError) as exc:
        click.echo(f"clean: error: {exc}", err=True)
        sys.exit(2)
    items, missing = find_inputs(inputs, globs or DEFAULT_GLOBS)
    corpora = {i: form for i in items if (form := corpus_format(i.path, force_jsonl)) is not None}
    folders = [name for name in inputs if name != "-" and Path(name).is_dir()]
    outputs = None
    if output_dir is not None:
        try:
            outputs = plan_outputs(output_dir, [(i, i in corpora) for i in items], folders, fmt)
        except OutputConflict as exc:
            click.echo(f"clean: error: {exc}", err=True)
            sys.exit(2)
    if report_path is not None and report_path.resolve() in {Path(i.path).resolve() for i in items if i.path != "-"}:
        click.echo(f"clean: error: --report {report_path} would overwrite an input", err=True)
        sys.exit(2)
    review = ReviewRequest(seed) if report_path is not None else None
    render = RenderOptions(
        fmt=fmt, diff=show_diff, explain=explain, html=html, color=_use_color(color), review=review
    )
    run = _Run(outputs, render, show_statistics, quiet, debug)
    if report_path is not None:
        run.review = ReviewReport.for_cleaner(cleaner, {**config.as_dict(), "inputs": list(inputs)}, sample, seed)
    for message in missing:
        run.fail(message)
    if outputs is not None:
        _prepare_output_dir(run, outputs, resume)
        items = [i for i in items if i in outputs]
    documents = [i for i in items if i not in corpora]
    if fmt == "json" and run.print_text and (documents or not corpora):
        # The shape follows the command line, not what was found or failed.
        run.json_array = len(inputs) > 1 or bool(folders)
    corpus_options = CorpusOptions(
        text_field=text_field, output_field=output_field, provenance=provenance,
        provenance_field=provenance_field, on_error=on_error, render=render,
    )
    jobs = jobs or os.cpu_count() or 1
    try:
        if documents:
            _clean_documents(run, cleaner, config, documents, jobs)
        for corpus in (i for i in items if i in corpora):  # in the order given
            _clean_corpus(run, cleaner, config, corpus, corpora[corpus], corpus_options, jobs)
    except KeyboardInterrupt:
        run.progress.clear()
        raise _Stop("interrupted", 130) from None
    except BrokenExecutor:
        run.progress.clear()
        raise _Stop("a worker process died (killed, or out of memory?); the run stopped, "
                    "and the outputs written so far are complete", 1) from None
    run.progress.finish()
    run.close_json()
    if show_statistics:
        run.emit(statistics(run.counts, run.removed, run.documents, run.over_budget) + "\n")
    if run.review is not None and report_path is not None:
        _write_report(run, run.review, report_path)
    if run.skipped:
        click.echo(f"clean: {run.skipped} input(s) skipped: their outputs exist (--resume)", err=True)
    sys.exit(1 if run.failed else 0)


def _write_report(run: _Run, review: ReviewReport, path: Path) -> None:
    review.failed = run.failed
    try:
        write_atomic(path, render_html(review.payload()).encode("utf-8"))
    except OSError as exc:
        run.fail(f"{path}: cannot write: {exc.strerror or exc}")


def _subcommand_at(args: Sequence[str]) -> int | None:
    """Where ``rules`` stands as the first argument that is neither an option nor an option's value.

    A file named ``rules`` is cleaned as ``clean ./rules`` (or after ``--``).

    >>> _subcommand_at(["--rules", "my-rules/", "rules", "show", "x/y"]), _subcommand_at(["./rules"])
    (2, None)
    """
    takes_value = {
        name
        for param in clean_command.params
        if isinstance(param, click.Option) and not param.is_flag and not param.count
        for name in param.opts
    }
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
        elif arg == "--":
            return None
        elif arg.startswith("-") and arg != "-":
            skip = arg in takes_value
        else:
            return index if arg == "rules" else None
    return None


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: ``clean rules ...`` goes to the rules commands, the rest cleans.

    An error nobody foresaw is one line on stderr and exit code 1; ``--debug``
    shows its traceback.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    command, name = clean_command, "clean"
    if (at := _subcommand_at(args)) is not None:
        # Options given before the subcommand are the rules group's own.
        command, name, args = rules, "clean rules", args[:at] + args[at + 1 :]
    try:
        command.main(args, prog_name=name, standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("clean: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        if "--debug" in args:
            raise
        click.echo(f"clean: internal error: {type(exc).__name__}: {exc} (--debug shows the traceback)", err=True)
        sys.exit(1)
