"""``clean rules``: list, show and test rules."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from .engine.examples import check_rules
from .engine.heads import head
from .engine.kinds import KINDS
from .engine.ruleset import Ruleset, load_packs
from .engine.spec import Rule, RuleError

__all__ = ["rules"]

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _ruleset(paths: Sequence[str]) -> Ruleset:
    try:
        return Ruleset.default(paths)
    except RuleError as exc:
        click.echo(f"clean: error: {exc}", err=True)
        sys.exit(2)


@click.group(context_settings=CONTEXT)
@click.option("--rules", "paths", multiple=True, type=click.Path(exists=True),
              help="More rule files or folders (repeatable); also taken before 'rules': clean --rules DIR rules list.")
@click.pass_context
def rules(context: click.Context, paths: tuple[str, ...]) -> None:
    """List, explain and test cleaning rules."""
    context.obj = paths


def _paths(own: tuple[str, ...]) -> tuple[str, ...]:
    """The group's --rules paths, then the subcommand's own."""
    given = click.get_current_context().obj or ()
    return (*given, *own)


@rules.command("list")
@click.option("--rules", "paths", multiple=True, type=click.Path(exists=True), help="Also list these rule files.")
def list_rules(paths: tuple[str, ...]) -> None:
    """Every rule: id, kind, whether it is on by default, and what it removes."""
    ruleset = _ruleset(_paths(paths))
    enabled = {rule.id for rule in ruleset.rules}
    width = max(len(rule.id) for rule in ruleset.all_rules)
    for rule in ruleset.all_rules:
        mark = "on " if rule.id in enabled else "off"
        click.echo(f"{rule.id:<{width}}  {mark}  {rule.kind:<15}  {rule.engine:<5}  {rule.reason}")


def _scan(rule: Rule) -> tuple[bool, str] | None:
    """(whether it is cheap, how the line scan finds the lines a rule may match),
    or None if the rule's kind has no line scan."""
    line_scan = KINDS[rule.kind].line_scan
    if line_scan is None:
        return None
    prefilter = line_scan(rule.params).line_pattern.prefilter
    if prefilter is None:
        return False, "tried on every line (RE2 cannot approximate its pattern)"
    if head(prefilter) is None:
        return False, "scanned for whole (its pattern starts with no literal word)"
    return True, "the lines that begin like its pattern (its head)"


def _show(rule: Rule, on: bool) -> str:
    lines = [
        click.style(rule.id, bold=True),
        f"  {rule.description}",
        "",
        f"  kind:     {rule.kind}: {KINDS[rule.kind].summary}",
        f"  engine:   {rule.engine}",
        *([f"  scan:     {scan[1]}"] if (scan := _scan(rule)) else []),
        f"  safety:   {rule.safety} ({'on' if on else 'off'} by default)",
        f"  defined:  {rule.path}:{rule.line} (pack {rule.pack})",
    ]
    if rule.where.to_dict():
        lines.append(f"  where:    {rule.where.to_dict()}")
    for name, value in rule.params.items():
        if value is None:
            continue
        if hasattr(value, "phrases"):
            if value.phrases:
                lines.append(f"  {name} phrases: {', '.join(value.phrases)}")
            if value.pattern:
                lines.append(f"  {name} pattern: {value.pattern}")
        else:
            lines.append(f"  {name}: {value!r}")
    lines.append("")
    lines.append("  examples:")
    for example in rule.examples:
        lines.append(f"    in:   {example.input!r}")
        lines.append(f"    out:  {'(unchanged)' if example.output is None else repr(example.output)}")
    return "\n".join(lines)


@rules.command("show")
@click.argument("rule_id")
@click.option("--rules", "paths", multiple=True, type=click.Path(exists=True), help="Also look in these rule files.")
def show_rule(rule_id: str, paths: tuple[str, ...]) -> None:
    """What a rule does, where it is defined, and its examples."""
    ruleset = _ruleset(_paths(paths))
    try:
        rule = ruleset.get(rule_id)
    except KeyError:
        close = [r.id for r in ruleset.all_rules if rule_id in r.id]
        hint = f"; did you mean {', '.join(close)}?" if close else "; see clean rules list"
        click.echo(f"clean: error: no rule {rule_id!r}{hint}", err=True)
        sys.exit(2)
    click.echo(_show(rule, rule in ruleset.rules))


@rules.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
def test_rules(paths: tuple[str, ...]) -> None:
    """Run the examples of rule files (or folders of them); report each failure as a diff.

    Exit codes: 0 every example holds, 1 some do not, 2 a file is not a valid rule file.
    """
    paths = _paths(paths)
    if not paths:
        raise click.UsageError("give one or more rule files or folders to test")
    try:
        packs = load_packs(paths)
    except RuleError as exc:
        click.echo(f"clean: error: {exc}", err=True)
        sys.exit(2)
    chosen = [rule for pack in packs for rule in pack.rules]
    failures = check_rules(chosen)
    for failure in failures:
        click.echo(failure.describe())
    for rule in chosen:
        if (scan := _scan(rule)) is not None and not scan[0]:
            click.echo(
                f"{rule.path}:{rule.line}: rule {rule.id}: note: {scan[1]}, which costs more on every "
                "document; start the pattern with a word or a phrase where you can",
                err=True,
            )
        if all(e.output is None for e in rule.examples) or all(e.output is not None for e in rule.examples):
            click.echo(
                f"{rule.path}:{rule.line}: rule {rule.id}: warning: give examples that change "
                "AND examples that must stay unchanged (keep:)",
                err=True,
            )
    total = sum(len(rule.examples) for rule in chosen)
    click.echo(f"{len(chosen)} rules, {total} examples: {total - len(failures)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)
