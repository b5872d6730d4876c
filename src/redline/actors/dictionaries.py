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
  derived); ``kind`` is "role" for a single person's title ("spokesman"),
  "body" for an institution or group ("army"), or "owned" for a group word
  that names an actor only beside its owner ("Russian forces", "opposition
  parties"); alone ("forces", "all parties") it names no one.

The CAMEO tables, converted by ``scripts/convert_cameo_actors.py`` from the
PETRARCH2/Phoenix actor and agent dictionaries (MIT licence; see
``redline/data/README.md``), use the same layouts and are read after the
hand-written ones, which win wherever the two disagree:

- ``cameo_people.tsv`` (people layout): one row per dated code. ``country``
  is an ISO code, or for people of an international organisation its full
  CAMEO code ("IGOUNO", "IGOWSTNAT", "IGOUNOKID"), which the resolver maps to
  the organisation with that code (or the longest prefix of it). ``sector``
  is the code's first sector ("GOV", "MIL", "ELI" for elites); ``role`` is
  empty (the dictionaries do not name offices); ``start``/``end`` come from
  the dictionary's date restrictions (``end`` exclusive). A row without
  dates is the dictionary's default code, used when no dated row covers the
  day. Only multi-word names are kept as aliases (a bare surname is left to
  the article's own introductions).
- ``cameo_organizations.tsv`` (organizations layout): parties, state
  institutions ("CHNMIL" for the People's Liberation Army), armed groups and
  international organisations with their full CAMEO code ("IGOUNOKID"). The
  ``acronym`` column is the organisation's key; ``members`` names the
  dictionary file it came from.
- ``cameo_agents.tsv`` (sectors layout): agent nouns ("peasant" -> AGR).

An organisation's ``code`` is its specific CAMEO code: ``IGOUNO`` for the
United Nations and its Security Council and General Assembly alike,
``IGOWSTNAT`` for NATO, ``IGOUNOKID`` for UNICEF; the resolver reports it in
``ActorCode.org_code`` beside the organisation's own name
(``ActorCode.org_name``), so bodies that share a code stay apart.

A user table (any of the four layouts, recognised by its header or its number
of columns, or a dictionary in the CAMEO actor format, recognised by its
content) extends the built-in ones and overrides entries with the same key
(country code, acronym, person name, word).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import re
from dataclasses import dataclass, field, replace
from importlib import resources
from datetime import date as _date
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from redline.actors.normalize import normalize_date
from redline.diskcache import pickled_by_constructor

COUNTRY_COLUMNS = ("code", "name", "aliases", "adjectives", "capital", "seats")
ORGANIZATION_COLUMNS = ("acronym", "name", "aliases", "code", "members")
PEOPLE_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end")
SECTOR_COLUMNS = ("word", "sector", "kind")


@pickled_by_constructor
@dataclass(frozen=True, slots=True)
class Country:
    """A state: ISO code, names, demonyms, capitals and seats of power."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[tuple[str, str | None], ...] = ()  # (name, sector)


@pickled_by_constructor
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


@pickled_by_constructor
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


@pickled_by_constructor
@dataclass(frozen=True, slots=True)
class SectorWord:
    """A noun that tells an actor's sector ("troops" -> MIL)."""

    word: str
    sector: str
    kind: str  # "role" | "body" | "owned"


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
    # Entries from the converted CAMEO tables: their n-grams yield to any
    # hand-written entry's ("person", name), ("org", acronym), ("sector", word).
    weak: frozenset[tuple[str, str]] = field(default_factory=frozenset)


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


# Sectors: the CAMEO codes that may follow a country ("RUSGOV", "SYRREB").
SECTOR_CODES = frozenset(
    "GOV MIL REB OPP PTY POL LEG JUD COP SPY ELI BUS MED REF CVL EDU HLH NGO NGM IGO AGR LAB "
    "ENV HRI DEV CRM UAF REL RAD MUS CHR JEW HIN BUD PPL INS SEP".split())


_BRANCHES = frozenset({"LEG", "JUD", "MIL", "COP", "SPY"})


def territory_of(code: str, countries: Iterable[str]) -> str | None:
    """The territory a CAMEO code names after its sovereign ("USAPRI" Puerto
    Rico, "DNKGRL" Greenland, "GBRGIB" Gibraltar), where ``countries`` has
    the territory under its own ISO code: redline codes it so, as the
    places stage places its towns."""
    code = code.strip().upper()
    own = code[3:6]
    iso = countries if isinstance(countries, (set, frozenset, dict)) else set(countries)
    return own if code[:3] in iso and own in iso and own != code[:3] and own not in SECTOR_CODES else None


def parse_actor_code(code: str, countries: Iterable[str]) -> tuple[str | None, str | None]:
    """Split an organisation's code into (country, sector).

    "IGO" -> ("IGO", None); "IGOWSTNAT" -> ("IGO", None) (the rest names the
    organisation, not a sector); "PSEREB" -> ("PSE", "REB"); "USAGOVLEG" ->
    ("USA", "LEG"); "CHNGOVMED" -> ("CHN", "GOV"); "MED" -> (None, "MED");
    "IMGMUSALQ" -> (None, None).
    """
    code = code.strip().upper()
    if code[:3] in ("IGO", "NGO"):
        return code[:3], None
    iso = set(countries)
    own = territory_of(code, iso)
    if own is not None:
        return own, code[6:9] or None
    if code[:3] in iso:
        # "USAGOVLEG" (Congress) is a legislature of the government: the
        # branch names it better than GOV does.
        if code[3:6] == "GOV" and code[6:9] in _BRANCHES:
            return code[:3], code[6:9]
        return code[:3], code[3:6] or None
    if code[:3] in SECTOR_CODES and len(code) == 3:
        return None, code
    if len(code) > 3 and code[:3] in SECTOR_CODES:
        return None, code[:3]
    return None, None


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
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:  # already an ISO day (the converted tables): just check it
            return _date.fromisoformat(value).isoformat()
        except ValueError:
            pass
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
        if kind not in ("role", "body", "owned"):
            raise TableError(f"{source}:{lineno}: sector kind must be role, body or owned, not {kind!r}")
        out[word.lower()] = SectorWord(word.lower(), sector.upper(), kind)
    return out


# -- the CAMEO actor dictionary format -----------------------------------------

# "[RUSGOV 20000507-20080507]", "[IGOUNO >070101]", "[AFGELI]"
_CAMEO_CODE_RE = re.compile(r"\[\s*([A-Za-z0-9~]*)\s*([<>]?\s*\d{6,8}(?:\s*-\s*\d{6,8})?)?\s*\]")
# CAMEO codes for places that are regions, not states or organisations.
CAMEO_REGIONS = frozenset("AFR ASA BLK CAS CAU CFR CRB EAF EEU EIN EUR LAM MEA MED NAF NMR "
                          "SAF SAM SAS SEA WAF WEU WST SCA".split())
# CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"KSV": "XKX", "KOS": "XKX", "ROM": "ROU", "TMP": "TLS", "ZAR": "COD",
                "SCG": "SRB", "YUG": "SRB", "FRY": "SRB", "SRP": "SRB", "JAP": "JPN",
                "ITL": "ITA", "VTN": "VNM", "ANG": "AGO"}


@dataclass(slots=True)
class CameoRecord:
    """One actor of a CAMEO actor dictionary.

    phrases: the primary phrase and its synonyms, words separated by spaces.
    codes: (code, first day, day after the last) per restriction; the days
        are ISO or None (open); a code without dates is the default.
    comment: the text after the first "#" on the primary line.
    """

    phrases: list[str]
    codes: list[tuple[str, str | None, str | None]]
    comment: str
    line: int


def _cameo_day(value: str) -> str | None:
    """An ISO day for a CAMEO date (YYMMDD, two-digit years up to 30 in the 2000s, or YYYYMMDD)."""
    value = value.strip()
    if len(value) == 6:
        yy = int(value[:2])
        value = f"{2000 + yy if yy <= 30 else 1900 + yy}{value[2:]}"
    if len(value) != 8:
        return None
    try:
        return _date(int(value[:4]), int(value[4:6]), int(value[6:8])).isoformat()
    except ValueError:
        return None


def _next_day(iso: str) -> str:
    return _date.fromordinal(_date.fromisoformat(iso).toordinal() + 1).isoformat()


def _cameo_codes(text: str) -> list[tuple[str, str | None, str | None]]:
    """The bracketed codes in ``text`` with their date restrictions (malformed ones dropped)."""
    out: list[tuple[str, str | None, str | None]] = []
    for m in _CAMEO_CODE_RE.finditer(text):
        code, when = m.group(1).upper(), (m.group(2) or "").replace(" ", "")
        if not code or "~" in code:
            continue
        if not when:
            out.append((code, None, None))
        elif when[0] == "<":
            day = _cameo_day(when[1:])
            if day:
                out.append((code, None, _next_day(day)))
        elif when[0] == ">":
            day = _cameo_day(when[1:])
            if day:
                out.append((code, day, None))
        else:
            first, _, last = when.partition("-")
            a, b = _cameo_day(first), _cameo_day(last)
            if a and b and a <= b:
                out.append((code, a, _next_day(b)))
    return out


def _cameo_phrase(text: str) -> str:
    """ "HU_JINTAO_" -> "HU JINTAO", "THE_UNITED_NATIONS_" -> "UNITED NATIONS"
    (underscores and runs of blanks become one space; a leading article goes,
    as mentions are matched without it)."""
    words = text.replace("_", " ").split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def looks_like_cameo(text: str) -> bool:
    """Whether ``text`` is a CAMEO actor dictionary rather than a TSV table.

    A CAMEO file has no tab-separated columns on its entry lines and codes in
    square brackets ("HU_JINTAO_", "+PRESIDENT_HU", "\t[CHNGOV 021115-130314]").
    """
    coded = 0
    for line in text.splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        stripped = body.strip()
        if "\t" in stripped and "[" not in stripped:
            return False  # a TSV row
        if _CAMEO_CODE_RE.search(stripped):
            coded += 1
            if coded >= 1:
                return True
    return False


def parse_cameo_actors(text: str) -> list[CameoRecord]:
    """The records of a CAMEO actor dictionary (format: PETRARCH2 ``dictionaries.rst``).

    A record is a primary phrase (optionally with codes on its line), then
    ``+synonym`` lines, then tab-indented ``[CODE dates]`` lines; a blank
    line or the next primary phrase ends it. Records without a code are
    dropped (the format gives them the null code).
    """
    records: list[CameoRecord] = []
    current: CameoRecord | None = None

    def close() -> None:
        if current is not None and current.codes and current.phrases:
            records.append(current)

    for lineno, raw in enumerate(text.splitlines(), 1):
        body, _, comment = raw.partition("#")
        if not body.strip():
            if not raw.strip():
                close()
                current = None
            continue
        stripped = body.strip()
        if stripped.startswith("<!--") or stripped.startswith("!"):
            continue
        codes = _cameo_codes(stripped)
        phrase = _cameo_phrase(stripped.split("[", 1)[0].lstrip("+"))
        if stripped.startswith("["):
            if current is not None:
                current.codes.extend(codes)
            continue
        if stripped.startswith("+") or (raw[:1].isspace() and current is not None):
            if current is not None and phrase:
                current.phrases.append(phrase)
                current.codes.extend(codes)
            continue
        close()
        current = CameoRecord([phrase] if phrase else [], codes, comment.strip(), lineno)
    close()
    return records


# Words that make a phrase an institution or group rather than a person's name.
INSTITUTION_WORDS = frozenset((
    "department ministry ministries office agency committee commission council service services "
    "bureau party parties union group groups army front movement organization organisation "
    "organizations association institute university court house palace company corporation "
    "bank fund forces force guard guards brigade brigades foundation center centre news times "
    "post press radio television tv network media authority administration directorate inc ltd "
    "corp government regime cabinet parliament assembly congress senate police navy command "
    "corps federation coalition alliance league mission program programme secretariat "
    "commissioner tribunal junta militia militias battalion regiment cell cells nuclei nucleus "
    "unit units faction factions society club network trust project campaign initiative "
    "forum congress chamber board body bodies council conference summit system industries "
    "international limited group holdings staff secretary general president minister official "
    "officials spokesman spokeswoman envoy ambassador representative delegation embassy "
    "monitor monitors leader leaders chief head members troops soldiers rebels fighters "
    "insurgents militants people workers students").split())
# Top-level CAMEO slots that are organisations, not states.
CAMEO_ORG_SLOTS = frozenset({"IGO", "NGO", "IMG", "NGM"})


def cameo_slot(code: str, countries: Iterable[str]) -> str | None:
    """The ISO country or organisation slot a CAMEO code starts with, or None (a region)."""
    head = CAMEO_TO_ISO.get(code[:3], code[:3])
    if head in CAMEO_ORG_SLOTS or head in set(countries):
        return head
    return None


# Sectors of armed or clandestine groups: an undated name with one of these
# codes is a group ("Night Avengers"), not a person.
_GROUP_SECTORS = frozenset({"REB", "UAF", "CRM", "INS", "SEP", "RAD", "PTY", "OPP", "NGO", "NGM"})


def _words(phrase: str) -> list[str]:
    return phrase.lower().replace("-", " ").replace("'", " ").split()


def _personal(phrase: str) -> bool:
    """A phrase that can be a person's name: 2-5 words, no institution or title word, no digit."""
    words = _words(phrase)
    return (2 <= len(words) <= 5 and not any(w in INSTITUTION_WORDS for w in words)
            and not any(c.isdigit() for c in phrase))


def person_name(record: CameoRecord, groups_only: bool = False) -> str | None:
    """The phrase naming the person a record describes, or None for an institution or group.

    A record is a person when its comment says it came from the leaders'
    lists (CountryInfo, IGOrulers), or when it has a personal-name phrase and
    either a dated code or an undated code of a state or international body
    ("DENG_XIAOPING [CHNELI]"). The name is the first personal-name phrase
    ("BAN_KI-MOON" rather than "SECRETARY-GENERAL_BAN_KI-MOON").
    groups_only: the file lists groups (the MilNonState dictionary), so an
    undated record is never a person.
    """
    named = [p for p in record.phrases if _personal(p)]
    if not named:
        return None
    comment = record.comment.lower()
    if "countryinfo" in comment or "igorulers" in comment:
        return named[0]
    if any(start or end for _, start, end in record.codes):
        return named[0]
    if groups_only or not _personal(record.phrases[0]):
        return None
    if any(code[3:6] in _GROUP_SECTORS or len(code) == 3 for code, _, _ in record.codes):
        return None
    return named[0]


_ACRONYM_TOKENS = frozenset({"us", "u.s.", "un", "u.n.", "eu", "uk", "usa", "nato"})


def display_name(phrase: str) -> str:
    """A readable form of a dictionary phrase: "AL-BARADEI" -> "Al-Baradei",
    "D'ESCOTO" -> "D'Escoto", "US_BORDER_PATROL" -> "US Border Patrol"; a one-word
    phrase of up to six letters stays an acronym ("OSMTH")."""
    tokens = phrase.split()
    if len(tokens) == 1 and len(phrase) <= 6 and phrase.replace(".", "").isalpha():
        return phrase.upper()

    def word(w: str) -> str:
        if w.lower() in _ACRONYM_TOKENS:
            return w.upper()
        parts = re.split(r"([-'])", w.lower())
        out = []
        for k, part in enumerate(parts):
            if part in ("-", "'"):
                out.append(part)
            elif k >= 2 and parts[k - 1] == "'" and len(parts[k - 2]) > 1:
                out.append(part)  # "people's", not "People'S"
            else:
                out.append(part[:1].upper() + part[1:])
        return "".join(out)
    return " ".join(word(w) for w in tokens)


def cameo_tables(records: Iterable[CameoRecord], countries: Iterable[str], source: str,
                 groups_only: bool = False,
                 ) -> tuple[dict[str, tuple[PersonRole, ...]], dict[str, Organization]]:
    """People and organisations from CAMEO records, as the TSV tables hold them.

    A person gets one row per code (see ``person_name``); an organisation
    keeps its full code and is keyed by its primary phrase. Records of places
    are skipped: those whose codes name only regions, and those with a bare
    country code ("AFGHANISTAN_ [AFG]", "KANDAHAR" among its synonyms), which
    ``countries.tsv`` covers. A one-word record with a dated code is a bare
    surname and is skipped too.
    """
    iso = set(countries)
    people: dict[str, list[PersonRole]] = {}
    orgs: dict[str, Organization] = {}
    for record in records:
        codes = [(CAMEO_TO_ISO.get(c[:3], c[:3]) + c[3:], a, b) for c, a, b in record.codes
                 if cameo_slot(c, iso) is not None]
        if not codes or any(c in iso for c, _, _ in codes):
            continue
        names = tuple(dict.fromkeys(display_name(p) for p in record.phrases if p))
        person = person_name(record, groups_only)
        if person is not None:
            name = display_name(person)
            aliases = (name,) + tuple(n for n in names if n != name)
            for code, start, end in codes:
                own = territory_of(code, iso)
                if own is not None:
                    # (a territory's office holders: "USAPRI" is Puerto Rico's governor)
                    affiliation, sector = own, code[6:9] or "GOV"
                elif code[:3] in iso:
                    affiliation, sector = code[:3], code[3:6] or None
                else:
                    affiliation, sector = code, None
                people.setdefault(name, []).append(
                    PersonRole(name, aliases, affiliation, sector, "", start, end))
        elif len(_words(record.phrases[0])) == 1 and any(a or b for _, a, b in codes):
            continue
        else:
            code = next((c for c, a, b in codes if a is None and b is None), codes[-1][0])
            country, sector = parse_actor_code(code, iso)
            acronym = names[0].upper()
            orgs[acronym] = Organization(acronym, names[0], names, code, source, country, sector)
    return {k: tuple(v) for k, v in people.items()}, orgs


def _builtin_text(name: str) -> str:
    """A built-in table's text, read as package data."""
    try:
        return (resources.files("redline") / "data" / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        # Running from a source tree where redline is not importable as a package.
        return (Path(__file__).resolve().parent.parent / "data" / name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def builtin_hand_tables() -> Tables:
    """The hand-written built-in tables only, read once per process."""
    countries = _parse_countries(_builtin_text("countries.tsv"), "countries.tsv")
    return Tables(
        countries=countries,
        organizations=_parse_organizations(_builtin_text("organizations.tsv"), "organizations.tsv", countries),
        people=_parse_people(_builtin_text("people.tsv"), "people.tsv"),
        sectors=_parse_sectors(_builtin_text("sectors.tsv"), "sectors.tsv"),
    )


CAMEO_TABLES = ("cameo_people.tsv", "cameo_organizations.tsv", "cameo_agents.tsv")


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of
    acyclic table objects are made (it would scan them again and again)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def builtin_tables() -> Tables:
    """The built-in tables, read once per process: the hand-written ones over
    the converted CAMEO ones (a hand-written person, acronym or word wins).
    They come with their index from the cache on disk
    (``redline.actors.index.builtin_index``)."""
    from redline.actors.index import builtin_index  # the index module reads this one

    return builtin_index()[0]


def build_builtin_tables() -> Tables:
    """The built-in tables, parsed from the package's files."""
    with no_gc():
        return _builtin_tables()


def _builtin_tables() -> Tables:
    hand = builtin_hand_tables()
    try:
        texts = [_builtin_text(name) for name in CAMEO_TABLES]
    except (FileNotFoundError, OSError):
        return hand
    people = _territories_own(_parse_people(texts[0], CAMEO_TABLES[0]), hand.countries)
    organizations = _parse_organizations(texts[1], CAMEO_TABLES[1], hand.countries)
    sectors = _parse_sectors(texts[2], CAMEO_TABLES[2])
    weak = ({("person", k) for k in people if k not in hand.people}
            | {("org", k) for k in organizations if k not in hand.organizations}
            | {("sector", k) for k in sectors if k not in hand.sectors})
    people.update(hand.people)
    organizations.update(hand.organizations)
    sectors.update(hand.sectors)
    return Tables(hand.countries, organizations, people, sectors, frozenset(), frozenset(weak))


def _territories_own(people: dict[str, tuple[PersonRole, ...]], countries: dict[str, Country]
                     ) -> dict[str, tuple[PersonRole, ...]]:
    """The converted people with a territory's office holders under its
    own code (a row "USA PRI" is Puerto Rico's, GOV), and without the rows
    that are a state's name ("Puerto Rico" among the people)."""
    states = {n.casefold() for c in countries.values() for n in (c.name,) + c.aliases}
    out: dict[str, tuple[PersonRole, ...]] = {}
    for name, roles in people.items():
        if name.casefold() in states:
            continue
        out[name] = tuple(
            replace(r, affiliation=r.sector, sector="GOV")
            if r.sector and territory_of(r.affiliation + r.sector, countries) else r for r in roles)
    return out


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

    extra: paths of user tables (TSV, or CAMEO actor dictionaries), applied
        in order (later files win).
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
        if looks_like_cameo(text):
            new_people, new_orgs = cameo_tables(parse_cameo_actors(text), countries, path)
            if not new_people and not new_orgs:
                raise TableError(f"{path}: a CAMEO actor dictionary with no usable entry")
            people.update(new_people)
            organizations.update(new_orgs)
            overridden.update(("person", k) for k in new_people)
            overridden.update(("org", k) for k in new_orgs)
            continue
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
    return Tables(countries, organizations, people, sectors, frozenset(overridden),
                  base.weak - frozenset(overridden))
