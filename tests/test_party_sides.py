"""A party the story calls the opposition is the opposition in every later
mention: its leaders ("the party's floor leader"), its bodies ("the Liberty
Party leadership") and its bare name ("The Liberty Party"), which the
tables alone read as a party of no side (POL). The article is written for
the test; the first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Opposition threatens to impeach prosecutor\n\n"
         "LUSAKA, Zambia - The main opposition Liberty Party of Zambia on Sunday threatened to impeach the "
         "prosecutor general after a court freed a former minister.\n\n"
         "Rep. Mwila Banda, the party's floor leader, said the prosecutor general had neglected his duty.\n\n"
         "The Liberty Party accused the prosecutor of shielding the minister.\n\n"
         "The Liberty Party leadership asked its lawmakers to march on parliament on Monday.\n")


def test_the_opposition_partys_leaders_speak_for_the_opposition(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    codes = {s.speaker.mention: s.speaker.actor for s in analysis.statements}
    assert codes["Rep. Mwila Banda"] == "ZMBOPP"
    assert codes["The Liberty Party leadership"] == "ZMBOPP"


def test_the_opposition_partys_acts_are_the_oppositions(story):
    accusations = [f for f in story(STORY) if f[0] == "ACCUSE"]
    assert accusations and accusations[0][2] == ["ZMBOPP"]


def test_a_party_with_a_plural_name_is_the_party_in_apposition(nlp):
    text = ("Shutdown called\n\n"
            "JOHANNESBURG - South Africa's third-largest opposition party, Economic Liberation Fighters (ELF), "
            "called for a national shutdown on Monday. The party said its members would march.\n")
    codes = {s.speaker.mention: s.speaker.actor for s in redline.analyze(text, nlp=nlp).statements}
    assert codes.get("The party") == "ZAFOPP"
    actors = {e.name: e.actor for e in redline.analyze(text, nlp=nlp).entities if e.name}
    assert actors.get("Economic Liberation Fighters") == "ZAFOPP"


def test_arrests_in_provinces_are_not_done_to_the_provinces(story):
    found = story("Arrests across the country\n\n"
                  "JOHANNESBURG - Other arrests were also carried out in the North West, Free State, Mpumalanga "
                  "and the Eastern Cape provinces, the police minister added.")
    arrests = [f for f in found if f[0] == "COERCE"]
    assert arrests and arrests[0][3] == []


def test_a_partys_bracketed_acronym_is_the_partys_not_its_leaders(nlp):
    text = ("Opposition leaders held\n\n"
            "SUVA, Fiji - Authorities in Fiji on Saturday detained the leaders of two opposition parties after "
            "they took part in a forum, an opposition party official said.\n\n"
            "The leader of the National Federation Party (NFP), Anil Prakash, and a trade unionist, Tomasi Vula, "
            "were taken into custody over their part in Wednesday's forum on the constitution, said an NFP "
            "official, Rohit Singh.\n")
    entities = {e.name: e for e in redline.analyze(text, nlp=nlp).entities if e.name}
    mentions = {text[s:e] for s, e in entities["Anil Prakash"].mentions}
    assert "NFP" not in mentions and "the National Federation Party" not in mentions
