"""The corpus database: ingest articles, store analyses, query and reanalyse.

    import redline.store as store
    summary = store.ingest(["articles/", "feed.xml"], "redline.db")
    store.stats("redline.db")  # {"articles": ..., "statements": ..., "events": ...}
    store.reanalyze("redline.db")

``db_url`` is a SQLAlchemy URL (``sqlite:///file.db``,
``postgresql+psycopg://user:pw@host/db``) or a path to a SQLite file; None
means ``./redline.db``. The schema is upgraded to the newest revision on
every open.
"""

from redline.store.db import DEFAULT_DB, StoreError, open_db
from redline.store.ingest import ingest, store_analyses
from redline.store.query import QueryError, iter_events, search_statements, stats
from redline.store.reanalyze import reanalyze
from redline.store.summary import IngestSummary, Interrupted

__all__ = [
    "DEFAULT_DB",
    "IngestSummary",
    "Interrupted",
    "QueryError",
    "StoreError",
    "ingest",
    "iter_events",
    "open_db",
    "reanalyze",
    "search_statements",
    "stats",
    "store_analyses",
]
