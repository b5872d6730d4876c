"""Options shared by the commands that analyse (``analyze``, ``ingest``):
where the analysis runs."""

from __future__ import annotations

from enum import Enum
from typing import Optional

import typer

from redline.scale import EngineError, pick_engine


class Engine(str, Enum):
    local = "local"
    processes = "processes"
    dask = "dask"


def jobs_option() -> Optional[int]:
    return typer.Option(
        None, "--jobs", "-j", help="Worker processes (with --engine dask and no --scheduler: local Dask workers)."
    )


def engine_option() -> Optional[Engine]:
    return typer.Option(
        None, "--engine", help="local (one process, the default), processes (--jobs N) or dask (a Dask cluster)."
    )


def scheduler_option() -> Optional[str]:
    return typer.Option(None, "--scheduler", help="Dask scheduler address, tcp://HOST:PORT (default: a local cluster).")


def checked_engine(engine: Engine | None, jobs: int | None, scheduler: str | None) -> str | None:
    """The engine name, after checking the options go together (exit 2 if not)."""
    name = engine.value if engine else None
    try:
        pick_engine(name, jobs, scheduler)
    except EngineError as exc:
        typer.echo(f"redline: {exc}", err=True)
        raise typer.Exit(2) from exc
    return name
