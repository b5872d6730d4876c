"""Resolve an actor mention ("Kremlin spokesman Dmitry Peskov") to a code (RUS GOV).

A mention is tokenized, table entries are found by longest match, and then:

- the head is the last named person in the mention (from the table, from the
  article's own introductions, or an unknown capitalised name); other
  countries, seats, organisations and people only give the affiliation;
- the affiliation is the first country/seat/organisation not governed by a
  target preposition ("Russian ambassador to the US" is Russian) and not
  negated ("pro-Russian separatists" are not Russian);
- the sector comes from the mention's head nouns: an institution or group
  word ("army", "police", "rebels") beats a seat's or group's own sector
  ("Pentagon" MIL), which beats a single person's title ("spokesman"),
  which beats an agent noun from the converted CAMEO tables ("peasants"
  AGR). A person from the table takes the sector of the role held on the
  date;
- words need an owner: a group word of kind "owned" ("forces", "parties")
  and the CAMEO agent nouns name no one unless the mention also names a
  state, organisation, seat or known person ("Russian forces" RUSMIL;
  "forces", "all parties", "independence forces" None);
- a title beats the table where the table cannot be right: a bare surname
  whose table person belongs to another state than the title names
  ("French President Putin"), and a table person with no role on the date
  whose title names another state or organisation ("U.N. mediator Diego
  Cordovez" in 2000).

Organisations keep their identity: ``ActorCode.org`` is the table key
("NATO", "UNSC"), ``org_code`` the specific CAMEO code ("IGOWSTNAT",
"IGOUNO"), ``org_name`` the organisation's own name ("United Nations
Security Council"), and ``code`` starts with the organisation's code
("IGOWSTNATMIL" for "NATO troops"; a state's group takes the mention's
sector: "Taliban government" AFGGOV).
"""

from __future__ import annotations

import re

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from redline.actors.dictionaries import PersonRole, Tables, load_tables, parse_actor_code
from redline.actors.index import (
    SINGLE_HOLDER_OFFICES,
    ActorIndex,
    Entry,
    Match,
    canonical_role,
    builtin_index,
    index_for,
)
from redline.actors.normalize import Token, day_number, key, normalize_date, tokenize
from redline.actors.regions import AMERICAS_QUALIFIERS
from redline.types import ActorRef, CharSpan

# A place after these is a target or location, not the actor's affiliation.
_DEMOTING = frozenset("to in at against with toward towards on over into for between near "
                      "inside within across".split())
# "pro-Russian", "anti-government": the actor is not that entity.
NEGATING_BEFORE = frozenset({"pro", "anti", "non"})
# "Russian-backed separatists": the entity sponsors the actor, it is not the
# actor; "US-made weapons", "Iranian-supplied drones": nor a thing it made.
NEGATING_AFTER = frozenset("backed sponsored supported funded armed trained allied aligned "
                            "leaning installed appointed friendly controlled occupied "
                            "linked affiliated inspired made built manufactured supplied".split())
_FORMER = frozenset({"former", "ex", "late", "ousted", "deposed", "toppled", "overthrown"})
# "the former French colony": the state described, not the one that ruled it.
_ONCE_RULED = frozenset({"colony", "protectorate"})
# People named by whom they back or oppose ("supporters of X", "opponents of X").
_ALLEGIANCE = {w: side for side, words in (
    ("for", "supporter supporters loyalist loyalists follower followers backer backers partisan partisans "
             "sympathizer sympathizers sympathiser sympathisers"),
    ("against", "opponent opponents critic critics rival rivals enemy enemies")) for w in words.split()}
# CAMEO's code for former office holders and other elites.
FORMER_SECTOR = "ELI"
# Sectors a title gives that no government role of the tables can stand
# for: the person has changed sides since the tables were compiled.
AGAINST_GOVERNMENT = frozenset({"OPP", "REB"})
# A mention that starts with one of these lost its owner to a hyphen ("Vietnamese-led forces").
_CUT_OWNER = NEGATING_AFTER | {"led", "based", "owned", "run"}
_DETERMINERS = frozenset({"the", "a", "an"})
# Words that name no body however often they recur (body_words).
_FUNCTION_WORDS = frozenset("the and for with from into that this these those their which".split())
# What many bodies are for, which names none of them again ("Rights" after
# "the Kenyan Centre for Civic Rights" is no short form of it).
_CAUSE_WORDS = frozenset("rights freedom freedoms liberties".split())
_BODY_WORD_MIN = 4
# Lower-case particles inside personal names ("Ursula von der Leyen").
_CONNECTORS = frozenset("al el bin bint ibn abu de da do dos das di del della van von der den "
                        "la le du ben ter".split())
# Days and months: capitalised, and no one's name.
_CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march "
                            "april may june july august september october november december".split())
# Capitalised words that are not (part of) a person's name.
_NOT_NAMES = frozenset((
    "the a an this that these those he she they it we i you his her their its our my your "
    "some many several one two three both all other another each every any according "
    "unnamed unidentified anonymous senior top leading main deputy acting interim former ex late then "
    "ousted deposed toppled overthrown "
    "new first chief head mr mrs ms miss dr sir dame lord lady madam gen col lt maj sgt "
    "capt adm sen rep gov pres prof rev sheikh ayatollah imam rabbi father prince princess "
    "source sources analyst analysts expert experts critic critics observer observers "
    "report reports statement statements data figures spokesman spokeswoman "
    "western eastern northern southern west east north south northeastern northwestern "
    "southeastern southwestern upper lower greater "
    "defense defence security foreign interior energy justice health state national federal "
    "central public economic finance trade intelligence emergency environment affairs "
    # prepositions and conjunctions a title-case headline capitalises ("Rebels
    # Near Lakeside City" names no person called "Near Lakeside City")
    "near in on at to of for with from by into onto over under after before against amid "
    "among around between during without within across toward towards upon via versus "
    "and or but nor as "
    # counts opening a sentence ("Nineteen countries on the board voted")
    "four five six seven eight nine eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands dozen dozens tens scores millions").split()) | _CALENDAR_WORDS
# A capitalised run containing one of these is a place, not a person
# ("Lakeside City", "Kivu Province").
_PLACE_WORDS = frozenset((
    "city town village province county region district island islands river lake valley port bay "
    "street square avenue airport camp").split())
# Features of the earth a state's name can be part of ("South China Sea",
# "Gulf of Mexico", "Indian Ocean"): the feature, not the state.
_GEO_FEATURES = frozenset((
    "sea ocean gulf strait straits channel peninsula shoal reef desert canal basin plateau "
    "archipelago").split())
_PLACE_WORDS = _PLACE_WORDS | _GEO_FEATURES
# Index entries that name a state: its name, its adjective, its capital.
_STATE_KINDS = frozenset({"country", "adjective", "capital"})
# A capitalised run containing one of these is an organisation, not a person.
ORG_WORDS = frozenset((
    "department ministry office agency committee commission council service services bureau "
    "party union group army front movement organization organisation association institute "
    "coalition alliance league federation confederation congress mission secretariat command programme program "
    "force initiative "
    "university court house palace company corporation bank fund forces guard brigade "
    "foundation center centre news times post press radio television tv network media "
    "authority administration directorate inc ltd corp board assembly panel tribunal "
    "platform rally convention").split())
# Abbreviated titles before a name, as wire copy writes them.
_TITLE_WORDS = {"sen": "Senator", "rep": "Representative", "gov": "Governor", "gen": "General",
                "adm": "Admiral", "col": "Colonel", "lt": "Lieutenant", "sgt": "Sergeant",
                "amb": "Ambassador", "pres": "President"}
_ABBREVIATED_TITLE = re.compile(r"\b(" + "|".join(_TITLE_WORDS) + r")\.\s+(?=[A-Z])", re.IGNORECASE)
# The organisation words a party's proper name is built on ("Colorado
# *Party*", "National Democratic *Congress*", "*Movement* for Democratic
# Change"), and the capitalised words that name a political programme: with
# one of them the name is a party's, whatever its organisation word would
# name alone ("Congress": a legislature). "National" and "People's" are left
# out (legislatures carry them: "National People's Congress"), and so are
# "Front" and words like "Change" or "Freedom", which armed groups' names
# share ("United Front for Democratic Change" was a rebel coalition).
_NAME_JOINERS = frozenset({"for", "of", "and", "the"})
_PARTY_WORDS = frozenset("party congress movement alliance union rally convention coalition platform".split())
_PROGRAMME_WORDS = frozenset((
    "democratic progressive progressives socialist socialists liberal liberals conservative "
    "conservatives republican republicans nationalist nationalists labour labor patriotic patriots unity "
    "solidarity green greens christian").split())
# Sectors that name a side against the state ("opposition", "rebel").
_SIDES = frozenset({"OPP", "REB", "INS", "SEP", "RAD"})
# Name words that may stand between a side word and the group word it
# qualifies ("opposition *Ennahda* party").
_NAME_BETWEEN = 3
# Roles a state sends to an international body ("NATO ambassador"): the
# body named in such a title is where they serve, not whom they serve.
_SENT_TO = frozenset({"ambassador", "ambassadors", "representative", "delegate", "envoy", "delegation"})
# Sectors of actors that are not the state itself.
_NON_STATE = frozenset({"REB", "OPP", "CVL", "REF", "BUS", "MED", "EDU", "HLH", "NGO", "POL"})
# Sectors of a state's own institutions.
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A resolved actor.

    country: ISO 3166-1 alpha-3 code, or "IGO"/"NGO" (the CAMEO top-level
        slot for organisations), or None for an actor with no known state.
    sector: CAMEO/PLOVER sector ("GOV", "MIL", "REB", ...) or None.
    org: the organisation's table key (its acronym: "NATO", "UN", "UNSC",
        "HAMAS") where one is named, or the person's organisation.
    name: the person's canonical name, where the actor is a person.
    kind: state | igo | ngo | person | group.
    org_code: the organisation's own CAMEO code ("IGOWSTNAT" for NATO,
        "IGOUNO" for the UN and its Security Council alike, "IGOUNOKID" for
        UNICEF, "PSEREB" for Hamas), or None.
    org_name: the organisation's own name ("United Nations Security
        Council", "North Atlantic Treaty Organization"), so bodies that share
        a code stay apart; None without an organisation.
    """

    country: str | None
    sector: str | None
    org: str | None
    name: str | None
    kind: str
    org_code: str | None = None
    org_name: str | None = None

    @property
    def code(self) -> str:
        """The actor code: the organisation's own code, or the country slot, plus
        the sector ("RUSGOV", "USA", "IGOWSTNAT", "IGOWSTNATMIL", "PSEREB").

        A sector the organisation's code already ends with is not repeated;
        a state's group takes the sector the mention gives ("Taliban
        government" AFGGOV, "Hamas" PSEREB); a country that is not the
        organisation's (a caller filled it in) takes its place.
        """
        sector = self.sector or ""
        if self.org_code and (not self.country or self.org_code.startswith(self.country)):
            if self.country in (None, "IGO", "NGO"):
                # The organisation is the top slot: its code, then the sector.
                return self.org_code + ("" if self.org_code.endswith(sector) else sector)
            # A state's group or institution: "Taliban government" is AFGGOV.
            return self.country + sector if sector else self.org_code
        return (self.country or "") + sector

    def as_ref(self, text: str, spans: tuple[CharSpan, ...] = ()) -> ActorRef:
        """An ``ActorRef`` for this actor as named by ``text`` at ``spans``.

        Its name is the person's name, or for an organisation acting as
        itself, the organisation's name.
        """
        name = self.name if self.name is not None else (self.org_name if self.kind != "state" else None)
        return ActorRef(text=text, code=self.code or None, spans=spans, name=name)


@dataclass(frozen=True, slots=True)
class _Affiliation:
    """Who an actor belongs to, as named at one place in the mention."""

    pos: int
    country: str | None
    org: str | None
    sector: str | None = None  # a seat's or group's own sector
    seat: bool = False
    demoted: bool = False
    negated: bool = False
    poss: bool = False  # "Lebanon's Hezbollah": a modifier of what follows
    person_sector: str | None = None  # "Netanyahu's office": the person's sector
    org_code: str | None = None
    org_name: str | None = None
    institution: bool = False  # a state's own institution ("People's Liberation Army")


class KnownPeople:
    """People an article introduced, by the n-grams that name them later."""

    def __init__(self) -> None:
        self.codes: dict[str, ActorCode] = {}
        self.keys: dict[tuple[str, ...], Entry] = {}

    def add(self, code: ActorCode) -> None:
        """Remember ``code`` (which must have a name) under its full and last name."""
        if not code.name:
            return
        self.codes[code.name] = code
        entry = Entry("known", code.name)
        tokens = key(code.name)
        if not tokens:
            return
        self.keys[tokens] = entry
        if len(tokens) >= 2 and len(tokens[-1]) >= 3 and tokens[-1] not in _NOT_NAMES:
            # "Peskov" after "Dmitry Peskov"; "al Sharaa" after "Ahmed al-Sharaa".
            self.keys[tokens[-1:]] = entry
            if len(tokens) >= 3 and tokens[-2] in _CONNECTORS:
                self.keys[tokens[-2:]] = entry


# Sectors a role word gives by default, which the body it is held in overrides.
_ROLE_DEFAULTS = frozenset({None, "BUS", "GOV", "CVL"})
# A body's name for the rights it defends: "Initiative for Personal Rights",
# "Commission for Rights and Freedoms" (not "the Bill of Rights").
_RIGHTS_BODY = re.compile(
    r"\b(?:Initiative|Commission|Committee|Cent(?:er|re)|Network|Association|Foundation|Institute|Coalition|"
    r"Council|League|Alliance|Movement|Organi[sz]ation|Society|Union|Federation|Observatory|Forum|Group|"
    r"Platform|Watch|Collective|Front)\s+(?:for|of|on)\s+(?:(?:the|and|[A-Z][\w'-]*)\s+){0,4}"
    r"(?:Rights|Freedoms?|Liberties)\b")


def _names_known(tokens: list[Token], known: KnownPeople) -> bool:
    """Whether any n-gram of ``tokens`` is one an article's known person is
    named by (the only way ``known`` can change what a mention resolves to)."""
    if not known.keys:
        return False
    longest = max(len(k) for k in known.keys)
    words = tuple(t.low for t in tokens)
    return any(words[i:i + n] in known.keys
               for i in range(len(words)) for n in range(1, min(longest, len(words) - i) + 1))


class ActorResolver:
    """Resolves mentions to ``ActorCode`` using the built-in and user tables."""

    def __init__(self, extra_tables: Sequence[Path | str] | None = None) -> None:
        """Load the tables (cached per process) and their lookup index.

        extra_tables: user TSV files (people, countries, organizations or
            sectors layout) that extend and override the built-in tables.
        """
        if extra_tables:
            self.tables: Tables = load_tables(tuple(str(p) for p in extra_tables))
            self.index: ActorIndex = index_for(self.tables)
        else:
            self.tables, self.index = builtin_index()
        self._cache: dict[tuple[str, str | None, bool], ActorCode | None] = {}

    def resolve(self, mention: str, date: str | None = None) -> ActorCode | None:
        """The actor ``mention`` names on ``date`` (ISO day), or None if unknown.

        Case-insensitive; tolerates determiners, possessives and dotted
        acronyms. A role-titled unknown name ("spokesman Ivan Petrov") resolves
        from its title, with the name kept.
        """
        return self.resolve_with(mention, date, None)

    def learn_person(self, name: str, role_mention: str, date: str | None = None) -> ActorCode | None:
        """The code for a person introduced as ``name`` with ``role_mention``.

        For "Kremlin spokesman Dmitry Peskov": name "Dmitry Peskov",
        role_mention "Kremlin spokesman" -> RUS GOV named "Dmitry Peskov".
        None when the role names no actor.
        """
        code = self.resolve(role_mention, date)
        if code is None:
            return None
        return replace(code, name=name, kind="person")

    def person_roles(self, name: str) -> tuple[PersonRole, ...]:
        """The table rows of the person ``name`` (canonical name), oldest first."""
        return tuple(sorted(self.tables.people.get(name, ()), key=lambda r: r.start or ""))

    def role_of(self, name: str, date: str | None = None) -> PersonRole | None:
        """The role the person ``name`` held on ``date`` (latest role without a date).

        None when the table lacks the person or no role covers the date.
        """
        rows = self.tables.people.get(name)
        if not rows:
            return None
        row, distance = _best_row(rows, normalize_date(date))
        return row if distance == 0 else None

    # -- resolution ---------------------------------------------------------

    def resolve_with(self, mention: str, date: str | None, known: KnownPeople | None,
                     sides: bool = True) -> ActorCode | None:
        """``resolve`` with the people an article has introduced.
        ``sides``: read "supporters of X"/"opponents of X" (off for the X
        itself, so that a chain of them is read once, not once per link).
        A name the tables lack that ends in a newspaper's word after "the"
        or a state's name ("the Helsinki Times", "Kuwait Times") is the
        press of the state its other words name."""
        if known is not None and _names_known(tokenize(_expand_titles(mention)), known):
            return self._uncached(mention, date, known, sides)
        # Where the article's people are not named in it, the mention reads
        # as it would in any article: one answer per process.
        cache_key = (mention, date, sides)
        if cache_key in self._cache:
            return self._cache[cache_key]
        code = self._uncached(mention, date, None, sides)
        if len(self._cache) > 100_000:
            self._cache.clear()  # bound memory on long batch runs
        self._cache[cache_key] = code
        return code

    def _uncached(self, mention: str, date: str | None, known: KnownPeople | None,
                  sides: bool) -> ActorCode | None:
        code = self._resolve_with(mention, date, known, sides)
        sectorless = code is None or (code.sector is None and not code.org
                                      and (code.name is None or code.name in _PRESS_HEADS))
        if sectorless and _press_name(mention) and (
                mention.lstrip()[:4].lower() == "the " or (code is not None and code.country is not None)):
            # ("John Post" is a man)
            # (a newspaper's word is no person's name: "the Fiji Sun" had been a "Sun" of FJI)
            return ActorCode(code.country if code is not None else None, "MED", None, None, "group")
        if (code is None or (not code.org and code.sector in _ROLE_DEFAULTS)) and _RIGHTS_BODY.search(mention):
            # "the Kenyan Centre for Civic Rights", "Center for Human
            # Rights": a body the tables lack that is named for rights is a
            # rights group, of the state its name gives, and whoever directs
            # or speaks for it is of that group ("executive director of …")
            if code is not None and code.kind == "person":
                return replace(code, sector="NGO")
            return ActorCode(code.country if code is not None else None, "NGO", None, None, "group")
        return code

    def _resolve_with(self, mention: str, date: str | None, known: KnownPeople | None,
                      sides: bool = True) -> ActorCode | None:
        day = normalize_date(date)
        mention = _expand_titles(mention)
        tokens = tokenize(mention)
        if not tokens:
            return None
        sided = self._allegiance(mention, tokens, date, known) if sides else None
        if sided is not None:
            return sided
        matches = self.index.match(tokens, known.keys if known else None)
        matches = [m for m in matches if not _names_a_feature(m, tokens) and not _surname_of(m, tokens)
                   and not _word_of_a_name(m, tokens)]
        matches = [m for m in matches if not _given_name_of(m, tokens, matches)]
        languages = {i for m in matches if _language(m, tokens) for i in range(m.start, m.end)}
        matches = [m for m in matches if not _general_adjective(m, tokens) and not _national_council(m, tokens)
                   and m.start not in languages]
        prefixed = next(((m, state) for m in matches if (state := self._place_prefixed(m, tokens, matches))), None)
        if prefixed is not None:
            # "the West Papua National Liberation Army": a body of the place's
            # state, of the sector of the table body it is named like
            org = self.tables.organizations[prefixed[0].entries[0].ref]
            return ActorCode(prefixed[1], org.sector, None, None, "group")
        regional = _americas_region(matches, tokens)
        matches = [m for m in matches if m.start not in regional]
        covered = {i for m in matches for i in range(m.start, m.end)} | regional | {i - 1 for i in regional} | languages
        bodies_at = {m.start for m in matches if m.kind == "sector" and not m.entries[0].role}
        body_ends = {m.end for m in matches if m.kind == "sector" and not m.entries[0].role}
        runs = _name_runs(tokens, covered, bodies_at, body_ends)
        runs = [r for r in runs if not _before_plural_role(r, matches, tokens) and not _before_state(r, matches, tokens)]
        matches, runs = _merge_surnames(matches, runs)

        # "the Biden administration": a person before an institution word modifies it.
        people = [m for m in matches if m.kind in ("person", "known") and m.end not in bodies_at]
        heads: list[tuple[int, Match | None, tuple[int, int] | None]] = (
            [(m.start, m, None) for m in people if not tokens[m.end - 1].poss]
            + [(r[0], None, r) for r in runs if not tokens[r[1] - 1].poss])
        head = max(heads, key=lambda h: h[0]) if heads else None

        affiliations: list[_Affiliation] = []
        for m in matches:
            if head is not None and m is head[1]:
                continue
            affiliations.extend(self._affiliations(m, tokens, day, known))
        if affiliations and any(t.low in _OWNER_DEMOTERS for t in tokens):
            affiliations = _examples_dropped(_seats_demoted(affiliations, matches, tokens), tokens)
        sector_matches = [m for m in matches if m.kind == "sector" and not _negated(m, tokens)]
        if not any(m.kind != "sector" for m in matches):
            # No owner (state, organisation, seat or known person) in the mention.
            # The converted CAMEO agent nouns ("border security", "peasants",
            # "archbishop") only ever qualify an owner ("Chinese fishermen").
            sector_matches = [m for m in sector_matches if not m.entries[0].weak]
            if head is None and tokens[0].low not in _CUT_OWNER and all(
                    m.entries[0].owned or m.entries[0].weak for m in matches):
                # "forces", "all parties", "independence forces": a group word
                # alone names no one ("led forces" is what is left of
                # "Vietnamese-led forces": the owner was cut off, not absent).
                sector_matches = [m for m in sector_matches if not m.entries[0].owned]

        if head is not None and head[1] is not None and self._title_names_other_country(head[1], affiliations, day, known):
            # "Venezuelan Foreign Minister Arreaza": a bare surname the tables give
            # to someone of another country is this unknown person's name.
            m = head[1]
            head = (m.start, None, (m.start, m.end))

        if head is not None and head[1] is not None:
            code = self._person_head(head[1], tokens, day, known, affiliations, sector_matches)
            if code is not None:
                return code
            head = None  # an ambiguous surname: its common affiliation was added
            affiliations.sort(key=lambda a: a.pos)

        affil = _works_at(affiliations, tokens) or _group_after_demonym(affiliations, matches) \
            or _pick(affiliations)
        counted = self._counted_people(matches, tokens)
        picked = next((m for m in matches if affil is not None and m.start == affil.pos), None) if counted else None
        if picked is not None and picked.kind != "adjective":
            # "Washington-based Iranians": the people's own state, wherever
            # they live ("Bosnian Serbs" stay Bosnia's)
            affil = next((a for a in affiliations if a.pos == matches[-1].start), affil)
        sector = _sector(sector_matches, tokens, affil, affiliations)
        if sector is None and head is None and affil is not None:
            sector = affil.person_sector
        name: str | None = None
        if head is not None and head[2] is not None:
            start, end = head[2]
            name = mention[tokens[start].start:tokens[end - 1].end]
        elif affil is not None and day is not None:
            row = self._office_holder(sector_matches, tokens, affil, day)
            if row is not None:
                name = row.name
                sector = row.sector or sector
        if name is None and sector is None and _party_name(tokens) is not None:
            sector = "POL"  # "the Liberal Party": a name, though "party" alone needs an owner
        if name is None and sector is None and counted:
            sector = "CVL"  # "Thousands of Malians": people of the state, not the state
        if affil is None and sector is None:
            return None
        if affil is None:
            return ActorCode(None, sector, None, name, _kind(None, sector, None, name))
        kind = "state" if affil.institution and name is None else _kind(affil.country, sector, affil.org, name)
        return ActorCode(affil.country, sector, affil.org, name, kind, affil.org_code, affil.org_name)

    def _allegiance(self, mention: str, tokens: list[Token], date: str | None,
                    known: KnownPeople | None) -> ActorCode | None:
        """"supporters of ousted President Zelaya", "opponents of President
        Saied": people named by whom they back or oppose are not that
        person's office. Those against a government, and those behind a
        leader out of office or an opposition, are its opposition; those
        behind a leader in office are civilians; None where the mention is
        no such phrase or its other side keeps its own code."""
        spans = [(_ALLEGIANCE.get(t.low), tokens[i + 2].start, len(mention)) for i, t in enumerate(tokens[:-2])
                 if t.low in _ALLEGIANCE and tokens[i + 1].low == "of"]
        for i, t in enumerate(tokens[1:], 1):
            if t.low in _ALLEGIANCE and (i + 1 == len(tokens) or tokens[i + 1].low != "of"):
                # "Jammeh's supporters", "the president's opponents", "government supporters"
                spans.append((_ALLEGIANCE[t.low], 0, tokens[i - 1].end))
        loyal = self._loyal_body(mention, tokens, date, known)
        if loyal is not None:
            return loyal
        for side, start, end in spans:
            other = self.resolve_with(mention[start:end].strip(), date, known, sides=False)
            if other is None or other.org is not None:
                return None
            sector = "OPP" if (side == "against" and other.sector == "GOV") or (
                side == "for" and other.sector in (FORMER_SECTOR, "OPP")) else None
            if side == "for" and other.sector == "GOV":
                # "supporters of President X", "the government's supporters" are
                # the state's people, not its office
                sector = "CVL"
            if sector is None:
                return None
            country = other.country
            if country is None and end < len(mention):
                # "opposition supporters in Zambia": where the phrase places them
                whole = self.resolve_with(mention, date, known, sides=False)
                country = whole.country if whole is not None else None
            return ActorCode(country, sector, None, None, "group")
        return None

    def _loyal_body(self, mention: str, tokens: list[Token], date: str | None,
                    known: KnownPeople | None) -> ActorCode | None:
        """"troops loyal to the president", "police loyal to the junta": a
        body of the state of whom it is loyal to, in its own sector (armed
        men loyal to a leader out of office or in opposition are rebels);
        None where the mention is no such phrase or either side is unknown."""
        at = next((i for i, t in enumerate(tokens[1:-2], 1) if t.low == "loyal" and tokens[i + 1].low == "to"), None)
        if at is None:
            return None
        body = self.resolve_with(mention[:tokens[at].start].strip(), date, known, sides=False)
        # ("forces" alone, a word that needs an owner: its owner is here)
        word = self.tables.sectors.get(tokens[at - 1].low)
        own_sector = body.sector if body is not None and not body.country else word.sector if word else None
        other = self.resolve_with(mention[tokens[at + 2].start:].strip(), date, known, sides=False)
        if own_sector is None or other is None or other.org is not None or not other.country:
            return None
        sector = "REB" if own_sector == "MIL" and other.sector in (FORMER_SECTOR, "OPP", "REB") else own_sector
        return ActorCode(other.country, sector, None, None, "group")

    def _counted_people(self, matches: list[Match], tokens: list[Token]) -> bool:
        """Whether the mention ends in a plural nationality after some other
        word ("Thousands of Malians", "four Iraqis", "young Kenyans"); "the
        Russians" alone often stands for the state, and "Chinese" has no
        plural of its own."""
        last = matches[-1] if matches else None
        if last is None or last.kind != "adjective" or last.end != len(tokens) or last.end - last.start > 2 \
                or last.start == 0 or tokens[last.start - 1].low in _DETERMINERS:
            return False
        # ("Tens of thousands of New Zealanders": a nationality of two words)
        words = " ".join(t.low for t in tokens[last.start:last.end])
        if not words.endswith("s"):
            return False
        singular = self.index.match(tokenize(words[:-1]))
        return any(e.kind == "adjective" and m.end - m.start == last.end - last.start
                   for m in singular for e in m.entries)

    def body_words(self, mention: str) -> frozenset[str]:
        """The words of ``mention`` that can name a body again later: not
        the words of a person's name or of a role ("secretary",
        "spokesman"), not a state's name, nor short function words
        ("US Treasury Department": Treasury, Department). Each keeps its
        capital (a "^" before it): "Foreign Ministry" and "foreign
        ministry" may be two states' ministries."""
        tokens = tokenize(mention)
        skip: set[int] = set()
        for m in self.index.match(tokens):
            if m.kind in ("person", "known") or m.kind in _STATE_KINDS or (m.kind == "sector" and m.entries[0].role):
                skip.update(range(m.start, m.end))
        return frozenset(("^" if t.cap else "") + t.low for i, t in enumerate(tokens)
                         if i not in skip and len(t.low) >= _BODY_WORD_MIN and t.low.isalpha()
                         and t.low not in _FUNCTION_WORDS and t.low not in _CAUSE_WORDS)

    def _affiliation_of(self, code: str) -> _Affiliation:
        """The affiliation a people-table code names (position 0).

        code: an ISO country, an organisation's acronym, or a CAMEO code
        ("IGOUNOKID"), which names the organisation with that code or the
        longest prefix of it.
        """
        org = self.tables.organizations.get(code)
        if org is not None:
            return self._org_affiliation(code, 0)
        if len(code) > 3:
            for n in range(len(code), 5, -3):
                acr = self.index.org_codes.get(code[:n])
                if acr is not None:
                    return replace(self._org_affiliation(acr, 0), org_code=code)
            country, sector = parse_actor_code(code, self.tables.countries)
            return _Affiliation(0, country, None, sector, org_code=code)
        return _Affiliation(0, code, None)

    def _place_prefixed(self, m: Match, tokens: list[Token], matches: list[Match]) -> str | None:
        """The state of a region or state named right before a table body's
        name, in one capitalised name, where it is another state than the
        body's ("West Papua National Liberation Army" is no Colombian ELN:
        another body, Indonesia's); else None."""
        if m.kind != "org" or m.start == 0 or any(o.start < m.start <= o.end - 1 or o.end == m.start
                                                  for o in matches if o is not m):
            return None
        org = self.tables.organizations.get(m.entries[0].ref)
        before = []
        for t in reversed(tokens[max(0, m.start - 3):m.start]):
            if not t.cap or t.poss or t.low in _FUNCTION_WORDS:
                break
            before.insert(0, t)
        if org is None or not before or org.country in (None, "IGO", "NGO") or not org.sector:
            return None
        from redline.places import load_gazetteer  # (only here: most mentions never ask)
        gaz = load_gazetteer()
        for k in range(len(before)):
            for p in gaz.lookup(" ".join(t.low for t in before[k:]))[:5]:
                if p.kind in ("admin1", "region", "country") and p.country2:
                    state = gaz.iso3(p.country2)
                    return state if state != org.country else None
        return None

    def _org_affiliation(self, acronym: str, pos: int, **flags: bool) -> _Affiliation:
        o = self.tables.organizations[acronym]
        institution = (("org", acronym) in self.tables.weak and o.country not in (None, "IGO", "NGO")
                       and o.sector in _STATE_SECTORS)
        return _Affiliation(pos, o.country, o.acronym, o.sector, org_code=o.code, org_name=o.name,
                            institution=institution, **flags)

    def _affiliations(self, m: Match, tokens: list[Token], day: str | None,
                      known: KnownPeople | None) -> list[_Affiliation]:
        flags = {"demoted": _demoted(m, tokens), "negated": _negated(m, tokens),
                 "poss": tokens[m.end - 1].poss}
        entry = m.entries[0]
        if entry.kind in ("country", "adjective", "capital"):
            return [_Affiliation(m.start, entry.ref, None, **flags)]
        if entry.kind == "seat":
            return [_Affiliation(m.start, entry.ref, None, entry.sector, seat=True, **flags)]
        if entry.kind == "org":
            return [self._org_affiliation(entry.ref, m.start, **flags)]
        if entry.kind == "known" and known is not None:
            c = known.codes[entry.ref]
            return [_Affiliation(m.start, c.country, c.org, person_sector=c.sector,
                                 org_code=c.org_code, org_name=c.org_name, **flags)]
        if entry.kind == "person":
            _, row, aff = self._choose_person([e.ref for e in m.entries], day)
            if aff is not None:
                a = self._affiliation_of(aff)
                covers = row is not None and (day is None or row.covers(day))
                sector = (row.sector or a.sector) if covers and row is not None else None
                return [replace(a, pos=m.start, sector=None, person_sector=sector, **flags)]
        return []

    def _title_names_other_country(self, m: Match, affiliations: list[_Affiliation], day: str | None,
                                   known: KnownPeople | None = None) -> bool:
        """A one-word table alias whose mention's title names a different
        state; or a person the article placed only by a place word next to
        the name ("in Moscow LeClaire") whom a title now gives another state
        ("Canadian ambassador in Moscow Alison LeClaire")."""
        titled = [a for a in affiliations
                  if a.pos < m.start and a.country and not a.demoted and not a.negated and a.org is None]
        if not titled:
            return False
        if m.kind == "known" and known is not None:
            c = known.codes[m.entries[0].ref]
            return c.sector is None and c.org is None and c.name not in self.tables.people \
                and c.country is not None and all(a.country != c.country for a in titled)
        if m.kind != "person" or m.end - m.start != 1:
            return False
        _, _, aff = self._choose_person([e.ref for e in m.entries], day)
        if aff is None:
            return False
        country = self._affiliation_of(aff).country
        return country is not None and all(a.country != country for a in titled)

    def _person_head(self, m: Match, tokens: list[Token], day: str | None, known: KnownPeople | None,
                     affiliations: list[_Affiliation], sector_matches: list[Match]) -> ActorCode | None:
        """The code of a named person heading the mention (None if ambiguous)."""
        entry = m.entries[0]
        if entry.kind == "known" and known is not None:
            c = known.codes[entry.ref]
            if not (day is None and c.name in self.tables.people
                    and any(a.pos < m.start and not a.demoted for a in affiliations)):
                return c
            # an undated article's later titled mention of a table person
            # ("NATO Secretary-General Jens Stoltenberg" after a bare "Jens
            # Stoltenberg") says which of their roles this article means
        name, row, aff = self._choose_person([e.ref for e in m.entries], day)
        if name is None or row is None:
            if aff is not None:
                a = self._affiliation_of(aff)
                affiliations.append(replace(a, pos=m.start, sector=None))
            return None
        if day is None:
            row = self._titled_row(name, row, m, tokens, sector_matches)
            row = self._affiliated_row(name, row, m, affiliations)
        a = self._affiliation_of(row.affiliation)
        if day is not None and not row.covers(day):
            # No role on that day, and the mention's title names someone else's
            # state or organisation ("U.N. mediator Diego Cordovez" after his
            # years as a minister): the title says what the person is now.
            titled = _pick([t for t in affiliations if t.pos < m.start and not t.demoted])
            if titled is not None and (titled.country, titled.org) != (a.country, a.org) and (
                    titled.country or titled.org):
                sector = _sector(sector_matches, tokens, titled, affiliations)
                return ActorCode(titled.country, sector, titled.org, name, "person",
                                 titled.org_code, titled.org_name)
        titled = [t for t in affiliations if t.pos < m.start and not t.demoted and not t.negated]
        if titled and a.org is None and all(t.org and t.country == "IGO" for t in titled) \
                and not any(t.low in _SENT_TO for t in tokens[:m.start]):
            # "African Union Commission chairman Moussa Faki Mahamat": a title
            # that names only an international body is the person's post now;
            # the tables' state row is an earlier career (they stop about 2015)
            t = titled[0]
            sector = _sector(sector_matches, tokens, t, affiliations)
            return ActorCode(t.country, sector, t.org, name, "person", t.org_code, t.org_name)
        if day is None or row.covers(day):
            sector = row.sector or a.sector
        else:
            # No role on that day: keep the affiliation, take the sector from the text.
            sector = _sector(sector_matches, tokens, replace(a, pos=m.start), affiliations)
        if any(s.entries[0].role and s.end <= m.start and _after_former(s, tokens) for s in sector_matches):
            sector = FORMER_SECTOR  # "Former President Rodrigo Duterte": the text says the office is past
        elif day is not None and sector not in AGAINST_GOVERNMENT:
            # "opposition leader X" where the tables' open row (compiled years
            # ago) has X in government: the title says what X is now
            title = [s for s in sector_matches if s.end <= m.start and not s.entries[0].weak]
            wanted = _sector(title, tokens, None, [], owned=False) if title else None
            if wanted in AGAINST_GOVERNMENT:
                sector = wanted
        return ActorCode(a.country, sector, a.org, name, "person", a.org_code, a.org_name)

    def _titled_row(self, name: str, row: PersonRole, m: Match, tokens: list[Token],
                    sector_matches: list[Match]) -> PersonRole:
        """In an undated article, the person's role that the title before
        the name gives ("Ukrainian President Petro Poroshenko" is the
        president, not the opposition leader he became later); the most
        recent role when there is no title or none of the roles fits it."""
        title = [s for s in sector_matches if s.end <= m.start and not s.entries[0].weak]
        wanted = _sector(title, tokens, None, [], owned=False) if any(s.entries[0].role for s in title) else None
        if wanted is None or wanted == FORMER_SECTOR:
            return row
        fitting = [r for r in self.tables.people.get(name, ()) if r.sector == wanted]
        if row.sector == wanted:
            return row
        if fitting:
            return max(fitting, key=lambda r: r.start or "")
        if wanted in AGAINST_GOVERNMENT:
            # "opposition leader Raila Odinga" where the tables (compiled
            # years ago) know him only in government: the title is now
            return replace(row, sector=wanted)
        return row

    def _affiliated_row(self, name: str, row: PersonRole, m: Match,
                        affiliations: list[_Affiliation]) -> PersonRole:
        """In an undated article, the person's role in the state or
        organisation the title before the name names ("NATO Secretary-General
        Jens Stoltenberg" is NATO's, not the Norwegian minister he was before
        and after); the given row when the title names none of the
        person's affiliations."""
        titled = _pick([t for t in affiliations if t.pos < m.start and not t.demoted])
        if titled is None or not (titled.country or titled.org):
            return row
        wanted = (titled.country, titled.org)

        def fits(r: PersonRole) -> bool:
            a = self._affiliation_of(r.affiliation)
            return (a.country, a.org) == wanted

        if fits(row):
            return row
        fitting = [r for r in self.tables.people.get(name, ()) if fits(r)]
        return max(fitting, key=lambda r: r.start or "") if fitting else row

    def _choose_person(self, names: list[str], day: str | None) -> tuple[str | None, PersonRole | None, str | None]:
        """(name, row, affiliation) of the person an alias means on ``day``.

        Among people sharing an alias ("Bush", "Clinton") the one whose role
        is nearest the date wins; on a tie the name is None and the
        affiliation is kept only when they share it.
        """
        scored: list[tuple[int, str, PersonRole]] = []
        for name in dict.fromkeys(names):
            rows = self.tables.people.get(name)
            if rows:
                row, distance = _best_row(rows, day)
                scored.append((distance, name, row))
        if not scored:
            return None, None, None
        best = min(s[0] for s in scored)
        winners = [s for s in scored if s[0] == best]
        if len(winners) == 1:
            _, name, row = winners[0]
            return name, row, row.affiliation
        affs = {w[2].affiliation for w in winners}
        return None, None, (affs.pop() if len(affs) == 1 else None)

    def _office_holder(self, sector_matches: list[Match], tokens: list[Token],
                       affil: _Affiliation, day: str) -> PersonRole | None:
        """Who held the titled office on ``day`` ("the Russian president" in 2010)."""
        roles = [m for m in sector_matches if m.entries[0].role and not _after_former(m, tokens)]
        if not roles:
            return None
        m = roles[-1]
        if " ".join(t.low for t in tokens[m.start:m.end]) != " ".join(key(m.entries[0].ref)):
            return None  # plural ("officials"): no single holder
        office = canonical_role(m.entries[0].ref)
        if office not in SINGLE_HOLDER_OFFICES:
            return None
        holders = {r.name: r for r in self.index.offices.get((affil.org or affil.country or "", office), ())
                   if r.covers(day)}
        return next(iter(holders.values())) if len(holders) == 1 else None


def _best_row(rows: Sequence[PersonRole], day: str | None) -> tuple[PersonRole, int]:
    """The row for ``day`` and its distance in days (0 when it covers the day).

    Without a date, the most recent role.
    """
    if day is None:
        return max(rows, key=lambda r: r.start or ""), 0
    covering = [r for r in rows if r.covers(day)]
    if covering:
        return max(covering, key=lambda r: r.start or ""), 0
    d = day_number(day)

    def distance(r: PersonRole) -> int:
        if r.start is not None and d < day_number(r.start):
            return day_number(r.start) - d
        if r.end is not None:
            return d - day_number(r.end) + 1
        return 0

    row = min(rows, key=distance)
    return row, distance(row)


def _before(m: Match, tokens: list[Token]) -> str | None:
    """The word before a match, skipping articles."""
    i = m.start - 1
    while i >= 0 and tokens[i].low in _DETERMINERS:
        i -= 1
    return tokens[i].low if i >= 0 else None


def _demoted(m: Match, tokens: list[Token]) -> bool:
    """Whether a preposition that makes a name a target or a place ("envoy
    *to* Yemen") stands before the match, past up to two lower-case words
    ("to war-ravaged Yemen", "in oil-rich Venezuela")."""
    i = m.start - 1
    while i >= 0 and tokens[i].low in _DETERMINERS:
        i -= 1
    for _ in range(_ADJECTIVES_SKIPPED):
        if i >= 0 and tokens[i].low in _DEMOTING:
            return True
        if i < 0 or tokens[i].cap:
            return False
        i -= 1
    return i >= 0 and tokens[i].low in _DEMOTING


# Lower-case words between a preposition and the name it governs.
_ADJECTIVES_SKIPPED = 2


def _press_name(mention: str) -> bool:
    """Whether ``mention`` is a newspaper's or broadcaster's name by its last
    word, capitalised, after a name ("the Helsinki Times", "the Fiji Sun",
    "the Daily Mirror"; not "times", nor "Times" alone)."""
    words = mention.strip().split()
    if len(words) < 2 or words[-1] not in _PRESS_HEADS:
        return False
    before = [w for w in words[:-1] if w.lower() not in ("the",)]
    return bool(before) and all(w[:1].isupper() for w in before)


# Last words of newspapers' and broadcasters' names (capitalised).
# ("Monitor", "Observer", "Nation" are left out: "the Human Rights Monitor",
# "the Navajo Nation" are no press.)
_PRESS_HEADS = frozenset("Times Herald Gazette Tribune Post Star Daily News Journal Chronicle Telegraph "
                         "Express Mirror Guardian Standard Sun Independent Inquirer Courier "
                         "Press Broadcasting Broadcaster Television TV Radio Newspaper Weekly Sentinel "
                         "Dispatch Bulletin Examiner".split())


def _hosted(m: Match, tokens: list[Token]) -> bool:
    """Whether the match is where an envoy is posted ("its ambassador *to*
    Ethiopia", "the envoy to the UN"): the host, never the envoy's owner."""
    i = m.start - 1
    while i >= 0 and tokens[i].low in _DETERMINERS:
        i -= 1
    return i >= 1 and tokens[i].low == "to" and tokens[i - 1].low in _ENVOYS


# Nouns for one a state posts to another state or body.
_ENVOYS = frozenset("ambassador ambassadors envoy envoys emissary consul representative "
                    "representatives delegate delegation mission".split())


def _negated(m: Match, tokens: list[Token]) -> bool:
    if _hosted(m, tokens):
        return True
    prev = tokens[m.start - 1].low if m.start > 0 else None
    nxt = tokens[m.end].low if m.end < len(tokens) else None
    if nxt == "armed" and m.end + 1 < len(tokens) and tokens[m.end + 1].low in ("forces", "force"):
        return prev in NEGATING_BEFORE  # "Azerbaijani armed forces" are Azerbaijan's own
    if prev in NEGATING_BEFORE and m.kind == "sector" and m.end == len(tokens) and m.end - m.start >= 2:
        return False  # "anti-riot police": "anti" takes the modifier, the head is still police
    return prev in NEGATING_BEFORE or nxt in NEGATING_AFTER or nxt in _ONCE_RULED


def _after_former(m: Match, tokens: list[Token]) -> bool:
    return any(t.low in _FORMER for t in tokens[:m.start])


def _seats_demoted(affiliations: list[_Affiliation], matches: list[Match],
                   tokens: list[Token]) -> list[_Affiliation]:
    """"The Washington-based Organization of American States", "Brunei's
    U.K.-based advisers": a place before "based" says where a body sits,
    not whose it is, when an owner is named after it or before it."""
    seats = {m.start for m in matches if m.end < len(tokens) and tokens[m.end].low == "based"}
    if not seats:
        return affiliations
    owned = any(a.pos not in seats for a in affiliations)
    return [replace(a, demoted=True) if a.pos in seats and owned else a for a in affiliations]


# Words after which a phrase names some of its members, not its owner.
_EXAMPLES = frozenset({"including", "among", "notably", "especially", "mostly", "mainly"})
# Words that make a state named beside them no owner ("Washington-based", "including").
_OWNER_DEMOTERS = _EXAMPLES | {"based"}


def _examples_dropped(affiliations: list[_Affiliation], tokens: list[Token]) -> list[_Affiliation]:
    """"dozens of people, including Iranian officers": a state named among
    the examples after the head says whose some members are, not whose
    the group is."""
    cut = next((i for i, t in enumerate(tokens) if i > 0 and t.low in _EXAMPLES), None)
    if cut is None:
        return affiliations
    return [replace(a, negated=True) if a.pos > cut else a for a in affiliations]


def _group_after_demonym(affiliations: list[_Affiliation], matches: list[Match]) -> _Affiliation | None:
    """"Lebanese Hezbollah", "the Afghan Taliban", "the Pakistani
    Taliban": a state's adjective right before a group the tables place in a
    state names that group, in the adjective's state (the Pakistani Taliban
    are Pakistan's rebels, whatever state the tables give the Taliban)."""
    adjectives = {m.start: m for m in matches if m.kind == "adjective"}
    for a in affiliations:
        if not a.org or a.country in (None, "IGO", "NGO") or a.negated:
            continue
        before = next((b for b in affiliations if b.org is None and b.country and not b.negated
                       and b.pos in adjectives and adjectives[b.pos].end == a.pos), None)
        if before is not None:
            return replace(a, country=before.country)
    return None


def _works_at(affiliations: list[_Affiliation], tokens: list[Token]) -> _Affiliation | None:
    """"South Asia researcher at Amnesty International", "an analyst with Crisis
    Group": the organisation one works at or with is whose one is, whatever
    state the title names (the one the work is about)."""
    return next((a for a in affiliations if a.org and a.country in ("IGO", "NGO") and not a.negated
                 and a.pos >= 2 and tokens[a.pos - 1].low in ("at", "with")), None)


# Words of titles a party has of its own ("the SNP leader", "BJP
# president", "party spokesman"): held in the party, no office of the state.
_PARTY_OWN_WORDS = frozenset("leader leaders president chairman chairwoman chair secretary spokesman spokeswoman "
                          "spokesperson official officials member members head founder candidate negotiator "
                          "negotiators delegation delegate delegates".split())


def _state_office(strong: list[Match], tokens: list[Token]) -> str | None:
    """The sector of the last state office among the mention's role words
    ("governor", "minister", "lawmaker"), None where there is none or it is
    a title parties have of their own."""
    roles = [m for m in strong if m.entries[0].role and m.entries[0].sector in ("GOV", "LEG")]
    if not roles or _after_former(roles[-1], tokens):
        return None
    words = {t.low for t in tokens[roles[-1].start:roles[-1].end]}
    return None if words & _PARTY_OWN_WORDS else roles[-1].entries[0].sector


def _pick(affiliations: list[_Affiliation]) -> _Affiliation | None:
    """The first affiliation that is neither a target nor a possessive modifier.

    Failing that, the first possessive one ("Russia's ambassador to the UN"),
    then the first target ("residents in Gaza").
    """
    usable = [a for a in affiliations if not a.negated]
    owner = next((a for a in usable if a.poss and not a.demoted and a.org and a.country
                  and not a.institution), None)
    if owner is not None and all(a.pos > owner.pos for a in usable if a is not owner):
        return owner  # "a broadcaster's Persian service": the body owns what its words after describe
    for rank in ((False, False), (False, True)):
        for a in usable:
            if (a.demoted, a.poss) == rank:
                return a
    return usable[0] if usable else None


def _sector(sector_matches: list[Match], tokens: list[Token], affil: _Affiliation | None,
            affiliations: list[_Affiliation], owned: bool = True) -> str | None:
    """The sector the mention's words give, by the precedence in the module doc.

    ``owned``: whether a leadership title's owner counts ("Blue Sky
    leader": none); False where only the title's own sector is wanted.

    Agent nouns from the converted CAMEO tables come last, after every
    hand-written word and the affiliation's own sector.
    """
    strong = [m for m in sector_matches if not m.entries[0].weak]
    weak = [m for m in sector_matches if m.entries[0].weak]
    bodies = [m for m in strong if not m.entries[0].role]
    # "opposition party the Citizens Coalition for Change": a body word
    # inside a proper name, before its organisation word, says who the
    # members are; a word outside the name says what the body is
    outside = [m for m in bodies if not _inside_body_name(m, tokens)]
    if outside:
        bodies = outside
    # "a woman journalist": a word for plain people right before a role is the role's
    roles_at = {m.start for m in strong if m.entries[0].role}
    bodies = [m for m in bodies if not (m.entries[0].sector == "CVL" and m.end in roles_at)]
    if bodies:
        if bodies[-1].entries[0].sector == "MIL":
            # "opposition troops", "opposition forces": an armed body of a
            # side is that side's fighters (CAMEO's REB for the opposition's)
            armed = [m for m in bodies[:-1] if m.entries[0].sector in _SIDES
                     and 0 <= bodies[-1].start - m.end <= _NAME_BETWEEN
                     and all(t.cap for t in tokens[m.end:bodies[-1].start])]
            if armed:
                side = armed[-1].entries[0].sector
                return "REB" if side == "OPP" else side
        if bodies[-1].entries[0].owned:
            # "opposition party", "rebel forces": a group word says which
            # side only through the word before it that names a side
            owned = bodies[-1]
            side = [m for m in bodies[:-1] if m.entries[0].sector in _SIDES
                    and owned.start - m.end <= _NAME_BETWEEN
                    and all(t.cap for t in tokens[m.end:owned.start])]  # "opposition Labour Party"
            if side:
                return side[-1].entries[0].sector
        party = _party_name(tokens)
        if party is not None and party[0] <= bodies[-1].start < party[1]:
            # "National Democratic Congress", "Union of Democratic Forces of
            # Guinea": a party, not a legislature or an army
            return "POL"
        return bodies[-1].entries[0].sector
    if affil is not None:
        if affil.sector == "POL" and (office := _state_office(strong, tokens)) is not None:
            return office  # "Tyrol's ÖVP governor", "a BJP minister": the office, held by a party's member
        if affil.sector:
            return affil.sector
        # "US State Department": the seat belongs to the named country.
        for a in affiliations:
            if a.seat and a.sector and not a.negated and a.country == affil.country:
                return a.sector
        if affil.country in ("IGO", "NGO"):
            return None  # "UN spokesman" is the UN, not a government
    roles = [m for m in strong if m.entries[0].role and not _after_former(m, tokens)]
    party = _party_name(tokens) if roles else None
    if party is not None and party[1] <= roles[-1].start:
        return "POL"  # "Unity Alliance president Tomas Banda": the party's, not a government's
    if roles and owned and affil is None and _unplaced_owner(roles[-1], tokens, sector_matches):
        if _party_initials(roles[-1], tokens):
            return "POL"  # "UWP leader Lennox Linton": a party's initials before its leader's title
        return None  # "Operation Dudula leader", "the group's spokesman": no government's
    if roles:
        return roles[-1].entries[0].sector
    if any(m.entries[0].role and _after_former(m, tokens) for m in strong):
        return FORMER_SECTOR  # "former president Carlos Menem": CAMEO's elites
    weak = [m for m in weak if not _after_former(m, tokens)]
    return weak[-1].entries[0].sector if weak else None


# Titles that say a person leads or speaks for a body, whatever the body
# is: their sector is the owner's, so an owner the tables do not know gives none.
_ANY_BODYS_ROLES = frozenset({
    "leader", "head", "chief", "chairman", "chairwoman", "chairperson", "chair", "president",
    "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson", "director",
    "coordinator", "convener", "secretary general", "secretary-general", "general secretary"})
# Words that qualify a title rather than name its owner ("Vice President").
_TITLE_QUALIFIERS = frozenset({
    "vice", "deputy", "acting", "interim", "former", "ex", "co", "assistant", "senior", "first",
    "new", "chief", "executive", "associate", "honorary", "outgoing", "incoming", "elected", "top"})
# Common nouns for a body of no particular side ("the group's leader").
_NEUTRAL_BODIES = frozenset({
    "group", "groups", "organisation", "organization", "movement", "network", "gang", "cartel",
    "association", "club", "company", "firm", "campaign", "church", "charity", "foundation", "team"})


def _unplaced_owner(role: Match, tokens: list[Token], sector_matches: list[Match]) -> bool:
    """Whether a leadership title follows an owner that gives no sector: a
    capitalised name no table knows ("Operation Dudula leader", "Blue Sky
    spokesman") or a neutral body noun ("the group's leader")."""
    words = " ".join(t.low for t in tokens[role.start:role.end])
    if words not in _ANY_BODYS_ROLES or role.start == 0:
        return False
    before = tokens[role.start - 1]
    if before.low in _TITLE_QUALIFIERS or any(m.start <= role.start - 1 < m.end for m in sector_matches):
        return False
    if before.poss and before.low in _NEUTRAL_BODIES:
        return True
    return before.cap and not before.poss


def _party_initials(role: Match, tokens: list[Token]) -> bool:
    """Whether a party leader's title follows initials the tables do not
    know that end as parties' names do (Party, Congress, Movement, Union,
    Front: "UWP leader", "DUP leader"); a body's initials before
    other titles, or ending otherwise ("FIFA president"), stay unplaced."""
    words = " ".join(t.low for t in tokens[role.start:role.end])
    before = tokens[role.start - 1]
    return words in _PARTY_TITLES and before.upper and not before.poss and 2 <= len(before.low) <= 5 \
        and before.low.isalpha() and before.low[-1] in "pcmuf"


# Titles a party's leaders hold.
_PARTY_TITLES = frozenset({"leader", "chairman", "chairwoman", "chairperson", "president",
                           "secretary general", "secretary-general", "general secretary"})


def _party_name(tokens: list[Token]) -> tuple[int, int] | None:
    """The token range of a party's proper name in the mention, if it holds
    one: a capitalised "Party" after a capitalised word ("the governing
    Colorado Party", "Liberal Party"), or a capitalised party word in a run
    of capitalised words (and "for", "of", "and", "the") holding a
    programme word ("National Democratic Congress", "Movement for
    Democratic Change")."""
    for i, t in enumerate(tokens):
        if not (t.cap and t.low in _PARTY_WORDS):
            continue
        lo = i
        while lo > 0 and (tokens[lo - 1].cap or tokens[lo - 1].low in _NAME_JOINERS) and not tokens[lo - 1].poss:
            lo -= 1
        hi = i + 1
        while hi < len(tokens) and (tokens[hi].cap or tokens[hi].low in _NAME_JOINERS):
            hi += 1
        if t.low == "party" and i > 0 and tokens[i - 1].cap and tokens[i - 1].low not in _DETERMINERS:
            return lo, hi
        if any(w.cap and w.low in _PROGRAMME_WORDS for w in tokens[lo:hi]):
            return lo, hi
    return None


def _inside_body_name(m: Match, tokens: list[Token]) -> bool:
    """Whether a matched word is capitalised and followed by a capitalised
    organisation word ("*Citizens* Coalition", "*Farmers* Union")."""
    return m.end < len(tokens) and tokens[m.end].cap and tokens[m.end].low in ORG_WORDS \
        and all(t.cap for t in tokens[m.start:m.end]) and tokens[m.end - 1].low not in ORG_WORDS


def _before_plural_role(run: tuple[int, int], matches: list[Match], tokens: list[Token]) -> bool:
    """A capitalised word right before a plural role ("Political advisers",
    "Local residents", "Regional leaders") qualifies a group; no one person
    is named before a plural."""
    for m in matches:
        if m.start == run[1] and m.kind == "sector":
            words = [t.low for t in tokens[m.start:m.end]]
            return words != key(m.entries[0].ref) and words[-1].endswith("s")
    return False


def _before_state(run: tuple[int, int], matches: list[Match], tokens: list[Token]) -> bool:
    """A capitalised word right before a state's own name ("United
    Seychelles", "Forward Kenya party"): a body's name that takes in the
    state's, no person (a person is "Kenya's Ruto"; a given name before a
    state's name is a surname's, dropped earlier)."""
    last = tokens[run[1] - 1]
    return not last.poss and any(
        m.start == run[1] and m.kind == "country" and not tokens[m.end - 1].poss
        and tokens[m.start].start - last.end <= 1 for m in matches)  # ("the Left-Greens, Iceland's …": two phrases)


def _kind(country: str | None, sector: str | None, org: str | None, name: str | None) -> str:
    if name is not None:
        return "person"
    if country == "IGO":
        return "igo"
    if country == "NGO":
        return "ngo"
    if org is not None or country is None or sector in _NON_STATE:
        return "group"
    return "state"


def _is_name_token(t: Token) -> bool:
    return t.cap and (not t.upper or len(t.low) == 1) and t.low not in _NOT_NAMES and not t.low.isdigit()


def _merge_surnames(matches: list[Match], runs: list[tuple[int, int]]
                    ) -> tuple[list[Match], list[tuple[int, int]]]:
    """Fold a one-word table surname into an adjacent unknown name.

    "Hunter Biden" is not Joe Biden: a bare surname next to another
    capitalised name is part of that (unknown) person's name.
    """
    if not runs:
        return matches, runs
    kept: list[Match] = []
    merged = list(runs)
    for m in matches:
        if m.kind == "person" and m.end - m.start == 1:
            for k, (s, e) in enumerate(merged):
                if e == m.start or s == m.end:
                    merged[k] = (min(s, m.start), max(e, m.end))
                    break
            else:
                kept.append(m)
        else:
            kept.append(m)
    return kept, sorted(merged)


def _names_a_feature(m: Match, tokens: list[Token]) -> bool:
    """A state's name inside the name of a sea, gulf or strait ("South China
    Sea", "Gulf of Mexico", "Persian Gulf")."""
    if m.kind not in _STATE_KINDS:
        return False
    if m.end < len(tokens) and tokens[m.end].low in _GEO_FEATURES and tokens[m.end].cap:
        return True
    return (m.start >= 2 and tokens[m.start - 1].low == "of" and tokens[m.start - 2].low in _GEO_FEATURES
            and tokens[m.start - 2].cap)


# Capitalised nouns after which "General" names a body, not a rank.
_GENERAL_BODIES = frozenset("secretariat directorate assembly council command office secretary conference "
                            "election elections strike prosecutor inspectorate administration "
                            "confederation federation union".split())


def _general_adjective(m: Match, tokens: list[Token]) -> bool:
    """"a general strike", "the general election", "the General
    Secretariat": "general" as an adjective, no army rank (a rank stands
    before a name, "General Kamal", or alone, "the general said")."""
    if m.kind != "sector" or m.end - m.start != 1 or tokens[m.start].low != "general" or m.end >= len(tokens):
        return False
    after = tokens[m.end]
    return not after.cap or after.low in _GENERAL_BODIES


# Words after a nationality that make it a language's name ("English-speaking").
LANGUAGE_WORDS = frozenset("speaking language languages speaker speakers".split())


def _language(m: Match, tokens: list[Token]) -> bool:
    """"the English-speaking regions", "the French language": a language,
    no state's people or side."""
    return m.kind == "adjective" and m.end < len(tokens) and tokens[m.end].low in LANGUAGE_WORDS


def party_side(code: ActorCode | None, entity: ActorCode | None) -> ActorCode | None:
    """``entity`` where it says which side a party is on that ``code``
    reads only as a party: "the Democratic Party" (POL) of a story that
    called it "the main opposition Democratic Party" (OPP); else None."""
    if code is None or entity is None or code.sector != "POL" or entity.sector != "OPP" or code.org:
        return None
    return entity if code.country in (None, entity.country) else None


def national_council(org: str | None, role: str | None) -> bool:
    """"Security Council Secretary Armen Grigoryan": a state's security
    council has a secretary, the UN's (``org`` "UNSC") has none; the role
    word then places the person in a government."""
    return org == "UNSC" and role == "secretary"


def _national_council(m: Match, tokens: list[Token]) -> bool:
    return m.kind == "org" and m.end < len(tokens) and national_council(m.entries[0].ref, tokens[m.end].low)


# Words that make "American" a region, not the United States' adjective
# (the region words' own, and "Pan-American").
_AMERICAS_WORDS = AMERICAS_QUALIFIERS | {"pan", "inter"}  # ("Inter-American Commission")


def _americas_region(matches: list[Match], tokens: list[Token]) -> set[int]:
    """Where "American(s)" follows "Latin", "South", "Central" or "North"
    ("a Latin American diplomat"): a region, no state, and no name."""
    return {m.start for m in matches
            if m.end - m.start == 1 and tokens[m.start].low.startswith("american") and m.start > 0
            and tokens[m.start - 1].low in _AMERICAS_WORDS}


def _word_of_a_name(m: Match, tokens: list[Token]) -> bool:
    """"People's" inside a body's name ("Tigray People's Liberation Front",
    "People's Democratic Party"): a word of the name, not civilians; and a
    "regime" of rules ("a sanctions regime", "the visa regime"): no
    government."""
    if m.kind != "sector" or m.end - m.start != 1:
        return False
    if tokens[m.start].low == "regime":
        return m.start > 0 and tokens[m.start - 1].low in _RULE_WORDS
    return (tokens[m.start].low == "people" and tokens[m.start].cap and tokens[m.start].poss
            and m.end < len(tokens) and tokens[m.end].cap)


# Words before "regime" that make it a set of rules, not a government.
_RULE_WORDS = frozenset("sanctions sanction visa trade tax tariff export import customs inspection "
                        "verification licensing nonproliferation non-proliferation".split())


def _given_name_of(m: Match, tokens: list[Token], matches: list[Match]) -> bool:
    """A body's one-word name right before the last word of a mention, that
    word no known word ("Opposition leader *Duma* Boko"): a given name, not
    Russia's parliament. A body before a role stays ("Duma deputy X")."""
    if m.kind not in ("org", "seat") or m.end - m.start != 1 or m.end != len(tokens) - 1:
        return False
    last = tokens[m.end]
    if tokens[m.start].poss or not last.cap or last.upper or last.low in _CALENDAR_WORDS \
            or any(o.start <= m.end < o.end for o in matches):
        return False
    return m.start == 0 or not tokens[m.start - 1].cap or any(
        o.end == m.start and o.kind == "sector" for o in matches)


def _surname_of(m: Match, tokens: list[Token]) -> bool:
    """A state's name that ends a person's name after a given name ("Jim
    *Jordan*", "Michael *Georgia*"): the person's surname, not the state."""
    from redline.statements.names import gender_of_name  # a word list, no parse

    if m.kind not in _STATE_KINDS or m.start == 0 or m.end - m.start != 1 or tokens[m.start].poss:
        return False
    before = tokens[m.start - 1]
    after_cap = m.end < len(tokens) and tokens[m.end].cap
    return before.cap and not after_cap and gender_of_name(before.low.capitalize()) is not None


def _expand_titles(mention: str) -> str:
    """Wire copy's abbreviated titles written out ("Sen. Maria Gomez" →
    "Senator Maria Gomez"): only with the dot and before a capitalised
    word, so a surname ("Amartya Sen") stays a name."""
    return _ABBREVIATED_TITLE.sub(lambda m: _TITLE_WORDS[m.group(1).lower()] + " ", mention)


def _continues_name(tokens: list[Token], i: int, covered: set[int]) -> bool:
    """Whether the run at ``i`` ends a longer name across "for" or "of"
    ("Citizens Coalition for *Change*", "Front for the Safeguard of
    *Democracy*"): a body's name, not a person's. Not after a title the
    tables know ("Minister for Europe Mahmoud Kazemi")."""
    j = i - 1
    if j >= 1 and tokens[j].low == "the":
        j -= 1
    return j >= 1 and tokens[j].low in ("for", "of") and tokens[j - 1].cap and j - 1 not in covered


def _name_runs(tokens: list[Token], covered: set[int], bodies: set[int],
               body_ends: frozenset[int] | set[int] = frozenset()) -> list[tuple[int, int]]:
    """Runs of capitalised words no table entry covers: unknown people's names.

    bodies: token positions starting an institution word; a run right before
    a capitalised one names an organisation ("Border Guard Service").
    body_ends: positions right after an institution word; a run after its
    "of" or "for" names the body's field, no one ("Ministry of Internal
    Affairs", "Court of Appeal", "Association for Human Rights").
    """
    runs: list[tuple[int, int]] = []
    i, n = 0, len(tokens)

    def starts_name(j: int) -> bool:
        if j >= n or j in covered:
            return False
        if _is_name_token(tokens[j]):
            return True
        return tokens[j].low in _CONNECTORS and starts_name(j + 1)

    while i < n:
        if not starts_name(i):
            i += 1
            continue
        j = i
        while starts_name(j):
            j += 1
            if tokens[j - 1].poss:
                break
        org_name = any(t.low in ORG_WORDS or t.low in _PLACE_WORDS for t in tokens[i:j]) or (
            j in bodies and tokens[j].cap and not tokens[j - 1].poss) or _continues_name(tokens, i, covered)
        seat = j < n and tokens[j].low == "based"  # "Kani-based": where a body sits, no one's name
        # the field of an institution named before it, over capitalised words
        # read already ("Ministry of Internal Affairs", "Committee on Foreign
        # Relations", "Commission on Human Rights")
        k = i - 1
        while k > 0 and tokens[k].cap and k in covered:
            k -= 1
        field = k >= 1 and ((tokens[k].low in ("of", "for") and k in body_ends)
                            or (tokens[k].low == "on" and tokens[k - 1].cap))
        if not org_name and not seat and not field:
            runs.append((i, j))
        i = j
    return runs
