"""A name after a list's last conjunct belongs to that conjunct: in "the
Prime Minister Jan Peeters, the Justice Minister Tom Claes and party leader
Maes", Maes is the party leader, not Peeters; two leaders each
named after their office in one list are two people; and a party's generic
word ("the People's Party" read as "party") is no short form of another
party's name. The articles are written for the tests; the first line of
each is its headline."""

from __future__ import annotations

import redline

STORY = ("Police unions storm party congress\n\n"
         "BRUSSELS (Reuters) - Liberal party chief Wouter Maes called the union protest an act of "
         "intimidation.\n\n"
         "Officers jostled guests as the Prime Minister Jan Peeters, the Justice Minister Tom Claes and party "
         "leader Maes met union delegates, a spokesman said.\n")


def test_a_name_after_a_list_is_its_last_conjuncts(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    peeters = next(e for e in analysis.entities if e.name == "Jan Peeters")
    assert [STORY[s:t] for s, t in peeters.mentions] == ["the Prime Minister Jan Peeters"]
    assert any(e.name == "Wouter Maes" and sum(STORY[s:t] == "Maes" for s, t in e.mentions) == 1
               for e in analysis.entities)


COALITION = ("Coalition talks go on\n\n"
             "VIENNA (Reuters) - The head of the nationalist Freedom Party (FPO), Karl Huber, and the acting "
             "chair of the People's Party (OVP), Franz Gruber, agreed on Tuesday to keep negotiating.\n")


def test_two_leaders_listed_with_their_names_are_two(nlp):
    analysis = redline.analyze(COALITION, nlp=nlp)
    by_name = {e.name: [COALITION[s:t] for s, t in e.mentions] for e in analysis.entities}
    assert "Karl Huber" in by_name and "Franz Gruber" in by_name
    assert not any("Gruber" in m or "People" in m for m in by_name["Karl Huber"])
    # a party's generic word is no short form of another party's name
    assert not any("People" in m for m in by_name.get("Freedom Party", []))


def test_a_bodys_one_word_short_name_is_still_that_body(nlp):
    text = ("Brussels weighs sanctions\n\n"
            "BRUSSELS (Reuters) - The European Commission proposed new sanctions on Tuesday. A Commission "
            "spokesman said the package would be ready within days.\n")
    analysis = redline.analyze(text, nlp=nlp)
    spokesman = [s for s in analysis.statements if s.speaker.mention == "A Commission spokesman"]
    assert spokesman and spokesman[0].speaker.actor == "IGOEUREEC"
