"""Who holds which office: a prime minister named by office in the lead is
the one the story names with that title further down, and never the
defence minister of the same state; "Sheikh Hamad" is "Sheikh Hamad bin
Khalid Al Nuaimi" named in full before, whose relative clause ("who also
serves as foreign minister") gives his sector. The articles are written for
the tests; the first line of each is its headline."""

from __future__ import annotations

import redline

STORY = ("Varnia premier says neighbour must lift trade curbs\n\n"
         "CANBERRA (Reuters) - Australia's prime minister said on Monday that China must lift its trade curbs, "
         "as he welcomed the first talks between ministers from the two countries in three years.\n\n"
         "Australia's defence minister, Richard Marles, met his Chinese counterpart in Singapore on Sunday.\n\n"
         "\"They need to remove those curbs,\" Prime Minister Anthony Albanese told reporters in Brisbane.\n")

GULF = ("Gulf mediator sees progress in talks\n\n"
        "DOHA - \"We have seen some progress this week,\" said Sheikh Hamad bin Khalid Al Nuaimi, who also serves "
        "as foreign minister.\n\n"
        "Sheikh Hamad did not say which issues had been settled.\n")


def _people(nlp, text):
    analysis = redline.analyze(text, nlp=nlp)
    return [({text[s:t] for s, t in e.mentions}, e.actor) for e in analysis.entities if e.kind == "person"]


def test_an_office_named_first_is_the_person_named_with_it_later(nlp):
    people = _people(nlp, STORY)
    albanese = next(ms for ms, _ in people if "Prime Minister Anthony Albanese" in ms)
    assert "Australia's prime minister" in albanese and "he" in albanese


def test_two_offices_of_one_state_are_two_people(nlp):
    people = _people(nlp, STORY)
    marles = next((ms, code) for ms, code in people if "Richard Marles" in ms)
    assert "Australia's prime minister" not in marles[0]
    assert "ministers from the two countries" not in marles[0]
    assert marles[1] == "AUSMIL"


def test_a_speaker_named_by_office_first_is_coded_by_it(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    lead = next(s for s in analysis.statements if s.speaker.mention == "Australia's prime minister")
    assert lead.speaker.actor == "AUSGOV"


def test_a_title_and_first_name_is_the_full_name_given_before(nlp):
    people = _people(nlp, GULF)
    sheikh = next((ms, code) for ms, code in people if "Sheikh Hamad bin Khalid Al Nuaimi" in ms)
    assert "Sheikh Hamad" in sheikh[0] and "foreign minister" in sheikh[0]
    assert sheikh[1] == "QATGOV"
