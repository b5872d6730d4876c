"""Ingest: read inputs, skip what is stored, analyse the rest, store in batches.

    read_sources ─► skip stored hashes / near-duplicates ─► analyze_stream ─► store

Already-stored texts (by content hash) and feed entries (by URL) are skipped
before parsing, so a rerun after an interruption continues where it stopped:
every ``commit_every`` stored articles are one committed transaction, and a
stop loses at most the batch in progress.

Several ingests may write to one database at once. The writer reads outside
any transaction and holds none open while articles are analysed: analyses
are queued, and every ``commit_every`` of them are written in one short
transaction (``redline.store.transactions``) that checks again, under the
write lock, whether another writer stored the same text meanwhile, and is
retried when the database is busy. A record the database refuses is
skipped (S005, named) and the rest of its batch stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import sqlalchemy as sa
from spacy.language import Language

from redline.clean import article_language, boilerplate_spans
from redline.errors import InputError
from redline.pipeline import BATCH_SIZE, analyze_stream
from redline.read.feeds import DEFAULT_DELAY, DEFAULT_TIMEOUT, Fetcher, read_sources
from redline.scale import analyze_with
from redline.store.db import open_db
from redline.store.fingerprint import Fingerprint, content_hash, fingerprint
from redline.store.scrub import scrub_on_write
from redline.store.summary import IngestSummary, Interrupted
from redline.store.transactions import database_error, first_line, in_transaction, reader, writer
from redline.store.write import find_original, insert_analysis, insert_article, is_stored, url_is_stored
from redline.types import Analysis, Article, CharSpan

ProgressCallback = Callable[[IngestSummary], None]


def is_record_error(exc: BaseException) -> bool:
    """Whether a database error belongs to one record's rows (a value the
    database refuses: a constraint, a bad value, one that cannot be bound),
    not to the database: that record is skipped and its batch stored without it."""
    if isinstance(exc, (sa.exc.DataError, sa.exc.IntegrityError)):
        return True
    return isinstance(exc, sa.exc.StatementError) and not isinstance(exc, sa.exc.DBAPIError)


@dataclass(slots=True)
class _Queued:
    """One article waiting to be written: an analysis, or a near-duplicate to link."""

    article: Article
    digest: str
    fp: Fingerprint | None
    boilerplate: list[CharSpan]
    analysis: Analysis | None = None
    original: int | None = None  # a near-duplicate's original, as found before analysis


class Writer:
    """Stores articles and analyses, a batch per short write transaction.

    engine (sa.Engine): the database; the writer opens a connection for
        reads (outside transactions) and one for writes.
    commit_every (int): stored or linked articles per transaction.
    on_progress (ProgressCallback | None): called with the summary after
        each input is dealt with.
    """

    def __init__(self, engine: sa.Engine, commit_every: int, on_progress: ProgressCallback | None) -> None:
        scrub_on_write(engine)
        self.reader = reader(engine)
        self.connection = writer(engine)
        self.commit_every = max(1, commit_every)
        self.on_progress = on_progress
        self.summary = IngestSummary()
        self.committed = self.summary.copy()
        self._queue: list[_Queued] = []
        self._pending: dict[str, Fingerprint] = {}  # passed on to analysis or queued, not yet committed
        self._pending_urls: dict[str, str] = {}  # their URLs → content hash

    def close(self) -> None:
        """Close both connections (what was not flushed is rolled back)."""
        for connection in (self.reader, self.connection):
            try:
                connection.close()
            except sa.exc.SQLAlchemyError:  # a connection that broke has nothing left to close
                pass

    def screen(self, items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
        """Pass on the articles that need analysis; skip stored texts, link near-duplicates."""
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            self.summary.read += 1
            digest = content_hash(item.text)
            if digest in self._pending:
                self._skipped("repeated in input")
                continue
            if is_stored(self.reader, digest):
                self._skipped("already stored")
                continue
            if item.language is None:  # as analyze_doc would set it, so the boilerplate agrees
                item = replace(item, language=article_language(item.text))
            boilerplate = boilerplate_spans(item)
            fp = fingerprint(item, boilerplate)
            self._pending[digest] = fp
            if item.url:
                self._pending_urls[item.url] = digest
            original = find_original(self.reader, fp)
            if original is not None:
                self._enqueue(_Queued(item, digest, fp, boilerplate, original=original))
                continue
            yield item

    def store(self, item: Analysis | InputError) -> None:
        """Queue one analysis for the next write (or count one failed input)."""
        if isinstance(item, InputError):
            code = str(item).split(" ", 1)[0]
            self.summary.skip(code, str(item))
            self._progress()
            return
        article = item.article
        digest = content_hash(article.text)
        fp = self._pending.get(digest)
        if fp is None:  # not screened: pre-analysed input (store_analyses)
            self.summary.read += 1
            self._pending[digest] = fp = fingerprint(article, item.boilerplate)
            if article.url:
                self._pending_urls[article.url] = digest
        self._enqueue(_Queued(article, digest, fp, item.boilerplate, analysis=item))

    def url_is_stored(self, url: str) -> bool:
        """Whether a feed entry's page is stored (checked before fetching it)."""
        if url in self._pending_urls:
            self._skipped("repeated in input")
            return True
        if url_is_stored(self.reader, url):
            self._skipped("already stored")
            return True
        return False

    def flush(self) -> None:
        """Write every queued article in one short transaction (retried while
        the database is busy); a record the database refuses is skipped with
        its reason and the others written, each in a transaction of its own."""
        if not self._queue:
            return
        queue = self._queue
        try:
            self.summary = in_transaction(self.connection, lambda: self._write(queue, self.summary.copy()))
        except sa.exc.SQLAlchemyError as exc:
            if not is_record_error(exc):
                raise
            for queued in queue:  # find the one refused: each in a transaction of its own
                try:
                    self.summary = in_transaction(self.connection, lambda: self._write([queued], self.summary.copy()))
                except sa.exc.SQLAlchemyError as exc:
                    if not is_record_error(exc):
                        raise
                    source = queued.article.source or queued.article.id or "<article>"
                    self.summary.skip("S005", f"S005 {source}: cannot store ({first_line(exc)})")
                    self._progress()
        self._queue = []
        for queued in queue:
            self._pending.pop(queued.digest, None)
            if queued.article.url and self._pending_urls.get(queued.article.url) == queued.digest:
                del self._pending_urls[queued.article.url]
        self.committed = self.summary.copy()

    def _write(self, queue: list[_Queued], summary: IngestSummary) -> IngestSummary:
        """Store queued articles inside the open transaction, counting into
        ``summary`` (a copy: discarded if the transaction is not committed)."""
        connection = self.connection
        for queued in queue:
            # another writer may have stored this text since it was screened
            if is_stored(connection, queued.digest):
                summary.skip("already stored")
                self._progress(summary)
                continue
            fp = queued.fp
            original = find_original(connection, fp) or queued.original  # also catches copies in this batch
            if original is not None:
                if insert_article(connection, queued.article, fp, queued.boilerplate, duplicate_of=original) is None:
                    summary.skip("already stored")
                else:
                    summary.duplicates += 1
                self._progress(summary)
                continue
            pk = insert_article(connection, queued.article, fp, queued.boilerplate, analyzed=True)
            if pk is None:  # stored by another writer between the check and the insert
                summary.skip("already stored")
                self._progress(summary)
                continue
            stored = insert_analysis(connection, pk, queued.analysis)
            summary.stored += 1
            summary.statements += stored.statements
            summary.entities += stored.entities
            summary.events += stored.events
            summary.merged_events += stored.merged
            self._progress(summary)
        return summary

    def interrupted(self) -> Interrupted:
        """What was committed, as the exception to raise (the batch in progress is not)."""
        summary = self.committed.copy()
        summary.read = self.summary.read
        summary.interrupted = True
        return Interrupted(summary)

    def _enqueue(self, queued: _Queued) -> None:
        self._queue.append(queued)
        if len(self._queue) >= self.commit_every:
            self.flush()

    def _skipped(self, reason: str) -> None:
        self.summary.skip(reason)
        self._progress()

    def drain(self, analyses: Iterable[Analysis | InputError]) -> IngestSummary:
        """Store every analysis, committing in batches; on Ctrl-C, raise
        Interrupted with what was committed.

        RAISES (StoreError): S005 the database failed (its first line, never
            article text), S006 it stayed busy.
        """
        try:
            for item in analyses:
                self.store(item)
            self.flush()
        except KeyboardInterrupt as exc:
            raise self.interrupted() from exc
        except sa.exc.SQLAlchemyError as exc:
            raise database_error(exc) from None
        return self.summary

    def _progress(self, summary: IngestSummary | None = None) -> None:
        if self.on_progress is not None:
            self.on_progress(summary or self.summary)


def ingest(
    paths: Sequence[str | Path],
    db_url: str | Path | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    commit_every: int | None = None,
    actor_tables: Sequence[str | Path] | None = None,
    event_tables: Sequence[str | Path] | None = None,
    delay: float = DEFAULT_DELAY,
    timeout: float = DEFAULT_TIMEOUT,
    nlp: Language | None = None,
    on_progress: ProgressCallback | None = None,
    engine: str | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
) -> IngestSummary:
    """Read, analyse and store articles from files, directories, JSONL, HTML, feeds and URLs.

    Re-ingesting adds nothing: stored texts and feed entries are skipped
    before parsing. A near-duplicate (same story, other boilerplate) is stored
    linked to its original without statements or events of its own; an event
    reported by several articles is one event with several sources.

    paths (Sequence[str | Path]): inputs (see ``redline.read.feeds.read_sources``).
    db_url (str | Path | None): SQLAlchemy URL or SQLite path; None is ./redline.db.
    batch_size (int): articles parsed per spaCy batch.
    commit_every (int | None): articles per transaction (default batch_size).
    actor_tables (Sequence[str | Path] | None): the user's actor tables (TSV).
    event_tables (Sequence[str | Path] | None): the user's event trigger tables (TSV).
    delay, timeout (float): politeness per host and request timeout, seconds.
    on_progress (ProgressCallback | None): called with the running summary.
    engine, jobs, scheduler: where the analysis runs (see
        ``redline.scale.analyze_with``): one process by default, ``jobs``
        worker processes, or a Dask cluster; storing stays in this process.
    RETURNS (IngestSummary): what was read, stored, linked and skipped.
    RAISES (Interrupted): on Ctrl-C, with the committed counts.
        (StoreError): the database cannot be opened (S001-S003), fails
        (S005) or stays busy (S006).
    """
    database = open_db(db_url)
    writer = Writer(database, commit_every or batch_size, on_progress)
    try:
        fetcher = Fetcher(delay=delay, timeout=timeout)
        items = writer.screen(read_sources(paths, fetcher=fetcher, skip_url=writer.url_is_stored))
        if nlp is not None or (engine is None and jobs is None and scheduler is None):
            analyses = analyze_stream(items, nlp=nlp, batch_size=batch_size, actor_tables=actor_tables,
                                      event_tables=event_tables)
        else:
            analyses = analyze_with(
                items, engine=engine, jobs=jobs, scheduler=scheduler,
                batch_size=batch_size, actor_tables=actor_tables, event_tables=event_tables,
            )
        return writer.drain(analyses)
    finally:
        writer.close()
        database.dispose()


def store_analyses(
    analyses: Iterable[Analysis | InputError],
    db_url: str | Path | None = None,
    *,
    commit_every: int = BATCH_SIZE,
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Store analyses made elsewhere (a worker, a benchmark): the store half of ``ingest``.

    Same rules as ``ingest``: stored texts are skipped, near-duplicates
    linked, events merged across articles.
    """
    engine = open_db(db_url)
    writer = Writer(engine, commit_every, on_progress)
    try:
        return writer.drain(analyses)
    finally:
        writer.close()
        engine.dispose()
