"""Names that borrow other names, and words that name languages: a body
named after a region of one state and a table body of another ("West
Papua National Liberation Army" is no Colombian ELN), a commander called
by the first word of his full name that is also a small town abroad
("Commander Lere"), "English-speaking regions" and "the French language"
(no Britain, no France), a spokesman for secessionists (their side, not a
government's), a "General Confederation" (no general) and "police in
Malawi" after a foreign force's police (Malawi's). The articles are written for the tests; the first
line of each is its headline."""

from __future__ import annotations

import redline
from redline.pipeline import actor_resolver

HOSTAGE = ("Troops clash with rebels in highlands\n\n"
           "JAYAPURA, Indonesia (AP) - Indonesian troops clashed with fighters of the West Papua National "
           "Liberation Army near Nduga on Tuesday, an army spokesman said.\n")

GENERAL = ("Army chief warns protest organisers\n\n"
           "DILI, East Timor (Lusa) - The head of Timor-Leste's defence force, Major General Lere Anan Timur, "
           "has warned that organisers of a planned march could be detained.\n\n"
           "\"Commander Lere does not decide who may march,\" one of the organisers said on Wednesday.\n")

LOCKDOWN = ("Separatists shut schools for a fortnight\n\n"
            "YAOUNDE, Cameroon (Reuters) - Armed separatists in Cameroon's English-speaking regions have told "
            "families to keep children at home, in protest at the spread of the French language in "
            "classrooms.\n\n"
            "\"Shops and schools stay shut until further notice,\" according to a message posted on Facebook "
            "by Peter Nfor, a spokesman for the secessionists.\n")


def test_a_body_named_after_another_states_region_is_that_states():
    resolver = actor_resolver()
    code = resolver.resolve("the West Papua National Liberation Army")
    assert code is not None and code.code == "IDNREB"
    assert resolver.resolve("National Liberation Army").code == "COLREB"


def test_the_rebels_of_a_regional_army_are_of_its_state(nlp):
    analysis = redline.analyze(HOSTAGE, nlp=nlp)
    clash = next(e for e in analysis.events if any("Liberation Army" in t.text for t in e.targets))
    assert [r.code for r in clash.sources] == ["IDNMIL"] and [t.code for t in clash.targets] == ["IDNREB"]


def test_a_commanders_first_name_is_no_town_abroad(nlp):
    analysis = redline.analyze(GENERAL, nlp=nlp)
    assert not [p for p in analysis.places if p.text == "Lere"]
    coded = [r.code for e in analysis.events for r in e.sources + e.targets if r.code]
    coded += [s.speaker.actor for s in analysis.statements if s.speaker.actor]
    assert not any(c.startswith("NGA") for c in coded)


def test_languages_are_no_states_and_secessionists_no_government(nlp):
    analysis = redline.analyze(LOCKDOWN, nlp=nlp)
    coded = [r.code for e in analysis.events for r in e.sources + e.targets if r.code]
    coded += [s.speaker.actor for s in analysis.statements if s.speaker.actor]
    assert not any(c[:3] in ("GBR", "FRA") for c in coded)
    shut = next(s for s in analysis.statements if "stay shut" in s.content_text(LOCKDOWN))
    assert shut.speaker.name == "Peter Nfor" and shut.speaker.actor == "CMRREB"


def test_a_general_confederation_is_no_general():
    resolver = actor_resolver()
    code = resolver.resolve("The General Confederation of Civil Servants")
    assert code is not None and code.kind != "person" and code.name is None and code.sector != "MIL"
    assert resolver.resolve("General Kamal").sector == "MIL"


GUARDED = ("Capital calm after mutiny, police spokesman says\n\n"
           "LILONGWE (AFP) - Zambian police and army units are guarding government buildings in Lilongwe after "
           "the mutiny.\n\n"
           "A police spokesman said the capital was calm on Monday.\n\n"
           "Police in Malawi have been ordered to stay in their barracks, an interior ministry official said "
           "on Tuesday.\n\n"
           "Soldiers fired on a police academy near Zomba overnight, the official said.\n")


def test_police_in_a_state_are_that_states_not_a_foreign_force_named_first(nlp):
    analysis = redline.analyze(GUARDED, nlp=nlp)
    police = next(e for e in analysis.entities if any(GUARDED[s:t] == "Police in Malawi" for s, t in e.mentions))
    assert police.actor == "MWICOP"
    assert not any(GUARDED[s:t] == "Zambian police" for s, t in police.mentions)
    calm = next(s for s in analysis.statements if "the capital was calm" in s.content_text(GUARDED))
    assert calm.speaker.actor == "MWICOP"
