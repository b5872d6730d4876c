"""Role nouns refer back to the person introduced with that role.

"Kremlin spokesman Dmitry Peskov … the spokesman said …": a definite,
singular role noun with no name of its own ("the spokesman", "the Kremlin
spokesman", "the foreign minister") is the person the article last
introduced with that role, when the qualifiers agree ("the White House
spokeswoman" is not the Kremlin's spokesman). A deterministic step after
clustering: the learned model weighs such pairs, this makes the sure ones.
"""

from __future__ import annotations

import bisect
import functools

from spacy.tokens import Doc, Token

from redline.actors import ArticleActors
from redline.entities.coref_features import HIGH_OFFICES, PAST_OFFICE_WORDS
from redline.entities.mention import Mention
from redline.statements.lexicon import ROLE_NOUNS
from redline.statements.speakers import role_key

_DEFINITE = frozenset({"the", "this", "that"})
_LOOKBACK = 32  # earlier mentions of role holders read back from a role noun
_QUALIFIER_LABELS = frozenset({"GPE", "ORG", "NORP", "FAC", "LOC"})


def role_of(token: Token) -> str | None:
    """The role a noun names ("spokeswoman" → "spokesman"), or None."""
    role = role_key(token.lemma_)
    return role if role in ROLE_NOUNS else None


def _office_of(token: Token) -> str | None:
    """The office a role noun names for linking: "Prime Minister" and "the
    premier" are one office, and no other minister's."""
    role = role_of(token)
    if role == "minister" and token.i > 0 and token.doc[token.i - 1].lower_ == "prime":
        return role_key("prime minister")  # (the role family's: "premier")
    return role


def link_roles(doc: Doc, mentions: list[Mention], clusters: list[list[int]],
               actors: ArticleActors | None = None) -> list[list[int]]:
    """``clusters`` with each unnamed definite role mention's group merged into
    the person last introduced with that role, where one was, else into the
    only person the article introduces with it later.

    actors: reads qualifiers as states, so that "the Russian presidential
    spokesman" agrees with "Kremlin spokesman Dmitry Peskov".
    """
    qualifiers = functools.partial(_qualifiers, actors=actors)
    # roles each named person was introduced with, and their qualifiers
    roles: dict[int, dict[str, set[str]]] = {}
    for k, members in enumerate(clusters):
        if not any(mentions[i].label == "PERSON" for i in members):
            continue
        for i in members:
            m = mentions[i]
            for t in doc[m.start:m.end]:
                role = _office_of(t)
                if role is not None and (not t.ent_type_ or t.i < m.head):
                    roles.setdefault(k, {}).setdefault(role, set()).update(qualifiers(doc, m, t))
                    if _past(doc, m.start, t.i):
                        roles[k][role].add(_PAST_MARK)
    if not roles and not any(m.label == "PERSON" for m in mentions):
        return clusters
    # for each role, every mention of a person holding it, in text order,
    # so the last holder before a role noun is a binary search away
    holders: dict[str, list[tuple[int, int]]] = {}
    for k, held in roles.items():
        for role in held:
            holders.setdefault(role, []).extend((mentions[i].span[0], k) for i in clusters[k])
    for entries in holders.values():
        entries.sort()
    merged: dict[int, int] = {}  # cluster -> cluster it joins
    unroled = _people_without_roles(mentions, clusters, roles)
    for k, members in enumerate(clusters):
        if k in roles or not members or any(mentions[i].kind == "name" for i in members):
            continue
        first = mentions[min(members)]
        head = doc[first.head]
        role = _office_of(head) if first.kind == "role" else None
        if role is None or not _singular_role(head) or not _definite(head):
            continue
        if role not in holders:
            # "John Swinney has urged … the first minister encouraged …": a
            # high office no one in the story holds, the bare subject of its
            # clause, right after the one person named without any office,
            # is that person
            bare = head.dep_ in ("nsubj", "nsubjpass") and not first.quoted and not _past(doc, first.start, head.i) \
                and not qualifiers(doc, first, head) and not any(c.dep_ == "poss" for c in head.children)
            only = _only_person_before(first, unroled) if role in HIGH_OFFICES and bare else None
            if only is not None:
                merged[k] = only
            continue
        wanted = qualifiers(doc, first, head) | ({_PAST_MARK} if _past(doc, first.start, head.i) else set())
        entries = holders[role]
        at = bisect.bisect_left(entries, (first.span[0], -1))
        for start, j in reversed(entries[max(0, at - _LOOKBACK):at]):
            if _agree(wanted, roles[j][role]):  # "the White House spokeswoman" is not the Kremlin's
                merged[k] = j
                break
        else:
            # named only later ("US sanctions Venezuela foreign minister" in
            # the headline, "Foreign Minister Jorge Arreaza" in the body):
            # the one person the article gives that role, if only one
            later = [j for _, j in entries[at:] if _agree(wanted, roles[j][role])]
            if len(set(later)) == 1 and len({j for _, j in entries}) == 1:
                merged[k] = later[0]
            elif later and first.sent <= 1:  # sentences count from 1
                # a headline's role is the first person the story names with it
                # ("Minister accuses opposition ...", then "Foreign Minister Hasan
                # Mahmud has accused ..." before the prime minister comes up)
                merged[k] = later[0]
    if not merged:
        return clusters
    out = [list(members) for members in clusters]
    for k, j in merged.items():
        while j in merged:
            j = merged[j]
        out[j].extend(out[k])
        out[k] = []
    return [sorted(members) for members in out if members]


_EPITHET_SENTENCES = 2  # sentences back from a role noun read for the person it describes


def _people_without_roles(mentions: list[Mention], clusters: list[list[int]],
                          roles: dict[int, dict[str, set[str]]]) -> list[tuple[int, int, int]]:
    """(sentence, token, cluster) of each unquoted mention of a person the
    story names but never gives an office, in text order."""
    out = []
    for k, members in enumerate(clusters):
        if k in roles or not any(mentions[i].label == "PERSON" for i in members):
            continue
        out.extend((mentions[i].sent, mentions[i].start, k) for i in members if not mentions[i].quoted)
    out.sort()
    return out


def _only_person_before(role: Mention, unroled: list[tuple[int, int, int]]) -> int | None:
    """The one person without an office named in the sentences just before
    ``role`` (or earlier in its own), else None. ``unroled`` is sorted, so
    only that window is read however long the article."""
    lo = bisect.bisect_left(unroled, (role.sent - _EPITHET_SENTENCES, -1, -1))
    hi = bisect.bisect_left(unroled, (role.sent, role.start, -1))
    near = {k for _, _, k in unroled[lo:hi]}
    return near.pop() if len(near) == 1 else None


def _past(doc: Doc, start: int, role: int) -> bool:
    """Whether the words before a role noun put the office in the past ("the former president")."""
    # ("loyal to then head of the armed forces": the word may stand just before the phrase)
    return any(t.lower_ in PAST_OFFICE_WORDS for t in doc[max(0, start - 1):role])


# The mark a past office leaves among a role's qualifiers.
_PAST_MARK = "~past"


def _agree(wanted: set[str], held: set[str]) -> bool:
    """Whether two role phrases' qualifiers may name the same post: states
    against states ("White House" is not "Kremlin"), words against words
    ("Interior" and "Bolivia" do not clash), and a past office never a
    present one ("the former president" is not "President Barrow")."""
    if (_PAST_MARK in wanted) != (_PAST_MARK in held):
        return False
    wanted, held = wanted - {_PAST_MARK}, held - {_PAST_MARK}
    for pick in (str.isupper, lambda q: not q.isupper()):
        a = {q for q in wanted if pick(q)}
        b = {q for q in held if pick(q)}
        if a and b and not a & b:
            return False
    return True


def _singular_role(head: Token) -> bool:
    """A singular role noun, common ("the spokesman") or written as a title
    ("the Secretary")."""
    return head.tag_ == "NN" or (head.tag_ == "NNP" and head.text[:1].isupper())


def _definite(head: Token) -> bool:
    """"the spokesman", "its spokesman", or wire style without an article
    ("Russian presidential spokesman has added"): a singular role noun with
    no determiner at all is a reference back, not a new source."""
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    if not dets:
        return _singular_role(head)  # "Minister accuses opposition ..." in a headline
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in dets)


def _qualifiers(doc: Doc, m: Mention, role: Token, actors: ArticleActors | None = None) -> set[str]:
    """Names qualifying a role inside a mention ("Kremlin" in "Kremlin
    spokesman"), as the state they belong to where the actor tables know
    it ("Kremlin", "Russian" → RUS), else lower-cased."""
    out: set[str] = set()
    for t in doc[m.start:role.i]:
        if t.ent_type_ not in _QUALIFIER_LABELS:
            continue
        code = actors.resolve(t.text) if actors is not None else None
        if (code is None or not code.country) and actors is not None and t.ent_iob_ == "B":
            # "State Department spokesperson": the name as a whole says whose
            end = t.i + 1
            while end < role.i and doc[end].ent_iob_ == "I":
                end += 1
            code = actors.resolve(doc[t.i:end].text) if end > t.i + 1 else code
        out.add(code.country if code is not None and code.country else t.lower_)
    return out
