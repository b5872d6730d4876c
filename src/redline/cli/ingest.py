"""``redline ingest`` and ``redline reanalyze``: one library call each, plus error translation."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from redline.cli._corpus import (
    db_option,
    failed_inputs,
    print_summary,
    progress_bar,
    sigterm_as_interrupt,
)
from redline.cli._errors import translated_errors
from redline.cli._scale import Engine, checked_engine, engine_option, jobs_option, scheduler_option
from redline.pipeline import BATCH_SIZE
from redline.read.feeds import DEFAULT_DELAY, DEFAULT_TIMEOUT

EXIT_INTERRUPTED = 130


def ingest_cli(
    paths: list[str] = typer.Argument(
        ..., help="Files (.txt, .html, .jsonl, .rss/.atom/.xml feeds), directories, or feed/page URLs."
    ),
    db_url: Optional[str] = db_option(),
    batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", help="Articles parsed per batch."),
    commit_every: Optional[int] = typer.Option(
        None, "--commit-every", help="Articles per committed transaction (default: --batch-size)."
    ),
    actor_tables: Optional[list[Path]] = typer.Option(
        None, "--actors", help="Your own actor/people table (TSV, or a CAMEO actor dictionary); repeatable."
    ),
    event_tables: Optional[list[Path]] = typer.Option(
        None, "--events", help="Your own event trigger table (TSV, format in redline/data/README.md); repeatable."
    ),
    delay: float = typer.Option(DEFAULT_DELAY, "--delay", help="Seconds between two requests to one host."),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT, "--timeout",
        help="Seconds one fetch may take in all: connecting, headers and body (a deadline, not a per-read timeout).",
    ),
    jobs: Optional[int] = jobs_option(),
    engine: Optional[Engine] = engine_option(),
    scheduler: Optional[str] = scheduler_option(),
) -> None:
    """Read, analyse and store articles in the corpus database.

    Re-running adds nothing already stored; near-duplicates are linked to
    their original; an interrupted run continues where it stopped.

    Example: redline ingest articles/ news.jsonl https://example.org/feed.xml --db corpus.db
    """
    from redline.store import Interrupted, ingest  # the database layer loads only when used

    engine_name = checked_engine(engine, jobs, scheduler)
    with progress_bar("ingest") as update, sigterm_as_interrupt(), translated_errors():
        try:
            summary = ingest(
                paths, db_url, batch_size=batch_size, commit_every=commit_every,
                actor_tables=actor_tables, event_tables=event_tables, delay=delay, timeout=timeout, on_progress=update,
                engine=engine_name, jobs=jobs, scheduler=scheduler,
            )
        except Interrupted as exc:
            summary = exc.summary
    print_summary(summary)
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if failed_inputs(summary):
        raise typer.Exit(1)


def reanalyze_cli(
    db_url: Optional[str] = db_option(),
    batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", help="Articles parsed per batch."),
    actor_tables: Optional[list[Path]] = typer.Option(
        None, "--actors", help="Your own actor/people table (TSV, or a CAMEO actor dictionary); repeatable."
    ),
    event_tables: Optional[list[Path]] = typer.Option(
        None, "--events", help="Your own event trigger table (TSV, format in redline/data/README.md); repeatable."
    ),
) -> None:
    """Re-run the analysis on every stored article, replacing its statements and events.

    Each article is replaced in one transaction; stop it at any time.

    Example: redline reanalyze --db corpus.db
    """
    from redline.store import Interrupted, reanalyze, stats

    with translated_errors():
        total = stats(db_url)["articles"]
    with progress_bar("reanalyze", total=total) as update, sigterm_as_interrupt(), translated_errors():
        try:
            summary = reanalyze(db_url, batch_size=batch_size, actor_tables=actor_tables,
                                event_tables=event_tables, on_progress=update)
        except Interrupted as exc:
            summary = exc.summary
    print_summary(summary, verb="reanalysed")
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if failed_inputs(summary):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``reanalyze`` to the app."""
    app.command("ingest")(ingest_cli)
    app.command("reanalyze")(reanalyze_cli)
