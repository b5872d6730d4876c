"""Polls, surveys and documents whose makers the story does not give speak
for no one in particular, least of all the last person quoted; a study the
story says a body released is that body's, also when it comes up again. The
article is written for the tests; its first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Voters split ahead of snap election\n\n"
         "BERLIN (Reuters) - Lena Vogel, a 41-year-old nurse, said she would vote for the Greens. Polls show the "
         "conservatives leading with around 30% support.\n\n"
         "The court has now ordered the arrests, a document dated Feb. 19 showed.\n\n"
         "Young workers struggle to find first jobs, according to a study which is being released Monday by "
         "the Civic Jobs Institute. \"It is a hard market,\" said Tom Reiter, who runs a job centre in Bonn. "
         "Retail employs most of them, according to the study.\n")


def _speakers(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    return {STORY[s.cue[0][0]:s.cue[-1][1]] + "@" + str(s.cue[0][0]): s.speaker.name for s in analysis.statements}


def test_polls_and_documents_are_not_the_last_speakers(nlp):
    found = _speakers(nlp)
    shown = [name for cue, name in found.items() if cue.startswith(("show@", "showed@"))]
    assert len(shown) == 2 and "Lena Vogel" not in shown


def test_a_study_released_by_a_body_is_its_study_again(nlp):
    found = _speakers(nlp)
    according = [name for cue, name in sorted(found.items(), key=lambda kv: int(kv[0].split("@")[1]))
                 if cue.startswith("according to@")]
    assert according and all(name == "Civic Jobs Institute" for name in according)
