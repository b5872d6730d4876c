"""The events browser (``/events``, ``/api/events``, downloads) and the actors
index (``/actors``) over a small synthetic corpus of our own."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
import sqlalchemy as sa
from synthetic_events import insert_events

EVENTS = [
    {"date": date(2024, 3, 1), "source": "RUSGOV", "target": "UKR", "type": "THREATEN", "mode": "violence",
     "evidence": "Moscow threatened to strike the bridge if troops crossed the border."},
    {"date": date(2024, 3, 2), "source": "RUSMIL", "target": "UKRMIL", "type": "ASSAULT",
     "evidence": "Russian troops shelled the town near the border."},
    {"date": date(2024, 3, 2), "source": "UKRGOV", "target": "RUS", "type": "REJECT", "mode": "change",
     "evidence": "Kyiv rejected the demand to withdraw."},
    {"date": date(2024, 3, 5), "source": "FRA", "target": "UKRGOV", "type": "AID",
     "evidence": "France sent aid to Ukraine."},
    {"date": date(2024, 3, 6), "source": "IGOWSTNAT", "target": "RUSGOV", "type": "REQUEST", "mode": "change",
     "evidence": "NATO demanded that Russia pull its troops back."},
    {"date": date(2024, 3, 7), "source": "USAGOV", "target": "RUS", "type": "CONSULT",
     "evidence": "Washington held talks with Moscow."},
    {"date": date(2024, 3, 7), "source": "RUSGOV", "target": "USA", "type": "ACCUSE",
     "evidence": "Moscow accused Washington of stoking =war."},
    {"date": None, "source": "RUSGOV", "target": "UKR", "type": "THREATEN",
     "evidence": "Moscow warned of consequences, at some undated moment."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('events') / 'events.db'}"
    insert_events(url, EVENTS)
    engine = sa.create_engine(url)
    from redline.store.schema import event_sources

    with engine.begin() as conn:  # the first event reported by a second article too (the fourth's)
        conn.execute(event_sources.insert().values(event_id=1, article_id=4, sentence_start=0, sentence_end=10))
    engine.dispose()
    return url


@pytest.fixture(scope="module")
def client(db):
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    with TestClient(create_app(db, token="")) as test_client:
        yield test_client


def ids(client, **params) -> list[int]:
    body = client.get("/api/events", params=params)
    assert body.status_code == 200, body.text
    return [e["id"] for e in body.json()["events"]]


def test_events_filters(client):
    assert ids(client, source="RUS") == [7, 2, 1, 8]  # every Russian code, newest first, undated last
    assert ids(client, source="RUSGOV") == [7, 1, 8]
    assert ids(client, target="RUS") == [6, 5, 3]  # NATO's demand to RUSGOV counts for RUS
    assert ids(client, involving="USA") == [7, 6]
    assert ids(client, source="IGOWSTNAT") == [5]
    assert ids(client, type="threaten") == [1, 8]
    assert ids(client, type="DEMAND") == [5]
    assert ids(client, mode="change") == [5, 3]
    assert ids(client, quad=2) == [4]  # material cooperation
    assert ids(client, quad=3) == [7, 5, 3, 1, 8]
    assert ids(client, q="border troops") == [2, 1]  # every word, any order, any case
    assert ids(client, q="BRIDGE") == [1]
    assert ids(client, since="2024-03-02", until="2024-03-05") == [4, 3, 2]
    assert ids(client, source="RUS", quad=4) == [2]
    assert client.get("/api/events", params={"quad": 7}).status_code == 422
    assert ids(client, quad="") == [7, 6, 5, 4, 3, 2, 1, 8]  # a blank form field is no filter


def test_events_keyset_pages_cover_everything_once(client):
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        seen += [e["id"] for e in body["events"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == [7, 6, 5, 4, 3, 2, 1, 8] and pages == 3
    # ties on one day are broken by id, and the undated event comes after every dated one
    body = client.get("/api/events", params={"limit": 7}).json()
    assert body["next_cursor"] == "2024-03-01_1"
    assert [e["id"] for e in client.get("/api/events", params={"cursor": "2024-03-01_1"}).json()["events"]] == [8]
    assert client.get("/api/events", params={"cursor": "_9"}).json()["events"][0]["id"] == 8


@pytest.mark.parametrize("cursor", ["yesterday_3", "2024-03-01", "2024-03-01_x", "2024-13-01_2", "_" + "9" * 30])
def test_events_bad_cursor_is_a_400_naming_it(client, cursor):
    response = client.get("/api/events", params={"cursor": cursor})
    assert response.status_code == 400 and "cursor" in response.json()["error"]


def test_events_rows_carry_evidence_article_and_every_report(client):
    first = next(e for e in client.get("/api/events").json()["events"] if e["id"] == 1)
    assert first["evidence"].startswith("Moscow threatened to strike")
    assert first["article"]["id"] == 1 and first["report_count"] == 2
    assert [r["article_id"] for r in first["reports"]] == [1, 4]
    html = client.get("/events", params={"source": "RUSGOV", "type": "THREATEN"}).text
    assert "Moscow threatened to strike the bridge" in html and 'href="/articles/4#ev-1"' in html
    assert "2 reports" in html


def test_events_page_badges_by_quad_class(client):
    html = client.get("/events").text
    assert 'class="tag type quad-2"' in html  # AID: cooperation, green
    assert 'class="tag type quad-4"' in html  # ASSAULT: material conflict, red
    assert 'class="tag type quad-1"' in html  # CONSULT: verbal cooperation
    css = client.get("/static/redline.css").text
    assert ".tag.type.quad-1, .tag.type.quad-2" in css and ".tag.type.quad-3, .tag.type.quad-4" in css


def test_events_page_pages_and_links_its_downloads(client):
    html = client.get("/events", params={"source": "RUS", "limit": 2}).text
    assert 'href="/api/events/export/csv?source=RUS"' in html
    assert 'href="/api/events/export/parquet?source=RUS"' in html
    assert "cursor=2024-03-02_2" in html  # the next page continues after event 2
    page2 = client.get("/events", params={"source": "RUS", "limit": 2, "cursor": "2024-03-02_2"}).text
    assert "Moscow threatened to strike" in page2 and "Moscow accused Washington" not in page2
    assert client.get("/events?format=json&source=RUS&limit=2").json()["next_cursor"] == "2024-03-02_2"


def test_events_downloads_are_exactly_the_filter(client, tmp_path):
    params = {"source": "RUS", "quad": 3}
    wanted = set(ids(client, **params))
    response = client.get("/api/events/export/csv", params=params)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {int(r["event_id"]) for r in rows} == wanted == {1, 7, 8}
    accuse = next(r for r in rows if r["event_id"] == "7")
    assert accuse["evidence"] == "Moscow accused Washington of stoking =war."
    plover = [json.loads(line) for line in client.get("/api/events/export/plover", params=params).text.splitlines()]
    assert {r["id"] for r in plover} == {"redline-1", "redline-7", "redline-8"}
    assert len(next(r for r in plover if r["id"] == "redline-1")["reports"]) == 2
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    path.write_bytes(client.get("/api/events/export/parquet", params=params).content)
    assert set(pq.read_table(path).column("event_id").to_pylist()) == wanted
    words = client.get("/api/events/export/csv", params={"q": "border"}).text
    assert {int(r["event_id"]) for r in csv.DictReader(io.StringIO(words))} == {1, 2}
    assert client.get("/api/events/export/xlsx").status_code == 422
    assert client.get("/api/events/export/csv", params={"since": "March"}).status_code == 400


def test_actors_index_rolls_up_and_searches(client):
    body = client.get("/actors", params={"format": "json"}).json()
    by_code = {a["code"]: a for a in body["actors"]}
    assert by_code["RUS"]["codes"] == ["RUS", "RUSGOV", "RUSMIL"]
    assert by_code["RUS"]["acted"] == 4 and by_code["RUS"]["received"] == 3
    assert "RUSGOV" not in by_code and body["total"] == len(body["actors"])
    found = client.get("/actors", params={"q": "russia", "format": "json"}).json()["actors"]
    assert [a["code"] for a in found] == ["RUS"]
    html = client.get("/actors", params={"q": "ukr"}).text
    assert 'href="/actors/UKR"' in html and 'href="/events?involving=UKR"' in html and "/actors/FRA" not in html
