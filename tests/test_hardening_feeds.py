"""Feeds and fetching against hostile servers and links, on a local web server
(127.0.0.1 only): only http(s) is fetched, ``timeout`` is one deadline for
the whole answer, the size read is capped, and each host's robots.txt is
read once per run and obeyed for redline's User-Agent."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from redline.cli.main import app as cli_app
from redline.errors import InputError
from redline.read.feeds import FetchError, Fetcher, read_sources
from redline.store import ingest

# Our own short page, written for these tests.
PAGE = ("<!doctype html><html><head><title>Harbour Talks Resume</title></head><body><article>"
        "<h1>Harbour Talks Resume</h1><p>Norway and Iceland resumed talks on fishing quotas on Tuesday, "
        "the Norwegian Foreign Ministry said in a statement.</p><p>Iceland's fisheries minister said the "
        "two governments hoped to reach an agreement before the end of the season.</p></article></body></html>")
SECRET = ("<!doctype html><html><head><title>Local Secret</title></head><body><article><h1>Local Secret</h1>"
          "<p>This local file must never be read through a feed, said the operator of this machine today.</p>"
          "<p>Anyone who finds this sentence in the database has found a hole in the fetcher.</p></article></body></html>")
ROBOTS = "User-agent: *\nDisallow: /nobody/\n\nUser-agent: redline\nDisallow: /private/\n"

Route = Callable[[BaseHTTPRequestHandler], None]


class Site:
    """A local web server whose answers the test writes: path → route."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, str | None]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # noqa: A002
                pass

            def do_GET(self):  # noqa: N802
                site.log.append((self.path, self.headers.get("User-Agent")))
                route = site.routes.get(self.path)
                if route is None:
                    send(self, 404, b"not here", "text/plain")
                else:
                    route(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # a client that hung up on purpose
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def paths(self) -> list[str]:
        return [path for path, _ in self.log]


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes, kind: str = "text/html; charset=utf-8") -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def page(body: str | bytes, kind: str = "text/html; charset=utf-8") -> Route:
    data = body.encode() if isinstance(body, str) else body
    return lambda handler: send(handler, 200, data, kind)


def trickle(total: int = 40, every: float = 0.5) -> Route:
    """A page whose body comes two bytes at a time: all of it would take total / 2 * every seconds."""
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(total))
        handler.end_headers()
        try:
            for _ in range(total // 2):
                handler.wfile.write(b"<p")
                handler.wfile.flush()
                time.sleep(every)
        except OSError:
            pass
    return route


def trickled_headers(handler: BaseHTTPRequestHandler) -> None:
    """Headers that never end: one byte of a header line at a time."""
    try:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in range(40):
            handler.wfile.write(b"a")
            handler.wfile.flush()
            time.sleep(0.25)
    except OSError:
        pass


def redirect(location: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return route


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        served.server.shutdown()
        served.server.server_close()


def rss(links: list[str]) -> str:
    items = "".join(f"<item><title>Entry {i}</title><link>{link}</link><guid>g-{i}</guid>"
                    f"<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>" for i, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>{items}</channel></rss>'


def fetch_error(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    return caught.value


# -- schemes ------------------------------------------------------------------------------


def test_feed_file_link_is_refused_and_the_file_never_stored(site, tmp_path, nlp):
    secret = tmp_path / "secret.html"
    secret.write_text(SECRET, encoding="utf-8")
    site.routes["/ok.html"] = page(PAGE)
    # both forms read the local file through urllib before (feedparser writes file:///x as file://x)
    links = [f"file://localhost{secret}", f"file:{secret}", "ftp://127.0.0.1/pub/x.html", f"{site.base}/ok.html"]
    site.routes["/feed.xml"] = page(rss(links), "application/rss+xml")
    url = f"sqlite:///{tmp_path / 'c.db'}"
    summary = ingest([f"{site.base}/feed.xml"], url, nlp=nlp, delay=0)
    assert summary.stored == 1 and summary.skipped == {"F004": 3}, summary
    for link in links[:2]:
        assert f"F004 {link}: not fetched: only http and https links are fetched, not file: links" in summary.errors
    assert "F004 ftp://127.0.0.1/pub/x.html: not fetched: only http and https links are fetched, not ftp: links" \
        in summary.errors
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        texts = conn.execute(sa.text("SELECT text FROM articles")).scalars().all()
    engine.dispose()
    assert texts and not any("Local Secret" in t or "hole in the fetcher" in t for t in texts)


@pytest.mark.parametrize("link", ["file:///etc/hostname", "ftp://example.org/feed.xml", "gopher://example.org/1"])
def test_non_http_feed_url_is_refused_naming_it(link):
    items = list(read_sources([link], fetcher=Fetcher(delay=0)))
    assert len(items) == 1 and isinstance(items[0], InputError)
    scheme = link.split(":")[0]
    assert str(items[0]) == f"F004 {link}: not fetched: only http and https links are fetched, not {scheme}: links"


def test_redirect_to_a_file_is_refused(site):
    site.routes["/go.html"] = redirect("file:///etc/hostname")
    error = fetch_error(Fetcher(delay=0), f"{site.base}/go.html")
    assert error.code == "F004" and "only http and https" in str(error)


def test_cli_names_the_refused_link_and_exits_1(site, tmp_path):
    site.routes["/feed.xml"] = page(rss(["file:///etc/hostname"]), "application/rss+xml")
    result = CliRunner().invoke(cli_app, ["ingest", f"{site.base}/feed.xml", "--db", str(tmp_path / "c.db"),
                                          "--delay", "0"])
    assert result.exit_code == 1, result.output
    assert "F004 file://etc/hostname: not fetched: only http and https links are fetched" in result.output


# -- the deadline and the size ----------------------------------------------------------------


def test_timeout_is_a_deadline_for_a_trickled_body(site, tmp_path, nlp):
    site.routes["/slow.html"] = trickle(total=40, every=0.5)  # 10 s in all, 2 bytes every 0.5 s
    site.routes["/feed.xml"] = page(rss([f"{site.base}/slow.html"]), "application/rss+xml")
    start = time.monotonic()
    summary = ingest([f"{site.base}/feed.xml"], f"sqlite:///{tmp_path / 'c.db'}", nlp=nlp, delay=0, timeout=1.5)
    elapsed = time.monotonic() - start
    assert summary.stored == 0 and summary.skipped == {"F001": 1}, summary
    assert "no complete answer within the 1.5 s timeout" in summary.errors[0]
    assert elapsed < 6, elapsed  # feed and robots.txt answer at once; the page gets 1.5 s


def test_timeout_is_a_deadline_for_trickled_headers(site):
    site.routes["/slow.html"] = trickled_headers
    start = time.monotonic()
    error = fetch_error(Fetcher(delay=0, timeout=1.0), f"{site.base}/slow.html")
    assert time.monotonic() - start < 4
    assert "timeout" in str(error)


def test_page_over_the_size_cap_is_refused(site):
    site.routes["/big.html"] = page(b"<p>" + b"x" * 50_000)

    def chunked(handler: BaseHTTPRequestHandler) -> None:  # no Content-Length: the cap is found while reading
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        try:
            for _ in range(20):
                handler.wfile.write(b"1000\r\n" + b"y" * 0x1000 + b"\r\n")
            handler.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass

    site.routes["/chunked.html"] = chunked
    fetcher = Fetcher(delay=0, max_bytes=10_000)
    for path in ("/big.html", "/chunked.html"):
        assert "larger than 10,000 bytes" in str(fetch_error(fetcher, site.base + path))
    site.routes["/small.html"] = page(PAGE)
    assert fetcher.fetch(f"{site.base}/small.html").data == PAGE.encode()


# -- robots.txt ----------------------------------------------------------------------------------


def test_robots_txt_is_obeyed_for_our_user_agent_and_read_once(site):
    site.routes["/robots.txt"] = page(ROBOTS, "text/plain")
    for path in ("/private/p.html", "/nobody/n.html", "/open.html"):
        site.routes[path] = page(PAGE)
    fetcher = Fetcher(delay=0)
    error = fetch_error(fetcher, f"{site.base}/private/p.html")
    assert error.code == "F005" and "robots.txt" in str(error) and "redline" in str(error)
    # the group for redline replaces the one for everyone: /nobody/ is open to us
    assert fetcher.fetch(f"{site.base}/nobody/n.html").data == PAGE.encode()
    assert fetcher.fetch(f"{site.base}/open.html").data == PAGE.encode()
    assert site.paths() == ["/robots.txt", "/nobody/n.html", "/open.html"]  # the disallowed page never asked for
    assert all(agent and agent.startswith("redline/") for _, agent in site.log)


def test_robots_disallowed_feed_entry_is_reported(site, tmp_path, nlp):
    site.routes["/robots.txt"] = page(ROBOTS, "text/plain")
    site.routes["/private/p.html"] = page(PAGE)
    site.routes["/feed.xml"] = page(rss([f"{site.base}/private/p.html"]), "application/rss+xml")
    summary = ingest([f"{site.base}/feed.xml"], f"sqlite:///{tmp_path / 'c.db'}", nlp=nlp, delay=0)
    assert summary.skipped == {"F005": 1} and summary.errors[0].startswith(f"F005 {site.base}/private/p.html")
    assert "/private/p.html" not in site.paths()


def test_robots_txt_missing_allows_everything(site):
    site.routes["/a.html"] = page(PAGE)
    assert Fetcher(delay=0).fetch(f"{site.base}/a.html").data == PAGE.encode()
    assert site.paths() == ["/robots.txt", "/a.html"]


@pytest.mark.parametrize("route", [lambda h: send(h, 503, b"busy", "text/plain"), trickle(total=40, every=0.5)],
                         ids=["server-error", "timeout"])
def test_robots_txt_unreadable_disallows_everything(site, route):
    site.routes["/robots.txt"] = route
    site.routes["/a.html"] = page(PAGE)
    error = fetch_error(Fetcher(delay=0, timeout=1.0), f"{site.base}/a.html")
    assert error.code == "F005", error
    assert "its robots.txt could not be read" in str(error) or "its robots.txt answered HTTP 503" in str(error)
    assert "/a.html" not in site.paths()


def test_robots_crawl_delay_is_obeyed(site):
    site.routes["/robots.txt"] = page("User-agent: redline\nCrawl-delay: 1\n", "text/plain")
    site.routes["/a.html"] = page(PAGE)
    fetcher = Fetcher(delay=0)
    start = time.monotonic()
    for _ in range(3):
        fetcher.fetch(f"{site.base}/a.html")
    assert time.monotonic() - start >= 2.0


# -- the environment's proxy, and links that cannot be fetched at all ------------------------------


def test_http_proxy_from_the_environment_is_used(site, monkeypatch):
    """The fetcher asks the proxy the environment names, by the page's full URL, as urllib did."""
    for name in ("no_proxy", "NO_PROXY", "http_proxy", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", site.base)
    site.routes["http://news.invalid/a.html"] = page(PAGE)
    assert Fetcher(delay=0).fetch("http://news.invalid/a.html").data == PAGE.encode()
    assert site.paths() == ["http://news.invalid/robots.txt", "http://news.invalid/a.html"]


@pytest.mark.parametrize("link", ["http://127.0.0.1:99999/a.html", "http://127.0.0.1:x/a.html"])
def test_bad_port_is_a_fetch_error(link):
    items = list(read_sources([link], fetcher=Fetcher(delay=0)))
    assert len(items) == 1 and str(items[0]).startswith(f"F001 {link}: cannot fetch (bad URL: Port ")

