"""Small readings of the dependency parse that statements and events share."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that take whom they move to act as their object ("urged the
# minister to quit"): with no object before the infinitive, the clause is
# a passive without its "be" ("Minister urged to quit", "Envoy told to leave").
_OBJECT_CONTROL = frozenset(
    "urge order tell force press pressure encourage invite summon compel instruct advise".split())


def control_passive(v: Token) -> bool:
    """Whether ``v`` is an object-control verb read in the past with a
    subject, an infinitive and no object: a reduced passive whose subject
    is the one urged, ordered or told, not the one who urged."""
    if v.lemma_.lower() not in _OBJECT_CONTROL or v.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(v.children)
    return (any(c.dep_ == "nsubj" for c in kids)
            and any(c.dep_ == "xcomp" and c.i > v.i and c.tag_ == "VB" for c in kids)
            and not any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "nsubjpass", "ccomp") for c in kids))
