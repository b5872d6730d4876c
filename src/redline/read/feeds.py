"""RSS/Atom feeds and web pages: fetched politely, read into Articles.

A feed (a local file or a URL) yields one Article per entry: the entry's page
is fetched and its main text extracted (``article_from_html``); the entry's
title and date fill in what the page lacks. Fetching (``redline.read.fetch``)
takes http and https links only, obeys each host's robots.txt, waits
``delay`` seconds between requests to the same host, gives each page
``timeout`` seconds in all, reads at most ``MAX_BYTES``, and names itself
with a User-Agent.

Failures are InputError values, as elsewhere in ``redline.read``:

- F001 a page or feed cannot be fetched (HTTP error, timeout, too large, refused);
- F002 a file or page that should be a feed has no entries;
- F003 a feed entry has no link (and no content of its own);
- F004 a link or feed URL that is not http or https (``file:``, ``ftp:``): not fetched;
- F005 a page the host's robots.txt disallows for redline: not fetched.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import urljoin

from redline.errors import InputError
from redline.read.fetch import DEFAULT_DELAY, DEFAULT_TIMEOUT, MAX_BYTES, USER_AGENT, FetchError, Fetcher, Page
from redline.read.files import read_paths
from redline.read.html import article_from_html
from redline.types import Article

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SNIFF_BYTES = 2048
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!doctype\s+html|<html\b", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class FeedErrors:
    """Message templates for feeds and fetching."""

    F001 = "F001 {source}: cannot fetch ({detail})"
    F002 = "F002 {source}: not a feed, or a feed with no entries ({detail})"
    F003 = "F003 {source}: feed entry has no link"
    F004 = "F004 {source}: not fetched: {detail}"
    F005 = "F005 {source}: not fetched: {detail}"


def fetch_failure(url: str, exc: FetchError) -> InputError:
    """The InputError for a URL that was not fetched, coded by the reason."""
    template = {"F004": FeedErrors.F004, "F005": FeedErrors.F005}.get(exc.code, FeedErrors.F001)
    return InputError(template.format(source=url, detail=exc), url)


def is_url(value: str | Path) -> bool:
    """Whether an input names a URL (``scheme://...``) rather than a path; only
    http(s) ones are fetched, the others are refused (F004)."""
    return isinstance(value, str) and bool(_SCHEME.match(value)) and not Path(value).exists()


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
            failure = fetch_failure(url, exc)
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
        yield fetch_failure(url, exc)
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


__all__ = [
    "DEFAULT_DELAY", "DEFAULT_TIMEOUT", "MAX_BYTES", "USER_AGENT", "FeedErrors", "FetchError", "Fetcher", "Page",
    "fetch_failure", "is_url", "looks_like_feed", "read_feed", "read_sources",
]
