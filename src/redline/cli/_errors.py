"""One translation of redline's errors into a one-line message and an exit
status, shared by every command that analyses or stores."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

import typer

from redline.actors import TableError
from redline.errors import ModelNotFound, StoreError
from redline.events.triggers import LexiconError
from redline.scale import SchedulerUnreachable

EXIT_USAGE = 2  # bad options, tables, database or scheduler
EXIT_NO_MODEL = 3


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """Turn known failures into "redline: …" on stderr and an exit status."""
    try:
        yield
    except ModelNotFound as exc:
        typer.echo(f"redline: {exc}", err=True)
        raise typer.Exit(EXIT_NO_MODEL) from exc
    except LexiconError as exc:
        typer.echo(f"redline: bad --events table: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc
    except (TableError, FileNotFoundError) as exc:
        typer.echo(f"redline: bad --actors table: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc
    except (SchedulerUnreachable, StoreError) as exc:
        typer.echo(f"redline: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc
    except Exception as exc:
        if not _is_database_error(exc):
            raise
        from redline.store.transactions import database_error

        # one coded line: a driver's message with SQL and parameters would print article text
        typer.echo(f"redline: {database_error(exc)}", err=True)
        raise typer.Exit(EXIT_USAGE) from None


def _is_database_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLAlchemy's (checked without importing it: the
    command line loads the database layer only when a command uses it)."""
    sqlalchemy = sys.modules.get("sqlalchemy")
    return sqlalchemy is not None and isinstance(exc, sqlalchemy.exc.SQLAlchemyError)
