"""HTML pages: the main article text and metadata, extracted by trafilatura.

Nothing is fetched: the page is given as a string (or bytes) and only parsed.
"""

from __future__ import annotations

import re
from configparser import ConfigParser
from functools import lru_cache

from redline.errors import Errors, InputError
from redline.read.text import parse_date
from redline.types import Article

# An extraction with no line of at least this many words is navigation or
# link lists, not an article (trafilatura returns "Home\nWorld" for a page
# that only has a menu).
MIN_LINE_WORDS = 5


@lru_cache(maxsize=1)
def _config() -> ConfigParser:
    """trafilatura's settings with its 250-character floor lowered to 1.

    Why: under that floor trafilatura falls back to a baseline extractor that
    joins all paragraphs with spaces, losing the paragraph breaks that the
    boilerplate and statement stages rely on in short articles.
    """
    from trafilatura.settings import use_config

    config = use_config()
    config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "1"
    return config


def _has_article_text(text: str) -> bool:
    """Whether some line of the extraction reads like prose, not a menu."""
    return any(len(line.split()) >= MIN_LINE_WORDS for line in text.splitlines())


def article_from_html(
    html: str | bytes,
    source: str | None = None,
    url: str | None = None,
    id: str | None = None,
) -> Article:
    """An Article from an HTML page, via trafilatura's main-text extraction.

    text is the extracted main text (paragraphs one per line); title, date,
    url and publisher (the site name) come from the page's metadata. When
    the text begins with the headline line, body_start points past it.

    html (str | bytes): the page; bytes are decoded by trafilatura using
        the page's declared charset.
    source (str | None): where it came from, for messages.
    url (str | None): the page's address, if known (used for metadata only).
    id (str | None): the article id.
    RETURNS (Article): the article.
    RAISES (InputError): R004 when the page has no article text.
    """
    import trafilatura  # imported here: slow to import, and only HTML needs it

    label = source or url or "<html>"
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, config=_config()
    )
    text = getattr(doc, "text", None) or ""
    if not text.strip() or not _has_article_text(text):
        raise InputError(Errors.R004.format(source=label), label)
    title = getattr(doc, "title", None) or None
    raw_date = getattr(doc, "date", None)
    return Article(
        text=text,
        id=id,
        title=title,
        date=parse_date(raw_date) if raw_date else None,
        url=getattr(doc, "url", None) or url,
        publisher=getattr(doc, "sitename", None) or None,
        source=source,
        body_start=_body_start(text, title),
    )


def _norm(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().casefold()


def _body_start(text: str, title: str | None) -> int:
    """Past the first line when it repeats the title (trafilatura keeps the <h1>)."""
    first, sep, _ = text.partition("\n")
    if title and sep and _norm(first) == _norm(title):
        rest = len(first) + 1
        return rest + (len(text[rest:]) - len(text[rest:].lstrip()))
    return 0
