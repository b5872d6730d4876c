"""Words that look like reports and are not: members who "called" (a visit
or a phone call, no object, no clause), an officer "questioned by
detectives" (an interrogation), "a referendum which rejected" a plan (a
vote's result), and a nickname in quotation marks between a given name and
a surname. The articles are written for the tests; the first line of each
is its headline."""

from __future__ import annotations

import redline

STATION = ("Crowd gathers at police station\n\n"
           "ST. GEORGE'S (CMC) - Party members called, and Inspector Raymond \"Bull\" Mason came to the "
           "station within minutes. Constable Kevin Baptiste was questioned by detectives until midnight. "
           "Sergeant Kelvin \"Shadow\" Noel said the arrest was lawful.\n")

VOTE = ("Voters back the prince\n\n"
        "VADUZ (Reuters) - Voters backed the monarch in a referendum which decisively rejected a plan to "
        "limit his veto. Opposition leaders called for calm.\n")


def test_calls_questioning_and_nicknames_report_nothing(nlp):
    analysis = redline.analyze(STATION, nlp=nlp)
    cues = [s.cue_text(STATION) for s in analysis.statements]
    assert "called" not in cues
    assert not any("questioned" in c for c in cues)
    said = [s for s in analysis.statements if s.cue_text(STATION) == "said"]
    assert len(said) == 1 and said[0].content_text(STATION) == "the arrest was lawful"
    assert not any("Bull" in s.content_text(STATION) for s in analysis.statements)


def test_a_vote_is_no_speaker_but_a_call_for_calm_is(nlp):
    analysis = redline.analyze(VOTE, nlp=nlp)
    assert not [s for s in analysis.statements if "referendum" in (s.speaker.mention or "")]
    assert [s for s in analysis.statements if s.cue_text(VOTE) == "called"]


VIEW = ("Islands renew fishing deal\n\n"
        "A sharper line is taken by Anna Holm, who sits for the Liberal Party in the EU Parliament, who says "
        "the islands should lose their trade privileges.\n")


def test_a_second_who_clause_is_the_persons_not_the_bodys(nlp):
    analysis = redline.analyze(VIEW, nlp=nlp)
    says = next(s for s in analysis.statements if "trade privileges" in s.content_text(VIEW))
    assert says.speaker.name == "Anna Holm"
