"""Ingest: read inputs, skip what is stored, analyse the rest, store in batches.

    read_sources ─► skip stored hashes / near-duplicates ─► analyze_stream ─► store

Already-stored texts (by content hash) and feed entries (by URL) are skipped
before parsing, so a rerun after an interruption continues where it stopped:
every ``commit_every`` stored articles are one committed transaction, and a
stop loses at most the batch in progress.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
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
from redline.store.summary import IngestSummary, Interrupted
from redline.store.write import find_original, insert_analysis, insert_article, is_stored, url_is_stored
from redline.types import Analysis, Article

ProgressCallback = Callable[[IngestSummary], None]


class Writer:
    """Stores articles and analyses on one connection, committing per batch.

    connection (sa.Connection): used for every read and write of the run.
    commit_every (int): stored or linked articles per transaction.
    on_progress (ProgressCallback | None): called with the summary after
        each input is dealt with.
    """

    def __init__(self, connection: sa.Connection, commit_every: int, on_progress: ProgressCallback | None) -> None:
        self.connection = connection
        self.commit_every = max(1, commit_every)
        self.on_progress = on_progress
        self.summary = IngestSummary()
        self.committed = self.summary.copy()
        self._uncommitted = 0
        self._pending: dict[str, Fingerprint] = {}  # passed on to analysis, not yet stored
        self._pending_urls: dict[str, str] = {}  # their URLs → content hash

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
            if is_stored(self.connection, digest):
                self._skipped("already stored")
                continue
            if item.language is None:  # as analyze_doc would set it, so the boilerplate agrees
                item = replace(item, language=article_language(item.text))
            boilerplate = boilerplate_spans(item)
            fp = fingerprint(item, boilerplate)
            original = find_original(self.connection, fp)
            if original is not None:
                self._duplicate(item, fp, boilerplate, original)
                continue
            self._pending[digest] = fp
            if item.url:
                self._pending_urls[item.url] = digest
            yield item

    def store(self, item: Analysis | InputError) -> None:
        """Store one analysis (or count one failed input)."""
        if isinstance(item, InputError):
            code = str(item).split(" ", 1)[0]
            self.summary.skip(code, str(item))
            self._progress()
            return
        article = item.article
        digest = content_hash(article.text)
        fp = self._pending.pop(digest, None)
        if article.url and self._pending_urls.get(article.url) == digest:
            del self._pending_urls[article.url]
        if fp is None:  # not screened: pre-analysed input (store_analyses)
            self.summary.read += 1
            if is_stored(self.connection, digest):
                self._skipped("already stored")
                return
            fp = fingerprint(article, item.boilerplate)
        original = find_original(self.connection, fp)  # also catches copies read in the same batch
        if original is not None:
            self._duplicate(article, fp, item.boilerplate, original)
            return
        pk = insert_article(self.connection, article, fp, item.boilerplate, analyzed=True)
        stored = insert_analysis(self.connection, pk, item)
        self.summary.stored += 1
        self.summary.statements += stored.statements
        self.summary.entities += stored.entities
        self.summary.events += stored.events
        self.summary.merged_events += stored.merged
        self._wrote()

    def url_is_stored(self, url: str) -> bool:
        """Whether a feed entry's page is stored (checked before fetching it)."""
        if url in self._pending_urls:
            self._skipped("repeated in input")
            return True
        if url_is_stored(self.connection, url):
            self._skipped("already stored")
            return True
        return False

    def commit(self) -> None:
        """Commit what is written so far."""
        self.connection.commit()
        self._uncommitted = 0
        self.committed = self.summary.copy()

    def interrupted(self) -> Interrupted:
        """Roll back the batch in progress; the exception to raise, with the committed counts."""
        try:
            self.connection.rollback()
        except sa.exc.SQLAlchemyError:  # the connection broke with the interruption
            pass
        summary = self.committed.copy()
        summary.read = self.summary.read
        summary.interrupted = True
        return Interrupted(summary)

    def _duplicate(self, article: Article, fp: Fingerprint, boilerplate, original: int) -> None:
        insert_article(self.connection, article, fp, boilerplate, duplicate_of=original)
        self.summary.duplicates += 1
        self._wrote()

    def _skipped(self, reason: str) -> None:
        self.summary.skip(reason)
        self._progress()

    def _wrote(self) -> None:
        self._uncommitted += 1
        if self._uncommitted >= self.commit_every:
            self.commit()
        self._progress()

    def drain(self, analyses: Iterable[Analysis | InputError]) -> IngestSummary:
        """Store every analysis, committing in batches; on Ctrl-C, raise
        Interrupted with what was committed."""
        try:
            for item in analyses:
                self.store(item)
            self.commit()
        except KeyboardInterrupt as exc:
            raise self.interrupted() from exc
        return self.summary

    def _progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.summary)


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
        (StoreError): the database cannot be opened.
    """
    database = open_db(db_url)
    try:
        with database.connect() as connection:
            writer = Writer(connection, commit_every or batch_size, on_progress)
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
    try:
        with engine.connect() as connection:
            return Writer(connection, commit_every, on_progress).drain(analyses)
    finally:
        engine.dispose()
