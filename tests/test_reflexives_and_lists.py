"""Who is who where grammar is sure: a reflexive is its clause's subject
("a spokesman for the Front, who identified himself as Omar Dalil"), each
"a spokesman" brings in another person, a list the parser folded into one
name is two people, and one who speaks for others is not the office
holder named beside them; whom a subject tries to act on is someone else
("police tried to disperse them"); regions known abroad by English names
are their states' ("Sardinia" is no Greek village). The articles are written for the tests; the first line of
each is its headline."""

from __future__ import annotations

import redline

RAID = ("Separatists say they bombed pipeline\n\n"
        "PESHAWAR - A gas pipeline in the northwest was blown up before dawn on Monday, cutting supplies to "
        "two districts, officials said.\n\n"
        "A police spokesman said nobody was hurt in the blast. He said repair crews had reached the site.\n\n"
        "The Free Hills Front, a little-known separatist group, took responsibility. Speaking by phone from an "
        "unknown location, a spokesman for the Free Hills Front, who introduced himself as Omar Dalil, told "
        "local reporters that the group wanted the gas revenue to stay in the province.\n\n"
        "He threatened to hit the pipeline again unless talks began.\n")


def test_a_reflexive_and_the_name_it_gives_are_the_clause_subject(nlp):
    analysis = redline.analyze(RAID, nlp=nlp)
    dalil = next(e for e in analysis.entities if e.name == "Omar Dalil")
    said = [RAID[s:t] for s, t in dalil.mentions]
    assert "himself" in said and any(m.startswith("a spokesman for the Free Hills Front") for m in said)
    threat = next(s for s in analysis.statements if s.cue_text(RAID) == "threatened")
    assert threat.speaker.actor == "PAKREB"
    # the act has the author the statement rules found for "He"
    assert any(e.type == "THREATEN" and [r.code for r in e.sources] == ["PAKREB"] for e in analysis.events)


def test_a_second_a_spokesman_is_another_person(nlp):
    analysis = redline.analyze(RAID, nlp=nlp)
    police = [s for s in analysis.statements if s.speaker.name == "police spokesman"]
    assert len(police) == 2 and all(s.speaker.actor == "PAKCOP" for s in police)


def test_a_list_folded_into_a_name_is_two_people(nlp):
    from spacy.tokens import Doc, Span

    from redline.entities.mentions import find_mentions
    # "... with Tasmanian Deputy Premier Jeremy Cole and EU Trade
    # Commissioner Ana Soler", as the small model misreads such a list: the
    # first name hangs on the second as a possessor
    words = ["They", "met", "with", "Tasmanian", "Deputy", "Premier", "Jeremy", "Cole", "and", "EU", "Trade",
             "Commissioner", "Ana", "Soler", "."]
    heads = [1, 1, 1, 5, 5, 11, 7, 5, 7, 11, 11, 13, 13, 2, 1]
    deps = ["nsubj", "ROOT", "prep", "compound", "compound", "poss", "compound", "appos", "cc", "compound",
            "compound", "compound", "compound", "pobj", "punct"]
    pos = ["PRON", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN",
           "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 6, 8, label="PERSON"), Span(doc, 9, 10, label="ORG"), Span(doc, 12, 14, label="PERSON")]
    spans = {doc[m.start:m.end].text for m in find_mentions(doc) if m.head == 13}
    assert "EU Trade Commissioner Ana Soler" in spans and not any("Cole" in s for s in spans)


def test_a_spokesman_in_a_headline_list_is_not_the_minister(nlp):
    text = ("EU blacklists Malian minister, rebel spokesman after village raids\n\n"
            "BRUSSELS - Asset freezes and travel bans were placed on a Malian cabinet member and on the "
            "spokesman of an armed group after raids on farming villages, the European Union said on Monday.\n")
    analysis = redline.analyze(text, nlp=nlp)
    minister = next(e for e in analysis.entities if any(text[s:t] == "Malian minister" for s, t in e.mentions))
    assert not any("spokesman" in text[s:t] for s, t in minister.mentions)


def test_whom_a_subject_tries_to_act_on_is_someone_else(story):
    found = story("Protesters block parliament\n\n"
                  "HAMILTON, Bermuda - Hundreds of taxi drivers parked their cars across Front Street on Friday to "
                  "oppose plans for a new airport levy.\n\n"
                  "When the drivers refused to move, police tried to disperse them with batons.\n")
    assert any(f[0] == "COERCE" and f[2] == ["BMUCOP"] and f[3] == ["BMUCVL"] for f in found), found


def test_regions_known_abroad_by_english_names_are_their_states(nlp):
    text = ("Island councils defy Rome over ferry cuts\n\n"
            "The regional councils of Sardinia and Corsica on Tuesday rejected plans to cut ferry routes to "
            "the mainland, and Crete's governor said the island would join their appeal.\n")
    analysis = redline.analyze(text, nlp=nlp)
    states = {p.text: p.country for p in analysis.places}
    assert states.get("Sardinia") == "ITA" and states.get("Corsica") == "FRA" and states.get("Crete") == "GRC"


def test_a_crowd_police_fire_on_to_disperse_is_the_target(story):
    found = story("Teachers rally in Niamey\n\n"
                  "NIAMEY, Niger - Hundreds of people rallied outside the education ministry in Niamey on Sunday "
                  "over unpaid wages. Police fired tear gas to disperse them.\n")
    assert any(f[0] == "COERCE" and f[2] == ["NERCOP"] and f[3] == ["NERCVL"] for f in found), found
