"""Actor codes: how a code splits into its country or organisation and sector,
and what it rolls up to.

One rule, used by the store when it writes the ``country`` and ``sector``
columns (events, actors, entities) and by the web pages when they group or
filter by actor, so the stored columns and the queries always agree:

- A **state** code is an ISO alpha-3 country plus optional sectors:
  ``RUSGOV`` → family ``RUS``, sector ``GOV``; ``RUS`` → ``RUS``, no sector.
- An **organisation** code starts with ``IGO`` or ``NGO`` and names the
  organisation with CAMEO's segments (``IGOWSTNAT`` NATO, ``IGOUNO`` the UN),
  perhaps followed by a sector: the family is the code without its trailing
  sector codes (``IGOWSTNATMIL`` → ``IGOWSTNAT``, sector ``MIL``; ``IGOMIL``
  → ``IGO``, an unnamed organisation's military), except that a code the
  built-in organisation table gives an organisation stops the stripping: it
  is that organisation's own family (``IGOUNODEV``, UNDP, stays
  ``IGOUNODEV``; ``IGOWSTBUS``, the OECD, is not the region ``IGOWST``).
- Anything else (a bare sector such as ``REB`` or ``MED``, an unknown code)
  has no family column (``split_code`` gives ``(None, code)``) and rolls up
  to itself.

The ``country`` columns therefore hold the *family*: a country for states,
the organisation's code for organisations (databases before revision 0003
held ``IGO`` there; the 0003 migration rewrote those rows by this rule).
Sector codes are the ones in ``redline/data/sectors.tsv`` plus CAMEO's other
3-letter role codes (``SECTORS``); an organisation segment that happens to
spell one of them at the end of a code is read as a sector.
"""

from __future__ import annotations

import functools

ORGANISATION_PREFIXES = ("IGO", "NGO")

# CAMEO's 3-letter role and sector codes (primary and secondary roles,
# religions aside), with those of redline's sectors.tsv (``_table_sectors``).
CAMEO_SECTORS = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF "
    "AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD "
    "POL PTY NGM".split()
)


@functools.cache
def _table_sectors() -> frozenset[str]:
    from redline.actors.dictionaries import builtin_tables

    return frozenset(word.sector for word in builtin_tables().sectors.values() if word.sector)


@functools.cache
def sectors() -> frozenset[str]:
    """Every code read as a sector when it ends an actor code."""
    return CAMEO_SECTORS | _table_sectors()


@functools.cache
def countries() -> frozenset[str]:
    """The ISO alpha-3 codes of the built-in country table."""
    from redline.actors.dictionaries import builtin_tables

    return frozenset(builtin_tables().countries)


@functools.cache
def organisation_codes() -> frozenset[str]:
    """The IGO/NGO codes the built-in organisation table gives its organisations."""
    from redline.actors.dictionaries import builtin_tables

    return frozenset(
        org.code.upper() for org in builtin_tables().organizations.values()
        if org.code and org.code[:3].upper() in ORGANISATION_PREFIXES
    )


def _strip_sectors(code: str) -> str:
    """An organisation code without its trailing sector codes (never shorter than
    its prefix), stopping at the longest code of a known organisation."""
    known, organisations = sectors(), organisation_codes()
    while code not in organisations and len(code) >= 6 and code[-3:] in known:
        code = code[:-3]
    return code


@functools.lru_cache(maxsize=65536)
def split_code(code: str | None) -> tuple[str | None, str | None]:
    """An actor code's (family, sector): the values of the ``country`` and ``sector`` columns.

    "RUSGOV" → ("RUS", "GOV"); "RUS" → ("RUS", None); "IGOWSTNATMIL" →
    ("IGOWSTNAT", "MIL"); "IGOWSTNAT" → ("IGOWSTNAT", None); "IGO" → ("IGO",
    None); "REB" (no country) → (None, "REB"); None or "" → (None, None).
    """
    if not code:
        return None, None
    code = code.strip().upper()
    if not code:
        return None, None
    if code[:3] in ORGANISATION_PREFIXES:
        family = _strip_sectors(code)
        return family, code[len(family):] or None
    if code[:3] in countries():
        return code[:3], code[3:] or None
    return None, code


def actor_family(code: str | None) -> str | None:
    """What an actor code rolls up to in rankings, dyads and actor pages.

    A state code to its country (``RUSGOV`` → ``RUS``), an organisation code
    to the organisation (``IGOWSTNATMIL`` → ``IGOWSTNAT``), anything else to
    itself (``REB`` → ``REB``); None for no code.
    """
    if not code:
        return None
    family, _sector = split_code(code)
    return family or code.strip().upper()


def is_code(value: str) -> bool:
    """Whether ``value`` reads as an actor code rather than a name.

    A known country, an organisation code (``IGO…``/``NGO…``), a sector
    (``GOV``), or a country followed by sector codes (``RUSGOV``, ``USAGOVMIL``);
    ``NATO``, ``UN`` or ``Russia`` are not (they are names to resolve).
    """
    value = value.strip().upper()
    if not value.isalpha() or len(value) < 3:
        return False
    if value[:3] in ORGANISATION_PREFIXES or value in sectors():
        return True
    if value[:3] not in countries():
        return False
    rest = value[3:]
    known = sectors()
    return len(rest) % 3 == 0 and all(rest[i:i + 3] in known for i in range(0, len(rest), 3))
