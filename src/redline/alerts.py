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

**How it reads the store.** Nothing holds the corpus: the store keeps each
pair's weekly sums as events are written (``event_pair_weeks``, triggers of
migration 0006), detection reads them pair by pair (or, when they do not
count every event or ``until`` is given, the database sums the events: GROUP
BY family pair and week), the rule runs over those sums, and a flagged week's
events are then fetched for it alone (``attach_spike_events``; the web app
fetches them only for the alerts it shows); red lines stream pair by pair in
date order, keeping one pair's kinds and highest strength.
``ix_events_family_dyad`` (migration 0005) serves the reads of events from the
index. SQLite and PostgreSQL (their own week arithmetic).

Each alert is a dict: ``kind`` (spike | red_line | escalation), ``source``,
``target``, ``week`` (its Monday), ``value`` with ``baseline`` (median, mad,
threshold, weeks) for spikes or ``red_line`` (the kind, intensity and the
previous highest) for the others, ``events`` (ids) and ``summary`` (a line
for a person).
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa

from redline.store.query import QueryError, parse_day
from redline.store.schema import event_pair_weeks, events

log = logging.getLogger(__name__)

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


def week_expression(dialect: str) -> sa.ColumnElement[Any]:
    """The Monday of an event's week, computed by the database (one value per row
    the GROUP BY folds). SQLite: text 'YYYY-MM-DD'; PostgreSQL: a date."""
    if dialect == "sqlite":
        # 'weekday 0' moves forward to the Sunday ending the week (or stays on it); 6 days back is its Monday
        return sa.func.date(events.c.date, "weekday 0", "-6 days")
    if dialect == "postgresql":
        return sa.cast(sa.func.date_trunc("week", events.c.date), sa.Date)  # ISO weeks start on Monday
    raise QueryError(f"Q010 early warning supports SQLite and PostgreSQL, not {dialect}")


def _as_day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


# A conflict event with a strength to add (PLOVER intensity is negative for conflict).
CONFLICT = sa.and_(events.c.quad >= 3, events.c.intensity < 0)


def _scope(until: date | None) -> list[sa.ColumnElement[bool]]:
    """Detection's input: paired, dated events between two families (up to ``until``)."""
    where = [*PAIRED, SOURCE != TARGET]
    if until is not None:
        where.append(events.c.date <= until)
    return where


def weekly_totals(
    connection: sa.Connection, until: date | None = None, *, at_least: tuple[float, int] | None = None
) -> Iterator[tuple[tuple[str, str], dict[date, tuple[int, float, int]]]]:
    """Every directed pair's history, one pair at a time: ``(pair, {week: (events,
    conflict intensity, conflict events)})``.

    Read from ``event_pair_weeks`` (the sums the store keeps as events are
    written, migration 0006) when it holds every event detection counts;
    otherwise, or up to an ``until`` that may end mid-week, aggregated from
    the events (GROUP BY pair and week). Either way streamed in pair order, so
    Python holds one pair's weeks at a time, never the events.

    at_least ((conflict, conflict events) | None): pairs none of whose weeks has
    more conflict intensity and at least as many conflict events may be left
    out (the kept sums leave them out: they cannot have a spike).
    """
    if until is None and stored_sums_agree(connection):
        return _stored_totals(connection, at_least)
    return _summed_totals(connection, until)


def stored_sums_agree(connection: sa.Connection) -> bool:
    """Whether ``event_pair_weeks`` exists and its sums count every event detection
    counts (events and conflict events): a check of two aggregates, so sums that
    fell out of step (triggers dropped by hand) are never used."""
    if not sa.inspect(connection).has_table(event_pair_weeks.name):
        return False
    stored = connection.execute(sa.select(
        sa.func.coalesce(sa.func.sum(event_pair_weeks.c.events), 0),
        sa.func.coalesce(sa.func.sum(event_pair_weeks.c.conflict_events), 0),
    )).one()
    counted = connection.execute(sa.select(
        sa.func.count(), sa.func.coalesce(sa.func.sum(sa.case((CONFLICT, 1), else_=0)), 0),
    ).where(*_scope(None))).one()
    if tuple(stored) == tuple(counted):
        return True
    log.warning("early warning: event_pair_weeks (%s events) disagrees with the events table (%s); "
                "summing the events instead", stored[0], counted[0])
    return False


def _stored_totals(
    connection: sa.Connection, at_least: tuple[float, int] | None = None
) -> Iterator[tuple[tuple[str, str], dict[date, tuple[int, float, int]]]]:
    sums = event_pair_weeks.c
    query = (
        sa.select(sums.source, sums.target, sums.week, sums.events, sums.conflict, sums.conflict_events)
        .order_by(sums.source, sums.target, sums.week)
    )
    if at_least is not None:
        # only pairs with a week that could be a spike (about half the rows on the benchmarks' corpora)
        could = sa.select(sums.source, sums.target).where(sums.conflict > at_least[0], sums.conflict_events >= at_least[1])
        query = query.where(sa.tuple_(sums.source, sums.target).in_(could))
    # Read through the driver's own cursor, in batches: one row per pair-week and
    # nothing to convert, and SQLAlchemy's rows cost more than the read itself
    # (90,000 pair-weeks: 70 ms as plain tuples, 180 ms as Rows). On PostgreSQL
    # the client holds the result (six small fields a row), not the events.
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})))

        def rows() -> Iterator[Any]:
            while batch := cursor.fetchmany(5000):
                yield from batch

        yield from _by_pair(rows(), typed=True)
    finally:
        cursor.close()


def _summed_totals(connection: sa.Connection, until: date | None) -> Iterator[tuple[tuple[str, str], dict[date, tuple[int, float, int]]]]:
    week = week_expression(connection.dialect.name).label("week")
    strength = sa.case((CONFLICT, -events.c.intensity), else_=0.0)
    query = (
        sa.select(SOURCE.label("source"), TARGET.label("target"), week, sa.func.count(),
                  sa.func.sum(strength), sa.func.sum(sa.case((CONFLICT, 1), else_=0)))
        .where(*_scope(until))
        .group_by(sa.literal_column("source"), sa.literal_column("target"), sa.literal_column("week"))
        .order_by(sa.literal_column("source"), sa.literal_column("target"), sa.literal_column("week"))
    )
    yield from _by_pair(connection.execution_options(stream_results=True, yield_per=5000).execute(query))


def _by_pair(rows: Iterable[Any], typed: bool = False) -> Iterator[tuple[tuple[str, str], dict[date, tuple[int, float, int]]]]:
    """(source, target, week, events, conflict, conflict events) rows in pair order, one pair at a time.

    typed: the kept sums, whose values come typed from the driver: no
    conversions per row (they were most of the read's time)."""
    pair: tuple[str, str] | None = None
    weeks: dict[date, tuple[int, float, int]] = {}
    mondays: dict[Any, date] = {}  # as fetched → the date (converted once per distinct week, not per row)
    for source, target, monday, count, conflict, conflict_count in rows:
        if pair is None or source != pair[0] or target != pair[1]:
            if pair is not None:
                yield pair, weeks
            pair, weeks = (source, target), {}
        day = mondays.get(monday)
        if day is None:
            day = mondays[monday] = _as_day(monday)
        if typed:
            # a sum kept by adding and taking away may leave a float's residue where no conflict is left
            weeks[day] = (count, conflict if conflict > 1e-9 else 0.0, conflict_count)
        else:
            weeks[day] = (count, float(conflict or 0.0), int(conflict_count or 0))
    if pair is not None:
        yield pair, weeks


def _median(ordered: list[float]) -> float:
    """The median of a sorted list (as ``statistics.median``, without its overhead:
    it runs once or twice for every week of every pair)."""
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def flagged_weeks(
    totals: Iterable[tuple[tuple[str, str], dict[date, tuple[int, float, int]]]],
    *, since: date | None = None, until: date | None = None, rule: Rule = Rule(),
) -> list[dict[str, Any]]:
    """The spikes among ``weekly_totals`` (see the module), without their events."""
    out = []
    first_week = week_of(since).toordinal() if since else None
    last_day = until.toordinal() if until else None
    span = 7 * rule.baseline_weeks
    floor = rule.k * rule.min_scale  # the lowest threshold there can be: median 0, spread min_scale
    for pair, weekly in totals:
        # weeks as day numbers (Mondays, 7 apart): the window is a range of them
        conflict = {week.toordinal(): (value, n) for week, (_, value, n) in weekly.items() if value > 0}
        if not conflict:
            continue
        seen = sorted(week.toordinal() for week in weekly)  # weeks with any event between them
        first = seen[0]
        for week in sorted(conflict):
            if (first_week is not None and week < first_week) or (last_day is not None and week > last_day):
                continue
            value, count = conflict[week]
            start = week - span
            if first > start or count < rule.min_events:
                continue  # not a full window of history yet, or too few events to call a surge
            if value <= floor:
                continue  # under any threshold (the median is never negative), so no window is built
            if bisect_left(seen, week) < rule.min_active_weeks:
                continue
            window = sorted(conflict[w][0] if w in conflict else 0.0 for w in range(start, week, 7))
            median = _median(window)
            mad = _median(sorted(abs(v - median) for v in window))
            threshold = median + rule.k * max(mad * MAD_TO_SD, rule.min_scale)
            if value > threshold:
                out.append({
                    "kind": "spike", "source": pair[0], "target": pair[1], "week": date.fromordinal(week),
                    "value": round(value, 3), "conflict_events": count,
                    "baseline": {"median": round(median, 3), "mad": round(mad, 3), "threshold": round(threshold, 3),
                                 "weeks": rule.baseline_weeks, "k": rule.k},
                    "events": [],
                })
    return out


def attach_spike_events(connection: sa.Connection, found: list[dict[str, Any]]) -> None:
    """Fill each spike's ``events``: its week's conflict events, most intense first
    (the most negative intensity), then by id, at most ``MAX_EVENT_IDS``.

    Only flagged weeks are read: one seek per spike on ``ix_events_family_dyad``
    (source family, target family, date).
    """
    query = (
        sa.select(events.c.id)
        .where(*_scope(None), CONFLICT, SOURCE == sa.bindparam("source"), TARGET == sa.bindparam("target"),
               events.c.date >= sa.bindparam("first", type_=sa.Date), events.c.date <= sa.bindparam("last", type_=sa.Date))
        .order_by(events.c.intensity, events.c.id)
        .limit(MAX_EVENT_IDS)
    )
    for alert in found:
        week = alert["week"]
        alert["events"] = list(connection.execute(query, {
            "source": alert["source"], "target": alert["target"], "first": week, "last": week + timedelta(days=6),
        }).scalars())


def spikes(
    connection: sa.Connection, *, since: date | None = None, until: date | None = None, rule: Rule = Rule(),
    with_events: bool = True,
) -> list[dict[str, Any]]:
    """Weeks whose conflict intensity breaks above the dyad's trailing baseline (see
    the module); ``with_events=False`` leaves each spike's ``events`` None, for
    ``attach_spike_events`` to fill for those shown."""
    at_least = (rule.k * rule.min_scale, rule.min_events)  # a spike's lowest possible threshold and its events
    found = flagged_weeks(weekly_totals(connection, until, at_least=at_least), since=since, until=until, rule=rule)
    if with_events:
        attach_spike_events(connection, found)
    else:
        for alert in found:
            alert["events"] = None
    return found


def red_line_kind(type: str, mode: str | None, cameo: str | None) -> str:
    """A red line's kind as a person reads it: "demand (change)", "threat (violence)", "ultimatum", "rejection"."""
    if type == "THREATEN" and (cameo or "").startswith(ULTIMATUM_CAMEO):
        return "ultimatum"
    label = {"REQUEST": "demand", "THREATEN": "threat", "REJECT": "rejection"}[type]
    return f"{label} ({mode})" if mode else label


def red_line_events(connection: sa.Connection, until: date | None = None) -> sa.Result[Any]:
    """Every demand, threat, ultimatum and rejection (up to ``until``) ordered by
    pair, then date and id, streamed: ``ix_events_family_dyad`` gives that order
    without sorting the table. Rows: id, day, source, target, type, mode, cameo,
    strength."""
    source, target = SOURCE.label("source"), TARGET.label("target")
    query = (
        sa.select(events.c.id, sa.type_coerce(events.c.date, sa.String), source, target, events.c.type, events.c.mode,
                  events.c.cameo, -sa.func.coalesce(events.c.intensity, 0.0))
        .where(*_scope(until), events.c.quad >= 3, events.c.type.in_(RED_LINE_TYPES), sa.not_(events.c.negated))
        .order_by(SOURCE, TARGET, events.c.date, events.c.id)
    )
    return connection.execution_options(stream_results=True, yield_per=5000).execute(query)


def red_lines(
    connection: sa.Connection, *, since: date | None = None, until: date | None = None
) -> list[dict[str, Any]]:
    """New red lines and escalations (see the module), judged over the whole
    history pair by pair in date order, reported from ``since`` to ``until``.
    Memory holds one pair's kinds and highest strength, and the alerts."""
    kinds_seen: set[str] = set()
    highest: float | None = None
    pair: tuple[str, str] | None = None
    grouped: dict[tuple[str, str, str, date, str], dict[str, Any]] = {}
    days: dict[Any, date] = {}  # as fetched → the day (converted once per distinct day)
    for event_id, raw, source, target, type, mode, cameo, strength in red_line_events(connection, until):
        if (source, target) != pair:
            pair, kinds_seen, highest = (source, target), set(), None
        day = days.get(raw)
        if day is None:
            day = days[raw] = _as_day(raw)
        kind = red_line_kind(type, mode, cameo)
        new = kind not in kinds_seen
        previous = highest
        escalates = previous is not None and strength > previous
        kinds_seen.add(kind)
        highest = strength if previous is None else max(strength, previous)
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
    with_events: bool = True,
) -> list[dict[str, Any]]:
    """Every alert from ``since`` to ``until`` (inclusive; the history before
    ``since`` still sets the baselines), newest week first, each with its
    ``summary``; dates stay ``date`` objects (``to_json`` makes them text).
    ``with_events=False``: spikes' ``events`` are None until ``attach_spike_events``
    (one seek per spike; a page showing the latest alerts needs few of them).

    RAISES (QueryError): a date that is not YYYY-MM-DD.
    """
    since_day, until_day = parse_day(since, "since"), parse_day(until, "until")
    found = spikes(connection, since=since_day, until=until_day, rule=rule, with_events=with_events)
    found += red_lines(connection, since=since_day, until=until_day)
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


__all__ = [
    "BASELINE_WEEKS",
    "MIN_SCALE",
    "K",
    "Rule",
    "attach_spike_events",
    "detect",
    "fingerprint",
    "flagged_weeks",
    "red_line_events",
    "red_lines",
    "spikes",
    "stored_sums_agree",
    "summary",
    "to_json",
    "weekly_totals",
]
