"""Analysis in N worker processes on one machine.

Each worker loads the spaCy pipeline and the actor resolver once, in its
initializer; chunks of articles go out and results come back in input order
(``ordered.run_ordered``). A worker that dies (killed, out of memory) breaks
a ``ProcessPoolExecutor`` for good, so ``_Pool`` starts a new one and the
chunks that were lost are retried.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from redline.errors import InputError
from redline.pipeline import BATCH_SIZE
from redline.scale.ordered import run_ordered
from redline.scale.work import Item, Result, absolute_tables, analyze_chunk, chunk_size, chunks, warm_up_quietly
from redline.types import Analysis, Article

LOGGER = logging.getLogger(__name__)

# Chunks in flight per worker: one running, one queued so a worker never
# waits for the driver.
IN_FLIGHT_PER_WORKER = 2


def analyze_parallel(
    items: Iterable[Item],
    jobs: int | None = None,
    batch_size: int = BATCH_SIZE,
    actor_tables: Sequence[str | Path] | None = None,
    event_tables: Sequence[str | Path] | None = None,
    in_flight: int | None = None,
    chunk: int | None = None,
    quote_turns: bool = False,
) -> Iterator[Analysis | InputError]:
    """Analyse a stream of articles in ``jobs`` worker processes.

    The same results, in the same order, as ``analyze_stream``: read errors
    pass through in place, an article whose analysis fails (or whose worker
    dies, twice) is yielded as an R009 InputError naming it.

    items (Iterable[Article | InputError]): e.g. ``read_paths(paths)``; read
        lazily, as results are consumed.
    jobs (int | None): worker processes; None is one per CPU core.
    batch_size (int): articles per nlp.pipe batch, as for ``analyze_stream``.
    actor_tables: the user's own actor tables, as for ``analyze_stream``.
    quote_turns: one statement per speaker's turn, as for ``analyze_stream``.
    in_flight (int | None): chunks submitted ahead of the consumer (default
        2 per worker); memory grows with it, not with the input.
    chunk (int | None): articles per chunk sent to a worker (default
        ``batch_size`` up to ``work.CHUNK_SIZE``).
    YIELDS (Analysis | InputError): in input order.
    RAISES (ModelNotFound, TableError): from the workers, as in one process.
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    tables = absolute_tables(actor_tables)
    events = absolute_tables(event_tables)
    pool = _Pool(jobs, tables)

    def submit(articles: list[Article]) -> Future[list[Result]]:
        return pool.submit(analyze_chunk, articles, batch_size, tables, events, quote_turns)

    finished = False
    try:
        yield from run_ordered(
            chunks(items, chunk_size(batch_size, chunk)), submit, in_flight or IN_FLIGHT_PER_WORKER * jobs,
            lost=(BrokenProcessPool,), cancel_pending=False,
        )
        finished = True
    finally:
        pool.shutdown(now=not finished)


class _Pool:
    """A process pool of warm workers that replaces itself when broken."""

    def __init__(self, jobs: int, actor_tables: tuple[str, ...]) -> None:
        self.jobs, self.actor_tables = jobs, actor_tables
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(self.actor_tables,),
        )

    def submit(self, fn, *args) -> Future:
        """Submit to the pool, starting a new one if a worker died."""
        try:
            return self.executor.submit(fn, *args)
        except BrokenProcessPool:
            LOGGER.warning("a worker process died; starting a new pool")
            # no cancel_futures: a broken pool fails its futures itself, and
            # failing one already cancelled raises in its thread (Python < 3.13)
            self.executor.shutdown(wait=False)
            self.executor = self._start()
            return self.executor.submit(fn, *args)

    def shutdown(self, now: bool = False) -> None:
        """Stop the workers once idle; ``now`` (an error, Ctrl-C, a consumer
        that stopped early) drops queued chunks and ends running ones."""
        if not now:
            self.executor.shutdown(wait=True, cancel_futures=True)
            return
        terminate = getattr(self.executor, "terminate_workers", None)  # Python 3.14+
        if terminate is not None:
            terminate()
            return
        # Python < 3.14: end the workers, and the pool, broken, fails the
        # futures left (cancelling them first would make it raise in its thread)
        workers = list((getattr(self.executor, "_processes", None) or {}).values())
        for worker in workers:
            worker.terminate()
        self.executor.shutdown(wait=True)


def _init_worker(actor_tables: tuple[str, ...]) -> None:
    """In each worker: leave Ctrl-C to the driver (which stops the pool), let
    SIGTERM end the worker whatever handler a forked driver had, and load
    the model and actor tables once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    warm_up_quietly(actor_tables)


def _context() -> multiprocessing.context.BaseContext:
    """How workers start. On Linux, a driver that runs no other Python thread
    (the command line) is forked: workers share its imports, which saves
    about 2 s of start-up on 2 cores (a fresh interpreter importing spaCy and
    the command line's modules), 1.60-1.66x → 1.7x on 200 PolNeAR records.
    A driver with threads (a progress bar, a Dask client, a server) is never
    forked: a fork server that has imported the pipeline's modules is used
    instead. Elsewhere a fresh interpreter per worker (spawn)."""
    if not sys.platform.startswith("linux"):
        return multiprocessing.get_context("spawn")
    if threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["redline.pipeline"])
    return context
