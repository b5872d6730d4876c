"""``redline export``: stored events as Parquet, CSV, JSON Lines, GDELT TSV or PLOVER JSON."""

from __future__ import annotations

from enum import Enum
from typing import Optional

import typer

from redline.cli._corpus import console, db_option
from redline.errors import StoreError


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"
    plover = "plover"


def export_cli(
    db_url: Optional[str] = db_option(),
    format: ExportFormat = typer.Option(..., "--format", "-f", help="parquet, csv, jsonl, gdelt or plover."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", help="The file to write ('-' or none: standard output, not for parquet)."
    ),
    since: Optional[str] = typer.Option(None, "--since", help="First date, YYYY-MM-DD (inclusive)."),
    until: Optional[str] = typer.Option(None, "--until", help="Last date, YYYY-MM-DD (inclusive)."),
    actor: Optional[str] = typer.Option(None, "--actor", help="An actor code or country on either side (RUS, USAGOV)."),
    type: Optional[str] = typer.Option(None, "--type", help="A PLOVER event type (REJECT, THREATEN, ...)."),
    location_country: Optional[str] = typer.Option(
        None, "--location-country", help="Where the event happened: an ISO alpha-3 country (COD, UKR)."
    ),
    bbox: Optional[str] = typer.Option(
        None, "--bbox", help="Where the event happened: minlon,minlat,maxlon,maxlat in degrees "
                             "(write --bbox=-10,35,30,60 when it starts with a minus)."
    ),
) -> None:
    """Export the stored events, one row or record per event, with filters.

    Example: redline export --db corpus.db --format parquet -o events.parquet --since 2022-01-01 --actor RUS
    """
    # the database and export layers load only when a command uses them
    from redline.export import ExportError, export
    from redline.store import QueryError

    try:
        count = export(
            db_url, format=format.value, output=output, since=since, until=until, actor=actor, type=type,
            location_country=location_country, bbox=bbox,
        )
    except (ExportError, QueryError) as exc:
        raise typer.BadParameter(str(exc)) from exc
    except StoreError as exc:
        console.print(f"redline: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    except BrokenPipeError:  # the reader (head, less) stopped early: not an error
        import os
        import sys

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    except OSError as exc:
        console.print(f"redline: cannot write {output}: {exc.strerror or exc}", markup=False)
        raise typer.Exit(2) from exc
    if output not in (None, "-"):
        console.print(f"redline: {count} event(s) → {output}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``export`` to the app."""
    app.command("export")(export_cli)
