"""Event maps: where events happened, as points coloured by quad class over a
world basemap, for the overview, dyad and events pages.

``map_points`` reads the located events (``events.location_lat`` /
``location_lon``) that a page's filters select, one point per place and quad
class with its count; ``event_map`` builds the Vega-Lite spec the page embeds
(and its JSON carries). The basemap is the vendored TopoJSON world
(``static/vendor/countries-110m.json``, world-atlas), loaded from this
server: nothing is fetched from elsewhere. Clicking a point opens its events:
the article of a single event, else the events browser on that spot.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa

from redline.events.ontology import QUAD_NAMES
from redline.serve.charts import QUAD_COLOURS, SCHEMA
from redline.store.schema import events

BASEMAP_URL = "/static/vendor/countries-110m.json"
MAX_POINTS = 2000  # places × quad classes drawn; the busiest first


def map_points(
    connection: sa.Connection,
    where: list[sa.ColumnElement[bool]],
    *,
    link: dict[str, Any] | None = None,
    limit: int = MAX_POINTS,
    branches: list[sa.ColumnElement[bool]] | None = None,
    index: str | None = None,
) -> list[dict[str, Any]]:
    """Located events matching ``where``, grouped by point and quad class:
    ``{"lat", "lon", "country", "name", "quad", "class", "events", "latest",
    "href"}``, busiest first, at most ``limit``.

    link: filters the events browser should keep when a point is clicked
        (dates, an actor), added to its ``bbox`` and ``quad``.
    """
    lat, lon = events.c.location_lat, events.c.location_lon
    count = sa.func.count().label("n")
    group = (lat, lon, events.c.location_country, events.c.quad)
    query = (
        sa.select(*group, count, sa.func.max(events.c.id).label("latest_id"), sa.func.max(events.c.date).label("latest"))
        .where(lat.is_not(None), lon.is_not(None), *where)
        .group_by(*group)
    )
    if index and connection.dialect.name == "sqlite" and _has_index(connection, index):
        # the planner would rather read the place index in group order, all of it, than a
        # narrow date range of this one and sort the few groups it gives
        query = query.with_hint(events, f"INDEXED BY {index}", "sqlite")
    if not branches:
        rows = connection.execute(
            query.order_by(count.desc(), sa.func.max(events.c.id).desc()).limit(limit)
        ).mappings().all()
    else:
        rows = _merged(connection, query, branches, limit)
    # the place's name and an article for each point, from its latest event
    latest = {r["latest_id"] for r in rows}
    details = {
        row.id: row
        for row in connection.execute(
            sa.select(events.c.id, events.c.location, events.c.article_id).where(events.c.id.in_(latest))
        )
    } if latest else {}
    points = []
    for r in rows:
        detail = details.get(r["latest_id"])
        location = (detail.location if detail is not None else None) or {}
        quad = r["quad"]
        if r["n"] == 1 and detail is not None:
            href = f"/articles/{detail.article_id}#ev-{r['latest_id']}"
        else:
            box = f"{r['location_lon']},{r['location_lat']},{r['location_lon']},{r['location_lat']}"
            params = {**(link or {}), "bbox": box, "quad": quad}
            href = "/events?" + urlencode({k: v for k, v in params.items() if v is not None and v != ""})
        points.append({
            "lat": r["location_lat"], "lon": r["location_lon"], "country": r["location_country"],
            "name": location.get("name") or location.get("text"), "quad": quad,
            "class": QUAD_NAMES.get(quad, "unknown") if quad is not None else "unknown",
            "events": r["n"], "latest": r["latest"].isoformat() if isinstance(r["latest"], date) else r["latest"],
            "href": href,
        })
    return points


def _has_index(connection: sa.Connection, name: str) -> bool:
    """Whether the SQLite database has index ``name`` (``INDEXED BY`` fails without it:
    a database the server could not add its indexes to)."""
    return connection.execute(sa.text("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :name"),
                              {"name": name}).first() is not None


def _merged(connection: sa.Connection, query: sa.Select, branches: list[sa.ColumnElement[bool]],
            limit: int) -> list[dict[str, Any]]:
    """The groups of events matching any of ``branches`` (an OR the caller split): one
    grouped query per branch, each read from its own index, added up here. Each
    branch leaves out the events an earlier one took (an OR of indexed sides would
    otherwise visit the table row by row)."""
    totals: dict[tuple[Any, ...], dict[str, Any]] = {}
    for i, branch in enumerate(branches):
        taken = [sa.not_(sa.func.coalesce(earlier, sa.false())) for earlier in branches[:i]]
        for row in connection.execute(query.where(branch, *taken)).mappings():
            key = (row["location_lat"], row["location_lon"], row["location_country"], row["quad"])
            known = totals.get(key)
            if known is None:
                totals[key] = dict(row)
            else:
                known["n"] += row["n"]
                if row["latest_id"] > known["latest_id"]:
                    known["latest_id"] = row["latest_id"]
                if row["latest"] is not None and (known["latest"] is None or row["latest"] > known["latest"]):
                    known["latest"] = row["latest"]
    return sorted(totals.values(), key=lambda r: (-r["n"], -r["latest_id"]))[:limit]


def event_map(points: list[dict[str, Any]], title: str) -> dict[str, Any]:
    """A Vega-Lite world map (Equal Earth) of ``map_points``: countries from the
    vendored TopoJSON, a circle per point sized by its events and coloured by
    quad class (greens cooperate, reds conflict, grey statements), each a link."""
    classes = [QUAD_NAMES[q] for q in sorted(QUAD_NAMES)]
    return {
        "$schema": SCHEMA,
        "title": title,
        "width": "container",
        "height": 440,
        "projection": {"type": "equalEarth"},
        "layer": [
            {
                "data": {"url": BASEMAP_URL, "format": {"type": "topojson", "feature": "countries"}},
                "mark": {"type": "geoshape", "fill": "#e8e8e4", "stroke": "#ffffff", "strokeWidth": 0.5},
            },
            {
                "data": {"values": points},
                "mark": {"type": "circle", "opacity": 0.8, "stroke": "#333333", "strokeWidth": 0.5,
                         "cursor": "pointer"},
                "encoding": {
                    "longitude": {"field": "lon", "type": "quantitative"},
                    "latitude": {"field": "lat", "type": "quantitative"},
                    "size": {"field": "events", "type": "quantitative", "title": "events",
                             "scale": {"range": [30, 600]}, "legend": None},
                    "color": {
                        "field": "class", "type": "nominal", "title": "quad class",
                        "scale": {"domain": classes, "range": [QUAD_COLOURS[q] for q in sorted(QUAD_NAMES)]},
                        "legend": {"orient": "bottom", "columns": 3},
                    },
                    "order": {"field": "events", "type": "quantitative", "sort": "descending"},
                    "href": {"field": "href", "type": "nominal"},
                    "tooltip": [
                        {"field": "name", "type": "nominal", "title": "place"},
                        {"field": "country", "type": "nominal"},
                        {"field": "class", "type": "nominal", "title": "quad class"},
                        {"field": "events", "type": "quantitative"},
                        {"field": "latest", "type": "nominal", "title": "latest"},
                    ],
                },
            },
        ],
    }
