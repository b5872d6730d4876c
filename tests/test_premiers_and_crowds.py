""""The premier" is the prime minister the story named, never the foreign
ministry spokesman quoted last; "tens of thousands of New Zealanders" are
civilians of New Zealand, not its state. The articles are written for the
tests; the first line of each is its headline."""

from __future__ import annotations

import redline

RIOTS = ("Beijing backs Honiara after riots\n\n"
         "HONIARA (Reuters) - Prime Minister Peter Tanaka has blamed foreign agents for last month's riots in "
         "Honiara.\n\n"
         "\"China firmly supports the government,\" a Chinese foreign ministry spokesman, Li Wenhua, told "
         "reporters in Beijing.\n\n"
         "The riots began after the premier refused to meet protesters.\n")

RALLY = ("Crowds rally against land bill in Wellington\n\n"
         "Tens of thousands of New Zealanders rallied outside parliament on Tuesday against a bill on land "
         "rights.\n")


def test_the_premier_is_the_prime_minister_not_the_last_speaker(nlp):
    analysis = redline.analyze(RIOTS, nlp=nlp)
    refused = [s for s in analysis.statements if s.speaker.mention == "the premier"]
    assert refused and refused[0].speaker.name == "Peter Tanaka"
    tanaka = next(e for e in analysis.entities if e.name == "Peter Tanaka")
    assert any(RIOTS[s:t] == "the premier" for s, t in tanaka.mentions)


def test_tens_of_thousands_of_a_people_are_its_civilians(nlp):
    analysis = redline.analyze(RALLY, nlp=nlp)
    rally = [e for e in analysis.events if e.type == "PROTEST"]
    assert rally and [r.code for r in rally[0].sources] == ["NZLCVL"]
    crowd = next(e for e in analysis.entities if any(RALLY[s:t] == "New Zealanders" for s, t in e.mentions))
    assert crowd.actor == "NZLCVL"
