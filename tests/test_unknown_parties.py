"""A party the tables do not know: the story's own word for it ("the
party") says what it is, and it is of the story's state; its president
speaks for it. The article is written for the tests; its first line is its
headline."""

from __future__ import annotations

import redline

STORY = ("Opposition asks court to annul Lesotho vote\n\n"
         "MASERU (Reuters) - The Basotho Renewal Movement (BRM) has filed a case in which the party asks the "
         "High Court of Lesotho to declare the results of the October election invalid.\n\n"
         "The party is also asking the court to order a recount in three constituencies.\n\n"
         "\"The election was stolen from the people of Lesotho,\" BRM president Thabo Lerotholi said in a sworn "
         "statement.\n")


def test_a_named_body_the_story_calls_the_party_is_a_party_of_its_state(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    brm = next(e for e in analysis.entities if e.name and "Basotho Renewal Movement" in e.name)
    assert brm.actor == "LSOPOL"
    assert any(STORY[s:t] == "The party" for s, t in brm.mentions)
    asking = [e for e in analysis.events if any(STORY[s:t] == "asking" for s, t in e.trigger)]
    assert asking and [r.code for r in asking[0].sources] == ["LSOPOL"]


def test_a_party_president_speaks_for_the_party(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    said = [s for s in analysis.statements if "stolen" in s.content_text(STORY)]
    assert said and said[0].speaker.actor == "LSOPOL"


def test_a_party_the_story_calls_the_opposition_is_on_that_side(nlp):
    text = ("Police break up opposition rally in Victoria\n\n"
            "VICTORIA (Reuters) - Supporters of the opposition Seychelles Renewal Party (SRP) gathered outside "
            "parliament on Tuesday. There were lots of police and an anti-riot unit at the scene.\n\n"
            "\"The leaders of SRP were immediately arrested,\" said SRP leader Paul Morel.\n")
    analysis = redline.analyze(text, nlp=nlp)
    party = next(e for e in analysis.entities if e.name == "Seychelles Renewal Party")
    assert party.actor == "SYCOPP"
    said = [s for s in analysis.statements if s.speaker.name == "Paul Morel"]
    assert said and said[0].speaker.actor == "SYCOPP"
    police = [e for e in analysis.entities if any(text[s:t] == "police" for s, t in e.mentions)]
    assert not any(text[s:t] == "The leaders of SRP" for e in police for s, t in e.mentions)
