"""The ``clean`` command."""

from __future__ import annotations

import json
import sys

import click

from . import __version__
from .decode import NotTextError
from .pipeline import Cleaner


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the clean text; json: text plus full provenance.")
@click.version_option(__version__, prog_name="clean")
def main(inputs: tuple[str, ...], fmt: str) -> None:
    """Clean scraped text: print the clean text of each input (FILE or - for stdin)."""
    cleaner = Cleaner()
    failed = False
    for name in inputs:
        try:
            data = sys.stdin.buffer.read() if name == "-" else open(name, "rb").read()
            result = cleaner.clean_bytes(data, source=name)
        except (OSError, NotTextError) as exc:
            click.echo(f"clean: {name}: {getattr(exc, 'strerror', None) or exc}", err=True)
            failed = True
            continue
        if fmt == "json":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        else:
            click.echo(result.text, nl=False)
    sys.exit(1 if failed else 0)
