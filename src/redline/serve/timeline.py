"""A dyad's tension timeline as columns: one list of periods for the axis and,
per direction, one value per period in parallel lists.

A period without events is ``null`` in every list (never a zero: the chart
leaves it empty), so the answer repeats no period's label and sends no object
for an empty one. The number of periods is bounded (``MAX_PERIODS``): an
interval that would give more bars than a chart can draw is coarsened to the
finest one that fits, and the answer says which was asked.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

INTERVALS = ("day", "week", "month", "quarter")  # finest first
QUADS = (0, 1, 2, 3, 4)  # redline.events.ontology.QUAD_NAMES
MIN_CHART_PERIODS = 7  # a chart shows at least this many periods (empty ones around the data)
# Bars on one axis at most: 400 bars in a direction's panel (about 650 px at
# 1400 px wide, 750 px on a laptop's half screen) are under two pixels each;
# more are no longer bars. A year of days fits; five years of days do not.
MAX_PERIODS = 400

# The interval a dyad's timeline gets when none is asked: the finest whose bars
# stay countable over the span shown (about 8 to 120 bars).
AUTO_INTERVALS = ((45, "day"), (7 * 60, "week"), (365 * 6, "month"))


def period_of(day: date, interval: str) -> date:
    """The first day of the day, week (Monday), month or quarter holding ``day``."""
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    if interval == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return day


def next_period(day: date, interval: str) -> date:
    """The first day of the period after the one starting on ``day``."""
    if interval == "week":
        return day + timedelta(days=7)
    if interval == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    if interval == "quarter":
        for _ in range(3):
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        return day
    return day + timedelta(days=1)


def previous_period(day: date, interval: str) -> date:
    """The first day of the period before the one starting on ``day``."""
    if interval == "week":
        return day - timedelta(days=7)
    if interval == "month":
        return (day - timedelta(days=1)).replace(day=1)
    if interval == "quarter":
        for _ in range(3):
            day = (day - timedelta(days=1)).replace(day=1)
        return day
    return day - timedelta(days=1)


def choose_interval(first: date | None, last: date | None) -> str:
    """day, week, month or quarter for a timeline from ``first`` to ``last`` (see AUTO_INTERVALS)."""
    if first is None or last is None:
        return "week"
    span = (last - first).days
    for days, interval in AUTO_INTERVALS:
        if span <= days:
            return interval
    return "quarter"


def count_periods(first: date, last: date, interval: str) -> int:
    """How many periods of ``interval`` an axis from ``first`` to ``last`` has
    (counted, not listed: a century of days costs nothing)."""
    a, b = period_of(first, interval), period_of(last, interval)
    if interval == "day":
        n = (b - a).days + 1
    elif interval == "week":
        n = (b - a).days // 7 + 1
    else:
        months = (b.year - a.year) * 12 + b.month - a.month
        n = months // (3 if interval == "quarter" else 1) + 1
    return max(n, MIN_CHART_PERIODS)


def fit_interval(first: date, last: date, interval: str) -> str:
    """``interval``, or the finest coarser one whose axis from ``first`` to
    ``last`` has at most MAX_PERIODS periods (quarter when none has)."""
    for candidate in INTERVALS[INTERVALS.index(interval):]:
        if count_periods(first, last, candidate) <= MAX_PERIODS:
            return candidate
    return "quarter"


def axis(first: date, last: date, interval: str) -> list[date]:
    """Every period from the one holding ``first`` to the one holding ``last``,
    widened on both sides to MIN_CHART_PERIODS, so a chart of one or two
    periods still reads as a timeline."""
    periods, day, end = [], period_of(first, interval), period_of(last, interval)
    while day <= end:
        periods.append(day)
        day = next_period(day, interval)
    while len(periods) < MIN_CHART_PERIODS:
        if len(periods) % 2:
            periods.append(next_period(periods[-1], interval))
        else:
            periods.insert(0, previous_period(periods[0], interval))
    return periods


def columns(daily: list[dict[str, Any]], interval: str, index: dict[date, int]) -> dict[str, Any]:
    """Per-day counts (``queries.one_way_daily``) folded onto the axis: ``{"events",
    "intensity", "quads": {quad: [...]}}``, one entry per period of ``index``
    (period → position), null where the period has no events."""
    size = len(index)
    n: list[int | None] = [None] * size
    intensity: list[float | None] = [None] * size
    quads: dict[int, list[int | None]] = {q: [None] * size for q in QUADS}
    for day in daily:
        i = index[period_of(day["date"], interval)]
        if n[i] is None:
            n[i], intensity[i] = 0, 0.0
            for q in QUADS:
                quads[q][i] = 0
        n[i] += day["events"]
        intensity[i] += day["intensity"]
        for q, k in day["quads"].items():
            quads[q][i] += k
    return {"events": n, "intensity": [None if x is None else round(x, 3) for x in intensity], "quads": quads}


def totals(cols: dict[str, Any]) -> dict[str, Any]:
    """A direction's (or both's) events, summed intensity and events per quad class."""
    return {"events": sum(x for x in cols["events"] if x),
            "intensity": round(sum(x for x in cols["intensity"] if x), 3),
            "quads": {q: sum(x for x in values if x) for q, values in cols["quads"].items()}}


def peaks(*many: dict[str, Any]) -> tuple[float, int]:
    """The largest summed intensity (either sign, at least 1) and the most events
    of any period in ``many``: the scales two charts share so they compare."""
    reach = max([abs(x) for cols in many for x in cols["intensity"] if x is not None] + [1.0])
    most = max([x for cols in many for x in cols["events"] if x is not None] + [1])
    return reach, most
