"""Who a party leader, a state's region and an office named in a quotation
are: a party whose name takes in its state's ("Forward Mauritius") is no
person and, called "the main opposition party", is the opposition, and so
is its leader; an Indian state that shares its name with a Pakistani
province is read by the other places the story names; "the President" in
a speaker's own words is not that speaker; a first minister is no prime
minister; a name set off inside a fronted participle acts; and whom a
paper quotes "as saying" speaks. The articles are written for the tests;
the first line of each is its headline."""

from __future__ import annotations

import redline
from redline.pipeline import actor_resolver

SEARCH = ("Forward Mauritius party leader says farm search was a political stunt\n\n"
          "(Island Press Agency) - The leader of Forward Mauritius, the main opposition party in the island "
          "state, was detained by police on Thursday during a search of his farm near Mahebourg.\n\n"
          "Amir Dookhan, a former finance minister who now leads the party in parliament, was released "
          "without charge in the evening.\n")

FREED = ("Opposition figure freed after questioning\n\n"
         "Ravi Perera was released on Monday after six hours of questioning at police headquarters.\n\n"
         "He said the case had been invented to halt his campaign. \"Only one man gains from this, and that "
         "is the President, who knows he would lose to me,\" Perera told reporters.\n")

CANAL = ("New canal opens in Punjab\n\n"
         "Punjab Chief Minister Bhagwant Mann opened a canal near Chandigarh on Tuesday that will carry water "
         "to 40 villages.\n\n"
         "\"The villages at the tail end have waited thirty years for this,\" Mann told reporters in "
         "Chandigarh.\n")


def test_a_party_named_after_its_state_is_no_person():
    resolver = actor_resolver()
    for name in ("Forward Mauritius", "United Seychelles"):
        code = resolver.resolve(name)
        assert code is not None and code.kind != "person" and code.name is None


def test_the_opposition_party_and_its_leader_are_the_opposition(nlp):
    analysis = redline.analyze(SEARCH, nlp=nlp)
    party = next(e for e in analysis.entities if e.name == "Forward Mauritius")
    assert party.actor == "MUSOPP"
    headline = analysis.statements[0]
    assert "political stunt" in headline.content_text(SEARCH) and headline.speaker.actor == "MUSOPP"
    detained = next(e for e in analysis.events if e.type == "COERCE" and e.sources
                    and e.sources[0].text.lower() == "police")
    assert [t.code for t in detained.targets] == ["MUSOPP"]


def test_an_office_in_a_quotation_is_not_the_speaker(nlp):
    analysis = redline.analyze(FREED, nlp=nlp)
    gains = next(s for s in analysis.statements if "Only one man gains" in s.content_text(FREED))
    assert gains.speaker.name == "Ravi Perera"
    assert gains.speaker.actor != "GOV"
    perera = next(e for e in analysis.entities if e.name == "Ravi Perera")
    assert "the President" not in [FREED[s:t] for s, t in perera.mentions]


def test_an_indian_state_is_read_by_the_places_beside_it(nlp):
    analysis = redline.analyze(CANAL, nlp=nlp)
    punjab = [p for p in analysis.places if p.text == "Punjab"]
    assert punjab and all(p.country == "IND" for p in punjab)
    mann = [s for s in analysis.statements if s.speaker.name == "Bhagwant Mann"]
    assert mann and all(s.speaker.actor == "INDGOV" for s in mann)


RAIL = ("Morgan asks for rail powers\n\n"
        "CARDIFF, Wales (PA) - Rhian Morgan wants the Senedd to run Welsh railways and policing by the end of "
        "the decade.\n\n"
        "At a union conference on Monday, the first minister said the transfer was long overdue.\n\n"
        "The prime minister said on Tuesday that the plan was unaffordable, and the first minister replied that "
        "the refusal would not settle the matter.\n")


def test_a_first_minister_is_no_prime_minister(nlp):
    analysis = redline.analyze(RAIL, nlp=nlp)
    unaffordable = next(s for s in analysis.statements if s.speaker.mention == "The prime minister")
    assert unaffordable.speaker.name != "first minister"
    firsts = [e for e in analysis.entities if any(RAIL[s:t].lower() == "the first minister" for s, t in e.mentions)]
    assert firsts and all(not any(RAIL[s:t].lower() == "the prime minister" for s, t in e.mentions)
                          for e in firsts)
    assert all(e.actor == "GBRGOV" for e in firsts)


FLOODS = ("Opposition leader tours flooded farms\n\n"
          "MARIBOR (STA) - Addressing a crowd of farmers in Ptuj, Ana Kovač, the leader of the Civic Union "
          "(CU), accused ministers of ignoring the floods.\n")

BEIJING = ("President rules out Beijing visit\n\n"
           "MANILA (Reuters) - The Cebu Ledger quoted President Rodrigo Duterte as saying that he would not "
           "travel to Beijing this year.\n")


def test_a_name_set_off_in_a_fronted_participle_is_who_acts(nlp):
    analysis = redline.analyze(FLOODS, nlp=nlp)
    accused = next(e for e in analysis.events if e.type == "ACCUSE")
    start, end = FLOODS.index("Ana Kovač"), FLOODS.index(" accused")
    assert accused.sources and all(start <= r.spans[0][0] < end for r in accused.sources)
    said = next(s for s in analysis.statements if s.cue_text(FLOODS) == "accused")
    assert said.speaker.mention == "Ana Kovač"


def test_a_paper_quoting_someone_as_saying_is_not_the_speaker(nlp):
    analysis = redline.analyze(BEIJING, nlp=nlp)
    visit = next(s for s in analysis.statements if "travel to Beijing" in s.content_text(BEIJING))
    assert visit.speaker.name == "Rodrigo Duterte" and visit.speaker.actor == "PHLGOV"


SHOAL = ("Fishermen to return to shoal\n\n"
         "\"Our fishermen will go back to the shoal,\" the Cebu Ledger quoted Mr Duterte as saying on "
         "Wednesday.\n")


def test_a_quotation_a_paper_quotes_is_the_speakers_words_only(nlp):
    analysis = redline.analyze(SHOAL, nlp=nlp)
    shoal = next(s for s in analysis.statements if "back to the shoal" in s.content_text(SHOAL))
    assert shoal.speaker.mention == "Mr Duterte"
    assert shoal.content_text(SHOAL) == "Our fishermen will go back to the shoal,"


TRIAL = ("Forty to stand trial\n\n"
         "State television quoted the chief prosecutor, Omar Haddad, as saying that 40 suspects would be tried "
         "for \"plotting to overthrow the state.\"\n")


def test_what_someone_is_quoted_as_saying_is_the_content(nlp):
    analysis = redline.analyze(TRIAL, nlp=nlp)
    trial = next(s for s in analysis.statements if "overthrow the state" in s.content_text(TRIAL))
    assert trial.speaker.name == "Omar Haddad"
    assert trial.content_text(TRIAL).startswith("40 suspects would be tried")
