"""Train the coreference scorer (redline/data/coref_model.json).

    python scripts/train_coref.py [--epochs 10] [--folds 5] [--rounds 2] [--no-gap] [--cache /tmp/redline_coref_cache]
    python scripts/train_coref.py --third-person    # a new model for he/she/it/they only

Reads, at run time and never copying their text:

- GUM train (``../shared/benchmarks/coref-gum-train.jsonl``): every article
  is parsed with redline's spaCy model, its mentions found by
  ``redline.entities.mentions.find_mentions`` (the mentions the scorer will
  see in use) and matched to the gold mentions with the benchmark scorer's
  own matching; a matched mention takes its gold entity, an unmatched one is
  an entity of its own. Walking the mentions left to right as
  ``coref.resolve`` does, each pronoun, role noun, organisation noun and
  demonym phrase gives one ranking example: its options are the candidate
  entities (gold entities so far) and "new entity", the correct one its own
  entity, or "new" when none of the candidates is;
- GAP development + validation (``../shared/data/gap/``): each pronoun gives
  one ranking example over the entities holding names A and B (entities
  from the deterministic sieve) and "new", labelled by GAP.

A linear softmax ranker is fitted by stochastic gradient descent (plain
Python), then fitted again with the decisions the first model faces on the
training articles added (the entities it builds itself, a candidate correct
when it already holds a mention of the anaphor's gold entity; ``--rounds``).
The linking margins (pronouns; other mentions) are chosen by 5-fold
cross-validation on GUM train (documents held out in turn; each fold's model
clusters its held-out documents end to end with ``find_mentions`` +
``cluster_mentions``, scored by the benchmark's ``score.py``), maximising
CoNLL F1 plus a quarter of the pronoun accuracy; ``--folds 1`` chooses them
on GUM dev instead. The final model is trained on all of GUM train (+ GAP)
and scored on GUM dev, which then is a clean held-out figure. Parses are
cached as DocBin files outside the repository.
Only weights are written: feature strings and floats.

``--third-person`` trains the same way but keeps the model already at
``--out`` for every mention except third-person pronouns (he/she/it/they),
which the new weights decide (the file's ``third_person`` entry): the
cross-validation folds score that combination, choosing the new model's
pronoun margin. Third-person pronouns are what news needs; the shipped
model's first- and second-person decisions were settled with the voice
rules of the third round and are left as they are.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import math
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from spacy.tokens import DocBin  # noqa: E402

from redline.entities import coref  # noqa: E402
from redline.entities.coref import (  # noqa: E402
    MODEL_FILE,
    RESOLVED_KINDS,
    CorefModel,
    _Sets,
    _agrees,
    candidates,
    resolve,
    cluster_mentions,
    sieve,
)
from redline.entities.coref_features import (  # noqa: E402
    EntityState,
    anaphor_type,
    compatible,
    describe,
    new_features,
    pair_features,
)  # noqa: E402
from redline.entities.mentions import find_mentions  # noqa: E402
from redline.parse import load_nlp  # noqa: E402

SHARED = REPO.parent / "shared"
GUM_TRAIN = SHARED / "benchmarks" / "coref-gum-train.jsonl"
GUM_DEV = SHARED / "benchmarks" / "coref-gum-dev.jsonl"
GAP_FILES = [SHARED / "data" / "gap" / "gap-development.tsv", SHARED / "data" / "gap" / "gap-validation.tsv"]
SCORER = SHARED / "benchmarks" / "score.py"
MIN_COUNT = 2  # features seen fewer times carry no weight


def load_scorer():
    spec = importlib.util.spec_from_file_location("redline_bench_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parsed(texts: list[str], name: str, cache: Path):
    """spaCy docs for ``texts``, cached as a DocBin under ``cache``."""
    nlp = load_nlp()
    path = cache / f"{name}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts)):
            return docs
    t0 = time.time()
    docs = list(nlp.pipe(texts, batch_size=16))
    print(f"parsed {name}: {len(docs)} texts in {time.time() - t0:.1f}s", file=sys.stderr)
    cache.mkdir(parents=True, exist_ok=True)
    db = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "POS", "MORPH", "SENT_START", "SPACY"])
    for d in docs:
        db.add(d)
    db.to_disk(path)
    return docs


def ordered_mentions(doc):
    mentions = find_mentions(doc)
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].start, -mentions[k].end))
    return [mentions[k] for k in order]


def gold_mentions(record) -> tuple[list[tuple[int, int]], list[int]]:
    """A GUM record's gold mention spans and, for each, its entity's index."""
    spans, entity = [], []
    for k, ent in enumerate(record["entities"]):
        for s, e in ent["mentions"]:
            spans.append((s, e))
            entity.append(k)
    return spans, entity


def gum_examples(records, docs, scorer, stats: Counter):
    """(features, label) pairs from GUM records (see the module docstring)."""
    out = []
    for record, doc in zip(records, docs):
        text = record["text"]
        gold_spans, gold_ent = gold_mentions(record)
        mentions = ordered_mentions(doc)
        link = scorer.match_mentions(text, gold_spans, [m.span for m in mentions])
        ent_of = []
        for j in range(len(mentions)):
            g = link.get(j)
            ent_of.append(gold_ent[g] if g is not None else -1 - j)
        stats["mentions"] += len(mentions)
        stats["matched"] += len(link)
        infos = [describe(doc, n, m) for n, m in enumerate(mentions)]
        states: dict[int, EntityState] = {}
        for info in infos:
            i = info.index
            if info.kind == "first":
                continue
            own = ent_of[i]
            if info.kind in RESOLVED_KINDS:
                cands = candidates(infos, i, lambda j: ent_of[j], None)
                options, labels = [], []
                agreeing = 0
                for cr, j in cands:
                    state = states.get(cr)
                    if state is None or not compatible(info, state):
                        continue
                    options.append(pair_features(info, state, i - j - 1, agreeing))
                    if _agrees(info, state):
                        agreeing += 1
                    labels.append(int(cr == own and own >= 0))
                options.append(new_features(info, len(cands)))
                labels.append(int(not any(labels)))
                out.append((options, labels, anaphor_type(info)))
                stats["anaphors"] += 1
                stats["with_antecedent"] += labels[-1] == 0
            state = states.get(own)
            if state is None:
                states[own] = EntityState.start(doc, info)
            else:
                state.add(doc, info)
    return out


def predicted_examples(records, docs, scorer, model, mentions_of):
    """Ranking examples over the entities the model itself builds (not the
    gold ones): each decision ``coref.resolve`` faces on a training article,
    a candidate correct when it already holds a mention of the anaphor's gold
    entity, "new" when none does. Trains the scorer on its own mistakes."""
    out = []
    for record, doc in zip(records, docs):
        text = record["text"]
        gold_spans, gold_ent = gold_mentions(record)
        mentions = mentions_of(record["id"], doc)
        order = sorted(range(len(mentions)), key=lambda k: (mentions[k].start, -mentions[k].end))
        ordered = [mentions[k] for k in order]
        link = scorer.match_mentions(text, gold_spans, [m.span for m in ordered])
        ent_of = [gold_ent[link[j]] if j in link else -1 - j for j in range(len(ordered))]
        infos = [describe(doc, n, m) for n, m in enumerate(ordered)]
        sets = _Sets(len(infos))
        sieve(doc, infos, sets)

        def observe(info, seen, new_feats):
            i = info.index
            own = ent_of[i]
            members: dict[int, set] = {}
            for j in range(i):
                members.setdefault(sets.find(j), set()).add(ent_of[j])
            options, labels = [], []
            for cr, feats in seen:
                options.append(feats)
                labels.append(int(own >= 0 and own in members.get(cr, ())))
            options.append(new_feats)
            labels.append(int(not any(labels)))
            out.append((options, labels, anaphor_type(info)))

        resolve(doc, infos, model, sets, None, observe)
    return out


def gap_examples(rows, docs, stats: Counter):
    out = []
    for row, doc in zip(rows, docs):
        mentions = ordered_mentions(doc)

        def at(offset: int, length: int):
            best = None
            for n, m in enumerate(mentions):
                if m.span[0] <= offset and offset + length <= m.span[1] + 1 and (
                    best is None or m.span[1] - m.span[0] < mentions[best].span[1] - mentions[best].span[0]
                ):
                    best = n
            return best

        p = at(int(row["Pronoun-offset"]), len(row["Pronoun"]))
        a = at(int(row["A-offset"]), 1)
        b = at(int(row["B-offset"]), 1)
        if p is None or mentions[p].kind not in RESOLVED_KINDS:
            stats["gap_missed"] += 1
            continue
        infos = [describe(doc, n, m) for n, m in enumerate(mentions)]
        sets = _Sets(len(infos))
        sieve(doc, infos, sets)
        states: dict[int, EntityState] = {}
        for info in infos[:p]:
            if info.kind == "first":
                continue
            r = sets.find(info.index)
            if r in states:
                states[r].add(doc, info)
            else:
                states[r] = EntityState.start(doc, info)
        wanted = {}
        for n, flag in ((a, row["A-coref"]), (b, row["B-coref"])):
            if n is not None and n < p:
                wanted[sets.find(n)] = flag.strip().upper() == "TRUE"
        cands = candidates(infos, p, sets.find, None)
        options, labels = [], []
        agreeing = 0
        for cr, j in cands:
            state = states.get(cr)
            if state is None or not compatible(infos[p], state):
                continue
            feats = pair_features(infos[p], state, p - j - 1, agreeing)
            if _agrees(infos[p], state):
                agreeing += 1
            if cr in wanted:
                options.append(feats)
                labels.append(int(wanted[cr]))
        if not options:
            continue
        options.append(new_features(infos[p], len(cands)))
        labels.append(int(not any(labels)))
        out.append((options, labels, "gap:" + anaphor_type(infos[p])))
        stats["gap_groups"] += 1
    return out


def train(data, epochs: int, rate: float, l2: float, seed: int = 13, quiet: bool = False) -> dict[str, float]:
    """Softmax mention ranking: for each anaphor, maximise the probability of
    its correct options (its entity's candidates, or "new")."""
    counts = Counter(f for options, _, _ in data for feats in options for f in set(feats))
    weights: dict[str, float] = {f: 0.0 for f, n in counts.items() if n >= MIN_COUNT}
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        loss = 0.0
        for i in order:
            options, labels, _ = data[i]
            active = [[f for f in feats if f in weights] for feats in options]
            scores = [sum(weights[f] for f in fs) for fs in active]
            top = max(scores)
            exps = [math.exp(z - top) for z in scores]
            total = sum(exps)
            probs = [e / total for e in exps]
            gold = sum(p for p, y in zip(probs, labels) if y)
            loss -= math.log(max(gold, 1e-12))
            for fs, p, y in zip(active, probs, labels):
                grad = p - (p / gold if y and gold > 0 else 0.0)
                if abs(grad) < 1e-6:
                    continue
                for f in fs:
                    weights[f] -= step * grad
        if l2:
            for f in weights:
                weights[f] *= 1.0 - l2
        if not quiet:
            print(f"epoch {epoch + 1}: mean loss {loss / len(data):.4f}", file=sys.stderr)
    return {f: round(w, 3) for f, w in weights.items() if abs(w) >= 5e-3}


def ranking_accuracy(weights, data):
    """Share of anaphors whose best option is a correct one, by anaphor type
    (pronoun class or mention kind), and overall."""
    hits: Counter = Counter()
    seen: Counter = Counter()
    for options, labels, kind in data:
        scores = [sum(weights.get(f, 0.0) for f in feats) for feats in options]
        best = max(range(len(scores)), key=scores.__getitem__)
        seen[kind] += 1
        hits[kind] += labels[best]
    out = {k: round(hits[k] / seen[k], 4) for k in sorted(seen)}
    out["all"] = round(sum(hits.values()) / max(1, sum(seen.values())), 4)
    return out


def predict_lines(records, docs, mentions_of):
    """Prediction records (entities) for ``records`` with the model in use."""
    lines = []
    for record, doc in zip(records, docs):
        mentions = mentions_of(record["id"], doc)
        entities = []
        for group in cluster_mentions(doc, mentions):
            entities.append({"name": None, "actor": None, "kind": None,
                             "mentions": [list(mentions[i].span) for i in group]})
        lines.append({"id": record["id"], "entities": entities})
    return lines


def score_lines(lines, scorer, gold_path: Path, tmp: Path):
    pred = tmp / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line) + "\n")
    return scorer.score_coref(str(gold_path), str(pred))


ROUND_MARGINS = {"pronoun": -1.5, "other": -1.5}  # for the model's own decisions (--rounds)
MARGINS_PRONOUN = (-3.5, -3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0)
MARGINS_OTHER = (-2.0, -1.5, -1.0, -0.5, 0.0)


def objective(report) -> float:
    """What the margins maximise: CoNLL F1 plus a quarter of pronoun accuracy."""
    return report["conll_f1"] + 0.25 * report["pronoun_resolution_accuracy"]


def figures(report) -> dict:
    ns = report["no_singletons"]
    return {"conll_f1": report["conll_f1"], "muc_f1": ns["muc"]["f1"], "b3_f1": ns["bcubed"]["f1"],
            "ceafe_f1": ns["ceafe"]["f1"], "pronoun_accuracy": report["pronoun_resolution_accuracy"],
            "mentions": report["with_singletons"]["mentions"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=GUM_TRAIN)
    parser.add_argument("--dev", type=Path, default=GUM_DEV)
    parser.add_argument("--no-gap", action="store_true", help="train on GUM alone")
    parser.add_argument("--rounds", type=int, default=2,
                        help="2+: retrain with the examples of the model's own decisions added")
    parser.add_argument("--no-tune", action="store_true",
                        help="report the ranking accuracy only (no margins, nothing written)")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--folds", type=int, default=5,
                        help="choose the margins by K-fold cross-validation on GUM train (1: on GUM dev)")
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--l2", type=float, default=1e-3, help="weight decay per epoch")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "redline_coref_cache")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "redline" / "data" / MODEL_FILE)
    parser.add_argument("--third-person", action="store_true",
                        help="keep the model at --out; the new weights decide he/she/it/they only")
    args = parser.parse_args()
    base_model = json.loads(args.out.read_text(encoding="utf-8")) if args.third_person else None

    t_start = time.time()
    scorer = load_scorer()
    train_records = [json.loads(x) for x in args.train.open(encoding="utf-8") if x.strip()]
    dev_records = [json.loads(x) for x in args.dev.open(encoding="utf-8") if x.strip()]
    train_docs = parsed([r["text"] for r in train_records], args.train.stem, args.cache)
    dev_docs = parsed([r["text"] for r in dev_records], args.dev.stem, args.cache)
    stats: Counter = Counter()
    t0 = time.time()
    by_doc = [gum_examples([r], [d], scorer, stats) for r, d in zip(train_records, train_docs)]
    data = [ex for exs in by_doc for ex in exs]
    dev_data = gum_examples(dev_records, dev_docs, scorer, Counter())
    gap_data = []
    if not args.no_gap:
        rows = []
        for path in GAP_FILES:
            with path.open(encoding="utf-8", newline="") as fh:
                rows.extend(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        gap_docs = parsed([r["Text"] for r in rows], "gap-dev-val", args.cache)
        gap_data = gap_examples(rows, gap_docs, stats)
        data.extend(gap_data)
    print(f"examples: {dict(stats)}; built in {time.time() - t0:.1f}s", file=sys.stderr)

    mention_cache: dict = {}

    def mentions_of(rid, doc):
        if rid not in mention_cache:
            mention_cache[rid] = find_mentions(doc)
        return mention_cache[rid]

    def fit(indexes: list[int], quiet: bool = False) -> dict[str, float]:
        """Weights from the gold-state examples of these training documents
        (+ GAP), then ``--rounds`` - 1 times again with the examples of the
        model's own decisions on them added."""
        base = [ex for n in indexes for ex in by_doc[n]] + gap_data
        weights = train(base, args.epochs, args.rate, args.l2, quiet=quiet)
        for _ in range(args.rounds - 1):
            own = CorefModel(weights, dict(ROUND_MARGINS))
            extra = predicted_examples([train_records[n] for n in indexes], [train_docs[n] for n in indexes],
                                       scorer, own, mentions_of)
            weights = train(base + extra, args.epochs, args.rate, args.l2, quiet=quiet)
        return weights

    model = CorefModel({}, {"pronoun": 0.0, "other": 0.0})
    decider = model  # the model whose weights and margins are fitted and chosen
    grid = [(mp, mo) for mp in MARGINS_PRONOUN for mo in MARGINS_OTHER]
    if base_model is not None:
        decider = CorefModel({}, {"pronoun": 0.0, "other": 0.0})
        model = CorefModel(base_model["weights"], base_model.get("margins"), decider)
        grid = [(mp, 0.0) for mp in MARGINS_PRONOUN]  # it decides pronouns only
    original = coref.load_coref_model
    coref.load_coref_model = lambda: model  # type: ignore[assignment]
    tmp = Path(tempfile.mkdtemp(prefix="redline_coref_"))
    cv = None
    if args.folds > 1 and not args.no_tune:
        # margins by K-fold cross-validation over GUM train, end to end
        t0 = time.time()
        lines: dict = {pair: [] for pair in grid}
        for k in range(args.folds):
            held = [n for n in range(len(train_records)) if n % args.folds == k]
            held_set = set(held)
            decider.weights = fit([n for n in range(len(train_records)) if n not in held_set], quiet=True)
            recs = [train_records[n] for n in held]
            docs = [train_docs[n] for n in held]
            for mp, mo in grid:
                decider.margins = {"pronoun": mp, "other": mo}
                lines[(mp, mo)].extend(predict_lines(recs, docs, mentions_of))
            print(f"fold {k + 1}/{args.folds} done ({time.time() - t0:.0f}s)", file=sys.stderr)
        results = {}
        for pair in grid:
            report = score_lines(lines[pair], scorer, args.train, tmp)
            results[pair] = report
            print(f"  CV margins pronoun {pair[0]} other {pair[1]}: CoNLL F1 {report['conll_f1']:.4f} "
                  f"pronoun acc {report['pronoun_resolution_accuracy']:.4f}", file=sys.stderr)
        best_pair = max(grid, key=lambda pair: objective(results[pair]))
        cv = {"folds": args.folds, "margins": {"pronoun": best_pair[0], "other": best_pair[1]},
              **figures(results[best_pair])}

    t0 = time.time()
    weights = fit(list(range(len(train_records))))
    train_s = time.time() - t0
    dev_acc = ranking_accuracy(weights, dev_data)
    print(f"trained in {train_s:.1f}s; {len(weights)} weights; GUM dev ranking accuracy "
          f"(gold entities so far) {dev_acc}", file=sys.stderr)
    if args.no_tune:
        return
    decider.weights = weights
    dev_grid = {}
    for mp, mo in grid:
        decider.margins = {"pronoun": mp, "other": mo}
        report = score_lines(predict_lines(dev_records, dev_docs, mentions_of), scorer, args.dev, tmp)
        dev_grid[(mp, mo)] = report
        print(f"  dev margins pronoun {mp} other {mo}: CoNLL F1 {report['conll_f1']:.4f} pronoun acc "
              f"{report['pronoun_resolution_accuracy']:.4f}", file=sys.stderr)
    if cv is not None:
        chosen = (cv["margins"]["pronoun"], cv["margins"]["other"])
    else:
        chosen = max(grid, key=lambda pair: objective(dev_grid[pair]))
    decider.margins = {"pronoun": chosen[0], "other": chosen[1]}
    coref.load_coref_model = original
    print(json.dumps({
        "margins": decider.margins, "third_person_only": base_model is not None,
        "chosen_on": f"{args.folds}-fold cross-validation on GUM train" if cv else "GUM dev",
        "cross_validation": cv,
        "dev": figures(dev_grid[chosen]),
        "dev_best_margins_in_hindsight": figures(max(dev_grid.values(), key=objective)),
        "dev_ranking_accuracy": dev_acc,
        "train_examples": len(data), "train_seconds": round(train_s, 1),
        "total_seconds": round(time.time() - t_start, 1),
    }, indent=1))
    trained = {
        "about": "coreference mention-ranking scorer; trained by scripts/train_coref.py on GUM train and GAP",
        "examples": len(data),
        "anaphors_with_antecedent": sum(1 for _, labels, _ in data if not labels[-1]),
        "margins": decider.margins,
        "weights": dict(sorted(weights.items())),
    }
    if base_model is not None:
        # the model at --out stays for every mention but he/she/it/they
        out = {k: v for k, v in base_model.items() if k not in ("third_person", "weights")}
        out["third_person"] = {**trained, "about": "decides he/she/it/they; trained by "
                               "scripts/train_coref.py --third-person on GUM train and GAP",
                               "cross_validation": cv}
        out["weights"] = base_model["weights"]
        trained = out
    args.out.write_text(json.dumps(trained, separators=(", ", ": ")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
