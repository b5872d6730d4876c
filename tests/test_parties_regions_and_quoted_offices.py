"""Who a party leader, a state's region and an office named in a quotation
are: a party whose name takes in its state's ("Forward Mauritius") is no
person and, called "the main opposition party", is the opposition, and so
is its leader; an Indian state that shares its name with a Pakistani
province is read by the other places the story names; and "the President"
in an opposition leader's own words is not that leader. The articles are
written for the tests; the first line of each is its headline."""

from __future__ import annotations

import redline
from redline.pipeline import actor_resolver

RAID = ("Forward Mauritius party leader says police raid was a political stunt\n\n"
        "(Island Press Agency) - The leader of Forward Mauritius, the main opposition party in the island "
        "state, was detained by police on Thursday, interviewed and later freed in connection with a fraud "
        "inquiry.\n\n"
        "Amir Dookhan, who last month announced that he would run in the 2026 presidential election, was "
        "detained at the party's offices in Port Louis.\n\n"
        "He said the detention was a politically driven attempt to damage his reputation and his party. "
        "\"This is a stunt staged by the President to get rid of those who can beat him in 2026,\" Dookhan "
        "told reporters.\n")

FARMERS = ("Chief minister walks out of talks as farmers plan march\n\n"
           "Farm unions and the state government of Punjab were at odds on Tuesday ahead of a march on "
           "Chandigarh planned for next week.\n\n"
           "Punjab Chief Minister Bhagwant Mann said he had left a meeting with union leaders after they "
           "refused to call off road blockades. \"I cannot let the highways be closed every day,\" Mann "
           "told reporters in Chandigarh.\n")


def test_a_party_named_after_its_state_is_no_person():
    resolver = actor_resolver()
    for name in ("Forward Mauritius", "United Seychelles"):
        code = resolver.resolve(name)
        assert code is not None and code.kind != "person" and code.name is None


def test_the_opposition_party_and_its_leader_are_the_opposition(nlp):
    analysis = redline.analyze(RAID, nlp=nlp)
    party = next(e for e in analysis.entities if e.name == "Forward Mauritius")
    assert party.actor == "MUSOPP"
    headline = analysis.statements[0]
    assert "political stunt" in headline.content_text(RAID) and headline.speaker.actor == "MUSOPP"
    detained = next(e for e in analysis.events if e.type == "COERCE" and e.sources
                    and e.sources[0].text.lower() == "police")
    assert [t.code for t in detained.targets] == ["MUSOPP"]


def test_an_office_in_a_quotation_is_not_the_speaker(nlp):
    analysis = redline.analyze(RAID, nlp=nlp)
    stunt = next(s for s in analysis.statements if "stunt staged" in s.content_text(RAID))
    assert stunt.speaker.name == "Amir Dookhan"
    assert stunt.speaker.actor != "MUSGOV"
    dookhan = next(e for e in analysis.entities if e.name == "Amir Dookhan")
    assert "the President" not in [RAID[s:t] for s, t in dookhan.mentions]


def test_an_indian_state_is_read_by_the_places_beside_it(nlp):
    analysis = redline.analyze(FARMERS, nlp=nlp)
    punjab = [p for p in analysis.places if p.text == "Punjab"]
    assert punjab and all(p.country == "IND" for p in punjab)
    mann = [s for s in analysis.statements if s.speaker.name == "Bhagwant Mann"]
    assert mann and all(s.speaker.actor == "INDGOV" for s in mann)


POWERS = ("Morgan sets out plan for new powers\n\n"
          "Rhian Morgan has asked the UK government to hand the Senedd control over rail and policing after "
          "next year's election.\n\n"
          "At a meeting in Cardiff, the first minister told party members that the powers were overdue.\n\n"
          "The prime minister rejected the request on Tuesday, and the first minister said the refusal would "
          "not end the argument.\n")


def test_a_first_minister_is_no_prime_minister(nlp):
    analysis = redline.analyze(POWERS, nlp=nlp)
    rejected = next(s for s in analysis.statements if s.speaker.mention == "The prime minister")
    assert rejected.speaker.name != "first minister"
    firsts = [e for e in analysis.entities if any(POWERS[s:t].lower() == "the first minister" for s, t in e.mentions)]
    assert firsts and all(not any(POWERS[s:t].lower() == "the prime minister" for s, t in e.mentions)
                          for e in firsts)
    assert all(e.actor == "GBRGOV" for e in firsts)


RALLY = ("Opposition rallies against government\n\n"
         "LJUBLJANA (STA) - Speaking to the crowd in Republic Square, Ana Kovač, the leader of the Civic "
         "Union (CU), accused the government of wasting public money.\n")

CLAIM = ("Leader revives claim\n\n"
         "MANILA (Reuters) - The Manila Chronicle quoted President Rodrigo Duterte as saying that the "
         "country would pursue its claim.\n")


def test_a_name_set_off_in_a_fronted_participle_is_who_acts(nlp):
    analysis = redline.analyze(RALLY, nlp=nlp)
    accused = next(e for e in analysis.events if e.type == "ACCUSE")
    start, end = RALLY.index("Ana Kovač"), RALLY.index(" accused")
    assert accused.sources and all(start <= r.spans[0][0] < end for r in accused.sources)
    said = next(s for s in analysis.statements if s.cue_text(RALLY) == "accused")
    assert said.speaker.mention == "Ana Kovač"


def test_a_paper_quoting_someone_as_saying_is_not_the_speaker(nlp):
    analysis = redline.analyze(CLAIM, nlp=nlp)
    claim = next(s for s in analysis.statements if "pursue its claim" in s.content_text(CLAIM))
    assert claim.speaker.name == "Rodrigo Duterte" and claim.speaker.actor == "PHLGOV"


QUOTED_CLAIM = ("Leader revives claim\n\n"
                "\"We will keep pressing our claim,\" the Manila Chronicle quoted Mr Duterte as saying on "
                "Wednesday.\n")


def test_a_quotation_a_paper_quotes_is_the_speakers_words_only(nlp):
    analysis = redline.analyze(QUOTED_CLAIM, nlp=nlp)
    claim = next(s for s in analysis.statements if "pressing our claim" in s.content_text(QUOTED_CLAIM))
    assert claim.speaker.mention == "Mr Duterte"
    assert claim.content_text(QUOTED_CLAIM) == "We will keep pressing our claim,"


CHARGES = ("Dozens face terrorism charges\n\n"
           "The state news agency quoted the country's attorney general, Omar Haddad, as saying the 40 "
           "defendants face charges of \"forming a secret group to commit violence.\"\n")


def test_what_someone_is_quoted_as_saying_is_the_content(nlp):
    analysis = redline.analyze(CHARGES, nlp=nlp)
    charges = next(s for s in analysis.statements if "secret group" in s.content_text(CHARGES))
    assert charges.speaker.name == "Omar Haddad"
    assert charges.content_text(CHARGES).startswith("the 40 defendants face charges")
