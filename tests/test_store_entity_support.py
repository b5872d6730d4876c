"""Hand-made analyses with entities and organisation codes (no tests here).

The articles are written for these tests in the style of wire news. Their
analyses are built by hand (entities, events coded ``RUSGOV`` → ``IGOWSTNAT``
and so on), so the store and the web pages are tested whatever the analysis
stages produce today.
"""

from __future__ import annotations

from redline.read import article_from_text
from redline.types import ActorRef, Analysis, Entity, Event, Speaker, Statement

BALTIC_DRILLS = """Moscow Warns NATO Over Baltic Drills

2024-03-14

Russia's foreign ministry on Thursday demanded that NATO call off military exercises near its western border, saying the drills threatened regional security.

The Kremlin rejected the alliance's explanation that the manoeuvres were defensive, spokesman Dmitry Peskov told reporters in Moscow.

NATO said in a statement that the exercises would go ahead as planned and that Russian warships had shadowed allied vessels in the Baltic Sea.
"""

INTERCEPT = """Allied Jets Intercept Russian Aircraft Near Estonia

2024-03-20

NATO fighter jets intercepted two Russian military aircraft flying without transponders over the Baltic Sea on Wednesday, the alliance said.

Moscow said its planes had flown over neutral waters in line with international rules.
"""

BORDER_TALKS = """Kyiv Rejects Moscow Terms for Border Talks

2024-04-02

Ukraine on Tuesday rejected Russia's conditions for talks on the border, officials in Kyiv said.

The Russian government accused Ukraine of stalling, and Russia threatened to end the grain corridor talks altogether.
"""


def span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    """The ``nth`` occurrence of ``words`` in ``text`` as (start, end)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def sentence(text: str, opening: str) -> tuple[int, int]:
    """The sentence of ``text`` that begins with ``opening`` (to its full stop)."""
    start = text.index(opening)
    return start, text.index(".", start) + 1


def _event(text, type_, source, target, opening, trigger, quad, intensity=-5.0, cameo=None, statement=None):
    return Event(
        type=type_, mode=None,
        sources=(ActorRef(source[0], source[1], (span(text, source[0]),)),),
        targets=(ActorRef(target[0], target[1], (span(text, target[0]),)),),
        sentence=sentence(text, opening), trigger=(span(text, trigger),),
        intensity=intensity, quad=quad, cameo=cameo, goldstein=intensity, statement_index=statement,
    )


def baltic_drills() -> Analysis:
    """Russia → NATO: a demand and a rejection (RUSGOV → IGOWSTNAT), NATO's entities."""
    article = article_from_text(BALTIC_DRILLS)
    text = article.text
    peskov = Statement(
        kind="indirect", cue_type="speech",
        speaker=Speaker(spans=(span(text, "spokesman Dmitry Peskov"),), name="Dmitry Peskov",
                        mention="spokesman Dmitry Peskov", role="spokesman", affiliation="Kremlin",
                        kind="person", actor="RUSGOV"),
        cue=(span(text, "told"),),
        content=(span(text, "The Kremlin rejected the alliance's explanation that the manoeuvres were defensive"),),
        sentence=sentence(text, "The Kremlin rejected"),
    )
    events = [
        _event(text, "REQUEST", ("Russia's foreign ministry", "RUSGOV"), ("NATO", "IGOWSTNAT"),
               "Russia's foreign ministry on Thursday", "demanded", quad=3, cameo="10"),
        _event(text, "REJECT", ("The Kremlin", "RUSGOV"), ("the alliance", "IGOWSTNAT"),
               "The Kremlin rejected", "rejected", quad=3, cameo="12", statement=0),
    ]
    entities = [
        Entity(name="Russia", actor="RUSGOV", kind="state",
               mentions=(span(text, "Russia's foreign ministry"), span(text, "The Kremlin")),
               affiliation=None, org=None),
        Entity(name="NATO", actor="IGOWSTNAT", kind="organisation",
               mentions=(span(text, "NATO"), span(text, "NATO", 1), span(text, "the alliance"), span(text, "NATO", 2)),
               org="North Atlantic Treaty Organization"),
        Entity(name="Dmitry Peskov", actor="RUSGOV", kind="person",
               mentions=(span(text, "spokesman Dmitry Peskov"),), role="spokesman", affiliation="Kremlin"),
        Entity(name="Moscow", actor=None, kind="place", mentions=(span(text, "Moscow", 1),)),
    ]
    return Analysis(article=article, statements=[peskov], events=events, entities=entities)


def intercept() -> Analysis:
    """NATO's military acts on Russia's (IGOWSTNATMIL → RUSMIL)."""
    article = article_from_text(INTERCEPT)
    text = article.text
    events = [
        _event(text, "COERCE", ("NATO fighter jets", "IGOWSTNATMIL"), ("Russian military aircraft", "RUSMIL"),
               "NATO fighter jets intercepted", "intercepted", quad=4, intensity=-6.0, cameo="17"),
    ]
    entities = [
        Entity(name="NATO", actor="IGOWSTNATMIL", kind="organisation",
               mentions=(span(text, "NATO"), span(text, "the alliance"))),
        Entity(name="Russia", actor="RUSMIL", kind="state",
               mentions=(span(text, "Russian military aircraft"), span(text, "Moscow", 0))),
    ]
    return Analysis(article=article, events=events, entities=entities)


def border_talks() -> Analysis:
    """Russia and Ukraine under several codes each (RUS, RUSGOV; UKR, UKRGOV)."""
    article = article_from_text(BORDER_TALKS)
    text = article.text
    events = [
        _event(text, "REJECT", ("Ukraine", "UKR"), ("Russia", "RUS"), "Ukraine on Tuesday", "rejected", quad=3),
        _event(text, "ACCUSE", ("The Russian government", "RUSGOV"), ("Ukraine", "UKRGOV"),
               "The Russian government accused", "accused", quad=3),
        _event(text, "THREATEN", ("Russia", "RUS"), ("Ukraine", "UKR"),
               "The Russian government accused", "threatened", quad=3),
    ]
    entities = [
        Entity(name="Ukraine", actor="UKR", kind="state", mentions=(span(text, "Ukraine"), span(text, "Kyiv", 1))),
        Entity(name="Russia", actor="RUSGOV", kind="state",
               mentions=(span(text, "Russia"), span(text, "The Russian government"))),
    ]
    return Analysis(article=article, events=events, entities=entities)


def corpus() -> list[Analysis]:
    return [baltic_drills(), intercept(), border_talks()]
