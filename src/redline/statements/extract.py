"""Attributed statements from a parsed article: quotes, reported speech, stance.

The steps, in order:
  1. Cues that govern a clause ("said that …", "…, Peskov said") give
     reported speech; quotations the clause touches are merged in, which
     makes the statement direct (all quoted) or mixed (partly quoted).
  2. Quotations no cue governs take the nearest speech cue in the same
     sentence, after the closing mark or before the opening one; two quotes
     around one cue (“…,” he said, “…”) become one statement.
  3. A quotation that opens a paragraph with no cue of its own continues the
     statement before it; a quotation after a line ending in ":" takes the
     cue of that line.
  4. Speakers are resolved (see speakers.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from redline.statements.cues import (
    CLAUSE_DEPS,
    Cue,
    according_cues,
    colon_cues,
    fronted_content,
    mute,
    names_own_object,
    parenthetical_content,
    subject_of,
    tense_break,
    verb_above,
    verb_cues,
)
from redline.statements.credits import credited_paragraphs
from redline.statements.lexicon import CROWD_CRIES, SECURITY_NOUNS
from redline.statements.quotes import Quotation, find_quotations, paragraph_spans
from redline.statements.spans import doc_text, merge_spans, overlaps, trim_span
from redline.statements.speakers import SpeakerResolver, last_people_noun, speaker_phrase
from redline.types import CharSpan, Statement

if TYPE_CHECKING:  # the entity layer reads statements' helpers; import only for types
    from redline.entities import ArticleEntities

# A quotation of fewer words with no cue next to it is a scare quote or a
# title, not a statement.
MIN_QUOTE_WORDS = 4
# How far (in tokens) from a quotation's closing mark a cue may stand.
AFTER_WINDOW = 12
BEFORE_WINDOW = 30
SENTENCE_END = {".", "!", "?"}
# A cue-less quotation continues a speaker who spoke this many paragraphs back.
CONTINUATION_PARAGRAPHS = 2


@dataclass(slots=True)
class Draft:
    """A statement under construction."""

    cue: Cue | None
    content: list[CharSpan]
    quotes: set[int] = field(default_factory=set)
    speaker: Token | None = None
    inherited_speaker: Token | None = None  # speaker shared, not named here
    verbatim: bool = False  # a credited post or pull quote: the words as written
    speaker_span: CharSpan | None = None  # where the speaker is named, when not a phrase of the parse

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


def extract_statements(
    doc: Doc,
    skip: list[CharSpan] | None = None,
    body_start: int = 0,
    entities: ArticleEntities | None = None,
    quote_turns: bool = False,
) -> list[Statement]:
    """Statements attributed in ``doc``, in text order.

    doc (Doc): the parsed article (its text is the article text).
    skip (list[CharSpan]): boilerplate ranges; nothing in them is reported.
    body_start (int): offset where the body starts (headline excluded).
    entities (ArticleEntities): the article's entity layer; speakers are
        resolved through it where it knows who a mention is.
    quote_turns (bool): a quotation that goes on after its tag in the same
        paragraph (“…,” said X. “…”) joins the tagged statement (one
        statement per speaker's turn, as PolNeAR annotates); by default it
        is a statement of its own by the same speaker (one per quotation,
        as the canonical-speaker corpora do).
    RETURNS (list[Statement]): statements with offsets into ``doc.text``.
    """
    skip = skip or []
    text = doc_text(doc)
    quotes = [q for q in find_quotations(text, skip) if q.start >= body_start]
    cues = [
        c
        for c in verb_cues(doc, [q.outer for q in quotes if q.double]) + according_cues(doc) + colon_cues(doc)
        if c.token.idx >= body_start
        and not _in_ranges(c.token.idx, skip)
        # a cue inside a quotation is the quoted speaker's business, except a
        # transcript line opening a quoted paragraph ("“PENCE: Well, …")
        and (c.colon or not _inside_quote(c.token.idx, quotes))
    ]
    drafts = _clause_drafts(doc, cues, quotes)
    paragraphs = paragraph_spans(text)
    _attach_quotes(doc, drafts, cues, quotes, paragraphs, quote_turns)
    drafts = _drop_narrating_heads(drafts, quotes)
    _add_credited(doc, drafts, quotes, paragraphs)
    # a clause with a cue but no speaker anywhere ("the proposed budget",
    # "to say that …") attributes nothing; quotations are kept regardless
    drafts = [
        d
        for d in drafts
        if d.content
        and not _all_in_ranges(d.content, skip)
        and (d.speaker is not None or d.inherited_speaker is not None or d.quotes
             or (d.cue and (d.cue.according or d.cue.agentless)))
        and not (not d.quotes and _says_nothing(doc, d))
    ]
    drafts.sort(key=lambda d: d.start)
    resolver = SpeakerResolver(doc, [q.outer for q in quotes], entities, skip)
    statements = []
    for draft in drafts:
        statements.append(_finish(doc, draft, quotes, resolver))
    return _first_person_in_quotes(statements, text)


def _first_person_in_quotes(statements: list[Statement], text: str) -> list[Statement]:
    """A statement whose speaker is an "I" or "we" inside another
    statement's quoted words ("Guterres said: “I condemn …” and called
    for …", where the parser hung "called" on the quotation) is that
    statement's speaker's."""
    out = list(statements)
    for k, statement in enumerate(out):
        speaker = statement.speaker
        if speaker.name is not None or not speaker.spans or (speaker.mention or "").lower() not in ("i", "we"):
            continue
        at = speaker.spans[0][0]
        outer = next((o for o in out if o is not statement and o.speaker.name is not None
                      and any(s <= at < e for s, e in o.content)), None)
        if outer is not None:
            out[k] = replace(statement, speaker=replace(outer.speaker, spans=speaker.spans, mention=speaker.mention))
    return out


def _in_ranges(char: int, ranges: list[CharSpan]) -> bool:
    return any(s <= char < e for s, e in ranges)


def _all_in_ranges(spans: list[CharSpan], ranges: list[CharSpan]) -> bool:
    return all(_in_ranges(s, ranges) for s, _ in spans)


def _inside_quote(char: int, quotes: list[Quotation]) -> bool:
    return any(q.double and q.start < char < q.end - 1 for q in quotes)


def _words(text: str, quote: Quotation) -> int:
    return sum(len(text[s:e].split()) for s, e in quote.pieces)


# 1. Cues that govern a clause.
def _clause_drafts(doc: Doc, cues: list[Cue], quotes: list[Quotation]) -> list[Draft]:
    text = doc_text(doc)
    drafts = []
    for cue in cues:
        content = list(cue.content)
        if not content and cue.speaker is not None and not cue.according:
            content = parenthetical_content(cue.token)
        if not content and cue.speaker is not None and not cue.according:
            fronted = fronted_content(cue.token, cue.speaker)
            if fronted:
                content = [fronted]
        content = [c for c in content if not _anonymity_request(text[c[0]:c[1]])]
        # one word is too little to be what someone said, but a piece of one
        # word is part of a content in pieces ("Police, Sinclair says, have …")
        if sum(len(text[c[0]:c[1]].split()) for c in content) < 2 and not (
            len(content) == 1 and _named_object(doc, cue, content[0])
        ):
            content = []
        if not content:
            continue
        touched = {i for i, q in enumerate(quotes) if any(overlaps(c, q.outer) for c in content)}
        if cue.colon:
            # a transcript line ("PENCE: …") is its own line: a quotation
            # the finder ran across other speakers' lines is not merged in
            line = (content[0][0] - 1, content[-1][1] + 1)
            touched = {i for i in touched if line[0] <= quotes[i].start and quotes[i].end <= line[1] + 1}
        pieces = list(content)
        for i in touched:
            if quotes[i].double:
                pieces.extend(quotes[i].pieces)
        drafts.append(
            Draft(
                cue=cue,
                content=merge_spans(pieces, text),
                quotes={i for i in touched if quotes[i].double},
                speaker=cue.speaker,
                inherited_speaker=_inherited_speaker(cue, cues),
                speaker_span=cue.speaker_span,
            )
        )
    return _drop_nested(drafts)


def _named_object(doc: Doc, cue: Cue, span: CharSpan) -> bool:
    """"supported Clinton", "endorsed Trump": a stance cue's whole content
    may be one name, its direct object. One word is otherwise too little
    to be what someone said."""
    if cue.cue_type != "stance":
        return False
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or len(words) != 1:
        return False
    word = words[0]
    return word.dep_ == "dobj" and word.head.i == cue.token.i and word.pos_ == "PROPN"


ANONYMITY_REQUEST = re.compile(r"^(?:\w+ing )?(?:not )?to (?:be|remain) (?:identified|named|quoted)|anonymity", re.IGNORECASE)


# Nouns for speech itself: "defended his comments", "made the remarks" name
# what was said without saying it.
SPEECH_ITSELF = frozenset("remark comment statement speech word interview".split())
# Verbs that point at a thing rather than say something of it.
POINTING = frozenset({"refer"})
# What a source can give none of: "provided no further details".
WITHHELD = frozenset("detail proof evidence explanation information comment".split())


def _says_nothing(doc: Doc, draft: Draft) -> bool:
    """Whether a cue's content says nothing: only a noun phrase naming
    speech ("his comments", "the remarks") or its absence ("no further
    details"). (Refusals, "declined to comment", are attributions in the
    PolNeAR annotation and stay.)"""
    if draft.cue is None or len(draft.content) != 1:
        return False
    span = doc.char_span(*draft.content[0], alignment_mode="expand")
    if span is None:
        return False
    if draft.cue.token.lemma_.lower() in POINTING and span.root.pos_ in ("NOUN", "PROPN"):
        return True  # "…, referring to the president's decision to run": what he meant, not what he said
    cue = draft.cue.token.lemma_.lower()
    before = doc[span.start - 1] if span.start > 0 else None
    if (span[0].lower_ == "with" or before is not None and before.lower_ == "with") and _means_of_force(span):
        return True  # "charged with batons", "responding with tear gas": an act, by its means
    if cue in SHOWING and (span.root.lemma_.lower() in PICTURES or any(
            c.dep_ == "dobj" and c.lemma_.lower() in PICTURES for c in draft.cue.token.children)) \
            and not any(t.lemma_.lower() in REPORTING for t in span):
        return True  # "posted video and photos of the convoy": shown, not said
    if cue == "claim" and span.root.lemma_.lower() in TOLLS:
        return True  # "the conflict claimed 6,500 lives"
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    if cue in ("speak", "talk") and (span[0].lower_ in ("to", "with") or before is not None and before.lower_ in (
            "to", "with")):
        return True  # "spoke to the media": whom she spoke to, not what she said
    head = span.root
    if any(c.dep_ == "conj" for c in head.children):
        return False  # "his comments and video of them": more than speech
    lemma = head.lemma_.lower()
    return lemma in SPEECH_ITSELF or (span[0].lower_ == "no" and lemma in WITHHELD)


# Verbs that show pictures, and the pictures (what they show is no statement).
SHOWING = frozenset("post publish share release broadcast air".split())
PICTURES = frozenset("video photo photograph footage image picture clip".split())
# Verbs by which a picture posted carries words ("a video saying …").
REPORTING = frozenset("say claim accuse warn call vow deny announce".split())
# What a conflict or disaster "claims".
TOLLS = frozenset("life live victim".split())
# Means of force a verb is done "with" ("charged with batons").
FORCE_MEANS = frozenset("baton gas teargas cannon bullet force stone rock truncheon club whip".split())


def _means_of_force(span) -> bool:
    """Whether ``span`` ("with batons", "with tear gas and water cannons")
    names only weapons or force."""
    from redline.events.triggers import lexicon  # events read this package

    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    weapons = lexicon().weapons
    return bool(nouns) and all(t.lemma_.lower() in FORCE_MEANS or t.lemma_.lower() in weapons
                               or t.dep_ == "compound" or t.lemma_.lower() == "water" for t in nouns)


def _anonymity_request(content: str) -> bool:
    """"…, asking not to be identified": a condition of speaking, not a
    statement."""
    return ANONYMITY_REQUEST.search(content) is not None


def _inherited_speaker(cue: Cue, cues: list[Cue]) -> Token | None:
    """For "…, adding that …": the speaker of the cue this one hangs off."""
    head = cue.inherited_from
    seen = 0
    while head is not None and seen < 4:
        for other in cues:
            if other.token.i == head.i:
                if other.speaker is not None:
                    return other.speaker
                head = other.inherited_from
                break
        else:
            subject = subject_of(head)
            if subject is None and head.dep_ == "ccomp" and head.head.i < head.i and cue.token.tag_ == "VBG":
                # "The minister said the rallies were funded from abroad,
                # accusing organisers of …": a participle on a reported clause
                # with no one acting in it is the reporter's
                head = head.head
                seen += 1
                continue
            if subject is None and head.dep_ == "conj" and head.head.i < head.i and cue.cue_type == "speech":
                # "Kigali said … and gave diplomats 48 hours, accusing …": a
                # coordinated verb shares the subject of the first (speech
                # only: "… and heaping on $100 billion" states no stance)
                head = head.head
                seen += 1
                continue
            if subject is not None and (names_own_object(cue.token, subject) or tense_break(head, cue.token)):
                # "the powers had killed the accord and accused them of …":
                # who accused them is not they; the clause above speaks
                return _subject_above(head)
            if subject is not None and subject.lemma_.lower() in SECURITY_NOUNS \
                    and cue.token.lemma_.lower() in CROWD_CRIES:
                # "Police fired tear gas at thousands of protesters …, calling
                # for the ouster of …": the crowd named between cries out, not
                # the police the participle hangs on
                crowd = last_people_noun(subject.doc[subject.i + 1 : cue.token.i], SECURITY_NOUNS)
                if crowd is not None:
                    return crowd
            if subject is not None and mute(subject):
                # "Tensions worsened after Serbian police arrested …, saying":
                # tensions say nothing; the clause before the participle does
                found = _speaking_subject_before(head, cue.token)
                if found is None and cue.token.dep_ == "conj" and head.dep_ == "ccomp":
                    # "the spokesman said the protests had remained peaceful
                    # and denied that …": the one who said it denied it
                    found = _subject_above(head)
                return found or subject
            return subject
        seen += 1
    return None


def _subject_above(verb: Token) -> Token | None:
    """The subject of the next verb up the tree from ``verb``'s clause."""
    above = verb_above(verb)
    return subject_of(above) if above is not None else None


def _speaking_subject_before(head: Token, participle: Token) -> Token | None:
    """The subject of the last clause hung on ``head`` before ``participle``
    that a speaker can be."""
    for clause in reversed([c for c in head.children if c.dep_ == "advcl" and c.i < participle.i]):
        subject = subject_of(clause)
        if subject is not None and not mute(subject):
            return subject
    return None


def _drop_nested(drafts: list[Draft]) -> list[Draft]:
    """A cue inside another statement's content is reported speech of the
    outer speaker's narrative only when it has a speaker of its own; a stance
    cue whose content nests in a speech statement's content is dropped
    ("Peskov said the US wants …" keeps Peskov's statement only)."""
    kept = []
    for d in drafts:
        outer = next(
            (
                o
                for o in drafts
                if o is not d
                and o.cue is not None
                and d.cue is not None
                and any(c[0] <= d.cue.token.idx < c[1] for c in o.content)
            ),
            None,
        )
        if outer is not None and d.cue is not None and d.cue.cue_type == "stance" and d.speaker is None:
            continue
        kept.append(d)
    return kept


def _add_credited(doc: Doc, drafts: list[Draft], quotes: list[Quotation], paragraphs: list[CharSpan]) -> None:
    """Embedded posts and pull quotes credited at the paragraph's end (see
    credits.py), where no statement already covers the paragraph."""
    text = doc_text(doc)
    for credit in credited_paragraphs(doc, text, paragraphs):
        if any(overlaps(c, credit.content) for d in drafts for c in d.content):
            continue
        inside = {i for i, q in enumerate(quotes) if q.double and overlaps(q.outer, credit.content)}
        drafts.append(Draft(cue=None, content=[credit.content], quotes=inside, speaker=credit.speaker,
                            verbatim=True, speaker_span=credit.name))


def _says_by_position(cue: Cue) -> bool:
    """"“You're short,” Bardos blurted out": a verb only the tagger knows,
    with a subject of its own, right beside a quotation, introduces it."""
    return cue.learned and cue.speaker is not None and cue.token.pos_ == "VERB"


def _drop_narrating_heads(drafts: list[Draft], quotes: list[Quotation]) -> list[Draft]:
    """"posted a message on social media, writing: “…”": the quotation is
    the statement; the verb it hangs from, with no quotation or clause of
    its own, only narrates how it was made. A head whose participle merely
    ends on a scare quote ("questioning the safety of the bridge, urging
    residents to make sure every crossing is “checked twice.”") keeps its
    own statement: there the participle reports, it does not quote."""
    quoting_heads = {
        d.cue.inherited_from.i
        for d in drafts
        if d.cue is not None and d.cue.inherited_from is not None and d.quotes and _mostly_quoted(d, quotes)
    }
    return [
        d
        for d in drafts
        if not (
            d.cue is not None
            and d.cue.token.i in quoting_heads
            and not d.quotes
            and not any(c.dep_ in CLAUSE_DEPS for c in d.cue.token.children)
        )
    ]


def _mostly_quoted(draft: Draft, quotes: list[Quotation]) -> bool:
    """Whether quotations make up at least half of a draft's content."""
    total = sum(e - s for s, e in draft.content)
    quoted = sum(
        max(0, min(e, qe) - max(s, qs)) for s, e in draft.content for i in draft.quotes for qs, qe in [quotes[i].outer]
    )
    return quoted * 2 >= total


# 2. and 3. Quotations without a governing cue.
def _attach_quotes(
    doc: Doc, drafts: list[Draft], cues: list[Cue], quotes: list[Quotation], paragraphs: list[CharSpan],
    quote_turns: bool = False,
) -> None:
    text = doc_text(doc)
    covered = set().union(*(d.quotes for d in drafts)) if drafts else set()
    cue_by_token = {c.token.i: c for c in cues if not c.according}
    for index, quote in enumerate(quotes):
        if index in covered or not quote.double:
            continue
        if any(d.start <= quote.start and quote.end <= d.end for d in drafts):
            continue  # inside another statement's content: a mixed quote
        if _nickname(doc, quote):
            continue  # Inspector Raymond “Beast” Matthews: a name, no one's words
        cue = _adjacent_cue(doc, quote, cue_by_token, quotes) or _dash_cue(doc, quote)
        if cue is not None:
            _attach(drafts, cue, quote, index, cues, text)
            continue
        if _words(text, quote) < MIN_QUOTE_WORDS:
            continue
        previous = _statement_before(drafts, quote, paragraphs, text)
        if previous is not None and quote_turns and previous.cue is not None and previous.quotes \
                and _same_paragraph(previous, quote, paragraphs):
            # “…,” said X. “…” as one turn of X's: the quotations one statement
            previous.content = merge_spans(previous.content + list(quote.pieces), text)
            previous.quotes.add(index)
            continue
        if previous is not None:
            # a statement of its own, by the speaker named for the one before
            drafts.append(
                Draft(
                    cue=None,
                    content=list(quote.pieces),
                    quotes={index},
                    speaker=previous.speaker,
                    inherited_speaker=previous.inherited_speaker,
                )
            )
            continue
        colon_cue = _colon_cue(doc, quote, cue_by_token)
        if colon_cue is not None:
            _attach(drafts, colon_cue, quote, index, cues, text)


def _nickname(doc: Doc, quote: Quotation) -> bool:
    """A quotation of a word or two between a given name and a surname
    (“Beast”, “El Chapo”): a nickname."""
    if len(quote.pieces) != 1 or len(doc_text(doc)[quote.pieces[0][0]:quote.pieces[0][1]].split()) > 2:
        return False
    before = doc.char_span(0, quote.start, alignment_mode="contract")
    after = doc.char_span(quote.end, len(doc_text(doc)), alignment_mode="contract")
    if before is None or after is None or not len(before) or not len(after):
        return False
    left, right = before[-1], next((t for t in after[:2] if not t.is_space), None)
    return right is not None and left.pos_ == "PROPN" and right.pos_ == "PROPN" \
        and left.text[:1].isupper() and right.text[:1].isupper()


def _attach(drafts: list[Draft], cue: Cue, quote: Quotation, index: int, cues: list[Cue], text: str) -> None:
    """Add a quotation to the statement of ``cue`` (“…,” he said, “…”: one
    statement, several pieces), or start that statement with it."""
    if cue.learned:
        cue.cue_type = "speech"  # it introduces a quotation: speech, whatever the tagger's type
    owner = next((d for d in drafts if d.cue is cue), None)
    if owner is not None:
        owner.content = merge_spans(owner.content + list(quote.pieces), text)
        owner.quotes.add(index)
        return
    drafts.append(
        Draft(
            cue=cue,
            content=list(quote.pieces),
            quotes={index},
            speaker=cue.speaker,
            inherited_speaker=_inherited_speaker(cue, cues),
        )
    )


def _adjacent_cue(
    doc: Doc, quote: Quotation, cue_by_token: dict[int, Cue], quotes: list[Quotation]
) -> Cue | None:
    """The speech cue in the same sentence right after or before a quote."""
    after = doc.char_span(quote.end, len(doc_text(doc)), alignment_mode="expand")
    # a quotation closed on ".", "?" or "!" ends its sentence unless the
    # words after it run on in lower case ("“Why not?” a narrator asks")
    closed_sentence = quote.end >= 2 and doc_text(doc)[quote.end - 2] in SENTENCE_END and not (
        after is not None and len(after) > 0 and _runs_on(after)
    )
    if after is not None:
        for n, tok in enumerate(after[:AFTER_WINDOW]):
            if "\n" in tok.text or (tok.text in SENTENCE_END):
                break
            if _inside_quote(tok.idx, quotes) or tok.text in "“\"":
                break
            cue = cue_by_token.get(tok.i)
            if cue is not None and (cue.cue_type == "speech" or _says_by_position(cue)):
                # “We will win.” Peskov said. — only a short tag may follow
                # a quote that closed its own sentence.
                if closed_sentence and n > 5:
                    break
                return cue
    before = doc.char_span(0, quote.start, alignment_mode="contract")
    if before is not None and len(before):
        for n, tok in enumerate(reversed(before[-BEFORE_WINDOW:])):
            if "\n" in tok.text or tok.text in SENTENCE_END:
                break
            if _inside_quote(tok.idx, quotes) or tok.text in "”\"":
                break
            cue = cue_by_token.get(tok.i)
            if cue is not None and (cue.cue_type == "speech" or _says_by_position(cue)):
                return cue
    return None


def _runs_on(after) -> bool:
    """Whether the first word after a quotation is in lower case."""
    word = next((t for t in after[:3] if not (t.is_punct or t.is_space)), None)
    return word is not None and word.text[:1].islower()


DASHES = "―—–"


def _dash_cue(doc: Doc, quote: Quotation) -> Cue | None:
    """“…” ― Sonya Herridge: a dash and a name right after a quotation
    (epigraphs, reader comments, embedded posts) attribute it."""
    text = doc_text(doc)
    at = quote.end
    while at < len(text) and text[at] in " \u00a0":
        at += 1
    if at >= len(text) or text[at] not in DASHES:
        return None
    # (read from the text: the tokenizer may join the dash to the closing
    # mark, "”―", so no token starts at the dash)
    after = doc.char_span(at + 1, min(len(text), at + 80), alignment_mode="contract")
    names = []
    for tok in after[:5] if after is not None else ():
        if tok.is_space or tok.text == "\u00a0":
            if names:
                break
            continue
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            break
        names.append(tok)
    if not names:
        return None
    dash = doc.char_span(at, at + 1, alignment_mode="expand")[0]
    return Cue(token=dash, cue_type="speech", cue_spans=[(at, at + 1)], speaker=names[-1])


def _same_paragraph(draft: Draft, quote: Quotation, paragraphs: list[CharSpan]) -> bool:
    """Whether ``quote`` stands in the paragraph where ``draft`` begins."""
    para = next((p for p in paragraphs if p[0] <= quote.start < p[1]), None)
    return para is not None and para[0] <= draft.start


def _statement_before(
    drafts: list[Draft], quote: Quotation, paragraphs: list[CharSpan], text: str
) -> Draft | None:
    """The statement a cue-less quotation at a paragraph start continues."""
    para = next((i for i, p in enumerate(paragraphs) if p[0] <= quote.start < p[1]), None)
    if para is None:
        return None
    earlier = [d for d in drafts if d.end <= quote.start]
    if not earlier:
        return None
    last = max(earlier, key=lambda d: d.end)
    # “…,” said X. “…” — a second quote in the speaker's own paragraph
    if text[paragraphs[para][0] : quote.start].strip():
        # — one with a cue of its own will do even when the parse missed its
        # speaker (a name read as part of the cue); the continuation then
        # names no one either, as the quotation it follows
        named = last.speaker or last.inherited_speaker or (last.cue is not None and last.quotes)
        return last if last.end >= paragraphs[para][0] and named else None
    if para == 0:
        return None
    # the speaker must have spoken within the last two paragraphs
    window_start = paragraphs[max(0, para - CONTINUATION_PARAGRAPHS)][0]
    if last.end < window_start or (last.speaker is None and last.inherited_speaker is None):
        return None
    return last


def _colon_cue(doc: Doc, quote: Quotation, cue_by_token: dict[int, Cue]) -> Cue | None:
    """“The Times reports:” + a quoted paragraph: the cue of the colon line."""
    head = doc_text(doc)[: quote.start].rstrip()
    if not head.endswith(":"):
        return None
    tok = doc.char_span(len(head) - 1, len(head), alignment_mode="expand")
    if tok is None:
        return None
    sent = tok[0].sent
    for t in reversed(list(sent)):
        cue = cue_by_token.get(t.i)
        if cue is not None:
            return cue
    # "Musk took to Twitter with this: “…”": no cue verb, but a named
    # subject introduces the quotation
    colon = tok[0]
    node = colon.doc[colon.i - 1] if colon.i > sent.start else colon
    for _ in range(8):  # up from the word before the colon to its clause's verb
        if node.pos_ in ("VERB", "AUX"):
            subject = subject_of(node)
            if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", "ORG"):
                return Cue(token=colon, cue_type="speech", cue_spans=[(colon.idx, colon.idx + 1)], speaker=subject)
            break
        if node.head.i == node.i or node.head.i > colon.i:
            break
        node = node.head
    return None


# 4. Finish: kind, speaker, sentence.
def _finish(doc: Doc, draft: Draft, quotes: list[Quotation], resolver: SpeakerResolver) -> Statement:
    text = doc_text(doc)
    content = [c for c in (trim_span(text, s, " \t\n") for s in draft.content) if c]
    kind = "direct" if draft.verbatim else _kind(text, content, [quotes[i] for i in sorted(draft.quotes)])
    if kind == "mixed" and draft.quotes and draft.cue is not None and draft.cue.token.lemma_ == "quote" \
            and all(quotes[i].end <= draft.cue.token.idx for i in draft.quotes):
        kind = "direct"  # "“…,” the Star quoted Mr Duterte as saying": the paper quoting is no content
    if kind == "direct" and draft.quotes:
        # the words inside the marks, not the marks the clause began with
        content = [p for i in sorted(draft.quotes) for p in quotes[i].pieces]
    speaker_tok = draft.speaker
    shared = draft.cue is not None and draft.cue.token.dep_ == "conj"
    if speaker_tok is None and shared and draft.inherited_speaker is not None:
        # "Iran rejected … and warned that …": the subject named for both
        speaker_tok = draft.inherited_speaker
    if speaker_tok is not None:
        span = draft.speaker_span or speaker_phrase(speaker_tok)
        speaker = resolver.resolve(speaker_tok, span, at=draft.start)
    elif draft.inherited_speaker is not None:
        speaker = resolver.resolve(draft.inherited_speaker, speaker_phrase(draft.inherited_speaker), at=draft.start)
        if draft.cue is None or draft.inherited_speaker.sent.start != draft.cue.token.sent.start:
            # named in another sentence: not named for this statement
            speaker = resolver.without_spans(speaker)
    else:
        speaker = resolver.unnamed()
    cue_spans = tuple(draft.cue.cue_spans) if draft.cue else ()
    all_spans = list(content) + list(cue_spans) + list(speaker.spans)
    lo = min(s for s, _ in all_spans)
    hi = max(e for _, e in all_spans)
    first = doc.char_span(lo, lo + 1, alignment_mode="expand")
    last = doc.char_span(hi - 1, hi, alignment_mode="expand")
    sent_lo = first.sent.start_char if first is not None and len(first) else lo
    sent_hi = last.sent.end_char if last is not None and len(last) else hi
    return Statement(
        kind=kind,
        cue_type=draft.cue.cue_type if draft.cue else "speech",  # type: ignore[arg-type]
        speaker=speaker,
        cue=cue_spans,
        content=tuple(content),
        sentence=(sent_lo, sent_hi),
    )


def _alnum(text: str, start: int, end: int) -> int:
    """Letters and digits in ``text[start:end]``."""
    return sum(1 for ch in text[start:end] if ch.isalnum())


def _kind(text: str, content: list[CharSpan], quotes: list[Quotation]) -> str:
    """direct: all quoted; mixed: partly quoted; indirect: no quotation."""
    if not quotes:
        return "indirect"
    marks = merge_spans((q.start, q.end) for q in quotes)  # a character counts once
    total = sum(_alnum(text, s, e) for s, e in content)
    quoted = sum(_alnum(text, max(s, qs), min(e, qe)) for s, e in content for qs, qe in marks if qs < e and s < qe)
    if total and quoted / total >= 0.9:
        return "direct"
    return "mixed"
