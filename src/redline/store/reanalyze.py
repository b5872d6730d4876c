"""Reanalyse stored articles: new statements, entities and events in place of the old.

Articles are read back in id order, a page at a time, analysed in batches,
and each article's derived rows are replaced in one transaction of its own:
an interruption leaves every article either wholly old or wholly new.
Near-duplicates keep their link and get no rows of their own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import sqlalchemy as sa
from spacy.language import Language

from redline.pipeline import BATCH_SIZE, analyze_stream
from redline.store.db import open_db
from redline.store.ingest import ProgressCallback
from redline.store.schema import articles
from redline.store.scrub import scrub_on_write
from redline.store.summary import IngestSummary, Interrupted
from redline.store.transactions import database_error
from redline.store.write import delete_derived, insert_analysis, now
from redline.types import Article

PAGE_SIZE = 200  # article rows fetched per query


def stored_articles(connection: sa.Connection, page_size: int = PAGE_SIZE) -> Iterator[Article]:
    """The original (non-duplicate) articles, as Articles, in id order; ``source`` is their row id.

    Pages are fetched by id (keyset), each query closed before the rows are
    used, so writes on the same connection may come between pages.
    """
    last = 0
    columns = [articles.c[name] for name in (
        "id", "article_id", "url", "title", "date", "publisher", "language", "text", "body_start")]
    while True:
        rows = connection.execute(
            sa.select(*columns)
            .where(articles.c.id > last, articles.c.duplicate_of.is_(None))
            .order_by(articles.c.id)
            .limit(page_size)
        ).all()
        if connection.in_transaction():
            connection.commit()  # end the read transaction; nothing is pending here
        if not rows:
            return
        for row in rows:
            yield Article(
                text=row.text,
                id=row.article_id,
                title=row.title,
                date=row.date.isoformat() if row.date else None,
                url=row.url,
                publisher=row.publisher,
                language=row.language,
                source=str(row.id),
                body_start=row.body_start,
            )
        last = rows[-1].id


def reanalyze(
    db_url: str | Path | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    actor_tables: Sequence[str | Path] | None = None,
    event_tables: Sequence[str | Path] | None = None,
    nlp: Language | None = None,
    on_progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Re-run the analysis on every stored article and replace its derived rows.

    Use after upgrading redline or changing actor tables. One transaction
    per article: its statements, speaker mentions, entities and event reports are
    deleted and the new ones stored (events reported by other articles too
    keep those reports).

    db_url (str | Path | None): SQLAlchemy URL or SQLite path; None is ./redline.db.
    RETURNS (IngestSummary): ``stored`` counts the articles reanalysed,
        ``skipped`` those whose analysis failed (kept as they were).
    RAISES (Interrupted): on Ctrl-C, with the counts committed.
    """
    engine = open_db(db_url)
    scrub_on_write(engine)
    summary = IngestSummary()
    try:
        with engine.connect() as connection:
            stream = analyze_stream(
                stored_articles(connection), nlp=nlp, batch_size=batch_size, actor_tables=actor_tables,
                event_tables=event_tables,
            )
            try:
                for item in stream:
                    if isinstance(item, Exception):
                        summary.skip(str(item).split(" ", 1)[0], str(item))
                    else:
                        summary.read += 1
                        pk = int(item.article.source)
                        delete_derived(connection, pk)
                        stored = insert_analysis(connection, pk, item)
                        connection.execute(
                            sa.update(articles).where(articles.c.id == pk).values(language=item.article.language, analyzed_at=now())
                        )
                        connection.commit()
                        summary.stored += 1
                        summary.statements += stored.statements
                        summary.entities += stored.entities
                        summary.events += stored.events
                        summary.merged_events += stored.merged
                    if on_progress is not None:
                        on_progress(summary)
            except KeyboardInterrupt as exc:
                try:
                    connection.rollback()
                except sa.exc.SQLAlchemyError:
                    pass
                summary.interrupted = True
                raise Interrupted(summary) from exc
    except sa.exc.SQLAlchemyError as exc:
        raise database_error(exc) from None
    finally:
        engine.dispose()
    return summary
