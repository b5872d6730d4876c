"""Where a stateless official speaks or acts says whose they are.

"Foreign Ministry spokesman Li Wenbo told a regular briefing in Beijing":
the title names no state and the story names two, but a government's
spokesman briefs in that government's capital. "In Taipei, the defence
ministry thanked Washington": a sentence that opens in a place sets the
scene for its bare subject. Only a capital (of the tables' states) places
a briefing; any state or town the scene opens in places its subject.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from redline.actors import ActorCode, ArticleActors
from redline.entities.identity import Identity
from redline.entities.mention import Mention
from redline.entities.owners import STATE_SECTORS  # a state's own bodies, which a capital or scene may place
from redline.statements.spans import doc_text

# Verbs of telling a gathering ("told a briefing in Beijing", "said at a
# news conference in Tehran").
_TELLING = frozenset("say tell brief announce address speak".split())
# Prepositions of where something was said.
_WHERE = frozenset({"in", "at"})


def place_by_scene(doc: Doc, mentions: list[Mention], clusters: list[list[int]],
                   identities: list[Identity], actors: ArticleActors) -> list[Identity]:
    """``identities`` with each state official or body that no name placed
    given the state of the capital it speaks in or the place its sentence
    opens in (see the module docstring)."""
    countries = actors.resolver.tables.countries
    text = doc_text(doc)
    out = list(identities)
    for k, ident in enumerate(identities):
        if ident.code is not None and (ident.code.country or ident.code.org or ident.code.sector not in STATE_SECTORS):
            continue
        for i in clusters[k]:
            m = mentions[i]
            if m.kind not in ("name", "role", "noun") or doc[m.head].dep_ not in ("nsubj", "nsubjpass"):
                continue
            head = doc[m.head]
            state = _scene_state(head, actors) or _briefing_state(head, actors, countries)
            if state is None:
                continue
            # ("the defence ministry", which no name places, the layer leaves uncoded)
            code = ident.code or actors.resolver.resolve(text[m.span[0]:m.span[1]], actors.date)
            if code is not None and not code.country and not code.org and code.sector in STATE_SECTORS:
                out[k] = replace(ident, code=replace(code, country=state))
                break
    return out


def _place_state(tok: Token | None, actors: ArticleActors) -> str | None:
    if tok is None or tok.ent_type_ not in ("GPE", "LOC"):
        return None
    code = actors.resolver.resolve(tok.text, actors.date)
    if code is None or code.kind != "state" or code.sector or code.org or code.country in (None, "IGO", "NGO"):
        return None
    return code.country


def scene(prep: Token) -> bool:
    """"In Washington, …", "In Taipei, …": a place that opens the sentence
    before a comma sets the scene; it is no side of the act."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ not in ("GPE", "LOC"):
        return False
    if not prep.left_edge.is_sent_start:  # (cheaper than building the sentence)
        return False
    after = prep.doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(prep.doc) else None
    return after is not None and after.text == ","


def _scene_state(head: Token, actors: ArticleActors) -> str | None:
    """"In Taipei, the defence ministry …": the state of the opening place."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    prep = next((c for c in head.head.children if c.dep_ == "prep" and c.i < head.i and scene(c)), None)
    return _place_state(next((c for c in prep.children if c.dep_ == "pobj"), None), actors) if prep else None


def _briefing_state(head: Token, actors: ArticleActors, countries) -> str | None:
    """"… told a regular briefing in Beijing": the state whose capital the
    speaker briefs in."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _TELLING:
        return None
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for h in heads:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in _WHERE:
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            state = _place_state(place, actors)
            if state is not None and state in countries and any(
                    place.text.lower() == c.lower() for c in countries[state].capitals):
                return state
    return None
