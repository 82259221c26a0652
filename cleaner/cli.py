"""The ``clean`` command: ``clean [OPTIONS] INPUT...`` and ``clean rules ...``."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import BrokenExecutor  # BrokenProcessPool's base, without loading multiprocessing
from pathlib import Path
from typing import Any

import click

from . import __version__
from .batch import find_inputs
from .config import CleanerConfig
from .corpus import CorpusOptions
from .engine.ruleset import DEFAULT_PROFILE, PROFILES, SelectionError
from .engine.spec import RuleError
from .formats import DEFAULT_GLOBS, OUTPUT_FORMATS, corpus_format
from .outputs import OutputConflict, plan_outputs
from .pipeline import DEFAULT_TIMEOUT
from .report import statistics
from .review_data import DEFAULT_SAMPLE, ReviewReport, ReviewRequest
from .rules_cli import rules
from .run import Run, Stop
from .views import RenderOptions

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


def _use_color(choice: str) -> bool:
    if choice == "auto":
        return sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return choice == "always"


def _ends_cleanly(command: Callable[..., None]) -> Callable[..., None]:
    """A :class:`Stop` ends the command with its one line and exit code."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except Stop as exc:
            click.echo(f"clean: {exc}", err=True)
            sys.exit(exc.code)

    return run


@click.command(context_settings=CONTEXT, epilog=EXAMPLES)
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write one output per input into this folder, mirroring the input tree.")
@click.option("--resume", is_flag=True,
              help="With -o: skip inputs whose outputs exist (an output exists only once complete).")
@click.option("--format", "fmt", type=click.Choice(list(OUTPUT_FORMATS)), default="text", show_default=True,
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
            outputs = plan_outputs(output_dir, [(i, corpora.get(i)) for i in items], folders, OUTPUT_FORMATS[fmt])
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
    run = Run(outputs, render, show_statistics, quiet, debug)
    if report_path is not None:
        run.review = ReviewReport.for_cleaner(cleaner, {**config.as_dict(), "inputs": list(inputs)}, sample, seed)
    for message in missing:
        run.fail(message)
    if outputs is not None:
        run.prepare_output_dir(resume)
        items = [i for i in items if i in outputs]
    documents = [i for i in items if i not in corpora]
    if run.print_text and (documents or not corpora):
        # The shape follows the command line, not what was found or failed.
        run.open_stdout(several=len(inputs) > 1 or bool(folders))
    corpus_options = CorpusOptions(
        text_field=text_field, output_field=output_field, provenance=provenance,
        provenance_field=provenance_field, on_error=on_error, render=render,
    )
    jobs = jobs or os.cpu_count() or 1
    try:
        if documents:
            run.clean_documents(cleaner, config, documents, jobs)
        for corpus in (i for i in items if i in corpora):  # in the order given
            run.clean_corpus(cleaner, config, corpus, corpora[corpus], corpus_options, jobs)
    except KeyboardInterrupt:
        run.progress.clear()
        raise Stop("interrupted", 130) from None
    except BrokenExecutor:
        run.progress.clear()
        raise Stop("a worker process died (killed, or out of memory?); the run stopped, "
                   "and the outputs written so far are complete", 1) from None
    run.progress.finish()
    run.close_stdout()
    if show_statistics:
        run.emit(statistics(run.counts, run.removed, run.documents, run.over_budget) + "\n")
    if report_path is not None:
        run.write_report(report_path)
    if run.skipped:
        click.echo(f"clean: {run.skipped} input(s) skipped: their outputs exist (--resume)", err=True)
    sys.exit(1 if run.failed else 0)


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
