"""Early warning: weeks when a dyad's conflict breaks above its own baseline,
and new red lines (the first demand, threat, ultimatum or rejection of a
kind between two actors, or one more intense than any before).

    from redline.alerts import detect
    with engine.connect() as conn:
        alerts = detect(conn, since="2024-01-01")

Dyads are *directed* pairs of actor families (``redline.store.codes``:
RUSGOV and RUSMIL are RUS, NATO's codes are NATO's family), so "Russia
threatens Ukraine" and "Ukraine threatens Russia" are watched apart; events
within one family are no dyad. Weeks start on Monday.

**Spikes.** A dyad's weekly *conflict intensity* is the summed PLOVER
intensity of its conflict events (quad 3 and 4), as a positive number. A week
is flagged when it is above ``median + K * scale`` of the previous
``BASELINE_WEEKS`` weeks (weeks without events count as 0), where ``scale``
is the MAD (median absolute deviation from that median) times 1.4826 (so it
estimates a standard deviation), but at least ``MIN_SCALE``: a dyad that was
perfectly steady, or silent, is not flagged for one more threat or one
attack; and the week needs ``MIN_EVENTS`` conflict events. A dyad has
*enough history* when its first event is at least ``BASELINE_WEEKS`` weeks
before the week and it had events in at least ``MIN_ACTIVE_WEEKS`` earlier
weeks. Median and MAD are robust: one earlier spike in the window does not
raise the bar the way a mean and standard deviation would.

**Red lines.** Demands (a REQUEST scored as conflict), threats, ultimatums
(a THREATEN with CAMEO 139) and rejections. A *new red line* is the first of
its kind (the type and PLOVER mode: "threat (violence)") from one actor to
another; an *escalation* is one whose conflict intensity is above every
earlier demand, threat, ultimatum or rejection between the pair. Alerts of
one dyad, week and kind are one alert listing all their events.

Each alert is a dict: ``kind`` (spike | red_line | escalation), ``source``,
``target``, ``week`` (its Monday), ``value`` with ``baseline`` (median, mad,
threshold, weeks) for spikes or ``red_line`` (the kind, intensity and the
previous highest) for the others, ``events`` (ids) and ``summary`` (a line
for a person).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa

from redline.store.query import parse_day
from redline.store.schema import events

BASELINE_WEEKS = 12  # the trailing window a week is compared with
K = 3.0  # how many (robust) standard deviations above the median is a spike
MIN_SCALE = 3.0  # the least spread assumed, in intensity units (a silent dyad's bar is 9: above one assault)
MIN_EVENTS = 3  # conflict events a week needs to be a spike (one or two reports are no surge)
MIN_ACTIVE_WEEKS = 2  # earlier weeks with events a dyad needs before its spikes count
MAD_TO_SD = 1.4826  # MAD × this estimates the standard deviation of normal data
MAX_EVENT_IDS = 50  # event ids listed in one alert (its link finds them all)

RED_LINE_TYPES = ("REQUEST", "THREATEN", "REJECT")
ULTIMATUM_CAMEO = "139"


@dataclass(frozen=True)
class Rule:
    """The spike rule's parameters (module defaults; tests and callers may change them)."""

    baseline_weeks: int = BASELINE_WEEKS
    k: float = K
    min_scale: float = MIN_SCALE
    min_events: int = MIN_EVENTS
    min_active_weeks: int = MIN_ACTIVE_WEEKS


def week_of(day: date) -> date:
    """The Monday that starts ``day``'s week."""
    return day - timedelta(days=day.weekday())


def _family(code: sa.Column, country: sa.Column) -> sa.ColumnElement[str]:
    return sa.func.coalesce(country, code)


SOURCE = _family(events.c.source_code, events.c.source_country)
TARGET = _family(events.c.target_code, events.c.target_country)
PAIRED = (events.c.source_code.is_not(None), events.c.target_code.is_not(None), events.c.date.is_not(None))


@dataclass
class Weekly:
    """One directed pair's history, week by week (weeks are Mondays)."""

    active: set[date] = field(default_factory=set)  # weeks with any event between them
    conflict: dict[date, float] = field(default_factory=lambda: defaultdict(float))  # summed conflict intensity
    ids: dict[date, list[tuple[float, int]]] = field(default_factory=lambda: defaultdict(list))  # (intensity, id)


@dataclass
class Scan:
    """What one pass over the events gives: every pair's weekly history, and
    the red-line events in date order."""

    pairs: dict[tuple[str, str], Weekly] = field(default_factory=lambda: defaultdict(Weekly))
    red_line_events: list[tuple[int, date, str, str, str, str | None, str | None, float]] = field(default_factory=list)


def scan(connection: sa.Connection, until: date | None = None) -> Scan:
    """Read every paired, dated event (up to ``until``) once.

    One query fetched whole (``.all()``: row-by-row fetching costs more than the
    query) and folded here, rather than a grouped query per figure: the spike
    rule needs weekly sums, counts and the ids behind them, and the red lines
    need the events in order; a family is an expression no index serves, so
    each extra query would read the table again.
    """
    where = list(PAIRED)
    if until is not None:
        where.append(events.c.date <= until)
    # the date as the driver gives it (SQLite: text; converted once per distinct day below, not per row)
    raw_day = sa.type_coerce(events.c.date, sa.String)
    query = sa.select(events.c.id, raw_day, SOURCE, TARGET, events.c.type, events.c.mode, events.c.cameo,
                      events.c.intensity, events.c.quad, events.c.negated).where(*where)
    out = Scan()
    days: dict[Any, tuple[date, date]] = {}  # as fetched → (day, its week)
    for event_id, raw, source, target, type, mode, cameo, intensity, quad, negated in connection.execute(query).all():
        if source == target:
            continue
        known = days.get(raw)
        if known is None:
            day = raw if isinstance(raw, date) else date.fromisoformat(str(raw)[:10])
            known = days[raw] = (day, week_of(day))
        day, week = known
        pair = out.pairs[(source, target)]
        pair.active.add(week)
        if quad is None or quad < 3:
            continue
        strength = -(intensity or 0.0)
        if strength > 0:
            pair.conflict[week] += strength
            pair.ids[week].append((intensity, event_id))
        if type in RED_LINE_TYPES and not negated:
            out.red_line_events.append((event_id, day, source, target, type, mode, cameo, strength))
    out.red_line_events.sort(key=lambda e: (e[1], e[0]))  # date order, then id (sorted here: cheaper than in SQL)
    return out


def spikes(
    found: Scan, *, since: date | None = None, until: date | None = None, rule: Rule = Rule()
) -> list[dict[str, Any]]:
    """Weeks whose conflict intensity breaks above the dyad's trailing baseline (see the module)."""
    out = []
    for pair, weekly in found.pairs.items():
        if not weekly.conflict:
            continue
        seen = sorted(weekly.active)
        first = seen[0]
        for week in sorted(weekly.conflict):
            if (since and week < week_of(since)) or (until and week > until):
                continue
            count = len(weekly.ids[week])
            start = week - timedelta(weeks=rule.baseline_weeks)
            if first > start or count < rule.min_events:
                continue  # not a full window of history yet, or too few events to call a surge
            if bisect_left(seen, week) < rule.min_active_weeks:
                continue
            window = [weekly.conflict.get(start + timedelta(weeks=i), 0.0) for i in range(rule.baseline_weeks)]
            median = statistics.median(window)
            mad = statistics.median([abs(v - median) for v in window])
            threshold = median + rule.k * max(mad * MAD_TO_SD, rule.min_scale)
            value = weekly.conflict[week]
            if value > threshold:
                out.append({
                    "kind": "spike", "source": pair[0], "target": pair[1], "week": week,
                    "value": round(value, 3), "conflict_events": count,
                    "baseline": {"median": round(median, 3), "mad": round(mad, 3), "threshold": round(threshold, 3),
                                 "weeks": rule.baseline_weeks, "k": rule.k},
                    # most intense first (the most negative intensity)
                    "events": [event_id for _, event_id in sorted(weekly.ids[week])[:MAX_EVENT_IDS]],
                })
    return out


def red_line_kind(type: str, mode: str | None, cameo: str | None) -> str:
    """A red line's kind as a person reads it: "demand (change)", "threat (violence)", "ultimatum", "rejection"."""
    if type == "THREATEN" and (cameo or "").startswith(ULTIMATUM_CAMEO):
        return "ultimatum"
    label = {"REQUEST": "demand", "THREATEN": "threat", "REJECT": "rejection"}[type]
    return f"{label} ({mode})" if mode else label


def red_lines(found: Scan, *, since: date | None = None, until: date | None = None) -> list[dict[str, Any]]:
    """New red lines and escalations (see the module), read in date order over
    the whole history, reported from ``since`` to ``until``."""
    kinds_seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    highest: dict[tuple[str, str], float] = {}
    grouped: dict[tuple[str, str, str, date, str], dict[str, Any]] = {}
    for event_id, day, source, target, type, mode, cameo, strength in found.red_line_events:
        pair = (source, target)
        kind = red_line_kind(type, mode, cameo)
        new = kind not in kinds_seen[pair]
        previous = highest.get(pair)
        escalates = previous is not None and strength > previous
        kinds_seen[pair].add(kind)
        highest[pair] = max(strength, previous if previous is not None else strength)
        if not (new or escalates) or (since and day < since) or (until and day > until):
            continue
        alert_kind = "red_line" if new else "escalation"
        week = week_of(day)
        key = (alert_kind, source, target, week, kind)
        alert = grouped.get(key)
        if alert is None:
            alert = grouped[key] = {
                "kind": alert_kind, "source": source, "target": target, "week": week,
                "value": round(strength, 3),
                "red_line": {"kind": kind, "intensity": round(strength, 3),
                             "previous_highest": round(previous, 3) if previous is not None else None},
                "events": [],
            }
        if strength > alert["value"]:
            alert["value"] = alert["red_line"]["intensity"] = round(strength, 3)
        if len(alert["events"]) < MAX_EVENT_IDS:
            alert["events"].append(event_id)
    return list(grouped.values())


def summary(alert: dict[str, Any]) -> str:
    """One line saying what was found, against what."""
    dyad = f"{alert['source']} → {alert['target']}"
    week = alert["week"].isoformat() if isinstance(alert["week"], date) else alert["week"]
    if alert["kind"] == "spike":
        base = alert["baseline"]
        return (f"{dyad}, week of {week}: conflict intensity {alert['value']:g} against a median of "
                f"{base['median']:g} over the previous {base['weeks']} weeks (threshold {base['threshold']:g})")
    line = alert["red_line"]
    if alert["kind"] == "red_line":
        return f"{dyad}, week of {week}: first {line['kind']} between them (intensity {line['intensity']:g})"
    return (f"{dyad}, week of {week}: {line['kind']} of intensity {line['intensity']:g}, above the highest before "
            f"({line['previous_highest']:g})")


ORDER = {"spike": 0, "escalation": 1, "red_line": 2}


def detect(
    connection: sa.Connection,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    rule: Rule = Rule(),
) -> list[dict[str, Any]]:
    """Every alert from ``since`` to ``until`` (inclusive; the history before
    ``since`` still sets the baselines), newest week first, each with its
    ``summary``; dates stay ``date`` objects (``to_json`` makes them text).

    RAISES (QueryError): a date that is not YYYY-MM-DD.
    """
    since_day, until_day = parse_day(since, "since"), parse_day(until, "until")
    history = scan(connection, until=until_day)
    found = spikes(history, since=since_day, until=until_day, rule=rule)
    found += red_lines(history, since=since_day, until=until_day)
    for alert in found:
        alert["summary"] = summary(alert)
    found.sort(key=lambda a: (-a["week"].toordinal(), ORDER[a["kind"]], a["source"], a["target"]))
    return found


def fingerprint(connection: sa.Connection) -> tuple[Any, ...]:
    """A cheap summary of the events table that changes whenever detection's input
    can: rows added or deleted (count, highest and summed ids) or rewritten in the
    fields detection reads (summed intensity and quad). The store never updates
    those fields in place (a merged report changes only offsets and location), so
    equal fingerprints mean equal alerts; one aggregate scan, no sort."""
    row = connection.execute(sa.select(
        sa.func.count(), sa.func.max(events.c.id), sa.func.sum(events.c.id),
        sa.func.sum(events.c.intensity), sa.func.sum(events.c.quad), sa.func.max(events.c.date),
    ).select_from(events)).one()
    return tuple(round(v, 6) if isinstance(v, float) else v for v in row)


def to_json(alert: dict[str, Any]) -> dict[str, Any]:
    """An alert with its week as YYYY-MM-DD, the week's last day (``week_end``), and
    ``events_url``: the web events browser's path listing the dyad's events that week."""
    week, end = alert["week"], alert["week"] + timedelta(days=6)
    query = {"source": alert["source"], "target": alert["target"], "since": week.isoformat(), "until": end.isoformat()}
    return {**alert, "week": week.isoformat(), "week_end": end.isoformat(), "events_url": "/events?" + urlencode(query)}


__all__ = ["BASELINE_WEEKS", "K", "MIN_SCALE", "Rule", "Scan", "detect", "fingerprint", "red_lines", "scan", "spikes", "summary", "to_json"]
