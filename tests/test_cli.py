"""The ``redline analyze`` command: output formats, ids, and bad input.

Most tests drive the command in-process with typer's CliRunner; one runs the
installed ``redline`` console script as a user would.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from redline.cli.main import app

RECORDS = [
    {
        "id": "kyiv-1",
        "title": "Commission Rejects New Grain Checks",
        "text": (
            "European Commission spokeswoman Maria Lindgren said on Tuesday that the bloc would not accept "
            "new inspection rules for grain ships.\n\n"
            "“We have met every condition that was put to us,” Lindgren told reporters."
        ),
    },
    {
        "id": "ankara-2",
        "text": (
            "Turkish Defence Minister Kemal Aydin said his government was ready to host another round of talks.\n\n"
            "“We will not let this agreement collapse over paperwork,” Aydin said."
        ),
    },
    {"id": "oslo-3", "text": "Officials believe the deal could be extended for another four months."},
]

TEXT_ARTICLE = """Ministers Meet in Oslo as Grain Talks Resume

March 14, 2023

Foreign Minister Anna Petersen said on Monday that the talks had been useful.

“We don’t expect a breakthrough this week,” Petersen told reporters. “But nobody has left the table.”
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _invoke(runner: CliRunner, *args: str):
    return runner.invoke(app, ["analyze", *args], catch_exceptions=False)


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_cli_jsonl_one_line_per_record_with_the_same_ids(runner, write_jsonl, tmp_path):
    src = write_jsonl("in.jsonl", RECORDS)
    out = tmp_path / "pred.jsonl"
    result = _invoke(runner, "--format", "jsonl", str(src), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    preds = _lines(out)
    assert [p["id"] for p in preds] == [r["id"] for r in RECORDS]
    first = preds[0]
    assert first["title"] == "Commission Rejects New Grain Checks"
    names = {s["speaker"]["name"] for s in first["statements"]}
    assert "Maria Lindgren" in names
    quote = next(s for s in first["statements"] if s["kind"] == "direct")
    (start, end), = quote["content"]["spans"]
    assert RECORDS[0]["text"][start:end] == "We have met every condition that was put to us,"
    assert preds[2]["statements"][0]["cue_type"] == "stance"
    assert "3 article(s) analysed" in result.stderr
    assert result.stdout == ""


def test_cli_jsonl_to_stdout_by_default_when_not_a_terminal(runner, write_jsonl):
    src = write_jsonl("in.jsonl", RECORDS[:2])
    result = _invoke(runner, str(src))
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["kyiv-1", "ankara-2"]


@pytest.mark.parametrize(("args", "suffix"), [(["--format", "json"], ".out"), ([], ".json")])
def test_cli_json_is_one_array(runner, write_jsonl, tmp_path, args, suffix):
    src = write_jsonl("in.jsonl", RECORDS)
    out = tmp_path / f"pred{suffix}"
    result = _invoke(runner, *args, str(src), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    assert [p["id"] for p in data] == ["kyiv-1", "ankara-2", "oslo-3"]


def test_cli_text_report_has_headline_and_speakers(runner, write_article):
    path = write_article("oslo.txt", TEXT_ARTICLE)
    result = _invoke(runner, "--format", "text", str(path))
    assert result.exit_code == 0, result.stderr
    report = result.stdout
    assert report.splitlines()[0] == "Ministers Meet in Oslo as Grain Talks Resume"
    assert "2023-03-14" in report
    assert "Anna Petersen" in report
    assert "We don’t expect a breakthrough this week" in report


def test_cli_directory_of_examples(runner, example_dir, tmp_path):
    out = tmp_path / "pred.jsonl"
    result = _invoke(runner, "-f", "jsonl", str(example_dir), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    ids = [p["id"] for p in _lines(out)]
    assert ids == sorted(p.stem for p in example_dir.iterdir() if p.suffix in (".txt", ".html"))
    assert all(p["statements"] for p in _lines(out))


# Bad input: (file name, content, the code and words stderr must show)
BAD_FILES = [
    ("empty.txt", b"", "R001", "file is empty"),
    ("blob.txt", b"\x00\x01\x02\x03binary\x00data" * 20, "R002", "binary"),
    ("latin1.txt", "Talks Resume\n\nThe minister said the café was closed.\n".encode("latin-1"), "R003", "UTF-8"),
    (
        "nav.html",
        b"<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>",
        "R004",
        "no article text",
    ),
]

BAD_RECORDS = [
    ("{not json", "R005", "not valid JSON"),
    (json.dumps({"id": "no-text", "title": "Nothing here"}), "R006", 'no "text"'),
]


@pytest.mark.parametrize(("name", "content", "code", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_cli_bad_file_is_reported_and_others_still_written(runner, write_article, write_jsonl, tmp_path, name, content, code, reason):
    good = write_jsonl("good.jsonl", RECORDS[:2])
    bad = write_article(name, content)
    out = tmp_path / "pred.jsonl"
    result = _invoke(runner, "-f", "jsonl", str(good), str(bad), "-o", str(out))
    assert result.exit_code != 0
    assert [p["id"] for p in _lines(out)] == ["kyiv-1", "ankara-2"]
    lines = [line for line in result.stderr.splitlines() if code in line]
    assert len(lines) == 1, result.stderr
    assert str(bad) in lines[0] and reason in lines[0]
    assert "1 input(s) failed, 2 analysed" in result.stderr
    assert code not in result.stdout


@pytest.mark.parametrize(("line", "code", "reason"), BAD_RECORDS, ids=[b[1] for b in BAD_RECORDS])
def test_cli_bad_record_names_file_and_line(runner, write_jsonl, tmp_path, line, code, reason):
    src = write_jsonl("in.jsonl", [RECORDS[0], line, RECORDS[2]])
    out = tmp_path / "pred.jsonl"
    result = _invoke(runner, "-f", "jsonl", str(src), "-o", str(out))
    assert result.exit_code != 0
    assert [p["id"] for p in _lines(out)] == ["kyiv-1", "oslo-3"]
    assert f"{code} {src}:2" in result.stderr
    assert reason in result.stderr
    assert "1 input(s) failed, 2 analysed" in result.stderr


def test_cli_all_kinds_of_bad_input_at_once(runner, write_article, write_jsonl, tmp_path):
    src = write_jsonl("in.jsonl", [RECORDS[0], *(r[0] for r in BAD_RECORDS), RECORDS[1]])
    bad = [write_article(name, content) for name, content, _, _ in BAD_FILES]
    missing = tmp_path / "missing.txt"
    out = tmp_path / "pred.json"
    result = _invoke(runner, "-f", "json", str(src), *map(str, bad), str(missing), "-o", str(out))
    assert result.exit_code == 1
    assert [p["id"] for p in json.loads(out.read_text(encoding="utf-8"))] == ["kyiv-1", "ankara-2"]
    for code in ("R001", "R002", "R003", "R004", "R005", "R006", "R007"):
        assert code in result.stderr
    assert "7 input(s) failed, 2 analysed" in result.stderr


def test_cli_unwritable_output_is_a_clear_error(runner, write_jsonl, tmp_path):
    src = write_jsonl("in.jsonl", RECORDS[:1])
    out = tmp_path / "no-such-dir" / "pred.jsonl"
    result = runner.invoke(app, ["analyze", str(src), "-o", str(out)])
    assert result.exit_code == 2
    assert str(out) in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_installed_binary_end_to_end(write_jsonl, write_article, tmp_path):
    exe = shutil.which("redline")
    command = [exe] if exe else [sys.executable, "-m", "redline.cli.main"]
    src = write_jsonl("in.jsonl", [RECORDS[0], "{not json", RECORDS[1]])
    out = tmp_path / "pred.jsonl"
    proc = subprocess.run(
        [*command, "analyze", "--format", "jsonl", str(src), "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    assert [p["id"] for p in _lines(out)] == ["kyiv-1", "ankara-2"]
    assert f"R005 {src}:2" in proc.stderr
    assert "1 input(s) failed, 2 analysed" in proc.stderr
    assert proc.stdout == ""


def test_cli_starts_without_the_database_and_web_layers_and_names_the_same_token_variable():
    import subprocess
    import sys

    probe = ("import sys, redline.cli.main; "
             "print(any(m.startswith(('sqlalchemy', 'fastapi', 'redline.store', 'redline.serve')) for m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "False"  # `redline analyze` pays for no database driver or web stack

    import redline.cli.serve
    import redline.serve.app

    assert redline.cli.serve.TOKEN_ENV == redline.serve.app.TOKEN_ENV
