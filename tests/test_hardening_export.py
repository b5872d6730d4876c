"""Exports and the read-only commands against hostile or mistyped input:
CSV and GDELT cells a spreadsheet would run as formulas are neutralised,
``export``/``stats`` refuse a database that does not exist (and create
none), and a JSONL input that repeats an id is warned about, naming both
lines, while every record is still read."""

from __future__ import annotations

import csv
import json
import logging
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from redline.cli.main import app as cli_app
from redline.errors import StoreError
from redline.export import export
from redline.export.tabular import spreadsheet_safe
from redline.read.jsonl import read_jsonl
from redline.types import Article

# Our own short story; the record's id, title and URL are what a hostile feed could send.
HOSTILE = {
    "id": "@SUM(1+1)",
    "title": "+SUM(1,2) Moscow Turns Down Offer",
    "url": '=HYPERLINK("http://attacker.example/x","open")',
    "date": "2024-03-08",
    "text": "Moscow Turns Down Offer\n\nRussia rejected the proposal from the United States on Friday, "
            "officials in Moscow said.\n",
}


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory, nlp) -> str:
    from redline.store import ingest

    folder = tmp_path_factory.mktemp("hardening-export")
    source = folder / "hostile.jsonl"
    source.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    url = f"sqlite:///{folder / 'corpus.db'}"
    summary = ingest([source], url, nlp=nlp)
    assert summary.stored == 1 and summary.events >= 1, summary
    return url


@pytest.mark.parametrize("value, safe", [
    ("=1+2", "'=1+2"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Moscow", "Moscow"), ("", ""), (-4.0, -4.0), (None, None), ("a=b", "a=b"),
])
def test_spreadsheet_safe(value, safe):
    assert spreadsheet_safe(value) == safe


def test_csv_export_neutralises_formula_cells(hostile_db, tmp_path):
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(cli_app, ["export", "--db", hostile_db, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert rows
    for row in rows:
        assert row["article_ref"] == "'" + HOSTILE["id"]
        assert row["article_title"] == "'" + HOSTILE["title"]
        assert row["article_url"] == "'" + HOSTILE["url"]
        for name, cell in row.items():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (name, cell)
        assert float(row["goldstein"]) < 0  # numbers stay numbers, minus sign and all
        assert row["type"] == "REJECT"


def test_gdelt_export_neutralises_formula_cells(hostile_db, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(hostile_db, format="gdelt", output=out) >= 1
    for line in out.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        assert fields[21] == "'" + HOSTILE["url"]  # SOURCEURL
        assert float(fields[17]) < 0  # GoldsteinScale
        assert not any(f.startswith(("=", "+", "@")) for f in fields), fields


def test_jsonl_export_keeps_values_exact(hostile_db, tmp_path):
    out = tmp_path / "events.jsonl"
    export(hostile_db, format="jsonl", output=out)
    row = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert (row["article_ref"], row["article_title"], row["article_url"]) == (
        HOSTILE["id"], HOSTILE["title"], HOSTILE["url"])


# -- a database that does not exist ------------------------------------------------------------


@pytest.mark.parametrize("command", [["stats"], ["stats", "--format", "json"], ["export", "--format", "csv", "-o", "OUT"]])
@pytest.mark.parametrize("form", ["path", "url"])
def test_read_only_commands_refuse_a_missing_database(tmp_path, command, form):
    missing = tmp_path / "typo" / "corpus.db"
    db = str(missing) if form == "path" else f"sqlite:///{missing}"
    out = tmp_path / "out.csv"
    args = [str(out) if part == "OUT" else part for part in command]
    result = CliRunner().invoke(cli_app, [*args, "--db", db])
    assert result.exit_code == 2, result.output
    assert "S004" in result.output and str(missing) in result.output
    assert not missing.exists() and not missing.parent.exists()
    assert not out.exists()


def test_export_api_refuses_a_missing_database(tmp_path):
    with pytest.raises(StoreError, match="S004"):
        export(tmp_path / "nothing.db", format="jsonl", output=tmp_path / "x.jsonl")
    assert not (tmp_path / "nothing.db").exists()


def test_read_only_commands_still_read_an_existing_database(hostile_db):
    result = CliRunner().invoke(cli_app, ["stats", "--db", hostile_db, "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output)["articles"] == 1


# -- duplicate ids in one JSONL input ---------------------------------------------------------


def _records(tmp_path):
    path = tmp_path / "dup.jsonl"
    lines = [{"id": "x-1", "text": "Chile and Peru signed a fishing accord on Monday."},
             {"id": "x-2", "text": "Peru recalled its ambassador from Chile."},
             {"id": "x-1", "text": "Bolivia asked Chile for access to the sea."},
             {"text": "A record with no id of its own."},
             {"id": "x-2", "text": "Ecuador welcomed the accord."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    return path


def test_jsonl_duplicate_ids_warn_naming_both_lines(tmp_path, caplog):
    path = _records(tmp_path)
    with caplog.at_level(logging.WARNING, logger="redline.read.jsonl"):
        items = list(read_jsonl(path))
    assert [type(i) for i in items] == [Article] * 5  # every record is still read
    messages = [r.getMessage() for r in caplog.records]
    assert messages == [
        f"W001 {path}:3: duplicate id 'x-1', first at {path}:1; both records are kept",
        f"W001 {path}:5: duplicate id 'x-2', first at {path}:2; both records are kept",
    ]


def test_jsonl_duplicate_ids_on_the_command_line(tmp_path):
    path = _records(tmp_path)
    out = tmp_path / "pred.jsonl"
    proc = subprocess.run([sys.executable, "-m", "redline.cli.main", "analyze", "--format", "jsonl", str(path),
                           "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert f"{path}:3: duplicate id 'x-1', first at {path}:1" in proc.stderr
    assert f"{path}:5: duplicate id 'x-2', first at {path}:2" in proc.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
