"""Stories between two states: an official the story names without a state
("Foreign Minister Tanja Fajon") serves the state the headline leads with,
where the dateline (if any) agrees, even when the other state's officials
and adjectives come up about as often; a protest lodged by an official is
his act, not one done to him. The articles are written for the tests; the
first line of each is its headline."""

from __future__ import annotations

import redline

EXPULSION = ("Slovenia expels Serbian diplomat over spying claims\n\n"
             "Slovenia's foreign ministry said on Thursday it was expelling a Serbian diplomat for activities "
             "incompatible with his status.\n\n"
             "\"The diplomat has been gathering information on our security services,\" Foreign Minister "
             "Tanja Fajon said in a statement.\n\n"
             "\"Slovenia will not tolerate such activity on its soil,\" she added.\n\n"
             "A Serbian foreign ministry official called the decision a hostile act, and the Serbian embassy "
             "said the Serbian diplomat had done nothing wrong. Serbian media described the step as "
             "politically motivated.\n")

SUMMONS = ("Portugal summons Angolan envoy over detained journalist\n\n"
           "LISBON, March 3 (Reuters) - Portugal summoned Angola's ambassador on Tuesday over the detention of "
           "a Portuguese reporter in Luanda, the foreign ministry said.\n\n"
           "Deputy Foreign Minister Rui Fonseca met Angolan ambassador Carlos Neto at the ministry. In the "
           "meeting, Fonseca strongly protested over Angola's treatment of the reporter, the foreign ministry "
           "statement said.\n\n"
           "Angola has accused the reporter of working without accreditation, and Angolan police have not let "
           "a lawyer see him.\n")


def _speakers(nlp, text):
    analysis = redline.analyze(text, nlp=nlp)
    return [(text[s.speaker.spans[0][0]:s.speaker.spans[0][1]] if s.speaker.spans else s.speaker.mention,
             s.speaker.actor) for s in analysis.statements]


def test_an_unplaced_minister_serves_the_state_the_headline_leads_with(nlp):
    found = _speakers(nlp, EXPULSION)
    assert ("Foreign Minister Tanja Fajon", "SVNGOV") in found
    assert ("she", "SVNGOV") in found


def test_a_dateline_and_headline_that_agree_place_the_ministry(nlp):
    analysis = redline.analyze(SUMMONS, nlp=nlp)
    codes = {s.speaker.mention: s.speaker.actor for s in analysis.statements}
    assert codes.get("the foreign ministry statement") == "PRTGOV"
    protest = next(e for e in analysis.events if any(SUMMONS[s:t] == "protested" for s, t in e.trigger))
    assert [r.code for r in protest.sources] == ["PRTGOV"]
    assert "Fonseca" not in {r.text for r in protest.targets}


def test_a_dateline_the_headline_does_not_lead_with_places_no_one(nlp):
    # filed from Belgrade about Slovenia's step, naming Slovenia more often:
    # the minister is no Serbian, and the story says no more
    text = EXPULSION[:EXPULSION.index("A Serbian foreign")].replace(
        "Slovenia's foreign ministry said", "BELGRADE (AP) - Slovenia's foreign ministry said")
    found = dict(_speakers(nlp, text))
    assert not (found["Foreign Minister Tanja Fajon"] or "").startswith("SRB")


def test_a_headline_that_leads_with_two_sides_places_no_one(nlp):
    text = ("Belgrade and Pristina agree to resume border talks\n\n"
            "Serbia and Kosovo agreed on Friday to resume talks on their border crossings. Serbia's deputy "
            "foreign minister said Kosovo must honour earlier deals.\n\n"
            "An official in the prime minister's office said the government would not accept delays.\n")
    found = dict(_speakers(nlp, text))
    assert not (found.get("An official in the prime minister's office") or "").startswith("SRB")
