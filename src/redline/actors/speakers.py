"""Give each statement's speaker its actor code ("Dmitry Peskov" → RUSGOV)."""

from __future__ import annotations

from dataclasses import replace

from redline.actors.article import ArticleActors
from redline.types import Statement


def code_speakers(statements: list[Statement], actors: ArticleActors) -> list[Statement]:
    """The statements with ``speaker.actor`` set where the speaker resolves.

    The mention is tried first ("Kremlin spokesman Dmitry Peskov" teaches the
    article who Peskov is), then the canonical name (for "he", "the
    spokesman"), then the affiliation ("White House" for an unnamed official).
    Statements are taken in text order so introductions carry forward.
    """
    coded = []
    for statement in statements:
        sp = statement.speaker
        described = " ".join(x for x in (sp.affiliation, sp.role) if x) or None
        codes = [
            actors.resolve(mention)
            for mention in (sp.mention, sp.name, described)
            if mention and mention.lower() not in PRONOUNS
        ]
        codes = [c for c in codes if c is not None]
        # a code with a country beats a bare sector: "the official" alone is
        # GOV, the "Israeli official" it refers back to is ISRGOV
        code = next((c for c in codes if c.country), codes[0] if codes else None)
        coded.append(replace(statement, speaker=replace(sp, actor=code.code)) if code is not None else statement)
    return coded


PRONOUNS = frozenset("he she they it we i you him her them us".split())
