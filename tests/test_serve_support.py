"""Fixtures shared by the serve and browser tests (no tests here).

``serve_db`` is a SQLite database built the way a user builds one: by
ingesting the repository's example articles, plus one hostile article of our
own whose text carries HTML and script tags (it must come out escaped).
``live_server`` runs the app under uvicorn on a free port of 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Written for these tests: markup in the headline, inside a quote and in reported speech.
HOSTILE_ARTICLE = """Officials <script>window.__pwned = 1</script> Clash Over Border Proposal

2023-03-01

"We reject this <script>window.__pwned = 2</script> proposal <img src=x onerror="window.__pwned = 3">, and we will not accept it," Foreign Minister Sergei Lavrov told reporters in Moscow.

Russia rejected the proposal from the United States on Friday, officials in Moscow said.

Washington demanded that Moscow withdraw its troops from the border <b>immediately</b>, the State Department said.
"""
HOSTILE_NAME = "hostile-markup-2023-03-01.txt"


PG_ENV = "REDLINE_TEST_PG"


def build_corpus(folder: Path, example_dir: Path, nlp, url: str | None = None) -> str:
    """Ingest examples/ and the hostile article into ``url`` (default folder/corpus.db); the URL."""
    from redline.store import ingest

    inputs = folder / "inputs"
    inputs.mkdir()
    (inputs / HOSTILE_NAME).write_text(HOSTILE_ARTICLE, encoding="utf-8")
    url = url or f"sqlite:///{folder / 'corpus.db'}"
    summary = ingest([str(example_dir), str(inputs)], url, nlp=nlp)
    assert summary.stored == len(list(example_dir.iterdir())) + 1, summary
    return url


@pytest.fixture(scope="module")
def serve_db(tmp_path_factory, example_dir: Path, nlp) -> str:
    """A corpus database of the example articles and the hostile one (URL)."""
    return build_corpus(tmp_path_factory.mktemp("serve"), example_dir, nlp)


@pytest.fixture(scope="module")
def pg_client(tmp_path_factory, example_dir: Path, nlp) -> Iterator[object]:
    """The app over the same corpus as ``client``, on PostgreSQL (a schema of its own
    on the server REDLINE_TEST_PG names; skipped without it)."""
    import sqlalchemy as sa
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    folder = tmp_path_factory.mktemp("serve-pg")
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}=postgresql+psycopg://user:pw@127.0.0.1/db (see .ci/postgres)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = sa.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    try:
        with TestClient(create_app(build_corpus(folder, example_dir, nlp, url), token="")) as test_client:
            yield test_client
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="module")
def client(serve_db: str):
    """An in-process client of the app over ``serve_db`` (read-only: no token)."""
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    with TestClient(create_app(serve_db, token="")) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_app(app) -> Iterator[str]:
    """``app`` under uvicorn in a thread on 127.0.0.1, for as long as the
    block runs; yields its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def live_server(serve_db: str) -> Iterator[str]:
    """The app under uvicorn in a thread on 127.0.0.1; yields its base URL."""
    from redline.serve import create_app

    with running_app(create_app(serve_db, token="")) as url:
        yield url
