"""Opening a corpus database: the URL, SQLite settings, and migrations on connect.

``open_db(db_url)`` returns an Engine whose schema is at the newest Alembic
revision: a new database is created, an older one is upgraded in place.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

# Defined with redline's other errors so the command line can catch it
# without importing the database layer; re-exported here.
from redline.errors import StoreError
from redline.store.transactions import is_retryable

DEFAULT_DB = "./redline.db"
# Tries at opening a database another process is creating at the same moment.
OPEN_ATTEMPTS = 10
MIGRATIONS = "redline.store:migrations"


def db_url_of(db_url: str | Path | None) -> str:
    """The SQLAlchemy URL for ``db_url``: a URL as given, a plain path as SQLite.

    db_url (str | Path | None): ``postgresql+psycopg://user:pw@host/db``,
        ``sqlite:///file.db``, a file path, or None for ``./redline.db``.
    RETURNS (str): a SQLAlchemy URL.
    """
    if db_url is None:
        db_url = DEFAULT_DB
    text = str(db_url)
    if "://" in text:
        return text
    return f"sqlite:///{text}"


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """Alembic's configuration for the packaged migrations (no alembic.ini)."""
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration's revision id."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on; WAL so readers never block the writer; a busy wait."""
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_engine(db_url: str | Path | None = None) -> sa.Engine:
    """An Engine for ``db_url`` (see ``db_url_of``), with no migration run."""
    url = sa.make_url(db_url_of(db_url))
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = sa.create_engine(url)
    except (ImportError, sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as exc:
        raise StoreError(f"S001 cannot use database {url.render_as_string(hide_password=True)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


# Key of the PostgreSQL advisory lock held while a schema is upgraded.
_MIGRATION_LOCK = 0x7265646C  # "redl"


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (the newest by default), in one transaction.

    One process at a time: two commands opening a new database at once would
    otherwise both create its tables, and one fail. SQLite's write lock
    (``BEGIN IMMEDIATE``, which also makes its DDL one transaction) or a
    PostgreSQL advisory lock is taken first, and the revision read again
    under it: the second process finds the work done.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            transaction = None
        else:
            transaction = connection.begin()
            if connection.dialect.name == "postgresql":
                connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        try:
            current = MigrationContext.configure(connection).get_current_revision()
            if not (revision == "head" and current == head_revision()):
                command.upgrade(alembic_config(connection), revision)
        except BaseException:
            if sqlite:
                connection.exec_driver_sql("ROLLBACK")
            else:
                transaction.rollback()
            raise
        if sqlite:
            connection.exec_driver_sql("COMMIT")
            connection.commit()  # SQLAlchemy's own bookkeeping
        else:
            transaction.commit()


def current_revision(engine: sa.Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def require_existing(db_url: str | Path | None = None) -> None:
    """Refuse a SQLite file that does not exist, for commands that only read
    (``open_db`` would create it empty, and a mistyped ``--db`` would report 0).

    RAISES (StoreError): S004 naming the missing file; other URLs pass (a
        server says itself whether its database exists).
    """
    url = sa.make_url(db_url_of(db_url))
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return
    if url.database.startswith("file:") and url.query.get("uri"):  # a SQLite URI names its own file
        return
    if not Path(url.database).is_file():
        raise StoreError(f"S004 no database at {url.database}: check --db (this command does not create one)")


def open_db(db_url: str | Path | None = None) -> sa.Engine:
    """An Engine on the corpus database, its schema upgraded to the newest revision.

    db_url (str | Path | None): see ``db_url_of``; None is ``./redline.db``.
    RETURNS (sa.Engine): dispose of it when done (``engine.dispose()``).
    RAISES (StoreError): S001 bad URL or missing driver, S002 cannot connect,
        S003 the database was made by a newer redline.
    """
    engine = create_engine(db_url)
    shown = engine.url.render_as_string(hide_password=True)
    try:
        for attempt in range(1, OPEN_ATTEMPTS + 1):
            try:
                _migrate(engine, shown)
                break
            except sa.exc.OperationalError as exc:
                # a new SQLite file is locked outright (no busy wait) while another
                # process turns on WAL or makes its tables: wait and look again
                if attempt == OPEN_ATTEMPTS or not is_retryable(exc):
                    raise
                time.sleep(0.1 * attempt)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise StoreError(f"S002 cannot open database {shown}: {exc.orig or exc}") from exc
    except StoreError:
        engine.dispose()
        raise
    return engine


def _migrate(engine: sa.Engine, shown: str) -> None:
    """Check the schema's revision and upgrade it to the newest."""
    revision = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    if revision is not None and revision not in {s.revision for s in script.walk_revisions()}:
        raise StoreError(f"S003 {shown}: schema revision {revision} is newer than this redline")
    if revision != script.get_current_head():
        upgrade(engine)


def insert_ignore(connection: sa.Connection, table: sa.Table, rows: Iterable[Mapping[str, Any]]) -> None:
    """Insert rows, leaving those whose primary key is already there (per dialect)."""
    rows = list(rows)
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    connection.execute(insert(table).on_conflict_do_nothing(), rows)
