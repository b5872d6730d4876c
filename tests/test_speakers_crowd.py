"""Who cries out in a protest story: the crowd, not the police the parser
hangs its cries on ("Police fired tear gas at thousands of protesters …,
many from the provinces, calling for …"), and people counted by a bare
"many" or "some". Every article here is written for the test."""

from __future__ import annotations

import redline


def speakers_in(text: str, nlp) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker name, actor code, cue words, content words) of each statement."""
    result = redline.analyze(text, nlp=nlp)
    return [(s.speaker.name, s.speaker.actor, s.cue_text(text), s.content_text(text)) for s in result.statements]


def test_a_crowds_cry_after_police_fired_on_it_is_the_crowds(nlp):
    text = ("LIMA, Peru -- Police fired tear gas to try to disperse thousands of protesters who marched into the "
            "capital Thursday, many from southern farming towns, calling for the resignation of the interior "
            "minister.\n")
    calls = [s for s in speakers_in(text, nlp) if s[2] == "calling for"]
    assert calls and calls[0][0] == "protesters" and calls[0][1] == "PERCVL"


def test_many_or_some_among_people_named_before_are_those_people(nlp):
    text = ("Nurses protest in Lima\n\n"
            "Hundreds of nurses gathered outside the health ministry in Lima on Monday, many demanding higher "
            "wages. Thousands of teachers rallied in Cusco, some calling for the minister to resign.\n")
    found = {cue: (name, actor) for name, actor, cue, _ in speakers_in(text, nlp)}
    assert found["demanding"] == ("nurses", "PERHLH")
    assert found["calling"] == ("teachers", "PEREDU")


def test_crowds_clashing_with_police_demand_not_the_police(nlp):
    text = ("Opposition supporters in Zambia clash with police demanding fresh elections\n\n"
            "Supporters of Zambia's main opposition party clashed with police in Lusaka on Saturday.\n")
    demands = [s for s in speakers_in(text, nlp) if s[2] == "demanding"]
    assert demands and "police" not in (demands[0][0] or "").lower()
    assert demands[0][1] == "ZMBOPP"


def test_the_crowds_demand_is_its_own_event_against_who_it_wants_out(story):
    found = story("LIMA, Peru -- Police fired tear gas to try to disperse thousands of protesters who marched into "
                  "the capital Thursday, many from southern farming towns, calling for the ouster of President Dina "
                  "Boluarte.\n")
    demands = [f for f in found if f[0] == "REQUEST"]
    assert demands and demands[0][2:4] == (["PERCVL"], ["PERGOV"])
