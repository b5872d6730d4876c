"""A participle hung on a reported clause speaks for whoever reports it
("Kobakhidze said the protests were funded from abroad, accusing
organisers of radicalism and threatening …": both are his), and a
participle the parser coordinated with the verb of the clause a participle
above reports goes on from that participle ("…, declaring that the federal
model had lost its validity, and calling on …": Erdogan calls, not the
model). The articles are written for the tests; the first line of each is
its headline."""

from __future__ import annotations

import redline

_TEXT = ("Georgian premier warns protest leaders\n\n"
         "TBILISI - Prime Minister Irakli Kobakhidze said on Sunday that the protests were funded from abroad, "
         "accusing organisers of \"radicalism\" and threatening that \"many may find themselves behind bars.\"\n\n"
         "Turkish President Recep Tayyip Erdogan addressed the parliament in the north, declaring that the "
         "federal model had \"completely lost its validity\", and calling on the international community to "
         "recognise the breakaway state.\n")


def test_participles_take_the_speaker_of_the_clause_they_go_on_from(nlp):
    analysis = redline.analyze(_TEXT, nlp=nlp)
    by_cue = {s.cue_text(_TEXT): s.speaker.name for s in analysis.statements}
    assert by_cue.get("accusing") == "Irakli Kobakhidze", by_cue
    assert by_cue.get("threatening") == "Irakli Kobakhidze", by_cue
    assert by_cue.get("calling on") == "Recep Tayyip Erdogan", by_cue
