"""The event trigger lexicon as data: the built-in tables, the user's own
(``--events``, ``event_tables=``), and clear errors for bad rows."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from redline.cli.main import app
from redline.events.triggers import THROUGH, LexiconError, builtin_lexicon, load_lexicon, read_lexicon
from redline.pipeline import analyze

# A made-up verb, so only the user's table can make it an event.
ZORBLE_TEXT = "The rebels zorbled the government in Kinshasa on Tuesday."
ZORBLE_TABLE = "# my verbs\nverb\tzorble\t-\tTHREATEN\tviolence\t138\t-\t-\n"


@pytest.fixture
def zorble(tmp_path):
    path = tmp_path / "my_events.tsv"
    path.write_text(ZORBLE_TABLE, encoding="utf-8")
    return path


def test_builtin_lexicon_reads_conditions_from_the_data_file():
    lex = builtin_lexicon()
    call = lex.verbs["call"]
    assert call.prep["for"].type == "REQUEST" and call.prep["for"].appeal
    assert call.prt["off"].type == "CONCEDE"
    assert call.control == "ask"
    hand_over = lex.verbs["hand"].prt["over"]  # a particle with objects of its own
    assert hand_over.sense.cameo == "063"
    assert lex.group_match(("prisoner",), hand_over.obj).mode == "release"
    assert lex.verbs["carry"].prt["out"] is THROUGH
    assert lex.nouns["strike"].mods["hunger"].mode == "strike-hun"
    assert lex.nouns["talk"].plural_only and lex.nouns["talk"].strong
    assert "protester" in lex.crowd and "martial law" in lex.groups["restrictions"]
    assert builtin_lexicon() is lex  # read once per process


def test_made_up_verb_is_coded_only_with_the_users_table(zorble):
    assert analyze(ZORBLE_TEXT, title="Report").events == []
    events = analyze(ZORBLE_TEXT, title="Report", event_tables=[zorble]).events
    assert [(e.type, e.mode, e.cameo) for e in events] == [("THREATEN", "violence", "138")]
    assert events[0].sources[0].code.endswith("REB")


def test_users_row_replaces_the_same_lemma_and_pattern(tmp_path):
    path = tmp_path / "quiet.tsv"
    path.write_text("verb\tpraise\t-\tNONE\t-\t-\t-\t-\nverb\tcall\tprep=for\tREQUEST\t-\t-\t-\t-\n",
                    encoding="utf-8")
    lex = load_lexicon([path])
    assert lex.verbs["praise"].sense.type is None
    assert lex.verbs["call"].prep["for"].appeal is False  # now a demand
    assert lex.verbs["call"].prt["off"].type == "CONCEDE"  # other patterns kept
    assert builtin_lexicon().verbs["praise"].sense.type == "SUPPORT"  # the built-in one untouched
    text = "Germany praised France for its help. Germany called for new elections in Haiti."
    types = [e.type for e in analyze(text, title="Report", event_tables=[path]).events]
    assert "SUPPORT" not in types and "REQUEST" in types


def test_cli_events_option_codes_the_made_up_verb(zorble, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "z1", "text": ZORBLE_TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["analyze", "--format", "jsonl", str(src), "-o", str(out),
                                      "--events", str(zorble)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    (pred,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [e["type"] for e in pred["events"]] == ["THREATEN"]


@pytest.mark.parametrize("row, reason", [
    ("verb\tzorble\t-\tthreaten\t-\t-\t-\t-", "type must be"),
    ("verb\tzorble\tobj=@nosuchgroup\tTHREATEN\t-\t-\t-\t-", "unknown group"),
    ("verb\tzorble\t-\tTHREATEN\t-\t-\t-\tcontrol=maybe", "unknown option"),
    ("verbs\tzorble\t-\tTHREATEN", "first column"),
    ("verb\tzorble\twith=x\tTHREATEN", "unknown pattern step"),
])
def test_bad_row_names_file_line_and_reason(tmp_path, row, reason):
    path = tmp_path / "bad.tsv"
    path.write_text("# header\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=reason) as err:
        load_lexicon([path])
    assert f"{path}:2" in str(err.value)


def test_cli_bad_events_table_is_a_usage_error_before_any_output(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("verb\tzorble\tobj=x\n", encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text("Headline\n\nGermany praised France.\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["analyze", str(src), "-o", str(out), "--events", str(bad)])
    assert result.exit_code == 2
    assert "bad --events table" in result.stderr and f"{bad}:1" in result.stderr
    assert not out.exists()


# -- the converted CAMEO verb dictionary ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    # verbs only the CAMEO table lists, each through a pattern on its object
    ("The United States waived sanctions on Iraq's purchases of Iranian power.", ("RETREAT", "085")),
    ("Iran shunned the summit in Doha.", ("REJECT", "125")),
    ("The Greek coast guard intercepted a vessel carrying Turkish migrants.", ("COERCE", "1711")),
])
def test_cameo_patterns_code_verbs_the_curated_lexicon_lacks(text, expected):
    lemma = {"RETREAT": "waive", "REJECT": "shun", "COERCE": "intercept"}[expected[0]]
    assert lemma not in _curated().verbs
    events = analyze(text, title="Report").events
    assert [(e.type, e.cameo) for e in events] == [expected]


def test_cameo_verb_without_its_pattern_is_no_event():
    # "waive" codes only with what is waived; a bare waiver of a fee is nothing
    assert analyze("The city waived the parking fee for visitors.", title="Report").events == []


def test_curated_entry_wins_over_the_cameo_table():
    lex = builtin_lexicon()
    assert lex.verbs["accuse"].sense.cameo == "112"  # curated, though CAMEO lists it too
    assert "accuse" in _curated().verbs


def test_sports_phrase_stops_its_sentence_and_a_sports_headline_its_story():
    text = ("Serbian police beat Croatian fans after the Davis Cup final in Belgrade on Sunday. "
            "Serbian police beat Croatian protesters in Belgrade on Monday.")
    events = analyze(text, title="Report").events
    assert [(e.type, text[e.sentence[0]:e.sentence[1]].split(" on ")[-1]) for e in events] == [
        ("ASSAULT", "Monday.")]
    assert analyze(text, title="Manchester United sign new striker").events == []


def _curated():
    return read_lexicon(builtin=["event_triggers.tsv"])


def test_ingest_codes_the_made_up_verb_with_the_users_table(zorble, tmp_path):
    from redline.store import ingest, stats

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "z1", "text": ZORBLE_TEXT}) + "\n", encoding="utf-8")
    db = tmp_path / "corpus.db"
    ingest([src], db, event_tables=[zorble])
    assert stats(db)["events"] == 1
