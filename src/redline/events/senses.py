"""What a token means as an event trigger, given its parse neighbourhood.

``verb_sense`` and ``noun_sense`` look a token up in the lexicon
(``triggers.lexicon()``) and apply the entry's conditions (particle, preposition,
object words, crowd subject). ``compose`` and the mode helpers combine a
control verb with its complement ("refused to recognize" is REJECT,
"threatened to impose sanctions" is THREATEN with mode relations) and turn
future acts into promises or threats.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from redline.events.expulsion import split_phrase_keys
from redline.events.ontology import QUAD
from redline.events.triggers import (
    ASK, ASPECT, COMMIT, FAIL, HYPO, INTEND, NONE, PREPARE, REFUSE, REPORT, THREAT, THROUGH,
    Entry, Sense, lexicon,
)
from redline.parse.grammar import control_passive

# Nouns that only count or group what follows ("a series of attacks").
_QUANTITY = frozenset("series wave spate string number host round set couple lot "
                      "dozen hundred thousand million part kind sort type batch "
                      "flurry volley ton tonne kg kilogram worth amount quantity load "
                      "truckload consignment bag box crate litre liter gallon barrel sum "
                      "planeload shipload convoy some most all many much half portion share "
                      "majority group handful band contingent squad".split())
_COOPERATIVE = frozenset(t for t, q in QUAD.items() if q in (1, 2))
_MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# Words that approve of what one calls by them ("calling them necessary"): praise, no charge.
_APPROVING = frozenset("necessary right correct justified legitimate important essential vital good great "
                       "historic positive constructive fair appropriate reasonable successful brave "
                       "courageous excellent responsible proportionate productive fruitful useful helpful encouraging "
                       "promising welcome friendly cordial candid frank substantive".split())
# Words a REQUEST asks for that make it a call to punish someone (ACCUSE).
_PUNISHMENT = frozenset("sanction embargo boycott punishment prosecution trial ban "
                        "isolation expulsion".split())


@dataclass(frozen=True, slots=True)
class Found:
    """A sense found at a token: the sense, the tokens that say it, the event noun."""

    sense: Sense
    tokens: tuple[Token, ...]
    noun: Token | None = None


def entry_for(tok: Token) -> Entry | None:
    """The lexicon entry for a verb or predicate adjective."""
    lemma = tok.lemma_.lower()
    lex = lexicon()
    verbs, adjectives = lex.verbs, lex.adjectives
    if tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and tok.tag_ == "VBN" and lemma not in verbs
                             and tok.lower_ in adjectives):
        return adjectives.get(tok.lower_) or adjectives.get(lemma)
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"
                                       and _headline_verb(tok)):
        e = verbs.get(lemma)
        if e is None and tok.pos_ == "VERB":
            e = next((verbs[b] for b in _bases(tok) if b in verbs), None)
        if e is None and tok.tag_ == "VBN":
            e = adjectives.get(tok.lower_)
        return e
    return None


def _bases(tok: Token) -> tuple[str, ...]:
    """Base forms of an inflected verb whose lemma the tagger got wrong
    ("staged" -> "stag"): the word less its ending, with and without "e"."""
    w = tok.lower_
    for end in ("ing", "ed", "es", "s", "d"):
        if w.endswith(end) and len(w) > len(end) + 2:
            stem = w[: -len(end)]
            return (stem, stem + "e") if end in ("ing", "ed") else (stem,)
    return ()


# Dependents that leave a noun a plain noun phrase (a label, not a headline verb).
_LABEL_DEPS = frozenset({"det", "amod", "compound", "punct", "dep", "nummod", "poss", "case"})


def _headline_verb(tok: Token) -> bool:
    """A root noun is a headline's verb ("US sanctions Maduro's minister")
    only with an argument after it; a bare noun phrase is a label line or a
    caption ("Press release", "Photo gallery")."""
    return any(c.i > tok.i and c.dep_ not in _LABEL_DEPS and not c.is_space for c in tok.children)


def head_noun(tok: Token) -> Token:
    """Step through quantity nouns: "a series of attacks" -> "attacks"."""
    seen = 0
    while tok.lemma_.lower() in _QUANTITY and seen < 3:
        nxt = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        nxt = g
        if nxt is None:
            break
        tok, seen = nxt, seen + 1
    return tok


def object_keys(tok: Token) -> tuple[str, ...]:
    """Lookup keys for an object noun, most specific first:
    "martial law", "state of emergency", then the lemma."""
    lemma = tok.lemma_.lower()
    keys: list[str] = []
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i < tok.i:
            keys.append(f"{c.lemma_.lower()} {lemma}")
        if c.dep_ == "prep" and c.lower_ == "of" and lemma == "state":
            for g in c.children:
                if g.dep_ == "pobj":
                    keys.append(f"state of {g.lemma_.lower()}")
    if lemma in _ENVOY_HEADS and not any(c.lemma_.lower().startswith("peacekeep") for c in tok.children):
        # "a mission of ECOWAS chiefs of staff", "a team of ministers": a
        # delegation that visits, not peacekeepers or aid
        members = (head_noun(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in (pobj_of(c),) if p is not None)
        if any(m.lemma_.lower() in lexicon().groups.get("officials", ()) for m in members):
            keys.append("delegation")
    keys.append(lemma)
    if tok.lower_ != lemma:
        keys.append(tok.lower_)
    # "ceasefire agreement" also counts as a ceasefire
    keys += [c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return tuple(keys)


# Group nouns that are a delegation when made of officials ("a mission of chiefs of staff").
_ENVOY_HEADS = frozenset({"mission", "team"})

# Doc.user_data key: indices of headline verbs that are passives in headline
# grammar ("Envoy expelled", "Opposition leader arrested"), set by the coder.
HEADLINE_PASSIVES = "redline.headline_passives"


def headline_passive(v: Token) -> bool:
    """Whether ``v`` is a headline's bare past participle: a passive ("Envoy expelled")."""
    return v.i in v.doc.user_data.get(HEADLINE_PASSIVES, ())


def headline_patient(v: Token) -> Token | None:
    """The one a headline passive is done to: its subject, or the noun the
    parser hung it on ("Ambassador expelled" read as a noun and its participle)."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None or v.dep_ != "acl" else v.head


def obj_of(v: Token) -> Token | None:
    """The verb's direct object (the passive subject for a passive verb)."""
    for c in v.children:
        if c.dep_ == "dobj":
            return c
    for c in v.children:
        if c.dep_ == "nsubjpass":
            return c
    for c in v.children:
        if (c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.left_edge.i == v.i + 1
                and c.ent_type_ not in ("DATE", "TIME")
                and c.lemma_.lower() not in _TIME_NOUNS and c.lower_ not in _TIME_NOUNS):
            # headline grammar: "Montenegro expels Serbian ambassador" (the
            # parser reads the bare noun phrase as an adverb)
            return c
    if headline_passive(v) or control_passive(v):
        return headline_patient(v)  # "Envoy expelled", "Minister urged to quit"
    if v.dep_ == "conj" and any(c.dep_ == "auxpass" for c in v.children):
        # "had marched but had been blocked": the shared subject suffers the passive
        s = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if s is not None:
            return s
    if agent_participle(v):
        return v.head  # "sanctions imposed by the EU": the noun is what was imposed
    return None


# Nouns that measure time or manner as adverbs ("a day", "each year", "way").
_TIME_NOUNS = frozenset("day week month year hour minute time way night morning evening weekend "
                        "today yesterday tomorrow times percent point fold".split())


def agent_participle(v: Token) -> bool:
    """A past participle on a noun with its agent: "a proposal accepted by
    Hamas", "drills held by China": a passive clause without its "be"."""
    return (v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "agent" for c in v.children))


def agent_objects(v: Token) -> list[Token]:
    """Who a participle's "by" agents name ("put forward by Egypt": Egypt)."""
    return [p for a in v.children if a.dep_ == "agent" for p in (pobj_of(a),) if p is not None]


def with_subject(verb: Token) -> Token | None:
    """"denied the claim, with Caracas also accusing President Ali of …":
    the noun after "with" is the subject of the participle that follows
    it, which the parser hangs beside it on the main verb."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for c in verb.head.children:
        if c.dep_ != "prep" or c.lower_ not in ("with", "without") or c.i > verb.i:
            continue
        p = next((g for g in c.children if g.dep_ == "pobj"), None)
        if p is None:
            continue
        between = verb.doc[p.right_edge.i + 1:verb.i]
        # ("with Abdul Qani, a spokesman for the ministry, alleging …": the
        # comma that closes an apposition)
        apposed = any(g.dep_ == "appos" for g in p.children)
        if all(t.pos_ == "ADV" or (apposed and t.text == ",") for t in between):
            return p
    return None


def pobj_of(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            return c
    return None


# Words that make a group of people fighters, not a crowd.
_ARMED = frozenset("armed masked gun-toting heavily-armed".split())


def is_crowd(tok: Token | None) -> bool:
    """Whether a subject is a crowd ("protesters", "thousands of Nigerians")."""
    if tok is None:
        return False
    if any(c.dep_ == "amod" and c.lower_ in _ARMED for c in tok.children):
        return False  # "armed men stormed a police station": an assault, not a riot
    crowd = lexicon().crowd
    if tok.lemma_.lower() in crowd or tok.lower_ in crowd:
        return True
    if tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS"):
        return True
    if tok.lemma_.lower() in ("hundred", "thousand", "million", "dozen", "number", "crowd"):
        return True
    if tok.lemma_.lower() in ("group", "band", "gang", "bunch") and any(
            c.dep_ == "prep" and c.lower_ == "of" and is_crowd(pobj_of(c)) for c in tok.children):
        return True  # "small groups of protesters"
    return any(c.dep_ == "nummod" for c in tok.children)


def noun_sense(tok: Token) -> Found | None:
    """The event sense of a noun ("talks", "air strike", "state of emergency")."""
    tok = head_noun(tok)
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("DATE", "TIME"):
        return None  # "won an election in March": a month, no march
    lemma = tok.lemma_.lower()
    if lemma in ("request", "call", "query") and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() == "comment" for g in c.children)
            for c in tok.children):
        return None  # "did not reply to a request for comment": the reporter's, no event
    if lemma == "state":
        for key in object_keys(tok):
            if key in ("state of emergency", "state of siege"):
                return Found(Sense("COERCE", "martial-law", "1724"), (tok,), tok)
        return None
    if lemma == "law" and any(c.lower_ == "martial" for c in tok.children):
        return Found(Sense("COERCE", "martial-law", "1724"), (tok,), tok)
    if lemma in ("shield",) and any(c.lower_ == "human" for c in tok.children):
        return Found(Sense("COERCE", None, "184"), (tok,), tok)
    if lemma == "protest" and _diplomatic_protest(tok):
        return Found(Sense("ACCUSE", "disapprove", "114"), (tok,), tok)
    lex = lexicon()
    entry = lex.nouns.get(lemma)
    if entry is None and lemma in lex.generic_heads:
        for c in tok.children:
            if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i:
                f = noun_sense(c) if c.pos_ in ("NOUN", "PROPN") else None
                if f is not None:
                    return Found(f.sense, (c, tok), tok)
        return None
    if entry is None:
        return None
    if entry.plural_only and tok.tag_ not in ("NNS", "NNPS") and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "with", "about", "between") for c in tok.children):
        return None
    sense = entry.sense
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in entry.preps:
            # "strikes on militant camps" (not "a strike on Monday")
            p = pobj_of(c)
            if p is not None and p.ent_type_ not in ("DATE", "TIME"):
                sense = entry.preps[c.lower_]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in entry.prep_objs and (p := pobj_of(c)) is not None:
            # "a ban on imports from X": what the preposition's object is decides
            m = lex.group_match(object_keys(head_noun(p)), entry.prep_objs[c.lower_])
            if m is not None:
                sense = m
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i < tok.i:
            m = entry.mods.get(c.lemma_.lower()) or entry.mods.get(c.lower_)
            if m is not None:
                sense = m
    if sense.type == "PROTEST" and "air" in entry.mods and entry.mods["air"].type == "ASSAULT" and _armed_use(tok):
        sense = entry.mods["air"]  # "Pakistan's strikes", "Israeli strikes", "the strikes targeted …"
    return Found(sense, (tok,), tok)


# Verbs whose subject, an act, is an attack ("the strikes hit a depot").
_ATTACK_VERBS = frozenset("target hit kill destroy pound wound injure flatten level damage".split())


def _armed_use(tok: Token) -> bool:
    """Whether a noun that names both a walkout and an attack ("strike") is
    the attack here: a state carries it out ("Pakistan's strikes", "Israeli
    strikes") or it hits something ("the strikes targeted …"). Workers
    strike; states and armies do not walk out."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _ATTACK_VERBS:
        return True
    return any(c.dep_ in ("poss", "amod", "compound") and c.i < tok.i and c.ent_type_ in ("GPE", "NORP")
               and c.lower_ not in _WORKER_WORDS for c in tok.children)


# Words before "strike" that still make it a walkout ("the general strike").
_WORKER_WORDS = frozenset({"national", "nationwide", "general"})


# What a government does with a protest it makes to another ("expressed its
# strong protest", "handed him a letter of protest"): a complaint (CAMEO 114),
# not a demonstration.
_PROTEST_VERBS = frozenset("express voice lodge file deliver convey register reiterate hand send issue".split())
_PROTEST_DOCUMENTS = frozenset("letter note message statement".split())
_PROTEST_MODIFIERS = frozenset("formal official diplomatic strong strongest stern written verbal vehement".split())


def _diplomatic_protest(tok: Token) -> bool:
    """Whether the singular noun "protest" at ``tok`` is a complaint one
    side makes to another, by its verb, its document or its modifier."""
    if tok.tag_ != "NN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in _PROTEST_MODIFIERS for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in _PROTEST_VERBS:
        return True
    return (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PROTEST_DOCUMENTS)


def is_strong_noun(tok: Token) -> bool:
    head = head_noun(tok)
    if head.lemma_.lower() in ("state", "law", "shield"):
        return noun_sense(head) is not None  # "a state of siege", "martial law": acts in themselves
    entry = lexicon().nouns.get(head.lemma_.lower())
    return entry is not None and entry.strong


# Words saying that troops go to keep the peace, bring relief or train others:
# a deployment for these is military aid, not a show of force.
_AID_PURPOSE = frozenset("peacekeeping peacekeeper peacekeep humanitarian aid relief rescue "
                         "evacuation evacuate help assist train training reconstruction "
                         "deliver distribute".split())
# What a team is sent to do that is an act of the sender's own.
_ENVOY_TYPES = frozenset({"ACCUSE", "CONSULT"})
_PURPOSE_DEPS = frozenset({"dobj", "prep", "xcomp", "advcl", "dative", "npadvmod", "attr"})
# "to train", "to help deliver aid": a purpose may sit a few words below the verb.
_PURPOSE_WORDS = 40


def _aid_purpose(v: Token) -> bool:
    """Whether what ``v`` sends or deploys goes to keep peace, bring relief
    or train ("sending troops to the UN peacekeeping force", "arrived in
    Nepal to help deliver aid", "deployed to train Nigerian soldiers")."""
    queue = [c for c in v.children if c.dep_ in _PURPOSE_DEPS]
    seen = 0
    while queue and seen < _PURPOSE_WORDS:
        t = queue.pop(0)
        seen += 1
        if t.lemma_.lower() in _AID_PURPOSE or t.lower_ in _AID_PURPOSE:
            return True
        queue.extend(c for c in t.children if c.dep_ not in ("nsubj", "nsubjpass", "conj", "relcl"))
    return False


def _peacekeepers(subject: Token | None) -> bool:
    """Whether the troops that move are peacekeepers ("peacekeeping troops arrive")."""
    if subject is None:
        return False
    words = list(subject.subtree)[:12]
    return any(w.lemma_.lower() in ("peacekeeper", "peacekeeping") or w.lower_.startswith("peacekeep")
               for w in words)


def verb_sense(v: Token, entry: Entry, subject: Token | None,
               is_actor=lambda t: False) -> Found | None:
    """The sense of verb ``v`` under ``entry``'s conditions (None: no event).

    A THROUGH or light verb yields its event noun's sense with the noun in
    ``Found.noun``; an explicit no-event sense yields ``Found(NONE)``. Troops
    sent or deployed to keep peace, bring relief or train are military aid.
    """
    f = _verb_sense(v, entry, subject, is_actor)
    if f is not None and f.sense.type == "MOBILIZE" and f.sense.mode == "troops" and (
            _aid_purpose(v) or _peacekeepers(subject or next(
                (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None))):
        return Found(Sense("AID", "military", "074"), f.tokens, f.noun)
    if f is not None and ((f.sense.type == "AID" and f.sense.mode is None and f.noun is None)
                          or (f.sense.type is None and v.lemma_.lower() in ("send", "dispatch"))):
        # "sent a team of experts to investigate the attacks": what they were
        # sent to do (investigate, negotiate) is the act, not aid
        for c in v.children:
            if c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                e = entry_for(c)
                p = _verb_sense(c, e, None, is_actor) if e is not None else None
                if p is not None and p.sense.type in _ENVOY_TYPES:
                    return Found(p.sense, f.tokens + p.tokens, p.noun)
    if f is not None and f.sense.mode == "resign" and _a_building(obj_of(v)):
        return None  # "as he left the prosecutor's office": a room, not a post
    return f


def _a_building(obj: Token | None) -> bool:
    """"the prosecutor's office", "the office", "the UN office": a place one
    walks out of; "office", "his office" is a post one may leave."""
    if obj is None or obj.lemma_.lower() != "office":
        return False
    return any((c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")) or c.dep_ == "compound"
               or (c.dep_ == "det" and c.lower_ in ("the", "a", "an", "that", "this")) for c in obj.children)


def _verb_sense(v: Token, entry: Entry, subject: Token | None, is_actor) -> Found | None:
    lex = lexicon()
    prt = next((c for c in v.children if c.dep_ == "prt"), None)
    if prt is None and "back" in entry.prt:
        # "troops fired back": the parser often makes the particle an adverb
        prt = next((c for c in v.children if c.dep_ == "advmod" and c.lower_ == "back" and c.i == v.i + 1), None)
    obj = obj_of(v)
    objh = head_noun(obj) if obj is not None else None
    # Keys of every object-like dependent: "allowed workers access", "let free activists".
    okeys: tuple[str, ...] = object_keys(objh) if objh is not None else ()
    if objh is not None:  # "used batons and tear gas": every conjunct is an object
        for c in objh.conjuncts:
            okeys += object_keys(head_noun(c))
        for c in objh.children:
            if c.dep_ == "prep" and c.lower_ == "as" and pobj_of(c) is not None:
                okeys += object_keys(head_noun(pobj_of(c)))  # "hold families as human shields"
            elif c.dep_ == "amod" and v.i < c.i == objh.left_edge.i:
                okeys += (c.lower_,)  # "let free activists": the verb's complement, misparsed
    for c in v.children:
        if (c.dep_ in ("dative", "oprd", "attr", "dobj", "advmod", "acomp")
                or (c.dep_ == "ccomp" and c.pos_ == "ADJ")) and c is not obj:
            okeys += object_keys(head_noun(c))
    if objh is not None and (objh.tag_ == "$" or any(c.tag_ == "$" for c in objh.children)):
        okeys += ("$",)

    def through(noun: Token | None, extra: tuple[Token, ...]) -> Found | None:
        if noun is None:
            return None
        if noun.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
                return None  # "used force as people staged a protest": another clause's act
            # "guilty of violating the ceasefire", "responsible for attacking"
            e = entry_for(noun)
            f = verb_sense(noun, e, None, is_actor) if e is not None else None
            if f is None or f.sense.type is None:
                return None
            return Found(f.sense, (v,) + extra + f.tokens, f.noun)
        # the noun, its conjuncts, then what it measures ("$20 million in aid")
        nouns = [noun] + [c for c in noun.conjuncts if c.i > noun.i]
        for c in head_noun(noun).children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                p = pobj_of(c)
                if p is not None:
                    nouns.append(p)
        for n in nouns:
            f = noun_sense(n)
            if f is not None and f.sense.type is not None:
                return Found(f.sense, (v,) + extra + f.tokens, f.noun)
        return None

    def sub_entry(sub: Entry, extra: tuple[Token, ...]) -> Found:
        # "protesters broke into the residence", "police broke into his house":
        # who does it decides, as for the verb alone
        if sub.crowd is not None and is_crowd(subject) and not done_to_subject:
            return Found(sub.crowd, (v,) + extra)
        if sub.subj and subject is not None and (
                s := lex.group_match(object_keys(head_noun(subject)), sub.subj)) is not None:
            return Found(s, (v,) + extra)
        f = None
        if okeys and sub.obj:
            o = lex.group_match(okeys, sub.obj)
            if o is not None:
                f = Found(o, (v,) + extra)
        return f or Found(sub.sense or NONE, (v,) + extra)

    doc = v.doc
    if v.i >= 2 and doc[v.i - 1].text == "-" and doc[v.i - 2].lower_ == "test":
        return Found(Sense("MOBILIZE", "weapons", "152"), (doc[v.i - 2], v))  # "test-fired"
    split = split_phrase_keys(v) if entry.obj else ()
    if split:
        # "declared the ambassador persona non grata": a phrase the parser
        # splits (and may make a clause of its own) is the verb's object
        s = lex.group_match(split, entry.obj)
        if s is not None:
            return Found(s, (v,))
    clausal = any(c.dep_ == "ccomp" for c in v.children)
    if entry.speech == REPORT and clausal and obj is None:
        return None  # "recognized that ...", "promised that ...": the content speaks
    # "protesters were blocked", "had marched but had been blocked": done to them
    done_to_subject = (subject is not None and subject.dep_ == "nsubjpass") or any(
        c.dep_ == "auxpass" for c in v.children)
    if (entry.crowd is not None and is_crowd(subject) and not clausal and not done_to_subject
            and (obj is None or not entry.crowd_alone)):
        return Found(entry.crowd, (v,))
    if entry.subj_event and subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        # "the sanctions targeted the minister": the subject names the act
        f = noun_sense(subject)
        if f is not None and f.sense.type is not None:
            return Found(f.sense, (v,) + f.tokens, f.noun)
    if entry.subj and subject is not None:
        s = lex.group_match(object_keys(head_noun(subject)), entry.subj)
        if s is not None:
            return Found(s, (v,))
    if prt is not None and prt.lower_ in entry.prt:
        s = entry.prt[prt.lower_]
        if isinstance(s, Entry):
            return sub_entry(s, (prt,))
        if s is THROUGH:
            return through(obj, (prt,))
        return Found(s, (v, prt))
    complement = next((c for c in v.children if c.dep_ == "oprd" or (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ"))
                       or (c.dep_ == "ccomp" and c.pos_ == "ADJ" and any(g.dep_ == "nsubj" for g in c.children))),
                      None) if entry.oprd is not None else None
    # the parser's slips on the small clause: a quoted adjective after the
    # object hung on it ("called the decision “deeply regrettable”"), or the
    # object compounded onto the adjective ("called the decision regrettable")
    after_object = adjective_after(obj) if entry.oprd is not None and obj is not None \
        and obj.dep_ == "dobj" else None
    complement = complement or after_object
    glued = complement is not None and complement.dep_ == "oprd" and complement.pos_ == "ADJ" and obj is None and any(
        c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in complement.children)
    if complement is not None and complement.lemma_.lower() in _APPROVING:
        return Found(NONE, (v,))  # "calling them necessary": praise, no charge
    if entry.oprd is not None and (glued or after_object is not None or obj is not None and obj.dep_ == "dobj" and any(
            c.dep_ == "oprd" or (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ")) for c in v.children)):
        # before the object's own keys: "called the strike an act of aggression"
        # names the strike, it does not call one
        return Found(entry.oprd, (v,))
    if entry.oprd is not None and obj is None and any(
            c.dep_ == "ccomp" and c.pos_ == "ADJ" and any(g.dep_ == "nsubj" for g in c.children)
            for c in v.children):
        return Found(entry.oprd, (v,))  # "termed the decision unjustified": a small clause
    if okeys and entry.obj:
        s = lex.group_match(okeys, entry.obj)
        if s is not None:
            own = noun_sense(objh) if objh is not None and objh.pos_ in ("NOUN", "PROPN") else None
            if own is not None and s.type is not None and own.sense.type == s.type:
                # "imposed sanctions", "conducted drills": the noun names the act too
                return Found(s, (v,) + own.tokens, own.noun)
            if (own is not None and s.type is not None and own.sense.type is not None and own.noun is objh
                    and (plain := lex.nouns.get(objh.lemma_.lower())) is not None
                    and own.sense != plain.sense and s == plain.sense):
                # "imposed a ban on imports": the noun's own modifier or
                # preposition row names the act more exactly than the row
                # that repeats the bare noun's sense
                return Found(own.sense, (v,) + own.tokens, own.noun)
            return Found(s, (v,))
    # "attacked the opposition for its stance": the parse hangs the reason on the object
    # ("hit Russia with sanctions": the means the same way)
    reasons = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("for", "with")
               and c.lower_ in entry.prep] \
        if obj is not None and obj.dep_ == "dobj" and is_actor(obj) else []
    for c in list(v.children) + reasons:
        if c.dep_ == "prep" and c.lower_ in entry.prep:
            p = pobj_of(c)
            if p is not None and p.ent_type_ in ("DATE", "TIME"):
                continue  # "called on Tuesday"
            s = entry.prep[c.lower_]
            if isinstance(s, Entry):
                if s.pobj:  # "appealed for aid": the preposition's object decides
                    m = lex.group_match(object_keys(head_noun(p)), s.pobj) if p is not None else None
                    if m is not None:
                        return Found(m, (v, c)) if m.type is not None else Found(NONE, (v,))
                    if s.sense is None and not s.obj:
                        continue
                    if s.sense is THROUGH and not s.obj:
                        # no listed object: the governed noun's own event, if any
                        # ("In addition, troops participate in ...": not this "in")
                        f = through(p, (c,))
                        if f is not None:
                            return f
                        continue
                return sub_entry(s, (c,))
            if s is THROUGH:
                f = through(pobj_of(c), (c,))
                if f is not None or not entry.light or obj is None:
                    return f
                continue  # "launched air strikes on Isfahan": the object is the event
            if s.type is not None:
                return Found(s, (v, c))
            return Found(NONE, (v,))
    if (entry.person_pair is not None and subject is not None and subject.ent_type_ == "PERSON"
            and obj is not None and obj.dep_ == "dobj" and obj.ent_type_ == "PERSON"
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children)):
        return Found(entry.person_pair, (v,))  # "Trump attacked Machado": words, not blows
    if (entry.person_obj is not None and obj is not None and obj.dep_ == "dobj"
            and (obj.ent_type_ == "PERSON" or obj.lemma_.lower() in lex.groups.get("officials", ()))
            and is_actor(obj)):
        return Found(entry.person_obj, (v,))
    if (entry.named_obj is not None and obj is not None and obj.dep_ in ("dobj", "nsubjpass")
            and (objh.pos_ == "PROPN" or objh.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")) and is_actor(obj)):
        # "the AU suspended Guinea", "Mali was suspended from ECOWAS": a named
        # member, not "suspended rights of assembly"
        return Found(entry.named_obj, (v,))
    if (entry.light or entry.speech == REPORT) and obj is not None:
        f = through(obj, ())
        if f is not None:
            return f
    if entry.sense is not None:
        if entry.partner and not _has_partner(v, subject, obj, is_actor):
            return None
        if entry.listed_obj and objh is not None and (objh.pos_ == "NOUN" or (
                objh.pos_ == "PROPN" and objh.ent_type_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART"))):
            # "hosting the movement", "hosting the Polisario Front", "deploying
            # tear gas": not what the sense is about (a person hosted is a visit)
            return None
        if entry.actor_obj and not _acts_on_actor(v, obj, is_actor):
            return None  # a wide-coverage verb ("helped") counts only between actors
        if entry.needs_obj and obj is not None and obj.pos_ == "PRON":
            return None  # "dispatching me to counselling"
        if entry.needs_obj and (obj is None or obj.dep_ != "dobj") and not any(
                c.dep_ == "dative" or (c.dep_ == "nsubjpass" and c.pos_ != "PRON") for c in v.children):
            # "provided", "returned" with nothing handed over; a passive's
            # subject is what was handed over ("the bookmark was returned")
            return None
        return Found(entry.sense, (v,))
    return None


_PARTNER_WORDS = frozenset("leader side country party official minister delegation nation state "
                           "government negotiator envoy representative counterpart president "
                           "diplomat rival faction".split())


def _acts_on_actor(v: Token, obj: Token | None, is_actor) -> bool:
    """Whether the verb's object or a prepositional object is a known actor."""
    if obj is not None and is_actor(obj):
        return True
    for c in v.children:
        if c.dep_ in ("prep", "dative"):
            p = pobj_of(c) if c.dep_ == "prep" else c
            if p is not None and is_actor(p):
                return True
    return False


def _partner(t: Token, is_actor, common_actor: bool = True) -> bool:
    """Whether ``t`` can be met: a named or official party, or an actor
    ("met the minister"). ``common_actor``: whether any common noun the
    tables read as an actor will do (not for what a passive "was met with":
    "a firm response" is no business met)."""
    return (t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.lemma_.lower() in _PARTNER_WORDS
            or t.lemma_.lower() in lexicon().groups.get("officials", ())
            or (common_actor or t.pos_ != "NOUN") and is_actor(t))


def _has_partner(v: Token, subject: Token | None, obj: Token | None, is_actor) -> bool:
    """A consultation has two sides: "with X", "met X", "the two leaders met".
    A passive's "with" is what it was met with, a partner only where that is
    an actor ("any resolution would be met with a response")."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
    for c in [v] + ([obj] if obj is not None else []):
        for g in c.children:
            if g.dep_ == "prep" and g.lower_ in ("with", "between", "among"):
                p = pobj_of(g) if passive and c is v else None
                if p is None or _partner(p, is_actor, common_actor=False):
                    return True
    if obj is not None and obj.dep_ == "dobj" and _partner(obj, is_actor):
        return True
    if subject is not None:
        if any(c.dep_ == "conj" for c in subject.children):
            return True
        if subject.tag_ in ("NNS", "NNPS") and subject.lemma_.lower() in _PARTNER_WORDS:
            return True
        if subject.lower_ in ("they", "we", "both"):
            return True
    return False


def complement_of(tok: Token) -> Token | None:
    """The infinitive or gerund complement of a control predicate
    ("agreed to cooperate", "committed to opening", "agreed to a ceasefire")."""
    for c in tok.children:
        if c.dep_ == "xcomp":
            return c
    for c in tok.children:
        # "sworn to fight" is sometimes parsed as an infinitival adverbial clause
        if (c.dep_ == "advcl" and c.pos_ == "VERB" and c.tag_ == "VB"
                and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                and not any(a.dep_ in ("mark", "nsubj") for a in c.children)):
            return c
    for c in tok.children:
        # "pushed for the constitution to be revised": "for", a subject, an infinitive
        if (c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
                and any(a.dep_ == "mark" and a.lower_ == "for" for a in c.children)
                and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in c.children)):
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            p = pobj_of(c)
            if p is not None:
                return p
    return None


def settle_mode(inner: Sense | None) -> str | None:
    """The AGREE/REQUEST/REJECT mode for what is agreed, asked or refused."""
    if inner is None or inner.type is None:
        return None
    t = inner.type
    if t == "CONSULT":
        return "meet"
    if t in ("AID", "COOPERATE", "SUPPORT"):
        return "assist"
    if t in ("RETREAT", "CONCEDE"):
        return "yield"
    if t in ("AGREE", "REQUEST", "REJECT"):
        return inner.mode
    return None


def threaten_mode(inner: Sense | None) -> str | None:
    """The THREATEN mode for the act threatened."""
    if inner is None or inner.type is None:
        return None
    t, m = inner.type, inner.mode
    if t == "SANCTION":
        return "expel" if m == "expel" else "relations"
    if t == "COERCE":
        return {"ban": "ban", "arrest": "arrest", "deport": "expel"}.get(m or "", "restrict")
    if t == "ASSAULT":
        return "territory" if inner.cameo in ("192", "191") else "violence"
    if t == "MOBILIZE":
        return "violence"
    if t == "PROTEST":
        return "restrict"
    if t in ("RETREAT", "REJECT"):
        return "relations"
    if t == "THREATEN":
        return m
    return None


def promise_or_threat(inner: Sense) -> Sense | None:
    """A future or committed act: cooperation is AGREE, harm is THREATEN,
    verbal conflict stays itself."""
    t = inner.type
    if t is None:
        return None
    if t in _COOPERATIVE and t != "AGREE":
        return Sense("AGREE", settle_mode(inner))
    if t in _MATERIAL_CONFLICT:
        return Sense("THREATEN", threaten_mode(inner))
    return inner


def compose(control: str, outer: Sense | None, inner: Sense | None,
            inner_negated: bool = False) -> Sense | None:
    """The event of a control verb with its complement's sense ``inner``."""
    has_inner = inner is not None and inner.type is not None
    if control in (COMMIT, INTEND):
        if not has_inner:
            return outer if control == COMMIT else None
        if inner_negated:
            # "agreed not to attack": a commitment to restraint.
            return Sense("AGREE", "yield") if inner.type in _MATERIAL_CONFLICT else None
        return promise_or_threat(inner)
    if control == PREPARE:
        if has_inner and inner.type in ("ASSAULT", "MOBILIZE"):
            return Sense("MOBILIZE", "weapons" if inner.type == "ASSAULT" else inner.mode)
        if not has_inner:
            return outer
        return promise_or_threat(inner)
    if control == REFUSE:
        if has_inner and inner.type in ("REJECT",):
            return None
        return Sense("REJECT", settle_mode(inner) if has_inner else None,
                     "125" if has_inner and inner.type == "CONSULT" else None)
    if control == THREAT:
        return Sense("THREATEN", threaten_mode(inner) if has_inner else None)
    if control == FAIL:
        if has_inner and inner.type in _COOPERATIVE:
            return Sense("REJECT", settle_mode(inner))
        return None
    if control == ASPECT:
        return inner if has_inner else None
    if control == ASK:
        if outer is None:
            return None  # "called in to discuss": nobody was asked
        base = outer
        if base.type != "REQUEST":
            return base
        mode = settle_mode(inner) if has_inner else "change"
        return replace(base, mode=mode or "change")
    if control == HYPO:
        return None
    return outer


def punishment_request(noun: Token | None) -> bool:
    """A request for sanctions or punishment ("called for sanctions against X")."""
    return noun is not None and head_noun(noun).lemma_.lower() in _PUNISHMENT


def adjective_after(obj: Token) -> Token | None:
    """An adjective the parser hung on a verb's object after it, in
    quotation marks: the small clause's predicate ("called the decision
    “deeply regrettable”"); English puts an attributive adjective before
    its noun."""
    doc = obj.doc
    for c in obj.children:
        if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > obj.i and c.left_edge.i > 0 \
                and (doc[c.left_edge.i].text in _OPENING_QUOTES or doc[c.left_edge.i - 1].text in _OPENING_QUOTES):
            return c
    return None


_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
