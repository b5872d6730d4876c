"""An article's text cut into segments at every annotation boundary.

The article page highlights statements, speakers, cues and events inline
from the stored character offsets. Spans overlap (a speaker inside a
statement's sentence, an event trigger inside a quote), so the text is cut at
every span's start and end; each segment carries the marks that cover it, and
the template wraps it in one element, escaping the text. No HTML is built
from the article's text by string concatenation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Mark:
    """One annotated span: ``kind`` (speaker, cue, content, trigger, event,
    mention (of an actor), boilerplate) and the ``ref`` it links to ("st-12",
    "ev-3", "en-5", or None)."""

    start: int
    end: int
    kind: str
    ref: str | None = None


# Which mark a segment's link follows when several cover it (first wins).
LINK_ORDER = ("speaker", "trigger", "cue", "content", "event", "mention")


def segments(text: str, marks: list[Mark]) -> list[dict[str, Any]]:
    """Cut ``text`` at every mark boundary.

    text (str): the article's text.
    marks (list[Mark]): spans into it; those out of bounds are clipped, empty ones dropped.
    RETURNS (list[dict]): in text order, covering the whole text once:
        ``{"start", "end", "text", "kinds": [...], "refs": [...], "link": ref | None}``.
    """
    size = len(text)
    clipped = [
        Mark(max(0, m.start), min(size, m.end), m.kind, m.ref) for m in marks if min(size, m.end) > max(0, m.start)
    ]
    cuts = sorted({0, size, *(m.start for m in clipped), *(m.end for m in clipped)})
    starting: dict[int, list[int]] = {}
    for i, mark in enumerate(clipped):
        starting.setdefault(mark.start, []).append(i)
    active: set[int] = set()
    out = []
    for left, right in zip(cuts, cuts[1:]):
        active = {i for i in active if clipped[i].end > left}
        active.update(starting.get(left, ()))
        covering = [clipped[i] for i in sorted(active)]
        kinds = sorted({m.kind for m in covering}, key=_kind_rank)
        refs = list(dict.fromkeys(m.ref for m in sorted(covering, key=lambda m: _kind_rank(m.kind)) if m.ref))
        link = next((m.ref for m in sorted(covering, key=lambda m: _kind_rank(m.kind)) if m.ref), None)
        out.append({"start": left, "end": right, "text": text[left:right], "kinds": kinds, "refs": refs, "link": link})
    return out


def _kind_rank(kind: str) -> int:
    return LINK_ORDER.index(kind) if kind in LINK_ORDER else len(LINK_ORDER)
