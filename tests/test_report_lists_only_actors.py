"""The text report's Actors section lists who acts or is acted on, not
every capitalised thing: a law, a storm or a document the story names
with no actor code stays out of it. The article is written for the test;
its first line is its headline."""

from __future__ import annotations

import redline
from redline.report import render_analysis


def test_laws_and_storms_are_not_listed_as_actors(nlp):
    text = ("Court strikes down emergency law in Roseau\n\n"
            "ROSEAU, Dominica (AP) - Dominica's High Court on Monday struck down the Emergency Powers Act, "
            "saying it breached the Constitution. The law was passed after Hurricane Maria devastated the island. "
            "Prime Minister Roosevelt Skerrit said the government would appeal.\n")
    report = render_analysis(redline.analyze(text, nlp=nlp))
    actors = report.split("Actors (", 1)[1].split("\n\n", 1)[0]
    assert "Roosevelt Skerrit" in actors, actors
    for thing in ("Constitution", "Hurricane Maria"):
        assert thing not in actors, actors
