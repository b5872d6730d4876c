"""Small readings of the dependency parse that statements and events share."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that take whom they move to act as their object ("urged the
# minister to quit"): with no object before the infinitive, the clause is
# a passive without its "be" ("Minister urged to quit", "Envoy told to leave").
_OBJECT_CONTROL = frozenset(
    "urge order tell force press pressure encourage invite summon compel instruct advise".split())


def object_after_date(v: Token) -> Token | None:
    """"ordered on Monday 12 French officials to leave": the parser makes
    the object the date phrase's ("on Monday 12 … officials"); the noun
    whose modifier is the date is the verb's object."""
    for c in v.children:
        if c.dep_ == "prep" and c.i == v.i + 1:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and any(
                    g.dep_ == "nmod" and g.ent_type_ in ("DATE", "TIME") for g in obj.children):
                return obj
    return None


def control_passive(v: Token) -> bool:
    """Whether ``v`` is an object-control verb read in the past with a
    subject, an infinitive and no object: a reduced passive whose subject
    is the one urged, ordered or told, not the one who urged."""
    if v.lemma_.lower() not in _OBJECT_CONTROL or v.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(v.children)
    return (any(c.dep_ == "nsubj" for c in kids)
            and any(c.dep_ == "xcomp" and c.i > v.i and c.tag_ == "VB" for c in kids)
            and not any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "nsubjpass", "ccomp") for c in kids)
            and object_after_date(v) is None)


# Verbs by which one act brings another's about ("prompting Russia to
# declare …", "forced the minister to admit …"): the infinitive's subject is
# their object, and it did act. (Not "asked lawmakers to …", "urged X to …":
# what is asked of someone is not yet said by them.)
_MOVERS = frozenset("prompt lead cause force compel drive spur persuade".split())


def moved_subject(v: Token) -> Token | None:
    """The object of the verb ``v`` is an infinitive complement of, where
    that verb moves its object to act ("prompting *Russia* to declare"):
    who does ``v``; None otherwise."""
    head = v.head
    if v.dep_ != "xcomp" or head is v or head.lemma_.lower() not in _MOVERS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < v.i), None)


# "in support of X", "in solidarity with X": whom an act is done for.
ON_BEHALF = frozenset("support favour favor solidarity defence defense backing honour honor memory "
                      "sympathy".split())


def on_behalf(noun: Token) -> bool:
    """Whether ``noun`` is the "support" of "in support of X" (or
    "solidarity", "defence", "memory" ...): what follows it is whom an
    act is for, neither its target nor its place."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in ON_BEHALF


def for_whom(tok: Token) -> bool:
    """Whether ``tok`` is named as whom an act is for: the object of "in
    support of", "in solidarity with" (a few levels up)."""
    t = tok
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.head is t.head:
            return False
        holder = t.head.head
        if on_behalf(holder):
            return True
        t = holder
    return False


def sided(tok: Token) -> bool:
    """"anti-Israel protests", "a pro-Hamas rally": the word after "anti-"
    or "pro-" (and the prefix itself) says whom an act is against or for,
    not who does it."""
    doc = tok.doc
    return tok.lower_ in ("anti", "pro") or (
        tok.i >= 2 and doc[tok.i - 1].text in ("-", "‐") and doc[tok.i - 2].lower_ in ("anti", "pro"))


def of_object(tok: Token) -> Token | None:
    """The object of ``tok``'s "of" phrase ("leader of the party": party), or None."""
    return next((o for prep in tok.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                 for o in prep.children if o.dep_ == "pobj"), None)


def named_in_fronted_participle(csubj: Token) -> Token | None:
    """"Addressing the rally in Congress Square, Janez Janša, the leader of
    the party, called …": the parser took the fronted participle for the
    verb's subject and hung the name on the square (as an apposition or a
    conjunct with no "and"); the name set off by commas inside it acts."""
    if csubj.tag_ != "VBG" or csubj.i >= csubj.head.i:
        return None
    doc = csubj.doc
    return next((t for t in reversed(list(csubj.subtree)) if t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN"
                 and (t.dep_ == "appos" or (t.dep_ == "conj" and not any(c.dep_ == "cc" for c in t.head.children)))
                 and doc[t.left_edge.i - 1].text == "," and t.head.i < t.i), None)
