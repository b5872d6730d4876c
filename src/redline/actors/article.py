"""Per-article actor resolution: people an article introduces resolve later.

"Kremlin spokesman Dmitry Peskov ... Peskov said" — the first mention gives
the role, so the bare surname later resolves to the same actor even when the
tables do not know the person.

A town the article qualifies by its state or country ("Paris, Texas",
"Paris, Tex.") stands for that state in this article wherever its name
appears, when the tables read the name as another state: "Paris police"
there are American, not French.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace

from redline.actors.resolve import ORG_WORDS, ActorCode, ActorResolver, KnownPeople, tokenize
from redline.types import Place

# Places that can stand in another state than their name's table reading
# (a country's name is the tables' to read, never relocated).
_RELOCATABLE = frozenset({"city", "admin1", "county", "landmark"})
# Characters between a town and the state that qualifies it (", ").
_QUALIFIER_GAP = 3
# The share of a story's place names its dateline's state must hold to be
# the state its unplaced officials serve.
_DATELINE_SHARE = 0.25
# Where no dateline or capital settles it, the state a story's headline names first
# (and its dateline, where it has one, agrees) is home when the story names
# it at least this share as often as the state it names most: "Estonia
# expels Russian diplomat", "TOKYO — Japan summons China envoy".
_LEAD_SHARE = 0.5
# How many times more often than any other state (the dateline's
# included) a story must name a state before that state is its home ...
_DOMINANCE = 2
# ... and at least this often: a stray place or two is no story's subject.
_DOMINANT_MENTIONS = 3
# How many officials and bodies placed in one state make it the home of the
# unplaced ones (``ArticleActors.use_actors``).
_PLACED_ACTORS = 2
# ... where the story names that state this many times as often as any
# other, and holds this share of all the states it names: a two-state
# dispute ("Morocco recalls Algeria envoy") or a meeting of seven foreign
# ministers in Paris has no home for its unplaced officials.
_ACTORS_STATE_LEAD = 1.5
_ACTORS_STATE_SHARE = 0.4
# The leaders of several states, named together ("the Heads of Government").
_LEADERS_OF_STATES = re.compile(r"\bheads\s+of\s+(?:state|government)", re.IGNORECASE)
# Where a list of states splits ("Britain, France and Germany").
_LIST_SEPARATORS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


class ArticleActors:
    """Resolves one article's mentions, remembering the people it introduces."""

    def __init__(self, resolver: ActorResolver, date: str | None = None) -> None:
        """resolver: the shared resolver; date: the article's date (ISO day)."""
        self.resolver = resolver
        self.date = date
        self._known = KnownPeople()
        self._memo: dict[tuple[str, int, int], ActorCode | None] = {}
        self._relocated: re.Pattern[str] | None = None
        self._states: dict[str, str] = {}  # relocated name -> the name of its state
        self._towns: dict[str, str] = {}  # the article's towns -> their states
        # surnames the article gives to someone the tables do not know
        # ("Etienne Tshisekedi"): alone, they name no table person here
        self._other_bearers: set[str] = set()
        # words of the bodies the article named with their state ("US Treasury
        # Department": treasury, department -> its code); None where two states share one
        self._bodies: dict[str, ActorCode | None] = {}
        self._lessons = 0  # how often ``_bodies`` changed: answers read from it change with it
        # the one state every place the article names lies in, if there is one
        self._sole_state: str | None = None
        self._dateline_state: str | None = None  # the country of the story's dateline
        # the state whose capital the story calls "the capital" (``_capital_state``)
        self._capital_state: str | None = None
        # the state the story names far more often than any other, if one is
        self._dominant_state: str | None = None
        # how often the story names each state, names of bodies included
        self._state_counts: Counter[str] = Counter()
        # the one state of every official and body the story places, where
        # it is also the state the story names most (``use_actors``)
        self._actors_state: str | None = None
        # the state the headline leads with, where the dateline agrees (``_lead_state``)
        self._lead_state: str | None = None
        # the state the body's first sentence leads with, where the headline names none
        self._lede_state: str | None = None

    def use_places(self, places: Iterable[Place], text: str | None = None,
                   headline: tuple[int, int] | None = None, lede: tuple[int, int] | None = None) -> None:
        """Read the names of ``places`` (the article's, resolved in context)
        that the text qualifies by their region or country ("Paris, Texas")
        and the tables give to another state ("Paris" FRA) as their own
        state's name ("United States") in every later mention. A name read
        in the tables' state anywhere in the article stays as the tables
        read it; an unqualified reading (the places stage's guess from
        context) never overrides the tables."""
        places = sorted(places, key=lambda p: p.span)
        # a place inside a body's name ("Organization of American States",
        # "the U.S. Embassy") says whose body it is, not where the story is
        located = [p for p in places if p.source != "embedded"]
        # ... unless the story names places only inside names ("Accra
        # Regional Police Command", "the Liberian Football Association")
        located = located if any(p.country for p in located) else places
        states = {p.country for p in located if p.country}
        self._sole_state = next(iter(states)) if len(states) == 1 else None
        # "GEORGETOWN, Guyana, CMC –": the state a wire story is filed from
        # is where its officials with no state of their own serve, when the
        # story is about that state: it holds a good share of the places the
        # story names (a "BRUSSELS -" story about the EU names other states)
        dateline = next((p.country for p in places if p.source == "dateline" and p.country), None)
        named = [p.country for p in located if p.country and p.source != "dateline"]
        # (and is named at least as often as any other: a "Baku:" story that
        # names Armenia far more is about both, and places no one by its dateline)
        home = dateline is not None and named.count(dateline) >= _DATELINE_SHARE * len(named) \
            and named.count(dateline) >= max(Counter(named).values(), default=0)
        # ("NAIROBI, Kenya — … a mutiny in Burundi" under a headline on Burundi,
        # which the story names as often: filed from a neighbour, about Burundi)
        headlined = {p.country for p in located if p.country and headline is not None
                     and headline[0] <= p.span[0] < headline[1]}
        if home and dateline not in headlined and any(named.count(h) >= named.count(dateline) for h in headlined):
            home = False
        self._dateline_state = dateline if home else None
        self._state_counts = Counter(p.country for p in places if p.country)
        self._capital_state = _capital_state(located, text, self._state_counts) if text is not None else None
        # (a state named inside bodies' names counts when nothing else
        # settles it: "Myanmar's junta", "the Guatemalan Attorney General's
        # Office" say where the story is as a town would)
        self._dominant_state = dominant_state(Counter(p.country for p in located if p.country)) \
            or dominant_state(self._state_counts)
        self._lead_state = _lead_state(located, headline, dateline, named, text)
        if headline is not None and text is not None and dateline is None:
            # "Díaz-Canel says new US measures will hurt Cuban families": a
            # headline led by a person the tables place tells the story
            # from that person's state, whichever state it names first
            self._lead_state = self._headline_person_state(text[headline[0]:headline[1]], named) \
                or self._lead_state
        # "Italy's Prime Minister Giorgia Meloni criticized judges …" under a
        # headline that names no state: the story is told from the state its
        # first sentence leads with, however often it names the one the
        # centres stand in
        told = headline is not None and any(p.country and headline[0] <= p.span[0] < headline[1] for p in located)
        # (a state named as such, not a town inside a body's name: "the
        # Total Independence of Angola" is no story from Missouri)
        states_named = [p for p in located if p.kind == "country" and p.source != "embedded"]
        self._lede_state = None if told or lede is None else _lead_state(states_named, lede, dateline, named, text)
        # a place inside a body's name places the body only in a state the
        # story places something in ("Peshawar City Police"); "Colorado"
        # of Paraguay's Colorado Party is no American town of the story
        self._towns = {p.text.casefold(): p.country for p in places
                       if p.country and not p.adjective and p.kind in _RELOCATABLE
                       and (p.source != "embedded" or not states or p.country in states)}
        readings: dict[str, set[str]] = {}
        qualified: set[str] = set()
        for p, q in zip(places, places[1:] + [None]):
            if p.country and not p.adjective:
                name = p.text.casefold()  # ("PARIS, Texas (AP) -" ... "Paris police")
                readings.setdefault(name, set()).add(p.country if p.kind in _RELOCATABLE else "")
                if q is not None and q.kind in ("admin1", "country") and q.country == p.country \
                        and 1 <= q.span[0] - p.span[1] <= _QUALIFIER_GAP:
                    qualified.add(name)  # "Paris, Texas", "PARIS, Tex."
        for name, states in readings.items():
            if len(states) != 1 or "" in states or name not in qualified:
                continue
            state = next(iter(states))
            own = self.resolver.resolve(name.title(), self.date)
            country = self.resolver.tables.countries.get(state)
            if own is None or own.kind != "state" or own.country in (None, state) or own.sector \
                    or own.org or country is None:
                continue
            self._states[name] = country.name
        if self._states:
            words = "|".join(re.escape(t) for t in sorted(self._states, key=len, reverse=True))
            self._relocated = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
        self._memo.clear()

    def _headline_person_state(self, headline: str, named: list[str]) -> str | None:
        """The state of the person a headline opens with ("Díaz-Canel
        says …", "Erdogan says …"), where the tables know that person and
        the story names their state about as often as any other; else None."""
        words = _HEADLINE_SUBJECT.match(headline.strip())
        if words is None:
            return None
        code = self.resolver.resolve(words.group(0), self.date)
        counts = Counter(named)
        if code is None or code.kind != "person" or not code.country \
                or counts[code.country] < _LEAD_SHARE * max(counts.values(), default=0):
            return None  # (and the story is about that state as much as any: see ``_lead_state``)
        return code.country

    def resolve(self, mention: str) -> ActorCode | None:
        """The actor ``mention`` names; a named person is remembered for later."""
        key = (mention, len(self._known.codes), self._lessons)  # answers change as people and bodies are learned
        if key in self._memo:
            return self._memo[key]
        if mention.strip().casefold() in self._other_bearers:
            return None  # "Tshisekedi" after "Etienne Tshisekedi": not the tables' Felix
        known = self._known if self._known.codes else None
        if self._relocated is not None:  # "Paris police" in Paris, Texas: "United States police"
            mention = self._relocated.sub(lambda m: self._states[m.group(0).casefold()], mention)
        code = self.resolver.resolve_with(mention, self.date, known)
        if code is None:
            self._note_other_bearer(mention)
        if code is not None and code.kind == "person" and code.name and code.name.casefold() in self._towns:
            # "Peshawar city police chief": the name the tables lack is a town
            # the places stage found, not the person's (who stays unnamed)
            code = replace(code, name=None, kind="group",
                           country=code.country or self._towns[code.name.casefold()])
        if code is not None and code.kind == "person" and code.name:
            self._known.add(code)
        if code is not None and code.country and not code.name and code.sector:
            titled = self._titled_group_name(mention, code)
            if titled is not None:
                code = titled
            else:
                self._learn_body(mention, code)
        elif code is None or (code.country is None and code.sector and not code.org):
            code = self._owned_body(mention, code)
            if code is not None and code.country is None:
                code = self._town_owned(mention, code)
            if code is not None and code.kind == "person" and code.country and len((code.name or "").split()) >= 2:
                self._known.add(code)  # "Barimani" later: the state the body gave him
        self._memo[key] = code
        return code

    def _titled_group_name(self, mention: str, code: ActorCode) -> ActorCode | None:
        """"Kosovo Prime Minister Albin Kurti", where the dictionaries list
        the name only as a group of the same state (CAMEO files some
        politicians as actors of their party's sector: XKXOPP): the title
        says what the person is in this article, so the name and its
        surname stand for the titled person later ("Kurti asked …"). None
        when the mention ends in no such name."""
        words = mention.split()
        for k in range(len(words) - 2, 0, -1):  # the shortest name first: "Albin Kurti"
            tail = words[k:]
            if len(tail) > 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()
                                        for w in tail):
                continue
            name = " ".join(tail)
            alone = self.resolver.resolve(name, self.date)
            if alone is None or alone.kind != "group" or alone.name or alone.country != code.country \
                    or tail[-1].lower() in ORG_WORDS:
                continue  # (a body's name, "Maritime Affairs Office", is no person's)
            person = self.learn_person(name, " ".join(words[:k]))
            if person is None or person.country != code.country:
                return None
            return person
        return None

    def _note_other_bearer(self, mention: str) -> None:
        """Remember the surname of a full name the tables do not know when
        the tables give that surname alone to someone else ("Etienne
        Tshisekedi", while "Tshisekedi" is Felix, his son)."""
        words = mention.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            return
        bearer = self.resolver.resolve(words[-1], self.date)
        if bearer is not None and bearer.kind == "person" and bearer.name \
                and bearer.name.split()[0].casefold() != words[0].casefold():
            self._other_bearers.add(words[-1].casefold())
            self._memo.clear()

    def _learn_body(self, mention: str, code: ActorCode) -> None:
        for word in self.resolver.body_words(mention):
            if word.lstrip("^") in self._towns:
                continue
            known = self._bodies.get(word, code)
            learned = code if known is not None and known.country == code.country else None
            if word not in self._bodies or self._bodies[word] != learned:
                self._lessons += 1
            self._bodies[word] = learned

    def _owned_body(self, mention: str, code: ActorCode | None) -> ActorCode | None:
        """"Treasury Secretary Steven Mnuchin" after "the US Treasury
        Department", "the ministry" after "the Afghan defence ministry": a
        title or body with no state of its own is the state's whose body the
        article named with one of its words, when only one state's was. A
        single word the tables cannot read ("Treasury") is that body."""
        if not self._bodies or (code is None and len(mention.split()) != 1):
            return code  # only a single unreadable word can be a body named before
        words = self.resolver.body_words(mention)
        if code is not None and code.kind == "person" and code.name:
            words = words | self._office_words(mention)
        bodies = [self._bodies.get(word) for word in words]
        states = {b.country for b in bodies if b is not None}
        if len(states) != 1:
            return code
        if code is not None:
            return replace(code, country=states.pop())
        if len(words) == 1 and bodies[0] is not None:
            return bodies[0]
        return None

    def _office_words(self, mention: str) -> frozenset[str]:
        """The words that say which office a title holds ("Foreign" of
        "Assistant Foreign Minister"): they name that office's body too, so
        a titled person the tables lack belongs to the state whose "Foreign
        Ministry" the article named."""
        tokens = tokenize(mention)
        words = set()
        for m in self.resolver.index.match(tokens):
            if m.kind == "sector" and m.entries[0].role and m.end - m.start >= 2:
                words.update(("^" if t.cap else "") + t.low for t in tokens[m.start:m.end - 1])
        return frozenset(words)

    def _town_owned(self, mention: str, code: ActorCode) -> ActorCode:
        """"Mombasa city police chief Ali Noor": a title the tables give no
        state is the state of the article's town it names."""
        words = mention.casefold()
        states = {state for town, state in self._towns.items()
                  if re.search(rf"(?<!\w){re.escape(town)}(?!\w)", words)}
        return replace(code, country=states.pop()) if len(states) == 1 else code

    @property
    def home_state(self) -> str | None:
        """The story's home state: the one state every place the article
        names lies in; else the state of its dateline, where the story names
        that state often enough ("GEORGETOWN, Guyana –"); else the state
        whose capital it calls "the capital"; else the state its headline
        leads with ("Estonia expels Russian diplomat", ``_lead_state``); else
        the state it names far more often than any other (a "JOHANNESBURG –"
        story about Eswatini, a story with no dateline that mentions China
        once); else the state of the officials it places. None where none
        of these holds."""
        return self._sole_state or self._dateline_state or self._capital_state or self._lead_state \
            or self._lede_state or self._dominant_state or self._actors_state

    @property
    def sole_state(self) -> str | None:
        """The one state every place the article names lies in, else None."""
        return self._sole_state

    @property
    def dateline_state(self) -> str | None:
        """The state of the story's dateline, where the story is about it
        (see ``home_state``), else None."""
        return self._dateline_state

    @property
    def framed_state(self) -> str | None:
        """The state the story's own framing sets it in, however often it
        names another: the one whose capital it calls "the capital" ("in the
        capital, Amman"), else the one its headline leads with where the
        dateline agrees ("TOKYO — Japan summons China envoy"), else the one
        the first sentence leads with under a headline that names none."""
        return self._capital_state or self._lead_state or self._lede_state

    def use_actors(self, codes: Iterable[ActorCode]) -> None:
        """Read the codes of the article's entities: where at least
        ``_PLACED_ACTORS`` officials and bodies carry a state and a sector
        and all carry the same state, it is the home of those it leaves
        without one ("Attorney General Consuelo Porras" in a story whose
        prosecutor's office and prosecutors are all Guatemala's, with
        Washington and the US named for the OAS and a visa ban), where the
        story names that state well ahead of the others
        (``_ACTORS_STATE_LEAD``, ``_ACTORS_STATE_SHARE``)."""
        states = [c.country for c in codes
                  if c.sector and c.country and c.country not in ("IGO", "NGO") and not c.org]
        if len(states) < _PLACED_ACTORS or len(set(states)) != 1 or not self._state_counts:
            return
        state = states[0]
        named = self._state_counts.get(state, 0)
        others = [n for other, n in self._state_counts.items() if other != state]
        if named >= _ACTORS_STATE_LEAD * max(others, default=0) \
                and named >= _ACTORS_STATE_SHARE * sum(self._state_counts.values()):
            self._actors_state = state

    def in_home_state(self, code: ActorCode) -> ActorCode:
        """A bare sector ("the Justice Minister", "Minister Cheick Sacko":
        GOV) placed in the story's home state (``home_state``):
        "Foreign Minister Hugh Todd" of a "GEORGETOWN, Guyana –" story is
        Guyana's. Unchanged where none is known, or the code has a state."""
        home = self.home_state
        if code.country is None and code.sector and not code.org and home is not None:
            return replace(code, country=home)
        return code

    def body_state(self, name: str) -> str | None:
        """The state the tables give a body's or group's name on the
        article's day ("Hezbollah": LBN), or None (international bodies,
        names they lack); the article learns nothing from it."""
        code = self.resolver.resolve(name, self.date)
        if code is None or code.kind not in ("state", "group") or code.country in (None, "IGO", "NGO"):
            return None
        return code.country

    def joins_states(self, mention: str) -> bool:
        """Whether ``mention`` joins two or more states ("officials from
        Russia and Ukraine", "the foreign ministers of Britain, France and
        Germany", "Russian and Ukrainian diplomats", "the Heads of
        Government"): no one state acts."""
        if _LEADERS_OF_STATES.search(mention):
            return True  # "the Heads of Government", "heads of state of the region"
        parts = _LIST_SEPARATORS.split(mention)
        if len(parts) < 2:
            return False
        countries = set()
        for part in parts:
            # the shared resolver: a list's parts teach the article nothing
            code = self.resolver.resolve(part, self.date) if part.strip() else None
            if code is not None and code.country and code.kind == "state":
                countries.add(code.country)
        return len(countries) >= 2

    def learn_person(self, name: str, role_mention: str) -> ActorCode | None:
        """Remember ``name`` as the actor ``role_mention`` names; returns its code."""
        code = self.resolver.learn_person(name, role_mention, self.date)
        if code is not None:
            self._known.add(code)
        return code

    @property
    def people(self) -> dict[str, ActorCode]:
        """The people seen so far, by name."""
        return dict(self._known.codes)


# The capitalised words a headline opens with, up to its first lower-case
# word ("Díaz-Canel" in "Díaz-Canel says new US measures …").
_HEADLINE_SUBJECT = re.compile(r"(?:[A-ZÀ-Ý][\w'’.-]*)(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}(?=\s+[a-z])")


def _lead_state(places: list[Place], headline: tuple[int, int] | None, dateline: str | None,
                named: list[str], text: str | None = None) -> str | None:
    """The state a two-sided story is told from: the first its headline
    names, where the dateline names the same ("TOKYO — Japan summons China
    envoy") or there is none ("Finland accuses Russia …"), else the
    dateline's where the headline names none; where the story names it at
    least ``_LEAD_SHARE`` as often as the state it names most. A dateline
    and a headline that disagree ("Baku:" over "Armenia, Azerbaijan clashes
    …"), or a headline that leads with two states joined ("Belgrade and
    Pristina agree …"), place no one."""
    told = [p for p in places if p.country and headline is not None and headline[0] <= p.span[0] < headline[1]]
    if len(told) >= 2 and told[0].country != told[1].country and text is not None \
            and _JOINED.fullmatch(text[told[0].span[1]:told[1].span[0]]):
        return None
    lead = told[0].country if told else None
    counts = Counter(named)
    # (a headline on one state only, which the story names at least as often
    # as the dateline's, is what a story filed from a neighbour is about:
    # "NAIROBI, Kenya" over "Burundi mutiny leader on the run")
    only = lead is not None and all(p.country == lead for p in told) and counts[lead] >= counts[dateline]
    if lead is None or (dateline is not None and lead != dateline and not only):
        lead = dateline if lead is None else None
    if lead is None or not counts or counts[lead] < _LEAD_SHARE * max(counts.values()):
        return None
    return lead


# What joins two names into one subject ("Belgrade and Pristina", "Serbia, Kosovo").
_JOINED = re.compile(r"\s*(?:,|&|and)\s*", re.IGNORECASE)


def _capital_state(places: list[Place], text: str, counts: Mapping[str, int]) -> str | None:
    """"police in the capital, Amman", "marched in the capital Lilongwe": a
    wire story calls only its own state's capital "the capital" without
    naming the state, so that state is the story's home, where the story
    names it more than once (the capital included) and no two states'
    capitals are so called."""
    states = {p.country for p in places
              if p.country and p.kind == "city" and not p.adjective
              and _UNQUALIFIED_CAPITAL.search(text, max(0, p.span[0] - 40), p.span[0])}
    if len(states) != 1:
        return None
    state = states.pop()
    return state if counts.get(state, 0) >= _CAPITAL_MENTIONS else None


# "the capital", "the capital,", "the country's capital", "the capital city of", right before the place
_UNQUALIFIED_CAPITAL = re.compile(
    r"\b(?:the|its|the\s+country['’]s|the\s+nation['’]s)\s+capital(?:\s+city)?(?:\s+of)?,?\s*$", re.IGNORECASE)
# How often a state whose capital is "the capital" must be named, that capital included.
_CAPITAL_MENTIONS = 2


def dominant_state(counts: Mapping[str, int], least: int = _DOMINANT_MENTIONS) -> str | None:
    """The state ``counts`` (how often a story names each state) has at
    least ``least`` times and ``_DOMINANCE`` times as often as any other, if
    there is one."""
    ranked = sorted(counts.values(), reverse=True)
    main = max(counts, key=counts.__getitem__) if counts else None
    runner_up = ranked[1] if len(ranked) > 1 else 0
    return main if main is not None and ranked[0] >= max(_DOMINANCE * runner_up, least) else None


def resolve_in_article(mentions: Iterable[str], resolver: ActorResolver,
                       date: str | None = None) -> list[ActorCode | None]:
    """Resolve an article's mentions in order, so introductions carry forward."""
    article = ArticleActors(resolver, date)
    return [article.resolve(m) for m in mentions]
