"""The web pages and API over entities and code families: an article's actors,
dyads and actors by country, organisation code or name, rankings by family.

The corpus is hand-made (``test_store_entity_support``): Russia → NATO events
coded RUSGOV → IGOWSTNAT, NATO's military (IGOWSTNATMIL) acting on Russia's
(RUSMIL), Russia and Ukraine under several codes each. Runs on SQLite, and on
PostgreSQL when REDLINE_TEST_PG is set.
"""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa
from test_store_entity_support import corpus

from redline.store import store_analyses

PG_ENV = "REDLINE_TEST_PG"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def rollup_client(request, tmp_path_factory):
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    admin = schema = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('rollups') / 'corpus.db'}"
    else:
        base = os.environ.get(PG_ENV)
        if not base:
            pytest.skip(f"PostgreSQL tests need {PG_ENV} (see .ci/postgres)")
        schema = f"t_{uuid.uuid4().hex[:12]}"
        admin = sa.create_engine(base)
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        url = sa.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    try:
        summary = store_analyses(corpus(), url)
        assert summary.stored == 3
        with TestClient(create_app(url, token="")) as client:
            yield client
    finally:
        if admin is not None:
            with admin.begin() as conn:
                conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


@pytest.fixture
def nato_resolves(monkeypatch):
    """NATO resolves to its specific CAMEO code, whatever the resolver in this tree does."""
    from redline.serve import data

    real = data.resolve_name
    monkeypatch.setattr(data, "resolve_name", lambda name: "IGOWSTNAT" if name.upper() == "NATO" else real(name))


def _event_codes(body):
    return sorted((e["type"], e["source"]["code"], e["target"]["code"]) for e in body["events"])


NATO_RUSSIA = [("COERCE", "IGOWSTNATMIL", "RUSMIL"), ("REJECT", "RUSGOV", "IGOWSTNAT"),
               ("REQUEST", "RUSGOV", "IGOWSTNAT")]


def test_serve_article_lists_its_actors(rollup_client):
    body = rollup_client.get("/api/articles/1").json()
    actors = [(a["name"], a["code"], a["kind"], a["mentions"]) for a in body["actors"]]
    assert actors == [("Russia", "RUSGOV", "state", 2), ("NATO", "IGOWSTNAT", "organisation", 4),
                      ("Dmitry Peskov", "RUSGOV", "person", 1), ("Moscow", None, "place", 1)]
    nato = body["actors"][1]
    text = body["article"]["text"]
    assert [text[s:e] for s, e in nato["spans"]] == ["NATO", "NATO", "the alliance", "NATO"]
    assert nato["family"] == "IGOWSTNAT" and nato["org"] == "North Atlantic Treaty Organization"
    mentions = [s for s in body["segments"] if "mention" in s["kinds"]]
    assert any(s["text"] == "the alliance" and f"en-{nato['id']}" in s["refs"] for s in mentions)
    html = rollup_client.get("/articles/1").text
    assert "Actors (4)" in html and f'id="en-{nato["id"]}"' in html and 'href="/actors/IGOWSTNAT"' in html


def test_serve_dyad_by_country_and_organisation_code(rollup_client):
    body = rollup_client.get("/api/dyads/RUS/IGOWSTNAT").json()
    assert _event_codes(body) == NATO_RUSSIA
    assert body["totals"]["events"] == 3
    ab = body["directions"][0]["key_events"]  # RUS → NATO
    assert [e["source"]["code"] for e in ab["rejections"]] == ["RUSGOV"]
    assert [e["source"]["code"] for e in ab["demands"]] == ["RUSGOV"]
    assert body["key_events"]["rejections"] == [e["id"] for e in ab["rejections"]]
    assert set(body["b"]["codes"]) == {"IGOWSTNAT", "IGOWSTNATMIL"}
    # a code with a sector is that code only
    assert _event_codes(rollup_client.get("/api/dyads/RUS/IGOWSTNATMIL").json()) == NATO_RUSSIA[:1]
    assert _event_codes(rollup_client.get("/api/dyads/RUSGOV/IGOWSTNAT").json()) == NATO_RUSSIA[1:]


def test_serve_dyad_by_name(rollup_client, nato_resolves):
    body = rollup_client.get("/api/dyads/RUS/NATO").json()
    assert (body["a"]["code"], body["b"]["code"], body["b"]["given"]) == ("RUS", "IGOWSTNAT", "NATO")
    assert _event_codes(body) == NATO_RUSSIA
    both_names = rollup_client.get("/api/dyads/Russia/NATO").json()
    assert _event_codes(both_names) == NATO_RUSSIA
    html = rollup_client.get("/dyads/RUS/NATO").text
    assert "resolves to IGOWSTNAT" in html
    assert "The Kremlin rejected the alliance&#39;s explanation" in html or \
        "The Kremlin rejected the alliance's explanation" in html
    swapped = rollup_client.get("/api/dyads/NATO/RUS").json()
    assert _event_codes(swapped) == NATO_RUSSIA


def test_serve_dyad_by_name_with_the_real_resolver(rollup_client):
    from redline.actors import ActorResolver

    found = ActorResolver().resolve("NATO")
    if found is None or found.code != "IGOWSTNAT":
        pytest.skip(f"the actor resolver codes NATO as {found.code if found else None!r}, not yet IGOWSTNAT")
    assert _event_codes(rollup_client.get("/api/dyads/RUS/NATO").json()) == NATO_RUSSIA


def test_serve_actor_page_of_an_organisation(rollup_client, nato_resolves):
    body = rollup_client.get("/api/actors/NATO").json()
    who = body["actor"]
    assert (who["code"], who["family"], who["given"]) == ("IGOWSTNAT", "IGOWSTNAT", "NATO")
    assert who["codes"] == ["IGOWSTNAT", "IGOWSTNATMIL"]
    assert [(c["code"], c["events"]) for c in body["acted_on_by"]] == [("RUS", 2)]
    assert [(c["code"], c["codes"]) for c in body["acts_on"]] == [("RUS", ["RUSMIL"])]
    assert [a["id"] for a in body["articles"]] == [2, 1]
    assert {e["type"] for e in body["events"]} == {"COERCE", "REJECT", "REQUEST"}
    by_code = rollup_client.get("/api/actors/IGOWSTNAT").json()
    assert by_code["acted_on_by"] == body["acted_on_by"]
    html = rollup_client.get("/actors/NATO").text
    assert "resolves to IGOWSTNAT" in html and 'href="/articles/2"' in html


def test_serve_actor_page_of_a_country_by_name(rollup_client):
    body = rollup_client.get("/api/actors/Russia").json()
    assert body["actor"]["code"] == "RUS"
    assert {"RUS", "RUSGOV", "RUSMIL"} <= set(body["actor"]["codes"])
    assert {c["code"] for c in body["acts_on"]} == {"IGOWSTNAT", "UKR"}


def test_serve_unknown_name_is_not_found(rollup_client):
    response = rollup_client.get("/api/actors/Atlantis")
    assert response.status_code == 404 and response.json()["ok"] is False


def test_serve_overview_merges_code_levels(rollup_client):
    body = rollup_client.get("/api/overview").json()
    actors = {a["code"]: a for a in body["actors"]}
    assert "RUSGOV" not in actors and "RUSMIL" not in actors and "IGOWSTNATMIL" not in actors
    russia = actors["RUS"]
    assert russia["codes"] == ["RUS", "RUSGOV", "RUSMIL"]
    # Russia acts in 4 events (2 on NATO, 2 on Ukraine) and receives 2 (from NATO, from Ukraine)
    assert (russia["acted"], russia["received"], russia["statements"]) == (4, 2, 1)
    assert actors["IGOWSTNAT"]["codes"] == ["IGOWSTNAT", "IGOWSTNATMIL"]
    assert actors["UKR"]["codes"] == ["UKR", "UKRGOV"]
    dyads = {(d["a"], d["b"]): d for d in body["dyads"]}
    assert set(dyads) == {("IGOWSTNAT", "RUS"), ("RUS", "UKR")}
    assert dyads[("IGOWSTNAT", "RUS")]["events"] == 3
    assert dyads[("RUS", "UKR")]["events"] == 3
    html = rollup_client.get("/").text
    assert 'href="/dyads/IGOWSTNAT/RUS"' in html


def test_serve_dyad_form_keeps_names(rollup_client):
    response = rollup_client.get("/dyad", params={"a": "rus", "b": "United Nations"}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/dyads/RUS/United%20Nations?")


def test_serve_overview_ranks_no_generic_codes(tmp_path):
    """"GOV" or a bare "IGO" names no one: the overview's rankings leave them
    out, the actors index still lists them; an actor never counts as its own
    counterpart."""
    from fastapi.testclient import TestClient
    from test_store_entity_support import BORDER_TALKS, _event

    from redline.read import article_from_text
    from redline.serve import create_app
    from redline.types import Analysis

    article = article_from_text(BORDER_TALKS)
    text = article.text
    events = [
        _event(text, "REJECT", ("Ukraine", "UKR"), ("Russia's conditions", "RUS"), "Ukraine on Tuesday", "rejected",
               quad=3, cameo="12"),
        _event(text, "ACCUSE", ("The Russian government", "GOV"), ("Ukraine", "IGO"), "The Russian government",
               "accused", quad=3, cameo="11"),
        _event(text, "THREATEN", ("Russia", "GOV"), ("the grain corridor talks", "UKR"), "The Russian government",
               "threatened", quad=3, cameo="13"),
        _event(text, "ACCUSE", ("The Russian government", "RUSGOV"), ("Russia", "RUS"), "The Russian government",
               "accused", quad=3, cameo="11"),
    ]
    url = f"sqlite:///{tmp_path / 'generic.db'}"
    store_analyses([Analysis(article=article, events=events)], url)
    with TestClient(create_app(url, token="")) as client:
        body = client.get("/api/overview").json()
        everyone = client.get("/api/actors").json()
        russia = client.get("/api/actors/RUS").json()
    ranked = [a["code"] for a in body["actors"]]
    assert "GOV" not in ranked and "IGO" not in ranked and {"UKR", "RUS"} <= set(ranked), ranked
    assert [(d["a"], d["b"]) for d in body["dyads"]] == [("RUS", "UKR")], body["dyads"]
    assert "GOV" in [a["code"] for a in everyone["actors"]]
    # Russia's government acting on Russia is no counterpart of Russia's
    assert "RUS" not in [c["code"] for c in russia["acts_on"] + russia["acted_on_by"]], russia["acts_on"]
