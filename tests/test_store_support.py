"""Fixtures and helpers shared by the store, ingest and export tests (no tests here).

``db_url`` runs a test once on SQLite (a file in tmp_path) and once on
PostgreSQL, in a schema of its own on the server REDLINE_TEST_PG names
(``.ci/postgres`` starts one); without that variable the PostgreSQL cases
are skipped with the reason.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlalchemy as sa

PG_ENV = "REDLINE_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]

# A story of our own, written for these tests, and the same story as another
# site republishes it: other header, teasers, disclaimer and footer.
STORY_BODY = """Lithuania and Poland agreed on Monday to hold joint border patrols along the Suwalki corridor, the two governments said in a joint statement after talks in Vilnius.

Lithuanian Interior Minister Agne Vaitkute told reporters that the patrols would begin next month and would be reviewed after half a year.

“We are not doing this against anyone. We are doing this for the safety of people who live on both sides of the border,” Vaitkute said.

Polish Deputy Interior Minister Marek Zielinski said Warsaw would send two hundred officers and four helicopters to the region.

Russia condemned the agreement, and a spokesman for the Russian Foreign Ministry said Moscow would respond to any provocation near the Kaliningrad region.
"""
STORY = "Lithuania and Poland Agree on Joint Border Patrols\n\n2023-04-17\n\n" + STORY_BODY
REPUBLISHED = (
    "Baltic States Agree Joint Patrols With Warsaw\n\nApril 17, 2023\n\n"
    + STORY_BODY.replace("Vilnius.\n", "Vilnius.\n\nRead also: Estonia opens new rail link to Riga\n")
    + "\nRead also: Latvia raises defence spending\n\n"
    + "The views expressed in this article are those of the authors and do not necessarily reflect the position of this website.\n"
)
# The same story with a site footer the boilerplate rules do not know.
WITH_FOOTER = STORY + (
    "\nBaltic Wire is an independent newsroom covering the region from Vilnius, Riga and Tallinn every day of the week.\n"
)
OTHER_STORY = """Finland Opens Consulate in Kyiv

2023-04-17

Finland reopened its consulate in Kyiv on Monday, the Finnish Foreign Ministry said, more than a year after it moved its staff to Lviv.

Foreign Minister Pekka Haavisto said the decision showed that Helsinki trusted Ukraine's air defences.
"""


_FILLER = (
    "harbour council budget rail winter farmers grain court election tariff museum river pipeline "
    "school doctors strike vaccine bridge festival drought forest coal wind solar port ferry airline "
    "bank inflation wages housing rent police judge parliament senate mayor village coast island "
    "mountain tunnel highway train station market wheat cotton steel copper gold oil gas power grid"
).split()


def distinct_text(i: int, date: str = "2023-05-12") -> str:
    """An article of its own (no near-duplicate of any other i) with a Russian rejection in it."""
    import random

    rng = random.Random(i)
    filler = " ".join(rng.choice(_FILLER) for _ in range(60))
    return (
        f"Report Number {i}\n\n{date}\n\n"
        "Russia rejected the proposal from the United States on Friday, officials in Moscow said.\n\n"
        f"Notes: {filler}.\n"
    )


def pg_base_url() -> str | None:
    """The PostgreSQL URL from the environment, or None."""
    return os.environ.get(PG_ENV) or None


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'corpus.db'}"
        return
    base = pg_base_url()
    if base is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}=postgresql+psycopg://user:pw@127.0.0.1/db (see .ci/postgres)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = sa.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


class _Handler(SimpleHTTPRequestHandler):
    """Serves a folder quietly and records each page request's path and User-Agent
    (the fetcher's robots.txt requests, once per host and run, are kept apart)."""

    def log_message(self, format, *args):  # noqa: A002
        pass

    def do_GET(self):  # noqa: N802
        record = self.server.robots if self.path == "/robots.txt" else self.server.requests
        record.append((self.path, self.headers.get("User-Agent")))
        super().do_GET()


@pytest.fixture
def http_root(tmp_path: Path) -> Iterator[tuple[str, Path, list]]:
    """A local web server on 127.0.0.1 (never the internet): (base URL, folder served, requests)."""
    root = tmp_path / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(root)))
    server.requests, server.robots = [], []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root, server.requests
    finally:
        server.shutdown()
        server.server_close()


def table_count(url: str, table: str) -> int:
    """Rows in a table, by a plain query."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()


# Two different reports (not near-duplicates) that share one event sentence.
REPORT_A = """Moscow Turns Down US Offer

2023-05-12

Russia rejected the proposal from the United States on Friday, officials in Moscow said.

The Kremlin has for months accused Washington of ignoring its security concerns in Europe, and diplomats in Geneva expect no new round of talks before the summer.
"""
REPORT_B = """Talks Stall as Kremlin Says No

2023-05-12

On Friday Russia rejected the proposal from the United States, officials in Moscow said.

Analysts in Brussels said the refusal had been expected after weeks of hostile statements by both governments about missile deployments.
"""
