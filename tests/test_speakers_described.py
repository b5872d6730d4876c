"""Speakers named by a description: a pronoun after someone described but
not named ("A police officer who did not wish to be named could not
confirm the reports. But he said …"), the official a role noun named in an
inverted attribution ("…, the minister said. “…,” he said."), people in a
reduced relative ("a move activists say was aimed at …"), a body described
by its kind or holding its own name ("the force said", "The Reuters news
agency said", "the organization Justicia11J posted"), and a date that is
no speaker. Every article here is written for the test."""

from __future__ import annotations

from test_speakers_crowd import speakers_in


def test_he_after_an_unnamed_officer_is_the_officer_not_the_leader_named_before(nlp):
    text = ("Deadly protests in Conakry\n\n"
            "Guinea's junta leader Mamady Doumbouya has banned all demonstrations.\n\n"
            "Two teenagers were killed on Monday, an opposition coalition said in a statement.\n\n"
            "A police officer who did not wish to be named could not confirm the deaths.\n\n"
            "But he said violence broke out again on Tuesday as police moved in to disperse crowds.\n")
    said = [s for s in speakers_in(text, nlp) if s[3].startswith("violence broke out")]
    assert said and said[0][0] == "police officer" and said[0][1] == "GINCOP"


def test_he_after_the_minister_said_is_the_minister(nlp):
    text = ("Rebels attack near Bangui\n\n"
            "Rebels attacked two army posts near Bangui on Wednesday, Interior Minister Henri Wanzet Linguissara "
            "said.\n\n"
            "Fighting was still under way, said the spokesman for the UN mission, Lieutenant-Colonel Abdoulaziz "
            "Fall.\n\n"
            "The attacks took place 12 kilometres from the capital, the minister said.\n\n"
            "\"Thanks to the bravery of our forces, we were able to repel the assailants,\" he said.\n")
    said = [s for s in speakers_in(text, nlp) if "bravery" in s[3]]
    assert said and said[0][0] == "Henri Wanzet Linguissara"


def test_people_who_say_in_a_reduced_relative_are_who_say_it(nlp):
    text = ("Ex-president arrested\n\n"
            "Former Philippine President Rodrigo Duterte withdrew the Philippines in 2019 from the court's "
            "founding treaty in a move human rights activists say was aimed at escaping accountability.\n")
    said = [s for s in speakers_in(text, nlp) if s[3].startswith("was aimed")]
    assert said and said[0][0] == "human rights activists"


def test_a_date_after_by_says_nothing(nlp):
    text = ("Rally banned\n\n"
            "The rally adds pressure on the ruling coalition ahead of national polls widely expected by "
            "mid-2027.\n")
    assert all(s[0] != "mid-2027" for s in speakers_in(text, nlp))


def test_the_force_is_a_body_and_a_named_agency_is_itself(nlp):
    text = ("Police fire tear gas in Freetown\n\n"
            "Police in Sierra Leone fired tear gas at the headquarters of the opposition APC on Tuesday.\n\n"
            "The APC's mayor of Freetown, Yvonne Aki-Sawyerr, said she was inside the building.\n\n"
            "The Reuters news agency said one woman was found wounded outside.\n\n"
            "Supporters had gathered outside the headquarters and harassed passers-by, the force said.\n")
    found = {s[3].split()[0]: s[0] for s in speakers_in(text, nlp)}
    assert found["one"] == "Reuters"
    assert found["Supporters"] not in ("Yvonne Aki-Sawyerr", "APC")


def test_a_body_introduced_by_its_kind_is_what_that_kind_names_later(nlp):
    text = ("Arrests after blackout protests\n\n"
            "Cuban authorities arrested several people after protests in the city of Ciego de Avila, the "
            "European Union's envoy said.\n\n"
            "The organization Justicia11J posted on social media that at least three protesters were held.\n\n"
            "\"They were taken from their homes at night,\" the organization said.\n")
    found = [s[0] for s in speakers_in(text, nlp)]
    assert found.count("Justicia11J") == 2
    assert "European Union" not in found[1:]
