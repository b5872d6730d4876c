"""Wire-story datelines: "MOSCOW -", "WASHINGTON (Reuters) -", "KINSHASA, Jan 27 (Reuters) —".

The parser reads a dateline's place as a second subject of the lead
sentence ("MOSCOW - The Kremlin slammed …": MOSCOW nsubj); the place is
where the story was filed, never who acted or spoke.
"""

from __future__ import annotations

from spacy.tokens import Token

DASHES = frozenset({"-", "–", "—", "--"})
MAX_DATELINE_TOKENS = 10  # "KINSHASA , Jan 27 ( Reuters ) -"
NOT_IN_DATELINE = frozenset({":", "?", "!", "'S", "’S", "'s", "’s"})


def is_dateline(token: Token) -> bool:
    """Whether ``token`` is the place word of a dateline opening its line."""
    return dateline_dash(token) is not None


def dateline_dash(token: Token) -> Token | None:
    """The dash that ends the dateline whose place word is ``token``
    ("KINSHASA , Jan 27 ( Reuters ) -"), or None when ``token`` opens none."""
    text = token.text
    if len(text) < 2 or not text.isupper() or not text.isalpha():
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].text.isupper() and doc[start - 1].text.isalpha():
        start -= 1  # "NEW YORK", "ADDIS ABABA"
    if start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        return None  # not at the start of a line
    for t in doc[token.i + 1:token.i + MAX_DATELINE_TOKENS]:
        if t.text in DASHES:
            return t
        if (t.is_alpha and t.is_lower) or t.text in NOT_IN_DATELINE:
            return None  # "EVEN OZ'S BOSS: HE'S FULL OF IT —" is a shouted line, not a place
    return None
