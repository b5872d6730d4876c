"""What a worker does with one chunk of articles, and how chunks are cut.

A chunk is the unit of work sent to a worker: a few articles in input
order, parsed there as one ``nlp.pipe`` batch. Results do not depend on how
articles are batched (``analyze_stream`` gives byte-identical predictions
for 200 PolNeAR train records at batch sizes 1, 8 and 32), so chunks can be
smaller than the single-process batch to spread work evenly. Read errors
travel with the chunk on the driver side and never leave it; the worker gets
the articles only and returns one result per article.

Results cross the process boundary as ``Analysis`` (a picklable dataclass)
or ``Failed`` (``InputError`` itself does not pickle: its ``source``
argument is not in ``args``); ``merge`` turns them back into the stream the
single-process pipeline yields.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from redline.errors import Errors, InputError
from redline.parse import load_nlp
from redline.pipeline import actor_resolver, analyze_stream
from redline.types import Analysis, Article

LOGGER = logging.getLogger(__name__)

Item = Article | InputError
Chunk = list[Item]

# Articles per chunk by default (never more than the batch size): 200
# records in chunks of 32 make 7 chunks, 4 on one worker and 3 on the other;
# chunks of 16 make 13, closer to even, and spaCy's throughput is flat from a
# batch of 16 up (see pipeline.BATCH_SIZE).
CHUNK_SIZE = 16


def chunk_size(batch_size: int, size: int | None = None) -> int:
    """Articles per chunk: ``size`` if given, else the batch size up to CHUNK_SIZE."""
    return size or min(batch_size, CHUNK_SIZE)

# Test hooks, read in the worker at call time. Comma-separated article ids:
# analysing a chunk holding one of FAIL_ENV's ids raises (as an exception
# escaping ``nlp.pipe`` would), and reaching one of CRASH_ENV's ids ends the
# worker process outright. Production runs never set them.
FAIL_ENV = "REDLINE_SCALE_TEST_FAIL_IDS"
CRASH_ENV = "REDLINE_SCALE_TEST_CRASH_IDS"


@dataclass(frozen=True, slots=True)
class Failed:
    """An article the worker could not analyse: an R009 message and its source."""

    message: str
    source: str

    def to_error(self) -> InputError:
        """The InputError the single-process pipeline would have yielded."""
        return InputError(self.message, self.source)


Result = Analysis | Failed


def chunks(items: Iterable[Item], size: int) -> Iterator[Chunk]:
    """Cut a stream into chunks of ``size`` articles, read errors kept in place.

    A chunk ends right after its ``size``-th article; errors after it open the
    next chunk, and a last chunk may hold errors only. Streams: one chunk is
    held at a time.
    """
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, not {size}")
    chunk: Chunk = []
    articles = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Article):
            articles += 1
            if articles == size:
                yield chunk
                chunk, articles = [], 0
    if chunk:
        yield chunk


def articles_of(chunk: Chunk) -> list[Article]:
    """The articles of a chunk, the part that goes to a worker."""
    return [item for item in chunk if isinstance(item, Article)]


def merge(chunk: Chunk, results: Sequence[Result]) -> Iterator[Analysis | InputError]:
    """A chunk's items in input order: read errors as they were, each article
    replaced by its result."""
    found = iter(results)
    for item in chunk:
        if isinstance(item, InputError):
            yield item
            continue
        result = next(found)
        yield result.to_error() if isinstance(result, Failed) else result
    if next(found, None) is not None:
        raise RuntimeError("a worker returned more results than its chunk had articles")


def failed(article: Article, exc: BaseException | str) -> Failed:
    """The R009 result for an article, named as ``analyze_stream`` names it;
    ``exc`` is the exception or a description of what happened."""
    source = article.source or article.id or "<article>"
    return Failed(Errors.R009.format(source=source, detail=exc), source)


def absolute_tables(actor_tables: Sequence[str | Path] | None) -> tuple[str, ...]:
    """User actor tables as absolute paths, so workers find them whatever
    their working folder (on a remote cluster the files must exist there too)."""
    return tuple(str(Path(p).resolve()) for p in actor_tables or ())


def warm_up(actor_tables: Sequence[str] = ()) -> None:
    """Load the spaCy pipeline and the actor resolver into this process's
    caches (``load_nlp`` and ``actor_resolver`` keep them for its lifetime)."""
    load_nlp()
    actor_resolver(actor_tables)


def warm_up_quietly(actor_tables: Sequence[str] = ()) -> None:
    """``warm_up`` for a pool initializer: an error here would break the
    pool and lose its message, so it is left for ``analyze_chunk`` to raise."""
    try:
        warm_up(actor_tables)
    except Exception:  # noqa: BLE001 - raised again, with its message, by the first chunk
        LOGGER.debug("warm-up failed; the first chunk will report it", exc_info=True)


def model_loads() -> int:
    """How many times this process has loaded a spaCy pipeline (1 once warm)."""
    return load_nlp.cache_info().misses


def analyze_chunk(articles: Sequence[Article], batch_size: int, actor_tables: Sequence[str] = (),
                  event_tables: Sequence[str] = (), quote_turns: bool = False) -> list[Result]:
    """Analyse one chunk in a worker: one result per article, in order.

    The articles go through ``analyze_stream`` as one batch, as in a single
    process. Should anything escape it (a failure in parsing rather than in
    one article's analysis), the articles are analysed again one by one and
    the one that fails becomes an R009 ``Failed``. Errors of set-up (no
    model, a bad actor table) are raised: no article could succeed.
    """
    warm_up(actor_tables)  # cached after the first call in this process
    try:
        return _analyze(articles, batch_size, actor_tables, event_tables, quote_turns)
    except Exception as exc:  # noqa: BLE001 - isolated below, one article at a time
        LOGGER.warning("chunk of %d articles failed (%s); analysing them one by one", len(articles), exc)
        if len(articles) == 1:
            return [failed(articles[0], exc)]
    results: list[Result] = []
    for article in articles:
        try:
            results += _analyze([article], batch_size, actor_tables, event_tables, quote_turns)
        except Exception as exc:  # noqa: BLE001 - reported as this article's R009
            LOGGER.exception("analysis failed for %s", article.source or article.id)
            results.append(failed(article, exc))
    return results


def _analyze(articles: Sequence[Article], batch_size: int, actor_tables: Sequence[str],
             event_tables: Sequence[str] = (), quote_turns: bool = False) -> list[Result]:
    """``analyze_stream`` over the articles, errors made picklable."""
    _test_hooks(articles)
    return [
        Failed(str(item), item.source) if isinstance(item, InputError) else item
        for item in analyze_stream(articles, nlp=load_nlp(), batch_size=batch_size,
                                   actor_tables=actor_tables, event_tables=event_tables,
                                   quote_turns=quote_turns)
    ]


def _test_hooks(articles: Sequence[Article]) -> None:
    """Test hook (see FAIL_ENV, CRASH_ENV): fail or crash on chosen ids."""
    crash = _ids(CRASH_ENV)
    if crash and any(a.id in crash for a in articles):
        os._exit(70)  # a worker dying mid-chunk, as on a segfault or the OOM killer
    fail = _ids(FAIL_ENV)
    if fail and any(a.id in fail for a in articles):
        raise RuntimeError("test hook: analysis fails for " + ", ".join(a.id for a in articles if a.id in fail))


def _ids(name: str) -> frozenset[str]:
    return frozenset(filter(None, os.environ.get(name, "").split(",")))
