"""Names that borrow other names, and words that name languages: a body
named after a region of one state and a table body of another ("West
Papua National Liberation Army" is no Colombian ELN), a commander called
by the first word of his full name that is also a small town abroad
("commander Lere"), "English-speaking regions" and "the French language"
(no Britain, no France), and a spokesman for secessionists (their side,
not a government's). The articles are written for the tests; the first
line of each is its headline."""

from __future__ import annotations

import redline
from redline.pipeline import actor_resolver

HOSTAGE = ("Troops ready to free hostage pilot\n\n"
           "JAYAPURA, Indonesia (AP) - Indonesian soldiers were ready to attack the rebels of the West Papua "
           "National Liberation Army who hold a foreign pilot, a security minister said on Tuesday.\n")

GENERAL = ("Army chief warns protest leaders\n\n"
           "DILI, East Timor (Lusa) - The commander of the armed forces of Timor-Leste, Major General Lere "
           "Anan Timur, has threatened to arrest the leaders of a new protest movement.\n\n"
           "\"We heard what commander Lere said. These threats are a crime,\" one of the movement's leaders "
           "told reporters.\n")

LOCKDOWN = ("Separatists order two-week lockdown\n\n"
            "YAOUNDE, Cameroon (Reuters) - Separatist fighters in Cameroon's English-speaking regions have "
            "ordered residents to stay at home for two weeks, protesting against the dominance of the French "
            "language in schools.\n\n"
            "\"Nobody should be on the roads,\" according to a statement posted online by Peter Nfor, a "
            "spokesman for the secessionists.\n")


def test_a_body_named_after_another_states_region_is_that_states():
    resolver = actor_resolver()
    code = resolver.resolve("the West Papua National Liberation Army")
    assert code is not None and code.code == "IDNREB"
    assert resolver.resolve("National Liberation Army").code == "COLREB"


def test_the_rebels_of_a_regional_army_are_of_its_state(nlp):
    analysis = redline.analyze(HOSTAGE, nlp=nlp)
    ready = next(e for e in analysis.events if [r.code for r in e.sources] == ["IDNMIL"])
    assert [t.code for t in ready.targets] == ["IDNREB"]


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
    roads = next(s for s in analysis.statements if "Nobody should" in s.content_text(LOCKDOWN))
    assert roads.speaker.name == "Peter Nfor" and roads.speaker.actor == "CMRREB"


def test_a_general_confederation_is_no_general():
    resolver = actor_resolver()
    code = resolver.resolve("The General Confederation of Civil Servants")
    assert code is not None and code.kind != "person" and code.name is None and code.sector != "MIL"
    assert resolver.resolve("General Kamal").sector == "MIL"


GUARDED = ("Kingdom's leader back in capital, police official says\n\n"
           "Zambian police and army units are guarding the Malawian prime minister in the capital, Lilongwe.\n\n"
           "A police official says the prime minister returned home safely after an army mutiny forced him to "
           "flee over the weekend.\n\n"
           "Police in Malawi were told to leave their posts and not wear uniforms, an official said on Tuesday.\n\n"
           "There was an attack by soldiers on a police training camp late on Monday, the official said.\n")


def test_police_in_a_state_are_that_states_not_a_foreign_force_named_first(nlp):
    analysis = redline.analyze(GUARDED, nlp=nlp)
    police = next(e for e in analysis.entities if any(GUARDED[s:t] == "Police in Malawi" for s, t in e.mentions))
    assert police.actor == "MWICOP"
    assert not any(GUARDED[s:t] == "Zambian police" for s, t in police.mentions)
    attack = next(e for e in analysis.events if e.type == "ASSAULT")
    assert [t.code for t in attack.targets] == ["MWICOP"]
