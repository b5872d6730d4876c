"""A body named with the noun that says what it is ("the national farmers
federation FUM") is what "the federation" means a sentence later, so the
federation's accusation is the body's act; and a person who heads a body
given only by its kind ("General Peter Banda, head of the armed forces")
is of that body's sector in the story's state. The articles are written
for the tests; the first line of each is its headline."""

from __future__ import annotations

import redline

_STORY = ("Farmers threaten to block roads in Lilongwe\n\n"
          "LILONGWE (Reuters) - The national farmers federation FUM said on Monday that its members would "
          "block the roads into the capital unless maize prices rose. The federation accused the police of "
          "beating two of its members at a market last week.\n\n"
          "General Peter Banda, head of the armed forces, said soldiers would keep the roads open.\n")


def test_the_kind_noun_takes_up_the_body_named_with_it(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    fum = next(e for e in analysis.entities if e.name == "FUM")
    assert any(_STORY[s:e] == "The federation" for s, e in fum.mentions), fum
    accused = next(e for e in analysis.events if e.type == "ACCUSE")
    assert [r.code for r in accused.sources] == ["MWIAGR"], accused
    said = next(s for s in analysis.statements if s.speaker.mention == "The federation")
    assert said.speaker.name == "FUM"


def test_a_word_inside_another_part_of_a_name_takes_up_nothing(nlp):
    text = ("Staff strike over pay in Luxembourg\n\n"
            "The national government clerks union SGC called a strike on Monday. The government said the "
            "strike was unlawful.\n")
    analysis = redline.analyze(text, nlp=nlp)
    union = next(e for e in analysis.entities if e.name and "SGC" in e.name)
    assert not any(text[s:e] == "The government" for s, e in union.mentions), union


def test_the_head_of_a_body_given_by_its_kind_is_of_its_sector(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    banda = next(e for e in analysis.entities if e.name == "Peter Banda")
    assert banda.actor == "MWIMIL", banda
    said = next(s for s in analysis.statements if s.speaker.name == "Peter Banda")
    assert said.speaker.actor == "MWIMIL"
