"""The event coder: PLOVER events from a parsed article, clause by clause.

Each sentence outside the boilerplate is walked from its root:

- a speech verb ("said", "announced that") passes its complement on as
  content reported by its subject; events there are ``asserted_by="speaker"``;
- a trigger verb gives the clause's event (its lexicon sense under its
  particle, object, preposition and subject), combined with a control
  complement ("refused to recognize" -> REJECT) and then with the clause's
  modality: negated cooperation in the present or future is a refusal,
  other negated acts did not happen; "could"/"might" and if-clauses are not
  coded; future cooperation is a promise (AGREE) and future harm a threat
  (THREATEN); "X must ..." inside someone's statement is their demand;
- a clause without a trigger verb takes its strongest event noun ("a
  request for NATO to halt ...", "during demonstrations against ...");
- coordinated clauses are coded on their own; relative clauses and
  background clauses ("after", "when", "because") are not, nor are the
  complements an event already covers ("agreed that X should cooperate").

The source is the clause's subject (the by-agent of a passive), the target
the object or the prepositional object the event type prefers ("talks with
X", "attack on X", "sanctions against X").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from redline.actors import ActorCode, ActorResolver, ArticleActors
from redline.clean.dateline import is_dateline
from redline.entities.coref_features import SENDING_VERBS, is_destination
from redline.entities.scenes import scene
from redline.events.expulsion import leave_order, phrase_subject, restates_expulsion, split_phrase_keys
from redline.events.headline import (
    base_forms, common_words, headline_span, is_title_case, new_headline_events, sentence_case,
)
from redline.events.modality import (
    BACKGROUND_MARKS, CONDITION_MARKS, COPULAS, Modality, condition_mark, in_condition, modality,
)
from redline.events.ontology import (
    QUAD, cameo_for, goldstein_for, intensity_for, is_mode, quad_for,
)
from redline.events.participants import (
    MISSIONS, RELATIVE, TRAVELLING_SECTORS, Participants, actor_noun, bare_sector, has_possessive_pronoun, is_pronoun,
    mention_tokens, stolen_subject,
    subject_of_next_verb as _subject_of_next_verb,
)
from redline.events.senses import (
    HEADLINE_PASSIVES, Found, agent_objects, agent_participle, complement_of, compose, entry_for, head_noun,
    headline_passive, headline_patient, is_crowd, is_strong_noun,
    noun_sense, obj_of, pobj_of, promise_or_threat, punishment_request, settle_mode, verb_sense, with_subject,
)
from redline.events.triggers import (
    ASK, ATTITUDE, COMMIT, CONSUME, FAIL, INTEND, REFUSE, REPORT, THREAT, Lexicon, NounEntry, Sense, using,
)
from redline.events.triggers import lexicon as current_lexicon
from redline.events.vetter import (
    Candidate, VetterModel, add_context, builtin_model, candidate_features, vet, wants_features,
)
from redline.parse.grammar import control_passive, named_in_fronted_participle, on_behalf, sided
from redline.statements.lexicon import CROWD_CRIES, PROTEST_VERBS, SECURITY_NOUNS
from redline.statements.speakers import last_people_noun
from redline.types import ActorRef, Article, CharSpan, Event, Place, Statement

if TYPE_CHECKING:
    from redline.entities import ArticleEntities

# First-person pronouns: inside a quotation, the speaker's own side.
FIRST_PERSON = frozenset("i me my we us our".split())

_COOPERATIVE = frozenset(t for t, q in QUAD.items() if q in (1, 2))
_MATERIAL_ACTS = frozenset(t for t, q in QUAD.items() if q in (2, 4))
# Reporting verbs that only tell of an act named by their object; the
# teller is none of its sides ("announce", "declare", "claim" and "confirm"
# are left out: one announces one's own sanctions, claims one's own attack).
_WITNESS_VERBS = frozenset("report note observe see recall reveal disclose say tell state add explain "
                           "stress emphasize emphasise assert describe".split())
# What only a speaker does: an event noun cannot be their source.
_VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Where each type looks for its target, in order of preference.
_TARGET_PREPS: dict[str, tuple[str, ...]] = {
    "CONSULT": ("with", "between", "to", "in"),
    "COOPERATE": ("with", "to", "between"),
    "AGREE": ("with", "to", "on", "for", "between", "from"),
    "SUPPORT": ("to", "with", "for", "of"),
    "AID": ("to", "for", "in", "from"),
    "RETREAT": ("from", "to", "in", "of"),
    "CONCEDE": ("to", "on", "in", "for", "against"),  # ("dropped the charges against X")
    "REQUEST": ("on", "upon", "from", "of", "for", "to"),
    "ACCUSE": ("against", "of", "over", "about", "on", "to", "into", "for", "at"),
    "REJECT": ("from", "by", "of", "to", "with", "for", "on"),
    "THREATEN": ("against", "on", "with", "to", "from", "in"),
    "PROTEST": ("against", "at", "outside", "over", "in", "into"),
    "SANCTION": ("on", "against", "with", "to", "from", "of", "in"),
    "MOBILIZE": ("against", "to", "near", "around", "on", "along", "off", "in"),
    "COERCE": ("against", "on", "at", "in", "from", "into"),
    # "fired rockets from Lebanon toward an army post": where a strike is aimed
    # at, never where it is launched from
    "ASSAULT": ("on", "against", "at", "toward", "towards", "into", "with", "in", "near", "around", "outside"),
}
# Prepositions that carry the side an act is done to, by the act's type
# ("the arrest of X", "the expulsion of X", "strikes on X"): a weak event
# noun with such a side reports the act (see ``_Coder._argued``).
_PATIENT_PREPS: dict[str, tuple[str, ...]] = {
    "COERCE": ("of", "against", "on"),
    "SANCTION": ("of", "against", "on"),
    "ASSAULT": ("of", "on", "against"),
}
# The types whose weak nouns report an act when they name a side.
_ARGUED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "prep", "dative", "agent",
                       "oprd", "pobj", "npadvmod", "pcomp", "acomp"})
_NOUN_WALK = frozenset({"prep", "pobj", "conj", "appos", "dobj", "attr", "pcomp"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# Where a target may hide below the event's object: possessors, prepositional
# objects and purpose clauses ("to protest X's failure"), a few levels down.
_DEEP_DEPS = frozenset({"dobj", "pobj", "prep", "poss", "xcomp", "advcl", "acl", "nmod", "conj"})
_DEEP_LEVELS = 4
# "X was the target of an attack": nouns that make the subject the one acted on.
_SUFFERING_NOUNS = frozenset({"target", "victim", "object", "focus", "subject"})
# Verbs whose subject undergoes the act their object names ("faced criticism").
_UNDERGOING = frozenset({"face", "receive", "draw", "attract", "suffer", "endure"})
# What a gathering is aimed at or held at ("a march on the embassy", "a protest against X").
_GATHERING_AIMS = frozenset({"against", "on", "at", "outside", "near"})
# Words that make a meeting a plan, not one held ("a planned meeting with X").
_PLANNED = frozenset("planned proposed upcoming possible potential expected future next scheduled "
                     "prospective first-ever".split())
# "Jordan has seen protests", "the city witnessed clashes": the subject is where they happened.
_WITNESSING = frozenset("see witness experience endure".split())
# Verbs by which one judges or tells of an act ("described the raid as
# reckless", "hailed the ceasefire"): the subject is no side of the act.
_DESCRIBING = frozenset("describe characterize characterise portray depict hail praise welcome discuss "
                        "mention cite recall recount".split())
# "X has been a flashpoint of protests": nouns that make the subject the place of an act.
_SCENE_NOUNS = frozenset("flashpoint scene site venue hotbed epicentre epicenter centre center hub".split())
# Words before a count that the parser may take for a preposition ("over a
# dozen militants", "about 200 protesters", "some 30 gunmen").
_APPROXIMATE = frozenset("over about around nearly almost some up more than under at least roughly".split())
# Nouns for a decision whose "by"/"of" phrase names who acted ("in a move
# by the president", "on the orders of the army chief").
_DECISION_NOUNS = frozenset("move decision step order orders decree ruling directive instruction instructions "
                            "request".split())
# Where people are held, not where an act happens ("died in police custody").
_HELD_IN = frozenset("custody detention captivity prison jail cell".split())
# Prepositions that say where something happened.
_WHERE_PREPS = frozenset("in near at across outside inside around throughout".split())
# Particles a verb's prepositional phrase may hang on ("fired back at").
_DIRECTION_PARTICLES = frozenset("back away out down up straight directly".split())
# Prepositions that give what an act is about ("talks about Syria", "a
# dispute over the border"): no participant stands in them.
_TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning", "on"})
# Nouns for what an actor issues: a participle on them is the actor's act.
_DOCUMENTS = frozenset("statement declaration letter resolution communique communiqué report "
                       "message note decree order memo memorandum ultimatum appeal warning "
                       "release petition motion".split())


# Verbs that put a document in force and the documents they enact: what the
# document does is the act ("adopted a resolution imposing sanctions on X",
# "agreed on a sanctions regime targeting the gangs"), not an agreement.
_ENACTING = frozenset("adopt approve pass sign issue agree enact unveil endorse extend renew "
                      "vote announce".split())
_ENACTED = frozenset("resolution decree order law bill regime package measure legislation act "
                     "directive regulation ordinance edict mandate".split())
_DEFINITE = frozenset("the this that these those".split())
# Nouns whose clauses are what they propose, not acts of their own.
_CONTENT_NOUNS = frozenset("request demand appeal call proposal plan offer draft resolution "
                           "initiative suggestion idea step measure proposition".split())
_NO_COMMENT = frozenset("comment elaborate speculate answer respond reply identify name discuss "
                        "specify confirm disclose reveal say give provide".split())
# What one side puts to another: agreeing to or rejecting one answers its issuer.
_PROPOSALS = frozenset("proposal offer plan deal initiative demand request call response ultimatum "
                       "bid overture terms draft pact agreement accord treaty memorandum".split())
# Of those, what a REQUEST makes (the rest an offer, AGREE).
_DEMANDS = frozenset("demand request call ultimatum".split())
# Verbs whose speaker asserts their own act without proof ("claimed that they had attacked").
_CLAIM_VERBS = frozenset({"claim"})
# Material acts (PLOVER's material conflict): what a result participle may add to one.
_DEEDS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION"})
# Prepositions that set an event noun in the background ("after the attack").
_BACKGROUND_PREPS = frozenset("after following before since amid despite ahead prior".split())
# Acts on envoys that only a host government does, told in the passive by it.
_OWN_DIPLOMATIC_ACTS = frozenset("summon expel".split())
# Agentless arrests: the modes, the nouns of those who hold people, and the
# sectors whose own report of an arrest says they made it.
_CUSTODY_MODES = frozenset({"arrest"})
# Acts done where their object is found ("arrested X at his home", "seized
# rifles in a border district"): the place is no target.
_TAKING_MODES = _CUSTODY_MODES | {"confiscate"}
_CUSTODIANS = frozenset("police policeman policemen gendarmerie gendarme gendarmes".split())
_CUSTODY_SECTORS = frozenset({"COP"})
# Verbs of a purpose that helps someone ("sent troops to shore up the government").
_HELPING = frozenset("shore bolster help support back protect defend prop strengthen reinforce "
                     "assist aid rescue".split())
# Auxiliaries of what is yet to come: a warning with one may threaten.
_FUTURE_AUX = frozenset("will would shall 'll wo".split())
# Accidents and disasters, as nouns or verbs: what they kill no one attacked.
_ACCIDENTS = frozenset("collapse crash accident flood flooding earthquake quake storm hurricane cyclone typhoon "
                       "landslide mudslide avalanche stampede derailment derail capsize sink".split())
# Words of a legal act whose "for"/"with"/"of" names a charge.
_LEGAL_HEADS = frozenset("proceeding proceedings charge charges accuse arrest detain convict sentence "
                         "jail prosecute indict try fine imprison".split())
# Stances a reduced passive may report ("a timeline rejected by ECOWAS").
_STANCES = frozenset({"REJECT", "ACCUSE"})
# Sectors of a crowd, which acts on others rather than controlling itself.
_CROWD_SECTORS = ("CVL", "OPP")
# Pronouns that may name another actor of the source's own state ("raided
# his home", "protesters hurled rocks towards them", the police): only the
# source itself is not their target.
_PERSONAL_PRONOUNS = frozenset("he him she her them".split())
# Charges laid in the passive, and the sectors whose report of one laid it.
_LEGAL_CHARGES = frozenset("accuse charge indict".split())
_CHARGING_SECTORS = frozenset({"GOV", "JUD", "COP"})
_REASON_PREPS = frozenset("for over after on about against".split())
# Nouns of others a speaker calls "our" ("our allies" are not the speaker's side).
_RELATIONAL_NOUNS = frozenset("ally allies partner partners friend friends neighbour neighbours neighbor "
                              "neighbors counterpart counterparts enemy enemies adversary adversaries "
                              "opponent opponents rival rivals foe foes guest guests".split())
# Nouns of a deed, named by whose it is ("the police action", "the army
# crackdown"); an event noun of the lexicon is one too.
_DEED_NOUNS = frozenset("action actions decision decisions move moves conduct behaviour behavior policy "
                        "policies tactics brutality repression violence excesses abuses law laws reform reforms "
                        "plan plans bailout handling measure measures decree".split())
# Verbs whose subject caused what their object names ("ignited protests").
_CAUSING = frozenset("ignite spark trigger prompt provoke fuel cause touch unleash".split())
# Verbs of shooting that say who killed or wounded ("killed when soldiers opened fire").
_FIRING_VERBS = frozenset("fire open shoot shell bomb strike".split())
# Gatherings an act is announced at ("made the request at a news briefing"):
# where and when, never a side.
_GATHERINGS = frozenset("briefing conference meeting summit session forum ceremony rally "
                        "gathering event interview hearing".split())


def _topic_of_act(prep: Token) -> bool:
    """What a meeting is about ("talks *about* Syria", "talks on the phone
    *over* the ceasefire"), or a participle saying when ("exercises
    *following* the inauguration of X"): the search for a deeper target
    does not enter it. Topics only of meetings: the reason for a sanction
    or an accusation ("sanctions over Russia's invasion") does name whom it
    is against, and PLOVER's records code the place an act targets ("in
    the Gaza Strip")."""
    if prep.dep_ == "acl" and prep.lower_ in _BACKGROUND_PREPS:
        return True  # "exercises following the inauguration of X": when, not against whom
    if prep.dep_ != "prep" or prep.lower_ not in _TOPIC_PREPS:
        return False
    found = noun_sense(prep.head) if prep.head.pos_ == "NOUN" else None
    return found is not None and found.sense.type == "CONSULT"


def _locative_mission(tok: Token) -> bool:
    """An embassy or consulate named as where people were ("near the French
    embassy", "outside the Chinese consulate")."""
    return (tok.lemma_.lower() in MISSIONS and tok.dep_ == "pobj"
            and tok.head.lower_ in ("near", "outside", "around", "at", "in", "beside", "opposite", "by"))


def _aside(prep: Token) -> bool:
    """A phrase that names no side of the act it hangs on: its source
    ("according to an internal police report"), its setting ("amid
    tensions between …") or the gathering it was announced at ("at a
    daily news briefing")."""
    if prep.dep_ == "pobj" and prep.lower_ in ("front", "middle") and prep.head.lower_ == "in":
        return True  # "tear gas fired in front of parliament": where, not whom
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("according", "amid"):
        return True  # also the setting: "opened fire … amid tensions between the two countries"
    if scene(prep):
        return True  # "In Washington, the spokeswoman rejected the demand": where the story moved
    if prep.lower_ == "in" and (place := pobj_of(prep)) is not None and _aside(place):
        return True
    if prep.lower_ != "at":
        return False
    obj = pobj_of(prep)
    return obj is not None and obj.lemma_.lower() in _GATHERINGS


# How far back an act named again ("the strikes") may have been told.
_NAMED_AGAIN_CHARS = 1200
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today".split())


def _named_again(noun: Token) -> bool:
    """A noun that names an act already told: definite ("the strikes",
    "these attacks", "such attacks") or dated ("Monday's strikes")."""
    for c in noun.children:
        if c.dep_ in ("det", "predet", "amod") and c.lower_ in ("the", "these", "those", "that", "this", "such"):
            return True
        if c.dep_ == "poss" and (c.lower_ in _WEEKDAYS or c.ent_type_ in ("DATE", "TIME")):
            return True
    return False


def _under_topic(tok: Token, preds: list[Token]) -> bool:
    """Whether ``tok`` stands inside what an act below ``preds`` is about
    ("over allegations about …"), or in an aside (see ``_aside``)."""
    stop = {p.i for p in preds}
    t = tok
    while t.i not in stop and t.head.i != t.i:
        if t.dep_ == "prep" and (t.lower_ in ("over", "about", "regarding", "concerning") or _aside(t)):
            return True
        t = t.head
    return False


def _below(preds: list[Token], follow: tuple[str, ...], limit: int = 40) -> Iterator[Token]:
    """``preds`` and the words below them through ``follow`` dependencies
    (never into another clause), breadth first, at most ``limit``."""
    queue = list(preds)
    seen = 0
    while queue and seen < limit:
        t = queue.pop(0)
        seen += 1
        yield t
        queue.extend(c for c in t.children if c.dep_ in follow and c.pos_ != "VERB")


def _lost_subject(verb: Token) -> Token | None:
    """The subject the parser hung as a conjunct inside a fronted phrase
    ("With the signing of a memorandum, the government and the rebels have
    agreed": "government" joined to "memorandum"): the noun phrase after the
    phrase's comma, ending just before the verb and its auxiliaries."""
    first = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i],
                key=lambda t: t.i)
    if first.i == 0:
        return None
    end = verb.doc[first.i - 1]
    counted = _counted_subject(verb, first)
    if counted is not None:
        return counted
    for c in verb.children:
        if c.dep_ != "prep" or c.i > first.i or c.right_edge.i != end.i:
            continue
        for t in c.subtree:
            if (t.dep_ in ("conj", "appos") and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i > 0
                    and verb.doc[t.left_edge.i - 1].text == ","):
                return t
    return None


def _received(noun: Token) -> bool:
    """Whether an event noun is what its clause's subject suffers: "X was
    the target of an attack", "the victims of a crackdown", "he was (remains)
    under house arrest", "X faced accusations"."""
    if _held_under(noun):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _UNDERGOING:
        return True  # "Singh faced accusations of …", "the plan drew criticism"
    return _predicated_of(noun, _SUFFERING_NOUNS)


def _scene_of(noun: Token) -> bool:
    """"The embassy has long been a flashpoint of protests": the clause's
    subject is where the act happens, not who does it."""
    return _predicated_of(noun, _SCENE_NOUNS)


def _predicated_of(noun: Token, holders: frozenset[str]) -> bool:
    """Whether an event noun is the "of" object of one of ``holders`` that
    the clause predicates of its subject ("X was the *target* of an
    attack", "X has been a *flashpoint* of protests")."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head is of:
        return False
    holder = of.head
    return holder.lemma_.lower() in holders and holder.dep_ in ("attr", "oprd")


def _held_under(noun: Token) -> bool:
    """"He was under house arrest", "remains under arrest": a state of
    being held that the clause's subject is in."""
    under = noun.head
    return (noun.dep_ == "pobj" and under.lower_ == "under" and under.head is not under
            and under.head.lemma_.lower() in ("be", "remain", "stay", "live")
            and noun.lemma_.lower() in ("arrest", "detention", "custody"))


def _named_place(p: Token | None) -> Token | None:
    """The named place a locative object is or lies in: "in Hong Kong", "in
    the suburbs of Peshawar", "in a residential sector of eastern Beirut"."""
    for _ in range(3):
        if p is None or p.ent_type_ in ("GPE", "LOC", "FAC"):
            return p
        of = next((c for c in p.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        p = pobj_of(of) if of is not None else None
    return None


def _counted_subject(verb: Token, first: Token) -> Token | None:
    """"Over a dozen militants attacked …", "About 200 protesters marched":
    the parser takes the approximating word for a preposition and the
    counted noun for its object; that noun, opening the clause before the
    verb, is its subject."""
    for c in verb.children:
        if c.i > first.i or c.dep_ not in ("prep", "advmod") or c.lower_ not in _APPROXIMATE:
            continue
        noun = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None and any(g.dep_ == "nummod" or g.like_num for g in noun.subtree if g.i < noun.i):
            return noun
    return None


def _ent_text(tok: Token) -> str:
    """The text of the named entity ``tok`` belongs to ("Hong Kong")."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


# Doc.user_data key: the parse of ``recased_headline``'s text for the
# article, where the caller parsed it with others in a batch.
RECASED_HEADLINE = "redline.recased_headline"


def recased_headline(article: Article, resolver: ActorResolver, nlp) -> str | None:
    """The text to parse again for an article whose headline is Title Case:
    the text up to the headline, then the headline with its common words in
    lower case (same length, so offsets stay true); None for any other
    headline. Reads the trigger tables in force (``using``)."""
    head = headline_span(article)
    if head is None:
        return None
    text = article.text
    headline = text[head[0]:head[1]]
    if not is_title_case(headline):
        return None
    common = _common_words(nlp)
    lex = current_lexicon()
    # the tables alone: the article's own learned names may hold the
    # headline's misreadings ("US Sanctions" taken for a person)
    tables = ArticleActors(resolver, article.date)

    def known(word: str) -> bool:
        if not any(b in common or b in lex.verbs or b in lex.nouns for b in base_forms(word)):
            return False
        code = tables.resolve(word)  # "Russian", "Saudi": names of actors
        return code is None or not code.code or bare_sector(code.code, resolver)

    return text[:head[0]] + sentence_case(headline, text[article.body_start:], known)


def _loaded_nlp():
    """The default pipeline when this process has loaded it already (the
    pipeline's own parse of the article came from it); never loads one."""
    from redline.parse.nlp import load_nlp
    return load_nlp() if load_nlp.cache_info().currsize else None


@functools.lru_cache(maxsize=4)
def _common_words(nlp) -> frozenset[str]:
    return common_words(nlp)


def _to_infinitive(tok: Token) -> bool:
    """A bare "to" infinitive ("to visit")."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _stray_infinitive(conj: Token) -> bool:
    """A bare verb coordinated with a finite one, with no subject or
    auxiliary of its own ("Among them is a request for NATO to halt ...,
    and reject ..."): it cannot share the finite verb's tense, so it belongs
    to an infinitive the parser lost (here the request's content)."""
    return (conj.tag_ == "VB" and conj.head.tag_ in ("VBZ", "VBD", "VBP")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children))


def _own_clause(tok: Token) -> bool:
    """A verb under a preposition with a subject of its own ("as people
    staged a protest"): another clause, with its own actors."""
    return tok.dep_ == "pcomp" and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


# Verbs that say only that something may happen when their subject is a thing.
_RISK_VERBS = frozenset({"threaten"})


# Happenings and states of affairs: as subjects they risk, never threaten.
_SITUATIONS = frozenset("ouster coup crisis conflict violence war fighting dispute situation unrest row "
                        "move decision escalation tension standoff development".split())


# Subordinators of clauses that state facts of their own (not "if", "unless").
_TIME_MARKS = frozenset("as while whereas after".split())


def _separate_clause(tok: Token) -> bool:
    """A clause joined to the event's verb with a subject of its own ("fired
    a missile, as Pyongyang condemned US drills"; "… and Cambodia recalled
    its envoy"): its actors are its own, never the event's deeper target.
    A purpose clause ("to punish X") has no subject and stays searchable."""
    if _subject_of_next_verb(tok) or stolen_subject(tok) is not None:
        return True  # "recalled their envoys and Thailand closed …": Thailand's clause
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return False
    # "when they blew themselves up in Tel Aviv", "if war starts in Iraq":
    # PLOVER's records take the target from the clause that sets the act
    return tok.dep_ == "conj" or (tok.dep_ == "advcl" and condition_mark(tok) in _TIME_MARKS)


def _self_claim(verb: Token, comp: Token) -> bool:
    """A claim of one's own act ("the rebels claimed that they had attacked
    the base"): like a claim of responsibility, a statement, not the act."""
    if verb.lemma_.lower() not in _CLAIM_VERBS:
        return False
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in ("they", "we", "it", "he", "she", "i")


def _conditioned(pred: Token) -> bool:
    """An if/unless clause on ``pred`` ("vows action if provoked")."""
    return any(c.dep_ == "advcl" and condition_mark(c) in ("if", "unless") for c in pred.children)


def _declines_comment(comp: Token) -> bool:
    lemma = comp.lemma_.lower()
    if lemma in ("give", "provide"):
        o = obj_of(comp)
        return o is not None and o.lemma_.lower() in ("detail", "comment", "information", "name", "explanation",
                                                      "reason", "figure", "specific", "details")
    if lemma in _NO_COMMENT:
        return lemma != "discuss" or not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in comp.children)
    e = current_lexicon().verbs.get(lemma)
    return e is not None and e.speech == REPORT and e.sense is None


@dataclass(frozen=True, slots=True)
class _Ctx:
    """The reporting context of a clause: who says it (if anyone)."""

    speaker: tuple[ActorRef, ...] = ()
    reported: bool = False


@functools.cache
def _adds_nothing(event: Event, first: Event) -> bool:
    """Whether ``event``'s sources and targets are among ``first``'s (by code)."""
    def codes(refs: tuple[ActorRef, ...]) -> set[str | None]:
        return {r.code for r in refs}

    return codes(event.sources) <= codes(first.sources) and (
        not event.targets or codes(event.targets) <= codes(first.targets)
    )


def default_resolver() -> ActorResolver:
    """A process-wide resolver over the built-in tables."""
    return ActorResolver()


def code_events(
    doc: Doc,
    article: Article,
    statements: list[Statement] | None = None,
    skip: list[CharSpan] | None = None,
    resolver: ActorResolver | None = None,
    *,
    actors: ArticleActors | None = None,
    appeals: bool = True,
    entities: ArticleEntities | None = None,
    lexicon: Lexicon | None = None,
    places: list[Place] | None = None,
    vetter: VetterModel | None | bool = True,
) -> list[Event]:
    """The PLOVER events ``doc`` reports, in text order.

    doc (Doc): the parsed article (``doc.text`` is ``article.text``).
    article (Article): its metadata; ``date`` dates actor roles, text before
        ``body_start`` (headline, dateline) is not coded.
    statements (list[Statement]): the article's statements; an event whose
        trigger lies in one's content is reported by its speaker
        (``asserted_by="speaker"``, ``statement_index``).
    skip (list[CharSpan]): boilerplate ranges; no event comes from them.
    resolver (ActorResolver): actor tables (a shared default when None).
    actors (ArticleActors): the article's resolver state, to share the people
        earlier stages learned (made from ``resolver`` when None).
    entities (ArticleEntities): the article's entity layer; participants
        ("the spokesman", "it", "the alliance") take the code of the entity
        they refer to.
    appeals (bool): also code appeals ("urged", "called for") as REQUEST
        events with intensity 0 (PLOVER itself codes only demands).
    lexicon (Lexicon): the trigger tables (``triggers.load_lexicon``); the
        built-in ones when None.
    places (list[Place]): the article's resolved places (``find_places``): a
        town the actor tables lack stands for its state ("strikes on Isfahan").
    vetter (VetterModel | bool): the learned vetting step (``vetter.py``) that
        drops candidates it scores below its threshold: True for the shipped
        model, False to keep every candidate the rules coded.
    RETURNS (list[Event]): the events with offsets into ``doc.text``.
    """
    actors = actors or ArticleActors(resolver or default_resolver(), article.date)
    model = builtin_model() if vetter is True else vetter or None
    coder = _Coder(doc, article, statements or [], skip or [], actors, appeals, entities, places)
    coder.features = wants_features(model)  # no model in use: no features to compute
    with using(lexicon):
        events = coder.run()
    if not coder.features:
        return events
    cands = [coder.cands.get(id(e)) or Candidate(e, ["bias"], None) for e in events]
    add_context(cands)
    return vet(cands, model)


# Pronouns a statement's speaker may be named by, whose resolution the
# events read (see ``Participants.pronoun_refs``).
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


class _Coder:
    def __init__(self, doc: Doc, article: Article, statements: list[Statement],
                 skip: list[CharSpan], actors: ArticleActors, appeals: bool,
                 entities: ArticleEntities | None = None, places: list[Place] | None = None) -> None:
        self.doc = doc
        self.article = article
        self.statements = statements
        self.skip = sorted(skip)
        self.appeals = appeals
        self.parts = Participants(doc, actors, article.text, entities, places, spoken_by={
            s.speaker.spans[0]: s.speaker.actor for s in statements
            if s.speaker.actor and s.speaker.spans and (s.speaker.mention or "").lower() in _SUBJECT_PRONOUNS})
        self.places = places
        self.events: list[Event] = []
        self.cands: dict[int, Candidate] = {}  # id(event) -> what the vetter reads
        self.features = False  # whether to compute the vetter's features
        self.seen: set[int] = set()
        self.visited: set[int] = set()  # clause heads coded (``seen`` also holds covered words)
        self.used: set[int] = set()
        self.keys: set[tuple[str, int]] = set()
        self.last_subject: tuple[ActorRef, ...] = ()
        self.sent: Span = doc[0:0]
        self._speakers: dict[int, tuple[ActorRef, ...]] = {}
        self.doc_subject: dict[int, Token] = {}
        self.forced_subject: dict[int, Token] = {}
        self.headline_objects: dict[int, list[Token]] = {}
        self._contents = sorted((s, e, k) for k, st in enumerate(statements) for s, e in st.content)

    # -- driver -------------------------------------------------------------

    def run(self) -> list[Event]:
        if current_lexicon().story_discarded(self.article.text[:self.article.body_start]
                                             or self.article.title or ""):
            return self.events  # a sports or entertainment story (the discard phrases)
        head = headline_span(self.article)
        if head is not None and not self._code_recased_headline(head):
            self._code_headline(head)
        head_events, self.events = self.events, []
        for sent in self.doc.sents:
            if sent.end_char <= self.article.body_start or self._skipped(sent):
                continue
            if not any(t.pos_ in ("VERB", "NOUN", "AUX") for t in sent):
                continue
            if sent.text.rstrip(" \n\"'”’)").endswith("?"):
                continue  # a question asserts nothing
            self.sent = sent
            self.parts.start_sentence(sent)
            self.visit_root(sent.root)
            self._fact_clauses(sent)
            subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and not is_pronoun(subj):
                refs = self.parts.refs(subj)
                if refs:
                    self.last_subject = refs
        self.events = self._without_repeats(self.events)
        self.events += new_headline_events(head_events, self.events)
        self.events.sort(key=lambda e: (e.sentence[0], e.trigger[0][0] if e.trigger else 0))
        return self.events

    def _without_repeats(self, events: list[Event]) -> list[Event]:
        """"Militants killed five soldiers and wounded seven others": one
        attack. A verb coordinated with an earlier one of the same type and
        mode, whose sides add nothing to its sides, repeats its event
        ("abducted and killed" are two acts: two modes)."""
        at: list[int | None] = []
        for event in events:
            span = self.doc.char_span(event.trigger[0][0], event.trigger[0][1], alignment_mode="expand") \
                if event.trigger else None
            at.append(span[0].i if span is not None and len(span) else None)
        # "summoned the envoy and handed him a letter of protest": an event
        # noun stands for the verb whose clause it is in
        at = [self._clause_verb(i) if i is not None else None for i in at]
        by_token: dict[int, Event] = {}
        for i, event in zip(at, events):
            if i is not None:
                by_token.setdefault(i, event)
        kept = []
        for tok, event in zip(at, events):
            first = by_token.get(self.doc[tok].head.i) if tok is not None and self.doc[tok].dep_ == "conj" else None
            if first is not None and (first.type, first.mode) == (event.type, event.mode) \
                    and _adds_nothing(event, first):
                self.cands.pop(id(event), None)
                continue
            kept.append(event)
        return kept

    def _clause_verb(self, i: int) -> int:
        """The verb whose clause token ``i`` (a trigger) stands in: itself
        for a verb, the governing verb for an event noun ("a letter of
        *protest*" under "handed")."""
        t = self.doc[i]
        for _ in range(6):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        return t.i if t.pos_ in ("VERB", "AUX") else i

    def _code_recased_headline(self, head: CharSpan) -> bool:
        """A Title Case headline ("Congo Rebels Reject Call To Quit Goma")
        is parsed again with its common words in lower case (same length, so
        offsets stay true) and coded from that parse; False when the headline
        is not Title Case or no parser is at hand. A caller that parsed the
        recased text already (in a batch) leaves it in the article's Doc."""
        nlp = _loaded_nlp()
        if nlp is None or not is_title_case(self.article.text[head[0]:head[1]]):
            return False
        parsed = self.doc.user_data.get(RECASED_HEADLINE)
        if parsed is not None:
            doc = parsed
        else:
            recased = recased_headline(self.article, self.parts.actors.resolver, nlp)
            if recased is None:
                return False
            doc = nlp(recased)
        sub = _Coder(doc, self.article, [], [], self.parts.actors, self.appeals, None, self.places)
        sub.features = self.features
        sub._code_headline(head)
        self.events += sub.events
        for c in sub.cands.values():  # its tokens are another parse's: no sentence context
            self.cands[id(c.event)] = Candidate(c.event, c.features, None)
        return True

    def _code_headline(self, head: CharSpan) -> None:
        """Code the headline's sentences; they leave no subject behind for
        the body's pronouns (the lead names its actors afresh)."""
        for sent in self.doc.sents:
            if sent.start_char >= head[1]:
                break
            if sent.end_char <= head[0] or not any(t.pos_ in ("VERB", "NOUN", "AUX") for t in sent):
                continue
            if sent.text.rstrip(" \n\"'”’)").endswith("?"):
                continue
            self.sent = sent
            self.parts.start_sentence(sent)
            before = len(self.events)
            if head is not None and sent.start_char + len(sent.text.rstrip()) <= head[1] \
                    and not sent.text.rstrip().endswith("."):
                # only a true headline line (a record whose one sentence is
                # its "headline" is ordinary prose: "Lebanon complained …")
                passive = _bare_participle_headline(sent.root)
                if passive is not None:
                    self.doc.user_data.setdefault(HEADLINE_PASSIVES, set()).add(passive.i)
            self.visit_root(sent.root)
            root = sent.root
            if len(self.events) == before and root.pos_ in _NOUNS and entry_for(root) is None:
                # "Military takeover in Niger", "Clashes between police and
                # protesters in Lima": the headline is the event noun itself,
                # where it names a side ("Border talks" alone tells no act)
                self.nominal(root, _Ctx(), itself=True)
                for e in self.events[before:]:
                    if not (e.sources or e.targets):
                        self.cands.pop(id(e), None)
                self.events[before:] = [e for e in self.events[before:] if e.sources or e.targets]

    def _skipped(self, sent: Span) -> bool:
        if current_lexicon().discarded(sent.text):
            return True  # sports, entertainment (the lexicon's discard phrases)
        a, b = sent.start_char, sent.end_char
        covered = 0
        for s, e in self.skip:
            if s <= a < e:
                return True
            covered += max(0, min(b, e) - max(a, s))
        return covered * 2 > (b - a)

    # -- clauses ------------------------------------------------------------

    def visit(self, pred: Token, ctx: _Ctx) -> bool:
        """Code the clause headed by ``pred``; True when it gave an event."""
        if pred.i in self.seen:
            return False
        self.seen.add(pred.i)
        self.visited.add(pred.i)
        before = len(self.events)
        core = pred
        if pred.lemma_ in COPULAS:
            for c in pred.children:
                if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ" and entry_for(c) is not None:
                    core = c
                    break
        entry = entry_for(core)
        ctx = self._according(pred, ctx)
        found = handled = False
        if entry is not None and core is pred and self._enacted(pred, ctx):
            found = handled = True
        elif entry is not None:
            outcome = self.predicate(core, pred, entry, ctx)
            found = outcome == "event"
            handled = outcome in ("event", "blocked")
            if entry.speech == REPORT and not found:
                speaker = self.subject_refs(pred, ctx)
                sub = _Ctx(speaker or ctx.speaker, True)
                for c in pred.children:
                    if c.dep_ in ("ccomp", "parataxis"):
                        if _self_claim(pred, c):
                            self._consume(c)
                            continue
                        found = self.visit(c, sub) or found
                handled = True
            elif entry.speech == ATTITUDE:
                handled = True
        elif pred.pos_ in ("VERB", "AUX") and self._obligation(pred, ctx):
            found = handled = True
        if not found:
            # "X issued (released) a statement condemning Y": what the
            # statement does is X's act, whatever the verb says of it
            found = self._statement_noun(pred, ctx)
        if handled and not found and _happening(pred):
            found = self.nominal(pred, ctx)  # "clashes broke out between X and Y"
        if not handled and not found:
            found = self.nominal(pred, ctx)
        if not handled and not found:
            found = self._participle(pred, ctx)
        if not handled and not found:
            for c in pred.children:
                if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and self._purpose(c)):
                    if self.visit(c, ctx):
                        found = True
                        break
        if not found:
            # "continues its efforts by donating supplies", "defended themselves
            # by throwing stones": the means is an act of the subject
            for c in pred.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    g = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                    if g is not None and entry_for(g) is not None and self.visit(g, ctx):
                        found = True
                        break
        if not found:
            # "sent a letter threatening to ...": a participle that is itself an act
            for c in pred.children:
                if (c.dep_ == "advcl" and c.tag_ == "VBG" and condition_mark(c) is None
                        and entry_for(c) is not None
                        # "responded, declaring the envoy persona non grata": an act, not words
                        and (entry_for(c).speech != REPORT or split_phrase_keys(c))):
                    if self.visit(c, ctx):
                        found = True
                        break
        if found:
            self._result_participles(pred, {e.type for e in self.events[before:]}, ctx)
            self._crowd_cries(pred)
        for c in pred.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i in self.seen and found:
                for g in c.children:
                    if (g.dep_ == "conj" and g.pos_ in ("VERB", "AUX") and g.i in self.seen
                            and any(s.dep_ == "nsubj" for s in g.children)):
                        # "declared X persona non grata, ordering him to leave
                        # and Serbia responded in kind": a clause with its own
                        # subject the parser hung on the covered participle
                        self.seen.difference_update(u.i for u in g.subtree)
                        self.visit(g, ctx)
            if c.dep_ == "advcl" and with_subject(c) is not None:
                self.visit(c, ctx)  # "…, with Caracas also accusing X": its own clause
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _stray_infinitive(c):
                self.visit(c, ctx)
            elif (c.dep_ == "prep" and c.lower_ in ("after", "before")
                  and (g := next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)) is not None
                  and not any(s.dep_ in ("nsubj", "nsubjpass") for s in g.children)
                  and (e := entry_for(g)) is not None and e.sense is not None and e.sense.type == "ACCUSE"):
                # "fled after alleging the army had ousted him": an accusation
                # the subject made is told, not background (other acts under
                # "after" stay background: the quad gold's convention)
                self.visit(g, ctx)
            elif c.dep_ == "prep" and c.lower_ in ("as", "while", "with", "without"):
                # "used water cannon as people staged a protest", "denied the
                # reports, with Lima accusing …": a clause of its own
                for g in c.children:
                    if _own_clause(g):
                        self.visit(g, ctx)
            elif c.dep_ == "parataxis" and c.pos_ == "VERB" and not handled:
                self.visit(c, ctx)
            elif (_separate_clause(c) and c.dep_ == "advcl" and condition_mark(c) in _TIME_MARKS
                  and entry_for(c) is not None and entry_for(c).speech is None):
                # "fired a missile as Pyongyang condemned US drills": a clause
                # with its own subject reports its own act (not its speech:
                # "while inspectors said …" is the gold's background)
                self.visit(c, ctx)
        return found

    def _result_participles(self, pred: Token, told: set[str], ctx: _Ctx) -> None:
        """Participles after an act that tell further acts of its subject
        ("beat up activists, wounding four and arresting six others"): each
        of another type than the act's own is coded; one of the same type
        restates it ("shelled the village, killing five"), and so is an
        accusation ("ordered the envoy out, accusing Paris of meddling").
        Only after deeds: a participle after words ("urged Caracas to heed
        the motion, denouncing ...", "accuse the military of killings,
        razing villages") often belongs to another clause's subject."""
        if not told or not told <= _DEEDS:
            return
        for c in pred.children:
            if not (c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > pred.i and condition_mark(c) is None
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for g in c.children)
                    and self.doc[c.left_edge.i - 1].text == ","):
                continue
            for g in [c] + [x for x in c.conjuncts if x.tag_ == "VBG" and x.i > c.i]:
                e = entry_for(g)
                if e is None or e.control:
                    continue
                f = verb_sense(g, e, None, self.parts.is_actor)
                # (a deed's doer also accuses: "ordered the envoy out,
                # accusing Paris of meddling")
                if f is None or f.sense.type is None or f.sense.type in told \
                        or f.sense.type not in _DEEDS | {"ACCUSE"} or (e.speech is not None and f.sense.type != "ACCUSE"):
                    continue
                self.seen.difference_update((g.i,))
                self.visited.discard(g.i)
                if self.visit(g, ctx):
                    told.add(f.sense.type)

    def visit_root(self, root: Token) -> None:
        """A sentence's root; a noun root with a finite verb attached as a
        modifier ("Doctors from X donated ...") is a misparsed subject; an
        imperative ("Ask yourself") reports nothing."""
        if root.tag_ == "VB" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "aux" and c.lemma_ != "do")
                for c in root.children):
            return
        if root.pos_ in _NOUNS and entry_for(root) is not None:
            self._headline(root)
        if root.pos_ in _NOUNS:
            for c in root.subtree:
                if c.head.i == c.i or c.head.pos_ not in _NOUNS:
                    continue
                finite = c.tag_ in ("VBD", "VBZ", "VBP") or (
                    c.tag_ == "VBN" and any(g.dep_ == "dobj" for g in c.children))
                # headline grammar: "Kenyan president to visit Ethiopia"
                finite = finite or (c.head.i == root.i and _to_infinitive(c))
                if c.dep_ in ("acl", "relcl") and finite and not any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                    self.forced_subject[c.i] = root
                    self.visit(c, _Ctx())
                    break
        self.visit(root, _Ctx())

    def _fact_clauses(self, sent: Span) -> None:
        """Acts told in a clause of their own below another: a relative
        clause on an actor ("the militia, which attacked the camp on
        Sunday") and a background clause with its own subject ("vowed to
        restore order after police fired tear gas at protesters"). The walk
        from the root leaves them (or an event above covers them as its
        complement); each is coded when it reports a finished act: past
        tense, no modal, no negation, not a condition."""
        trig = {a for e in self.events for a, _ in e.trigger}
        tokens = list(sent)  # read five times below; a Span makes each token anew
        for t in tokens:
            if (t.dep_ == "prep" and t.lower_ in ("amid", "during") and t.i not in self.visited
                    and (p := pobj_of(t)) is not None and p.pos_ == "NOUN" and p.idx not in trig
                    and not _named_again(p) and self._argued(p) and self._agent_phrase(p)):
                # "amid cross-border raids by Janjaweed militia": an act going on
                # around the story's that names its own agent is reported all
                # the same ("after", "despite" set earlier acts: background)
                self.seen.discard(t.i)
                self.seen.discard(p.i)
                self.nominal(t, _Ctx())
        for t in tokens:
            if (t.dep_ == "acl" and t.tag_ == "VBG" and t.i not in self.visited and t.idx not in trig
                    and t.head.lemma_.lower() in _DOCUMENTS and (e := entry_for(t)) is not None
                    and e.speech is None and (owner := self._document_owner(t.head)) is not None):
                # "rejected a statement by Doha lashing out at Egypt's
                # decision": what an issued statement does is its issuer's
                # act, wherever the statement stands in the sentence
                self.forced_subject[t.i] = owner
                self.seen.discard(t.i)
                self.visit(t, _Ctx())
        for t in tokens:
            if (t.dep_ == "acl" and t.tag_ == "VBN" and t.i not in self.visited and t.idx not in trig
                    and t.head.pos_ == "NOUN" and (e := entry_for(t)) is not None
                    and e.sense is not None and e.sense.type in _STANCES
                    and (agent := next((pobj_of(c) for c in t.children if c.dep_ == "agent"), None)) is not None
                    and self.parts.refs(agent) and not in_condition(t)):
                # "a three-year timeline rejected by ECOWAS", "a law condemned
                # by rights groups": a stance a reduced passive names the
                # taker of is taken (acts told so are background: "a
                # demonstration staged by students", "crimes committed by X"),
                # against whoever put the thing forward
                self.seen.discard(t.i)
                before = len(self.events)
                self.visit(t, _Ctx())
                owner = self._put_forward_by(t.head)
                for k in range(before, len(self.events)):
                    if not self.events[k].targets and owner:
                        self.events[k] = self._retargeted(self.events[k], owner)
        trig = {a for e in self.events for a, _ in e.trigger}
        for t in tokens:
            if (t.dep_ == "advcl" and t.tag_ == "VBG" and t.i not in self.visited and t.idx not in trig
                    and any(c.dep_ == "mark" and c.lower_ in ("while", "whilst") for c in t.children)
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "xcomp") for c in t.children)
                    and not _under_noun_or_preposition(t)
                    and (e := entry_for(t)) is not None and e.speech is None
                    and not in_condition(t) and not self._modality(t, _Ctx()).negated):
                # "tightened their grip on the town while shelling army posts": what
                # the subject does at the same time is told too
                # (not what it prepares or seeks to do: "while preparing to defend";
                # nor inside what one is accused of: "accused of shelling
                # villages while attacking …")
                self.seen.discard(t.i)
                self.visit(t, _Ctx())
        trig = {a for e in self.events for a, _ in e.trigger}
        for t in tokens:
            if (t.dep_ == "relcl" and t.i not in self.visited and t.idx not in trig
                    and t.head.idx not in trig and self._coup_clause(t)):
                trig.add(t.idx)
        for t in tokens:
            if t.i in self.visited or t.idx in trig or t.pos_ != "VERB" or not _fact_clause(t):
                continue
            entry = entry_for(t)
            if entry is None or entry.speech is not None:
                continue
            if in_condition(t) or self._modality(t, _Ctx()).negated:
                continue
            if t.dep_ == "relcl" and not (t.head.pos_ == "PROPN" or actor_noun(t.head) or self.parts.refs(t.head)):
                continue  # "the photo that got him arrested": no actor to act
            self.seen.discard(t.i)
            before = len(self.events)
            start = self._sentence_span(sent)[0]
            told = {e.type: e for e in self.events if e.sentence[0] == start}
            self.visit(t, _Ctx())

            def strikes_back(e: Event, first: Event) -> bool:
                if t.dep_ != "relcl":
                    return False  # (only a clause on the one struck: "police, who returned fire")
                own = {r.code for r in e.sources if r.code}
                return bool(own) and own <= {r.code for r in first.targets if r.code} \
                    and not own & {r.code for r in first.sources if r.code}

            # "the killing of X and Y, who were shot dead": a clause that
            # restates the act its sentence already told adds nothing; the
            # told act's target striking back does ("hurled rocks at police,
            # who returned fire"), at who struck first
            kept = []
            for e in self.events[before:]:
                first = told.get(e.type)
                if first is not None and not strikes_back(e, first):
                    self.cands.pop(id(e), None)
                    continue
                if first is not None and first.sources and not e.targets:
                    # (at whom it struck back, where the clause names no one:
                    # "a gunman who murdered a journalist" keeps the journalist)
                    e = self._retargeted(e, first.sources)
                kept.append(e)
            self.events[before:] = kept

    def _retargeted(self, event: Event, targets: tuple[ActorRef, ...]) -> Event:
        """``event`` with ``targets``, still known to the vetter."""
        cand = self.cands.pop(id(event), None)
        event = replace(event, targets=targets)
        if cand is not None:
            self.cands[id(event)] = replace(cand, event=event)
        return event

    def _crowd_cries(self, pred: Token) -> None:
        """"Police fired tear gas at thousands of protesters …, calling for
        the ouster of …": a crowd's demand the parser hung on the security
        force's act is the crowd's own act."""
        subj, passive = self.subject_of(pred)
        if subj is None or passive or subj.lemma_.lower() not in SECURITY_NOUNS:
            return
        for c in pred.children:
            if (c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > pred.i and c.lemma_.lower() in CROWD_CRIES
                    and c.i not in self.visited and not any(g.dep_ == "nsubj" for g in c.children)):
                crowd = last_people_noun(self.doc[pred.i + 1 : c.i], SECURITY_NOUNS)
                if crowd is not None:
                    self.forced_subject[c.i] = crowd
                    self.seen.discard(c.i)
                    self.visit(c, _Ctx())

    def _put_forward_by(self, noun: Token) -> tuple[ActorRef, ...]:
        """Whose a proposal, plan or law is: its possessor, or the subject of
        the verb it is the object of ("the junta proposed a timeline")."""
        owner = next((g for g in noun.children if g.dep_ == "poss" and not is_pronoun(g)), None)
        if owner is not None:
            return self.parts.refs(owner)
        if noun.dep_ == "dobj":
            subj, passive = self.subject_of(noun.head)
            if subj is not None and not passive:
                return self.resolve_subject(subj, _Ctx())
        return ()

    def _coup_clause(self, t: Token) -> bool:
        """A coup noun with a relative clause that names whom it ousted
        ("suspended Gabon following a coup that ousted its president", "the
        coup that toppled President Bazoum"): the coup itself, though it
        stands under a background preposition: the story names its victim."""
        head = t.head
        found = noun_sense(head) if head.pos_ in _NOUNS else None
        if (found is None or found.sense.type != "ASSAULT" or found.sense.cameo != "192"
                or t.lemma_.lower() not in current_lexicon().groups.get("ousting", ())
                or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in t.children)
                or self._modality(t, _Ctx()).negated or in_condition(t)):
            return False
        victim = next((c for c in t.children if c.dep_ == "dobj"), None)
        targets = self.parts.refs(victim) if victim is not None else ()
        if (not targets and victim is not None and has_possessive_pronoun(victim)
                and victim.lemma_.lower() in current_lexicon().groups.get("officials", ())):
            # "suspended Gabon following a coup that ousted its president":
            # the leader of the state the sentence named last before him
            named = [code for i, code in self.parts.sentence_countries() if i < victim.i]
            toks = mention_tokens(victim)
            if named and toks:
                a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                targets = (ActorRef(text=self.doc[toks[0].i:toks[-1].i + 1].text, code=named[-1] + "GOV", spans=((a, b),)),)
        if not targets:
            return False
        # its makers only where the noun names them ("a military coup in
        # Niger"): a coup may be a palace's or a party's
        sources = self.noun_sources(head)
        self.seen.update((t.i, head.i))
        self.emit(found.sense, [head, t], sources, targets, self.sent, _Ctx())
        return True

    def _headline(self, root: Token) -> None:
        """Headline grammar: "US sanctions Maduro's foreign minister" parses
        as one noun phrase; the name before the trigger is its subject and
        the phrase after it its object."""
        before = [c for c in root.children if c.dep_ in ("compound", "nmod", "amod")
                  and c.i < root.i and c.pos_ == "PROPN" and self.parts.refs(c)]
        if not before or any(c.dep_ == "det" for c in root.children):
            return  # "the US sanctions": a noun phrase, not a headline's verb
        self.forced_subject[root.i] = before[-1]
        self.headline_objects[root.i] = [c for c in root.children if c.i > root.i
                                         and c.dep_ in ("appos", "dobj", "npadvmod", "attr", "prep")]

    def _enacted(self, pred: Token, ctx: _Ctx) -> bool:
        """"adopted a resolution imposing sanctions on X", "approved a package
        of sanctions against X", "agreed on a sanctions regime targeting X":
        the enacted document's own act is the subject's, coded in place of
        the adoption."""
        if pred.lemma_.lower() not in _ENACTING:
            return False
        docs = [obj_of(pred)] + [pobj_of(c) for c in pred.children
                                 if c.dep_ == "prep" and c.lower_ in ("on", "for")]
        for d in docs:
            if d is None or d.lemma_.lower() not in _ENACTED:
                continue
            mod = self._modality(pred, ctx)
            if mod.negated or mod.obligation or mod.advice:
                return False  # "should adopt sanctions": the ordinary reading
            inner = [c for c in d.children if c.dep_ == "compound"] + [
                p for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                and (p := pobj_of(c)) is not None]
            aimed = [c for c in list(d.children) + list(pred.children) if c.lemma_.lower() == "target"
                     and (c.dep_ == "acl" or (c.dep_ == "advcl" and c.tag_ == "VBG"))]
            for n in inner:
                f = noun_sense(n)
                if f is None or f.sense.type not in _MATERIAL_ACTS:
                    continue
                return self._enact(pred, ctx, mod, f.sense, [pred, n], d, f.noun or n, aimed)
            if aimed:
                # a resolution or decree "targeting" people punishes them
                return self._enact(pred, ctx, mod, Sense("SANCTION", None, "160"), [pred, aimed[0]],
                                   d, d, aimed)
            for c in d.children:
                if (c.dep_ == "acl" and c.tag_ == "VBG" and (e := entry_for(c)) is not None
                        and e.speech is None):
                    self.doc_subject[c.i] = pred
                    if self.visit(c, _Ctx(ctx.speaker, ctx.reported)):
                        return True
        return False

    def _enact(self, pred: Token, ctx: _Ctx, mod, sense: Sense, tokens: list[Token], doc_noun: Token,
               noun: Token, aimed: list[Token]) -> bool:
        sense = self._apply_modality(sense, mod)
        if sense is None:
            return False
        subj, passive = self.subject_of(pred)
        sources = self.resolve_subject(subj, ctx) if subj is not None and not passive else ()
        targets = self.noun_targets(noun, sense, sources)
        if not targets and doc_noun is not noun:
            targets = self.noun_targets(doc_noun, sense, sources)  # "a sanctions package against X"
        for a in aimed:
            if not targets and (o := obj_of(a)) is not None:
                targets = self.parts.refs(o)
        self.emit(sense, tokens, sources, targets, self.sent, ctx)
        self._consume(doc_noun)
        return True

    def _statement_noun(self, pred: Token, ctx: _Ctx) -> bool:
        """"X issued a statement condemning Y": the participle is X's act."""
        obj = obj_of(pred)
        if obj is None or obj.lemma_.lower() not in _DOCUMENTS:
            return False
        for c in obj.children:
            if c.dep_ == "acl" and c.tag_ == "VBG" and entry_for(c) is not None:
                speaker = self.subject_refs(pred, ctx)
                self.doc_subject[c.i] = pred
                if self.visit(c, _Ctx(speaker or ctx.speaker, True)):
                    return True
        return False

    @staticmethod
    def _purpose(c: Token) -> bool:
        mark = condition_mark(c)
        if mark in CONDITION_MARKS or mark in BACKGROUND_MARKS:
            return False
        if c.tag_ == "VBG" and mark is None:
            return False
        return True

    def _according(self, pred: Token, ctx: _Ctx) -> _Ctx:
        """A clause "according to X" is X's content."""
        for c in pred.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for to in c.children:
                    p = pobj_of(to) if to.lower_ == "to" else None
                    if p is not None:
                        refs = self.parts.refs(p)
                        if refs:
                            return _Ctx(refs, True)
        return ctx

    # -- a trigger predicate --------------------------------------------------

    def predicate(self, core: Token, pred: Token, entry, ctx: _Ctx) -> str:
        """Code ``core`` (``pred`` is its verb, "be" for an adjective):
        "event", "blocked" (an explicit non-event) or "none"."""
        subj, passive = self.subject_of(pred)
        adjective = current_lexicon().adjectives.get(core.lower_)
        if passive and adjective is not None and (adjective is entry or (
                not any(c.dep_ == "agent" for c in core.children) and complement_of(core) is not None)):
            # "is committed to", "are opposed to": states, not passives; but
            # "were set ablaze by Tajik troops", read as the verb with its
            # agent, is a passive
            passive = False
        found = verb_sense(core, entry, subj, self.parts.is_actor)
        sense = found.sense if found else None
        tokens: list[Token] = list(found.tokens) if found else []
        noun = found.noun if found else None
        chain: list[Token] = [core]
        extra_targets: list[Token] = [pobj_of(c) or c if c.dep_ == "prep" else c
                                      for c in self.headline_objects.get(core.i, ())]
        control = entry.control
        order = leave_order(core, self._names_state)
        if order is not None:
            # "ordering him to leave the country": an expulsion, not a request
            self._consume(order.departure)
            if restates_expulsion(core):
                return "blocked"  # "expelled the envoy, ordering him to leave": one act
            found = Found(order.sense, (core,))
            sense, tokens, noun, control = order.sense, [core, order.departure], None, None
            extra_targets += [order.leaver] if order.leaver is not None else []
        elif (named := phrase_subject(core)) is not None and sense is not None and sense.type is not None:
            extra_targets.append(named)  # "declaring the ambassador persona non grata"
        if sense is not None and sense.type is None:
            if found.tokens and not (control and complement_of(core) is not None):
                return "blocked"
        allowed = _wanted_clause(core, _PERMISSION) if sense is None or sense.type is None else None
        if allowed is not None:
            self._consume(allowed)  # "allows the armed forces to support police": not done
            return "blocked"
        comp = complement_of(core) if control else None
        if control in (REFUSE, FAIL) and comp is not None and _declines_comment(comp):
            return "blocked"  # "declined to comment" is no refusal (CAMEO 011)
        if (control == ASK and comp is None and found is not None
                and any(t.lower_ in ("on", "upon") for t in found.tokens)
                and not any(c.dep_ == "ccomp" for c in core.children)):
            return "blocked"  # "called them on it"
        if control and comp is not None and noun is None:
            inner, inner_neg, inner_chain, inner_tokens = self.inner(
                comp, subj if control != ASK and not passive else None)
            outer = entry.sense if sense is None or sense.type is None else sense
            composed = compose(control, outer, inner.sense if inner else None, inner_neg)
            if inner is not None and inner.noun is not None and control == ASK:
                noun = inner.noun
            chain += inner_chain
            tokens = [core] + inner_tokens if composed is not None else tokens
            if control == ASK and composed is not None:
                extra_targets += self._asked(core, comp)
                if (composed.type == "REQUEST" and comp.pos_ in _NOUNS
                        and punishment_request(inner.noun if inner else None)):
                    composed = Sense("ACCUSE", "disapprove", "111")
            sense = composed
        elif control == INTEND and noun is None and _wanted_clause(core) is not None:
            # "protesters want Gnassingbe to resign": a demand of him, not
            # his resignation
            wanted = _wanted_clause(core)
            inner, inner_neg, inner_chain, inner_tokens = self.inner(wanted)
            composed = compose(ASK, Sense("REQUEST"), inner.sense if inner else None, inner_neg)
            if inner is not None and not inner_neg and composed is not None:
                sense = composed
                tokens = [core] + inner_tokens
                chain += inner_chain
                extra_targets += self._asked(core, wanted)
                self._consume(wanted)
        elif (control in (COMMIT, INTEND) and noun is not None and sense is not None
              and sense.type is not None):
            sense = promise_or_threat(sense)  # "vowed retaliation", "pledged aid": not yet done
        elif (control == COMMIT and comp is None and found is not None and found.sense is entry.sense
              and entry.sense is not None and entry.sense.type == "AGREE" and _conditioned(core)):
            # "vows further action if provoked": a commitment that waits on the
            # other side's act, with nothing cooperative promised, is a threat
            sense = Sense("THREATEN", None, "130")
        elif entry.speech == CONSUME and sense is not None and sense.type is not None:
            for c in core.children:
                if c.dep_ == "ccomp":
                    self._consume(c)
                    cs, _ = self.subject_of(c)
                    if control == THREAT and _own_act_warned(core, c, cs):
                        # "China warned it would impose sanctions on
                        # Lithuania": threatens what it would do, to whom
                        inner, inner_neg, inner_chain, inner_tokens = self.inner(c)
                        if inner is not None and not inner_neg:
                            sense = compose(THREAT, sense, inner.sense)
                            chain += inner_chain
                            tokens = [core] + inner_tokens
                            continue
                    if cs is not None:
                        extra_targets.append(cs)
                    if sense.type == "REQUEST":
                        inner_found = self._clause_sense(c)
                        sense = replace(sense, mode=settle_mode(inner_found) or "change")
        if sense is not None and sense.type == "REQUEST" and noun is None:
            for c in core.children:
                if c.dep_ == "prep" and c.lower_ == "for":
                    p = pobj_of(c)
                    if punishment_request(p):
                        sense = Sense("ACCUSE", "disapprove", "111")
                        noun = p
        mod = self._modality(pred if core is pred else core, ctx)
        if mod.obligation or mod.advice:
            return "event" if self._obligation(pred, ctx, sense, mod) else "blocked"
        if sense is None or sense.type is None:
            return "blocked" if found is not None else "none"
        if noun is not None and _charged_with(noun):
            return "blocked"  # "started criminal proceedings … for assault": the charge's name
        if mod.future and sense.type == "ACCUSE" and _conditioned(pred):
            # "if we don't arrest suspects, the public will complain": a
            # complaint that waits on a condition is not made
            self._consume_children(core)
            return "blocked"
        sense = self._apply_modality(sense, mod)
        if sense is None:
            self._consume_children(core)
            return "blocked"
        if sense.type == "REQUEST" and sense.appeal and not self.appeals:
            return "blocked"
        if subj is not None and not passive and subj.lemma_.lower() in _CONTENT_NOUNS:
            return "blocked"  # "a request for X to halt ..., and reject ...": its content
        if (core.lemma_.lower() in _RISK_VERBS and comp is not None and subj is not None and not passive
                and subj.pos_ == "NOUN" and not actor_noun(subj) and not is_crowd(subj)
                and (noun_sense(subj) is not None or subj.lemma_.lower() in _CONTENT_NOUNS | _SITUATIONS
                     or not self.parts.refs(subj))):
            # "the ouster threatens to strain ties", "the move threatens to
            # derail the talks": a thing that risks an outcome threatens no one
            self._consume_children(core)
            return "blocked"
        agent = next((pobj_of(c) for c in core.children if c.dep_ == "agent"), None)
        if (subj is not None and not passive and subj.lemma_.lower() in _ACCIDENTS) or (
                agent is not None and agent.lemma_.lower() in _ACCIDENTS) or (
                sense.type == "ASSAULT" and core.dep_ == "advcl" and core.head.lemma_.lower() in _ACCIDENTS):
            # "a station canopy collapsed, killing 16 people", "the deadly
            # collapse, which killed 16", "the island was slammed by two
            # hurricanes": an accident or a storm harms, nobody acts
            self._consume_children(core)
            return "blocked"
        if (sense.type in _VERBAL and subj is not None and not passive and subj.dep_ == "nsubj"
                and self._mute_act(subj)):
            # "the killings raised concerns about violence": an act with no
            # agent named does not consult, accuse or agree
            self._consume_children(core)
            return "blocked"
        if sense.type == "THREATEN" and any(_nobody_threatened(c, entry.speech == CONSUME)
                                            for c in core.children if c.dep_ == "ccomp"):
            self._consume_children(core)
            return "blocked"
        if (entry.speech == REPORT and not entry.light and noun is not None
                and core.lemma_.lower() in _WITNESS_VERBS):
            # "local media reported the air strikes", "the ministry noted the
            # attack": who tells of an act is not who did it; only the noun's
            # own agent is ("reported Israeli strikes")
            subj, passive = None, False
        sources, targets = self.participants(pred, subj, passive, chain, noun, sense, ctx,
                                             extra_targets)
        if order is not None and order.leaver is not None and not is_pronoun(order.leaver):
            # "gave the diplomats in Washington 10 days to leave": who is
            # sent out is the target, not a place in their phrase
            targets = self.parts.refs(order.leaver) or targets
        # "withdrew its troops": the source's own forces are no target (in
        # a passive, "its" is not the agent's: "three of its fighters were
        # killed in southern Lebanon", where the place stands for the killer)
        own = {r.code[:3] for r in sources if r.code}
        targets = tuple(r for r in targets if not (
            r.code and r.code[:3] in own and r.text.lower().startswith(("its ", "their ")) and not passive))
        if sense.type == "RETREAT" and targets and all(r.code in own for r in targets):
            # "withdrew the Philippines from the Rome Statute": the state taken
            # out is the source's own; what it leaves is the target
            left = [p for c in core.children if c.dep_ == "prep" and c.lower_ == "from"
                    and (p := pobj_of(c)) is not None]
            targets = self._first_refs(left, sources, bare=False)
        targets = tuple(r for r in targets if not any(w in r.text.lower() for w in ("each other", "other's", "one another")))
        if len(own) >= 2 and targets and ({r.code[:3] for r in targets if r.code} <= own or all(
                "each other" in r.text.lower() or "other's" in r.text.lower() or "one another" in r.text.lower()
                for r in targets)):
            # "the two sides agreed to disengage the Azerbaijani and Armenian
            # troops", "expelled each other's diplomats": what two sides do
            # to each other has both as sources and no target (PLOVER)
            targets = ()
        if sense.type == "CONSULT" and sense.mode != "visit" or sense.mode == "meet":
            # "the government and the rebels resumed talks in Mexico City",
            # "ministers met in Geneva": the venue is no side (nor where a
            # meeting "was scheduled to take place": "in the Swiss city of
            # Geneva"); only a visit is paid to the place it goes to
            targets = tuple(r for r in targets if not self._venue(r))
        if sense.type == "MOBILIZE" and len({r.code[:3] for r in sources if r.code}) > 1:
            sense = Sense("COOPERATE", None, "062")  # joint exercises are military cooperation
        self.emit(sense, tokens or [core], sources, targets, self.sent, ctx)
        self._consume_children(core)
        return "event"

    def _names_state(self, tok: Token) -> bool:
        """Whether ``tok`` names a state ("Serbia", "Niger"), not a body of one."""
        countries = self.parts.actors.resolver.tables.countries
        return any(r.code and len(r.code) == 3 and r.code in countries for r in self.parts.refs(tok))

    def inner(self, comp: Token, subject: Token | None = None) -> tuple[Found | None, bool, list[Token], list[Token]]:
        """The complement's sense: (found, negated, predicate chain, trigger
        tokens); ``subject``: who does it, where the verb above shares its
        subject ("soldiers tried to overthrow the government": soldiers)."""
        self.seen.add(comp.i)
        if comp.pos_ in _NOUNS:
            f = noun_sense(comp)
            return f, False, [comp], list(f.tokens) if f else []
        neg = any(c.dep_ == "neg" for c in comp.children)
        entry = entry_for(comp)
        if entry is None:
            return None, neg, [comp], []
        f = verb_sense(comp, entry, subject, self.parts.is_actor)
        sub = complement_of(comp) if entry.control else None
        if sub is not None and (f is None or f.noun is None):
            f2, neg2, chain2, tokens2 = self.inner(sub, subject if entry.control != ASK else None)
            outer = entry.sense if f is None or f.sense.type is None else f.sense
            s = compose(entry.control, outer, f2.sense if f2 else None, neg2)
            if s is None:
                return None, neg, [comp] + chain2, []
            return Found(s, (comp,) + tuple(tokens2), f2.noun if f2 else None), neg, \
                [comp] + chain2, [comp] + tokens2
        if f is None or f.sense.type is None:
            return None, neg, [comp], []
        return f, neg, [comp], list(f.tokens)

    def _clause_sense(self, pred: Token) -> Sense | None:
        entry = entry_for(pred)
        if entry is None:
            return None
        f = verb_sense(pred, entry, None, self.parts.is_actor)
        return f.sense if f else None

    def _asked(self, core: Token, comp: Token) -> list[Token]:
        """Who is asked: "urged X to", "called on X to", "demanded that X"."""
        out = []
        for c in core.children:
            if c.dep_ in ("dobj", "dative"):
                out.append(c)
            if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
                p = pobj_of(c)
                if p is not None:
                    out.append(p)
        cs = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if cs is not None:
            out.append(cs)
        return out

    def _modality(self, tok: Token, ctx: _Ctx) -> Modality:
        mod = modality(tok, ctx.reported)
        t = tok
        # A conjunct without its own auxiliaries shares its head's ("will withdraw and lift").
        while (t.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
               and t.head.i != t.i):
            head = modality(t.head, ctx.reported)
            mod = replace(mod, future=mod.future or head.future,
                          hypothetical=mod.hypothetical or head.hypothetical,
                          obligation=mod.obligation or head.obligation,
                          advice=mod.advice or head.advice,
                          past=mod.past and not head.future)
            t = t.head
        return mod

    @staticmethod
    def _apply_modality(sense: Sense, mod: Modality) -> Sense | None:
        t = sense.type
        if mod.hypothetical and not mod.negated:
            return None
        if mod.negated:
            if t in _COOPERATIVE and not mod.past:
                return Sense("REJECT", settle_mode(sense))
            return None
        if mod.future:
            return promise_or_threat(sense)
        return sense

    def _obligation(self, pred: Token, ctx: _Ctx, sense: Sense | None = None,
                    mod: Modality | None = None) -> bool:
        """"X must/should ..." inside a statement: the speaker's demand or appeal."""
        mod = mod or self._modality(pred, ctx)
        if not (mod.obligation or mod.advice) or mod.negated:
            return False
        speaker = ctx.speaker or self._statement_speaker(pred.idx)
        if not speaker and not ctx.reported:
            return False
        subj, _ = self.subject_of(pred)
        if subj is None or is_pronoun(subj):
            return False
        targets = self.parts.refs(subj)
        if not targets:
            return False  # "our strategy should have ..." asks nothing of an actor
        if sense is None:
            sense = self._clause_sense(pred)
        appeal = mod.advice and not mod.obligation
        if appeal and not self.appeals:
            return False
        req = Sense("REQUEST", settle_mode(sense) or "change", None, appeal)
        self._consume_children(pred)
        self.emit(req, [pred], speaker, targets, self.sent, ctx)
        return True

    def _mute_act(self, noun: Token) -> bool:
        """Whether ``noun`` names an act or a situation ("the killings",
        "the clashes") with no agent of its own and no actor in it."""
        if noun.pos_ != "NOUN" or actor_noun(noun) or is_pronoun(noun):
            return False
        if noun_sense(noun) is None and noun.lemma_.lower() not in _SITUATIONS:
            return False
        return not self.noun_sources(noun) and not self.parts.refs(noun)

    def _consume(self, tok: Token) -> None:
        for t in tok.subtree:
            self.seen.add(t.i)

    def _consume_children(self, core: Token) -> None:
        """Complements an event covers are not coded again. A clause with a
        doer of its own inside a phrase ("downgraded relations, with Cambodia
        expelling the ambassador", "clashed with protesters hurling stones")
        is an act of its own."""
        for c in core.children:
            if c.dep_ == "prep":
                kept = {d.i for t in c.subtree if t.i != c.i and _own_act(t) for d in t.subtree}
                for t in c.subtree:
                    if t.i not in kept:
                        self.seen.add(t.i)
            elif c.dep_ in ("xcomp", "ccomp", "dobj", "attr", "oprd", "dative", "pcomp") or (
                    c.dep_ == "advcl" and c.tag_ == "VBG" and condition_mark(c) is None):
                self._consume(c)

    # -- nominal events -----------------------------------------------------

    def nominal(self, pred: Token, ctx: _Ctx, itself: bool = False) -> bool:
        """The strongest event noun among the clause's arguments (``itself``:
        the noun ``pred`` first, for a headline that is a noun phrase)."""
        queue = [c for c in pred.children if c.dep_ in _ARG_DEPS
                 and not (c.dep_ == "prep" and c.lower_ in _BACKGROUND_PREPS)]
        if itself:
            queue.insert(0, pred)
        hit: Found | None = None
        steps = 0
        while queue and steps < 60:
            t = queue.pop(0)
            steps += 1
            if (t.i in self.seen and t.i != pred.i) or t.i in self.used:
                continue
            if t.pos_ in _NOUNS and (is_strong_noun(t) or self._argued(t)):
                f = noun_sense(t)
                if f is not None and f.sense.type is not None:
                    hit = f
                    break
            if _moot(t):
                continue  # "there is no justification for the killing of civilians": no act told
            queue.extend(c for c in t.children if c.dep_ in _NOUN_WALK
                         and not (c.dep_ == "prep" and c.lower_ in _BACKGROUND_PREPS)
                         and not _own_clause(c))
        if hit is None:
            return False
        noun = hit.noun
        sense = hit.sense
        definite = noun is not None and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children) \
            and not any(c.dep_ == "poss" for c in noun.children)
        if definite and (not self._argued(noun) or self._told_before(noun, sense)):
            # "the attacks", "that request": an event named again, not
            # reported; "the arrest of Sonko" names its own sides and reports
            # one, unless the story told an act of its type between them
            return False
        if sense.type == "REQUEST" and sense.appeal and not self.appeals:
            return False
        if sense.type == "REQUEST" and noun is not None and _answered(noun):
            return False  # "did not respond to requests for details": someone else asked
        if noun is not None and _charged_with(noun):
            return False  # "criminal proceedings … for assault": the charge's name, no act told
        if noun is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return False
        if noun is not None and _kind_of_act(noun):
            return False  # "freedoms, including demonstration and protest": a kind of act, none told
        if noun is not None and noun.dep_ == "nsubj" and noun.head.i == pred.i and _generic_claim(pred) \
                and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
            # "spontaneous demonstrations are illegal there", "protest is
            # okay", "expulsions of diplomats have become common": how things
            # are, no act told
            return False
        if sense.type not in ("REQUEST",) and pred.pos_ in ("VERB", "AUX"):
            # the clause's modality holds for its event noun too: "they would
            # persist with their attacks" is a threat, "could face sanctions" nothing
            mod = self._modality(pred, ctx)
            if mod.negated:
                return False  # "are not in talks": no act, and no refusal either
            if not (mod.obligation or mod.advice):
                sense = self._apply_modality(sense, mod)
                if sense is None:
                    return False
        sources = self.noun_sources(noun)
        caused = obj_of(pred) if pred.lemma_.lower() in _CAUSING else None
        if caused is not None and sense.type == "PROTEST" and noun in list(caused.subtree):
            # "the announcement ignited weeks of protests": what caused the
            # protests is not who protested; it is what they were against
            subj, passive = self.subject_of(pred)
            cause = () if subj is None or passive else (
                self.noun_sources(subj) if noun_sense(subj) is not None or subj.pos_ == "NOUN" else ())
            if not cause and subj is not None and not passive and subj.pos_ == "PROPN":
                cause = self.parts.refs(subj)
            self.emit(sense, list(hit.tokens), sources, self.noun_targets(noun, sense, sources) or cause,
                      self.sent, ctx)
            self._consume(noun)
            return True
        if _received(noun):
            # "Kenyan troops were the target of a rocket attack": the
            # subject suffers the act; only the noun's own agent does it
            subj, passive = self.subject_of(pred)
            targets = self.resolve_subject(subj, ctx) if subj is not None and not passive else ()
            if not targets and not _held_under(noun):
                # ("he was under house arrest in Amman": the one held, or no
                # one the tables know; never the town)
                targets = self.noun_targets(noun, sense, sources)
            self.emit(sense, list(hit.tokens), sources, targets, self.sent, ctx)
            self._consume(noun)
            return True
        # ("angry over the arrest of protesters": what angers them is no act
        # of theirs; only the noun's own agent did it)
        felt = pred.pos_ == "ADJ" and noun.dep_ == "pobj" and noun.head.head.i == pred.i
        # ("Jordan has seen outpourings of anger": where it happened, not who)
        witnessed = pred.lemma_.lower() in _WITNESSING | _DESCRIBING and pred.pos_ == "VERB"
        # ("campaigned against the strike": who is against an act is not its agent)
        opposed = noun.dep_ == "pobj" and noun.head.lower_ == "against" and noun.head.head.i == pred.i
        if not sources and not felt and not witnessed and not opposed and not _scene_of(noun):
            subj, passive = self.subject_of(pred)
            if subj is not None and subj is not noun and not passive and noun not in list(subj.subtree):
                sources = self.resolve_subject(subj, ctx)
            elif not definite and (subj is None or is_pronoun(subj) or not self.parts.refs(subj)) and not (
                    subj is not None and subj.i == noun.i and pred.lemma_ != "be") and not any(
                    c.dep_ == "expl" for c in pred.children) and not (
                    # ("the mention of sanctions … was new": an act inside its
                    # verb's subject phrase is no act of the last sentence's actor)
                    subj is not None and subj.i != noun.i and subj.left_edge.i <= noun.i <= subj.right_edge.i):
                # ("there were also attacks on journalists": the story names
                # no attacker; not the last sentence's actor)
                # "Among them is a request ...": the last actor; an act that
                # is its own verb's subject ("peace negotiations with the
                # group began in 2017") names no side of the last sentence
                sources = self.last_subject
        if sense.type == "REQUEST" and sense.mode is None:
            inner = next((c for c in noun.children if c.dep_ in ("acl", "advcl", "relcl", "xcomp")
                          and c.pos_ == "VERB"), None)
            if inner is not None:
                sense = replace(sense, mode=settle_mode(self._clause_sense(inner)) or "change")
        targets = self.noun_targets(noun, sense, sources)
        if not sources and sense.type == "PROTEST" and noun.pos_ == "NOUN" and not ctx.reported \
                and self.sent.start_char >= self.article.body_start:
            # "violent protests erupted in Kocani": a protest nobody is named
            # for is its people's, civilians of where it happens (a headline's
            # bare "Protests" stays a topic)
            sources = (self._protesters(noun),)
        self.emit(sense, list(hit.tokens), sources, targets, self.sent, ctx)
        self._consume(noun)  # what the noun says ("a request for X to halt") is its content
        return True

    def _protesters(self, noun: Token) -> ActorRef:
        """The people of a protest told by its noun alone, as civilians of
        the state where it happens, else of the story's (placed at emit):
        implied, so named by no words of the text."""
        state = self._place_state([noun, noun.head])
        return ActorRef(text="", code=(state or "") + "CVL", spans=(), name="protesters")

    def _argued(self, noun: Token) -> bool:
        """Whether an event noun that alone may name a mere topic ("clashes",
        "arrest", "expulsion", "strikes") reports an act: it names its own
        sides, an agent ("clashes between police and protesters", "Israeli
        strikes", "the arrest of X by police") or, for an act done to
        someone, its patient ("the arrest of X", "the expulsion of three US
        officials", "strikes on Iran"), and that side is a known actor."""
        found = noun_sense(noun)
        if found is not None and found.sense.type == "CONSULT" and found.noun is noun and self._held_meeting(noun):
            return True
        if found is None or found.sense.type not in _ARGUED_TYPES or found.noun is not noun:
            # "promoted cooperation between X and Y", "a meeting between X
            # and Y is planned": a cooperative noun under a verb that is no
            # trigger is as often a wish or a plan as an act
            return False
        if noun.pos_ != "NOUN" or noun.ent_type_ or (actor_noun(noun) and len(found.tokens) == 1):
            # a word of a name ("the UN Support Mission") or an actor itself
            # ("Zimbabwe opposition") is no act (but "Israel's bombing
            # campaign" is: the act names the campaign)
            return False
        if _held_under(noun):
            return True  # "he was under house arrest": the subject is held
        if any(agent_participle(c) and entry_for(c) is not None for c in noun.children):
            return False  # "drills held by Russia around Japan": the participle's own clause
        if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
            # "the Manchester bombing", "the Geneva negotiations": a definite
            # noun with a name before it names a known event; only an agent
            # phrase of its own makes it a report
            if self._agent_phrase(noun):
                return True
        elif self.noun_sources(noun, between=True):
            return True
        preps = _PATIENT_PREPS.get(found.sense.type, ())
        if _noun_entry(noun).place_side:
            preps += ("in",)  # "a coup in Gabon": the state whose power is taken
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                p = pobj_of(c)
                if p is not None and p.pos_ in _NOUNS and self.parts.refs(p):
                    return True
        return False

    def _held_meeting(self, noun: Token) -> bool:
        """"Crown Prince Mohammed bin Salman's meeting with President Biden
        last month": a meeting noun whose possessor and "with" phrase both
        name known actors, and no word makes it a plan, tells one held."""
        if noun.tag_ != "NN" or any(c.lower_ in _PLANNED for c in noun.children):
            return False
        owner = next((c for c in noun.children if c.dep_ == "poss" and not is_pronoun(c)), None)
        other = next((pobj_of(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        return owner is not None and other is not None and bool(self.parts.refs(owner)) \
            and bool(self.parts.refs(other))

    def _agent_phrase(self, noun: Token) -> bool:
        """Whether an event noun names its agent in a phrase of its own: a
        possessor, "by X", "carried out by X" or "between X and Y"."""
        for c in noun.children:
            if c.dep_ == "poss" and not is_pronoun(c) and c.ent_type_ not in ("DATE", "TIME") \
                    and self.parts.refs(c):
                return True
            if c.dep_ == "prep" and c.lower_ in ("by", "between"):
                p = pobj_of(c)
                if p is not None and self.parts.refs(p):
                    return True
            if agent_participle(c) and any(self.parts.refs(p) for p in agent_objects(c)):
                return True
        return False

    def _told_before(self, noun: Token, sense: Sense) -> bool:
        """Whether an act of ``noun``'s type between any of the sides it names
        was coded earlier in the article ("It marked the first fatal attack
        by the Houthis" after the attack was told)."""
        sides = {r.code[:3] for r in self.noun_sources(noun) + self.noun_targets(noun, sense, ()) if r.code}
        return any((e.type, e.mode) == (sense.type, sense.mode)
                   and sides & {r.code[:3] for r in e.sources + e.targets if r.code}
                   for e in self.events)

    def _participle(self, pred: Token, ctx: _Ctx) -> bool:
        """A clause without an event of its own may carry one in a participle
        on its arguments: "a ceasefire proposal accepted by Hamas", "drills
        held by China around Taiwan ended": coded as the passive it is."""
        for t in _below([c for c in pred.children if c.dep_ in _ARG_DEPS], tuple(_NOUN_WALK)):
            for c in t.children:
                if agent_participle(c) and c.i not in self.seen and entry_for(c) is not None:
                    if self.visit(c, ctx):
                        return True
        return False

    def _location(self, preds: list[Token]) -> tuple[ActorRef, ...]:
        """The state where an agentless act happened ("killed by a bomb in
        Beirut"): PLOVER's gold records code an unknown perpetrator by place.
        Not a place inside what the act is about ("summoned over allegations
        about a strike in Ukraine" did not happen in Ukraine)."""
        for t in _below(preds, ("agent", "pobj", "prep")):
            if _under_topic(t, preds):
                continue
            for c in t.children:
                if c.dep_ in ("prep", "advmod") and c.lower_ in ("in", "outside", "near", "at", "inside"):
                    p = pobj_of(c)
                    if p is None:  # "outside of X"
                        p = next((pobj_of(g) for g in c.children if g.dep_ == "prep"), None)
                    if p is not None and not (c.lower_ == "at" and actor_noun(p)):
                        # ("thrown at police": whom it was aimed at, no place)
                        refs = self.parts.refs(p)
                        # where it happened, never where people are held ("died in police custody")
                        code = refs[0].code if refs else None
                        if code and code[:3] not in ("IGO", "NGO") and p.lemma_.lower() not in _HELD_IN:
                            return refs[:1]
        return ()

    def _place_state(self, preds: list[Token]) -> str | None:
        """The state of the named place where an act happened ("in Hong
        Kong", "streets in Caracas"), under the predicate or its object;
        None when there is none or several."""
        found: set[str] = set()
        for t in _below(preds, ("dobj", "pobj", "prep")):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside", "across", "throughout"):
                    where = pobj_of(c)
                    if where is not None and on_behalf(where):
                        continue  # "in support of Hamas" is no place
                    p = _named_place(where)
                    if p is not None:
                        code = self.parts.resolve_text(_ent_text(p))
                        if code is not None and code.country:
                            found.add(code.country)
        return found.pop() if len(found) == 1 else None

    def noun_sources(self, noun: Token, between: bool = True) -> tuple[ActorRef, ...]:
        """An event noun's own agent: "the US's refusal", "Israeli raids", "attack by X"."""
        if (body := self._from_agent(noun)) is not None:
            return body  # "Mali's suspension from ECOWAS": ECOWAS suspends
        for c in noun.children:
            if c.dep_ == "poss" and not is_pronoun(c) and not _owner_suffers(noun):
                refs = self.parts.refs(c)
                if refs:
                    return refs
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                p = pobj_of(c)
                if p is not None:
                    refs = self.parts.refs(p)
                    if refs:
                        return refs
            if agent_participle(c):
                # "air strikes carried out by Israel", "sanctions imposed by the EU"
                for p in agent_objects(c):
                    refs = self.parts.refs(p)
                    if refs:
                        return refs
        seizure = _noun_entry(noun).place_side
        if (joined := self._state_and_sector(noun)) is not None:
            return joined
        for c in noun.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and not sided(c) and (
                    c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"
                    # "a military takeover": the army is who takes power
                    or (seizure and c.lemma_.lower() in ("military", "army"))):
                refs = self.parts.refs(c)
                if refs and seizure and self.parts.sector_only(refs[0].code):
                    # "the military takeover in Niger": the army of the state taken
                    state = next((r.code[:3] for r in self._place_refs(noun)
                                  if r.code and not self.parts.sector_only(r.code[:3])
                                  and r.code[:3] not in ("IGO", "NGO")), None)
                    if state is not None:
                        refs = (replace(refs[0], code=state + refs[0].code),) + refs[1:]
                if refs:
                    return refs
        sides = list(noun.children)
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and obj_of(noun.head) is None:
            # "clashes broke out between police and protesters": the parser
            # hangs the sides of a happening on its verb
            sides += [c for c in noun.head.children if c.i > noun.i]
        for c in sides if between else ():
            if c.dep_ == "prep" and c.lower_ == "between":
                p = pobj_of(c)
                if p is not None:
                    refs = self.parts.refs(p)
                    if refs:
                        return refs
        if between and (found := noun_sense(noun)) is not None and found.sense.type == "CONSULT":
            # "talks (continued) to settle the conflict between the two
            # nations": the sides of what the talks are to settle
            purposes = [c for c in noun.children if c.dep_ == "acl"]
            if noun.dep_ == "nsubj":
                purposes += [c for c in noun.head.children if c.dep_ == "xcomp"]
            for v in purposes:
                o = obj_of(v)
                for c in (o.children if o is not None else ()):
                    p = pobj_of(c) if c.dep_ == "prep" and c.lower_ == "between" else None
                    refs = self.parts.refs(p) if p is not None else ()
                    if refs:
                        return refs
        # "Washington's decision on new sanctions", "the EU's plan for
        # sanctions": the owner of the decision the event noun hangs from
        holder = noun
        for _ in range(2):
            if holder.dep_ != "pobj" or holder.head.dep_ != "prep" or holder.head.head.pos_ not in _NOUNS:
                break
            holder = holder.head.head
            for c in holder.children:
                if c.dep_ == "poss" and not is_pronoun(c):
                    refs = self.parts.refs(c)
                    if refs:
                        return refs
        return ()

    def _document_owner(self, doc_noun: Token) -> Token | None:
        """Who issued a statement, letter or report: its possessor ("Tehran's
        statements"), "by X" or "from X", or a nationality before it ("an
        Iranian statement"); None where the noun names none."""
        for c in doc_noun.children:
            if c.dep_ == "poss" and not is_pronoun(c) and self.parts.is_actor(c):
                return c
        for c in doc_noun.children:
            agent = self._named_agent(c, ("by", "from"))
            if agent is not None:
                return agent
        return self._named_modifier(doc_noun)

    def _expelling_body(self, pred: Token) -> tuple[ActorRef, ...]:
        """"Mali was suspended from the African Union", "a diplomat was
        expelled from Russia": with no agent named, the body or state one is
        put out of puts one out."""
        for c in pred.children:
            if c.dep_ == "prep" and c.lower_ == "from" and (p := pobj_of(c)) is not None:
                refs = self.parts.refs(p)
                if refs and refs[0].code and not self.parts.sector_only(refs[0].code):
                    return refs[:1]
        return ()

    def _state_and_sector(self, noun: Token) -> tuple[ActorRef, ...] | None:
        """"A Myanmar military airstrike", "Israeli army raids": a state's
        name and a bare sector word before an event noun are one actor, the
        state's force, not the state alone."""
        state: ActorRef | None = None
        sector: ActorRef | None = None
        for c in noun.children:
            if c.dep_ not in ("amod", "compound", "nmod") or c.i > noun.i:
                continue
            refs = self.parts.refs(c)
            code = refs[0].code if refs else None
            if not code:
                continue
            if len(code) > 3 and code[:3] not in ("IGO", "NGO") and (state is None or state.code == code[:3]) \
                    and c.lower_ in _FORCE_WORDS:
                return refs[:1]  # "Israeli army raids": the army, already placed
            if self.parts.sector_only(code):
                sector = sector or refs[0]
            elif len(code) == 3 and code not in ("IGO", "NGO") and (
                    c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN"):
                state = state or refs[0]
        if state is None or sector is None or state.code is None or sector.code is None:
            return None
        text = sector.text
        if state.spans and sector.spans:  # "Myanmar military": both words, as written
            a = min(state.spans[0][0], sector.spans[0][0])
            b = max(state.spans[0][1], sector.spans[0][1])
            text = self.article.text[a:b]
        return (replace(sector, text=text, code=state.code + sector.code,
                        spans=tuple(sorted(state.spans + sector.spans))),)

    def _place_refs(self, noun: Token) -> tuple[ActorRef, ...]:
        """The actors of a noun's "in X" phrase ("a coup in Gabon")."""
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "in" and (p := pobj_of(c)) is not None:
                return self.parts.refs(p)
        return ()

    def _from_agent(self, noun: Token) -> tuple[ActorRef, ...] | None:
        """For a noun whose table row says ``from_agent``: the known body
        after "from" where a possessor names the one it is done to and no
        "of" phrase does ("Mali's suspension from ECOWAS"; not "Russia's
        expulsion of diplomats from Moscow", where the possessor acts)."""
        if not _noun_entry(noun).from_agent or not any(
                c.dep_ == "poss" and not is_pronoun(c) for c in noun.children):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return None
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                p = pobj_of(c)
                refs = self.parts.refs(p) if p is not None else ()
                if refs:
                    return refs
        return None

    def noun_targets(self, noun: Token, sense: Sense,
                     sources: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        opposed = self._first_refs(_opposed(noun), sources)
        if opposed:
            return opposed  # "anti-government protests in Bangkok": the government, not the town
        cands: list[Token] = []
        if self._from_agent(noun) is not None:
            # "Mali's suspension from ECOWAS": the possessor is the one suspended
            cands += [c for c in noun.children if c.dep_ == "poss" and not is_pronoun(c)]
        elif _owner_suffers(noun) and _noun_entry(noun).sense.type == sense.type:
            # "the senator's arrest", "his detention" (but "demanded the senator's
            # release" asks his captors, not him)
            cands += [c for c in noun.children if c.dep_ == "poss"]
        order = _TARGET_PREPS.get(sense.type or "", ())
        if sense.mode in _TAKING_MODES:
            # "the arrest of X at his home": where, not whom (see _where_held)
            order = tuple(p for p in order if p not in _HELD_PREPS)
        if "of" in _PATIENT_PREPS.get(sense.type or "", ()) and "of" not in order:
            order += ("of",)  # "the arrest of X", "the killing of X": X suffers the act
        preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
        if noun.dep_ == "nsubj" and _happening(noun.head):
            # "protests erupted across Nepal against the ban": the parser
            # hangs the act's own phrases on the verb that says it happened
            for c in noun.head.children:
                if c.dep_ == "prep" and c.lower_ != "in":
                    preps.setdefault(c.lower_, c)
        for p in order:
            if p in preps and p != "in":
                o = pobj_of(preps[p])
                if o is not None:
                    cands.append(o)
        for c in noun.children:
            if c.dep_ in ("acl", "relcl", "advcl") and c.pos_ == "VERB" and c.lower_ not in _BACKGROUND_PREPS:
                # "a request for NATO to halt ...": who is asked ("exercises
                # following the inauguration of X": when, not against whom)
                cs = next((g for g in c.children if g.dep_ == "nsubj"), None)
                if cs is not None and sense.type == "REQUEST":
                    cands.insert(0, cs)
                if c.tag_ == "VBN" and c.dep_ == "acl":
                    # "a warning directed at Kickl", "criticism aimed at the
                    # judges": whom the act is pointed at ("a curfew called
                    # by the government": who made it, not who suffers it)
                    if c.lemma_.lower() in _POINTING_VERBS:
                        cands += [p for g in c.children if g.dep_ == "prep" and g.lower_ in ("at", "against", "to")
                                  and (p := pobj_of(g)) is not None]
                    continue
                o = obj_of(c)
                if o is not None:
                    cands.append(o)
                if sense.type == "PROTEST" and c.lemma_.lower() in CROWD_CRIES:
                    # "protests calling for President Barrow to step down",
                    # "demanding the resignation of the president": whom the cry is at
                    cands += [p for g in c.children if g.dep_ == "prep" and g.lower_ in ("for", "on")
                              and (p := pobj_of(g)) is not None]
                    cands += [p for g in (o.children if o is not None else ()) if g.dep_ == "prep"
                              and g.lower_ == "of" and (p := pobj_of(g)) is not None]
                for g in c.children:
                    if g.dep_ == "xcomp":
                        o = obj_of(g)
                        if o is not None:
                            cands.append(o)
        if "in" in preps and "in" in order:
            o = pobj_of(preps["in"])
            if o is not None:
                cands.append(o)
        cands = [self._act_agent(c) or c for c in cands]
        if sense.type == "REQUEST" and noun.dep_ == "dobj":
            # "reiterated its demand that Israel ease …": the parser hangs the
            # demand's that-clause on the verb; its subject is who is asked
            for c in noun.head.children:
                if c.dep_ == "ccomp" and c.i > noun.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                    cs = next((g for g in c.children if g.dep_ == "nsubj"), None)
                    if cs is not None:
                        cands.append(cs)
        return self._first_refs(cands, sources)

    # -- participants -------------------------------------------------------

    def subject_of(self, pred: Token) -> tuple[Token | None, bool]:
        """The subject of ``pred`` (climbing through xcomp, conj, adjectives),
        and whether the clause is passive."""
        t = pred
        if headline_passive(pred) or control_passive(pred):
            # "Envoy expelled": the envoy was expelled; "Minister urged to quit"
            return headline_patient(pred), True
        if pred.i in self.doc_subject:
            return self.subject_of(self.doc_subject[pred.i])
        if pred.i in self.forced_subject:
            return self.forced_subject[pred.i], False
        if agent_participle(pred):
            return pred.head, True  # "a proposal accepted by Hamas"
        if _forced_by(pred, pred.head):
            # "(they) were made to disperse by security forces": the forcing
            # verb's subject, acted upon
            return self.subject_of(pred.head)[0], True
        own_aux = any(c.dep_ in ("aux", "auxpass") for c in pred.children)
        absolute = with_subject(pred)
        if absolute is not None:
            return absolute, False
        stolen = stolen_subject(pred)
        if stolen is not None:
            return stolen, False
        if (pred.dep_ == "conj" and pred.pos_ == "VERB" and pred.head.pos_ == "ADJ"
                and pred.head.dep_ == "ccomp" and pred.head.head.pos_ == "VERB"):
            # "declared the rally illegal and accused X of …": the parser hung
            # the second verb on the small clause; it is the declarer's
            return self.subject_of(pred.head.head)
        for _ in range(6):
            for c in _subject_first(t):
                if c.dep_ == "nsubjpass":
                    # A coordinated verb shares the passive only when it is a bare participle.
                    passive = t.i == pred.i or (pred.tag_ == "VBN" and not own_aux) or _forced_by(pred, t) \
                        or _participle_read_as_past(pred, own_aux)
                    if c.lower_ in RELATIVE and t.dep_ == "relcl":
                        # "journalist X, who was arrested on Sunday": the one
                        # the clause is on is the one it was done to
                        return t.head, passive
                    return c, passive
                if c.dep_ in ("nsubj", "csubj") and not is_dateline(c):
                    named = named_in_fronted_participle(c)
                    if named is not None:
                        return named, False
                    if c.lower_ in RELATIVE and t.dep_ == "relcl":
                        # "between officers and protesters, who blocked a
                        # road": the parser hangs the clause on the first
                        # conjunct; it speaks of the nearest
                        near = [k for k in t.head.conjuncts if t.head.i < k.i < t.i]
                        return (near[-1] if near else t.head), False
                    # "had marched but had been blocked": a conjunct with its own passive
                    # auxiliary ("a child had been “accidentally shot”": the parser may
                    # call the subject of a passive with its auxiliary a plain subject)
                    return c, (t.i == pred.i and _bare_participle(pred)) or (
                        any(a.dep_ == "auxpass" for a in pred.children) and pred.tag_ == "VBN")
            if t.dep_ == "xcomp" and t.head.i != t.i:
                controller = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i
                                   and c.pos_ in _NOUNS | {"PRON"}), None)
                if controller is not None:
                    # "prompting the embassy to call for restraint", "forced
                    # the rebels to withdraw": the object does the inner act
                    return controller, False
            if t.dep_ == "conj" and pred.tag_ == "VBD" and not own_aux \
                    and any(a.dep_ == "auxpass" for a in t.head.children):
                # "were stopped at a roadblock, where "the police opened the
                # doors, assaulted those inside and arrested them"": an active
                # verb the parser joined to a passive one past a clause with
                # its own subject is that clause's
                between = [c for c in t.doc[t.head.i + 1:pred.i] if c.dep_ == "nsubj"
                           and c.head.dep_ in ("relcl", "advcl", "ccomp") and t.head.i < c.head.i < pred.i]
                if between:
                    return between[-1], False
            if t.dep_ in ("acomp", "xcomp", "conj", "advcl", "pcomp") and t.head.i != t.i:
                t = t.head
                if t.dep_ == "prep":
                    t = t.head
                continue
            if t.dep_ in ("relcl", "acl") and t.head.i != t.i:
                # "33 people killed", "the officials expelled": a bare past
                # participle on its noun is a reduced passive; the noun suffers
                reduced = t.i == pred.i and t.dep_ == "acl" and t.tag_ == "VBN" and not own_aux
                return t.head, reduced
            break
        return _lost_subject(t), False

    def resolve_subject(self, subj: Token, ctx: _Ctx) -> tuple[ActorRef, ...]:
        if is_pronoun(subj) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
            # (but "some of them" are some of whom "them" refers to)
            return self._antecedent(subj, ctx)
        own = self._speakers_own(subj, ctx)
        if own:
            return own
        if (subj.pos_ == "NOUN" and noun_sense(subj) is not None) or (
                subj.tag_ == "VBG" and current_lexicon().nouns.get(subj.lower_) is not None):
            # "Turkey's air strikes on positions in Iraq killed ...": the act's
            # own agent, not a place named inside the phrase ("Fighting
            # between the army and rebels has killed": a gerund's sides)
            own = self.noun_sources(subj)
            if own:
                return own
        refs = self.parts.refs(subj)
        if refs:
            return refs
        # "An attack by X killed ...": the agent inside an event-noun subject.
        if noun_sense(subj) is not None:
            return self.noun_sources(subj)
        return ()

    def _antecedent(self, pron: Token, ctx: _Ctx) -> tuple[ActorRef, ...]:
        speaker = ctx.speaker or self._statement_speaker(pron.idx)
        refs = self.parts.pronoun_refs(pron)
        quoted = self.parts.in_quote(pron.idx)
        if speaker and (pron.lower_ in FIRST_PERSON or not refs and not quoted):
            return speaker  # "we" in a quotation is its speaker's side
        if refs:
            return refs
        if not quoted and pron.lower_ in ("he", "she") and self._uncoded_person(pron):
            return ()  # "Iohannis …, but he resigned": someone the story never placed, no one else
        # (quoted: "They attacked our members," the party's spokesman said --
        # a third person in someone's own words is never the one speaking;
        # the sentence's or the story's last subject is read instead)
        sent = self.sent
        # ("police clashed with supporters as they protested": no one protests against themselves)
        protest = pron.dep_ == "nsubj" and pron.head.lemma_.lower() in PROTEST_VERBS
        for t in reversed(sent[: pron.i - sent.start]):
            if t.dep_ in ("nsubj", "nsubjpass") and not is_pronoun(t) and t.pos_ in _NOUNS:
                if protest and t.lemma_.lower() in SECURITY_NOUNS:
                    return ()
                refs = self.parts.refs(t)
                if refs:
                    return refs
        return () if protest else self.last_subject

    def _uncoded_person(self, pron: Token) -> bool:
        """Whether the entity layer joins ``pron`` to a person it has no code for."""
        entities = self.parts.entities
        if entities is None or not entities.has_antecedent(pron):
            return False
        ident = entities.identity_at(pron)
        return ident is not None and ident.kind == "person" and ident.code is None

    def subject_refs(self, pred: Token, ctx: _Ctx) -> tuple[ActorRef, ...]:
        subj, passive = self.subject_of(pred)
        if subj is None or passive:
            return ()
        return self.resolve_subject(subj, ctx)

    def participants(self, pred: Token, subj: Token | None, passive: bool, chain: list[Token],
                     noun: Token | None, sense: Sense, ctx: _Ctx,
                     extra: list[Token]) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
        sources: tuple[ActorRef, ...] = ()
        cands: list[Token] = []
        if passive and _forced_by(pred, pred.head) and sense.type not in ("COERCE", "ASSAULT"):
            passive = False  # "was forced to resign by the army": the minister still resigns
        if passive:
            # "was abducted and killed by militants": coordinated participles
            # share the agent the last of them names
            shared = [c for c in pred.children if c.dep_ == "conj" and c.tag_ == "VBN"]
            # "were made to disperse by security forces": the agent of the
            # passive that forced the act
            shared += [pred.head] if pred.dep_ == "xcomp" and _forced_by(pred, pred.head) else []
            for v in chain[:1] + [pred] + shared:
                for c in v.children:
                    if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and v is pred
                                             and _forced_by(pred, pred.head)):
                        p = pobj_of(c)
                        if p is not None:
                            sources = self.resolve_subject(p, ctx)
                            break
                if sources:
                    break
            if subj is not None:
                cands.append(subj)
        elif subj is not None:
            sources = self.resolve_subject(subj, ctx)
            if (sense.type in _VERBAL and subj.dep_ == "nsubj" and not is_pronoun(subj)
                    and noun_sense(subj) is not None
                    and not self.noun_sources(subj) and not self._actor_word(subj)):
                # "military drills around Taiwan ... warns": an act cannot speak;
                # the places inside its phrase are no speaker ("the
                # opposition", an act's noun too, is a side)
                sources = ()
        if not sources and noun is not None:
            sources = self.noun_sources(noun, between=subj is None)
        accepted = _accepted_resignation(chain + [pred]) if sense.mode == "resign" else None
        if accepted is not None:
            # "Parliament voted to accept his resignation", "accepted the
            # resignation of the minister": the one who resigns is whose
            # resignation it is, not who accepts it
            of = next((pobj_of(c) for c in accepted.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            return self.noun_sources(accepted) or (self.parts.refs(of) if of is not None else ()), ()
        if passive and not sources and sense.type in ("MOBILIZE", "RETREAT") and subj is not None \
                and sense.mode != "release":  # "prisoners were freed": not by themselves
            # "troops were deployed", "guerrillas have been demobilized": their own side acts
            sources = self.parts.refs(subj)
            cands = [c for c in cands if c.i != subj.i]
        if not sources and passive and sense.type == "ASSAULT":
            sources = self._firing_clause(pred, ctx)
        if not sources:
            sources = self._act_named_again(pred, subj, passive, sense)
        if not sources and passive and subj is not None:
            sources = self._patient_again(subj, sense)
        released: tuple[ActorRef, ...] = ()
        if not sources and passive and (sense.type, sense.mode) == ("RETREAT", "release"):
            # "Police detained 415 people … 385 had been released": who holds
            # people is who frees them
            sources, released = self._jailers_again()
        if not sources and passive and (sense.type, sense.mode) == ("SANCTION", "expel"):
            sources = self._expelling_body(pred)
            # (named before the teller: "expelled from Belarus, officials in Riga said")
            cands = [c for c in cands if not (sources and c.dep_ == "pobj" and c.head.lower_ == "from")]
        if not sources and passive and pred.lemma_.lower() in _OWN_DIPLOMATIC_ACTS:
            # "the foreign ministry said the charge d'affaires was summoned":
            # only a government summons or expels envoys; the one telling of
            # it, unnamed agent and all, is the one that did it
            sources = ctx.speaker or self._statement_speaker(pred.idx)
        if not sources and passive and sense.type == "COERCE" and sense.mode in _CUSTODY_MODES:
            sources = self._custodian(pred, subj, ctx)
        if not sources and passive and sense.type == "ACCUSE" and pred.lemma_.lower() in _LEGAL_CHARGES:
            # "the government said he was accused of treason": the state that
            # tells of a charge laid is the one that laid it
            teller = ctx.speaker or self._statement_speaker(pred.idx)
            if teller and all(r.code and r.code[-3:] in _CHARGING_SECTORS for r in teller):
                sources = teller
        if not sources and passive:
            sources = self._decision_agent(chain + [pred] + [c for c in pred.children if c.dep_ == "conj"], ctx)
        if not sources and passive:
            sources = self._location(chain + [pred])
        if sources and all(self.parts.sector_only(r.code) and r.code not in TRAVELLING_SECTORS for r in sources):
            # "thousands of people blocked streets in Hong Kong": people of no
            # state of their own belong to the place where they act; office
            # holders travel ("the leaders met in Astana" are not Kazakh)
            state = self._place_state(chain + [pred])
            if state is not None:
                sources = tuple(replace(r, code=state + (r.code or "")) for r in sources)
        if not sources and subj is None and ctx.speaker and pred.dep_ in ("ccomp", "xcomp"):
            sources = ctx.speaker
        cands += extra
        if sense.type == "ACCUSE":
            # "termed Morocco's decision unjustified": the small clause's subject is blamed
            cands += [g for c in pred.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"
                      for g in c.children if g.dep_ == "nsubj"]
        order = _TARGET_PREPS.get(sense.type or "", ())
        if sense.mode in _TAKING_MODES:
            order = tuple(p for p in order if p not in _HELD_PREPS)  # (where, not whom: see _where_held)
        for v in reversed(chain):
            for c in v.children:
                if c.dep_ == "dative":
                    cands.append(c)
            o = obj_of(v) if not passive or v is not chain[0] else None
            if o is not None and o.dep_ in ("dobj", "npadvmod") and sense.type != "MOBILIZE" and not (
                    sense.type == "AID" and _conveyed(o)) and not (
                    # the envoy sent is no target, also of a visit promised (AGREE/meet)
                    (sense.type == "CONSULT" or sense.mode == "meet") and v.lemma_.lower() in _SENDING
                    and _conveyed(o, _ENVOYS)):
                if noun is None or o is not noun:
                    cands.append(o)
            crowd = o is not None and o.dep_ == "dobj" and _force_on_gathering(sense, o)
            # (a protest "against" something: the parser may hang its phrase on the verb)
            # ("broke up a march on the embassy": where it was going, not whom the police acted on)
            cands += self._prep_objects(v, tuple(p for p in order if not (crowd and p in _GATHERING_AIMS)))
            if o is not None and o.dep_ == "dobj" and not crowd:
                # ("broke up a protest against Beijing's survey": what the
                # protest was against is not whom the police acted on; and
                # "condemned the attack on the mayor" charges the attackers,
                # not the mayor)
                violent = sense.type == "ACCUSE" and _violent_act(head_noun(o))
                own = tuple(p for p in order if not (violent and p in _VICTIM_PREPS))
                if violent and not passive:
                    # ("condemned the attack on the consulate by protesters":
                    # the parser may hang the attackers on the verb)
                    cands += self._prep_objects(v, ("by",))
                cands += self._prep_objects(o, own)
                if head_noun(o) is not o:
                    cands += self._prep_objects(head_noun(o), own)
                for other in o.conjuncts:  # "launched artillery and rocket fire against the camps"
                    cands += self._prep_objects(other, order)
        if noun is not None:
            targets_noun = self._people_arrested(sense, self.noun_targets(noun, sense, sources))
            if targets_noun:
                return sources, targets_noun
        if pred is not chain[0]:
            cands += self._prep_objects(pred, order)
        if sense.type == "PROTEST":
            # "rallied in Sofia": where the crowd stood, not whom it opposed
            cands = [c for c in cands if not _in_named_place(c)]
        # (enforcing "a curfew called by the government" is done to others
        # than its issuer; repulsing "an attack by the SDF", preventing "a
        # demonstration staged by students" are done to their makers)
        cands = [(None if sense.type in _MATERIAL_ACTS and _restriction(c) else self._issuer(c)) or c
                 for c in cands]
        targets = self._first_refs(cands, sources, bare=False)
        gathering = obj_of(pred)
        if not targets and gathering is not None and _force_on_gathering(sense, gathering):
            # "broke up a protest against Beijing's survey": the protesters
            # ("a protest by students"), not whom the protest was against
            issuer = self._issuer(gathering)
            targets = (self._first_refs([issuer], sources) if issuer is not None else ()) \
                or _crowd_of(gathering)
        from_slot = bool(targets)
        if not targets and sense.type in ("AID", "MOBILIZE", "SUPPORT"):
            # "dispatched troops … to shore up Touadera's government": whom
            # the purpose is to help
            # ("deployed to disperse the crowd": whom the force is sent against)
            helped = [obj_of(t) for t in pred.subtree if (t.lemma_.lower() in _HELPING or sense.type == "MOBILIZE"
                                                          and t.head.i == pred.i)
                      and t.dep_ in ("advcl", "xcomp", "acl") and any(
                          a.dep_ == "aux" and a.lower_ == "to" for a in t.children)]
            # (a crowd is as bare as the police sent at it: the story's home
            # state places both)
            targets = self._first_refs([h for h in helped if h is not None], sources,
                                       bare=sense.type == "MOBILIZE")
        if not targets and sense.type == "THREATEN":
            targets = self._condition_subject(chain + [pred], sources)
        if not targets:
            # "fired tear gas and surrounded miners near the embassy": a verb
            # with an object of its own shares nothing with the act after it
            own_object = obj_of(pred) is not None
            targets = self._deep_target(cands + [c for c in pred.children if c.dep_ in _DEEP_DEPS
                                                 and not _separate_clause(c)
                                                 and not (own_object and c.dep_ == "conj" and c.pos_ == "VERB")
                                                 # "rallied in Sofia": where the crowd stood, not whom it opposed
                                                 and not (sense.type == "PROTEST" and _in_named_place(c))
                                                 # "deployed additional troops": one's own, no target
                                                 and not (sense.type == "MOBILIZE" and c.dep_ == "dobj")],
                                        sources, material=sense.type in _MATERIAL_ACTS,
                                        custody=sense.mode in _TAKING_MODES)
            addressee = self._first_refs([c for c in pred.children if c.dep_ == "dobj"], sources) \
                if sense.type == "REQUEST" and targets else ()
            if addressee:
                # "urged citizens to use legal ports when visiting Venezuela":
                # whom a request is made of is its object, however bare
                targets = addressee
        if not targets and sense.type == "ACCUSE" and not any(c.dep_ in ("oprd", "xcomp") for c in pred.children):
            # "condemned the riots": the crowd whose gathering it was, however
            # unnamed ("called the rallies a turning point" names them)
            gathering = next((c for c in cands if c is not None and c.pos_ == "NOUN"
                              and (found := noun_sense(c)) is not None and found.sense.type == "PROTEST"), None)
            targets = _crowd_of(gathering) if gathering is not None else ()
        if sense.type == "ACCUSE" and (jailers := self._jailers_of(obj_of(pred), sources)):
            # "condemned his detention", "denounced the arrest of X": whoever
            # made the arrest the story told, never the one held
            targets = jailers
        if not targets and sense.type in ("REJECT", "AGREE", "CONCEDE"):
            # "rejected the demand" after "China demanded that …": whose it was
            targets = self._proposal_again(obj_of(pred), sources)
        if sense.type == "CONSULT" and all(self._a_place(r) for r in targets):
            # "arrived in Sanaa to meet Houthi leaders": whom the visit is to meet
            met = [o for c in pred.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _MEETING_VERBS
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for o in [obj_of(c)] + [pobj_of(g) for g in c.children if g.dep_ == "prep" and g.lower_ == "with"]
                   if o is not None]
            targets = self._first_refs(met, sources) or targets
        if sense.type in _MATERIAL_ACTS and pred.dep_ in ("acl", "pcomp") and pred.tag_ == "VBG" and all(
                self._a_place(r) for r in targets):
            # "police clashed with protesters hurling stones": the people
            # hurling act against the side the clause pits them against
            verb = next((a for a in pred.ancestors if a.pos_ == "VERB"), None)
            subj = next((g for g in verb.children if g.dep_ == "nsubj"), None) if verb is not None else None
            # (of the same state as the source, as police and protesters are)
            src = {r.code for r in sources}
            targets = tuple(r for r in (self.parts.refs(subj) if subj is not None else ()) if r.code not in src) \
                or targets
        if targets and sense.type in _VERBAL and not from_slot and self._only_where(targets, other_verb=chain + [pred]):
            # "failed to agree on a statement condemning the coup in New York":
            # where some act happened, not whom words are for or against
            # ("settlements in the Gaza Strip" stay: the place is the thing's)
            targets = ()
        if sense.type in ("COERCE", "ASSAULT") and (not targets or all(
                self._a_place(r) or self._beside(r) for r in targets)):
            # "fired tear gas in Luanda as thousands of protesters took to the
            # streets", "shot teargas to control the crowd", "fired live
            # bullets outside parliament in a bid to stop the protesters": the
            # crowd (a place, or a body only stood beside, is where)
            if sources and all((r.code or "").endswith(_CROWD_SECTORS) for r in sources):
                # "some of them started throwing rocks at police": the crowd
                # acts, on whoever its slot names, however bare
                targets = self._first_refs(cands, sources) or targets
            else:
                crowd = _crowd_controlled(pred)
                targets = (self._first_refs([crowd], sources) if crowd is not None else ()) or targets
        if targets and self._only_where(targets):
            # "threw stones back at police lines during the clashes in Lima":
            # the people in a target slot, of the state where it happened,
            # not the town itself
            people = self._first_refs(cands, sources)
            if not all(self.parts.sector_only(r.code) for r in people):
                people = ()  # "drills around Japan": the place is the target slot's own
            # (people sent to a state are not its people)
            state = targets[0].code[:3] if targets[0].code and not self._sent_to(targets[0]) else ""
            targets = tuple(replace(r, code=state + (r.code or "")) for r in people) or targets
        if not targets and sense.type in _VERBAL:
            # "condemned what it said was an expanded Thai offensive": the
            # free relative's description names whom the words are against
            described = [t for c in pred.children if c.dep_ == "ccomp" and c.i > pred.i
                         and any(w.lower_ == "what" and w.i < c.i for w in c.subtree)
                         for t in c.subtree if t.dep_ in ("attr", "oprd")]
            targets = self._deep_target(described, sources)
        targets = targets or self._first_refs(cands, sources)
        if targets and sense.type in ("PROTEST", "MOBILIZE") and all(self._stood_in(r) for r in targets):
            # "demonstrated in Banská Bystrica, a city of 75,000", "police
            # were deployed across Tirana": where, not whom
            targets = ()
        targets = self._people_arrested(sense, targets)
        if targets and all(self.parts.sector_only(r.code) for r in targets):
            # "a journalist was killed in a car bomb in Beirut": people of no
            # state of their own suffer where the act happens, as they act there;
            # an act named as the subject says where too ("airstrikes in
            # Afghanistan's Paktika province killed 46 people")
            act = [subj] if subj is not None and not passive and subj.pos_ == "NOUN" \
                and noun_sense(subj) is not None else []
            state = self._place_state(chain + [pred] + act)
            if state is not None:
                targets = tuple(replace(r, code=state + (r.code or "")) for r in targets)
        if (targets and sense.type == "COERCE" and sense.mode in _JURISDICTION_MODES
                and any(self.parts.sector_only(r.code) for r in targets)):
            targets = self._in_jailers_state(sources, targets)
        return sources, targets or released

    def _decision_agent(self, preds: list[Token], ctx: _Ctx) -> tuple[ActorRef, ...]:
        """The agent of a passive act told by the decision it was part of:
        "were freed and expelled, in a surprise move by the president", "were
        released on the orders of the army chief"."""
        for v in preds:
            for c in v.children:
                if c.dep_ != "prep" or c.lower_ not in ("in", "during", "on", "under", "after"):
                    continue
                noun = pobj_of(c)
                if noun is None:
                    continue
                if c.lower_ in ("in", "during") and _harmful_act(noun):
                    # "killed in shelling by the RSF", "wounded in Israeli strikes":
                    # the act's own agent
                    if noun.tag_ == "VBG":  # "shelling" parsed as a gerund
                        agent = next((pobj_of(g) for g in noun.children if g.dep_ in ("prep", "agent")
                                      and g.lower_ == "by"), None)
                        agents = self.resolve_subject(agent, ctx) if agent is not None else ()
                    else:
                        agents = self.noun_sources(noun)
                    if agents:
                        return agents
                if noun.lemma_.lower() not in _DECISION_NOUNS:
                    continue
                for g in noun.children:
                    if g.dep_ == "prep" and g.lower_ in ("by", "of") and (agent := pobj_of(g)) is not None \
                            and agent.pos_ in _NOUNS | {"PRON"}:
                        return self.resolve_subject(agent, ctx)
        return ()

    def _sent_to(self, ref: ActorRef) -> bool:
        """Whether ``ref`` is a place people were sent to ("expelled to Spain")."""
        root = self._ref_root(ref)
        return root is not None and is_destination(root, SENDING_VERBS)

    def _actor_word(self, tok: Token) -> bool:
        """Whether the word alone names a side ("opposition", "police"),
        by the tables (the shared resolver: the article learns nothing)."""
        code = self.parts.actors.resolver.resolve(tok.lemma_.lower(), self.parts.actors.date)
        return code is not None and bool(code.sector)

    def _ref_root(self, ref: ActorRef) -> Token | None:
        """The head word of where ``ref`` is named."""
        span = self.doc.char_span(ref.spans[0][0], ref.spans[0][1], alignment_mode="expand") if ref.spans else None
        return span.root if span is not None else None

    def _beside(self, ref: ActorRef) -> bool:
        """Whether ``ref`` is named only as where something happened beside
        it ("outside parliament", "near the embassy")."""
        root = self._ref_root(ref)
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in _BESIDE_PREPS

    def _a_place(self, ref: ActorRef) -> bool:
        """Whether ``ref`` is a named place ("the capital Luanda")."""
        root = self._ref_root(ref)
        return root is not None and root.ent_type_ in ("GPE", "LOC", "FAC")

    def _placed(self, ref: ActorRef) -> bool:
        """Whether the places stage read where ``ref`` is named as a place
        (a province the recogniser called a person)."""
        return bool(ref.spans) and any(p.span == ref.spans[0] for p in self.places or ())

    def _stood_in(self, ref: ActorRef) -> bool:
        """Whether ``ref`` is a named place below a state that a preposition
        of where ("in", "across", "throughout") governs."""
        if any(p.kind == "country" and ref.spans and p.span == ref.spans[0] for p in self.places or ()):
            return False  # "naval drills around Japan": a state is whom they are aimed at
        # (a place where something happened, not one people were sent to)
        return self._only_where((ref,)) and not self._sent_to(ref)

    def _only_where(self, refs: tuple[ActorRef, ...], other_verb: list[Token] | None = None) -> bool:
        """Whether every one of ``refs`` is a place named where something
        happened ("in Lima", "near the border town of X"); with
        ``other_verb`` (the act's own verbs), where another verb's act
        happened, not a place on a noun ("settlements in the Gaza Strip")
        nor on the act's own verb ("sought refuge in Germany")."""
        for ref in refs:
            root = self._ref_root(ref)
            while root is not None and root.dep_ == "conj" and root.head is not root:
                root = root.head  # "in the North West, Free State, Mpumalanga and ..."
            if root is None or root.dep_ != "pobj" or (
                    root.ent_type_ not in ("GPE", "LOC", "FAC") and not self._placed(ref)):
                return False
            # where it happened, or where people were sent ("expels 222 dissidents to the US")
            if root.head.lower_ not in _WHERE_PREPS and not self._sent_to(ref):
                return False
            verb = root.head.head
            if other_verb is not None and (verb.pos_ not in ("VERB", "AUX") or verb in other_verb):
                return False
        return True

    def _people_arrested(self, sense: Sense, targets: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        """``targets``, unless an arrest's are only places where it happened
        ("arrests were carried out in the North West provinces"): people
        are arrested, not places."""
        if targets and sense.type == "COERCE" and sense.mode == "arrest" and self._only_where(targets):
            return ()
        return targets

    def _in_jailers_state(self, sources: tuple[ActorRef, ...],
                          targets: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        """"Venezuela's government jailed 40 journalists and opposition
        leaders": people of no state of their own, held, banned or silenced
        by one state's own organs, are that state's (a state jails and bans
        at home). Only where every source is one state's government, police
        or court."""
        states = {r.code[:3] for r in sources if r.code and len(r.code) > 3
                  and r.code[3:6] in _STATE_ORGANS and not self.parts.sector_only(r.code[:3])
                  and r.code[:3] not in ("IGO", "NGO")}
        if len(states) != 1 or any(not r.code for r in sources):
            return targets
        state = states.pop()
        return tuple(replace(r, code=state + r.code) if self.parts.sector_only(r.code) and not self.parts.transnational(r)
                     else r for r in targets)

    def _custodian(self, pred: Token, subj: Token | None, ctx: _Ctx) -> tuple[ActorRef, ...]:
        """Who holds the people an agentless passive says were arrested:
        police named in the clause's own words ("were taken into police
        custody", "arrested and taken to the Central Police Station"), else
        police who tell of it ("90 people were arrested, police said") --
        a force reports its own arrests. Nobody is guessed where the story
        names no custodian ("were arrested, an opposition spokesman said")."""
        skip = set(t.i for t in subj.subtree) if subj is not None else set()
        roots = [pred] + [c for c in pred.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        for root in roots:
            for t in root.subtree:
                if t.i in skip or t.lemma_.lower() not in _CUSTODIANS:
                    continue
                if any(a.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "pcomp")
                       or a.dep_ == "prep" and a.lower_ in _REASON_PREPS for a in _path_up(t, root)):
                    # a clause of its own, or why they were held ("arrested
                    # for attacking police"): not who holds them
                    continue
                refs = self.parts.refs(t)
                if not refs:
                    # a word of a station's name ("Kabwata Police Station")
                    code = self.parts.resolve_text(t.lower_)
                    refs = (self.parts.placed(code.as_ref(t.text, ((t.idx, t.idx + len(t.text)),))),) \
                        if code is not None and code.code else ()
                if refs:
                    return refs[:1]
        teller = ctx.speaker or self._statement_speaker(pred.idx)
        if teller and all(r.code and r.code[-3:] in _CUSTODY_SECTORS for r in teller):
            return teller
        return ()

    def _speakers_own(self, head: Token, ctx: _Ctx) -> tuple[ActorRef, ...]:
        """"Our officers were attacked," a police spokesman said: what a
        speaker calls "our" or "my" in their own quoted words is their side,
        in their code; a sector the noun names replaces the speaker's own
        where the speaker is a state's ("our soldiers", said by a minister:
        the state's military)."""
        if head.pos_ not in _NOUNS or not any(c.dep_ == "poss" and c.lower_ in ("our", "my")
                                               for c in head.children):
            return ()
        if not self.parts.in_quote(head.idx) or head.lemma_.lower() in _RELATIONAL_NOUNS:
            return ()  # "our European allies" are someone else
        if any(t.dep_ in ("amod", "compound") and t.i < head.i and (t.ent_type_ or t.pos_ == "PROPN")
               for t in head.children):
            return ()  # "our Ukrainian partners", "our NATO friends": named as another's
        speaker = ctx.speaker or self._statement_speaker(head.idx)
        if len(speaker) != 1 or not speaker[0].code:
            return ()
        code = speaker[0].code
        own = self.parts.resolve_text(head.lower_)
        if own is not None and own.code and self.parts.sector_only(own.code) \
                and code[:3] in self.parts.actors.resolver.tables.countries and code[3:6] == "GOV":
            code = code[:3] + own.code
        toks = [t for t in head.subtree if t.i <= head.i and t.dep_ != "punct"]
        start, end = toks[0].idx, head.idx + len(head.text)
        return (ActorRef(text=self.parts.text[start:end], code=code,
                         spans=((start, end),), name=speaker[0].name),)

    def _act_named_again(self, pred: Token, subj: Token | None, passive: bool,
                         sense: Sense) -> tuple[ActorRef, ...]:
        """"Israeli strikes targeted a depot … Four civilians were wounded in
        the strikes", "the air raid hit targets", "killed in Monday's
        strikes": an act the story named before, named again by a definite
        noun with no agent of its own, is by whoever the story said did it
        (the last earlier event of its type with a source, a few sentences
        back)."""
        nouns = [subj] if subj is not None and not passive else []
        nouns += [pobj_of(c) for c in pred.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "by")]
        for noun in nouns:
            if noun is None or noun.pos_ != "NOUN" or self.noun_sources(noun):
                continue
            found = noun_sense(noun)
            # "the strikes" after air strikes: the attack words name an assault
            # whatever their own first sense ("strike" alone is a walkout)
            same = found is not None and found.sense.type == sense.type or (
                sense.type == "ASSAULT" and noun.lemma_.lower() in current_lexicon().groups.get("attack", ()))
            if not same or not _named_again(noun):
                continue
            start = self.sent.start_char
            for event in reversed(self.events):
                if event.type == sense.type and event.sources and start - _NAMED_AGAIN_CHARS <= \
                        event.sentence[0] < start:
                    return event.sources
        return ()

    def _recent_events(self) -> Iterator[Event]:
        """The events coded before this sentence, latest first, back as far
        as an act may be taken up again (``_NAMED_AGAIN_CHARS``)."""
        start = self.sent.start_char
        for event in reversed(self.events):
            if not start - _NAMED_AGAIN_CHARS <= event.sentence[0] < start:
                break
            yield event

    def _patient_again(self, subj: Token, sense: Sense) -> tuple[ActorRef, ...]:
        """"Nicaragua has expelled three American officials ... the officials
        were kicked out on Tuesday": an agentless passive act done to the
        side an earlier event of its type (and mode) did it to, a few
        sentences back, was done by that event's source. Only a definite
        patient ("the officials") points back."""
        if subj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                          for c in subj.children):
            return ()
        patient = {r.code for r in self.parts.refs(subj) if r.code}
        if not patient:
            return ()
        for event in self._recent_events():
            if event.type == sense.type and event.mode == sense.mode and event.sources \
                    and patient & {r.code for r in event.targets if r.code}:
                return event.sources
        return ()

    def _jailers_again(self) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
        """The source and targets of the last arrest told a few sentences
        back (for an agentless release), or nothing."""
        for event in self._recent_events():
            if event.type == "COERCE" and event.mode in ("arrest", "detain") and event.sources:
                return event.sources, event.targets
        return (), ()

    def _jailers_of(self, obj: Token | None, sources: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        """Who made the arrest an object names without its agent ("his
        detention", "the arrest of X"): the source of the last arrest told a
        few sentences back, where it is not the accuser's own side."""
        noun = head_noun(obj) if obj is not None else None
        found = noun_sense(noun) if noun is not None and noun.pos_ == "NOUN" else None
        if found is None or found.sense.mode not in _CUSTODY_MODES:
            return ()
        if any(c.dep_ == "prep" and c.lower_ == "by" or agent_participle(c) for c in noun.children) or (
                self._agent_phrase(noun) and not _owner_suffers(noun)):
            return ()  # ("the arrest of X by police", "the police's arrest of X": its own agent)
        jailers = self._jailers_again()[0]
        own = {r.code for r in sources if r.code}
        return jailers if jailers and not own & {r.code for r in jailers if r.code} else ()

    def _proposal_again(self, obj: Token | None, sources: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        """Who made "the demand" (request, call, offer …) an act answers,
        where the object names no owner: the source of the last such act
        told a few sentences back, if it is not the answerer."""
        if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _PROPOSALS or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children) or any(
                c.dep_ in ("poss", "prep", "acl", "relcl", "compound", "amod") for c in obj.children):
            return ()
        wanted = "REQUEST" if obj.lemma_.lower() in _DEMANDS else "AGREE"
        own = {r.code[:3] for r in sources if r.code}
        for event in self._recent_events():
            if event.type == wanted and event.sources and not own & {r.code[:3] for r in event.sources if r.code}:
                return event.sources
        return ()

    def _firing_clause(self, pred: Token, ctx: _Ctx) -> tuple[ActorRef, ...]:
        """"A student was killed when the police fired live rounds": the
        subject of an attack clause saying when an agentless passive
        assault happened is who carried it out."""
        for c in pred.children:
            if c.dep_ != "advcl" or condition_mark(c) not in ("when", "as", "after"):
                continue
            # ("set off a bomb then stormed a building": any verb of the clause)
            if not any(self._attacking(v) for v in [c] + [g for g in c.children if g.dep_ == "conj"]):
                continue
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                refs = self.resolve_subject(subj, ctx)
                if refs:
                    return refs
        return ()

    def _attacking(self, verb: Token) -> bool:
        """Whether a clause's verb attacks: an ASSAULT sense, a firing verb,
        or a weapon set off ("set off a bomb", "detonated explosives")."""
        inner = self._clause_sense(verb)
        if inner is not None and inner.type == "ASSAULT" or verb.lemma_.lower() in _FIRING_VERBS:
            return True
        obj = obj_of(verb)
        return obj is not None and obj.lemma_.lower() in current_lexicon().weapons

    def _venue(self, ref: ActorRef) -> bool:
        """Whether ``ref`` is named only as where something happens ("in
        Algiers", "at Camp David")."""
        if not ref.spans:
            return False
        start = ref.spans[0][0]
        tok = next((t for t in self.sent if t.idx == start), None)
        if tok is None:
            return False
        while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:  # "the Swiss city of Geneva"
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")

    def _condition_subject(self, preds: list[Token], sources: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        """Whom a threat is made against: the actor of its condition ("Russia
        threatened to stop the talks if the United States deploys missiles")."""
        own = {r.code[:3] for r in sources if r.code}
        for v in preds:
            for c in v.children:
                if c.dep_ == "advcl" and condition_mark(c) is not None:
                    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None and not is_pronoun(subj):
                        refs = tuple(r for r in self.parts.refs(subj) if r.code and r.code[:3] not in own)
                        if refs:
                            return refs
        return ()

    def _issuer(self, tok: Token) -> Token | None:
        """Who issued a proposal, offer or demand an event answers: "accepted
        a Gaza ceasefire proposal from Egypt and Qatar" answers Egypt and
        Qatar, not Gaza; "the proposal that Israel had made", "Israel's
        offer", "an Egyptian proposal" likewise."""
        if tok.pos_ != "NOUN":
            return None
        if tok.lemma_.lower() not in _PROPOSALS:
            return self._act_agent(tok)
        for c in tok.children:
            if c.dep_ == "poss" and not is_pronoun(c) and self.parts.is_actor(c):
                return c
        for c in tok.children:
            if c.dep_ == "relcl":
                subj = next((g for g in c.children if g.dep_ == "nsubj" and not is_pronoun(g)), None)
                if subj is not None and not self.parts.is_actor(subj):
                    # "a pact its breakaway region of Somaliland signed": the region named
                    subj = next((p for g in subj.children if g.dep_ == "prep" and g.lower_ == "of"
                                 for p in g.children if p.dep_ == "pobj" and self.parts.is_actor(p)), None)
                if subj is not None and self.parts.is_actor(subj):
                    return subj
                # (... "signed with Ethiopia": where the signer is no one the tables know, its partner)
                partner = next((a for g in c.children if (a := self._named_agent(g, ("with",))) is not None), None)
                if partner is not None:
                    return partner
            # "a proposal from Egypt", "a truce plan put forward by Egypt"
            agent = self._named_agent(c, ("from", "by"))
            if agent is not None:
                return agent
        return self._named_modifier(tok)

    def _body_by_adjective(self, noun: Token) -> tuple[ActorRef, ...]:
        """"criticised a congressional vote", "rejected the presidential
        decree": the body whose act an adjective names; none for other
        nouns ("parliamentary elections" are no one's act)."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _BODY_ACTS:
            return ()
        adj = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in _BODY_ADJECTIVES), None)
        if adj is None:
            return ()
        # (a bare sector, placed in the home state as every other is)
        code = ActorCode(None, _BODY_ADJECTIVES[adj.lower_], None, None, kind="group")
        return (code.as_ref(adj.text, ((adj.idx, adj.idx + len(adj.text)),)),)

    def _act_agent(self, tok: Token) -> Token | None:
        """"does not recognise the annexation of Crimea by the Russian
        Federation", "a ban on the protests called by Odinga": an act named
        as the object, with its own agent after "by", is answered by that
        agent, not by what the act was done to."""
        if noun_sense(tok) is None:
            return None
        return next((a for c in tok.children if (a := self._named_agent(c, ("by",))) is not None), None)

    def _named_modifier(self, noun: Token) -> Token | None:
        """An actor named as a modifier of ``noun`` ("a *Qatari* statement",
        "the *UN* proposal"), else None."""
        for c in noun.children:
            if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") and self.parts.is_actor(c):
                return c
        return None

    def _named_agent(self, c: Token, preps: tuple[str, ...]) -> Token | None:
        """The actor a noun's child ``c`` names as its agent: the object of
        one of ``preps`` ("the annexation *by* the Russian Federation"), or
        of a participle's "by" ("protests called by Odinga"), else None."""
        if c.dep_ == "prep" and c.lower_ in preps:
            p = pobj_of(c)
            return p if p is not None and self.parts.is_actor(p) else None
        if agent_participle(c):
            return next((p for p in agent_objects(c) if self.parts.is_actor(p)), None)
        return None

    def _deep_target(self, roots: list[Token], sources: tuple[ActorRef, ...],
                     material: bool = False, custody: bool = False) -> tuple[ActorRef, ...]:
        """The first actor named inside the event's object or purpose clause
        when none stands in a target slot: "protest President Assad's
        failure", "a war against Iraq", "the removal of President X".
        Breadth first, a few levels down; never the source itself. For a
        ``material`` act, never who made the thing acted with ("enforced a
        curfew called by the government": the government imposed it). For
        an arrest or a seizure (``custody``), never where the arrested were
        taken or the things seized ("detained the activists at the police
        headquarters")."""
        src_spans = {sp for r in sources for sp in r.spans}
        # the same code again is the source itself ("its own"), another
        # actor of the same state is a domestic target ("protest Assad's …")
        src_code = sources[0].code if len(sources) == 1 else None
        src_states = {r.code[:3] for r in sources if r.code}
        level = [r for r in roots if r is not None and not _aside(r) and not (custody and _where_held(r))]
        seen: set[int] = set()
        for _ in range(_DEEP_LEVELS):
            nxt: list[Token] = []
            for tok in level:
                if tok.i in seen:
                    continue
                seen.add(tok.i)
                # "we don't accept any accusations made against China", said
                # by China: the source's own side, under "against", is what
                # the act defends, not whom it is against
                against_own = tok.dep_ == "pobj" and tok.head.lower_ == "against"
                if _locative_mission(tok):
                    continue  # "protesters gathered near the French embassy": where they were
                if on_behalf(tok):
                    continue  # "chanted slogans in support of Hamas": whom it is for
                owner = next((c for c in tok.children if c.dep_ == "poss" and not is_pronoun(c)
                              and (actor_noun(c) or c.pos_ == "PROPN")), None) \
                    if tok.pos_ == "NOUN" and not actor_noun(tok) else None
                if owner is not None:
                    # "protest the government's sale of a company": whose deed
                    # it is, however bare ("the government" takes the story's
                    # state later), before what the deed is about
                    refs = tuple(r for r in self.parts.refs(owner)
                                 if r.code and not any(a <= s < b for s, _ in r.spans for a, b in src_spans)
                                 and (r.code != src_code or not src_code))
                    if refs:
                        return refs
                if tok.pos_ in _NOUNS and tok.dep_ not in ("compound", "amod"):
                    refs = tuple(r for r in self.parts.refs(tok)
                                 if r.code and not self.parts.sector_only(r.code)
                                 and not any(a <= s < b for s, _ in r.spans for a, b in src_spans)
                                 and (r.code != src_code or not src_code)
                                 and not (against_own and r.code[:3] in src_states))
                    if refs:
                        return refs
                    if _deed(tok) and _deed_slot(tok):
                        # "denounced the police action", "condemned the army
                        # crackdown": a deed is named by whose it is, and the
                        # one whose deed is condemned is the target
                        nxt.extend(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                                   and (actor_noun(c) or c.pos_ == "PROPN"))
                elif tok.dep_ == "compound" and _deed(tok.head):
                    refs = tuple(r for r in self.parts.refs(tok)
                                 if r.code and not any(a <= s < b for s, _ in r.spans for a, b in src_spans)
                                 and (r.code != src_code or not src_code))
                    if refs:
                        return refs
                nxt.extend(c for c in tok.children if c.dep_ in _DEEP_DEPS and not _topic_of_act(c)
                           and not _separate_clause(c) and not _aside(c)
                           and not (material and c.dep_ in ("prep", "agent") and c.lower_ == "by")
                           and not (custody and _where_held(c)))
            level = nxt
        return ()

    @staticmethod
    def _prep_objects(v: Token, order: tuple[str, ...]) -> list[Token]:
        preps: dict[str, Token] = {}
        # "threw stones back at police lines": a particle's phrase is the verb's
        heads = [v] + [c for c in v.children if c.dep_ == "advmod" and c.lower_ in _DIRECTION_PARTICLES]
        for c in (c for h in heads for c in h.children):
            if c.dep_ == "prep" and c.lower_ not in preps:
                preps[c.lower_] = c
            elif c.dep_ == "agent":
                preps.setdefault("by", c)
        out = []
        for p in order:
            if p in preps:
                o = pobj_of(preps[p])
                if o is not None and o.dep_ == "pcomp" and o.pos_ == "VERB":
                    # "fired tear gas at protesters marching on the palace":
                    # the parser makes the people the subject of their march
                    o = next((g for g in o.children if g.dep_ == "nsubj" and g.i < o.i), None)
                if o is not None and on_behalf(o):
                    continue  # "chanted slogans in support of Hamas": for them, not against
                if o is not None and o.pos_ in _NOUNS | {"PRON", "ADJ", "NUM"}:
                    out.append(o)
        return out

    def _first_refs(self, cands: list[Token], sources: tuple[ActorRef, ...],
                    bare: bool = True) -> tuple[ActorRef, ...]:
        """The first candidate that names an actor; one with a state or an
        organisation beats a bare sector ("23 people" CVL), which is taken
        only when nothing better is named and ``bare`` allows it."""
        src_spans = {sp for r in sources for sp in r.spans}
        # (a bare-sector source counts as placed: "Protesters … their rallies"
        # are the protesters' own, whichever of the two is in the home state yet)
        placed = [self.parts.placed(r) for r in sources if r.code]
        src_codes = {r.code[:3] for r in sources if r.code} | {r.code[:3] for r in placed}
        src_full = {r.code for r in sources if r.code} | {r.code for r in placed}

        def apart(refs: tuple[ActorRef, ...], personal: bool) -> tuple[ActorRef, ...]:
            # a person of the source's state is another side ("the government
            # said he was accused", "raided his home"); only the source itself
            # is not. Any other reference back is of the source's own side.
            return tuple(r for r in refs if r.code and (
                r.code not in src_full if personal else r.code[:3] not in src_codes))

        fallback: tuple[ActorRef, ...] = ()
        for c in cands:
            if _fronted_adjunct(c):
                continue  # "On his X account, Puigdemont accused the judges": where, not whom
            own = self._speakers_own(c, _Ctx())
            if own:
                if {r.code[:3] for r in own if r.code} <= src_codes and len(src_codes) == 1 \
                        and own[0].code in {r.code for r in sources}:
                    continue  # "we will defend our borders": the source's own
                return own
            if is_pronoun(c):
                refs = apart(self.parts.pronoun_refs(c), c.lower_ in _PERSONAL_PRONOUNS)
                if refs:
                    return refs
                continue
            if fallback and _locative_mission(c):
                continue  # "fired tear gas at protesters near the French embassy": the protesters
            refs = self.parts.refs(c) or self._body_by_adjective(c)
            if not refs and c.pos_ == "NOUN" and not actor_noun(c) and (
                    owner := next((g for g in c.children if g.dep_ == "poss"), None)) is not None \
                    and is_pronoun(owner):
                refs = apart(self.parts.pronoun_refs(owner), True)  # "raided his home": whose home it is
            refs = tuple(r for r in refs if not (set(r.spans) & src_spans))
            if refs and has_possessive_pronoun(c) and {r.code[:3] for r in refs} <= src_codes and not (
                    any(g.dep_ == "poss" and g.lower_ in ("his", "her") for g in c.children)
                    and not {r.code for r in refs} & src_full):
                continue  # "its troops", "their borders": the source's own
            if refs and all(self.parts.sector_only(r.code) for r in refs):
                fallback = fallback or refs
                continue
            if refs:
                return refs
        return fallback if bare else ()

    # -- statements ---------------------------------------------------------

    def _statement_at(self, offset: int) -> int | None:
        for s, e, k in self._contents:
            if s <= offset < e:
                return k
            if s > offset:
                break
        return None

    def _statement_speaker(self, offset: int) -> tuple[ActorRef, ...]:
        k = self._statement_at(offset)
        if k is None:
            return ()
        if k not in self._speakers:
            sp = self.statements[k].speaker
            refs: tuple[ActorRef, ...] = ()
            if sp.actor:
                refs = (ActorRef(text=sp.mention or sp.name or "", code=sp.actor,
                                 spans=tuple(sp.spans), name=sp.name),)
            else:
                for text in (sp.name, sp.mention):
                    code = self.parts.resolve_text(text) if text else None
                    if code is not None and code.code:
                        refs = (code.as_ref(sp.mention or text, tuple(sp.spans)),)
                        break
            self._speakers[k] = refs
        return self._speakers[k]

    # -- output -------------------------------------------------------------

    def _sentence_span(self, sent: Span) -> CharSpan:
        """The sentence's offsets without surrounding whitespace."""
        a, b = sent.start_char, sent.end_char
        text = self.parts.text
        while b > a and text[b - 1].isspace():
            b -= 1
        while a < b and text[a].isspace():
            a += 1
        return (a, b)

    def emit(self, sense: Sense, tokens: list[Token], sources: tuple[ActorRef, ...],
             targets: tuple[ActorRef, ...], sent: Span, ctx: _Ctx) -> None:
        if sense.type == "PROTEST" and sense.mode == "strike-lim" and sources and all(
                _armed_or_state(r.code) for r in sources):
            # "Israel carried out new strikes": a state's or an army's strikes are air strikes
            sense = Sense("ASSAULT", "heavy-weapons", "195")
        etype = sense.type
        if etype is None or etype not in QUAD:
            return
        tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
        key = (etype, tokens[0].i)
        if key in self.keys:
            return
        self.keys.add(key)
        for t in tokens:
            self.used.add(t.i)
        mode = sense.mode if is_mode(etype, sense.mode) else None
        appeal = etype == "REQUEST" and sense.appeal
        intensity = intensity_for(etype, demand=not appeal)
        cameo = cameo_for(etype, mode, sense.cameo, appeal)
        spans: list[CharSpan] = []
        for t in tokens:
            s, e = t.idx, t.idx + len(t.text)
            if spans and s - spans[-1][1] <= 1 and t.i - 1 in {u.i for u in tokens}:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        stmt = self._statement_at(tokens[0].idx)
        # chosen first, placed after: a bare sector that only the story's
        # home state places must not win over a side the sentence names
        sources = _distinct(self.parts.placed(r) for r in sources)
        targets = _distinct(self.parts.placed(r) if (etype, mode) not in _SENT_OUT else r for r in targets)
        event = Event(
            type=etype,
            mode=mode,
            sources=tuple(sources),
            targets=tuple(targets),
            sentence=self._sentence_span(sent),
            trigger=tuple(spans),
            intensity=intensity,
            quad=quad_for(etype, intensity),
            cameo=cameo,
            goldstein=goldstein_for(cameo),
            asserted_by="speaker" if stmt is not None else "article",
            statement_index=stmt,
        )
        self.events.append(event)
        if not self.features:
            return
        quoted = stmt is not None and self.statements[stmt].kind != "indirect"
        self.cands[id(event)] = Candidate(event, candidate_features(
            tokens, etype, mode, appeal, event.sources, event.targets, sent, quoted=quoted,
            reported=ctx.reported, headline=sent.start_char < self.article.body_start,
            sector_only=self.parts.sector_only), tokens[0])


_CONVEYED = ("troops", "peacekeepers", "aid", "arms", "weapons")
# what a sending verb sends on a visit: "sent a team of ministers to Bamako"
_ENVOYS = ("diplomats", "officials")
_ENVOY_WORDS = frozenset({"delegation", "mission", "team"})
_SENDING = frozenset({"send", "dispatch", "rush"})


def _conveyed(obj: Token, groups_named: tuple[str, ...] = _CONVEYED) -> bool:
    """Whether a sending verb's object is what is sent, not who receives it
    ("rushed a police and military force to Tonga", "sent peacekeepers",
    "sent a team of ministers"): the table's groups ``groups_named``."""
    groups = current_lexicon().groups
    sent = set().union(*(groups.get(g, frozenset()) for g in groups_named))
    if groups_named is _ENVOYS:
        sent |= _ENVOY_WORDS
    return any(head_noun(t).lemma_.lower() in sent or t.lemma_.lower() in sent
               for t in [obj] + list(obj.conjuncts))


def _moot(tok: Token) -> bool:
    """Whether ``tok`` denies that there is ground for what hangs on it: "no
    justification for the killing of civilians", "no reason for war" (the
    lexicon's ``moot_heads`` group). What hangs there is a topic, not an act."""
    return tok.lemma_.lower() in current_lexicon().groups.get("moot_heads", frozenset()) and any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


# Types whose verbs take an object: told in a headline with a subject and no
# object, their past form is a passive ("Opposition leader arrested").
_TRANSITIVE_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT", "ACCUSE"})


# Gatherings that stand for the people in them when force is used on them.
_GATHERINGS = frozenset("protest rally demonstration march sit-in vigil picket".split())


def _accepted_resignation(preds: list[Token]) -> Token | None:
    """The resignation noun an "accept" among ``preds`` takes as its object."""
    for v in preds:
        if v.lemma_.lower() == "accept":
            obj = obj_of(v)
            if obj is not None and obj.lemma_.lower() == "resignation":
                return obj
    return None


def _armed_or_state(code: str | None) -> bool:
    """A state acting as such, or an armed force ("ISR", "RUSMIL", "LBNREB")."""
    return bool(code) and (len(code) == 3 and code not in ("IGO", "NGO") or code[3:6] in ("MIL", "REB"))


def _force_on_gathering(sense: Sense, obj: Token) -> bool:
    """Whether a coercion or an attack is done to a gathering of people
    ("broke up a protest", "dispersed the rally")."""
    return sense.type in ("COERCE", "ASSAULT") and obj.pos_ == "NOUN" and obj.lemma_.lower() in _GATHERINGS


def _crowd_of(gathering: Token) -> tuple[ActorRef, ...]:
    """The people of a gathering a force acted on, named by the gathering
    ("broke up a brief protest outside the embassy"): civilians, unnamed."""
    return (ActorRef(text=gathering.text, code="CVL", spans=((gathering.idx, gathering.idx + len(gathering.text)),)),)


def _opposed(noun: Token) -> list[Token]:
    """Whom an act noun's "anti-X" modifier names ("anti-Yoon protests",
    "an anti-government rally"): the word after "anti-"."""
    doc = noun.doc
    return [doc[t.i + 2] for t in noun.lefts
            if t.lower_ == "anti" and t.i + 2 < noun.i and doc[t.i + 1].text in ("-", "‐")
            and doc[t.i + 2].pos_ in ("NOUN", "PROPN", "ADJ")]


def _bare_participle_headline(root: Token) -> Token | None:
    """A headline's past form with a subject (or hung on the noun that is
    one), no object and no auxiliary, whose verb acts on someone: headline
    grammar for the passive ("Envoy expelled", "Three protesters killed in
    Lima"; not "Talks collapsed", whose verb acts on no one). None if none."""
    verb = root
    if root.pos_ in _NOUNS:  # "Ambassador expelled" parsed as a noun phrase
        verb = next((c for c in root.children if c.dep_ == "acl" and c.i > root.i), None)
        if verb is None:
            return None
    if verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass", "ccomp", "xcomp", "prt", "agent") for c in kids):
        return None
    if verb.i == root.i and not any(c.dep_ == "nsubj" and c.pos_ in _NOUNS for c in kids):
        return None
    entry = entry_for(verb)
    ok = entry is not None and entry.sense is not None and entry.sense.type in _TRANSITIVE_TYPES
    return verb if ok else None


# Acts that send people out of a state: whom a state expels or deports is
# never placed in the story's home state for want of a state of their own
# ("Russia expels diplomats" are not Russia's).
_SENT_OUT = frozenset({("SANCTION", "expel"), ("COERCE", "deport")})
# Acts of a body that an adjective may name the body of ("a congressional vote") ...
_BODY_ACTS = frozenset("vote decision decree ruling verdict order move motion resolution law bill "
                       "approval refusal".split())
# ... and those adjectives, with the body's sector.
_BODY_ADJECTIVES = {"congressional": "LEG", "parliamentary": "LEG", "legislative": "LEG",
                    "presidential": "GOV", "governmental": "GOV", "judicial": "JUD"}
# Participles that point an act at someone ("a warning directed at Kickl").
_POINTING_VERBS = frozenset("direct aim target address level".split())
# Verbs that say how things are, with an adjective ("are illegal", "have become common").
_STATE_OF_THINGS = frozenset({"be", "become", "remain", "seem"})


def _generic_claim(pred: Token) -> bool:
    """Whether ``pred`` says, in the present, what its subject is like: a
    verb of being with an adjective ("are illegal", "is okay", "have become
    increasingly common")."""
    if pred.lemma_.lower() not in _STATE_OF_THINGS or not any(c.dep_ in ("acomp", "oprd") for c in pred.children):
        return False
    if pred.tag_ in ("VBP", "VBZ"):
        return True
    return pred.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in pred.children)


# Nouns of what people may do ("the right to protest", "freedom of assembly").
_LIBERTIES = frozenset({"right", "freedom", "liberty"})


def _kind_of_act(noun: Token) -> bool:
    """Whether a bare singular event noun names a kind of act, not one: in
    a list of examples ("freedoms, including demonstration and protest",
    "such as protest") or what a right or freedom is to ("the right to
    protest", "freedom of assembly")."""
    if noun.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod", "prep") for c in noun.children):
        return False
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in ("including", "like") or prep.lower_ == "as" and prep.i > 0 \
            and noun.doc[prep.i - 1].lower_ == "such":
        return True
    return prep.lower_ in ("of", "to") and prep.head.lemma_.lower() in _LIBERTIES


def _in_named_place(tok: Token) -> bool:
    """Whether ``tok`` is "in" with a named place for its object, or that
    object ("in Sofia")."""
    prep = tok.head if tok.dep_ == "pobj" else tok
    obj = pobj_of(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
    return obj is not None and obj.ent_type_ in ("GPE", "LOC")


def _fronted_adjunct(c: Token) -> bool:
    """Whether ``c`` is the object of a preposition set before its verb's
    subject ("On his X account, Puigdemont accused …", "In Sofia, police
    …"): the scene of the act, never whom it is done to."""
    prep = c.head
    verb = prep.head
    if c.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i:
        return False
    return any(s.dep_ in ("nsubj", "nsubjpass") and prep.i < s.i < verb.i for s in verb.children)


def _subject_first(verb: Token) -> list[Token]:
    """``verb``'s children, where the parser gave it two subjects and the
    first is a word set off by a comma before the second ("Asuncion, Mar 31
    (EFE).- Hundreds of protesters broke through …", a dateline it did not
    know) or before the clause's "after", "when" …: the first left out."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) == 2 and subjects[0].i + 1 < len(verb.doc) and verb.doc[subjects[0].i + 1].text == "," \
            and subjects[0].right_edge.i <= subjects[0].i + 1:
        return [c for c in verb.children if c.i != subjects[0].i]
    if len(subjects) == 2 and any(c.dep_ == "mark" and subjects[0].i < c.i < subjects[1].i for c in verb.children):
        # "…,” said activist Nabeel Rajab after the court sentenced him": the
        # first is the speaker of the verb before, which the parser lost
        return [c for c in verb.children if c.i != subjects[0].i]
    return list(verb.children)


# Modifier words that name a state's force before an event noun ("army raids").
_FORCE_WORDS = frozenset("military army navy police troops forces force militia security".split())

# What a state does to people on its own ground, and the organs that do it.
_JURISDICTION_MODES = frozenset({"arrest", "ban", "censor", "curfew", "restrict"})
# (not the military: an army also holds people abroad, "Israeli forces arrested a civilian" in Tubas)
_STATE_ORGANS = frozenset({"GOV", "COP", "JUD"})

_NO_ENTRY = NounEntry(Sense(None))


def _owner_suffers(noun: Token) -> bool:
    """Whether ``noun``'s possessor undergoes its act: its table row says
    ``owner_suffers`` and no "of" phrase names another ("the senator's arrest",
    not "the police's arrest of protesters")."""
    return _noun_entry(noun).owner_suffers and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _noun_entry(noun: Token) -> NounEntry:
    """The table row of an event noun (a blank one for other words)."""
    return current_lexicon().nouns.get(head_noun(noun).lemma_.lower(), _NO_ENTRY)


def _distinct(refs: Iterator[ActorRef]) -> tuple[ActorRef, ...]:
    """The refs in order, each code once ("GOV" placed beside "FJIGOV")."""
    out: dict[str | None, ActorRef] = {}
    for r in refs:
        out.setdefault(r.code, r)
    return tuple(out.values())


# Verbs that, in the passive with an agent, say the agent forced the act
# of their complement on the passive subject ("were made to disperse by
# police", "was forced to resign by the army").
_FORCING = frozenset("make force compel oblige".split())


# Subordinators of background clauses that tell a finished act of their own
# ("when" and "since" clauses mostly date the main act, or restate it).
_FACT_MARKS = frozenset("after as while whereas when".split())
# Words of a time phrase that set an act well before the story's own
# ("late last month", "18 years ago", "on Jul 26"): background, not news.
_EARLIER = frozenset("last ago earlier previous previously past january february march april may june july "
                     "august september october november december jan feb mar apr jun jul aug sep sept oct "
                     "nov dec".split())
# Prepositions of a violent act's victim ("the attack on X", "the killing of X").
_VICTIM_PREPS = frozenset({"on", "of", "against"})


def _violent_act(noun: Token) -> bool:
    """Whether ``noun`` names an act of force ("attack", "killing", "arrest")."""
    found = noun_sense(noun) if noun.pos_ == "NOUN" else None
    return found is not None and found.sense.type in ("ASSAULT", "COERCE", "FIGHT")


def _under_noun_or_preposition(t: Token) -> bool:
    """Whether ``t`` stands inside a clause that completes a preposition
    or a noun ("accused *of* shelling … while attacking", "the awkward
    task *of* praising … while opposing"): part of what is said or
    supposed, not an act the story tells."""
    a = t.head
    while a.head.i != a.i:
        if a.dep_ in ("pcomp", "acl"):
            return True
        a = a.head
    return False


# Prepositions of where arrested people were taken or held.
_HELD_PREPS = frozenset({"at", "in"})


def _where_held(tok: Token) -> bool:
    """An "at"/"in" phrase, or its object, saying where people were held."""
    prep = tok if tok.dep_ == "prep" else tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in _HELD_PREPS


_MODALS = frozenset("will would could can may might should must shall wo ca 'll".split())


def _fact_clause(t: Token) -> bool:
    """Whether ``t`` heads a relative clause whose subject is the relative
    pronoun on an actor noun ("X, which attacked ...", "officials who were
    arrested"), or a background clause with a subject of its own ("after
    police fired ..."), told in a past tense without a modal."""
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if t.dep_ == "relcl":
        # ("in the square, where police dispersed the crowd": a clause with a subject of its own)
        own_subject = subj.lower_ not in RELATIVE and subj.dep_ == "nsubj" \
            and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in t.children)
        head = t.head
        if not own_subject and (subj.lower_ not in RELATIVE or head.pos_ not in _NOUNS
                                or noun_sense(head) is not None):
            return False  # "a bombing that killed 21 officers": the head's own act
    elif not (((t.dep_ == "advcl" and condition_mark(t) in _FACT_MARKS) or _as_clause(t))
              and subj.dep_ == "nsubj"):
        return False  # (an agentless passive there has no side the clause names)
    a = t.head
    while a.head.i != a.i:
        if a.dep_ == "prep" and a.lower_ in _BACKGROUND_PREPS:
            return False  # "after fighting with guerrillas who overran it": background's background
        a = a.head
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _MODALS or a.lower_ == "had" for a in aux):
        return False  # a modal, or the pluperfect of an act before the story's
    for c in t.subtree:
        if (c.ent_type_ == "DATE" or c.tag_ == "NNP") and c.lower_ in _EARLIER or (
                c.ent_type_ == "DATE" and c.like_num and len(c.text) == 4):
            return False
    return t.tag_ == "VBD" or (t.tag_ == "VBN" and any(a.lemma_ in ("have", "be") for a in aux))


# Verbs (with particle) that say a happening took place: their subject is the act.
_HAPPENING = frozenset({("break", "out"), ("flare", "up"), ("erupt", ""), ("flare", ""), ("rage", "")})


def _happening(pred: Token) -> bool:
    """"Clashes broke out", "fighting erupted": a verb that only says its
    subject, an event noun, took place (the lexicon may code the verb's
    other senses, "broke the truce", and block this one)."""
    prt = next((c.lower_ for c in pred.children if c.dep_ == "prt"), "")
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    return (pred.lemma_.lower(), prt) in _HAPPENING and subj is not None and noun_sense(subj) is not None


def _forced_by(pred: Token, verb: Token) -> bool:
    """Whether ``pred`` is the infinitive of a passive forcing verb with an
    agent: the agent acts, the passive subject is acted upon."""
    # the parser hangs the "by" on either verb
    return (pred.dep_ == "xcomp" and pred.head.i == verb.i and verb.lemma_.lower() in _FORCING
            and any(c.dep_ == "auxpass" for c in verb.children)
            and (any(c.dep_ == "agent" for c in verb.children)
                 or any(c.dep_ == "prep" and c.lower_ == "by" for c in pred.children)))


# Auxiliaries of an act someone says they would or could do.
_WOULD_AUX = _FUTURE_AUX | {"could", "may", "might"}


def _own_act_warned(verb: Token, clause: Token, subj: Token | None) -> bool:
    """Whether a warning's clause tells what the warner itself would do:
    its subject a pronoun ("warned it would expel the inspectors") where
    the warning names no addressee the pronoun could be, with an auxiliary
    of what is yet to come."""
    if subj is None or subj.dep_ != "nsubj" or subj.lower_ not in ("it", "they", "he", "she", "we"):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False  # "warned Manila it would face consequences": "it" may be Manila
    return any(a.dep_ == "aux" and a.lower_ in _WOULD_AUX for a in clause.children)


def _nobody_threatened(clause: Token, warning: bool) -> bool:
    """Whether a threat verb's clause, about a thing and no actor, threatens
    no one: a risk foreseen ("warning that the escalating clashes could
    lead to wider confrontation") or, for a verb whose clause its own event
    covers (``warning``), a state of things told with nothing yet to come
    ("warned that the deterioration of security has produced a nightmarish
    situation")."""
    w = next((g for g in clause.children if g.dep_ == "nsubj"), None)
    if w is None or w.pos_ != "NOUN" or actor_noun(w):
        return False
    if warning and noun_sense(w) is None and not any(
            a.dep_ in ("aux", "auxpass") and a.lower_ in _FUTURE_AUX for a in clause.subtree):
        return True
    return ((w.lemma_.lower() in _SITUATIONS or noun_sense(w) is not None)
            and not any(g.dep_ == "poss" or (g.dep_ in ("compound", "amod", "nmod") and (
                g.pos_ == "PROPN" or g.ent_type_ in ("NORP", "GPE", "ORG"))) for g in w.children)
            and any(a.dep_ == "aux" and a.lower_ in ("could", "may", "might") for a in clause.children))


def _charged_with(noun: Token) -> bool:
    """Whether an act noun names what someone is charged with or held for
    ("started criminal proceedings against people … for assault",
    "arrested for rioting"): the charge, not an act the story tells."""
    if noun.dep_ not in ("pobj", "conj"):
        return False
    head = noun
    while head.dep_ == "conj":
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("for", "with", "of"):
        return False
    # the legal word is above the preposition or the object of the verb
    # above it ("started criminal proceedings … for assault")
    # (the parser may hang "for" on a place in between: "… against people in
    # the city of X for assault")
    above: list[Token] = []
    for t in prep.ancestors:  # up to the clause's verb
        above.append(t)
        if t.pos_ in ("VERB", "AUX") or len(above) >= 12:
            break
    verb = above[-1] if above and above[-1].pos_ in ("VERB", "AUX") else None
    near = above + ([c for c in verb.children if c.dep_ == "dobj"] if verb is not None else [])
    return any(t.lemma_.lower() in _LEGAL_HEADS for t in near)


def _answered(noun: Token) -> bool:
    """Whether a request noun is what its clause's subject answers ("did
    not respond to requests for comment"): the subject did not ask."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    return verb.lemma_.lower() in ("respond", "reply", "answer", "react")


def _own_act(t: Token) -> bool:
    """Whether the verb ``t``, inside a phrase another event covers, heads a
    clause with a doer of its own: "with Cambodia expelling the ambassador",
    "with protesters hurling stones". (Relative clauses stay covered: the
    gold sets code a sentence's main act, not "a helicopter that was
    captured by the authorities": PLOVER dev type F1 0.912 -> 0.903 when
    they were coded.)"""
    while t.dep_ == "conj" and t.head.i != t.i and t.pos_ == "VERB":
        t = t.head  # a verb coordinated with one is as much its own act (read up, not recursing)
    return t.pos_ == "VERB" and t.dep_ == "pcomp" and any(g.dep_ == "nsubj" for g in t.children)


def _crowd_controlled(pred: Token) -> Token | None:
    """The crowd a crowd-control act is aimed at where no target slot names
    it: the object of its purpose ("to control the crowd", "to disperse
    them", "in an attempt to disperse the demonstrators") or the subject of
    a clause at the same time or just before ("as thousands of protesters
    took to the streets", "after some protesters hurled rocks")."""
    purposes = [c for c in pred.children if c.dep_ in ("advcl", "xcomp")] + [
        a for c in pred.children if c.dep_ == "prep" and c.lower_ == "in"
        for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in _PURPOSE_NOUNS
        for a in n.children if a.dep_ == "acl"]
    for c in purposes:
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            o = obj_of(c)
            if o is not None and (is_crowd(o) or o.lower_ == "them"):
                return o  # ("to disperse them": whoever "them" takes up)
    for c in pred.children:
        # ("after some protesters hurled rocks": the crowd that had just acted)
        clauses = [c] if c.dep_ == "advcl" and condition_mark(c) in ("as", "when", "while", "after") else [
            g for g in c.children if _as_clause(g)]
        for clause in clauses:
            subj = next((g for g in clause.children if g.dep_ == "nsubj"), None)
            if subj is not None and is_crowd(subj):
                return subj
    return None


# Verbs of a visit's purpose that name whom it is to meet.
_MEETING_VERBS = frozenset({"meet", "see", "hold", "discuss", "talk", "consult"})
# Nouns through which a purpose is told ("in *an attempt* to disperse them").
_PURPOSE_NOUNS = frozenset({"attempt", "bid", "effort", "order"})
# Prepositions by which a body is only where an act happened.
_BESIDE_PREPS = frozenset({"outside", "near", "around", "beside", "opposite"})


def _as_clause(t: Token) -> bool:
    """A clause the parser hung on "as" or "while" as a preposition ("used
    water cannon as two hundred people staged a protest")."""
    return t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ in ("as", "while", "when", "after")


def _restriction(noun: Token) -> bool:
    """Whether a noun names a restriction put on people ("a curfew", "the
    ban"): enforcing it is done to others than whoever called it."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in current_lexicon().groups.get("restrictions", ())


def _harmful_act(noun: Token) -> bool:
    """Whether a noun (or a gerund the parser made of it: "shelling") names
    an attack or a use of force."""
    if noun.tag_ == "VBG":
        entry = current_lexicon().nouns.get(noun.lower_)
        return entry is not None and entry.sense.type in ("ASSAULT", "COERCE")
    found = noun_sense(noun) if noun.tag_ in ("NN", "NNS") else None
    return found is not None and found.sense.type in ("ASSAULT", "COERCE")


def _participle_read_as_past(pred: Token, own_aux: bool) -> bool:
    """"were freed and expelled to Spain": a conjunct the tagger read as a
    past tense ("-ed", no auxiliary, no object of its own) after a passive
    is a participle sharing it."""
    return pred.tag_ == "VBD" and not own_aux and pred.lower_.endswith("ed") and pred.dep_ == "conj" \
        and not any(c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp") for c in pred.children)


def _bare_participle(pred: Token) -> bool:
    """"(reported) 33 people killed and 132 wounded": a past participle with
    a subject the parser gave it but no auxiliary and no object is a
    reduced passive; its subject suffers the act. Not the verb of a
    headline, which the tagger reads as a past tense ("Rebels seized ..."),
    nor a verb no one suffers ("Saiki strongly protested over …")."""
    return (pred.tag_ == "VBN" and pred.dep_ in ("ccomp", "conj", "advcl")
            and pred.lemma_.lower() not in PROTEST_VERBS
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "prt") for c in pred.children)
            # "attackers charged into the block": a movement is done, not suffered
            and not any(c.dep_ == "prep" and c.lower_ in _MOTION_PREPS for c in pred.children))


# Prepositions of movement toward a goal, which a reduced passive never takes.
_MOTION_PREPS = frozenset({"into", "onto", "toward", "towards", "through"})


# Verbs of wanting: "want X to V" asks X for V.
_DESIRE = frozenset("want wish".split())


# Verbs of permission: "the decree allows the army to support police"
# asserts no support, only that it may come.
_PERMISSION = frozenset("allow permit enable authorize authorise empower let entitle".split())


def _wanted_clause(core: Token, verbs: frozenset[str] = _DESIRE) -> Token | None:
    """The infinitive clause with its own subject a verb of wanting (or of
    ``verbs``) takes ("want Faure to leave office"), parsed as a ccomp with
    a subject."""
    if core.lemma_.lower() not in verbs:
        return None
    subj = next((c for c in core.children if c.dep_ == "nsubj"), None)
    for c in core.children:
        if c.dep_ in ("ccomp", "xcomp") and c.i > core.i and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            own = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if own is not None and (subj is None or own.lower_ != subj.lower_):
                return c
    return None


def _path_up(tok: Token, root: Token) -> Iterator[Token]:
    """The tokens from ``tok`` up to (not including) ``root``, its ancestor."""
    t = tok
    # by index: spaCy hands out a new Token object on each access
    while t.i != root.i and t.head.i != t.i:
        yield t
        t = t.head


def _deed_slot(tok: Token) -> bool:
    """Whether a deed noun stands where the act is aimed at it ("denounced
    the police *action*", "protests over the army *crackdown*"), not where it
    says why ("arrested activists on unlawful assembly *charges*": the
    assembly is their offence, not a side)."""
    return tok.dep_ in ("dobj", "nsubjpass", "attr") or (
        tok.dep_ == "pobj" and tok.head.lower_ in ("of", "against", "over", "about"))


def _deed(tok: Token) -> bool:
    """Whether ``tok`` names a deed someone did ("action", "crackdown", "raid")."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _DEED_NOUNS or tok.lower_ in _DEED_NOUNS
                                   or noun_sense(tok) is not None)
