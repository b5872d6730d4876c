"""Small helpers over spaCy tokens and character spans."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from redline.types import CharSpan

# Characters trimmed from the edges of a content span: the gold sets and a
# reader both expect "the US refused", not ", the US refused".
EDGE_PUNCT = " \t\n,;:—–-"


def token_span(tokens: Iterable[Token]) -> CharSpan | None:
    """The character span from the first to the last of ``tokens``."""
    toks = sorted(tokens, key=lambda t: t.i)
    if not toks:
        return None
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text))


def trim_span(text: str, span: CharSpan, chars: str = EDGE_PUNCT) -> CharSpan | None:
    """Shrink ``span`` past edge punctuation and whitespace; None if empty."""
    s, e = span
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return (s, e) if s < e else None


def merge_spans(spans: Iterable[CharSpan], text: str | None = None) -> list[CharSpan]:
    """Sorted union of spans; spans separated only by whitespace are joined."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and (s <= out[-1][1] or (text is not None and not text[out[-1][1] : s].strip())):
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def subtract_span(span: CharSpan, cut: CharSpan) -> list[CharSpan]:
    """``span`` minus ``cut``: zero, one or two pieces."""
    s, e = span
    pieces = []
    if cut[0] > s:
        pieces.append((s, min(e, cut[0])))
    if cut[1] < e:
        pieces.append((max(s, cut[1]), e))
    return [p for p in pieces if p[0] < p[1]]


def overlaps(a: CharSpan, b: CharSpan) -> bool:
    """Whether two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def subtree_bounds(token: Token, exclude: Iterable[Token] = ()) -> tuple[int, int]:
    """First and last token index of ``token``'s subtree, stopping short of
    excluded subtrees at its edges (the speaker, the cue)."""
    left, right = token.left_edge.i, token.right_edge.i
    for ex in exclude:
        lo, hi = ex.left_edge.i, ex.right_edge.i
        if lo <= left <= hi:
            left = hi + 1
        if lo <= right <= hi:
            right = lo - 1
    return left, right


def subtree_span(token: Token, exclude: Iterable[Token] = ()) -> CharSpan:
    """Span of ``token``'s subtree, stopping short of the excluded subtrees.

    The subtree of a dependency head is contiguous in projective parses; an
    excluded child at its edge (the speaker, the cue) is cut off.
    """
    doc = token.doc
    left, right = subtree_bounds(token, exclude)
    left = max(left, 0)
    right = min(right, len(doc) - 1)
    if right < left:
        return (token.idx, token.idx + len(token.text))
    return (doc[left].idx, doc[right].idx + len(doc[right].text))


def char_to_token(doc: Doc, char: int) -> Token | None:
    """The token covering character ``char`` (or the next one after it)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and len(span):
        return span[0]
    for tok in doc:
        if tok.idx >= char:
            return tok
    return None


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document (spaCy rebuilds the string
    from its tokens on every access, which dominated analysis time)."""
    text = doc.user_data.get("redline.text")
    if text is None:
        text = doc.user_data["redline.text"] = doc.text
    return text


class Ranges:
    """Sorted, disjoint character ranges (quotations, boilerplate), asked
    whether a position falls inside one by binary search: the cost stays
    flat however many ranges a long article holds."""

    def __init__(self, spans: Iterable[CharSpan] = ()) -> None:
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]

    def __contains__(self, char: int) -> bool:
        k = bisect.bisect_right(self._starts, char) - 1
        return k >= 0 and char < self.spans[k][1]

    def __bool__(self) -> bool:
        return bool(self.spans)
