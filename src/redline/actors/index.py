"""A lookup index over the actor tables: lowercased token n-grams -> entries.

Matching a mention is a greedy longest-match scan over its tokens with one
dict lookup per candidate n-gram, so the cost does not grow with table size.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from redline.actors.dictionaries import PersonRole, Tables
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
    """

    kind: str
    ref: str
    sector: str | None = None
    role: bool = False
    strict: bool = False
    proper: bool = False


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
        self._build()
        # (affiliation, office) -> rows, for "the Russian president" on a date.
        self.offices: dict[tuple[str, str], list[PersonRole]] = {}
        for rows in tables.people.values():
            for row in rows:
                self.offices.setdefault((row.affiliation, canonical_role(row.role)), []).append(row)
        self.keys: dict[tuple[str, ...], tuple[Entry, ...]] = {
            k: tuple(sorted(set(v), key=lambda e: (KIND_RANK[e.kind], e.ref)))
            for k, v in self._keys.items()}
        # Longest n-gram per first token bounds the scan at each position.
        self.max_len: dict[str, int] = {}
        for k in self.keys:
            if len(k) > self.max_len.get(k[0], 0):
                self.max_len[k[0]] = len(k)

    def _add(self, surface: str, entry: Entry, extra: bool, plural: bool = False) -> None:
        forms = [key(surface)]
        if plural and forms[0]:
            forms += [forms[0][:-1] + (p,) for p in pluralize(forms[0][-1])]
        for k in forms:
            if not k:
                continue
            if entry.kind == "capital" and k in AMBIGUOUS_CAPITALS:
                continue
            strict = surface.isupper() and len(k) == 1 and k[0] in COMMON_WORDS
            e = Entry(entry.kind, entry.ref, entry.sector, entry.role, strict, entry.proper)
            if extra and k not in self._extra_keys:
                # A user table's entry replaces every built-in one for this n-gram.
                self._extra_keys.add(k)
                self._keys[k] = []
            elif not extra and k in self._extra_keys:
                continue
            self._keys.setdefault(k, []).append(e)

    def _build(self) -> None:
        t = self.tables
        # Built-in entries first, user-table entries last so they can replace.
        for extra in (False, True):
            for code, c in t.countries.items():
                if (("country", code) in t.overridden) != extra:
                    continue
                for name in (c.name, *c.aliases):
                    self._add(name, Entry("country", code), extra)
                for adj in c.adjectives:
                    self._add(adj, Entry("adjective", code), extra, plural=True)
                for cap in c.capitals:
                    self._add(cap, Entry("capital", code), extra)
                for seat, sector in c.seats:
                    self._add(seat, Entry("seat", code, sector), extra)
            for acr, o in t.organizations.items():
                if (("org", acr) in t.overridden) != extra:
                    continue
                for name in (o.name, *o.aliases):
                    self._add(name, Entry("org", acr), extra)
            for word, s in t.sectors.items():
                if (("sector", word) in t.overridden) != extra:
                    continue
                self._add(word, Entry("sector", word, s.sector, s.kind == "role"), extra, plural=True)
            for name, rows in t.people.items():
                if (("person", name) in t.overridden) != extra:
                    continue
                aliases = {a for r in rows for a in r.aliases}
                for alias in sorted(aliases):
                    self._add(alias, Entry("person", name, proper=True), extra)

    def match(self, tokens: list[Token], extra: dict[tuple[str, ...], Entry] | None = None) -> list[Match]:
        """Greedy longest matches of table entries (and ``extra`` n-grams) in ``tokens``.

        extra: more n-grams to look up (an article's introduced people); on an
        n-gram of the same length a table entry wins unless ``extra``'s key has
        two or more tokens (a full name the article itself introduced).
        """
        lower_only = not any(t.cap for t in tokens)
        extra = extra or {}
        extra_max = max((len(k) for k in extra), default=0)
        out: list[Match] = []
        i, n = 0, len(tokens)
        while i < n:
            longest = max(self.max_len.get(tokens[i].low, 0), extra_max)
            found: Match | None = None
            for length in range(min(longest, n - i), 0, -1):
                k = tuple(t.low for t in tokens[i:i + length])
                span = tokens[i:i + length]
                known = extra.get(k)
                if known is not None and length >= 2:
                    found = Match(i, i + length, (known,))
                    break
                entries = tuple(e for e in self.keys.get(k, ()) if _case_ok(e, span, lower_only))
                if entries:
                    best = KIND_RANK[entries[0].kind]
                    found = Match(i, i + length, tuple(e for e in entries if KIND_RANK[e.kind] == best))
                    break
                if known is not None:
                    found = Match(i, i + length, (known,))
                    break
            if found is None:
                i += 1
            else:
                out.append(found)
                i = found.end
        return out

    def entries_for(self, surface: str) -> tuple[Entry, ...]:
        """The entries for a surface string (for tests and debugging)."""
        return self.keys.get(key(surface), ())


def _case_ok(entry: Entry, span: list[Token], lower_only: bool) -> bool:
    if entry.strict:
        return all(t.upper for t in span)
    if entry.proper and not lower_only:
        # Names are capitalised, though not every part ("al-Assad", "Kim Jong-un").
        return any(t.cap for t in span)
    return True


@functools.lru_cache(maxsize=32)
def index_for(tables: Tables) -> ActorIndex:
    """The index of ``tables``, built once per distinct table set."""
    return ActorIndex(tables)
