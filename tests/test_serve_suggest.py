"""The search form's speaker and actor suggestions (``/api/suggest``) and the
filters they feed, on statements written straight into the store (no analysis)."""

from __future__ import annotations

import hashlib
import os
import uuid
from datetime import date, datetime, timezone

import pytest
import sqlalchemy as sa

from redline.store.db import open_db
from redline.store.schema import articles, statements

# (speaker, actor code, content): Peskov speaks most, then Lavrov; one Pesic, one Kuleba.
SAID = (
    [("Dmitry Peskov", "RUSGOV", f"The Kremlin spokesman commented on talks, day {i}.") for i in range(4)]
    + [("Sergei Lavrov", "RUSGOV", "The foreign minister spoke about the grain corridor."),
       ("Sergei Lavrov", "RUSGOV", "The foreign minister rejected the proposal on talks.")]
    + [("Marko Pesic", "SRBGOV", "The mayor opened a bridge over the river."),
       ("Dmytro Kuleba", "UKRGOV", "Kyiv wants guarantees before any talks."),
       ("Kremlin source", "RUS", "Talks would wait until spring.")]
)


def _store(url: str) -> None:
    engine = open_db(url)
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        for i, (speaker, actor, content) in enumerate(SAID, start=1):
            conn.execute(articles.insert().values(
                id=i, article_id=f"s{i}", title=f"Report {i}", date=date(2024, 3, i), text=content,
                content_hash=hashlib.sha256(f"{i}{content}".encode()).hexdigest(), ingested_at=now, body_start=0))
            conn.execute(statements.insert().values(
                id=i, article_id=i, position=0, kind="indirect", cue_type="verb", speaker_name=speaker,
                speaker_actor=actor, content_text=content, content_spans=[[0, len(content)]]))
    engine.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def client(request, tmp_path_factory):
    """The app over ``SAID``, on SQLite and (when REDLINE_TEST_PG is set) PostgreSQL."""
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    admin = schema = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('suggest') / 'corpus.db'}"
    else:
        base = os.environ.get("REDLINE_TEST_PG")
        if not base:
            pytest.skip("PostgreSQL tests need REDLINE_TEST_PG (see .ci/postgres)")
        schema = f"t_{uuid.uuid4().hex[:12]}"
        admin = sa.create_engine(base)
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        url = sa.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    try:
        _store(url)
        with TestClient(create_app(url, token="")) as test_client:
            yield test_client
    finally:
        if admin is not None:
            with admin.begin() as conn:
                conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


def test_speaker_suggestions_match_any_part_of_the_name_most_frequent_first(client):
    body = client.get("/api/suggest", params={"field": "speaker", "q": "pes"}).json()
    assert body["ok"] and body["field"] == "speaker" and body["q"] == "pes"
    assert [(s["value"], s["count"]) for s in body["suggestions"]] == [("Dmitry Peskov", 4), ("Marko Pesic", 1)]
    # any case, a later word of the name
    assert [s["value"] for s in client.get("/api/suggest?field=speaker&q=LAV").json()["suggestions"]] == ["Sergei Lavrov"]
    # nothing typed yet: the most frequent speakers, bounded by limit
    top = client.get("/api/suggest?field=speaker&limit=2").json()["suggestions"]
    assert [s["value"] for s in top] == ["Dmitry Peskov", "Sergei Lavrov"]


def test_suggestions_are_bound_parameters_not_sql(client):
    """LIKE's wildcards and quotes in what is typed are plain characters."""
    for q in ("%", "_", "' OR 1=1 --", "\\"):
        body = client.get("/api/suggest", params={"field": "speaker", "q": q})
        assert body.status_code == 200 and body.json()["suggestions"] == [], q


def test_actor_suggestions_by_code_prefix_or_name_with_the_family(client):
    body = client.get("/api/suggest?field=actor&q=rus").json()
    found = [(s["value"], s["count"]) for s in body["suggestions"]]
    # RUS: the family the filter takes as a prefix (7 statements: 6 RUSGOV + 1 RUS), then RUSGOV
    assert found == [("RUS", 7), ("RUSGOV", 6)]
    assert body["suggestions"][1]["label"].startswith("Russia")
    by_name = [s["value"] for s in client.get("/api/suggest?field=actor&q=ukraine").json()["suggestions"]]
    assert by_name == ["UKR", "UKRGOV"]


def test_suggest_rejects_an_unknown_field_or_limit(client):
    assert client.get("/api/suggest?field=password&q=a").status_code == 422
    assert client.get("/api/suggest?field=speaker&limit=500").status_code == 422
    assert client.get("/api/suggest", params={"field": "speaker", "q": "x" * 101}).status_code == 422


def test_a_suggested_value_narrows_the_search(client):
    suggested = client.get("/api/suggest?field=speaker&q=lav").json()["suggestions"][0]["value"]
    found = client.get("/api/statements", params={"q": "talks", "speaker": suggested}).json()["statements"]
    assert [s["speaker"]["name"] for s in found] == ["Sergei Lavrov"]
    everyone = client.get("/api/statements", params={"q": "talks"}).json()["statements"]
    assert len(everyone) > len(found)
    code = client.get("/api/suggest?field=actor&q=ukr").json()["suggestions"][0]["value"]
    assert len(client.get("/api/statements", params={"q": "talks", "actor": code}).json()["statements"]) == 1


def test_search_page_wires_the_suggestions(client):
    html = client.get("/search").text
    assert 'list="speaker-suggestions" data-suggest="speaker"' in html and '<datalist id="speaker-suggestions">' in html
    assert 'data-suggest="actor"' in html and '<datalist id="actor-suggestions">' in html
    assert "/api/suggest" in client.get("/static/redline.js").text
    assert "/api/suggest" in client.get("/openapi.json").json()["paths"]
