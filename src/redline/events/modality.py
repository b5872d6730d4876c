"""Negation, tense and modality of a predicate, read off the dependency parse.

PLOVER codes what happened, and what an actor commits to or threatens: a
negated act did not happen ("did not threaten"), a hypothetical one has not
happened ("could impose", "if X attacks"), and a future one is a promise or
a threat ("will sign", "would boycott").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

_NEG_WORDS = frozenset({"not", "n't", "never", "no", "nt"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
_HYPO_AUX = frozenset({"could", "might", "may", "can", "ca"})
_OBLIGE_AUX = frozenset({"must"})
# Adverbs that leave an act open: "could possibly agree", "perhaps meet".
_HEDGES = frozenset({"possibly", "perhaps", "maybe", "potentially", "conceivably"})
_ADVISE_AUX = frozenset({"should", "ought"})
# Conditions and other clauses whose events are not asserted.
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest", "provided", "once"})
# Adverbial clauses that set the scene; their events are background.
BACKGROUND_MARKS = frozenset({"after", "before", "when", "as", "since", "because", "while",
                              "until", "till", "though", "although", "whereas", "following",
                              "despite", "amid", "so", "where", "than", "unlike", "like"})


@dataclass(frozen=True, slots=True)
class Modality:
    """How a predicate is asserted.

    negated: "not", "never", "no" on the predicate.
    future: "will", "shall", "going to", or "would" inside reported speech.
    hypothetical: "could", "might", "may", "can", "would have".
    obligation: "must", "have to" (a demand when someone else must act).
    advice: "should", "ought to", "need to" (an appeal).
    past: a simple past or perfect with no modal.
    """

    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    obligation: bool = False
    advice: bool = False
    past: bool = False


# Verbs that link a subject to a predicate adjective as "be" does ("remained
# ready to talk", "stays committed to the truce"): the adjective is the act.
COPULAS = frozenset({"be", "remain", "stay", "seem", "appear"})


def _aux_words(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")]


def modality(tok: Token, reported: bool = False) -> Modality:
    """The modality of the predicate ``tok``; ``reported``: inside reported speech
    (where "would" is the future of the past)."""
    negated = future = hypo = oblige = advise = past = False
    auxes = _aux_words(tok)
    # A copular predicate ("is prepared to") keeps its auxiliaries on the verb "be".
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr") and tok.head.lemma_ in COPULAS:
        auxes += _aux_words(tok.head)
        if tok.head.tag_ == "VBD":
            past = True
    means = tok.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ == "by" else None
    if means is not None and means.head.pos_ in ("VERB", "AUX"):
        # "will reciprocate by declaring its diplomats persona non grata":
        # the means is done when its verb is (here, not yet)
        auxes += _aux_words(means.head)
    words = [a.lower_ for a in auxes]
    for a in auxes:
        w = a.lower_
        if a.dep_ == "neg" or w in _NEG_WORDS:
            negated = True
        elif w in _FUTURE_AUX:
            future = True
        elif w == "would":
            # News "X would do Y" is mostly the future of a past report; with
            # "have", or under a condition in the article's own voice, it is
            # counterfactual (a reported "would ... if" is a conditional promise).
            if "have" in words or (not reported and _has_condition(tok)):
                hypo = True
            else:
                future = True
        elif w in _HYPO_AUX:
            hypo = True
        elif w in _OBLIGE_AUX:
            oblige = True
        elif w in _ADVISE_AUX:
            advise = True
        elif w in ("did", "had", "was", "were", "has", "have"):
            past = True
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in ("never",):
            negated = True
        if c.dep_ == "advmod" and c.lower_ in _HEDGES:
            hypo = True  # "report back and possibly agree on Monday": not yet agreed
        if c.dep_ == "det" and c.lower_ == "no":
            negated = True
        if c.dep_ in ("nsubjpass", "nsubj") and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
            negated = True  # "no ceasefire had been agreed", "no country has recognised it"
    if tok.tag_ == "VBD":
        past = True
    head = tok.head
    # "is going to attack", "has to withdraw", "needs to act"
    if tok.dep_ == "xcomp" and head.i != tok.i:
        if head.lemma_ == "go" and head.tag_ == "VBG":
            if any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in head.children):
                hypo = True  # "people were going to rally": a plan told in the past, not done
            else:
                future = True
            negated = negated or any(c.dep_ == "neg" for c in head.children)
        elif head.lemma_ == "have" and any(c.lower_ == "to" for c in tok.children):
            negated = negated or any(c.dep_ == "neg" for c in head.children)
            if head.tag_ == "VBD" and not any(c.dep_ == "aux" for c in head.children):
                past = True  # "the police had to fire tear gas": it was done
            else:
                oblige = True
        elif head.lemma_ == "need" and any(c.lower_ == "to" for c in tok.children):
            advise = True
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
            (tok.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
            or (tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN"))):
        future = True  # headline grammar: "Biden to visit Israel" is what is planned
    if _generic_infinitive(tok):
        hypo = True  # "it is illegal to criticise the emir": nobody criticised
    if _alternative(tok):
        hypo = True  # "up to Serbia to approve or refuse the plan": a choice, not an act
    if _demanded(tok):
        hypo = True  # "is facing calls to resign": asked of them, not done
    if future or hypo or oblige or advise:
        past = False
    return Modality(negated, future, hypo, oblige, advise, past)


# Adjectives that judge an act in general ("it is illegal to criticise ..."):
# their infinitive is no act anyone did.
_GENERIC_ADJ = frozenset("illegal legal unlawful lawful forbidden prohibited allowed permitted possible "
                         "impossible easy difficult hard natural normal common wrong right customary "
                         "unusual usual unacceptable acceptable dangerous safe".split())


def _generic_infinitive(tok: Token) -> bool:
    """Whether ``tok`` is the infinitive of "it is ADJ to ..." with a
    judging adjective (``_GENERIC_ADJ``)."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.i == tok.i or head.lemma_ != "be":
        return False
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
        return False
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
        return False
    return any(c.dep_ == "acomp" and c.lower_ in _GENERIC_ADJ for c in head.children)


# Nouns of asking whose infinitive is the act asked for ("calls to resign").
_DEMAND_NOUNS = frozenset("call demand pressure appeal plea ultimatum request".split())


def _demanded(tok: Token) -> bool:
    """An infinitive right after a noun of asking ("faces calls to resign",
    "growing pressure to step down"), wherever the parser hung it."""
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    noun = tok.doc[to.i - 1]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _DEMAND_NOUNS


def _alternative(tok: Token) -> bool:
    """One of verbs offered as alternatives ("approve or refuse", "whether
    to stay or leave"): the first, with an "or" and a conjunct of its own,
    or a conjunct whose head has them."""
    def offers(t: Token) -> bool:
        return (any(c.dep_ == "cc" and c.lower_ == "or" for c in t.children)
                and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in t.children))
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return offers(tok) or (tok.dep_ == "conj" and tok.head.i != tok.i and offers(tok.head))


def _has_condition(tok: Token) -> bool:
    """An if/unless clause attached to ``tok`` or to the clause it reports."""
    for t in (tok, tok.head):
        for c in t.children:
            if c.dep_ == "advcl" and condition_mark(c) in ("if", "unless", "lest"):
                return True
    return False


def condition_mark(tok: Token) -> str | None:
    """The subordinating word of the adverbial clause headed by ``tok`` (lower case)."""
    for c in tok.children:
        if c.dep_ == "mark":
            return c.lower_
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in ("when", "where", "once"):
            return c.lower_
    return None


def in_condition(tok: Token, stop: Token | None = None) -> bool:
    """Whether ``tok`` sits inside an if/unless clause (below ``stop``)."""
    t = tok
    # spaCy makes a new Token object on each access: compare positions
    while t.head.i != t.i and (stop is None or t.i != stop.i):
        if t.dep_ == "advcl" and condition_mark(t) in CONDITION_MARKS:
            return True
        t = t.head
    return False
