"""A participle hung on a reported clause speaks for whoever reports it
("Abashidze said the rallies were financed from abroad, accusing
organisers of extremism and threatening that …": both are his), and a
participle the parser coordinated with the verb of the clause a participle
above reports goes on from that participle ("…, declaring that the old plan
had lost all meaning, and calling on …": Demir calls, not the plan). The article
is written for the tests; its first line is its headline."""

from __future__ import annotations

import redline

_TEXT = ("Premier warns rally organisers\n\n"
         "TBILISI - Prime Minister Levan Abashidze said on Sunday that the rallies were financed from abroad, "
         "accusing organisers of \"extremism\" and threatening that \"some will end up in prison.\"\n\n"
         "President Tarik Demir addressed lawmakers in the capital, declaring that the old power-sharing plan "
         "had \"lost all meaning\", and calling on other governments to recognise the new republic.\n")


def test_participles_take_the_speaker_of_the_clause_they_go_on_from(nlp):
    analysis = redline.analyze(_TEXT, nlp=nlp)
    by_cue = {s.cue_text(_TEXT): s.speaker.name for s in analysis.statements}
    assert by_cue.get("accusing") == "Levan Abashidze", by_cue
    assert by_cue.get("threatening") == "Levan Abashidze", by_cue
    assert by_cue.get("calling on") == "Tarik Demir", by_cue
