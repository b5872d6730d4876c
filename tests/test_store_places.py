"""Places and event locations in the corpus database (revision 0004); SQLite and PostgreSQL."""

from __future__ import annotations

import json

import sqlalchemy as sa
from test_store_support import db_url  # noqa: F401

from redline.pipeline import analyze
from redline.store import open_db, reanalyze, store_analyses

STORY = ("Rebels seize hill near Goma\nJan 27 2026\n\n"
         "Rebels attacked army positions in Goma on Tuesday, a UN official said. "
         "Aid groups in Kinshasa and Kigali warned of more fighting.")


def _rows(url: str, query: str) -> list[tuple]:
    engine = open_db(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(sa.text(query))]
    finally:
        engine.dispose()


def test_store_places_and_event_locations(db_url):
    analysis = analyze(STORY)
    store_analyses([analysis], db_url)
    stored = _rows(db_url, 'SELECT position, start, "end", text, name, country, lat, geonameid, adjective '
                           "FROM places ORDER BY position")
    assert [r[3] for r in stored] == [p.text for p in analysis.places]
    goma = next(r for r in stored if r[3] == "Goma")
    assert STORY[goma[1]:goma[2]] == "Goma" and goma[5] == "COD" and goma[6] < 0 and goma[7]
    assert {r[5] for r in stored} >= {"COD", "RWA"}
    located = _rows(db_url, "SELECT type, location_country, location_lat, location FROM events "
                            "WHERE location_country IS NOT NULL")
    assert located and located[0][0] == "ASSAULT" and located[0][1] == "COD" and located[0][2] < 0
    location = located[0][3]
    if isinstance(location, str):  # SQLite hands JSON back as text through sa.text
        location = json.loads(location)
    assert location["name"] == "Goma" and location["via"] == "locative"
    assert STORY[slice(*location["evidence"])] == "in Goma"
    reports = _rows(db_url, "SELECT location FROM event_sources WHERE location IS NOT NULL")
    assert len(reports) == 1


def test_store_reanalyze_replaces_places(db_url):
    store_analyses([analyze(STORY)], db_url)
    before = _rows(db_url, "SELECT text, country FROM places ORDER BY position")
    reanalyze(db_url)
    assert _rows(db_url, "SELECT text, country FROM places ORDER BY position") == before
    assert _rows(db_url, "SELECT count(*) FROM events WHERE location_country = 'COD'") == [(1,)]


def test_store_merged_event_takes_a_later_reports_location(db_url):
    first = ("Fighting resumes\nJan 27 2026\n\n"
             "Rebels attacked Congolese army positions on Tuesday, a UN official said in a statement. "
             "Residents reported heavy gunfire overnight and shops stayed closed.")
    second = ("Rebels advance on city\nJan 27 2026\n\n"
              "Rebels attacked Congolese army positions in Goma on Tuesday, a UN official said in a statement. "
              "The army has asked for reinforcements from the capital.")
    store_analyses([analyze(first), analyze(second)], db_url)
    rows = _rows(db_url, "SELECT id, location_country, location_lat FROM events WHERE type = 'ASSAULT'")
    assert len(rows) == 1, rows  # one event, reported twice
    assert _rows(db_url, f"SELECT count(*) FROM event_sources WHERE event_id = {rows[0][0]}") == [(2,)]
    assert rows[0][1] == "COD" and rows[0][2] < 0
