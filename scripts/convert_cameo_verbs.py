"""Convert the CAMEO verb dictionary (PETRARCH2) into redline's trigger table.

    python scripts/convert_cameo_verbs.py \
        [--cameo ../shared/data/petrarch2-dictionaries/CAMEO.2.0.txt] \
        [--discards ../shared/data/petrarch2-dictionaries/Phoenix.discards.txt] \
        [-o src/redline/data/cameo_verbs.tsv] [--policy unlisted|all]

Reads the dictionary's synonym sets and verb blocks (format:
``dictionaries.rst`` beside it) and writes rows in the format of
``data/event_triggers.tsv`` (``data/README.md``):

- each synonym set becomes a group (``@cameo_food``), its phrases as lemmas;
- by default (``--defaults none``) a verb gets no sense of its own from
  its block's code: the dictionary's synonym blocks are wide (WordNet), and
  their codes on the bare verb ("celebrate" SUPPORT, "revise" AGREE) cost
  precision on the development sets; ``--defaults specific|actor|all`` keep
  them (specific codes only; only acting on a known actor; always);
- a pattern applies to the verb its comment names (the one it was written
  for), not to every synonym of its block (``--synonyms`` for that);
- a pattern is kept when it says something our dependency parse can check
  on the verb: a direct object head (``- * SANCTIONS``), a particle with an
  optional object (``- * OUT VIEWS``), a preposition with an optional object
  (``- * (FOR AID)``), or a subject alone (``- &REFUGEE *``); patterns
  with other verbs, two phrases, or PETRARCH's own markers (``%``, ``^``)
  are left out;
- CAMEO codes become PLOVER type and mode through PLOVER's crosswalk
  (``redline.events.ontology.plover_for_cameo``); a code PLOVER has no event
  for (CAMEO 01 public statements) gives no row, and a lemma and pattern
  whose codes disagree on the PLOVER type is left out as ambiguous.

``--policy`` picks what the table may add to the curated lexicon
(``data/event_triggers.tsv``, which always wins for a lemma and pattern):
``unlisted`` (the default: widening curated verbs cost 0.035 PLOVER dev
type F1) keeps only verbs the curated lexicon does not list at all; ``all`` keeps every verb, so the
dictionary's patterns also widen curated verbs.

The discard list's sports and entertainment phrases become ``discard``
rows (its time, history, disaster and disease phrases are left out: those
stories have events of ours): a story-level phrase (``+``) or a single word
stops an article whose headline holds it; a phrase of two or more words
stops its sentence (and, in the headline, the article).

The output names its source and licence (MIT); keep that header.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from redline.events.ontology import plover_for_cameo  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "petrarch2-dictionaries"
CURATED = ROOT / "src" / "redline" / "data" / "event_triggers.tsv"

PARTICLES = frozenset("up down out off in on over back away aside forward through along "
                      "about around apart together".split())
PREPOSITIONS = frozenset("about above across after against along amid among around as at "
                         "before behind below beneath beside between beyond by despite during "
                         "for from in inside into near of off on onto out outside over past "
                         "since through throughout to toward towards under until upon via "
                         "with within without".split())

HEADER = """\
# CAMEO verb patterns converted for redline by scripts/convert_cameo_verbs.py
# (policy: {policy}). Format: README.md beside this file. The curated
# event_triggers.tsv wins over these rows for the same lemma and pattern.
#
# Source: CAMEO.2.0.txt and Phoenix.discards.txt of the PETRARCH2 dictionaries
# (Open Event Data Alliance, https://github.com/openeventdata/petrarch2),
# derived from the CAMEO dictionaries of the Computational Event Data System
# project. Codes mapped to PLOVER with PLOVER's CAMEO crosswalk.
#
# The MIT License (MIT)
# Copyright (c) 2015 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of
# this software and associated documentation files (the "Software"), to deal in
# the Software without restriction, including without limitation the rights to
# use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
# the Software, and to permit persons to whom the Software is furnished to do so,
# subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
# FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
# COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def singular(word: str) -> str:
    """A noun's lemma by regular English plural rules (the dictionary is in capitals)."""
    w = word.lower()
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics", "news")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def phrase_key(text: str) -> str:
    """A noun phrase as our object keys spell it: lower case, last word a lemma."""
    words = text.replace("_", " ").lower().split()
    if not words:
        return ""
    return " ".join(words[:-1] + [singular(words[-1])])


def read_synsets(lines: list[str]) -> dict[str, set[str]]:
    """&NAME blocks: phrases one per ``+`` line."""
    sets: dict[str, set[str]] = {}
    current: str | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = "cameo_" + text[1:].rstrip("_").lower()
            sets.setdefault(current, set())
        elif text.startswith("+") and current:
            key = phrase_key(text[1:].rstrip("_"))
            if key and re.fullmatch(r"[a-z0-9' .-]+", key):
                sets[current].add(key)
        elif not text:
            continue
        else:
            current = None
    return {k: v for k, v in sets.items() if v}


TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|&\w+|[^\s]+")


def item_key(item: str, synsets: dict[str, set[str]]) -> str | None:
    """A noun item of a pattern: WORD, {NOUN PHRASE} or &SYNSET."""
    if item.startswith("&"):
        name = "cameo_" + item[1:].rstrip("_").lower()
        return "@" + name if name in synsets else None
    if item.startswith("{"):
        inner = item[1:-1].split()
        if not inner or any(w.startswith(("&", "$", "+", "%", "^")) for w in inner):
            return None
        return phrase_key(" ".join(inner))
    if re.fullmatch(r"[A-Z][A-Z'-]*", item):
        return phrase_key(item)
    return None


def pattern_path(pattern: str, synsets: dict[str, set[str]]) -> str | None:
    """Our pattern cell for a CAMEO pattern, or None when the parse cannot check it."""
    if "%" in pattern or "^" in pattern or "*" not in pattern:
        return None
    pre, post = pattern.split("*", 1)
    pre_items = [t for t in TOKEN.findall(pre) if t not in ("$", "+")]
    post_items = [t for t in TOKEN.findall(post) if t not in ("$", "+")]
    if pre_items:
        if post_items or len(pre_items) != 1 or pre_items[0].startswith("("):
            return None
        key = item_key(pre_items[0], synsets)
        return f"subj={key.replace(' ', '_')}" if key else None
    if not post_items:
        return None
    steps: list[str] = []
    first = post_items[0]
    if first.lower() in PARTICLES and not first.startswith("("):
        steps.append(f"prt={first.lower()}")
        post_items = post_items[1:]
    if len(post_items) > 1:
        return None
    if post_items:
        item = post_items[0]
        if item.startswith("("):
            if steps:
                return None
            inner = TOKEN.findall(item[1:-1])
            if not inner or inner[0].lower() not in PREPOSITIONS or len(inner) > 2:
                return None
            steps.append(f"prep={inner[0].lower()}")
            if len(inner) == 2:
                key = item_key(inner[1], synsets)
                if key is None:
                    return None
                steps.append(f"pobj={key.replace(' ', '_')}")
        else:
            key = item_key(item, synsets)
            if key is None:
                return None
            steps.append(f"obj={key.replace(' ', '_')}")
    return " ".join(steps) if steps else None


def verb_forms(line: str) -> list[tuple[str, str]]:
    """(lemma, pattern prefix) for a verb line: "HURRY {...}" -> hurry;
    "+BEEF_UP" -> beef with prt=up; pre-compounds ("WIRE_+TAP") are left out."""
    text = line.split("#", 1)[0]
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"\[[^\]]*\]", " ", text).strip()
    if not text:
        return []
    word = text.split()[0]
    if "_" not in word:
        return [(word.lower().lstrip("+"), "")] if re.fullmatch(r"\+?[A-Z][A-Z-]*", word) else []
    parts = word.split("_")
    if not parts[0].startswith("+") or len(parts) != 2 or not parts[1]:
        return []
    verb, rest = parts[0][1:].lower(), parts[1].lower()
    if rest in PARTICLES:
        return [(verb, f"prt={rest}")]
    if rest in PREPOSITIONS:
        return [(verb, f"prep={rest}")]
    return []


def general(code: str) -> bool:
    """A cue category's general code (040, 110, 0230): says only the family."""
    return code.endswith("0")


def code_of(cell: str) -> str | None:
    code = cell.strip("[]").split(":", 1)[0].rstrip("!")
    return code if code and code != "---" else None


def pattern_verbs(verbs: list[tuple[str, str]], comment: str | None,
                  synonyms: bool) -> list[tuple[str, str]]:
    """The block's verbs a pattern applies to: with ``synonyms`` off, only the
    verb its comment names (the one it was written for) when it names one."""
    if synonyms or not comment:
        return verbs
    words = comment.lstrip("#").split()
    named = words[0].lower() if words else ""
    mine = [(lemma, prefix) for lemma, prefix in verbs if lemma == named]
    return mine or verbs


def read_verbs(lines: list[str], synsets: dict[str, set[str]], synonyms: bool = False,
               defaults: str = "none") -> dict[tuple[str, str], list[str]]:
    """(lemma, pattern cell) -> the CAMEO codes the dictionary gives it.

    synonyms: apply a pattern to every verb of its block (PETRARCH's reading)
        rather than only to the verb its comment names.
    defaults: "specific" gives a block's code to its verbs (and keeps a bare
        preposition's pattern) only when it is a specific code, not a cue
        category's general XX0 code; "all" and "actor" always ("actor" rows
        then need an actor as the verb's object: see ``main``); "none" never
        (only patterns with an object, a particle or a prepositional object).
    """
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    block_code: str | None = None
    verbs: list[tuple[str, str]] = []
    in_patterns = False
    for line in lines:
        if line.startswith("######## TRANSFORMATIONS"):
            break
        head = re.match(r"^---\s+\S+\s+\[([^\]]*)\]\s+---", line)
        if head:
            block_code, verbs, in_patterns = code_of(head.group(1)), [], False
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- "):
            in_patterns = True
            m = re.match(r"^-\s+(.*?)\s*(\[[^\]]*\])\s*(#.*)?$", stripped)
            if not m:
                continue
            code = code_of(m.group(2))
            path = pattern_path(m.group(1), synsets)
            if code is None or path is None:
                continue
            if (defaults == "none" or (defaults == "specific" and general(code))) and re.fullmatch(r"prep=\w+", path):
                continue  # "- * (TO) [040]": a bare preposition says too little
            for lemma, prefix in pattern_verbs(verbs, m.group(3), synonyms):
                if prefix and (path.startswith(("prt=", "prep=")) or path.startswith("subj=")):
                    continue  # a multiword verb with its own particle: no second one
                found[(lemma, f"{prefix} {path}".strip())].append(code)
            continue
        if in_patterns:
            continue
        own = re.search(r"\[([^\]]*)\]", stripped)
        code = code_of(own.group(1)) if own else block_code
        for lemma, prefix in verb_forms(stripped):
            verbs.append((lemma, prefix))
            if code is not None and defaults != "none" and (defaults != "specific" or not general(code)):
                found[(lemma, prefix or "-")].append(code)
    return found


def sense_cells(codes: list[str]) -> list[str] | None:
    """Type, mode, cameo, appeal for a pattern's codes; None when PLOVER has no
    event for them or they disagree on the type."""
    senses = [(c, plover_for_cameo(c)) for c in codes]
    if any(s is None for _, s in senses):
        return None
    types = {s[0] for _, s in senses}
    if len(types) != 1:
        return None
    code, (type_, mode, appeal) = Counter(senses).most_common(1)[0][0]
    return [type_, mode or "-", code, "appeal" if appeal else "-"]


def curated_verbs() -> set[str]:
    out: set[str] = set()
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if cells[0] in ("verb", "adj") and len(cells) > 2:
            out.update(w.replace("_", " ") for w in cells[1].split())
    return out


# Discard phrases that are not sports or entertainment: time ("years ago"),
# history, disasters, disease, weather, courts and elections. PETRARCH skipped
# such stories; their events (aid for an epidemic, a verdict) are ours to code.
NOT_SPORTS = re.compile(
    r"\b(ago|later|millennium|war|wars|1942|empire|harbor|trade center|bataan|flu|influenza|"
    r"ebola|epidemic|fever|cholera|polio|h5n1|virus|chickungunga|bacteria|accident|landslide|"
    r"mudslide|tsunami|typhoon|storm|blizzard|flood|capsized|plunged|ravine|depression|"
    r"pollution|dust|medical|court|presidential|poll|bomb|deranged|gambling|public offering|"
    r"expenditures|tour operator|veteran|environmental|test captain|archaeology|everest|"
    r"moon mission|canonization|mother teresa|oliver north|anita hill|amelia earhart|"
    r"abdul karim qasim|salman rushdie|list of)\b|^group [a-h]$")


def read_discards(path: Path) -> list[tuple[str, str]]:
    """(phrase, scope): the sports and entertainment phrases. A story-level
    one ("+" in the file) or a single word stops an article whose headline has
    it; a sentence-level phrase of two or more words stops its sentence."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#", 1)[0].strip()
        story = text.startswith("+")
        text = " ".join(text.lstrip("+").replace("_", " ").lower().split())
        if not text or not re.search(r"[a-z]", text) or NOT_SPORTS.search(text):
            continue
        out[text] = "story" if story or " " not in text else "sentence"
    return sorted(out.items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cameo", type=Path, default=SHARED / "CAMEO.2.0.txt")
    parser.add_argument("--discards", type=Path, default=SHARED / "Phoenix.discards.txt")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "src" / "redline" / "data" / "cameo_verbs.tsv")
    parser.add_argument("--policy", choices=("unlisted", "all"), default="unlisted")
    parser.add_argument("--no-discards", action="store_true", help="write no discard rows")
    parser.add_argument("--synonyms", action="store_true",
                        help="apply each pattern to every verb of its block, not only the verb it was written for")
    parser.add_argument("--defaults", choices=("specific", "all", "actor", "none"), default="none",
                        help="which block codes become a verb's own sense: specific codes only, all, all "
                             "when the verb acts on a known actor, or none (default: patterns only)")
    args = parser.parse_args()
    lines = args.cameo.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    synsets = read_synsets(lines[:start])
    found = read_verbs(lines[start:], synsets, synonyms=args.synonyms, defaults=args.defaults)
    skip = curated_verbs() if args.policy == "unlisted" else set()
    rows: list[tuple[str, str, list[str]]] = []
    dropped = Counter()
    for (lemma, path), codes in sorted(found.items()):
        if lemma in skip:
            dropped["curated"] += 1
            continue
        cells = sense_cells(codes)
        if cells is None:
            dropped["no PLOVER event or ambiguous"] += 1
            continue
        rows.append((lemma, path, cells))
    used_groups = {k[1:] for _, path, _ in rows for k in re.findall(r"@\w+", path)}
    out = [HEADER.format(policy=f"{args.policy}, defaults {args.defaults}"
                                     + (", synonyms" if args.synonyms else "")).rstrip("\n")]
    out.append("# synonym sets used by the patterns")
    for name in sorted(used_groups):
        out.append("\t".join(["group", name, " ".join(sorted(w.replace(" ", "_") for w in synsets[name]))]))
    out.append("# verbs")
    for lemma, path, cells in rows:
        options = "actor_obj" if args.defaults == "actor" and path == "-" else "-"
        out.append("\t".join(["verb", lemma.replace(" ", "_"), path, *cells, options]))
    discards = [] if args.no_discards else read_discards(args.discards)
    if discards:
        out.append("# discards: a sentence with one of these phrases is not coded")
        out += [f"discard\t{phrase}\t{scope}" for phrase, scope in discards]
    args.output.write_text("\n".join(out) + "\n", encoding="utf-8")
    lemmas = {lemma for lemma, _, _ in rows}
    print(f"{len(rows)} rows for {len(lemmas)} verbs, {len(used_groups)} groups, {len(discards)} discards "
          f"-> {args.output}; left out: {dict(dropped)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
