"""Events by where they happened: the country of their location and a
bounding box around its point (``events.location_country``,
``location_lat``, ``location_lon``), for ``redline export`` and the web API.

    where = location_where(location_country="COD", bbox="28,-3,30,0")

Bad values raise ``QueryError`` naming the parameter (the API answers 400).
"""

from __future__ import annotations

import math
import re

import sqlalchemy as sa

from redline.store.query import QueryError
from redline.store.schema import events

BBox = tuple[float, float, float, float]
COUNTRY = re.compile(r"[A-Za-z]{3}")


def parse_bbox(value: str | BBox | None) -> BBox | None:
    """``minlon,minlat,maxlon,maxlat`` in decimal degrees (WGS 84), as GeoJSON
    writes a bounding box; None or blank is none.

    A west edge east of the east edge (``170,-50,-170,0``) is a box across
    the antimeridian, as in GeoJSON. RAISES (QueryError): not four numbers,
    a longitude outside -180..180, a latitude outside -90..90, or a south
    edge north of the north edge.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        numbers = [float(p) for p in parts]
    except (TypeError, ValueError):
        numbers = []
    if len(numbers) != 4 or not all(math.isfinite(n) for n in numbers):
        raise QueryError(f"bbox must be four numbers minlon,minlat,maxlon,maxlat, not {value!r}")
    west, south, east, north = numbers
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise QueryError(f"bbox longitudes must be within -180..180, not {value!r}")
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise QueryError(f"bbox latitudes must be within -90..90, not {value!r}")
    if south > north:
        raise QueryError(f"bbox minlat must not be north of maxlat, not {value!r}")
    return west, south, east, north


def parse_country(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-3 country code, upper-cased; None or blank is none.

    RAISES (QueryError): anything but three letters ("Congo", "CD").
    """
    if value is None or not value.strip():
        return None
    if not COUNTRY.fullmatch(value.strip()):
        raise QueryError(f"location_country must be an ISO alpha-3 country code (COD, UKR), not {value!r}")
    return value.strip().upper()


def location_where(
    location_country: str | None = None, bbox: str | BBox | None = None
) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses on ``events``: located in that country, and/or with its
    point inside the box (edges included). An event with no location, or a
    location without coordinates, never matches a box."""
    where: list[sa.ColumnElement[bool]] = []
    country = parse_country(location_country)
    if country is not None:
        where.append(events.c.location_country == country)
    box = parse_bbox(bbox)
    if box is not None:
        west, south, east, north = box
        where.append(events.c.location_lat.between(south, north))
        if west <= east:
            where.append(events.c.location_lon.between(west, east))
        else:  # across the antimeridian: east of the west edge or west of the east edge
            where.append(sa.or_(events.c.location_lon >= west, events.c.location_lon <= east))
    return where


__all__ = ["location_where", "parse_bbox", "parse_country"]
