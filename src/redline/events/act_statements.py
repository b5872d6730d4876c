"""Acts the statement stage also read as words.

A cue verb with a noun phrase for its content can be an act the article
narrates rather than words it reports: "the president declared a state of
emergency", "farmers blocked the main bridge", "his convoy was attacked by
a crowd", "the premier submitted his resignation". Once the event coder has
read the same verb as a material act (PLOVER's material cooperation or
conflict) of the article's own, the statement only repeats it with a wrong
reading: a reader of the statements would find "president: a state of
emergency" among what people said. Such statements are dropped, and the
events' ``statement_index`` renumbered.

A verbal reading stays a statement: the verb has a clause ("declared that
the vote was rigged"), a quotation, or a verbal type (ACCUSE, REQUEST,
REJECT, SUPPORT …); and a person's "attack" on another stays a statement
("the senator attacked the governor"), which PolNeAR annotates as a stance.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from redline.events.ontology import MATERIAL_QUADS, QUAD
from redline.statements.cues import subject_of
from redline.statements.lexicon import ROLE_NOUNS
from redline.types import CharSpan, Event, Statement

# Speech verbs whose saying is the act ("declared a state of emergency",
# "proclaimed a curfew"); other speech verbs report acts ("confirmed …
# detentions", "announced … arrests").
_PERFORMATIVES = frozenset({"declare", "proclaim"})
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "who"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})
# What is put before a court for it to rule on.
_PUT_BEFORE_COURTS = frozenset("appeal appeals petition petitions motion motions request requests bid bids "
                               "challenge challenges complaint complaints lawsuit lawsuits case cases plea "
                               "pleas application applications objection objections".split())


def drop_act_statements(doc: Doc, statements: list[Statement],
                        events: list[Event]) -> tuple[list[Statement], list[Event]]:
    """The statements that report words, and the events with their
    ``statement_index`` pointing into that list."""
    acts = _material_triggers(events)
    if not acts:
        return statements, events
    kept: list[Statement] = []
    new_index: dict[int, int] = {}
    for index, statement in enumerate(statements):
        if _narrated_act(doc, statement, acts):
            continue
        new_index[index] = len(kept)
        kept.append(statement)
    if len(kept) == len(statements):
        return statements, events
    moved = [event if event.statement_index is None
             else replace(event, statement_index=new_index.get(event.statement_index)) for event in events]
    return kept, moved


def _material_triggers(events: list[Event]) -> dict[CharSpan, list[Event]]:
    """The trigger spans of the article's own material acts, and of its
    courts' rulings ("the top court rejected an appeal by X": a ruling,
    whatever its type, is no one's words)."""
    out: dict[CharSpan, list[Event]] = {}
    for event in events:
        if event.asserted_by == "article" and not event.negated and (
                QUAD.get(event.type) in MATERIAL_QUADS or _ruling(event)):
            for span in event.trigger:
                out.setdefault(span, []).append(event)
    return out


def _ruling(event: Event) -> bool:
    """A court's rejection or acceptance of what was put before it."""
    return event.type in ("REJECT", "CONCEDE", "AGREE") and bool(event.sources) \
        and all(source.code and source.code.endswith("JUD") and not source.name for source in event.sources)


def _overlaps(spans: tuple[CharSpan, ...], others: tuple[CharSpan, ...]) -> bool:
    return any(a < d and c < b for a, b in spans for c, d in others)


def _narrated_act(doc: Doc, statement: Statement, acts: dict[CharSpan, list[Event]]) -> bool:
    if statement.kind != "indirect":
        return False
    cue = next((span for span in statement.cue if span in acts), None)
    if cue is None:
        return False  # ("was attacked": the auxiliary is part of the cue, the verb the trigger)
    span = doc.char_span(*cue)
    if span is None or len(span) != 1 or span[0].pos_ != "VERB":
        return False
    verb = span[0]
    if statement.cue_type == "speech" and verb.lemma_.lower() not in _PERFORMATIVES:
        return False  # "Police confirmed at least 12 arrests": a report, whoever detained
    ruling = _ruling(acts[cue][0])
    if ruling and not any(c.dep_ == "dobj" and c.lemma_.lower() in _PUT_BEFORE_COURTS for c in verb.children):
        return False  # ("the court rejected the government's claims": a court's view, in words)
    if not ruling and any(c.dep_ in _CLAUSE_DEPS for c in verb.children):
        return False  # (a ruling's participle tells what it does: "…, confirming the sentence")
    # the speaker must be who acts: "the army reported rebel attacks" reports another's act
    done = [event for event in acts[cue]
            if any(_overlaps(source.spans, statement.speaker.spans) for source in event.sources)]
    if not done:
        return False
    return not (done[0].type == "ASSAULT" and _person_subject(verb))


def _person_subject(verb: Token) -> bool:
    """"Trump attacked Machado": a person's attack is mostly words."""
    subject = subject_of(verb)
    if subject is None:
        return False
    return subject.ent_type_ == "PERSON" or subject.lower_ in _PERSON_PRONOUNS \
        or subject.lemma_.lower() in ROLE_NOUNS  # ("a crowd", "they": groups attack with stones)
