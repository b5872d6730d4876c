"""One mention: a stretch of the parse that may refer to a person,
organisation, state or group ("Dmitry Peskov", "the spokesman", "he")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from redline.types import CharSpan

# name: a proper name (NER or the actor tables); role: a person's title or
# role noun ("the spokesman"); noun: an organisation or group noun ("the
# ministry", "the rebels"); demonym: a demonym phrase ("Russian officials");
# pronoun: a personal or possessive pronoun; first: "I"/"we" inside a
# quotation (the quote's speaker); joint: a coordination that holds the
# writer or speaker outside quotations ("Hannah, Martha and I"), what "we" are.
MentionKind = Literal["name", "role", "noun", "demonym", "pronoun", "first", "joint"]


@dataclass(slots=True)
class Mention:
    """A candidate mention, in token and character offsets of one Doc.

    start, end: token span [start, end) in the Doc.
    head: token index of the syntactic head.
    span: character span [start, end) into the article text.
    kind: see ``MentionKind``.
    label: the NER label when a named entity (PERSON, ORG, GPE, NORP, ...),
        else None.
    gender: "m", "f", "n" (it/its, organisations) or None when unknown.
    number: "sg", "pl" or None.
    sent: index of the sentence holding it.
    quoted: whether it sits inside a quotation.
    """

    start: int
    end: int
    head: int
    span: CharSpan
    kind: MentionKind
    label: str | None = None
    gender: str | None = None
    number: str | None = None
    sent: int = 0
    quoted: bool = False
