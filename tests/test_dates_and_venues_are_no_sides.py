"""A date the parser hangs on a noun phrase ("supporters of the president
on Monday") is when, not who; the town where leaders meet is the venue,
not a side of the meeting (a visit is paid to the place it goes to). The
articles are written for the test; the first line of each is its headline."""

from __future__ import annotations

from spacy.tokens import Doc

import redline
from redline.events.participants import mention_tokens

_DATED = ("Dakar unrest spreads\n\n"
          "Supporters of opposition leader Ousmane Sonko on Monday attacked the offices of the ruling party in "
          "Dakar, police said.\n\n"
          "A day later an investigating judge, Fatou Ndiaye, on Tuesday ordered the detention of student leader "
          "Moussa Fall over the violence.\n")

_VENUE = ("Nordic ministers confer\n\n"
          "Nordic defence ministers met in Oslo on Thursday to settle a joint patrol plan. "
          "The Iranian foreign minister arrived in Moscow for talks on Friday.\n")


def test_a_date_hung_deep_in_a_phrase_is_cut_from_it(nlp):
    # the parse the model gives some such sentences: "on Monday" under the
    # leader's name inside the subject
    words = "Supporters of President Lula on Monday marched".split()
    doc = Doc(nlp.vocab, words=words, heads=[6, 0, 3, 1, 3, 4, 6],
              deps=["nsubj", "prep", "compound", "pobj", "prep", "pobj", "ROOT"],
              ents=["O", "O", "O", "B-PERSON", "O", "B-DATE", "O"])
    assert [t.text for t in mention_tokens(doc[0])] == "Supporters of President Lula".split()


def test_a_date_is_no_part_of_a_side(nlp):
    analysis = redline.analyze(_DATED, nlp=nlp)
    sides = [r.text for e in analysis.events for r in e.sources + e.targets]
    assert any(t.startswith("Supporters of opposition leader") for t in sides), analysis.events
    assert not any("Monday" in t or "Tuesday" in t for t in sides), analysis.events


def test_the_venue_of_a_meeting_is_no_side_but_a_visit_has_its_host(nlp):
    analysis = redline.analyze(_VENUE, nlp=nlp)
    met = [e for e in analysis.events if e.type == "CONSULT" and e.mode != "visit"]
    visit = [e for e in analysis.events if e.type == "CONSULT" and e.mode == "visit"]
    assert met and not any("Oslo" in r.text for e in met for r in e.targets), analysis.events
    assert visit and [r.code for r in visit[0].targets] == ["RUS"], analysis.events
