"""Expulsions told as declarations and orders.

Wire stories rarely write "expelled the ambassador"; they write
"declared the ambassador persona non grata" or "ordered him to leave the
country", "gave the envoy 48 hours to leave". Read as words these are a
declaration (a statement) and an order (a REQUEST); both are the expelling
state's act on the one sent out.

- ``split_phrase_keys``: object keys for fixed phrases the parser splits
  over several dependents ("persona" an adverbial clause, "grata" its
  object), so a trigger row can name them (``verb declare
  obj=persona_non_grata``).
- ``leave_order``: an ordering verb (the table's ``@leave_orders`` group)
  whose complement is a departure (``@departures``) from the country
  ("the country", a named state) or whose addressee is a diplomat.

Word lists live in ``data/event_triggers.tsv`` as groups, so users can
extend them with ``--events``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from redline.events.triggers import Sense, lexicon
from redline.parse.grammar import object_after_date

# Phrases the parser splits over several dependents of the verb, keyed as
# trigger rows name them ("persona non grata" -> obj=persona_non_grata).
_SPLIT_PHRASES: tuple[tuple[str, ...], ...] = (("persona", "non", "grata"),)

# Doc.user_data key: whether the document holds a split phrase's last word at all.
_PRESENT = "redline.split_phrases"

# Dependents that carry a verb's complement clause or its object.
_COMPLEMENTS = frozenset({"xcomp", "advcl", "ccomp", "conj", "relcl"})

EXPEL_DIPLOMATS = Sense("SANCTION", "expel", "166")
DEPORT = Sense("COERCE", "deport", "174")


def split_phrase_keys(v: Token) -> tuple[str, ...]:
    """Keys of the fixed phrases (``_SPLIT_PHRASES``) standing in ``v``'s own
    clause after it: "declared the ambassador persona non grata" ->
    ("persona non grata",)."""
    doc = v.doc
    present = doc.user_data.get(_PRESENT)
    if present is None:
        # most texts hold none of the phrases: look once per document
        lasts = {p[-1] for p in _SPLIT_PHRASES}
        present = any(t.lower_ in lasts for t in doc)
        doc.user_data[_PRESENT] = present
    if not present:
        return ()
    keys = []
    for phrase in _SPLIT_PHRASES:
        n = len(phrase)
        for i in range(v.i + 1, min(v.right_edge.i, len(doc) - 1) - n + 2):
            if tuple(t.lower_ for t in doc[i:i + n]) == phrase and _clause_verb(doc[i]).i == v.i:
                keys.append(" ".join(phrase))
                break
    return tuple(keys)


def phrase_subject(v: Token) -> Token | None:
    """Who is declared persona non grata where the parser made the phrase a
    small clause with its own subject ("declaring the ambassador persona
    non grata": "ambassador" the subject of "persona")."""
    for c in v.children:
        if c.dep_ in ("ccomp", "advcl", "xcomp", "oprd") and c.lower_ == _SPLIT_PHRASES[0][0]:
            s = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if s is not None:
                return s
    return None


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above ``tok`` (``tok``'s clause)."""
    t = tok
    for _ in range(8):
        if t.head.i == t.i:
            return t
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return t


@dataclass(frozen=True, slots=True)
class LeaveOrder:
    """An order to leave the country: its sense, the departure verb, and
    who is told to leave."""

    sense: Sense
    departure: Token
    leaver: Token | None


def _to_infinitive(tok: Token) -> bool:
    return any(a.dep_ in ("aux", "mark") and a.lower_ == "to" for a in tok.children)


def leave_order(v: Token, is_state=lambda t: False) -> LeaveOrder | None:
    """``v`` as an order to leave the country, if it is one: "ordering him
    to leave the country", "gave the envoy 48 hours to leave", "were told
    to leave Serbia". A diplomat told to leave is expelled (SANCTION,
    expel); anyone else is deported (COERCE, deport). Police ordering
    protesters to leave a square expel no one: the departure must be from
    the country or a state (``is_state``: the token names one), or the one
    told a diplomat."""
    lex = lexicon()
    if v.lemma_.lower() not in lex.groups.get("leave_orders", ()):
        return None
    departures = lex.groups.get("departures", frozenset())
    diplomats = lex.groups.get("diplomats", frozenset())
    missions = lex.groups.get("missions", frozenset())
    homes = lex.groups.get("home_words", frozenset())
    # "gave the envoy 48 hours to leave": the parser may hang the departure on the time
    cands = list(v.children) + [g for c in v.children if c.dep_ == "dobj"
                                for g in c.children if g.dep_ in ("relcl", "acl")]
    for c in cands:
        if c.dep_ not in _COMPLEMENTS | {"acl"} or c.lemma_.lower() not in departures or not _to_infinitive(c):
            continue
        if any(g.dep_ == "neg" for g in c.children):
            continue  # "told them not to leave the country": kept in, not sent out
        leaver = next((g for g in v.children if g.dep_ in ("dobj", "dative", "nsubjpass")), None) \
            or next((g for g in c.children if g.dep_ == "nsubj"), None) or object_after_date(v)
        if leaver is not None and leaver.dep_ == "dobj" and leaver.lemma_.lower() in homes | {"hour", "day", "week"}:
            # "gave 48 hours to leave": the time, not the person
            leaver = next((g for g in v.children if g.dep_ == "dative"), None)
        if leaver is not None and leaver.lemma_.lower() in lex.groups.get("troops", ()):
            continue  # "told French troops to leave Niger": a demand that they withdraw
        dest = next((g for g in c.children if g.dep_ == "dobj"), None)
        # "ordering Ambassador Tarzan Milosevic to leave": the title says it
        # (and "12 French embassy officials": staff of a mission are its diplomats)
        diplomat = leaver is not None and any(
            t.lemma_.lower() in diplomats | missions for t in [leaver] + [g for g in leaver.children if g.dep_ == "compound"])
        from_state = dest is not None and (dest.lemma_.lower() in homes or is_state(dest))
        if not (from_state or diplomat):
            continue
        return LeaveOrder(EXPEL_DIPLOMATS if diplomat else DEPORT, c, leaver)
    return None


def restates_expulsion(v: Token) -> bool:
    """Whether ``v`` (a leave order) spells out the expulsion of the verb it
    hangs on: "declared the ambassador persona non grata, ordering him to
    leave the country" is one act."""
    if v.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    head = v.head
    return bool(split_phrase_keys(head)) or head.lemma_.lower() in lexicon().groups.get("expel_verbs", ())
