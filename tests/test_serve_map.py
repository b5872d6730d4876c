"""The event map on the overview and dyad pages: a Vega-Lite spec over the
vendored TopoJSON world, points coloured by quad class, each a link to its
events; nothing the map needs comes from anywhere but this server."""

from __future__ import annotations

import html
import json
import re

import pytest
from fastapi.testclient import TestClient
from test_serve_support import serve_db  # noqa: F401
from test_store_support import db_url  # noqa: F401

from redline.events.ontology import QUAD_NAMES
from redline.pipeline import analyze
from redline.serve import create_app
from redline.serve.charts import QUAD_COLOURS
from redline.serve.maps import BASEMAP_URL
from redline.store import store_analyses

# Stories of my own: two clashes in Goma (one place, one quad class: one point of
# two events), Russia's talks with Ukraine in Istanbul, sanctions that name no place.
STORIES = [
    "Rebels seize hill near Goma\nJan 27 2026\n\nRebels attacked army positions in Goma on Tuesday, a UN official said.",
    "Fighting spreads\nJan 29 2026\n\nRebels attacked army positions in Goma again on Thursday, residents said.",
    "Talks\nMar 5 2026\n\nRussia held talks with Ukraine in Istanbul on Thursday.",
    "Sanctions\nMar 6 2026\n\nThe United States imposed sanctions on Iran on Friday.",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory, nlp):
    url = f"sqlite:///{tmp_path_factory.mktemp('map') / 'map.db'}"
    store_analyses([analyze(text, nlp=nlp) for text in STORIES], url)
    with TestClient(create_app(url)) as test_client:
        yield test_client


def embedded_specs(page: str) -> list[dict]:
    return [json.loads(html.unescape(m)) for m in re.findall(r"data-vega-spec='([^']*)'", page)]


def map_spec(specs: list[dict]) -> dict:
    (found,) = [s for s in specs if s.get("projection")]
    return found


def points(spec: dict) -> list[dict]:
    return spec["layer"][1]["data"]["values"]


def test_overview_embeds_the_map(client):
    page = client.get("/")
    assert page.status_code == 200
    spec = map_spec(embedded_specs(page.text))
    basemap, dots = spec["layer"]
    assert basemap["mark"]["type"] == "geoshape"
    assert basemap["data"] == {"url": BASEMAP_URL, "format": {"type": "topojson", "feature": "countries"}}
    assert dots["encoding"]["href"]["field"] == "href"
    colours = dict(zip(dots["encoding"]["color"]["scale"]["domain"], dots["encoding"]["color"]["scale"]["range"]))
    assert colours == {QUAD_NAMES[q]: QUAD_COLOURS[q] for q in QUAD_NAMES}
    by_name = {p["name"]: p for p in points(spec)}
    assert set(by_name) == {"Goma", "Istanbul"}  # the sanctions name no place: no point
    goma = by_name["Goma"]
    assert goma["events"] == 2 and goma["class"] == "material conflict" and goma["country"] == "COD"
    assert goma["lat"] < 0 < goma["lon"]
    istanbul = by_name["Istanbul"]
    assert istanbul["events"] == 1 and istanbul["class"] == "verbal cooperation"
    assert re.fullmatch(r"/articles/\d+#ev-\d+", istanbul["href"])  # one event: its article
    assert '<script src="/static/vendor/vega-lite.min.js"></script>' in page.text
    # the page's JSON twin carries the same spec
    assert client.get("/api/overview").json()["map"] == spec


def test_a_point_of_several_events_opens_the_events_browser_there(client):
    goma = next(p for p in points(client.get("/api/overview").json()["map"]) if p["name"] == "Goma")
    path, _, query = goma["href"].partition("?")
    assert path == "/events" and "quad=4" in query
    bbox = re.search(r"bbox=([^&]+)", query).group(1).replace("%2C", ",")
    assert [float(v) for v in bbox.split(",")] == [goma["lon"], goma["lat"], goma["lon"], goma["lat"]]
    listed = client.get("/api/events", params={"bbox": bbox, "quad": 4}).json()
    assert listed["ok"] and len(listed["events"]) == 2


def test_map_follows_the_date_filter(client):
    body = client.get("/api/overview", params={"since": "2026-03-01"}).json()
    assert [p["name"] for p in points(body["map"])] == ["Istanbul"]
    assert client.get("/api/overview", params={"since": "2027-01-01"}).json()["map"] is None
    page = client.get("/", params={"since": "2027-01-01"})
    assert "No event here names where it happened." in page.text


def test_dyad_page_maps_only_the_dyads_events(client):
    body = client.get("/api/dyads/RUS/UKR").json()
    assert [p["name"] for p in points(body["map"])] == ["Istanbul"]
    page = client.get("/dyads/RUS/UKR")
    assert [p["name"] for p in points(map_spec(embedded_specs(page.text)))] == ["Istanbul"]


def test_basemap_is_served_from_the_package(client):
    answer = client.get(BASEMAP_URL)
    assert answer.status_code == 200
    world = answer.json()
    assert world["type"] == "Topology"
    names = {g["properties"]["name"] for g in world["objects"]["countries"]["geometries"]}
    assert len(names) > 150 and {"Dem. Rep. Congo", "Turkey", "Ukraine"} <= names
    assert client.get("/static/vendor/LICENSE.world-atlas").status_code == 200


def test_map_spec_fetches_nothing_from_elsewhere(client):
    spec = client.get("/api/overview").json()["map"]
    urls = []

    def walk(value):
        if isinstance(value, dict):
            urls.extend(v for k, v in value.items() if k in ("url", "href") and isinstance(v, str))
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(spec["layer"])
    assert urls and all(u.startswith("/") and not u.startswith("//") for u in urls)


def test_example_corpus_overview_has_a_map(serve_db):
    with TestClient(create_app(serve_db)) as test_client:
        spec = test_client.get("/api/overview").json()["map"]
    assert spec is not None and points(spec)


def test_api_events_filter_by_location_country(client):
    body = client.get("/api/events", params={"location_country": "cod"}).json()
    assert body["ok"] and len(body["events"]) == 2
    assert {e["location"]["name"] for e in body["events"]} == {"Goma"}
    assert body["filters"]["location_country"] == "cod"
    assert client.get("/api/events", params={"location_country": "TUR"}).json()["events"][0]["type"] == "CONSULT"
    assert client.get("/api/events", params={"location_country": ""}).json()["events"]  # blank: no filter


def test_api_events_filter_by_bbox(client):
    east_africa = client.get("/api/events", params={"bbox": "28,-3,31,0"}).json()["events"]
    assert sorted(e["location"]["name"] for e in east_africa) == ["Goma", "Goma"]
    # across the antimeridian: from 170E eastwards to 29.5E, 10S-10N: Goma, not Istanbul (41N)
    across = client.get("/api/events", params={"bbox": "170,-10,29.5,10"}).json()["events"]
    assert {e["location"]["name"] for e in across} == {"Goma"}
    both = client.get("/api/events", params={"bbox": "-180,-90,180,90"}).json()["events"]
    assert len(both) == 3  # the sanctions, which name no place, never match a box


@pytest.mark.parametrize("params, word", [
    ({"bbox": "1,2,3"}, "bbox"), ({"bbox": "west,0,1,1"}, "bbox"), ({"bbox": "0,10,1,5"}, "minlat"),
    ({"bbox": "0,0,1,95"}, "latitudes"), ({"bbox": "-181,0,1,1"}, "longitudes"), ({"bbox": "inf,0,1,1"}, "bbox"),
    ({"location_country": "Congo"}, "alpha-3"), ({"location_country": "CD"}, "alpha-3"),
])
def test_api_events_bad_location_filters_are_400(client, params, word):
    for path in ("/api/events", "/api/events/export/csv", "/events"):
        answer = client.get(path, params=params, headers={"accept": "application/json"})
        assert answer.status_code == 400, (path, answer.text)
        assert answer.json() == {"ok": False, "error": answer.json()["error"], "status": 400}
        assert word in answer.json()["error"]


def test_events_page_maps_and_downloads_the_located_filter(client):
    page = client.get("/events", params={"location_country": "COD"})
    assert page.status_code == 200
    spec = map_spec(embedded_specs(page.text))
    assert [p["name"] for p in points(spec)] == ["Goma"]
    assert 'name="bbox"' in page.text and 'value="COD"' in page.text
    assert "location_country=COD" in page.text  # the download links keep the filter
    rows = client.get("/api/events/export/csv", params={"location_country": "COD"}).text.splitlines()
    assert len(rows) == 3 and "Goma" in rows[1]  # a header and the two Goma events


def test_map_and_location_filters_on_every_backend(db_url, nlp):
    """The same points and filters on SQLite and PostgreSQL (``db_url`` runs both when
    REDLINE_TEST_PG is set)."""
    store_analyses([analyze(text, nlp=nlp) for text in STORIES], db_url)
    with TestClient(create_app(db_url)) as test_client:
        spec = test_client.get("/api/overview").json()["map"]
        assert sorted((p["name"], p["events"]) for p in points(spec)) == [("Goma", 2), ("Istanbul", 1)]
        assert len(test_client.get("/api/events", params={"location_country": "COD"}).json()["events"]) == 2
        assert len(test_client.get("/api/events", params={"bbox": "170,-10,29.5,10"}).json()["events"]) == 2
        assert test_client.get("/api/events", params={"bbox": "1,2"}).status_code == 400


def test_map_and_bbox_read_the_place_index(client):
    """The map's grouping and a bbox filter are answered from ``ix_serve_events_place``
    (SQLite's plan), not by reading every event."""
    import sqlalchemy as sa

    from redline.serve import maps, queries
    from redline.store.location_filter import location_where

    engine = client.app.state.engine
    with engine.connect() as conn:
        grouped = maps.map_points(conn, [])
        assert grouped
        plan = " ".join(str(row[-1]) for row in conn.execute(sa.text(
            "EXPLAIN QUERY PLAN SELECT location_lat, location_lon, location_country, quad, count(*) FROM events "
            "WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL GROUP BY 1, 2, 3, 4")))
        assert "ix_serve_events_place" in plan
        where = location_where(bbox="28,-3,31,0")
        query = sa.select(sa.func.count()).select_from(queries.events).where(*where)
        compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
        plan = " ".join(str(row[-1]) for row in conn.execute(sa.text(f"EXPLAIN QUERY PLAN {compiled}")))
        assert "ix_serve_events_place" in plan
