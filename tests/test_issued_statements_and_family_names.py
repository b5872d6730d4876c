"""What a statement an actor issues or releases does is that actor's act
("the army released a statement accusing the rebels of shelling the
town"), and so is an accusation told after a deed ("ordered the French
ambassador to leave, accusing France of interfering"); a family name that is also a verb is no cue ("his deputy, Omar
Said"); a story's state described by its kind ("the Pacific island
nation", "the tiny nation") is that state; a story filed from a capital
("ASUNCION (Reuters) -") places its unowned police and ministries there,
and "the education ministry" is no body named before it ("Congress"). The articles are written for the tests; the first line of each is
its headline."""

from __future__ import annotations

import redline


def test_an_issued_or_released_statement_that_accuses_is_the_issuers_act(story):
    found = story("Army blames rebels for shelling\n\n"
                  "The Malian army released a statement on Sunday accusing the rebels of shelling the town of "
                  "Gao overnight.\n\n"
                  "Mali's foreign ministry issued a statement condemning the raid on the border post.\n")
    assert any(f[0] == "ACCUSE" and f[2] == ["MLIMIL"] and f[3] and f[3][0].endswith("REB") for f in found), found
    assert any(f[0] == "ACCUSE" and f[2] == ["MLIGOV"] for f in found), found


def test_a_family_name_that_is_also_a_verb_is_no_cue(nlp):
    text = ("Rebel chief held in Mogadishu\n\n"
            "Somali police on Monday detained the commander of a rebel faction, officials said. Detained "
            "alongside him was his deputy, Omar Said.\n")
    analysis = redline.analyze(text, nlp=nlp)
    assert not any(s.cue_text(text) == "Said" for s in analysis.statements)


def test_a_state_described_by_its_kind_speaks_as_that_state(nlp):
    text = ("Samoa seeks help to rebuild wharf\n\n"
            "APIA - Samoa has asked New Zealand to help rebuild the main wharf in Apia after a cyclone tore "
            "through the harbour last month, officials said on Tuesday.\n\n"
            "The Pacific island nation said repairs would cost more than its whole annual roads budget.\n\n"
            "The tiny nation relies on the wharf for nearly all its fuel imports.\n")
    analysis = redline.analyze(text, nlp=nlp)
    said = next(s for s in analysis.statements if s.speaker.mention == "The Pacific island nation")
    assert said.speaker.actor == "WSM"
    samoa = next(e for e in analysis.entities if e.name == "Samoa")
    assert any(text[s:t] == "The tiny nation" for s, t in samoa.mentions)


def test_a_story_filed_from_a_capital_places_its_unowned_actors_there(story, nlp):
    text = ("Police break up teachers' march\n\n"
            "ASUNCION (Reuters) - Police fired tear gas at thousands of teachers marching on the Congress "
            "building on Tuesday to demand higher pay.\n\n"
            "The education ministry said it would meet union leaders next week.\n")
    found = story(text)
    assert any(f[2] == ["PRYCOP"] for f in found)
    assert any(f[2] == ["PRYGOV"] and f[3] == ["PRYLAB"] for f in found), found  # union leaders are labour's
    said = next(s for s in redline.analyze(text, nlp=nlp).statements if s.speaker.mention == "The education ministry")
    assert said.speaker.actor == "PRYGOV" and said.speaker.name != "Congress"


def test_an_accusation_told_after_a_deed_is_the_doers_act(story):
    found = story("Junta expels envoy\n\n"
                  "NIAMEY, Niger - Niger's military rulers on Friday ordered the French ambassador to leave the country "
                  "within 48 hours, accusing France of interfering in Niger's internal affairs.\n")
    assert any(f[0] == "SANCTION" and f[2] == ["NERMIL"] for f in found), found
    assert any(f[0] == "ACCUSE" and f[2] == ["NERMIL"] and f[3] == ["FRA"] for f in found), found
