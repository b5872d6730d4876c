"""A GDELT-style events file: tab-separated, one line per event, no header.

Columns, in this order (GDELT 2.0 event-table names; those GDELT has and
redline cannot fill, such as the actors' geography, ADM2 codes and tone,
are left out):

 1. GLOBALEVENTID      redline's event id
 2. SQLDATE            YYYYMMDD (the reporting article's date; empty if unknown)
 3. MonthYear          YYYYMM
 4. Year               YYYY
 5. FractionDate       year + (day of year - 1) / 365, 4 decimals
 6. Actor1Code         source actor code (country + sector, e.g. RUSGOV)
 7. Actor1Name         source actor's name, upper case (the text as written if no name)
 8. Actor1CountryCode  source country (ISO alpha-3, or IGO/NGO)
 9. Actor1Type1Code    source sector (GOV, MIL, ...)
10. Actor2Code         target actor code
11. Actor2Name         target name
12. Actor2CountryCode  target country
13. Actor2Type1Code    target sector
14. EventCode          CAMEO code nearest to the PLOVER type (3 or 4 digits; a
                       root code "12" is written "120")
15. EventBaseCode      first three digits of EventCode
16. EventRootCode      first two digits of EventCode
17. QuadClass          1 verbal cooperation, 2 material cooperation, 3 verbal
                       conflict, 4 material conflict (PLOVER quad 0, statements
                       and appeals, is 1 as in CAMEO)
18. GoldsteinScale     -10 .. 10
19. NumMentions        reports of the event (one per article sentence)
20. NumSources         distinct publishers among them (at least 1)
21. NumArticles        distinct articles
22. SOURCEURL          the first reporting article's URL (else its id)
23. PloverType         redline extra: the PLOVER event type
24. PloverMode         redline extra: the PLOVER mode
25. Intensity          redline extra: PLOVER intensity
26. EvidenceText       redline extra: the evidence sentence, tabs and line breaks as spaces
27. ActionGeo_Type     where the event happened (its stored location, see
                       ``redline.places``): 1 country, 2 US state, 3 US town,
                       4 town elsewhere, 5 first-level region elsewhere (or a
                       named region within one country); empty for a sea, a
                       continent, or an event with no location
28. ActionGeo_FullName "Goma, Democratic Republic of the Congo", "Paris, Texas, United States"
29. ActionGeo_CountryCode  FIPS 10-4 country code, as GDELT writes it (CG, UP, US)
30. ActionGeo_ADM1Code the FIPS country code and GeoNames' first-level region
                       code ("USTX", "CG11"); the country code alone for a country
31. ActionGeo_Lat      latitude, decimal degrees (WGS 84)
32. ActionGeo_Long     longitude
33. ActionGeo_FeatureID  the GeoNames id (GDELT's are GNS/GNIS ids); for
                       redline's own places without one, the ADM1 or country code
34. ActionGeo_CountryISO3  redline extra: the location's ISO alpha-3 country (as the actor codes)

The ActionGeo columns follow redline's own (rather than sitting before
SOURCEURL, as in GDELT's file) so that columns 1-26 stay where earlier
versions of this export wrote them.

Free-text fields (names, SOURCEURL, EvidenceText) that a spreadsheet would
read as a formula get a leading single quote, as in the CSV export
(``redline.export.tabular.spreadsheet_safe``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from redline.export.geo import gdelt_adm1, location_facts
from redline.export.tabular import spreadsheet_safe

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "SOURCEURL",
    "PloverType", "PloverMode", "Intensity", "EvidenceText",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "ActionGeo_CountryISO3",
]


def gdelt_fields(event: dict[str, Any]) -> list[str]:
    """One event (an ``iter_events`` dict with ``n_mentions``/``n_publishers``) as GDELT_COLUMNS values."""
    day: date | None = event.get("date")
    cameo = event.get("cameo") or ""
    if len(cameo) == 2:  # a root code: GDELT writes "120" for CAMEO "12"
        cameo += "0"
    quad = event.get("quad")
    geo = location_facts(event.get("location"))
    return [
        str(event["event_id"]),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *_actor(event, "source"),
        *_actor(event, "target"),
        cameo,
        cameo[:3],
        cameo[:2],
        "" if quad is None else str(max(1, int(quad))),
        _number(event.get("goldstein")),
        str(event.get("n_mentions") or event.get("n_articles") or 1),
        str(max(1, event.get("n_publishers") or 0)),
        str(event.get("n_articles") or 1),
        _clean(event.get("article_url") or event.get("article_ref") or ""),
        event.get("type") or "",
        event.get("mode") or "",
        _number(event.get("intensity")),
        _clean(event.get("evidence") or ""),
        *_action_geo(geo),
        (geo or {}).get("country") or "",
    ]


def write_gdelt(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write one tab-separated line per event; RETURNS the number written."""
    count = 0
    for event in events:
        out.write("\t".join(gdelt_fields(event)) + "\n")
        count += 1
    return count


def _actor(event: dict[str, Any], side: str) -> list[str]:
    name = event.get(f"{side}_name") or event.get(f"{side}_text") or ""
    return [
        event.get(f"{side}_code") or "",
        _clean(name.upper()),
        # the stored country is the code's family: an organisation's is its code (IGOWSTNAT), GDELT's slot "IGO"
        (event.get(f"{side}_country") or "")[:3],
        event.get(f"{side}_sector") or "",
    ]


def _action_geo(geo: dict[str, Any] | None) -> list[str]:
    """The seven ActionGeo columns of an event's location (all empty for none)."""
    if geo is None:
        return [""] * 7
    kind = geo.get("gdelt_type")
    adm1 = gdelt_adm1(geo)
    feature = geo.get("geonameid") or (adm1 if geo.get("kind") in ("country", "admin1") else "")
    return [
        "" if kind is None else str(kind),
        _clean(geo.get("full_name") or ""),
        geo.get("fips") or "",
        adm1,
        _degrees(geo.get("lat")),
        _degrees(geo.get("lon")),
        str(feature or ""),
    ]


def _degrees(value: float | None) -> str:
    """Coordinates to five decimals (about a metre), trailing zeros dropped."""
    return "" if value is None else f"{value:.5f}".rstrip("0").rstrip(".")


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _clean(text: str) -> str:
    """A free-text field: no tabs or line breaks inside, never read as a formula."""
    return spreadsheet_safe(" ".join(text.split()))
