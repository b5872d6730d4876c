"""The API's contract: every GET endpoint's answer validates against the
response schema ``/openapi.json`` documents for it (JSON Schema 2020-12, as
a schema-checking client would check it), on the example corpus and on a
synthetic one with alerts."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator
from synthetic_events import insert_events
from test_alerts import corpus as alert_corpus
from test_serve_support import client, serve_db  # noqa: F401


def validator_for(spec: dict, path: str) -> Draft202012Validator:
    schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert "$ref" in schema, f"{path} documents no response body"
    # refs are "#/components/schemas/...": the components at the root resolve them
    return Draft202012Validator({**schema, "components": spec["components"]})


def check(client, spec: dict, template: str, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[:300])
    body = response.json()
    errors = sorted(validator_for(spec, template).iter_errors(body), key=lambda e: list(e.path))
    assert not errors, f"{url}: {errors[0].message} at {list(errors[0].path)}"
    return body


def test_openapi_documents_every_get_body(client):
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        op = methods.get("get")
        if op is None or path == "/api/events/export/{kind}":  # a file, not JSON: below
            continue
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema.get("$ref", "").startswith("#/components/schemas/"), path
    event = spec["components"]["schemas"]["Event"]
    assert {"id", "type", "source", "target", "quad", "evidence", "article"} <= set(event["properties"])
    # the download documents the files it answers with, and no JSON body it never sends
    files = spec["paths"]["/api/events/export/{kind}"]["get"]["responses"]["200"]["content"]
    assert set(files) == {"text/csv", "application/vnd.apache.parquet", "application/x-ndjson"}
    assert all(body["schema"]["type"] == "string" for body in files.values())
    assert files["application/vnd.apache.parquet"]["schema"]["format"] == "binary"
    for kind, media in (("csv", "text/csv"), ("plover", "application/x-ndjson")):
        assert client.get(f"/api/events/export/{kind}").headers["content-type"].startswith(media)
    # the dyad's timeline: one axis of periods, and per direction its values per period (null when empty)
    dyad = spec["components"]["schemas"]["DyadOut"]["properties"]
    assert {"periods", "timeline", "interval_asked", "max_periods"} <= set(dyad) and "series" not in dyad
    timeline = spec["components"]["schemas"]["Timeline"]["properties"]
    assert {"anyOf": [{"type": "integer"}, {"type": "null"}]} == timeline["events"]["items"]


def test_answers_validate_against_openapi_on_the_example_corpus(client):
    spec = client.get("/openapi.json").json()
    article = check(client, spec, "/api/articles", "/api/articles")["articles"][0]["id"]
    check(client, spec, "/api/overview", "/api/overview")
    check(client, spec, "/api/articles/{article_id}", f"/api/articles/{article}")
    check(client, spec, "/api/statements", "/api/statements?q=proposal")
    events = check(client, spec, "/api/events", "/api/events?involving=RUS")
    assert events["events"]
    check(client, spec, "/api/dyads/{a}/{b}", "/api/dyads/RUS/USA")
    check(client, spec, "/api/dyads/{a}/{b}", "/api/dyads/CHN/USA?interval=day")
    check(client, spec, "/api/actors", "/api/actors")
    check(client, spec, "/api/actors/{code}", "/api/actors/USA")
    check(client, spec, "/api/alerts", "/api/alerts")


def test_alerts_and_a_broken_answer_are_checked(tmp_path):
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    url = f"sqlite:///{tmp_path / 'alerts.db'}"
    insert_events(url, alert_corpus())
    with TestClient(create_app(url, token="")) as synthetic:
        spec = synthetic.get("/openapi.json").json()
        body = check(synthetic, spec, "/api/alerts", "/api/alerts")
        assert {a["kind"] for a in body["alerts"]} == {"spike", "red_line"}
        check(synthetic, spec, "/api/events", "/api/events?limit=2")
    broken = {**body, "alerts": [{**body["alerts"][0], "week": 20240520}]}
    assert list(validator_for(spec, "/api/alerts").iter_errors(broken))  # the schema does say something
