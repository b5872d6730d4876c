"""A person's name after an office's phrase is that office's holder, however
the parser hangs it ("the attorneys of the President of the Province,
Marco Leone"), one who judges is not the office holder named before ("The
judge upheld the order"), and a bare office no one holds, right after the
one person named without any ("Jeremy Cole on Monday pressed Canberra …
the premier told nurses"), is that person; whoever a body is "led by" takes its side, and
a national capital's own name is that capital, not a place only also
called so ("Dili" is no other name of Delhi here). The articles are written for the tests; the
first line of each is its headline."""

from __future__ import annotations

import redline

APPEAL = ("Rome backs removal of provincial governor in top court\n\n"
          "Italy's cabinet will defend in the Constitutional Court a lower court's finding, after judges in "
          "Palermo in June threw out the petitions filed by the attorneys of the President of the Province, "
          "Marco Leone, contesting his removal.\n\n"
          "The judge ruled that the removal stood and told the provincial assembly to hold a vote on it.\n")


def test_a_name_after_an_office_phrase_is_its_holder(nlp):
    analysis = redline.analyze(APPEAL, nlp=nlp)
    leone = next(e for e in analysis.entities if e.name == "Marco Leone")
    assert leone.actor == "ITAGOV"
    assert any(APPEAL[s:t] == "the President of the Province" for s, t in leone.mentions)


def test_the_judge_is_not_the_office_holder_named_before(nlp):
    analysis = redline.analyze(APPEAL, nlp=nlp)
    judge = next(s for s in analysis.statements if s.speaker.mention == "The judge")
    assert judge.speaker.name != "Marco Leone" and judge.speaker.actor == "ITAJUD"
    leone = next(e for e in analysis.entities if e.name == "Marco Leone")
    assert not any(APPEAL[s:t] == "The judge" for s, t in leone.mentions)


def test_one_person_apposed_to_a_plural_is_the_office_its_phrase_names(nlp):
    text = ("Island governor loses appeal\n\n"
            "On Friday a Palermo court turned down all the motions brought by the attorneys of the President of "
            "the Province, Marco Leone, who had contested his removal.\n\n"
            "Leone said he would take the case to Rome.\n")
    analysis = redline.analyze(text, nlp=nlp)
    said = next(s for s in analysis.statements if s.speaker.mention == "Leone")
    assert said.speaker.actor == "ITAGOV"


def test_a_bare_office_after_the_one_person_named_without_one_is_that_person(story, nlp):
    text = ("Cole sets out case for new hospital\n\n"
            "Jeremy Cole on Monday pressed Canberra for the money to build a new hospital in Hobart, saying the "
            "island could not wait for another federal budget.\n\n"
            "At a clinic in Launceston, the premier told nurses that Tasmania had waited long enough.\n\n"
            "Cole said the state would keep pressing for the funds.\n")
    analysis = redline.analyze(text, nlp=nlp)
    assert all(s.speaker.actor == "AUSGOV" for s in analysis.statements if s.speaker.name == "Jeremy Cole")
    assert any(f[0] == "REQUEST" and f[2] == ["AUSGOV"] for f in story(text))



def test_whoever_leads_a_party_takes_its_side_and_dili_is_east_timors(nlp):
    text = ("Troops posted outside party offices in Dili\n\n"
            "DILI - Soldiers took up positions on Monday outside the offices of the Green Union, which is led by "
            "Sara Vale, a day before a planned march on parliament.\n\n"
            "Vale said she would stay away from the building until the troops left.\n")
    analysis = redline.analyze(text, nlp=nlp)
    vale = next(s for s in analysis.statements if s.speaker.mention == "Vale")
    assert vale.speaker.actor == "TLSPOL"
    assert {p.country for p in analysis.places if p.text in ("Dili", "DILI")} == {"TLS"}
