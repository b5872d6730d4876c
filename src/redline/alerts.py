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
from dataclasses import dataclass
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


def conflict_days(connection: sa.Connection) -> dict[tuple[str, str], dict[date, tuple[float, int]]]:
    """Per directed family pair, the conflict intensity and number of conflict events of
    each day that has any (grouped in SQL, so 200,000 events come back as at most
    pairs × days rows)."""
    value = sa.func.sum(-events.c.intensity)
    query = (
        sa.select(SOURCE, TARGET, events.c.date, value, sa.func.count())
        .where(*PAIRED, events.c.quad >= 3, events.c.intensity < 0)
        .group_by(SOURCE, TARGET, events.c.date)
    )
    out: dict[tuple[str, str], dict[date, tuple[float, int]]] = defaultdict(dict)
    for source, target, day, total, n in connection.execute(query):
        if source != target:
            out[(source, target)][day] = (float(total or 0.0), n)
    return out


def active_weeks(connection: sa.Connection) -> dict[tuple[str, str], list[date]]:
    """Per directed family pair, every week with any event (conflict or not), in order:
    the pair's history, which decides whether it has enough to judge a spike."""
    query = sa.select(SOURCE, TARGET, events.c.date).where(*PAIRED).group_by(SOURCE, TARGET, events.c.date)
    weeks: dict[tuple[str, str], set[date]] = defaultdict(set)
    for source, target, day in connection.execute(query):
        if source != target:
            weeks[(source, target)].add(week_of(day))
    return {pair: sorted(found) for pair, found in weeks.items()}


def spikes(
    connection: sa.Connection, *, since: date | None = None, until: date | None = None, rule: Rule = Rule()
) -> list[dict[str, Any]]:
    """Weeks whose conflict intensity breaks above the dyad's trailing baseline (see the module)."""
    history = active_weeks(connection)
    out = []
    for pair, days in conflict_days(connection).items():
        weekly: dict[date, float] = defaultdict(float)
        counted: dict[date, int] = defaultdict(int)
        for day, (value, n) in days.items():
            weekly[week_of(day)] += value
            counted[week_of(day)] += n
        seen = history.get(pair, [])
        if not seen:
            continue
        first = seen[0]
        for week in sorted(weekly):
            if (since and week < week_of(since)) or (until and week > until):
                continue
            start = week - timedelta(weeks=rule.baseline_weeks)
            if first > start or counted[week] < rule.min_events:
                continue  # not a full window of history yet, or too few events to call a surge
            if sum(1 for w in seen if w < week) < rule.min_active_weeks:
                continue
            window = [weekly.get(start + timedelta(weeks=i), 0.0) for i in range(rule.baseline_weeks)]
            median = statistics.median(window)
            mad = statistics.median(abs(v - median) for v in window)
            threshold = median + rule.k * max(mad * MAD_TO_SD, rule.min_scale)
            value = weekly[week]
            if value > threshold:
                out.append({
                    "kind": "spike", "source": pair[0], "target": pair[1], "week": week,
                    "value": round(value, 3), "conflict_events": counted[week],
                    "baseline": {"median": round(median, 3), "mad": round(mad, 3), "threshold": round(threshold, 3),
                                 "weeks": rule.baseline_weeks, "k": rule.k},
                })
    _spike_events(connection, out)
    return out


def _spike_events(connection: sa.Connection, found: list[dict[str, Any]]) -> None:
    """The conflict events of each spike's dyad and week (ids, most intense first),
    read in one pass over the spikes' date range rather than one query per spike
    (the family expressions have no index)."""
    if not found:
        return
    wanted = {(a["source"], a["target"], a["week"]): a for a in found}
    first, last = min(a["week"] for a in found), max(a["week"] for a in found) + timedelta(days=6)
    query = (
        sa.select(events.c.id, SOURCE, TARGET, events.c.date, events.c.intensity)
        .where(*PAIRED, events.c.quad >= 3, events.c.date >= first, events.c.date <= last)
    )
    hits: dict[tuple[str, str, date], list[tuple[float, int]]] = defaultdict(list)
    for event_id, source, target, day, intensity in connection.execute(query):
        key = (source, target, week_of(day))
        if key in wanted:
            hits[key].append((intensity or 0.0, event_id))
    for key, alert in wanted.items():
        alert["events"] = [event_id for _, event_id in sorted(hits.get(key, []))[:MAX_EVENT_IDS]]


def red_line_kind(type: str, mode: str | None, cameo: str | None) -> str:
    """A red line's kind as a person reads it: "demand (change)", "threat (violence)", "ultimatum", "rejection"."""
    if type == "THREATEN" and (cameo or "").startswith(ULTIMATUM_CAMEO):
        return "ultimatum"
    label = {"REQUEST": "demand", "THREATEN": "threat", "REJECT": "rejection"}[type]
    return f"{label} ({mode})" if mode else label


def red_lines(
    connection: sa.Connection, *, since: date | None = None, until: date | None = None
) -> list[dict[str, Any]]:
    """New red lines and escalations (see the module), read in date order over
    the whole history, reported from ``since`` to ``until``."""
    query = (
        sa.select(events.c.id, events.c.date, SOURCE, TARGET, events.c.type, events.c.mode, events.c.cameo,
                  events.c.intensity)
        .where(*PAIRED, events.c.type.in_(RED_LINE_TYPES), events.c.quad >= 3, events.c.negated.is_(False))
        .order_by(events.c.date, events.c.id)
    )
    kinds_seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    highest: dict[tuple[str, str], float] = {}
    grouped: dict[tuple[str, str, str, date, str], dict[str, Any]] = {}
    for event_id, day, source, target, type, mode, cameo, intensity in connection.execute(query):
        if source == target:
            continue
        pair = (source, target)
        kind = red_line_kind(type, mode, cameo)
        strength = -(intensity or 0.0)
        new = kind not in kinds_seen[pair]
        previous = highest.get(pair)
        escalates = previous is not None and strength > previous
        kinds_seen[pair].add(kind)
        highest[pair] = max(strength, previous if previous is not None else strength)
        if not (new or escalates):
            continue
        reported = not ((since and day < since) or (until and day > until))
        if not reported:
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
    found = spikes(connection, since=since_day, until=until_day, rule=rule)
    found += red_lines(connection, since=since_day, until=until_day)
    for alert in found:
        alert["summary"] = summary(alert)
    found.sort(key=lambda a: (-a["week"].toordinal(), ORDER[a["kind"]], a["source"], a["target"]))
    return found


def to_json(alert: dict[str, Any]) -> dict[str, Any]:
    """An alert with its week as YYYY-MM-DD, the week's last day (``week_end``), and
    ``events_url``: the web events browser's path listing the dyad's events that week."""
    week, end = alert["week"], alert["week"] + timedelta(days=6)
    query = {"source": alert["source"], "target": alert["target"], "since": week.isoformat(), "until": end.isoformat()}
    return {**alert, "week": week.isoformat(), "week_end": end.isoformat(), "events_url": "/events?" + urlencode(query)}


__all__ = ["BASELINE_WEEKS", "K", "MIN_SCALE", "Rule", "detect", "red_lines", "spikes", "summary", "to_json"]
