"""Fetching web pages politely and within bounds.

``Fetcher.fetch(url)`` is the only way redline reads the network. It

- fetches ``http`` and ``https`` URLs only (a ``file:``, ``ftp:`` or
  ``data:`` link in a feed is refused, and so is a redirect to one);
- reads each host's ``robots.txt`` once per Fetcher (once per run) and
  obeys it for the User-Agent it sends, Crawl-delay included; a
  ``robots.txt`` that answers 4xx allows everything, one that cannot be
  read (5xx, timeout, refused) disallows everything (RFC 9309);
- waits ``delay`` seconds between two requests to one host;
- gives each fetch one deadline, ``timeout`` seconds for the whole answer
  (redirects and body included), so a server that trickles bytes cannot
  hold it longer, and stores nothing of an answer cut by the deadline;
- reads at most ``max_bytes`` of a body and refuses a larger page;
- goes through the proxy the environment names (``http_proxy``,
  ``https_proxy``, ``no_proxy``), as urllib does.
"""

from __future__ import annotations

import base64
import http.client
import socket
import threading
import time
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import unquote, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

USER_AGENT = "redline/0.1 (news analysis for research; +https://pypi.org/project/redline/)"
DEFAULT_DELAY = 1.0  # seconds between two requests to one host
DEFAULT_TIMEOUT = 20.0  # seconds for one whole fetch
MAX_BYTES = 10 * 1024 * 1024  # a page or feed larger than this is refused
ROBOTS_MAX_BYTES = 500 * 1024  # robots.txt is read up to here (RFC 9309 asks for at least 500 KiB)
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay is obeyed up to this many seconds
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
REDIRECTS = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024


class FetchError(OSError):
    """A URL that was not fetched; the message says why, ``code`` which rule.

    code (str): F001 could not be fetched (HTTP error, timeout, too large),
        F004 not an http(s) URL, F005 disallowed by the host's robots.txt.
    """

    def __init__(self, message: str, code: str = "F001") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response: its final URL, body and content type."""

    url: str
    data: bytes
    content_type: str


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    reason: str
    headers: Message
    data: bytes


class _Robots:
    """One host's robots.txt rules, or the reason everything is allowed or not."""

    def __init__(self, parser: RobotFileParser, note: str) -> None:
        self.parser, self.note = parser, note


def check_scheme(url: str) -> None:
    """Refuse anything but an http(s) URL with a host and a valid port.

    RAISES (FetchError): F004 naming the scheme; F001 for a bad port.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        shown = f"{scheme}: links" if scheme else "links with no scheme"
        raise FetchError(f"only http and https links are fetched, not {shown}", "F004")
    if not parts.hostname:
        raise FetchError("the link names no host", "F004")
    try:
        parts.port  # noqa: B018 - parsed on access
    except ValueError as exc:  # "Port out of range 0-65535", "Port could not be cast to integer value"
        raise FetchError(f"bad URL: {exc}") from exc


class Fetcher:
    """Fetches URLs politely and within bounds (see the module's docstring).

    delay (float): seconds to wait between two requests to the same host.
    timeout (float): seconds for one whole fetch, from the request to the last byte.
    user_agent (str): the User-Agent header sent, and the agent robots.txt rules are read for.
    max_bytes (int): the largest body read; a larger page is refused.
    robots (bool): read and obey robots.txt (True unless a test says otherwise).
    """

    def __init__(
        self,
        delay: float = DEFAULT_DELAY,
        timeout: float = DEFAULT_TIMEOUT,
        user_agent: str = USER_AGENT,
        max_bytes: int = MAX_BYTES,
        robots: bool = True,
    ) -> None:
        self.delay, self.timeout, self.user_agent = delay, timeout, user_agent
        self.max_bytes, self.robots = max_bytes, robots
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self._crawl_delays: dict[str, float] = {}  # host → a robots.txt Crawl-delay longer than ``delay``
        self._rules: dict[str, _Robots] = {}
        self._rules_lock = threading.Lock()

    def fetch(self, url: str) -> Page:
        """The page at ``url``, after waiting out the host's delay.

        Redirects are followed (at most MAX_REDIRECTS, http(s) only, each
        checked against its host's robots.txt), all within one deadline.

        RAISES (FetchError): F001 on an HTTP error status, the deadline, a
            network error or a page over ``max_bytes``; F004 for a URL that is
            not http(s); F005 for one robots.txt disallows.
        """
        deadline: float | None = None
        for _ in range(MAX_REDIRECTS + 1):
            check_scheme(url)
            self._obey_robots(url)
            self._wait(_host(url))
            if deadline is None:  # the clock starts with the first request, after the politeness wait
                deadline = time.monotonic() + self.timeout
            answer = self._get(url, deadline, self.max_bytes, cut=False)
            location = answer.headers.get("Location")
            if answer.status in REDIRECTS and location:
                url = urljoin(url, location.strip())
                continue
            if answer.status >= 400:
                raise FetchError(f"HTTP {answer.status} {answer.reason}".strip())
            return Page(url, answer.data, answer.headers.get("Content-Type", ""))
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    # -- robots.txt ------------------------------------------------------------

    def _obey_robots(self, url: str) -> None:
        if not self.robots:
            return
        rules = self._robots_for(url)
        if not rules.parser.can_fetch(self.user_agent, url):
            host = urlsplit(url).netloc
            raise FetchError(f"robots.txt of {host} disallows it for {self._agent()}{rules.note}", "F005")

    def _robots_for(self, url: str) -> _Robots:
        """The host's rules, read once per Fetcher."""
        parts = urlsplit(url)
        key = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._rules_lock:
            found = self._rules.get(key)
            if found is None:
                found = self._rules[key] = self._read_robots(key)
        return found

    def _read_robots(self, origin: str) -> _Robots:
        robots_url = origin + "/robots.txt"
        parser = RobotFileParser(robots_url)
        url = robots_url
        deadline = None
        try:
            for _ in range(MAX_REDIRECTS + 1):
                check_scheme(url)
                self._wait(_host(url))
                deadline = deadline or time.monotonic() + self.timeout
                answer = self._get(url, deadline, ROBOTS_MAX_BYTES, cut=True)
                location = answer.headers.get("Location")
                if answer.status in REDIRECTS and location:
                    url = urljoin(url, location.strip())
                    continue
                break
            else:
                raise FetchError(f"more than {MAX_REDIRECTS} redirects")
        except FetchError as exc:  # unreachable: assume everything is disallowed (RFC 9309, 2.3.1.4)
            parser.disallow_all = True
            return _Robots(parser, f" (its robots.txt could not be read: {exc})")
        if 400 <= answer.status < 500:  # no robots.txt: everything is allowed (2.3.1.3)
            parser.allow_all = True
            return _Robots(parser, "")
        if answer.status >= 300:
            parser.disallow_all = True
            return _Robots(parser, f" (its robots.txt answered HTTP {answer.status})")
        parser.parse(answer.data.decode("utf-8", errors="replace").splitlines())
        crawl_delay = parser.crawl_delay(self._agent())
        if crawl_delay:
            with self._lock:
                self._crawl_delays[_host(robots_url)] = min(float(crawl_delay), MAX_CRAWL_DELAY)
        return _Robots(parser, "")

    def _agent(self) -> str:
        """The product token robots.txt groups are matched on ("redline")."""
        return self.user_agent.split("/")[0].split()[0]

    # -- one request -----------------------------------------------------------

    def _get(self, url: str, deadline: float, max_bytes: int, *, cut: bool) -> _Answer:
        """One GET, answered before ``deadline`` or not at all.

        A timer shuts the socket down at the deadline, whatever the request is
        doing then (connecting, reading headers, reading a trickled body), so
        the deadline holds for the whole answer and not for each read.
        cut (bool): a body over ``max_bytes`` is cut there (robots.txt) rather
            than refused.
        """
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(self._late())
        try:
            conn, target, extra = _connection(url, remaining)
        except (ValueError, http.client.HTTPException) as exc:  # a bad port, a bad proxy setting
            raise FetchError(str(exc) or type(exc).__name__) from exc
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            sock = conn.sock
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)  # wakes a read blocked in another thread
                except OSError:
                    pass

        timer = threading.Timer(remaining, expire)
        timer.daemon = True
        timer.start()
        try:
            conn.request("GET", target, headers={
                "User-Agent": self.user_agent, "Accept": "*/*", "Accept-Encoding": "identity", **extra})
            response = conn.getresponse()
            if response.status in REDIRECTS or response.status >= 400:
                return _Answer(response.status, response.reason, response.headers, b"")
            declared = response.getheader("Content-Length")
            if not cut and declared and declared.strip().isdigit() and int(declared) > max_bytes:
                raise FetchError(self._too_large(max_bytes))
            body = bytearray()
            while not expired.is_set():
                chunk = response.read1(CHUNK)
                if not chunk:
                    break
                body += chunk
                if len(body) > max_bytes:
                    if cut:
                        del body[max_bytes:]
                        break
                    raise FetchError(self._too_large(max_bytes))
            if expired.is_set():
                raise FetchError(self._late())
            return _Answer(response.status, response.reason, response.headers, bytes(body))
        except FetchError:
            raise
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if expired.is_set() or isinstance(exc, TimeoutError):
                raise FetchError(self._late()) from exc
            raise FetchError(str(exc) or type(exc).__name__) from exc
        finally:
            timer.cancel()
            conn.close()

    def _late(self) -> str:
        return f"no complete answer within the {self.timeout:g} s timeout"

    def _too_large(self, max_bytes: int) -> str:
        return f"larger than {max_bytes:,} bytes; not read"

    # -- politeness --------------------------------------------------------------

    def _wait(self, host: str) -> None:
        with self._lock:
            delay = max(self.delay, self._crawl_delays.get(host, 0.0))
            last = self._last.get(host)
            now = time.monotonic()
            if last is not None and now - last < delay:
                time.sleep(delay - (now - last))
            self._last[host] = time.monotonic()


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _connection(url: str, timeout: float) -> tuple[http.client.HTTPConnection, str, dict[str, str]]:
    """The connection for ``url``, the request target and any proxy header.

    The proxy settings urllib reads (``http_proxy``, ``https_proxy``,
    ``no_proxy``) are honoured: an http URL is asked of the proxy by its
    full URL, an https one through a CONNECT tunnel.
    """
    parts = urlsplit(url)
    https = parts.scheme.lower() == "https"
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    kind = http.client.HTTPSConnection if https else http.client.HTTPConnection
    host, port = parts.hostname or "", parts.port
    proxy = urllib.request.getproxies().get("https" if https else "http")
    if not proxy or urllib.request.proxy_bypass(host):
        return kind(host, port, timeout=timeout), target, {}
    via = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    headers = {}
    if via.username:
        secret = f"{unquote(via.username)}:{unquote(via.password or '')}".encode()
        headers["Proxy-Authorization"] = "Basic " + base64.b64encode(secret).decode()
    if https:
        conn = http.client.HTTPSConnection(via.hostname or "", via.port or 8080, timeout=timeout)
        conn.set_tunnel(host, port, headers=headers)
        return conn, target, {}
    return http.client.HTTPConnection(via.hostname or "", via.port or 8080, timeout=timeout), url, headers


__all__ = [
    "DEFAULT_DELAY", "DEFAULT_TIMEOUT", "MAX_BYTES", "USER_AGENT", "FetchError", "Fetcher", "Page", "check_scheme",
]
