"""Scale-out: worker processes and a Dask cluster give what one process gives.

The engines are compared on the example articles plus records written here
(with bad inputs among them), cut into small chunks so results must be put
back in order. Failing records are made with the scale module's test hooks
(environment variables read in the workers): one makes analysis of a record
raise, one makes its worker process die.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redline.actors import TableError
from redline.cli.main import app
from redline.errors import InputError
from redline.pipeline import analyze_stream
from redline.read import read_paths
from redline.scale import EngineError, analyze_parallel, analyze_with, pick_engine
from redline.scale.ordered import run_ordered
from redline.scale.work import CRASH_ENV, FAIL_ENV, Failed, analyze_chunk, chunks, model_loads
from redline.types import Analysis, Article

FAIL_ID = "scale-test-raises"
CRASH_ID = "scale-test-crashes"

RECORDS = [
    {
        "id": "geneva-1",
        "title": "Talks on Prisoner Exchange Resume in Geneva",
        "date": "2023-05-02",
        "text": (
            "Ukrainian Foreign Minister Olena Marchenko said on Tuesday that Kyiv was ready to exchange "
            "all prisoners held since the spring.\n\n"
            "“We are not asking for anything we have not offered ourselves,” Marchenko told reporters in Geneva.\n\n"
            "Russia rejected the proposal, and a Kremlin spokesman accused Kyiv of staging the talks for television."
        ),
    },
    {"id": "empty-2", "text": "   "},
    '{"id": "broken-3", "text": ',
    {
        "id": "manila-4",
        "text": (
            "The Philippines protested to China on Monday after coast guard ships blocked a resupply mission.\n\n"
            "“This is a violation of our sovereign rights,” said Defence Secretary Ramon Cruz."
        ),
    },
    {"id": "oslo-5", "text": "Officials believe the deal could be extended for another four months."},
    {
        "id": "ankara-6",
        "text": (
            "Turkish President Kemal Aydin threatened to close the straits to warships if the fighting spread.\n\n"
            "“We will not stand by,” Aydin said."
        ),
    },
]


# ----------------------------------------------------------------- helpers


def _plain(items) -> list[dict | str]:
    """Analyses as prediction dicts, errors as their messages, in order."""
    return [str(item) if isinstance(item, InputError) else item.to_prediction() for item in items]


@pytest.fixture
def corpus(example_dir, write_jsonl, write_article) -> list[Path]:
    """The example articles, records with bad ones among them, and an empty file."""
    records = write_jsonl("records.jsonl", RECORDS)
    empty = write_article("empty.txt", "")
    return [example_dir, records, empty]


@pytest.fixture(scope="module")
def hooked_env() -> Iterator[None]:
    """The test hooks armed for the ids above (no other article has them),
    before any worker of this module starts."""
    saved = {name: os.environ.get(name) for name in (FAIL_ENV, CRASH_ENV)}
    os.environ[FAIL_ENV], os.environ[CRASH_ENV] = FAIL_ID, CRASH_ID
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="module")
def dask_client(hooked_env):
    """A 2-worker local Dask cluster (1 thread each) shared by this module."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster, set_as_default=False) as client:
        yield client


# ----------------------------------------------------------------- chunks and order


def _articles(*ids: str) -> list[Article]:
    return [Article(text=f"Text of {i}.", id=i, source=i) for i in ids]


@pytest.mark.parametrize("size", [1, 2, 3])
def test_scale_chunks_hold_size_articles_with_errors_in_place(size):
    a, b, c = _articles("a", "b", "c")
    e1, e2 = InputError("R001 x: file is empty", "x"), InputError("R001 y: file is empty", "y")
    items = [e1, a, b, e2, c]
    cut = list(chunks(items, size))
    assert list(itertools.chain.from_iterable(cut)) == items
    assert all(sum(isinstance(i, Article) for i in chunk) == size for chunk in cut[:-1])


def _fake_worker(articles: list[Article]) -> list[Analysis]:
    return [Analysis(article=a) for a in articles]


def test_scale_run_ordered_keeps_input_order_and_bounds_what_is_read():
    pulled: list[str] = []

    def stream() -> Iterator[Article]:
        for article in _articles(*map(str, range(40))):
            pulled.append(article.id)
            yield article

    with ThreadPoolExecutor(4) as pool:
        results = run_ordered(chunks(stream(), 2), lambda arts: pool.submit(_fake_worker, arts), in_flight=3)
        first = next(results)
        # 3 chunks in flight and the one being yielded: 8 articles read, not 40
        assert len(pulled) <= 4 * 2
        rest = list(results)
    assert [r.article.id for r in [first, *rest]] == [str(i) for i in range(40)]


def test_scale_run_ordered_retries_a_lost_chunk_one_by_one():
    calls: list[list[str]] = []

    def submit(articles: list[Article]) -> Future:
        calls.append([a.id for a in articles])
        future: Future = Future()
        if "bad" in calls[-1]:
            future.set_exception(ConnectionError("worker died"))
        else:
            future.set_result(_fake_worker(articles))
        return future

    out = list(run_ordered(chunks(_articles("a", "bad", "c", "d"), 2), submit, 2, lost=(ConnectionError,)))
    assert [type(x).__name__ for x in out] == ["Analysis", "InputError", "Analysis", "Analysis"]
    assert str(out[1]).startswith("R009 bad: analysis failed (worker process lost")
    assert calls.count(["bad"]) == 2  # tried alone twice before it is blamed


def test_scale_run_ordered_raises_set_up_errors():
    def submit(articles):
        future: Future = Future()
        future.set_exception(TableError("bad.tsv:3: no code"))
        return future

    with pytest.raises(TableError):
        list(run_ordered(chunks(_articles("a"), 1), submit, 1, lost=(ConnectionError,)))


def test_scale_analyze_chunk_isolates_the_failing_article(hooked_env):
    arts = [
        Article(text="The minister said the talks were useful.", id="ok-1", source="in.jsonl:1"),
        Article(text="Officials said nothing.", id=FAIL_ID, source="in.jsonl:2"),
    ]
    results = analyze_chunk(arts, batch_size=2)
    assert isinstance(results[0], Analysis) and results[0].statements
    assert results[1] == Failed(
        "R009 in.jsonl:2: analysis failed (test hook: analysis fails for scale-test-raises)", "in.jsonl:2"
    )


# ----------------------------------------------------------------- engines


@pytest.mark.parametrize(
    "given,expected",
    [
        ((None, None, None), ("local", 1)),
        ((None, 1, None), ("local", 1)),
        ((None, 3, None), ("processes", 3)),
        (("processes", 2, None), ("processes", 2)),
        (("dask", None, None), ("dask", 2)),
        (("dask", 4, None), ("dask", 4)),
        ((None, None, "tcp://127.0.0.1:8786"), ("dask", None)),
    ],
)
def test_scale_pick_engine(given, expected):
    assert pick_engine(*given) == expected


@pytest.mark.parametrize(
    "given", [("local", 2, None), ("processes", None, "tcp://h:1"), ("spark", None, None), (None, 0, None)]
)
def test_scale_pick_engine_refuses_options_that_do_not_go_together(given):
    with pytest.raises(EngineError):
        pick_engine(*given)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_scale_a_driver_without_threads_forks_its_workers():
    import threading

    from redline.scale import processes

    if threading.active_count() > 1:
        pytest.skip("another test left a thread running in this process")
    assert processes._context().get_start_method() == "fork"


def test_scale_same_results_in_one_process_in_worker_processes_and_on_dask(corpus, hooked_env):
    """Small chunks, cut differently from the single process's batches: the
    results must still come back complete, identical and in order."""
    expected = _plain(analyze_stream(read_paths(corpus)))
    assert sum(isinstance(x, str) for x in expected) == 3  # empty record, broken line, empty file
    assert sum(bool(isinstance(x, dict) and x["statements"]) for x in expected) >= 6
    assert _plain(analyze_parallel(read_paths(corpus), jobs=2, batch_size=3, chunk=2)) == expected
    pytest.importorskip("distributed")
    from redline.scale import analyze_dask

    assert _plain(analyze_dask(read_paths(corpus), n_workers=2, batch_size=2, chunk=1)) == expected


def test_scale_worker_processes_start_alike_beside_other_threads(corpus, hooked_env):
    """A driver running another thread gets workers from a fork server, not
    forked from itself; the results are the same."""
    import threading

    from redline.scale import processes

    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert processes._context().get_start_method() in ("forkserver", "spawn")
        got = _plain(analyze_parallel(read_paths(corpus), jobs=2, chunk=3))
    finally:
        stop.set()
        other.join()
    assert got == _plain(analyze_stream(read_paths(corpus)))


def test_scale_worker_processes_report_a_failing_record_and_go_on(write_jsonl, hooked_env):
    records = [RECORDS[0], {"id": FAIL_ID, "text": RECORDS[3]["text"]}, RECORDS[4], RECORDS[5]]
    path = write_jsonl("in.jsonl", records)
    out = list(analyze_parallel(read_paths([path]), jobs=2, batch_size=2))
    assert [type(x).__name__ for x in out] == ["Analysis", "InputError", "Analysis", "Analysis"]
    assert str(out[1]).startswith(f"R009 {path}:2: analysis failed (test hook")
    assert out[1].source == f"{path}:2"
    alone = [x.to_prediction() for x in analyze_stream(read_paths([path]), batch_size=2) if x.article.id != FAIL_ID]
    assert [x.to_prediction() for x in out if isinstance(x, Analysis)] == alone


def test_scale_worker_process_that_dies_is_replaced_and_its_record_reported(write_jsonl, hooked_env):
    records = [RECORDS[0], RECORDS[4], {"id": CRASH_ID, "text": RECORDS[3]["text"]}, RECORDS[5]]
    path = write_jsonl("in.jsonl", records)
    out = list(analyze_parallel(read_paths([path]), jobs=2, batch_size=2))
    assert [type(x).__name__ for x in out] == ["Analysis", "Analysis", "InputError", "Analysis"]
    assert str(out[2]).startswith(f"R009 {path}:3: analysis failed (worker process lost")
    assert [x.article.id for x in out if isinstance(x, Analysis)] == ["geneva-1", "oslo-5", "ankara-6"]


def test_scale_worker_processes_load_the_model_once_each(hooked_env):
    from redline.scale.processes import _Pool

    pool = _Pool(2, ())
    try:
        for future in [pool.submit(analyze_chunk, _articles(str(i)), 1, ()) for i in range(4)]:
            assert isinstance(future.result()[0], Analysis)
        assert {pool.submit(model_loads).result() for _ in range(8)} == {1}
    finally:
        pool.shutdown()


def test_scale_worker_processes_raise_a_bad_actor_table(write_article, hooked_env):
    table = write_article("actors.tsv", "this is not a table\n")
    with pytest.raises((TableError, FileNotFoundError)):
        list(analyze_parallel(iter(_articles("a", "b")), jobs=2, actor_tables=[table]))


def test_scale_worker_processes_stop_when_the_consumer_stops(hooked_env):
    stream = analyze_parallel(iter(_articles(*map(str, range(200)))), jobs=2, batch_size=4)
    first = next(stream)
    stream.close()  # must return promptly, not analyse the other 196
    assert first.article.id == "0"


def test_scale_dask_reports_a_failing_record_and_loads_the_model_once_per_worker(write_jsonl, dask_client):
    from redline.scale import analyze_dask
    from redline.scale.dask import worker_model_loads

    records = [RECORDS[0], RECORDS[4], {"id": FAIL_ID, "text": RECORDS[3]["text"]}, RECORDS[5], *RECORDS[6:]]
    records += [{"id": f"more-{i}", "text": RECORDS[5]["text"]} for i in range(6)]
    path = write_jsonl("in.jsonl", records)
    out = list(analyze_dask(read_paths([path]), chunk=1, client=dask_client))
    assert [x.article.id if isinstance(x, Analysis) else x.source for x in out] == [
        "geneva-1", "oslo-5", f"{path}:3", "ankara-6", *(f"more-{i}" for i in range(6))
    ]
    assert str(out[2]).startswith(f"R009 {path}:3: analysis failed (test hook")
    loads = worker_model_loads(dask_client)
    assert len(loads) == 2 and set(loads.values()) == {1}, loads
    # both workers took part, each with its one model
    assert dask_client.run(lambda: True).keys() == loads.keys()


def test_scale_model_loads_counts_this_process(nlp):
    assert model_loads() >= 1


def test_scale_analyze_with_local_is_analyze_stream(corpus):
    assert _plain(analyze_with(read_paths(corpus), batch_size=2)) == _plain(analyze_stream(read_paths(corpus), batch_size=2))


# ----------------------------------------------------------------- Parquet


def test_scale_parquet_dataset_holds_every_statement_and_event_with_offsets(corpus, tmp_path):
    ds = pytest.importorskip("pyarrow.dataset")
    from redline.scale import analyses_to_parquet

    analyses = [x for x in analyze_stream(read_paths(corpus)) if isinstance(x, Analysis)]
    summary = analyses_to_parquet(iter(analyses), tmp_path / "out", articles_per_file=3)
    assert summary.articles == len(analyses) == 8 and summary.files == 3
    assert sorted(p.name for p in (tmp_path / "out" / "events").iterdir()) == [
        "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"
    ]
    tables = {name: ds.dataset(tmp_path / "out" / name).to_table().to_pylist() for name in ("articles", "statements", "events")}
    texts = {row["article_id"]: row["text"] for row in tables["articles"]}
    expected = [(a.article.id, s) for a in analyses for s in a.to_prediction()["statements"]]
    assert len(tables["statements"]) == len(expected)
    for row, (article_id, st) in zip(tables["statements"], expected):
        assert row["article_id"] == article_id and row["kind"] == st["kind"]
        assert [[s["start"], s["end"]] for s in row["content_spans"]] == st["content"]["spans"]
        first = row["content_spans"][0]
        assert texts[article_id][first["start"]:first["end"]] in st["content"]["text"]
    assert [(r["article_id"], r["type"], r["sources"]) for r in tables["events"]] == [
        (a.article.id, e["type"], e["sources"]) for a in analyses for e in a.to_prediction()["events"]
    ]


def test_scale_parquet_refuses_a_folder_that_holds_a_dataset(tmp_path, analyze):
    pytest.importorskip("pyarrow")
    from redline.scale import analyses_to_parquet

    one = analyze("The minister said the talks were useful.")
    analyses_to_parquet([one], tmp_path)
    with pytest.raises(FileExistsError):
        analyses_to_parquet([one], tmp_path)


# ----------------------------------------------------------------- command line


def _cli(*args: str):
    return CliRunner().invoke(app, ["analyze", *args], catch_exceptions=False)


def test_scale_cli_jobs_and_dask_write_what_one_process_writes(corpus, tmp_path, dask_client):
    paths = [str(p) for p in corpus]
    runs = {
        "one": [],
        "jobs": ["--jobs", "2"],
        "dask": ["--engine", "dask", "--scheduler", dask_client.scheduler.address],
    }
    outputs = {}
    for name, extra in runs.items():
        out = tmp_path / f"{name}.jsonl"
        result = _cli("--format", "jsonl", "--batch-size", "2", *extra, *paths, "-o", str(out))
        assert result.exit_code == 1, result.stderr  # three bad inputs, as without workers
        assert result.stderr.count("redline: skipped R00") == 3
        assert "3 input(s) failed, 8 analysed; exit status 1" in result.stderr
        outputs[name] = out.read_text(encoding="utf-8")
    assert outputs["jobs"] == outputs["one"] == outputs["dask"]
    assert len(outputs["one"].splitlines()) == 8


def test_scale_cli_refuses_a_scheduler_without_dask(example_dir):
    result = _cli("--engine", "processes", "--scheduler", "tcp://127.0.0.1:1", str(example_dir))
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.stderr


def test_scale_cli_parquet_writes_a_dataset_folder(example_dir, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "dataset"
    result = _cli("--format", "parquet", "--jobs", "2", str(example_dir), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert pq.read_table(out / "articles" / "part-00000.parquet").num_rows == 4
    again = _cli("--format", "parquet", str(example_dir), "-o", str(out))
    assert again.exit_code == 2 and "already holds Parquet files" in again.stderr
    assert _cli("--format", "parquet", str(example_dir)).exit_code == 2  # a folder is needed


@pytest.mark.parametrize("option", ["--jobs", "--engine dask", "--scheduler tcp://", "--format parquet", "dask scheduler", "dask worker"])
def test_scale_options_are_documented(option, repo_root):
    """The README's Running at scale section shows each option, and the
    command's help lists it."""
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Running at scale", 1)[1].split("\n## ", 1)[0]
    assert option in section
    if option.startswith("--"):
        help_text = CliRunner().invoke(app, ["analyze", "--help"], terminal_width=200).output
        assert option.split()[0] in help_text
