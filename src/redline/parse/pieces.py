"""Where to cut a long text so each piece is parsed and analysed on its own.

spaCy's memory for one document grows with its length (about 2.5 kB per
character for ``en_core_web_sm``: a 1 MB text needs 3 GB), and parts of the
analysis compare every quotation or mention with every other, so one long
text costs more per character than many short ones. ``piece_bounds`` cuts a
text longer than ``PIECE_CHARS`` into consecutive pieces of at most that
many characters, at the strongest boundary it finds in the second half of
each window: a blank line (paragraph), else a line break, else a sentence
end, else a space; a hard cut only when the window has none of these.

The pieces cover the text exactly (no character lost or repeated), so an
offset into a piece plus the piece's start is an offset into the text.
"""

from __future__ import annotations

import re

from redline.types import CharSpan

# Characters per piece. Ordinary news articles stay whole (the longest text in
# the shared benchmark sets is PolNeAR train's, 33,672 characters), so their
# analysis is exactly what it was;
# above this, time per character grows with the length of one document
# (see benchmarks/throughput.py --long). Measured: see BENCHMARKS.md.
PIECE_CHARS = 40_000

# Boundaries, strongest first. Each match ends where the next piece begins.
_BOUNDARIES = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),  # a blank line: between paragraphs
    re.compile(r"\n\s*"),  # a line break (every line starts a sentence for the parser)
    re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])"),  # a sentence end
    re.compile(r"\s+"),  # a space: never cut inside a word when one can be avoided
)


def piece_bounds(text: str, size: int | None = None) -> list[CharSpan]:
    """Consecutive ``(start, end)`` pieces covering ``text``, each at most ``size`` long.

    text (str): the whole text.
    size (int | None): the longest piece, in characters; None is PIECE_CHARS.
    RETURNS (list[CharSpan]): one ``(0, len(text))`` piece when the text is
        no longer than ``size``; else pieces cut at paragraph, line, sentence
        or word boundaries, in text order, with no gap and no overlap.
    """
    size = size or PIECE_CHARS
    if size < 2:
        raise ValueError(f"piece size must be at least 2 characters, not {size}")
    bounds: list[CharSpan] = []
    start, length = 0, len(text)
    while length - start > size:
        cut = _cut(text, start, start + size)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, length))
    return bounds


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece from ``start`` ends: after the last, strongest boundary
    within its window's second half, never past ``limit``."""
    low = start + (limit - start) // 2
    for boundary in _BOUNDARIES:
        cut = None
        for match in boundary.finditer(text, low, limit):
            cut = match.end()
        if cut is not None and low < cut <= limit:
            return cut
    return limit
