"""Speakers read the entity layer's cast: a person the recogniser never
labelled, whom the entity layer knows by the office before the name, is a
person to the speakers too, so a later "he" resolves to them and not to a
man named inside their own quotation.

The article is written for its test; the failure it guards against was
seen on real wire copy (a foreign minister's "He said" given to the jailed
opposition leader his quotation spoke of).
"""

from __future__ import annotations

SAARSALU = (
    "Baltic ministers back sanctions on Minsk officials\n\n"
    "Estonian Minister of Foreign Affairs Indrek Saarsalu (Isamaa) on Monday attended a meeting of European Union "
    "foreign ministers in Luxembourg.\n\n"
    "The ministers agreed on sanctions over the jailing of Belarusian opposition leader Pavel Sakharchuk, "
    "spokespeople for the Estonian ministry said.\n\n"
    "\"Those who jailed Pavel Sakharchuk must answer for it, and I am glad that our partners agreed,\" Saarsalu said.\n\n"
    "He said that the bloc's policy towards Belarus must stay firm and united.\n"
)


def _speaker_of(analysis, content_start: str):
    text = analysis.article.text
    for statement in analysis.statements:
        if statement.content_text(text).lstrip("\"“").startswith(content_start):
            return statement.speaker
    raise AssertionError(f"no statement begins {content_start!r}")


def test_an_unlabelled_minister_is_a_person_a_later_he_refers_to(analyze):
    analysis = analyze(SAARSALU)
    follow_up = _speaker_of(analysis, "the bloc's policy")
    assert follow_up.name == "Indrek Saarsalu"
    assert follow_up.actor is not None and str(follow_up.actor).startswith("ESTGOV")


def test_the_ministers_name_leaves_out_the_office_before_it(analyze):
    analysis = analyze(SAARSALU)
    assert _speaker_of(analysis, "Those who jailed").name == "Indrek Saarsalu"
    names = {entity.name for entity in analysis.entities}
    assert "Indrek Saarsalu" in names
    assert not any(name and "Affairs Indrek" in name for name in names)
