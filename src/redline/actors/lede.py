"""The official a story's first sentence leads with.

A wire story told from one state names that state's official first:
"Italy's Prime Minister Giorgia Meloni criticized judges on Friday …". Where
the headline names no state, the state in that official's own phrase is the
story's own, however often the story names the state the dispute is with
(``ArticleActors.use_places``).
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Token

from redline.statements.lexicon import ROLE_NOUNS

CharSpan = tuple[int, int]

# Nouns for a state's own bodies that can lead a story ("Finland's government").
_BODY_NOUNS = frozenset({"government", "cabinet", "ministry", "parliament"})


def lede_official(doc: Doc, body_start: int, skip: list[CharSpan]) -> CharSpan | None:
    """Where the subject of the body's first sentence stands, when it is an
    office holder or a state's body ("Italy's Prime Minister Giorgia
    Meloni", "The Italian government") and the story goes on past that
    sentence (a lone sentence frames no story); else None."""
    # (the first two body sentences only: the rest of a long text is not read)
    sents = list(islice((s for s in doc.sents if s.start_char >= body_start and s.text.strip()
                         and not any(a <= s.start_char < b for a, b in skip)), 2))
    if len(sents) < 2:
        return None
    root = sents[0].root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _official(subject):
        return None
    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)


def _official(head: Token) -> bool:
    """Whether ``head`` names an office holder (by name or title) or a state's body."""
    if head.ent_type_ == "PERSON":
        return True
    return head.lemma_.lower() in ROLE_NOUNS or head.lemma_.lower() in _BODY_NOUNS
