"""What the story itself says of a side beats what the tables or a nearby
word would give: a person it calls the opposition leader is opposition,
forces loyal to someone are that state's forces (rebels, for a leader out
of power), police and crowds of a full story that names one state are
that state's, and a value ("academic freedom") is nobody. The articles are
written for the test; the first line of each is its headline."""

from __future__ import annotations

import redline
from redline.actors import ActorResolver

_OPPOSITION = ("Seoul prosecutors widen inquiry\n\n"
               "The main opposition leader, Lee Jae-myung, told supporters in Seoul on Friday that the inquiry "
               "into his land deals was political.\n\n"
               "Prosecutors accuse Lee of steering contracts to a developer during his years as a city mayor.\n")

_ONE_STATE = ("Two held after ballot brawl\n\n"
              "Officers detained two individuals on Saturday after fighting broke out beside a tallying centre in "
              "the northern district.\n\n"
              "A police spokesman said both men had been questioned and released on bail.\n\n"
              "Anti-riot police were deployed to break up the crowd that had gathered outside the district offices.\n\n"
              "The electoral commission said counting would resume on Monday.\n\n"
              "The home affairs minister described the fighting as a blot on Malawi's young democracy.\n")


def test_a_person_called_the_opposition_leader_is_opposition(nlp):
    analysis = redline.analyze(_OPPOSITION, nlp=nlp)
    lee = [e for e in analysis.entities if e.name == "Lee Jae-myung"]
    assert lee and lee[0].actor == "KOROPP", analysis.entities


def test_forces_loyal_to_someone_are_that_states_forces():
    resolver = ActorResolver()
    assert resolver.resolve("forces loyal to President Salva Kiir").code == "SSDMIL"
    assert resolver.resolve("police loyal to President Salva Kiir").code == "SSDCOP"
    assert resolver.resolve("fighters loyal to opposition leader Riek Machar").code == "SSDREB"


def test_a_full_story_naming_one_state_places_its_police_and_crowds(nlp):
    analysis = redline.analyze(_ONE_STATE, nlp=nlp)
    arrest = next(e for e in analysis.events if e.mode == "arrest")
    assert [r.code for r in arrest.sources] == ["MWICOP"], arrest
    assert [(r.text, r.code) for r in arrest.targets] == [("two individuals", "MWICVL")], arrest
    sent = next(e for e in analysis.events if e.type == "MOBILIZE")
    assert [r.code for r in sent.targets] == ["MWICVL"], sent  # the crowd they were sent to break up


def test_a_value_is_no_target(nlp):
    story = ("Lecturers fault funding cuts\n\n"
             "Lecturers' unions said the funding cuts were an assault on academic freedom.\n")
    analysis = redline.analyze(story, nlp=nlp)
    assert not any("freedom" in r.text for e in analysis.events for r in e.targets), analysis.events
