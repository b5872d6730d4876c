"""Search words marked in the text shown: ``<mark>`` around each word that
starts with a searched word, any case (full-text search stems, so "reject"
also finds "rejected": the whole word is marked).

The text is escaped first and only ``<mark>`` is added, so an article's
markup stays text.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

MAX_WORDS = 20  # words of one query that are marked


def word_pattern(query: str | None) -> re.Pattern[str] | None:
    """One pattern matching any word that starts with a word of ``query``, or None."""
    words = [w for w in re.findall(r"\w+", query or "") if w][:MAX_WORDS]
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def highlight(text: str | None, query: str | None) -> Markup:
    """``text`` escaped, with every word matching ``query`` in ``<mark>``."""
    if not text:
        return Markup("")
    pattern = word_pattern(query)
    if pattern is None:
        return escape(text)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last:match.start()]))
        out.append(Markup("<mark>") + escape(match.group(0)) + Markup("</mark>"))
        last = match.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)
