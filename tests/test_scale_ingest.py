"""`redline ingest --jobs N`: storing what worker processes analysed gives
the same database as one process."""

from __future__ import annotations

from typer.testing import CliRunner

from redline.cli.main import app
from redline.export import export
from redline.store import ingest, stats


def _events(db, out):
    export(db, format="jsonl", output=out)
    return out.read_text(encoding="utf-8").splitlines()


def test_scale_ingest_jobs_stores_what_one_process_stores(example_dir, tmp_path):
    one = ingest([example_dir], tmp_path / "one.db")
    two = ingest([example_dir], tmp_path / "two.db", jobs=2)
    assert (one.stored, one.statements) == (two.stored, two.statements)
    assert stats(tmp_path / "one.db") == stats(tmp_path / "two.db")
    assert _events(tmp_path / "one.db", tmp_path / "one.jsonl") == _events(tmp_path / "two.db", tmp_path / "two.jsonl")


def test_scale_ingest_cli_rejects_bad_jobs(example_dir, tmp_path):
    result = CliRunner().invoke(app, ["ingest", str(example_dir), "--db", str(tmp_path / "x.db"), "--jobs", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.output + (result.stderr or "")
