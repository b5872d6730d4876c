"""``redline alerts``: early warning from the stored events (``redline.alerts``)."""

from __future__ import annotations

import json
from enum import Enum
from typing import Optional

import typer

from redline.cli._corpus import console, db_option
from redline.errors import StoreError


class AlertsFormat(str, Enum):
    text = "text"
    json = "json"


def alerts_cli(
    db_url: Optional[str] = db_option(),
    since: Optional[str] = typer.Option(None, "--since", help="Report alerts from this date on, YYYY-MM-DD "
                                                             "(earlier events still set the baselines)."),
    format: AlertsFormat = typer.Option(AlertsFormat.text, "--format", "-f", help="text or json."),
) -> None:
    """Conflict spikes above a dyad's own 12-week baseline, and new red lines
    (first demands, threats, ultimatums, rejections between two actors, or escalations).

    Example: redline alerts --db corpus.db --since 2024-01-01 --format json
    """
    from redline.alerts import detect, to_json  # the database layer loads only when used
    from redline.store import QueryError
    from redline.store.db import open_db, require_existing

    try:
        require_existing(db_url)  # a mistyped path is an error, not a new empty database
        engine = open_db(db_url)
        try:
            with engine.connect() as conn:
                found = detect(conn, since=since)
        finally:
            engine.dispose()
    except QueryError as exc:
        raise typer.BadParameter(str(exc), param_hint="--since") from exc
    except StoreError as exc:
        console.print(f"redline: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    if format is AlertsFormat.json:
        typer.echo(json.dumps({"alerts": [to_json(a) for a in found]}, ensure_ascii=False))
        return
    for alert in found:
        ids = ", ".join(str(i) for i in alert["events"][:10]) + (" …" if len(alert["events"]) > 10 else "")
        typer.echo(f"[{alert['kind']}] {alert['summary']}; events {ids}")
    if not found:
        console.print("redline: no alerts", markup=False)


def register(app: typer.Typer) -> None:
    """Add ``alerts`` to the app."""
    app.command("alerts")(alerts_cli)
