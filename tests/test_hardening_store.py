"""Hardening of the store (issue 11): characters a database cannot store,
two writers on one database, and database errors as one coded line."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from spacy.language import Language
from test_store_support import db_url, distinct_text, table_count  # noqa: F401
from typer.testing import CliRunner

from redline.cli.main import app
from redline.errors import StoreError
from redline.parse import load_nlp
from redline.store import ingest, open_db, stats, transactions
from redline.store.schema import articles


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _records(start: int, n: int) -> list[str]:
    return [json.dumps({"id": f"r{i}", "text": distinct_text(i)}) for i in range(start, start + n)]


def _stored_texts(url: str) -> dict[str, str]:
    engine = open_db(url)
    try:
        with engine.connect() as conn:
            return dict(conn.execute(sa.select(articles.c.article_id, articles.c.text)).all())
    finally:
        engine.dispose()


# ---------------------------------------------------------------- characters


def test_nul_and_lone_surrogate_are_stored_without_aborting_the_run(db_url, tmp_path, nlp):
    nul_text = "Minister Anna Abbott said the talks\\u0000 would resume on Monday, officials in Riga said."
    odd_text = "Minister Boris Brennan said the talks would resume on Tuesday, officials in Oslo said."
    lines = [_records(0, 1)[0],
             '{"id": "nul", "text": "%s"}' % nul_text,
             '{"id": "odd", "title": "Oslo \\ud800 talks", "text": "%s"}' % odd_text,
             '{"id": "unparsable", "text": "The \\udc00 envoy said the talks went well."}',
             _records(1, 1)[0]]
    path = _jsonl(tmp_path / "in.jsonl", lines)
    summary = ingest([path], db_url, nlp=nlp)
    # spaCy cannot take a lone surrogate in a text: that record is named, the rest stored
    assert summary.stored == 4 and summary.skipped == {"R009": 1}
    assert summary.errors[0].startswith(f"R009 {path}:4: analysis failed (parsing failed:")
    texts = _stored_texts(db_url)
    read_nul = json.loads(lines[1])["text"]
    # one character for one: every stored offset still points where it did
    assert len(texts["nul"]) == len(read_nul)
    at = read_nul.index("\x00")
    assert texts["nul"][:at] == read_nul[:at] and texts["nul"][at + 1:] == read_nul[at + 1:]
    assert texts["nul"][at] == ("\ufffd" if db_url.startswith("postgresql") else "\x00")
    engine = open_db(db_url)
    with engine.connect() as conn:
        title = conn.execute(sa.select(articles.c.title).where(articles.c.article_id == "odd")).scalar_one()
    engine.dispose()
    assert title == "Oslo \ufffd talks"
    # a rerun finds them by the text as read
    again = ingest([path], db_url, nlp=nlp)
    assert again.stored == 0 and again.skipped == {"already stored": 4, "R009": 1}


# ---------------------------------------------------------------- two writers


@Language.component("test_ingest_meanwhile")
def _ingest_meanwhile(doc):
    """While the marked article is being parsed, run the test's other ingest."""
    if "Quetzaltenango" in doc.text and MEANWHILE:
        MEANWHILE.pop()()
    return doc


MEANWHILE: list = []


@pytest.fixture(scope="module")
def hooked_nlp():
    nlp = load_nlp.__wrapped__()
    nlp.add_pipe("test_ingest_meanwhile", last=True)
    return nlp


@pytest.mark.parametrize("same_texts", [False, True], ids=["other-texts", "same-texts"])
def test_a_second_writer_finishes_while_the_first_is_analysing(db_url, tmp_path, nlp, hooked_nlp, same_texts):
    """The first ingest holds no transaction while it analyses: a second one,
    run in the middle of the first's analysis, writes and finishes; every
    text is stored once, the same texts ingested by both included."""
    first = [json.dumps({"id": "a0", "text": distinct_text(100)}),
             json.dumps({"id": "a1", "text": distinct_text(101) + "\nFiled from Quetzaltenango.\n"}),
             json.dumps({"id": "a2", "text": distinct_text(102)})]
    first_path = _jsonl(tmp_path / "first.jsonl", first)
    second_path = first_path if same_texts else _jsonl(tmp_path / "second.jsonl", _records(200, 2))
    done: dict = {}

    def second_writer():
        def run():
            try:
                done["summary"] = ingest([second_path], db_url, nlp=nlp, batch_size=1, commit_every=1)
            except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
                done["error"] = exc
        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        thread.join(timeout=120)
        done.setdefault("error", "the second writer did not finish" if thread.is_alive() else None)

    MEANWHILE[:] = [second_writer]
    summary = ingest([first_path], db_url, nlp=hooked_nlp, batch_size=1, commit_every=2)
    assert done.get("error") is None, done.get("error")
    expected = 3 if same_texts else 5
    assert stats(db_url)["articles"] == expected
    assert summary.stored + done["summary"].stored == expected
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(DISTINCT content_hash) FROM articles")).scalar_one() == expected
    engine.dispose()


def test_two_ingest_processes_on_one_sqlite_file_both_finish(tmp_path):
    """Two `redline ingest` processes at once, sharing one input file and
    each with one of its own: both exit 0 and every text is stored once."""
    shared = _jsonl(tmp_path / "shared.jsonl", _records(0, 10))
    mine = _jsonl(tmp_path / "mine.jsonl", _records(10, 6))
    yours = _jsonl(tmp_path / "yours.jsonl", _records(16, 6))
    db = tmp_path / "corpus.db"
    ingest([], db)  # the schema made once, as by any earlier command
    base = [sys.executable, "-m", "redline.cli.main", "ingest", "--db", str(db), "--batch-size", "2",
            "--commit-every", "2"]
    procs = [subprocess.Popen(base + [str(shared), str(path)], cwd=tmp_path, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for path in (mine, yours)]
    outputs = [proc.communicate(timeout=600) for proc in procs]
    for proc, (_, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    assert table_count(f"sqlite:///{db}", "articles") == 22
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(DISTINCT content_hash) FROM articles")).scalar_one() == 22
    engine.dispose()


def test_busy_database_is_retried_then_reported(monkeypatch):
    monkeypatch.setattr(transactions, "BACKOFF_FIRST", 0.001)
    engine = sa.create_engine("sqlite://")
    calls = []
    busy = sa.exc.OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise busy
        return "written"

    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        assert transactions.in_transaction(conn, flaky) == "written" and len(calls) == 3

        def always_busy():
            raise busy

        with pytest.raises(StoreError, match=r"^S006 database busy: .*database is locked\)$"):
            transactions.in_transaction(conn, always_busy, attempts=3)
    engine.dispose()


# ---------------------------------------------------------------- database errors


def _poisoned_db(tmp_path: Path, trigger: str) -> Path:
    db = tmp_path / "corpus.db"
    engine = open_db(db)
    with engine.begin() as conn:
        conn.execute(sa.text(trigger))
    engine.dispose()
    return db


def test_record_the_database_refuses_is_named_and_the_rest_stored(tmp_path, nlp):
    db = _poisoned_db(tmp_path, "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.text LIKE '%Quetzal%' "
                               "BEGIN SELECT RAISE(ABORT, 'refused by a rule of this site'); END")
    lines = _records(0, 2) + [json.dumps({"id": "bad", "text": distinct_text(5) + "\nQuetzal feathers.\n"})] + _records(6, 2)
    path = _jsonl(tmp_path / "in.jsonl", lines)
    summary = ingest([path], db, nlp=nlp, commit_every=8)
    assert summary.stored == 4 and summary.skipped == {"S005": 1}
    assert summary.errors == [f"S005 {path}:3: cannot store (refused by a rule of this site)"]
    assert stats(db)["articles"] == 4


def test_database_failure_is_one_coded_line_without_article_text(tmp_path):
    db = _poisoned_db(tmp_path, "CREATE TRIGGER broken AFTER INSERT ON statements "
                               "BEGIN INSERT INTO no_such_table VALUES (1); END")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Talks Resume\n\n2023-05-12\n\nForeign Minister Hedda Lindqvist said the talks on fishing rights "
        "would resume in Tromso next week.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == ["redline: S005 database error: no such table: main.no_such_table"]
    assert "Lindqvist" not in result.output and "Traceback" not in result.output


def test_reanalyze_on_a_damaged_database_is_one_coded_line(tmp_path):
    db = _poisoned_db(tmp_path, "DROP TABLE entities")
    result = CliRunner().invoke(app, ["reanalyze", "--db", str(db)])
    assert result.exit_code == 2
    assert [line for line in result.output.splitlines() if line.strip()] == [
        "redline: S005 database error: no such table: entities"]


@pytest.mark.parametrize("attempt", range(3))
def test_two_commands_opening_a_new_database_at_once_both_succeed(db_url, attempt):
    """Both make the schema, one after the other: neither fails on the other's tables."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def open_it():
        barrier.wait()
        try:
            open_db(db_url).dispose()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert stats(db_url)["articles"] == 0
