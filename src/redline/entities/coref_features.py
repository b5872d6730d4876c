"""What the coreference scorer knows about a mention and about an entity.

``describe`` reads one ``Mention`` against its parse (head lemma, gender,
number, grammatical role, name words); ``EntityState`` summarises the
mentions of an entity seen so far; ``pair_features`` turns an anaphor and a
candidate entity into sparse string features for the logistic scorer in
``coref.py``. Training (``scripts/train_coref.py``) and inference share these
functions, so the two never drift apart.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from redline.actors.regions import continent_of, continents_named
from redline.entities.mention import Mention
from redline.statements.lexicon import PROTEST_VERBS, SECURITY_NOUNS
from redline.entities.name_gender import name_gender

# Pronoun classes: the scorer learns one set of weights per class.
PRONOUN_CLASS = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
    "it": "it", "its": "it", "itself": "it",
    "they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they",
    "i": "i", "me": "i", "my": "i", "mine": "i", "myself": "i",
    "we": "we", "us": "we", "our": "we", "ours": "we", "ourselves": "we",
    "you": "you", "your": "you", "yours": "you", "yourself": "you", "yourselves": "you",
}
PRONOUN_GENDER = {"he": "m", "she": "f", "it": "n"}
PRONOUN_NUMBER = {"he": "sg", "she": "sg", "it": "sg", "i": "sg", "they": "pl", "we": "pl"}

TITLE_GENDER = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "lady": "f",
    "queen": "f", "princess": "f", "dame": "f", "madam": "f",
}
NOUN_GENDER = {
    "man": "m", "men": "m", "boy": "m", "father": "m", "son": "m", "brother": "m",
    "husband": "m", "king": "m", "prince": "m", "spokesman": "m", "chairman": "m",
    "businessman": "m", "congressman": "m", "uncle": "m", "nephew": "m", "grandfather": "m",
    "gentleman": "m", "boyfriend": "m", "dad": "m", "actor": "m", "monk": "m", "priest": "m",
    "woman": "f", "women": "f", "girl": "f", "mother": "f", "daughter": "f", "sister": "f",
    "wife": "f", "queen": "f", "princess": "f", "spokeswoman": "f", "chairwoman": "f",
    "businesswoman": "f", "congresswoman": "f", "aunt": "f", "niece": "f", "grandmother": "f",
    "lady": "f", "girlfriend": "f", "mom": "f", "mum": "f", "actress": "f", "nun": "f",
    "widow": "f", "baby": None,
}
# Person-like role heads (a role noun links to people, not to places).
PLURAL_TAGS = {"NNS", "NNPS"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "iobj", "pobj", "dative", "attr", "oprd"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


@dataclass(slots=True)
class MentionInfo:
    """One mention as the scorer sees it."""

    index: int
    start: int
    end: int
    head: int
    kind: str
    label: str | None
    gender: str | None
    number: str | None
    sent: int
    quoted: bool
    pron: str | None  # pronoun class ("he", "she", "it", "they", "i", "we", "you")
    lemma: str  # head lemma, lower case
    norm: str  # lower-cased words without a leading determiner or trailing 's
    words: tuple[str, ...]  # capitalised words of a name, in order ("dmitry", "peskov")
    dep: str  # grammatical role of the head: subj, obj, poss or other
    verb: int  # token index of the head's governing verb, or -1
    possessive: bool
    det: str = "-"  # the article or possessive opening the phrase: "the", "a", "poss", "dem" or "-"
    frame: str = ""  # for "it": its verb's lemma and clausal dependents ("be|ccomp"), a sign of a dummy "it"
    mods: tuple[str, ...] = ()  # lower-cased modifiers before the head ("russian", "foreign")
    voice: str = ""  # the transcript turn label it falls under ("" when the text has none)
    owners: tuple[str, ...] = ()  # for a role: proper nouns before it that say whose ("hamas")
    states: tuple[str, ...] = ()  # for a description: the states its own words name ("georgian police": GEO)
    personish: bool = False  # a lone surname the recogniser called a place or body ("Hartwig" GPE); see _personish
    main: bool = False  # its head's verb is its sentence's root (main clause, not a subordinate one)
    destination: bool = False  # a state named as where someone was sent or went ("expelled to Spain")
    town: bool = False  # a place's name that is no state's name ("London", "Gwoza")
    continents: frozenset[str] = frozenset()  # for "the European country": the continents its words allow
    state: str | None = None  # for a state's name: its code ("France" FRA)
    protests: bool = False  # a pronoun that is the subject of a verb of protest ("as they protested")
    # a pronoun its verb is aimed at through a preposition ("hurled rocks towards them")
    aimed: bool = False
    coord: int = -1  # for a conjunct ("the premier and the army chief"): its first conjunct's head, else -1
    # what something is said to be ("Turkmenistan as a neutral country", "who became the president",
    # "the Union for Peace, a rebel group")
    predicative: bool = False
    # for an object: the verb an infinitive of its verb depends on, whose
    # subject is the infinitive's too ("police tried to disperse them"), else -1
    controller: int = -1


# Prepositions by which a verb is aimed at someone: a plain pronoun after
# one is never the verb's own subject ("fired at them", "hurled rocks towards them").
_AIMING_PREPS = frozenset({"at", "toward", "towards", "against", "upon"})


def _role(tok) -> str:
    dep = tok.dep_
    if dep in SUBJECT_DEPS:
        return "subj"
    if dep in OBJECT_DEPS:
        return "obj" if dep != "pobj" else "pobj"
    if dep == "poss":
        return "poss"
    if dep == "appos":
        return "appos"
    if dep == "compound":
        return "compound"
    return "other"


def _verb_of(tok) -> int:
    t = tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t.i
        t = t.head
    return -1


def _controller(doc: Doc, verb: int) -> int:
    """The verb whose subject also does ``verb`` where ``verb`` is its
    infinitive ("tried to disperse"), else -1."""
    if verb < 0:
        return -1
    v = doc[verb]
    # "tried to disperse them", "fired tear gas to disperse them": an
    # infinitive's subject is its head verb's
    if v.dep_ == "xcomp" or (v.dep_ == "advcl" and v.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
        return v.head.i
    return -1


def _coordination(head) -> int:
    """The head of the first conjunct where ``head`` is one of nouns joined
    by "and" or "or" as a verb's or preposition's arguments ("arrested the
    premier and the army chief"), else -1. Joined descriptions of one ("X,
    director of A and chairman of B"; "she is a blogger and an editor")
    are left alone."""
    first = head
    if head.dep_ == "conj" and head.head.pos_ in _NOMINALS:
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
    elif not (head.pos_ in _NOMINALS and any(c.dep_ == "conj" and c.pos_ in _NOMINALS for c in head.children)):
        return -1
    while first.dep_ == "appos" and first.head is not first:
        # "The leader of X, Kickl, and the interim head of Y": the list hangs
        # on an apposition of the argument
        first = first.head
    return first.i if first.dep_ in _ARGUMENT_DEPS else -1


_NOMINALS = ("NOUN", "PROPN", "PRON")
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "agent"})


def _in_main_clause(tok) -> bool:
    """Whether ``tok`` is an argument of its sentence's root verb (or of a
    verb coordinated with it): "Kelsey studied" in "Living with her aunt,
    Kelsey studied", not "her aunt" in the fronted clause."""
    verb = tok.doc[_verb_of(tok)] if _verb_of(tok) >= 0 else tok
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _span_words(doc: Doc, start: int, end: int) -> list:
    toks = list(doc[start:end])
    while toks and (toks[0].lower_ in DETERMINERS or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in ("'s", "’s", "'")):
        toks = toks[:-1]
    return toks


def name_words(doc: Doc, start: int, end: int, head: int) -> tuple[str, ...]:
    """The capitalised words of a name, without a leading title ("mr. peskov" ->
    ("peskov",)), lower case; empty when the mention is no name."""
    words: list[str] = []
    glued = False  # the last token was a hyphen inside a word ("Chia-lung")
    toks = _span_words(doc, start, end)
    # capitalised words after the head that the recogniser left out of any
    # name still end this one, whatever the parser made its head ("Alain
    # Pierre Nguema By Mintsa", headed at "Nguema" before a "By" it read as
    # a preposition); a name recognised whole, whose middle word the parser
    # made its head, keeps the head's cut (that word alone may come later)
    after = [t for t in toks if t.i > head]
    capitalised = bool(after) and all(t.text[:1].isupper() and t.is_alpha and not t.ent_type_ for t in after)
    for tok in toks:
        if words and tok.text in ("-", "‐") and not tok.whitespace_ and not doc[tok.i - 1].whitespace_:
            glued = True
            continue
        if tok.i > head and not glued and not capitalised:
            break
        if glued:
            words[-1] += "-" + tok.lower_  # one word: "Lin Chia-lung" is ("lin", "chia-lung")
            glued = False
            continue
        if tok.text[:1].isupper() or tok.text[:1].isdigit() or (
                words and tok.lower_ in NAME_PARTICLES and tok.i < head):
            # ("Mohammed bin Abdulrahman Al Thani": "bin" joins one name, so
            # "Sheikh Mohammed" later is its first name)
            words.append(tok.lower_.rstrip("-"))
            # "Ban Ki- moon": copy that broke a hyphenated given name at a line end
            glued = tok.text.endswith("-") and len(tok.text) > 1
        elif words:
            words = []  # "the Russian foreign ministry" keeps only the run ending at the head
    while words and (words[0] in TITLE_GENDER or words[0].rstrip(".") in TITLES):
        words = words[1:]
    return tuple(words)


# Small words inside a person's name ("bin", "van", "de"), not a break in it.
NAME_PARTICLES = frozenset("bin ibn bint binti van von der den de del della da dos das du di la le".split())

TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "professor", "president", "prime", "minister", "sen",
    "senator", "rep", "representative", "gov", "governor", "gen", "general", "col", "colonel",
    "capt", "captain", "lt", "sgt", "judge", "justice", "chancellor", "secretary", "king",
    "queen", "prince", "princess", "pope", "sir", "lord", "lady", "dame", "mayor", "rev",
    "father", "sheikh", "chairman", "chairwoman", "spokesman", "spokeswoman", "ambassador",
    "commissioner", "director", "chief", "deputy", "vice", "foreign", "defence", "defense",
    "miss", "madam", "saint", "st", "emperor", "premier", "leader", "officer", "inspector",
    # clergy and ranks: "Pastor Brunson" is Andrew Brunson, "Adm. Smith" John Smith
    # (not words that are also common surnames: "Major", "Bishop", "Marshal")
    "pastor", "reverend", "imam", "rabbi", "archbishop", "cardinal", "ayatollah", "cleric",
    "maj", "adm", "admiral", "brig", "brigadier", "sergeant", "lieutenant", "cmdr",
    "commander", "corporal", "cpl", "pvt", "superintendent", "supt", "constable", "detective",
}


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Mentions that describe (rather than name or point): their own words may name a state.
DESCRIPTIONS = frozenset({"noun", "role", "demonym"})
THIRD_PERSON = frozenset({"he", "she", "it", "they"})
SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})
SPEAKER_CLASSES = ("i", "we", "you")


@functools.cache
def _state_words() -> dict[str, str]:
    """Lower-cased names, adjectives and capitals of states → the state's code
    ("georgian", "georgia", "tbilisi" → GEO), from the actor tables."""
    from redline.actors.dictionaries import load_tables

    out: dict[str, str] = {}
    for code, country in load_tables().countries.items():
        for word in (country.name, *country.aliases, *country.adjectives, *country.capitals):
            if " " not in word:
                out.setdefault(word.lower(), code)
    return out


def _states_named(doc: Doc, start: int, head: int) -> tuple[str, ...]:
    """The states named by a description's own words before its head
    ("the Georgian police", "Turkey's foreign minister"), as codes."""
    words = _state_words()
    return tuple(dict.fromkeys(words[t.lower_] for t in doc[start:head]
                               if t.lower_ in words and t.text[:1].isupper()))


def _states_in(doc: Doc, head: Token, end: int, known: tuple[str, ...]) -> tuple[str, ...]:
    """The states a description puts its head in, within its own words
    ("police in Malawi"), as codes not in ``known``."""
    words = _state_words()
    return tuple(dict.fromkeys(words[p.lower_] for c in head.rights if c.dep_ == "prep" and c.lower_ == "in"
                               for p in c.children if p.dep_ == "pobj" and p.i < end and p.lower_ in words
                               and p.text[:1].isupper() and words[p.lower_] not in known))


# Words many bodies' names share: no sign that two names are one body's.
BODY_NAME_WORDS = frozenset((
    "of the for and on in to organization organisation union council committee commission party "
    "ministry department office agency bank court assembly congress league federation movement front "
    "alliance coalition association authority national international united world people's peoples "
    "democratic republic republican general high supreme").split())


def _body_marks(doc: Doc, info: MentionInfo) -> tuple[frozenset[str], frozenset[str]]:
    """A body's name's states, named anywhere in it or as its owner just
    before it ("Montenegro's Ministry of Foreign Affairs", "the Ministry of
    Foreign Affairs of Serbia"), and its own words after its head
    ("foreign", "affairs")."""
    words = _state_words()
    toks = list(doc[info.start:info.end])
    if info.start >= 2 and doc[info.start - 1].tag_ == "POS":
        toks.append(doc[info.start - 2])  # the owner just before: "Armenia's" defense ministry
    states = frozenset(words[t.lower_] for t in toks if t.text[:1].isupper() and t.lower_ in words)
    after = frozenset(t.lower_ for t in doc[info.head + 1:info.end]
                      if t.is_alpha and t.lower_ not in BODY_NAME_WORDS and t.lower_ not in words)
    return states, after


def other_body(doc: Doc, a: MentionInfo, b: MentionInfo) -> bool:
    """Whether two bodies' names whose name words agree are still two bodies:
    they name different states ("Montenegro's Ministry of Foreign Affairs",
    "the Ministry of Foreign Affairs of Serbia"), or each has words after
    its head the other lacks ("the Ministry of Defence", "the Ministry of
    Foreign Affairs"). People's names and places are never told apart so."""
    if "PERSON" in (a.label, b.label) or a.label in PLACE_LABELS or b.label in PLACE_LABELS:
        return False
    states_a, after_a = _body_marks(doc, a)
    states_b, after_b = _body_marks(doc, b)
    if states_a and states_b and not states_a & states_b:
        return True
    return bool(after_a and after_b) and not (after_a <= after_b or after_b <= after_a)


# Words that name an office's field ("the *interior* minister").
OFFICE_FIELDS = frozenset((
    "foreign interior home defence defense finance justice health education trade economy economic "
    "energy agriculture information labour labor transport environment security culture tourism "
    "commerce industry planning water mines mining petroleum oil fisheries sports youth prime first chief").split())


def _other_office(a: MentionInfo, e: EntityState) -> bool:
    """Whether role mention ``a`` names an office by its field ("the interior
    minister") that a named person introduced with another role ("opposition
    leader Ousmane Sonko") was never given."""
    fields = OFFICE_FIELDS.intersection(a.mods)
    if not fields:
        return False
    words = {w for norm in e.norms for w in norm.split()}
    if fields & words:
        return False
    from redline.statements.lexicon import ROLE_NOUNS

    return any(w in ROLE_NOUNS for w in words)


def _out_of_office(a: MentionInfo, e: EntityState) -> bool:
    """Whether a named person ``e`` was introduced on the side out of
    office ("opposition leader", "rebel commander") and never with the
    high office role mention ``a`` names."""
    words = {w for norm in e.norms for w in norm.split()}
    return bool(words & _OUT_OF_OFFICE) and a.lemma not in words


# Words that put a named person outside the offices of the state.
_OUT_OF_OFFICE = frozenset("opposition rebel insurgent dissident militant exiled jailed".split())


def _office_words(e: EntityState) -> set[str]:
    """The office words ("minister", "spokesman") of ``e``'s mentions."""
    from redline.statements.lexicon import ROLE_NOUNS

    return {w for norm in e.norms for w in norm.split() if w in ROLE_NOUNS}


def _only_speaking_roles(e: EntityState) -> bool:
    """Whether every office word of ``e``'s mentions is one of those who
    speak or work for an office holder ("spokesman", "aide"), and it has one."""
    roles = _office_words(e)
    return bool(roles) and roles <= _SPEAKING_ROLES


# Offices that head a state, a government or its parts, which no one the
# story introduced as speaking for another holds ...
HIGH_OFFICES = frozenset("premier president minister chancellor king queen emir governor mayor".split())
# ... and those roles.
_SPEAKING_ROLES = frozenset("spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney".split())
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
# Who sits in judgment or prosecutes holds no high office of the same story.
BENCH_OFFICES = frozenset("judge magistrate prosecutor".split())


def _past_and_present(a: MentionInfo, e: EntityState) -> bool:
    """Whether role mention ``a`` holds its office in another time than
    every naming of that office in ``e``: "the former president" and
    "President Adama Barrow" are two people."""
    former = bool(PAST_OFFICE_WORDS.intersection(a.mods))
    held = [norm.split() for norm in e.norms if a.lemma in norm.split()]
    return bool(held) and all(bool(PAST_OFFICE_WORDS.intersection(words)) != former for words in held)


# Words that put an office in the past ("the former president").
PAST_OFFICE_WORDS = frozenset({"former", "ex", "late", "then", "ousted", "deposed", "outgoing"})


def _place_noun(lemma: str) -> bool:
    """Whether a common noun names a place ("country", "city", "region")."""
    from redline.entities.mentions import entity_nouns

    return entity_nouns().get(lemma) == "place"


_COUNT_LABELS = frozenset({"CARDINAL", "QUANTITY", "ORDINAL"})  # "One soldier": a count, not a name


def barred(a: MentionInfo, e: EntityState) -> bool:
    """A link scored as any other (the model's features count the agreeing
    candidates before it) but never chosen: "it" to an entity known only
    by nouns for people ("One soldier was wounded …, it said"); "the
    country" to a state named only as where people went or were sent."""
    if a.protests and e.lemmas and (e.security_only or e.labels == {"GPE"}):
        return True  # "police clashed with supporters as they protested": the supporters, not a state
    if a.continents and e.state_codes and not any(continent_of(c) in a.continents for c in e.state_codes):
        return True  # "accusing the European country of interfering": never Niger
    if a.det == "the" and a.lemma in ("country", "nation") and (e.travel_only or e.town_only):
        # "expelled to Spain, in a move by the country's president": the
        # country they left; "media based in London … across the country": no town is one
        return True
    if a.kind == "noun" and not a.pron and e.state_codes and e.labels <= PLACE_LABELS and _body_noun(a.lemma) \
            and not any(_body_noun(lemma) for lemma in e.lemmas):
        return True  # "mediated by Oman, the country's foreign ministry said": a state is not its ministry
    return a.pron == "it" and not e.labels - _COUNT_LABELS and bool(e.lemmas) and e.kinds <= {"noun", "role"} \
        and all(_person_noun(lemma) for lemma in e.lemmas)


def _body_noun(lemma: str) -> bool:
    """Whether a common noun names an organisation ("ministry", "party")."""
    from redline.entities.mentions import ORGANISATION_NOUNS

    return lemma in ORGANISATION_NOUNS


def _person_noun(lemma: str) -> bool:
    """Whether a common noun names a person ("soldier", "official"): by the
    noun table, under its lemma or its plural (the table's counts come from
    GUM, where "soldiers" is far commoner), or as a role noun."""
    from redline.entities.mentions import entity_nouns
    from redline.statements.lexicon import ROLE_NOUNS

    nouns = entity_nouns()
    return nouns.get(lemma) == "person" or nouns.get(lemma + "s") == "person" or lemma in ROLE_NOUNS


def _org_head(head) -> bool:
    """Whether a name's head is an organisation or group noun ("Ministry")."""
    from redline.entities.mentions import entity_nouns

    return entity_nouns().get(head.lemma_.lower()) == "organization" or head.tag_ in PLURAL_TAGS


@functools.cache
def _organization_words() -> frozenset[str]:
    """Upper-cased one-word names, acronyms and aliases of the organisations in the actor tables."""
    from redline.actors.dictionaries import load_tables

    out: set[str] = set()
    for key, org in load_tables().organizations.items():
        for name in (key, org.name, *org.aliases):
            if name and " " not in name.strip():
                out.add(name.strip().upper())
    return frozenset(out)


def _personish(doc: Doc, m: Mention, head, words: tuple[str, ...]) -> bool:
    """Whether a one-word name the recogniser labelled a place or an
    organisation may still be a person: the small model often tags a lone
    surname so ("Hartwig" GPE, "MacKenzie" ORG), and "he"/"she" were then
    barred from it. Not when the word is an acronym, a state, its adjective
    or capital, an organisation the actor tables know, an organisation noun,
    or follows an article ("the Guardian", "the Pentagon"); a name labelled
    an organisation only when the recogniser tags the same word a person
    somewhere in the text ("Microsoft", "Exxon" stay bodies for "he").
    Whether such a name takes a pronoun is left to the scorer (feature ``mp``)."""
    if m.kind != "name" or m.label not in ("ORG", "GPE", "LOC") or len(words) != 1 or head.pos_ != "PROPN":
        return False
    text = head.text
    if text.isupper() or not text[:1].isupper() or not text.isalpha() and "-" not in text:
        return False
    if doc[m.start].lower_ == "the" or (m.start > 0 and doc[m.start - 1].lower_ == "the") or _org_head(head):
        return False
    low = words[0]
    if low in _state_words() or text.upper() in _organization_words():
        return False
    return m.label != "ORG" or low in _person_words(doc)


def _person_words(doc: Doc) -> frozenset[str]:
    """Lower-cased words the recogniser tagged PERSON anywhere in ``doc`` (kept on the doc)."""
    words = doc.user_data.get("redline_person_words")
    if words is None:
        words = frozenset(t.lower_ for ent in doc.ents if ent.label_ == "PERSON" for t in ent)
        doc.user_data["redline_person_words"] = words
    return words


def _person_gender(doc: Doc, m: Mention, words: tuple[str, ...]) -> str | None:
    for tok in doc[m.start : m.end]:
        low = tok.lower_
        if low in TITLE_GENDER:
            return TITLE_GENDER[low]
        if low in NOUN_GENDER and NOUN_GENDER[low]:
            return NOUN_GENDER[low]
    if len(words) >= 2:
        return name_gender(" ".join(words))
    return None


def describe(doc: Doc, index: int, m: Mention) -> MentionInfo:
    """The scorer's view of mention ``m`` (number ``index`` in text order)."""
    head = doc[m.head] if 0 <= m.head < len(doc) else doc[m.end - 1]
    if m.kind == "joint":
        head = doc[m.start]  # "Albert and Marcia" acts where its first member stands
    lower = head.lower_
    pron = PRONOUN_CLASS.get(lower) if m.kind in ("pronoun", "first") else None
    toks = _span_words(doc, m.start, m.end)
    norm = " ".join(t.lower_ for t in toks) or head.lower_
    words: tuple[str, ...] = ()
    if m.kind in ("name", "demonym") or head.pos_ == "PROPN":
        words = name_words(doc, m.start, m.end, head.i)
    gender = m.gender
    number = m.number
    if pron:
        gender = gender or PRONOUN_GENDER.get(pron)
        number = number or PRONOUN_NUMBER.get(pron)
    elif m.kind == "name" and _person_gender(doc, m, words):
        # a known first name or a gendered title wins over the label
        # ("Petroleum Ministry spokeswoman Nadia Farouk" tagged ORG)
        gender = _person_gender(doc, m, words)
        number = number or "sg"
    else:
        if gender == "n" and m.kind == "name" and m.label not in PLACE_LABELS and not _org_head(head):
            gender = None  # an organisation label on a bare name is often a person mislabelled
        if gender is None:
            first = toks[0].lower_ if toks else ""
            if first in TITLE_GENDER:
                gender = TITLE_GENDER[first]
            elif head.lower_ in NOUN_GENDER:
                gender = NOUN_GENDER[head.lower_]
            elif words and (m.label == "PERSON" or head.ent_type_ == "PERSON"):
                gender = name_gender(" ".join(words))
            elif m.label in ("ORG", "GPE", "LOC", "FAC") or head.ent_type_ in ("ORG", "GPE", "LOC", "FAC"):
                gender = "n"
        if number is None:
            number = "pl" if head.tag_ in PLURAL_TAGS else "sg"
    label = m.label or (head.ent_type_ or None)
    personish = gender not in ("m", "f") and _personish(doc, m, head, words)
    if m.kind == "joint":
        label, words = None, ()  # a group, not its first member
    possessive = any(t.lower_ in ("'s", "’s", "'") for t in doc[m.start:m.end][-1:]) or (
        head.i + 1 < len(doc) and doc[head.i + 1].tag_ == "POS" and head.i + 1 >= m.end - 1
    ) or head.tag_ == "PRP$"
    first_tok = doc[m.start]
    low0 = first_tok.lower_
    if low0 == "the":
        det = "the"
    elif low0 in ("a", "an", "another", "some", "any", "one"):
        det = "a"
    elif low0 in ("this", "that", "these", "those"):
        det = "dem"
    elif first_tok.tag_ == "PRP$" or (first_tok.i < head.i and any(t.tag_ == "POS" for t in doc[m.start:head.i])):
        det = "poss"
    else:
        det = "-"
    mods = tuple(t.lower_ for t in doc[m.start:head.i] if t.dep_ in ("amod", "compound", "nmod") and t.is_alpha)
    # whose a role is, named before it: "Hamas" in "the Hamas chief"
    owners = tuple(t.lower_ for t in doc[m.start:head.i] if t.dep_ == "compound" and t.pos_ == "PROPN") \
        if m.kind == "role" else ()
    # a titled name's own state too: "Japan's Foreign Minister Yoshimasa Hayashi"
    states = _states_named(doc, m.start, head.i) \
        if m.kind in DESCRIPTIONS or (m.kind == "name" and label in ("PERSON", "ORG")) else ()
    if m.kind in DESCRIPTIONS:
        states += _states_in(doc, head, m.end, states)  # "police in Malawi" are no "Zambian police"
    frame = ""
    if pron == "it" and head.dep_ in ("nsubj", "nsubjpass", "expl"):
        verb = head.head
        deps = sorted({c.dep_ for c in verb.children if c.dep_ in ("ccomp", "xcomp", "acomp", "attr", "advcl")})
        frame = f"{verb.lemma_.lower()}|{'+'.join(deps) or '-'}"
    role, verb = _role(head), _verb_of(head)
    return MentionInfo(
        det=det, mods=mods, frame=frame, owners=owners, states=states, personish=personish,
        index=index, start=m.start, end=m.end, head=head.i, kind=m.kind, label=label,
        gender=gender, number=number, sent=m.sent, quoted=m.quoted, pron=pron,
        lemma=head.lemma_.lower() if not pron else lower, norm=norm, words=words,
        dep="poss" if possessive else role, verb=verb, possessive=possessive,
        main=_in_main_clause(head), coord=_coordination(head) if m.kind != "joint" else -1,
        destination=label == "GPE" and is_destination(head),
        town=label == "GPE" and m.kind == "name" and bool(words) and not names_state(words),
        continents=continents_named(mods) if m.kind != "name" and head.lemma_.lower() in _STATE_NOUNS
        else frozenset(),
        state=_state_code(words) if label == "GPE" and m.kind == "name" else None,
        protests=bool(pron) and head.dep_ == "nsubj" and head.head.lemma_.lower() in PROTEST_VERBS,
        aimed=bool(pron) and head.dep_ == "pobj" and head.head.lower_ in _AIMING_PREPS
        and head.head.head.pos_ == "VERB",
        controller=_controller(doc, verb) if role == "obj" else -1,
        predicative=head.dep_ in ("attr", "oprd", "appos") or (head.dep_ == "pobj" and head.head.lower_ == "as"),
    )


# Nouns for a state a region word may qualify ("the West African nation").
_STATE_NOUNS = frozenset("country nation state kingdom republic neighbour neighbor".split())


def _state_code(words: tuple[str, ...]) -> str | None:
    """The code of the state a name's words name ("burkina faso" BFA)."""
    return _state_codes().get(" ".join(words))


@functools.cache
def _state_codes() -> dict[str, str]:
    from redline.actors.dictionaries import load_tables

    out: dict[str, str] = {}
    for code, country in load_tables().countries.items():
        for name in (country.name, *country.aliases, *country.capitals):
            out.setdefault(name.lower(), code)
    return out


def names_state(words: tuple[str, ...]) -> bool:
    """Whether a name's words are a state's name or alias ("united states")."""
    return " ".join(words) in _lower_state_names()


@functools.cache
def _lower_state_names() -> frozenset[str]:
    from redline.parse.labels import state_names

    return frozenset(n.lower() for n in state_names())


# Verbs of sending people away, and of going: "to X" after them is where
# people were sent or went, not who they are or whom the act is against.
SENDING_VERBS = frozenset("send expel deport exile extradite transfer repatriate banish fly".split())
MOTION_VERBS = SENDING_VERBS | frozenset("flee go travel arrive return head move escape come sail drive "
                                         "relocate".split())


def is_destination(head, verbs: frozenset[str] = MOTION_VERBS) -> bool:
    """Whether a place name is where someone went or was sent ("were
    expelled to Spain", "fled into Kenya"), by a verb of ``verbs``; its
    head, a word compounded onto it or its article ("the U.S.") may stand
    for it."""
    if head.dep_ == "det":
        head = head.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in ("to", "into") and prep.head.i != prep.i \
        and prep.head.lemma_.lower() in verbs


@dataclass(slots=True)
class EntityState:
    """What is known of an entity from its mentions so far."""

    last: MentionInfo
    size: int = 1
    genders: set = field(default_factory=set)
    numbers: set = field(default_factory=set)
    labels: set = field(default_factory=set)
    kinds: set = field(default_factory=set)
    lemmas: set = field(default_factory=set)
    context: set = field(default_factory=set)  # words in and around the mentions
    names: list = field(default_factory=list)  # name word tuples
    prons: set = field(default_factory=set)  # pronoun classes among the mentions
    norms: set = field(default_factory=set)  # the mentions' phrases (lower case, no article)
    first_sent: int = 0
    voiced: set = field(default_factory=set)  # (class, voice) of its "I"/"we"/"you" mentions
    states: set = field(default_factory=set)  # states its descriptions' own words name
    personish: bool = False  # a name of it may be a person mislabelled (MentionInfo.personish)
    subj_sent: int = -1  # the sentence of its latest mention as a main clause's subject (-1: none)
    travel_only: bool = True  # every mention of it so far names where someone went or was sent
    town_only: bool = True  # every mention of it so far is a town's name
    state_codes: set = field(default_factory=set)  # codes of the states its names name
    security_only: bool = True  # every mention of it so far is a noun for police or troops
    args: set = field(default_factory=set)  # (verb, "subj" or "obj") of its subject and object mentions
    widest: tuple = (0, 0)  # token span of its mention that ends furthest on (a phrase inside it is another)
    introduced: set = field(default_factory=set)  # role lemmas it was brought in by with "a" ("a spokesman")

    @classmethod
    def start(cls, doc: Doc, info: MentionInfo) -> "EntityState":
        state = cls(last=info, size=0, first_sent=info.sent)
        state.add(doc, info)
        return state

    def add(self, doc: Doc, info: MentionInfo) -> None:
        self.size += 1
        if info.index >= self.last.index:
            self.last = info
        if info.end > self.widest[1]:
            self.widest = (info.start, info.end)
        if info.kind == "role" and info.det == "a":
            self.introduced.add(info.lemma)
        if info.gender:
            self.genders.add(info.gender)
        if info.number and info.kind != "pronoun":
            self.numbers.add(info.number)
        elif info.number and info.pron in ("he", "she", "it", "they"):
            self.numbers.add(info.number)
        if info.label:
            self.labels.add(info.label)
        self.kinds.add(info.kind)
        if info.pron:
            self.prons.add(info.pron)
            if info.pron in SPEAKER_CLASSES:
                self.voiced.add((info.pron, info.voice))
        if info.kind != "pronoun" and info.kind != "first":
            self.lemmas.add(info.lemma)
            self.norms.add(info.norm)
            lo = max(0, info.start - 3)
            for tok in doc[lo : info.end]:
                if tok.is_alpha:
                    self.context.add(tok.lower_)
            head = doc[info.head]
            for tok in head.children:
                if tok.dep_ in ("appos", "compound", "amod"):
                    for t in tok.subtree:
                        if t.is_alpha:
                            self.context.add(t.lower_)
        if info.words:
            self.names.append(info.words)
        self.states.update(info.states)
        if info.dep in ("subj", "obj") and info.verb >= 0:
            self.args.add((info.verb, info.dep))
        if info.coord >= 0:
            self.args.add((info.coord, "and"))
        self.personish = self.personish or info.personish
        if info.kind != "pronoun":
            self.travel_only = self.travel_only and info.destination
            self.town_only = self.town_only and info.town
        if info.state:
            self.state_codes.add(info.state)
        if info.kind != "pronoun":
            self.security_only = self.security_only and info.lemma in SECURITY_NOUNS
        if info.dep == "subj" and info.main:
            self.subj_sent = max(self.subj_sent, info.sent)

    def merge(self, other: "EntityState") -> None:
        if other.last.index > self.last.index:
            self.last = other.last
        if other.widest[1] > self.widest[1]:
            self.widest = other.widest
        self.introduced |= other.introduced
        self.size += other.size
        self.genders |= other.genders
        self.numbers |= other.numbers
        self.labels |= other.labels
        self.kinds |= other.kinds
        self.lemmas |= other.lemmas
        self.context |= other.context
        self.names.extend(other.names)
        self.prons |= other.prons
        self.norms |= other.norms
        self.voiced |= other.voiced
        self.states |= other.states
        self.args |= other.args
        self.personish = self.personish or other.personish
        self.subj_sent = max(self.subj_sent, other.subj_sent)
        self.first_sent = min(self.first_sent, other.first_sent)


def _bucket_slow(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


_BUCKETS: dict[tuple[int, ...], tuple[str, ...]] = {}


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """The bucket name of ``n``: the least edge not below it, or ">last"."""
    table = _BUCKETS.get(edges)
    if table is None:
        table = _BUCKETS[edges] = tuple(_bucket_slow(k, edges) for k in range(edges[-1] + 2))
    return table[n] if 0 <= n < len(table) else (table[-1] if n > 0 else _bucket_slow(n, edges))


SENT_EDGES = (0, 1, 2, 4, 8)
MENT_EDGES = (0, 1, 2, 3, 5, 10, 20)
SIZE_EDGES = (1, 2, 4, 8)


def anaphor_type(a: MentionInfo) -> str:
    return f"p:{a.pron}" if a.pron else a.kind


def compatible(a: MentionInfo, e: EntityState) -> bool:
    """False where linking is ruled out: "he" to an entity known only as a
    woman, "she" to one known only as a man, either to a place or a named
    organisation known only as neuter, a third-person
    pronoun to the entity of an "I" or "you" outside quotations, and back,
    "I", "we" and "you" of one voice to each other, "it" to a plural group,
    "they" to one described man or woman, and a description to one whose
    own words name another state."""
    if a.pron in ("he", "she") and e.genders:
        other = "f" if a.pron == "he" else "m"
        if other in e.genders and a.gender not in e.genders:
            return False
        if e.genders == {"n"} and e.labels and e.labels <= PLACE_LABELS | {"ORG", "NORP"} and not e.personish:
            return False  # "she" is no country here, "he" no Treasury Department
    if a.pron in ("he", "she") and not e.genders & {"m", "f"}:
        # nor a name of anything but a person ("Sumatra", "Sept. 11", "the
        # Vancouver Charter"), nor only organisation or group nouns ("the
        # ministry", "the rebels")
        if e.labels and "PERSON" not in e.labels and (not e.personish or "it" in e.prons):
            return False  # a name "it" has taken up ("Exxon said it ...") is a body
        if not e.labels and e.kinds and e.kinds <= {"noun", "demonym"}:
            return False
    if a.pron in ("he", "she", "it") and e.kinds == {"joint"}:
        return False  # "Albert and Marcia" are two
    if (a.number == "pl" or a.pron == "they") and e.labels == {"PERSON"} and "pl" not in e.numbers:
        return False  # "American citizens", "they" are not one named person
    if a.pron == "it" and e.labels == {"PERSON"} and (e.genders & {"m", "f"} or "role" in e.kinds
                                                      or any(len(n) >= 2 for n in e.names) and not e.personish):
        # ("Superintendent Li Kwai-wah … it depends on …": nor one named in full)
        return False  # "General Mokoko … the general … “It is just another show of force”": no man is "it"
    if a.pron == "it" and e.numbers == {"pl"} and "name" not in e.kinds:
        return False  # "six soldiers opened fire near one of its posts": "its" is no plural group
    if a.pron == "they" and e.numbers == {"sg"} and e.genders & {"m", "f"} and not e.labels:
        return False  # "the spokesman criticized X and Y for their meeting": no "he" is "they"
    if a.pron == "they" and e.numbers == {"sg"} and e.kinds == {"role"}:
        return False  # "the mayor met X and Y. They asked ...": one official named by role is no "they"
    if a.pron in THIRD_PERSON and e.prons & SPEAKER_PRONOUNS:
        return False  # "he" is not the "I", "we" or "you" of the text
    if a.pron in SPEAKER_PRONOUNS and e.prons & THIRD_PERSON:
        return False
    if a.pron in SPEAKER_CLASSES and any(
            (p, a.voice) in e.voiced for p in SPEAKER_CLASSES if p != a.pron):
        return False  # in one voice "I", "we" and "you" are three
    if a.states and e.states and not set(a.states) & e.states:
        return False  # "two Turkish journalists" are not "Georgian police"
    if a.dep in ("subj", "obj") and a.verb >= 0 and not a.norm.endswith(("self", "selves")) \
            and (a.verb, "obj" if a.dep == "subj" else "subj") in e.args:
        return False  # "Rau summoned the Russian ambassador": a verb's subject is not its object
    if a.controller >= 0 and not a.norm.endswith(("self", "selves")) and (a.controller, "subj") in e.args:
        return False  # "police tried to disperse them": whom they disperse is someone else
    if a.aimed and not a.norm.endswith(("self", "selves")) and (a.verb, "subj") in e.args:
        return False  # "protesters hurled rocks towards them": at others
    if a.coord >= 0 and (a.coord, "and") in e.args:
        return False  # "arrested the premier and the army chief": two
    if a.kind in ("role", "noun") and not a.pron and a.number and e.numbers and a.number not in e.numbers \
            and "role" in e.kinds | {a.kind} and not e.labels:
        return False  # "ministers from the two countries" are not "Australia's prime minister"
    if a.kind in ("role", "noun", "demonym") and not a.predicative and e.widest[0] <= a.start and a.end <= e.widest[1] \
            and (a.start, a.end) != e.widest:
        # "Albares at Carlton House Terrace, the residence of the British
        # foreign minister": a phrase inside a mention is not what it names
        return False
    if a.kind == "role" and a.det == "a" and a.dep in ("subj", "obj") and a.lemma in e.introduced:
        return False  # "a police spokesman … A spokesman for the Front": each "a" brings in another one
    if a.kind == "role" and "role" in e.kinds and (offices := _office_words(e)):
        if (a.lemma in _SPOKESPEOPLE) != bool(offices & _SPOKESPEOPLE) \
                and (a.lemma in _SPOKESPEOPLE or offices <= _SPOKESPEOPLE):
            return False  # "Malian minister, rebel spokesman": one who speaks for others is not them
        if a.lemma in BENCH_OFFICES and offices & HIGH_OFFICES or a.lemma in HIGH_OFFICES and offices & BENCH_OFFICES:
            return False  # "the President of the Region, Marco Leone … The judge upheld the order"
    if a.kind == "role" and _past_and_present(a, e):
        return False  # "the former president" is not "President Adama Barrow"
    if a.kind == "role" and (e.names or "role" in e.kinds) and _other_office(a, e):
        return False  # "the interior minister" is not "opposition leader Ousmane Sonko"
    if a.kind == "role" and a.lemma in HIGH_OFFICES and e.names and _out_of_office(a, e):
        return False  # "the president" is not "opposition leader Ivan Horvat"
    if a.kind == "role" and e.security_only and e.lemmas and a.lemma not in SECURITY_NOUNS:
        return False  # "the leaders of SNP" are not the police named before
    if a.kind == "role" and a.lemma in HIGH_OFFICES and e.names and _only_speaking_roles(e):
        return False  # "the premier" is not "foreign ministry spokesman Zhao Lijian"
    if a.kind == "role" and a.quoted and a.lemma in HIGH_OFFICES and e.labels == {"PERSON"} \
            and not _office_words(e):
        # "a stunt staged by the President," Dookhan said: an office named in
        # a quotation is not a person the story gave no office
        return False
    if a.kind in ("noun", "demonym") and not a.pron and e.labels == {"PERSON"} and _place_noun(a.lemma):
        return False  # "the West African country" is no person the story named
    if a.owners and e.names and a.lemma not in e.lemmas and not all(o in e.context for o in a.owners):
        return False  # "the Hamas chief" is not a named person nothing ties to Hamas
    return True


def new_features(a: MentionInfo, n_candidates: int) -> list[str]:
    """Features of starting a new entity at ``a`` (the ranking's "no
    antecedent" choice)."""
    at = anaphor_type(a)
    feats = ["new", f"new={at}", f"new_dep={at}|{a.dep}", f"new_q={at}|{int(a.quoted)}",
             f"new_sent={at}|{_bucket(a.sent, (0, 1, 3))}", f"new_cands={_bucket(n_candidates, (0, 2, 5))}"]
    if a.frame:
        feats.append(f"new_it_frame={a.frame}")
        feats.append(f"new_it_deps={a.frame.split('|', 1)[1]}")
    if a.pron is None:
        feats.append(f"new_lemma={a.lemma}")
        feats.append(f"new_det={a.det}|{a.kind}")
        feats.append(f"new_det_lemma={a.det}|{a.lemma}")
    return feats


def pair_features(
    a: MentionInfo,
    e: EntityState,
    ment_dist: int | None,
    rank: int | None,
) -> list[str]:
    """Sparse features for linking anaphor ``a`` to entity ``e``.

    ment_dist: mentions between ``e.last`` and ``a`` (None when unknown);
    rank: how many nearer candidate entities agree with ``a`` in gender and
    number (None when unknown).
    """
    c = e.last
    at = f"p:{a.pron}" if a.pron else a.kind
    ck = "name" if "name" in e.kinds else c.kind
    sd = a.sent - c.sent
    sdb = _bucket(sd, SENT_EDGES)
    mdb = _bucket(ment_dist, MENT_EDGES) if ment_dist is not None else None
    sizeb = _bucket(e.size, SIZE_EDGES)
    feats = ["bias", f"at={at}", f"k={at}|{ck}", f"ck={at}|{c.pron or c.kind}", f"sd={at}|{sdb}"]
    if mdb is not None:
        feats.append(f"md={at}|{mdb}")
    if rank is not None:
        feats.append(f"rank={at}|{min(rank, 3)}")
    # agreement with the entity as a whole
    if a.gender and e.genders:
        if a.gender in e.genders:
            g = "agree" if len(e.genders) == 1 else "mixed"
        elif a.gender in ("m", "f") and ("m" in e.genders or "f" in e.genders):
            g = "mfclash"
        else:
            g = "clash"
    else:
        g = "unk"
    feats.append(f"g={at}|{g}")
    if a.number and e.numbers:
        n = "agree" if a.number in e.numbers else "clash"
    else:
        n = "unk"
    feats.append(f"n={at}|{n}")
    feats.append(f"gn={at}|{g}|{n}")
    feats.append(f"sd_g={at}|{sdb}|{g}")
    feats.append(f"size_sd={at}|{sizeb}|{sdb}")
    if rank is not None and mdb is not None:
        feats.append(f"md_rank={at}|{mdb}|{min(rank, 3)}")
    labels = sorted(e.labels)[:2] or ["-"]
    for lab in labels:
        feats.append(f"lab={at}|{lab}")
    feats.append(f"size={at}|{sizeb}")
    feats.append(f"cdep={at}|{c.dep}")
    feats.append(f"par={at}|{a.dep}|{c.dep}")
    # salience: the entity was a main clause's subject in this or a recent
    # sentence; and parallel roles, each in a main or subordinate clause
    sal = _bucket(a.sent - e.subj_sent, (0, 1, 2)) if e.subj_sent >= 0 else "none"
    feats.append(f"sal={at}|{sal}")
    feats.append(f"parm={at}|{a.dep}{int(a.main)}|{c.dep}{int(c.main)}")
    feats.append(f"q={at}|{int(a.quoted)}{int(c.quoted)}")
    if sd == 0 and a.verb >= 0 and a.verb == c.verb and a.dep != "poss" and c.dep != "poss":
        feats.append(f"samepred={at}")
    if c.start <= a.start and a.end <= c.end:
        feats.append(f"nested={at}")
    if a.pron is None:
        head_match = a.lemma in e.lemmas
        feats.append(f"hm={at}|{int(head_match)}")
        feats.append(f"hic={at}|{int(a.lemma in e.context)}")
        if head_match and a.kind != "name":
            feats.append(f"hm_ck={at}|{ck}")
        feats.append(f"lemma_lab={a.lemma}|{labels[0]}")
        feats.append(f"lemma_ck={a.lemma}|{ck}")
        if a.norm == c.norm:
            feats.append(f"exact={at}")
        if a.norm in e.norms:
            feats.append(f"exact_any={at}|{a.det}")
        feats.append(f"det={at}|{a.det}|{int(head_match)}")
        if head_match and a.mods:
            fresh = [w for w in a.mods if w not in e.context]
            feats.append(f"hm_mods={at}|{'new' if fresh else 'known'}")
        if a.words and e.names:
            last = a.words[-1]
            if any(last in n for n in e.names):
                feats.append(f"nameword={at}")
    else:
        feats.append(f"pron_lab={a.pron}|{labels[0]}|{ck}")
        if e.personish and "PERSON" not in e.labels:
            feats.append(f"mp={a.pron}|{labels[0]}")
        if a.dep == "poss":
            feats.append(f"pposs={a.pron}|{c.dep}|{sdb}")
    return feats
