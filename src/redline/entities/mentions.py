"""Find the mentions of people, organisations, states and groups in a parse.

A mention is a noun phrase that can refer to an actor:

- names: named entities (PERSON, ORG, GPE, NORP, FAC, LOC) heading a noun
  phrase, and names nested as modifiers ("Kremlin" in "Kremlin spokesman");
- role and title nouns ("the spokesman", "the foreign minister");
- organisation, group and place nouns ("the ministry", "the rebels", "the
  city"): the sector words of the actor tables and the nouns the GUM corpus
  shows referring to people, organisations and places
  (``data/entity_nouns.tsv``, built by ``scripts/build_entity_nouns.py``);
- demonym phrases ("Russian officials");
- personal and possessive pronouns; "I"/"we" inside a quotation are kind
  ``first`` (they are the quote's speaker).

Spans follow the noun phrase as coreference corpora mark it (determiners,
modifiers, prepositional phrases and relative clauses), stopping at an
appositive, which is a mention of its own. Cost is linear in the document.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources
from itertools import accumulate

from spacy.attrs import IDX, LOWER, POS, SENT_START
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Token

from redline.actors.dictionaries import builtin_hand_tables
from redline.actors.normalize import is_acronym
from redline.actors.resolve import LANGUAGE_WORDS
from redline.clean.dateline import MAX_DATELINE_TOKENS, dateline_dash
from redline.entities.mention import Mention, MentionKind
from redline.entities.coref_features import TITLES as TITLE_WORDS
from redline.statements.lexicon import ROLE_NOUNS
from redline.entities.name_gender import name_gender
from redline.statements.quotes import find_quotations
from redline.statements.spans import doc_text
from redline.statements.speakers import in_title_case_line

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# A line opening with a word in capitals: where a dateline may stand.
_LINE_START_CAPS = re.compile(r"(?:^|\n)[ \t]*([A-Z][A-Z]+(?:[ \t][A-Z]+)*)\b")
# What the recogniser labels as amounts and times is never an unlabelled name.
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE"})
# Pronoun -> (gender, number); gender "n" is neuter (organisations, places).
PRONOUNS: dict[str, tuple[str | None, str | None]] = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "it": ("n", "sg"), "its": ("n", "sg"), "itself": ("n", "sg"),
    "they": (None, "pl"), "them": (None, "pl"), "their": (None, "pl"), "theirs": (None, "pl"),
    "themselves": (None, "pl"),
    "i": (None, "sg"), "me": (None, "sg"), "my": (None, "sg"), "mine": (None, "sg"), "myself": (None, "sg"),
    "we": (None, "pl"), "us": (None, "pl"), "our": (None, "pl"), "ours": (None, "pl"),
    "ourselves": (None, "pl"),
    "you": (None, None), "your": (None, None), "yours": (None, None), "yourself": (None, "sg"),
}
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
FIRST_SINGULAR = frozenset({"i", "me", "myself"})
FEMALE_WORDS = frozenset(
    "mrs mrs. ms ms. miss madam lady queen princess spokeswoman chairwoman congresswoman "
    "businesswoman woman women mother daughter sister wife girl widow actress".split())
MALE_WORDS = frozenset(
    "mr mr. sir lord king prince spokesman chairman congressman businessman man men father "
    "son brother husband boy widower actor".split())
# Nouns that name an organisation or a group by its kind ("the alliance",
# "the bloc", "the ministry"): they refer back to one the article named.
ORGANISATION_NOUNS = frozenset((
    "alliance bloc coalition union organisation organization agency ministry department "
    "government administration regime junta cabinet council committee commission parliament "
    "assembly congress senate court party movement group militia faction company firm bank "
    "authority authorities office bureau institute foundation federation league network "
    "newspaper broadcaster channel mission").split())
# Capitalised heads of bodies' names that go on with "for" or "of"
# ("Union for Peace", "Movement for Democratic Change", "Front for the
# Liberation of …").
BODY_NAME_HEADS = frozenset("union front movement coalition alliance party council congress league "
                            "federation assembly committee".split())
# Words the tables and GUM list that do not refer on their own.
NOT_MENTION_NOUNS = frozenset("home floor surface sky room land sea world road street".split())
MAX_SPAN_TOKENS = 30
# Capitalised words that are no name on their own.
_NOT_NAME_WORDS = frozenset((
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december mr mrs ms dr god").split())
_CANDIDATE_POS = frozenset({NOUN, PROPN, PRON})  # longer phrases are cut back to their head's left part


@functools.cache
def entity_nouns() -> dict[str, str]:
    """Common nouns that refer to actors -> person | organization | place."""
    nouns: dict[str, str] = {}
    for word, kind in _noun_rows("entity_nouns.tsv"):
        if word not in PRONOUNS and word not in NOT_MENTION_NOUNS:
            nouns[word] = kind
    # redline's own hand-written nouns for people GUM's counts miss ("supporter")
    for word, kind in _noun_rows("people_nouns.tsv"):
        nouns.setdefault(word, kind)
    for word, kind in sector_words().items():
        nouns.setdefault(word, kind)
    for word in ROLE_NOUNS:
        nouns.setdefault(word, "person")
    for word in ORGANISATION_NOUNS:
        nouns.setdefault(word, "organization")
    return nouns


def _noun_rows(name: str) -> Iterator[tuple[str, str]]:
    """(word, kind) of each row of the package's noun table ``name``,
    comments and the header skipped."""
    text = (resources.files("redline") / "data" / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("word\t") or not line.strip():
            continue
        word, kind, *_ = line.split("\t")
        yield word, kind


@functools.cache
def sector_words() -> dict[str, str]:
    """The hand-written actor tables' one-word sector nouns: role words are
    people, bodies organisations."""
    return {word: "person" if entry.kind == "role" else "organization"
            for word, entry in builtin_hand_tables().sectors.items() if " " not in word}


def language_name(doc: Doc, end: int) -> bool:
    """Whether the name ending at token ``end`` names a language ("the
    English-speaking regions", "the French language"): no actor."""
    if end < len(doc) and doc[end].text == "-":
        end += 1
    return end < len(doc) and doc[end].lower_ in LANGUAGE_WORDS


def find_mentions(doc: Doc, quoted: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Every mention in ``doc``, in text order (by start, longer first).

    quoted: character spans of the article's quotations; found from the text
        when not given.
    """
    if quoted is None:
        quoted = [q.outer for q in find_quotations(doc_text(doc))]
    idx, pos, sent_starts, lower = doc.to_array([IDX, POS, SENT_START, LOWER]).T if len(doc) else ([], [], [], [])
    in_quote = _quote_lookup(idx, quoted)
    sent_of = list(accumulate(1 if x == 1 else 0 for x in sent_starts)) if doc.has_annotation("SENT_START") \
        else [0] * len(doc)
    ent_of: dict[int, tuple[int, int, str]] = {}
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and not (len(ent) > 2 and in_title_case_line(ent)) \
                and not language_name(doc, ent.end):
            # "Kremlin Rejects Western Warnings": a headline's capitals are no name
            for i in range(ent.start, ent.end):
                ent_of[i] = (ent.start, ent.end, ent.label_)
    nouns = entity_nouns()
    filed = dateline_tokens(doc)
    mentions: list[Mention] = []
    seen: set[tuple[int, int]] = set()

    def add(start: int, end: int, head: Token, kind: MentionKind, label: str | None,
            gender: str | None, number: str | None) -> None:
        if (start, end) in seen or end <= start:
            return
        seen.add((start, end))
        last = doc[end - 1]
        mentions.append(Mention(
            start=start, end=end, head=head.i, span=(int(idx[start]), last.idx + len(last.text)),
            kind=kind, label=label, gender=gender, number=number, sent=sent_of[head.i],
            quoted=in_quote[head.i]))

    # only nouns, proper nouns and pronouns can head a mention: the rest of
    # the document is never turned into Token objects
    candidates = [i for i, p in enumerate(pos) if p in _CANDIDATE_POS and i not in filed]
    for i in candidates:
        tok = doc[i]
        low = tok.lower_
        if tok.pos_ == "PRON" or (low in PRONOUNS and tok.tag_ in ("PRP", "PRP$")):
            if low in PRONOUNS:
                gender, number = PRONOUNS[low]
                kind: MentionKind = "first" if low in FIRST_PERSON and in_quote[tok.i] else "pronoun"
                add(tok.i, tok.i + 1, tok, kind, None, gender, number)
                if low in FIRST_SINGULAR and not in_quote[tok.i]:
                    joint = _joint(tok)
                    if joint is not None:
                        add(joint[0], joint[1], doc[joint[2]], "joint", None, None, "pl")
            continue
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        ent = ent_of.get(tok.i)
        if ent is None and tok.pos_ == "PROPN" and tok.dep_ == "compound" and is_acronym(tok.text) \
                and tok.head.lemma_.lower() in ROLE_NOUNS:
            # "Senior *BNP* leader Karim Uddin": the body the role is held for
            add(tok.i, tok.i + 1, tok, "name", "ORG", "n", None)
            continue
        if ent is None and tok.pos_ == "PROPN":
            ent = _unlabelled_name(tok, ent_of)
        if ent is not None:
            if ent[2] == "NORP" and tok.dep_ == "amod":
                continue  # "Russian officials": the phrase is the mention
            if not _is_ent_head(tok, ent):
                continue
            if tok.dep_ in ("compound", "poss", "nmod", "amod") or _possessor(tok):
                # a name modifying another noun: a mention of its own, name only;
                # a title the recogniser took into it is the person's, not the
                # body's ("Kremlin Spokesman Dmitry Peskov": the body is "Kremlin")
                end = _strip_possessive(doc, ent[1])
                while end > ent[0] and ent[2] == "ORG" and _is_title_word(doc[end - 1]):
                    end -= 1
                if end > ent[0]:
                    head = doc[end - 1] if end < ent[1] else tok
                    add(ent[0], end, head, "name", ent[2], _name_gender(doc, ent), None)
                continue
            start, end = _phrase(tok)
            if start < ent[0] and ent[2] in (None, "PERSON") \
                    and all(t.ent_type_ in _PLACE_LABELS and t.tag_ != "POS" for t in doc[start:ent[0]]):
                start = ent[0]  # "charge d'affaires in Bamako Ibrahima Sow": the town is not his name
            add(start, end, tok, "name", ent[2], _name_gender(doc, ent, start), _number(tok))
            if (start, end) != (ent[0], ent[1]) and end - start > ent[1] - ent[0] and not (
                    ent[2] is None and all(t.pos_ in ("PROPN", "PUNCT") for t in doc[start:ent[0]])):
                # "Kremlin spokesman Dmitry Peskov": the name alone too (an
                # unlabelled name's own words before it are no title: "Al-Shabab")
                add(ent[0], _strip_possessive(doc, ent[1]), tok, "name", ent[2], _name_gender(doc, ent), None)
            continue
        if tok.dep_ in ("compound",):
            continue
        lemma = tok.lemma_.lower()
        kind_of = nouns.get(lemma) or nouns.get(low)
        if kind_of is None:
            continue
        start, end = _phrase(tok)
        demonym = any(c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in tok.children)
        if lemma in ROLE_NOUNS or sector_words().get(lemma) == "person":
            kind = "role"
        elif demonym:
            kind = "demonym"
        else:
            kind = "noun"
        gender = _noun_gender(doc, start, tok) if kind_of == "person" else "n"
        add(start, end, tok, kind, None, gender, "pl" if _collective(tok) else _number(tok))
    # "Le Hoang, one of the protesters": one of a group, in apposition to a name
    for i in (i for i, w in enumerate(lower) if w == _ONE and i not in filed):
        tok = doc[i]
        if tok.dep_ != "appos":
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if group is not None and group.tag_ in ("NNS", "NNPS") and (
                nouns.get(group.lemma_.lower()) or nouns.get(group.lower_)
                # "Hassan Karimi, one of the movement's members of
                # parliament": a person one of a body's own people
                or tok.head.ent_type_ == "PERSON" and any(
                    c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in group.children)):
            add(tok.i, group.right_edge.i + 1, tok, "noun", None, None, "sg")
    # "Albert and Marcia": two people named together, whom "they" may take up
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start < 2 or ent.start in filed:
            continue
        cc = ent.start - 1
        if doc[cc].lower_ != "and" or in_quote[cc] or (ent.end < len(doc) and doc[ent.end].dep_ == "conj"):
            continue
        left = doc[cc - 1]
        if left.ent_type_ != "PERSON" or left.ent_iob_ == "":
            continue
        start = left.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        if ent.end - start <= MAX_SPAN_TOKENS:
            add(start, ent.end, doc[cc], "joint", None, None, "pl")
    mentions.sort(key=lambda m: (m.span[0], -m.span[1]))
    return mentions


def _joint(tok: Token) -> tuple[int, int, int] | None:
    """(start, end, conjunction) of the coordination that ends in the
    speaker ("Hannah, Martha and I", "Isabel and I", "my wife and I"), read
    from the surface (parsers often split such lists), or None. Its head is
    the conjunction, so that no conjunct's own mention is taken for it."""
    doc = tok.doc
    cc = tok.i - 1
    if cc < 1 or doc[cc].lower_ not in ("and", "nor", "&"):
        return None
    start = None
    j = cc - 1
    if doc[j].text == ",":  # "Hannah, Martha, and I"
        j -= 1
    while j >= 0:
        lo = _conjunct_start(doc, j)
        if lo is None:
            break
        start = lo
        if lo >= 2 and doc[lo - 1].text == "," and doc[lo - 2].pos_ in ("PROPN", "NOUN"):
            j = lo - 2
            continue
        break
    if start is None or tok.i + 1 - start > MAX_SPAN_TOKENS:
        return None
    return start, tok.i + 1, cc


def _conjunct_start(doc: Doc, j: int) -> int | None:
    """Where the person phrase ending at token ``j`` starts ("Martha",
    "Mario J. Lucero", "my wife", "the Speaker"), or None."""
    tok = doc[j]
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") and tok.text[:1].isupper():
        while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].ent_type_ in ("", "PERSON"):
            j -= 1
        return j
    if tok.pos_ == "NOUN" and entity_nouns().get(tok.lemma_.lower()) == "person" and j > 0 \
            and doc[j - 1].lower_ in ("my", "our", "the"):
        return j - 1
    return None


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """Tokens of wire datelines ("KINSHASA, (Reuters) –"): where the story
    was filed and who filed it, never an actor of the story. Only lines that
    open with a capitalised word are looked at, found in the text, so no
    token of the rest is built; found once per document (the entity layer
    and the speaker rules both ask)."""
    found = doc.user_data.get(_DATELINE_TOKENS)
    if found is not None:
        return found
    out: set[int] = set()
    for match in _LINE_START_CAPS.finditer(doc_text(doc)):
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        dash = dateline_dash(span[-1]) if span is not None else None
        if dash is None:
            continue
        out.update(range(span.start, min(dash.i + 1, span.start + MAX_DATELINE_TOKENS)))
    found = doc.user_data[_DATELINE_TOKENS] = frozenset(out)
    return found


# Doc.user_data key for ``dateline_tokens``.
_DATELINE_TOKENS = "redline.dateline_tokens"


# Entity labels of places, which never open a person's name.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _unlabelled_name(tok: Token, ent_of: dict[int, tuple[int, int, str]]) -> tuple[int, int, str | None] | None:
    """A capitalised proper-noun run the recogniser left unlabelled ("Byron
    said", "Samy said"), as (start, end, label); PERSON when its first word
    is a known given name."""
    if not tok.text[:1].isupper() or tok.dep_ == "compound" or tok.is_stop or tok.ent_type_ in _NOT_NAMES:
        return None  # "Sept. 11", "$5 Million" are no one
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].text[:1].isupper() and start - 1 not in ent_of:
        start -= 1
    words = doc[start:tok.i + 1]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and tok.head.head.lower_ in BODY_NAME_HEADS \
            and tok.head.head.text[:1].isupper():
        return None  # "Peace" in "the Union for Peace": a word of the body's name
    if in_title_case_line(words) or any(t.lower_ in _NOT_NAME_WORDS for t in words):
        return None
    if _title_alone(words):
        return None  # "the Secretary", "the Prime Minister": a role written with capitals
    return (start, tok.i + 1, "PERSON" if name_gender(words[0].text) else None)


def _is_title_word(tok: Token) -> bool:
    """A capitalised role or title word ("Spokesman", "Minister", "Foreign")."""
    low = tok.lower_
    return tok.text[:1].isupper() and (low in ROLE_NOUNS or tok.lemma_.lower() in ROLE_NOUNS or low in TITLE_WORDS)


def _title_alone(words) -> bool:
    """Whether a capitalised run is a title with no name in it ("Secretary",
    "Prime Minister", "Foreign Secretary"): its last word a role noun, the
    words before it title words."""
    if words[-1].lemma_.lower() not in ROLE_NOUNS and words[-1].lower_ not in ROLE_NOUNS:
        return False
    return all(t.lower_ in TITLE_WORDS or t.lower_ in ROLE_NOUNS for t in words[:-1])


def _quote_lookup(idx, quoted: list[tuple[int, int]]) -> list[bool]:
    """For each token (by its character offset), whether it is inside a quotation."""
    flags = [False] * len(idx)
    if not quoted:
        return flags
    spans = sorted(quoted)
    k = 0
    for i, at in enumerate(idx):
        while k < len(spans) and spans[k][1] <= at:
            k += 1
        flags[i] = k < len(spans) and spans[k][0] <= at < spans[k][1]
    return flags


def _is_ent_head(tok: Token, ent: tuple[int, int, str]) -> bool:
    """Whether ``tok`` is the entity's syntactic head (its head lies outside)."""
    return not (ent[0] <= tok.head.i < ent[1]) or tok.head.i == tok.i


def _possessor(tok: Token) -> bool:
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.tag_ == "POS"


def _strip_possessive(doc: Doc, end: int) -> int:
    while end > 0 and doc[end - 1].tag_ == "POS":
        end -= 1
    return end


# Tags of finite verbs, which no noun phrase holds before its head.
_FINITE_TAGS = frozenset({"VBP", "VBZ", "VBD", "MD"})


def _phrase(head: Token) -> tuple[int, int]:
    """Token span of the noun phrase headed by ``head``: its subtree, cut at
    an appositive or a parenthesis after the head, and at a clause that is
    a sentence of its own."""
    doc = head.doc
    start = head.left_edge.i
    end = head.right_edge.i + 1
    glued = glued_end(head)
    for child in head.rights:
        if child.i < glued:
            continue  # "editor-in-chief": one word the tokenizer split at its hyphens
        if child.dep_ in ("appos", "punct", "cc", "conj", "parataxis", "advcl", "ccomp") or time_phrase(child):
            end = min(end, child.left_edge.i)  # ("Montenegro on Saturday": when it acted, not who)
    # a date the parser hung deeper ("supporters of the president on Monday")
    dated = next((t.i for t in doc[head.i + 1:end] if time_phrase(t)), None)
    if dated is not None:
        end = dated
    # "the Citizens Coalition for Change (CCC)": the parser hangs the bracket
    # deep inside the name; a bracketed acronym or aside is no part of it
    bracket = next((t.i for t in doc[head.i + 1:end - 1] if t.text == "(" and is_acronym(doc[t.i + 1].text)), None)
    if bracket is not None:
        end = bracket
    # a finite verb before the head is a clause the parser folded into the
    # phrase ("Guinea-Bissau soldiers detain premier", a headline): the
    # phrase begins after it
    verb = next((t.i for t in reversed(doc[start:head.i]) if t.tag_ in _FINITE_TAGS), None)
    if verb is not None:
        start = verb + 1
    # a person's name and "and" before the head are a list the parser folded
    # into it ("Chief Minister Fabian Picardo and EU Vice President Maros
    # Sefcovic"): the phrase begins after the "and"
    joined = next((t.i for t in reversed(doc[start + 1:head.i]) if t.dep_ == "cc"
                   and doc[t.i - 1].ent_type_ == "PERSON"), None)
    if joined is not None:
        start = joined + 1
    # never start or end on punctuation
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    # nor on a preposition whose object the parser hung elsewhere ("Turkish
    # ministers over" in "US sanctions Turkish ministers over detained pastor")
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"
                                or (doc[end - 1].dep_ == "prep" and not any(doc[end - 1].children))):
        end -= 1
    if end - start > MAX_SPAN_TOKENS:
        end = head.i + 1
        start = max(start, head.i - 8)
    return start, end


_HYPHENS = frozenset({"-", "‐"})


def glued_end(tok: Token) -> int:
    """The index after the word ``tok`` begins when the tokenizer split it
    at hyphens with no space around them ("editor-in-chief",
    "commander-in-chief"): tok.i + 1 for a word of its own."""
    doc = tok.doc
    j = tok.i
    while j + 2 < len(doc) and doc[j + 1].text in _HYPHENS and not doc[j].whitespace_ \
            and not doc[j + 1].whitespace_:
        j += 2
    return j + 1


def time_phrase(prep: Token) -> bool:
    """A preposition whose object is a date or time ("on Saturday", "in
    2019"): when, never who."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.dep_ == "prep" and bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


_ONE = get_string_id("one")
# Nouns for a number of people taken together ("a group of soldiers").
_COLLECTIVES = frozenset("group band team unit contingent squad batch handful number dozen couple crowd".split())


def _collective(tok: Token) -> bool:
    """A collective noun with its members after "of" ("a group of soldiers",
    "a handful of protesters"): many people, whom "they" takes up, never "he"."""
    return tok.lemma_.lower() in _COLLECTIVES and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") for g in c.children)
        for c in tok.children)


def _number(tok: Token) -> str | None:
    if tok.tag_ in ("NNS", "NNPS"):
        return "pl"
    if tok.tag_ in ("NN", "NNP"):
        return "sg"
    return None


def _name_gender(doc: Doc, ent: tuple[int, int, str | None], start: int | None = None) -> str | None:
    if ent[2] is not None and ent[2] != "PERSON":
        return "n"
    lo = start if start is not None else max(0, ent[0] - 2)
    for t in doc[lo:ent[1]]:
        if t.lower_ in FEMALE_WORDS:
            return "f"
        if t.lower_ in MALE_WORDS:
            return "m"
    return name_gender(doc[ent[0]:ent[1]].text)


def _noun_gender(doc: Doc, start: int, head: Token) -> str | None:
    for t in doc[start:head.i + 1]:
        if t.lower_ in FEMALE_WORDS:
            return "f"
        if t.lower_ in MALE_WORDS:
            return "m"
    return None
