"""The ``redline`` command line. Each command is one library call plus
error translation; options carry the same names as the Python arguments."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import IO, Optional

import typer

from redline.errors import InputError
from redline.pipeline import analyze_stream, event_lexicon
from redline.read import read_paths
from redline.report import render_analysis
from redline.cli._errors import translated_errors
from redline.cli._scale import Engine, checked_engine, engine_option, jobs_option, scheduler_option
from redline.scale import analyze_with
from redline.types import Analysis

app = typer.Typer(
    help="redline: who said what, to or about whom, and what they did — from news text.",
    no_args_is_help=True,
    add_completion=False,
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


@app.callback()
def main() -> None:
    """Attributed statements and political events from news articles."""


def _pick_format(fmt: OutputFormat | None, output: Path | None) -> OutputFormat:
    """text on a terminal; otherwise by the output file's extension, or jsonl."""
    if fmt is not None:
        return fmt
    if output is not None:
        suffix = output.suffix.lower()
        if suffix == ".json":
            return OutputFormat.json
        if suffix in (".jsonl", ".ndjson"):
            return OutputFormat.jsonl
        return OutputFormat.text
    return OutputFormat.text if sys.stdout.isatty() else OutputFormat.jsonl


class _Writer:
    """Writes analyses one by one in the chosen format (streams; a JSON array
    is opened first and closed at the end)."""

    def __init__(self, out: IO[str], fmt: OutputFormat) -> None:
        self.out, self.fmt, self.count = out, fmt, 0
        if fmt is OutputFormat.json:
            out.write("[")

    def write(self, analysis: Analysis) -> None:
        record = analysis.to_prediction()
        if self.fmt is OutputFormat.jsonl:
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt is OutputFormat.json:
            self.out.write(("," if self.count else "") + "\n" + json.dumps(record, ensure_ascii=False, indent=2))
        else:
            self.out.write(("\n" if self.count else "") + render_analysis(analysis))
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt is OutputFormat.json:
            self.out.write("\n]\n")
        self.out.flush()


@app.command()
def analyze(
    paths: list[Path] = typer.Argument(..., help="Article files (.txt, .html, .jsonl) or directories."),
    format: Optional[OutputFormat] = typer.Option(
        None, "--format", "-f", help="text (default on a terminal), json or jsonl (FORMAT.md predictions)."
    ),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    batch_size: int = typer.Option(32, "--batch-size", help="Articles parsed per batch."),
    actor_tables: Optional[list[Path]] = typer.Option(
        None, "--actors", help="Your own actor/people table (TSV, same columns as the built-in ones, or a CAMEO actor dictionary); repeatable."
    ),
    event_tables: Optional[list[Path]] = typer.Option(
        None, "--events", help="Your own event trigger table (TSV, format in redline/data/README.md); repeatable."
    ),
    place_tables: Optional[list[Path]] = typer.Option(
        None, "--places", help="Your own places table (TSV, columns as redline/data/places_extra.tsv); repeatable."
    ),
    quote_turns: bool = typer.Option(
        False, "--quote-turns",
        help="One statement per speaker's turn: a quotation that goes on after its tag in the same paragraph "
             "(“…,” said X. “…”) joins it. Default: one statement per quotation.",
    ),
    jobs: Optional[int] = jobs_option(),
    engine: Optional[Engine] = engine_option(),
    scheduler: Optional[str] = scheduler_option(),
) -> None:
    """Analyse articles and report their statements and events.

    Example: redline analyze --format jsonl INPUT.jsonl -o PRED.jsonl
    """
    fmt = _pick_format(format, output)
    if event_tables:
        with translated_errors():  # a bad table is a usage error, before any output
            event_lexicon(event_tables)
    if place_tables:
        from redline.places import use_place_tables

        try:  # a bad table is a usage error, before any output
            use_place_tables(place_tables)
        except InputError as exc:
            typer.echo(f"redline: bad --places table: {exc}", err=True)
            raise typer.Exit(2) from exc
    failures: list[InputError] = []
    scaled = jobs is not None or engine is not None or scheduler is not None
    engine_name = checked_engine(engine, jobs, scheduler) if scaled else None
    if fmt is OutputFormat.parquet and output is None:
        typer.echo("redline: --format parquet writes a folder: give it with -o DIR", err=True)
        raise typer.Exit(2)
    try:
        if fmt is OutputFormat.parquet:
            from redline.scale.parquet import ParquetDatasetWriter

            out, writer = None, ParquetDatasetWriter(output)
        else:
            out = output.open("w", encoding="utf-8") if output is not None else sys.stdout
            writer = _Writer(out, fmt)
    except OSError as exc:  # a missing folder, no permission: say so, no traceback
        typer.echo(f"redline: cannot write {output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from exc
    if scaled:
        stream = analyze_with(
            read_paths(paths), engine=engine_name, jobs=jobs, scheduler=scheduler,
            batch_size=batch_size, actor_tables=actor_tables, event_tables=event_tables, quote_turns=quote_turns,
        )
    else:
        stream = analyze_stream(read_paths(paths), batch_size=batch_size, actor_tables=actor_tables,
                                event_tables=event_tables, quote_turns=quote_turns)
    try:
        with translated_errors():
            for item in stream:
                if isinstance(item, InputError):
                    failures.append(item)
                    typer.echo(f"redline: skipped {item}", err=True)
                    continue
                writer.write(item)
    finally:
        writer.close()
        if out is not None and output is not None:
            out.close()
    if failures:
        typer.echo(
            f"redline: {len(failures)} input(s) failed, {writer.count} analysed; exit status 1",
            err=True,
        )
        raise typer.Exit(1)
    if output is not None:
        typer.echo(f"redline: {writer.count} article(s) analysed → {output}", err=True)


# The corpus commands (ingest, reanalyze, stats, export) live in their own modules.
from redline.cli import export as _export_cli, ingest as _ingest_cli, stats as _stats_cli  # noqa: E402

for _commands in (_ingest_cli, _stats_cli, _export_cli):
    _commands.register(app)

from redline.cli import serve as _serve_cli  # noqa: E402

_serve_cli.register(app)

from redline.cli import alerts as _alerts_cli  # noqa: E402

_alerts_cli.register(app)

if __name__ == "__main__":  # pragma: no cover
    app()
