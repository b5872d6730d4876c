"""Plain-text articles: a headline line, an optional date line, then the body.

The text is never rewritten: ``Article.text`` is what the caller gave, and the
header is described by ``Article.title``, ``Article.date`` and
``Article.body_start`` so that every offset still points into the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import islice

from redline.types import Article

# A first line longer than this is a paragraph, not a headline: texts pasted
# without a headline must not lose their first paragraph to the header.
MAX_HEADLINE_CHARS = 300

# The longest date line we accept ("Published at: Wednesday, September 18th, 2021, 10:45 a.m. GMT" fits).
MAX_DATE_CHARS = 100

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}

# "Published:", "Updated on", "Posted at" ... in front of a date line.
_PREFIX = r"(?:(?:published|posted|updated|last\s+updated|date)(?:\s+(?:at|on))?\s*[:\-–—]?\s*)?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
# A clock time with optional seconds, am/pm and time zone ("10:45 GMT", "T08:00:00Z").
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2}|\(?[a-z]{2,5}\)?)?"
_TIME_AFTER = rf"(?:(?:t|\s*[,|–—-]?\s*(?:at\s+)?){_CLOCK})?"
_TIME_BEFORE = rf"(?:{_CLOCK}\s*[,|–—-]?\s*)?"
_DATE_FORMS = (
    r"(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})",  # 2021-12-18
    r"(?P<y2>\d{4})/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})",  # 2021/12/18
    r"(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{4})",  # 18.12.2021 (European)
    r"(?P<mon4>[a-z]+)\.?\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{4})",  # Dec 18, 2021
    r"(?P<d5>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon5>[a-z]+)\.?,?\s+(?P<y5>\d{4})",  # 18 December 2021
)
DATE_LINE = re.compile(
    rf"^{_PREFIX}{_WEEKDAY}{_TIME_BEFORE}(?:{'|'.join(_DATE_FORMS)}){_TIME_AFTER}\.?$",
    re.IGNORECASE,
)
_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|\Z)")
# Stripped around headlines and dates: whitespace and a stray byte-order mark.
_STRIP = " \t\f\v\ufeff\u00a0"


def parse_date(value: str) -> str | None:
    """The ISO date (YYYY-MM-DD) a date line or date string names.

    value (str): a whole line such as "Dec 18 2021", "Published: 2021-12-18"
        or "2021-12-18T08:00:00Z"; anything else on the line means no date.
    RETURNS (str | None): the ISO date, or None when it is not a valid date.
    """
    value = value.strip(_STRIP)
    if len(value) > MAX_DATE_CHARS:  # a paragraph, not a date line
        return None
    match = DATE_LINE.match(value)
    if match is None:
        return None
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    year = int(next(v for k, v in groups.items() if k.startswith("y")))
    day = int(next(v for k, v in groups.items() if k.startswith("d")))
    month_name = next((v for k, v in groups.items() if k.startswith("mon")), None)
    if month_name is not None:
        month = MONTHS.get(month_name.lower())
        if month is None:
            return None
    else:
        month = int(next(v for k, v in groups.items() if k.startswith("m")))
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # 2021-02-30 and the like
        return None


def iter_lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text`` from ``start``, without its line break."""
    for match in _LINE.finditer(text, start):
        if match.start() == len(text) and match.start() > start and not match.group(0):
            return  # the empty remainder after a final line break is no line
        yield match.start(1), match.end(1)


def _content_lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Non-blank lines as (start, end) of their stripped content."""
    for s, e in iter_lines(text, start):
        line = text[s:e]
        stripped = line.strip(_STRIP)
        if stripped:
            lead = len(line) - len(line.lstrip(_STRIP))
            yield s + lead, s + lead + len(stripped)


def article_from_text(text: str, source: str | None = None, id: str | None = None) -> Article:
    """An Article from a plain-text news article.

    The first non-empty line is the headline (unless it is the only line or
    longer than MAX_HEADLINE_CHARS, which makes it body text); a date line
    right after it ("Dec 18 2021", "Published: 2021-12-18") gives the date.

    text (str): the whole article text; kept exactly as given.
    source (str | None): where it came from (a file path).
    id (str | None): the article id.
    RETURNS (Article): with title, date and body_start set from the header.
    """
    head = list(islice(_content_lines(text), 3))
    end = (len(text), len(text))
    title: str | None = None
    iso: str | None = None
    if not head:
        body = end
    elif (iso := parse_date(text[head[0][0]:head[0][1]])) is not None:
        body = head[1] if len(head) > 1 else end  # a date line and no headline
    elif len(head) > 1 and head[0][1] - head[0][0] <= MAX_HEADLINE_CHARS:
        title = text[head[0][0]:head[0][1]]
        iso = parse_date(text[head[1][0]:head[1][1]])
        if iso is None:
            body = head[1]
        else:  # the body starts at the line after the date line
            body = head[2] if len(head) > 2 else end
    else:
        body = head[0]
    return Article(
        text=text, id=id, title=title, date=iso, source=source, body_start=body[0]
    )
