"""``redline export``: Parquet, CSV, JSON Lines, GDELT TSV and PLOVER JSON, with filters;
on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_store_support import REPORT_A, REPORT_B, db_url  # noqa: F401
from typer.testing import CliRunner

from redline.cli.main import app
from redline.export import ExportError, export
from redline.export.gdelt import GDELT_COLUMNS
from redline.export.rows import COLUMN_NAMES
from redline.store import QueryError, ingest, stats



@pytest.fixture
def corpus(db_url, tmp_path, example_dir, nlp) -> str:
    """A database with the example articles and two reports of one event."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "b.txt").write_text(REPORT_B, encoding="utf-8")
    ingest([example_dir, folder], db_url, nlp=nlp)
    return db_url


def test_export_csv_one_row_per_event(corpus, tmp_path):
    out = tmp_path / "events.csv"
    count = export(corpus, format="csv", output=out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert count == len(rows) == stats(corpus)["events"]
    assert list(rows[0]) == COLUMN_NAMES
    merged = [r for r in rows if r["source_code"] == "RUS" and r["target_code"] == "USA" and r["type"] == "REJECT"]
    assert len(merged) == 1 and merged[0]["n_articles"] == "2" and merged[0]["date"] == "2023-05-12"
    assert all(r["evidence"] for r in rows)


def test_export_parquet_types_and_filters(corpus, tmp_path):
    out = tmp_path / "events.parquet"
    count = export(corpus, format="parquet", output=out, since="2022-06-01", until="2022-12-31")
    table = pq.read_table(out)
    assert table.num_rows == count > 0
    assert table.schema.names == COLUMN_NAMES
    assert str(table.schema.field("date").type) == "date32[day]"
    days = {d.isoformat() for d in table.column("date").to_pylist()}
    assert days and all("2022-06-01" <= d <= "2022-12-31" for d in days)


def test_export_empty_parquet_has_the_schema(corpus, tmp_path):
    out = tmp_path / "none.parquet"
    assert export(corpus, format="parquet", output=out, type="NO_SUCH_TYPE") == 0
    assert pq.read_table(out).schema.names == COLUMN_NAMES


@pytest.mark.parametrize("actor", ["RUS", "USA", "IRN"])
def test_export_actor_filter(corpus, tmp_path, actor):
    out = tmp_path / "a.jsonl"
    export(corpus, format="jsonl", output=out, actor=actor.lower())
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows
    assert all(actor in (r["source_code"], r["target_code"], r["source_country"], r["target_country"]) for r in rows)


def test_export_type_filter_and_paging(corpus, tmp_path):
    whole, paged = tmp_path / "whole.jsonl", tmp_path / "paged.jsonl"
    export(corpus, format="jsonl", output=whole, type="reject")
    export(corpus, format="jsonl", output=paged, type="REJECT", page_size=2)
    assert whole.read_text() == paged.read_text()
    assert {json.loads(line)["type"] for line in whole.read_text().splitlines()} == {"REJECT"}


def test_export_gdelt_columns(corpus, tmp_path):
    out = tmp_path / "events.tsv"
    count = export(corpus, format="gdelt", output=out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == count == stats(corpus)["events"]
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in lines)
    merged = next(r for r in rows if r["Actor1Code"] == "RUS" and r["Actor2Code"] == "USA" and r["PloverType"] == "REJECT")
    assert merged["SQLDATE"] == "20230512" and merged["NumArticles"] == "2" and merged["NumMentions"] == "2"
    assert merged["EventRootCode"] == merged["EventCode"][:2] and merged["QuadClass"] in {"1", "2", "3", "4"}


def test_export_plover_records_carry_all_reports(corpus, tmp_path):
    out = tmp_path / "events.plover.jsonl"
    export(corpus, format="plover", output=out, actor="RUS", type="REJECT", since="2023-05-12", until="2023-05-12")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    merged = [r for r in records if r["source"] == "RUS" and r["target"] == "USA"]
    assert len(merged) == 1
    record = merged[0]
    assert record["event"] == "REJECT" and record["date"] == "2023-05-12"
    assert sorted(r["title"] for r in record["reports"]) == ["Moscow Turns Down US Offer", "Talks Stall as Kremlin Says No"]
    assert "rejected" in record["text"]


def test_export_bad_requests(corpus, tmp_path):
    with pytest.raises(ExportError):
        export(corpus, format="xml", output=tmp_path / "x")
    with pytest.raises(ExportError):
        export(corpus, format="parquet", output=None)
    with pytest.raises(QueryError):
        export(corpus, format="csv", output=tmp_path / "x.csv", since="12/05/2023")
    assert not (tmp_path / "x.csv").exists()


def test_export_cli(corpus, tmp_path):
    runner = CliRunner()
    out = tmp_path / "cli.csv"
    result = runner.invoke(app, ["export", "--db", corpus, "--format", "csv", "-o", str(out), "--type", "REJECT"])
    assert result.exit_code == 0, result.output
    assert all(r["type"] == "REJECT" for r in csv.DictReader(out.open(encoding="utf-8")))
    result = runner.invoke(app, ["export", "--db", corpus, "--format", "gdelt", "--actor", "RUS"])
    assert result.exit_code == 0 and result.stdout.count("\n") >= 1
    result = runner.invoke(app, ["export", "--db", corpus, "--format", "csv", "--until", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_export_cli_reads_like_the_api(corpus, tmp_path):
    """Flags carry the kwargs' names: the CLI and the API write the same bytes."""
    cli_out, api_out = tmp_path / "cli.tsv", tmp_path / "api.tsv"
    args = ["export", "--db", corpus, "--format", "gdelt", "-o", str(cli_out), "--since", "2021-01-01", "--actor", "USA"]
    assert CliRunner().invoke(app, args).exit_code == 0
    export(corpus, format="gdelt", output=api_out, since="2021-01-01", actor="USA")
    assert Path(cli_out).read_bytes() == Path(api_out).read_bytes()
