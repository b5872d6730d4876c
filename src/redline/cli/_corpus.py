"""Shared by the corpus commands: the --db option, progress display, summary, signals."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:  # the database layer loads only when a command uses it
    from redline.store.summary import IngestSummary


DB_HELP = "Database: a SQLAlchemy URL (sqlite:///file.db, postgresql+psycopg://user:pw@host/db) or a SQLite file path."
DbOption = Optional[str]
MAX_SHOWN_ERRORS = 20

console = Console(stderr=True)


def db_option() -> DbOption:
    """The --db option every corpus command takes (default ./redline.db)."""
    return typer.Option(None, "--db", help=DB_HELP + " Default: ./redline.db.", show_default=False)


@contextmanager
def progress_bar(label: str, total: int | None = None) -> Iterator[Callable[[IngestSummary], None]]:
    """A Rich progress bar on stderr (terminals only); yields the on_progress callback."""
    columns = [SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn()]
    if total is not None:
        columns.append(MofNCompleteColumn())
    columns += [TextColumn("{task.fields[status]}"), TimeElapsedColumn()]
    with Progress(*columns, console=console, disable=not console.is_terminal) as progress:
        task = progress.add_task(label, total=total, status="")

        def update(summary: IngestSummary) -> None:
            done = summary.stored + summary.duplicates + sum(summary.skipped.values())
            status = (f"stored {summary.stored} · dup {summary.duplicates} · "
                      f"skipped {sum(summary.skipped.values())} · events {summary.events}")
            progress.update(task, completed=done, status=status)

        yield update


def print_summary(summary: IngestSummary, verb: str = "stored") -> None:
    """The closing report: read, stored, duplicates, skipped with reasons, statements, events."""
    skipped = sum(summary.skipped.values())
    reasons = ", ".join(f"{reason} {n}" for reason, n in summary.skipped.most_common())
    lines = [
        f"read {summary.read} article(s); {verb} {summary.stored}; duplicates {summary.duplicates}; "
        f"skipped {skipped}" + (f" ({reasons})" if reasons else ""),
        f"statements {summary.statements}; events {summary.events} new"
        + (f", {summary.merged_events} report(s) merged into events already stored" if summary.merged_events else ""),
    ]
    for message in summary.errors[:MAX_SHOWN_ERRORS]:
        console.print(f"redline: skipped {message}", markup=False, highlight=False, soft_wrap=True)
    if len(summary.errors) > MAX_SHOWN_ERRORS:
        console.print(f"redline: … and {len(summary.errors) - MAX_SHOWN_ERRORS} more", highlight=False)
    if summary.interrupted:
        lines.append("interrupted: the counts above are committed; run the same command again to continue")
    for line in lines:
        console.print(f"redline: {line}", markup=False, highlight=False, soft_wrap=True)


def failed_inputs(summary: IngestSummary) -> int:
    """How many inputs failed (skips other than those already stored or repeated)."""
    return sum(n for reason, n in summary.skipped.items() if reason not in ("already stored", "repeated in input"))


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C for the duration: the batch in progress is rolled back cleanly."""
    def handler(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (e.g. some test runners)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
