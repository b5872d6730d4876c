"""A surname that is a state's name ("Interior Minister Mark Jordan …
Jordan said") names the person in a story that never places anything in
that state: his code is his own state's, the bare surname is him, and it is
no place on the map. Where the story does place something there ("in
Jordan"), the name stays the state's. The articles are written for the
tests; the first line of each is its headline."""

from __future__ import annotations

import redline

STORY = ("Irish minister defends asylum plan\n\n"
         "DUBLIN (Reuters) - Ireland's Interior Minister Mark Jordan on Tuesday defended a plan to house asylum "
         "seekers in former army barracks.\n\n"
         "Jordan said the government would not back down. \"We have no other option,\" Jordan told reporters in "
         "Dublin.\n")


def test_a_state_surname_is_the_person(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    jordan = next(e for e in analysis.entities if e.name == "Mark Jordan")
    assert jordan.actor == "IRLGOV"
    assert sum(STORY[s:t] == "Jordan" for s, t in jordan.mentions) == 2
    assert all(s.speaker.actor == "IRLGOV" for s in analysis.statements if s.speaker.mention == "Jordan")
    assert not any(p.country == "JOR" for p in analysis.places)
    # ("Jordan said the government would not back down": Ireland's government)
    assert not any(r.code.startswith("JOR") for e in analysis.events for r in e.sources + e.targets if r.code)


def test_a_state_the_story_places_things_in_stays_a_state(nlp):
    text = STORY + "\nThe minister visited refugee camps in Jordan last year.\n"
    analysis = redline.analyze(text, nlp=nlp)
    assert any(p.country == "JOR" for p in analysis.places)
