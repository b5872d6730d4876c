"""``redline serve``: pages and their JSON twins, the error envelope, escaping,
the write token, filters, the dyad timeline; over a database built by
ingesting the example articles (in-process with FastAPI's TestClient)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from html.parser import HTMLParser

import httpx
import pytest
from test_serve_support import HOSTILE_ARTICLE, client, pg_client, free_port, serve_db  # noqa: F401
from typer.testing import CliRunner

from redline.cli.main import app as cli_app
from redline.serve import create_app
from redline.serve.segments import Mark, segments

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PAGES = ["/", "/search", "/search?q=talks", "/articles", "/articles/1", "/dyads/CHN/USA", "/actors/USA", "/help"]


class Elements(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(html)
    return parser.tags


def article_id(client, title_word: str) -> int:
    found = client.get("/api/articles", params={"q": title_word}).json()["articles"]
    assert found, title_word
    return found[0]["id"]


# -- pages and their JSON twins ------------------------------------------------


@pytest.mark.parametrize("path", PAGES)
def test_serve_pages_render_html_with_own_scripts_only(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    for tag, attrs in elements(response.text):
        if tag == "script":
            assert (attrs.get("src") or "").startswith("/static/"), attrs  # no inline script, no CDN


@pytest.mark.parametrize(
    "page, api",
    [
        ("/", "/api/overview"),
        ("/search?q=talks&since=2022-01-01", "/api/statements?q=talks&since=2022-01-01"),
        ("/articles", "/api/articles"),
        ("/articles/2", "/api/articles/2"),
        ("/dyads/CHN/USA?interval=day", "/api/dyads/CHN/USA?interval=day"),
        ("/actors/USA", "/api/actors/USA"),
    ],
)
def test_serve_page_json_twin_is_the_api(client, page, api):
    joiner = "&" if "?" in page else "?"
    as_json = client.get(page + joiner + "format=json")
    assert as_json.status_code == 200
    assert as_json.headers["content-type"] == "application/json"
    assert as_json.json() == client.get(api).json()
    assert as_json.json()["ok"] is True


def test_serve_page_footer_links_to_its_json(client):
    html = client.get("/search?q=talks").text
    assert 'href="/search?q=talks&amp;format=json"' in html


# -- the error envelope --------------------------------------------------------


@pytest.mark.parametrize(
    "method, path, status",
    [
        ("GET", "/api/nothing-here", 404),
        ("GET", "/api/articles/987654", 404),
        ("GET", "/api/actors/ZZZ", 404),
        ("GET", "/api/statements?since=yesterday", 400),
        ("GET", "/api/events?until=2022-13-45", 400),
        ("GET", "/api/statements?limit=lots", 422),
        ("GET", "/api/dyads/CHN/USA?interval=year", 422),
        ("GET", "/articles/987654?format=json", 404),
        ("POST", "/api/ingest", 403),
        ("DELETE", "/api/articles/1", 405),
    ],
)
def test_serve_error_envelope(client, method, path, status):
    response = client.request(method, path, json={"articles": [{"text": "x"}]} if method == "POST" else None)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]


@pytest.mark.parametrize("path, status, message", [
    ("/articles/987654", 404, "no article with id 987654"),
    ("/search?since=yesterday", 400, "since must be a date"),
    ("/no/such/page", 404, "no such page"),
])
def test_serve_error_page_for_browsers(client, path, status, message):
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert message in response.text


# -- escaping: article text is untrusted ---------------------------------------


def test_serve_article_text_is_escaped(client):
    hostile = article_id(client, "Clash")
    for path in (f"/articles/{hostile}", "/search?q=reject", "/", "/articles"):
        html = client.get(path).text
        assert "<script>window" not in html
        assert "<img src=x" not in html
        assert "<b>immediately" not in html
        scripts = [attrs for tag, attrs in elements(html) if tag == "script"]
        assert all((a.get("src") or "").startswith("/static/") for a in scripts)
        assert not any(tag == "img" for tag, _ in elements(html))
    page = client.get(f"/articles/{hostile}").text
    assert "&lt;script&gt;window.__pwned = 2&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert "Officials &lt;script&gt;window.__pwned = 1&lt;/script&gt; Clash" in page  # the title too


def test_serve_article_json_keeps_text_exact(client):
    hostile = article_id(client, "Clash")
    body = client.get(f"/api/articles/{hostile}").json()
    assert body["article"]["text"] == HOSTILE_ARTICLE
    assert "".join(s["text"] for s in body["segments"]) == HOSTILE_ARTICLE


# -- article highlights ---------------------------------------------------------


def test_serve_article_segments_cover_statements_and_events(client):
    body = client.get("/api/articles/1").json()
    text = body["article"]["text"]
    segs = body["segments"]
    assert "".join(s["text"] for s in segs) == text
    assert [s["start"] for s in segs[1:]] == [s["end"] for s in segs[:-1]]
    for st in body["statements"]:
        for start, end in st["content_spans"]:
            covering = [s for s in segs if s["start"] >= start and s["end"] <= end]
            assert covering and all("content" in s["kinds"] and f"st-{st['id']}" in s["refs"] for s in covering)
        for start, end in st["speaker_spans"]:
            assert any(s["start"] == start and "speaker" in s["kinds"] for s in segs)
    for ev in body["events"]:
        for start, end in ev["trigger_spans"]:
            assert any(s["start"] == start and "trigger" in s["kinds"] and s["link"] == f"ev-{ev['id']}" for s in segs)


def test_serve_article_page_links_highlights_to_cards(client):
    body = client.get("/api/articles/1").json()
    html = client.get("/articles/1").text
    tags = elements(html)
    ids = {attrs.get("id") for _, attrs in tags}
    links = [attrs for tag, attrs in tags if tag == "a" and "hl" in (attrs.get("class") or "").split()]
    assert links
    for attrs in links:
        assert attrs["href"].startswith("#") and attrs["href"][1:] in ids
    kinds = {k for attrs in links for k in attrs["class"].split()}
    assert {"speaker", "cue", "content", "trigger"} <= kinds
    for st in body["statements"]:
        assert f"st-{st['id']}" in ids
    for ev in body["events"]:
        assert f"ev-{ev['id']}" in ids


@pytest.mark.parametrize(
    "marks, expected",
    [
        ([], [("abcdef", [])]),
        ([Mark(1, 4, "content", "st-1"), Mark(2, 3, "speaker", "st-1")],
         [("a", []), ("b", ["content"]), ("c", ["speaker", "content"]), ("d", ["content"]), ("ef", [])]),
        ([Mark(-5, 2, "boilerplate"), Mark(5, 99, "trigger", "ev-1")],
         [("ab", ["boilerplate"]), ("cde", []), ("f", ["trigger"])]),
        ([Mark(3, 3, "cue", "st-2")], [("abcdef", [])]),
    ],
)
def test_serve_segments_cut_at_every_boundary(marks, expected):
    got = segments("abcdef", marks)
    assert [(s["text"], s["kinds"]) for s in got] == expected


def test_serve_segments_link_prefers_speaker_then_trigger():
    got = segments("xyz", [Mark(0, 3, "content", "st-1"), Mark(0, 3, "trigger", "ev-4"), Mark(1, 2, "speaker", "st-9")])
    assert [s["link"] for s in got] == ["ev-4", "st-9", "ev-4"]
    assert got[1]["refs"] == ["st-9", "ev-4", "st-1"]


# -- statements and events filters ---------------------------------------------


def test_serve_statement_search_filters(client):
    everything = client.get("/api/statements", params={"limit": 500}).json()["statements"]
    assert len(everything) > 20
    dates = [s["article"]["date"] for s in everything]
    assert dates == sorted(dates, reverse=True)

    talks = client.get("/api/statements", params={"q": "talks"}).json()["statements"]
    assert talks and all("talk" in s["content"].lower() for s in talks)

    name = next(s["speaker"]["name"] for s in everything if s["speaker"]["name"] and " " in s["speaker"]["name"])
    surname = name.split()[-1].upper()
    by_speaker = client.get("/api/statements", params={"speaker": surname}).json()["statements"]
    assert by_speaker and all(surname.lower() in s["speaker"]["name"].lower() for s in by_speaker)

    by_actor = client.get("/api/statements", params={"actor": "usa"}).json()["statements"]
    assert by_actor and all(s["speaker"]["actor"].startswith("USA") for s in by_actor)

    in_2022_summer = client.get("/api/statements", params={"since": "2022-06-01", "until": "2022-08-31"}).json()
    assert {s["article"]["date"][:7] for s in in_2022_summer["statements"]} <= {"2022-06", "2022-07", "2022-08"}


def test_serve_statement_search_pages(client):
    first = client.get("/api/statements", params={"limit": 5}).json()
    assert len(first["statements"]) == 5 and first["next_offset"] == 5
    second = client.get("/api/statements", params={"limit": 5, "offset": 5}).json()
    assert {s["id"] for s in first["statements"]}.isdisjoint(s["id"] for s in second["statements"])
    html = client.get("/search?limit=5").text
    assert 'href="/search?offset=5&amp;limit=5"' in html


def test_serve_event_filters(client):
    by_china = client.get("/api/events", params={"actor": "CHN"}).json()["events"]
    assert by_china and all(e["source"]["country"] == "CHN" or e["source"]["code"] == "CHN" for e in by_china)
    on_usa = client.get("/api/events", params={"recipient": "USA"}).json()["events"]
    assert on_usa and all(e["target"]["country"] == "USA" for e in on_usa)
    rejects = client.get("/api/events", params={"type": "reject"}).json()["events"]
    assert rejects and {e["type"] for e in rejects} == {"REJECT"}
    demands = client.get("/api/events", params={"type": "DEMAND"}).json()["events"]
    assert demands and all(e["type"] == "REQUEST" and e["quad"] == 3 for e in demands)
    dated = client.get("/api/events", params={"since": "2022-10-01", "until": "2022-10-31"}).json()["events"]
    assert dated and {e["date"] for e in dated} == {"2022-10-18"}


# -- dyads and actors -----------------------------------------------------------


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_serve_dyad_timeline_counts_every_event(client, interval):
    body = client.get(f"/api/dyads/CHN/USA?interval={interval}").json()
    events = client.get("/api/events", params={"involving": "CHN", "limit": 500}).json()["events"]
    between = [e for e in events if {e["source"] and e["source"]["country"], e["target"] and e["target"]["country"]}
               == {"CHN", "USA"}]
    assert between
    timeline = body["timeline"]
    assert len(timeline["events"]) == len(body["periods"]) == len(timeline["intensity"])
    assert body["totals"]["events"] == len(between) == sum(n for n in timeline["events"] if n)
    assert body["totals"]["intensity"] == pytest.approx(sum(e["intensity"] for e in between))
    assert {e["id"] for e in body["events"]} == {e["id"] for e in between}
    for i, n in enumerate(timeline["events"]):
        assert sum(timeline["quads"][q][i] or 0 for q in "01234") == (n or 0)
    charted = 0
    for way in body["directions"]:
        spec = way["chart"]
        if spec is None:
            assert way["totals"]["events"] == 0
            continue
        assert [layer["mark"]["type"] for layer in spec["layer"]] == ["bar", "line"]
        charted += sum(row.get("events", 0) for row in spec["data"]["values"])
    assert charted == len(between)
    if interval == "week":
        assert all(time.strptime(p, "%Y-%m-%d").tm_wday == 0 for p in body["periods"])


def test_serve_dyad_key_events_have_evidence(client):
    body = client.get("/api/dyads/RUS/USA").json()
    assert body["key_events"]["rejections"] and body["key_events"]["demands"]
    for name, ids in body["key_events"].items():  # both ways together: ids of the directions' events
        events = [e for way in body["directions"] for e in way["key_events"][name]]
        assert sorted(ids) == sorted(e["id"] for e in events)
        for ev in events:
            assert ev["evidence"] and ev["article"]["id"]
            assert {ev["source"]["country"], ev["target"]["country"]} == {"RUS", "USA"}
    html = client.get("/dyads/RUS/USA").text
    assert 'data-vega-spec=' in html and "/static/vendor/vega-embed.min.js" in html
    assert "Russia rejected the proposal from the United States on Friday" in html


def test_serve_dyad_of_a_code_and_a_country(client):
    codes = client.get("/api/dyads/CHN/USAGOV").json()
    assert codes["events"] and all(
        {e["source"]["code"], e["target"]["code"]} & {"USAGOV"} and "CHN" in (e["source"]["country"], e["target"]["country"])
        for e in codes["events"]
    )
    countries = client.get("/api/dyads/CHN/USA").json()
    assert codes["totals"]["events"] < countries["totals"]["events"]


def test_serve_dyad_within_one_country_counts_each_event_once(client):
    body = client.get("/api/dyads/SRB/SRB").json()
    ids = [e["id"] for e in body["events"]]
    assert ids and len(ids) == len(set(ids))
    assert body["totals"]["events"] == len(ids)
    narrower = client.get("/api/dyads/SRB/SRBGOV").json()
    assert {e["id"] for e in narrower["events"]} <= set(ids)


def test_serve_adds_its_dyad_index_once(serve_db):
    import sqlalchemy as sa

    from redline.serve.queries import SERVE_INDEXES, ensure_indexes
    from redline.store.db import open_db

    engine = open_db(serve_db)
    try:
        present = {ix["name"] for ix in sa.inspect(engine).get_indexes("events")}
        assert set(SERVE_INDEXES) <= present  # the app made them when it opened the database
        assert ensure_indexes(engine) == []
    finally:
        engine.dispose()


def test_serve_dyad_form_redirects(client):
    response = client.get("/dyad", params={"a": "chn", "b": "usa", "interval": "month"}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/dyads/CHN/USA?interval=month"


def test_serve_actor_page(client):
    body = client.get("/api/actors/USA").json()
    assert body["actor"]["label"] == "United States"
    assert "USAGOV" in body["actor"]["codes"]
    assert any(c["code"] == "CHN" for c in body["acted_on_by"])
    assert body["statements"] and all(s["speaker"]["actor"].startswith("USA") for s in body["statements"])
    assert sum(p["statements"] for p in body["statements_over_time"]) >= len(body["statements"])
    assert body["chart"]["mark"]["type"] == "bar"


def test_serve_overview_ranks_dyads_and_actors(client):
    body = client.get("/api/overview").json()
    assert body["counts"]["articles"] == 5
    counts = [d["events"] for d in body["dyads"]]
    assert counts == sorted(counts, reverse=True)
    assert all(d["a"] <= d["b"] for d in body["dyads"])
    assert body["actors"] and body["articles"]
    narrow = client.get("/api/overview", params={"since": "2022-10-01", "until": "2022-10-31"}).json()
    assert [a["title"] for a in narrow["articles"]] == [
        next(a["title"] for a in body["articles"] if a["date"] == "2022-10-18")
    ]


# -- writing needs the token -----------------------------------------------------


ONE_ARTICLE = {"articles": [{
    "id": "api-1", "title": "Ministers Agree on Grain Corridor", "date": "2023-07-01",
    "text": "Ministers Agree on Grain Corridor\n\nTurkey and Ukraine agreed on Saturday to extend the grain corridor, "
            "the Turkish Defence Ministry said.\n",
}]}


def test_serve_write_refused_without_a_configured_token(serve_db, monkeypatch):
    from fastapi.testclient import TestClient

    monkeypatch.delenv("REDLINE_TOKEN", raising=False)
    with TestClient(create_app(serve_db)) as plain:
        response = plain.post("/api/ingest", json=ONE_ARTICLE, headers={"Authorization": "Bearer guess"})
    assert response.status_code == 403
    assert "--token" in response.json()["error"]


def test_serve_write_needs_the_right_token(tmp_path, example_dir, nlp, monkeypatch):
    from fastapi.testclient import TestClient

    url = f"sqlite:///{tmp_path / 'w.db'}"
    monkeypatch.setenv("REDLINE_TOKEN", "s3cret")  # the operator's environment
    with TestClient(create_app(url)) as writer:
        assert writer.post("/api/ingest", json=ONE_ARTICLE).status_code == 403
        assert writer.post("/api/ingest", json=ONE_ARTICLE, headers={"Authorization": "Bearer nope"}).status_code == 403
        assert writer.get("/api/articles").json()["articles"] == []
        response = writer.post("/api/ingest", json=ONE_ARTICLE, headers={"Authorization": "Bearer s3cret"})
        assert response.status_code == 200, response.text
        assert response.json()["summary"]["stored"] == 1
        again = writer.post("/api/ingest", json=ONE_ARTICLE, headers={"X-Redline-Token": "s3cret"})
        assert again.json()["summary"]["stored"] == 0  # already stored
        listed = writer.get("/api/articles").json()["articles"]
        assert [a["title"] for a in listed] == ["Ministers Agree on Grain Corridor"]
        bad = writer.post("/api/ingest", json={"articles": []}, headers={"Authorization": "Bearer s3cret"})
        assert bad.status_code == 422 and bad.json()["ok"] is False


# -- docs ---------------------------------------------------------------------------


def test_serve_openapi_documents_every_api_route(client, repo_root):
    spec = client.get("/openapi.json").json()
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    api_routes = {route.path for route in client.app.routes if getattr(route, "path", "").startswith("/api/")}
    assert api_routes == set(spec["paths"])
    for path, methods in spec["paths"].items():
        for op in methods.values():
            assert op.get("summary") and op.get("description"), path
        assert path in readme, f"README does not document {path}"


def test_serve_docs_work_offline(client):
    html = client.get("/docs").text
    sources = [attrs.get("src") or attrs.get("href") for tag, attrs in elements(html) if tag in ("script", "link")]
    sources = [s for s in sources if s]  # the page's own inline start-up script has none
    assert sources and all(s.startswith("/") for s in sources), sources
    assert "cdn" not in html.lower()
    for source in sources:
        assert client.get(source).status_code == 200, source
    listing = client.get("/help").text
    assert "/api/dyads/{a}/{b}" in listing


# -- the command ----------------------------------------------------------------------


def test_serve_cli_help_names_the_options():
    result = CliRunner().invoke(cli_app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token", "REDLINE_TOKEN"):
        assert option in result.output


def test_serve_cli_bad_database_exits_2(tmp_path):
    result = CliRunner().invoke(cli_app, ["serve", "--db", "nosuchdialect://x/y"])
    assert result.exit_code == 2
    assert "S001" in result.output


def test_serve_cli_serves_over_http(serve_db):
    port = free_port()
    env = {**os.environ, "REDLINE_TOKEN": ""}
    proc = subprocess.Popen(
        [sys.executable, "-m", "redline.cli.main", "serve", "--db", serve_db, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail(f"server did not start: {proc.stderr.read().decode() if proc.poll() is not None else ''}")
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["counts"]["articles"] == 5
        assert httpx.post(f"http://127.0.0.1:{port}/api/ingest", json=ONE_ARTICLE).status_code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=20)


# -- the same answers on SQLite and PostgreSQL ------------------------------------------


@pytest.mark.parametrize("path", [
    "/api/overview", "/api/articles", "/api/articles/3", "/api/events?actor=CHN",
    "/api/events?type=DEMAND&since=2022-01-01", "/api/dyads/CHN/USA?interval=day", "/api/dyads/RUS/USA",
    "/api/dyads/SRB/SRB", "/api/actors", "/api/actors/USA", "/api/statements?speaker=whitfield",
    "/api/statements?actor=RUS&until=2023-12-31", "/api/statements?limit=7&offset=7",
])
def test_serve_postgresql_answers_as_sqlite(client, pg_client, path):
    on_pg = pg_client.get(path)
    assert on_pg.status_code == 200, on_pg.text
    assert on_pg.json() == client.get(path).json()


def test_serve_postgresql_searches_words(pg_client):
    found = pg_client.get("/api/statements", params={"q": "talks"}).json()["statements"]
    assert found and all("talk" in s["content"].lower() for s in found)  # stemmed: talk, talks, talked
    html = pg_client.get(f"/articles/{found[0]['article']['id']}").text
    assert 'class="hl content' in html
