"""Resolve how a statement names its speaker to a canonical speaker.

"Kremlin spokesman Dmitry Peskov", then "Peskov", "the Kremlin spokesman",
"the presidential spokesman", "the spokesman", "he" all resolve to Dmitry
Peskov: surnames to the fullest name the article uses, role nouns to the
person the article introduced with that role, pronouns to the most recent
speaker or person of matching gender. Organisations and places speak as
themselves; anonymous sources keep their role but no name.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.attrs import POS
from spacy.parts_of_speech import PROPN as PROPN_POS
from spacy.tokens import Doc, Span, Token

from redline.clean.dateline import dateline_dash
from redline.parse.labels import state_names
from redline.statements.lexicon import (
    ANONYMITY_PHRASES,
    PERSONAL_PRONOUNS,
    PROTEST_VERBS,
    ROLE_NOUNS,
    SECURITY_NOUNS,
    SPEECH_VERBS,
    UNNAMED_MARKERS,
    abstract_noun,
)
from redline.statements.names import gender_of_name, initials, join_words, name_words, title_before, with_title_before
from redline.statements.spans import Ranges, doc_text
from redline.types import CharSpan, Speaker

if TYPE_CHECKING:
    from redline.entities import ArticleEntities
    from redline.entities.mention import Mention

TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. president "
    "prime minister secretary senator governor mayor chancellor king queen prince "
    "pope judge justice minister spokesman spokeswoman spokesperson then-".split()
)
FEMALE_MARKERS = frozenset("mrs mrs. ms ms. spokeswoman congresswoman chairwoman queen princess madam businesswoman she her".split())
MALE_MARKERS = frozenset("mr mr. spokesman congressman chairman king prince he him his businessman".split())
# Nouns for organisations that speak ("the agency said") and refer back to
# the last organisation named.
ORG_NOUNS = frozenset(
    "agency company ministry department government organization organisation group firm "
    "faction movement alliance bloc coalition "
    "committee office administration council party union bank association authority "
    "commission institute foundation network newspaper paper campaign utility "
    "city town province state county municipality region country court".split()
)
# Organisation nouns for groupings of states or parties, which a single
# state never is.
GROUPING_NOUNS = frozenset("bloc alliance coalition".split())
# Organisation nouns that name a state's own institutions: never another
# kind of organisation named before ("the government" is not ECOWAS).
STATE_BODY_NOUNS = frozenset("government administration ministry department cabinet presidency".split())
# Role nouns that say only that someone spoke unnamed: "the source" is the
# last unnamed source, whatever role it was given ("an official briefed on
# the talks said … the source told Reuters").
GENERIC_SOURCES = frozenset({"source"})
# Nouns for two people named together before ("the couple", "the pair").
PAIR_NOUNS = frozenset({"couple", "pair", "duo", "twins"})
# Of those, the ones that refer back to a place, not an organisation.
PLACE_NOUNS = frozenset("city town province state county municipality region country".split())
# Role nouns that are the same role in another gender or form.
ROLE_FAMILY = {
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "chairwoman": "chairman",
    "chair": "chairman",
    "congresswoman": "congressman",
    "advisor": "adviser",
    "justice": "judge",
    "prime minister": "premier",
}
AFFILIATION_ENTS = frozenset({"GPE", "ORG", "NORP", "FAC", "LOC"})
# Participles that say who issued a document ("a statement e-mailed by X");
# "obtained by", "seen by" name who has it, not who wrote it.
ISSUING_VERBS = frozenset((
    "issue release send e-mail email mail sign write publish post provide prepare distribute circulate "
    "deliver put make submit file author draft tweet share").split())
# Endings of nouns for people ("labourer", "operator", "activist", "fisherman").
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ess", "ant")
# The last word of a company's name, never a person's.
COMPANY_SUFFIXES = frozenset("gmbh ag inc ltd llc corp co plc sa nv bv spa srl ab oy as kg".split())
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
# Things that speak for whoever issued them ("a statement", "the study by X").
DOCUMENT_NOUNS = frozenset(
    "statement release report study post letter tweet email e-mail survey poll analysis "
    "memo document filing ruling numbers data figures chart records research paper blog "
    "website message video ad advertisement transcript decision complaint lawsuit "
    "database assessment finding audit review census statistics estimate tally bulletin notice".split()
)
# Documents that record rather than speak: without a maker of their own they
# are nobody's in particular (a "statement" or "letter" is its last speaker's).
_RECORD_NOUNS = frozenset(
    "poll survey data figures numbers statistics census estimate tally records chart research analysis "
    "finding audit review database document video paper study".split())
MAX_PHRASE_TOKENS = 14
# How many tokens before an agency's name its dateline's place may stand
# ("DERA ISMAIL KHAN , Pakistan — ( AP ) —").
DATELINE_REACH = 8
# How far back (characters) a pronoun looks for a person of its gender.
PRONOUN_REACH = 2000
# Last words of a news outlet's name.
MEDIA_WORDS = frozenset("news press times post herald tribune gazette journal radio television tv "
                        "broadcasting telegraph".split())
PREVIOUS_SENTENCES = 8  # empty or boilerplate sentences stepped over to find the previous one
# A speaker stays salient: for "he"/"she" a speaker counts as if mentioned
# this many characters later than where they were named.
SPEAKER_SALIENCE = 400  # swept 0-3000 on GGT dev: 0 .762, 300-1500 .769


@dataclass(slots=True)
class _Person:
    name: str
    gender: str | None = None
    roles: set[str] | None = None
    role_text: str | None = None
    affiliation: str | None = None
    state: str | None = None  # a country named in the role ("Mexico's Foreign Minister")


def _one_of_people(token: Token) -> bool:
    """"One of Houngbo's main rivals": one person out of a group of people."""
    from redline.entities.mentions import entity_nouns  # the entity layer reads this module

    return token.lower_ in ("one", "another") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and (entity_nouns().get(o.lemma_.lower()) == "person" or o.lemma_.lower() in GROUP_OF_PEOPLE)
            for o in p.children)
        for p in token.rights)


# Nouns for people by their relation to others ("one of his rivals").
GROUP_OF_PEOPLE = frozenset("rival critic ally member supporter colleague associate aide friend".split())


def speaker_phrase(token: Token) -> CharSpan:
    """The character span of the noun phrase headed by ``token``."""
    doc = token.doc
    left = token.left_edge.i
    for child in token.lefts:
        if child.dep_ == "nmod" and child.pos_ == "NOUN" and child.tag_ == "NN" and token.tag_ == "NNS":
            # "in a move human rights activists say": the parser's noun
            # modifier is the phrase before, not the speakers
            left = max(left, child.right_edge.i + 1)
    right = token.i
    rights = list(token.rights)
    for k, child in enumerate(rights):
        if token.i < token.head.i < child.left_edge.i:
            break  # "South Korea protests …, summons diplomats": the verb is not in the phrase
        if (child.text == "," and k + 1 < len(rights) and rights[k + 1].dep_ == "appos"
                and (token.pos_ == "NOUN" or _title(token) or _one_of_people(token)) and rights[k + 1].pos_ == "PROPN"):
            continue  # "the union's deputy chief, Pavel Lind": the name is in the phrase
        if (child.dep_ == "cc" and child.lower_ == "and" and token.tag_ == "NNS"
                and k + 1 < len(rights) and rights[k + 1].dep_ == "conj" and rights[k + 1].tag_ == "NNS"
                and rights[k + 1].right_edge.i - left < MAX_PHRASE_TOKENS):
            # "Several immigration lawyers and experts said": one group speaks
            right = max(right, rights[k + 1].right_edge.i)
            break
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            break  # "Congress leaders on Thursday rejected …"
        if (child.dep_ == "conj" and child.ent_type_ == "PERSON" and _title(token)
                and not any(c.dep_ == "cc" for c in token.children)
                and child.right_edge.i - left < MAX_PHRASE_TOKENS):
            # "Assistant Foreign Minister for Europe Mahmoud Barimani": a
            # name the parser coordinated with its title, with no "and"
            # between them, is the titled person's
            right = max(right, child.right_edge.i)
            break
        if child.dep_ in ("compound", "flat", "appos", "prep", "nummod", "amod") and child.right_edge.i - left < MAX_PHRASE_TOKENS:
            end = child.right_edge.i
            if child.dep_ == "prep":
                # "an official in the delegation, who spoke …": a relative
                # clause after a comma is not part of the name; a list is
                # ("advisers from Russia, Ukraine, France and Germany")
                comma = next((t.i for t in doc[child.i : end + 1] if t.text == ","
                              and not (t.i + 1 <= end and doc[t.i + 1].dep_ in ("conj", "cc"))), None)
                end = comma - 1 if comma is not None else end
            right = max(right, end)
        else:
            break
    if token.ent_type_ == "PERSON" and doc[left].ent_type_ == "PERSON":
        # "NATO Secretary-General Jens Stoltenberg": a title the parser broke
        # off at its hyphen still names the speaker
        lead = title_before(doc, left)
        if lead:
            left = lead[0].i
    left = with_title_before(token, left)  # "an opposition lawmaker Jean Rakoto told"
    # never end on a comma, a dangling conjunction or a date the parser
    # hung on the noun ("Foreign ministers from seven nations Saturday")
    while right > token.i and (doc[right].dep_ in ("punct", "cc") or doc[right].ent_type_ in ("DATE", "TIME")):
        right -= 1
    return (doc[left].idx, doc[right].idx + len(doc[right].text))


# Particles that join a given name to a father's ("Hamza bin Hussein").
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})
# Words that stand for a noun said before ("another [source] confirmed").
_ELIDING = frozenset({"another", "other", "others"})


def _elided_noun(head: Token, tokens: list[Token]) -> str | None:
    """The noun a subject like "another" or "the other" leaves out: that of
    the subject of a clause it hangs under ("One security source said …,
    while another confirmed …": security source), or of the sentence
    before ("One official said …. Another said …"), with its compounds;
    None for any other subject."""
    if head.lower_ not in _ELIDING or len(tokens) > 2 or head.pos_ == "NOUN" and head.lower_ != "others":
        return None
    above = [a for a in head.ancestors if a.i != head.head.i or a.dep_ != "ROOT"]
    sent = head.sent
    if sent.start > 0:
        above.append(head.doc[sent.start - 1].sent.root)
    for verb in above:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN" and subject.i < head.i:
            words = [c.text for c in subject.lefts if c.dep_ == "compound" and c.i == subject.i - 1]
            return " ".join(words + [subject.text])
    return None


def role_key(lemma: str) -> str:
    """A role noun's family ("spokeswoman" → "spokesman"), lower-cased."""
    lemma = lemma.lower()
    return ROLE_FAMILY.get(lemma, lemma)


def _clean_name(span: Span) -> str:
    words = [t for t in name_words(span) if t.text != "'s" and t.text != "’s"]
    while words and (words[0].lower_ in TITLES or words[0].lower_ == "the"):
        words = words[1:]
    return join_words(words) if words else span.text


class SpeakerResolver:
    """Resolves speaker mentions within one document, left to right."""

    def __init__(self, doc: Doc, quoted: list[CharSpan] | None = None,
                 entities: ArticleEntities | None = None, skip: list[CharSpan] | None = None) -> None:
        self.doc = doc
        self.entities = entities
        self.quoted = Ranges(quoted or ())  # the article's quotations (outer, disjoint)
        # doc.ents builds new spans on every access; names in boilerplate (a
        # photographer in a credit) are nobody the article talks about
        self.skip = Ranges(skip or ())
        self.ents = [e for e in doc.ents if e.start_char not in self.skip]
        self._ent_starts = [e.start for e in self.ents]  # in order: a phrase's names are found by bisection
        self.people: dict[str, _Person] = {}
        self.alias: dict[str, str] = {}  # lower-cased name or surname -> canonical
        self.person_mentions: list[tuple[int, str]] = []  # (char, canonical)
        self.full_mentions: list[tuple[int, str]] = []  # the same, where the name has two words or more
        self.org_mentions: list[tuple[int, str]] = []  # ORG entities
        # bodies introduced by a kind noun ("the organization Justicia11J"): noun -> (char, name)
        self.introduced_as: dict[str, tuple[int, str]] = {}
        self.place_mentions: list[tuple[int, str]] = []  # GPE entities
        self.history: list[tuple[int, str, str]] = []  # (char, canonical, kind)
        # whose each kind of document ("statement") was, as history entries
        self.documents: dict[str, tuple[int, str, str]] = {}
        self.org_alias: dict[str, str] = {}  # "IRCC" -> its full name
        self._org_names: list[str] = []  # organisations named in more than one word, in text order
        self.unnamed_sources: list[tuple[int, str, Speaker]] = []  # (char, role, speaker)
        self.media: set[str] = set()  # news outlets among the organisations
        self._sents: list[Span] | None = None  # sentences, listed when a pronoun needs them
        self._sent_starts: list[int] = []
        self.joint: set[str] = set()  # names of joint speakers ("A and B")
        self.bearers: dict[str, list[str]] = {}  # lower-cased surname -> the people named in full with it
        self._index_people()

    # -- building the article's cast -------------------------------------
    def _index_people(self) -> None:
        persons = [e for e in self.ents if e.label_ == "PERSON" and not in_title_case_line(e)
                   and e[-1].text.rstrip(".").lower() not in COMPANY_SUFFIXES]  # "Robert Bosch GmbH"
        persons += [e for e in self._missed_names(persons) if e.start_char not in self.skip]
        # longest forms first, so "Peskov" maps to "Dmitry Peskov"
        for ent in sorted(persons, key=lambda e: -len(_clean_name(e).split())):
            name = _clean_name(ent)
            key = name.lower()
            if key in self.alias:
                canonical = self.alias[key]
            else:
                canonical = name
                self.people.setdefault(canonical, _Person(name=canonical, roles=set(), gender=gender_of_name(name)))
                parts = name.split()
                self.alias[key] = canonical
                if len(parts) > 1:
                    self.bearers.setdefault(parts[-1].lower(), []).append(canonical)
                    self.alias.setdefault(parts[-1].lower(), canonical)
                    self.alias.setdefault(" ".join(parts[-2:]).lower(), canonical)
                    # "Mahathir" for Mahathir Mohamad: given names that stand
                    # alone are the family name in many languages
                    # (not a state's name: "Israel" is not Israel Katz)
                    if parts[0].lower() not in TITLES and gender_of_name(parts[0]) is None \
                            and parts[0] not in state_names():
                        self.alias.setdefault(parts[0].lower(), canonical)
                    # and "Faisal" for Crown Prince Faisal bin Talal: a name with
                    # a patronymic is shortened to the given name before it
                    given = next((parts[k - 1] for k in range(1, len(parts) - 1) if parts[k].lower() in _PATRONYMIC), None)
                    if given is not None:
                        self.alias.setdefault(given.lower(), canonical)
            self._note_roles(ent, self.people[canonical])
        self._person_starts = sorted(e.start for e in self.ents if e.label_ == "PERSON")
        for ent in persons:
            canonical = self.alias.get(_clean_name(ent).lower())
            if canonical:
                self.person_mentions.append((ent.start_char, canonical))
                if " " in _clean_name(ent):
                    self.full_mentions.append((ent.start_char, canonical))
                self._gender_from_context(ent, self.people[canonical])
        from redline.entities.mentions import dateline_tokens  # that module reads this one

        filed = dateline_tokens(self.doc)
        for ent in self.ents:
            if ent.label_ == "ORG" and ent.start in filed and not self._is_media(ent):
                continue  # "MOGADISHU (Reuters) -": where the story was filed, no body of it
            if ent.label_ in ("ORG", "GPE"):
                name = _clean_name(ent)
                mentions = self.place_mentions if ent.label_ == "GPE" else self.org_mentions
                self._note_acronym(ent, name)
                mentions.append((ent.start_char, self.org_alias.get(name, name)))
                if self._is_media(ent):
                    self.media.add(self.org_alias.get(name, name))
        self._repeated_orgs()
        self.org_mentions.sort()

    def _repeated_orgs(self) -> None:
        """An organisation's name where the recogniser missed it once ("…
        confirmed by TransLink. The agency said …"): every other whole-word
        occurrence of a name it did label counts too, outside quotations."""
        text = doc_text(self.doc)
        known = {char for char, _ in self.org_mentions}
        names = {name for _, name in self.org_mentions if len(name) >= 3 and name[:1].isupper()}
        for name in names:
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                if m.start() not in known and m.start() not in self.skip and not self._quoted(m.start()):
                    self.org_mentions.append((m.start(), name))

    @functools.cached_property
    def _proper_nouns(self) -> list[int]:
        """The indices of the document's proper nouns, read as one column
        (the name searches below look at nothing else)."""
        return [i for i, pos in enumerate(self.doc.to_array(POS)) if pos == PROPN_POS]

    def _missed_names(self, persons: list[Span]) -> list[Span]:
        """Names the recogniser missed or mislabelled: a known given name
        followed by capitalised proper nouns ("Kevin Haley")."""
        covered = {i for e in persons for i in range(e.start, e.end)}
        doc = self.doc
        found = []
        after = 0  # (a name found runs to here; the next one starts after it)
        for i in self._proper_nouns:
            if i < after or i >= len(doc) - 1:
                continue
            tok = doc[i]
            if i not in covered and gender_of_name(tok.text) and tok.text[:1].isupper():
                j = i + 1
                while j < len(doc) and j - i < 4 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and j not in covered:
                    j += 1
                if j - i >= 2:
                    span = Span(doc, i, j, label="PERSON")
                    if not in_title_case_line(span):
                        found.append(span)
                    after = j
        found += [span for span in self._described_names(covered) if not in_title_case_line(span)]
        found += [span for span in self._entity_layer_names(covered | {i for f in found for i in range(f.start, f.end)})
                  if not in_title_case_line(span)]
        return found

    def _entity_layer_names(self, covered: set[int]) -> list[Span]:
        """Names the recogniser left unlabelled that the entity layer knows
        are a person's ("Estonian Minister of Foreign Affairs Urmas
        Reinsalu … Reinsalu said"): the name's head and the proper nouns
        compounded onto it, so the speakers see the same cast."""
        if self.entities is None:
            return []
        doc = self.doc
        out = []
        for m in self.entities.mentions:
            if m.kind != "name" or m.label is not None or m.head in covered:
                continue
            head = doc[m.head]
            if head.pos_ != "PROPN" or not head.text[:1].isupper():
                continue
            ident = self.entities.identity_at(head)
            if ident is None or ident.kind != "person" or ident.name is None:
                continue
            start = head.i
            while start - 1 >= m.start and start - 1 not in covered and _name_word_onto(doc[start - 1], start, head.i):
                start -= 1
            out.append(Span(doc, start, head.i + 1, label="PERSON"))
        return out

    def _described_names(self, covered: set[int]) -> list[Span]:
        """Capitalised names the recogniser missed or called something else
        that an appositive describes as a person: "Yuni, a resident of
        Lampung, ...", "Roman, a tour operator, said", "Babatunji
        Farinloye, 50,"."""
        doc = self.doc
        out = []
        for tok in (doc[i] for i in self._proper_nouns):
            if tok.i in covered or not tok.text[:1].isupper() or tok.dep_ == "compound" \
                    or tok.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
                continue
            appos = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
            if not any(c.like_num or _person_noun(c) for c in appos):
                continue
            if tok.ent_type_ == "ORG" and not any(_one_person(c) for c in appos):
                continue  # "Acme, a manufacturer": only a noun surely for one person outweighs the label
            start = tok.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].text[:1].isupper() and start - 1 not in covered:
                start -= 1
            out.append(Span(doc, start, tok.i + 1, label="PERSON"))
        return out

    def _is_media(self, ent: Span) -> bool:
        """Whether ``ent`` is a news outlet: named like one ("CTV News", "The
        Canadian Press") or known to the tables as one (sector MED)."""
        if ent[-1].lower_ in MEDIA_WORDS or _credited_in_dateline(ent):
            return True
        if self.entities is None:
            return False
        ident = self.entities.identity_of_span((ent.start_char, ent.end_char))
        return ident is not None and ident.code is not None and ident.code.sector == "MED"

    def _note_acronym(self, ent: Span, name: str) -> None:
        """"Immigration, Refugees and Citizenship Canada (IRCC)": the
        acronym in brackets names the same organisation; so does an acronym
        standing alone that spells the initials of the one organisation
        named before it ("IRCC did not reveal ...")."""
        doc = self.doc
        if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            acronym = doc[ent.end + 1].text
            # "the United Nations Mission in South Sudan (UNMISS)": a place
            # the acronym does not spell is only the end of a longer name
            spells = ent.label_ != "GPE" or initials(re.findall(r"[\w&]+", name)) == acronym.lower()
            if acronym.isupper() and 2 <= len(acronym) <= 8 and spells:
                self.org_alias.setdefault(acronym, name)
        if name.isupper() and name.isalpha() and 2 <= len(name) <= 8 and name not in self.org_alias:
            spelled = {full for full in self._org_names if initials(re.findall(r"[\w&]+", full)) == name.lower()}
            if len(spelled) == 1:
                self.org_alias[name] = spelled.pop()
        elif " " in name:
            self._org_names.append(name)

    def _org_name(self, ent: Span) -> str:
        name = _clean_name(ent)
        return self.org_alias.get(name, name)

    def _note_roles(self, ent: Span, person: _Person) -> None:
        """Roles and gender the text gives a person: "Kremlin spokesman X",
        "X, the Kremlin spokesman", "Mr. X"."""
        doc = self.doc
        head = ent.root
        role_tokens: list[Token] = []
        owner: list[Token] = []  # the role's country, outside its words
        # pre-modifiers outside the entity: compound chain ending at the name
        i = ent.start - 1
        while i >= 0 and (
            ent.start <= doc[i].head.i < ent.end
            or (doc[i].dep_ in ("compound", "amod") and i <= doc[i].head.i < ent.end)
        ):
            role_tokens.insert(0, doc[i])
            i -= 1
        # titles the entity itself took in ("spokeswoman Nadia Farouk")
        role_tokens.extend(t for t in ent if t.lower_ in TITLES or t.lemma_.lower() in ROLE_NOUNS)
        for child in head.children:
            if child.dep_ == "appos" and child.i >= ent.end:
                role_tokens.extend(t for t in child.subtree if t.i >= child.left_edge.i and t.i <= child.i)
        if head.dep_ == "appos" and head.head.i < ent.start:
            # "the union's deputy chief, Pavel Lind": the name stands in
            # apposition to its role
            holder = head.head
            for t in holder.lefts:
                if t.dep_ in ("compound", "amod"):
                    role_tokens.append(t)
                elif t.dep_ == "poss" and t.ent_type_ == "GPE":
                    owner.extend(g for g in t.subtree if g.ent_type_ == "GPE")  # "Mexico's"
            if not _one_of_people(holder):  # "One of Houngbo's rivals, Thomas Adjovi": no role "One"
                role_tokens.append(holder)
        for tok in role_tokens:
            low = tok.lower_
            if tok.lemma_.lower() in ROLE_NOUNS or low in ROLE_NOUNS:
                person.roles = (person.roles or set()) | {role_key(tok.lemma_)}
                person.role_text = person.role_text or " ".join(
                    t.text for t in role_tokens if t.dep_ != "det" and t.pos_ != "PUNCT"
                )
                before = sorted((t for t in role_tokens + owner if t.i < tok.i), key=lambda t: t.i)
                aff = [t.text for t in before if t.ent_type_ in AFFILIATION_ENTS]
                if aff and not person.affiliation:
                    person.affiliation = " ".join(aff)
                    person.state = _gpe_words(before) or None
            self._note_gender(person, low)
        self._note_gender(person, doc[ent.start].lower_)

    def _gender_from_context(self, ent: Span, person: _Person) -> None:
        """"Joko Widodo said his government …": the first personal pronoun
        after the only person named in a sentence tells their gender."""
        if person.gender is not None:
            return
        sent = ent.sent
        # (Span.ents builds every entity span anew: count from the starts held)
        starts = self._person_starts
        if bisect.bisect_left(starts, sent.end) - bisect.bisect_left(starts, sent.start) != 1:
            return
        for tok in self.doc[ent.end : sent.end]:
            gender = PRONOUN_GENDER.get(tok.lower_)
            if gender is not None:
                person.gender = gender
                return

    @staticmethod
    def _note_gender(person: _Person, word: str) -> None:
        if person.gender is None:
            if word in FEMALE_MARKERS:
                person.gender = "f"
            elif word in MALE_MARKERS:
                person.gender = "m"

    # -- resolving one mention --------------------------------------------
    def resolve(self, head: Token, span: CharSpan, at: int) -> Speaker:
        """The Speaker for a mention headed by ``head`` spanning ``span``.

        at (int): character position of the statement, for recency.
        """
        doc = self.doc
        span = _whole_words(doc, span)
        mention = doc_text(doc)[span[0] : span[1]]
        bracket = mention.rfind("(")
        if bracket > 0 and ")" not in mention[bracket:] and mention[:bracket].strip():
            # "the Citizens Coalition for Change (CCC" the parse cut at its
            # acronym: the phrase ends before the bracket it never closes
            span = (span[0], span[0] + len(mention[:bracket].rstrip()))
            mention = doc_text(doc)[span[0] : span[1]]
        phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
        tokens = list(phrase) if phrase is not None else [head]
        low = head.lower_
        group = _group_quantified(head)
        if group is not None:
            # "thousands of protesters …, many from remote regions, calling
            # for …": "many" are some of the people just named
            return self.resolve(group, speaker_phrase(group), at)
        from redline.entities.owners import whose_owner  # the entity layer reads this module

        owner = whose_owner(head)
        if owner is not None:
            # "the unity government, whose presidential council vowed …": the
            # council of the government the clause hangs on
            lo, hi = speaker_phrase(owner)
            name = " ".join(t.text for t in tokens if t.tag_ != "WP$")
            person = _person_noun(head)
            speaker = Speaker(spans=(span,), name=name, mention=mention, affiliation=doc_text(doc)[lo:hi],
                              role=head.text if person else None, kind="unnamed" if person else "organisation")
        else:
            speaker = self._resolve(head, tokens, mention, at, low)
        speaker = self._from_entities(head, speaker)
        if speaker.name in self.joint:
            self.history.append((span[0], speaker.name, "group"))  # a joint statement: "they" may continue
        elif speaker.name and speaker.kind in ("person", "organisation", "place"):
            self.history.append((span[0], speaker.name, speaker.kind))
        elif speaker.name and speaker.kind == "unnamed" and (head.tag_ in ("NNS", "NNPS") or any(t.dep_ == "conj" for t in head.children)):
            # "protesters", "Tore Sohlberg and Lehla Abreder": a group "they" may continue
            self.history.append((span[0], speaker.name, "group"))
        elif speaker.name and speaker.kind == "unnamed" and head.tag_ == "NN" and _body_noun(head):
            # "The military said …. …, it said": a body "it" may continue
            self.history.append((span[0], speaker.name, "body"))
        if speaker.kind == "person" and low in PERSONAL_PRONOUNS and PERSONAL_PRONOUNS[low]:
            # "Yuni ... “…,” she said": the pronoun that resolved to a person
            # of unknown gender tells it, so a later "he" looks past her
            person = self.people.get(speaker.name)
            if person is not None and person.gender is None:
                person.gender = PERSONAL_PRONOUNS[low]
        return speaker

    def _resolve(self, head: Token, tokens: list[Token], mention: str, at: int, low: str) -> Speaker:
        spans = ((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)),)
        # a person named in the phrase (not a possessor: "Campbell's partner")
        named = self._appositive_name(head, tokens)
        if named is not None:
            return self._person_speaker(named, spans, mention)
        body = _appositive_body(head, tokens)
        if body is not None:
            # "A local rights group, the Kivu Peace Committee, said": the name speaks
            return Speaker(spans=spans, name=body, mention=mention, kind="organisation")
        ent = self._person_in(head, tokens)
        if ent is not None:
            canonical = self._canonical(_clean_name(ent), at)
            joint = self._coordinated_people(ent, tokens)
            if joint:
                # "Tore Sohlberg and Lehla Abreder said": both speak, in text order
                names = [canonical if e is ent else self.alias.get(_clean_name(e).lower(), _clean_name(e))
                         for e in sorted([ent, *joint], key=lambda e: e.start)]
                name = " and ".join(names)
                self.joint.add(name)
                return Speaker(spans=spans, name=name, mention=mention, kind="person")
            return self._person_speaker(canonical, spans, mention)
        together = _joined_bodies(head)
        if together is not None:
            # "Both Armenia and Azerbaijan said": the two speak together
            # (a joint speaker, whose phrase joins two states: no one code)
            start, end = tokens[0].idx, together[-1].right_edge.idx + len(together[-1].right_edge.text)
            name = " and ".join(self._org_name(_entity_around(t)) for t in together)
            return Speaker(spans=((start, end),), name=name, mention=doc_text(self.doc)[start:end], kind="organisation")
        if low in PERSONAL_PRONOUNS:
            return self._pronoun(low, spans, mention, at)
        elided = _elided_noun(head, tokens)
        if elided is not None:
            # "One security source said …, while another confirmed …": another security source
            return Speaker(spans=spans, name=elided, mention=mention, kind="unnamed")
        lemma = head.lemma_.lower()
        if lemma in DOCUMENT_NOUNS:
            return self._document(head, tokens, spans, mention, at)
        alias = None if _possessed(head) else self.alias.get(_clean_name_tokens(tokens).lower())
        if alias is not None:
            person = self.people[alias]
            return Speaker(spans=spans, name=alias, mention=mention, role=person.role_text, affiliation=person.affiliation, kind="person")
        lowers = {t.lower_ for t in tokens}
        affiliation = " ".join(t.text for t in tokens if t.ent_type_ in AFFILIATION_ENTS) or None
        if lemma in ROLE_NOUNS or role_key(lemma) in ROLE_NOUNS:
            sentence = head.sent.text.lower()
            # definiteness is the head's own determiner, not a "the" inside a
            # trailing phrase ("an unnamed official in the delegation")
            definite = any(
                (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in head.children
            )
            anonymous = bool(lowers & UNNAMED_MARKERS) or any(p in sentence for p in ANONYMITY_PHRASES)
            anonymous = anonymous and not definite
            if definite and not anonymous:
                holder = self._role_holder(role_key(lemma), at, head)
                if holder is not None:
                    return self._person_speaker(holder, spans, mention)
                earlier = self._unnamed_with_role(role_key(lemma), at)
                if earlier is not None and _office_agrees(head, earlier.mention, None):
                    # "A senior diplomat said …", then "the diplomat": the same
                    # unnamed source, still unnamed
                    return replace(earlier, spans=spans, mention=mention)
                if head.tag_ == "NN" and not _specific(tokens, head) and not _possessed(head) \
                        and not self._described_before(head):
                    # "the lanky professor": a description of someone the
                    # article has named, though not by this role (nor by
                    # another: "the transport minister" is not the union chief)
                    recent = self._previous_subject(min(at, spans[0][0]), None) \
                        or self._recent_person(at, gender=None, role=role_key(lemma))
                    if recent is not None and recent in self.people and not _same_office(head, self.people[recent]):
                        recent = None  # "the defense minister" after the foreign minister
                    if recent is not None and self._holds_other_office(recent, lemma):
                        recent = None  # "the judge" is not the regional president the entity layer named
                    if recent is not None:
                        return self._person_speaker(recent, spans, mention)
            if anonymous:
                unnamed = Speaker(spans=spans, name=None, mention=mention, role=head.text, affiliation=affiliation, kind="unnamed")
                self.unnamed_sources.append((spans[0][0], role_key(lemma), unnamed))
                return unnamed
            if not definite and head.tag_ == "NN" and tokens[0].lower_ in ("a", "an", "one"):
                named = self._named_next(head)
                if named is not None:
                    # the role introduced them: "the army spokesperson" later is them too
                    person = self.people[named]
                    person.roles = (person.roles or set()) | {role_key(lemma)}
                    return self._person_speaker(named, spans, mention)
            unnamed = Speaker(spans=spans, name=_strip_article(mention), mention=mention, role=head.text,
                              affiliation=affiliation, kind="unnamed")
            # "an official briefed on the talks", "Russia's representative to
            # …": "the official", "the source" or "he" may speak again
            self.unnamed_sources.append((spans[0][0], role_key(lemma), unnamed))
            return unnamed
        if head.pos_ == "PROPN":
            person = self._unrecognised_person(head, tokens)
            if person is not None:
                return self._person_speaker(person, spans, mention)
        for ent in self.ents:
            if ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC") and ent.start >= tokens[0].i and ent.end <= tokens[-1].i + 1 and head.i < ent.end and head.i >= ent.start:
                kind = "place" if ent.label_ in ("GPE", "LOC", "FAC") else "organisation"
                return Speaker(spans=spans, name=self._org_name(ent), mention=mention, kind=kind)
        if lemma in ORG_NOUNS and head.tag_ == "NN" and lowers & {"the", "this", "its"}:
            bare = not any(t.ent_type_ or t.pos_ == "PROPN" for t in tokens)
            taken_up = self._body_taken_up(head) if bare else None  # not "the Canadian government"
            if taken_up is not None:
                # "Hungary's governing Fidesz party … The party said": the
                # body the entity layer joined it to, named or not by the recogniser
                return Speaker(spans=spans, name=taken_up, mention=mention, kind="organisation")
            own = next((e for e in self.ents if e.start >= tokens[0].i and e.end <= tokens[-1].i + 1 and (
                (e.label_ == "ORG" and e.end <= head.i)
                or (e.label_ in ("ORG", "GPE") and e.start == head.i + 1))), None)
            if own is not None:
                # "The Reuters news agency said", "the organization Justicia11J
                # posted": the body the phrase names, which "the organization"
                # names again later
                # ("the U.N. nuclear agency" after "the International Atomic
                # Energy Agency" is that agency: a body the noun heads came first)
                name = self._recent_org(lemma, min(at, spans[0][0]), loose=False) or self._org_name(own)
                self.introduced_as.setdefault(lemma, (spans[0][0], name))
                return Speaker(spans=spans, name=name, mention=mention, kind="organisation")
            if any(t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC")
                   and t.text[:1].isupper() for t in tokens):
                # "The state-run WAM news agency": a body named by a word of its
                # own the recogniser left unlabelled, not the last body named
                return Speaker(spans=spans, name=_strip_article(mention), mention=mention, kind="organisation")
            # ("the office of President Maia Sandu" is hers, not the last body
            # named: a body said whose it is after the noun takes up only a
            # name the noun heads)
            named_owner = any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.pos_ == "PROPN" and g.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") for g in c.subtree)
                for c in head.children)
            org = self._recent_org(lemma, min(at, spans[0][0]), loose=not named_owner)  # not a name inside the phrase itself
            owner = [t.text for t in tokens if t.i < head.i and t.ent_type_ in ("NORP", "GPE")]
            state_owner = [t.text for t in tokens if t.i < head.i and t.ent_type_ == "GPE"]
            if org is not None and (
                    (owner and lemma in org.lower() and not all(w in org for w in owner))
                    or (lemma not in org.lower() and (self._other_body(head, org) or (
                        state_owner and not any(w in org for w in state_owner))))):
                # "The Canadian government" after "the Australian Government":
                # the same noun under another country's adjective is another
                # body ("the Shiite movement" after "Hezbollah" is Hezbollah);
                # so is a kind of body the name is not ("The official Syrian
                # news agency" after "the Syrian Democratic Forces", "The US
                # department" after "Republika Srpska")
                return Speaker(spans=spans, name=_strip_article(mention), mention=mention, kind="organisation")
            if org is not None:
                return Speaker(spans=spans, name=org, mention=mention, kind="organisation")
        if lemma in PAIR_NOUNS and tokens[0].lower_ == "the":
            pair = self._named_pair(min(at, spans[0][0]))  # "Kim and Clark Moran ... the couple"
            if pair is not None:
                self.joint.add(pair)
                return Speaker(spans=spans, name=pair, mention=mention, kind="person")
        if lemma in GENERIC_SOURCES and tokens[0].lower_ == "the":
            earlier = self._unnamed_with_role(None, at)  # "the source": the last unnamed one
            if earlier is not None:
                return replace(earlier, spans=spans, mention=mention)
            # none before: the writer's source, not a description of the
            # last person named ("ECOWAS is calling for Kabore's release, the
            # source said")
            return Speaker(spans=spans, name=None, mention=mention, kind="unnamed")
        if head.pos_ == "NOUN" and head.tag_ == "NN" and tokens[0].lower_ == "the" and not _specific(tokens, head) \
                and not _body_noun(head) and not abstract_noun(head.lemma_):  # "The resolution urges"
            # "the bow-tied maverick", "the 39-year-old founder": a
            # description of someone the article has just named.
            recent = self._previous_subject(min(at, spans[0][0]), None) or self._recent_person(at, gender=None)
            if recent is not None:
                return self._person_speaker(recent, spans, mention)
        if head.pos_ == "PROPN":
            return Speaker(spans=spans, name=_strip_article(mention), mention=mention, kind="organisation")
        anonymous = bool(lowers & UNNAMED_MARKERS)
        return Speaker(
            spans=spans,
            name=None if anonymous else _strip_article(mention),
            mention=mention,
            kind="unnamed",
        )

    def _sentence_subject_antecedent(self, pron: Token) -> Mention | None:
        """The description the entity layer takes ``pron`` up from, where it
        is the subject of a verb earlier in the pronoun's own sentence."""
        antecedent = self.entities.antecedent(pron) if self.entities is not None else None
        if antecedent is None or antecedent.kind not in ("role", "noun"):
            return None
        ant = self.doc[antecedent.head]
        if ant.sent.start != pron.sent.start or ant.i > pron.i or ant.dep_ not in ("nsubj", "nsubjpass"):
            return None
        return antecedent

    def _body_taken_up(self, head: Token) -> str | None:
        """The name of the named body the entity layer takes a body noun
        ("the party") up from, or None."""
        if self.entities is None or not self.entities.has_antecedent(head):
            return None
        ident = self.entities.identity_at(head)
        if ident is None or not ident.name or ident.kind not in ("organisation", "group"):
            return None
        return ident.name

    def _span_text(self, span: CharSpan) -> str:
        return doc_text(self.doc)[span[0]:span[1]]

    def _holds_other_office(self, name: str, lemma: str) -> bool:
        """Whether ``lemma`` names an office ("judge", "president", not
        "official") and the entity layer gives the person ``name`` another
        (where the parse hid it from these rules)."""
        from redline.entities.coref_features import BENCH_OFFICES, HIGH_OFFICES

        if lemma not in BENCH_OFFICES | HIGH_OFFICES:
            return False
        ident = self.entities.identity_named(name) if self.entities is not None else None
        role = ident.role.lower() if ident is not None and ident.role else None
        return role is not None and role in ROLE_NOUNS and role_key(role) != role_key(lemma)

    def _from_entities(self, head: Token, speaker: Speaker) -> Speaker:
        """The entity layer's answer for a pronoun or a description ("the
        spokesman", "the agency") that refers back to someone named."""
        if self.entities is None:
            return speaker
        ident = self.entities.identity_at(head)
        if ident is not None and ident.name is None and ident.kind == "person" \
                and head.lower_ in ("he", "she") and speaker.kind != "unnamed":
            subject = self._sentence_subject_antecedent(head)
            if subject is not None:
                # "The king has made no comment …, but … he said": the person
                # this sentence is about, unnamed, not the last one quoted
                return _described_as(speaker, self._span_text(subject.span), role=self.doc[subject.head].text)
        if ident is not None and ident.name is None and head.lower_ == "they" and speaker.kind == "unknown" \
                and ident.kind in ("group", "person", "organisation"):
            antecedent = self.entities.antecedent(head)
            if antecedent is not None and _people_group(self.doc[antecedent.head]):
                # "police clashed with opposition supporters as they protested":
                # the group the entity layer joined "they" to, unnamed
                return _described_as(speaker, self._span_text(antecedent.span))
        if ident is not None and speaker.kind == "organisation" and _modified_body(head) \
                and not self.entities.has_antecedent(head) and speaker.name \
                and speaker.name.lower() not in (speaker.mention or "").lower():
            # "the country's election commission declared …" after "the U.S.
            # Embassy": a body the entity layer finds named here first is no
            # body named before, whatever the last one was
            return _described_as(speaker, speaker.mention or head.text)
        if ident is not None and ident.name is None and head.pos_ == "NOUN" and ident.kind != "person" \
                and speaker.kind in ("person", "organisation") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            antecedent = self.entities.antecedent(head)
            if antecedent is not None and self.doc[antecedent.head].lemma_.lower() == head.lemma_.lower():
                # "the country's election commission declared … The commission
                # said": the body described before, not the person last named
                return _described_as(speaker, self._span_text(antecedent.span))
        if ident is None or ident.name is None or ident.kind not in ("person", "organisation"):
            return speaker
        if not self.entities.has_antecedent(head) and not self._headline_role(head, ident):
            return speaker
        pronoun = head.lower_ in PERSONAL_PRONOUNS
        description = head.pos_ == "NOUN" and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
            for c in head.children)
        if pronoun:
            # the rules know who spoke last (salience the entity layer, run
            # before statements, cannot see); they yield when they found
            # no one or someone of the other gender
            rule_person = self.people.get(speaker.name) if speaker.name else None
            want = PERSONAL_PRONOUNS.get(head.lower_)
            clash = rule_person is not None and want and rule_person.gender not in (want, None)
            if speaker.kind not in ("unknown", "unnamed") and not clash:
                return speaker
        if not pronoun and speaker.kind not in ("unknown", "unnamed") and not (
                description and speaker.name != ident.name and self._role_matches(head, ident)):
            # the rules matched a role or name: a surer answer than a model
            # link, unless the entity holds this very role ("the spokesperson,
            # Wu Qian, said" against a guess by recency)
            return speaker
        if description and not self._role_agrees(head, ident):
            return speaker
        if ident.kind == "person" and self._named_in_own_clause(head, ident.name):
            return speaker  # "Labour leader says PM Johnson …": who speaks is not whom he names
        if ident.kind == "person" and role_key(head.lemma_) in ROLE_NOUNS:
            known = self.people.get(self.alias.get(ident.name.lower(), ident.name))
            held_state = known.state if known is not None else None
            if not _office_agrees(head, known.role_text if known is not None else ident.role, held_state):
                return speaker  # "Colombia's defense minister" is not Mexico's foreign minister
        if ident.kind == "organisation":
            if pronoun and head.lower_ not in ("it", "they", "we"):
                return speaker
            return Speaker(spans=speaker.spans, name=ident.name, mention=speaker.mention, kind="organisation")
        person = self.people.get(ident.name)
        if person is None:
            canonical = self.alias.get(ident.name.lower())
            person = self.people.get(canonical) if canonical else None
        if person is not None:
            return self._person_speaker(person.name, speaker.spans, speaker.mention)
        return Speaker(spans=speaker.spans, name=ident.name, mention=speaker.mention, role=ident.role,
                       affiliation=ident.affiliation, kind="person")

    def _described_before(self, head: Token) -> bool:
        """Whether the entity layer joins the description at ``head`` to an
        earlier description of someone it never names ("The director-general
        of Western Europe communicated … The director-general underlined"):
        that one, not the last person named."""
        if self.entities is None:
            return False
        ident = self.entities.identity_at(head)
        return ident is not None and ident.name is None and self.entities.has_antecedent(head)

    def _named_in_own_clause(self, head: Token, name: str) -> bool:
        """Whether the person ``name`` is named by a name in the clause whose
        subject ``head`` is, outside ``head``'s own phrase: a subject and a
        name it governs are two people."""
        verb = head.head
        if verb.i == head.i:
            return False
        surname = name.split()[-1].lower()
        for ent in head.sent.ents:
            if ent.label_ != "PERSON" or head.left_edge.i <= ent.start <= head.right_edge.i:
                continue
            if verb.left_edge.i <= ent.start <= verb.right_edge.i and ent[-1].lower_ == surname:
                return True
        return False

    def _headline_role(self, head: Token, ident) -> bool:
        """A role in the headline that the story then names ("Minister accuses
        opposition ..." over "Foreign Minister Hasan Mahmud has accused ...")."""
        return ident.kind == "person" and role_key(head.lemma_) in ROLE_NOUNS \
            and doc_text(head.doc).find("\n", 0, head.idx) < 0

    @staticmethod
    def _role_matches(head: Token, ident) -> bool:
        """The entity was introduced with the role the description names."""
        return bool(ident.role) and role_key(ident.role) == role_key(head.lemma_)

    @staticmethod
    def _role_agrees(head: Token, ident) -> bool:
        """"the spokesman" may be an entity whose role is spokesman or unknown,
        not one the article introduced as something else."""
        lemma = role_key(head.lemma_)
        if lemma not in ROLE_NOUNS or not ident.role:
            return True
        return role_key(ident.role) == lemma

    def _person_in(self, head: Token, tokens: list[Token]) -> Span | None:
        """The PERSON entity the phrase names its speaker by, if any."""
        lo, hi = tokens[0].i, tokens[-1].i + 1
        persons = [e for e in self.ents if e.label_ == "PERSON" and e.start >= lo and e.end <= hi]
        for ent in persons:
            if ent.start <= head.i < ent.end:
                return ent
        for ent in persons:
            after = self.doc[ent.end] if ent.end < len(self.doc) else None
            if (after is not None and after.text in ("'s", "’s", "'", "’")) or ent[-1].text in ("'s", "’s") \
                    or (ent.root.dep_ == "poss" and ent.root.head == head):
                continue  # a possessor, not the speaker ("Samuel Dorev's ruling party")
            root = ent.root
            if root.dep_ == "compound" and root.head == head and head.pos_ == "NOUN" \
                    and head.ent_type_ != "PERSON":
                continue  # "Surrey staff", "the Trump administration": a name modifying another noun
            if root.dep_ == "pobj" and root.head.head == head and head.pos_ == "NOUN" \
                    and (_person_noun(head) or head.lemma_.lower() not in DOCUMENT_NOUNS):
                # "a spokeswoman for Trudeau", "an aide to Smith": whom they
                # work for; "the government of President Kaba": whose it is
                continue
            return ent
        return None

    def _coordinated_people(self, ent: Span, tokens: list[Token]) -> list[Span]:
        """The people (or bodies) joined to ``ent`` by "and" inside the speaker
        phrase; the recogniser often takes the second name for an organisation."""
        lo, hi = tokens[0].i, tokens[-1].i + 1
        roots = {ent.root.i}
        out: list[Span] = []
        # only the names inside the phrase: the cost stays flat however long the text
        inside = self.ents[bisect.bisect_left(self._ent_starts, lo):bisect.bisect_left(self._ent_starts, hi)]
        for other in inside:
            if other.label_ not in ("PERSON", "ORG") or other.start < ent.end or other.end > hi or other.start < lo:
                continue
            root = other.root
            if root.dep_ == "conj" and root.head.i in roots:
                roots.add(root.i)
                out.append(other)
        # "Foreign Minister Hugh Todd and Foreign Secretary Robert Persaud
        # said": titled names the parser did not coordinate, "and" between them
        for other in inside:
            if other.label_ != "PERSON" or other.start < lo or other.end > ent.start:
                continue
            between = self.doc[other.end:ent.start]
            if any(t.lower_ == "and" for t in between) and all(
                    t.lower_ == "and" or (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")) for t in between):
                out.append(other)
        return out

    def _unrecognised_person(self, head: Token, tokens: list[Token]) -> str | None:
        """A person the entity recogniser missed: "spokeswoman Nadia Farouk"
        (a role noun before proper names) or a known given name. Registered
        so that "Farouk" and "the spokeswoman" resolve to them later."""
        names = [t for t in tokens if t.pos_ == "PROPN" and t.i <= head.i and (t.head == head or t == head)]
        names = [t for t in names if t.i >= head.i - 3]
        if not names:
            return None
        before = [t for t in tokens if t.i < names[0].i]
        # a role noun right before the names makes them a person even where
        # the recogniser said organisation ("spokeswoman Nadia Farouk")
        role_next_to_name = bool(before) and (before[-1].lemma_.lower() in ROLE_NOUNS or before[-1].lower_ in TITLES)
        if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC") and not role_next_to_name:
            return None
        if not (role_next_to_name or (len(names) > 1 and gender_of_name(names[0].text))):
            return None
        name = join_words(names)
        canonical = self.alias.get(name.lower(), name)
        person = self.people.setdefault(canonical, _Person(name=canonical, roles=set(), gender=gender_of_name(canonical)))
        self.alias.setdefault(name.lower(), canonical)
        self.alias.setdefault(names[-1].text.lower(), canonical)
        for tok in before:
            if tok.lemma_.lower() in ROLE_NOUNS:
                person.roles = (person.roles or set()) | {role_key(tok.lemma_)}
                person.role_text = person.role_text or " ".join(t.text for t in before if t.dep_ != "det")
            self._note_gender(person, tok.lower_)
        self.person_mentions.append((names[0].idx, canonical))
        self.person_mentions.sort()
        return canonical

    def _appositive_name(self, head: Token, tokens: list[Token]) -> str | None:
        """"Wise’s dad, Darrin", "the union's deputy chief, Pavel Lind": a
        noun for a person with a proper name in apposition is that name,
        whoever the possessor, even where the recogniser took the name for
        an organisation. Registered so that "Darrin" resolves to it later."""
        if not (_title(head) or (head.pos_ == "NOUN" and _person_noun(head))):
            return None
        last = tokens[-1].i
        # a name the recogniser took for a place counts when it is a known given name ("dad, Darrin")
        appos = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i <= last
                      and c.ent_type_ not in ("NORP", "DATE", "TIME")
                      and (c.ent_type_ not in ("GPE", "LOC", "FAC") or gender_of_name(c.text))), None)
        if appos is None or appos.ent_type_ == "PERSON" or any(c.dep_ == "conj" for c in appos.children):
            return None  # the recogniser's names, and names joined by "and", are read as such
        words = [t for t in appos.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"] + [appos]
        words += [t for t in appos.rights if t.dep_ == "flat" and t.pos_ == "PROPN"]
        name = join_words(sorted(words, key=lambda t: t.i))
        canonical = self.alias.get(name.lower())
        if canonical is None:
            canonical = name
            self.people.setdefault(canonical, _Person(name=canonical, roles=set(), gender=gender_of_name(canonical)))
            self.alias[name.lower()] = canonical
        return canonical

    def _named_next(self, head: Token) -> str | None:
        """"A Superior Court judge chastised the station … . Justice Sean
        Dunphy directed …", "A spokeswoman for Trudeau said … . “…,” said
        Eleanore Catenaro": news introduces a source by role and names them
        in the next sentence. The person is the subject of that sentence,
        named there for the first time, outside quotations, of a gender the
        role allows."""
        k = self._sentence_at(head.idx)
        want = "f" if head.lower_ in FEMALE_MARKERS else "m" if head.lower_ in MALE_MARKERS else None
        for nxt in self._sents[k + 1 : k + 1 + PREVIOUS_SENTENCES]:
            if nxt.start_char in self.skip or not any(t.is_alpha for t in nxt):
                continue
            for tok in nxt:
                if tok.dep_ != "nsubj" or self._quoted(tok.idx):
                    continue
                name = self._person_named_by(tok)
                person = self.people.get(name) if name else None
                if person is None or (want and person.gender not in (want, None)):
                    continue
                if person.roles and role_key(head.lemma_) not in person.roles:
                    return None  # "A Freedom Mobile spokesperson says …", then its vice-president
                first = min((c for c, n in self.person_mentions if n == name), default=None)
                if first is not None and first >= nxt.start_char:
                    return name
            return None
        return None

    def _canonical(self, name: str, at: int) -> str:
        """The person a name stands for at ``at``: a surname two people share
        ("Ernie LeBlanc, father of Jason LeBlanc", then "says LeBlanc") is
        the one of them named in full most recently before, a speaker
        counting as named ``SPEAKER_SALIENCE`` characters later."""
        key = name.lower()
        bearers = self.bearers.get(key, ())
        if len(bearers) < 2:
            return self.alias.get(key, name)
        full = {m for m in bearers if m.lower() != key}
        pool = [(c + SPEAKER_SALIENCE, n) for c, n, k in self.history if k == "person" and c < at and n in full]
        pool += [(c, n) for c, n in self.full_mentions if c < at and n in full and not self._quoted(c)]
        return max(pool)[1] if pool else self.alias.get(key, name)

    def _person_speaker(self, name: str, spans: tuple[CharSpan, ...], mention: str | None) -> Speaker:
        person = self.people.get(name)
        return Speaker(
            spans=spans,
            name=name,
            mention=mention,
            role=person.role_text if person else None,
            affiliation=person.affiliation if person else None,
            kind="person",
        )

    def _document(self, head: Token, tokens: list[Token], spans: tuple[CharSpan, ...], mention: str, at: int) -> Speaker:
        """"a statement", "the study by Civic Action", "a statement e-mailed
        to The Globe by Reagan Ruslim": whoever issued it."""
        found = self._issued_by(head, tokens, spans, mention, at)
        if found is not None:
            if found.name and found.kind in ("person", "organisation", "place"):
                # ("according to the study" later is that issuer's)
                self.documents[head.lemma_.lower()] = (at, found.name, found.kind)
            return found
        if head.dep_ == "pobj" and head.head.dep_ in ("prep", "agent") and head.head.head.pos_ == "VERB":
            # "Roman … said by text message …": the subject of the verb the
            # document is the means of
            subject = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
            name = self._person_named_by(subject) if subject is not None else None
            if name is not None and name in self.people:
                return self._person_speaker(name, spans, mention)
        if head.dep_ == "dobj" or _answered(head):
            # "She dismissed reports suggesting …", "wrote in response to a
            # tweet which announced …": what someone acts on or answers is
            # not theirs; whose it is is not said
            return Speaker(spans=spans, name=_strip_article(mention), mention=mention, kind="unnamed")
        lemma = head.lemma_.lower()
        if lemma == "report" and head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in head.children):
            # "Reports indicate …", "Local media reports said …": reports
            # going round, no one speaker's, least of all the last one's
            return Speaker(spans=spans, name=_strip_article(mention), mention=mention, kind="unnamed")
        if lemma in _RECORD_NOUNS and not any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that")
                                               for c in head.children):
            # "Polls show …", "a document dated Feb. 19 showed …": records
            # whose makers the story does not give, not the last speaker's
            return Speaker(spans=spans, name=_strip_article(mention), mention=mention, kind="unnamed")
        bare = all(t.i == head.i or t.dep_ == "det" for t in tokens)  # "the statement", not "the PM's statement"
        earlier = self.documents.get(lemma) if bare and tokens[0].lower_ in ("the", "this", "that") else None
        last = next((h for h in reversed(self.history) if h[0] < at), None)
        if earlier is not None and earlier[0] < at:
            # "… the statement said" after others spoke: the statement the
            # article attributed before, not the last speaker
            last = earlier
        if last is not None:
            self.documents[lemma] = last
            if last[2] == "person":
                return self._person_speaker(last[1], spans, mention)
            return Speaker(spans=spans, name=last[1], mention=mention, kind=last[2])
        return Speaker(spans=spans, name=_strip_article(mention), mention=mention, kind="unnamed")

    def _issued_by(self, head: Token, tokens: list[Token], spans: tuple[CharSpan, ...], mention: str,
                   at: int) -> Speaker | None:
        """Who issued the document ``head`` heads, named in its own phrase."""
        issuers = [tok for tok in tokens if tok.i != head.i and (tok.dep_ in ("poss", "compound", "pobj") or (
                   tok.dep_ in ("amod", "nmod") and tok.pos_ == "PROPN" and tok.head.i == head.i))
                   and (tok.dep_ != "pobj" or tok.head.lower_ in ("by", "from", "of"))]
        # the agent of a participle on the document ("issued by", "e-mailed ... by")
        # (or of a relative clause: "a study which is being released Monday by Civic Action")
        issuers += [obj for acl in head.children if acl.dep_ in ("acl", "relcl")
                    and acl.lemma_.lower() in ISSUING_VERBS
                    for agent in acl.children if agent.dep_ == "agent"
                    for obj in agent.children if obj.dep_ == "pobj"]
        for tok in issuers:
            if tok.pos_ not in ("PROPN", "NOUN"):
                continue
            if tok.dep_ == "pobj" and tok.pos_ == "NOUN" and _person_noun(tok) and tok.ent_type_ == "":
                # "the statement by an unnamed ministry spokesman": that
                # spokesman, unnamed; not a body the ministry may be confused with
                # the speaker is named where the official is, not the document
                own = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
                unnamed = Speaker(spans=(own,), name=None, mention=doc_text(self.doc)[own[0]:own[1]],
                                  role=tok.text, kind="unnamed")
                self.unnamed_sources.append((own[0], role_key(tok.lemma_), unnamed))  # "the spokesman" again
                return unnamed
            if tok.dep_ == "compound" and tok.head.i != head.i:
                continue  # "ministry" of "by a ministry spokesman" issued nothing
            if tok.dep_ == "poss" and tok.pos_ == "PROPN":
                # "Abiy's statement": a name word of one person the article
                # named, whatever the recogniser made of it here
                bearers = {name for name in self.people if tok.text in name.split()}
                if len(bearers) == 1:
                    return self._person_speaker(bearers.pop(), spans, mention)
            for ent in self.ents:
                if ent.start <= tok.i < ent.end and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                    if ent.label_ == "PERSON":
                        return self._person_speaker(self.alias.get(_clean_name(ent).lower(), _clean_name(ent)), spans, mention)
                    return Speaker(spans=spans, name=self._org_name(ent), mention=mention, kind="organisation")
            ident = self.entities.identity_at(tok) if self.entities is not None and tok.pos_ == "PROPN" else None
            if ident is not None and ident.name and ident.kind in ("organisation", "state"):
                # "The Vatican statement" (the recogniser called it a building):
                # the body or state the entity layer knows by that name
                return Speaker(spans=spans, name=ident.name, mention=mention, kind="organisation")
            own_body = tok.dep_ == "compound" and (tok.lemma_.lower() in ORG_NOUNS or _body_noun(tok))
            if tok.lemma_.lower() in ORG_NOUNS or own_body:
                # "a prime ministry statement", "an internal police report":
                # the body the document names, not whichever came last
                org = self._recent_org(tok.lemma_.lower(), at, loose=not own_body)
                if org is not None:
                    return Speaker(spans=spans, name=org, mention=mention, kind="organisation")
                if own_body:
                    words = [t for t in self.doc[tok.left_edge.i : tok.i + 1] if t.dep_ != "det"]
                    return Speaker(spans=spans, name=" ".join(t.text for t in words), mention=mention,
                                   kind="organisation")
        return None

    def _pronoun(self, low: str, spans: tuple[CharSpan, ...], mention: str, at: int) -> Speaker:
        gender = PERSONAL_PRONOUNS[low]
        if gender is None:
            if low == "it":
                # "The ministry of Serbia said it regretted …": the body this
                # sentence is about; else the one the sentence before was about
                subject_org = self._subject_org(spans[0][0], 0) or self._previous_subject_org(spans[0][0])
                if subject_org is not None:
                    # "Al-Shabab has become … . It wants to oust …": the body
                    # the sentence before is about, not the last one quoted
                    return Speaker(spans=spans, name=subject_org, mention=mention, kind="organisation")
                last = next((h for h in reversed(self.history)
                             if h[0] < at and h[2] in ("organisation", "place", "body")), None)
                if last is None:
                    org = self._recent(self.org_mentions, at)
                    last = (0, org, "organisation") if org else None
                if last is not None:
                    kind = "unnamed" if last[2] == "body" else last[2]  # "the military": no name of its own
                    return Speaker(spans=spans, name=last[1], mention=mention, kind=kind)
            if low in ("they", "we"):
                # a plural group named within reach before a body named in the singular;
                # never the police or troops for a "they" who protest
                protest = self._protesting(spans[0][0])
                last = next((h for h in reversed(self.history) if h[0] < at and h[2] == "group"
                             and at - h[0] <= PRONOUN_REACH and not (protest and _security(h[1]))),
                            None) if low == "they" else None
                last = last or next((h for h in reversed(self.history) if h[0] < at and h[2] not in ("person", "body")
                                     and not (protest and _security(h[1]))), None)
                if last is not None and at - last[0] <= PRONOUN_REACH:
                    kind = "unnamed" if last[2] == "group" else last[2]
                    return Speaker(spans=spans, name=last[1], mention=mention, kind=kind)
            return Speaker(spans=spans, name=None, mention=mention, kind="unknown")
        char = min(at, spans[0][0])
        name = self._current_subject(char, gender) or self._previous_subject(char, gender)
        if name is not None:
            return self._person_speaker(name, spans, mention)
        k = self._sentence_at(char)
        described = self._unnamed_subject(self._sents[k - 1]) if k >= 1 else None
        if described is not None and _one_of_gender(described.lower_, gender):
            # "A police officer who did not wish to be named could not confirm
            # the reports. But he said …": the unnamed person just described
            return replace(self.resolve(described, speaker_phrase(described), at), spans=spans, mention=mention)
        unnamed = self._last_unnamed_person(at, gender)
        if unnamed is not None:
            # "“…,” a military spokesman told Reuters. “…,” he added.": an
            # unnamed source who spoke after the last person named
            return replace(unnamed, spans=spans, mention=mention)
        name = self._recent_person(at, gender)
        if name is not None:
            return self._person_speaker(name, spans, mention)
        return Speaker(spans=spans, name=None, mention=mention, kind="unknown")

    def _protesting(self, char: int) -> bool:
        """Whether the pronoun at ``char`` is the subject of a verb of protest."""
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return tok is not None and tok[0].dep_ == "nsubj" and tok[0].head.lemma_.lower() in PROTEST_VERBS

    def _unnamed_in(self, sent: Span) -> bool:
        """Whether an unnamed source speaks in ``sent`` (sources are kept in
        text order, so only those from its end back are read)."""
        for char, _, _ in reversed(self.unnamed_sources):
            if char < sent.start_char:
                return False
            if char < sent.end_char:
                return True
        return False

    def _last_unnamed_person(self, at: int, gender: str | None) -> Speaker | None:
        """The last unnamed source of a singular role before ``at``, within
        reach, when no person was named (outside quotations) after it."""
        for char, _, speaker in reversed(self.unnamed_sources):
            if char >= at:
                continue
            if at - char > PRONOUN_REACH or not speaker.role or not _one_of_gender(speaker.role, gender):
                return None
            return None if self._person_named_between(char, at) else speaker
        return None

    def _person_named_between(self, lo: int, hi: int) -> bool:
        """Whether a person speaks or is named (outside quotations) between
        the two offsets; reads only the mentions in that range."""
        for c, _, kind in reversed(self.history):
            if c <= lo:
                break
            if kind == "person" and c < hi:
                return True
        k = bisect.bisect_right(self.person_mentions, (lo, "\uffff"))
        while k < len(self.person_mentions) and self.person_mentions[k][0] < hi:
            if not self._quoted(self.person_mentions[k][0]):
                return True
            k += 1
        return False

    def _current_subject(self, char: int, gender: str) -> str | None:
        """"Wang said, before reading a poem she said was written …", "Wang
        told reporters she believes …": a pronoun after its own sentence's
        named subject, outside quotations, is that person when the gender
        agrees."""
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if tok is None or self._quoted(char):
            return None
        sent = tok[0].sent
        root = sent.root
        for t in sent:
            if t.idx >= char:
                break
            if t.dep_ == "nsubj" and t.head == root and not self._quoted(t.idx):
                name = self._person_named_by(t)
                person = self.people.get(name) if name else None
                if person is not None and person.gender in (gender, None):
                    return name
                return None
        return None

    def _previous_subject(self, char: int, gender: str | None) -> str | None:
        """The person named as subject of the sentence before the one at
        ``char``, outside quotations, when the gender agrees: "Colonel X
        spoke to Reuters … “There is combat,” he said." is X, however
        salient an earlier speaker. Sentences with no word in them (a
        paragraph's stray full stop) and boilerplate ("WATCH: …" lines)
        are stepped over, at most ``PREVIOUS_SENTENCES`` of them."""
        k = self._sentence_at(char)
        for back in range(k - 1, max(-1, k - 1 - PREVIOUS_SENTENCES), -1):
            prev = self._sents[back]
            if prev.start_char in self.skip or not any(t.is_alpha for t in prev):
                continue
            name = self._subject_person(prev, gender) or self._described_speaker(prev, gender)
            if name is None and (self._unnamed_in(prev) or self._unnamed_subject(prev) is not None):
                return None  # "Russia's representative … urged …": about someone unnamed
            if name is None and gender is not None and not self._names_anyone(prev):
                # "Roman … said … . Social media video shows the aftermath.
                # He said …": a sentence about no one leaves the subject before
                # it to a pronoun (a description looks no further back: "the
                # transport minister" after "… according to the chamber")
                continue
            return name
        return None

    def _sentence_at(self, char: int) -> int:
        """The index in ``self._sents`` of the sentence holding ``char``
        (the sentences are listed the first time one is needed)."""
        if self._sents is None:
            self._sents = list(self.doc.sents)
            self._sent_starts = [sent.start_char for sent in self._sents]
        return bisect.bisect_right(self._sent_starts, char) - 1

    def _previous_subject_org(self, char: int) -> str | None:
        """The organisation named as the main subject of the sentence right
        before the one at ``char``, in the same paragraph."""
        k = self._sentence_at(char)
        if k < 1:
            return None
        if "\n" in doc_text(self.doc)[self._sents[k - 1].end_char : self._sents[k].start_char]:
            return None
        return self._subject_org(char, 1)

    def _subject_org(self, char: int, back: int) -> str | None:
        """The organisation named as the main subject of the sentence
        ``back`` sentences before the one at ``char``, named before ``char``."""
        k = self._sentence_at(char) - back
        if k < 0:
            return None
        subject = next((c for c in self._sents[k].root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.idx >= char or self._quoted(subject.idx):
            return None
        if subject.ent_type_ != "ORG":
            # a group the recogniser took for a person ("Al-Shabab"), which
            # the entity layer knows from the actor tables
            ident = self.entities.identity_at(subject) if self.entities is not None else None
            if ident is not None and ident.name and ident.kind in ("organisation", "group"):
                return ident.name
            return None
        return self._org_name(_entity_around(subject))

    def _names_anyone(self, sent: Span) -> bool:
        """Whether ``sent`` mentions a person outside quotations: a name or a
        personal pronoun."""
        for tok in sent:
            if self._quoted(tok.idx):
                continue
            if tok.ent_type_ == "PERSON" or tok.lower_ in PRONOUN_GENDER or tok.lower_ in ("they", "them", "their"):
                return True
        return any(name_start in range(sent.start_char, sent.end_char) for name_start, _ in self.person_mentions)

    def _described_speaker(self, sent: Span, gender: str | None) -> str | None:
        """The person a role noun that speaks as the main subject of ``sent``
        was resolved to ("…, targeting two army brigades, the minister
        said. “…,” he said."), when the gender agrees."""
        tok = next((t for t in sent.root.children if t.dep_ == "nsubj" and _unnamed_role(t)), None)
        if tok is None or sent.root.lemma_.lower() not in SPEECH_VERBS:
            return None
        start = speaker_phrase(tok)[0]
        name = next((n for c, n, k in reversed(self.history) if c == start and k == "person"), None)
        person = self.people.get(name) if name is not None else None
        if person is None or (gender and person.gender not in (gender, None)):
            return None
        return name

    def _unnamed_subject(self, sent: Span) -> Token | None:
        """The main subject of ``sent`` when it introduces someone unnamed by
        a role ("A police officer who did not wish to be named …")."""
        root = sent.root
        for tok in root.children:
            if (tok.dep_ == "nsubj" and _unnamed_role(tok)
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in tok.children)
                    and not self._quoted(tok.idx)):
                return tok
        return None

    def _subject_person(self, sent: Span, gender: str | None) -> str | None:
        """The person who is the subject of ``sent``'s main verb, outside
        quotations, when the gender agrees."""
        root = sent.root
        # where the parser roots the sentence in a noun ("A statement, issued
        # ..., Mayor X defended ..."), the verbs under it are the main ones
        fragment = root.pos_ not in ("VERB", "AUX")
        for tok in sent:
            if tok.dep_ != "nsubj" or self._quoted(tok.idx):
                continue
            if tok.head != root and not (fragment and tok.head.pos_ == "VERB" and tok.head.head == root):
                continue
            name = self._person_named_by(tok)
            if name is None:
                # "Director, security response at Symantec, Kevin Haley, agreed"
                name = next((n for c in tok.subtree if c.dep_ == "appos"
                             for n in [self._person_named_by(c)] if n is not None), None)
            if name is None:
                continue  # "A press release, issued ..., McCallum expressed": the parser gives two
            person = self.people.get(name) if name else None
            if person is None or (gender and person.gender not in (gender, None)):
                return None
            return name
        return self._introduced_source(sent, gender)

    def _introduced_source(self, sent: Span, gender: str | None) -> str | None:
        """The one person ``sent`` names the way news introduces a source,
        with an age or a descriptive noun before the name ("... for
        Mississauga accountant Babatunji Farinloye, 50."), outside
        quotations, when the gender agrees and no other person is named."""
        found = []
        for ent in self.ents:
            if ent.label_ != "PERSON" or not (sent.start <= ent.start < sent.end):
                continue
            if self._quoted(ent.start_char):
                continue
            found.append(ent)
        if len(found) != 1:
            return None
        ent = found[0]
        doc = self.doc
        aged = ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].like_num
        described = ent.start > 0 and doc[ent.start - 1].pos_ == "NOUN" and _person_noun(doc[ent.start - 1])
        if not (aged or described):
            return None
        name = self.alias.get(_clean_name(ent).lower())
        person = self.people.get(name) if name else None
        if person is None or (gender and person.gender not in (gender, None)):
            return None
        return name

    def _person_named_by(self, tok: Token) -> str | None:
        """The known person a token names: inside a PERSON entity, or a
        surname the recogniser mislabelled ("Schuh" as NORP)."""
        ent = next((e for e in self.ents if e.label_ == "PERSON" and e.start <= tok.i < e.end), None)
        return self.alias.get(_clean_name(ent).lower() if ent is not None else tok.lower_)

    def _recent_person(self, at: int, gender: str | None, role: str | None = None) -> str | None:
        """The most recent person (speaker or mention) before ``at``: one
        whose gender is known to match first, else one of unknown gender;
        with ``role``, never one the article gave another role."""
        # Speakers and people named outside quotations, most recent first
        # (a name inside someone's quote is rarely what "he" points back to).
        pool = [(c + SPEAKER_SALIENCE, n) for c, n, k in self.history if k == "person" and c < at]
        pool += [(c, n) for c, n in self.person_mentions if c < at and not self._quoted(c)]
        pool.sort(reverse=True)
        near = [p for p in pool if at - p[0] <= PRONOUN_REACH]  # salience may push past `at`
        # a known matching gender beats an unknown one; nearer beats farther
        for candidates in (near, pool):
            for _, name in candidates:
                person = self.people.get(name)
                known = person.gender if person is not None else None
                if role is not None and person is not None and person.roles and role not in person.roles:
                    continue
                if gender is None or known in (gender, None):
                    return name
        return None

    def _quoted(self, char: int) -> bool:
        return char in self.quoted

    def _unnamed_with_role(self, role: str | None, at: int) -> Speaker | None:
        """The last unnamed source before ``at`` with ``role`` (None: any)."""
        for char, held, speaker in reversed(self.unnamed_sources):
            if char < at and (role is None or held == role) and at - char <= PRONOUN_REACH:
                return speaker
        return None

    def _named_pair(self, at: int) -> str | None:
        """The last two people named together before ``at`` ("Kim and Clark
        Moran"), as one joint name, outside quotations."""
        persons = [e for e in self.ents if e.label_ == "PERSON" and e.end_char <= at]
        for first, second in zip(reversed(persons[:-1]), reversed(persons[1:])):
            if second.start == first.end + 1 and self.doc[first.end].lower_ == "and" \
                    and not self._quoted(first.start_char):
                return f"{_clean_name(first)} and {_clean_name(second)}"
        return None

    def _recent_org(self, lemma: str, at: int, loose: bool = True) -> str | None:
        """The organisation a noun like "the commission" refers back to:
        the last one whose name contains the noun, else (``loose``) the last
        one. Not ``loose``: only a name the noun heads ("the police" is not
        the "Police Reforms Working Group")."""
        introduced = self.introduced_as.get(lemma)
        if introduced is not None and introduced[0] < at:
            return introduced[1]
        pool = self.place_mentions if lemma in PLACE_NOUNS else self.org_mentions
        before = [name for char, name in pool if char < at]
        if lemma in GROUPING_NOUNS:
            # "The bloc said" after "ECOWAS … suspended Burkina Faso": a bloc
            # is of states, never the one state it acted on
            before = [name for name in before if not self._names_a_state(name)]
        for name in reversed(before):
            if loose and lemma in name.lower() or _headed_by(name, lemma):
                return name
        if lemma in STATE_BODY_NOUNS or not loose:
            # "the government said" after "West African bloc ECOWAS": a
            # state's government, not whichever organisation came last
            return None
        # else the last one, though not a news outlet credited in passing
        # ("CTV News has learned …" is not "the agency")
        others = [name for name in before if name not in self.media]
        return others[-1] if others else None

    def _other_body(self, head: Token, org: str) -> bool:
        """Whether the description at ``head`` and the organisation ``org``
        are coded as different bodies by the entity layer (a news agency,
        MED, is not the armed group, REB, named before it)."""
        if self.entities is None:
            return False
        mine = self.entities.identity_at(head)
        theirs = self.entities.identity_named(org)
        a = mine.code if mine is not None else None
        b = theirs.code if theirs is not None else None
        if a is None or b is None or not a.code or not b.code:
            return False
        return (a.country != b.country and a.country is not None and b.country is not None) or (
            a.sector != b.sector and a.sector is not None and b.sector is not None)

    def _names_a_state(self, name: str) -> bool:
        """Whether the entity layer reads ``name`` as a state itself."""
        ident = self.entities.identity_named(name) if self.entities is not None else None
        code = ident.code if ident is not None else None
        return code is not None and code.kind == "state" and not code.sector and not code.org

    def _role_holder(self, role: str, at: int, head: Token | None = None) -> str | None:
        """The person most recently mentioned before ``at`` holding ``role``,
        and the same office: "Colombia's defense minister" is not "Mexico's
        Foreign Minister" named before."""
        for _, name in reversed([m for m in self.person_mentions if m[0] < at]):
            person = self.people.get(name)
            if person is not None and person.roles and role in person.roles:
                if head is not None and not _same_office(head, person):
                    continue
                return name
        return None

    @staticmethod
    def _recent(mentions: list[tuple[int, str]], at: int) -> str | None:
        before = [m for m in mentions if m[0] < at]
        return before[-1][1] if before else None

    @staticmethod
    def without_spans(speaker: Speaker) -> Speaker:
        """The same speaker, not named in this statement (shared subject)."""
        return replace(speaker, spans=(), mention=None)

    @staticmethod
    def unnamed() -> Speaker:
        """A statement with no speaker found."""
        return Speaker(kind="unknown")


_QUANTIFIER_SUBJECTS = frozenset("many some most several others all both".split())


def _group_quantified(head: Token) -> Token | None:
    """The people a bare quantifier subject ("many", "some") counts among:
    the last plural people noun named before it in its sentence."""
    if head.lower_ not in _QUANTIFIER_SUBJECTS or head.pos_ not in ("PRON", "ADJ", "DET", "NOUN") \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    return last_people_noun(head.doc[head.sent.start : head.i])


def last_people_noun(tokens: Iterable[Token], exclude: frozenset[str] = frozenset()) -> Token | None:
    """The last plural noun for people among ``tokens`` ("protesters",
    "supporters"), leaving out the lemmas in ``exclude``."""
    found = [t for t in tokens if t.tag_ == "NNS" and _people_group(t) and t.lemma_.lower() not in exclude]
    return found[-1] if found else None


def _unnamed_role(tok: Token) -> bool:
    """Whether ``tok`` is a common noun of a role ("officer", "minister"),
    no name."""
    lemma = tok.lemma_.lower()
    return tok.tag_ == "NN" and not tok.ent_type_ and (lemma in ROLE_NOUNS or role_key(lemma) in ROLE_NOUNS)


def _name_word_onto(tok: Token, start: int, head: int) -> bool:
    """Whether ``tok`` is a capitalised proper noun compounded onto the name
    running from ``start`` to ``head`` ("Urmas" of "Urmas Reinsalu"), not a title."""
    return (tok.dep_ == "compound" and start <= tok.head.i <= head and tok.pos_ == "PROPN"
            and tok.text[:1].isupper() and tok.lower_ not in TITLES)


def _people_group(head: Token) -> bool:
    """Whether a plural noun names people ("supporters"), not places or things."""
    from redline.entities.mentions import entity_nouns  # the entity layer reads this module

    return head.tag_ in ("NNS", "NNPS") and entity_nouns().get(head.lemma_.lower()) in ("person", "organization")


def _security(name: str) -> bool:
    """Whether a speaker's name is a noun for police or troops ("Bangladesh police")."""
    words = name.lower().split()
    return bool(words) and (words[-1] in SECURITY_NOUNS or words[-1].rstrip("s") in SECURITY_NOUNS)


def _credited_in_dateline(ent: Span) -> bool:
    """Whether ``ent`` is the agency a dateline credits ("TUNIS (Reuters) –"):
    the outlet that filed the story, whom "the party" never refers back to."""
    doc = ent.doc
    for tok in doc[max(0, ent.start - DATELINE_REACH) : ent.start]:
        dash = dateline_dash(tok)
        if dash is not None and dash.i >= ent.end:
            return True
    return False


def _answered(head: Token) -> bool:
    """Whether ``head`` is what someone responds to ("in response to a
    tweet", "replying to a statement")."""
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ == "to"
            and prep.head.lemma_.lower() in ("response", "reply", "respond", "answer", "react", "reaction"))


def _headed_by(name: str, lemma: str) -> bool:
    """Whether the organisation's ``name`` is headed by the noun ``lemma``
    ("Foreign Ministry", "Ministry of Foreign Affairs")."""
    words = name.lower().split(" of ")[0].split()
    return bool(words) and words[-1].rstrip("s") == lemma.rstrip("s")


def _whole_words(doc: Doc, span: CharSpan) -> CharSpan:
    """``span`` run on to the end of a hyphenated word it stops inside
    ("Vice" of "Vice-president says …", which the parser splits)."""
    last = doc.char_span(span[0], span[1], alignment_mode="expand")
    if last is None or not len(last):
        return span
    j = last[-1].i
    while j + 2 < len(doc) and not doc[j].whitespace_ and doc[j + 1].text in ("-", "‑") \
            and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha:
        j += 2
    return (span[0], max(span[1], doc[j].idx + len(doc[j].text)))


def in_title_case_line(ent: Span) -> bool:
    """Whether ``ent`` sits in a headline-style line ("Egypt and Israel Sign
    Deal …"), where the entity recogniser mistakes capitalised words for
    names."""
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    words = text[start : end if end >= 0 else len(text)].split()
    if len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised / len(words) >= 0.7


def _specific(tokens: list[Token], head: Token) -> bool:
    """Whether a description names a new source of its own ("the spokeswoman
    for the EU's diplomatic service", "an unnamed official") rather than
    pointing back to someone ("the lanky professor")."""
    return any(
        t.lower_ in UNNAMED_MARKERS or t.ent_type_ in AFFILIATION_ENTS or (t.i > head.i and t.dep_ == "prep")
        for t in tokens
    )


def _gpe_words(tokens: Iterable[Token]) -> str:
    """The country named among ``tokens`` ("Mexico 's" -> "mexico")."""
    return " ".join(t.lower_ for t in tokens if t.ent_type_ == "GPE" and t.pos_ == "PROPN")


def _same_office(head: Token, person: _Person) -> bool:
    """Whether the role noun ``head`` with its modifiers can name the office
    ``person`` was given: its own words ("defense") are in that office's
    name, and a country it names is the office's country where one is known."""
    return _office_agrees(head, person.role_text, person.state)


# Adjectives that make another office of the same noun.
_OFFICE_RANKS = frozenset("prime first chief deputy vice".split())


def _office_agrees(head: Token, role_text: str | None, held_state: str | None) -> bool:
    """See _same_office; for an office known by its words and country."""
    held = set((role_text or "").lower().split())
    # a noun naming the office's field ("defense", "interior"); adjectives
    # re-describe ("the lanky professor", "the presidential spokesman")
    words = {
        c.lower_
        for c in head.lefts
        if (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in AFFILIATION_ENTS)
        or (c.dep_ == "amod" and c.lower_ in _OFFICE_RANKS)  # "the prime minister" is no "first minister"
    }
    if held and not words <= held:
        return False
    state = _gpe_words(t for t in head.subtree if t.i < head.i)
    return not (state and held_state and state != held_state)


def _one_of_gender(role: str, gender: str | None) -> bool:
    """Whether a singular role noun ("spokesman", "official") can be the
    one a pronoun of ``gender`` names ("spokeswoman" is no "he")."""
    low = role.lower()
    if role_key(low) not in ROLE_NOUNS:
        return False  # a plural ("officials") or no person
    if low.endswith("woman"):
        return gender != "m"
    if low.endswith("man"):
        return gender != "f"
    return True


def _title(token: Token) -> bool:
    """A capitalised office ("Colombia's Defense Minister, Ivan Velasquez,"),
    which the tagger reads as a proper noun."""
    return token.pos_ == "PROPN" and role_key(token.lemma_.lower()) in ROLE_NOUNS


def _person_noun(token: Token) -> bool:
    """Whether a noun names a person ("professor", "spokesman", "fisherman"):
    the role and entity-noun tables say so, or, for a noun they do not
    list, an agent suffix does ("labourer", "operator", "activist")."""
    from redline.entities.mentions import entity_nouns  # the entity layer reads this module

    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    if role_key(lemma) in ROLE_NOUNS:
        return True
    nouns = entity_nouns()
    if nouns.get(lemma + "s") == "person" and lemma not in ORG_NOUNS:
        # "resident": the sector table files it as a body (residents act as
        # civilians), but one resident is a person, as the plural counted
        # in GUM says
        return True
    kind = nouns.get(lemma)
    if kind is not None:
        return kind == "person"
    return lemma.endswith(AGENT_SUFFIXES) and len(lemma) > 5


def _one_person(token: Token) -> bool:
    """"a resident", "a tour operator": an indefinite singular noun that the
    tables (not the agent-suffix guess) give as a person."""
    from redline.entities.mentions import entity_nouns  # the entity layer reads this module

    if token.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return False
    lemma = token.lemma_.lower()
    nouns = entity_nouns()
    return role_key(lemma) in ROLE_NOUNS or nouns.get(lemma) == "person" \
        or (nouns.get(lemma + "s") == "person" and lemma not in ORG_NOUNS)


def _body_noun(token: Token) -> bool:
    """Whether a noun names a body or a place, never one person ("the
    military", "the police", "the region")."""
    from redline.entities.mentions import entity_nouns  # the entity layer reads this module

    lemma = token.lemma_.lower()
    return entity_nouns().get(lemma) in ("organization", "place") and not _person_noun(token)


def _possessed(head: Token) -> bool:
    """"Erdogan's spokesman", "its chief": someone of the possessor's, never
    the possessor, and not whoever was named last either."""
    return any(c.dep_ == "poss" for c in head.children)


def _clean_name_tokens(tokens: list[Token]) -> str:
    words = [t for t in name_words(tokens) if t.text not in ("'s", "’s") and t.lower_ not in TITLES and t.lower_ != "the"]
    return join_words(words)


def _strip_article(mention: str) -> str:
    for article in ("the ", "The ", "a ", "A ", "an ", "An "):
        if mention.startswith(article):
            return mention[len(article):]
    return mention


def _joined_bodies(head: Token) -> list[Token] | None:
    """The states or bodies a speaker phrase joins with "and" ("Armenia
    and Azerbaijan said"), in text order; None unless every one is named."""
    if not _named_body(head) or not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return None
    others = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
    if len(others) != 1 or not _named_body(others[0]):
        return None
    return [head, others[0]]


def _named_body(token: Token) -> bool:
    """A state or body by name (the recogniser may miss a state after
    "Both": the tables' state names count too)."""
    return token.ent_type_ in _JOINT_LABELS or (token.pos_ == "PROPN" and token.text in state_names())


# Labels of names that speak together when joined by "and" (states, bodies).
_JOINT_LABELS = frozenset({"GPE", "ORG"})


def _entity_around(token: Token) -> Span:
    """The named entity ``token`` is part of, read off the tokens' entity
    tags (no scan of the article's entities: the cost stays flat)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _appositive_body(head: Token, tokens: list[Token]) -> str | None:
    """The name of a body in apposition to a body noun ("a local rights
    group, the Kivu Peace Committee"), or None."""
    if head.pos_ != "NOUN" or not (head.lemma_.lower() in ORG_NOUNS or _body_noun(head)):
        return None
    last = tokens[-1].i
    # the recogniser calls some bodies' names laws ("the Citizens Coalition for Change")
    appos = next((c for c in head.rights if c.dep_ == "appos" and c.i <= last and c.ent_type_ in ("ORG", "LAW")
                  and c.text[:1].isupper()), None)
    if appos is None:
        return None
    ent = _entity_around(appos)
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    return join_words(words) if words else None


def _modified_body(head: Token) -> bool:
    """Whether a body noun is introduced with its owner and a word of its
    own that tell it apart ("the country's *election* commission"), not
    merely described again ("the security firm", "the same group")."""
    return head.pos_ == "NOUN" and any(c.dep_ == "compound" and c.i < head.i for c in head.children) \
        and any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in head.children)


def _described_as(speaker: Speaker, words: str, role: str | None = None) -> Speaker:
    """``speaker``, where it is mentioned, named by a description (``words``,
    no article) rather than a name of its own."""
    return Speaker(spans=speaker.spans, name=_strip_article(words), mention=speaker.mention, role=role,
                   kind="unnamed")
