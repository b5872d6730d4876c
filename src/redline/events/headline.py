"""The headline as a sentence to code, and its events against the body's.

A headline reports the story's main event in its own grammar: present tense
for what has happened ("US sanctions Maduro's foreign minister"), articles
and auxiliaries dropped ("Congo rebels reject call to quit Goma"), a label
before a colon for who says it ("Kremlin: US does not want to ..."). The
coder codes it like a body sentence (the root-noun reading of "sanctions" is
handled there); this module says where the headline stands and which of its
events the body does not already report: the lead usually tells the same
event with fuller actors, and one event must not be counted twice.
"""

from __future__ import annotations

from redline.types import Article, CharSpan, Event


def headline_span(article: Article) -> CharSpan | None:
    """Where the headline stands in ``article.text``, or None when the text
    has none (a title given apart from the text cannot be coded: event
    offsets must point into the text)."""
    title = (article.title or "").strip()
    if not title or article.body_start <= 0:
        return None
    start = article.text.find(title, 0, article.body_start)
    return (start, start + len(title)) if start >= 0 else None


def _states(refs) -> set[str]:
    return {r.code[:3] for r in refs if r.code}


def same_event(head: Event, body: Event) -> bool:
    """Whether a body event reports the headline's event: the same type, a
    source of the same state (or none coded in the headline: "Explosions
    rock Isfahan") and, where both name one, a target of the same state."""
    if head.type != body.type:
        return False
    hs, bs = _states(head.sources), _states(body.sources)
    if hs and not hs & bs:
        return False
    ht, bt = _states(head.targets), _states(body.targets)
    return not (ht and bt and not ht & bt)


def new_headline_events(head: list[Event], body: list[Event]) -> list[Event]:
    """The headline's events that name who acted and that no body event
    reports already. A headline without its actor ("Border talks resume")
    is a summary too vague to count on its own."""
    return [h for h in head if _states(h.sources) and not any(same_event(h, b) for b in body)]
