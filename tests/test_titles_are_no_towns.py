"""An office's title is no town ("farmers at Minister's house" is not
Minster, Ohio), a name opened by a particle ("Van der Wal") is no city of
Van, a police rank is a title ("Senior Superintendent Ho Ka-ming … Ho
said" is one man) and no one named in full is "it". The articles are
written for the tests; the first line of each is its headline."""

from __future__ import annotations

import redline

FARMERS = ("Tractors block road at Minister's house\n\n"
           "Protesting farmers blocked the road to the home of Minister Marieke van der Berg on Tuesday with "
           "tractors. Police said the action was intimidating. Van der Berg was not at home.\n\n"
           "A spokesperson for the farmers' group said its members were desperate.\n")

POLICE = ("Police arrest three over protest posts\n\n"
          "HONG KONG (Reuters) - Senior Superintendent Ho Ka-ming of the police cyber security unit told "
          "reporters that three students were "
          "arrested on Tuesday over online posts calling for protests.\n\n"
          "Ho said officers were still studying the posts. Asked whether others could be arrested, Ho said "
          "it depends on what they had done.\n")


def test_a_title_and_a_particle_name_are_no_places(nlp):
    analysis = redline.analyze(FARMERS, nlp=nlp)
    assert not analysis.places
    # with no place named, no one is coded as another state's
    coded = [r.code for e in analysis.events for r in e.sources + e.targets if r.code]
    coded += [s.speaker.actor for s in analysis.statements if s.speaker.actor]
    assert not any(c[:3] in ("USA", "TUR") for c in coded)


def test_a_rank_is_a_title_and_a_named_man_is_no_it(nlp):
    analysis = redline.analyze(POLICE, nlp=nlp)
    ho = [e for e in analysis.entities if e.name == "Ho Ka-ming"]
    assert len(ho) == 1
    words = [POLICE[s:t] for s, t in ho[0].mentions]
    assert words.count("Ho") == 2
    assert "it" not in words
    assert all(s.speaker.actor == "HKGCOP" for s in analysis.statements if s.speaker.mention == "Ho")
