"""Choose the GeoNames place each mention names, from the article's context.

Each candidate place scores a prior (its population on a log scale;
countries, continents and named regions ahead of towns of the same name;
capitals and places called by their own rather than an alternate name a
little ahead) plus its fit with the article:

- a containing place right after a comma ("Paris, Texas", "Goma, Congo",
  "Paris, Tex.") keeps only the candidates inside it (a state the
  gazetteer has no such town in leaves the name without coordinates);
- a dateline ("KYIV (Reuters) -") names a town, favours its country, and
  its reading holds for the same name later in the story;
- the countries and first-level regions the rest of the article names
  favour candidates inside them, one vote per distinct name, never its
  own (iterated from the prior's readings until they settle);
- towns near the article's other places, and ambiguous towns that have
  readings near each other ("Logan" and "Springfield"), are likelier;
- one name in one article is one place (the best-supported reading wins
  for every mention of it);
- a town named only inside a facility's name ("Madison Creek" apartments,
  "Long Beach Airport") is resolved but gives the other names no vote,
  point or pairing: it may be a namesake far from the story;
- a name that is both a country's capital and one of its first-level
  regions elsewhere ("Washington") is the capital unless the article
  signals the region: another of its names inside that region ("Seattle",
  "Spokane County"), the word "state" with it ("Washington state"), or
  another first-level region listed with it ("Oregon and Washington");
- "Helmand province", "Washington State": a region word after a name the
  gazetteer lacks in that form reads the name as the region.

These are general rules: no place, article or corpus is special-cased.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc

from redline.places.gazetteer import Entry, Gazetteer, name_key, weight
from redline.places.toponyms import STATE_ABBREVIATIONS, Mention

MAX_CANDIDATES = 40
# Prior bonuses in log10(population) units: a country or continent is meant
# far more often than a town of the same name ("Georgia" aside, which the
# article's context decides).
KIND_BONUS = {"country": 1.5, "continent": 2.0, "region": 1.0, "water": 1.0, "admin1": 0.3,
              "landmark": 0.0, "city": 0.0, "county": 0.0}
CONTAINER_BONUS = 8.0
DATELINE_BONUS = 2.0
COUNTRY_WEIGHT = 5.0
REGION_WEIGHT = 4.0
CAPITAL_BONUS = 0.6
# A capital of a country the article names by name ("San Juan" in a story
# about Puerto Rico, however often it names the United States).
NAMED_CAPITAL_BONUS = 1.5
# Places near the article's other places are likelier (local news names
# towns around one another): up to this bonus, falling to none at NEAR_KM.
NEAR_WEIGHT = 1.5
NEAR_KM = 300.0
NEAR_DEGREES = NEAR_KM / 111.0
POINT_KINDS = frozenset({"city", "admin1", "landmark"})
PASSES = 4
# Pairing: a town reading gains up to PAIR_WEIGHT as the share of other
# names with a reading within PAIR_KM of it (their first PAIR_CANDIDATES).
PAIR_WEIGHT = 2.0
PAIR_KM = 150.0
PAIR_CANDIDATES = 12
ADMIN_WORDS = frozenset({"county", "parish", "province", "district", "region", "oblast",
                         "governorate", "state", "borough", "township", "prefecture", "shire"})
# A place called by its own name beats one for which the text is an old or
# foreign alternate ("Rogersville" is a town, not an old name of another).
OWN_NAME_BONUS = 1.5
# A region that shares its name with its country's capital elsewhere
# ("Washington") needs the article to signal it: unsignalled, it gives way
# to the capital (the state's larger population notwithstanding).
CAPITAL_RIVAL_PENALTY = 1.5


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention with the place chosen for it (None: a place name the
    gazetteer does not have)."""

    mention: Mention
    place: Entry | None
    score: float = 0.0


def _prior(p: Entry, gaz: Gazetteer) -> float:
    people = weight(p)
    bonus = CAPITAL_BONUS if p.kind == "city" and gaz.is_capital(p) else 0.0
    return math.log10(people + 10) + KIND_BONUS.get(p.kind, 0.0) + bonus


def _inside(p: Entry, container: Entry) -> bool:
    if p.index == container.index:
        return False
    if container.kind == "country":
        return p.country2 == container.country2 and p.kind != "country"
    if container.kind == "admin1":
        return p.country2 == container.country2 and p.admin1 == container.admin1 and p.kind == "city"
    return False


def _containers(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> dict[int, list[Entry]]:
    """For each mention followed by ", <region or country>", the places that
    may contain it."""
    out: dict[int, list[Entry]] = {}
    by_first = {m.first: k for k, m in enumerate(mentions)}
    for k, m in enumerate(mentions):
        if m.last + 1 >= len(doc) or doc[m.last].text != ",":
            continue
        if any(p.kind == "country" for p in gaz.lookup(m.text)):
            continue  # "Mali, Guinea and Niger": a list of states, not a town in Guinea
        nxt = doc[m.last + 1]
        places: list[Entry] = []
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


def _towns(keys: list[str], cands: list[list[Entry]]) -> dict[str, list[Entry]]:
    """Each name's leading town and region readings, for pairing."""
    out: dict[str, list[Entry]] = {}
    for key, c in zip(keys, cands):
        if key not in out:
            out[key] = [p for p in c if p.kind in POINT_KINDS and p.lat is not None][:PAIR_CANDIDATES]
    return out


def _neighbours(p: Entry, key: str, towns: dict[str, list[Entry]]) -> float:
    """The share of the article's other names that can be read as a place
    near ``p``: two ambiguous towns named together are likelier the pair
    that lie near each other ("Logan" and "Springfield" in Ohio)."""
    others = [c for k, c in towns.items() if k != key and c]
    if not others:
        return 0.0
    hits = 0
    for c in others:
        for q in c:
            if abs(q.lat - p.lat) < 2 and abs(q.lon - p.lon) < 3 and \
                    distance_km(p.lat, p.lon, q.lat, q.lon) < PAIR_KM and q.index != p.index:
                hits += 1
                break
    return hits / len(others)


def _named_alike(text: str, places: list[Entry]) -> list[Entry]:
    """Drop candidates of another order than the name says: "Jackson
    County" is not the town of Jackson, "Helmand province" not a village."""
    words = name_key(text).split()
    if len(words) < 2 or words[-1] not in ADMIN_WORDS:
        return places
    return [p for p in places if words[-1] in name_key(p.name).split() or p.kind != "city"]


def _unknown_units(mentions: list[Mention], cands: list[list[Entry]]) -> None:
    """A bare name the story also gives as a unit the gazetteer lacks
    ("Kani" after "Kani Township"): that unknown place, no namesake town
    abroad. Clears its candidates in place."""
    unknown = set()
    for m, c in zip(mentions, cands):
        words = name_key(m.text).split()
        if not c and len(words) >= 2 and words[-1] in ADMIN_WORDS:
            unknown.add(" ".join(words[:-1]))
    if unknown:
        for k, m in enumerate(mentions):
            if name_key(m.text) in unknown:
                cands[k] = []


def _capital_rivals(found: list[Entry], gaz: Gazetteer) -> bool:
    """Whether a name's readings hold a country's capital and a first-level
    region of that country that does not contain it ("Washington")."""
    capitals = {(p.country2, p.admin1) for p in found if p.kind == "city" and gaz.is_capital(p)}
    return any(p.kind == "admin1" and any(cc == p.country2 and a1 != p.admin1 for cc, a1 in capitals)
               for p in found)


def _region_word(doc: Doc, m: Mention) -> bool:
    """Whether the text calls the name a state or region ("Washington
    state", "the state of Washington")."""
    after = doc[m.last].lower_ if m.last < len(doc) else ""
    before = doc[m.first - 2:m.first].text.lower() if m.first >= 2 else ""
    return after in ADMIN_WORDS or before in ("state of", "province of", "region of")


def _listed_with_region(k: int, mentions: list[Mention], cands: list[list[Entry]], gaz: Gazetteer) -> bool:
    """Whether mention ``k`` is listed beside a name read first as a
    first-level region ("Oregon and Washington", "Washington, Oregon")."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(mentions) and cands[j] and cands[j][0].kind == "admin1":
            a, b = sorted((mentions[j], mentions[k]), key=lambda m: m.first)
            if b.first - a.last <= 2 and not _capital_rivals(cands[j], gaz):
                return True
    return False


def _state_abbreviation(doc: Doc, m: Mention, gaz: Gazetteer) -> Entry | None:
    """The US state an abbreviation after a comma names ("Paris, Tex.")."""
    if m.first == 0 or doc[m.first - 1].text != ",":
        return None
    code = STATE_ABBREVIATIONS.get(m.text.rstrip("."))
    return gaz.region("US", code) if code else None


def resolve(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Resolved]:
    """The place each mention names, chosen with the article's context."""
    if not mentions:
        return []
    cands: list[list[Entry]] = []
    for m in mentions:
        state = _state_abbreviation(doc, m, gaz)
        if m.source == "street":
            cands.append([])  # "Washington Drive": a street, not what it is named after
        elif m.demonym is not None:
            cands.append([m.demonym])
        elif state is not None:
            cands.append([state])
        else:
            found = _named_alike(m.text, gaz.lookup(m.text)[:MAX_CANDIDATES])
            words = m.text.rsplit(" ", 1)
            if not found and len(words) == 2 and words[1].casefold() in ADMIN_WORDS:
                # "Washington State", "Helmand Province": the region itself
                found = [p for p in gaz.lookup(words[0]) if p.kind in ("admin1", "county", "region")]
            if m.source == "dateline":  # a dateline names a town ("WASHINGTON -" is the capital)
                found = [p for p in found if p.kind == "city"] or found
            cands.append(found)
    _unknown_units(mentions, cands)
    containers = _containers(doc, mentions, gaz)
    keys = [name_key(m.text) for m in mentions]
    # Names met only inside facilities' names: namesakes, no evidence of where.
    namesake = [m.source == "embedded" and m.label == "FAC" for m in mentions]
    voting = {m.text.casefold() for m, n in zip(mentions, namesake) if not n}
    # Names whose region reading must be signalled ("Washington"); the word
    # "state" beside the name signals it at once.
    rivals = {k for k, c in enumerate(cands) if _capital_rivals(c, gaz) and not _region_word(doc, mentions[k])
              and not _listed_with_region(k, mentions, cands, gaz)}
    towns = _towns([k for k, n in zip(keys, namesake) if not n], [c for c, n in zip(cands, namesake) if not n])
    for k, inside in containers.items():
        # "HOLLIDAY, Mo." where the gazetteer has no Holliday in Missouri: a
        # place it lacks, not the Holliday in Texas.
        # A country after the comma may be named loosely ("Goma, Congo"):
        # there the other readings stay.
        kept = [p for p in cands[k] if any(_inside(p, c) for c in inside)]
        if kept or any(c.kind == "admin1" for c in inside):
            cands[k] = kept
    # the dateline's country: its likeliest reading by its own evidence (an
    # old alternate name of a larger city is no rival: "ISLAMABAD" is not
    # Chattogram, once called so)
    dateline_cc = {p.country2 for k, m in enumerate(mentions) if m.source == "dateline"
                   for p in sorted(cands[k], key=lambda p: -(_prior(p, gaz) + OWN_NAME_BONUS * (
                       name_key(p.name) == keys[k])))[:1] if p.country2}

    def score(k: int, p: Entry, votes: Counter | None, regions: Counter | None, total: float,
              points: list[tuple[int, Entry]]) -> float:
        s = _prior(p, gaz)
        if name_key(p.name) == keys[k]:
            s += OWN_NAME_BONUS
        if k in containers and any(_inside(p, c) for c in containers[k]):
            s += CONTAINER_BONUS
        if p.country2 in dateline_cc:
            s += DATELINE_BONUS
        if p.country2 in named_states and p.kind == "city" and gaz.is_capital(p) and name_key(p.name) == keys[k]:
            s += NAMED_CAPITAL_BONUS
        if k in rivals and p.kind == "admin1" and not (
                regions is not None and regions[f"{p.country2}.{p.admin1}"] > 0):
            s -= CAPITAL_RIVAL_PENALTY
        if votes is not None and total > 0 and p.country2:
            s += COUNTRY_WEIGHT * votes[p.country2] / total
            if p.admin1:
                s += REGION_WEIGHT * regions[f"{p.country2}.{p.admin1}"] / total
        if votes is not None and p.lat is not None and p.kind in POINT_KINDS:
            # Only points within NEAR_KM's latitude band can count.
            near = min((distance_km(p.lat, p.lon, q.lat, q.lon) for j, q in points
                        if abs(q.lat - p.lat) < NEAR_DEGREES and j != k
                        and mentions[j].text != mentions[k].text), default=NEAR_KM)
            s += NEAR_WEIGHT * max(0.0, 1.0 - near / NEAR_KM)
            pair = (p.index, keys[k])
            if pair not in neighbours:  # the same in every pass
                neighbours[pair] = _neighbours(p, keys[k], towns)
            s += PAIR_WEIGHT * neighbours[pair]
        return s

    neighbours: dict[tuple[int, str], float] = {}
    named_states: set[str] = set()  # the countries named as such (after the first pass)

    # First pass: the prior, commas and the dateline. Later passes weigh
    # the other mentions' countries, regions and points from the pass
    # before, until the readings settle.
    current: list[Entry | None] = [
        max(c, key=lambda p, k=k: score(k, p, None, None, 0, [])) if c else None
        for k, c in enumerate(cands)]
    named_states = {p.country2 for p, m in zip(current, mentions)
                    if p is not None and p.kind == "country" and m.source != "embedded" and m.demonym is None}
    scores = [0.0] * len(cands)
    for _ in range(PASSES):
        # One vote per distinct name (eight "Dublin"s are one vote), and a
        # name never votes for itself.
        readings = {mentions[k].text.casefold(): p for k, p in enumerate(current) if p is not None}
        voters = [p for name, p in readings.items() if name in voting]
        votes: Counter = Counter()
        regions: Counter = Counter()
        for p in voters:
            if p.country2:
                votes[p.country2] += 1
                if p.admin1:
                    regions[f"{p.country2}.{p.admin1}"] += 1
        total = float(len(voters))
        # one point per distinct name and place: a name repeated twenty
        # times would only repeat the same distances (the nearest point is
        # the same whichever mention of a name it is)
        unique: dict[tuple[str, int], int] = {}
        for k, p in enumerate(current):
            if p is not None and p.lat is not None and p.kind in POINT_KINDS and not namesake[k]:
                unique.setdefault((mentions[k].text, p.index), k)
        points = [(k, current[k]) for k in unique.values()]
        chosen: list[Entry | None] = []
        # A name repeated with the same readings and containers scores the
        # same at every mention: score it once per pass.
        best: dict[tuple, tuple[float, Entry]] = {}
        for k, c in enumerate(cands):
            own = readings.get(mentions[k].text.casefold())
            if not c or current[k] is None or own is None:
                chosen.append(None)
                continue
            same = (mentions[k].text, tuple(p.index for p in c),
                    tuple(e.index for e in containers.get(k, ())), k in rivals)
            if same in best:
                scores[k], p = best[same]
                chosen.append(p)
                continue
            mine = 1 if mentions[k].text.casefold() in voting else 0  # its own vote, taken out
            votes[own.country2] -= mine
            reg = f"{own.country2}.{own.admin1}" if own.admin1 else None
            if reg:
                regions[reg] -= mine
            s, p = max(((score(k, p, votes, regions, max(total - mine, 1), points), p) for p in c),
                       key=lambda x: x[0])
            votes[own.country2] += mine
            if reg:
                regions[reg] += mine
            chosen.append(p)
            scores[k] = s
            best[same] = (s, p)
        chosen = _one_sense(mentions, chosen, scores, containers)
        if chosen == current:
            break
        current = chosen
    return [Resolved(m, p, s) for m, p, s in zip(mentions, current, scores)]


def _one_sense(mentions: list[Mention], chosen: list[Entry | None], scores: list[float],
               containers: dict[int, list[Entry]]) -> list[Entry | None]:
    """One name in one article is one place: the best-supported reading of
    a name goes to all its mentions (a comma-qualified or adjectival
    mention keeps its own)."""
    best: dict[str, tuple[float, Entry]] = {}
    for k, p in enumerate(chosen):
        if p is None or k in containers or mentions[k].demonym is not None:
            continue
        key = mentions[k].text.casefold()
        # The dateline names a town: its reading holds for the same name
        # in the story ("WASHINGTON -" ... "Washington").
        rank = math.inf if mentions[k].source == "dateline" else scores[k]
        if key not in best or rank > best[key][0]:
            best[key] = (rank, p)
    out = []
    for k, p in enumerate(chosen):
        m = mentions[k]
        if p is not None and k not in containers and m.demonym is None:
            p = best[m.text.casefold()][1]
        out.append(p)
    return out


def article_countries(resolved: list[Resolved]) -> list[tuple[str, int]]:
    """The countries an article's places lie in, most named first."""
    counts: dict[str, int] = defaultdict(int)
    for r in resolved:
        if r.place is not None and r.place.country:
            counts[r.place.country] += 1
    return sorted(counts.items(), key=lambda x: -x[1])
