"""Convert the PETRARCH2/Phoenix CAMEO dictionaries into redline's actor tables.

    python scripts/convert_cameo_actors.py [--source DIR] [--out DIR]

Reads (by path, at run time) ``Phoenix.Countries.actors.txt``,
``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt`` and
``Phoenix.agents.txt`` from ``../shared/data/petrarch2-dictionaries`` (MIT
licence, Copyright (c) 2014 Open Event Data Alliance) and writes
``cameo_people.tsv``, ``cameo_organizations.tsv`` and ``cameo_agents.tsv``
into ``src/redline/data`` (layouts: ``redline.actors.dictionaries``).

Entries that would match ordinary news text wrongly are left out:

- a one-word alias of a person (a bare surname: the article's own
  introduction of the full name resolves it later);
- an alias that is an ordinary lower-case English word, or made only of
  such words ("YOUTH", "Rotary Club"), judged by how the word is written in
  running English text (the GAP and GUM corpora next to the dictionaries:
  a word seen in lower case there is an ordinary word);
- companies (the ``MNC`` code), regions and the country records themselves
  (``countries.tsv`` names the states);
- agent phrases that contain a word of ``sectors.tsv`` ("government
  forces", "military police"): the hand-written words decide those;
- agent nouns of the catch-all sectors (CVL civilians, PPL people, ELI
  elites: "children", "men", "retired"), which would give a generic noun an
  invented code;
- anything the hand-written tables already name: a person of
  ``people.tsv`` by name, an organisation of ``organizations.tsv`` by
  acronym or name, a sector word of ``sectors.tsv``; the resolver also lets
  the hand-written entries win wherever an n-gram is shared.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

from redline.actors.dictionaries import (
    INSTITUTION_WORDS,
    PersonRole,
    builtin_hand_tables,
    cameo_tables,
    parse_cameo_actors,
)
from redline.actors.normalize import key, pluralize

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SOURCE = SHARED / "petrarch2-dictionaries"
OUT = REPO / "src" / "redline" / "data"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
AGENTS = "Phoenix.agents.txt"
# Agents of these sectors are everyday nouns ("children", "man", "victims",
# "retired"): they name no actor and are left out.
CATCH_ALL_SECTORS = frozenset({"CVL", "PPL", "ELI"})
_WORD = re.compile(r"[A-Za-z]+")
# Particles that may stay lower case inside a name ("Ibn", "al", "de", "of").
_PARTICLES = frozenset("al el bin bint ibn abu de da do dos das di del della van von der den la le "
                       "du ben ter of the and for in on to y e".split())


def ordinary_words(shared: Path) -> frozenset[str]:
    """Words written in lower case in running English text (at least twice).

    Text: the GAP Wikipedia passages and the GUM training documents, read by
    path; words that only ever appear capitalised (names) are not included.
    """
    lower: Counter[str] = Counter()
    texts: list[str] = []
    for name in ("gap-development.tsv", "gap-test.tsv", "gap-validation.tsv"):
        path = shared / "gap" / name
        if path.exists():
            with path.open(encoding="utf-8") as f:
                for row in csv.reader(f, delimiter="\t"):
                    if len(row) > 1:
                        texts.append(row[1])
    gum = shared.parent / "benchmarks" / "coref-gum-train.jsonl"
    if gum.exists():
        for line in gum.open(encoding="utf-8"):
            texts.append(json.loads(line).get("text", ""))
    for text in texts:
        for m in _WORD.finditer(text):
            w = m.group()
            if w.islower():
                lower[w] += 1
    return frozenset(w for w, n in lower.items() if n >= 2)


def is_ordinary(alias: str, common: frozenset[str]) -> bool:
    """An alias made only of ordinary lower-case words (particles aside)."""
    words = [w for w in key(alias) if w not in _PARTICLES]
    return not words or all(w in common for w in words)


# Honorifics and titles that are not part of a name ("President Bush").
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady madam baroness baron gen col lt maj sgt "
                       "capt adm sen rep gov pres prof rev sheikh shaikh ayatollah imam rabbi prince "
                       "princess king queen emir sultan president premier vice deputy acting former "
                       "reformer hardliner strongman dictator general colonel marshal".split())


def clean_person_aliases(aliases: tuple[str, ...], common: frozenset[str],
                         titles: frozenset[str]) -> tuple[str, ...]:
    """A person's aliases without bare surnames and ordinary phrases.

    Dropped: one-word aliases ("PUTIN"), aliases that are a title and a
    surname ("President Bush", "Prime Minister Putin": as ambiguous as the
    surname alone), and aliases made only of ordinary lower-case words
    ("Hope Will").
    """
    kept = []
    for alias in aliases:
        k = key(alias)
        name_part = [w for w in k if w not in titles]
        if len(k) < 2 or len(name_part) < 2 or is_ordinary(alias, common):
            continue
        kept.append(alias)
    return tuple(dict.fromkeys(kept))


def clean_org_aliases(aliases: tuple[str, ...], common: frozenset[str]) -> tuple[str, ...]:
    """An organisation's aliases without ordinary words and phrases."""
    kept = []
    for alias in aliases:
        k = key(alias)
        if not k or is_ordinary(alias, common):
            continue
        if len(k) == 1 and len(k[0]) < 3:
            continue  # two letters match too much ("FN", "MC")
        kept.append(alias)
    return tuple(dict.fromkeys(kept))


def parse_agents(text: str) -> list[tuple[str, str]]:
    """(phrase, sector) for the agents dictionary's suffix agents ("PEASANT [~AGR]").

    ``!PERSON!``-style markers are expanded; prefix agents ("NGO~") and
    explicit plurals in ``{...}`` are skipped (plurals are derived again).
    """
    subs: dict[str, list[str]] = {}
    out: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!--"):
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})[A-Z]*\]", line)
        if not m:
            continue
        phrase, sector = m.group(1).strip(), m.group(3)
        phrases = [phrase]
        for marker, words in subs.items():
            if marker in phrase:
                phrases = [p.replace(marker, w) for p in phrases for w in words]
        for p in phrases:
            p = " ".join(p.replace("_", " ").split()).lower()
            if p and "!" not in p:
                out.append((p, sector))
    return out


def convert(source: Path, out: Path, shared: Path) -> dict[str, int]:
    hand = builtin_hand_tables()
    countries = hand.countries
    common = ordinary_words(shared)
    # A hand-written person by name or by any alias ("Ban Ki-Moon" is "Ban Ki-moon").
    hand_people = {key(a) for rows in hand.people.values() for r in rows for a in (r.name, *r.aliases)}
    hand_org_names = {key(n) for o in hand.organizations.values() for n in (o.name, *o.aliases)}

    people: dict[str, list[PersonRole]] = {}
    orgs = {}
    for name in ACTOR_FILES:
        text = (source / name).read_text(encoding="utf-8", errors="replace")
        label = name.removesuffix(".actors.txt")
        p, o = cameo_tables(parse_cameo_actors(text), countries, label,
                            groups_only="MilNonState" in name)
        for person, rows in p.items():
            people.setdefault(person, []).extend(rows)
        for acronym, org in o.items():
            orgs.setdefault(acronym, org)

    # Words of titles and places, which do not make a name: sector words, agent
    # nouns, institution words, honorifics, country names and demonyms.
    agents_text = (source / AGENTS).read_text(encoding="utf-8", errors="replace")
    titles = set(HONORIFICS) | set(INSTITUTION_WORDS)
    for word in list(hand.sectors) + [p for p, _ in parse_agents(agents_text)]:
        k = key(word)
        titles.update(k)
        if k:
            titles.update(pluralize(k[-1]))
    for c in countries.values():
        for n in (c.name, *c.aliases, *c.adjectives):
            titles.update(key(n))
    titles -= _PARTICLES
    frozen_titles = frozenset(titles)

    people_rows = []
    for person, rows in sorted(people.items()):
        if key(person) in hand_people:
            continue
        aliases = clean_person_aliases(tuple(a for r in rows for a in r.aliases), common, frozen_titles)
        if person not in aliases:
            if not aliases:
                continue
            person = aliases[0]
        seen = set()
        for r in rows:
            row = (r.affiliation, r.sector or "", r.start or "", r.end or "")
            if row not in seen:
                # The aliases go on the person's first row only (the index unions them).
                people_rows.append((person, "" if seen else "|".join(aliases), row[0], row[1], "", row[2], row[3]))
                seen.add(row)

    org_rows = []
    for acronym, org in sorted(orgs.items()):
        if acronym in hand.organizations or key(org.name) in hand_org_names:
            continue
        aliases = clean_org_aliases(org.aliases, common)
        if not aliases:
            continue
        org_rows.append((acronym, org.name, "|".join(aliases), org.code, org.members))

    hand_roles = {k[-1] for w, s in hand.sectors.items() if s.kind == "role" for k in [key(w)] if k}
    agent_rows = []
    # Every form the hand table already gives, plurals included ("spokesmen").
    seen_words: set[str] = set()
    for word in hand.sectors:
        k = key(word)
        if k:
            seen_words.add(" ".join(k))
            seen_words.update(" ".join(k[:-1] + (pl,)) for pl in pluralize(k[-1]))
    hand_keys = {tuple(w.split()) for w in seen_words}
    for phrase, sector in parse_agents(agents_text):
        k = key(phrase)
        if not k or " ".join(k) in seen_words or sector in CATCH_ALL_SECTORS:
            continue
        if any(k[i:j] in hand_keys for i in range(len(k)) for j in range(i + 1, len(k) + 1)):
            continue  # "government forces", "military police": the hand words decide
        seen_words.add(" ".join(k))
        seen_words.update(" ".join(k[:-1] + (pl,)) for pl in pluralize(k[-1]))
        kind = "role" if k[-1] in hand_roles else "body"
        agent_rows.append((phrase, sector, kind))

    header = "# Converted by scripts/convert_cameo_actors.py from the PETRARCH2/Phoenix dictionaries\n" \
             "# (MIT licence, Copyright (c) 2014 Open Event Data Alliance); see README.md here.\n"

    def write(name: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        with (out / name).open("w", encoding="utf-8", newline="\n") as f:
            f.write(header)
            f.write("\t".join(columns) + "\n")
            for row in rows:
                f.write("\t".join(c.replace("\t", " ") for c in row) + "\n")

    write("cameo_people.tsv", ("name", "aliases", "country", "sector", "role", "start", "end"), people_rows)
    write("cameo_organizations.tsv", ("acronym", "name", "aliases", "code", "members"), org_rows)
    write("cameo_agents.tsv", ("word", "sector", "kind"), agent_rows)
    return {"people": len({r[0] for r in people_rows}), "people_rows": len(people_rows),
            "organizations": len(org_rows), "agents": len(agent_rows)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=SOURCE, help="the petrarch2-dictionaries folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the TSV tables")
    args = parser.parse_args()
    if not args.source.is_dir():
        print(f"no dictionaries at {args.source}", file=sys.stderr)
        return 1
    counts = convert(args.source, args.out, args.source.parent)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
