"""``redline serve`` against hostile or unlucky requests: NUL characters and
huge integers answer 4xx and keep the connection; request bodies are bounded
and the token is checked before one is read; blank form dates mean no
filter; stored non-web URLs are never live links; the OpenAPI document lists
the error answers. Over the example corpus (``test_serve_support``) and a
small database of our own."""

from __future__ import annotations

import http.client
import json
import socket
import time
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from test_serve_support import client, live_server, pg_client, serve_db  # noqa: F401

from redline.serve import create_app
from redline.serve.app import MAX_INGEST_CHARS

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

TOKEN = "hardening-token"
HUGE = str(2**63)  # one past the largest integer SQLite and PostgreSQL store
HUGER = "9" * 30


def links(html: str) -> list[str]:
    """Every href of an <a> in a page."""
    found: list[str] = []

    class Anchors(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "a":
                found.append(dict(attrs).get("href") or "")

    Anchors().feed(html)
    return found


# -- NUL characters and integers past 2^63 --------------------------------------------


@pytest.mark.parametrize("path", [
    "/api/statements?q=%00", "/api/statements?q=red%00lines", "/api/statements?speaker=%00",
    "/api/articles?q=%00", "/api/events?actor=%00", "/api/dyads/%00/USA", "/api/actors/RUS%00",
    "/search?q=%00",
])
def test_nul_in_a_query_or_path_is_a_400_naming_it(client, path):
    response = client.get(path)
    assert response.status_code == 400, response.text[:300]
    if path.startswith("/api/"):
        body = response.json()
        assert body["ok"] is False and body["status"] == 400
        assert "NUL" in body["error"]
        name = urlsplit(path).query.split("=")[0]
        if name:
            assert body["error"].startswith(name + ":")
    else:
        assert "NUL character" in response.text


def test_nul_in_the_words_is_a_400_on_postgresql_too(pg_client):
    response = pg_client.get("/api/statements?q=%00")
    assert response.status_code == 400 and "NUL" in response.json()["error"]


@pytest.mark.parametrize("path", [f"/api/articles/{HUGE}", f"/api/articles/{HUGER}", f"/api/articles/-{HUGER}",
                                  f"/articles/{HUGE}?format=json"])
def test_article_id_past_2_63_is_not_found(client, path):
    response = client.get(path)
    assert response.status_code == 404, response.text[:300]
    assert response.json()["error"].startswith("no article with id")


@pytest.mark.parametrize("path", [f"/api/statements?offset={HUGE}", f"/api/articles?offset={HUGER}",
                                  f"/search?offset={HUGE}"])
def test_offset_past_2_63_is_refused_not_a_crash(client, path):
    response = client.get(path)
    assert 400 <= response.status_code < 500, response.text[:300]
    assert "offset" in response.text


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bool]:
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    return response.status, response.will_close


@pytest.mark.parametrize("bad", ["/api/statements?q=%00", f"/api/articles/{HUGE}", f"/api/statements?offset={HUGE}"])
def test_bad_values_keep_the_connection(live_server, bad):
    """A keep-alive client goes on over the same connection after a bad value."""
    address = urlsplit(live_server)
    conn = http.client.HTTPConnection(address.hostname, address.port, timeout=20)
    try:
        status, closing = _get(conn, bad)
        assert 400 <= status < 500 and not closing
        sock = conn.sock
        assert _get(conn, "/api/overview") == (200, False)
        assert conn.sock is sock  # not reconnected
    finally:
        conn.close()


# -- blank dates from the forms -----------------------------------------------------


def test_blank_form_dates_mean_no_filter(client):
    everything = client.get("/api/statements").json()
    blank = client.get("/api/statements?q=&speaker=&actor=&since=&until=")
    assert blank.status_code == 200
    assert blank.json()["statements"] == everything["statements"]
    assert blank.json()["filters"]["since"] is None
    for page in ("/search?q=&speaker=&actor=&since=&until=", "/?since=&until=", "/articles?q=&since=&until=",
                 "/actors/USA?since=&until=&interval=month", "/dyads/CHN/USA?since=&until=&interval=week"):
        assert client.get(page).status_code == 200, page
    assert client.get("/api/overview?since=%20&until=").json() == client.get("/api/overview").json()
    assert client.get("/api/events?since=yesterday").status_code == 400  # a wrong date is still wrong


# -- links ----------------------------------------------------------------------------


STORY = ("Envoys Meet in Vienna\n\n2023-02-02\n\nGreece rejected the proposal from Turkey on Thursday, "
         "officials in Athens said.\n")


@pytest.fixture(scope="module")
def writer(tmp_path_factory, nlp):
    """The app over an empty database of its own, with a token."""
    folder = tmp_path_factory.mktemp("hardening-serve")
    with TestClient(create_app(f"sqlite:///{folder / 'w.db'}", token=TOKEN)) as test_client:
        yield test_client


def _ingest(client: TestClient, articles: list[dict], **kw) -> object:
    return client.post("/api/ingest", json={"articles": articles},
                       headers={"Authorization": f"Bearer {TOKEN}"}, **kw)


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", " JavaScript:alert(1)", "java\tscript:alert(1)",
                                 "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "vbscript:msgbox"])
def test_stored_non_web_url_is_not_a_live_link(writer, url):
    response = _ingest(writer, [{"id": f"u-{url}", "title": "Envoys Meet", "url": url,
                                 "text": STORY.replace("Thursday", f"Thursday {len(url)} {url[:4]}")}])
    assert response.status_code == 200, response.text
    listed = writer.get("/api/articles").json()["articles"]
    found = next(a for a in listed if a["url"] == url)
    page = writer.get(f"/articles/{found['id']}")
    assert page.status_code == 200
    hrefs = links(page.text)
    assert not any(h.strip().lower().replace("\t", "").startswith(("javascript", "data", "file", "vbscript"))
                   for h in hrefs), hrefs
    assert "source:" in page.text  # still shown, as text
    assert writer.get(f"/api/articles/{found['id']}").json()["article"]["url"] == url  # the data is kept as stored


def test_stored_web_url_is_a_live_link(writer):
    url = "https://news.example.org/envoys?id=7"
    assert _ingest(writer, [{"id": "web", "title": "Envoys Meet Again", "url": url,
                             "text": STORY.replace("Thursday", "Friday")}]).status_code == 200
    found = next(a for a in writer.get("/api/articles").json()["articles"] if a["url"] == url)
    assert url in links(writer.get(f"/articles/{found['id']}").text)


# -- request bodies -----------------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    pytest.param("   \n\t  ", "empty", id="whitespace"),
    pytest.param("Talks. " * (MAX_INGEST_CHARS // 7 + 1), "at most", id="too-long"),
])
def test_ingest_text_blank_or_too_long_is_a_4xx(writer, text, word):
    response = _ingest(writer, [{"text": text}])
    assert response.status_code == 422, response.text[:300]
    assert word in response.json()["error"]


def test_ingest_body_over_the_limit_while_streaming_is_413(tmp_path):
    def chunks():  # no Content-Length: sent chunked
        for _ in range(50):
            yield b" " * 10_000

    with TestClient(create_app(f"sqlite:///{tmp_path / 's.db'}", token=TOKEN, max_body=200_000)) as small:
        response = small.post("/api/ingest", content=chunks(), headers={
            "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {"ok": False, "status": 413,
                               "error": "request body too large: at most 200,000 bytes are accepted"}


def _raw_post(base: str, headers: dict[str, str], sent: bytes) -> tuple[int, bytes]:
    """POST headers and the first bytes of a body over a plain socket, then read the answer;
    the rest of the body is never sent."""
    address = urlsplit(base)
    with socket.create_connection((address.hostname, address.port), timeout=10) as sock:
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        sock.sendall(f"POST /api/ingest HTTP/1.1\r\nHost: {address.netloc}\r\n{head}\r\n".encode() + sent)
        answer = b""
        try:
            while b"\r\n\r\n" not in answer or not answer.endswith(b"}"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                answer += chunk
        except TimeoutError:
            pytest.fail(f"no answer before the body was sent: {answer!r}")
    status = int(answer.split(b" ", 2)[1])
    return status, answer.split(b"\r\n\r\n", 1)[1]


def test_ingest_without_token_refused_before_the_body_is_read(live_server):
    """A 300 MB body announced without a token is refused at once, from the headers."""
    start = time.monotonic()
    status, body = _raw_post(live_server, {"Content-Type": "application/json", "Content-Length": "300000000"},
                             b'{"articles": [')
    assert status == 403 and json.loads(body)["status"] == 403
    assert time.monotonic() - start < 10


def test_ingest_announced_too_large_refused_before_the_body_is_read(serve_db):
    from test_serve_support import running_app

    with running_app(create_app(serve_db, token=TOKEN, max_body=1000)) as url:
        status, body = _raw_post(url, {
            "Content-Type": "application/json", "Content-Length": "300000000",
            "Authorization": f"Bearer {TOKEN}"}, b'{"articles": [')
        assert status == 413
        assert "at most 1,000 bytes" in json.loads(body)["error"]


# -- the OpenAPI document -------------------------------------------------------------------


def test_openapi_lists_the_error_answers_and_date_types(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    assert {"403", "413", "422"} <= set(paths["/api/ingest"]["post"]["responses"])
    assert {"400", "404"} <= set(paths["/api/articles/{article_id}"]["get"]["responses"])
    assert {"400", "404"} <= set(paths["/api/actors/{code}"]["get"]["responses"])
    for path in ("/api/statements", "/api/events", "/api/overview", "/api/articles", "/api/actors", "/api/dyads/{a}/{b}"):
        operation = paths[path]["get"]
        assert "400" in operation["responses"], path
        params = {p["name"]: p["schema"] for p in operation["parameters"]}
        for name in ("since", "until"):
            assert {"type": "string", "format": "date"} in params[name]["anyOf"], (path, params[name])
    error = paths["/api/statements"]["get"]["responses"]["400"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/ErrorOut"}
    assert set(spec["components"]["schemas"]["ErrorOut"]["properties"]) == {"ok", "error", "status"}
