"""A state called by the head of its formal name: "the Islamic Republic"
in a story about Iran, "the Kingdom" in one about Saudi Arabia.

The tables know "Islamic Republic of Iran", but the short form alone names
no state (Pakistan, Afghanistan and Mauritania are Islamic Republics too).
The story settles it: the short form is the state it names whose formal
name the short form begins, where exactly one does.
"""

from __future__ import annotations

from dataclasses import replace

from redline.actors import ActorCode, ArticleActors
from redline.entities.identity import Identity

# The longest short form read ("Democratic People's Republic" is three words).
_MAX_WORDS = 4


def name_short_forms(identities: list[Identity], actors: ArticleActors) -> list[Identity]:
    """``identities`` with each uncoded entity named by the start of the
    formal name of one state the story names given that state's code."""
    countries = actors.resolver.tables.countries
    named = {i.code.country for i in identities
             if i.code is not None and i.code.country in countries and i.kind == "state"}
    if not named:
        return identities
    out = list(identities)
    for k, ident in enumerate(identities):
        if ident.code is not None or not ident.name or ident.kind not in ("state", "organisation"):
            continue
        words = ident.name.split()
        if not 1 <= len(words) <= _MAX_WORDS or not all(w[:1].isupper() for w in words):
            continue
        prefix = ident.name.lower() + " of "
        owners = [c for c in named if any(a.lower().startswith(prefix) for a in countries[c].aliases)]
        if len(owners) == 1:
            out[k] = replace(ident, kind="state", code=ActorCode(owners[0], None, None, None, "state"))
    return out
