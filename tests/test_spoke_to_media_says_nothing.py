"""Whom someone spoke to is not what they said: "spoke to the media" is
no statement; "spoke about the crisis" is. The article is
written for the test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Sit-in ends outside prison\n\n"
          "RAWALPINDI (Reuters) - Samina Baig, a party organiser, camped outside the jail gates on Tuesday. Baig also "
          "spoke to the media, saying nothing new. She spoke about the crisis in the party.\n")


def test_an_addressee_is_no_content(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    contents = [s.content_text(_STORY) for s in analysis.statements]
    assert "the media" not in contents, contents
    assert "the crisis in the party" in contents, contents
