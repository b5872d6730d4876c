"""``redline serve``: the web UI and JSON API over a corpus database (one library call)."""

from __future__ import annotations

from typing import Optional

import typer

from redline.errors import StoreError

TOKEN_ENV = "REDLINE_TOKEN"  # as redline.serve.app reads it (kept here so the CLI starts without the web stack)

DB_HELP = (
    "Database: a SQLAlchemy URL (sqlite:///file.db, postgresql+psycopg://user:pw@host/db) "
    "or a SQLite file path. Default: ./redline.db."
)


def serve_cli(
    db_url: Optional[str] = typer.Option(None, "--db", help=DB_HELP, show_default=False),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 for every interface)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    token: Optional[str] = typer.Option(
        None, "--token", envvar=TOKEN_ENV, show_envvar=True,
        help="Secret that write endpoints (POST /api/ingest) require; without it the server is read-only.",
    ),
) -> None:
    """Serve the database to a browser and to programs: pages, JSON API, OpenAPI at /docs.

    Example: redline serve --db corpus.db --port 8000
    """
    import uvicorn

    from redline.serve.app import create_app

    try:
        app = create_app(db_url, token=token or None)
    except StoreError as exc:
        typer.echo(f"redline: {exc}", err=True)
        raise typer.Exit(2) from exc
    mode = "writes need the token" if token else "read-only"
    typer.echo(f"redline: serving on http://{host}:{port}/ ({mode}); API docs at /docs", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the app."""
    app.command("serve")(serve_cli)
