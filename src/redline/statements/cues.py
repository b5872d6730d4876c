"""Find cue words in a parsed document and what they govern.

A cue is a token that introduces an attribution: a verb of speech or stance
("said", "believes"), "express" with a noun of feeling ("expressed concern"),
or "according to". For each cue this module finds the speaker tokens and the
content span by the dependency parse; quotations are merged later.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, HEAD, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Token

from redline.clean.dateline import is_dateline
from redline.parse.grammar import control_passive, moved_subject, named_in_fronted_participle
from redline.statements.lexicon import (
    CASUALTY_WORDS,
    CROWD_CRIES,
    EXPRESSION_VERBS,
    PARTICLE_CUES,
    PROTEST_VERBS,
    ROLE_NOUNS,
    SECURITY_NOUNS,
    SPEECH_VERBS,
    STANCE_VERBS,
    abstract_noun,
)
from redline.statements.names import role_before, with_title_before
from redline.statements.spans import EDGE_PUNCT, doc_text, subtree_bounds, subtree_span, trim_span
from redline.statements.tagger import (
    ADJ_ARGUMENT_DEPS,
    TOPIC_PREPOSITIONS,
    NOUN_ARGUMENT_DEPS,
    could_report,
    cue_phrase,
    decode_roles,
    is_cue_candidate,
    load_tagger,
)
from redline.types import CharSpan

# Learned-tagger thresholds (see tagger.py), swept on PolNeAR dev.
# Each swept over ±0.15 with the figures within 0.005 (BENCHMARKS.md).
KEEP_LEXICON_CUE = 0.3  # a lexicon verb scored below this is not a cue here
NEW_CUE = 0.5  # a word outside the lexicons scored at least this is a cue
CONTENT_ROLE = 0.5  # an argument at least this likely content is content
SOURCE_ROLE = 0.5  # likewise the source
# An agentless passive ("is expected to", "was accused of") reports only
# this likely: on PolNeAR train 334 of the 450 such verbs scoring 0.5 head
# a cue, against 396 of 611 at 0.3.
AGENTLESS_CUE = 0.5
# Verbs of perception hold a view in the passive only with "as" ("is seen
# as a threat"); "were seen leaving" reports what was seen.
PERCEPTION_VERBS = frozenset("see view regard perceive hear watch notice observe".split())
# The tagger's source must be a word that can name someone.
SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON"})
NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "oprd", "xcomp", "dative"}
OBJECT_PREPS = frozenset({"for", "of", "about", "on", "against", "over"})
# Stance verbs whose direct object is the position held ("supports the
# deal"); for the others an object is just a thing seen or known.
STANCE_OBJECT_VERBS = frozenset(
    "want support oppose favor favour prefer back endorse fear expect seek".split()
)
CLAUSE_DEPS = {"ccomp"}
# Verbs that name a thing when used as a participle or passive ("called").
NAMING_VERBS = frozenset("call name dub term label brand title nickname".split())
# Participles and coordinated verbs that share the subject of their head:
# "Peskov said, adding that ..."; "he said and insisted that ...".
INHERIT_DEPS = {"advcl", "conj", "xcomp", "pcomp"}


@dataclass(slots=True)
class Cue:
    """A cue with the tokens it governs, before quotations are merged."""

    token: Token
    cue_type: str  # speech | stance
    cue_spans: list[CharSpan]
    speaker: Token | None  # head of the speaker phrase
    inherited_from: Token | None = None  # cue whose speaker this one shares
    content: list[CharSpan] = field(default_factory=list)
    according: bool = False
    colon: bool = False  # a "NAME: content" line
    speaker_span: CharSpan | None = None  # the name of a "NAME:" line, when the parse's phrase is wider
    learned: bool = False  # found by the tagger alone, not the lexicons
    agentless: bool = False  # "X is expected to …": a passive report with no one named


def cue_type_of(token: Token) -> str | None:
    """'speech', 'stance' or None for a token that may be a cue verb."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return None
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and token.text[:1].isupper() \
            and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].is_punct):
        # "his deputy, Omar Said.": a family name ending a name, not a verb
        # (a title-case headline's "Trump Says Clinton …" goes on)
        return None
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return "speech"
    if lemma in STANCE_VERBS:
        return "stance"
    if lemma in PARTICLE_CUES and any(
        c.lower_ in PARTICLE_CUES[lemma] for c in token.children if c.dep_ in ("prt", "acomp", "oprd", "advmod")
    ):
        return "speech"
    if lemma in EXPRESSION_VERBS and any(c.dep_ == "dobj" for c in token.children):
        return "speech"
    return None


# What parts a word of a quotation or clause before a cue from the cue's
# real subject ("… No 'summons',” Macaire wrote").
_SUBJECT_BREAKS = frozenset('"“”«»„,')


# Markers of a clause set against the one before ("…, while another confirmed …").
_CONTRASTING = frozenset({"while", "whereas"})


def _title_before_name(noun: Token, subjects: list[Token]) -> bool:
    """Whether ``noun`` is a common-noun subject the parser split from the
    name right after it ("an opposition lawmaker Jean Rakoto told"): the
    name is the speaker, the noun their title."""
    return noun.pos_ == "NOUN" and any(
        s.pos_ == "PROPN" and s.left_edge.i == noun.right_edge.i + 1 and role_before(s.doc, s.left_edge.i) is not None
        for s in subjects)


def subject_of(verb: Token) -> Token | None:
    """The speaker head of ``verb``: its subject, or the agent of a passive."""
    from redline.events.senses import with_subject  # events read this package

    if control_passive(verb):
        return None  # "Minister urged to quit": the minister is the one urged
    moved = moved_subject(verb)
    if moved is not None:
        return moved  # "prompting Russia to declare it will respond": Russia declares
    if verb.lemma_ == "quote" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        quoted = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)
        if quoted is not None:
            return quoted  # "the Manila Times quoted President Duterte as saying …": Duterte speaks
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.ent_type_ not in ("DATE", "TIME"):
                    return grand  # ("expected by mid-2012": a date says nothing)
    # two subjects: the parser took a word of the quotation or clause
    # before the cue for one ("… No 'summons',” Macaire wrote"): not the one
    # a quotation mark or a comma parts from the verb
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    children = [c for c in verb.children
                if not (len(subjects) > 1 and c.dep_ == "nsubj" and c.i < verb.i
                        and (any(t.text in _SUBJECT_BREAKS for t in verb.doc[c.i + 1 : verb.i])
                             or _title_before_name(c, subjects)))]
    for child in children:
        # "it was reported that" (passive) and "there" name no speaker; an
        # active "it said" is an organisation speaking.
        if child.dep_ in ("nsubj", "csubj") and (named := named_in_fronted_participle(child)) is not None:
            return named  # "Speaking to the crowd in X Square, Ana Kovač, the leader of …, said"
        if child.dep_ == "nsubj" and child.lower_ != "there" and not is_dateline(child) \
                and not (child.ent_type_ in ("DATE", "TIME") and child.pos_ == "NOUN"):
            # ("…, today again calling X a coup": a date the parser made the subject)
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                if child.lower_ == "who" and verb.head.ent_type_ not in ("PERSON", "") and verb.head.pos_ == "PROPN":
                    # "Anna Holm, who represents the party in the EU Parliament,
                    # who says …": a "who" the parser hung on a body named
                    # inside an earlier relative clause is that clause's person
                    up = verb.head
                    while up.dep_ != "relcl" and up.head.i != up.i:
                        up = up.head
                    if up.dep_ == "relcl" and up.head.ent_type_ == "PERSON":
                        return up.head
                return verb.head  # "the official, who said …": the official
            return _apposed_reporter(child) or child
        # "he was quoted as saying": the passive subject of quote is the speaker
        if child.dep_ == "nsubjpass" and verb.lemma_ == "quote" and child.lower_ != "it":
            return child
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.doc[verb.i - 1].text == ",":
        return verb.head  # "The protesters, shouting “Liberate Togo!”, marched …"
    absolute = with_subject(verb)  # "…, with Caracas also accusing President Ali of …"
    if absolute is not None:
        return absolute
    # "…,” said Peskov / “…,” points out the resident: the parser sometimes
    # labels the inverted subject as an object. A participle never inverts
    # ("accusing President Ali of …": Ali is the accused), nor a verb
    # coordinated with another ("rejected the results and accused President
    # Moyo of fraud": Moyo is the accused)
    after_quote = verb.i > 0 and verb.doc[verb.i - 1].text in ("”", '"')
    coordinated = verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX")
    for child in verb.rights if verb.tag_ != "VBG" and not coordinated else ():
        if child.i - verb.i <= (8 if after_quote else 4) and child.dep_ in ("dobj", "npadvmod", "attr", "dep", "nsubj"):
            if child.pos_ == "PROPN" or (after_quote and child.pos_ == "NOUN"):
                return child
    if after_quote and not coordinated:
        lost = _subject_lost_to_clause(verb)
        if lost is not None:
            return lost
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (before is not None and coordinated and before.tag_ in ("NNS", "NNPS") and before.dep_ == "pobj"
            and not any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)):
        # "in a move human rights activists say was aimed at …": a reduced
        # relative the parser coordinated with the main verb; the plural
        # just before the cue says it
        return before
    # “…,” DeBoer said: a name right before the cue, mislabelled
    if before is not None and before.head is verb and before.pos_ in ("PROPN", "AUX") and before.text[:1].isupper():
        if before.i > 0 and verb.doc[before.i - 1].text in ("”", '"', ","):
            return before
    # "… marched in the capital, Lilongwe, a Reuters witness said": the
    # parser hung the reporter on the place as its apposition and left the
    # verb without a subject
    if before is not None and before.text in (")", "]") and before.i >= 3 and verb.doc[before.i - 2].text in ("(", "["):
        # "…, the Sudanese Armed Forces (SAF) said": past the acronym in brackets
        acronym = verb.doc[before.i - 1]
        before = verb.doc[before.i - 3] if acronym.head.i == before.i - 3 or acronym.dep_ == "appos" else before
    if before is not None and before.dep_ == "appos" and before.head.i < before.i and _reporter_noun(before) \
            and before.left_edge.i > 0 and verb.doc[before.left_edge.i - 1].text == ",":
        return before
    # "In Pristina, an official in the prime minister's office … said": the
    # parser hung the subject on the place as its apposition
    for prep in verb.lefts:
        if prep.dep_ == "prep":
            for place in prep.children:
                if place.dep_ == "pobj":
                    # ("In Paraguay, Sen. Luis Ortega … told": or coordinated it with the place)
                    person = next((a for a in place.children if (a.dep_ == "appos" and a.pos_ == "NOUN")
                                   or (a.dep_ == "conj" and a.ent_type_ == "PERSON"
                                       and not any(c.dep_ == "cc" for c in place.children))), None)
                    if person is not None:
                        return person
    return None


def _says_more(verb: Token) -> bool:
    """"…, adding that …", "…, noting the board …": a speech participle
    after a comma with a clause of its own: a statement of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in SPEECH_VERBS
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ in CLAUSE_DEPS for c in verb.children)
    )


def _reporting_participle(verb: Token) -> bool:
    """"He argued that the move hurt them, noting the board …": a speech
    participle closing a reported clause reports for the one who speaks,
    whatever the parser hangs it on, and is not part of the clause."""
    head = verb.head
    return (
        _says_more(verb)
        and head.dep_ == "ccomp"
        and head.lemma_.lower() not in SPEECH_VERBS  # the clause's own cue speaks
        and head.head.lemma_.lower() in SPEECH_VERBS
        and head.head.i < head.i < verb.i
    )


def _participle_on_object(verb: Token) -> bool:
    """"claimed responsibility saying its fighters had …": a speech
    participle with its own clause, hung by the parser on the object of the
    verb before it; it reports for that verb's subject."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ in CLAUSE_DEPS for c in verb.children)
        and head.dep_ == "dobj"
        and head.head.pos_ == "VERB"
        and abstract_noun(head.lemma_)  # "reports alleging …" speak for themselves
    )


def _inheritance_head(verb: Token) -> Token | None:
    """The verb whose subject a participle or coordinated cue shares."""
    head = verb.head
    resumed = _participle_resumed(verb)
    if resumed is not None:
        return resumed
    if _reporting_participle(verb):
        return head.head
    if _participle_on_object(verb):
        return head.head
    if verb.dep_ in INHERIT_DEPS and head is not verb and head.pos_ in ("VERB", "AUX"):
        return head
    return None


_FINITE_OR_PERFECT = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def _participle_resumed(verb: Token) -> Token | None:
    """"…, declaring that the old plan had lost all meaning, and
    calling on …": a participle the parser coordinated with the verb of the
    clause a participle above reports goes on from that participle (its
    speaker is the participle's, not the clause's subject)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or head.tag_ not in _FINITE_OR_PERFECT or head.dep_ != "ccomp":
        return None
    above = head.head
    return above if above.tag_ == "VBG" and above.i < head.i else None


def _quoted_as_saying(verb: Token) -> Token | None:
    """The "saying" of "quoted X as saying …", whose clause is what X said."""
    if verb.lemma_ != "quote":
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def clause_content(verb: Token, speaker: Token | None) -> list[CharSpan]:
    """Content span(s) a cue verb governs by its complement clause.

    A cue with no subject of its own ("Asked to comment on …", "adding that
    …") counts only with a complement clause: its phrases are narration.
    """
    saying = _quoted_as_saying(verb)
    if saying is not None:
        return clause_content(saying, speaker)  # "quoted the attorney general as saying the defendants …"
    text = doc_text(verb.doc)
    exclude = [speaker] if speaker is not None else []
    # a noun the parser labelled a complement ("expressed alarm about A,
    # Russian attempts to …") is a list item, not a clause
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.pos_ not in ("NOUN", "PROPN")]
    if clauses:
        # "Commenting on X, …, Peskov said the proposals …": the parser may
        # give the cue a fronted clause too; the one after the cue is content.
        # "“…,” he said, eyes welling up": a participle after a comma
        # pictures the speaker; it is not what was said
        after = [c for c in clauses if c.i > verb.i and not _absolute(c)]
        clauses = [c for c in clauses if not _absolute(c)] or clauses
        span = _clause_span((after or clauses)[0], verb, exclude)
        if span and len(after) > 1 and cue_type_of(after[-1]) is None:
            # "said he feels voting yes was a misstep": a parse that splits one
            # clause into two complements; what was said runs through both
            # ("… and Democrats accused …" is a statement of its own)
            last = _clause_span(after[-1], verb, exclude)
            if last and last[1] > span[1]:
                span = (span[0], last[1])
        return [span] if span else []
    if speaker is None:
        return []
    misattached = _clause_in_prepositional_phrase(verb)
    if misattached is not None:
        span = _clause_span(misattached, verb, exclude)
        return [span] if span else []
    if lemma_needs_clause(verb):
        return []
    lemma = verb.lemma_.lower()
    # "wants NATO to halt", "plans to visit": stance with an infinitive.
    for child in verb.children:
        if child.dep_ == "xcomp" and lemma in STANCE_VERBS | {"promise", "pledge", "vow", "threaten", "urge", "call"}:
            span = trim_span(text, subtree_span(child))
            return [span] if span else []
    # "expressed consternation about X", "voiced hope that ..."
    if lemma in EXPRESSION_VERBS:
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            for child in list(obj.children) + list(verb.children):
                if child.dep_ in ("prep", "acl", "ccomp") and child.i > obj.i:
                    # "concern about X, Y and Z": the parser may hang Y and Z
                    # on the noun, so run to the end of the object phrase
                    end = max(child.right_edge.i, obj.right_edge.i)
                    # … or hang them on the verb as further objects
                    for more in verb.rights:
                        if more.i > end and more.pos_ in ("NOUN", "PROPN") and _listed(more):
                            end = max(end, more.right_edge.i)
                    end = _list_read_as_a_clause(verb, end)
                    doc = verb.doc
                    span = trim_span(text, (child.left_edge.idx, doc[end].idx + len(doc[end].text)))
                    return [span] if span else []
    # "called for X", "warned of X", "asked about X"
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS and child.i > verb.i:
            if child.lower_ == "on" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
                continue
            if child.lower_ == "on" and lemma in MEDIUM_VERBS:
                continue  # "posted on social media": where, not what
            span = trim_span(text, subtree_span(child))
            return [span] if span else []
    # "called his supporters “deplorables”", "is demanding Obama make a
    # pledge", "questioned the integrity of …": the object is the content.
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i]
    if objects and (lemma in SPEECH_VERBS or lemma in STANCE_OBJECT_VERBS):
        lo = min(o.left_edge.i for o in objects)
        hi = max(o.right_edge.i for o in objects)
        said = next((c for o in objects for c in o.rights if _participle_on_object(c)), None)
        if said is not None:
            hi = said.left_edge.i - 1  # "saying …" is a statement of its own
            while hi > lo and verb.doc[hi].is_punct:
                hi -= 1
        if hi > lo or objects[0].pos_ not in ("PRON",):
            doc = verb.doc
            span = trim_span(text, (doc[lo].idx, doc[hi].idx + len(doc[hi].text)))
            return [span] if span else []
    # "warned Ukraine that ...": dobj followed by a clause already handled;
    # "told Reuters that": ccomp found above.
    return []


def _list_read_as_a_clause(verb: Token, end: int) -> int:
    """"expressed concern about A, US attempts to … and B": reading the
    plural noun as a verb, the parser made the list's tail the sentence's
    main clause and the cue its complement. A main verb that cannot report
    a clause gives the list back: the content runs to its end."""
    head = verb.head
    doc = verb.doc
    if verb.dep_ != "ccomp" or head.i <= end or cue_type_of(head) is not None:
        return end
    if doc[end + 1].text != ",":
        return end
    right = head.right_edge
    while right.i > head.i and (right.is_punct or right.is_space):
        right = doc[right.i - 1]
    return right.i


def _listed(tok: Token) -> bool:
    """Whether ``tok``'s phrase follows a comma: an item of a list."""
    left = tok.left_edge
    return left.i > 0 and tok.doc[left.i - 1].text == ","


def _absolute(clause: Token) -> bool:
    """A participle clause set off by a comma ("…, eyes welling up with tears")."""
    return clause.tag_ == "VBG" and _listed(clause) and not any(c.dep_ == "mark" for c in clause.children)


def _clause_in_prepositional_phrase(verb: Token) -> Token | None:
    """"He said in a statement that the king would …": the parser may hang
    the that-clause on the phrase's noun; for a speech verb it is what was
    said; so in "reported at the time that the editor conveyed …", where
    the parser reads the "that" as a relative adverb."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            for clause in noun.children:
                if clause.dep_ in ("acl", "relcl", "ccomp") and any(
                    c.lower_ == "that" and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.i == clause.left_edge.i))
                    for c in clause.children
                ):
                    return clause
                if _said_at_the_time(prep, noun, clause):
                    return clause
    return None


OBJECT_PRONOUNS = {"them": "plural", "him": "singular", "her": "singular"}


def mute(noun: Token) -> bool:
    """A subject that cannot say anything: an abstract noun ("tensions") or
    an event ("the protests had remained peaceful")."""
    from redline.events.triggers import lexicon  # events read this package

    if casualty_count(noun):
        return True  # "19 dead in Nepal protests over …": a headline's toll
    if noun.pos_ == "PROPN" and not noun.ent_type_ and noun.is_title:
        # a capitalised word opening a line, read as a name ("VIENNA - Speculation had …")
        return abstract_noun(noun.lower_)
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return abstract_noun(lemma) or lemma in lexicon().nouns


def _mute_subject(noun: Token | None) -> bool:
    """A subject noun that can say nothing (``mute``) and names no one: no
    people, body or place, and no owner or name before it."""
    return noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and mute(noun) and not _entity_noun(noun) \
        and not any(c.dep_ in ("compound", "poss") for c in noun.children)


def _entity_noun(noun: Token) -> bool:
    """Whether the entity layer's noun table knows ``noun`` (people, a body
    or a place: "the opposition", "the commission"), whatever its abstract
    shape."""
    from redline.entities.mentions import entity_nouns  # the entity layer reads this module

    nouns = entity_nouns()
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns


def casualty_count(tok: Token) -> bool:
    """A number of dead or hurt standing as a noun ("19 dead", "three
    injured"): a toll, no one who acts or speaks."""
    return tok.lower_ in CASUALTY_WORDS and any(c.dep_ == "nummod" for c in tok.children)


def _reporter_noun(token: Token) -> bool:
    """A name, or a noun for a person ("witness", "official")."""
    from redline.entities.mentions import entity_nouns  # the entity layer reads this package

    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and entity_nouns().get(token.lemma_.lower()) == "person")


def _apposed_reporter(subject: Token) -> Token | None:
    """"… ransacked a supermarket, an AFP correspondent at the scene said":
    the parser made the object of the reported clause the subject and the
    reporter its apposition; the person the apposition names speaks, not
    the thing."""
    if subject.pos_ != "NOUN" or subject.ent_type_ or _reporter_noun(subject):
        return None
    return next((a for a in subject.children if a.dep_ == "appos" and a.i > subject.i and a.pos_ == "NOUN"
                 and _reporter_noun(a)), None)


def _event_noun(noun: Token) -> bool:
    """An event the trigger lexicon knows as a noun ("clashes", "killings"):
    a subject that reports nothing."""
    from redline.entities.mentions import entity_nouns  # the entity layer reads this package
    from redline.events.triggers import lexicon  # events read this package
    from redline.statements.speakers import DOCUMENT_NOUNS  # it reads this module

    lemma = noun.lemma_.lower()
    # "A release said", "the GOP's complaint says": a document speaks for
    # whoever issued it; "A Rally for Resources" is a name; "the opposition",
    # "the mission" are actors
    return (noun.pos_ == "NOUN" and not noun.ent_type_ and lemma not in DOCUMENT_NOUNS
            and lemma not in entity_nouns() and lemma in lexicon().nouns)


def tense_break(clause: Token, conj: Token) -> bool:
    """Whether a verb coordinated with a reported clause changes tense out
    of it ("said the royalists should not mistake patience for weakness and
    *warned* former king …"): a past or present verb of its own after a
    modal clause is the narration's, coordinated with the cue above."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    return modal and conj.tag_ in ("VBD", "VBZ") and not any(
        c.dep_ in ("nsubj", "aux") for c in conj.children) and clause.dep_ == "ccomp"


def names_own_object(verb: Token, subject: Token) -> bool:
    """Whether ``verb``'s pronoun object agrees with ``subject`` in number,
    so that the subject cannot be the verb's own (it would be "themselves")."""
    number = next((OBJECT_PRONOUNS[c.lower_] for c in verb.children
                   if c.dep_ in ("dobj", "dative") and c.lower_ in OBJECT_PRONOUNS), None)
    if number is None or subject.pos_ == "PRON":
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    return plural == (number == "plural")


def verb_above(verb: Token) -> Token | None:
    """The next verb up the tree from ``verb``'s clause."""
    tok = verb.head
    for _ in range(6):
        if tok.i == tok.head.i and tok.pos_ not in ("VERB", "AUX"):
            return None
        if tok.pos_ in ("VERB", "AUX") and tok is not verb:
            return tok
        tok = tok.head
    return None


def _said_at_the_time(prep: Token, noun: Token, clause: Token) -> bool:
    """"said at the time the powers had killed the accord": the clause the
    parser hung on "time" as a relative one is what was said (it has a
    subject of its own, no relative word, and the phrase is only "at the time")."""
    return (
        prep.lower_ == "at"
        and noun.lower_ == "time"
        and clause.dep_ == "relcl"
        and clause.i > noun.i
        and noun.left_edge.i == noun.i - 1
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in clause.children)
        and not any(c.tag_ in ("WDT", "WP", "WRB") for c in clause.subtree if c.i < clause.i)
    )


# Verbs of publishing, whose "on" names the medium ("posted on social
# media", "wrote on Facebook"), not what was said.
MEDIUM_VERBS = frozenset("post tweet publish write broadcast".split())
# Verbs that attribute only with a that-clause (or a quotation): "continued",
# "began" alone narrate, "adds X to the list" adds, it says nothing, and
# "recalled their ambassadors" is a diplomatic act.
CLAUSE_ONLY = frozenset("continue begin learn add recall".split())
# Speech verbs that, without a that-clause, state a position or intention
# ("agreed to resume talks"): stance, not speech.
STANCE_WITHOUT_CLAUSE = frozenset("agree promise pledge vow threaten demand propose".split())


def lemma_needs_clause(verb: Token) -> bool:
    """Whether ``verb`` is a cue only when it governs a complement clause."""
    return verb.lemma_.lower() in CLAUSE_ONLY


def _clause_span(clause: Token, verb: Token, exclude: list[Token]) -> CharSpan | None:
    """The clause's subtree without its leading "that"/"if" mark, on its
    own side of the cue (an adverbial the parser hung on the clause but
    which stands before the speaker is narration, not content)."""
    doc = clause.doc
    lo, hi = subtree_bounds(clause, exclude)
    participle = next((c for c in clause.rights if _reporting_participle(c)), None)
    if participle is not None:
        hi = min(hi, participle.i - 2)  # before its comma
    subject = subject_of(clause)
    other = next((c for c in clause.rights if c.dep_ == "conj" and cue_type_of(c) is not None
                  and subject is not None and (names_own_object(c, subject) or mute(subject)
                                               or tense_break(clause, c))), None)
    if other is None:
        # "… had been detained, while another confirmed that …": a clause
        # with its own speaker and cue is a statement of its own
        # ("… lying when they say …", "… because the agency wants …" stay content)
        other = next((c for c in clause.rights if c.dep_ == "advcl" and cue_type_of(c) == "speech"
                      and any(g.dep_ == "mark" and g.lower_ in _CONTRASTING for g in c.children)
                      and any(g.dep_ == "nsubj" for g in c.children)), None)
    if other is not None:
        # "… had killed the accord and accused them of …", "the protests had
        # remained peaceful and denied that …": the reporter's own act
        hi = min(hi, other.left_edge.i - 1)
        while hi > lo and (doc[hi].dep_ == "cc" or doc[hi].is_punct):
            hi -= 1
    if clause.i > verb.i:
        lo = max(lo, verb.i + 1)
    else:
        # "X shot A, B and C …, authorities said": what stands between the
        # fronted clause and the speaker is content the parser hung elsewhere
        # (a title before the speaker's name is the speaker's: "…,” an
        # opposition lawmaker Jean Rakoto told")
        hi = min([verb.i] + [with_title_before(e, e.left_edge.i) for e in exclude]) - 1
    if lo < hi and doc[lo].lower_ in ("that", "whether", "if") and doc[lo].dep_ in ("mark", "advmod"):
        lo += 1
    if hi < lo:
        return None
    return trim_span(doc_text(doc), (doc[lo].idx, doc[hi].idx + len(doc[hi].text)))


def parenthetical_content(verb: Token) -> list[CharSpan]:
    """"The sale, she said, was consistent with …": a cue set off inside the
    sentence reports the clause around it, in two pieces; hung on a
    subordinate clause ("Though the move was smooth, he said, replacing
    her would be hard"), it reports the whole sentence around it."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i == verb.i or cue_type_of(verb) != "speech":
        return []
    while head.dep_ in ("advcl", "csubj") and head.head.i != head.i and head.head.i > verb.i:
        head = head.head  # up to the main clause the subordinate one leads into
    doc = verb.doc
    text = doc_text(doc)
    # the cue phrase is the cue, its subject, its little words and what
    # follows it ("he said on Friday, speaking at a rally"); a clause the
    # parser hung on the cue before it ("Though …, he said, …") is content
    phrase = {verb.i}
    for child in verb.children:
        if child.i > verb.i or child.dep_ in SUBJECT_DEPS or child.dep_ in ("aux", "auxpass", "neg", "punct"):
            phrase.update(range(child.left_edge.i, child.right_edge.i + 1))
    pieces: list[list[int]] = []
    for i in range(head.left_edge.i, head.right_edge.i + 1):
        if i in phrase:
            continue
        if pieces and pieces[-1][1] == i - 1:
            pieces[-1][1] = i
        else:
            pieces.append([i, i])
    spans = [(doc[a].idx, doc[b].idx + len(doc[b].text)) for a, b in pieces]
    trimmed = [trim_span(text, p, EDGE_PUNCT + ".") for p in spans]
    return [p for p in trimmed if p]


def fronted_content(verb: Token, speaker: Token | None) -> CharSpan | None:
    """Content before "…, Peskov said." when the parser hung the cue off it.

    With no complement clause, a cue verb at the end of a sentence, whose
    head (or sentence) precedes its subject, reports what came before it.
    """
    if speaker is None or cue_type_of(verb) != "speech":
        return None
    sent = verb.sent
    start_tok = sent[0]
    lo = min(speaker.left_edge.i, verb.i)
    if lo - start_tok.i < 3:
        return None
    # the cue must close the sentence (allowing adverbials after it)
    if any(t.dep_ in ("ccomp", "dobj") for t in verb.rights):
        return None
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children):
        return None  # "Montenegro ordered …, and Belgrade responded": the clause before is no one's words
    if not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[start_tok.i : lo]):
        return None  # "In recent years, South Korea has protested …": no clause was said
    text = doc_text(verb.doc)
    end_char = verb.doc[lo - 1].idx + len(verb.doc[lo - 1].text)
    return trim_span(text, (start_tok.idx, end_char))


def _act_phrase(prep: Token) -> bool:
    """A phrase telling that the verb it hangs on was done, not said: a
    means ("by expelling its envoy") or a return in kind ("in kind")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "by":
        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
    return prep.lower_ == "in" and any(c.lower_ == "kind" for c in prep.children)


def according_cues(doc) -> list[Cue]:
    """Cues of the form "according to X": X speaks, the clause is content."""
    found = []
    if not len(doc):
        return found
    lowers = doc.to_array([LOWER])
    for i in numpy.flatnonzero(lowers == get_string_id("according")).tolist():
        tok = doc[i]
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
        if to is None:
            continue
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            # "according to show insiders": "show" read as a verb
            source = next((c for c in reversed(list(to.subtree)) if c.pos_ in ("NOUN", "PROPN")), None)
        if source is None:
            continue
        head = tok.head if tok.head is not tok else None
        text = doc_text(doc)
        # "According to host Rush Limbaugh, the move reeks …": the parser may
        # hang the sentence on the source; opening it, the source ends at its comma
        last = source.right_edge
        comma = next((t for t in doc[source.i : last.i + 1] if t.text == ","), None)
        if comma is not None and tok.i == tok.sent.start:
            last = doc[comma.i - 1]
        phrase = (tok.idx, last.idx + len(last.text))
        sent = tok.sent
        if head is not None and head.i != tok.i:
            # "A did X, and B did Y, according to Z": the source stands for
            # the whole sentence, not only the clause the parser hung it on
            while head.dep_ == "conj" and head.head.i < head.i and head.i < tok.i:
                head = head.head
            whole = subtree_span(head)
            root = head.head
            if head.dep_ == "acl" and root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and root.i < head.i:
                # "These protests left 12 people dead according to the
                # authorities, a figure …": the verb read as a participle on
                # its subject; the subject belongs to what was said
                whole = (root.left_edge.idx, whole[1])
        else:
            whole = (sent.start_char, sent.end_char)
        pieces = []
        if whole[0] < phrase[0]:
            pieces.append(trim_span(text, (whole[0], phrase[0])))
        if phrase[1] < whole[1]:
            pieces.append(trim_span(text, (phrase[1], whole[1]), EDGE_PUNCT + "."))
        content = [p for p in pieces if p and len(text[p[0]:p[1]].split()) >= 2]
        cue_end = to.idx + len(to.text)
        found.append(
            Cue(
                token=tok,
                cue_type="speech",
                cue_spans=[(tok.idx, cue_end)],
                speaker=source,
                content=content,
                according=True,
            )
        )
    return found


# "with no deaths reported": a participle after these says what was
# reported, and its subject is no speaker.
ABSOLUTE_WITH = frozenset({"with", "without"})


def verb_cues(doc, quoted: list[CharSpan] | None = None) -> list[Cue]:
    """Cue words with their speaker and content (content may be empty).

    A verb is a cue when the lexicon names it and the learned tagger does
    not rule it out; any verb, noun or adjective is one when the tagger
    alone is confident (then its type is stance unless it is a known speech
    verb). The clause rules give a lexicon cue's content and speaker; the
    tagger's roles fill in what the rules cannot, and give them for the
    cues only it found.
    """
    tagger = load_tagger()
    quoted_tokens = _tokens_in(doc, quoted or []) if tagger is not None else frozenset()
    scores = tagger.scores(doc) if tagger is not None else None
    text = doc_text(doc)
    cues = []
    for i in _scan_indices(doc):
        tok = doc[i]
        kind = cue_type_of(tok)
        learned = False
        p = 0.0
        if tagger is not None and (kind is not None or could_report(tok)) and is_cue_candidate(tok) \
                and tok.lower_ != "according":
            p = tagger.cue_probability(tok, tok.i in quoted_tokens, scores)
            if kind is not None and p < KEEP_LEXICON_CUE:
                continue
            if kind is None and p >= NEW_CUE and not _material_act(tok) and not _personnel_act(tok):
                kind = "stance"
                learned = True
        if kind is None and _tags_a_quotation(tok):
            kind, learned = "speech", True
        if kind is None:
            continue
        if kind == "speech" and any(c.dep_ == "neg" for c in tok.children):
            continue  # "did not say what steps …" reports no statement
        if _put_question(tok) or _naming(tok) or _no_report(tok):
            continue
        if kind is not None and any(c.dep_ == "prep" and c.lower_ in _MOTION_PREPS for c in tok.children) \
                and _material_act(tok):
            continue  # "gunmen charged into the hotel": a movement, not a charge laid
        if learned and _moves_something(tok):
            continue  # "pushed a police car aside", "pushed against the barriers": hands, not words
        if tok.lemma_.lower() in PROTEST_VERBS and not _protests_something(tok) and not _tags_a_quotation(tok):
            continue  # "thousands protested outside parliament": a rally, no words reported
        if any(_act_phrase(c) for c in tok.rights):
            continue  # "responded by expelling its envoy", "responds in kind": an act, not words
        if tok.tag_ == "VBN" and (any(c.dep_ == "mark" and c.lower_ in ABSOLUTE_WITH for c in tok.children)
                                  or tok.dep_ == "pcomp" and tok.head.lower_ in ABSOLUTE_WITH):
            continue  # "…, with no deaths reported": what was reported, by no one named
        if _absolute_report(tok) or _participle_adjective(tok):
            continue  # "with many casualties reported"; "after disputed election calls …"
        if tok.lemma_.lower() in STANCE_WITHOUT_CLAUSE and not any(c.dep_ in CLAUSE_DEPS for c in tok.children):
            kind = "stance"
        speaker = subject_of(tok)
        if speaker is not None and tok.lemma_.lower() in CROWD_CRIES and speaker.lemma_.lower() in SECURITY_NOUNS \
                and tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "against"):
            # "Opposition supporters clash with police demanding …": the parse
            # makes the police the demanders; who clashes with them demands
            speaker = subject_of(tok.head.head) or speaker
        if speaker is not None and speaker.dep_ == "nsubj" and (_event_noun(speaker) or casualty_count(speaker)) \
                or speaker is not None and speaker.lemma_.lower() in _VOTES and (
                    speaker.dep_ == "nsubj" or tok.dep_ == "relcl" and speaker.i == tok.head.i):
            # ("a referendum which rejected attempts to curb royal power": a vote's result)
            continue  # "the clashes have claimed four lives", "The killings raised concerns": no one spoke
        if learned and speaker is not None and speaker.dep_ == "nsubj" and _mute_subject(speaker):
            continue  # "Speculation had been mounting that …": a mood, no one's words
        head = _inheritance_head(tok)
        content = [] if learned else clause_content(tok, speaker)
        if not content and not learned and speaker is not None:
            content = parenthetical_content(tok)  # exact where it applies: before the tagger
        if tagger is not None and (learned or speaker is None or not content):
            runs, source = decode_roles(tok, tagger.roles(tok, quoted_tokens, scores), CONTENT_ROLE, SOURCE_ROLE)
            # ("another incident showing tensions" shows, says nothing)
            if speaker is None and source is not None and can_speak(source) and not _participle_on_object(tok) \
                    and not mute(source) and not control_passive(tok) and _participle_resumed(tok) is None:
                speaker = source
            # a fronted subjectless cue ("Asked to comment on …, Peskov
            # said", "Commenting on …, he said") narrates; a trailing one
            # ("…, saying the plan …") reports for its head's speaker
            trailing = head is not None and head.i < tok.i
            if learned and speaker is None and head is not None and head.i > tok.i and tok.tag_ == "VBG":
                continue  # "Speaking about fallen pilots, Zakharova said …": narration
            if not content and not lemma_needs_clause(tok) and (learned or speaker is not None or trailing):
                content = [span for span in (_run_span(doc, text, run) for run in runs) if span]
        if tok.lemma_.lower() in EXPRESSION_VERBS and _mute_subject(
                speaker if speaker is not None else subject_of(head) if head is not None else None):
            continue  # "Growing dysfunction in Congress …, raising concern": a mood, no one's words
        agentless = kind == "stance" and speaker is None and p >= AGENTLESS_CUE and _agentless_passive(tok)
        if agentless and not content:
            content = _passive_clause(tok, text)
        content = _with_coordinated_content(tok, content)
        content = _with_trailing_phrases(tok, content, speaker)
        content = _without_elaboration(tok, content)
        inherited = head if speaker is None else None
        cue_spans = [(t.idx, t.idx + len(t.text)) for t in cue_phrase(tok)]
        content, cue_spans = _preposition_in_cue(tok, content, cue_spans)
        if tok.lemma_.lower() in EXPRESSION_VERBS:
            # the expressed noun ("concern"), not a list item after it
            noun = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if noun is not None:
                cue_spans.append((noun.idx, noun.idx + len(noun.text)))
        cues.append(
            Cue(
                token=tok,
                cue_type=kind,
                cue_spans=sorted(cue_spans),
                speaker=speaker,
                inherited_from=inherited,
                content=content,
                learned=learned,
                agentless=agentless,
            )
        )
    return cues


def _absolute_report(verb: Token) -> bool:
    """"… with many junta casualties reported, including officers": a
    participle the parser gave the absolute's noun as subject (and read as
    a past tense); what was reported, by no one named."""
    if not verb.lower_.endswith("ed") or any(c.dep_ in ("dobj", "ccomp", "xcomp", "aux") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i == 0:
        return False
    before = verb.doc[subj.left_edge.i - 1]
    return before.lower_ in ABSOLUTE_WITH and before.dep_ == "prep" and before.head.i != verb.i


# Prepositions after which a participle modifies the noun it precedes
# ("after *disputed* election"), in headline grammar the parser may miss.
_PREPOSITIONS_BEFORE_ADJECTIVE = frozenset({"after", "before", "amid", "over", "despite", "following"})


def _participle_adjective(verb: Token) -> bool:
    """"Opposition seeking exit after disputed election calls for
    protests": a past participle right after a preposition, with no
    auxiliary and a noun right after it, describes that noun."""
    doc = verb.doc
    return (verb.tag_ == "VBN" and verb.i > 0 and doc[verb.i - 1].lower_ in _PREPOSITIONS_BEFORE_ADJECTIVE
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in ("NOUN", "PROPN", "ADJ"))


def _agentless_passive(verb: Token) -> bool:
    """"the tax is expected to pass …", "the barrier is considered a
    model": a passive cue with a subject and no agent reports what unnamed
    people hold (PolNeAR annotates these, with no source). Only stance
    verbs are taken: agentless passives of speech verbs ("was charged
    with", "was ordered to") mostly narrate acts, and the canonical-speaker
    set never marks them."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.lemma_.lower() in PERCEPTION_VERBS and not any(c.lower_ == "as" for c in verb.children):
        return False  # "ferries were seen leaving", not "seen as a threat"
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    # "which was nominated for …": the relative clause describes its noun
    return subject is not None and subject.tag_ not in ("WDT", "WP")


def _passive_clause(verb: Token, text: str) -> list[CharSpan]:
    """The content of an agentless passive cue without a that-clause, as
    the annotators mark it: its subject and its complement, in two pieces
    around the cue ("The new harbour tax / to pass the council", "the mayor
    / misusing city funds"); a preposition heading the complement belongs to
    the cue ("accused of"). The subject alone when there is no complement
    ("the closure of the mill was debated")."""
    subject = next(c for c in verb.children if c.dep_ == "nsubjpass")
    pieces = [subtree_span(subject)]
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("xcomp", "prep", "oprd", "ccomp", "dobj"):
            continue
        if child.dep_ == "prep":
            if child.lower_ not in OBJECT_PREPS | {"as", "to", "with"}:
                continue  # "in Rwanda", "next month": where and when
            child = next((g for g in child.children if g.dep_ in ("pobj", "pcomp", "amod", "acomp")), None)
            if child is None:
                continue
        pieces.append(subtree_span(child))
        break  # the first complement; later phrases say how or when
    out = [span for span in (trim_span(text, p, EDGE_PUNCT + ".") for p in pieces) if span]
    return out if sum(len(text[a:b].split()) for a, b in out) >= 2 else []


VERB_TAG_IDS = numpy.array([get_string_id(t) for t in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB")], dtype="uint64")
NOUN_ARGUMENT_IDS = numpy.array([get_string_id(d) for d in NOUN_ARGUMENT_DEPS], dtype="uint64")
ADJ_ARGUMENT_IDS = numpy.array([get_string_id(d) for d in ADJ_ARGUMENT_DEPS], dtype="uint64")


def _scan_indices(doc) -> list[int]:
    """The tokens ``verb_cues`` needs to look at, found over the parse's
    arrays: verbs (by part of speech or tag), and nouns and adjectives with
    a reporting argument (``could_report``). Every other word fails all of
    its tests, and making a Token of each costs more than the tests."""
    if not len(doc):
        return []
    arr = doc.to_array([POS, TAG, DEP, HEAD])
    pos, tag, dep = arr[:, 0], arr[:, 1], arr[:, 2]
    heads = numpy.arange(len(doc), dtype="int64") + arr[:, 3].astype("int64")
    noun_arg = numpy.zeros(len(doc), dtype=bool)
    noun_arg[heads[numpy.isin(dep, NOUN_ARGUMENT_IDS)]] = True
    adj_arg = numpy.zeros(len(doc), dtype=bool)
    adj_arg[heads[numpy.isin(dep, ADJ_ARGUMENT_IDS)]] = True
    keep = (pos == VERB) | (pos == AUX) | numpy.isin(tag, VERB_TAG_IDS)
    keep |= ((pos == NOUN) & noun_arg) | ((pos == ADJ) & adj_arg)
    return numpy.flatnonzero(keep).tolist()


def _with_coordinated_content(cue: Token, content: list[CharSpan]) -> list[CharSpan]:
    """"urged supporters to triple the program, grow the Corps and create a
    reserve": the parser may hang the later items on the cue itself. A
    base-form or -ing verb coordinated with a finite cue cannot share its
    tense, so it continues the content."""
    if not content or cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return content
    doc = cue.doc
    end = content[-1][1]
    for conj in cue.rights:
        if conj.dep_ != "conj" or conj.idx < end:
            continue
        # "told CTV that …, but that …": a second that-clause the parser
        # coordinated with the cue itself
        that_clause = any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)
        if not that_clause and (
            conj.tag_ not in ("VB", "VBG") or any(c.dep_ in SUBJECT_DEPS for c in conj.children)
        ):
            continue
        gap = [t for t in doc[cue.i + 1 : conj.left_edge.i] if t.idx >= end]
        if any(not (t.is_punct or t.dep_ == "cc" or t.is_space) for t in gap):
            break
        right = conj.right_edge
        while right.i > conj.i and right.is_punct:
            right = doc[right.i - 1]
        end = right.idx + len(right.text)
    if end == content[-1][1]:
        return content
    return content[:-1] + [(content[-1][0], end)]


# Phrases after a cue's content that continue it ("cited the election as
# a reason to …", "described crass behavior by Trump behind the scenes"),
# where the parser hung them on the cue rather than inside the content.
TRAILING_DEPS = frozenset("prep advcl npadvmod acl xcomp oprd dative advmod ccomp dobj attr".split())
# Prepositions that continue what is said; "in", "at", "during" say where
# or when it was said ("attacked Machado in early-morning tweets").
TRAILING_PREPS = frozenset("as of to about for against by from with on over into toward towards like".split())
# An adverbial clause continues the content only with these marks, not
# "while", "as", "after" (narration of the circumstances).
TRAILING_MARKS = frozenset({"because", "that"})
NOT_CONTENT_ENTS = frozenset({"DATE", "TIME"})


def _with_trailing_phrases(cue: Token, content: list[CharSpan], speaker: Token | None) -> list[CharSpan]:
    """Run a content after the cue on over the cue's phrases that follow it,
    up to the first one that says when, where or in what circumstances
    (PolNeAR dev: 27 contents move across the Jaccard 0.5 line, 23 of
    them the right way)."""
    if not content or content[-1][0] < cue.idx:
        return content
    doc = cue.doc
    end = content[-1][1]
    new_end = end
    for child in cue.rights:
        if child.idx < end:
            continue
        if child.dep_ not in TRAILING_DEPS or _says_more(child):
            break
        if child.dep_ == "ccomp" and cue_type_of(child) is not None:
            break  # "… and Democrats accused the GOP …": a statement of its own
        if child.dep_ == "prep" and child.lower_ not in TRAILING_PREPS:
            break
        if child.ent_type_ in NOT_CONTENT_ENTS or any(
            g.dep_ == "pobj" and g.ent_type_ in NOT_CONTENT_ENTS for g in child.children
        ):
            break  # "on Friday", "this week"
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ not in TRAILING_MARKS for g in child.children):
            break
        if speaker is not None and child.left_edge.i <= speaker.i <= child.right_edge.i:
            break  # "…, said the mayor": the speaker closes the content
        right = child.right_edge
        while right.i > child.i and (right.is_punct or right.is_space):
            right = doc[right.i - 1]
        new_end = max(new_end, right.idx + len(right.text))
    if new_end == end:
        return content
    return content[:-1] + [(content[-1][0], new_end)]


# Modifiers that add the writer's aside to a noun ("the bill, which passed
# in May"; "the proposals, including …"). Apposition is not one: "described
# her as the mother, the daughter of …" lists what was said.
ASIDE_DEPS = frozenset({"relcl", "acl"})
ASIDE_MARKS = frozenset({",", "—", "–", "--", "-"})


def _without_elaboration(cue: Token, content: list[CharSpan]) -> list[CharSpan]:
    """End a content before an aside set off by a comma or dash that closes
    it: what the writer adds about the thing named ("praised the proposals,
    which include …") is not what the speaker said or thinks."""
    if not content or content[-1][0] < cue.idx:
        return content
    # only a named thing: a reported clause's own asides are part of what
    # was said in one corpus's convention and not in the other's (GGT, PolNeAR)
    if any(c.dep_ in CLAUSE_DEPS for c in cue.children):
        return content
    doc = cue.doc
    start, end = content[-1]
    for tok in doc[cue.i + 1 :]:
        if tok.idx >= end:
            break
        if tok.idx < start:
            continue
        if tok.dep_ not in ASIDE_DEPS or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        left = tok.left_edge
        if left.i == 0 or doc[left.i - 1].text not in ASIDE_MARKS:
            continue
        comma = doc[left.i - 1]
        right = tok.right_edge
        if right.idx + len(right.text) < end - 1 or comma.idx <= start:
            continue
        cut = trim_span(doc_text(doc), (start, comma.idx))
        if cut:
            return content[:-1] + [cut]
    return content


def _preposition_in_cue(
    cue: Token, content: list[CharSpan], cue_spans: list[CharSpan]
) -> tuple[list[CharSpan], list[CharSpan]]:
    """"called for X", "spoke of X", "warned against X": the preposition
    right after the cue belongs to the cue, and the content is X (as both
    gold sets annotate: PolNeAR's cues end in such a preposition about
    2.6 times as often as its contents start with one)."""
    if not content:
        return content, cue_spans
    doc = cue.doc
    last = max(e for _, e in cue_spans)
    prep = next((c for c in cue.rights if c.dep_ == "prep" and c.idx >= last), None)
    if prep is None or prep.idx != content[0][0] or prep.lower_ not in TOPIC_PREPOSITIONS:
        return content, cue_spans
    text = doc_text(doc)
    if text[last : prep.idx].strip() or prep.i + 1 >= len(doc):
        return content, cue_spans  # only a preposition right after the cue
    start = doc[prep.i + 1].idx
    if len(text[start : content[0][1]].split()) + sum(len(text[a:b].split()) for a, b in content[1:]) < 2:
        return content, cue_spans  # "called for calm": one word is no content; keep the phrase
    return [(start, content[0][1])] + content[1:], cue_spans + [(prep.idx, prep.idx + len(prep.text))]


CLOSING_MARKS = frozenset({"”", '"', "’’", "''"})


def _tags_a_quotation(verb: Token) -> bool:
    """"“You're short,” Bardos blurted out", "“Get out,” she snapped": any
    verb whose subject stands right after a quotation closed on a comma,
    question or exclamation mark tags that quotation as speech."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in SPEAKER_POS or not 0 < verb.i - subject.right_edge.i <= 1:
        return False
    k = subject.left_edge.i - 1
    doc = verb.doc
    return k >= 1 and doc[k].text in CLOSING_MARKS and doc[k - 1].text in (",", "?", "!") and verb.i - k <= 5


# Prepositions of a path: with them a speech verb that the event lexicon
# reads as a material act moves someone somewhere.
_MOTION_PREPS = frozenset("into through across toward towards onto".split())


# Verbs of the hands: with a word of where to ("aside", "against the
# barriers"), their subject moves things; no clause of theirs says what.
_HANDS_VERBS = frozenset("push shove drag pull kick hurl throw smash ram".split())
_MOTION_ADVERBS = frozenset("aside away back down off over forward".split())
_PRESSED_ON = _MOTION_PREPS | {"against", "at", "past"}


def _moves_something(tok: Token) -> bool:
    """Whether a verb of the hands moves or presses on a thing ("pushed a
    police car aside", "pushed against the barriers")."""
    if tok.lemma_.lower() not in _HANDS_VERBS or any(c.dep_ in CLAUSE_DEPS | {"xcomp"} for c in tok.children):
        return False
    # (where to: "pushed the strategy" advocates it)
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in _MOTION_ADVERBS
               or c.dep_ == "prep" and c.lower_ in _PRESSED_ON for c in tok.children)


def _protests_something(tok: Token) -> bool:
    """Whether a verb of protest has what it protests for its object or
    clause ("protested the ruling", "protested that …") or what it is
    for ("protested for his resignation"), not a place the
    parser took for one ("protested outside parliament")."""
    return any(c.dep_ in CLAUSE_DEPS | {"xcomp"} or c.dep_ == "prep" and c.lower_ == "for"
               or c.dep_ == "dobj" and not any(g.dep_ in ("amod", "advmod") and g.lower_ in _BESIDE
                                               for g in c.children) for c in tok.children)


# Words of where a crowd stands that the parser may hang on a place as its modifier.
_BESIDE = frozenset("outside inside near around opposite".split())


def _material_act(tok: Token) -> bool:
    """Whether the event lexicon reads the verb with its object as a
    material act done by a group ("Militants attack Pakistani military
    base"): no stance, whatever the tagger learned from verbal attacks. A
    person's act (a name, a pronoun, "the governor") stays a candidate
    ("Trump attacked Machado"), and so does a verbal reading ("attacked the
    plan as reckless")."""
    if tok.pos_ != "VERB":
        return False
    subject = subject_of(tok)
    if subject is None or subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return False  # "Trump attacked Machado": a politician's attacks are words
    from redline.entities.mentions import entity_nouns  # the entity layer reads this module
    from redline.events.ontology import MATERIAL_QUADS, QUAD  # events read this module

    if entity_nouns().get(subject.lemma_.lower()) == "person":
        return False  # "The governor attacked the mayor in late-night posts"
    from redline.events.senses import entry_for, verb_sense
    from redline.events.triggers import lexicon

    entry = entry_for(tok)
    found = verb_sense(tok, entry, None, lambda _t: False) if entry is not None else None
    if found is not None and found.sense.type is not None and QUAD.get(found.sense.type) in MATERIAL_QUADS:
        return True
    # "Farmers renew protests", "rebels launched an offensive": the group
    # does the act its object names
    nouns = lexicon().nouns
    for obj in tok.children:
        noun = nouns.get(obj.lemma_.lower()) if obj.dep_ == "dobj" else None
        if noun is not None and noun.sense.type is not None and QUAD.get(noun.sense.type) in MATERIAL_QUADS:
            return True
    return False


# Verbs that put people in or out of office.
_PERSONNEL_VERBS = frozenset("fire sack dismiss appoint name nominate replace remove promote demote reinstate "
                             "hire install elect".split())


def _personnel_act(tok: Token) -> bool:
    """"fired the economic coordination minister", "appointed a new army
    chief": a verb the tagger alone found, acting on an office holder with
    no clause of its own, moves people; it voices nothing."""
    if tok.lemma_.lower() not in _PERSONNEL_VERBS:
        return False  # ("attacked the mayor in late-night posts" is a stance)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ in CLAUSE_DEPS for c in tok.children):
        return False
    return obj.lemma_.lower() in ROLE_NOUNS


def can_speak(tok: Token) -> bool:
    """Whether the tagger's source word can name a speaker: a noun, name or
    pronoun, never a date or number ("on Friday added …")."""
    return tok.pos_ in SPEAKER_POS and tok.ent_type_ not in NOT_SPEAKER_ENTS and tok.dep_ != "npadvmod"


def _tokens_in(doc, spans: list[CharSpan]) -> frozenset[int]:
    """Indices of the tokens inside ``spans`` (quotations), found through
    the spans rather than by visiting every token."""
    out: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span if start <= t.idx < end)
    return frozenset(out)


def _put_question(tok: Token) -> bool:
    """"When asked whether …", "Asked about the talks, …", "he was asked
    if …": a question put to someone by an unnamed asker, not a statement."""
    if tok.lemma_.lower() != "ask":
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if passive or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return passive
    # "Asked what he would tell the mayor, Brooks says: …": a participle
    # opening the sentence, whatever tag the parser gave it
    opens = tok.i == tok.sent.start or (tok.i > 0 and tok.doc[tok.i - 1].is_sent_start and tok.doc[tok.i - 1].is_punct)
    return tok.tag_ == "VBN" or opens or any(c.lower_ in ("when", "if", "after", "once") for c in tok.children)


def _no_report(tok: Token) -> bool:
    """Verbs that look like stances but report no one's words or view:
    "Jordan has seen outpourings of anger" (what happened there), "signed
    an agreement", "reneged on a promise" (acts). ("The streets appeared
    calm" stays: PolNeAR counts "appear" as an evidential cue; dropping it
    cost 0.003 content F1 on its dev set.)"""
    lemma = tok.lemma_.lower()
    if lemma in _SIGNING:
        return True
    if lemma == "call" and tok.pos_ == "VERB" and not _tags_a_quotation(tok) and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "prt", "attr", "advcl") or c.dep_ == "prep"
            and c.lower_ in ("for", "on", "upon") for c in tok.children):
        return True  # "arrived after party members called": a visit or a phone call, no words reported
    if lemma in _QUESTIONING and any(c.dep_ == "auxpass" for c in tok.children) and any(
            c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or _people_noun(c)) for c in tok.children):
        return True  # "the officer was questioned by detectives": an interrogation, no one's view
    return lemma in PERCEPTION_VERBS and tok.pos_ == "VERB" and not any(
        c.dep_ in ("ccomp", "xcomp", "oprd") or c.lower_ == "as" for c in tok.children) and any(
        c.dep_ == "dobj" for c in tok.children)


# Acts on a text: never a statement.
_SIGNING = frozenset("sign renege initial ratify".split())
# A vote's result says what it says, in no one's words (a poll or survey "finds", as PolNeAR counts).
_VOTES = frozenset("referendum plebiscite vote ballot".split())
# Verbs of questioning: of a person, in the passive, an interrogation.
_QUESTIONING = frozenset("question interrogate quiz".split())


def _people_noun(noun: Token) -> bool:
    """Whether a common noun names people ("officer", "suspects")."""
    from redline.entities.mentions import entity_nouns  # the entity layer reads this module

    return entity_nouns().get(noun.lemma_.lower()) == "person" or noun.lemma_.lower() == "suspect"


def _naming(tok: Token) -> bool:
    """"drills called “Joint Sword”", "a plan dubbed …", "the group was
    named …": a verb that names a thing, not one reporting speech."""
    if tok.lemma_.lower() not in NAMING_VERBS:
        return False
    if tok.dep_ == "acl":
        return True
    if any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in tok.children):
        return True  # "what it called “brutal” pressure": a label, in passing
    if any(c.dep_ == "neg" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children):
        return True  # "the statement did not name the suspects": no one named
    return any(c.dep_ == "nsubjpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)


def _run_span(doc, text: str, run: tuple[int, int]) -> CharSpan | None:
    lo, hi = run
    return trim_span(text, (doc[lo].idx, doc[hi].idx + len(doc[hi].text)))


# Prefixes that end in a colon but name no speaker.
COLON_NON_SPEAKERS = frozenset(
    "read also related see note update photo image video watch editor editors "
    "published source sources more listen share follow advertisement q a".split()
)


def colon_cues(doc) -> list[Cue]:
    """Headline and transcript attributions: "PENCE: Well, look, …",
    "Kremlin: US doesn't want …" — a line opening with a name and a colon.

    The prefix must be one to five capitalised words naming someone (an
    entity or all proper nouns); the rest of the line is the content.
    """
    text = doc_text(doc)
    found = []
    line_start = 0
    for number, line in enumerate(text.split("\n")):
        colon = line.find(":")
        if number == 0 and _headline_style(text, line):
            # "Kremlin: US doesn't want …" over a story: the label says whose
            # story it is; the body reports the statement with its own cue
            line_start += len(line) + 1
            continue
        if 0 < colon <= 60 and line[colon + 1 :].strip():
            # a transcript line in a quoted paragraph ("“PENCE: …"): the
            # name starts after the mark
            lead = len(line) - len(line.lstrip(" \t\"“'‘"))
            prefix = doc.char_span(line_start + lead, line_start + colon, alignment_mode="contract")
            if prefix is not None and 1 <= len(prefix) <= 5 and _names_speaker(prefix) \
                    and not any(is_dateline(t) for t in prefix):  # "MANILA:", "New Delhi:", "MOGADISHU, Somalia:"
                # the closing mark of a quoted transcript line is not said
                content = trim_span(text, (line_start + colon + 1, line_start + len(line)), " \t\"”" if lead else " \t")
                colon_tok = doc.char_span(line_start + colon, line_start + colon + 1, alignment_mode="expand")
                if content and colon_tok is not None and _says_something(doc, content):
                    found.append(
                        Cue(
                            token=colon_tok[0],
                            cue_type="speech",
                            cue_spans=[(line_start + colon, line_start + colon + 1)],
                            speaker=prefix.root,
                            content=[content],
                            according=True,  # content is fixed; no clause search
                            colon=True,
                            speaker_span=(prefix.start_char, prefix.end_char),
                        )
                    )
        line_start += len(line) + 1
    return found


def _says_something(doc, content: CharSpan) -> bool:
    """Whether a colon line's rest is an utterance: three words or more,
    a verb among them, not in title case ("WINNER: Olivia Colman, The
    Favourite." is a list entry)."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    if len(words) < 3:
        return False
    if sum(1 for t in words if t.text[:1].isupper()) / len(words) >= 0.7:
        return False  # "WINNER: Regina Hall, If the River Could Talk": names and titles
    return any(t.pos_ in ("VERB", "AUX") for t in words)


def _headline_style(text: str, line: str) -> bool:
    """Whether the text's first line reads as a headline: most words
    capitalised, or no closing punctuation and a blank line after it."""
    words = line.split()
    if not words:
        return False
    if len(words) >= 4 and sum(1 for w in words if w[:1].isupper()) / len(words) >= 0.7:
        return True
    rest = text[len(line) + 1 :]
    return line.rstrip()[-1:] not in ".!?\"”'’" and rest[: rest.find("\n") + 1].strip() == "" and "\n" in rest


def _names_speaker(prefix) -> bool:
    words = [t for t in prefix if not t.is_punct]
    if not words or any(t.lower_ in COLON_NON_SPEAKERS for t in words):
        return False
    if not all(t.text[:1].isupper() for t in words):
        return False
    has_entity = any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in words)
    return has_entity or all(t.pos_ == "PROPN" or t.text.isupper() for t in words)


def _subject_lost_to_clause(verb: Token) -> Token | None:
    """"“…,” said activist Nabeel Rajab after the court sentenced him": the
    parser made the inverted speaker a second subject of the clause after
    it, before that clause's "after"; the speaker is the noun right after
    the cue."""
    for t in verb.doc[verb.i + 1:min(verb.i + 8, len(verb.doc))]:
        if (t.is_sent_start and t.i > verb.i + 1) or t.is_punct:
            return None  # (the parser may split the sentence right after the cue)
        if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN") and t.head.i > t.i \
                and any(c.dep_ == "mark" and t.i < c.i < t.head.i for c in t.head.children):
            return t
    return None
