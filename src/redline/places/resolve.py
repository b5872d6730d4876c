"""Choose the GeoNames place each mention names, from the article's context.

Each candidate place scores a prior (its population, on a log scale, with
countries, continents and named regions ahead of towns of the same name)
plus its fit with the article:

- a containing place right after a comma ("Paris, Texas", "Goma, Congo",
  "Paris, Tex.") keeps only the candidates inside it;
- the dateline's country ("KYIV (Reuters) -") favours candidates there;
- the countries and first-level regions the rest of the article names
  favour candidates inside them (read from a first pass over the
  mentions, each mention leaving out its own vote);
- one name in one article is one place (the best-supported reading wins
  for every mention of it).

These are general rules: no place, article or corpus is special-cased.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc

from redline.places.gazetteer import Gazetteer, Place
from redline.places.toponyms import STATE_ABBREVIATIONS, Mention

MAX_CANDIDATES = 40
# Prior bonuses in log10(population) units: a country or continent is meant
# far more often than a town of the same name ("Georgia" aside, which the
# article's context decides).
KIND_BONUS = {"country": 1.5, "continent": 2.0, "region": 1.0, "water": 1.0, "admin1": 0.3,
              "landmark": 0.0, "city": 0.0}
# Named regions and seas have no population; they count as this many people.
UNPEOPLED = {"region": 5_000_000, "water": 5_000_000, "landmark": 10_000}
CONTAINER_BONUS = 8.0
DATELINE_BONUS = 2.0
COUNTRY_WEIGHT = 3.0
REGION_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention with the place chosen for it (None: a place name the
    gazetteer does not have)."""

    mention: Mention
    place: Place | None
    score: float = 0.0


def _prior(p: Place) -> float:
    people = p.population or UNPEOPLED.get(p.kind, 0)
    return math.log10(people + 10) + KIND_BONUS.get(p.kind, 0.0)


def _inside(p: Place, container: Place) -> bool:
    if p.index == container.index:
        return False
    if container.kind == "country":
        return p.country2 == container.country2 and p.kind != "country"
    if container.kind == "admin1":
        return p.country2 == container.country2 and p.admin1 == container.admin1 and p.kind == "city"
    return False


def _containers(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> dict[int, list[Place]]:
    """For each mention followed by ", <region or country>", the places that
    may contain it."""
    out: dict[int, list[Place]] = {}
    by_first = {m.first: k for k, m in enumerate(mentions)}
    for k, m in enumerate(mentions):
        if m.last + 1 >= len(doc) or doc[m.last].text != ",":
            continue
        nxt = doc[m.last + 1]
        places: list[Place] = []
        j = by_first.get(m.last + 1)
        if j is not None:
            places = [p for p in gaz.lookup(mentions[j].text) if p.kind in ("admin1", "country")]
        abbrev = STATE_ABBREVIATIONS.get(nxt.text.rstrip("."))
        if abbrev:
            state = gaz.region("US", abbrev)
            if state is not None:
                places.append(state)
        if places:
            out[k] = places
    return out


def resolve(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Resolved]:
    """The place each mention names, chosen with the article's context."""
    if not mentions:
        return []
    cands: list[list[Place]] = []
    for m in mentions:
        if m.demonym is not None:
            cands.append([m.demonym])
        else:
            cands.append(gaz.lookup(m.text)[:MAX_CANDIDATES])
    containers = _containers(doc, mentions, gaz)
    for k, inside in containers.items():
        kept = [p for p in cands[k] if any(_inside(p, c) for c in inside)]
        if kept:
            cands[k] = kept
    dateline_cc = {p.country2 for k, m in enumerate(mentions) if m.source == "dateline"
                   for p in cands[k][:1] if p.country2}

    def score(k: int, p: Place, votes: Counter | None, regions: Counter | None, total: float) -> float:
        s = _prior(p)
        if k in containers and any(_inside(p, c) for c in containers[k]):
            s += CONTAINER_BONUS
        if p.country2 in dateline_cc:
            s += DATELINE_BONUS
        if votes is not None and total > 0 and p.country2:
            s += COUNTRY_WEIGHT * votes[p.country2] / total
            if p.admin1:
                s += REGION_WEIGHT * regions[f"{p.country2}.{p.admin1}"] / total
        return s

    # First pass: the prior, commas and the dateline.
    first = [max(c, key=lambda p, k=k: score(k, p, None, None, 0)) if c else None
             for k, c in enumerate(cands)]
    votes: Counter = Counter()
    regions: Counter = Counter()
    mine: list[tuple[str | None, str | None]] = []
    for p in first:
        cc = p.country2 if p is not None else None
        reg = f"{p.country2}.{p.admin1}" if p is not None and p.admin1 else None
        mine.append((cc, reg))
        if cc:
            votes[cc] += 1
        if reg:
            regions[reg] += 1
    total = float(sum(1 for p in first if p is not None))

    # Second pass: each mention weighs the others' countries and regions.
    best_by_name: dict[str, tuple[float, Place]] = {}
    chosen: list[tuple[Place | None, float]] = []
    for k, c in enumerate(cands):
        if not c:
            chosen.append((None, 0.0))
            continue
        cc, reg = mine[k]
        if cc:
            votes[cc] -= 1
        if reg:
            regions[reg] -= 1
        scored = [(score(k, p, votes, regions, max(total - 1, 0)), p) for p in c]
        if cc:
            votes[cc] += 1
        if reg:
            regions[reg] += 1
        s, p = max(scored, key=lambda x: x[0])
        chosen.append((p, s))
        if k not in containers and mentions[k].demonym is None:
            key = mentions[k].text.casefold()
            if key not in best_by_name or s > best_by_name[key][0]:
                best_by_name[key] = (s, p)

    out = []
    for k, (p, s) in enumerate(chosen):
        m = mentions[k]
        if p is not None and k not in containers and m.demonym is None:
            s, p = best_by_name.get(m.text.casefold(), (s, p))
        out.append(Resolved(m, p, s))
    return out


def article_countries(resolved: list[Resolved]) -> list[tuple[str, int]]:
    """The countries an article's places lie in, most named first."""
    counts: dict[str, int] = defaultdict(int)
    for r in resolved:
        if r.place is not None and r.place.country:
            counts[r.place.country] += 1
    return sorted(counts.items(), key=lambda x: -x[1])
