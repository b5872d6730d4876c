"""One data function per page: each returns the dict that the HTML template
renders and that the API serves as JSON (``?format=json`` or the ``/api``
twin), so the browser and a program always see the same thing.

Every function takes an open Connection and plain filter values, and returns
JSON-ready data (dates as ISO strings). Bad filter values raise
``QueryError`` (400); a missing article or actor raises ``NotFound`` (404).
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa

from redline.events.ontology import QUAD_NAMES
from redline.serve import charts, maps, queries, timeline
from redline.serve.segments import Mark, segments
from redline.serve.timeline import MIN_CHART_PERIODS, period_of
from redline.serve.timeline import next_period as _next_period
from redline.serve.timeline import previous_period as _previous_period
from redline.store.codes import actor_family, is_code, split_code
from redline.store.query import (
    QueryError,
    counts,
    duplicates_of,
    event_reports,
    parse_day,
)
from redline.store.schema import actors, events

INTERVALS = timeline.INTERVALS
MAX_FILLED_PERIODS = 1000  # periods with no events are shown as zero up to this many
MAX_ROW_ID = 2**63 - 1  # the largest integer SQLite and PostgreSQL's bigint hold

# The dyad page's side panel: what each list holds (type filter for queries.type_clause).
KEY_EVENTS = {"demands": "DEMAND", "threats": "THREATEN", "rejections": "REJECT", "agreements": "AGREE"}
# The latest this many of each list per direction; the rest are a link away, in the
# events browser with the same filters (400 cards made a page no one reads).
KEY_EVENTS_LIMIT = 20

SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
    "BUS": "business", "MED": "media", "CVL": "civilians", "REB": "rebels", "OPP": "opposition",
    "HLH": "health", "EDU": "education", "REF": "refugees", "POL": "politicians",
    "IGO": "intergovernmental organisation", "NGO": "non-governmental organisation",
}


class NotFound(LookupError):
    """No such article or actor."""


# -- shared pieces ----------------------------------------------------------


@functools.cache
def _country_names() -> dict[str, str]:
    from redline.actors.dictionaries import builtin_tables

    return {code: country.name for code, country in builtin_tables().countries.items()}


@functools.cache
def _organisation_names() -> dict[str, str]:
    """Organisation code → acronym, for codes the built-in table gives one organisation
    first ("IGOWSTNAT" → "NATO"); the bare "IGO"/"NGO" keep their generic names."""
    from redline.actors.dictionaries import builtin_tables

    out: dict[str, str] = {}
    for org in builtin_tables().organizations.values():
        code = org.code.upper()
        if code not in ("IGO", "NGO"):
            out.setdefault(code, org.acronym)
    return out


def actor_label(code: str | None) -> str | None:
    """A readable name for an actor code: "RUSGOV" → "Russia · government",
    "IGOWSTNATMIL" → "NATO · military" (where the organisation table names the code)."""
    if not code:
        return None
    code = code.upper()
    if code in SECTOR_NAMES:
        return SECTOR_NAMES[code]
    family, sector = split_code(code)
    if family is None:
        family, sector = code[:3], code[3:] or None
    name = (_country_names().get(family) or _organisation_names().get(family) or SECTOR_NAMES.get(family)
            or SECTOR_NAMES.get(family[:3]))
    if name is None:
        return code
    if not sector:
        return name
    return f"{name} · {SECTOR_NAMES.get(sector, sector)}"


@functools.cache
def _resolver() -> Any:
    from redline.actors import ActorResolver

    return ActorResolver()


@functools.lru_cache(maxsize=4096)
def resolve_name(name: str) -> str | None:
    """The actor code a name or acronym resolves to ("NATO" → its organisation
    code, "Russia" → "RUS", "the Kremlin" → "RUSGOV"), or None; cached."""
    found = _resolver().resolve(name.strip())
    return (found.code or None) if found is not None else None


def resolve_actor(connection: sa.Connection, value: str) -> str:
    """An actor as the pages and the API take it, as a code.

    A code (``RUS``, ``RUSGOV``, ``IGOWSTNAT``, ``GOV``; see
    ``redline.store.codes.is_code``) or a code stored in the actors table is
    itself; anything else is a name or acronym resolved through
    ``ActorResolver`` (``NATO``, ``Russia``, ``UN``). A country or an
    organisation code then covers all its codes (``actor_family``); a code
    with a sector only itself. Unresolvable values come back upper-cased.
    """
    text = value.strip()
    code = text.upper()
    if not code or is_code(code):
        return code
    if connection.execute(sa.select(actors.c.code).where(actors.c.code == code)).first() is not None:
        return code
    return resolve_name(text) or code


def _day(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _filters(**values: Any) -> dict[str, Any]:
    return {key: (_day(value) if isinstance(value, date) else value) for key, value in values.items()}


def _paged(rows: list[dict[str, Any]], limit: int, offset: int) -> tuple[list[dict[str, Any]], int | None]:
    """Rows of one page (queries fetch one extra) and the next page's offset, or None."""
    limit = max(1, min(limit, queries.MAX_LIMIT))
    offset = max(0, offset)
    more = len(rows) > limit
    return rows[:limit], (offset + limit if more else None)


def statement_json(row: dict[str, Any]) -> dict[str, Any]:
    """A statement row as the API shows it."""
    out = {
        "id": row["id"],
        "kind": row["kind"],
        "cue_type": row["cue_type"],
        "speaker": {
            "name": row["speaker_name"], "actor": row["speaker_actor"], "actor_label": actor_label(row["speaker_actor"]),
            "mention": row["speaker_mention"], "role": row["speaker_role"],
            "affiliation": row["speaker_affiliation"], "kind": row["speaker_kind"],
        },
        "cue": row["cue_text"],
        "content": row["content_text"],
        "sentence": [row["sentence_start"], row["sentence_end"]],
        "article": {"id": row["article_id"], "title": row["article_title"], "date": _day(row["date"]),
                    "url": row["article_url"]},
    }
    for key in ("speaker_spans", "cue_spans", "content_spans"):
        if key in row:
            out[key.replace("_spans", "") + "_spans"] = row[key] or []
    return out


def entity_json(row: dict[str, Any]) -> dict[str, Any]:
    """A stored entity (one actor an article refers to) as the API shows it."""
    return {
        "id": row["id"],
        "name": row["name"],
        "code": row["actor"],
        "label": actor_label(row["actor"]),
        "family": actor_family(row["actor"]),
        "kind": row["kind"],
        "role": row["role"],
        "affiliation": row["affiliation"],
        "org": row["org"],
        "mentions": row["mention_count"],
        "spans": row["mentions"] or [],
    }


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """An event row as the API shows it."""
    out = {
        "id": row["id"],
        "date": _day(row["date"]),
        "type": row["type"],
        "mode": row["mode"],
        "source": _party(row, "source"),
        "target": _party(row, "target"),
        "intensity": row["intensity"],
        "quad": row["quad"],
        "quad_name": QUAD_NAMES.get(row["quad"]) if row["quad"] is not None else None,
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "negated": bool(row["negated"]),
        "asserted_by": row["asserted_by"],
        "statement_id": row["statement_id"],
        "evidence": row["evidence"],
        "location": row.get("location"),
        "article": {"id": row["article_id"], "title": row["article_title"]},
    }
    if "trigger_spans" in row:
        out["sentence"] = [row["sentence_start"], row["sentence_end"]]
        out["trigger_spans"] = row["trigger_spans"] or []
    return out


def _party(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    code, text = row[f"{side}_code"], row[f"{side}_text"]
    if code is None and text is None:
        return None
    return {"code": code, "label": actor_label(code), "name": row[f"{side}_name"], "text": text,
            "country": row[f"{side}_country"]}


def padded(series: list[dict[str, Any]], interval: str, empty: dict[str, Any], minimum: int = MIN_CHART_PERIODS) -> list[dict[str, Any]]:
    """``series`` with empty periods added on both sides up to ``minimum`` periods,
    so a chart of one or two periods still reads as a timeline."""
    if not series or len(series) >= minimum:
        return series
    first, last = date.fromisoformat(series[0]["period"]), date.fromisoformat(series[-1]["period"])
    before, after = [], []
    while len(series) + len(before) + len(after) < minimum:
        if len(before) <= len(after):
            first = _previous_period(first, interval)
            before.insert(0, {"period": first.isoformat(), **empty})
        else:
            last = _next_period(last, interval)
            after.append({"period": last.isoformat(), **empty})
    return before + series + after


def check_interval(interval: str) -> str:
    if interval not in INTERVALS:
        raise QueryError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    return interval


def _periods(first: date, last: date, interval: str) -> list[date]:
    """Every period from ``first`` to ``last`` (empty when there are too many to draw)."""
    out, day = [], first
    while day <= last:
        out.append(day)
        if len(out) > MAX_FILLED_PERIODS:
            return []
        day = _next_period(day, interval)
    return out


# -- overview ---------------------------------------------------------------


def overview_data(
    connection: sa.Connection, *, since: str | None = None, until: str | None = None, limit: int = 10
) -> dict[str, Any]:
    """The front page: corpus counts, most active dyads and actors, recent articles, in a date range."""
    limit = max(1, min(limit, 100))
    dyads = queries.top_dyads(connection, since=since, until=until, limit=limit, named_only=True)
    for pair in dyads:
        pair["a_label"], pair["b_label"] = actor_label(pair["a"]), actor_label(pair["b"])
        pair["intensity"] = round(pair["intensity"], 2)
    top = queries.top_actors(connection, since=since, until=until, limit=limit, named_only=True)
    for entry in top:
        entry["label"] = actor_label(entry["code"])
    recent = queries.list_articles(connection, since=since, until=until, limit=limit)[:limit]
    return {
        "filters": _filters(since=since, until=until),
        "counts": counts(connection),
        "dyads": dyads,
        "actors": top,
        "articles": [_article_row(row) for row in recent],
        "map": _map(connection, queries.date_range(events.c.date, since, until),
                    {"since": since, "until": until}, "Where events happened",
                    index="ix_serve_events_date_map" if since or until else None),
    }


def _map(connection: sa.Connection, where: list[Any], link: dict[str, Any], title: str,
         branches: list[Any] | None = None, index: str | None = None) -> dict[str, Any] | None:
    """The page's event map (``maps.event_map``), or None when no event it shows has a place.
    branches: an OR split into its sides (each read from its own index); index: the
    SQLite index to read (see ``maps.map_points``)."""
    points = maps.map_points(connection, where, link=link, branches=branches, index=index)
    return maps.event_map(points, title) if points else None


def _article_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"], "ref": row["ref"], "title": row["title"], "date": _day(row["date"]), "url": row["url"],
        "publisher": row["publisher"], "statements": row["statements"], "events": row["events"],
    }


# -- statements (the search page) -------------------------------------------


def statements_data(
    connection: sa.Connection,
    *,
    q: str | None = None,
    speaker: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Statement search: words in the content, speaker name, speaker actor, date range; newest first."""
    rows = queries.search_statements(
        connection, q=q, speaker=speaker, actor=actor, since=since, until=until, limit=limit, offset=offset
    )
    page, next_offset = _paged(rows, limit, offset)
    return {
        "filters": _filters(q=q, speaker=speaker, actor=actor, since=since, until=until),
        "offset": max(0, offset),
        "next_offset": next_offset,
        "statements": [statement_json(row) for row in page],
    }


# -- suggestions ------------------------------------------------------------


def suggest_data(connection: sa.Connection, *, field: str, q: str = "", limit: int = 10) -> dict[str, Any]:
    """What the search form suggests as someone types in a filter field.

    speaker: names containing the words, with statement counts. actor: the speaker
    actor codes (and their country or organisation, which the filter takes as a
    prefix: ``RUS`` finds ``RUSGOV``) whose code starts with the words or whose
    name contains them ("russ" → RUS, RUSGOV …), with statement counts. Most
    frequent first, at most ``limit`` (20).
    """
    limit = max(1, min(limit, queries.SUGGEST_MAX))
    q = (q or "").strip()
    if field == "speaker":
        found = [{**row, "label": row["value"]} for row in queries.suggest_speakers(connection, q, limit)]
    else:
        needle = q.lower()
        totals: dict[str, int] = {}
        for code, count in queries.speaker_codes(connection):
            family = split_code(code)[0]
            if family and family != code:  # the family as a prefix covers its codes: offered too, summed
                totals[family] = totals.get(family, 0) + count
            totals[code] = totals.get(code, 0) + count
        found = []
        for code, count in totals.items():
            label = actor_label(code) or code
            if not needle or code.lower().startswith(needle) or needle in label.lower():
                found.append({"value": code, "label": label, "count": count})
        found.sort(key=lambda s: (-s["count"], s["value"]))
        found = found[:limit]
    return {"field": field, "q": q, "suggestions": found}


# -- articles ---------------------------------------------------------------


def articles_data(
    connection: sa.Connection,
    *,
    q: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Stored articles (originals), newest first; ``q`` filters on title words."""
    rows = queries.list_articles(connection, q=q, since=since, until=until, limit=limit, offset=offset)
    page, next_offset = _paged(rows, limit, offset)
    return {
        "filters": _filters(q=q, since=since, until=until),
        "offset": max(0, offset),
        "next_offset": next_offset,
        "articles": [_article_row(row) for row in page],
    }


def article_data(connection: sa.Connection, article_id: int) -> dict[str, Any]:
    """One article: its text cut into highlighted segments, its statements and events."""
    if not 0 < article_id <= MAX_ROW_ID:  # no row has it; the database could not even take it
        raise NotFound(f"no article with id {article_id}")
    article = queries.get_article(connection, article_id)
    if article is None:
        raise NotFound(f"no article with id {article_id}")
    statements = queries.article_statements(connection, article_id)
    events = queries.article_events(connection, article_id)
    entities = queries.article_entities(connection, article_id)
    marks: list[Mark] = [Mark(s, e, "boilerplate") for s, e in article["boilerplate"] or []]
    for en in entities:
        marks += [Mark(s, e, "mention", f"en-{en['id']}") for s, e in en["mentions"] or []]
    for st in statements:
        ref = f"st-{st['id']}"
        marks += [Mark(s, e, "content", ref) for s, e in st["content_spans"] or []]
        marks += [Mark(s, e, "cue", ref) for s, e in st["cue_spans"] or []]
        marks += [Mark(s, e, "speaker", ref) for s, e in st["speaker_spans"] or []]
    for ev in events:
        ref = f"ev-{ev['id']}"
        triggers = ev["trigger_spans"] or []
        marks += [Mark(s, e, "trigger", ref) for s, e in triggers]
        if not triggers and ev["sentence_start"] is not None:
            marks.append(Mark(ev["sentence_start"], ev["sentence_end"], "event", ref))
    duplicates = duplicates_of(connection, article_id)
    return {
        "article": {
            "id": article["id"], "ref": article["ref"], "title": article["title"], "date": _day(article["date"]),
            "url": article["url"], "publisher": article["publisher"], "language": article["language"],
            "source": article["source"], "body_start": article["body_start"],
            "boilerplate": article["boilerplate"] or [], "duplicate_of": article["duplicate_of"],
            "duplicates": duplicates, "text": article["text"],
        },
        "actors": [entity_json(row) for row in entities],
        "statements": [statement_json(row) for row in statements],
        "events": [event_json(row) for row in events],
        "segments": segments(article["text"], marks),
    }


# -- events -----------------------------------------------------------------


def events_data(
    connection: sa.Connection,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    involving: str | None = None,
    type: str | None = None,
    mode: str | None = None,
    quad: int | None = None,
    q: str | None = None,
    since: str | None = None,
    until: str | None = None,
    location_country: str | None = None,
    bbox: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> dict[str, Any]:
    """The events browser: events newest first by source (actor), target
    (recipient), either side, type, mode, quad class, words in the evidence
    and date, where it happened (``location_country``, ``bbox``); keyset
    pages (``next_cursor``). Each event carries every article that reported
    it (``reports``); ``map`` shows where the matching events happened."""
    actor, recipient, involving = (
        resolve_actor(connection, value) if value and value.strip() else None for value in (actor, recipient, involving)
    )
    limit = max(1, min(limit, queries.MAX_LIMIT))
    rows = queries.find_events(
        connection, actor=actor, recipient=recipient, involving=involving, type=type, mode=mode, quad=quad, q=q,
        since=since, until=until, location_country=location_country, bbox=bbox, limit=limit, cursor=cursor,
    )
    page = rows[:limit]
    reports = event_reports(connection, [row["id"] for row in page])
    out = []
    for row in page:
        event = event_json(row)
        event["reports"] = reports.get(row["id"], [])
        event["report_count"] = len(event["reports"])
        out.append(event)
    return {
        "filters": _filters(actor=actor, recipient=recipient, involving=involving, type=type, mode=mode, quad=quad,
                            q=q, since=since, until=until, location_country=location_country, bbox=bbox),
        "cursor": cursor or None,
        "next_cursor": queries.make_cursor(page[-1]) if len(rows) > limit else None,
        "quad_names": QUAD_NAMES,
        "events": out,
        "map": _map(connection, queries.event_where(
            source=actor, target=recipient, type=type, mode=mode, quad=quad, q=q,
            since=since, until=until, location_country=location_country, bbox=bbox,
        ), {"source": actor, "target": recipient, "involving": involving, "type": type, "mode": mode, "q": q,
            "since": since, "until": until}, "Where these events happened",
            # either side: each side from its own index, added up
            branches=[queries.source_is(involving), queries.target_is(involving)] if involving else None,
            index=("ix_serve_events_date_map" if (since or until) and not (
                actor or recipient or involving or type or mode or q or location_country or bbox) else None)),
    }


def actor_index_data(
    connection: sa.Connection, *, q: str | None = None, since: str | None = None, until: str | None = None,
) -> dict[str, Any]:
    """Every actor, rolled up by family (``actor_family``), with events acted,
    received and statements; ``q`` keeps those whose code, name or label
    contains every word (any case)."""
    every = queries.top_actors(connection, since=since, until=until, limit=10**9)
    words = (q or "").lower().split()
    out = []
    for entry in every:
        entry["label"] = actor_label(entry["code"])
        haystack = " ".join(str(v) for v in (entry["code"], entry["name"], entry["label"], *entry["codes"]) if v).lower()
        if all(word in haystack for word in words):
            out.append(entry)
    return {"filters": _filters(q=q, since=since, until=until), "total": len(every), "actors": out}


# -- dyads ------------------------------------------------------------------


def dyad_data(
    connection: sa.Connection,
    a: str,
    b: str,
    *,
    since: str | None = None,
    until: str | None = None,
    interval: str | None = None,
    limit: int = 100,
) -> dict[str, Any]:
    """Two actors, each direction on its own (``directions``: a → b, then
    b → a, each with its timeline, totals, chart and demands, threats,
    rejections and agreements) and both together (``timeline``, ``totals``,
    ``key_events`` as the ids of both directions' events, newest first, and
    the latest events either way).

    The timelines are columns over one axis (``periods``: every period from
    the first with events to the last, empty ones included): per period its
    events, summed intensity and events per quad class, null when it has none
    (``serve.timeline``). ``interval`` is day, week, month or quarter; None
    chooses one from the span shown (``timeline.choose_interval``). One that
    would give more than ``timeline.MAX_PERIODS`` bars is coarsened to the
    finest that fits: ``interval_asked`` says what was asked, ``filters.interval``
    what is shown."""
    if interval is not None:
        check_interval(interval)
    if not a.strip() or not b.strip():
        raise QueryError("a dyad needs two actor codes")
    given = {"a": a.strip(), "b": b.strip()}
    a, b = resolve_actor(connection, a), resolve_actor(connection, b)
    overlap = queries.actor_parts(a)[0] == queries.actor_parts(b)[0]
    ways = [(a, b), (b, a)]
    daily = [queries.one_way_daily(connection, s, t, since=since, until=until) for s, t in ways]
    # one event can be both ways only within one family (RUS and RUSGOV): then count it once
    both_daily = queries.dyad_daily(connection, a, b, since=since, until=until) if overlap else None
    ends = [day["date"] for one in daily for day in one[:1] + one[-1:]]  # each direction's first and last day
    first, last = (min(ends), max(ends)) if ends else (None, None)
    asked, chosen = interval, interval is None
    if chosen:
        interval = timeline.choose_interval(parse_day(since, "since") or first, parse_day(until, "until") or last)
    periods: list[date] = []
    if first is not None and last is not None:
        interval = timeline.fit_interval(first, last, interval)
        periods = timeline.axis(first, last, interval)
    index = {period: i for i, period in enumerate(periods)}
    ones = [timeline.columns(one, interval, index) for one in daily]
    both = timeline.columns(both_daily, interval, index) if both_daily is not None else _added(*ones)
    labels = [p.isoformat() for p in periods]
    # both directions' charts share their scales, so their bars and lines compare
    reach, most = timeline.peaks(*ones)
    directions = []
    for (source, target), one in zip(ways, ones):
        totals = timeline.totals(one)
        lists = {name: queries.one_way_events(connection, source, target, type=type, since=since, until=until,
                                              limit=KEY_EVENTS_LIMIT + 1)  # one more says there are more
                 for name, type in KEY_EVENTS.items()}
        directions.append({
            "source": source, "target": target, "totals": totals, "timeline": one,
            "key_events": {name: [event_json(row) for row in rows[:KEY_EVENTS_LIMIT]] for name, rows in lists.items()},
            "key_events_more": {name: len(rows) > KEY_EVENTS_LIMIT for name, rows in lists.items()},
            "key_events_urls": {name: "/events?" + urlencode({k: v for k, v in (
                ("source", source), ("target", target), ("type", KEY_EVENTS[name]), ("since", since), ("until", until))
                if v}) for name in KEY_EVENTS},
            "chart": charts.tension_timeline(labels, one, interval, f"{source} → {target}: events per {interval}",
                                             reach=reach, most=most) if totals["events"] else None,
        })
    # both ways together as ids: the events themselves are in the directions' lists, not repeated
    key_events = {
        name: list(dict.fromkeys(e["id"] for e in sorted(  # the same event may be in both (RUS and RUSGOV)
            directions[0]["key_events"][name] + directions[1]["key_events"][name],
            key=lambda e: (e["date"] or "", e["id"]), reverse=True)))[:KEY_EVENTS_LIMIT]
        for name in KEY_EVENTS
    }
    latest = queries.dyad_events(connection, a, b, since=since, until=until, limit=limit)
    return {
        "a": {"code": a, "label": actor_label(a), "given": given["a"], "codes": queries.actor_codes(connection, a)},
        "b": {"code": b, "label": actor_label(b), "given": given["b"], "codes": queries.actor_codes(connection, b)},
        "filters": _filters(since=since, until=until, interval=interval),
        "interval_chosen": chosen,
        "interval_asked": asked,
        "max_periods": timeline.MAX_PERIODS,
        "quad_names": QUAD_NAMES,
        "totals": timeline.totals(both),
        "periods": labels,
        "timeline": both,
        "directions": directions,
        "key_events": key_events,
        "events": [event_json(row) for row in latest],
        # a point of several events opens the events browser there, on a's events (the browser has no dyad filter)
        "map": _map(connection, queries.date_range(events.c.date, since, until),
                    {"involving": a, "since": since, "until": until}, f"Where {a} and {b}'s events happened",
                    branches=queries.dyad_directions(a, b)),  # each direction from the dyad index alone
    }


def _added(*many: dict[str, Any]) -> dict[str, Any]:
    """Timeline columns added up period by period (null where every one is null)."""

    def add(*values: Any) -> Any:
        present = [v for v in values if v is not None]
        return sum(present) if present else None

    return {
        "events": [add(*v) for v in zip(*(c["events"] for c in many))],
        "intensity": [None if x is None else round(x, 3) for x in (add(*v) for v in zip(*(c["intensity"] for c in many)))],
        "quads": {q: [add(*v) for v in zip(*(c["quads"][q] for c in many))] for q in many[0]["quads"]},
    }


# -- actors -----------------------------------------------------------------


def actors_data(
    connection: sa.Connection, *, since: str | None = None, until: str | None = None, limit: int = 50
) -> dict[str, Any]:
    """Actor codes by activity (events acted and received, statements)."""
    top = queries.top_actors(connection, since=since, until=until, limit=max(1, min(limit, queries.MAX_LIMIT)))
    for entry in top:
        entry["label"] = actor_label(entry["code"])
    return {"filters": _filters(since=since, until=until), "actors": top}


def actor_data(
    connection: sa.Connection,
    code: str,
    *,
    since: str | None = None,
    until: str | None = None,
    interval: str = "month",
    limit: int = 20,
) -> dict[str, Any]:
    """One actor (a code; a country or organisation and all its codes; or a
    name resolved to one, ``resolve_actor``): whom it acts on, who acts on
    it, whom its statements are about, the articles that mention it, its
    statements over time."""
    check_interval(interval)
    given = code.strip()
    code = resolve_actor(connection, code)
    codes = queries.actor_codes(connection, code)
    row = queries.get_actor(connection, code)
    statements = queries.search_statements(connection, actor=code, since=since, until=until, limit=limit)
    events = queries.find_events(connection, involving=code, since=since, until=until, limit=limit)
    mentioned = queries.articles_mentioning(connection, code, since=since, until=until, limit=limit)
    if not codes and not statements and not events and not mentioned:
        raise NotFound(f"no actor {given!r} in the database")
    days = queries.actor_statement_days(connection, code, since=since, until=until)
    per_period: dict[date, int] = {}
    for day in days:
        period = period_of(day["date"], interval)
        per_period[period] = per_period.get(period, 0) + day["statements"]
    if per_period:
        for period in _periods(min(per_period), max(per_period), interval):
            per_period.setdefault(period, 0)
    series = [{"period": p.isoformat(), "statements": n} for p, n in sorted(per_period.items())]

    def labelled(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for entry in rows:
            entry["label"] = actor_label(entry["code"])
            if entry.get("intensity") is not None:
                entry["intensity"] = round(entry["intensity"], 2)
        return rows

    return {
        "actor": {"code": code, "label": actor_label(code), "name": row["name"] if row else None,
                  "country": row["country"] if row else None, "sector": row["sector"] if row else None,
                  "family": actor_family(code), "given": given, "codes": codes},
        "articles": [{"id": r["id"], "title": r["title"], "date": _day(r["date"]), "url": r["url"],
                      "mentions": r["mentions"]} for r in mentioned],
        "filters": _filters(since=since, until=until, interval=interval),
        "acts_on": labelled(queries.actor_counterparts(connection, code, role="source", since=since, until=until)),
        "acted_on_by": labelled(queries.actor_counterparts(connection, code, role="target", since=since, until=until)),
        "speaks_about": labelled(queries.actor_spoken_about(connection, code, since=since, until=until)),
        "statements_over_time": series,
        "statements": [statement_json(r) for r in statements[:limit]],
        "events": [event_json(r) for r in events[:limit]],
        "chart": charts.statements_over_time(
            padded(series, interval, {"statements": 0}), interval, f"Statements by {code} per {interval}"
        ) if series else None,
    }
