"""An act the article narrates is an event, not a statement: "declared a
state of emergency", "farmers blocked the bridge", "a convoy was attacked
by a crowd" report no one's words. A report of an act stays a statement
("Police confirmed at least 12 arrests"), and so does a politician's verbal
attack. The articles are written for the tests; the first line of each is
its headline."""

from __future__ import annotations

import redline

_STORY = ("Emergency rule declared in northern Ghanzi\n\n"
          "Botswana's president declared a state of emergency in the northern district on Tuesday after a week "
          "of unrest. Hundreds of cattle farmers blocked the main bridge into the district town. A bus "
          "carrying the regional commissioner was attacked by a crowd of herders with sticks. Police confirmed at least "
          "12 arrests. Opposition senator Kabo Moeng attacked the president in a radio interview, saying the "
          "emergency was unlawful.\n")


def _cues(analysis, text):
    return [s.cue_text(text) for s in analysis.statements]


def test_narrated_acts_are_events_and_not_statements(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    cues = _cues(analysis, _STORY)
    for act in ("declared", "blocked", "was attacked", "attacked by"):
        assert not any(cue.startswith(act) for cue in cues), cues
    types = {e.type for e in analysis.events}
    assert {"COERCE", "PROTEST", "ASSAULT"} <= types, types


def test_reports_of_acts_and_verbal_attacks_stay_statements(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    by_cue = {s.cue_text(_STORY): s for s in analysis.statements}
    assert "confirmed" in by_cue and by_cue["confirmed"].speaker.actor == "BWACOP", by_cue
    assert "attacked" in by_cue and by_cue["attacked"].speaker.name == "Kabo Moeng", by_cue


def test_events_still_point_at_their_statements(nlp):
    text = ("Minister says rebels shelled villages\n\n"
            "The interior minister declared a curfew in the border province on Friday. He said rebels had "
            "shelled three villages overnight.\n")
    analysis = redline.analyze(text, nlp=nlp)
    assert not any(s.cue_text(text) == "declared" for s in analysis.statements)
    reported = [e for e in analysis.events if e.asserted_by == "speaker"]
    assert reported, analysis.events
    for event in reported:
        statement = analysis.statements[event.statement_index]
        start, end = statement.content[0]
        assert start <= event.trigger[0][0] < end + 40, (statement, event)

