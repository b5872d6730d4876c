"""Vega-Lite specifications, built on the server from the page's data.

The browser only embeds them (the vendored vega-embed in
``static/vendor/``); the same spec is in the page's JSON, so a program can
draw the chart too.
"""

from __future__ import annotations

import json
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
    periods: list[str], cols: dict[str, Any], interval: str, title: str, *,
    reach: float | None = None, most: int | None = None,
) -> dict[str, Any]:
    """Stacked bars of event counts per period by quad class, with the summed
    intensity as a line on its own axis (negative is conflict).

    periods (list[str]): every period of the axis, empty ones included
        (``timeline.axis``); an empty period keeps its place, with no bar, and
        the line breaks there.
    cols (dict): ``{"events", "intensity", "quads": {quad: [...]}}``, one value per
        period, null where it has no events (``timeline.columns``).
    interval (str): day, week, month or quarter (the bars' period).
    reach, most: the intensity axis's half-height and the count axis's top, when
        several charts must share their scales (a dyad's two directions).

    One row per period with events (its counts per quad as ``q0`` … ``q4``) and
    one null row where a gap starts, so the line breaks there: the bars are the
    same rows folded by quad class in the chart, not a second copy.
    """
    events, intensity, quads = cols["events"], cols["intensity"], cols["quads"]
    rows: list[dict[str, Any]] = []
    for i, period in enumerate(periods):
        if events[i] is not None:
            row = {"period": period, "events": events[i], "intensity": intensity[i]}
            for q in sorted(quads):
                row[f"q{q}"] = quads[q][i]
            rows.append(row)
        elif i and events[i - 1] is not None:  # a null breaks the line across the gap
            rows.append({"period": period, "intensity": None})
    names = [QUAD_NAMES[q] for q in sorted(QUAD_NAMES)]
    # Zero in the middle of the intensity axis: conflict below, cooperation above.
    if reach is None:
        reach = max([abs(x) for x in intensity if x is not None] + [1.0])
    return {
        "$schema": SCHEMA,
        "title": title,
        "width": "container",
        "height": 260,
        "data": {"values": rows},
        "encoding": {"x": _x(interval, periods)},  # one axis, both layers
        "layer": [
            {
                "transform": [
                    {"filter": "datum.events > 0"},
                    {"fold": [f"q{q}" for q in sorted(QUAD_NAMES)], "as": ["quad", "n"]},
                    {"filter": "datum.n > 0"},
                    {"calculate": f"{json.dumps(names)}[toNumber(substring(datum.quad, 1))]", "as": "class"},
                ],
                "mark": {"type": "bar", "tooltip": True},
                "encoding": {
                    "y": {"aggregate": "sum", "field": "n", "type": "quantitative", "title": "events",
                          "stack": "zero", "axis": _count_axis(most),
                          **({"scale": {"domain": [0, most]}} if most else {})},
                    "color": {
                        "field": "class", "type": "nominal", "title": "quad class",
                        "scale": {"domain": names, "range": [QUAD_COLOURS[q] for q in sorted(QUAD_NAMES)]},
                        "legend": {"orient": "bottom", "columns": 3},
                    },
                    "order": {"field": "quad", "type": "ordinal"},
                    "tooltip": [
                        {"field": "period", "type": "ordinal", "title": interval},
                        {"field": "class", "type": "nominal"},
                        {"field": "n", "type": "quantitative", "title": "events"},
                    ],
                },
            },
            {
                # the points in the line's colour (vega-lite draws them blue otherwise): a lone
                # period between gaps is a point without a line
                "mark": {"type": "line", "point": {"color": "#222222", "filled": True}, "color": "#222222",
                         "strokeWidth": 1.5},
                "encoding": {
                    "y": {"field": "intensity", "type": "quantitative", "title": "summed intensity",
                          # nice: the largest period's point inside the frame, not on its edge
                          "scale": {"domain": [-reach, reach], "nice": True}},
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


def _count_axis(most: int | None) -> dict[str, Any]:
    """An axis of whole events: every count up to ten marked, never a half
    (vega-lite put ticks at 0.5 on a scale of 0 to 2, labelled "1" twice)."""
    axis: dict[str, Any] = {"tickMinStep": 1, "format": "d"}
    if most and most <= 10:
        axis["values"] = list(range(most + 1))
    return axis


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
