"""How the events browser's map is read on a large corpus (``redline.serve.maps``):
"either side" split into its two sides and added up gives the map the OR gives
(an event on both sides counted once), a date range read through its own index,
and the serve indexes an earlier version made replaced when the app opens."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from synthetic_events import insert_events

from redline.serve import maps, queries
from redline.store.db import open_db
from redline.store.schema import events

PLACES = {"Kyiv": (50.45, 30.52, "UKR"), "Moscow": (55.75, 37.62, "RUS"), "Kharkiv": (49.99, 36.23, "UKR")}
ROWS = [  # (source, target, type, place, day)
    ("RUSMIL", "UKR", "ASSAULT", "Kharkiv", 1), ("RUSMIL", "UKR", "ASSAULT", "Kharkiv", 2),
    ("UKRGOV", "RUS", "ACCUSE", "Kyiv", 3), ("RUS", "RUSMIL", "CONSULT", "Moscow", 4),  # both sides Russia
    ("USA", "UKR", "AID", "Kyiv", 5), ("RUSGOV", "USA", "THREATEN", "Moscow", 6), ("RUSGOV", "USA", "THREATEN", None, 7),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('mappaths') / 'm.db'}"
    insert_events(url, [{"date": date(2024, 5, day), "source": s, "target": t, "type": k} for s, t, k, _, day in ROWS])
    engine = open_db(url)
    with engine.begin() as conn:
        for i, (*_, place, _day) in enumerate(ROWS, start=1):
            if place:
                lat, lon, country = PLACES[place]
                conn.execute(events.update().where(events.c.id == i).values(
                    location={"name": place}, location_lat=lat, location_lon=lon, location_country=country))
    queries.ensure_indexes(engine)
    yield engine
    engine.dispose()


def _points(points):
    return sorted((p["name"], p["quad"], p["events"], p["latest"]) for p in points)


def test_either_side_map_is_the_or_added_up_once(engine):
    with engine.connect() as conn:
        whole = maps.map_points(conn, [sa.or_(queries.source_is("RUS"), queries.target_is("RUS"))])
        split = maps.map_points(conn, [], branches=[queries.source_is("RUS"), queries.target_is("RUS")])
    assert _points(split) == _points(whole)
    moscow = [p for p in split if p["name"] == "Moscow"]
    assert sum(p["events"] for p in moscow) == 2  # the RUS → RUSMIL consultation once, not once per side
    assert "Kyiv" in {p["name"] for p in split} and sum(p["events"] for p in split) == 5  # the USA's aid is not Russia's


def test_events_page_map_of_either_side(engine):
    from redline.serve import data

    with engine.connect() as conn:
        body = data.events_data(conn, involving="RUS")
    dots = body["map"]["layer"][1]["data"]["values"]
    assert sum(p["events"] for p in dots) == 5 and len(body["events"]) == 6  # one of them has no place


def test_a_date_range_map_reads_its_index_and_still_answers_without_it(engine):
    where = queries.date_range(events.c.date, "2024-05-02", "2024-05-04")
    with engine.connect() as conn:
        hinted = maps.map_points(conn, where, index="ix_serve_events_date_map")
        plain = maps.map_points(conn, where)
        missing = maps.map_points(conn, where, index="ix_no_such_index")  # a database without it
        plan = " ".join(r[3] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM events INDEXED BY ix_serve_events_date_map "
            "WHERE date >= '2024-05-02' AND date <= '2024-05-04' AND location_lat IS NOT NULL"))
    assert _points(hinted) == _points(plain) == _points(missing)
    assert sum(p["events"] for p in hinted) == 3
    assert "COVERING INDEX ix_serve_events_date_map" in plan


def test_the_app_replaces_the_serve_indexes_an_earlier_version_made(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    insert_events(url, [{"date": date(2024, 5, 1), "source": "RUS", "target": "UKR", "type": "ASSAULT"}])
    engine = open_db(url)
    with engine.begin() as conn:  # what the earlier version left
        conn.execute(sa.text("CREATE INDEX ix_serve_events_source_date ON events (source_country, date, id)"))
    created = queries.ensure_indexes(engine)
    with engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        plan = " ".join(r[3] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT location_lat, location_lon, quad, count(*) FROM events "
            "WHERE source_country = 'RUS' GROUP BY location_lat, location_lon, quad"))
    engine.dispose()
    assert set(created) == set(queries.SERVE_INDEXES)
    assert "ix_serve_events_source_date" not in names and "ix_serve_events_source_map" in names
    assert "COVERING INDEX ix_serve_events_source_map" in plan  # the map of one side from the index alone
