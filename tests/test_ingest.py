"""``redline ingest`` and ``reanalyze``: idempotence, near-duplicates, merged events,
interruption, feeds from a local server; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_store_support import (  # noqa: F401
    OTHER_STORY,
    REPORT_A,
    REPORT_B,
    REPUBLISHED,
    STORY,
    WITH_FOOTER,
    db_url,
    distinct_text,
    http_root,
    table_count,
)
from typer.testing import CliRunner

from redline.cli.main import app
from redline.read.feeds import Fetcher, read_feed
from redline.store import Interrupted, ingest, open_db, reanalyze, stats
from redline.store.query import iter_events, search_statements

REPORT_C_OTHER_DAY = REPORT_B.replace("2023-05-12", "2023-05-13").replace("Talks Stall", "Talks Stall Again")
REPORT_D_OTHER_ACTOR = """Beijing Says No to Washington

2023-05-12

On Friday China rejected the proposal from the United States, officials in Moscow said.

Trade negotiators in Singapore had hoped for a compromise on export controls, but the statement from the Chinese side left little room for one this year.
"""


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _rejections(url: str) -> list[dict]:
    engine = open_db(url)
    try:
        with engine.connect() as conn:
            return list(iter_events(conn, type="REJECT"))
    finally:
        engine.dispose()


def test_ingest_examples_then_again_adds_nothing(db_url, example_dir, nlp):
    first = ingest([example_dir], db_url, nlp=nlp)
    assert first.read == 4 and first.stored == 4 and first.statements > 0 and first.events > 0
    counts = stats(db_url)
    assert counts["articles"] == 4
    assert counts["statements"] == first.statements and counts["events"] == first.events
    again = ingest([example_dir], db_url, nlp=nlp)
    assert again.stored == 0 and again.skipped == {"already stored": 4}
    assert stats(db_url) == counts


def test_ingest_repeated_input_in_one_run(db_url, tmp_path, nlp):
    folder = _write(tmp_path / "in", {"a.txt": STORY, "b.txt": STORY})
    summary = ingest([folder], db_url, nlp=nlp)
    assert summary.stored == 1 and summary.skipped == {"repeated in input": 1}


def test_ingest_near_duplicate_is_linked_not_counted(db_url, tmp_path, nlp):
    folder = _write(tmp_path / "in", {"1.txt": STORY, "2.txt": REPUBLISHED, "3.txt": WITH_FOOTER})
    summary = ingest([folder], db_url, nlp=nlp)
    assert summary.stored == 1 and summary.duplicates == 2
    counts = stats(db_url)
    assert counts["articles"] == 1 and counts["duplicates"] == 2
    alone = ingest([folder / "1.txt"], f"{db_url}" if "postgresql" in db_url else db_url.replace("corpus", "alone"), nlp=nlp)
    if "sqlite" in db_url:
        assert counts["statements"] == alone.statements and counts["events"] == alone.events
    engine = open_db(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT id, duplicate_of FROM articles ORDER BY id")).all()
            assert [r.duplicate_of for r in rows] == [None, rows[0].id, rows[0].id]
            owners = conn.execute(sa.text("SELECT DISTINCT article_id FROM statements")).scalars().all()
            assert owners == [rows[0].id]
    finally:
        engine.dispose()


def test_ingest_duplicate_seen_later_in_another_run(db_url, tmp_path, nlp):
    ingest([_write(tmp_path / "one", {"1.txt": STORY})], db_url, nlp=nlp)
    later = ingest([_write(tmp_path / "two", {"2.txt": REPUBLISHED, "3.txt": OTHER_STORY})], db_url, nlp=nlp)
    assert later.duplicates == 1 and later.stored == 1


def test_ingest_same_event_from_two_articles_is_one_event(db_url, tmp_path, nlp):
    summary = ingest([_write(tmp_path / "in", {"a.txt": REPORT_A, "b.txt": REPORT_B})], db_url, nlp=nlp)
    assert summary.stored == 2 and summary.duplicates == 0
    assert summary.merged_events >= 1
    rejections = [e for e in _rejections(db_url) if e["source_code"] == "RUS"]
    assert len(rejections) == 1
    assert rejections[0]["n_articles"] == 2 and rejections[0]["target_code"] == "USA"


def test_ingest_no_merge_across_dates_or_actors(db_url, tmp_path, nlp):
    folder = _write(tmp_path / "in", {"a.txt": REPORT_A, "c.txt": REPORT_C_OTHER_DAY, "d.txt": REPORT_D_OTHER_ACTOR})
    ingest([folder], db_url, nlp=nlp)
    rejections = _rejections(db_url)
    keys = sorted((str(e["date"]), e["source_code"]) for e in rejections)
    assert ("2023-05-12", "RUS") in keys and ("2023-05-13", "RUS") in keys and ("2023-05-12", "CHN") in keys
    assert all(e["n_articles"] == 1 for e in rejections)


def test_ingest_jsonl_html_and_bad_inputs(db_url, tmp_path, example_dir, write_jsonl, nlp):
    records = [
        {"id": "r1", "text": REPORT_A, "url": "https://news.example/r1"},
        "not json",
        {"id": "r2", "title": "Finland", "date": "2023-04-17", "text": OTHER_STORY},
    ]
    jsonl = write_jsonl("in/records.jsonl", records)
    empty = tmp_path / "in" / "empty.txt"
    empty.write_text("")
    summary = ingest([jsonl, empty, example_dir / "china-taiwan-arms-sale-2022-08-02.html"], db_url, nlp=nlp)
    assert summary.stored == 3
    assert summary.skipped == {"R005": 1, "R001": 1}
    assert any("records.jsonl:2" in e for e in summary.errors)


def test_ingest_interrupted_keeps_committed_batches_and_continues(db_url, tmp_path, nlp):
    texts = {f"{i:02d}.txt": distinct_text(i) for i in range(7)}
    folder = _write(tmp_path / "in", texts)

    def stop_after_five(summary):
        if summary.stored == 5:
            raise KeyboardInterrupt

    with pytest.raises(Interrupted) as info:
        ingest([folder], db_url, nlp=nlp, batch_size=4, commit_every=2, on_progress=stop_after_five)
    assert info.value.summary.interrupted and info.value.summary.stored == 4  # the 5th was not committed
    assert stats(db_url)["articles"] == 4
    rest = ingest([folder], db_url, nlp=nlp, batch_size=4, commit_every=2)
    assert rest.skipped == {"already stored": 4} and rest.stored == 3
    assert stats(db_url)["articles"] == 7


def test_ingest_killed_process_loses_nothing_committed(db_url, tmp_path, repo_root):
    """SIGKILL in the middle of a CLI ingest, then a rerun: every article stored once."""
    n = 40
    records = [{"id": f"k{i}", "text": distinct_text(i)} for i in range(n)]
    jsonl = tmp_path / "many.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    command = [sys.executable, "-m", "redline.cli.main", "ingest", str(jsonl), "--db", db_url,
               "--batch-size", "4", "--commit-every", "2"]
    proc = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if table_count(db_url, "articles") >= 4:
                    break
            except sa.exc.SQLAlchemyError:
                pass  # the schema is not made yet
            time.sleep(0.2)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    stored = table_count(db_url, "articles")
    assert 0 < stored < n or proc.returncode == 0
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"already stored {stored}" in done.stderr or stored == 0
    assert table_count(db_url, "articles") == n
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(DISTINCT content_hash) FROM articles")).scalar_one() == n
    engine.dispose()


def test_ingest_cli_and_stats_json(db_url, tmp_path, example_dir):
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(example_dir), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "stored 4" in result.output
    result = runner.invoke(app, ["stats", "--db", db_url, "--format", "json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert counts["articles"] == 4 and counts["statements"] > 0 and counts["events"] > 0


def test_ingest_cli_failed_input_exit_status(db_url, tmp_path):
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "missing.txt"), "--db", db_url])
    assert result.exit_code == 1
    assert "R007" in result.output


def test_ingest_cli_bad_db_exit_status(tmp_path):
    result = CliRunner().invoke(app, ["stats", "--db", "nosuchdialect://x"])
    assert result.exit_code == 2 and "S001" in result.output


def test_ingest_reanalyze_replaces_rows(db_url, tmp_path, nlp):
    ingest([_write(tmp_path / "in", {"a.txt": REPORT_A, "b.txt": REPORT_B, "s.txt": STORY})], db_url, nlp=nlp)
    before = stats(db_url)
    engine = open_db(db_url)
    with engine.begin() as conn:  # damage the derived rows of one article
        conn.execute(sa.text("DELETE FROM speaker_mentions WHERE article_id = 3"))
        conn.execute(sa.text("DELETE FROM statements WHERE article_id = 3"))
    engine.dispose()
    assert stats(db_url)["statements"] < before["statements"]
    summary = reanalyze(db_url, nlp=nlp)
    assert summary.stored == 3 and summary.skipped == {}
    assert stats(db_url) == before
    rejections = [e for e in _rejections(db_url) if e["source_code"] == "RUS"]
    assert len(rejections) == 1 and rejections[0]["n_articles"] == 2


def test_ingest_reanalyze_interrupted_leaves_whole_articles(db_url, tmp_path, nlp):
    ingest([_write(tmp_path / "in", {"a.txt": REPORT_A, "s.txt": STORY, "o.txt": OTHER_STORY})], db_url, nlp=nlp)
    before = stats(db_url)

    def stop(summary):
        if summary.stored == 2:
            raise KeyboardInterrupt

    with pytest.raises(Interrupted) as info:
        reanalyze(db_url, nlp=nlp, on_progress=stop)
    assert info.value.summary.stored == 2
    assert stats(db_url) == before


def test_ingest_search_statements(db_url, tmp_path, nlp):
    ingest([_write(tmp_path / "in", {"s.txt": STORY, "o.txt": OTHER_STORY})], db_url, nlp=nlp)
    engine = open_db(db_url)
    try:
        with engine.connect() as conn:
            found = search_statements(conn, "safety border")
            assert found and all("safety" in s["content_text"] for s in found)
            assert search_statements(conn, "safety", speaker="agne vaitkute")
            assert search_statements(conn, 'quote"s (odd) AND syntax') == []
            assert search_statements(conn, "safety", since="2024-01-01") == []
    finally:
        engine.dispose()


# -- feeds, from a local server on 127.0.0.1 only ------------------------------------------------

PAGE = """<!doctype html><html><head><title>{title}</title>
<meta property="og:site_name" content="Baltic Wire"></head>
<body><nav>Home | World | Europe</nav><article><h1>{title}</h1>{paragraphs}</article>
<footer>All rights reserved.</footer></body></html>"""


def _page(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    title, body = lines[0], [line for line in lines[2:]]
    return PAGE.format(title=title, paragraphs="".join(f"<p>{p}</p>" for p in body))


def _rss(base: str, items: list[tuple[str, str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}/{name}</link><guid>{base}/{name}</guid>"
        f"<pubDate>{date}</pubDate></item>"
        for name, title, date in items
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Baltic Wire</title>'
            f"<link>{base}/</link>{entries}</channel></rss>")


def _serve_feed(base: str, root: Path) -> None:
    (root / "a.html").write_text(_page(REPORT_A), encoding="utf-8")
    (root / "o.html").write_text(_page(OTHER_STORY), encoding="utf-8")
    (root / "feed.xml").write_text(_rss(base, [
        ("a.html", "Moscow Turns Down US Offer", "Fri, 12 May 2023 10:00:00 GMT"),
        ("o.html", "Finland Opens Consulate in Kyiv", "Mon, 17 Apr 2023 08:00:00 GMT"),
        ("missing.html", "A page that is gone", "Mon, 17 Apr 2023 09:00:00 GMT"),
    ]), encoding="utf-8")


def test_ingest_feed_url_fetches_each_entry(db_url, http_root, nlp):
    base, root, requests = http_root
    _serve_feed(base, root)
    summary = ingest([f"{base}/feed.xml"], db_url, nlp=nlp, delay=0)
    assert summary.stored == 2
    assert summary.skipped == {"F001": 1} and "HTTP 404" in summary.errors[0]
    assert all(agent and agent.startswith("redline/") for _, agent in requests)
    engine = open_db(db_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT url, title, date, publisher FROM articles ORDER BY id")).all()
    engine.dispose()
    assert [r.url for r in rows] == [f"{base}/a.html", f"{base}/o.html"]
    assert str(rows[0].date) == "2023-05-12" and rows[0].publisher == "Baltic Wire"
    assert rows[1].title == "Finland Opens Consulate in Kyiv"
    # again: the stored entries are not fetched a second time
    requests.clear()
    again = ingest([f"{base}/feed.xml"], db_url, nlp=nlp, delay=0)
    assert again.stored == 0 and again.skipped == {"already stored": 2, "F001": 1}
    assert sorted(path for path, _ in requests) == ["/feed.xml", "/missing.html"]


def test_ingest_feed_file_and_page_url(db_url, http_root, tmp_path, nlp):
    base, root, requests = http_root
    _serve_feed(base, root)
    feed_file = tmp_path / "saved" / "news.rss"
    feed_file.parent.mkdir()
    feed_file.write_text((root / "feed.xml").read_text())
    summary = ingest([feed_file.parent, f"{base}/o.html"], db_url, nlp=nlp, delay=0)
    assert summary.stored == 2  # the page URL came in the feed already: not fetched again
    assert summary.skipped == {"F001": 1, "repeated in input": 1}
    assert sorted(path for path, _ in requests) == ["/a.html", "/missing.html", "/o.html"]
    again = ingest([f"{base}/o.html"], db_url, nlp=nlp, delay=0)
    assert again.skipped == {"already stored": 1} and len(requests) == 3  # a stored page is not fetched


def test_ingest_fetcher_waits_per_host(http_root):
    base, root, requests = http_root
    (root / "x.html").write_text("<html></html>")
    fetcher = Fetcher(delay=0.4, timeout=5)
    start = time.monotonic()
    for _ in range(3):
        fetcher.fetch(f"{base}/x.html")
    assert time.monotonic() - start >= 0.8
    assert len(requests) == 3


def test_ingest_feed_bad_document():
    items = list(read_feed(b"<html><body>not a feed</body></html>", "page.xml"))
    assert len(items) == 1 and str(items[0]).startswith("F002 page.xml")


@pytest.mark.parametrize("command", ["ingest", "stats", "export", "reanalyze"])
def test_ingest_corpus_commands_are_documented(command, repo_root):
    """Every corpus command is in the README's Corpus section and has help with an example."""
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    corpus = readme.split("## Corpus", 1)[1].split("\n## ", 1)[0]
    assert f"redline {command}" in corpus
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "--db" in result.output
