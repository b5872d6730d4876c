"""Clergy are of their church's sector wherever the story sets them
("Archbishop Levon Sarkissian": ARMCHR); international broadcasters and
agencies carry their own state ("Deutsche Welle": DEUMED), and a service a
broadcaster owns is the broadcaster's whatever language it is in ("Radio
Liberty's Armenian Service": USAMED); "diplomatic sources" are the
government's. A phrase never refers to its own possessor ("his lawyer" is
not the archbishop), and "the country" is the state the story is most
about however far back it was named. The articles are written for the
tests; the first line of each is its headline."""

from __future__ import annotations

import pytest

import redline

_ARREST = ("Armenia detains archbishop as church protests grow\n\n"
           "YEREVAN - Armenia's police detained Archbishop Levon Sarkissian on Tuesday, a day after he led a rally "
           "against the government, his lawyer said. Armenia has seen weeks of protests over the arrest of clergy.\n\n"
           "Diplomatic sources told local reporters that the arrest had strained ties with the church. Radio "
           "Liberty's Armenian Service reported that dozens of priests gathered outside the court. Deutsche Welle "
           "said the archbishop denied the charges.\n")


@pytest.fixture(scope="module")
def arrest(nlp):
    return redline.analyze(_ARREST, nlp=nlp)


def test_a_cleric_is_of_the_churchs_sector_in_the_storys_state(arrest):
    cleric = next(e for e in arrest.entities if e.name == "Levon Sarkissian")
    assert cleric.actor == "ARMCHR", cleric
    detained = next(e for e in arrest.events if e.type == "COERCE")
    assert [r.code for r in detained.targets] == ["ARMCHR"], detained


def test_a_possessive_pronoun_is_never_its_own_phrase(arrest):
    cleric = next(e for e in arrest.entities if e.name == "Levon Sarkissian")
    assert not any(_ARREST[s:e] == "his lawyer" for s, e in cleric.mentions), cleric
    assert any(_ARREST[s:e] == "the archbishop" for s, e in cleric.mentions), cleric
    said = next(s for s in arrest.statements if s.speaker.mention == "his lawyer")
    assert said.speaker.name != "Levon Sarkissian"


def test_broadcasters_and_their_services_carry_their_own_state(arrest):
    by_mention = {s.speaker.mention: s.speaker.actor for s in arrest.statements}
    assert by_mention["Deutsche Welle"] == "DEUMED", by_mention
    assert by_mention["Radio Liberty's Armenian Service"] == "USAMED", by_mention
    assert by_mention["Diplomatic sources"] == "ARMGOV", by_mention


def test_the_country_named_long_before_is_still_the_storys_state(nlp):
    text = ("Kyrgyz court bans three news outlets\n\n"
            "BISHKEK - A court in Kyrgyzstan on Thursday labelled three independent news outlets \"extremist\" "
            "and banned their work, the latest blow to the press in Kyrgyzstan.\n\n"
            "The editor of one outlet, Aibek Osmonov, was detained last week. His lawyer, Nurlan Sadykov, said "
            "his client had done nothing wrong. Osmonov's wife told reporters she had not seen him since his "
            "arrest. Two opposition lawmakers, Kamila Tashieva and Ruslan Akmatov, were also held. Tashieva's son "
            "said his mother was ill. Akmatov's party said he would appeal.\n\n"
            "Police also raided a charity run by former minister Temir Jumabaev. Jumabaev said the raid was "
            "revenge. His deputy, Asel Karimova, said staff were questioned for hours. A spokesman for the "
            "interior ministry, Daniyar Sultanov, said the raids were lawful. He said the charity had broken tax "
            "rules. The prosecutor, Bakyt Ismailov, said more charges could follow.\n\n"
            "The journalists' union said its members were afraid. Its chairman, Marat Toktogulov, said he had "
            "received threats. A senior editor, Gulnara Bekova, said she would leave for Spain next month.\n\n"
            "Rights groups say the decision reflects shrinking freedom of expression in the country.\n")
    analysis = redline.analyze(text, nlp=nlp)
    country = text.rindex("the country")
    holder = next(e for e in analysis.entities if any(s == country for s, _ in e.mentions))
    assert holder.name == "Kyrgyzstan", holder
