"""A state's adjective before a group names that group in the adjective's
state ("the Afghan Taliban": AFGREB, "the Pakistani Taliban": PAKREB);
one who works at an international body is that body's ("Egypt researcher
at Amnesty International"); security, medical and press sources carry
their sector; a headline led by a person the tables place tells the story
from that person's state ("Díaz-Canel says new US measures …": Cuba's,
however early the US is named), and lamenting is blame. The articles are written for
the tests; the first line of each is its headline. A scathing or sharp
attack is words (ACCUSE), a plain one on a post is force."""

from __future__ import annotations

import redline


def test_a_demonym_before_a_group_and_sources_by_their_sector(nlp):
    text = ("Pakistan says Afghan Taliban attacked border posts\n\n"
            "ISLAMABAD (Reuters) - The Afghan Taliban attacked four border posts overnight, Pakistani security "
            "sources said on Sunday. Medical sources said two soldiers were wounded. \"The attacks must stop,\" "
            "said Sara Malik, South Asia researcher at Amnesty International.\n")
    analysis = redline.analyze(text, nlp=nlp)
    attack = next(e for e in analysis.events if e.type == "ASSAULT")
    assert [r.code for r in attack.sources] == ["AFGREB"], attack
    speakers = {s.speaker.mention: s.speaker.actor for s in analysis.statements}
    assert speakers.get("Pakistani security sources") == "PAKMIL", speakers
    assert speakers.get("Medical sources") == "PAKHLH", speakers
    assert speakers.get("Sara Malik") == "NGOHRIAMN", speakers


def test_a_headline_person_sets_the_storys_state(nlp):
    text = ("Díaz-Canel says new US measures will hurt Cuban families\n\n"
            "Cuba's president said on Monday that Washington wanted to starve the island. The chancellor Ernesto "
            "Pardo lamented that the US had ignored every offer of talks, and Cuba's ambassador in Mexico "
            "called the measures cruel.\n")
    analysis = redline.analyze(text, nlp=nlp)
    pardo = next(e for e in analysis.entities if e.name == "Ernesto Pardo")
    assert pardo.actor == "CUBGOV", pardo
    lamented = next(e for e in analysis.events if "lamented" in text[e.sentence[0]:e.sentence[1]])
    assert lamented.type == "ACCUSE" and [r.code for r in lamented.sources] == ["CUBGOV"], lamented


def test_a_scathing_attack_is_words_and_a_raid_is_not(nlp):
    text = ("Netanyahu turns on the judges\n\n"
            "JERUSALEM (AP) - Israeli Prime Minister Benjamin Netanyahu launched a scathing attack on the attorney "
            "general on Sunday. Hours later, militants launched an attack on an army post near the border.\n")
    analysis = redline.analyze(text, nlp=nlp)
    scathing = next(e for e in analysis.events if "scathing" in text[e.sentence[0]:e.sentence[1]])
    assert scathing.type == "ACCUSE", scathing
    raid = next(e for e in analysis.events if "militants" in text[e.sentence[0]:e.sentence[1]])
    assert raid.type == "ASSAULT", raid
