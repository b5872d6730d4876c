"""One entry point for every engine, as the command line names them.

    local      one process (``analyze_stream``), the default
    processes  ``--jobs N`` worker processes on this machine
    dask       a Dask cluster: ``--scheduler tcp://HOST:PORT``, or a local
               cluster of ``--jobs N`` single-threaded worker processes
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from redline.errors import InputError, RedlineError
from redline.pipeline import BATCH_SIZE, analyze_stream
from redline.scale.work import Item
from redline.types import Analysis

ENGINES = ("local", "processes", "dask")
DEFAULT_DASK_WORKERS = 2


class EngineError(RedlineError, ValueError):
    """Options that do not go together (``--scheduler`` without dask, …)."""


class SchedulerUnreachable(RedlineError, OSError):
    """No Dask scheduler answered at the address given."""


def pick_engine(engine: str | None, jobs: int | None, scheduler: str | None) -> tuple[str, int | None]:
    """The engine and worker count that the options given ask for.

    No option: local. ``jobs`` alone: processes when above 1. ``scheduler``
    alone: dask. ``processes`` without ``jobs``: one per CPU core; ``dask``
    without ``jobs`` or ``scheduler``: a local cluster of 2 workers.

    RETURNS (tuple[str, int | None]): engine name and jobs (None for a
        remote cluster, whose size is its own).
    RAISES (EngineError): an unknown engine, jobs below 1, ``scheduler``
        with another engine, or ``jobs`` above 1 with ``local``.
    """
    if engine is not None and engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if jobs is not None and jobs < 1:
        raise EngineError(f"--jobs must be at least 1, not {jobs}")
    if engine is None:
        engine = "dask" if scheduler else "processes" if jobs and jobs > 1 else "local"
    if scheduler and engine != "dask":
        raise EngineError(f"--scheduler needs --engine dask, not {engine}")
    if engine == "local":
        if jobs and jobs > 1:
            raise EngineError("--engine local runs one process; use --engine processes with --jobs")
        return engine, 1
    if engine == "processes":
        return engine, jobs or os.cpu_count() or 1
    return engine, None if scheduler else jobs or DEFAULT_DASK_WORKERS


def analyze_with(
    items: Iterable[Item],
    engine: str | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
    batch_size: int = BATCH_SIZE,
    actor_tables: Sequence[str | Path] | None = None,
    event_tables: Sequence[str | Path] | None = None,
    quote_turns: bool = False,
) -> Iterator[Analysis | InputError]:
    """Analyse a stream with the engine the options pick (see ``pick_engine``).

    YIELDS (Analysis | InputError): what ``analyze_stream`` yields, in order.
    RAISES (EngineError): before any work, for options that do not go together.
    """
    engine, jobs = pick_engine(engine, jobs, scheduler)
    if engine == "local":
        return analyze_stream(items, batch_size=batch_size, actor_tables=actor_tables,
                              event_tables=event_tables, quote_turns=quote_turns)
    if engine == "processes":
        from redline.scale.processes import analyze_parallel

        return analyze_parallel(items, jobs=jobs, batch_size=batch_size, actor_tables=actor_tables,
                                event_tables=event_tables, quote_turns=quote_turns)
    from redline.scale.dask import analyze_dask

    return analyze_dask(
        items, scheduler=scheduler, n_workers=jobs or DEFAULT_DASK_WORKERS, batch_size=batch_size,
        actor_tables=actor_tables, event_tables=event_tables, quote_turns=quote_turns,
    )
