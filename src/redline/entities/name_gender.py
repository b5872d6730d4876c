"""The gender a person's first name takes: the hand list first, then counts.

``statements.names.gender_of_name`` knows about a thousand common first
names by hand; ``data/first_name_genders.tsv`` adds the first names seen with
a gendered pronoun in training data (GAP development, GUM train), counted by
``scripts/build_name_genders.py``. The entity layer reads both, so that
"he" can tell "Kanjiro Kawai" from "Mary Paine" when the hand list knows
neither first name.
"""

from __future__ import annotations

import functools
from importlib import resources

from redline.statements.names import gender_of_name, gendered_first_name

TABLE_FILE = "first_name_genders.tsv"


@functools.cache
def counted_genders() -> dict[str, str]:
    """First name (lower case) -> "m" or "f", from the shipped table (empty when absent)."""
    try:
        text = (resources.files("redline") / "data" / TABLE_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, gender, *_ = line.split("\t")
        out[word] = gender
    return out


def name_gender(full_name: str) -> str | None:
    """'m', 'f' or None from the first word of a person's name ("Mary Paine" -> 'f')."""
    known = gender_of_name(full_name)
    if known is not None:
        return known
    first = gendered_first_name(full_name)
    return counted_genders().get(first) if first is not None else None
