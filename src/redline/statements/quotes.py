"""Pair quotation marks into quotations, paragraph by paragraph.

Rules (why each exists):
- Curly marks are directional; a straight ``"`` is an opener after space or
  an opening bracket and a closer before space or punctuation, else it
  toggles; two straight single marks stand for one. Apostrophes (don't,
  Russia’s) are never quote marks.
- A quotation never crosses a paragraph break unless the next paragraph
  opens with a quotation mark: the newspaper convention for a quote running
  over several paragraphs (an opening mark at each, one closing at the end).
- An opener left unclosed at the end of its paragraph is dropped, so an
  unbalanced mark cannot swallow the rest of the article.
- Single marks (‘…’, '…') inside a double quotation are inner quotes and are
  ignored; elsewhere they pair as quotations of their own.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from redline.types import CharSpan

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
STRAIGHT = '"'
_TWO_SINGLES = "''"

_PARAGRAPH_BREAK = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quotation: one piece per paragraph, marks excluded from ``pieces``.

    outer: from the first opening mark to the last closing mark (inclusive).
    """

    pieces: tuple[CharSpan, ...]
    outer: CharSpan
    double: bool = True

    @property
    def start(self) -> int:
        return self.outer[0]

    @property
    def end(self) -> int:
        return self.outer[1]


def paragraph_spans(text: str) -> list[CharSpan]:
    """Lines of ``text`` with some word or quote in them, as spans (a line is
    a paragraph here; separator lines such as " ." are not paragraphs)."""
    spans: list[CharSpan] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if _has_content(text[start : match.start()]):
            spans.append((start, match.start()))
        start = match.end()
    if _has_content(text[start:]):
        spans.append((start, len(text)))
    return spans


def _has_content(line: str) -> bool:
    return any(ch.isalnum() or ch in DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT for ch in line)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _straight_role(text: str, i: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for a straight quote at ``i`` (``width``
    characters long: two for ``''``)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace() or before in "([{—–-/" or before in DOUBLE_OPEN + SINGLE_OPEN:
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]}—–-" or after in DOUBLE_CLOSE:
        return "close"
    return "either"


def _single_role(text: str, i: int) -> str | None:
    """'open', 'close' or None (apostrophe) for a single mark at ``i``."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _is_word_char(before) and _is_word_char(after):
        return None  # don't, Russia’s
    if ch in SINGLE_OPEN or (ch == "'" and not _is_word_char(before)):
        return "open" if _is_word_char(after) or after in "“\"" else None
    # closing mark or an apostrophe after a plural possessive (leaders’ ):
    # only a closer when an opener is pending, decided by the caller.
    if not _is_word_char(after):
        return "close"
    return None


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    marks = []
    for i in range(start, end):
        ch = text[i]
        if ch == "'" and text.startswith(_TWO_SINGLES, i) and not text.startswith(_TWO_SINGLES, i + 1) \
                and (i == 0 or text[i - 1] != "'"):
            # two straight single marks typed for a double one ("argued, ''It's …"):
            # an opener counts from its second mark, a closer from its first
            role = _straight_role(text, i, width=2)
            marks.append((i + 1 if role == "open" else i, role))
        elif ch in DOUBLE_OPEN:
            marks.append((i, "close" if _turned(text, i, closing=True) else "open"))
        elif ch in DOUBLE_CLOSE:
            marks.append((i, "open" if _turned(text, i, closing=False) else "close"))
        elif ch == STRAIGHT:
            marks.append((i, _straight_role(text, i)))
    return marks


def _turned(text: str, i: int, closing: bool) -> bool:
    """A curly mark typed the wrong way round: ”Fortunately, … ” opens a
    quotation where a space stands before it and a word after it; “ closes
    one after a word or stop with a space after it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if closing:
        return (_is_word_char(before) or before in ".,!?") and after.isspace()
    return (before.isspace() or before in "([") and _is_word_char(after)


def _starts_with_opener(text: str, span: CharSpan) -> bool:
    stripped = text[span[0] : span[1]].lstrip()
    return bool(stripped) and (stripped[0] in DOUBLE_OPEN or stripped[0] == STRAIGHT)


def find_quotations(text: str, skip: list[CharSpan] | None = None) -> list[Quotation]:
    """All double-mark quotations and standalone single-mark quotations.

    text (str): the article text.
    skip (list[CharSpan] | None): ranges (boilerplate) whose paragraphs are
        not searched.
    RETURNS (list[Quotation]): in text order, non-overlapping.
    """
    # (the stages of one article ask for the same text's quotations in turn)
    return list(_quotations(text, tuple(skip or ())))


@functools.lru_cache(maxsize=4)
def _quotations(text: str, skip: tuple[CharSpan, ...]) -> tuple[Quotation, ...]:
    return tuple(_find_quotations(text, list(skip)))


def _find_quotations(text: str, skip: list[CharSpan]) -> list[Quotation]:
    paragraphs = [p for p in paragraph_spans(text) if not _inside_any(p, skip or [])]
    quotes: list[Quotation] = []
    pending: list[CharSpan] = []  # pieces of a quote continuing over paragraphs
    pending_start = -1
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_at = -1
        if pending:
            first = _double_marks(text, p_start, p_end)
            if first and first[0][1] in ("open", "either"):
                open_at = first[0][0]
                marks = first[1:]
            else:
                pending, pending_start = [], -1
                marks = first
        else:
            marks = _double_marks(text, p_start, p_end)
        for i, role in marks:
            if open_at < 0:
                if role in ("open", "either"):
                    open_at = i
                    if not pending:
                        pending_start = i
                continue
            if role == "open" and text[i] != STRAIGHT:
                # a second opener: the first one was never closed; restart.
                open_at, pending, pending_start = i, [], i
                continue
            pieces = tuple(pending) + ((open_at + 1, i),)
            quotes.append(Quotation(pieces=_trim(text, pieces), outer=(pending_start, i + 1)))
            open_at, pending, pending_start = -1, [], -1
        if open_at >= 0:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt is not None and _starts_with_opener(text, nxt):
                pending = pending + [(open_at + 1, p_end)]
            else:
                pending, pending_start = [], -1
    quotes.extend(_single_quotations(text, paragraphs, quotes))
    quotes.sort(key=lambda q: q.outer)
    return [q for q in quotes if any(text[s:e].strip() for s, e in q.pieces)]


def _single_quotations(
    text: str, paragraphs: list[CharSpan], doubles: list[Quotation]
) -> list[Quotation]:
    """Single-mark quotations outside any double-mark quotation."""
    found: list[Quotation] = []
    # (double quotations never overlap: the one starting last at or before a
    # mark is the only one that may hold it, found by bisection, so a long
    # paragraph of many quotations costs no more per mark)
    doubles = sorted(doubles, key=lambda q: q.start)
    starts = [q.start for q in doubles]
    for p_start, p_end in paragraphs:
        open_at = -1
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in SINGLE_OPEN + SINGLE_CLOSE + "'":
                continue
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and i < doubles[k].end:
                continue
            role = _single_role(text, i)
            if role == "open" and open_at < 0:
                open_at = i
            elif role == "close" and open_at >= 0:
                found.append(
                    Quotation(pieces=_trim(text, ((open_at + 1, i),)), outer=(open_at, i + 1), double=False)
                )
                open_at = -1
    return found


def _trim(text: str, pieces: tuple[CharSpan, ...]) -> tuple[CharSpan, ...]:
    """Strip surrounding whitespace from each piece (offsets stay exact)."""
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return tuple(out)


def _inside_any(span: CharSpan, ranges: list[CharSpan]) -> bool:
    return any(r[0] <= span[0] and span[1] <= r[1] for r in ranges)
