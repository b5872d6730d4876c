"""Short write transactions that wait their turn, and database errors as one line.

Two ingests may write to one database at once. Each keeps its reads outside
any transaction (``reader``) and writes in short transactions of its own
(``write_transaction``) that hold no lock while articles are analysed:

- on SQLite a write transaction starts with ``BEGIN IMMEDIATE``, so it takes
  the write lock up front (waiting up to the busy timeout) instead of
  failing at its first write when another writer got there between its
  reads and its writes, which SQLite's busy wait does not cover;
- ``in_transaction`` retries a transaction that met a busy or locked
  database, a deadlock or a serialization failure, with a bounded backoff,
  then gives up with StoreError S006.

``database_error`` turns a driver error into StoreError S005 with the
driver's first line: never the SQL parameters, which hold article text.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import sqlalchemy as sa

from redline.errors import StoreError

LOGGER = logging.getLogger(__name__)
T = TypeVar("T")

# Attempts at one transaction before giving up; waits between them double
# from BACKOFF_FIRST up to BACKOFF_MAX seconds (on SQLite each attempt also
# waits up to the connection's busy timeout, 30 s, for the lock itself).
ATTEMPTS = 8
BACKOFF_FIRST = 0.05
BACKOFF_MAX = 2.0

# PostgreSQL SQLSTATEs worth another try: serialization failure, deadlock, lock not available.
_RETRY_SQLSTATES = frozenset({"40001", "40P01", "55P03"})
_RETRY_WORDS = ("database is locked", "database is busy", "database table is locked")


def reader(engine: sa.Engine) -> sa.Connection:
    """A connection for reads outside any transaction (each read stands
    alone, so a long analysis between reads holds nothing open)."""
    return engine.connect().execution_options(isolation_level="AUTOCOMMIT")


def writer(engine: sa.Engine) -> sa.Connection:
    """A connection for ``write_transaction``: on SQLite the transaction is
    begun by hand (``BEGIN IMMEDIATE``), so the driver's own is turned off."""
    connection = engine.connect()
    if connection.dialect.name == "sqlite":
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
    return connection


@contextlib.contextmanager
def write_transaction(connection: sa.Connection) -> Iterator[None]:
    """One write transaction on a ``writer`` connection: committed when the
    block ends, rolled back if it raises (Ctrl-C included)."""
    if connection.dialect.name != "sqlite":
        with connection.begin():
            yield
        return
    connection.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        yield
        connection.exec_driver_sql("COMMIT")
    except BaseException:
        with contextlib.suppress(sa.exc.SQLAlchemyError):
            connection.exec_driver_sql("ROLLBACK")
        raise
    finally:
        if connection.in_transaction():  # SQLAlchemy's own bookkeeping; the driver's is done
            connection.commit()


def is_retryable(exc: BaseException) -> bool:
    """Whether a database error is another writer's doing and worth another try."""
    if not isinstance(exc, sa.exc.OperationalError):
        return False
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in _RETRY_SQLSTATES:
        return True
    message = str(orig or exc).lower()
    return any(words in message for words in _RETRY_WORDS)


def in_transaction(connection: sa.Connection, work: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """Run ``work`` in one write transaction, again (after a wait) when the
    database was busy or the transaction lost a deadlock.

    RETURNS: what ``work`` returned, from the attempt that committed.
    RAISES (StoreError): S006 when every attempt found the database busy.
        Other errors pass through (the transaction rolled back).
    """
    wait = BACKOFF_FIRST
    for attempt in range(1, attempts + 1):
        try:
            with write_transaction(connection):
                return work()
        except sa.exc.OperationalError as exc:
            if not is_retryable(exc):
                raise
            if attempt == attempts:
                raise StoreError(
                    f"S006 database busy: another writer held it through {attempts} attempts ({first_line(exc)})"
                ) from None
            LOGGER.info("database busy (%s); attempt %d of %d in %.2f s", first_line(exc), attempt, attempts, wait)
            time.sleep(wait)
            wait = min(wait * 2, BACKOFF_MAX)
    raise AssertionError("unreachable")


def first_line(exc: BaseException, limit: int = 200) -> str:
    """A database error's own message, first line only (PostgreSQL's DETAIL
    lines and SQLAlchemy's [SQL: …] and [parameters: …] are left out)."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    text = lines[0].strip() if lines else type(orig).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def database_error(exc: BaseException) -> StoreError:
    """StoreError S005 for a database failure, in one line without article text."""
    return StoreError(f"S005 database error: {first_line(exc)}")
