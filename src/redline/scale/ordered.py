"""Chunks out to workers, results back in input order, a bounded number in flight.

Both engines (a process pool, a Dask cluster) hand out futures with a
``result()`` method; this loop is the same for both. At most ``in_flight``
chunks are submitted and not yet yielded, so memory stays flat however long
the input is: the input is read only as fast as results are consumed.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol

from redline.errors import InputError
from redline.scale.work import Chunk, Failed, Result, articles_of, failed, merge
from redline.types import Analysis, Article

LOGGER = logging.getLogger(__name__)

# A record that took its worker down is retried alone this many times before
# it is reported: a worker lost for another reason (another record, a
# restarted machine) must not get the blame.
CRASH_TRIES = 2


class ResultFuture(Protocol):
    """What both engines' futures offer (concurrent.futures and distributed)."""

    def result(self, timeout: float | None = None) -> list[Result]: ...


Submit = Callable[[list[Article]], ResultFuture]


def run_ordered(
    chunks: Iterable[Chunk],
    submit: Submit,
    in_flight: int,
    lost: tuple[type[BaseException], ...] = (),
    cancel_pending: bool = True,
) -> Iterator[Analysis | InputError]:
    """Submit chunks and yield their results in input order.

    chunks: the input cut by ``work.chunks``.
    submit: sends a chunk's articles to a worker; returns a future of one
        result per article.
    in_flight (int): chunks submitted and not yet yielded, at most.
    lost: exceptions meaning the worker died under the chunk (a broken
        process pool, a killed Dask worker); its articles are retried one by
        one so the record that kills workers is found, reported (R009) and
        skipped. Any other exception from a worker is raised (set-up errors
        such as a missing model or a bad actor table).
    cancel_pending (bool): cancel the futures not yet yielded when the loop
        ends early (False where the engine's shutdown deals with them).
    """
    if in_flight < 1:
        raise ValueError(f"in_flight must be at least 1, not {in_flight}")
    source = iter(chunks)
    pending: deque[tuple[Chunk, ResultFuture | None]] = deque()

    def fill() -> None:
        while len(pending) < in_flight:
            chunk = next(source, None)
            if chunk is None:
                return
            articles = articles_of(chunk)
            pending.append((chunk, submit(articles) if articles else None))

    try:
        fill()
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result() if future is not None else []
            except lost as exc:
                LOGGER.warning("a worker was lost under a chunk (%s); retrying its articles one by one", exc)
                results = _one_by_one(articles_of(chunk), submit, lost)
            fill()  # keep the workers busy while this chunk is consumed
            yield from merge(chunk, results)
    finally:
        for _, future in pending if cancel_pending else ():  # the consumer stopped early, or an error
            cancel = getattr(future, "cancel", None)
            if cancel is not None:
                cancel()


def _one_by_one(articles: Sequence[Article], submit: Submit, lost: tuple[type[BaseException], ...]) -> list[Result]:
    """Each article alone, waiting for each: the one whose worker dies again
    is the culprit."""
    results: list[Result] = []
    for article in articles:
        for attempt in range(1, CRASH_TRIES + 1):
            try:
                results += submit([article]).result()
                break
            except lost as exc:
                if attempt == CRASH_TRIES:
                    LOGGER.error("worker lost on %s %d times; skipped", article.source or article.id, attempt)
                    results.append(failed(article, f"worker process lost: {exc or type(exc).__name__}"))
    return results


__all__ = ["Failed", "ResultFuture", "run_ordered"]
