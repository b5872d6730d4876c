"""``redline stats``: counts of the corpus database."""

from __future__ import annotations

import json
from enum import Enum
from typing import Optional

import typer

from redline.cli._corpus import console, db_option
from redline.errors import StoreError


class StatsFormat(str, Enum):
    text = "text"
    json = "json"


def stats_cli(
    db_url: Optional[str] = db_option(),
    format: StatsFormat = typer.Option(StatsFormat.text, "--format", "-f", help="text or json."),
) -> None:
    """Count the articles, duplicates, statements, events and event reports stored.

    Example: redline stats --db corpus.db --format json
    """
    try:
        from redline.store import stats  # the database layer loads only when used
        from redline.store.db import require_existing

        require_existing(db_url)  # a mistyped path is an error, not a new empty database
        counts = stats(db_url)
    except StoreError as exc:
        console.print(f"redline: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    if format is StatsFormat.json:
        typer.echo(json.dumps(counts))
    else:
        for name, value in counts.items():
            typer.echo(f"{name:<14}{value:>10}")


def register(app: typer.Typer) -> None:
    """Add ``stats`` to the app."""
    app.command("stats")(stats_cli)
