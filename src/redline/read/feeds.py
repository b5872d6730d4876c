"""RSS/Atom feeds and web pages: fetched politely, read into Articles.

A feed (a local file or a URL) yields one Article per entry: the entry's page
is fetched and its main text extracted (``article_from_html``); the entry's
title and date fill in what the page lacks. Fetching waits ``delay`` seconds
between requests to the same host, gives up after ``timeout`` seconds, and
names itself with a User-Agent.

Failures are InputError values, as elsewhere in ``redline.read``:

- F001 a page or feed cannot be fetched (HTTP error, timeout, refused);
- F002 a file or page that should be a feed has no entries;
- F003 a feed entry has no link (and no content of its own).
"""

from __future__ import annotations

import os
import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from redline.errors import InputError
from redline.read.files import read_paths
from redline.read.html import article_from_html
from redline.types import Article

USER_AGENT = "redline/0.1 (news analysis for research; +https://pypi.org/project/redline/)"
DEFAULT_DELAY = 1.0  # seconds between two requests to one host
DEFAULT_TIMEOUT = 20.0  # seconds for one request
MAX_BYTES = 20 * 1024 * 1024  # a page larger than this is cut here
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SNIFF_BYTES = 2048
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!doctype\s+html|<html\b", re.IGNORECASE)


class FeedErrors:
    """Message templates for feeds and fetching."""

    F001 = "F001 {source}: cannot fetch ({detail})"
    F002 = "F002 {source}: not a feed, or a feed with no entries ({detail})"
    F003 = "F003 {source}: feed entry has no link"


class FetchError(OSError):
    """A URL that could not be fetched; the message says why."""


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response: its final URL, body and content type."""

    url: str
    data: bytes
    content_type: str


class Fetcher:
    """Fetches URLs politely: a delay per host, a timeout and a User-Agent.

    delay (float): seconds to wait between two requests to the same host.
    timeout (float): seconds before one request gives up.
    user_agent (str): the User-Agent header sent.
    """

    def __init__(
        self, delay: float = DEFAULT_DELAY, timeout: float = DEFAULT_TIMEOUT, user_agent: str = USER_AGENT
    ) -> None:
        self.delay, self.timeout, self.user_agent = delay, timeout, user_agent
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def fetch(self, url: str) -> Page:
        """The page at ``url``, after waiting out the host's delay.

        RAISES (FetchError): on an HTTP error status, a timeout or a network error.
        """
        self._wait(urlsplit(url).netloc.lower())
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": "*/*"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = response.read(MAX_BYTES)
                return Page(response.geturl(), data, response.headers.get("Content-Type", ""))
        except urllib.error.HTTPError as exc:
            raise FetchError(f"HTTP {exc.code} {exc.reason}") from exc
        except urllib.error.URLError as exc:
            raise FetchError(str(exc.reason)) from exc
        except (TimeoutError, OSError, ValueError) as exc:
            raise FetchError(str(exc) or type(exc).__name__) from exc

    def _wait(self, host: str) -> None:
        with self._lock:
            last = self._last.get(host)
            now = time.monotonic()
            if last is not None and now - last < self.delay:
                time.sleep(self.delay - (now - last))
            self._last[host] = time.monotonic()


def is_url(value: str | Path) -> bool:
    """Whether an input names an http(s) URL rather than a path."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def looks_like_feed(data: bytes) -> bool:
    """Whether content starts like an RSS, Atom or RDF feed (not an HTML page)."""
    head = data[:SNIFF_BYTES]
    return bool(_FEED_ROOT.search(head)) and not _DOCTYPE.search(head)


def read_sources(
    paths: Iterable[str | Path],
    fetcher: Fetcher | None = None,
    skip_url: Callable[[str], bool] | None = None,
) -> Iterator[Article | InputError]:
    """Articles from files, directories, JSONL, HTML, feed files and URLs, in order.

    A URL is fetched: a feed yields its entries' pages, a page yields itself.
    A directory yields what ``read_paths`` reads there, then its feed files
    (FEED_SUFFIXES). A file is read as a feed when its suffix or content says so.

    paths (Iterable[str | Path]): inputs; URLs as str.
    fetcher (Fetcher | None): fetches pages (a default polite one if None).
    skip_url (Callable[[str], bool] | None): True for an entry URL not to
        fetch (already stored); such entries are left out.
    YIELDS (Article | InputError): articles and the reasons inputs failed.
    """
    fetcher = fetcher or Fetcher()
    for path in paths:
        if is_url(path):
            yield from _read_url(str(path), fetcher, skip_url)
            continue
        path = Path(path)
        if path.is_dir():
            yield from read_paths([path])
            for feed in _feed_files(path):
                yield from read_feed(feed.read_bytes(), str(feed), fetcher, skip_url)
        elif path.is_file() and _is_feed_file(path):
            yield from read_feed(path.read_bytes(), str(path), fetcher, skip_url)
        else:
            yield from read_paths([path])


def read_feed(
    data: bytes,
    source: str,
    fetcher: Fetcher | None = None,
    skip_url: Callable[[str], bool] | None = None,
    base_url: str | None = None,
) -> Iterator[Article | InputError]:
    """One Article per entry of an RSS/Atom feed, each page fetched and extracted.

    data (bytes): the feed document.
    source (str): the feed's path or URL (in messages and Article.source of
        entries that had to use their own content).
    base_url (str | None): resolves relative entry links (the feed's URL).
    YIELDS (Article | InputError): F001/F003 per bad entry, F002 for a bad feed.
    """
    import feedparser  # imported here: only feeds need it

    fetcher = fetcher or Fetcher()
    parsed = feedparser.parse(data)
    if not parsed.entries:
        detail = str(parsed.get("bozo_exception") or "no entries")
        yield InputError(FeedErrors.F002.format(source=source, detail=detail), source)
        return
    publisher = parsed.feed.get("title") or None
    base = base_url or parsed.feed.get("link") or ""
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        url = urljoin(base, link) if link else None
        if url and skip_url is not None and skip_url(url):
            continue
        yield _entry_article(entry, url, f"{source}#{number}", publisher, fetcher)


def _entry_article(entry, url: str | None, locator: str, publisher: str | None, fetcher: Fetcher) -> Article | InputError:
    """The article an entry points to, or from the entry's own content."""
    meta = {
        "id": entry.get("id") or url or locator,
        "title": entry.get("title") or None,
        "date": _entry_date(entry),
        "publisher": publisher,
    }
    failure: InputError | None = None
    if url:
        try:
            page = fetcher.fetch(url)
            return _with_meta(article_from_html(page.data, source=url, url=page.url, id=meta["id"]), meta)
        except FetchError as exc:
            failure = InputError(FeedErrors.F001.format(source=url, detail=exc), url)
        except InputError as exc:
            failure = exc
    content = entry.get("content") or []
    html = content[0].get("value") if content else None
    if html:
        try:
            return _with_meta(article_from_html(html, source=url or locator, url=url, id=meta["id"]), meta)
        except InputError:
            pass
    return failure or InputError(FeedErrors.F003.format(source=locator), locator)


def _with_meta(article: Article, meta: dict[str, str | None]) -> Article:
    """Fill the article's missing title, date and publisher from the feed entry."""
    return replace(
        article,
        id=meta["id"],
        title=article.title or meta["title"],
        date=meta["date"] or article.date,
        publisher=article.publisher or meta["publisher"],
    )


def _entry_date(entry) -> str | None:
    """The entry's publication (or update) date as YYYY-MM-DD."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}"


def _read_url(url: str, fetcher: Fetcher, skip_url: Callable[[str], bool] | None) -> Iterator[Article | InputError]:
    """A fetched URL: a feed's entries, or the page itself (not fetched when skip_url says so)."""
    if skip_url is not None and skip_url(url):
        return
    try:
        page = fetcher.fetch(url)
    except FetchError as exc:
        yield InputError(FeedErrors.F001.format(source=url, detail=exc), url)
        return
    kind = page.content_type.lower()
    if any(word in kind for word in ("rss", "atom")) or looks_like_feed(page.data):
        yield from read_feed(page.data, url, fetcher, skip_url, base_url=page.url)
        return
    try:
        yield article_from_html(page.data, source=url, url=page.url, id=url)
    except InputError as exc:
        yield exc


def _is_feed_file(path: Path) -> bool:
    """.rss and .atom files are feeds; other files when their content says so."""
    if path.suffix.lower() in (".rss", ".atom"):
        return True
    if path.suffix.lower() in (".jsonl", ".ndjson", ".txt"):
        return False
    try:
        with open(path, "rb") as handle:
            return looks_like_feed(handle.read(SNIFF_BYTES))
    except OSError:
        return False


def _feed_files(root: Path) -> list[Path]:
    """Feed files under root (FEED_SUFFIXES, .xml only when it is a feed), sorted."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            Path(folder, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in FEED_SUFFIXES
        ]
    return sorted((p for p in found if _is_feed_file(p)), key=lambda p: p.parts)
