"""Names that hold other names: a region's initials hyphened into a party's
name ("ACT-Wazalendo") place no story in Australia; a legislature's name
that is a person's given name ("Duma Boko") makes no Russian; a title with
its holder's name in apposition is that holder, not the officer named
before with a like title; what someone is blamed for ("the suspects of
planning attacks on ministries") is no part of who they are; charges
dropped against someone are dropped for him. The articles are written for
the tests; the first line of each is its headline."""

from __future__ import annotations

import redline

PARTY = ("Opposition says official held\n\n"
         "The opposition ACT-Mageuzi party said on Sunday that its deputy secretary general, Hamisi Juma Ali, "
         "had been held by police in Zanzibar for three days.\n\n"
         "At a news conference, the party's publicity secretary, Rehema Said Omar, said ten more members "
         "were missing. \"No police station will tell us where they are,\" she said.\n\n"
         "Police in Zanzibar declined to comment.\n")

BOTSWANA = ("Botswana opposition claims victory\n\n"
            "GABORONE (Reuters) - Botswana's opposition leader Duma Boko said on Thursday that his coalition "
            "had won the election in Botswana, ending decades of rule by one party.\n\n"
            "\"The people of Botswana have spoken,\" Boko told supporters in Gaborone.\n")

CHARGES = ("Court drops charges against activist\n\n"
           "MADRID (Reuters) - Judges at Spain's Supreme Court dropped all sedition charges against activist "
           "Jordi Roca on Tuesday, five years after he led protests in Barcelona.\n\n"
           "Police Commissioner Ana Ruiz accused the suspects of planning attacks on government ministries.\n")


def test_initials_in_a_party_name_are_no_region(nlp):
    analysis = redline.analyze(PARTY, nlp=nlp)
    assert not any(p.country == "AUS" for p in analysis.places)
    codes = [s.speaker.actor for s in analysis.statements if s.speaker.actor]
    assert codes and all(c.startswith("TZA") for c in codes)


def test_a_named_title_is_its_holder_not_an_earlier_officer(nlp):
    analysis = redline.analyze(PARTY, nlp=nlp)
    ali = next(e for e in analysis.entities if e.name == "Hamisi Juma Ali")
    words = [PARTY[s:t] for s, t in ali.mentions]
    assert not any("publicity" in w or "Rehema" in w for w in words)
    said = [s for s in analysis.statements if "ten more members" in s.content_text(PARTY)]
    assert said and said[0].speaker.name == "Rehema Said Omar"


def test_a_given_name_is_no_parliament(nlp):
    analysis = redline.analyze(BOTSWANA, nlp=nlp)
    boko = [s for s in analysis.statements if s.speaker.name and "Boko" in s.speaker.name]
    assert boko and all(s.speaker.actor == "BWAOPP" for s in boko)


def test_charges_dropped_against_someone_and_what_suspects_are_blamed_for(nlp):
    analysis = redline.analyze(CHARGES, nlp=nlp)
    dropped = next(e for e in analysis.events if e.type == "CONCEDE")
    assert [r.text for r in dropped.targets] and "Roca" in dropped.targets[0].text
    accused = next(e for e in analysis.events if e.type == "ACCUSE")
    # the suspects are no government body for the offices they are said to target
    assert not any((r.code or "").endswith("GOV") for r in accused.targets)
