"""A person's name after an office's phrase is that office's holder, however
the parser hangs it ("the lawyers of the President of the Region, Marco
Leone"), one who judges is not the office holder named before ("The
judge upheld the order"), and a bare office no one holds, right after the
one person named without any ("Jeremy Cole has urged … the premier told
supporters"), is that person. The articles are written for the tests; the
first line of each is its headline."""

from __future__ import annotations

import redline

APPEAL = ("Cabinet joins dispute over island governor's removal\n\n"
          "The cabinet in Rome on Tuesday decided to oppose the appeal that the Region filed against the ruling "
          "of the Court of Palermo, which in June rejected every argument put forward by the lawyers of the "
          "President of the Region, Marco Leone, challenging the order removing him from office.\n\n"
          "The judge upheld the order and said the regional assembly must now vote on it.\n")


def test_a_name_after_an_office_phrase_is_its_holder(nlp):
    analysis = redline.analyze(APPEAL, nlp=nlp)
    leone = next(e for e in analysis.entities if e.name == "Marco Leone")
    assert leone.actor == "ITAGOV"
    assert any(APPEAL[s:t] == "the President of the Region" for s, t in leone.mentions)


def test_the_judge_is_not_the_office_holder_named_before(nlp):
    analysis = redline.analyze(APPEAL, nlp=nlp)
    judge = next(s for s in analysis.statements if s.speaker.mention == "The judge")
    assert judge.speaker.name != "Marco Leone" and judge.speaker.actor == "ITAJUD"
    leone = next(e for e in analysis.entities if e.name == "Marco Leone")
    assert not any(APPEAL[s:t] == "The judge" for s, t in leone.mentions)


def test_one_person_apposed_to_a_plural_is_the_office_its_phrase_names(nlp):
    text = ("Court upholds removal of island governor\n\n"
            "The court in Palermo on Friday rejected all arguments presented by the lawyers of the President of "
            "the Region, Marco Leone, who had challenged an order removing him from office.\n\n"
            "Leone said he would appeal.\n")
    analysis = redline.analyze(text, nlp=nlp)
    said = next(s for s in analysis.statements if s.speaker.mention == "Leone")
    assert said.speaker.actor == "ITAGOV"


def test_a_bare_office_after_the_one_person_named_without_one_is_that_person(story, nlp):
    text = ("Cole sets out case for new hospital\n\n"
            "Jeremy Cole has urged the federal government in Canberra to pay for a new hospital in Hobart before "
            "next year's state election.\n\n"
            "Speaking in Launceston, the premier told supporters that Tasmania had waited long enough.\n\n"
            "Cole said the island would keep pressing for the money.\n")
    analysis = redline.analyze(text, nlp=nlp)
    assert all(s.speaker.actor == "AUSGOV" for s in analysis.statements if s.speaker.name == "Jeremy Cole")
    assert any(f[0] == "REQUEST" and f[2] == ["AUSGOV"] for f in story(text))

