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
        code = None
        for mention in (sp.mention, sp.name, sp.affiliation):
            if mention and mention.lower() not in ("he", "she", "they", "it", "we", "i", "you"):
                code = actors.resolve(mention)
                if code is not None:
                    break
        coded.append(replace(statement, speaker=replace(sp, actor=code.code)) if code is not None else statement)
    return coded
