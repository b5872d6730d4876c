"""A bloc or group noun refers back to the body the story named.

"The Economic Community of West African States (ECOWAS) has suspended
Burkina Faso … The bloc, however, noted …": "the bloc", "the alliance",
"the organisation" with no name of their own are the last international
organisation named before them, never the state it acted on. The learned
model rarely links such a noun to a name several sentences back; this is a
deterministic step after identity, where the tables' codes say which
entities are international bodies, and which armed groups, parties and
movements ("Al-Shabab attacked … The group said": the group is Al-Shabab).
"""

from __future__ import annotations

import bisect
from collections import Counter

from spacy.tokens import Doc, Token

from redline.actors import ActorCode
from redline.entities.coref_features import names_state
from redline.entities.identity import Identity, unplaced_body
from redline.entities.mention import Mention

# Nouns that name a body of states by its kind, and the kinds of body each
# may refer back to (an "organisation" may be a non-governmental one).
GROUPING_NOUNS: dict[str, frozenset[str]] = {
    "bloc": frozenset({"igo"}),
    "alliance": frozenset({"igo", "group"}),
    "grouping": frozenset({"igo"}),
    "organisation": frozenset({"igo", "ngo", "group"}),
    "organization": frozenset({"igo", "ngo", "group"}),
    # "Al-Shabab attacked … the group said": an armed group, party or
    # movement the tables name
    "group": frozenset({"ngo", "group"}),
    "militia": frozenset({"group"}),
    "movement": frozenset({"group"}),
    # "the party's floor leader" after "the main opposition Liberty Party"
    "party": frozenset({"party"}),
}
# Labels a modifier inside the noun phrase may carry ("the West African
# bloc", "the 15-nation bloc"); a name of another body or state makes it a
# different one ("the Sahel alliance").
_MODIFIER_LABELS = frozenset({"", "NORP", "CARDINAL", "QUANTITY"})


def join_groupings(doc: Doc, mentions: list[Mention], clusters: list[list[int]],
                   identities: list[Identity]) -> tuple[list[list[int]], list[Identity]]:
    """``clusters`` and ``identities`` with each unnamed entity known only by
    bloc nouns and pronouns merged into the last international organisation
    named before its first bare "the bloc"; the organisation's identity is
    kept."""
    bodies: list[tuple[int, int, str]] = []  # (first char, cluster, kind) of coded bodies
    named: list[int] = []  # where any body or group is named
    in_role = [False] * len(doc)  # tokens inside a role's phrase ("director of Strategic Litigation")
    for r in mentions:
        if r.kind == "role":
            in_role[r.start:r.end] = [True] * (r.end - r.start)
    for k, (members, ident) in enumerate(zip(clusters, identities)):
        code = ident.code
        named.extend(mentions[i].span[0] for i in members if mentions[i].kind == "name"
                     and (ident.kind in ("group", "organisation", "unknown") or mentions[i].label == "ORG"))
        if members and code is not None and code.kind in ("igo", "ngo") and ident.kind == "organisation":
            bodies.extend((mentions[i].span[0], k, code.kind) for i in members if mentions[i].kind == "name")
        elif members and code is not None and code.kind == "group" and code.org and ident.kind in ("group", "organisation"):
            bodies.extend((mentions[i].span[0], k, "group") for i in members if mentions[i].kind == "name")
        if members and code is not None and code.sector in _PARTY_SECTORS and ident.name \
                and ident.kind in ("group", "organisation"):
            bodies.extend((mentions[i].span[0], k, "party") for i in members if mentions[i].kind == "name")
        if members and unplaced_body(code) and ident.name and ident.kind in ("group", "organisation") \
                and not names_state(tuple(ident.name.lower().split())):  # ("eSwatini", read as a body)
            # "The Independent Patriots for Change (IPC) … the party": a body
            # the tables lack, which the story's noun for it says what it is
            # (named for itself, not inside someone's title: "director of
            # Strategic Litigation at Cristosal")
            bodies.extend((mentions[i].span[0], k, "unknown") for i in members
                          if mentions[i].kind == "name" and not in_role[mentions[i].start])
    if not bodies:
        return clusters, identities
    bodies.sort()
    named.sort()
    merged: dict[int, int] = {}
    for k, (members, ident) in enumerate(zip(clusters, identities)):
        if not members or ident.name is not None or (ident.code is not None and not _bare_party(ident.code)):
            continue
        nouns = [mentions[i] for i in members if mentions[i].kind != "pronoun"]
        if not nouns or any(m.kind != "noun" or doc[m.head].lemma_.lower() not in GROUPING_NOUNS for m in nouns):
            continue
        # the first "the bloc" (a headline's "Regional bloc" may come before the name)
        anchor = next((m for m in nouns if doc[m.head].tag_ == "NN" and _bare(doc[m.head])), None)
        if anchor is None:
            continue
        kinds = GROUPING_NOUNS[doc[anchor.head].lemma_.lower()]
        before = [(char, j, kind) for char, j, kind in bodies if char < anchor.span[0]
                  and (kind in kinds or (kind == "unknown" and kinds & _UNKNOWN_MAY_BE))]
        # (a body the tables lack only where it is the last body named before the noun)
        last_named = bisect.bisect_left(named, anchor.span[0]) - 1
        if before and (before[-1][2] != "unknown" or (last_named >= 0 and before[-1][0] == named[last_named])):
            merged[k] = before[-1][1]
    if not merged:
        return clusters, identities
    out_clusters = [list(members) for members in clusters]
    for k, j in merged.items():
        out_clusters[j].extend(out_clusters[k])
        out_clusters[k] = []
    keep = [k for k, members in enumerate(out_clusters) if members]
    return [sorted(out_clusters[k]) for k in keep], [identities[k] for k in keep]


# Kinds of body a name the tables lack may be, for a noun to refer back to it
# (never a bloc of states: those the tables know).
_UNKNOWN_MAY_BE = frozenset({"group", "party"})
# Sectors of a party, whichever side the story puts it on.
_PARTY_SECTORS = frozenset({"POL", "OPP"})


def _bare_party(code: ActorCode) -> bool:
    """The code the tables give "the party" alone: a party of no state or side."""
    return code.sector == "POL" and not code.country and not code.org


def _bare(head: Token) -> bool:
    """"the bloc", "the regional bloc", "the 15-nation bloc": definite, with
    no name of its own among its modifiers."""
    det = [c for c in head.children if c.dep_ == "det"]
    if not det or det[0].lower_ not in ("the", "this"):
        return False
    for c in head.children:
        if c.dep_ in ("amod", "compound", "nummod", "nmod") and any(
                t.ent_type_ not in _MODIFIER_LABELS or (t.pos_ == "PROPN" and not t.ent_type_) for t in c.subtree):
            return False
        if c.dep_ == "prep":
            return False  # "the alliance of opposition parties" is a different one
    return True


# Nouns by which a story refers back to a state ("the West African nation").
_STATE_NOUNS = frozenset({"country", "nation", "state"})
# States one sentence names that make it a list of them.
_LIST_STATES = 3


def home_state_described(doc: Doc, mentions: list[Mention], clusters: list[list[int]],
                         identities: list[Identity], home: str | None) -> list[list[int]]:
    """``clusters`` with "the country" / "the West African nation" that the
    model joined to a state named only in a list ("Benin's neighbours
    Niger and Burkina Faso, as well as Mali, Guinea and Guinea-Bissau")
    moved to the story's own state ``home``: a state told only as one of
    several is not what the story goes on to describe."""
    if home is None:
        return clusters
    own = next((k for k, ident in enumerate(identities) if ident.code is not None and ident.kind == "state"
                and ident.code.country == home and not ident.code.sector and clusters[k]), None)
    if own is None:
        return clusters
    out = [list(members) for members in clusters]
    # how many states each sentence names ("Niger and Burkina Faso, as well as Mali, Guinea and ...")
    per_sentence = Counter(mentions[i].sent for k, ident in enumerate(identities) if ident.kind == "state"
                           for i in clusters[k] if mentions[i].kind == "name")
    for k, ident in enumerate(identities):
        code = ident.code
        if k == own or code is None or ident.kind != "state" or not code.country or code.country == home \
                or code.sector:
            continue
        names = [mentions[i] for i in clusters[k] if mentions[i].kind == "name"]
        if not names or not all(per_sentence[m.sent] >= _LIST_STATES or _listed(doc[m.head]) for m in names):
            continue
        described = [i for i in clusters[k] if mentions[i].kind in ("noun", "demonym")
                     and doc[mentions[i].head].lemma_.lower() in _STATE_NOUNS
                     and any(c.dep_ == "det" and c.lower_ == "the" for c in doc[mentions[i].head].children)]
        if described:
            out[k] = [i for i in out[k] if i not in described]
            out[own] = sorted(out[own] + described)
    return out


def _listed(tok: Token) -> bool:
    """Whether a name stands in a list of names ("Niger and Burkina Faso")."""
    return tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
