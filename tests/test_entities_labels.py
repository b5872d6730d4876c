"""Who is who where the small English model mislabels names, and bloc nouns.

The model often calls a state a person ("Mali" PERSON), and a colonel with
a hyphenated given name a body; a bare "the bloc" is the regional body the
story named, and "the source said" with no source before is the writer's,
not the last person named. Each article is written for its test, after
failures seen on real wire copy.
"""

from __future__ import annotations

from redline.parse.labels import correct_entity_labels

SUSPENDED = (
    "Regional bloc suspends Mali over army takeover\n\n"
    "The Economic Community of West African States (ECOWAS) has suspended Mali following a coup that ousted "
    "its President, Mr Amadou Traore Keita, earlier this week.\n\n"
    "The bloc, however, noted that it would not impose trade sanctions for now.\n\n"
    "ECOWAS is also asking the new military rulers to free Mr Keita and several ministers held since Tuesday, "
    "the source said.\n\n"
    "The country is now run by a military council.\n"
)

COLONEL = (
    "Junta leader vows return to civilian rule\n\n"
    "The country is being run by a junta led by Colonel Abdou-Rahim Sandaogo Toure, who commands military units.\n\n"
    "On Sunday, Col. Toure made a televised appeal for international support.\n\n"
    "He promised that the country would return to constitutional order \"when conditions are right.\"\n"
)


def _entity_with(analysis, surface: str, followed_by: str = ""):
    text = analysis.article.text
    at = text.index(surface + followed_by)
    for entity in analysis.entities:
        if (at, at + len(surface)) in entity.mentions:
            return entity, [text[s:e] for s, e in entity.mentions]
    return None, []


def _statement(analysis, cue: str):
    text = analysis.article.text
    return next(s for s in analysis.statements if s.cue_text(text) == cue)


def test_a_state_the_model_calls_a_person_is_a_state_apart_from_its_president(analyze):
    analysis = analyze(SUSPENDED)
    state, surfaces = _entity_with(analysis, "Mali", " following")
    assert state is not None and state.kind == "state" and state.actor == "MLI"
    president, names = _entity_with(analysis, "Mr Amadou Traore Keita")
    assert "Mali" not in names and president.actor == "MLIGOV"  # was one entity, "MLI"


def test_the_bloc_is_the_regional_body_named_before_it(analyze):
    analysis = analyze(SUSPENDED)
    entity, _ = _entity_with(analysis, "The bloc")
    assert entity is not None and entity.actor == "IGOWAFWAS"
    assert _statement(analysis, "noted").speaker.actor == "IGOWAFWAS"


def test_the_source_with_none_before_is_nobody_named(analyze):
    analysis = analyze(SUSPENDED)
    speaker = _statement(analysis, "said").speaker
    assert speaker.name is None and speaker.kind == "unnamed"  # was Mr Keita, whose release is asked


def test_a_titled_name_the_model_calls_a_body_is_a_person_and_he_is_him(analyze):
    analysis = analyze(COLONEL)
    entity, surfaces = _entity_with(analysis, "Colonel Abdou-Rahim Sandaogo Toure")
    assert entity.kind == "person" and "Col. Toure" in surfaces and "He" in surfaces
    assert _statement(analysis, "promised").speaker.name == "Abdou-Rahim Sandaogo Toure"


def test_label_corrections_leave_other_names_alone(nlp):
    doc = correct_entity_labels(nlp(
        "Michael Jordan met the General Assembly. Jordan said Colonel Toure and President Keita spoke in Mali."))
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Jordan") != "GPE"  # the article writes it inside a person's name
    assert labels.get("Mali") == "GPE"
    assert all(label != "PERSON" for text, label in labels.items() if "Assembly" in text)
    assert correct_entity_labels(doc) is doc and {e.text: e.label_ for e in doc.ents} == labels  # idempotent


BASED = (
    "Bodies condemn vote\n\n"
    "The Washington-based Organization of American States condemned the move on Friday.\n\n"
    "The Geneva-based World Health Organization said it was alarmed by the violence.\n"
)


def test_a_body_based_in_a_city_is_the_body_not_the_citys_state(analyze):
    analysis = analyze(BASED)
    entity, _ = _entity_with(analysis, "The Washington-based Organization of American States")
    assert entity.actor == "IGOOAS"  # was USA, from "Washington-based"


def test_two_bodies_sharing_only_a_generic_word_stay_apart(analyze):
    analysis = analyze(BASED)
    _, surfaces = _entity_with(analysis, "The Washington-based Organization of American States")
    assert "The Geneva-based World Health Organization" not in surfaces, surfaces
    who, _ = _entity_with(analysis, "The Geneva-based World Health Organization")
    assert who.actor.startswith("IGOUNO")
