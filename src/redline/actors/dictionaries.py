"""The actor tables: countries, organisations, people and sector words.

The built-in tables are TSV files in ``redline/data`` (one header row, then one
row per entry; list fields are ``|``-separated; lines starting with ``#`` are
comments):

- ``countries.tsv``: code, name, aliases, adjectives, capital, seats.
  ``code`` is ISO 3166-1 alpha-3 (XKX for Kosovo). ``capital`` may list
  spelling variants ("Kyiv|Kiev"). A seat of power may carry its sector after a
  colon ("Pentagon:MIL"); without one it is GOV, and ":-" means no sector
  (a city used as a metonym, e.g. "Tel Aviv:-").
- ``organizations.tsv``: acronym, name, aliases, code, members. ``code`` is
  "IGO" or "NGO", or an actor code for a non-state group ("PSEREB" for
  Hamas, "MED" for Reuters); ``members`` is a free-text membership hint.
- ``people.tsv``: name, aliases, country, sector, role, start, end. One row
  per role held; ``country`` is an ISO code or an organisation acronym from
  ``organizations.tsv`` ("UN", "NATO", "HAMAS"); ``start``/``end`` are ISO
  days, ``end`` exclusive, empty for open-ended.
- ``sectors.tsv``: word, sector, kind. ``word`` is a lemma (plurals are
  derived); ``kind`` is "role" for a single person's title ("spokesman") or
  "body" for an institution or group ("army").

A user table (any of the four layouts, recognised by its header or its number
of columns) extends the built-in ones and overrides entries with the same key
(country code, acronym, person name, word).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

from redline.actors.normalize import normalize_date

COUNTRY_COLUMNS = ("code", "name", "aliases", "adjectives", "capital", "seats")
ORGANIZATION_COLUMNS = ("acronym", "name", "aliases", "code", "members")
PEOPLE_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end")
SECTOR_COLUMNS = ("word", "sector", "kind")


@dataclass(frozen=True, slots=True)
class Country:
    """A state: ISO code, names, demonyms, capitals and seats of power."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[tuple[str, str | None], ...] = ()  # (name, sector)


@dataclass(frozen=True, slots=True)
class Organization:
    """An IGO, NGO or named non-state group.

    country: "IGO", "NGO", an ISO code (a group based there) or None.
    sector: the group's own sector ("REB", "MED"), None for IGOs and NGOs.
    """

    acronym: str
    name: str
    aliases: tuple[str, ...]
    code: str
    members: str
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class PersonRole:
    """One role a person held: affiliation, sector and the days it covers."""

    name: str
    aliases: tuple[str, ...]
    affiliation: str  # ISO code or organisation acronym
    sector: str | None
    role: str
    start: str | None  # ISO day, inclusive
    end: str | None  # ISO day, exclusive

    def covers(self, day: str) -> bool:
        """Whether the role was held on ``day`` (ISO ``YYYY-MM-DD``)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class SectorWord:
    """A noun that tells an actor's sector ("troops" -> MIL)."""

    word: str
    sector: str
    kind: str  # "role" | "body"


@dataclass(frozen=True, eq=False)
class Tables:
    """All actor tables, merged; ``overridden`` keys came from user tables.

    Compared and hashed by identity: ``load_tables`` caches one per path set.
    """

    countries: dict[str, Country]
    organizations: dict[str, Organization]
    people: dict[str, tuple[PersonRole, ...]]
    sectors: dict[str, SectorWord]
    overridden: frozenset[tuple[str, str]] = field(default_factory=frozenset)


class TableError(ValueError):
    """A user actor table that cannot be read (names the file and line)."""


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


def _rows(text: str, source: str, columns: Sequence[str]) -> Iterable[tuple[int, list[str]]]:
    """(line number, cells padded to ``len(columns)``), header and comments skipped."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.rstrip("\n\r").split("\t")]
        if cells[0].lower() == columns[0]:
            continue  # header row
        if len(cells) > len(columns):
            raise TableError(f"{source}:{lineno}: {len(cells)} columns, expected {len(columns)}")
        yield lineno, cells + [""] * (len(columns) - len(cells))


def _parse_countries(text: str, source: str) -> dict[str, Country]:
    out: dict[str, Country] = {}
    for _, (code, name, aliases, adjectives, capital, seats) in _rows(text, source, COUNTRY_COLUMNS):
        parsed_seats = []
        for seat in _split(seats):
            label, _, sector = seat.partition(":")
            sector = sector.strip()
            parsed_seats.append((label.strip(), None if sector == "-" else (sector or "GOV")))
        out[code.upper()] = Country(code.upper(), name, _split(aliases), _split(adjectives),
                                    _split(capital), tuple(parsed_seats))
    return out


def parse_actor_code(code: str, countries: Iterable[str]) -> tuple[str | None, str | None]:
    """Split an organisation's code into (country, sector).

    "IGO" -> ("IGO", None); "PSEREB" -> ("PSE", "REB"); "MED" -> (None, "MED").
    """
    code = code.strip().upper()
    if code in ("IGO", "NGO"):
        return code, None
    if code[:3] in ("IGO", "NGO") or code[:3] in set(countries):
        return code[:3], code[3:] or None
    return None, code or None


def _parse_organizations(text: str, source: str, countries: Iterable[str]) -> dict[str, Organization]:
    iso = set(countries)
    out: dict[str, Organization] = {}
    for lineno, (acronym, name, aliases, code, members) in _rows(text, source, ORGANIZATION_COLUMNS):
        if not acronym or not code:
            raise TableError(f"{source}:{lineno}: organisation needs an acronym and a code")
        country, sector = parse_actor_code(code, iso)
        out[acronym.upper()] = Organization(acronym.upper(), name or acronym, _split(aliases),
                                            code.upper(), members, country, sector)
    return out


def _day(value: str, source: str, lineno: int) -> str | None:
    if not value:
        return None
    day = normalize_date(value)
    if day is None:
        raise TableError(f"{source}:{lineno}: bad date {value!r}")
    return day


def _parse_people(text: str, source: str) -> dict[str, tuple[PersonRole, ...]]:
    out: dict[str, list[PersonRole]] = {}
    for lineno, (name, aliases, country, sector, role, start, end) in _rows(text, source, PEOPLE_COLUMNS):
        if not name or not country:
            raise TableError(f"{source}:{lineno}: person needs a name and a country")
        names = _split(aliases)
        if name not in names:
            names = (name,) + names
        out.setdefault(name, []).append(PersonRole(
            name, names, country.upper(), sector.upper() or None, role,
            _day(start, source, lineno), _day(end, source, lineno)))
    return {k: tuple(v) for k, v in out.items()}


def _parse_sectors(text: str, source: str) -> dict[str, SectorWord]:
    out: dict[str, SectorWord] = {}
    for lineno, (word, sector, kind) in _rows(text, source, SECTOR_COLUMNS):
        if not word or not sector:
            raise TableError(f"{source}:{lineno}: sector row needs a word and a sector")
        kind = kind.lower() or "body"
        if kind not in ("role", "body"):
            raise TableError(f"{source}:{lineno}: sector kind must be role or body, not {kind!r}")
        out[word.lower()] = SectorWord(word.lower(), sector.upper(), kind)
    return out


def _builtin_text(name: str) -> str:
    """A built-in table's text, read as package data."""
    try:
        return (resources.files("redline") / "data" / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        # Running from a source tree where redline is not importable as a package.
        return (Path(__file__).resolve().parent.parent / "data" / name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def builtin_tables() -> Tables:
    """The built-in tables, read once per process."""
    countries = _parse_countries(_builtin_text("countries.tsv"), "countries.tsv")
    return Tables(
        countries=countries,
        organizations=_parse_organizations(_builtin_text("organizations.tsv"), "organizations.tsv", countries),
        people=_parse_people(_builtin_text("people.tsv"), "people.tsv"),
        sectors=_parse_sectors(_builtin_text("sectors.tsv"), "sectors.tsv"),
    )


def table_layout(text: str, source: str) -> str:
    """Which table a user file is: "people", "countries", "organizations" or "sectors".

    Decided by the header's first column name, else by the column count.
    """
    layouts = {"name": "people", "code": "countries", "acronym": "organizations", "word": "sectors"}
    widths = {7: "people", 6: "countries", 5: "organizations", 3: "sectors", 2: "sectors"}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        first = cells[0].strip().lower()
        if first in layouts:
            return layouts[first]
        if len(cells) in widths:
            return widths[len(cells)]
        break
    raise TableError(f"{source}: not an actor table (expected a people, countries, "
                     "organizations or sectors layout)")


@functools.lru_cache(maxsize=32)
def load_tables(extra: tuple[str, ...] = ()) -> Tables:
    """The built-in tables extended and overridden by the user tables ``extra``.

    extra: paths of user TSV files, applied in order (later files win).
    Cached per tuple of paths, so a resolver per article costs nothing.
    """
    base = builtin_tables()
    if not extra:
        return base
    countries = dict(base.countries)
    organizations = dict(base.organizations)
    people = dict(base.people)
    sectors = dict(base.sectors)
    overridden: set[tuple[str, str]] = set()
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as err:
            raise TableError(f"{path}: cannot read actor table ({err.strerror or err})") from err
        layout = table_layout(text, path)
        if layout == "people":
            new_people = _parse_people(text, path)
            people.update(new_people)
            overridden.update(("person", k) for k in new_people)
        elif layout == "countries":
            new_countries = _parse_countries(text, path)
            countries.update(new_countries)
            overridden.update(("country", k) for k in new_countries)
        elif layout == "organizations":
            new_orgs = _parse_organizations(text, path, countries)
            organizations.update(new_orgs)
            overridden.update(("org", k) for k in new_orgs)
        else:
            new_sectors = _parse_sectors(text, path)
            sectors.update(new_sectors)
            overridden.update(("sector", k) for k in new_sectors)
    return Tables(countries, organizations, people, sectors, frozenset(overridden))
