"""Analysis on a Dask distributed cluster.

    dask scheduler                      # on one machine: tcp://HOST:8786
    dask worker tcp://HOST:8786 --nworkers 4 --nthreads 1   # on each machine
    redline analyze --engine dask --scheduler tcp://HOST:8786 DIR -o OUT.jsonl

Chunks of articles go to the workers with ``client.submit`` (a bounded
number in flight, results in input order, as ``analyze_parallel``). Each
worker process loads the spaCy pipeline once: a worker plugin warms it at
start, and ``load_nlp``'s per-process cache keeps it for every later chunk
(``model_loads`` on a worker says how often it loaded). Workers need redline
installed, at the same version, and any ``actor_tables`` at the same paths.
With no scheduler address a ``LocalCluster`` of ``n_workers`` single-threaded
processes is started for the run and closed after it (configured as
``LOCAL_CLUSTER_CONFIG`` says; workers of a cluster of your own run about
10% faster with the same settings in their Dask configuration).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import dask.config
from distributed import Client, LocalCluster, WorkerPlugin
from distributed.scheduler import KilledWorker

from redline.errors import InputError
from redline.pipeline import BATCH_SIZE
from redline.scale.engines import SchedulerUnreachable
from redline.scale.ordered import run_ordered
from redline.scale.work import Item, absolute_tables, analyze_chunk, chunk_size, chunks, warm_up
from redline.types import Analysis, Article

LOGGER = logging.getLogger(__name__)

IN_FLIGHT_PER_WORKER = 2
CONNECT_TIMEOUT_S = 10
PLUGIN_NAME = "redline-warm-up"
# For the local cluster started here (a remote cluster keeps its own):
# - workers start without Dask's MALLOC_TRIM_THRESHOLD_=65536, which turns
#   off glibc's adaptive mmap threshold: spaCy's per-batch arrays were then
#   mapped and unmapped each time, ~2.7 s of system time per worker on 200
#   PolNeAR records and 10% longer runs (22.0 s → 19.8 s measured);
# - chunks are alike, so moving queued tasks between workers (work stealing)
#   buys nothing, and the statistical profiler samples each worker's stack
#   100 times a second for a dashboard that is not started.
LOCAL_CLUSTER_CONFIG = {
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
    "distributed.scheduler.work-stealing": False,
    "distributed.worker.profile.enabled": False,
}


class WarmUp(WorkerPlugin):
    """Loads the spaCy pipeline and actor tables when a worker starts (or
    joins later), off the worker's event loop so its heartbeats go on."""

    def __init__(self, actor_tables: Sequence[str] = ()) -> None:
        self.actor_tables = tuple(actor_tables)

    async def setup(self, worker) -> None:  # noqa: ANN001 - distributed.Worker
        try:
            await asyncio.get_running_loop().run_in_executor(None, warm_up, self.actor_tables)
        except Exception:  # noqa: BLE001 - the first chunk raises it again, with its message
            LOGGER.warning("redline warm-up failed on %s", worker.address, exc_info=True)


def analyze_dask(
    items: Iterable[Item],
    scheduler: str | None = None,
    n_workers: int = 2,
    batch_size: int = BATCH_SIZE,
    actor_tables: Sequence[str | Path] | None = None,
    event_tables: Sequence[str | Path] | None = None,
    in_flight: int | None = None,
    client: Client | None = None,
    chunk: int | None = None,
    quote_turns: bool = False,
) -> Iterator[Analysis | InputError]:
    """Analyse a stream of articles on a Dask cluster.

    The same results, in the same order, as ``analyze_stream``, whatever the
    number of workers: read errors pass through in place, an article whose
    analysis fails (or whose worker dies) is yielded as an R009 InputError.

    items (Iterable[Article | InputError]): read lazily, as results are consumed.
    scheduler (str | None): the scheduler's address, ``tcp://HOST:PORT``;
        None starts a local cluster for this run.
    n_workers (int): the local cluster's worker processes (1 thread each).
    batch_size (int): articles per nlp.pipe batch, as for ``analyze_stream``.
    actor_tables: the user's own actor tables (paths the workers can read).
    quote_turns: one statement per speaker's turn, as for ``analyze_stream``.
    in_flight (int | None): tasks submitted ahead of the consumer (default 2
        per worker thread).
    client (Client | None): an open client to use (and leave open) instead.
    chunk (int | None): articles per task (default ``batch_size`` up to
        ``work.CHUNK_SIZE``).
    YIELDS (Analysis | InputError): in input order.
    RAISES (SchedulerUnreachable): no scheduler at ``scheduler``;
        ModelNotFound, TableError: from the workers, as in one process.
    """
    tables = absolute_tables(actor_tables)
    events = absolute_tables(event_tables)
    cluster, own_client = None, client is None
    if client is None:
        cluster, client = _connect(scheduler, n_workers)
    try:
        client.register_plugin(WarmUp(tables), name=PLUGIN_NAME)
        slots = sum(client.nthreads().values()) or 1

        def submit(articles: list[Article]):
            return client.submit(analyze_chunk, articles, batch_size, tables, events, quote_turns, pure=False)

        yield from run_ordered(
            chunks(items, chunk_size(batch_size, chunk)), submit, in_flight or IN_FLIGHT_PER_WORKER * slots,
            lost=(KilledWorker,),
        )
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


def worker_model_loads(client: Client) -> dict[str, int]:
    """How many times each worker process of the cluster loaded the spaCy
    pipeline (1 each once warm), by worker address."""
    from redline.scale.work import model_loads

    return client.run(model_loads)


def _connect(scheduler: str | None, n_workers: int) -> tuple[LocalCluster | None, Client]:
    """A client of the scheduler, or of a new local cluster."""
    if scheduler is None:
        if n_workers < 1:
            raise ValueError(f"n_workers must be at least 1, not {n_workers}")
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(
                n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
        return cluster, Client(cluster, set_as_default=False)
    try:
        return None, Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerUnreachable(f"no Dask scheduler at {scheduler}: {exc}") from exc
