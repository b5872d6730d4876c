"""Plain-text wire copy hard-wrapped at a fixed width: a line break inside a
sentence does not end it, so the sentence's subject and verb stay together;
a text whose lines are its sentences or paragraphs keeps every break. The
articles are written for the tests."""

from __future__ import annotations

import redline

WRAPPED = ("Opposition figure detained, party says\n\n"
           "LIBREVILLE, March 3 A former defence minister and\n"
           "candidate in Gabon's presidential election last\n"
           "year was detained overnight, his opposition party said on\n"
           "Tuesday.\n"
           "Police did not immediately comment on why they had\n"
           "arrested the former minister, a key figure in the\n"
           "opposition coalition that disputed the result.\n")

LINES = ("Talks resume\n"
         "Ministers met in Libreville on Monday\n"
         "The opposition boycotted the session\n"
         "Police arrested two activists outside the building\n")


def test_a_wrapped_line_does_not_end_its_sentence(nlp):
    analysis = redline.analyze(WRAPPED, nlp=nlp)
    said = [s for s in analysis.statements if s.speaker.mention == "his opposition party"]
    assert said and "detained overnight" in said[0].content_text(WRAPPED)
    arrests = [e for e in analysis.events if e.type == "COERCE"]
    assert arrests and all("\n" in WRAPPED[e.sentence[0]:e.sentence[1]] for e in arrests)
    assert any((r.code or "").startswith("GAB") for e in arrests for r in e.targets)


def test_lines_that_are_sentences_stay_apart(nlp):
    doc = nlp(LINES)
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:4] == ["Talks", "Ministers", "The", "Police"]
