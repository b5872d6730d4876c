"""Vega-Lite specifications, built on the server from the page's data.

The browser only embeds them (the vendored vega-embed in
``static/vendor/``); the same spec is in the page's JSON, so a program can
draw the chart too.
"""

from __future__ import annotations

from typing import Any

from redline.events.ontology import QUAD_NAMES

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"  # an identifier; never fetched

# Quad classes from cooperation (greens) to conflict (reds); 0 neutral grey.
QUAD_COLOURS = {0: "#9e9e9e", 1: "#7fbf7b", 2: "#1b7837", 3: "#f4a582", 4: "#b2182b"}



def _x(interval: str, domain: list[str] | None = None) -> dict[str, Any]:
    """Periods as ordered bands: every period gets one bar's width, however few
    there are. ``domain`` lists every period of the axis, so a period without
    events keeps its place, empty, rather than being drawn as zero or dropped."""
    x: dict[str, Any] = {
        "field": "period", "type": "ordinal", "title": f"{interval} starting",
        "axis": {"labelAngle": -40, "labelOverlap": "greedy", "labelExpr": _LABELS[interval]},
    }
    if domain:
        x["scale"] = {"domain": domain}
    return x


# ISO dates shown short: "2022-08-01" as "1 Aug 2022" (days, weeks) or "Aug 2022" (months).
_LABELS = {
    "day": "timeFormat(toDate(datum.value + 'T00:00:00'), '%-d %b %Y')",
    "week": "timeFormat(toDate(datum.value + 'T00:00:00'), '%-d %b %Y')",
    "month": "timeFormat(toDate(datum.value + 'T00:00:00'), '%b %Y')",
    "quarter": "timeFormat(toDate(datum.value + 'T00:00:00'), 'Q%q %Y')",
}


def tension_timeline(
    series: list[dict[str, Any]], interval: str, title: str, *,
    domain: list[str] | None = None, reach: float | None = None, most: int | None = None,
) -> dict[str, Any]:
    """Stacked bars of event counts per period by quad class, with the summed
    intensity as a line on its own axis (negative is conflict).

    series (list[dict]): ``{"period", "events", "intensity", "quads": {quad: count}}``
        for each period that has events.
    interval (str): day, week, month or quarter (the bars' period).
    domain (list[str] | None): every period of the axis (``data.period_domain``);
        periods in it without events stay empty: no bar, and the line breaks there.
    reach, most: the intensity axis's half-height and the count axis's top, when
        several charts must share their scales (a dyad's two directions).
    """
    bars = [
        {"period": row["period"], "quad": quad, "class": QUAD_NAMES[quad], "events": n}
        for row in series
        for quad, n in sorted(row["quads"].items())
        if n
    ]
    line = [{"period": row["period"], "intensity": row["intensity"], "events": row["events"]} for row in series]
    if domain:  # a null breaks the line: no line drawn across periods without events
        have = {row["period"] for row in series}
        line = sorted(line + [{"period": p, "intensity": None, "events": 0} for p in domain if p not in have],
                      key=lambda row: row["period"])
    classes = [QUAD_NAMES[q] for q in sorted(QUAD_NAMES)]
    # Zero in the middle of the intensity axis: conflict below, cooperation above.
    if reach is None:
        reach = max([abs(row["intensity"]) for row in series] + [1.0])
    x = _x(interval, domain)
    return {
        "$schema": SCHEMA,
        "title": title,
        "width": "container",
        "height": 260,
        "layer": [
            {
                "data": {"values": bars},
                "mark": {"type": "bar", "tooltip": True},
                "encoding": {
                    "x": x,
                    "y": {"aggregate": "sum", "field": "events", "type": "quantitative", "title": "events",
                          "stack": "zero", "axis": {"tickMinStep": 1, "format": "d"},  # whole events
                          **({"scale": {"domain": [0, most]}} if most else {})},
                    "color": {
                        "field": "class", "type": "nominal", "title": "quad class",
                        "scale": {"domain": classes, "range": [QUAD_COLOURS[q] for q in sorted(QUAD_NAMES)]},
                        "legend": {"orient": "bottom", "columns": 3},
                    },
                    "order": {"field": "quad", "type": "quantitative"},
                    "tooltip": [
                        {"field": "period", "type": "ordinal", "title": interval},
                        {"field": "class", "type": "nominal"},
                        {"field": "events", "type": "quantitative"},
                    ],
                },
            },
            {
                "data": {"values": line},
                "mark": {"type": "line", "point": True, "color": "#222222", "strokeWidth": 1.5},
                "encoding": {
                    "x": x,
                    "y": {"field": "intensity", "type": "quantitative", "title": "summed intensity",
                          "scale": {"domain": [-reach, reach]}},
                    "tooltip": [
                        {"field": "period", "type": "ordinal", "title": interval},
                        {"field": "intensity", "type": "quantitative", "format": ".1f"},
                        {"field": "events", "type": "quantitative"},
                    ],
                },
            },
        ],
        "resolve": {"scale": {"y": "independent"}},
    }


def statements_over_time(series: list[dict[str, Any]], interval: str, title: str) -> dict[str, Any]:
    """Bars of statements per period. series: ``{"period", "statements"}`` rows."""
    return {
        "$schema": SCHEMA,
        "title": title,
        "width": "container",
        "height": 180,
        "data": {"values": series},
        "mark": {"type": "bar", "color": "#4a6fa5", "tooltip": True},
        "encoding": {
            "x": _x(interval),
            "y": {"field": "statements", "type": "quantitative", "title": "statements"},
        },
    }
