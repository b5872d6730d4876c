"""A speaker's turn ("“…,” said X. “…”"): by default each quotation is a
statement of its own by the same speaker (the canonical-speaker corpora's
convention); with ``quote_turns`` the quotation that goes on after the tag
in the same paragraph joins the tagged statement (PolNeAR's), and a
quotation in the next paragraph stays its own. The article is written for
the tests; its first line is its headline."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import redline
from redline.cli.main import app

STORY = ("Mayor defends budget\n\n"
         "“We have balanced the books for the first time in a decade,” Mayor Ana Ruiz said. “Nobody will lose "
         "a job because of this budget, and the libraries stay open.”\n\n"
         "“The opposition should read the numbers before they complain,” she added.\n")


def _contents(analysis) -> list[str]:
    return [s.content_text(STORY) for s in analysis.statements]


def test_each_quotation_is_a_statement_by_default(nlp):
    contents = _contents(redline.analyze(STORY, nlp=nlp))
    assert len(contents) == 3
    assert contents[0].startswith("We have balanced") and "Nobody" not in contents[0]


def test_a_turn_is_one_statement_with_quote_turns(nlp):
    analysis = redline.analyze(STORY, nlp=nlp, quote_turns=True)
    contents = _contents(analysis)
    assert len(contents) == 2
    assert "We have balanced" in contents[0] and "libraries stay open" in contents[0]
    assert analysis.statements[0].speaker.name == "Ana Ruiz"
    assert contents[1].startswith("The opposition")  # the next paragraph's quotation stays its own


def test_the_command_line_takes_quote_turns(tmp_path):
    story = tmp_path / "budget.txt"
    story.write_text(STORY, encoding="utf-8")
    out = CliRunner().invoke(app, ["analyze", "--quote-turns", "--format", "jsonl", str(story)])
    assert out.exit_code == 0, out.output
    record = json.loads(out.stdout.splitlines()[0])
    assert len(record["statements"]) == 2
