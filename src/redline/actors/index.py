"""A lookup index over the actor tables: lowercased token n-grams -> entries.

Matching a mention is a greedy longest-match scan over its tokens with one
dict lookup per candidate n-gram, so the cost does not grow with table size.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from importlib import resources

from redline.actors.dictionaries import CAMEO_TABLES, PersonRole, Tables, build_builtin_tables, no_gc
from redline.diskcache import cached, pickled_by_constructor
from redline.actors.normalize import Token, key, pluralize

# Entry kinds, best first: when one n-gram names several things, the more
# specific kind wins ("Brussels" the EU over Brussels the Belgian capital).
KIND_RANK = {"person": 0, "org": 1, "seat": 2, "country": 3, "adjective": 4, "capital": 5, "sector": 6}

# Acronyms that spell an everyday word only match when written in capitals
# ("US" the country, not "us" the pronoun; "WHO", not "who").
COMMON_WORDS = frozenset(
    "a am an and are as at be by car do go he if in is it me my no nor not now of oh oil "
    "old on one or our out pen red so spa sun tap to top up us war was we who win".split())

# Capitals that are also common first names or words: kept in the table as
# facts but not used as metonyms ("Victoria Nuland" is not the Seychelles).
AMBIGUOUS_CAPITALS = frozenset({("victoria",), ("kingston",), ("georgetown",), ("santiago",),
                                ("sofia",), ("male",), ("san", "jose"), ("lima",)})


# Titles that name the same office, so "the US secretary of state" finds the
# person whose row says "secretary of state" or "foreign minister".
ROLE_CANON = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "premier": "prime minister",
    "foreign secretary": "foreign minister", "secretary of state": "foreign minister",
    "defence minister": "defense minister", "defense secretary": "defense minister",
    "defence secretary": "defense minister", "secretary of defense": "defense minister",
    "national security advisor": "national security adviser", "advisor": "adviser",
}


# Offices one person holds at a time per state or organisation, so a title
# alone names the holder ("the Russian president"); "ambassador" does not.
SINGLE_HOLDER_OFFICES = frozenset({
    "president", "vice president", "prime minister", "chancellor", "foreign minister",
    "defense minister", "supreme leader", "secretary general", "king", "queen", "emir",
    "crown prince", "pope", "press secretary", "national security adviser", "high representative",
    "director general", "managing director", "general secretary",
})


def canonical_role(role: str) -> str:
    """The office a role title names ("Secretary-General" -> "secretary general")."""
    text = " ".join(key(role))
    return ROLE_CANON.get(text, text)


@pickled_by_constructor
@dataclass(frozen=True, slots=True)
class Entry:
    """One thing an n-gram can name.

    kind: person | org | seat | country | adjective | capital | sector, or
        known (a person an article introduced; ``ref`` is the name).
    ref: person name, organisation acronym, ISO code or sector word.
    sector: a seat's or sector word's sector.
    role: a sector word naming a single person's role ("spokesman").
    strict: only matches when written in capitals.
    proper: a person's name: needs a capital letter unless the whole mention
        is lower case.
    titled: a converted (CAMEO) organisation's name: every word but
        particles must be capitalised ("Islamic Renewal Movement"), unless
        the whole mention is lower case.
    weak: from the converted CAMEO tables (an agent noun ranks below every
        hand-written sector word).
    owned: a group word that names an actor only beside an owner
        ("Russian forces"; "forces" alone names no one).
    """

    kind: str
    ref: str
    sector: str | None = None
    role: bool = False
    strict: bool = False
    proper: bool = False
    titled: bool = False
    weak: bool = False
    owned: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``start:end`` of a mention and the entries they name."""

    start: int
    end: int
    entries: tuple[Entry, ...]

    @property
    def kind(self) -> str:
        """The kind of the best entry."""
        return self.entries[0].kind


class ActorIndex:
    """Lowercased token n-grams of every table entry."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self._keys: dict[tuple[str, ...], list[Entry]] = {}
        self._extra_keys: set[tuple[str, ...]] = set()
        self._strong_keys: set[tuple[str, ...]] = set()
        self._build()
        # CAMEO organisation code -> acronym (hand-written organisations first),
        # for people whose affiliation is a code ("IGOUNOKID").
        self.org_codes: dict[str, str] = {}
        for acr, o in sorted(tables.organizations.items(), key=lambda kv: ("org", kv[0]) in tables.weak):
            self.org_codes.setdefault(o.code, acr)
        # (affiliation, office) -> rows, for "the Russian president" on a date.
        self.offices: dict[tuple[str, str], list[PersonRole]] = {}
        for rows in tables.people.values():
            for row in rows:
                self.offices.setdefault((row.affiliation, canonical_role(row.role)), []).append(row)
        self.keys: dict[tuple[str, ...], tuple[Entry, ...]] = {
            k: tuple(sorted(set(v), key=lambda e: (KIND_RANK[e.kind], e.ref)))
            for k, v in self._keys.items()}
        self._misspelt = _misspelling_index(self.keys)
        # Longest n-gram per first token bounds the scan at each position.
        self.max_len: dict[str, int] = {}
        for k in self.keys:
            if len(k) > self.max_len.get(k[0], 0):
                self.max_len[k[0]] = len(k)

    def _add(self, surface: str, entry: Entry, tier: str, plural: bool = False) -> None:
        """Index ``surface`` (tier: "hand", "weak" for converted CAMEO entries, "extra" for user tables)."""
        forms = [key(surface)]
        if plural and forms[0]:
            forms += [forms[0][:-1] + (p,) for p in pluralize(forms[0][-1])]
        for k in forms:
            if not k:
                continue
            if entry.kind == "capital" and k in AMBIGUOUS_CAPITALS:
                continue
            strict = surface.isupper() and len(k) == 1 and (
                k[0] in COMMON_WORDS or (tier == "weak" and len(k[0]) <= 6))
            e = Entry(entry.kind, entry.ref, entry.sector, entry.role, strict, entry.proper,
                      entry.titled and len(k) > 1, entry.weak, entry.owned)
            if tier == "extra":
                if k not in self._extra_keys:
                    # A user table's entry replaces every built-in one for this n-gram.
                    self._extra_keys.add(k)
                    self._keys[k] = []
            elif k in self._extra_keys:
                continue
            elif tier == "weak":
                if k in self._strong_keys:
                    continue  # the hand-written tables name this n-gram already
            else:
                self._strong_keys.add(k)
            self._keys.setdefault(k, []).append(e)

    def _build(self) -> None:
        t = self.tables
        # Hand-written entries first, then the converted CAMEO ones (which skip
        # the n-grams the hand-written ones took), user-table entries last so
        # they can replace.
        for tier in ("hand", "weak", "extra"):
            def mine(kind: str, ref: str) -> bool:
                if (kind, ref) in t.overridden:
                    return tier == "extra"
                return tier == ("weak" if (kind, ref) in t.weak else "hand")
            if tier != "weak":
                for code, c in t.countries.items():
                    if not mine("country", code):
                        continue
                    # a state's name of several words is written with
                    # capitals: "the central African nation" is Chad or any
                    # other, not the Central African Republic
                    for name in (c.name, *c.aliases):
                        self._add(name, Entry("country", code, titled=True), tier)
                    for adj in c.adjectives:
                        self._add(adj, Entry("adjective", code, titled=True), tier, plural=True)
                    for cap in c.capitals:
                        self._add(cap, Entry("capital", code, titled=True), tier)
                    for seat, sector in c.seats:
                        self._add(seat, Entry("seat", code, sector), tier)
            weak = tier == "weak"
            for acr, o in t.organizations.items():
                if not mine("org", acr):
                    continue
                for name in (o.name, *o.aliases):
                    self._add(name, Entry("org", acr, titled=weak), tier)
            for word, s in t.sectors.items():
                if not mine("sector", word):
                    continue
                self._add(word, Entry("sector", word, s.sector, s.kind == "role", weak=weak,
                                      owned=s.kind == "owned"), tier, plural=True)
            for name, rows in t.people.items():
                if not mine("person", name):
                    continue
                aliases = {a for r in rows for a in r.aliases}
                for alias in sorted(aliases):
                    self._add(alias, Entry("person", name, proper=True), tier)

    def match(self, tokens: list[Token], extra: dict[tuple[str, ...], Entry] | None = None) -> list[Match]:
        """Greedy longest matches of table entries (and ``extra`` n-grams) in ``tokens``.

        extra: more n-grams to look up (an article's introduced people); on an
        n-gram of the same length a table entry wins unless ``extra``'s key has
        two or more tokens (a full name the article itself introduced) or the
        table reads it only as people (a surname).
        """
        lower_only = not any(t.cap for t in tokens)
        extra = extra or {}
        extra_max = max((len(k) for k in extra), default=0)
        out: list[Match] = []
        n = len(tokens)

        def at(i: int) -> Match | None:
            longest = max(self.max_len.get(tokens[i].low, 0), extra_max)
            found: Match | None = None
            for length in range(min(longest, n - i), 0, -1):
                k = tuple(t.low for t in tokens[i:i + length])
                span = tokens[i:i + length]
                known = extra.get(k)
                if known is not None and length == 1 and not span[0].cap:
                    known = None  # "the package": no surname of "Arms Package", a name the article learned
                if known is not None and length >= 2:
                    found = Match(i, i + length, (known,))
                    break
                entries = tuple(e for e in self.keys.get(k, ()) if _case_ok(e, span, lower_only))
                if (known is not None and entries and all(e.kind == "person" for e in entries)
                        and not (i > 0 and tokens[i - 1].cap)):
                    # "Stoltenberg" after "NATO Secretary-General Jens
                    # Stoltenberg": a surname alone is the person the article
                    # named in full with their role, not the tables' other
                    # reading ("Pavel Kovalenko" is a name of its own)
                    found = Match(i, i + length, (known,))
                    break
                if entries:
                    best = KIND_RANK[entries[0].kind]
                    found = Match(i, i + length, tuple(e for e in entries if KIND_RANK[e.kind] == best))
                    break
                if known is not None:
                    found = Match(i, i + length, (known,))
                    break
            return found if found is not None else self._misspelt_state(tokens[i], i)

        i = 0
        while i < n:
            found = at(i)
            if found is not None and tokens[i].low == "the" and i + 1 < n:
                # "the Sudan People's Liberation Movement": "the Sudan" is a
                # state's name, but a longer name starts after the article
                after = at(i + 1)
                if after is not None and after.end > found.end:
                    found = after
            if found is None:
                i += 1
            else:
                out.append(found)
                i = found.end
        return out

    def _misspelt_state(self, tok: Token, i: int) -> Match | None:
        """A capitalised word one slip off a country's one-word name
        ("Ethopia", "Quatar", "Phillippines", "Isreal"): that country, when
        only one is that near. A letter left out, added or two swapped, never
        one changed ("Roland" stays a name, not Poland), and only country
        names: an adjective one letter off is too often a name of its own
        ("Indiana", "Britton")."""
        low = tok.low
        if not tok.cap or len(low) < _MISSPELT_MIN or low in self.keys:
            return None
        dropped, exact = self._misspelt
        found = set(dropped.get(low, ()))  # a letter left out
        for k in range(len(low) - (low[-1] == "s")):  # "Frances" is a name, not France + s
            found.update(exact.get(low[:k] + low[k + 1:], ()))  # a letter added
        for k in range(len(low) - 1):
            found.update(exact.get(low[:k] + low[k + 1] + low[k] + low[k + 2:], ()))  # two swapped
        if len({e.ref for e in found}) != 1:
            return None
        return Match(i, i + 1, (next(iter(found)),))

    def entries_for(self, surface: str) -> tuple[Entry, ...]:
        """The entries for a surface string (for tests and debugging)."""
        return self.keys.get(key(surface), ())


# A misspelt country name is read as the country only from this many letters:
# shorter words have too many real words one letter away ("Iran", "Irian").
_MISSPELT_MIN = 6


def _misspelling_index(keys: dict[tuple[str, ...], tuple[Entry, ...]]
                       ) -> tuple[dict[str, list[Entry]], dict[str, list[Entry]]]:
    """One-word country names, by every form with one letter dropped and as
    they are."""
    dropped: dict[str, list[Entry]] = {}
    exact: dict[str, list[Entry]] = {}
    for k, entries in keys.items():
        if len(k) != 1 or len(k[0]) < _MISSPELT_MIN - 1 or not k[0].isalpha():
            continue
        states = [e for e in entries if e.kind == "country"]
        if not states:
            continue
        word = k[0]
        exact.setdefault(word, []).extend(states)
        if len(word) > _MISSPELT_MIN:
            for j in range(len(word)):
                dropped.setdefault(word[:j] + word[j + 1:], []).extend(states)
    return dropped, exact


# Words that stay lower case inside a capitalised name ("Council of Europe").
_NAME_PARTICLES = frozenset("of the and for in on at to de du des la le al el bin ibn abu da di "
                            "del y e van von der au aux d es do dos das sur les et".split())


def _case_ok(entry: Entry, span: list[Token], lower_only: bool) -> bool:
    if entry.strict:
        return all(t.upper for t in span)
    if entry.kind == "org" and len(span) == 1 and not (span[0].cap or span[0].upper):
        return False  # a body's one-word name has its capital: "an amnesty law" is no Amnesty
    if entry.titled and not lower_only:
        return all(t.cap or t.low in _NAME_PARTICLES or t.low.isdigit() for t in span)
    if entry.proper and not lower_only:
        # Names are capitalised, though not every part ("al-Assad", "Kim Jong-un").
        return any(t.cap for t in span)
    return True


@functools.lru_cache(maxsize=32)
def index_for(tables: Tables) -> ActorIndex:
    """The index of ``tables``, built once per distinct table set."""
    with no_gc():
        return ActorIndex(tables)


# The modules whose code decides what the built-in tables and their index hold.
_BUILDERS = ("dictionaries.py", "index.py", "normalize.py")
_TABLE_FILES = ("countries.tsv", "organizations.tsv", "people.tsv", "sectors.tsv", *CAMEO_TABLES)


@functools.cache
def builtin_index() -> tuple[Tables, ActorIndex]:
    """The built-in tables and their index, read once per process from a
    cache on disk (``$REDLINE_CACHE``, else ``~/.cache/redline``), built and
    written there on first use: building them takes about a second a
    process, reading them a fifth of that. The cache's name is a digest of
    the tables and of the code that builds them, so an edit to either
    builds it anew."""
    digest = hashlib.sha256()
    for folder, names in ((resources.files("redline") / "data", _TABLE_FILES),
                          (resources.files("redline") / "actors", _BUILDERS)):
        for name in names:
            try:
                digest.update((folder / name).read_bytes())
            except OSError:
                digest.update(name.encode())
    with no_gc():
        return cached("actors", digest.hexdigest()[:16], _built_index)


def _built_index() -> tuple[Tables, ActorIndex]:
    tables = build_builtin_tables()
    return tables, index_for(tables)
