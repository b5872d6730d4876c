"""Two sure links of the sieve for groups taken up across sentences.

Wire stories name a group once in full and then take it up in two ways
that the learned scorer, trained mostly on GUM's non-news genres, misses:

- a definite plural description with the same head noun ("three Moldovan
  border guards … the guards were detained …"): the particular group
  (counted, or owned by a name or nationality) named last with that noun,
  when the description adds no modifier or count the
  earlier phrase lacks ("the Ukrainian guards" is another group) and
  nothing after its head narrows it ("the guards who fled");
- the passive subject of a verb whose active object was named just before
  ("Police arrested three guards, saying they crossed the line. Officials
  say they were arrested inside the camp"): whoever was arrested is the one
  arrested, not the arresting subject the nearer "they" might suggest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from redline.entities.coref_features import MentionInfo
from redline.entities.mentions import ORGANISATION_NOUNS

# How far back (sentences) each take-up looks for what it takes up.
DEFINITE_REACH = 6
PASSIVE_REACH = 2
_DEFINITE = frozenset({"the", "these", "those"})
# Bodies a name before them rules rather than names.
_RULED_BODIES = frozenset("government administration regime junta cabinet ministry authority authorities "
                          "office council".split())
_DESCRIBED = frozenset({"noun", "role", "demonym"})
_PRONOUN_NUMBER = {"they": "pl", "it": "sg", "he": "sg", "she": "sg"}


def link_takeups(doc: Doc, infos: list[MentionInfo], union: Callable[[int, int], int]) -> None:
    """Union each definite plural description and each passive subject
    pronoun with the mention it takes up (see the module docstring)."""
    for info in infos:
        if info.quoted:
            continue
        if info.kind in _DESCRIBED:
            target = _same_noun_group(doc, infos, info) or _same_noun_body(doc, infos, info)
        elif info.kind == "name":
            target = _body_named_before(doc, infos, info)
        elif info.kind == "pronoun":
            target = _patient_of_same_verb(doc, infos, info)
        else:
            target = None
        if target is not None:
            union(target.index, info.index)


def _earlier(infos: list[MentionInfo], a: MentionInfo, reach: int) -> Iterator[MentionInfo]:
    """The mentions before ``a``, nearest first, back to ``reach`` sentences
    before its own (read in place: no copy of the list)."""
    for j in range(a.index - 1, -1, -1):
        if infos[j].sent < a.sent - reach:
            return
        yield infos[j]


def _same_noun_group(doc: Doc, infos: list[MentionInfo], a: MentionInfo) -> MentionInfo | None:
    """The nearest earlier plural phrase with ``a``'s head noun whose words
    hold all of ``a``'s modifiers and whose count, if any, is ``a``'s."""
    head = doc[a.head]
    if a.number != "pl" or doc[a.start].lower_ not in _DEFINITE or head.pos_ != "NOUN":
        return None
    if a.end > a.head + 1:
        return None  # "the people who eat …", "the streets of X": a phrase of its own restriction
    mods = _modifiers(doc, a)
    count = _count(doc, a)
    for c in _earlier(infos, a, DEFINITE_REACH):
        if c.kind in ("pronoun", "first") or c.lemma != a.lemma or c.number != "pl" or c.end > a.start:
            continue
        if not _particular(doc, c):
            continue  # "the people" after "all the people": generic groups are left to the scorer
        if not mods <= {t.lower_ for t in doc[c.start:c.end]}:
            continue  # "the Ukrainian guards" after "Moldovan guards"
        other = _count(doc, c)
        if count and other and count != other:
            continue  # "the two soldiers" after "three soldiers"
        return c
    return None


def _same_noun_body(doc: Doc, infos: list[MentionInfo], a: MentionInfo) -> MentionInfo | None:
    """For "the party", "the ministry" (a definite singular body noun, bare
    or with modifiers the earlier phrase has), the nearest earlier phrase
    with that head noun that a name or nationality owns ("Hungary's
    governing Fidesz party", "the Saudi foreign ministry")."""
    head = doc[a.head]
    if a.number != "sg" or doc[a.start].lower_ != "the" or head.pos_ != "NOUN" or a.end > a.head + 1 \
            or a.lemma not in ORGANISATION_NOUNS:
        return None
    mods = _modifiers(doc, a)
    for c in _earlier(infos, a, DEFINITE_REACH):
        if c.kind not in _DESCRIBED | {"name"} or c.lemma != a.lemma or c.number != "sg" or c.end > a.start:
            continue  # ("The Ministry of Foreign Affairs of Estonia" … "the ministry")
        if _particular(doc, c) and mods <= {t.lower_ for t in doc[c.start:c.end]}:
            return c
    return None


def _body_named_before(doc: Doc, infos: list[MentionInfo], a: MentionInfo) -> MentionInfo | None:
    """For a one-word name ("Fidesz"), the nearest earlier body phrase it
    named as a modifier ("the Fidesz party"). Not a state's body: "the
    Taliban government", "the Biden administration" are led by whom they
    name, not the same actor."""
    if a.end - a.start != 1 or a.label not in (None, "ORG"):
        return None
    word = doc[a.start].text
    for c in _earlier(infos, a, DEFINITE_REACH):
        if c.kind == "noun" and c.lemma in ORGANISATION_NOUNS and c.lemma not in _RULED_BODIES and any(
                t.text == word and t.dep_ == "compound" and t.pos_ == "PROPN" for t in doc[c.start:c.head]):
            return c
    return None


def _particular(doc: Doc, m: MentionInfo) -> bool:
    """Whether a plural phrase names a particular group: counted ("three
    guards") or owned by a name or nationality ("Moldovan border guards")."""
    return _count(doc, m) is not None or any(
        t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") for t in doc[m.start:m.head])


def _modifiers(doc: Doc, m: MentionInfo) -> set[str]:
    """The words before the head that narrow a phrase down ("moldovan",
    "border"), counts and articles aside."""
    return {t.lower_ for t in doc[m.start:m.head]
            if t.dep_ in ("amod", "compound", "nmod") and t.is_alpha and not t.like_num}


def _count(doc: Doc, m: MentionInfo) -> str | None:
    """The count a phrase gives its group ("three"), lower case, or None."""
    return next((t.lower_ for t in doc[m.head].children
                 if t.dep_ == "nummod" and m.start <= t.i < m.head), None)


def _patient_of_same_verb(doc: Doc, infos: list[MentionInfo], a: MentionInfo) -> MentionInfo | None:
    """For a passive subject pronoun ("they were arrested"), the nearest
    earlier direct object of the same verb in the active ("arrested three
    guards"), agreeing in number."""
    head = doc[a.head]
    number = _PRONOUN_NUMBER.get(a.pron or "")
    if number is None or head.dep_ != "nsubjpass":
        return None
    verb = head.head.lemma_.lower()
    for c in _earlier(infos, a, PASSIVE_REACH):
        if c.kind in ("pronoun", "first") or _number(doc, c) != number:
            continue
        obj = doc[c.head]
        if obj.dep_ == "dobj" and obj.head.lemma_.lower() == verb and obj.head.i < a.head:
            if number == "sg" and c.gender and c.gender != {"he": "m", "she": "f", "it": "n"}[a.pron or ""]:
                continue
            return c
    return None


def _number(doc: Doc, m: MentionInfo) -> str | None:
    """A phrase's number, where a count above one makes it plural whatever
    the noun's form ("three border guard", a slip wire copy keeps)."""
    count = _count(doc, m)
    if count is not None and count not in ("one", "1"):
        return "pl"
    return m.number
